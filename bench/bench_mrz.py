"""MRZ benchmark: OCR accuracy and speed on generated document photographs, and
`mrz parse` throughput.

The images come from tests/documents/synth.py with seeds the reader was never tuned
on (HELD_OUT); each has a known MRZ. Figures: exact reads (valid and equal to the
truth), wrong readings reported valid (must be 0), refusals, images where no MRZ was
found, and milliseconds per image (decode included) on ONE core: the process is
pinned to one CPU and OpenCV/BLAS threads are set to one.
"""

from __future__ import annotations

import os

# Before numpy/OpenCV load their thread pools (when this module is imported first).
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import collections  # noqa: E402
import contextlib  # noqa: E402
import datetime as dt  # noqa: E402
import io  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.machine import describe  # noqa: E402

HELD_OUT = 500_000  # first seed of the held-out images (tuning used seeds below 10 000)
IMAGES = 330
QUICK_IMAGES = 12
TODAY = dt.date(2026, 11, 27)  # fixed, so that the generated documents do not drift


@contextlib.contextmanager
def one_core() -> Iterator[str]:
    import cv2

    threads = cv2.getNumThreads()
    cv2.setNumThreads(1)
    before = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    cpu = "unpinned"
    if before:
        target = max(before)
        os.sched_setaffinity(0, {target})
        cpu = f"pinned to CPU {target}"
    try:
        yield cpu
    finally:
        if before:
            os.sched_setaffinity(0, before)
        cv2.setNumThreads(threads)


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def run(quick: bool = False) -> str:
    from desktop.documents import ocr
    from desktop.documents.mrz import parse
    from tests.documents import synth

    count = QUICK_IMAGES if quick else IMAGES
    print(f"generating {count} document photographs ...", flush=True)
    samples = [synth.sample(HELD_OUT + i, today=TODAY) for i in range(count)]
    ocr.prepare()  # load the prototypes before timing

    outcome: collections.Counter[str] = collections.Counter()
    per_level: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    per_format: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    times: list[float] = []
    wrong: list[str] = []
    with one_core() as cpu:
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        for i, s in enumerate(samples):
            t0 = time.perf_counter()
            try:
                result = ocr.read_image(s.jpeg, today=TODAY)
                doc = result.document
                if doc.valid and doc.lines == s.lines:
                    kind = "exact"
                elif doc.valid:
                    kind = "wrong but valid"
                    wrong.append(f"seed {s.seed}: {doc.lines} != {s.lines}")
                elif any(e.startswith("OCR refused") for e in doc.errors):
                    kind = "refused"
                else:
                    kind = "invalid"
            except ocr.NoMrzFound:
                kind = "no MRZ found"
            times.append((time.perf_counter() - t0) * 1000)
            outcome[kind] += 1
            per_level[s.level][kind] += 1
            per_format[s.format][kind] += 1
            if (i + 1) % 50 == 0:
                print(f"  {i + 1}/{count}", flush=True)
        load_after = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")

        # mrz parse throughput: the parser alone, and the whole command in-process.
        lines = [s.lines for s in samples]
        n_parse = 2000 if quick else 20000
        t0 = time.perf_counter()
        for i in range(n_parse):
            parse(lines[i % len(lines)], today=TODAY)
        parse_rate = n_parse / (time.perf_counter() - t0)
        from desktop.cli import main

        n_cli = 200 if quick else 2000
        t0 = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            for i in range(n_cli):
                main(["mrz", "parse", "--json", *lines[i % len(lines)]])
        cli_rate = n_cli / (time.perf_counter() - t0)
        from desktop.cli import build_parser

        t0 = time.perf_counter()
        for _ in range(50):
            build_parser()
        setup_ms = (time.perf_counter() - t0) / 50 * 1000

    n = len(samples)
    exact = outcome["exact"]
    rows = [
        "## MRZ",
        "",
        describe(),
        "",
        f"OCR of {n} generated document photographs (tests/documents/synth.py, held-out "
        f"seeds {HELD_OUT}-{HELD_OUT + n - 1}; 1280x960 JPEG; OCR-B MRZ on guilloche, "
        "rotation, perspective, blur, noise, uneven light, glare), one core "
        f"({cpu}, cv2.setNumThreads(1)); load average {load:.1f} before, "
        f"{load_after:.1f} after (other developers' jobs share the 2 cores).",
        "",
        "| measure | value | target |",
        "|---|---|---|",
        f"| exact MRZ (valid and equal to the truth) | {exact}/{n} = {100 * exact / n:.1f}% "
        "| >= 98% |",
        f"| wrong but reported valid | {outcome['wrong but valid']} | 0 |",
        f"| refused (uncertain characters, valid false) | {outcome['refused']} | |",
        f"| read but failing a check, not refused | {outcome['invalid']} | |",
        f"| no MRZ found (exit 2) | {outcome['no MRZ found']} | |",
        f"| median ms per image (decode included) | {statistics.median(times):.0f} | <= 100 |",
        f"| p95 ms per image | {_pct(times, 0.95):.0f} | |",
        f"| `parse()` per second | {parse_rate:,.0f} | |",
        f"| `mrz parse --json` in-process per second | {cli_rate:,.0f} | |",
        f"| of which building the CLI (every area's argparse), ms per call | {setup_ms:.1f} | |",
        "",
        "| level | images | exact | refused | no MRZ | wrong but valid |",
        "|---|---|---|---|---|---|",
    ]
    for level in ("easy", "medium", "hard"):
        c = per_level[level]
        total = sum(c.values())
        if total:
            rows.append(
                f"| {level} | {total} | {c['exact']} ({100 * c['exact'] / total:.0f}%) | "
                f"{c['refused'] + c['invalid']} | {c['no MRZ found']} | {c['wrong but valid']} |"
            )
    rows += ["", "| format | images | exact |", "|---|---|---|"]
    for fmt in sorted(per_format):
        c = per_format[fmt]
        rows.append(f"| {fmt} | {sum(c.values())} | {c['exact']} |")
    rows += [
        "",
        "Levels (tests/documents/synth.py): easy = flat-bed scan (rotation <= 2 deg, blur "
        "sigma <= 0.6, JPEG 85-95); medium = careful phone photo (<= 8 deg, perspective 3%, "
        "blur 0.3-1.1, noise, uneven light, some glare, JPEG 60-90); hard = hurried photo "
        "(<= 15 deg, perspective 6%, blur 0.6-1.6, noise up to 12, strong light gradient "
        "and glare, faded ink, JPEG 40-75). A refusal names the uncertain positions and asks "
        "for another picture; `mrz ocr` exits 1, the camera scan simply reads the next frame.",
    ]
    if wrong:
        rows += ["", "Wrong but valid:", *(f"- {w}" for w in wrong)]
    section = "\n".join(rows) + "\n"
    print(section)
    return section


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
