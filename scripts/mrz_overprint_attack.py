"""Attack pages aimed at a mark over the MRZ that completes another letter (issue 10:
an F closed into a P, a bar before a filler `<` making a K, read so and reported VALID:
9303's weights times 10 are 0 modulo 10, and names have no check digit at all).

heldout20's renderer, its plan altered: wholly OCR-B pages, printed VALID, never a
thumbnail; after the page is printed, 1-4 marks are drawn over or beside characters of
its MRZ in the page's white light and infrared (a pen's dye ink, blue or red, is gone in
infrared; black is not). Kinds of mark:
  complete  the strokes of another letter the printed one lacks (COMPLETIONS: the
            target glyph, shifted to overlap the printed one best, less the printed
            ink), drawn by a pen of 0.8-3 print stroke widths, a little off and turned;
  bar       a straight pen stroke beside a character, half to a whole character tall
            (or across it, lying), 0.2-0.65 of a cell off its ink;
  arc       a curved stub (a piece of a circle) beside a character;
  blot      a filled ink spot 0.15-0.35 of a cell;
  stamp     a fragment of a round stamp's rim crossing the zone, thin, coloured.
Ink black, blue or red, 0.5-1.0 of full density (lighter or darker than the print).
The page's truth (printed lines, valid) is the plan's: the marks change no character.
Seeds 9_700_000+ (bench/results/mrz_overprint.md).

    from scripts.mrz_overprint_attack import sample
    shot = sample(9_700_003, today=bench.bench_mrz.TODAY)
    MARKS[9_700_003]  # what was drawn where (kind, line, cell, printed, target, ink...)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
import sys
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import mrz_heldout20 as H

SEED = 9_700_000
# printed -> the letters a mark can make of it (the pairs, and a few more)
COMPLETIONS = {
    "F": "PEBR",
    "P": "RB",
    "C": "GO",
    "O": "Q",
    "I": "T",
    "L": "E",
    "E": "B",
    "V": "Y",
    "<": "KX",
    "1": "T",
    "3": "8",
}
INKS = {  # white-light reflectance; infrared: how much of it a full stroke takes
    "black": (np.array([0.08, 0.08, 0.10], np.float32), 0.85),
    "blue": (np.array([0.15, 0.22, 0.62], np.float32), 0.08),
    "red": (np.array([0.78, 0.16, 0.16], np.float32), 0.08),
}
KINDS = (("complete", 0.55), ("bar", 0.15), ("arc", 0.1), ("blot", 0.1), ("stamp", 0.1))
# the drawing scale of a mark: capitals 100 px in a cell 2 capitals tall, the baseline
# at row 150 (as H.glyph draws)
CAP = 100
BASE = 150


@dataclasses.dataclass(frozen=True)
class Mark:
    kind: str
    line: int
    cell: int
    printed: str
    target: str  # the letter a completion aims at ("" otherwise)
    ink: str
    density: float
    width: float  # pen stroke in print stroke widths


_real_plan = H.plan
_real_zone = H._zone
_real_page = H._page


def _base_seed(seed: int, today: dt.date) -> int:
    """A heldout20 seed with an MRZ, not a thumbnail."""
    s = H.SEED + (seed - SEED) % 2000
    while True:
        p = _real_plan(s, today)
        if not p.no_mrz and p.capture != "thumbnail":
            return s
        s += 1


def plan(seed: int, today: dt.date) -> H.Plan:
    p = _real_plan(_base_seed(seed, today), today)
    return dataclasses.replace(
        p,
        seed=seed,
        printed=p.composed,
        valid=True,
        misprint="",
        face=H.FacePlan("ocrb"),
    )


@functools.lru_cache(maxsize=256)
def _ocrb(ch: str) -> np.ndarray:
    return H.glyph("ocrb", ch, CAP, round(CAP * 1.06))


def _stroke_px() -> float:
    """OCR-B's stroke width at CAP (the I's stem)."""
    g = _ocrb("I")[BASE - CAP // 2]
    return float((g > 0.5).sum())


@functools.lru_cache(maxsize=64)
def completion(src: str, dst: str) -> np.ndarray:
    """The strokes of `dst` that `src` lacks (0/1, H.glyph's frame at CAP): `dst` shifted
    sideways to overlap `src` best, less `src`'s ink grown by a little, pieces too small
    to be strokes dropped."""
    s, t = _ocrb(src), _ocrb(dst)
    best = max(range(-15, 16), key=lambda dx: float(np.minimum(s, np.roll(t, dx, 1)).sum()))
    ts = np.roll(t, best, 1)
    grown = cv2.dilate((s > 0.3).astype(np.uint8), np.ones((5, 5), np.uint8))
    m = ((ts > 0.5) & (grown == 0)).astype(np.uint8)
    n, lab, st, _ = cv2.connectedComponentsWithStats(m)
    keep = np.zeros_like(m)
    for i in range(1, n):
        if st[i, cv2.CC_STAT_AREA] >= 30:
            keep[lab == i] = 1
    return keep


def _pen(mask: np.ndarray, width: float) -> np.ndarray:
    """`mask` (strokes of print width) redrawn by a pen `width` print strokes wide."""
    r = round((width - 1.0) * _stroke_px() / 2)
    if r > 0:
        return cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * r + 1,) * 2))
    if r < 0:
        return cv2.erode(mask, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (1 - 2 * r,) * 2))
    return mask


def _drawn(rng: np.random.Generator, kind: str, src: str, dst: str, width: float) -> np.ndarray:
    """A mark in H.glyph's frame at CAP (float 0-1), the printed glyph's cell centred."""
    pitch = round(CAP * 1.06)
    h, w = 2 * CAP, 3 * pitch  # room beside the cell
    out = np.zeros((h, w), np.uint8)
    t = max(1, round(width * _stroke_px()))
    if kind == "complete":
        out[:, pitch : 2 * pitch] = _pen(completion(src, dst), width)
    else:
        g = _ocrb(src)
        cols = np.flatnonzero(g.max(0) > 0.3)
        left, right = (pitch + int(cols[0]), pitch + int(cols[-1])) if len(cols) else (
            pitch + pitch // 4, pitch + 3 * pitch // 4)  # fmt: skip
        side = 1 if rng.random() < 0.5 else -1
        off = float(rng.uniform(0.2, 0.65)) * pitch
        x = right + off if side > 0 else left - off
        tall = float(rng.uniform(0.5, 1.0)) * CAP
        y1 = BASE - float(rng.uniform(0.0, CAP - tall))
        if kind == "bar":
            if rng.random() < 0.75:
                cv2.line(out, (round(x), round(y1 - tall)), (round(x), round(y1)), 1, t)
            else:  # lying: across the cell, above, through or under its middle
                y = round(BASE - float(rng.uniform(-0.1, 1.1)) * CAP)
                cv2.line(out, (left - round(off / 3), y), (right + round(off / 3), y), 1, t)
        elif kind == "arc":
            r = tall / 2
            a0 = float(rng.uniform(0, 360))
            cv2.ellipse(out, (round(x), round(y1 - r)), (round(r * 0.7), round(r)), 0, a0,
                        a0 + float(rng.uniform(90, 200)), 1, t)  # fmt: skip
        else:  # blot
            r = float(rng.uniform(0.15, 0.35)) * pitch / 2
            cv2.ellipse(out, (round(x), round(y1 - tall / 2)), (round(r * 1.2), round(r)),
                        float(rng.uniform(0, 180)), 0, 360, 1, -1)  # fmt: skip
    # a hand: a little off, turned, and not quite the print's size
    ang, k = float(rng.uniform(-4, 4)), float(rng.uniform(0.95, 1.05))
    m = cv2.getRotationMatrix2D((w / 2, BASE - CAP / 2), ang, k)
    m[:, 2] += rng.normal(0, 0.03 * CAP, 2)
    return cv2.warpAffine(out.astype(np.float32), m, (w, h), flags=cv2.INTER_LINEAR)


def _choose(rng: np.random.Generator, printed: tuple[str, ...]) -> list[tuple[str, int, int, str]]:
    """1-4 marks: (kind, line, cell, target), a completion aiming at a letter the printed
    one lacks, never two marks on one cell."""
    spots = [
        (i, k, dst)
        for i, line in enumerate(printed)
        for k, ch in enumerate(line)
        for dst in COMPLETIONS.get(ch, "")
    ]
    out: list[tuple[str, int, int, str]] = []
    used: set[tuple[int, int]] = set()
    kinds, weights = zip(*KINDS, strict=True)
    for _ in range(int(rng.integers(1, 5))):
        kind = str(rng.choice(kinds, p=weights))
        if kind == "complete" and spots:
            i, k, dst = spots[int(rng.integers(len(spots)))]
        else:
            kind = "bar" if kind == "complete" else kind
            i = int(rng.integers(len(printed)))
            k = int(rng.integers(len(printed[i])))
            dst = ""
        if (i, k) in used:
            continue
        used.add((i, k))
        out.append((kind, i, k, dst))
    return out


def _centre(cov: np.ndarray, x: float, y: float, pitch: float, cap: float) -> tuple[float, float]:
    """The printed glyph's ink centre near (x, y) page px (the print's spacing and wave
    move glyphs a little off the zone's grid); (x, y) without ink there."""
    x0, x1 = max(0, round(x - pitch / 2)), round(x + pitch / 2)
    y0, y1 = max(0, round(y - cap * 0.65)), round(y + cap * 0.65)
    win = cov[y0:y1, x0:x1]
    if win.sum() < 1e-3:
        return x, y
    ys, xs = np.mgrid[y0:y1, x0:x1]
    return float((xs * win).sum() / win.sum()), float((ys * win).sum() / win.sum())


def _marked(rng: np.random.Generator, p: H.Plan, page: H.Page, zone: H.Zone) -> list[Mark]:
    """Draws the marks on `page` (in place); what was drawn."""
    res = page.res
    marks: list[Mark] = []
    h, w = page.mrz.shape
    for kind, i, k, dst in _choose(rng, p.printed):
        src = p.printed[i][k]
        ink = str(rng.choice(list(INKS)))
        colour, ir_take = INKS[ink]
        dens = float(rng.uniform(0.5, 1.0))
        width = float(rng.uniform(0.8, 1.6)) if rng.random() < 0.8 else float(rng.uniform(1.6, 3))
        cov = np.zeros((h, w), np.float32)
        if kind == "stamp":
            width = float(rng.uniform(0.6, 1.2))
            r_mm = float(rng.uniform(8, 13))
            xc = zone.x0 + (k + 0.5) * zone.pitch
            yc = zone.baselines[i] - zone.cap / 2
            a = float(rng.uniform(0, 2 * math.pi))
            cx, cy = xc + r_mm * math.cos(a), yc + r_mm * math.sin(a)
            lw = max(1, round(0.35 * width * res))  # a rim 0.2-0.4 mm
            deg = math.degrees(a) + 180
            sweep = math.degrees(3 * zone.pitch / r_mm)
            cv2.ellipse(cov, (round(cx * res * 4), round(cy * res * 4)),
                        (round(r_mm * res * 4),) * 2, 0, deg - sweep, deg + sweep, 1.0, lw,
                        cv2.LINE_AA, 2)  # fmt: skip
        else:
            m = _drawn(rng, kind, src, dst, width)
            s = zone.cap * res / CAP  # page px per mark px
            x, y = (
                (zone.x0 + (k + 0.5) * zone.pitch) * res,
                (zone.baselines[i] - zone.cap / 2) * res,
            )
            x, y = _centre(page.mrz, x, y, zone.pitch * res, zone.cap * res)
            g = _ocrb(src)
            if g.sum() > 0:  # put the printed glyph's ink centre at its centre found
                gy, gx = np.mgrid[0 : g.shape[0], 0 : g.shape[1]]
                gcx, gcy = (gx * g).sum() / g.sum() + g.shape[1], (gy * g).sum() / g.sum()
            else:
                gcx, gcy = m.shape[1] / 2, BASE - CAP / 2
            aff = np.array([[s, 0, x - s * gcx], [0, s, y - s * gcy]], np.float32)
            cov = cv2.warpAffine(m, aff, (w, h), flags=cv2.INTER_AREA)
        cov = np.clip(cov, 0, 1) * dens
        page.white *= 1 - cov[..., None] * (1 - colour)
        page.ir *= 1 - cov * ir_take
        marks.append(Mark(kind, i, k, src, dst, ink, round(dens, 2), round(width, 2)))
    return marks


MARKS: dict[int, list[Mark]] = {}  # seed -> the marks `sample` drew on its page


def sample(seed: int, *, today: dt.date) -> H.Shot:
    """The page of `seed` with its marks (in MARKS[seed]); heldout20's own plan, zone
    and page are back in place afterwards."""
    zones: list[H.Zone] = []

    def zone(rng: np.random.Generator, p: H.Plan, sheet: tuple[float, float]) -> H.Zone:
        z = _real_zone(rng, p, sheet)
        zones.append(z)
        return z

    def page(rng: np.random.Generator, p: H.Plan, res: float) -> H.Page:
        pg = _real_page(rng, p, res)
        MARKS[seed] = _marked(np.random.default_rng([seed, 9700]), p, pg, zones[-1])
        return pg

    H.plan, H._zone, H._page = plan, zone, page
    try:
        shot = H.sample(seed, today=today)
    finally:
        H.plan, H._zone, H._page = _real_plan, _real_zone, _real_page
    return shot


def unmarked(seed: int, *, today: dt.date) -> H.Shot:
    """The same page without its marks (for what the marks alone changed)."""
    H.plan = plan
    try:
        return H.sample(seed, today=today)
    finally:
        H.plan = _real_plan
