"""Issue 12: names as Taiwan's counters see them. Syllable splits searched, passport
Wade-Giles and Gwoyeu Romatzyh, Singapore/Malaysia dialect spellings, characters compared
as characters, and different people with close common surnames; the outside development
set's precision and recall (the held-out part is scored once, in bench/bench_names.py)."""

from __future__ import annotations

import datetime as dt
import importlib.util

import pytest

from bench import bench_names
from desktop.screening import chinese, syllable_table
from desktop.screening.checks import Policy, Traveller, check_persons
from desktop.screening.keys import index_keys, query_keys
from desktop.screening.score import DEFAULT_THRESHOLD, Facts, compare_names, compare_people

TODAY = dt.date(2026, 12, 4)


def _match(a: str, b: str) -> bool:
    return compare_names(a, b).score >= DEFAULT_THRESHOLD


def test_every_split_of_a_joined_word_is_tried_and_the_one_used_is_shown():
    assert chinese.segmentations("NANA") == (("na", "na"), ("nan", "a"))
    m = compare_names("李娜娜", "LI NANA")
    assert m.score == 1.0
    assert "NANA read as NA-NA" in m.explanation()
    assert compare_names("LI NANA", "LI NA-NA").score >= 0.95
    # the split that fits the characters on the other side wins (MINGAN: MIN-GAN first)
    assert chinese.segmentations("MINGAN")[0] == ("min", "gan")
    assert compare_names("陳明安", "CHEN MINGAN").score == 1.0


def test_splits_stay_linear_in_the_word_length():
    word = "NA" * 7  # 14 letters: every position could end a syllable
    assert len(chinese.segmentations(word, max_syllables=7)) <= chinese.MAX_SPLITS


def test_taiwan_passport_spellings():
    m = compare_names("林英傑", "LIN ING-CHIEH")
    assert m.score >= 0.95 and "ING = 英 (Gwoyeu Romatzyh)" in m.explanation()
    assert _match("TSAI ING-WEN", "CAI YINGWEN")
    assert _match("賴清德", "LAI CHING-TE")  # Wade-Giles -ai (pypinyin wrote LEI)
    assert _match("HSIEH CHANG-TING", "SIE CHANG-TING")


@pytest.mark.parametrize(
    ("han", "latin"),
    [("九", "JEOU"), ("友", "YEOU"), ("海", "HAE"), ("平", "PYNG"), ("徐", "SHYU"),
     ("馬英九", "MAA YING-JEOU"), ("李小龍", "LII SHEAU-LONG"), ("黃有德", "HWANG YEOU-DER")],
)  # fmt: skip
def test_gwoyeu_romatzyh_tonal_spellings(han, latin):
    m = compare_names(han, latin)
    assert m.score >= 0.95, m.reasons
    assert "Gwoyeu Romatzyh" in m.explanation()


