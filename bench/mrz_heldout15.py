"""A fifteenth document-photo generator: a held-out set, scored once by the lead.

Written without running the OCR and without reading its code, its models or the other
generators' renderers. Read: bench/bench_mrz.py, the `Sample` dataclass of
tests/documents/synth.py (and, by overreach, the next forty lines of that file: its name
syllables and random MRZ helper, nothing of its rendering), desktop/documents/mrz.py and
layout.py, the test file of the fourteenth set and the head of bench/mrz_heldout14.py for
its mix and faces. It imports no rendering code from the other generators. It pictures
what a Taiwan border counter is handed, as the counter's devices capture it.

Content. TD3 passports 63 % of the MRZs (Taiwan most of all, then Japan, Korea, mainland China,
Vietnam, the Philippines, Thailand, Indonesia, Malaysia, Singapore, India, the US,
Canada, Australia, New Zealand, the UK, Germany (state code D), France, the Netherlands,
Spain, Italy, the Emirates), TD1 cards 16.5 % (Taiwan resident certificates, German,
French, Dutch, Spanish, Belgian, Swiss and Korean cards), TD2 5 % (crew member
certificates, older identity cards), visa foils 15 % (MRV-A 10 %, MRV-B 5 %; Taiwan's,
Japan's, the US's, China's, Korea's, the UK's). Names come from short lists in each
origin's romanisation (Wade-Giles, Hepburn, Revised Romanisation, Pinyin, Vietnamese,
Filipino, Thai, Malay with BIN/BINTI, single Indonesian names, Indian, Arabic with AL,
European with particles); `compose` cuts what overflows its field. Numbers follow a
pattern per issuer (Taiwan's nine digits, Japan's two letters and seven digits, Germany's
letters without vowels, ...); optional data carries personal numbers mixing letters and
digits (Taiwan's A123456789 and the resident certificate's A800012345 forms). The truth
is `mrz.compose`'s lines. About one document in ten is printed invalid (`valid` False;
the truth is the printed lines): two in three with one check digit wrong, one in three
with a digit where only letters may stand (nationality or names). One picture in
twenty-five is a page without an MRZ (`lines` empty, `format` "none", `valid` False): a
visa page full of entry stamps, or a card's front. Formats, captures and faces are dealt,
not drawn: every run of 200 consecutive seeds holds FORMAT_QUOTA, CAPTURE_QUOTA and
FACE_QUOTA exactly (seed - SEED modulo 200 picks a slot of each shuffled table), so the
scored set is the stated mix rather than a draw that happened to lean one way.

Sizes (ICAO 9303 part 3: OCR-B size I at a 2.54 mm pitch; parts 4-7: ID-1 85.6x54,
ID-2 105x74, ID-3 125x88 mm, MRV-A 120x80, MRV-B 105x74 mm). This set's assumptions, not
quoted figures: capitals 2.25-2.55 mm high, lines 4.1-4.6 mm apart (cards 3.5-4.1 mm),
the last baseline 3.8-5.5 mm (cards 3.0-4.0 mm) above the bottom edge, the zone centred
with a horizontal error of up to 0.8 mm; each cell lands on the pitch with the printer's
rounding (up to half a pixel at the rendering scale, about 0.04 mm).

Faces (kind "ocrb" 80 % of the slots): OCR-B (fonts-ocr-b). Kind "hybrid" 10 %: an OCR-B
MRZ where three to six look-alike glyphs (of 0 O D Q 8 B 1 I 5 S 2 Z 6 G; fewer when the
MRZ holds fewer of them), every occurrence, or one whole line come from a new face, as a
personaliser whose OCR-B lacks glyphs substitutes them. Kind "other" 10 %: the whole MRZ
in a new face; each new face has an equal share of both kinds. The new faces, used by no
earlier part of the project: Nimbus Mono PS Regular and Bold (fonts-urw-base35, a
Courier: typed visas and older impact-personalised documents), Glass TTY VT220
(fonts-glasstty, a terminal face drawn in scan lines, as a 9-pin dot-matrix printer
leaves rows of dots) and Inter Medium (fonts-inter, a proportional sans face set at the
fixed pitch, as an office that lacks OCR-B prints with whatever sans it has; its glyphs
are centred in their cells). A new face keeps the pitch and OCR-B's cap height (squeezed
into the cell when wider). scripts/setup-system.sh installs them; a missing face raises
FileNotFoundError naming its package: this module never substitutes a face.

Print process (passports laser 40 %, inkjet 25 %, engraved 25 %, thermal 10 %; cards
engraved 55 %, thermal 30 %, laser 15 %; visa foils inkjet 45 %, laser 25 %, thermal 15 %,
ribbon 15 %; Glass TTY is always struck by a ribbon): laser (crisp; toner dropout specks,
sometimes a pale streak along a line), inkjet (ink spread and satellite drops), engraved
(dark grey, slightly thinner strokes), thermal transfer (banding, now and then a dead
head element leaving a thin white line through one MRZ line), ribbon (uneven density,
dropouts, spread). The page: a two-colour tint, guilloche waves (some crossing the zone),
labels and data in DejaVu Sans, a portrait (kept in infrared), a signature; a card's back
carries address lines and a ghost image instead; stamps in dye inks on visa pages and now
and then on a data page, never over the zone; a visa is a foil stuck on a passport page;
cards have rounded corners.

Captures, and the effects this set leans on (its author's judgement of what counters
capture and earlier sets may have underplayed):
- reader (full-page document reader) 45 %: visible or infrared light (dye inks, tints and
  holograms vanish in infrared; carbon MRZ and portrait stay), uneven lighting, in visible
  light a holographic laminate overlay (rainbow stripes and emblems, 3-9 % strength)
  across the zone and often a laminate glare band (its peak capped at 55 % towards white
  so no character is blanked), capitals 18-32 px, at most 1.5 degrees of rotation, JPEG
  75-95.
- scan (counter flatbed) 24 %: 150-300 dpi (capitals 13-30 px), skew up to 3 degrees, the
  booklet's page bowing near the spine (the zone's lines bent by up to 0.7 mm, more when
  the zone lies on the spine's side) with the gutter's shadow, lid background, dust, JPEG
  70-95.
- phone 16 %: a page on the counter, out-of-plane tilt up to 25 degrees, turned up to 25
  degrees, booklet curvature, uneven light and a glare spot, motion blur or defocus,
  low-light noise, JPEG 45-90, capitals 12-30 px; one in five a photo of a monitor showing
  a scan (RGB subpixel stripes sampled by the phone: moire; the monitor lights itself).
- webcam 8 %: 640x480, 800x600 or 1280x720 frames (the page may run out of the frame, the
  zone never), tilted up to 10 degrees, capitals 9-15 px, a colour cast, noise, defocus in
  half, video coding (4:2:0 chroma, a denoiser's smear, JPEG 30-55, then the stored JPEG
  60-85).
- thumbnail 7 %: a reader's picture (JPEG 85-95) shrunk to capitals 7-12 px, JPEG 60-90.

Pictures stay plausible: every MRZ lies wholly inside its picture, glare never blanks a
character, stamps stay off the zone, and nothing is beyond what a careful officer would
accept as a capture of the document.

The 200 scored seeds (2 600 000-2 600 199, today 2026-11-27) are counted by
`scored_mix()` (the draws before rendering) and checked against SCORED_MIX by the tests:
formats TD3 122, TD1 32, MRV-A 19, MRV-B 9, TD2 10, no MRZ 8; printed invalid 23
(12.0 % of the 192 MRZs); captures reader 90, scan 48, phone 32, webcam 16, thumbnail 14;
faces (of the 192 MRZs) ocrb 154, hybrid 19, other 19; the new faces (hybrid or whole)
nimbus-mono 9, nimbus-mono-bold 10, glasstty 9, inter 10.
Rendering the 200 (from one run, not re-checked by the tests: rendering 200 pictures is
slow; the draws above are checked): printed by engraving 59, laser 52 (toner streak 16),
inkjet 45, thermal transfer 20 (10 with a dead element), ribbon 16; readers' and
thumbnails' pictures in infrared 29; hologram overlay 70, laminate glare band 44; booklet
curvature 47 (12 with the zone on the spine's side); visa foils 28; pages with stamps 52
(none touching the zone); phone pictures tilted 15 degrees or more 11, turned 15 degrees
or more 7, glare spot 16, motion blur 12, defocus 7, low light 14, of a monitor 3; webcam
defocus 9; stored JPEG below quality 60: 6. Capitals (cap_px): reader 18.2-31.6 px, scan
13.1-29.9, phone 12.1-29.4, webcam 9.1-14.6, thumbnail 7.3-11.5. Pictures from 246x385
to 2001x2667 px. CPU time a picture on this shared machine (load about 16 on 2 cores):
median 0.38 s, mean 0.43 s, at most 1.4 s.

Deterministic per seed; seeds start at SEED = 2 600 000. `sample(seed, today=...)` returns
a Shot: a Sample (tests/documents/synth.py's fields, level = the capture) with the verdict
`valid`, `capture`, `font` (the face's label), `face_kind`, `cap_px` (capitals' height in
the picture, mean over the end cells of the first and last lines), `mrz_quad` (the zone's
corners in the picture) and `notes` (capture, print process, face and what was applied).
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import functools
import math
from pathlib import Path
from typing import NamedTuple

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop.documents import layout
from desktop.documents.mrz import compose, parse
from tests.documents import synth

SEED = 2_600_000
IMAGES = 200
FONT_ROOT = Path("/usr/share")

# name: (path under FONT_ROOT, Debian package)
FACES: dict[str, tuple[str, str]] = {
    "ocrb": ("fonts/opentype/ocr-b/OCRB.otf", "fonts-ocr-b"),
    "nimbus-mono": ("fonts/opentype/urw-base35/NimbusMonoPS-Regular.otf", "fonts-urw-base35"),
    "nimbus-mono-bold": ("fonts/opentype/urw-base35/NimbusMonoPS-Bold.otf", "fonts-urw-base35"),
    "glasstty": ("fonts/truetype/glasstty/Glass_TTY_VT220.ttf", "fonts-glasstty"),
    "inter": ("fonts/opentype/inter/Inter-Medium.otf", "fonts-inter"),
}
PAGE_FACES: dict[str, tuple[str, str]] = {
    "sans": ("fonts/truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core"),
    "sans-bold": ("fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "fonts-dejavu-core"),
}
NEW_FACES = ("nimbus-mono", "nimbus-mono-bold", "glasstty", "inter")
PACKAGES = ("fonts-urw-base35", "fonts-glasstty", "fonts-inter")
LOOKALIKES = "0ODQ8B1I5S2Z6G"
CAPTURES = ("reader", "scan", "phone", "webcam", "thumbnail")
CAP_PX: dict[str, tuple[float, float]] = {
    "reader": (18.0, 32.0),
    "scan": (13.0, 30.0),
    "phone": (12.0, 30.0),
    "webcam": (9.0, 15.0),
    "thumbnail": (7.0, 12.0),
}
WEBCAM_MODES = ((640, 480), (800, 600), (1280, 720))
PITCH_MM = 2.54
# Page sizes (width, height) in mm, ICAO 9303 parts 4-7.
PAGE_MM = {
    "TD3": (125.0, 88.0),
    "TD1": (85.6, 54.0),
    "TD2": (105.0, 74.0),
    "MRV-A": (120.0, 80.0),
    "MRV-B": (105.0, 74.0),
}
PROCESS_P: dict[str, tuple[tuple[str, ...], tuple[float, ...]]] = {
    "passport": (("laser", "inkjet", "engraved", "thermal"), (0.40, 0.25, 0.25, 0.10)),
    "card": (("engraved", "thermal", "laser"), (0.55, 0.30, 0.15)),
    "visa": (("inkjet", "laser", "thermal", "ribbon"), (0.45, 0.25, 0.15, 0.15)),
}

# --- content -------------------------------------------------------------------------

# origin: (surnames, given names)
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "TWN": (
        (
            "CHEN",
            "LIN",
            "HUANG",
            "CHANG",
            "LEE",
            "WANG",
            "WU",
            "LIU",
            "TSAI",
            "YANG",
            "HSU",
            "CHENG",
            "HSIEH",
            "KUO",
            "HUNG",
            "CHIU",
            "TSENG",
            "LIAO",
            "CHOU",
            "YEH",
        ),
        (
            "YU TING",
            "CHIA HAO",
            "SHU FEN",
            "MING HSUN",
            "WEI LUN",
            "YI CHEN",
            "HSIN YI",
            "CHIH WEI",
            "PEI SHAN",
            "TZU HAN",
            "KUAN YU",
            "PO CHUN",
            "YA WEN",
            "CHUN HUNG",
        ),
    ),
    "JPN": (
        (
            "SATO",
            "SUZUKI",
            "TAKAHASHI",
            "TANAKA",
            "WATANABE",
            "ITO",
            "YAMAMOTO",
            "NAKAMURA",
            "KOBAYASHI",
            "YOSHIDA",
            "YAMAGUCHI",
            "MATSUMOTO",
        ),
        ("HIROSHI", "YUKI", "KENTA", "HARUKA", "SHOTA", "AYAKA", "DAISUKE", "MISAKI", "RYO"),
    ),
    "KOR": (
        ("KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM", "HAN"),
        ("MINJUN", "SEOYEON", "JIHOON", "HAYOON", "DONGHYUN", "SUBIN", "JAEWON", "EUNJI"),
    ),
    "CHN": (
        ("WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "ZHAO", "HUANG", "ZHOU", "XU", "SUN"),
        ("WEI", "FANG", "XIUYING", "JUN", "YONG", "JING", "QIANG", "XIAOMING", "ZIHAN"),
    ),
    "VNM": (
        ("NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VU", "DANG", "BUI", "DO"),
        ("THI HUONG", "VAN MINH", "THI LAN ANH", "DUC THANH", "THI NGOC", "VAN HUNG"),
    ),
    "PHL": (
        (
            "SANTOS",
            "REYES",
            "CRUZ",
            "BAUTISTA",
            "OCAMPO",
            "GARCIA",
            "DELA CRUZ",
            "MENDOZA",
            "VILLANUEVA",
            "DE LOS SANTOS",
        ),
        ("MARIA LOURDES", "JOSE MIGUEL", "ANGELICA", "JOHN PAUL", "MA CRISTINA", "RICARDO"),
    ),
    "THA": (
        (
            "SRISUWAN",
            "BOONYARATTANASOONTORN",
            "WONGSAWAT",
            "CHAIYAPRUK",
            "SUKSAWAT",
            "THANAPORNSAKUL",
        ),
        ("SOMCHAI", "SUPANEE", "NATTAPONG", "KANYARAT", "WORAWUT", "PIMCHANOK"),
    ),
    "IDN": (("",), ("SUHARTO", "WIDODO", "SETIAWATI", "SUKARNI", "PURNOMO", "RAHAYU")),
    "MYS": (
        ("BIN ISMAIL", "BINTI ABDULLAH", "BIN HASSAN", "A L MUTHU", "BINTI OTHMAN"),
        ("AHMAD", "NUR AISYAH", "MUHAMMAD HAFIZ", "SITI NURHALIZA", "RAJESH"),
    ),
    "IND": (
        ("KUMAR", "SHARMA", "PATEL", "SINGH", "REDDY", "IYER", "CHATTERJEE"),
        ("RAHUL", "PRIYA", "AMIT KUMAR", "LAKSHMI", "VENKATA RAMANA", "ANJALI"),
    ),
    "ARE": (
        ("AL MANSOURI", "AL NUAIMI", "AL KETBI", "AL SHAMSI"),
        ("MOHAMMED ABDULLAH", "FATIMA", "KHALID SAEED", "MARYAM"),
    ),
    "EUR": (
        (
            "SMITH",
            "MUELLER",
            "VAN DER BERG",
            "DE LA FONTAINE",
            "ONEILL",
            "SCHMIDT",
            "GARCIA LOPEZ",
            "ROSSI",
            "DUBOIS",
            "JANSSEN",
            "FERNANDEZ DE CORDOBA",
            "WILLIAMS",
            "MACDONALD",
            "OSULLIVAN",
            "VON HOHENSTEIN",
        ),
        (
            "JOHN",
            "ANNA MARIA",
            "PIERRE LOUIS",
            "ELIZABETH",
            "HANS PETER",
            "SOFIA",
            "MICHAEL JAMES",
            "CHARLOTTE",
            "LUCA",
            "JAN WILLEM",
            "MARIE CLAIRE",
        ),
    ),
}
ORIGIN = {
    "SGP": "CHN",
    "D": "EUR",
    "USA": "EUR",
    "CAN": "EUR",
    "AUS": "EUR",
    "NZL": "EUR",
    "GBR": "EUR",
    "FRA": "EUR",
    "NLD": "EUR",
    "ESP": "EUR",
    "ITA": "EUR",
    "BEL": "EUR",
    "CHE": "EUR",
}

# Issuers of each kind of document, with their weights at a Taiwan counter.
TD3_STATES = {
    "TWN": 30,
    "JPN": 8,
    "KOR": 7,
    "CHN": 4,
    "VNM": 6,
    "PHL": 6,
    "THA": 5,
    "IDN": 5,
    "MYS": 5,
    "SGP": 3,
    "IND": 2,
    "USA": 5,
    "CAN": 2,
    "AUS": 2,
    "NZL": 1,
    "GBR": 2,
    "D": 2,
    "FRA": 1,
    "NLD": 1,
    "ESP": 1,
    "ITA": 1,
    "ARE": 1,
}
TD1_STATES = {"TWN": 40, "D": 8, "FRA": 6, "NLD": 6, "ESP": 5, "BEL": 4, "CHE": 4, "KOR": 3}
TD2_STATES = {"PHL": 3, "IDN": 3, "D": 2, "FRA": 2, "VNM": 2, "THA": 1}
VISA_STATES = {"TWN": 8, "JPN": 4, "USA": 4, "CHN": 3, "KOR": 2, "GBR": 2}
# Holders of Taiwan's resident certificates and visas.
FOREIGN_HOLDERS = {"VNM": 5, "PHL": 4, "IDN": 5, "THA": 3, "MYS": 1, "IND": 1, "USA": 1, "JPN": 1}


def _pick(rng: np.random.Generator, weights: dict[str, int] | dict[str, float]) -> str:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _digits(rng: np.random.Generator, n: int) -> str:
    return "".join(str(int(d)) for d in rng.integers(0, 10, n))


def _letters(rng: np.random.Generator, n: int, pool: str = layout.LETTERS) -> str:
    return "".join(pool[int(i)] for i in rng.integers(0, len(pool), n))


def _number(rng: np.random.Generator, state: str, fmt: str) -> str:
    """A document number in the issuer's pattern."""
    if fmt in ("MRV-A", "MRV-B"):
        return _letters(rng, 1) + _digits(rng, 8) if state != "USA" else _digits(rng, 8)
    if state == "TWN":
        return ("3" + _digits(rng, 8)) if fmt == "TD3" else (_letters(rng, 2) + _digits(rng, 7))
    if state == "JPN":
        return _letters(rng, 2, "MTR") + _digits(rng, 7)
    if state == "KOR":
        return _letters(rng, 1, "MS") + _digits(rng, 3) + _letters(rng, 1) + _digits(rng, 4)
    if state in ("CHN", "SGP"):
        return _letters(rng, 1, "EK") + _digits(rng, 8)
    if state == "D":
        pool = "CFGHJKLMNPRTVWXYZ0123456789"
        return _letters(rng, 1, "CFGHJKLMNPRTVWXYZ") + _letters(rng, 8, pool)
    if state in ("FRA", "NLD", "BEL"):
        return _digits(rng, 2) + _letters(rng, 2) + _digits(rng, 5)
    if state in ("USA", "GBR", "AUS", "CAN"):
        return _digits(rng, 9) if rng.random() < 0.5 else _letters(rng, 1) + _digits(rng, 8)
    if fmt == "TD1" and rng.random() < 0.2:  # a long number, continued in optional data
        return _letters(rng, 3) + _digits(rng, 9)
    return _letters(rng, int(rng.integers(1, 3))) + _digits(rng, 7)


