"""A twenty-fourth document-photo generator: a held-out set, scored once by the lead.

Written without running the OCR and without reading its code, its models, the other
generators' bodies or any results. Read: bench/bench_mrz.py (how a generator is called),
the `Sample` dataclass of tests/documents/synth.py, desktop/documents/mrz.py (compose,
parse) and layout.py, the heads of bench/mrz_heldout21.py, mrz_heldout22.py and
mrz_heldout23.py (docstrings and constants; past them, heldout23's face helpers and its
`_block` deal, whose face mix this set keeps), tests/documents/test_mrz_heldout23.py and
scripts/setup-system.sh. Its renderer (Pillow for glyphs and page text, OpenCV and numpy
for the rest) is its own. It pictures what a Taiwan border counter is handed and leans on
what none of the twenty-first's, twenty-second's and twenty-third's docstrings lists: a
card or booklet held up between fingers in front of a phone (a thumb over an upper corner,
never over the zone, fingertips showing past an edge, a room behind), a wide-angle
close-up's barrel distortion with a shallow depth of field along the zone (one end soft), a
data page's holographic laminate overlay (a faint rainbow diffraction over rosettes and
wavy lines, across the zone), a crease and fine scratches across the zone, a budget phone's
noise reduction followed by over-sharpening (halos along every stroke), humidity cockle (a
wavy page whose lines undulate, lit from the side), a blue or magenta white-balance cast;
and printing those docstrings do not name: laser-engraved polycarbonate with a bright rim,
ink-jet visa foils with the head's banding, faded thermal print. Near kin of earlier
conditions: the twenty-second's HDR halos and phone's shadow (here an HDR-like lift on top
of over-sharpening in half of those pictures, and a hard shadow edge across the characters
under a colour cast), its far-end defocus (here along the zone, in a close-up), and the
twenty-first's diffractive visa laminate (here a hologram over data pages and cards too).

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
states. Names from this module's own lists per region, one in six with a second given name
(cut by `mrz.compose` when it overflows). The truth is `mrz.compose`'s lines (`Plan.fields`
is what it was given), expiry after the bench's today. About one MRZ in ten is printed
invalid (`valid` False, the truth is the printed lines): per block of 200 seeds 12 with one
check digit wrong and 8 with a digit where only letters may stand (a name's or a state
code's O, D, Q, I, S, B, Z or G printed as the digit it resembles). One picture in
twenty-five is a page without an MRZ (`lines` empty, `format` "none", `valid` False): a
booklet's visa page with entry stamps (5 per 200) or a card's front (3). Formats, captures,
face kinds, hybrid kinds, new faces, blanks and misprints are dealt, not drawn: every run of
200 consecutive seeds from SEED holds the quotas exactly.

Sizes (ICAO 9303 part 3: OCR-B size I at a 2.54 mm pitch; parts 4-7: ID-1 85.6x54, ID-2
105x74, ID-3 125x88 mm, MRV-A 120x80 and MRV-B 105x74 mm foils on a 125x88 booklet page).
This set's assumptions (not quoted figures): the pitch 0.985-1.015 of 2.54 mm per
document; capitals 2.35-2.50 mm high; lines 4.1-4.4 mm apart (TD1 3.7-4.1 mm), the last
baseline 4.5-5.5 mm (TD1 3.4-4.2 mm) above the document's bottom edge; the zone centred on
its document within 0.8 mm; a booklet's cover showing 2 mm round its page; cards' corners
rounded 3.2 mm; a thumb about 26x16 mm; cockle waves 25-45 mm long and 0.4-0.9 mm deep; a
crease 0.4-1.0 mm wide.

Faces (FACE_QUOTA of the 192 MRZ slots per 200, as heldout23's): "ocrb" (82 %) OCR-B
Regular (fonts-ocr-b). "hybrid" (9 %): an OCR-B MRZ where three to six look-alike glyphs
(of 0 O D 8 B 1 I 5 S 2 Z 6 G printed in the zone; every occurrence) or one whole line come
from a new face. "other" (9 %): the whole MRZ in a new face. New faces, named by no other
file of the project, installed on this machine for this set (2026-12-07): Ume Mincho
(fonts-horai-umefont, ume-tmo3.ttf, a Japanese Mincho whose Latin is half-width fixed
pitch), Motoya L Cedar W3 mono (fonts-motoya-l-cedar, a condensed Japanese gothic at a
fixed pitch) and Baekmuk Headline (fonts-baekmuk, a heavy Korean headline face whose Latin
is proportional, set here on the fixed pitch). Every face keeps the pitch: a glyph is
scaled so that H's ink (measured on its pixels) is as tall as the zone's capitals, stands
on the baseline and its ink is centred in its cell (narrowed into 88 % of the cell when
wider). scripts/setup-system.sh installs the faces; a missing face raises
FileNotFoundError naming its package: this module never substitutes a face. Page labels
and data are in DejaVu Sans.

Print process (drawn per format): passports laser 55 %, inkjet 20 %, engraved 25 %; TD1
cards engraved 80 %, laser 20 %; TD2 laser 60 %, thermal 40 %; visa foils inkjet 60 %,
thermal 40 %. "laser" black toner (reflectance 0.05-0.12); "inkjet" blue-black ink
slightly spread, with the head's passes leaving pale bands (every 0.35-0.6 of a capital,
28-42 % paler); "engraved" laser-engraved polycarbonate, grey (0.30-0.42), thinner, with
a faint bright rim; "thermal" brownish grey (0.30-0.45), faded along the line (to 65-85 %)
and in patches.

Captures (CAPTURE_QUOTA; capitals aimed at CAP_PX, measured at the zone):
- fingers: a card or booklet held up in front of a phone, a room out of focus behind it,
  fingertips showing past one side edge, a thumb over an upper corner (moved towards the
  corner until it clears the zone and 1 mm round it), turned up to 8 degrees and tilted up
  to 12, a blue or magenta cast in 40 %, slight defocus; capitals 15-25 px.
- closeup: a wide-angle phone close to the page, framed round the zone (the frame 1.12-1.28
  times the zone's width, 4:3), barrel distortion (the corners drawn in by 5-11 %),
  vignetting, and a shallow depth of field: sharp at one end of the zone, blurred to
  0.07-0.12 of a capital at the other; capitals 20-30 px.
- hologram: the data page's (or foil's) laminate with a holographic overlay across the
  page and its zone, 5-9 % plus 4-9 % where a band catches the light; capitals 16-26 px.
- worn: a crease across the zone (shading up to 4-7 % either side, the laminate's broken white
  line 20-35 %) and 6-14 fine scratches, many across the zone (15-35 % towards white);
  capitals 15-25 px.
- oversharp: a budget phone: edge-preserving noise reduction, then unsharp masking 1.2-2.2
  at 0.8-1.6 px, in half an HDR-like local tone lift (0.3-0.6 at 25 px); capitals 13-21 px;
  JPEG 68-86.
- cockle: humidity cockle, the page waved (its lines undulate) and lit from one side
  (4-10 %), tilted up to 15 degrees; capitals 15-25 px.
- cast: a white balance gone wrong (blue: red 0.74-0.86, blue 1.08-1.18; magenta: green
  0.76-0.86), in 60 % the phone's hard shadow edge (penumbra 0.03-0.1 of a capital, paper
  at 52-68 % and bluish) crossing the zone at 50-85 degrees to its lines; capitals 15-25 px.
Every capture adds sensor noise and (but oversharp) JPEG 72-91, 4:2:0. Every MRZ lies
wholly inside its picture (sample() asserts it). Not modelled here (earlier sets did them):
readers' infrared and ultraviolet light, webcams, thumbnails, screens, faxes, photocopies,
motion blur, dot-matrix and ribbon printing. The page's labels and portrait are schematic.

The 200 scored seeds (3 500 000-3 500 199, today 2026-11-27) are counted by
`scored_mix()` (the draws before rendering) and checked against SCORED_MIX by the tests:
formats TD3 122 (TWN 48), TD1 34 (Taiwan resident certificates 14), TD2 10, MRV-A 18,
MRV-B 8, no MRZ 8 (visa pages 5, card fronts 3); printed invalid 20 (10.4 % of the 192
MRZs; 12 a check digit, 8 a digit among letters); captures fingers 30, closeup 30,
hologram 28, worn 28, oversharp 28, cockle 28, cast 28; faces (of the 192 MRZs) ocrb 158
(82.3 %), hybrid 17 (11 with glyphs, 6 with a line), other 17 (8.9 %); the new faces
(hybrid or whole) ume-mincho 12, motoya-cedar 11, baekmuk-headline 11; print processes
laser 75, inkjet 39, engraved 65, thermal 13.
Rendering the 200 (one run of the final code, not re-checked by the tests: rendering 200
pictures is slow; the draws above are checked): thumbs 30 (fingers); barrel distortion and
a shallow depth of field 30 (closeups); holographic overlays 28; creases with scratches 28;
over-sharpening 28, with an HDR-like lift 18; cockle 28; blue casts 17 and magenta 22
(cast and fingers), hard shadow edges 18; ink-jet banding 39, faded thermal print 13,
engraved polycarbonate 65. Capitals (cap_px): fingers 15.1-26.1 px, closeup 19.3-29.9,
hologram 15.8-25.5, worn 14.5-25.2, oversharp 12.7-21.2, cockle 14.5-25.0, cast 15.1-24.4.
Pictures from 671x465 to 1826x1447 px (smallest and largest by area, none over 1848 px a
side); JPEG quality 68-91; every zone inside its picture; grey s.d. 29.1 or more in the
zone's box (53.3 or more over a picture without an MRZ). CPU time a picture on this shared
machine (2 cores, load 5.6-6.6 from other helpers): median 0.25 s, mean 0.35 s, at most
1.64 s. Seeds 3 500 200-3 500 599 render too (no assertion fails).
Deterministic per seed; seeds start at SEED = 3 500 000. `sample(seed, today=...)` returns
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
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop.documents import layout
from desktop.documents.mrz import compose, parse
from tests.documents.synth import Sample

SEED = 3_500_000
IMAGES = 200

FORMAT_QUOTA = {"TD3": 122, "TD1": 34, "TD2": 10, "MRV-A": 18, "MRV-B": 8, "none": 8}
BLANK_QUOTA = {"visa page": 5, "card front": 3}
CAPTURE_QUOTA = {
    "fingers": 30,
    "closeup": 30,
    "hologram": 28,
    "worn": 28,
    "oversharp": 28,
    "cockle": 28,
    "cast": 28,
}
CAPTURES = tuple(CAPTURE_QUOTA)
FACE_QUOTA = {"ocrb": 158, "hybrid": 17, "other": 17}  # of the 192 MRZ slots, as heldout23
HYBRID_QUOTA = {"glyphs": 11, "line": 6}
NEW_FACE_QUOTA = {"ume-mincho": 12, "motoya-cedar": 11, "baekmuk-headline": 11}
INVALID_QUOTA = 20
CHECK_DIGIT_MISPRINTS = 12
PROCESSES = ("laser", "inkjet", "engraved", "thermal")
LOOKALIKES = "0OD8B1I5S2Z6G"
DIGIT_FOR = {"O": "0", "D": "0", "Q": "0", "I": "1", "S": "5", "B": "8", "Z": "2", "G": "6"}

FONT_ROOT = Path("/usr/share/fonts")
FACES = {  # label: (file under FONT_ROOT, Debian package)
    "ocrb": ("opentype/ocr-b/OCRB.otf", "fonts-ocr-b"),
    "ume-mincho": ("truetype/horai-umefont/ume-tmo3.ttf", "fonts-horai-umefont"),
    "motoya-cedar": ("truetype/motoya-l-cedar/MTLc3m.ttf", "fonts-motoya-l-cedar"),
    "baekmuk-headline": ("truetype/baekmuk/hline.ttf", "fonts-baekmuk"),
}
PAGE_FACES = {"dejavu": ("truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core")}
NEW_FACES = tuple(NEW_FACE_QUOTA)
PACKAGES = ("fonts-horai-umefont", "fonts-motoya-l-cedar", "fonts-baekmuk")

CAP_PX = {  # capitals' height in the picture aimed at, at the zone's middle
    "fingers": (15.0, 25.0),
    "closeup": (20.0, 30.0),
    "hologram": (16.0, 26.0),
    "worn": (15.0, 25.0),
    "oversharp": (13.0, 21.0),
    "cockle": (15.0, 25.0),
    "cast": (15.0, 25.0),
}
MAX_SIDE = 2200

SCORED_MIX = {  # scored_mix(2026-11-27), stated in the docstring; the tests check both
    "TD3": 122, "TD3 TWN": 48, "TD1": 34, "TD1 TWN": 14, "TD2": 10, "MRV-A": 18, "MRV-B": 8,
    "none": 8, "visa page": 5, "card front": 3, "invalid": 20,
    "fingers": 30, "closeup": 30, "hologram": 28, "worn": 28, "oversharp": 28, "cockle": 28,
    "cast": 28, "face ocrb": 158, "face hybrid": 17, "face other": 17,
    "ume-mincho": 12, "motoya-cedar": 11, "baekmuk-headline": 11,
    "laser": 75, "inkjet": 39, "engraved": 65, "thermal": 13,
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
    """`ch` drawn at `size` on a generous canvas: its coverage and the baseline's row.
    Measured on the pixels, not on getbbox: some of these faces report their cell."""
    f = font(name, size)
    img = Image.new("L", (size * 3, size * 3), 0)
    base = size * 2
    ImageDraw.Draw(img).text((size, base), ch, font=f, fill=255, anchor="ls")
    return np.asarray(img, np.float32) / 255.0, base


@functools.cache
def cap_ratio(name: str) -> float:
    """H's ink height over the face's size: what brings every face to one cap height."""
    a, base = _ink(name, "H", 200)
    rows = np.flatnonzero(a.max(1) > 0.5)
    return (base - rows[0]) / 200


@functools.cache
def glyph(name: str, ch: str, cap: int, pitch: int) -> np.ndarray:
    """Coverage (0..1) of `ch` in a cell `pitch` wide and 2*cap high with the baseline at
    row 1.5*cap: H is `cap` high, the ink centred in the cell, narrowed into 88 % of it
    when a proportional face's glyph is wider (so every face keeps the MRZ's pitch)."""
    ss = 4  # drawn at four times the size, brought down by area
    a, base = _ink(name, ch, max(8, round(ss * cap / cap_ratio(name))))
    w, h = pitch * ss, 2 * cap * ss
    out = np.zeros((h, w), np.float32)
    cols = np.flatnonzero(a.max(0) > 0.05)
    if len(cols):
        top = base - round(1.5 * cap * ss)
        ink = a[max(0, top) : max(0, top) + h, cols[0] : cols[-1] + 1]
        room = int(0.88 * w)
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
    blank: str = ""  # a page without an MRZ: "visa page" or "card front"

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
def _block(block: int) -> tuple[dict[str, str], ...]:
    """The dealt attributes of the 200 seeds of one block: every block holds the quotas."""
    rng = np.random.default_rng([SEED, block, 24])
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
    return tuple(out)


# Names: this module's own short lists per region (MRZ spelling, spaces between parts).
SURNAMES = {
    "tw": "CHEN LIN HUANG CHANG LI WANG WU LIU TSAI YANG HSU CHENG HSIEH KUO HUNG TSENG CHIU "
    "LIAO LAI CHOU YEH SU CHUANG LU CHIANG HO KAO PAN FANG SHIH",
    "hk": "CHAN WONG LEUNG CHEUNG LAU HO NG CHOW TSANG KWOK YIP FUNG",
    "jp": "SATO SUZUKI TAKAHASHI TANAKA WATANABE ITO YAMAMOTO NAKAMURA KOBAYASHI KATO "
    "YOSHIDA YAMADA SASAKI MATSUMOTO INOUE KIMURA SHIMIZU HAYASHI MORI OGAWA",
    "kr": "KIM LEE PARK CHOI JUNG KANG CHO YOON JANG LIM HAN OH SEO SHIN KWON HWANG SONG",
    "vn": "NGUYEN TRAN LE PHAM HOANG HUYNH PHAN VU VO DANG BUI DO HO NGO DUONG LY",
    "ph": "SANTOS REYES CRUZ BAUTISTA OCAMPO GARCIA MENDOZA TORRES AQUINO RAMOS VILLANUEVA "
    "DIZON CASTILLO SORIANO",
    "th": "SRISUK WONGSAWAT CHAIYAPORN BOONMA SAETANG KHAMPHAN RATTANAKORN SUKSAWAT",
    "id": "SETIAWAN WIBOWO SANTOSO HIDAYAT PRATAMA KUSUMA SIREGAR NASUTION HALIM",
    "my": "TAN LIM WONG ABDULLAH RAHMAN ISMAIL GOH ONG OSMAN YUSOF",
    "in": "SHARMA PATEL SINGH KUMAR REDDY IYER NAIR GUPTA DESAI BOSE",
    "ro": "POPESCU IONESCU POPA STAN DUMITRU MOLDOVAN OPREA",
    "west": "SMITH MUELLER SCHMIDT DUBOIS MARTIN JOHNSON WILLIAMS BROWN OCONNOR DE_BOER "
    "JANSSENS ROSSI FERREIRA KOWALSKI NOWAK GARCIA LOPEZ ANDERSSON NIELSEN BAKER "
    "VAN_DIJK FISCHER MOREAU BIANCHI",
}
GIVEN = {
    "tw": "CHIA HAO|YU TING|CHIH WEI|SHU FEN|KUAN YU|PEI SHAN|CHENG EN|HSIN YI|TZU HAN|"
    "PO JUI|YI CHUN|WEN HSIUNG|MEI LING|CHUN HUNG|YA WEN|SHAO WEI|CHIEN MING|HUI JU",
    "hk": "KA MING|WING SZE|CHI KEUNG|HOI YAN|TSZ HIN|MAN YEE",
    "jp": "HARUTO|YUI|SOTA|AOI|RIKU|HINA|KAITO|MIO|REN|SAKURA|DAIKI|NAOMI|KENJI|AKIKO",
    "kr": "MINJUN|SEOYEON|JIHO|HAEUN|DOYUN|SUBIN|JUNHO|YEJIN|SEUNGWOO|DAEUN",
    "vn": "VAN ANH|THI HOA|MINH DUC|THANH HUONG|QUOC BAO|NGOC LAN|DUC THANG|THU TRANG",
    "ph": "MARIA ROSARIO|JOSE MIGUEL|ANGELICA|RODEL|JOVELYN|MARK ANTHONY|CRISTINA|RAMON",
    "th": "SOMCHAI|NATTAPONG|SUPAPORN|PIYAPORN|KANYARAT|THANAWAT|WANIDA",
    "id": "AGUS|DEWI|BUDI|SITI|RINA|EKO|FITRI|BAMBANG",
    "my": "AHMAD FARID|NUR AISYAH|WEI JIE|SITI HAJAR|KAH WAI|MEI QI",
    "in": "RAHUL|PRIYA|ANIL|DEEPIKA|SURESH|KAVYA|ARJUN|LAKSHMI",
    "ro": "ANDREI|IOANA|MIHAI|ELENA|BOGDAN|CRISTINA",
    "west": "OLIVER|EMMA|LUKAS|SOPHIE|THOMAS|CHLOE|JAMES|ISABELLA|MATTEO|GIULIA|PIOTR|ANNA|"
    "JOAO|MARTA|ELIN|DANIEL|HANNAH|PIETER|CLAIRE",
}
REGION = {
    "TWN": "tw", "HKG": "hk", "MAC": "hk", "JPN": "jp", "KOR": "kr", "VNM": "vn",
    "PHL": "ph", "THA": "th", "IDN": "id", "MYS": "my", "SGP": "my", "IND": "in",
    "ROU": "ro",
}  # fmt: skip
PASSPORT_STATES = (  # weights of a Taiwan counter's passports: this set's assumption
    ("TWN", 36), ("JPN", 8), ("KOR", 7), ("USA", 6), ("VNM", 6), ("PHL", 5), ("THA", 4),
    ("IDN", 4), ("MYS", 4), ("SGP", 3), ("HKG", 3), ("MAC", 1), ("IND", 3), ("GBR", 3),
    ("D", 2), ("FRA", 2), ("NLD", 1), ("CAN", 2), ("AUS", 2), ("NZL", 1),
)  # fmt: skip
FOREIGN = tuple(s for s, _ in PASSPORT_STATES if s != "TWN")
CARD_STATES = (("TWN", 14), ("D", 4), ("NLD", 3), ("BEL", 3), ("ESP", 3), ("ITA", 3), ("POL", 2))
CREW_STATES = (("TWN", 4), ("JPN", 2), ("KOR", 2), ("PHL", 2), ("ROU", 2))
VISA_STATES = (("TWN", 12), ("JPN", 3), ("USA", 3), ("KOR", 2), ("CAN", 2))
# Taiwan's identity-number letters and the two digits each stands for in its check.
TW_LETTER = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _pick(rng: np.random.Generator, weighted: tuple[tuple[str, int], ...]) -> str:
    w = np.array([n for _, n in weighted], float)
    return weighted[int(rng.choice(len(weighted), p=w / w.sum()))][0]


def _one(rng: np.random.Generator, seq: list[str] | tuple[str, ...] | str) -> str:
    return seq[int(rng.integers(len(seq)))]


def _digits(rng: np.random.Generator, n: int) -> str:
    return "".join(str(int(d)) for d in rng.integers(0, 10, n))


def _letters(rng: np.random.Generator, n: int) -> str:
    return "".join(_one(rng, layout.LETTERS) for _ in range(n))


def _alnum(rng: np.random.Generator, n: int) -> str:
    return "".join(_one(rng, layout.LETTERS + layout.DIGITS) for _ in range(n))


def _taiwan_id(rng: np.random.Generator, second: str) -> str:
    """A Taiwan identity (or, with 8 or 9 second, resident) number with its own check."""
    letter = _one(rng, "ABCDEFGHJKLMNPQTUVWXZ")
    body = second + _digits(rng, 7)
    n = TW_LETTER[letter]
    total = (
        n // 10 + 9 * (n % 10) + sum(int(d) * w for d, w in zip(body, range(8, 0, -1), strict=True))
    )
    return letter + body + str((10 - total % 10) % 10)


def _person(
    rng: np.random.Generator, state: str, today: dt.date, age: tuple[int, int]
) -> tuple[str, str, dt.date, str]:
    region = REGION.get(state, "west")
    surname = _one(rng, SURNAMES[region].split()).replace("_", " ")
    given = _one(rng, GIVEN[region].split("|"))
    if rng.random() < 1 / 6:  # a second given name, cut by compose when it overflows
        given += " " + _one(rng, [g for g in GIVEN[region].split("|") if g != given])
    years = _u(rng, *age)
    birth = today - dt.timedelta(days=int(years * 365.25) + int(rng.integers(0, 365)))
    sex = "F" if rng.random() < 0.5 else "M"
    if state != "TWN" and rng.random() < 0.02:
        sex = "X"
    return surname, given, birth, sex


def _expiry(rng: np.random.Generator, today: dt.date, years: float) -> dt.date:
    return today + dt.timedelta(days=int(rng.integers(20, int(years * 365))))


def _number(rng: np.random.Generator, state: str) -> str:
    """A passport number shaped as the state prints them (an approximation)."""
    if state in ("TWN", "USA", "GBR"):
        return ("3" if state == "TWN" else str(int(rng.integers(1, 10)))) + _digits(rng, 8)
    if state == "JPN":
        return _one(rng, ["TK", "TR", "MZ", "TZ"]) + _digits(rng, 7)
    if state == "KOR":
        return "M" + _digits(rng, 3) + _one(rng, "ABCDEFG") + _digits(rng, 4)
    if state in ("VNM", "IDN", "THA", "MYS"):
        return _one(rng, "CBKAEX") + _digits(rng, 7 + int(state == "MYS"))
    if state == "PHL":
        return "P" + _digits(rng, 7) + _one(rng, "ABC")
    if state == "FRA":
        return _digits(rng, 2) + _letters(rng, 2) + _digits(rng, 5)
    if state == "D":
        return "C" + "".join(_one(rng, "CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    return _letters(rng, 2) + _digits(rng, 7)


def _fields(rng: np.random.Generator, fmt: str, today: dt.date) -> dict[str, object]:
    if fmt == "TD3":
        state = _pick(rng, PASSPORT_STATES)
        surname, given, birth, sex = _person(rng, state, today, (1, 85))
        optional = ""
        if state == "TWN":
            optional = _taiwan_id(rng, "2" if sex == "F" else "1")
        elif rng.random() < 0.25:
            optional = _digits(rng, int(rng.integers(7, 15)))
        return dict(
            document_code="P" if rng.random() < 0.9 else "PP",
            issuing_state=state,
            surname=surname,
            given_names=given,
            document_number=_number(rng, state),
            nationality=state,
            birth_date=birth,
            sex=sex,
            expiry_date=_expiry(rng, today, 10),
            optional_data=optional,
        )
    if fmt == "TD1":
        state = _pick(rng, CARD_STATES)
        if state == "TWN":  # a resident certificate of a foreign holder
            nat = _one(rng, FOREIGN)
            surname, given, birth, sex = _person(rng, nat, today, (20, 70))
            return dict(
                document_code="IR",
                issuing_state="TWN",
                surname=surname,
                given_names=given,
                document_number=_taiwan_id(rng, _one(rng, "89")),
                nationality=nat,
                birth_date=birth,
                sex="M" if sex == "X" else sex,
                expiry_date=_expiry(rng, today, 3),
            )
        surname, given, birth, sex = _person(rng, state, today, (18, 80))
        number = {
            "D": "L" + "".join(_one(rng, "CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
            "NLD": _letters(rng, 2) + _alnum(rng, 6) + _digits(rng, 1),
            "BEL": _digits(rng, 12),  # the long-number continuation of 9303-5
            "ESP": _letters(rng, 3) + _digits(rng, 6),
            "ITA": "CA" + _digits(rng, 5) + _letters(rng, 2),
            "POL": _letters(rng, 3) + _digits(rng, 6),
        }[state]
        opt = {"ESP": _digits(rng, 8) + _one(rng, layout.LETTERS), "BEL": _digits(rng, 11)}
        return dict(
            document_code="ID" if state in ("D", "BEL", "ESP") else "I",
            issuing_state=state,
            surname=surname,
            given_names=given,
            document_number=number,
            nationality=state,
            birth_date=birth,
            sex=sex,
            expiry_date=_expiry(rng, today, 10),
            optional_data=opt.get(state, "")[: 15 - (5 if len(number) > 9 else 0)],
        )
    if fmt == "TD2":
        state = _pick(rng, CREW_STATES)
        surname, given, birth, sex = _person(rng, state, today, (22, 62))
        crew = state != "ROU"
        return dict(
            document_code="AC" if crew else "ID",
            issuing_state=state,
            surname=surname,
            given_names=given,
            document_number=_letters(rng, 2) + _digits(rng, 6 + int(crew)),
            nationality=state,
            birth_date=birth,
            sex=sex,
            expiry_date=_expiry(rng, today, 5 if crew else 10),
            optional_data="" if crew else _digits(rng, 7),
        )
    state = _pick(rng, VISA_STATES)
    nat = _one(rng, [s for s in FOREIGN if s != state])
    surname, given, birth, sex = _person(rng, nat, today, (5, 80))
    width = 16 if fmt == "MRV-A" else 8
    return dict(
        document_code="V" if rng.random() < 0.6 else _one(rng, ["VA", "VB", "VR", "VS"]),
        issuing_state=state,
        surname=surname,
        given_names=given,
        document_number=_one(rng, "ABDEFG") + _digits(rng, 8),
        nationality=nat,
        birth_date=birth,
        sex=sex,
        expiry_date=_expiry(rng, today, 3),
        optional_data=_digits(rng, int(rng.integers(0, width + 1))),
    )


def _misprint(
    rng: np.random.Generator, fmt: str, lines: tuple[str, ...], kind: str, today: dt.date
) -> tuple[tuple[str, ...], str] | None:
    """`lines` printed with one error of `kind`, invalid by 9303; None when the lines offer
    no place for it (the caller draws other fields)."""
    lay = layout.layout(fmt)
    if kind == "check digit":
        spots = [(c.line, c.pos) for c in lay.checks if lines[c.line][c.pos].isdigit()]
    else:  # a digit where only letters may stand: a name's or a state code's look-alike
        names = ("names", "issuing_state", "nationality")
        spots = [
            (f.line, k)
            for f in lay.fields
            if f.name in names
            for k in range(f.start, f.stop)
            if lines[f.line][k] in DIGIT_FOR
        ]
    for _ in range(20):
        if not spots:
            return None
        i, k = spots[int(rng.integers(len(spots)))]
        old = lines[i][k]
        new = _one(rng, [d for d in layout.DIGITS if d != old]) if kind == "check digit" else ""
        new = new or DIGIT_FOR[old]
        out = tuple(ln if j != i else ln[:k] + new + ln[k + 1 :] for j, ln in enumerate(lines))
        if not parse(out, today=today).valid:
            return out, f"invalid as printed: {kind} at line {i + 1} position {k + 1}"
    return None


def _process(rng: np.random.Generator, fmt: str) -> str:
    r = rng.random()
    if fmt == "TD3":
        return "laser" if r < 0.55 else ("inkjet" if r < 0.75 else "engraved")
    if fmt == "TD1":
        return "engraved" if r < 0.8 else "laser"
    if fmt == "TD2":
        return "laser" if r < 0.6 else "thermal"
    return "inkjet" if r < 0.6 else "thermal"


def plan(seed: int, today: dt.date | None = None) -> Plan:
    """Everything about one seed that is decided before rendering."""
    today = today or dt.date.today()
    slot = _block((seed - SEED) // IMAGES)[(seed - SEED) % IMAGES]
    rng = np.random.default_rng([seed, 24])
    fmt, capture = slot["fmt"], slot["capture"]
    if fmt == "none":
        return Plan(seed, fmt, capture, blank=slot["blank"])
    for _ in range(50):
        fields = _fields(rng, fmt, today)
        composed = compose(fmt, **fields)  # type: ignore[arg-type]
        printed, misprint = composed, ""
        if slot["misprint"]:
            got = _misprint(rng, fmt, composed, slot["misprint"], today)
            if got is None:
                continue
            printed, misprint = got
        break
    else:
        raise AssertionError(f"seed {seed}: no place for a {slot['misprint']} misprint")
    kind, other = slot["kind"], slot.get("other", "")
    face = FacePlan(kind, other)
    if kind == "hybrid":
        if slot["hybrid"] == "glyphs":
            present = [c for c in LOOKALIKES if any(c in x for x in printed)]
            n = min(len(present), int(rng.integers(3, 7)))
            face = FacePlan(kind, other, glyphs="".join(rng.choice(present, n, replace=False)))
        else:
            face = FacePlan(kind, other, line=int(rng.integers(len(printed))))
    return Plan(
        seed,
        fmt,
        capture,
        fields=tuple(fields.items()),
        composed=composed,
        printed=printed,
        valid=not misprint,
        misprint=misprint,
        face=face,
        process=_process(rng, fmt),
    )


def scored_mix(today: dt.date) -> dict[str, int]:
    """The mix of the 200 scored seeds, counted on their plans (no rendering)."""
    c: Counter[str] = Counter()
    for seed in range(SEED, SEED + IMAGES):
        p = plan(seed, today)
        c[p.fmt] += 1
        c[p.capture] += 1
        if p.no_mrz:
            c[p.blank] += 1
            continue
        f = dict(p.fields)
        c["TD3 TWN"] += p.fmt == "TD3" and f["issuing_state"] == "TWN"
        c["TD1 TWN"] += p.fmt == "TD1" and f["issuing_state"] == "TWN"
        c["invalid"] += not p.valid
        c["face " + p.face.kind] += 1
        if p.face.other:
            c[p.face.other] += 1
        c[p.process] += 1
    return dict(c)


# -- the page -------------------------------------------------------------------------

DOC_MM = {"TD3": (125.0, 88.0), "TD1": (85.6, 54.0), "TD2": (105.0, 74.0)}
FOIL_MM = {"MRV-A": (120.0, 80.0), "MRV-B": (105.0, 74.0)}
BOOKLET_MM = (125.0, 88.0)
Points = Callable[[np.ndarray], np.ndarray]  # page or scene points (N, 2) to the next stage


@dataclasses.dataclass
class Page:
    img: np.ndarray  # float32 RGB 0..1
    quad: np.ndarray  # the zone's corners (4, 2): its cells' tops and the last baseline
    ppm: float  # pixels per millimetre
    cap: float  # capitals' height in page pixels
    ends: np.ndarray  # (4, 2, 2): end cells of the first and last lines, cap top and base
    card: bool


def _paper(rng: np.random.Generator, h: int, w: int, ppm: float) -> np.ndarray:
    """A security paper's tint with a faint guilloche of wavy lines."""
    tint = np.array([_u(rng, 0.86, 0.96), _u(rng, 0.88, 0.97), _u(rng, 0.86, 0.96)], np.float32)
    y, x = np.mgrid[0:h, 0:w].astype(np.float32) / ppm
    f1, f2, amp = _u(rng, 0.6, 1.2), _u(rng, 0.05, 0.12), _u(rng, 2.0, 5.0)
    wave = np.cos(2 * np.pi * (f1 * y + amp * np.sin(2 * np.pi * f2 * x) * 0.25))
    lines = np.clip((wave - 0.9) / 0.1, 0, 1) * _u(rng, 0.04, 0.09)
    colour = np.array([_u(rng, 0.3, 0.9), _u(rng, 0.3, 0.9), _u(rng, 0.3, 0.9)], np.float32)
    img = tint[None, None, :] * (1 - lines[..., None] * (1 - colour[None, None, :]))
    mottle = cv2.GaussianBlur(rng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), ppm * 0.8)
    img *= (1 + 0.012 * mottle / (mottle.std() + 1e-6))[..., None]
    return img


