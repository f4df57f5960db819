"""What typing the cells a refusal names would do (ocr.Typed): on seen generated sets
and ext-mrz, every refused reading whose cells ocr.to_type offers is read again with
the printed characters typed there, as an officer would read them off the document
(up to three rounds while the reading names other cells, at most ocr.MAX_TYPED cells
in all). And twice more with a careless officer: the character of the next column
typed (a column miscounted), and the reading's own best guess typed back (the glyph's
choice, rubber-stamped). Counts exact, wrong but valid (must be 0 with the printed
characters typed), refused and invalid.

    SHARED_DIR=/work/shared taskset -c 1 .venv/bin/python scripts/mrz_typed.py \
        heldout27 heldout28 heldout29 real [--count N]
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from bench import bench_mrz, mrz_seen  # noqa: E402
from desktop.documents import ocr  # noqa: E402
from desktop.documents.mrz import parse  # noqa: E402

ROUNDS = 4


def outcome(result: ocr.OcrResult, truth: tuple[str, ...], printed_valid: bool) -> str:
    doc = result.document
    refused = any(getattr(e, "code", "") == "ocr.refused" for e in doc.errors)
    kind = bench_mrz._kind(doc, doc.lines == truth, refused)
    if kind == "invalid as printed":
        return "exact" if not printed_valid else "invalid"
    return kind


def officer(truth: tuple[str, ...], guess: tuple[str, ...], how: str, ln: int, col: int) -> str:
    """The character an officer types at (ln, col): as printed, the next column's, or
    the reading's own guess."""
    if how == "printed":
        return truth[ln - 1][col - 1]
    if how == "next column":
        line = truth[ln - 1]
        return line[col] if col < len(line) else line[col - 2]
    return guess[ln - 1][col - 1]


def complete(
    image: Any, first: ocr.OcrResult, truth: tuple[str, ...], how: str
) -> tuple[ocr.OcrResult, int]:
    """The reading after the officer typed what each refusal asked for; and how many
    cells were typed."""
    result, cells = first, {}
    for _ in range(ROUNDS):
        asked = ocr.to_type(result)
        if not asked or len(set(cells) | set(asked)) > ocr.MAX_TYPED:
            break
        if len(result.document.lines) != len(truth) or any(
            len(a) != len(b) for a, b in zip(result.document.lines, truth, strict=True)
        ):
            break  # another format than printed: the officer would type it whole
        new = {p: officer(truth, result.document.lines, how, *p) for p in asked if p not in cells}
        if not new:
            break
        cells.update(new)
        typed = ocr.Typed(result.document.format, dict(cells))
        result = ocr.read_image(image, today=bench_mrz.TODAY, typed=typed)
    return result, len(cells)


def pages(name: str, count: int) -> list[tuple[str, Any, tuple[str, ...], bool]]:
    if name == "real":
        out = []
        tsv = (bench_mrz.EXT_MRZ / "images.tsv").read_text(encoding="utf-8").splitlines()
        for row in tsv:
            if not row or row.startswith("#"):
                continue
            img, truth, *_ = row.split("\t")
            if truth == "-":
                continue
            lines = tuple(truth.split(" OR ")[0].split("|"))
            valid = parse(lines, today=bench_mrz.TODAY).valid
            out.append((img, bench_mrz.EXT_MRZ / "images" / img, lines, valid))
        return out[:count]
    make, first = mrz_seen.sets()[name]
    out = []
    for seed in range(first, first + count):
        s = make(seed, today=bench_mrz.TODAY)
        if s.lines:
            out.append((str(seed), s.jpeg, tuple(s.lines), getattr(s, "valid", True)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--count", type=int, default=200)
    args = ap.parse_args()
    ocr.prepare()
    hows = ("printed", "next column", "guess")
    with bench_mrz.one_core():
        for name in args.sets:
            tally: dict[str, collections.Counter[str]] = {h: collections.Counter() for h in hows}
            typed_cells: list[int] = []
            offered = refused = 0
            for label, image, truth, valid in pages(name, args.count):
                try:
                    first = ocr.read_image(image, today=bench_mrz.TODAY)
                except ocr.NoMrzFound:
                    continue
                if outcome(first, truth, valid) != "refused":
                    continue
                refused += 1
                if not ocr.to_type(first):
                    continue
                offered += 1
                for how in hows:
                    result, n = complete(image, first, truth, how)
                    kind = outcome(result, truth, valid)
                    tally[how][kind] += 1
                    if how == "printed":
                        typed_cells.append(n)
                    if kind in ("wrong but valid", "invalid") or how == "printed":
                        why, _ = mrz_seen.why_of(tuple(str(e) for e in first.document.errors))
                        print(
                            f"{name} {label} [{how}] {kind} after {n} typed; first: {why}",
                            flush=True,
                        )
            print(f"## {name}: {refused} refused, {offered} offered cells to type")
            for how in hows:
                print(f"  typed {how}: {dict(tally[how])}")
            if typed_cells:
                spread = collections.Counter(typed_cells)
                print(f"  cells typed (printed): {dict(sorted(spread.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
