"""A twenty-sixth document-photo generator: a held-out set, scored once by the lead.

Written without running the OCR and without reading its code, its models, the other
generators' bodies or any results. Read: bench/bench_mrz.py (how a generator is called,
FACE_KINDS), the `Sample` dataclass of tests/documents/synth.py, desktop/documents/mrz.py
(compose, parse) and layout.py, the docstrings and constants of bench/mrz_heldout21.py to
mrz_heldout25.py (past its constants, heldout25's face helpers were glimpsed, not used),
tests/documents/test_mrz_heldout25.py and scripts/setup-system.sh. Its rendering code was
written fresh for this set: its glyph setting (each glyph cut once to its ink, scaled by
area so that H is a capital high, centred in an equal cell of the pitch and moved by its
sub-pixel fraction), its deal of the quotas, its page and its capture pipeline (a pinhole
camera's homography, or a scanner's). Pillow draws glyphs and page text; OpenCV and numpy
the rest. It pictures what a Taiwan border counter is handed and leans on capture
conditions none of the twenty-first's to twenty-fifth's docstrings lists: a flatbed scan
with the lid left open (the room's darkness round the page, the booklet's page lifting off
the glass towards the spine), a phone held 30-40 degrees off the page's normal (strong
keystone, the pitch shrinking along the line when turned about the page's vertical axis),
a cheap lens's lateral chromatic aberration (colour fringes growing towards the corners),
a phone's night mode merging a misregistered frame (a faint displaced copy of every
stroke), a frame grabbed from an interlaced analogue document camera (combing between the
fields, chroma bleeding sideways), and a phone's LED flash close to the page in a dim room
(a bright middle falling off towards the edges). Near kin of earlier conditions: the
twenty-second's overhead keystone (0.55-0.75, here a hand-held phone at 30-40 degrees), the
twenty-fourth's vignetting with barrel distortion (here vignetting without distortion,
with colour fringes), the twenty-third's gutter (here the lifted page under a scanner, not
a bowed line), its motion blur (here a second, displaced copy, not a smear).

Content. TD3 passports (Taiwan most: nine-digit numbers and, as optional data, the holder's
national identification number, a letter, 1 or 2 by sex and eight digits, the last its own
check; then Japan, Korea, the US, Vietnam, the Philippines, Thailand, Indonesia, Malaysia,
Singapore, Hong Kong, Macao, India, the UK, Germany (D), France, the Netherlands, Canada,
Australia, New Zealand; Korea's half with a seven-digit optional number), TD1 cards
(Taiwan resident certificates about half, code "IR" and a ten-character number, a letter,
8 or 9, seven digits and its check, in ICAO's long-number form: an assumption, not quoted
from a specimen; then German, Dutch, Belgian (twelve-digit long numbers), Spanish, Italian
and Polish identity cards), TD2 (crew member certificates "AC" of Taiwan, Japan, Korea and
the Philippines; Romanian identity cards), visa foils MRV-A and MRV-B (Taiwan's most, then
Japan's, the US's, Korea's, Canada's) for holders of other states. Names from this
module's own lists per region (Taiwan's in Wade-Giles, two given syllables; elsewhere one
in five with a second given name, cut by `mrz.compose` when it overflows). The truth is
`mrz.compose`'s lines (`Plan.fields` is what it was given), expiry after the bench's
today. About one MRZ in ten is printed invalid (`valid` False, the truth is the printed
lines): per block of 200 seeds 12 with one check digit wrong and 8 with a digit where only
letters may stand (a name's or a state code's O, D, Q, I, S, B, Z or G printed as the digit
it resembles). One picture in twenty-five is a page without an MRZ (`lines` empty,
`format` "none", `valid` False): a booklet's visa page with entry stamps (5 per 200) or a
card's front (3). Formats, captures, face kinds, hybrid kinds, new faces, blanks and
misprints are dealt, not drawn: each block of 200 seeds from SEED shuffles decks holding
the quotas exactly.

Sizes (ICAO 9303 part 3: OCR-B size I at a 2.54 mm pitch; parts 4-7: ID-1 85.6x54, ID-2
105x74, ID-3 125x88 mm, MRV-A 120x80 and MRV-B 105x74 mm foils on a 125x88 booklet page;
ID-1's corner radius 3.18 mm). This set's assumptions (not quoted figures): the pitch
0.985-1.015 of 2.54 mm per document; capitals 2.35-2.50 mm high; lines 4.0-4.5 mm apart
(TD1 3.6-4.2 mm), the last baseline 4.6-5.6 mm (TD1 3.5-4.3 mm) above the document's
bottom edge; the zone centred on its document within 0.7 mm; a foil 1.5-3 mm above its
page's bottom edge; a booklet's page lifting off a scanner's glass over 6-14 mm from the
spine; phones 140-350 mm from the page.

Faces (FACE_QUOTA of the 192 MRZ slots per 200, as heldout25's, with its labels): "ocrb"
(82 %) OCR-B Regular (fonts-ocr-b). "hybrid" (9 %): an OCR-B MRZ where three to six
look-alike glyphs (of 0 O D 8 B 1 I 5 S 2 Z 6 G printed in the zone; every occurrence) or
one whole line come from a new face. "other" (9 %): the whole MRZ in a new face. New
faces, named by no other file under bench/, scripts/ or tests/, installed on this machine
for this set (2026-12-07, Debian 12's apt): Setofont (fonts-seto, setofont.ttf, a rounded
hand-lettered Japanese face whose Latin is fixed pitch), Tuffy Bold (fonts-tuffy,
Tuffy_Bold.ttf, a humanist sans) and Comfortaa Bold (fonts-comfortaa,
Comfortaa-Bold.ttf, a rounded geometric sans whose O is a circle); Tuffy's and Comfortaa's
Latin is proportional. Every face is set on the fixed pitch: a glyph's ink is scaled so
that H's ink is as tall as the zone's capitals, stands where its face puts it on the
baseline and is centred in its cell (narrowed to 88 % of the pitch when wider).
scripts/setup-system.sh installs the faces; a missing face raises FileNotFoundError naming
its package: this module never substitutes a face. Page labels and data are in DejaVu
Sans.

Print process (drawn per format): passports laser 50 %, inkjet 15 %, engraved 35 %; TD1
cards engraved 85 %, laser 15 %; TD2 laser 70 %, thermal 30 %; visa foils inkjet 55 %,
thermal 45 %. Ink reflectance (each 0.88-1.12 times): "laser" 0.08 black; "inkjet"
blue-black (0.11, 0.13, 0.25), spread and mottled; "engraved" grey 0.34 and narrower;
"thermal" brownish grey (0.42, 0.37, 0.32), fading along the line (to 70-90 %) and in
patches.

Captures (CAPTURE_QUOTA; capitals aimed at CAP_PX, the mean over the zone's end cells).
Phone captures lay the page on a desk (wood, grey, dark blue or beige) with its drop
shadow, drawn at 1.0-1.15 times the picture's resolution where the page is nearest and
warped by the camera's homography; every picture gets sensor noise (luminance and half as
much per channel, stronger in the dark) and JPEG.
- lidopen: a flatbed at 200, 240 or 300 dpi, skew up to 2 degrees, the lid open: round the
  page the room's darkness (0.025-0.06 with a faint glow from one side); a booklet's page
  lifting off the glass at its spine (its top 6-14 mm blurred by 1.5-3 scanner pixels and
  shaded to 35-60 % at the edge); the lamp's row-to-row gain; JPEG 82-94.
- oblique: the camera 30-40 degrees off the page's normal, about the page's vertical axis
  in 60 % (the pitch shrinks along the line) and its horizontal axis in the rest, 180-280
  mm away, turned up to 8 degrees; the far end blurred (to 0.5-1.0 px); JPEG 72-90.
- fringe: red and blue images scaled apart about the picture's centre (0.7-1.6 px at the
  zone's farthest corner), blue focused softer (0.5-0.9 px), vignetting (corners at
  70-85 %); tilted up to 8 degrees; JPEG 74-90.
- ghost: night mode in a dim room: a second frame displaced by 0.08-0.18 of a capital,
  merged at 15-30 %, a warm cast, noise (s.d. 0.02-0.035) then reduced (luminance
  bilateral, chroma blurred); tilted up to 12 degrees; JPEG 70-88.
- interlace: a 720x576 (70 %) or 720x480 frame of an interlaced camera: the odd field
  0.8-2.5 px sideways of the even one, chroma blurred sideways (1.5-3 px), luma ringing
  (0.3-0.6); capitals 12-17 px, lower where a TD3 zone must fit 94 % of the width;
  JPEG 78-90.
- flash: the LED flash beside the lens: light falling off as (1 + r^2/r0^2)^-2 from a spot
  near the picture's middle, 50-65 % of it left at the zone's farthest corner, ambient
  light 6-14 %, a hard small shadow, the flash's cool white; JPEG 74-90.
Every MRZ lies wholly inside its picture (sample() asserts it). Not modelled here (earlier
sets did them): readers' infrared and ultraviolet light, holograms, glare and sleeves,
thumbs and fingers, glass partitions, gutters bowing the lines, barrel distortion,
over-sharpening and HDR halos, tungsten casts, screens, faxes, photocopies, rolling
shutter, motion smear. The page's labels and portrait are schematic.

The 200 scored seeds (3 700 000-3 700 199, today 2026-11-27) are counted by
`scored_mix()` (the draws before rendering) and checked against SCORED_MIX by the tests:
formats TD3 122 (TWN 50), TD1 34 (Taiwan resident certificates 15), TD2 10, MRV-A 18,
MRV-B 8, no MRZ 8 (visa pages 5, card fronts 3); printed invalid 20 (10.4 % of the 192
MRZs; 12 a check digit, 8 a digit among letters); captures lidopen 34, oblique 34, fringe
34, ghost 32, interlace 32, flash 34; faces (of the 192 MRZs) ocrb 158 (82.3 %), hybrid 17
(11 with glyphs, 6 with a line), other 17 (8.9 %); the new faces (hybrid or whole) seto
12, tuffy 11, comfortaa 11; print processes laser 65, inkjet 42, engraved 72, thermal 13.
Rendering the 200 (one run of this code, not re-checked by the tests: rendering 200
pictures is slow; the draws above are checked): lid-open scans 34 (200 dpi 8, 240 dpi 13,
300 dpi 13), booklet pages lifted at the spine 26; oblique phones 34, 16 about the page's
vertical axis (the zone's far end 0.71-0.84 as tall as its near end) and 18 about its
horizontal axis (one a page without an MRZ); chromatic aberration 34 (0.70-1.52 px at the
zone's far corner); night-mode ghosts 32; interlaced frames 32 (576 lines 24, 480 lines
8); LED flash 34; JPEG quality 70-94, below 80 in 61. Capitals (cap_px): lidopen 18.7-29.5
px, oblique 15.0-22.7 (the far end's about 12.7 or more, estimated from the zone's end
heights), fringe 15.1-23.9, ghost 15.2-23.9, interlace 12.4-16.1, flash 15.5-23.9.
Pictures from 600x411 to 1999x1369 px (smallest and largest by area, none over 1999 px a
side); every zone inside its picture; grey s.d. 25.3 or more in the zone's box (33.7 or
more over a picture without an MRZ). CPU time a picture on this shared machine (2 cores,
load 4.4-7.1 from other helpers): median 0.28 s, mean 0.33 s, at most 1.58 s.
Seeds 3 700 200-3 700 599 render too (no assertion fails).
Deterministic per seed; seeds start at SEED = 3 700 000. `sample(seed, today=...)` returns
a Shot: a Sample (tests/documents/synth.py's fields, level = the capture) with the verdict
`valid`, `capture`, `font` (the face's label), `face_kind`, `process`, `cap_px` (capitals'
height in the picture, mean over the end cells of the first and last lines), `mrz_quad`
(the zone's corners in the picture) and `notes` (capture, face, print process, capitals
and every effect applied).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
from collections import Counter
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop.documents import layout
from desktop.documents.mrz import compose
from tests.documents.synth import Sample

SEED = 3_700_000
BLOCK = 200

FORMAT_QUOTA = {"TD3": 122, "TD1": 34, "TD2": 10, "MRV-A": 18, "MRV-B": 8, "none": 8}
BLANK_QUOTA = {"visa page": 5, "card front": 3}
CAPTURE_QUOTA = {
    "lidopen": 34, "oblique": 34, "fringe": 34, "ghost": 32, "interlace": 32, "flash": 34,
}  # fmt: skip
CAPTURES = tuple(CAPTURE_QUOTA)
FACE_QUOTA = {"ocrb": 158, "hybrid": 17, "other": 17}  # of the 192 MRZ slots, as heldout25
HYBRID_QUOTA = {"glyphs": 11, "line": 6}
NEW_FACE_QUOTA = {"seto": 12, "tuffy": 11, "comfortaa": 11}
INVALID_QUOTA = 20
CHECK_DIGIT_MISPRINTS = 12
PROCESSES = ("laser", "inkjet", "engraved", "thermal")
LOOKALIKES = "0OD8B1I5S2Z6G"
DIGIT_FOR = {"O": "0", "D": "0", "Q": "0", "I": "1", "S": "5", "B": "8", "Z": "2", "G": "6"}

FONT_ROOT = Path("/usr/share/fonts")
FACES = {  # label: (file under FONT_ROOT, Debian package)
    "ocrb": ("opentype/ocr-b/OCRB.otf", "fonts-ocr-b"),
    "seto": ("truetype/seto/setofont.ttf", "fonts-seto"),
    "tuffy": ("truetype/tuffy/Tuffy_Bold.ttf", "fonts-tuffy"),
    "comfortaa": ("truetype/comfortaa/Comfortaa-Bold.ttf", "fonts-comfortaa"),
}
PAGE_FACES = {"dejavu": ("truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core")}
NEW_FACES = tuple(NEW_FACE_QUOTA)
PACKAGES = ("fonts-seto", "fonts-tuffy", "fonts-comfortaa")

CAP_PX = {  # capitals' height in the picture aimed at (mean over the zone's end cells)
    "lidopen": (18.0, 29.0),  # fixed by the scanner's dpi: 200-300
    "oblique": (15.0, 23.0),
    "fringe": (15.0, 24.0),
    "ghost": (15.0, 24.0),
    "interlace": (12.0, 17.0),  # a 720-pixel frame: TD3 capped where the zone must fit
    "flash": (15.0, 24.0),
}
MAX_SIDE = 2000

DOC_MM = {  # the document drawn: a booklet's page or a card (mm)
    "TD3": (125.0, 88.0), "MRV-A": (125.0, 88.0), "MRV-B": (125.0, 88.0),
    "TD1": (85.6, 54.0), "TD2": (105.0, 74.0), "visa page": (125.0, 88.0),
    "card front": (85.6, 54.0),
}  # fmt: skip
FOIL_MM = {"MRV-A": (120.0, 80.0), "MRV-B": (105.0, 74.0)}

SCORED_MIX = {  # scored_mix(2026-11-27), stated in the docstring; the tests check both
    "TD3": 122, "TD3 TWN": 50, "TD1": 34, "TD1 TWN": 15, "TD2": 10, "MRV-A": 18, "MRV-B": 8,
    "none": 8, "visa page": 5, "card front": 3, "invalid": 20,
    "lidopen": 34, "oblique": 34, "fringe": 34, "ghost": 32, "interlace": 32, "flash": 34,
    "face ocrb": 158, "face hybrid": 17, "face other": 17,
    "seto": 12, "tuffy": 11, "comfortaa": 11,
    "laser": 65, "inkjet": 42, "engraved": 72, "thermal": 13,
}  # fmt: skip


# -- faces and glyphs -------------------------------------------------------------------


def face_path(name: str) -> Path:
    """The face's file; FileNotFoundError naming its package when it is not installed."""
    rel, package = {**FACES, **PAGE_FACES}[name]
    path = FONT_ROOT / rel
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} is not installed: apt-get install {package} "
            "(scripts/setup-system.sh); bench/mrz_heldout26.py never substitutes a face"
        )
    return path


