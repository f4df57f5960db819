"""Every user-visible string of ui/ is in both catalogues, translated for zh_TW."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            out[(name, m.find("source").text)] = m.find("translation")
    return out


def test_catalogues_are_up_to_date_with_the_code(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS / "zh_TW.ts", fresh)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-locations", "none", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    # the domain's message codes are not in ui/: scripts/message_ts.py adds them after lupdate
    sys.path.insert(0, str(ROOT / "scripts"))
    import message_ts

    from desktop.messages import load_all

    text = fresh.read_text(encoding="utf-8")
    fresh.write_text(message_ts.updated(text, "zh_TW", load_all()), encoding="utf-8")
    assert set(_messages(fresh)) == set(_messages(TS / "zh_TW.ts")), (
        "run `make translations` and translate the new strings"
    )
    assert set(_messages(TS / "en.ts")) == set(_messages(TS / "zh_TW.ts"))


def test_every_string_has_a_traditional_chinese_translation():
    untranslated = [
        src
        for (_, src), tr in _messages(TS / "zh_TW.ts").items()
        if not (tr.text or "").strip() or tr.get("type") == "unfinished"
    ]
    assert untranslated == []


def test_placeholders_survive_translation():
    for (_, src), tr in _messages(TS / "zh_TW.ts").items():
        for ph in ("%1", "%2"):
            assert (ph in src) == (ph in (tr.text or "")), src
