"""OCR stage 3, cells: the character cells of a rectified line, each cropped at its
character's centre, scaled to the prototypes' pitch, unslanted and at the height the
glyphs fit best; whether the cells beside the line are blank; and the placement of
each line's first character chosen from the cells (ocr.py runs the stages).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np

from desktop.documents import glyphs
from desktop.documents.ocr_classify import _Classifier
from desktop.documents.ocr_locate import _polyfit
from desktop.documents.ocr_rectify import (
    _CLOSE_KERNEL,
    CONDENSED,
    MARGIN,
    PITCH,
    STRIP_H,
    _fit_cells,
    _Grid,
    _index_by_steps,
    _strip_components,
    _warp_line,
)

# A line's rows are fitted by a parabola when its middle sits this far (strip pixels,
# the pitch is 24) off a straight line and the parabola halves the residuals: ext-mrz's
# phone photo pe-62 bows by 5-8; a straight card line of letters then fillers shows 2.
BOW_SAG = 3.0

ASPECTS = (0.88, 0.92, 0.96, 1.0, 1.04, 1.08, 1.12)  # character height / the pitch's
# OCR-B's letters and digits stand about this tall in a strip (pitch 24): synth.py's
# photographs show 21-29. Lines of a condensed face (a re-typeset specimen,
# mrz_heldout5's 1500170: 35) have their heights tried around what they measure.
OCRB_STRIP_H = 24.5
ZOOMS = (0.76, 0.8, 0.84, 0.88, 0.92, 0.96, 1.0)  # glyph size / the prototypes' at the pitch
# Small glyphs squeezed into a narrow cell as well (mrz_heldout10) stand taller than
# OCR-B for their width: zoomed cells also try these heights.
ZOOMED_ASPECTS = (1.16, 1.2)
# The fit a zoom must gain over the font's size: the seen sets gain 0-0.008 (a noisy
# best), mrz_heldout10's lines 0.005-0.075 (median 0.03).
ZOOM_GAIN = 0.01


Recrop = Callable[[int, float, float], np.ndarray]


def _ink(cells: np.ndarray) -> np.ndarray:
    """How much dark ink each cell holds (background minus its darkest pixels)."""
    centre = cells[:, 3:-3, 4:-4].reshape(len(cells), -1)
    return np.median(centre, axis=1) - np.percentile(centre, 3, axis=1)


_XC, _YC = (glyphs.CELL_W - 1) / 2, (glyphs.CELL_H - 1) / 2
_SIZE = (glyphs.CELL_W, glyphs.CELL_H)
_FLAGS = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP
_BORDER = cv2.BORDER_REPLICATE


def _affines(n: int, x: Any, y: Any, k: Any, kv: Any, shear: Any) -> np.ndarray:
    """(n, 2, 3): _Cutter.cut's matrix for each cell centre (x, y), scale k, vertical
    scale kv and shear (arrays of n or scalars), the same double operations in the same
    order as cut's, so the same bits."""
    ms = np.zeros((n, 2, 3))
    ms[:, 0, 0] = k
    ms[:, 0, 1] = kv * shear
    ms[:, 0, 2] = x - k * _XC - kv * shear * _YC
    ms[:, 1, 1] = kv
    ms[:, 1, 2] = y - kv * _YC
    return ms


