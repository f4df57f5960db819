"""Issue 12, rule 3 on the held-out parts' false matches (names-precision): two real
names one or two letters apart are two people unless the birth date and nationality
agree; a spelling that is no name stays a likely slip. One test group per rule: pairs it
separates, and one person's names it must not cap."""

from __future__ import annotations

import pytest

from desktop.screening.score import (
    DEFAULT_THRESHOLD,
    Facts,
    compare_names,
    compare_people,
)


def _codes(a: str, b: str) -> set[str]:
    return {getattr(r, "code", "") for r in compare_names(a, b).reasons}


# --- rules withdrawn after review (names-precision): one person's spellings ------------
# -n/-ng of one hyphenated given syllable, two Latin-script origins' surnames and Arabic
# script's long vowels were tried as caps; the review found one person's spellings and
# keying slips capped by each (a list romanises the characters where a passport merged
# the finals; emigrant spellings; hamza seats and Quranic spellings). Names alone keep
# them one; birth date and nationality do the rest.


@pytest.mark.parametrize(
    "a,b",
    [
        ("WANG CHIEN-MING", "WANG CHIEN-MIN"),  # 王建民: his passport's MING, Wade-Giles MIN
        ("CHIANG PIN-KUNG", "CHIANG PING-KUNG"),  # 江丙坤
        ("CHAN TAI-MING", "CHAN TAI-MIN"),  # a G dropped: a keying slip
        ("JOHN SMITH", "JOHN SMIT"),
        ("MARY JOHNSON", "MARY JOHNSSON"),
        ("ANNA HOFFMAN", "ANNA HOFFMANN"),
        ("JOSE RODRIGUEZ", "JOSE RODRIGUES"),
        ("MARIA FERNANDES", "MARIA FERNANDEZ"),
        ("فؤاد علي", "فواد علي"),  # a hamza on its seat or on a plain waw
        ("عائض القرني", "عايض القرني"),  # the same man in two newspapers
        ("داود سليمان", "داوود سليمان"),  # one name, the waw doubled or not
        ("إسحاق علي", "إسحق علي"),  # the Quranic spelling drops the alif
        ("دونالد ترامب", "دونالد ترمب"),  # a foreign name in two press spellings
    ],
)
def test_one_persons_spellings_are_not_capped(a, b):
    assert compare_names(a, b).score >= DEFAULT_THRESHOLD, compare_names(a, b).reasons


# --- an A against an I: two given names (or surnames), no slip or transliteration ----


@pytest.mark.parametrize(
    "a,b",
    [
        ("JAMAL HASSAN", "JAMIL HASSAN"),  # جمال / جميل
        ("KARIM YOUSSEF", "KARAM YOUSSEF"),  # كريم / كرم
        ("RINA WIJAYA", "RINI WIJAYA"),  # Indonesian given names
        ("ALI KARIMI", "ALI KARAMI"),  # Persian surnames
    ],
)
def test_a_against_i_are_two_names(a, b):
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD <= m.uncapped
    assert _codes(a, b) & {
        "name.distinct_given_vowel",
        "name.distinct_surnames",
        "name.distinct_vowel",
    }


@pytest.mark.parametrize(
    "a,b",
    [
        ("KHALED MANSOUR", "KHALID MANSOUR"),  # short vowel written E or I: one name
        ("AHMED SALEH", "AHMAD SALEH"),  # E or A
        ("MUSTAFA KEMAL", "MOSTAFA KAMAL"),  # U or O, E or A
        ("JAMAL HASSAN", "JAMAAL HASSAN"),  # a long vowel doubled
    ],
)
def test_other_vowel_spellings_are_not_capped_by_the_a_i_rule(a, b):
    assert "name.distinct_given_vowel" not in _codes(a, b)


def test_a_i_rule_lifted_when_birth_date_and_nationality_agree():
    a = Facts(("JAMAL HASSAN",), "1970-01-02", "EGY")
    b = Facts(("JAMIL HASSAN",), "1970-01-02", "EGY")
    assert compare_people(a, b).score >= DEFAULT_THRESHOLD
    c = Facts(("JAMIL HASSAN",), None, "JOR")
    assert compare_people(a, c).score < DEFAULT_THRESHOLD


# --- two given names of one country's list, two keying steps apart or more -----------


@pytest.mark.parametrize(
    "a,b",
    [
        ("SUNIL KUMAR", "SUSHIL KUMAR"),  # both common in India
        ("ANDREW STEWART", "ANDREW STUART"),  # both common given names (and surnames)
    ],
)
def test_two_names_of_one_country_two_steps_apart(a, b):
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD <= m.uncapped
    assert "name.distinct_given_country" in _codes(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("PIETRO ROSSI", "PEDRO ROSSI"),  # two countries' forms of one name: penalty only
        ("SUNIL KUMAR", "SUNIIL KUMAR"),  # a slip: one step, onto no name
        # review: one name's Persian and Egyptian spellings; SH written S
        ("EBRAHIM HASSAN", "IBRAHEM HASSAN"),
        ("SHERINE HASSAN", "SIRINE HASSAN"),
    ],
)
def test_one_country_rule_leaves_other_countries_forms_and_slips(a, b):
    assert "name.distinct_given_country" not in _codes(a, b)
    assert compare_names(a, b).score >= DEFAULT_THRESHOLD


def test_one_country_rule_lifted_when_birth_date_and_nationality_agree():
    a = Facts(("SUNIL KUMAR",), "1985-06-07", "IND")
    b = Facts(("SUSHIL KUMAR",), "1985-06-07", "IND")
    assert compare_people(a, b).score >= DEFAULT_THRESHOLD


# --- Vietnamese surnames of two characters ---------------------------------------------


