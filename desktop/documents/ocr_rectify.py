"""OCR stage 2, rectify: each located line warped onto a grid with a 24-pixel pitch:
its ends found again in a provisional strip, light flattened, components counted step
by step so that perspective cannot shift them a cell; candidate placements of each
line's first character; the slant of the characters from the MRZ's columns
(ocr.py runs the stages).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import cv2
import numpy as np

from desktop.documents import glyphs
from desktop.documents.ocr_locate import _Line, _polyfit, components_with_stats

if TYPE_CHECKING:
    from desktop.documents.ocr_cells import _LineCells


PITCH = glyphs.PITCH


MARGIN = 2 * PITCH


STRIP_H = 3 * PITCH

TALLEST = 1.7  # a strip component's largest height, in pitches (the band is 1.8)
# A line whose letters and digits stand this tall (pitches) is a condensed face
# (OCR-B's stand about 1.0; mrz_heldout5's re-typeset 1500170, 1500081: 1.4).
CONDENSED = 1.25


def _warp_line(
    gray: np.ndarray, a: np.ndarray, b: np.ndarray, n: int
) -> tuple[np.ndarray, np.ndarray]:
    """The strip in which the points a and b (image coordinates) are the centres of the
    first and last of n cells; returns it and the affine map image -> strip.

    One similarity transform per line: two or three lines are too close together to
    estimate perspective from (a wrong perspective bends the grid); what perspective
    remains along a line is absorbed by the per-line fit in `_cells`."""
    x0, x1 = MARGIN + PITCH / 2, MARGIN + (n - 0.5) * PITCH
    yc = STRIP_H / 2
    d = b - a
    length = max(float(np.hypot(*d)), 1.0)
    normal = np.array([-d[1], d[0]]) / length
    scale = (x1 - x0) / length
    c = a + normal * (PITCH / scale)
    m = cv2.getAffineTransform(
        np.float32([a, b, c]), np.float32([[x0, yc], [x1, yc], [x0, yc + PITCH]])
    )
    width = round(n * PITCH + 2 * MARGIN)
    strip = cv2.warpAffine(
        gray, m, (width, STRIP_H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    return strip, m


_CLOSE_KERNEL = cv2.getStructuringElement(cv2.MORPH_RECT, (PITCH, PITCH))


def _strip_components(strip: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Centres (x, y) and heights of character-sized components near the centre row."""
    yc = STRIP_H / 2
    y_lo, y_hi = round(yc - 0.9 * PITCH), round(yc + 0.9 * PITCH)
    # Light often falls unevenly along a line: divide by the local paper brightness
    # (a closing removes the ink) before one Otsu threshold.
    paper = cv2.morphologyEx(strip, cv2.MORPH_CLOSE, _CLOSE_KERNEL)
    flat = cv2.divide(strip, paper, scale=255)
    band = flat[y_lo:y_hi]
    t, bw = cv2.threshold(band, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    x, y, h, box = _sized(bw)
    ink = float(np.percentile(band, 2))
    if t > (ink + 255) / 2:
        # Where the security background's fine lines cross the MRZ, Otsu counts them as
        # ink and welds characters together into blobs of no character's size. The MRZ's
        # ink is far darker: halfway from it to the paper parts them, but breaks faded
        # characters, so it only adds the components that Otsu's do not already cover.
        _, strict = cv2.threshold(band, (ink + 255) / 2, 255, cv2.THRESH_BINARY_INV)
        x2, y2, h2, _ = _sized(strict)
        inside = (
            (x2[:, None] >= box[None, :, 0])
            & (x2[:, None] <= box[None, :, 0] + box[None, :, 2])
            & (y2[:, None] >= box[None, :, 1])
            & (y2[:, None] <= box[None, :, 1] + box[None, :, 3])
        ).any(axis=1)
        x, y, h = (np.concatenate([a, b[~inside]]) for a, b in ((x, x2), (y, y2), (h, h2)))
    if len(h) >= 8:
        # Taller than OCR-B's characters only where the line's own characters are (a
        # condensed face): elsewhere such a component is a character welded to a mark.
        tall = float(np.median(h[h >= 0.85 * np.percentile(h, 75)]))
        keep = h <= (1.25 * tall if tall >= CONDENSED * PITCH else 1.4 * PITCH)
        x, y, h = x[keep], y[keep], h[keep]
    return x, y + y_lo, h


def _sized(bw: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Centres, heights and boxes of the character-sized components of a binary band."""
    _, _, st, ce = components_with_stats(bw)
    st, ce = st[1:], ce[1:]
    # Up to 1.7 pitches tall: re-typeset specimens in a condensed face, or a page seen
    # foreshortened across its lines, show characters half as tall again as OCR-B's.
    good = (st[:, 3] >= 0.45 * PITCH) & (st[:, 3] <= TALLEST * PITCH) & (st[:, 2] <= 1.25 * PITCH)
    return ce[good, 0], ce[good, 1], st[good, 3].astype(np.float64), st[good, :4]


def _index_by_steps(xs: np.ndarray, pitch: float) -> tuple[np.ndarray, np.ndarray]:
    """Cell index of each (sorted) component counted step by step outwards from one
    near the middle, and which components sit a whole number of cells from their
    neighbour.

    Perspective makes the pitch drift along a line by more than half a cell, so a
    global grid would put characters in the wrong cells; neighbour steps do not. A
    component two and a half cells away (a mark, the edge of the page) is no character
    and is not counted from. The count starts from each of the few components nearest
    the middle and keeps the start that puts the most components on whole steps: a
    fragment of guilloche there would put every step half a cell off."""
    n = len(xs)
    mid = n // 2
    best: tuple[np.ndarray, np.ndarray] | None = None
    for start in sorted(range(max(0, mid - 2), min(n, mid + 3)), key=lambda k: abs(k - mid)):
        j, good = _steps_from(xs, pitch, start)
        if best is None or good.sum() > best[1].sum():
            best = (j, good)
        if good.all():
            break
    assert best is not None
    return best


def _steps_from(xs: np.ndarray, pitch: float, start: int) -> tuple[np.ndarray, np.ndarray]:
    n = len(xs)
    j = np.zeros(n, int)
    good = np.ones(n, bool)
    for direction in (1, -1):
        p = pitch
        last = start
        end = n if direction > 0 else -1
        k = start + direction
        while k != end:
            ratio = (xs[k] - xs[last]) / p * direction
            cells = round(ratio)
            j[k] = j[last] + cells * direction
            if _broken_pair(xs, p, last, k, end):
                # Neither half is where the character is: both are left out of the
                # fit (its neighbours place the cell), and counting goes on past them.
                j[k + direction] = j[k]
                good[k] = good[k + direction] = False
                k += 2 * direction
                continue
            if abs(ratio - cells) > 0.3 or cells < 0:
                good[k] = False
                k += direction
                continue
            pair = _stray_beside(xs, p, last, k, end)
            if pair == k:
                # k is a mark beside the character that follows it (a guilloche stub
                # 0.75 of a cell on): counted from, it would drag the pitch and put
                # every cell beyond it one off (mrz_heldout19 3000067).
                good[k] = False
                k += direction
                continue
            if cells == 1:
                p += 0.3 * (abs(xs[k] - xs[last]) - p)  # follow the drift, not the noise
            last = k
            if pair is not None:  # the mark after k: not counted from either
                j[pair] = j[k]
                good[pair] = False
                k = pair
            k += direction
    return j - j.min(), good


def _stray_beside(xs: np.ndarray, p: float, last: int, k: int, end: int) -> int | None:
    """Of component k and the next one, closer together than characters stand (a
    character and a mark beside it), the one that is not the character, or None when
    they are no such pair. The character is the one nearer a whole step from `last`
    and from the component after the pair: ink beside a character (a guilloche stroke
    welded to a stub, a speck) sits off the grid that its neighbours keep."""
    d = 1 if end > k else -1
    q = k + d
    if q == end or not 0.15 * p < abs(xs[q] - xs[k]) < 0.65 * p:
        return None  # apart, or one character's pieces above each other
    r = q + d

    def off(a: int) -> float:
        ra = (xs[a] - xs[last]) / p * d
        e = abs(ra - round(ra))
        if r != end:
            ahead = (xs[r] - xs[a]) / p * d
            e += abs(ahead - round(ahead)) if round(ahead) >= 1 else 1.0
        return e

    return k if off(q) < off(k) else q


def _broken_pair(xs: np.ndarray, p: float, last: int, k: int, end: int) -> bool:
    """Whether components k and the next one are the two halves of a character broken
    in two (a blurred N, a split filler): closer together than characters are, each
    off a whole step from `last`, their midpoint on one. Counted from a half, every
    step beyond it would be a cell off (ext-mrz pe-25)."""
    q = k + (1 if end > k else -1)
    if q == end or abs(xs[q] - xs[k]) >= 0.65 * p:
        return False
    rk, rq = abs(xs[k] - xs[last]) / p, abs(xs[q] - xs[last]) / p
    mid = (rk + rq) / 2
    return (
        min(abs(rk - round(rk)), abs(rq - round(rq))) > 0.15
        and abs(mid - round(mid)) < 0.12
        and round(mid) >= 1
    )


def _fit_cells(xs: np.ndarray, pitch: float) -> tuple[np.ndarray, np.ndarray] | None:
    """(cell index per kept component, x(j) coefficients: quadratic, or cubic where the
    line clearly needs it, _cubic) or None."""
    if len(xs) < 8:
        return None
    xs = np.sort(xs)
    j, stepped = _index_by_steps(xs, pitch)
    if stepped.sum() < 8:
        return None
    fit = _robust_fit(j, xs, stepped, pitch, 2)
    if fit is None:
        return None
    keep, coef = fit
    cubic = _cubic(j, xs, stepped, pitch, keep, coef)
    if cubic is not None:
        keep, coef = cubic
    return j[keep], coef


def _robust_fit(
    j: np.ndarray, xs: np.ndarray, keep: np.ndarray, pitch: float, deg: int
) -> tuple[np.ndarray, np.ndarray] | None:
    """x(j) of degree `deg` refitted twice without components 0.3 of a cell off it."""
    coef = _polyfit(j[keep], xs[keep], deg)
    for _ in range(2):
        keep = keep & (np.abs(xs - np.polyval(coef, j)) < 0.3 * pitch)
        if keep.sum() < 8:
            return None
        coef = _polyfit(j[keep], xs[keep], deg)
    return keep, coef


# A wide-angle close-up's barrel distortion squeezes a line's ends toward its middle
# (mrz_heldout24 "closeup"): a quadratic x(j) leaves its end cells 0.2-0.33 of a cell
# (5.6-12.2 strip pixels) beside their glyphs, read as other characters, where a cubic
# leaves at most 0.023 of a cell (bench/results/mrz_heldout24_diagnosis.md). The cubic is
# taken only where it moves some cell CUBIC_SAG pixels (pitch 24) off the quadratic, keeps
# as many components and halves their residuals: glyphs' centres differ by a pixel or
# two, which a cubic must not follow.
CUBIC_SAG = 2.5


def _cubic(
    j: np.ndarray,
    xs: np.ndarray,
    stepped: np.ndarray,
    pitch: float,
    keep: np.ndarray,
    quad: np.ndarray,
) -> tuple[np.ndarray, np.ndarray] | None:
    if stepped.sum() < 16 or np.ptp(j[stepped]) < 20:
        return None
    fit = _robust_fit(j, xs, stepped, pitch, 3)
    if fit is None:
        return None
    keep3, cubic = fit
    if keep3.sum() < keep.sum():
        return None
    span = np.arange(j[keep3].min(), j[keep3].max() + 1)
    if np.abs(np.polyval(cubic, span) - np.polyval(quad, span)).max() < CUBIC_SAG:
        return None
    r2 = float(np.median(np.abs(xs[keep3] - np.polyval(quad, j[keep3]))))
    r3 = float(np.median(np.abs(xs[keep3] - np.polyval(cubic, j[keep3]))))
    return (keep3, cubic) if r3 < 0.5 * r2 else None


@dataclass
class _Grid:
    """Character cells found on one line: occupied cell indices (from 0) and where any
    cell index lies in the image."""

    cells: np.ndarray
    coef: np.ndarray  # x(j) in the provisional strip
    inverse: np.ndarray  # strip -> image affine map

    @property
    def span(self) -> int:
        return int(self.cells.max() - self.cells.min() + 1) if len(self.cells) else 0

    def at(self, j: float) -> np.ndarray:
        x = float(np.polyval(self.coef, j))
        return self.inverse @ np.array([x, STRIP_H / 2, 1.0])


def _grid(gray: np.ndarray, line: _Line, reach: int = 0) -> _Grid | None:
    """Where the character cells of a detected line really are.

    The chain's ends may be wrong by a character (a blot welded to the first letter,
    a stray mark after the last filler), so the cells are re-found in a provisional
    strip: components counted step by step and fitted by least squares. With `reach`
    (a line length in characters), the strip reaches as far beyond either end of the
    chain as a line that long could go: keystone shrinks the far end's characters
    below the locator's sizes, so its chain covers a part of the line only; the step
    count follows the pitch's drift out there."""
    a, b = line.ends()
    n0 = max(2, round(line.cells))
    extra = max(0, reach - n0)
    if extra:
        step = (b - a) / max(n0 - 1, 1)
        a, b, n0 = a - extra * step, b + extra * step, n0 + 2 * extra
    strip, m = _warp_line(gray, a, b, n0)
    xs, _, _ = _strip_components(strip)
    fit = _fit_cells(xs, PITCH)
    if fit is None:
        return None
    j, coef = fit
    # One line is one run of cells: drop what a gap of more than four cells separates,
    # unless the runs together still fit in the longest MRZ line (a guilloche star or
    # glare can hide several characters in the middle of a line).
    u = np.unique(j)
    runs = sorted(np.split(u, np.flatnonzero(np.diff(u) > 4) + 1), key=len, reverse=True)
    j = runs[0]
    for run in runs[1:]:
        joined = np.concatenate([j, run])
        gap = max(run.min() - j.max(), j.min() - run.max())
        if joined.max() - joined.min() < 46 and gap <= 12 and len(run) >= 2:
            j = np.sort(joined)
    j0 = int(j.min())
    deg = len(coef) - 1
    coef = _polyfit(np.arange(deg + 1) * 1.0, np.polyval(coef, np.arange(deg + 1) + j0), deg)
    return _Grid(np.unique(j - j0), coef, cv2.invertAffineTransform(m))


def _start_options(grids: list[_Grid], n: int) -> list[list[int]]:
    """For each line, the candidate first cells of its n characters: one where the line
    shows exactly n cells; the best-filled windows where it shows more (a stray mark
    beside the first or last character); the placements consistent with the other
    lines where it shows fewer (a character lost to glare at either end)."""
    options: list[list[int]] = []
    for g in grids:
        lo, hi = min(0, g.span - n), max(0, g.span - n)
        counts = [
            (int(np.count_nonzero((g.cells >= s) & (g.cells < s + n))), s)
            for s in range(lo, hi + 1)
        ]
        top = max(c for c, _ in counts)
        options.append([s for c, s in counts if c == top])
    decided = [
        (g, o[0]) for g, o in zip(grids, options, strict=True) if len(o) == 1 and g.span >= n
    ]
    for i, g in enumerate(grids):
        if g.span >= n or not decided:
            options[i] = options[i][:3] if len(options[i]) <= 3 else [options[i][0], options[i][-1]]
            continue
        ref, s_ref = decided[0]
        left = ref.at(s_ref)
        step = g.at(1) - g.at(0)
        s0 = round(float((left - g.at(0)) @ step / (step @ step)))
        options[i] = [s for s in (s0 - 1, s0, s0 + 1) if s in options[i]] or [s0]
    return options


def _shears(grids: list[_Grid], lines: list[_LineCells], n: int) -> list[np.ndarray] | None:
    """Per line and character, the slant of the characters in the line's strip (x per
    unit of y), or None when it cannot be told.

    Perspective slants the characters by several degrees where a hurried photo looks
    at the page from aside, and differently along a line; one similarity per line
    cannot undo that. But the MRZ's lines are printed in the same columns, so the
    step from a character to the one below it shows the page's vertical there."""
    if len(grids) < 2:
        return None
    j = np.arange(n, dtype=np.float64)
    pos = [np.stack([g.at(ln.start + k) for k in j]) for g, ln in zip(grids, lines, strict=True)]
    out = []
    for i, ln in enumerate(lines):
        lo, hi = max(0, i - 1), min(len(lines) - 1, i + 1)
        if hi == lo:
            return None
        down = (pos[hi] - pos[lo]) / (hi - lo)
        v = down @ ln.to_strip[:, :2].T
        if np.any(v[:, 1] < 0.8 * PITCH):  # lines too close: not columns of one MRZ
            return None
        shear = v[:, 0] / v[:, 1]
        if np.abs(shear).max() > 0.35:
            return None
        out.append(shear)
    return out
