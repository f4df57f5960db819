"""Per look-alike group: is "the MLP and the CNN each sure of the same candidate at its
checked margin" ever wrong? (ocr_lookalike.BOTH_SURE settles cells where no check digit
looks by that rule.) On every cell of ext-mrz and of the generated sets whose printed
character is of a group and is among two or more candidates of the templates, each wrong
candidate b is scored by how far both networks were from settling it: min(MLP lead of b
- MLP margin, CNN lead of b - CNN margin) (leads over the other candidates, in logits).
Below 0: not settled; the largest value is the rule's slack. Right picks: cells the rule
settles on the printed character.

    SHARED_DIR=/work/shared taskset -c 1 .venv/bin/python -m bench.mrz_both_sure \\
        [real,synth,...] [--cells DIR] [--write]

`--cells DIR` keeps each set's cells in DIR/cells_<set>.pkl (read when present: the
readings take minutes per set). `--write`: bench/results/mrz_both_sure.md.
"""

from __future__ import annotations

import collections
import os
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from bench import bench_mrz, mrz_seen  # noqa: E402

SETS = ("real", "synth", "variant", "heldout", "heldout4", "heldout5", "heldout6", "heldout7")
RESULTS = bench_mrz.ROOT / "bench" / "results" / "mrz_both_sure.md"
MAX_MISREAD = 4  # cells of a reading that may differ from the truth (else misaligned)


def _images(name: str) -> Iterator[tuple[Any, Any, tuple[str, ...]]]:
    if name == "real":
        ext = bench_mrz.EXT_MRZ
        for row in (ext / "images.tsv").read_text(encoding="utf-8").splitlines():
            if not row or row.startswith("#"):
                continue
            image, truth = row.split("\t")[:2]
            if truth != "-":
                yield image, str(ext / "images" / image), tuple(truth.split(" OR ")[0].split("|"))
        return
    make, first = mrz_seen.sets()[name]
    for seed in range(first, first + bench_mrz.IMAGES):
        s = make(seed, today=bench_mrz.TODAY)
        yield seed, s.jpeg, s.lines


def collect(name: str) -> list[dict[str, Any]]:
    """The cells of one set's readings (those within MAX_MISREAD of the truth) whose
    printed character is of a look-alike group: candidates and both networks' logits."""
    from desktop.documents import ocr, ocr_decide, ocr_lookalike
    from desktop.documents.mrz import ALPHABET

    idx = {c: i for i, c in enumerate(ALPHABET)}
    calls: list[tuple[Any, ...]] = []
    decide = ocr_decide.decide

    def hook(scores: Any, fmt: str, n: int, today: Any, blot: Any = None, feats: Any = None):
        r = decide(scores, fmt, n, today, blot, feats)
        calls.append((scores, feats, r))
        return r

    ocr.prepare()
    net, cnn = ocr_lookalike.Net.get(), ocr_lookalike.Cnn.get()
    assert net is not None and cnn is not None
    out = []
    ocr_decide.decide = hook
    try:
        for key, src, truth in _images(name):
            calls.clear()
            try:
                doc = ocr.read_image(src, today=bench_mrz.TODAY).document
            except ocr.NoMrzFound:
                continue
            match = [c for c in calls if c[2].document == doc and c[1] is not None]
            if not match:
                continue
            scores, feats, _r = match[-1]
            t, read = "".join(truth), "".join(doc.lines)
            if len(t) != len(read):
                continue
            if sum(a != b for a, b in zip(t, read, strict=True)) > MAX_MISREAD:
                continue
            glyph = ocr_decide.candidates(scores)
            cz = cnn.logits(feats)
            for p, c in enumerate(t):
                g = next((k for k, (chars, _, _) in enumerate(net.groups) if c in chars), None)
                if g is None:
                    continue
                chars = net.groups[g][0]
                z = net.group_logits(g, feats[p : p + 1])[0]
                out.append(
                    {
                        "key": key,
                        "p": p,
                        "truth": c,
                        "group": chars,
                        "glyph": glyph[p],
                        "mlp": {x: float(z[i]) for i, x in enumerate(chars)},
                        "cnn": {x: float(cz[p, idx[x]]) for x in chars},
                    }
                )
    finally:
        ocr_decide.decide = decide
    return out


def analyse(cells: dict[str, list[dict[str, Any]]]) -> list[str]:
    from desktop.documents import ocr_lookalike

    net, cnn = ocr_lookalike.Net.get(), ocr_lookalike.Cnn.get()
    assert net is not None and cnn is not None
    m_mlp = {g: m for g, _, m in net.groups}
    rows = [
        "| group | MLP / CNN margin | cells (printed among >= 2 candidates) | wrong picks "
        "| slack (worst wrong candidate) | right picks |",
        "|---|---|---|---|---|---|",
    ]
    per_set: collections.Counter[str] = collections.Counter()
    for g in ocr_lookalike.GROUPS:
        n = wrong = right = 0
        worst: tuple[float, str] = (-99.0, "")
        for name, rs in cells.items():
            for r in rs:
                if r["group"] != g:
                    continue
                cands = [c for c in r["glyph"] if c in g]
                t = r["truth"]
                if t not in cands or len(cands) < 2:
                    continue
                n += 1

                def lead(c: str, net_: str, cands: list[str] = cands, r: dict = r) -> float:
                    return r[net_][c] - max(r[net_][x] for x in cands if x != c)

                for b in cands:
                    if b == t:
                        continue
                    j = min(lead(b, "mlp") - m_mlp[g], lead(b, "cnn") - cnn.margins[g])
                    wrong += j >= 0
                    if j > worst[0]:
                        worst = (j, f"{name} {r['key']} cell {r['p']}: {t} read {b}")
                ok = lead(t, "mlp") >= m_mlp[g] and lead(t, "cnn") >= cnn.margins[g]
                right += ok
                per_set[name] += ok
        slack = f"{-worst[0]:.2f} ({worst[1]})" if worst[1] else "-"
        rows.append(
            f"| {g} | {m_mlp[g]:.1f} / {cnn.margins[g]:.1f} | {n} | {wrong} | {slack} | {right} |"
        )
    total = {name: len(rs) for name, rs in cells.items()}
    return [
        *rows,
        "",
        "Cells of look-alike characters per set (right picks): "
        + ", ".join(f"{k} {total[k]} ({per_set[k]})" for k in cells),
    ]


def main(argv: list[str]) -> None:
    names = next((a.split(",") for a in argv if not a.startswith("--")), list(SETS))
    cache = Path(argv[argv.index("--cells") + 1]) if "--cells" in argv else None
    cells: dict[str, list[dict[str, Any]]] = {}
    with bench_mrz.one_core():
        for name in names:
            path = cache / f"cells_{name}.pkl" if cache else None
            if path and path.exists():
                cells[name] = pickle.loads(path.read_bytes())
                continue
            cells[name] = collect(name)
            if path:
                path.write_bytes(pickle.dumps(cells[name]))
    out = [
        "## MRZ: two look-alike networks sure together (ocr_lookalike.BOTH_SURE)",
        "",
        __doc__.split("\n\n")[0].replace("\n", " "),
        "",
        *analyse(cells),
        "",
    ]
    print("\n".join(out))
    if "--write" in argv:
        RESULTS.write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
