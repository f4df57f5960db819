"""Issue 12, tenth round, Chinese names in characters against Latin (names-prec10b): a
given syllable reached only through a Cantonese reading of its character, or one
keying step from a dialect's reading no Mandarin passport prints, in a name otherwise
spelt from the Mandarin tables; and the spellings of one person's name that must keep
matching."""

from __future__ import annotations

import pytest

from tests.screening.name_checks import apart as _apart
from tests.screening.name_checks import lifted as _lifted
from tests.screening.name_checks import matches as _matches

# --- a Cantonese reading of one given character in a Mandarin name -------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("魏宗翰", "WEI JUNG-HAN"),  # 宗 TSUNG; JUNG is 榮 (fourteenth part)
        ("卓正德", "CHO CHING-TE"),  # 正 CHENG; CHING is 靜 / 清 (fourteenth part)
        ("游淑貞", "YU SHU-CHING"),  # 貞 CHEN (eleventh part)
        ("周正雄", "CHOU CHING-HSIUNG"),
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
        ("江子軒", "CHIANG CHU-HSUAN"),  # Hokkien CHU: Taiwan's own dialect, left
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


def test_the_dialect_slip_rule_is_lifted_when_the_facts_agree():
    _lifted("許振輝", "HSU CHEN-HUA", "TWN")
