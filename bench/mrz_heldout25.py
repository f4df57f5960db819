"""A twenty-fifth document-photo generator: a held-out set, scored once by the lead.

Written without running the OCR and without reading its code, its models, the other
generators' bodies or any results. Read: bench/bench_mrz.py (how a generator is called),
the `Sample` dataclass of tests/documents/synth.py, desktop/documents/mrz.py (compose,
parse) and layout.py, the heads of bench/mrz_heldout21.py, mrz_heldout22.py,
mrz_heldout23.py and mrz_heldout24.py (docstrings and constants),
tests/documents/test_mrz_heldout24.py and scripts/setup-system.sh. Its renderer (Pillow for
glyphs and page text, OpenCV and numpy for the rest) is its own. It pictures what a Taiwan
border counter is handed, photographed by a phone over the counter's desk, and leans on
what none of the twenty-first's to twenty-fourth's docstrings lists: a paper clip over the
page's edge and a sticky note, both beside the zone with their shadows; a dog-eared corner
folded near the last line's end (a card's corner bent up); low sun through a window's
blinds striping the page with warm light and cool shade; a dried coffee ring over part of
the zone; a camera module without an optical low-pass filter (one colour a pixel on a
Bayer mosaic, demosaiced: zipper edges and false colour on strokes); a phone's
document-scanner app (its own corner finding, flattening and "enhance" filter). The
brief's other suggestions (photocopies, faxes, rolling shutter, re-compression, dust and
hairs on glass, infrared, sleeves' sheen, night noise with noise reduction) are left out:
earlier sets' docstrings list them or their near kin.

Content. TD3 passports (Taiwan most: nine-digit numbers and, as optional data, the holder's
national identification number, a letter, 1 or 2 by sex and eight digits, the last its own
check; then Japan, Korea, the US, Vietnam, the Philippines, Thailand, Indonesia, Malaysia,
Singapore, Hong Kong, Macao, India, the UK, Germany (D), France, the Netherlands, Canada,
Australia, New Zealand), TD1 cards (Taiwan resident certificates most, code "IR" and a
ten-character number, a letter, 8 or 9 and eight digits, in ICAO's long-number form: an
assumption, not quoted from a specimen; then German, Dutch, Belgian (twelve-digit long
numbers), Spanish, Italian and Polish identity cards), TD2 (crew member certificates "AC"
of Taiwan, Japan, Korea and the Philippines; Romanian identity cards), visa foils MRV-A and
MRV-B (Taiwan's most, then Japan's, the US's, Korea's, Canada's) for holders of other
states. Names from this module's own lists per region (Taiwan's in Wade-Giles with two
given syllables; elsewhere one in six with a second given name, cut by `mrz.compose` when
it overflows). The truth is `mrz.compose`'s lines (`Plan.fields` is what it was given),
expiry after the bench's today. About one MRZ in ten is printed invalid (`valid` False,
the truth is the printed lines): per block of 200 seeds 12 with one check digit wrong and
8 with a digit where only letters may stand (a name's or a state code's O, D, Q, I, S, B,
Z or G printed as the digit it resembles). One picture in twenty-five is a page without an
MRZ (`lines` empty, `format` "none", `valid` False): a booklet's visa page with entry
stamps (5 per 200) or a card's front (3). Formats, captures, face kinds, hybrid kinds, new
faces, blanks and misprints are dealt, not drawn: every run of 200 consecutive seeds from
SEED holds the quotas exactly.

Sizes (ICAO 9303 part 3: OCR-B size I at a 2.54 mm pitch; parts 4-7: ID-1 85.6x54, ID-2
105x74, ID-3 125x88 mm, MRV-A 120x80 and MRV-B 105x74 mm foils on a 125x88 booklet page).
This set's assumptions (not quoted figures): the pitch 0.985-1.015 of 2.54 mm per
document; capitals 2.35-2.50 mm high; lines 4.1-4.4 mm apart (TD1 3.7-4.1 mm), the last
baseline 4.5-5.5 mm (TD1 3.4-4.2 mm) above the document's bottom edge; the zone centred on
its document within 0.8 mm; a foil 2 mm above its page's bottom edge; cards' corners
rounded 3.2 mm; a paper clip 28-34 by 7-9 mm (three loops of 0.8 mm wire); sticky notes
38-51 mm square; a coffee ring 7-16 mm in radius; blinds' bands 8-18 mm apart on the page.

Faces (FACE_QUOTA of the 192 MRZ slots per 200, as heldout24's): "ocrb" (82 %) OCR-B
Regular (fonts-ocr-b). "hybrid" (9 %): an OCR-B MRZ where three to six look-alike glyphs
(of 0 O D 8 B 1 I 5 S 2 Z 6 G printed in the zone; every occurrence) or one whole line come
from a new face. "other" (9 %): the whole MRZ in a new face. New faces, named by no other
file of the project, installed on this machine for this set (2026-12-07): Klee One
SemiBold (fonts-klee, a Japanese textbook face after pencil writing), Sawarabi Gothic
Medium (fonts-sawarabi-gothic, a Japanese gothic) and Clear Sans Medium (fonts-clear-sans,
a humanist screen sans); the Latin of all three is proportional and is set here on the
fixed pitch: a glyph is scaled so that H's ink (measured on its pixels) is as tall as the
zone's capitals, stands on the baseline and its ink is centred in its cell (narrowed into
86 % of the cell when wider). scripts/setup-system.sh installs the faces; a missing face
raises FileNotFoundError naming its package: this module never substitutes a face. Page
labels and data are in DejaVu Sans.

Print process (drawn per format): passports laser 55 %, inkjet 20 %, engraved 25 %; TD1
cards engraved 80 %, laser 20 %; TD2 laser 60 %, thermal 40 %; visa foils inkjet 60 %,
thermal 40 %. Ink reflectance (each 0.85-1.15 times): "laser" 0.07 black; "inkjet"
blue-black (0.10, 0.12, 0.24), spread and mottled; "engraved" grey 0.36 and thinner;
"thermal" brownish grey (0.40, 0.35, 0.31) fading along the line (to 72-90 %) and in
patches.

Captures (CAPTURE_QUOTA; capitals aimed at CAP_PX). Every picture: the page on a desk
(wood, grey, dark blue or beige, with its drop shadow), turned up to 8 degrees, keystone
0.88-1.0, drawn at 1.1-1.35 times the picture's resolution and brought down by area,
lighting sloping up to 4 % either way, lens blur 0.3-0.7 px, sensor noise (s.d.
0.008-0.022 in luminance and half that per channel), JPEG 72-91 with 4:2:0 chroma.
- clip: a paper clip over a side edge in 70 % (reaching 45-70 % of its length onto the
  page, turned up to 10 degrees, above the zone), a sticky note (yellow, pink or green,
  turned up to 7 degrees, its lower edge 2-8 mm above the zone) in the rest and in 35 % of
  the clipped; shadows offset 0.8-2.2 mm, 25-45 % dark and soft; each object and its
  shadow checked clear of the zone and 1 mm round it before it is drawn.
- dogear: a corner folded over, legs 5-16 by 4-14 mm shrunk until the removed triangle,
  the flap (the paper's back, 4-12 % darker, a crease along the fold) and the flap's
  shadow clear the zone by 1 mm: the bottom right corner (the last line's end) first, then
  bottom left, top right, top left; a card's corner is bent up instead (the flap seen
  foreshortened to 40-70 %); the desk shows where the corner was.
- blinds: low sun through blinds: bands at 20-70 degrees to the lines, 45-65 % of each
  period lit, soft edges (8-20 % of the period), the lit bands warm and the shade cooler
  at 50-68 % of their light.
- stain: a dried coffee ring centred along the zone (from 10 mm above its top to 4 mm
  below it), a wobbly rim, a brownish fill and a darker tide line 0.3-0.7 mm wide, a dye
  over paper and ink alike (blue darkened by at most 27 %, red by at most 8 %).
- bayer: a camera module without an optical low-pass filter: the page drawn at the
  picture's resolution, lens blur only 0.05-0.25 px, one colour a pixel on an RGGB mosaic,
  bilinear demosaicing, then the module's sharpening (0.5-1.0 at 1 px).
- scanapp: the page photographed with capitals of 11-17 px; the app finds its corners
  (each off by a 0.5 mm s.d.), warps it flat to the output size (capitals 14-24 px: the
  photo mostly enlarged), divides the paper out (a closing on a quarter-size copy), sets the black
  point at 0.15-0.30, gamma 1.1-1.5, sharpens (0.6 at 1 px); grey in 60 %, colour in 40 %.
Every MRZ lies wholly inside its picture (sample() asserts it). Not modelled here (earlier
sets did them): readers' infrared and ultraviolet light, holograms, glare and sleeves,
thumbs, webcams, thumbnails, screens, faxes, photocopies, rolling shutter, re-compression,
dust and hairs, creases, cockle, dot-matrix and ribbon printing. The page's labels and
portrait are schematic.

The 200 scored seeds (3 600 000-3 600 199, today 2026-11-27) are counted by
`scored_mix()` (the draws before rendering) and checked against SCORED_MIX by the tests:
formats TD3 122 (TWN 44), TD1 34 (Taiwan resident certificates 16), TD2 10, MRV-A 18,
MRV-B 8, no MRZ 8 (visa pages 5, card fronts 3); printed invalid 20 (10.4 % of the 192
MRZs; 12 a check digit, 8 a digit among letters); captures clip 34, dogear 34, blinds 34,
stain 32, bayer 34, scanapp 32; faces (of the 192 MRZs) ocrb 158 (82.3 %), hybrid 17 (11
with glyphs, 6 with a line), other 17 (8.9 %); the new faces (hybrid or whole) klee 12,
sawarabi 11, clear-sans 11; print processes laser 76, inkjet 40, engraved 61, thermal 15.
Rendering the 200 (one run of the final code, not re-checked by the tests: rendering 200
pictures is slow; the draws above are checked): paper clips 24 and sticky notes 16 (of
the 34 clip pictures); dog-eared corners 31 and cards' corners bent up 3, at the bottom
right 16 (legs 3.5-9.7 mm), bottom left 7, top right 11, legs 3.5-15.4 mm in all; blinds
34; coffee rings 32; Bayer mosaics 34; scanner apps 32 (grey 17, colour 15); JPEG below
quality 80: 82. Capitals (cap_px): clip 16.1-26.7 px, dogear 14.8-27.3, blinds 16.4-25.3,
stain 16.6-26.1, bayer 17.5-28.3, scanapp 15.5-24.9. Pictures from 519x326 to 1578x1391
px (smallest and largest by area, none over 1578 px a side); every zone inside its
picture; grey s.d. 24.0 or more in the zone's box (19.9 or more over a picture without an
MRZ). CPU time a picture on this shared machine (2 cores, load 5.4-7.0 from other
helpers): median 0.35 s, mean 0.45 s, at most 1.52 s. Seeds 3 600 200-3 600 599 render too (no
assertion fails).
Deterministic per seed; seeds start at SEED = 3 600 000. `sample(seed, today=...)` returns
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
from collections import Counter
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop.documents import layout
from desktop.documents.mrz import compose
from tests.documents.synth import Sample

SEED = 3_600_000
IMAGES = 200

FORMAT_QUOTA = {"TD3": 122, "TD1": 34, "TD2": 10, "MRV-A": 18, "MRV-B": 8, "none": 8}
BLANK_QUOTA = {"visa page": 5, "card front": 3}
CAPTURE_QUOTA = {"clip": 34, "dogear": 34, "blinds": 34, "stain": 32, "bayer": 34, "scanapp": 32}
CAPTURES = tuple(CAPTURE_QUOTA)
FACE_QUOTA = {"ocrb": 158, "hybrid": 17, "other": 17}  # of the 192 MRZ slots, as heldout24
HYBRID_QUOTA = {"glyphs": 11, "line": 6}
NEW_FACE_QUOTA = {"klee": 12, "sawarabi": 11, "clear-sans": 11}
INVALID_QUOTA = 20
CHECK_DIGIT_MISPRINTS = 12
PROCESSES = ("laser", "inkjet", "engraved", "thermal")
LOOKALIKES = "0OD8B1I5S2Z6G"
DIGIT_FOR = {"O": "0", "D": "0", "Q": "0", "I": "1", "S": "5", "B": "8", "Z": "2", "G": "6"}

FONT_ROOT = Path("/usr/share/fonts")
FACES = {  # label: (file under FONT_ROOT, Debian package)
    "ocrb": ("opentype/ocr-b/OCRB.otf", "fonts-ocr-b"),
    "klee": ("truetype/klee/KleeOne-SemiBold.ttf", "fonts-klee"),
    "sawarabi": ("truetype/sawarabi-gothic/sawarabi-gothic-medium.ttf", "fonts-sawarabi-gothic"),
    "clear-sans": ("truetype/clear-sans/ClearSans-Medium.ttf", "fonts-clear-sans"),
}
PAGE_FACES = {"dejavu": ("truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core")}
NEW_FACES = tuple(NEW_FACE_QUOTA)
PACKAGES = ("fonts-klee", "fonts-sawarabi-gothic", "fonts-clear-sans")

CAP_PX = {  # capitals' height in the picture aimed at, at the zone's middle
    "clip": (15.0, 25.0),
    "dogear": (15.0, 25.0),
    "blinds": (15.0, 25.0),
    "stain": (15.0, 25.0),
    "bayer": (16.0, 26.0),
    "scanapp": (14.0, 24.0),
}
MAX_SIDE = 2200

SCORED_MIX = {  # scored_mix(2026-11-27), stated in the docstring; the tests check both
    "TD3": 122, "TD3 TWN": 44, "TD1": 34, "TD1 TWN": 16, "TD2": 10, "MRV-A": 18, "MRV-B": 8,
    "none": 8, "visa page": 5, "card front": 3, "invalid": 20,
    "clip": 34, "dogear": 34, "blinds": 34, "stain": 32, "bayer": 34, "scanapp": 32,
    "face ocrb": 158, "face hybrid": 17, "face other": 17,
    "klee": 12, "sawarabi": 11, "clear-sans": 11,
    "laser": 76, "inkjet": 40, "engraved": 61, "thermal": 15,
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


def _ink(name: str, ch: str, size: int) -> tuple[np.ndarray, int]:
    """`ch` drawn at `size` on a roomy canvas: its coverage and the baseline's row (ink
    measured on pixels: proportional faces' boxes include side bearings)."""
    img = Image.new("L", (size * 3, size * 3), 0)
    base = size * 2
    ImageDraw.Draw(img).text((size, base), ch, font=font(name, size), fill=255, anchor="ls")
    return np.asarray(img, np.float32) / 255.0, base