@functools.cache
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(face_path(name)), size)


REF = 96  # H's ink height at which every face's glyphs are cut once


@dataclasses.dataclass(frozen=True)
class Cut:
    """A glyph's ink cut at REF: coverage, and its box's bottom relative to the baseline
    (positive below it)."""

    ink: np.ndarray
    below: float


@functools.cache
def _face_size(name: str) -> int:
    """The font size at which H's ink is REF pixels tall (measured from the outline's
    mask, not the face's metrics: faces disagree on what a cap height is)."""
    probe = 400
    box = font(name, probe).getmask("H").getbbox()
    assert box is not None
    return max(8, round(probe * REF / (box[3] - box[1])))


@functools.cache
def cut(name: str, ch: str) -> Cut:
    """`ch` of face `name`, cropped to its ink, H being REF pixels tall."""
    f = font(name, _face_size(name))
    pad = REF
    left, top, right, bottom = f.getbbox(ch, anchor="ls")
    canvas = Image.new("L", (right - left + 2 * pad, bottom - top + 2 * pad), 0)
    ImageDraw.Draw(canvas).text((pad - left, pad - top), ch, font=f, fill=255, anchor="ls")
    a = np.asarray(canvas, np.float32) / 255.0
    rows, cols = np.flatnonzero(a.max(1) > 0.02), np.flatnonzero(a.max(0) > 0.02)
    if not len(rows):  # nothing to draw (never for the MRZ alphabet)
        return Cut(np.zeros((1, 1), np.float32), 0.0)
    baseline = pad - top
    ink = a[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    return Cut(np.ascontiguousarray(ink), float(rows[-1] + 1 - baseline))


def set_line(
    canvas: np.ndarray, text: str, faces: list[str], x0: float, base: float, pitch: float,
    cap: float, squeeze: float = 0.88,
) -> None:  # fmt: skip
    """Sets `text` on `canvas` (coverage, max-combined) on a fixed pitch: cell k spans
    x0 + k*pitch .. +pitch, every glyph scaled so that H is `cap` tall, its ink centred
    in the cell (narrowed to `squeeze` of the pitch when wider) and standing on `base`
    where its face puts it. Placement is sub-pixel: the glyph is resized by area, then
    moved by its fraction with a bilinear shift."""
    k = cap / REF
    for i, ch in enumerate(text):
        c = cut(faces[i], ch)
        h, w = c.ink.shape
        tw, th = w * k, h * k
        if tw > squeeze * pitch:
            tw = squeeze * pitch
        iw, ih = max(1, round(tw)), max(1, round(th))
        small = cv2.resize(c.ink, (iw, ih), interpolation=cv2.INTER_AREA)
        cx = x0 + (i + 0.5) * pitch
        left, top = cx - tw / 2, base + c.below * k - th
        ix, iy = math.floor(left), math.floor(top)
        fx, fy = left - ix, top - iy
        m = np.float32([[tw / iw, 0, fx], [0, th / ih, fy]])
        patch = cv2.warpAffine(small, m, (iw + 2, ih + 2), flags=cv2.INTER_LINEAR)
        y0, x0c = iy, ix
        ys, xs = max(0, -y0), max(0, -x0c)
        ye = min(patch.shape[0], canvas.shape[0] - y0)
        xe = min(patch.shape[1], canvas.shape[1] - x0c)
        if ye <= ys or xe <= xs:
            continue
        region = canvas[y0 + ys : y0 + ye, x0c + xs : x0c + xe]
        np.maximum(region, patch[ys:ye, xs:xe], out=region)


# -- content: what a Taiwan counter is handed -----------------------------------------------

TW_LETTER = {c: v for v, c in enumerate("ABCDEFGHJKLMNPQRSTUVXYWZIO", start=10)}


def _words(text: str) -> list[str]:
    return text.split()


SURNAMES = {
    "tw": _words(
        "CHEN LIN HUANG CHANG LI WANG WU LIU TSAI YANG HSU CHENG HSIEH KUO HUNG TSENG "
        "CHIU LIAO LAI CHOU YEH SU CHUANG LU CHIANG HO KAO PAN CHIEN YU FAN TUNG HSIAO LO"
    ),
    "jp": _words(
        "TAKAHASHI WATANABE YAMAMOTO NAKAMURA KOBAYASHI KATO YOSHIDA YAMADA SASAKI "
        "MATSUMOTO INOUE KIMURA SHIMIZU HAYASHI MORI IKEDA"
    ),
    "kr": _words("KIM LEE PARK CHOI JUNG KANG CHO YOON JANG LIM HAN OH SEO SHIN KWON HWANG"),
    "sea": _words(
        "NGUYEN TRAN PHAM HOANG DANG BUI SANTOS REYES CRUZ BAUTISTA MENDOZA SRISUK "
        "WONGSAWAT THONGDEE WIJAYA SANTOSO HIDAYAT SETIAWAN TAN LIM ONG GOH ABDULLAH"
    ),
    "west": _words(
        "SMITH JOHNSON MUELLER SCHMIDT DUBOIS MARTIN JANSSEN PEETERS GARCIA ROSSI "
        "BIANCHI KOWALSKI NOWAK BROWN WILSON TAYLOR OCONNOR FISCHER LAMBERT DIJKSTRA"
    ),
    "in": _words("SHARMA PATEL REDDY IYER GUPTA NAIR SINGH DESAI"),
}
GIVEN = {
    "tw": _words(
        "CHIA HSIN YU TING WEI CHUN MEI HAO PEI YI CHIH MING HUI SHU CHING KAI TZU HSUAN "
        "JUI PO YEN FANG TSUNG HUA"
    ),
    "jp": _words("HARUTO YUI SOTA AOI REN HINA DAIKI MISAKI KENTA NAOMI SHOTA AYAKA"),
    "kr": _words("MINJUN SEOYEON JIHOON HAEUN DOYUN SUBIN JIWOO YEJIN SEUNGHO DABIN"),
    "sea": _words(
        "ANH HOA TUAN LINH JOSE ANGELICA MARIA SOMCHAI KANYA NATTAPONG AGUS DEWI BUDI "
        "RINI SITI AHMAD WEI LING"
    ),
    "west": _words(
        "ANNA THOMAS SOPHIE LUCAS EMMA DAVID CLAIRE MARCO GIULIA PIOTR OLIVIA JAMES "
        "HANNAH PIETER ZOE BRIDGET"
    ),
    "in": _words("ANANYA ROHAN PRIYA ARJUN DIVYA SIDDHARTH"),
}
# state: (region, passport number pattern: L letter, N digit, A either)
PASSPORTS = {
    "TWN": ("tw", "NNNNNNNNN"), "JPN": ("jp", "LLNNNNNNN"), "KOR": ("kr", "LNNNNNNNN"),
    "USA": ("west", "NNNNNNNNN"), "VNM": ("sea", "LNNNNNNN"), "PHL": ("sea", "LNNNNNNNL"),
    "THA": ("sea", "LLNNNNNNN"), "IDN": ("sea", "LNNNNNNN"), "MYS": ("sea", "LNNNNNNNN"),
    "SGP": ("sea", "LNNNNNNNL"), "HKG": ("tw", "LNNNNNNNN"), "MAC": ("tw", "LLNNNNNNN"),
    "IND": ("in", "LNNNNNNN"), "GBR": ("west", "NNNNNNNNN"), "D": ("west", "LAAAAAAAA"),
    "FRA": ("west", "NNLLNNNNN"), "NLD": ("west", "LLAAAAAAN"), "CAN": ("west", "LLNNNNNN"),
    "AUS": ("west", "LNNNNNNN"), "NZL": ("west", "LLNNNNNN"),
}  # fmt: skip
PASSPORT_WEIGHTS = {"TWN": 36.0}  # the rest share the remainder evenly
CARDS = {  # TD1 identity cards: state: (region, code, number pattern)
    "D": ("west", "ID", "LAAAAAAAA"), "NLD": ("west", "I<", "LLAAAAAAN"),
    "BEL": ("west", "ID", "NNNNNNNNNNNN"), "ESP": ("west", "ID", "LLLNNNNNN"),
    "ITA": ("west", "CI", "LLNNNNNLL"), "POL": ("west", "ID", "LLLNNNNNN"),
}  # fmt: skip
CREW = ("TWN", "JPN", "KOR", "PHL")
VISA_ISSUERS = {"TWN": 0.55, "JPN": 0.12, "USA": 0.12, "KOR": 0.11, "CAN": 0.10}
VISA_NUMBER = {"TWN": "NNNNNNNNN", "JPN": "LLNNNNNNN", "USA": "NNNNNNNN",
               "KOR": "NNNNNNNN", "CAN": "LLNNNNNN"}  # fmt: skip


def _pattern(rng: np.random.Generator, pattern: str) -> str:
    digits, letters = layout.DIGITS, layout.LETTERS
    out = []
    for p in pattern:
        pool = digits if p == "N" else letters if p == "L" else digits + letters
        out.append(pool[int(rng.integers(len(pool)))])
    return "".join(out)


def _taiwan_id(rng: np.random.Generator, second: str) -> str:
    """A national identification (second 1 or 2) or resident (8 or 9) number: a letter,
    eight digits and a check that makes the weighted sum a multiple of ten."""
    letter = list(TW_LETTER)[int(rng.integers(len(TW_LETTER)))]
    tail = [int(second), *(int(d) for d in rng.integers(0, 10, 7))]
    code = TW_LETTER[letter]  # the letter counts as two digits, weighted 1 and 9
    weighted = code // 10 + 9 * (code % 10)
    weighted += sum(w * d for w, d in zip(range(8, 0, -1), tail, strict=True))
    return letter + "".join(map(str, tail)) + str(-weighted % 10)


def _name(rng: np.random.Generator, region: str) -> tuple[str, str]:
    sur = str(rng.choice(SURNAMES[region]))
    given = GIVEN[region]
    if region == "tw":  # two syllables, hyphenated on the page: two words in the MRZ
        return sur, f"{rng.choice(given)} {rng.choice(given)}"
    first = str(rng.choice(given))
    if rng.random() < 0.2:
        first += " " + str(rng.choice(given))
    return sur, first


def _dates(rng: np.random.Generator, today: dt.date, years: int) -> tuple[dt.date, dt.date]:
    birth = today - dt.timedelta(days=int(rng.integers(18 * 365, 78 * 365)))
    expiry = today + dt.timedelta(days=int(rng.integers(30, years * 365)))
    return birth, expiry


def _pick(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _fields(rng: np.random.Generator, fmt: str, today: dt.date) -> dict[str, object]:
    sex = ("M", "F")[int(rng.integers(2))]
    if fmt == "TD3":
        weights = {s: PASSPORT_WEIGHTS.get(s, 64.0 / (len(PASSPORTS) - 1)) for s in PASSPORTS}
        state = _pick(rng, weights)
        region, pattern = PASSPORTS[state]
        sur, given = _name(rng, region)
        birth, expiry = _dates(rng, today, 10)
        opt = _taiwan_id(rng, "1" if sex == "M" else "2") if state == "TWN" else ""
        if state == "KOR" and rng.random() < 0.5:
            opt = _pattern(rng, "NNNNNNN")
        return dict(
            document_code="P<",
            issuing_state=state,
            surname=sur,
            given_names=given,
            document_number=_pattern(rng, pattern),
            nationality=state,
            birth_date=birth,
            sex=sex,
            expiry_date=expiry,
            optional_data=opt,
        )
    if fmt == "TD1":
        birth, expiry = _dates(rng, today, 5)
        if rng.random() < 0.47:  # a Taiwan resident certificate for a foreign holder
            nat = str(rng.choice(["IDN", "VNM", "PHL", "THA", "JPN", "USA", "MYS", "IND"]))
            sur, given = _name(rng, PASSPORTS[nat][0])
            return dict(
                document_code="IR",
                issuing_state="TWN",
                surname=sur,
                given_names=given,
                document_number=_taiwan_id(rng, str(rng.choice(["8", "9"]))),
                nationality=nat,
                birth_date=birth,
                sex=sex,
                expiry_date=expiry,
            )
        state = str(rng.choice(list(CARDS)))
        region, code, pattern = CARDS[state]
        sur, given = _name(rng, region)
        return dict(
            document_code=code,
            issuing_state=state,
            surname=sur,
            given_names=given,
            document_number=_pattern(rng, pattern),
            nationality=state,
            birth_date=birth,
            sex=sex,
            expiry_date=expiry,
            optional_data_2=_pattern(rng, "NNNNNN"),
        )
    if fmt == "TD2":
        birth, expiry = _dates(rng, today, 5)
        if rng.random() < 0.75:  # crew member certificates
            state = str(rng.choice(CREW))
            sur, given = _name(rng, PASSPORTS[state][0])
            return dict(
                document_code="AC",
                issuing_state=state,
                surname=sur,
                given_names=given,
                document_number=_pattern(rng, "LNNNNNNN"),
                nationality=state,
                birth_date=birth,
                sex=sex,
                expiry_date=expiry,
            )
        sur, given = _name(rng, "west")
        return dict(
            document_code="ID",
            issuing_state="ROU",
            surname=sur,
            given_names=given,
            document_number=_pattern(rng, "LLNNNNNN"),
            nationality="ROU",
            birth_date=birth,
            sex=sex,
            expiry_date=expiry,
            optional_data=_pattern(rng, "NNNNNNN"),
        )
    issuer = _pick(rng, VISA_ISSUERS)
    nat = str(rng.choice([s for s in PASSPORTS if s != issuer]))
    sur, given = _name(rng, PASSPORTS[nat][0])
    birth, _ = _dates(rng, today, 1)
    expiry = today + dt.timedelta(days=int(rng.integers(30, 3 * 365)))
    return dict(
        document_code="V<",
        issuing_state=issuer,
        surname=sur,
        given_names=given,
        document_number=_pattern(rng, VISA_NUMBER[issuer]),
        nationality=nat,
        birth_date=birth,
        sex=sex,
        expiry_date=expiry,
    )


# -- the plan: everything decided before a pixel is drawn ------------------------------------


@dataclasses.dataclass(frozen=True)
class Face:
    """Which face prints which glyph: `kind` ocrb, hybrid or other; `other` the new face
    (empty for ocrb); a hybrid swaps `glyphs` (every occurrence) or line `line`."""

    kind: str
    other: str = ""
    glyphs: str = ""
    line: int = -1

    def face(self, line: int, ch: str) -> str:
        if self.kind == "other":
            return self.other
        if self.kind == "hybrid" and (ch in self.glyphs if self.glyphs else line == self.line):
            return self.other
        return "ocrb"

    @property
    def label(self) -> str:
        return (
            self.other
            if self.kind == "other"
            else (f"ocrb+{self.other}" if self.kind == "hybrid" else "ocrb")
        )


@dataclasses.dataclass(frozen=True)
class Plan:
    seed: int
    fmt: str  # "none" for a page without an MRZ
    capture: str
    blank: str = ""  # "visa page" or "card front" when there is no MRZ
    face: Face = Face("ocrb")
    process: str = ""
    misprint: str = ""  # "" or "invalid as printed: ..."
    fields: tuple[tuple[str, object], ...] = ()
    composed: tuple[str, ...] = ()
    printed: tuple[str, ...] = ()
    valid: bool = False

    @property
    def no_mrz(self) -> bool:
        return self.fmt == "none"


def _deck(rng: np.random.Generator, quota: dict[str, int]) -> list[str]:
    cards = list(Counter(quota).elements())
    return [cards[i] for i in rng.permutation(len(cards))]


@dataclasses.dataclass(frozen=True)
class Deal:
    """One block's cards, dealt to its 200 positions."""

    fmt: list[str]
    capture: list[str]
    blank: dict[int, str]
    face: dict[int, str]
    other: dict[int, str]
    hybrid: dict[int, str]
    misprint: dict[int, str]


@functools.cache
def deal(block: int) -> Deal:
    rng = np.random.default_rng([SEED, 26, block])
    fmt = _deck(rng, FORMAT_QUOTA)
    capture = _deck(rng, CAPTURE_QUOTA)
    slots = [i for i, f in enumerate(fmt) if f != "none"]
    blanks = [i for i, f in enumerate(fmt) if f == "none"]
    blank = dict(zip(blanks, _deck(rng, BLANK_QUOTA), strict=True))
    face = dict(zip(slots, _deck(rng, FACE_QUOTA), strict=True))
    new = [i for i in slots if face[i] != "ocrb"]
    other = dict(zip(new, _deck(rng, NEW_FACE_QUOTA), strict=True))
    hyb = [i for i in slots if face[i] == "hybrid"]
    hybrid = dict(zip(hyb, _deck(rng, HYBRID_QUOTA), strict=True))
    wrong = {"check": CHECK_DIGIT_MISPRINTS, "letters": INVALID_QUOTA - CHECK_DIGIT_MISPRINTS}
    misprint = dict(zip(slots, _deck(rng, {**wrong, "": len(slots) - INVALID_QUOTA}), strict=True))
    return Deal(fmt, capture, blank, face, other, hybrid, misprint)


PROCESS_WEIGHTS = {
    "TD3": {"laser": 0.5, "inkjet": 0.15, "engraved": 0.35},
    "TD1": {"engraved": 0.85, "laser": 0.15},
    "TD2": {"laser": 0.7, "thermal": 0.3},
    "MRV-A": {"inkjet": 0.55, "thermal": 0.45},
    "MRV-B": {"inkjet": 0.55, "thermal": 0.45},
}


def _misprint(
    rng: np.random.Generator, fmt: str, lines: tuple[str, ...], kind: str
) -> tuple[tuple[str, ...], str] | None:
    """The lines with one error of `kind`, and its description; None when the lines offer
    no place for it (a letters misprint needs one of DIGIT_FOR's letters in an alpha
    field)."""
    lay = layout.layout(fmt)
    if kind == "check":
        spots = [(c.line, c.pos, c.name) for c in lay.checks if lines[c.line][c.pos].isdigit()]
        line, pos, name = spots[int(rng.integers(len(spots)))]
        new = str((int(lines[line][pos]) + int(rng.integers(1, 10))) % 10)
        what = f"invalid as printed: the {name} check digit {lines[line][pos]} printed {new}"
    else:
        alpha = {"names", "issuing_state", "nationality"}
        spots = [
            (f.line, p, f.name)
            for f in lay.fields
            if f.name in alpha
            for p in range(f.start, f.stop)
            if lines[f.line][p] in DIGIT_FOR
        ]
        if not spots:
            return None
        line, pos, name = spots[int(rng.integers(len(spots)))]
        new = DIGIT_FOR[lines[line][pos]]
        what = f"invalid as printed: {lines[line][pos]} of the {name} printed as the digit {new}"
    text = lines[line]
    out = tuple(text[:pos] + new + text[pos + 1 :] if i == line else x for i, x in enumerate(lines))
    return out, what


@functools.cache
def plan(seed: int, today: dt.date) -> Plan:
    block, i = divmod(seed - SEED, BLOCK)
    d = deal(block)
    fmt, capture = d.fmt[i], d.capture[i]
    rng = np.random.default_rng([seed, 2626])
    if fmt == "none":
        return Plan(seed, fmt, capture, blank=d.blank[i])
    process = _pick(rng, PROCESS_WEIGHTS[fmt])
    for _ in range(200):  # a letters misprint needs a letter it can turn into a digit
        given = _fields(rng, fmt, today)
        truth = compose(fmt, **given)  # type: ignore[arg-type]
        printed, misprint = truth, ""
        if d.misprint[i]:
            made = _misprint(rng, fmt, truth, d.misprint[i])
            if made is None:
                continue
            printed, misprint = made
        break
    else:  # pragma: no cover - the name lists make this unreachable
        raise AssertionError(f"seed {seed}: no place for a misprint")
    kind, other = d.face[i], d.other.get(i, "")
    face = Face(kind, other)
    if kind == "hybrid" and d.hybrid[i] == "glyphs":
        ink = "".join(printed)
        present = [c for c in LOOKALIKES if c in ink]
        n = min(len(present), 3 + int(rng.integers(4)))
        glyphs = "".join(sorted(rng.choice(present, n, replace=False), key=LOOKALIKES.index))
        face = Face(kind, other, glyphs=glyphs)
    elif kind == "hybrid":
        face = Face(kind, other, line=int(rng.integers(len(printed))))
    return Plan(
        seed,
        fmt,
        capture,
        face=face,
        process=process,
        misprint=misprint,
        fields=tuple(sorted(given.items())),
        composed=truth,
        printed=printed,
        valid=not misprint,
    )


def scored_mix(today: dt.date) -> dict[str, int]:
    """The scored 200's draws, counted (the docstring states them; the tests check)."""
    plans = [plan(s, today) for s in range(SEED, SEED + BLOCK)]
    mrz = [p for p in plans if not p.no_mrz]
    c: Counter[str] = Counter()
    for p in plans:
        c[p.fmt] += 1
        c[p.capture] += 1
        if p.no_mrz:
            c[p.blank] += 1
            continue
        if p.fmt in ("TD3", "TD1") and dict(p.fields)["issuing_state"] == "TWN":
            c[f"{p.fmt} TWN"] += 1
        if not p.valid:
            c["invalid"] += 1
        c[f"face {p.face.kind}"] += 1
        if p.face.other:
            c[p.face.other] += 1
        c[p.process] += 1
    assert len(mrz) == BLOCK - FORMAT_QUOTA["none"]
    return dict(c)


# -- the page: paper, schematic print, the MRZ -----------------------------------------------

INK = {  # reflectance per channel (R, G, B) of each print process
    "laser": (0.08, 0.08, 0.09),
    "inkjet": (0.11, 0.13, 0.25),
    "engraved": (0.34, 0.34, 0.35),
    "thermal": (0.42, 0.37, 0.32),
}


@dataclasses.dataclass
class Page:
    img: np.ndarray  # float32 RGB 0..1, the document at `res` px per mm
    alpha: np.ndarray  # float32 0..1: where the document is
    res: float
    size_mm: tuple[float, float]
    cells: list[tuple[float, float, float]]  # (x mm, baseline mm, cap mm) at the zone's ends
    zone_mm: tuple[float, float, float, float]  # x0, top, x1, bottom of the zone's ink


def _paper(rng: np.random.Generator, w: int, h: int, res: float, card: bool) -> np.ndarray:
    """A pale tinted ground with a guilloche of interfering waves (faint: 2-5 %)."""
    tint = np.array(
        [(0.95, 0.94, 0.90), (0.92, 0.95, 0.96), (0.93, 0.96, 0.92), (0.96, 0.93, 0.93)][
            int(rng.integers(4))
        ],
        np.float32,
    )
    if card:
        tint = tint * np.float32(rng.uniform(0.93, 1.0))
    y, x = np.mgrid[0:h, 0:w].astype(np.float32) / np.float32(res)
    wl, amp, per = rng.uniform(1.2, 2.2), rng.uniform(1.5, 4.0), rng.uniform(9, 20)
    wave = np.sin(2 * np.pi * (x / wl + amp / wl * np.sin(2 * np.pi * y / per)))
    wave2 = np.sin(2 * np.pi * (y / (wl * 1.3) + amp / wl * np.cos(2 * np.pi * x / (per * 1.7))))
    depth = rng.uniform(0.02, 0.05)
    shade = 1 - depth * (0.5 + 0.25 * (wave + wave2))
    colour = np.array((rng.uniform(0.6, 1), rng.uniform(0.6, 1), rng.uniform(0.6, 1)), np.float32)
    img = tint[None, None, :] * (1 - (1 - shade[..., None]) * colour[None, None, :])
    return img.astype(np.float32)


def _text(img: np.ndarray, res: float, xy_mm: tuple[float, float], text: str, size_mm: float,
          colour: tuple[float, float, float]) -> None:  # fmt: skip
    """Schematic page print in DejaVu Sans (coverage drawn, then multiplied in)."""
    f = font("dejavu", max(6, round(size_mm * res)))
    x, y = round(xy_mm[0] * res), round(xy_mm[1] * res)
    _, _, right, bottom = f.getbbox(text)
    w, h = right + 2, bottom + 2
    if x >= img.shape[1] or y >= img.shape[0]:
        return
    canvas = Image.new("L", (w, h), 0)
    ImageDraw.Draw(canvas).text((0, 0), text, font=f, fill=255)
    a = np.asarray(canvas, np.float32)[: img.shape[0] - y, : img.shape[1] - x] / 255.0
    region = img[y : y + a.shape[0], x : x + a.shape[1]]
    region *= 1 - a[..., None] * (1 - np.array(colour, np.float32))[None, None, :]


def _portrait(
    rng: np.random.Generator, img: np.ndarray, res: float, box: tuple[float, ...]
) -> None:
    x0, y0, x1, y1 = (round(v * res) for v in box)
    bg = np.float32(rng.uniform(0.75, 0.9))
    img[y0:y1, x0:x1] *= bg
    h, w = y1 - y0, x1 - x0
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    head = ((xx - w / 2) / (w * 0.22)) ** 2 + ((yy - h * 0.38) / (h * 0.24)) ** 2 < 1
    body = ((xx - w / 2) / (w * 0.45)) ** 2 + ((yy - h * 1.05) / (h * 0.42)) ** 2 < 1
    tone = np.array([rng.uniform(0.35, 0.6)] * 3, np.float32) * (0.9, 0.8, 0.7)
    img[y0:y1, x0:x1][head | body] = tone * bg


def _labels(rng: np.random.Generator, img: np.ndarray, res: float, size: tuple[float, float],
            fmt: str, fields: dict[str, object], top_mm: float,
            origin: tuple[float, float] = (0.0, 0.0)) -> None:  # fmt: skip
    """A title, a portrait and label/value pairs on the document (a foil's at `origin`)
    above the zone (`top_mm`, on the page)."""
    w = size[0]
    ox, oy = origin
    blue = (0.25, 0.3, 0.55)
    title = {"TD3": "PASSPORT", "TD1": "RESIDENT CERTIFICATE", "TD2": "CREW MEMBER CERTIFICATE"}
    _text(img, res, (ox + 4, oy + 3), title.get(fmt, "VISA"), 3.0 if w > 100 else 2.4, blue)
    pw = min(0.26 * w, 0.5 * (top_mm - oy - 9))
    _portrait(rng, img, res, (ox + 4, oy + 9, ox + 4 + pw, oy + 9 + pw * 1.28))
    x = ox + 8 + pw
    rows = [
        ("Surname", str(fields.get("surname", "CHEN"))),
        ("Given names", str(fields.get("given_names", "MEI LING"))),
        ("Nationality", str(fields.get("nationality", "TWN"))),
        ("Date of birth", str(fields.get("birth_date", "1990-01-01"))),
        ("Date of expiry", str(fields.get("expiry_date", "2030-01-01"))),
    ]
    step = (top_mm - oy - 12) / len(rows)
    size_mm = min(2.0, step * 0.42)
    for k, (label, value) in enumerate(rows):
        y = oy + 9 + k * step
        if y + 2.1 * size_mm > top_mm - 1:
            break
        _text(img, res, (x, y), label, size_mm * 0.8, blue)
        _text(img, res, (x, y + size_mm), value, size_mm, (0.1, 0.1, 0.12))


def _card_mask(h: int, w: int, r: float) -> np.ndarray:
    a = np.zeros((h, w), np.uint8)
    ri = max(1, round(r))
    cv2.rectangle(a, (ri, 0), (w - 1 - ri, h - 1), 255, -1)
    cv2.rectangle(a, (0, ri), (w - 1, h - 1 - ri), 255, -1)
    for cx, cy in ((ri, ri), (w - 1 - ri, ri), (ri, h - 1 - ri), (w - 1 - ri, h - 1 - ri)):
        cv2.circle(a, (cx, cy), ri, 255, -1, lineType=cv2.LINE_AA)
    return a.astype(np.float32) / 255.0


def _stamps(rng: np.random.Generator, img: np.ndarray, res: float) -> None:
    """Entry and exit stamps on a visa page: inked rings and boxes with text."""
    h, w = img.shape[:2]
    for _ in range(int(rng.integers(2, 5))):
        colour = [(0.75, 0.2, 0.25), (0.2, 0.3, 0.7), (0.2, 0.5, 0.3)][int(rng.integers(3))]
        cx, cy = rng.uniform(15, 110), rng.uniform(12, 75)
        cov = np.zeros((h, w), np.float32)
        if rng.random() < 0.5:
            cv2.circle(
                cov,
                (round(cx * res), round(cy * res)),
                round(rng.uniform(9, 13) * res),
                1.0,
                max(1, round(0.5 * res)),
                cv2.LINE_AA,
            )
        else:
            a, b = round((cx - 14) * res), round((cy - 8) * res)
            cv2.rectangle(
                cov,
                (a, b),
                (a + round(28 * res), b + round(16 * res)),
                1.0,
                max(1, round(0.5 * res)),
                cv2.LINE_AA,
            )
        cov *= np.float32(rng.uniform(0.5, 0.85))
        img *= 1 - cov[..., None] * (1 - np.array(colour, np.float32))[None, None, :]
        _text(img, res, (cx - 9, cy - 1.5), f"{int(rng.integers(1, 29)):02d} NOV 2026", 2.2, colour)


def page(rng: np.random.Generator, p: Plan, res: float) -> Page:
    """The document at `res` px/mm: ground, print, and the MRZ in its faces and ink."""
    kind = p.blank if p.no_mrz else p.fmt
    w_mm, h_mm = DOC_MM[kind]
    w, h = round(w_mm * res), round(h_mm * res)
    card = kind in ("TD1", "TD2", "card front")
    img = _paper(rng, w, h, res, card)
    alpha = _card_mask(h, w, 3.18 * res) if card else np.ones((h, w), np.float32)
    fields = dict(p.fields)
    if p.no_mrz:
        if p.blank == "visa page":
            _text(img, res, (50, 3), "VISAS", 3.0, (0.3, 0.3, 0.5))
            _stamps(rng, img, res)
        else:
            _labels(rng, img, res, (w_mm, h_mm), "TD1", {}, h_mm - 4)
        return Page(img, alpha, res, (w_mm, h_mm), [], (0, 0, 0, 0))
    lay = layout.layout(p.fmt)
    pitch = rng.uniform(0.985, 1.015) * 2.54
    cap = rng.uniform(2.35, 2.5)
    td1 = p.fmt == "TD1"
    gap = rng.uniform(3.6, 4.2) if td1 else rng.uniform(4.0, 4.5)
    last = rng.uniform(3.5, 4.3) if td1 else rng.uniform(4.6, 5.6)
    ox, oy = 0.0, 0.0  # a foil's offset on the page
    doc_w, doc_h = w_mm, h_mm
    if p.fmt in FOIL_MM:
        doc_w, doc_h = FOIL_MM[p.fmt]
        ox, oy = (w_mm - doc_w) / 2, h_mm - doc_h - rng.uniform(1.5, 3.0)
        x0, y0, x1, y1 = (round(v * res) for v in (ox, oy, ox + doc_w, oy + doc_h))
        foil = _paper(rng, x1 - x0, y1 - y0, res, True)
        img[y0:y1, x0:x1] = foil * np.float32(0.98)
        edge = max(1, round(0.15 * res))
        cv2.rectangle(img, (x0, y0), (x1 - 1, y1 - 1), (0.7, 0.7, 0.7), edge)
    zw = lay.width * pitch
    zx = ox + (doc_w - zw) / 2 + rng.uniform(-0.7, 0.7)
    bases = [oy + doc_h - last - gap * (lay.lines - 1 - k) for k in range(lay.lines)]
    _labels(rng, img, res, (doc_w, doc_h), p.fmt, fields, bases[0] - cap - 2.5, (ox, oy))
    cov = np.zeros((h, w), np.float32)
    for k, text in enumerate(p.printed):
        faces = [p.face.face(k, c) for c in text]
        set_line(cov, text, faces, zx * res, bases[k] * res, pitch * res, cap * res)
    _ink(rng, img, cov, p.process, res)
    cells = [
        (zx + (j + 0.5) * pitch, bases[k], cap)
        for k in (0, lay.lines - 1)
        for j in (0, lay.width - 1)
    ]
    zone = (zx, bases[0] - cap, zx + zw, bases[-1] + 0.3)
    return Page(img, alpha, res, (w_mm, h_mm), cells, zone)


def _ink(
    rng: np.random.Generator, img: np.ndarray, cov: np.ndarray, process: str, res: float
) -> None:
    """Multiplies the MRZ's ink into the page by its process."""
    colour = np.array(INK[process], np.float32) * np.float32(rng.uniform(0.88, 1.12))
    if process == "inkjet":  # spread into the paper, dots mottling the density
        cov = cv2.GaussianBlur(cov, (0, 0), 0.05 * res)
        mottle = cv2.GaussianBlur(rng.random(cov.shape, np.float32), (0, 0), 0.08 * res)
        cov = np.clip(cov * (0.85 + 0.6 * (mottle - mottle.mean())), 0, 1)
    elif process == "engraved":  # a narrower stroke
        cov = np.clip((cov - 0.25) / 0.75, 0, 1)
    elif process == "thermal":  # fading towards the line's end and in patches
        h, w = cov.shape
        along = np.linspace(1, rng.uniform(0.7, 0.9), w, dtype=np.float32)[None, :]
        patch = cv2.GaussianBlur(rng.random((h, w), np.float32), (0, 0), 1.5 * res)
        patch = (patch - patch.min()) / max(1e-6, float(np.ptp(patch)))
        cov = cov * along * (0.8 + 0.2 * patch)
    img *= 1 - cov[..., None] * (1 - colour)[None, None, :]


# -- the capture: where the camera (or scanner) is, and what it does -------------------------


def _pinhole(
    centre: tuple[float, float], ax: float, ay: float, roll: float, dist: float
) -> np.ndarray:
    """Homography from page mm to a pinhole's image plane (focal length 1): the page
    turned by `roll` degrees, tilted `ax` about its horizontal and `ay` about its vertical
    axis, `dist` mm from the camera along the axis through `centre`."""
    a, b, c = (math.radians(v) for v in (ax, ay, roll))
    rx = np.array([[1, 0, 0], [0, math.cos(a), -math.sin(a)], [0, math.sin(a), math.cos(a)]])
    ry = np.array([[math.cos(b), 0, math.sin(b)], [0, 1, 0], [-math.sin(b), 0, math.cos(b)]])
    rz = np.array([[math.cos(c), -math.sin(c), 0], [math.sin(c), math.cos(c), 0], [0, 0, 1]])
    r = rz @ ry @ rx
    p = np.array([[r[0, 0], r[0, 1], 0], [r[1, 0], r[1, 1], 0], [r[2, 0], r[2, 1], dist]])
    return p @ np.array([[1, 0, -centre[0]], [0, 1, -centre[1]], [0, 0, 1]])


def _project(h: np.ndarray, pts: np.ndarray) -> np.ndarray:
    q = np.c_[pts, np.ones(len(pts))] @ h.T
    return q[:, :2] / q[:, 2:]


def cap_height(h: np.ndarray, cells: list[tuple[float, float, float]]) -> float:
    """Mean height in the picture of capitals standing at the zone's end cells."""
    foot = _project(h, np.array([(x, b) for x, b, _ in cells]))
    head = _project(h, np.array([(x, b - c) for x, b, c in cells]))
    return float(np.linalg.norm(foot - head, axis=1).mean())


def _scale_at(h: np.ndarray, pts: np.ndarray) -> float:
    """Largest picture pixels per page mm over `pts` (where the page is nearest)."""
    a = _project(h, pts)
    bx = _project(h, pts + np.array([1.0, 0.0]))
    by = _project(h, pts + np.array([0.0, 1.0]))
    return float(max(np.linalg.norm(bx - a, axis=1).max(), np.linalg.norm(by - a, axis=1).max()))


def _frame(rng: np.random.Generator, h: np.ndarray, pg: Page, margin: tuple[float, float],
           fixed: tuple[int, int] | None = None) -> tuple[np.ndarray, tuple[int, int]]:  # fmt: skip
    """Shifts `h` so that the picture frames the page with a margin (a fraction of the
    page's projected size), cropped round the zone when over MAX_SIDE, or a `fixed`
    frame placed at random with the zone inside it."""
    w_mm, h_mm = pg.size_mm
    corners = _project(h, np.array([(0, 0), (w_mm, 0), (w_mm, h_mm), (0, h_mm)]))
    x0, y0, x1, y1 = pg.zone_mm if pg.cells else (0.3 * w_mm, 0.6 * h_mm, 0.7 * w_mm, 0.9 * h_mm)
    zone = _project(h, np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1)]))
    pad = 0.8 * cap_height(h, pg.cells) if pg.cells else 20.0
    zlo, zhi = zone.min(0) - pad, zone.max(0) + pad
    if fixed is None:
        lo, hi = corners.min(0), corners.max(0)
        size = hi - lo
        lo = lo - size * rng.uniform(*margin, 2)
        hi = hi + size * rng.uniform(*margin, 2)
        for k in range(2):  # over MAX_SIDE: keep the zone, lose some of the page
            if hi[k] - lo[k] > MAX_SIDE:
                span = MAX_SIDE - 1
                left = rng.uniform(
                    max(lo[k], zhi[k] - span), min(zlo[k], lo[k] + (hi[k] - lo[k]) - span)
                )
                lo[k], hi[k] = left, left + span
        dims = (math.ceil(hi[0] - lo[0]), math.ceil(hi[1] - lo[1]))
    else:
        dims = fixed
        lo = np.zeros(2)
        # a document camera frames the document: the zone across, in the frame's lower half
        for k, span in enumerate(((0.3, 0.7), (0.55, 0.9))):
            room = dims[k] - (zhi[k] - zlo[k])
            lo[k] = zlo[k] - rng.uniform(*span) * max(0.0, room)
    shift = np.array([[1, 0, -lo[0]], [0, 1, -lo[1]], [0, 0, 1]])
    return shift @ h, dims


