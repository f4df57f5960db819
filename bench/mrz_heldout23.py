"""A twenty-third document-photo generator: a held-out set, scored once by the lead.

Written without running the OCR and without reading its code, its models, the other
generators' bodies or any results. Read: bench/bench_mrz.py (how a generator is called),
the `Sample` dataclass of tests/documents/synth.py, desktop/documents/mrz.py (compose,
parse) and layout.py, the heads of bench/mrz_heldout21.py and bench/mrz_heldout22.py
(docstrings and constants), tests/documents/test_mrz_heldout22.py and
scripts/setup-system.sh. Its renderer (Pillow for glyphs and page text, OpenCV and numpy
for the rest) is its own. It pictures what a Taiwan border counter is handed and leans on
what neither the twenty-first's nor the twenty-second's docstring lists: a page
photographed through the counter's glass screen (faint reflections of the room, a
fingertip smudge), a booklet's gutter bending the zone's lines near the spine, a phone's
rolling-shutter skew with motion blur along the hand's movement, a second-generation
photocopy (toner speckle, grey fill, slightly enlarged), a document scanner with dust and
a hair on its glass (never over the characters), the next visa page's print showing
through thin paper, a messaging app's double re-compression (downscaled, 4:2:0 chroma,
strong JPEG), a PDF page rasterised at 96-150 dpi, printed from that raster and
photographed, warm tungsten or green fluorescent light with low-light sensor noise, and a
plastic passport sleeve's sheen.

Content. TD3 passports (Taiwan most: nine-digit numbers and, as optional data, the
holder's national identification number, a letter, 1 or 2 and eight digits; then Japan,
Korea, Hong Kong, Macao, the US, Vietnam, the Philippines, Thailand, Indonesia, Malaysia,
Singapore, India, the UK, Germany (D), the Netherlands, France, Canada, Australia, New
Zealand), TD1 cards (Taiwan resident certificates most, code "IR" and a ten-character
number, a letter, 8 or 9 and eight digits, in ICAO's long-number form: an assumption, not
quoted from a specimen; then German, Dutch, Belgian, Italian, Portuguese and Polish
identity cards), TD2 (crew member certificates "AC" of Taiwan, Japan, Korea and Vietnam;
Romanian identity cards), visa foils MRV-A and MRV-B (Taiwan's most, then Japan's, the
US's, Korea's, Canada's) for holders of other states. Names from this module's own lists,
one in six with a second given name (cut by `mrz.compose` when it overflows). The truth is
`mrz.compose`'s lines (`Plan.fields` is what it was given), expiry after the bench's
today. About one MRZ in ten is printed invalid (`valid` False, the truth is the printed
lines): per block of 200 seeds 12 with one check digit wrong and 8 with a digit where only
letters may stand (a name's or a state code's O, D, Q, I, S, B, Z or G printed as the
digit it resembles). One picture in twenty-five is a page without an MRZ (`lines` empty,
`format` "none", `valid` False): a booklet's visa page with entry stamps (6 per 200) or a
card's front (2). Formats, captures, face kinds, hybrid kinds, new faces, blanks and
misprints are dealt, not drawn: every run of 200 consecutive seeds from SEED holds the
quotas exactly.

Sizes (ICAO 9303 part 3: OCR-B size I at a 2.54 mm pitch; parts 4-7: ID-1 85.6x54, ID-2
105x74, ID-3 125x88 mm, MRV-A 120x80 and MRV-B 105x74 mm foils on a 125x88 booklet page).
This set's assumptions (not quoted figures): the pitch 0.985-1.015 of 2.54 mm per
document; capitals 2.35-2.50 mm high; lines 4.0-4.4 mm apart (TD1 3.6-4.0 mm), the last
baseline 4.4-5.4 mm (TD1 3.3-4.0 mm) above the document's bottom edge; the zone centred on
its document within 0.6 mm; a booklet's spine along the data page's bottom edge (the zone
is its nearest text, as in booklets whose data page is the upper page), the gutter's bend
starting 7-13 mm above it; the photocopier enlarging 102-106 %.

Faces (FACE_QUOTA of the 192 MRZ slots per 200): "ocrb" (82 %) OCR-B Regular
(fonts-ocr-b). "hybrid" (9 %): an OCR-B MRZ where three to six look-alike glyphs (of
0 O D 8 B 1 I 5 S 2 Z 6 G printed in the zone; every occurrence) or one whole line come
from a new face. "other" (9 %): the whole MRZ in a new face. New faces, named by no other
file of the project, installed on this machine for this set (2026-12-06): IPAMincho
(fonts-ipafont-mincho, a Japanese Mincho whose Latin is half-width fixed pitch, with
serifs and thin hairlines), Konatu Tohaba (fonts-konatu, the fixed-pitch cut of a rounded
Japanese gothic) and Jura Medium (fonts-jura, a squarish proportional sans, set here on
the fixed pitch). Every face keeps the pitch: a glyph is scaled so that H's ink is as tall
as the zone's capitals, stands on the baseline and its ink is centred in its cell
(squeezed into 86 % of the cell when wider). scripts/setup-system.sh installs the faces; a
missing face raises FileNotFoundError naming its package: this module never substitutes
a face. Page labels and data are in DejaVu Sans.

Print process (drawn per format): passports laser 60 %, inkjet 20 %, engraved 20 %; TD1
cards engraved 75 %, laser 25 %; TD2 laser; visa foils inkjet 70 %, laser 30 %. "laser"
black toner (reflectance 0.06-0.12), "inkjet" blue-black ink slightly spread, "engraved"
grey (0.30-0.40) and thinner.

Captures (CAPTURE_QUOTA; capitals aimed at CAP_PX):
- glass: a phone photo through the counter's glass screen: the room's reflections (lamps,
  a window's frame, a silhouette; screen-blended at 5-12 %, defocused), a fingertip
  smudge (haze, 8-18 % towards white, diffused) over part of the page in 70 %, a
  green tint of the glass, turned up to 8 degrees, keystone 0.88-1.0; capitals 14-24 px;
  JPEG 70-90.
- handheld: a phone held in one hand: rolling-shutter skew (rows shifted 1-4 % of the
  height along the movement, with a slight wobble), motion blur along the movement (0.05
  to 0.14 of a capital), and in booklets (passports and visa pages) 70 % with the gutter
  bending the page into the spine below the zone (the lines compressed and bowed more
  towards their ends, shaded); turned up to 12 degrees, keystone 0.85-1.0; capitals
  14-26 px; JPEG 72-90.
- photocopy: a copy of a copy, scanned at 200-300 dpi: each generation enlarged
  102-106 % in all, contrast raised, the paper's white filled grey (0.78-0.90) with
  mottle, toner speckle (sparse dots of 1-2 px) and a faint drum streak; turned up to 0.8
  degree; greyscale; JPEG 75-92.
- scanner: a document scanner at 200, 240 or 300 dpi with dust specks and a hair on its
  glass (never over the zone), skew up to 1.5 degrees; in booklets 60 % with the next
  visa page's print (a foil's colour pattern and a stamp, mirrored, 4-9 % dark) showing
  through thin paper; JPEG 80-95.
- messenger: a phone photo sent through a messaging app and forwarded: twice downscaled
  (to 78-92 % each time), chroma 4:2:0, JPEG 55-72 then 45-62; capitals after both
  12-18 px.
- pdf: a page rasterised into a PDF at 96-150 dpi (capitals 9-15 raster pixels), printed
  from that raster (blocky pixels) and photographed, slightly turned and tilted;
  capitals in the photo 14-24 px; JPEG 70-88.
- lamp: a phone photo under a warm tungsten lamp (60 %) or a green fluorescent tube
  (40 %), underexposed and raised (sensor noise in luminance and colour, gain 1.6-2.6),
  a plastic passport sleeve's sheen (a soft bright band, 10-25 % towards white, and the
  sleeve's edge) in half; turned up to 10 degrees, keystone 0.86-1.0; capitals 14-24 px;
  JPEG 68-88.
Every MRZ lies wholly inside its picture (sample() asserts it). Not modelled here (earlier
sets did them): readers' infrared and ultraviolet light, holograms and laminate glare,
webcams, thumbnails, LCD screens, faxes, dot-matrix and ribbon printing. The page's
labels and portrait are schematic.

The 200 scored seeds (3 400 000-3 400 199, today 2026-11-27) are counted by
`scored_mix()` (the draws before rendering) and checked against SCORED_MIX by the tests:
formats TD3 122 (TWN 45), TD1 34 (Taiwan resident certificates 14), TD2 10, MRV-A 18,
MRV-B 8, no MRZ 8 (visa pages 6, card fronts 2); printed invalid 20 (10.4 % of the 192
MRZs; 12 a check digit, 8 a digit among letters); captures glass 34, handheld 40,
photocopy 28, scanner 30, messenger 26, pdf 22, lamp 20; faces (of the 192 MRZs) ocrb 158
(82.3 %), hybrid 17 (11 with glyphs, 6 with a line), other 17 (8.9 %); the new faces
(hybrid or whole) ipa-mincho 12, konatu-tohaba 11, jura 11; print processes laser 99,
inkjet 42, engraved 51.
Rendering the 200 (one run of the final code, not re-checked by the tests: rendering 200
pictures is slow; the draws above are checked): glass reflections 34 and smudges 26
(glass); gutters 21 and rolling shutter with motion blur 40 (handheld); show-through 17
and a hair on the glass 30 (scanner); tungsten 10 and fluorescent 10 light, sleeves 8
(lamp). Capitals (cap_px): glass 14.4-23.7 px, handheld 14.2-25.6, photocopy 19.0-30.4,
scanner 18.5-29.5, messenger 12.4-17.9, pdf 14.6-24.0, lamp 16.3-23.9. Pictures from
519x337 to 1735x1314 px (smallest and largest by area, none over 1767 px a side); every
zone inside its picture; grey s.d. 19.3 or more where there is an MRZ (14.0 without). CPU
time a picture on this shared machine (2 cores, load 10-12 from other helpers): median
0.18 s, mean 0.21 s, at most 0.72 s.
Deterministic per seed; seeds start at SEED = 3 400 000. `sample(seed, today=...)` returns
a Shot: a Sample (tests/documents/synth.py's fields, level = the capture) with the verdict
`valid`, `capture`, `font` (the face's label), `face_kind`, `process`, `cap_px` (capitals'
height in the picture, mean over the end cells of the first and last lines), `mrz_quad`
(the zone's corners in the picture) and `notes` (capture, face, print process, pitch,
capitals and every effect applied).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import io
import math
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop.documents import layout
from desktop.documents.mrz import compose
from tests.documents.synth import Sample

SEED = 3_400_000
IMAGES = 200

FORMAT_QUOTA = {"TD3": 122, "TD1": 34, "TD2": 10, "MRV-A": 18, "MRV-B": 8, "none": 8}
BLANK_QUOTA = {"visa page": 6, "card front": 2}
CAPTURE_QUOTA = {
    "glass": 34,
    "handheld": 40,
    "photocopy": 28,
    "scanner": 30,
    "messenger": 26,
    "pdf": 22,
    "lamp": 20,
}
CAPTURES = tuple(CAPTURE_QUOTA)
FACE_QUOTA = {"ocrb": 158, "hybrid": 17, "other": 17}  # of the 192 MRZ slots
HYBRID_QUOTA = {"glyphs": 11, "line": 6}
NEW_FACE_QUOTA = {"ipa-mincho": 12, "konatu-tohaba": 11, "jura": 11}  # of the 34 non-OCR-B
INVALID_QUOTA = 20
CHECK_DIGIT_MISPRINTS = 12
PROCESSES = ("laser", "inkjet", "engraved")
LOOKALIKES = "0OD8B1I5S2Z6G"
DIGIT_FOR = {"O": "0", "D": "0", "Q": "0", "I": "1", "S": "5", "B": "8", "Z": "2", "G": "6"}

FONT_ROOT = Path("/usr/share/fonts")
FACES = {  # label: (file under FONT_ROOT, Debian package)
    "ocrb": ("opentype/ocr-b/OCRB.otf", "fonts-ocr-b"),
    "ipa-mincho": ("opentype/ipafont-mincho/ipam.ttf", "fonts-ipafont-mincho"),
    "konatu-tohaba": ("truetype/konatu/KonatuTohaba.ttf", "fonts-konatu"),
    "jura": ("opentype/jura/Jura-Medium.otf", "fonts-jura"),
}
PAGE_FACES = {"dejavu": ("truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core")}
NEW_FACES = tuple(NEW_FACE_QUOTA)
PACKAGES = ("fonts-ipafont-mincho", "fonts-konatu", "fonts-jura")

CAP_PX = {  # capitals' height in the picture, aimed at (at the zone's middle)
    "glass": (14.0, 24.0),
    "handheld": (14.0, 26.0),
    "photocopy": (200 / 25.4 * 2.35 * 1.02, 300 / 25.4 * 2.5 * 1.06),
    "scanner": (200 / 25.4 * 2.35, 300 / 25.4 * 2.5),
    "messenger": (12.0, 18.0),
    "pdf": (14.0, 24.0),
    "lamp": (14.0, 24.0),
}
MAX_SIDE = 2200

SCORED_MIX = {  # scored_mix(2026-11-27), stated in the docstring; the tests check both
    "TD3": 122, "TD3 TWN": 45, "TD1": 34, "TD1 TWN": 14, "TD2": 10, "MRV-A": 18, "MRV-B": 8,
    "none": 8, "visa page": 6, "card front": 2, "invalid": 20,
    "glass": 34, "handheld": 40, "photocopy": 28, "scanner": 30, "messenger": 26, "pdf": 22,
    "lamp": 20, "face ocrb": 158, "face hybrid": 17, "face other": 17,
    "ipa-mincho": 12, "konatu-tohaba": 11, "jura": 11, "laser": 99, "inkjet": 42, "engraved": 51,
}  # fmt: skip


# -- faces and glyphs -------------------------------------------------------------------


def face_path(name: str) -> Path:
    """The face's file; FileNotFoundError naming its package when it is not installed."""
    rel, package = {**FACES, **PAGE_FACES}[name]
    path = FONT_ROOT / rel
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} missing: install the Debian package {package} "
            "(scripts/setup-system.sh); this generator never substitutes a face"
        )
    return path


