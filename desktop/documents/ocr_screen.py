"""A photographed screen's pixel grid: detected in the spectrum and notched out.

A kiosk or phone showing the data page, photographed again at 1-1.5 camera pixels per
screen pixel, carries the screen's grid and subpixel stripes as a moire: a square lattice
of narrow spectral peaks (periods of 3-7 px here). The locator's adaptive threshold
binarises it as ink that welds the characters (bench/results/mrz_heldout22_diagnosis.md,
cause 1). Text and paper give broad spectra, line screens and fax lines one direction,
guilloche and halftones other angles, so the detector asks for a square lattice: a narrow
peak and its partner turned 90 degrees. Only then is the picture filtered, by notches at
the peaks: the glyphs' edges keep their sharpness, which the 0/O and 8/B width rules
rest on (a Gaussian blur would not keep it, and read fewer pages).
Measured populations and margins: bench/results/mrz_screens.md."""

from __future__ import annotations

import dataclasses

import cv2
import numpy as np

CROP = 512  # the spectrum of the picture's central CROP x CROP px (texture: ~20 ms)
LOW = 0.08  # cycles/px: below this, the text's own energy (and the page's layout)
# A peak's height over its neighbourhood in the log power spectrum (natural log), the
# lattice's lower side: heldout22's LCD pages 9.48-12.65, ordinary pictures of ext-mrz
# and heldout12-22 at most 5.66 (populations in bench/results/mrz_screens.md).
SCREEN_MIN = 7.0
NOTCH_MIN = 6.0  # every local peak this high is notched (the lattice and its harmonics)
NOTCH_MAX = 12  # at most this many peaks (a peak and its mirror count as two)
NOTCH_WIDTH = 0.012  # cycles/px, the notches' Gaussian sigma (~6 bins of the crop)
CANDIDATES = 8  # the strongest local peaks tried as one side of the lattice
PARTNER = 0.12  # the partner's disc: this share of the peak's frequency (~7 degrees)


@dataclasses.dataclass(frozen=True)
class Texture:
    """The strongest narrow peak (`first`) and the square lattice's (`lattice`: a peak
    and its partner at 90 degrees, the lower of the two), as heights in the log
    spectrum; `peaks`: (fx, fy) in cycles/px of every local peak at NOTCH_MIN or more."""

    first: float
    lattice: float
    peaks: tuple[tuple[float, float], ...]

    @property
    def screen(self) -> bool:
        return self.lattice >= SCREEN_MIN


def texture(gray: np.ndarray) -> Texture:
    """The periodic texture of a gray picture's centre (see the module's comment)."""
    h, w = gray.shape[:2]
    y0, x0 = max(0, (h - CROP) // 2), max(0, (w - CROP) // 2)
    a = gray[y0 : y0 + CROP, x0 : x0 + CROP].astype(np.float32)
    if min(a.shape) < 64:
        return Texture(0.0, 0.0, ())
    a -= float(a.mean())
    # A window: the crop's edges would otherwise put lines through the spectrum's axes.
    a *= np.outer(np.hanning(a.shape[0]), np.hanning(a.shape[1])).astype(np.float32)
    power = np.abs(np.fft.fftshift(np.fft.fft2(a))) ** 2
    log = np.log(power + 1e-6).astype(np.float32)
    # Height over a broad local background: a narrow peak stands out, text does not.
    rise = log - cv2.blur(cv2.medianBlur(log, 5), (9, 9))
    rows, cols = rise.shape
    fx, fy = np.meshgrid((np.arange(cols) - cols // 2) / cols, (np.arange(rows) - rows // 2) / rows)
    radius = np.hypot(fx, fy)
    band = radius > LOW
    local = (rise == cv2.dilate(rise, np.ones((5, 5), np.uint8))) & band
    ys, xs = np.nonzero(local)
    order = np.argsort(-rise[ys, xs])
    # A pixel grid is a square lattice: a peak and its partner turned 90 degrees, as
    # far from the origin. The partner is looked for in a disc around that point (a
    # tilted or keystoned screen bends the lattice a little); the lattice's height is
    # the lower of the two, the best over the strongest candidates.
    lattice = 0.0
    for k in order[:CANDIDATES]:
        px, py = float(fx[ys[k], xs[k]]), float(fy[ys[k], xs[k]])
        reach = PARTNER * float(np.hypot(px, py))
        # The disc's bounding window only (the whole spectrum cost ~2 ms per candidate).
        r0, r1 = _span(rows // 2 + px * rows, reach * rows, rows)
        c0, c1 = _span(cols // 2 - py * cols, reach * cols, cols)
        win = (slice(r0, r1), slice(c0, c1))
        near = (np.hypot(fx[win] + py, fy[win] - px) <= reach) & band[win]
        partner = float(rise[win][near].max(initial=-np.inf))
        lattice = max(lattice, min(float(rise[ys[k], xs[k]]), partner))
    strong = order[rise[ys[order], xs[order]] >= NOTCH_MIN][:NOTCH_MAX]
    peaks = tuple((float(fx[ys[k], xs[k]]), float(fy[ys[k], xs[k]])) for k in strong)
    first = float(rise[ys[order[0]], xs[order[0]]]) if len(order) else 0.0
    return Texture(first, lattice, peaks)


def _span(centre: float, half: float, size: int) -> tuple[int, int]:
    """Indices [lo, hi) covering centre +- half (one index spare each side), clipped."""
    return max(0, int(np.floor(centre - half)) - 1), min(size, int(np.ceil(centre + half)) + 2)


def without_grid(gray: np.ndarray, peaks: tuple[tuple[float, float], ...]) -> np.ndarray:
    """The picture with Gaussian notches at `peaks` (and their mirror images)."""
    h, w = gray.shape[:2]
    spectrum = np.fft.fft2(gray.astype(np.float32))
    fx, fy = np.meshgrid(np.fft.fftfreq(w), np.fft.fftfreq(h))
    keep = np.ones((h, w), np.float64)
    for px, py in peaks:
        for sx, sy in ((px, py), (-px, -py)):
            keep *= 1 - np.exp(-((fx - sx) ** 2 + (fy - sy) ** 2) / (2 * NOTCH_WIDTH**2))
    out = np.real(np.fft.ifft2(spectrum * keep))
    return np.clip(np.rint(out), 0, 255).astype(np.uint8)