def _desk(rng: np.random.Generator, dims: tuple[int, int], dark: float = 1.0) -> np.ndarray:
    """A desk: wood grain, grey laminate, dark blue felt or beige, lit unevenly."""
    w, h = dims
    kind = int(rng.integers(4))
    base = np.array(
        [(0.45, 0.3, 0.18), (0.5, 0.5, 0.5), (0.14, 0.18, 0.3), (0.7, 0.64, 0.52)][kind]
    )
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    tex = rng.normal(0, 1, (max(2, h // 8), max(2, w // 8))).astype(np.float32)
    tex = cv2.resize(tex, (w, h), interpolation=cv2.INTER_CUBIC) * 0.03
    if kind == 0:  # grain along one direction
        tex += 0.06 * np.sin(y / rng.uniform(6, 14) + 2 * np.sin(x / rng.uniform(60, 140)))
    slope = 1 + rng.uniform(-0.12, 0.12) * (x / w - 0.5) + rng.uniform(-0.12, 0.12) * (y / h - 0.5)
    img = base[None, None, :] * (1 + tex)[..., None] * slope[..., None] * dark
    return np.clip(img, 0, 1).astype(np.float32)


def _lay(rng: np.random.Generator, bg: np.ndarray, pg: Page, h: np.ndarray,
         shadow: tuple[float, float, float]) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """The page warped into the picture over `bg`, with its drop shadow (offset in px,
    darkness, softness in px); returns the picture and the page's coverage."""
    dims = (bg.shape[1], bg.shape[0])
    to_pic = h @ np.diag([1 / pg.res, 1 / pg.res, 1.0])
    src = cv2.GaussianBlur(pg.img, (0, 0), 0.4)  # against aliasing where the page recedes
    img = cv2.warpPerspective(src, to_pic, dims, flags=cv2.INTER_LINEAR)
    a = cv2.warpPerspective(pg.alpha, to_pic, dims, flags=cv2.INTER_LINEAR)
    off, dark, soft = shadow
    if dark > 0:
        m = np.float32([[1, 0, off], [0, 1, off * 0.7]])
        s = cv2.warpAffine(a, m, dims)
        s = cv2.GaussianBlur(s, (0, 0), max(0.5, soft))
        bg = bg * (1 - dark * s)[..., None]
    return bg * (1 - a[..., None]) + img * a[..., None], a


@dataclasses.dataclass(frozen=True)
class Shot(Sample):
    """A picture and its truth (tests/documents/synth.py's Sample, level = capture)."""

    valid: bool = False
    capture: str = ""
    font: str = ""
    face_kind: str = ""
    process: str = ""
    cap_px: float = 0.0
    mrz_quad: tuple[tuple[float, float], ...] = ()
    notes: str = ""


def _target(rng: np.random.Generator, capture: str) -> float:
    return float(rng.uniform(*CAP_PX[capture]))


def _phone(rng: np.random.Generator, p: Plan, pg_of, notes: list[str], ax: float, ay: float,
           roll: float, dist: float, target: float, margin=(0.03, 0.15), fixed=None):  # fmt: skip
    """A page photographed by a pinhole camera: the page drawn at about the picture's
    resolution where it is nearest, framed, laid on a desk."""
    probe = pg_of(1.0)
    w_mm, h_mm = probe.size_mm
    centre = (w_mm / 2, h_mm * 0.75) if probe.cells else (w_mm / 2, h_mm / 2)
    h0 = _pinhole(centre, ax, ay, roll, dist)
    cells = probe.cells or [(w_mm * 0.3, h_mm * 0.8, 2.4), (w_mm * 0.7, h_mm * 0.8, 2.4)]
    if fixed is not None and probe.cells:  # the zone must fit the frame's width
        zx0, _, zx1, _ = probe.zone_mm
        ends = _project(h0, np.array([(zx0, cells[0][1]), (zx1, cells[0][1])]))
        fit = 0.94 * fixed[0] / float(np.linalg.norm(ends[1] - ends[0])) * cap_height(h0, cells)
        target = min(target, fit)
    h1 = np.diag([target / cap_height(h0, cells), target / cap_height(h0, cells), 1.0]) @ h0
    grid = np.array([(x, y) for x in (0, w_mm) for y in (0, h_mm)] + [c[:2] for c in cells])
    res = min(16.0, _scale_at(h1, grid) * rng.uniform(1.0, 1.15))
    pg = pg_of(res)
    h2, dims = _frame(rng, h1, pg, margin, fixed)
    if probe.cells:
        notes.append(f"capitals aimed at {target:.1f} px")
    return pg, h2, dims


def _jpeg(img: np.ndarray, quality: int) -> bytes:
    bgr = (np.clip(img, 0, 1)[..., ::-1] * 255 + 0.5).astype(np.uint8)
    ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return buf.tobytes()


def _noise(rng: np.random.Generator, img: np.ndarray, sd: float) -> np.ndarray:
    """Sensor noise: luminance, plus half as much per channel; stronger in the dark."""
    lum = rng.normal(0, sd, img.shape[:2]).astype(np.float32)[..., None]
    chroma = rng.normal(0, sd / 2, img.shape).astype(np.float32)
    gain = np.sqrt(np.clip(img, 0.02, 1)) + 0.3
    return img + (lum + chroma) * gain


def _blur(img: np.ndarray, sigma: float) -> np.ndarray:
    return cv2.GaussianBlur(img, (0, 0), sigma) if sigma > 0.05 else img


def _lidopen(rng: np.random.Generator, p: Plan, pg_of, notes: list[str]):
    """A flatbed scan with the lid left open: the room's darkness round the page, the
    booklet's page lifting off the glass towards the spine (soft and shaded)."""
    dpi = int(rng.choice([200, 240, 300]))
    skew = rng.uniform(-2, 2)
    probe = pg_of(1.0)
    h0 = np.diag([dpi / 25.4, dpi / 25.4, 1.0]) @ _pinhole((0, 0), 0, 0, skew, 1.0)
    pg = pg_of(dpi / 25.4 * rng.uniform(1.0, 1.1))
    booklet = (p.blank if p.no_mrz else p.fmt) not in ("TD1", "TD2", "card front")
    if booklet:  # the spine is along the data page's top edge
        lift = rng.uniform(6, 14)
        dark = rng.uniform(0.35, 0.6)
        rows = np.arange(pg.img.shape[0], dtype=np.float32) / pg.res
        ramp = np.clip(1 - rows / lift, 0, 1) ** 1.6
        soft = _blur(pg.img, rng.uniform(1.5, 3.0) * pg.res / (dpi / 25.4))
        mix = ramp[:, None, None]
        pg.img = (pg.img * (1 - mix) + soft * mix) * (1 - (1 - dark) * mix)
        notes.append(f"page lifted off the glass for {lift:.1f} mm at the spine, {dark:.2f} there")
    h1, dims = _frame(rng, h0, pg, (0.02, 0.12))
    w, hh = dims
    x = np.arange(w, dtype=np.float32)[None, :].repeat(hh, 0)
    glow = rng.uniform(0.0, 0.08) * np.clip(1 - x / w if rng.random() < 0.5 else x / w, 0, 1)
    bg = (rng.uniform(0.025, 0.06) + glow)[..., None] * np.array([1.0, 0.98, 1.05], np.float32)
    bg = bg + rng.normal(0, 0.006, (hh, w, 3)).astype(np.float32)
    img, _ = _lay(rng, bg.astype(np.float32), pg, h1, (0, 0, 0))
    band = 1 + rng.normal(0, 0.006, (hh, 1, 1)).astype(np.float32)  # the lamp's row gain
    img = _blur(img * band, rng.uniform(0.3, 0.5))
    notes.append(f"flatbed scan at {dpi} dpi, lid open, skew {skew:.1f} deg")
    del probe
    return img, pg, h1, int(rng.integers(82, 95)), rng.uniform(0.003, 0.008)


def _oblique(rng: np.random.Generator, p: Plan, pg_of, notes: list[str]):
    """A phone held 30-40 degrees off the page's normal (a document app would still take
    it): strong keystone; the far end a little soft."""
    steep = rng.uniform(30, 40) * rng.choice([-1, 1])
    side = rng.random() < 0.6  # about the vertical axis: the pitch shrinks along the line
    small = rng.uniform(-6, 6)
    ax, ay = (small, steep) if side else (steep, small)
    pg, h, dims = _phone(
        rng,
        p,
        pg_of,
        notes,
        ax,
        ay,
        rng.uniform(-8, 8),
        rng.uniform(180, 280),
        _target(rng, "oblique"),
    )
    bg = _desk(rng, dims)
    img, _ = _lay(rng, bg, pg, h, (rng.uniform(2, 6), rng.uniform(0.25, 0.45), rng.uniform(3, 8)))
    cells = pg.cells or [(pg.size_mm[0] * 0.2, pg.size_mm[1] * 0.8, 2.4),
                         (pg.size_mm[0] * 0.8, pg.size_mm[1] * 0.8, 2.4)]  # fmt: skip
    ends = [(cap_height(h, [c]), _project(h, np.array([c[:2]]))[0]) for c in cells]
    (_, near), (_, far) = min(ends, key=lambda e: -e[0]), min(ends, key=lambda e: e[0])
    d = far - near
    y, x = np.mgrid[0 : dims[1], 0 : dims[0]].astype(np.float32)
    t = np.clip(((x - near[0]) * d[0] + (y - near[1]) * d[1]) / max(1e-6, float(d @ d)), 0, 1)
    sigma = rng.uniform(0.5, 1.0)
    img = img * (1 - t[..., None]) + _blur(img, sigma) * t[..., None]
    axis = "vertical" if side else "horizontal"
    notes.append(
        f"oblique {abs(steep):.0f} deg about the page's {axis} axis, far end blur {sigma:.2f} px"
    )
    return (
        _blur(img, rng.uniform(0.35, 0.6)),
        pg,
        h,
        int(rng.integers(72, 91)),
        rng.uniform(0.008, 0.018),
    )


def _fringe(rng: np.random.Generator, p: Plan, pg_of, notes: list[str]):
    """A cheap lens: lateral chromatic aberration (red and blue images scaled apart: colour
    fringes growing towards the corners), blue focused softer, vignetting."""
    pg, h, dims = _phone(
        rng,
        p,
        pg_of,
        notes,
        rng.uniform(-8, 8),
        rng.uniform(-8, 8),
        rng.uniform(-6, 6),
        rng.uniform(150, 250),
        _target(rng, "fringe"),
        margin=(0.02, 0.08),
    )
    img, _ = _lay(rng, _desk(rng, dims), pg, h, (rng.uniform(2, 5), rng.uniform(0.25, 0.4), 4))
    w, hh = dims
    c = np.array([w / 2, hh / 2])
    x0, y0, x1, y1 = pg.zone_mm if pg.cells else (0, 0, *pg.size_mm)
    zone = _project(h, np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1)]))
    reach = float(np.linalg.norm(zone - c, axis=1).max())
    shift = rng.uniform(0.7, 1.6)
    k = shift / max(reach, 1.0)
    out = img.copy()
    for ch, s in ((0, 1 + k), (2, 1 - k)):  # RGB: red magnified, blue shrunk
        m = np.float32([[s, 0, (1 - s) * c[0]], [0, s, (1 - s) * c[1]]])
        out[..., ch] = cv2.warpAffine(
            img[..., ch], m, dims, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT
        )
    out[..., 2] = _blur(out[..., 2], rng.uniform(0.5, 0.9))
    y, x = np.mgrid[0:hh, 0:w].astype(np.float32)
    r2 = ((x - c[0]) ** 2 + (y - c[1]) ** 2) / float(c @ c)
    corner = rng.uniform(0.7, 0.85)
    out *= (1 - (1 - corner) * r2)[..., None]
    notes.append(
        f"lateral chromatic aberration {shift:.2f} px at the zone's far corner, "
        f"vignette {corner:.2f}"
    )
    return (
        _blur(out, rng.uniform(0.35, 0.6)),
        pg,
        h,
        int(rng.integers(74, 91)),
        rng.uniform(0.008, 0.016),
    )


