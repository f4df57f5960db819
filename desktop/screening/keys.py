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
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import product

from desktop.screening import brahmic, chinese, japanese, korean, names, vietnamese
from desktop.screening.names import Name, parse
from desktop.screening.translit import skeleton

KEYS_VERSION = 19  # 5, 6: Gwoyeu Romatzyh and dialect spellings, splits ranked anew; 7: more
# dialect spellings (WEE, KEAT, BI, KHIM, TAN, BOW; 黃 ONG); 8: 27 more from published names
# (SEE, LENG, SIOW, KHOON, TOCK, AW, EU, PNG, PUAT, Fuzhou LING/TIONG, Macau SIO/IAO...);
# 9: names in Hangul keyed by their Latin passport spellings (before: no keys at all);
# 10: a Wade-Giles Ü in a name that reads as Chinese syllables is U (HSÜ), not UE; Japanese
# shinjitai keyed as their Traditional forms (穂 as 穗, 辺 as 邊); 11: family spellings of
# Taiwan passports in the style of GR (楊 YAUNG, 朗 LAUNG); Cantonese Yale J also as the
# Hong Kong CH (珍 jan, chan); 12: names in Thai and Devanagari script keyed by their
# romanisation (before: no keys at all); Arabic script: the article AL- its own word, a
# word-initial ain read A (عبد ABD); 17 attested dialect, Macau and customary spellings
# (潤 ION, 玉 IOK, 柯 QUAH, 金 KING...); Hangul 우 also WOO; a leading surname character
# kept when OpenCC's phrases would turn it into no surname (余若薇, not 餘若薇); 13: a
# word-initial ain before ي, و or ى no longer A (عيسى ISSA, عودة ODEH: that letter's vowel);
# Thai เ-า read AO (เยาว YAOW), precomposed Devanagari nukta letters kept (ज़ Z)
# 14: a name in characters also stored under its Sino-Vietnamese readings (武元甲 VO NGUYEN
# GIAP) and its Japanese name readings (js:/jg: keys: 阿部詩 ABE UTA); a name in Thai or
# Devanagari script also by coarse consonant classes (bk: keys: ชินวัตร CHINWAT, SHINAWATRA)
# 15: Thai read anew (สร/ศร with a silent ร: เศรษฐา SETTHA; วรรณ after a vowel: SUWAN;
# วีรกูล WIRAKUN); bk: classes drop a vowel-marking R (CHARN) and read SR- as S; a Latin
# name also stored under bl: classes, looked up by a traveller in Thai or Devanagari only;
# names in characters also under their Japanese name-table reading and Korean reading
# 16: a word's initial vowel folded (OSAMA/USAMA, IBRAHIM/EBRAHIM/IBRAGIM, OMAR/UMAR meet);
# a Latin traveller with a word read as syllables also looks up its words' skeletons
# (LADIN, UMAR: la+din, um+ar missed the listed LADEN, OMAR); stored keys unchanged
# 17: the iteration mark 々 written out in a stored name in characters (佐々木朗希 keyed as
# 佐佐木朗希: SASAKI ROKI never met the listed name, keyed as 佐木朗希); a 4-kanji name's
# three-kanji surname split stored too (佐々木希 SASAKI NOZOMI, 野々村真 NONOMURA MAKOTO);
# a name in kana keyed by its passport Hepburn (before: no keys at all)
# 18: a married woman's own surname, second of four characters, kept when OpenCC's phrases
# would turn it into no surname (陳游淑惠, not 陳遊淑惠); 19: CJK Extensions G and H are
# characters (𰾄: before, no keys at all); Hokkien SEOW 蕭 and KWEE 郭
MAX_QUERY_KEYS = 1500
PAIR_SPAN = 8  # units paired with at most the next 8: all pairs of any real name
MAX_READINGS = 16  # segmentations of ambiguous joined syllables, multiplied over words
_DIGITS = {"0": "OD", "1": "IL", "2": "Z", "5": "S", "6": "G", "8": "B"}
_LETTERS = "AEIOUNGHYWS"  # letters romanised syllables are mostly made of
_CONSONANTS = "BDFGHJKLMNPRSTV"

Units = list[frozenset[str]]


