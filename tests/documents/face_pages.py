"""Attack pages of rule 18c (mrz_heldout16's faces): bench/mrz_heldout16's own pages
(seeds past its scored 200) with a chosen face mix and, for half of them, a chosen
state code. The faces UnTaza, BIZ UDGothic (Bold) and WenQuanYi Zen Hei Mono draw the
look-alike glyphs 1/4/7, 0/D/O, 5/S, 6/8 (hybrid: those glyphs only, or line 2; or the
whole MRZ), in dates, check digits and state codes; by seed % 3 == 2 a check digit or a
letters field printed wrong (the generator's own misprint). Measured in DESIGN.md
(rule 18c)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from unittest import mock

import numpy as np

from bench import mrz_heldout16 as h16
from desktop.documents import layout as mrz_layout

FIRST = 2_790_000
GLYPHS = ("147", "0DO", "5S", "68", "14", "0D")
_PLAN = h16.plan  # the generator's own, before sample() patches it
# State codes with the look-alike letters (D/O/B/S/I/L) the faces blur with digits.
STATES = ("IND", "DOM", "COD", "SDN", "BOL", "MDA", "SLV", "BDI", "GBD", "DZA")


def plan(seed: int, today: dt.date) -> h16.Plan:
    """mrz_heldout16's plan of `seed`, its face and state code set as the docstring says."""
    k = seed - FIRST
    base = _PLAN(seed, today)
    if base.no_mrz:
        base = _PLAN(seed + 100_000, today)
    rng = np.random.default_rng([seed, 18])
    composed = base.composed
    if k % 2 == 0:
        code = STATES[int(rng.integers(len(STATES)))]
        lay = mrz_layout.layout(base.fmt)
        cells = [list(x) for x in composed]
        for name in ("issuing_state", "nationality"):
            f = lay.field(name)
            cells[f.line][f.start : f.stop] = list(code)
        composed = tuple("".join(x) for x in cells)
    printed, misprint, valid = composed, "", True
    if k % 3 == 2:
        printed, misprint = h16._misprint(rng, base.fmt, composed, today)
        valid = False
    other = h16.NEW_FACES[k % len(h16.NEW_FACES)]
    shape = (k // 4) % 4
    if shape == 3:
        face = h16.FacePlan("other", other)
    elif shape == 2:
        face = h16.FacePlan("hybrid", other, line=1)  # the dates and check digits
    else:
        face = h16.FacePlan("hybrid", other, glyphs=GLYPHS[(k // 16) % len(GLYPHS)])
    return dataclasses.replace(
        base, composed=composed, printed=printed, valid=valid, misprint=misprint, face=face
    )


def sample(seed: int, *, today: dt.date) -> h16.Shot:
    """The picture of `plan(seed)`, rendered by mrz_heldout16's own pipeline."""
    with mock.patch.object(h16, "plan", lambda s, t: plan(s, t)):
        return h16.sample(seed, today=today)
