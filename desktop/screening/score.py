"""Scoring two names (0..1) with reasons a person can read, and a person-level score
with date of birth / nationality / sex adjustments in the spirit of OpenSanctions'
nomenklatura "logic-v2" (a name score, then penalties for contradicting facts).

Two comparisons run and the better one counts:
- *syllable mode*, when either name is Chinese (Han, or Latin words that read as
  romanised syllables): names become syllable sequences, aligned in order (surname
  first, or rotated when the order is unknown); syllables relate through the tables of
  `chinese` (same Mandarin syllable in another system, Cantonese/Mandarin readings of one
  character, a character and its romanisations). A missing syllable is a different name.
- *word mode*: words are paired by similarity in any order; a word missing on one side
  costs a third of a word (patronymics and second given names are often left out).
Word similarity is a weighted edit distance in which OCR look-alikes (0/O, 1/I, 5/S...)
and common transliteration swaps cost less, plus spelling folds (`translit.phonetic`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import permutations
from pathlib import Path

from rapidfuzz.distance import OSA, Levenshtein

from desktop.glossary import terms
from desktop.messages import Message, MessageList, define, joined, msg
from desktop.screening import (
    brahmic,
    chinese,
    cjk_close,
    given_origin,
    japanese,
    korean,
    one_char,
    vietnamese,
)
from desktop.screening.arabic_letters import letters_apart
from desktop.screening.names import Name, Token, parse
from desktop.screening.translit import (
    arabic_spells,
    arabic_words,
    fold_umlauts,
    phonetic,
    script_of,
    skeleton,
    to_latin,
)
from protocol.rows import known_birth_date

define(
    {
        "name.distinct_surnames": "{a} and {b} are two different common surnames ({origin}): "
        "different people unless the known facts agree",
        "name.distinct_nisba": "{a} and {b} are two different family names: {b} is the "
        "Arabic or Persian family name {a} with the nisba's -I (of the {a}), a "
        "family of its own: different people unless the known facts agree",
        "name.distinct_surname_suffix": "{a} and {b} are one stem with two family-name "
        "endings that make two families (no spelling or keying slip turns one into the "
        "other): different people unless the known facts agree",
        "name.distinct_long_vowel": "{a} and {b} are two different names of Arabic or "
        "Persian script: one writes a long vowel ({va}) where the other has {vb}, which no "
        "transliteration of one name does: different people unless the known facts agree",
        "name.distinct_arabic_script": "{a} and {b} are two different names written in "
        "Arabic script: they differ in a letter (a consonant, or a long vowel و or ي) that "
        "no writing of one name in the script changes: different people unless the known "
        "facts agree",
        "name.distinct_sex_forms": "{a} and {b} are a surname's man's and woman's forms, "
        "and {ga} and {gb} a man's and a woman's given names: two people (relatives), "
        "different people unless the known facts agree",
        "name.distinct_vowel": "{a} and {b} are two different names, an A against an I "
        "(no keying slip or transliteration writes one for the other; a doubled letter "
        "written once): different people unless the known facts agree",
        "name.possible_slip": "{a} is not a common surname: a possible slip of {b}",
        "name.distinct_given": "{a} and {b} are two different given names: "
        "different people unless the known facts agree",
        "name.distinct_given_sexes": "{a} and {b} are two different given names, a man's "
        "and a woman's: different people unless both are given as the same sex or the known "
        "facts agree",
        "name.distinct_given_mostly": "{a} and {b} are two different given names that the US "
        "census gives mostly to different sexes, though each is given to both: scored a little "
        "lower, unless both are given as the same sex or the known facts agree",
        "name.distinct_given_one_sex": "{a} and {b} are two different given names, each "
        "given to one sex only where it is common (names-dataset) and mostly to that sex in "
        "the US census: different people unless both are given as the same sex or the known "
        "facts agree",
        "name.distinct_thai_family": "{a} and {b} are two different Thai family names "
        "of the list (RTGS {ra} and {rb}); Thai law registers a family name to one family "
        "only: different people unless the known facts agree",
        "name.distinct_korean_surnames": "{a} and {b} are passport spellings of two "
        "different Korean surnames, in a name whose given name only Korean spells; a Korean "
        "surname is spelt from its Hangul, not through a Chinese reading of a shared "
        "character or syllable: different people unless the known facts agree",
        "name.distinct_finals": "{a} and {b} are two different syllables (-n and -ng) of a "
        "name in mainland Hanyu Pinyin (a syllable only Pinyin writes, or a CHN passport), "
        "which keeps them apart: different people unless the known facts agree",
        "name.distinct_pinyin_surnames": "{a} and {b} are two different common surnames "
        "(-n and -ng) of a name in Hanyu Pinyin, which keeps them apart: different people "
        "unless the known facts agree",
        "name.distinct_pinyin_chars": "{a} ({ca}) and {b} ({cb}) are the Pinyin spellings "
        "of two different common Chinese surnames, which no romanisation or dialect table "
        "spells as one character: different people unless the known facts agree",
        "name.distinct_surnames_abroad": "{a} and {b} are two different common surnames "
        "in Taiwan's Wade-Giles, the spelling of the given name {given}; only a reading "
        "of {dialect} (not Taiwan's) spells one character both ways: different people "
        "unless the known facts agree",
        "name.distinct_surname_chars": "{a} ({ca}) and {b} ({cb}) stand for different common "
        "Chinese surnames in every table that spells surnames (a match above is of the sound "
        "only): different people unless the known facts agree",
        "name.distinct_surname_chars_hk": "{a} ({ca}) and {b} ({cb}) are two different "
        "common surnames as Hong Kong spells them, the spelling of the given name {given}; "
        "only a Mandarin system spells one character both ways: different people unless "
        "the known facts agree",
        "name.distinct_japanese": "{a} ({ka}) and {b} ({kb}) are two different Japanese "
        "names: different people unless the known facts agree",
        "name.distinct_particle_sexes": "{son} is a son (A/L, S/O, BIN) and {daughter} a "
        "daughter (A/P, D/O, BINTI): different people unless the known facts agree",
        "name.distinct_patronymic": "{a} {son} {b} and {b} {son} {a}: a given name and "
        "a father's name swapped, a father and his child: different people unless the "
        "known facts agree",
        "name.distinct_thai": "{a} and {b} are two different Thai {kind} (RTGS), two "
        "letters or more apart once Thai customary spellings are folded: different people "
        "unless the known facts agree",
        "name.distinct_thai_given": "{a} and {b} are two different Thai given names of "
        "the list (RTGS {ra} and {rb}), two letters or more apart as written, where a "
        "keying slip makes one: different people unless the known facts agree",
        "name.distinct_vietnamese": "{a} ({ca}) and {b} ({cb}) are two different "
        "Sino-Vietnamese given names, of different characters: different people unless the "
        "known facts agree",
        "name.distinct_vietnamese_letters": "{a} and {b} are two different Vietnamese "
        "syllables, written with different letters of the Vietnamese alphabet (passport "
        "capitals write them alike): different people unless the known facts agree",
        "name.distinct_vietnamese_syllables": "{a} and {b} are two different Vietnamese "
        "syllables of a Vietnamese name (no spelling variant or keying slip joins them): "
        "different people unless the known facts agree",
        "name.distinct_gwoyeu": "{a} and {b} are Gwoyeu Romatzyh tonal spellings of two "
        "different syllables ({pa} and {pb}): two characters, different people unless the "
        "known facts agree",
        "name.distinct_char_syllable": "{a} is a syllable of its own, not a reading of {b} "
        "({form}): another character, different people unless the known facts agree",
        "name.distinct_char_system": "{a} spells {c} exactly in the system the rest of the "
        "name is written in, and no table spells {b} so ({forms}): another character, "
        "different people unless the known facts agree",
        "name.distinct_korean_given": "{a} and {b} are two different Korean given names "
        "({x} and {y} spell different name syllables in every romanisation): different "
        "people unless the known facts agree",
        "name.distinct_syllables": "{a} and {b} are two different syllables of a given "
        "name (two characters): different people unless the known facts agree",
        "name.distinct_given_vowel": "{a} and {b} are two different given names, an A "
        "against an I (no keying slip or transliteration writes one for the other): "
        "different people unless the known facts agree",
        "name.distinct_given_country": "{a} and {b} are two different given names, both "
        "common in one country and two letters or more apart: different people unless the "
        "known facts agree",
        "name.distinct_given_listed": "{a} and {b} are two different given names of the "
        "name lists, two letters or more apart and with other consonants (no spelling of "
        "one name in another language): different people unless the known facts agree",
        "name.distinct_given_kind": "{a} and {b} spell two different characters in "
        "{kind}, as the rest of the name is spelt: different people unless the known facts "
        "agree",
        "name.distinct_given_added": "{a} and {b} are two different given names of one "
        "language that spells its names at home in Latin letters, one with a consonant "
        "({c}) inside the word that no spelling of the other writes: different people "
        "unless the known facts agree",
        "name.distinct_given_glide": "{a} and {b} are two different given names, both "
        "common in one country: a Y after a consonant and before a vowel is a consonant "
        "there, which no spelling writes as {c}: different people unless the known facts "
        "agree",
        "name.distinct_given_english": "{a} and {b} are two different given names, both "
        "common in English-speaking countries and no spelling of one name: different "
        "people unless the known facts agree",
        "name.distinct_given_cyrillic": "{a} and {b} are two different given names of "
        "Cyrillic script, an E against an I (И is always written I): different people "
        "unless the known facts agree",
        "name.possible_slip_given": "{a} is not a common given name: a possible slip of {b}",
        "name.distinct_father_given": "{a} and {b} are two different given names as the "
        "father's name after {son}: two fathers, different people unless the known facts "
        "agree",
        "name.distinct_given_slot": "{a} and {b} are two different given names standing "
        "in the same place of two names otherwise alike (not a middle name dropped): "
        "different people unless the known facts agree",
        "name.equal": "{a} = {b}",
        "name.initial": "{a} ~ {b} (initial)",
        "name.umlaut": "{a} ≈ {b} (umlaut written as E or not, ICAO 9303-3)",
        "name.lookalike": "{a} ≈ {b} (look-alike characters {chars})",
        "name.translit": "{a} ≈ {b} (transliteration variants)",
        "name.japanese_spelling": "{a} ≈ {b}: Japanese passport spellings of one name "
        "(long vowel written out or dropped, or Kunrei-shiki; Hepburn {hepburn})",
        "name.thai_table": "{th} read as {latin} (RTGS of the Thai names list)",
        "name.distinct_thai_script": "{a} and {b} are two different Thai names as the "
        "Thai script writes them ({ra} and {rb} in RTGS), not one name's spellings: "
        "different people unless the known facts agree",
        "name.thai_rtgs": "{th} read as {latin} (RTGS: สม as SOM, a closing syllable "
        "after a written vowel)",
        "name.thai_spelling": "{a} ≈ {b}: RTGS and Thai customary passport spellings "
        "of one Thai name ({rtgs})",
        "name.consonants": "{a} ≈ {b} (same consonants {c})",
        "name.spelling": "{a} ~ {b} (spelling differs, {s})",
        "name.han_variant": "{a} and {b} are one character's two written forms",
        "name.han_differ": "{a} ≠ {b} (different characters, both read {r})",
        "name.romanisation": "{a} = {b} ({system})",
        "name.taiwan_variant": "{a} ~ {b} ({form}, {system}; -n/-ng or ts for ch as "
        "Taiwanese Mandarin spells them)",
        "name.han_spelling": "{a} ~ {b} ({form}, spelling differs)",
        "name.same_syllable": "{a} ({sa}) = {b} ({sb}), both {zy}",
        "name.dialect": "{a} ({other}) ~ {b} ({dialect}), both {ch}",
        "name.aspiration": "{a} ~ {b} (differ only in aspiration)",
        "name.different": "{a} ≠ {b}",
        "name.cut_short": "{a} ~ {b} (the MRZ's name field is full: {a} may be {b} cut short)",
        "name.missing": "{a} missing",
        "name.read_as": "{word} read as {split}",
        "name.empty": "a name is empty after normalisation",
        "name.japanese": "{a} read in Japanese as {b}",
        "name.korean": "{a} read in Korean as {b}",
        "name.arabic_script": "{a} = {b}: the consonants and long vowels Arabic script "
        "writes (it writes no short vowels)",
        "name.married": "{a} is {b} with one more Chinese surname ({s}) before it: a married "
        "woman's name (her husband's surname before her own full name, 冠夫姓), the same woman",
        "name.hispanic_short": "{b} may be {a} as Spanish names are shortened: the first "
        "given name and the father's surname, the second given name ({g}) and the mother's "
        "surname ({m}) left out",
        "name.maiden_middle": "{b} may be {a} after marriage: her surname {s} kept as the "
        "middle name, her husband's ({h}) after it, as Philippine married names are written",
        "name.maiden_middle_first": "{b} may be {a} after marriage, both written surname "
        "first: her surname {s} kept as the middle name, her husband's ({h}) as the "
        "surname, as Philippine married names are written",
        "name.distinct_char_surname": "{a} is the surname {c}, not {b} (no table spells {b} "
        "{a}): two families, different people unless the known facts agree",
        "name.distinct_finals_gwoyeu": "{a} and {b} are two syllables (-n and -ng) in a "
        "name spelt in Gwoyeu Romatzyh, which spells each character's dictionary reading: "
        "two characters, different people unless the known facts agree",
        "name.distinct_char_initial": "{a} begins with {i}, which no romanisation of {b} "
        "({forms}) writes: another character, different people unless the known facts "
        "agree",
        "name.distinct_char_cantonese": "{a} is a Cantonese reading of {b}, which a name "
        "spelt in Mandarin writes {forms}: {a} is another character's Mandarin spelling, "
        "different people unless the known facts agree",
        "name.distinct_hangul_split": "{a} reads as {split}, every piece a Korean "
        "block's spelling, and {b} is not spelt so ({blocks}): another Korean name, "
        "different people unless the known facts agree",
        "name.distinct_char_hk_syllable": "{a} is no Cantonese spelling of {b} ({forms}) "
        "in a name otherwise spelt as Hong Kong spells Cantonese: {a} is another "
        "character's, different people unless the known facts agree",
        "name.distinct_korean_block_added": "{b} is {a} with one Korean block more "
        "({block}): a Korean given name's blocks are the name, so another name, "
        "different people unless the known facts agree",
        "name.distinct_pinyin_given": "{a} and {b} are two Pinyin syllables of a "
        "mainland given name, read first by different characters ({ca} / {cb}); a "
        "mainland passport spells no dialect's reading: two characters, different people "
        "unless the known facts agree",
        "name.distinct_char_reading": "{a} is no Mandarin spelling of {b} ({forms}), only "
        "one letter from {form}, a dialect's reading no Mandarin passport writes: another "
        "character, different people unless the known facts agree",
        "name.distinct_syllable_letter": "{a} and {b} are two syllables of a Chinese "
        "given name a letter apart that no keying slip or table joins (two characters): "
        "different people unless the known facts agree",
        "name.distinct_han_chars": "{a} and {b} are two different characters that share "
        "no reading: a name in characters is its characters, different people unless the "
        "known facts agree",
        "name.vietnamese": "{a} read in Sino-Vietnamese as {b}",
        "name.japanese_name": "{a} read as a Japanese name as {b}",
        "name.bridge": "{a} ~ {b} (possibly the same character, e.g. {ch})",
        "person.no_names": "no names",
        "person.name": "name {score}: {explanation}",
        "person.review": "but the full birth date and the nationality agree: name scored {s} "
        "as spelled, for a person to review",
        "person.review_month": "but the birth month as listed and the nationality agree: name "
        "scored {s} as spelled, for a person to review",
        "person.review_partial": "but what is known of the birth date and nationality agrees "
        "and nothing contradicts it: name scored {s} as spelled, for a person to review",
        "person.review_near": "but the birth date is near the listed one (day and month "
        "swapped, or a year apart) and no nationality contradicts it: name scored {s} as "
        "spelled, for a person to review",
        "person.same_sex": "but both are given as {sex}: name scored {s} as spelled",
        "person.penalty": "{reason} ({penalty})",
        "person.birth_year_one": "birth year {a} vs {b} (one year apart)",
        "person.birth_year": "birth year differs ({a} vs {b})",
        "person.birth_date_match": "birth date matches ({date})",
        "person.birth_year_match": "birth year matches ({date})",
        "person.birth_swapped": "birth day and month swapped ({a} vs {b})",
        "person.birth_differs": "birth date differs ({a} vs {b})",
        "person.nationality_differs": "nationality differs ({a} vs {b}) (-0.20)",
        "person.nationality_match": "nationality matches ({nat})",
        "person.sex_differs": "sex differs ({a} vs {b}) (-0.20)",
    }
)

DEFAULT_THRESHOLD = 0.80
MISSING_WORD_COST = 0.35
# ICAO 9303-3 truncates a name to its field (30 characters in TD1, 31 in TD2 and MRV-B,
# 39 in TD3 and MRV-A): a last given name that ends a full field may be cut short
# (DANIELLE -> DANIEL), scored as its whole form would be, not as another name.
MRZ_NAME_FIELDS = (30, 31, 39)
CUT_SHORT_SCORE = 0.95
# A name whose paired words are two different well-attested surnames scores at most this
# (below any threshold) unless the birth date and nationality agree (`compare_people`).
DISTINCT_SURNAMES_CAP = 0.70
# Off a name whose given names are two different listed names while the surnames agree:
# a penalty, not the cap, as one name's spellings are many more than any list knows.
GIVEN_PENALTY = 0.05
DATA = Path(__file__).resolve().parent / "data"

# --- weighted edit distance ----------------------------------------------------------

_OCR_GROUPS = ("O0QD", "I1L", "S5", "B8", "Z2", "G6", "UV", "EF", "MN")
_PHONETIC_GROUPS = ("CKQ", "SZC", "VWF", "IYJ", "DT", "BP", "GKJ")
_VOWELS = set("AEIOUY")


def _pair_costs() -> dict[tuple[str, str], float]:
    costs: dict[tuple[str, str], float] = {}
    for groups, cost in ((_PHONETIC_GROUPS, 0.5), (_OCR_GROUPS, 0.3)):
        for g in groups:
            for a in g:
                for b in g:
                    if a != b:
                        costs[(a, b)] = min(cost, costs.get((a, b), 1.0))
    for a in _VOWELS:
        for b in _VOWELS:
            if a != b:
                costs.setdefault((a, b), 0.5)
    return costs


_SUB = _pair_costs()
OCR_PAIRS = frozenset((a, b) for g in _OCR_GROUPS for a in g for b in g if a != b)


def _indel(s: str, i: int) -> float:
    """Cost of inserting/deleting s[i]: a doubled letter or an H is cheap."""
    ch = s[i]
    if (i > 0 and s[i - 1] == ch) or (i + 1 < len(s) and s[i + 1] == ch):
        return 0.3
    if ch == "H" or ch in _VOWELS:
        return 0.6
    return 1.0


@lru_cache(maxsize=262144)
def weighted_distance(a: str, b: str) -> float:
    """Damerau-Levenshtein with the costs above (upper-case strings)."""
    if a == b:
        return 0.0
    n, m = len(a), len(b)
    ia = [_indel(a, i) for i in range(n)]
    ib = [_indel(b, j) for j in range(m)]
    sub_get = _SUB.get
    prev2: list[float] | None = None
    prev = [0.0] * (m + 1)
    for j in range(1, m + 1):
        prev[j] = prev[j - 1] + ib[j - 1]
    for i in range(1, n + 1):
        ai = a[i - 1]
        cost_a = ia[i - 1]
        cur = [prev[0] + cost_a] + [0.0] * m
        for j in range(1, m + 1):
            bj = b[j - 1]
            best = prev[j - 1] + (0.0 if ai == bj else sub_get((ai, bj), 1.0))
            x = prev[j] + cost_a
            if x < best:
                best = x
            x = cur[j - 1] + ib[j - 1]
            if x < best:
                best = x
            if prev2 is not None and j > 1 and ai == b[j - 2] and a[i - 2] == bj:
                x = prev2[j - 2] + 0.5
                if x < best:
                    best = x
            cur[j] = best
        prev2, prev = prev, cur
    return prev[m]


def edit_similarity(a: str, b: str) -> float:
    """1 - weighted distance / longer length. Unrelated strings (plain similarity under
    0.4, computed in C by rapidfuzz, a transposition counted as one edit as the weighted
    pass does: WEN / WNE) skip the weighted pass: every weighted edit costs at least 0.3,
    so they could not reach a useful score."""
    if not a or not b:
        return 0.0
    plain = OSA.normalized_similarity(a, b)
    if plain < 0.4:
        return plain
    return max(0.0, 1.0 - weighted_distance(a, b) / max(len(a), len(b)))


def _lookalikes(a: str, b: str) -> list[str]:
    if len(a) != len(b):
        return []
    return [f"{x}/{y}" for x, y in zip(a, b, strict=True) if x != y and (x, y) in OCR_PAIRS]


# --- words ---------------------------------------------------------------------------


def _misread(a: str, b: str) -> bool:
    """Every letter that differs is a look-alike of the other's (N/M, O/0): a misread."""
    look = _lookalikes(a, b)
    return bool(look) and len(look) == sum(x != y for x, y in zip(a, b, strict=True))


_FEMININE = (("OV", "OVA"), ("EV", "EVA"), ("IN", "INA"), ("SKI", "SKA"), ("CKI", "CKA"),
             ("SKY", "SKAYA"), ("NY", "NA"))  # fmt: skip


# The hand-compiled list of the most frequent names per country, then faker's per-locale
# surname lists, then the US Census's most frequent (scripts/build_surnames.py).
SURNAME_FILES = (
    DATA / "common_surnames.txt",
    DATA / "surnames_faker.txt",
    DATA / "surnames_census.txt",
)


@cache
def common_surnames() -> dict[str, str]:
    """Well-attested family names (`SURNAME_FILES`, folded as names are) -> their origin;
    Slavic feminine forms added (PETROVA, KOWALSKA)."""
    out: dict[str, str] = {}
    for path in SURNAME_FILES:
        origin = ""
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            if line.startswith("["):
                origin = line.strip("[]")
                continue
            for name in line.split():
                out.setdefault(fold_umlauts(name), origin)
                if origin in ("Polish", "Russian", "Czech-Hungarian-Romanian-Greek"):
                    for masc, fem in _FEMININE:
                        if name.endswith(masc):
                            out.setdefault(fold_umlauts(name[: -len(masc)] + fem), origin)
    return out


_VOWELLESS = "Turkish-Arabic-Persian"
# Origins of the short lists whose names are transliterated from another script.
_TRANSLITERATED = frozenset({"Russian", "Ukrainian", _VOWELLESS, "Indian", "Asian-other"})
# Origins whose names are written in Latin letters at home: two listed spellings there are
# two names, not two transliterations.
_LATIN_SCRIPT = frozenset({"German", "English", "Spanish", "Italian", "French", "Dutch",
                           "Portuguese", "Nordic", "Scandinavian", "Polish"})  # fmt: skip


@cache
def _arabic_skeletons() -> frozenset[str]:
    """Skeletons of 4+ consonants of the Arabic-script names (MHMD); shorter ones are
    shared by unrelated European names (HL: HALL, HILL; RS: ROSSI, RUSSO)."""
    names = common_surnames()
    return frozenset(s for n, o in names.items() if o == _VOWELLESS and len(s := skeleton(n)) >= 4)


# Family-name suffixes of one stem that make another family, never a keying slip (two
# letters or more): Russian -OV/-EV/-IN against Ukrainian -ENKO, -CHUK (SOKOLOV /
# SOKOLENKO, GRIGORIEV / GRIGORENKO), and a diminutive or compound added to a listed
# name (KROL / KROLIK, CETIN / CETINKAYA, NOWAK / NOWACZYK is a listed pair already).
_EAST_SLAVIC = ("OVA", "EVA", "IEVA", "YEVA", "INA", "OV", "EV", "IEV", "YEV", "IN")
_UKRAINIAN = ("ENKO", "CHUK", "CHYK", "IUK", "UK")
_ADDED = ("IK", "CZYK", "CHUK", "KAYA", "OGLU", "ENKO")
# Arabic and Persian family names made of a listed one: the nisba -I (MANSOUR /
# MANSOURI), Persian -AN after it (AHMADI / AHMADIAN) and -ZADEH, -POUR for it
# (HOSSEINI / HOSSEINZADEH): another family, as the sources list them apart.
_ADDED_VOWELLESS = ("I", "AN", "ZADEH", "POUR")
# Persian compound family names made on a listed one (AHMADI / AHMADINEJAD, "of the
# lineage of"; ZADE, POOR the other spellings of ZADEH, POUR): four letters or more added.
_ADDED_PERSIAN = ("NEJAD", "NEZHAD", "NEJHAD", "ZADE", "POOR")

# East Slavic and Romanian family-name endings of one stem, by kind; the spellings of one
# ending (Russian, Ukrainian, French and German transliterations, feminine forms) are one
# kind. One stem with endings of two kinds is two families (SEMENOV / SEMIN, LYSENKO /
# LYSAK, POPESCU / POPOVICI, KARPOV / KARPOVICH): no two kinds are one keying slip apart.
_ENDINGS = {
    **dict.fromkeys(("OV", "OVA", "OFF", "OW", "OWA", "EV", "EVA", "EFF", "YEV", "YEVA",
                     "IEV", "IEVA", "IEFF", "YOV", "YOVA", "IOV", "IOVA"), "ov"),
    **dict.fromkeys(("IN", "INA", "INE", "YN", "YNA"), "in"),
    **dict.fromkeys(("ENKO", "ENKA", "ENCO"), "enko"),
    **dict.fromkeys(("AK", "IAK", "YAK", "UK", "IUK", "YUK", "CHUK", "CHYK", "CHAK"), "k"),
    **dict.fromkeys(("ESCU", "ASCU"), "escu"),
    **dict.fromkeys(("OVICH", "EVICH", "OVIC", "EVIC", "OVICI", "EVICI", "OWICZ", "EWICZ",
                     "OVITCH", "EVITCH", "OVICS"), "ovich"),
    **dict.fromkeys(("SKI", "SKII", "SKIY", "SKIJ", "SKY", "SKYI", "SKYY", "SKA", "SKAYA",
                     "SKAJA", "SKAIA", "OVSKI", "OVSKII", "OVSKIY", "OVSKY", "EVSKI",
                     "EVSKII", "EVSKIY", "EVSKY", "OVSKA", "OVSKAYA", "OVSKAIA"), "ski"),
}  # fmt: skip
# Origins and countries whose family names take these endings.
_ENDING_ORIGINS = frozenset({"Russian", "Ukrainian", "Polish", "Czech-Hungarian-Romanian-Greek"})
_ENDING_COUNTRIES = frozenset({"RU", "UA", "BY", "BG", "RO", "MD"})


# Slavic surname formants, by kind: adjectival (-SKI, -CKI and their feminine and
# transliterated forms), patronymic (-ICZ, -OVICH), diminutive or filial (-CZYK, -YCHUK).
# One stem with formants of two kinds is two families (LEWANDOWSKI / LEWANDOWICZ,
# JANKOWSKI / JANKOWICZ, MELNYK / MELNYCHUK, ORLOV / ORLOVSKY): the formants differ by
# three letters or more, never a keying slip, and spellings of one formant are one kind.
_FORMANTS = {
    **dict.fromkeys(("SKI", "SKA", "CKI", "CKA", "SKY", "SKIY", "SKIJ", "SKAYA", "SKAJA",
                     "ZKI", "ZKA", "DZKI", "DZKA"), "adjectival"),
    **dict.fromkeys(("ICZ", "YCZ", "ICH", "YCH", "ITCH", "ICS"), "patronymic"),
    **dict.fromkeys(("CZYK", "CZUK", "CHUK", "CHYK", "YCHUK", "ICHUK"), "filial"),
}  # fmt: skip
# The formant a filial one replaces: MELNYK -> MELNYCHUK, SHEVCHIK -> SHEVCHUK.
_FINAL_K = ("YK", "IK")


def _formant(name: str) -> list[tuple[str, str]]:
    """(stem, kind) for each formant `name` ends with, the stem of 4 letters or more."""
    return [(name[: -len(f)], k) for f, k in _FORMANTS.items()
            if name.endswith(f) and len(name) - len(f) >= 4]  # fmt: skip


def _slavic_formants(x: str, y: str) -> bool:
    fx, fy = _formant(x), _formant(y)
    if any(sx == sy and kx != ky for sx, kx in fx for sy, ky in fy):
        return True
    # a formant added to a whole name, or to a name whose -YK it replaces
    stems = {x} | {x[:-1] for k in _FINAL_K if x.endswith(k)}
    return any(sy in stems for sy, _ in fy) and len(x) >= 4


def _arabic_family(x: str, y: str) -> bool:
    """`y` a family name made of the listed `x` (`_ADDED_VOWELLESS`): the -AN, -ZADEH,
    -POUR forms of a nisba in -I are made on its stem (HOSSEINI / HOSSEINZADEH)."""
    stems = {x} | ({x[:-1]} if x.endswith("I") else set())
    if any(y == st + s for st in stems for s in _ADDED_VOWELLESS if len(s) >= 2):
        return True
    # a father's given name with or without the nisba's -I is one person's name as often
    # as two families' (IBRAHIM / IBRAHIMI, HUSSAIN / HUSSAINI: review of stop 26)
    return y == x + "I" and x not in given_names()


def _indian_name(word: str) -> bool:
    """`word` a listed Indian surname or ranked among India's given names."""
    return common_surnames().get(word) == "Indian" or given_origin.in_country(word, "IN")


def _schwa_deleted(x: str, y: str) -> bool:
    """One Indian name in its Sanskrit and its Hindi / Punjabi spelling: the Sanskrit
    final -RA after a consonant is said -ar with the final schwa dropped and written -ER
    or -AR (चन्द्र CHANDRA / CHANDER, इन्द्र INDRA / INDER, SURENDRA / SURINDER), so two
    spellings of one name, not two families. At least one an Indian name of the lists
    and the other no given name of another list (PETRA / PETER stay two names)."""
    for p, q in ((x, y), (y, x)):
        stem = p[:-2]
        if (
            p.endswith("RA")
            and len(stem) >= 3
            and stem[-1] not in "AEIOU"
            and q in (stem + "ER", stem + "AR")
        ):
            ip, iq = _indian_name(p), _indian_name(q)
            return (ip and iq) or (ip and q not in given_names()) or (iq and p not in given_names())
    return False


def _nisba_added(x: str, y: str) -> bool:
    """One of two surnames the other, a listed Arabic or Persian family name, with the
    nisba's -I (ـي, yāʾ al-nisba: HADDAD / HADDADI, "of the Haddad"), as `_arabic_family`
    has it, for the pairs the skeleton check would join before `_suffix_families` is
    asked (a final vowel is no consonant, but the nisba's ي is a written letter)."""
    return any(
        len(p) >= 5
        and common_surnames().get(p) == _VOWELLESS
        and q == p + "I"
        and p not in given_names()
        for p, q in ((x, y), (y, x))
    )


@lru_cache(maxsize=65536)
def _endings(name: str) -> tuple[tuple[str, str, str], ...]:
    """(stem, ending, kind) for each `_ENDINGS` ending `name` ends with, on a stem of
    three letters or more."""
    return tuple((name[: -len(e)], e, k) for e, k in _ENDINGS.items()
                 if name.endswith(e) and len(name) - len(e) >= 3)  # fmt: skip


def _ending_kinds(x: str, y: str) -> tuple[str, str] | None:
    """The two endings when `x` and `y` are one stem with endings of two kinds and of no
    common kind; the stem may keep two letters of the longer form (SEMEN-OV / SEM-IN);
    a slip never turns one ending into another (the kinds differ by two letters or more)."""
    ex, ey = _endings(x), _endings(y)
    if not ex or not ey or {k for *_, k in ex} & {k for *_, k in ey}:
        return None
    if Levenshtein.distance(x, y) < 2:
        return None
    for sx, e1, _ in ex:
        for sy, e2, _ in ey:
            short, long_ = sorted((sx, sy), key=len)
            if long_.startswith(short) and len(long_) - len(short) <= 2:
                return e1, e2
    return None


def _one_ending_spelt_two_ways(x: str, y: str) -> bool:
    """One stem with two spellings of one ending (SMIRNOV / SMIRNOFF, SERGEEV / SERGEYEV,
    ORLOVSKY / ORLOVSKII): one name as another country transliterates it."""
    ex = {(s, k) for s, _, k in _endings(x)}
    return _takes_endings(x, y) and bool(ex & {(s, k) for s, _, k in _endings(y)})


def _takes_endings(x: str, y: str) -> bool:
    """One of the names is listed of an origin, or ranked by a country, whose family names
    take `_ENDINGS` (not MOLINA / MOLINE, PERRIN / PERRINE: two Latin families)."""
    names, countries = common_surnames(), surname_countries()
    return any(names.get(n) in _ENDING_ORIGINS for n in (x, y)) or any(
        _ENDING_COUNTRIES.intersection(_countries_of(countries.get(n, 0))) for n in (x, y)
    )


def _slavic_endings(x: str, y: str) -> bool:
    """Both names take the endings (`_takes_endings`) and end in two kinds of them
    (`_ending_kinds`)."""
    return _takes_endings(x, y) and _ending_kinds(x, y) is not None


def _czech_feminine(x: str, y: str) -> bool:
    """One surname and its Czech or Slovak woman's form: -OVA added (NOVAK / NOVAKOVA),
    also to a foreign woman's surname (SAFINA / SAFINOVA, KOVALCHUK / KOVALCHUKOVA), which
    Czech registers and press write so; since 2022 a Czech woman may also register the
    man's form. One person's surname in two registers (review names-precision2)."""
    short, long_ = sorted((x, y), key=len)
    # a final -A or -O gives way to it (SAFINA / SAFINOVA, Slovak DANKO / DANKOVA)
    return long_ == short + "OVA" or (short[-1:] in "AO" and long_ == short[:-1] + "OVA")


# Ukrainian filial endings that replace a -KO on one stem (BOIKO / BOICHUK, DANKO /
# DANCHUK): each makes its own family, and no keying slip turns -KO into -CHUK or -UK.
_FILIAL = ("CHUK", "CHYK", "UK", "IUK", "YUK")


def _ko_against_filial(x: str, y: str) -> bool:
    """`x` a Ukrainian -KO name, `y` its stem with a filial ending (`_FILIAL`), one of
    them listed where such names are (`_takes_endings`): BOIKO / BOICHUK. Not -KO with
    -OV or -OVA (DANKO / DANKOVA is a Slovak woman's form of one name)."""
    stem = x[:-2]
    return (
        x.endswith("KO")
        and len(stem) >= 3
        and any(y == stem + f for f in _FILIAL)
        and _takes_endings(x, y)
    )


def _suffix_families(fa: str, fb: str, listed: str | None) -> Message | str:
    if _czech_feminine(fa, fb):
        return ""
    for x, y in ((fa, fb), (fb, fa)):
        for s1 in _EAST_SLAVIC:
            if x.endswith(s1) and len(x) - len(s1) >= 4:
                stem = x[: -len(s1)]
                if any(y == stem + s2 for s2 in _UKRAINIAN):
                    return msg("name.distinct_surnames", a=x, b=y, origin="Russian, Ukrainian")
        if listed and len(x) >= 4 and x in common_surnames() and any(y == x + s for s in _ADDED):
            return msg("name.distinct_surnames", a=x, b=y, origin=listed)
        if len(x) >= 5 and common_surnames().get(x) == _VOWELLESS and _arabic_family(x, y):
            return msg("name.distinct_surnames", a=x, b=y, origin=_VOWELLESS)
        if listed and (x in common_surnames() or y in common_surnames()) and _slavic_formants(x, y):
            return msg("name.distinct_surnames", a=x, b=y, origin=listed)
    # the rules above keep their explanations; these name the endings' rule
    for x, y in ((fa, fb), (fb, fa)):
        if _ko_against_filial(x, y):
            return msg("name.distinct_surname_suffix", a=x, b=y, firm=True)
        if (
            len(x) >= 5
            and common_surnames().get(x) == _VOWELLESS
            and any(y == x + s for s in _ADDED_PERSIAN)
        ):
            return msg("name.distinct_surname_suffix", a=x, b=y, firm=True)
    if _slavic_endings(fa, fb):
        return msg("name.distinct_surname_suffix", a=fa, b=fb, firm=True)
    return ""


COUNTRY_FILE = DATA / "surnames_countries.txt"
# Countries of the country file whose names are written in Latin letters at home (as
# `_LATIN_SCRIPT`), and those whose names are Arabic script (as `_VOWELLESS`).
_LATIN_COUNTRIES = frozenset(
    ["DE", "AT", "CH", "NL", "BE", "FR", "IT", "ES", "PT", "GB", "IE", "US", "CA", "AU", "MX",
     "AR", "CO", "CL", "PE", "BR", "PL", "CZ", "SK", "HU", "HR", "SI", "RO", "SE", "DK", "NO",
     "FI", "EE", "LT", "LV", "TR", "ID", "MY", "PH"]
)  # fmt: skip
_ARABIC_COUNTRIES = frozenset(["EG", "SA", "MA", "IQ", "AE", "JO", "DZ", "TN", "LB"])
_SLAVIC_COUNTRIES = frozenset(["PL", "CZ", "SK", "RU", "UA", "BY", "BG"])
# Countries without fixed family names (a father's given name is the "surname"): their
# lists rank given names as surnames (SARAH, ANNA, MICHAL in MY), which the given-name
# rule judges instead.
_PATRONYMIC_COUNTRIES = _ARABIC_COUNTRIES | {"MY"}


@cache
def _country_bits() -> tuple[dict[str, int], tuple[str, ...]]:
    """Surnames ranked high in one country or more (`COUNTRY_FILE`) -> a bit per country
    (bit i is `countries[i]`): ints load in a third of the time frozensets take."""
    out: dict[str, int] = {}
    countries: list[str] = []
    bit, slavic, patronymic = 0, False, False
    given = given_names()
    for line in COUNTRY_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("["):
            countries.append(line.strip("[]"))
            bit, slavic = 1 << (len(countries) - 1), countries[-1] in _SLAVIC_COUNTRIES
            patronymic = countries[-1] in _PATRONYMIC_COUNTRIES
            continue
        for name in line.split():
            if patronymic and name in given:
                continue
            out[name] = out.get(name, 0) | bit
            if slavic:  # the lists rank the masculine form
                for masc, fem in _FEMININE:
                    if name.endswith(masc):
                        f = name[: -len(masc)] + fem
                        out[f] = out.get(f, 0) | bit
    return out, tuple(countries)


def surname_countries() -> dict[str, int]:
    """Surnames of `COUNTRY_FILE` -> their countries as bits (`_country_bits`)."""
    return _country_bits()[0]


def _countries_of(bits: int) -> list[str]:
    return list(_country_names(bits))


@lru_cache(maxsize=4096)
def _country_names(bits: int) -> tuple[str, ...]:
    # cached: the endings rules ask it for the same few surnames' bits on every candidate
    return tuple(c for i, c in enumerate(_country_bits()[1]) if bits >> i & 1)


def _fold(name: str) -> str:
    """`fold_umlauts` except on -AEL names (MICHAEL, RAPHAEL, ISMAEL), whose AE is no
    written-out umlaut: folded, MICHAEL would be MICHAL, another name."""
    return name if name.endswith("AEL") else fold_umlauts(name)


def _undoubled(name: str) -> str:
    return re.sub(r"(.)\1", r"\1", name)


def _slip_or_spelling(a: str, b: str) -> bool:
    """The commonest keying slips (a doubled letter: SANTOSS; two letters swapped:
    LAING) and spellings of one name (Japanese long vowels: OTANI / OHTANI, ONO / OHNO;
    Serbian and Croatian DJ for Đ: DOKOVIC / DJOKOVIC)."""
    if _undoubled(a) == _undoubled(b) or OSA.distance(a, b) == 1 == Levenshtein.distance(a, b) - 1:
        return True
    fold = (("OH", "O"), ("OU", "O"), ("UU", "U"), ("DJ", "D"))
    for x, y in fold:
        a, b = a.replace(x, y), b.replace(x, y)
    return a == b


def _country_origins(fa: str, fb: str) -> tuple[str, str] | None:
    """Origins for two names of which the short lists know at most one, when a country
    ranks both among its common surnames (JUNG / JUNGE in Germany, DOGAN / DOGRU in
    Turkey); None otherwise: the country file is noisy in small countries, and a slip of
    JONES that one ranks (JOOES) must stay a slip."""
    countries = surname_countries()
    bits = countries.get(fa, 0) & countries.get(fb, 0)
    if not bits or _slip_or_spelling(fa, fb):
        return None
    shared = _countries_of(bits)
    listed = (common_surnames().get(fa), common_surnames().get(fb))
    if _ARABIC_COUNTRIES.intersection(shared) or _VOWELLESS in listed:
        # a name of Arabic script ranked where its emigrants live (Sweden ranks HUSSEINI
        # and HOSSEINI) is still judged as that script's name: no short vowels
        return _VOWELLESS, _VOWELLESS
    latin = [c for c in shared if c in _LATIN_COUNTRIES]
    origin = ", ".join((latin or shared)[:3])
    return (origin, origin) if latin else (origin, f"{origin} ")


# Letters that transliterations of one Cyrillic (or Greek, Arabic) letter write two ways:
# Е as YE or E, ий as IY, IJ or II, Я as YA or IA, Ж as ZH or J, Х as KH or H.
_TRANSLIT_FOLDS = (("YE", "E"), ("IY", "I"), ("IJ", "I"), ("II", "I"), ("YA", "IA"),
                   ("YU", "IU"), ("KS", "X"), ("ZH", "J"), ("KH", "H"))  # fmt: skip


# Indonesian names in the spelling before 1972 (Van Ophuijsen, Soewandi), which families
# kept: OE for U, DJ for J, TJ for C, SJ for SY, NJ for NY, J for Y (SOESILO / SUSILO,
# TJAHJONO / CAHYONO, HIDAJAT / HIDAYAT); Japanese N written M before B, M, P (HOMMA /
# HONMA, NAMBA / NANBA: one name in passport Hepburn and kana spelling).
_OLD_SPELLING = (("OE", "U"), ("DJ", "J"), ("TJ", "C"), ("SJ", "SY"), ("NJ", "NY"))


def _one_old_spelling(a: str, b: str) -> bool:
    """One name in Indonesian old and new spelling, or Japanese M and N before a labial."""

    def new(w: str) -> str:
        for x, y in _OLD_SPELLING:
            w = w.replace(x, y)
        w = re.sub(r"J(?=[AEIOU])", "Y", w)
        return re.sub(r"M(?=[BMP])", "N", w)

    return a != b and new(a) == new(b)


def _one_transliteration(a: str, b: str) -> bool:
    """Two spellings of one name written in another script: equal under the
    transliteration folds (ALIYEV / ALIEV, ABDULLAYEV / ABDULLAEV), or the same
    consonants one vowel apart (KARIMOV / KERIMOV: unstressed vowels, Azerbaijani Ə),
    or a Tamil final -AM written -AN (SUBRAMANIAM in Malaysia and Sri Lanka, SUBRAMANIAN
    in India: one name), or an Indonesian old spelling (`_one_old_spelling`)."""
    if _one_old_spelling(a, b):
        return True
    for x, y in _TRANSLIT_FOLDS:
        a, b = a.replace(x, y), b.replace(x, y)
    if min(len(a), len(b)) >= 7:  # not PHAM / PHAN, two Vietnamese families
        a, b = re.sub("AM$", "AN", a), re.sub("AM$", "AN", b)
    if _undoubled(a) == _undoubled(b):
        return True
    return skeleton(a) == skeleton(b) and OSA.distance(a, b) == 1


def _surnames_of_one_country(fa: str, fb: str) -> str:
    """The countries (up to three) that write Latin letters, have fixed family names and
    rank both names as surnames ahead of their use as given names (MARIN / MARTIN in
    Spain: `COUNTRY_FILE` leaves out names ranked higher there as given names); ''."""
    bits = surname_countries().get(fa, 0) & surname_countries().get(fb, 0)
    shared = [c for c in _countries_of(bits) if c in _LATIN_COUNTRIES]
    shared = [c for c in shared if c not in _PATRONYMIC_COUNTRIES]
    origins = {common_surnames().get(fa), common_surnames().get(fb)} & _TRANSLITERATED
    if origins:
        # names from another script count at home only, not among a diaspora's names
        # (SATO / SAITO in Brazil): Turkish names in Turkey (KAYA / KARA)
        shared = [c for c in shared if c == "TR"] if origins == {_VOWELLESS} else []
    return ", ".join(shared[:3])


# Consonants that spell one sound in some language (DIEDRICH / DIETRICH, ALBA / ALVA,
# CALISTO / CALIXTO, GERONIMO / JERONIMO, VALENTIM / VALENTIN): a change between them is
# a spelling, not a family.
_PLAIN_VOWELS = frozenset("AEIOU")  # Y a consonant here: KAYA / KARA are two families
_SPELT_ALIKE = frozenset(
    map(frozenset, ("DT", "BV", "SZ", "SX", "CK", "CS", "GK", "PB", "GJ", "MN"))
)


def _consonant_edit(a: str, b: str) -> bool:
    """`a` and `b` one consonant apart, added, dropped or replaced (MARIN / MARTIN, VEGA /
    VERA); not a final S (MARTIN / MARTINS: the Portuguese form of one name), an H, a
    doubled letter, a T beside a D (BURKHARD / BURKHARDT) or a consonant spelt alike."""
    if len(a) == len(b):
        diff = [frozenset((x, y)) for x, y in zip(a, b, strict=True) if x != y]
        return len(diff) == 1 and not diff[0] & _PLAIN_VOWELS and diff[0] not in _SPELT_ALIKE
    short, long_ = sorted((a, b), key=len)
    if len(long_) != len(short) + 1 or long_ == short + "S":
        return False
    for i, c in enumerate(long_):
        if long_[:i] + long_[i + 1 :] != short or c in _PLAIN_VOWELS or c == "H":
            continue
        near = long_[max(i - 1, 0) : i] + long_[i + 1 : i + 2]
        if c in near or (c in "DT" and set(near) & set("DT")):
            continue  # ALAN / ALLAN, BURKHARD / BURKHARDT
        return True
    return False


def _one_name_two_spellings(fa: str, fb: str) -> bool:
    """Two listed given names that the given-name rules call one name's spellings: equal
    phonetic codes (ALLAN / ALLEN), `_one_given_name` (JACOB / JAKOB) or `_spellings_of_one`
    (CHRISTINA / CRISTINA, HEINRICH / HENRICH), unless only a consonant is added, dropped
    or replaced (MARIN / MARTIN, VEGA / VERA: two families in Spain)."""
    if phonetic(fa) == phonetic(fb):
        return True
    given = given_names()
    if _one_given_name(fa, fb, given.get(fa, ""), given.get(fb, "")):
        return True
    if not _spellings_of_one(fa, fb):
        return False
    forms_a, forms_b = _given_forms(fa), _given_forms(fb)
    if forms_a & forms_b:
        return True
    # the consonant judged as written or after the folds (BOYD / LLOYD: BOID / LOID)
    pairs = [(fa, fb), *((x, y) for x in forms_a for y in forms_b)]
    return not any(_consonant_edit(x, y) for x, y in pairs)


# How a Latin spelling writes the long vowels of Arabic and Persian script, ي and و
# (HOSSEINI حسینی, MAHMOUDI محمودی): two letters, which a short vowel never takes.
_LONG_I = ("EI", "EY", "AI", "AY", "EE", "II", "IY")
_LONG_U = ("OU", "OO", "UU")


def _undoubled(name: str) -> str:
    """`name` with every doubled consonant written once (KHATTAB -> KHATAB, ELAYYAN ->
    ELAYAN): Arabic script's shadda, often left out."""
    return re.sub(r"([^AEIOU])\1+", r"\1", name)


@lru_cache(maxsize=65536)
def _vowel_gaps(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(consonants, the vowel groups before, between and after them) of `name`, its
    doubled consonants written once (HOSSEINI: H S N, '' O EI I; MAHMOUDI: M H M D,
    '' A '' OU I); Y before a vowel is a consonant (YOUSSEF)."""
    w = _undoubled(name)  # YY, WW too: ELAYYAN / ALAYAN (review)
    w = re.sub(r"Y(?=[AEIOU])", "j", w)
    cons: list[str] = []
    gaps = [""]
    for part in re.findall(r"[^AEIOUY]|[AEIOUY]+", w):
        if part[0] in "AEIOUY":
            gaps[-1] = part
        else:
            cons.append(part)
            gaps.append("")
    return tuple(cons), tuple(gaps)


def _one_long_vowel_spelt_two_ways(a: str, b: str) -> bool:
    """Same consonants, and where the vowels differ both write one long vowel of Arabic
    or Persian script (EI / AI / EY: HEIDARI / HAIDARI / HEYDARI, حیدری; OU / OO:
    MAHMOUD / MAHMOOD): one name in two spellings, even where a country ranks both
    (review names-precision2: Sweden ranks HEIDARI and HAIDARI)."""
    ca, ga = _vowel_gaps(a)
    cb, gb = _vowel_gaps(b)
    if ca != cb or len(ga) != len(gb) or ga == gb:
        return False
    return all(
        x == y or (x in _LONG_I and y in _LONG_I) or (x in _LONG_U and y in _LONG_U)
        for x, y in zip(ga, gb, strict=True)
    )


def _long_vowel_apart(a: str, b: str) -> tuple[str, str] | None:
    """The two vowel groups when `a` and `b` have the same consonants and, between two of
    them, one writes a long vowel (EI, OU) where the other has a bare A (HOSSEINI /
    HASSANI, MOHAMMADI / MAHMOUDI: حسینی / حسنی, محمدی / محمودی, two names in the
    script): the "same consonants" bridge joins them, the script never does. A single
    O, U, I or E is left alone (a short vowel, written many ways: MOHAMMED / MUHAMMAD,
    ABDALLAH / ABDULLAH), and so are two names one keying slip apart."""
    if OSA.distance(a, b) < 2:
        return None  # JAIN / JANI, SANI / SAINI: one keying slip apart, left a slip
    ca, ga = _vowel_gaps(a)
    cb, gb = _vowel_gaps(b)
    if ca != cb or len(ca) < 2:
        return None

    def long(g: str) -> bool:
        return any(m in g for m in _LONG_I + _LONG_U)

    for x, y in zip(ga[1:-1], gb[1:-1], strict=True):
        if (long(x) and y in ("A", "AA")) or (long(y) and x in ("A", "AA")):
            return x, y
    return None


def _attested(name: str) -> bool:
    """A name of a list or of a country's ranking (surnames or given names)."""
    return (
        name in common_surnames()
        or name in surname_countries()
        or name in given_names()
        or bool(given_origin.sex(name))
    )


def _a_i_apart_undoubled(a: str, b: str) -> bool:
    """Two attested names an A against an I apart once doubled consonants are written once
    (KHATIB / KHATTAB خطيب / خطاب, RASHID / RASHAD), one of them of Arabic script: its
    shadda is often left out, and no keying slip or transliteration writes A for I
    (`given_origin.a_i_apart`). Not Latin-script families (MCNEAL / MCNEILL, emigrant
    spellings of one name)."""
    return (
        given_origin.a_i_apart(_undoubled(a), _undoubled(b))
        and _attested(a)
        and _attested(b)
        and _arabic_script_pair(a, b)
    )


def _arabic_script_pair(a: str, b: str) -> bool:
    """Both names attested (a list or a country's ranking), one of Arabic or Persian
    script (listed so, or ranked by an Arabic-script country)."""
    names, countries = common_surnames(), surname_countries()
    if not all(n in names or n in countries for n in (a, b)):
        return False
    return any(
        names.get(n) == _VOWELLESS
        or _ARABIC_COUNTRIES.intersection(_countries_of(countries.get(n, 0)))
        for n in (a, b)
    )


def _one_latin_origin(fa: str, fb: str) -> bool:
    """Both names listed as surnames of one Latin-script origin (REID / REED, English;
    SEILER / SAILER, German), their vowels apart in more than a Y for an I: written in
    that script from the start, so EI against EE is no transliteration of one long vowel
    but each family's own spelling (as DAVIS / DAVIES)."""
    names = common_surnames()
    origin = names.get(fa)
    if origin not in _LATIN_SCRIPT or names.get(fb) != origin:
        return False
    # Y for I (FREI / FREY, LEIVA / LEYVA) is how a transliteration writes Й: left one name
    return fa.replace("Y", "I") != fb.replace("Y", "I")


_EI_SPELLINGS = re.compile(r"EI|AI|EY|AY")


def _one_german_diphthong(fa: str, fb: str) -> bool:
    """Two German or Dutch surnames of one stem whose EI, AI, EY, AY (and Dutch IJ) are
    one diphthong spelt two ways (MEIER / MAIER / MEYER / MAYER, MEIJER / MEIER, SEILER /
    SAILER): Russian writes it АЙ (Майер), so a list compiled from Cyrillic gives MAYER
    for MEIER (review names3 r3, finding 6). Not English REID / REED (Рид, RID)."""
    names = common_surnames()
    if not {names.get(fa), names.get(fb)} <= {"German", "Dutch"}:
        return False

    def key(w: str) -> str:
        return _EI_SPELLINGS.sub("AI", w.replace("IJ", "Y"))

    return key(fa) == key(fb)


def _transposed(a: str, b: str) -> bool:
    """`b` is `a` with two neighbouring letters swapped (SMITH / SMTIH)."""
    if len(a) != len(b):
        return False
    differ = [i for i in range(len(a)) if a[i] != b[i]]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and a[differ[0]] == b[differ[1]]
        and a[differ[1]] == b[differ[0]]
    )


def distinct_surnames(a: str, b: str, surnames: bool = True) -> Message | str:
    """A reason when `a` and `b` are two different well-attested surnames (not spelling
    variants of one: same after umlaut or transliteration folds); else ''. Two listed
    given names (SARAH / SARA, ANNA / ANNE) are left to the given-name rule: word order
    does not say which word is the surname, and many countries' lists rank given names
    as surnames (patronymics). `surnames`: both words stand where the names put the
    surname (the last word, or the first of SURNAME, GIVEN); only then may a country's
    ranking of two listed given names as its surnames keep them apart."""
    fa, fb = _fold(a), _fold(b)
    if fa == fb or min(len(fa), len(fb)) < 3:
        return ""  # short names (LY, LE, HO) are too easily each other's slips
    if _transposed(a, b) or _transposed(fa, fb):
        # two neighbouring letters swapped, the commonest keying slip: the lists hold such
        # slips as names (SMTIH, WILLAIMS in the census file), so it stays a possible slip
        # (held-out part 10: SMITH / SMTIH, GARCIA / GARICA, CHEUNG / CHUENG were missed)
        return ""
    if japanese_spellings(a, b):
        return ""  # MATUMOTO / MATSUMOTO, SAITOU / SAITO: one Japanese name's spellings
    if _schwa_deleted(fa, fb):
        return ""  # CHANDRA / CHANDER: Sanskrit -ra, Hindi and Punjabi -er (review names8b)
    if _one_old_spelling(a, b) or _one_old_spelling(fa, fb):
        # as written: the umlaut fold reads SOESILO's OE as an O
        return ""  # SOESILO / SUSILO, HOMMA / HONMA: one name in two spellings
    if _one_ending_spelt_two_ways(fa, fb):
        return ""  # SMIRNOV / SMIRNOFF, CHEKHOV / CHEKHOW: an emigrant's transliteration
    if _czech_feminine(fa, fb):
        return ""  # NOVAK / NOVAKOVA: one woman's surname in two registers
    if _one_german_diphthong(fa, fb):
        return ""  # MEIER / MAYER (Майер), MEIJER / MEIER: one name in several spellings
    if _one_long_vowel_spelt_two_ways(fa, fb) and not _one_latin_origin(fa, fb):
        return ""  # HEIDARI / HAIDARI / HEYDARI (حیدری): one name in three spellings
    given = given_names()
    country = ""
    if not surnames and _given_anywhere(fa) and _given_anywhere(fb) and not _patronymic_of(fa, fb):
        # where the names put a given name, two common given names are the given-name
        # rule's (DENYS / DENIS, Ukrainian and Russian: Belgium ranks both as surnames)
        return ""
    if fa in given and fb in given:
        # listed given names too (SARAH / SARA): the given-name rule's, unless both
        # stand as surnames and a country ranks both as its surnames (MARIN / MARTIN,
        # VEGA / VERA in Spain) and no given-name rule calls them one name's spellings
        # (JACOB / JAKOB, ALLAN / ALLEN, CHRISTINA / CRISTINA: review names5, finding 2)
        country = _surnames_of_one_country(fa, fb) if surnames else ""
        if (
            not country
            or _slip_or_spelling(fa, fb)
            or distinct_given(a, b, attested=False)
            or _one_name_two_spellings(fa, fb)
        ):
            return ""  # HASSAN / HUSSEIN: two given names, judged as such
    if min(len(fa), len(fb)) == 3:
        # a 3-letter name only with a suffix of two letters or more added, both listed
        # (SEN / SENER, KOC / KOCAK): no keying slip adds two letters
        short, long_ = sorted((fa, fb), key=len)
        names = common_surnames()
        if not (
            long_.startswith(short) and len(long_) - 3 >= 2 and short in names and long_ in names
        ):
            return ""
    variants = _given_variants()
    if fa in variants and variants.get(fa) == variants.get(fb):
        return ""  # KHALED / KHALID, JAMAL / GAMAL as family names: one name
    if _a_i_apart_undoubled(fa, fb):
        return msg("name.distinct_vowel", a=a, b=b, firm=True)
    apart = _long_vowel_apart(fa, fb)
    if apart and _arabic_script_pair(fa, fb):
        return msg("name.distinct_long_vowel", a=a, b=b, va=apart[0], vb=apart[1], firm=True)
    if country:
        return msg("name.distinct_surnames", a=a, b=b, origin=country)
    names = common_surnames()
    oa, ob = names.get(fa), names.get(fb)
    if not oa or not ob:
        origins = _country_origins(fa, fb)
        if origins is None:
            return _suffix_families(fa, fb, oa or ob)
        oa, ob = origins
        latin, script = oa == ob, oa != ob
    else:
        latin = oa == ob and oa in _LATIN_SCRIPT
        script = oa in _TRANSLITERATED and ob in _TRANSLITERATED
    short, long_ = sorted((fa, fb), key=len)
    if long_.startswith(short) and len(long_) - len(short) >= 2 and short in names:
        # a listed name with a suffix of two letters or more (KOC / KOCAK, CETIN /
        # CETINKAYA): no transliteration or keying slip adds two letters
        where = oa if oa.strip() == ob.strip() else f"{oa}, {ob}"
        return msg("name.distinct_surnames", a=a, b=b, origin=where.strip())
    if given_origin.a_i_apart(fa, fb) and given_origin.a_i_apart(a, b):
        # KARIMI / KARAMI: an A against an I is no transliteration of one name
        where = oa if oa.strip() == ob.strip() else f"{oa}, {ob}"
        return msg("name.distinct_surnames", a=a, b=b, origin=where.strip())
    if script and _one_transliteration(fa, fb):
        return ""
    if phonetic(a) == phonetic(b) and not latin:
        # Transliteration variants of one name written in another script (KADYROV,
        # KADIROV); in a Latin-script country DAVIS and DAVIES are two families.
        return ""
    if _nisba_added(fa, fb):
        short, long_ = sorted((a, b), key=len)
        return msg("name.distinct_nisba", a=short, b=long_, firm=True)
    sk = skeleton(a)
    if sk == skeleton(b) and (_VOWELLESS in (oa, ob) or sk in _arabic_skeletons()):
        # Arabic script writes no short vowels: SAEED and SAID are one name, and so are
        # MOHAMMED and MUHAMMAD wherever else the lists found them (Nordic, US Census)
        return ""
    where = oa if oa.strip() == ob.strip() else f"{oa}, {ob}"
    return msg("name.distinct_surnames", a=a, b=b, origin=where.strip())


# Patronymic endings that make a surname of a name (MARTIN / MARTINEZ, PETER / PETERSEN,
# IVAN / IVANOV; after a genitive -S, HARRIS / HARRISON); two letters or more, which no
# keying slip adds (a dropped -S, ROBERTS / ROBERT, stays a possible slip)
_SURNAME_PATRONYMICS = ("EZ", "SON", "SEN", "OV", "EV")


def _patronymic_of(fa: str, fb: str) -> bool:
    """One of two common surnames is the other with a patronymic ending (MARTINEZ, son of
    MARTIN): two families wherever the names stand, given names by the lists or not
    (issue 12 names MARTIN / MARTINEZ; the fifteenth part wrote both surname first)."""
    short, long_ = sorted((fa, fb), key=len)
    names = common_surnames()
    return (
        len(short) >= 4
        and short in names
        and long_ in names
        and any(
            long_ == short + e or (short.endswith("S") and long_ == short[:-1] + e)
            for e in _SURNAME_PATRONYMICS
        )
    )


def _given_anywhere(name: str) -> bool:
    """A given name of the lists or of the country table (DENYS, Ukraine's DENIS)."""
    return name in given_names() or bool(given_origin.sex(name))


def possible_slip(a: str, b: str) -> Message | str:
    """Which rule kept a close pair together: one side is a well-attested surname (or a
    given name that is no surname) and the other is not a name at all (SCHMIDT / SCHMDIT,
    DANIEL / DANEIL), so it reads as a keying slip."""
    names, given, countries = common_surnames(), given_names(), surname_countries()
    fa, fb = _fold(a), _fold(b)
    known_a = fa in names or fa in given or fa in countries
    known_b = fb in names or fb in given or fb in countries
    if min(len(fa), len(fb)) < 4 or known_a == known_b:
        return ""
    (listed, other), folded = ((a, b), fa) if known_a else ((b, a), fb)
    key = "name.possible_slip_given" if folded in given else "name.possible_slip"
    return msg(key, a=other, b=listed)


GIVEN_FILE = DATA / "given_names.txt"
VARIANTS_FILE = DATA / "given_name_variants.txt"


@cache
def given_names() -> dict[str, str]:
    """Well-attested given names (`GIVEN_FILE`) -> the sexes they are given to ("M",
    "F", "MF")."""
    out: dict[str, str] = {}
    sex = ""
    for line in GIVEN_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("["):
            sex = line.strip("[]")
            continue
        for name in line.split():
            out[name] = out.get(name, "") + sex
    return out


GIVEN_SEX_FILE = DATA / "given_names_sex.txt"


@cache
def _predominant_sex() -> dict[str, str]:
    """Names `GIVEN_FILE` lists for both sexes that the census gives to one sex 20 times
    as often (`GIVEN_SEX_FILE`): JOAN is a Catalan man's name, but mostly a woman's."""
    out: dict[str, str] = {}
    sex = ""
    for line in GIVEN_SEX_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            sex = line.strip("[]")
        elif line.strip() and not line.startswith("#"):
            out.update(dict.fromkeys(line.split(), sex))
    return out


@cache
def _given_variants() -> dict[str, int]:
    """A spelling of a given name -> the line of `VARIANTS_FILE` (the name) it is on."""
    out: dict[str, int] = {}
    lines = VARIANTS_FILE.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if line.strip() and not line.startswith("#"):
            for name in line.split():
                out[name] = i
    return out


_NAME_FOLDS = (("KH", "K"), ("CH", "K"), ("PH", "F"), ("TH", "T"), ("C", "K"), ("W", "V"),
               ("J", "I"), ("Y", "I"))  # fmt: skip


def _name_fold(name: str) -> str:
    out = name
    for _ in range(2):  # before and after `phonetic`, which writes KH as H
        for x, y in _NAME_FOLDS:
            out = out.replace(x, y)
        out = phonetic(out)
    return _undoubled(out)


# Abbreviations written in passports for a whole given name (Malaysia: MOHD, MUHD).
_GIVEN_ABBREVIATIONS = {"MOHD": "MUHAMMAD", "MUHD": "MUHAMMAD", "MD": "MUHAMMAD",
                        "MHD": "MUHAMMAD", "MHMD": "MUHAMMAD"}  # fmt: skip


def _given_forms(name: str) -> set[str]:
    """A given name under the transliteration folds that join its spellings across
    languages and scripts: Maghreb French DJ and OU (DJAMEL, OUMAR), a final H (HAMZAH,
    ABDULLAH), Ukrainian H for Russian G (IHOR, SERHII, OLHA), YE for E (YELENA), an
    initial H or J before E (HELENA, JELENA), CH or TH for SH or S (AICHA, OTHMAN)."""
    n = _GIVEN_ABBREVIATIONS.get(name, name)
    n = n.replace("DJ", "J").replace("OU", "U").replace("GH", "G")
    n = re.sub(r"(?<=[AEIOUYRL])H(?=[AEIOUY])", "G", n)
    n = re.sub(r"(?<=[AEIOU])H$", "", n)
    n = re.sub(r"^(YE|IE|JE|HE)", "E", n)
    out = {n, n.replace("CH", "SH"), n.replace("TH", "S")}
    return {_name_fold(x) for x in out}


def _spellings_of_one(a: str, b: str) -> bool:
    """One given name spelt two ways: equal under `_given_forms`, or one keying step
    apart there (a letter changed, added, dropped, or two swapped: ELENA / OLENA, OSMAN /
    USMAN, AHMED / HAMED, CARLO / CARLOS), as `_slip_or_spelling` is for surnames."""
    return any(OSA.distance(x, y) <= 1 for x in _given_forms(a) for y in _given_forms(b))


def _one_given_name(a: str, b: str, sa: str, sb: str) -> bool:
    """One name in two languages' spellings: equal after transliteration folds (ALEKSEI /
    ALEKSEY, VIKTOR / VICTOR, MIKHAIL / MICHAIL), or, given to the same sex, differing
    only in vowels (MARIE / MARIA, KAMAL / KEMAL, ISMAIL / ISMAEL, KAREN / KARIN) or by
    a final vowel (PETRO / PETR, MARKO / MARK). Given to different sexes they are two
    names (DANIEL / DANIELA, PAOLO / PAOLA, ERIK / ERIKA)."""
    fa, fb = _name_fold(a), _name_fold(b)
    if fa == fb:
        return True
    same_sex = bool(set(sa) & set(sb))
    if same_sex and skeleton(fa) == skeleton(fb):
        return True
    short, long = sorted((a, b), key=len)
    return (
        same_sex
        and len(long) == len(short) + 1
        and long.startswith(short)
        and (long[-1] in _VOWELS)
    )


@cache
def _line_sexes() -> dict[int, str]:
    """A line of `VARIANTS_FILE` -> the sex the lists give its first listed spelling."""
    given, out = given_names(), {}
    for name, line in _given_variants().items():
        if name in given:
            out.setdefault(line, given[name])
    return out


def _line_sex(name: str) -> str | None:
    """The sex of a spelling that only the variants file knows (HUSIN, Malaysia's
    HUSAYN), as its line's listed spellings have it."""
    line = _given_variants().get(name)
    return None if line is None else _line_sexes().get(line)


def _vowel_fold(name: str) -> str:
    """One name's spellings across languages folded together for the one-country rule
    (review names-precision: EBRAHIM / IBRAHEM, Persian and Egyptian spellings of one
    name; SHERINE / SIRINE): E and EE as I, OO and OU as U, an initial SH as S."""
    if name.startswith("SH"):
        name = "S" + name[2:]
    return name.replace("EE", "I").replace("OO", "U").replace("OU", "U").replace("E", "I")


def distinct_given(a: str, b: str, attested: bool = True) -> Message | str:
    """A reason when `a` and `b` are two different well-attested given names (PAOLO /
    PAOLA, MOHAMMED / MAHMOUD, KENTA / KENJI), not spellings of one (MOHAMMED /
    MUHAMMAD, JON / JOHN: `VARIANTS_FILE`; KHALED / KHALID, IHOR / IGOR, AICHA / AISHA:
    transliteration folds; JOHN / JOAN, AHMED / HAMED: one keying step, as a slip
    lands on another listed name as often as not); else ''. A name that is not on the
    list (DANEIL) stays a likely slip of the listed one. `firm` in the reason: capped
    (`_ruled`), not only a penalty. `attested`: with `_attested_given`, two names of
    one country's list a consonant apart (the surname rule asks without it: MARIN /
    MARTIN ranked as surnames are two families, said so)."""
    fa, fb = _fold(a), _fold(b)
    if fa == fb or min(len(fa), len(fb)) < 3:
        return ""
    given = given_names()
    fa, fb = _GIVEN_ABBREVIATIONS.get(fa, fa), _GIVEN_ABBREVIATIONS.get(fb, fb)
    lines = _given_variants()
    if (
        (apart := _long_vowel_apart(a, b))
        and _arab_given_pair(a, b)  # as written
        and (lines.get(fa) is None or lines.get(fb) is None)  # two lines: said below
    ):
        # SAEED / SAAD: سعيد / سعد, a long vowel against a bare A (the fold's SAED hides it)
        return msg("name.distinct_long_vowel", a=a, b=b, va=apart[0], vb=apart[1], firm=True)
    # the sexes the lists give, else the country table's for a man's and a woman's form
    # of one stem (DEEPAK / DEEPIKA, MIRKO / MIRKA: common in their countries)
    table = attested and given_origin.one_stem(a, b) and (fa, fb) == (a, b)
    sa = given.get(fa) or _line_sex(fa) or (given_origin.sex(fa) if table else "")
    sb = given.get(fb) or _line_sex(fb) or (given_origin.sex(fb) if table else "")
    if not sa or not sb:
        return _attested_given(a, b, fa, fb) if attested else ""
    mostly = False
    if not _misread(fa, fb):
        # a name given to both sexes counts as its predominant sex's (JOHN / JOAN, MARIO /
        # MARIA: two people, as DANIEL / DANIELA are); an agreeing sex lifts it
        # (`_person`). Not when a look-alike misread joins them (KAREN, an Armenian
        # man's name, read KAREM)
        sex = _predominant_sex()
        mostly = fa in sex or fb in sex
        sa, sb = sex.get(fa, sa), sex.get(fb, sb)
    variants = _given_variants()
    # a line's spelling as written when its umlaut fold is on none (JOSUE, whose UE is no
    # written-out U umlaut: the fold's JOSU is the Basque JESUS)
    va, vb = variants.get(fa, variants.get(a)), variants.get(fb, variants.get(b))
    if va is not None and va == vb:
        return ""
    if (fa, fb) == (a, b) and _english_given_apart(fa, fb):
        # the raw spellings, never a fold's (NICOLAE folds to NICOLA: review names6, F1)
        return msg("name.distinct_given_english", a=a, b=b, firm=True)
    if attested and not mostly and (rule := _attested_given(a, b, fa, fb)):
        return rule
    if given_origin.a_i_apart(fa, fb) and given_origin.a_i_apart(a, b):
        return msg("name.distinct_given_vowel", a=a, b=b, firm=True)
    if given_origin.e_i_apart_cyrillic(fa, fb):
        return msg("name.distinct_given_cyrillic", a=a, b=b, firm=True)
    if (va is None or vb is None) and _one_given_name(fa, fb, sa, sb):
        return ""
    if {sa, sb} == {"M", "F"}:  # DANIEL / DANIELA: a letter apart, and two people
        # a name given to both sexes is not capped firmly: JOAN is JUAN in Catalan,
        # ANDREA, MICHELE, SIMONE Italian men's (review names4, finding 2); GIVEN_PENALTY
        # off, as for the scraped lists
        key = "name.distinct_given_mostly" if mostly else "name.distinct_given_sexes"
        return msg(key, a=a, b=b, firm=not mostly)
    if va is not None and vb is not None:  # two lines of the hand-written file: firm
        return msg("name.distinct_given", a=a, b=b, firm=True)
    if rule := _consonant_added_at_home(a, b, fa, fb):
        return rule
    if _spellings_of_one(fa, fb):
        return ""
    if (
        given_origin.one_country(fa, fb)
        and OSA.distance(fa, fb) >= 2
        and OSA.distance(_vowel_fold(fa), _vowel_fold(fb)) >= 2  # EBRAHIM / IBRAHEM
        and not _japanese_given_apart(fa, fb)  # the kana say it (KENTA / KENJI)
    ):
        # two names one country ranks among its common ones, two keying steps apart or
        # more (SUNIL / SUSHIL, LAURA / LAUREN): no slip, two names in use there; a name
        # of another country's list is often its spelling of the other (PIETRO / PEDRO)
        return msg("name.distinct_given_country", a=a, b=b, firm=True)
    if _listed_names_apart(fa, fb):
        return msg("name.distinct_given_listed", a=a, b=b, firm=True)
    return msg("name.distinct_given", a=a, b=b, firm=False)


def _arab_given_pair(fa: str, fb: str) -> bool:
    """Both given names ranked by an Arabic-speaking country (`_ARABIC_COUNTRIES`, Syria
    too), where the names are written in Arabic script first and its long vowels (ي, و)
    are letters: SAEED سعيد against SAAD سعد, as `_long_vowel_apart` reads their Latin
    spellings (issue 12, tenth round; the surname rule's `_arabic_script_pair`)."""
    return _arab_given(fa) and _arab_given(fb)


@cache
def _arab_given_lines() -> frozenset[int]:
    """Lines of `VARIANTS_FILE` holding a spelling an Arabic-speaking country ranks (the
    line SAID SAEED SAYED: Egypt's SAID)."""
    return frozenset(line for name, line in _given_variants().items() if _arab_ranked(name))


def _arab_ranked(name: str) -> bool:
    return any(given_origin.in_country(name, c) for c in (*_ARABIC_COUNTRIES, "SY"))


def _arab_given(name: str) -> bool:
    """A given name an Arabic-speaking country ranks, or a spelling on a line of the
    variants file with one it ranks (SAEED, the Gulf's spelling of Egypt's SAID)."""
    return _arab_ranked(name) or _given_variants().get(name, -1) in _arab_given_lines()


def _consonant_frame(name: str, v: bool = True) -> str:
    """A name's consonants as `_consonants` keeps them: the frame that one name keeps
    across languages, up to consonants some language spells alike (`_frames_alike`).
    `v` False: V left out with H, W and Y, as the Slavic and Latin V is written U in one
    name's forms (PAVEL / PAUL). A first GU before a vowel is the Romance spelling of a
    Germanic W (GUILLAUME / WILLIAM, GUALTIERO / WALTER)."""
    if name.startswith("GU") and name[2:3] in _VOWELS:
        name = "W" + name[2:]
    return _consonants(name if v else name.replace("V", ""))


def _frames_alike(x: str, y: str) -> bool:
    """Two consonant frames of one name: letter by letter equal or spelt alike by some
    language (`given_origin.spelt_alike`: PIETRO / PEDRO PTR / PDR, GIUSEPPE / JOSEPH,
    MIGUEL / MICHAEL), or one with the final S that Greek and the Baltic languages put
    on a man's name (GEORGIOS / GEORGE, ANDRIUS / ANDREW)."""
    if len(x) == len(y) + 1 and x.endswith("S"):
        x = x[:-1]
    elif len(y) == len(x) + 1 and y.endswith("S"):
        y = y[:-1]
    return len(x) == len(y) and all(
        p == q or given_origin.spelt_alike(p, q) for p, q in zip(x, y, strict=True)
    )


def _listed_names_apart(fa: str, fb: str) -> bool:
    """Two given names of the lists (`GIVEN_FILE`, both with a sex) that reached the
    last step of `distinct_given` (no variants line, fold, one keying step, cut short or
    country rule joins them), both of one language's countries and of no other's
    (`given_origin.home_language`: names-fix10a, review n10a found ~250 forms of one
    name across languages whose frames differ, ALEKSEJ / OLEKSII, GRZEGORZ / GREGORY,
    FRANCISCO / FRANCOIS), two keying steps apart or more, also with the vowels
    folded (`_vowel_fold`), whose consonant frames (`_consonant_frame`) differ (issue 12,
    tenth round: BLAINE / BLAKE, HEINER / HERIBERT; LAURA / LAUREN and MARILOU /
    MARILYN no more, their lists of no one language): a consonant more, or one no
    language spells like the other, is another name, not one name's spelling in another
    language. One name across languages often keeps its frame (PIETRO / PEDRO, GIUSEPPE
    / JOSEPH, CARLOS / CHARLES, ANTONIO / ANTOINE) or adds only the final S that Greek
    and the Baltic languages put on a man's name (GEORGIOS /
    GEORGE, ANDRIUS / ANDREW): those keep the given-name penalty only. Japan's names
    are left to their kana (`distinct_japanese`: KENTA / KENJI), a Chinese or Korean
    syllable to the syllable tables (a name of two, HAM-DAN, is no sign: the lists hold
    it)."""
    if OSA.distance(fa, fb) < 2 or OSA.distance(_vowel_fold(fa), _vowel_fold(fb)) < 2:
        return False
    if not given_origin.home_language(fa, fb):
        return False  # maybe one name's forms in two languages (ALEKSANDR / ALESSANDRO)
    if given_origin.in_country(fa, "JP") and given_origin.in_country(fb, "JP"):
        return False
    if _real_syllable(fa.lower()) or _real_syllable(fb.lower()):
        return False
    short, long_ = sorted((fa, fb), key=len)
    if long_.find(short.rstrip("AEIOUY")) > 0:
        return False  # a short form from the name's end (HANNA / JOHANNE, BELLA / ANNABELLE)
    if fa[:3] == fb[:3] and (fa.endswith(("Y", "IE")) or fb.endswith(("Y", "IE"))):
        return False  # an English pet form (SUSIE / SUSAN, KATY / KATHLEEN)
    if fa[:4] == fb[:4] and (fa.endswith(_SPANISH_PETS) or fb.endswith(_SPANISH_PETS)):
        return False  # a Spanish pet form (JUANITO / JUANCHO, PERLITA / PERLA)
    return not any(
        _frames_alike(_consonant_frame(fa, v), _consonant_frame(fb, v)) for v in (True, False)
    )


# Endings of Spanish pet forms, put on the name's stem: JUAN, JUANITO, JUANCHO, JUANILLO.
_SPANISH_PETS = ("ITO", "ITA", "CHO", "CHA", "ILLO", "ILLA")


# English-speaking countries of `given_origin.COUNTRY_FILE`, whose lists rank their names
# as spelt at home: a name of two of their lists is no transliteration of the other.
_ENGLISH = ("US", "GB", "IE", "CA")


def _english(name: str) -> bool:
    return any(given_origin.in_country(name, c) for c in _ENGLISH)


def _consonants(name: str) -> str:
    """The consonants a spelling keeps, doubled letters once: H, W and Y, which English
    spellings of one name add and drop (SEAN / SHAWN, JANE / JAYNE), are left out."""
    return re.sub(r"(.)\1", r"\1", re.sub(r"[AEIOUYHW]", "", name))


def _consonant_added(x: str, y: str) -> bool:
    """`y` is `x` with one consonant more that no neighbour already spells (KVN / KLVN;
    not JAQLN / JCQLN, where C and Q write one sound)."""
    if len(y) != len(x) + 1:
        return False
    i = next((k for k in range(len(x)) if x[k] != y[k]), len(x))
    if x[i:] != y[i + 1 :]:
        return False
    near = {y[k] for k in (i - 1, i + 1) if 0 <= k < len(y)}
    return not any(given_origin.spelt_alike(y[i], c) for c in near)


def _pet_stem(name: str) -> str:
    """A name without the endings English pet forms and full forms put on one stem."""
    return re.sub(r"(IE|EY|ES|Y|E|I|S)$", "", name)


def _pet_pair(a: str, b: str) -> bool:
    """Three letters alike from the start and one a pet form's ending (TOMAS / TOMMY,
    SUSAN / SUSIE, JEREMY / JERRY, ROBIN / ROBBIE): maybe one person's two names."""
    pet = re.compile(r"(Y|IE|I)$")
    return a[:3] == b[:3] and bool(pet.search(a) or pet.search(b))


def _english_given_apart(fa: str, fb: str) -> bool:
    """Two given names both common in English-speaking countries and in the census lists
    whose consonants differ by one consonant added that no neighbour spells (KEVIN /
    KELVIN, BRENDA / BRENDAN's kind is the sexes' rule), that no fold or table calls one
    name's spellings (issue 12, sixth round): the surname rule applied to given names,
    as a slip lands on another listed name as often as not, but both names are in use.
    Vowels, H, W and Y are left out: English writes one name with them and without
    (MEGAN / MEAGAN, SEAN / SHAWN, TRACY / TRACEY, JANE / JAYNE), so TYLER / TAYLOR and
    JOHN / JOAN are not told apart here. Never a line of `VARIANTS_FILE` (JON / JOHN,
    STEPHEN / STEVEN), the transliteration folds or phonetic codes (KATHERINE /
    CATHERINE), one cut short (DANIEL / DANIELLE), nor a name that a country not
    English-speaking ranks (maybe its form of the other: NICOLA, IOAN; review names6)."""
    given, variants = given_names(), _given_variants()
    if fa not in given or fb not in given or min(len(fa), len(fb)) < 4:
        return False
    if not (_english(fa) and _english(fb)):
        return False
    if fa in variants and variants[fa] == variants.get(fb):
        return False
    if given_origin.ranked_outside(fa, _ENGLISH) or given_origin.ranked_outside(fb, _ENGLISH):
        # either ranked by a country not English-speaking: maybe its form of the other
        # (NICOLA / NICHOLAS in Italy, IOAN / JOHN, ANDRIS / ANDREW: review names6, F1)
        return False
    if given_origin.cut_short(fa, fb) or _transposed(fa, fb):
        return False
    if phonetic(fa) == phonetic(fb) or _name_fold(fa) == _name_fold(fb):
        return False
    if _given_forms(fa) & _given_forms(fb) or given_origin.one_spelling(fa, fb):
        return False
    short, long_ = sorted((fa, fb), key=len)
    sa, sb = _pet_stem(fa), _pet_stem(fb)
    if short in long_ or sa.startswith(sb) or sb.startswith(sa) or _pet_pair(fa, fb):
        return False  # a short or pet form (DREW / ANDREW, DAVE / DAVID, CHARLIE / CHARLES)
    x, y = fa.lower(), fb.lower()
    if _real_syllable(x) and _real_syllable(y):
        return False  # two Chinese or Korean syllables: the syllable tables judge
    ca, cb = _consonants(fa), _consonants(fb)
    return _consonant_added(ca, cb) or _consonant_added(cb, ca)


def _attested_given(a: str, b: str, fa: str, fb: str) -> Message | str:
    """A firm reason when two given names are both common in one country and one
    consonant apart that no language spells alike (RAJESH / RAKESH, ARJUN / ARUN, AMIN /
    AMIR), or two Japanese names whose kana differ (TAKUMI / TAKUMA): a slip of one lands
    on the other, but both are names in use, so names alone do not make them one person
    (issue 12, Build 3). Never one name's spellings: a line of `VARIANTS_FILE`, equal
    under the transliteration folds or phonetic codes, or one cut short (DANIELLE ->
    DANIEL, an MRZ field's end)."""
    home = given_origin.one_country(fa, fb) or given_origin.one_language(fa, fb)
    if not home or given_origin.cut_short(fa, fb):
        return ""
    variants = _given_variants()
    if fa in variants and variants[fa] == variants.get(fb):
        return ""
    if phonetic(fa) == phonetic(fb) or _name_fold(fa) == _name_fold(fb):
        return ""
    if _given_forms(fa) & _given_forms(fb) or given_origin.one_spelling(fa, fb):
        return ""
    if _chinese_word(fa, fb):
        return ""  # one character's readings in some system: the syllable tables judge
    # as written too: an umlaut fold must not make a slip a name (MAETIN read MATIN)
    if _japanese_given_apart(fa, fb) or (
        given_origin.consonant_apart(fa, fb) and given_origin.consonant_apart(a, b)
    ):
        return msg("name.distinct_given", a=a, b=b, firm=True)
    if other := _glide_y_apart(fa, fb) and _glide_y_apart(a, b):
        return msg("name.distinct_given_glide", a=a, b=b, c=other, firm=True)
    # a consonant added or dropped is no rule: as often one name's spellings (ARSLAN /
    # ASLAN, LAMINE / AMINE) as two names (ARJUN / ARUN; review of stop 26)
    return ""


def _consonant_added_at_home(a: str, b: str, fa: str, fb: str) -> Message | str:
    """A firm reason when two given names of the lists (`GIVEN_FILE`, given to a common
    sex) are both ranked by the countries of one language that writes its names at home
    in Latin letters (`given_origin.one_language`: English, German, Spanish, Portuguese)
    and one is the other with one consonant written inside the word (KEVIN / KELVIN,
    MARIA / MARINA; issue 12, twelfth round, names-p12a). Such a language spells its own
    names one way, from no other script, so a consonant more there is another name of it
    (Kelvin, a river's name; Marina, Latin "of the sea"), not its spelling; the one-step
    exemption (`_spellings_of_one`) had kept them one name as keying slips. Never where
    a transliteration may add the letter (the review of stop 26's ARSLAN / ASLAN,
    HENDRIK / HENRIK, SWAPNA / SAPNA are names of no such language), H, W, Y or a vowel
    (SARA / SARAH, JON / JOHN, JOSE / JOSUE), a doubled letter or a letter a neighbour
    already spells (ALAN / ALLAN, ERIC / ERICK), the first or last letter (an MRZ field's
    cut end, LUKA / LUKAS, a Baltic or Greek final S), a line of `VARIANTS_FILE`, the
    folds or phonetic codes, a consonant between two consonants (a cluster's sound gained
    or lost in speech: HENDRIK / HENRIK, the Dutch and Scandinavian forms of one name,
    both ranked in Germany), a silent C or P before T or a glide J (OCTAVIO / OTAVIO,
    MATEJA / MATEA), or a Chinese or Korean syllable."""
    given = given_names()
    if (fa, fb) != (a, b) or fa not in given or fb not in given:
        return ""  # the raw spellings, as listed (a fold's NICOLA is no listed name)
    if not set(given[fa]) & set(given[fb]) or min(len(fa), len(fb)) < 4:
        return ""  # a man's and a woman's name: the sexes' rules say it
    short, long_ = sorted((fa, fb), key=len)
    if len(long_) != len(short) + 1:
        return ""
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    if i in (0, len(long_) - 1) or long_[:i] + long_[i + 1 :] != short:
        return ""
    added = long_[i]
    if added in "AEIOUYHW":
        return ""
    near = (long_[i - 1], long_[i + 1])
    if any(added == c or given_origin.spelt_alike(added, c) for c in near):
        return ""  # ALAN / ALLAN, ERIC / ERICK: a letter written twice or one sound twice
    if not set(near) & _VOWELS:
        return ""  # a consonant a cluster gains or loses in speech (HENDRIK / HENRIK)
    if (added in "CP" and near[1] == "T") or (added == "J" and set(near) <= _VOWELS):
        # Portuguese and Spanish dropped the silent C and P (OCTAVIO / OTAVIO, VICTORIA /
        # VITORIA, BAPTISTA / BATISTA); a J between vowels is a glide (MATEJA / MATEA)
        return ""
    if short[:4] == long_[:4] and long_.endswith(_SPANISH_PETS):
        return ""  # a Spanish pet form (MARIA / MARITA), as `_listed_names_apart` reads it
    if not given_origin.one_language(fa, fb):
        return ""
    variants = _given_variants()
    if fa in variants and variants[fa] == variants.get(fb):
        return ""
    if phonetic(fa) == phonetic(fb) or _name_fold(fa) == _name_fold(fb):
        return ""
    if _given_forms(fa) & _given_forms(fb) or given_origin.one_spelling(fa, fb):
        return ""
    if _chinese_word(fa, fb):
        return ""
    return msg("name.distinct_given_added", a=a, b=b, c=added, firm=True)


# Consonants some spelling writes for or beside the glide Y: Spanish LL and Y (yeismo),
# Catalan and Filipino NY for N, Spanish G before E and I (ANYELA / ANGELA), and the
# Russian pet forms in -YA of a name with that consonant (OLYA / OLGA, ANYA / ANNA).
_NEAR_GLIDE = frozenset("GLN")


def _glide_y_apart(a: str, b: str) -> str:
    """The consonant that stands in one name where the other has a Y after a consonant
    and before a vowel (HARTONO / HARYONO, SUNARTO / SUNARYO, ARMAN / ARYAN; issue 12,
    twelfth round, names-p12a); else ''. There the Y is the consonant glide (Javanese and
    Sanskrit y, ي, й), not a vowel, so `given_origin.consonant_apart`'s reason holds: no
    spelling writes it with another consonant but J (HARJONO, the old Indonesian
    spelling: `given_origin.spelt_alike`) and those of `_NEAR_GLIDE`. A Y after a vowel
    or at the word's end may write a vowel (MARYAM / MARIAM, AYMAN) and is left alone;
    the first letter is `given_origin`'s own test (YASSER / NASSER)."""
    if len(a) != len(b):
        return ""
    at = [i for i in range(len(a)) if a[i] != b[i]]
    if len(at) != 1 or not 0 < at[0] < len(a) - 1:
        return ""
    i = at[0]
    if "Y" not in (a[i], b[i]):
        return ""
    other = b[i] if a[i] == "Y" else a[i]
    if other in _VOWELS or other in "HJW" or other in _NEAR_GLIDE:
        return ""
    if given_origin.spelt_alike("Y", other):
        return ""
    before, after = a[i - 1], a[i + 1]
    return other if before not in _VOWELS and after in "AEIOU" else ""


def _chinese_word(fa: str, fb: str) -> bool:
    """Either word one Chinese (or Korean) syllable, or both syllables all through (JIA /
    MIA, MINGHUA / MINHUA): never judged as two given names of a country's list."""
    x, y = fa.lower(), fb.lower()
    if _real_syllable(x) or _real_syllable(y):
        return True
    return _syllables_all_through(x) and _syllables_all_through(y)


def _syllables_all_through(word: str) -> bool:
    # syllables with an initial consonant only: A-RUN, AR-JUN are no Chinese name
    return any(all(s[0] not in "aeiou" for s in seg) for seg in chinese.segmentations(word))


def _japanese_given_apart(fa: str, fb: str) -> bool:
    """Two Japanese given names of the name list, 4+ letters, no Korean syllable's
    spelling, whose kana differ once long vowels are folded (KOSUKE こうすけ / KEISUKE
    けいすけ); YUKI / YUUKI stay one."""
    if not (given_origin.in_country(fa, "JP") and given_origin.in_country(fb, "JP")):
        return False  # both Japan's (MARINA / MARIYA are Russia's names too)
    given = japanese_names()["given"]
    x, y = _hepburn(fa), _hepburn(fb)
    if min(len(x), len(y)) < 4 or x not in given or y not in given or x == y:
        return False
    blocks = korean.name_block_spellings()
    if fa.lower() in blocks or fb.lower() in blocks:
        return False
    return given[x] != given[y]


@lru_cache(maxsize=262144)
def word_similarity(a: str, b: str) -> tuple[float, Message | str]:
    """Two Latin words -> (similarity, reason)."""
    if a == b:
        return 1.0, msg("name.equal", a=a, b=b)
    if len(a) == 1 or len(b) == 1:
        if a[0] == b[0]:
            return 0.8, msg("name.initial", a=a, b=b)
        return 0.0, ""
    if fold_umlauts(a) == fold_umlauts(b):
        return 0.98, msg("name.umlaut", a=a, b=b)
    # one name's spellings as listed (BANERJEE / BANDYOPADHYAY, HUSAYN / HOSSEIN), an
    # abbreviation read out first (MOHD for MOHAMMED)
    xa, xb = _GIVEN_ABBREVIATIONS.get(a, a), _GIVEN_ABBREVIATIONS.get(b, b)
    variants = _given_variants()
    line = variants.get(xa)
    if line is not None and line == variants.get(xb):
        return 0.95, msg("name.translit", a=a, b=b)
    look = _lookalikes(a, b)
    raw = edit_similarity(a, b)
    if look and len(look) == sum(x != y for x, y in zip(a, b, strict=True)):
        return max(raw, 0.93), msg("name.lookalike", a=a, b=b, chars=", ".join(look))
    # one name's spellings score at least 0.95, and as spelt when closer (review names4)
    if japanese_spellings(a, b):  # SATOU / SATO, MATUMOTO / MATSUMOTO (cached per pair)
        hepburn = _japanese_fold(a)
        return max(raw, 0.95), msg("name.japanese_spelling", a=a, b=b, hepburn=hepburn)
    if thai_spellings(a, b):  # JIRAPORN / CHIRAPHON: one Thai name (cached per pair)
        listed = "/".join(_thai_by_fold()[_thai_fold(a)])
        return max(raw, 0.95), msg("name.thai_spelling", a=a, b=b, rtgs=listed)
    pa, pb = phonetic(a), phonetic(b)
    if pa == pb:
        return 0.95, msg("name.translit", a=a, b=b)
    sa, sb = skeleton(a), skeleton(b)
    folded = edit_similarity(pa, pb) - 0.03
    best = max(raw, folded)
    if sa == sb and len(sa) >= 3 and best < 0.9:
        return 0.9, msg("name.consonants", a=a, b=b, c=sa)
    if best >= 0.5:
        return best, msg("name.spelling", a=a, b=b, s=f"{best:.2f}")
    return best, ""


# --- syllables -----------------------------------------------------------------------

Unit = tuple[bool, str]  # (is_han, text): a Han character or a Latin syllable/word


@lru_cache(maxsize=262144)
def unit_similarity(a: Unit, b: Unit, first: bool = False) -> tuple[float, Message | str]:
    """Two syllable units; `first`: both are the first unit of their name (the surname
    when the order is known), where Singapore's TAN is Mandarin's CHEN although TAN is
    also a Mandarin syllable."""
    (ha, ta), (hb, tb) = a, b
    if ha and hb:
        if ta == tb:
            return 1.0, msg("name.equal", a=ta, b=tb)
        if chinese.han_variants(ta, tb):
            # one character's two forms (斎 / 斉, 邉 / 辺, 髙 / 高, 傑 / 杰): one name
            return 1.0, msg("name.han_variant", a=ta, b=tb)
        shared = set(chinese.mandarin_readings(ta)) & set(chinese.mandarin_readings(tb))
        if shared:
            # Both sides in characters: the characters are the name. 陳志明 and 陳智明
            # both read CHEN ZHIMING but are two names (and, as a rule, two people).
            return 0.0, msg("name.han_differ", a=ta, b=tb, r=sorted(shared)[0])
        return 0.0, ""
    if hb:
        return _han_latin(tb, ta, first)
    if ha:
        return _han_latin(ta, tb, first)
    return _latin_latin(ta.lower(), tb.lower(), first)


def taiwan_variants(form: str) -> set[str]:
    """How Taiwanese Mandarin speakers spell a syllable in their own passports beyond the
    tables: -N and -NG merged (丙 PIN, 安 ANG, 坤 KUNG) and the retroflex initials said as
    dental ones (貞 TSENG, 哲 TSEH for CHEN, CHE)."""
    out = set()
    for f in (form, "ts" + form[2:] if form[:2] in ("ch", "zh") else form):
        out.add(f)
        if f.endswith("ng"):
            out.add(f[:-1])
        elif f.endswith("n"):
            out.add(f + "g")
    if form.startswith("ch") and form.endswith("e"):
        out.add("ts" + form[2:] + "h")  # 哲 CHE -> TSEH (the Wade-Giles -EH final)
    out.discard(form)
    return out


@lru_cache(maxsize=16384)
def _taiwan_variant_set(form: str) -> frozenset[str]:
    """`taiwan_variants` kept for `_latin_latin`'s membership test: it asks it for every
    table spelling of every syllable pair it compares, the same few hundred forms."""
    return frozenset(taiwan_variants(form))


def _mandarin_label(system: str) -> bool:
    """A Mandarin romanisation (Pinyin, Wade-Giles, Tongyong, MPS II, GR, Taiwan's
    customary spellings), not a reading in another Chinese language."""
    return system in chinese.MANDARIN_SYSTEMS or system == chinese.GWOYEU or "Taiwan" in system


def _han_latin(
    ch: str, word: str, first: bool = False, mandarin: bool = False
) -> tuple[float, Message | str]:
    forms = chinese.romanisations(ch)
    if mandarin:  # the name's other syllables are Mandarin: so is this one (`_one_system`)
        forms = {f: s for f, s in forms.items() if _mandarin_label(s)}
    w = word.lower()
    if w in forms:
        return 1.0, msg(
            "name.romanisation", a=word.upper(), b=ch, system=terms("romanisation", forms[w])
        )
    if not first:
        # Given names only: in a surname LIN / LING or CHEN / CHENG are two families.
        for form, system in forms.items():
            if system in chinese.MANDARIN_SYSTEMS and w in taiwan_variants(form):
                return 0.9, msg(
                    "name.taiwan_variant",
                    a=word.upper(),
                    b=ch,
                    form=form.upper(),
                    system=terms("romanisation", system),
                )
    best, best_form = 0.0, ""
    tabled = chinese.tabled_romanisations(ch)
    for form in forms:
        if form not in tabled and _HANYU_ONLY.match(w):
            # a mainland spelling is no slip of a customary Hong Kong one (ZHI for 思's
            # SHI: 李思 / LI ZHI); Taiwan's own spellings may be (政 TSUNG ~ TSING: 李政道 /
            # LEE TSUNG-DAO, a customary spelling no table holds)
            continue
        s = edit_similarity(form.upper(), word.upper())
        if s > best:
            best, best_form = s, form
    if best >= 0.7:
        return best * 0.85, msg("name.han_spelling", a=word.upper(), b=ch, form=best_form.upper())
    return 0.0, ""


_BRIDGE_OK = ("Mandarin", chinese.CANTONESE)


# GR spellings that Wade-Giles uses, for syllables Taiwanese given names are full of
# (志 CHIH, 世 SHIH): read as GR's qi and xi they would join CHIH-MING and QIMING.
_WADE_GILES_NAMES = frozenset({"chih", "shih", "er"})


@lru_cache(maxsize=65536)
def _macau_hong_kong(a: str, b: str, first: bool = False) -> Message | None:
    """The Macau government's and the Hong Kong government's spellings of one common
    given-name character's Cantonese reading (國 KUOK / KWOK, 浩 HOU / HO): the Macau
    one from the customary table (`chinese.customary_cantonese`, label Macau), the Hong
    Kong one a reading of the character in the Hong Kong table. Character by
    character, not syllable by syllable (review recall10: the fourteenth part's CHENG
    HO YIN / CHEANG HOU IN, the eighth's NG KUOK WA / NG KWOK WAH). In the surname
    (`first`) the common surname characters come first (鄭 CHEANG / CHENG)."""
    for x, y in ((a, b), (b, a)):
        if x.endswith("eng") and y == x[:-3] + "ing":
            # Macau's -ENG for Hong Kong's -ING is not taken here: MENG / MING, CHENG /
            # CHING are two Mandarin syllables (HUANG XIAOMING / XIAOMENG, 孫清 / 孫誠)
            continue
        for ch in _macau_given_index(first).get(x, ()):
            if y in chinese.cantonese_readings(ch):
                return msg(
                    "name.dialect",
                    a=x.upper(),
                    other=terms("romanisation", "Macau"),
                    b=y.upper(),
                    dialect=terms("romanisation", chinese.CANTONESE),
                    ch=ch,
                )
    return None


@cache
def _macau_given_index(surname_first: bool) -> dict[str, tuple[str, ...]]:
    """Macau spelling (`chinese.customary_cantonese` and the dialect table, label Macau)
    -> the common given-name and surname characters it spells, in table order, the
    surname characters first when `surname_first`."""
    surnames, given = chinese.name_chars()[0], chinese.name_chars()[1]
    out: dict[str, list[str]] = {}
    for ch in (*surnames, *given) if surname_first else (*given, *surnames):
        for form, label in (*chinese.customary_cantonese(ch), *chinese.dialect_spellings(ch)):
            if label == "Macau" and ch not in out.get(form.lower(), []):
                out.setdefault(form.lower(), []).append(ch)
    return {k: tuple(v) for k, v in out.items()}


def _latin_latin(a: str, b: str, first: bool = False) -> tuple[float, Message | str]:
    A, B = a.upper(), b.upper()
    if a == b:
        return 1.0, msg("name.equal", a=A, b=B)
    ma, mb = chinese.mandarin_of(a), chinese.mandarin_of(b)
    shared = set(ma) & set(mb)
    if shared:
        py = sorted(shared)[0]
        zy = chinese._zhuyin_of().get(py, py)
        sys_a = "/".join(sorted(ma[py]))
        sys_b = "/".join(sorted(mb[py]))
        return 0.97, msg(
            "name.same_syllable",
            a=A,
            sa=terms("romanisation", sys_a),
            b=B,
            sb=terms("romanisation", sys_b),
            zy=zy,
        )
    if not first and ma and mb:
        # Taiwanese passport spellings between two romanisations, as against characters
        # (`taiwan_variants`): SU TSENG-CHANG / SU ZHENCHANG, TSAI I-LING / CAI YILIN.
        for x, mx, y in ((a, ma, b), (b, mb, a)):
            for py in sorted(mx):
                for form, system in chinese.mandarin_spellings(py).items():
                    if y in _taiwan_variant_set(form):
                        return 0.9, msg(
                            "name.taiwan_variant",
                            a=y.upper(),
                            b=x.upper(),
                            form=form.upper(),
                            system=terms("romanisation", system),
                        )
    if not first:
        # a GR spelling that Wade-Giles uses for another syllable (GR JIH 季 ji, WG JIH 日
        # ri): in a given name against another system's spelling of the GR syllable
        for x, y, my in ((a, b, mb), (b, a, ma)):
            if x in _WADE_GILES_NAMES:
                continue
            shadowed = chinese.gwoyeu_shadowed().get(x, frozenset()) & set(my)
            if shadowed:
                py = sorted(shadowed)[0]
                return 0.9, msg(
                    "name.same_syllable",
                    a=x.upper(),
                    sa=terms("romanisation", chinese.GWOYEU),
                    b=y.upper(),
                    sb=terms("romanisation", "/".join(sorted(my[py]))),
                    zy=chinese._zhuyin_of().get(py, py),
                )
    # Two Mandarin syllables one letter apart in a given name are two characters (YANG,
    # YONG): that a Hakka spelling of 楊 is YONG does not make them one, except in the
    # surname, where the dialect spellings are (TAN for 陳, ONG for 王).
    dialect_bridges = first or not (ma and mb) or Levenshtein.distance(a, b) > 1
    for x, y in ((a, b), (b, a)):
        my = chinese.mandarin_of(y)
        for other, dialect, ch, own in chinese.cross_dialect(x):
            if not dialect_bridges and (own not in _BRIDGE_OK or dialect not in _BRIDGE_OK):
                continue
            if not dialect_bridges and ch in chinese.surname_only_chars():
                # nor through a character only surnames have (CHUN / CHEN via 陳 would
                # join 君 and 貞 in YI-CHUN / YI-CHEN)
                continue
            if other == y or (dialect == "Mandarin" and other in my):
                X, Y = x.upper(), y.upper()
                return 0.9, msg(
                    "name.dialect",
                    a=X,
                    other=terms("romanisation", own),
                    b=Y,
                    dialect=terms("romanisation", dialect),
                    ch=ch,
                )
    macau = _macau_hong_kong(a, b, first)
    if macau:
        return 0.9, macau
    if first:  # after the Chinese readings, which explain a Chinese name better
        # Passport spellings of one Korean surname (LEE/YI/RHEE 이, JUNG/JEONG 정, CHO/JO 조)
        fa, fb = korean.surname_families().get(A), korean.surname_families().get(B)
        if fa and fb and fa & fb:
            spelled = msg("name.dialect", a=A, other=terms("romanisation", korean.CUSTOMARY),
                          b=B, dialect=terms("romanisation", korean.CUSTOMARY),
                          ch=sorted(fa & fb)[0])  # fmt: skip
            return 0.9, spelled
    if ma and mb and {chinese.coarse(p) for p in ma} & {chinese.coarse(p) for p in mb}:
        return 0.8, msg("name.aspiration", a=A, b=B)
    s = edit_similarity(A, B)
    look = _lookalikes(A, B)
    if look and len(look) == sum(x != y for x, y in zip(A, B, strict=True)):
        return max(s, 0.9), msg("name.lookalike", a=A, b=B, chars=", ".join(look))
    real_a = ma or chinese.is_cantonese(a)
    real_b = mb or chinese.is_cantonese(b)
    dialect_a = not real_a and chinese.is_dialect_spelling(a)  # BOCK, KHOO: only dialect
    dialect_b = not real_b and chinese.is_dialect_spelling(b)
    if (ma and mb) or (dialect_a and (real_b or dialect_b)) or (dialect_b and real_a):
        # Two different real syllables: a different character. (Not nothing: a vowel
        # keyed wrong turns DING into DENG too; one such syllable in a name of three
        # still leaves the name under the threshold when the other two are not equal.)
        s *= 0.6
    if s >= 0.5:
        return s, msg("name.spelling", a=A, b=B, s=f"{s:.2f}")
    return s, ""


def _units(name: Name, rotate: bool) -> list[Unit]:
    tokens = list(name.tokens)
    if rotate:
        tokens = tokens[-1:] + tokens[:-1]
    out: list[Unit] = []
    for t in tokens:
        out.extend((t.han, u) for u in t.units)
    return out


def _align(a: list[Unit], b: list[Unit], sa: int = 0, sb: int = 0) -> tuple[float, list[Message]]:
    """Order-keeping alignment (gaps score 0), normalised by the longer sequence; `sa`,
    `sb`: where each name's surname is (its surname rules apply to that pair)."""
    n, m = len(a), len(b)
    if not n or not m:
        return 0.0, []
    dp = [[0.0] * (m + 1) for _ in range(n + 1)]
    back: list[list[int]] = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            s, _ = unit_similarity(a[i - 1], b[j - 1], i - 1 == sa and j - 1 == sb)
            if s < 0.5:
                s = 0.0  # unrelated syllables earn nothing
            # the first of the three best, as `max(range(3), key=...)` chose it, without
            # its call per cell (the DP is the syllable mode's inner loop)
            diag, up, left = dp[i - 1][j - 1] + s, dp[i - 1][j], dp[i][j - 1]
            if diag >= up and diag >= left:
                dp[i][j], back[i][j] = diag, 0
            elif up >= left:
                dp[i][j], back[i][j] = up, 1
            else:
                dp[i][j], back[i][j] = left, 2
    reasons: list[Message] = []
    paired: list[tuple[int, int, float, int]] = []  # (i, j, score, index in reasons)
    i, j = n, m
    while i > 0 and j > 0:
        k = back[i][j]
        if k == 0:
            s, why = unit_similarity(a[i - 1], b[j - 1], i - 1 == sa and j - 1 == sb)
            keep = why and (s >= 0.5 or "≠" in why)
            paired.append((i - 1, j - 1, s if s >= 0.5 else 0.0, len(reasons)))
            reasons.append(why if keep else msg("name.different", a=a[i - 1][1], b=b[j - 1][1]))
            i, j = i - 1, j - 1
        elif k == 1:
            reasons.append(msg("name.missing", a=a[i - 1][1]))
            i -= 1
        else:
            reasons.append(msg("name.missing", a=b[j - 1][1]))
            j -= 1
    total = dp[n][m] + _one_system(a, b, sa, sb, paired, reasons)
    reasons.extend(msg("name.missing", a=a[x][1]) for x in range(i - 1, -1, -1))
    reasons.extend(msg("name.missing", a=b[y][1]) for y in range(j - 1, -1, -1))
    reasons.reverse()
    return total / max(n, m), reasons


_HANYU_ONLY = re.compile(r"zh|x|q|c(?!h)|z")  # initials no other system writes so


@lru_cache(maxsize=16384)
def _other_readings(ch: str) -> frozenset[str]:
    """Spellings of a character in Cantonese and the dialects, customary ones included."""
    return frozenset(
        {*chinese.cantonese_readings(ch), *chinese.hokkien_spellings(ch)}
        | {x for x, _ in chinese.dialect_spellings(ch)}
        | {x for x, _ in chinese.customary_cantonese(ch)}
    )


def _one_system(
    a: list[Unit], b: list[Unit], sa: int, sb: int,
    paired: list[tuple[int, int, float, int]], reasons: list[Message],
) -> float:  # fmt: skip
    """A name in characters against Latin letters spelt in the mainland's Hanyu Pinyin
    (ZH, X, Q, C, Z: 志 ZHI, 張 ZHANG) reads its given name in Mandarin: a syllable
    spelt only in a dialect (明 BING, 偉 UI, Hokkien) is then scored as a Mandarin
    spelling (陳志明 / CHEN ZHIBING, 張偉 / ZHANG UI: other names). Published names mix
    the others freely (HSIAO BI-KHIM, NG KOK SONG, TAN WEI MING): they stay. Rescores
    such syllables in `reasons`; returns the change to the total."""
    kinds: list[tuple[int, int, float, int, str, str, str]] = []
    surname_kind = ""
    mandarin_surname = mandarin_given = False
    for i, j, s, at in paired:
        (ha, ta), (hb, tb) = a[i], b[j]
        if ha == hb or s < 1.0:
            continue
        ch, word = (ta, tb.lower()) if ha else (tb, ta.lower())
        system = chinese.romanisations(ch).get(word)
        if system is None:
            continue
        kind = "D" if not _mandarin_label(system) else (
            "P" if system == chinese.HANYU and _HANYU_ONLY.match(word) else "")  # fmt: skip
        if i == sa and j == sb:
            surname_kind = kind
            # spelt only in Mandarin: neither a dialect reading nor a customary one (the
            # first label is kept, so CHEN is Mandarin and LI, a Cantonese LI too, is not
            # asked; `_other_readings` knows)
            mandarin_surname = _mandarin_label(system) and word not in _other_readings(ch)
        else:
            if word not in chinese.tabled_romanisations(ch):
                kind = "C"  # a customary Hong Kong or Macau spelling only (震 TSUN)
            elif _mandarin_label(system) and word not in _other_readings(ch):
                mandarin_given = True
            kinds.append((i, j, s, at, kind, ch, word))
    # A customary Hong Kong or Macau given-name spelling counts in a name read in
    # Cantonese or another dialect (霍震霆 FOK TSUN-TING), not beside a surname or given
    # syllable spelt only in Mandarin (review of stop 26: 陳振華 / CHEN TSAN-HUA, 王晨 /
    # WANG SHAN scored 1.00; 廖珍強 / LIAO TSAN-CHIANG)
    change = 0.0
    if mandarin_surname or mandarin_given:
        for k in kinds:
            if k[4] == "C":
                change += _as_mandarin(k, reasons)
        kinds = [k for k in kinds if k[4] != "C"]
    kinds = [(*k[:4], "D" if k[4] == "C" else k[4], *k[5:]) for k in kinds]
    if not any(k[4] == "D" for k in kinds):
        return change
    if surname_kind != "P" and not any(k[4] == "P" for k in kinds):
        return change
    for k in kinds:
        if k[4] == "D":
            change += _as_mandarin(k, reasons)
    return change


def _as_mandarin(kind: tuple[int, int, float, int, str, str, str], reasons: list[Message]) -> float:
    """A syllable (`_one_system`'s entry) scored as a Mandarin spelling of its character:
    the change to the total; its reason rewritten."""
    _i, _j, s, at, _kind, ch, word = kind
    s2, why = _han_latin(ch, word, mandarin=True)
    s2 = s2 if s2 >= 0.5 else 0.0
    reasons[at] = why if why else msg("name.different", a=ch, b=word.upper())
    return s2 - s


MAX_READINGS = 4  # readings of one name tried (products of its words' syllable splits)


# `_readings` of the last names read, by the Name object itself: one traveller's name is
# read again for every candidate it is compared with (`parse` returns the one cached
# object for it). Keyed by id() with the object kept in the entry, so an id is never
# reused while its entry lives; a Name is frozen, and no caller mutates the lists.
_READINGS_SEEN: dict[tuple[int, bool, int], tuple[Name, list[tuple[list[Unit], list[str]]]]] = {}


def _readings(name: Name, rotate: bool, want: int) -> list[tuple[list[Unit], list[str]]]:
    key = (id(name), rotate, want)
    seen = _READINGS_SEEN.get(key)
    if seen is not None and seen[0] is name:
        return seen[1]
    out = _read_units(name, rotate, want)
    if len(_READINGS_SEEN) >= 4096:
        _READINGS_SEEN.clear()
    _READINGS_SEEN[key] = (name, out)
    return out


def _read_units(name: Name, rotate: bool, want: int) -> list[tuple[list[Unit], list[str]]]:
    """The name as syllable units under each way of splitting its joined words (NANA:
    NA-NA or NAN-A), with a note of each split used. Alternatives are splits with as
    many syllables as the best one, or, when the other side is in characters (`want` =
    its number of characters), any split that gives that many syllables."""
    tokens = list(name.tokens)
    if rotate:
        tokens = tokens[-1:] + tokens[:-1]
    combos: list[tuple[list[Unit], list[str]]] = [([], [])]
    for t in tokens:
        if t.han or not t.syllables:
            units = [(t.han, u) for u in t.units]
            combos = [(u + units, n) for u, n in combos]
            continue
        segs = t.syllables
        alts = [seg for seg in segs if len(seg) == len(segs[0]) or want]
        if _english_name_in_chinese(t, name.tokens):
            # a Hong Kong English name before or after the Chinese name (TANG TSZ HIN
            # PETER): one given name, dropped or kept whole, not syllables PET-ER
            alts = [(t.text.lower(),), *alts]
        if want and len(segs[0]) > 1 and chinese.is_one_syllable_form(t.text):
            # against characters, a Hokkien or customary Cantonese spelling is one
            # syllable (KEAN 建, not KE-AN; POI 蓓, not PO-I)
            alts.append((t.text.lower(),))
        combos = [
            (u + [(False, x) for x in seg],
             [*n, msg("name.read_as", word=t.text, split="-".join(seg).upper())]
             if len(seg) > 1 else n)
            for u, n in combos
            for seg in alts
        ]  # fmt: skip
        if want:
            combos.sort(key=lambda c: len(c[0]) != want)
        combos = combos[: MAX_READINGS * 2]
    if want:
        combos.sort(key=lambda c: len(c[0]) != want)
    return combos[:MAX_READINGS]


def _english_name_in_chinese(t: Token, tokens: tuple[Token, ...] | list[Token]) -> bool:
    """`t`, the first or last word of a name whose other words (two or more) are each
    one romanised Chinese syllable, is a listed given name (`GIVEN_FILE`) that is not
    itself one Chinese syllable: the English name Hong Kong people add to the Chinese
    name on identity cards and passports (TANG TSZ HIN PETER, PETER TANG TSZ HIN)."""
    if len(tokens) < 3 or t not in (tokens[0], tokens[-1]) or t.text not in given_names():
        return False
    if not t.syllables or len(t.syllables[0]) < 2 or chinese.is_one_syllable_form(t.text):
        return False
    others = [u for u in tokens if u is not t]
    return all(not u.han and u.syllables and len(u.syllables[0]) == 1 for u in others)


_TAIWAN_ORDER_RE = re.compile(r"\s*([A-Z]+)\s+([A-Z]+)-([A-Z]+)\s*")


@lru_cache(maxsize=65536)
def taiwan_passport_order(text: str) -> bool:
    """SURNAME GIVEN-GIVEN, each word one Chinese syllable (TSENG CHIH-MING): how Taiwan's
    passports and official English names print a name; the first word is the surname."""
    m = _TAIWAN_ORDER_RE.fullmatch(text.upper())
    return bool(m) and all(chinese.segmentations(w) == ((w.lower(),),) for w in m.groups())


def _syllable_mode(a: Name, b: Name) -> tuple[float, list[str]]:
    best: tuple[float, list[str]] = (0.0, [])
    rot_a = [False] if (a.surname_first or len(a.tokens) < 2) else [False, True]
    rot_b = [False] if (b.surname_first or len(b.tokens) < 2) else [False, True]
    want_a = len(b.han_text) if b.is_han else 0
    want_b = len(a.han_text) if a.is_han else 0
    # `b`'s readings and surname places do not depend on `a`'s reading: read once here,
    # not again for every reading of `a` (`_readings` is pure, `_align` mutates nothing)
    b_sides = [
        (1 if rb and taiwan_passport_order(b.original) else 0, _readings(b, rb, want_b))
        for rb in rot_b
    ]
    for ra in rot_a:
        # Read given name first, a name printed SURNAME GIVEN-GIVEN keeps its surname:
        # the second unit (TSENG CHIH-MING as MING TSENG CHIH: TSENG / CHENG are still
        # two surnames, not a Taiwanese spelling of one given-name syllable).
        sa = 1 if ra and taiwan_passport_order(a.original) else 0
        for ua, notes_a in _readings(a, ra, want_a):
            for sb, readings_b in b_sides:
                for ub, notes_b in readings_b:
                    r = _align(ua, ub, sa, sb)
                    if r[0] > best[0] + 1e-9:
                        best = (r[0], [*notes_a, *notes_b, *r[1]])
    return best


def _merged_variants(tokens: list[Token], target: int) -> list[list[Token]]:
    """Token lists with adjacent words joined, down to `target` words (ABDUL RAHMAN)."""
    out = [tokens]
    if len(tokens) > target:
        for i in range(len(tokens) - 1):
            joined = tokens[i].text + tokens[i + 1].text
            out.append([*tokens[:i], Token(joined, False, (), 1.0), *tokens[i + 2 :]])
    if len(tokens) > target + 1:
        # three words with a short one as one (Thai CHAN-O-CHA for จันทร์โอชา, DE LA CRUZ
        # for DELACRUZ, VAN DER BERG): particles and syllables written apart or joined
        for i in range(len(tokens) - 2):
            if min(len(t.text) for t in tokens[i : i + 3]) > 3:
                continue
            joined = "".join(t.text for t in tokens[i : i + 3])
            out.append([*tokens[:i], Token(joined, False, (), 1.0), *tokens[i + 3 :]])
    return out


def distinct_thai_script_word(a: Name, b: Name) -> Message | str:
    """A reason when two names both written in Thai script, word for word alike but
    one, differ in a word that the Thai names list holds on both sides with two RTGS
    spellings (issue 12, post-sixteenth round: สมพร / สมพงษ์, SOMPHON / SOMPHONG, had
    matched at 0.94 as a Latin spelling one letter apart). Thai script is no keying of
    Latin letters: a word written otherwise is another word, and the list's two spellings
    say both are names. One name's two script forms (สมพงษ์ / สมพงค์, both SOMPHONG) stay
    one."""
    wa, wb = a.original.split(), b.original.split()
    if len(wa) != len(wb) or not all(brahmic.thai_word(w) for w in (*wa, *wb)):
        return ""
    differ = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(differ) != 1:
        return ""
    x, y = differ[0]
    if brahmic.thai_sound(x) == brahmic.thai_sound(y):
        return ""  # one word spelt with letters of one sound (สมพงศ์ / สมพงษ์, ณ / น)
    rx, ry = brahmic.thai_listed_reading(x), brahmic.thai_listed_reading(y)
    if not rx or not ry or rx == ry or thai_spellings(rx, ry):
        return ""
    return msg("name.distinct_thai_script", a=x, b=y, ra=rx, rb=ry)


def _thai_read(th: str, latin: str) -> Message:
    """How a Thai-script name was read for the second comparison: by the Thai names
    list where it holds a word, else by the RTGS rules (`brahmic.rtgs_reading`)."""
    if brahmic.thai_table_reading(th) != th:
        return msg("name.thai_table", th=th, latin=latin)
    return msg("name.thai_rtgs", th=th, latin=latin)


def mrz_field_full(name: Name) -> bool:
    """Whether `name` ("SURNAME, GIVEN NAMES") fills an MRZ name field exactly: its last
    given name may have been cut short."""
    if "," not in name.original or name.script != "latin":
        return False
    surname, given = name.original.split(",", 1)
    fill = [re.sub(r"[^A-Z]+", "<", part.strip().upper()).strip("<") for part in (surname, given)]
    return bool(fill[1]) and len(fill[0]) + 2 + len(fill[1]) in MRZ_NAME_FIELDS


def _cut_short(x: str, y: str) -> bool:
    """`x`, the last word of a full MRZ name field, is the start of `y`."""
    return len(x) >= 3 and len(y) > len(x) and y.startswith(x)


def _word_pairing(
    ta: list[Token],
    tb: list[Token],
    sur_a: int = -1,
    sur_b: int = -1,
    cut: tuple[bool, bool] = (False, False),
) -> tuple[float, list[str], list[str]]:
    """Words paired by similarity in any order: (score, reasons, distinct-surname rules
    that fired on a pair). `sur_a`, `sur_b`: the index of each name's surname word;
    `cut`: whether each name fills an MRZ name field (its last word may be cut short)."""
    cells = []
    for i, x in enumerate(ta):
        for j, y in enumerate(tb):
            s, why = word_similarity(x.text, y.text)
            short = (cut[0] and i == len(ta) - 1 and _cut_short(x.text, y.text)) or (
                cut[1] and j == len(tb) - 1 and _cut_short(y.text, x.text)
            )
            if short and s < CUT_SHORT_SCORE:
                a_, b_ = (x.text, y.text) if len(x.text) < len(y.text) else (y.text, x.text)
                s, why = CUT_SHORT_SCORE, msg("name.cut_short", a=a_, b=b_)
            if s >= 0.5:
                cells.append((s, i, j, why, short))
    cells.sort(key=lambda c: -c[0])
    used_a: set[int] = set()
    used_b: set[int] = set()
    num = den = 0.0
    reasons: list[str] = []
    distinct: list[str] = []
    for s, i, j, why, short in cells:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        w = (ta[i].weight + tb[j].weight) / 2
        num += w * s
        den += w
        reasons.append(why)
        if s < 1.0 and not short:
            at_surnames = i == sur_a % len(ta) and j == sur_b % len(tb)
            rule = distinct_surnames(ta[i].text, tb[j].text, at_surnames) or distinct_given(
                ta[i].text, tb[j].text
            )
            if _first_given(i, sur_a, len(ta)) and _first_given(j, sur_b, len(tb)):
                rule = _one_sex_each(rule, ta[i].text, tb[j].text)
            if rule:
                distinct.append(rule)
            elif s >= 0.75:
                slip = possible_slip(ta[i].text, tb[j].text)
                if slip:
                    reasons.append(slip)
    slot = _given_in_one_slot(ta, tb, used_a, used_b, sur_a, sur_b)
    if slot:
        distinct.append(slot)
    for i, x in enumerate(ta):
        if i not in used_a:
            den += MISSING_WORD_COST * x.weight
            reasons.append(msg("name.missing", a=x.text))
    for j, y in enumerate(tb):
        if j not in used_b:
            den += MISSING_WORD_COST * y.weight
            reasons.append(msg("name.missing", a=y.text))
    return (num / den if den else 0.0), reasons, distinct


def _given_in_one_slot(
    ta: list[Token], tb: list[Token], used_a: set[int], used_b: set[int], sur_a: int, sur_b: int
) -> Message | str:
    """A firm reason when the one word left unpaired on each side stands in the same
    place of two names of as many words, not the surname, and both are listed given
    names that no variants line joins (issue 12, post-sixteenth round: CRUZ JOHN PAUL
    MARQUEZ / CRUZ JOHN PETER MARQUEZ scored 0.81 as PAUL and PETER each missing). A
    dropped or added middle name leaves ONE word unpaired on one side: untouched."""
    if len(ta) != len(tb) or len(ta) < 3:
        return ""
    left_a = [i for i in range(len(ta)) if i not in used_a]
    left_b = [j for j in range(len(tb)) if j not in used_b]
    if len(left_a) != 1 or left_a != left_b:
        return ""
    i = left_a[0]
    if i == sur_a % len(ta) or i == sur_b % len(tb):
        return ""
    a, b = ta[i].text, tb[i].text
    fa, fb = _fold(a), _fold(b)
    given = given_names()
    if fa == fb or min(len(fa), len(fb)) < 3 or fa not in given or fb not in given:
        return ""
    if fa[:3] == fb[:3]:
        return ""  # a short form or a pet name of one name (BEN / BENJAMIN, NICK / NICHOLAS)
    lines = _given_variants()
    if lines.get(fa) is not None and lines.get(fa) == lines.get(fb):
        return ""
    return msg("name.distinct_given_slot", a=a, b=b, firm=True)


def _first_given(i: int, surname: int, words: int) -> bool:
    """Word `i` is its name's first given name: after a surname written first, else the
    first word (the surname last)."""
    return words >= 2 and i == (1 if surname == 0 else 0)


def _one_sex_each(rule: Message | str, a: str, b: str) -> Message | str:
    """`name.distinct_given_mostly` made firm (issue 12, eighth round) when one country
    of the names-dataset table ranks both names and neither is given to the other's sex
    anywhere the table ranks it (`given_origin.sex`: a sex at 20 % or more of a
    country's bearers), as the census has it: MARIO / MARIA (Brazil, Czechia). The
    penalty stays when the table knows the name for both sexes (JOAN in Catalonia,
    ANDREA, SIMONE, MICHELE in Italy, KAREN in Armenia: one man's name in two languages,
    review names4, finding 2), when no country ranks both (ALEX / ALEXA), and for a
    second given name (JOSE MARIA, a man's: the Catholic custom of MARIA after a man's
    first name).
    `_person` lifts it when both are given as the same sex or the known facts agree."""
    if getattr(rule, "code", "") != "name.distinct_given_mostly":
        return rule
    fa, fb = _fold(a), _fold(b)
    census = _predominant_sex()
    given = given_names()
    sa, sb = census.get(fa, given.get(fa, "")), census.get(fb, given.get(fb, ""))
    if {sa, sb} != {"M", "F"}:
        return rule
    if given_origin.sex(fa) != sa or given_origin.sex(fb) != sb:
        return rule
    if not given_origin.one_country(fa, fb):
        # the table's 43 countries leave many out: OLA, a Norwegian man's name (OLA
        # NORDMANN), is a Polish woman's there, and no country ranks OLE too
        return rule
    return msg("name.distinct_given_one_sex", a=a, b=b, firm=True)


def _surname_place(n: Name, tokens: list[Token]) -> int:
    """The index of the surname word: the first of SURNAME, GIVEN; in free order, the
    first of two words when the lists know it as a family name and the last word as a
    given name and no family name (KAYA MURAT, a Turkish name written surname first as
    Turkey's registers write it: issue 12, eleventh round, names-prec11a); else the last."""
    if n.surname_first:
        return 0
    if len(tokens) == 2:
        first, last = _fold(tokens[0].text), _fold(tokens[1].text)
        surnames = common_surnames()
        if first in surnames and last not in surnames and _given_anywhere(last):
            return 0
    return -1


def _word_mode(a: Name, b: Name) -> tuple[float, list[str], list[str]]:
    if a.is_han or b.is_han:
        return 0.0, [], []
    ta, tb = list(a.tokens), list(b.tokens)
    best: tuple[float, list[str], list[str]] = (0.0, [], [])
    cut = (mrz_field_full(a), mrz_field_full(b))
    for va in _merged_variants(ta, len(tb)):
        for vb in _merged_variants(tb, len(ta)):
            # the surname: the first word of SURNAME, GIVEN, else the last
            r = _word_pairing(va, vb, _surname_place(a, va), _surname_place(b, vb), cut)
            if r[0] > best[0]:
                best = r
    return best


@dataclass(frozen=True)
class NameMatch:
    score: float
    reasons: tuple[str, ...]
    mode: str  # syllables | words
    # Score before the distinct-surnames rule capped it (equal to `score` otherwise).
    uncapped: float = -1.0

    @property
    def distinct_surnames(self) -> bool:
        return self.uncapped > self.score

    def explanation(self) -> MessageList:
        return joined(self.reasons)


def warm_up() -> None:
    """Read the name engine's lazily loaded tables now: pykakasi's dictionaries (0.4-1.1
    s), the Hokkien readings and their spellings (~90 ms), the Hanja readings and the
    Korean syllables' spellings (~90 ms), pypinyin, OpenCC and the Cantonese table (~0.7
    s). The window does it on a worker at start, so that the first traveller compared
    with a name in characters is not the one who waits."""
    japanese.warm_up()
    chinese.bridge_char("kam", "jin")  # the syllable bridges over naming characters (~0.5 s)
    vietnamese.readings("武元甲")  # ~16 ms
    japanese.name_reading("阿部詩", ("ABE", "UTA"))  # the name-reading table, ~33 ms
    common_surnames(), given_names(), surname_countries()  # ~25 + 2 + 45 ms
    chinese.is_one_syllable_form("tan")  # Hokkien, customary Cantonese and Taiwan forms
    korean.name_block_spellings()
    chinese.warm_up()
    # the close-names rules' tables (~50 ms)
    japanese_names(), _predominant_sex(), _vietnamese_name_chars(), _korean_given_blocks()
    _cantonese_given_chars(), _surname_char_index(), given_origin.one_country("A", "B")
    _mandarin_given_chars(), _given_chars_by_kind(), thai_names()  # Thai ~5 ms
    _cantonese_index()  # every Cantonese spelling's characters (~70 ms)
    _given_chars_any_system()  # given characters by every system's spelling (~15 ms)
    # the surname rules' spelling indexes (~250 ms cold, pypinyin's readings included)
    _pinyin_surname_index(), _surname_spelling_index(), _wide_spelling_index()
    _customary_given_index()


@lru_cache(maxsize=65536)
def compare_names(a: str, b: str) -> NameMatch:
    """Score two names written in any form. Symmetric up to the order of reasons."""
    best = _compare_names(a, b)
    if best.score < DEFAULT_THRESHOLD:
        best = max(best, _married_name(a, b), _married_name(b, a), key=_by_score)
    if best.score < DEFAULT_THRESHOLD:
        best = max(best, _maiden_middle(a, b), _maiden_middle(b, a), key=_by_score)
    if best.score < DEFAULT_THRESHOLD:
        best = max(best, _maiden_middle_surname_first(a, b), _maiden_middle_surname_first(b, a),
                   key=_by_score)  # fmt: skip
    if best.score < DEFAULT_THRESHOLD:
        best = max(best, _hispanic_short(a, b), _hispanic_short(b, a), key=_by_score)
    if best.score < DEFAULT_THRESHOLD or best.distinct_surnames:
        scripts = {script_of(a), script_of(b)}
        if scripts == {"arabic", "latin"}:
            arabic, latin = (a, b) if script_of(a) == "arabic" else (b, a)
            best = max(best, _arabic_script(arabic, latin), key=_by_score)
    best = _arabic_letters_apart(a, b, best)
    script_rule = any(getattr(r, "code", "") == "name.distinct_thai_script" for r in best.reasons)
    if best.score < 1.0 and not script_rule and (brahmic.has_brahmic(a) or brahmic.has_brahmic(b)):
        # (not when the script itself says two words: their Latin readings no longer do)
        # a Thai name in script also as the name list reads it (สมพงษ์ SOMPHONG, where the
        # rules write SAMAPHONG): the better of the two readings
        ra, rb = brahmic.rtgs_reading(a), brahmic.rtgs_reading(b)
        if (ra, rb) != (a, b):
            alt = _compare_names(ra, rb)
            if alt.score > best.score:
                read = [_thai_read(x, y) for x, y in ((a, ra), (b, rb)) if x != y]
                # the table's reading is Latin: the Thai script's word order (given name
                # first) is known from the names as written only
                crossed = _thai_given_crossed(parse(ra), parse(rb), _thai_script_order(a, b))
                if crossed and alt.score > DISTINCT_SURNAMES_CAP:
                    reasons = (*read, *alt.reasons, crossed)
                    return NameMatch(DISTINCT_SURNAMES_CAP, reasons, alt.mode, alt.score)
                return NameMatch(alt.score, (*read, *alt.reasons), alt.mode, alt.uncapped)
    return best


def _arabic_letters_apart(a: str, b: str, best: NameMatch) -> NameMatch:
    """Two names both in Arabic or Persian script capped as two names (issue 12, ninth
    round) when a word differs in a letter that the script's orthography does not account
    for (`arabic_letters.letters_apart`: حسن / حسين, سعد / سعيد, عمر / عمرو): their ICAO
    readings share a consonant skeleton (HSN / HSYN) that the Latin rules join, but the
    script writes the long vowels and these are two names. `_person` lifts the cap when
    the known facts agree (a clerk's keying slip in the script)."""
    if best.score <= DISTINCT_SURNAMES_CAP or script_of(a) != "arabic" or script_of(b) != "arabic":
        return best
    apart = letters_apart(a, b)
    if apart is None:
        return best
    rule = msg("name.distinct_arabic_script", a=apart[0], b=apart[1], firm=True)
    return NameMatch(DISTINCT_SURNAMES_CAP, (*best.reasons, rule), best.mode, best.score)


# Latin words that write Arabic's article (its sun letters assimilated).
_ARABIC_ARTICLES = frozenset({"AL", "EL", "UL", "AR", "AS", "AN", "AD", "AT", "AZ", "ASH",
                              "ED", "ES", "ER", "EN", "ET", "EZ"})  # fmt: skip
ARABIC_SCRIPT_SCORE = 0.95  # as a transliteration variant (`name.translit`)


def _arabic_script(arabic: str, latin: str) -> NameMatch:
    """A name in Arabic or Persian script against a Latin spelling, read word by word as
    the script writes it: no short vowels, ض D or Z (رضا REZA), ع unwritten (عمر OMAR),
    so neither a given-name cap (AMR / OMAR) nor a low score from the ICAO reading (RDA)
    parts them. Every word must be spelt so, in some order, articles aside."""
    words = arabic_words(arabic)
    latin_words = [w for w in re.split(r"[^A-Z]+", to_latin(latin).replace("'", "")) if w]
    latin_words = [w for w in latin_words if w not in _ARABIC_ARTICLES]
    if not words or len(words) != len(latin_words) or len(words) > 5:
        return NameMatch(0.0, (), "words")
    for order in permutations(latin_words):
        if all(arabic_spells(x, y) for x, y in zip(words, order, strict=True)):
            reasons = tuple(
                msg("name.arabic_script", a=x, b=y) for x, y in zip(words, order, strict=True)
            )
            return NameMatch(ARABIC_SCRIPT_SCORE, reasons, "words")
    return NameMatch(0.0, (), "words")


def _chinese_surname_word(word: str) -> bool:
    """A character or Latin word that spells a common Chinese surname (陳, CHEN, CHAN)."""
    if len(word) == 1 and word in _surname_chars_all():
        return True
    return word.isalpha() and word.isascii() and bool(surname_chars(word))


def _husband_and_own(text: str) -> tuple[str, str] | None:
    """A married name's husband's surname and the woman's own full name after it (陳林秀琴
    -> 陳, 林秀琴; CHAN LEE YUEN WAH -> CHAN, LEE YUEN WAH), or None: two Chinese surnames
    first, then a given name of two syllables at least, every word Chinese."""
    n = parse(text)
    if n.is_han:
        chars = n.han_text
        if len(chars) >= 4 and all(_chinese_surname_word(c) for c in chars[:2]):
            return chars[0], chars[1:]
        return None
    if n.script != "latin" or "," in text or "<" in text:
        return None
    words = text.split()
    if len(words) < 3 or not all(_chinese_surname_word(w.upper()) for w in words[:2]):
        return None
    syllables = [p.upper() for w in words[1:] for p in w.split("-") if p]
    if len(syllables) < 3 or not all(_chinese_syllable(p) for p in syllables):
        return None
    return words[0].upper(), " ".join(words[1:])


def _married_name(long: str, short: str) -> NameMatch:
    """冠夫姓 (Taiwan, Hong Kong): a married woman's name is her husband's surname before
    her own full name, so 陳林秀琴 is 林秀琴. Only one more word, a Chinese surname, and the
    rest must match the other name whole (issue 12, the eleventh part's four misses)."""
    split = _husband_and_own(long)
    if split is None:
        return NameMatch(0.0, (), "words")
    husband, own = split
    if len(parse(short).tokens) < 2 and not parse(short).is_han:
        return NameMatch(0.0, (), "words")
    m = _compare_names(own, short)
    if m.score < DEFAULT_THRESHOLD:
        return NameMatch(0.0, (), "words")
    note = msg("name.married", a=long.strip(), b=own.strip(), s=husband)
    return NameMatch(m.score, (note, *m.reasons), m.mode, m.uncapped)


def _mans_name(word: str) -> bool:
    """A given name listed for men only, or mostly (`_predominant_sex`: JOSE, ALEX)."""
    return given_names().get(word) == "M" or _predominant_sex().get(word) == "M"


# Where a married woman's maiden surname becomes her middle name: the Philippines and the
# Hispanic and Portuguese-speaking lists `COUNTRY_FILE` ranks
_MAIDEN_COUNTRIES = frozenset({"PH", "ES", "MX", "AR", "CO", "CL", "PE", "PT", "BR"})
_PATRONYMIC_ENDINGS = ("OVNA", "EVNA", "ICHNA", "INICHNA", "OVICH", "EVICH")


def _maiden_surname(word: str) -> bool:
    """`word` a surname ranked in a country of `_MAIDEN_COUNTRIES`, no patronymic."""
    if word.endswith(_PATRONYMIC_ENDINGS):
        return False
    return bool(set(_countries_of(surname_countries().get(word, 0))) & _MAIDEN_COUNTRIES)


def _hispanic_short(full: str, short: str) -> NameMatch:
    """A Spanish-style full name, GIVEN1 GIVEN2 FATHER'S-SURNAME MOTHER'S-SURNAME, and the
    short form officials and the press use, GIVEN1 FATHER'S-SURNAME (GUSTAVO FRANCISCO
    PETRO URREGO / GUSTAVO PETRO, NAYIB ARMANDO BUKELE ORTEZ / NAYIB BUKELE; the sixth
    part's misses). Exactly four words against two, the two spelt as the first and third,
    Latin script, no comma; the second word a listed given name (`given_names`), the
    last two surnames ranked in a country of `_MAIDEN_COUNTRIES` (`_maiden_surname`).
    Scored `MAIDEN_MIDDLE_SCORE`, a hit a person reviews (review recall10)."""
    none = NameMatch(0.0, (), "words")
    if "," in full + short or "<" in full + short:
        return none
    wa, wb = full.upper().split(), short.upper().split()
    if len(wa) != 4 or len(wb) != 2 or not all(w.isascii() and w.isalpha() for w in wa + wb):
        return none
    if wb != [wa[0], wa[2]] or wa[1] not in given_names() or wa[0] not in given_names():
        return none
    if not (_maiden_surname(wa[2]) and _maiden_surname(wa[3])) or wa[2] == wa[3]:
        return none
    note = msg("name.hispanic_short", a=full.strip(), b=short.strip(), g=wa[1], m=wa[3])
    return NameMatch(MAIDEN_MIDDLE_SCORE, (note,), "words")


def _unlisted_surname(word: str) -> bool:
    """`word`, the husband's surname of `_maiden_middle`, is on no surname list of any
    country and no listed given name, no patronymic: a rarer surname (ESGUERRA, a
    Philippine family the tables do not rank) is no father's name in a chain (ALI,
    MOHAMED, HASSAN are listed given names). The maiden pair must still be ranked
    (review recall10: ANGELICA RAMOS TOLENTINO / ANGELICA TOLENTINO ESGUERRA)."""
    if len(word) < 4 or word.endswith(_PATRONYMIC_ENDINGS):
        return False
    return not surname_countries().get(word, 0) and word not in given_names()


MAIDEN_MIDDLE_SCORE = 0.85  # a hit a person reviews: the name changed at marriage


def _maiden_middle(maiden: str, married: str) -> NameMatch:
    """A Philippine (and Hispanic-style) woman's name: GIVEN MOTHER'S-SURNAME SURNAME
    before marriage, GIVEN SURNAME HUSBAND'S-SURNAME after it, her maiden surname kept as
    the middle name (JOCELYN TORRES BAUTISTA / JOCELYN BAUTISTA AQUINO; the twelfth
    part's miss). The maiden name's last word must be the married name's next to last,
    spelt alike, the given names as many and matching, and the first given name not a
    man's (`_mans_name`); three words at least on each side, Latin script, no
    comma (an MRZ or SURNAME, GIVEN form names its parts otherwise), no word a Chinese
    or Korean syllable (a surname first: KIM JONG UN / KIM YO JONG)."""
    none = NameMatch(0.0, (), "words")
    if "," in maiden + married or "<" in maiden + married:
        return none
    wa, wb = maiden.upper().split(), married.upper().split()
    if len(wa) != len(wb) or len(wa) < 3 or not all(w.isascii() and w.isalpha() for w in wa + wb):
        return none
    given_a, middle, surname = wa[:-2], wa[-2], wa[-1]
    given_b, kept, husband = wb[:-2], wb[-2], wb[-1]
    if kept != surname or len({middle, surname, husband}) < 3:
        return none
    if any(_chinese_syllable(w) for w in wa + wb):
        # a name in East Asian order (KIM JONG UN / KIM YO JONG: KIM is no given name)
        return none
    if any(_mans_name(g[0]) for g in (given_a, given_b)):
        return none
    if not (_maiden_surname(middle) and _maiden_surname(surname)) or not (
        _maiden_surname(husband) or _unlisted_surname(husband)
    ):
        # a father-grandfather chain (FATIMA ALI HASSAN / FATIMA HASSAN MOHAMED), a
        # patronymic (ELENA IVANOVNA PETROVA): no maiden name moved (review names7, F3)
        return none
    given = _compare_names(" ".join(given_a), " ".join(given_b))
    if given.score < 0.9:
        return none
    note = msg("name.maiden_middle", a=maiden.strip(), b=married.strip(), s=surname, h=husband)
    return NameMatch(min(MAIDEN_MIDDLE_SCORE, given.score), (note, *given.reasons), "words")


def _maiden_middle_surname_first(maiden: str, married: str) -> NameMatch:
    """`_maiden_middle` for names written SURNAME GIVEN MIDDLE, as Philippine records
    write them (AQUINO ANGELICA PEREZ / CASTILLO ANGELICA AQUINO: the maiden surname
    AQUINO kept as the married name's middle name; the sixteenth part's miss): each name
    read with its first word moved to the end, then judged by the same conditions."""
    wa, wb = maiden.split(), married.split()
    if len(wa) < 3 or len(wb) < 3:
        return NameMatch(0.0, (), "words")
    m = _maiden_middle(" ".join([*wa[1:], wa[0]]), " ".join([*wb[1:], wb[0]]))
    if not m.reasons:
        return m
    # the names as written, not as turned round
    note = msg("name.maiden_middle_first", a=maiden.strip(), b=married.strip(),
               s=wa[0].upper(), h=wb[0].upper())  # fmt: skip
    return NameMatch(m.score, (note, *m.reasons[1:]), m.mode)


def _japanese_written(text: str) -> bool:
    """A name in characters written the Japanese way: kana, the iteration mark, a form
    only Japanese writes (辺, 沢, 斉: no Big5 or GB2312 character), or a surname of two
    characters or more set apart by a space that is no Chinese compound surname (長谷川
    伝之助, 山本 芸子; not 歐陽 娜娜). Chinese names run their characters together."""
    if japanese.has_kana(text) or "々" in text:
        return True
    forms = chinese.japanese_forms()
    if any(ord(ch) in forms for ch in text):
        return True
    first, _, rest = text.strip().partition(" ")
    return (
        bool(rest) and len(first) >= 2 and all(chinese.is_han(c) for c in first)
        and first not in chinese.compound_surnames()
        and chinese.to_traditional(first) not in chinese.compound_surnames()
    )  # fmt: skip


def _compare_names(a: str, b: str) -> NameMatch:
    if korean.has_hangul(a) or korean.has_hangul(b):
        return _hangul_split_capped(a, b, _compare_hangul(a, b))
    if chinese.has_han(a) and chinese.has_han(b) and (_japanese_written(a) or _japanese_written(b)):
        a, b = chinese.japanese_kyujitai(a), chinese.japanese_kyujitai(b)
    a, b = _malaysian_particles(a), _malaysian_particles(b)
    na, nb = _viet_le(parse(a)), _viet_le(parse(b))
    if not na.tokens or not nb.tokens:
        return NameMatch(0.0, (msg("name.empty"),), "words")
    best = _compare_parsed(na, nb)
    if best.score < 1.0 and na.is_han != nb.is_han:
        best = _japanese(na if na.is_han else nb, b if na.is_han else a, best)
    if best.score < DEFAULT_THRESHOLD and na.is_han != nb.is_han:  # when the others miss
        best = _japanese_names(na if na.is_han else nb, b if na.is_han else a, best)
    if best.score < 1.0 and na.is_han != nb.is_han:
        best = _korean_hanja(na if na.is_han else nb, b if na.is_han else a, best)
    if best.score < 1.0 and na.is_han != nb.is_han:
        best = _vietnamese(na if na.is_han else nb, b if na.is_han else a, best)
    if best.score < 1.0 and not na.is_han and not nb.is_han:
        best = _korean_latin(na, nb, best)
    if best.score < DEFAULT_THRESHOLD and not na.is_han and not nb.is_han:
        best = max(_dialect_pinyin(na, nb, best), _dialect_pinyin(nb, na, best), key=_by_score)
    if best.score < DEFAULT_THRESHOLD and not na.is_han and not nb.is_han:
        best = _surname_letter_dropped(na, nb, best)
    # the close-names rules cap only a pair that would match: one under the threshold
    # keeps its own score, so that a policy's lower threshold still meets it (review
    # names4, finding 8)
    if best.score >= DEFAULT_THRESHOLD and not na.is_han and not nb.is_han:
        rule = (
            distinct_korean_surnames(na, nb)
            or distinct_chinese_surnames(na, nb)
            or distinct_surname_chars(na, nb)
            or distinct_given_syllables(na, nb)
            or distinct_close_given(na, nb)
            or cjk_close.distinct_hokkien_given(na, nb)
            or cjk_close.distinct_macau_given(na, nb)
            or distinct_korean_given(na, nb)
            or distinct_korean_block_added(na, nb)
            or distinct_mandarin_given(na, nb)
            or distinct_mainland_given(na, nb)
            or distinct_given_in_kind(na, nb)
            or distinct_sex_forms(na, nb)
            or distinct_thai(na, nb)
            or distinct_patronymic(na, nb)
            or distinct_particle_sexes(na, nb)
            or distinct_malay_given(na, nb)
            or distinct_father_given(na, nb)
            or distinct_thai_script_word(na, nb)
        )
        if rule and one_char.one_char_spelt_both(na, nb):
            rule = ""  # one table's two spellings of one common given-name character (金 KAM / KUM)
        if rule:
            return NameMatch(DISTINCT_SURNAMES_CAP, (*best.reasons, rule), best.mode, best.score)
    if best.score >= DEFAULT_THRESHOLD:
        rule = (
            distinct_pinyin_finals(na, nb, best)
            or distinct_mandarin_cross(na, nb, best)
            or distinct_japanese(na, nb)
            or distinct_han_chars(na, nb)
            or distinct_vietnamese_letters(na, nb)
            or distinct_vietnamese(na, nb)
            or distinct_vietnamese_syllables(na, nb)
            or distinct_gwoyeu(na, nb)
            or distinct_char_syllable(na, nb, best)
            or distinct_char_surname(na, nb, best)
            or distinct_char_initial(na, nb, best)
            or distinct_char_given_syllable(na, nb, best)
            or distinct_char_given_reading(na, nb, best)
            or distinct_char_hk_syllable(na, nb, best)
            or distinct_char_given_system(na, nb, best)
            or distinct_syllable_letter(na, nb)
        )
        if rule:
            return NameMatch(DISTINCT_SURNAMES_CAP, (*best.reasons, rule), best.mode, best.score)
    if not best.reasons:  # nothing paired (阿部詩 / ABE UTA): say so, never a silent 0
        return NameMatch(best.score, (msg("name.different", a=a.strip(), b=b.strip()),), best.mode)
    return best


def _surname_letter_dropped(a: Name, b: Name, best: NameMatch) -> NameMatch:
    """Two Latin Chinese-shaped names alike but for the surname, one the other with its
    first letter dropped (KUO YUNG-LIN / UO YUNG-LIN, sixteenth part), the shorter no
    spelling any table gives a name character nor a common surname: a keying slip, as
    issue 12 holds a spelling that is no common name to be (the syllable comparison
    scores a two-letter syllable against a three-letter one as different). Scored as a
    word slip (0.8 for the surname); at least two given syllables alike."""
    ta, tb = a.tokens, b.tokens
    if len(ta) < 3 or len(ta) != len(tb) or not (a.chinese_like and b.chinese_like):
        return best
    if any(x.text != y.text for x, y in zip(ta[1:], tb[1:], strict=True)):
        return best
    x, y = ta[0].text, tb[0].text
    long_, short = (x, y) if len(x) > len(y) else (y, x)
    if len(long_) != len(short) + 1 or long_[1:] != short or len(short) < 2:
        return best
    w = short.lower()
    passport = any(s & _PASSPORT_SYSTEMS for s in chinese.mandarin_of(w).values())
    if _spelt_chars().get(w) or passport or short in common_surnames():
        return best  # the shorter is a name's own spelling: two names
    score = round((len(ta) - 1 + 0.8) / len(ta), 4)
    if score <= best.score:
        return best
    reasons = [msg("name.possible_slip", a=short, b=long_)]
    reasons += [msg("name.equal", a=t.text, b=t.text) for t in ta[1:]]
    return NameMatch(score, tuple(reasons), best.mode)


# A Slavic surname's man's and woman's forms (PETROV / PETROVA, KOWALSKI / KOWALSKA).
_SEX_FORMS = (*_FEMININE, ("SKIY", "SKAYA"), ("SKII", "SKAYA"), ("SKII", "SKAIA"),
              ("SKIJ", "SKAJA"))  # fmt: skip
_WOMANS_ENDINGS = tuple({ff for _mf, ff in _SEX_FORMS})


def _given_sex(word: str) -> str:
    return given_origin.sex(word) or given_names().get(word, "")


def _womans_form(man: str, woman: str) -> bool:
    """`woman` is the woman's form of the man's given name `man` (EVGENIY / EVGENIYA,
    VALERY / VALERIYA, ALEKSANDR / ALEKSANDRA): an A, IA or YA added, or the final Y
    or I turned into YA or IA. Not a one-letter spelling difference of two names (PETIA /
    PETYA, SANIA / SANIYA: one woman's name spelt two ways; review names-precision2)."""
    stems = {man}
    if man[-1:] in ("Y", "I"):
        stems.add(man[:-1])
    return any(woman == st + end for st in stems for end in ("A", "IA", "YA"))


def distinct_sex_forms(a: Name, b: Name) -> Message | str:
    """A reason when one name has a Slavic surname's man's form and the other its woman's
    (MOROZOV / MOROZOVA) and their given names differ, the woman's side given only to
    women and the man's side not (EVGENIY / EVGENIYA, VALERY / VALERIA): two people of
    two sexes, a brother and sister or a couple. One given name with both forms (a
    register writing a woman's surname in the man's form: OLGA IVANOV) stays one."""
    ta, tb = [t.text for t in a.tokens], [t.text for t in b.tokens]
    if len(ta) < 2 or len(ta) != len(tb):
        return ""
    if not any(w.endswith(_WOMANS_ENDINGS) for w in (*ta, *tb)):
        return ""  # no woman's surname form on either side (most pairs): cheap way out
    for i, x in enumerate(ta):
        for j, y in enumerate(tb):
            for (m, w), (man, woman) in (((x, y), (0, 1)), ((y, x), (1, 0))):
                if not any(
                    m.endswith(mf) and len(m) - len(mf) >= 3 and w == m[: -len(mf)] + ff
                    for mf, ff in _SEX_FORMS
                ):
                    continue
                ra, rb = ta[:i] + ta[i + 1 :], tb[:j] + tb[j + 1 :]
                differ = [(p, q) for p, q in zip(ra, rb, strict=True) if p != q]
                if len(differ) != 1:
                    return ""
                sexes = (_given_sex(differ[0][0]), _given_sex(differ[0][1]))
                gm, gw = differ[0][man], differ[0][woman]
                if sexes[woman] == "F" and sexes[man] == "M" and _womans_form(gm, gw):
                    return msg("name.distinct_sex_forms", a=m, b=w, ga=differ[0][man],
                               gb=differ[0][woman])  # fmt: skip
                return ""
    return ""


JAPANESE_FILE = DATA / "japanese_name_list.txt"


@cache
def japanese_names() -> dict[str, dict[str, str]]:
    """{'given': {passport Hepburn: kana}, 'surname': {...}} from `JAPANESE_FILE`."""
    out: dict[str, dict[str, str]] = {"given": {}, "surname": {}}
    section = ""
    for line in JAPANESE_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            section = line.strip("[]")
        elif line.strip() and not line.startswith("#"):
            form, kana = line.split("\t")
            out[section][form] = kana.split()[0]
    return out


@cache
def _japanese_known() -> frozenset[str]:
    lists = japanese_names()
    return frozenset(lists["given"]) | frozenset(lists["surname"])


@lru_cache(maxsize=65536)
def _hepburn(word: str) -> str:
    """A Japanese word as passports spell it: long vowels dropped (SHOUTA, YUUKI), OH
    for a long O (ITOH, OHNO), N as M before B, M, P."""
    return japanese._passport(re.sub(r"OH(?![AEIOU])", "O", word))


@lru_cache(maxsize=65536)
def _japanese_fold(word: str) -> str:
    """A Japanese word in passport Hepburn whatever its spelling: Kunrei-shiki read as
    Hepburn (MATUMOTO, SIN-ITI: MATSUMOTO, SHINICHI) and long vowels dropped (SATOU,
    SATOH, OHNO: SATO, ONO), as Japanese passports allow OU, OH and OO."""
    return _hepburn(japanese.hepburn(word).upper())


def japanese_spellings(a: str, b: str) -> bool:
    """Two spellings of one listed Japanese name (`JAPANESE_FILE`): SATOU / SATO, ITOU /
    ITO, SOUTA / SOTA, MATUMOTO / MATSUMOTO. Words of four letters or more, and not a
    Chinese syllable (CHOU 周 / CHO 卓, SYUN 巡 / SHUN 順: two characters)."""
    if min(len(a), len(b)) < 4 or chinese.mandarin_of(a.lower()) or chinese.mandarin_of(b.lower()):
        return False
    fa = _japanese_fold(a)
    return fa == _japanese_fold(b) and fa in _japanese_known()


def distinct_japanese(a: Name, b: Name) -> Message | str:
    """A reason when two Latin names are Japanese names, every word of both on the list
    of common Japanese names (`JAPANESE_FILE`), that differ in one word where both
    spellings are listed names of that kind and read differently in kana once long
    vowels and OH are folded (KENTA けんた / KENTO けんと, SATO さとう / SAITO さいとう,
    KOJI こうじ / KOICHI こういち): two names, and a keying slip of one lands on the other
    as the review found for all listed names; agreeing birth date and nationality lift it.
    YUKI / YUUKI, ITO / ITOH stay one. The other words must be Japanese too, so that
    MARIA / MARIE ROSSI (both also Japanese names) are left to the given-name rules."""
    ta, tb = a.tokens, b.tokens
    if len(ta) < 2 or len(ta) != len(tb) or a.is_han or b.is_han:
        return ""
    lists, known = japanese_names(), _japanese_known()
    wa = [_hepburn(t.text) for t in ta]
    if not all(w in known for w in wa):
        return ""
    wb = [_hepburn(t.text) for t in tb]
    if not all(w in known for w in wb):
        return ""
    differ = [i for i in range(len(wa)) if wa[i] != wb[i]]
    if len(differ) != 1:
        return ""
    x, y = wa[differ[0]], wb[differ[0]]
    if japanese_spellings(x, y):  # MATUMOTO / MATSUMOTO: Kunrei and Hepburn, one name
        return ""
    # gimei's list holds Korean spellings too (KO, GO, YOO, YU, CHO, JO, RYU, JUN, JIN):
    # one Korean surname spelt two ways stays one (KO / GO 고, RYU / YOO 류), and a name
    # must have a word no Korean name spells to be judged Japanese (not KO JUN / GO JUN)
    families = korean.surname_families()
    tx, ty = ta[differ[0]].text, tb[differ[0]].text
    if families.get(tx, frozenset()) & families.get(ty, frozenset()):
        return ""
    if not (_japanese_only(ta) and _japanese_only(tb)):
        return ""
    for kind in ("given", "surname"):
        names = lists[kind]
        if x in names and y in names:
            return msg("name.distinct_japanese", a=ta[differ[0]].text, ka=names[x],
                       b=tb[differ[0]].text, kb=names[y])  # fmt: skip
    return ""


# "son of", "daughter of" in Malay and Arabic names (AHMAD BIN ISMAIL: Ahmad, Ismail's son)
_SON_OF = frozenset({"BIN", "BINTI", "BINT", "IBN", "BTE"})


def _ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def distinct_han_chars(a: Name, b: Name) -> Message | str:
    """A reason when two names both written in characters, as long as each other, differ
    in a character that shares no reading with the other's (佐々木 真由美 / 佐々木 麻由美: 真
    zhen, 麻 ma): a name in characters is its characters (issue 12: 陳志明 / 陳智明 are
    two names), and a long Japanese name keeps a high share of equal characters with one
    of them changed. Two characters that share a reading are left, as they may be one
    character's two forms (眞 / 真, 髙 / 高, 邉 / 邊), and so is a character no table
    reads (﨑) (issue 12, names-prec10b)."""
    if not (a.is_han and b.is_han):
        return ""
    ha, hb = a.han_text, b.han_text
    if not ha or len(ha) != len(hb):
        return ""
    differ = [(x, y) for x, y in zip(ha, hb, strict=True) if x != y]
    if not differ:
        return ""
    for x, y in differ:
        if not (_ideograph(x) and _ideograph(y)):
            return ""
        if chinese.han_variants(x, y):
            return ""  # one character's two forms (斎 / 斉)
        rx, ry = set(chinese.all_mandarin_readings(x)), set(chinese.all_mandarin_readings(y))
        if not rx or not ry or x in rx or y in ry or rx & ry:
            return ""
    x, y = differ[0]
    return msg("name.distinct_han_chars", a=x, b=y)


def distinct_patronymic(a: Name, b: Name) -> Message | str:
    """A reason when two names read "X BIN Y" and "Y BIN X", all else equal (AHMAD BIN
    ISMAIL / ISMAIL BIN AHMAD, MOHAMMED BIN SALMAN / SALMAN BIN MOHAMMED): a father and
    his son, whom the word pairing matches word for word. Not a name given as SURNAME,
    GIVEN (BIN LADIN, USAMA), where BIN belongs to the family name; nor when X and Y are
    one name spelt two ways (MOHAMMED BIN MUHAMMAD / MUHAMMAD BIN MOHAMMED, OTHMAN BIN
    OSMAN: a son named after his father, spelt apart by two sources; review names3 r3,
    finding 4)."""
    ta, tb = [t.text for t in a.tokens], [t.text for t in b.tokens]
    if len(ta) < 3 or len(ta) != len(tb) or a.surname_first or b.surname_first:
        return ""
    for i in range(1, len(ta) - 1):
        son = ta[i]
        if son not in _SON_OF or tb[i] != son:
            continue
        x, y = ta[i - 1], ta[i + 1]
        if (
            x != y
            and (tb[i - 1], tb[i + 1]) == (y, x)
            and ta[: i - 1] == tb[: i - 1]
            and (ta[i + 2 :] == tb[i + 2 :])
            and not _one_word(x, y)
        ):
            return msg("name.distinct_patronymic", a=x, b=y, son=son)
    return ""


# Malaysian "son of" and "daughter of" (anak lelaki A/L, anak perempuan A/P; English S/O,
# D/O): one particle in two languages, written as the Malay one so that the names pair
_MALAYSIAN_SLASHED = re.compile(r"(?<![A-Za-z])([SsDd])\s*/\s*[Oo](?![A-Za-z])")
_SON_PARTICLES = frozenset({"A/L", "BIN", "IBN"})
_DAUGHTER_PARTICLES = frozenset({"A/P", "BINTI", "BINT", "BT", "BTE"})
_PARTICLE_WORD = re.compile(r"[A-Z]/[A-Z]|[A-Z]+")


def _malaysian_particles(text: str) -> str:
    """S/O as A/L, D/O as A/P (SARAVANAN S/O KRISHNAN: SARAVANAN A/L KRISHNAN)."""
    if "/" not in text:
        return text
    return _MALAYSIAN_SLASHED.sub(lambda m: "A/L" if m[1] in "Ss" else "A/P", text)


def _particle_sex(name: Name) -> str:
    """'M' for a son's particle (A/L, S/O, BIN), 'F' for a daughter's (A/P, D/O, BINTI,
    BT), '' for none or both."""
    words = set(_PARTICLE_WORD.findall(_malaysian_particles(name.original).upper()))
    son, daughter = bool(words & _SON_PARTICLES), bool(words & _DAUGHTER_PARTICLES)
    return "M" if son and not daughter else "F" if daughter and not son else ""


def distinct_particle_sexes(a: Name, b: Name) -> Message | str:
    """A reason when one name says "son of" (A/L, S/O, BIN) and the other "daughter of"
    (A/P, D/O, BINTI, BT): a brother and a sister of one father (RAJESWARAN A/L MUNIANDY
    / RAJESWARI A/P MUNIANDY, the fifteenth part), however close the given names."""
    if len(a.tokens) < 3 or len(b.tokens) < 3 or a.surname_first or b.surname_first:
        return ""
    sa, sb = _particle_sex(a), _particle_sex(b)
    if not sa or not sb or sa == sb:
        return ""
    son, daughter = (a, b) if sa == "M" else (b, a)
    return msg(
        "name.distinct_particle_sexes", son=son.original.strip(),
        daughter=daughter.original.strip(),
    )  # fmt: skip


# Malay everyday forms of Muhammad and Ahmad ("Mat"), and the names they stand for
_MALAY_MAT = frozenset({"MAT", "MAMAT", "AMAT", "MD"})
_MUHAMMAD_AHMAD = frozenset({"MOHD", "MUHAMMAD", "MUHAMAD", "MOHAMAD", "MOHAMMAD",
                             "MOHAMMED", "MOHAMED", "MUHAMMED", "AHMAD", "AHMED"})  # fmt: skip


def distinct_malay_given(a: Name, b: Name) -> Message | str:
    """A reason when two Malay names (X BIN Y, X BINTI Y on both sides) differ in one
    word, both spellings given names Malaysia ranks among its common ones
    (`given_origin`, names-dataset's MY lists), or one of them and the other a listed
    given name (`given_names`: KAMAL / KAMARUL), two keying steps apart or more after the
    vowel fold, and the engine's word comparison does not find them one name (YUSOF /
    YUNUS: Joseph and Jonah, two fathers). One step apart stays a possible slip (HAFIZ /
    HAFIZI, SHAHRUL / SHAHRIL), as do one name's spellings (YUSUF / YUSOF)."""
    ta, tb = [t.text for t in a.tokens], [t.text for t in b.tokens]
    if len(ta) < 3 or len(ta) != len(tb) or not (_SON_OF & set(ta) and _SON_OF & set(tb)):
        return ""
    differ = [i for i in range(len(ta)) if ta[i] != tb[i]]
    if len(differ) != 1:
        return ""
    x, y = ta[differ[0]], tb[differ[0]]
    # both common in Malaysia, or one of them and the other a listed given name ranked
    # best elsewhere (KAMAL, an Arabic name the table keeps for EG, JO, PS: KAMAL /
    # KAMARUL, two fathers; the twelfth part)
    mx, my = given_origin.in_country(x, "MY"), given_origin.in_country(y, "MY")
    listed = given_names()
    if not (mx and my) and not (mx and y in listed) and not (my and x in listed):
        return ""
    if {x, y} & _MALAY_MAT and {x, y} <= _MALAY_MAT | _MUHAMMAD_AHMAD:
        return ""  # MAT / MAMAT / AMAT, everyday forms of Muhammad and Ahmad (review names4)
    if _chinese_word(x, y):
        return ""  # a convert's Chinese surname in two dialects: ONG / WANG 王 (review names4)
    if OSA.distance(x, y) < 2 or OSA.distance(_vowel_fold(x), _vowel_fold(y)) < 2:
        return ""
    if _malay_long_form(x, y) or _malay_long_form(y, x):
        return ""  # JAMAL / JAMALUDIN, AZIZ / AZIZAN: one name, short and long (review names7)
    if _spellings_of_one(x, y) or word_similarity(x, y)[0] >= DEFAULT_THRESHOLD:
        return ""
    key = "name.distinct_given_country" if mx and my else "name.distinct_given"
    return msg(key, a=x, b=y, firm=True)


# the particles as tokens: A/L and A/P lose their slash (AL, AP)
_FATHER_PARTICLES = frozenset({"BIN", "BINTI", "BINT", "BTE", "BT", "AL", "AP"})


def distinct_father_given(a: Name, b: Name) -> Message | str:
    """A firm reason when two Malaysian names (X BIN Y, X BINTI Y, X A/L Y, X A/P Y, the
    particle said on both sides) differ in one word of the father's name after the
    particle, and the two words are listed given names (`given_names`) that
    `distinct_given` already reads as two names (issue 12, post-sixteenth round:
    ZULKIFLI BIN HASHIM / ZULKIFLI BIN HAKIM kept only GIVEN_PENALTY, 0.83): a father's
    name is a name, so two of them are two fathers. `distinct_malay_given` leaves such
    a pair when both words read as Chinese syllables all through (HA-KIM), for a
    convert's surname in two dialects (ONG / WANG); a word of one syllable still is
    left (`_real_syllable`), and so is one name's two spellings (no reason from
    `distinct_given`: YUSUF / YUSOF) and a Malay long form (JAMAL / JAMALUDIN)."""
    if a.surname_first or b.surname_first or not _particle_sex(a) or not _particle_sex(b):
        return ""
    ta, tb = [t.text for t in a.tokens], [t.text for t in b.tokens]
    if len(ta) < 3 or len(ta) != len(tb):
        return ""
    at = [i for i in range(1, len(ta) - 1) if ta[i] in _FATHER_PARTICLES and tb[i] == ta[i]]
    differ = [i for i in range(len(ta)) if ta[i] != tb[i]]
    if len(at) != 1 or len(differ) != 1 or differ[0] <= at[0]:
        return ""
    x, y = ta[differ[0]], tb[differ[0]]
    listed = given_names()
    if _fold(x) not in listed or _fold(y) not in listed:
        return ""
    if _real_syllable(x.lower()) or _real_syllable(y.lower()):
        return ""
    if _malay_long_form(x, y) or _malay_long_form(y, x) or _one_word(x, y):
        return ""
    if not distinct_given(x, y):
        return ""
    return msg("name.distinct_father_given", a=x, b=y, son=ta[at[0]], firm=True)


# Endings a Malay name takes to make one longer name of it: Jamal al-Din written JAMALUDIN,
# Abdullah's -ULLAH, and -AN (AZIZ / AZIZAN, ZAIN / ZAINAL); lists write either form.
_MALAY_LONG_ENDINGS = ("UDDIN", "UDIN", "UDEEN", "ALUDIN", "ULLAH", "ULLA", "AN", "AL")


def _malay_long_form(short: str, long_: str) -> bool:
    """`long_` is `short` with a Malay name ending (JAMAL / JAMALUDIN)."""
    return long_.startswith(short) and long_[len(short) :] in _MALAY_LONG_ENDINGS


def _one_word(x: str, y: str) -> bool:
    """`x` and `y` match as one name by the engine's own word comparison (MOHD /
    MUHAMMAD, YUSUF / YUSOF) and no rule reads them as two given names."""
    return word_similarity(x, y)[0] >= DEFAULT_THRESHOLD and not distinct_given(x, y)


THAI_FILE = DATA / "thai_names.txt"


@cache
def thai_names() -> dict[str, str]:
    """RTGS spelling -> its kinds on `THAI_FILE` (M, F given names; S family names)."""
    out: dict[str, str] = {}
    for line in THAI_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, kinds = line.split("\t")
            out[name] = kinds
    for name, kinds in _thai_rtgs_added().items():
        out[name] = "".join(sorted(set(out.get(name, "")) | set(kinds)))
    return out


THAI_RTGS_FILE = DATA / "thai_names_rtgs.txt"


def _thai_rtgs_added() -> dict[str, str]:
    """RTGS -> kinds of the corpus names whose engine reading in `THAI_FILE` is no RTGS
    (`THAI_RTGS_FILE`: อนุชา read NUCHA, ณรงค์ NRONG, สุรเชษฐ์ SUNCHET), so that the
    Thai rules know ANUCHA, NARONG, SURACHET as the list's names (issue 12, twelfth round)."""
    out: dict[str, str] = {}
    for line in THAI_RTGS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            _thai, _engine, rtgs, kinds = line.split("\t")
            out[rtgs] = "".join(sorted(set(out.get(rtgs, "")) | set(kinds)))
    return out


# Thai customary spellings beside RTGS (SOMPORN / SOMPHON, JAIDEE / CHAIDI, SUCHART /
# SUCHAT, KAEWMANEE / KAEOMANI, SRISUK / SISUK, PRASERT / PRASOET, VICHAI / WICHAI,
# CHAIMONGKOL / CHAIMONGKHON): folded, one name's spellings are one word
_THAI_FOLDS = (("PH", "P"), ("TH", "T"), ("KH", "K"), ("J", "CH"), ("V", "W"), ("OO", "U"),
               ("EE", "I"), ("AEO", "AEW"), ("AO", "AW"), ("AE", "A"),
               ("Y", "I"), ("D", "T"), ("SR", "S"), ("R", ""), ("H", ""))  # fmt: skip


@lru_cache(maxsize=4096)
def _thai_fold(word: str) -> str:
    # เ-อ: RTGS OE, customarily ER before a consonant (PRASERT, CHALERM), the list
    # engine's ERIT in เสริฐ (PRASERIT): kept OE, two letters apart from E or I as in RTGS
    # (PRASOET / PRASIT)
    w = re.sub(r"ER(?=[^AEIOUY]|$)", "OE", word.replace("ERIT", "OET"))
    # ฤ, written RUE or RI by word (PRUET / PRIT, NARUEMON / NARIMON): one letter
    w = w.replace("RUE", "RI")
    # RTGS ends a syllable in K, P, T, M, N, NG, W or Y only: a final S or J (ส ศ ษ จ ช:
    # PRAPAS, JIRAYUS, SINVIJ) is a customary spelling of RTGS T (PRAPHAT, CHIRAYUT)
    finals = {"RN": "N", "RT": "T", "L": "N", "S": "T", "J": "T"}
    w = re.sub(r"(RN|RT|L|S|J)$", lambda m: finals[m.group(1)], w)
    # a final ล inside a word, customarily L (KAMOLWAN, MONGKOLCHAI: RTGS KAMONWAN)
    w = re.sub(r"L(?=[^AEIOUYL])", "N", w)
    for x, y in _THAI_FOLDS:
        w = w.replace(x, y)
    return _undoubled(w)


@cache
def _thai_by_fold() -> dict[str, tuple[str, ...]]:
    """Folded spelling -> the list names (`THAI_FILE`) that fold to it: a customary
    passport spelling (JIRAPORN, SOMPONG, KAMOLWAN) finds its RTGS name (CHIRAPHON,
    SOMPHONG, KAMONWAN) with one dict lookup."""
    out: dict[str, list[str]] = {}
    for name in thai_names():
        out.setdefault(_thai_fold(name), []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def _thai_listed(word: str) -> tuple[str, ...]:
    """The list names `word` is: itself, or those its customary spelling folds to."""
    if word in thai_names():
        return (word,)
    return _thai_by_fold().get(_thai_fold(word), ())


def thai_spellings(a: str, b: str) -> bool:
    """Two spellings of one Thai name: RTGS and customary (CHIRAPHON / JIRAPORN, SOMPHONG
    / SOMPONG) fold to one word that is a name of the list. Words of five letters or
    more only (short words fold together too easily), and no Chinese syllable (JIANG 江 /
    CIANG 強, CHONG / JHONG: the Chinese tables judge those)."""
    if min(len(a), len(b)) < 5 or chinese.mandarin_of(a.lower()) or chinese.mandarin_of(b.lower()):
        return False
    fa = _thai_fold(a)
    if fa != _thai_fold(b) or fa not in _thai_by_fold():
        return False
    # one of them a name of the list, and neither a name of another list only (SMITH /
    # SMIHT, JOHNSON / JHONSON fold together too: the Western slips' path)
    thai = thai_names()
    return (a in thai or b in thai) and all(w in thai or not _attested(w) for w in (a, b))


def distinct_thai(a: Name, b: Name) -> Message | str:
    """A reason when two Latin names differ in one word, both spellings Thai given names
    of the list (`THAI_FILE`) or both Thai family names, and two keying steps or more
    apart once the customary spellings are folded (SOMCHAI / SOMSAK, WICHAI / WICHIT,
    THONGDI / THONGKHAM: two names; a Thai family name is its family's own by law).
    Names of another list (KITTI, ANAN: also given elsewhere), Chinese syllables and
    words of three letters are left to the other rules; one keying step apart stays a
    possible slip (SOMPHON / SOMPHONG)."""
    ta, tb = a.tokens, b.tokens
    if len(ta) < 2 or len(ta) != len(tb) or a.is_han or b.is_han:
        return ""
    # the other words the same name: equal, or one Thai name's RTGS and customary
    # spellings (CHAIDI / JAIDEE: a Thai-script name read by the tables against its
    # passport spelling; eleventh round)
    differ = [i for i in range(len(ta)) if not _one_thai_word(ta[i].text, tb[i].text)]
    if len(differ) != 1:
        return _thai_given_crossed(a, b)
    x, y = ta[differ[0]].text, tb[differ[0]].text
    names = thai_names()
    # a customary spelling through its fold (PRASERT, SOMPONG, BOONMA: RTGS PRASOET,
    # SOMPHONG, BUNMA); two spellings of one folded name are one name
    lx, ly = _thai_listed(x), _thai_listed(y)
    if not lx or not ly or min(len(x), len(y)) < 4 or _thai_fold(x) == _thai_fold(y):
        return ""
    kx, ky = "".join(names[n] for n in lx), "".join(names[n] for n in ly)
    given = {"M", "F"}
    kind = "given names" if given & set(kx) and given & set(ky) else ""
    kind = (
        kind
        or ("family names" if "S" in kx and "S" in ky else "")
        or _thai_kind_by_place(a, b, differ[0])
    )
    if not kind or any(_attested(w) for w in (x, y)) or _chinese_word(x, y):
        return ""
    # as written and as folded: a keying slip is one step as written (SAELO / SAEO, though
    # the folds write them SALO / SAW)
    if OSA.distance(x, y) < 2 or OSA.distance(_thai_fold(x), _thai_fold(y)) < 2:
        return _thai_families(a, b, differ[0], lx, ly) or _thai_given_apart(a, b, differ[0], lx, ly)
    short, long_ = sorted((x, y), key=len)
    if long_ in (short + "SA", short + "A"):
        # a silent final letter written out (วงศ์ SRIWONG / SRIWONGSA): one name, left to
        # the other rules (review names3 r3, finding 7)
        return ""
    return msg("name.distinct_thai", a=x, b=y, kind=kind)


def _surname_word(n: Name) -> int:
    """The index of the surname word: first when written first (BOONMA, PRASERT), else last."""
    return 0 if n.surname_first else len(n.tokens) - 1


def _thai_families(
    a: Name, b: Name, i: int, lx: tuple[str, ...], ly: tuple[str, ...]
) -> Message | str:
    """The family names of `distinct_thai` one step apart once folded but two or more as
    written (BOONMA / BOONMEE: RTGS BUNMA / BUNMI, มา / มี), both the surname word of
    their names and family names of the list: two families. The Surname Act B.E. 2505
    (1962) lets no one register a family name another family already holds, so two
    listed family names are two families; the fold already joins one name's customary
    and RTGS spellings (BOONMA / BUNMA), and a keying slip is one step as written, which
    stays a possible slip (SOMPHON / SOMPHONG's kind, review names3 r3)."""
    x, y = a.tokens[i].text, b.tokens[i].text
    if i != _surname_word(a) or i != _surname_word(b) or OSA.distance(x, y) < 2:
        return ""
    names = thai_names()
    if not any("S" in names[n] for n in lx) or not any("S" in names[n] for n in ly):
        return ""
    if _thai_fold(x) == _thai_fold(y) or set(lx) & set(ly) or _thai_vowel_spelt(x, y):
        return ""
    rx, ry = "/".join(lx), "/".join(ly)
    return msg("name.distinct_thai_family", a=x, b=y, ra=rx, rb=ry)


def _thai_kind_by_place(a: Name, b: Name, i: int) -> str:
    """What two words of the Thai list that the corpus files under different kinds are
    (SOMPHONG a given name, SOMPHOP a family name there; SRISUK a family name, SRISAKUN
    a woman's name): the kind of the place they stand in, the same in both names (issue
    12, ninth round). The corpus lists each word under the kinds its sources used it
    for, not every kind it is used for: both are Thai names in the same place, and two
    keying steps apart as written and folded, two names, as `distinct_thai` says."""
    place_a, place_b = i == _surname_word(a), i == _surname_word(b)
    if place_a != place_b:
        return ""
    return "family names" if place_a else "given names"


def _thai_given_apart(
    a: Name, b: Name, i: int, lx: tuple[str, ...], ly: tuple[str, ...]
) -> Message | str:
    """The given names of `distinct_thai` one step apart once folded but two or more as
    written (THANAPHON / THANAKORN: RTGS THANAPHON / THANAKON, ธนพล / ธนกร; PIYAPONG /
    PIYAPORN: PIYAPHONG / PIYAPHON, ปิยะพงษ์ / ปิยะพร), both given names of the list
    under different entries, neither the surname word: two names (issue 12, ninth
    round). The fold writes PH, TH, KH as P, T, K so that one name's customary and RTGS
    spellings meet (PONG / PHONG); it thereby brings two listed names within a letter of
    each other, while a keying slip is one step as written and stays a possible slip
    (SOMPHON / SOMPHONG, NATTAPON / NATTAPONG), and so does a word that only leaves
    letters of the other out (NIPN / NIPHON)."""
    x, y = a.tokens[i].text, b.tokens[i].text
    if OSA.distance(x, y) < 2 or _thai_script_text(a.original) or _thai_script_text(b.original):
        # a Thai-script name's reading is the rules', not a spelling anyone keyed: "two
        # steps as written" says nothing of it (ธีรพงษ์ read THINPHONG, THIRAPHONG its RTGS)
        return ""
    at_surname = i == _surname_word(a) or i == _surname_word(b)
    if at_surname and not _thai_given_anywhere(a, b, lx, ly):
        return ""
    names = thai_names()
    given = {"M", "F"}
    if not any(given & set(names[n]) for n in lx) or not any(given & set(names[n]) for n in ly):
        return ""
    if _thai_fold(x) == _thai_fold(y) or set(lx) & set(ly) or _letters_dropped(x, y):
        return ""
    rx, ry = "/".join(lx), "/".join(ly)
    return msg("name.distinct_thai_given", a=x, b=y, ra=rx, rb=ry)


def _thai_given_only(listed: tuple[str, ...]) -> bool:
    """Every entry of the Thai list that a word is (`_thai_listed`) is a given name (M,
    F) and none a family name (S)."""
    names = thai_names()
    return bool(listed) and all("S" not in names[n] for n in listed)


def _thai_given_listed(listed: tuple[str, ...]) -> bool:
    """One entry at least of the Thai list that a word is is a given name (M, F)."""
    names = thai_names()
    return any({"M", "F"} & set(names[n]) for n in listed)


def _thai_script_text(text: str) -> bool:
    """The name is written in Thai script (read into Latin by the RTGS tables)."""
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


def _thai_given_anywhere(a: Name, b: Name, lx: tuple[str, ...], ly: tuple[str, ...]) -> bool:
    """Two words that stand in the surname's place only because their names are written
    in free order (no comma, no MRZ: SRISUK SUDARAT, KAEWMANEE THANAPOL, a Thai name
    written surname first as Thai lists write it), and that the Thai list knows as
    given names only (SUDARAT / SUPHARAT, THANAPHON / THANAKON): given names wherever
    they stand (issue 12, eleventh round, names-prec11a). Free order does not say which
    word is the surname; the list says what these two words are."""
    if a.surname_first or b.surname_first:
        return False  # the form says they are the surname: the family-name rules judge
    return _thai_given_only(lx) and _thai_given_only(ly)


def _one_thai_word(p: str, q: str) -> bool:
    """Two words that are one name: equal, or a Thai name's RTGS and customary spellings."""
    return p == q or thai_spellings(p, q)


def _thai_script_order(a: str, b: str) -> tuple[bool, bool]:
    """Whether each name, as written, is in Thai script (its given name first)."""
    return (_thai_script_text(a), _thai_script_text(b))


def _thai_given_crossed(a: Name, b: Name, script: tuple[bool, bool] | None = None) -> Message | str:
    """Two two-word names in opposite orders (a Thai-script name written given name
    first as Thailand writes it, against its passport spelling surname first: สมศักดิ์
    ใจดี / JAIDEE SOMCHAI), one word of each the same name (equal, or one Thai name's
    RTGS and customary spellings: CHAIDI / JAIDEE), and the other two words Thai given
    names of the list only, two keying steps or more apart as written and once folded
    (SOMSAK / SOMCHAI): two names, as `distinct_thai` says for names in one order
    (issue 12, eleventh round, names-prec11a). A word the list files as a family name
    too is left: which place it stands in is not known."""
    ta, tb = a.tokens, b.tokens
    if len(ta) != 2 or len(tb) != 2 or a.is_han or b.is_han:
        return ""
    for i in (0, 1):
        if not _one_thai_word(ta[i].text, tb[1 - i].text):
            continue
        x, y = ta[1 - i].text, tb[i].text
        lx, ly = _thai_listed(x), _thai_listed(y)
        if min(len(x), len(y)) < 4 or not lx or not ly:
            return ""
        # Thai script writes the given name first (the Thai Civil Registration form
        # order): the other word of the pair then stands as the given name too
        in_thai = (
            script
            if script is not None
            else (_thai_script_text(a.original), _thai_script_text(b.original))
        )
        placed = (in_thai[0] and i == 1) or (in_thai[1] and i == 0)
        given = _thai_given_only(lx) and _thai_given_only(ly)
        if not given and not (placed and _thai_given_listed(lx) and _thai_given_listed(ly)):
            return ""
        if set(lx) & set(ly) or any(_attested(w) for w in (x, y)) or _chinese_word(x, y):
            return ""
        if OSA.distance(x, y) < 2 or OSA.distance(_thai_fold(x), _thai_fold(y)) < 2:
            return ""
        return msg("name.distinct_thai", a=x, b=y, kind="given names")
    return ""


def _letters_dropped(a: str, b: str) -> bool:
    """One word is the other with letters left out (NIPN / NIPHON: a reading of นิพนธ์ in
    the list that writes no vowel), an omission rather than another name."""
    short, long_ = sorted((a, b), key=len)
    rest = iter(long_)
    return all(ch in rest for ch in short)


def _thai_vowel_spelt(x: str, y: str) -> bool:
    """Two spellings of one Thai family name once two customary vowel spellings are
    folded too: ำ, RTGS AM, customarily also UM (ลำไย LUMYAI; คำ KHAM / KUM: KHAMKAEO /
    KUMKAEW), and แ, RTGS AE, customarily also E (แพง PHAENG / PENG). The folds of
    `_thai_fold` keep them apart for the other Thai rules; for two family names they
    are one spelling, not two registered families (review names8b)."""
    for p, q in ((x, y), (y, x)):
        for written, rtgs in (("UM", "AM"), ("E", "AE")):
            if _thai_vowel_for(p, q, written, rtgs):
                return True
    return False


def _thai_vowel_for(p: str, q: str, written: str, rtgs: str) -> bool:
    """`p` is `q` with one vowel `rtgs` written `written` (KHUMTONG / KHAMTHONG), at the
    same place once H is left out (the aspirate a customary spelling drops), before a
    consonant or at the end (a closed syllable: ำ, แ-ง; not SUMA อุมา), and the rest one
    spelling through `_thai_fold`."""
    at = 0
    while (i := p.find(written, at)) >= 0:
        at = i + 1
        after = p[i + len(written) : i + len(written) + 1]
        if (after and after in "AEIOUY") or (written == "E" and p[i - 1 : i] in ("A", "E", "O")):
            continue  # an open syllable, or the E of AE, EE, OE: another vowel
        if not q.replace("H", "").startswith(p[:i].replace("H", "") + rtgs):
            continue
        if _thai_fold(p[:i] + rtgs + p[i + len(written) :]) == _thai_fold(q):
            return True
    return False


def _japanese_only(tokens: tuple[Token, ...]) -> bool:
    """A word of the name that is neither a Korean surname spelling nor a Korean
    syllable's (TANAKA, KENTA; not KO, JUN, YU)."""
    families, blocks = korean.surname_families(), korean.name_block_spellings()
    return any(t.text not in families and t.text.lower() not in blocks for t in tokens)


@cache
def _vietnamese_name_chars() -> dict[str, frozenset[str]]:
    """Sino-Vietnamese reading (passport spelling) -> the common name characters read so
    (the name list's surname and given-name characters: with the 1,600 common characters
    too, 11 % of the keying slips of common given names were capped, against 2-3 %)."""
    out: dict[str, set[str]] = {}
    surnames, given, _ = chinese.name_chars()
    for ch in dict.fromkeys([*surnames, *given]):
        for r in vietnamese.char_readings(ch):
            out.setdefault(r, set()).add(ch)
    return {k: frozenset(v) for k, v in out.items()}


def _chinese_syllable(x: str) -> bool:
    return bool(_real_syllable(x) or chinese.is_dialect_spelling(x))


# Initials Vietnamese regions merge, so that one name is written either way by a person
# who spells it as said: D, GI, V (the south: /j/), D, GI, R (the north: /z/), TR / CH
# and S / X (the north) (review names4, finding 7).
_VIET_INITIALS = re.compile(r"^(GI|D|V|R|TR|CH|S|X)(?=[AEIOUY])")
_VIET_MERGED = {"GI": "D", "D": "D", "V": "D", "R": "D", "TR": "CH", "CH": "CH", "S": "X",
                "X": "X"}  # fmt: skip


def _viet_initials(word: str) -> str:
    return _VIET_INITIALS.sub(lambda m: _VIET_MERGED[m.group(1)], word)


def distinct_vietnamese(a: Name, b: Name) -> Message | str:
    """A reason when two Latin names of three words or more read as Vietnamese (every word
    a Sino-Vietnamese syllable, one at least no Chinese spelling: NGUYEN, THANH, TRAN)
    differ in one word whose two spellings are readings of common name characters and
    never of one character (TUNG 松 / TRUNG 忠, DUC 德 / DUNG 勇, LAN 蘭 / LANH 領): two
    names. The surname too (LE 黎 / LY 李, DO 杜 / DAO 濤: two families, too short for
    the surname lists' rule). VU / VO, both 武, and HUYNH / HOANG, both 黃, stay one; a
    spelling no name character reads stays a possible slip."""
    ta, tb = a.tokens, b.tokens
    if len(ta) < 3 or len(ta) != len(tb) or a.is_han or b.is_han:
        return ""
    words = [t.text for t in (*ta, *tb)]
    table = _vietnamese_name_chars()
    # a surname of Vietnam's list whose character the Chinese name list lacks (BUI 裴)
    # says Vietnamese as well as a listed character does (sixth round)
    listed = [t.text in table or (t is n.tokens[0] and t.text in _VIET_SURNAMES)
              for n in (a, b) for t in n.tokens]  # fmt: skip
    if not all(listed) or all(_chinese_syllable(w.lower()) for w in words):
        return ""
    differ = [i for i in range(len(ta)) if ta[i].text != tb[i].text]
    if len(differ) != 1:
        return ""
    x, y = ta[differ[0]].text, tb[differ[0]].text
    if x not in table or y not in table:
        return ""
    if differ[0] == 0 and abs(len(x) - len(y)) == 1 and (x.startswith(y) or y.startswith(x)):
        return ""  # TRAN / TRANG, DANG / DAN: a slip of the surname's final (review)
    if _viet_initials(x) == _viet_initials(y):
        return ""  # one name as a region says it (GIANG / DANG / VANG, TRUNG / CHUNG)
    cx, cy = table[x], table[y]
    if cx & cy:
        return ""
    return msg("name.distinct_vietnamese", a=x, ca="/".join(sorted(cx)[:2]), b=y,
               cb="/".join(sorted(cy)[:2]))  # fmt: skip


# Vietnam's common surnames as passports write them (data/common_surnames.txt's two
# Vietnamese lines: Wikipedia "Vietnamese name", "List of common Vietnamese surnames").
_VIET_SURNAMES = frozenset((
    "NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "HUYNH", "PHAN", "VU", "VO", "DANG", "BUI", "DO",
    "HO", "NGO", "DUONG", "LY", "DOAN", "DINH", "TRUONG", "LUONG", "TRINH", "LAM", "MAI", "CAO",
    "HA", "LUU", "THAI", "CHAU", "KIEU", "QUACH", "VUONG", "DAO"))  # fmt: skip
_KEYS = ("QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM")
_KEY_AT = {c: (r, i) for r, row in enumerate(_KEYS) for i, c in enumerate(row)}


def _viet_le(name: Name) -> Name:
    """A Vietnamese name's surname LE (黎, Lê; LE QUANG MINH) at a surname's full weight:
    the parser weighs LE as a French article (LE BLANC), which made a dropped middle name
    cost LE QUANG MINH / LE MINH the match (0.79, the fifteenth part). Only when LE comes
    first and every other word is a Vietnamese syllable."""
    tokens = name.tokens
    if len(tokens) < 2 or tokens[0].text != "LE" or tokens[0].weight >= 1.0:
        return name
    syllables = _viet_syllables()
    if not all(t.text in syllables for t in tokens[1:]):
        return name
    first = replace(tokens[0], weight=1.0)
    return replace(name, tokens=(first, *tokens[1:]))


def _keying_slip(x: str, y: str) -> bool:
    """One keying step: a letter dropped or added, two neighbours swapped, or a letter
    struck for a key next to it (HAO / THAO, LAN / LOAN, TUAN / TUNA; not KHOA / KHOI:
    A and I are far apart on the keyboard)."""
    if OSA.distance(x, y) != 1:
        return False
    if len(x) != len(y) or sorted(x) == sorted(y):
        return True
    p, q = next((c, d) for c, d in zip(x, y, strict=True) if c != d)
    (r1, i1), (r2, i2) = _KEY_AT.get(p, (9, 99)), _KEY_AT.get(q, (-9, -99))
    return abs(r1 - r2) <= 1 and abs(i1 - i2) <= 1


@cache
def _viet_syllables() -> dict[str, frozenset[str]]:
    """Vietnamese syllables as passports spell them, diacritics dropped -> the characters
    read so: the Sino-Vietnamese readings of `data/sino_vietnamese.tsv` (1,108 syllables),
    the stock of Vietnamese given names and surnames."""
    out: dict[str, set[str]] = {}
    for ch, readings in vietnamese.all_readings():
        for r in readings:
            out.setdefault(r, set()).add(ch)
    return {k: frozenset(v) for k, v in out.items()}


def _viet_fold(word: str) -> str:
    """I and Y after a consonant are one vowel spelt two ways (LY / LI, MY / MI, QUY /
    QUI: Vietnamese spelling has both)."""
    return re.sub(r"(?<=[^AEIOUY])Y$", "I", word)


_VIET_PARTS = re.compile(r"^(NGH|NG|GH|GI|KH|PH|TH|TR|CH|NH|QU|[BCDGHKLMNPRSTVX]?)"
                         r"([AEIOUY]+)(NG|NH|CH|[CTMNP]?)$")  # fmt: skip
_VIET_ONE_INITIAL = {"K": "C", "QU": "C", "GH": "G", "NGH": "NG"}
_VIET_ONE_FINAL = {"T": "C", "CH": "C", "NH": "NG"}


def _viet_one_syllable(x: str, y: str) -> bool:
    """Two spellings that may be one syllable as regions say it or lists write it by
    ear (review names5): the initials merged (`_viet_initials`, C / K / QU), the finals T
    / C and NH / NG merged (southern speech: PHAT / PHAC, DUC / DUT), and then, before a
    final, any vowel for any (the south's readings CHINH / CHANH 正, NHAN / NHON 仁, THAT
    / THIET 實, CANH / KIENG 景; QUOC / COC), in an open syllable O for U and E or Y for I
    (HUY / HUI, SAU / SAO, KHOA / KHUA, THUY / THUE). HUY / HAI, KHOA / KHOI, NAM / LAM
    and CHINH / CHIEN stay apart."""
    mx, my = _VIET_PARTS.match(_viet_initials(x)), _VIET_PARTS.match(_viet_initials(y))
    if not mx or not my:
        return False
    (ix, vx, fx), (iy, vy, fy) = mx.groups(), my.groups()
    if ix == "QU" or iy == "QU":
        vx, vy = ("U" + vx if ix == "QU" else vx), ("U" + vy if iy == "QU" else vy)
    if _VIET_ONE_INITIAL.get(ix, ix) != _VIET_ONE_INITIAL.get(iy, iy):
        return False
    if _VIET_ONE_FINAL.get(fx, fx) != _VIET_ONE_FINAL.get(fy, fy):
        return False
    if fx:
        return True
    fold = str.maketrans("OEY", "UII")
    return re.sub(r"(.)\1", r"\1", vx.translate(fold)) == re.sub(
        r"(.)\1", r"\1", vy.translate(fold)
    )


def _viet_joins(x: str, y: str) -> bool:
    """Two Vietnamese syllables that the Vietnamese rule keeps as one: merged initials,
    an I for a Y, one syllable as a region says it or an ear writes it, or one
    character's two readings (second review of names5: NHE / NHI, NHAN / NHEN, NHA / NHU
    茹 are GR-only spellings too)."""
    inventory = _viet_syllables()
    if x not in inventory or y not in inventory:
        return False
    return (
        _viet_initials(x) == _viet_initials(y)
        or _viet_fold(x) == _viet_fold(y)
        or _viet_one_syllable(x, y)
        or bool(inventory[x] & inventory[y])
    )


# Vietnamese tone marks (huyền, sắc, ngã, hỏi, nặng) as combining characters: a tone is
# not a letter; the breve, circumflex and horn of Ă Â Ê Ô Ơ Ư are (and Đ is its own).
_VIET_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _viet_letters(word: str) -> str:
    """A word in the letters of the Vietnamese alphabet, tone marks left out (HÙNG ->
    HUNG, HƯNG -> HƯNG)."""
    kept = "".join(c for c in unicodedata.normalize("NFD", word) if c not in _VIET_TONES)
    return unicodedata.normalize("NFC", kept).upper()


def _viet_written(word: str) -> bool:
    """The word carries a Vietnamese mark (a tone, a letter's breve, circumflex or horn,
    or Đ): its writer wrote the marks, so a letter it lacks is absent, not unwritten."""
    return word.upper() != word.upper().encode("ascii", "ignore").decode() or any(
        unicodedata.combining(c) for c in unicodedata.normalize("NFD", word)
    )


def _ascii_word(word: str) -> str:
    out = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in out if not unicodedata.combining(c)).upper()


def distinct_vietnamese_letters(a: Name, b: Name) -> Message | str:
    """Two names written in Vietnamese with their marks, word for word the same in
    passport capitals, where one word holds different letters of the Vietnamese alphabet
    once the tone marks are set aside (Hùng / Hưng: U and Ư; Lân / Lăn; Đông / Dông):
    the alphabet (chữ Quốc ngữ, 29 letters) has Ă, Â, Ê, Ô, Ơ, Ư and Đ as letters of their
    own, so the two words are two syllables, two names (issue 12, ninth round). Only
    when both words carry a mark: Hung written without any stays Hưng's or Hùng's
    unmarked spelling. Tones alone are left (a tone mark slips as easily as a key)."""
    if a.is_han or b.is_han or len(a.tokens) != len(b.tokens):
        return ""
    wa, wb = a.original.replace(",", " ").split(), b.original.replace(",", " ").split()
    if len(wa) != len(a.tokens) or len(wb) != len(b.tokens):
        return ""
    for i, (x, y) in enumerate(zip(wa, wb, strict=True)):
        if _ascii_word(x) != a.tokens[i].text or _ascii_word(y) != b.tokens[i].text:
            return ""  # the words are not the tokens, in order: not judged
    differ = [i for i in range(len(wa)) if _viet_letters(wa[i]) != _viet_letters(wb[i])]
    if len(differ) != 1:
        return ""
    x, y = wa[differ[0]], wb[differ[0]]
    if _ascii_word(x) != _ascii_word(y) or not (_viet_written(x) and _viet_written(y)):
        return ""
    return msg("name.distinct_vietnamese_letters", a=x, b=y)


def distinct_vietnamese_syllables(a: Name, b: Name) -> Message | str:
    """Two Latin names recognisably Vietnamese (a Vietnamese surname first, every word a
    Vietnamese syllable, and no one Chinese system spelling every word: LE HOANG NAM,
    not Hong Kong's HO MAN LAM) that differ in one word, both Vietnamese syllables that
    neither a region's merged initials (GI / D / V / R, TR / CH, S / X), an I for a Y,
    nor one keying step joins, and no character reads both: two names (HUY / HAI, NAM /
    LAM, KHOA / KHOI) or, in the surname's place, two families (DO / DOAN); VU / VO, both
    武 (Võ the south's reading), stay one (review names2). A step one key apart is left to
    `distinct_vietnamese` (common name characters only: a slip lands on another syllable
    as often as not)."""
    ta, tb = a.tokens, b.tokens
    if len(ta) < 2 or len(ta) != len(tb) or a.is_han or b.is_han:
        return ""
    if ta[0].text not in _VIET_SURNAMES or tb[0].text not in _VIET_SURNAMES:
        return ""
    differ = [i for i in range(len(ta)) if ta[i].text != tb[i].text]
    if len(differ) != 1:
        return ""
    x, y = ta[differ[0]].text, tb[differ[0]].text
    inventory = _viet_syllables()
    words = [t.text for t in (*ta, *tb)]
    if not all(w in inventory for w in words):
        return ""
    groups = [_word_groups(w) for w in words]
    if all(groups) and set.intersection(*groups):
        return ""  # one Chinese system spells every word: maybe no Vietnamese name
    if _viet_initials(x) == _viet_initials(y) or _viet_fold(x) == _viet_fold(y):
        return ""
    if _viet_one_syllable(x, y):
        return ""  # one syllable as the south says it or an ear writes it (review names5)
    if _keying_slip(x, y) or inventory[x] & inventory[y]:
        return ""  # a slip, or one character's two readings (VU / VO 武, the south's Võ)
    return msg("name.distinct_vietnamese_syllables", a=x, b=y)


@cache
def _gwoyeu_bases() -> dict[str, frozenset[str]]:
    """A spelling only Gwoyeu Romatzyh writes -> the Hanyu syllables (tones aside) it
    spells: its tonal spelling pins the syllable (CHERN 陳 chen, SHYONG 雄 xiong)."""
    only = chinese.gwoyeu_only()
    out: dict[str, set[str]] = {}
    for (py, _tone), gr in chinese.gwoyeu_table().items():
        if gr in only:
            out.setdefault(gr, set()).add(py)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _spelt_chars() -> dict[str, frozenset[str]]:
    """Spelling (lower case) -> the surname and given-name characters of
    `chinese.name_chars` that any system writes so: Gwoyeu Romatzyh's readings of each
    (彭 PERNG and PARNG), every other Mandarin system's, Cantonese, the dialects' and the
    Hokkien passport forms (夏 HAH and HEH)."""
    sur, given, _ = chinese.name_chars()
    out: dict[str, set[str]] = {}
    for ch in (*sur, *given):
        forms = {*chinese.gwoyeu_readings(ch), *chinese.romanisations(ch),
                 *chinese.hokkien_spellings(ch)}  # fmt: skip
        forms |= {f for f, _ in chinese.dialect_spellings(ch)}
        for f in forms:
            out.setdefault(f.lower(), set()).add(ch)
    return {k: frozenset(v) for k, v in out.items()}


def _other_script_spelling(w: str) -> bool:
    """A spelling Cantonese, a southern dialect (Hokkien's passport forms too) or Korean
    also writes."""
    return (
        chinese.is_cantonese(w)
        or chinese.is_dialect_spelling(w)
        or chinese.is_hokkien_form(w)
        or w in korean.name_block_spellings()
        or w.upper() in korean.surname_families()
    )


def distinct_gwoyeu(a: Name, b: Name) -> Message | str:
    """Two Latin names alike but for one word, both Gwoyeu Romatzyh's own tonal spellings
    of two different syllables (SHYONG 雄 xiong / SHYANG 祥 xiang), that no keying step
    joins: two characters, two people on names alone. Two tones of one syllable (SHEU 許
    / SHYU 徐, both xu) stay one, and so does a slip (CHERN / CHERNG: one letter added)."""
    ta, tb = a.tokens, b.tokens
    if len(ta) < 2 or len(ta) != len(tb) or a.is_han or b.is_han:
        return ""
    differ = [i for i in range(len(ta)) if ta[i].text != tb[i].text]
    if len(differ) != 1:
        return ""
    x, y = ta[differ[0]].text.lower(), tb[differ[0]].text.lower()
    bases = _gwoyeu_bases()
    bx, by = bases.get(x, frozenset()), bases.get(y, frozenset())
    if len(bx) != 1 or len(by) != 1 or bx == by or _keying_slip(x.upper(), y.upper()):
        return ""
    if _viet_joins(x.upper(), y.upper()):
        return ""  # Vietnamese syllables the Vietnamese folds join (NHE / NHI, NHAN / NHEN)
    if any(_other_script_spelling(w) for w in (x, y)):
        return ""  # a Cantonese, southern or Korean spelling too (WOO 우 / U, CHEONG)
    spelt = _spelt_chars()
    if spelt.get(x, frozenset()) & spelt.get(y, frozenset()):
        return ""  # one character's two readings (彭 PERNG / PARNG, 和 HWO / HWU: review)
    if any(w.upper() in given_names() or w.upper() in common_surnames() for w in (x, y)):
        return ""  # a Western name too (JEAN / JANN HOFFMANN)
    if not all(chinese.segmentations(t.text.lower()) for t in (*ta, *tb)):
        return ""  # a word no Chinese syllable reads (HOFFMANN): no Chinese name
    if getattr(_latin_latin(x, y)[1], "code", "name.spelling") != "name.spelling":
        return ""  # another table relates them
    return msg("name.distinct_gwoyeu", a=x.upper(), pa=min(bx).upper(), b=y.upper(),
               pb=min(by).upper())  # fmt: skip


def distinct_char_syllable(a: Name, b: Name, best: NameMatch) -> Message | str:
    """A reason when a name in characters meets a Latin name written wholly in Hanyu
    Pinyin (as the mainland's passports spell it from the characters) through a syllable
    spelt near a character's Pinyin reading that is itself another Pinyin syllable (王芳
    / WANG FENG: 芳 is FANG, FENG is 峰): another character. Only Pinyin against Pinyin:
    customary spellings the tables lack (Hong Kong, Macau, Taiwan's WG variants) are
    many, and would read as other syllables; look-alike letters stay a misread."""
    if a.is_han == b.is_han:
        return ""
    # Demonstrably mainland Pinyin (a syllable only Pinyin writes), and no character met
    # through another system: an MRZ name has no hyphen, and Taiwan's CHANG SAN CHENG
    # (張善政, Wade-Giles) is not Pinyin (review names6, finding 1).
    if not _mainland_pinyin(b if a.is_han else a, False):
        return ""
    spelt = [r for r in best.reasons if getattr(r, "code", "") == "name.han_spelling"]
    if any(r.params["form"].lower() not in chinese.mandarin_readings(r.params["b"]) for r in spelt):
        return ""
    for r in spelt:
        word, form, ch = r.params["a"], r.params["form"], r.params["b"]
        w = word.lower()
        if form.lower() not in chinese.mandarin_readings(ch) or not _pinyin_syllable(w):
            continue
        if _misread(word, form):
            continue
        return msg("name.distinct_char_syllable", a=word, b=ch, form=form)
    return ""


def distinct_char_surname(a: Name, b: Name, best: NameMatch) -> Message | str:
    """A reason when a name in characters meets a Taiwan-passport Latin name (SURNAME
    GIVEN-GIVEN, every given syllable Mandarin) only through a surname spelt near its
    character's readings, the spelling being another common surname character's
    Mandarin one and none of the character's own in any table: 戴 / TSAI (蔡), 程 / CHEN
    (陳), 鄒 / CHOU (周), two families, as `distinct_chinese_surnames` holds TAI / TSAI
    written in Latin both sides (issue 12, the twelfth part). Surnames only: the tables
    spell every common surname character in every passport system and the dialects;
    given syllables' customary spellings they lack are many (HAU PEI-TSUN: a first
    round's given-syllable form was dropped for them). A look-alike stays a misread."""
    if a.is_han == b.is_han:
        return ""
    han, latin = (a, b) if a.is_han else (b, a)
    chars = han.han_text
    if not chars or not _hyphenated(latin) or len(latin.tokens) < 2:
        return ""
    sur = chars[0]
    if sur not in _surname_chars_all():
        return ""
    word = latin.tokens[0].text
    given = [t.text.lower() for t in latin.tokens[1:]]
    if not all(any(s & _PASSPORT_SYSTEMS for s in chinese.mandarin_of(w).values()) for w in given):
        return ""
    spelt = [
        r for r in best.reasons
        if getattr(r, "code", "") == "name.han_spelling" and r.params["b"] == sur
        and r.params["a"] == word
    ]  # fmt: skip
    if not spelt or _misread(word, spelt[0].params["form"]):
        return ""
    w = word.lower()
    if not any(s & _PASSPORT_SYSTEMS for s in chinese.mandarin_of(w).values()):
        return ""
    own = surname_chars(word) | _surname_chars_unmandarin(word)
    if not own or sur in own:
        return ""
    if w in chinese.romanisations(sur) or w in chinese.hokkien_spellings(sur):
        return ""
    others = [ch for ch in _surname_order() if ch in own][:2]
    return msg("name.distinct_char_surname", a=word, b=sur, c="/".join(others))


_VOWEL_START = re.compile(r"[AEIOU]")


def _initial(spelling: str) -> str:
    """A syllable's initial as romanisations write it: the letters before its first
    vowel, Y a vowel after the first letter (GR TYNG, CHYI); "" for a vowel or a W- or
    Y-less start (AN, I, UEI). NG (吳) is all initial."""
    s = spelling.upper()
    if not s or _VOWEL_START.match(s):
        return ""
    m = re.match(r"^(.[^AEIOUY]*?)(?=[AEIOUY]|$)", s)
    return m.group(1) if m else s


@lru_cache(maxsize=16384)
def _char_spellings(ch: str) -> frozenset[str]:
    """Every spelling any table the project ships gives character `ch` (every Mandarin
    system and reading, GR, Taiwan's customary forms, Hong Kong Cantonese with its
    customary and Macau spellings, Hokkien, Teochew, Hakka, Hainanese, Fuzhou)."""
    forms = set(chinese.romanisations(ch)) | set(chinese.hokkien_spellings(ch))
    forms |= {o for o, _ in chinese.dialect_spellings(ch)}
    return frozenset(f.upper() for f in forms)


def _mandarin_spelt(word: str) -> bool:
    """A word that a passport's Mandarin system spells, alone or split into syllables
    (CHIA, YALING as YA-LING)."""

    def one(x: str) -> bool:
        return any(s & _PASSPORT_SYSTEMS for s in chinese.mandarin_of(x).values())

    w = word.lower()
    return one(w) or any(all(one(x) for x in seg) for seg in chinese.segmentations(w)[:2])


def _given_form_told(latin: Name) -> bool:
    """A Latin name every word of which a Mandarin passport system spells, in a form that
    tells whose passport wrote it: a given name hyphenated (Taiwan, SURNAME GIVEN-GIVEN)
    or in the MRZ's form of it (three words), joined (the mainland), or a syllable only
    Pinyin writes. A surname and one given syllable written apart (WANG FENG) may be
    either, and is left (review names6, finding 1: WANG FENG / 王芳 stays a match)."""
    if not all(_mandarin_spelt(t.text) for t in latin.tokens):
        return False
    return (
        len(latin.tokens) >= 3
        or "-" in latin.original
        or _joined_pinyin_given(latin)
        or _mainland_pinyin(latin, False)
    )


def distinct_char_initial(a: Name, b: Name, best: NameMatch) -> Message | str:
    """A reason when a name in characters meets a Latin name spelt in a Mandarin system
    only through a given syllable whose initial no table writes for its character, the
    syllable being another common given-name character's Mandarin spelling: 婷 / LING
    (婷 is TING, TENG, TIN in every table; LING is 玲), 萍 / TING, 蓉 / LING, 翔 / YANG,
    祥 / HUNG. The romanisation tables differ in how they write an initial (HS, SH, X, S
    for one sound; J, R, Y for 榮) and each lists its own: an initial none of them gives
    is another character's. The customary spellings the tables lack keep their
    character's initial (郝柏村 HAU PEI-TSUN, 張榮發 CHANG YUNG-FA, 劉炯朗 LIU
    CHUNG-LAUNG: the given-syllable rule dropped for them in the seventh round), so they
    stay; a keying slip (榮 JUNG / HUNG: neighbouring keys) or a look-alike stays a
    possible slip; a name with a syllable no Mandarin system writes (徐順全 CHEE SOON
    JUAN, Hokkien) is left to the dialect rules (issue 12, names-prec8a)."""
    if a.is_han == b.is_han:
        return ""
    han, latin = (a, b) if a.is_han else (b, a)
    chars = han.han_text
    if not chars or not _given_form_told(latin):
        return ""
    given = _mandarin_given_chars()
    for r in best.reasons:
        if getattr(r, "code", "") != "name.han_spelling":
            continue
        word, ch = r.params["a"].upper(), r.params["b"]
        if ch == chars[0] or not given.get(word.lower()):
            continue  # a surname is `distinct_char_surname`'s; a syllable of no name
        forms = _char_spellings(ch)
        if not forms or _initial(word) in {_initial(f) for f in forms}:
            continue
        if any(_keying_slip(word, f) or (len(f) == len(word) and _misread(word, f))
               for f in forms):  # fmt: skip
            continue
        shown = ", ".join(sorted(f for f in forms if f.isalpha())[:4])
        return msg("name.distinct_char_initial", a=word, b=ch, i=_initial(word) or word[:1],
                   forms=shown)  # fmt: skip
    return ""


def _table_spelt(word: str, ch: str) -> bool:
    """`word` is character `ch`'s spelling in a Mandarin table (Pinyin, Wade-Giles,
    Tongyong, MPS II, GR), not a dialect's or a customary one."""
    system = chinese.romanisations(ch).get(word.lower(), "")
    return system in chinese.MANDARIN_SYSTEMS or system == chinese.GWOYEU


def distinct_char_given_syllable(a: Name, b: Name, best: NameMatch) -> Message | str:
    """A reason when a name in characters meets a Latin name whose every other syllable is
    its character's own spelling in a Mandarin table (a name written from the tables, as
    Taiwan's and the mainland's passports write it), through one given syllable spelt
    near its character that is another common given character's Mandarin spelling: 玲 /
    LAN (蘭), 君 / CHEN (貞), 翔 / HSUAN (軒), 哲 / CHIEH (傑), 芳 / FENG (峰). Where the
    other syllables are spelt from the table, the one that differs is another character's
    table spelling, not a custom. Left: a name with a surname or syllable no Mandarin
    table writes so (劉炯朗's LAUNG, 陳茂波 CHAN MO-PO), -n / -ng and TS for CH
    (`taiwan_variant`), look-alikes and a syllable one keying step from any table's
    spelling of the character, which is how the customary spellings that dropped the
    seventh round's form of this rule stand to their characters (柏 PE, Hokkien / PEI in
    郝柏村 HAU PEI-TSUN; 炯 CHIUNG / CHUNG; 榮 JUNG / YUNG in 張榮發 CHANG YUNG-FA)
    (issue 12, names-prec8a)."""
    if a.is_han == b.is_han:
        return ""
    han, latin = (a, b) if a.is_han else (b, a)
    chars = han.han_text
    if not chars or not _given_form_told(latin):
        return ""
    spelt = [r for r in best.reasons if getattr(r, "code", "") == "name.han_spelling"]
    if len(spelt) != 1:
        return ""
    for r in best.reasons:
        code = getattr(r, "code", "")
        if code == "name.romanisation" and _table_spelt(r.params["a"], r.params["b"]):
            continue
        if code not in ("name.han_spelling", "name.read_as"):
            return ""  # a customary, dialect or merged spelling: a name spelt by custom
    word, ch = spelt[0].params["a"].upper(), spelt[0].params["b"]
    if ch == chars[0] or not _mandarin_given_chars().get(word.lower()):
        return ""  # a surname is `distinct_char_surname`'s; a syllable of no name
    if not any(s & _PASSPORT_SYSTEMS for s in chinese.mandarin_of(word.lower()).values()):
        return ""
    if any(_keying_slip(word, f) or (len(f) == len(word) and _misread(word, f))
           for f in _char_spellings(ch)):  # fmt: skip
        return ""
    return msg("name.distinct_char_syllable", a=word, b=ch, form=spelt[0].params["form"])


@lru_cache(maxsize=16384)
def _mandarin_passport_forms(ch: str) -> frozenset[str]:
    """Every spelling a Taiwan or mainland passport gives character `ch`: its Mandarin
    readings in each column of the MOFA table (Hanyu Pinyin, Tongyong, Wade-Giles, MPS
    II), Gwoyeu Romatzyh, Taiwan's customary forms and Taiwanese Mandarin's -n / -ng and
    TS for CH (`taiwan_variants`), of pypinyin's first three Mandarin readings and the
    ones Taiwan prints that it lacks (`chinese.taiwan_readings`); no dialect's reading."""
    forms: set[str] = set()
    # and the readings Taiwan prints that pypinyin lacks (藩 PAN, review n10b); not every
    # pypinyin reading: 齊's rare fourth and fifth made 康家齊 / KANG CHIA-CHIEH a slip
    readings = dict.fromkeys((*chinese.mandarin_readings(ch), *chinese.taiwan_readings(ch)))
    for py in readings:
        for form in chinese.mandarin_spellings(py):
            forms |= {form.lower()} | {v.lower() for v in taiwan_variants(form.lower())}
        forms |= {c.lower() for c in chinese.taiwan_customary(py)}
    tables = {*chinese.MANDARIN_SYSTEMS, chinese.GWOYEU, "Taiwan customary"}
    forms |= {f for f, s in chinese.romanisations(ch).items() if s in tables}
    return frozenset(f.upper() for f in forms)


def _by_ear(forms: frozenset[str]) -> frozenset[str]:
    """The merge the other way: Taiwanese Mandarin says the retroflex and dental initials
    alike, and a name spelt by ear may write CH for a dental TS (宗 TSUNG / CHUNG)."""
    return forms | {"CH" + f[2:] for f in forms if f[:2] in ("TS", "TZ")}


def _cantonese_system(system: object) -> bool:
    label = getattr(system, "code", str(system))
    return "Cantonese" in label or "Macau" in label


def _taiwan_tongue(word: str, ch: str) -> bool:
    """`word` spells character `ch` in Hokkien or Hakka, Taiwan's own tongues, in which
    some Taiwanese write one given syllable (介 KAI, 正 CHING as Hokkien reads them)."""
    w = word.lower()
    return w in chinese.hokkien_spellings(ch) or any(
        w == o and s in ("Hokkien", "Hakka") for o, s in chinese.dialect_spellings(ch)
    )


def distinct_char_given_reading(a: Name, b: Name, best: NameMatch) -> Message | str:
    """A reason when a name in characters meets a Latin name written from the Mandarin
    tables (every other syllable its character's table spelling, none of them its
    Cantonese one: a Taiwan or mainland passport name, not Hong Kong's) through one
    given syllable that none of its character's Mandarin passport spellings writes (the
    MOFA table's columns, GR, Taiwan's customary forms and -n / -ng merges) but another
    common given character's do, the syllable reached only through
    - a Cantonese reading of the character (宗 JUNG, 正 CHING, 貞 CHING: 魏宗翰 / WEI
      JUNG-HAN is 榮's JUNG): Taiwan's passports spell a character's Mandarin reading, and
      a Mandarin name does not take one character's Cantonese; or
    - one keying step from a dialect's reading no Mandarin passport writes (偉 Hokkien UI
      / HUI 輝, 輝 HUAY / HUA 華, 子 CHU / SHU 淑, 勇 ONG / HONG 宏): no passport printed the
      dialect's form, so the Latin syllable is no slip of it but another character's.
    A slip of the character's own table spelling stays a possible slip (the eighth
    round's `distinct_char_given_syllable`), and so do look-alikes (issue 12, names-prec10b)."""
    if a.is_han == b.is_han:
        return ""
    han, latin = (a, b) if a.is_han else (b, a)
    chars = han.han_text
    if not chars or not _given_form_told(latin):
        return ""
    odd: list = []
    for r in best.reasons:
        code = getattr(r, "code", "")
        if code == "name.read_as":
            continue
        if code == "name.romanisation" and _table_spelt(r.params["a"], r.params["b"]):
            cantonese = {c.lower() for c in chinese.cantonese_readings(r.params["b"])}
            if r.params["a"].lower() in cantonese:
                # a Hong Kong name's syllable Mandarin spells alike (何 HO), and so too a
                # Taiwan name with one given syllable by custom (蔡明介 TSAI MING-KAI)
                return ""
            continue
        if code in ("name.romanisation", "name.han_spelling"):
            odd.append(r)
            continue
        return ""
    if len(odd) != 1:
        return ""
    r = odd[0]
    word, ch = r.params["a"].upper(), r.params["b"]
    given = bool(_mandarin_given_chars().get(word.lower()))
    if ch == chars[0] or not (given or _spelt_chars().get(word.lower())):
        return ""  # a surname is `distinct_char_surname`'s; a syllable of no name
    if not any(s & _PASSPORT_SYSTEMS for s in chinese.mandarin_of(word.lower()).values()):
        return ""
    own = _mandarin_passport_forms(ch)
    if word in _by_ear(own):
        return ""  # CHUNG for 宗 TSUNG: Taiwanese Mandarin's dental and retroflex merged
    if getattr(r, "code", "") == "name.romanisation":
        if not _cantonese_system(r.params["system"]) or _taiwan_tongue(word, ch):
            return ""  # a Hokkien or Hakka reading: Taiwan's own tongues, left
        rule = "name.distinct_char_cantonese"
        form = word
    else:
        rule = "name.distinct_char_reading"
        form = r.params["form"].upper()
        if form in own and given:
            return ""  # `distinct_char_given_syllable`'s
        if form in own:
            # a syllable of a name character the given-name list lacks (HSIUNG 雄, the
            # surname 熊's too) near the character's table spelling: (5)'s judgement
            rule = "name.distinct_char_syllable"
        # a slip is one step from what a Mandarin passport prints; CH for TS is a step
        # already (子 TZU, Hokkien CHU / SHU is two)
        if any(_keying_slip(word, f) or (len(f) == len(word) and _misread(word, f)) for f in own):
            return ""
    return msg(rule, a=word, b=ch, form=form,
               forms=", ".join(sorted(f for f in own if f.isalpha())[:4]))  # fmt: skip


def _systems_spelling(word: str, ch: str) -> frozenset[str]:
    """The Mandarin passport systems in which `word` spells one of character `ch`'s
    readings (FU: 傅 in Hanyu Pinyin, Wade-Giles, Tongyong and MPS II alike)."""
    readings = set(chinese.mandarin_readings(ch)) | set(chinese.taiwan_readings(ch))
    found: set[str] = set()
    for py, systems in chinese.mandarin_of(word.lower()).items():
        if py in readings or py.replace("ü", "v") in readings:
            found |= systems & set(chinese.MANDARIN_SYSTEMS)
    return frozenset(found)


@lru_cache(maxsize=4096)
def _given_chars_in(word: str, systems: frozenset[str]) -> frozenset[str]:
    """The common given-name characters that `word` spells exactly in one of `systems`
    in the reading a name is given in, the first (and those Taiwan prints): HUA is 華
    in Wade-Giles and Pinyin, not 學 (pypinyin's rare HUA); TAI is no common name's (大's
    DAI is no name's reading), as 11b's `_pinyin_given_chars` holds for Pinyin."""
    out: set[str] = set()
    for py, sys_of in chinese.mandarin_of(word.lower()).items():
        if not sys_of & systems:
            continue
        for ch in _mandarin_given_chars().get(word.lower(), ()):
            if py in (*chinese.mandarin_readings(ch)[:1], *chinese.taiwan_readings(ch)):
                out.add(ch)
    return frozenset(out)


def _said_so(ch: str) -> frozenset[str]:
    """Character `ch`'s Mandarin passport spellings as Taiwanese Mandarin says them: the
    retroflex and dental initials alike both ways (`_by_ear`; 善 SHAN written SAN in 張善政
    CHANG SAN-CHENG) and an R initial said Y (榮 JUNG written YUNG in 張榮發 CHANG YUNG-FA):
    customary spellings of real names the tables lack, one person's (dev set)."""
    forms = _by_ear(_mandarin_passport_forms(ch))
    extra = {"S" + f[2:] for f in forms if f.startswith("SH")}
    extra |= {"Y" + f[1:] for f in forms if f[:1] == "J" and f[1:2] in ("U", "O")}
    return forms | frozenset(extra)


def distinct_char_given_system(a: Name, b: Name, best: NameMatch) -> Message | str:
    """A reason when a name in characters meets a Latin name every other syllable of
    which is its character's spelling in one Mandarin system (Wade-Giles, Hanyu Pinyin:
    the system the passport wrote), through one given syllable that is another common
    given character's exact spelling in that same system and that no table the project
    ships (any Mandarin system, Taiwan's customary forms and -n / -ng merges, Cantonese,
    Hokkien, Hakka, Teochew) gives this character: 傅豪瑋 / FU HUA-WEI (豪 HAO, HAU; HUA
    is 華), 孫欣霖 / SUN HSUN-LIN (欣 HSIN; HSUN is 勳), 丁佳子 / TING CHI-TZU, 顏達光 /
    YEN TAI-KUANG. Issue 12's principle for surnames, applied to a given syllable: a
    spelling that is itself another common name is another person unless the facts
    agree; the earlier rules (`distinct_char_given_syllable`, `..._reading`) left such a
    syllable when it was one keying step from any table's spelling of the character,
    a Hokkien or Cantonese one included, but a passport written wholly in one Mandarin
    system does not take a dialect's reading, and a slip that lands on another
    character's exact spelling is capped by design (lifted when birth date and
    nationality agree) (issue 12, names-post16a)."""
    if a.is_han == b.is_han:
        return ""
    han, latin = (a, b) if a.is_han else (b, a)
    chars = han.han_text
    if not chars or not _given_form_told(latin):
        return ""
    if "-" not in latin.original and len(latin.tokens) < 3:
        # a mainland name's joined Pinyin given name: a keying slip in it lands on another
        # syllable's exact spelling a quarter of the time (bench.names_char_slips), and
        # `distinct_mainland_given` / `distinct_char_given_syllable` judge it
        return ""
    spelt = [r for r in best.reasons if getattr(r, "code", "") == "name.han_spelling"]
    if len(spelt) != 1:
        return ""
    systems = frozenset(chinese.MANDARIN_SYSTEMS)
    for r in best.reasons:
        code = getattr(r, "code", "")
        if code == "name.romanisation":
            systems &= _systems_spelling(r.params["a"], r.params["b"])
            continue
        if code not in ("name.han_spelling", "name.read_as"):
            return ""  # a customary, dialect or merged spelling: a name spelt by custom
    if not systems:
        return ""  # syllables of two systems (or a dialect's): a name spelt by custom
    word, ch = spelt[0].params["a"].upper(), spelt[0].params["b"]
    if ch == chars[0] or word in _char_spellings(ch) or word in _said_so(ch):
        return ""  # a surname is `distinct_char_surname`'s; a table's own spelling
    others = _given_chars_in(word, systems) - {ch}
    if not others:
        return ""  # a syllable of no common given name in the name's system: a slip
    forms = ", ".join(sorted(f for f in _mandarin_passport_forms(ch) if f.isalpha())[:4])
    return msg("name.distinct_char_system", a=word, b=ch, c="".join(sorted(others)[:3]),
               forms=forms)  # fmt: skip


def distinct_char_hk_syllable(a: Name, b: Name, best: NameMatch) -> Message | str:
    """`distinct_char_given_syllable` for a Hong Kong name: a name in characters met by a
    Latin name whose surname is spelt only as Hong Kong's Cantonese spells it (SHEK 石,
    no Mandarin syllable) and every other syllable its character's Cantonese reading,
    through one given syllable spelt near its character ("spelling differs") that is
    another common given character's Cantonese spelling and no keying step or look-alike
    from any table's spelling of the character: 石俊光 / SHEK CHUN KWAN (光 KWONG; KWAN
    is 君 / 軍 / 坤). Within a name spelt from the Cantonese table the syllable that
    differs is another character's table spelling. A surname is `distinct_char_surname`'s
    (issue 12, names-prec11b)."""
    if a.is_han == b.is_han:
        return ""
    han, latin = (a, b) if a.is_han else (b, a)
    chars = han.han_text
    if not chars or len(latin.tokens) < 2:
        return ""
    surname = latin.tokens[0].text
    if chinese.mandarin_of(surname.lower()) or not _surname_chars_unmandarin(surname):
        return ""  # a surname Mandarin spells too (HO, LI): not told a Hong Kong name
    spelt = [r for r in best.reasons if getattr(r, "code", "") == "name.han_spelling"]
    if len(spelt) != 1:
        return ""
    for r in best.reasons:
        code = getattr(r, "code", "")
        if code == "name.romanisation":
            cantonese = {c.upper() for c in chinese.cantonese_readings(r.params["b"])}
            if r.params["a"].upper() in cantonese:
                continue
            return ""  # a syllable spelt another way: a name of mixed custom, left
        if code not in ("name.han_spelling", "name.read_as"):
            return ""
    word, ch = spelt[0].params["a"].upper(), spelt[0].params["b"]
    if ch == chars[0] or not _cantonese_given_chars().get(word.lower()):
        return ""
    if any(_keying_slip(word, f) or (len(f) == len(word) and _misread(word, f))
           for f in _char_spellings(ch)):  # fmt: skip
        return ""
    forms = ", ".join(sorted(c.upper() for c in chinese.cantonese_readings(ch))[:4])
    return msg("name.distinct_char_hk_syllable", a=word, b=ch, forms=forms)


def _pinyin_syllable(x: str) -> bool:
    return any(chinese.HANYU in systems and x in (py, py.replace("ü", "v"), py.replace("ü", "u"))
               for py, systems in chinese.mandarin_of(x).items())  # fmt: skip


def _pinyin_name(n: Name) -> bool:
    """A Latin name every word of which Hanyu Pinyin spells (HUANG MIN, ZHANG ZIHAN), not
    hyphenated as Taiwan and Hong Kong passports write a given name (CHIH-MIN)."""
    if n.is_han or "-" in n.original or not n.tokens:
        return False
    return all(
        any(all(_pinyin_syllable(x) for x in seg) for seg in chinese.segmentations(t.text))
        for t in n.tokens
    )


# Surnames that Singapore, Malaysia and Hong Kong write (陳 CHAN, TAN; 林 LIM; 黃, 吳
# NG): never taken for a mainland Pinyin name, although CHAN and TAN are Pinyin syllables.
_SOUTHERN_SURNAMES = frozenset({"CHAN", "TAN", "LIM", "NG"})
_PINYIN_ONLY = re.compile(r"zh|x|q")  # syllables no other system writes (Tongyong: jh, s, c)


def _mainland_pinyin(n: Name, mainland: bool) -> bool:
    """Whether a Latin name is demonstrably mainland Hanyu Pinyin: written wholly in
    Pinyin, no southern surname, and a syllable only Pinyin writes (ZHANG, XIAOMING,
    QING), or the traveller's nationality CHN (`mainland`) and no given word spelt as
    the southern dialects spell names (LING, ANG: Singapore's and Malaysia's). An MRZ
    name has no hyphen, so syllable shape alone does not tell LIN MIN HUI of Taiwan
    from a mainland name (review names4, finding 3)."""
    if not _pinyin_name(n) or any(t.text in _SOUTHERN_SURNAMES for t in n.tokens):
        return False
    syllables = [x for t in n.tokens for seg in chinese.segmentations(t.text.lower())[:1]
                 for x in seg]  # fmt: skip
    if any(_PINYIN_ONLY.match(x) for x in syllables):
        return True
    return mainland and not any("S" in _word_groups(t.text) for t in n.tokens[1:])


def _joined_pinyin_given(n: Name) -> bool:
    """A Pinyin name whose given name is two or more syllables written as one word
    (YANG YUHANG, HONG SHENGHAN), as the mainland's passports write it (GB/T 28039-2011:
    a given name's syllables joined); Taiwan and Hong Kong hyphenate them, Singapore and
    Malaysia write them apart. Its syllables were spelt from the characters, where the
    Pinyin table's -n and -ng finals (HAN 涵, HANG 航) are two (issue 12, names-prec8a)."""
    if len(n.tokens) != 2 or n.tokens[0].text in _SOUTHERN_SURNAMES or not _pinyin_name(n):
        return False
    given = n.tokens[1].text.lower()
    return any(
        len(seg) >= 2 and all(_pinyin_syllable(x) for x in seg)
        for seg in chinese.segmentations(given)[:1]
    )


def _southern_surname(word: str) -> bool:
    """A surname the southern tables (Cantonese, Hokkien, Teochew, Hakka, Macau) spell
    for a common surname character other than one whose Pinyin it is, that family being
    the commoner one, or no common surname's Pinyin at all (TANG 鄧 before 唐, CHENG 鄭
    before 程, CHONG 張, HENG 王, PANG 彭): a Singapore, Malaysia or Hong Kong family's spelling,
    whose given name may be joined by custom, not by the mainland's rule (review n8a,
    finding 2; LI 李, LIU 劉, LIN 林 stay Pinyin: their commoner family is Pinyin's)."""
    south = _surname_chars_unmandarin(word)
    if not south:
        return False
    w = word.lower()

    def pinyin(ch: str) -> bool:
        # the character's first Mandarin reading, its name's: 彭 is PENG, its variant
        # PANG is no family's Pinyin (PANG is 彭's Cantonese)
        readings = chinese.mandarin_readings(ch)
        return bool(readings) and readings[0] == w

    pin = {ch for ch in surname_chars(word) if pinyin(ch)}
    if not pin:
        return True
    rank = {ch: i for i, ch in enumerate(_surname_order())}
    other = [rank.get(ch, len(rank)) for ch in south if not pinyin(ch)]
    return bool(other) and min(other) < min(rank.get(ch, len(rank)) for ch in pin)


def _korean_rr_slip(a: Name, b: Name, x: str, form: str) -> bool:
    """The -n side reads as a Korean name in Revised Romanization (a Korean surname, the
    given name's syllables Korean name blocks) and the -ng syllable is no Korean name
    block's spelling (HAN JIMIN / JIMING: Korean has no MING; 민 is MIN): a Korean name
    with its final slipped, not two Pinyin names (review n8a, finding 2)."""
    blocks = korean.name_block_spellings()
    n_form, ng_form = sorted((x, form), key=len)
    if ng_form in blocks:
        return False
    # the common given-name blocks' Revised Romanization (지 JI, 민 MIN), not every
    # block: GU AILIN is no Korean name (AI is no block's RR)
    common = {korean.revised(b) for b in _korean_given_blocks()}
    families = korean.surname_families()
    for n in (a, b):
        given = n.tokens[1].text.lower()
        if n.tokens[0].text in families and any(
            n_form in seg and all(s in common for s in seg)
            for seg in chinese.segmentations(given)[:2]
        ):
            return True
    return False


def _both_joined(a: Name, b: Name, x: str, form: str) -> bool:
    """Both names Latin, both in the mainland's joined Pinyin form (YUHANG / YUHAN), no
    southern surname and no Korean name slipped: where `_joined_pinyin_given`'s -n and
    -ng finals are two characters. A name in characters against a Latin one (王建民 /
    WANG JIANMING: Wang Chien-ming's own 民 MING, Taiwan's merge) and a spaced name
    against a joined one (YANG YUHANG / YANG YU HAN) are left to the older rules
    (review n8a, finding 2)."""
    if a.is_han or b.is_han or not (_joined_pinyin_given(a) and _joined_pinyin_given(b)):
        return False
    if any(_southern_surname(n.tokens[0].text) for n in (a, b)):
        return False
    return not _korean_rr_slip(a, b, x, form)


def _gwoyeu_tonal(n: Name) -> bool:
    """A Latin name with a syllable that, of the Mandarin systems, only Gwoyeu Romatzyh
    writes (MEEI 美, DER 德, JIANN 建, SHIOW 秀: its tonal spellings): a name spelt from
    the characters' dictionary readings, each syllable's tone looked up, not by ear; its
    -n and -ng finals are the characters' (HSIEH MEEI-LING 玲, not LIN 琳)."""
    if n.is_han:
        return False
    # the given name only: a customary GR surname (CHERN 陳, TSAY 蔡, HORNG 洪) is one
    # family's fixed spelling and tells nothing of how the given name was spelt (review
    # n8a, finding 1: CHERN MEI-LING / MEI-LIN stays a match, as CHEN's does)
    for t in n.tokens[1:]:
        for w in t.text.lower().split("-"):
            readings = chinese.mandarin_of(w)
            systems = set().union(*readings.values()) if readings else set()
            if systems == {chinese.GWOYEU} and not _other_script_spelling(w):
                return True
    return False


def distinct_pinyin_finals(
    a: Name, b: Name, best: NameMatch, mainland: bool = False
) -> Message | str:
    """A reason when the match rests on a syllable's -n read as -ng or back (MIN / MING,
    劉洋 / LIU YAN), a merge of Taiwanese Mandarin speech that Taiwan's passports follow
    (江丙坤 CHIANG PIN-KUNG), while the Latin sides are demonstrably mainland Hanyu Pinyin
    (`_mainland_pinyin`; `mainland`: the traveller is a CHN national), which the
    mainland's passports spell from the characters and where 敏 MIN and 明 MING are two
    characters. The merged form must be Pinyin too: 陳冲 / CHEN CHUN (Wade-Giles CHUNG)
    and LAI CHIH-MIN / LAI CHIH-MING, Taiwan's Wade-Giles, stay a match."""
    for r in best.reasons:
        if getattr(r, "code", "") != "name.taiwan_variant":
            continue
        x, form, ch = r.params["a"].lower(), r.params["form"].lower(), r.params["b"]
        if chinese.is_han(ch) and form not in chinese.mandarin_readings(ch):
            continue  # a Wade-Giles reading merged (陳冲 CHEN CHUN, 衝 CH'UNG): Taiwan's
        if x.rstrip("g") != form.rstrip("g") or x == form:
            continue
        latin = [n for n in (a, b) if not n.is_han]
        if all(_pinyin_name(n) for n in latin) and (
            any(_mainland_pinyin(n, mainland) for n in latin) or _both_joined(a, b, x, form)
        ):
            return msg("name.distinct_finals", a=x.upper(), b=form.upper())
        if all(_gwoyeu_tonal(n) for n in latin):
            return msg("name.distinct_finals_gwoyeu", a=x.upper(), b=form.upper())
    return ""


def _real_syllable(x: str) -> bool:
    return bool(
        chinese.mandarin_of(x) or chinese.is_cantonese(x) or x in korean.name_block_spellings()
    )


# Letters romanisation systems write differently for one sound: Hong Kong TS / CH,
# Wade-Giles HS / SH, Korean EO / EU / O / U and initial R (RYEONG / YONG, SEUK / SOK).
_SYLLABLE_FOLDS = (("ts", "ch"), ("hs", "sh"), ("eo", "o"), ("eu", "u"), ("ry", "y"))


def _fold_syllable(s: str) -> str:
    for x, y in _SYLLABLE_FOLDS:
        s = s.replace(x, y)
    return s


def distinct_given_syllables(a: Name, b: Name) -> Message | str:
    """A reason when two Latin names written syllable by syllable (LEUNG WAI-KIN, KIM
    JI-HOON) are alike but for one given-name syllable, both sides real syllables
    (Mandarin, Hong Kong Cantonese, a Sino-Korean block) two edits apart or more that no
    table relates (WAI-KIN / WAI-KEUNG, JI-HOON / JI-HWAN): two characters, so two
    people on names alone. A keying slip makes one edit (DING / DENG stays a possible
    slip); the syllable tables have related the spellings of one syllable already."""
    ta, tb = a.tokens, b.tokens
    if len(ta) < 3 or len(ta) != len(tb):
        return ""
    differ = [i for i in range(len(ta)) if ta[i].text != tb[i].text]
    if len(differ) != 1 or differ[0] == 0:
        return ""
    x, y = ta[differ[0]].text.lower(), tb[differ[0]].text.lower()
    if OSA.distance(x, y) < 2 or not _real_syllable(x) or not _real_syllable(y):
        return ""
    if OSA.distance(_fold_syllable(x), _fold_syllable(y)) < 2:
        return ""  # spellings of one syllable across systems (KA-CHOI / KA-TSOI, SEUNG / SONG)
    blocks = korean.name_block_spellings()
    if blocks.get(x, frozenset()) & blocks.get(y, frozenset()):
        return ""  # one Korean block (MYUNG / MYEONG)
    _, reason = _latin_latin(x, y)
    if getattr(reason, "code", "name.spelling") != "name.spelling":
        return ""  # the tables relate them (a dialect, GR or Taiwanese spelling)
    return msg("name.distinct_syllables", a=x.upper(), b=y.upper())


@cache
def _every_spelt_char() -> dict[str, frozenset[str]]:
    """Spelling (lower case) -> every character any of the engine's tables spells so:
    `_spelt_chars` over all the characters the tables read, not only the common name
    characters (the Mandarin systems, GR, Taiwan's customary forms, Cantonese HK and
    customary, Macau, Hokkien, Teochew, Hakka, Hainanese). 生 is SENG in Hokkien and
    SANG in Cantonese, 佩 PEI and PUI, 榮 WING and WENG: two spellings of one character
    in two tables are still one character (review n10b, issue 12)."""
    sur, given, _ = chinese.name_chars()
    chars = {*sur, *given, *chinese.hokkien_chars(), *chinese.dialect_chars_all(),
             *chinese.customary_chars(), *chinese.common_chars()}  # fmt: skip
    out: dict[str, set[str]] = {}
    for ch in chars:
        if len(ch) != 1:
            continue
        forms = {*chinese.gwoyeu_readings(ch), *chinese.romanisations(ch),
                 *chinese.hokkien_spellings(ch)}  # fmt: skip
        forms |= {f for f, _ in chinese.dialect_spellings(ch)}
        for f in forms:
            out.setdefault(f.lower(), set()).add(ch)
    return {k: frozenset(v) for k, v in out.items()}


def _korean_blocks(w: str) -> frozenset[str]:
    """The Hangul blocks a Latin syllable may spell, customary spellings included: RR,
    McCune-Reischauer without breves, and EU written for EO (덕 DEOK, customary DEUK
    and DUK, MR TŎK), as Korean passports of the older custom write ㅓ and ㅡ alike."""
    blocks = korean.name_block_spellings()
    out = blocks.get(w, frozenset()) | korean.mr_block_spellings().get(w, frozenset())
    if "eu" in w:
        out |= blocks.get(w.replace("eu", "eo"), frozenset())
    return out


def distinct_syllable_letter(a: Name, b: Name) -> Message | str:
    """A reason when two Latin Chinese names written syllable by syllable (TAN AH KOW,
    LEUNG CHI HANG, HO IAT SENG: Singapore's, Malaysia's, Hong Kong's and Macau's
    spellings) are alike but for one given syllable, one letter struck for another far
    from it on the keyboard (KOW 九 / KOK 國, HANG 恒 / HONG 康, SENG 誠 / SANG 生), both
    real syllables of the tables and no table spelling one character both ways: two
    characters, two people on names alone. `distinct_given_syllables` judges two edits
    or more; one letter for its neighbour, dropped or added (KONG / KEONG, CHOO / CHOON),
    stays a possible slip, and a look-alike a misread (issue 12, names-prec10b)."""
    ta, tb = a.tokens, b.tokens
    if len(ta) < 3 or len(ta) != len(tb) or a.is_han or b.is_han:
        return ""
    differ = [i for i in range(len(ta)) if ta[i].text != tb[i].text]
    if len(differ) != 1 or differ[0] == 0:
        return ""
    words = [t.text.lower() for t in (*ta, *tb)]
    if not all(_real_syllable(w) or chinese.is_hokkien_form(w) for w in words):
        return ""  # not a name of Chinese syllables
    x, y = ta[differ[0]].text, tb[differ[0]].text
    if len(x) != len(y) or OSA.distance(x, y) != 1 or _keying_slip(x, y) or _misread(x, y):
        return ""
    if _viet_joins(x, y):
        return ""
    xl, yl = x.lower(), y.lower()
    if not (_real_syllable(xl) and _real_syllable(yl)):
        return ""
    if _korean_blocks(xl) & _korean_blocks(yl):
        return ""  # one Korean block
    spelt = _every_spelt_char()
    if spelt.get(xl, frozenset()) & spelt.get(yl, frozenset()):
        return ""  # one character's two spellings, in one table or two
    if getattr(_latin_latin(xl, yl)[1], "code", "name.spelling") != "name.spelling":
        return ""  # the tables relate them
    return msg("name.distinct_syllable_letter", a=x, b=y)


@cache
def _cantonese_given_chars() -> dict[str, frozenset[str]]:
    """Hong Kong Cantonese spelling -> the common given-name characters read so."""
    out: dict[str, set[str]] = {}
    for ch in chinese.name_chars()[1]:
        for r in chinese.cantonese_readings(ch):
            out.setdefault(r, set()).add(ch)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _korean_given_blocks() -> frozenset[str]:
    """The Hangul blocks of the common given-name and surname characters' Korean readings
    (俊 준, 珍 진, 娜 나): the closed list of name syllables `distinct_close_given` judges
    (all Sino-Korean blocks let 13 % of the keying slips of common names be capped)."""
    surnames, given, _ = chinese.name_chars()
    out = set()
    for ch in (*given, *surnames):
        block = korean.hanja_reading(ch, given_rule=False)
        if block:
            out |= {block, korean.initial_sound_rule(block)}
    return frozenset(out)


def distinct_close_given(a: Name, b: Name) -> Message | str:
    """`distinct_given_syllables` for two syllables one keying step apart, where a slip
    lands on another syllable as often as not: only when both are spellings of a closed
    list's name syllables that share none, in the name's own system: Sino-Korean blocks
    after a Korean surname (SEO-JUN 준 / SEO-JIN 진, YU-NA 나 / YU-RA 라), Hong Kong
    Cantonese readings of common given-name characters in a Cantonese name (KA-FAI 輝 /
    KA-WAI 偉, MAN-KIT 傑 / MAN-KIN 健)."""
    ta, tb = a.tokens, b.tokens
    if len(ta) < 3 or len(ta) != len(tb) or ta[0].text != tb[0].text:
        return ""
    differ = [i for i in range(len(ta)) if ta[i].text != tb[i].text]
    if len(differ) != 1:
        return ""
    x, y = ta[differ[0]].text.lower(), tb[differ[0]].text.lower()
    if OSA.distance(x, y) != 1 or _fold_syllable(x) == _fold_syllable(y):
        return ""
    _, reason = _latin_latin(x, y)
    if getattr(reason, "code", "name.spelling") != "name.spelling":
        return ""  # the tables relate them (a dialect, GR or Taiwanese spelling)
    if korean.surname_families().get(ta[0].text):
        blocks, common = korean.name_block_spellings(), _korean_given_blocks()
        bx, by = blocks.get(x, frozenset()) & common, blocks.get(y, frozenset()) & common
        if bx and by and not bx & by:
            return msg("name.distinct_syllables", a=x.upper(), b=y.upper())
        return ""
    rest = [t.text for i, t in enumerate(ta) if i != differ[0]]
    if not all("C" in _word_groups(w) for w in rest):
        return ""
    chars = _cantonese_given_chars()
    cx, cy = chars.get(x, frozenset()), chars.get(y, frozenset())
    if cx and cy and not cx & cy:
        return msg("name.distinct_syllables", a=x.upper(), b=y.upper())
    return ""


@cache
def _mandarin_given_chars() -> dict[str, frozenset[str]]:
    """A spelling in any Mandarin system (with Taiwan's passport variants and customary
    spellings), Hong Kong Cantonese or a southern dialect -> the common given-name
    characters it spells."""
    out: dict[str, set[str]] = {}
    for ch in chinese.name_chars()[1]:
        spelt: set[str] = set()
        for py in chinese.mandarin_readings(ch):
            for form in chinese.mandarin_spellings(py):
                spelt |= {form.lower()} | {v.lower() for v in taiwan_variants(form)}
            # Taiwan's customary spellings too (TZE, TZI for 子: HUANG TZU-YU / TZE-YU,
            # one name; review of stop 26)
            spelt |= set(chinese.taiwan_customary(py))
        spelt |= {r.lower() for r in chinese.cantonese_readings(ch)}
        spelt |= {o.lower() for o, _ in chinese.dialect_spellings(ch)}
        for sp in spelt:
            out.setdefault(sp, set()).add(ch)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _korean_name_blocks() -> frozenset[str]:
    """`_korean_given_blocks` and the blocks that read 30 Hanja or more (훈, 윤, 린: Korean
    given names are Sino-Korean blocks beyond the Chinese common characters' readings)."""
    weight = korean.block_weight()
    return _korean_given_blocks() | {b for b, n in weight.items() if n >= 30}


def distinct_korean_given(a: Name, b: Name) -> Message | str:
    """Two Korean given names after one Korean surname, joined or not (KIM SEOJUN /
    SEO-JIN, JUNG HYUNWOO / HYUNSOO, PARK GEONWOO / GEON-HO), that no reading makes one
    name: each split into Sino-Korean blocks (`korean.given_splits`), and in the alignment of equal
    block counts with the most blocks alike, every other pair spells common name blocks
    that share none (우 / 수 for WOO / SOO, 윤 / 현 for YUN / HYUN; YOUNG / YEONG, SUNG /
    SEONG, EUN / UN spell one block and stay one name). A pair one keying step apart is
    judged only on the common name characters' blocks (`distinct_close_given`); a pair the
    Chinese tables relate, or that a syllable fold joins, is left to them."""
    ta, tb = a.tokens, b.tokens
    if len(ta) < 2 or len(tb) < 2:
        return ""
    families = korean.surname_families()
    fx, fy = families.get(ta[0].text), families.get(tb[0].text)
    if not fx or not fy or not fx & fy:
        return ""
    if all(chinese.is_cantonese(t.text) for t in (*ta[1:], *tb[1:])):
        return ""  # Hong Kong's or Macau's syllables (KA CHIU / KA CHIO: -U / -O, review)
    ga = "".join(t.text for t in ta[1:]).lower()
    gb = "".join(t.text for t in tb[1:]).lower()
    if ga == gb or korean.same_given_name(ga, gb, _cuts(a), _cuts(b)):
        return ""
    pair = _korean_blocks_apart(ga, gb, _cuts(a), _cuts(b), _whole(a), _whole(b))
    if not pair:
        return ""
    x, y, pieces_a, pieces_b = pair
    # one side must read as Korean (LI RU / LI LU are Chinese, every syllable Mandarin),
    # and neither be a Pinyin name (WANG JIAGUI / JIAGI: a Pinyin name and its slip)
    if not (_reads_korean(ta[0].text, list(pieces_a)) or _reads_korean(tb[0].text, list(pieces_b))):
        return ""
    if _pinyin_name(a) or _pinyin_name(b):
        return ""
    if _listed_given(a) or _listed_given(b):
        return ""  # a name the given-name lists hold (KIM OLGA / OLHA, MA HUSAIN / HUSEIN)
    table, common = korean.name_block_spellings(), _korean_name_blocks()
    if not all(table.get(p, frozenset()) & common for p in (*pieces_a, *pieces_b)):
        return ""  # a block off the common name blocks: maybe no Korean name (OL-GA 올)
    shown_a = f"{ta[0].text} {'-'.join(pieces_a).upper()}"
    shown_b = f"{tb[0].text} {'-'.join(pieces_b).upper()}"
    return msg("name.distinct_korean_given", a=shown_a, b=shown_b, x=x.upper(), y=y.upper())


def _listed_given(name: Name) -> bool:
    """A given name, or a word of it, that the given-name lists hold (`given_names`,
    `VARIANTS_FILE`): under a surname Korean shares (KIM, LEE, MA, LI, PAK, NAM) it is
    as likely a Koryo-saram's, a Hui's or a Westerner's (OLGA, HUSAIN, SALEEM, JOHAN),
    and its spellings are no Korean blocks (second review of names5)."""
    words = [t.text for t in name.tokens[1:]]
    listed, variants = given_names(), _given_variants()
    return any(w in listed or w in variants for w in (*words, "".join(words)))


def _whole(name: Name) -> frozenset[int]:
    """Positions inside the given name's words (spaces removed) that are each one
    Cantonese or Mandarin syllable in any system (CHIU, CHAU, KAU): no block ends there."""
    out, at = set(), 0
    for t in name.tokens[1:]:
        w = t.text.lower()
        if chinese.is_cantonese(w) or chinese.mandarin_of(w):
            out |= set(range(at + 1, at + len(w)))
        at += len(w)
    return frozenset(out)


def _one_block(x: str, y: str) -> bool:
    """Two spellings any one block is written (`korean.all_block_spellings`, the
    open-syllable filter aside: JO / CHO 조, SO / SUH 서, YO / YUH 여)."""
    table, raw = korean.name_block_spellings(), korean.all_block_spellings()
    return bool(table[x] & table[y] or raw.get(x, frozenset()) & raw.get(y, frozenset()))


def _korean_vowel_step(x: str, y: str) -> bool:
    """One vowel letter written for another on keys far apart (YEON / YOON, E and O), where
    every block each spells has the other's initial and final and another vowel (연 / 윤:
    ㅕ and ㅠ): Revised Romanization, McCune-Reischauer and the customary spellings write a
    block's vowel from its own medial, so such a pair is two name syllables and no keying
    slip; it is judged on all common name blocks, not only the Chinese characters'
    (`_korean_blocks_apart`). A vowel struck for its neighbour (SUK / SIK 숙 / 식: U and
    I side by side) stays a possible slip, as do spellings one block shares (YEON / YUN,
    both 연 in the customary table)."""
    if len(x) != len(y) or OSA.distance(x, y) != 1:
        return False
    p, q = next((c, d) for c, d in zip(x, y, strict=True) if c != d)
    if p not in "aeiou" or q not in "aeiou" or _keying_slip(x.upper(), y.upper()):
        return False
    table = korean.name_block_spellings()
    bx, by = table.get(x, frozenset()), table.get(y, frozenset())
    if not bx or not by or bx & by:
        return False
    ends = {(j[0], j[2]) for j in map(korean._jamo, bx)}
    return all(len(ends) == 1 and (j[0], j[2]) in ends for j in map(korean._jamo, by))


@lru_cache(maxsize=4096)
def _korean_blocks_apart(
    ga: str,
    gb: str,
    cuts_a: frozenset[int],
    cuts_b: frozenset[int],
    whole_a: frozenset[int] = frozenset(),
    whole_b: frozenset[int] = frozenset(),
) -> tuple[str, str, tuple[str, ...], tuple[str, ...]] | None:
    """The first pair of blocks apart in the best alignment of two Korean given names'
    splits, with the splits; None when an alignment of the best joins them or leaves a
    pair undecided (a block off the common list, a pair a table or fold relates, a last
    letter dropped or added), or when any split, an H ending a block too (AH-YOUNG 아영,
    SUH-YEON 서연 against SO-YEON), reads both as one name."""
    table, common = korean.name_block_spellings(), _korean_name_blocks()
    close = _korean_given_blocks()
    loose_a = korean.given_splits(ga, cuts_a, whole_a, inner_h=False)
    loose_b = korean.given_splits(gb, cuts_b, whole_b, inner_h=False)
    for sa in loose_a:
        for sb in loose_b:
            if len(sa) == len(sb) and all(map(_one_block, sa, sb)):
                return None  # one name read block by block (DOH-YUN too: review names5)
    # each name read in its fewest blocks (YEON-KOUNG, KOUNG a customary 경 no table
    # holds, is no three-block name YEON-KO-UNG to set against YEONG-YEONG)
    splits_a = korean.given_splits(ga, cuts_a, whole_a)
    splits_b = korean.given_splits(gb, cuts_b, whole_b)
    if not splits_a or not splits_b:
        return None
    fewest = min(map(len, splits_a))
    if min(map(len, splits_b)) != fewest:
        return None
    best: list[tuple[int, int, tuple[str, ...], tuple[str, ...]]] = []
    for sa in splits_a:
        for sb in splits_b:
            if len(sa) == len(sb) == fewest:
                apart = sum(not _one_block(x, y) for x, y in zip(sa, sb, strict=True))
                best.append((apart, len(sa), sa, sb))
    if not best:
        return None
    best.sort()
    found = None
    for apart, _, sa, sb in best:
        if apart > best[0][0]:
            break
        if not apart:
            return None  # one name read block by block
        for x, y in zip(sa, sb, strict=True):
            if _one_block(x, y):
                continue
            if abs(len(x) - len(y)) == 1 and OSA.distance(x, y) == 1:
                return None  # a letter dropped or added (MINJAE / MINJA, SUNG / SUG)
            if x[:-1] == y[:-1] and _keying_slip(x[-1:].upper(), y[-1:].upper()):
                return None  # a last letter struck for the key beside it (JUN / JUG)
            # one keying step apart, where a slip lands on another block as often as not:
            # both blocks of the common name characters' readings (`distinct_close_given`);
            # a vowel for a vowel far off that changes only the blocks' medial is no slip
            # (YEON / YOON 연 / 윤: `_korean_vowel_step`, names-prec8c)
            if OSA.distance(x, y) > 1 and OSA.distance(_fold_syllable(x), _fold_syllable(y)) < 2:
                return None  # one syllable across systems (SEUNG / SONG: EU / O)
            pool = close if OSA.distance(x, y) == 1 and not _korean_vowel_step(x, y) else common
            cx, cy = table[x] & pool, table[y] & pool
            if not cx or not cy or _fold_syllable(x) == _fold_syllable(y):
                return None
            if getattr(_latin_latin(x, y)[1], "code", "name.spelling") != "name.spelling":
                return None
            found = found or (x, y, sa, sb)
    return found


def distinct_mandarin_given(a: Name, b: Name) -> Message | str:
    """`distinct_close_given` for Mandarin names (CHANG CHIH-LUN / CHANG CHIH-LIN, LAI
    HUI-YUAN / LAI HUI-JUAN, DENG LIJUN / DENG LIJUAN): one given-name syllable one
    keying step from the other, every word of both names Mandarin syllables, and no
    common given-name character read as both in any system (Mandarin with Taiwan's
    passport variants, Cantonese, the southern dialects: CHUAN, Wade-Giles for 娟 juan,
    stays JUAN's). A spelling no common name character has stays a possible slip; a
    given name of one syllable alone (HUANG MIN) is left to the -n/-ng rule."""
    ta, tb = a.tokens, b.tokens
    if len(ta) < 2 or len(ta) != len(tb) or ta[0].text != tb[0].text:
        return ""
    differ = [i for i in range(len(ta)) if ta[i].text != tb[i].text]
    if len(differ) != 1:
        return ""
    i = differ[0]
    if Levenshtein.distance(ta[i].text, tb[i].text) != 1:
        return ""  # one letter changed, added or dropped: two swapped are a slip (SAI / SIA)
    if not all(_mandarin_word(t.text) for t in (*ta, *tb)):
        return ""
    pair = _one_syllable_apart(ta[i].text.lower(), tb[i].text.lower())
    if pair is None or (len(ta) < 3 and len(pair[2]) < 2):
        return ""
    x, y, _ = pair
    if _fold_syllable(x) == _fold_syllable(y):
        return ""
    blocks = korean.name_block_spellings()
    if blocks.get(x, frozenset()) & blocks.get(y, frozenset()):
        return ""  # one Korean block's spellings (SONG JI-HO is Korean too)
    _, reason = _latin_latin(x, y)
    if getattr(reason, "code", "name.spelling") != "name.spelling":
        return ""  # the tables relate them
    chars = _mandarin_given_chars()
    cx, cy = chars.get(x, frozenset()), chars.get(y, frozenset())
    if cx and cy and not cx & cy:
        return msg("name.distinct_syllables", a=x.upper(), b=y.upper())
    return ""


@cache
def _pinyin_given_chars() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Hanyu Pinyin syllable -> the common given-name characters whose first Mandarin
    reading it is (a name's reading: 鑫 XIN, not its rare XUN), and -> those that have it
    among any of their Mandarin readings."""
    first: dict[str, set[str]] = {}
    every: dict[str, set[str]] = {}
    for ch in chinese.name_chars()[1]:
        readings = chinese.mandarin_readings(ch)
        if readings:
            first.setdefault(readings[0], set()).add(ch)
        for py in readings:
            every.setdefault(py, set()).add(ch)
    return ({k: frozenset(v) for k, v in first.items()},
            {k: frozenset(v) for k, v in every.items()})  # fmt: skip


def distinct_mainland_given(a: Name, b: Name) -> Message | str:
    """`distinct_mandarin_given` for two demonstrably mainland Pinyin names (a syllable
    only Pinyin writes, or a given name joined: `_mainland_pinyin`), which a mainland
    passport spells from the characters' Mandarin: one given syllable one letter from the
    other, each the first reading of common given-name characters and no character read
    both ways in Mandarin (ZHU HONGMEI 梅 / HONGWEI 偉). `distinct_mandarin_given` leaves
    them when a dialect joins the two (薇, Mandarin WEI, Cantonese MEI), but a Pinyin name
    does not take a Cantonese reading: a mainland passport prints no dialect. A syllable
    no common character reads first (XUN: 鑫's rare reading) stays a possible slip (issue
    12, names-prec11b)."""
    ta, tb = a.tokens, b.tokens
    if a.is_han or b.is_han or len(ta) < 2 or len(ta) != len(tb) or ta[0].text != tb[0].text:
        return ""
    differ = [i for i in range(len(ta)) if ta[i].text != tb[i].text]
    if len(differ) != 1 or Levenshtein.distance(ta[differ[0]].text, tb[differ[0]].text) != 1:
        return ""
    if not (_mainland_pinyin(a, False) and _mainland_pinyin(b, False)):
        return ""
    pair = _one_syllable_apart(ta[differ[0]].text.lower(), tb[differ[0]].text.lower())
    if pair is None:
        return ""
    x, y, _ = pair
    if not (_pinyin_syllable(x) and _pinyin_syllable(y)) or _fold_syllable(x) == _fold_syllable(y):
        return ""
    blocks = korean.name_block_spellings()
    if blocks.get(x, frozenset()) & blocks.get(y, frozenset()):
        return ""  # one Korean block's spellings
    _, reason = _latin_latin(x, y)
    if getattr(reason, "code", "name.spelling") not in ("name.spelling", "name.dialect"):
        return ""  # one syllable in two Mandarin systems, or a Taiwanese merge: the
        # Mandarin rules' (`distinct_pinyin_finals` judges -n / -ng)
    first, every = _pinyin_given_chars()
    fx, fy = first.get(x, frozenset()), first.get(y, frozenset())
    if not fx or not fy or every.get(x, frozenset()) & every.get(y, frozenset()):
        return ""  # a syllable of no common name, or one character read both ways
    return msg("name.distinct_pinyin_given", a=x.upper(), b=y.upper(),
               ca="".join(sorted(fx)[:3]), cb="".join(sorted(fy)[:3]))  # fmt: skip


# What a syllable pairing may say beside the one differing syllable: the words agree.
_SYLLABLES_AGREE = frozenset({"name.read_as", "name.equal", "name.same_syllable",
                              "name.taiwan_variant"})  # fmt: skip


def distinct_mandarin_cross(a: Name, b: Name, best: NameMatch) -> Message | str:
    """`distinct_mandarin_given` for two Mandarin names written in two systems, one
    hyphenated and one joined (HUNG YA-HUI / HONG YAHUA, CHIN WEI-LUN / QIN WEILIN),
    which the word rule never pairs: the syllable pairing agrees everywhere (equal, one
    syllable in two systems, a Taiwanese passport variant) but for one given-name
    syllable one letter from the other, and no common given-name character is spelt as
    both in any system, Hokkien and dialects too (惠 HUI / 華 HUA; 倫 LUN / 林 LIN; not
    軍 KUN / JUN). A spelling no name character has stays a possible slip (sixth round)."""
    if best.mode != "syllables" or a.is_han or b.is_han:
        return ""
    if [t.text for t in a.tokens] == [t.text for t in b.tokens]:
        return ""
    if not all(_mandarin_word(t.text) for t in (*a.tokens, *b.tokens)):
        return ""
    codes = [getattr(r, "code", "") for r in best.reasons]
    spelt = [r for r in best.reasons if getattr(r, "code", "") == "name.spelling"]
    if len(spelt) != 1 or any(c not in _SYLLABLES_AGREE for c in codes if c != "name.spelling"):
        return ""
    x, y = spelt[0].params["a"].lower(), spelt[0].params["b"].lower()
    if {x, y} & {a.tokens[0].text.lower(), b.tokens[0].text.lower()}:
        return ""  # the surname: the surname rules judge
    if Levenshtein.distance(x, y) != 1 or _fold_syllable(x) == _fold_syllable(y):
        return ""
    if not chinese.mandarin_of(x) or not chinese.mandarin_of(y):
        return ""
    blocks = korean.name_block_spellings()
    if blocks.get(x, frozenset()) & blocks.get(y, frozenset()):
        return ""
    if _cantonese_for_mandarin(x, y) or _cantonese_for_mandarin(y, x):
        return ""  # a Hong Kong name against Pinyin (CHO-HUNG / CHUHONG, 楚 cho / chu)
    # a spelling the Mandarin-system table gives (as before); no common character in
    # any system, dialects too: CHUNG / CHYNG stays a slip, KUN / JUN is 軍 twice
    mandarin, every = _mandarin_given_chars(), _given_chars_any_system()
    if not (mandarin.get(x) and mandarin.get(y)):
        return ""
    if not every.get(x, frozenset()) & every.get(y, frozenset()):
        return msg("name.distinct_syllables", a=x.upper(), b=y.upper())
    return ""


@cache
def _given_chars_any_system() -> dict[str, frozenset[str]]:
    """`_mandarin_given_chars` with every spelling `chinese.romanisations`, the Hokkien
    and the dialect tables give a common given character: a Taiwan passport may write a
    name in Hokkien (軍 KUN-HUA / JUNHUA), a Hong Kong or Macau one in customary
    Cantonese (燦 CHAN-MING / CANMING), so the cross-system rule asks every system
    (review names6, F3: 41 syllable pairs capped; HUI / HUA, LUN / LIN still share none)."""
    out = {k: set(v) for k, v in _mandarin_given_chars().items()}
    for ch in chinese.name_chars()[1]:
        forms = set(chinese.romanisations(ch)) | set(chinese.hokkien_spellings(ch))
        forms |= {o for o, _ in chinese.dialect_spellings(ch)}
        for form in forms:
            out.setdefault(form.lower(), set()).add(ch)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _cantonese_index() -> dict[str, frozenset[str]]:
    """A Hong Kong Cantonese spelling -> every character the Cantonese table reads so."""
    out: dict[str, set[str]] = {}
    for ch in chinese.cantonese_chars():
        for r in chinese.cantonese_readings(ch):
            out.setdefault(r, set()).add(ch)
    return {k: frozenset(v) for k, v in out.items()}


def _cantonese_for_mandarin(x: str, y: str) -> bool:
    """Some character whose Cantonese spelling is `x` is spelt `y` in a Mandarin system."""
    for ch in _cantonese_index().get(x, frozenset()):
        for py in chinese.mandarin_readings(ch):
            forms = chinese.mandarin_spellings(py)
            if y in forms or any(y in taiwan_variants(f) for f in forms):
                return True
    return False


@cache
def _given_chars_by_kind() -> dict[str, dict[str, frozenset[str]]]:
    """For each kind of spelling of `_syllable_groups` (M Mandarin in any system with
    Taiwan's passport variants and customary spellings, C Hong Kong and Macau Cantonese,
    S the southern dialects): spelling -> the common given-name characters it spells in
    that kind. `_mandarin_given_chars` merges the kinds; a name spelt in one kind all
    through is read in that kind only here."""
    out: dict[str, dict[str, set[str]]] = {"M": {}, "C": {}, "S": {}}
    for ch in chinese.name_chars()[1]:
        spelt: dict[str, set[str]] = {"M": set(), "C": set(), "S": set()}
        for py in chinese.mandarin_readings(ch):
            for form in chinese.mandarin_spellings(py):
                spelt["M"] |= {form.lower()} | {v.lower() for v in taiwan_variants(form)}
            spelt["M"] |= set(chinese.taiwan_customary(py))
        spelt["C"] |= {r.lower() for r in chinese.cantonese_readings(ch)}
        # Hong Kong's customary and Macau's spellings (VAI 偉, VENG 永, MENG 明, LENG 玲)
        spelt["C"] |= {f for f, chars in _customary_given_index().items() if ch in chars}
        for form, label in chinese.dialect_spellings(ch):
            kind = "C" if "Cantonese" in label or "Macau" in label else "S"
            if kind == "C" or any(d in label for d in _SOUTHERN):
                spelt[kind].add(form.lower())
        for kind, forms in spelt.items():
            for form in forms:
                out[kind].setdefault(form, set()).add(ch)
    return {k: {f: frozenset(c) for f, c in v.items()} for k, v in out.items()}


_KIND_NAMES = {"M": "Mandarin", "C": "Cantonese", "S": "Hokkien, Teochew or Hakka"}


def distinct_given_in_kind(a: Name, b: Name) -> Message | str:
    """A reason when two Latin names alike but for one given-name syllable are spelt, in
    their other words, in one kind of spelling only (`_syllable_groups`: Taiwan's HSIN,
    Hong Kong's KA, Singapore's KIM), and in that kind the two syllables spell common
    given-name characters, never one (HO HSIN-CHUN 純 / HSIN-CHEN 珍 in Mandarin; CHAN
    KA-MAN 文 / KA-WAN 雲 in Cantonese): two characters, although another kind's reading
    joins them (珍 is CHUN in Cantonese, 萬 WAN in Mandarin), which a name spelt in one
    kind all through does not borrow for one syllable. A spelling that spells no common
    name character in that kind stays a possible slip; one Korean block's spellings stay
    one (MIN-JEONG / MIN-JUNG)."""
    ta, tb = a.tokens, b.tokens
    if len(ta) < 2 or len(ta) != len(tb):
        return ""
    differ = [i for i in range(len(ta)) if ta[i].text != tb[i].text]
    if len(differ) != 1 or differ[0] == 0:
        return ""
    i = differ[0]
    if any(len(t.syllables) != 1 or len(t.syllables[0]) != 1 for t in (ta[i], tb[i])):
        return ""  # a joined word, or one read two ways
    x, y = ta[i].text.lower(), tb[i].text.lower()
    if _fold_syllable(x) == _fold_syllable(y):
        return ""  # KA-CHOI / KA-TSOI: one syllable's spellings across systems
    if _letter_added(x, y) or (x[1:] == y[1:] and {x[:1], y[:1]} == {"j", "y"}):
        # CHIH / CHI (志, Taiwan's customary spelling), SAAN / SAN (Jyutping), JUNG /
        # YUNG (榮: Wade-Giles and customary): one character's spellings the tables do
        # not all hold, or a dropped letter; a slip, not two characters (review)
        return ""
    blocks = korean.name_block_spellings()
    if blocks.get(x, frozenset()) & blocks.get(y, frozenset()):
        return ""  # one Korean block (MIN-JEONG / MIN-JUNG)
    macau = _customary_given_index()
    if _transposed(x, y) and any(
        w in macau and _given_chars_by_kind()["C"].get(w, frozenset()) <= macau[w] for w in (x, y)
    ):
        return ""  # CHUEN / CHEUN: a swap, though CHEUN is Macau's 俊 (review names7, F4)
    kinds: set[str] | None = None
    for j, t in enumerate(ta):
        if j != i:
            g = _word_groups(t.text)
            if t.text.lower() in _customary_given_index():
                g = g | {"C"}  # Macau's VAI 偉, CHON 俊: Cantonese here only
            kinds = g if kinds is None else kinds & g
    if not kinds:
        return ""
    told = []
    for kind in sorted(kinds):
        table = _given_chars_by_kind()[kind]
        cx, cy = table.get(x, frozenset()), table.get(y, frozenset())
        if cx & cy:
            return ""
        if cx and cy:
            told.append(kind)
    if not told:
        return ""
    return msg(
        "name.distinct_given_kind",
        a=ta[i].text,
        b=tb[i].text,
        kind=" / ".join(_KIND_NAMES[k] for k in told),
    )


def _letter_added(x: str, y: str) -> bool:
    """One word the other with one letter more (CHIH / CHI, TRANG / TRAN)."""
    short, long_ = sorted((x, y), key=len)
    return len(long_) == len(short) + 1 and any(
        long_[:k] + long_[k + 1 :] == short for k in range(len(long_))
    )


def _mandarin_word(word: str) -> bool:
    """A word read as Mandarin syllables all through (SHU, LIJUAN)."""
    return any(all(chinese.mandarin_of(x) for x in seg) for seg in chinese.segmentations(word))


def _one_syllable_apart(x: str, y: str) -> tuple[str, str, tuple[str, ...]] | None:
    """The two syllables in which two words' readings differ, all others alike (LI-JUN /
    LI-JUAN: JUN, JUAN), with the first word's reading; None when no reading does so."""
    for sx in chinese.segmentations(x):
        for sy in chinese.segmentations(y):
            if len(sx) != len(sy):
                continue
            diff = [(p, q) for p, q in zip(sx, sy, strict=True) if p != q]
            if len(diff) == 1 and Levenshtein.distance(*diff[0]) == 1:
                return diff[0][0], diff[0][1], sx
    return None


# What the Chinese tables say when two Latin spellings can be one character (SUNG and
# SONG for 宋, CHONG and CHANG for 張 in Hakka): then they are not two Korean families.
_ONE_CHINESE_SYLLABLE = frozenset({"name.same_syllable", "name.dialect", "name.taiwan_variant",
                                   "name.aspiration"})  # fmt: skip


def distinct_korean_surnames(a: Name, b: Name) -> Message | str:
    """A reason when the first words of two Latin names are passport spellings of two
    different Korean surnames (JUNG 정 / JANG 장, SHIN 신 / SHIM 심, HAN 한 / AHN 안): the
    surname lists of `common_surnames` hold no Korean names, and these are 2-4 letters,
    under that rule's length. Spellings of one surname (LEE/YI/RHEE, CHOI/CHOE,
    JUNG/CHUNG) share a Hangul surname and stay one. Only when the rest of the names is
    spelt alike (JUNG MIN-HO / JANG MINHO), so that the two first words are the two
    surnames paired with each other (not YOU RUEI WANG / WANG, YOU RUI)."""
    if len(a.tokens) < 2 or len(b.tokens) < 2:
        return ""
    if "".join(t.text for t in a.tokens[1:]) != "".join(t.text for t in b.tokens[1:]):
        return ""
    x, y = a.tokens[0].text, b.tokens[0].text
    # Two 2-letter spellings (HO / KO, YU / YI) are too easily each other's slips; a
    # 2-letter one against a longer one is a consonant more (OH 오 / NOH 노, IM 임 / KIM 김).
    if x == y or min(len(x), len(y)) < 2 or max(len(x), len(y)) < 3:
        return ""
    families = korean.surname_families()
    fx, fy = families.get(x), families.get(y)
    if not fx or not fy or fx & fy:
        return ""
    why = _latin_latin(x.lower(), y.lower(), True)[1]
    if isinstance(why, Message) and why.code in _ONE_CHINESE_SYLLABLE:
        if _korean_given_only(a) and _korean_given_only(b):
            return msg("name.distinct_korean_surnames", a=x, b=y)
        return ""
    return msg("name.distinct_surnames", a=x, b=y, origin="Korean")


def _korean_given_only(n: Name) -> bool:
    """The name reads as a Korean name (`korean.hangul_readings`: a Korean surname
    spelling, the rest Sino-Korean blocks) and has a given word no Chinese system spells
    as syllables (HAEUN, EUN: not JI HO, SEUNGMIN, KA MAN): a Korean's surname is spelt
    from its Hangul (KANG 강, KONG 공, CHO 조, CHOO 주), never through a Chinese
    reading of a shared character (江 Hokkien KANG, Cantonese KONG) or syllable (CHO /
    CHOO, Wade-Giles and Gwoyeu Romatzyh of chuo)."""
    if not n.tokens[1:] or any(t.han for t in n.tokens[1:]):
        return False
    surname = n.tokens[0].text
    # Each given word on its own reads as Sino-Korean blocks (the joined reading split
    # EUGENE, IRENE and SEOW HUI into blocks across the words); a word a name list
    # gives to people of another country (JASON, EUGENE, IRENE: US census, faker;
    # KWEE, Hokkien 郭 in Indonesia: names-dataset ID) is that name, and a word the
    # Chinese tables spell (TAI, MAN, KA: Cantonese) says nothing Korean (review names8b).
    if any(
        (not t.syllables and _listed_given_word(t.text))
        or not korean.hangul_readings(f"{surname} {t.text}")
        for t in n.tokens[1:]
    ):
        return False
    return any(not t.syllables for t in n.tokens[1:])


def _listed_given_word(word: str) -> bool:
    """`word` is a given name of the census, faker or names-dataset lists (none Korean)."""
    return word in given_names() or bool(given_origin.sex(word))


_PASSPORT_SYSTEMS = frozenset({"Hanyu Pinyin", "Wade-Giles", "Tongyong Pinyin"})


def _hyphenated(n: Name) -> bool:
    """SURNAME GIVEN-GIVEN, as Taiwan and Hong Kong passports print a Chinese name; or
    from the MRZ, which writes that hyphen as a filler (CHIU<<YA<LING), and so as
    `Traveller.names()` gives it: CHIU, YA LING (mainland passports join HAIRONG)."""
    words = n.original.replace(",", " ").split()
    if len(words) == 2 and words[1].count("-") == 1:
        return True
    return n.surname_first and len(n.tokens) == 3 and "-" not in n.original


@cache
def _common_surname_chars() -> frozenset[str]:
    """The name list's common surname characters, as a set built once (the bridges
    below run for every pair of Chinese surnames compared)."""
    return frozenset(chinese.name_chars()[0])


def _surname_bridge(x: str, y: str) -> bool:
    """`x` and `y` spell one common surname character in two dialects (TAN, CHEN 陳)."""
    surnames = _common_surname_chars()
    for p, q in ((x, y), (y, x)):
        mq = chinese.mandarin_of(q)
        for other, dialect, ch, _own in chinese.cross_dialect(p):
            if ch in surnames and (other == q or (dialect == "Mandarin" and other in mq)):
                return True
    return False


def _own_reading_bridge(x: str, y: str) -> bool:
    """One of `x` and `y` is a Singapore, Malaysia or Hong Kong dialect spelling of a
    common surname character whose Mandarin reading is the other: TAN / CHEN (陳), WONG /
    HUANG (黃), GAN / YAN (顏), Fuzhou LING / LIN (林). One surname, whatever system the
    given name is spelt in: such a family often writes its given name in Pinyin (review
    names5, findings 1 and 3)."""
    surnames = _common_surname_chars()
    for p, q in ((x, y), (y, x)):
        for other, dialect, ch, own in chinese.cross_dialect(p):
            if dialect == "Mandarin" and own != "Mandarin" and other == q and ch in surnames:
                return True
    return False


# Surname spellings of Taiwan's own languages (Hokkien, Hakka, Matsu's Fuzhou) and its
# customary ones: a Taiwan passport may carry them beside a Wade-Giles given name (BOCA
# accepts a foreign name read in any of the national languages)
_TAIWAN_TONGUES = ("Hokkien", "Hakka", "Fuzhou", "Taiwan")


@cache
def _taiwan_tongue_index() -> dict[str, frozenset[str]]:
    """Spelling -> the common surname characters one of Taiwan's tongues reads so: the
    Hokkien table's passport forms (`chinese.hokkien_spellings`: 涂 TO, 毛 MO, 高 KO, 夏
    HA, 施 SI, 莊 CHONG, 簡 KAN) and the dialect table's Hokkien, Hakka, Fuzhou and
    Taiwan customary spellings."""
    out: dict[str, set[str]] = {}
    for ch in _common_surname_chars():
        own = [s for s, label in chinese.dialect_spellings(ch)
               if any(t in label for t in _TAIWAN_TONGUES)]  # fmt: skip
        for form in (*chinese.hokkien_spellings(ch), *own):
            out.setdefault(form.lower(), set()).add(ch)
    return {k: frozenset(v) for k, v in out.items()}


def _taiwan_tongue_bridge(x: str, y: str) -> bool:
    """`x` and `y` spell one common surname character as a Taiwanese may write it: one
    a reading in Hokkien, Hakka or Fuzhou and the other its Mandarin reading in any
    system or another such reading (KAO / KO 高, TU / TO 涂, CHEN / TAN 陳, LIN / LING 林;
    review names3 r3, findings 2 and 3)."""
    index = _taiwan_tongue_index()
    for p, q in ((x, y), (y, x)):
        chars = index.get(p, frozenset())
        if not chars:
            continue
        if chars & index.get(q, frozenset()):
            return True
        # the Mandarin reading in a system passports use: LIU is 呂 only in MPS II and GR
        mq = {py for py, s in chinese.mandarin_of(q).items() if s & _PASSPORT_SYSTEMS}
        if any(chinese.mandarin_readings(ch)[:1] and chinese.mandarin_readings(ch)[0] in mq
               for ch in chars):  # fmt: skip
            return True
    return False


def _wade_giles_only(word: str) -> bool:
    """A given syllable only Taiwan's Mandarin systems write: a Wade-Giles spelling that
    is no Hanyu Pinyin and no Cantonese one (HSUN, CHIEH, CHIEN; not CHUN, HUNG, MEI)."""
    w = word.lower()
    systems = set().union(*chinese.mandarin_of(w).values()) if chinese.mandarin_of(w) else set()
    return chinese.WADE in systems and chinese.HANYU not in systems and "C" not in _word_groups(w)


def _taiwan_wade_giles(a: Name, b: Name, given: list[str]) -> bool:
    """Both names printed as a Taiwan passport prints them (SURNAME GIVEN-GIVEN, or the
    MRZ's form of it), every given syllable a Wade-Giles spelling and one of them one
    that neither Pinyin nor Cantonese writes: a Taiwanese name, not a Hong Kong,
    Macau, Malaysian or mainland one."""
    if not (_hyphenated(a) and _hyphenated(b)):
        return False
    if not all(chinese.WADE in set().union(*chinese.mandarin_of(w.lower()).values() or [set()])
               for w in given):  # fmt: skip
        return False
    return any(_wade_giles_only(w) for w in given)


def _bridge_abroad(x: str, y: str) -> str:
    """The dialect (Cantonese, Macau) through which alone `x` and `y` spell one common
    surname character (LIU 廖 in Hong Kong / LIAO, CHAO 周 in Macau / CHOU); "" when none
    joins them or one of Taiwan's tongues does (Hokkien, Hakka, and Fuzhou, Matsu's
    language: LING / LIN 林)."""
    if _taiwan_tongue_bridge(x, y):
        return ""
    surnames = _common_surname_chars()
    found = ""
    for p, q in ((x, y), (y, x)):
        mq = chinese.mandarin_of(q)
        for other, dialect, ch, own in chinese.cross_dialect(p):
            if ch in surnames and (other == q or (dialect == "Mandarin" and other in mq)):
                labels = f"{dialect} {own}"
                if any(t in labels for t in _TAIWAN_TONGUES):
                    return ""
                found = found or (own if dialect == "Mandarin" else dialect)
    return found


# pypinyin lists 曾 CENG first; as a surname it is read ZENG (its other first readings
# are the surnames': 朱 ZHU, not its rare SHU; 陸 LU, not LIU)
_SURNAME_PINYIN = {"曾": "zeng"}


@cache
def _pinyin_surname_index() -> dict[str, frozenset[str]]:
    """Hanyu Pinyin or Wade-Giles spelling -> the common surname characters whose surname
    reading it spells (曾 ZENG / TSENG, 鄭 ZHENG / CHENG)."""
    out: dict[str, set[str]] = {}
    for ch in _surname_chars_all():
        py = _SURNAME_PINYIN.get(ch) or next(iter(chinese.mandarin_readings(ch)), "")
        for form, system in chinese.mandarin_spellings(py).items() if py else ():
            if system in (chinese.HANYU, chinese.WADE):
                out.setdefault(form, set()).add(ch)
    return {k: frozenset(v) for k, v in out.items()}


def _spelt_by(chars: frozenset[str], skip: tuple[str, ...] = ()) -> dict[str, frozenset[str]]:
    """Spelling -> the characters of `chars` that any table the project ships spells so
    (`chinese.romanisations`: every Mandarin system and reading, Taiwan's customary
    forms, Gwoyeu Romatzyh, Hong Kong Cantonese and its customary and Macau spellings,
    Hokkien, Teochew, Hakka, Hainanese, Fuzhou), but for the systems in `skip`."""
    out: dict[str, set[str]] = {}
    for ch in chars:
        for form, system in chinese.romanisations(ch).items():
            if system not in skip:
                out.setdefault(form.lower(), set()).add(ch)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _surname_spelling_index() -> dict[str, frozenset[str]]:
    """Spelling -> the common surname characters any table spells so."""
    return _spelt_by(_surname_chars_all())


@cache
def _surname_by_reading() -> dict[str, frozenset[str]]:
    """Hanyu syllable -> the common surname characters whose surname reading it is."""
    out: dict[str, set[str]] = {}
    for ch in _surname_chars_all():
        py = _SURNAME_PINYIN.get(ch) or next(iter(chinese.mandarin_readings(ch)), "")
        if py:
            out.setdefault(py, set()).add(ch)
    return {k: frozenset(v) for k, v in out.items()}


def _given_systems(given: list[str]) -> frozenset[str]:
    """The Mandarin passport systems (not Gwoyeu Romatzyh, which no passport writes a
    given name in) that spell every syllable of `given`."""
    systems = frozenset(chinese.MANDARIN_SYSTEMS)
    for word in given:
        readings = chinese.mandarin_of(word.lower())
        systems &= frozenset().union(*readings.values()) if readings else frozenset()
    return systems


def one_mandarin_surname(x: str, y: str, given: list[str]) -> str:
    """A common surname character whose surname reading one Mandarin table spells `x` and
    another `y` (周 CHOU Wade-Giles / JOU MPS II / JHOU Tongyong / ZHOU Pinyin, 詹 CHAN /
    JAN), each name written wholly in a system that spells its surname so and the given
    syllables `given` both names share: one surname, never two; else ''. LU / LIU
    CHIA-HUI stays two (LIU is 呂 in MPS II, which writes 家 JIA, not CHIA)."""
    mx, my = chinese.mandarin_of(x), chinese.mandarin_of(y)
    systems = _given_systems(given)
    for py in sorted(set(mx) & set(my)):
        chars = _surname_by_reading().get(py)
        if chars and mx[py] & systems and my[py] & systems:
            return next((ch for ch in _surname_order() if ch in chars), "")
    return ""


_RETROFLEX_H = re.compile(r"(?<=[zcs])h")
_PINYIN_VOWELS = re.compile(r"[aeiouü]")


def distinct_pinyin_surname_chars(x: str, y: str) -> Message | str:
    """A reason when lower-case surnames `x` and `y` of two otherwise equal Pinyin names
    are the Pinyin or Wade-Giles spellings of different common surname characters, one or
    two edits apart in their vowels or a retroflex's H (DING 丁 / DENG 鄧, ZHOU 周 / ZOU
    鄒, XIE 謝 / XUE 薛, ZHENG 鄭 / ZENG 曾): two families, as issue 12 (Build 3) scores
    two common Western surnames so close. Never when any table spells one surname
    character both ways (one surname, however spelt) or a dialect bridge joins them; a
    spelling no common surname has (DIGN, XEI, ZHOGN) stays a possible slip."""
    cx, cy = _pinyin_surname_index().get(x), _pinyin_surname_index().get(y)
    if not cx or not cy or not 1 <= OSA.distance(x, y) <= 2:
        return ""
    if _PINYIN_VOWELS.sub("", _RETROFLEX_H.sub("", x)) != _PINYIN_VOWELS.sub(
        "", _RETROFLEX_H.sub("", y)
    ):
        return ""  # another consonant: the other rules' (-n / -ng: `finals` above)
    spelt = _surname_spelling_index()
    if spelt.get(x, frozenset()) & spelt.get(y, frozenset()):
        # one character spelt both ways by some table (丁 DING, ZHENG). Over the common
        # surnames only: the 百家姓's other readings would free 9 of the rule's 148 caps
        # (祝 zhòu joins 周 ZHOU / 朱 ZHU, 和 HE / HU), their surname readings none
        # (review names7, F5)
        return ""
    if set(chinese.mandarin_of(x)) & set(chinese.mandarin_of(y)):
        return ""  # one syllable in two systems
    if _surname_bridge(x, y) or _taiwan_tongue_bridge(x, y):
        return ""
    order = _surname_order()
    first = ([ch for ch in order if ch in cx][:2], [ch for ch in order if ch in cy][:2])
    return msg(
        "name.distinct_pinyin_chars", a=x.upper(), ca="/".join(first[0]),
        b=y.upper(), cb="/".join(first[1]),
    )  # fmt: skip


def _given_reads_korean(surname: str, given: list[str]) -> bool:
    """Every given word reads, after the surname, as Sino-Korean blocks (MIN HO, MINHO):
    a Korean surname's two spellings (JUNG / CHUNG 정, LI / NI 리) are one family only in
    a name that can be Korean; a Taiwan name in Wade-Giles (CHENG-SUNG: Korean spells no
    CHENG) does not take a Korean reading (issue 12, names-prec11b)."""
    return all(korean.hangul_readings(f"{surname} {w}") for w in given)


def _one_surname_char(x: str, y: str) -> bool:
    """A common surname character that some table spells both ways (江 GONG / KONG in
    Cantonese, 鍾 CHONG / JUNG, 胡 Hokkien HO / HU): one family whatever the given name."""
    pair = {x.upper(), y.upper()}
    return any(pair <= _char_spellings(ch) for ch in chinese.name_chars()[0])


def distinct_chinese_surnames(a: Name, b: Name) -> Message | str:
    """A reason when two Latin names with the same given names, spelt alike in Mandarin
    (CHIH-WEI, KUO-HUA), differ in surnames that no romanisation of those given names
    spells as one Mandarin syllable: KAO / KUO (高, 郭), CHENG / CHEN, CHIU / CHOU YA-LING,
    LU / LIU (LIU is 呂 only in MPS II and GR, which write 家輝 JIA-HUEI, not CHIA-HUI).
    A Taiwanese name's surname read in one of Taiwan's tongues stays one (KAO / KO
    CHIH-WEI, Hokkien 高: `_taiwan_tongue_bridge`).
    One surname in two systems stays one (HSU / XU CHIH-WEI, CHANG / ZHANG WEI).
    A surname that a dialect bridge reads (KO as the Cantonese of 高, CHENG as a Hokkien
    of 禎) does not join two Mandarin-spelt names, unless the other surname is that
    character's Mandarin reading (TAN / CHEN ZHI-HAO, both 陳; Fuzhou LING / LIN).
    Spellings that are no Mandarin syllable (LEE, TAN, KOH, WONG) and slips (CHEM) are
    left to the other rules."""
    if len(a.tokens) < 2 or len(b.tokens) < 2:
        return ""
    given = [t.text for t in a.tokens[1:]]
    if given != [t.text for t in b.tokens[1:]]:
        return ""
    x, y = a.tokens[0].text.lower(), b.tokens[0].text.lower()
    if x == y or one_mandarin_surname(x, y, given):
        # CHOU (Wade-Giles) / JOU (MPS II) PING-LAN, CHAN / JAN: one character in two
        # systems, each name whole in its own (held-out part 15: both were capped)
        return ""
    # readings in the systems passports use (Pinyin, Wade-Giles, Tongyong); LEE, LAU
    # and LAW are GR or MPS II spellings only, and customary ones: not judged here
    mx = {py: s for py, s in chinese.mandarin_of(x).items() if s & _PASSPORT_SYSTEMS}
    my = {py: s for py, s in chinese.mandarin_of(y).items() if s & _PASSPORT_SYSTEMS}
    if not mx or not my:
        return ""
    # -n / -ng surnames of two wholly Pinyin names (CHEN 陳 / CHENG 程 ZHIHUA, joined
    # given names included): Pinyin keeps them apart, as `distinct_pinyin_finals` does,
    # when the names are demonstrably mainland Pinyin (a syllable only Pinyin writes): an
    # MRZ name has no hyphen, and TAN, LIN, MIN are southern spellings too (review names4)
    finals = (
        x.rstrip("g") == y.rstrip("g")
        and _pinyin_name(a)
        and _pinyin_name(b)
        and (
            _mainland_pinyin(a, False)
            or _mainland_pinyin(b, False)
            # a given name of syllables written as one word (MEILING): the mainland's form
            or (len(given) == 1 and not chinese.mandarin_of(given[0].lower()))
        )
    )
    # a Taiwanese name wholly in Wade-Giles (CHIEN-HSUN) does not borrow a Hong Kong
    # or Macau reading of its surname: LIU / LIAO (廖 in Cantonese) are two families
    taiwanese = _taiwan_wade_giles(a, b, given)
    if taiwanese and _taiwan_tongue_bridge(x, y):
        # a Taiwanese name may carry its surname's Hokkien, Hakka or Matsu reading (KAO /
        # KO 高, CHUANG / CHONG 莊): one surname whatever else the spellings stand for
        return ""
    abroad = _bridge_abroad(x, y) if taiwanese else ""
    if abroad and set(chinese.mandarin_of(x)) & set(chinese.mandarin_of(y)):
        return ""  # JENG / ZHENG 鄭: one character in two Mandarin systems (MPS II, Pinyin)
    bridged = _own_reading_bridge(x, y)
    if bridged and not abroad:
        return ""  # TAN / CHEN, LING / LIN ZHI-HAO: one character's dialect and Mandarin
    if (
        not finals
        and any(not chinese.mandarin_of(w.lower()) for w in given)
        and _pinyin_name(a)
        and _pinyin_name(b)
        and not korean.surname_families().get(x.upper(), frozenset())
        & korean.surname_families().get(y.upper(), frozenset())
    ):
        # a given name of Pinyin syllables written as one word (DING / DENG HAIRONG),
        # the mainland's passport form, which the loop below does not read
        return distinct_pinyin_surname_chars(x, y)
    systems: set[str] | None = {chinese.HANYU} if finals else None
    for word in given if not finals else ():
        readings = chinese.mandarin_of(word.lower())
        spelt = set().union(*readings.values()) if readings else set()
        systems = spelt if systems is None else systems & spelt
        if not systems:
            return ""
    assert systems is not None
    families = korean.surname_families()
    if families.get(x.upper(), frozenset()) & families.get(y.upper(), frozenset()) and (
        _given_reads_korean(x, given) or _one_surname_char(x, y)
    ):
        return ""  # JUNG / CHUNG MIN-HO: one Korean surname, 정
    if "Hanyu Pinyin" in systems and not (_hyphenated(a) and _hyphenated(b)) and not finals:
        # DING / DENG HAI RONG (丁, 鄧): two common surnames a vowel or a zh/z apart are
        # two families (issue 12, Build 3); a spelling no common surname has (DIGN, XEI)
        # stays a possible slip, and so does one that a table spells as one character
        return distinct_pinyin_surname_chars(x, y)
    if set(mx) & set(my):
        return ""  # CHANG / ZHANG WEI, XU / SYU CHIA-HUI: one surname, two systems
    # a given name written as one word of syllables (MEILING) is the mainland's passport
    # form; Singapore, Malaysia and Hong Kong write them apart (MEI LING, MEI-LING)
    joined = finals and len(given) == 1 and not chinese.mandarin_of(given[0].lower())
    if "Hanyu Pinyin" in systems and _surname_bridge(x, y) and not joined and not abroad:
        # given names that Pinyin spells too (WEI MING): a Singapore or Hong Kong
        # surname spelling with them is usual (TAN / CHEN WEI MING, both 陳); after
        # Taiwan's Wade-Giles (CHIH-WEI) a Cantonese KO for 高 is not (KAO); nor are
        # HK GONG and Hokkien KANG (both 江) for 龔 and 康 when no given syllable is spelt
        # in a dialect (SHU-HUA, ZHIHUA: 淑華 is SUK-WAH in Hong Kong, not SHU-HUA); a
        # dialect spelling against its own character's Mandarin was let through above.
        # Given names spelt in Mandarin only do not make two dialect spellings of one
        # character two families either: Taiwan's TSAI with a Pinyin ZHI HAO is Hokkien
        # CHUA's 蔡, Hokkien TAN and Cantonese CHAN both 陳 (review names6, finding 2)
        return ""
    if finals:
        return msg("name.distinct_pinyin_surnames", a=x.upper(), b=y.upper())
    if abroad and (bridged or ("Hanyu Pinyin" in systems and _surname_bridge(x, y))):
        # the cap is this rule's: a reading abroad joined the two, a Taiwanese name does not
        return msg(
            "name.distinct_surnames_abroad", a=x.upper(), b=y.upper(),
            given="-".join(given), dialect=abroad,
        )  # fmt: skip
    return msg("name.distinct_surnames", a=x.upper(), b=y.upper(), origin="Chinese")


# Hong Kong and Macau family names the two lists above lack (Hong Kong's top surnames as
# counted from 400,000 telephone-directory names, International Bank of Asia survey, SCMP
# 1995-02-09; MAN and LIU "most common in the New Territories"): MOK 莫, KWAN 關, KWONG
# 鄺, AU 區, FOK 霍, MAN 文. Without them MAK 麥 / MOK and KWOK 郭 / KWAN stay possible
# slips: a spelling no table gives a surname is judged as a keying slip (issue 12,
# the twelfth part). Read by the surname rules only (`surname_chars`), never the keys.
_HK_MACAU_SURNAMES = frozenset("莫關鄺區霍文")


@cache
def _surname_chars_all() -> frozenset[str]:
    """Common Chinese surname characters: the name list's, the dialect table's and Hong
    Kong's and Macau's the list lacks (`_HK_MACAU_SURNAMES`)."""
    return _common_surname_chars() | chinese._dialect_surname_chars() | _HK_MACAU_SURNAMES


@cache
def baijiaxing() -> frozenset[str]:
    """The 百家姓's single-character surnames (`data/baijiaxing.txt`): a wider list than
    the common one, for the guards that ask whether a table spells one surname both ways."""
    text = (DATA / "baijiaxing.txt").read_text(encoding="utf-8")
    return frozenset("".join(ln for ln in text.splitlines() if not ln.startswith("#")))


@cache
def _wide_spelling_index() -> dict[str, frozenset[str]]:
    """Spelling -> the 百家姓 and common surname characters a table spells so
    (`chinese.romanisations`), but for Gwoyeu Romatzyh's and MPS II's: their tonal and
    -AU spellings (勞 LAU, LAW) would join LAU 劉 and LAW 羅, two Hong Kong families."""
    return _spelt_by(baijiaxing() | _surname_chars_all(), (chinese.GWOYEU, chinese.MPS2))


@cache
def _surname_char_index() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(Hong Kong Cantonese or Gwoyeu Romatzyh spelling -> surname characters, Pinyin
    syllable -> surname characters read so first)."""
    spelt: dict[str, set[str]] = {}
    pinyin: dict[str, set[str]] = {}
    for ch in _surname_chars_all():
        for r in (*chinese.cantonese_readings(ch), *chinese.gwoyeu_readings(ch)):
            spelt.setdefault(r, set()).add(ch)
        readings = chinese.mandarin_readings(ch)
        # the Hong Kong additions by every reading: 區's surname is its second, OU, and
        # 關's WAN must not part it from its Cantonese GWAAN
        for r in readings if ch in _HK_MACAU_SURNAMES else readings[:1]:
            pinyin.setdefault(r, set()).add(ch)
    freeze = lambda d: {k: frozenset(v) for k, v in d.items()}  # noqa: E731
    return freeze(spelt), freeze(pinyin)


@lru_cache(maxsize=4096)
def surname_chars(spelling: str) -> frozenset[str]:
    """The common surname characters a Latin spelling stands for in any table: Hong Kong
    Cantonese, Gwoyeu Romatzyh (its tonal spelling: LAU 勞 but not LAW), the dialect
    spellings (Hokkien, Teochew, Hakka, Hainanese, Macau, Taiwan customary) and the
    Mandarin systems (Pinyin, Wade-Giles, Tongyong, MPS II)."""
    s = spelling.lower()
    chars = _surname_chars_all()
    spelt, by_pinyin = _surname_char_index()
    out = {ch for ch, _ in chinese.dialect_chars(s) if ch in chars} | spelt.get(s, frozenset())
    for py, systems in chinese.mandarin_of(s).items():
        if systems - {chinese.GWOYEU}:
            out |= by_pinyin.get(py, frozenset())
    return frozenset(out)


@cache
def _cantonese_surname_index() -> dict[str, frozenset[str]]:
    """Hong Kong Cantonese spelling -> the common surname characters read so: the
    government table's and the customary Hong Kong and Macau ones (LO 羅, FONG 馮, CHENG
    程, HONG 熊), without which one surname's two spellings would share no character
    (review names3 r3, finding 1)."""
    out: dict[str, set[str]] = {}
    for ch in _surname_chars_all():
        customary = (s for s, label in chinese.customary_cantonese(ch) if "Taiwan" not in label)
        for r in (*chinese.cantonese_readings(ch), *customary):
            out.setdefault(r.lower(), set()).add(ch)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=4096)
def _surname_chars_unmandarin(spelling: str) -> frozenset[str]:
    """`surname_chars` without the Mandarin systems and Taiwan's customary spellings:
    the characters a Cantonese, Macau or southern dialect spelling stands for."""
    s = spelling.lower()
    chars = _surname_chars_all()
    out = {ch for ch, label in chinese.dialect_chars(s) if ch in chars and "Taiwan" not in label}
    return frozenset(out | _cantonese_surname_index().get(s, frozenset()))


def _cantonese_given(rest: list[str]) -> bool:
    """Every given syllable a common given-name character's Cantonese spelling, one of
    them no common given-name character's in Mandarin (KA, WAI, KEUNG): a Hong Kong name,
    not a Taiwanese or mainland one."""
    kinds = _given_chars_by_kind()
    sylls = [w.lower() for w in rest]
    return all(x in kinds["C"] for x in sylls) and any(x not in kinds["M"] for x in sylls)


def _hk_surname_slip(x: str, y: str) -> bool:
    """Whether two Hong Kong surname spellings are one keying step apart: a letter
    dropped, added or swapped with its neighbour, or struck for a key next to it (LIU /
    LUI, YAU / YU, TAM / TAN). A vowel replaced by a far one is no slip but the other
    family's spelling in the Hong Kong government's table: 劉 LAU / 廖 LIU, 邱 YAU / 姚
    YIU, two families (issue 12, names-prec8a)."""
    return _keying_slip(x.upper(), y.upper())


def _shared_kinds(
    x: str, y: str, rest: list[str], groups: Callable[[str, bool], set[str]]
) -> set[str]:
    """The kinds of spelling (C Cantonese, S southern) the given names are spelt in and
    both surnames `x`, `y` are spelt in too; empty when none (a Mandarin-spelt name is
    `distinct_chinese_surnames`'s: DING / DENG HAI RONG)."""
    given: set[str] | None = None
    for w in rest:
        g = groups(w, True)
        given = g if given is None else given & g
    if not given and all(groups(w, True) - {"M"} for w in rest):
        # Singapore and Malaysia mix them: CHEE (Hokkien) KEONG (Cantonese), each
        # syllable a dialect's and so a southern Chinese name
        given = set().union(*(groups(w, True) for w in rest))
    given = (given or set()) - {"M"}
    if not given or not groups(x, False) & given or not groups(y, False) & given:
        return set()
    return given


def _plain_groups(word: str, given: bool = False) -> set[str]:
    return set(_word_groups(word))


def _macau_groups(word: str, given: bool = False) -> set[str]:
    """`_word_groups`, with a Hong Kong or Macau customary spelling counted Cantonese:
    a surname only the customary table spells (鄭 CHEANG, 呂 LOI, by the Macau
    government's romanisation: -eng as -EANG, as 石 sek6 in SEAC PAI VAN), a given
    syllable of Macau's (CHON 俊, VAI 偉). Here only, for the surname rule, as
    `distinct_given_in_kind` reads them: in `_syllable_groups` they lifted Taiwan's
    surname caps (review names7)."""
    g = set(_word_groups(word))
    w = word.lower()
    customary = w in _customary_given_index() if given else bool(_cantonese_surname_index().get(w))
    if customary:
        g.add("C")
    return g


def distinct_surname_chars(a: Name, b: Name) -> Message | str:
    """A reason when two Latin names with the same given names, read as Chinese syllables,
    differ in surnames that each stand for common surname characters in the tables and
    never for one character (LAU 劉 / LAW 羅, CHAN 陳 / CHEUNG 張, ONG 王 / ANG 洪):
    two families, where the syllable rules join LAU and LAW as two tones of one Gwoyeu
    Romatzyh syllable and a keying slip's distance alone. One surname's spellings share a
    character by construction (TAN / CHEN 陳, NG / GOH 吳, WONG / ONG 黃); a Korean surname
    spelt two ways (GOH / KOH 고) stays one; a spelling the tables do not give a common
    surname (KWONG, MOK) stays a possible slip."""
    if len(a.tokens) < 2 or len(a.tokens) != len(b.tokens):
        return ""
    rest = [t.text for t in a.tokens[1:]]
    if rest != [t.text for t in b.tokens[1:]]:
        return ""
    x, y = a.tokens[0].text, b.tokens[0].text
    if x == y or not x.isalpha() or not y.isalpha():
        return ""
    # the given names' spelling (Cantonese, a southern dialect) is one that spells both
    # surnames: a keying slip of a Tongyong name's SIA (夏) does not make a
    # Hong Kong SIU (蕭)
    given = _shared_kinds(x, y, rest, _plain_groups)
    macau = not given
    if macau:
        # Macau's customary spellings (鄭 CHEANG, 呂 LOI; CHON 俊, VAI 偉), Cantonese here;
        # a look-alike stays a misread (IEONG / LEONG SOK I) and a keying step a possible
        # slip (IP / IO, TSUI / TSI: a slip that lands on a customary spelling)
        given = _shared_kinds(x, y, rest, _macau_groups)
        if not given or (len(x) == len(y) and _misread(x, y)) or _hk_surname_slip(x, y):
            return ""
    families = korean.surname_families()
    blocks = korean.name_block_spellings()
    if families.get(x, frozenset()) & families.get(y, frozenset()) and (
        min(len(x), len(y)) < 3 or all(w.lower() in blocks for w in rest)
    ):
        # GOH / KOH MIN-HO: one Korean surname, 고; not with a given name no Korean
        # spelling writes (CHEE KEONG: 吳 GOH and 許 KOH, two Singapore families); a
        # 2-letter spelling (EE, LEE's slip) stays a possible slip
        return ""
    # a Macau surname only the customary table spells (鄭 CHEANG, 呂 LOI) stands for its
    # characters there
    cx, cy = surname_chars(x), surname_chars(y)
    if macau:  # every character any table spells so: 周 CHAU / TSAU (曹 in MPS II) one
        cx, cy = cx | _surname_chars_unmandarin(x), cy | _surname_chars_unmandarin(y)
    key = "name.distinct_surname_chars"
    if cx & cy and _cantonese_given(rest) and not macau:
        key = "name.distinct_surname_chars_hk"
        # a Hong Kong name, its given name Cantonese all through (KA-MAN, WAI KEUNG), does
        # not borrow a Mandarin reading of its surname: TAM 譚 / TAN (譚 in Pinyin, 陳 in
        # Hokkien) are two families there; Hong Kong's and Macau's customary spellings
        # are its own (FUNG / FONG 馮, LAW / LO 羅)
        cx, cy = _surname_chars_unmandarin(x), _surname_chars_unmandarin(y)
        if _hk_surname_slip(x, y) and not cx & cy:
            # one keying step (LIU / LUI, YAU / YU), which the full tables join: left to
            # the slip path, as `distinct_thai` leaves it (review names3 r3, finding 5)
            return ""
    if not cx or not cy or cx & cy:
        return ""
    wide = _wide_spelling_index()
    if (cx <= _HK_MACAU_SURNAMES or cy <= _HK_MACAU_SURNAMES) and wide.get(
        x.lower(), frozenset()
    ) & wide.get(y.lower(), frozenset()):
        # a spelling a surname only through the Hong Kong additions (KWAN 關, KUI, BUN),
        # and a 百家姓 surname the tables spell both ways (官 / 管 KOON, KWAN; 隗 GUI,
        # KUI): one family may write either (review names7, F1). Not for two spellings
        # the lists' own surnames give (GOH 吳 / KOH 許, which 戈 joins too)
        return ""
    first = (
        [ch for ch in _surname_order() if ch in cx][:2],
        [ch for ch in _surname_order() if ch in cy][:2],
    )
    return msg(
        key,
        a=x,
        ca="/".join(first[0]),
        b=y,
        cb="/".join(first[1]),
        given=("-" if "-" in a.original else " ").join(rest),
    )


_SOUTHERN = ("Hokkien", "Teochew", "Hakka", "Hainanese", "Fuzhou", "Taiwan")


@lru_cache(maxsize=16384)
def _syllable_groups(x: str) -> frozenset[str]:
    """Which kinds of spelling write syllable `x`: M Mandarin (any system), C Cantonese
    (Hong Kong, Macau), S a southern dialect (Hokkien, Teochew, Hakka...)."""
    out = {"M"} if chinese.mandarin_of(x) else set()
    labels = " ".join(label for _, label in chinese.dialect_chars(x))
    if chinese.is_cantonese(x) or "Cantonese" in labels or "Macau" in labels:
        out.add("C")
    if any(d in labels for d in _SOUTHERN):
        out.add("S")
    return frozenset(out)


@cache
def _customary_given_index() -> dict[str, frozenset[str]]:
    """Hong Kong customary and Macau spelling -> the common given-name characters it
    spells (`chinese.customary_cantonese`), with Macau's -ENG for every Cantonese -ING
    (明 MENG, 永 VENG: the generator left out a spelling another table held already, so
    明's MENG is there only as Teochew). Macau's VAI 偉, VA 華, CHON 俊 are Cantonese."""
    out: dict[str, set[str]] = {}
    for ch in chinese.name_chars()[1]:
        forms = {f for f, label in chinese.customary_cantonese(ch) if "Taiwan" not in label}
        forms |= {r[:-3] + "eng" for r in chinese.cantonese_readings(ch) if r.endswith("ing")}
        for form in forms:
            out.setdefault(form.lower(), set()).add(ch)
    return {k: frozenset(v) for k, v in out.items()}


def _word_groups(word: str) -> set[str]:
    w = word.lower()
    own = _syllable_groups(w)
    if own:
        return set(own)
    segs = chinese.segmentations(w)
    if not segs:
        return set()
    out = set(_syllable_groups(segs[0][0]))
    for x in segs[0][1:]:
        out &= _syllable_groups(x)
    return out


@cache
def _surname_order() -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(
            [
                *chinese.name_chars()[0],
                *sorted(chinese._dialect_surname_chars()),
                *sorted(_HK_MACAU_SURNAMES),
            ]
        )
    )


@lru_cache(maxsize=65536)
def _latin_words(latin: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The words of a Latin name as `parse` normalises them (diacritics and macrons
    dropped: Phạm Văn Đồng PHAM VAN DONG, Shinzō SHINZO), in the order written."""
    words = tuple(t.text for t in parse(latin).tokens if not t.han and t.text)
    return words, frozenset(w[0] for w in words)


def _japanese(han: Name, latin: str, best: NameMatch) -> NameMatch:
    """The name in characters read in Japanese (安倍晉三 ABE SHINZO), one more candidate
    romanisation of it, scored like the others; kept when it scores higher."""
    return _read_as(han, latin, best, japanese.readings(han.original), "name.japanese")


def _japanese_names(han: Name, latin: str, best: NameMatch) -> NameMatch:
    """A name in kanji read kanji by kanji by Japanese name readings (nanori, on, kun:
    阿部詩 ABE UTA, 八村塁 HACHIMURA RUI, 石川佳純 ISHIKAWA KASUMI), where pykakasi's word
    readings fail (詩 SHI). The Latin words in their order or the surname last (RUI
    HACHIMURA). Every kanji read: NAME_READING_SCORE; some: that share of it, which
    is no hit but says which part was read (久保 KUBO) instead of nothing."""
    words = _latin_words(latin)[0]
    kanji = japanese.expand_iteration("".join(han.original.split()))  # 佐々木 as 佐佐木
    if len(words) < 2 or not all(chinese.is_han(ch) for ch in kanji):
        return best  # kana or Latin letters mixed in: not a name in kanji only
    found = max(
        japanese.name_reading(kanji, words),
        japanese.name_reading(kanji, (words[-1], *words[:-1])),
    )
    read, parts = found
    if not read:
        return best
    score = round(japanese.NAME_READING_SCORE * read / len(kanji), 4)
    if score <= best.score:
        return best
    reasons = tuple(
        msg("name.japanese_name", a=group, b=word) if ok else msg("name.different", a=group, b=word)
        for group, word, ok in parts
    )
    return NameMatch(score, reasons, "syllables")


def _vietnamese(han: Name, latin: str, best: NameMatch) -> NameMatch:
    """A Vietnamese name in chữ Hán read as Vietnamese passports spell it (武元甲 VO NGUYEN
    GIAP, 范文同 PHAM VAN DONG); kept when it scores higher."""
    # Word for word only: a reading's given name one letter from another (陳美玲 TRAN MY
    # LINH / TRAN MY LAN) is another name, as Vietnamese given names one letter apart are.
    readings = vietnamese.readings(han.han_text)
    m = _read_as(han, latin, best, readings, "name.vietnamese", exact=True)
    if m is best or m.score <= VIETNAMESE_READING_MAX:
        return m
    # A Chinese name read as Vietnamese: 陳文清 is TRAN VAN THANH, and also a Chinese
    # traveller's name that a Vietnamese namesake shares: at most 0.90, so that two
    # nationalities (-0.20) fall below the threshold while a Vietnamese or unknown one
    # stays a hit (compare_names does not see nationalities).
    if best.score >= VIETNAMESE_READING_MAX:
        return best
    return NameMatch(VIETNAMESE_READING_MAX, m.reasons, m.mode, m.uncapped)


def _read_as(
    han: Name,
    latin: str,
    best: NameMatch,
    readings: tuple[str, ...],
    code: str,
    exact: bool = False,
) -> NameMatch:
    if not readings:
        return best
    words, initials = _latin_words(latin)
    for reading in readings:
        # Most candidates of a name in characters are Chinese spellings that share no
        # word with its Japanese reading: every word of the reading must start like a
        # word of the other name and be close to it (the full comparison of every such
        # pair made a name in characters against Latin candidates six times slower).
        rwords = reading.split()
        if not all(r[0] in initials for r in rwords) or not all(
            max(OSA.normalized_similarity(r, w) for w in words) >= 0.5 for r in rwords
        ):
            continue
        m = compare_names(reading, latin)
        if exact and not all(isinstance(r, Message) and r.code == "name.equal" for r in m.reasons):
            continue
        if m.score > best.score:
            note = msg(code, a=han.han_text, b=reading)
            best = NameMatch(m.score, (note, *m.reasons), m.mode, m.uncapped)
    return best


KOREAN_SPELLING_SCORE = 0.9  # a block spelt in two systems, like a dialect spelling
VIETNAMESE_READING_MAX = 0.90  # characters read as a Vietnamese name (`_vietnamese`)
BRIDGE_SCORE = 0.85  # a dialect syllable and a Pinyin one that some common character reads


def _by_score(m: NameMatch) -> float:
    return m.score


def _dialect_pinyin(d: Name, p: Name, best: NameMatch) -> NameMatch:
    """A Cantonese, Macau or Southern Min name against the same name in Hanyu Pinyin,
    with no characters on either side (HUNG KAM-PO / HONG JINBAO, CHAN MENG KAM / CHEN
    MINGJIN, LIM SWEE SAY / LIN RUISHENG): syllable by syllable in order, each pair
    related as the tables relate two spellings (HUNG / HONG, CHAN / CHEN) or bridged by
    a common character that the dialect spells so and Pinyin spells so (KAM, JIN: 金;
    `chinese.bridge_char`), scored BRIDGE_SCORE and named ("possibly via 金"). Only when
    `p` is all Hanyu Pinyin with no hyphen, `d` has a syllable no Mandarin system spells
    (KAM, IOK, SWEE) or a surname that is a dialect's spelling of `p`'s (HUI, XU: 許),
    and the surnames relate (KWAN / GUAN in aspiration too): two names in one system keep
    their own rules (LAU CHI-KEUNG / LAU CHI-KONG are two names)."""
    if not (d.chinese_like and p.chinese_like) or len(d.tokens) < 2 or len(p.tokens) < 2:
        return best
    if "-" in p.original:
        return best  # a hyphenated given name is Taiwan's or Hong Kong's style, not Pinyin
    # the surnames first, from the words (most candidates end here, before any split)
    s0, why0 = _latin_latin(d.tokens[0].text.lower(), p.tokens[0].text.lower(), True)
    aspiration = isinstance(why0, Message) and why0.code == "name.aspiration"
    if s0 < 0.9 and not aspiration:
        return best
    up = _readings(p, False, 0)
    if not up:
        return best
    units_p, notes_p = up[0]
    # the dialect side split as many ways as give the Pinyin side's count: its first
    # split may cut a dialect syllable no Mandarin writes (CHOON read CHO-ON against
    # WANG CHUNFU, sixteenth part), while the count the Pinyin side has reads it whole
    ud = _readings(d, False, len(units_p))
    ud = [c for c in ud if len(c[0]) == len(units_p)] or ud
    if not ud:
        return best
    units_d, notes_d = ud[0]
    if len(units_d) != len(units_p) or len(units_d) < 2:
        return best
    sd = [u for _, u in units_d]
    sp = [u.lower() for _, u in units_p]
    if not all(chinese.HANYU in set().union(*chinese.mandarin_of(x).values() or [set()])
               for x in sp):  # fmt: skip
        return best
    if sd[0].lower() != d.tokens[0].text.lower() or sp[0] != p.tokens[0].text.lower():
        return best  # a surname word read as two syllables: not this comparison's case
    dialect_surname = isinstance(why0, Message) and why0.code == "name.dialect"
    if all(chinese.mandarin_of(x) for x in sd) and not dialect_surname:
        return best  # nothing says `d` is not Mandarin too (HUI CHING-YU: HUI is 許's)
    total = 0.0
    reasons: list[Message | str] = [*notes_d, *notes_p]
    for i, (x, y) in enumerate(zip(sd, sp, strict=True)):
        s, why = (s0, why0) if i == 0 else _latin_latin(x.lower(), y)
        if s >= 0.9 or (i == 0 and aspiration):
            total += s
            reasons.append(why)
            continue
        ch = chinese.bridge_char(x, y, given=True)
        if not ch:
            return best
        total += BRIDGE_SCORE
        reasons.append(msg("name.bridge", a=x.upper(), b=y.upper(), ch=ch))
    score = round(total / len(sd), 4)
    return NameMatch(score, tuple(reasons), "syllables") if score > best.score else best


def _cuts(name: Name) -> frozenset[int]:
    """Where the given name's words end, in the given name with its spaces removed."""
    out, at = set(), 0
    for t in name.tokens[1:]:
        at += len(t.text)
        out.add(at)
    return frozenset(out)


def _korean_system(spelling: str, block: str, surname: bool = False) -> Message | str:
    """The romanisation a Latin spelling of one Hangul block (or surname) is written in."""
    forms = korean.surname_spellings(block) if surname else korean.syllable_spellings(block)
    system = forms.get(spelling.lower(), korean.RR)
    if system != korean.RR and korean.mr_spelling(spelling, block):
        system = korean.MR
    return terms("romanisation", system)


def _korean_latin(a: Name, b: Name, best: NameMatch) -> NameMatch:
    """Two Latin names read as one Korean name in two romanisations (LEE JAE-MYUNG / I
    JAEMYEONG, CHUNG EUI-SUN / JEONG UISEON): the first words spell one listed Korean
    surname, and the rest pair up block by block, each pair spelling one Hangul block
    (`korean.same_given_name`). Every block must pair exactly: no slips."""
    if len(a.tokens) < 2 or len(b.tokens) < 2:
        return best
    families = korean.surname_families()
    x, y = a.tokens[0].text, b.tokens[0].text
    fx, fy = families.get(x), families.get(y)
    if not fx or not fy or not fx & fy:
        return best
    ga = "".join(t.text for t in a.tokens[1:]).lower()
    gb = "".join(t.text for t in b.tokens[1:]).lower()
    pieces = korean.same_given_name(ga, gb, _cuts(a), _cuts(b))
    if not pieces:
        # one name in McCune-Reischauer (CHANG TOHYON, SO CHIHUN: its surname so spelt),
        # the other in RR or a passport's spelling: its given name read in MR as well
        block = min(fx & fy)
        if korean.mr_spelling(y, block):
            pieces = korean.same_given_name(ga, gb, _cuts(a), _cuts(b), mr_b=True)
        if not pieces and korean.mr_spelling(x, block):
            swapped = korean.same_given_name(gb, ga, _cuts(b), _cuts(a), mr_b=True)
            pieces = tuple((pa, pb, blk) for pb, pa, blk in swapped)
    if not pieces:
        return best
    # One name at least must read as Korean: LI RU / LI LU and YANG LU / YANG RU are two
    # Chinese names, each syllable Mandarin, though R and L both write Korean ㄹ (CHUNG
    # JU-YUNG, all Mandarin too, is JEONG JUYEONG).
    if not (_reads_korean(x, [p[0] for p in pieces]) or _reads_korean(y, [p[1] for p in pieces])):
        return best
    surname = min(fx & fy)
    total = 1.0 if x == y else KOREAN_SPELLING_SCORE
    reasons: list[Message | str] = [
        msg("name.equal", a=x, b=y) if x == y else
        msg("name.dialect", a=x, other=_korean_system(x, surname, True), b=y,
            dialect=_korean_system(y, surname, True), ch=surname)
    ]  # fmt: skip
    for pa, pb, block in pieces:
        if pa == pb:
            total += 1.0
            reasons.append(msg("name.equal", a=pa.upper(), b=pb.upper()))
        else:
            total += KOREAN_SPELLING_SCORE
            other, dialect = _korean_system(pa, block), _korean_system(pb, block)
            reasons.append(msg("name.dialect", a=pa.upper(), other=other, b=pb.upper(),
                               dialect=dialect, ch=block))  # fmt: skip
    score = round(total / (1 + len(pieces)), 4)
    if score <= best.score:
        return best
    return NameMatch(score, tuple(reasons), "syllables")


def _reads_korean(surname: str, given: list[str]) -> bool:
    """A Latin name with a word or syllable that is no Mandarin spelling (KIM, PARK,
    SEO, JAE, EUI; Gwoyeu Romatzyh's own JEONG, YEONG aside): one all in Mandarin
    syllables may as well be Chinese."""
    return any(
        not any(systems - {chinese.GWOYEU} for systems in chinese.mandarin_of(w).values())
        for w in (surname, *given)
    )


def _korean_hanja(han: Name, latin: str, best: NameMatch) -> NameMatch:
    """A name in Hanja read in Korean (朴槿惠 박근혜 PARK GEUN-HYE, 潘基文 반기문 BAN
    KI-MOON), compared as Hangul; kept when it scores higher than the Chinese readings."""
    if korean.has_hangul(latin) or not han.han_text:
        return best
    reading = korean.hanja_reading(han.han_text)
    if not reading:
        return best
    m = _compare_hangul(reading, latin)
    # Every block a listed spelling: read in Korean with slips allowed, Chinese names
    # matched their Wade-Giles spellings (楊志良 양지량 / YAUNG CHIH-LIANG, 0.81).
    exact = all(isinstance(r, Message) and r.code == "name.romanisation" for r in m.reasons)
    if not exact or m.score <= best.score:
        return best
    plain = korean.hanja_reading(han.han_text, given_rule=False)
    if plain != reading and not _korean_given_rule(han.han_text, plain, reading, m):
        m = _compare_hangul(plain, latin)
        exact = all(isinstance(r, Message) and r.code == "name.romanisation" for r in m.reasons)
        if not exact or m.score <= best.score:
            return best
    note = msg("name.korean", a=han.han_text, b=reading.replace(" ", ""))
    return NameMatch(m.score, (note, *m.reasons), m.mode, m.uncapped)


def _korean_given_rule(chars: str, plain: str, reading: str, m: NameMatch) -> bool:
    """Whether the initial-sound rule on the given name (麗 려 -> 여, 良 량 -> 양) may
    stand in a Korean reading of Hanja matched to Latin letters: only when the Latin
    surname is not the surname character's Mandarin spelling (WANG for 王 says nothing
    Korean) and the changed block is not spelt as a Mandarin syllable (王麗 왕여 / WANG
    YU, 張良 장양 / CHANG YANG: two Chinese names, not one name read in Korean)."""
    surname, _ = korean.split(plain)
    if not m.reasons or not isinstance(m.reasons[0], Message):
        return False
    spelt = str(m.reasons[0].params.get("a", "")).lower()
    mandarin = {
        f for py in chinese.mandarin_readings(chars[0]) for f in chinese.mandarin_spellings(py)
    }
    if len(surname) == 1 and spelt in mandarin:
        return False
    pairs = zip(reading.replace(" ", ""), plain.replace(" ", ""), strict=True)
    changed = {b for b, c in pairs if b != c}
    return not any(
        isinstance(r, Message)
        and r.params.get("b") in changed
        and chinese.mandarin_of(str(r.params.get("a", "")))
        for r in m.reasons[1:]
    )


def _compare_hangul(a: str, b: str) -> NameMatch:
    """A name in Hangul against another. Both in Hangul: block by block, like characters
    (김정은 / 김정일: two names). Against Latin letters: the surname against its passport
    spellings, then the given name's blocks against the Latin given name with its spaces
    and hyphens removed (JAE-IN, JAEIN, JAE IN), each block read as any of its spellings."""
    ha, hb = korean.has_hangul(a), korean.has_hangul(b)
    # a name in Hanja against one in Hangul: read in Korean first (朴成民 as 박성민; the
    # seventh held-out part found it empty). Both readings of the initial-sound rule.
    other = b if ha else a
    if ha != hb and chinese.has_han(other) and not korean.has_hangul(other):
        han = "".join(ch for ch in chinese.to_traditional(other) if chinese.is_han(ch))
        read = {korean.hanja_reading(han), korean.hanja_reading(han, given_rule=False)} - {""}
        if read:
            return max(
                (_compare_hangul(a if ha else r, r if ha else b) for r in read),
                key=lambda m: m.score,
            )
    if ha and hb:
        ua = [(True, ch) for ch in a if korean.is_hangul(ch)]
        ub = [(True, ch) for ch in b if korean.is_hangul(ch)]
        score, reasons = _align(ua, ub)
        return NameMatch(round(score, 4), tuple(reasons), "syllables")
    hangul, latin = (a, b) if ha else (b, a)
    surname, given = korean.split(hangul)
    words = [t.text for t in parse(latin).tokens if not t.han]
    if not surname or not words:
        return NameMatch(0.0, (msg("name.empty"),), "words")
    orders = [words] if len(words) == 1 or parse(latin).surname_first else [
        words, [words[-1], *words[:-1]]]  # fmt: skip
    best = NameMatch(0.0, (), "syllables")
    for order in orders:
        s, why = _korean_part(surname, order[0], korean.surname_spellings(surname))
        rest = "".join(order[1:])
        g, g_why = _korean_given(given, rest)
        missing = [msg("name.missing", a=w) for w in order[1:]] if given == () and rest else []
        score = (s + g) / (1 + max(len(given), 1 if rest else 0))
        if score > best.score:
            reasons = [r for r in (why, *g_why, *missing) if r]
            best = NameMatch(round(score, 4), tuple(reasons), "syllables")
    return best


def _syllable_splits(word: str, n: int) -> list[tuple[str, ...]]:
    """Every split of a Latin word into `n` pieces each the spelling of some Hangul
    block (SEOHYEON in two: SEO-HYEON)."""
    if n == 1:
        return [(word,)] if korean.is_syllable(word) else []
    out: list[tuple[str, ...]] = []
    for k in range(1, min(len(word), 7) + 1):
        if korean.is_syllable(word[:k]):
            out += [(word[:k], *rest) for rest in _syllable_splits(word[k:], n - 1)]
    return out


def distinct_hangul_split(a: str, b: str, best: NameMatch) -> Message | str:
    """A reason when a name in Hangul meets a Latin name only through a given block read
    from a piece no spelling of it writes ("spelling differs": 서 / SEOH in 박서연 / BAK
    SEOHYEON) while the Latin given name splits wholly into spellings of Hangul blocks
    (SEO-HYEON, 서현), one block for each: the Latin name is another Korean name, spelt
    as the tables spell it, not a slip of this one; a piece of another block met whole
    is already 0 (재명 / JAE-YONG). A customary spelling the tables lack that splits no
    other way stays a possible slip (issue 12, names-prec11b)."""
    ha = korean.has_hangul(a)
    if ha == korean.has_hangul(b):
        return ""
    hangul, latin = (a, b) if ha else (b, a)
    slips = [r for r in best.reasons if getattr(r, "code", "") == "name.han_spelling"]
    surname, given = korean.split(hangul)
    if not slips or not given or any(r.params["b"] not in given for r in slips):
        return ""  # a surname slip is the surname tables'
    words = [t.text for t in parse(latin).tokens if not t.han]
    spelt = korean.surname_spellings(surname)
    for order in (words, [*words[-1:], *words[:-1]]):
        rest = "".join(order[1:]).lower()
        if not rest or order[0].lower() not in spelt:
            continue  # the order whose first word is the surname, spelt as listed
        for split in _syllable_splits(rest, len(given)):
            nexts = [*split[1:], ""]
            other = [(blk, p) for blk, p, nxt in zip(given, split, nexts, strict=True)
                     if not _korean_block_by_ear(p, blk, nxt)]  # fmt: skip
            if other:
                shown = ", ".join(f"{p.upper()} / {blk}" for blk, p in other)
                return msg("name.distinct_hangul_split", a=rest.upper(), b="".join(given),
                           split="-".join(split).upper(), blocks=shown)  # fmt: skip
    return ""


def _korean_block_by_ear(piece: str, block: str, following: str) -> bool:
    """`piece` spells `block`: as a table does, or as Seoul speech writes it by ear (세
    and 새 have merged: SAE for 세, SE for 새), or with the next piece's first vowel
    doubled across the break (하은 keyed HAEEUN: HAE-EUN), which review n11b found
    read as other blocks."""
    spellings = korean.syllable_spellings(block)
    if piece in spellings:
        return True
    if any(piece.replace("ae", "e") == s.replace("ae", "e") for s in spellings):
        return True
    return bool(following) and piece[-1:] == following[:1] and piece[:-1] in spellings


def _hangul_split_capped(a: str, b: str, best: NameMatch) -> NameMatch:
    """`best` capped when `distinct_hangul_split` finds another Korean name in it; a pair
    under the threshold keeps its own score."""
    if best.score < DEFAULT_THRESHOLD:
        return best
    rule = distinct_hangul_split(a, b, best)
    if not rule:
        return best
    return NameMatch(DISTINCT_SURNAMES_CAP, (*best.reasons, rule), best.mode, best.score)


def distinct_korean_block_added(a: Name, b: Name) -> Message | str:
    """A reason when two Latin names that read as Korean names (`korean.hangul_readings`)
    share the surname and one given name is the other's with one Sino-Korean block more,
    set apart by a hyphen, or a space when longer than a letter (CHO HYUN 현 / CHO
    HYUN-A 현아, KIM MIN / KIM MIN HO): a Korean given
    name's blocks are the name, and one more is another name, not an initial (the word
    comparison had read the lone A as one, 0.95). A letter joined on (HYUNA) may be a
    slip and is left (issue 12, names-prec11b)."""
    if a.is_han or b.is_han or len(a.tokens) < 2 or len(b.tokens) < 2:
        return ""
    if a.tokens[0].text != b.tokens[0].text or abs(len(a.tokens) - len(b.tokens)) != 1:
        return ""
    short, long_ = (a, b) if len(a.tokens) < len(b.tokens) else (b, a)
    ws, wl = [t.text for t in short.tokens], [t.text for t in long_.tokens]
    if wl[:-1] == ws:
        extra = wl[-1]
    elif wl[:1] + wl[2:] == ws:
        extra = wl[1]
    else:
        return ""
    if not korean.is_syllable(extra.lower()):
        return ""
    if len(extra) == 1 and not re.search(rf"-\s*{extra}\b", long_.original.upper()):
        return ""  # a lone letter set apart by a space may be a middle initial (MINHO A)
    if not (korean.hangul_readings(short.original) and korean.hangul_readings(long_.original)):
        return ""
    return msg("name.distinct_korean_block_added", a=" ".join(ws), b=" ".join(wl),
               block=extra)  # fmt: skip


def _korean_part(hangul: str, word: str, forms: dict[str, str]) -> tuple[float, Message | str]:
    """One Hangul surname or block against a Latin spelling: 1.0 for a listed spelling;
    0 for the spelling of another block (재명 / JAE-YONG: two names); else (a slip) the
    closest spelling's similarity x0.85, as a character against a near spelling."""
    score, why = _korean_part_lazy(hangul, word, forms)
    return score, why()


def _korean_part_lazy(
    hangul: str, word: str, forms: dict[str, str]
) -> tuple[float, Callable[[], Message | str]]:
    """`_korean_part` with its reason not built yet: `_korean_given` tries every split of
    a given name and keeps one, so it builds the reasons of that one only (its messages
    were a quarter of all those screening built, nearly all dropped)."""
    w = word.lower()
    if w in forms:
        return 1.0, lambda: msg("name.romanisation", a=word.upper(), b=hangul,
                                system=terms("romanisation", forms[w]))  # fmt: skip
    if korean.is_syllable(w):
        return 0.0, lambda: msg("name.different", a=hangul, b=word.upper())
    best, best_form = 0.0, ""
    for form in forms:
        if abs(len(form) - len(w)) <= 2:
            sim = edit_similarity(form.upper(), word.upper())
            if sim > best:
                best, best_form = sim, form
    if best >= 0.7:
        return best * 0.85, lambda: msg("name.han_spelling", a=word.upper(), b=hangul,
                                        form=best_form.upper())  # fmt: skip
    return 0.0, lambda: msg("name.different", a=hangul, b=word.upper()) if word else ""


@lru_cache(maxsize=16384)
def _korean_given(blocks: tuple[str, ...], latin: str) -> tuple[float, tuple[Message | str, ...]]:
    """Best split of the Latin given name into one piece per block (dynamic programming
    over split points): (sum of the blocks' scores, reasons)."""
    n, m = len(blocks), len(latin)
    if not n:
        return 0.0, ()
    # best[i][j]: blocks[:i] read from latin[:j] -> (score, reasons not built yet: only
    # the best split's are, at the end)
    Lazy = Callable[[], Message | str]
    best: list[list[tuple[float, tuple[Lazy, ...]] | None]] = [
        [None] * (m + 1) for _ in range(n + 1)
    ]
    best[0][0] = (0.0, ())
    for i in range(n):
        forms = korean.syllable_spellings(blocks[i])
        block = blocks[i]
        for j in range(m + 1):
            cur = best[i][j]
            if cur is None:
                continue
            # a block reads 0-7 letters (0: missing); the last one takes what is left
            for k in (m,) if i == n - 1 else range(j, min(m, j + 7) + 1):
                piece = latin[j:k]
                why: Lazy
                if piece:
                    s, why = _korean_part_lazy(block, piece, forms)
                else:
                    s, why = 0.0, lambda block=block: msg("name.missing", a=block)  # type: ignore[misc]
                old = best[i + 1][k]
                if old is None or cur[0] + s > old[0]:
                    best[i + 1][k] = (cur[0] + s, (*cur[1], why))
    found = best[n][m]
    return (found[0], tuple(why() for why in found[1])) if found else (0.0, ())


def _english_names_added(name: Name) -> set[str]:
    """The name's first or last word when it is an English name added to a Chinese name
    (`_english_name_in_chinese`)."""
    ends = {name.tokens[0], name.tokens[-1]} if name.tokens else set()
    return {t.text for t in ends if _english_name_in_chinese(t, name.tokens)}


def _english_name_dropped(na: Name, nb: Name) -> NameMatch | None:
    """A Hong Kong name with an English name added (TANG TSZ HIN PETER) against the
    Chinese name alone (TANG TSZ HIN): compared as words, as TANG TSZ HIN JOHN is, so the
    English name costs one dropped word, not two Chinese syllables PET-ER. Only when
    every word left unpaired is such an English name: a surname or Chinese given name
    left over (CHAN TAI MAN PETER / WONG TAI MAN) stays the syllable reading's."""
    english = _english_names_added(na) | _english_names_added(nb)
    if not english:
        return None
    # one English name dropped; two different ones (PETER / JOHN) are not let through
    word = _word_match(_word_mode(na, nb))
    dropped = {
        str(r.params.get("a", "")) for r in word.reasons if getattr(r, "code", "") == "name.missing"
    }
    if len(dropped) != 1 or not dropped <= english or word.distinct_surnames:
        return None
    return word


def _compare_parsed(na: Name, nb: Name) -> NameMatch:
    if na.chinese_like and nb.chinese_like:
        english = _english_name_dropped(na, nb)
        chinese_read = _compare_chinese(na, nb)
        if english is not None and english.score > chinese_read.score:
            return english
        return chinese_read
    return _compare_other(na, nb)


def _compare_chinese(na: Name, nb: Name) -> NameMatch:
    """Both names read as Chinese."""
    # Both read as Chinese: a missing or different syllable is a different name, so
    # the forgiving word pairing only counts when it pairs every word (a typo such
    # as GUOO for GUO splits into an extra syllable but is still one word).
    syl = _syllable_mode(na, nb)
    best = NameMatch(round(syl[0], 4), tuple(syl[1]), "syllables")
    word = None
    same_count = len(na.tokens) == len(nb.tokens)
    if same_count and (len(_units(na, False)) != len(_units(nb, False)) or _japanese_words(na, nb)):
        word = _word_mode(na, nb)
        if word[0] > best.score and not any(r.endswith(" missing") for r in word[1]):
            best = _word_match(word)
    return _keep_cap(na, nb, best, word)


def _compare_other(na: Name, nb: Name) -> NameMatch:
    """Not both names read as Chinese."""
    word_best = _word_match(_word_mode(na, nb))
    best = word_best
    if na.chinese_like or nb.chinese_like:
        syl = _syllable_mode(na, nb)
        if syl[0] > best.score:
            best = NameMatch(round(syl[0], 4), tuple(syl[1]), "syllables")
            if word_best.distinct_surnames:  # PETER BAKER read as PET-ER BAK-ER: no
                best = _capped(best, word_best)
    return best


def _japanese_words(na: Name, nb: Name) -> bool:
    """Some word of one name a Japanese spelling of the other's (SATOU DAIKI / SATO
    DAIKI), which the syllable reading takes for Chinese (TOU ≠ TO)."""
    # words that differ only: a word both names share (RINA in ZHOU RINA / ZOU RINA) says
    # nothing of the others (review names4)
    return any(
        x.text != y.text and japanese_spellings(x.text, y.text)
        for x in na.tokens
        for y in nb.tokens
    )


def _western_pair(na: Name, nb: Name) -> bool:
    """Both names have a listed surname of 4+ letters that is not one Chinese syllable
    (BAKER, BARKER; not CHEN, WONG, whose relations the syllable tables know)."""
    names = common_surnames()

    def has(n: Name) -> bool:
        return any(len(t.text) >= 4 and not t.han and fold_umlauts(t.text) in names
                   and not (t.syllables and len(t.syllables[0]) == 1)
                   for t in n.tokens)  # fmt: skip

    return has(na) and has(nb)


def _keep_cap(
    na: Name, nb: Name, best: NameMatch, word: tuple[float, list[str], list[str]] | None
) -> NameMatch:
    """Two Western names that both happen to read as syllables still obey the
    distinct-surnames rule of the word pairing."""
    if best.score <= DISTINCT_SURNAMES_CAP or na.is_han or nb.is_han or not _western_pair(na, nb):
        return best
    word_best = _word_match(word if word is not None else _word_mode(na, nb))
    return _capped(best, word_best) if word_best.distinct_surnames else best


_NAME_RULES = ("name.distinct_surnames", "name.distinct_given", "name.distinct_given_sexes",
               "name.distinct_given_mostly", "name.distinct_given_vowel",
               "name.distinct_given_country", "name.distinct_given_listed",
               "name.distinct_given_cyrillic", "name.distinct_given_slot",
               "name.distinct_given_english", "name.distinct_given_one_sex",
               "name.distinct_given_added", "name.distinct_given_glide",
               "name.distinct_surname_suffix", "name.distinct_long_vowel",
               "name.distinct_vowel", "name.distinct_nisba")  # fmt: skip
_SEX_RULES = frozenset(
    {"name.distinct_given_sexes", "name.distinct_given_mostly", "name.distinct_given_one_sex"}
)


def _ruled(score: float, reasons: tuple[str, ...], rules: list[str], mode: str) -> NameMatch:
    """`score` under the distinct-names rules that fired: capped when two surnames are two
    families, or two given names a man's and a woman's or two names of the hand-written
    variants file (MOHAMMED / MAHMOUD); only GIVEN_PENALTY off when the given names
    differ only by the scraped lists (a spelling of one name the folds do not know,
    PIETRO / PEDRO, is not lost with the surnames equal)."""
    if not rules or score <= DISTINCT_SURNAMES_CAP:
        return NameMatch(round(score, 4), reasons, mode)
    firm = any(getattr(r, "code", "") == "name.distinct_surnames"
               or getattr(r, "params", {}).get("firm") for r in rules)  # fmt: skip
    ruled = DISTINCT_SURNAMES_CAP if firm else max(DISTINCT_SURNAMES_CAP, score - GIVEN_PENALTY)
    return NameMatch(round(ruled, 4), (*reasons, *rules), mode, round(score, 4))


def _capped(best: NameMatch, word_best: NameMatch) -> NameMatch:
    rules = [r for r in word_best.reasons if getattr(r, "code", "") in _NAME_RULES]
    return _ruled(best.score, best.reasons, rules, best.mode)


def _word_match(word: tuple[float, list[str], list[str]]) -> NameMatch:
    score, reasons, distinct = word
    return _ruled(score, tuple(reasons), distinct, "words")


# --- people --------------------------------------------------------------------------


@dataclass(frozen=True)
class Facts:
    """What is known about one side besides the names."""

    names: tuple[str, ...]
    # YYYY, YYYY-MM or YYYY-MM-DD; a listed person's as stored, its unknown day or month
    # (00, XX) already cut at import (`protocol.rows.known_birth_date`)
    birth_date: str | None = None
    nationality: str | None = None
    sex: str | None = None


@dataclass(frozen=True)
class PersonMatch:
    score: float
    name_score: float
    query_name: str
    listed_name: str
    reasons: tuple[str, ...] = field(default=())

    def explanation(self) -> MessageList:
        return joined(self.reasons)


def _birth_penalty(a: str | None, b: str | None) -> tuple[float, str]:
    """(penalty, how: year_one, year, match, swapped, differs or '' for no dates): the
    figures alone, without the words (screening orders thousands of namesakes by them)."""
    if not a or not b:
        return 0.0, ""
    pa, pb = a.split("-"), b.split("-")
    if pa[0] != pb[0]:
        try:
            off = abs(int(pa[0]) - int(pb[0]))
        except ValueError:
            off = 99
        return (-0.10, "year_one") if off == 1 else (-0.20, "year")
    common = min(len(pa), len(pb))
    if pa[:common] == pb[:common]:
        return 0.0, "match"
    if common == 3 and pa[1] == pb[2] and pa[2] == pb[1]:
        return -0.05, "swapped"
    return -0.15, "differs"


def compare_birth_dates(a: str | None, b: str | None) -> tuple[float, Message | str]:
    """(penalty, reason) at the precision both dates share."""
    penalty, how = _birth_penalty(a, b)
    if not how:
        return penalty, ""
    pa, pb = (a or "").split("-"), (b or "").split("-")
    if how == "match":
        common = min(len(pa), len(pb))
        shown = "-".join(pa[:common])
        key = "person.birth_date_match" if common > 1 else "person.birth_year_match"
        return penalty, msg(key, date=shown)
    if how == "year_one":
        return penalty, msg("person.birth_year_one", a=pa[0], b=pb[0])
    if how == "year":
        return penalty, msg("person.birth_year", a=pa[0], b=pb[0])
    if how == "swapped":
        return penalty, msg("person.birth_swapped", a=a, b=b)
    return penalty, msg("person.birth_differs", a=a, b=b)


def _facts(query: Facts, listed: Facts) -> tuple[float, list[Message | str]]:
    """What birth date, nationality and sex take off any name score, and why: the one
    place `compare_people` and `facts_penalty` take it from."""
    penalty, why = compare_birth_dates(_compared_date(query), listed.birth_date)
    reasons: list[Message | str] = []
    if why:
        shown = f"{penalty:+.2f}"
        reasons.append(msg("person.penalty", reason=why, penalty=shown) if penalty else why)
    nat = _nationality_penalty(query, listed)
    if nat:
        penalty += nat
        reasons.append(msg("person.nationality_differs", a=query.nationality,
                           b=listed.nationality))  # fmt: skip
    elif query.nationality and listed.nationality:
        reasons.append(msg("person.nationality_match", nat=listed.nationality))
    sex = _sex_penalty(query, listed)
    if sex:
        penalty += sex
        qs, ls = (query.sex or "").upper(), (listed.sex or "").upper()
        reasons.append(msg("person.sex_differs", a=qs, b=ls))
    return penalty, reasons


def _compared_date(query: Facts) -> str | None:
    """The traveller's date cleaned (a listed one was, at import); a malformed one as
    read, so that it agrees with nothing."""
    return normalise_date(query.birth_date) or query.birth_date


def _nationality_penalty(query: Facts, listed: Facts) -> float:
    na, nb = (query.nationality or "").upper(), (listed.nationality or "").upper()
    return -0.20 if na and nb and na != nb else 0.0


def _sex_penalty(query: Facts, listed: Facts) -> float:
    qs, ls = (query.sex or "").upper(), (listed.sex or "").upper()
    return -0.20 if qs in ("M", "F") and ls in ("M", "F") and qs != ls else 0.0


def facts_penalty(query: Facts, listed: Facts) -> float:
    """The facts' penalty of `compare_people` (nothing else): a person scores at most
    1 + this. Screening skips the name comparison, the costly part, of a listed person
    who cannot reach the threshold whatever their names (a namesake born in another
    decade, of another nationality). The same figures as `_facts`, without its words."""
    birth = _birth_penalty(_compared_date(query), listed.birth_date)[0]
    return birth + _nationality_penalty(query, listed) + _sex_penalty(query, listed)


def cannot_reach(query: Facts, listed: Facts, threshold: float) -> bool:
    """Whether `compare_people(query, listed).score < threshold` whatever the names."""
    return 1.0 + facts_penalty(query, listed) < threshold - 1e-9


_DATE_RE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@lru_cache(maxsize=4096)
def normalise_date(d: str | None) -> str | None:
    """A traveller's birth date as compared: an unknown day or month written as 00 or XX
    cut off (1961-12-00 -> 1961-12, as `known_birth_date` does to a listed date at
    import); None when empty or not YYYY[-MM[-DD]]. Cached: one traveller's date is
    compared with many listed persons."""
    if not d:
        return None
    d = known_birth_date(d)
    return d if _DATE_RE.fullmatch(d) else None


def _same_birth_and_nationality(query: Facts, listed: Facts) -> str:
    """Why two close distinct names may still be one person: 'full' when the full birth
    dates and the nationalities agree; 'listed' when the listed date, known to the month
    only (lists often give no day), contains the traveller's full date and the
    nationalities agree; 'partial' when what both give agrees, at least one fact agrees
    and none contradicts (a listed year only, no listed date or nationality: absent
    facts are no disagreement); 'near' when the dates are near as the facts' penalty
    tolerates them (day and month swapped, a year apart, another day of the same year)
    and the nationalities agree or one is absent; else ''."""
    dq, dl = normalise_date(query.birth_date), listed.birth_date
    nq, nl = (query.nationality or "").upper(), (listed.nationality or "").upper()
    if nq and nl and nq != nl:
        return ""
    if dq and dl and not (dq.startswith(dl) or dl.startswith(dq)):
        # a date keyed with day and month swapped, a year off or another day of the same
        # year is the one person the penalty (-0.05, -0.10, -0.15) lets match: the lift
        # must not refuse it (names4, 4; names6, 5: a day keyed one digit wrong)
        return "near" if _birth_penalty(dq, dl)[1] in ("swapped", "year_one", "differs") else ""
    same_nat = bool(nq) and nq == nl
    if same_nat and dq and len(dq) == 10 and dq == dl:
        return "full"
    if same_nat and dq and dl and len(dl) == 7 and len(dq) == 10:
        return "listed"
    return "partial" if same_nat or (dq and dl) else ""


def _sex_agrees(query: Facts, listed: Facts) -> str:
    qs, ls = (query.sex or "").upper(), (listed.sex or "").upper()
    return qs if qs in ("M", "F") and qs == ls else ""


def _person(
    query: Facts,
    listed: Facts,
    qn: str,
    ln: str,
    m: NameMatch,
    facts: tuple[float, list[Message | str]],
) -> tuple[float, Callable[[], PersonMatch]]:
    """One pair of names scored as a person: the facts' penalty (`facts`, the persons'
    `_facts`), and the review of two close distinct names when the facts say they may
    be one person. Returns the score and how to build the match: `compare_people` keeps
    one pair of all a listed person's, so only that one's reasons are built."""
    if (
        (query.nationality or "").upper() == "CHN"
        and m.score >= DEFAULT_THRESHOLD
        and any(getattr(r, "code", "") == "name.taiwan_variant" for r in m.reasons)
    ):
        # a CHN passport's name, unhyphenated, is mainland Pinyin: MIN / MING two names
        rule = distinct_pinyin_finals(parse(qn), parse(ln), m, mainland=True)
        if rule:
            m = NameMatch(DISTINCT_SURNAMES_CAP, (*m.reasons, rule), m.mode, m.score)
    score = m.score
    review: Callable[[], Message] | None = None
    if m.distinct_surnames:
        rules = {getattr(r, "code", "") for r in m.reasons} & set(_NAME_RULES)
        agree = _same_birth_and_nationality(query, listed)
        sex = _sex_agrees(query, listed)
        if agree in ("full", "listed") or (agree and m.uncapped >= DEFAULT_THRESHOLD):
            score = m.uncapped
            key = {"full": "person.review", "listed": "person.review_month",
                   "near": "person.review_near"}  # fmt: skip
            code = key.get(agree, "person.review_partial")
            review = lambda: msg(code, s=f"{m.uncapped:.2f}")  # noqa: E731
        elif sex and rules and rules <= _SEX_RULES:
            # FRANCISCO / FRANCISCA, both men: one name keyed wrong, not two people
            score = m.uncapped
            review = lambda: msg("person.same_sex", sex=sex, s=f"{m.uncapped:.2f}")  # noqa: E731
    penalty, why = facts
    score += penalty
    final = round(max(0.0, min(1.0, score)), 4)

    def build() -> PersonMatch:
        reasons = [msg("person.name", score=f"{m.score:.2f}", explanation=m.explanation())]
        if review is not None:
            reasons.append(review())
        reasons += why
        return PersonMatch(final, m.score, qn, ln, tuple(reasons))

    return final, build


def compare_people(query: Facts, listed: Facts) -> PersonMatch:
    """The best of the name pairs, each scored as a person (`_person`): a pair capped as
    two names may be the one that the facts send to review (ILHAM ALIYEV among a listed
    person's aliases)."""
    # the facts' penalty and reasons depend on the two persons only: once, not per pair
    facts = _facts(query, listed)
    best: Callable[[], PersonMatch] | None = None
    best_score = 0.0
    for qn in query.names:
        for ln in listed.names:
            score, build = _person(query, listed, qn, ln, compare_names(qn, ln), facts)
            if best is None or score > best_score:
                best, best_score = build, score
            if best_score >= 1.0:
                return best()
    if best is None:
        return PersonMatch(0.0, 0.0, "", "", (msg("person.no_names"),))
    return best()