def _personal(rng: np.random.Generator, state: str, fmt: str) -> str:
    if state == "TWN" and fmt == "TD1":  # a resident certificate's UI number
        return _letters(rng, 1) + "8" + _digits(rng, 8)
    if state == "TWN" and fmt == "TD3":
        return _letters(rng, 1) + str(int(rng.integers(1, 3))) + _digits(rng, 8)
    if state in ("KOR", "ESP", "NLD") and rng.random() < 0.7:
        return _digits(rng, int(rng.integers(7, 11))) + _letters(rng, 1)
    if rng.random() < 0.35:
        return _letters(rng, 2) + _digits(rng, int(rng.integers(3, 7)))
    return ""


def _name(rng: np.random.Generator, origin: str) -> tuple[str, str]:
    surnames, given = NAMES[origin]
    sur = surnames[int(rng.integers(len(surnames)))]
    giv = given[int(rng.integers(len(given)))]
    if origin == "IDN":  # a single name stands as the primary identifier
        return giv, ""
    if origin == "MYS":  # AHMAD BIN ISMAIL: the whole name in one field, as many issue it
        return f"{giv} {sur}", ""
    if origin == "EUR" and rng.random() < 0.3:
        giv = f"{giv} {given[int(rng.integers(len(given)))]}"
    return sur, giv


