"""Train the OCR's small convolutional look-alike classifier (resources/ocr/lookalike_cnn.onnx,
run by desktop/documents/ocr_lookalike.py through OpenCV's cv2.dnn).

Development only: needs PyTorch (`.venv/bin/pip install torch==2.13.0`, a CPU build;
never a run-time dependency) and the cells `scripts/train_lookalike.py collect ...`
and `collect-real` gathered into build/lookalike/ (cells the reader itself cut from
generated photographs of four generators, at development seeds only, and from
../shared/ext-mrz's real images, which are never trained on).

`python scripts/train_lookalike_cnn.py train` fits the network on the first four fifths
of the OCR-B generators' cells (TRAIN_SOURCES) plus glyphs of OCR-B's cuts and of the
monospaced faces of PACKAGES (`apt-get install fonts-liberation2 fonts-noto-mono
fonts-firacode fonts-inconsolata fonts-freefont-ttf fonts-courier-prime
fonts-jetbrains-mono fonts-go fonts-anonymous-pro`; train_faces says which it found)
drawn with distortions, and exports it to ONNX (LOOKALIKE_CNN names another file).
DejaVu Sans Mono and Noto Sans Mono CJK (HELD_OUT_FACES) are never trained on: `faces`
measures the networks on them, a face never seen (leave-faces-out). That network is a
candidate (LOOKALIKE_CNN names its file; bench/results/mrz_lookalike_cnn_faces.md says
why it is not shipped); `train --shipped` is the recipe of the shipped one.
`evaluate` measures a network per look-alike pair on the held-back fifth and on ext-mrz,
sets its margins (the largest logit margin by which it preferred a wrong member of a
group on ext-mrz's or the held-back cells of the generators it was trained on, plus
SAFETY) and writes its figures with the leave-faces-out ones
(bench/results/mrz_lookalike_cnn.md for the shipped network, beside a candidate's file).
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse
import datetime as dt
import itertools
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_lookalike as tl  # noqa: E402

from desktop.documents import glyphs, ocr_decide, ocr_lookalike  # noqa: E402
from desktop.documents.mrz import ALPHABET  # noqa: E402

# LOOKALIKE_CNN names another file (a candidate measured before it replaces this one).
OUT = Path(os.environ.get("LOOKALIKE_CNN") or ROOT / "resources" / "ocr" / "lookalike_cnn.onnx")
FONTS = Path("/usr/share/fonts")
# OCR-B's cuts (the face of every real MRZ), always trained on.
OCRB: list[tuple[str, int]] = [
    (str(FONTS / "opentype/ocr-b" / f), 0)
    for f in ("OCRB.otf", "OCRBS.otf", "OCRBL.otf", "OCRBE.otf", "OCRBF.otf", "OCRBX.otf")
]
# Monospaced and typewriter faces of Debian packages, installed at development time
# only (`apt-get install <package>`; the product never needs them): a re-typeset MRZ or
# a screen seldom uses OCR-B. Package -> glob under FONTS. Hack (a DejaVu Sans Mono
# derivative) and Source Code Pro (Noto Sans Mono CJK's Latin) are left out on purpose.
PACKAGES = {
    "fonts-liberation2": "truetype/liberation2/LiberationMono-*.ttf",
    "fonts-noto-mono": "truetype/noto/NotoMono-Regular.ttf",
    "fonts-firacode": "truetype/firacode/FiraCode-*.ttf",
    "fonts-inconsolata": "truetype/inconsolata/Inconsolata.otf",
    "fonts-freefont-ttf": "truetype/freefont/FreeMono*.ttf",
    "fonts-courier-prime": "opentype/courier-prime/Courier Prime*.otf",
    "fonts-jetbrains-mono": "truetype/jetbrains-mono/JetBrainsMono-[!E]*[!c].ttf",
    "fonts-go": "fonts-go/Go-Mono*.ttf",
    "fonts-anonymous-pro": "truetype/anonymous-pro/Anonymous Pro*.ttf",
}
# Leave-faces-out: never trained on, only measured (the faces of heldout5's re-typeset
# specimens and of the screens of heldout/heldout4). DejaVu's proportional faces share
# the mono's glyphs, so the whole family stays out.
HELD_OUT_FACES: dict[str, tuple[str, int]] = {
    "DejaVu Sans Mono": (str(FONTS / "truetype/dejavu/DejaVuSansMono.ttf"), 0),
    "DejaVu Sans Mono Bold": (str(FONTS / "truetype/dejavu/DejaVuSansMono-Bold.ttf"), 0),
    "DejaVu Sans Mono Oblique": (str(FONTS / "truetype/dejavu/DejaVuSansMono-Oblique.ttf"), 0),
    "Noto Sans Mono CJK Regular": (str(FONTS / "opentype/noto/NotoSansCJK-Regular.ttc"), 5),
    "Noto Sans Mono CJK Bold": (str(FONTS / "opentype/noto/NotoSansCJK-Bold.ttc"), 5),
}
# The recipe of the shipped resources/ocr/lookalike_cnn.onnx (`train --shipped`): OCR-B,
# DejaVu and Noto Sans Mono CJK, with the cells of every generator of tl.SOURCES.
SHIPPED_FACES: list[tuple[str, int]] = (
    [
        (str(FONTS / "opentype/ocr-b" / f), 0)
        for f in ("OCRB.otf", "OCRBS.otf", "OCRBL.otf", "OCRBE.otf", "OCRBF.otf", "OCRBX.otf")
    ]
    + [
        (str(FONTS / "truetype/dejavu" / f), 0)
        for f in (
            "DejaVuSansMono.ttf",
            "DejaVuSansMono-Bold.ttf",
            "DejaVuSansMono-Oblique.ttf",
            "DejaVuSans.ttf",
            "DejaVuSans-Bold.ttf",
            "DejaVuSans-ExtraLight.ttf",
            "DejaVuSansCondensed.ttf",
            "DejaVuSansCondensed-Bold.ttf",
            "DejaVuSerif.ttf",
            "DejaVuSerifCondensed-Bold.ttf",
        )
    ]
    + [
        (str(FONTS / "opentype/noto/NotoSansCJK-Regular.ttc"), 8),
        (str(FONTS / "opentype/noto/NotoSansCJK-Bold.ttc"), 8),
        (str(FONTS / "opentype/noto/NotoSansCJK-Regular.ttc"), 0),
    ]
)

# Generated cells trained on: synth.py and mrz_variant.py print OCR-B only; heldout and
# heldout4 draw some documents in DejaVu Sans Mono / Noto Sans Mono, so they are measured,
# never trained on.
TRAIN_SOURCES = ("synth", "variant")


def train_faces() -> list[tuple[str, int]]:
    """OCR-B's cuts and every face of PACKAGES found here; says which, and which
    packages are missing."""
    out = [f for f in OCRB if Path(f[0]).exists()]
    for pkg, pattern in PACKAGES.items():
        found = sorted(FONTS.glob(pattern))
        if not found:
            print(f"  {pkg}: not installed (apt-get install {pkg}); its faces skipped")
        for f in found:
            out.append((str(f), 0))
    print(f"  training faces ({len(out)}): " + ", ".join(Path(f).stem for f, _ in out))
    return out


SAFETY = 1.0  # logits added to the largest wrong margin seen
FLOOR = 3.0  # and never less than this
SCALE = float(np.sqrt(glyphs.FEAT_W * glyphs.FEAT_H))  # unit vectors -> unit variance


def _faces(
    seed: int, per_face: int, faces: list[tuple[str, int]] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Glyphs of `faces` (the training faces by default) with the distortions of
    train_lookalike.render_faces."""
    xs, ys = [], []
    for k, face in enumerate(train_faces() if faces is None else faces):
        x, y = tl.render_faces(seed=seed + k, per_face=per_face, faces=[face])
        xs.append(x)
        ys.append(y)
        # Twice as many of 0/O/D/Q: outside OCR-B a 0 is told from an O by a dot, a
        # slash or its width alone, each face its own way.
        x, y = tl.render_faces(seed=seed + 100 + k, per_face=2 * per_face, faces=[face])
        keep = np.isin(y, [tl.IDX[c] for c in "0ODQ"])
        xs.append(x[keep])
        ys.append(y[keep])
    return np.concatenate(xs).astype(np.float32), np.concatenate(ys).astype(np.int64)


