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


_ITERATION = re.compile(r"(.)\s*\u3005")


def expand_iteration(text: str) -> str:
    """The iteration mark 々 (U+3005) written out as the kanji it repeats: '佐々木' ->
    '佐佐木' (SASAKI), as the Unicode standard defines it; the mark itself is no kanji
    and the name readings would not read the name."""
    return _ITERATION.sub(r"\1\1", text) if "\u3005" in text else text


@lru_cache(maxsize=16384)
def readings(text: str) -> tuple[str, ...]:
    """'安倍晉三' -> ('ABE SHINZOU', 'ABE SHINZO', 'ABE SHINZOH'): the name read in
    Japanese, words as the dictionary splits them (surname, given name); () when some
    character has no Japanese reading."""
    chars = "".join(_KANA_OR_HAN.findall(expand_iteration(text)))
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


# --- name readings (nanori) -----------------------------------------------------------

NAME_READING_SCORE = 0.95  # every word read by listed readings: a hit, not an identity
_RENDAKU = (("ts", ("z",)), ("ch", ("j",)), ("sh", ("j",)), ("k", ("g",)), ("s", ("z",)),
            ("t", ("d",)), ("h", ("b", "p")), ("f", ("b", "p")))  # fmt: skip
_GEMINATE = ("tsu", "chi", "ku", "ki")  # 八 HACHI + 村 -> HAT-... (small tsu)
_VOWELS = frozenset("aeiou")


# Kunrei-shiki and Nihon-shiki (ISO 3602, the Cabinet's 1954 table) -> Hepburn: some
# Japanese write their names so (真鍋淑郎 MANABE SYUKURO, 朝永振一郎 TOMONAGA SIN-ITIRO).
# Hepburn itself has none of these letter pairs, so a Hepburn word is left as it is.
_KUNREI = ((re.compile(r"sy"), "sh"), (re.compile(r"[tc]y"), "ch"), (re.compile(r"[zd]y"), "j"),
           (re.compile(r"si"), "shi"), (re.compile(r"ti"), "chi"), (re.compile(r"tu"), "tsu"),
           (re.compile(r"[zd]i"), "ji"), (re.compile(r"du"), "zu"),
           (re.compile(r"(?<![sc])hu"), "fu"))  # fmt: skip


def hepburn(word: str) -> str:
    """A romanised Japanese word in Hepburn: 'syukuro' -> 'shukuro', 'itiro' -> 'ichiro',
    'tutiya' -> 'tsuchiya'; a Hepburn word unchanged (lower case)."""
    w = word.lower()
    for rx, rep in _KUNREI:
        w = rx.sub(rep, w)
    return w


def _plain(word: str, kunrei: bool = True) -> str:
    """A Latin word as the table spells readings: Kunrei-shiki read as Hepburn
    (`hepburn`; not with `kunrei=False`), lower case, long vowels dropped (OU, OO, UU, OH
    before a consonant), M before B/M/P as N (NAMBA, HOMMA)."""
    w = hepburn(word) if kunrei else word.lower()
    w = re.sub(r"oh(?![aeiou])", "o", w)
    w = w.replace("ou", "o").replace("oo", "o").replace("uu", "u")
    return re.sub(r"m(?=[bmp])", "n", w)


@cache
def _name_table() -> dict[str, tuple[str, ...]]:
    """kanji -> readings for names (data/japanese_names.tsv: nanori, on, kun), long
    vowels dropped as passports drop them."""
    from pathlib import Path

    path = Path(__file__).resolve().parent / "data" / "japanese_names.tsv"
    out: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ch, names, words = line.split("\t")
            out[ch] = tuple(dict.fromkeys(_plain(r) for r in f"{names} {words}".split()))
    return out


@cache
def name_kanji() -> frozenset[str]:
    """Kanji that have name readings (nanori) in KANJIDIC2: characters people are named
    with, in their Traditional Chinese form too (寶 for 宝)."""
    from pathlib import Path

    from desktop.screening import chinese

    path = Path(__file__).resolve().parent / "data" / "japanese_names.tsv"
    out: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and line.split("\t")[1]:
            out |= {line[0], chinese.to_traditional(line[0])}
    return frozenset(out)


@cache
def _by_traditional() -> dict[str, tuple[str, ...]]:
    """The table keyed by the Traditional form of its shinjitai (晉 for 晋): a Taiwanese
    list writes 安倍晉三."""
    from desktop.screening import chinese

    out: dict[str, tuple[str, ...]] = {}
    for ch, forms in _name_table().items():
        out.setdefault(chinese.to_traditional(ch), forms)
    return out


def _char_forms(ch: str, inner: bool) -> tuple[str, ...]:
    """A kanji's readings; inside a word also voiced (rendaku: 口 KUCHI -> GUCHI)."""
    from desktop.screening import chinese

    table = _name_table()
    forms = table.get(ch) or table.get(chinese.to_traditional(ch)) or _by_traditional().get(ch, ())
    if not inner:
        return forms
    voiced = []
    for r in forms:
        head = next((h for h, _ in _RENDAKU if r.startswith(h)), "")
        voiced += [v + r[len(head) :] for h, vs in _RENDAKU if h == head for v in vs]
    return (*forms, *voiced)