@functools.cache
def cap_ratio(name: str) -> float:
    """H's ink height over the face's size: brings every face to one cap height."""
    a, base = _ink(name, "H", 200)
    rows = np.flatnonzero(a.max(1) > 0.5)
    return (base - rows[0]) / 200


@functools.cache
def glyph(name: str, ch: str, cap: int, pitch: int) -> np.ndarray:
    """Coverage (0..1) of `ch` in a cell `pitch` wide and 2*cap high, baseline at row
    1.5*cap, H `cap` high, the ink centred in the cell and narrowed into 86 % of it when
    wider: a proportional face set on the MRZ's fixed pitch."""
    ss = 4
    a, base = _ink(name, ch, max(8, round(ss * cap / cap_ratio(name))))
    w, h = pitch * ss, 2 * cap * ss
    out = np.zeros((h, w), np.float32)
    cols = np.flatnonzero(a.max(0) > 0.05)
    if len(cols):
        top = base - round(1.5 * cap * ss)
        ink = a[max(0, top) : max(0, top) + h, cols[0] : cols[-1] + 1]
        room = int(0.86 * w)
        if ink.shape[1] > room:
            ink = cv2.resize(ink, (room, ink.shape[0]), interpolation=cv2.INTER_AREA)
        x0 = (w - ink.shape[1]) // 2
        out[: ink.shape[0], x0 : x0 + ink.shape[1]] = ink
    return cv2.resize(out, (pitch, 2 * cap), interpolation=cv2.INTER_AREA)


# -- the plan: everything decided before rendering ----------------------------------------


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
    blank: str = ""  # "visa page" or "card front" when no_mrz
    twn: bool = False

    @property
    def no_mrz(self) -> bool:
        return self.fmt == "none"


def _spread(quota: dict[str, int]) -> list[str]:
    return [k for k, n in quota.items() for _ in range(n)]


