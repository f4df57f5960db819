"""A trained classifier that separates look-alike characters (0/O/D/Q, 1/I/L, 2/Z, 5/S,
8/B, 6/G, K/<, H/M, E/F/P, ...) where the OCR-B templates leave a cell ambiguous.

A two-layer network (320 -> 96 -> 37, ReLU, softmax) over the same normalised 16x20
cell the templates see (glyphs.features). It was trained by
scripts/train_lookalike.py on cells the reader itself cut from two generators'
photographs and on glyphs of other faces (DejaVu, OCR-B Sharp), never on real images;
resources/ocr/lookalike.npz holds it (numpy only: no new dependency, ~40 KiB).

It only narrows: a cell keeps the candidates the templates left (ocr_decide), and the
network picks one of them only when that one is also its overall first choice and
beats every other candidate by MARGIN in logits. MARGIN was set on the cells of the
real images of ../shared/ext-mrz (never trained on): above it, no candidate the
network chose there or on 20 000 held-back generated cells was wrong.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

from desktop.documents.mrz import ALPHABET
from desktop.resources import resources_dir

RESOURCE = Path("ocr") / "lookalike.npz"
MARGIN = 6.0  # logits; see the module's docstring and bench/RESULTS.md
_IDX = {c: i for i, c in enumerate(ALPHABET)}


class Net:
    _lock = threading.Lock()
    _instance: Net | None = None
    _missing = False

    def __init__(self, path: Path) -> None:
        with np.load(path) as z:
            if "".join(z["alphabet"].tolist()) != ALPHABET:
                raise ValueError("look-alike classifier: another alphabet")
            self.w1 = z["w1"].astype(np.float32)
            self.b1 = z["b1"].astype(np.float32)
            self.w2 = z["w2"].astype(np.float32)
            self.b2 = z["b2"].astype(np.float32)

    @classmethod
    def get(cls) -> Net | None:
        """The classifier, or None when its file is missing (the reader then refuses
        look-alike ties as it did without it: never less safe)."""
        with cls._lock:
            if cls._instance is None and not cls._missing:
                path = resources_dir() / RESOURCE
                try:
                    cls._instance = Net(path)
                except (OSError, KeyError, ValueError):
                    cls._missing = True
            return cls._instance

    def logits(self, feats: np.ndarray) -> np.ndarray:
        h = np.maximum(feats.astype(np.float32) @ self.w1 + self.b1, 0)
        return h @ self.w2 + self.b2


def settle(cands: list[list[str]], feats: np.ndarray) -> list[int]:
    """Narrow cells with several candidates to the one the network is sure of.
    Updates `cands` in place (the chosen one alone); returns the positions settled."""
    open_cells = [p for p, c in enumerate(cands) if len(c) > 1]
    net = Net.get() if open_cells else None
    if net is None or feats.ndim != 2 or feats.shape[1] != net.w1.shape[0]:
        return []
    z = net.logits(feats[open_cells])
    settled = []
    for row, p in zip(z, open_cells, strict=True):
        idx = [_IDX[c] for c in cands[p]]
        k = int(np.argmax(row))
        if k not in idx:
            continue
        rivals = [row[i] for i in idx if i != k]
        if row[k] - max(rivals) >= MARGIN:
            cands[p] = [ALPHABET[k]]
            settled.append(p)
    return settled