def _word_skeleton(word: str) -> str:
    """`skeleton` with an initial vowel folded to A: Arabic, Persian and Turkish names
    are spelled with any first vowel (OSAMA, USAMA; IBRAHIM, EBRAHIM; OMAR, UMAR), and the
    skeleton keeps it, so such pairs shared no key. Y and J are already I (YUSUF, JUSUF,
    IUSUF -> ISF), so an initial I also meets E (YELENA, ELENA)."""
    sk = skeleton(word)
    return "A" + sk[1:] if sk[:1] in ("E", "I", "O", "U") else sk


def _word_key(word: str) -> frozenset[str]:
    sk = _word_skeleton(word)
    return frozenset({"w:" + sk}) if sk else frozenset()


def _query_word_reading(name: Name) -> Units:
    """A Latin traveller with a word that segments as syllables (LADIN: la+din, UMAR:
    um+ar) also looks up all its words' skeletons: such a word gets only syllable keys,
    which never meet another spelling's skeleton (a listed LADEN, OMAR). Looked up only:
    stored too (for USAMA BIN LADIN), the readings added namesakes (HASSAN SALEM for
    HASSAN SALMA) that crowded the cut among namesakes (bench recall 0.986 -> 0.985)."""
    words = [t for t in name.tokens if t.weight >= 1.0]
    if not any(t.syllables for t in words):
        return []
    return [_word_key(t.text) for t in words]


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
        if len(segs) == 1:  # one reading per split of ambiguous words (MINGAN), bounded
            for r in readings:
                r.extend(keyf(s) for s in segs[0])
        elif len(readings) * len(segs) <= MAX_READINGS:  # ambiguous split (MINGAN)
            readings = [[*r, *(keyf(s) for s in seg)] for r in readings for seg in segs]
        else:  # the product of splits grows exponentially: the first split from here on
            for r in readings:
                r.extend(keyf(s) for s in segs[0])
    return readings


def _han_units(name: Name) -> list[Units]:
    chars = name.han_text
    mandarin = [chinese.char_keys(c)[0] for c in chars]
    canto = [chinese.char_keys(c)[1] for c in chars]
    return [mandarin, canto]


@lru_cache(maxsize=65536)
def _char_any_keys(ch: str) -> frozenset[str]:
    """Every key a spelling of `ch` is stored under: Mandarin, Cantonese and the dialect
    spellings of `data/dialect_spellings.tsv` (陳: s:jen, c:chan, s:tan, c:chin)."""
    keys = set(chinese.char_keys(ch)[0] | chinese.char_keys(ch)[1])
    for spelling, _ in chinese.dialect_spellings(ch):
        keys |= chinese.spelling_keys(spelling)
    return frozenset(keys)


def name_units(name: Name, *, expand: bool = False) -> list[Units]:
    if name.is_han:
        readings = _han_units(name)
        if expand:  # query side: a name in characters finds TAN CHENG BOCK, TAN JIA HUI
            readings.append([_char_any_keys(c) for c in name.han_text])
        return readings
    readings = _latin_units(name, expand=expand)
    words = _query_word_reading(name) if expand else []
    return [*readings, words] if words else readings


def _unit_pairs(units: Sequence[frozenset[str]]) -> Iterator[tuple[frozenset[str], frozenset[str]]]:
    """Pairs of units at most PAIR_SPAN apart: every pair for a real name (up to
    PAIR_SPAN + 1 units), and a number of pairs linear in the length for a longer one
    (all pairs made a 2,000-character Han name take seconds, a published 100,000-character
    one most of an hour: a denial of service through the lists)."""
    for i, a in enumerate(units):
        for b in units[i + 1 : i + 1 + PAIR_SPAN]:
            yield a, b


def _pairs(units: Units) -> Iterable[str]:
    units = [u for u in units if u]
    if len(units) == 1:
        yield from units[0]
        return
    for a, b in _unit_pairs(units):
        for x, y in product(a, b):
            yield f"{x}|{y}" if x <= y else f"{y}|{x}"


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big") >> 1


key_hash = lru_cache(maxsize=262144)(_hash)


@lru_cache(maxsize=65536)
def _unit_hashes(unit: frozenset[str]) -> tuple[int, ...]:
    return tuple(key_hash(k) for k in unit)


@lru_cache(maxsize=262144)
def _pair_hashes(a: frozenset[str], b: frozenset[str]) -> tuple[int, ...]:
    """Hashes of `_pairs([a, b])` (two non-empty units): the same pairs of units recur
    across a whole list (CHEN with MEI, MOHAMMED with ALI), so loads compute each once."""
    return tuple(_hash(k) for k in _pairs([a, b]))