def test_gwoyeu_table_is_what_the_rules_build_and_names_its_source():
    rows = syllable_table.build_gwoyeu()
    committed = [
        tuple(line.split("\t"))
        for line in syllable_table.GR_TSV.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert committed == rows
    assert "1928" in syllable_table.GR_TSV.read_text(encoding="utf-8")[:600]


def test_gwoyeu_only_spellings_do_not_split_western_words():
    # MEY and SER are GR syllables; MEYER and KAISER must stay words
    assert chinese.segmentations("MEYER") == ()
    assert chinese.segmentations("KAISER") == ()


def test_characters_against_characters():
    m = compare_names("陳志明", "陳智明")
    assert m.score < DEFAULT_THRESHOLD
    assert "志 ≠ 智 (different characters, both read zhi)" in m.explanation()
    assert compare_names("陳志明", "陈志明").score == 1.0  # Simplified is the same name
    assert not _match("王志明", "王志")  # one syllable fewer: another person
    assert not _match("陳志明", "陳明志")


def test_singapore_and_malaysia_dialect_spellings():
    m = compare_names("張志賢", "TEO CHEE HEAN")  # Teochew
    assert m.score >= DEFAULT_THRESHOLD and "Teochew" in m.explanation()
    m = compare_names("杜進才", "TOH CHIN CHYE")  # Hokkien
    assert m.score >= DEFAULT_THRESHOLD and "Hokkien" in m.explanation()
    m = compare_names("ONG TENG CHEONG", "WANG DINGCHANG")  # no characters on either side
    assert m.score >= DEFAULT_THRESHOLD and "王" in m.explanation()
    assert _match("TAN JIA HUI", "陳佳慧")  # dialect surname, Hanyu Pinyin given name
    assert not _match("LEE HSIEN LOONG", "LEE HSIEN YANG")  # two brothers


def test_a_teochew_and_a_hokkien_spelling_of_one_singaporean_name():
    # 王瑞杰: published HENG SWEE KEAT (Teochew surname); ONG SWEE KIAT is the Hokkien one
    for latin, dialect in (("HENG SWEE KEAT", "Teochew"), ("ONG SWEE KIAT", "Hokkien")):
        m = compare_names("王瑞杰", latin)
        assert m.score >= 0.95 and f"= 王 ({dialect})" in m.explanation(), m.reasons
    m = compare_names("HENG SWEE KEAT", "ONG SWEE KIAT")  # no characters on either side
    assert (
        m.score >= DEFAULT_THRESHOLD
        and "HENG (Teochew) ~ ONG (Hokkien), both 王" in m.explanation()
    )
    assert query_keys(["HENG SWEE KEAT"]) & index_keys(["ONG SWEE KIAT"])


def test_dialect_spellings_are_found_by_the_blocking_keys():
    for han, latin in (("陳清木", "TAN CHENG BOCK"), ("吳作棟", "GOH CHOK TONG")):
        assert query_keys([han]) & index_keys([latin]), (han, latin)
        assert query_keys([latin]) & index_keys([han]), (latin, han)


def test_dialect_table_names_its_sources():
    head = (chinese.DATA / "dialect_spellings.tsv").read_text(encoding="utf-8")[:2000]
    assert "Sources:" in head and "List of common Chinese surnames" in head


def test_close_common_surnames_are_different_people_on_names_alone():
    m = compare_names("PETER MUELLER", "PETER MEYER")
    assert m.score < DEFAULT_THRESHOLD
    assert "two different common surnames" in m.explanation()
    for a, b in (("JOSE MARTIN", "JOSE MARTINEZ"), ("ANNA KOWALSKA", "ANNA KOWALCZYK"),
                 ("IVAN PETROV", "IVAN PETRENKO"), ("MARIA GARCIA", "MARIA GARZA")):  # fmt: skip
        assert not _match(a, b), (a, b)
    # spelling variants of one name are not two names
    assert _match("MÜLLER, PETER", "PETER MUELLER")
    assert _match("AHMED SAEED", "AHMAD SAID")


def test_a_keying_slip_of_a_rare_surname_still_matches():
    m = compare_names("PETER PRZYBYLSKI", "PETER PRZYBYSLKI")
    assert m.score >= DEFAULT_THRESHOLD
    assert "two different common surnames" not in m.explanation()
    assert _match("HANS SCHMIDT", "HANS SCHMDIT")  # a common name slipped into a non-name


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("PAOLO BRUNO", "PAOLA BRUNO"),  # a man's, a woman's
        ("MAHER AL-ASSAD", "BASHAR AL-ASSAD"),
        ("DANIEL MEYER", "DANIELA MEYER"),
        ("CHRISTIAN WEBER", "CHRISTINA WEBER"),
        ("IGOR SOKOLOV", "EGOR SOKOLOV"),  # same sex, two lines of the variants file
        ("ALEKSANDR SMIRNOV", "ALEKSEI SMIRNOV"),
        ("MOHAMMED HASSAN", "MAHMOUD HASSAN"),
        ("HASSAN ALI", "HUSSEIN ALI"),
    ],
)
def test_two_different_given_names_are_different_people_on_names_alone(a: str, b: str):
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD, (a, b, m.score)
    assert "two different given names" in m.explanation()
    assert "surname" not in m.explanation()  # JOAN was "not a common surname" before


def test_given_names_one_key_apart_or_only_listed_are_not_capped():
    # Safety first (review of the merge): one letter apart is also one name's slip
    # (MARIA / MARTA); two names known only from the scraped lists lose a penalty, not
    # the cap. Since names-prec (issue 12) narrower evidence caps some: KENTA / KENJI,
    # two listed Japanese names read differently (けんた, けんじ). JOHN / JOAN, a man's
    # name and one the census gives to women 38 to 1, but a Catalan man's too, loses a
    # penalty only (review names4, finding 2; test_names_safety).
    assert compare_names("MARIA NOWAK", "MARTA NOWAK").score >= DEFAULT_THRESHOLD
    m = compare_names("JOHN SMITH", "JOAN SMITH")
    assert m.uncapped - m.score == pytest.approx(0.05, abs=1e-4)
    assert "mostly to different sexes" in m.explanation()
    m = compare_names("YAMAMOTO KENTA", "YAMAMOTO KENJI")
    assert m.score < DEFAULT_THRESHOLD and "two different Japanese names" in m.explanation()
    m = compare_names("PIETRO ROSSI", "PEDRO ROSSI")  # listed only in the scraped lists
    assert m.uncapped - m.score == pytest.approx(0.05, abs=1e-4)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("MOHAMMAD JAVAD ZARIF", "MOHAMMED JAVAD ZARIF"),
        ("MOHAMMED ALI", "MUHAMMAD ALI"),
        ("HUSSEIN KAMEL", "HUSAIN KAMEL"),
        ("YUSUF ISLAM", "YUSSUF ISLAM"),
        ("JOHN MILLER", "JON MILLER"),
        ("VIKTOR VEKSELBERG", "VICTOR VEKSELBERG"),
        ("MIKHAIL MISHUSTIN", "MICHAIL MISCHUSTIN"),
        ("PETRO POROSHENKO", "PETR POROSHENKO"),
        ("ALEKSEI NAVALNY", "ALEKSEY NAVALNY"),
        ("KAMAL AHMED", "KEMAL AHMED"),
    ],
)
def test_spellings_of_one_given_name_stay_one_name(a: str, b: str):
    m = compare_names(a, b)
    assert m.score >= DEFAULT_THRESHOLD, (a, b, m.score, m.explanation())
    assert "two different" not in m.explanation()


