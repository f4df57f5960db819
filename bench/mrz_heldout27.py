"""A twenty-seventh document-photo generator: a held-out set, scored once by the lead.

Written without running the OCR and without reading its code, its models, the other
generators' bodies or any results. Read: bench/bench_mrz.py (how a generator is called,
FACE_KINDS), the `Sample` dataclass of tests/documents/synth.py, desktop/documents/mrz.py
(compose, parse) and layout.py, the docstrings and constants of bench/mrz_heldout21.py to
mrz_heldout26.py, tests/documents/test_mrz_heldout26.py (the test's shape) and
scripts/setup-system.sh. Its rendering code was written fresh for this set: its glyph
setting (each glyph rasterised once with Pillow where H's ink is 120 px tall, brought to
the zone's capitals by area, its ink centred in an equal cell of the pitch and placed at its
sub-pixel position), its deal of the quotas, its page and its capture pipeline (a
homography from the page to the picture, then one capture's optics and the phone's
processing). Pillow draws glyphs and page text; OpenCV and numpy the rest. It pictures
what a Taiwan border counter is handed and leans on capture conditions none of the
twenty-first's to twenty-sixth's docstrings lists: a desk lamp low at one side (raking
light picking out the paper's relief, light falling off across the page), a bright window
just outside the frame (veiling glare lifting the blacks, aperture ghosts), a phone's
digital zoom (a small crop of the sensor enlarged 2-2.6 times after noise reduction, then
sharpened), a frame of a 720p video recording of the document being slid into place
(motion blur in one direction, low-bitrate coding with its blocks and smeared chroma), and
a greasy phone lens (part of the light spread into long streaks, contrast lowered). Near
kin of earlier conditions: the twenty-fourth's cockle lit from one side (here no waves, a
grazing light over the paper's fibres), the twenty-third's fingertip smudge on the counter's
glass over part of the page (here grease on the lens, over the whole picture), the
twenty-fifth's scanner app enlarging a phone photo (here the camera's own zoom), the
twenty-first's webcams and the twenty-third's hand-held motion blur (here a video codec's
frame with a smear along the document's slide).

Content. TD3 passports (Taiwan about two in five: nine-digit numbers and, as optional
data, the holder's national identification number, a letter, 1 or 2 by sex, seven digits
and a check digit; then Japan, Korea, the US, Vietnam, the Philippines, Thailand,
Indonesia, Malaysia, Singapore, Hong Kong, Macao, India, the UK, Germany (D), France, the
Netherlands, Canada, Australia and New Zealand; Korea's half with a seven-digit optional
number), TD1 cards (Taiwan resident certificates about 45 %, code "IR" and a ten-character
UI number, a letter, 8 or 9 by sex, seven digits and its check, in ICAO's long-number
form: an assumption, not quoted from a specimen; then German, Dutch, Belgian (twelve-digit
long numbers), Spanish, Italian, Polish, French and Portuguese identity cards, their
number shapes schematic), TD2 crew member certificates ("AC") of Taiwan, Japan, Korea, the
Philippines and Thailand, visa foils MRV-A and MRV-B (Taiwan's most, then Japan's, the
US's, Korea's and Canada's) for holders of other states. Names from this module's own
lists per region (Taiwan's in Wade-Giles with two given syllables; elsewhere one in five
with a second given name, cut by `mrz.compose` when it overflows). The truth is
`mrz.compose`'s lines (`Plan.fields` is what it was given), expiry after the bench's today.
About one MRZ in ten is printed invalid (`valid` False, the truth is the printed lines):
per block of 200 seeds 12 with one check digit changed to another digit (only check digits
printed as digits) and 8 with a name's O, D, Q, I, S, B, Z or G printed as the digit it
resembles. One picture in twenty-five is a page without an MRZ (`lines` empty, `format`
"none", `valid` False): a booklet's visa page with entry stamps (5 per 200) or a card's
front (3). Formats, captures, face kinds, hybrid kinds, new faces, blanks and misprints
are dealt, not drawn: each block of 200 seeds from SEED shuffles decks holding the quotas
exactly.

Sizes (ICAO 9303 part 3: OCR-B size I at a 2.54 mm pitch; parts 4-7: ID-1 85.6x54, ID-2
105x74, ID-3 125x88 mm, MRV-A 120x80 and MRV-B 105x74 mm foils on a 125x88 booklet page;
ID-1's corner radius 3.18 mm). This set's assumptions (not quoted figures): the pitch
0.985-1.015 of 2.54 mm per document; capitals 2.35-2.50 mm high; lines 4.0-4.4 mm apart
(TD1 3.7-4.1 mm), the last baseline 4.6-5.4 mm (TD1 3.5-4.2 mm) above the document's
bottom edge; the zone centred on its document within 0.7 mm; each glyph displaced
by 2 % of a capital (s.d.) each way; a foil 1.5-3 mm above its page's bottom edge; a
booklet's cover showing 2-3.5 mm round its page.

Faces (FACE_QUOTA of the 192 MRZ slots per 200, as heldout25's, with its labels): "ocrb"
(82 %) OCR-B Regular (fonts-ocr-b). "hybrid" (9 %): an OCR-B MRZ where three to six
look-alike glyphs (of 0 O D 8 B 1 I 5 S 2 Z 6 G printed in the zone; every occurrence) or
one whole line come from a new face. "other" (9 %): the whole MRZ in a new face. New faces,
named by no other file under bench/, scripts/ or tests/, installed on this machine for
this set (2026-12-07, Debian 12's apt): ADF Verana Bold (fonts-adf-verana,
Verana-Bold.otf, a bold serif with bracketed slabs), Cantarell Bold (fonts-cantarell,
Cantarell-Bold.otf, GNOME's humanist sans) and Bandal (fonts-alee, Bandal.ttf, a squarish
Korean face whose Latin is near fixed pitch, its zero slashed). Verana's and Cantarell's
Latin is proportional. Every face is set on the fixed pitch: a glyph's ink is scaled so
that H's ink is as tall as the zone's capitals, stands where its face puts it on the
baseline and is centred in its cell (narrowed to 88 % of the pitch when wider).
scripts/setup-system.sh installs the faces; a missing face raises FileNotFoundError naming
its package: this module never substitutes a face. Page labels and data are in DejaVu
Sans.

Print process (drawn per format): passports laser 50 %, inkjet 20 %, engraved 30 %; TD1
cards engraved 80 %, laser 20 %; TD2 laser 65 %, thermal 35 %; visa foils inkjet 60 %,
thermal 40 %. Ink reflectance (each 0.88-1.12 times): "laser" 0.08 black; "inkjet"
blue-black (0.10, 0.12, 0.25), spread and mottled; "engraved" grey 0.35 and thinner;
"thermal" brownish grey (0.42, 0.37, 0.32), fading along the line (to 72-90 %) and in
patches.

Captures (CAPTURE_QUOTA; capitals aimed at CAP_PX, the mean over the zone's end cells).
Every picture: the page on a desk (wood, grey, dark blue or beige, out of focus) with its
drop shadow, seen by a homography (turned up to 8 degrees, keystone 0.9-1.0 about either
axis; video 5 degrees and 0.93-1.0), the page drawn at 1.25 times the sensor's resolution
and smoothed before it is brought down, lens blur 0.35-0.7 px, sensor noise (s.d.
0.008-0.02 in luminance and half as much per channel, stronger in the dark), JPEG 74-91
(4:2:0) unless said.
- raking: a desk lamp low at one side: light falling off across the picture to 55-72 % of
  the near side's, the paper's relief (fibres 1.5-3 px across) shaded by the grazing light
  (1.2-2.5 %), a warm cast (green 0.93-0.97, blue 0.82-0.90).
- flare: a bright window just outside the frame: veiling glare towards it (at most
  0.18-0.32 of the light replaced by the window's colour, falling off with distance), two
  to four hexagonal aperture ghosts (3-7 % bright, at most 3.5 % over the zone) on the
  line from the window through the picture's centre.
- dzoom: the phone's digital zoom: the sensor's crop with capitals of 6-12.5 px, noise,
  the phone's bilateral noise reduction, enlarged 2.0-2.6 times (bicubic), unsharp mask
  0.6-1.2 at 1.2-2.0 px; capitals after the zoom 16-25 px.
- video: a 1280x720 frame of a recording while the document slides into place: motion blur
  of 0.12-0.30 of a capital along one direction (within 20 degrees of the lines, in 30 %
  across them), coded at JPEG 24-39 (blocks) with chroma smeared and a deblocking blend,
  the grabbed frame stored at JPEG 86-93; capitals 13-19 px (a TD3 zone kept within 90 %
  of the width).
- greasy: a fingerprint's grease on the lens: 12-24 % of the light spread along a streak
  of 31-91 px (a Hann-shaped line at any angle) and into a wide glow, a 3-8 % haze, the
  picture softened by 0.4-0.8 px.
Every MRZ lies wholly inside its picture (sample() asserts it). Not modelled here (earlier
sets did them): readers' infrared and ultraviolet light, holograms, glare stripes and
sleeves, thumbs and fingers, glass partitions, gutters bowing the lines, barrel
distortion, chromatic aberration, tungsten casts (only the lamp's warm light), screens,
faxes, photocopies, rolling shutter, interlace, creases, dog-ears, clips, stains. The
page's labels and portrait are schematic; the booklet's cover colour follows the holder's
(visas) or issuer's state.

The 200 scored seeds (3 800 000-3 800 199, today 2026-11-27) are counted by
`scored_mix()` (the draws before rendering) and checked against SCORED_MIX by the tests:
formats TD3 122 (TWN 57), TD1 34 (Taiwan resident certificates 20), TD2 10, MRV-A 18,
MRV-B 8, no MRZ 8 (visa pages 5, card fronts 3); printed invalid 20 (10.4 % of the 192
MRZs; 12 a check digit, 8 a digit among letters); captures raking 40, flare 40, dzoom 40,
video 40, greasy 40; faces (of the 192 MRZs) ocrb 158 (82.3 %), hybrid 17 (11 with
glyphs, 6 with a line), other 17 (8.9 %); the new faces (hybrid or whole) verana 12,
cantarell 11, bandal 11; print processes laser 72, inkjet 41, engraved 62, thermal 17.
Rendering the 200 (one run of this code, not re-checked by the tests: rendering 200
pictures is slow; the draws above are checked): booklets in their covers 153 (green 75,
navy 39, maroon 22, red 11, blue 6), visa foils 26; flare's veiling glare at most
0.14-0.29 in a picture; digital zoom from capitals of 6.5-11.4 px on the sensor; video
frames coded at quality 24-39, motion blur 1.8-5.4 px; stored JPEG quality 74-93, below 80
in 65. Capitals (cap_px): raking 14.4-24.8 px, flare 14.3-23.3, dzoom 16.1-24.7, video
12.8-18.7, greasy 15.0-24.4. Pictures from 662x486 to 1795x1309 px (smallest and largest by
area, none over 1795 px a side); every zone inside its picture; grey s.d. 19.2 or more in
the zone's box (47.5 or more over a picture without an MRZ). CPU time a picture on this
shared machine (2 cores, 1-minute load 6.2-6.4 with this run): median 0.28 s, mean 0.35 s, at
most 1.07 s. Seeds 3 800 200-3 800 599 render too (no assertion fails).

Deterministic per seed; seeds start at SEED = 3 800 000. `sample(seed, today=...)` returns
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
import math
import zlib
from collections import Counter
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop.documents import layout
from desktop.documents.mrz import compose
from tests.documents.synth import Sample

SEED = 3_800_000
BLOCK = 200

FORMAT_QUOTA = {"TD3": 122, "TD1": 34, "TD2": 10, "MRV-A": 18, "MRV-B": 8, "none": 8}
BLANK_QUOTA = {"visa page": 5, "card front": 3}
CAPTURE_QUOTA = {"raking": 40, "flare": 40, "dzoom": 40, "video": 40, "greasy": 40}
CAPTURES = tuple(CAPTURE_QUOTA)
FACE_QUOTA = {"ocrb": 158, "hybrid": 17, "other": 17}  # of the 192 MRZ slots, as heldout25
HYBRID_QUOTA = {"glyphs": 11, "line": 6}
NEW_FACE_QUOTA = {"verana": 12, "cantarell": 11, "bandal": 11}
NEW_FACES = tuple(NEW_FACE_QUOTA)
INVALID_QUOTA = 20
CHECK_DIGIT_MISPRINTS = 12
MISPRINT_QUOTA = {
    "check": CHECK_DIGIT_MISPRINTS,
    "letters": INVALID_QUOTA - CHECK_DIGIT_MISPRINTS,
    "": 192 - INVALID_QUOTA,
}
PROCESSES = ("laser", "inkjet", "engraved", "thermal")
PROCESS_ODDS = {  # drawn per format, not dealt
    "TD3": {"laser": 0.5, "inkjet": 0.2, "engraved": 0.3},
    "TD1": {"engraved": 0.8, "laser": 0.2},
    "TD2": {"laser": 0.65, "thermal": 0.35},
    "MRV": {"inkjet": 0.6, "thermal": 0.4},
}
LOOKALIKES = "0OD8B1I5S2Z6G"
DIGIT_FOR = {"O": "0", "D": "0", "Q": "0", "I": "1", "S": "5", "B": "8", "Z": "2", "G": "6"}

FONT_ROOT = Path("/usr/share/fonts")
FACES = {  # label: (file under FONT_ROOT, Debian package)
    "ocrb": ("opentype/ocr-b/OCRB.otf", "fonts-ocr-b"),
    "verana": ("truetype/adf/Verana-Bold.otf", "fonts-adf-verana"),
    "cantarell": ("opentype/cantarell/Cantarell-Bold.otf", "fonts-cantarell"),
    "bandal": ("truetype/alee/Bandal.ttf", "fonts-alee"),
}
PAGE_FACES = {"dejavu": ("truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core")}
PACKAGES = ("fonts-adf-verana", "fonts-cantarell", "fonts-alee")

CAP_PX = {  # capitals' height in the picture aimed at (mean over the zone's end cells)
    "raking": (15.0, 25.0),
    "flare": (15.0, 25.0),
    "dzoom": (16.0, 25.0),  # after the zoom; the sensor saw 7-10.5 px
    "video": (13.0, 19.0),  # a 1280x720 frame
    "greasy": (15.0, 25.0),
}
MAX_SIDE = 2000
VIDEO_FRAME = (1280, 720)

DOC_MM = {  # the document drawn: a booklet's page or a card (mm)
    "TD3": (125.0, 88.0), "MRV-A": (125.0, 88.0), "MRV-B": (125.0, 88.0),
    "TD1": (85.6, 54.0), "TD2": (105.0, 74.0), "visa page": (125.0, 88.0),
    "card front": (85.6, 54.0),
}  # fmt: skip
FOIL_MM = {"MRV-A": (120.0, 80.0), "MRV-B": (105.0, 74.0)}
PITCH_MM = 2.54

SCORED_MIX = {  # scored_mix(2026-11-27), stated in the docstring; the tests check both
    "TD3": 122, "TD3 TWN": 57, "TD1": 34, "TD1 TWN": 20, "TD2": 10, "MRV-A": 18, "MRV-B": 8,
    "none": 8, "visa page": 5, "card front": 3, "invalid": 20,
    "raking": 40, "flare": 40, "dzoom": 40, "video": 40, "greasy": 40,
    "face ocrb": 158, "face hybrid": 17, "face other": 17,
    "verana": 12, "cantarell": 11, "bandal": 11,
    "laser": 72, "inkjet": 41, "engraved": 62, "thermal": 17,
}  # fmt: skip


# -- faces and glyph setting -------------------------------------------------------------


def face_path(name: str) -> Path:
    """The face's file. A face that is not installed is an error naming its Debian
    package: the set is defined by its faces, so none is ever replaced by another."""
    rel, package = FACES[name] if name in FACES else PAGE_FACES[name]
    path = FONT_ROOT / rel
    if path.is_file():
        return path
    raise FileNotFoundError(
        f"face {name!r} wants {package} (apt-get install {package}, as "
        f"scripts/setup-system.sh does): {path} is missing, and bench/mrz_heldout27.py "
        "never substitutes a face"
    )


@functools.cache
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(face_path(name)), size)


REF_CAP = 120  # H's ink height (px) at which every glyph is rasterised once


@dataclasses.dataclass(frozen=True)
class Glyph:
    """A glyph's ink at REF_CAP: coverage 0-1 and its top row relative to the baseline
    (negative above it)."""

    ink: np.ndarray
    top: int


def _ink_box(a: np.ndarray) -> tuple[int, int, int, int]:
    rows, cols = np.flatnonzero(a.max(1) > 0), np.flatnonzero(a.max(0) > 0)
    return int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1


def _raster(name: str, size: int, ch: str) -> tuple[np.ndarray, int]:
    """The character drawn at `size` with its baseline at a known row: (ink, baseline)."""
    side = size * 2
    base = int(size * 1.4)
    im = Image.new("L", (side, side), 0)
    ImageDraw.Draw(im).text((size // 2, base), ch, font=font(name, size), fill=255, anchor="ls")
    return np.asarray(im, np.float32) / 255.0, base


@functools.cache
def _face_size(name: str) -> int:
    """The size at which H's ink is REF_CAP tall, measured on its pixels: faces disagree
    on what their cap height is."""
    probe = 200
    ink, _ = _raster(name, probe, "H")
    y0, y1, _, _ = _ink_box(ink)
    return max(10, round(probe * REF_CAP / (y1 - y0)))


@functools.cache
def glyph(name: str, ch: str) -> Glyph:
    ink, base = _raster(name, _face_size(name), ch)
    y0, y1, x0, x1 = _ink_box(ink)
    return Glyph(ink[y0:y1, x0:x1].copy(), y0 - base)


def set_line(
    canvas: np.ndarray,
    text: str,
    faces: list[str],
    x0: float,
    baseline: float,
    pitch: float,
    cap: float,
    jitter: np.ndarray | None = None,
) -> None:
    """Sets `text` on the fixed pitch into `canvas` (coverage, in place): each glyph scaled
    so that H is `cap` tall, where its face puts it on the baseline, its ink centred in
    its cell (narrowed to 88 % of the pitch when wider), at its sub-pixel position."""
    k = cap / REF_CAP
    for i, (ch, face) in enumerate(zip(text, faces, strict=True)):
        g = glyph(face, ch)
        h, w = g.ink.shape
        kx = min(k, 0.88 * pitch / w)
        dx, dy = (0.0, 0.0) if jitter is None else (float(jitter[i, 0]), float(jitter[i, 1]))
        left = x0 + (i + 0.5) * pitch - w * kx / 2 + dx
        top = baseline + g.top * k + dy
        tw, th = max(1, round(w * kx)), max(1, round(h * k))
        small = cv2.resize(g.ink, (tw, th), interpolation=cv2.INTER_AREA)
        ox, oy = math.floor(left) - 1, math.floor(top) - 1
        pw, ph = tw + 3, th + 3
        m = np.float32([[w * kx / tw, 0, left - ox], [0, h * k / th, top - oy]])
        patch = cv2.warpAffine(small, m, (pw, ph), flags=cv2.INTER_LINEAR)
        ya, xa = max(oy, 0), max(ox, 0)
        yb, xb = min(oy + ph, canvas.shape[0]), min(ox + pw, canvas.shape[1])
        if ya < yb and xa < xb:
            sub = patch[ya - oy : yb - oy, xa - ox : xb - ox]
            np.maximum(canvas[ya:yb, xa:xb], sub, out=canvas[ya:yb, xa:xb])


# -- the plan: quotas dealt per block, content drawn per seed ------------------------------


def _deal(block: int, name: str, quota: dict[str, int]) -> list[str]:
    deck = [k for k, n in quota.items() for _ in range(n)]
    rng = np.random.default_rng([27, block, zlib.crc32(name.encode())])
    return [deck[i] for i in rng.permutation(len(deck))]


@dataclasses.dataclass(frozen=True)
class Slot:
    fmt: str
    capture: str
    blank: str = ""
    face_kind: str = ""
    other: str = ""
    hybrid: str = ""
    misprint: str = ""


@functools.cache
def _block(block: int) -> tuple[Slot, ...]:
    formats = _deal(block, "format", FORMAT_QUOTA)
    captures = _deal(block, "capture", CAPTURE_QUOTA)
    faces = iter(_deal(block, "face", FACE_QUOTA))
    others = iter(_deal(block, "new face", NEW_FACE_QUOTA))
    hybrids = iter(_deal(block, "hybrid", HYBRID_QUOTA))
    misprints = iter(_deal(block, "misprint", MISPRINT_QUOTA))
    blanks = iter(_deal(block, "blank", BLANK_QUOTA))
    slots = []
    for fmt, capture in zip(formats, captures, strict=True):
        if fmt == "none":
            slots.append(Slot(fmt, capture, blank=next(blanks)))
            continue
        kind = next(faces)
        other = next(others) if kind != "ocrb" else ""
        hybrid = next(hybrids) if kind == "hybrid" else ""
        slots.append(Slot(fmt, capture, "", kind, other, hybrid, next(misprints)))
    return tuple(slots)


@dataclasses.dataclass(frozen=True)
class FacePlan:
    """Which face prints each character: `kind` ocrb, hybrid (the look-alikes in `glyphs`,
    every occurrence, or line `line` from `other`) or other (the whole zone in `other`)."""

    kind: str
    other: str = ""
    glyphs: str = ""
    line: int = -1

    @property
    def label(self) -> str:
        return "ocrb" if self.kind == "ocrb" else f"{self.kind}:{self.other}"

    def face(self, line: int, ch: str) -> str:
        if self.kind == "other" or (
            self.kind == "hybrid" and (line == self.line or ch in self.glyphs)
        ):
            return self.other
        return "ocrb"


@dataclasses.dataclass(frozen=True)
class Plan:
    seed: int
    capture: str
    fmt: str  # "none" for a page without an MRZ
    blank: str
    fields: tuple[tuple[str, str], ...]  # what mrz.compose was given
    composed: tuple[str, ...]
    printed: tuple[str, ...]
    valid: bool
    misprint: str
    face: FacePlan
    process: str
    cover: str  # the booklet's or card's colour name

    @property
    def no_mrz(self) -> bool:
        return self.fmt == "none"


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Names: this module's own lists, by where the holder comes from.
TW_SURNAMES = _words(
    "CHEN LIN HUANG CHANG LI WANG WU LIU TSAI YANG HSU CHENG HSIEH KUO HUNG TSENG CHIU LIAO "
    "LAI CHOU YEH SU CHUANG LU CHIANG HO LO KAO HSIAO PAN CHIEN TU FANG SHIH YU WEN"
)
TW_SYLLABLES = _words(
    "CHIA HAO YU TING WEI HSIN CHUN MEI JUI SHU YI PEI CHIH HUNG KUAN YEN TZU HSUAN LING PO "
    "JEN CHING FANG KAI YUNG HSIANG AN CHEN MING HUI TSUNG YA"
)
NAMES = {  # region: (surnames, given names)
    "jp": (
        _words(
            "SATO SUZUKI TAKAHASHI TANAKA WATANABE ITO YAMAMOTO NAKAMURA KOBAYASHI KATO "
            "YOSHIDA YAMADA SASAKI MATSUMOTO INOUE KIMURA SHIMIZU HAYASHI"
        ),
        _words("HARUTO YUI SOTA HINA REN MIO KAITO AOI DAIKI SAKURA KENJI NAOMI SHOTA EMI"),
    ),
    "kr": (
        _words("KIM LEE PARK CHOI JUNG KANG CHO YOON JANG LIM HAN OH SEO SHIN KWON HWANG"),
        _words("MINJUN SEOYEON JIHO HAEUN DOYUN SUBIN YEJUN JIWOO HYUNWOO SOYEON DONGHYUN"),
    ),
    "sea": (
        _words(
            "NGUYEN TRAN LE PHAM HOANG VU DANG BUI SANTOS REYES CRUZ BAUTISTA DELACRUZ "
            "GARCIA SRISUK WONGSA SETIAWAN WIJAYA HIDAYAT TAN LIM ABDULLAH RAHMAN"
        ),
        _words(
            "THI ANH MINH DUC LINH JOSE MARIA ANGELICA RICO SOMCHAI NIRAN BUDI SITI DEWI "
            "AHMAD NURUL WEI LING"
        ),
    ),
    "south": (
        _words("SHARMA PATEL SINGH KUMAR GUPTA REDDY NAIR IYER DAS KHAN"),
        _words("AARAV PRIYA ROHAN ANANYA VIKRAM DIVYA ARJUN SNEHA"),
    ),
    "west": (
        _words(
            "SMITH JOHNSON BROWN MUELLER SCHMIDT SCHNEIDER DUBOIS MARTIN BERNARD VISSER "
            "JANSEN BAKKER GARCIA LOPEZ ROSSI BIANCHI KOWALSKI NOWAK PEETERS WILSON TAYLOR "
            "MACDONALD OSULLIVAN POPESCU IONESCU SILVA"
        ),
        _words(
            "JAMES OLIVIA LUKAS SOPHIE PIERRE CAMILLE DAAN EMMA SOFIA MARCO GIULIA PIOTR ANNA "
            "LIAM NOAH CHLOE ISABELLA ANDREI ELENA THOMAS"
        ),
    ),
}
REGION = {
    "TWN": "tw", "JPN": "jp", "KOR": "kr", "VNM": "sea", "PHL": "sea", "THA": "sea",
    "IDN": "sea", "MYS": "sea", "SGP": "sea", "HKG": "tw", "MAC": "tw", "IND": "south",
}  # fmt: skip
PASSPORT_STATES = {  # issuing state: weight (TWN drawn apart)
    "JPN": 9, "KOR": 8, "USA": 7, "VNM": 7, "PHL": 6, "THA": 6, "IDN": 5, "MYS": 5,
    "SGP": 3, "HKG": 3, "MAC": 2, "IND": 3, "GBR": 3, "D": 3, "FRA": 2, "NLD": 2,
    "CAN": 3, "AUS": 3, "NZL": 1,
}  # fmt: skip
CARD_STATES = ("D", "NLD", "BEL", "ESP", "ITA", "POL", "FRA", "PRT")
CREW_STATES = ("TWN", "JPN", "KOR", "PHL", "THA")
VISA_ISSUERS = {"TWN": 10, "JPN": 3, "USA": 3, "KOR": 2, "CAN": 2}
FOREIGN = ("VNM", "IDN", "PHL", "THA", "IND", "USA", "JPN", "MYS", "GBR", "D", "KOR", "FRA")
COVERS = {
    "TWN": "green", "JPN": "red", "KOR": "blue", "USA": "navy", "VNM": "green",
    "PHL": "maroon", "THA": "maroon", "IDN": "green", "MYS": "maroon", "SGP": "red",
    "IND": "navy", "GBR": "navy", "HKG": "navy", "MAC": "green", "CAN": "navy",
    "AUS": "navy", "NZL": "black",
}  # fmt: skip
COVER_RGB = {
    "green": (0.12, 0.30, 0.20), "red": (0.55, 0.10, 0.14), "blue": (0.12, 0.22, 0.45),
    "navy": (0.09, 0.12, 0.28), "maroon": (0.40, 0.09, 0.12), "black": (0.08, 0.08, 0.09),
    "card": (0.86, 0.88, 0.90),
}  # fmt: skip

_TW_LETTER = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        (
            10,
            11,
            12,
            13,
            14,
            15,
            16,
            17,
            34,
            18,
            19,
            20,
            21,
            22,
            35,
            23,
            24,
            25,
            26,
            27,
            28,
            29,
            32,
            30,
            31,
            33,
        ),
        strict=True,
    )
)


def taiwan_number(rng: np.random.Generator, second: str) -> str:
    """A Taiwan identification (or resident UI) number: a letter, `second` (1/2 by sex for
    citizens, 8/9 for residents), seven digits and a check digit making the weighted sum
    (1, 9, 8, ..., 2, 1, 1 over the letter's two digits and the rest) a multiple of 10."""
    letter = "ABCDEFGHJKMNPQTUVWXZ"[int(rng.integers(20))]
    body = second + "".join(str(int(d)) for d in rng.integers(0, 10, 7))
    v = _TW_LETTER[letter]
    digits = [v // 10, v % 10, *map(int, body)]
    total = sum(d * w for d, w in zip(digits, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1), strict=True))
    return letter + body + str((10 - total % 10) % 10)


def _digits(rng: np.random.Generator, n: int) -> str:
    return "".join(str(int(d)) for d in rng.integers(0, 10, n))


def _letters(rng: np.random.Generator, n: int) -> str:
    return "".join(chr(65 + int(c)) for c in rng.integers(0, 26, n))


def _number(rng: np.random.Generator, state: str) -> str:
    """A passport number shaped as the state's (from public specimens; approximate)."""
    shapes = {
        "TWN": lambda: _digits(rng, 9),
        "JPN": lambda: _letters(rng, 2) + _digits(rng, 7),
        "KOR": lambda: "M" + _digits(rng, 3) + _letters(rng, 1) + _digits(rng, 4),
        "USA": lambda: _digits(rng, 9),
        "VNM": lambda: "C" + _digits(rng, 7),
        "PHL": lambda: "P" + _digits(rng, 7) + _letters(rng, 1),
        "THA": lambda: _letters(rng, 2) + _digits(rng, 7),
        "SGP": lambda: "K" + _digits(rng, 7) + _letters(rng, 1),
        "FRA": lambda: _digits(rng, 2) + _letters(rng, 2) + _digits(rng, 5),
        "D": lambda: "C" + "".join(rng.choice(list("CFGHJKLMNPRTVWXYZ0123456789"), 8)),
        "CAN": lambda: _letters(rng, 2) + _digits(rng, 6),
        "HKG": lambda: "K" + _digits(rng, 8),
    }
    make = shapes.get(state, lambda: _letters(rng, 1) + _digits(rng, 7))
    return make()


def _name(rng: np.random.Generator, region: str) -> tuple[str, str]:
    if region == "tw":
        given = " ".join(rng.choice(TW_SYLLABLES, 2))
        return str(rng.choice(TW_SURNAMES)), given
    surnames, givens = NAMES[region]
    given = str(rng.choice(givens))
    if rng.random() < 0.2:
        given += " " + str(rng.choice(givens))
    return str(rng.choice(surnames)), given


def _dates(
    rng: np.random.Generator, today: dt.date, years: int, child: float = 0.08
) -> tuple[dt.date, dt.date]:
    age = rng.integers(1, 18) if rng.random() < child else rng.integers(18, 82)
    birth = today - dt.timedelta(days=int(age * 365.25 + rng.integers(0, 365)))
    expiry = today + dt.timedelta(days=int(rng.integers(20, 365 * years)))
    return birth, expiry


def _pick(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _document(rng: np.random.Generator, fmt: str, today: dt.date) -> tuple[dict[str, str], str]:
    """The fields mrz.compose is given, and the cover's colour."""
    sex = "M" if rng.random() < 0.5 else "F"
    if fmt == "TD3":
        state = "TWN" if rng.random() < 0.4 else _pick(rng, PASSPORT_STATES)
        surname, given = _name(rng, REGION.get(state, "west"))
        birth, expiry = _dates(rng, today, 10)
        optional = ""
        if state == "TWN":
            optional = taiwan_number(rng, "1" if sex == "M" else "2")
        elif state == "KOR" and rng.random() < 0.5:
            optional = _digits(rng, 7)
        f = dict(
            document_code="P",
            issuing_state=state,
            nationality=state,
            document_number=_number(rng, state),
            optional_data=optional,
        )
        cover = COVERS.get(state, "navy")
    elif fmt == "TD1":
        if rng.random() < 0.45:  # a Taiwan resident certificate (ARC)
            nat = str(rng.choice(FOREIGN))
            f = dict(
                document_code="IR",
                issuing_state="TWN",
                nationality=nat,
                document_number=taiwan_number(rng, "8" if sex == "M" else "9"),
            )
            region = REGION.get(nat, "west")
        else:
            state = str(rng.choice(CARD_STATES))
            number = _digits(rng, 12) if state == "BEL" else _letters(rng, 3) + _digits(rng, 6)
            f = dict(
                document_code="ID", issuing_state=state, nationality=state, document_number=number
            )
            region = "west"
        surname, given = _name(rng, region)
        birth, expiry = _dates(rng, today, 5, child=0.0)
        cover = "card"
    elif fmt == "TD2":
        state = str(rng.choice(CREW_STATES))
        f = dict(
            document_code="AC",
            issuing_state=state,
            nationality=state,
            document_number=_letters(rng, 1) + _digits(rng, 7),
        )
        surname, given = _name(rng, REGION.get(state, "west"))
        birth, expiry = _dates(rng, today, 5, child=0.0)
        cover = "card"
    else:
        issuer = _pick(rng, VISA_ISSUERS)
        nat = str(rng.choice([s for s in FOREIGN if s != issuer]))
        number = _digits(rng, 9) if issuer in ("TWN", "USA") else _letters(rng, 1) + _digits(rng, 8)
        f = dict(
            document_code="V",
            issuing_state=issuer,
            nationality=nat,
            document_number=number,
            optional_data="",
        )
        surname, given = _name(rng, REGION.get(nat, "west"))
        birth, expiry = _dates(rng, today, 2)
        cover = COVERS.get(nat, "navy")
    f.update(
        surname=surname,
        given_names=given,
        sex=sex,
        birth_date=birth.strftime("%y%m%d"),
        expiry_date=expiry.strftime("%y%m%d"),
    )
    return f, cover


def _misprint(
    rng: np.random.Generator, fmt: str, lines: tuple[str, ...], kind: str
) -> tuple[tuple[str, ...], str] | None:
    """The lines with one error of `kind` ("check": a check digit changed; "letters": a
    name's look-alike letter printed as a digit); None when the lines offer no place."""
    lay = layout.layout(fmt)
    if kind == "check":
        places = [(c.line, c.pos) for c in lay.checks if lines[c.line][c.pos].isdigit()]
        i, k = places[int(rng.integers(len(places)))]
        now = str((int(lines[i][k]) + int(rng.integers(1, 10))) % 10)
        what = "invalid as printed: a wrong check digit"
    else:
        names = lay.field("names")
        row = lines[names.line]
        places = [(names.line, k) for k in range(names.start, names.stop) if row[k] in DIGIT_FOR]
        if not places:
            return None
        i, k = places[int(rng.integers(len(places)))]
        now = DIGIT_FOR[lines[i][k]]
        what = "invalid as printed: a digit among the name's letters"
    out = list(lines)
    out[i] = out[i][:k] + now + out[i][k + 1 :]
    return tuple(out), f"{what} (line {i + 1}, position {k + 1})"


def plan(seed: int, today: dt.date) -> Plan:
    """Everything dealt or drawn for `seed` before any pixel is drawn."""
    block, idx = divmod(seed - SEED, BLOCK)
    slot = _block(block)[idx]
    rng = np.random.default_rng([27, seed, 1])
    if slot.fmt == "none":
        return Plan(
            seed,
            slot.capture,
            "none",
            slot.blank,
            (),
            (),
            (),
            False,
            "",
            FacePlan(""),
            "",
            "card" if slot.blank == "card front" else "navy",
        )
    for _ in range(200):  # redrawn until the dealt misprint and look-alikes find a place
        fields, cover = _document(rng, slot.fmt, today)
        composed = compose(slot.fmt, **fields)  # type: ignore[arg-type]
        printed, misprint = composed, ""
        if slot.misprint:
            out = _misprint(rng, slot.fmt, composed, slot.misprint)
            if out is None:
                continue
            printed, misprint = out
        present = [c for c in LOOKALIKES if any(c in x for x in printed)]
        if slot.hybrid == "glyphs" and len(present) < 3:
            continue
        break
    else:  # pragma: no cover - 200 draws always found one in 600 seeds tried
        raise RuntimeError(f"seed {seed}: no document fits its dealt slot")
    if slot.face_kind == "hybrid" and slot.hybrid == "glyphs":
        n = int(rng.integers(3, min(6, len(present)) + 1))
        chosen = rng.choice(present, n, replace=False)
        face = FacePlan("hybrid", slot.other, glyphs="".join(sorted(chosen)))
    elif slot.face_kind == "hybrid":
        face = FacePlan("hybrid", slot.other, line=int(rng.integers(len(printed))))
    else:
        face = FacePlan(slot.face_kind, slot.other)
    odds = PROCESS_ODDS["MRV" if slot.fmt.startswith("MRV") else slot.fmt]
    process = _pick(rng, odds)
    return Plan(
        seed,
        slot.capture,
        slot.fmt,
        "",
        tuple(fields.items()),
        composed,
        printed,
        not misprint,
        misprint,
        face,
        process,
        cover,
    )


def scored_mix(today: dt.date) -> dict[str, int]:
    """The scored 200 seeds' mix, counted on the plans."""
    c: Counter[str] = Counter()
    for s in range(SEED, SEED + BLOCK):
        p = plan(s, today)
        c[p.fmt] += 1
        c[p.capture] += 1
        if p.no_mrz:
            c[p.blank] += 1
            continue
        f = dict(p.fields)
        if f["issuing_state"] == "TWN" and p.fmt in ("TD3", "TD1"):
            c[f"{p.fmt} TWN"] += 1
        c["invalid"] += not p.valid
        c[f"face {p.face.kind}"] += 1
        if p.face.kind != "ocrb":
            c[p.face.other] += 1
        c[p.process] += 1
    return dict(c)


# -- the page ---------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Page:
    """The document drawn at `res` px/mm: RGB 0-1, its alpha (cards' corners), the zone's
    corners, and the end cells' (centre x, baseline, capital height) in page pixels."""

    rgb: np.ndarray
    alpha: np.ndarray
    res: float
    zone: np.ndarray  # 4x2: top left, top right, bottom right, bottom left
    ends: tuple[tuple[float, float, float], ...]
    notes: tuple[str, ...]


INK = {  # reflectance (RGB) of the MRZ's ink by print process
    "laser": (0.08, 0.08, 0.08),
    "inkjet": (0.10, 0.12, 0.25),
    "engraved": (0.35, 0.35, 0.35),
    "thermal": (0.42, 0.37, 0.32),
}


def _smooth_noise(rng: np.random.Generator, shape: tuple[int, int], scale: float) -> np.ndarray:
    """Noise of unit s.d. whose features are about `scale` pixels across."""
    small = (max(2, int(shape[1] / scale)), max(2, int(shape[0] / scale)))
    n = rng.standard_normal((small[1], small[0])).astype(np.float32)
    n = cv2.resize(n, (shape[1], shape[0]), interpolation=cv2.INTER_CUBIC)
    return n / max(float(n.std()), 1e-6)


def _text(
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    s: str,
    mm: float,
    res: float,
    fill: tuple[int, int, int],
) -> None:
    draw.text(xy, s, font=font("dejavu", max(6, round(mm * res))), fill=fill)


def _page_art(p: Plan, rng: np.random.Generator, res: float, w: int, h: int) -> np.ndarray:
    """The document without its MRZ: paper or card stock, a pale security pattern, labels,
    data and a schematic portrait (or stamps on a visa page)."""
    tint = np.array([0.96, 0.95, 0.90]) + rng.uniform(-0.03, 0.02, 3)
    if p.cover == "card":
        tint = np.array([0.93, 0.95, 0.96]) + rng.uniform(-0.03, 0.02, 3)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32) / res
    period = rng.uniform(1.2, 2.2)
    wave = np.sin((yy + 1.5 * np.sin(xx / rng.uniform(6, 11))) * 2 * np.pi / period)
    pattern = (0.5 + 0.5 * wave) * rng.uniform(0.03, 0.06)
    hue = rng.uniform(0.3, 1.0, 3)
    rgb = tint[None, None, :] - pattern[..., None] * hue[None, None, :]
    rgb += 0.008 * _smooth_noise(rng, (h, w), res * 0.4)[..., None]
    im = Image.fromarray((np.clip(rgb, 0, 1) * 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(im)
    dark = (50, 50, 70)
    if p.blank == "visa page":
        for _ in range(int(rng.integers(2, 5))):  # entry and exit stamps
            cx, cy = rng.uniform(0.15, 0.85) * w, rng.uniform(0.15, 0.85) * h
            r = rng.uniform(9, 14) * res
            col = tuple(int(v) for v in rng.choice([(40, 60, 150), (150, 40, 60), (40, 110, 70)]))
            if rng.random() < 0.5:
                d.ellipse(
                    (cx - r, cy - r, cx + r, cy + r), outline=col, width=max(1, int(res * 0.4))
                )
            else:
                d.rectangle(
                    (cx - 1.4 * r, cy - r * 0.8, cx + 1.4 * r, cy + r * 0.8),
                    outline=col,
                    width=max(1, int(res * 0.4)),
                )
            _text(
                d,
                (cx - r * 0.8, cy - r * 0.3),
                "ARRIVAL" if rng.random() < 0.5 else "DEPARTED",
                2.2,
                res,
                col,
            )
            _text(
                d,
                (cx - r * 0.8, cy + r * 0.1),
                f"{rng.integers(1, 29):02d} NOV 2026",
                2.0,
                res,
                col,
            )
        return np.asarray(im, np.float32) / 255.0
    card = (
        "RESIDENT CERTIFICATE" if dict(p.fields).get("document_code") == "IR" else "IDENTITY CARD"
    )
    title = {"TD3": "PASSPORT", "TD1": card, "TD2": "CREW MEMBER CERTIFICATE"}.get(p.fmt, "VISA")
    if p.blank == "card front":
        title = "RESIDENT CERTIFICATE"
    _text(d, (0.05 * w, 0.04 * h), title, 3.2 if p.fmt != "TD1" else 2.4, res, dark)
    px0 = 0.05 * w
    py0 = 0.16 * h
    lx = px0
    if p.fmt != "TD1":  # a TD1 card's MRZ is on its back: no portrait there
        pw, ph = round(0.24 * w), round(0.24 * w * 1.28)
        portrait = Image.new("RGB", (pw, ph), (200, 205, 212))
        pd = ImageDraw.Draw(portrait)
        pd.ellipse((0.2 * pw, 0.12 * ph, 0.8 * pw, 0.62 * ph), fill=(150, 140, 130))
        pd.ellipse((0.05 * pw, 0.6 * ph, 0.95 * pw, 1.3 * ph), fill=(90, 95, 110))
        im.paste(portrait, (round(px0), round(py0)))
        lx = px0 + pw + 0.05 * w
    f = dict(p.fields)
    rows = [
        ("Surname", f.get("surname", "LEE")),
        ("Given names", f.get("given_names", "MING")),
        ("Nationality", f.get("nationality", "TWN")),
        ("Date of birth", f.get("birth_date", "")),
        ("Sex", f.get("sex", "")),
        ("Date of expiry", f.get("expiry_date", "")),
        ("No.", f.get("document_number", "")),
    ]
    step = 0.085 * h if p.fmt != "TD1" else 0.08 * h
    for i, (label, value) in enumerate(rows):
        y = py0 + i * step
        if y > (0.55 if p.fmt == "TD1" else 0.62) * h:
            break
        _text(d, (lx, y), label, 1.4, res, (90, 90, 110))
        _text(d, (lx, y + 1.6 * res), value, 2.1, res, dark)
    return np.asarray(im, np.float32) / 255.0


def _zone_geometry(
    p: Plan, rng: np.random.Generator, doc_w: float, doc_h: float
) -> tuple[float, float, float, float, float]:
    """(pitch, capitals, line spacing, last baseline, left edge), all mm on the document
    (or foil). Assumptions, not quoted figures; see the module's docstring."""
    lay = layout.layout(p.fmt)
    pitch = PITCH_MM * rng.uniform(0.985, 1.015)
    cap = rng.uniform(2.35, 2.5)
    td1 = p.fmt == "TD1"
    spacing = rng.uniform(3.7, 4.1) if td1 else rng.uniform(4.0, 4.4)
    last = doc_h - (rng.uniform(3.5, 4.2) if td1 else rng.uniform(4.6, 5.4))
    left = (doc_w - lay.width * pitch) / 2 + rng.uniform(-0.7, 0.7)
    return pitch, cap, spacing, last, left


def draw_page(p: Plan, rng: np.random.Generator, res: float) -> Page:
    kind = p.blank or p.fmt
    w_mm, h_mm = DOC_MM[kind]
    w, h = round(w_mm * res), round(h_mm * res)
    rgb = _page_art(p, rng, res, w, h)
    alpha = np.ones((h, w), np.float32)
    notes: list[str] = []
    if kind in ("TD1", "TD2", "card front"):  # rounded corners (ID-1's 3.18 mm)
        r = round(3.18 * res)
        mask = np.zeros((h, w), np.uint8)
        cv2.rectangle(mask, (r, 0), (w - r - 1, h - 1), 255, -1)
        cv2.rectangle(mask, (0, r), (w - 1, h - r - 1), 255, -1)
        for cx, cy in ((r, r), (w - r - 1, r), (r, h - r - 1), (w - r - 1, h - r - 1)):
            cv2.circle(mask, (cx, cy), r, 255, -1, lineType=cv2.LINE_AA)
        alpha = mask.astype(np.float32) / 255.0
    if p.no_mrz:
        blank = Page(rgb, alpha, res, np.zeros((0, 2)), (), (f"page without an MRZ: {p.blank}",))
        return _in_cover(blank, p, rng) if kind in BOOKLETS else blank
    ox = oy = 0.0  # the zone's document: the page itself or a visa foil on it
    dw, dh = w_mm, h_mm
    if p.fmt in FOIL_MM:
        dw, dh = FOIL_MM[p.fmt]
        ox, oy = (w_mm - dw) / 2, h_mm - dh - rng.uniform(1.5, 3.0)
        x0, y0, x1, y1 = (round(v * res) for v in (ox, oy, ox + dw, oy + dh))
        foil = rgb[y0:y1, x0:x1]
        hue = np.array(rng.choice([(0.9, 0.95, 1.0), (1.0, 0.93, 0.95), (0.95, 1.0, 0.93)]))
        yy = np.arange(y1 - y0, dtype=np.float32)[:, None] / res
        band = 0.5 + 0.5 * np.sin(yy * 2 * np.pi / rng.uniform(3, 6))
        rgb[y0:y1, x0:x1] = foil * hue[None, None, :] * (1 - 0.03 * band[..., None])
        notes.append(f"visa foil {dw:.0f}x{dh:.0f} mm")
    pitch, cap, spacing, last, left = _zone_geometry(p, rng, dw, dh)
    n = len(p.printed)
    cov = np.zeros((h, w), np.float32)
    ends: list[tuple[float, float, float]] = []
    pitch_px, cap_px = pitch * res, cap * res
    x0 = (ox + left) * res
    for i, line in enumerate(p.printed):
        base = (oy + last - (n - 1 - i) * spacing) * res
        faces = [p.face.face(i, c) for c in line]
        jitter = rng.normal(0, 0.02 * cap_px, (len(line), 2))
        set_line(cov, line, faces, x0, base, pitch_px, cap_px, jitter)
        if i in (0, n - 1):
            ends += [
                (x0 + 0.5 * pitch_px, base, cap_px),
                (x0 + (len(line) - 0.5) * pitch_px, base, cap_px),
            ]
    top = (oy + last - (n - 1) * spacing - cap) * res
    bottom = (oy + last) * res
    zone = np.array(
        [
            [x0, top],
            [x0 + len(p.printed[0]) * pitch_px, top],
            [x0 + len(p.printed[0]) * pitch_px, bottom],
            [x0, bottom],
        ]
    )
    ink = np.array(INK[p.process]) * rng.uniform(0.88, 1.12)
    if p.process == "inkjet":
        cov = cv2.GaussianBlur(cov, (0, 0), 0.05 * res)
        cov = np.clip(cov * (1.05 + 0.08 * _smooth_noise(rng, cov.shape, 0.2 * res)), 0, 1)
    elif p.process == "engraved":
        k = max(1, round(0.06 * res))
        cov = cv2.erode(cov, np.ones((k, k), np.uint8))
    elif p.process == "thermal":
        fade = np.linspace(1.0, rng.uniform(0.72, 0.9), w, dtype=np.float32)[None, :]
        patches = 1 - 0.12 * np.clip(_smooth_noise(rng, cov.shape, 2.0 * res), 0, None)
        cov = cov * fade * np.clip(patches, 0.7, 1)
    rgb = rgb * (1 - cov[..., None] * (1 - ink[None, None, :]))
    notes.append(f"pitch {pitch:.3f} mm, capitals {cap:.2f} mm")
    page = Page(rgb.astype(np.float32), alpha, res, zone, tuple(ends), tuple(notes))
    return _in_cover(page, p, rng) if kind in BOOKLETS else page


BOOKLETS = ("TD3", "MRV-A", "MRV-B", "visa page")


def _in_cover(page: Page, p: Plan, rng: np.random.Generator) -> Page:
    """A booklet's page lies in its cover, which shows 2-3.5 mm round it."""
    b = round(rng.uniform(2.0, 3.5) * page.res)
    colour = np.array(COVER_RGB[p.cover], np.float32)
    h, w = page.alpha.shape
    rgb = np.empty((h + 2 * b, w + 2 * b, 3), np.float32)
    rgb[:] = colour * (1 + 0.04 * _smooth_noise(rng, rgb.shape[:2], page.res)[..., None])
    rgb[b : b + h, b : b + w] = page.rgb
    alpha = np.ones(rgb.shape[:2], np.float32)
    ends = tuple((x + b, y + b, c) for x, y, c in page.ends)
    zone = page.zone + b if len(page.zone) else page.zone
    return Page(rgb, alpha, page.res, zone, ends, (*page.notes, f"in a {p.cover} cover"))


# -- the capture ----------------------------------------------------------------------


def _desk(rng: np.random.Generator, w: int, h: int) -> tuple[np.ndarray, str]:
    name = str(rng.choice(["wood", "grey", "dark blue", "beige"]))
    base = {
        "wood": (0.52, 0.36, 0.22),
        "grey": (0.45, 0.46, 0.47),
        "dark blue": (0.12, 0.16, 0.26),
        "beige": (0.78, 0.72, 0.62),
    }[name]
    desk = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    grain = _smooth_noise(rng, (h, w), 40)
    if name == "wood":
        yy = np.arange(h, dtype=np.float32)[:, None]
        grain = np.sin(yy / rng.uniform(5, 11) + 2 * _smooth_noise(rng, (h, w), 120)) + 0.3 * grain
    return desk * (1 + 0.05 * grain[..., None]), name


def _camera(
    rng: np.random.Generator,
    page: Page,
    cap_px: float,
    cap_page: float,
    turn: float,
    keystone: tuple[float, float],
) -> np.ndarray:
    """A homography from page pixels to picture pixels (before framing): scale so the
    capitals are `cap_px` tall, a keystone (the far edge k of the near one) about either
    axis, turned by up to `turn` degrees."""
    h, w = page.alpha.shape
    s = cap_px / cap_page
    k = rng.uniform(*keystone)
    hw, hh = w * s / 2, h * s / 2
    pts = np.array([[-hw, -hh], [hw, -hh], [hw, hh], [-hw, hh]], np.float64)
    if rng.random() < 0.6:  # about the horizontal axis: the top edge farther
        far = rng.random() < 0.5
        edge = (0, 1) if far else (2, 3)
        pts[list(edge), 0] *= k
        pts[list(edge), 1] *= 0.5 + 0.5 * k
    else:
        edge = (0, 3) if rng.random() < 0.5 else (1, 2)
        pts[list(edge), 1] *= k
        pts[list(edge), 0] *= 0.5 + 0.5 * k
    a = math.radians(rng.uniform(-turn, turn))
    rot = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    dst = pts @ rot.T
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64)
    return cv2.getPerspectiveTransform(src.astype(np.float32), dst.astype(np.float32))


def _project(hm: np.ndarray, pts: np.ndarray) -> np.ndarray:
    return cv2.perspectiveTransform(pts.reshape(-1, 1, 2).astype(np.float64), hm).reshape(-1, 2)


def _cap_measured(hm: np.ndarray, page: Page) -> float:
    """Capitals' height in the picture: the mean over the zone's end cells."""
    heights = []
    for x, base, cap in page.ends:
        a, b = _project(hm, np.array([[x, base], [x, base - cap]]))
        heights.append(float(np.hypot(*(a - b))))
    return float(np.mean(heights))


def _frame(
    rng: np.random.Generator, hm: np.ndarray, page: Page, size: tuple[int, int] | None
) -> tuple[np.ndarray, tuple[int, int]]:
    """Moves the homography so the picture frames the document with some desk round it
    (or a fixed `size`, the zone inside), never over MAX_SIDE a side."""
    h, w = page.alpha.shape
    corners = _project(hm, np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64))
    lo, hi = corners.min(0), corners.max(0)
    if size is None:
        margin = (hi - lo) * rng.uniform(0.05, 0.16, 2)
        want = np.minimum(np.ceil(hi - lo + 2 * margin), MAX_SIDE - 1).astype(int)
        pw, ph = int(max(want[0], 320)), int(max(want[1], 320))
    else:
        pw, ph = size
    zone = _project(hm, page.zone) if len(page.zone) else corners
    zlo, zhi = zone.min(0), zone.max(0)
    centre = (lo + hi) / 2
    # the document's centre where it fits; else slid (randomly) so the zone stays in frame
    shift = np.array([pw / 2, ph / 2]) - centre
    for ax, side in ((0, pw), (1, ph)):
        pad = 0.03 * side
        least = pad - zlo[ax]
        most = side - pad - zhi[ax]
        if least > most:
            shift[ax] = (least + most) / 2
        elif not least <= shift[ax] <= most:
            shift[ax] = rng.uniform(least, most)
    t = np.array([[1, 0, shift[0]], [0, 1, shift[1]], [0, 0, 1]], np.float64)
    return t @ hm, (pw, ph)


def _render(
    rng: np.random.Generator, page: Page, hm: np.ndarray, size: tuple[int, int], scale: float
) -> np.ndarray:
    """The page on a desk with its drop shadow, seen through `hm`: RGB 0-1."""
    pw, ph = size
    src_rgb, src_a = page.rgb, page.alpha
    if scale < 0.95:  # against aliasing when the page is brought down
        src_rgb = cv2.GaussianBlur(src_rgb, (0, 0), 0.4 / scale)
    doc = cv2.warpPerspective(src_rgb, hm, (pw, ph), flags=cv2.INTER_LINEAR)
    a = cv2.warpPerspective(src_a, hm, (pw, ph), flags=cv2.INTER_LINEAR)[..., None]
    desk, _ = _desk(rng, pw, ph)
    off = rng.uniform(2, 8, 2)
    sh = np.roll(a[..., 0], (int(off[1]), int(off[0])), (0, 1))
    sh = cv2.GaussianBlur(sh, (0, 0), rng.uniform(3, 9))[..., None]
    desk = desk * (1 - rng.uniform(0.2, 0.4) * sh)
    return desk * (1 - a) + doc * a


def _noise_and_jpeg(
    rng: np.random.Generator, img: np.ndarray, quality: int, sd: float
) -> tuple[np.ndarray, bytes]:
    h, w = img.shape[:2]
    lum = rng.standard_normal((h, w, 1)).astype(np.float32) * sd
    chroma = rng.standard_normal((h, w, 3)).astype(np.float32) * sd * 0.5
    dark = 1.6 - 0.8 * img.mean(2, keepdims=True)  # shot noise shows more in the dark
    img = np.clip(img + (lum + chroma) * dark, 0, 1)
    bgr = (img[..., ::-1] * 255 + 0.5).astype(np.uint8)
    ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    data = buf.tobytes()
    return cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR), data