@pytest.mark.parametrize("a,b", [("LE VAN TUNG", "LY VAN TUNG"), ("DO VAN HUNG", "DAO VAN HUNG")])
def test_two_vietnamese_surnames_of_different_characters(a, b):
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD <= m.uncapped
    assert "name.distinct_vietnamese" in _codes(a, b)


@pytest.mark.parametrize(
    "a,b", [("VU THI LAN", "VO THI LAN"), ("HUYNH VAN TUNG", "HOANG VAN TUNG")]
)
def test_one_vietnamese_surname_two_spellings_not_capped(a, b):
    assert "name.distinct_vietnamese" not in _codes(a, b)


@pytest.mark.parametrize(
    "a,b", [("TRAN VAN MINH", "TRANG VAN MINH"), ("DANG VAN MINH", "DAN VAN MINH")]
)
def test_a_vietnamese_surnames_final_letter_dropped_is_a_slip(a, b):
    # review: a final G added or dropped is a keying slip of one surname
    assert "name.distinct_vietnamese" not in _codes(a, b)
    assert compare_names(a, b).score >= DEFAULT_THRESHOLD


# --- one given syllable read in the kind of spelling the rest of the name uses ---------


@pytest.mark.parametrize(
    "a,b",
    [
        ("HO HSIN-CHUN", "HO HSIN-CHEN"),  # Mandarin (HSIN): 純 / 珍; 珍 is Cantonese CHUN
        ("CHEN YI-CHUN", "CHEN YI-CHEN"),  # Mandarin: 君 / 真
        ("LIN TE-FU", "LIN TE-HU"),  # Mandarin (TE): 福 / 虎; 虎 is Cantonese FU
        ("CHAN KA-MAN", "CHAN KA-WAN"),  # Cantonese (KA): 文 / 雲; 萬 is Mandarin WAN
    ],
)
def test_a_syllable_read_as_the_rest_of_the_name_is_spelt(a, b):
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD <= m.uncapped
    assert "name.distinct_given_kind" in _codes(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("WONG CHEE KEONG", "WONG CHEE KEUNG"),  # 強 in Malaysian and Hong Kong spelling
        ("CHAN KA MENG", "CHAN KA MING"),  # 明: Macau MENG, Hong Kong MING
        ("CHOI MIN-JEONG", "CHOI MIN-JUNG"),  # one Korean block, 정
        ("LAI HUI-CHUAN", "LAI HUI-JUAN"),  # Wade-Giles CHUAN is Pinyin JUAN
        ("CHANG CHIH-LUN", "CHANG CHIH-LUB"),  # a slip into no syllable
        # review: 志 CHI, Taiwan's customary spelling; 榮 YUNG beside Wade-Giles JUNG
        # (張榮發 / Chang Jung-fa Foundation); 山 SAAN in Jyutping
        ("LIN CHI-LING", "LIN CHIH-LING"),
        ("CHANG YUNG-FA", "CHANG JUNG-FA"),
        ("CHAN TAI-SAN", "CHAN TAI-SAAN"),
    ],
)
def test_one_characters_spellings_and_slips_stay_one_name(a, b):
    assert "name.distinct_given_kind" not in _codes(a, b)
    assert compare_names(a, b).score >= DEFAULT_THRESHOLD


# --- an E against an I in two names of a Cyrillic country -------------------------------


@pytest.mark.parametrize(
    "a,b", [("ALINA PETROVA", "ALENA PETROVA"), ("Алина Петрова", "Алёна Петрова")]
)
def test_cyrillic_e_against_i_are_two_names(a, b):
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD <= m.uncapped
    assert "name.distinct_given_cyrillic" in _codes(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("KHALED NASSER", "KHALID NASSER"),  # Arabic: E and I write one short vowel
        ("ISMAIL NASSER", "ISMAEL NASSER"),
    ],
)
def test_e_against_i_from_arabic_script_stays_one_name(a, b):
    assert "name.distinct_given_cyrillic" not in _codes(a, b)
    assert compare_names(a, b).score >= DEFAULT_THRESHOLD


# --- one stem with two family-name endings (names-precision2) -------------------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("ANDREI SOKOLOV", "ANDREI SOKOLOVSKII"),  # -OV / -OVSKII
        ("NIKOLAI SEMENOV", "NIKOLAI SEMIN"),  # -OV / -IN
        ("DMYTRO LYSENKO", "DMYTRO LYSAK"),  # -ENKO / -AK
        ("MIHAI POPESCU", "MIHAI POPOVICI"),  # -ESCU / -OVICI
        ("ZAHRA AHMADI", "ZAHRA AHMADINEJAD"),  # Persian -NEJAD on a listed name
    ],
)
def test_one_stem_with_two_family_endings_is_two_families(a, b):
    assert compare_names(a, b).score < DEFAULT_THRESHOLD
    assert "name.distinct_surname_suffix" in _codes(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("IVAN SMIRNOV", "IVAN SMIRNOFF"),  # an emigrant's transliteration of one ending
        ("IVAN SERGEEV", "IVAN SERGEYEV"),
        ("OLGA IVANOVA", "OLGA IVANOV"),  # feminine and masculine form of one family
        ("ANNA KOWALSKA", "ANNA KOWALSKI"),
        ("PETR POPOVIC", "PETR POPOVICH"),
        ("IRINA KISELEVA", "IRINA KISELOVA"),  # Ё written E or O
        ("ANDREI SOKOLOV", "ANDREI SOKOLOW"),
        ("ANDREI SOKOLOV", "ANDREI SOKOLOOV"),  # keying slips stay slips
        ("NIKOLAI SEMIN", "NIKOLAI SEMINA"),
    ],
)
def test_one_endings_spellings_and_slips_are_not_capped(a, b):
    assert compare_names(a, b).score >= DEFAULT_THRESHOLD
    assert "name.distinct_surname_suffix" not in _codes(a, b)