def _model():  # type: ignore[no-untyped-def]
    import torch
    from torch import nn

    class Net(nn.Module):
        """(N, 320) normalised 16x20 cells -> (N, 37) logits. Flattened, not pooled
        globally: where a glyph stands in its cell (OCR-B's digits are taller than its
        letters) tells 0 from O."""

        def __init__(self) -> None:
            super().__init__()
            self.body = nn.Sequential(
                nn.Conv2d(1, 8, 3, padding=1),
                nn.ReLU(),
                nn.Conv2d(8, 16, 3, padding=1),
                nn.ReLU(),
                nn.MaxPool2d(2),
                nn.Conv2d(16, 32, 3, padding=1),
                nn.ReLU(),
                nn.MaxPool2d(2),
                nn.Flatten(),
                nn.Linear(32 * 5 * 4, 40),
                nn.ReLU(),
                nn.Linear(40, len(ALPHABET)),
            )

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            x = x.reshape(-1, 1, glyphs.FEAT_H, glyphs.FEAT_W) * SCALE
            return self.body(x)

    return Net()


def _split(names: tuple[str, ...] | None = None) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """The generated cells of `names` (all of tl.SOURCES by default) and the held-back
    fifth of each generator."""
    parts = [np.load(tl.WORK / f"generated-{n}.npz") for n in names or tl.SOURCES]
    gen = {k: np.concatenate([p[k] for p in parts]) for k in parts[0].files}
    return gen, tl._validation(gen["group"])