@lru_cache(maxsize=65536)
def _index_word_units(word: str) -> tuple[frozenset[str], ...]:
    """The units a Latin word adds to the (single) stored reading of its name: what
    `_latin_units(expand=False)` appends for the token `parse` makes of it."""
    token = names.token(word)
    if token.weight < 1.0:
        return ()
    if not token.syllables:
        return (_word_key(token.text),)
    return tuple(chinese.spelling_keys(s) for s in token.syllables[0])


def _index_readings(name: Name) -> list[Units]:
    """`name_units(name)` (without expansion), from the per-word cache."""
    if name.is_han:
        return _han_units(name)
    return [[u for t in name.tokens for u in _index_word_units(t.text)]]


def _han_chars(name: str) -> str:
    """The characters of a name, Traditional (as `parse` keys them): 澤穂希 and 澤穗希 store
    the same readings; 佐々木 and 佐佐木 too."""
    name = japanese.expand_iteration(name)
    return "".join(ch for ch in chinese.to_traditional(name) if chinese.is_han(ch))


def _derived_forms(name: str, *, query: bool = False) -> tuple[str, ...]:
    """Latin spellings a name stands for beyond its own reading: a name in Hangul, its
    passport spellings (김정은 -> KIM JONG UN, KIM JEONGEUN...); on the query side, a name
    in characters, its Japanese readings (安倍晉三 -> ABE SHINZO; 阿部詩 -> ABE UTA by the
    name table), the passport spellings of its Korean reading (朴槿惠 -> 박근혜 -> PARK
    GEUNHYE...) and its first Sino-Vietnamese reading (武元甲 -> VO NGUYEN GIAP), so that
    a traveller whose name is written in kanji, Hanja or chữ Hán finds a listed Latin
    spelling. Stored, a name in characters keeps its own keys and adds its first two
    Sino-Vietnamese readings (武 VO, VU), so that VO NGUYEN GIAP finds a listed 武元甲;
    its Japanese readings are stored as `_japanese_index_keys` instead (too many forms), and
    its Korean reading in the commonest surname spelling (金正恩 -> KIM JONG UN...)."""
    if korean.has_hangul(name):  # a traveller's also in McCune-Reischauer, 세 SYE...
        return korean.query_latin_forms(name) if query else korean.latin_forms(name)
    if query and chinese.has_han(name):
        # 々 written out (佐々木 as 佐佐木): a traveller's name in kanji is read whole
        han = "".join(ch for ch in japanese.expand_iteration(name) if chinese.is_han(ch))
        hangul = korean.hanja_reading(han)
        return (
            japanese.readings(name)
            + japanese.name_forms(han)
            + (korean.query_latin_forms(hangul) if hangul else ())
            + vietnamese.readings(han)[:1]
        )
    if chinese.has_han(name):  # stored: the name itself, its Vietnamese and Korean readings
        han = _han_chars(name)
        if len(han) > _VN_STORED:
            return (name,)
        hangul = korean.hanja_reading(han) if len(han) <= _KR_STORED else ""
        korean_forms = korean.latin_forms(hangul, 1) if hangul else ()
        return (name, *vietnamese.readings(han)[:2], *korean_forms)
    if query:
        # a Korean name in one romanisation finds it in the others (I JAEMYEONG -> 이재명
        # -> LEE JAEMYUNG, LEE JAE MYUNG...), which are different keys
        return tuple(f for h in korean.hangul_readings(name) for f in korean.query_latin_forms(h))
    return ()


def index_keys(names: Sequence[str]) -> set[int]:
    """Keys stored for one listed person (all names and aliases): `key_hash` of every
    key `_pairs` gives for each reading of each name."""
    out: set[int] = set()
    for n in names:
        for form in _derived_forms(n) or (n,):
            out |= _name_index_keys(form)
        if chinese.has_han(n):
            out |= _japanese_index_keys(n)
        if brahmic.has_brahmic(n):
            out |= _coarse_keys(brahmic.romanise(n))
        else:
            out |= latin_coarse_keys(n)
    return out