@functools.cache
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(face_path(name)), size)


_BIG = 160  # glyphs are drawn at this size, then scaled to the zone's capitals


@functools.cache
def cap_em(name: str) -> float:
    """H's ink height over the face's size: what scales every face to one cap height."""
    box = font(name, _BIG).getbbox("H", anchor="ls")
    return (box[3] - box[1]) / _BIG


@functools.cache
def glyph(name: str, ch: str, cap: int, pitch: int) -> np.ndarray:
    """Ink coverage (0..1) of `ch` in a cell `pitch` wide and 2*cap high, baseline at row
    1.5*cap: scaled so that H is `cap` high, its ink centred, squeezed when too wide."""
    f = font(name, _BIG)
    size = round(cap / cap_em(name) * 4)  # drawn at 4x, brought down by area
    f = font(name, size)
    w4, h4 = pitch * 4, cap * 8
    img = Image.new("L", (w4 * 2, h4), 0)
    ImageDraw.Draw(img).text((w4 // 2, int(cap * 6)), ch, font=f, fill=255, anchor="ls")
    a = np.asarray(img, np.float32) / 255.0
    cols = np.flatnonzero(a.max(0) > 0.1)
    out = np.zeros((h4, w4), np.float32)
    if len(cols):
        ink = a[:, cols[0] : cols[-1] + 1]
        room = int(w4 * 0.86)
        if ink.shape[1] > room:  # a wide glyph of a proportional face: squeezed
            ink = cv2.resize(ink, (room, h4), interpolation=cv2.INTER_AREA)
        x0 = (w4 - ink.shape[1]) // 2
        out[:, x0 : x0 + ink.shape[1]] = ink
    return cv2.resize(out, (pitch, 2 * cap), interpolation=cv2.INTER_AREA)


# -- the plan: everything drawn before rendering -----------------------------------------


@dataclasses.dataclass(frozen=True)
class FacePlan:
    kind: str  # "ocrb", "hybrid", "other"
    other: str = ""  # the new face ("" for ocrb)
    glyphs: str = ""  # hybrid: the look-alikes printed in the new face
    line: int = -1  # hybrid: the line printed in the new face

    def face(self, line: int, ch: str) -> str:
        if self.kind == "other":
            return self.other
        if self.kind == "hybrid" and (ch in self.glyphs or line == self.line):
            return self.other
        return "ocrb"

    @property
    def label(self) -> str:
        if self.kind == "ocrb":
            return "ocrb"
        if self.kind == "other":
            return self.other
        what = f"glyphs {self.glyphs}" if self.glyphs else f"line {self.line + 1}"
        return f"ocrb+{self.other} ({what})"


@dataclasses.dataclass(frozen=True)
class Plan:
    seed: int
    fmt: str  # one of layout.FORMATS, or "none"
    capture: str
    fields: tuple[tuple[str, object], ...] = ()
    composed: tuple[str, ...] = ()
    printed: tuple[str, ...] = ()
    valid: bool = False
    misprint: str = ""
    face: FacePlan = FacePlan("ocrb")
    process: str = ""
    blank: str = ""  # for a page without an MRZ: "visa page" or "card front"

    @property
    def no_mrz(self) -> bool:
        return self.fmt == "none"

    @property
    def booklet(self) -> bool:
        return self.fmt in ("TD3", "MRV-A", "MRV-B") or self.blank == "visa page"


def _deck(quota: dict[str, int], rng: np.random.Generator) -> list[str]:
    cards = [k for k, n in quota.items() for _ in range(n)]
    rng.shuffle(cards)
    return cards


@functools.cache
def _block(block: int) -> list[dict[str, str]]:
    """The dealt attributes of the 200 seeds of one block."""
    rng = np.random.default_rng([SEED, block, 23])
    formats = _deck(FORMAT_QUOTA, rng)
    captures = _deck(CAPTURE_QUOTA, rng)
    blanks = iter(_deck(BLANK_QUOTA, rng))
    n_mrz = IMAGES - FORMAT_QUOTA["none"]
    kinds = iter(_deck(FACE_QUOTA, rng))
    misprints = iter(
        _deck(
            {
                "check digit": CHECK_DIGIT_MISPRINTS,
                "letters": INVALID_QUOTA - CHECK_DIGIT_MISPRINTS,
                "": n_mrz - INVALID_QUOTA,
            },
            rng,
        )
    )
    news = iter(_deck(NEW_FACE_QUOTA, rng))
    hybrids = iter(_deck(HYBRID_QUOTA, rng))
    out = []
    for fmt, capture in zip(formats, captures, strict=True):
        slot = {"fmt": fmt, "capture": capture}
        if fmt == "none":
            slot["blank"] = next(blanks)
        else:
            slot["kind"] = next(kinds)
            slot["misprint"] = next(misprints)
            if slot["kind"] != "ocrb":
                slot["other"] = next(news)
            if slot["kind"] == "hybrid":
                slot["hybrid"] = next(hybrids)
        out.append(slot)
    return out


SURNAMES = {
    "TWN": [
        "CHEN",
        "LIN",
        "HUANG",
        "CHANG",
        "LI",
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
        "TSENG",
    ],
    "JPN": [
        "SATO",
        "SUZUKI",
        "TAKAHASHI",
        "WATANABE",
        "ITO",
        "YAMAMOTO",
        "NAKAMURA",
        "KOBAYASHI",
        "SHIMIZU",
    ],
    "KOR": ["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM"],
    "SEA": [
        "NGUYEN",
        "TRAN",
        "PHAM",
        "SANTOS",
        "REYES",
        "GARCIA",
        "SUKSAWAT",
        "WONGSA",
        "TAN",
        "LIM",
        "ONG",
        "SUBRAMANIAM",
        "HIDAYAT",
        "SIREGAR",
        "DELA<CRUZ",
    ],
    "WEST": [
        "SMITH",
        "JOHNSON",
        "BROWN",
        "MUELLER",
        "SCHMIDT",
        "DUBOIS",
        "BERNARD",
        "DE<VRIES",
        "JANSSEN",
        "ROSSI",
        "FERREIRA",
        "KOWALSKI",
        "OBRIEN",
        "MACDONALD",
        "OCONNOR",
    ],
}
GIVEN = {
    "TWN": [
        "CHIH<HAO",
        "YU<TING",
        "SHU<FEN",
        "CHIA<HUI",
        "MING<TSE",
        "PEI<SHAN",
        "HSIN<YI",
        "KUAN<YU",
    ],
    "JPN": ["HARUTO", "YUI", "SOTA", "HINA", "REN", "AOI", "DAIKI", "SAKURA", "KENJI"],
    "KOR": ["MINJUN", "SEOYEON", "JIHO", "HAEUN", "DOYOON", "SUBIN", "JISOO"],
    "SEA": [
        "MINH",
        "ANH",
        "THI<HOA",
        "JOSE",
        "MARIA",
        "SOMCHAI",
        "DEWI",
        "BUDI",
        "SITI",
        "ARJUN",
        "AISYAH",
    ],
    "WEST": [
        "JAMES",
        "OLIVIA",
        "LUKAS",
        "SOPHIE",
        "PIERRE",
        "EMMA",
        "DANIEL",
        "ISABEL",
        "JOZEF",
        "GRACE",
    ],
}
REGION = {
    "TWN": "TWN",
    "JPN": "JPN",
    "KOR": "KOR",
    "HKG": "TWN",
    "MAC": "TWN",
    "USA": "WEST",
    "VNM": "SEA",
    "PHL": "SEA",
    "THA": "SEA",
    "IDN": "SEA",
    "MYS": "SEA",
    "SGP": "SEA",
    "IND": "SEA",
    "GBR": "WEST",
    "D": "WEST",
    "NLD": "WEST",
    "FRA": "WEST",
    "CAN": "WEST",
    "AUS": "WEST",
    "NZL": "WEST",
    "BEL": "WEST",
    "ITA": "WEST",
    "PRT": "WEST",
    "POL": "WEST",
    "ROU": "WEST",
}
PASSPORT_STATES = (  # weights of a Taiwan counter's passports, an assumption
    ("TWN", 36), ("JPN", 9), ("KOR", 7), ("HKG", 3), ("MAC", 1), ("USA", 7), ("VNM", 6),
    ("PHL", 5), ("THA", 4), ("IDN", 4), ("MYS", 4), ("SGP", 3), ("IND", 2), ("GBR", 2),
    ("D", 2), ("NLD", 1), ("FRA", 2), ("CAN", 2), ("AUS", 2), ("NZL", 1),
)  # fmt: skip
FOREIGN = tuple(s for s, _ in PASSPORT_STATES if s != "TWN")


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    """A uniform draw as a Python float (keeps float32 pictures float32)."""
    return float(rng.uniform(lo, hi))


def _pick(rng: np.random.Generator, weighted: tuple[tuple[str, int], ...]) -> str:
    w = np.array([n for _, n in weighted], float)
    return weighted[int(rng.choice(len(weighted), p=w / w.sum()))][0]


def _one(rng: np.random.Generator, seq: tuple[str, ...] | list[str] | str) -> str:
    return seq[int(rng.integers(len(seq)))]


def _digits(rng: np.random.Generator, n: int) -> str:
    return "".join(str(int(d)) for d in rng.integers(0, 10, n))


def _alnum(rng: np.random.Generator, n: int) -> str:
    return "".join(_one(rng, layout.LETTERS + layout.DIGITS) for _ in range(n))


def _person(rng: np.random.Generator, nationality: str, today: dt.date) -> dict[str, object]:
    region = REGION[nationality]
    given = _one(rng, GIVEN[region])
    if rng.random() < 1 / 6:
        given += " " + _one(rng, GIVEN[region])
    birth = dt.date(
        int(rng.integers(1950, 2007)), int(rng.integers(1, 13)), int(rng.integers(1, 29))
    )
    expiry = today + dt.timedelta(days=int(rng.integers(40, 3650)))
    return {
        "surname": _one(rng, SURNAMES[region]).replace("<", " "),
        "given_names": given.replace("<", " "),
        "nationality": nationality,
        "birth_date": birth,
        "sex": "F" if rng.random() < 0.5 else "M",
        "expiry_date": expiry,
    }


def _fields(rng: np.random.Generator, fmt: str, today: dt.date) -> dict[str, object]:
    if fmt == "TD3":
        state = _pick(rng, PASSPORT_STATES)
        f = _person(rng, state, today) | {"document_code": "P", "issuing_state": state}
        if state == "TWN":
            f["document_number"] = _one(rng, "3") + _digits(rng, 8)
            sex = "2" if f["sex"] == "F" else "1"
            f["optional_data"] = _one(rng, layout.LETTERS) + sex + _digits(rng, 8)
        else:
            f["document_number"] = _one(rng, layout.LETTERS) + _alnum(rng, 1) + _digits(rng, 7)
            f["optional_data"] = "" if rng.random() < 0.6 else _alnum(rng, int(rng.integers(4, 12)))
        return f
    if fmt == "TD1":
        if rng.random() < 0.55:  # a Taiwan resident certificate of a foreign holder
            f = _person(rng, _one(rng, FOREIGN), today) | {"document_code": "IR"}
            f |= {"issuing_state": "TWN"}
            f["document_number"] = _one(rng, layout.LETTERS) + _one(rng, "89") + _digits(rng, 8)
            return f
        state = _one(rng, ("D", "NLD", "BEL", "ITA", "PRT", "POL"))
        f = _person(rng, state, today) | {"document_code": "ID", "issuing_state": state}
        f["document_number"] = _one(rng, layout.LETTERS) + _alnum(rng, 8)
        f["optional_data"] = "" if rng.random() < 0.5 else _digits(rng, 9)
        return f
    if fmt == "TD2":
        if rng.random() < 0.7:  # crew member certificates
            state = _one(rng, ("TWN", "JPN", "KOR", "VNM"))
            f = _person(rng, state, today) | {"document_code": "AC", "issuing_state": state}
        else:
            f = _person(rng, "ROU", today) | {"document_code": "ID", "issuing_state": "ROU"}
        f["document_number"] = _one(rng, layout.LETTERS) + _digits(rng, 8)
        return f
    issuer = _pick(rng, (("TWN", 10), ("JPN", 3), ("USA", 2), ("KOR", 2), ("CAN", 1)))
    holder = _one(rng, tuple(s for s in FOREIGN if s not in (issuer, "D")))
    f = _person(rng, holder, today) | {"document_code": "V", "issuing_state": issuer}
    f["expiry_date"] = today + dt.timedelta(days=int(rng.integers(20, 700)))
    f["document_number"] = _alnum(rng, 1) + _digits(rng, 8)
    return f


def _misprint(
    rng: np.random.Generator, fmt: str, lines: tuple[str, ...], kind: str
) -> tuple[tuple[str, ...], str] | None:
    lay = layout.layout(fmt)
    if kind == "check digit":
        spots = [c for c in lay.checks if lines[c.line][c.pos].isdigit()]
        c = spots[int(rng.integers(len(spots)))]
        old = lines[c.line][c.pos]
        new = str((int(old) + int(rng.integers(1, 10))) % 10)
        i, k, what = c.line, c.pos, f"invalid as printed: {c.name} check digit {old}->{new}"
    else:
        names = ("names", "issuing_state", "nationality")
        spots = [
            (f.line, k)
            for f in lay.fields
            if f.name in names
            for k in range(f.start, f.stop)
            if lines[f.line][k] in DIGIT_FOR
        ]
        if not spots:
            return None
        i, k = spots[int(rng.integers(len(spots)))]
        old = lines[i][k]
        new = DIGIT_FOR[old]
        what = f"invalid as printed: {old}->{new} among letters (line {i + 1}, cell {k + 1})"
    line = lines[i][:k] + new + lines[i][k + 1 :]
    return tuple(line if j == i else x for j, x in enumerate(lines)), what


def _process(rng: np.random.Generator, fmt: str) -> str:
    r = rng.random()
    if fmt == "TD3":
        return "laser" if r < 0.6 else ("inkjet" if r < 0.8 else "engraved")
    if fmt == "TD1":
        return "engraved" if r < 0.75 else "laser"
    if fmt == "TD2":
        return "laser"
    return "inkjet" if r < 0.7 else "laser"


def plan(seed: int, today: dt.date | None = None) -> Plan:
    """The draws for one seed, before any rendering."""
    today = today or dt.date.today()
    k = seed - SEED
    slot = _block(k // IMAGES)[k % IMAGES]
    rng = np.random.default_rng([seed, 2323])
    fmt, capture = slot["fmt"], slot["capture"]
    if fmt == "none":
        return Plan(seed, fmt, capture, blank=slot["blank"])
    for _ in range(50):  # a letters misprint needs a look-alike letter in a letters field
        fields = _fields(rng, fmt, today)
        composed = compose(fmt, **fields)  # type: ignore[arg-type]
        printed, misprint = composed, ""
        if slot["misprint"]:
            made = _misprint(rng, fmt, composed, slot["misprint"])
            if made is None:
                continue
            printed, misprint = made
        break
    else:  # pragma: no cover - names always hold one of O D Q I S B Z G in practice
        raise RuntimeError(f"seed {seed}: no letter to misprint")
    face = FacePlan("ocrb")
    if slot["kind"] == "other":
        face = FacePlan("other", slot["other"])
    elif slot["kind"] == "hybrid":
        if slot["hybrid"] == "line":
            face = FacePlan("hybrid", slot["other"], line=int(rng.integers(len(printed))))
        else:
            present = [c for c in LOOKALIKES if any(c in x for x in printed)]
            n = min(len(present), int(rng.integers(3, 7)))
            picked = rng.choice(len(present), n, replace=False)
            face = FacePlan("hybrid", slot["other"], "".join(present[i] for i in sorted(picked)))
    return Plan(
        seed,
        fmt,
        capture,
        tuple(fields.items()),
        composed,
        printed,
        not misprint,
        misprint,
        face,
        _process(rng, fmt),
    )


def scored_mix(today: dt.date) -> dict[str, int]:
    """What the 200 scored seeds hold, counted on their plans."""
    c: Counter[str] = Counter()
    for p in (plan(s, today) for s in range(SEED, SEED + IMAGES)):
        c[p.capture] += 1
        if p.no_mrz:
            c["none"] += 1
            c[p.blank] += 1
            continue
        f = dict(p.fields)
        c[p.fmt] += 1
        c["TD3 TWN"] += p.fmt == "TD3" and f["issuing_state"] == "TWN"
        c["TD1 TWN"] += p.fmt == "TD1" and f["issuing_state"] == "TWN"
        c["invalid"] += not p.valid
        c["face " + p.face.kind] += 1
        if p.face.kind != "ocrb":
            c[p.face.other] += 1
        c[p.process] += 1
    return dict(c)


# -- the page ---------------------------------------------------------------------------

DOC_MM = {"TD3": (125.0, 88.0), "TD1": (85.6, 54.0), "TD2": (105.0, 74.0)}
FOIL_MM = {"MRV-A": (120.0, 80.0), "MRV-B": (105.0, 74.0)}
BOOKLET_MM = (125.0, 88.0)

Points = Callable[[np.ndarray], np.ndarray]  # maps an (n, 2) array of points on


@dataclasses.dataclass
class Page:
    img: np.ndarray  # RGB float32 0..1
    ppm: float  # pixels per mm
    quad: np.ndarray  # the zone's corners (4, 2), empty without an MRZ
    probes: np.ndarray  # (n, 2, 2): a baseline point and the capital's top above it
    pitch_mm: float = 0.0


def _text(img: Image.Image, xy: tuple[float, float], s: str, px: float, fill: tuple) -> None:
    ImageDraw.Draw(img).text(xy, s, font=font("dejavu", max(6, int(px))), fill=fill)


def _background_pattern(rng: np.random.Generator, h: int, w: int, ppm: float) -> np.ndarray:
    """Faint security guilloche: crossing sine lines, as a page's printed background."""
    y = np.arange(h, dtype=np.float32)[:, None] / np.float32(ppm)
    x = np.arange(w, dtype=np.float32)[None, :] / np.float32(ppm)
    f1, f2 = (float(v) for v in rng.uniform(0.8, 1.6, 2))
    a = np.sin(x * f1 + 3 * np.sin(y * 0.11)) * np.sin(y * f2 + 2 * np.sin(x * 0.07))
    return (np.abs(a) < 0.08).astype(np.float32)


def _stamp(rng: np.random.Generator, img: Image.Image, cx: float, cy: float, ppm: float) -> None:
    colour = [(40, 60, 160), (130, 40, 120), (170, 40, 40), (30, 110, 70)][int(rng.integers(4))]
    d = ImageDraw.Draw(img)
    r = _u(rng, 9, 14) * ppm
    width = max(1, int(0.35 * ppm))
    if rng.random() < 0.5:
        d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=colour, width=width)
    else:
        d.rounded_rectangle(
            (cx - 1.4 * r, cy - r, cx + 1.4 * r, cy + r), 0.2 * r, outline=colour, width=width
        )
    words = ("TAOYUAN", "ARRIVAL", "DEPARTURE", "KAOHSIUNG", "SONGSHAN", "IMMIGRATION")
    _text(img, (cx - 0.9 * r, cy - 0.5 * r), _one(rng, words), 2.3 * ppm, colour)
    day = (
        f"{int(rng.integers(1, 29)):02d}.{int(rng.integers(1, 13)):02d}.{int(rng.integers(19, 27))}"
    )
    _text(img, (cx - 0.6 * r, cy + 0.05 * r), day, 2.6 * ppm, colour)


def _ink_colour(rng: np.random.Generator, process: str) -> np.ndarray:
    if process == "engraved":
        return np.full(3, _u(rng, 0.30, 0.40), np.float32)
    if process == "inkjet":
        return np.array([0.10, 0.12, 0.22], np.float32) * _u(rng, 0.8, 1.1)
    return np.full(3, _u(rng, 0.06, 0.12), np.float32)


def _nominal_probe(img: np.ndarray, ppm: float) -> np.ndarray:
    """A page without an MRZ is framed as if it had capitals 2.42 mm high at its centre."""
    h, w = img.shape[:2]
    return np.array([((w / 2, h / 2), (w / 2, h / 2 - 2.42 * ppm))])


def _page(rng: np.random.Generator, p: Plan, ppm: float, notes: list[str]) -> Page:
    """The document flat, at `ppm` pixels a millimetre, with its zone's geometry."""
    booklet = p.booklet
    w_mm, h_mm = BOOKLET_MM if booklet else DOC_MM.get(p.fmt, DOC_MM["TD1"])
    if p.blank == "card front":
        w_mm, h_mm = DOC_MM["TD1"]
    w, h = round(w_mm * ppm), round(h_mm * ppm)
    tint = np.array([_u(rng, 0.90, 0.97), _u(rng, 0.90, 0.96), _u(rng, 0.84, 0.93)], np.float32)
    pattern = _background_pattern(rng, h, w, ppm)
    line_col = np.array([0.75, 0.82, 0.86], np.float32) * _u(rng, 0.95, 1.05)
    base = tint * (1 - 0.35 * pattern[..., None]) + line_col * 0.35 * pattern[..., None]
    pil = Image.fromarray((np.clip(base, 0, 1) * 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(pil)
    doc = (0.0, 0.0, w_mm, h_mm)  # the document the zone belongs to, in mm
    if p.fmt in FOIL_MM:
        fw, fh = FOIL_MM[p.fmt]
        fx, fy = (w_mm - fw) / 2 + _u(rng, -1, 1), h_mm - fh - _u(rng, 1.5, 3.5)
        doc = (fx, fy, fw, fh)
        foil = tuple(round(v * ppm) for v in (fx, fy, fx + fw, fy + fh))
        d.rectangle(
            foil, fill=(236, 226, 232), outline=(190, 170, 190), width=max(1, int(ppm * 0.2))
        )
        for k in range(int(fh / 3)):  # the foil's own wavy background
            yy = (fy + 3 * k + 1.5) * ppm
            pts = [
                (x, yy + math.sin(x / (4 * ppm) + k) * 0.8 * ppm)
                for x in range(foil[0], foil[2], 4)
            ]
            d.line(pts, fill=(214, 196, 214), width=1)
    if p.blank == "visa page":
        for _ in range(int(rng.integers(2, 5))):
            _stamp(rng, pil, _u(rng, 15, w_mm - 15) * ppm, _u(rng, 14, h_mm - 14) * ppm, ppm)
        notes.append("no MRZ: visa page with stamps")
        img = np.asarray(pil, np.float32) / 255.0
        return Page(img, ppm, np.zeros((0, 2)), _nominal_probe(img, ppm))
    dx, dy, dw, dh = (v * ppm for v in doc)
    label = (70, 80, 110)
    px = _u(rng, 0.18, 0.24) * dh  # the portrait
    d.rectangle(
        (dx + 0.05 * dw, dy + 0.16 * dh, dx + 0.05 * dw + px, dy + 0.16 * dh + 1.25 * px),
        fill=(205, 205, 200),
    )
    d.ellipse(
        (
            dx + 0.05 * dw + 0.2 * px,
            dy + 0.22 * dh,
            dx + 0.05 * dw + 0.8 * px,
            dy + 0.22 * dh + 0.8 * px,
        ),
        fill=(150, 140, 130),
    )
    titles = {"TD3": "PASSPORT", "TD1": "RESIDENT CERTIFICATE", "TD2": "CREW MEMBER CERTIFICATE"}
    _text(pil, (dx + 0.3 * dw, dy + 0.04 * dh), titles.get(p.fmt, "VISA"), 3.0 * ppm, label)
    f = dict(p.fields)
    rows = [
        str(f.get("surname", "")),
        str(f.get("given_names", "")),
        str(f.get("birth_date", "")),
        str(f.get("expiry_date", "")),
    ]
    if p.blank:
        rows = ["SURNAME", "GIVEN NAMES", "DATE OF BIRTH", "DATE OF EXPIRY"]
    for i, row in enumerate(rows):
        y = dy + (0.2 + 0.11 * i) * dh
        _text(pil, (dx + 0.36 * dw, y), "NAME" if i < 2 else "DATE", 1.6 * ppm, label)
        _text(pil, (dx + 0.36 * dw, y + 1.9 * ppm), row, 2.6 * ppm, (30, 30, 40))
    img = np.asarray(pil, np.float32) / 255.0
    if p.blank:
        notes.append("no MRZ: card front")
        return Page(img, ppm, np.zeros((0, 2)), _nominal_probe(img, ppm))
    # the zone
    lines = p.printed
    n, width = len(lines), len(lines[0])
    pitch_mm = 2.54 * _u(rng, 0.985, 1.015)
    cap_mm = _u(rng, 2.35, 2.50)
    td1 = p.fmt == "TD1"
    gap_mm = _u(rng, 3.6, 4.0) if td1 else _u(rng, 4.0, 4.4)
    last_mm = _u(rng, 3.3, 4.0) if td1 else _u(rng, 4.4, 5.4)
    x0 = doc[0] + (doc[2] - width * pitch_mm) / 2 + _u(rng, -0.6, 0.6)
    base_last = doc[1] + doc[3] - last_mm
    cap, pitch = max(4, round(cap_mm * ppm)), max(3, round(pitch_mm * ppm))
    ink = np.zeros(img.shape[:2], np.float32)
    probes = []
    for i, text in enumerate(lines):
        base = (base_last - (n - 1 - i) * gap_mm) * ppm
        top = round(base - 1.5 * cap)
        for k, ch in enumerate(text):
            cx = (x0 + (k + 0.5) * pitch_mm) * ppm
            left = round(cx - pitch / 2)
            g = glyph(p.face.face(i, ch), ch, cap, pitch)
            region = ink[top : top + 2 * cap, left : left + pitch]
            np.maximum(region, g[: region.shape[0], : region.shape[1]], out=region)
            if k in (0, width - 1) and i in (0, n - 1):
                probes.append(((cx, base), (cx, base - cap_mm * ppm)))
    if p.process == "inkjet":
        ink = cv2.GaussianBlur(ink, (0, 0), 0.05 * cap) * _u(rng, 1.05, 1.2)
        mottle = cv2.GaussianBlur(rng.random(ink.shape, np.float32), (0, 0), 1.0)
        ink = np.clip(ink * (0.85 + 0.3 * mottle), 0, 1)
    elif p.process == "engraved":
        ink = ink**1.25  # the cut is narrower than the drawn stroke: edges fade
    colour = _ink_colour(rng, p.process)
    img = img * (1 - ink[..., None]) + colour * ink[..., None]
    top0 = (base_last - (n - 1) * gap_mm - cap_mm - 0.3) * ppm
    bottom = (base_last + 0.4) * ppm
    right = (x0 + width * pitch_mm) * ppm
    quad = np.array([(x0 * ppm, top0), (right, top0), (right, bottom), (x0 * ppm, bottom)])
    notes.append(f"pitch {pitch_mm:.3f} mm, capitals {cap_mm:.2f} mm, ink {p.process}")
    return Page(img.astype(np.float32), ppm, quad, np.array(probes), pitch_mm)


# -- geometry ---------------------------------------------------------------------------


def _remap(img: np.ndarray, fwd: Points) -> np.ndarray:
    """The picture whose point fwd(q) shows what `img` shows at q (fwd a small, smooth
    displacement: inverted by fixed-point iteration on the grid)."""
    h, w = img.shape[:2]
    grid = np.stack(np.mgrid[0:h, 0:w][::-1], -1).reshape(-1, 2).astype(np.float32)
    src = grid.copy()
    for _ in range(5):
        src = src - (fwd(src) - grid)
    mx, my = (src[:, 0].reshape(h, w), src[:, 1].reshape(h, w))
    return cv2.remap(img, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def _homography(pts: np.ndarray, m: np.ndarray) -> np.ndarray:
    if not len(pts):
        return pts
    return cv2.perspectiveTransform(pts.reshape(-1, 1, 2).astype(np.float64), m).reshape(-1, 2)


def _cap_px(probes: np.ndarray) -> float:
    if not len(probes):
        return 0.0
    return float(np.linalg.norm(probes[:, 0] - probes[:, 1], axis=1).mean())


def _desk(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    colour = [(0.45, 0.32, 0.22), (0.30, 0.30, 0.32), (0.62, 0.60, 0.55), (0.20, 0.22, 0.28)]
    c = np.array(colour[int(rng.integers(len(colour)))], np.float32)
    grain = cv2.resize(rng.random((max(2, h // 40), max(2, w // 8)), np.float32), (w, h))
    return c * (0.9 + 0.2 * grain[..., None])


class Geo:
    """The zone's quad and cap probes, carried through every step of a capture."""

    def __init__(self, page: Page) -> None:
        self.quad = page.quad.astype(np.float64)
        self.probes = page.probes.reshape(-1, 2).astype(np.float64)

    def apply(self, f: Points) -> None:
        self.quad = f(self.quad) if len(self.quad) else self.quad
        self.probes = f(self.probes) if len(self.probes) else self.probes

    @property
    def cap(self) -> float:
        return _cap_px(self.probes.reshape(-1, 2, 2))


def _place(
    rng: np.random.Generator,
    img: np.ndarray,
    geo: Geo,
    turn: float,
    keystone: float,
    target: float,
    background: Callable[[int, int], np.ndarray] | None = None,
    margin: tuple[float, float] = (0.05, 0.14),
) -> np.ndarray:
    """The page photographed: turned up to `turn` degrees, one side shortened to
    `keystone`..1, scaled so its capitals are `target` px, on a desk (or `background`)."""
    h, w = img.shape[:2]
    corners = np.array([(0, 0), (w, 0), (w, h), (0, h)], np.float64)
    dst = corners.copy()
    side = int(rng.integers(4))
    k = _u(rng, keystone, 1.0)
    a, b = side, (side + 1) % 4
    mid = (dst[a] + dst[b]) / 2
    dst[a] = mid + (dst[a] - mid) * k
    dst[b] = mid + (dst[b] - mid) * k
    t = math.radians(_u(rng, -turn, turn))
    rot = np.array([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])
    dst = (dst - (w / 2, h / 2)) @ rot.T
    m = cv2.getPerspectiveTransform(corners.astype(np.float32), dst.astype(np.float32))
    scale = target / _cap_px(_homography(geo.probes, m).reshape(-1, 2, 2))
    dst = dst * scale
    lo, hi = dst.min(0), dst.max(0)
    size = hi - lo
    pad = size * rng.uniform(*margin, 2)
    out_w, out_h = (size + 2 * pad).astype(int)
    if max(out_w, out_h) > MAX_SIDE:  # too big a picture: the camera a little further
        f = (MAX_SIDE - 2) / max(out_w, out_h)
        dst, lo, pad = dst * f, lo * f, pad * f
        out_w, out_h = min(MAX_SIDE, int(out_w * f)), min(MAX_SIDE, int(out_h * f))
    dst = dst - lo + pad
    m = cv2.getPerspectiveTransform(corners.astype(np.float32), dst.astype(np.float32))
    bg = _desk(rng, out_h, out_w) if background is None else background(out_h, out_w)
    warped = cv2.warpPerspective(
        img, m, (out_w, out_h), flags=cv2.INTER_AREA if scale < 0.8 else cv2.INTER_LINEAR
    )
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (out_w, out_h))[..., None]
    geo.apply(lambda q: _homography(q, m))
    return (warped * mask + bg * (1 - mask)).astype(np.float32)


def _jpeg(img: np.ndarray, quality: int, subsampling: int = 2) -> bytes:
    """JPEG (4:2:0 by default) of an RGB float picture."""
    buf = io.BytesIO()
    rgb = np.clip(img * 255 + 0.5, 0, 255).astype(np.uint8)
    Image.fromarray(rgb, "RGB").save(buf, "JPEG", quality=int(quality), subsampling=subsampling)
    return buf.getvalue()


def _unjpeg(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), np.float32) / 255.0


def _noise(rng: np.random.Generator, shape: tuple[int, ...], sigma: float) -> np.ndarray:
    return rng.standard_normal(shape, dtype=np.float32) * np.float32(sigma)


def _sensor(rng: np.random.Generator, img: np.ndarray, sigma: float) -> np.ndarray:
    """Sensor noise, then the phone's sharpening."""
    noisy = img + _noise(rng, img.shape, sigma)
    soft = cv2.GaussianBlur(noisy, (0, 0), 1.0)
    return np.clip(noisy + 0.4 * (noisy - soft), 0, 1)


def _pick_cap(rng: np.random.Generator, capture: str) -> float:
    lo, hi = CAP_PX[capture]
    return float(_u(rng, lo, hi))


# -- captures ---------------------------------------------------------------------------


def _reflections(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    """The room behind the officer as the glass mirrors it: lamps, a window, a person."""
    room = np.zeros((h, w), np.float32)
    for _ in range(int(rng.integers(1, 4))):  # ceiling lamps
        cx, cy = int(_u(rng, 0, w)), int(_u(rng, 0, h))
        cv2.ellipse(
            room, (cx, cy), (int(w * _u(rng, 0.04, 0.1)), int(h * 0.03)), 0, 0, 360, 1.0, -1
        )
    if rng.random() < 0.7:  # a window's frame
        x, y = int(_u(rng, 0, 0.6) * w), int(_u(rng, 0, 0.5) * h)
        ww, wh = int(w * _u(rng, 0.25, 0.4)), int(h * _u(rng, 0.3, 0.5))
        cv2.rectangle(room, (x, y), (x + ww, y + wh), 0.7, -1)
        cv2.line(room, (x + ww // 2, y), (x + ww // 2, y + wh), 0.1, max(2, w // 80))
        cv2.line(room, (x, y + wh // 2), (x + ww, y + wh // 2), 0.1, max(2, w // 80))
    if rng.random() < 0.6:  # a person's silhouette darkens what it hides
        cx = int(_u(rng, 0.2, 0.8) * w)
        cv2.ellipse(room, (cx, h), (int(w * 0.18), int(h * 0.45)), 0, 180, 360, 0.0, -1)
        cv2.circle(room, (cx, int(h * 0.45)), int(h * 0.12), 0.0, -1)
    return cv2.GaussianBlur(room, (0, 0), 0.015 * max(h, w))


def _glass(rng: np.random.Generator, p: Plan, notes: list[str]) -> tuple[bytes, Geo]:
    target = _pick_cap(rng, "glass")
    page = _page(rng, p, target / 2.42, notes)
    geo = Geo(page)
    img = _place(rng, page.img, geo, 8, 0.88, target)
    h, w = img.shape[:2]
    a = _u(rng, 0.05, 0.12)
    refl = cv2.resize(_reflections(rng, h // 4 + 1, w // 4 + 1), (w, h))  # defocused: cheap
    refl = refl[..., None] * np.array([1.0, 0.97, 0.9], np.float32)
    img = 1 - (1 - img) * (1 - a * refl)  # screen blend: the glass adds light
    notes.append(f"glass reflections {a:.2f}")
    if rng.random() < 0.7:  # a fingertip's smudge on the glass
        q = np.zeros((h // 4 + 1, w // 4 + 1), np.float32)  # drawn at a quarter: it is soft
        cx, cy = _u(rng, 0.2, 0.8) * w / 4, _u(rng, 0.2, 0.8) * h / 4
        ax, ay = _u(rng, 0.06, 0.14) * w / 4, _u(rng, 0.05, 0.12) * h / 4
        cv2.ellipse(q, (int(cx), int(cy)), (int(ax), int(ay)), _u(rng, 0, 180), 0, 360, 1.0, -1)
        mask = cv2.resize(cv2.GaussianBlur(q, (0, 0), 0.005 * w), (w, h))
        haze = _u(rng, 0.08, 0.18)
        soft = cv2.GaussianBlur(img, (0, 0), max(0.6, 0.06 * target))
        soft = soft + (1 - soft) * haze
        img = img * (1 - mask[..., None]) + soft * mask[..., None]
        notes.append(f"smudge haze {haze:.2f}")
    img = img * np.array([0.96, 1.0, 0.97], np.float32)  # the glass's green tint
    img = _sensor(rng, img, _u(rng, 0.008, 0.018))
    return _jpeg(img, int(rng.integers(70, 91))), geo


def _gutter(rng: np.random.Generator, page: Page, notes: list[str]) -> tuple[np.ndarray, Points]:
    """The page bending down into the spine below the zone: rows within `g` mm of the
    bottom edge foreshortened (more towards the lines' ends), and shaded."""
    h, w = page.img.shape[:2]
    g = _u(rng, 7, 13) * page.ppm
    depth = _u(rng, 0.18, 0.35)  # how much of the bent band is lost to the bend
    y0 = h - g

    def fwd(q: np.ndarray) -> np.ndarray:
        t = np.clip((q[:, 1] - y0) / g, 0, 1)
        bow = 0.7 + 0.6 * ((q[:, 0] / w) * 2 - 1) ** 2
        out = q.copy()
        out[:, 1] = q[:, 1] - depth * bow * g * t**3 / 3  # d/dy = 1 - depth*bow*t^2
        return out

    img = _remap(page.img, fwd)
    ys = np.arange(h, dtype=np.float32)
    shade = 1 - _u(rng, 0.15, 0.3) * np.clip((ys - y0) / g, 0, 1) ** 2
    notes.append(f"gutter {g / page.ppm:.1f} mm deep {depth:.2f}")
    return img * shade[:, None, None], fwd


def _handheld(rng: np.random.Generator, p: Plan, notes: list[str]) -> tuple[bytes, Geo]:
    target = _pick_cap(rng, "handheld")
    page = _page(rng, p, target / 2.42, notes)
    geo = Geo(page)
    img = page.img
    if p.booklet and rng.random() < 0.7:
        img, fwd = _gutter(rng, page, notes)
        geo.apply(fwd)
    img = _place(rng, img, geo, 12, 0.85, target)
    h, w = img.shape[:2]
    shear = _u(rng, 0.01, 0.04) * float(rng.choice([-1, 1]))
    wobble, period = _u(rng, 0, 0.004) * w, _u(rng, 0.3, 0.8) * h

    def shutter(q: np.ndarray) -> np.ndarray:  # rows read out later are shifted further
        out = q.copy()
        out[:, 0] = q[:, 0] + shear * (q[:, 1] - h / 2) + wobble * np.sin(q[:, 1] / period * 6.28)
        return out

    img = _remap(img, shutter)
    geo.apply(shutter)
    length = _u(rng, 0.05, 0.14) * target
    angle = math.degrees(math.atan(shear * 4)) + _u(rng, -10, 10)  # along the movement
    n = max(3, math.ceil(length) | 1)
    kernel = np.zeros((n, n), np.float32)
    kernel[n // 2, :] = 1
    rot = cv2.getRotationMatrix2D((n / 2 - 0.5, n / 2 - 0.5), angle, 1.0)
    kernel = cv2.warpAffine(kernel, rot, (n, n))
    img = cv2.filter2D(img, -1, kernel / kernel.sum())
    notes.append(f"rolling shutter {shear:+.3f}, motion blur {length:.1f} px at {angle:.0f} deg")
    img = _sensor(rng, img, _u(rng, 0.008, 0.02))
    return _jpeg(img, int(rng.integers(72, 91))), geo


def _lid(h: int, w: int) -> np.ndarray:
    return np.full((h, w, 3), 0.97, np.float32)


def _flat(rng: np.random.Generator, img: np.ndarray, geo: Geo, skew: float) -> np.ndarray:
    """A page on a glass: turned a little, under the white lid, no perspective."""
    return _place(rng, img, geo, skew, 1.0, geo.cap, background=_lid, margin=(0.03, 0.08))


def _photocopy(rng: np.random.Generator, p: Plan, notes: list[str]) -> tuple[bytes, Geo]:
    dpi = float(rng.choice([200, 240, 300]))
    enlarge = _u(rng, 1.02, 1.06)
    page = _page(rng, p, dpi / 25.4, notes)
    geo = Geo(page)
    img = _flat(rng, page.img, geo, 0.8)
    fill = _u(rng, 0.78, 0.90)
    for gen in range(2):
        e = math.sqrt(enlarge)
        h, w = img.shape[:2]
        img = cv2.resize(img, (int(w * e), int(h * e)), interpolation=cv2.INTER_LINEAR)
        geo.apply(lambda q, e=e: q * e)
        grey = img.mean(-1) if img.ndim == 3 else img
        grey = np.clip((grey - 0.12) / 0.76, 0, 1)  # the copier raises contrast
        mottle = cv2.resize(
            rng.random((max(2, grey.shape[0] // 30), max(2, grey.shape[1] // 30)), np.float32),
            grey.shape[::-1],
        )
        paper = fill ** (1 / 2) * (0.97 + 0.06 * mottle)  # two generations: fill squared
        grey = grey * paper
        specks = rng.random(grey.shape) < 1.5e-4
        specks = (
            cv2.dilate(specks.astype(np.uint8), np.ones((2, 2), np.uint8)) > 0 if gen else specks
        )
        grey[specks] = np.minimum(grey[specks], _u(rng, 0.1, 0.4))
        img = cv2.GaussianBlur(grey, (0, 0), 0.5)
    x = int(_u(rng, 0.1, 0.9) * img.shape[1])
    img[:, x : x + 3] *= _u(rng, 0.94, 0.97)  # the drum's streak
    notes.append(f"photocopy of a copy, {dpi:.0f} dpi, enlarged {enlarge:.3f}, fill {fill:.2f}")
    rgb = np.repeat(np.clip(img, 0, 1)[..., None], 3, -1)
    return _jpeg(rgb, int(rng.integers(75, 93))), geo


def _next_page_print(rng: np.random.Generator, h: int, w: int, ppm: float) -> np.ndarray:
    """What the next visa page carries (a foil's colour pattern, a stamp), to show through."""
    pil = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(pil)
    fx, fy = int(_u(rng, 2, 8) * ppm), int(_u(rng, 2, 8) * ppm)
    d.rectangle((fx, fy, fx + int(105 * ppm), fy + int(74 * ppm)), fill=(200, 170, 190))
    for k in range(0, int(74 * ppm), max(2, int(2 * ppm))):
        d.line(
            (fx, fy + k, fx + int(105 * ppm), fy + k + int(6 * ppm)), fill=(150, 120, 150), width=1
        )
    _stamp(rng, pil, _u(rng, 20, 100) * ppm, _u(rng, 20, 70) * ppm, ppm)
    img = np.asarray(pil, np.float32) / 255.0
    return cv2.GaussianBlur(img[:, ::-1], (0, 0), 0.6 * ppm)  # mirrored, diffused by paper


def _glass_dirt(
    rng: np.random.Generator,
    shape: tuple[int, int],
    quad: np.ndarray,
    ppm: float,
    notes: list[str],
) -> np.ndarray:
    """Dust and a hair on a scanner's glass (darkening 0..1), kept 3 mm off the zone."""
    h, w = shape
    keep_out = np.zeros((h, w), np.uint8)
    if len(quad):
        lo, hi = quad.min(0) - 3 * ppm, quad.max(0) + 3 * ppm
        cv2.rectangle(keep_out, tuple(int(v) for v in lo), tuple(int(v) for v in hi), 1, -1)
    dirt = np.zeros((h, w), np.float32)
    for _ in range(int(rng.integers(15, 60))):  # dust on the glass
        x, y = int(_u(rng, 0, w)), int(_u(rng, 0, h))
        if not keep_out[y, x]:
            cv2.circle(dirt, (x, y), int(rng.integers(1, 3)), _u(rng, 0.3, 0.8), -1)
    for _ in range(40):  # a hair, wherever it misses the zone
        x, y = _u(rng, 0, w), _u(rng, 0, h)
        length = _u(rng, 10, 30) * ppm
        angle = _u(rng, 0, 2 * math.pi)
        s = np.linspace(0, 1, 60)
        curl = _u(rng, -0.15, 0.15) * length * np.sin(s * math.pi * _u(rng, 1, 2.5))
        xs = x + s * length * math.cos(angle) - curl * math.sin(angle)
        ys = y + s * length * math.sin(angle) + curl * math.cos(angle)
        pts = np.stack([xs, ys], -1)
        inside = (pts >= 0).all(1) & (pts[:, 0] < w) & (pts[:, 1] < h)
        if inside.all() and not keep_out[pts[:, 1].astype(int), pts[:, 0].astype(int)].any():
            cv2.polylines(
                dirt,
                [pts.astype(np.int32)],
                False,
                _u(rng, 0.5, 0.8),
                max(1, int(ppm * 0.08)),
                cv2.LINE_AA,
            )
            notes.append("a hair on the glass")
            break
    return dirt


def _scanner(rng: np.random.Generator, p: Plan, notes: list[str]) -> tuple[bytes, Geo]:
    dpi = float(rng.choice([200, 240, 300]))
    page = _page(rng, p, dpi / 25.4, notes)
    img = page.img
    if p.booklet and rng.random() < 0.6:
        a = _u(rng, 0.04, 0.09)
        nxt = _next_page_print(rng, *img.shape[:2], page.ppm)
        img = img * (1 - a * (1 - nxt))
        notes.append(f"show-through {a:.2f}")
    geo = Geo(page)
    img = _flat(rng, img, geo, 1.5)
    h, w = img.shape[:2]
    dirt = _glass_dirt(rng, (h, w), geo.quad, page.ppm, notes)
    img = img * (1 - dirt[..., None])
    notes.append(f"scanner {dpi:.0f} dpi, dust")
    img = np.clip(img + _noise(rng, img.shape, 0.006), 0, 1)
    return _jpeg(img, int(rng.integers(80, 96))), geo


def _messenger(rng: np.random.Generator, p: Plan, notes: list[str]) -> tuple[bytes, Geo]:
    target = _pick_cap(rng, "messenger")
    r1, r2 = (float(v) for v in rng.uniform(0.78, 0.92, 2))
    shot = target / (r1 * r2)
    page = _page(rng, p, shot / 2.42, notes)
    geo = Geo(page)
    img = _place(rng, page.img, geo, 8, 0.9, shot)
    img = _sensor(rng, img, _u(rng, 0.006, 0.014))
    data = _jpeg(img, int(rng.integers(85, 95)))  # the phone's own photo
    q1, q2 = int(rng.integers(55, 73)), int(rng.integers(45, 63))
    for r, q in ((r1, q1), (r2, q2)):  # sent, then forwarded
        img = _unjpeg(data)
        h, w = img.shape[:2]
        size = (max(1, round(w * r)), max(1, round(h * r)))
        img = cv2.resize(img, size, interpolation=cv2.INTER_AREA)
        geo.apply(lambda pts, sx=size[0] / w, sy=size[1] / h: pts * (sx, sy))
        data = _jpeg(img, q)
    notes.append(f"messenger twice: {r1:.2f} q{q1}, {r2:.2f} q{q2}, 4:2:0")
    return data, geo


def _pdf(rng: np.random.Generator, p: Plan, notes: list[str]) -> tuple[bytes, Geo]:
    dpi = _u(rng, 96, 150)
    target = _pick_cap(rng, "pdf")
    page = _page(rng, p, dpi / 25.4, notes)
    geo = Geo(page)
    h, w = page.img.shape[:2]
    up = max(1.0, target / max(geo.cap, 1.0))
    size = (round(w * up), round(h * up))
    printed = cv2.resize(page.img, size, interpolation=cv2.INTER_NEAREST)  # blocky raster
    geo.apply(lambda q, sx=size[0] / w, sy=size[1] / h: q * (sx, sy))
    printed = cv2.GaussianBlur(printed, (0, 0), 0.4) * _u(rng, 0.96, 1.0)
    img = _place(rng, printed, geo, 6, 0.9, target)
    img = _sensor(rng, img, _u(rng, 0.008, 0.016))
    notes.append(f"pdf raster {dpi:.0f} dpi, printed and photographed")
    return _jpeg(img, int(rng.integers(70, 89))), geo


def _lamp(rng: np.random.Generator, p: Plan, notes: list[str]) -> tuple[bytes, Geo]:
    target = _pick_cap(rng, "lamp")
    page = _page(rng, p, target / 2.42, notes)
    geo = Geo(page)
    img = page.img
    if rng.random() < 0.5:  # a plastic sleeve's sheen and its edge
        h, w = img.shape[:2]
        y = np.arange(h, dtype=np.float32)[:, None]
        x = np.arange(w, dtype=np.float32)[None, :]
        t = math.radians(_u(rng, 20, 70))
        u = (x * math.cos(t) + y * math.sin(t)) / max(h, w)
        c, s = _u(rng, 0.2, 1.0), _u(rng, 0.05, 0.15)
        band = np.exp(-(((u - c) / s) ** 2))
        k = _u(rng, 0.10, 0.25)
        img = img + (1 - img) * k * band[..., None]
        edge = int(_u(rng, 0.5, 3) * page.ppm)
        img[:, edge : edge + 2] = img[:, edge : edge + 2] * 0.85 + 0.15
        notes.append(f"sleeve sheen {k:.2f}")
    img = _place(rng, img, geo, 10, 0.86, target)
    tungsten = rng.random() < 0.6
    light = np.array([1.0, 0.80, 0.52] if tungsten else [0.82, 1.0, 0.78], np.float32)
    exposure = _u(rng, 0.38, 0.62)
    gain = min(2.6, 1.0 / exposure)
    raw = img * light * exposure
    shot = _noise(rng, raw.shape, 1) * np.sqrt(raw) * 0.025
    chroma = cv2.GaussianBlur(_noise(rng, raw.shape, 0.012), (0, 0), 1.2)
    img = np.clip((raw + shot + chroma + _noise(rng, raw.shape, 0.006)) * gain, 0, 1)
    notes.append(f"{'tungsten' if tungsten else 'fluorescent'} light, gain {gain:.2f}")
    return _jpeg(img, int(rng.integers(68, 89))), geo


CAPTURE_FUNCS = {
    "glass": _glass,
    "handheld": _handheld,
    "photocopy": _photocopy,
    "scanner": _scanner,
    "messenger": _messenger,
    "pdf": _pdf,
    "lamp": _lamp,
}


@dataclasses.dataclass(frozen=True)
class Shot(Sample):
    valid: bool
    capture: str
    font: str
    face_kind: str
    process: str
    cap_px: float
    mrz_quad: tuple[tuple[float, float], ...]
    notes: str


def sample(seed: int, today: dt.date | None = None) -> Shot:
    """One picture and its truth."""
    p = plan(seed, today)
    for name in ("ocrb", *NEW_FACES, *PAGE_FACES):  # refuse before drawing, never substitute
        face_path(name)
    rng = np.random.default_rng([seed, 2324])
    notes = [f"capture {p.capture}"]
    if not p.no_mrz:
        notes.append(f"face {p.face.label}, print {p.process}")
        if p.misprint:
            notes.append(p.misprint)
    data, geo = CAPTURE_FUNCS[p.capture](rng, p, notes)
    image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    h, w = image.shape[:2]
    quad = tuple((float(x), float(y)) for x, y in geo.quad)
    assert all(0 <= x < w and 0 <= y < h for x, y in quad), (seed, quad, image.shape)
    cap_px = geo.cap if p.printed else 0.0
    if p.printed:
        notes.append(f"capitals {cap_px:.1f} px")
    return Shot(
        seed=seed,
        level=p.capture,
        format="none" if p.no_mrz else p.fmt,
        lines=p.printed,
        image=image,
        jpeg=data,
        valid=p.valid,
        capture=p.capture,
        font="" if p.no_mrz else p.face.label,
        face_kind="" if p.no_mrz else p.face.kind,
        process=p.process,
        cap_px=cap_px,
        mrz_quad=quad,
        notes="; ".join(notes),
    )
