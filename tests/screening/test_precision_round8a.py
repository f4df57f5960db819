"""Issue 12, eighth round, Chinese classes (names-prec8a): close names of different
people in Chinese romanisations that a published table separates, and the spellings of
one person's name that must keep matching."""

from __future__ import annotations

import pytest

from tests.screening.name_checks import apart as _apart
from tests.screening.name_checks import lifted as _lifted
from tests.screening.name_checks import matches as _matches

# --- Hong Kong surnames a far vowel apart: the table's two families -------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("LIU KA WAI", "LAU KA WAI"),  # 廖 / 劉 (eleventh part)
        ("YIU MEI WAH", "YAU MEI WAH"),  # 姚 / 邱 (eleventh part)
        ("LAU WAI KEUNG", "LIU WAI KEUNG"),
    ],
)
def test_hong_kong_surnames_a_far_vowel_apart_are_two_families(a, b):
    _apart(a, b, "name.distinct_surname_chars_hk")


@pytest.mark.parametrize(
    "a,b",
    [
        ("LIU KA-MAN", "LUI KA-MAN"),  # a transposition (review names3 r3, finding 5)
        ("YAU KA WAI", "YU KA WAI"),  # a letter dropped
        ("TAM KA MAN", "TAN KA MAN"),  # M and N: neighbouring keys, a possible slip
    ],
)
def test_one_keying_step_between_hong_kong_surnames_stays_a_possible_slip(a, b):
    _matches(a, b)


def test_hong_kong_surname_rule_lifted_when_birth_date_and_nationality_agree():
    _lifted("LIU KA WAI", "LAU KA WAI", "HKG")


# --- mainland Pinyin: a given name's syllables written joined -------------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("YANG YUHANG", "YANG YUHAN"),  # 宇航 / 雨涵 (eleventh part)
        ("HONG SHENHAN", "HONG SHENGHAN"),  # sixth part
        ("LU JUNMING", "LU JUNMIN"),  # eighth part
    ],
)
def test_joined_pinyin_given_names_keep_n_and_ng_apart(a, b):
    _apart(a, b, "name.distinct_finals")


@pytest.mark.parametrize(
    "a,b",
    [
        ("TSAI I-LING", "CAI YILIN"),  # Taiwan's Wade-Giles against Pinyin: Taiwan's merge
        ("LAI SHIN-YUAN", "LAI XINGYUAN"),
        ("YANG YUHANG", "YANG, YU HANG"),  # one spelling, joined and apart
        ("LIN MEI LING", "LIN MEI LIN"),  # apart, as Malaysia and the MRZ write it: left
        ("TAN MEILING", "TAN MEILIN"),  # a southern surname: Singapore's, not the mainland's
    ],
)
def test_n_and_ng_stay_one_outside_two_joined_pinyin_names(a, b):
    _matches(a, b)


def test_joined_pinyin_rule_lifted_when_birth_date_and_nationality_agree():
    _lifted("YANG YUHANG", "YANG YUHAN", "CHN")


# --- a given syllable whose initial no table writes for its character -----------------


@pytest.mark.parametrize(
    "han,latin",
    [
        ("黃雅婷", "HUANG YA-LING"),  # 婷 TING; LING is 玲 (fifth part)
        ("徐雅萍", "HSU YA-TING"),  # 萍 PING; TING is 婷 (tenth part)
        ("吳佳蓉", "WU CHIA-LING"),  # 蓉 JUNG / RONG / YUNG; LING is 玲 (eleventh part)
        ("莊凱翔", "CHUANG KAI-YANG"),  # 翔 HSIANG; YANG is 揚 (twelfth part)
        ("邱瑞祥", "CHIU JUI-HUNG"),  # 祥 HSIANG; HUNG is 宏 (tenth part)
        ("黃雅婷", "HUANG YALING"),  # Pinyin too
    ],
)
def test_a_given_syllable_of_another_initial_is_another_character(han, latin):
    _apart(han, latin, "name.distinct_char_initial")


@pytest.mark.parametrize(
    "han,latin",
    [
        ("郝柏村", "HAU PEI-TSUN"),  # customary spellings the tables lack keep the initial
        ("張榮發", "CHANG YUNG-FA"),
        ("劉炯朗", "LIU CHUNG-LAUNG"),
        # 黃振榮 / HUANG CHEN-HUNG (J and H neighbouring keys) was kept here as a possible
        # slip; HUNG is 宏's exact Wade-Giles, and a seen part labels the pair two people:
        # capped since names-post16a (test_precision_post16a.py)
        ("徐順全", "CHEE SOON JUAN"),  # Singapore's Hokkien: no Mandarin name
        ("彭淮南", "PERNG FAI-NAN"),  # 淮 FAI: a customary spelling of no common name
        ("黃雅婷", "HUANG YA-TING"),
        ("蔡英文", "TSAI ING-WEN"),
    ],
)
def test_customary_spellings_and_slips_of_a_given_character_still_match(han, latin):
    _matches(han, latin)


