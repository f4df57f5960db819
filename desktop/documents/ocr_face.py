"""Rule 9, the face gate (see ocr_decide's docstring): whether a document's characters
take OCR-B's shapes (`face_margin`, `is_ocrb`), and the same statistic per line
(`line_margins`, rules 6 and 13)."""

from __future__ import annotations

import dataclasses

import numpy as np

from desktop.documents import layout as mrz_layout
from desktop.documents.ocr_reading import (
    IDX,
    Reading,
    positions,
    refused,
)

# The face gate (rule 9), set in bench/results/mrz_face_gate.md (scripts/mrz_face_gate.py):
# face_margin was 0.021 or more in every reading reported valid of an OCR-B document (168
# of ext-mrz, variant, heldout, heldout7 and heldout8) and under it in all 16 readings of
# other faces reported valid (gen6's wrong ones among them); in 252 of 272 other-face
# documents every reading that could be valid was under it. The lead alone (at 0.059) let
# 12 of those 16 through: a clean JetBrains Mono's glyphs lead their runner-up as far as
# a blurred OCR-B's, but resemble each other better than any OCR-B template.
FACE_MARGIN = 0.02
FACE_TWINS = 5  # cells with a twin of their class needed to compare against them
# Rule 6 on odd lines (line_margins): the DejaVu line whose OO was read 00 (hybrid line
# 2011) was at -0.017; one OCR-B document read exactly loses to the widening, its line
# at -0.013 (mrz_heldout6 1600055). At 0.02, the document gate's, three more were lost
# (mrz_variant 800032, mrz_heldout 900003, mrz_heldout6 1600172); at -0.01, none fewer.
LINE_MARGIN = 0.0


def line_margins(scores: np.ndarray, feats: np.ndarray, n: int) -> list[float]:
    """face_margin per MRZ line: the lower quartile of the lead of the line's ink cells,
    less the median of how much better they resemble their most alike cell of the same
    class anywhere in the document than they fit the templates; minus infinity for a
    line with fewer than FACE_TWINS such cells."""
    order, lead, ink, twin = _face_stats(scores, feats)
    out = []
    for start in range(0, len(scores), n):
        line = np.zeros(len(scores), bool)
        line[start : start + n] = True
        has = line & ink & (twin > -9.0)
        if has.sum() < FACE_TWINS:
            out.append(-np.inf)
            continue
        q = float(np.percentile(lead[line & ink], 25))
        out.append(q - float(np.median(twin[has] - order[has, -1])))
    return out


def _face_stats(
    scores: np.ndarray, feats: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """What the face gate weighs, per cell: the sorted template scores, the lead over
    the runner-up class, whether the best class is ink (not the filler `<`), and the
    likeness to the most alike other cell of the same best class (-9 where none)."""
    order = np.sort(scores, axis=1)
    best = scores.argmax(axis=1)
    gram = feats @ feats.T
    np.fill_diagonal(gram, -9.0)
    twin = np.where(best[:, None] == best[None, :], gram, -9.0).max(axis=1)
    return order, order[:, -1] - order[:, -2], best != IDX["<"], twin


def face_margin(scores: np.ndarray, feats: np.ndarray | None = None) -> float:
    """How distinctly the document's glyphs take OCR-B's shapes, over the cells whose
    best class is not the filler `<` (a chevron in every face): the lower quartile of
    each cell's lead over its runner-up class (an OCR-B glyph is far from every other
    class's templates, even blurred; another face's falls between them), less the median
    of how much better each cell resembles the document's most alike other cell of its
    class than it fits the templates (the same print and blur: an OCR-B glyph fits its
    templates about as well as its twin; another face's fits its twin better). Minus
    infinity (not OCR-B) without the cells' features, or with fewer than FACE_TWINS ink
    cells that have a twin: the lead alone is not a face test, so the gate fails closed."""
    if feats is None:
        return -np.inf  # fails closed: the lead alone let 12 of 16 other-face readings by
    order, lead, ink, twin = _face_stats(scores, feats)
    if not ink.any():
        return -np.inf
    has = ink & (twin > -9.0)
    if has.sum() < FACE_TWINS:
        return -np.inf  # too few twins to compare the glyphs with: nothing to vouch for it
    return float(np.percentile(lead[ink], 25)) - float(np.median(twin[has] - order[has, -1]))


def is_ocrb(scores: np.ndarray, feats: np.ndarray | None = None) -> bool:
    """The face gate (rule 9): is this MRZ printed in OCR-B, as ICAO 9303 requires?"""
    return face_margin(scores, feats) >= FACE_MARGIN


def refuse_not_ocrb(reading: Reading, fmt: str, n: int) -> Reading:
    """`reading` refused as printed in another face than OCR-B (rule 9), naming the
    cells no check digit covers that hold a letter or digit; no cell counts as settled."""
    doc = reading.document
    doc = dataclasses.replace(
        doc, errors=tuple(e for e in doc.errors if getattr(e, "code", "") != "ocr.refused")
    )
    text = "".join(doc.lines)
    covered = mrz_layout.layout(fmt).covered()
    cells = [p for p, c in enumerate(text) if p not in covered and c != "<"]
    out = refused(doc, reading.confidence, positions(cells, n), reading.mean_score, "face")
    every = tuple(positions(range(len(text)), n))
    return dataclasses.replace(out, unsure=every, not_ocrb=True)
