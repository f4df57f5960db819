"""Blocking keys: how a query finds a few hundred candidates among millions of names.

A name becomes *units* (Han characters; romanised syllables; other words), each unit a
small set of phonetic keys that every spelling of it shares:
- a Mandarin syllable in any system -> its Hanyu syllable, aspiration merged
  (CHEN, CH'EN, JHEN... -> s:jen); a Cantonese-only spelling keys as itself;
- a Han character -> its Mandarin keys and, as a second reading of the whole name, its
  Cantonese keys;
- another word -> its consonant skeleton after spelling folds (MOHAMMED, MUHAMMAD -> MHMD).
The stored keys are *pairs* of unit keys within one name (unordered), so that a lookup
needs two units in common and posting lists stay short even for WANG or MOHAMMED; a
one-unit name stores its single key. A query expands each syllable to its Cantonese /
Mandarin counterparts (CHEN -> CHAN via 陳) and every segmentation of joined syllables.

Keys are 63-bit integers (blake2b of the key text): compact and fast in SQLite.
`KEYS_VERSION` changes whenever this algorithm changes; the replica then rebuilds.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import combinations, product

from desktop.screening import chinese
from desktop.screening.names import Name, parse
from desktop.screening.translit import skeleton

KEYS_VERSION = 1
MAX_QUERY_KEYS = 600

Units = list[frozenset[str]]


def _word_key(word: str) -> frozenset[str]:
    sk = skeleton(word)
    return frozenset({"w:" + sk}) if sk else frozenset()


def _latin_units(name: Name, *, expand: bool) -> list[Units]:
    """Unit key sets of a Latin name; with `expand`, every segmentation and dialect."""
    readings: list[Units] = [[]]
    for t in name.tokens:
        if t.weight < 1.0:
            continue  # particles and initials: too common to block on
        if not t.syllables:
            for r in readings:
                r.append(_word_key(t.text))
            continue
        segs = t.syllables if expand else t.syllables[:1]
        keyf = chinese.expansion_keys if expand else chinese.spelling_keys
        if len(segs) == 1:
            for r in readings:
                r.extend(keyf(s) for s in segs[0])
        else:  # ambiguous split (MINGAN): one reading per split
            readings = [[*r, *(keyf(s) for s in seg)] for r in readings for seg in segs]
    return readings


def _han_units(name: Name) -> list[Units]:
    chars = name.han_text
    mandarin = [chinese.char_keys(c)[0] for c in chars]
    canto = [chinese.char_keys(c)[1] for c in chars]
    return [mandarin, canto]


def name_units(name: Name, *, expand: bool = False) -> list[Units]:
    if name.is_han:
        return _han_units(name)
    return _latin_units(name, expand=expand)


def _pairs(units: Units) -> Iterable[str]:
    units = [u for u in units if u]
    if len(units) == 1:
        yield from units[0]
        return
    for a, b in combinations(units, 2):
        for x, y in product(a, b):
            yield f"{x}|{y}" if x <= y else f"{y}|{x}"


@lru_cache(maxsize=262144)
def key_hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big") >> 1


def index_keys(names: Sequence[str]) -> set[int]:
    """Keys stored for one listed person (all names and aliases)."""
    out: set[int] = set()
    for n in names:
        for units in name_units(parse(n)):
            out.update(key_hash(k) for k in _pairs(units))
    return out


def query_keys(names: Sequence[str]) -> set[int]:
    """Keys looked up for a traveller: the stored keys of the same spellings and more."""
    out: set[int] = set()
    for n in names:
        parsed = parse(n)
        for units in name_units(parsed, expand=True):
            for k in _pairs(units):
                out.add(key_hash(k))
                if len(out) >= MAX_QUERY_KEYS:
                    return out
        if not parsed.is_han:
            for units in name_units(parsed):
                out.update(key_hash(k) for k in _pairs(units))
    return out


class NameIndexer:
    """`local_store.replica.Indexer` for the workstation: blocking keys of names."""

    version = KEYS_VERSION

    def keys(self, names: Sequence[str]) -> set[int]:
        return index_keys(names)