def test_latin_families_are_not_judged_by_slavic_endings():
    # MOLINA / MOLINE are two families of two Latin-script countries, not one ending
    assert compare_names("JOHN MOLINA", "JOHN MOLINE").score < DEFAULT_THRESHOLD


def test_family_endings_rule_lifted_when_birth_date_and_nationality_agree():
    a = Facts(("NIKOLAI SEMENOV",), "1970-01-02", "RUS")
    b = Facts(("NIKOLAI SEMIN",), "1970-01-02", "RUS")
    assert compare_people(a, b).score >= DEFAULT_THRESHOLD
    c = Facts(("NIKOLAI SEMIN",), None, "UKR")
    assert compare_people(a, c).score < DEFAULT_THRESHOLD


# --- a long vowel of Arabic or Persian script against a bare A (names-precision2) -----


@pytest.mark.parametrize(
    "a,b",
    [
        ("MOHAMMAD REZA HOSSEINI", "MOHAMMAD REZA HASSANI"),  # حسینی / حسنی
        ("REZA MOHAMMADI", "REZA MAHMOUDI"),  # محمدی / محمودی
    ],
)
def test_a_long_vowel_against_a_bare_a_is_two_names(a, b):
    assert compare_names(a, b).score < DEFAULT_THRESHOLD
    assert "name.distinct_long_vowel" in _codes(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("ALI HOSSEINI", "ALI HUSSEINI"),  # one name: a short vowel written O or U
        ("ALI HOSSEINI", "ALI HOSEINI"),
        ("ALI HOSSEINI", "ALI HOSSAINI"),  # ی written EI or AI
        ("REZA MOHAMMADI", "REZA MUHAMMADI"),
        ("ALI MAHMOUDI", "ALI MAHMUDI"),  # و written OU or U
        ("AHMED ABDALLAH", "AHMED ABDULLAH"),  # a short vowel, not a long one
        ("RAVI JAIN", "RAVI JANI"),  # two letters swapped: a keying slip
        ("RAVI SAINI", "RAVI SANI"),
    ],
)
def test_one_names_vowel_spellings_are_not_capped_by_the_long_vowel_rule(a, b):
    assert compare_names(a, b).score >= DEFAULT_THRESHOLD
    assert "name.distinct_long_vowel" not in _codes(a, b)


def test_long_vowel_rule_lifted_when_birth_date_and_nationality_agree():
    a = Facts(("REZA MOHAMMADI",), "1970-01-02", "IRN")
    b = Facts(("REZA MAHMOUDI",), "1970-01-02", "IRN")
    assert compare_people(a, b).score >= DEFAULT_THRESHOLD
    c = Facts(("REZA MAHMOUDI",), None, "IRQ")
    assert compare_people(a, c).score < DEFAULT_THRESHOLD


# --- a Slavic surname's two sexes with a man's and a woman's given name ----------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("EVGENIY MOROZOV", "EVGENIYA MOROZOVA"),
        ("ALEKSANDR SOKOLOV", "ALEKSANDRA SOKOLOVA"),
        ("IVAN POPOV", "IVANA POPOVA"),
    ],
)
def test_a_surnames_two_sexes_with_two_sexes_given_names_are_two_people(a, b):
    # VALERY / VALERIA is not capped: VALERY is also a woman's name (review
    # names-precision2: the man's side must be a man's name only)
    assert compare_names(a, b).score < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    "a,b",
    [
        ("OLGA IVANOVA", "OLGA IVANOV"),  # one woman, her surname in the man's form
        ("SERGEI IVANOV", "SERGEI IVANOVA"),
        ("ANNA KOWALSKA", "ANNA KOWALSKI"),
        ("NATALIA PETROVA", "NATALYA PETROVA"),  # one name's spellings, one form
    ],
)
def test_one_given_name_with_both_surname_forms_is_not_capped(a, b):
    assert compare_names(a, b).score >= DEFAULT_THRESHOLD
    assert "name.distinct_sex_forms" not in _codes(a, b)


def test_sex_forms_rule_lifted_when_birth_date_and_nationality_agree():
    a = Facts(("EVGENIY MOROZOV",), "1970-01-02", "RUS")
    b = Facts(("EVGENIYA MOROZOVA",), "1970-01-02", "RUS")
    assert compare_people(a, b).score >= DEFAULT_THRESHOLD
    c = Facts(("EVGENIYA MOROZOVA",), None, "UKR")
    assert compare_people(a, c).score < DEFAULT_THRESHOLD


# --- an A against an I with a doubled consonant written once (Arabic script) ----------


@pytest.mark.parametrize(
    "a,b",
    [
        ("YASSER KHATIB", "YASSER KHATTAB"),  # خطيب / خطاب
        ("RASHID OMAR", "RASHAD OMAR"),  # رشيد / رشاد
        ("SAMIR HADDAD", "SAMIR HADID"),  # حداد / حديد
    ],
)
def test_a_against_i_with_a_doubled_consonant_is_two_names(a, b):
    assert compare_names(a, b).score < DEFAULT_THRESHOLD
    assert "name.distinct_vowel" in _codes(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("AHMED KHATIB", "AHMED KHATTIB"),  # the shadda written or not: one name
        ("AHMED HADDAD", "AHMED HADAD"),
        ("AHMED ABDALLAH", "AHMED ABDILLAH"),  # one name in the genitive
        ("JOHN MCNEAL", "JOHN MCNEILL"),  # a Latin-script family's spellings: not judged
    ],
)
def test_doubled_consonant_rule_leaves_one_names_spellings(a, b):
    assert "name.distinct_vowel" not in _codes(a, b)


