"""Japanese readings of a name written in kanji (and kana), as Japanese passports spell
them: Hepburn, with the long vowels written out (SHINZOU), dropped (SHINZO, the passport
practice) or as OH (ITOH, allowed on request), and N written M before B, M, P (NAMBA).

The same characters are also a Chinese name; these readings are one more candidate
romanisation of the whole name, scored like the others (`score.compare_names`), and
never used when both names are in characters (陳志明 / 陳智明 stay two names).
Library: `pykakasi` (dictionary-based kanji -> Hepburn, traditional and shinjitai forms
alike: 晉三 and 晋三 both SHINZOU); its dictionaries load on first use (0.4-1.1 s here,
~135 MiB more peak memory), then a new name takes ~0.1 ms.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

_KANA_OR_HAN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LONG = ((re.compile(r"OU"), "O"), (re.compile(r"OO"), "O"), (re.compile(r"UU"), "U"))


@cache
def _kakasi() -> object:
    import pykakasi

    return pykakasi.kakasi()


def has_kana(text: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" for ch in text)


def _passport(word: str) -> str:
    """Long vowels dropped, N as M before a labial (Japanese passport Hepburn)."""
    for rx, rep in _LONG:
        word = rx.sub(rep, word)
    return re.sub(r"N(?=[BMP])", "M", word)


def _oh(word: str) -> str:
    """Long O written OH (ITOH, OHNO)."""
    return re.sub(r"N(?=[BMP])", "M", re.sub(r"O[OU]", "OH", word))


@lru_cache(maxsize=16384)
def readings(text: str) -> tuple[str, ...]:
    """'安倍晉三' -> ('ABE SHINZOU', 'ABE SHINZO', 'ABE SHINZOH'): the name read in
    Japanese, words as the dictionary splits them (surname, given name); () when some
    character has no Japanese reading."""
    chars = "".join(_KANA_OR_HAN.findall(text))
    if not chars:
        return ()
    words = []
    for item in _kakasi().convert(chars):  # type: ignore[attr-defined]
        w = item["hepburn"].replace("'", "").upper()
        if not w:
            continue
        if not (w.isascii() and w.isalpha()):
            return ()
        words.append(w)
    if not words:
        return ()
    out = [" ".join(words), " ".join(_passport(w) for w in words), " ".join(_oh(w) for w in words)]
    return tuple(dict.fromkeys(out))


def warm_up() -> None:
    """Load pykakasi's dictionaries now (0.4-1.1 s, ~135 MiB): the window does it on a
    worker at start, so that the first traveller compared with a name in characters is
    not the one who waits."""
    readings("山田太郎")
