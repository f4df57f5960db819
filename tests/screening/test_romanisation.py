"""Each romanisation system both ways, Han vs Latin, across systems and dialects."""

from __future__ import annotations

import pytest

from desktop.screening import chinese
from desktop.screening.score import DEFAULT_THRESHOLD, compare_names

# (Han, {system: passport spelling}) checked against published spellings.
NAMES = [
    ("陳水扁", {chinese.HANYU: "CHEN SHUI-BIAN", chinese.WADE: "CHEN SHUI-PIEN",
              chinese.TONGYONG: "CHEN SHUEI-BIAN", chinese.MPS2: "CHEN SHUEI-BIAN",
              chinese.CANTONESE: "CHAN SHUI BIN"}),
    ("張學友", {chinese.HANYU: "ZHANG XUE-YOU", chinese.WADE: "CHANG HSUEH-YU",
              chinese.TONGYONG: "JHANG SYUE-YOU", chinese.MPS2: "JANG SHIUE-YOU",
              chinese.CANTONESE: "CHEUNG HOK YAU"}),
    ("謝長廷", {chinese.HANYU: "XIE CHANG-TING", chinese.WADE: "HSIEH CHANG-TING",
              chinese.TONGYONG: "SIE CHANG-TING", chinese.MPS2: "SHIE CHANG-TING",
              chinese.CANTONESE: "TSE CHEUNG TING"}),
    ("周子瑜", {chinese.HANYU: "ZHOU ZI-YU", chinese.WADE: "CHOU TZU-YU",
              chinese.TONGYONG: "JHOU ZIH-YU", chinese.MPS2: "JOU TZ-YU",
              chinese.CANTONESE: "CHOW TSZ YU"}),
    ("呂秀蓮", {chinese.HANYU: "LYU XIU-LIAN", chinese.WADE: "LU HSIU-LIEN",
              chinese.TONGYONG: "LYU SIOU-LIAN", chinese.MPS2: "LIU SHIOU-LIAN",
              chinese.CANTONESE: "LUI SAU LIN"}),
]  # fmt: skip
CASES = [(han, system, latin) for han, forms in NAMES for system, latin in forms.items()]


@pytest.mark.parametrize(("han", "system", "latin"), CASES)
def test_han_to_each_system(han, system, latin):
    words = latin.replace("-", " ").lower().split()
    produced = chinese.romanise(han, system)
    readings = [chinese.romanisations(ch) for ch in han]
    # the spelling on the document is one of the character's readings in that system
    for word, ch_readings in zip(words, readings, strict=True):
        assert word in ch_readings, (word, system, ch_readings)
    assert len(produced) == len(han)


@pytest.mark.parametrize(("han", "system", "latin"), CASES)
def test_each_system_back_to_han(han, system, latin):
    for a, b in ((han, latin), (latin, han), (chinese.to_simplified(han), latin)):
        m = compare_names(a, b)
        assert m.score >= 0.95, (a, b, m.reasons)


@pytest.mark.parametrize(("han", "forms"), NAMES)
def test_systems_match_each_other(han, forms):
    for s1, a in forms.items():
        for s2, b in forms.items():
            m = compare_names(a, b)
            assert m.score >= DEFAULT_THRESHOLD, (s1, s2, a, b, m.reasons)


def test_the_issue_example():
    for a in ("陳水扁", "CHEN SHUI-BIAN", "CHEN SHUI PIEN", "CHAN SHUI BIN", "CHEN<<SHUI<BIAN"):
        for b in ("陳水扁", "CHEN SHUI-BIAN", "CHEN SHUI PIEN", "CHAN SHUI BIN", "SHUIBIAN CHEN"):
            assert compare_names(a, b).score >= DEFAULT_THRESHOLD, (a, b)


def test_explanations_name_the_systems():
    m = compare_names("CHEN SHUI-BIAN", "CHEN SHUI PIEN")
    assert "Wade-Giles" in m.explanation() and "ㄅㄧㄢ" in m.explanation()
    m = compare_names("陳水扁", "CHAN SHUI BIN")
    assert "Cantonese" in m.explanation()
    m = compare_names("WANG XIAOMING", "WONG SIU MING")
    assert "王" in m.explanation()


def test_what_nomenklatura_misses():
    assert compare_names("ZHANG WEI", "JANG WEI").score >= DEFAULT_THRESHOLD
    assert compare_names("WANG XIAOMING", "WONG SIU MING").score >= DEFAULT_THRESHOLD
    assert compare_names("王小明", "WANG XIAOMING").score == 1.0


def test_different_chinese_names_do_not_match():
    assert compare_names("CHEN SHUI-BIAN", "CHEN SHUI").score < DEFAULT_THRESHOLD
    assert compare_names("WANG XIAO MING", "WANG XIAO LING").score < DEFAULT_THRESHOLD
    assert compare_names("陳水扁", "林水扁").score < DEFAULT_THRESHOLD
    assert compare_names("LIN SHU-FEN", "CHEN SHU-FEN").score < DEFAULT_THRESHOLD