def _lens_blur(img: np.ndarray, sigma: float) -> np.ndarray:
    return cv2.GaussianBlur(img, (0, 0), sigma) if sigma > 0.05 else img


def _raking(rng: np.random.Generator, img: np.ndarray, notes: list[str]) -> np.ndarray:
    """A desk lamp low at one side: light falling off across the picture, the paper's
    relief picked out by the grazing light, a warm-neutral cast."""
    h, w = img.shape[:2]
    a = rng.uniform(0, 2 * math.pi)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    along = ((xx - w / 2) * math.cos(a) + (yy - h / 2) * math.sin(a)) / (0.5 * math.hypot(w, h))
    far = rng.uniform(0.55, 0.72)  # the far side's light, of the near side's
    light = far ** ((along + 1) / 2)
    relief = _smooth_noise(rng, (h, w), rng.uniform(1.5, 3.0))
    gx = cv2.Sobel(relief, cv2.CV_32F, 1, 0, ksize=3) * math.cos(a)
    gy = cv2.Sobel(relief, cv2.CV_32F, 0, 1, ksize=3) * math.sin(a)
    depth = rng.uniform(0.012, 0.025)
    shade = 1 - depth * (gx + gy) / max(float(np.abs(gx + gy).std()), 1e-6)
    cast = np.array([1.0, rng.uniform(0.93, 0.97), rng.uniform(0.82, 0.9)], np.float32)
    notes.append(f"raking light: far side at {far:.2f}, paper relief {depth:.3f}, warm cast")
    return img * (light * shade)[..., None] * cast