def _ghost(rng: np.random.Generator, p: Plan, pg_of, notes: list[str]):
    """A phone's night mode in a dim room: frames merged, one of them misregistered (a
    faint displaced copy of every stroke), noise smoothed away with the chroma smeared."""
    pg, h, dims = _phone(
        rng,
        p,
        pg_of,
        notes,
        rng.uniform(-12, 12),
        rng.uniform(-12, 12),
        rng.uniform(-10, 10),
        rng.uniform(200, 320),
        _target(rng, "ghost"),
    )
    img, _ = _lay(rng, _desk(rng, dims, 0.7), pg, h, (rng.uniform(2, 5), 0.3, 6))
    cap = cap_height(h, pg.cells) if pg.cells else 18.0
    dist = rng.uniform(0.08, 0.18) * cap
    ang = rng.uniform(0, 2 * math.pi)
    weight = rng.uniform(0.15, 0.3)
    m = np.float32([[1, 0, dist * math.cos(ang)], [0, 1, dist * math.sin(ang)]])
    moved = cv2.warpAffine(img, m, dims, borderMode=cv2.BORDER_REFLECT)
    img = (1 - weight) * img + weight * moved
    img = img * np.array([1.0, 0.94, 0.84], np.float32) * rng.uniform(0.8, 0.95)
    img = _noise(rng, img, rng.uniform(0.02, 0.035))
    ycc = cv2.cvtColor(np.clip(img, 0, 1).astype(np.float32), cv2.COLOR_RGB2YCrCb)
    ycc[..., 0] = cv2.bilateralFilter(ycc[..., 0], 5, 0.08, 2.0)
    ycc[..., 1:] = _blur(ycc[..., 1:], 2.5)
    img = cv2.cvtColor(ycc, cv2.COLOR_YCrCb2RGB)
    notes.append(
        f"night mode: a frame misregistered by {dist:.1f} px at {weight:.2f}, noise reduced"
    )
    return img, pg, h, int(rng.integers(70, 89)), rng.uniform(0.004, 0.008)


