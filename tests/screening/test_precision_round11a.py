"""Issue 12, eleventh round, Thai given names (names-prec11a): two listed Thai given
names in a name written in free order, surname first as Thai lists write it (the
surname's place then says nothing), and a Thai-script name against its passport
spelling in the other order or with the other word spelt the customary way; and the
spellings of one person's name that must keep matching."""

from __future__ import annotations

import pytest

from tests.screening.name_checks import apart as _apart
from tests.screening.name_checks import lifted as _lifted
from tests.screening.name_checks import matches as _matches

# --- two listed given names, free order (the last word is no surname by the form) -----


@pytest.mark.parametrize(
    "a,b",
    [
        ("SRISUK SUDARAT", "SRISUK SUPHARAT"),  # สุดารัตน์ / สุภารัตน์ (fifteenth part)
        ("KAEWMANEE THANAPOL", "KAEWMANEE THANAKORN"),  # ธนพล / ธนกร (fifteenth part)
    ],
)
def test_listed_thai_given_names_in_free_order_are_two_names(a, b):
    _apart(a, b, "name.distinct_thai_given")


@pytest.mark.parametrize(
    "a,b",
    [
        ("SRISUK SUDARAT", "SRISUK SUDARAT"),
        ("KAEWMANEE THANAPOL", "KAEWMANEE THANAPHON"),  # RTGS and customary: one name
        ("KAEWMANEE THANAPHON", "KAEOMANI THANAPHON"),
        ("SRISUK, SOMPHON", "SRISUK, SOMPHONG"),  # one step as written: a possible slip
        ("SAETANG NATTAPONG", "SAETANG NATTAPON"),
    ],
)
def test_one_thai_name_and_its_slips_keep_matching(a, b):
    _matches(a, b)


def test_a_family_name_by_the_form_is_left_to_the_family_rules():
    # SURNAME, GIVEN: the comma says these are surnames; both words are listed only as
    # given names, which is no reason to call them two families
    from desktop.screening.names import parse
    from desktop.screening.score import _thai_given_anywhere, _thai_listed

    a, b = parse("SUDARAT, SOMCHAI"), parse("SUPHARAT, SOMCHAI")
    assert not _thai_given_anywhere(a, b, _thai_listed("SUDARAT"), _thai_listed("SUPHARAT"))


def test_the_free_order_thai_given_rule_is_lifted_when_the_facts_agree():
    _lifted("SRISUK SUDARAT", "SRISUK SUPHARAT", "THA")


# --- a Thai-script name against its passport spelling ------------------------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("สมศักดิ์ ใจดี", "JAIDEE SOMCHAI"),  # the other order (fifteenth part)
        ("สมศักดิ์ ใจดี", "SOMCHAI JAIDEE"),  # the same order, JAIDEE the customary CHAIDI
    ],
)
def test_a_thai_script_given_name_against_another_listed_given_name(a, b):
    _apart(a, b, "name.distinct_thai")


@pytest.mark.parametrize(
    "a,b",
    [
        ("สมศักดิ์ ใจดี", "JAIDEE SOMSAK"),
        ("สมชาย ใจดี", "JAIDEE SOMCHAI"),
        ("สมพงษ์ ใจดี", "CHAIDI SOMPHONG"),
        ("ธีรพงษ์ ศรีทอง", "THIRAPHONG SITHONG"),  # ninth part: the rules read THINPHONG
        ("SOMPHONG CHAIDI", "SOMPONG JAIDEE"),  # both words customary: one name
    ],
)
def test_a_thai_script_name_and_its_passport_spellings_keep_matching(a, b):
    _matches(a, b)


def test_the_crossed_thai_rule_is_lifted_when_the_facts_agree():
    _lifted("สมศักดิ์ ใจดี", "JAIDEE SOMCHAI", "THA")


# --- HUSSIN, the Malaysian spelling of Husayn (given_name_variants.txt) ------------------


def test_hasan_and_husayn_as_malaysian_fathers_names_are_two_names():
    # حسن Hasan and حسين Husayn: two names of the variants file's two lines
    _apart("SITI AMINAH BINTI HASSAN", "SITI AMINAH BINTI HUSSIN", "name.distinct_given")


@pytest.mark.parametrize(
    "a,b",
    [
        ("SITI AMINAH BINTI HUSSEIN", "SITI AMINAH BINTI HUSSIN"),  # one name, Husayn
        ("AHMAD BIN HUSSIN", "AHMAD BIN HUSIN"),
        ("HUSSIN ALI", "HUSSAIN ALI"),
        ("SITI AMINAH BINTI HASSAN", "SITI AMINAH BINTI HASAN"),
    ],
)
def test_one_arabic_names_malaysian_spellings_keep_matching(a, b):
    _matches(a, b)


def test_hasan_against_hussin_is_lifted_when_the_facts_agree():
    _lifted("SITI AMINAH BINTI HASSAN", "SITI AMINAH BINTI HUSSIN", "MYS")


# --- a listed family name written first, a given name last (free order) -------------------


def test_two_turkish_surnames_written_first_are_two_families():
    _apart("KAYA MURAT", "KARA MURAT", "name.distinct_surnames")  # fifteenth part
    _apart("MURAT KAYA", "MURAT KARA", "name.distinct_surnames")


def test_the_surname_place_follows_the_lists_in_free_order_only():
    from desktop.screening.names import parse
    from desktop.screening.score import _surname_place

    for text, place in [
        ("KAYA MURAT", 0),  # KAYA a listed family name, MURAT a given name only
        ("MURAT KAYA", -1),  # the default: the last word
        ("KAYA, MURAT", 0),  # the comma says so
        ("MURAT, KAYA", 0),
        ("JOHN SMITH", -1),
    ]:
        n = parse(text)
        assert _surname_place(n, list(n.tokens)) == place, text


@pytest.mark.parametrize(
    "a,b",
    [
        ("KAYA MURAT", "KAYA MURAT"),
        ("YILMAZ MEHMET", "YILMAS MEHMET"),  # a spelling no list holds: a possible slip
        ("KAYA MURAT", "MURAT KAYA"),
    ],
)
def test_turkish_names_written_surname_first_keep_matching(a, b):
    _matches(a, b)


def test_kaya_against_kara_is_lifted_when_the_facts_agree():
    _lifted("KAYA MURAT", "KARA MURAT", "TUR")


# Review n11a (HIGH): the list holds royin readings that keep a final -S (PRAPHAS), the
# fold did not make a customary final S or J into RTGS T, so PRAPAS / PRAPHAT and
# JIRAYUS / CHIRAYUT were two names in either word order. RTGS ends no syllable in S or J.
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("SRISUK PRAPHAT", "SRISUK PRAPAS"),
        ("SRISUK CHIRAYUT", "SRISUK JIRAYUS"),
        ("SRISUK CHAYANIT", "SRISUK JAYANIS"),
        ("SRISUK PHUDIT", "SRISUK PUDIS"),
        ("PRAPHAT SRISUK", "PRAPAS SRISUK"),
        ("CHIRAYUT SRISUK", "JIRAYUS SRISUK"),
    ],
)
def test_a_customary_final_s_or_j_is_rtgs_t(a, b):
    _matches(a, b)
