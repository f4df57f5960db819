"""OCR-B glyph prototypes for the MRZ reader, rendered from Debian's fonts-ocr-b.

Each of the 37 MRZ characters is drawn with Pillow in a character cell of the geometry
the reader rectifies to (CELL_W x CELL_H pixels, pitch CELL_W), then varied the way a
photographed MRZ varies (shift, scale, slant, stroke weight, blur) and stored as
normalised feature vectors. `scripts/build_resources.py` writes them to
resources/ocrb/prototypes.npz; the reader renders them in memory when that file is
missing (a second or two) so that it never depends on set-up order.
"""

from __future__ import annotations

import logging
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop.documents.mrz import ALPHABET

log = logging.getLogger(__name__)

FONT_PATH = Path("/usr/share/fonts/opentype/ocr-b/OCRB.otf")
RESOURCE = Path("ocrb") / "prototypes.npz"
VERSION = 6

PITCH = 24  # rectified character pitch in pixels
CELL_W, CELL_H = 24, 30  # the crop around one character centre
FEAT_W, FEAT_H = 16, 20  # feature size (pixels)
ADVANCE_EM = 0.723  # OCR-B advance width per em (measured from the font)
CENTRE_EM = 0.585  # vertical centre of a capital below the text origin, per em
PER_CLASS = 120


# Area down-sampling is linear and separable: as two small matrices (OpenCV's own
# INTER_AREA weights, read off by resizing identities) it runs on all cells at once.
_ROWS = cv2.resize(np.eye(CELL_H, dtype=np.float32), (CELL_H, FEAT_H), interpolation=cv2.INTER_AREA)
_COLS = cv2.resize(np.eye(CELL_W, dtype=np.float32), (FEAT_W, CELL_W), interpolation=cv2.INTER_AREA)


def features(cells: np.ndarray) -> np.ndarray:
    """(N, CELL_H, CELL_W) uint8/float gray cells (dark ink) -> (N, D) unit vectors."""
    n = cells.shape[0]
    small = _ROWS @ cells.astype(np.float32, copy=False) @ _COLS
    # In place where np.linalg.norm and the operators made copies: the same float32
    # operations in the same order (norm's axis case is sqrt(add.reduce(v * v))).
    v = np.subtract(255.0, small, out=small).reshape(n, -1)
    v -= v.mean(axis=1, keepdims=True)
    norm = np.sqrt(np.add.reduce(v * v, axis=1, keepdims=True))
    return np.divide(v, np.maximum(norm, 1e-6), out=v)


def _render(c: str, font: ImageFont.FreeTypeFont, size: float, scale: int = 4) -> np.ndarray:
    """One glyph centred in a (CELL_H, CELL_W) cell at `scale`x resolution, ink = 255."""
    w, h = CELL_W * scale, CELL_H * scale
    im = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(im)
    x = w / 2 - ADVANCE_EM * size * scale / 2
    y = h / 2 - CENTRE_EM * size * scale
    d.text((x, y), c, font=font, fill=255)
    return np.asarray(im, dtype=np.float32)


BLUR_BINS = ((0.0, 1.0), (0.7, 1.5), (1.2, 9.0))  # overlapping ranges of blur sigma