class _Cutter:
    """The cells of one line, each cut by one affine warp of the strip: scaled so that
    the local character pitch becomes PITCH (times `zoom`), unslanted by its shear, its
    height divided by `aspect`. A line is cut thousands of times (_pose's search, the
    realignment), so the Python around each small warp is kept to little."""

    def __init__(
        self,
        strip: np.ndarray,
        xs: np.ndarray,
        ys: np.ndarray,
        pitch: np.ndarray,
        sh: np.ndarray,
        stretch: np.ndarray | None = None,
    ):
        self.strip = strip
        # Each cell's height factor on top of the pose's aspect (a keystoned line, see
        # _keystone), or None: the plain cut, whose arithmetic stays as it was.
        self.stretch = None if stretch is None else np.asarray(stretch, np.float64)
        self.stretch_list = None if stretch is None else self.stretch.tolist()
        # Python floats where the arrays hold doubles (the same arithmetic), else their
        # own scalars.
        self.xs, self.ys, self.pitch, self.sh = (
            a.tolist() if a.dtype == np.float64 else list(a) for a in (xs, ys, pitch, sh)
        )
        # All doubles (always, from _cells): cut_many computes its warps' matrices in
        # one go, element for element the same IEEE double arithmetic as cut's.
        self.arrays = (
            (xs, ys, pitch, sh) if all(a.dtype == np.float64 for a in (xs, ys, pitch, sh)) else None
        )
        # Cells cut by cut_many, by try: the line's cells at the chosen pose were cut
        # already by _pose's search (every other one). Dropped by forget().
        self.done: dict[tuple[int, float, float, float], np.ndarray] = {}

    def cut(
        self, i: int, x: float, y: float, aspect: float, zoom: float, out: np.ndarray | None = None
    ) -> np.ndarray:
        """The (CELL_H, CELL_W) cell i (0 is the one before the line) centred on (x, y)
        of the strip (as getRectSubPix when pitch == PITCH, shear == 0, aspect == 1)."""
        shear = self.sh[i]
        k = self.pitch[i] / PITCH * zoom
        if self.stretch_list is not None:
            aspect = aspect * self.stretch_list[i]
        kv = k * aspect
        m = np.array(((k, kv * shear, x - k * _XC - kv * shear * _YC), (0.0, kv, y - kv * _YC)))
        return cv2.warpAffine(self.strip, m, _SIZE, out, _FLAGS, cv2.BORDER_REPLICATE)

    def cut_many(self, tries: list[tuple[int, float, float, float]]) -> np.ndarray:
        """(len(tries), CELL_H, CELL_W): cells i at their place moved down by dy, for
        tries (i, dy, aspect, zoom)."""
        out = np.empty((len(tries), glyphs.CELL_H, glyphs.CELL_W), np.float32)
        xs, ys, done = self.xs, self.ys, self.done
        if self.arrays is not None and tries:
            # Locals and zip: this loop runs ~10,000 times a picture.
            strip, get, warp = self.strip, done.get, cv2.warpAffine
            for t, m, o in zip(tries, self.matrices(tries), out, strict=True):
                cell = get(t)
                if cell is None:
                    done[t] = warp(strip, m, _SIZE, o, _FLAGS, _BORDER)
                else:
                    o[...] = cell
            return out
        for j, t in enumerate(tries):
            cell = done.get(t)
            if cell is None:
                i, dy, aspect, zoom = t
                done[t] = self.cut(i, xs[i], ys[i] + dy, aspect, zoom, out[j])
            else:
                out[j] = cell
        return out

    def matrices(self, tries: list[tuple[int, float, float, float]]) -> np.ndarray:
        """(len(tries), 2, 3): cut's affine matrix of each try (i, dy, aspect, zoom), the
        same operations in the same order on doubles, so equal bit for bit."""
        assert self.arrays is not None
        xs, ys, pitch, sh = self.arrays
        # As np.array(tries, np.float64), without a Python sequence per row.
        t = np.fromiter(itertools.chain.from_iterable(tries), np.float64, 4 * len(tries))
        t = t.reshape(len(tries), 4)
        i = t[:, 0].astype(np.intp)
        k = pitch[i] / PITCH * t[:, 3]
        aspect = t[:, 2] if self.stretch is None else t[:, 2] * self.stretch[i]
        return _affines(len(tries), xs[i], ys[i] + t[:, 1], k, k * aspect, sh[i])

    def forget(self) -> None:
        self.done = {}


