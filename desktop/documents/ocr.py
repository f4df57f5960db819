"""Find and read the MRZ in a photograph or scan, with OpenCV and numpy only.

1. Load: Pillow decodes (EXIF rotation applied, JPEG decoded straight to gray, at half
   scale when huge) after checks on file size and pixel count, so a truncated file or a
   decompression bomb is a clear `OcrFailure` (exit 2), never a crash or a hang.
2. Locate: adaptive threshold, connected components, chains of character-sized
   components at a regular pitch. A chain of 24+ characters anchors the search; the
   components are then clustered by their distance from its line, which finds the MRZ's
   two or three parallel, evenly spaced lines even where glare or touching characters
   broke the chains. A visual zone never has 30+ evenly spaced characters per line.
   Upright first, then upside down, then on either side.
3. Rectify: each line separately (its ends found again in a provisional strip, light
   flattened, components counted step by step so that perspective cannot shift them a
   cell) is warped onto a grid with a 24-pixel pitch; the line's size (30, 36 or 44)
   follows from the lines found, and both 2-line sizes are tried when glare or stray
   marks make it unclear.
4. Segment: the MRZ is monospaced and its lines are always full (fillers are printed),
   so each character cell is at a known place; a quadratic fit through the components
   places the cells, and the vertical offset is the one the glyphs fit best.
5. Classify: every cell against OCR-B prototypes rendered from Debian's fonts-ocr-b
   (glyphs.py): cosine similarity to the best prototype of each class, among the
   prototypes of the blur that suits the line. Near-ties are scored again over crops
   shifted by a pixel.
6. Decide: each position keeps only the characters its field allows (digits in dates
   and check digits, letters in names and codes, M/F/< for sex). Where the runner-up
   is close (a rival), the check digits must single out ONE reading among all rivals.
   The reading is refused (`valid` false, positions named) when a rival sits where no
   check digit looks (names, nationality, sex), when a cell holds no legible character
   (none scores MIN_SCORE, or an ink blot matches it about as well as its best glyph),
   when two readings both pass (0/O and 8/S weigh alike mod 10; swaps that cancel), or
   when a glyph sits just beside a line (the line may be shifted by a character). A
   reading is never made valid by guessing.

RIVAL_MARGIN and MIN_SCORE were set from measurements on generated images (tests/
documents/synth.py, seeds 0-299): of 13,900 positions that no check digit covers, every
misread character scored under MIN_SCORE or within 0.02 of its runner-up, so all would
have been refused. The benchmark checks this on images never tuned on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import itertools
import logging
import os
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from desktop.documents import glyphs, ocr_decide
from desktop.documents import layout as mrz_layout
from desktop.documents.mrz import ALPHABET, TravelDocument, parse  # noqa: F401 (tests)
from desktop.errors import UsageError
from desktop.resources import resources_dir

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_PIXELS = 60_000_000  # ~ a 60-megapixel camera; above it a file is refused unread
WORK_MAX_SIDE = 1600  # the image is searched at most this large (longest side)
MIN_CHAR_PX = 7  # smaller characters cannot be read reliably
UPSCALE_BELOW = 1000  # pictures this small are read again at twice the size
UPSCALE_MAX_MARKS = 2000

ASPECTS = (0.88, 0.92, 0.96, 1.0, 1.04, 1.08, 1.12)  # character height / the pitch's

_IDX = {c: i for i, c in enumerate(ALPHABET)}
DIGITS = "0123456789"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ<"
ANY = ALPHABET


class OcrFailure(UsageError):
    """The image cannot be read, or holds no MRZ (exit 2)."""


class NoMrzFound(OcrFailure):
    """The image was read but no MRZ was found in it."""


@dataclass(frozen=True)
class OcrResult:
    """An MRZ read from an image. `document.valid` is only true when every character
    was read with confidence or singled out by the check digits."""

    document: TravelDocument
    line_confidence: tuple[float, ...]
    elapsed_ms: float
    # Positions (line, column, both 1-based) whose reading the check digits decided.
    corrected: tuple[tuple[int, int], ...] = ()
    # Positions that stopped a valid reading (rivals no check digit could decide).
    uncertain: tuple[tuple[int, int], ...] = ()
    # Positions the glyphs alone did not settle (see ocr_decide.Reading.unsure).
    unsure: tuple[tuple[int, int], ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "lines": list(self.document.lines),
            "line_confidence": [round(c, 3) for c in self.line_confidence],
            "elapsed_ms": round(self.elapsed_ms, 1),
        }


# -- loading ------------------------------------------------------------------------------


def load_gray(source: str | os.PathLike[str] | bytes) -> np.ndarray:
    """A grayscale uint8 image from a file path or encoded bytes; OcrFailure otherwise."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if isinstance(source, bytes):
        data = source
        name = "image"
    else:
        name = os.fspath(source)
        try:
            size = os.stat(name).st_size
            if os.path.isdir(name):
                raise OcrFailure("is a directory, not an image")
            if size > MAX_FILE_BYTES:
                raise OcrFailure(
                    f"file is {size / 2**20:.0f} MiB; images over {MAX_FILE_BYTES // 2**20} MiB "
                    "are refused"
                )
            with open(name, "rb") as f:
                data = f.read(MAX_FILE_BYTES + 1)
        except OSError as e:
            raise OcrFailure(f"cannot read the file: {e.strerror or e}") from None
    if not data:
        raise OcrFailure("the file is empty")
    if len(data) > MAX_FILE_BYTES:
        raise OcrFailure(f"images over {MAX_FILE_BYTES // 2**20} MiB are refused")
    try:
        with Image.open(io.BytesIO(data)) as im:
            w, h = im.size
            if w * h > MAX_PIXELS:
                raise OcrFailure(
                    f"image is {w}x{h} pixels, over the {MAX_PIXELS // 1_000_000}-megapixel limit"
                )
            if im.format == "JPEG":
                # Decode straight to gray, and at reduced scale when huge: much faster.
                big = max(w, h) > 2 * WORK_MAX_SIDE
                im.draft("L", (w // 2, h // 2) if big else (w, h))
            im = ImageOps.exif_transpose(im)
            gray = np.asarray(im.convert("L"))
    except OcrFailure:
        raise
    except Image.DecompressionBombError:
        raise OcrFailure("image declares too many pixels (decompression bomb?)") from None
    except UnidentifiedImageError:
        raise OcrFailure("not an image file, or a format that cannot be read") from None
    except (OSError, ValueError, SyntaxError, EOFError) as e:
        raise OcrFailure(f"truncated or damaged image ({e})") from None
    if min(gray.shape) < 16:
        raise OcrFailure(f"image is too small ({gray.shape[1]}x{gray.shape[0]} pixels)")
    return gray


# -- locating ----------------------------------------------------------------------------


@dataclass
class _Line:
    cx: np.ndarray  # centres of the components in order along the line
    cy: np.ndarray
    h: float  # median component height
    pitch: float  # median spacing of neighbours
    angle: float  # radians

    @property
    def direction(self) -> np.ndarray:
        return np.array([np.cos(self.angle), np.sin(self.angle)])

    @property
    def normal(self) -> np.ndarray:
        return np.array([-np.sin(self.angle), np.cos(self.angle)])

    def ends(self) -> tuple[np.ndarray, np.ndarray]:
        """First and last centre, projected onto the fitted line."""
        pts = np.stack([self.cx, self.cy], axis=1)
        mean = pts.mean(axis=0)
        t = (pts - mean) @ self.direction
        return mean + t.min() * self.direction, mean + t.max() * self.direction

    @property
    def cells(self) -> float:
        a, b = self.ends()
        return float(np.linalg.norm(b - a) / self.pitch + 1)


def _components(gray: np.ndarray) -> tuple[np.ndarray, ...]:
    bw = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 10)
    # Opening drops hairlines (guilloche, fibres) that would weld characters together.
    bw = cv2.morphologyEx(bw, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
    _, _, stats, cents = cv2.connectedComponentsWithStats(bw, connectivity=8)
    _, _, w, h, area = stats[1:].T.astype(np.float64)
    cx, cy = cents[1:].T
    hmax = gray.shape[0] / 8
    keep = (
        (h >= MIN_CHAR_PX)
        & (h <= hmax)
        & (w >= 2)
        & (w <= 1.5 * h)
        & (area >= 0.1 * w * h)
        & (area <= 0.85 * w * h)
    )
    return cx[keep], cy[keep], w[keep], h[keep]


def _chains(cx: np.ndarray, cy: np.ndarray, h: np.ndarray) -> list[np.ndarray]:
    """Index arrays of components chained left to right at character spacing."""
    n = len(cx)
    if n < 2:
        return []
    dx = cx[None, :] - cx[:, None]
    dy = cy[None, :] - cy[:, None]
    hm = np.maximum(h[:, None], h[None, :])
    ratio = h[:, None] / h[None, :]
    ok = (
        (dx > 0.3 * hm)
        & (dx < 2.0 * hm)
        & (np.abs(dy) < 0.2 * hm + 0.35 * dx)
        & (ratio > 0.65)
        & (ratio < 1.55)
    )
    cost = np.where(ok, dx + 2.5 * np.abs(dy), np.inf)
    nxt = cost.argmin(axis=1)
    has = np.isfinite(cost[np.arange(n), nxt])
    prev = np.full(n, -1)
    best = np.full(n, np.inf)
    for i in np.flatnonzero(has):
        j, c = nxt[i], cost[i, nxt[i]]
        if c < best[j]:
            best[j], prev[j] = c, i
    succ = np.full(n, -1)
    for j in np.flatnonzero(prev >= 0):
        succ[prev[j]] = j
    chains = []
    for start in np.flatnonzero(prev < 0):
        chain = [start]
        while succ[chain[-1]] >= 0 and len(chain) <= n:
            chain.append(succ[chain[-1]])
        if len(chain) >= 8:
            chains.append(np.array(chain))
    return chains


def _fit(cx: np.ndarray, cy: np.ndarray, h: np.ndarray) -> _Line:
    order = np.argsort(cx)
    cx, cy = cx[order], cy[order]
    slope = _polyfit(cx, cy, 1)[0] if len(cx) > 1 else 0.0
    angle = float(np.arctan(slope))
    steps = np.hypot(np.diff(cx), np.diff(cy))
    return _Line(cx, cy, float(np.median(h)), float(np.median(steps)), angle)


def _merge(lines: list[_Line], hs: list[np.ndarray]) -> list[tuple[_Line, np.ndarray]]:
    """Join chains of one text line that a gap (glare, a fold) broke apart."""
    items = sorted(zip(lines, hs, strict=True), key=lambda t: t[0].cx[0])
    merged: list[tuple[_Line, np.ndarray]] = []
    used = [False] * len(items)
    for i, (a, ha) in enumerate(items):
        if used[i]:
            continue
        cur, curh = a, ha
        for j in range(i + 1, len(items)):
            if used[j]:
                continue
            b, hb = items[j]
            if abs(b.angle - cur.angle) > 0.06 or not 0.75 < b.h / cur.h < 1.33:
                continue
            end = np.array([cur.cx[-1], cur.cy[-1]])
            start = np.array([b.cx[0], b.cy[0]])
            along = (start - end) @ cur.direction
            across = abs((start - end) @ cur.normal)
            if 0 < along < 12 * cur.pitch and across < 0.35 * cur.h:
                cur = _fit(
                    np.concatenate([cur.cx, b.cx]),
                    np.concatenate([cur.cy, b.cy]),
                    np.concatenate([curh, hb]),
                )
                curh = np.concatenate([curh, hb])
                used[j] = True
        merged.append((cur, curh))
    return merged


def _parallel_lines(
    anchor: _Line, span: float, cx: np.ndarray, cy: np.ndarray, h: np.ndarray
) -> list[tuple[float, _Line]]:
    """Lines of character-sized components parallel to the anchor and within its span,
    found by clustering the components' distances from the anchor's line (chains
    break where characters touch or glare eats them; a projection does not).
    Returns (offset, line) pairs, the anchor's own cluster at offset exactly 0."""
    a0 = anchor.ends()[0]
    pts = np.stack([cx, cy], axis=1) - a0
    t = pts @ anchor.direction
    off = pts @ anchor.normal
    # The anchor may be part of a line cut by glare: look along it well beyond its ends
    # (a stray mark far away is dropped by the grid fit, which keeps one run).
    reach = max(0.0, 46 * anchor.pitch - span)
    sel = np.flatnonzero(
        (t > -reach)
        & (t < span + reach)
        & (h > 0.7 * anchor.h)
        & (h < 1.4 * anchor.h)
        & (np.abs(off) < 3 * 2.8 * anchor.h)
    )
    if len(sel) < 8:
        return []

    def split(idx: np.ndarray) -> list[np.ndarray]:
        order = idx[np.argsort(off[idx])]
        return np.split(order, np.flatnonzero(np.diff(off[order]) > 0.4 * anchor.h) + 1)

    # The lines are told apart within the anchor's span first: beyond it, marks of the
    # visual zone or a guilloche can fill the gap between two lines' distances and
    # weld them into one cluster. Each line found there then gathers what lies in its
    # band beyond the span; what is left is clustered on its own.
    core = sel[(t[sel] > -anchor.pitch) & (t[sel] < span + anchor.pitch)]
    clusters = []
    rest = np.ones(len(sel), bool)
    for band in split(core):
        if len(band) < 4:
            continue
        inside = (off[sel] >= off[band].min() - 0.15 * anchor.h) & (
            off[sel] <= off[band].max() + 0.15 * anchor.h
        )
        clusters.append(sel[inside & rest])
        rest &= ~inside
    if rest.any():
        clusters += split(sel[rest])
    out = []
    for cluster in clusters:
        if len(cluster) < 8:
            continue
        line = _fit(cx[cluster], cy[cluster], h[cluster])
        out.append((float(np.median(off[cluster])), line))
    if out:
        # The anchor's own cluster is the one nearest offset 0.
        k = int(np.argmin([abs(o) for o, _ in out]))
        out[k] = (0.0, out[k][1]) if abs(out[k][0]) < 0.3 * anchor.h else out[k]
    return out


def _grow(
    anchor: _Line,
    cx: np.ndarray,
    cy: np.ndarray,
    h: np.ndarray,
    found: dict[tuple[tuple[float, float], ...], tuple[float, list[_Line]]],
) -> None:
    """Add to `found` the runs of 2 or 3 evenly spaced lines parallel to the anchor."""
    a0, a1 = anchor.ends()
    span = float((a1 - a0) @ anchor.direction)
    mates = _parallel_lines(anchor, span, cx, cy, h)
    if not any(o == 0.0 for o, _ in mates):
        return
    mates.sort(key=lambda t: t[0])
    offsets = [o for o, _ in mates]
    i = offsets.index(0.0)
    # Grow a run of evenly spaced lines around the anchor, at most three.
    for lo in range(max(0, i - 2), i + 1):
        for hi in range(i, min(len(mates), lo + 3)):
            run = mates[lo : hi + 1]
            if len(run) < 2:
                continue
            gaps = np.diff([o for o, _ in run])
            if np.any(gaps < 1.15 * anchor.h) or np.any(gaps > 2.8 * anchor.h):
                continue
            if len(gaps) == 2 and abs(gaps[0] - gaps[1]) > 0.25 * anchor.h:
                continue
            group = [ln for _, ln in run]
            if max(g.cells for g in group) < 24:
                continue
            # The MRZ's lines share one pitch; a "line" of scattered marks does not.
            if any(not 0.7 < g.pitch / anchor.pitch < 1.5 for g in group):
                continue
            score = sum(min(g.cells, 44) for g in group)
            key = tuple((round(g.cx[0] / 8), round(g.cy[0] / 8)) for g in group)
            if key not in found or found[key][0] < score:
                found[key] = (score, group)


def _find_mrz_lines(gray: np.ndarray) -> list[list[_Line]]:
    """Candidate MRZs (2 or 3 lines each, top to bottom), most likely first.

    A line of 24 (failing that, 12) or more evenly spaced characters anchors a search
    for its parallel neighbours at MRZ line spacing; a neighbour may be shorter than
    the anchor (glare or a smudge can cut a line) if it lies along the anchor."""
    cx, cy, _w, h = _components(gray)
    chains = _chains(cx, cy, h)
    fitted = [_fit(cx[c], cy[c], h[c]) for c in chains]
    lines = [ln for ln, _ in _merge(fitted, [h[c] for c in chains])]
    found: dict[tuple[tuple[float, float], ...], tuple[float, list[_Line]]] = {}
    # Anchors of 24+ characters first; if none leads anywhere (every MRZ line broken
    # into pieces), pieces of 12+ anchor the projection, which gathers whole lines.
    for shortest in (24, 12):
        for anchor in (ln for ln in lines if ln.cells >= shortest):
            _grow(anchor, cx, cy, h, found)
        if found:
            break
    return [g for _, g in sorted(found.values(), key=lambda t: -t[0])][:4]


# -- rectifying and reading ---------------------------------------------------------------

PITCH = glyphs.PITCH
MARGIN = 2 * PITCH
STRIP_H = 3 * PITCH


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
    return x, y + y_lo, h


def _sized(bw: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Centres, heights and boxes of the character-sized components of a binary band."""
    _, _, st, ce = cv2.connectedComponentsWithStats(bw, connectivity=8)
    st, ce = st[1:], ce[1:]
    good = (st[:, 3] >= 0.45 * PITCH) & (st[:, 3] <= 1.4 * PITCH) & (st[:, 2] <= 1.25 * PITCH)
    return ce[good, 0], ce[good, 1], st[good, 3].astype(np.float64), st[good, :4]


def _polyfit(x: np.ndarray, y: np.ndarray, deg: int) -> np.ndarray:
    """np.polyfit without its RankWarning (few distinct points): the fit is checked by
    its residuals wherever it matters."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", np.exceptions.RankWarning)
        return np.polyfit(x, y, deg)


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
        for k in range(start + direction, n if direction > 0 else -1, direction):
            ratio = (xs[k] - xs[last]) / p * direction
            cells = round(ratio)
            j[k] = j[last] + cells * direction
            if abs(ratio - cells) > 0.3 or cells < 0:
                good[k] = False
                continue
            if cells == 1:
                p += 0.3 * (abs(xs[k] - xs[last]) - p)  # follow the drift, not the noise
            last = k
    return j - j.min(), good


def _fit_cells(xs: np.ndarray, pitch: float) -> tuple[np.ndarray, np.ndarray] | None:
    """(cell index per kept component, quadratic x(j) coefficients) or None."""
    if len(xs) < 8:
        return None
    xs = np.sort(xs)
    j, keep = _index_by_steps(xs, pitch)
    if keep.sum() < 8:
        return None
    coef = _polyfit(j[keep], xs[keep], 2)
    for _ in range(2):
        keep &= np.abs(xs - np.polyval(coef, j)) < 0.3 * pitch
        if keep.sum() < 8:
            return None
        coef = _polyfit(j[keep], xs[keep], 2)
    return j[keep], coef


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


def _grid(gray: np.ndarray, line: _Line) -> _Grid | None:
    """Where the character cells of a detected line really are.

    The chain's ends may be wrong by a character (a blot welded to the first letter,
    a stray mark after the last filler), so the cells are re-found in a provisional
    strip: components counted step by step and fitted by least squares."""
    a, b = line.ends()
    n0 = max(2, round(line.cells))
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
    coef = _polyfit(np.arange(3) * 1.0, np.polyval(coef, np.arange(3) + j0), 2)  # re-origin
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

    @property
    def rank(self) -> tuple[bool, int, float]:
        return (self.quiet, -self.blank, self.fit)


def _line_cells(gray: np.ndarray, g: _Grid, start: int, n: int, clf: _Classifier) -> _LineCells:
    """The cells of one line if its first character is at grid cell `start`."""
    strip, m = _warp_line(gray, g.at(start), g.at(start + n - 1), n)
    cells, quiet, recrop = _cells(strip, n, clf)
    ink = _ink(cells)
    blank = int(np.count_nonzero(ink < 0.3 * np.median(ink)))
    return _LineCells(cells, quiet, recrop, start, strip, m, float(clf.best(cells).mean()), blank)


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


def _ink(cells: np.ndarray) -> np.ndarray:
    """How much dark ink each cell holds (background minus its darkest pixels)."""
    centre = cells[:, 3:-3, 4:-4].reshape(len(cells), -1)
    return np.median(centre, axis=1) - np.percentile(centre, 3, axis=1)


Recrop = Callable[[int, float, float], np.ndarray]


def _cell_at(
    strip: np.ndarray, x: float, y: float, pitch: float, shear: float = 0.0, aspect: float = 1.0
) -> np.ndarray:
    """The (CELL_H, CELL_W) cell centred on (x, y) of the strip, scaled so that the
    local character pitch becomes PITCH, unslanted, and its height divided by
    `aspect` (as getRectSubPix when pitch == PITCH, shear == 0 and aspect == 1)."""
    k = pitch / PITCH  # strip pixels per cell pixel
    kv = k * aspect
    xc, yc = (glyphs.CELL_W - 1) / 2, (glyphs.CELL_H - 1) / 2
    m = np.array([[k, kv * shear, x - k * xc - kv * shear * yc], [0.0, kv, y - kv * yc]])
    return cv2.warpAffine(
        strip,
        m,
        (glyphs.CELL_W, glyphs.CELL_H),
        flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
        borderMode=cv2.BORDER_REPLICATE,
    )


def _cells(
    strip: np.ndarray, n: int, clf: _Classifier, shear: np.ndarray | None = None
) -> tuple[np.ndarray, bool, Recrop]:
    """(n, CELL_H, CELL_W) crops of one line at refined character centres, and whether
    the cells just before the first and after the last character are blank.

    Component centroids put the line's centre a little off the glyphs' own centre
    (it depends on the mix of digits, letters and fillers), so the vertical offset
    is chosen by how well a sample of the cells matches the glyphs. The blank cells
    on both sides are what proves the line is not shifted by a character: an MRZ
    line is always full, and ICAO keeps a clear zone around it."""
    expected = MARGIN + (np.arange(-1, n + 1) + 0.5) * PITCH
    yc = STRIP_H / 2
    cxs, cys, _ = _strip_components(strip)
    xs_fit = expected.copy()
    dy_fit = np.zeros(n + 2)
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
            py = _polyfit(jy[ok] - j0, cys[order][ok] - yc, 1)
            dy_fit = np.polyval(py, np.arange(-1, n + 1))
    stripf = strip.astype(np.float32)
    sh = np.zeros(n + 2) if shear is None else np.concatenate([shear[:1], shear, shear[-1:]])

    def crop(c: int, dy: float, aspect: float = 1.0) -> np.ndarray:  # c from -1 to n
        y = yc + dy_fit[c + 1] + dy
        return _cell_at(stripf, xs_fit[c + 1], y, pitch_fit[c + 1], sh[c + 1], aspect)

    tries = np.arange(-3.0, 3.01, 1.0)
    sample = range(0, n, 3)
    fit_q = [float(clf.best(np.stack([crop(c, dy) for c in sample])).mean()) for dy in tries]
    offset = float(tries[int(np.argmax(fit_q))])
    # A page tilted towards or away from the camera makes characters taller or
    # squatter than the pitch says (by 10% in a hurried photo): 0 and O differ by
    # little more than that. The height is the one the glyphs fit best.
    sample = range(0, n, 2)
    fit_q = [
        float(clf.best(np.stack([crop(c, offset, a) for c in sample])).mean()) for a in ASPECTS
    ]
    aspect = float(ASPECTS[int(np.argmax(fit_q))])
    cells = np.stack([crop(c, offset, aspect) for c in range(-1, n + 1)])
    # A character beside the line: ink that reads as a glyph (an edge of the page
    # or a shadow is ink too, but matches no glyph).
    ink = _ink(cells)
    outside = cells[[0, -1]]
    glyph_like = (ink[[0, -1]] > 0.35 * np.median(ink[1:-1])) & (clf.best(outside) > 0.7)

    def recrop(c: int, dx: float, dy: float) -> np.ndarray:
        y = yc + dy_fit[c + 1] + offset + dy
        return _cell_at(stripf, xs_fit[c + 1] + dx, y, pitch_fit[c + 1], sh[c + 1], aspect)

    return cells[1:-1], not bool(glyph_like.any()), recrop


class _Classifier:
    _lock = threading.Lock()
    _instance: _Classifier | None = None

    def __init__(self) -> None:
        feats, labels, blur = glyphs.load(resources_dir())
        order = np.argsort(labels, kind="stable")
        self.protos = np.ascontiguousarray(feats[order].T)  # (D, N)
        counts = np.bincount(labels, minlength=len(ALPHABET))
        if not np.all(counts == counts[0]) or counts[0] != len(blur):
            raise RuntimeError("OCR-B prototypes: unequal classes")
        self.per_class = int(counts[0])
        self.bins = [(blur >= lo) & (blur <= hi) for lo, hi in glyphs.BLUR_BINS]
        by_class = self.protos.reshape(-1, len(ALPHABET), self.per_class)
        self.bin_protos = [
            (np.ascontiguousarray(by_class[:, :, b].reshape(by_class.shape[0], -1)), int(b.sum()))
            for b in self.bins
        ]
        # The clean prototypes (the first variations of each class), for quick fits.
        protos = self.protos.reshape(-1, len(ALPHABET), self.per_class)
        self.clean = np.ascontiguousarray(protos[:, :, :3].reshape(protos.shape[0], -1))
        self.blots = np.ascontiguousarray(glyphs.render_blots().T)

    @classmethod
    def get(cls) -> _Classifier:
        with cls._lock:
            if cls._instance is None:
                cls._instance = _Classifier()
            return cls._instance

    def best(self, cells: np.ndarray) -> np.ndarray:
        """(N,) best similarity to any prototype."""
        return (glyphs.features(cells) @ self.clean).max(axis=1)

    def blot(self, cells: np.ndarray) -> np.ndarray:
        """(N,) best similarity to an ink blot (see glyphs.render_blots)."""
        return (glyphs.features(cells) @ self.blots).max(axis=1)

    def scores(self, cells: np.ndarray, n: int) -> np.ndarray:
        """(N, 37) best similarity per character class, lines of n cells.

        Each line is matched only against the prototypes of the blur that fits it
        best: a sharp line gains nothing from blurred prototypes, which only make
        rival classes look alike."""
        feats = glyphs.features(cells)
        out = np.empty((len(cells), len(ALPHABET)), np.float32)
        for start in range(0, len(cells), n):
            line = feats[start : start + n]
            # Choose the blur on every third cell, then match the line against it only.
            probe = (line[::3] @ self.protos).reshape(-1, len(ALPHABET), self.per_class)
            fit = [float(probe[:, :, b].max(axis=2).max(axis=1).mean()) for b in self.bins]
            out[start : start + n] = self._match(line, int(np.argmax(fit)))
        return out

    def blur_bins(self, cells: np.ndarray, n: int) -> list[int]:
        """The blur bin `scores` matches each line of n cells against."""
        out = []
        for start in range(0, len(cells), n):
            line = glyphs.features(cells[start : start + n : 3])
            probe = (line @ self.protos).reshape(-1, len(ALPHABET), self.per_class)
            fit = [float(probe[:, :, b].max(axis=2).max(axis=1).mean()) for b in self.bins]
            out.append(int(np.argmax(fit)))
        return out

    def scores_in_bin(self, cells: np.ndarray, b: int) -> np.ndarray:
        """(N, 37) best similarity per class among the prototypes of blur bin b."""
        return self._match(glyphs.features(cells), b)

    def _match(self, feats: np.ndarray, b: int) -> np.ndarray:
        protos, m = self.bin_protos[b]
        return (feats @ protos).reshape(len(feats), len(ALPHABET), m).max(axis=2)


def _layout(fmt: str) -> list[str]:
    """Allowed characters per position, line by line (from layout.py)."""
    return mrz_layout.layout(fmt).allowed()


_Reading = ocr_decide.Reading
_refused = ocr_decide.refused
_WHY = ocr_decide.WHY


def _decide(
    scores: np.ndarray,
    fmt: str,
    n: int,
    today: dt.date,
    blot: np.ndarray | None = None,
    feats: np.ndarray | None = None,
) -> _Reading:
    """The reading from per-cell scores over all 37 classes (see ocr_decide)."""
    return ocr_decide.decide(scores, fmt, n, today, blot, feats)


def _read_group(gray: np.ndarray, group: list[_Line], today: dt.date) -> _Reading:
    k = len(group)
    grids = [_grid(gray, line) for line in group]
    if any(g is None for g in grids):
        raise NoMrzFound("found text lines like an MRZ but could not find their characters")
    found = [g for g in grids if g is not None]
    spans = [g.span for g in found]
    typical = float(np.mean(spans))
    if k == 3:
        sizes = [("TD1", 30)]
    else:
        # Stray marks lengthen a line, and glare or a fold can hide a third of it (the
        # grid keeps the longest run of cells): try the nearer size first, then the
        # other one.
        sizes = sorted([("TD2", 36), ("TD3", 44)], key=lambda t: abs(t[1] - typical))
    # Too short when even the longest line is; too long only when even the shortest
    # is: marks of the visual zone or a guilloche in line with the MRZ lengthen some
    # of its lines (the grid fit keeps them), seldom all.
    if max(spans) < min(n for _, n in sizes) - 4 or min(spans) > max(n for _, n in sizes) + 6:
        raise NoMrzFound(f"found {k} lines of about {typical:.0f} characters: not a complete MRZ")
    best: _Reading | None = None
    for fmt, n in sizes:
        reading = _read_size(gray, found, fmt, n, today)
        if best is None or reading.mean_score > best.mean_score:
            best = reading
        if reading.document.valid:
            return reading
    assert best is not None
    return best


def _read_size(gray: np.ndarray, found: list[_Grid], fmt: str, n: int, today: dt.date) -> _Reading:
    clf = _Classifier.get()
    options = _start_options(found, n)
    per_line = _choose_lines(gray, found, options, n, clf)
    shears = _shears(found, per_line, n)
    if shears is not None:
        for ln, sh in zip(per_line, shears, strict=True):
            ln.cells, ln.quiet, ln.recrop = _cells(ln.strip, n, clf, sh)
    cells = np.concatenate([ln.cells for ln in per_line])
    unclear = [i for i, ln in enumerate(per_line) if not ln.quiet]
    scores = clf.scores(cells, n)
    if len(found) == 2:
        # The first character decides between a visa and a TD2/TD3.
        docs = [_IDX[c] for c in "PIAC"]
        if scores[0, _IDX["V"]] > scores[0, docs].max():
            fmt = "MRV-A" if n == 44 else "MRV-B"
    recrops = [ln.recrop for ln in per_line]
    moved = _realign_poor_cells(scores, fmt, n, recrops, clf, clf.blur_bins(cells, n))
    _rescore_near_ties(scores, fmt, n, recrops, clf, skip=set(moved))
    blot = clf.blot(cells)
    for p, (dx, dy) in moved.items():
        # A moved cell must not escape a blot: it is judged where it is most blot-like.
        blot[p] = max(blot[p], float(clf.blot(recrops[p // n](p % n, dx, dy)[None])[0]))
    reading = _decide(scores, fmt, n, today, blot, glyphs.features(cells))
    if unclear and reading.document.valid:
        # Ink just outside a line: it may be shifted by a character. Refuse.
        where = [(i + 1, 1) for i in unclear] + [(i + 1, n) for i in unclear]
        out = _refused(reading.document, reading.confidence, where, reading.mean_score, "ends")
        # The whole reading may be a character off: nothing in it is sure.
        return dataclasses.replace(
            out, unsure=tuple((i // n + 1, i % n + 1) for i in range(len(scores)))
        )
    return reading


JITTER = [(dx, dy) for dx in (-1.0, 0.0, 1.0) for dy in (-1.0, 0.0, 1.0)]
# Where a poorly matching cell looks for its glyph (cell pixels; the pitch is 24).
SEARCH = [(float(dx), float(dy)) for dx in range(-3, 4) for dy in range(-2, 3)]
REALIGN_BELOW = 0.9  # cells matching their best glyph worse than this look around
REALIGN_GAIN = 0.03  # and move only when a glyph fits this much better there
REALIGN_FIT = 0.85  # and fits that well there


def _realign_poor_cells(
    scores: np.ndarray,
    fmt: str,
    n: int,
    recrops: list[Recrop],
    clf: _Classifier,
    bins: list[int],
) -> dict[int, tuple[float, float]]:
    """Cells that match no allowed glyph well, moved to where one fits, and scored
    there as the mean over crops shifted by a pixel each way.

    The cells of a line are placed by a fit through its characters' components; where
    glare or faded ink hides components (often at a line's end), the fit strays by a
    few pixels, enough to make a clear glyph illegible. Updates `scores` in place and
    returns the positions moved, with their shift."""
    allowed = _layout(fmt)
    centre = SEARCH.index((0.0, 0.0))
    moved: dict[int, tuple[float, float]] = {}
    for p, chars in enumerate(allowed):
        idx = [_IDX[c] for c in chars]
        if scores[p, idx].max() >= REALIGN_BELOW:
            continue
        line, col = divmod(p, n)
        crops = np.stack([recrops[line](col, dx, dy) for dx, dy in SEARCH])
        fit = clf.scores_in_bin(crops, bins[line])[:, idx].max(axis=1)
        k = int(np.argmax(fit))
        if fit[k] < REALIGN_FIT or fit[k] < fit[centre] + REALIGN_GAIN:
            continue
        dx, dy = SEARCH[k]
        crops = np.stack([recrops[line](col, dx + jx, dy + jy) for jx, jy in JITTER])
        scores[p] = clf.scores_in_bin(crops, bins[line]).mean(axis=0)
        moved[p] = (dx, dy)
    return moved


def _rescore_near_ties(
    scores: np.ndarray,
    fmt: str,
    n: int,
    recrops: list[Recrop],
    clf: _Classifier,
    skip: set[int] = frozenset(),  # type: ignore[assignment]
) -> None:
    """Where the two best allowed characters are close, score the cell again as the
    mean over crops shifted by a pixel each way: one crop's score carries the noise of
    its exact placement, the mean much less. Updates `scores` in place."""
    cands = ocr_decide.candidates(scores)
    for p in range(len(scores)):
        if p in skip or len(cands[p]) < 2:
            continue
        line, col = divmod(p, n)
        crops = np.stack([recrops[line](col, dx, dy) for dx, dy in JITTER])
        scores[p] = clf.scores(crops, len(crops)).mean(axis=0)


def prepare() -> None:
    """Load (or render) the OCR-B prototypes now, e.g. in a worker at start-up, so that
    the first document is not slower than the others."""
    _Classifier.get()


def _read_turns(gray: np.ndarray, today: dt.date) -> tuple[_Reading | None, NoMrzFound | None]:
    """The best reading of the image upright, upside down or on its side."""
    reading = None
    failure: NoMrzFound | None = None
    # Upright first; then upside down; then on its side (a phone held upright over a
    # passport lying across the counter), until a reading is valid or clearly upright.
    turns = (None, cv2.ROTATE_180, cv2.ROTATE_90_CLOCKWISE, cv2.ROTATE_90_COUNTERCLOCKWISE)
    for turn in turns:
        if reading is not None and (reading.document.valid or reading.mean_score > 0.85):
            break
        img = gray if turn is None else cv2.rotate(gray, turn)
        for group in _find_mrz_lines(img):
            try:
                attempt = _read_group(img, group, today)
            except NoMrzFound as e:
                failure = failure or e
                continue
            if reading is None or attempt.mean_score > reading.mean_score:
                reading = attempt
            if reading.document.valid:
                break
    return reading, failure


def read_array(image: np.ndarray, *, today: dt.date | None = None) -> OcrResult:
    """Read the MRZ in a decoded image (gray or BGR). NoMrzFound when there is none.

    Safe to call from any worker thread (no Qt, no shared mutable state)."""
    t0 = time.perf_counter()
    today = today or dt.date.today()
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    scale = WORK_MAX_SIDE / max(gray.shape)
    if scale < 1:
        gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    reading, failure = _read_turns(gray, today)
    if (reading is None or not reading.document.valid) and max(gray.shape) <= UPSCALE_BELOW:
        # A small picture (a web thumbnail, a card far from the camera): its characters
        # may be under the 7 pixels the locator needs. Read it again twice as large.
        big = cv2.resize(gray, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)
        # A small document shows a few hundred marks of character size; thousands are
        # noise (and chaining them costs seconds).
        if len(_components(big)[0]) <= UPSCALE_MAX_MARKS:
            again, failure2 = _read_turns(big, today)
            if again is not None and (reading is None or again.document.valid):
                reading = again
            failure = failure or failure2
    if reading is None:
        raise failure or NoMrzFound("no MRZ found in the image")
    return OcrResult(
        document=reading.document,
        line_confidence=reading.confidence,
        elapsed_ms=(time.perf_counter() - t0) * 1000,
        corrected=reading.corrected,
        uncertain=reading.uncertain,
        unsure=reading.unsure,
    )


def read_image(
    source: str | os.PathLike[str] | bytes, *, today: dt.date | None = None
) -> OcrResult:
    """Load an image file (or encoded bytes) and read its MRZ; OcrFailure (exit 2) when
    the file cannot be read or holds no MRZ."""
    t0 = time.perf_counter()
    gray = load_gray(source)
    result = read_array(gray, today=today)
    return dataclasses.replace(result, elapsed_ms=(time.perf_counter() - t0) * 1000)
