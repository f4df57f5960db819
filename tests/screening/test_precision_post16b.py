"""Issue 12, after the sixteenth held-out part (names-post16b), non-Chinese names: two
different listed given names standing in one place of names otherwise alike (CRUZ JOHN
PAUL MARQUEZ / CRUZ JOHN PETER MARQUEZ); and the spellings of one person's name, a
dropped or added middle name, that must keep matching."""

from __future__ import annotations

import pytest

from tests.screening.name_checks import apart as _apart
from tests.screening.name_checks import lifted as _lifted
from tests.screening.name_checks import matches as _matches

# --- two listed given names in one place -----------------------------------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("CRUZ JOHN PAUL MARQUEZ", "CRUZ JOHN PETER MARQUEZ"),  # sixteenth part
        ("MARK ANTHONY RAMOS CASTILLO", "MARK ANDREW RAMOS CASTILLO"),  # twelfth part
        ("JOHN PAUL SMITH", "JOHN PETER SMITH"),
    ],
)
def test_two_given_names_in_one_place_are_two_names(a, b):
    _apart(a, b, "name.distinct_given_slot")


@pytest.mark.parametrize(
    "a,b",
    [
        ("CRUZ JOHN PAUL MARQUEZ", "CRUZ JOHN MARQUEZ"),  # a middle name dropped
        ("CRUZ JOHN MARQUEZ", "CRUZ JOHN PAUL MARQUEZ"),  # added
        ("JOHN PAUL SMITH", "JOHN SMITH"),
        ("CRUZ JOHN PAUL MARQUEZ", "CRUZ JOHN PAUL MARQUEZ"),
        ("MARK ANTHONY RAMOS CASTILLO", "MARK ANTHONY RAMOS CASTILLO"),
    ],
)
def test_a_dropped_or_added_middle_name_keeps_matching(a, b):
    _matches(a, b)


def test_two_given_names_in_one_place_lifted_when_the_facts_agree():
    _lifted("CRUZ JOHN PAUL MARQUEZ", "CRUZ JOHN PETER MARQUEZ", "PHL")


# --- a father's name after BIN / BINTI / A/L / A/P ----------------------------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("ZULKIFLI BIN HASHIM", "ZULKIFLI BIN HAKIM"),  # sixteenth part
        ("SITI BINTI HASHIM", "SITI BINTI HAKIM"),
    ],
)
def test_two_given_names_as_the_fathers_name_are_two_fathers(a, b):
    _apart(a, b, "name.distinct_father_given")


@pytest.mark.parametrize(
    "a,b",
    [
        ("ZULKIFLI BIN HASHIM", "ZULKIFLI BIN HASIM"),  # one name's spellings
        ("ZULKIFLI BIN YUSUF", "ZULKIFLI BIN YUSOF"),
        ("ZULKIFLI BIN HASHIM", "ZULKIFLI BIN HASHIM"),
        ("AHMAD BIN JAMAL", "AHMAD BIN JAMALUDIN"),  # a Malay long form
        ("ZULKIFLI HASHIM", "ZULKIFLI BIN HASHIM"),  # the particle dropped
    ],
)
def test_one_fathers_name_keeps_matching(a, b):
    _matches(a, b)


def test_two_fathers_lifted_when_the_facts_agree():
    _lifted("ZULKIFLI BIN HASHIM", "ZULKIFLI BIN HAKIM", "MYS")