@cache
def _kun_words() -> dict[str, tuple[str, ...]]:
    """kanji -> its kun readings as whole verbs (data/japanese_kun_words.tsv: 学 MANABU),
    in its Traditional form too (學)."""
    from pathlib import Path

    from desktop.screening import chinese

    path = Path(__file__).resolve().parent / "data" / "japanese_kun_words.tsv"
    out: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ch, verbs = line.split("\t")
            forms = tuple(_plain(v) for v in verbs.split())
            out[ch] = forms
            out.setdefault(chinese.to_traditional(ch), forms)
    return out


def _reading_forms(ch: str, i: int, n: int) -> tuple[str, ...]:
    """A kanji's readings for `reads_as`; a verb (`_kun_words`) only as a one-kanji given
    name (学 MANABU): inside a longer word it would read more than the name says."""
    forms = _char_forms(ch, i > 0)
    return (*forms, *_kun_words().get(ch, ())) if n == 1 else forms


@lru_cache(maxsize=65536)
def reads_as(chars: str, word: str) -> bool:
    """Whether the kanji `chars`, one reading each, spell the Latin `word` (already
    `_plain`): 八村 HACHIMURA, 結弦 YUZURU (弦 TSURU voiced), 服部 HATTORI."""
    n, m = len(chars), len(word)
    reach = {0}  # positions in `word` after the first i kanji
    for i, ch in enumerate(chars):
        nxt: set[int] = set()
        for j in reach:
            for r in _reading_forms(ch, i, n):
                if word.startswith(r, j):
                    nxt.add(j + len(r))
                # a small tsu: the reading's last mora becomes the next consonant doubled
                if i + 1 < n:
                    for tail in _GEMINATE:
                        stem = r[: -len(tail)]
                        k = j + len(stem)
                        if r.endswith(tail) and stem and word.startswith(stem, j) and (
                            k + 1 < m and word[k] == word[k + 1] and word[k] not in _VOWELS
                        ):  # fmt: skip
                            nxt.add(k + 1)
        reach = nxt
        if not reach:
            return False
    return m in reach


def _dictionary_word(group: str, word: str) -> bool:
    """Whether the dictionary reads the kanji `group` as one word spelling `word` (already
    `_plain`): a surname whose reading no kanji-by-kanji table gives, as a particle
    read between its kanji is written in none (井上 I-NO-UE, INOUE; 井 I, 上 UE)."""
    return len(group) >= 2 and word in _dictionary_words(group)


@lru_cache(maxsize=16384)
def _dictionary_words(group: str) -> frozenset[str]:
    """The dictionary's one-word readings of a kanji group, as `_plain` spells them
    (cached: pykakasi is slow, and screening asks for the same groups again and again)."""
    return frozenset(_plain(r) for r in readings(group) if " " not in r)


@lru_cache(maxsize=16384)
def name_reading(han: str, words: tuple[str, ...]) -> tuple[int, tuple[tuple[str, str, bool], ...]]:
    """The kanji of a name split among the Latin words in their order, each group read by
    the name-reading table: (kanji read, ((group, word, read so) per word)), the split
    reading most kanji. '阿部詩', ('ABE', 'UTA') -> (3, (('阿部', 'ABE', True), ('詩',
    'UTA', True))); (0, ()) when some kanji has no reading or nothing fits."""
    chars = "".join(ch for ch in expand_iteration(han) if not ch.isspace())
    k = len(words)
    if (
        not chars
        or not 1 < k <= 4
        or len(chars) > 8
        or not all(_char_forms(c, False) for c in chars)
    ):
        return 0, ()
    # L for the R row, which Japanese passports allow for a name of foreign sound on
    # request (江崎玲於奈 ESAKI LEONA); Hepburn has no L, so no Hepburn word changes. Here
    # only, not in `_plain`: the keys would send every L of a Chinese name (LIN, LI) to
    # the Japanese readings RIN, RI.
    # Kunrei and L for R only for a name that cannot be read as Chinese syllables (review
    # of stop 26: LI SI, LIN SI, LI ZI are Chinese names, not Kunrei RI SHI, RIN SHI, RI JI:
    # 李志 / LI SI scored 0.95)
    from desktop.screening import chinese

    if all(chinese.segmentations(w.lower().replace("-", "")) for w in words):
        plain = [_plain(w, kunrei=False) for w in words]
    else:
        plain = [_plain(w).replace("l", "r") for w in words]
    best: tuple[int, tuple[tuple[str, str, bool], ...]] = (0, ())

    def walk(i: int, w: int, read: int, parts: tuple[tuple[str, str, bool], ...]) -> None:
        nonlocal best
        if w == k:
            if i == len(chars) and read > best[0]:
                best = (read, parts)
            return
        last = w == k - 1
        for j in range(len(chars) if last else i + 1, len(chars) - (k - w - 1) + 1):
            group = chars[i:j]
            ok = reads_as(group, plain[w]) or _dictionary_word(group, plain[w])
            walk(j, w + 1, read + len(group) * ok, (*parts, (group, words[w], ok)))

    walk(0, 0, 0, ())
    return best