def train(epochs: int = 14, seed: int = 7, per_face: int = 70, shipped: bool = False) -> None:
    import torch

    if not shipped and "LOOKALIKE_CNN" not in os.environ:
        raise SystemExit("the leave-faces-out network is not the shipped one: set LOOKALIKE_CNN")

    torch.manual_seed(seed)
    torch.set_num_threads(int(os.environ.get("TRAIN_THREADS", "1")))
    sources = tuple(tl.SOURCES) if shipped else TRAIN_SOURCES
    gen, val = _split(sources)
    fx, fy = _faces(5151, per_face, SHIPPED_FACES if shipped else None)
    groups = [tl.SOURCES[n][0] for n in sources]
    use = ~val & np.isin(gen["group"], groups)
    x = np.concatenate([gen["features"][use].astype(np.float32), fx])
    y = np.concatenate([gen["labels"][use].astype(np.int64), fy])
    print(f"training on {len(y)} cells ({len(fy)} rendered glyphs)", flush=True)
    counts = np.bincount(y, minlength=len(ALPHABET)).astype(np.float32)
    cw = torch.tensor((counts.sum() / len(ALPHABET) / np.maximum(counts, 1)) ** 0.5)
    xt, yt = torch.tensor(x), torch.tensor(y)
    net = _model()
    opt = torch.optim.Adam(net.parameters(), lr=3e-3, weight_decay=1e-5)
    sched = torch.optim.lr_scheduler.OneCycleLR(
        opt, max_lr=3e-3, total_steps=epochs * ((len(y) + 255) // 256)
    )
    rng = np.random.default_rng(seed)
    for ep in range(epochs):
        t0 = time.time()
        order = torch.tensor(rng.permutation(len(y)))
        total = 0.0
        for s in range(0, len(y), 256):
            idx = order[s : s + 256]
            xb, yb = xt[idx], yt[idx]
            xb = xb + 0.01 * torch.randn_like(xb)
            target = torch.nn.functional.one_hot(yb, len(ALPHABET)).float()
            # Mixup between classes: a cell halfway between 1 and L must give no margin.
            partner = torch.randperm(len(yb))
            mix = (torch.rand(len(yb)) < 0.3) & (yb != yb[partner])
            lam = torch.empty(int(mix.sum()), 1).uniform_(0.3, 0.7)
            blend = lam * xb[mix] + (1 - lam) * xb[partner[mix]]
            xb = xb.clone()
            xb[mix] = blend / blend.norm(dim=1, keepdim=True)
            target[mix] = lam * target[mix] + (1 - lam) * target[partner[mix]]
            logp = torch.log_softmax(net(xb), dim=1)
            wt = cw[yb]
            loss = (-(logp * target).sum(dim=1) * wt).sum() / wt.sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += float(loss) * len(yb)
        print(f"  epoch {ep + 1}: loss {total / len(y):.4f} ({time.time() - t0:.0f} s)", flush=True)
    net.eval()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(
        net,
        (torch.zeros(1, glyphs.FEAT_W * glyphs.FEAT_H),),
        str(OUT),
        input_names=["cells"],
        output_names=["logits"],
        dynamic_axes={"cells": {0: "n"}, "logits": {0: "n"}},
        opset_version=13,
        dynamo=False,
    )
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB)")


