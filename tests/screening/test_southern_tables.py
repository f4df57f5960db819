"""The reading tables built from published packages (scripts/build_southern.py):
Hokkien readings of given-name characters (taibun's Tai-lo, converted to the spellings
of Singapore and Malaysian documents) and Korean readings of Hanja."""

from desktop.screening import chinese
from desktop.screening.score import DEFAULT_THRESHOLD, compare_names


def _match(a: str, b: str) -> bool:
    return compare_names(a, b).score >= DEFAULT_THRESHOLD


def test_hokkien_tailo_is_spelt_as_singapore_documents_spell_it():
    assert chinese.hokkien_passport_forms("siu") == ("siu", "siew", "sew")
    assert "kean" in chinese.hokkien_passport_forms("kian")
    assert "koh" in chinese.hokkien_passport_forms("khoo")  # aspirate written without H
    assert "yew" in chinese.hokkien_passport_forms("iu")  # no initial: I- written Y-
    assert chinese.hokkien_passport_forms("ng") == ("ng",)  # syllabic NG (黃)
    assert "poh" in chinese.hokkien_spellings("寶") and "see" in chinese.hokkien_spellings("时")


def test_hokkien_given_names_of_singaporeans_match_their_characters():
    m = compare_names("陳修信", "TAN SIEW SIN")
    assert m.score >= DEFAULT_THRESHOLD and "SIEW = 修 (Hokkien)" in m.explanation()
    m = compare_names("駱建佑", "LOH KEAN YEW")  # KEAN one syllable, not KE-AN
    assert m.score >= DEFAULT_THRESHOLD and "KEAN = 建 (Hokkien)" in m.explanation()
    assert _match("詹時中", "CHIAM SEE TONG")


def test_hokkien_readings_do_not_join_different_given_names():
    assert not _match("陳修信", "TAN SEE SIN")  # 時 SEE is not 修
    assert not _match("詹時中", "CHIAM SIEW TONG")


def test_the_tables_name_their_source_and_licence():
    head = (chinese.DATA / "hokkien_tailo.tsv").read_text(encoding="utf-8")[:600]
    assert "taibun" in head and "CC BY-SA 4.0" in head
    head = (chinese.DATA / "hanja_hangul.tsv").read_text(encoding="utf-8")[:600]
    assert "hanja 0.15.1" in head and "WTFPL" in head


def test_initial_sound_rule():
    from desktop.screening import korean

    assert [korean.initial_sound_rule(b) for b in "리림로량녀"] == list("이임노양여")
    assert korean.initial_sound_rule("박") == "박"


def test_a_korean_name_in_hanja_matches_its_passport_spelling():
    from desktop.screening import korean

    assert korean.hanja_reading("朴槿惠") == "박 근혜"
    assert korean.hanja_reading("李在明") == "이 재명"  # 리 -> 이 at the start of a name
    for han, latin in (("朴槿惠", "PARK GEUN HYE"), ("潘基文", "BAN KI-MOON"),
                       ("李在明", "LEE JAEMYUNG"), ("尹錫悅", "YOON SUK-YEOL")):  # fmt: skip
        m = compare_names(han, latin)
        assert m.score >= DEFAULT_THRESHOLD and "read in Korean as" in m.explanation(), han


def test_hanja_read_in_korean_does_not_join_different_people():
    assert not _match("李在明", "LEE JAE-YONG")  # 명 is not YONG
    assert not _match("朴槿惠", "PARK GEUN-HO")
    # slips are not allowed through the Korean reading: a Chinese name spelt in
    # Wade-Giles reads 양지량 in Korean, which is not how it matches
    m = compare_names("楊志良", "YANG CHIH-LANG")
    assert "read in Korean" not in m.explanation()


def test_gwoyeu_style_family_spellings():
    m = compare_names("楊志良", "YAUNG CHIH-LIANG")
    assert m.score >= DEFAULT_THRESHOLD and "YAUNG = 楊 (Taiwan customary)" in m.explanation()
    assert _match("YAUNG CHIH-LIANG", "YANG ZHILIANG")
    assert _match("劉炯朗", "LIU CHUNG-LAUNG")


