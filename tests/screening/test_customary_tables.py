"""Customary passport spellings built from published readings by documented rules:
Hong Kong and Macau spellings of Cantonese readings (scripts/build_cantonese_customary.py)."""

from desktop.screening import chinese
from desktop.screening.score import DEFAULT_THRESHOLD, compare_names


def _match(a: str, b: str) -> bool:
    return compare_names(a, b).score >= DEFAULT_THRESHOLD


def test_hong_kong_customary_spellings_match_their_characters():
    m = compare_names("霍震霆", "FOK TSUN-TING")  # 震 zan3: TS for CH, -UN for short -an
    assert m.score >= DEFAULT_THRESHOLD and "TSUN = 震" in m.explanation()
    m = compare_names("楊何蓓茵", "YEUNG HO POI-YAN")  # 蓓 pui5 POI: one syllable, not PO-I
    assert m.score >= DEFAULT_THRESHOLD and "POI = 蓓" in m.explanation()
    assert _match("陳子聰", "CHAN TSZE CHUNG")


def test_macau_spellings_match_their_characters():
    m = compare_names("李國榮", "LEI KUOK VENG")
    assert m.score >= DEFAULT_THRESHOLD
    assert "KUOK = 國 (Macau)" in m.explanation() and "VENG = 榮 (Macau)" in m.explanation()


def test_customary_cantonese_spellings_do_not_join_different_given_names():
    assert not _match("霍震霆", "FOK TSZ-TING")  # 子, not 震
    assert not _match("李國榮", "LEI KUOK VAI")  # 偉/韋, not 榮
    assert not _match("林志遠", "LIN CHIH-YUNG")  # 遠 is YUEN: a YUN of 遠 was dropped


def test_the_rules_spell_jyutping_as_the_governments_do():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "scripts" / "build_cantonese_customary.py"
    spec = importlib.util.spec_from_file_location("build_cantonese_customary", path)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert "tsun" in build.hk_spellings("zan3") and "chan" in build.hk_spellings("zan3")
    assert "tsz" in build.hk_spellings("zi2") and "sze" in build.hk_spellings("si1")
    assert build.hk_spellings("jyun4") == ["yuen"]
    assert build.macau_spellings("gwok3") == ["kuok"]
    assert build.macau_spellings("wing4") == ["veng"]
    assert build.macau_spellings("joeng4") == ["ieong"]
    # only the readings the package's romanisation spells: not 樂's ngaau6 nor 南's naa1
    from cantoroman import Cantonese

    table = Cantonese()
    assert "ngaau6" not in build.common_readings(table, "樂")
    assert build.common_readings(table, "南") == ["naam4"]
    assert build.common_readings(table, "杜") == ["dou6"]  # the only reading


def test_the_table_names_its_source_and_licence():
    head = (chinese.DATA / "cantonese_customary.tsv").read_text(encoding="utf-8")[:600]
    assert "cantonese-romanisation" in head and "MIT" in head
    assert ("tsun", "Cantonese (HK customary)") in chinese.customary_cantonese("震")


def test_kunrei_shiki_names_read_as_hepburn():
    from desktop.screening import japanese

    assert japanese.hepburn("SYUKURO") == "shukuro" and japanese.hepburn("ITIRO") == "ichiro"
    assert japanese.hepburn("TUTIYA") == "tsuchiya" and japanese.hepburn("HUKUDA") == "fukuda"
    for word in ("shuhei", "tsutsumi", "chichibu", "yoshihide", "fujita"):
        assert japanese.hepburn(word) == word  # Hepburn has none of Kunrei's letter pairs
    assert _match("真鍋淑郎", "MANABE SYUKURO")
    assert _match("朝永振一郎", "TOMONAGA SIN-ITIRO")
    assert not _match("真鍋淑郎", "MANABE SYUNSUKE")  # another given name
    assert not _match("朝永振一郎", "TOMONAGA KEN-ITIRO")


def test_listed_in_characters_found_from_the_customary_spelling():
    """The stored keys of the characters meet the query keys of the spellings above (the
    tables are read on the query side only: no stored key changes)."""
    from desktop.screening import keys

    for han, latin in (("真鍋淑郎", "MANABE, SYUKURO"), ("朝永振一郎", "TOMONAGA, SIN-ITIRO"),
                       ("李國榮", "LEI, KUOK VENG"), ("霍震霆", "FOK, TSUN-TING"),
                       ("楊何蓓茵", "YEUNG HO, POI-YAN")):  # fmt: skip
        assert keys.index_keys([han]) & keys.query_keys([latin]), (han, latin)