def test_doubled_consonant_rule_lifted_when_birth_date_and_nationality_agree():
    a = Facts(("YASSER KHATIB",), "1970-01-02", "JOR")
    b = Facts(("YASSER KHATTAB",), "1970-01-02", "JOR")
    assert compare_people(a, b).score >= DEFAULT_THRESHOLD
    c = Facts(("YASSER KHATTAB",), None, "EGY")
    assert compare_people(a, c).score < DEFAULT_THRESHOLD


# --- review names-precision2: one person's names the second round's rules capped -------


@pytest.mark.parametrize(
    "a,b",
    [
        ("DINARA SAFINA", "DINARA SAFINOVA"),  # Czech press adds -OVA to a foreign woman
        ("OKSANA KOVALCHUK", "OKSANA KOVALCHUKOVA"),
        ("JANA NOVAK", "JANA NOVAKOVA"),  # a Czech woman may register the man's form
        ("ANNA DANKO", "ANNA DANKOVA"),  # Slovak: the man's -O gives way to -OVA
        ("SULIMAN OLAYAN", "SULIMAN ELAYYAN"),  # YY written once: one name, عليان
        ("ALI HEIDARI", "ALI HAIDARI"),  # حیدری in two spellings, both ranked in Sweden
        ("ALI HEIDARI", "ALI HEYDARI"),
        ("PETIA IVANOV", "PETYA IVANOVA"),  # one woman's name spelt two ways
        ("SANIA KHAIRULLIN", "SANIYA KHAIRULLINA"),
    ],
)
def test_one_persons_names_the_second_rounds_rules_must_not_cap(a, b):
    assert compare_names(a, b).score >= DEFAULT_THRESHOLD, compare_names(a, b).reasons


# --- third round (names-precision3): a Taiwanese name wholly in Wade-Giles -------------
# Its surname is Taiwan's spelling too: a Hong Kong (LIU 廖, LO 盧), Macau or Fuzhou
# reading of another family's character does not make LIU and LIAO one surname there.


@pytest.mark.parametrize(
    "a,b",
    [
        ("LIU CHIEN-HSUN", "LIAO CHIEN-HSUN"),  # 劉 / 廖 (LIU only Cantonese for 廖)
        ("LIAO CHUN-CHIEH", "LIU CHUN-CHIEH"),
        ("LO WEN-CHIEH", "LU WEN-CHIEH"),  # 羅 / 盧 (LO only Cantonese for 盧)
        ("LO CHIA-YING", "LU CHIA-YING"),
        ("LIU, CHIEN HSUN", "LIAO CHIEN-HSUN"),  # the MRZ's form of the same name
    ],
)
def test_a_wade_giles_name_does_not_borrow_a_hong_kong_surname_reading(a, b):
    assert "name.distinct_surnames_abroad" in _codes(a, b), compare_names(a, b).reasons
    assert compare_names(a, b).score < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    "a,b",
    [
        ("LIU MEI-LING", "LIAO MEI-LING"),  # MEI-LING is Hong Kong's spelling too: 廖美玲
        ("LIAO CHUN-HUNG", "LIU CHUN-HUNG"),  # CHUN-HUNG also Cantonese
        ("LIN SHU-HUA", "LING SHU-HUA"),  # a Fuzhou family with a Pinyin given name
        ("CHEN CHIEN-HSUN", "TAN CHIEN-HSUN"),  # Hokkien 陳: one of Taiwan's tongues
        ("KO, ZHI HAO", "GAO ZHI-HAO"),  # a Pinyin given name (review names5)
        ("LIAO CHIEN-HSUN", "LIAO CHIEN-HSUN"),
        ("LIAO CHIEN-HSUN", "LAIO CHIEN-HSUN"),  # a keying slip stays a possible slip
    ],
)
def test_one_surname_of_other_names_is_not_capped_by_the_wade_giles_rule(a, b):
    assert "name.distinct_surnames_abroad" not in _codes(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        # Taiwan's own tongues (review names3 r3, findings 2 and 3): a Taiwanese may carry
        # the Hokkien reading of the surname (BOCA accepts a national language's reading)
        ("TU CHIH-HSUN", "TO CHIH-HSUN"),  # 涂, Hokkien TO
        ("MAO CHIH-HSUN", "MO CHIH-HSUN"),  # 毛
        ("GAO CHIH-HSUN", "KO CHIH-HSUN"),  # 高, Hokkien KO
        ("KAO CHIH-HSUN", "KO CHIH-HSUN"),
        ("HSIA CHIH-HSUN", "HA CHIH-HSUN"),  # 夏
        ("SHIH CHIH-HSUN", "SI CHIH-HSUN"),  # 施
        ("CHUANG CHIH-HSUN", "CHONG CHIH-HSUN"),  # 莊
        ("CHIEN CHIH-HSUN", "KAN CHIH-HSUN"),  # 簡
        ("LIN CHIH-HSUN", "LING CHIH-HSUN"),  # 林 in Fuzhou, Matsu's language
    ],
)
def test_a_taiwanese_name_keeps_its_surnames_hokkien_and_matsu_readings(a, b):
    assert compare_names(a, b).score >= DEFAULT_THRESHOLD, compare_names(a, b).reasons


def test_wade_giles_surname_rule_lifted_when_birth_date_and_nationality_agree():
    a = Facts(("LIU CHIEN-HSUN",), "1970-01-02", "TWN")
    b = Facts(("LIAO CHIEN-HSUN",), "1970-01-02", "TWN")
    assert compare_people(a, b).score >= DEFAULT_THRESHOLD
    c = Facts(("LIAO CHIEN-HSUN",), None, "HKG")
    assert compare_people(a, c).score < DEFAULT_THRESHOLD


