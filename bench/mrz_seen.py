"""Development runs of a SEEN generated set (one already scored once): every image not
read exactly, with why it was refused (the rule of ocr_decide), the positions named,
the printed and the read character there, and whether the reading refused (the best
glyph per cell) was the printed MRZ. Writes nothing under bench/results: the scored-once
files stay as they were scored.

    SHARED_DIR=/work/shared taskset -c 1 .venv/bin/python -m bench.mrz_seen heldout7 [N] [--all]

Sets: synth, variant, heldout, heldout4 .. heldout30 (the seeds of bench_mrz). `--all`
lists exact reads too (one line each). Where the generator labels its faces (`face_kind`:
ocrb, hybrid, other), each line names it and a last table counts the wholly OCR-B pages
alone by printed validity and reason: what ICAO 9303's own face loses, apart from the
faces the reader refuses by design.
"""

from __future__ import annotations

import collections
import os
import re
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from bench import bench_mrz  # noqa: E402


def sets() -> dict[str, tuple[Callable[..., Any], int]]:
    from bench import (
        mrz_heldout,
        mrz_heldout4,
        mrz_heldout5,
        mrz_heldout6,
        mrz_heldout7,
        mrz_heldout8,
        mrz_heldout9,
        mrz_heldout10,
        mrz_heldout11,
        mrz_heldout12,
        mrz_heldout13,
        mrz_heldout14,
        mrz_heldout15,
        mrz_heldout16,
        mrz_heldout17,
        mrz_heldout18,
        mrz_heldout19,
        mrz_heldout20,
        mrz_heldout21,
        mrz_heldout22,
        mrz_heldout23,
        mrz_heldout24,
        mrz_heldout25,
        mrz_heldout26,
        mrz_heldout27,
        mrz_heldout28,
        mrz_heldout29,
        mrz_heldout30,
        mrz_variant,
    )
    from tests.documents import synth

    return {
        "synth": (synth.sample, bench_mrz.HELD_OUT),
        "variant": (mrz_variant.sample, bench_mrz.VARIANT),
        "heldout": (mrz_heldout.sample, bench_mrz.HELDOUT3),
        "heldout4": (mrz_heldout4.sample, bench_mrz.HELDOUT4),
        "heldout5": (mrz_heldout5.sample, bench_mrz.HELDOUT5),
        "heldout6": (mrz_heldout6.sample, bench_mrz.HELDOUT6),
        "heldout7": (mrz_heldout7.sample, bench_mrz.HELDOUT7),
        "heldout8": (mrz_heldout8.sample, bench_mrz.HELDOUT8),
        "heldout9": (mrz_heldout9.sample, bench_mrz.HELDOUT9),
        "heldout10": (mrz_heldout10.sample, bench_mrz.HELDOUT10),
        "heldout11": (mrz_heldout11.sample, bench_mrz.HELDOUT11),
        "heldout12": (mrz_heldout12.sample, bench_mrz.HELDOUT12),
        "heldout13": (mrz_heldout13.sample, bench_mrz.HELDOUT13),
        "heldout14": (mrz_heldout14.sample, bench_mrz.HELDOUT14),
        "heldout15": (mrz_heldout15.sample, bench_mrz.HELDOUT15),
        "heldout16": (mrz_heldout16.sample, bench_mrz.HELDOUT16),
        "heldout17": (mrz_heldout17.sample, bench_mrz.HELDOUT17),
        "heldout18": (mrz_heldout18.sample, bench_mrz.HELDOUT18),
        "heldout19": (mrz_heldout19.sample, bench_mrz.HELDOUT19),
        "heldout20": (mrz_heldout20.sample, bench_mrz.HELDOUT20),
        "heldout21": (mrz_heldout21.sample, bench_mrz.HELDOUT21),
        "heldout22": (mrz_heldout22.sample, bench_mrz.HELDOUT22),
        "heldout23": (mrz_heldout23.sample, bench_mrz.HELDOUT23),
        "heldout24": (mrz_heldout24.sample, bench_mrz.HELDOUT24),
        "heldout25": (mrz_heldout25.sample, bench_mrz.HELDOUT25),
        "heldout26": (mrz_heldout26.sample, bench_mrz.HELDOUT26),
        "heldout27": (mrz_heldout27.sample, bench_mrz.HELDOUT27),
        "heldout28": (mrz_heldout28.sample, bench_mrz.HELDOUT28),
        "heldout29": (mrz_heldout29.sample, bench_mrz.HELDOUT29),
        "heldout30": (mrz_heldout30.sample, bench_mrz.HELDOUT30),
    }