@functools.cache
def _block(block: int) -> dict[str, tuple]:
    """The deal of one block of 200 seeds: every quota exact, the order shuffled."""
    rng = np.random.default_rng([SEED, 25, block])

    def shuffled(items: list) -> tuple:
        return tuple(items[i] for i in rng.permutation(len(items)))

    n_mrz = IMAGES - FORMAT_QUOTA["none"]
    kinds = shuffled(_spread(FACE_QUOTA))
    others = iter(shuffled(_spread(NEW_FACE_QUOTA)))
    subs = iter(shuffled(_spread(HYBRID_QUOTA)))
    faces = tuple(
        (k, next(others) if k != "ocrb" else "", next(subs) if k == "hybrid" else "") for k in kinds
    )
    misprints = ["check digit"] * CHECK_DIGIT_MISPRINTS
    misprints += ["letters"] * (INVALID_QUOTA - CHECK_DIGIT_MISPRINTS)
    misprints += [""] * (n_mrz - INVALID_QUOTA)
    return {
        "fmt": shuffled(_spread(FORMAT_QUOTA)),
        "capture": shuffled(_spread(CAPTURE_QUOTA)),
        "face": faces,
        "misprint": shuffled(misprints),
        "blank": shuffled(_spread(BLANK_QUOTA)),
    }


# -- content ------------------------------------------------------------------------------

TW_SURNAMES = (  # noqa: SIM905
    "CHEN LIN HUANG CHANG LI WANG WU LIU TSAI YANG HSU CHENG HSIEH KUO HUNG TSENG CHIU LIAO "
    "LAI CHOU YEH SU CHUANG LU"
).split()
TW_GIVEN = (  # noqa: SIM905
    "CHIA HAO YU TING WEI CHEN SHU FEN MING HSUAN CHIH YI KUAN TZU HSIN JUNG PO YEN CHUN HUI"
).split()
NAMES = {  # region: (surnames, given names), this module's own lists
    "jp": (
        "SAITO OGAWA FUJITA ISHIKAWA MORI IKEDA HASEGAWA GOTO OKADA MATSUDA".split(),  # noqa: SIM905
        "SHOTA DAISUKE MISAKI AOI KENJI SAYAKA HIROSHI YOKO TAKUMI RIO".split(),  # noqa: SIM905
    ),
    "kr": (
        "KIM LEE PARK CHOI JUNG KANG YOON JANG LIM SHIN".split(),  # noqa: SIM905
        "MINSEO JIHOON SOYEON DONGHYUN SEOJIN EUNJI SUNGMIN HAEUN".split(),  # noqa: SIM905
    ),
    "sea": (
        "NGUYEN TRAN SANTOS REYES GARCIA SUWANNARAT SETIAWAN OSMAN TAN LIM GONZALES".split(),  # noqa: SIM905
        "MINH THAO JOSE MARIA SOMCHAI DEWI SITI AHMAD BUDI ISABEL GABRIEL".split(),  # noqa: SIM905
    ),
    "west": (
        "SCHMIDT BROWN DUBOIS JANSSEN ROSSI NOWAK SMITH MULLER DIJKSTRA ODONNELL".split(),  # noqa: SIM905
        "OLIVER SOPHIE LUKAS ISABELLA GIOVANNI ZOFIA DIEGO CHLOE SEBASTIAN GRACE".split(),  # noqa: SIM905
    ),
    "sa": (
        "SINGH PATEL GUPTA DAS IYER".split(),  # noqa: SIM905
        "PRIYA ARJUN SUNITA DEEPAK GOPAL".split(),  # noqa: SIM905
    ),
}
REGION = {
    **dict.fromkeys(("JPN",), "jp"),
    **dict.fromkeys(("KOR",), "kr"),
    **dict.fromkeys(("VNM", "PHL", "THA", "IDN", "MYS", "SGP", "HKG", "MAC"), "sea"),
    **dict.fromkeys(("IND",), "sa"),
}
# document number patterns: L a letter, D a digit, A either
NUMBER = {
    "TWN": "DDDDDDDDD", "JPN": "LLDDDDDDD", "KOR": "LDDDDDDDD", "USA": "DDDDDDDDD",
    "VNM": "LDDDDDDD", "PHL": "LDDDDDDDL", "THA": "LLDDDDDDD", "IDN": "LDDDDDDD",
    "MYS": "LDDDDDDDD", "SGP": "LDDDDDDDL", "HKG": "LDDDDDDDD", "MAC": "DDDDDDDD",
    "IND": "LDDDDDDD", "GBR": "DDDDDDDDD", "D": "AAAAAAAAA", "FRA": "DDLLDDDDD",
    "NLD": "LLAAAAAAD", "CAN": "LLDDDDDD", "AUS": "LDDDDDDD", "NZL": "LLDDDDDD",
    "BEL": "DDDDDDDDDDDD", "ESP": "LLLDDDDDD", "ITA": "LLDDDDDLL", "POL": "LLLDDDDDD",
    "ROU": "LLDDDDDD",
}  # fmt: skip
TD3_STATES = (
    ("TWN", 40), ("JPN", 8), ("KOR", 7), ("USA", 6), ("VNM", 6), ("PHL", 6), ("THA", 4),
    ("IDN", 4), ("MYS", 4), ("SGP", 3), ("HKG", 3), ("MAC", 2), ("IND", 3), ("GBR", 3),
    ("D", 2), ("FRA", 2), ("NLD", 2), ("CAN", 2), ("AUS", 2), ("NZL", 1),
)  # fmt: skip
TD1_STATES = (
    ("TWN", 40), ("D", 12), ("NLD", 10), ("BEL", 10), ("ESP", 10), ("ITA", 9), ("POL", 9),
)  # fmt: skip
TD2_STATES = (("TWN", 30), ("JPN", 20), ("KOR", 20), ("PHL", 15), ("ROU", 15))
VISA_STATES = (("TWN", 50), ("JPN", 15), ("USA", 15), ("KOR", 12), ("CAN", 8))
FOREIGN = ("JPN", "KOR", "USA", "VNM", "PHL", "THA", "IDN", "IND", "GBR", "D", "FRA", "AUS")
TW_LETTER = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))
PROCESS_WEIGHTS = {
    "TD3": {"laser": 55, "inkjet": 20, "engraved": 25},
    "TD1": {"engraved": 80, "laser": 20},
    "TD2": {"laser": 60, "thermal": 40},
    "MRV": {"inkjet": 60, "thermal": 40},
}


def _pick(rng: np.random.Generator, weighted: tuple[tuple[str, int], ...] | dict) -> str:
    items = list(weighted.items()) if isinstance(weighted, dict) else list(weighted)
    w = np.array([n for _, n in items], float)
    return items[int(rng.choice(len(items), p=w / w.sum()))][0]


def _number(rng: np.random.Generator, pattern: str) -> str:
    letters, digits = layout.LETTERS, layout.DIGITS
    pools = {"L": letters, "D": digits, "A": letters + digits}
    return "".join(pools[c][int(rng.integers(len(pools[c])))] for c in pattern)


def _taiwan_id(rng: np.random.Generator, second: str) -> str:
    """A letter, `second` and seven digits, then the check digit that makes the weighted
    sum (the letter as two digits, weights 1 9 8 7 6 5 4 3 2 1 1) a multiple of ten."""
    letter = "ABCDEFGHJKLMNPQRSTUVXYWZIO"[int(rng.integers(26))]
    body = second + "".join(str(int(d)) for d in rng.integers(0, 10, 7))
    v = TW_LETTER[letter]
    digits = [v // 10, v % 10, *map(int, body)]
    total = sum(d * w for d, w in zip(digits, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1), strict=True))
    return letter + body + str((10 - total % 10) % 10)


def _name(rng: np.random.Generator, state: str) -> tuple[str, str]:
    if state == "TWN":
        given = " ".join(TW_GIVEN[int(i)] for i in rng.integers(0, len(TW_GIVEN), 2))
        return TW_SURNAMES[int(rng.integers(len(TW_SURNAMES)))], given
    surnames, given = NAMES[REGION.get(state, "west")]
    g = given[int(rng.integers(len(given)))]
    if rng.random() < 1 / 6:  # a second given name, cut by compose when it overflows
        g += " " + given[int(rng.integers(len(given)))]
    return surnames[int(rng.integers(len(surnames)))], g


def _date(rng: np.random.Generator, start: dt.date, days: int) -> dt.date:
    return start + dt.timedelta(days=int(rng.integers(0, days)))


