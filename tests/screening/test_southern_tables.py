"""The reading tables built from published packages (scripts/build_southern.py):
Hokkien readings of given-name characters (taibun's Tai-lo, converted to the spellings
of Singapore and Malaysian documents) and Korean readings of Hanja."""

from desktop.screening import chinese
from desktop.screening.score import DEFAULT_THRESHOLD, compare_names


def _match(a: str, b: str) -> bool:
    return compare_names(a, b).score >= DEFAULT_THRESHOLD


def test_hokkien_tailo_is_spelt_as_singapore_documents_spell_it():
    assert chinese.hokkien_passport_forms("siu") == ("siu", "siew", "sew")
    assert "kean" in chinese.hokkien_passport_forms("kian")
    assert "koh" in chinese.hokkien_passport_forms("khoo")  # aspirate written without H
    assert "yew" in chinese.hokkien_passport_forms("iu")  # no initial: I- written Y-
    assert chinese.hokkien_passport_forms("ng") == ("ng",)  # syllabic NG (黃)
    assert "poh" in chinese.hokkien_spellings("寶") and "see" in chinese.hokkien_spellings("时")


def test_hokkien_given_names_of_singaporeans_match_their_characters():
    m = compare_names("陳修信", "TAN SIEW SIN")
    assert m.score >= DEFAULT_THRESHOLD and "SIEW = 修 (Hokkien)" in m.explanation()
    m = compare_names("駱建佑", "LOH KEAN YEW")  # KEAN one syllable, not KE-AN
    assert m.score >= DEFAULT_THRESHOLD and "KEAN = 建 (Hokkien)" in m.explanation()
    assert _match("詹時中", "CHIAM SEE TONG")


def test_hokkien_readings_do_not_join_different_given_names():
    assert not _match("陳修信", "TAN SEE SIN")  # 時 SEE is not 修
    assert not _match("詹時中", "CHIAM SIEW TONG")


def test_the_tables_name_their_source_and_licence():
    head = (chinese.DATA / "hokkien_tailo.tsv").read_text(encoding="utf-8")[:600]
    assert "taibun" in head and "CC BY-SA 4.0" in head
    head = (chinese.DATA / "hanja_hangul.tsv").read_text(encoding="utf-8")[:600]
    assert "hanja 0.15.1" in head and "WTFPL" in head