class Face(NamedTuple):
    """Which face prints each cell: the whole MRZ (kind ocrb or other), or OCR-B with some
    look-alike glyphs or one line from `other` (hybrid)."""

    kind: str
    base: str
    other: str = ""
    glyphs: str = ""
    line: int = -1

    def face(self, line: int, ch: str) -> str:
        if self.kind != "hybrid":
            return self.base
        if line == self.line or ch in self.glyphs:
            return self.other
        return self.base

    @property
    def label(self) -> str:
        if self.kind == "hybrid":
            what = f"line {self.line + 1}" if self.line >= 0 else f"glyphs {self.glyphs}"
            return f"ocrb+{self.other} ({what})"
        return self.base


class Plan(NamedTuple):
    fmt: str  # "none" for a page without an MRZ
    composed: tuple[str, ...]
    printed: tuple[str, ...]
    valid: bool
    capture: str
    face: Face
    no_mrz: bool
    process: str
    misprint: str  # "" or what was printed wrong


def _misprint(
    rng: np.random.Generator, fmt: str, lines: tuple[str, ...], today: dt.date
) -> tuple[tuple[str, ...], str]:
    lay = layout.layout(fmt)
    cells = [list(x) for x in lines]
    if rng.random() < 2 / 3:
        checks = [c for c in lay.checks if lines[c.line][c.pos].isdigit()]
        c = checks[int(rng.integers(len(checks)))]
        old = lines[c.line][c.pos]
        new = str((int(old) + int(rng.integers(1, 10))) % 10)
        cells[c.line][c.pos] = new
        note = f"invalid as printed: {c.name} check digit {new} for {old}"
    else:
        names = lay.field("names")
        nat = lay.field("nationality")
        field = nat if rng.random() < 0.4 else names
        spots = [p for p in range(field.start, field.stop) if lines[field.line][p].isalpha()]
        p = spots[int(rng.integers(len(spots)))]
        swap = {"O": "0", "I": "1", "S": "5", "B": "8", "Z": "2", "G": "6", "D": "0"}
        old = lines[field.line][p]
        new = swap.get(old, str(int(rng.integers(0, 10))))
        cells[field.line][p] = new
        note = f"invalid as printed: digit {new} for {old} in the letters field {field.name}"
    printed = tuple("".join(x) for x in cells)
    if parse(printed, today=today).valid:  # a digit ICAO lets stand: a check digit instead
        return _misprint(np.random.default_rng(int(rng.integers(1 << 30))), fmt, lines, today)
    return printed, note


# Every run of IMAGES seeds holds these shares exactly (seed - SEED modulo IMAGES picks a
# slot of each shuffled table), so the 200 scored pictures are the mix stated above, not a
# draw that happened to lean one way.
FORMAT_QUOTA = {"TD3": 122, "TD1": 32, "TD2": 10, "MRV-A": 19, "MRV-B": 9, "none": 8}
CAPTURE_QUOTA = {"reader": 90, "scan": 48, "phone": 32, "webcam": 16, "thumbnail": 14}
FACE_QUOTA = {"ocrb": 160} | {
    f"{k} {f}": 5
    for k in ("hybrid", "other")
    for f in ("nimbus-mono", "nimbus-mono-bold", "glasstty", "inter")
}


@functools.lru_cache(maxsize=1)
def _strata() -> tuple[tuple[str, ...], ...]:
    rng = np.random.default_rng(15_015)
    out = []
    for quota in (FORMAT_QUOTA, CAPTURE_QUOTA, FACE_QUOTA):
        slots = [k for k, n in quota.items() for _ in range(n)]
        assert len(slots) == IMAGES
        out.append(tuple(str(x) for x in rng.permutation(slots)))
    return tuple(out)


def _face(rng: np.random.Generator, slot: str, lines: tuple[str, ...]) -> Face:
    kind, _, other = slot.partition(" ")
    if kind == "ocrb":
        return Face("ocrb", "ocrb")
    if kind == "hybrid":
        if rng.random() < 0.35:
            return Face("hybrid", "ocrb", other, line=int(rng.integers(len(lines))))
        present = [c for c in LOOKALIKES if any(c in x for x in lines)]
        k = min(len(present), int(rng.integers(3, 7)))
        chosen = "".join(sorted(rng.choice(present, k, replace=False)))
        return Face("hybrid", "ocrb", other, glyphs=chosen)
    return Face("other", other)


def plan(seed: int, today: dt.date) -> Plan:
    """Every draw that decides the truth, the capture and the face (before rendering)."""
    rng = np.random.default_rng(seed)
    formats, captures, faces = _strata()
    slot = (seed - SEED) % IMAGES
    fmt, capture, face_kind = formats[slot], captures[slot], faces[slot]
    no_mrz = fmt == "none"
    if no_mrz:
        fmt = "TD3"  # for the draws below; the page is drawn in _page
    if fmt == "TD3":
        state, code = _pick(rng, TD3_STATES), "P"
        nationality = state
        kind = "passport"
    elif fmt == "TD1":
        state = _pick(rng, TD1_STATES)
        code = "I" if state != "TWN" else str(rng.choice(["AC", "I"]))
        nationality = _pick(rng, FOREIGN_HOLDERS) if state == "TWN" else state
        kind = "card"
    elif fmt == "TD2":
        state = _pick(rng, TD2_STATES)
        code = str(rng.choice(["AC", "I", "ID"]))
        nationality = state
        kind = "card"
    else:
        state, code = _pick(rng, VISA_STATES), "V"
        nationality = _pick(rng, FOREIGN_HOLDERS) if state == "TWN" else _pick(rng, TD3_STATES)
        kind = "visa"
    origin = ORIGIN.get(nationality, nationality if nationality in NAMES else "EUR")
    surname, given = _name(rng, origin)
    birth = today - dt.timedelta(days=int(rng.integers(365 * 18, 365 * 80)))
    years = 10 if fmt == "TD3" else int(rng.integers(1, 6))
    issued = today - dt.timedelta(days=int(rng.integers(20, 365 * years - 30)))
    expiry = issued + dt.timedelta(days=365 * years - 1)
    optional = _personal(rng, state, fmt)
    lay = layout.layout(fmt)
    room = lay.field("optional_data_1" if fmt == "TD1" else "optional_data").length
    number = _number(rng, state, fmt)
    if len(number) > 9:
        room -= len(number) - 9 + 2
    composed = compose(
        fmt,
        document_code=code,
        issuing_state=state,
        surname=surname,
        given_names=given,
        document_number=number,
        nationality=nationality,
        birth_date=birth,
        sex=str(rng.choice(["M", "F"], p=[0.52, 0.48]) if rng.random() > 0.01 else "X"),
        expiry_date=expiry,
        optional_data=optional[: max(room, 0)],
    )
    printed, misprint = composed, ""
    if rng.random() < 0.10:
        printed, misprint = _misprint(rng, fmt, composed, today)
    face = _face(rng, face_kind, printed)
    procs, p = PROCESS_P[kind]
    process = str(rng.choice(procs, p=p))
    if face.base == "glasstty" or face.other == "glasstty":
        process = "ribbon"
    if no_mrz:
        return Plan("none", (), (), False, capture, Face("ocrb", "ocrb"), True, process, "")
    return Plan(
        fmt, composed, printed, printed == composed, capture, face, False, process, misprint
    )


