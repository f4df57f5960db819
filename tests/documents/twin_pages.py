"""Attack pages of the cancelling-twin diagnosis (bench/results/mrz_ambiguous_twins.md):
a generated MRZ page, printed VALID, whose number holds a pair of letters (OO, ZZ, II,
SS) at weights 7 and 3 of its check digit (a TD1 / TD2 / TD3 / visa document number, or
a TD3 personal number), the check digits computed for the letters. Read as the digit
look-alikes the pair passes every check as well, so reading the digits is wrong but
valid. Mode "blend" (seeds 60000-60159 measured): each letter blended 35-75 % toward its
digit (blend_pages' renderer). Mode "face" (seeds 61000-61159, 62000-62049): the pair drawn
in another installed monospace face (scripts/mrz_hybrid_faces.py's drawing), OCR-B
elsewhere."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

import numpy as np

from desktop.documents import layout as mrz_layout
from desktop.documents.mrz import check_digit
from tests.documents import blend_pages as bp
from tests.documents import synth

TODAY = bp.TODAY
DIGIT = {"O": "0", "Z": "2", "I": "1", "S": "5"}
_HYBRID = Path(__file__).resolve().parents[2] / "scripts" / "mrz_hybrid_faces.py"


def _place(
    rng: np.random.Generator, fmt: str, lines: tuple[str, ...], letters: str, seed: int, blend: bool
) -> tuple[tuple[str, ...], list[tuple[int, int]], str, str]:
    """(printed lines, the pair's cells, the letter, the field): the pair set to one
    letter (of `letters`, drawn from rng unless it holds one only) and every check digit
    computed for it."""
    lay = mrz_layout.layout(fmt)
    fields = [lay.check("document number")]
    if fmt == "TD3":
        fields.append(lay.check("optional data") or lay.check("personal number"))
    checks = [f for f in fields if f is not None]
    c = checks[int(rng.integers(len(checks)))]
    cells = [(ln, q) for ln, a, b in c.covers for q in range(a, b)]
    k = 3 * int(rng.integers(len(cells) // 3))
    pair = [cells[k], cells[k + 1]]
    if len(letters) == 1:
        letter = letters
    elif blend and seed % 2 == 0:
        letter = "O"
    else:
        letter = letters[int(rng.integers(len(letters)))]
    base = lines
    for i, j in pair:
        base = bp._set(base, i, j, letter)
    for ch in lay.checks:
        base = bp._set(base, ch.line, ch.pos, str(check_digit(ch.data(base))))
    return base, pair, letter, c.name


def blend_page(seed: int) -> tuple[bytes, tuple[str, ...], str]:
    """(jpeg, printed lines, note) of mode "blend"."""
    rng = np.random.default_rng(seed)
    fmt, lines = synth.random_mrz(rng, TODAY)
    level = str(rng.choice(["easy", "medium", "hard"], p=[0.4, 0.45, 0.15]))
    base, pair, letter, field = _place(rng, fmt, lines, "OOOZZIS", seed, blend=True)
    t = float(rng.uniform(0.4, 0.7))
    u = float(np.clip(t + rng.uniform(-0.1, 0.1), 0.35, 0.75))
    (i1, j1), (i2, j2) = pair
    note = f"{fmt} {field} {i1 + 1}:{j1 + 1},{i2 + 1}:{j2 + 1} {letter * 2} t={t:.2f} u={u:.2f}"
    edits = [(i1, j1, DIGIT[letter], t), (i2, j2, DIGIT[letter], u)]
    jpeg, printed, _valid, _ = bp._render(fmt, base, edits, level, rng, note)
    return jpeg, printed, note


def _hybrid() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mrz_hybrid_faces", _HYBRID)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def face_page(
    seed: int, face: str | None = None, letter: str | None = None, name_o: str = "O"
) -> tuple[bytes, tuple[str, ...], str] | None:
    """(jpeg, printed lines, note) of mode "face"; `face` a key of mrz_hybrid_faces.FACES
    (by default the seed's: the sorted installed faces, seed modulo their number), `letter`
    the pair's (by default drawn; seeds 62000-62049: jbmono, O), `name_o` the letter the
    TD3 name line prints for each of its Os (the same page otherwise: rule 15's rival test
    needs a cell read O). None where that face is not installed."""
    h = _hybrid()
    names = sorted(h.FACES)
    key = face or names[seed % len(names)]
    if key not in h.FACES:
        return None
    rng = np.random.default_rng(seed)
    fmt, lines = synth.random_mrz(rng, TODAY)
    base, pair, letter, field = _place(rng, fmt, lines, letter or "OOOOZIS", seed, blend=False)
    if fmt == "TD3" and name_o != "O":  # names are unchecked: no check digit to recompute
        base = (base[0][:5] + base[0][5:].replace("O", name_o), *base[1:])
    path = h.FACES[key]
    h.POL.update(
        on=True, n=len(base[0]), policy=lambda i, j, c: (path if (i, j) in pair else None, 1.0, 0)
    )
    level = str(rng.choice(["easy", "medium", "hard"], p=[0.45, 0.4, 0.15]))
    real = synth.ImageDraw
    synth.ImageDraw = h.Shim()  # only while this page is drawn
    try:
        page = synth.render_page(fmt, base, rng, level)
    finally:
        synth.ImageDraw = real
        h.POL["on"] = False
    img = synth.photograph(page, rng, level)
    jpeg = synth.to_jpeg(img, int(rng.integers(*synth.PARAMS[level]["jpeg"])))
    (i1, j1), (i2, j2) = pair
    name = os.path.basename(path)
    note = f"{fmt} {field} {i1 + 1}:{j1 + 1},{i2 + 1}:{j2 + 1} {letter * 2} in {name}"
    if fmt == "TD3" and name_o != "O":
        note += f"; names' O printed {name_o}"
    return jpeg, base, note
