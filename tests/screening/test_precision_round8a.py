"""Issue 12, eighth round, Chinese classes (names-prec8a): close names of different
people in Chinese romanisations that a published table separates, and the spellings of
one person's name that must keep matching."""

from __future__ import annotations

import pytest

from desktop.screening.score import DEFAULT_THRESHOLD, Facts, compare_names, compare_people


def _codes(a: str, b: str) -> set[str]:
    return {getattr(r, "code", "") for r in compare_names(a, b).reasons}


def _matches(a: str, b: str) -> None:
    m = compare_names(a, b)
    assert m.score >= DEFAULT_THRESHOLD, m.explanation()


def _apart(a: str, b: str, code: str) -> None:
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD, m.explanation()
    assert code in _codes(a, b), m.explanation()


def _lifted(a: str, b: str, nationality: str) -> None:
    x = Facts((a,), birth_date="1980-03-02", nationality=nationality)
    y = Facts((b,), birth_date="1980-03-02", nationality=nationality)
    p = compare_people(x, y)
    assert p.score >= DEFAULT_THRESHOLD, p.explanation()


# --- Hong Kong surnames a far vowel apart: the table's two families -------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("LIU KA WAI", "LAU KA WAI"),  # 廖 / 劉 (eleventh part)
        ("YIU MEI WAH", "YAU MEI WAH"),  # 姚 / 邱 (eleventh part)
        ("LAU WAI KEUNG", "LIU WAI KEUNG"),
    ],
)
def test_hong_kong_surnames_a_far_vowel_apart_are_two_families(a, b):
    _apart(a, b, "name.distinct_surname_chars_hk")


@pytest.mark.parametrize(
    "a,b",
    [
        ("LIU KA-MAN", "LUI KA-MAN"),  # a transposition (review names3 r3, finding 5)
        ("YAU KA WAI", "YU KA WAI"),  # a letter dropped
        ("TAM KA MAN", "TAN KA MAN"),  # M and N: neighbouring keys, a possible slip
    ],
)
def test_one_keying_step_between_hong_kong_surnames_stays_a_possible_slip(a, b):
    _matches(a, b)


def test_hong_kong_surname_rule_lifted_when_birth_date_and_nationality_agree():
    _lifted("LIU KA WAI", "LAU KA WAI", "HKG")


# --- mainland Pinyin: a given name's syllables written joined -------------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("YANG YUHANG", "YANG YUHAN"),  # 宇航 / 雨涵 (eleventh part)
        ("HONG SHENHAN", "HONG SHENGHAN"),  # sixth part
        ("LU JUNMING", "LU JUNMIN"),  # eighth part
    ],
)
def test_joined_pinyin_given_names_keep_n_and_ng_apart(a, b):
    _apart(a, b, "name.distinct_finals")


@pytest.mark.parametrize(
    "a,b",
    [
        ("TSAI I-LING", "CAI YILIN"),  # Taiwan's Wade-Giles against Pinyin: Taiwan's merge
        ("LAI SHIN-YUAN", "LAI XINGYUAN"),
        ("YANG YUHANG", "YANG, YU HANG"),  # one spelling, joined and apart
        ("LIN MEI LING", "LIN MEI LIN"),  # apart, as Malaysia and the MRZ write it: left
        ("TAN MEILING", "TAN MEILIN"),  # a southern surname: Singapore's, not the mainland's
    ],
)
def test_n_and_ng_stay_one_outside_two_joined_pinyin_names(a, b):
    _matches(a, b)


def test_joined_pinyin_rule_lifted_when_birth_date_and_nationality_agree():
    _lifted("YANG YUHANG", "YANG YUHAN", "CHN")

