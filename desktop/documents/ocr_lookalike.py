"""A trained classifier that separates look-alike characters (0/O/D/Q, 1/I/L, 2/Z, 5/S,
8/B, 6/G, K/<, H/M, E/F/P, ...) where the OCR-B templates leave a cell ambiguous.

A two-layer network (320 -> 96 -> 37, ReLU, softmax) over the same normalised 16x20
cell the templates see (glyphs.features), and one small network (320 -> 32 -> group)
per group of look-alikes (0ODQ, 1IL, 2Z, 5S, 8B, 6G, K<), each with its own margin.
It was trained by
scripts/train_lookalike.py on cells the reader itself cut from two generators'
photographs and on glyphs of other faces (DejaVu, OCR-B Sharp), never on real images;
resources/ocr/lookalike.npz holds it (numpy only: no new dependency, ~40 KiB).

It only narrows: a cell keeps the candidates the templates left (ocr_decide), and a
network picks one of them only when that one is also its overall first choice and
beats every other candidate by its margin in logits. Candidates of one group go to
that group's network, whose margin the training script set at the largest margin by
which it preferred a wrong member of the group on any cell of the real images of
../shared/ext-mrz (6,222 cells, never trained on) or of 7,401 held-back generated
cells, plus one logit (and at least 3). The 37-class network is measured beside them
(bench/RESULTS.md) but settles nothing: on a held-back generated cell whose printed E
the templates had ruled out it picked D from D/F with a wide margin.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection
from pathlib import Path

import numpy as np

from desktop.documents.mrz import ALPHABET
from desktop.resources import resources_dir

RESOURCE = Path("ocr") / "lookalike.npz"
UNCOVERED_EXTRA = 3.0  # logits added to a group's margin where no check digit looks


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
            # One small network per group of look-alikes, each with its own margin.
            self.groups: list[tuple[str, list[np.ndarray], float]] = [
                (
                    str(g),
                    [z[f"g{k}_{n}"].astype(np.float32) for n in ("w1", "b1", "w2", "b2")],
                    float(z["group_margins"][k]),
                )
                for k, g in enumerate(z["groups"].tolist())
            ]

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

    def group_for(self, chars: list[str]) -> int | None:
        """The group holding all of `chars`, if any."""
        for k, (g, _p, _m) in enumerate(self.groups):
            if all(c in g for c in chars):
                return k
        return None

    def group_logits(self, k: int, feats: np.ndarray) -> np.ndarray:
        w1, b1, w2, b2 = self.groups[k][1]
        return np.maximum(feats.astype(np.float32) @ w1 + b1, 0) @ w2 + b2


def prefers(feats: np.ndarray) -> Callable[[int, str, str], bool]:
    """`prefers(p, a, b)`: whether the network of the group holding a and b scores cell
    p's a at least as high as its b (False when no group holds both or there is no
    classifier). Lets another rule drop b in favour of a only when it does not.
    Without the classifier's file every drop is vetoed: the reader then refuses more,
    never less safely."""
    net = Net.get()
    if net is None:
        return lambda p, a, b: True
    if feats.ndim != 2 or feats.shape[1] != net.w1.shape[0]:
        return lambda p, a, b: False  # not the reader's cell features: no opinion
    cache: dict[tuple[int, int], np.ndarray] = {}

    def prefers_(p: int, a: str, b: str) -> bool:
        g = net.group_for([a, b])
        if g is None:
            return False  # not look-alikes of one group
        if (g, p) not in cache:
            cache[(g, p)] = net.group_logits(g, feats[p : p + 1])[0]
        z = cache[(g, p)]
        chars = net.groups[g][0]
        return bool(z[chars.index(a)] >= z[chars.index(b)])

    return prefers_


def settle(
    cands: list[list[str]], feats: np.ndarray, covered: Collection[int] | None = None
) -> list[int]:
    """Narrow cells whose candidates are look-alikes of one group to the one that
    group's network is sure of. Where no check digit looks (positions not in
    `covered`; None: every position is covered) a wrong pick would be reported as
    read, so the margin there is UNCOVERED_EXTRA logits wider. Candidates of
    different groups (I/T/1, D/F) stay open: the 37-class network showed picks that
    were wrong when the printed character was not among them. Updates `cands` in place
    (the chosen one alone); returns the positions settled."""
    open_cells = [p for p, c in enumerate(cands) if len(c) > 1]
    net = Net.get() if open_cells else None
    if net is None or feats.ndim != 2 or feats.shape[1] != net.w1.shape[0]:
        return []
    settled = []
    for p in open_cells:
        g = net.group_for(cands[p])
        if g is None:
            continue
        chars, _params, margin = net.groups[g]
        if covered is not None and p not in covered:
            margin += UNCOVERED_EXTRA
        row = net.group_logits(g, feats[p : p + 1])[0]
        idx = [chars.index(c) for c in cands[p]]
        k = int(np.argmax(row))
        if k not in idx:
            continue
        rivals = [row[i] for i in idx if i != k]
        if row[k] - max(rivals) >= margin:
            cands[p] = [chars[k]]
            settled.append(p)
    return settled