def _interlace(rng: np.random.Generator, p: Plan, pg_of, notes: list[str]):
    """A frame grabbed from an interlaced analogue document camera (576 or 480 lines,
    720 wide): the two fields a moment apart (combing as the hand moves), the chroma's
    narrow bandwidth bleeding colour sideways, the luma's ringing."""
    fixed = (720, 576) if rng.random() < 0.7 else (720, 480)
    pg, h, dims = _phone(
        rng,
        p,
        pg_of,
        notes,
        rng.uniform(-8, 8),
        rng.uniform(-8, 8),
        rng.uniform(-5, 5),
        rng.uniform(250, 350),
        _target(rng, "interlace"),
        fixed=fixed,
    )
    img, _ = _lay(rng, _desk(rng, dims), pg, h, (rng.uniform(2, 4), 0.3, 4))
    img = _blur(img, rng.uniform(0.4, 0.7))
    dx, dy = rng.uniform(0.8, 2.5) * rng.choice([-1, 1]), rng.uniform(-0.4, 0.4)
    other = cv2.warpAffine(
        img, np.float32([[1, 0, dx], [0, 1, dy]]), dims, borderMode=cv2.BORDER_REFLECT
    )
    img[1::2] = other[1::2]
    ycc = cv2.cvtColor(np.clip(img, 0, 1).astype(np.float32), cv2.COLOR_RGB2YCrCb)
    bleed = rng.uniform(1.5, 3.0)
    ycc[..., 1:] = cv2.GaussianBlur(ycc[..., 1:], (0, 0), sigmaX=bleed, sigmaY=0.1)
    luma = ycc[..., 0]
    ring = rng.uniform(0.3, 0.6)
    ycc[..., 0] = luma + ring * (luma - cv2.GaussianBlur(luma, (0, 0), sigmaX=1.2, sigmaY=0.1))
    img = cv2.cvtColor(ycc, cv2.COLOR_YCrCb2RGB)
    notes.append(
        f"interlaced {fixed[1]}-line frame, fields {dx:+.1f} px apart, chroma bleed {bleed:.1f} px"
    )
    return img, pg, h, int(rng.integers(78, 91)), rng.uniform(0.01, 0.02)


