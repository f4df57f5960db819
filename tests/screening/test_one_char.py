"""`one_char.one_char_spelt_both`: one table's two spellings of one reading of a common
given-name character are one person's spelling, never two syllables (issue 12, names;
the standing recall check bench/names_forms.py)."""

from __future__ import annotations

import pytest

from desktop.screening import one_char
from desktop.screening.names import parse
from desktop.screening.score import DEFAULT_THRESHOLD, compare_names


def _both(a: str, b: str) -> str:
    return one_char.one_char_spelt_both(parse(a), parse(b))


def test_one_table_one_reading_is_one_character() -> None:
    assert _both("LEE KAM MING", "LEE KUM MING") in ("金", "錦", "琴")  # Hong Kong's KAM, KUM
    assert _both("CHAN FOOK WING", "CHAN FUK WING") == "福"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("LEE CHI MING", "LEE CHU MING"),  # 子: Hokkien's two readings (TSI, TSU); 琪 / 筑
        ("CHANG YA-CHI", "CHANG YA-CHU"),  # the same, Taiwan's Wade-Giles (seen sets)
        ("LEE SENG MING", "LEE SANG MING"),  # 生: two tables (Hokkien, Hong Kong)
        ("WU PEI-CHUN", "WU PEI-CHEN"),  # two tables join 君 / 貞 (seen sets): the rules'
        ("SENG MING", "SANG MING"),  # the surname is not asked
        ("LEE KAM MING", "LEE KUM WING"),  # two syllables differ
        ("JOHN KAM SMITH", "JOHN KUM SMITH"),  # not a name of Chinese syllables
    ],
)
def test_not_one_reading_of_one_table(a: str, b: str) -> None:
    assert _both(a, b) == ""


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("LEE KAM MING", "LEE KUM MING"),
        ("WONG FOOK KEUNG", "WONG FUK KEUNG"),
        ("TAN TAT MING", "TAN DAAT MING"),
    ],
)
def test_such_pairs_are_not_capped(a: str, b: str) -> None:
    m = compare_names(a, b)
    assert not m.distinct_surnames, m.explanation()
    assert m.score >= DEFAULT_THRESHOLD, m.explanation()


def test_char_spellings_keep_every_system() -> None:
    spelt = one_char.char_spellings("生")
    assert "Hokkien" in spelt["seng"] and "Cantonese (HK)" in spelt["sang"]
    assert "Hanyu Pinyin" in spelt["sheng"]
