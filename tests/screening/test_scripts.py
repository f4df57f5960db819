"""Names in Thai and Devanagari script: read in Latin letters (RTGS; the Hindi name
spelling), so that they meet the passport spelling instead of vanishing."""

from __future__ import annotations

import pytest

from desktop.screening.brahmic import romanise
from desktop.screening.keys import index_keys, query_keys
from desktop.screening.score import DEFAULT_THRESHOLD, compare_names


@pytest.mark.parametrize(
    ("script", "latin"),
    [
        ("ทักษิณ ชินวัตร", "THAKSIN CHINWAT"),
        ("อภิสิทธิ์ เวชชาชีวะ", "APHISIT WETCHACHIWA"),  # ์ silences ธิ
        ("ประยุทธ์ จันทร์โอชา", "PRAYUT CHANOCHA"),  # ประ: a cluster; ทร์ silent
        ("อนุทิน", "ANUTHIN"),  # อ with the inherent A
        ("สมชาย", "SOMCHAI"),  # closed syllable with the inherent O
        ("รัชนก อินทนนท์", "RATNOK INTHANON"),
        ("เชียงใหม่", "CHIANGMAI"),  # preposed vowels, tone mark dropped
        ("नरेन्द्र मोदी", "NARENDRA MODI"),  # final a kept after a cluster
        ("मनमोहन सिंह", "MANMOHAN SINH"),  # inherent a dropped in VC_CV and at the end
        ("सचिन तेंदुलकर", "SACHIN TENDULKAR"),
        ("नीरज चोपड़ा", "NIRAJ CHOPRA"),  # ड़ with nukta is R
    ],
)
def test_romanised(script, latin):
    assert romanise(script) == latin


@pytest.mark.parametrize(
    ("script", "passport"),
    [
        ("ทักษิณ ชินวัตร", "THAKSIN SHINAWATRA"),
        ("ยิ่งลักษณ์ ชินวัตร", "YINGLUCK SHINAWATRA"),
        ("อภิสิทธิ์ เวชชาชีวะ", "APHISIT WETCHACHIWA"),  # the RTGS passport spelling
        ("อนุทิน ชาญวีรกูล", "ANUTIN CHARNVIRAKUL"),
        ("नरेन्द्र मोदी", "NARENDRA MODI"),
        ("राहुल गांधी", "RAHUL GANDHI"),
        ("नीरज चोपड़ा", "NEERAJ CHOPRA"),
    ],
)
def test_a_name_in_thai_or_devanagari_matches_its_passport_spelling(script, passport):
    m = compare_names(script, passport)
    assert m.score >= DEFAULT_THRESHOLD, m.explanation()


def test_different_names_in_thai_script_do_not_match():
    assert compare_names("ทักษิณ ชินวัตร", "ANUTIN CHARNVIRAKUL").score < DEFAULT_THRESHOLD


def test_a_name_in_devanagari_is_keyed_and_found_by_its_latin_spelling():
    listed = set(index_keys(["नरेन्द्र मोदी"]))
    assert listed
    assert listed & set(query_keys(["NARENDRA MODI"]))


def test_a_name_nothing_pairs_with_still_says_why():
    # 久保建英 (KUBO TAKEFUSA) against another surname: no reading pairs anything
    m = compare_names("久保建英", "MORI TAKEFUSA")
    assert m.score < DEFAULT_THRESHOLD
    assert str(m.explanation()) == "久保建英 ≠ MORI TAKEFUSA"
    # 阿部詩 ABE UTA, missed while pykakasi's 詩 SHI was the only Japanese reading, is
    # read by name readings since (test_readings.py)
    assert compare_names("阿部詩", "ABE UTA").score >= DEFAULT_THRESHOLD


def test_arabic_script_article_and_initial_ain():
    from desktop.screening.translit import to_latin

    assert to_latin("عبد الفتاح السيسي") == "ABD AL-FTAH AL-SYSY"
    assert to_latin("حسن نصر الله") == "HSN NSR ALLH"  # ALLAH keeps its article
    m = compare_names("عبد الفتاح السيسي", "ABDEL FATTAH EL-SISI")
    assert m.score >= DEFAULT_THRESHOLD, m.explanation()
