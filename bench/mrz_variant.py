"""A second document-photo generator for the held-out MRZ benchmark.

Written after the OCR's development and never used while tuning it (its results are
scored once, at the end). It differs from tests/documents/synth.py where real
captures differ from that generator: the MRZ's kerning (a pitch from 2.40 to 2.70 mm
and a per-character advance that wanders, as printers and re-typeset specimens do),
stroke weight (bolder or thinner ink), paper (fibres, grain, a coloured wash), and the
phone (rotation up to 25 degrees, motion blur along a direction, sharpening halos,
colour noise in the chroma, vignetting, a rolling exposure band).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageDraw

from tests.documents import synth


@dataclass(frozen=True)
class Variant:
    seed: int
    format: str
    lines: tuple[str, ...]
    jpeg: bytes


def _paper(page: Image.Image, rng: np.random.Generator) -> Image.Image:
    arr = np.asarray(page, dtype=np.float32)
    h, w = arr.shape[:2]
    grain = cv2.GaussianBlur(rng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 1.2)
    arr += grain[..., None] * rng.uniform(3, 9)
    tint = rng.uniform(-12, 6, 3).astype(np.float32)
    arr += tint[None, None, :]
    fibres = np.zeros((h, w), np.uint8)
    for _ in range(int(rng.integers(40, 160))):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        a = rng.uniform(0, math.pi)
        ln = rng.uniform(5, 30)
        p0 = (int(x), int(y))
        p1 = (int(x + ln * math.cos(a)), int(y + ln * math.sin(a)))
        cv2.line(fibres, p0, p1, 255, 1)
    arr -= (fibres[..., None] / 255.0) * rng.uniform(10, 35)
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8))


def _mrz_page(fmt: str, lines: tuple[str, ...], rng: np.random.Generator) -> Image.Image:
    """synth's page without its MRZ, then the MRZ with another kerning and weight."""
    page = synth.render_page(fmt, (), rng, "medium")
    w, h = page.size
    pitch_mm = rng.uniform(2.40, 2.70)
    pitch = pitch_mm * synth.PX_PER_MM
    size_scale = rng.uniform(0.92, 1.06)
    font = synth._font(synth.OCRB, size_scale * synth.PITCH_MM * synth.PX_PER_MM / 0.723)
    spacing = rng.uniform(3.8, 4.8) * synth.PX_PER_MM
    bottom = h - rng.uniform(3.0, 5.5) * synth.PX_PER_MM
    y0 = bottom - max(len(lines), 2) * spacing
    mrz_w = len(lines[0]) * pitch
    x0 = max(5.0, (w - mrz_w) / 2 + rng.uniform(-1.5, 1.5) * synth.PX_PER_MM)
    wander = rng.uniform(0.0, 0.08) * pitch  # per-character advance jitter (kerning)
    layer = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(layer)
    for i, line in enumerate(lines):
        x = x0
        for c in line:
            draw.text((x, y0 + i * spacing), c, font=font, fill=255)
            x += pitch + rng.normal(0, wander)
    alpha = np.asarray(layer, dtype=np.float32) / 255.0
    weight = int(rng.choice([-1, 0, 0, 1, 2]))
    if weight:
        kernel = np.ones((abs(weight) + 1,) * 2, np.uint8)
        alpha = cv2.dilate(alpha, kernel) if weight > 0 else cv2.erode(alpha, kernel)
    ink = float(rng.integers(0, 70))
    arr = np.asarray(page, dtype=np.float32)
    arr = arr * (1 - alpha[..., None]) + ink * alpha[..., None]
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8))


def _phone(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    out = img.astype(np.float32)
    h, w = out.shape[:2]
    # Motion blur along a random direction.
    length = int(rng.integers(1, 5))
    if length > 1:
        k = np.zeros((length * 2 + 1, length * 2 + 1), np.float32)
        a = rng.uniform(0, math.pi)
        c = length
        cv2.line(k, (int(c - c * math.cos(a)), int(c - c * math.sin(a))),
                 (int(c + c * math.cos(a)), int(c + c * math.sin(a))), 1.0, 1)  # fmt: skip
        out = cv2.filter2D(out, -1, k / k.sum())
    # Sharpening halos (phone post-processing).
    if rng.random() < 0.6:
        soft = cv2.GaussianBlur(out, (0, 0), rng.uniform(1.0, 2.5))
        out = out + rng.uniform(0.3, 1.0) * (out - soft)
    # Vignetting and a rolling exposure band.
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    r2 = ((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2
    out *= (1 - rng.uniform(0.05, 0.3) * r2)[..., None]
    if rng.random() < 0.4:
        band = 1 + rng.uniform(0.03, 0.1) * np.sin(yy / rng.uniform(15, 60) + rng.uniform(0, 6))
        out *= band[..., None]
    # Colour noise in the chroma and luma noise.
    ycc = cv2.cvtColor(out.clip(0, 255).astype(np.uint8), cv2.COLOR_BGR2YCrCb).astype(np.float32)
    ycc[..., 0] += rng.normal(0, rng.uniform(2, 8), (h, w))
    chroma = cv2.resize(
        rng.normal(0, rng.uniform(3, 10), (h // 4, w // 4, 2)).astype(np.float32), (w, h)
    )
    ycc[..., 1:] += chroma
    return cv2.cvtColor(ycc.clip(0, 255).astype(np.uint8), cv2.COLOR_YCrCb2BGR)


def sample(seed: int, today: dt.date | None = None) -> Variant:
    rng = np.random.default_rng(seed)
    fmt, lines = synth.random_mrz(rng, today)
    page = _paper(_mrz_page(fmt, lines, rng), rng)
    level = str(rng.choice(["easy", "medium", "hard"], p=[0.3, 0.5, 0.2]))
    prm = dict(synth.PARAMS[level])
    if rng.random() < 0.25:  # a phone held at an angle over the counter
        prm["rot"] = 25
    img = synth.photograph(page, rng, level, params=prm)
    img = _phone(img, rng)
    jpeg = synth.to_jpeg(img, int(rng.integers(50, 92)))
    return Variant(seed, fmt, lines, jpeg)