def _cells(
    strip: np.ndarray,
    n: int,
    clf: _Classifier,
    shear: np.ndarray | None = None,
    gain: float = ZOOM_GAIN,
    memo: dict[object, Any] | None = None,
) -> tuple[np.ndarray, bool, Recrop, float, np.ndarray]:
    """(n, CELL_H, CELL_W) crops of one line at refined character centres, whether
    the cells just before the first and after the last character are blank, a recrop,
    the zoom the cells were cut at (see _pose; `gain` the fit a zoom must gain) and the
    cells cut at the font's size (the same cells when not zoomed).

    Component centroids put the line's centre a little off the glyphs' own centre
    (it depends on the mix of digits, letters and fillers), so the vertical offset
    is chosen by how well a sample of the cells matches the glyphs. The blank cells
    on both sides are what proves the line is not shifted by a character: an MRZ
    line is always full, and ICAO keeps a clear zone around it."""
    # What the strip alone decides (its components, the cells' places and pitch) and
    # the pose search of each shear are the same whenever the line is cut again with
    # another gain or shear (ocr._recut, _one_size): measured once per line (`memo`).
    memo = {} if memo is None else memo
    if "geometry" not in memo:
        memo["geometry"], memo["waved"], memo["stretch"] = _geometry(
            strip, n, memo.get("waves", True)
        )
        if memo.get("flat") is not None:  # cut from the flattened strip (_line_cells)
            memo["geometry"] = (*memo["geometry"][:4], memo["flat"])
    xs_fit, ys_fit, pitch_fit, chs, stripf = memo["geometry"]
    key = None if shear is None else (shear.dtype.str, shear.shape, shear.tobytes())
    if ("pose", key) not in memo:
        sh = np.zeros(n + 2) if shear is None else np.concatenate([shear[:1], shear, shear[-1:]])
        stretch = memo["stretch"] if memo.get("keystone") else None
        cutter = _Cutter(stripf, xs_fit, ys_fit, pitch_fit, sh, stretch)
        # Searched again for unslanted cells: the slant changes which offset fits best.
        memo[("pose", key)] = (cutter, _pose_search(cutter, n, clf, _aspects(chs)))
    cutter, search = memo[("pose", key)]
    offset, aspect, zoom, plain_aspect = _pose_choice(search, gain)
    cells = cutter.cut_many([(c + 1, offset, aspect, zoom) for c in range(-1, n + 1)])
    plain = cells[1:-1]
    if zoom < 1.0:
        plain = cutter.cut_many([(c + 1, offset, plain_aspect, 1.0) for c in range(n)])
    cutter.forget()
    # A character beside the line: ink that reads as a glyph (an edge of the page
    # or a shadow is ink too, but matches no glyph).
    ink = _ink(cells)
    outside = cells[[0, -1]]
    glyph_like = (ink[[0, -1]] > 0.35 * np.median(ink[1:-1])) & (clf.best(outside) > 0.7)

    recrop = _Recrop(cutter, offset, aspect, zoom)
    return cells[1:-1], not bool(glyph_like.any()), recrop, zoom, plain


class _Recrop:
    """recrop(c, dx, dy): character c's cell cut again moved by (dx, dy) at the line's
    pose; many(c, shifts) cuts a list of such moves with their matrices made at once
    (realignment and rescoring cut 9 to 35 per cell), bit for bit the same cells."""

    def __init__(self, cutter: _Cutter, offset: float, aspect: float, zoom: float):
        self.cutter, self.offset, self.aspect, self.zoom = cutter, offset, aspect, zoom

    def __call__(self, c: int, dx: float, dy: float) -> np.ndarray:
        cut = self.cutter
        return cut.cut(
            c + 1, cut.xs[c + 1] + dx, cut.ys[c + 1] + self.offset + dy, self.aspect, self.zoom
        )

    def many(self, c: int, shifts: list[tuple[float, float]]) -> np.ndarray:
        """(len(shifts), CELL_H, CELL_W): np.stack([self(c, dx, dy) for dx, dy in shifts])."""
        cut = self.cutter
        if cut.arrays is None:
            return np.stack([self(c, dx, dy) for dx, dy in shifts])
        i = c + 1
        d = np.array(shifts, np.float64)
        k = cut.pitch[i] / PITCH * self.zoom
        # As __call__: x = xs[i] + dx, y = ys[i] + offset + dy, evaluated left to right.
        x, y = cut.xs[i] + d[:, 0], (cut.ys[i] + self.offset) + d[:, 1]
        aspect = self.aspect if cut.stretch_list is None else self.aspect * cut.stretch_list[i]
        ms = _affines(len(shifts), x, y, k, k * aspect, cut.sh[i])
        out = np.empty((len(shifts), glyphs.CELL_H, glyphs.CELL_W), np.float32)
        strip = cut.strip
        for j in range(len(shifts)):
            cv2.warpAffine(strip, ms[j], _SIZE, out[j], _FLAGS, cv2.BORDER_REPLICATE)
        return out