def test_a_keying_slip_of_a_given_name_is_a_slip_not_another_name():
    m = compare_names("DANIEL MEYER", "DANEIL MEYER")
    assert m.score >= DEFAULT_THRESHOLD
    assert "DANEIL is not a common given name: a possible slip of DANIEL" in m.explanation()
    # a rare given name keyed one letter wrong: nothing says "two names"
    assert _match("WOLFRAM SCHNEIDER", "WOLFRUM SCHNEIDER")


def test_different_given_names_with_the_same_birth_date_and_nationality_are_reviewed():
    listed = Facts(("HASSAN, MOHAMMED",), "1970-01-02", "USA", None)
    same = compare_people(Facts(("MAHMOUD HASSAN",), "1970-01-02", "USA", None), listed)
    assert same.score >= DEFAULT_THRESHOLD
    assert "for a person to review" in same.explanation()
    other = compare_people(Facts(("MAHMOUD HASSAN",), "1970-01-02", "GBR", None), listed)
    assert other.score < DEFAULT_THRESHOLD
    # a list that gives the birth month only: the traveller's full date within it
    month = Facts(("HASSAN, MOHAMMED",), "1970-01", "USA", None)
    within = compare_people(Facts(("MAHMOUD HASSAN",), "1970-01-02", "USA", None), month)
    assert within.score >= DEFAULT_THRESHOLD
    assert "birth month as listed" in within.explanation()
    # a listed year only, the nationality equal: absent facts are no disagreement
    year = Facts(("HASSAN, MOHAMMED",), "1970", "USA", None)
    partial = compare_people(Facts(("MAHMOUD HASSAN",), "1970-01-02", "USA", None), year)
    assert partial.score >= DEFAULT_THRESHOLD
    assert "nothing contradicts it" in partial.explanation()
    # a year off is near (reviewed, as the facts penalty lets it match); two years are not
    near_year = Facts(("HASSAN, MOHAMMED",), "1971", "USA", None)
    near = compare_people(Facts(("MAHMOUD HASSAN",), "1970-01-02", "USA", None), near_year)
    assert near.score >= DEFAULT_THRESHOLD and "a year apart" in near.explanation()
    other_year = Facts(("HASSAN, MOHAMMED",), "1972", "USA", None)
    assert (
        compare_people(Facts(("MAHMOUD HASSAN",), "1970-01-02", "USA", None), other_year).score
        < 0.8
    )
    # another month of the listed year is near as well (review names6, finding 5)
    later = compare_people(Facts(("MAHMOUD HASSAN",), "1970-02-02", "USA", None), month)
    assert later.score >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("MURAT DOĞAN", "MURAT DOĞRU"),
        ("SELIN KORKMAZ", "SELIN KORKUT"),  # Turkey
        ("TANAKA HIROSHI", "TAMURA HIROSHI"),
        ("OGAWA KENJI", "OKAWA KENJI"),  # Japan
        ("NAKAMURA SHOTA", "NAKAMOTO SHOTA"),
        ("JOSÉ MOURA", "JOSÉ MOURÃO"),
        ("PEDRO MENDES", "PEDRO MENEZES"),
        ("MATTEO COLOMBO", "MATTEO COLOMBI"),
        ("HEINZ ROTH", "HEINZ ROTHE"),
        ("BIRGIT JUNG", "BIRGIT JUNGE"),
        ("ANJA SCHRÖDER", "ANJA SCHRÖTER"),
        ("ADAM WALCZAK", "ADAM WALCZYK"),
    ],
)
def test_two_surnames_one_country_ranks_are_two_families(a: str, b: str):
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD, (a, b, m.score)
    assert "two different common surnames" in m.explanation()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("MARIA SANTOS", "MARIA SANTOSS"),
        ("KAREN JONES", "KAREN JOOES"),  # slips
        ("SHOHEI OTANI", "SHOHEI OHTANI"),
        ("NOVAK DOKOVIC", "NOVAK DJOKOVIC"),  # spellings
        ("KHALED MASHAL", "KHALID MISHAAL"),
        ("JAMAL HAMDAN", "GAMAL HAMDAN"),
    ],
)
def test_slips_and_spellings_of_one_surname_stay_one_name(a: str, b: str):
    # JOOES and SANTOSS rank in some country of the social-network counts (noise), OTANI
    # and OHTANI both in Japan, KHALID and KHALED both in Egypt
    m = compare_names(a, b)
    assert m.score >= DEFAULT_THRESHOLD, (a, b, m.score, m.explanation())


