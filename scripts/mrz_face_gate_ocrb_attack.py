"""Attack pages aimed at ocr_repair.printed_as_read (a zoomed reading with a digit in
a field of letters reported invalid as printed): heldout20's renderer, its plans
altered. Kinds by seed % 4:
  0  printed VALID, names full of digit look-alike letters (O D B I S Z G), every
     look-alike letter drawn in another face (hybrid glyphs): a letter read as a digit
     would call an honest document invalid;
  1  printed VALID, the whole MRZ in another face (the four new faces and six of the
     ten families);
  2  printed INVALID (a digit among the names' letters), hybrid glyphs in another face:
     the digit printed, the look-alike letters beside it in another face;
  3  printed INVALID, wholly OCR-B, with look-alike-heavy names (OBRIEN, GODBOLD...):
     must be read exactly or refused.
Seeds 9_500_000+ (sample) and 9_600_000+ (sample2, capitals 10 % smaller: zoomed);
bench/results/mrz_face_gate_ocrb.md. Fonts under /usr/share as the families of
scripts/mrz_face_gate.py.

    from scripts.mrz_face_gate_ocrb_attack import sample, sample2
    shot = sample2(9_600_006, today=bench.bench_mrz.TODAY)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import mrz_heldout20 as H
from desktop.documents.mrz import compose

EXTRA = {  # six of the ten families of scripts/mrz_face_gate.py, under /usr/share
    "dejavu-mono": ("fonts/truetype/dejavu/DejaVuSansMono.ttf", "-"),
    "liberation-mono": ("fonts/truetype/liberation2/LiberationMono-Regular.ttf", "-"),
    "courier-prime": ("fonts/opentype/courier-prime/Courier Prime.otf", "-"),
    "jetbrains-mono": ("fonts/truetype/jetbrains-mono/JetBrainsMono-Regular.ttf", "-"),
    "freemono": ("fonts/truetype/freefont/FreeMono.ttf", "-"),
    "go-mono": ("fonts/fonts-go/Go-Mono.ttf", "-"),
}
H.FACES.update(EXTRA)
OTHERS = list(H.NEW_FACES) + list(EXTRA)
SURNAMES = [
    "OBRIEN",
    "GODBOLD",
    "SZABO",
    "DIOGO",
    "GIBSON",
    "BOSSI",
    "ODIO",
    "BOZIZE",
    "GOODBODY",
    "DISSIDIO",
    "ZIGBO",
    "OSGOOD",
    "BIGGS",
    "DOBOS",
    "SOBIESKI",
]
GIVEN = [
    "ISOBEL",
    "BOGDAN",
    "ZOE",
    "DIEGO",
    "OSBORN",
    "GISO",
    "BODO",
    "SIGGI",
    "IZZO",
    "OBI",
    "DOSIO",
]
_real_plan = H.plan


def _renamed(seed: int, today: dt.date, salt: int):
    """A heldout20 plan with an MRZ, its names drawn from the look-alike-heavy lists."""
    s = seed
    while True:
        p = _real_plan(3_100_000 + (s % 200000), today)
        if not p.no_mrz:
            break
        s += 7
    rng = np.random.default_rng([seed, salt])
    fields = dict(p.fields)
    fields["surname"] = SURNAMES[int(rng.integers(len(SURNAMES)))]
    fields["given_names"] = GIVEN[int(rng.integers(len(GIVEN)))]
    if p.fmt == "TD1" and "optional_data_2" not in fields:
        fields["optional_data_2"] = ""
    return p, rng, fields, compose(p.fmt, **fields)


def plan(seed: int, today: dt.date):
    kind = seed % 4
    p, rng, fields, composed = _renamed(seed, today, 99)
    printed, misprint = composed, ""
    if kind in (2, 3):
        printed, misprint = H._misprint(rng, p.fmt, composed, "letters", today)
    other = OTHERS[int(rng.integers(len(OTHERS)))]
    if kind in (0, 2):
        face = H.FacePlan("hybrid", other, glyphs="ODBISZG")
    elif kind == 1:
        face = H.FacePlan("other", other)
    else:
        face = H.FacePlan("ocrb")
    return dataclasses.replace(
        p,
        seed=seed,
        fields=tuple(fields.items()),
        composed=composed,
        printed=printed,
        valid=not misprint,
        misprint=misprint,
        face=face,
    )


def sample(seed: int, *, today: dt.date):
    """The page of `seed`; heldout20's own plan is back in place afterwards."""
    H.plan = plan
    try:
        return H.sample(seed, today=today)
    finally:
        H.plan = _real_plan


# -- attack2: every page's capitals printed 10 % smaller (2.07-2.25 mm on a 2.54 mm
# pitch), so the reader cuts its cells zoomed: the case printed_as_read looks at. Kinds
# by seed % 4: 0 printed VALID, the look-alike letters ODBISZG in another face; 1 printed
# INVALID (a digit among the names' letters), the digits 0125689 in another face;
# 2 printed INVALID, wholly OCR-B; 3 printed VALID, wholly OCR-B (look-alike-heavy names).
_real_zone = H._zone


def _small_zone(rng, p, sheet):
    z = _real_zone(rng, p, sheet)
    return dataclasses.replace(z, cap=z.cap * 0.9)


def plan2(seed: int, today: dt.date):
    kind = seed % 4
    p, rng, fields, composed = _renamed(seed, today, 98)
    printed, misprint = composed, ""
    if kind in (1, 2):
        printed, misprint = H._misprint(rng, p.fmt, composed, "letters", today)
    other = OTHERS[int(rng.integers(len(OTHERS)))]
    if kind == 0:
        face = H.FacePlan("hybrid", other, glyphs="ODBISZG")
    elif kind == 1:
        face = H.FacePlan("hybrid", other, glyphs="0125689")
    else:
        face = H.FacePlan("ocrb")
    return dataclasses.replace(
        p,
        seed=seed,
        fields=tuple(fields.items()),
        composed=composed,
        printed=printed,
        valid=not misprint,
        misprint=misprint,
        face=face,
    )


def sample2(seed: int, *, today: dt.date):
    H.plan, H._zone = plan2, _small_zone
    try:
        return H.sample(seed, today=today)
    finally:
        H.plan, H._zone = _real_plan, _real_zone
