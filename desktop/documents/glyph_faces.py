"""Glyph prototypes of monospace faces other than OCR-B, for MRZs printed in another face
(re-typeset specimens, screenshots, some issuers): rendered like glyphs.py's OCR-B ones.

A cell reaches the classifier with its pitch scaled to glyphs.PITCH and its height to
about OCR-B's (ocr_cells fits the aspect against OCR-B), so each face's glyphs are drawn
with their advance at the pitch and their capital H as tall as OCR-B's, centred like
it, then varied as glyphs.render_prototypes varies OCR-B (plus a taller and shorter
aspect: the cell's height was fitted to another face).

BUILD_FACES are the faces rendered; none is a face any benchmark generator prints
(DejaVu, Noto Sans Mono CJK, Liberation Mono, FreeMono, Go Mono, Inconsolata,
Anonymous Pro, OCR-B), so every benchmark document in another face than OCR-B is a
face the prototypes were not built from (leave-faces-out). The fonts come from Debian
packages that scripts/setup-system.sh installs.
"""

from __future__ import annotations

import logging
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop.documents import glyphs
from desktop.documents.mrz import ALPHABET

log = logging.getLogger(__name__)

_F = Path("/usr/share/fonts")
# (name, file): Debian packages fonts-jetbrains-mono, fonts-firacode, fonts-courier-prime,
# fonts-noto-mono.
BUILD_FACES: tuple[tuple[str, Path], ...] = (
    ("JetBrains Mono", _F / "truetype/jetbrains-mono/JetBrainsMono-Regular.ttf"),
    ("JetBrains Mono Bold", _F / "truetype/jetbrains-mono/JetBrainsMono-Bold.ttf"),
    ("Fira Code", _F / "truetype/firacode/FiraCode-Regular.ttf"),
    ("Fira Code Bold", _F / "truetype/firacode/FiraCode-Bold.ttf"),
    ("Courier Prime", _F / "opentype/courier-prime/Courier Prime.otf"),
    ("Courier Prime Bold", _F / "opentype/courier-prime/Courier Prime Bold.otf"),
    ("Noto Mono", _F / "truetype/noto/NotoMono-Regular.ttf"),
    ("Noto Sans Mono Bold", _F / "truetype/noto/NotoSansMono-Bold.ttf"),
)
RESOURCE = Path("ocrb") / "faces.npz"
VERSION = 1
PER_CLASS = 60
SCALE = 4  # rendered at 4x the cell, then area-reduced


def _ocrb_cap(scale: int) -> float:
    """OCR-B's capital height in a cell at `scale`x resolution (as glyphs._render)."""
    size = glyphs.PITCH / glyphs.ADVANCE_EM
    font = ImageFont.truetype(str(glyphs.FONT_PATH), round(size * scale))
    _, y0, _, y1 = font.getbbox("H")
    return float(y1 - y0)


def _placed(c: str, font: ImageFont.FreeTypeFont, cap: float) -> np.ndarray:
    """Glyph c of `font` in a (CELL_H, CELL_W) cell at SCALE x: its advance at the
    pitch, the face's capital H `cap` pixels tall and centred on the cell (ink = 255)."""
    big = 3 * font.size
    im = Image.new("L", (big, big), 0)
    ImageDraw.Draw(im).text((font.size, font.size), c, font=font, fill=255)
    src = np.asarray(im, dtype=np.float32)
    adv = font.getlength("H")
    _, hy0, _, hy1 = font.getbbox("H")
    sx = glyphs.PITCH * SCALE / adv
    sy = cap / (hy1 - hy0)
    w, h = glyphs.CELL_W * SCALE, glyphs.CELL_H * SCALE
    cx, cy = font.size + adv / 2, font.size + (hy0 + hy1) / 2
    m = np.array([[sx, 0, w / 2 - sx * cx], [0, sy, h / 2 - sy * cy]], np.float32)
    return cv2.warpAffine(src, m, (w, h), flags=cv2.INTER_AREA)


def _variations(rng: np.random.Generator, per_class: int) -> list[tuple[float, ...]]:
    """As glyphs.render_prototypes' variations, with the aspect varied by +-10 %."""
    out: list[tuple[float, ...]] = []
    for i in range(per_class):
        if i < 3:  # clean ones, at three blurs
            out.append((0.0, 0.0, 1.0, 1.0, 0.0, (0.4, 1.0, 1.6)[i], 0, 1.0))
            continue
        sx = rng.uniform(0.94, 1.06)
        out.append(
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
    return out


def render_face(
    path: Path, seed: int = 9305, per_class: int = PER_CLASS
) -> tuple[np.ndarray, np.ndarray]:
    """(features (37 * per_class, D) float32 class-major, blur (per_class,)) of one face."""
    rng = np.random.default_rng(seed)
    variations = _variations(rng, per_class)
    cap = _ocrb_cap(SCALE)
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
    blur = np.array([v[5] for v in variations], np.float32)
    return glyphs.features(np.stack(cells)), blur


def render_all(
    faces: tuple[tuple[str, Path], ...] = BUILD_FACES, per_class: int = PER_CLASS
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(names, features (F, 37 * per_class, D), blur (per_class,)) of the faces found."""
    names, feats = [], []
    blur = np.zeros(0, np.float32)
    for name, path in faces:
        if not path.exists():
            log.warning("MRZ face %s missing (%s): not used", name, path)
            continue
        f, blur = render_face(path, per_class=per_class)
        names.append(name)
        feats.append(f)
    if not feats:
        raise FileNotFoundError("no monospace face of BUILD_FACES is installed")
    return names, np.stack(feats), blur


def build_resources(resources_dir: Path) -> None:
    """The build step (scripts/build_resources.py EXTRA_STEPS)."""
    out = resources_dir / RESOURCE
    if out.exists():
        with np.load(out) as z:
            if int(z["version"]) == VERSION:
                return
    out.parent.mkdir(parents=True, exist_ok=True)
    names, feats, blur = render_all()
    tmp = out.with_suffix(".tmp.npz")
    np.savez_compressed(
        tmp,
        names=np.array(names),
        features=feats.astype(np.float16),
        blur=blur,
        version=VERSION,
    )
    tmp.replace(out)
    print(f"build_resources: wrote {out} ({len(names)} faces besides OCR-B)")


def load(resources_dir: Path) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(names, features, blur) from resources/, or rendered now (some 3 s) when the
    file is missing or stale."""
    path = resources_dir / RESOURCE
    try:
        with np.load(path) as z:
            if int(z["version"]) == VERSION:
                names = [str(s) for s in z["names"]]
                return names, z["features"].astype(np.float32), z["blur"]
    except (OSError, KeyError, ValueError):
        pass
    log.info("MRZ face prototypes not found in %s: rendering them", path.parent)
    return render_all()
