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


def test_japanese_names_read_by_name_readings() -> None:
    # Japan Olympic team lists and the Prime Minister's Office, as published
    for han, latin in (("八村塁", "HACHIMURA RUI"), ("阿部詩", "ABE UTA"),
                       ("石川佳純", "ISHIKAWA KASUMI"), ("岸信介", "KISHI NOBUSUKE"),
                       ("羽生結弦", "HANYU YUZURU"), ("北口榛花", "HARUKA KITAGUCHI")):  # fmt: skip
        m = compare_names(han, latin)
        assert m.score >= DEFAULT_THRESHOLD, (han, latin, m.explanation())
        assert "read as a Japanese name" in m.explanation()


def test_a_name_read_in_part_says_which_part_and_is_no_hit() -> None:
    # 久保建英 KUBO TAKEFUSA: 英 FUSA is a name reading the table lacks
    m = compare_names("阿部詩", "ABE KASUMI")
    assert 0.0 < m.score < DEFAULT_THRESHOLD
    assert "阿部 read as a Japanese name as ABE" in m.explanation()
    assert "詩 ≠ KASUMI" in m.explanation()


def test_a_name_nothing_reads_never_scores_zero_silently() -> None:
    for han, latin in (("久保建英", "KUBO TAKEFUSA"), ("琹", "KEM"), ("八村塁", "X Y")):
        m = compare_names(han, latin)
        assert m.explanation(), (han, latin)


def test_chinese_names_against_pinyin_are_not_read_as_japanese() -> None:
    assert compare_names("陳美玲", "CHEN MEI-LAN").score < 0.95
    assert compare_names("林志玲", "LIN CHIH-LING").score >= DEFAULT_THRESHOLD
    assert "Japanese" not in compare_names("林志玲", "LIN CHIH-LING").explanation()


def test_dialect_names_against_pinyin_without_characters() -> None:
    # Wikipedia (en) "Sammo Hung" (洪金寶), Legislative Assembly of Macao (陳明金, 何潤生),
    # Wikipedia (en) "Chow Yun-fat" (周潤發): each against the Hanyu Pinyin of its characters
    for a, b in (("HUNG KAM-PO", "HONG JINBAO"), ("CHAN MENG KAM", "CHEN MINGJIN"),
                 ("HO ION SANG", "HE RUNSHENG"), ("CHOW YUN-FAT", "ZHOU RUNFA")):  # fmt: skip
        m = compare_names(a, b)
        assert m.score >= DEFAULT_THRESHOLD, (a, b, m.explanation())
    assert (
        "possibly the same character, e.g. 金"
        in compare_names("HUNG KAM-PO", "HONG JINBAO").explanation()
    )
    assert keys.query_keys(["HUNG KAM-PO"]) & keys.index_keys(["HONG JINBAO"])


def test_the_bridge_keeps_different_names_apart() -> None:
    # two Hong Kong given names (偉健, 偉強) and Taiwan's hyphenated Wade-Giles: not Pinyin
    assert compare_names("LEUNG WAI-KIN", "LIANG WEIQIANG").score < DEFAULT_THRESHOLD
    assert compare_names("CHAN YIK-SHUN", "CHEN YI-CHUN").score < DEFAULT_THRESHOLD
    # characters that are words' more than names' (監 KAM / JIAN, 鍋 WOH / GUO) bridge nothing
    assert compare_names("WONG KAH WOH", "WANG JIANGUO").score < DEFAULT_THRESHOLD
    # the surnames must relate: 洪 HUNG is not 孔 KONG
    assert compare_names("HUNG KAM-PO", "KONG JINBAO").score < DEFAULT_THRESHOLD


def test_korean_wha_and_gwoyeu_jih() -> None:
    # Wikipedia (en) "Kang Kyung-wha" (Hanja 康京和); Ministry of Agriculture (Taiwan),
    # Chen Junne-jih (陳駿季, GR JIH for 季) against the Hanyu Pinyin of the characters
    assert compare_names("康京和", "KANG KYUNG-WHA").score >= DEFAULT_THRESHOLD
    assert compare_names("CHEN JUNNE-JIH", "CHEN JUNJI").score >= DEFAULT_THRESHOLD
    # Wade-Giles 志 CHIH is not GR's 起 chih (qi): no new relation from that GR reading
    assert "Gwoyeu" not in compare_names("LIN CHIH-MING", "LIN QIMING").explanation()


def test_a_cantonese_surname_marks_the_dialect_side() -> None:
    # Wikipedia (en) "Christopher Hui" (許正宇) and "Tse Chin-wan" (謝展寰): every syllable
    # is also some Mandarin spelling, but HUI and TSE are Cantonese for 許 and 謝
    assert compare_names("HUI CHING-YU", "XU ZHENGYU").score >= DEFAULT_THRESHOLD
    assert compare_names("TSE CHIN-WAN", "XIE ZHANHUAN").score >= DEFAULT_THRESHOLD


def test_latin_names_with_diacritics_meet_the_readings() -> None:
    # Vietnamese as written with its diacritics, Japanese with a macron (Hepburn)
    assert compare_names("范文同", "Phạm Văn Đồng").score >= DEFAULT_THRESHOLD
    assert compare_names("安倍晉三", "Shinzō Abe").score >= DEFAULT_THRESHOLD
