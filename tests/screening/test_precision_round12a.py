"""Issue 12, twelfth round, Latin-letter given names (names-p12a): two listed given names
of one language that writes its names at home in Latin letters, one with a consonant
inside the word (KEVIN / KELVIN, MARIA / MARINA: the sixteenth part), are two names; so
are two names of one country's list where one has the consonant Y after a consonant and
the other another consonant (HARTONO / HARYONO); the spellings of one name and the
keying slips that must keep matching."""

from __future__ import annotations

import pytest

from desktop.screening.score import _consonant_added_at_home, _glide_y_apart
from tests.screening.name_checks import apart as _apart
from tests.screening.name_checks import lifted as _lifted
from tests.screening.name_checks import matches as _matches


@pytest.mark.parametrize(
    "a,b",
    [
        ("MARTIN KEVIN", "MARTIN KELVIN"),  # sixteenth part, and the eleventh, fourteenth
        ("KEVIN MURPHY", "KELVIN MURPHY"),
        ("HUNT MARIA", "HUNT MARINA"),  # sixteenth part
        ("SANTIAGO MARINA ISABEL", "SANTIAGO MARIA ISABEL"),
        ("BRENDA SMITH", "BREDA SMITH"),
    ],
)
def test_a_consonant_added_inside_a_name_of_one_language_is_another_name(a, b):
    _apart(a, b, "name.distinct_given_added")


@pytest.mark.parametrize(
    "a,b",
    [
        ("KEVIN MURPHY", "KEVIN MURPHY"),
        ("KEVIN MURPHY", "KEVNI MURPHY"),  # a slip that is no name stays a slip
        ("KELVIN MURPHY", "KELVN MURPHY"),
        ("MARINA LOPEZ", "MARIAN LOPEZ"),  # two letters swapped: the commonest slip
        ("ALAN BAKER", "ALLAN BAKER"),  # a letter doubled
        ("ERIC BAKER", "ERICK BAKER"),  # one sound written twice
        ("HENDRIK JANSEN", "HENRIK JANSEN"),  # a cluster's D (review of stop 26)
        ("OCTAVIO SOUZA", "OTAVIO SOUZA"),  # Portuguese dropped the silent C
        ("VICTORIA SOUZA", "VITORIA SOUZA"),
        ("SARA BAKER", "SARAH BAKER"),  # H
        ("JON BAKER", "JOHN BAKER"),
    ],
)
def test_one_name_its_spellings_and_slips_keep_matching(a, b):
    _matches(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("ARSLAN", "ASLAN"),  # Turkish: no language of `given_origin.LANGUAGES`
        ("SWAPNA", "SAPNA"),
        ("LUKA", "LUKAS"),  # the last letter: a cut MRZ field, a Baltic or Greek S
        ("MARIA", "MARITA"),  # a Spanish pet form
        ("MATEA", "MATEJA"),  # a glide J
    ],
)
def test_the_rule_leaves_transliterations_endings_and_pet_forms(a, b):
    assert not _consonant_added_at_home(a, b, a, b)


def test_the_added_consonant_rule_is_lifted_when_the_facts_agree():
    _lifted("MARTIN KEVIN", "MARTIN KELVIN", "USA")
    _lifted("HUNT MARIA", "HUNT MARINA", "PHL")


# --- a Y after a consonant is a consonant (HARTONO / HARYONO) --------------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("HARTONO GUNAWAN", "HARYONO GUNAWAN"),  # sixteenth part (Indonesia's list)
        ("SUNARTO WIBOWO", "SUNARYO WIBOWO"),
        ("ARMAN KHAN", "ARYAN KHAN"),
    ],
)
def test_a_glide_y_against_another_consonant_is_another_name(a, b):
    _apart(a, b, "name.distinct_given_glide")


@pytest.mark.parametrize(
    "a,b",
    [
        ("HARYONO GUNAWAN", "HARJONO GUNAWAN"),  # the old spelling's J for Y: one name
        ("HARYONO GUNAWAN", "HARYONO GUNAWAN"),
        ("HARYONO GUNAWAN", "HARYNO GUNAWAN"),  # a slip that is no name
        ("MARYAM AHMADI", "MARIAM AHMADI"),  # a Y after a vowel writes a vowel
    ],
)
def test_one_name_with_a_y_keeps_matching(a, b):
    _matches(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("ANGELA", "ANYELA"),  # Spanish G before E written Y: one name
        ("ANNA", "ANYA"),  # N beside the glide (NY, a Russian pet form)
        ("OLGA", "OLYA"),
        ("ELLA", "ELYA"),
        ("MARYAM", "MARIAM"),  # a vowel
        ("HARTONY", "HARTONO"),  # the last letter
    ],
)
def test_the_glide_rule_leaves_palatals_vowels_and_ends(a, b):
    assert not _glide_y_apart(a, b)


def test_the_glide_rule_is_lifted_when_the_facts_agree():
    _lifted("HARTONO GUNAWAN", "HARYONO GUNAWAN", "IDN")


# --- JOSE / JOSUE: Joseph's and Joshua's forms, two lines of the variants file ----------


def test_joseph_and_joshua_are_two_names():
    _apart("BAUTISTA JOSE RAMOS", "BAUTISTA JOSUE RAMOS", "name.distinct_given")  # 16th
    _lifted("BAUTISTA JOSE RAMOS", "BAUTISTA JOSUE RAMOS", "PHL")


@pytest.mark.parametrize(
    "a,b",
    [
        ("JOSHUA GARCIA", "JOSUE GARCIA"),  # one name in English and Spanish
        ("JOSUE GARCIA", "JOSUA GARCIA"),
        ("JOSE GARCIA", "JOSEPH GARCIA"),
        ("SAEED MANSOUR", "SAYED MANSOUR"),  # a line's spelling looked up as written
    ],
)
def test_one_line_of_the_variants_file_keeps_matching(a, b):
    _matches(a, b)