def _fields(rng: np.random.Generator, fmt: str, today: dt.date) -> dict[str, object]:
    states = {"TD3": TD3_STATES, "TD1": TD1_STATES, "TD2": TD2_STATES}.get(fmt, VISA_STATES)
    state = _pick(rng, states)
    nat = state
    code = {"TD3": "P", "TD1": "ID", "TD2": "AC"}.get(fmt, "V")
    sex = "MF"[int(rng.integers(2))]
    optional = ""
    number = _number(rng, NUMBER.get(state, "LDDDDDDDD"))
    if fmt == "TD3" and state == "TWN":
        optional = _taiwan_id(rng, "1" if sex == "M" else "2")
    elif fmt == "TD1" and state == "TWN":  # resident certificate of a foreign holder
        code, nat = "IR", FOREIGN[int(rng.integers(len(FOREIGN)))]
        number = _taiwan_id(rng, "89"[int(rng.integers(2))])
    elif fmt == "TD2" and state == "ROU":
        code = "ID"
    elif fmt.startswith("MRV"):
        nat = FOREIGN[int(rng.integers(len(FOREIGN)))]
        while nat == state:
            nat = FOREIGN[int(rng.integers(len(FOREIGN)))]
        number = _number(rng, "LDDDDDDDD")
        optional = _number(rng, "LLDDDD") if rng.random() < 0.5 else ""
    elif fmt == "TD1" and state == "D":
        code = "ID"
    surname, given = _name(rng, nat if fmt.startswith("MRV") or code == "IR" else state)
    birth = _date(rng, dt.date(1950, 1, 1), 365 * 57)
    expiry = _date(rng, today + dt.timedelta(days=20), 365 * 9)
    return {
        "document_code": code,
        "issuing_state": state,
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "birth_date": birth,
        "sex": sex,
        "expiry_date": expiry,
        "optional_data": optional,
    }


def _letter_spots(fmt: str, lines: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where a digit printed for a look-alike letter breaks the MRZ: the names and the
    issuing state or nationality codes."""
    lay = layout.layout(fmt)
    spots = []
    for f in lay.fields:
        if f.name in ("names", "issuing_state", "nationality"):
            for k in range(f.start, f.start + f.length):
                if lines[f.line][k] in DIGIT_FOR:
                    spots.append((f.line, k))
    return spots


def _misprint(
    rng: np.random.Generator, fmt: str, lines: tuple[str, ...], kind: str
) -> tuple[tuple[str, ...], str]:
    if kind == "check digit":
        checks = [c for c in layout.layout(fmt).checks if lines[c.line][c.pos].isdigit()]
        c = checks[int(rng.integers(len(checks)))]
        i, k = c.line, c.pos
        digit = str((int(lines[i][k]) + int(rng.integers(1, 10))) % 10)
        what = f"invalid as printed: the {c.name} check digit {lines[i][k]} printed {digit}"
    else:
        spots = _letter_spots(fmt, lines)
        i, k = spots[int(rng.integers(len(spots)))]
        digit = DIGIT_FOR[lines[i][k]]
        what = f"invalid as printed: letters: {lines[i][k]} printed {digit} (line {i + 1})"
    out = list(lines)
    out[i] = out[i][:k] + digit + out[i][k + 1 :]
    return tuple(out), what


def plan(seed: int, today: dt.date) -> Plan:
    """Everything about a seed decided before any pixel: the deal and the draws."""
    block, slot = divmod(seed - SEED, IMAGES)
    deal = _block(block)
    fmt, capture = deal["fmt"][slot], deal["capture"][slot]
    rng = np.random.default_rng([seed, 2500])
    if fmt == "none":
        blank = deal["blank"][deal["fmt"][:slot].count("none")]
        return Plan(seed, fmt, capture, blank=blank)
    k = slot - deal["fmt"][:slot].count("none")  # this seed's index among the MRZ slots
    kind, other, sub = deal["face"][k]
    misprint_kind = deal["misprint"][k]
    for _ in range(50):  # a letters misprint needs a look-alike letter where letters stand
        fields = _fields(rng, fmt, today)
        composed = compose(fmt, **fields)  # type: ignore[arg-type]
        if misprint_kind != "letters" or _letter_spots(fmt, composed):
            break
    printed, misprint = composed, ""
    if misprint_kind:
        printed, misprint = _misprint(rng, fmt, composed, misprint_kind)
    face = FacePlan("ocrb")
    if kind == "other":
        face = FacePlan("other", other)
    elif kind == "hybrid" and sub == "glyphs":
        present = [c for c in LOOKALIKES if any(c in x for x in printed)]
        n = min(len(present), int(rng.integers(3, 7)))
        picked = sorted(rng.choice(len(present), n, replace=False))
        face = FacePlan("hybrid", other, "".join(present[i] for i in picked))
    elif kind == "hybrid":
        face = FacePlan("hybrid", other, line=int(rng.integers(len(printed))))
    process = _pick(rng, PROCESS_WEIGHTS["MRV" if fmt.startswith("MRV") else fmt])
    state = str(fields["issuing_state"])
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
        process,
        twn=state == "TWN",
    )


def scored_mix(today: dt.date) -> dict[str, int]:
    """The draws of the 200 scored seeds, counted: the docstring states them."""
    c: Counter[str] = Counter()
    for seed in range(SEED, SEED + IMAGES):
        p = plan(seed, today)
        c[p.fmt] += 1
        c[p.capture] += 1
        if p.no_mrz:
            c[p.blank] += 1
            continue
        c[f"{p.fmt} TWN"] += p.twn and p.fmt in ("TD3", "TD1")
        c["invalid"] += not p.valid
        c[f"face {p.face.kind}"] += 1
        c[p.face.other] += p.face.kind != "ocrb"
        c[p.process] += 1
    return {k: v for k, v in c.items() if k and v}


# -- the page -------------------------------------------------------------------------------

DOC_MM = {"TD3": (125.0, 88.0), "TD1": (85.6, 54.0), "TD2": (105.0, 74.0)}
FOIL_MM = {"MRV-A": (120.0, 80.0), "MRV-B": (105.0, 74.0)}
BOOKLET_MM = (125.0, 88.0)
INK = {  # reflectance (RGB) of each print process's ink
    "laser": (0.07, 0.07, 0.08),
    "inkjet": (0.10, 0.12, 0.24),
    "engraved": (0.36, 0.36, 0.35),
    "thermal": (0.40, 0.35, 0.31),
}
TITLES = {
    "TD3": "PASSPORT",
    "TD1": "IDENTITY CARD",
    "TD2": "CREW MEMBER CERTIFICATE",
    "MRV-A": "VISA",
    "MRV-B": "VISA",
}


@dataclasses.dataclass
class Page:
    img: np.ndarray  # RGB float32 0..1
    alpha: np.ndarray  # 1 where the page is, 0 where it is not (a card's rounded corner)
    ppm: float  # page pixels per millimetre
    quad: np.ndarray  # the zone's box (4x2, TL TR BR BL) in page pixels; empty without MRZ
    cells: np.ndarray  # end cells' (x centre, baseline, cap top) in page pixels
    card: bool


def _paper(rng: np.random.Generator, h: int, w: int, tint: np.ndarray) -> np.ndarray:
    """Paper with a printed background: a tint, fine mottle and guilloche waves."""
    mottle = cv2.GaussianBlur(rng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 3)
    img = np.empty((h, w, 3), np.float32)
    img[:] = tint
    img += 0.012 * mottle[..., None]
    waves = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(waves)
    xs = np.linspace(0, w, 120)
    for j in range(int(rng.integers(10, 18))):
        y0, amp, per = rng.uniform(0, h), rng.uniform(0.02, 0.08) * h, rng.uniform(0.15, 0.4) * w
        ph = rng.uniform(0, 6.3)
        pts = [(float(x), float(y0 + amp * np.sin(x / per * 6.283 + ph + j))) for x in xs]
        d.line(pts, fill=255, width=max(1, round(w / 900)))
    colour = rng.uniform(0.55, 0.85, 3).astype(np.float32)
    a = np.asarray(waves, np.float32)[..., None] / 255.0 * 0.35
    return img * (1 - a) + img * colour * a


def _text(img: np.ndarray, xy: tuple[float, float], s: str, px: float, colour: tuple) -> None:
    """Page labels and data in DejaVu Sans, drawn onto the float page."""
    f = font("dejavu", max(6, round(px)))
    w, h = round(f.getlength(s)) + 4, round(px * 1.6) + 4
    x, y = round(xy[0]), round(xy[1])
    if x < 0 or y < 0 or x + w > img.shape[1] or y + h > img.shape[0]:
        return
    m = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m).text((2, 2), s, font=f, fill=255)
    a = np.asarray(m, np.float32)[..., None] / 255.0
    region = img[y : y + h, x : x + w]
    region[:] = region * (1 - a) + np.asarray(colour, np.float32) * a


def _viz(
    rng: np.random.Generator, img: np.ndarray, ppm: float, doc: tuple, bottom: float, p: Plan
) -> None:
    """The visual zone, schematic: a title, a portrait and labelled data above `bottom`."""
    x, y, w, _ = doc
    f = dict(p.fields)
    title = "RESIDENT CERTIFICATE" if f.get("document_code") == "IR" else TITLES.get(p.fmt, "")
    _text(img, ((x + 5) * ppm, (y + 3) * ppm), title, 3.0 * ppm, (0.2, 0.2, 0.3))
    top = y + 10
    pw = min(0.3 * w, 0.75 * (bottom - top))
    if pw > 8:
        x0, y0, x1, y1 = (round(v * ppm) for v in (x + 5, top, x + 5 + pw, bottom - 1.5))
        img[y0:y1, x0:x1] = img[y0:y1, x0:x1] * 0.5 + 0.5 * np.float32([0.78, 0.8, 0.84])
        yy, xx = np.mgrid[y0:y1, x0:x1]
        cx, cy, r = (x0 + x1) / 2, y0 + 0.38 * (y1 - y0), 0.28 * (x1 - x0)
        head = ((xx - cx) / r) ** 2 + ((yy - cy) / (1.25 * r)) ** 2 < 1
        body = ((xx - cx) / (2.2 * r)) ** 2 + ((yy - y1) / (1.6 * r)) ** 2 < 1
        tone = np.float32(rng.uniform(0.35, 0.65, 3))
        img[y0:y1, x0:x1][head | body] = tone
    rows = [
        ("SURNAME", str(f.get("surname", "WANG"))),
        ("GIVEN NAMES", str(f.get("given_names", "MEI LING"))),
        ("NATIONALITY", str(f.get("nationality", "TWN"))),
        ("DATE OF BIRTH", str(f.get("birth_date", "1988-03-14"))),
        ("DOCUMENT NO.", str(f.get("document_number", "312845907"))),
        ("DATE OF EXPIRY", str(f.get("expiry_date", "2031-05-02"))),
    ]
    lx, ly, step = x + 5 + pw + 4, top, 4.6
    for label, value in rows:
        if ly + step > bottom - 1:
            break
        _text(img, (lx * ppm, ly * ppm), label, 1.3 * ppm, (0.35, 0.35, 0.45))
        _text(img, (lx * ppm, (ly + 1.7) * ppm), value, 2.0 * ppm, (0.1, 0.1, 0.12))
        ly += step


def _stamps(rng: np.random.Generator, img: np.ndarray, ppm: float) -> None:
    """A visa page's entry and exit stamps, in coloured ink."""
    h, w = img.shape[:2]
    for _ in range(int(rng.integers(2, 5))):
        colour = [(0.75, 0.2, 0.25), (0.25, 0.3, 0.7), (0.5, 0.25, 0.6)][int(rng.integers(3))]
        m = Image.new("L", (w, h), 0)
        d = ImageDraw.Draw(m)
        cx, cy = rng.uniform(0.15, 0.85) * w, rng.uniform(0.2, 0.8) * h
        r = rng.uniform(10, 16) * ppm
        if rng.random() < 0.5:
            d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=255, width=max(2, round(ppm / 2)))
        else:
            d.rectangle(
                (cx - 1.4 * r, cy - 0.8 * r, cx + 1.4 * r, cy + 0.8 * r),
                outline=255,
                width=max(2, round(ppm / 2)),
            )
        f = font("dejavu", max(6, round(2.2 * ppm)))
        d.text((cx, cy - 0.3 * r), "TAOYUAN", font=f, fill=255, anchor="mm")
        d.text((cx, cy + 0.3 * r), f"2026-{rng.integers(1, 12):02d}-{rng.integers(1, 28):02d}",
               font=f, fill=255, anchor="mm")  # fmt: skip
        a = np.asarray(m, np.float32)[..., None] / 255.0 * rng.uniform(0.5, 0.85)
        img[:] = img * (1 - a) + np.float32(colour) * a


