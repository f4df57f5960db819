"""OCR stage 4, classify: every character cell against OCR-B prototypes rendered from
Debian's fonts-ocr-b (glyphs.py): cosine similarity to the best prototype of each of
the 37 classes, among the prototypes of the blur that suits the line; cells that fit
no glyph well are looked for a few pixels around; near-ties are scored again over
crops shifted by a pixel (ocr.py runs the stages; ocr_decide.py decides).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np

from desktop.documents import glyphs, ocr_decide, ocr_reading, ocr_repair
from desktop.documents import layout as mrz_layout
from desktop.documents.mrz import ALPHABET
from desktop.resources import resources_dir

_IDX = {c: i for i, c in enumerate(ALPHABET)}
Recrop = Callable[[int, float, float], np.ndarray]


def _layout(fmt: str) -> list[str]:
    """Allowed characters per position, line by line (from layout.py)."""
    return mrz_layout.layout(fmt).allowed()


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
        self._allowed: dict[tuple[int, tuple[int, ...]], np.ndarray] = {}  # allowed_fit's

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
        return self.scores_and_bins(cells, n)[0]

    def scores_and_bins(self, cells: np.ndarray, n: int) -> tuple[np.ndarray, list[int]]:
        """`scores` and the blur bin each line was matched in (the bins once probed a
        second time: a row of a product does not depend on the rows beside it, two or
        more)."""
        feats = glyphs.features(cells)
        out = np.empty((len(cells), len(ALPHABET)), np.float32)
        bins = []
        for start in range(0, len(cells), n):
            line = feats[start : start + n]
            # Choose the blur on every third cell, then match the line against it only.
            probe = (line[::3] @ self.protos).reshape(-1, len(ALPHABET), self.per_class)
            b = self._bin_of(probe)
            bins.append(b)
            out[start : start + n] = self._match(line, b)
        return out, bins

    def scores_each(self, cells: np.ndarray, n: int) -> np.ndarray:
        """np.concatenate([scores(group, n) for each group of n cells]), n >= 4: the
        groups' probes in one product and their matches in one per blur bin. Each row
        of a float32 product with two or more rows is the same bits whatever rows
        stand beside it (OpenBLAS; a single row goes another way: not used here), so
        the same scores as group by group, at a fraction of the reads of the 4,440
        prototypes (a group of 9 jitter crops probed 3 rows against all of them)."""
        feats = glyphs.features(cells)
        groups = len(cells) // n
        assert n >= 4 and groups * n == len(cells)
        probe_rows = feats.reshape(groups, n, -1)[:, ::3]
        k = probe_rows.shape[1]
        probes = (probe_rows.reshape(groups * k, -1) @ self.protos).reshape(
            groups, k, len(ALPHABET), self.per_class
        )
        return self._match_groups(feats, n, [self._bin_of(probes[g]) for g in range(groups)])

    def _bin_of(self, probe: np.ndarray) -> int:
        """The blur bin whose prototypes the probe's cells (k, 37, per_class) fit best."""
        fit = [float(probe[:, :, b].max(axis=2).max(axis=1).mean()) for b in self.bins]
        return int(np.argmax(fit))

    def scores_in_bin(self, cells: np.ndarray, b: int) -> np.ndarray:
        """(N, 37) best similarity per class among the prototypes of blur bin b."""
        return self._match(glyphs.features(cells), b)

    def allowed_fit(self, cells: np.ndarray, b: int, idx: list[int]) -> np.ndarray:
        """(N,) best similarity to the classes idx among the prototypes of blur bin b:
        scores_in_bin(cells, b)[:, idx].max(axis=1) matching only those classes' columns,
        so up to float rounding (a narrower product sums in another order: under
        FIT_ROUNDING, unit vectors of 320 floats)."""
        return (glyphs.features(cells) @ self._allowed_protos(b, tuple(idx))).max(axis=1)

    def _allowed_protos(self, b: int, idx: tuple[int, ...]) -> np.ndarray:
        """The prototypes of blur bin b of the classes idx, (D, len(idx) * m), kept."""
        key = (b, idx)
        protos = self._allowed.get(key)
        if protos is None:
            full, m = self.bin_protos[b]
            by_class = full.reshape(full.shape[0], len(ALPHABET), m)[:, list(idx), :]
            protos = self._allowed[key] = np.ascontiguousarray(by_class.reshape(full.shape[0], -1))
        return protos

    def allowed_fits(self, items: list[tuple[np.ndarray, int, list[int]]]) -> list[np.ndarray]:
        """[allowed_fit(cells, b, idx) for cells, b, idx in items], every item of two or
        more cells: the features at once and one product per (b, idx) (rows of a
        product of 2+ rows are the same bits whatever rows stand beside them)."""
        if not items:
            return []
        assert all(len(cells) >= 2 for cells, _b, _idx in items)
        feats = glyphs.features(np.concatenate([cells for cells, _b, _idx in items]))
        ends = np.cumsum([len(cells) for cells, _b, _idx in items])
        spans = [range(int(e) - len(c), int(e)) for e, (c, _b, _i) in zip(ends, items, strict=True)]
        keys = [(b, tuple(idx)) for _c, b, idx in items]
        out: list[np.ndarray] = [np.empty(0, np.float32)] * len(items)
        for key in dict.fromkeys(keys):
            members = [i for i, k in enumerate(keys) if k == key]
            rows = np.concatenate([np.arange(spans[i].start, spans[i].stop) for i in members])
            fit = (feats[rows] @ self._allowed_protos(*key)).max(axis=1)
            at = 0
            for i in members:
                out[i] = fit[at : at + len(spans[i])]
                at += len(spans[i])
        return out

    def scores_in_bins(self, cells: np.ndarray, n: int, bins: list[int]) -> np.ndarray:
        """np.concatenate([scores_in_bin(group, b) for each group of n cells and its b]),
        n >= 2: one match per bin."""
        assert n >= 2 and len(bins) * n == len(cells)
        return self._match_groups(glyphs.features(cells), n, bins)

    def _match_groups(self, feats: np.ndarray, n: int, bins: list[int]) -> np.ndarray:
        """Each group of n rows of `feats` matched in its bin, one product per bin (the
        same bits as group by group: rows of a product of 2+ rows, n >= 2)."""
        per = np.array(bins)
        out = np.empty((len(feats), len(ALPHABET)), np.float32)
        for b in np.unique(per).tolist():
            rows = (np.flatnonzero(per == b)[:, None] * n + np.arange(n)).ravel()
            out[rows] = self._match(feats[rows], b)
        return out

    def _match(self, feats: np.ndarray, b: int) -> np.ndarray:
        protos, m = self.bin_protos[b]
        return (feats @ protos).reshape(len(feats), len(ALPHABET), m).max(axis=2)


