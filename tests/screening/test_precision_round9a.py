"""Issue 12, ninth round, Arabic, Persian, Malay, Indonesian, Indian and Turkish names
(names-prec9a): close real names of different people that the names' own script or a
published list separates, and the spellings of one person's name that must keep
matching."""

from __future__ import annotations

import pytest

from desktop.screening import arabic_letters
from desktop.screening.score import DEFAULT_THRESHOLD, Facts, compare_names, compare_people


def _codes(a: str, b: str) -> set[str]:
    return {getattr(r, "code", "") for r in compare_names(a, b).reasons}


# --- two names both in Arabic script: a letter more or another is another name --------


@pytest.mark.parametrize(
    "a,b",
    [
        ("حسن علي", "حسين علي"),  # Hasan / Husayn: the long vowel ي written
        ("عمر سعيد", "عمرو سعيد"),  # Umar / Amr: the silent waw tells them apart
        ("سعيد خليل", "سعد خليل"),  # Said / Saad
        ("جمال حسن", "جميل حسن"),  # Jamal / Jamil
        ("محمد عبد الله", "محمود عبد الله"),  # Muhammad / Mahmud
        ("سعيد الحربي", "سعد الحربي"),  # the article and the given name
        ("علی کریمی", "علی کرمی"),  # Persian letters: Karimi / Karami
    ],
)
def test_two_names_in_arabic_script_a_letter_apart_are_two_names(a, b):
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD, m.explanation()
    assert m.uncapped >= DEFAULT_THRESHOLD  # the Latin reading had joined them
    assert "name.distinct_arabic_script" in _codes(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("أحمد علي", "احمد علي"),  # a hamza seat written or not
        ("فؤاد علي", "فواد علي"),  # the hamza on its waw (review names-precision)
        ("عائض القرني", "عايض القرني"),  # the same man in two newspapers
        ("داود سليمان", "داوود سليمان"),  # the waw doubled or not
        ("إسحاق علي", "إسحق علي"),  # the Quranic spelling drops the alif
        ("دونالد ترامب", "دونالد ترمب"),  # a foreign name's long A written or not
        ("فاطمة علي", "فاطمه علي"),  # ة / ه
        ("يحيى حسن", "يحيي حسن"),  # ى / ي
        ("علی کریمی", "علي كريمي"),  # Persian and Arabic forms of yeh and kaf
        ("محمد عبد الله", "محمد عبدالله"),  # the spacing of عبد
        ("عبد الرحمن خالد", "عبدالرحمان خالد"),  # and a long A written in full
        ("حسن علي", "علي حسن"),  # the order of the words
        ("حَسَن علي", "حسن علي"),  # vowel marks
        ("پرویز احمدی", "برويز احمدي"),  # Persian پ as Arabic writes it
    ],
)
def test_one_names_writings_in_arabic_script_are_not_capped(a, b):
    m = compare_names(a, b)
    assert m.score >= DEFAULT_THRESHOLD, m.explanation()
    assert "name.distinct_arabic_script" not in _codes(a, b)
    assert arabic_letters.letters_apart(a, b) is None


def test_the_rule_leaves_latin_and_mixed_pairs_and_a_missing_word_alone():
    assert arabic_letters.letters_apart("HASAN ALI", "HUSSEIN ALI") is None
    assert arabic_letters.letters_apart("حسن علي", "HUSSEIN ALI") is None
    assert arabic_letters.letters_apart("حسن علي محمد", "حسين علي") is None
    assert "name.distinct_arabic_script" not in _codes("حسين علي", "HUSSEIN ALI")


def test_two_names_in_arabic_script_with_agreeing_facts_are_a_hit():
    a = Facts(("حسن علي",), birth_date="1980-01-02", nationality="EGY")
    b = Facts(("حسين علي",), birth_date="1980-01-02", nationality="EGY")
    assert compare_people(a, b).score >= DEFAULT_THRESHOLD
    assert compare_people(Facts(("حسن علي",)), Facts(("حسين علي",))).score < DEFAULT_THRESHOLD
