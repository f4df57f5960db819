"""OCR stage 1, locate: where in the picture are two or three long, parallel, evenly
spaced lines of character-sized marks (ocr.py runs the stages).

Adaptive threshold, connected components, chains of character-sized components at a
regular pitch. A chain of 24+ characters anchors the search; the components are then
clustered by their distance from its line, which finds the MRZ's two or three
parallel, evenly spaced lines even where glare or touching characters broke the
chains. A visual zone never has 30+ evenly spaced characters per line.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

MIN_CHAR_PX = 7  # smaller characters cannot be read reliably (small pictures are upscaled)


def components_with_stats(bw: np.ndarray) -> tuple[int, np.ndarray, np.ndarray, np.ndarray]:
    """cv2.connectedComponentsWithStats(bw, connectivity=8) through Grana's BBDT, which
    labels in the same order with the same stats and centroids as OpenCV's default
    (Spaghetti) and takes 0.7 of its time here (tests/documents/test_ocr_speed.py)."""
    return cv2.connectedComponentsWithStatsWithAlgorithm(bw, 8, cv2.CV_32S, cv2.CCL_BBDT)


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
    _, _, stats, cents = components_with_stats(bw)
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
    # Only pairs within 2 heights along x can chain: the pairs of that band (cx sorted)
    # instead of the n x n matrix (thousands of components on a busy page). The tests
    # and the cost are the same double operations as over the matrix, and ties go to
    # the lowest index as argmin's and the first-come loop's did.
    i, j = _near_pairs(cx, 2.0 * float(h.max()))
    dx = cx[j] - cx[i]
    dy = cy[j] - cy[i]
    hm = np.maximum(h[i], h[j])
    ratio = h[i] / h[j]
    ok = (
        (dx > 0.3 * hm)
        & (dx < 2.0 * hm)
        & (np.abs(dy) < 0.2 * hm + 0.35 * dx)
        & (ratio > 0.65)
        & (ratio < 1.55)
    )
    i, j = i[ok], j[ok]
    cost = (dx + 2.5 * np.abs(dy))[ok]
    # Each component's cheapest next (lowest j on a tie) ...
    first = _firsts(i, cost, j)
    i, j, cost = i[first], j[first], cost[first]
    # ... and each next's cheapest predecessor (lowest i on a tie).
    first = _firsts(j, cost, i)
    prev = np.full(n, -1)
    prev[j[first]] = i[first]
    succ = np.full(n, -1)
    succ[i[first]] = j[first]
    after = succ.tolist()
    chains = []
    for start in np.flatnonzero(prev < 0).tolist():
        chain = [start]
        while after[chain[-1]] >= 0 and len(chain) <= n:
            chain.append(after[chain[-1]])
        if len(chain) >= 8:
            chains.append(np.array(chain))
    return chains


def _near_pairs(cx: np.ndarray, reach: float) -> tuple[np.ndarray, np.ndarray]:
    """Every (i, j), i != j, with cx[j] within [cx[i] - 1, cx[i] + reach + 1]: a superset
    of the pairs `_chains` accepts (0 < dx < 2 * max height <= reach)."""
    order = np.argsort(cx, kind="stable")
    xs = cx[order]
    lo = np.searchsorted(xs, xs - 1.0, side="left")
    hi = np.searchsorted(xs, xs + reach + 1.0, side="right")
    counts = hi - lo
    a = np.repeat(np.arange(len(xs)), counts)
    b = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts) + lo[a]
    keep = a != b
    return order[a[keep]], order[b[keep]]


def _firsts(key: np.ndarray, cost: np.ndarray, tie: np.ndarray) -> np.ndarray:
    """Positions of the least `cost` per `key`, the least `tie` among equal costs."""
    order = np.lexsort((tie, cost, key))
    k = key[order]
    return order[np.r_[True, k[1:] != k[:-1]]] if len(k) else order


def _polyfit(x: np.ndarray, y: np.ndarray, deg: int) -> np.ndarray:
    """np.polyfit without its RankWarning (few distinct points): the fit is checked by
    its residuals wherever it matters."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", np.exceptions.RankWarning)
        return np.polyfit(x, y, deg)


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