def _rounded(h: int, w: int, r: float) -> np.ndarray:
    m = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m).rounded_rectangle((0, 0, w - 1, h - 1), radius=max(1, round(r)), fill=255)
    return np.asarray(m, np.float32) / 255.0


def _mrz_ink(
    rng: np.random.Generator, p: Plan, ppm: float, shape: tuple[int, int], doc: tuple
) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """The zone's coverage, its box and its end cells, placed on the document."""
    x, y, w, h = doc
    lay = layout.layout(p.fmt)
    pitch = 2.54 * rng.uniform(0.985, 1.015)
    cap = rng.uniform(2.35, 2.50)
    td1 = p.fmt == "TD1"
    spacing = rng.uniform(3.7, 4.1) if td1 else rng.uniform(4.1, 4.4)
    last = y + h - (rng.uniform(3.4, 4.2) if td1 else rng.uniform(4.5, 5.5))
    x0 = x + (w - lay.width * pitch) / 2 + rng.uniform(-0.8, 0.8)
    cap_px, pitch_px = round(cap * ppm), round(pitch * ppm)
    cov = np.zeros(shape, np.float32)
    cells = []
    for i, line in enumerate(p.printed):
        base = (last - (lay.lines - 1 - i) * spacing) * ppm
        for k, ch in enumerate(line):
            g = glyph(p.face.face(i, ch), ch, cap_px, pitch_px)
            cx, cy = round((x0 + k * pitch) * ppm), round(base - 1.5 * cap_px)
            region = cov[cy : cy + g.shape[0], cx : cx + g.shape[1]]
            np.maximum(region, g[: region.shape[0], : region.shape[1]], out=region)
            if k in (0, len(line) - 1) and i in (0, lay.lines - 1):
                cells.append((cx + pitch_px / 2, base, base - cap_px))
    top = (last - (lay.lines - 1) * spacing - cap) * ppm - 0.4 * ppm
    bottom = last * ppm + 0.6 * ppm
    left, right = (x0 - 0.3) * ppm, (x0 + lay.width * pitch + 0.3) * ppm
    quad = np.array([[left, top], [right, top], [right, bottom], [left, bottom]], np.float32)
    notes = [f"pitch {pitch:.3f} mm", f"capitals {cap:.2f} mm"]
    return cov, quad, np.array(cells, np.float32), notes


def _apply_ink(rng: np.random.Generator, img: np.ndarray, cov: np.ndarray, process: str) -> None:
    ink = np.float32(INK[process]) * np.float32(rng.uniform(0.85, 1.15))
    if process == "inkjet":  # ink spread into the paper, mottled
        cov = cv2.GaussianBlur(cov, (0, 0), 0.6)
        cov = np.clip(cov * (0.9 + 0.1 * rng.random(cov.shape, np.float32)) * 1.1, 0, 1)
    elif process == "engraved":  # a laser's thinner burn into polycarbonate
        cov = np.clip((cov - 0.2) / 0.8, 0, 1)
    elif process == "thermal":  # fading along the line and in patches
        h, w = cov.shape
        fade = np.linspace(1.0, rng.uniform(0.72, 0.9), w, dtype=np.float32)[None, :]
        patches = cv2.GaussianBlur(rng.random((h, w), np.float32), (0, 0), 12)
        patches = (patches - patches.mean()) / (patches.std() + 1e-6)
        cov = cov * np.clip(fade * (1 + 0.08 * patches), 0.55, 1)
    a = cov[..., None]
    img[:] = img * (1 - a) + ink * a


def _page(rng: np.random.Generator, p: Plan, ppm: float, notes: list[str]) -> Page:
    card = p.fmt in ("TD1", "TD2") or p.blank == "card front"
    mm = DOC_MM.get(p.fmt, DOC_MM["TD1"] if p.blank == "card front" else BOOKLET_MM)
    w, h = round(mm[0] * ppm), round(mm[1] * ppm)
    tint = np.float32(rng.uniform(0.88, 0.97, 3))
    img = _paper(rng, h, w, tint)
    alpha = _rounded(h, w, 3.2 * ppm) if card else np.ones((h, w), np.float32)
    doc: tuple[float, float, float, float] = (0.0, 0.0, mm[0], mm[1])
    if p.fmt in FOIL_MM:  # a visa foil on a booklet page
        fw, fh = FOIL_MM[p.fmt]
        doc = ((mm[0] - fw) / 2, mm[1] - fh - 2.0, fw, fh)
        x0, y0, x1, y1 = (round(v * ppm) for v in (doc[0], doc[1], doc[0] + fw, doc[1] + fh))
        img[y0:y1, x0:x1] = _paper(rng, y1 - y0, x1 - x0, np.float32(rng.uniform(0.86, 0.96, 3)))
    if p.no_mrz:
        if p.blank == "visa page":
            _stamps(rng, img, ppm)
        else:
            _viz(rng, img, ppm, doc, mm[1] - 4, p)
        return Page(img, alpha, ppm, np.zeros((0, 2), np.float32), np.zeros((0, 3)), card)
    cov, quad, cells, mrz_notes = _mrz_ink(rng, p, ppm, (h, w), doc)
    notes += mrz_notes
    _viz(rng, img, ppm, doc, quad[0, 1] / ppm - 1.5, p)
    _apply_ink(rng, img, cov, p.process)
    return Page(img, alpha, ppm, quad, cells, card)


