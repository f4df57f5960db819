"""Attack pages of review r16's findings (rule 18 and rule 8's printed digits): a
generated MRZ page whose one cell is printed as a blend of two renderings of the page
(the same random state, differing in that cell), so a glyph sits part of the way from
what is printed toward another character. The seeds the tests use were measured with
this generator (DESIGN.md, rule 18)."""

from __future__ import annotations

import copy
import datetime as dt
import re

import numpy as np
from PIL import Image

from desktop.documents import layout as mrz_layout
from desktop.documents.mrz import WEIGHTS, check_digit, parse
from tests.documents import synth

TODAY = dt.date(2026, 11, 27)
L2D = {"G": "6", "O": "0", "B": "8", "S": "5", "Z": "2", "I": "1", "D": "0", "Q": "0",
       "T": "7", "A": "4"}  # fmt: skip
D2D = {"0": "86", "1": "74", "2": "73", "3": "85", "4": "19", "5": "63", "6": "85",
       "7": "12", "8": "396", "9": "84"}  # fmt: skip
D2L = {"0": "OD", "1": "I", "2": "Z", "5": "S", "8": "B", "6": "G", "4": "A", "7": "T"}
CHECKS = {
    f: [(c.line, c.pos) for c in mrz_layout.layout(f).checks]
    for f in ("TD1", "TD2", "TD3", "MRV-A", "MRV-B")
}


def _set(lines: tuple[str, ...], i: int, j: int, c: str) -> tuple[str, ...]:
    out = list(lines)
    out[i] = out[i][:j] + c + out[i][j + 1 :]
    return tuple(out)


def _names(fmt: str, lines: tuple[str, ...]) -> list[tuple[int, int]]:
    if fmt == "TD1":
        return [(2, j) for j, c in enumerate(lines[2]) if c.isalpha()]
    return [(0, j) for j in range(5, len(lines[0])) if lines[0][j].isalpha()]


def _checked_digits(fmt: str, lines: tuple[str, ...]) -> list[tuple[int, int]]:
    if fmt == "TD1":
        cells = [(0, j) for j in range(5, 15)] + [(1, j) for j in (*range(7), *range(8, 15))]
    else:
        cells = [(1, j) for j in (*range(10), *range(13, 20), *range(21, 28))]
    return [(i, j) for i, j in cells if lines[i][j].isdigit()]


def _number(fmt: str) -> list[tuple[int, int]]:
    i, st = (0, 5) if fmt == "TD1" else (1, 0)
    return [(i, st + k) for k in range(9)]


def _field_digits(fmt: str, lines: tuple[str, ...]) -> list[list[tuple[int, int]]]:
    """Per field check digit (document number, birth, expiry), the digit cells it
    covers, the check digit included."""
    out = []
    for c in mrz_layout.layout(fmt).checks:
        if c.name in ("composite", "optional data"):
            continue
        cells = [(ln, q) for ln, a, b in c.covers for q in range(a, b)] + [(c.line, c.pos)]
        out.append([(i, j) for i, j in cells if lines[i][j].isdigit()])
    return [f for f in out if f]


