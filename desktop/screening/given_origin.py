"""Two given names in use in one country, a consonant apart: two names, not a slip.

Issue 12, Build item 3: RAJESH / RAKESH, ARJUN / ARUN, AMIN / AMIR are two people's
names that one keyed letter joins. A keying slip lands on a name as often as not, so the
rule asks more than "both are names": both must be ranked among one country's common
given names (`COUNTRY_FILE`), one consonant apart that no language spells alike (J / K,
N / R, a J dropped), and not one name's spellings by any of the folds score.py knows
(variants, transliteration, an MRZ name field cut short). Japanese names are told apart
by their kana instead (TAKUMI たくみ / TAKUMA たくま), where vowels are what differ.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
COUNTRY_FILE = DATA / "given_names_countries.txt"

_VOWELS = frozenset("AEIOU")  # Y a consonant here, as in score._consonant_edit
# Consonants that spell one sound in some language or transliteration (score.py's
# _SPELT_ALIKE plus V/W, F/V, K/Q, J/Y, J/Z, L/R, S/X and C/Z: IVAN / IWAN, GUSTAV /
# GUSTAF, TARIK / TARIQ, YUSUF / JUSUF, ZAHRA / JAHRA, Japanese and Korean L / R).
# Review of stop 26 added D/Z (Arabic ض: RIAD / RIAZ, REDWAN / REZWAN), C/J (Turkish C:
# NECLA / NEJLA) and J/X (Spanish: JAVIER / XAVIER, JIMENA / XIMENA).
_SPELT_ALIKE = frozenset(
    map(frozenset, ("DT", "BV", "SZ", "SX", "CK", "CS", "GK", "PB", "GJ", "MN", "VW", "FV",
                    "KQ", "JY", "JZ", "LR", "CZ", "CG", "KX", "FP", "DZ", "CJ", "JX"))
)  # fmt: skip


@cache
def _table() -> tuple[dict[str, int], dict[str, str], dict[str, int]]:
    """Given name -> a bit per country of `COUNTRY_FILE` that ranks it; given name ->
    the sexes its bearers have there ("M", "F" or "MF"); country -> its bit."""
    out: dict[str, int] = {}
    sexes: dict[str, str] = {}
    bits: dict[str, int] = {}
    bit, sex = 0, ""
    for line in COUNTRY_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("["):
            country, sex = line.strip("[]").split()
            bit = bits.setdefault(country, 1 << len(bits))
            continue
        for name in line.split():
            out[name] = out.get(name, 0) | bit
            had = sexes.get(name, "")
            if sex not in had:
                sexes[name] = "MF" if had else sex
    return out, sexes, bits


def _country_bits() -> dict[str, int]:
    return _table()[0]


def sex(name: str) -> str:
    """The sexes the table gives a name ("M", "F", "MF"; "" when it is not listed)."""
    return _table()[1].get(name, "")


def in_country(name: str, country: str) -> bool:
    """`name` ranked among `country`'s common given names."""
    bit = _table()[2].get(country, 0)
    return bool(_country_bits().get(name, 0) & bit)


# Letters that transliterations write two ways and the score's folds do not join:
# Serbian and Croatian Đ as DJ or D (SLADJANA / SLADANA), Greek Χ as CH or H (MICHALIS /
# MIHALIS, CHARA / HARA) and γγ as NG, GG or G (ANGELOS / AGGELOS, VANGELIS / VAGELIS),
# Х and خ as KH or H; Croatian JE for Serbian E (SNJEZANA / SNEZANA); NST said ST
# (KONSTANTINOS / KOSTANTINOS, COSTANTINO).
_SPELLING_FOLDS = (("DJ", "D"), ("CH", "H"), ("KH", "H"), ("GG", "NG"), ("NG", "G"),
                   ("JE", "E"), ("NST", "ST"))  # fmt: skip


def ranked_outside(name: str, countries: tuple[str, ...]) -> bool:
    """`name` ranked among the common given names of a country not in `countries`."""
    table = _table()[2]
    inside = sum(table.get(c, 0) for c in countries)
    return bool(_country_bits().get(name, 0) & ~inside)


def spelt_alike(x: str, y: str) -> bool:
    """Two consonants some language or transliteration writes for one sound
    (`_SPELT_ALIKE`)."""
    return frozenset((x, y)) in _SPELT_ALIKE


def one_spelling(a: str, b: str) -> bool:
    """Two transliterations of one name under `_SPELLING_FOLDS`."""
    for x, y in _SPELLING_FOLDS:
        a, b = a.replace(x, y), b.replace(x, y)
    return a == b


def one_country(a: str, b: str) -> bool:
    """Both given names ranked among one country's common names."""
    bits = _country_bits()
    return bool(bits.get(a, 0) & bits.get(b, 0))


# Countries of `COUNTRY_FILE` that write one language's given names at home in the Latin
# alphabet, as that language spells them: a name of one and a name of another are two
# names of that language as much as two names of one country are. The table keeps a
# name's three best countries only, so one country's list misses many names it holds
# (MARIBEL ranks in Spain, Mexico and Peru; MARICEL in Argentina, Chile and the
# Philippines). Not the Arabic-speaking countries (each transliterates in its own way:
# Egypt's G for J, the Maghreb's French OU and DJ), nor the multilingual Belgium and
# Switzerland.
LANGUAGES: dict[str, tuple[str, ...]] = {
    "English": ("US", "GB", "IE", "CA"),
    "German": ("DE", "AT"),
    "Spanish": ("ES", "MX", "AR", "CO", "CL", "PE"),
    "Portuguese": ("PT", "BR"),
}


