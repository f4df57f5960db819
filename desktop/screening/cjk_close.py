"""Close names of different people among Chinese and Korean names written in Latin
letters (issue 12, twelfth precision round, names-p12b): rules that say why two
spellings are two names, each resting on a table the project ships.

Kept apart from `score` so that rounds on other names' classes merge cleanly; `score`
calls these in its close-names chain (a pair that would match, both names Latin), and
they borrow its helpers lazily (`score` imports this module)."""

from __future__ import annotations

from functools import cache

from rapidfuzz.distance import Levenshtein

from desktop.messages import Message, define, msg
from desktop.screening import chinese
from desktop.screening.names import Name

define(
    {
        "name.distinct_hokkien_given": "{a} and {b} are the Hokkien spellings of two "
        "different given-name characters ({ca} and {cb}) in a name spelt in Hokkien, and "
        "no table spells one character both ways: different people unless the known facts "
        "agree",
        "name.distinct_macau_given": "{a} and {b} are the Macau spellings of two different "
        "given-name characters ({ca} and {cb}) in a name spelt as Macau spells it, and no "
        "table spells one character both ways: different people unless the known facts "
        "agree",
    }
)


def _labels(label: object) -> frozenset[str]:
    """The system codes of a romanisation label (`term.romanisation.X` or a list of them)."""
    if not isinstance(label, Message):
        return frozenset()
    if label.code == "list.slash":
        return frozenset().union(*(_labels(item) for item in label.params["items"]))
    return frozenset({label.code.removeprefix("term.romanisation.")})


_DIALECTS = frozenset({"Hokkien", "Teochew", "Cantonese", "Cantonese (HK)", "Hakka",
                       "Hainanese", "Fuzhou", "Macau"})  # fmt: skip


def _chinese_dialects(label: object) -> bool:
    """A label naming Chinese dialects only (no Mandarin system, no Korean spelling)."""
    systems = _labels(label)
    return bool(systems) and systems <= _DIALECTS


@cache
def _hokkien_given_chars() -> dict[str, frozenset[str]]:
    """Spelling (lower case) -> the common given-name characters (`name_chars.txt`) any
    table spells so: the Hokkien (Tai-lo) table's Singapore and Malaysian passport forms
    with every other table's (`score._mandarin_given_chars`: Mandarin systems, Cantonese,
    the southern dialects). 蘭 is LAN and LIAN in Hokkien: one character both ways."""
    from desktop.screening.score import _mandarin_given_chars

    out: dict[str, set[str]] = {k: set(v) for k, v in _mandarin_given_chars().items()}
    for ch in chinese.name_chars()[1]:
        for form in chinese.hokkien_spellings(ch):
            out.setdefault(form.lower(), set()).add(ch)
    return {k: frozenset(v) for k, v in out.items()}


def distinct_hokkien_given(a: Name, b: Name) -> Message | str:
    """`score.distinct_close_given` for a Singapore or Malaysian name spelt in Hokkien
    (TAN SIEW ENG, ANG KOK ENG: its given syllables written apart, a word in it that no
    Mandarin system spells): one given syllable one letter from the other (ENG / HENG),
    both the Hokkien table's spellings of common given-name characters (英 榮 永 ENG, 興
    HENG), and no common given-name character spelt both ways by any table: two
    characters, different people unless the facts agree (sixteenth part TAN SIEW ENG /
    HENG, twelfth ANG KOK ENG / HENG). A spelling no common name character has stays a
    possible slip, and so does a pair one character takes (蘭 LAN and LIAN: ONG BEE LIAN
    / LAN is left)."""
    from desktop.screening.score import _latin_latin

    ta, tb = a.tokens, b.tokens
    if a.is_han or b.is_han or len(ta) < 3 or len(ta) != len(tb) or ta[0].text != tb[0].text:
        return ""
    differ = [i for i in range(len(ta)) if ta[i].text != tb[i].text]
    if len(differ) != 1 or differ[0] == 0:
        return ""
    x, y = ta[differ[0]].text.lower(), tb[differ[0]].text.lower()
    if Levenshtein.distance(x, y) != 1 or _aspiration_only(x, y):
        return ""
    words = [t.text.lower() for t in ta]
    if not all(chinese.is_hokkien_form(w) for w in (*words, y)):
        return ""
    if all(chinese.mandarin_of(w) for w in words):
        return ""  # a Mandarin name: `distinct_mandarin_given`'s
    if getattr(_latin_latin(x, y)[1], "code", "name.spelling") != "name.spelling":
        return ""  # the tables relate them
    if not _hokkien_chars_of(x) or not _hokkien_chars_of(y):
        return ""  # not both the Hokkien spellings of given-name characters
    chars = _hokkien_given_chars()
    cx, cy = chars.get(x, frozenset()), chars.get(y, frozenset())
    if not cx or not cy or cx & cy:
        return ""
    hx, hy = _hokkien_chars_of(x), _hokkien_chars_of(y)  # what the message names
    return msg("name.distinct_hokkien_given", a=x.upper(), b=y.upper(),
               ca="".join(sorted(hx)[:3]), cb="".join(sorted(hy)[:3]))  # fmt: skip