def test_revised_romanization_against_customary_korean_spellings():
    m = compare_names("LEE JAE-MYUNG", "I JAEMYEONG")
    assert m.score >= DEFAULT_THRESHOLD
    assert "MYUNG (Korean passport spelling) ~ MYEONG (Revised Romanization), both 명" in (
        m.explanation()
    )
    m = compare_names("YOON SUK-YEOL", "YUN SEOKYEOL")  # the hyphen places the split
    assert m.score >= DEFAULT_THRESHOLD and "both 석" in m.explanation()
    assert _match("CHUNG EUI-SUN", "JEONG UISEON")
    assert "both 국" in compare_names("CHO KUK", "JO GUK").explanation()


def test_korean_spellings_do_not_join_different_korean_people():
    assert not _match("JUNG MIN-HO", "JANG MIN-HO")  # two surnames
    assert not _match("LEE JAE-MYUNG", "I JAEYONG")  # 명 is not 용
    assert not _match("PARK JI-HOON", "BAK JIHYEON")  # 훈 is not 현


def test_cantonese_given_names_stay_read_by_the_hong_kong_table():
    # the Hokkien readings are added after the Hong Kong government spellings, which
    # keep naming the system they come from
    m = compare_names("張家朗", "CHEUNG KA LONG")
    assert m.score == 1.0 and "LONG = 朗 (Cantonese (HK))" in m.explanation()
    assert not _match("張家朗", "CHEUNG KA YAN")  # another given name


def test_a_taiwan_passport_name_keeps_its_surname_when_read_given_name_first():
    from desktop.screening.score import taiwan_passport_order

    assert taiwan_passport_order("TSENG CHIH-MING")
    assert not taiwan_passport_order("MARIA GARCIA-LOPEZ") and not taiwan_passport_order(
        "CHIH-MING TSENG"
    )
    # two surnames, not the Taiwanese -n/-ng or TS spelling of one given-name syllable
    assert not _match("TSENG CHIH-MING", "CHENG CHIH-MING")
    assert not _match("TANG CHIH-MING", "TAN CHIH-MING")
    assert _match("TSENG CHIH-MING", "CHIH-MING TSENG")
    assert _match("WU BO-DA", "DA WU BO")  # the screening benchmark's order variant
    assert _match("SU TSENG-CHANG", "SU ZHENCHANG")  # the rule holds in the given name


def test_warm_up_reads_the_tables():
    from desktop.screening import korean, score

    chinese._hokkien_forms.cache_clear()
    korean.name_block_spellings.cache_clear()
    score.warm_up()
    assert chinese._hokkien_forms.cache_info().currsize == 1
    assert korean.name_block_spellings.cache_info().currsize == 1


def test_korean_names_in_another_romanisation_or_in_hanja_are_found_by_the_keys():
    from desktop.screening import korean
    from desktop.screening.keys import index_keys, query_keys

    assert korean.hangul_readings("I JAEMYEONG") == ("이 재명",)
    assert korean.hangul_readings("KIM JONG UN") == ("김 정은",)  # the spaces place the split
    assert korean.hangul_readings("JOHN SMITH") == () and korean.hangul_readings("KIM") == ()
    for a, b in (("I JAEMYEONG", "LEE JAE-MYUNG"), ("JEONG UISEON", "CHUNG EUI-SUN"),
                 ("JO GUK", "CHO KUK")):  # fmt: skip
        assert query_keys([a]) & index_keys([b]), (a, b)
        assert query_keys([b]) & index_keys([a]), (b, a)
    # a traveller's name in Hanja finds the listed passport spelling (query side only)
    assert query_keys(["朴槿惠"]) & index_keys(["PARK GEUN HYE"])
    assert query_keys(["尹錫悅"]) & index_keys(["YOON SUK-YEOL"])


def test_cantonese_yale_j_is_written_ch_as_hong_kong_spells_it():
    assert "ching" in chinese.cantonese_readings("正")  # the package has jeng/jing only
    assert chinese.cantonese_readings("珍")[:2] == ("jan", "chan")  # the package's first
    for han, latin in (("林哲", "LAM CHIT"), ("陳美珍", "CHAN MEI CHAN")):
        m = compare_names(han, latin)
        assert m.score == 1.0 and "(Cantonese (HK))" in m.explanation(), han
    assert not _match("林哲", "LAM CHUK")  # 竹 CHUK is another character