def _several(seed: int) -> tuple[bytes, tuple[str, ...], bool, str] | None:
    """Mode "f4" (rule 18b): printed valid, or by seed % 5 == 4 printed invalid (a
    check digit printed wrong); two or three field checks' fields (document number,
    dates, their check digits) each with one digit blended 55-90 % toward another digit
    or, in the number, a letter look-alike."""
    rng = np.random.default_rng(seed)
    fmt, lines = synth.random_mrz(rng, TODAY)
    level = str(rng.choice(["easy", "medium", "hard"], p=[0.4, 0.45, 0.15]))
    base, note = lines, "f4"
    if seed % 5 == 4:
        i, j = CHECKS[fmt][int(rng.integers(len(CHECKS[fmt])))]
        if not lines[i][j].isdigit():
            i, j = CHECKS[fmt][1]
        base = _set(lines, i, j, str((int(lines[i][j]) + 1 + int(rng.integers(8))) % 10))
        note += f" printed-invalid {i + 1}:{j + 1}"
    fields = _field_digits(fmt, base)
    k = min(len(fields), 2 + int(rng.integers(2)))
    edits = []
    for f in rng.permutation(len(fields))[:k]:
        i, j = fields[int(f)][int(rng.integers(len(fields[int(f)])))]
        number = int(f) == 0 and (i, j) != fields[0][-1]
        alts = D2D.get(base[i][j], "8") + (D2L.get(base[i][j], "") if number else "")
        alt = alts[int(rng.integers(len(alts)))]
        t = float(rng.uniform(0.55, 0.9))
        edits.append((i, j, alt, t))
        note += f"; {i + 1}:{j + 1} {base[i][j]}->{alt} t={t:.2f}"
    return _render(fmt, base, edits, level, rng, note)


def _six_g(seed: int) -> tuple[bytes, tuple[str, ...], bool, str]:
    """Mode "f5" (rule 20): printed valid, a document number's cell printed 6 (even
    seeds) or G (odd seeds), its check digits recomputed, blended 45-90 % toward its
    check-blind twin (G or 6): no check digit sees the twin."""
    rng = np.random.default_rng(seed)
    fmt, lines = synth.random_mrz(rng, TODAY)
    level = str(rng.choice(["easy", "medium", "hard"], p=[0.4, 0.45, 0.15]))
    printed, twin = ("6", "G") if seed % 2 == 0 else ("G", "6")
    cells = _number(fmt)
    i, j = cells[int(rng.integers(len(cells)))]
    base = _set(lines, i, j, printed)
    for c in mrz_layout.layout(fmt).checks:
        base = _set(base, c.line, c.pos, str(check_digit(c.data(base))))
    t = float(rng.uniform(0.45, 0.9))
    note = f"f5 {i + 1}:{j + 1} {printed}->{twin} t={t:.2f}"
    return _render(fmt, base, [(i, j, twin, t)], level, rng, note)


def _date_pair(seed: int) -> tuple[bytes, tuple[str, ...], bool, str]:
    """Mode "f6" (rule 18c, mrz_heldout16 2700151): a date's last digit (weight 1) and
    its check digit blended 55-90 % toward digits that keep the date's own check passing
    (x -> y and the check c -> c + y - x): misread alike, only the composite fails. By
    seed % 4 == 3 another check digit (the composite where it has one) printed wrong."""
    rng = np.random.default_rng(seed)
    fmt, lines = synth.random_mrz(rng, TODAY)
    level = str(rng.choice(["easy", "medium", "hard"], p=[0.4, 0.45, 0.15]))
    lay = mrz_layout.layout(fmt)
    date = lay.check(("birth date", "expiry date")[int(rng.integers(2))])
    assert date is not None
    ln, _, stop = date.covers[-1]
    x, c = lines[ln][stop - 1], lines[date.line][date.pos]
    y = D2D[x][int(rng.integers(len(D2D[x])))]
    z = str((int(c) + int(y) - int(x)) % 10)
    base, note = lines, f"f6 {date.name} {x}{c}->{y}{z}"
    if seed % 4 == 3:
        other = lay.check("composite") or lay.check("document number")
        assert other is not None
        wrong = str((int(lines[other.line][other.pos]) + 1 + int(rng.integers(8))) % 10)
        base = _set(lines, other.line, other.pos, wrong)
        note += f" printed-invalid {other.line + 1}:{other.pos + 1}"
    t = float(rng.uniform(0.55, 0.9))
    u = float(np.clip(t + rng.uniform(-0.1, 0.1), 0.5, 0.95))
    note += f" t={t:.2f} u={u:.2f}"
    edits = [(ln, stop - 1, y, t), (date.line, date.pos, z, u)]
    return _render(fmt, base, edits, level, rng, note)


