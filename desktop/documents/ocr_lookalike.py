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

Beside them, a small CNN (three 3x3 convolutions, 131 KiB, resources/ocr/
lookalike_cnn.onnx with its margins in lookalike_cnn.json; trained by
scripts/train_lookalike_cnn.py with PyTorch at development time only, run here by
OpenCV's cv2.dnn) over the same cell, trained also on cells cut from photographs of
two more generators (a non-OCR-B face, DejaVu Sans Mono, engraving) and on glyphs of
19 faces. The CNN only vetoes: a cell is settled when its group's MLP is sure at its
margin and the CNN does not prefer another candidate (alone, the CNN was sure of I for
a serif 1 by 3.6 logits). Where no check digit looks, the MLP needs UNCOVERED_EXTRA
more (BOTH_SURE, both networks each sure at its checked margin, settles no group: it
misread faces neither network saw). Candidates of
different groups (I/T, G/Q) are settled by no network. Per-pair figures in
bench/results/mrz_lookalike_cnn.md. Without its files the MLP decides alone.
"""

from __future__ import annotations

import collections
import json
import threading
from collections.abc import Callable, Collection
from pathlib import Path

import cv2
import numpy as np

from desktop.documents.mrz import ALPHABET, check_blind
from desktop.resources import resources_dir

RESOURCE = Path("ocr") / "lookalike.npz"
CNN_RESOURCE = Path("ocr") / "lookalike_cnn.onnx"  # margins beside it, in .json
UNCOVERED_EXTRA = 3.0  # logits added to a group's margin where no check digit looks
GROUPS = ("0ODQ", "1IL", "2Z", "5S", "8B", "6G", "K<")
ANY = "*"  # the CNN's margin for candidates that are not look-alikes of one group
# Groups where no check digit looks that would be settled also when the MLP and the CNN
# are each sure of the same candidate at its checked margin: NONE. Tried in stop 26 for
# 0ODQ, 2Z, 5S, 8B, 6G (bench/mrz_both_sure.py found no cell of five sets where both
# were sure of a wrong one, 2,738 cells), withdrawn after a review printed documents in
# JetBrains Mono, a face neither network saw: both were sure of 0 for a printed O past
# their margins (by up to 1.29 logits), in a visa's optional data (O7OO97MA9M4M9O read
# 070097MA9M4M90) and, in the twin search, in a document number's cancelling OO read 00
# (the GBR failure): reported VALID where the old rule refused. Kept as a hook
# with its tests so that a measure on unseen faces can bring a group back.
BOTH_SURE: tuple[str, ...] = ()
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
            # One small network per group of look-alikes, each with its own margin.
            self.groups: list[tuple[str, list[np.ndarray], float]] = [
                (
                    str(g),
                    [z[f"g{k}_{n}"].astype(np.float32) for n in ("w1", "b1", "w2", "b2")],
                    float(z["group_margins"][k]),
                )
                for k, g in enumerate(z["groups"].tolist())
            ]
        self._group_of: dict[tuple[str, ...], int | None] = {}  # group_for's answers

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
        """The group holding all of `chars`, if any (asked hundreds of times per
        document for the same few pairs: remembered)."""
        key = tuple(chars)
        known = self._group_of.get(key, -1)
        if known != -1:
            return known
        found = None
        for k, (g, _p, _m) in enumerate(self.groups):
            if all(c in g for c in chars):
                found = k
                break
        self._group_of[key] = found
        return found

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
    """Narrow cells with several candidates to the one the networks agree on: for
    look-alikes of one group, the group's MLP sure at its margin and the CNN not
    preferring another candidate; candidates of different groups stay open. Where no
    check digit would catch a wrong pick (`unchecked`: no check digit covers the cell,
    or the pair weighs alike in every check) it would be reported as read, so the
    margin there is UNCOVERED_EXTRA logits wider. Updates `cands` in place (the chosen
    one alone); returns the positions settled."""
    open_cells = [p for p, c in enumerate(cands) if len(c) > 1]
    net = Net.get() if open_cells else None
    if net is None or feats.ndim != 2 or feats.shape[1] != net.w1.shape[0]:
        return []
    cnn = Cnn.get()
    cnn_says = cnn.opinions(cands, feats, covered) if cnn is not None else {}
    # Each network at the margin it needs where a check digit looks (a pair the
    # check digits cannot tell apart keeps the wider one even so).
    cnn_checked = cnn.opinions(cands, feats, None) if cnn is not None else {}
    settled = []
    for p in open_cells:
        g = net.group_for(cands[p])
        if g is None:
            continue  # not look-alikes of one group: no network settles them
        chars, _params, margin = net.groups[g]
        loose = unchecked(cands[p], p, covered)
        row = net.group_logits(g, feats[p : p + 1])[0]
        idx = [chars.index(c) for c in cands[p]]
        top = chars[max(idx, key=lambda i: row[i])]
        k = int(np.argmax(row))
        lead = row[k] - max(row[i] for i in idx if i != k) if k in idx else -np.inf
        # The CNN only vetoes: on faces neither network saw it was sure of a wrong
        # candidate (a serif 1 taken for I by 3.6 logits) where the MLP was not.
        if lead >= margin + (UNCOVERED_EXTRA if loose else 0.0) and (
            cnn_says.get(p, (top, False))[0] == top
        ):
            cands[p] = [top]
            settled.append(p)
        elif loose and chars in BOTH_SURE and lead >= margin and cnn_checked.get(p) == (top, True):
            # Where no check digit looks (a name, a visa's optional data; a twin
            # search), two witnesses each sure at its checked margin (BOTH_SURE).
            cands[p] = [top]
            settled.append(p)
    return settled


def dissent(
    text: str,
    feats: np.ndarray,
    cells: Collection[int],
    allowed: list[str],
    covered: Collection[int] = (),
) -> np.ndarray:
    """Per cell of `cells` (others -inf): by how many logits the CNN prefers a rival the
    field admits (`allowed[p]`) to the character read (ocr_decide rule 11: the templates
    read O where the CNN, trained on glyphs of 19 faces, sees another face's Q or D).
    Rivals: where no check digit looks, every character the field admits but the filler
    (and the read one's look-alikes of GROUPS), those outside its group by
    ANY_RIVAL_EXTRA logits more: in a name 5 and 8 are not admitted, so another face's
    S read B had no rival of its group (review ocr3 F3); in `covered`
    cells, only look-alikes every check weighs alike (6/G, 1/L, 8/S, 5/Z, K/<: a G read
    for a 6 in optional data a check digit covers, review ocr3 F4). The CNN alone: the
    MLP, trained on OCR-B and two faces, preferred O to an honest OCR-B D by 4.14
    logits. Without the CNN's file, +inf wherever a rival is admitted (fails closed)."""
    out = np.full(len(text), -np.inf, np.float32)
    todo: list[tuple[int, list[str]]] = []
    for p in cells:
        rivals = _rivals(text[p], allowed[p], p in covered)
        if rivals:
            todo.append((p, rivals))
    if not todo:
        return out
    if feats.ndim != 2 or feats.shape[1] != 320:
        return out  # not the reader's cell features: no opinion (as `prefers`)
    cnn = Cnn.get()
    if cnn is None:
        out[[p for p, _r in todo]] = np.inf
        return out
    z = cnn.logits(feats[[p for p, _r in todo]])
    for row, (p, rivals) in zip(z, todo, strict=True):
        near = _group_of([text[p]]) or ""
        out[p] = (
            max(
                row[_IDX[x]] - (0.0 if x in near or p in covered else ANY_RIVAL_EXTRA)
                for x in rivals
            )
            - row[_IDX[text[p]]]
        )
    return out


# Logits a rival outside the read character's group of look-alikes needs beyond those
# of its group (ocr_doubt.DISSENT): an honest mrz_variant name's F had another letter
# preferred by 4.04 (800037); another face's S read B was by 7.08 and 9.12 (review ocr3).
ANY_RIVAL_EXTRA = 2.0


def zero_o_lead(
    text: str, feats: np.ndarray, cells: Collection[int], allowed: list[str]
) -> np.ndarray:
    """Per cell of `cells` holding 0 or O whose field admits both (others +inf): by how
    many logits the CNN prefers the character read to its twin (ocr_decide rule 11: a
    visa's optional data, no check digit, Fira Code's O read 0 with the CNN undecided,
    review ocr3 F5). Without the CNN's file -inf there (fails closed)."""
    out = np.full(len(text), np.inf, np.float32)
    todo = [p for p in cells if text[p] in "0O" and "0" in allowed[p] and "O" in allowed[p]]
    if not todo or feats.ndim != 2 or feats.shape[1] != 320:
        return out
    cnn = Cnn.get()
    if cnn is None:
        out[todo] = -np.inf
        return out
    z = cnn.logits(feats[todo])
    for row, p in zip(z, todo, strict=True):
        twin = "O" if text[p] == "0" else "0"
        out[p] = row[_IDX[text[p]]] - row[_IDX[twin]]
    return out


def lead(text: str, feats: np.ndarray, rivals: dict[int, str]) -> dict[int, float]:
    """Per cell p of `rivals`: by how many logits the CNN prefers the character read to
    the best of `rivals[p]` (ocr_decide rule 12). Without the CNN's file, or without the
    reader's cell features, -inf (fails closed)."""
    cells = [p for p, r in rivals.items() if r]
    if not cells:
        return {}
    cnn = Cnn.get()
    if cnn is None or feats.ndim != 2 or feats.shape[1] != 320:
        return dict.fromkeys(cells, -np.inf)
    z = cnn.logits(feats[cells])
    return {
        p: float(row[_IDX[text[p]]] - max(row[_IDX[x]] for x in rivals[p]))
        for row, p in zip(z, cells, strict=True)
    }


def group_lead(text: str, feats: np.ndarray, rivals: dict[int, str]) -> dict[int, float]:
    """Per cell p of `rivals` (one look-alike each): by how many logits the MLP of the
    group holding both prefers the character read to `rivals[p]` (ocr_decide rule 16c:
    the second witness, trained apart from the CNN). NaN where no group holds both;
    without the classifier's file, or the reader's cell features, -inf (fails closed)."""
    cells = [p for p, r in rivals.items() if r]
    if not cells:
        return {}
    net = Net.get()
    if net is None or feats.ndim != 2 or feats.shape[1] != net.w1.shape[0]:
        return dict.fromkeys(cells, -np.inf)
    out: dict[int, float] = {}
    for p in cells:
        g = net.group_for([text[p], rivals[p]])
        if g is None:
            out[p] = float("nan")
            continue
        z = net.group_logits(g, feats[p : p + 1])[0]
        chars = net.groups[g][0]
        out[p] = float(z[chars.index(text[p])] - z[chars.index(rivals[p])])
    return out


# Look-alikes a check digit cannot tell apart (mrz.check_blind) beyond GROUPS' pairs.
_BLIND = (*GROUPS, "8S", "5Z")


def _rivals(c: str, admitted: str, covered: bool) -> list[str]:
    g = _group_of([c]) or ""
    if covered:
        return [
            x
            for x in admitted
            if x != c and check_blind(c, x) and any(c in b and x in b for b in _BLIND)
        ]
    return [x for x in admitted if x != c and (x != "<" or x in g)]


def unchecked(chars: list[str], p: int, covered: Collection[int] | None) -> bool:
    """No check digit would catch a wrong pick among `chars` at `p`: none covers the
    cell, or two of them weigh alike in every check (mrz.check_blind)."""
    if covered is not None and p not in covered:
        return True
    return any(check_blind(a, b) for i, a in enumerate(chars) for b in chars[i + 1 :])


class Cnn:
    """The small convolutional network (scripts/train_lookalike_cnn.py) over the same
    16x20 cell, run by cv2.dnn from ONNX: 37 logits per cell, and per group of
    look-alikes the margin set on cells it was not trained on (ext-mrz's real images
    and held-back generated ones)."""

    _lock = threading.Lock()
    _instance: Cnn | None = None
    KEEP = 32
    _missing = False

    def __init__(self, path: Path, margins: dict[str, float] | None = None) -> None:
        self.net = cv2.dnn.readNetFromONNX(str(path))
        if margins is None:
            meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            given = meta.get("margins") if isinstance(meta, dict) else None
            if not isinstance(given, dict) or not all(
                isinstance(m, (int, float)) and not isinstance(m, bool) for m in given.values()
            ):
                raise ValueError("look-alike CNN: margins must map groups to numbers")
            margins = {str(g): float(m) for g, m in given.items()}
        self.margins = margins
        self._run = threading.Lock()  # one cv2.dnn.Net runs one input at a time
        self._seen: collections.OrderedDict[tuple[tuple[int, ...], bytes], np.ndarray] = (
            collections.OrderedDict()
        )  # the last KEEP inputs' logits
        probe = self.logits(np.zeros((2, 320), np.float32))
        if probe.shape != (2, len(ALPHABET)):
            raise ValueError("look-alike CNN: not 37 logits per cell")

    @classmethod
    def get(cls) -> Cnn | None:
        """The network, or None when its files are missing or unreadable (the reader
        then settles look-alikes by the MLP alone, as before it)."""
        with cls._lock:
            if cls._instance is None and not cls._missing:
                try:
                    cls._instance = Cnn(resources_dir() / CNN_RESOURCE)
                except (OSError, KeyError, ValueError, cv2.error):
                    cls._missing = True
            return cls._instance

    def logits(self, feats: np.ndarray) -> np.ndarray:
        """(N, 320) cell features -> (N, 37) logits."""
        if len(feats) == 0:
            return np.zeros((0, len(ALPHABET)), np.float32)
        x = np.ascontiguousarray(feats, dtype=np.float32)
        # A quarter of a document's batches are ones it ran already (settle's two
        # opinions, dissent and lead over the same cells): the same input, the same
        # output, without running the network again.
        key = (x.shape, x.tobytes())
        with self._run:
            out = self._seen.get(key)
            if out is None:
                self.net.setInput(x)
                out = np.asarray(self.net.forward(), np.float32).reshape(len(x), len(ALPHABET))
                self._seen[key] = out
                while len(self._seen) > self.KEEP:
                    self._seen.popitem(last=False)
            else:
                self._seen.move_to_end(key)
        return out.copy()

    def opinions(
        self, cands: list[list[str]], feats: np.ndarray, covered: Collection[int] | None
    ) -> dict[int, tuple[str, bool]]:
        """Per cell with several candidates: the candidate the network scores highest,
        and whether it is sure of it. Sure: its first choice among the candidates'
        group of look-alikes (among all 37 classes for candidates of different
        groups, I/T, G/Q) is that candidate, ahead of every other candidate by the
        group's margin (ANY's for different groups), UNCOVERED_EXTRA more where no
        check digit looks (`covered` None: every position is covered)."""
        cells = [p for p, c in enumerate(cands) if len(c) > 1 and self._group(c) is not None]
        if not cells:
            return {}
        z = self.logits(feats[cells])
        out = {}
        for row, p in zip(z, cells, strict=True):
            group = self._group(cands[p])
            assert group is not None
            margin = self.margins[group]
            if unchecked(cands[p], p, covered):
                margin += UNCOVERED_EXTRA
            top = max(cands[p], key=lambda c: row[_IDX[c]])
            rival = max(row[_IDX[c]] for c in cands[p] if c != top)
            first = max(ALPHABET if group == ANY else group, key=lambda c: row[_IDX[c]])
            out[p] = (top, bool(first == top and row[_IDX[top]] - rival >= margin))
        return out

    def _group(self, chars: list[str]) -> str | None:
        g = _group_of(chars)
        if g is None:
            g = ANY
        return g if g in self.margins else None

    def picks(
        self, cands: list[list[str]], feats: np.ndarray, covered: Collection[int] | None
    ) -> dict[int, str]:
        """The cells the network alone is sure of (see `opinions`)."""
        return {p: c for p, (c, sure) in self.opinions(cands, feats, covered).items() if sure}


def _group_of(chars: list[str]) -> str | None:
    for g in GROUPS:
        if all(c in g for c in chars):
            return g
    return None