_WHERE = re.compile(r"line (\d+) position (\d+)")


def why_of(errors: tuple[str, ...]) -> tuple[str, list[tuple[int, int]]]:
    """The refusal's reason and the positions it names (as far as the message lists)."""
    for e in errors:
        if e.startswith("OCR refused: "):
            why = e[len("OCR refused: ") :].split(" (")[0]
            return why, [(int(a), int(b)) for a, b in _WHERE.findall(e)]
    return "", []


def run(name: str, count: int, show_all: bool) -> int:
    from desktop.documents import ocr

    make, first = sets()[name]
    today = bench_mrz.TODAY
    ocr.prepare()
    kinds: collections.Counter[str] = collections.Counter()
    causes: collections.Counter[str] = collections.Counter()
    right_guess: collections.Counter[str] = collections.Counter()
    # Wholly OCR-B pages: (printed valid, reason) -> pages, and how many guessed right.
    ocrb: collections.Counter[tuple[bool, str]] = collections.Counter()
    ocrb_right: collections.Counter[tuple[bool, str]] = collections.Counter()
    times: list[float] = []
    with bench_mrz.one_core():
        for seed in range(first, first + count):
            s = make(seed, today=today)
            printed_valid = getattr(s, "valid", True)
            t0 = time.perf_counter()
            try:
                doc = ocr.read_image(s.jpeg, today=today).document
            except ocr.NoMrzFound:
                times.append((time.perf_counter() - t0) * 1000)
                kinds["no MRZ"] += 1
                print(f"{seed} {s.format}: no MRZ")
                continue
            times.append((time.perf_counter() - t0) * 1000)
            refused = any(e.startswith("OCR refused") for e in doc.errors)
            kind = bench_mrz._kind(doc, doc.lines == s.lines, refused)
            if kind == "invalid as printed":
                kind = "exact" if not printed_valid else "invalid"
            kinds[kind] += 1
            if kind == "exact":
                if show_all:
                    print(f"{seed} {s.format}: exact")
                continue
            same = doc.lines == s.lines
            why, where = why_of(doc.errors)
            cause = why or kind
            causes[cause] += 1
            right_guess[cause] += same
            tag = "" if printed_valid else " printed-invalid"
            face = getattr(s, "face_kind", "")
            if face:
                tag += f" {face}"
            if face == "ocrb":
                ocrb[(printed_valid, cause)] += 1
                ocrb_right[(printed_valid, cause)] += same
            detail = []
            if len(doc.lines) == len(s.lines):
                for ln, col in where:
                    a = s.lines[ln - 1][col - 1] if col <= len(s.lines[ln - 1]) else "?"
                    b = doc.lines[ln - 1][col - 1] if col <= len(doc.lines[ln - 1]) else "?"
                    detail.append(f"{ln}:{col} {a}{'=' if a == b else '>'}{b}")
            print(
                f"{seed} {s.format}{tag}: {kind} [{cause}] guess "
                f"{'RIGHT' if same else 'wrong'}; {', '.join(detail)}"
            )
            if not same:
                print(f"    printed {' / '.join(s.lines)}\n    read    {' / '.join(doc.lines)}")
    n = sum(kinds.values())
    print(
        f"\n{name}: {n} images: exact {kinds['exact']}, wrong but valid "
        f"{kinds['wrong but valid']}, refused {kinds['refused']}, invalid {kinds['invalid']}, "
        f"no MRZ {kinds['no MRZ']}; median {statistics.median(times):.0f} ms"
    )
    for cause, k in causes.most_common():
        print(f"  {k:4d} {cause} (best guess right: {right_guess[cause]})")
    if ocrb:
        print("  wholly OCR-B pages not read exactly:")
        for (ok, cause), k in sorted(ocrb.items(), key=lambda kv: (not kv[0][0], -kv[1])):
            print(
                f"  {k:4d} printed {'valid' if ok else 'invalid'}: {cause} "
                f"(best guess right: {ocrb_right[(ok, cause)]})"
            )
    return kinds["wrong but valid"]


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    wrong = run(args[0], int(args[1]) if len(args) > 1 else bench_mrz.IMAGES, "--all" in sys.argv)
    sys.exit(1 if wrong else 0)
