"""Gaps the seventh held-out part found at its one scoring (bench/results/
names-heldout7.txt), closed after it: one person's name missed. The part itself is not
scored again; these pairs are written here from the rules, not read from it."""

from __future__ import annotations

import pytest

from desktop.screening.score import DEFAULT_THRESHOLD as HIT
from desktop.screening.score import compare_names


@pytest.mark.parametrize(
    "a,b",
    [
        # a name in Hanja against one in Hangul ("empty after normalisation" before)
        ("金大中", "김대중"),
        ("李在明", "이재명"),
        # Indonesian spelling before 1972 (OE, DJ, TJ, J) against today's
        ("SOEHARTO", "SUHARTO"),
        ("DJOKO SOESILO", "JOKO SUSILO"),
        ("SOEKARNO", "SUKARNO"),
        # Japanese N written M before B, M, P
        ("HOMMA MISAKI", "HONMA MISAKI"),
    ],
)
def test_one_persons_name_in_two_forms_is_a_hit(a: str, b: str) -> None:
    m = compare_names(a, b)
    assert m.score >= HIT and not m.distinct_surnames, m.explanation()


def test_two_different_korean_names_in_hanja_and_hangul_stay_two() -> None:
    assert compare_names("金大中", "김대진").score < HIT


@pytest.mark.parametrize(
    "kana,latin",
    [
        ("さとう しょうた", "SATO SHOTA"),
        ("こんどう ようこ", "KONDO, YOKO"),
        ("イトウ ダイスケ", "ITO DAISUKE"),
    ],
)
def test_a_name_in_kana_is_read_as_passport_hepburn(kana: str, latin: str) -> None:
    # "empty after normalisation" before; the dakuten survive (だ DA, not TA)
    assert compare_names(kana, latin).score >= 0.95
    assert compare_names(kana, "SATO SHOKO" if "SHOTA" in latin else "KONDO YUKO").score < HIT
    from desktop.screening import keys

    assert keys.index_keys([kana]) & keys.query_keys([latin])
    assert keys.index_keys([latin]) & keys.query_keys([kana])