def _figures() -> Path:
    """Where `evaluate` writes: the shipped network's figures in bench/results, a
    candidate's (LOOKALIKE_CNN) beside it."""
    if "LOOKALIKE_CNN" in os.environ:
        return OUT.with_suffix(".md")
    return ROOT / "bench" / "results" / "mrz_lookalike_cnn.md"


def _logits(x: np.ndarray) -> np.ndarray:

    cnn = ocr_lookalike.Cnn(OUT, margins={})
    return cnn.logits(x.astype(np.float32))


def _wrong_margin(z: np.ndarray, y: np.ndarray) -> float:
    return tl._wrong_margin(z, y)


def _any_margin(sets: list[tuple[str, tuple[np.ndarray, np.ndarray, np.ndarray]]]) -> float:
    """For candidates of different groups (I/T, G/Q): on every cell whose templates
    left such candidates, where the network's first choice of all 37 classes is a
    candidate and not the printed character, its lead over the weakest other
    candidate (the decision may have narrowed the candidates to any subset)."""
    worst = 0.0
    for _label, (x, y, sc) in sets:
        cands = ocr_decide.candidates(sc.astype(np.float32))
        cells = [
            p for p, c in enumerate(cands) if len(c) > 1 and ocr_lookalike._group_of(c) is None
        ]
        if not cells:
            continue
        z = _logits(x[cells].astype(np.float32))
        for row, p in zip(z, cells, strict=True):
            first = ALPHABET[int(np.argmax(row))]
            if first == ALPHABET[int(y[p])] or first not in cands[p]:
                continue
            lead = row[tl.IDX[first]] - min(row[tl.IDX[c]] for c in cands[p] if c != first)
            worst = max(worst, float(lead))
    return worst


