"""Issue 10 (visa optional data's 0, names' O): per cell no check digit covers that holds a
0 or O where its field admits both (a visa's optional data), or an O where its field
admits letters only (a name, rules 16-16c), the features a shape rule would use: the
cell's ink aspect (ocr_twins._ink_aspect) over the median of the page's typed 0s (dates,
check digits) and of its typed Os (names), the CNN's and the 0ODQ MLP's leads of the
character read over its twin, and the exemplar gaps (ocr_reading._exemplar_gap) to the
page's typed cells of the character read and of its twin. Every decide() call of a page
with the reader's features is measured; the row says whether that call's lines are the
page's final ones, and the printed character at the cell.

    SHARED_DIR=/work/shared nice .venv/bin/python scripts/mrz_visa0_cells.py SET SEEDS > out.tsv

SET: a set of bench.mrz_seen, face / blend (tests/documents/twin_pages), attack / attack2
(scripts/mrz_face_gate_ocrb_attack), overprint (scripts/mrz_overprint_attack), uncov-MODE
(scripts/mrz_uncovered_0o.py's MODE: cellO, allO, blend...), r22 (review r22's stretched
JetBrains Mono O, tests/documents/test_ocr_uncovered_0o.py). SEEDS:
FIRST:COUNT[:STEP] or a comma list. Rule 4b (ocr_decide._narrow_zeros) is off unless
RULE_4B is set: the populations as main reads them. Rows: set seed printed_valid
final_exact final_valid final_refused call_final pos line:col kind read printed
refused_cell asp0 aspO n0 nO cnn mlp gap_own gap_twin foreign. Attack sets also measure
0/O cells a check digit covers (kind chk): another face's glyph there shows what it
would show in optional data.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Any

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from bench import bench_mrz  # noqa: E402
from desktop.documents import layout as mrz_layout  # noqa: E402
from desktop.documents import ocr, ocr_decide, ocr_lookalike, ocr_reading, ocr_twins  # noqa: E402

_real_decide = ocr_decide.decide
CALLS: list[tuple[Any, np.ndarray, str]] = []


def _recording(scores, fmt, n, today, blot=None, feats=None, zoomed=False):  # type: ignore[no-untyped-def]
    r = _real_decide(scores, fmt, n, today, blot, feats, zoomed)
    if feats is not None:
        CALLS.append((r, feats.copy(), fmt))
    return r


def cells(reading: Any, feats: np.ndarray, fmt: str, checked: bool = False) -> list[list[Any]]:
    """One row per measured cell of a decide() call: see the module docstring."""
    doc = reading.document
    text = "".join(doc.lines)
    if not text or len(text) != len(feats) or feats.shape[1] != 320:
        return []
    lay = mrz_layout.layout(fmt)
    n = lay.width
    covered = lay.covered()
    allowed = lay.allowed()
    todo: dict[int, str] = {}
    for p, c in enumerate(text):
        if c not in "0O":
            continue
        if p in covered:
            if checked:  # what another face's glyph there would show if unchecked
                todo[p] = "chk"
        elif "0" in allowed[p] and "O" in allowed[p]:
            todo[p] = "opt"
        elif c == "O" and "0" not in allowed[p]:
            todo[p] = "name"
    if not todo:
        return []
    aspect = ocr_twins._ink_aspect(feats)
    zeros = [q for q, x in enumerate(text) if x == "0" and ocr_reading._typed("0", allowed[q])]
    ohs = [q for q, x in enumerate(text) if x == "O" and ocr_reading._typed("O", allowed[q])]

    def usual(typed: list[int], p: int) -> float:
        others = [q for q in typed if q != p]
        return float(np.median(aspect[others])) if others else np.nan

    twin = {p: ("O" if text[p] == "0" else "0") for p in todo}
    cnn = ocr_lookalike.lead(text, feats, twin)
    mlp = ocr_lookalike.group_lead(text, feats, twin)
    mask = np.zeros(len(text), bool)
    mask[list(todo)] = True
    own = ocr_reading._exemplar_gap(text, feats, lay, mask)
    swapped = "".join(twin.get(q, x) for q, x in enumerate(text))
    other = ocr_reading._exemplar_gap(swapped, feats, lay, mask)
    unsure = set(reading.uncertain) | set(reading.unsure)
    out = []
    for p, kind in todo.items():
        where = (p // n + 1, p % n + 1)
        out.append(
            [
                p,
                f"{where[0]}:{where[1]}",
                kind,
                text[p],
                int(where in unsure),
                aspect[p] / usual(zeros, p),
                aspect[p] / usual(ohs, p),
                len(zeros),
                len(ohs),
                cnn[p],
                mlp[p],
                own[p],
                other[p],
            ]
        )
    return out


def maker(name: str) -> Any:
    """seed -> (jpeg, printed lines, printed valid, foreign cells "line:col") or None."""
    if name == "real":  # ext-mrz: seeds are line numbers of images.tsv
        from desktop.documents.mrz import parse

        rows = [
            ln.split("\t")
            for ln in (bench_mrz.EXT_MRZ / "images.tsv").read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")
        ]

        def real(seed: int) -> Any:
            if seed >= len(rows):
                return None
            img, truth, *_ = rows[seed]
            if truth == "-":
                return None
            lines = tuple(truth.split(" OR ")[0].split("|"))
            path = bench_mrz.EXT_MRZ / "images" / img
            return path, lines, parse(lines, today=bench_mrz.TODAY).valid, set()

        return real
    if name in ("face", "blend"):
        from tests.documents import twin_pages

        def tw(seed: int) -> Any:
            got = twin_pages.face_page(seed) if name == "face" else twin_pages.blend_page(seed)
            if got is None:
                return None
            pair = re.search(r"\d+:\d+,\d+:\d+", got[2])  # the drawn or blended cells
            return got[0], got[1], None, set(pair.group().split(",")) if pair else set()

        return tw
    if name.startswith(("uncov-", "r22")):  # scripts/mrz_uncovered_0o.py's attack visas
        import importlib.util

        path = Path(__file__).resolve().parent / "mrz_uncovered_0o.py"
        spec = importlib.util.spec_from_file_location("mrz_uncovered_0o", path)
        assert spec is not None and spec.loader is not None
        attack = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(attack)

        def uncov(seed: int) -> Any:
            if name == "r22":  # review r22's stretched JetBrains Mono O (its test's recipe)
                from tests.documents import test_ocr_uncovered_0o as t

                lines, jpeg, desc = t._review_r22_page(attack, seed)
            else:
                _fmt, lines, jpeg, desc = attack.make(seed, name[len("uncov-") :])
            cell = re.search(r"cell (\d+:\d+)", desc)
            if name == "r22":  # the optional data's Os, or every 0 and O of the page
                only = "only_o=True" in desc
                drawn = {
                    f"{i + 1}:{j + 1}"
                    for i, ln in enumerate(lines)
                    for j, c in enumerate(ln)
                    if (c == "O" and i == 1 and j >= 28) or (not only and c in "0O")
                }
            else:
                drawn = {cell.group(1)} if cell else set()
            return jpeg, lines, True, drawn

        return uncov
    marks: dict[int, list[Any]] = {}
    if name.startswith("attack"):
        from scripts import mrz_face_gate_ocrb_attack as A

        make = A.sample if name == "attack" else A.sample2
    elif name == "overprint":
        from scripts import mrz_overprint_attack as O

        make, marks = O.sample, O.MARKS
    else:
        from bench import mrz_seen

        make = mrz_seen.sets()[name][0]

    def gen(seed: int) -> Any:
        s = make(seed, today=bench_mrz.TODAY)
        drawn = {f"{m.line + 1}:{m.cell + 1}" for m in marks.get(seed, [])}
        return s.jpeg, s.lines, getattr(s, "valid", None), drawn

    return gen


def seeds(spec: str) -> list[int]:
    if ":" in spec:
        first, count, *step = (int(x) for x in spec.split(":"))
        return list(range(first, first + count * (step[0] if step else 1), step[0] if step else 1))
    return [int(x) for x in spec.split(",")]


HONEST = ("real", "synth", "variant", *(f"heldout{k}" for k in ("", *range(4, 24))))


def _fmt(v: Any) -> str:
    return f"{v:.3f}" if isinstance(v, float | np.floating) else str(v)


def main() -> None:
    name, spec = sys.argv[1], sys.argv[2]
    make = maker(name)
    ocr_decide.decide = _recording  # type: ignore[assignment]
    if not os.environ.get("RULE_4B") and hasattr(ocr_decide, "_narrow_zeros"):
        ocr_decide._narrow_zeros = lambda *a: []  # the populations as main reads them
    ocr.prepare()
    today = bench_mrz.TODAY
    with bench_mrz.one_core():
        for seed in seeds(spec):
            got = make(seed)
            if got is None:
                continue
            jpeg, lines, pvalid, foreign = got
            CALLS.clear()
            try:
                doc = ocr.read_image(jpeg, today=today).document
            except ocr.NoMrzFound:
                continue
            printed = "".join(lines)
            why = [
                e.params.get("why", "")
                for e in doc.errors
                if getattr(e, "code", "") == "ocr.refused"
            ]
            refused = why[0][:24].replace(" ", "_") if why else "-"
            head = [name, seed, pvalid, int(doc.lines == tuple(lines)), int(doc.valid), refused]
            for reading, feats, fmt in CALLS:
                final = int(reading.document.lines == doc.lines)
                for row in cells(reading, feats, fmt, checked=name not in HONEST):
                    text = "".join(reading.document.lines)
                    pc = printed[row[0]] if len(text) == len(printed) else "?"
                    row = [*row[:4], pc, *row[4:], int(row[1] in foreign)]
                    print("\t".join(_fmt(v) for v in [*head, final, *row]), flush=True)


if __name__ == "__main__":
    main()