def scored_mix(today: dt.date) -> dict[str, int]:
    """The 200 scored seeds' formats, captures and faces, as drawn before rendering."""
    mix: collections.Counter[str] = collections.Counter()
    for seed in range(SEED, SEED + IMAGES):
        p = plan(seed, today)
        mix[p.capture] += 1
        if p.no_mrz:
            mix["none"] += 1
            continue
        mix[p.fmt] += 1
        mix[f"face {p.face.kind}"] += 1
        mix["invalid"] += not p.valid
        for f in {p.face.base, p.face.other} - {"", "ocrb"}:
            mix[f] += 1
    return dict(sorted(mix.items()))


# scored_mix(2026-11-27), as the docstring states it (the tests check both).
SCORED_MIX: dict[str, int] = {
    "MRV-A": 19,
    "MRV-B": 9,
    "TD1": 32,
    "TD2": 10,
    "TD3": 122,
    "face hybrid": 19,
    "face ocrb": 154,
    "face other": 19,
    "glasstty": 9,
    "inter": 10,
    "invalid": 23,
    "nimbus-mono": 9,
    "nimbus-mono-bold": 10,
    "none": 8,
    "phone": 32,
    "reader": 90,
    "scan": 48,
    "thumbnail": 14,
    "webcam": 16,
}

# --- faces and glyphs --------------------------------------------------------------------


def face_path(name: str) -> Path:
    rel, package = (FACES | PAGE_FACES)[name]
    path = FONT_ROOT / rel
    if not path.is_file():
        raise FileNotFoundError(
            f"{path}: install the Debian package {package} (scripts/setup-system.sh); "
            "bench/mrz_heldout15.py never substitutes a face"
        )
    return path


@functools.lru_cache(maxsize=64)
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(face_path(name)), size)