# -- page-space effects: a stain, a folded corner ---------------------------------------------


def _zone_guard(page: Page, margin_mm: float) -> np.ndarray:
    """A mask of the zone's box grown by `margin_mm`: what an effect must leave alone."""
    g = np.zeros(page.img.shape[:2], np.uint8)
    if len(page.quad):
        m = margin_mm * page.ppm
        x0, y0 = (page.quad.min(0) - m).astype(int)
        x1, y1 = (page.quad.max(0) + m).astype(int)
        g[max(0, y0) : max(0, y1), max(0, x0) : max(0, x1)] = 1
    return g


def _stain(rng: np.random.Generator, page: Page, notes: list[str]) -> None:
    """A dried coffee or tea ring: a brownish fill and a darker tide line at its rim, over
    part of the zone (paper darkened, never the ink's darkness)."""
    h, w = page.img.shape[:2]
    ppm = page.ppm
    if len(page.quad):
        qx0, qy0 = page.quad.min(0)
        qx1, qy1 = page.quad.max(0)
        cx = rng.uniform(qx0, qx1)
        cy = rng.uniform(qy0 - 10 * ppm, qy1 + 4 * ppm)
    else:
        cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
    r0 = rng.uniform(7, 16) * ppm
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ang = np.arctan2(yy - cy, xx - cx)
    radius = np.full_like(ang, r0)
    for k in range(2, 7):  # a wobbly rim
        radius += r0 * rng.uniform(0.01, 0.05) * np.cos(k * ang + rng.uniform(0, 6.3))
    d = np.hypot(xx - cx, yy - cy) / radius  # 1 at the rim
    fill = np.clip((1.0 - d) * 8, 0, 1) * rng.uniform(0.35, 0.7)
    tide = np.exp(-(((d - 0.985) / (rng.uniform(0.3, 0.7) * ppm / r0)) ** 2))
    strength = np.clip(fill + tide * rng.uniform(0.8, 1.0), 0, 1)[..., None]
    brown = np.float32([0.86, 0.74, 0.55]) * np.float32(rng.uniform(0.95, 1.03))
    page.img[:] = page.img * (1 - strength * (1 - brown) * rng.uniform(0.35, 0.6))
    notes.append(f"a coffee stain's ring r {r0 / ppm:.0f} mm")


def _dogear(rng: np.random.Generator, page: Page, notes: list[str]) -> None:
    """A corner folded over (a card's corner bent up: the flap foreshortened), the corner
    nearest the last line's end first, clear of the zone by 1 mm with its shadow. Drawn
    in a window round the corner (a fold reaches at most 2 x 16 mm into the page)."""
    h, w = page.img.shape[:2]
    ppm = page.ppm
    lift = 1.0 if not page.card else rng.uniform(0.4, 0.7)
    corners = [(w, h), (0, h), (w, 0), (0, 0)]  # bottom right first: the last line's end
    if not len(page.quad):
        corners = [corners[int(rng.integers(4))]]
    span = min(w, h, round(36 * ppm))
    for corner in corners:
        # the window [wx, wx + span) x [wy, wy + span) round this corner
        wx, wy = (w - span if corner[0] else 0), (h - span if corner[1] else 0)
        guard = _zone_guard(page, 1.0)[wy : wy + span, wx : wx + span]
        c = np.float32(corner) - [wx, wy]
        sx, sy = (-1 if corner[0] else 1), (-1 if corner[1] else 1)
        scale = 1.0
        for _ in range(40):
            a, b = rng.uniform(5, 16) * ppm * scale, rng.uniform(4, 14) * ppm * scale
            p1, p2 = c + np.float32([sx * a, 0]), c + np.float32([0, sy * b])
            u = (p2 - p1) / np.linalg.norm(p2 - p1)
            foot = p1 + u * float(np.dot(c - p1, u))
            tip = foot + lift * (foot - c)  # the corner reflected over the fold (or lifted)
            mask = np.zeros((span, span), np.uint8)
            cv2.fillPoly(mask, [np.round([p1, c, p2]).astype(np.int32)], 1)
            flap_m = np.zeros((span, span), np.float32)
            cv2.fillPoly(flap_m, [np.round([p1, tip, p2]).astype(np.int32)], 1.0, cv2.LINE_AA)
            inward = (foot - c) / (np.linalg.norm(foot - c) + 1e-6)
            off = inward * rng.uniform(0.5, 1.2) * ppm
            shadow = cv2.warpAffine(
                flap_m, np.float32([[1, 0, off[0]], [0, 1, off[1]]]), (span, span)
            )
            shadow = cv2.GaussianBlur(shadow, (0, 0), 0.6 * ppm) * (1 - flap_m)
            touched = (mask > 0) | (flap_m > 0.01) | (shadow > 0.03)
            if min(a, b) >= 3.5 * ppm and not (touched & (guard > 0)).any():
                break
            scale = max(0.3, scale * 0.93)
        else:
            continue
        win = page.img[wy : wy + span, wx : wx + span]
        win[:] = win * (1 - rng.uniform(0.25, 0.4) * shadow[..., None])
        back = win.reshape(-1, 3).mean(0) * np.float32(rng.uniform(0.88, 0.96))
        # shade falls off from the fold towards the tip: the flap is not quite flat
        yy, xx = np.mgrid[0:span, 0:span].astype(np.float32)
        along = ((xx - foot[0]) * inward[0] + (yy - foot[1]) * inward[1]) / (
            np.linalg.norm(tip - foot) + 1e-6
        )
        shade = (1 - 0.08 * np.clip(along, 0, 1))[..., None]
        f = flap_m[..., None]
        win[:] = win * (1 - f) + back * shade * f
        crease = tuple(float(v) for v in back * 0.8)
        ends = tuple(np.round(p1).astype(int)), tuple(np.round(p2).astype(int))
        cv2.line(win, *ends, crease, max(1, round(0.25 * ppm)), cv2.LINE_AA)
        page.alpha[wy : wy + span, wx : wx + span][mask > 0] = 0
        where = ("bottom" if corner[1] else "top") + (" right" if corner[0] else " left")
        kind = "card's corner bent up" if page.card else "dog-eared corner"
        notes.append(f"a {kind} ({where}, legs {a / ppm:.1f} and {b / ppm:.1f} mm)")
        return
    notes.append("no corner could fold clear of the zone")


# -- the scene: the page on a desk in a phone's picture ------------------------------------


@dataclasses.dataclass
class Scene:
    img: np.ndarray  # RGB float32
    H: np.ndarray  # page pixels -> picture pixels
    ppm: float  # picture pixels per page millimetre, about

    def fwd(self, pts: np.ndarray) -> np.ndarray:
        if not len(pts):
            return np.zeros((0, 2), np.float32)
        return cv2.perspectiveTransform(np.float32(pts).reshape(-1, 1, 2), self.H).reshape(-1, 2)


