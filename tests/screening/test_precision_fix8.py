"""Issue 12, mends of the eighth round's rules found by review names8b: pairs the rules
capped that are one person's name, and the rules' own pairs that stay capped."""

from __future__ import annotations

import pytest

from desktop.screening.score import DEFAULT_THRESHOLD, Facts, compare_names, compare_people


def _codes(a: str, b: str) -> set[str]:
    return {getattr(r, "code", "") for r in compare_names(a, b).reasons}


# --- distinct_korean_surnames: only a Korean given name ------------------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("CHANG, TAI MAN JASON", "CHEONG, TAI MAN JASON"),  # 張 Wade-Giles / Cantonese
        ("CHANG JASON KA MAN", "CHONG JASON KA MAN"),  # 張 Hakka
        ("KANG EUGENE", "KONG EUGENE"),  # 江 Hokkien / Cantonese; EUGENE a Western name
        ("CHO IRENE", "CHOO IRENE"),
        ("CHANG, HAN IRENE", "CHEONG, HAN IRENE"),
        ("KANG SEOW HUI", "KONG SEOW HUI"),  # SEOW no Korean block
        ("CHANG KWEE", "CHONG KWEE"),  # KWEE ranked in Indonesia (Hokkien 郭)
        ("KANG GEORGE", "KONG GEORGE"),
        ("CHO AMANDA", "CHOO AMANDA"),
        ("CHO ELAINE", "CHOO ELAINE"),
        ("KANG ERIN", "KONG ERIN"),
        ("CHO ANGELINE", "CHOO ANGELINE"),
        ("CHO JOANNA", "CHOO JOANNA"),
    ],
)
def test_a_chinese_name_with_a_western_or_dialect_given_name_is_not_korean(a, b):
    m = compare_names(a, b)
    assert m.score >= DEFAULT_THRESHOLD, m.explanation()
    assert "name.distinct_korean_surnames" not in _codes(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("KANG HAEUN", "KONG HAEUN"),
        ("CHO EUN BI", "CHOO EUN BI"),
        ("KANG, HAEUN", "KONG HAEUN"),  # the MRZ order
    ],
)
def test_a_korean_given_name_still_tells_two_korean_surnames(a, b):
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD, m.explanation()
    assert "name.distinct_korean_surnames" in _codes(a, b)


def test_the_korean_surnames_cap_is_lifted_by_agreeing_facts():
    a = Facts(("CHO EUN BI",), birth_date="1992-03-04", nationality="KOR")
    b = Facts(("CHOO EUN BI",), birth_date="1992-03-04", nationality="KOR")
    assert compare_people(a, b).score >= DEFAULT_THRESHOLD


# --- distinct_surnames: an Indian name's Sanskrit -RA and Hindi / Punjabi -ER ---------


@pytest.mark.parametrize(
    "a,b",
    [
        ("CHANDRA SHEKHAR", "CHANDER SHEKHAR"),  # चन्द्र: schwa dropped, written -ER
        ("RAM CHANDRA", "RAM CHANDER"),
        ("PRAKASH CHANDRA", "PRAKASH CHANDER"),
        ("MOHAN CHANDRA", "MOHAN CHANDER"),
        ("PAL CHANDRA", "PAL CHANDER"),
        ("SURENDRA KUMAR", "SURINDER KUMAR"),
    ],
)
def test_an_indian_names_sanskrit_and_hindi_spellings_are_one_name(a, b):
    m = compare_names(a, b)
    assert m.score >= DEFAULT_THRESHOLD, m.explanation()
    assert "name.distinct_surnames" not in _codes(a, b)


@pytest.mark.parametrize("a,b", [("PETRA SMITH", "PETER SMITH"), ("JOHN PETRA", "JOHN PETER")])
def test_ra_er_outside_indian_names_is_not_joined(a, b):
    assert compare_names(a, b).score < DEFAULT_THRESHOLD


# --- the nisba cap has its own message -----------------------------------------------


def test_the_nisba_cap_says_which_rule_applied():
    codes = _codes("TAREK HADDAD", "TAREK HADDADI")
    assert "name.distinct_nisba" in codes
    assert "name.distinct_surnames" not in codes
    assert compare_names("TAREK HADDAD", "TAREK HADDADI").score < DEFAULT_THRESHOLD
    a = Facts(("TAREK HADDAD",), birth_date="1980-02-03", nationality="MAR")
    b = Facts(("TAREK HADDADI",), birth_date="1980-02-03", nationality="MAR")
    assert compare_people(a, b).score >= DEFAULT_THRESHOLD


# --- distinct_thai_family: ำ written AM or UM, แ written AE or E -----------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("SOMCHAI KHAMTHONG", "SOMCHAI KHUMTONG"),  # คำทอง: ำ UM (as ลำไย LUMYAI), H dropped
        ("SOMCHAI KHAMKAEO", "SOMCHAI KUMKAEW"),  # คำแก้ว
        ("SOMCHAI PHANKHAM", "SOMCHAI PANKUM"),
        ("SOMCHAI THAMSIT", "SOMCHAI TUMSIT"),
        ("SOMCHAI NATHAM", "SOMCHAI NATUM"),
        ("SOMCHAI PHAENGKAEO", "SOMCHAI PENGKAEO"),  # แพง: แ written E
    ],
)
def test_one_thai_family_names_customary_vowel_spellings_are_not_two_families(a, b):
    m = compare_names(a, b)
    assert m.score >= DEFAULT_THRESHOLD, m.explanation()
    assert "name.distinct_thai_family" not in _codes(a, b)


@pytest.mark.parametrize(
    "a,b",
    [("PRASERT BOONMA", "PRASERT BOONMEE"), ("SUPAWADEE BOONMA", "SUPAWADEE BOONMEE")],
)
def test_two_thai_family_names_stay_two_families(a, b):
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD, m.explanation()
    assert "name.distinct_thai_family" in _codes(a, b)
    fa = Facts((a,), birth_date="1970-01-01", nationality="THA")
    fb = Facts((b,), birth_date="1970-01-01", nationality="THA")
    assert compare_people(fa, fb).score >= DEFAULT_THRESHOLD
