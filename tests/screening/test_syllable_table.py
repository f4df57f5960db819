"""The Tongyong / MPS II table: rebuilt from Zhuyin, checked against published spellings."""

from __future__ import annotations

from desktop.screening import syllable_table
from desktop.screening.chinese import syllable_rows

# Hanyu -> Tongyong, from the Ministry of Education comparison (as reproduced in the
# Simple English Wikipedia "Tongyong Pinyin" table).
TONGYONG = {
    "xi": "si", "xiu": "siou", "xing": "sing", "xu": "syu", "xue": "syue", "xuan": "syuan",
    "xun": "syun", "xiong": "syong", "qi": "ci", "qiu": "ciou", "qing": "cing", "qu": "cyu",
    "que": "cyue", "quan": "cyuan", "qun": "cyun", "qiong": "cyong", "wen": "wun",
    "si": "sih", "ci": "cih", "zi": "zih", "shi": "shih", "chi": "chih", "zhi": "jhih",
    "zhao": "jhao", "zhong": "jhong", "jiu": "jiou", "gui": "guei", "feng": "fong",
    "weng": "wong", "shui": "shuei", "chui": "chuei", "zhui": "jhuei", "ri": "rih",
    "rui": "ruei", "lü": "lyu", "nü": "nyu", "ju": "jyu",
}  # fmt: skip
# Hanyu -> MPS II (Ministry of Education 1986 rules: zh/j -> j, q/ch -> ch, x -> sh,
# z -> tz, c -> ts, empty rimes -r / -z, -iu -> -iou, -ui -> -uei, -ong -> -ung, ü -> iu).
MPS2 = {
    "zhi": "jr", "chi": "chr", "shi": "shr", "ri": "r", "zi": "tz", "ci": "tsz", "si": "sz",
    "xi": "shi", "qi": "chi", "ji": "ji", "jiu": "jiou", "gui": "guei", "zhong": "jung",
    "xiong": "shiung", "yong": "yung", "lü": "liu", "nü": "niu", "ju": "jiu", "xue": "shiue",
    "zhang": "jang", "cao": "tsau", "zou": "tzou", "wen": "wen", "dun": "duen",
    "xuan": "shiuan", "qun": "chiun", "yu": "yu", "yue": "yue",
}  # fmt: skip
WADE = {"zhang": "chang", "chen": "ch'en", "xie": "hsieh", "zi": "tzu", "si": "ssu",
        "ri": "jih", "bian": "pien", "jiu": "chiu", "qiu": "ch'iu"}  # fmt: skip


def _by_hanyu():
    return {r.hanyu: r for r in syllable_rows()}


def test_committed_tsv_is_what_the_rules_build():
    rows = syllable_table.build_rows()
    assert len(rows) > 390
    assert [tuple(r.__dict__.values()) for r in syllable_rows()] == rows


def test_tongyong_matches_the_published_table():
    rows = _by_hanyu()
    assert {py: rows[py].tongyong for py in TONGYONG} == TONGYONG


def test_mps2_matches_the_published_rules():
    rows = _by_hanyu()
    assert {py: rows[py].mps2 for py in MPS2} == MPS2


def test_wade_giles_from_pypinyin():
    rows = _by_hanyu()
    assert {py: rows[py].wade for py in WADE} == WADE


def test_source_is_cited_in_the_data_file():
    head = syllable_table.TSV.read_text(encoding="utf-8").splitlines()[:8]
    assert any("Ministry of Education" in line for line in head)
    assert any("Bureau of Consular Affairs" in line for line in head)