def _desk(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    base = np.float32(
        [(0.45, 0.32, 0.2), (0.55, 0.55, 0.56), (0.2, 0.24, 0.32), (0.7, 0.66, 0.58)][
            int(rng.integers(4))
        ]
    )
    low = cv2.resize(rng.normal(0, 1, (8, 8)).astype(np.float32), (w, h))
    grain = cv2.GaussianBlur(rng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 1.2)
    stripes = np.sin(np.linspace(0, rng.uniform(20, 60), w, dtype=np.float32))[None, :]
    tex = 1 + 0.05 * low + 0.03 * grain + 0.03 * stripes
    return base * tex[..., None]


def _place(
    rng: np.random.Generator, page: Page, scale: float, turn: float, keystone: float
) -> Scene:
    h, w = page.img.shape[:2]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    pts = (src - [w / 2, h / 2]) * scale
    pts[:2, 0] *= keystone  # the far edge narrower: the phone tilted towards the page
    pts += rng.normal(0, 0.004 * w * scale, pts.shape)
    t = np.radians(turn)
    rot = np.float32([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
    pts = pts @ rot.T
    margin = rng.uniform(0.04, 0.14, 4) * max(w, h) * scale
    pts -= pts.min(0) - margin[:2]
    size = np.ceil(pts.max(0) + margin[2:]).astype(int)
    H = cv2.getPerspectiveTransform(src, np.float32(pts))
    bg = _desk(rng, size[1], size[0])
    img = cv2.warpPerspective(page.img, H, (size[0], size[1]), flags=cv2.INTER_AREA)
    a = cv2.warpPerspective(page.alpha, H, (size[0], size[1]), flags=cv2.INTER_LINEAR)[..., None]
    drop = cv2.GaussianBlur(a[..., 0], (0, 0), 3 * page.ppm * scale)
    drop = np.roll(drop, (round(2 * page.ppm * scale),) * 2, (0, 1))
    bg = bg * (1 - 0.35 * drop[..., None])
    out = bg * (1 - a) + img * a
    yy, xx = np.mgrid[0 : size[1], 0 : size[0]].astype(np.float32)
    g = rng.uniform(-0.08, 0.08, 2)
    light = 0.97 + g[0] * (xx / size[0] - 0.5) + g[1] * (yy / size[1] - 0.5)
    return Scene(out * light[..., None], H, page.ppm * scale)


# -- picture-space effects ------------------------------------------------------------------


def _stadium(cx: float, cy: float, length: float, width: float, n: int = 24) -> np.ndarray:
    """A rounded loop of wire along x (a paper clip's bend), in millimetres."""
    r = width / 2
    a = np.linspace(-np.pi / 2, np.pi / 2, n)
    right = np.stack([cx + length / 2 - r + r * np.cos(a), cy + r * np.sin(a)], -1)
    left = np.stack([cx - length / 2 + r - r * np.cos(a), cy - r * np.sin(a)], -1)
    return np.concatenate([right, left])


def _clip_shapes(rng: np.random.Generator, page: Page) -> list[tuple[str, np.ndarray]]:
    """A paper clip over a side edge, long axis across the edge, above the zone; its path
    in page millimetres (three loops of wire)."""
    w_mm = page.img.shape[1] / page.ppm
    top = page.quad[0, 1] / page.ppm if len(page.quad) else 40.0
    length, width = rng.uniform(28, 34), rng.uniform(7, 9)
    cy = top - rng.uniform(1.5, 12) - width / 2 - 2.0
    right = rng.random() < 0.5
    inside = rng.uniform(0.45, 0.7) * length  # how far the clip reaches onto the page
    cx = w_mm - inside + length / 2 if right else inside - length / 2
    loops = [
        ("wire", _stadium(cx, cy, length, width)),
        ("wire", _stadium(cx + (2 if right else -2), cy + 0.6, length * 0.78, width * 0.62)),
        ("wire", _stadium(cx - (1.5 if right else -1.5), cy - 0.3, length * 0.6, width * 0.3)),
    ]
    t = np.radians(rng.uniform(-10, 10))
    rot = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
    return [(k, (p - [cx, cy]) @ rot.T + [cx, cy]) for k, p in loops]


def _note_shape(rng: np.random.Generator, page: Page) -> np.ndarray:
    """A sticky note's square, above the zone (its lower edge 2-8 mm above it), possibly
    over the page's edge; page millimetres."""
    w_mm, h_mm = page.img.shape[1] / page.ppm, page.img.shape[0] / page.ppm
    top = page.quad[0, 1] / page.ppm if len(page.quad) else h_mm * 0.6
    side = rng.uniform(38, 51)
    bottom = top - rng.uniform(2.0, 8.0)
    cx = rng.uniform(0.2, 0.8) * w_mm
    sq = np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]], float) * side / 2
    t = np.radians(rng.uniform(-7, 7))
    rot = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
    sq = sq @ rot.T
    return sq + np.array([cx, bottom - sq[:, 1].max()])


def _raster(shape: tuple[int, int], pts: np.ndarray, closed_fill: bool, width: float) -> np.ndarray:
    m = np.zeros(shape, np.float32)
    p = [np.round(pts * 4).astype(np.int32)]  # 2 fractional bits, drawn anti-aliased
    if closed_fill:
        cv2.fillPoly(m, p, 1.0, cv2.LINE_AA, shift=2)
    else:
        cv2.polylines(m, p, True, 1.0, max(1, round(width)), cv2.LINE_AA, shift=2)
    return m


def _objects(rng: np.random.Generator, page: Page, scene: Scene, notes: list[str]) -> None:
    """A paper clip and/or a sticky note beside the zone with their shadows, checked clear
    of the zone (and 1 mm round it) on the page before they are drawn."""
    guard = _zone_guard(page, 1.0)
    ppm = page.ppm
    want_clip = rng.random() < 0.7
    want_note = not want_clip or rng.random() < 0.35
    light = rng.uniform(0.8, 2.2, 2) * np.array([rng.choice([-1, 1]), 1.0])  # shadow offset, mm
    hp, wp = page.img.shape[:2]
    drawn = []
    for what in ("note", "clip"):
        if (what == "note" and not want_note) or (what == "clip" and not want_clip):
            continue
        for _ in range(12):
            shapes = (
                [("paper", _note_shape(rng, page))] if what == "note" else _clip_shapes(rng, page)
            )
            wire = 0.8 * ppm
            obj = sum(
                (_raster((hp, wp), s * ppm, k == "paper", wire) for k, s in shapes),
                np.zeros((hp, wp), np.float32),
            )
            sh = sum(
                (_raster((hp, wp), (s + light) * ppm, k == "paper", wire) for k, s in shapes),
                np.zeros((hp, wp), np.float32),
            )
            sh = cv2.GaussianBlur(sh, (0, 0), 0.9 * ppm)
            if not (((obj > 0.01) | (sh > 0.03)) & (guard > 0)).any():
                break
        else:
            continue
        hs, ws = scene.img.shape[:2]
        pic = [(k, scene.fwd(s * ppm)) for k, s in shapes]
        wire_px = 0.8 * scene.ppm
        shadow = sum(
            (_raster((hs, ws), scene.fwd((s + light) * ppm), k == "paper", wire_px)
             for k, s in shapes),
            np.zeros((hs, ws), np.float32),
        )  # fmt: skip
        shadow = cv2.GaussianBlur(np.clip(shadow, 0, 1), (0, 0), 0.9 * scene.ppm)
        dark = rng.uniform(0.25, 0.45)
        scene.img[:] = scene.img * (1 - dark * shadow[..., None])
        if what == "note":
            colour = [(0.98, 0.92, 0.45), (0.98, 0.72, 0.8), (0.72, 0.95, 0.62)][
                int(rng.integers(3))
            ]
            m = _raster((hs, ws), pic[0][1], True, 1)[..., None]
            sheet = np.float32(colour) * (0.97 + 0.03 * rng.random((hs, ws, 1), np.float32))
            scene.img[:] = scene.img * (1 - m) + sheet * m
            notes.append(f"a sticky note above the zone (shadow {dark:.2f})")
        else:
            for _, s in pic:
                m = _raster((hs, ws), s, False, wire_px)[..., None]
                hi = _raster((hs, ws), s - [0.2 * scene.ppm] * 2, False, wire_px * 0.35)
                scene.img[:] = scene.img * (1 - m) + np.float32([0.62, 0.64, 0.68]) * m
                scene.img[:] += 0.3 * hi[..., None] * m
            notes.append(f"a paper clip over the side edge above the zone (shadow {dark:.2f})")
        drawn.append(what)
    if not drawn:
        notes.append("no object could lie clear of the zone")


def _blinds(rng: np.random.Generator, scene: Scene, notes: list[str]) -> None:
    """Low sun through a window's blinds: warm lit bands and cool shade across the page."""
    h, w = scene.img.shape[:2]
    theta = np.radians(rng.uniform(20, 70) * rng.choice([-1, 1]))
    period = rng.uniform(8, 18) * scene.ppm
    duty = rng.uniform(0.45, 0.65)
    soft = rng.uniform(0.08, 0.2)
    shade = rng.uniform(0.5, 0.68)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    u = ((xx * np.sin(theta) + yy * np.cos(theta)) / period + rng.uniform(0, 1)) % 1.0
    lit = np.clip((duty / 2 - np.abs(u - 0.5)) / soft + 0.5, 0, 1)
    lit = cv2.GaussianBlur(lit, (0, 0), 0.8)
    warm = np.float32([1.02, 0.98, 0.86])
    cool = np.float32([0.94, 0.98, 1.04]) * shade
    light = cool + (warm - cool) * lit[..., None]
    scene.img[:] = scene.img * light * rng.uniform(0.95, 1.02)
    notes.append(
        f"sun through blinds ({np.degrees(theta):.0f} degrees, period "
        f"{period / scene.ppm:.0f} mm, shade {shade:.2f})"
    )


