"""Issue 12, second review of the fifth round (names5b): one person's spellings the
round's rules still capped as two people. Each finding's pairs match again."""

from __future__ import annotations

import pytest

from desktop.screening.score import DEFAULT_THRESHOLD, compare_names

_ROUND5 = ("name.distinct_korean_given", "name.distinct_vietnamese_syllables",
           "name.distinct_gwoyeu")  # fmt: skip


def _matches(a: str, b: str) -> None:
    m = compare_names(a, b)
    assert m.score >= DEFAULT_THRESHOLD, m.explanation()
    codes = {getattr(r, "code", "") for r in m.reasons}
    assert not codes & set(_ROUND5), codes


@pytest.mark.parametrize(
    "a,b",
    [
        ("KIM OLGA", "KIM OLHA"),  # Russian / Ukrainian passport: a Koryo-saram woman
        ("LI OLGA", "LI OLHA"),
        ("PAK OLGA", "PAK OLHA"),
        ("MA HUSAIN", "MA HUSEIN"),  # a Hui Muslim's name
        ("LEE SALEEM", "LEE SELIM"),
        ("KIM JOHAN", "KIM YOHAN"),
        ("KIM JOHANNA", "KIM YOHANNA"),
        ("LEE IAKUB", "LEE YAKOUB"),
        ("LEE MICHAL", "LEE MIKAL"),
    ],
)
def test_finding1_listed_given_names_are_not_korean_blocks(a, b):
    _matches(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("LUU NHE NAM", "LUU NHI NAM"),  # E for I in an open syllable
        ("LUU NHAN NAM", "LUU NHEN NAM"),  # any vowel before a final
        ("LUU NHANG NAM", "LUU NHONG NAM"),
        ("LUU NHA NAM", "LUU NHU NAM"),  # 茹 reads both
    ],
)
def test_finding2_gwoyeu_rule_leaves_what_vietnamese_folds_join(a, b):
    _matches(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("KIM EUNHYE", "KIM EUNHAE"),  # 혜 said [헤], ㅔ and ㅐ merged: HAE by ear
        ("KIM HYEJIN", "KIM HAEJIN"),
        ("KIM INHYE", "KIM INHAE"),
        ("KIM HWIJIN", "KIM HUIJIN"),  # 輝 휘, HUI in Pinyin (Chosonjok records)
    ],
)
def test_finding3_ear_and_chinese_spellings_of_one_block(a, b):
    _matches(a, b)
