"""Issue 12, tenth round, Chinese names in characters against Latin (names-prec10b): a
given syllable reached only through a Cantonese reading of its character, or one
keying step from a dialect's reading no Mandarin passport prints, in a name otherwise
spelt from the Mandarin tables; and the spellings of one person's name that must keep
matching."""

from __future__ import annotations

import pytest

from desktop.screening.score import DEFAULT_THRESHOLD, compare_names
from tests.screening.name_checks import apart as _apart
from tests.screening.name_checks import lifted as _lifted
from tests.screening.name_checks import matches as _matches

# --- a Cantonese reading of one given character in a Mandarin name -------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("魏宗翰", "WEI JUNG-HAN"),  # 宗 TSUNG; JUNG is 榮 (fourteenth part)
        ("林佳蓉", "LIN CHIA-YUNG"),  # 蓉 JUNG; YUNG is 永 / 勇
        ("王松德", "WANG CHUNG-TE"),  # 松 SUNG; CHUNG is 中 / 忠
    ],
)
def test_a_cantonese_reading_in_a_mandarin_name_is_another_character(a, b):
    _apart(a, b, "name.distinct_char_cantonese")


@pytest.mark.parametrize(
    "a,b",
    [
        ("魏宗翰", "WEI TSUNG-HAN"),  # the table's spellings
        ("卓正德", "CHO CHENG-TE"),
        ("游淑貞", "YU SHU-CHEN"),
        ("陳宗憲", "CHEN CHUNG-HSIEN"),  # CH for TS: Taiwanese Mandarin's merge, by ear
        ("何志雄", "HO CHI-HUNG"),  # a Hong Kong name: HO is 何's Cantonese too
        ("陳志強", "CHAN CHI-KEUNG"),  # Cantonese throughout
        ("江子軒", "CHIANG CHU-HSUAN"),  # Hokkien CHU: Taiwan's own tongue, left
        ("卓宗介", "CHO TSUNG-KAI"),  # 介 KAI: Hokkien as well as Cantonese, left
        ("劉松藩", "LIU SUNG-PAN"),  # 藩 PAN as Taiwan reads it (review n10b)
        ("蔡明介", "TSAI MING-KAI"),  # MediaTek's chairman, seen
        ("洪申翰", "HUNG SUN-HAN"),  # seen (sixth part)
        ("范徐麗泰", "FAN HSU LAI-TAI"),  # seen
    ],
)
def test_one_persons_spellings_of_those_names_keep_matching(a, b):
    _matches(a, b)


def test_the_cantonese_reading_rule_is_lifted_when_the_facts_agree():
    _lifted("魏宗翰", "WEI JUNG-HAN", "TWN")


# --- one keying step from a reading no Mandarin passport prints ------------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("許志偉", "HSU CHIH-HUI"),  # 偉 WEI; Hokkien UI + H is 輝 / 惠 (fifth part)
        ("許振輝", "HSU CHEN-HUA"),  # 輝 HUI; Hokkien HUAY - Y is 華 (eighth part)
        ("曾淑芬", "ZENG SHUFANG"),  # 芬 FEN; Cantonese FAN + G is 芳 (eighth part)
        ("趙家瑋", "ZHAO JIAHUI"),  # 瑋 WEI (ninth part)
        ("康家齊", "KANG CHIA-CHIEH"),  # 齊 CHI; Hokkien CHEH + I is 傑 (tenth part)
        ("江子軒", "CHIANG SHU-HSUAN"),  # 子 TZU; Hokkien CHU, S for C: 淑 (fourteenth)
    ],
)
def test_a_slip_of_a_dialect_reading_is_another_character(a, b):
    _apart(a, b, "name.distinct_char_reading")


@pytest.mark.parametrize(
    "a,b",
    [
        ("許志偉", "HSU CHIH-WEI"),
        ("許志偉", "HSU CHIH-WEU"),  # a slip of the table's WEI stays a possible slip
        ("許振輝", "HSU CHEN-HUEI"),  # Tongyong
        ("曾淑芬", "ZENG SHUFEN"),
        ("康家齊", "KANG CHIA-CHI"),
        ("江子軒", "CHIANG TZE-HSUAN"),  # Taiwan's customary TZE
        ("張榮發", "CHANG YUNG-FA"),  # the customary spellings the eighth round kept
        ("郝柏村", "HAU PEI-TSUN"),
        ("劉炯朗", "LIU CHUNG-LAUNG"),
    ],
)
def test_table_spellings_and_their_slips_keep_matching(a, b):
    _matches(a, b)


def test_a_table_syllable_of_a_character_off_the_given_list_is_judged_too():
    # HSIUNG is 雄's (and the surname 熊's), which the common given-name list lacks
    _apart("郭信宏", "KUO HSIN-HSIUNG", "name.distinct_char_syllable")  # ninth part
    _matches("郭信雄", "KUO HSIN-HSIUNG")
    _matches("郭信宏", "KUO HSIN-HUNG")


def test_the_dialect_slip_rule_is_lifted_when_the_facts_agree():
    _lifted("許振輝", "HSU CHEN-HUA", "TWN")


