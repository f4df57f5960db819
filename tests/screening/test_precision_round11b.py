"""Issue 12, eleventh round, Chinese, Japanese and Korean names (names-prec11b): two
demonstrably mainland Pinyin names whose given syllables a dialect reading joins (薇,
Mandarin WEI, Cantonese MEI) are two characters; and the spellings of one person's name
that must keep matching."""

from __future__ import annotations

import pytest

from desktop.screening.score import DEFAULT_THRESHOLD, compare_names
from tests.screening.name_checks import apart as _apart
from tests.screening.name_checks import codes
from tests.screening.name_checks import lifted as _lifted
from tests.screening.name_checks import matches as _matches

# --- a mainland Pinyin given name does not take a dialect's reading -------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("ZHU HONGMEI", "ZHU HONGWEI"),  # 梅 / 偉, joined through 薇's Cantonese MEI (15th)
        ("ZHAO LEI", "ZHAO LI"),  # 磊 / 麗, joined through 離's Cantonese LEI (fifth)
        ("ZHANG XIAOMEI", "ZHANG XIAOWEI"),
    ],
)
def test_two_pinyin_syllables_a_dialect_joins_are_two_characters(a, b):
    _apart(a, b, "name.distinct_pinyin_given")


@pytest.mark.parametrize(
    "a,b",
    [
        ("ZHU HONGWEI", "ZHU HONG WEI"),  # one name, written apart
        ("ZHU HONGWEI", "CHU HUNG-WEI"),  # Pinyin and Wade-Giles of one name
        ("LEE MEI LING", "LEE WEI LING"),  # not demonstrably mainland: left as it was
        ("CHAN MEI", "CHAN WEI"),  # a southern surname: not a mainland name
        ("SUN LIXIN", "SUN LIXUN"),  # XUN: 鑫's rare reading, no name's first: a slip
        ("ZHANG XIAOLIN", "ZHANG XIAOLING"),  # -n / -ng: the finals rule's, not this one
        ("ZHANG RONG", "ZHANG RUNG"),  # a syllable no common name reads first
    ],
)
def test_pairs_outside_the_rule_are_not_judged_by_it(a, b):
    assert "name.distinct_pinyin_given" not in codes(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("ZHU HONGWEI", "ZHU HONGWEI"),
        ("ZHU HONGWEI", "ZHU HONG-WEI"),
        ("朱紅薇", "ZHU HONGWEI"),  # the character's own Pinyin
        ("ZHAO LI", "ZHAO LI"),
    ],
)
def test_one_persons_spellings_keep_matching(a, b):
    _matches(a, b)


def test_the_mainland_given_rule_is_lifted_when_the_facts_agree():
    _lifted("ZHU HONGMEI", "ZHU HONGWEI", "CHN")


# --- a Latin Korean given name that splits wholly into other blocks' spellings -------


@pytest.mark.parametrize(
    "a,b",
    [
        ("박서연", "BAK SEOHYEON"),  # SEO-HYEON is 서현, not 서연 (fifteenth part)
        ("김지연", "KIM JIHYEON"),  # 지현
        ("SEOHYEON BAK", "박서연"),  # the given name first
    ],
)
def test_a_latin_given_name_of_other_blocks_is_another_korean_name(a, b):
    _apart(a, b, "name.distinct_hangul_split")


@pytest.mark.parametrize(
    "a,b",
    [
        ("박서연", "BAK SEOYEON"),
        ("박서연", "PARK SEO-YEON"),
        ("이수현", "LEE SOOHYUN"),  # customary spellings the tables list
        ("김연경", "KIM YEON-KOUNG"),  # KOUNG for 경: no other split (seen, fourth part)
        ("이수아", "LEE SOO-AH"),  # AH for 아: the surname is not read into the given name
    ],
)
def test_korean_spellings_of_one_name_keep_matching(a, b):
    _matches(a, b)


