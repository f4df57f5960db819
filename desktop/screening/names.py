"""Parsing a person's name as written anywhere (visual zone, MRZ, chip, watchlist) into
comparable tokens.

Accepted forms: `SURNAME, GIVEN NAMES`, MRZ `SURNAME<<GIVEN<NAMES`, free order
`GIVEN SURNAME`, Han characters (`陳水扁`, Simplified or Traditional, surname first),
Cyrillic, Arabic and Greek (transliterated by ICAO 9303-3), diacritics, hyphenated or
joined given names (`SHUI-BIAN`, `SHUIBIAN`, `SHUI BIAN`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from desktop.screening import brahmic, chinese, japanese
from desktop.screening.translit import script_of, to_latin

# Particles and honorifics that are written or dropped at will: they count little.
PARTICLES = frozenset(
    [
        "AL",
        "EL",
        "UL",
        "AR",
        "AS",
        "AN",
        "AD",
        "AT",
        "AZ",
        "ASH",
        "BIN",
        "BEN",
        "IBN",
        "BINT",
        "BENT",
        "ABU",
        "UMM",
        "DE",
        "DEL",
        "DELLA",
        "DER",
        "DEN",
        "DI",
        "DA",
        "DOS",
        "DAS",
        "DU",
        "LA",
        "LE",
        "VAN",
        "VON",
        "TER",
        "MAC",
        "ST",
        "SAINT",
        "MR",
        "MRS",
        "MS",
        "DR",
    ]
)
_ABD_RE = re.compile(r"^ABD(?:OU|[AEOU])[LRSNDTZ](?=[A-Z]{3})")
_ABD_HEADS = frozenset({"ABD", "ABDUL", "ABDEL", "ABDAL", "ABDOL", "ABDOUL", "ABDU"})
_ARTICLES = frozenset({"AL", "EL", "UL", "UR", "AR", "AS", "AN", "AD", "AT", "AZ", "ASH"})


@dataclass(frozen=True)
class Token:
    """One word of a name. `han` tokens hold characters (Traditional); Latin tokens hold
    upper-case A-Z and, when the word reads as romanised Chinese syllables, the ways to
    split it (`syllables`)."""

    text: str
    han: bool
    syllables: tuple[tuple[str, ...], ...]
    weight: float

    @property
    def units(self) -> tuple[str, ...]:
        """Syllable units: characters for Han, the first segmentation, or the word."""
        if self.han:
            return tuple(self.text)
        if self.syllables:
            return self.syllables[0]
        return (self.text,)


@dataclass(frozen=True)
class Name:
    original: str
    tokens: tuple[Token, ...]
    surname_first: bool  # True when the form says which token is the surname
    script: str  # latin | han | cyrillic | arabic | greek
    han_text: str = ""  # the Han name as written (Traditional), if any

    @property
    def is_han(self) -> bool:
        return self.script == "han"

    @property
    def chinese_like(self) -> bool:
        """Han, or every Latin token reads as 1-2 romanised syllables (2-5 in all)."""
        if self.is_han:
            return True
        if not self.tokens or not all(t.syllables for t in self.tokens):
            return False
        return 2 <= sum(len(t.syllables[0]) for t in self.tokens) <= 5

    def latin(self) -> str:
        return " ".join(t.text for t in self.tokens)


def _split_han(text: str) -> tuple[Token, ...]:
    chars = "".join(ch for ch in chinese.to_traditional(text) if chinese.is_han(ch))
    if not chars:
        return ()
    surname_len = 1
    for comp in chinese.compound_surnames():
        if chars.startswith(comp) and len(chars) > len(comp):
            surname_len = len(comp)
            break
    if len(chars) == 1:
        return (Token(chars, True, (), 1.0),)
    return (
        Token(chars[:surname_len], True, (), 1.0),
        Token(chars[surname_len:], True, (), 1.0),
    )


_SPLIT_RE = re.compile(r"[\s,<\-]+")
_NOT_WORD_RE = re.compile(r"[^A-Z0-9]")


def _latin_tokens(text: str) -> list[str]:
    text = text.replace("'", "")
    return [t for t in _SPLIT_RE.split(text) if t]


def _merge_arabic(words: list[str]) -> list[str]:
    """ABD AL RAHMAN / ABDUL RAHMAN / ABD-UR-RAHMAN / ABDELRAHMAN -> ABDULRAHMAN."""
    if not any(w.startswith("ABD") for w in words):
        return words  # nothing to merge (both patterns start with ABD)
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in _ABD_HEADS and i + 1 < len(words):
            j = i + 1
            if words[j] in _ARTICLES and j + 1 < len(words):
                j += 1
            out.append("ABDUL" + words[j])
            i = j + 1
            continue
        out.append(_ABD_RE.sub("ABDUL", w))
        i += 1
    return out


@lru_cache(maxsize=65536)
def token(word: str) -> Token:
    """The token of one Latin word (upper-case A-Z and digits), as `parse` makes it."""
    # Cached: the same words recur across millions of listed names (and tokens are
    # immutable, so one instance can serve every name that has the word).
    weight = 0.3 if (word in PARTICLES or len(word) == 1) else 1.0
    return Token(word, False, chinese.segmentations(word), weight)


@cache
def _ascii_table() -> dict[int, str]:
    return {c: to_latin.__wrapped__(chr(c)) for c in range(128)}


def ascii_to_latin(text: str) -> str:
    """`to_latin` of ASCII text by table: for ASCII, `to_latin` maps each character on
    its own (NFKC and upper case change nothing else), so the table built from it gives
    the same result without the per-character Unicode work."""
    return text.translate(_ascii_table())


@lru_cache(maxsize=131072)
def parse(text: str) -> Name:
    """Parse one name. Never raises: an unusable name gives no tokens."""
    if text.isascii():
        # Most listed names: no tone marks, no Han, Latin script (tests prove the
        # shortcut equal to the general path below for any ASCII text).
        raw = text.strip()
        return _parse_latin(text, "latin", ascii_to_latin(raw))
    raw = text.strip()
    if brahmic.has_brahmic(raw):
        raw = brahmic.romanise(raw)  # before the tone marks go: Thai vowels are marks too
    if japanese.has_kana(raw):
        # a name with kana, read as passport Hepburn word by word, surname first, before
        # the tone marks go (they take the dakuten too): さとう しょうた SATO SHOTA, which
        # was "empty after normalisation" before stop 26
        read = [japanese.readings(w) for w in raw.replace("\u3000", " ").split()]
        if read and all(read):
            words = [r[1] if len(r) > 1 else r[0] for r in read]
            latin = f"{words[0]}, {' '.join(words[1:])}" if len(words) > 1 else words[0]
            return _parse_latin(text, "latin", latin)
    raw = chinese.strip_tone_marks(raw)
    if chinese.has_han(raw):
        # the iteration mark written out (佐々木 as 佐佐木): it repeats a character
        raw = japanese.expand_iteration(raw)
        han = "".join(ch for ch in chinese.to_traditional(raw) if chinese.is_han(ch))
        return Name(text, _split_han(raw), True, "han", han)
    script = script_of(raw)
    if script == "latin" and ("Ü" in raw or "ü" in raw):
        read_u = _umlaut_as_u(text, raw)
        if read_u is not None:
            return read_u
    return _parse_latin(text, script, to_latin(raw))


def _umlaut_as_u(text: str, raw: str) -> Name | None:
    """Wade-Giles writes ü (HSÜ, YÜAN, LÜ, CH'Ü) where ICAO 9303 folds it to UE, which
    then splits HSU-E: when every word reads as Chinese syllables with Ü as U, the name
    is a romanised Chinese one and is read so; MÜLLER (MULLER is no syllable run) keeps
    its UE."""
    name = _parse_latin(text, "latin", to_latin(raw.replace("Ü", "U").replace("ü", "u")))
    if name.tokens and all(t.syllables for t in name.tokens):
        return name
    return None


def _parse_latin(text: str, script: str, latin: str) -> Name:
    surname_first = False
    if "<" in latin:
        surname, _, given = latin.partition("<<")
        words = _latin_tokens(surname) + _latin_tokens(given)
        surname_first = bool(given)
    elif "," in latin:
        surname, _, given = latin.partition(",")
        words = _latin_tokens(surname) + _latin_tokens(given)
        surname_first = True
    else:
        words = _latin_tokens(latin)
    if any(_NOT_WORD_RE.search(w) for w in words):
        words = [w for w in (_NOT_WORD_RE.sub("", w) for w in words) if w]
    words = _merge_arabic(words)
    return Name(text, tuple(token(w) for w in words), surname_first, script)
