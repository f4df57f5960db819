"""Rules 21 and 22's alternatives within rule 18's reach, measured on recorded decide()
calls (scripts/mrz_f7_record.py): for every page whose final reading is valid, each
other reading of `_digit_runner_up_changes` that passes every check (rule 21) or fails
only the composite (rule 22), per changed cell the template gap, the fit under the
page's usual ink cell, the CNN's lead, and the cell's likeness to the page's typed
exemplars of the digit read and of the alternative (bench/results/mrz_f7_within_reach.md).

    .venv/bin/python scripts/mrz_f7_within_reach.py /tmp/f7b/*.pkl > table.tsv

One row per (page, rule, change): set, key, kind (exact / wrong / other), truth (the
change gives the printed reading), rule, cells, gaps, odds, leads, ex_read, ex_alt."""

from __future__ import annotations

import os
import pickle
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench import bench_mrz
from desktop.documents import layout as mrz_layout
from desktop.documents import ocr_decide as od


def base_valid_calls(row: dict) -> list[tuple[dict, str]]:
    """The page's decide() calls valid without rule 22b (`_both_in_doubt` off), with
    their text: the readings rule 22b may refuse (a page may have been recorded with it
    on)."""
    real = od._both_in_doubt
    od._both_in_doubt = lambda *a, **k: []
    try:
        out = []
        for c in row["calls"]:
            r = od.decide(
                c["scores"], c["fmt"], c["n"], bench_mrz.TODAY, c["blot"], c["feats"], c["zoomed"]
            )
            if r.document.valid:
                out.append((c, "".join(r.document.lines)))
        return out
    finally:
        od._both_in_doubt = real


def exemplar_likeness(
    text: str, feats: np.ndarray, lay: mrz_layout.Layout, p: int, c: str, skip: set[int]
) -> float:
    """The cell's likeness to its most alike other cell read `c` (NaN: none; a digit
    is read only where a field admits digits)."""
    e = [q for q, x in enumerate(text) if x == c and q not in skip]
    if not e:
        return float("nan")
    return float((feats[e] @ feats[p]).max())


def rows_of(path: str) -> list[str]:
    name = os.path.basename(path).removesuffix(".pkl")
    out = []
    with open(path, "rb") as fh:
        recorded = pickle.load(fh)
    for row in recorded:
        truths = ["".join(t) for t in row["truths"]]
        seen: set[str] = set()
        for call, text in base_valid_calls(row):
            rows_of_call(name, row, call, text, truths, seen, out)
    return out


def rows_of_call(
    name: str, row: dict, call: dict, text: str, truths: list[str], seen: set[str], out: list[str]
) -> None:
    """The rows of one valid reading (each change once per page)."""
    kind = "exact" if text in truths else "wrong"
    scores, feats, fmt = call["scores"], call["feats"], call["fmt"]
    lay = mrz_layout.layout(fmt)
    usual = od._usual_fit(text, scores)
    for rule, fn in (("21", od._runner_up_twins), ("22", od._printed_error_twins)):
        try:
            twins = fn(text, scores, lay, bench_mrz.TODAY, usual)
        except OverflowError:
            out.append(f"{name}\t{row['key'].split()[0]}\t{kind}\t-\t{rule}\tOVERFLOW")
            continue
        for change in twins:
            alt = "".join(od._changed(text, change))
            skip = {p for p, _ in change}
            gaps, odds, leads, exr, exa = [], [], [], [], []
            for p, b in change:
                read = scores[p, od.IDX[text[p]]]
                gaps.append(read - scores[p, od.IDX[b]])
                odds.append(usual - read)
                leads.append(od._cnn_lead(text, feats, p, b))
                exr.append(exemplar_likeness(text, feats, lay, p, text[p], skip))
                exa.append(exemplar_likeness(text, feats, lay, p, b, skip))
            cells = ",".join(f"{p}:{text[p]}>{b}" for p, b in change)
            f = lambda xs: ",".join(f"{x:.3f}" for x in xs)  # noqa: E731
            doubt = bool(od._in_doubt([change], text, scores, feats, usual))
            b22 = rule == "22" and bool(od._both_in_doubt([change], text, scores, feats, usual))
            line = (
                f"{name}\t{row['key'].split()[0]}\t{kind}\t{int(alt in truths)}\t{rule}\t"
                f"{fmt}\t{cells}\t{f(gaps)}\t{f(odds)}\t{f(leads)}\t{f(exr)}\t{f(exa)}\t"
                f"{int(doubt)}\t{int(b22)}\t{' '.join(row['key'].split()[1:])}"
            )
            if line not in seen:
                seen.add(line)
                out.append(line)


if __name__ == "__main__":
    print(
        "set\tkey\tkind\ttruth\trule\tfmt\tcells\tgaps\todds\tleads\tex_read\tex_alt\tdoubt\tb22\tnote"
    )
    for path in sys.argv[1:]:
        for line in rows_of(path):
            print(line)
