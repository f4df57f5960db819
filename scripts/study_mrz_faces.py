#!/usr/bin/env python3
"""Study: reading MRZs printed in other monospace faces than OCR-B with glyphs rendered
from other faces (issue 10 item 3). Not shipped: see bench/results/mrz_faces.md.

The candidate: glyphs of BUILD_FACES rendered like glyphs.py's OCR-B ones (advance at
the pitch, capital H as tall as OCR-B's, glyphs.py's variations plus +-10 % aspect);
where the OCR-B reading of a document is not valid and those glyphs pooled with OCR-B's
fit its cells FACE_GAIN better on average than OCR-B's alone (the document is not in
OCR-B), each cell scored against all of them (best per class), every margin divided by
a scale (CHECKED / UNCHECKED: more rivals stay candidates), and decided by
ocr_decide.decide as if the look-alike networks' files were missing (they were trained
on faces documents are printed in). The reading replaces the OCR-B one only when valid.

BUILD_FACES share no family with a face a benchmark generator prints (DejaVu, Noto Sans
Mono CJK, Liberation Mono, FreeMono, Go Mono, Inconsolata, Anonymous Pro, OCR-B): every
figure on those faces is leave-faces-out.

    scripts/study_mrz_faces.py glyphs              # rendered glyphs -> mrz_faces.md
    MRZ_SETS=heldout6 MRZ_SEEN=1 scripts/study_mrz_faces.py bench 1 1
        # bench_mrz with the candidate at CHECKED=1, UNCHECKED=1 (printed, not written)
"""

from __future__ import annotations

import collections
import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.documents import glyphs, ocr, ocr_decide, ocr_lookalike, ocr_reading  # noqa: E402
from desktop.documents import layout as mrz_layout  # noqa: E402
from desktop.documents.mrz import ALPHABET  # noqa: E402
from desktop.documents.ocr_classify import _Classifier  # noqa: E402

_F = Path("/usr/share/fonts")
# Debian packages fonts-jetbrains-mono, fonts-firacode, fonts-courier-prime, fonts-noto-mono.
BUILD_FACES = (
    ("JetBrains Mono", _F / "truetype/jetbrains-mono/JetBrainsMono-Regular.ttf"),
    ("JetBrains Mono Bold", _F / "truetype/jetbrains-mono/JetBrainsMono-Bold.ttf"),
    ("Fira Code", _F / "truetype/firacode/FiraCode-Regular.ttf"),
    ("Fira Code Bold", _F / "truetype/firacode/FiraCode-Bold.ttf"),
    ("Courier Prime", _F / "opentype/courier-prime/Courier Prime.otf"),
    ("Courier Prime Bold", _F / "opentype/courier-prime/Courier Prime Bold.otf"),
    ("Noto Mono", _F / "truetype/noto/NotoMono-Regular.ttf"),
    ("Noto Sans Mono Bold", _F / "truetype/noto/NotoSansMono-Bold.ttf"),
)
HELD_OUT = (  # the faces mrz_heldout*.py print documents in
    ("DejaVu Sans Mono", _F / "truetype/dejavu/DejaVuSansMono.ttf"),
    ("DejaVu Sans Mono Bold", _F / "truetype/dejavu/DejaVuSansMono-Bold.ttf"),
    ("Liberation Mono", _F / "truetype/liberation2/LiberationMono-Regular.ttf"),
    ("FreeMono Bold", _F / "truetype/freefont/FreeMonoBold.ttf"),
    ("Go Mono", _F / "fonts-go/Go-Mono.ttf"),
    ("Inconsolata", _F / "truetype/inconsolata/Inconsolata.otf"),
    ("Anonymous Pro", _F / "truetype/anonymous-pro/Anonymous Pro.ttf"),
)
PER_CLASS = 60
SCALE = 4  # rendered at 4x the cell, then area-reduced
SEED, TEST_SEED = 9305, 77_000
FACE_GAIN = 0.03
K = len(ALPHABET)
LETTERS = [i for i, c in enumerate(ALPHABET) if c.isalpha() or c == "<"]


def _ocrb_cap() -> float:
    font = ImageFont.truetype(
        str(glyphs.FONT_PATH), round(glyphs.PITCH / glyphs.ADVANCE_EM * SCALE)
    )
    _, y0, _, y1 = font.getbbox("H")
    return float(y1 - y0)


def _placed(c: str, font: ImageFont.FreeTypeFont, cap: float) -> np.ndarray:
    """Glyph c in a cell at SCALE x: advance at the pitch, capital H `cap` tall, centred."""
    im = Image.new("L", (3 * font.size, 3 * font.size), 0)
    ImageDraw.Draw(im).text((font.size, font.size), c, font=font, fill=255)
    adv = font.getlength("H")
    _, hy0, _, hy1 = font.getbbox("H")
    sx, sy = glyphs.PITCH * SCALE / adv, cap / (hy1 - hy0)
    w, h = glyphs.CELL_W * SCALE, glyphs.CELL_H * SCALE
    cx, cy = font.size + adv / 2, font.size + (hy0 + hy1) / 2
    m = np.array([[sx, 0, w / 2 - sx * cx], [0, sy, h / 2 - sy * cy]], np.float32)
    return cv2.warpAffine(np.asarray(im, np.float32), m, (w, h), flags=cv2.INTER_AREA)


