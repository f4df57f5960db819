"""Rule 15's witnesses per checked 0 whose O only rule 6 keeps, on recorded decide()
calls (scripts/mrz_twin_record.py): the CNN's lead of 0 over O, the exemplar gap, the
likeness of the nearest cell read O (rival), and the cell's ink aspect over the page's
usual typed 0's (median of the CNN-sure typed 0s, as rule 14's _round_zeros).

    .venv/bin/python scripts/mrz_twin_cells.py /tmp/ocr-twins/*.pkl > cells.tsv

One row per (page, reading, cell): set, key, kind (honest: printed 0; attack: printed
another character), page (exact / wrong / other reading), cell, check group, lead, gap,
rival margin, aspect ratio, dropped (rule 15 today), note."""

from __future__ import annotations

import os
import pickle
import sys
from typing import Any

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench import bench_mrz
from desktop.documents import ocr_decide as od
from desktop.documents import ocr_lookalike
from desktop.documents.layout import Layout
from desktop.documents.ocr_reading import Reading


def cells_of_call(call: dict[str, Any]) -> list[dict[str, Any]]:
    """Rule 15's candidate 0 cells of one decide() call (its valid reading only)."""
    got: list[dict[str, Any]] = []
    real = od._self_vouched

    def spy(reading, loose, scores, feats, lay, zoomed=False):  # type: ignore[no-untyped-def]
        out = real(reading, loose, scores, feats, lay, zoomed)
        got.extend(measure(reading, loose, out, scores, feats, lay, zoomed))
        return out

    od._self_vouched = spy  # type: ignore[assignment]
    try:
        od.decide(
            call["scores"],
            call["fmt"],
            call["n"],
            bench_mrz.TODAY,
            call["blot"],
            call["feats"],
            call["zoomed"],
        )
    finally:
        od._self_vouched = real  # type: ignore[assignment]
    return got


def measure(
    reading: Reading,
    loose: list[list[str]],
    out: list[list[str]],
    scores: np.ndarray,
    feats: np.ndarray,
    lay: Layout,
    zoomed: bool,
) -> list[dict[str, Any]]:
    """One row per checked cell read 0 whose O only rule 6 keeps (`loose`); `out`
    is rule 15's result (dropped: O gone)."""
    text = "".join(reading.document.lines)
    if zoomed or len(text) != len(feats) or len(text) != len(loose):
        return []
    n = lay.width
    covered = lay.covered()
    odd = {li for li, m in enumerate(od.line_margins(scores, feats, n)) if m < od.LINE_MARGIN}
    allowed = lay.allowed()
    todo = np.array(
        [
            p in covered and c == "0" and "O" in loose[p] and len(loose[p]) == 2
            for p, c in enumerate(text)
        ]
    )
    if not todo.any():
        return []
    twin = {a: b for pair in od.VOUCHED_PAIRS for a, b in (pair, pair[::-1])}
    typed = [c in twin and od._typed(c, chars) for c, chars in zip(text, allowed, strict=True)]
    ex_lead = ocr_lookalike.lead(
        text, feats, {q: twin[text[q]] for q in range(len(text)) if typed[q] and not todo[q]}
    )
    sure_text = "".join(
        "\x00" if ex_lead.get(q, np.inf) < od.UNVOUCHED_LEAD else c for q, c in enumerate(text)
    )
    gaps = od._exemplar_gap(sure_text, feats, lay, todo)
    leads = ocr_lookalike.lead(text, feats, {int(p): "O" for p in np.flatnonzero(todo)})
    zeros = [q for q, c in enumerate(sure_text) if c == "0" and not todo[q] and typed[q]]
    usual = float(np.median(od._ink_aspect(feats[zeros]))) if len(zeros) >= 2 else np.nan
    rows = []
    for p in np.flatnonzero(todo):
        p = int(p)
        e = [q for q, c in enumerate(sure_text) if c == "0" and q != p and typed[q]]
        near = float((feats[e] @ feats[p]).max()) if e else np.nan
        rivals = [q for q, c in enumerate(text) if c == "O"]
        rival = near - float((feats[rivals] @ feats[p]).max()) if rivals else np.inf
        groups = [i for i, c in enumerate(lay.checks) if p in lay.cells_of(c)]
        rows.append(
            dict(
                text=text,
                p=p,
                line=p // n + 1,
                col=p % n + 1,
                groups=groups,
                lead=leads[p],
                gap=float(gaps[p]),
                rival=rival,
                aspect=float(od._ink_aspect(feats[[p]])[0]) / usual,
                nzeros=len(zeros),
                odd=p // n in odd,
                dropped="O" not in out[p],
            )
        )
    return rows


def main() -> None:
    print(
        "set\tkey\tkind\tpage\tcell\tgroups\tlead\tgap\trival\taspect\tnzeros\todd\tdropped\tnote"
    )
    for path in sys.argv[1:]:
        name = os.path.basename(path).removesuffix(".pkl")
        with open(path, "rb") as fh:
            recorded = pickle.load(fh)
        for row in recorded:
            truths = ["".join(t) for t in row["truths"]]
            seen: set[tuple[str, int]] = set()
            for call in row["calls"]:
                if call["feats"] is None:
                    continue
                for c in cells_of_call(call):
                    if (c["text"], c["p"]) in seen:
                        continue
                    seen.add((c["text"], c["p"]))
                    t = truths[0] if truths else ""
                    printed = t[c["p"]] if len(t) == len(c["text"]) else "?"
                    kind = "honest" if printed == "0" else f"attack_{printed}"
                    page = "exact" if c["text"] in truths else "wrong"
                    key, *note = row["key"].split(maxsplit=1)
                    print(
                        f"{name}\t{key}\t{kind}\t{page}\t{c['line']}:{c['col']}\t"
                        f"{','.join(map(str, c['groups']))}\t{c['lead']:.3f}\t{c['gap']:.4f}\t"
                        f"{c['rival']:.3f}\t{c['aspect']:.3f}\t{c['nzeros']}\t{int(c['odd'])}\t"
                        f"{int(c['dropped'])}\t{' '.join(note)}",
                        flush=True,
                    )


if __name__ == "__main__":
    main()
