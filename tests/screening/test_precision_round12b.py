"""Issue 12, twelfth precision round (names-p12b), Chinese and Korean names: a Korean
name's two surnames joined only through two Chinese dialects' readings of one character
(OH / WOO JI-NA, 胡), and a Hokkien-spelt name's given syllable one letter from another
character's (ENG 英 / HENG 興); and the spellings of one person's name that must keep
matching."""

from __future__ import annotations

import pytest

from tests.screening.name_checks import apart as _apart
from tests.screening.name_checks import codes as _codes
from tests.screening.name_checks import lifted as _lifted
from tests.screening.name_checks import matches as _matches

# --- two Korean surnames joined through two Chinese dialects ---------------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("OH JI-NA", "WOO JI-NA"),  # sixteenth part: 오 / 우 (胡 OH / WOO)
        ("OH SEUNGMIN", "WOO SEUNGMIN"),  # tenth part
        ("KANG JI HO", "KONG JI HO"),  # seventh part: 강 / 공 (江 KANG / KONG)
    ],
)
def test_korean_surnames_joined_by_two_dialects_are_two_families(a, b):
    _apart(a, b, "name.distinct_korean_dialects")


@pytest.mark.parametrize(
    "a,b",
    [
        ("OH JI-NA", "OH JI-NA"),
        ("OH JI-NA", "O JI-NA"),  # 오: RR O, customary OH
        ("JUNG MIN-HO", "CHUNG MIN-HO"),  # 정 in two spellings
        ("GOH JI-NA", "KOH JI-NA"),  # 고: both Korean spellings of one surname
        ("OH BOON HOCK", "WOO BOON HOCK"),  # no Korean name: the Chinese tables' (胡)
    ],
)
def test_one_korean_surname_or_a_chinese_name_is_not_capped(a, b):
    assert "name.distinct_korean_dialects" not in _codes(a, b)


def test_one_korean_surnames_spellings_keep_matching():
    _matches("OH JI-NA", "O JI-NA")
    _matches("JUNG MIN-HO", "CHUNG MIN-HO")


def test_korean_dialect_surnames_lifted_when_the_facts_agree():
    _lifted("OH JI-NA", "WOO JI-NA", "KOR")


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
