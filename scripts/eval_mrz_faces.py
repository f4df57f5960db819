#!/usr/bin/env python3
"""Leave-faces-out figures of the other-faces MRZ glyphs (desktop/documents/ocr_faces.py).

Glyphs of faces the prototypes were NOT rendered from (the benchmark generators' other
faces), each character rendered 60 times with glyph_faces' variations at another seed,
classified (a) against OCR-B's prototypes alone, as the reader did before, and (b)
against every rendered face's and OCR-B's, as ocr_faces does; and, for each family of
glyph_faces.BUILD_FACES, the same with that family left out of the prototypes. Per
face: the printed character best; best by RIVAL_MARGIN (settled without a rival); over
MIN_SCORE; and a wrong character best by LOOKALIKE_MARGIN or more (read confidently
wrong unless a check digit catches it). Writes bench/results/mrz_faces.md.

    .venv/bin/python scripts/eval_mrz_faces.py
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.documents import glyph_faces  # noqa: E402
from desktop.documents.mrz import ALPHABET  # noqa: E402
from desktop.documents.ocr_classify import _Classifier  # noqa: E402
from desktop.documents.ocr_decide import LOOKALIKE_MARGIN, MIN_SCORE, RIVAL_MARGIN  # noqa: E402

_F = Path("/usr/share/fonts")
HELD_OUT = (  # the faces mrz_heldout*.py print documents in; never rendered by glyph_faces
    ("DejaVu Sans Mono", _F / "truetype/dejavu/DejaVuSansMono.ttf"),
    ("DejaVu Sans Mono Bold", _F / "truetype/dejavu/DejaVuSansMono-Bold.ttf"),
    ("Liberation Mono", _F / "truetype/liberation2/LiberationMono-Regular.ttf"),
    ("FreeMono Bold", _F / "truetype/freefont/FreeMonoBold.ttf"),
    ("Go Mono", _F / "fonts-go/Go-Mono.ttf"),
    ("Inconsolata", _F / "truetype/inconsolata/Inconsolata.otf"),
    ("Anonymous Pro", _F / "truetype/anonymous-pro/Anonymous Pro.ttf"),
)
SEED = 77_000  # not glyph_faces' seed


def _pooled(feats: np.ndarray, sets: list[np.ndarray]) -> np.ndarray:
    """(N, 37) best similarity per class over sets of prototypes (F, 37 * per, D)."""
    k = len(ALPHABET)
    out = np.full((len(feats), k), -1.0, np.float32)
    for protos in sets:
        f, m, d = protos.shape
        sim = feats @ protos.reshape(-1, d).T
        out = np.maximum(out, sim.reshape(len(feats), f, k, m // k).max(axis=(1, 3)))
    return out


def _row(name: str, scores: np.ndarray, labels: np.ndarray) -> str:
    rows = np.arange(len(labels))
    truth = scores[rows, labels]
    other = scores.copy()
    other[rows, labels] = -9.0
    rival = other.max(axis=1)
    best = truth > rival
    clear = truth >= rival + RIVAL_MARGIN
    legible = scores.max(axis=1) >= MIN_SCORE
    wrong = (rival >= truth + LOOKALIKE_MARGIN) & (rival >= MIN_SCORE)
    n = len(labels)
    pairs = collections.Counter(
        f"{ALPHABET[labels[i]]}>{ALPHABET[int(other[i].argmax())]}".replace("<", "&lt;")
        for i in np.flatnonzero(wrong)
    )
    worst = ", ".join(f"{p} {c}" for p, c in pairs.most_common(4))
    return (
        f"| {name} | {n} | {best.mean():.3f} | {clear.mean():.3f} | {legible.mean():.3f} "
        f"| {int(wrong.sum())} | {worst} |"
    )


def main() -> None:
    clf = _Classifier.get()
    names, protos, _blur = glyph_faces.render_all()
    k = len(ALPHABET)
    ocrb = clf.protos.T.reshape(1, -1, clf.protos.shape[0])  # (1, 37 * per, D)
    header = [
        "| face | cells | printed best | best by RIVAL_MARGIN | best over MIN_SCORE "
        "| wrong by LOOKALIKE_MARGIN | most (printed>read) |",
        "|---|---|---|---|---|---|---|",
    ]
    out = [
        "## MRZ glyphs of other monospace faces: leave-faces-out",
        "",
        "`scripts/eval_mrz_faces.py`. Rendered glyph cells (each character 60 times, "
        "glyph_faces' shifts, aspect, slant, weight, blur and noise, another seed) of faces "
        "the prototypes were not built from. OCR-B: the reader's templates alone (before); "
        "pooled: ocr_faces' prototypes of " + ", ".join(names) + " with OCR-B's (after).",
        "",
        "### Faces of the benchmark generators (none rendered)",
        "",
    ]
    for label, protos_used in (("OCR-B", [ocrb]), ("pooled", [protos, ocrb])):
        out += [f"#### {label}", "", *header]
        for name, path in HELD_OUT:
            if not path.exists():
                continue
            feats, _ = glyph_faces.render_face(path, seed=SEED)
            labels = np.repeat(np.arange(k), len(feats) // k)
            out.append(_row(name, _pooled(feats, protos_used), labels))
        out.append("")
    out += [
        "### Each family of the rendered faces left out of the prototypes",
        "",
        *header,
    ]
    families = [n.split()[0] for n in names]
    for fam in sorted(set(families)):
        keep = np.array([f != fam for f in families])
        used = [protos[keep], ocrb]
        for (name, path), left in zip(glyph_faces.BUILD_FACES, families, strict=False):
            if left != fam or not path.exists():
                continue
            feats, _ = glyph_faces.render_face(path, seed=SEED)
            labels = np.repeat(np.arange(k), len(feats) // k)
            out.append(_row(f"{name} (without {fam})", _pooled(feats, used), labels))
    out.append("")
    text = "\n".join(out)
    (ROOT / "bench" / "results" / "mrz_faces.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