def test_close_common_surnames_with_the_same_birth_date_and_nationality_are_reviewed():
    listed = Facts(("MEYER, PETER",), "1970-01-02", "DEU", "M")
    same = compare_people(Facts(("PETER MUELLER",), "1970-01-02", "DEU", "M"), listed)
    assert same.score >= DEFAULT_THRESHOLD
    assert "for a person to review" in same.explanation()
    other = compare_people(Facts(("PETER MUELLER",), "1970-01-03", "DEU", "M"), listed)
    assert other.score < DEFAULT_THRESHOLD
    nat = compare_people(Facts(("PETER MUELLER",), "1970-01-02", "AUT", "M"), listed)
    assert nat.score < DEFAULT_THRESHOLD


def test_the_reviewed_hit_comes_out_of_the_real_store(store, load):
    row = {"id": "MEYER", "names": ["MEYER, PETER"], "birth_date": "1970-01-02",
           "nationality": "DEU", "sex": "M", "action": "refer", "list": "TEST"}  # fmt: skip
    load("persons", [row])
    with store.read() as c:
        hit = check_persons(c, Traveller("MUELLER, PETER", "", "1970-01-02", "DEU", "M"),
                            "entry", Policy(), TODAY)  # fmt: skip
        none = check_persons(c, Traveller("MUELLER, PETER", "", "1981-05-06", "DEU", "M"),
                             "entry", Policy(), TODAY)  # fmt: skip
    assert [h.key for h in hit] == ["MEYER"]
    assert any("for a person to review" in r for r in hit[0].reasons)
    assert none == []


# Floors on the held-out parts seen since their one scoring (first scores in
# bench/results/names-heldout*.txt), at a little under what the work on them reached, so
# that no later rule quietly gives it back: part -> (precision, recall).
PART_FLOORS = {
    "third": (bench_names.HELD_OUT3, 0.965, 0.91),  # first 0.855 / 0.778
    "fourth": (bench_names.HELD_OUT4, 0.955, 0.955),  # first 0.840 / 0.860
    "fifth": (bench_names.HELD_OUT5, 0.87, 0.95),  # first 0.822 / 0.958
    "sixth": (bench_names.HELD_OUT6, 0.86, 0.94),  # first 0.802 / 0.914
    "seventh": (bench_names.HELD_OUT7, 0.93, 0.98),  # first 0.919 / 0.964
    "eighth": (bench_names.HELD_OUT8, 0.875, 0.97),  # first 0.862 / 0.972
    "ninth": (bench_names.HELD_OUT9, 0.865, 0.985),  # first 0.834 / 0.975
    "tenth": (bench_names.HELD_OUT10, 0.90, 0.99),  # first 0.886 / 0.988 (stop 28)
    "eleventh": (bench_names.HELD_OUT11, 0.88, 0.995),  # first 0.887 / 0.983 (stop 29)
    "twelfth": (bench_names.HELD_OUT12, 0.90, 0.995),  # first 0.885 / 0.998 (stop 30)
    "thirteenth": (bench_names.HELD_OUT13, 0.94, 0.99),  # first 0.949 / 0.994 (stop 31)
    "fourteenth": (bench_names.HELD_OUT14, 0.945, 0.985),  # first 0.9495 / 0.990 (stop 32)
    "fifteenth": (bench_names.HELD_OUT15, 0.965, 0.995),  # first 0.946 / 0.992 (stop 33)
    "sixteenth": (bench_names.HELD_OUT16, 0.955, 0.995),  # first 0.949 / 0.993 (stop 34)
    "seventeenth": (bench_names.HELD_OUT, 0.96, 0.985),  # first 0.968 / 0.990 (stop 35)
}


def test_the_outside_development_set():
    pairs = bench_names.development()
    assert len(pairs) >= 300 and len(bench_names.load(bench_names.HELD_OUT)) >= 150
    assert all(p.source for p in pairs)
    early = [p for path in (bench_names.DEV, bench_names.DEV2, bench_names.HELD_OUT2)
             for p in bench_names.load(path)]  # fmt: skip
    r = bench_names.score(early)
    print(f"outside development set: precision {r['precision']:.3f}, recall {r['recall']:.3f}")
    assert r["precision"] >= 0.95
    assert r["recall"] >= 0.95


