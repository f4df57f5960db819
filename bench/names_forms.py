"""A standing recall check of the name engine (issue 12, names): same-person pairs
GENERATED from the tables, so that a precision round cannot cap one person's two
spellings without a figure moving. Two reviews found such losses only by hand (665
one-character spelling pairs, 生 SENG / SANG; 253 forms of one given name across
languages, GRZEGORZ / GREGORY) that bench/names_capped.py did not see.

Families:
1. Chinese: every pair of one character's spellings over every system the engine
   reads (`chinese.romanisations`: Hanyu Pinyin, Wade-Giles, Tongyong, MPS II, Gwoyeu
   Romatzyh, Taiwan customary, Hong Kong and Macau Cantonese, Hokkien, Teochew, Hakka,
   Hainanese, Fuzhou), in full names: the character as surname (X MEI LING), as one
   given syllable (LEE X MING), and the name in characters against each spelling
   (X美玲 / X MEI LING, 李X明 / LEE X MING).
2. Given names across languages: forms of one given name
   (tests/screening/data/given_name_forms.txt, sourced there) in a full name with a
   fixed surname (X KOWALSKI).

A loss is a pair scored under the threshold (`missed`); `capped` are those a
distinct-names rule took from at or over the threshold to under it. Each loss is
classed: `one table` (one system spells the character both ways; `one reading` when they
spell one reading, which must never be capped, `two readings` for heteronyms),
`other surname` (a spelling is also a common surname character's and not this one's:
genuinely ambiguous), `two tables` (the rest: two systems' spellings of one character).

Run: `python -m bench.names_forms` (about 15 s on 2 shared cores: ~27k pairs); `--top N`
takes the N commonest characters of each list only (a quick look).
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS_FILE = ROOT / "tests" / "screening" / "data" / "given_name_forms.txt"
SURNAME_FRAME = "{} MEI LING"  # 美玲: MEI LING in Pinyin, Wade-Giles and Cantonese alike
SURNAME_HAN = "{}美玲"
GIVEN_FRAME = "LEE {} MING"  # 李 LEE (Cantonese, Hokkien), 明 MING (Mandarin, Cantonese)
GIVEN_HAN = "李{}明"
FORMS_FRAME = "{} KOWALSKI"


@dataclass(frozen=True)
class Loss:
    family: str
    a: str
    b: str
    score: float
    uncapped: float
    kind: str
    why: str
    chars: str = ""

    @property
    def capped(self) -> bool:
        return self.uncapped >= 0.8 > self.score


def spelling_systems(ch: str) -> dict[str, frozenset[str]]:
    """Passport spelling of one character -> every system that spells it so."""
    from desktop.screening.one_char import char_spellings

    return char_spellings(ch)


@cache
def _surname_spellings() -> dict[str, frozenset[str]]:
    """Spelling -> the common surname characters (name_chars' surnames) spelt so."""
    from desktop.screening import chinese

    out: dict[str, set[str]] = {}
    for ch in chinese.name_chars()[0]:
        for form in spelling_systems(ch):
            out.setdefault(form, set()).add(ch)
    return {k: frozenset(v) for k, v in out.items()}


def _kind(ch: str, x: str, y: str, surname: bool) -> str:
    """`one table (T)`, `two tables`; `, other surname` added when a spelling is also
    another common surname character's, spelt the one way and not the other."""
    systems = spelling_systems(ch)
    shared = systems[x] & systems[y]
    kind = f"one table ({'/'.join(sorted(shared))})" if shared else "two tables"
    if shared and not surname:
        from desktop.screening.one_char import _one_reading

        # one reading's two spellings (金 KAM / KUM) or two readings (實 SHI / ZHI)
        kind += ", one reading" if _one_reading(ch, x, y) else ", two readings"
    if surname:
        index = _surname_spellings()
        others = (index.get(x, frozenset()) | index.get(y, frozenset())) - {ch}
        # another surname character spelt one way and not the other (鍾 CHENG is 鄭 too)
        if any(not ({x, y} <= set(spelling_systems(o))) for o in others):
            kind += ", other surname"
    return kind


def chinese_chars(top: int | None) -> tuple[list[str], list[str]]:
    from desktop.screening import chinese

    surnames, given, _ = chinese.name_chars()
    extra = [c for c in chinese.dialect_chars_all() if c not in surnames and c not in given]
    if top is not None:
        return list(surnames[:top]), list(given[:top])
    return list(surnames), [*given, *extra]


def _why(m: object) -> str:
    return str(m.explanation())  # type: ignore[attr-defined]


def chinese_losses(top: int | None = None) -> tuple[Counter[str], list[Loss]]:
    """(pairs scored per family, the losses) for the Chinese families."""
    from desktop.screening.score import DEFAULT_THRESHOLD, compare_names

    surnames, given = chinese_chars(top)
    totals: Counter[str] = Counter()
    losses: list[Loss] = []
    for family, chars, frame, han, is_surname in (
        ("Chinese surname spellings (X MEI LING)", surnames, SURNAME_FRAME, SURNAME_HAN, True),
        ("Chinese given syllable spellings (LEE X MING)", given, GIVEN_FRAME, GIVEN_HAN, False),
    ):
        seen: dict[tuple[str, str], object] = {}
        for ch in chars:
            for x, y in itertools.combinations(sorted(spelling_systems(ch)), 2):
                totals[family] += 1
                a, b = frame.format(x.upper()), frame.format(y.upper())
                m = seen.get((x, y)) or seen.setdefault((x, y), compare_names(a, b))
                if m.score < DEFAULT_THRESHOLD:  # type: ignore[attr-defined]
                    losses.append(Loss(family, a, b, m.score, m.uncapped,  # type: ignore[attr-defined]
                                       _kind(ch, x, y, is_surname), _why(m), ch))  # fmt: skip
        hfam = family.split(" (")[0].replace("spellings", "characters / spelling")
        for ch in chars:
            for x in sorted(spelling_systems(ch)):
                totals[hfam] += 1
                a, b = han.format(ch), frame.format(x.upper())
                m = compare_names(a, b)
                if m.score < DEFAULT_THRESHOLD:
                    kind = "/".join(sorted(spelling_systems(ch)[x]))
                    losses.append(Loss(hfam, a, b, m.score, m.uncapped, kind, _why(m), ch))
    return totals, losses


def given_forms() -> list[tuple[str, ...]]:
    """The lines of the given-name forms table: forms of one name in several languages."""
    out = []
    for line in FORMS_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(tuple(line.split(":", 1)[1].split()))
    return out


def forms_losses() -> tuple[Counter[str], list[Loss]]:
    from desktop.screening.score import DEFAULT_THRESHOLD, compare_names

    family = "Given-name forms across languages (X KOWALSKI)"
    totals: Counter[str] = Counter()
    losses: list[Loss] = []
    done: set[tuple[str, str]] = set()
    for forms in given_forms():
        for x, y in itertools.combinations(forms, 2):
            if x == y or (x, y) in done:
                continue
            done.add((x, y))
            totals[family] += 1
            a, b = FORMS_FRAME.format(x), FORMS_FRAME.format(y)
            m = compare_names(a, b)
            if m.score < DEFAULT_THRESHOLD:
                losses.append(Loss(family, a, b, m.score, m.uncapped, forms[0], _why(m)))
    return totals, losses


def run(top: int | None = None, show: bool = True) -> dict[str, tuple[int, int, int]]:
    """Per family: (pairs, missed, capped). Prints every loss when `show`."""
    # no score.warm_up here: chinese.warm_up is cached once per process, and a test of
    # warm_up (test_review_fixes) clears the tables it loads and expects it to reload them
    t1, l1 = chinese_losses(top)
    t2, l2 = forms_losses()
    totals, losses = t1 + t2, l1 + l2
    out: dict[str, tuple[int, int, int]] = {}
    lines: list[str] = []
    for family, n in totals.items():
        mine = [x for x in losses if x.family == family]
        capped = [x for x in mine if x.capped]
        out[family] = (n, len(mine), len(capped))
        kinds = Counter(x.kind for x in capped)
        lines.append(f"- {family}: {n} pairs, {len(mine)} missed, {len(capped)} capped by a rule"
                     f" ({', '.join(f'{k} {v}' for k, v in kinds.most_common(8))})")  # fmt: skip
    if show:
        print("\n".join(lines))
        for family in totals:
            mine = sorted((x for x in losses if x.family == family),
                          key=lambda x: (not x.capped, x.kind, x.a))  # fmt: skip
            if mine:
                print(f"\n## {family}")
            for x in mine:
                cap = f"capped {x.uncapped:.2f}->" if x.capped else ""
                print(f"{x.chars} [{x.kind}] {x.a} / {x.b}: {cap}{x.score:.2f}: {x.why}")
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--top", type=int, default=None)
    run(parser.parse_args().top)