_Geometry = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def _geometry(
    strip: np.ndarray, n: int, waves: bool = True
) -> tuple[_Geometry, bool, np.ndarray | None]:
    """The cells' x, y and pitch in the strip (cells -1..n), the components' heights,
    and the strip as float32: everything _cells measures before cutting; whether a
    cockled page's waves moved the cells (only with `waves`); and each cell's height
    factor on a keystoned line (_keystone)."""
    expected = MARGIN + (np.arange(-1, n + 1) + 0.5) * PITCH
    yc = STRIP_H / 2
    cxs, cys, chs = _strip_components(strip)
    xs_fit = expected.copy()
    dy_fit = np.zeros(n + 2)
    waved = False
    stretch = None
    pitch_fit = np.full(n + 2, float(PITCH))
    fit = _fit_cells(cxs, PITCH)
    if fit is not None:
        _, coef = fit
        # The strip's ends are the first and last cells, so the first component
        # tells which cell the step count starts from.
        j0 = round((np.polyval(coef, 0) - expected[1]) / PITCH)
        xs_fit = np.polyval(coef, np.arange(-1, n + 1) - j0)
        # Perspective makes the characters grow along the line with the pitch (by
        # 10% at either end of a hurried photo): each cell is scaled back to PITCH.
        pitch_fit = np.clip(np.polyval(np.polyder(coef), np.arange(-1, n + 1) - j0), 16, 32)
        order = np.argsort(cxs)
        jy, ok = _index_by_steps(cxs[order], PITCH)
        if ok.sum() >= 8:
            dy_fit, waved = _rows(jy[ok] - j0, cys[order][ok] - yc, n, waves)
        stretch = _keystone(pitch_fit, n)
    return (xs_fit, yc + dy_fit, pitch_fit, chs, strip.astype(np.float32)), waved, stretch


# A page turned about its vertical axis (a keystone: mrz_heldout26's "oblique", 33-39
# degrees) puts a line's far end deeper: a glyph's height there shrinks as 1/depth but
# the pitch as 1/depth squared (foreshortened too), so the height over the pitch grows as
# 1/sqrt(pitch) along the line: 1.11 -> 1.50 on 3700062, whose pitch shrinks 1.85x. One
# aspect per line (each cell's height scaled with its pitch) cuts both ends some 15 %
# off (0 read O). Where that makes the ends' aspects differ by KEYSTONE or more, each
# cell is also cut at the pitch's aspect (_line_cells keeps the better cut). From the
# pitch, not the glyphs' heights: those vary by 10-15 % between characters and step down
# at the fillers, so a fit of them trended by 1.2-1.3 on ext-mrz's flat specimens.
KEYSTONE = 1.2


def _keystone(pitch_fit: np.ndarray, n: int) -> np.ndarray | None:
    """Each cell's (-1..n) factor on the pose's aspect on a keystoned line, about the
    line's median pitch; None where the ends' factors differ by less than KEYSTONE."""
    ends = pitch_fit[1], pitch_fit[n]
    if max(ends) < KEYSTONE**2 * min(ends):
        return None
    return np.sqrt(np.median(pitch_fit[1 : n + 1]) / pitch_fit)


def _aspects(heights: np.ndarray) -> tuple[float, ...]:
    """The heights (as a share of the pitch) to try: OCR-B's range, or around what a
    line of condensed characters measures (letters and digits: fillers are shorter)."""
    if len(heights) < 8:
        return ASPECTS
    tall = heights[heights >= 0.85 * np.percentile(heights, 75)]
    if float(np.median(tall)) < CONDENSED * PITCH:
        return ASPECTS
    ratio = float(np.median(tall)) / OCRB_STRIP_H
    return tuple(ratio * a for a in (0.92, 0.96, 1.0, 1.04, 1.08))


def _pose(
    cutter: _Cutter,
    n: int,
    clf: _Classifier,
    aspects: tuple[float, ...] = ASPECTS,
    gain: float = ZOOM_GAIN,
) -> tuple[float, float, float, float]:
    """The vertical offset, the height (as a share of the pitch) and the zoom at which a
    sample of the line's cells fits the glyphs best, and the best height at the font's
    own size (_pose_search, then _pose_choice with `gain`)."""
    return _pose_choice(_pose_search(cutter, n, clf, aspects), gain)