# --- third round: two surnames of one Latin-script origin a long vowel's spelling apart --
# The Arabic and Persian script rule reads EI / EE / AI as one long vowel (HEIDARI /
# HAIDARI); two families that wrote Latin letters from the start are two names there.


@pytest.mark.parametrize(
    "a,b",
    [
        ("SCOTT REID", "SCOTT REED"),  # both English, ranked apart by the US census
        ("CAROL REED", "CAROL REID"),
        ("ROBERT MCKAY", "ROBERT MCKEE"),
    ],
)
def test_two_latin_families_a_long_vowel_apart_are_two_names(a, b):
    assert "name.distinct_surnames" in _codes(a, b), compare_names(a, b).reasons
    assert compare_names(a, b).score < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    "a,b",
    [
        ("ALI HEIDARI", "ALI HAIDARI"),  # حیدری: one name of Persian script
        ("ANNA FREI", "ANNA FREY"),  # Y for I: Й transliterated both ways
        ("MARIA LEIVA", "MARIA LEYVA"),
        ("JOHN REID", "JOHN RIED"),  # a keying slip of a listed name
        ("JOHN REED", "JOHN REEED"),
        # German EI / AI / EY / AY, Dutch IJ: one diphthong, АЙ in Russian (Майер), so a
        # list compiled from Cyrillic writes MAYER for MEIER (review names3 r3, finding 6)
        ("ANNA MEIER", "ANNA MAIER"),
        ("ANNA MEIER", "ANNA MEYER"),
        ("ANNA MEIER", "ANNA MAYER"),
        ("ANNA MAIER", "ANNA MEYER"),
        ("ANNA MEYER", "ANNA MAYER"),
        ("ANNA MEIJER", "ANNA MEIER"),
        ("ANNA SEILER", "ANNA SAILER"),
    ],
)
def test_one_names_long_vowel_spellings_and_slips_are_not_capped(a, b):
    assert compare_names(a, b).score >= DEFAULT_THRESHOLD, compare_names(a, b).reasons


def test_latin_long_vowel_rule_lifted_when_birth_date_and_nationality_agree():
    a = Facts(("SCOTT REID",), "1970-01-02", "GBR")
    b = Facts(("SCOTT REED",), "1970-01-02", "GBR")
    assert compare_people(a, b).score >= DEFAULT_THRESHOLD
    c = Facts(("SCOTT REED",), None, "USA")
    assert compare_people(a, c).score < DEFAULT_THRESHOLD


# --- third round: a Ukrainian -KO name against its stem with a filial ending ------------


@pytest.mark.parametrize(
    "a,b",
    [("VITALII BOIKO", "VITALII BOICHUK"), ("IVAN DANKO", "IVAN DANCHUK")],
)
def test_a_ko_name_and_its_stems_chuk_name_are_two_families(a, b):
    assert compare_names(a, b).score < DEFAULT_THRESHOLD, compare_names(a, b).reasons


@pytest.mark.parametrize(
    "a,b",
    [
        ("VITALII BOIKO", "VITALII BOYKO"),  # Бойко in two transliterations
        ("TARAS BOIKO", "TARAS BOIKA"),  # a keying slip
        ("TARAS BOICHUK", "TARAS BOICHUCK"),
    ],
)
def test_one_ukrainian_names_spellings_are_not_capped_by_the_ko_rule(a, b):
    assert compare_names(a, b).score >= DEFAULT_THRESHOLD, compare_names(a, b).reasons


def test_ko_rule_lifted_when_birth_date_and_nationality_agree():
    a = Facts(("VITALII BOIKO",), "1970-01-02", "UKR")
    b = Facts(("VITALII BOICHUK",), "1970-01-02", "UKR")
    assert compare_people(a, b).score >= DEFAULT_THRESHOLD
    c = Facts(("VITALII BOICHUK",), None, "POL")
    assert compare_people(a, c).score < DEFAULT_THRESHOLD


# --- third round: Thai given names and family names (RTGS list, scripts/build_thai_names.py)


@pytest.mark.parametrize(
    "a,b",
    [
        ("SOMCHAI JAIDEE", "SOMSAK JAIDEE"),  # สมชาย / สมศักดิ์
        ("WICHAI BUNMA", "WICHIT BUNMA"),  # วิชัย / วิชิต
        ("KITTIPHONG SUKSAWAT", "KITTIPHAN SUKSAWAT"),  # กิตติพงษ์ / กิตติพันธ์
        ("SUCHAT THONGDI", "SUCHAT THONGKHAM"),  # two families' own surnames
    ],
)
def test_two_thai_names_of_the_list_are_two_names(a, b):
    assert "name.distinct_thai" in _codes(a, b), compare_names(a, b).reasons
    assert compare_names(a, b).score < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    "a,b",
    [
        ("WICHAI BUNMA", "VICHAI BOONMA"),  # RTGS and a customary spelling of one name
        ("SOMCHAI CHAIDI", "SOMCHAI JAIDEE"),
        ("SUCHAT THONGDI", "SUCHART TONGDEE"),
        ("SOMPHON CHAIMONGKHON", "SOMPORN CHAIMONGKOL"),
        ("SOMPHON CHAIMONGKHON", "SOMPHONG CHAIMONGKHON"),  # one step: a possible slip
        ("KHUNANON SUKSAWAT", "KHUNANN SUKSAWAT"),  # a slip landing on a listed form
        ("SAELO SOMCHAI", "SAEO SOMCHAI"),
        ("SOMCHAI SRIWONG", "SOMCHAI SRIWONGSA"),  # วงศ์'s silent final letter written
    ],
)
def test_one_thai_names_spellings_and_slips_are_not_capped(a, b):
    assert "name.distinct_thai" not in _codes(a, b), compare_names(a, b).reasons