# Japanese name readings: a name in kanji has dozens of possible readings (阿部詩: ABE
# SHI, ABE UTA...), too many to store each as a Latin name. What is stored instead is
# the surname's reading paired with each reading of the given name's first kanji, for
# the two commonest surname/given splits: "js:abe|jg:uta" (at most 2 x 8 keys, in their
# own key space so they never meet Chinese spellings). A Latin traveller looks up every
# word as surname paired with each beginning of another word that is a kanji's reading
# (ABE UTA -> js:abe|jg:u, js:abe|jg:uta, js:uta|jg:a): HANYU YUZURU meets 羽生結弦
# through yu, whatever its second given kanji reads.
_JP_SPLITS = 3  # a 4-kanji name's third split too: 佐佐木 + 希 (SASAKI NOZOMI)
_VN_STORED = 5  # a Vietnamese name has 2-5 syllables: at most 2 x 10 pairs stored
_KR_STORED = 4  # a Korean name in Hanja, 2-4 characters: its commonest surname spelling


def _jp_key(surname: str, given: str) -> str:
    return f"js:{surname}|jg:{given}"


@lru_cache(maxsize=65536)
def _japanese_index_keys(name: str) -> frozenset[int]:
    chars = japanese.name_chars(_han_chars(name))
    out: set[int] = set()
    for sur, given in japanese.splits(chars)[:_JP_SPLITS]:
        for s in japanese.surname_words(sur)[:1]:
            out.update(key_hash(_jp_key(s, g)) for g in japanese.first_readings(given))
        # the surname as the score reads it, kanji by kanji (新垣 ARA-GAKI, not the
        # dictionary's NIIGAKI): its first kanji's readings with the given name's reading
        for g in japanese.given_words(given, 1)[:1]:
            out.update(key_hash(_jp_head_key(h, g)) for h in japanese.first_readings(sur))
    return frozenset(out)


def _jp_head_key(surname_head: str, given: str) -> str:
    return f"jh:{surname_head}|jw:{given}"


# Thai and Indic names: a name in Thai script is keyed by its RTGS reading (CHINWAT,
# WETCHACHIWA), which shares no word skeleton with the family's own spelling of Sanskrit
# descent (SHINAWATRA, VEJJAJIVA). Both reduce to the first three consonant classes of each
# word (CH/SH/J, PH/BH/B/P, TH/D/T, V/W merged; a silent final never reached): CNW, WCW.
# Stored for names in Brahmic script only; any Latin name of 2-4 words looks them up.
_COARSE = (("TCH", "C"), ("CH", "C"), ("SH", "C"), ("J", "C"), ("CK", "K"), ("NG", "N"),
           ("PH", "P"), ("BH", "P"), ("B", "P"), ("F", "P"), ("TH", "T"), ("DH", "T"),
           ("D", "T"), ("KH", "K"), ("GH", "K"), ("G", "K"), ("Q", "K"), ("X", "K"),
           ("V", "W"), ("Z", "S"))  # fmt: skip


@lru_cache(maxsize=65536)
def _coarse(word: str) -> str:
    w = "".join(ch for ch in word.upper() if "A" <= ch <= "Z")
    # a family's R marks a long vowel (CHARN, PAETONGTARN: RTGS CHAN, PHAETONGTHAN); SR
    # begins a word where RTGS reads S (SRETTHA: เศรษฐา SETTHA, SRI: ศรี SI)
    w = re.sub(r"(?<=[AEIOU])R(?=[^AEIOUY]|$)", "", re.sub(r"^SR", "S", w))
    for a, b in _COARSE:
        w = w.replace(a, b)
    out = ""
    for ch in w:
        if ch not in "AEIOUH" and not out.endswith(ch):
            out += ch
    return out[:3]


def _coarse_keys(latin: str, space: str = "bk") -> set[int]:
    """The bk: pairs of a Latin name, hyphenated words joined (CHAN-O-CHA: CNC)."""
    words = [_coarse(w) for w in re.split(r"[^A-Z]+", re.sub(r"[-']", "", latin.upper())) if w]
    if not 2 <= len(words) <= 4:
        return set()
    words = [w for w in words if len(w) >= 2]
    return {key_hash(f"{space}:{min(a, b)}|{space}:{max(a, b)}") for i, a in enumerate(words)
            for b in words[i + 1 :]}  # fmt: skip


def latin_coarse_keys(name: str) -> set[int]:
    """A listed name in Latin letters under its classes in a key space of their own (bl:),
    looked up by a traveller in Thai or Devanagari script only (THAVISIN SRETTHA for
    เศรษฐา ทวีสิน): a Latin traveller never meets them. Letters with marks as without
    (HSÜ as HSU); a name in characters or Hangul has none."""
    if chinese.has_han(name) or korean.has_hangul(name):
        return set()
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return _coarse_keys(plain, "bl")