# --- one letter struck for a far one in a syllable of a Latin Chinese name -------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("TAN AH KOW", "TAN AH KOK"),  # 九 / 國 (fourteenth part)
        ("LAN CHENG-HSIUNG", "LAN CHENG-HSIANG"),  # 雄 / 祥 (eleventh part)
        ("LIN MING-DER", "LIN MING-DAR"),  # GR: 德 / 達 (eighth part)
    ],
)
def test_a_far_letter_in_one_given_syllable_is_another_character(a, b):
    _apart(a, b, "name.distinct_syllable_letter")


@pytest.mark.parametrize(
    "a,b",
    [
        ("TAN KIM HOCK", "TAN KIM HOOK"),  # C and O: no syllable HOOK, a possible slip
        ("TAN AH KOW", "TAN AH KOU"),  # one syllable in GR and Pinyin
        ("TAN CHEE KEONG", "TAN CHEE KEONH"),  # G and H neighbouring keys
        ("ONG TENG CHEONG", "ONG TING CHEONG"),  # E and I neighbouring keys
        ("WONG KAN SENG", "WONG KAN SING"),  # 成 in Hokkien and Cantonese
        ("LEE KUAN YEW", "LEE KUAN YAW"),  # 耀 in two tables
        ("TAN BOON HWA", "TAN BOON HUA"),  # 華: GR and Pinyin
        ("LEONG KA IAN", "LEONG KA IAN"),
        # one character spelt both ways by one table or two (review n10b): 生 Hokkien
        # SENG, Cantonese SANG; 恒 HENG / HANG; 佩 PEI / PUI; 덕 DEOK, customary DEUK
        ("TAN KIM SENG", "TAN KIM SANG"),
        ("HO IAT SENG", "HO IAT SANG"),
        ("LIM BOON HENG", "LIM BOON HANG"),
        ("LEE PEI SAN", "LEE PUI SAN"),
        ("KIM JE-DEOK", "KIM JE-DEUK"),
        ("KIM JE DEOK", "KIM JE DEUK"),
    ],
)
def test_a_syllables_spellings_and_keying_slips_keep_matching(a, b):
    _matches(a, b)


def test_the_far_letter_rule_is_lifted_when_the_facts_agree():
    _lifted("TAN AH KOW", "TAN AH KOK", "SGP")


# --- two names in characters, one character another -----------------------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("佐々木 真由美", "佐々木 麻由美"),  # 真 / 麻, both MAYUMI (fourteenth part)
        ("佐々木真由美", "佐々木麻由美"),
        ("長谷川 美穂子", "長谷川 美保子"),  # 穂 / 保
    ],
)
def test_a_long_name_in_characters_with_one_character_another_is_another_name(a, b):
    _apart(a, b, "name.distinct_han_chars")


@pytest.mark.parametrize(
    "a,b",
    [
        ("佐藤 真由美", "佐藤 眞由美"),  # 眞 / 真: one character's two forms, one reading
        ("渡辺 恵美子", "渡邊 惠美子"),  # shinjitai and the Traditional form
        ("桜井 翔太郎", "櫻井 翔太郎"),
        ("张伟明", "張偉明"),  # Simplified and Traditional
        ("佐々木 希", "佐佐木 希"),  # the iteration mark
    ],
)
def test_one_names_forms_in_characters_keep_matching(a, b):
    _matches(a, b)


def test_the_characters_rule_is_lifted_when_the_facts_agree():
    _lifted("佐々木 真由美", "佐々木 麻由美", "JPN")


# --- one character's written forms (review n10b) --------------------------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("斎藤 健", "斉藤 健"),  # Saitō: 斉 / 斎 / 齊 / 齋 are itaiji, no reading shared
        ("斎藤", "斉藤"),  # written the Japanese way by its forms alone
        ("斉藤 健", "齋藤 健"),
        ("長谷川 伝之助", "長谷川 傳之助"),  # shinjitai / kyujitai, 伝 in GB2312
        ("山本 芸子", "山本 藝子"),
        ("周杰倫", "周傑倫"),  # 杰 / 傑
        ("浜田 雅功", "濱田 雅功"),
        ("渡辺 謙", "渡邉 謙"),
        ("高橋 健", "髙橋 健"),
    ],
)
def test_a_name_written_with_a_variant_character_is_the_same_name(a, b):
    _matches(a, b)


def test_variant_forms_do_not_join_two_characters_of_one_reading():
    _apart("佐々木 真由美", "佐々木 麻由美", "name.distinct_han_chars")


@pytest.mark.parametrize(
    "a,b",
    [
        ("范志明", "范誌明"),  # 志 is 誌's Simplified form and a character of its own
        ("林淑芸", "林淑藝"),  # a Chinese name: 芸 yún is no shinjitai of 藝 here
        ("康家齊", "康家齋"),  # 齊 qí / 齋 zhāi: one only in a Japanese name
    ],
)
def test_a_chinese_characters_own_form_is_no_variant(a, b):
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD, m.explanation()