def render_prototypes(
    seed: int = 9303, per_class: int = PER_CLASS
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(features (N, D) float32, labels (N,) index into ALPHABET, blur (per_class,)).

    Every class gets the same list of variations, in the same order, so that the
    reader can restrict itself to the variations (blur) that fit one image."""
    if not FONT_PATH.exists():
        raise FileNotFoundError(f"{FONT_PATH} is missing (Debian package fonts-ocr-b)")
    rng = np.random.default_rng(seed)
    size = PITCH / ADVANCE_EM
    scale = 4
    font = ImageFont.truetype(str(FONT_PATH), round(size * scale))
    variations = []
    for i in range(per_class):
        if i < 3:  # clean ones, at three blurs
            variations.append((0.0, 0.0, 1.0, 1.0, 0.0, (0.4, 1.0, 1.6)[i], 0, 1.0))
            continue
        sx = rng.uniform(0.94, 1.06)
        variations.append(
            (
                rng.uniform(-2.0, 2.0) * scale,
                # Vertical shifts stay small: digits stand taller than letters in
                # OCR-B, the only thing that tells 0 from O.
                rng.uniform(-1.0, 1.0) * scale,
                sx,
                sx * rng.uniform(0.97, 1.03),
                rng.uniform(-4, 4),
                rng.uniform(0.3, 2.0),
                int(rng.choice([-1, 0, 0, 1, 1, 2])),
                rng.uniform(0.5, 1.0),
            )
        )
    cells, labels = [], []
    for k, c in enumerate(ALPHABET):
        big = _render(c, font, size, scale)
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
                kernel = np.ones((abs(weight) * 2 + 1,) * 2, np.uint8)
                g = cv2.dilate(g, kernel) if weight > 0 else cv2.erode(g, kernel)
            g = cv2.resize(g, (CELL_W, CELL_H), interpolation=cv2.INTER_AREA)
            g = cv2.GaussianBlur(g, (0, 0), blur)
            noise = noise_rng.normal(0, 6 if contrast < 1 else 0, g.shape)
            cells.append((255.0 - contrast * g + noise).clip(0, 255))
            labels.append(k)
    blur = np.array([v[5] for v in variations], np.float32)
    return features(np.stack(cells)), np.array(labels, np.int16), blur


def render_blots(seed: int = 9304, count: int = 48) -> np.ndarray:
    """(count, D) features of ink blots the size of a character (filled ellipses,
    upright or a little turned, sharp to blurred). A cell that looks as much like a
    blot as like its best glyph holds no legible character: a stain reads best as
    'B' or '8' otherwise, and may then happen to pass a check digit."""
    rng = np.random.default_rng(seed)
    scale = 4
    cells = []
    for _ in range(count):
        big = np.zeros((CELL_H * scale, CELL_W * scale), np.uint8)
        centre = (
            round((CELL_W / 2 + rng.uniform(-1.5, 1.5)) * scale),
            round((CELL_H / 2 + rng.uniform(-1.5, 1.5)) * scale),
        )
        axes = (
            round(rng.uniform(0.3, 0.55) * CELL_W * scale),
            round(rng.uniform(0.3, 0.5) * CELL_H * scale),
        )
        cv2.ellipse(big, centre, axes, rng.uniform(-20, 20), 0, 360, 255, -1)
        g = cv2.resize(big.astype(np.float32), (CELL_W, CELL_H), interpolation=cv2.INTER_AREA)
        g = cv2.GaussianBlur(g, (0, 0), rng.uniform(0.3, 2.5))
        cells.append(255.0 - rng.uniform(0.5, 1.0) * g)
    return features(np.stack(cells))


def build_resources(resources_dir: Path) -> None:
    """The build step (scripts/build_resources.py EXTRA_STEPS)."""
    out = resources_dir / RESOURCE
    if out.exists():
        with np.load(out) as z:
            if int(z["version"]) == VERSION:
                return
    out.parent.mkdir(parents=True, exist_ok=True)
    feats, labels, blur = render_prototypes()
    tmp = out.with_suffix(".tmp.npz")
    np.savez_compressed(
        tmp, features=feats.astype(np.float16), labels=labels, blur=blur, version=VERSION
    )
    tmp.replace(out)
    print(f"build_resources: wrote {out} ({len(labels)} OCR-B prototypes)")


def load(resources_dir: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The prototypes from resources/, or rendered now when the file is missing or stale."""
    path = resources_dir / RESOURCE
    try:
        with np.load(path) as z:
            if int(z["version"]) == VERSION:
                return (
                    z["features"].astype(np.float32),
                    z["labels"].astype(np.int64),
                    z["blur"].astype(np.float32),
                )
    except (OSError, KeyError, ValueError):
        pass
    log.info("OCR-B prototypes not found in %s: rendering them", path.parent)
    feats, labels, blur = render_prototypes()
    return feats, labels.astype(np.int64), blur
