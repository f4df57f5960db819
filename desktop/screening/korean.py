"""Korean names in Hangul: each syllable block romanised by the Revised Romanization of
Korean (2000, the spelling of South Korean passports since then; names are romanised
syllable by syllable, without the sound changes across syllables) and the other
spellings passports carry (McCune-Reischauer without breves: JONG, UN; customary: JUNG,
YOUNG, SOO, HEE); surnames from `data/korean_surnames.tsv` (이 LEE/YI/RHEE, 박 PARK).

Written here rather than taken from `hangul-romanize` 0.1.0: that package has only an
"academic" transliteration of a whole string (박근혜 -> baggeunhye: final ㄱ as G and the
syllables run together), which is not how names are spelt in passports.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
RR = "Revised Romanization"
CUSTOMARY = "Korean passport spelling"
MR = "McCune-Reischauer"

_FIRST, _LAST = 0xAC00, 0xD7A3
# Revised Romanization: initial, medial and final jamo in Unicode order.
_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch",
             "k", "t", "p", "h")  # fmt: skip
_MEDIALS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u",
            "wo", "we", "wi", "yu", "eu", "ui", "i")  # fmt: skip
_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m",
           "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")  # fmt: skip
# Other spellings of each part seen in passports: McCune-Reischauer's voiceless initials
# (K, T, P, CH) and its vowels without breves (ŏ -> O, ŭ -> U), and the customary
# English-looking forms (정 JUNG, 영 YOUNG, 수 SOO, 희 HEE, 신 SHIN).
_INITIAL_ALT = {"g": ("k",), "d": ("t",), "b": ("p",), "j": ("ch",), "r": ("l", "n")}
_MEDIAL_ALT = {"eo": ("o", "u"), "yeo": ("yo", "you", "yu"), "eu": ("u",), "u": ("oo",),
               "yu": ("yoo",), "oe": ("oi", "we"), "wi": ("wee",), "ui": ("eui", "i", "ee"),
               "i": ("ee",), "ae": ("ai",)}  # fmt: skip
_FINAL_ALT = {"k": ("g",), "t": ("d",), "p": ("b",), "l": ("r",)}


def is_hangul(ch: str) -> bool:
    return _FIRST <= ord(ch) <= _LAST


_HANGUL_RE = re.compile("[\uac00-\ud7a3]")


def has_hangul(text: str) -> bool:
    return _HANGUL_RE.search(text) is not None


def _jamo(syllable: str) -> tuple[str, str, str]:
    n = ord(syllable) - _FIRST
    return _INITIALS[n // 588], _MEDIALS[(n % 588) // 28], _FINALS[n % 28]


def revised(syllable: str) -> str:
    """'정' -> 'jeong' (Revised Romanization of one block)."""
    return "".join(_jamo(syllable))


@lru_cache(maxsize=16384)
def syllable_spellings(syllable: str) -> dict[str, str]:
    """Spellings of one Hangul block -> system: the Revised Romanization first."""
    ini, med, fin = _jamo(syllable)
    inis = (ini, *_INITIAL_ALT.get(ini, ()))
    if ini == "s" and (med.startswith("y") or med in ("i", "wi")):
        inis = ("s", "sh")  # 신 SHIN, 식 SHIK
    meds = (med, *_MEDIAL_ALT.get(med, ()))
    fins = (fin, *_FINAL_ALT.get(fin, ()))
    out = {ini + med + fin: RR}
    for i in inis:
        for m in meds:
            for f in fins:
                out.setdefault(i + m + f, CUSTOMARY)
    if not fin and med == "o":
        out.setdefault(ini + "oh", CUSTOMARY)  # 오 OH, 조 CHOH
    if not ini and med == "u":
        out.setdefault("woo" + fin, CUSTOMARY)  # 우 WOO (김우진 KIM WOO-JIN), 운 WOON
    if ini == "h" and med in ("wa", "wae", "wo"):
        out.setdefault("wh" + med[1:] + fin, CUSTOMARY)  # 화 WHA (강경화 KANG KYUNG-WHA), 환 WHAN
    if ini == "s" and med == "e":
        out.setdefault("sye" + fin, CUSTOMARY)  # 세 SYE, the older spelling (정세균 CHUNG SYE-KYUN)
    if not ini and med == "yu" and fin != "ng":
        # 윤 YOUN (윤여정 YOUN YUH-JUNG), 유 YOU: 연 is YOUN too, as YUN is both already;
        # not 융: YOUNG is 영's usual spelling (review of stop 26: 김융수 / KIM YOUNG-SOO)
        out.setdefault("you" + fin, CUSTOMARY)
    if ini == "h" and med == "u":
        out.setdefault("whu" + fin, CUSTOMARY)  # 훈 WHUN (정명훈 CHUNG MYUNG-WHUN)
    if not fin and (med, bool(ini)) in (("yeo", False), ("eo", True)):
        # an open EO written UH, as English spells the sound: 여 YUH (윤여정 YOUN YUH-JUNG),
        # 서 SUH, 허 HUH; no other block is spelt so
        out.setdefault(ini + med[:-2] + "uh", CUSTOMARY)
    return out


@cache
def _syllable_re() -> re.Pattern[str]:
    inis = {*_INITIALS, *(a for alts in _INITIAL_ALT.values() for a in alts), "sh"}
    meds = {*_MEDIALS, *(a for alts in _MEDIAL_ALT.values() for a in alts)}
    fins = {*_FINALS, *(a for alts in _FINAL_ALT.values() for a in alts)}

    def alt(parts: set[str]) -> str:
        return "|".join(sorted(parts, key=len, reverse=True))

    return re.compile(f"(?:{alt(inis)})(?:{alt(meds)})(?:{alt(fins)})")


def is_syllable(spelling: str) -> bool:
    """Whether a Latin piece is a spelling of some Hangul block (YONG, SUN: a block other
    than the one it is compared with is another name, not a slip)."""
    return bool(_syllable_re().fullmatch(spelling.lower()))


@cache
def _surnames() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for line in (DATA / "korean_surnames.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            hangul, _hanja, spellings = line.split("\t")[:3]
            out[hangul] = tuple(s.lower() for s in spellings.split(","))
    return out


@cache
def surname_families() -> dict[str, frozenset[str]]:
    """Latin spelling (upper case) of a listed surname -> the Hangul surnames it spells:
    JUNG and CHUNG both 정, JANG 장; YOO 유 and 류."""
    out: dict[str, set[str]] = {}
    for hangul in _surnames():
        for spelling in surname_spellings(hangul):
            out.setdefault(spelling.upper(), set()).add(hangul)
    return {k: frozenset(v) for k, v in out.items()}


def surname_spellings(surname: str) -> dict[str, str]:
    """Passport spellings of a surname in Hangul -> system (listed ones, then RR)."""
    out = {s: CUSTOMARY for s in _surnames().get(surname, ())}
    rr = "".join(revised(ch) for ch in surname)
    out[rr] = RR
    if len(surname) == 1:
        for s, system in syllable_spellings(surname).items():
            out.setdefault(s, system)
    return out


def split(text: str) -> tuple[str, tuple[str, ...]]:
    """'김정은' -> ('김', ('정', '은')): surname (two blocks for 남궁, 황보... when the
    name is long enough) and the given name's blocks. A space after the first word marks
    the surname."""
    words = ["".join(ch for ch in w if is_hangul(ch)) for w in text.split()]
    words = [w for w in words if w]
    if not words:
        return "", ()
    if len(words) > 1:
        return words[0], tuple("".join(words[1:]))
    w = words[0]
    n = 2 if len(w) >= 3 and w[:2] in _surnames() else 1
    return w[:n], tuple(w[n:])


_STYLES = ("rr", "mr", "customary")


def _styled(syllable: str, style: str) -> str:
    ini, med, fin = _jamo(syllable)
    if style in ("mr", "voiceless"):
        med = {"eo": "o", "yeo": "yo", "eu": "u"}.get(med, med)
    if style == "voiceless":  # McCune-Reischauer's initials: 국 KUK, 대 TAE, 정 CHONG
        ini = {"g": "k", "d": "t", "b": "p", "j": "ch"}.get(ini, ini)
    elif style == "customary":
        med = {"eo": "u", "yeo": "you", "u": "oo", "yu": "yoo", "ui": "ee"}.get(med, med)
        if ini == "s" and (med.startswith("y") or med in ("i", "wi")):
            ini = "sh"
    return ini + med + fin


@lru_cache(maxsize=4096)
def latin_forms(text: str, limit: int = 3) -> tuple[str, ...]:
    """Latin spellings of a Hangul name for blocking keys: the `limit` commonest surname
    spellings, each with the given name in three styles, joined and syllable by
    syllable ('김정은' -> 'KIM JEONGEUN', 'KIM JEONG EUN', 'KIM JONG UN', ...)."""
    surname, given = split(text)
    if not surname:
        return ()
    out: list[str] = []
    listed = _surnames().get(surname) or ("".join(revised(ch) for ch in surname),)
    for s in listed[:limit]:
        for style in _STYLES:
            parts = [_styled(g, style) for g in given]
            out.append(f"{s} {''.join(parts)}".strip().upper())
            if len(parts) > 1:
                out.append(f"{s} {' '.join(parts)}".upper())
    return tuple(dict.fromkeys(out))


# --- Hanja read in Korean ---------------------------------------------------------------


@cache
def _hanja() -> dict[str, str]:
    """Hanja -> Hangul reading in its dictionary form (data/hanja_hangul.tsv, from the
    `hanja` package's table: 李 리, 朴 박, 錫 석)."""
    out: dict[str, str] = {}
    for line in (DATA / "hanja_hangul.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            hangul, chars = line.split("\t")
            for ch in chars:
                out.setdefault(ch, hangul)
    return out


_Y_MEDIALS = frozenset({2, 3, 6, 7, 12, 17, 20})  # ya yae yeo ye yo yu i
_RIEUL, _NIEUN, _IEUNG = 5, 2, 11


def initial_sound_rule(block: str) -> str:
    """두음법칙, the initial-sound rule of South Korean spelling for a word's first block:
    ㄹ before I/Y is dropped, otherwise read ㄴ; ㄴ before I/Y is dropped (李 리 -> 이 LEE,
    林 림 -> 임 LIM, 盧 로 -> 노 NOH, 梁 량 -> 양 YANG)."""
    n = ord(block) - _FIRST
    ini, med = n // 588, (n % 588) // 28
    if ini == _RIEUL:
        ini = _IEUNG if med in _Y_MEDIALS else _NIEUN
    elif ini == _NIEUN and med in _Y_MEDIALS:
        ini = _IEUNG
    return chr(_FIRST + ini * 588 + med * 28 + n % 28)


# a surname read otherwise than its character's dictionary reading: 金 금 (gold) is 김 KIM
_SURNAME_READING = {"金": "김"}


def hanja_reading(chars: str, given_rule: bool = True) -> str:
    """A name in Hanja read in Korean, surname first ('朴槿惠' -> '박 근혜', '李在明' ->
    '이 재명'), with the initial-sound rule on the surname and (`given_rule`) the given
    name; '' when a character has no reading. A two-block surname (南宮, 皇甫) is kept
    together."""
    table = _hanja()
    blocks = [table.get(ch, "") for ch in chars]
    if not blocks or not all(blocks):
        return ""
    n = 2 if len(blocks) >= 3 and "".join(blocks[:2]) in _surnames() else 1
    surname, given = blocks[:n], blocks[n:]
    surname[0] = (
        _SURNAME_READING.get(chars[0], initial_sound_rule(surname[0]))
        if n == 1
        else initial_sound_rule(surname[0])
    )
    if given and given_rule:
        given[0] = initial_sound_rule(given[0])
    return f"{''.join(surname)} {''.join(given)}".strip()


@cache
def name_block_spellings() -> dict[str, frozenset[str]]:
    """Latin spelling -> the Hangul blocks it spells, over the blocks that read a Hanja
    (the syllables of Sino-Korean given names, with their initial-sound forms): how two
    Latin spellings of one given name are recognised without Hangul (MYUNG and MYEONG
    both 명, SUK and SEOK both 석, EUI and UI both 의)."""
    blocks = set(_hanja().values())
    blocks |= {initial_sound_rule(b) for b in blocks}
    rr = {revised(b) for b in blocks}
    out: dict[str, set[str]] = {}
    for block in blocks:
        _, med, fin = _jamo(block)
        for spelling in syllable_spellings(block):
            # In an open syllable, the exact RR spelling of another block is that block
            # (SU is 수, not 서; YU is 유, not 여; NI is 니, not 리), and EO is not
            # written U (passports write it so before a final: SUN 선, SUK 석, HYUN 현).
            if not fin and spelling != revised(block) and spelling in rr:
                continue
            if not fin and med in ("eo", "yeo") and spelling.endswith("u"):
                continue
            out.setdefault(spelling, set()).add(block)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def mr_block_spellings() -> dict[str, frozenset[str]]:
    """`name_block_spellings` with McCune-Reischauer's spellings (breves dropped: Ŏ and
    Ŭ as O and U) and its voiceless initials (K, T, P, CH for G, D, B, J), which the
    open-syllable filter leaves out as another block's RR: 도현 TOHYON, 지훈 CHIHUN, 민서
    MINSO. For reading a name whose surname is spelt in McCune-Reischauer (CHONG, CHANG,
    SO), the eleventh part's misses (issue 12)."""
    out = {k: set(v) for k, v in name_block_spellings().items()}
    blocks = set(_hanja().values())
    blocks |= {initial_sound_rule(b) for b in blocks}
    for block in blocks:
        for style in ("mr", "voiceless"):
            out.setdefault(_styled(block, style), set()).add(block)
    return {k: frozenset(v) for k, v in out.items()}


def mr_spelling(spelling: str, block: str) -> bool:
    """Whether a Latin spelling writes one Hangul block in McCune-Reischauer, breves
    dropped (정 CHONG, 장 CHANG, 서 SO, 도 TO)."""
    s = spelling.lower()
    return len(block) == 1 and s in (_styled(block, "mr"), _styled(block, "voiceless"))


@cache
def all_block_spellings() -> dict[str, frozenset[str]]:
    """`name_block_spellings` without its open-syllable filter: every spelling
    `syllable_spellings` gives a block (CHO and JO both 조 in McCune-Reischauer's
    voiceless initial, SO and SUH both 서). For proving two names differ, not reading."""
    blocks = set(_hanja().values())
    blocks |= {initial_sound_rule(b) for b in blocks}
    out: dict[str, set[str]] = {}
    for block in blocks:
        for spelling in syllable_spellings(block):
            out.setdefault(spelling, set()).add(block)
    for block, spellings in _EAR_SPELLINGS.items():
        for spelling in spellings:
            out.setdefault(spelling, set()).add(block)
    return {k: frozenset(v) for k, v in out.items()}


# Spellings a block is written by ear or from its Chinese reading, beyond the systems
# (second review of names5): 혜 is said [헤] (standard pronunciation, article 5, note 2:
# 혜택 [혜ː택/헤ː택]) and ㅔ and ㅐ have merged, so a list written by ear has HAE (EUNHYE /
# EUNHAE); 휘 is 輝, HUI in Pinyin, as Chinese Korean (Chosonjok) records write it.
_EAR_SPELLINGS = {"혜": ("hae",), "휘": ("hui",)}


def _block_of(a: str, b: str, common: frozenset[str]) -> str:
    """The block two spellings share, the one either spells in RR first (국 for KUK/GUK)."""
    rr = [block for block in sorted(common) if revised(block) in (a, b)]
    return rr[0] if rr else min(common)


def _inner_h(word: str, end: int, cuts: frozenset[int]) -> bool:
    """A piece of a joined word that ends in H before more letters: the customary OH of
    오 and UH of 서 end a word (DOHYUN is DO-HYUN, not DOH-YUN: RR and MR write no such H),
    so inside one the H starts the next block; at a space or hyphen it may end one."""
    return word[end - 1] == "h" and end < len(word) and end not in cuts


@lru_cache(maxsize=16384)
def same_given_name(
    a: str,
    b: str,
    cuts_a: frozenset[int] = frozenset(),
    cuts_b: frozenset[int] = frozenset(),
    mr_b: bool = False,
) -> tuple[tuple[str, str, str], ...]:
    """Two Latin given names (lower case, no spaces or hyphens) read as the same Hangul
    blocks, piece by piece: ((piece of a, piece of b, block), ...), or () when they are
    not ('jaemyung', 'jaemyeong') -> (('jae', 'jae', '재'), ('myung', 'myeong', '명')).
    Fewest pieces first, then most pieces spelt alike, then most pieces ending where the
    names had a hyphen or space (`cuts_a`, `cuts_b`: SUK-YEOL is SUK + YEOL). `mr_b`: `b`
    is read in McCune-Reischauer's spellings too (`mr_block_spellings`)."""
    table = name_block_spellings()
    table_b = mr_block_spellings() if mr_b else table
    n, m = len(a), len(b)
    Path_ = tuple[tuple[int, int, int], tuple[tuple[str, str, str], ...]]
    # best[i][j]: (rank, pieces) of the best pairing of a[:i] with b[:j]
    best: list[list[Path_ | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = ((0, 0, 0), ())
    for i in range(n):
        for j in range(m):
            cur = best[i][j]
            if cur is None:
                continue
            for i2 in range(i + 1, min(n, i + 7) + 1):
                pa = table.get(a[i:i2])
                if not pa:
                    continue
                for j2 in range(j + 1, min(m, j + 7) + 1):
                    common = pa & table_b.get(b[j:j2], frozenset())
                    if not common:
                        continue
                    (count, alike, cuts), pieces = cur
                    rank = (count + 1, alike - (a[i:i2] == b[j:j2]),
                            cuts - (i2 in cuts_a) - (j2 in cuts_b))  # fmt: skip
                    step = (*pieces, (a[i:i2], b[j:j2], _block_of(a[i:i2], b[j:j2], common)))
                    old = best[i2][j2]
                    if old is None or rank < old[0]:
                        best[i2][j2] = (rank, step)
    end = best[n][m]
    return end[1] if end else ()


@cache
def block_weight() -> dict[str, int]:
    """Hangul block -> how many Hanja read so: which block a Latin syllable most likely
    stands for in a name (명 before 뮹)."""
    out: dict[str, int] = {}
    for hangul in _hanja().values():
        out[hangul] = out.get(hangul, 0) + 1
    return out


@lru_cache(maxsize=16384)
def hangul_readings(latin: str, limit: int = 2) -> tuple[str, ...]:
    """A Latin name read as a Korean name in Hangul ('I JAEMYEONG' -> ('이 재명',)): the
    first word a listed surname spelling, the rest split into the fewest Sino-Korean
    syllables (each the block most Hanja read so); () when it does not read so. For
    blocking: the Hangul name's passport spellings find the same name in another
    romanisation (LEE JAE-MYUNG)."""
    words = [w for w in re.split(r"[\s,\-<]+", latin.upper()) if w]
    if len(words) < 2:
        return ()
    families = surname_families().get(words[0])
    given = "".join(words[1:]).lower()
    if not families or len(given) > 20:
        return ()
    table, weight = name_block_spellings(), block_weight()
    cuts, at = set(), 0
    for w in words[1:]:
        at += len(w)
        cuts.add(at)
    # best[i]: (rank, blocks) reading given[:i]: fewest blocks, then most blocks ending
    # where a word ends (JONG UN is 종 운, not JON GUN), then the commonest blocks (SEOK
    # YEOL before SEO KYEOL)
    Best = tuple[tuple[int, int, int], tuple[str, ...]]
    best: list[Best | None] = [None] * (len(given) + 1)
    best[0] = ((0, 0, 0), ())
    for i in range(len(given)):
        cur = best[i]
        if cur is None:
            continue
        (count, ends, common), blocks = cur
        for j in range(i + 1, min(len(given), i + 7) + 1):
            found = table.get(given[i:j])
            if found:
                block = max(sorted(found), key=lambda b: weight.get(b, 0))
                rank = (count + 1, ends - (j in cuts), common - weight.get(block, 0))
                old = best[j]
                if old is None or rank < old[0]:
                    best[j] = (rank, (*blocks, block))
    end = best[len(given)]
    if end is None or len(end[1]) > 4:
        return ()
    return tuple(f"{s} {''.join(end[1])}" for s in sorted(families)[:limit])


def query_latin_forms(text: str) -> tuple[str, ...]:
    """`latin_forms` and more, for a traveller's name only (the stored keys stay as they
    are): the Revised Romanization of the surname too (이 I, not only LEE/YI/RHEE) and
    the given name with McCune-Reischauer's voiceless initials (조국 CHO KUK)."""
    surname, given = split(text)
    if not surname:
        return ()
    rr = "".join(revised(ch) for ch in surname)
    out = list(latin_forms(text))
    for s in dict.fromkeys([*(_surnames().get(surname) or ())[:3], rr]):
        for style in (*_STYLES, "voiceless"):
            parts = [_styled(g, style) for g in given]
            out.append(f"{s} {''.join(parts)}".strip().upper())
            if len(parts) > 1:
                out.append(f"{s} {' '.join(parts)}".upper())
    if any(_jamo(g)[:2] == ("s", "e") for g in given):  # 세 also SYE: only looked up
        for s in [*(_surnames().get(surname) or ())[:3]]:
            for style in ("mr", "voiceless"):
                parts = ["sye" + _jamo(g)[2] if _jamo(g)[:2] == ("s", "e") else _styled(g, style)
                         for g in given]  # fmt: skip
                out.append(f"{s} {' '.join(parts)}".upper())
    return tuple(dict.fromkeys(out))


_BARE_VOWELS = re.compile(r"[aeiou]+")
_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=16384)
def given_splits(
    word: str,
    cuts: frozenset[int] = frozenset(),
    whole: frozenset[int] = frozenset(),
    inner_h: bool = True,
) -> tuple[tuple[str, ...], ...]:
    """Every split of a Latin given name (lower case, spaces and hyphens removed) into 2
    or 3 spellings of Sino-Korean blocks (`name_block_spellings`): 'hyunwoo' ->
    (('hyun', 'woo'),); with `inner_h`, an H inside a joined word starts a block
    (`_inner_h`), without it an H after a vowel may end one, the piece given without it
    ('ahyoung' -> ('a', 'young'): 아영 written AH-YOUNG and joined). Never a split at
    `whole` (inside a word that is one Chinese syllable: CHIU is no CHI-U), nor a bare
    vowel cut off a word's end (KACHIU is no KACHI-U, MINEE no MIN-EE: a Cantonese final
    or a dropped letter, not a block)."""
    table = name_block_spellings()
    n = len(word)
    if n > 18:
        return ()
    starts = {0} | cuts

    def tails(i: int, left: int) -> list[tuple[str, ...]]:
        out: list[tuple[str, ...]] = []
        for j in range(i + 1, min(n, i + 7) + 1):
            piece = word[i:j]
            if not inner_h and piece[-2:-1] in _VOWELS and piece[-1:] == "h":
                piece = piece[:-1]  # the customary AH, OH, SUH, YUH of an open block
            if piece not in table or (inner_h and _inner_h(word, j, cuts)) or j in whole:
                continue
            if (j == n or j in cuts) and i not in starts and _BARE_VOWELS.fullmatch(piece):
                continue
            if j == n:
                out.append((piece,))
            elif left > 1:
                out += [(piece, *rest) for rest in tails(j, left - 1)]
        return out

    return tuple(s for s in tails(0, 3) if len(s) >= 2)