def _flash(rng: np.random.Generator, p: Plan, pg_of, notes: list[str]):
    """The phone's LED flash close to the page in a dim room: a bright middle falling off
    towards the edges, a hard small shadow, the flash's cool white."""
    pg, h, dims = _phone(
        rng,
        p,
        pg_of,
        notes,
        rng.uniform(-7, 7),
        rng.uniform(-7, 7),
        rng.uniform(-8, 8),
        rng.uniform(140, 220),
        _target(rng, "flash"),
    )
    img, _ = _lay(
        rng, _desk(rng, dims, 0.55), pg, h, (rng.uniform(1, 3), rng.uniform(0.4, 0.6), 0.8)
    )
    w, hh = dims
    spot = np.array([w, hh]) * (0.5 + rng.uniform(-0.15, 0.15, 2))
    x0, y0, x1, y1 = pg.zone_mm if pg.cells else (0, 0, *pg.size_mm)
    zone = _project(h, np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1)]))
    reach = float(np.linalg.norm(zone - spot, axis=1).max())
    floor = rng.uniform(0.5, 0.65)  # the light left at the zone's farthest corner
    r0 = reach / math.sqrt(floor**-0.5 - 1)
    y, x = np.mgrid[0:hh, 0:w].astype(np.float32)
    light = 1 / (1 + ((x - spot[0]) ** 2 + (y - spot[1]) ** 2) / r0**2) ** 2
    ambient = rng.uniform(0.06, 0.14)
    img = img * (light * rng.uniform(1.0, 1.04) + ambient)[..., None]
    img = img * np.array([0.96, 1.0, 1.05], np.float32)
    notes.append(
        f"LED flash: {floor:.2f} of the light at the zone's far corner, ambient {ambient:.2f}"
    )
    return (
        _blur(img, rng.uniform(0.35, 0.6)),
        pg,
        h,
        int(rng.integers(74, 91)),
        rng.uniform(0.008, 0.02),
    )