def _bayer(rng: np.random.Generator, img: np.ndarray, notes: list[str]) -> np.ndarray:
    """A cheap camera module without an optical low-pass filter: one colour per pixel on an
    RGGB mosaic, demosaiced bilinearly (zipper edges and false colour along strokes)."""
    u8 = np.clip(img * 255, 0, 255).astype(np.uint8)
    h, w = u8.shape[:2]
    mosaic = np.empty((h, w), np.uint8)
    mosaic[0::2, 0::2] = u8[0::2, 0::2, 0]
    mosaic[0::2, 1::2] = u8[0::2, 1::2, 1]
    mosaic[1::2, 0::2] = u8[1::2, 0::2, 1]
    mosaic[1::2, 1::2] = u8[1::2, 1::2, 2]
    # OpenCV names Bayer patterns from the second row's second pixel: RGGB is its BG
    rgb = cv2.cvtColor(mosaic, cv2.COLOR_BayerBG2RGB).astype(np.float32) / 255.0
    amount = rng.uniform(0.5, 1.0)  # the module's sharpening, which the zipper feeds
    rgb = rgb + amount * (rgb - cv2.GaussianBlur(rgb, (0, 0), 1.0))
    notes.append(f"bayer mosaic demosaiced bilinearly, no low-pass filter, sharpened {amount:.2f}")
    return rgb


def _scan_app(
    rng: np.random.Generator, scene: Scene, page: Page, cap_target: float, notes: list[str]
) -> tuple[np.ndarray, np.ndarray]:
    """A phone's document-scanner app: it finds the page's corners (a little off), warps
    the page flat to its output size and 'enhances' it (paper divided out to white,
    contrast raised), grey in 60 %. Returns the picture and its page->picture map."""
    h, w = page.img.shape[:2]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    found = scene.fwd(src) + rng.normal(0, 0.5 * scene.ppm, (4, 2)).astype(np.float32)
    cap_mm = 2.42
    scale = cap_target / (cap_mm * page.ppm)
    ow, oh = round(w * scale), round(h * scale)
    dst = np.float32([[0, 0], [ow, 0], [ow, oh], [0, oh]])
    H2 = cv2.getPerspectiveTransform(found, dst)
    flat = cv2.warpPerspective(scene.img, H2, (ow, oh), flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_REPLICATE)  # fmt: skip
    grey = rng.random() < 0.6
    # the paper's level, estimated as apps do on a reduced picture (ink closed away)
    small = cv2.resize(flat, (max(8, ow // 4), max(8, oh // 4)), interpolation=cv2.INTER_AREA)
    k = max(3, round(0.3 * cap_target)) | 1
    bgd = cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    bgd = cv2.resize(cv2.GaussianBlur(bgd, (0, 0), 0.5 * cap_target), (ow, oh))
    norm = np.clip(flat / np.maximum(bgd, 0.05), 0, 1)
    if grey:
        norm = np.repeat(norm @ np.float32([[0.3], [0.59], [0.11]]), 3, -1)
    black, gamma = rng.uniform(0.15, 0.3), rng.uniform(1.1, 1.5)
    out = np.clip((norm - black) / (0.93 - black), 0, 1) ** gamma
    blur = cv2.GaussianBlur(out, (0, 0), 1.0)
    out = np.clip(out + 0.6 * (out - blur), 0, 1)
    notes.append(f"scanner app: corners found within {0.5:.1f} mm, flattened, "
                 f"{'grey' if grey else 'colour'} enhance (black {black:.2f})")  # fmt: skip
    return out, H2 @ scene.H


# -- the picture ----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Shot(Sample):
    valid: bool = False
    capture: str = ""
    font: str = ""
    face_kind: str = ""
    process: str = ""
    cap_px: float = 0.0
    mrz_quad: tuple[tuple[float, float], ...] = ()
    notes: str = ""


def _cap_px(H: np.ndarray, cells: np.ndarray) -> float:
    if not len(cells):
        return 0.0
    base = cv2.perspectiveTransform(np.float32(cells[:, :2]).reshape(-1, 1, 2), H)
    top = cv2.perspectiveTransform(np.float32(cells[:, [0, 2]]).reshape(-1, 1, 2), H)
    return float(np.linalg.norm((base - top).reshape(-1, 2), axis=1).mean())


def sample(seed: int, today: dt.date = dt.date(2026, 11, 27)) -> Shot:
    p = plan(seed, today)
    for name in (*{p.face.face(i, c) for i, x in enumerate(p.printed) for c in x}, "dejavu"):
        face_path(name)  # a missing face is an error, never a substitute
    for name in NEW_FACES:
        face_path(name)
    rng = np.random.default_rng([seed, 2525])
    notes = [f"capture {p.capture}"]
    if p.no_mrz:
        notes.append(f"no MRZ: a {p.blank}")
    else:
        notes += [f"face {p.face.label}", f"print {p.process}"]
        if p.misprint:
            notes.append(p.misprint)
    lo, hi = CAP_PX[p.capture]
    cap_target = rng.uniform(lo, hi)
    photo_cap = rng.uniform(11, 17) if p.capture == "scanapp" else cap_target
    oversample = 1.0 if p.capture == "bayer" else rng.uniform(1.1, 1.35)
    page = _page(rng, p, oversample * photo_cap / 2.42, notes)
    if p.capture == "stain":
        _stain(rng, page, notes)
    elif p.capture == "dogear":
        _dogear(rng, page, notes)
    turn = rng.uniform(-8, 8)
    keystone = rng.uniform(0.88, 1.0)
    scene = _place(rng, page, 1 / oversample, turn, keystone)
    notes.append(f"turned {turn:.1f} degrees, keystone {keystone:.2f}")
    if p.capture == "clip":
        _objects(rng, page, scene, notes)
    elif p.capture == "blinds":
        _blinds(rng, scene, notes)
    # the lens's softness; the camera module without a low-pass filter is sharper
    soft = rng.uniform(0.05, 0.25) if p.capture == "bayer" else rng.uniform(0.3, 0.7)
    img = cv2.GaussianBlur(scene.img, (0, 0), soft)
    noise = rng.uniform(0.008, 0.022)
    img = img + rng.normal(0, noise, img.shape[:2]).astype(np.float32)[..., None]
    img = img + rng.normal(0, noise / 2, img.shape).astype(np.float32)
    H = scene.H
    if p.capture == "bayer":
        img = _bayer(rng, img, notes)
    elif p.capture == "scanapp":
        img, H = _scan_app(rng, dataclasses.replace(scene, img=img), page,
                           cap_target, notes)  # fmt: skip
    quality = int(rng.integers(72, 92))
    bgr = cv2.cvtColor(np.clip(img * 255 + 0.5, 0, 255).astype(np.uint8), cv2.COLOR_RGB2BGR)
    ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    jpeg = buf.tobytes()
    decoded = cv2.imdecode(buf, cv2.IMREAD_COLOR)
    hpx, wpx = decoded.shape[:2]
    assert max(hpx, wpx) <= MAX_SIDE, (seed, decoded.shape)
    quad = (
        cv2.perspectiveTransform(page.quad.reshape(-1, 1, 2), H).reshape(-1, 2)
        if len(page.quad)
        else np.zeros((0, 2), np.float32)
    )
    assert (quad >= 0).all() and (quad[:, 0] < wpx).all() and (quad[:, 1] < hpx).all(), seed
    cap = _cap_px(H, page.cells)
    if not p.no_mrz:
        notes.append(f"capitals {cap:.1f} px")
    notes.append(f"JPEG {quality}")
    return Shot(
        seed,
        p.capture,
        p.fmt,
        p.printed,
        decoded,
        jpeg,
        valid=p.valid,
        capture=p.capture,
        font="" if p.no_mrz else p.face.label,
        face_kind="" if p.no_mrz else p.face.kind,
        process=p.process,
        cap_px=cap,
        mrz_quad=tuple((float(x), float(y)) for x, y in quad),
        notes="; ".join(notes),
    )
