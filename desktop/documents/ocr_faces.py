"""MRZs printed in another monospace face than OCR-B (re-typeset specimens, screens,
some issuers): the cells read against glyphs rendered from other faces (glyph_faces.py).

Against OCR-B templates alone such a document's cells score under the confidence floor
(a 6 reads 0, a 9 reads B, a 4 reads 1: not look-alikes) and it is refused. Where the
OCR-B reading is not valid and the other faces' glyphs fit the document's cells
FACE_GAIN better on average (a document-level identification: the document is not in
OCR-B), every cell is scored against all faces at once, OCR-B's scores included, and
decided by the same rules (ocr_decide: two readings that both pass every check are
refused; an uncertain character where no check digit looks refuses), without the
look-alike networks: they were trained on OCR-B and on faces a document may be printed
in, and on faces they never saw they were sure of wrong look-alikes
(bench/results/mrz_lookalike_cnn_faces.md). ocr.py keeps such a reading only when it
is valid.
"""

from __future__ import annotations

import datetime as dt
import threading

import numpy as np

from desktop.documents import glyph_faces, glyphs, ocr_decide
from desktop.documents import layout as mrz_layout
from desktop.documents.mrz import ALPHABET
from desktop.resources import resources_dir

# The other faces must fit the cells this much better (mean over cells of the best
# class's similarity) than OCR-B alone. mrz_heldout6's documents in DejaVu Sans Mono and
# Noto Sans Mono CJK (faces not rendered) gain 0.08-0.15; the OCR-B documents of the
# development sets that reach this step gain under 0.02 (bench/results/mrz_faces.md).
FACE_GAIN = 0.03

_IDX = {c: i for i, c in enumerate(ALPHABET)}


class _Faces:
    _lock = threading.Lock()
    _instance: _Faces | None = None

    def __init__(self) -> None:
        names, feats, blur = glyph_faces.load(resources_dir())
        self.names = names
        # (D, F * 37 * per_class): every face's prototypes, class-major within a face.
        self.protos = np.ascontiguousarray(feats.reshape(-1, feats.shape[2]).T)
        self.shape = (len(names), len(ALPHABET), len(blur))
        self.bins = [(blur >= lo) & (blur <= hi) for lo, hi in glyphs.BLUR_BINS]

    @classmethod
    def get(cls) -> _Faces:
        with cls._lock:
            if cls._instance is None:
                cls._instance = _Faces()
            return cls._instance

    def scores(self, feats: np.ndarray, n: int) -> np.ndarray:
        """(N, 37) best similarity per class over every face's prototypes, each face
        matching each line of n cells with the prototypes of the blur that fits that
        line best (as ocr_classify does for OCR-B).

        Pooled over faces rather than the one face that fits best: a face never
        rendered is nearer one face in some glyphs and another in others (on
        mrz_heldout6/7's documents in other faces, none rendered: the printed character
        was the best class in 93 % of cells pooled, 89 % with the best face alone)."""
        f, k, per = self.shape
        sim = (feats @ self.protos).reshape(len(feats), f, k, per)
        out = np.empty((len(feats), k), np.float32)
        for start in range(0, len(feats), n):
            line = sim[start : start + n]
            best = None
            for face in range(f):
                by_bin = [line[:, face][:, :, b].max(axis=2) for b in self.bins]
                pick = by_bin[int(np.argmax([s.max(axis=1).mean() for s in by_bin]))]
                best = pick if best is None else np.maximum(best, pick)
            assert best is not None
            out[start : start + n] = best
        return out


def prepare() -> None:
    """Load (or render) the faces' prototypes now (see ocr.prepare)."""
    _Faces.get()


def read(
    cells: np.ndarray,
    ocrb_scores: np.ndarray,
    fmt: str,
    n: int,
    today: dt.date,
    blot: np.ndarray | None,
) -> ocr_decide.Reading | None:
    """The reading of the cells against the other faces' glyphs and OCR-B's
    (`ocrb_scores`, (N, 37)) when those fit FACE_GAIN better on average than OCR-B's
    alone; else None."""
    feats = glyphs.features(cells)
    scores = np.maximum(_Faces.get().scores(feats, n), ocrb_scores)
    if scores.max(axis=1).mean() < ocrb_scores.max(axis=1).mean() + FACE_GAIN:
        return None
    reading = ocr_decide.decide(scores, fmt, n, today, blot, feats, networks=False)
    if reading.document.valid and _disputed(reading, ocrb_scores, fmt):
        return None
    return reading


def _disputed(reading: ocr_decide.Reading, ocrb_scores: np.ndarray, fmt: str) -> bool:
    """Whether a character no check digit covers was read otherwise than OCR-B's
    templates read it among the characters its field admits. Left out of the
    prototypes, a face's glyphs were at times read as another character by more than
    LOOKALIKE_MARGIN (Anonymous Pro's O and Q as J; bench/results/mrz_faces.md): in a
    name nothing would catch it. The two witnesses must agree there."""
    lay = mrz_layout.layout(fmt)
    covered = lay.covered()
    text = "".join(reading.document.lines)
    for p, chars in enumerate(lay.allowed()):
        if p in covered:
            continue
        idx = [_IDX[c] for c in chars]
        if ALPHABET[idx[int(np.argmax(ocrb_scores[p, idx]))]] != text[p]:
            return True
    return False
