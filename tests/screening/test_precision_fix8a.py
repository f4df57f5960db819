"""Issue 12, review n8a of the eighth round's Chinese rules (names-fix8a): the one
person's spellings the review found capped, which must match again, and each mended
rule's own capped pairs, which must stay apart."""

from __future__ import annotations

import pytest

from tests.screening.name_checks import apart as _apart
from tests.screening.name_checks import codes as _codes
from tests.screening.name_checks import lifted as _lifted
from tests.screening.name_checks import matches as _matches

# --- finding 1: a customary GR surname tells nothing of the given name ----------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("CHERN MING-LING", "CHERN MING-LIN"),  # 陳's GR CHERN, given name by ear
        ("TSAY YING-WEN", "TSAY YIN-WEN"),  # 蔡
        ("SHYU CHIA-LING", "SHYU CHIA-LIN"),  # 徐
        ("HORNG CHIEN-MING", "HORNG CHIEN-MIN"),  # 洪
        ("CHERNG MEI-LING", "CHERNG MEI-LIN"),  # 程
        ("PERNG FAI-NAN", "PERNG FAI-NANG"),  # 彭
        ("TARNG YU-LING", "TARNG YU-LIN"),  # 唐
        ("SHEU MEI-LING", "SHEU MEI-LIN"),  # 許
    ],
)
def test_a_gwoyeu_surname_alone_leaves_taiwans_n_ng_merge(a, b):
    assert "name.distinct_finals_gwoyeu" not in _codes(a, b)
    _matches(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("MA YING-JEOU", "MA YIN-JEOU"),  # JEOU: GR's 九, in the given name
        ("YEH MEEI-LING", "YEH MEEI-LIN"),  # MEEI: GR's 美
        ("HARN DER-MING", "HARN DER-MIN"),  # a GR surname and a GR given syllable
        ("YU SHYI-KUN", "YU SHYI-KUNG"),  # SHYI: GR's 錫
    ],
)
def test_a_gwoyeu_given_name_keeps_n_and_ng_apart(a, b):
    _apart(a, b, "name.distinct_finals_gwoyeu")


def test_gwoyeu_given_rule_still_lifted_when_birth_date_and_nationality_agree():
    _lifted("MA YING-JEOU", "MA YIN-JEOU", "TWN")


# --- finding 2: two Latin names, both joined Pinyin, is the joined rule's only case ----


@pytest.mark.parametrize(
    "a,b",
    [
        ("王建民", "WANG JIANMING"),  # Wang Chien-ming's own 民 MING: Taiwan's merge
        ("蔡英文", "CAI YINWEN"),
        ("郭晶晶", "GUO JINJING"),
        ("楊丞琳", "YANG CHENLIN"),
        ("戴資穎", "DAI ZIYIN"),
        ("HAN JIMIN", "HAN JIMING"),  # Han Ji-min: Korean RR, where no block is MING
        ("CHONG MEILING", "CHONG MEILIN"),  # 張 in Hakka and Cantonese
        ("TANG MEILING", "TANG MEILIN"),  # 鄧 in Cantonese
        ("HENG MEILING", "HENG MEILIN"),  # 王 in Teochew
        ("PANG MEILING", "PANG MEILIN"),  # 彭 in Cantonese (its Pinyin is PENG)
        ("YANG YUHANG", "YANG YU HAN"),  # joined against spaced: left to the older rules
        ("LIU JIANGUO", "LIU JIANG GUO"),
    ],
)
def test_joined_pinyin_rule_judges_two_latin_joined_names_only(a, b):
    assert "name.distinct_finals" not in _codes(a, b)
    _matches(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("YANG YUHANG", "YANG YUHAN"),  # 宇航 / 雨涵 (eleventh part)
        ("HONG SHENHAN", "HONG SHENGHAN"),  # sixth part
        ("LU JUNMING", "LU JUNMIN"),  # eighth part
        ("CHEN MEILING", "CHEN MEILIN"),  # a Pinyin surname
        ("GU AILING", "GU AILIN"),  # GU is Korean too, AI no Korean name block: Pinyin
        ("WANG YUHANG", "WANG YUHAN"),  # HAN and HANG both Korean blocks: no RR slip
    ],
)
def test_two_joined_pinyin_names_keep_n_and_ng_apart(a, b):
    _apart(a, b, "name.distinct_finals")


def test_joined_rule_still_lifted_when_birth_date_and_nationality_agree():
    _lifted("HONG SHENHAN", "HONG SHENGHAN", "CHN")


# --- finding 5: Singapore / Malaysia's mixed given names keep Macau's Cantonese mark ----


def test_mixed_southern_given_names_keep_the_customary_cantonese_mark():
    # the union built from `groups(w, True)`: VAI 偉, a given syllable only Macau's
    # customary table spells, counts Cantonese beside Hokkien SOON, as in the other branch
    from desktop.screening import score

    assert "C" in score._shared_kinds("CHEANG", "CHEONG", ["SOON", "VAI"], score._macau_groups)
