"""Train the OCR's look-alike classifier (desktop/documents/ocr_lookalike.py).

`python scripts/train_lookalike.py collect synth|variant` (then `collect-real`,
`train`, `evaluate`; into build/lookalike/, LOOKALIKE_WORK names another) reads
generated photographs with the real OCR and keeps every character cell's feature
vector (the 16x20 normalised cell the template matcher sees) with the printed
character, from:

- tests/documents/synth.py, seeds 20 000-20 299 (development seeds: never held out);
- bench/mrz_variant.py, seeds 810 000-810 149 (bold/thin strokes, kerning, phone noise);
  (lookalike.npz was trained on those; the CNN of train_lookalike_cnn.py on the first
  60 and 40 of them, as SOURCES now says, and on two more sources:)
- bench/mrz_heldout.py, seeds 910 000-910 049, and bench/mrz_heldout4.py, seeds
  1 310 000-1 310 159 (a non-OCR-B face, DejaVu Sans Mono, engraving, keystone; the
  benchmark's seeds of both are others, and both sets are development data now);
- single glyphs drawn in other faces (DejaVu Sans Mono, Sans, Serif, condensed,
  bold; OCR-B "Sharp") with shift, scale, slant, weight, blur, noise and JPEG,
  so that non-OCR-B renderings are not foreign to it.

and, apart, the cells of ../shared/ext-mrz (real images, truth in images.tsv), which
are never trained on: they measure accuracy per look-alike pair (`evaluate`) and, with
the held-back fifth of the generated cells, set each group's margin. `train` fits a
37-class network and one small network per look-alike group (numpy, softmax, mixup for
the groups) and writes resources/ocr/lookalike.npz (committed). Nothing here is needed
at run time; a run takes about 15 minutes on one core.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse
import datetime as dt
import itertools
import sys
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.documents import glyphs, ocr, ocr_decide  # noqa: E402
from desktop.documents.mrz import ALPHABET  # noqa: E402

WORK = Path(os.environ.get("LOOKALIKE_WORK") or ROOT / "build" / "lookalike")
EXT = Path(os.environ.get("SHARED_DIR") or ROOT.parent / "shared") / "ext-mrz"
TODAY = dt.date(2026, 11, 27)
IDX = {c: i for i, c in enumerate(ALPHABET)}
FACES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Bold.ttf",
    "/usr/share/fonts/opentype/ocr-b/OCRBS.otf",
    "/usr/share/fonts/opentype/ocr-b/OCRB.otf",
]


def cells_of(
    image: bytes | Path, truth: tuple[str, ...]
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """(features, labels) of the cells the OCR cut from an image of known MRZ, when the
    reading has the truth's shape and its best glyphs agree with it in 85 % of cells
    (so that a reading one character off does not teach wrong labels)."""
    seen: list[tuple[str, int, np.ndarray, np.ndarray]] = []
    real = ocr_decide.decide

    def spy(scores, fmt, n, today, blot=None, feats=None):  # type: ignore[no-untyped-def]
        seen.append((fmt, n, scores.copy(), feats))
        return real(scores, fmt, n, today, blot, feats)

    ocr_decide.decide = spy  # type: ignore[assignment]
    try:
        ocr.read_image(image, today=TODAY)
    except ocr.OcrFailure:
        return None
    finally:
        ocr_decide.decide = real  # type: ignore[assignment]
    text = "".join(truth)
    best = None
    for _fmt, n, scores, feats in seen:
        if n != len(truth[0]) or len(scores) != len(text) or feats is None:
            continue
        top = "".join(ALPHABET[i] for i in scores.argmax(axis=1))
        agree = sum(a == b for a, b in zip(top, text, strict=True)) / len(text)
        if agree >= 0.85 and (best is None or agree > best[0]):
            best = (agree, feats, scores)
    if best is None:
        return None
    labels = np.array([IDX.get(c, -1) for c in text], np.int16)  # Ñ: not an MRZ character
    keep = labels >= 0
    return best[1][keep].astype(np.float32), labels[keep], best[2][keep].astype(np.float32)


SOURCES = {
    # name: (group, first seed, images)
    "synth": (0, 20_000, 60),
    "variant": (1, 810_000, 40),
    # Other seeds than the benchmark's (900 000-900 199, 1 300 000-1 300 199): a
    # non-OCR-B face (Noto Sans Mono), DejaVu Sans Mono, engraving, inkjet, keystone.
    "heldout": (2, 910_000, 50),
    "heldout4": (3, 1_310_000, 160),
}


def collect_generated(name: str) -> None:
    from bench import mrz_heldout, mrz_heldout4, mrz_variant
    from tests.documents import synth

    group, first, count = SOURCES[name]
    make = {
        "synth": lambda s: synth.sample(s, today=TODAY),
        "variant": lambda s: mrz_variant.sample(s, today=TODAY),
        "heldout": lambda s: mrz_heldout.sample(s, today=TODAY),
        "heldout4": lambda s: mrz_heldout4.sample(s, today=TODAY),
    }[name]
    feats, labels, scores = [], [], []
    for i, seed in enumerate(range(first, first + count)):
        s = make(seed)
        got = cells_of(s.jpeg, s.lines)
        if got is not None:
            feats.append(got[0])
            labels.append(got[1])
            scores.append(got[2])
        if (i + 1) % 25 == 0:
            print(f"  {name} {i + 1}/{count} ({len(feats)} kept)", flush=True)
    WORK.mkdir(parents=True, exist_ok=True)
    y = np.concatenate(labels)
    np.savez_compressed(
        WORK / f"generated-{name}.npz",
        features=np.concatenate(feats).astype(np.float16),
        labels=y,
        group=np.full(len(y), group, np.int8),
        scores=np.concatenate(scores).astype(np.float16),
    )


def _generated() -> dict[str, np.ndarray]:
    parts = [np.load(WORK / f"generated-{n}.npz") for n in SOURCES]
    return {k: np.concatenate([p[k] for p in parts]) for k in parts[0].files}


def collect_real() -> None:
    rows = [
        ln.split("\t")
        for ln in (EXT / "images.tsv").read_text(encoding="utf-8").splitlines()
        if ln and not ln.startswith("#")
    ]
    feats, labels, image, scores = [], [], [], []
    for k, (name, truth, *_rest) in enumerate(rows):
        if truth == "-":
            continue
        lines = tuple(truth.split(" OR ")[0].split("|"))
        got = cells_of(EXT / "images" / name, lines)
        if got is None:
            print(f"  {name}: no cells of the truth's shape")
            continue
        feats.append(got[0])
        labels.append(got[1])
        image.append(np.full(len(got[1]), k, np.int16))
        scores.append(got[2])
    WORK.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        WORK / "real.npz",
        features=np.concatenate(feats).astype(np.float16),
        labels=np.concatenate(labels),
        image=np.concatenate(image),
        scores=np.concatenate(scores).astype(np.float16),
    )


def render_faces(
    seed: int = 4242,
    per_face: int = 60,
    faces: list[str] | list[tuple[str, int]] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Single glyphs in other faces (paths, or (path, face index) in a collection),
    cut as the reader cuts its cells."""
    from PIL import ImageFont

    rng = np.random.default_rng(seed)
    scale = 4
    size = glyphs.PITCH / glyphs.ADVANCE_EM
    cells, labels = [], []
    for face in faces or FACES:
        path, index = (face, 0) if isinstance(face, str) else face
        font = ImageFont.truetype(path, round(size * scale), index=index)
        # Fit each face's capital height to OCR-B's, as a re-typeset MRZ would be.
        ref = ImageFont.truetype(str(glyphs.FONT_PATH), round(size * scale)).getbbox("H")
        box = font.getbbox("H")
        k = (ref[3] - ref[1]) / max(1, box[3] - box[1])
        font = ImageFont.truetype(path, round(size * scale * k), index=index)
        for ci, c in enumerate(ALPHABET):
            big = _render_centred(c, font, scale)
            hh, ww = big.shape
            for _ in range(per_face):
                sx = rng.uniform(0.8, 1.02)
                m = cv2.getRotationMatrix2D((ww / 2, hh / 2), rng.uniform(-5, 5), 1.0)
                m[0, :2] *= sx
                m[1, :2] *= sx * rng.uniform(0.95, 1.05)
                m[0, 2] += rng.uniform(-2.5, 2.5) * scale + (1 - sx) * ww / 2
                m[1, 2] += rng.uniform(-1.5, 1.5) * scale + (1 - sx) * hh / 2
                g = cv2.warpAffine(big, m, (ww, hh), flags=cv2.INTER_LINEAR)
                w = int(rng.choice([-1, 0, 0, 1, 2]))
                if w:
                    kern = np.ones((abs(w) * 2 + 1,) * 2, np.uint8)
                    g = cv2.dilate(g, kern) if w > 0 else cv2.erode(g, kern)
                # Low resolution: down to 8-14 px per character, then back up.
                low = rng.uniform(0.35, 1.0)
                g = cv2.resize(g, (glyphs.CELL_W, glyphs.CELL_H), interpolation=cv2.INTER_AREA)
                if low < 0.95:
                    small = cv2.resize(g, None, fx=low, fy=low, interpolation=cv2.INTER_AREA)
                    g = cv2.resize(
                        small, (glyphs.CELL_W, glyphs.CELL_H), interpolation=cv2.INTER_CUBIC
                    )
                g = cv2.GaussianBlur(g, (0, 0), rng.uniform(0.3, 1.8))
                cell = (
                    255.0 - rng.uniform(0.4, 1.0) * g + rng.normal(0, rng.uniform(0, 12), g.shape)
                )
                cell = cell.clip(0, 255).astype(np.uint8)
                if rng.random() < 0.5:
                    _ok, buf = cv2.imencode(
                        ".jpg", cell, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(30, 90))]
                    )
                    cell = cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE)
                cells.append(cell)
                labels.append(ci)
    return glyphs.features(np.stack(cells)), np.array(labels, np.int16)