def test_thai_rule_lifted_when_birth_date_and_nationality_agree():
    a = Facts(("SOMCHAI JAIDEE",), "1970-01-02", "THA")
    b = Facts(("SOMSAK JAIDEE",), "1970-01-02", "THA")
    assert compare_people(a, b).score >= DEFAULT_THRESHOLD
    c = Facts(("SOMSAK JAIDEE",), None, "LAO")
    assert compare_people(a, c).score < DEFAULT_THRESHOLD


# --- fourth round: Thai customary passport spellings through their fold (issue 12) ------


@pytest.mark.parametrize(
    "a,b",
    [
        ("VICHAI SRISOOK", "VICHIT SRISOOK"),  # customary VICHAI: RTGS WICHAI / WICHIT
        ("JIRAPORN SUKPRASERT", "JIRAPA SUKPRASERT"),  # จิราพร / จิราภา
        ("TEERAPONG SRITHONG", "TEERAPAT SRITHONG"),  # ธีรพงษ์ / ธีรภัทร
        ("SAKCHAI MANEEWONG", "SAKCHAI MANEEWAN"),  # มณีวงศ์ / มณีวรรณ: two families
        ("WANCHAI THONGDEE", "WANCHAI THONGMA"),
        ("PRASERT BOONMA", "PRASIT BOONMA"),  # ประเสริฐ PRASOET / ประสิทธิ์ PRASIT
        ("KAMOLWAN TONGPRASERT", "KAMOLRAT TONGPRASERT"),  # final ล: KAMONWAN / KAMONRAT
    ],
)
def test_two_thai_names_in_customary_spellings_are_two_names(a, b):
    assert "name.distinct_thai" in _codes(a, b), compare_names(a, b).reasons
    assert compare_names(a, b).score < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    "a,b",
    [
        ("CHIRAPHON SUKPRASOET", "JIRAPORN SUKPRASERT"),  # RTGS / customary, one person
        ("SOMPHONG JAIDEE", "SOMPONG JAIDEE"),
        ("THANATHON JUANGROONGRUANGKIT", "THANATHORN JUANGROONGRUANGKIT"),  # the MP
        ("PHONTHIP ROJANASUNAN", "PORNTHIP ROJANASUNAN"),  # the forensic pathologist
        ("BUNSONG LEKAGUL", "BOONSONG LEKAGUL"),  # the naturalist
        ("RATCHANOK INTHANON", "RATCHANOK INTANON"),  # the badminton player
        ("PRAYUT CHANOCHA", "PRAYUTH CHANOCHA"),
        ("ANUTHIN CHARNVIRAKUL", "ANUTIN CHARNVIRAKUL"),
        ("PHAETHONGTHAN SHINAWATRA", "PAETONGTARN SHINAWATRA"),
        ("APHISIT VEJJAJIVA", "ABHISIT VEJJAJIVA"),
        ("BUAKHAO BANCHAMEK", "BUAKAW BANCHAMEK"),  # the kickboxer: ขาว KHAO / KAW
        ("PRASOET BOONMA", "PRASERT BOONMA"),
        ("KAMONWAN TONGPRASERT", "KAMOLWAN TONGPRASERT"),
        ("CHALOEM YUBAMRUNG", "CHALERM YUBAMRUNG"),  # the politician
    ],
)
def test_one_thai_persons_rtgs_and_customary_spellings_match(a, b):
    assert "name.distinct_thai" not in _codes(a, b), compare_names(a, b).reasons
    assert compare_names(a, b).score >= DEFAULT_THRESHOLD, compare_names(a, b).reasons


def test_rtgs_and_customary_spelling_explained_as_one_thai_name():
    assert "name.thai_spelling" in _codes("CHIRAPHON SUKPRASOET", "JIRAPORN SUKPRASERT")


def test_thai_customary_rule_lifted_when_birth_date_and_nationality_agree():
    a = Facts(("VICHAI SRISOOK",), "1970-01-02", "THA")
    b = Facts(("VICHIT SRISOOK",), "1970-01-02", "THA")
    assert compare_people(a, b).score >= DEFAULT_THRESHOLD
    c = Facts(("VICHIT SRISOOK",), None, "LAO")
    assert compare_people(a, c).score < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    "thai,latin",
    [
        ("สมพงษ์ ใจดี", "SOMPHONG CHAIDI"),  # the rules alone read SAMAPHONG
        ("ปิยะพงษ์ เจริญสุข", "PIYAPHONG CHAROENSUK"),
        ("นิพนธ์ แก้วมณี", "NIPHON KAEOMANI"),
    ],
)
def test_thai_script_names_read_by_the_name_list(thai, latin):
    assert compare_names(thai, latin).score >= DEFAULT_THRESHOLD, compare_names(thai, latin)
    assert "name.thai_table" in _codes(thai, latin)


def test_thai_script_reading_by_the_list_joins_no_two_names():
    assert compare_names("สมพงษ์ ใจดี", "SOMSAK CHAIDI").score < DEFAULT_THRESHOLD
    assert (
        compare_names("สมพงษ์ ใจดี", "SOMPHONG CHAIDI").score
        > compare_names("สมพงษ์ ใจดี", "SOMPHOP CHAIDI").score
    )


# --- fourth round: Japanese passport spellings of one name (OU / OH / dropped, Kunrei) --


