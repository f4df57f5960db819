"""Issue 12, after the sixteenth part (names-post16a): a Taiwan name in characters met
by a Latin name written wholly in one Mandarin system, one given syllable of which is
another common given character's exact spelling in that system and no table's spelling
of this character (`distinct_char_given_system`); and the spellings of one person's
name that must keep matching."""

from __future__ import annotations

import pytest

from tests.screening.name_checks import apart as _apart
from tests.screening.name_checks import codes
from tests.screening.name_checks import lifted as _lifted
from tests.screening.name_checks import matches as _matches

_RULE = "name.distinct_char_system"


@pytest.mark.parametrize(
    "a,b",
    [
        ("傅豪瑋", "FU HUA-WEI"),  # 豪 HAO / HAU; HUA is 華 (sixteenth part)
        ("丁佳子", "TING CHI-TZU"),  # 佳 CHIA; CHI is 琪 / 齊
        ("蘇德威", "SU TA-WEI"),  # 德 TE; TA is 達
        ("盧宏耀", "LU JUNG-YAO"),  # 宏 HUNG; JUNG is 榮
        ("王貞柔", "WANG CHIN-JOU"),  # 貞 CHEN; CHIN is 欽 / 瑾 (fifteenth part)
        ("FU HUA-WEI", "傅豪瑋"),  # either order
        ("黃振榮", "HUANG CHEN-HUNG"),  # 榮 JUNG; HUNG is 宏 (a keying step: capped by design)
    ],
)
def test_another_characters_exact_spelling_is_another_name(a, b):
    _apart(a, b, _RULE)


@pytest.mark.parametrize(
    "a,b",
    [
        ("傅豪瑋", "FU HAO-WEI"),  # the character's own Pinyin / Wade-Giles
        ("傅豪瑋", "FU HAU-WEI"),  # Gwoyeu / MPS II
        ("孫欣霖", "SUN HSIN-LIN"),
        ("張善政", "CHANG SAN-CHENG"),  # SH said S in Taiwanese Mandarin (dev set)
        ("張榮發", "CHANG YUNG-FA"),  # 榮 said YUNG (dev set)
        ("郝柏村", "HAU PEI-TSUN"),  # a customary spelling the tables lack
        ("蘇坤毓", "SU KUAN-YU"),  # KUAN is 坤's Macau spelling: a table's, left
        ("羅智勇", "LUO ZHIHONG"),  # a mainland joined name: not this rule's
        # HSUN (勳) and TAI (泰): no character of the common given-name list reads so
        # first (鑫's XUN and 大's DAI are no name's reading): left as possible slips
        ("孫欣霖", "SUN HSUN-LIN"),
        ("顏達光", "YEN TAI-KUANG"),
    ],
)
def test_pairs_outside_the_rule_are_not_judged_by_it(a, b):
    assert _RULE not in codes(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("傅豪瑋", "FU HAO-WEI"),
        ("孫欣霖", "SUN HSIN-LIN"),
        ("張善政", "CHANG SAN-CHENG"),
        ("張榮發", "CHANG YUNG-FA"),
        ("丁佳子", "TING CHIA-TZU"),
    ],
)
def test_one_persons_spellings_keep_matching(a, b):
    _matches(a, b)


def test_the_given_system_rule_is_lifted_when_the_facts_agree():
    _lifted("傅豪瑋", "FU HUA-WEI", "TWN")


# --- a dialect syllable read whole against a Pinyin name ------------------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("ONG CHOON HOCK", "WANG CHUNFU"),  # 王春福: CHOON had been read CHO-ON (16th)
        ("WEE CHOON HUAT", "HUANG CHUNFA"),  # 黃春發 (seventh part)
        ("YEO SIEW HOON", "YANG XIUFEN"),  # 楊秀芬: HOON had been read HO-ON
        ("LOH KEAN YEW", "LUO JIANYOU"),  # 駱建佑: KEAN had been read KE-AN
    ],
)
def test_a_dialect_syllable_is_read_whole_against_pinyin(a, b):
    _matches(a, b)


# --- a surname's first letter dropped ---------------------------------------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("KUO YUNG-LIN", "UO YUNG-LIN"),  # UO: no passport spelling of any name (16th)
        ("UO YUNG LIN", "KUO YUNG LIN"),  # the MRZ's form, either order
    ],
)
def test_a_surname_with_its_first_letter_dropped_is_a_slip(a, b):
    _matches(a, b)
    assert "name.possible_slip" in codes(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("LIN MEI-LING", "IN MEI-LING"),  # IN spells a name character in some table
        ("KUO YUNG-LIN", "UO YUNG-HUA"),  # the given name differs too
        ("KUO LIN", "UO LIN"),  # one given syllable: too little alike to call it a slip
    ],
)
def test_a_dropped_letter_is_a_slip_only_of_a_spelling_of_no_name(a, b):
    assert "name.possible_slip" not in codes(a, b)


# Review n16a (MEDIUM): TSE and TSU, customary spellings of 子 and 慈 (宋子文 SOONG
# TSE-VEN, Sun Tsu), are another character's exact Wade-Giles (澤, 祖), so the
# characters-against-another-syllable rule capped them.
@pytest.mark.parametrize(
    ("a", "b"),
    [("林子明", "LIN TSE-MING"), ("宋子文", "SUNG TSE-WEN"), ("周子瑜", "CHOU TSU-YU"),
     ("林慈明", "LIN TSU-MING")],
)  # fmt: skip
def test_tse_and_tsu_are_customary_spellings_of_zi_and_ci(a, b):
    _matches(a, b)
