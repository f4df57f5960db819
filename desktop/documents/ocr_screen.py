"""A photographed screen's pixel grid: detected in the spectrum and notched out.

A kiosk or phone showing the data page, photographed again at 1-1.5 camera pixels per
screen pixel, carries the screen's grid and subpixel stripes as a moire: a square lattice
of narrow spectral peaks (periods of 3-7 px here). The locator's adaptive threshold binarises
it as ink that welds the characters (bench/results/mrz_heldout22_diagnosis.md, cause 1).
Text, guilloche and paper give broad spectra or peaks in one direction only, so the
detector asks for a narrow peak in two directions at least 30 degrees apart; only then is
the picture filtered, by notches at the peaks (the glyphs' edges keep their sharpness,
which the 0/O and 8/B width rules rest on; a Gaussian blur would not keep it).
Measured populations and margins: bench/results/mrz_screens.md."""

from __future__ import annotations

import dataclasses

import cv2
import numpy as np

CROP = 512  # the spectrum of the picture's central CROP x CROP pixels (cost ~10 ms)
LOW = 0.08  # cycles/px: below this, the text's own energy (and the page's layout)
# A peak's height over its neighbourhood in the log power spectrum (natural log). Screens
# measure 9.5-12.7 in the second direction, ordinary pictures at most 4.0 on heldout22
# (all populations in bench/results/mrz_screens.md).
SCREEN_MIN = 7.0
NOTCH_MIN = 6.0  # every local peak this high is notched (the lattice and its harmonics)
NOTCH_MAX = 12  # at most this many peaks (half-planes' pairs notched together)
NOTCH_WIDTH = 0.012  # cycles/px, the notches' Gaussian sigma (~6 bins of the crop)
TWO_DIRECTIONS = np.radians(30)


@dataclasses.dataclass(frozen=True)
class Texture:
    """The strongest narrow peak (`first`) and the strongest at least 30 degrees from
    it (`second`), as heights in the log spectrum; `peaks`: (fx, fy) in cycles/px of
    every local peak at NOTCH_MIN or more."""

    first: float
    second: float
    peaks: tuple[tuple[float, float], ...]

    @property
    def screen(self) -> bool:
        return self.second >= SCREEN_MIN


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
    band = np.hypot(fx, fy) > LOW
    r1 = np.where(band, rise, -np.inf)
    i = np.unravel_index(int(np.argmax(r1)), r1.shape)
    angle = np.arctan2(fy, fx)
    apart = np.abs((angle - angle[i] + np.pi / 2) % np.pi - np.pi / 2) > TWO_DIRECTIONS
    r2 = np.where(apart, r1, -np.inf)
    j = np.unravel_index(int(np.argmax(r2)), r2.shape)
    local = (rise == cv2.dilate(rise, np.ones((5, 5), np.uint8))) & band & (rise >= NOTCH_MIN)
    ys, xs = np.nonzero(local)
    order = np.argsort(-rise[ys, xs])[:NOTCH_MAX]
    peaks = tuple((float(fx[ys[k], xs[k]]), float(fy[ys[k], xs[k]])) for k in order)
    return Texture(float(r1[i]), float(r2[j]), peaks)


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