def _scale_along(
    anchor: _Line, span: float, t: np.ndarray, off: np.ndarray, h: np.ndarray
) -> np.ndarray:
    """Per component, the size of the anchor's characters at its place along the line,
    relative to their median: a linear fit of the heights of the anchor's own marks,
    so that perspective's growth along a line does not drop its bigger end."""
    own = (np.abs(off) < 0.3 * anchor.h) & (t > -anchor.pitch) & (t < span + anchor.pitch)
    if own.sum() < 12 or span <= 0:
        return np.ones_like(t)
    # Letters and digits only: fillers are shorter, and they gather at a line's end.
    own &= h >= 0.85 * np.percentile(h[own], 75)
    if own.sum() < 8:
        return np.ones_like(t)
    fit = _polyfit(t[own], h[own], 1)
    mid = float(np.polyval(fit, span / 2))
    if mid <= 0:
        return np.ones_like(t)
    growth = abs(fit[0]) * span / mid
    if growth < 0.2:  # no perspective worth the name: heights vary by glyph
        return np.ones_like(t)
    return np.clip(np.polyval(fit, t) / mid, 0.6, 1.7)


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
    # A page seen from aside (keystone) shows the MRZ larger at one end: heights and
    # the lines' spacing are judged against the anchor's size where they are.
    scale = _scale_along(anchor, span, t, off, h)
    off = off / scale
    sel = np.flatnonzero(
        (t > -reach)
        & (t < span + reach)
        & (h > 0.7 * anchor.h * scale)
        & (h < 1.4 * anchor.h * scale)
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
    found = _find_in(cx, cy, h, chains)
    # tilt_of's answer for this picture, from what was found now (see _Seen).
    tilt = float(np.degrees(found[0][0].angle)) if found else None
    _Seen.remember(gray, tilt if tilt is not None else _chain_tilt(cx, cy, h, chains))
    return found


def _find_in(
    cx: np.ndarray, cy: np.ndarray, h: np.ndarray, chains: list[np.ndarray]
) -> list[list[_Line]]:
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


def tilt_of(gray: np.ndarray) -> float:
    """The direction (degrees, image coordinates) of the picture's MRZ lines: of the
    best candidate's first line, else of its longest chain of 12+ evenly spaced marks;
    0 where there is none."""
    seen = _Seen.recall(gray)
    if seen is not None:
        return seen()
    _find_mrz_lines(gray)
    seen = _Seen.recall(gray)
    assert seen is not None
    return seen()


def _chain_tilt(
    cx: np.ndarray, cy: np.ndarray, h: np.ndarray, chains: list[np.ndarray]
) -> Callable[[], float]:
    """tilt_of where no MRZ was found: of the longest chain of 12+ marks (when asked)."""

    def tilt() -> float:
        long = [c for c in chains if len(c) >= 12]
        if not long:
            return 0.0
        best = max(long, key=len)
        return float(np.degrees(_fit(cx[best], cy[best], h[best]).angle))

    return tilt


class _Seen:
    """The tilt of the last few pictures searched (per thread): ocr._read_gray asks
    tilt_of for the picture whose MRZ it has just searched, and searching it again
    (components, chains, candidates) gave the same answer at the cost of a whole
    search. Pictures are matched by identity (the pipeline never changes a picture
    once made); ocr.py forgets them at the start of every read."""

    _local = threading.local()
    KEEP = 8

    @classmethod
    def remember(cls, gray: np.ndarray, tilt: float | Callable[[], float]) -> None:
        recent = cls._recent()
        recent.insert(0, (gray, tilt if callable(tilt) else (lambda: tilt)))
        del recent[cls.KEEP :]

    @classmethod
    def recall(cls, gray: np.ndarray) -> Callable[[], float] | None:
        return next((t for g, t in cls._recent() if g is gray), None)

    @classmethod
    def forget(cls) -> None:
        cls._recent().clear()

    @classmethod
    def _recent(cls) -> list[tuple[np.ndarray, Callable[[], float]]]:
        if not hasattr(cls._local, "recent"):
            cls._local.recent = []
        return cls._local.recent


def level(
    gray: np.ndarray, degrees: float, max_side: int, border: int = cv2.BORDER_REPLICATE
) -> np.ndarray:
    """The picture turned by `degrees` so that lines in that direction lie level, on a
    canvas large enough to keep every corner (edges repeated, not black: a black border
    would make marks of its own), at most `max_side` large like any picture searched.
    `border=cv2.BORDER_CONSTANT` turns a mask instead: 0 where there was no picture."""
    h, w = gray.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    c, s = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * s + w * c), int(h * c + w * s)
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    out = cv2.warpAffine(gray, m, (nw, nh), flags=cv2.INTER_LINEAR, borderMode=border)
    # Shrunk after turning, by area: turning and shrinking in one warp aliases the
    # strokes (a moire'd TD1 read with a dozen unsure cells rather than exactly).
    scale = max_side / max(nw, nh)
    if scale < 1:
        out = cv2.resize(out, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    return out
