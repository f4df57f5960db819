"""A last given name that ends a full MRZ name field may be cut short (ICAO 9303-3
truncates names to their field): DANIELLE printed as DANIEL is the listed DANIELLE, not
another person of the other sex."""

from __future__ import annotations

import pytest

from desktop.documents import mrz
from desktop.screening.names import parse
from desktop.screening.score import Facts, compare_names, compare_people, mrz_field_full

FULL_TD3 = "MONTGOMERY SMITHERSON, ANNABELLE DANIEL"  # 21 + 2 + 16 = 39 characters
LISTED = "MONTGOMERY SMITHERSON, ANNABELLE DANIELLE"


def test_a_td3_name_field_filled_by_a_cut_name_is_seen_as_full():
    lines = mrz.compose(
        "TD3",
        document_code="P",
        issuing_state="GBR",
        surname="MONTGOMERY SMITHERSON",
        given_names="ANNABELLE DANIELLE",
        document_number="123456789",
        nationality="GBR",
        birth_date="900101",
        sex="F",
        expiry_date="300101",
    )
    doc = mrz.parse(lines)
    query = f"{doc.surname}, {doc.given_names}"
    assert query == FULL_TD3
    assert mrz_field_full(parse(query))
    assert not mrz_field_full(parse(LISTED))


@pytest.mark.parametrize("a,b", [(FULL_TD3, LISTED), (LISTED, FULL_TD3)])
def test_a_cut_last_given_name_matches_its_whole_form(a, b):
    m = compare_names(a, b)
    assert m.score >= 0.95, [str(r) for r in m.reasons]
    assert any("cut short" in str(r) for r in m.reasons)


def test_without_a_full_field_two_names_of_two_sexes_stay_two_people():
    # ABERCROMBIE<<DANIEL is 19 characters: nothing was cut
    m = compare_names("ABERCROMBIE, DANIEL", "ABERCROMBIE, DANIELLE")
    assert m.score < 0.8
    m = compare_names("ABERCROMBIE, PAUL", "ABERCROMBIE, PAULA")
    assert m.score < 0.8


def test_a_full_field_does_not_join_a_last_name_that_is_not_a_start():
    # the full field's last word is DANIEL; DANIELS's start, but not JANIELLE's
    m = compare_names(FULL_TD3, "MONTGOMERY SMITHERSON, ANNABELLE JANIELLE")
    assert not any("cut short" in str(r) for r in m.reasons)


def test_the_listed_person_of_unknown_sex_is_a_hit_from_a_cut_mrz_name():
    query = Facts((FULL_TD3,), "1990-01-01", "GBR", "F")
    listed = Facts((LISTED,), None, None, None)
    assert compare_people(query, listed).score >= 0.9