def _flare(
    rng: np.random.Generator, img: np.ndarray, zone: np.ndarray, notes: list[str]
) -> np.ndarray:
    """A bright window just outside the frame: veiling glare (a haze lifting the blacks,
    strongest towards the window) and the lens's aperture ghosts on the line from the
    window through the picture's centre."""
    h, w = img.shape[:2]
    a = rng.uniform(0, 2 * math.pi)
    src = np.array([w / 2 + 0.7 * w * math.cos(a), h / 2 + 0.7 * h * math.sin(a)])
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d = np.hypot(xx - src[0], yy - src[1]) / math.hypot(w, h)
    veil_max = rng.uniform(0.18, 0.32)
    veil = veil_max * np.exp(-d / rng.uniform(0.35, 0.6))
    colour = np.array([1.0, rng.uniform(0.95, 1.0), rng.uniform(0.85, 0.97)], np.float32)
    out = img * (1 - veil[..., None]) + veil[..., None] * colour
    ghosts = np.zeros((h, w), np.float32)
    centre = np.array([w / 2, h / 2])
    zlo, zhi = (zone.min(0), zone.max(0)) if len(zone) else (np.zeros(2), np.zeros(2))
    count = int(rng.integers(2, 5))
    for _ in range(count):
        t = rng.uniform(0.3, 1.8)
        c = src + (centre - src) * t
        r = rng.uniform(0.03, 0.09) * min(w, h)
        strength = rng.uniform(0.03, 0.07)
        if len(zone) and (zlo - r <= c).all() and (c <= zhi + r).all():
            strength = min(strength, 0.035)  # faint over the zone: readable still
        hexagon = np.array(
            [
                [c[0] + r * math.cos(q), c[1] + r * math.sin(q)]
                for q in np.arange(6) * math.pi / 3 + a
            ]
        )
        mask = np.zeros((h, w), np.float32)
        cv2.fillConvexPoly(mask, hexagon.astype(np.int32), strength)
        ghosts += cv2.GaussianBlur(mask, (0, 0), 0.12 * r)
    tint = np.array([rng.uniform(0.6, 1.0), rng.uniform(0.7, 1.0), 1.0], np.float32)
    notes.append(f"flare: veiling glare up to {veil.max():.2f}, {count} aperture ghosts")
    return out + ghosts[..., None] * tint