def _japanese_query_keys(name: Name) -> set[int]:
    """What a Latin name of 2 to 4 words looks up among the stored Japanese readings."""
    words = [t.text for t in name.tokens if t.weight >= 1.0]
    if not 2 <= len(words) <= 4 or not all(w.isascii() and w.isalpha() for w in words):
        return set()
    out: set[int] = set()
    for i, s in enumerate(words):
        sur = japanese.plain(s)
        for j, g in enumerate(words):
            if i != j:
                out.update(key_hash(_jp_key(sur, p)) for p in japanese.reading_prefixes(g))
                whole = japanese.plain(g)
                out.update(key_hash(_jp_head_key(p, whole)) for p in japanese.reading_prefixes(s))
    return out


@lru_cache(maxsize=65536)
def _name_index_keys(name: str) -> frozenset[int]:
    # Cached per name too: a national list holds thousands of namesakes (WANG WEI).
    out: set[int] = set()
    for reading in _index_readings(parse(name)):
        units = [u for u in reading if u]
        if len(units) == 1:
            out.update(_unit_hashes(units[0]))
        else:
            for a, b in _unit_pairs(units):
                out.update(_pair_hashes(a, b))
    return frozenset(out)


def _digit_readings(name: str) -> list[str]:
    """OCR put digits in a name: read each as the letters it resembles (0 -> O or D)."""
    if not any(d in name for d in _DIGITS):
        return []
    out = [name]
    for d, letters in _DIGITS.items():
        if d in name:
            out = [v.replace(d, ch) for v in out for ch in letters][:8]
    return out


@lru_cache(maxsize=65536)
def _repairs(token: str) -> tuple[str, ...]:
    """One-edit repairs of a word that make it read as romanised syllables
    (YEUOG -> YEUNG, LAMMCHING -> LAMCHING)."""
    found: list[str] = []
    if len(token) > 12:
        return ()
    edits = [token[:i] + token[i + 1 :] for i in range(len(token))]
    edits += [token[:i] + c + token[i + 1 :] for i in range(len(token)) for c in _LETTERS]
    for e in edits:
        if e != token and e not in found and chinese.segmentations(e):
            found.append(e)
            if len(found) >= 6:
                break
    return tuple(found)


_FIRST_LETTER_SWAPS = {"C": "KS", "K": "C", "S": "C"}  # CARTER -> KRTR, CIRTER -> CRTR


@lru_cache(maxsize=65536)
def _skeleton_edits(sk: str) -> frozenset[str]:
    """Skeletons one consonant away (a typo in a two-word name kills its only pair), and
    with the first letter read the other way when a vowel typo after C changed how the
    spelling folds read it (CARTER -> KRTR, CIRTER -> CRTR)."""
    out = {sk[:i] + sk[i + 1 :] for i in range(1, len(sk))}
    out |= {sk[:i] + c + sk[i + 1 :] for i in range(1, len(sk)) for c in _CONSONANTS}
    out |= {sk[:i] + c + sk[i:] for i in range(1, len(sk) + 1) for c in _CONSONANTS}
    out |= {c + sk[1:] for c in _FIRST_LETTER_SWAPS.get(sk[:1], "")}
    out.discard(sk)
    return frozenset("w:" + e for e in out if len(e) >= 2)


_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@lru_cache(maxsize=65536)
def _syllable_neighbours(text: str) -> frozenset[str]:
    """Blocking keys of the romanised syllables one typo away from `text` (a letter
    changed, added or dropped, two letters swapped): KON -> KUN, XIU -> XIE, MON -> MAN,
    SHOH -> SHIH. Empty for long words (no syllable is that far from them)."""
    t = text.upper()
    if len(t) > 7:
        return frozenset()
    cands = {t[:i] + t[i + 1 :] for i in range(len(t))}
    cands |= {t[:i] + c + t[i + 1 :] for i in range(len(t)) for c in _ALPHABET}
    cands |= {t[:i] + c + t[i:] for i in range(len(t) + 1) for c in _ALPHABET}
    cands |= {t[:i] + t[i + 1] + t[i] + t[i + 2 :] for i in range(len(t) - 1)}
    cands.discard(t)
    keys: set[str] = set()
    for c in cands:
        if len(c) >= 2 and chinese.is_syllable(c):
            keys |= chinese.spelling_keys(c)
    return frozenset(keys)


