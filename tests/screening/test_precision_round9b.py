"""Issue 12, ninth round, Thai names (names-prec9b): two given names of the Thai list a
letter apart only once the customary spellings are folded, and two listed Thai words
the corpus files under different kinds; the spellings of one person's name that must
keep matching."""

from __future__ import annotations

import pytest

from desktop.screening.score import DEFAULT_THRESHOLD, Facts, compare_names, compare_people


def _codes(a: str, b: str) -> set[str]:
    return {getattr(r, "code", "") for r in compare_names(a, b).reasons}


# --- Thai given names one letter apart folded, two or more as written ---------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("THANAPHON WONGTHAI", "THANAKORN WONGTHAI"),  # ธนพล / ธนกร
        ("PIYAPONG WONGYAI", "PIYAPORN WONGYAI"),  # ปิยะพงษ์ / ปิยะพร
    ],
)
def test_two_listed_thai_given_names_apart_as_written_are_capped(a, b):
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD, m.explanation()
    assert "name.distinct_thai_given" in _codes(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("SOMPHON JAIDEE", "SOMPHONG JAIDEE"),  # one step as written: a possible slip
        ("NATTAPON SAETANG", "NATTAPONG SAETANG"),
        ("CHIRAPHON SAETANG", "JIRAPORN SAETANG"),  # one name, RTGS and customary
        ("THANAKORN WONGTHAI", "THANAKON WONGTHAI"),
        ("PIYAPHON WONGYAI", "PIYAPORN WONGYAI"),
        ("นิพนธ์ แก้วมณี", "NIPHON KAEOMANI"),  # the list's NIPN only drops NIPHON's letters
    ],
)
def test_one_thai_given_names_spellings_keep_matching(a, b):
    m = compare_names(a, b)
    assert m.score >= DEFAULT_THRESHOLD, m.explanation()
    assert "name.distinct_thai_given" not in _codes(a, b)


def test_the_capped_thai_pair_is_a_hit_when_the_facts_agree():
    a = Facts(("THANAPHON WONGTHAI",), birth_date="1990-03-04", nationality="THA")
    b = Facts(("THANAKORN WONGTHAI",), birth_date="1990-03-04", nationality="THA")
    assert compare_people(a, b).score >= DEFAULT_THRESHOLD
    c = Facts(("THANAKORN WONGTHAI",), birth_date="1991-05-06", nationality="THA")
    assert compare_people(a, c).score < DEFAULT_THRESHOLD


# --- two listed Thai words of different kinds in the same place ----------------------


@pytest.mark.parametrize(
    "a,b,kind",
    [
        ("SOMPONG JAIDEE", "SOMPOP JAIDEE", "given names"),  # SOMPHOP listed as a family
        ("SUPACHAI SRISUK", "SUPACHAI SRISAKUL", "family names"),  # SRISAKUN as a woman's
    ],
)
def test_two_listed_thai_words_of_other_kinds_in_one_place_are_capped(a, b, kind):
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD, m.explanation()
    rules = [r for r in m.reasons if getattr(r, "code", "") == "name.distinct_thai"]
    assert rules and rules[0].params["kind"] == kind


@pytest.mark.parametrize(
    "a,b",
    [
        ("SOMPHONG JAIDEE", "SOMPONG JAIDEE"),  # RTGS and customary: one name
        ("SRISUK SUPACHAI", "SUPACHAI SRISUK"),  # the order only
        ("SRISUK SUPACHAI", "SUPACHAI SISUK"),  # SISUK, RTGS of ศรีสุข
    ],
)
def test_one_thai_names_spellings_and_orders_keep_matching(a, b):
    m = compare_names(a, b)
    assert m.score >= DEFAULT_THRESHOLD, m.explanation()


# --- Vietnamese written with its marks: letters of the alphabet, not tones ------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("Nguyễn Văn Hùng", "Nguyễn Văn Hưng"),  # U and Ư: two letters
        ("Trần Thị Lân", "Trần Thị Lăn"),  # Â and Ă
        ("NGUYỄN VĂN HÙNG", "Nguyễn Văn Hưng"),  # the case does not matter
    ],
)
def test_two_vietnamese_letters_written_out_are_two_names(a, b):
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD, m.explanation()
    assert "name.distinct_vietnamese_letters" in _codes(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("Nguyễn Văn Hùng", "NGUYEN VAN HUNG"),  # the passport's capitals
        ("Nguyễn Văn Hưng", "Nguyen Van Hung"),  # written without the marks
        ("Nguyễn Văn Hùng", "Nguyễn Văn Hũng"),  # a tone mark alone: left as a slip
        ("Nguyễn Văn Hưng", "Nguyễn Văn Hung"),  # one side's word unmarked
    ],
)
def test_vietnamese_spellings_without_a_letter_apart_keep_matching(a, b):
    m = compare_names(a, b)
    assert m.score >= DEFAULT_THRESHOLD, m.explanation()
    assert "name.distinct_vietnamese_letters" not in _codes(a, b)


def test_the_capped_vietnamese_pair_is_a_hit_when_the_facts_agree():
    a = Facts(("Nguyễn Văn Hùng",), birth_date="1985-07-08", nationality="VNM")
    b = Facts(("Nguyễn Văn Hưng",), birth_date="1985-07-08", nationality="VNM")
    assert compare_people(a, b).score >= DEFAULT_THRESHOLD
    c = Facts(("Nguyễn Văn Hưng",), birth_date="1962-11-30", nationality="USA")
    assert compare_people(a, c).score < DEFAULT_THRESHOLD