@pytest.mark.parametrize("part", list(PART_FLOORS))
def test_a_seen_held_out_part_keeps_its_floor(part):
    path, precision, recall = PART_FLOORS[part]
    r = bench_names.score(bench_names.load(path))
    print(f"{part} part (seen): precision {r['precision']:.3f}, recall {r['recall']:.3f}")
    assert r["precision"] >= precision
    assert r["recall"] >= recall


def test_the_surname_lists_are_what_the_script_builds():
    from desktop.screening import score
    from scripts import build_surnames

    assert build_surnames.OUT.read_text(encoding="utf-8") == build_surnames.build()
    score.common_surnames.cache_clear()
    names = score.common_surnames()  # its load time: bench_names.list_load_times
    assert len(names) > 10_000
    assert names["KACZMARCZYK"] == "Polish" and names["ZAKHARCHENKO"] == "Ukrainian"


def test_the_given_name_list_is_what_the_script_builds():
    from desktop.screening import score

    score.given_names.cache_clear()
    given = score.given_names()
    assert len(given) > 10_000
    assert given["JOHN"] == "M" and given["JOAN"] != "M" and given["PAOLA"] == "F"
    assert given["KENTA"] == "M" and given["BASHAR"] == "M"  # names-dataset: JP, SY...
    pytest.importorskip("names")  # dev dependency: the US Census first-name files
    if importlib.util.find_spec("names_dataset") is None:  # dev-time source only (55.7 MB)
        pytest.skip("names-dataset 3.3.1 is not installed")
    from scripts import build_surnames

    assert build_surnames.GIVEN_OUT.read_text(encoding="utf-8") == build_surnames.build_given()


def test_the_country_surname_list_is_what_the_script_builds():
    from desktop.screening import score

    head = score.COUNTRY_FILE.read_text(encoding="utf-8")[:600]
    assert "names-dataset 3.3.1, Apache-2.0" in head
    score._country_bits.cache_clear()
    names = score.surname_countries()
    assert len(names) > 40_000
    assert score._countries_of(names["DOGRU"]) == ["TR"]
    if importlib.util.find_spec("names_dataset") is None:  # dev-time source only (55.7 MB)
        pytest.skip("names-dataset 3.3.1 is not installed")
    from scripts import build_surnames

    text = build_surnames.COUNTRIES_OUT.read_text(encoding="utf-8")
    assert text == build_surnames.build_countries()


def test_the_census_surname_list_is_what_the_script_builds():
    pytest.importorskip("names")  # dev dependency: the US Census file it ships
    from scripts import build_surnames

    text = build_surnames.CENSUS_OUT.read_text(encoding="utf-8")
    assert text == build_surnames.build_census()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("MICHAEL CARTER", "MICHAEL CARVER"),  # CARVER: US Census rank 818
        ("SUSAN HOLMES", "SUSAN HOLMAN"),
        ("GABRIELE BRANDT", "GABRIELE BRAND"),
        ("GIORGIA FERRI", "GIORGIA FERRO"),
    ],
)
def test_a_close_surname_from_the_census_list_is_another_family(a, b):
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD
    assert "two different common surnames" in m.explanation()


def test_one_arabic_name_in_two_lists_is_still_one_name():
    # MOHAMMAD (faker's Nordic list) and MOHAMMED / MUHAMMAD (US Census): one name
    assert _match("MOHAMMAD JAVAD ZARIF", "MOHAMMED JAVAD ZARIF")
    assert _match("MOHAMMED BIN SALMAN", "MUHAMMAD BIN SALMAN")
    # a short skeleton shared with Arabic names does not join HALL and HILL
    assert not _match("SARAH HALL", "SARAH HILL")


def test_two_listed_spellings_of_a_latin_script_name_are_two_families():
    m = compare_names("JAMES DAVIS", "JAMES DAVIES")
    assert m.score < DEFAULT_THRESHOLD and "two different common surnames" in m.explanation()
    assert _match("RAMZAN KADYROV", "RAMZAN KADIROV")  # one Russian name, two transliterations


def test_taiwanese_mandarin_spellings_of_given_names():
    m = compare_names("蘇貞昌", "SU TSENG-CHANG")
    assert m.score >= DEFAULT_THRESHOLD and "Taiwanese Mandarin" in m.explanation()
    assert _match("江丙坤", "CHIANG PIN-KUNG") and _match("李安", "LEE ANG")
    m = compare_names("林志明", "LING CHIH-MING")  # in a surname -n/-ng is not this rule
    assert "Taiwanese Mandarin" not in m.explanation()


def test_a_vowel_keyed_wrong_in_a_syllable_stays_a_possible_slip():
    # the price: CHOW YUN-FAT / CHOW YUN-FAI (two people) match too; the generated
    # variants of the screening benchmark keep their recall (bench/RESULTS.md)
    assert _match("YU KON", "YU KUN")