def _typo_units(name: Name) -> list[Units]:
    """Query-side readings tolerant to one typo in one word: a non-syllable word repaired
    into romanised syllables (YEUOG -> YEUNG, YUEHYINNG -> YUEHYING); and where the typo
    leaves no pair of units to find the name by (readings of at most two units), the word
    read as any syllable one letter away (YU KON -> KUN, YU TAA -> TAO, HO MON -> MAN)
    and, for names of two words, the consonant skeletons one letter away (MEYEA -> MEYER,
    MACUAN -> MACMAN: a typo can make a word look like syllables). The syllables one
    letter away widen the lookup a lot, so longer names, whose other pairs still find
    them, do without."""
    tokens = [t for t in name.tokens if t.weight >= 1.0]
    if len(tokens) > PAIR_SPAN:
        return []  # no real name has that many words; each would add a whole reading
    base: Units = []
    for t in tokens:
        if t.syllables:
            base.extend(chinese.expansion_keys(syl, False) for syl in t.syllables[0])
        else:
            base.append(_word_key(t.text))
    out: list[Units] = []
    pos = 0
    for t in tokens:
        width = len(t.syllables[0]) if t.syllables else 1
        rest = len(base) - width  # units of the other words
        if rest <= 1:
            near = _syllable_neighbours(t.text)
            if near:  # the whole word, one letter from a syllable
                own = base[pos] if width == 1 else frozenset()
                out.append([*base[:pos], frozenset(own | near), *base[pos + width :]])
            if width == 2 and rest == 0:  # one syllable of a joined name, one letter away
                for k, syl in enumerate(t.syllables[0]):
                    near = _syllable_neighbours(syl)
                    if near:
                        at = pos + k
                        out.append([*base[:at], frozenset(base[at] | near), *base[at + 1 :]])
        if width > 1 and len(t.text) <= 6:  # SUNNG -> SUN+NG, MEEI -> ME+EI: typos too
            for r in _repairs(t.text)[:3]:
                seg = chinese.segmentations(r)[0]
                out.append(
                    [*base[:pos], *(chinese.expansion_keys(x, False) for x in seg),
                     *base[pos + width :]]
                )  # fmt: skip
        if not t.syllables:
            for r in _repairs(t.text)[:3]:
                seg = chinese.segmentations(r)[0]
                out.append(
                    [
                        *base[:pos],
                        *(chinese.expansion_keys(x, False) for x in seg),
                        *base[pos + 1 :],
                    ]
                )
        if len(tokens) <= 2 and (not t.syllables or len(t.text) >= 5):
            edited = [*base[:pos], _word_key(t.text) | _skeleton_edits(_word_skeleton(t.text)),
                      *base[pos + width :]]  # fmt: skip
            out.append(edited)
        pos += width
    return out


def exact_keys(names: Sequence[str]) -> set[int]:
    """What the index would store for these spellings (digits read as letters too)."""
    return index_keys([*names, *(v for n in names for v in _digit_readings(n))])


def query_keys(names: Sequence[str], *, typos: bool = True) -> set[int]:
    """Keys looked up for a traveller: the stored keys of the same spellings and more
    (dialect counterparts, other splits, digits read as letters and, with `typos`,
    one-typo repairs)."""
    # Hangul and Japanese readings: the keys their spellings are stored under (a few
    # dozen), without the dialect and typo expansions of a name's own spellings
    out: set[int] = set()
    for n in names:
        for form in _derived_forms(n, query=True):
            out |= _name_index_keys(form)
    names = [n for n in names if not korean.has_hangul(n)]
    parsed = [parse(n) for n in names]
    digit_read = [parse(v) for n in names for v in _digit_readings(n)]
    readings: list[Units] = []
    for p in [*parsed, *digit_read]:
        if not p.is_han:
            readings += name_units(p)
        readings += name_units(p, expand=True)
    for p in [*parsed, *digit_read] if typos else []:
        if not p.is_han:
            readings += _typo_units(p)
    for n, p in zip(names, parsed, strict=True):
        if not p.is_han:
            out |= _japanese_query_keys(p)
            out |= _coarse_keys(brahmic.romanise(n) if brahmic.has_brahmic(n) else n)
            if brahmic.has_brahmic(n):
                out |= _coarse_keys(brahmic.romanise(n), "bl")
    for units in readings:
        for k in _pairs(units):
            out.add(key_hash(k))
            if len(out) >= MAX_QUERY_KEYS:
                return out
    return out


class NameIndexer:
    """`local_store.replica.Indexer` for the workstation: blocking keys of names."""

    version = KEYS_VERSION

    def keys(self, names: Sequence[str]) -> set[int]:
        return index_keys(names)
