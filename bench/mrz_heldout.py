"""A third document-photo generator, the held-out set of the look-alike classifier.

Written first, before the classifier (issue 10, item 8), committed, and not run while
developing: bench_mrz scores it once, at the end. It differs from
tests/documents/synth.py and bench/mrz_variant.py (both development data now) in:

- fonts: OCR-B in its Debian regular and "Sharp" cuts, and one document in eight in a
  non-OCR-B monospaced face (Noto Sans Mono CJK's Latin, which no training or
  development step uses), scaled so its cap height and advance match the MRZ's;
- kerning: a pitch from 2.35 to 2.65 mm, a per-line drift of the advance, and pairs
  set closer or wider as a re-typesetting program's kerning table would;
- paper: a laminate's holographic rainbow band over the MRZ, security micro-text lines
  in the background, a cloth or wood-grain table, and a crease across the document;
- phone: downscaled so the MRZ is 150-300 dpi, defocus (a disc, not a Gaussian),
  low-light shot noise that depends on brightness, a white-balance cast, rotation up
  to 25 degrees, and JPEG compressed twice (a messaging app re-compresses).

Seeds start at 900 000 (never used elsewhere).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from tests.documents import synth

SEED = 900_000
OCRB_SHARP = Path("/usr/share/fonts/opentype/ocr-b/OCRBS.otf")
NOTO_MONO = (Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"), 8)
MICRO = "UTOPIAREPUBLICPASSPORTSECURITY"


@dataclass(frozen=True)
class HeldOut:
    seed: int
    format: str
    font: str
    lines: tuple[str, ...]
    jpeg: bytes


def _font(choice: str, px: float) -> ImageFont.FreeTypeFont:
    if choice == "noto-mono":
        path, index = NOTO_MONO
        return ImageFont.truetype(str(path), max(4, round(px)), index=index)
    path = synth.OCRB if choice == "ocrb" else OCRB_SHARP
    return ImageFont.truetype(str(path), max(4, round(px)))


def _cap_height(font: ImageFont.FreeTypeFont) -> float:
    box = font.getbbox("H")
    return float(box[3] - box[1])


def _matched_font(choice: str, cap_px: float) -> ImageFont.FreeTypeFont:
    """A font of `choice` whose capital H is cap_px high."""
    probe = _font(choice, 100)
    return _font(choice, 100 * cap_px / max(1.0, _cap_height(probe)))


def _micro_text(page: Image.Image, rng: np.random.Generator) -> None:
    """Lines of tiny repeated text across the page, as security printing has."""
    h = page.size[1]
    draw = ImageDraw.Draw(page)
    px = max(6, round(rng.uniform(0.9, 1.4) * synth.PX_PER_MM))
    font = ImageFont.truetype(str(synth.SANS), px)
    colour = tuple(int(v) for v in rng.integers(150, 215, 3))
    step = rng.uniform(2.0, 4.0) * synth.PX_PER_MM
    y = rng.uniform(0, step)
    while y < h:
        draw.text((-rng.uniform(0, 40), y), MICRO * 8, font=font, fill=colour)
        y += step


def _page(
    fmt: str, lines: tuple[str, ...], font_choice: str, rng: np.random.Generator
) -> Image.Image:
    page = synth.render_page(fmt, (), rng, "medium")
    if rng.random() < 0.6:
        _micro_text(page, rng)
    w, h = page.size
    ocrb = synth._font(synth.OCRB, synth.PITCH_MM * synth.PX_PER_MM / 0.723)
    cap = _cap_height(ocrb) * rng.uniform(0.9, 1.08)
    font = _matched_font(font_choice, cap)
    pitch = rng.uniform(2.35, 2.65) * synth.PX_PER_MM
    spacing = rng.uniform(3.7, 4.7) * synth.PX_PER_MM
    bottom = h - rng.uniform(3.0, 5.5) * synth.PX_PER_MM
    y0 = bottom - max(len(lines), 2) * spacing
    x0 = max(4.0, (w - len(lines[0]) * pitch) / 2 + rng.uniform(-1.5, 1.5) * synth.PX_PER_MM)
    # A kerning table: some character pairs closer or wider by a fixed amount.
    kern = {
        (a, b): rng.normal(0, 0.06) * pitch
        for a in "AVWTLY01<"
        for b in "AVWTOY0<"
        if rng.random() < 0.4
    }
    layer = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(layer)
    for i, line in enumerate(lines):
        drift = rng.normal(0, 0.012) * pitch  # this line's advance, a little off
        x = x0 + rng.normal(0, 0.2) * synth.PX_PER_MM
        prev = ""
        for c in line:
            x += kern.get((prev, c), 0.0)
            # Centre each glyph in its cell, whatever the face's own advance.
            adv = font.getlength(c)
            draw.text((x + (pitch - adv) / 2, y0 + i * spacing), c, font=font, fill=255)
            x += pitch + drift
            prev = c
    alpha = np.asarray(layer, dtype=np.float32) / 255.0
    ink = float(rng.integers(0, 65))
    arr = np.asarray(page, dtype=np.float32)
    arr = arr * (1 - alpha[..., None]) + ink * alpha[..., None]
    # A laminate's holographic band: a rainbow tint in a soft stripe over the MRZ.
    if rng.random() < 0.5:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        centre = y0 + rng.uniform(-0.5, 1.5) * spacing
        band = np.exp(-(((yy - centre) / rng.uniform(4, 12) / synth.PX_PER_MM) ** 2))
        phase = xx / rng.uniform(20, 60) + yy / rng.uniform(30, 90)
        rainbow = np.stack([np.sin(phase + k * 2.1) for k in range(3)], axis=-1)
        arr += rainbow * band[..., None] * rng.uniform(15, 45)
    # A crease across the document: a thin dark line and a light one beside it.
    if rng.random() < 0.35:
        crease = np.zeros((h, w), np.float32)
        xa, xb = rng.uniform(0, w, 2)
        cv2.line(crease, (int(xa), 0), (int(xb), h), 1.0, 2)
        crease = cv2.GaussianBlur(crease, (0, 0), 1.5)
        shifted = np.roll(crease, 3, axis=1)
        arr += (shifted - crease)[..., None] * rng.uniform(20, 50)
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8))


def _table(img: np.ndarray, mask: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Replace the plain background with wood grain or cloth."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if rng.random() < 0.5:
        wobble = cv2.resize(rng.normal(0, 1, (8, 8)).astype(np.float32), (w, h)) * 25
        grain = np.sin((yy + wobble) / rng.uniform(3, 9)) * 0.5 + 0.5
        base = np.array([40, 80, 130], np.float32) * rng.uniform(0.7, 1.3)
        table = base[None, None, :] * (0.7 + 0.5 * grain[..., None])
    else:
        weave = (np.sin(xx / 1.7) * np.sin(yy / 1.7)) * 0.5 + 0.5
        base = rng.integers(30, 200, 3).astype(np.float32)
        table = base[None, None, :] * (0.8 + 0.3 * weave[..., None])
    inside = mask[..., None] > 0
    return np.where(inside, img, table.clip(0, 255).astype(np.uint8))


def _phone(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    out = img.astype(np.float32)
    # Defocus: a disc kernel.
    r = int(rng.integers(0, 3))
    if r:
        k = np.zeros((2 * r + 1, 2 * r + 1), np.float32)
        cv2.circle(k, (r, r), r, 1.0, -1)
        out = cv2.filter2D(out, -1, k / k.sum())
    # White balance cast.
    out *= rng.uniform(0.85, 1.15, 3)[None, None, :]
    # Low light: shot noise grows with brightness, then read noise.
    gain = rng.uniform(0.5, 3.0)
    out = rng.poisson(np.clip(out, 0, 255) / gain) * gain
    out = out + rng.normal(0, rng.uniform(1, 5), out.shape)
    return out.clip(0, 255).astype(np.uint8)


def sample(seed: int, today: dt.date | None = None) -> HeldOut:
    rng = np.random.default_rng(seed)
    fmt, lines = synth.random_mrz(rng, today)
    font_choice = str(rng.choice(["ocrb", "ocrb-sharp", "noto-mono"], p=[0.7, 0.175, 0.125]))
    page = _page(fmt, lines, font_choice, rng)
    level = str(rng.choice(["easy", "medium", "hard"], p=[0.35, 0.45, 0.2]))
    prm = dict(synth.PARAMS[level])
    prm["rot"] = float(rng.choice([prm["rot"], 25.0], p=[0.7, 0.3]))
    # The MRZ at 150-300 dpi: 6-12 pixels per millimetre on the document.
    dpmm = rng.uniform(150, 300) / 25.4
    pw = page.size[0]
    frac = float(np.clip(dpmm / synth.PX_PER_MM * pw / 1280, 0.3, 0.95))
    prm["width"] = (frac * 0.95, frac)
    img = synth.photograph(page, rng, level, params=prm)
    # The table where no document is: the convex hull of the largest bright region.
    gray = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
    _, bright = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    mask = np.full(gray.shape, 255, np.uint8)
    if contours:
        hull = cv2.convexHull(max(contours, key=cv2.contourArea))
        mask[:] = 0
        cv2.fillPoly(mask, [hull], 255)
    img = _table(img, mask, rng)
    img = _phone(img, rng)
    first = synth.to_jpeg(img, int(rng.integers(70, 95)))
    decoded = cv2.imdecode(np.frombuffer(first, np.uint8), cv2.IMREAD_COLOR)
    jpeg = synth.to_jpeg(decoded, int(rng.integers(55, 85)))
    return HeldOut(seed, fmt, font_choice, lines, jpeg)
