"""Rule 16b's populations (ocr_doubt._type_tie): every cell of a letter with a digit
twin (_DIGIT_TWIN) in a field no check digit covers that admits no digit, with the
templates' lead of the letter over the twin, the CNN's lead (letter - digit logits),
the group MLP's lead, and the page's own exemplars (how much more the cell is like the
page's typed cells of its letter than like its typed cells of the digit twin).

    SHARED_DIR=/work/shared nice .venv/bin/python scripts/mrz_type_dissent.py \
        SET FIRST COUNT [STEP] > out.tsv

SET: a set of bench.mrz_seen, or attack (scripts/mrz_face_gate_ocrb_attack.sample),
attack2 (sample2). Rows: set seed printed_valid exact refused valid pos letter printed_char
tmpl cnn mlp ex_letter ex_digit.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from bench import bench_mrz  # noqa: E402
from desktop.documents import layout as mrz_layout  # noqa: E402
from desktop.documents import ocr, ocr_decide, ocr_doubt, ocr_lookalike, ocr_reading  # noqa: E402
from desktop.documents.mrz import ALPHABET  # noqa: E402
from desktop.documents.ocr_doubt import _DIGIT_TWIN  # noqa: E402

IDX = {c: i for i, c in enumerate(ALPHABET)}
ROWS: list[list] = []
_real = ocr_doubt._type_tie


def _typed_cells(text: str, allowed: list[str], ch: str, p: int) -> list[int]:
    typed = ocr_reading._typed
    return [q for q, x in enumerate(text) if x == ch and q != p and typed(ch, allowed[q])]


def features(text: str, scores: np.ndarray, feats: np.ndarray, fmt: str) -> list[list]:
    lay = mrz_layout.layout(fmt)
    covered, allowed = lay.covered(), lay.allowed()
    out = []
    net = ocr_lookalike.Net.get()
    for p, c in enumerate(text):
        if c not in _DIGIT_TWIN or p in covered or _DIGIT_TWIN[c] in allowed[p]:
            continue
        d = _DIGIT_TWIN[c]
        tmpl = float(scores[p, IDX[c]] - scores[p, IDX[d]])
        cnn = ocr_lookalike.lead(text, feats, {p: d}).get(p, np.nan)
        mlp = np.nan
        g = net.group_for([c, d]) if net else None
        if g is not None:
            z = net.group_logits(g, feats[p : p + 1])[0]
            chars = net.groups[g][0]
            mlp = float(z[chars.index(c)] - z[chars.index(d)])
        el = _typed_cells(text, allowed, c, p)
        ed = _typed_cells(text, allowed, d, p)
        exl = float((feats[el] @ feats[p]).max()) if el else np.nan
        exd = float((feats[ed] @ feats[p]).max()) if ed else np.nan
        out.append([p, c, tmpl, cnn, mlp, exl, exd])
    return out


def _hook(reading, scores, feats, fmt, n):
    text = "".join(reading.document.lines)
    if text and feats is not None and len(text) == len(scores):
        ROWS.extend(features(text, scores, feats, fmt))
    return _real(reading, scores, feats, fmt, n)


def main() -> None:
    name, first, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    step = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    if name.startswith("attack"):
        from scripts import mrz_face_gate_ocrb_attack as A

        make = A.sample if name == "attack" else A.sample2
    else:
        from bench import mrz_seen

        make = mrz_seen.sets()[name][0]
    ocr_decide._type_tie = _hook
    if not os.environ.get("RULE_16C"):  # the population as main reads it (before 16c)
        ocr_doubt._both_dissent = lambda *a: set()
    ocr.prepare()
    today = bench_mrz.TODAY
    with bench_mrz.one_core():
        for seed in range(first, first + count * step, step):
            s = make(seed, today=today)
            ROWS.clear()
            try:
                doc = ocr.read_image(s.jpeg, today=today).document
            except ocr.NoMrzFound:
                continue
            refused = any(e.startswith("OCR refused") for e in doc.errors)
            exact = doc.lines == s.lines
            printed = "".join(s.lines)
            for p, c, tmpl, cnn, mlp, exl, exd in ROWS:
                pc = printed[p] if p < len(printed) else "?"
                head = (name, seed, int(getattr(s, "valid", True)), int(exact), int(refused))
                print(
                    "\t".join(map(str, head))
                    + f"\t{int(doc.valid)}\t{p}\t{c}\t{pc}\t{tmpl:.4f}\t{cnn:.3f}\t{mlp:.3f}"
                    + f"\t{exl:.4f}\t{exd:.4f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
