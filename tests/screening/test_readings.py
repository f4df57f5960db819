"""Readings of names in characters beyond Chinese: Sino-Vietnamese (data/sino_vietnamese.tsv)
and Japanese name readings (data/japanese_names.tsv), both built by
scripts/build_readings.py from published packages. Real names, as published."""

from __future__ import annotations

from desktop.screening import keys, vietnamese
from desktop.screening.score import DEFAULT_THRESHOLD, compare_names


def test_sino_vietnamese_readings_of_real_names() -> None:
    # Wikipedia (en) "Võ Nguyên Giáp", "Ngo Dinh Diem", "Phạm Văn Đồng": chữ Hán given there
    for han, latin in (("武元甲", "VO NGUYEN GIAP"), ("吳廷琰", "NGO DINH DIEM"),
                       ("范文同", "PHAM VAN DONG"), ("阮富仲", "NGUYEN PHU TRONG")):  # fmt: skip
        m = compare_names(han, latin)
        assert m.score >= DEFAULT_THRESHOLD, (han, latin, m.explanation())
        assert "Sino-Vietnamese" in m.explanation()
    assert vietnamese.readings("武元甲")[:2] == ("VO NGUYEN GIAP", "VU NGUYEN GIAP")


def test_sino_vietnamese_reading_does_not_join_other_names() -> None:
    assert compare_names("武元甲", "VO VAN KIET").score < DEFAULT_THRESHOLD
    assert compare_names("陳美玲", "TRAN MY LAN").score < DEFAULT_THRESHOLD
    assert compare_names("阮富仲", "阮富中").score < DEFAULT_THRESHOLD  # characters: never


def test_a_traveller_in_chu_han_looks_up_the_vietnamese_spelling() -> None:
    listed = keys.index_keys(["NGUYEN PHU TRONG"])
    assert keys.query_keys(["阮富仲"]) & listed
