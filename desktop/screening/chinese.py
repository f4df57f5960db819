"""Chinese names: Han characters and their readings, romanised syllables in every system
used on documents at this border, and how two syllables relate.

Systems: Hanyu Pinyin, Wade-Giles (apostrophes dropped, as passports print it),
Tongyong Pinyin, MPS II (the last two from `data/syllables.tsv`), and Hong Kong
government Cantonese. Libraries: `pypinyin` (Mandarin readings of characters, Zhuyin,
Wade-Giles), `cantonese-romanisation` (`cantoroman`: Hong Kong government spellings of
~13k characters), `opencc-python-reimplemented` (Simplified -> Traditional, because the
Cantonese table and the name list are keyed by Traditional characters).

A syllable's *key* is what blocking uses: spellings of the same Mandarin syllable in any
system share a key (aspiration merged, because Wade-Giles on passports drops the
apostrophe that marks it); a spelling that is only Cantonese keys as itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

HANYU, WADE, TONGYONG, MPS2, CANTONESE = (
    "Hanyu Pinyin",
    "Wade-Giles",
    "Tongyong Pinyin",
    "MPS II",
    "Cantonese (HK)",
)
MANDARIN_SYSTEMS = (HANYU, WADE, TONGYONG, MPS2)

_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")


def is_han(ch: str) -> bool:
    return bool(_HAN_RE.fullmatch(ch))


def has_han(text: str) -> bool:
    return bool(_HAN_RE.search(text))


# --- tables --------------------------------------------------------------------------


@dataclass(frozen=True)
class SyllableRow:
    zhuyin: str
    hanyu: str
    wade: str
    tongyong: str
    mps2: str

    def spelling(self, system: str) -> str:
        return {HANYU: self.hanyu, WADE: self.wade, TONGYONG: self.tongyong, MPS2: self.mps2}[
            system
        ]


@cache
def syllable_rows() -> tuple[SyllableRow, ...]:
    rows = []
    for line in (DATA / "syllables.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(SyllableRow(*line.split("\t")))
    return tuple(rows)


def passport_forms(spelling: str) -> set[str]:
    """How a syllable spelling appears on a passport: lower case ASCII, no apostrophes;
    ü as u, yu or v (all three are in use)."""
    s = spelling.lower().replace("'", "").replace("’", "").replace("ê", "e")
    if "ü" in s:
        return {s.replace("ü", "u"), s.replace("ü", "yu"), s.replace("ü", "v")}
    return {s}


@cache
def _mandarin_index() -> dict[str, dict[str, frozenset[str]]]:
    """passport spelling -> {hanyu pinyin syllable -> systems spelling it this way}."""
    index: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in syllable_rows():
        for system in MANDARIN_SYSTEMS:
            for form in passport_forms(row.spelling(system)):
                index[form][row.hanyu].add(system)
    return {k: {p: frozenset(s) for p, s in v.items()} for k, v in index.items()}


@cache
def _zhuyin_of() -> dict[str, str]:
    return {row.hanyu: row.zhuyin for row in syllable_rows()}


@cache
def _row_of() -> dict[str, SyllableRow]:
    return {row.hanyu: row for row in syllable_rows()}


@cache
def _cantonese() -> object:
    from cantoroman import Cantonese

    return Cantonese()


@cache
def _cantonese_spellings() -> frozenset[str]:
    table = _cantonese().romanToChar  # type: ignore[attr-defined]
    return frozenset(k for k in table if k.isascii() and k.isalpha() and len(k) <= 6)


@cache
def _opencc(config: str) -> object:
    import opencc

    return opencc.OpenCC(config)


@lru_cache(maxsize=65536)
def to_traditional(text: str) -> str:
    return _opencc("s2t").convert(text)  # type: ignore[attr-defined]


@lru_cache(maxsize=65536)
def to_simplified(text: str) -> str:
    return _opencc("t2s").convert(text)  # type: ignore[attr-defined]


@cache
def name_chars() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(surname characters, given-name characters, compound surnames) from the data file,
    in file order (most frequent first)."""
    surnames: list[str] = []
    given: list[str] = []
    compounds: list[str] = []
    section = None
    for line in (DATA / "name_chars.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        for item in line.split():
            target = given if section != "surnames" else compounds if len(item) > 1 else surnames
            if item not in target:
                target.append(item)
    return tuple(surnames), tuple(given), tuple(compounds)


def compound_surnames() -> tuple[str, ...]:
    return name_chars()[2]


# --- readings of characters ----------------------------------------------------------


@lru_cache(maxsize=65536)
def mandarin_readings(ch: str) -> tuple[str, ...]:
    """Toneless Hanyu Pinyin readings of one character, most common first (ü kept)."""
    from pypinyin import Style, pinyin

    out: list[str] = []
    for form in (ch, to_simplified(ch), to_traditional(ch)):
        for r in pinyin(form, style=Style.NORMAL, heteronym=True, v_to_u=True)[0]:
            if r not in out and r.isalpha():
                out.append(r)
    return tuple(out[:3])


# Hong Kong government spellings in everyday use on HKIDs and passports that the
# cantonese-romanisation table lacks (e.g. 子 is TSZ in 陳子聰 CHAN TSZ CHUNG).
_CANTONESE_EXTRA = {"子": ("tsz",), "梓": ("tsz",), "紫": ("tsz",), "芷": ("tsz",),
                    "慈": ("tsz",), "思": ("sze",), "詩": ("sze",), "施": ("sze",),
                    "曾": ("tsang",), "謝": ("tse",), "徐": ("tsui",), "祖": ("cho",)}  # fmt: skip


@lru_cache(maxsize=65536)
def cantonese_readings(ch: str) -> tuple[str, ...]:
    """Hong Kong government Cantonese spellings of one character."""
    table = _cantonese().charToRoman  # type: ignore[attr-defined]
    out: list[str] = list(_CANTONESE_EXTRA.get(to_traditional(ch), ()))
    for form in (to_traditional(ch), ch):
        for r in table.get(form, []):
            if r not in out and r.isascii() and r.isalpha():
                out.append(r)
    return tuple(out[:4])


@lru_cache(maxsize=65536)
def romanisations(ch: str) -> dict[str, str]:
    """passport spelling -> system label, for one character (every system)."""
    out: dict[str, str] = {}
    rows = _row_of()
    for py in mandarin_readings(ch):
        row = rows.get(py)
        if row is None:
            for form in passport_forms(py):
                out.setdefault(form, HANYU)
            continue
        for system in MANDARIN_SYSTEMS:
            for form in passport_forms(row.spelling(system)):
                out.setdefault(form, system)
    for c in cantonese_readings(ch):
        out.setdefault(c, CANTONESE)
    return out


def romanise(text: str, system: str) -> list[str]:
    """First reading of each Han character of `text` in `system` (lower case)."""
    out = []
    rows = _row_of()
    for ch in text:
        if not is_han(ch):
            continue
        if system == CANTONESE:
            readings = cantonese_readings(ch)
            out.append(readings[0] if readings else "")
            continue
        py = mandarin_readings(ch)
        if not py:
            out.append("")
            continue
        row = rows.get(py[0])
        spelling = row.spelling(system) if row else py[0]
        out.append(sorted(passport_forms(spelling))[0] if system != HANYU else py[0])
    return out


# --- romanised syllables -------------------------------------------------------------


def mandarin_of(spelling: str) -> dict[str, frozenset[str]]:
    """Passport spelling -> {Hanyu Pinyin syllable: systems} (empty if not Mandarin)."""
    return _mandarin_index().get(spelling.lower(), {})


def is_cantonese(spelling: str) -> bool:
    return spelling.lower() in _cantonese_spellings()


def is_syllable(spelling: str) -> bool:
    s = spelling.lower()
    return s in _mandarin_index() or s in _cantonese_spellings()


@lru_cache(maxsize=131072)
def segmentations(token: str, max_syllables: int = 2) -> tuple[tuple[str, ...], ...]:
    """Ways to read a Latin token as 1..max_syllables romanised syllables, fewest first.
    'SHUIBIAN' -> (('shui', 'bian'),); 'ANDREW' -> ()."""
    t = token.lower()
    if not t.isascii() or not t.isalpha() or len(t) > 14:
        return ()
    if is_syllable(t):
        return ((t,),)
    if max_syllables < 2:
        return ()
    out = []
    for i in range(1, len(t)):
        head, tail = t[:i], t[i:]
        if is_syllable(head) and is_syllable(tail):
            out.append((head, tail))
    # Prefer splits that are Mandarin on both sides, then longer first syllables.
    out.sort(key=lambda p: (not (mandarin_of(p[0]) and mandarin_of(p[1])), -len(p[0])))
    return tuple(out[:2])


_ASPIRATION = (("zh", "j"), ("ch", "j"), ("q", "j"), ("c", "z"), ("p", "b"), ("t", "d"),
               ("k", "g"))  # fmt: skip


def coarse(pinyin: str) -> str:
    """Hanyu syllable with aspiration and ü merged: what blocking compares."""
    s = pinyin.replace("ü", "u").replace("v", "u")
    for a, b in _ASPIRATION:
        if s.startswith(a):
            return b + s[len(a) :]
    return s


@lru_cache(maxsize=131072)
def spelling_keys(spelling: str) -> frozenset[str]:
    """Blocking keys of one romanised syllable (same function on both sides)."""
    s = spelling.lower()
    m = mandarin_of(s)
    if m:
        return frozenset("s:" + coarse(p) for p in m)
    return frozenset({"c:" + s})


@lru_cache(maxsize=65536)
def char_keys(ch: str) -> tuple[frozenset[str], frozenset[str]]:
    """(Mandarin keys, Cantonese keys) of one Han character."""
    mandarin = frozenset("s:" + coarse(p) for p in mandarin_readings(ch)[:2])
    canto: set[str] = set()
    for c in cantonese_readings(ch)[:2]:
        canto |= spelling_keys(c)
    return mandarin, frozenset(canto)


@cache
def _dialect_bridges() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Over the common name characters (most frequent first): Cantonese spelling ->
    ['pinyin|char'] and Mandarin pinyin -> ['cantonese|char']."""
    surnames, given, compounds = name_chars()
    chars = list(dict.fromkeys([*surnames, *(c for comp in compounds for c in comp), *given]))
    c2m: dict[str, list[str]] = defaultdict(list)
    m2c: dict[str, list[str]] = defaultdict(list)
    for ch in chars:
        for c in cantonese_readings(ch)[:2]:
            for m in mandarin_readings(ch)[:1]:
                c2m[c].append(f"{m}|{ch}")
                m2c[m].append(f"{c}|{ch}")
    return c2m, m2c


@lru_cache(maxsize=65536)
def cross_dialect(spelling: str) -> tuple[tuple[str, str, str], ...]:
    """Other spellings of the same name character in the other dialect:
    [(spelling, dialect of that spelling, char)]. CHAN -> [('chen', 'Mandarin', '陳'), ...]."""
    c2m, m2c = _dialect_bridges()
    s = spelling.lower()
    out: list[tuple[str, str, str]] = []
    for item in c2m.get(s, ()):
        m, ch = item.split("|")
        out.append((m, "Mandarin", ch))
    for py in sorted(mandarin_of(s)):
        for item in m2c.get(py, ()):
            c, ch = item.split("|")
            out.append((c, "Cantonese", ch))
    return tuple(out)


def expansion_keys(spelling: str) -> frozenset[str]:
    """Query-side keys of a syllable: its own and its cross-dialect counterparts'."""
    keys = set(spelling_keys(spelling))
    for other, dialect, _ in cross_dialect(spelling):
        if dialect == "Mandarin":
            keys.add("s:" + coarse(other))
        else:
            keys |= spelling_keys(other)
    return frozenset(keys)


def describe_system(spelling: str) -> str:
    m = mandarin_of(spelling)
    systems: set[str] = set()
    for s in m.values():
        systems |= s
    if is_cantonese(spelling):
        systems.add(CANTONESE)
    order = [*MANDARIN_SYSTEMS, CANTONESE]
    return "/".join(s for s in order if s in systems) or "unknown system"


def strip_tone_marks(text: str) -> str:
    """'Chén Shuǐbiǎn' -> 'Chen Shuibian' (keeps ü)."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.category(ch) == "Mn" and ch != "\u0308":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))
