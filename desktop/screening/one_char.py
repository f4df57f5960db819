"""One common naming character spelt two ways by one table (issue 12, names; recall).

The close-names rules for Chinese given names cap LEE KAM MING / LEE KUM MING as "two
different syllables of a given name (two characters)", but Hong Kong's own table spells
金 both KAM and KUM (福 FOOK / FUK, 達 TAT / DAAT): one person's two documents. The
standing recall check (bench/names_forms.py) found 944 one-character pairs capped; those
of one table and one reading (75) `one_char_spelt_both` gives back. Two tables'
spellings of one character (生 SENG Hokkien / SANG Hong Kong) are left to the rules:
across tables common syllables of two names meet (君 CHUN / 貞 CHEN: 35 more false
matches on the seen parts when they were joined too). It asks a common given-name
character (the name list's, `chinese.name_chars`), not any character the tables read.
"""

from __future__ import annotations

from functools import cache

from desktop.screening import chinese
from desktop.screening.names import Name


@cache
def char_spellings(ch: str) -> dict[str, frozenset[str]]:
    """Passport spelling of one character (lower case) -> every system that spells it so
    (`chinese.romanisations` keeps the first system only)."""
    out: dict[str, set[str]] = {}

    def add(form: str, label: str) -> None:
        for part in label.split("/"):
            out.setdefault(form.lower(), set()).add(part)

    rows = chinese._row_of()
    for py in chinese.mandarin_readings(ch):
        row = rows.get(py)
        if row is None:
            for form in chinese.passport_forms(py):
                add(form, chinese.HANYU)
            continue
        for system in chinese.MANDARIN_SYSTEMS:
            for form in chinese.passport_forms(row.spelling(system)):
                add(form, system)
    for py in chinese.mandarin_readings(ch)[:2]:
        for form in chinese.taiwan_customary(py):
            add(form, chinese.DIALECTS["V"])
    for gr in chinese.gwoyeu_readings(ch):
        add(gr, chinese.GWOYEU)
    for c in chinese.cantonese_readings(ch):
        add(c, chinese.CANTONESE)
    for spelling, label in (*chinese.dialect_spellings(ch), *chinese.customary_cantonese(ch)):
        add(spelling, label)
    for spelling in chinese.hokkien_spellings(ch):
        add(spelling, chinese.HOKKIEN)
    for form, label in chinese.romanisations(ch).items():
        if form not in out:
            add(form, label)
    return {k: frozenset(v) for k, v in out.items() if k.isascii() and k.isalpha()}


@cache
def _given_chars_of() -> dict[str, frozenset[str]]:
    """Spelling -> the common given-name characters spelt so, in any table."""
    out: dict[str, set[str]] = {}
    for ch in chinese.name_chars()[1]:
        for form in char_spellings(ch):
            out.setdefault(form, set()).add(ch)
    return {k: frozenset(v) for k, v in out.items()}


def _syllable(word: str) -> bool:
    w = word.lower()
    return bool(chinese.mandarin_of(w) or chinese.is_cantonese(w) or chinese.is_one_syllable_form(w)
                or chinese.dialect_chars(w) or w in _given_chars_of())  # fmt: skip


def one_char_spelt_both(a: Name, b: Name) -> str:
    """The common given-name character that two Latin names of Chinese syllables, alike
    but for one given syllable, both spell there (LEE SENG MING / LEE SANG MING: 生);
    "" when there is none. The surname (the first word) is not asked: two surnames'
    shared spellings are the surname rules' business (鍾 CHENG is 鄭's too)."""
    ta, tb = a.tokens, b.tokens
    if a.is_han or b.is_han or len(ta) < 2 or len(ta) != len(tb):
        return ""
    differ = [i for i in range(len(ta)) if ta[i].text != tb[i].text]
    if len(differ) != 1 or differ[0] == 0:
        return ""
    if not all(_syllable(t.text) for t in (*ta, *tb)):
        return ""  # not a name of Chinese syllables
    chars = _given_chars_of()
    x, y = ta[differ[0]].text.lower(), tb[differ[0]].text.lower()
    # one table's two spellings of the character (金 KAM / KUM, both Hong Kong's): two
    # tables' (貞 CHEN in Mandarin, CHING in Cantonese) stay the rules' to judge, as
    # across systems they join common pairs of two names (CHEN / CHUN, 貞 / 君)
    both = [ch for ch in chars.get(x, frozenset()) & chars.get(y, frozenset())
            if _one_reading(ch, x, y)]  # fmt: skip
    return min(both) if both else ""


# Tables whose spellings of one character are its readings' (heteronyms: 實 SHI / ZHI),
# or relate to other characters' already (the Mandarin systems, whose spellings of one
# syllable `_latin_latin` joins)
_MANDARIN = frozenset((*chinese.MANDARIN_SYSTEMS, chinese.GWOYEU, chinese.DIALECTS["V"]))


def _one_reading(ch: str, x: str, y: str) -> bool:
    """One table spells `ch` both `x` and `y`, as one reading: Hokkien's two spellings of
    one Tai-lo reading (not 子's literary TSU CHU and colloquial TSI CHI, where Taiwan's
    Wade-Giles CHI and CHU are two given names), or a Cantonese or southern dialect
    table's (金 KAM / KUM, Hong Kong's)."""
    spelt = char_spellings(ch)
    shared = (spelt[x] & spelt[y]) - _MANDARIN
    if shared - {chinese.HOKKIEN}:
        return True
    if not shared:
        return False
    readings = chinese._hokkien_table().get(chinese.to_traditional(ch), ())[:3]
    return any({x, y} <= set(chinese.hokkien_passport_forms(r)) for r in readings)