def evaluate() -> None:
    """Per pair accuracy on the held-back generated cells and on ext-mrz's cells; the
    per-group margins (written beside the model); what the network settles."""

    gen, val = _split()
    real = np.load(tl.WORK / "real.npz")
    aligned = tl._aligned(real["image"], real["labels"], real["scores"])
    sets = {
        "ext-mrz (real, never trained on)": (
            real["features"][aligned],
            real["labels"][aligned],
            real["scores"][aligned],
        ),
        "generated, held back (last fifth of each generator)": (
            gen["features"][val],
            gen["labels"][val],
            gen["scores"][val],
        ),
    }
    for g, name in enumerate(tl.SOURCES):
        sel = val & (gen["group"] == g)
        sets[f"held back, {name} only"] = (
            gen["features"][sel],
            gen["labels"][sel],
            gen["scores"][sel],
        )
    fx, fy = _faces(777_000, 12)  # other seeds than training's glyphs
    sets["rendered glyphs, unseen seeds (training faces)"] = (fx, fy, None)
    margins = {}
    # Margins from ext-mrz and the held-back cells of the OCR-B generators trained on:
    # heldout/heldout4 draw some documents in the held-out faces, measured apart.
    # (The shipped network was trained on every source: its margins come from all.)
    mine = TRAIN_SOURCES if "LOOKALIKE_CNN" in os.environ else tuple(tl.SOURCES)
    own = val & np.isin(gen["group"], [tl.SOURCES[n][0] for n in mine])
    main = [
        ("ext-mrz", sets["ext-mrz (real, never trained on)"]),
        ("own", (gen["features"][own], gen["labels"][own], gen["scores"][own])),
    ]
    for group in ocr_lookalike.GROUPS:
        ids = [tl.IDX[c] for c in group]
        worst = 0.0
        for _label, (x, y, _sc) in main:
            sel = np.isin(y, ids)
            z = _logits(x[sel].astype(np.float32))[:, ids]
            local = np.array([ids.index(int(c)) for c in y[sel]])
            worst = max(worst, _wrong_margin(z, local))
        margins[group] = round(max(FLOOR, worst + SAFETY), 2)
    margins[ocr_lookalike.ANY] = round(max(FLOOR, _any_margin(main) + SAFETY), 2)
    meta = OUT.with_suffix(".json")
    meta.write_text(json.dumps({"margins": margins}, indent=1) + "\n", encoding="utf-8")
    cnn = ocr_lookalike.Cnn(OUT, margins)
    mlp = ocr_lookalike.Net.get()
    t0 = time.perf_counter()
    for _ in range(20):
        cnn.logits(sets["ext-mrz (real, never trained on)"][0][:90].astype(np.float32))
    per_image = (time.perf_counter() - t0) / 20 * 1000
    out = [
        "## MRZ look-alike CNN (cv2.dnn)",
        "",
        f"{dt.date.today().isoformat()}; `scripts/train_lookalike_cnn.py evaluate`. "
        f"Trained on OCR-B and {len(train_faces())} faces of {', '.join(PACKAGES)} "
        f"(train_faces) and the cells of {', '.join(TRAIN_SOURCES)}; never on "
        f"{', '.join(HELD_OUT_FACES)}, nor on heldout/heldout4's cells (they use those "
        "faces): those measure a face never seen. "
        f"Model {OUT.name}: {OUT.stat().st_size // 1024} KiB; 90 cells (one TD3 image) "
        f"through cv2.dnn on one core: {per_image:.1f} ms. Per pair: cells printed as "
        "either character, and how often each method put the printed one above the other "
        "(templates: OCR-B prototype similarity; MLP: the group network of lookalike.npz; "
        "CNN: this network's logits of the two). ext-mrz cells: those of images whose "
        "reading has the truth's cells in place (train_lookalike._aligned).",
        "",
        "Margins per group (largest wrong margin on ext-mrz and held-back synth/variant cells + "
        f"{SAFETY:.0f}, at least {FLOOR:.0f}): "
        + ", ".join(f"{g} {m:.2f}" for g, m in margins.items()),
    ]
    for label, (x, y, sc) in sets.items():
        x = x.astype(np.float32)
        y = y.astype(np.int64)
        z = cnn.logits(x)
        head = "| pair | cells | templates right | MLP right | CNN right |"
        if sc is None:
            head = "| pair | cells | CNN right |"
        out += ["", f"### {label}: {len(y)} cells", "", head, "|---" * (head.count("|") - 1) + "|"]
        for group in ocr_lookalike.GROUPS:
            gi = mlp.group_for(list(group)) if mlp else None
            gz = mlp.group_logits(gi, x) if mlp and gi is not None else None
            for a, b in itertools.combinations(group, 2):
                ia, ib = tl.IDX[a], tl.IDX[b]
                sel = (y == ia) | (y == ib)
                if not sel.any():
                    continue
                is_a = y[sel] == ia
                c = ((z[sel, ia] > z[sel, ib]) == is_a).sum()
                if sc is None:
                    out.append(f"| {a}/{b} | {sel.sum()} | {c} |")
                    continue
                t = ((sc[sel, ia] > sc[sel, ib]) == is_a).sum()
                m = ((gz[sel, group.index(a)] > gz[sel, group.index(b)]) == is_a).sum()
                out.append(f"| {a}/{b} | {sel.sum()} | {t} | {m} | {c} |")
        acc = float((z.argmax(axis=1) == y).mean())
        out += ["", f"CNN first choice right on all 37 classes: {acc:.4f}"]
        if sc is not None:
            sc = sc.astype(np.float32)
            cands = ocr_decide.candidates(sc)
            n_open = sum(len(c) > 1 for c in cands)
            picks = cnn.picks(cands, x, covered=None)
            wrong = [p for p, ch in picks.items() if ch != ALPHABET[y[p]]]
            out.append(
                f"Cells the templates left open: {n_open}; the CNN sure of one candidate at "
                f"its margin: {len(picks)}, of which wrong: **{len(wrong)}**."
            )
    text = "\n".join(out) + "\n"
    print(text)
    dest = _figures()
    dest.write_text(text, encoding="utf-8")


