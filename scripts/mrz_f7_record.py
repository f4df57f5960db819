"""Record every ocr_decide.decide() call of a set's pages (inputs and reading) with the
page's final reading and truth, so that rule 21/22 witnesses can be measured offline
(bench/results/mrz_f7_within_reach.md).

    SHARED_DIR=/work/shared nice .venv/bin/python scripts/mrz_f7_record.py OUT SET [FIRST COUNT]

SET: real (ext-mrz), f1/f4/f5/f6/f7 (tests/documents/blend_pages, seeds FIRST..), or a
seen set of bench.mrz_seen (synth, variant, heldout, heldout12 ..)."""

from __future__ import annotations

import os
import pickle
import sys
from typing import Any

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench import bench_mrz, mrz_seen  # noqa: E402
from desktop.documents import ocr, ocr_decide  # noqa: E402
from desktop.documents.mrz import parse  # noqa: E402


def pages(name: str, first: int | None, count: int | None) -> Any:
    """(key, image, truths, printed valid) per page."""
    if name == "real":
        for ln in (bench_mrz.EXT_MRZ / "images.tsv").read_text(encoding="utf-8").splitlines():
            if not ln or ln.startswith("#"):
                continue
            img, truth, *_ = ln.split("\t")
            truths = [] if truth == "-" else [tuple(t.split("|")) for t in truth.split(" OR ")]
            valid = bool(truths) and parse(truths[0], today=bench_mrz.TODAY).valid
            yield img, bench_mrz.EXT_MRZ / "images" / img, truths, valid
        return
    if name.startswith("f") and name[1:].isdigit():
        from tests.documents import blend_pages

        assert first is not None and count is not None
        for seed in range(first, first + count):
            got = blend_pages.page(name, seed)
            if got is None:
                continue
            jpeg, lines, valid, note = got
            yield f"{seed} {note}", jpeg, [lines], valid
        return
    make, start = mrz_seen.sets()[name]
    first = start if first is None else first
    for seed in range(first, first + (count or 200)):
        s = make(seed, today=bench_mrz.TODAY)
        yield str(seed), s.jpeg, [s.lines], getattr(s, "valid", True)


def main(source: Any = pages) -> None:
    """Record the pages `source(name, first, count)` yields (scripts/mrz_twin_record.py
    passes its own)."""
    out, name = sys.argv[1], sys.argv[2]
    first = int(sys.argv[3]) if len(sys.argv) > 3 else None
    count = int(sys.argv[4]) if len(sys.argv) > 4 else None
    ocr.prepare()
    real_decide = ocr_decide.decide
    calls: list[dict[str, Any]] = []

    def recording(scores, fmt, n, today, blot=None, feats=None, zoomed=False):  # type: ignore[no-untyped-def]
        r = real_decide(scores, fmt, n, today, blot, feats, zoomed)
        calls.append(
            dict(
                scores=scores.copy(),
                fmt=fmt,
                n=n,
                blot=None if blot is None else blot.copy(),
                feats=None if feats is None else feats.copy(),
                zoomed=zoomed,
                lines=r.document.lines,
                valid=r.document.valid,
                errors=r.document.errors,
            )
        )
        return r

    ocr_decide.decide = recording  # type: ignore[assignment]
    rows = []
    for key, img, truths, pvalid in source(name, first, count):
        calls.clear()
        try:
            doc = ocr.read_image(img, today=bench_mrz.TODAY).document
            final = dict(lines=doc.lines, valid=doc.valid, errors=doc.errors)
        except ocr.NoMrzFound:
            final = None
        rows.append(
            dict(key=key, truths=truths, printed_valid=pvalid, final=final, calls=list(calls))
        )
        print(
            key, None if final is None else (final["valid"], final["lines"] in truths), flush=True
        )
    with open(out, "wb") as fh:
        pickle.dump(rows, fh)


if __name__ == "__main__":
    main()