_Search = tuple[float, list[tuple[float, float]], np.ndarray]


def _pose_search(
    cutter: _Cutter, n: int, clf: _Classifier, aspects: tuple[float, ...] = ASPECTS
) -> _Search:
    """The offset the sample fits best at, and each pose (zoom, height) tried there
    with the sample's mean fit; each set of tries is matched in one go."""
    tries = np.arange(-3.0, 3.01, 1.0)
    sample = list(range(0, n, 3))
    # Python floats (the same values) hash faster as the cutter's keys than numpy's.
    shifts = tries.tolist()
    fit_q = clf.best(cutter.cut_many([(c + 1, dy, 1.0, 1.0) for dy in shifts for c in sample]))
    offset = float(tries[int(np.argmax(fit_q.reshape(len(tries), -1).mean(axis=1)))])
    # A page tilted towards or away from the camera makes characters taller or
    # squatter than the pitch says (by 10% in a hurried photo): 0 and O differ by
    # little more than that. The height is the one the glyphs fit best. Glyphs printed
    # smaller than the font's size at the pitch (capitals 2.05-2.4 mm on a 2.54 mm
    # pitch: mrz_heldout10) fill less of the cell than the prototypes: the cell is
    # zoomed to the size they fit best, the height with it, when that fits clearly
    # better than the font's own size (a line at its size stays as it was).
    sample = list(range(0, n, 2))
    taller = ZOOMED_ASPECTS if aspects == ASPECTS else ()  # not for a condensed face
    poses = [(z, a) for z in ZOOMS for a in aspects + taller * (z < 1.0)]
    fit_q = clf.best(cutter.cut_many([(c + 1, offset, a, z) for z, a in poses for c in sample]))
    return offset, poses, fit_q.reshape(len(poses), -1).mean(axis=1)


def _pose_choice(search: _Search, gain: float) -> tuple[float, float, float, float]:
    """_pose's answer from its search: a zoom only where it gains `gain` in fit."""
    offset, poses, fit = search
    at_size = [i for i, (z, _) in enumerate(poses) if z == 1.0]
    best = int(np.argmax(fit))
    plain = at_size[int(np.argmax(fit[at_size]))]
    zoom, aspect = poses[best if fit[best] >= fit[plain] + gain else plain]
    return offset, float(aspect), float(zoom), float(poses[plain][1])


def _rows(j: np.ndarray, y: np.ndarray, n: int, waves: bool = True) -> tuple[np.ndarray, bool]:
    """The line's vertical offset at cells -1..n from its components' centres: a
    straight line, or a parabola where the line is clearly bowed (a lens's barrel
    distortion, a curved page) so that its middle sits off a straight line's; then, with
    `waves`, the waves of a cockled page where they seem to be there (_waves); and
    whether those moved the cells."""
    at = np.arange(-1, n + 1)
    line = _polyfit(j, y, 1)
    res1 = np.abs(y - np.polyval(line, j))
    keep = res1 < max(2.0, 2.5 * float(np.median(res1)))
    if keep.sum() < 16 or np.ptp(j[keep]) < n / 2:
        return np.polyval(line, at), False
    bow = _polyfit(j[keep], y[keep], 2)
    straight = _polyfit(j[keep], y[keep], 1)
    sag = np.abs(np.polyval(bow, at) - np.polyval(straight, at)).max()
    r1 = float(np.median(np.abs(y[keep] - np.polyval(straight, j[keep]))))
    r2 = float(np.median(np.abs(y[keep] - np.polyval(bow, j[keep]))))
    # Characters' centres differ by a pixel or two (fillers against letters): a bow
    # is believed when it is larger than that and fits clearly better.
    chosen = bow if sag > BOW_SAG and r2 < 0.5 * r1 else line
    wave = _waves(j, y - np.polyval(chosen, j), at) if waves else np.zeros(len(at))
    return np.polyval(chosen, at) + wave, bool(np.any(wave))


