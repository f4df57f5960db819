"""Scoring two names (0..1) with reasons a person can read, and a person-level score
with date of birth / nationality / sex adjustments in the spirit of OpenSanctions'
nomenklatura "logic-v2" (a name score, then penalties for contradicting facts).

Two comparisons run and the better one counts:
- *syllable mode*, when either name is Chinese (Han, or Latin words that read as
  romanised syllables): names become syllable sequences, aligned in order (surname
  first, or rotated when the order is unknown); syllables relate through the tables of
  `chinese` (same Mandarin syllable in another system, Cantonese/Mandarin readings of one
  character, a character and its romanisations). A missing syllable is a different name.
- *word mode*: words are paired by similarity in any order; a word missing on one side
  costs a third of a word (patronymics and second given names are often left out).
Word similarity is a weighted edit distance in which OCR look-alikes (0/O, 1/I, 5/S...)
and common transliteration swaps cost less, plus spelling folds (`translit.phonetic`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from desktop.screening import chinese
from desktop.screening.names import Name, Token, parse
from desktop.screening.translit import fold_umlauts, phonetic, skeleton

DEFAULT_THRESHOLD = 0.80
MISSING_WORD_COST = 0.35

# --- weighted edit distance ----------------------------------------------------------

_OCR_GROUPS = ("O0QD", "I1L", "S5", "B8", "Z2", "G6", "UV", "EF", "MN")
_PHONETIC_GROUPS = ("CKQ", "SZC", "VWF", "IYJ", "DT", "BP", "GKJ")
_VOWELS = set("AEIOUY")


def _pair_costs() -> dict[tuple[str, str], float]:
    costs: dict[tuple[str, str], float] = {}
    for groups, cost in ((_PHONETIC_GROUPS, 0.5), (_OCR_GROUPS, 0.3)):
        for g in groups:
            for a in g:
                for b in g:
                    if a != b:
                        costs[(a, b)] = min(cost, costs.get((a, b), 1.0))
    for a in _VOWELS:
        for b in _VOWELS:
            if a != b:
                costs.setdefault((a, b), 0.5)
    return costs


_SUB = _pair_costs()
OCR_PAIRS = frozenset((a, b) for g in _OCR_GROUPS for a in g for b in g if a != b)


def _indel(s: str, i: int) -> float:
    """Cost of inserting/deleting s[i]: a doubled letter or an H is cheap."""
    ch = s[i]
    if (i > 0 and s[i - 1] == ch) or (i + 1 < len(s) and s[i + 1] == ch):
        return 0.3
    if ch == "H" or ch in _VOWELS:
        return 0.6
    return 1.0


@lru_cache(maxsize=262144)
def weighted_distance(a: str, b: str) -> float:
    """Damerau-Levenshtein with the costs above (upper-case strings)."""
    if a == b:
        return 0.0
    n, m = len(a), len(b)
    ia = [_indel(a, i) for i in range(n)]
    ib = [_indel(b, j) for j in range(m)]
    sub_get = _SUB.get
    prev2: list[float] | None = None
    prev = [0.0] * (m + 1)
    for j in range(1, m + 1):
        prev[j] = prev[j - 1] + ib[j - 1]
    for i in range(1, n + 1):
        ai = a[i - 1]
        cost_a = ia[i - 1]
        cur = [prev[0] + cost_a] + [0.0] * m
        for j in range(1, m + 1):
            bj = b[j - 1]
            best = prev[j - 1] + (0.0 if ai == bj else sub_get((ai, bj), 1.0))
            x = prev[j] + cost_a
            if x < best:
                best = x
            x = cur[j - 1] + ib[j - 1]
            if x < best:
                best = x
            if prev2 is not None and j > 1 and ai == b[j - 2] and a[i - 2] == bj:
                x = prev2[j - 2] + 0.5
                if x < best:
                    best = x
            cur[j] = best
        prev2, prev = prev, cur
    return prev[m]


def edit_similarity(a: str, b: str) -> float:
    """1 - weighted distance / longer length. Unrelated strings (plain Levenshtein
    similarity under 0.4, computed in C by rapidfuzz) skip the weighted pass: every
    weighted edit costs at least 0.3, so they could not reach a useful score."""
    if not a or not b:
        return 0.0
    plain = Levenshtein.normalized_similarity(a, b)
    if plain < 0.4:
        return plain
    return max(0.0, 1.0 - weighted_distance(a, b) / max(len(a), len(b)))


def _lookalikes(a: str, b: str) -> list[str]:
    if len(a) != len(b):
        return []
    return [f"{x}/{y}" for x, y in zip(a, b, strict=True) if x != y and (x, y) in OCR_PAIRS]


# --- words ---------------------------------------------------------------------------


@lru_cache(maxsize=262144)
def word_similarity(a: str, b: str) -> tuple[float, str]:
    """Two Latin words -> (similarity, reason)."""
    if a == b:
        return 1.0, f"{a} = {b}"
    if len(a) == 1 or len(b) == 1:
        if a[0] == b[0]:
            return 0.8, f"{a} ~ {b} (initial)"
        return 0.0, ""
    if fold_umlauts(a) == fold_umlauts(b):
        return 0.98, f"{a} ≈ {b} (umlaut written as E or not, ICAO 9303-3)"
    look = _lookalikes(a, b)
    raw = edit_similarity(a, b)
    if look and len(look) == sum(x != y for x, y in zip(a, b, strict=True)):
        return max(raw, 0.93), f"{a} ≈ {b} (look-alike characters {', '.join(look)})"
    pa, pb = phonetic(a), phonetic(b)
    if pa == pb:
        return 0.95, f"{a} ≈ {b} (transliteration variants)"
    sa, sb = skeleton(a), skeleton(b)
    folded = edit_similarity(pa, pb) - 0.03
    best = max(raw, folded)
    if sa == sb and len(sa) >= 3 and best < 0.9:
        return 0.9, f"{a} ≈ {b} (same consonants {sa})"
    if best >= 0.5:
        return best, f"{a} ~ {b} (spelling differs, {best:.2f})"
    return best, ""


# --- syllables -----------------------------------------------------------------------

Unit = tuple[bool, str]  # (is_han, text): a Han character or a Latin syllable/word


@lru_cache(maxsize=262144)
def unit_similarity(a: Unit, b: Unit) -> tuple[float, str]:
    (ha, ta), (hb, tb) = a, b
    if ha and hb:
        if ta == tb:
            return 1.0, f"{ta} = {tb}"
        shared = set(chinese.mandarin_readings(ta)) & set(chinese.mandarin_readings(tb))
        if shared:
            return 0.75, f"{ta} ~ {tb} (homophones, {sorted(shared)[0]})"
        return 0.0, ""
    if hb:
        return _han_latin(tb, ta)
    if ha:
        return _han_latin(ta, tb)
    return _latin_latin(ta.lower(), tb.lower())


def _han_latin(ch: str, word: str) -> tuple[float, str]:
    forms = chinese.romanisations(ch)
    w = word.lower()
    if w in forms:
        return 1.0, f"{word.upper()} = {ch} ({forms[w]})"
    best, best_form = 0.0, ""
    for form in forms:
        s = edit_similarity(form.upper(), word.upper())
        if s > best:
            best, best_form = s, form
    if best >= 0.7:
        return best * 0.85, f"{word.upper()} ~ {ch} ({best_form.upper()}, spelling differs)"
    return 0.0, ""


def _latin_latin(a: str, b: str) -> tuple[float, str]:
    A, B = a.upper(), b.upper()
    if a == b:
        return 1.0, f"{A} = {B}"
    ma, mb = chinese.mandarin_of(a), chinese.mandarin_of(b)
    shared = set(ma) & set(mb)
    if shared:
        py = sorted(shared)[0]
        zy = chinese._zhuyin_of().get(py, py)
        sys_a = "/".join(sorted(ma[py]))
        sys_b = "/".join(sorted(mb[py]))
        return 0.97, f"{A} ({sys_a}) = {B} ({sys_b}), both {zy}"
    for x, y in ((a, b), (b, a)):
        my = chinese.mandarin_of(y)
        for other, dialect, ch in chinese.cross_dialect(x):
            if other == y or (dialect == "Mandarin" and other in my):
                X, Y = x.upper(), y.upper()
                other_dialect = "Mandarin" if dialect == "Cantonese" else "Cantonese"
                return 0.9, f"{X} ({other_dialect}) ~ {Y} ({dialect}), both {ch}"
    if ma and mb and {chinese.coarse(p) for p in ma} & {chinese.coarse(p) for p in mb}:
        return 0.8, f"{A} ~ {B} (differ only in aspiration)"
    s = edit_similarity(A, B)
    look = _lookalikes(A, B)
    if look and len(look) == sum(x != y for x, y in zip(A, B, strict=True)):
        return max(s, 0.9), f"{A} ≈ {B} (look-alike characters {', '.join(look)})"
    if ma and mb:
        s *= 0.6  # two different real syllables: a different character
    if s >= 0.5:
        return s, f"{A} ~ {B} (spelling differs, {s:.2f})"
    return s, ""


def _units(name: Name, rotate: bool) -> list[Unit]:
    tokens = list(name.tokens)
    if rotate:
        tokens = tokens[-1:] + tokens[:-1]
    out: list[Unit] = []
    for t in tokens:
        out.extend((t.han, u) for u in t.units)
    return out


def _align(a: list[Unit], b: list[Unit]) -> tuple[float, list[str]]:
    """Order-keeping alignment (gaps score 0), normalised by the longer sequence."""
    n, m = len(a), len(b)
    if not n or not m:
        return 0.0, []
    dp = [[0.0] * (m + 1) for _ in range(n + 1)]
    back: list[list[int]] = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            s, _ = unit_similarity(a[i - 1], b[j - 1])
            if s < 0.5:
                s = 0.0  # unrelated syllables earn nothing
            options = (dp[i - 1][j - 1] + s, dp[i - 1][j], dp[i][j - 1])
            k = max(range(3), key=options.__getitem__)
            dp[i][j], back[i][j] = options[k], k
    reasons: list[str] = []
    i, j = n, m
    while i > 0 and j > 0:
        k = back[i][j]
        if k == 0:
            s, why = unit_similarity(a[i - 1], b[j - 1])
            reasons.append(why if why and s >= 0.5 else f"{a[i - 1][1]} ≠ {b[j - 1][1]}")
            i, j = i - 1, j - 1
        elif k == 1:
            reasons.append(f"{a[i - 1][1]} missing")
            i -= 1
        else:
            reasons.append(f"{b[j - 1][1]} missing")
            j -= 1
    reasons.extend(f"{a[x][1]} missing" for x in range(i - 1, -1, -1))
    reasons.extend(f"{b[y][1]} missing" for y in range(j - 1, -1, -1))
    reasons.reverse()
    return dp[n][m] / max(n, m), reasons


def _syllable_mode(a: Name, b: Name) -> tuple[float, list[str]]:
    best: tuple[float, list[str]] = (0.0, [])
    rot_a = [False] if (a.surname_first or len(a.tokens) < 2) else [False, True]
    rot_b = [False] if (b.surname_first or len(b.tokens) < 2) else [False, True]
    for ra in rot_a:
        ua = _units(a, ra)
        for rb in rot_b:
            r = _align(ua, _units(b, rb))
            if r[0] > best[0]:
                best = r
    return best


def _merged_variants(tokens: list[Token], target: int) -> list[list[Token]]:
    """Token lists with adjacent words joined, down to `target` words (ABDUL RAHMAN)."""
    out = [tokens]
    if len(tokens) > target:
        for i in range(len(tokens) - 1):
            joined = tokens[i].text + tokens[i + 1].text
            out.append([*tokens[:i], Token(joined, False, (), 1.0), *tokens[i + 2 :]])
    return out


def _word_pairing(ta: list[Token], tb: list[Token]) -> tuple[float, list[str]]:
    cells = []
    for i, x in enumerate(ta):
        for j, y in enumerate(tb):
            s, why = word_similarity(x.text, y.text)
            if s >= 0.5:
                cells.append((s, i, j, why))
    cells.sort(key=lambda c: -c[0])
    used_a: set[int] = set()
    used_b: set[int] = set()
    num = den = 0.0
    reasons: list[str] = []
    for s, i, j, why in cells:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        w = (ta[i].weight + tb[j].weight) / 2
        num += w * s
        den += w
        reasons.append(why)
    for i, x in enumerate(ta):
        if i not in used_a:
            den += MISSING_WORD_COST * x.weight
            reasons.append(f"{x.text} missing")
    for j, y in enumerate(tb):
        if j not in used_b:
            den += MISSING_WORD_COST * y.weight
            reasons.append(f"{y.text} missing")
    return (num / den if den else 0.0), reasons


def _word_mode(a: Name, b: Name) -> tuple[float, list[str]]:
    if a.is_han or b.is_han:
        return 0.0, []
    ta, tb = list(a.tokens), list(b.tokens)
    best: tuple[float, list[str]] = (0.0, [])
    for va in _merged_variants(ta, len(tb)):
        for vb in _merged_variants(tb, len(ta)):
            r = _word_pairing(va, vb)
            if r[0] > best[0]:
                best = r
    return best


@dataclass(frozen=True)
class NameMatch:
    score: float
    reasons: tuple[str, ...]
    mode: str  # syllables | words

    def explanation(self) -> str:
        return "; ".join(self.reasons)


@lru_cache(maxsize=65536)
def compare_names(a: str, b: str) -> NameMatch:
    """Score two names written in any form. Symmetric up to the order of reasons."""
    na, nb = parse(a), parse(b)
    if not na.tokens or not nb.tokens:
        return NameMatch(0.0, ("a name is empty after normalisation",), "words")
    if na.chinese_like and nb.chinese_like:
        # Both read as Chinese: a missing or different syllable is a different name, so
        # the forgiving word pairing only counts when it pairs every word (a typo such
        # as GUOO for GUO splits into an extra syllable but is still one word).
        syl = _syllable_mode(na, nb)
        best = NameMatch(round(syl[0], 4), tuple(syl[1]), "syllables")
        if len(na.tokens) == len(nb.tokens) and len(_units(na, False)) != len(_units(nb, False)):
            word = _word_mode(na, nb)
            if word[0] > best.score and not any(r.endswith(" missing") for r in word[1]):
                best = NameMatch(round(word[0], 4), tuple(word[1]), "words")
        return best
    word = _word_mode(na, nb)
    best = NameMatch(round(word[0], 4), tuple(word[1]), "words")
    if na.chinese_like or nb.chinese_like:
        syl = _syllable_mode(na, nb)
        if syl[0] > best.score:
            best = NameMatch(round(syl[0], 4), tuple(syl[1]), "syllables")
    return best


# --- people --------------------------------------------------------------------------


@dataclass(frozen=True)
class Facts:
    """What is known about one side besides the names."""

    names: tuple[str, ...]
    birth_date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    nationality: str | None = None
    sex: str | None = None


@dataclass(frozen=True)
class PersonMatch:
    score: float
    name_score: float
    query_name: str
    listed_name: str
    reasons: tuple[str, ...] = field(default=())

    def explanation(self) -> str:
        return "; ".join(self.reasons)


def compare_birth_dates(a: str | None, b: str | None) -> tuple[float, str]:
    """(penalty, reason) at the precision both dates share."""
    if not a or not b:
        return 0.0, ""
    pa, pb = a.split("-"), b.split("-")
    if pa[0] != pb[0]:
        try:
            off = abs(int(pa[0]) - int(pb[0]))
        except ValueError:
            off = 99
        if off == 1:
            return -0.10, f"birth year {pa[0]} vs {pb[0]} (one year apart)"
        return -0.20, f"birth year differs ({pa[0]} vs {pb[0]})"
    common = min(len(pa), len(pb))
    if pa[:common] == pb[:common]:
        shown = "-".join(pa[:common])
        return (
            0.0,
            f"birth date matches ({shown})" if common > 1 else f"birth year matches ({shown})",
        )
    if common == 3 and pa[1] == pb[2] and pa[2] == pb[1]:
        return -0.05, f"birth day and month swapped ({a} vs {b})"
    return -0.15, f"birth date differs ({a} vs {b})"


def compare_people(query: Facts, listed: Facts) -> PersonMatch:
    best: NameMatch | None = None
    best_pair = ("", "")
    for qn in query.names:
        for ln in listed.names:
            m = compare_names(qn, ln)
            if best is None or m.score > best.score:
                best, best_pair = m, (qn, ln)
            if best.score >= 1.0:
                break
        if best is not None and best.score >= 1.0:
            break
    if best is None:
        return PersonMatch(0.0, 0.0, "", "", ("no names",))
    reasons = [f"name {best.score:.2f}: {best.explanation()}"]
    score = best.score
    penalty, why = compare_birth_dates(query.birth_date, listed.birth_date)
    score += penalty
    if why:
        reasons.append(why + (f" ({penalty:+.2f})" if penalty else ""))
    if query.nationality and listed.nationality:
        if query.nationality.upper() != listed.nationality.upper():
            score -= 0.20
            reasons.append(
                f"nationality differs ({query.nationality} vs {listed.nationality}) (-0.20)"
            )
        else:
            reasons.append(f"nationality matches ({listed.nationality})")
    qs, ls = (query.sex or "").upper(), (listed.sex or "").upper()
    if qs in ("M", "F") and ls in ("M", "F") and qs != ls:
        score -= 0.20
        reasons.append(f"sex differs ({qs} vs {ls}) (-0.20)")
    return PersonMatch(
        round(max(0.0, min(1.0, score)), 4), best.score, best_pair[0], best_pair[1], tuple(reasons)
    )