def one_language(a: str, b: str) -> str:
    """The language (`LANGUAGES`) whose countries rank both given names, one each or
    both in one; else ''."""
    for language, countries in LANGUAGES.items():
        if any(in_country(a, c) for c in countries) and any(in_country(b, c) for c in countries):
            return language
    return ""


def home_language(a: str, b: str) -> str:
    """The language (`LANGUAGES`) whose countries rank both given names, one each or
    both in one, and no other country ranks either; else ''. A name also ranked in a
    country of another language may be that language's form of the other name, as the
    lists rank their immigrants' names (GRZEGORZ in Britain, OLEKSANDR in Portugal)."""
    for language, countries in LANGUAGES.items():
        if (
            any(in_country(a, c) for c in countries)
            and any(in_country(b, c) for c in countries)
            and not ranked_outside(a, countries)
            and not ranked_outside(b, countries)
        ):
            return language
    return ""


def consonant_apart(a: str, b: str) -> bool:
    """`a` and `b` one consonant apart by a consonant replaced (RAJESH / RAKESH, AMIN /
    AMIR) where no language spells the two alike: not an H, a Y, or a pair of
    `_SPELT_ALIKE`. Never a consonant added or dropped: that is as often one name's
    spellings (a doubled letter HASAN / HASSAN, an H ABHISHEK / ABISHEK, ARSLAN / ASLAN,
    LAMINE / AMINE with the article, HENDRIK / HENRIK, SWAPNA / SAPNA: review of stop 26)
    as two names (ARJUN / ARUN)."""
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(diff) != 1:
        return False
    pair = frozenset(diff[0])
    if "Y" in pair and not _initial_consonant_y(a, b):
        return False
    return not pair & _VOWELS and "H" not in pair and pair not in _SPELT_ALIKE


def _initial_consonant_y(a: str, b: str) -> bool:
    """The first letters differ, one a Y, and a vowel follows in both: there Y is the
    consonant ي / й / j (YASSER / NASSER, YASIN / NASIN), which only a J spells otherwise
    (`_SPELT_ALIKE`); elsewhere a Y may write a vowel (MARYAM / MARIAM, AYMAN)."""
    return a[0] != b[0] and "Y" in (a[0], b[0]) and a[1:2] in _VOWELS and b[1:2] in _VOWELS


def a_i_apart(a: str, b: str) -> bool:
    """`a` and `b` one letter apart, an A in one where the other has an I (JAMAL / JAMIL,
    KARIM / KARAM, RINA / RINI, PUTRA / PUTRI): no keying slip makes one of the other (A
    and I lie at the two ends of the keyboard, and look nothing alike), and no
    transliteration writes one vowel both ways: Arabic script writes its long vowels (ا,
    ي), and the short ones are written A/E, I/E, U/O, never A/I; Devanagari's अ and इ
    are two letters."""
    if len(a) != len(b) or len(a) < 3:
        return False
    diff = [frozenset((x, y)) for x, y in zip(a, b, strict=True) if x != y]
    return diff == [frozenset("AI")]


# Countries whose given names are written in Cyrillic at home (RS in both scripts).
_CYRILLIC = ("RU", "KZ", "BG", "RS")
# Countries whose given names come from Arabic or Persian script, where E and I write
# one short vowel (KHALED / KHALID, ISMAIL / ISMAEL).
_ARABIC_SCRIPT = ("EG", "SA", "MA", "DZ", "IQ", "JO", "TN", "LB", "SY", "AE", "IR", "TR",
                  "BD", "IN", "MY", "ID")  # fmt: skip


def e_i_apart_cyrillic(a: str, b: str) -> bool:
    """`a` and `b` one letter apart, an E against an I, both names of a Cyrillic country:
    Cyrillic writes И always I and Е, Ё as E (ALINA Алина / ALENA Алёна), so no
    transliteration joins them, and no keying slip or misread does (E and I are far
    apart and unlike). Not when one country whose names come from Arabic script ranks
    both (there E and I write one short vowel: KHALED / KHALID)."""
    if len(a) != len(b) or len(a) < 3:
        return False
    diff = [frozenset((x, y)) for x, y in zip(a, b, strict=True) if x != y]
    if diff != [frozenset("EI")]:
        return False
    if not any(in_country(a, c) and in_country(b, c) for c in _CYRILLIC):
        return False
    return not any(in_country(a, c) and in_country(b, c) for c in _ARABIC_SCRIPT)


def cut_short(a: str, b: str) -> bool:
    """One name the start of the other: an MRZ name field cut (DANIELLE -> DANIEL), a
    feminine or longer form (AZIZ / AZIZAH), never told apart on the name alone."""
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short)


def one_stem(a: str, b: str) -> bool:
    """Two forms of one stem (4 letters or more alike from the start), neither cut short
    (`cut_short`): DEEPAK / DEEPIKA, MIRKO / MIRKA; not CARL / CARO, MARK / MARJ, where a
    slip of one lands on another country's nickname."""
    return a[:4] == b[:4] and len(a) >= 4 and len(b) >= 4 and not cut_short(a, b)