JITTER = [(dx, dy) for dx in (-1.0, 0.0, 1.0) for dy in (-1.0, 0.0, 1.0)]


def _crops(recrop: Recrop, col: int, shifts: list[tuple[float, float]]) -> np.ndarray:
    """Cell `col` cut again at each shift: in one go where the recrop can (ocr_cells's)."""
    many = getattr(recrop, "many", None)
    if many is not None:
        return many(col, shifts)
    return np.stack([recrop(col, dx, dy) for dx, dy in shifts])


# Where a poorly matching cell looks for its glyph (cell pixels; the pitch is 24).
SEARCH = [(float(dx), float(dy)) for dx in range(-3, 4) for dy in range(-2, 3)]


REALIGN_BELOW = 0.9  # cells matching their best glyph worse than this look around


REALIGN_GAIN = 0.03  # and move only when a glyph fits this much better there


REALIGN_FIT = 0.85  # and fits that well there


# Float32 sums of 320 products of unit vectors differ by at most 320 x 2^-24 (2e-5) between
# two orders of summation; a decision this far from its threshold is the same either way.
FIT_ROUNDING = 1e-3


def _search_fit(
    crops: np.ndarray,
    clf: _Classifier,
    b: int,
    idx: list[int],
    centre: int,
    fit: np.ndarray | None = None,
) -> np.ndarray:
    """The realignment's fit of each search crop to the allowed glyphs. The fit only
    chooses where a cell moves (its scores there are cut and matched again), so it is
    matched against the allowed classes only, a third to three quarters of the work;
    where a choice falls within FIT_ROUNDING of a threshold or a rival place, the fit is
    that of every class, as it always was, so that every choice stays the same. `fit`:
    the allowed fit when computed already (`allowed_fits`)."""
    if fit is None:
        fit = clf.allowed_fit(crops, b, idx)
    k = int(np.argmax(fit))
    top = float(fit[k])
    rivals = np.delete(fit, k)
    if (
        abs(top - REALIGN_FIT) < FIT_ROUNDING
        or abs(top - float(fit[centre]) - REALIGN_GAIN) < FIT_ROUNDING
        or (len(rivals) and float(rivals.max()) > top - FIT_ROUNDING)
    ):
        return clf.scores_in_bin(crops, b)[:, idx].max(axis=1)
    return fit