# A cockled page (humidity waves 25-45 mm long under the zone: mrz_heldout24's "cockle")
# moves the line up and down several times along its length, which no parabola follows:
# cells cut on the fit sit up to a third of a character off their glyphs. The residuals'
# running median over WAVE_HALF cells either side follows such waves; it is tried only
# where the fit leaves residuals over WAVE_RES (strip pixels, pitch 24) and the waves
# at least halve them. Broken fillers scatter the components' centres too (heldout18
# 2900103, an MRV-B reader page, whose "waves" cut the cells off their glyphs): so the
# line is cut both ways and the glyphs' fit chooses (_line_cells).
WAVE_RES = 1.5
WAVE_HALF = 2


def _waves(j: np.ndarray, res: np.ndarray, at: np.ndarray) -> np.ndarray:
    """The residuals' running median at cells `at` (zero where not clearly waves)."""
    r = float(np.median(np.abs(res)))
    if r <= WAVE_RES:
        return np.zeros(len(at))
    near = np.abs(j[None, :] - at[:, None]) <= WAVE_HALF  # (cells, components)
    count = near.sum(axis=1)
    ok = count >= 3
    if ok.sum() < len(at) / 2:
        return np.zeros(len(at))
    med = np.array(
        [float(np.median(res[row])) if c >= 3 else 0.0 for row, c in zip(near, count, strict=True)]
    )
    wave = np.interp(at, at[ok], med[ok])
    if float(np.median(np.abs(res - np.interp(j, at, wave)))) >= 0.5 * r:
        return np.zeros(len(at))
    return wave