def _text(img: Image.Image, xy: tuple[float, float], s: str, px: float, fill: tuple) -> None:
    ImageDraw.Draw(img).text(xy, s, font=font("dejavu", max(6, round(px))), fill=fill)


def _ink_colour(rng: np.random.Generator, process: str) -> np.ndarray:
    if process == "laser":
        v = _u(rng, 0.05, 0.12)
        return np.array([v, v, v], np.float32)
    if process == "inkjet":  # blue-black
        return np.array([_u(rng, 0.10, 0.16), _u(rng, 0.12, 0.18), _u(rng, 0.2, 0.28)], np.float32)
    if process == "engraved":  # laser-engraved polycarbonate: grey
        v = _u(rng, 0.30, 0.42)
        return np.array([v, v, v * 0.97], np.float32)
    v = _u(rng, 0.30, 0.45)  # thermal, faded: a brownish grey
    return np.array([v, v * 0.96, v * 0.9], np.float32)


def _zone_coverage(
    rng: np.random.Generator,
    p: Plan,
    shape: tuple[int, int],
    x0: float,
    bases: list[float],
    pitch: float,
    cap: int,
    notes: list[str],
) -> np.ndarray:
    """The MRZ's ink coverage on the page, as the print process leaves it."""
    cov = np.zeros(shape, np.float32)
    pw = max(4, round(pitch))
    for i, line in enumerate(p.printed):
        top = round(bases[i] - 1.5 * cap)
        for k, ch in enumerate(line):
            g = glyph(p.face.face(i, ch), ch, cap, pw)
            x = round(x0 + k * pitch)
            cov[top : top + g.shape[0], x : x + pw] = np.maximum(
                cov[top : top + g.shape[0], x : x + pw], g
            )
    h, w = shape
    if p.process == "inkjet":  # ink spreads; the head's passes leave pale bands across
        cov = np.clip(cv2.GaussianBlur(cov, (0, 0), 0.35 + 0.02 * cap) * 1.15, 0, 1)
        period = cap * _u(rng, 0.35, 0.6)
        phase = _u(rng, 0, period)
        rows = np.arange(h, dtype=np.float32)
        band = ((rows + phase) % period) < max(1.0, 0.09 * cap)
        depth = _u(rng, 0.28, 0.42)
        cov *= np.where(band, 1 - depth, 1.0).astype(np.float32)[:, None]
        notes.append(f"inkjet banding every {period / cap:.2f} cap, {depth:.0%} paler")
    elif p.process == "engraved":  # thinner strokes burnt into the card's layer
        cov = np.clip(cov * 1.1 - 0.1, 0, 1) ** 1.2
    elif p.process == "thermal":  # faded along the line and in patches
        grad = np.linspace(_u(rng, 0.65, 0.85), 1.0, w, dtype=np.float32)
        if rng.random() < 0.5:
            grad = grad[::-1]
        patch = cv2.GaussianBlur(rng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), cap)
        patch = 1 - 0.12 * np.clip(patch / (patch.std() + 1e-6), 0, 2)
        cov *= grad[None, :] * patch
        notes.append("faded thermal print")
    return cov