def render_face(path: Path, seed: int = SEED) -> tuple[np.ndarray, np.ndarray]:
    """(features (37 * PER_CLASS, D) class-major, blur (PER_CLASS,)) of one face."""
    rng = np.random.default_rng(seed)
    variations = []
    for i in range(PER_CLASS):
        if i < 3:
            variations.append((0.0, 0.0, 1.0, 1.0, 0.0, (0.4, 1.0, 1.6)[i], 0, 1.0))
            continue
        sx = rng.uniform(0.94, 1.06)
        variations.append(
            (
                rng.uniform(-2.0, 2.0) * SCALE,
                rng.uniform(-1.5, 1.5) * SCALE,
                sx,
                sx * rng.uniform(0.9, 1.1),
                rng.uniform(-4, 4),
                rng.uniform(0.3, 2.0),
                int(rng.choice([-1, 0, 0, 1, 1, 2])),
                rng.uniform(0.5, 1.0),
            )
        )
    cap = _ocrb_cap()
    font = ImageFont.truetype(str(path), round(glyphs.PITCH / 0.6 * SCALE))
    cells = []
    for c in ALPHABET:
        big = _placed(c, font, cap)
        hh, ww = big.shape
        noise_rng = np.random.default_rng(seed + 1)
        for dx, dy, sx, sy, rot, blur, weight, contrast in variations:
            m = cv2.getRotationMatrix2D((ww / 2, hh / 2), rot, 1.0)
            m[0, :2] *= sx
            m[1, :2] *= sy
            m[0, 2] += dx + (1 - sx) * ww / 2
            m[1, 2] += dy + (1 - sy) * hh / 2
            g = cv2.warpAffine(big, m, (ww, hh), flags=cv2.INTER_LINEAR)
            if weight:
                kernel = np.ones((abs(int(weight)) * 2 + 1,) * 2, np.uint8)
                g = cv2.dilate(g, kernel) if weight > 0 else cv2.erode(g, kernel)
            g = cv2.resize(g, (glyphs.CELL_W, glyphs.CELL_H), interpolation=cv2.INTER_AREA)
            g = cv2.GaussianBlur(g, (0, 0), blur)
            noise = noise_rng.normal(0, 6 if contrast < 1 else 0, g.shape)
            cells.append((255.0 - contrast * g + noise).clip(0, 255))
    return glyphs.features(np.stack(cells)), np.array([v[5] for v in variations], np.float32)