def _render_centred(c: str, font, scale: int) -> np.ndarray:  # type: ignore[no-untyped-def]
    from PIL import Image, ImageDraw

    w, h = glyphs.CELL_W * scale, glyphs.CELL_H * scale
    im = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(im)
    # Centre the capital-height box of the face in the cell, as OCR-B's is.
    hb = font.getbbox("H")
    adv = font.getlength(c)
    d.text((w / 2 - adv / 2, h / 2 - (hb[1] + hb[3]) / 2), c, font=font, fill=255)
    return np.asarray(im, dtype=np.float32)


def _validation(group: np.ndarray) -> np.ndarray:
    """The last fifth of each generator's cells (whole images, in seed order): held
    back from training, to check the margin on generated data too."""
    out = np.zeros(len(group), bool)
    for g in np.unique(group):
        where = np.flatnonzero(group == g)
        out[where[int(0.8 * len(where)) :]] = True
    return out


# -- the network ---------------------------------------------------------------------------


# Groups of look-alikes, each with its own small network trained on its cells only.
GROUPS = ("0ODQ", "1IL", "2Z", "5S", "8B", "6G", "K<")


def _fit(
    x: np.ndarray,
    y: np.ndarray,
    n_classes: int,
    hidden: int,
    epochs: int,
    seed: int,
    mixup: float = 0.0,
) -> list[np.ndarray]:
    """A two-layer softmax network (Adam, class-balanced loss, feature noise).

    `mixup`: the fraction of each batch replaced by blends of two cells of different
    classes (30-70 %), taught as that much of each: a cell halfway between 1 and L
    must give no margin, or the margin would mean nothing on worn or odd glyphs."""
    rng = np.random.default_rng(seed)
    # Class weights: fillers and digits dominate the MRZ; letters must not be starved.
    counts = np.bincount(y, minlength=n_classes).astype(np.float32)
    cw = (counts.sum() / n_classes / np.maximum(counts, 1)) ** 0.5
    d = x.shape[1]
    w1 = rng.normal(0, (2 / d) ** 0.5, (d, hidden)).astype(np.float32)
    b1 = np.zeros(hidden, np.float32)
    w2 = rng.normal(0, (2 / hidden) ** 0.5, (hidden, n_classes)).astype(np.float32)
    b2 = np.zeros(n_classes, np.float32)
    params = [w1, b1, w2, b2]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    lr, bs, l2, t = 2e-3, 256, 1e-4, 0
    for ep in range(epochs):
        order = rng.permutation(len(y))
        loss_sum = 0.0
        for s in range(0, len(y), bs):
            idx = order[s : s + bs]
            xb, yb = x[idx], y[idx]
            # Feature noise: a little robustness to what the generators did not show.
            xb = xb + rng.normal(0, 0.01, xb.shape).astype(np.float32)
            target = np.zeros((len(yb), n_classes), np.float32)
            target[np.arange(len(yb)), yb] = 1
            if mixup:
                partner = rng.permutation(len(yb))
                mix = (rng.random(len(yb)) < mixup) & (yb != yb[partner])
                lam = rng.uniform(0.3, 0.7, (int(mix.sum()), 1)).astype(np.float32)
                blend = lam * xb[mix] + (1 - lam) * xb[partner[mix]]
                xb = xb.copy()
                xb[mix] = blend / np.linalg.norm(blend, axis=1, keepdims=True)
                target[mix] = lam * target[mix] + (1 - lam) * target[partner[mix]]
            h = np.maximum(xb @ w1 + b1, 0)
            z = h @ w2 + b2
            z -= z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            wt = cw[yb]
            loss_sum += float(-((np.log(p + 1e-9) * target).sum(axis=1) * wt).sum())
            g = (p - target) * (wt / wt.sum())[:, None]
            gw2 = h.T @ g + l2 * w2
            gb2 = g.sum(axis=0)
            gh = (g @ w2.T) * (h > 0)
            gw1 = xb.T @ gh + l2 * w1
            gb1 = gh.sum(axis=0)
            t += 1
            for i, gr in enumerate((gw1, gb1, gw2, gb2)):
                m[i] = 0.9 * m[i] + 0.1 * gr
                v[i] = 0.999 * v[i] + 0.001 * gr * gr
                mh = m[i] / (1 - 0.9**t)
                vh = v[i] / (1 - 0.999**t)
                params[i] -= lr * mh / (np.sqrt(vh) + 1e-8)
        if ep in (epochs // 2, 3 * epochs // 4):
            lr *= 0.3
        if ep + 1 == epochs or ep % 10 == 0:
            print(f"  epoch {ep + 1}: loss {loss_sum / len(y):.4f}", flush=True)
    return params


def _logits(params: list[np.ndarray], x: np.ndarray) -> np.ndarray:
    w1, b1, w2, b2 = (p.astype(np.float32) for p in params)
    return np.maximum(x @ w1 + b1, 0) @ w2 + b2


def _wrong_margin(z: np.ndarray, y: np.ndarray) -> float:
    """The largest logit margin by which any class beat the true one (0 if none)."""
    rival = z.copy()
    rival[np.arange(len(y)), y] = -np.inf
    d = rival.max(axis=1) - z[np.arange(len(y)), y]
    return float(max(0.0, d.max())) if len(d) else 0.0


def _aligned(image: np.ndarray, labels: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Cells of the real images whose reading has the truth's cells in place: the
    templates' first choice is the truth or one of its look-alikes (a group of
    GROUPS) in 95 % of the image's cells. A
    reading shifted by a character over part of a line (a stamp over Qatar's first
    line) gives its cells the wrong truth, and says nothing of the classifier."""
    first = scores.astype(np.float32).argmax(axis=1)
    same = {(IDX[a], IDX[b]) for g in GROUPS for a in g for b in g}
    top = np.array([f == t or (int(f), int(t)) in same for f, t in zip(first, labels, strict=True)])
    keep = np.zeros(len(labels), bool)
    for k in np.unique(image):
        sel = image == k
        keep[sel] = top[sel].mean() >= 0.95
    return keep


SAFETY = 1.0  # logits added to the largest wrong margin seen, for a group's margin
FLOOR = 3.0  # and never less than this


def train(hidden: int = 96, epochs: int = 30, seed: int = 1) -> None:
    gen = _generated()
    fit = ~_validation(gen["group"])
    fx, fy = render_faces()
    x = np.concatenate([gen["features"][fit].astype(np.float32), fx.astype(np.float32)])
    y = np.concatenate([gen["labels"][fit].astype(np.int64), fy.astype(np.int64)])
    print(f"training on {len(y)} cells")
    w1, b1, w2, b2 = _fit(x, y, len(ALPHABET), hidden, epochs, seed)
    arrays: dict[str, np.ndarray] = {
        "w1": w1.astype(np.float16),
        "b1": b1,
        "w2": w2.astype(np.float16),
        "b2": b2,
        "alphabet": np.array(ALPHABET),
        "groups": np.array(GROUPS),
    }
    # Each group's margin: above the largest by which its network preferred a wrong
    # member of the group on any cell of the group in the real images or in the
    # held-back generated cells.
    real = np.load(WORK / "real.npz")
    val = _validation(gen["group"])
    aligned = _aligned(real["image"], real["labels"], real["scores"])
    checks = [
        (real["features"][aligned].astype(np.float32), real["labels"][aligned].astype(np.int64)),
        (gen["features"][val].astype(np.float32), gen["labels"][val].astype(np.int64)),
    ]
    margins = []
    for k, group in enumerate(GROUPS):
        ids = [IDX[c] for c in group]
        local = {c: i for i, c in enumerate(ids)}
        sel = np.isin(y, ids)
        ys = np.array([local[c] for c in y[sel]])
        params = _fit(x[sel], ys, len(ids), 32, 40, seed + k, mixup=0.3)
        worst = 0.0
        for cx, cy in checks:
            s2 = np.isin(cy, ids)
            z = _logits(params, cx[s2])
            worst = max(worst, _wrong_margin(z, np.array([local[c] for c in cy[s2]])))
        margins.append(max(FLOOR, worst + SAFETY))
        print(f"group {group}: largest wrong margin {worst:.2f} -> margin {margins[-1]:.2f}")
        for name, p in zip(("w1", "b1", "w2", "b2"), params, strict=True):
            arrays[f"g{k}_{name}"] = p.astype(np.float16) if name[0] == "w" else p
    arrays["group_margins"] = np.array(margins, np.float32)
    out = ROOT / "resources" / "ocr" / "lookalike.npz"
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, **arrays)
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB)")


def evaluate() -> None:
    """Accuracy per look-alike pair on ext-mrz's cells (never trained on) and on the
    held-back generated cells, and what `settle` decides on the cells the templates
    left open; written to bench/results/mrz_lookalike.md (bench/RESULTS.md)."""
    from desktop.documents import ocr_lookalike

    net = ocr_lookalike.Net.get()
    assert net is not None
    real = np.load(WORK / "real.npz")
    gen = _generated()
    val = _validation(gen["group"])
    sets = {
        "ext-mrz (real)": (real["features"], real["labels"], real["scores"]),
        "generated, held back": (gen["features"][val], gen["labels"][val], gen["scores"][val]),
    }
    out = [
        "## MRZ look-alike classifier",
        "",
        f"{dt.date.today().isoformat()}; `scripts/train_lookalike.py evaluate`. Cells cut by the "
        "reader from ext-mrz's real images (labels from images.tsv; never trained on) and "
        "from the held-back fifth of the generated training images. Per pair: cells printed "
        "as either character, and how often each method put the printed one above the "
        "other (templates: OCR-B prototype similarity; group network: the group's own "
        "network; 37-class: the general network, not used to decide).",
        "",
        "Margins per group (logits; largest wrong margin on these cells + 1, at least 3): "
        + ", ".join(f"{g} {m:.2f}" for g, _p, m in net.groups)
        + f"; {ocr_lookalike.UNCOVERED_EXTRA:.0f} more where no check digit looks.",
    ]
    for label, (x, y, sc) in sets.items():
        x = x.astype(np.float32)
        y = y.astype(np.int64)
        sc = sc.astype(np.float32)
        z = net.logits(x)
        out += [
            "",
            f"### {label}: {len(y)} cells",
            "",
            "| pair | cells | templates right | group network right | 37-class right |",
            "|---|---|---|---|---|",
        ]
        for gi, (group, _p, _m) in enumerate(net.groups):
            gz = net.group_logits(gi, x)
            for a, b in itertools.combinations(group, 2):
                ia, ib = IDX[a], IDX[b]
                sel = (y == ia) | (y == ib)
                if not sel.any():
                    continue
                is_a = y[sel] == ia
                tpl = (sc[sel, ia] > sc[sel, ib]) == is_a
                grp = (gz[sel, group.index(a)] > gz[sel, group.index(b)]) == is_a
                gen37 = (z[sel, ia] > z[sel, ib]) == is_a
                out.append(f"| {a}/{b} | {sel.sum()} | {tpl.sum()} | {grp.sum()} | {gen37.sum()} |")
        cands = ocr_decide.candidates(sc)
        before = [list(c) for c in cands]
        settled = ocr_lookalike.settle(cands, x)
        wrong = [p for p in settled if cands[p][0] != ALPHABET[y[p]]]
        n_open = sum(len(c) > 1 for c in before)
        out += [
            "",
            f"Cells the templates left open (several candidates): {n_open}; settled by the "
            f"group networks at their margins (every cell counted as covered by a check "
            f"digit): {len(settled)}, of which wrong: **{len(wrong)}**.",
        ]
    text = "\n".join(out) + "\n"
    print(text)
    dest = ROOT / "bench" / "results" / "mrz_lookalike.md"
    dest.parent.mkdir(exist_ok=True)
    dest.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("step", choices=["collect", "collect-real", "train", "evaluate"])
    ap.add_argument("source", nargs="?", choices=sorted(SOURCES))
    a = ap.parse_args()
    if a.step == "collect":
        collect_generated(a.source or "synth")
        sys.exit(0)
    {
        "collect": collect_generated,
        "collect-real": collect_real,
        "train": train,
        "evaluate": evaluate,
    }[a.step]()