F7_FORMATS = ("TD1", "TD2", "TD3", "TD1", "TD2", "TD3", "MRV-A", "MRV-B")


def _printed_error_pair(seed: int) -> tuple[bytes, tuple[str, ...], bool, str]:
    """Mode "f7" (rule 22, f6 41115): a PRINTED INVALID page whose two cells of one field
    check's cells (a digit of the number or a date and that field's check digit) are
    blended 45-75 % toward digits that keep the field's check (x -> y, the check c ->
    c + w(y - x)), and whose composite is printed as the blended-toward reading computes
    it: misread alike, the page reads valid. Formats by seed % 8: TD1, TD2, TD3 twice,
    then MRV-A and MRV-B (no composite: the number's check digit printed wrong)."""
    rng = np.random.default_rng(seed)
    want = F7_FORMATS[seed % 8]
    fmt, lines = synth.random_mrz(rng, TODAY)
    while fmt != want:
        fmt, lines = synth.random_mrz(rng, TODAY)
    level = str(rng.choice(["easy", "medium", "hard"], p=[0.4, 0.45, 0.15]))
    lay = mrz_layout.layout(fmt)
    names = ("document number", "birth date", "expiry date")
    composite = lay.check("composite")
    for _ in range(100):  # a pair the composite sees (one it does not is rule 21's)
        c = lay.check(names[int(rng.integers(3))])
        assert c is not None
        cells = [
            (ln, q, WEIGHTS[k % 3])
            for k, (ln, q) in enumerate((ln, q) for ln, a, b in c.covers for q in range(a, b))
            if lines[ln][q].isdigit()
        ]
        if not cells or not lines[c.line][c.pos].isdigit():
            continue  # a long number's check digit stands after its continuation
        i, j, w = cells[int(rng.integers(len(cells)))]
        x, d = lines[i][j], lines[c.line][c.pos]
        y = D2D[x][int(rng.integers(len(D2D[x])))]
        z = str((int(d) + w * (int(y) - int(x))) % 10)
        misread = _set(_set(lines, i, j, y), c.line, c.pos, z)
        if composite is None or check_digit(composite.data(misread)) != int(
            lines[composite.line][composite.pos]
        ):
            break
    note = f"f7 {fmt} {c.name} {i + 1}:{j + 1} {x}{d}->{y}{z}"
    if composite is not None:
        printed = str(check_digit(composite.data(misread)))
        base = _set(lines, composite.line, composite.pos, printed)
        note += f" composite {lines[composite.line][composite.pos]}->{printed}"
    else:
        other = lay.check("expiry date" if c.name == "document number" else "document number")
        assert other is not None
        wrong = str((int(lines[other.line][other.pos]) + 1 + int(rng.integers(8))) % 10)
        base = _set(lines, other.line, other.pos, wrong)
        note += f" printed-invalid {other.line + 1}:{other.pos + 1}"
    t = float(rng.uniform(0.45, 0.75))
    u = float(np.clip(t + rng.uniform(-0.1, 0.1), 0.45, 0.8))
    note += f" t={t:.2f} u={u:.2f}"
    edits = [(i, j, y, t), (c.line, c.pos, z, u)]
    return _render(fmt, base, edits, level, rng, note)


def _render(
    fmt: str,
    base: tuple[str, ...],
    edits: list[tuple[int, int, str, float]],
    level: str,
    rng: np.random.Generator,
    note: str,
) -> tuple[bytes, tuple[str, ...], bool, str]:
    state = copy.deepcopy(rng)
    pa = np.asarray(synth.render_page(fmt, base, copy.deepcopy(state), level), np.float32)
    out = pa.copy()
    after = None
    for i, j, alt, t in edits:
        r1 = copy.deepcopy(state)
        pb = np.asarray(synth.render_page(fmt, _set(base, i, j, alt), r1, level), np.float32)
        out += (pb - pa) * t
        after = r1
    if after is None:
        after = copy.deepcopy(state)
        synth.render_page(fmt, base, after, level)
    img = synth.photograph(Image.fromarray(out.clip(0, 255).astype(np.uint8)), after, level)
    jpeg = synth.to_jpeg(img, int(after.integers(*synth.PARAMS[level]["jpeg"])))
    return jpeg, base, parse(base, today=TODAY).valid, note