@pytest.mark.parametrize(
    "a,b",
    [
        ("SATO DAIKI", "SATOU DAIKI"),  # さとう: kana OU written out
        ("ITO SOTA", "ITOU SOUTA"),
        ("KATO SHOTA", "KATOU SHOUTA"),
        ("MATSUMOTO AYAKA", "MATUMOTO AYAKA"),  # Kunrei-shiki TU: two listed surnames
        ("TSUCHIYA TAICHI", "TUTIYA TAITI"),
        ("TOMONAGA SHINICHIRO", "TOMONAGA SINITIRO"),  # 朝永振一郎 as he signed
    ],
)
def test_one_japanese_persons_passport_spellings_match(a, b):
    assert compare_names(a, b).score >= DEFAULT_THRESHOLD, compare_names(a, b).reasons
    assert "name.japanese_spelling" in _codes(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("SATO KENTA", "SAITO KENTA"),  # さとう / さいとう: two names
        ("SATO KENTA", "SATO KENTO"),
        ("CHOU WEI-MING", "CHO WEI-MING"),  # 周 / 卓: Chinese syllables, not Japanese OU
        ("MAU, HUA", "MAO<<HUA"),  # GR MAU: HUA is no Kunrei HU (FUA)
    ],
)
def test_japanese_spelling_fold_joins_no_two_names(a, b):
    assert "name.japanese_spelling" not in _codes(a, b), compare_names(a, b).reasons


# --- fourth round: Malay given names of Malaysia's list two steps apart ----------------


@pytest.mark.parametrize(
    "a,b",
    [
        ("AHMAD FAIZAL BIN MOHD YUSOF", "AHMAD FAIZAL BIN MOHD YUNUS"),  # two fathers
        ("FARIDAH BINTI AHMAD", "FARAH BINTI AHMAD"),
    ],
)
def test_two_malay_given_names_are_two_names(a, b):
    assert compare_names(a, b).score < DEFAULT_THRESHOLD, compare_names(a, b).reasons


@pytest.mark.parametrize(
    "a,b",
    [
        ("MUHAMMAD HAFIZ BIN RAMLI", "MUHAMMAD HAFIZI BIN RAMLI"),  # one step: a slip
        ("SHAHRUL NIZAM BIN ISA", "SHAHRIL NIZAM BIN ISA"),
        ("AHMAD BIN YUSOF", "AHMAD BIN YUSUF"),  # one name's spellings
        ("NUR AISYAH BINTI OMAR", "NUR AISHAH BINTI OMAR"),
        ("MOHD HAFIZUDDIN BIN ZAKARIA", "MUHAMMAD HAFIZUDDIN BIN ZAKARIA"),
    ],
)
def test_malay_slips_and_spellings_are_not_capped(a, b):
    assert compare_names(a, b).score >= DEFAULT_THRESHOLD, compare_names(a, b).reasons


def test_malay_rule_lifted_when_birth_date_and_nationality_agree():
    a = Facts(("AHMAD FAIZAL BIN MOHD YUSOF",), "1970-01-02", "MYS")
    b = Facts(("AHMAD FAIZAL BIN MOHD YUNUS",), "1970-01-02", "MYS")
    assert compare_people(a, b).score >= DEFAULT_THRESHOLD
    c = Facts(("AHMAD FAIZAL BIN MOHD YUNUS",), None, "IDN")
    assert compare_people(a, c).score < DEFAULT_THRESHOLD


# --- third round: a given name and a father's name swapped around BIN / BINTI -----------


@pytest.mark.parametrize(
    "a,b",
    [
        ("AHMAD BIN ISMAIL", "ISMAIL BIN AHMAD"),  # Malay: father and son
        ("SITI BINTI AHMAD", "AHMAD BINTI SITI"),
        ("MOHAMMED BIN SALMAN", "SALMAN BIN MOHAMMED"),
    ],
)
def test_a_given_name_and_fathers_name_swapped_are_two_people(a, b):
    assert "name.distinct_patronymic" in _codes(a, b), compare_names(a, b).reasons
    assert compare_names(a, b).score < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    "a,b",
    [
        ("MOHAMMED BIN SALMAN", "MUHAMMAD BIN SALMAN"),
        ("BIN LADIN, USAMA", "OSAMA BIN LADEN"),  # BIN of the family name
        ("AHMAD BIN ISMAIL", "AHMAD ISMAIL"),  # BIN left out
        ("AHMAD BIN ISMAIL", "ISMAIL, AHMAD BIN"),  # a list's SURNAME, GIVEN form
        # a son named after his father, the two names spelt apart (review names3 r3, 4)
        ("MOHAMMED BIN MUHAMMAD", "MUHAMMAD BIN MOHAMMED"),
        ("AHMED BIN AHMAD", "AHMAD BIN AHMED"),
        ("YUSUF BIN YUSOF", "YUSOF BIN YUSUF"),
        ("OTHMAN BIN OSMAN", "OSMAN BIN OTHMAN"),
        ("MOHD BIN MUHAMMAD", "MUHAMMAD BIN MOHD"),
        ("MUHAMMAD IBN MOHAMMED AL GHAZALI", "MOHAMMED IBN MUHAMMAD AL GHAZALI"),
    ],
)
def test_one_persons_patronymic_names_are_not_capped(a, b):
    assert compare_names(a, b).score >= DEFAULT_THRESHOLD, compare_names(a, b).reasons


def test_patronymic_rule_lifted_when_birth_date_and_nationality_agree():
    a = Facts(("AHMAD BIN ISMAIL",), "1970-01-02", "MYS")
    b = Facts(("ISMAIL BIN AHMAD",), "1970-01-02", "MYS")
    assert compare_people(a, b).score >= DEFAULT_THRESHOLD
    c = Facts(("ISMAIL BIN AHMAD",), "1945-03-04", "MYS")
    assert compare_people(a, c).score < DEFAULT_THRESHOLD


# --- third round: a Hong Kong name wholly in Cantonese (KA-MAN, WAI KEUNG) --------------
# Its surname is Hong Kong's spelling too: a Mandarin system's reading (CHO, 卓 in
# Wade-Giles; CHAN, 詹 in Wade-Giles) does not join two Hong Kong families; Hong Kong's
# and Macau's customary spellings (FONG, LO) are the surname's own.