def _page(rng: np.random.Generator, p: Plan, ppm: float, notes: list[str]) -> Page:
    """The document's page (a booklet's data or visa page, a card) with its zone."""
    card = p.fmt in ("TD1", "TD2") or p.blank == "card front"
    mm = BOOKLET_MM if p.booklet else DOC_MM["TD1" if p.blank == "card front" else p.fmt]
    w, h = round(mm[0] * ppm), round(mm[1] * ppm)
    img = _paper(rng, h, w, ppm)
    pil = Image.fromarray((np.clip(img, 0, 1) * 255).astype(np.uint8))
    doc_x, doc_y, doc_w, doc_h = 0.0, 0.0, mm[0], mm[1]
    if p.fmt in FOIL_MM:  # the visa foil stuck on the booklet page
        doc_w, doc_h = FOIL_MM[p.fmt]
        doc_x, doc_y = (mm[0] - doc_w) / 2 + _u(rng, -1, 1), mm[1] - doc_h - _u(rng, 1.5, 3)
        foil = tuple(int(255 * _u(rng, 0.86, 0.97)) for _ in range(3))
        ImageDraw.Draw(pil).rectangle(
            [doc_x * ppm, doc_y * ppm, (doc_x + doc_w) * ppm, (doc_y + doc_h) * ppm], fill=foil
        )
    draw = ImageDraw.Draw(pil)
    label = (70, 70, 90)
    data = (25, 25, 30)
    ph_x, ph_y = doc_x + 5, doc_y + 9
    if p.fmt != "none" or p.blank == "card front":  # portrait and printed data
        pw, phh = (22.0, 28.0) if card else (30.0, 38.0)
        draw.rectangle(
            [ph_x * ppm, ph_y * ppm, (ph_x + pw) * ppm, (ph_y + phh) * ppm], fill=(200, 212, 225)
        )
        skin = tuple(int(_u(rng, 150, 215)) for _ in range(3))
        draw.ellipse(
            [
                (ph_x + pw * 0.28) * ppm,
                (ph_y + phh * 0.14) * ppm,
                (ph_x + pw * 0.72) * ppm,
                (ph_y + phh * 0.66) * ppm,
            ],
            fill=skin,
        )
        draw.rectangle(
            [
                (ph_x + pw * 0.12) * ppm,
                (ph_y + phh * 0.7) * ppm,
                (ph_x + pw * 0.88) * ppm,
                (ph_y + phh) * ppm,
            ],
            fill=(60, 60, 75),
        )
        f = dict(p.fields)
        items = (
            [("Surname", str(f.get("surname", ""))), ("Given names", str(f.get("given_names", "")))]
            if f
            else [("Name", "SPECIMEN"), ("Card no.", _digits(rng, 9))]
        )
        items += [("Date of birth", str(f.get("birth_date", "")))] if f else []
        items += [("Nationality", str(f.get("nationality", "")))] if f else []
        tx = ph_x + pw + 4
        for j, (k, v) in enumerate(items):
            yy = ph_y + j * (6.5 if card else 7.5)
            _text(pil, (tx * ppm, yy * ppm), k, 1.5 * ppm, label)
            _text(pil, (tx * ppm, (yy + 2.0) * ppm), v, 2.4 * ppm, data)
        code = str(f.get("document_code", "I"))
        title = {"P": "PASSPORT", "IR": "RESIDENT CERTIFICATE", "AC": "CREW MEMBER CERTIFICATE"}
        title["V"] = "VISA"
        heading = title.get(code, title.get(code[0], "IDENTITY CARD"))
        _text(pil, ((doc_x + 5) * ppm, (doc_y + 2.5) * ppm), heading, 3 * ppm, label)
    if p.blank == "visa page":  # entry stamps, no MRZ
        for _ in range(int(rng.integers(2, 5))):
            cx, cy = _u(rng, 15, mm[0] - 15) * ppm, _u(rng, 12, mm[1] - 12) * ppm
            r = _u(rng, 9, 14) * ppm
            col = tuple(int(v) for v in rng.choice([[40, 60, 150], [150, 40, 60], [40, 110, 60]]))
            if rng.random() < 0.5:
                draw.ellipse(
                    [cx - r, cy - r, cx + r, cy + r], outline=col, width=max(1, int(ppm / 2))
                )
            else:
                draw.rectangle(
                    [cx - r * 1.3, cy - r * 0.8, cx + r * 1.3, cy + r * 0.8],
                    outline=col,
                    width=max(1, int(ppm / 2)),
                )
            _text(
                pil,
                (cx - r * 0.8, cy - r * 0.2),
                f"{int(rng.integers(1, 29)):02d} NOV 2026",
                0.22 * r,
                col,
            )
    img = np.asarray(pil, np.float32) / 255.0
    img = np.ascontiguousarray(img)
    cap_mm = _u(rng, 2.35, 2.50)
    cap = max(6, round(cap_mm * ppm))
    quad = np.zeros((4, 2), np.float32)
    ends = np.zeros((4, 2, 2), np.float32)
    if p.printed:
        n, width = len(p.printed), len(p.printed[0])
        pitch = 2.54 * _u(rng, 0.985, 1.015) * ppm
        gap = (_u(rng, 3.7, 4.1) if p.fmt == "TD1" else _u(rng, 4.1, 4.4)) * ppm
        last = (_u(rng, 3.4, 4.2) if p.fmt == "TD1" else _u(rng, 4.5, 5.5)) * ppm
        x0 = doc_x * ppm + (doc_w * ppm - width * pitch) / 2 + _u(rng, -0.8, 0.8) * ppm
        bottom = (doc_y + doc_h) * ppm
        bases = [bottom - last - (n - 1 - i) * gap for i in range(n)]
        cov = _zone_coverage(rng, p, img.shape[:2], x0, bases, pitch, cap, notes)
        ink = _ink_colour(rng, p.process)
        img = img * (1 - cov[..., None]) + ink[None, None, :] * cov[..., None]
        if p.process == "engraved":  # the burnt groove catches light on one side
            rim = np.roll(cov, (1, 1), (0, 1)) - cov
            img += 0.08 * np.clip(rim, 0, 1)[..., None]
            notes.append("laser-engraved polycarbonate (grey, a bright rim)")
        quad = np.array(
            [
                [x0, bases[0] - cap],
                [x0 + width * pitch, bases[0] - cap],
                [x0 + width * pitch, bases[-1]],
                [x0, bases[-1]],
            ],
            np.float32,
        )
        for j, (li, k) in enumerate(((0, 0), (0, width - 1), (n - 1, 0), (n - 1, width - 1))):
            cx = x0 + (k + 0.5) * pitch
            ends[j] = [[cx, bases[li] - cap], [cx, bases[li]]]
        notes.append(f"pitch {pitch / ppm:.3f} mm, capitals {cap_mm:.2f} mm")
    else:  # where a zone would be: what the capture frames and keeps clear
        x0, x1 = (doc_x + 6) * ppm, (doc_x + doc_w - 6) * ppm
        y0, y1 = (doc_y + doc_h - 14) * ppm, (doc_y + doc_h - 5) * ppm
        quad = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float32)
    return Page(np.clip(img, 0, 1).astype(np.float32), quad, ppm, cap, ends, card)


