"""Record every page where `ocr._read_again` (the ink-only re-read) is asked: the first
(gray) reading, the ink reading, which one was returned, and the truth
(bench/results/mrz_read_again.md).

    SHARED_DIR=/work/shared nice .venv/bin/python scripts/mrz_read_again.py OUT SET [FIRST COUNT]

SET: as scripts/mrz_f7_record.py (real, f1/f5/f6/f7, a seen set), or twinblend / twinface
(tests/documents/twin_pages, seeds FIRST..)."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench import bench_mrz  # noqa: E402
from desktop.documents import ocr, ocr_reading  # noqa: E402

_RULE = {str(v): k for k, v in ocr_reading.WHY.items()}


def _pages(name: str, first: int | None, count: int | None) -> Any:
    if name in ("twinblend", "twinface"):
        from tests.documents import twin_pages

        assert first is not None and count is not None
        for seed in range(first, first + count):
            got = twin_pages.blend_page(seed) if name == "twinblend" else twin_pages.face_page(seed)
            if got is None:
                continue
            jpeg, lines, note = got
            yield f"{seed} {note}", jpeg, [lines], True
        return
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "mrz_f7_record", os.path.join(os.path.dirname(__file__), "mrz_f7_record.py")
    )
    assert spec is not None and spec.loader is not None
    rec = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(rec)
    yield from rec.pages(name, first, count)


def _summary(r: Any) -> dict[str, Any]:
    whys = [
        _RULE.get(str(e.params.get("why")), str(e.params.get("why")))
        for e in r.document.errors
        if getattr(e, "code", "") == "ocr.refused"
    ]
    return dict(
        lines=list(r.document.lines),
        valid=bool(r.document.valid),
        refused=whys,
        named=[list(p) for p in r.uncertain],
        ambiguous=ocr_reading.is_ambiguous(r),
    )


def _no_colour_anywhere(gray: Any, ink: Any) -> bool:
    """No pixel of the picture darker in gray than in its brightest channel by even
    COLOUR_DARKER - 15: _coloured_over_mrz is False wherever the box (its views are
    averages of the picture's pixels; 15 of margin for a zoom's cubic overshoot)."""
    if gray.shape != ink.shape:
        return False
    return int((ink.astype("int16") - gray.astype("int16")).max()) <= ocr.COLOUR_DARKER - 15


def main() -> None:
    out, name = sys.argv[1], sys.argv[2]
    first = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[3] else None
    count = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[4] else None
    # Optional: a file of the pages (keys) to read, one a line.
    keep = None
    if len(sys.argv) > 5:
        with open(sys.argv[5], encoding="utf-8") as fh:
            keep = {ln.strip() for ln in fh if ln.strip()}
    ocr.prepare()
    # Measured as before the change (the suspected lines' refusal off): every lift seen.
    ocr.SUSPECT_WHYS = ()  # type: ignore[misc]
    seen: dict[str, Any] = {}

    def recording(gray, ink, first_r, where, today):  # type: ignore[no-untyped-def]
        # The same logic as ocr._read_again, recording both readings.
        seen["asked"] = True
        if not ocr._coloured_over_mrz(gray, ink, where):
            seen["coloured"] = False
            return first_r
        seen["coloured"] = True
        seen["first"] = _summary(first_r)
        try:
            again, _ = ocr._read_gray(ink, today, where)
        except ocr.NoMrzFound:
            seen["again"] = None
            return first_r
        seen["again"] = _summary(again)
        took = again.document.valid or (
            ocr_reading.is_ambiguous(again) and not ocr_reading.is_ambiguous(first_r)
        )
        seen["took"] = bool(took)
        return again if took else first_r

    real_group = ocr._read_group

    def group(gray, grp, today):  # type: ignore[no-untyped-def]
        # Every candidate MRZ read (gray and ink images): a later candidate's valid
        # reading replaces an earlier one's refusal in ocr._read_turns.
        r = real_group(gray, grp, today)
        seen.setdefault("groups", []).append(dict(ink="first" in seen, **_summary(r)))
        return r

    ocr._read_again = recording  # type: ignore[assignment]
    ocr._read_group = group  # type: ignore[assignment]
    with open(out, "a", encoding="utf-8") as fh:
        for key, img, truths, pvalid in _pages(name, first, count):
            seen.clear()
            if keep is not None and key.split()[0] not in keep:
                continue
            # Every page is read: another candidate MRZ may lift a refusal in gray alone.
            ink = ocr.load_ink(img)
            if ink is None or _no_colour_anywhere(ocr.load_gray(img), ink):
                seen["no_colour"] = True  # _read_again finds no colour over any box
            try:
                doc = ocr.read_image(img, today=bench_mrz.TODAY).document
                final: dict[str, Any] | None = dict(lines=list(doc.lines), valid=bool(doc.valid))
            except ocr.NoMrzFound:
                final = None
            row = dict(
                set=name,
                key=key,
                truths=[list(t) for t in truths],
                printed_valid=pvalid,
                final=final,
                **seen,
            )
            fh.write(json.dumps(row) + "\n")
            fh.flush()


if __name__ == "__main__":
    main()