@pytest.mark.parametrize(
    "a,b",
    [
        ("CHEUK KA-MAN", "CHO KA-MAN"),  # 卓 / 曹 (CHO is 卓 only in Wade-Giles)
        ("CHAN KA-MAN", "CHIM KA-MAN"),  # 陳 / 詹 (CHAN is 詹 only in Wade-Giles)
        ("TSUI WAI KEUNG", "SHIU WAI KEUNG"),  # 徐 / 蕭
    ],
)
def test_a_cantonese_name_does_not_borrow_a_mandarin_surname_reading(a, b):
    assert "name.distinct_surname_chars_hk" in _codes(a, b), compare_names(a, b).reasons
    assert compare_names(a, b).score < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    "a,b",
    [
        ("TAN WAI KEUNG", "CHAN WAI KEUNG"),  # 陳 in Hokkien and Cantonese: one family
        ("WONG KA-MAN", "WANG KA-MAN"),  # 王: a Mandarin spelling of its own character
        ("CHAN KA-MAN", "CHEN KA-MAN"),
        ("NG KA-MAN", "GOH KA-MAN"),  # 吳 in two dialects
        ("FUNG CHI-HO", "FONG CHI-HO"),  # CHI-HO is Mandarin too: left to the other rules
        # one keying step stays a possible slip (review names3 r3, finding 5)
        ("LIU KA-MAN", "LUI KA-MAN"),  # a transposition
        ("YAU KA-MAN", "YU KA-MAN"),
        ("TAM WAI KEUNG", "TAN WAI KEUNG"),  # M and N side by side
    ],
)
def test_one_surname_of_a_cantonese_name_is_not_capped_by_the_hk_rule(a, b):
    assert "name.distinct_surname_chars_hk" not in _codes(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("LAW KA MAN", "LO KA MAN"),  # 羅: Hong Kong's customary LO (Gallen Lo, Him Law)
        ("LO WAI KEUNG", "LAW WAI KEUNG"),
        ("FUNG KA MAN", "FONG KA MAN"),  # 馮: Macau's FONG (Fong Chi Keong, Fung Chi Keung)
        ("FUNG, KA MAN", "FONG KA-MAN"),
        ("FUNG CHI KEUNG", "FONG CHI KEUNG"),
        ("CHING KA MAN", "CHENG KA MAN"),  # 程 in Macau
        ("HUNG KA MAN", "HONG KA MAN"),  # 熊 in Macau
    ],
)
def test_hong_kong_and_macau_customary_surname_spellings_stay_one_surname(a, b):
    # review names3 r3, finding 1: the customary table's spellings share the character
    assert compare_names(a, b).score >= DEFAULT_THRESHOLD, compare_names(a, b).reasons


def test_hk_surname_rule_lifted_when_birth_date_and_nationality_agree():
    a = Facts(("CHEUK KA-MAN",), "1970-01-02", "HKG")
    b = Facts(("CHO KA-MAN",), "1970-01-02", "HKG")
    assert compare_people(a, b).score >= DEFAULT_THRESHOLD
    c = Facts(("CHO KA-MAN",), None, "TWN")
    assert compare_people(a, c).score < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    "a,b",
    [
        # review names4: MAT, MAMAT, AMAT are Malay everyday forms of Muhammad and Ahmad
        ("AHMAD BIN MAT", "AHMAD BIN MAMAT"),
        ("MAT ALI BIN OSMAN", "MAMAT ALI BIN OSMAN"),
        ("AHMAD BIN CHE MAT", "AHMAD BIN CHE MAMAT"),
        ("MUHAMMAD ALI BIN OSMAN", "AMAT ALI BIN OSMAN"),
        ("ALI BIN MOHAMAD", "ALI BIN AMAT"),
        # a Chinese Muslim convert's surname in two dialects (王: ONG, HENG, WANG)
        ("AHMAD ONG BIN ABDULLAH", "AHMAD WANG BIN ABDULLAH"),
        ("AHMAD HENG BIN ABDULLAH", "AHMAD WANG BIN ABDULLAH"),
    ],
)
def test_malay_short_forms_and_chinese_surnames_are_not_capped(a, b):
    assert "name.distinct_given_country" not in _codes(a, b)
    assert compare_names(a, b).score >= DEFAULT_THRESHOLD, compare_names(a, b).reasons


def test_thai_letter_rue_written_ri_is_one_letter():
    # ฤ is RUE in some words and RI in others: PRUET / PRIT are one name's spellings
    assert "name.distinct_thai" not in _codes("SOMCHAI PRUET", "SOMCHAI PRIT")


def test_japanese_spelling_check_ignores_a_word_both_names_share():
    # review names4: RINA in both names said nothing of ZHOU / ZOU
    m = compare_names("ZHOU RINA", "ZOU RINA")
    assert not any("japanese_spelling" in str(r) for r in m.reasons)
    assert m.score < 0.9


def test_one_names_spelling_scores_as_spelt_when_closer_than_the_fold():
    m = compare_names("SATOU DAIKI", "SATO DAIKI")
    assert m.score >= 0.95


@pytest.mark.parametrize(
    "a,b",
    [
        # two neighbouring letters swapped, the commonest keying slip; the census list
        # holds such slips as names (SMTIH, WILLAIMS), which capped them (part 10's misses)
        ("JOHN SMITH", "JOHN SMTIH"),
        ("MARY WILLIAMS", "MARY WILLAIMS"),
        ("JOSE GARCIA", "JOSE GARICA"),
        ("CHEUNG KA MAN", "CHUENG KA MAN"),
    ],
)
def test_a_transposed_surname_stays_a_possible_slip(a, b):
    assert compare_names(a, b).score >= DEFAULT_THRESHOLD, compare_names(a, b).reasons