# Issue 10: "field types may break ties between look-alikes, they may not overrule a
# clear glyph". A cell the templates read clearly (REALIGN_BELOW or over) as a digit its
# field of letters does not admit is where its glyph is: the realignment, which fits
# the field's characters only, moved face_pages 2790128's nationality 9 (S9V printed,
# 0.97 where it stood, Q 0.77) two pixels to where a Q fitted 0.83 and the MRZ was read
# SQV and VALID. Such a cell stays, unless a letter of its field is a look-alike of the
# digit within LOOKALIKE_WIDE or any letter is within FOREIGN_CLEAR (not a clear glyph:
# the type breaks the tie as rule 2 says). The digit is then reported as printed and
# the MRZ invalid (ext-mrz's Romanian nationality `132`).
FOREIGN_CLEAR = ocr_repair.TYPE_SURE_FIT


def _clear_foreign_digit(row: np.ndarray, chars: str) -> bool:
    """Whether a cell's scores `row` name a digit its field (`chars`) does not admit,
    clearly: at REALIGN_BELOW or over, every admitted letter FOREIGN_CLEAR behind and its
    admitted look-alikes LOOKALIKE_WIDE behind."""
    best = int(np.argmax(row))
    c = ALPHABET[best]
    top = float(row[best])
    if c not in mrz_layout.DIGITS or c in chars or top < REALIGN_BELOW:
        return False
    for x in chars:
        behind = top - float(row[_IDX[x]])
        if behind < FOREIGN_CLEAR:
            return False
        if ocr_reading.is_lookalike(c, x) and behind < ocr_reading.LOOKALIKE_WIDE:
            return False
    return True


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
    # Each cell is judged on its own row of `scores` only (a moved cell's new scores
    # concern no other cell), so the poor cells' searches and rescoring go in one go
    # each (allowed_fits, scores_in_bins: the same bits as cell by cell).
    poor = []
    for p, chars in enumerate(allowed):
        idx = [_IDX[c] for c in chars]
        if scores[p, idx].max() >= REALIGN_BELOW or _clear_foreign_digit(scores[p], chars):
            continue
        poor.append((p, idx, _crops(recrops[p // n], p % n, SEARCH)))
    fits = clf.allowed_fits([(crops, bins[p // n], idx) for p, idx, crops in poor])
    moves: list[tuple[int, float, float]] = []
    for (p, idx, crops), first in zip(poor, fits, strict=True):
        fit = _search_fit(crops, clf, bins[p // n], idx, centre, first)
        k = int(np.argmax(fit))
        if fit[k] < REALIGN_FIT or fit[k] < fit[centre] + REALIGN_GAIN:
            continue
        moves.append((p, *SEARCH[k]))
    moved: dict[int, tuple[float, float]] = {}
    if not moves:
        return moved
    crops = np.concatenate(
        [
            _crops(recrops[p // n], p % n, [(dx + jx, dy + jy) for jx, jy in JITTER])
            for p, dx, dy in moves
        ]
    )
    rescored = clf.scores_in_bins(crops, len(JITTER), [bins[p // n] for p, _dx, _dy in moves])
    for (p, dx, dy), rows in zip(moves, rescored.reshape(len(moves), len(JITTER), -1), strict=True):
        scores[p] = rows.mean(axis=0)
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
    todo = [p for p in range(len(scores)) if p not in skip and len(cands[p]) >= 2]
    if not todo:
        return
    # All the cells' crops scored at once (the same scores as cell by cell: scores_each).
    crops = np.concatenate([_crops(recrops[p // n], p % n, JITTER) for p in todo])
    each = clf.scores_each(crops, len(JITTER)).reshape(len(todo), len(JITTER), -1)
    for p, rows in zip(todo, each, strict=True):
        scores[p] = rows.mean(axis=0)