CAPTURE = {
    "lidopen": _lidopen, "oblique": _oblique, "fringe": _fringe, "ghost": _ghost,
    "interlace": _interlace, "flash": _flash,
}  # fmt: skip


def sample(seed: int, today: dt.date | None = None) -> Shot:
    """One picture and its truth (deterministic per seed)."""
    today = today or dt.date.today()
    p = plan(seed, today)
    for name in ("ocrb", *NEW_FACES, "dejavu"):  # never a substitute: fail before drawing
        face_path(name)
    notes = [f"capture {p.capture}"]
    if p.no_mrz:
        notes.append(f"no MRZ: a {p.blank}")
    else:
        notes += [f"face {p.face.label}", f"print {p.process}"]
        if p.misprint:
            notes.append(p.misprint)

    def pg_of(res: float) -> Page:
        return page(np.random.default_rng([seed, 7]), p, res)

    rng = np.random.default_rng([seed, 11])
    img, pg, h, quality, sd = CAPTURE[p.capture](rng, p, pg_of, notes)
    img = np.clip(_noise(rng, img, sd), 0, 1)
    jpeg = _jpeg(img, quality)
    notes.append(f"JPEG {quality}")
    image = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    quad: tuple[tuple[float, float], ...] = ()
    cap = 0.0
    if pg.cells:
        x0, y0, x1, y1 = pg.zone_mm
        q = _project(h, np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1)]))
        hh, w = image.shape[:2]
        assert (q >= 0).all() and (q[:, 0] < w).all() and (q[:, 1] < hh).all(), (seed, q)
        quad = tuple((float(a), float(b)) for a, b in q)
        cap = cap_height(h, pg.cells)
        notes.append(f"capitals {cap:.1f} px")
    return Shot(
        seed=seed,
        level=p.capture,
        format=p.fmt,
        lines=p.printed,
        image=image,
        jpeg=jpeg,
        valid=p.valid,
        capture=p.capture,
        font="" if p.no_mrz else p.face.label,
        face_kind="" if p.no_mrz else p.face.kind,
        process=p.process,
        cap_px=cap,
        mrz_quad=quad,
        notes="; ".join(notes),
    )