def _greasy(rng: np.random.Generator, img: np.ndarray, notes: list[str]) -> np.ndarray:
    """A fingerprint's grease on the phone's lens: part of the light spread into streaks
    across the stroke of the smear (a long line spread function), contrast lowered, a
    slight softness."""
    length = int(rng.integers(31, 91)) | 1
    kern = np.zeros((length, length), np.float32)
    kern[length // 2, :] = np.hanning(length + 2)[1:-1]
    angle = rng.uniform(0, 180)
    rot = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), angle, 1.0)
    kern = cv2.warpAffine(kern, rot, (length, length))
    kern /= kern.sum()
    streak = cv2.filter2D(img, -1, kern, borderType=cv2.BORDER_REFLECT)
    glow = cv2.GaussianBlur(img, (0, 0), rng.uniform(6, 14))
    part = rng.uniform(0.12, 0.24)
    haze = rng.uniform(0.03, 0.08)
    soft = _lens_blur(img, rng.uniform(0.4, 0.8))
    out = soft * (1 - part - haze) + streak * part * 0.7 + glow * part * 0.3 + haze * 0.9
    notes.append(f"greasy lens: {part:.2f} of the light in streaks {length} px at {angle:.0f} deg")
    return out


def _motion(img: np.ndarray, length: float, angle: float) -> np.ndarray:
    n = max(3, math.ceil(length) | 1)
    kern = np.zeros((n, n), np.float32)
    c = n // 2
    for t in np.linspace(-length / 2, length / 2, 4 * n):
        x, y = c + t * math.cos(math.radians(angle)), c + t * math.sin(math.radians(angle))
        x0, y0 = math.floor(x), math.floor(y)
        fx, fy = x - x0, y - y0
        for dx, dy, wt in (
            (0, 0, (1 - fx) * (1 - fy)),
            (1, 0, fx * (1 - fy)),
            (0, 1, (1 - fx) * fy),
            (1, 1, fx * fy),
        ):
            if 0 <= x0 + dx < n and 0 <= y0 + dy < n:
                kern[y0 + dy, x0 + dx] += wt
    return cv2.filter2D(img, -1, kern / kern.sum(), borderType=cv2.BORDER_REFLECT)