# -- geometry ---------------------------------------------------------------------------


def _remap(img: np.ndarray, src_x: np.ndarray, src_y: np.ndarray, border: int) -> np.ndarray:
    return cv2.remap(
        img,
        src_x.astype(np.float32),
        src_y.astype(np.float32),
        cv2.INTER_LINEAR,
        borderMode=border,
    )


def _inverse(disp: Callable[[np.ndarray], np.ndarray]) -> Points:
    """Forward map of a warp out(p) = in(p + disp(p)): the p where p + disp(p) = q."""

    def fwd(q: np.ndarray) -> np.ndarray:
        p = q.astype(np.float64).copy()
        for _ in range(8):
            p = q - disp(p)
        return p

    return fwd


def _homography(rng: np.random.Generator, w: int, h: int, turn: float, tilt: float) -> np.ndarray:
    """The page (w x h) seen by a pinhole camera: turned by `turn` degrees in its plane,
    tilted up to `tilt` degrees out of it (keystone), centred on the origin."""
    a, b = math.radians(_u(rng, -tilt, tilt)), math.radians(_u(rng, -tilt, tilt) * 0.6)
    t = math.radians(turn)
    f = 1.6 * max(w, h)  # a phone's normal lens at this distance
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64)
    out = []
    for x, y in src - (w / 2, h / 2):
        x, y = x * math.cos(t) - y * math.sin(t), x * math.sin(t) + y * math.cos(t)
        z = f + y * math.sin(a) + x * math.sin(b)
        out.append((f * x * math.cos(b) / z, f * y * math.cos(a) / z))
    return cv2.getPerspectiveTransform(src.astype(np.float32), np.array(out, np.float32))