def test_given_initial_rule_lifted_when_birth_date_and_nationality_agree():
    _lifted("黃雅婷", "HUANG YA-LING", "TWN")


# --- a name spelt in Gwoyeu Romatzyh: -n and -ng are the characters' -----------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("HSIEH MEEI-LING", "HSIEH MEEI-LIN"),  # MEEI: GR's tonal 美 (ninth part)
        ("HARN DER-MING", "HARN DER-MIN"),  # DER: GR's 德 (twelfth part)
    ],
)
def test_n_and_ng_are_two_syllables_in_a_gwoyeu_name(a, b):
    _apart(a, b, "name.distinct_finals_gwoyeu")


@pytest.mark.parametrize(
    "a,b",
    [
        ("HSIEH MEEI-LING", "HSIEH MEI-LIN"),  # one side not spelt in GR: Taiwan's merge
        ("黃美玲", "HWANG MEEI-LIN"),  # LIN is 玲 in Hokkien
        ("江丙坤", "CHIANG PIN-KUNG"),  # Wade-Giles by ear: the merge stays
        ("WANG CHIEN-MING", "WANG CHIEN-MIN"),  # no GR syllable: the withdrawn rule's
    ],
)
def test_n_and_ng_stay_one_outside_two_gwoyeu_names(a, b):
    _matches(a, b)


def test_gwoyeu_finals_rule_lifted_when_birth_date_and_nationality_agree():
    _lifted("HARN DER-MING", "HARN DER-MIN", "TWN")


# --- characters against a name spelt from the tables: one syllable another character's


@pytest.mark.parametrize(
    "han,latin",
    [
        ("吳承哲", "WU CHENG-CHIEH"),  # 哲 CHE; CHIEH is 傑 (thirteenth part)
        ("李明哲", "LI MING-CHIEH"),
        ("陳美玲", "CHEN MEI-LAN"),  # 玲 LING; LAN is 蘭 (fourth part)
        ("林佩君", "LIN PEI-CHEN"),  # 君 CHUN; CHEN is 貞 / 真 (sixth part)
        ("鄭宇翔", "CHENG YU-HSUAN"),  # 翔 HSIANG; HSUAN is 軒 (fifth part)
        ("林美惠", "LIN MEIHUA"),  # 惠 HUI; HUA is 華 (eighth part)
    ],
)
def test_one_syllable_of_another_character_in_a_name_spelt_from_the_tables(han, latin):
    _apart(han, latin, "name.distinct_char_syllable")


@pytest.mark.parametrize(
    "han,latin",
    [
        ("郝柏村", "HAU PEI-TSUN"),  # HAU: a customary surname, a name spelt by custom
        ("劉炯朗", "LIU CHUNG-LAUNG"),  # LAUNG: no table's
        ("陳茂波", "CHAN MO-PO"),  # Hong Kong's CHAN
        ("包玉剛", "PAO YUE-KONG"),  # Cantonese KONG
        ("楊佳玲", "YANG CHIA-LUN"),  # U and I: neighbouring keys, a possible slip
        ("周杰倫", "CHOU CHIEH-LUN"),
        ("施明德", "SHIH MING-TEH"),
        ("朱立倫", "CHU LI-LUAN"),
        ("孫運璿", "SUN YUN-SUAN"),
        ("黃偉哲", "HUANG WEI-CHE"),
        ("王芳", "WANG FENG"),  # two words apart: not told whose (review names6, finding 1)
    ],
)
def test_names_spelt_by_custom_keep_matching_their_characters(han, latin):
    _matches(han, latin)


def test_given_syllable_rule_lifted_when_birth_date_and_nationality_agree():
    _lifted("吳承哲", "WU CHENG-CHIEH", "TWN")


# --- Macau: 鄭 CHEANG by the Macau government's romanisation --------------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("CHEONG KA CHON", "CHEANG KA CHON"),  # 張 / 鄭 (thirteenth part)
        ("CHEANG VENG KEONG", "CHEONG VENG KEONG"),  # twelfth part
        ("CHEANG CHI MENG", "CHEONG CHI MENG"),  # eighth part
    ],
)
def test_macau_cheang_and_cheong_are_two_families(a, b):
    _apart(a, b, "name.distinct_surname_chars")


@pytest.mark.parametrize(
    "a,b",
    [
        ("鄭志明", "CHEANG CHI MENG"),  # Jyutping zeng6: Macau -EANG (石 sek6 SEAC)
        ("CHEANG KA CHON", "CHENG KA CHON"),  # 鄭 in Macau and Hong Kong
        ("IEONG SOK I", "LEONG SOK I"),  # a look-alike stays a misread
        ("CHAU KA CHON", "CHOW KA CHON"),  # 周
    ],
)
def test_one_macau_surname_and_a_misread_still_match(a, b):
    _matches(a, b)


def test_macau_surname_rule_lifted_when_birth_date_and_nationality_agree():
    _lifted("CHEONG KA CHON", "CHEANG KA CHON", "MAC")