def _video_codec(rng: np.random.Generator, img: np.ndarray, notes: list[str]) -> np.ndarray:
    """A 720p frame from a low-bitrate recording: the codec's coarse quantisation (blocks
    and smeared chroma) then its deblocking, decoded to RGB."""
    q = int(rng.integers(24, 40))
    bgr = (np.clip(img[..., ::-1], 0, 1) * 255 + 0.5).astype(np.uint8)
    ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, q])
    assert ok
    dec = cv2.imdecode(buf, cv2.IMREAD_COLOR).astype(np.float32) / 255.0
    ycc = cv2.cvtColor(dec, cv2.COLOR_BGR2YCrCb)
    ycc[..., 1:] = cv2.blur(ycc[..., 1:], (5, 3))
    dec = cv2.cvtColor(ycc, cv2.COLOR_YCrCb2BGR)
    deblock = cv2.GaussianBlur(dec, (0, 0), 0.5)
    notes.append(f"video coding at quality {q}, chroma smeared, deblocked")
    return (0.6 * dec + 0.4 * deblock)[..., ::-1]


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
    today = today or dt.date.today()
    p = plan(seed, today)
    rng = np.random.default_rng([27, seed, 2])
    cap_mm = 2.42  # for choosing the page's resolution; the zone's own is drawn
    lo, hi = CAP_PX[p.capture]
    target = rng.uniform(lo, hi)
    notes = [f"capture {p.capture}"]
    sensor, zoom = target, 1.0
    if p.capture == "dzoom":
        zoom = rng.uniform(2.0, 2.6)
        sensor = target / zoom
    res = max(6.0, 1.25 * sensor / cap_mm)
    page = draw_page(p, rng, res)
    notes += list(page.notes)
    cap_page = float(np.mean([e[2] for e in page.ends])) if page.ends else cap_mm * res
    if p.capture == "video":
        frame = VIDEO_FRAME
        lay_w = layout.layout(p.fmt).width if not p.no_mrz else 44
        sensor = min(sensor, 0.9 * frame[0] / (lay_w * PITCH_MM * 1.02) * cap_mm)
    turn, keystone = (8.0, (0.9, 1.0)) if p.capture != "video" else (5.0, (0.93, 1.0))
    hm = _camera(rng, page, sensor, cap_page, turn, keystone)
    size = VIDEO_FRAME if p.capture == "video" else None
    if p.capture == "dzoom":  # the sensor's crop is small; it is framed before the zoom
        size = None
    hm, (pw, ph) = _frame(rng, hm, page, size)
    if p.capture == "dzoom":  # keep the zoomed picture within MAX_SIDE
        limit = (MAX_SIDE - 1) / zoom
        if max(pw, ph) > limit:
            hm, (pw, ph) = _frame(rng, hm, page, (min(pw, int(limit)), min(ph, int(limit))))
    img = _render(rng, page, hm, (pw, ph), sensor / cap_page)
    img = _lens_blur(img, rng.uniform(0.35, 0.7))
    quality = int(rng.integers(74, 92))
    sd = rng.uniform(0.008, 0.02)
    zone = _project(hm, page.zone) if len(page.zone) else np.zeros((0, 2))
    if p.capture == "raking":
        img = _raking(rng, img, notes)
    elif p.capture == "flare":
        img = _flare(rng, img, zone, notes)
    elif p.capture == "greasy":
        img = _greasy(rng, img, notes)
    elif p.capture == "video":
        length = rng.uniform(0.12, 0.3) * sensor
        angle = rng.uniform(-20, 20) + (90 if rng.random() < 0.3 else 0)
        img = _motion(img, length, angle)
        img = _video_codec(rng, np.clip(img, 0, 1), notes)
        notes.append(f"video frame {pw}x{ph}, motion blur {length:.1f} px at {angle:.0f} deg")
        quality = int(rng.integers(86, 94))  # the grabbed frame stored once more
        sd *= 0.5  # the codec took the noise with it
    elif p.capture == "dzoom":
        small = np.clip(img + rng.standard_normal(img.shape).astype(np.float32) * sd, 0, 1)
        small = cv2.bilateralFilter(small, 5, 0.06, 2.0)  # the phone's noise reduction
        pw, ph = round(pw * zoom), round(ph * zoom)
        img = cv2.resize(small, (pw, ph), interpolation=cv2.INTER_CUBIC)
        amount, radius = rng.uniform(0.6, 1.2), rng.uniform(1.2, 2.0)
        img = img + amount * (img - cv2.GaussianBlur(img, (0, 0), radius))
        hm = np.diag([zoom, zoom, 1.0]) @ hm
        zone = zone * zoom
        notes.append(
            f"digital zoom {zoom:.2f}x from capitals of {sensor:.1f} px, sharpened {amount:.2f}"
        )
        sd *= 0.4
    image, jpeg = _noise_and_jpeg(rng, np.clip(img, 0, 1), quality, sd)
    notes.append(f"JPEG {quality}")
    face = "none"
    cap = 0.0
    quad: tuple[tuple[float, float], ...] = ()
    if not p.no_mrz:
        cap = _cap_measured(hm, page)
        quad = tuple((float(x), float(y)) for x, y in zone)
        assert (zone >= 0).all() and (zone[:, 0] < pw).all() and (zone[:, 1] < ph).all(), seed
        face = p.face.label
        notes += [f"face {face}", f"print {p.process}", f"capitals {cap:.1f} px"]
        if p.misprint:
            notes.append(p.misprint)
    return Shot(
        seed=seed,
        level=p.capture,
        format=p.fmt,
        lines=p.printed,
        image=image,
        jpeg=jpeg,
        valid=p.valid,
        capture=p.capture,
        font=face,
        face_kind=p.face.kind,
        process=p.process,
        cap_px=cap,
        mrz_quad=quad,
        notes="; ".join(notes),
    )
