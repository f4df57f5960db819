"""Issue 12, twelfth precision round (names-p12b), Chinese and Korean names: a Hokkien-
or Macau-spelt name's given syllable one letter from another character's (ENG 英 / HENG
興, VA 華 / VAI 偉); a surname spelt in two Chinese dialects keeps matching (review n12);
and the spellings of one person's name that must keep matching."""

from __future__ import annotations

import pytest

from tests.screening.name_checks import apart as _apart
from tests.screening.name_checks import codes as _codes
from tests.screening.name_checks import lifted as _lifted
from tests.screening.name_checks import matches as _matches

# --- two Korean surnames joined through two Chinese dialects: not capped --------------
# The round first capped OH / WOO JI-NA (오 / 우, joined only as 胡's Hokkien and Cantonese
# readings) in names that read as Korean blocks; review n12 found Cantonese and Hokkien
# given names read as blocks too, and 157 of 225 Malaysian and Hong Kong Chinese names
# with a surname spelt in two dialects were capped. With a given word no Chinese system
# spells required, `distinct_korean_surnames` already decides: the rule was withdrawn.


@pytest.mark.parametrize(
    "a,b",
    [
        ("OH KA HO", "WOO KA HO"),  # 胡: Hokkien / Cantonese, a Hong Kong given name
        ("KANG WEI", "KONG WEI"),  # 江
        ("YEO KA HO", "YONG KA HO"),  # 楊: Hokkien / Hakka
        ("OH SIU MAN", "WOO SIU MAN"),
        ("OH JI-NA", "WOO JI-NA"),  # JI, NA are Chinese syllables too: a possible match
    ],
)
def test_a_surname_spelt_in_two_dialects_keeps_matching(a, b):
    _matches(a, b)


def test_two_korean_surnames_with_a_korean_only_given_name_are_still_capped():
    _apart("KANG HAEUN", "KONG HAEUN", "name.distinct_korean_surnames")


# --- a Hokkien given syllable one letter from another character's ----------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("TAN SIEW ENG", "TAN SIEW HENG"),  # sixteenth part: 英 / 興
        ("ANG KOK ENG", "ANG KOK HENG"),  # twelfth part: 榮 / 興
    ],
)
def test_two_hokkien_given_characters_are_two_names(a, b):
    _apart(a, b, "name.distinct_hokkien_given")


@pytest.mark.parametrize(
    "a,b",
    [
        ("ONG BEE LIAN", "ONG BEE LAN"),  # 蘭 is LAN and LIAN in Hokkien: one character
        ("TAN SIEW HENG", "TAN SIEW HING"),  # 興 HENG (Hokkien), HING (Cantonese)
        ("TAN SIEW ENG", "TAN SIEW ENG"),
        ("TAN SIEW ENG", "TAN SIEW ENGG"),  # no name's spelling: a slip
        ("LIN SHU-HUA", "LIN SHU-HUI"),  # a Mandarin name: not this rule's
    ],
)
def test_one_character_or_a_slip_is_not_a_hokkien_cap(a, b):
    assert "name.distinct_hokkien_given" not in _codes(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("張秀英", "TEO SIEW ENG"),  # seen parts: Hokkien spellings of the characters
        ("鄭亞興", "TAY AH HENG"),
        ("TAN SIEW HENG", "TAN SIEW HING"),
        ("TAN SIEW ENG", "TAN SIEW ENG"),
    ],
)
def test_one_hokkien_name_keeps_matching(a, b):
    _matches(a, b)


def test_hokkien_given_lifted_when_the_facts_agree():
    _lifted("TAN SIEW ENG", "TAN SIEW HENG", "SGP")


# --- a Macau given syllable one letter from another character's ------------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("VONG TAK VA", "VONG TAK VAI"),  # eleventh part: 華 / 偉
        ("PUN KUOK VA", "PUN KUOK VAI"),  # twelfth part
    ],
)
def test_two_macau_given_characters_are_two_names(a, b):
    _apart(a, b, "name.distinct_macau_given")


@pytest.mark.parametrize(
    "a,b",
    [
        ("VONG TAK VA", "VONG TAK WA"),  # 華: Macau VA, Hong Kong WA
        ("VONG TAK VA", "VONG TAK VA"),
        ("CHAN TAI MAN", "CHAN TAI MAN"),
        ("VONG TAK VA", "VONG TAK VAX"),  # no name's spelling: a slip
    ],
)
def test_one_macau_name_keeps_matching(a, b):
    _matches(a, b)
    assert "name.distinct_macau_given" not in _codes(a, b)


def test_a_hong_kong_name_is_not_the_macau_rules():
    # nothing in it only Macau writes: `distinct_close_given` judges it
    assert "name.distinct_macau_given" not in _codes("CHAN KA FAI", "CHAN KA WAI")


def test_macau_given_lifted_when_the_facts_agree():
    _lifted("VONG TAK VA", "VONG TAK VAI", "MAC")


def test_a_dropped_aspiration_h_stays_one_hokkien_syllable():
    """Review n12: KHOEN / KOEN (坤), the H of KH dropped as Indonesian documents do."""
    _matches("TAN KHOEN HOK", "TAN KOEN HOK")
    assert "name.distinct_hokkien_given" not in _codes("TAN KHOEN HOK", "TAN KOEN HOK")