def test_the_hangul_split_rule_is_lifted_when_the_facts_agree():
    _lifted("박서연", "BAK SEOHYEON", "KOR")


# --- a Korean surname's two spellings join a Korean name only ------------------------


def test_a_korean_reading_does_not_join_two_surnames_of_a_taiwan_name():
    # 李 LI and 倪 NI: only Korean 리 spells both, and CHENG is no Korean block (15th)
    m = compare_names("LI CHENG-SUNG", "NI CHENG-SUNG")
    assert m.score < DEFAULT_THRESHOLD, m.explanation()


@pytest.mark.parametrize(
    "a,b",
    [
        ("JUNG MIN-HO", "CHUNG MIN-HO"),  # 정 in a Korean name
        ("JUNG MINHO", "CHUNG MINHO"),
        ("LI MIN-HO", "NI MIN-HO"),  # 리 in a name that can be Korean
        ("KONG CHENG-SUNG", "GONG CHENG-SUNG"),  # 江, 龔: a table spells one character both
        ("CHONG MING-HUA", "JUNG MING-HUA"),  # 鍾
    ],
)
def test_one_korean_or_chinese_surname_spelt_two_ways_keeps_matching(a, b):
    _matches(a, b)


def test_the_taiwan_surname_cap_is_lifted_when_the_facts_agree():
    _lifted("LI CHENG-SUNG", "NI CHENG-SUNG", "TWN")


# --- a Hong Kong name's given syllable of another character ---------------------------


def test_a_hong_kong_syllable_of_another_character_is_another_name():
    _apart("石俊光", "SHEK CHUN KWAN", "name.distinct_char_hk_syllable")  # 光 KWONG (15th)


@pytest.mark.parametrize(
    "a,b",
    [
        ("石俊光", "SHEK CHUN KWONG"),
        ("石俊光", "SHEK CHUN KONG"),  # 光's Hokkien, a table's spelling
        ("石俊光", "SHEK CHUN KWONGG"),  # a keying slip
        ("陳志強", "CHAN CHI KEUNG"),
    ],
)
def test_hong_kong_spellings_of_one_name_keep_matching(a, b):
    _matches(a, b)


def test_not_judged_without_a_surname_only_cantonese_spells():
    # HO is Mandarin too (何): the name is not told a Hong Kong one
    assert "name.distinct_char_hk_syllable" not in codes("何俊光", "HO CHUN KWAN")


def test_the_hong_kong_syllable_rule_is_lifted_when_the_facts_agree():
    _lifted("石俊光", "SHEK CHUN KWAN", "HKG")


# --- a Korean given name with one block more -------------------------------------------


def test_a_korean_given_name_with_one_block_more_is_another_name():
    _apart("CHO HYUN", "CHO HYUN-A", "name.distinct_korean_block_added")  # 현 / 현아


@pytest.mark.parametrize(
    "a,b",
    [
        ("CHO HYUN", "CHO HYUN A"),  # a lone letter apart: maybe a middle initial
        ("CHO HYUN", "CHO HYUNA"),  # a letter joined on: maybe a slip
        ("SMITH JOHN", "SMITH JOHN-A"),  # no Korean name
    ],
)
def test_the_block_rule_leaves_initials_slips_and_other_names(a, b):
    assert "name.distinct_korean_block_added" not in codes(a, b)


def test_the_block_rule_is_lifted_when_the_facts_agree():
    _lifted("CHO HYUN", "CHO HYUN-A", "KOR")


# Review n11b (MEDIUM): SAE for 세 (Seoul speech has merged 세 and 새) and a vowel doubled
# across the break (하은 keyed HAEEUN) were read as other blocks (새은, 해은) and capped.
@pytest.mark.parametrize(("a", "b"), [("박세은", "PARK SAEEUN"), ("김하은", "KIM HAEEUN")])
def test_a_korean_block_spelt_by_ear_is_not_another_block(a, b):
    _matches(a, b)