# --- name readings for the blocking keys ---------------------------------------------

plain = _plain  # the keys spell Latin words as the table does
MAX_NAME_FORMS = 12  # spellings of a traveller's name in kanji looked up
MAX_FIRST_READINGS = 10  # readings of a given name's first kanji keyed (nanori first)
_SURNAME_LENGTHS = {2: (1,), 3: (2, 1), 4: (2, 1, 3), 5: (2, 3)}  # commonest split first


def name_chars(han: str) -> str:
    """The kanji of a text that could be a Japanese name in kanji (2 to 5 of them, each
    with a name reading), else ''."""
    chars = "".join(ch for ch in han if not ch.isspace())
    if len(chars) not in _SURNAME_LENGTHS or not all(_char_forms(c, False) for c in chars):
        return ""
    return chars


def splits(chars: str) -> tuple[tuple[str, str], ...]:
    """(surname, given name) splits of a name's kanji, the commonest first."""
    return tuple((chars[:s], chars[s:]) for s in _SURNAME_LENGTHS.get(len(chars), ()))


def _dictionary(group: str) -> tuple[str, ...]:
    """The dictionary's readings of kanji given in their Traditional form (the keys use
    it), else of their Simplified one: it knows 內 only as 内 (內村 UCHIMURA)."""
    from desktop.screening import chinese

    return readings(group) or readings(chinese.to_simplified(group))


@lru_cache(maxsize=16384)
def surname_words(group: str) -> tuple[str, ...]:
    """A surname in kanji read as one word, `_plain`: the dictionary's reading (it knows
    surnames: 阿部 ABE, 大谷 OTANI), else the table's first readings joined; at most 2."""
    out = []
    whole = _dictionary(group)
    if whole:  # joined: the dictionary may split a surname (八村 HACHI MURA)
        out.append(_plain(whole[0].replace(" ", "")))
    from itertools import product

    for combo in product(*(_char_forms(ch, i > 0)[:2] for i, ch in enumerate(group))):
        w = "".join(combo)
        if w not in out:
            out.append(w)
        if len(out) >= 2:
            break
    return tuple(out)


@lru_cache(maxsize=16384)
def given_words(group: str, limit: int = 6) -> tuple[str, ...]:
    """A given name in kanji read as one word, `_plain`: the dictionary's reading, then
    the table's readings joined, a kanji after the first also voiced (結弦 YUZURU)."""
    from itertools import product

    out = []
    whole = _dictionary(group)
    if whole:
        out.append(_plain(whole[0].replace(" ", "")))
    per_char = [_char_forms(ch, i > 0)[: 6 if len(group) == 1 else 4] for i, ch in enumerate(group)]
    for combo in product(*per_char):
        w = "".join(combo)
        if w not in out:
            out.append(w)
        if len(out) >= limit:
            break
    return tuple(out)


def first_readings(group: str) -> tuple[str, ...]:
    """Readings of a given name's first kanji: the key a Latin given name meets by its
    beginning (結弦 yui, yu, ... meets YUZURU), whatever the kanji after it."""
    return _char_forms(group[0], False)[:MAX_FIRST_READINGS]


@cache
def _all_readings() -> frozenset[str]:
    return frozenset(r for rs in _name_table().values() for r in rs)


@lru_cache(maxsize=65536)
def reading_prefixes(word: str) -> tuple[str, ...]:
    """The beginnings of a Latin word (`_plain`) that are some kanji's reading: YUZURU
    -> yu, yuzu, yuzuru; what `first_readings` of its kanji would be keyed under."""
    w = _plain(word)
    table = _all_readings()
    return tuple(w[:i] for i in range(1, min(len(w), 8) + 1) if w[:i] in table)


@lru_cache(maxsize=16384)
def name_forms(han: str) -> tuple[str, ...]:
    """Latin spellings of a name in kanji as surname + given name read by the name
    table (阿部詩 -> ABE SHI, ABE UTA, ...): at most MAX_NAME_FORMS, the commonest split
    and the first readings first; () for a text that is no Japanese name in kanji."""
    chars = name_chars(han)
    per_split = [
        [f"{a} {b}".upper() for a in surname_words(s)[:1] for b in given_words(g)]
        for s, g in splits(chars)
    ]
    out: list[str] = []
    for i in range(max((len(p) for p in per_split), default=0)):  # round robin
        for p in per_split:
            if i < len(p) and p[i] not in out:
                out.append(p[i])
    return tuple(out[:MAX_NAME_FORMS])