def page(mode: str, seed: int) -> tuple[bytes, tuple[str, ...], bool, str] | None:
    """(jpeg, printed lines, printed valid, note). Mode "f1", by seed % 4: 0 printed
    valid, a date / number / check digit blended 55-90 % toward another digit and a name
    letter 40-60 % toward its look-alike; 1 the same without the name; 2 printed valid,
    a number's digit 55-90 % toward a letter; 3 printed invalid (a check digit printed
    wrong) with the name blend. Mode "f2": printed valid, a name letter 70-90 % toward
    its digit. Mode "f4": see _several; "f5": see _six_g; "f6": see _date_pair; "f7": see
    _printed_error_pair."""
    if mode == "f4":
        return _several(seed)
    if mode == "f5":
        return _six_g(seed)
    if mode == "f6":
        return _date_pair(seed)
    if mode == "f7":
        return _printed_error_pair(seed)
    rng = np.random.default_rng(seed)
    fmt, lines = synth.random_mrz(rng, TODAY)
    level = str(rng.choice(["easy", "medium", "hard"], p=[0.4, 0.45, 0.15]))
    kind = seed % 4 if mode == "f1" else 9
    base, edits, note = lines, [], mode
    if mode == "f1":
        if kind == 3:
            i, j = CHECKS[fmt][int(rng.integers(len(CHECKS[fmt])))]
            if not lines[i][j].isdigit():
                i, j = CHECKS[fmt][1]
            base = _set(lines, i, j, str((int(lines[i][j]) + 1 + int(rng.integers(8))) % 10))
            note += f" k3 printed-invalid {i + 1}:{j + 1}"
        else:
            cells = _number(fmt) if kind == 2 else _checked_digits(fmt, lines)
            cells = [(i, j) for i, j in cells if lines[i][j].isdigit()]
            i, j = cells[int(rng.integers(len(cells)))]
            alts = (D2L if kind == 2 else D2D).get(lines[i][j], "8")
            alt = alts[int(rng.integers(len(alts)))]
            t = float(rng.uniform(0.55, 0.9))
            edits.append((i, j, alt, t))
            note += f" k{kind} {i + 1}:{j + 1} {lines[i][j]}->{alt} t={t:.2f}"
        if kind in (0, 3):
            cand = [(a, b) for a, b in _names(fmt, base) if base[a][b] in L2D]
            if cand:
                a, b = cand[int(rng.integers(len(cand)))]
                u = float(rng.uniform(0.4, 0.6))
                edits.append((a, b, L2D[base[a][b]], u))
                note += f"; name {a + 1}:{b + 1} {base[a][b]}->{L2D[base[a][b]]} u={u:.2f}"
    else:
        cand = [(a, b) for a, b in _names(fmt, lines) if lines[a][b] in L2D]
        if not cand:
            return None
        a, b = cand[int(rng.integers(len(cand)))]
        t = float(rng.uniform(0.70, 0.90))
        edits.append((a, b, L2D[lines[a][b]], t))
        note += f" {a + 1}:{b + 1} {lines[a][b]}->{L2D[lines[a][b]]} t={t:.2f}"
    return _render(fmt, base, edits, level, rng, note)


def blend_of(note: str) -> float:
    """The blend weight a page's note states (t=...)."""
    m = re.search(r"t=([0-9.]+)", note)
    return float(m.group(1)) if m else 0.0
