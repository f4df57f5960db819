"""Every coded message of the domain has a text in both catalogues, shown by code."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.messages import CATALOGUE, load_all, msg
from ui import i18n
from ui.glossary import term
from ui.messages import CONTEXT, text

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
_FIELD = re.compile(r"\{(\w+)(![rsa])?\}")


def _entries(lang: str) -> dict[str, tuple[str, bool]]:
    root = ET.parse(TRANSLATIONS / f"{lang}.ts").getroot()
    out = {}
    for c in root.iter("context"):
        if c.findtext("name") == CONTEXT:
            for m in c.iter("message"):
                tr = m.find("translation")
                assert tr is not None
                out[m.findtext("source") or ""] = (tr.text or "", tr.get("type") is None)
    return out


@pytest.mark.parametrize("lang", ["zh_TW", "en"])
def test_every_code_has_a_text(lang):
    catalogue = load_all()
    assert len(catalogue) > 130
    entries = _entries(lang)
    missing = sorted(c for c in catalogue if not entries.get(c, ("", False))[1])
    assert missing == [], f"{lang}: codes without a finished translation"
    for code, english in catalogue.items():
        shown = entries[code][0]
        if code.startswith("list."):
            continue  # separators
        assert sorted(_FIELD.findall(shown)) == sorted(_FIELD.findall(english)), (code, shown)
        if lang == "zh_TW" and re.search(r"[A-Za-z]{3,}", re.sub(r"\{\w+(!\w)?\}", "", english)):
            # a sentence, or a word: Traditional Chinese unless it is a code or a name
            assert re.search(r"[\u4e00-\u9fff]", shown) or code.startswith(
                ("term.romanisation.MPS", "mrz.shape.lines")
            ), (code, shown)
    assert sorted(set(entries) - set(catalogue)) == [], f"{lang}: codes no longer defined"


def test_catalogues_are_in_step_with_the_codes():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "message_ts.py"), "--check"],
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_messages_are_shown_by_code(qapp):
    load_all()
    m = msg("mrz.check", field=msg("term.field.birth date"), digit="3", computed=5)
    assert str(m) == "birth date check digit is 3, computed 5"
    i18n.set_language("zh_TW")
    try:
        assert text(m) == "出生日期檢查碼為 3，計算應為 5"
        # the same code whatever the English says: the catalogue's English is not the key
        assert QCoreApplication.translate(CONTEXT, "mrz.check").startswith("{field}")
        assert term("action", "refer") == term("decision", "refer") == "移送二線"
        assert term("action", "deny_entry") == "不准入境"
        assert term("action", "something_new") == "something_new"  # data stays data
    finally:
        i18n.set_language("en")
    assert text(m) == str(m)
    assert term("action", "deny_entry") == "deny entry"


def test_glossary_says_one_word_per_act(qapp):
    """The same act is never translated two ways in the Traditional Chinese catalogue."""
    ts = (TRANSLATIONS / "zh_TW.ts").read_text(encoding="utf-8")
    for other in ("轉二線", "移送審查", "禁止入境", "主管"):
        assert other not in ts, other
    assert set(CATALOGUE) >= {"term.action.refer", "term.decision.refer"}