def _apply(m: np.ndarray, pts: np.ndarray) -> np.ndarray:
    return cv2.perspectiveTransform(pts.reshape(-1, 1, 2).astype(np.float64), m).reshape(-1, 2)


# -- backgrounds and the document on them -----------------------------------------------


def _desk(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    """A counter's laminate or wood: a colour, streaks along it and a light gradient."""
    base = np.array([_u(rng, 0.25, 0.6), _u(rng, 0.22, 0.5), _u(rng, 0.18, 0.45)], np.float32)
    small = rng.standard_normal((max(2, h // 3), max(2, w // 12)), dtype=np.float32)
    grain = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    shade = np.linspace(_u(rng, 0.8, 1.0), _u(rng, 0.9, 1.1), w, dtype=np.float32)
    return base[None, None, :] * ((1 + 0.06 * grain) * shade[None, :])[..., None]


def _room(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    """An out-of-focus room behind a document held up to the camera."""
    small = rng.uniform(0.15, 0.75, (4, 5, 3)).astype(np.float32)
    small = 0.35 * small + 0.65 * small.mean(-1, keepdims=True)  # a room's muted colours
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC).clip(0.05, 0.9)


def _document_mask(page: Page, pad: int) -> np.ndarray:
    """The card (its rounded corners) or the booklet's page with its cover's edge round it."""
    h, w = page.img.shape[:2]
    mask = np.zeros((h + 2 * pad, w + 2 * pad), np.uint8)
    r = round((3.2 if page.card else 1.5) * page.ppm)  # ID-1 cards' rounded corners
    x0, y0, x1, y1 = 0, 0, w + 2 * pad - 1, h + 2 * pad - 1
    cv2.rectangle(mask, (x0 + r, y0), (x1 - r, y1), 255, -1)
    cv2.rectangle(mask, (x0, y0 + r), (x1, y1 - r), 255, -1)
    for cx, cy in ((x0 + r, y0 + r), (x1 - r, y0 + r), (x0 + r, y1 - r), (x1 - r, y1 - r)):
        cv2.circle(mask, (cx, cy), r, 255, -1, cv2.LINE_AA)
    return mask


@dataclasses.dataclass
class Scene:
    img: np.ndarray  # float32 RGB 0..1
    fwd: Points  # page pixels to scene pixels
    corners: np.ndarray  # the page's corners in the scene


def _place(
    rng: np.random.Generator,
    page: Page,
    turn: float,
    tilt: float,
    margin: float,
    background: str = "desk",
    behind: Callable[[np.ndarray, np.ndarray], None] | None = None,
) -> Scene:
    """The page (a booklet's page with its cover's edge round it) in a picture."""
    pad = round(2.0 * page.ppm) if not page.card else 0
    img = page.img
    if pad:
        cover = np.array([_u(rng, 0.1, 0.5), _u(rng, 0.05, 0.25), _u(rng, 0.05, 0.3)])
        img = cv2.copyMakeBorder(img, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=cover.tolist())
    h, w = img.shape[:2]
    m = _homography(rng, w, h, turn, tilt)
    corners = _apply(m, np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64))
    lo, hi = corners.min(0), corners.max(0)
    size = hi - lo
    edge = size * margin
    sw, sh = (size + 2 * edge).astype(int) + 1
    shift = np.array([[1, 0, edge[0] - lo[0]], [0, 1, edge[1] - lo[1]], [0, 0, 1]])
    m = shift @ m
    bg = _room(rng, sh, sw) if background == "room" else _desk(rng, sh, sw)
    doc = cv2.warpPerspective(img, m, (sw, sh), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(_document_mask(page, pad), m, (sw, sh), flags=cv2.INTER_LINEAR)
    a = (mask.astype(np.float32) / 255.0)[..., None]
    if background != "room":  # the document's soft shadow on the desk
        sh_a = cv2.GaussianBlur(a, (0, 0), 0.8 * page.ppm)[..., None]
        bg = bg * (1 - 0.35 * np.roll(sh_a, (round(page.ppm), round(page.ppm)), (0, 1)))
    corners = _apply(m, np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64))
    if behind is not None:
        behind(bg, corners)
    out = bg * (1 - a) + doc * a
    return Scene(out.astype(np.float32), lambda q: _apply(m, q + pad), corners)


def _crop(
    img: np.ndarray, corners: np.ndarray, fwd: Points, quad: np.ndarray, margin: float
) -> tuple[np.ndarray, Points]:
    """Cut the picture to the document and `margin` pixels round it (never the zone)."""
    h, w = img.shape[:2]
    lo = np.maximum(corners.min(0) - margin, 0).astype(int)
    hi = np.minimum(corners.max(0) + margin, (w, h)).astype(int)
    q = fwd(quad)
    assert (q.min(0) > lo).all() and (q.max(0) < hi).all()
    return img[lo[1] : hi[1], lo[0] : hi[0]], lambda p: fwd(p) - lo


# -- what the document and the capture do to the picture -----------------------------------


def _cast(rng: np.random.Generator, img: np.ndarray, notes: list[str]) -> np.ndarray:
    """A white balance gone wrong under LED light: a blue or a magenta cast."""
    if rng.random() < 0.5:
        gain = (_u(rng, 0.74, 0.86), _u(rng, 0.92, 1.0), _u(rng, 1.08, 1.18))
        notes.append("blue cast")
    else:
        gain = (_u(rng, 1.04, 1.12), _u(rng, 0.76, 0.86), _u(rng, 1.04, 1.15))
        notes.append("magenta cast")
    return img * np.array(gain, np.float32)[None, None, :]


def _hard_shadow(
    rng: np.random.Generator, img: np.ndarray, quad: np.ndarray, cap: float, notes: list[str]
) -> np.ndarray:
    """The phone's own shadow: a hard edge crossing the zone's characters."""
    h, w = img.shape[:2]
    a, b = quad[0], quad[1]
    point = a + (b - a) * _u(rng, 0.2, 0.8) + (quad[3] - quad[0]) * 0.5
    along = (b - a) / np.linalg.norm(b - a)
    ang = math.radians(_u(rng, 50, 85) * (1 if rng.random() < 0.5 else -1))
    d = np.array(
        [
            along[0] * math.cos(ang) - along[1] * math.sin(ang),
            along[0] * math.sin(ang) + along[1] * math.cos(ang),
        ]
    )
    normal = np.array([-d[1], d[0]])
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    side = (x - point[0]) * normal[0] + (y - point[1]) * normal[1]
    soft = _u(rng, 0.03, 0.1) * cap  # a hard edge: a few tenths of a pixel to two pixels
    inside = 0.5 + 0.5 * np.tanh(side / (2 * max(soft, 0.3)))  # a logistic edge
    if rng.random() < 0.5:
        inside = 1 - inside
    dark = _u(rng, 0.52, 0.68)
    tint = np.array([dark * 0.95, dark, dark * 1.06], np.float32)
    notes.append(f"hard shadow edge across the zone ({dark:.0%} light)")
    return img * (1 - inside[..., None] * (1 - tint[None, None, :]))


def _hologram(rng: np.random.Generator, page: Page, notes: list[str]) -> None:
    """A laminate's holographic overlay: a faint rainbow diffraction over rosettes and
    wavy lines, across the whole data page and its zone."""
    h, w = page.img.shape[:2]
    ppm = page.ppm
    y, x = np.mgrid[0:h, 0:w].astype(np.float32) / ppm
    period = _u(rng, 9, 14)
    dx = (x % period) - period / 2
    dy = (y % period) - period / 2
    rings = np.cos(2 * np.pi * np.hypot(dx, dy) / _u(rng, 1.4, 2.0)) > 0.75
    waves = np.cos(2 * np.pi * (y / _u(rng, 2.5, 4.0) + 0.3 * np.sin(x / _u(rng, 6, 10)))) > 0.85
    motif = cv2.GaussianBlur((rings | waves).astype(np.float32), (0, 0), 0.15 * ppm)
    ang = _u(rng, 0, np.pi)
    hue = (x * math.cos(ang) + y * math.sin(ang)) / _u(rng, 18, 40) + 0.15 * np.sin(y / 7)
    rgb = 0.5 + 0.5 * np.cos(2 * np.pi * (hue[..., None] + np.array([0, 1 / 3, 2 / 3])))
    band_pos = (x * math.sin(ang) - y * math.cos(ang)) / _u(rng, 25, 45) - _u(rng, -1, 1)
    glint = np.exp(-(band_pos**2) * 4)  # where the light catches the overlay most
    strength = _u(rng, 0.05, 0.09) + _u(rng, 0.04, 0.09) * glint
    page.img += (strength * motif)[..., None] * (rgb.astype(np.float32) - 0.35)
    np.clip(page.img, 0, 1, out=page.img)
    notes.append(f"holographic overlay (at most {float(strength.max()):.0%})")


def _wear(rng: np.random.Generator, page: Page, notes: list[str]) -> None:
    """A crease across the zone and fine scratches on the laminate or the page."""
    h, w = page.img.shape[:2]
    ppm, quad = page.ppm, page.quad
    span = quad[1, 0] - quad[0, 0]
    cx, cy = _u(rng, quad[0, 0] + 0.15 * span, quad[1, 0] - 0.15 * span), float(quad[:, 1].mean())
    ang = math.radians(90 + _u(rng, -25, 25))
    nx, ny = -math.sin(ang), math.cos(ang)
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    dist = ((x - cx) * nx + (y - cy) * ny) / ppm  # mm from the fold
    width = _u(rng, 0.4, 1.0)
    ridge = np.tanh(dist / width) * np.exp(-(dist**2) / (2 * width**2))
    page.img *= (1 + _u(rng, 0.08, 0.14) * ridge)[..., None]
    crack = np.clip(1 - np.abs(dist) * ppm / 0.8, 0, 1)  # the laminate's white line
    breaks = cv2.resize(rng.uniform(0, 1, (max(2, h // 12), 1)).astype(np.float32), (w, h))
    crack *= (breaks > 0.3) * _u(rng, 0.2, 0.35)
    page.img += (crack[..., None] * (1 - page.img)).astype(np.float32)
    marks = np.zeros((h, w), np.float32)
    n = int(rng.integers(6, 15))
    for _ in range(n):  # long thin scratches, many across the zone
        x0 = _u(rng, 0, w)
        y0 = _u(rng, quad[:, 1].min() - 8 * ppm, quad[:, 1].max() + 8 * ppm)
        a = math.radians(_u(rng, -40, 40) + (90 if rng.random() < 0.3 else 0))
        length = _u(rng, 15, 60) * ppm
        x1, y1 = x0 + length * math.cos(a), y0 + length * math.sin(a)
        cv2.line(
            marks,
            (round(x0 * 4), round(y0 * 4)),
            (round(x1 * 4), round(y1 * 4)),
            _u(rng, 0.15, 0.35),
            1,
            cv2.LINE_AA,
            2,
        )
    page.img += (marks[..., None] * (1 - page.img)).astype(np.float32)
    np.clip(page.img, 0, 1, out=page.img)
    notes.append(f"crease across the zone and {n} fine scratches")


def _cockle(rng: np.random.Generator, page: Page, notes: list[str]) -> Points:
    """Humidity cockle: the page waves; its lines undulate and the waves catch the light."""
    h, w = page.img.shape[:2]
    ppm = page.ppm
    lam, lam2 = _u(rng, 25, 45) * ppm, _u(rng, 30, 60) * ppm
    amp, amp2 = _u(rng, 0.4, 0.9) * ppm, _u(rng, 0.1, 0.3) * ppm
    ph, ph2, ph3 = _u(rng, 0, 6.3), _u(rng, 0, 6.3), _u(rng, 0, 6.3)

    def disp(p: np.ndarray) -> np.ndarray:
        x, y = p[..., 0], p[..., 1]
        env = 0.65 + 0.35 * np.sin(2 * np.pi * y / lam2 + ph2)
        return np.stack(
            [
                amp2 * np.sin(2 * np.pi * y / lam2 + ph3),
                amp * np.sin(2 * np.pi * x / lam + ph) * env,
            ],
            -1,
        )

    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d = disp(np.stack([xx, yy], -1))
    page.img = _remap(page.img, xx + d[..., 0], yy + d[..., 1], cv2.BORDER_REFLECT)
    slope = np.cos(2 * np.pi * xx / lam + ph) * (0.65 + 0.35 * np.sin(2 * np.pi * yy / lam2 + ph2))
    light = _u(rng, 0.04, 0.10)
    page.img *= (1 + light * slope)[..., None]
    np.clip(page.img, 0, 1, out=page.img)
    notes.append(f"humidity cockle (waves {lam / ppm:.0f} mm, {amp / ppm:.2f} mm deep)")
    return _inverse(disp)


def _fingers_behind(
    rng: np.random.Generator, page: Page
) -> Callable[[np.ndarray, np.ndarray], None]:
    """Fingertips behind the document, showing past one side edge above the zone."""
    skin = np.array([_u(rng, 0.62, 0.85), _u(rng, 0.45, 0.65), _u(rng, 0.35, 0.52)], np.float32)
    left = rng.random() < 0.5

    def draw(bg: np.ndarray, corners: np.ndarray) -> None:
        a, b = (corners[0], corners[3]) if left else (corners[1], corners[2])
        out = (corners[0] - corners[1]) if left else (corners[1] - corners[0])
        out = out / np.linalg.norm(out)
        mask = np.zeros(bg.shape[:2], np.float32)
        for t in (0.15, 0.35, 0.55)[: int(rng.integers(2, 4))]:
            c = a + (b - a) * t + out * 6 * page.ppm
            axes = (round(9 * page.ppm), round(7 * page.ppm))
            ang = math.degrees(math.atan2(out[1], out[0]))
            cv2.ellipse(mask, (round(c[0]), round(c[1])), axes, ang, 0, 360, 1.0, -1, cv2.LINE_AA)
        mask = cv2.GaussianBlur(mask, (0, 0), 0.6)[..., None]
        bg *= 1 - mask
        bg += mask * skin[None, None, :] * 0.85

    return draw


def _thumb(
    rng: np.random.Generator,
    img: np.ndarray,
    scene: Scene,
    quad: np.ndarray,
    ppm: float,
    notes: list[str],
) -> np.ndarray:
    """A thumb over one of the document's upper corners, never over the zone."""
    h, w = img.shape[:2]
    k = int(rng.integers(2))  # top-left or top-right
    corner = scene.corners[k]
    centre_dir = scene.corners.mean(0) - corner
    centre_dir /= np.linalg.norm(centre_dir)
    zone = np.zeros((h, w), np.uint8)
    cv2.fillPoly(zone, [np.round(quad).astype(np.int32)], 1)
    zone = cv2.dilate(zone, np.ones((round(ppm * 2) + 1,) * 2, np.uint8))
    skin = np.array([_u(rng, 0.65, 0.88), _u(rng, 0.48, 0.66), _u(rng, 0.38, 0.55)], np.float32)
    for reach in (9.0, 7.0, 5.0, 3.0):
        mask = np.zeros((h, w), np.float32)
        tip = corner + centre_dir * reach * ppm
        c = tip - centre_dir * 12 * ppm
        ang = math.degrees(math.atan2(centre_dir[1], centre_dir[0]))
        axes = (round(13 * ppm), round(8 * ppm))
        cv2.ellipse(mask, (round(c[0]), round(c[1])), axes, ang, 0, 360, 1.0, -1, cv2.LINE_AA)
        if not (mask > 0.01)[zone > 0].any():
            break
    else:
        return img
    mask = cv2.GaussianBlur(mask, (0, 0), 0.8)
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    along = ((x - c[0]) * centre_dir[0] + (y - c[1]) * centre_dir[1]) / (13 * ppm)
    shade = (0.8 + 0.25 * np.clip(along, -1, 1))[..., None]
    nail = np.zeros((h, w), np.float32)
    nc = tip - centre_dir * 4.5 * ppm
    cv2.ellipse(
        nail,
        (round(nc[0]), round(nc[1])),
        (round(4.5 * ppm), round(3.8 * ppm)),
        ang,
        0,
        360,
        1.0,
        -1,
        cv2.LINE_AA,
    )
    colour = skin[None, None, :] * shade * (1 + 0.15 * nail[..., None] * mask[..., None])
    out = img * (1 - mask[..., None]) + colour * mask[..., None]
    # the thumb's soft shadow on the document beside it
    shadow = cv2.GaussianBlur(mask, (0, 0), 1.5 * ppm) * (1 - mask) * 0.35
    shadow *= 1 - (zone > 0)  # kept off the zone too
    notes.append(f"thumb over the {'left' if k == 0 else 'right'} upper corner")
    return out * (1 - shadow[..., None])


def _depth_of_field(
    rng: np.random.Generator, img: np.ndarray, quad: np.ndarray, cap: float, notes: list[str]
) -> np.ndarray:
    """A shallow depth of field: sharp at one end of the zone, soft at the other."""
    h, w = img.shape[:2]
    a, b = (quad[0] + quad[3]) / 2, (quad[1] + quad[2]) / 2
    if rng.random() < 0.5:
        a, b = b, a
    d = b - a
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    t = np.clip(((x - a[0]) * d[0] + (y - a[1]) * d[1]) / float(d @ d), 0, 1)
    t = np.clip((t - _u(rng, 0.2, 0.45)) / 0.55, 0, 1)[..., None]
    s = _u(rng, 0.07, 0.12) * cap
    half = cv2.GaussianBlur(img, (0, 0), s / 2)
    full = cv2.GaussianBlur(img, (0, 0), s)
    notes.append(f"shallow depth of field (one end blurred {s / cap:.2f} cap)")
    return np.where(
        t < 0.5, img * (1 - 2 * t) + half * 2 * t, half * (2 - 2 * t) + full * (2 * t - 1)
    )


def _barrel(
    rng: np.random.Generator, img: np.ndarray, fwd: Points, quad: np.ndarray, notes: list[str]
) -> tuple[np.ndarray, Points]:
    """A wide-angle close-up: framed round the zone, straight lines bowed outward."""
    q = fwd(quad)
    zw = float(np.linalg.norm(q[1] - q[0]))
    fw = zw * _u(rng, 1.12, 1.28)
    fh = fw * 0.75
    c_src = q.mean(0) + np.array([_u(rng, -0.03, 0.03) * fw, _u(rng, -0.12, 0.12) * fh])
    fw_i, fh_i = int(fw), int(fh)
    c_out = np.array([fw_i / 2, fh_i / 2])
    r2 = float(c_out @ c_out)
    k = _u(rng, 0.05, 0.11)
    y, x = np.mgrid[0:fh_i, 0:fw_i].astype(np.float32)
    dx, dy = x - c_out[0], y - c_out[1]
    g = 1 + k * (dx * dx + dy * dy) / r2
    out = _remap(img, c_src[0] + dx * g, c_src[1] + dy * g, cv2.BORDER_REFLECT101)

    def to_frame(p: np.ndarray) -> np.ndarray:
        v = fwd(p) - c_src
        d = v.copy()
        for _ in range(10):
            d = v / (1 + k * (d**2).sum(-1, keepdims=True) / r2)
        return d + c_out

    vig = 1 - _u(rng, 0.1, 0.25) * (dx * dx + dy * dy) / r2
    notes.append(f"wide-angle close-up, barrel distortion {k:.2f} at the corners")
    return out * vig[..., None], to_frame


def _oversharpen(rng: np.random.Generator, img: np.ndarray, notes: list[str]) -> np.ndarray:
    """A budget phone's pipeline: smeared by noise reduction, then over-sharpened (white
    and dark halos along every stroke), and in half an HDR-like local tone lift."""
    u8 = np.clip(img * 255, 0, 255).astype(np.uint8)
    u8 = cv2.bilateralFilter(u8, 5, _u(rng, 18, 40), 3)
    img = u8.astype(np.float32) / 255
    r, amount = _u(rng, 0.8, 1.6), _u(rng, 1.2, 2.2)
    img = img + amount * (img - cv2.GaussianBlur(img, (0, 0), r))
    notes.append(f"noise reduction and over-sharpening ({amount:.1f} at {r:.1f} px)")
    if rng.random() < 0.5:
        lift = _u(rng, 0.3, 0.6)
        img = img + lift * (img - cv2.GaussianBlur(img, (0, 0), 25))
        notes.append("HDR local tone (halos at the page's edges)")
    return img


def _noise(rng: np.random.Generator, img: np.ndarray, sigma: float) -> np.ndarray:
    lum = rng.standard_normal(img.shape[:2], dtype=np.float32)[..., None] * sigma
    chroma = rng.standard_normal(img.shape, dtype=np.float32) * (sigma * 0.5)
    return img + lum + chroma


def _jpeg(img: np.ndarray, quality: int) -> bytes:
    bgr = cv2.cvtColor(np.clip(img * 255 + 0.5, 0, 255).astype(np.uint8), cv2.COLOR_RGB2BGR)
    ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return buf.tobytes()


# -- the captures ----------------------------------------------------------------------


def _capture(
    rng: np.random.Generator, p: Plan, page: Page, notes: list[str]
) -> tuple[np.ndarray, Points, int]:
    """The picture (float RGB), the map from page pixels to it, and the JPEG quality."""
    cap, ppm, quad = page.cap, page.ppm, page.quad
    kind = p.capture
    fwd_page: Points = lambda q: q  # noqa: E731
    if kind == "hologram":
        _hologram(rng, page, notes)
    if kind == "worn":
        _wear(rng, page, notes)
    if kind == "cockle":
        fwd_page = _cockle(rng, page, notes)
    if kind == "fingers":
        scene = _place(rng, page, _u(rng, -8, 8), 12, 0.18, "room", _fingers_behind(rng, page))
    elif kind == "closeup":
        scene = _place(rng, page, _u(rng, -4, 4), 10, 0.3)
    elif kind == "cockle":
        scene = _place(rng, page, _u(rng, -10, 10), 15, 0.08)
    else:
        scene = _place(rng, page, _u(rng, -10, 10), 9, 0.08)
    fwd: Points = lambda q: scene.fwd(fwd_page(q))  # noqa: E731
    img = scene.img
    if kind == "fingers":
        img = _thumb(rng, img, scene, fwd(quad), ppm, notes)
        if rng.random() < 0.4:
            img = _cast(rng, img, notes)
        img = cv2.GaussianBlur(img, (0, 0), _u(rng, 0.3, 0.6))
    if kind == "closeup":
        img, fwd = _barrel(rng, img, fwd, quad, notes)
        img = _depth_of_field(rng, img, fwd(quad), cap, notes)
    else:  # a held document shows more of the room round it than one on a desk
        margin = _u(rng, 12, 25) if kind == "fingers" else _u(rng, 3, 12)
        img, fwd = _crop(img, scene.corners, fwd, quad, margin * ppm)
    if kind == "cast":
        img = _cast(rng, img, notes)
        if rng.random() < 0.6 and not p.no_mrz:
            img = _hard_shadow(rng, img, fwd(quad), cap, notes)
    img = _noise(rng, img, _u(rng, 0.006, 0.016))
    if kind == "oversharp":
        img = _oversharpen(rng, img, notes)
    quality = int(rng.integers(68, 87) if kind == "oversharp" else rng.integers(72, 92))
    return img, fwd, quality


@dataclasses.dataclass(frozen=True)
class Shot(Sample):
    valid: bool = False
    capture: str = ""
    font: str = ""  # the face's label ("" for a page without an MRZ)
    face_kind: str = ""
    process: str = ""
    cap_px: float = 0.0  # capitals' height in the picture, mean of the lines' end cells
    mrz_quad: tuple[tuple[float, float], ...] = ()
    notes: str = ""


def sample(seed: int, today: dt.date | None = None) -> Shot:
    """One picture of one document and its truth, deterministic per seed."""
    p = plan(seed, today)
    rng = np.random.default_rng([seed, 24, 1])
    notes = [f"capture {p.capture}"]
    if p.no_mrz:
        notes.append(f"no MRZ ({p.blank})")
    else:
        notes += [f"face {p.face.label}", f"print {p.process}"]
        if not p.valid:
            notes.append(p.misprint)
    for name in (*FACES, *PAGE_FACES):  # every face or none: never a substitute
        face_path(name)
    ppm = _u(rng, *CAP_PX[p.capture]) / 2.42
    page = _page(rng, p, ppm, notes)
    img, fwd, quality = _capture(rng, p, page, notes)
    jpeg = _jpeg(img, quality)
    notes.append(f"JPEG {quality}")
    decoded = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    h, w = decoded.shape[:2]
    assert max(h, w) <= MAX_SIDE, (seed, decoded.shape)
    quad: tuple[tuple[float, float], ...] = ()
    cap_px = 0.0
    if not p.no_mrz:
        q = fwd(page.quad)
        assert (q >= 0).all() and (q[:, 0] < w).all() and (q[:, 1] < h).all(), (seed, q)
        quad = tuple((float(x), float(y)) for x, y in q)
        ends = fwd(page.ends.reshape(-1, 2)).reshape(4, 2, 2)
        cap_px = float(np.linalg.norm(ends[:, 1] - ends[:, 0], axis=-1).mean())
        notes.append(f"capitals {cap_px:.1f} px")
    return Shot(
        seed=seed,
        level=p.capture,
        format=p.fmt,
        lines=p.printed,
        image=decoded,
        jpeg=jpeg,
        valid=p.valid,
        capture=p.capture,
        font="" if p.no_mrz else p.face.label,
        face_kind="" if p.no_mrz else p.face.kind,
        process=p.process,
        cap_px=cap_px,
        mrz_quad=quad,
        notes="; ".join(notes),
    )