def _ink_box(name: str, text: str, size: int) -> tuple[int, int, int, int]:
    f = font(name, size)
    img = Image.new("L", (size * 2 * len(text), size * 3), 0)
    ImageDraw.Draw(img).text((size // 2, size // 2), text, font=f, fill=255)
    a = np.asarray(img) > 96
    rows, cols = np.flatnonzero(a.any(1)), np.flatnonzero(a.any(0))
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


@functools.lru_cache(maxsize=16)
def cap_em(name: str) -> float:
    """Capital height per point of size (from the ink of H, E and X)."""
    _x0, y0, _x1, y1 = _ink_box(name, "HEX", 200)
    return (y1 - y0) / 200


@functools.lru_cache(maxsize=4096)
def glyph(name: str, ch: str, cap: int, cell: int) -> np.ndarray:
    """One character's ink (float 0-1) in a cell `cell` px wide and 2*cap high whose
    baseline is row round(1.5*cap) and whose capitals start at row round(0.5*cap)."""
    size = max(4, round(cap / cap_em(name)))
    f = font(name, size)
    big = Image.new("L", (size * 3, size * 3), 0)
    d = ImageDraw.Draw(big)
    d.text((size, size), ch, font=f, fill=255)
    ref = Image.new("L", (size * 3, size * 3), 0)
    ImageDraw.Draw(ref).text((size, size), "H", font=f, fill=255)
    ra = np.asarray(ref)
    base_row = int(np.flatnonzero(ra.max(1) > 96)[-1]) + 1  # H's baseline
    a = np.asarray(big).astype(np.float32) / 255
    cols = np.flatnonzero(a.max(0) > 0.2)
    rows = np.flatnonzero(a.max(1) > 0.2)
    out = np.zeros((2 * cap, cell), np.float32)
    if len(cols) == 0:
        return out
    crop = a[:, cols[0] : cols[-1] + 1]
    w = crop.shape[1]
    if w > 0.9 * cell:  # wider than its cell: squeezed, as a personaliser fits it
        w = max(1, int(0.9 * cell))
        crop = cv2.resize(crop, (w, crop.shape[0]), interpolation=cv2.INTER_AREA)
    top = round(1.5 * cap) - base_row  # row offset mapping the face's baseline
    x = (cell - w) // 2
    r0, r1 = max(0, rows[0] + top), min(2 * cap, rows[-1] + 1 + top)
    out[r0:r1, x : x + w] = crop[r0 - top : r1 - top]
    return out


# --- the page ------------------------------------------------------------------------------


class Page(NamedTuple):
    img: np.ndarray  # float32 RGB 0-1, R px per mm
    alpha: np.ndarray  # float32 0-1: the document's shape (rounded card corners)
    quad: np.ndarray  # the zone's corners in page px (4x2), empty without an MRZ
    caps: np.ndarray  # (n, 2, 2): top and baseline points of the end cells of outer lines
    spine: str  # "top", "bottom" or "" (no booklet)
    notes: list[str]
    R: float  # pixels per mm of img


def _tint(rng: np.random.Generator, h: int, w: int, ir: bool) -> np.ndarray:
    if ir:  # dye tints vanish in infrared: paper grey
        return np.full((h, w, 3), float(rng.uniform(0.80, 0.92)), np.float32)
    c1 = rng.uniform(0.80, 0.97, 3)
    c2 = rng.uniform(0.80, 0.97, 3)
    t = np.linspace(0, 1, w, dtype=np.float32)[None, :, None]
    img = (c1 * (1 - t) + c2 * t).astype(np.float32)
    return np.repeat(img, h, 0)


def _guilloche(rng: np.random.Generator, img: np.ndarray, R: float, ir: bool) -> None:
    h, w = img.shape[:2]
    layer = np.zeros((h, w), np.uint8)
    xs = np.arange(0, w, 2, dtype=np.float32)
    for _ in range(int(rng.integers(6, 16))):
        y0 = rng.uniform(0, h)
        a1, a2 = rng.uniform(2, 9) * R, rng.uniform(0.5, 3) * R
        k1, k2 = rng.uniform(0.02, 0.08) / R, rng.uniform(0.1, 0.3) / R
        ph = rng.uniform(0, 6.28)
        for j in range(int(rng.integers(2, 5))):
            ys = y0 + a1 * np.sin(k1 * xs + ph + j * 0.4) + a2 * np.sin(k2 * xs + j)
            pts = np.stack([xs, ys], 1).astype(np.int32)[None]
            cv2.polylines(layer, pts, False, 255, max(1, round(0.08 * R)), cv2.LINE_AA)
    m = layer.astype(np.float32)[..., None] / 255
    colour = rng.uniform(0.35, 0.75, 3).astype(np.float32)
    strength = 0.05 if ir else rng.uniform(0.25, 0.5)
    img[:] = img * (1 - strength * m) + colour * strength * m


def _text(
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    s: str,
    face: str,
    mm: float,
    R: float,
    fill: tuple[int, int, int],
) -> None:
    draw.text(xy, s, font=font(face, max(6, round(mm * R / cap_em(face)))), fill=fill)


def _page(rng: np.random.Generator, p: Plan, R: float, ir: bool) -> Page:
    """The document at R px/mm, in visible or infrared light, with its MRZ printed."""
    notes: list[str] = []
    fmt = p.fmt if not p.no_mrz else str(rng.choice(["TD3", "TD1"], p=[0.7, 0.3]))
    visa = fmt in ("MRV-A", "MRV-B")
    wmm, hmm = PAGE_MM["TD3"] if visa else PAGE_MM[fmt]
    W, H = round(wmm * R), round(hmm * R)
    img = _tint(rng, H, W, ir)
    _guilloche(rng, img, R, ir)
    fx0, fy0 = 0.0, 0.0  # the MRZ's document (the foil) within the page, mm
    dw, dh = wmm, hmm
    if visa:  # a foil stuck on the passport page, flush with its bottom edge
        dw, dh = PAGE_MM[fmt]
        fx0 = float(rng.uniform(0.5, wmm - dw - 0.3))
        fy0 = hmm - dh - float(rng.uniform(0.8, 3.0))
        x0, y0, x1, y1 = (round(v * R) for v in (fx0, fy0, fx0 + dw, fy0 + dh))
        foil = _tint(rng, y1 - y0, x1 - x0, ir)
        _guilloche(rng, foil, R, ir)
        img[y0:y1, x0:x1] = foil
        cv2.rectangle(img, (x0, y0), (x1 - 1, y1 - 1), (0.55, 0.55, 0.55), 1)
        notes.append("visa foil")
    card = fmt in ("TD1", "TD2")
    pil = Image.fromarray((img * 255).astype(np.uint8))
    d = ImageDraw.Draw(pil)
    dark = (40, 40, 60) if not ir else (150, 150, 150)  # dye labels fade in infrared
    carbon = (25, 25, 30)
    # Where the zone's clear band begins (mm from the page's top): nothing else goes lower.
    zone_top_mm = fy0 + dh - (14.0 if fmt == "TD1" or p.no_mrz else 12.5)
    if p.no_mrz and fmt == "TD3":  # a visa page: stamps and a printed page number only
        _text(d, (W / 2, 4 * R), str(int(rng.integers(6, 40))), "sans", 2.0, R, dark)
        notes.append("no MRZ: a visa page with entry stamps")
    elif fmt == "TD1" and not p.no_mrz:  # a card's back: address lines and a ghost image
        for i in range(int(rng.integers(3, 6))):
            words = " ".join(_letters(rng, int(rng.integers(3, 9))) for _ in range(3))
            _text(d, (fx0 * R + 4 * R, (4 + 4 * i) * R), words, "sans", 1.6, R, dark)
        gx, gy = round(62 * R), round(5 * R)
        gw, gh = round(16 * R), round(20 * R)
        ghost = np.asarray(pil).astype(np.float32)
        cv2.ellipse(
            ghost, (gx + gw // 2, gy + gh // 2), (gw // 3, gh // 3), 0, 0, 360, (200, 200, 205), -1
        )
        pil = Image.fromarray(ghost.astype(np.uint8))
        d = ImageDraw.Draw(pil)
    else:  # a data page or a card's front: portrait, labels, data, signature
        px0, py0 = fx0 + 4, fy0 + (4 if card else 10)
        pw, ph = (20, 26) if card else (float(rng.uniform(28, 35)), float(rng.uniform(36, 45)))
        ph = min(ph, zone_top_mm - py0 - 1)
        port = np.asarray(pil).astype(np.float32)
        a, b = (round(px0 * R), round(py0 * R)), (round((px0 + pw) * R), round((py0 + ph) * R))
        bgc = 225 if not ir else 210
        cv2.rectangle(port, a, b, (bgc, bgc, bgc - 5), -1)
        cx, cy = (a[0] + b[0]) // 2, a[1] + int((b[1] - a[1]) * 0.42)
        tone = rng.uniform(0.55, 1.0) * np.array([225.0, 180.0, 150.0])  # RGB skin tones
        skin = (95, 90, 95) if ir else tuple(float(v) for v in tone)
        cv2.ellipse(
            port,
            (cx, cy),
            (int(pw * R * 0.22), int(ph * R * 0.24)),
            0,
            0,
            360,
            skin,
            -1,
            cv2.LINE_AA,
        )
        cv2.ellipse(
            port,
            (cx, b[1]),
            (int(pw * R * 0.42), int(ph * R * 0.25)),
            0,
            180,
            360,
            (60, 60, 70),
            -1,
            cv2.LINE_AA,
        )
        pil = Image.fromarray(port.astype(np.uint8))
        d = ImageDraw.Draw(pil)
        lx = px0 + pw + 4
        rows = _visual_zone(rng, p)
        step = (zone_top_mm - py0 - 5) / len(rows)
        for i, (lab, val) in enumerate(rows):
            y = py0 + i * step
            _text(d, (lx * R, y * R), lab, "sans", 1.1, R, dark)
            _text(d, (lx * R, (y + 1.6) * R), val, "sans-bold", 1.9, R, carbon)
        sx = np.linspace(lx, lx + 25, 40)
        sy = zone_top_mm - 3 + 1.5 * np.sin(sx * rng.uniform(0.5, 1.5))
        pts = np.stack([sx * R, sy * R], 1).astype(np.int32)
        d.line([tuple(q) for q in pts], fill=carbon, width=max(1, round(0.25 * R)))
        if p.no_mrz:
            notes.append("no MRZ: a card's front")
    img = np.asarray(pil).astype(np.float32) / 255
    stamps = (2 if p.no_mrz else 1) if (visa or p.no_mrz or rng.random() < 0.1) else 0
    if p.no_mrz and fmt == "TD3":
        stamps = int(rng.integers(3, 7))
    for _ in range(stamps if not ir else 0):
        _stamp(rng, img, R, zone_top_mm)
    if stamps and not ir:
        notes.append(f"{stamps} stamps")
    alpha = np.ones((H, W), np.float32)
    if card:  # rounded corners of a card (3.18 mm radius, ISO/IEC 7810)
        r = round(3.18 * R)
        m = np.zeros((H, W), np.uint8)
        cv2.rectangle(m, (r, 0), (W - r, H), 255, -1)
        cv2.rectangle(m, (0, r), (W, H - r), 255, -1)
        for c in ((r, r), (W - r, r), (r, H - r), (W - r, H - r)):
            cv2.circle(m, c, r, 255, -1, cv2.LINE_AA)
        alpha = m.astype(np.float32) / 255
    spine = ""
    if fmt == "TD3" or visa:
        spine = "top" if rng.random() < 0.7 else "bottom"
    if p.no_mrz:  # no zone; a capital's height where one would be sets the scale
        virtual = np.array([[(W / 2, H - 7.4 * R), (W / 2, H - 5.0 * R)]])
        return Page(img, alpha, np.zeros((0, 2)), virtual, spine, notes, R)
    quad, caps = _print_mrz(rng, img, p, R, (fx0, fy0, dw, dh), notes)
    return Page(img, alpha, quad, caps, spine, notes, R)


def _visual_zone(rng: np.random.Generator, p: Plan) -> list[tuple[str, str]]:
    """The data page's printed fields: the MRZ's data, as a visual inspection zone shows it."""
    if p.no_mrz:
        return [
            (lab, _letters(rng, int(rng.integers(3, 10))))
            for lab in ("Surname", "Given names", "Nationality", "Date of birth", "Sex")
        ]
    doc = parse(p.composed)

    def date(yymmdd: str | None) -> str:
        if not yymmdd:
            return ""
        months = (
            "JAN",
            "FEB",
            "MAR",
            "APR",
            "MAY",
            "JUN",
            "JUL",
            "AUG",
            "SEP",
            "OCT",
            "NOV",
            "DEC",
        )
        y, m, dd = yymmdd[-6:-4], int(yymmdd[-4:-2]), yymmdd[-2:]
        return f"{dd} {months[(m - 1) % 12]} {y}"

    birth = (doc.birth_date or "").replace("-", "")
    expiry = (doc.expiry_date or "").replace("-", "")
    return [
        ("Type", doc.document_code or ""),
        ("Surname", doc.surname or ""),
        ("Given names", doc.given_names or ""),
        ("Nationality", doc.nationality or ""),
        ("Date of birth", date(birth)),
        ("Sex", doc.sex or ""),
        ("Date of expiry", date(expiry)),
        ("Document no.", doc.document_number or ""),
    ]


def _stamp(rng: np.random.Generator, img: np.ndarray, R: float, zone_top_mm: float) -> None:
    h, w = img.shape[:2]
    layer = np.zeros((h, w), np.uint8)
    rw, rh = rng.uniform(12, 22) * R, rng.uniform(9, 16) * R
    cx = rng.uniform(rw, w - rw)
    cy = rng.uniform(rh, max(rh + 1, zone_top_mm * R - rh - 1.0 * R))
    th = max(1, round(0.35 * R))
    if rng.random() < 0.5:
        cv2.ellipse(
            layer,
            (int(cx), int(cy)),
            (int(rw * 0.5), int(rh * 0.5)),
            0,
            0,
            360,
            255,
            th,
            cv2.LINE_AA,
        )
    else:
        cv2.rectangle(
            layer,
            (int(cx - rw / 2), int(cy - rh / 2)),
            (int(cx + rw / 2), int(cy + rh / 2)),
            255,
            th,
            cv2.LINE_AA,
        )
    pil = Image.fromarray(layer)
    label = f"{int(rng.integers(1, 29)):02d} {_letters(rng, 3)} 2026"
    _text(ImageDraw.Draw(pil), (cx - rw * 0.35, cy - 1.2 * R), label, "sans-bold", 1.8, R, 255)
    m = np.asarray(pil).astype(np.float32)[..., None] / 255
    ink = np.array(
        [(0.75, 0.15, 0.2), (0.2, 0.25, 0.7), (0.5, 0.2, 0.6)][int(rng.integers(3))], np.float32
    )
    a = float(rng.uniform(0.35, 0.65))
    img[:] = img * (1 - a * m) + ink * a * m


def _print_mrz(
    rng: np.random.Generator,
    img: np.ndarray,
    p: Plan,
    R: float,
    doc: tuple[float, float, float, float],
    notes: list[str],
) -> tuple[np.ndarray, np.ndarray]:
    fx0, fy0, dw, dh = doc
    card = p.fmt in ("TD1",)
    n, width = len(p.printed), len(p.printed[0])
    cap_mm = float(rng.uniform(2.25, 2.55))
    spacing = float(rng.uniform(3.5, 4.1) if card else rng.uniform(4.1, 4.6))
    last = float(rng.uniform(3.0, 4.0) if card else rng.uniform(3.8, 5.5))
    x0 = fx0 + (dw - width * PITCH_MM) / 2 + float(rng.uniform(-0.8, 0.8))
    x0 = max(fx0 + 0.6, x0)
    base_last = fy0 + dh - last
    cap = max(6, round(cap_mm * R))
    cell = round(PITCH_MM * R)
    H, W = img.shape[:2]
    mask = np.zeros((H, W), np.float32)
    for j, text in enumerate(p.printed):
        base = base_last - (n - 1 - j) * spacing
        for i, ch in enumerate(text):
            g = glyph(p.face.face(j, ch), ch, cap, cell)
            gx = round((x0 + i * PITCH_MM) * R)
            gy = round(base * R) - round(1.5 * cap)
            sub = mask[gy : gy + g.shape[0], gx : gx + g.shape[1]]
            np.maximum(sub, g[: sub.shape[0], : sub.shape[1]], out=sub)
    y_top = round((base_last - (n - 1) * spacing - cap_mm - 1.0) * R)
    y_bot = min(H, round((base_last + 1.0) * R))
    xa, xb = max(0, round((x0 - 1) * R)), min(W, round((x0 + width * PITCH_MM + 1) * R))
    band = mask[y_top:y_bot, xa:xb]
    band[:] = _process(
        rng,
        band,
        p.process,
        R,
        cap,
        [round((base_last - (n - 1 - j) * spacing) * R) - y_top for j in range(n)],
        notes,
    )
    ink = {"laser": 0.1, "inkjet": 0.12, "engraved": 0.24, "thermal": 0.08, "ribbon": 0.16}
    colour = np.full(3, ink[p.process] + rng.uniform(-0.03, 0.03), np.float32)
    if p.process == "inkjet":
        colour[2] += 0.05  # a bluish black
    m = mask[..., None]
    img[:] = img * (1 - m) + colour * m
    quad = (
        np.array(
            [
                (x0 - 0.6, base_last - (n - 1) * spacing - cap_mm - 0.6),
                (x0 + width * PITCH_MM + 0.6, base_last - (n - 1) * spacing - cap_mm - 0.6),
                (x0 + width * PITCH_MM + 0.6, base_last + 0.9),
                (x0 - 0.6, base_last + 0.9),
            ]
        )
        * R
    )
    caps = []
    for j in (0, n - 1):
        base = base_last - (n - 1 - j) * spacing
        for i in (0, width - 1):
            cx = x0 + (i + 0.5) * PITCH_MM
            caps.append(((cx * R, (base - cap_mm) * R), (cx * R, base * R)))
    notes.append(f"cap {cap_mm:.2f} mm, lines {spacing:.2f} mm apart")
    return quad, np.array(caps)


def _process(
    rng: np.random.Generator,
    m: np.ndarray,
    process: str,
    R: float,
    cap: int,
    baselines: list[int],
    notes: list[str],
) -> np.ndarray:
    """The print process's marks on the zone's ink (float 0-1, at R px/mm)."""
    h, w = m.shape
    px = R / 10  # pixels per 0.1 mm
    if process == "laser":
        holes = rng.random((h, w)) < 0.004
        holes = cv2.dilate(holes.astype(np.uint8), np.ones((2, 2), np.uint8)).astype(bool)
        m = m * np.where(holes, 0.15, 1.0)
        if rng.random() < 0.3:
            j = int(rng.integers(len(baselines)))
            y = baselines[j] - int(rng.uniform(0.2, 0.8) * cap)
            m[max(0, y - round(px * 2)) : y + round(px * 2)] *= float(rng.uniform(0.55, 0.8))
            notes.append("toner streak")
    elif process == "inkjet":
        m = cv2.GaussianBlur(m, (0, 0), 0.45 * px)
        m = np.clip(m * 1.35, 0, 1)
        sat = (rng.random((h, w)) < 0.0015) & (cv2.dilate(m, np.ones((5, 5))) > 0.3)
        m = np.maximum(m, cv2.GaussianBlur(sat.astype(np.float32), (0, 0), 0.5) * 2.5)
    elif process == "engraved":
        k = max(1, round(0.6 * px))
        m = cv2.erode(m, np.ones((k, k), np.float32)) * 0.35 + m * 0.65
        m = cv2.GaussianBlur(m, (0, 0), 0.3 * px)
    elif process == "thermal":
        rows = 0.88 + 0.12 * np.sin(np.arange(h) / max(1.0, px * 1.2))[:, None]
        m = m * rows
        if rng.random() < 0.35:
            j = int(rng.integers(len(baselines)))
            y = baselines[j] - int(rng.uniform(0.15, 0.85) * cap)
            m[y : y + max(1, round(px * 0.8))] = 0
            notes.append(f"dead thermal element through line {j + 1}")
    else:  # ribbon: uneven density and spread
        field = cv2.resize(
            rng.uniform(0.55, 1.0, (max(2, h // 30), max(2, w // 30))),
            (w, h),
            interpolation=cv2.INTER_CUBIC,
        ).astype(np.float32)
        m = cv2.GaussianBlur(m, (0, 0), 0.6 * px)
        m = np.clip(m * 1.5, 0, 1) * np.clip(field, 0.5, 1)
        m = m * np.where(rng.random((h, w)) < 0.01, 0.3, 1.0)
    notes.append(f"print {process}")
    return np.clip(m, 0, 1).astype(np.float32)


# --- the capture -----------------------------------------------------------------------------


def _laminate(rng: np.random.Generator, page: Page, R: float, notes: list[str]) -> None:
    """Hologram overlay and glare band of the laminate, in visible light."""
    img = page.img
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if rng.random() < 0.7:
        k = rng.uniform(0.6, 1.6) / R
        ang = rng.uniform(0, math.pi)
        ph = (xx * math.cos(ang) + yy * math.sin(ang)) * k
        rainbow = np.stack([np.sin(ph), np.sin(ph + 2.1), np.sin(ph + 4.2)], -1) * 0.5 + 0.5
        emblem = np.zeros((h, w), np.float32)
        for _ in range(int(rng.integers(1, 4))):
            c = (int(rng.uniform(0, w)), int(rng.uniform(page.quad[:, 1].min() - 5 * R, h)))
            cv2.circle(emblem, c, int(rng.uniform(6, 14) * R), 1.0, max(1, round(0.7 * R)))
        emblem = cv2.GaussianBlur(emblem, (0, 0), 0.3 * R)
        s = float(rng.uniform(0.03, 0.09))
        a = (s * (0.6 + 0.4 * emblem))[..., None]
        img[:] = img * (1 - a) + rainbow.astype(np.float32) * a
        notes.append(f"hologram {s:.2f}")
    if rng.random() < 0.45:
        ang = rng.uniform(-0.5, 0.5)
        ymid = rng.uniform(page.quad[:, 1].min(), page.quad[:, 1].max())
        d = (yy - ymid) * math.cos(ang) - (xx - w / 2) * math.sin(ang)
        g = np.exp(-((d / (rng.uniform(2, 8) * R)) ** 2)).astype(np.float32)
        peak = float(rng.uniform(0.25, 0.55))
        img[:] = img + (peak * g)[..., None] * (1 - img)
        notes.append(f"glare band {peak:.2f}")


def _curve(rng: np.random.Generator, page: Page, notes: list[str]) -> tuple[Page, float]:
    """A booklet's page bowing near its spine: remap, gutter shadow, moved points."""
    img = page.img
    h, w = img.shape[:2]
    R = page.R
    near = page.spine == "bottom"  # the zone lies on the spine's side
    bow_mm = float(rng.uniform(0.3, 0.7) if near else rng.uniform(0.1, 0.35))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    closeness = (yy / h) if near else (1 - yy / h)
    shape = 1 - ((xx - w / 2) / (w / 2)) ** 2
    dy = (bow_mm * R * shape * (0.3 + 0.7 * closeness**2)).astype(np.float32)
    squeeze = (0.04 * h * closeness**3).astype(np.float32) * (1 if near else -1)
    my = yy - dy + squeeze
    out = cv2.remap(img, xx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    alpha = cv2.remap(page.alpha, xx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    shade = 1 - 0.35 * np.clip((closeness - 0.8) / 0.2, 0, 1) ** 2
    out = out * shade[..., None]

    def move(pt: np.ndarray) -> np.ndarray:
        x, y = float(pt[0]), float(pt[1])
        for _ in range(4):  # invert y = my(x, y') by fixed-point iteration
            c = (y / h) if near else (1 - y / h)
            sh = 1 - ((x - w / 2) / (w / 2)) ** 2
            y = (
                float(pt[1])
                + bow_mm * R * sh * (0.3 + 0.7 * c**2)
                - 0.04 * h * c**3 * (1 if near else -1)
            )
        return np.array([x, y])

    quad = np.array([move(q) for q in page.quad]) if len(page.quad) else page.quad
    caps = np.array([[move(a), move(b)] for a, b in page.caps]) if len(page.caps) else page.caps
    notes.append(f"booklet curvature {bow_mm:.2f} mm, spine {page.spine}")
    return page._replace(img=out.astype(np.float32), alpha=alpha, quad=quad, caps=caps), bow_mm


def _tilt(ax: float, ay: float, rz: float, dist: float) -> np.ndarray:
    """Homography of a page (centred, mm) tilted by ax, ay and turned by rz (radians),
    seen by a pinhole camera `dist` mm away with its focal length equal to dist."""
    cx, sx, cy, sy = math.cos(ax), math.sin(ax), math.cos(ay), math.sin(ay)
    rx = np.array([[1, 0, 0], [0, cx, -sx], [0, sx, cx]])
    ry = np.array([[cy, 0, sy], [0, 1, 0], [-sy, 0, cy]])
    rot = ry @ rx
    f = dist
    h = np.array(
        [
            [f * rot[0, 0], f * rot[0, 1], 0],
            [f * rot[1, 0], f * rot[1, 1], 0],
            [rot[2, 0], rot[2, 1], dist],
        ]
    )
    c, s = math.cos(rz), math.sin(rz)
    return np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]]) @ (h / dist)


def _apply(h: np.ndarray, pts: np.ndarray) -> np.ndarray:
    p = np.asarray(pts, np.float64).reshape(-1, 2)
    q = np.c_[p, np.ones(len(p))] @ h.T
    return (q[:, :2] / q[:, 2:3]).reshape(np.shape(pts))


def _cap_len(h: np.ndarray, caps: np.ndarray) -> float:
    c = _apply(h, caps)
    return float(np.mean(np.linalg.norm(c[:, 0] - c[:, 1], axis=1)))


def _background(rng: np.random.Generator, kind: str, w: int, h: int) -> np.ndarray:
    if kind == "reader":  # the reader's dark bed
        bg = np.full((h, w, 3), float(rng.uniform(0.05, 0.18)), np.float32)
    elif kind == "scan":  # the lid
        bg = np.full((h, w, 3), float(rng.uniform(0.92, 0.99)), np.float32)
    else:  # a counter top: laminate wood or grey, with grain
        base = (
            rng.uniform([0.25, 0.18, 0.12], [0.55, 0.45, 0.35])
            if rng.random() < 0.5
            else np.full(3, rng.uniform(0.2, 0.6))
        )
        grain = cv2.resize(
            rng.normal(0, 0.03, (max(2, h // 6), max(2, w // 60))),
            (w, h),
            interpolation=cv2.INTER_CUBIC,
        )
        bg = (base[None, None, :] + grain[..., None]).astype(np.float32)
    return np.clip(bg, 0, 1)


def _warp(
    page: Page,
    R: float,
    hm: np.ndarray,
    size: tuple[int, int],
    bg: np.ndarray,
    prefilter: float = 1.6,
) -> tuple[np.ndarray, np.ndarray]:
    """The page (at R px/mm) through hm (page mm, centred, to picture px) over bg."""
    h, w = page.img.shape[:2]
    scale = _cap_len(hm, page.caps / R) if len(page.caps) else 1.0
    f = 1.0
    local = abs(np.linalg.det(hm[:2, :2])) ** 0.5 / abs(hm[2, 2]) if hm[2, 2] else 1.0
    local = max(local, scale / 2.4)
    if local / R < 1 / prefilter:  # shrink first (area filter), then warp the rest
        f = min(1.0, prefilter * local / R)
    img, alpha = page.img, page.alpha
    if f < 1.0:
        img = cv2.resize(
            img, (max(2, round(w * f)), max(2, round(h * f))), interpolation=cv2.INTER_AREA
        )
        alpha = cv2.resize(alpha, (img.shape[1], img.shape[0]), interpolation=cv2.INTER_AREA)
    Rf = img.shape[1] / (w / R)
    to_mm = np.array([[1 / Rf, 0, -w / R / 2], [0, 1 / Rf, -h / R / 2], [0, 0, 1]])
    full = hm @ to_mm
    out = cv2.warpPerspective(
        img, full, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0
    )
    a = cv2.warpPerspective(
        alpha, full, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0
    )[..., None]
    pic = out * a + bg * (1 - a)
    page_to_pic = hm @ np.array([[1 / R, 0, -w / R / 2], [0, 1 / R, -h / R / 2], [0, 0, 1]])
    return pic.astype(np.float32), page_to_pic


def _light(rng: np.random.Generator, pic: np.ndarray, strength: float) -> np.ndarray:
    h, w = pic.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    g = (xx / w - 0.5) * math.cos(ang) + (yy / h - 0.5) * math.sin(ang)
    v = (xx / w - 0.5) ** 2 + (yy / h - 0.5) ** 2
    field = 1 - strength * (g + 0.5) - 0.6 * strength * v
    return pic * field[..., None].astype(np.float32)


def _jpeg(img: np.ndarray, q: int) -> np.ndarray:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, int(q)])
    assert ok
    return cv2.imdecode(buf, cv2.IMREAD_COLOR)


def _to_u8(pic: np.ndarray) -> np.ndarray:
    """RGB float 0-1 to BGR uint8."""
    return cv2.cvtColor(np.clip(pic * 255 + 0.5, 0, 255).astype(np.uint8), cv2.COLOR_RGB2BGR)


def _noise(rng: np.random.Generator, pic: np.ndarray, sigma: float) -> np.ndarray:
    return pic + rng.normal(0, sigma, pic.shape).astype(np.float32)


def _motion(pic: np.ndarray, length: float, ang: float) -> np.ndarray:
    n = max(3, int(length) | 1)
    k = np.zeros((n, n), np.float32)
    c = n // 2
    dx, dy = math.cos(ang) * c, math.sin(ang) * c
    cv2.line(k, (round(c - dx), round(c - dy)), (round(c + dx), round(c + dy)), 1.0, 1)
    return cv2.filter2D(pic, -1, k / k.sum())


def _monitor(rng: np.random.Generator, page: Page, R: float, notes: list[str]) -> Page:
    """The page shown on a monitor: a scan at the screen's pixels, drawn as RGB stripes."""
    s = float(rng.uniform(5.5, 8.0))  # screen pixels per document mm (zoomed scan)
    h, w = page.img.shape[:2]
    sw, sh = round(w / R * s), round(h / R * s)
    screen = cv2.resize(page.img, (sw, sh), interpolation=cv2.INTER_AREA)
    m = 3  # picture elements per screen pixel: a column each for R, G and B, a dark row
    big = np.repeat(np.repeat(screen, m, 0), m, 1)
    stripes = np.zeros((m, m, 3), np.float32)
    for c in range(3):
        stripes[:, c, c] = (1.0, 1.0, 0.35)
    tile = np.tile(stripes, (sh, sw, 1))
    glow = float(rng.uniform(1.0, 1.15))  # the backlight: never dim
    # Unclipped: a lit subpixel is brighter than white on average; the phone's pixels
    # average them (and alias their stripes: the moire).
    img = big * tile * glow * (m * m / 2.35)
    Rm = s * m
    notes.append(f"photo of a monitor ({s:.1f} screen px/mm, moire)")
    return Page(
        img.astype(np.float32),
        np.ones(img.shape[:2], np.float32),
        page.quad * Rm / R,
        page.caps * Rm / R,
        "",
        notes,
        Rm,
    )


def _capture(
    rng: np.random.Generator, p: Plan, page: Page, cap_px: float, monitor: bool, notes: list[str]
) -> tuple[np.ndarray, np.ndarray, float]:
    """The picture (BGR uint8) of the page, the zone's quad in it, and its capitals' height."""
    cap = p.capture if p.capture != "thumbnail" else "reader"
    target = cap_px if p.capture != "thumbnail" else float(rng.uniform(20, 28))
    if cap == "reader":
        rz = math.radians(rng.uniform(-1.5, 1.5))
        hm = _tilt(0, 0, rz, 1000)
    elif cap == "scan":
        hm = _tilt(0, 0, math.radians(rng.uniform(-3, 3)), 1000)
    elif cap == "phone":
        ax, ay = (math.radians(rng.uniform(-25, 25)) * rng.choice([0.4, 1.0]) for _ in range(2))
        rz = math.radians(rng.uniform(-25, 25)) * float(rng.choice([0.3, 1.0]))
        hm = _tilt(ax, ay, rz, float(rng.uniform(180, 400)))
        notes.append(
            f"tilt {math.degrees(ax):.0f}/{math.degrees(ay):.0f} deg, turned "
            f"{math.degrees(rz):.0f} deg"
        )
    else:
        ax, ay = (math.radians(rng.uniform(-10, 10)) for _ in range(2))
        hm = _tilt(ax, ay, math.radians(rng.uniform(-4, 4)), float(rng.uniform(250, 450)))
    Rp = page.R
    h, w = page.img.shape[:2]
    centre_mm = np.array([w / Rp / 2, h / Rp / 2])
    k = target / _cap_len(hm, page.caps / Rp - centre_mm)
    hm = np.diag([k, k, 1.0]) @ hm
    corners = np.array([(0, 0), (w, 0), (w, h), (0, h)], float) / Rp - centre_mm
    pc = _apply(hm, corners)
    zq = _apply(hm, page.quad / Rp - centre_mm) if len(page.quad) else pc
    lo, hi = pc.min(0), pc.max(0)
    if cap == "reader":
        margin = rng.uniform(0.02, 0.08) * (hi - lo)
        size = hi - lo + 2 * margin
        off = margin - lo
    elif cap == "scan":
        margin = rng.uniform(4, 14, 2) * target / 2.4  # 4-14 mm of the lid
        size = hi - lo + 2 * margin
        off = margin - lo
    elif cap == "phone":
        fill = rng.uniform(0.6, 0.92)
        side = max((hi - lo)[0] / fill, (hi - lo)[1] / fill * 4 / 3, rng.uniform(1280, 1700))
        size = np.array([side, side * 3 / 4])
        if side > 3400:  # the phone's frame is bigger than a stored picture: crop round the zone
            size = np.array([3400.0, 2550.0])
        centre = (zq.min(0) + zq.max(0)) / 2 if side > 3400 else (lo + hi) / 2
        off = size / 2 - centre + rng.uniform(-0.05, 0.05, 2) * size
    else:
        size = np.array(WEBCAM_MODES[int(rng.integers(3))], float)
        zw = zq.max(0) - zq.min(0)
        if zw[0] > size[0] - 16:  # the zone would not fit: step back
            kk = (size[0] - 24) / zw[0]
            hm = np.diag([kk, kk, 1.0]) @ hm
            pc, zq = pc * kk, zq * kk
            zw = zw * kk
            target *= kk
        slack = np.maximum(0, size - zw - 16)  # aimed at the zone, roughly centred
        off = 8 + rng.uniform(0.25, 0.75, 2) * slack - zq.min(0)
    size_i = (math.ceil(size[0]), math.ceil(size[1]))
    hm = np.array([[1, 0, off[0]], [0, 1, off[1]], [0, 0, 1]]) @ hm
    bg = _background(rng, "reader" if monitor else cap, *size_i)  # a monitor's dark bezel
    pic, page_to_pic = _warp(page, Rp, hm, size_i, bg, 2.4 if monitor else 1.6)
    quad = _apply(page_to_pic, page.quad) if len(page.quad) else np.zeros((0, 2))
    got_cap = _cap_len(page_to_pic, page.caps)
    pic = _effects(rng, cap, pic, got_cap, notes)
    out = _to_u8(pic)
    if p.capture == "thumbnail":
        out = _jpeg(out, int(rng.integers(85, 96)))
        f = cap_px / got_cap
        size2 = (max(8, round(out.shape[1] * f)), max(8, round(out.shape[0] * f)))
        fx, fy = size2[0] / out.shape[1], size2[1] / out.shape[0]
        out = cv2.resize(out, size2, interpolation=cv2.INTER_AREA)
        quad = quad * [fx, fy]
        got_cap *= fy
        notes.append("shrunk to a thumbnail")
    return out, quad, got_cap


def _effects(
    rng: np.random.Generator, cap: str, pic: np.ndarray, cap_px: float, notes: list[str]
) -> np.ndarray:
    h, w = pic.shape[:2]
    if cap == "reader":
        pic = _light(rng, pic, float(rng.uniform(0.03, 0.15)))
        pic = cv2.GaussianBlur(pic, (0, 0), float(rng.uniform(0.3, 0.7)))
        pic = _noise(rng, pic, float(rng.uniform(0.005, 0.015)))
    elif cap == "scan":
        dust = (rng.random((h, w)) < rng.uniform(0.000005, 0.00004)).astype(np.float32)
        pic = pic * (1 - 0.7 * cv2.dilate(dust, np.ones((2, 2)))[..., None])
        pic = cv2.GaussianBlur(pic, (0, 0), float(rng.uniform(0.4, 0.8)))
        pic = _noise(rng, pic, 0.008)
        if rng.random() < 0.5:  # the lid's shadow along one edge
            pic = _light(rng, pic, 0.06)
    elif cap == "phone":
        pic = _light(rng, pic, float(rng.uniform(0.1, 0.35)))
        if rng.random() < 0.5:  # a ceiling lamp's glare spot, capped
            yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
            cx, cy, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.05, 0.15) * w
            g = np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r))
            peak = float(rng.uniform(0.2, 0.5))
            pic = pic + (peak * g)[..., None] * (1 - pic)
            notes.append(f"glare spot {peak:.2f}")
        r = rng.random()
        if r < 0.3:
            length = float(rng.uniform(0.1, 0.25)) * cap_px
            pic = _motion(pic, length, float(rng.uniform(0, math.pi)))
            notes.append(f"motion blur {length:.1f} px")
        elif r < 0.55:
            s = float(rng.uniform(0.04, 0.09)) * cap_px
            pic = cv2.GaussianBlur(pic, (0, 0), s)
            notes.append(f"defocus {s:.1f} px")
        else:
            pic = cv2.GaussianBlur(pic, (0, 0), 0.6)
        sigma = 0.012
        if rng.random() < 0.3:  # low light: darker, warmer, noisier
            pic = pic * np.array([0.7, 0.62, 0.5], np.float32) * float(rng.uniform(0.75, 1))
            sigma = float(rng.uniform(0.025, 0.045))
            notes.append("low light")
        pic = _noise(rng, pic, sigma)
    else:  # webcam
        cast = rng.uniform(0.85, 1.12, 3).astype(np.float32)
        pic = _light(rng, pic * cast, float(rng.uniform(0.05, 0.2)))
        if rng.random() < 0.5:
            s = float(rng.uniform(0.6, 1.1))
            pic = cv2.GaussianBlur(pic, (0, 0), s)
            notes.append(f"defocus {s:.1f} px")
        pic = _noise(rng, pic, float(rng.uniform(0.015, 0.03)))
        u8 = _to_u8(pic)
        ycc = cv2.cvtColor(u8, cv2.COLOR_BGR2YCrCb)
        for c in (1, 2):  # 4:2:0 chroma
            small = cv2.resize(ycc[..., c], (w // 2, h // 2), interpolation=cv2.INTER_AREA)
            ycc[..., c] = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
        u8 = cv2.cvtColor(ycc, cv2.COLOR_YCrCb2BGR)
        u8 = cv2.bilateralFilter(u8, 5, 18, 3)  # the camera's denoiser smears fine detail
        q = int(rng.integers(30, 56))
        u8 = _jpeg(u8, q)
        notes.append(f"video coding (JPEG {q})")
        pic = cv2.cvtColor(u8, cv2.COLOR_BGR2RGB).astype(np.float32) / 255
    return np.clip(pic, 0, 1)


STORE_Q = {
    "reader": (75, 96),
    "scan": (70, 96),
    "phone": (45, 91),
    "webcam": (60, 86),
    "thumbnail": (60, 91),
}


@dataclasses.dataclass(frozen=True, eq=False)
class Shot(synth.Sample):
    """A Sample with this set's verdict and what the picture shows."""

    valid: bool = True
    capture: str = ""
    font: str = ""
    face_kind: str = ""
    cap_px: float = 0.0
    mrz_quad: tuple[tuple[float, float], ...] = ()
    notes: str = ""


def sample(seed: int, *, today: dt.date) -> Shot:
    """One picture and its truth, deterministic in seed."""
    for name in FACES:  # refuse early, before any drawing, when a face is missing
        face_path(name)
    p = plan(seed, today)
    rng = np.random.default_rng([seed, 15])
    notes: list[str] = [f"capture {p.capture}"]
    lo, hi = CAP_PX[p.capture]
    cap_px = float(rng.uniform(lo, hi))
    ir = p.capture in ("reader", "thumbnail") and rng.random() < 0.25
    monitor = p.capture == "phone" and rng.random() < 0.2
    R = 12.0 if p.capture in ("webcam", "thumbnail") else float(np.clip(cap_px / 2.4 * 1.3, 9, 16))
    page = _page(rng, p, R, ir)
    notes += page.notes
    if ir:
        notes.append("infrared")
    elif not monitor and p.capture in ("reader", "thumbnail", "phone") and not p.no_mrz:
        _laminate(rng, page, R, notes)
    if page.spine and (p.capture == "scan" or (p.capture == "phone" and rng.random() < 0.5)):
        page, _bow = _curve(rng, page, notes)
    if monitor:
        page = _monitor(rng, page, R, notes)
    img, quad, got = _capture(rng, p, page, cap_px, monitor, notes)
    lo_q, hi_q = STORE_Q[p.capture]
    q = int(rng.integers(lo_q, hi_q))
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, q])
    assert ok
    jpeg = buf.tobytes()
    notes.append(f"JPEG {q}")
    if p.misprint:
        notes.append(p.misprint)
    notes.append(f"face {p.face.label}" if not p.no_mrz else "no MRZ printed")
    return Shot(
        seed=seed,
        level=p.capture,
        format=p.fmt,
        lines=p.printed,
        image=cv2.imdecode(buf, cv2.IMREAD_COLOR),
        jpeg=jpeg,
        valid=p.valid,
        capture=p.capture,
        font="" if p.no_mrz else p.face.label,
        face_kind="" if p.no_mrz else p.face.kind,
        cap_px=round(got, 2) if not p.no_mrz else 0.0,
        mrz_quad=()
        if p.no_mrz
        else tuple((round(float(x), 1), round(float(y), 1)) for x, y in quad),
        notes="; ".join(notes),
    )