def pooled(feats: np.ndarray, sets: list[np.ndarray]) -> np.ndarray:
    """(N, 37) best similarity per class over sets of prototypes (F, 37 * per, D)."""
    out = np.full((len(feats), K), -1.0, np.float32)
    for protos in sets:
        f, m, d = protos.shape
        sim = feats @ protos.reshape(-1, d).T
        out = np.maximum(out, sim.reshape(len(feats), f, K, m // K).max(axis=(1, 3)))
    return out


def damped(scores: np.ndarray, fmt: str, checked: float, unchecked: float) -> np.ndarray:
    """Each cell's margins behind its best divided by `checked`, or by `unchecked` where
    no check digit covers it."""
    covered = mrz_layout.layout(fmt).covered()
    scale = np.array([checked if p in covered else unchecked for p in range(len(scores))])
    top = scores.max(axis=1, keepdims=True)
    return top - (top - scores) / scale[:, None]


def _ocrb() -> np.ndarray:
    clf = _Classifier.get()
    return clf.protos.T.reshape(1, -1, clf.protos.shape[0])


# -- rendered glyphs ----------------------------------------------------------------------


def _row(name: str, s: np.ndarray, labels: np.ndarray, scales: tuple[float, ...]) -> str:
    rows = np.arange(len(labels))
    truth = s[rows, labels]
    other = s.copy()
    other[rows, labels] = -9.0
    rival = other.max(axis=1)
    wrong = (rival >= truth + ocr_reading.LOOKALIKE_MARGIN) & (rival >= ocr_reading.MIN_SCORE)
    pairs = collections.Counter(
        f"{ALPHABET[labels[i]]}>{ALPHABET[int(other[i].argmax())]}".replace("<", "&lt;")
        for i in np.flatnonzero(wrong)
    )
    # As name cells (letters and `<` only, no check digit): one candidate, wrong.
    names = []
    is_letter = np.isin(labels, LETTERS)
    masked = np.full_like(s, -1.0)
    masked[:, LETTERS] = s[:, LETTERS]
    for k in scales:
        top = masked.max(axis=1, keepdims=True)
        d = np.where(masked > -1, top - (top - masked) / k, -1.0)
        cands = ocr_decide.candidates(d)
        settled = bad = 0
        for i in np.flatnonzero(is_letter):
            c = [x for x in cands[i] if ALPHABET.index(x) in LETTERS]
            if len(c) == 1 and d[i].max() >= ocr_reading.MIN_SCORE:
                settled += c[0] == ALPHABET[labels[i]]
                bad += c[0] != ALPHABET[labels[i]]
        names.append(f"{settled} / **{bad}**" if bad else f"{settled} / 0")
    clear = (truth >= rival + ocr_reading.RIVAL_MARGIN).mean()
    return (
        f"| {name} | {(truth > rival).mean():.3f} | {clear:.3f} "
        f"| {(s.max(axis=1) >= ocr_reading.MIN_SCORE).mean():.3f} | {int(wrong.sum())} "
        f"| {', '.join(f'{p} {c}' for p, c in pairs.most_common(3))} | {' | '.join(names)} |"
    )


def study_glyphs() -> str:
    scales = (1.0, 2.0, 2.5, 3.0, 4.0)
    protos = {name: render_face(path)[0] for name, path in BUILD_FACES if path.exists()}
    ocrb = _ocrb()
    header = [
        "| face | printed best | by RIVAL_MARGIN | over MIN_SCORE | wrong by LOOKALIKE_MARGIN "
        "| most (printed>read) | "
        + " | ".join(f"name cells right / wrong, margins / {k:g}" for k in scales)
        + " |",
        "|---|---|---|---|---|---|" + "---|" * len(scales),
    ]
    out = ["#### OCR-B templates alone (the reader)", "", *header]
    for name, path in HELD_OUT:
        feats, _ = render_face(path, TEST_SEED)
        labels = np.repeat(np.arange(K), len(feats) // K)
        out.append(_row(name, pooled(feats, [ocrb]), labels, scales))
    out += ["", "#### Pooled: the rendered faces' glyphs with OCR-B's (the candidate)", "", *header]
    every = np.stack(list(protos.values()))
    for name, path in HELD_OUT:
        feats, _ = render_face(path, TEST_SEED)
        labels = np.repeat(np.arange(K), len(feats) // K)
        out.append(_row(name, pooled(feats, [every, ocrb]), labels, scales))
    out += ["", "#### Pooled, each rendered family left out of the prototypes", "", *header]
    families = [n.split()[0] for n in protos]
    for name, fam in zip(protos, families, strict=True):
        keep = np.stack([f for f, g in zip(protos.values(), families, strict=True) if g != fam])
        path = dict(BUILD_FACES)[name]
        feats, _ = render_face(path, TEST_SEED)
        labels = np.repeat(np.arange(K), len(feats) // K)
        out.append(_row(f"{name} (without {fam})", pooled(feats, [keep, ocrb]), labels, scales))
    return "\n".join(out) + "\n"


# -- documents ----------------------------------------------------------------------------


@contextlib.contextmanager
def _without_networks() -> Iterator[None]:
    """ocr_decide as when the look-alike networks' files are missing."""
    net, cnn = ocr_lookalike.Net.get, ocr_lookalike.Cnn.get
    ocr_lookalike.Net.get = classmethod(lambda cls: None)  # type: ignore[method-assign]
    ocr_lookalike.Cnn.get = classmethod(lambda cls: None)  # type: ignore[method-assign]
    try:
        yield
    finally:
        ocr_lookalike.Net.get, ocr_lookalike.Cnn.get = net, cnn  # type: ignore[method-assign]


def install(checked: float, unchecked: float, log: collections.Counter[str]) -> None:
    """Wrap ocr._decide with the candidate (see the module's docstring)."""
    every = np.stack([render_face(path)[0] for _, path in BUILD_FACES if path.exists()])
    ocrb = _ocrb()
    original = ocr._decide

    def decide(scores, fmt, n, today, blot=None, feats=None):  # type: ignore[no-untyped-def]
        reading = original(scores, fmt, n, today, blot, feats)
        if reading.document.valid or feats is None:
            return reading
        other = np.maximum(pooled(feats, [every]), scores)
        gain = float(other.max(axis=1).mean() - scores.max(axis=1).mean())
        log[f"gain {min(int(gain * 100), 15):02d}/100"] += 1
        if gain < FACE_GAIN:
            return reading
        with _without_networks():
            alt = ocr_decide.decide(
                damped(other, fmt, checked, unchecked), fmt, n, today, blot, feats
            )
        log["valid" if alt.document.valid else "not valid"] += 1
        if alt.document.valid:
            log["lines " + " / ".join(alt.document.lines)] += 1
        return alt if alt.document.valid else reading

    ocr._decide = decide  # type: ignore[assignment]
    del ocrb


def main() -> None:
    what = sys.argv[1] if len(sys.argv) > 1 else "glyphs"
    if what == "glyphs":
        text = study_glyphs()
        print(text)
        return
    log: collections.Counter[str] = collections.Counter()
    install(float(sys.argv[2]), float(sys.argv[3]), log)
    from bench import bench_mrz

    bench_mrz.run()
    for k, v in sorted(log.items()):
        print(f"faces: {k}: {v}")


if __name__ == "__main__":
    main()