def test_two_common_pinyin_surnames_a_vowel_apart_are_two_people():
    # issue 12 (Build 3): two distinct common surnames one or two edits apart are
    # different people unless birth date and nationality agree; 丁 DING and 鄧 DENG are
    # such, and no table spells one surname character both ways
    m = compare_names("DING HAI RONG", "DENG HAI RONG")
    assert m.score < DEFAULT_THRESHOLD and "(丁)" in m.explanation()
    p = compare_people(Facts(("DING HAI RONG",), "1968-05-02", "CHN"),
                       Facts(("DENG HAI RONG",), "1968-05-02", "CHN"))  # fmt: skip
    assert p.score >= DEFAULT_THRESHOLD
    # a spelling that is no common surname stays a likely slip (issue 12)
    assert _match("DIGN HAI RONG", "DING HAI RONG")
    assert _match("ZHOGN JIE", "ZHONG JIE") and _match("XEI WEI", "XIE WEI")


def test_found_after_the_second_held_out_scoring():
    # a transposition in a short syllable is one edit for the prefilter too
    assert _match("TSAI ING-WEN", "TSAI ING-WNE")
    # two Western names that also read as syllables keep the distinct-surnames rule
    m = compare_names("PETER BAKER", "PETER BARKER")
    assert m.score < DEFAULT_THRESHOLD and "two different common surnames" in m.explanation()
    assert _match("WONG SIU MING", "WANG XIAOMING")  # Chinese surnames: the tables decide


def test_wade_giles_umlauts_read_as_u_in_a_chinese_name():
    # ICAO 9303 folds Ü to UE, which split HSU-E before; a German name keeps its UE
    assert _match("徐志摩", "HSÜ CHIH-MO") and _match("魯迅", "LU HSÜN")
    assert _match("蔡元培", "TS'AI YÜAN-P'EI") and _match("呂秀蓮", "LÜ HSIU-LIEN")
    assert "HSU = 徐" in compare_names("徐志摩", "HSÜ CHIH-MO").explanation()
    assert set(index_keys(["HSÜ CHIH-MO"])) == set(index_keys(["HSU CHIH-MO"]))
    assert _match("PETER MÜLLER", "PETER MUELLER") and _match("PETER MÜLLER", "PETER MULLER")
    assert set(index_keys(["JÜRGEN MÜLLER"])) == set(index_keys(["JUERGEN MUELLER"]))


@pytest.mark.parametrize(
    ("a", "b"),
    [("JUNG MIN-HO", "JANG MIN-HO"), ("SHIN JI-HO", "SHIM JI-HO"), ("HAN JI-MIN", "AHN JI-MIN"),
     ("CHOI JI-WOO", "CHAE JI-WOO"), ("KANG SEO-YEON", "JANG SEO-YEON"),
     ("IM YOON-AH", "KIM YOON-AH"), ("NOH JI-HOON", "OH JI-HOON")],  # 임/김, 노/오
)  # fmt: skip
def test_two_korean_surnames_in_latin_letters_are_different_people(a, b):
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD and "(Korean)" in m.explanation()
    same = compare_people(Facts((a,), "1990-03-04", "KOR"), Facts((b,), "1990-03-04", "KOR"))
    assert same.score >= DEFAULT_THRESHOLD and "for a person to review" in same.explanation()


@pytest.mark.parametrize(
    ("a", "b"),
    [("PARK JI-SUNG", "PAK JI-SUNG"), ("CHOI JI-WOO", "CHOE JI-WOO"), ("LEE MIN-HO", "RHEE MIN-HO"),
     ("LEE MIN-HO", "YI MIN-HO"), ("JUNG MIN-HO", "JEONG MIN-HO"), ("CHO KUK", "JO GUK"),
     ("JUNG MIN-HO", "CHUNG MIN-HO"), ("YOON SUK-YEOL", "YUN SUK-YEOL"),
     # one Chinese character in two romanisations, although Korean reads them apart
     ("SUNG CHU-YU", "SONG CHU-YU"), ("CHONG SIN WOON", "CHANG SIN WOON"),
     ("YOU RUEI WANG", "WANG, YOU RUI")],
)  # fmt: skip
def test_spellings_of_one_korean_surname_or_one_character_match(a, b):
    m = compare_names(a, b)
    assert m.score >= DEFAULT_THRESHOLD and "(Korean)" not in m.explanation()