def _decide(
    mlp: ocr_lookalike.Net,
    zc: np.ndarray | None,
    margins: dict[str, float],
    x: np.ndarray,
    y: np.ndarray,
    a: str,
    b: str,
    rule: str,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Cells printed a or b, candidates [a, b] (a check digit covering them): per cell
    the pick (index into ALPHABET, -1 when none) under `rule` ("mlp+veto": the reader's,
    the group's MLP sure at its margin and the CNN not preferring the other; "cnn": the
    CNN alone at its margin), and the MLP's and CNN's margins for the printed one
    (negative: they preferred the other)."""
    ia, ib = tl.IDX[a], tl.IDX[b]
    sel = (y == ia) | (y == ib)
    truth = y[sel]
    group = ocr_lookalike._group_of([a, b])
    assert group is not None
    gi = mlp.group_for([a, b])
    assert gi is not None
    chars, _p, gm = mlp.groups[gi]
    row = mlp.group_logits(gi, x[sel])
    ka, kb = chars.index(a), chars.index(b)
    first = row.argmax(axis=1)
    lead_a = row[:, ka] - row[:, kb]
    mlp_pick = np.where(
        (first == ka) & (lead_a >= gm), ia, np.where((first == kb) & (-lead_a >= gm), ib, -1)
    )
    mlp_m = np.where(truth == ia, lead_a, -lead_a)
    if zc is None:
        return mlp_pick, truth, mlp_m, np.zeros_like(mlp_m)
    z = zc[sel]
    ids = [tl.IDX[c] for c in group]
    cfirst = np.array(ids)[z[:, ids].argmax(axis=1)]
    clead = z[:, ia] - z[:, ib]
    cnn_m = np.where(truth == ia, clead, -clead)
    cm = margins[group]
    cnn_pick = np.where(
        (cfirst == ia) & (clead >= cm), ia, np.where((cfirst == ib) & (-clead >= cm), ib, -1)
    )
    if rule == "cnn":
        return cnn_pick, truth, mlp_m, cnn_m
    agree = np.where(clead >= 0, ia, ib)
    return np.where(mlp_pick == agree, mlp_pick, -1), truth, mlp_m, cnn_m


def _open_cells(
    x: np.ndarray, y: np.ndarray, cnn: ocr_lookalike.Cnn
) -> tuple[int, int, int, int, int]:
    """The decision as the reader makes it: template scores against the OCR-B
    prototypes (each cell's best blur bin), the candidates they leave
    (ocr_decide.candidates); on cells left with look-alikes of one group, the printed
    one among them: (open cells, settled by the reader's rule (ocr_lookalike.settle,
    every cell under a check digit), of which wrong, settled by the CNN alone, wrong)."""
    from desktop.documents import ocr_classify

    clf = ocr_classify._Classifier.get()
    sc = np.max([clf._match(x, b) for b in range(len(clf.bins))], axis=0)
    cands = ocr_decide.candidates(sc)
    cells = [
        p
        for p, c in enumerate(cands)
        if len(c) > 1 and ocr_lookalike._group_of(c) is not None and ALPHABET[y[p]] in c
    ]
    sub = [list(cands[p]) for p in cells]
    ocr_lookalike.Cnn._instance, ocr_lookalike.Cnn._missing = cnn, False
    picks = cnn.picks(sub, x[cells], covered=None)
    done = ocr_lookalike.settle(sub, x[cells], covered=None)
    wrong = sum(sub[i][0] != ALPHABET[y[cells[i]]] for i in done)
    # The CNN sure at its margin and the group's MLP not preferring another candidate.
    prefers = ocr_lookalike.prefers(x[cells])
    picks = {
        i: c for i, c in picks.items() if all(prefers(i, c, o) for o in cands[cells[i]] if o != c)
    }
    cwrong = sum(c != ALPHABET[y[cells[i]]] for i, c in picks.items())
    return len(cells), len(done), wrong, len(picks), cwrong


def faces_report(seed: int = 881_000, per_face: int = 30) -> str:
    """Leave-faces-out: per held-out face (never trained on) and for OCR-B and the
    training faces at unseen seeds, per look-alike pair: cells, how often each network
    put the printed one first, how many the reader's rule (and the CNN alone) settles,
    and how many of those are wrong (must be 0), with the largest wrong margins."""
    mlp = ocr_lookalike.Net.get()
    assert mlp is not None
    margins = json.loads(OUT.with_suffix(".json").read_text(encoding="utf-8"))["margins"]
    cnn = ocr_lookalike.Cnn(OUT, margins)
    sets = {name: [face] for name, face in HELD_OUT_FACES.items()}
    sets["OCR-B (trained on; unseen seeds)"] = OCRB
    out = [
        f"### Leave-faces-out: {OUT.name}, rendered glyphs, {per_face} per character "
        f"and face (seed {seed}); blur, JPEG, 8-14 px, weight, slant",
        "",
        "Pair decided with both candidates open and a check digit over the cell. "
        "reader: MLP sure at its group margin and the CNN not preferring the other (the "
        "reader's rule); CNN: the CNN alone at its margin. settled / wrong: cells a rule "
        "picks, and of those picks, wrong ones (must be 0). worst: the largest margin (logits) "
        "by which each network preferred the wrong one.",
    ]
    for name, faces in sets.items():
        x, y = _faces(seed, per_face, faces)
        zc = cnn.logits(x)
        acc = float((zc.argmax(axis=1) == y).mean())
        n_open, done, wrong, picked, pwrong = _open_cells(x, y, cnn)
        out += [
            "",
            f"#### {name}: {len(y)} cells; CNN first choice right on all 37: {acc:.3f}",
            "",
            f"Cells the OCR-B templates leave open (look-alikes of one group, the printed "
            f"one among them): {n_open}; the reader's rule settles {done}, wrong: "
            f"**{wrong}**; the CNN sure and the MLP not preferring another would settle "
            f"{picked}, wrong: **{pwrong}**.",
            "",
            "| pair | cells | MLP right | CNN right | reader settled / wrong | "
            "CNN alone settled / wrong | worst MLP / CNN |",
            "|---|---|---|---|---|---|---|",
        ]
        for group in ocr_lookalike.GROUPS:
            for a, b in itertools.combinations(group, 2):
                pick, truth, mm, cm = _decide(mlp, zc, margins, x, y, a, b, "mlp+veto")
                cpick, *_ = _decide(mlp, zc, margins, x, y, a, b, "cnn")
                rs, rw = int((pick >= 0).sum()), int(((pick >= 0) & (pick != truth)).sum())
                cs, cw = int((cpick >= 0).sum()), int(((cpick >= 0) & (cpick != truth)).sum())
                out.append(
                    f"| {a}/{b} | {len(truth)} | {int((mm > 0).sum())} | {int((cm > 0).sum())} "
                    f"| {rs} / {'**' + str(rw) + '**' if rw else 0} "
                    f"| {cs} / {'**' + str(cw) + '**' if cw else 0} "
                    f"| {max(0.0, -mm.min()):.1f} / {max(0.0, -cm.min()):.1f} |"
                )
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("step", choices=["train", "evaluate", "faces"])
    ap.add_argument("--epochs", type=int, default=14)
    ap.add_argument("--shipped", action="store_true", help="the shipped network's recipe")
    a = ap.parse_args()
    if a.step == "train":
        train(epochs=a.epochs, shipped=a.shipped)
    elif a.step == "faces":
        print(faces_report())
    else:
        evaluate()
        with _figures().open("a", encoding="utf-8") as fh:
            fh.write("\n" + faces_report())
