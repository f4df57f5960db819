"""Keying slips of real Taiwan and mainland names against their characters: what share
a rule caps (issue 12, names-post16a).

Names are built from the commonest surname and given-name characters, spelt wholly in
Wade-Giles (SURNAME GIVEN-GIVEN, as Taiwan's passports write them) or wholly in Hanyu
Pinyin (SURNAME GIVENGIVEN, the mainland's), and one given syllable is slipped: a letter
dropped, doubled, two neighbours swapped, or one struck on a neighbouring key. Each slip
is compared with the characters; a slip that lands on another common given character's
exact spelling in the name's system is capped by design (`distinct_char_given_system`),
and the figure says how often that happens.

    .venv/bin/python -m bench.names_char_slips
"""

from __future__ import annotations

import itertools
from collections import Counter

from desktop.screening import chinese
from desktop.screening.score import compare_names

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbours(c: str) -> str:
    for row in _ROWS:
        i = row.find(c)
        if i >= 0:
            return row[max(i - 1, 0) : i] + row[i + 1 : i + 2]
    return ""


def slips(word: str) -> set[str]:
    """One keying slip of `word` (lower case): dropped, doubled, swapped, neighbour key."""
    out: set[str] = set()
    for i, c in enumerate(word):
        out.add(word[:i] + word[i + 1 :])
        out.add(word[:i] + c + word[i:])
        if i + 1 < len(word):
            out.add(word[:i] + word[i + 1] + c + word[i + 2 :])
        out |= {word[:i] + n + word[i + 1 :] for n in _neighbours(c)}
    out.discard(word)
    return {s for s in out if s}


def _spell(ch: str, system: str) -> str:
    readings = chinese.mandarin_readings(ch)
    if not readings:
        return ""
    row = chinese._row_of().get(readings[0])
    return min(chinese.passport_forms(row.spelling(system)), default="") if row else ""


def run(surnames: int = 8, given: int = 24) -> None:
    sur, giv, _ = chinese.name_chars()
    for system, sep in ((chinese.WADE, "-"), (chinese.HANYU, "")):
        counts: Counter[str] = Counter()
        for s, g1, g2 in itertools.product(sur[:surnames], giv[:given], giv[:given][::5]):
            if g1 == g2:
                continue
            parts = [_spell(c, system).upper() for c in (s, g1, g2)]
            if not all(parts):
                continue
            clean = compare_names(s + g1 + g2, f"{parts[0]} {parts[1]}{sep}{parts[2]}")
            counts["clean"] += 1
            counts["clean matched"] += clean.score >= 0.8
            for pos in (1, 2):
                for slip in slips(parts[pos].lower()):
                    p = list(parts)
                    p[pos] = slip.upper()
                    latin = f"{p[0]} {p[1]}{sep}{p[2]}"
                    m = compare_names(s + g1 + g2, latin)
                    codes = {getattr(r, "code", "") for r in m.reasons}
                    counts["slips"] += 1
                    if m.score >= 0.8:
                        counts["matched"] += 1
                    elif "name.distinct_char_system" in codes:
                        counts["capped by distinct_char_system"] += 1
                    elif any(c.startswith("name.distinct") for c in codes):
                        counts["capped by another rule"] += 1
                    else:
                        counts["below the threshold"] += 1
        n = counts["slips"]
        print(f"{system}: {counts['clean matched']} of {counts['clean']} unslipped names match")
        would = counts["matched"] + counts["capped by distinct_char_system"]
        print(
            f"  of {would} slips that match but for this rule, "
            f"{counts['capped by distinct_char_system'] / max(would, 1):.1%} capped"
        )
        print(f"{system}: {n} slipped names")
        for k in ("matched", "capped by distinct_char_system", "capped by another rule",
                  "below the threshold"):  # fmt: skip
            print(f"  {k}: {counts[k]} ({counts[k] / max(n, 1):.1%})")


if __name__ == "__main__":
    run()