def test_japanese_shinjitai_and_traditional_forms_are_the_same_characters():
    for a, b in (("澤穂希", "澤穗希"), ("渡辺博道", "渡邊博道"), ("斉藤", "齊藤"), ("広田", "廣田"),
                 ("竜馬", "龍馬"), ("沢村", "澤村")):  # fmt: skip
        assert compare_names(a, b).score == 1.0, (a, b)
        assert set(index_keys([a])) == set(index_keys([b]))
    # a shinjitai that is also a Chinese character of its own stays itself
    assert not _match("林淑芸", "林淑藝")
    assert chinese.japanese_forms()[ord("穂")] == "穗" and ord("芸") not in chinese.japanese_forms()
    assert _match("渡辺博道", "WATANABE HIROMICHI")  # the Japanese reading is unchanged


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("KAO CHIH-WEI", "KUO CHIH-WEI"),  # 高 / 郭
        ("CHIU YA-LING", "CHOU YA-LING"),  # 邱 / 周
        ("LU CHIA-HUI", "LIU CHIA-HUI"),  # 呂 / 劉: LIU is 呂 only in MPS II and GR
        ("CHENG KUO-HUA", "CHEN KUO-HUA"),  # 鄭 / 陳
    ],
)
def test_chinese_surnames_a_letter_apart_with_the_same_mandarin_given_name(a, b):
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD
    assert "two different common surnames (Chinese)" in m.explanation()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("CHANG WEI", "ZHANG WEI"),  # 張 in Wade-Giles and Pinyin
        ("HSU CHIH-WEI", "XU CHIH-WEI"),
        ("LEE CHIA-HUI", "LI CHIA-HUI"),  # LEE: the customary spelling of 李
        ("TAN WEI MING", "CHEN WEI MING"),  # 陳 in Hokkien with a Pinyin given name
        ("CHAN WEI MING", "CHEN WEI MING"),
    ],
)
def test_one_chinese_surname_in_two_spellings_still_matches(a, b):
    assert _match(a, b), compare_names(a, b).explanation()


def test_chinese_surnames_of_two_families_are_reviewed_with_the_same_facts():
    listed = Facts(("CHIU YA-LING",), "1980-03-04", "TWN", "F")
    same = compare_people(Facts(("CHOU YA-LING",), "1980-03-04", "TWN", "F"), listed)
    assert same.score >= DEFAULT_THRESHOLD
    assert "for a person to review" in same.explanation()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ELENA SOKOLOVA", "ELENA SOKOLENKO"),  # Russian -OVA, Ukrainian -ENKO of one stem
        ("YURI GRIGORIEV", "YURI GRIGORENKO"),
        ("JAKUB KRÓL", "JAKUB KRÓLIK"),  # a listed name and its diminutive
        ("MEHMET ÇETIN", "MEHMET ÇETINKAYA"),
        # Slavic formants of two kinds on one stem: adjectival, patronymic, filial
        ("PIOTR JANKOWSKI", "PIOTR JANKOWICZ"),
        ("ANNA KOWALSKA", "ANNA KOWALCZYK"),
        ("OLEH KOVAL", "OLEH KOVALCHUK"),
        ("IVAN PETROV", "IVAN PETROVSKY"),
    ],
)
def test_a_family_suffix_on_one_stem_is_another_family(a, b):
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD
    assert "two different common surnames" in m.explanation()


def test_a_letter_doubled_at_the_end_stays_a_slip():
    assert _match("IVAN PETROV", "IVAN PETROVV")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("IVAN ORLOVSKY", "IVAN ORLOVSKI"),  # one formant in two transliterations
        ("ROMAN ABRAMOVICH", "ROMAN ABRAMOWICZ"),
        ("JAN KOWALSKI", "JAN KOWALKSI"),  # a slip inside the formant
    ],
)
def test_one_formant_spelt_two_ways_stays_one_family(a, b):
    assert _match(a, b), compare_names(a, b).explanation()


@pytest.mark.parametrize(
    ("han", "latin"),
    [
        ("何潤生", "HO ION SANG"),  # Macau: 潤 ION (not I-ON)
        ("林玉鳳", "LAM IOK FONG"),
        ("林瑞生", "LIM SWEE SAY"),  # Singapore Hokkien
        ("柯政文", "QUAH ZHENG WEN"),
        ("金溥聰", "KING PU-TSUNG"),  # Taiwan customary KING for 金
        ("李澤鉅", "LI TZAR-KUOI"),  # Hong Kong customary
    ],
)
def test_spellings_attested_after_the_fourth_part(han, latin):
    assert _match(han, latin), compare_names(han, latin).explanation()