def _aspiration_only(x: str, y: str) -> bool:
    """One spelling is the other with the H of an aspirated initial (KH, PH, TH, CH)
    dropped: Hokkien tells KH from K, but Indonesian and many Malaysian documents drop
    the H, and the table does not list every such form (坤 KHOON / KOON listed, KHOEN /
    KOEN not: review n12), so a dropped H stays a spelling of one character."""
    short, long_ = sorted((x, y), key=len)
    aspirated = len(long_) >= 2 and long_[1] == "h" and long_[0] in "kptc"
    return aspirated and long_[0] + long_[2:] == short


@cache
def _hokkien_chars_of(form: str) -> frozenset[str]:
    """The common given-name characters the Hokkien table spells `form` (lower case)."""
    return frozenset(
        ch
        for ch in chinese.name_chars()[1]
        if form in {f.lower() for f in chinese.hokkien_spellings(ch)}
    )


@cache
def _macau_given() -> dict[str, frozenset[str]]:
    """Macau spelling (lower case) -> the common given-name characters Macau's table
    spells so (`chinese.customary_cantonese`, label Macau: 華 VA, 偉 VAI) or, where Macau
    writes the Hong Kong spelling, the Hong Kong government's Cantonese (KA 家)."""
    out: dict[str, set[str]] = {}
    for ch in chinese.name_chars()[1]:
        spelt = (*chinese.customary_cantonese(ch), *chinese.dialect_spellings(ch))
        forms = {f for f, label in spelt if label == "Macau"}
        forms |= set(chinese.cantonese_readings(ch))
        for f in forms:
            out.setdefault(f.lower(), set()).add(ch)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _every_given_spelling() -> dict[str, frozenset[str]]:
    """`_hokkien_given_chars` with the customary Hong Kong and Macau spellings too: the
    common given-name characters any table spells so."""
    out: dict[str, set[str]] = {k: set(v) for k, v in _hokkien_given_chars().items()}
    for ch in chinese.name_chars()[1]:
        for f, _ in chinese.customary_cantonese(ch):
            out.setdefault(f.lower(), set()).add(ch)
    return {k: frozenset(v) for k, v in out.items()}


def distinct_macau_given(a: Name, b: Name) -> Message | str:
    """`distinct_hokkien_given` for a Macau name (VONG TAK VA, PUN KUOK VA: every word a
    Macau or Hong Kong Cantonese spelling, one that only Macau's table writes, VONG 黃,
    KUOK 國, VA 華): one given syllable one letter from the other (VA / VAI), both Macau
    spellings of common given-name characters (華 VA; 偉 惠 慧 VAI), and no common
    given-name character spelt both ways by any table: two characters, different people
    unless the facts agree (eleventh part VONG TAK VA / VAI, twelfth PUN KUOK VA / VAI).
    A spelling no common name character has stays a possible slip."""
    from desktop.screening.score import _every_spelt_char, _latin_latin, _macau_given_index

    ta, tb = a.tokens, b.tokens
    if a.is_han or b.is_han or len(ta) < 3 or len(ta) != len(tb) or ta[0].text != tb[0].text:
        return ""
    differ = [i for i in range(len(ta)) if ta[i].text != tb[i].text]
    if len(differ) != 1 or differ[0] == 0:
        return ""
    x, y = ta[differ[0]].text.lower(), tb[differ[0]].text.lower()
    if Levenshtein.distance(x, y) != 1:
        return ""
    macau = _macau_given_index(True)
    words = [t.text.lower() for t in ta]
    if not all(w in macau or chinese.is_cantonese(w) for w in (*words, y)):
        return ""  # not a name of Macau and Hong Kong spellings
    if not any(w in macau and not chinese.mandarin_of(w) and not chinese.is_cantonese(w)
               for w in (*words, y)):  # fmt: skip
        return ""  # nothing only Macau writes: a Hong Kong name, `distinct_close_given`'s
    if getattr(_latin_latin(x, y)[1], "code", "name.spelling") != "name.spelling":
        return ""  # the tables relate them
    mx, my = _macau_given().get(x, frozenset()), _macau_given().get(y, frozenset())
    if not mx or not my:
        return ""
    every = _every_given_spelling()
    if every.get(x, frozenset()) & every.get(y, frozenset()):
        return ""  # one character spelt both ways in some table
    if _every_spelt_char().get(x, frozenset()) & _every_spelt_char().get(y, frozenset()):
        return ""  # any character the tables read spelt both ways (炎 IAM, IM)
    return msg("name.distinct_macau_given", a=x.upper(), b=y.upper(),
               ca="".join(sorted(mx)[:3]), cb="".join(sorted(my)[:3]))  # fmt: skip