def test_korean_customary_spellings_of_blocks():
    from desktop.screening import korean

    assert "yuh" in korean.syllable_spellings("여") and "suh" in korean.syllable_spellings("서")
    assert "whun" in korean.syllable_spellings("훈") and "youn" in korean.syllable_spellings("윤")
    m = compare_names("윤여정", "YOUN YUH-JUNG")
    assert m.score >= DEFAULT_THRESHOLD and "YUH = 여" in m.explanation()
    assert _match("정명훈", "CHUNG MYUNG-WHUN") and _match("鄭明勳", "CHUNG MYUNG-WHUN")
    assert _match("CHUNG MYUNG-WHUN", "JEONG MYEONG-HUN")


def test_korean_customary_spellings_do_not_join_different_people():
    assert not _match("윤여정", "YOUN YOUNG-JUNG")  # 영, not 여


def test_iteration_mark_and_kun_verbs_read_japanese_names():
    from desktop.screening import japanese

    assert japanese.expand_iteration("佐々木朗希") == "佐佐木朗希"
    assert _match("佐々木朗希", "SASAKI ROKI") and _match("佐々木希", "SASAKI NOZOMI")
    assert not _match("佐々木朗希", "SASAKI RIKI")
    m = compare_names("坂井学", "SAKAI MANABU")  # 学 まな.ぶ: the whole verb, one kanji
    assert m.score >= DEFAULT_THRESHOLD and "MANABU" in m.explanation()
    assert not _match("坂井学", "SAKAI MANABE")
    assert _match("江崎玲於奈", "ESAKI LEONA")  # L for the R row, on request
    assert not _match("江崎玲於奈", "ESAKI LEONE")
    head = (chinese.DATA / "japanese_kun_words.tsv").read_text(encoding="utf-8")[:400]
    assert "KANJIDIC2" in head and "CC BY-SA 4.0" in head


def test_taiwanese_customary_spellings_mix_the_table_columns():
    assert chinese.taiwan_customary("xie") == ("shieh",)
    assert chinese.taiwan_customary("zhong") == ("chong", "tsong")
    assert chinese.taiwan_customary("zi") == ("tzi", "tze", "tse", "tsu")
    assert chinese.taiwan_customary("si") == ("szu",)
    assert chinese.taiwan_customary("xiang") == ()  # MPS II's SHIANG is in the table already
    m = compare_names("謝長廷", "SHIEH CHANG-TING")
    assert m.score >= DEFAULT_THRESHOLD and "SHIEH = 謝 (Taiwan customary)" in m.explanation()
    m = compare_names("張子敬", "CHANG TZI-CHIN")  # TZI one syllable, not TZ-I
    assert m.score >= DEFAULT_THRESHOLD and "TZI = 子" in m.explanation()
    assert _match("林思佑", "LIN SZU-YU") and _match("鄧雄", "TENG HSIONG")


def test_taiwanese_customary_spellings_do_not_join_different_names():
    assert not _match("謝長廷", "SHIAO CHANG-TING")  # 蕭, not 謝
    assert not _match("張子敬", "CHANG SZU-CHIN")  # 思, not 子
    assert not _match("林思佑", "LIN TZI-YU")  # 子, not 思


def test_malaysian_hokkien_iow():
    assert "piow" in chinese.hokkien_spellings("標")
    assert _match("鄭鴻標", "TEH HONG PIOW")


def test_a_traveller_with_the_iteration_mark_finds_the_latin_listing():
    """Query side only: the traveller's 々 written out before the name is read (before,
    佐々木希 was read as 佐木希 and met neither listing)."""
    from desktop.screening import keys

    for han, latin in (("佐々木希", "SASAKI, NOZOMI"), ("佐々木蔵之介", "SASAKI, KURANOSUKE")):
        assert keys.index_keys([latin]) & keys.query_keys([han]), (han, latin)


def test_dutch_spelling_of_hokkien_names():
    assert "swie" in chinese.hokkien_spellings("瑞") and "liem" in chinese.hokkien_spellings("林")
    assert "tjoa" in chinese.hokkien_spellings("蔡")
    m = compare_names("陳瑞獻", "TAN SWIE HIAN")
    assert m.score >= DEFAULT_THRESHOLD and "SWIE = 瑞 (Hokkien)" in m.explanation()
    assert not _match("陳瑞獻", "TAN SIEW HIAN")  # 修/秀, not 瑞
