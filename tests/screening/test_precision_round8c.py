"""Eighth precision round, Korean given names (names-prec8c, issue 12): a vowel written
for another on keys far apart, where every block each spelling reads differs from the
other's in its vowel only (YEON 연 / YOON 윤), is judged on all common name blocks."""

from __future__ import annotations

import pytest

from desktop.screening.score import DEFAULT_THRESHOLD, Facts, compare_names, compare_people

_CODE = "name.distinct_korean_given"


def _codes(a: str, b: str) -> set[str]:
    return {getattr(r, "code", "") for r in compare_names(a, b).reasons}


@pytest.mark.parametrize(
    "a,b",
    [
        ("KIM SEO YEON", "KIM SEO YOON"),  # 서연 / 서윤: ㅕ and ㅠ, E and O far apart
        ("KIM SEOYEON", "KIM SEOYOON"),  # joined
        ("LEE JI-YEON", "LEE JI-YOON"),  # 지연 / 지윤
    ],
)
def test_two_korean_given_names_a_vowel_apart_are_capped(a, b):
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD, m.explanation()
    assert _CODE in _codes(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("PARK SEO-YEON", "PARK SEO-YUN"),  # 연: RR YEON, customary YUN (Kim Yuna 김연아)
        ("KIM SEOYEON", "KIM SOYON"),  # 서연: McCune-Reischauer, breves dropped
        ("KIM SEO-YEON", "KIM SO-YON"),
        ("KIM SEOYOON", "KIM SEOYUN"),  # 윤: customary YOON, RR YUN
        ("KIM JISUK", "KIM JISIK"),  # U and I side by side: a possible keying slip
        ("KIM SEOYEON", "KIM SEOYEEN"),  # YEEN no block: a slip
    ],
)
def test_one_blocks_spellings_and_neighbouring_keys_are_not_capped(a, b):
    m = compare_names(a, b)
    assert m.score >= DEFAULT_THRESHOLD, m.explanation()
    assert _CODE not in _codes(a, b)


def test_two_given_names_a_vowel_apart_with_agreeing_facts_are_a_hit():
    a = Facts(("KIM SEO YEON",), birth_date="1995-04-05", nationality="KOR")
    b = Facts(("KIM SEO YOON",), birth_date="1995-04-05", nationality="KOR")
    assert compare_people(a, b).score >= DEFAULT_THRESHOLD
    c = Facts(("KIM SEO YOON",), birth_date="1997-11-20", nationality="KOR")
    assert compare_people(a, c).score < DEFAULT_THRESHOLD
