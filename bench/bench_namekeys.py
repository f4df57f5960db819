"""Name-key time against name length (issue 14, finding 10: keys were quadratic in the
number of Han characters; a published 100,000-character name kept `sync` busy for most
of an hour). Stored keys (`index_keys`, what a replica load computes per listed name)
and query keys (`query_keys`, what screening computes per traveller) for names of 10,
100, 1,000 and 10,000 characters; linear means each step costs about 10x the last.

The names are random: Han characters from the CJK block, and Latin names made of
romanised syllables with ambiguous splits (MINGAN = MIN GAN / MING AN), the worst case
for the segmentation readings. Each run uses fresh names (the key caches never help).
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

from bench.machine import describe

SIZES = (10, 100, 1_000, 10_000)
BEFORE = (
    "The same script on the code before the fix (commit 2fcd4f7), stored keys of Han "
    "names: 10 characters 0.76 ms, 100 134 ms, 1,000 8,063 ms (60x per 10x: quadratic; "
    "10,000 was not run, about 13 minutes a name)."
)
_SYLLABLES = ("MINGAN", "CHEN", "WANG", "HSIAO", "LIN", "TSAI", "KUO", "HUANG", "YEUNG")


def _han(n: int, rng: random.Random) -> str:
    return "".join(chr(rng.randrange(0x4E00, 0x9FA6)) for _ in range(n))


def _latin(n: int, rng: random.Random) -> str:
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < n:
        words.append(rng.choice(_SYLLABLES))
    return " ".join(words)[:n].strip()


def _time(fn: Callable[[list[str]], object], make: Callable[[int, random.Random], str],
          n: int, runs: int, seed: int) -> float:  # fmt: skip
    out = []
    for r in range(runs):
        name = make(n, random.Random(seed * 1000 + r))
        t = time.perf_counter()
        fn([name])
        out.append(time.perf_counter() - t)
    return statistics.median(out)


def run(quick: bool = False) -> str:
    from desktop.screening.keys import index_keys, query_keys

    sizes = SIZES[:3] if quick else SIZES
    runs = 1 if quick else 3
    index_keys(["陳大文", "CHEN TAI MAN"])  # load the romanisation tables once
    query_keys(["陳大文", "CHEN TAI MAN"])
    machine = describe()
    rows = []
    for label, make in (("Han", _han), ("Latin syllables", _latin)):
        for what, fn in (("stored keys", index_keys), ("query keys", query_keys)):
            prev = None
            for n in sizes:
                secs = _time(fn, make, n, runs, seed=n)
                ratio = f"{secs / prev:.1f}x" if prev else ""
                rows.append(f"| {label} | {what} | {n:,} | {secs * 1000:.2f} | "
                            f"{secs / n * 1e6:.1f} | {ratio} |")  # fmt: skip
                print(rows[-1], flush=True)
                prev = secs
    return (
        "## Name keys\n\n"
        f"{machine}\n\n"
        "Time to compute the blocking keys of one name against its length (median of "
        f"{runs} fresh random names per size; `python -m bench namekeys`). Linear: each "
        "10x longer name costs about 10x (the ratio column); before the fix the pairs of "
        "all units made a 2,000-character Han name take 1.3 s and 8,000 take 17 s. "
        f"{BEFORE}\n\n"
        "| script | keys | characters | ms (median) | µs per character | vs previous |\n"
        "|---|---|---:|---:|---:|---:|\n" + "\n".join(rows) + "\n"
    )