def test_a_surname_character_is_not_converted_by_a_phrase_table():
    from desktop.screening import chinese

    assert chinese.to_traditional("余若薇") == "余若薇"  # OpenCC's phrases give 餘若薇
    assert chinese.to_traditional("陈水扁") == "陳水扁"
    assert _match("余若薇", "EU YUET-MEE")
    # a married woman's own surname, second of four (thirteenth part: 陳游 became 陳遊)
    assert chinese.to_traditional("陳游淑惠") == "陳游淑惠"
    assert _match("陳游淑惠", "游淑惠")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("CHAN CHI-KEUNG", "CHAN CHI-MING"),  # 志強, 志明: common Hong Kong given names
        ("HO WING-KEUNG", "HO WING-KIN"),  # 永強, 永健
        ("CHOI HYUN-WOO", "CHOI HYUN-JUN"),  # 현우, 현준: common Korean given names
    ],
)
def test_given_syllables_two_edits_apart_are_two_characters(a, b):
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD
    # capped with the rule's reason; a pair under the threshold keeps its own score
    # (CHOI HYUN-WOO / HYUN-JUN, 0.74: review names4, finding 8)
    assert "two different syllables of a given name" in m.explanation() or (
        not m.distinct_surnames and m.score > 0.7
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("CHAN CHI-KEUNG", "CHAN CHI-KEONG"),  # 強 in two Cantonese spellings
        ("LEE JAE-MYUNG", "LEE JAE-MYEONG"),  # 명 in two Korean spellings
        ("HO WING-KEUNG", "HO WING-KEING"),  # one letter keyed wrong
    ],
)
def test_one_given_syllable_in_two_spellings_or_a_slip_still_matches(a, b):
    assert _match(a, b), compare_names(a, b).explanation()


def test_two_given_syllables_are_reviewed_with_the_same_facts():
    listed = Facts(("HO WING-KIN",), "1975-02-03", "HKG", "M")
    same = compare_people(Facts(("HO WING-KEUNG",), "1975-02-03", "HKG", "M"), listed)
    assert same.score >= DEFAULT_THRESHOLD
    assert "for a person to review" in same.explanation()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("DINH THI HOA", "DANG THI HOA"),  # Đinh, Đặng: common Vietnamese surnames
        ("TRUONG VAN LONG", "LUONG VAN LONG"),  # Trương, Lương
    ],
)
def test_two_common_vietnamese_surnames_are_two_families(a, b):
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD
    assert "two different common surnames" in m.explanation()


def test_one_chinese_surname_in_cantonese_and_wade_giles_still_matches():
    assert _match("CHAU WING KEUNG", "CHOU WING KEUNG")  # 周, though CHAU is listed now


def test_hong_kong_chun_for_a_short_jan_meets_pinyin():
    # 梁振英: the government's CHUN for Yale jan (振, 鎮, 珍, 真), as SUN beside SAN (新)
    assert _match("LEUNG CHUN-YING", "LIANG ZHENYING")
    assert "chun" in chinese.cantonese_readings("振")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("PRANAB MUKHERJEE", "PRANAB MUKHOPADHYAY"),  # the anglicised and the full form
        ("SOURAV GANGULY", "GANGOPADHYAY SOURAV"),
    ],
)
def test_bengali_family_names_and_their_anglicised_forms_are_one(a, b):
    m = compare_names(a, b)
    assert m.score >= 0.95, m.explanation()
    assert "two different common surnames" not in m.explanation()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("PRAYUT CHAN-O-CHA", "ประยุทธ์ จันทร์โอชา"),  # one Thai word, three Latin parts
        ("MARIA DE LA PAZ", "MARIA DELAPAZ"),  # particles written apart or joined
        ("RAFAEL VAN DER VAART", "RAFAEL VANDERVAART"),
    ],
)
def test_three_words_with_a_short_one_are_one_word_written_apart(a, b):
    assert _match(a, b), compare_names(a, b).explanation()


@pytest.mark.parametrize(
    ("a", "b"),
    [("JOHN BAR", "JOHN BARRY"), ("DAVID HAN", "DAVID HANNON"), ("MARIO MAS", "MARIO MASSA")],
)
def test_a_three_letter_surname_and_a_listed_longer_one_are_two_families(a, b):
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD
    assert "two different common surnames" in m.explanation()


def test_a_three_letter_surname_with_one_letter_more_stays_a_slip():
    assert _match("JOHN COX", "JOHN COXX")


def test_a_given_name_syllable_is_not_bridged_through_a_surname_only_character():
    # CHUN and CHEN both spell 陳 (Cantonese, Mandarin), a character given names lack
    m = compare_names("LIN YI-CHUN", "LIN YI-CHEN")
    assert "陳" not in m.explanation()
    assert m.score < compare_names("LIN YI-CHUN", "LIN YI-CHUN").score


def test_the_thai_name_list_is_what_the_script_builds():
    from desktop.screening import score

    head = score.THAI_FILE.read_text(encoding="utf-8")[:400]
    assert "Thai Male and Female Names Corpus (CC BY-SA 4.0" in head
    score.thai_names.cache_clear()
    names = score.thai_names()
    assert len(names) > 15_000, len(names)
    assert "M" in names["SOMCHAI"] and "S" in names["THONGDI"]
    if importlib.util.find_spec("pythainlp") is None:  # dev-time source only
        pytest.skip("pythainlp 5.4.0 is not installed")
    from scripts import build_thai_names

    names, script = build_thai_names.build()
    assert build_thai_names.OUT.read_text(encoding="utf-8") == names
    assert build_thai_names.SCRIPT_OUT.read_text(encoding="utf-8") == script
