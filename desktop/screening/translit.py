"""Latin normalisation and ICAO Doc 9303 Part 3 transliteration (section 6 and its
Tables A, B and C: Latin with diacritics, Cyrillic, Arabic; Thai and Devanagari, which
ICAO does not cover, through `brahmic`), plus the spelling folds
that make common variants of romanised Arabic and Russian names comparable.

Everything returns upper-case ASCII A-Z, so that a name read from the visual zone, the
MRZ, the chip or a watchlist can be compared in one alphabet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from desktop.screening import brahmic

# ICAO 9303-3 Table A: multinational Latin characters whose MRZ form is not simply the
# base letter (the others lose their diacritic: É -> E, Ç -> C, Ł -> L...).
# For Ä Ö Ü Å the recommended forms are AE OE UE AA; the base letter is also allowed,
# so comparisons fold both ways (see `fold_umlauts`).
_LATIN_SPECIAL = {
    "Ä": "AE", "Ö": "OE", "Ü": "UE", "Å": "AA", "Æ": "AE", "Ø": "OE", "Œ": "OE",
    "ß": "SS", "ẞ": "SS", "Þ": "TH", "Ð": "D", "Đ": "D", "Ł": "L", "Ħ": "H", "Ŧ": "T",
    "Ŋ": "N", "ı": "I", "Ĳ": "IJ", "ĸ": "K", "Ŀ": "L",
}  # fmt: skip

# ICAO 9303-3 Table B: Cyrillic (Russian, Ukrainian, Belarusian, Serbian, Macedonian,
# Bulgarian letters).
_CYRILLIC = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Ґ": "G", "Д": "D", "Ђ": "D", "Ѓ": "G",
    "Е": "E", "Ё": "E", "Є": "IE", "Ж": "ZH", "З": "Z", "Ѕ": "DZ", "И": "I", "І": "I",
    "Ї": "I", "Й": "I", "Ј": "J", "К": "K", "Л": "L", "Љ": "LJ", "М": "M", "Н": "N",
    "Њ": "NJ", "О": "O", "П": "P", "Р": "R", "С": "S", "Т": "T", "Ћ": "C", "Ќ": "K",
    "У": "U", "Ў": "U", "Ф": "F", "Х": "KH", "Ц": "TS", "Ч": "CH", "Џ": "DZ", "Ш": "SH",
    "Щ": "SHCH", "Ъ": "IE", "Ы": "Y", "Ь": "", "Э": "E", "Ю": "IU", "Я": "IA",
}  # fmt: skip
# Ukrainian passports write Г as H (Ukrainian transliteration, also in ICAO Table B).
_UKRAINIAN_HINTS = set("ЄІЇҐ")

# ICAO 9303-3 Table C: Arabic consonants (vowels are rarely written, so the result is
# close to the consonant skeleton that matching compares).
_ARABIC = {
    "ء": "", "آ": "A", "أ": "A", "ؤ": "", "إ": "I", "ئ": "", "ا": "A", "ب": "B", "ة": "H",
    "ت": "T", "ث": "TH", "ج": "J", "ح": "H", "خ": "KH", "د": "D", "ذ": "TH", "ر": "R",
    "ز": "Z", "س": "S", "ش": "SH", "ص": "S", "ض": "D", "ط": "T", "ظ": "Z", "ع": "",
    "غ": "GH", "ف": "F", "ق": "Q", "ك": "K", "ل": "L", "م": "M", "ن": "N", "ه": "H",
    "و": "W", "ى": "Y", "ي": "Y", "پ": "P", "چ": "CH", "ژ": "ZH", "گ": "G", "ی": "Y",
    "ک": "K",
}  # fmt: skip

_ARABIC_WORD_START = re.compile(
    r"(?<![\u0600-\u06ff])(ال(?=[\u0600-\u06ff]{2})(?!له(?![\u0600-\u06ff]))|ع(?![يوى]))"
)  # not الله (ALLAH, NASRALLAH)

# Greek (ICAO 9303-3 Table D, simplified to the base letters).
_GREEK = {
    "Α": "A", "Β": "V", "Γ": "G", "Δ": "D", "Ε": "E", "Ζ": "Z", "Η": "I", "Θ": "TH",
    "Ι": "I", "Κ": "K", "Λ": "L", "Μ": "M", "Ν": "N", "Ξ": "X", "Ο": "O", "Π": "P",
    "Ρ": "R", "Σ": "S", "Τ": "T", "Υ": "Y", "Φ": "F", "Χ": "CH", "Ψ": "PS",
    "Ω": "O",
}  # fmt: skip

_SCRIPT_RE = {
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "arabic": re.compile(r"[\u0600-\u06ff]"),
    "greek": re.compile(r"[\u0370-\u03ff]"),
    "thai": re.compile(r"[\u0e00-\u0e7f]"),
    "devanagari": re.compile(r"[\u0900-\u097f]"),
}


def script_of(text: str) -> str:
    for name, rx in _SCRIPT_RE.items():
        if rx.search(text):
            return name
    return "latin"


def _strip_marks(ch: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn")


@lru_cache(maxsize=65536)
def to_latin(text: str) -> str:
    """Any supported script -> upper-case Latin with separators kept (ICAO 9303-3)."""
    text = unicodedata.normalize("NFKC", text)
    if _ARABIC_WORD_START.search(text):
        # the article is its own word (السيسي AL-SYSY, as passports write EL-SISI) and a
        # word-initial ain is the vowel that passports spell (عبد ABD, عمر AMR), unless
        # a long vowel follows, which gives it its sound (عيسى ISSA, EISA; عودة ODEH)
        text = _ARABIC_WORD_START.sub(lambda m: "AL-" if m.group(1) == "ال" else "A", text)
    if brahmic.has_brahmic(text):
        # no ICAO table: read as RTGS (Thai) or the Hindi name spelling (Devanagari)
        text = brahmic.romanise(text)
    upper = text.upper()
    ukrainian = any(c in _UKRAINIAN_HINTS for c in upper)
    out: list[str] = []
    for ch in upper:
        if "A" <= ch <= "Z" or ch in " -,'<":
            out.append(ch)
        elif ch in _LATIN_SPECIAL:
            out.append(_LATIN_SPECIAL[ch])
        elif ch in _CYRILLIC:
            out.append("H" if ukrainian and ch == "Г" else _CYRILLIC[ch])
        elif ch in _ARABIC:
            out.append(_ARABIC[ch])
        elif _strip_marks(ch) in _GREEK:
            out.append(_GREEK[_strip_marks(ch)])
        elif ch.isspace() or ch in "‐‑–—·・.":
            out.append(" " if ch.isspace() or ch in "·・." else "-")
        elif ch in "’`ʼ":
            out.append("'")
        else:
            base = _strip_marks(ch)
            if base and "A" <= base[0] <= "Z":
                out.append(base)
            elif ch.isdigit():
                out.append(ch)  # OCR slips (0 for O) are handled by the comparison
            # anything else (emoji, symbols) is dropped
    return "".join(out)


_UMLAUT_RE = re.compile(r"(?<=[AOU])E")


def fold_umlauts(token: str) -> str:
    """MUELLER -> MULLER, SCHOENE -> SCHONE: ICAO allows both forms of Ä Ö Ü."""
    return _UMLAUT_RE.sub("", token)


# Spelling folds for variants of romanised names (Arabic, Russian, general): applied in
# order to an upper-case token. Used for the blocking skeleton and the phonetic form.
_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(a), b)
    for a, b in (
        (r"0", "O"), (r"1", "I"), (r"5", "S"), (r"8", "B"), (r"6", "G"), (r"2", "Z"),
        (r"PH", "F"), (r"KH", "H"), (r"GH", "G"), (r"DH", "D"), (r"TH", "T"),
        (r"SHCH", "SH"), (r"TCH", "CH"), (r"TSCH", "CH"), (r"SCH", "SH"), (r"ZH", "J"),
        (r"DJ", "J"), (r"DZ", "J"), (r"CK", "K"), (r"Q", "K"), (r"X", "KS"),
        (r"C(?=[AOU]|$)", "K"), (r"W", "V"), (r"OU", "U"), (r"OO", "U"), (r"EE", "I"),
        (r"IE", "I"), (r"J(?=[AEIOU])", "Y"), (r"(?<=[AEIOU])J$", "I"), (r"Y", "I"),
        (r"TS", "S"), (r"TZ", "S"),
        (r"Z", "S"), (r"(.)\1", r"\1"),
    )
)  # fmt: skip


# The letters each fold needs in the word to change anything: a fold whose letters are
# absent is skipped (most are, for any one word), with the same result as running it.
_FOLD_NEEDS: tuple[str, ...] = tuple(
    rx.pattern if rx.pattern.isalnum() else {"C(?=[AOU]|$)": "C", "J(?=[AEIOU])": "J",
                                             "(?<=[AEIOU])J$": "J"}.get(rx.pattern, "")
    for rx, _ in _FOLDS
)  # fmt: skip


@lru_cache(maxsize=262144)
def phonetic(token: str) -> str:
    """A spelling-variant fold that keeps vowels: MOHAMMED -> MOHAMED, YOUSSEF -> IUSEF."""
    s = fold_umlauts(token)
    for (rx, rep), need in zip(_FOLDS, _FOLD_NEEDS, strict=True):
        if need in s:  # "" (a fold without a fixed letter) is in every word
            s = rx.sub(rep, s)
    return s


_VOWELS_RE = re.compile(r"[AEIOU]")


@lru_cache(maxsize=262144)
def skeleton(token: str) -> str:
    """Consonant skeleton after the spelling folds, first letter kept, D/T merged at the
    end: MOHAMMED, MUHAMMAD, MOHAMAD -> MHMD; ALEKSANDR, ALEXANDER -> ALKSNDR."""
    p = phonetic(token)
    if not p:
        return ""
    rest = _VOWELS_RE.sub("", p[1:])
    s = p[0] + rest
    s = re.sub(r"(.)\1+", r"\1", s)
    if s.endswith("T"):
        s = s[:-1] + "D"
    return s


# --- a name in Arabic or Persian script against a Latin spelling -------------------------

# What each letter may be written as in a passport's or a customary Latin spelling: the
# consonants as the ICAO table and the Persian readings give them (ض D, but Z in Persian:
# رضا REZA; ذ DH, Z; ث TH, S), the long vowels and semivowels as their vowels or W, V, Y.
# The short vowels are not written, so one Latin vowel may stand after any letter.
_FRAME = {
    "ب": "B", "ت": "T", "ث": "TH|S", "ج": "J|DJ|G", "ح": "H", "خ": "KH|H", "د": "D",
    "ذ": "DH|TH|Z|D", "ر": "R", "ز": "Z", "س": "S", "ش": "SH|CH", "ص": "S", "ض": "D|DH|Z",
    "ط": "T", "ظ": "Z|DH", "غ": "GH|G", "ف": "F", "ق": "Q|K|G", "ك": "K", "ک": "K", "ل": "L",
    "م": "M", "ن": "N", "پ": "P", "چ": "CH", "ژ": "ZH|J", "گ": "G", "ه": "H",
    "ا": "A|AA|E", "آ": "A|AA", "أ": "A|E|I|O|U", "إ": "I|E", "ى": "A|Y|I|E",
    "ي": "Y|I|II|EE|E|EI|AI|EY|AY|IY", "ی": "Y|I|II|EE|E|EI|AI|EY|AY|IY",
    "و": "W|V|U|OU|OO|O|AU|OW|AW", "ع": "'|", "ء": "'|", "ئ": "'|Y|I|E", "ؤ": "'|O|U|W",
}  # fmt: skip
# A word's last letter when it writes a final vowel (ة the feminine ending, ه in Persian
# ZADEH, ALLAH; Persian writes the final alef maqsura ی: مرتضی MORTEZA, موسی MUSA).
_FINAL_FRAME = {"ة": "H|A|AH|E|EH|AT|ET", "ه": "H|E|EH|A|AH",
                "ی": "Y|I|II|EE|E|EI|AI|EY|AY|IY|A"}  # fmt: skip
_ARTICLE = "ال"


def _frame(word: str) -> re.Pattern[str] | None:
    parts = []
    for i, ch in enumerate(word):
        opts = (_FINAL_FRAME.get(ch) if i == len(word) - 1 else None) or _FRAME.get(ch)
        if opts is None:
            return None
        # a doubled consonant (shadda, rarely written), then one short vowel
        parts.append(f"(?:{opts})(?:{opts})?[AEIOU]?")
    return re.compile("".join(parts))


def arabic_words(text: str) -> tuple[str, ...]:
    """The words of a name in Arabic or Persian script, the article (ال) taken off."""
    out = []
    for w in unicodedata.normalize("NFKC", text).split():
        w = "".join(ch for ch in w if "\u0621" <= ch <= "\u06ff" and not "\u064b" <= ch <= "\u065f")
        if w.startswith(_ARTICLE) and len(w) > 3 and w != "الله":
            w = w[2:]
        if w:
            out.append(w)
    return tuple(out)


@lru_cache(maxsize=65536)
def arabic_spells(arabic: str, latin: str) -> bool:
    """Whether a Latin word (upper case) spells one Arabic-script word letter by letter:
    its consonants and written long vowels in order, one short vowel at most between them
    (عمر OMAR, رضا REZA, حسینی HOSSEINI; not محمد MAHMOUD, whose OU is a long vowel
    that محمد does not write)."""
    rx = _frame(arabic)
    return rx is not None and rx.fullmatch(latin) is not None