@dataclass
class _LineCells:
    cells: np.ndarray  # (n, CELL_H, CELL_W)
    quiet: bool  # blank cells on both sides
    recrop: Recrop
    start: int  # the grid cell of the first character
    strip: np.ndarray
    to_strip: np.ndarray  # image -> strip affine map
    fit: float  # mean similarity of the cells to their nearest glyph
    blank: int  # cells without ink (a line is always full: fillers are printed)
    zoom: float = 1.0  # below 1: glyphs smaller than OCR-B's size at the pitch (_pose)
    plain: np.ndarray | None = None  # the cells cut at the font's size (when zoomed)
    memo: dict[object, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def rank(self) -> tuple[bool, int, float]:
        return (self.quiet, -self.blank, self.fit)


def _line_cells(gray: np.ndarray, g: _Grid, start: int, n: int, clf: _Classifier) -> _LineCells:
    """The cells of one line if its first character is at grid cell `start`."""
    strip, m = _warp_line(gray, g.at(start), g.at(start + n - 1), n)
    flattened = _flattened(strip)
    best: tuple[tuple[bool, int, float], int, int, _LineCells] | None = None
    for flat in (None,) if flattened is None else (None, flattened):
        for waves in (True, False):
            measured: dict[object, Any] = {}  # the strip's geometry, for the second cut
            for keystone in (False, True):
                memo: dict[object, Any] = {"waves": waves, "flat": flat, "keystone": keystone}
                lc = _cut_line(strip, m, start, n, clf, memo | measured)
                memo = lc.memo
                measured = {k: memo[k] for k in ("geometry", "waved", "stretch")}
                # Cells cut on a cockled page's waves (see _waves), or from a strip
                # flattened under uneven light (_flattened), stand only if their glyphs fit
                # better than the plain cut's: ties go to the plain row fit and the raw
                # strip. So do cells cut at each one's own height along a keystoned line
                # (_keystone): ties go to one aspect per line.
                key = (lc.rank, int(not memo["waved"]) + int(flat is None), int(not keystone))
                if best is None or key > best[:3]:
                    best = (*key, lc)
                if memo["stretch"] is None:  # not a keystoned line
                    break
            if not memo["waved"]:  # the waves moved nothing (or were not followed)
                break
    assert best is not None
    return best[3]


def _cut_line(
    strip: np.ndarray, m: np.ndarray, start: int, n: int, clf: _Classifier, memo: dict[object, Any]
) -> _LineCells:
    """The line's cells cut as `memo` asks (waves, flattened strip, keystone)."""
    cells, quiet, recrop, zoom, plain = _cells(strip, n, clf, memo=memo)
    ink = _ink(cells)
    blank = int(np.count_nonzero(ink < 0.3 * np.median(ink)))
    fit = float(clf.best(cells).mean())
    return _LineCells(cells, quiet, recrop, start, strip, m, fit, blank, zoom, plain, memo)


# Light in stripes (low sun through a window's blinds, mrz_heldout25: lit paper 1.46-1.97
# times the shaded) leaves a stripe's edge inside a cell: the glyph features subtract a
# cell's mean only, so the shaded half reads as ink where another letter has some (T read
# I, < read K; bench/results/mrz_heldout25_diagnosis.md). Where the strip's paper (its
# closing, as _strip_components finds it) varies by UNEVEN or more, the cells are cut
# from the strip divided by its paper as well, and the better-fitting cut is kept.
UNEVEN = 1.3


def _uneven(paper: np.ndarray) -> bool:
    yc = STRIP_H // 2
    band = paper[yc - PITCH // 2 : yc + PITCH // 2].astype(np.float32)
    lo, hi = np.percentile(band, (5, 95))
    return bool(hi >= UNEVEN * max(float(lo), 1.0))


def _flattened(strip: np.ndarray) -> np.ndarray | None:
    """The strip divided by its paper (its closing), or None where the paper is even."""
    paper = cv2.morphologyEx(strip, cv2.MORPH_CLOSE, _CLOSE_KERNEL)
    if not _uneven(paper):
        return None
    return cv2.divide(strip, paper, scale=255).astype(np.float32)


def _column_of(g: _Grid, point: np.ndarray, guess: int = 0) -> int:
    """The grid cell of line g in the same column as `point` (image coordinates)."""
    j = guess
    for _ in range(3):
        step = g.at(j + 1) - g.at(j)
        move = round(float((point - g.at(j)) @ step / (step @ step)))
        if move == 0:
            break
        j += move
    return j


def _choose_lines(
    gray: np.ndarray, grids: list[_Grid], options: list[list[int]], n: int, clf: _Classifier
) -> list[_LineCells]:
    """One placement per line among the candidate starts: the MRZ's lines are printed
    in the same columns, so placements a character apart from each other are out; then
    blank cells on both sides, no blank cell inside, and the glyphs' fit decide. When
    the best placement still shows a mark beside a line or a blank cell in it, the
    neighbouring placements and those in line with the other lines are tried too."""
    tried: list[dict[int, _LineCells]] = [{} for _ in grids]

    def line(k: int, start: int) -> _LineCells:
        if start not in tried[k]:
            tried[k][start] = _line_cells(gray, grids[k], start, n, clf)
        return tried[k][start]

    def aligned(lines: tuple[_LineCells, ...]) -> bool:
        # Line by line: a slant shifts each line a little more than the one above.
        for k in range(1, len(lines)):
            g0, s0, g, s = grids[k - 1], lines[k - 1].start, grids[k], lines[k].start
            for j in (0, n - 1):
                step = g0.at(s0 + j + 1) - g0.at(s0 + j)
                along = float((g.at(s + j) - g0.at(s0 + j)) @ step / (step @ step))
                if abs(along) > 0.65:  # a slant shifts the next line by up to half a cell
                    return False
        return True

    def key(lines: tuple[_LineCells, ...]) -> tuple[bool, int, int, float]:
        return (
            len(lines) == 1 or aligned(lines),
            sum(ln.quiet for ln in lines),
            -sum(ln.blank for ln in lines),
            sum(ln.fit for ln in lines),
        )

    def best(starts: list[list[int]]) -> tuple[_LineCells, ...]:
        per_line = [[line(k, s) for s in ss] for k, ss in enumerate(starts)]
        return max(itertools.product(*per_line), key=key)

    chosen = best(options)
    if all(ln.quiet and not ln.blank for ln in chosen) and key(chosen)[0]:
        return list(chosen)
    wider = []
    for k, g in enumerate(grids):
        ss = set(options[k]) | {chosen[k].start - 1, chosen[k].start + 1}
        for r, other in enumerate(chosen):
            if r != k:
                ss.add(_column_of(g, grids[r].at(other.start), chosen[k].start))
        wider.append(sorted(ss))
    return list(best(wider))
