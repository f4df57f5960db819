"""A twentieth document-photo generator: a held-out set, scored once by the lead.

Written without running the OCR and without reading its code, its models, the other
generators' bodies or any results. Read: bench/bench_mrz.py (how a generator is called),
the `Sample` dataclass of tests/documents/synth.py, desktop/documents/mrz.py (compose,
parse) and layout.py, the head of bench/mrz_heldout19.py (its docstring and constants),
tests/documents/test_mrz_heldout19.py and scripts/setup-system.sh. Its renderer (Pillow
for glyphs and page text, OpenCV and numpy for the rest) is its own. It pictures what a
Taiwan border counter is handed, as the counter's devices capture it, and leans on what
earlier sets underplayed: kiosk and e-gate readers (their own LEDs, a small sensor, a
driver that resamples, 8-bit grey), phone pictures as phones make them (ISP sharpening
halos, HEIC converted to JPEG: two compressions, a shallow depth of field across a
tilted page), a thumb or fingers on the page (never on the zone), a plastic sleeve's
haze and reflections, faded old booklets on yellowed paper, zones printed slightly off
their clear zone, cell spacing that is not perfectly regular and one line printed darker.

Content. TD3 passports (Taiwan most: nine-digit numbers and, as optional data, the
holder's national identification number, a letter, 1 or 2 and eight digits; then Japan,
Korea, the US, Vietnam, the Philippines, Thailand, Indonesia, Malaysia, Hong Kong,
Singapore, the UK, Germany (D), France, Australia, Canada, India, mainland China), TD1
cards (Taiwan resident certificates most, for foreign holders, with code "IR" and a
ten-character number in ICAO's long form: this set's assumptions, not quoted from a
specimen; then German, French, Dutch, Belgian, Spanish and Swiss identity cards), TD2
(crew member certificates of Taiwan, Japan and Korea; Romanian identity cards), visa
foils MRV-A and MRV-B (Taiwan's most, then Japan's, the US's, Korea's, Australia's) for
holders of other states. Names from short lists per region; about one in eight with extra
given names (cut by `mrz.compose` when they overflow). The truth is `mrz.compose`'s lines
(`Plan.fields` is what it was given), expiry after the bench's today. About one MRZ in
ten is printed invalid (`valid` False, the truth is the printed lines): per block of 200
seeds 13 with one check digit wrong and 7 with a digit where only letters may stand (a
name's or the nationality's O, D, Q, I, S, B, Z or G printed as the digit it resembles).
One picture in twenty-five is a page without an MRZ (`lines` empty, `format` "none",
`valid` False): a booklet's visa page with entry stamps (6 per 200) or a card's front (2).
Formats, captures, face kinds, hybrid kinds, new faces, blanks and misprints are dealt,
not drawn: every run of 200 consecutive seeds from SEED holds the quotas exactly.

Sizes (ICAO 9303 part 3: OCR-B size I at a 2.54 mm pitch; parts 4-7: ID-1 85.6x54, ID-2
105x74, ID-3 125x88 mm, MRV-A 120x80 and MRV-B 105x74 mm foils on a 125x88 booklet page).
This set's assumptions (not quoted figures): the pitch 0.98-1.02 of 2.54 mm per document;
each cell off it by 0.02-0.07 mm (s.d., per document: some personalisers space unevenly);
capitals 2.30-2.50 mm high; lines 4.0-4.4 mm apart (TD1 3.6-4.1 mm), the last baseline
4.2-5.6 mm (TD1 3.2-4.2 mm) above the document's bottom edge; in 30 % the zone is printed
off its place by up to 1.2 mm sideways and 1.0 mm up or down (still on the document); a
slow baseline wave up to 0.12 mm; in 35 % one line printed 10-25 % darker than the other.

Faces (FACE_QUOTA of the 192 MRZ slots per 200): "ocrb" (82 %) OCR-B Regular
(fonts-ocr-b). "hybrid" (9 %): an OCR-B MRZ where three to six look-alike glyphs (of
0 O D 8 B 1 I 5 S 2 Z 6 G printed in the zone; every occurrence) or one whole line come
from a new face, as a personaliser whose OCR-B lacks glyphs substitutes them. "other"
(9 %): the whole MRZ in a new face. New faces, none named by any other file of the
project, installed on this machine for this set (2026-12-06): GWMonospace Bold
(fonts-georgewilliams, a slab typewriter face), TW-Sung (fonts-cns11643-sung, the
half-width Latin of Taiwan's CNS 11643 Sung face: a Taiwan office printer without OCR-B),
Compagnon Medium and Compagnon Roman (fonts-compagnon, a monoline sans and a typewriter
roman, both monospaced). Every face keeps the pitch: a glyph is scaled so that H's ink
is as tall as the zone's capitals, lifted so that H's ink stands on the baseline (TW-Sung's
Latin sits a little low on its own) and its advance is centred in its cell (squeezed to
the cell when wider). TW-Sung and Compagnon Roman, hairline book faces, are drawn with an
outline of 2.5 % of a capital (a printer's ink gain, or a driver's emulated bold).
scripts/setup-system.sh installs the faces; a missing face raises FileNotFoundError naming
its package: this module never substitutes a face.
Page labels and data are in DejaVu Sans.

Print process (drawn per format): passports laser 45 %, inkjet 25 %, engraved 30 %; TD1
cards engraved 75 %, thermal 25 %; TD2 laser 50 %, engraved 50 %; visa foils thermal
55 %, inkjet 45 %. Glyphs are drawn at twice the page's resolution and brought down:
"laser" crisp toner with a few stray specks; "inkjet" ink spread into the paper and
mottled drops, blue-black; "engraved" grey (reflectance 0.30-0.45) and thinner;
"thermal" resin with the head's row banding. Old booklets (a quarter of the passports and
of the visa pages): paper yellowed with stains, the zone's ink faded to 70-85 %.

Captures (CAPTURE_QUOTA):
- reader (full-page desk reader): the page flat on its glass, turned up to 1.5 degrees;
  infrared (grey, dye print gone) in 25 % (kiosks and thumbnails too), else white light,
  grey 8-bit output in 40 %; a laminate sheen in half; light falling off up to 10 %;
  capitals 18-30 px; JPEG 78-95.
- kiosk (self-service kiosk or e-gate reader): a small sensor under its own LEDs: light
  from two to four LEDs (bright middle, dark corners), their specular hot spots on the
  laminate (never white), grey 8-bit, fixed-pattern column noise and read noise, then the
  driver resamples the frame (upscales 1.2-1.6x bilinear, or downscales 0.7-0.85x by
  nearest neighbour); capitals 13-22 px in the stored picture; JPEG 70-90.
- scan (counter flatbed) at 150, 200, 240 or 300 dpi, skew up to 2.5 degrees, in 30 % a
  plastic sleeve (haze, lifted blacks, a faint reflection band), dust in
  half; JPEG 75-95.
- phone: the page seen from up to 22 degrees off the normal, turned up to 15 degrees,
  over a counter; depth of field across the tilted page (focus on a point of the page,
  blur growing with depth, at most 0.09 of a capital anywhere on the zone); a thumb or
  fingers on the page's edge in 35 % (kept off the zone); a plastic sleeve in 25 %
  (reflection band, never white); uneven light; the phone's ISP sharpening (halos);
  stored as HEIC and shared as JPEG in 60 % (compressed at 80-92, scaled 0.7-0.9,
  compressed again at 60-85), else one JPEG 70-92; capitals 14-26 px.
- webcam: 640x480, 800x600 or 1280x720 frames, the zone inside the frame, turned up to
  6 degrees, tilted up to 8, capitals 9-14 px, sensor noise, a denoiser's smear, JPEG
  40-70.
- thumbnail: a reader's picture (capitals 20-30 px) shrunk to capitals 7-12 px, stored
  at JPEG 60-90.
Every MRZ lies wholly inside its picture (sample() asserts it); glare and reflections
never reach white; thumbs and stamps stay off the zone. Not modelled (earlier sets did
them): an open booklet's facing page and its curvature near the spine, photos of
monitors, holograms, cards' rounded corners, motion blur; the page's labels and portrait
are schematic (DejaVu Sans text, a silhouette).

The 200 scored seeds (3 100 000-3 100 199, today 2026-11-27) are counted by
`scored_mix()` (the draws before rendering) and checked against SCORED_MIX by the tests:
formats TD3 122 (TWN 42), TD1 34, MRV-A 18, MRV-B 8, TD2 10, no MRZ 8 (visa pages 6, card
fronts 2); printed invalid 20 (10.4 % of the 192 MRZs; 13 a check digit, 7 a digit among
letters); captures reader 70, kiosk 20, scan 42, phone 38, webcam 16, thumbnail 14; faces
(of the 192 MRZs) ocrb 158 (82.3 %), hybrid 17 (11 with glyphs, 6 with a line), other 17
(8.9 %); the new faces (hybrid or whole) gwmono-bold 9, tw-sung 9, compagnon-medium 8,
compagnon-roman 8; print processes laser 66, inkjet 31, engraved 65, thermal 30; old
booklets 37; zones off their place 63; a darker line 71.
Rendering the 200 (one run of the final code, not re-checked by the tests: rendering 200
pictures is slow; the draws above are checked): infrared 20 (of the 104 reader, kiosk and
thumbnail pictures), grey 8-bit 59 (readers 35, kiosks 20, thumbnails 4); kiosk drivers
upscaling 14, downscaling 6; laminate sheen 28; plastic sleeves 26 (phones 15, scans 11);
thumbs 11 and fingers 4 (phones); depth of field on all 38 phone pictures (0.5-2.2 px of
blur at most on the zone), ISP sharpening on all 38, HEIC shared as JPEG 16; dust on scans 22;
visa foils 26; stored JPEG below quality 60: 9. Capitals (cap_px, foreshortened where
the page is tilted): reader 17.7-30.7 px, kiosk 12.8-21.3, scan 13.6-29.1, phone
13.1-25.6, webcam 9.1-12.2, thumbnail 7.3-11.9. Pictures from 351x260 to 1237x2200 px
(smallest and largest by area, none over 2200 px a side); every zone inside its picture;
grey s.d. 22.5 or more where there is an MRZ (8.0 for a blank visa page scanned on a white
lid). CPU time a picture on this shared machine (2 cores, load about 5): median 0.31 s, mean
0.36 s, at most 1.23 s.

Deterministic per seed; seeds start at SEED = 3 100 000. `sample(seed, today=...)`
returns a Shot: a Sample (tests/documents/synth.py's fields, level = the capture) with the
verdict `valid`, `capture`, `font` (the face's label), `face_kind`, `process`, `cap_px`
(capitals' height in the picture, mean over the end cells of the first and last lines),
`mrz_quad` (the zone's corners in the picture) and `notes` (capture, face, print process,
pitch, capitals and every effect applied).
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
from desktop.documents.mrz import compose, parse
from tests.documents.synth import Sample

SEED = 3_100_000
IMAGES = 200

# Per block of 200 consecutive seeds (dealt, not drawn).
FORMAT_QUOTA = {"TD3": 122, "TD1": 34, "TD2": 10, "MRV-A": 18, "MRV-B": 8, "none": 8}
BLANK_QUOTA = {"visa page": 6, "card front": 2}
CAPTURE_QUOTA = {"reader": 70, "kiosk": 20, "scan": 42, "phone": 38, "webcam": 16, "thumbnail": 14}
CAPTURES = tuple(CAPTURE_QUOTA)
FACE_QUOTA = {"ocrb": 158, "hybrid": 17, "other": 17}  # of the 192 MRZ slots
HYBRID_QUOTA = {"glyphs": 11, "line": 6}
INVALID_QUOTA = 20
CHECK_DIGIT_MISPRINTS = 13  # the other 7: a digit where only letters may stand
PROCESSES = ("laser", "inkjet", "engraved", "thermal")
PROCESS_SHARES = {
    "TD3": {"laser": 0.45, "inkjet": 0.25, "engraved": 0.3},
    "TD1": {"engraved": 0.75, "thermal": 0.25},
    "TD2": {"laser": 0.5, "engraved": 0.5},
    "MRV-A": {"thermal": 0.55, "inkjet": 0.45},
    "MRV-B": {"thermal": 0.55, "inkjet": 0.45},
}
CAP_PX = {  # capitals' height aimed at in the stored picture
    "reader": (18.0, 30.0),
    "kiosk": (13.0, 22.0),
    "scan": (13.0, 29.0),
    "phone": (14.0, 26.0),
    "webcam": (9.0, 14.0),
    "thumbnail": (7.0, 12.0),
}
WEBCAM_MODES = ((640, 480), (800, 600), (1280, 720))
SCAN_DPI = (150, 200, 240, 300)
LOOKALIKES = "0OD8B1I5S2Z6G"
MISPRINT_DIGIT = {"O": "0", "D": "0", "Q": "0", "I": "1", "S": "5", "B": "8", "Z": "2", "G": "6"}

FONT_ROOT = Path("/usr/share")
FACES = {  # name -> (path under FONT_ROOT, Debian package)
    "ocrb": ("fonts/opentype/ocr-b/OCRB.otf", "fonts-ocr-b"),
    "gwmono-bold": (
        "fonts/truetype/fonts-georgewilliams/GWMonospaceBold.ttf",
        "fonts-georgewilliams",
    ),
    "tw-sung": ("fonts/truetype/cns11643/TW-Sung-98_1.ttf", "fonts-cns11643-sung"),
    "compagnon-medium": ("fonts/opentype/compagnon/Compagnon-Medium.otf", "fonts-compagnon"),
    "compagnon-roman": ("fonts/opentype/compagnon/Compagnon-Roman.otf", "fonts-compagnon"),
}
NEW_FACES = ("gwmono-bold", "tw-sung", "compagnon-medium", "compagnon-roman")
THIN_FACES = ("tw-sung", "compagnon-roman")  # hairline strokes: printed with some gain
PACKAGES = ("fonts-georgewilliams", "fonts-cns11643-sung", "fonts-compagnon")
PAGE_FACES = {
    "dejavu": ("fonts/truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core"),
    "dejavu-bold": ("fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "fonts-dejavu-core"),
}

# scored_mix(2026-11-27), checked by the tests
SCORED_MIX = {
    "MRV-A": 18, "MRV-B": 8, "TD1": 34, "TD2": 10, "TD3": 122, "TD3 TWN": 42, "aged": 37,
    "blank card front": 2, "blank visa page": 6, "compagnon-medium": 8, "compagnon-roman": 8,
    "darker line": 71, "engraved": 65, "face hybrid": 17, "face ocrb": 158, "face other": 17,
    "gwmono-bold": 9, "hybrid glyphs": 11, "hybrid line": 6, "inkjet": 31, "invalid": 20,
    "invalid check digit": 13, "invalid letters": 7, "kiosk": 20, "laser": 66, "none": 8,
    "off place": 63, "phone": 38, "reader": 70, "scan": 42, "thermal": 30, "thumbnail": 14,
    "tw-sung": 9, "webcam": 16,
}  # fmt: skip

# Documents' sizes in mm (width, height): the sheet the MRZ is printed on.
DOC_MM = {"TD3": (125.0, 88.0), "TD1": (85.6, 54.0), "TD2": (105.0, 74.0)}
FOIL_MM = {"MRV-A": (120.0, 80.0), "MRV-B": (105.0, 74.0)}
BOOKLET_MM = (125.0, 88.0)


# -- faces and glyphs ---------------------------------------------------------------------


def face_path(name: str) -> Path:
    rel, package = {**FACES, **PAGE_FACES}[name]
    path = FONT_ROOT / rel
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} is missing: install {package} (scripts/setup-system.sh); "
            "bench/mrz_heldout20.py never substitutes a face"
        )
    return path


@functools.lru_cache(maxsize=64)
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(face_path(name)), size)


@functools.lru_cache(maxsize=16)
def cap_em(name: str) -> float:
    """H's ink height per pixel of font size."""
    f = font(name, 400)
    box = f.getbbox("H", anchor="ls")
    return (box[3] - box[1]) / 400.0


@functools.lru_cache(maxsize=256)
def _h_drop(name: str, size: int) -> int:
    """How far below the baseline H's ink ends when drawn at `size` (some faces' Latin,
    as TW-Sung's, sits a little low on its baseline): glyphs are lifted by it."""
    f = font(name, size)
    img = Image.new("L", (4 * size, 4 * size), 0)
    ImageDraw.Draw(img).text((size, 2 * size), "H", font=f, fill=255, anchor="ls")
    rows = np.flatnonzero(np.asarray(img).max(1) > 127)
    return int(rows[-1]) + 1 - 2 * size if len(rows) else 0


@functools.lru_cache(maxsize=8192)
def glyph(name: str, ch: str, cap: int, pitch: int) -> np.ndarray:
    """Ink coverage (0-1) of `ch` in a cell `pitch` wide and 2*cap tall, the baseline at
    row round(1.5 * cap): H's ink is `cap` high, the advance centred in the cell."""
    size = max(4, round(cap / cap_em(name)))
    f = font(name, size)
    adv = f.getlength(ch)
    w, h = 3 * pitch + int(adv), 2 * cap
    base = round(1.5 * cap)
    img = Image.new("L", (w, h), 0)
    left = pitch
    # thin book faces printed by a personaliser gain weight (toner and ink spread): an
    # outline of 2.5 % of a capital, as a printer driver's "bold" emulation would
    stroke = round(0.025 * cap) if name in THIN_FACES else 0
    y = base - _h_drop(name, size)
    ImageDraw.Draw(img).text((left, y), ch, font=f, fill=255, anchor="ls", stroke_width=stroke)
    a = np.asarray(img, np.float32) / 255.0
    cols = np.flatnonzero(a.max(0) > 0.05)
    if not len(cols):
        return np.zeros((h, pitch), np.float32)
    # the advance box, widened to the ink when the ink overhangs it
    x0 = min(left, int(cols[0]))
    x1 = max(left + math.ceil(adv), int(cols[-1]) + 1)
    box = a[:, x0:x1]
    room = pitch - 2
    if box.shape[1] > room:  # squeezed to the cell
        box = cv2.resize(box, (room, h), interpolation=cv2.INTER_AREA)
    out = np.zeros((h, pitch), np.float32)
    off = (pitch - box.shape[1]) // 2
    out[:, off : off + box.shape[1]] = box
    return out


@dataclasses.dataclass(frozen=True)
class FacePlan:
    kind: str  # "ocrb", "hybrid" or "other"
    other: str = ""  # the new face (hybrid or other)
    glyphs: str = ""  # hybrid: the look-alikes drawn in the other face
    line: int = -1  # hybrid: the line drawn in the other face

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


# -- what is printed ----------------------------------------------------------------------

# fmt: off
TWN_SURNAMES = ("CHEN", "LIN", "HUANG", "CHANG", "LI", "WANG", "WU", "LIU", "TSAI", "YANG",
                "HSU", "CHENG", "HSIEH", "KUO", "HUNG", "TSENG", "CHIU", "LIAO", "CHOU", "YEH")
TWN_GIVEN = ("CHIA HAO", "SHU FEN", "CHIH MING", "YI TING", "MEI LING", "CHUN HUNG",
             "HSIN YI", "WEN CHIEH", "PEI SHAN", "KUAN YU", "YU CHEN", "TZU HAN")
NAMES = {
    "east": (("NGUYEN", "TRAN", "PHAM", "SANTOS", "REYES", "DELA CRUZ", "TANAKA", "SATO",
              "SUZUKI", "KIM", "PARK", "CHOI", "WONG", "TAN", "LIM", "SRISUK", "WIJAYA",
              "ZHANG", "ABDULLAH", "KUMAR"),
             ("VAN ANH", "MINH DUC", "MARIA CLARA", "JOSE", "HARUTO", "YUKI", "MIN JUN",
              "JI WOO", "KA MAN", "WEI LING", "SOMCHAI", "SITI NURHALIZA", "RAJESH", "DEWI")),
    "west": (("SMITH", "JOHNSON", "BROWN", "MUELLER", "SCHMIDT", "DUBOIS", "MARTIN",
              "DE JONG", "JANSSENS", "GARCIA", "LOPEZ", "ROSSI", "OBRIEN", "POPESCU"),
             ("JAMES", "OLIVIA", "LUKAS", "SOPHIE", "CLAIRE", "PIETER", "ANA SOFIA",
              "DANIEL", "EMMA", "GIULIA", "SEAN PATRICK", "ANDREI")),
}
TD3_STATES = (("TWN", 0.38), ("JPN", 0.07), ("KOR", 0.06), ("USA", 0.07), ("VNM", 0.06),
              ("PHL", 0.05), ("THA", 0.04), ("IDN", 0.04), ("MYS", 0.04), ("HKG", 0.03),
              ("SGP", 0.03), ("GBR", 0.03), ("D", 0.02), ("FRA", 0.02), ("AUS", 0.02),
              ("CAN", 0.02), ("IND", 0.01), ("CHN", 0.01))  # fmt: skip
WEST = {"USA", "GBR", "D", "FRA", "AUS", "CAN", "NLD", "BEL", "ESP", "CHE", "ROU"}
TD1_STATES = (("TWN", 0.6), ("D", 0.1), ("FRA", 0.08), ("NLD", 0.07), ("BEL", 0.06),
              ("ESP", 0.05), ("CHE", 0.04))  # fmt: skip
TD2_STATES = (("TWN", 0.4), ("JPN", 0.25), ("KOR", 0.2), ("ROU", 0.15))
VISA_STATES = (("TWN", 0.6), ("JPN", 0.12), ("USA", 0.12), ("KOR", 0.1), ("AUS", 0.06))
# fmt: on
HOLDERS = ("VNM", "PHL", "IDN", "THA", "MYS", "IND", "USA", "JPN", "KOR", "GBR", "D", "FRA")


@dataclasses.dataclass(frozen=True)
class Plan:
    seed: int
    fmt: str  # a layout format, or "none"
    capture: str
    blank: str  # "visa page" or "card front" for no MRZ, else ""
    fields: tuple[tuple[str, str], ...]
    composed: tuple[str, ...]
    printed: tuple[str, ...]
    valid: bool
    misprint: str  # "" or "invalid as printed: ..."
    face: FacePlan
    process: str
    aged: bool  # an old booklet: yellowed paper, faded zone
    offset: tuple[float, float]  # the zone off its place (mm, x right and y down)
    darker: int  # the line printed darker (-1: none)

    @property
    def no_mrz(self) -> bool:
        return self.fmt == "none"


def _deal(block: int, what: str, quota: dict[str, int]) -> list[str]:
    items = [k for k, n in quota.items() for _ in range(n)]
    salt = sum(ord(c) * (i + 1) for i, c in enumerate(what))
    rng = np.random.default_rng([SEED, block % 2**32, salt])
    return [items[i] for i in rng.permutation(len(items))]


@functools.lru_cache(maxsize=32)
def _block(block: int) -> dict[str, list[str]]:
    """The quotas of one block of 200 seeds, dealt: per seed (formats, captures) or per
    MRZ slot (faces, misprints, new faces)."""
    fmts = _deal(block, "format", FORMAT_QUOTA)
    n_mrz = IMAGES - FORMAT_QUOTA["none"]
    faces = _deal(block, "face", FACE_QUOTA)
    n_new = FACE_QUOTA["hybrid"] + FACE_QUOTA["other"]
    per_face = {f: n_new // len(NEW_FACES) + (i < n_new % len(NEW_FACES))
                for i, f in enumerate(NEW_FACES)}  # fmt: skip
    invalid = {"check digit": CHECK_DIGIT_MISPRINTS,
               "letters": INVALID_QUOTA - CHECK_DIGIT_MISPRINTS,
               "": n_mrz - INVALID_QUOTA}  # fmt: skip
    return {
        "format": fmts,
        "capture": _deal(block, "capture", CAPTURE_QUOTA),
        "blank": _deal(block, "blank", BLANK_QUOTA),
        "face": faces,
        "hybrid": _deal(block, "hybrid", HYBRID_QUOTA),
        "new": _deal(block, "new face", per_face),
        "invalid": _deal(block, "invalid", invalid),
    }


def _pick(rng: np.random.Generator, table: tuple[tuple[str, float], ...]) -> str:
    p = np.array([w for _, w in table])
    return table[int(rng.choice(len(table), p=p / p.sum()))][0]


def _digits(rng: np.random.Generator, n: int) -> str:
    return "".join(str(int(d)) for d in rng.integers(0, 10, n))


def _alnum(rng: np.random.Generator, n: int) -> str:
    pool = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "".join(pool[int(i)] for i in rng.integers(0, len(pool), n))


def _person(rng: np.random.Generator, state: str) -> tuple[str, str]:
    if state == "TWN":
        sur, giv = TWN_SURNAMES, TWN_GIVEN
    else:
        sur, giv = NAMES["west" if state in WEST else "east"]
    surname = str(sur[int(rng.integers(len(sur)))])
    given = str(giv[int(rng.integers(len(giv)))])
    r = rng.random()
    if r < 0.12:  # extra given names: compose cuts them when they overflow
        given += " " + " ".join(str(giv[int(i)]) for i in rng.integers(0, len(giv), 2))
    elif r < 0.16:  # a single name
        given = ""
    return surname, given


def _fields(rng: np.random.Generator, fmt: str, today: dt.date) -> dict[str, str]:
    table = {"TD3": TD3_STATES, "TD1": TD1_STATES, "TD2": TD2_STATES}.get(fmt, VISA_STATES)
    state = _pick(rng, table)
    holder = state
    if (fmt == "TD1" and state == "TWN") or fmt in ("MRV-A", "MRV-B"):
        holder = str(rng.choice([h for h in HOLDERS if h != state]))  # a foreigner's
    surname, given = _person(rng, holder)
    age_days = int(rng.integers(365 * 18, 365 * 80))
    birth = today - dt.timedelta(days=age_days)
    expiry = today + dt.timedelta(days=int(rng.integers(20, 365 * 10)))
    sex = str(rng.choice(["M", "F", "<"], p=[0.48, 0.48, 0.04]))
    code, number, optional, optional2 = "P<", _alnum(rng, 9), "", ""
    if fmt == "TD3":
        if state == "TWN":
            number = _digits(rng, 9)
            letter = "ABCDEFGHJKLMNPQTUVWXYZ"[int(rng.integers(22))]
            optional = letter + str(int(rng.integers(1, 3))) + _digits(rng, 8)
        elif state in ("KOR", "JPN"):
            number = ("M" if state == "KOR" else "T") + _digits(rng, 8)
        elif rng.random() < 0.3:
            optional = _alnum(rng, int(rng.integers(6, 12)))
    elif fmt == "TD1":
        code = "IR" if state == "TWN" else str(rng.choice(["ID", "I<", "IR", "AC"]))
        if state == "TWN":  # a resident certificate: a ten-character number (long form)
            number = (
                "ABCDEFGH"[int(rng.integers(8))] + str(rng.choice(["8", "9"])) + _digits(rng, 8)
            )
        optional2 = "" if rng.random() < 0.6 else _digits(rng, int(rng.integers(3, 10)))
    elif fmt == "TD2":
        code = "AC" if state in ("TWN", "JPN", "KOR") else "ID"
    else:
        code = "V<"
        if rng.random() < 0.5:
            optional = _alnum(rng, int(rng.integers(4, 9)))
    return {
        "document_code": code,
        "issuing_state": state,
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": holder,
        "birth_date": birth.strftime("%y%m%d"),
        "sex": sex,
        "expiry_date": expiry.strftime("%y%m%d"),
        "optional_data": optional,
        "optional_data_2": optional2,
    }


def _misprint(
    rng: np.random.Generator, fmt: str, lines: tuple[str, ...], kind: str, today: dt.date
) -> tuple[tuple[str, ...], str]:
    """The lines with one cell printed wrong (a check digit, or a digit among letters)."""
    lay = layout.layout(fmt)
    cells: list[tuple[int, int, str]] = []
    if kind == "letters":
        for name in ("names", "nationality"):
            f = lay.field(name)
            for p in range(f.start, f.stop):
                c = lines[f.line][p]
                if c in MISPRINT_DIGIT:
                    cells.append((f.line, p, MISPRINT_DIGIT[c]))
        what = "a digit among letters"
    if kind != "letters" or not cells:
        for c in lay.checks:
            d = lines[c.line][c.pos]
            if d.isdigit():
                other = str((int(d) + int(rng.integers(1, 10))) % 10)
                cells.append((c.line, c.pos, other))
        what = "check digit"
    line, pos, new = cells[int(rng.integers(len(cells)))]
    out = list(lines)
    out[line] = out[line][:pos] + new + out[line][pos + 1 :]
    printed = tuple(out)
    assert not parse(printed, today=today).valid, printed
    return printed, f"invalid as printed: {what} at line {line + 1} cell {pos + 1}"


def plan(seed: int, today: dt.date) -> Plan:
    """Every draw of one seed before rendering: what is printed, how, in which face."""
    block, i = divmod(seed - SEED, IMAGES)
    deal = _block(block)
    fmt, capture = deal["format"][i], deal["capture"][i]
    rng = np.random.default_rng([seed, 20])
    if fmt == "none":
        blank = deal["blank"][sum(f == "none" for f in deal["format"][:i])]
        return Plan(seed, fmt, capture, blank, (), (), (), False, "", FacePlan("ocrb"), "",
                    blank == "visa page" and rng.random() < 0.25, (0.0, 0.0), -1)  # fmt: skip
    slot = i - sum(f == "none" for f in deal["format"][:i])
    fields = _fields(rng, fmt, today)
    if fmt != "TD1":
        fields.pop("optional_data_2")
    composed = compose(fmt, **fields)  # type: ignore[arg-type]
    kind = deal["invalid"][slot]
    printed, misprint = composed, ""
    if kind:
        printed, misprint = _misprint(rng, fmt, composed, kind, today)
    face_kind = deal["face"][slot]
    face = FacePlan("ocrb")
    if face_kind != "ocrb":
        n = sum(k != "ocrb" for k in deal["face"][:slot])
        other = deal["new"][n]
        if face_kind == "other":
            face = FacePlan("other", other)
        else:
            h = sum(k == "hybrid" for k in deal["face"][:slot])
            if deal["hybrid"][h] == "glyphs":
                present = [c for c in LOOKALIKES if any(c in ln for ln in printed)]
                k = min(len(present), int(rng.integers(3, 7)))
                picked = sorted(rng.choice(present, k, replace=False).tolist())
                face = FacePlan("hybrid", other, glyphs="".join(picked))
            else:
                face = FacePlan("hybrid", other, line=int(rng.integers(len(printed))))
    shares = PROCESS_SHARES[fmt]
    process = str(rng.choice(list(shares), p=list(shares.values())))
    aged = fmt in ("TD3", "MRV-A", "MRV-B") and rng.random() < 0.27
    offset = (0.0, 0.0)
    if rng.random() < 0.3:
        offset = (float(rng.uniform(-1.2, 1.2)), float(rng.uniform(-1.0, 1.0)))
    darker = int(rng.integers(len(printed))) if rng.random() < 0.35 else -1
    return Plan(seed, fmt, capture, "", tuple(fields.items()), composed, printed,
                not misprint, misprint, face, process, aged, offset, darker)  # fmt: skip


def scored_mix(today: dt.date, first: int = SEED, n: int = IMAGES) -> dict[str, int]:
    """Counts of the draws of seeds first..first+n-1 (the docstring's figures)."""
    c: Counter[str] = Counter()
    for seed in range(first, first + n):
        p = plan(seed, today)
        c[p.fmt] += 1
        c[p.capture] += 1
        if p.no_mrz:
            c["blank " + p.blank] += 1
            continue
        c["TD3 TWN"] += p.fmt == "TD3" and p.printed[0][2:5] == "TWN"
        c["face " + p.face.kind] += 1
        if p.face.kind != "ocrb":
            c[p.face.other] += 1
        if p.face.kind == "hybrid":
            c["hybrid glyphs" if p.face.glyphs else "hybrid line"] += 1
        c[p.process] += 1
        c["aged"] += p.aged
        c["off place"] += p.offset != (0.0, 0.0)
        c["darker line"] += p.darker >= 0
        if not p.valid:
            c["invalid"] += 1
            c["invalid check digit" if "check digit" in p.misprint else "invalid letters"] += 1
    return dict(sorted(c.items()))


# -- the page -----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Zone:
    x0: float  # left edge of the first cell, mm on the page
    baselines: tuple[float, ...]  # mm on the page
    pitch: float
    cap: float
    width: int  # cells per line


@dataclasses.dataclass
class Page:
    white: np.ndarray  # RGB reflectance in white light, float32
    ir: np.ndarray  # reflectance in infrared, float32
    res: float  # px per mm
    quad: np.ndarray  # the zone's corners, page px (empty without an MRZ)
    caps: np.ndarray  # (n, 2, 2): (top, baseline) points of end cells, page px
    mrz: np.ndarray  # the zone's ink coverage, page px
    carbon: np.ndarray  # data text and portrait coverage
    notes: list[str]


def _sheet_mm(p: Plan) -> tuple[float, float]:
    if p.fmt in ("TD1", "TD2"):
        return DOC_MM[p.fmt]
    if p.no_mrz and p.blank == "card front":
        return DOC_MM["TD1"]
    return BOOKLET_MM


def _smooth_noise(rng: np.random.Generator, h: int, w: int, scale: float) -> np.ndarray:
    """Noise of about `scale` px grain, s.d. ~1."""
    sh, sw = max(2, int(h / scale) + 2), max(2, int(w / scale) + 2)
    small = rng.standard_normal((sh, sw)).astype(np.float32)
    big = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    return big / max(1e-6, float(big.std()))


def _text_mask(
    size: tuple[int, int], items: list[tuple[float, float, str, str, float]], res: float
) -> np.ndarray:
    """Coverage of text items (x mm, y mm baseline, text, face, height mm)."""
    img = Image.new("L", size, 0)
    d = ImageDraw.Draw(img)
    for x, y, text, face, h in items:
        f = font(face, max(5, round(h * res / max(cap_em(face), 1e-3))))
        d.text((x * res, y * res), text, font=f, fill=255, anchor="ls")
    return np.asarray(img, np.float32) / 255.0


def _zone(rng: np.random.Generator, p: Plan, sheet: tuple[float, float]) -> Zone:
    lay = layout.layout(p.fmt)
    pitch = 2.54 * float(rng.uniform(0.98, 1.02))
    cap = float(rng.uniform(2.30, 2.50))
    if p.fmt == "TD1":
        gap, bottom = float(rng.uniform(3.6, 4.1)), float(rng.uniform(3.2, 4.2))
    else:
        gap, bottom = float(rng.uniform(4.0, 4.4)), float(rng.uniform(4.2, 5.6))
    # the document the zone is printed on: a visa foil sits on the booklet page
    fx, fy, fw, fh = 0.0, 0.0, *sheet
    if p.fmt in FOIL_MM:
        fw, fh = FOIL_MM[p.fmt]
        fx, fy = (sheet[0] - fw) / 2, sheet[1] - fh - 2.0
    x0 = fx + (fw - lay.width * pitch) / 2 + float(rng.uniform(-0.4, 0.4)) + p.offset[0]
    last = fy + fh - bottom + p.offset[1]
    # still on the document, 0.8 mm in
    x0 = min(max(x0, fx + 0.8), fx + fw - 0.8 - lay.width * pitch)
    last = min(last, fy + fh - 0.8 - 0.6)
    bases = tuple(last - (lay.lines - 1 - i) * gap for i in range(lay.lines))
    return Zone(x0, bases, pitch, cap, lay.width)


def _print(
    rng: np.random.Generator,
    p: Plan,
    zone: Zone,
    box: tuple[float, float, float, float],
    res: float,
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """The zone's ink coverage over `box` (mm: x0, y0, x1, y1) at `res`, the ink's
    reflectance (RGB) and notes: glyphs drawn at twice the resolution, put on the page by
    the print process, each line at its own density."""
    ss = 2.0 * res
    bw, bh = round((box[2] - box[0]) * ss), round((box[3] - box[1]) * ss)
    cov = np.zeros((bh, bw), np.float32)
    cap_px, pitch_px = max(6, round(zone.cap * ss)), max(6, round(zone.pitch * ss))
    spacing_sd = float(rng.uniform(0.02, 0.07))
    wave_a, wave_l = float(rng.uniform(0.0, 0.12)), float(rng.uniform(40.0, 120.0))
    wave_p = float(rng.uniform(0, 2 * math.pi))
    dens = np.full(len(p.printed), float(rng.uniform(0.88, 1.0)), np.float32)
    if p.darker >= 0:  # one line darker: the others lighter by 10-25 %
        dens[:] = float(rng.uniform(0.75, 0.9))
        dens[p.darker] = 1.0
    if p.aged:
        dens *= float(rng.uniform(0.7, 0.85))
    base_row = round(1.5 * cap_px)
    # each line's density, by rows (applied after the process shapes the ink)
    row_dens = np.ones(bh, np.float32)
    for i, b in enumerate(zone.baselines):
        y0 = max(0, round((b - zone.cap - 0.9 - box[1]) * ss))
        y1 = min(bh, round((b + 0.9 - box[1]) * ss))
        row_dens[y0:y1] = dens[i]
    for i, line in enumerate(p.printed):
        layer = np.zeros_like(cov)
        for k, ch in enumerate(line):
            g = glyph(p.face.face(i, ch), ch, cap_px, pitch_px)
            xc = zone.x0 + (k + 0.5) * zone.pitch + float(rng.normal(0, spacing_sd))
            yb = zone.baselines[i] + wave_a * math.sin(2 * math.pi * xc / wave_l + wave_p)
            yb += float(rng.normal(0, 0.015))
            x = round((xc - box[0]) * ss - pitch_px / 2)
            y = round((yb - box[1]) * ss) - base_row
            y0, x0 = max(0, y), max(0, x)
            y1, x1 = min(bh, y + g.shape[0]), min(bw, x + g.shape[1])
            if y1 > y0 and x1 > x0:
                sub = g[y0 - y : y1 - y, x0 - x : x1 - x]
                np.maximum(layer[y0:y1, x0:x1], sub, out=layer[y0:y1, x0:x1])
        cov = np.maximum(cov, layer)
    notes = [f"spacing s.d. {spacing_sd:.3f} mm", f"baseline wave {wave_a:.2f} mm"]
    if p.darker >= 0:
        notes.append(
            f"line {p.darker + 1} darker ({float(dens.max()):.2f} vs {float(dens.min()):.2f})"
        )
    px = ss  # px per mm at this stage
    if p.process == "laser":
        ink = np.array([0.07, 0.07, 0.08], np.float32)
        cov = np.clip((cov - 0.5) * 1.6 + 0.5, 0, 1) * (cov > 0.02)
        near = cv2.dilate((cov > 0.3).astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
        specks = (rng.random(cov.shape) < 0.0015) & near & (cov < 0.1)
        cov = np.maximum(cov, cv2.GaussianBlur(specks.astype(np.float32), (0, 0), 0.6) * 1.8)
        notes.append("laser toner, stray specks")
    elif p.process == "inkjet":
        ink = np.array([0.11, 0.12, 0.19], np.float32)
        cov = cv2.GaussianBlur(cov, (0, 0), max(0.5, 0.035 * px))
        cov = np.clip((cov - 0.2) / 0.5, 0, 1)
        mottle = _smooth_noise(rng, bh, bw, max(2.0, 0.12 * px))
        cov *= np.clip(1 - 0.12 * mottle - 0.08, 0.6, 1)
        notes.append("inkjet spread and mottle")
    elif p.process == "engraved":
        grey = float(rng.uniform(0.30, 0.45))
        ink = np.array([grey, grey, grey * 1.02], np.float32)
        k = max(1, round(0.03 * px))
        cov = cv2.erode(cov, np.ones((k + 1, k + 1), np.uint8)) if px >= 14 else cov * 0.92
        notes.append(f"laser engraved, grey {grey:.2f}")
    else:  # thermal
        ink = np.array([0.08, 0.08, 0.09], np.float32)
        rows = np.arange(bh, dtype=np.float32)
        dot = 25.4 / float(rng.choice([203.0, 300.0]))
        band = 1 - 0.10 * (0.5 + 0.5 * np.sin(2 * math.pi * rows / (dot * px)))
        band *= 1 - 0.08 * np.sin(2 * math.pi * rows / (float(rng.uniform(3, 7)) * px))
        cov = np.clip((cov - 0.45) * 2.5 + 0.5, 0, 1) * band[:, None]
        notes.append(f"thermal head {25.4 / dot:.0f} dpi banding")
    if p.aged:
        notes.append("faded ink")
    cov = cov * row_dens[:, None]
    out = cv2.resize(cov, (round(bw / 2), round(bh / 2)), interpolation=cv2.INTER_AREA)
    return np.clip(out, 0, 1), ink, notes


def _guilloche(rng: np.random.Generator, h: int, w: int, res: float) -> np.ndarray:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32) / res
    out = np.zeros((h, w), np.float32)
    for _ in range(2):
        lam, amp = float(rng.uniform(2.5, 5.0)), float(rng.uniform(0.2, 0.6))
        per, ang = float(rng.uniform(20, 50)), float(rng.uniform(0, math.pi))
        u = xx * math.cos(ang) + yy * math.sin(ang)
        v = -xx * math.sin(ang) + yy * math.cos(ang)
        f = np.sin(2 * math.pi * (u / lam + amp * np.sin(2 * math.pi * v / per)))
        out = np.maximum(out, np.clip(1 - np.abs(f) / 0.18, 0, 1))
    return out


def _page(rng: np.random.Generator, p: Plan, res: float) -> Page:
    sheet = _sheet_mm(p)
    w, h = round(sheet[0] * res), round(sheet[1] * res)
    notes: list[str] = []
    card = p.fmt in ("TD1", "TD2") or p.blank == "card front"
    base = np.array([0.93, 0.94, 0.96] if card else [0.94, 0.95, 0.91], np.float32) + rng.uniform(
        -0.02, 0.02, 3
    ).astype(np.float32)
    fibre = _smooth_noise(rng, h, w, 2.0) * 0.012 + _smooth_noise(rng, h, w, 25.0) * 0.01
    white = np.clip(base[None, None, :] + fibre[..., None], 0, 1)
    if p.aged:  # yellowed paper with stains
        white *= np.array([1.0, 0.95, 0.82], np.float32)
        stain = np.clip(_smooth_noise(rng, h, w, 60.0 * res / 8), 0, None) * 0.04
        white *= 1 - stain[..., None] * np.array([0.3, 0.6, 1.2], np.float32)
        notes.append("old booklet: yellowed paper")
    ir = np.clip(float(rng.uniform(0.8, 0.9)) + fibre * 0.6, 0, 1)
    # security print in dye inks (gone in infrared)
    tint = np.array(rng.uniform(0.55, 0.9, 3), np.float32)
    gl = _guilloche(rng, h, w, res) * float(rng.uniform(0.12, 0.25))
    white *= 1 - gl[..., None] * (1 - tint)
    ramp = np.linspace(0, 1, w, dtype=np.float32)[None, :, None]
    white *= 1 - 0.05 * ramp * (1 - tint[::-1])
    labels: list[tuple[float, float, str, str, float]] = []
    data: list[tuple[float, float, str, str, float]] = []
    sw, sh = sheet
    fx, fy, fw, fh = 0.0, 0.0, sw, sh
    if p.fmt in FOIL_MM:  # a visa foil over the booklet page
        fw, fh = FOIL_MM[p.fmt]
        fx, fy = (sw - fw) / 2, sh - fh - 2.0
        x0, y0, x1, y1 = (round(v * res) for v in (fx, fy, fx + fw, fy + fh))
        foil = np.array(rng.uniform(0.75, 0.95, 3), np.float32)
        white[y0:y1, x0:x1] = white[y0:y1, x0:x1] * 0.3 + 0.7 * foil * 1.02
        white[y0:y1, x0:x1] *= 1 - 0.5 * _guilloche(rng, y1 - y0, x1 - x0, res)[..., None] * (
            1 - foil
        )
        notes.append("visa foil")
    portrait = np.zeros((h, w), np.float32)
    if not (p.no_mrz and p.blank == "visa page"):
        # portrait: head and shoulders, carbon
        px0, py0 = fx + 0.06 * fw, fy + 0.16 * fh
        pw, ph = 0.26 * fw, 0.45 * fh
        cx, cy = (px0 + pw / 2) * res, (py0 + ph * 0.4) * res
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        head = ((xx - cx) / (pw * 0.3 * res)) ** 2 + ((yy - cy) / (ph * 0.3 * res)) ** 2 < 1
        body = (((xx - cx) / (pw * 0.55 * res)) ** 2 + ((yy - (py0 + ph) * res) / (
            ph * 0.35 * res)) ** 2 < 1) & (yy < (py0 + ph) * res)  # fmt: skip
        frame = (xx > px0 * res) & (xx < (px0 + pw) * res) & (yy > py0 * res)
        frame &= yy < (py0 + ph) * res
        portrait = frame * 0.12 + (head | body) * frame * float(rng.uniform(0.45, 0.7))
        tx = fx + 0.38 * fw
        f = dict(p.fields)
        twn = f.get("issuing_state") == "TWN"
        title = "REPUBLIC OF CHINA (TAIWAN)" if twn else "PASSPORT"
        if card:
            title = "RESIDENT CERTIFICATE" if twn and p.fmt == "TD1" else "IDENTITY CARD"
        if p.fmt in FOIL_MM:
            title = "VISA"
        labels.append((fx + 0.06 * fw, fy + 0.09 * fh, title, "dejavu-bold", 2.6))
        rows = [("Surname", f.get("surname", "LIN")), ("Given names", f.get("given_names", "")),
                ("Nationality", f.get("nationality", "")), ("Date of birth",
                f.get("birth_date", "")), ("Sex", f.get("sex", "")),
                ("Date of expiry", f.get("expiry_date", "")),
                ("Document no.", f.get("document_number", ""))]  # fmt: skip
        step = (0.62 * fh - 4) / len(rows)
        for r, (lab, val) in enumerate(rows):
            y = fy + 0.16 * fh + r * step
            labels.append((tx, y + 1.6, lab, "dejavu", 1.3))
            data.append((tx, y + 1.6 + 2.6, str(val) or "-", "dejavu", 1.9))
    stamps = np.zeros((h, w), np.float32)
    if p.no_mrz and p.blank == "visa page":
        img = Image.new("L", (w, h), 0)
        d = ImageDraw.Draw(img)
        for _ in range(int(rng.integers(2, 5))):
            r = float(rng.uniform(8, 13)) * res
            cx = float(rng.uniform(r, w - r))
            cy = float(rng.uniform(r, h - r - 16 * res))
            lw = max(1, round(0.4 * res))
            if rng.random() < 0.5:
                d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=255, width=lw)
            else:
                d.rectangle((cx - r * 1.3, cy - r * 0.8, cx + r * 1.3, cy + r * 0.8),
                            outline=255, width=lw)  # fmt: skip
            stf = font("dejavu-bold", max(5, round(2.2 * res / cap_em("dejavu-bold"))))
            d.text((cx, cy), "TAOYUAN " + str(int(rng.integers(1, 29))), font=stf, fill=255,
                   anchor="mm")  # fmt: skip
        stamps = np.asarray(img, np.float32) / 255.0 * float(rng.uniform(0.5, 0.8))
        ink = np.array(rng.choice([[0.3, 0.4, 0.8], [0.8, 0.3, 0.35], [0.3, 0.6, 0.4]]))
        white *= 1 - stamps[..., None] * (1 - ink.astype(np.float32))
        notes.append("visa page with entry stamps")
    lab = _text_mask((w, h), labels, res) * 0.8
    white *= 1 - lab[..., None] * (1 - tint * 0.6)
    carbon = np.maximum(_text_mask((w, h), data, res), portrait.astype(np.float32))
    white *= (1 - 0.88 * carbon)[..., None]
    ir *= 1 - 0.85 * carbon
    mrz = np.zeros((h, w), np.float32)
    quad, caps = np.zeros((0, 2), np.float32), np.zeros((0, 2, 2), np.float32)
    if not p.no_mrz:
        zone = _zone(rng, p, sheet)
        right = zone.x0 + zone.width * zone.pitch
        box = (
            max(0.0, zone.x0 - 2.0),
            max(0.0, zone.baselines[0] - zone.cap - 2.5),
            min(sw, right + 2.0),
            min(sh, zone.baselines[-1] + 2.0),
        )
        cov, ink, pnotes = _print(rng, p, zone, box, res)
        bx, by = round(box[0] * res), round(box[1] * res)
        ch_, cw_ = min(cov.shape[0], h - by), min(cov.shape[1], w - bx)
        mrz[by : by + ch_, bx : bx + cw_] = cov[:ch_, :cw_]
        white *= 1 - mrz[..., None] * (1 - ink)
        ir *= 1 - mrz * (1 - float(ink.mean()) * 1.1)
        notes += pnotes
        top = zone.baselines[0] - zone.cap - 0.6
        quad = np.array(
            [[zone.x0 - 0.6, top], [right + 0.6, top],
             [right + 0.6, zone.baselines[-1] + 0.6], [zone.x0 - 0.6, zone.baselines[-1] + 0.6]],
            np.float32,
        ) * res  # fmt: skip
        cells = []
        for b in (zone.baselines[0], zone.baselines[-1]):
            for k in (0, zone.width - 1):
                xc = zone.x0 + (k + 0.5) * zone.pitch
                cells.append([[xc, b - zone.cap], [xc, b]])
        caps = np.array(cells, np.float32) * res
        notes.append(f"pitch {zone.pitch:.3f} mm, capitals {zone.cap:.2f} mm")
        if p.offset != (0.0, 0.0):
            notes.append(f"zone off its place by ({p.offset[0]:+.1f}, {p.offset[1]:+.1f}) mm")
    return Page(np.clip(white, 0, 1).astype(np.float32), np.clip(ir, 0, 1).astype(np.float32),
                res, quad, caps, mrz, carbon, notes)  # fmt: skip


# -- captures -----------------------------------------------------------------------------


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


def _homography(
    w: int, h: int, s: float, rot: float, ax: float, ay: float, centre: tuple[float, float]
) -> tuple[np.ndarray, np.ndarray]:
    """Page px -> picture px for the page turned by `rot` and tilted by `ax`, `ay` (degrees)
    seen by a pinhole 2.5 page diagonals away, `s` picture px per page px at its middle;
    and the depth (page px, + away) of each page point as (a, b, c): z = a*x + b*y + c."""
    r, a, b = (math.radians(v) for v in (rot, ax, ay))
    rz = np.array([[math.cos(r), -math.sin(r), 0], [math.sin(r), math.cos(r), 0], [0, 0, 1]])
    rx = np.array([[1, 0, 0], [0, math.cos(a), -math.sin(a)], [0, math.sin(a), math.cos(a)]])
    ry = np.array([[math.cos(b), 0, math.sin(b)], [0, 1, 0], [-math.sin(b), 0, math.cos(b)]])
    rot3 = ry @ rx @ rz
    dist = 2.5 * math.hypot(w, h)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    pts = np.c_[src - [w / 2, h / 2], np.zeros(4)] @ rot3.T
    dst = (s * dist * pts[:, :2] / (pts[:, 2:] + dist) + centre).astype(np.float32)
    depth = np.array([rot3[2, 0], rot3[2, 1], -rot3[2, 0] * w / 2 - rot3[2, 1] * h / 2])
    return cv2.getPerspectiveTransform(src, dst), depth


def _apply(m: np.ndarray, pts: np.ndarray) -> np.ndarray:
    return cv2.perspectiveTransform(pts.reshape(-1, 1, 2).astype(np.float64), m).reshape(-1, 2)


def _cap_px(m: np.ndarray, caps: np.ndarray) -> float:
    pts = _apply(m, caps.reshape(-1, 2)).reshape(-1, 2, 2)
    return float(np.mean(np.linalg.norm(pts[:, 0] - pts[:, 1], axis=1)))


def _zone_mask(m: np.ndarray, quad: np.ndarray, shape: tuple[int, int], grow: float) -> np.ndarray:
    mask = np.zeros(shape, np.uint8)
    if len(quad):
        q = _apply(m, quad)
        c = q.mean(0)
        q = c + (q - c) * grow
        cv2.fillConvexPoly(mask, np.round(q).astype(np.int32), 1)
    return mask > 0


def _glare(
    rng: np.random.Generator, shape: tuple[int, int], width: float, strength: float
) -> np.ndarray:
    """A soft straight band of reflected light (0-strength)."""
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ang = float(rng.uniform(0, math.pi))
    d = (xx - float(rng.uniform(0.2, 0.8)) * w) * math.cos(ang) + (
        yy - float(rng.uniform(0.2, 0.8)) * h
    ) * math.sin(ang)
    return strength * np.exp(-((d / width) ** 2))


def _thumb(
    rng: np.random.Generator, img: np.ndarray, m: np.ndarray, page: Page, notes: list[str]
) -> None:
    """A thumb or two fingertips over an edge of the page, never over the zone."""
    h, w = img.shape[:2]
    keep = _zone_mask(m, page.quad, (h, w), 1.25)
    ph, pw = page.white.shape[:2]
    res = page.res
    fingers = rng.random() < 0.4
    for _ in range(8):
        side = str(rng.choice(["left", "right", "top"]))
        t = float(rng.uniform(0.15, 0.85))
        ex, ey = {"left": (0, t * ph), "right": (pw, t * ph), "top": (t * pw, 0)}[side]
        nx, ny = {"left": (1, 0), "right": (-1, 0), "top": (0, 1)}[side]
        mask = np.zeros((h, w), np.float32)
        nails = np.zeros((h, w), np.float32)
        tips = [(0.0, 1.0)] if not fingers else [(-8.5, 0.6), (8.5, 0.65)]
        for along, size in tips:
            # the tip 10-16 mm onto the page, the rest of the finger off it
            reach = float(rng.uniform(10, 16)) * size
            a, b = 22 * res * size, 9.5 * res * (1.0 if not fingers else 0.8)
            cx = ex + ny * along * res + nx * (reach * res - a)
            cy = ey + nx * along * res + ny * (reach * res - a)
            ts = np.linspace(0, 2 * math.pi, 48)
            # the long axis along the edge's normal: the thumb comes in from outside
            ux, uy = nx, ny
            px = cx + a * np.cos(ts) * ux - b * np.sin(ts) * uy
            py = cy + a * np.cos(ts) * uy + b * np.sin(ts) * ux
            poly = _apply(m, np.c_[px, py])
            cv2.fillPoly(mask, [np.round(poly).astype(np.int32)], 1.0)
            # the nail, seen from above, near the tip
            na, nb, nc = 0.22 * a, 0.55 * b, 0.7 * a
            px = cx + nc * ux + na * np.cos(ts) * ux - nb * np.sin(ts) * uy
            py = cy + nc * uy + na * np.cos(ts) * uy + nb * np.sin(ts) * ux
            poly = _apply(m, np.c_[px, py])
            cv2.fillPoly(nails, [np.round(poly).astype(np.int32)], 1.0)
        if (mask > 0).any() and not (mask.astype(bool) & keep).any():
            soft = cv2.GaussianBlur(mask, (0, 0), 1.5)
            # rounded: darker towards its outline
            inner = cv2.distanceTransform((mask > 0).astype(np.uint8), cv2.DIST_L2, 5)
            inner = np.sqrt(np.clip(inner / max(1.0, float(inner.max())), 0, 1))
            skin = np.array([0.8, 0.6, 0.5], np.float32) * float(rng.uniform(0.75, 1.05))
            shade = (0.55 + 0.45 * inner)[..., None] * skin
            nail = cv2.GaussianBlur(nails, (0, 0), 1.0)[..., None] * 0.6
            shade = shade * (1 - nail) + nail * np.array([0.88, 0.74, 0.7], np.float32)
            img[:] = img * (1 - soft[..., None]) + shade * soft[..., None]
            notes.append(("fingers" if fingers else "thumb") + f" over the {side} edge")
            return


def _sleeve(rng: np.random.Generator, img: np.ndarray, on: np.ndarray, notes: list[str]) -> None:
    """A clear plastic sleeve over the page (`on`, 0-1): haze, lifted blacks, a
    reflection band (never white)."""
    haze = float(rng.uniform(0.03, 0.08))
    band = _glare(rng, img.shape[:2], float(rng.uniform(0.04, 0.12)) * img.shape[1],
                  float(rng.uniform(0.12, 0.3)))  # fmt: skip
    a = on[..., None]
    hazed = img * (1 - haze) + haze * 0.85
    hazed = hazed + band[..., None] * (0.95 - hazed)
    img[:] = img * (1 - a) + hazed * a
    notes.append(f"plastic sleeve (haze {haze:.2f}, reflection {float(band.max()):.2f})")


def _dof(
    rng: np.random.Generator,
    page: Page,
    img: np.ndarray,
    depth: np.ndarray,
    s: float,
    cap_out: float,
    notes: list[str],
) -> np.ndarray:
    """Depth of field across a tilted page, in page px: sharp at the focus point, blur
    growing with depth; nowhere on the zone more than 0.09 of a capital (picture px)."""
    h, w = img.shape[:2]
    zc = np.array([w / 2, h * 0.85]) if not len(page.quad) else page.quad.mean(0)
    focus = np.array([float(rng.uniform(0.25, 0.75)) * w, float(rng.uniform(0.2, 0.6)) * h])
    zf = depth[0] * focus[0] + depth[1] * focus[1]
    dz = abs(depth[0] * zc[0] + depth[1] * zc[1] - zf)
    if dz < 1e-3 * max(w, h):
        return img
    sigma_zone = float(rng.uniform(0.03, 0.09)) * cap_out / s  # page px
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if len(page.quad):  # the zone's farthest corner from the focal plane sets the scale
        far = np.abs(page.quad @ depth[:2] - zf)
        dz = max(dz, float(far.max()))
    sig = np.abs(depth[0] * xx + depth[1] * yy - zf) * (sigma_zone / dz)
    sig = np.minimum(sig, 3 * sigma_zone)
    levels = [0.0, sigma_zone, 2 * sigma_zone, 3 * sigma_zone]
    blurred = [img] + [cv2.GaussianBlur(img, (0, 0), max(0.3, lv)) for lv in levels[1:]]
    out = np.zeros_like(img)
    for i in range(len(levels) - 1):
        lo, hi = levels[i], levels[i + 1]
        wgt = np.clip((sig - lo) / (hi - lo), 0, 1)
        sel = (sig >= lo) & (sig <= hi)
        mix = blurred[i] * (1 - wgt[..., None]) + blurred[i + 1] * wgt[..., None]
        out[sel] = mix[sel]
    notes.append(f"depth of field: {sigma_zone * s:.2f} px blur at most on the zone")
    return out


def _jpeg(img: np.ndarray, q: int) -> bytes:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, q])
    assert ok
    return buf.tobytes()


def _to8(img: np.ndarray) -> np.ndarray:
    """RGB float -> BGR (or grey) uint8."""
    a = np.clip(img * 255.0 + 0.5, 0, 255).astype(np.uint8)
    return a[..., ::-1].copy() if a.ndim == 3 else a


def _page_res(target_cap: float) -> float:
    """Page px per mm: a little finer than the picture's (capitals ~2.4 mm)."""
    return float(min(16.0, max(4.5, 1.3 * target_cap / 2.4)))


def _render(seed: int, p: Plan) -> tuple[np.ndarray, np.ndarray, list[str], int, np.ndarray]:
    """The picture (BGR or grey uint8, before its final JPEG), page px -> picture px, notes,
    the JPEG quality it is stored at and the page (for the zone)."""
    rng = np.random.default_rng([seed, 2020])
    cap = p.capture
    lo, hi = CAP_PX["reader" if cap == "thumbnail" else cap]
    if cap == "thumbnail":
        lo, hi = 20.0, 30.0
    target = float(rng.uniform(lo, hi))
    if cap == "scan":
        dpi = int(rng.choice(SCAN_DPI))
        target = 2.4 * dpi / 25.4
    resample = 1.0
    if cap == "kiosk":  # the driver's resampling: the sensor saw capitals smaller or larger
        up = rng.random() < 0.6
        resample = float(rng.uniform(1.2, 1.6) if up else rng.uniform(0.7, 0.85))
        target /= resample
    notes = [f"capture {cap}"]
    page = _page(rng, p, _page_res(target))
    notes += page.notes
    ph, pw = page.white.shape[:2]
    cap_page = 2.4 * page.res
    s = target / cap_page
    ir = cap in ("reader", "thumbnail", "kiosk") and rng.random() < 0.25
    src = np.repeat(page.ir[..., None], 3, axis=2) if ir else page.white
    if ir:
        notes.append("infrared")
    quality = 90
    if cap in ("reader", "thumbnail", "kiosk", "scan"):
        margin = float(rng.uniform(3, 10)) * page.res * s
        rot = float(rng.uniform(-1.5, 1.5)) if cap != "scan" else float(rng.uniform(-2.5, 2.5))
        ow, oh = round(pw * s + 2 * margin), round(ph * s + 2 * margin)
        m, depth = _homography(pw, ph, s, rot, 0, 0, (ow / 2, oh / 2))
        bg = (0.1, 0.1, 0.11) if cap != "scan" else (0.9, 0.9, 0.88)
        img = cv2.warpPerspective(src, m, (ow, oh), flags=cv2.INTER_AREA if s < 1 else
                                  cv2.INTER_LINEAR, borderValue=bg)  # fmt: skip
        notes.append(f"turned {rot:.1f} deg")
        if cap == "scan":
            notes.append(f"{dpi} dpi")
            if rng.random() < 0.3:
                on = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (ow, oh))
                _sleeve(rng, img, on, notes)
            if rng.random() < 0.5:
                keep = _zone_mask(m, page.quad, img.shape[:2], 1.1)
                dust = (rng.random(img.shape[:2]) < 0.0004) & ~keep
                dust = cv2.dilate(dust.astype(np.uint8), np.ones((2, 2), np.uint8)) > 0
                img[dust] *= 0.45
                notes.append("dust")
            img += rng.normal(0, 0.008, img.shape).astype(np.float32)
            quality = int(rng.integers(75, 96))
        elif cap == "kiosk":
            h, w = img.shape[:2]
            yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
            light = np.zeros((h, w), np.float32)
            leds = int(rng.integers(2, 5))
            for _ in range(leds):
                lx, ly = float(rng.uniform(0.2, 0.8)) * w, float(rng.uniform(0.2, 0.8)) * h
                light += np.exp(-(((xx - lx) / (0.7 * w)) ** 2 + ((yy - ly) / (0.7 * h)) ** 2))
            light = 0.62 + 0.38 * light / light.max()
            img *= light[..., None]
            for _ in range(leds):  # specular hot spots of the LEDs on the laminate
                lx, ly = float(rng.uniform(0.1, 0.9)) * w, float(rng.uniform(0.1, 0.9)) * h
                r = float(rng.uniform(0.03, 0.07)) * w
                spot = 0.45 * np.exp(-(((xx - lx) ** 2 + (yy - ly) ** 2) / (r * r)))
                img += spot[..., None] * (0.92 - img)
            notes.append(f"{leds} LEDs with hot spots")
            grey = img.mean(-1)
            grey += rng.normal(0, 0.012, (1, w)).astype(np.float32)  # column fixed pattern
            grey += rng.normal(0, 0.015, grey.shape).astype(np.float32)
            g8 = np.clip(grey * 255 + 0.5, 0, 255).astype(np.uint8)
            f = resample
            if f > 1:
                g8 = cv2.resize(g8, None, fx=f, fy=f, interpolation=cv2.INTER_LINEAR)
                notes.append(f"driver upscales {f:.2f}x (bilinear)")
            else:
                g8 = cv2.resize(g8, None, fx=f, fy=f, interpolation=cv2.INTER_NEAREST)
                notes.append(f"driver downscales {f:.2f}x (nearest)")
            m = np.diag([f, f, 1.0]) @ m
            notes.append("grey 8-bit")
            return g8, m, notes, int(rng.integers(70, 91)), page
        else:  # reader (and the thumbnail's reader picture)
            h, w = img.shape[:2]
            yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
            fall = float(rng.uniform(0.0, 0.1))
            r2 = ((xx - w / 2) / w) ** 2 + ((yy - h / 2) / h) ** 2
            img *= (1 - fall * r2 / 0.5)[..., None]
            if not ir and rng.random() < 0.5:
                sheen = _glare(rng, (h, w), float(rng.uniform(0.1, 0.3)) * w,
                               float(rng.uniform(0.08, 0.25)))  # fmt: skip
                img += sheen[..., None] * (0.93 - img)
                notes.append(f"laminate sheen {float(sheen.max()):.2f}")
            img += rng.normal(0, 0.01, img.shape).astype(np.float32)
            quality = int(rng.integers(78, 96))
    elif cap == "phone":
        ax, ay = float(rng.uniform(-22, 22)), float(rng.uniform(-22, 22))
        while math.hypot(ax, ay) > 22:
            ax, ay = ax * 0.8, ay * 0.8
        rot = float(rng.uniform(-15, 15))
        fill = float(rng.uniform(0.6, 0.85))
        ow = round(pw * s / fill)
        ow = max(800, min(ow, 2200))
        oh = round(ow * (0.75 if rng.random() < 0.7 else 0.5625))
        if rng.random() < 0.4:
            ow, oh = oh, ow  # portrait: wide enough for the page, the aspect kept
            k = min(max(1.0, pw * s * 1.15 / ow), 2200 / oh)
            ow, oh = round(ow * k), round(oh * k)
        m, depth = _homography(pw, ph, s, rot, ax, ay, (ow / 2, oh / 2))
        corners = _apply(m, np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32))
        span = corners.max(0) - corners.min(0)
        # fit the page (mostly) in the frame
        k = min(1.0, 0.97 * ow / span[0], 0.97 * oh / span[1])
        if k < 1.0:
            s *= k
            m, depth = _homography(pw, ph, s, rot, ax, ay, (ow / 2, oh / 2))
        src = _dof(rng, page, src, depth, s, target, notes)
        counter = np.array(rng.uniform(0.25, 0.6, 3), np.float32)
        img = cv2.warpPerspective(
            src, m, (ow, oh), flags=cv2.INTER_LINEAR, borderValue=(-1, -1, -1)
        )
        back = (img[..., 0] < -0.5)[..., None]
        tex = _smooth_noise(rng, oh, ow, 6.0)[..., None] * 0.03
        img = np.where(back, counter + tex, img)
        notes.append(f"tilted ({ax:.0f}, {ay:.0f}) deg, turned {rot:.0f} deg")
        h, w = img.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        grad = 1 + float(rng.uniform(-0.25, 0.25)) * (xx / w - 0.5) + float(
            rng.uniform(-0.25, 0.25)) * (yy / h - 0.5)  # fmt: skip
        img *= grad[..., None]
        if rng.random() < 0.35:
            _thumb(rng, img, m, page, notes)
        if rng.random() < 0.25:
            _sleeve(rng, img, (~back[..., 0]).astype(np.float32), notes)
        img *= np.array(rng.uniform(0.9, 1.08, 3), np.float32)  # colour cast
        img += rng.normal(0, float(rng.uniform(0.01, 0.025)), img.shape).astype(np.float32)
        img = np.clip(img, 0, 1)
        amt, rad = float(rng.uniform(0.6, 1.5)), float(rng.uniform(1.0, 2.0))
        img = img + amt * (img - cv2.GaussianBlur(img, (0, 0), rad))
        notes.append(f"ISP sharpening {amt:.1f} at {rad:.1f} px")
        img8 = _to8(np.clip(img, 0, 1))
        if rng.random() < 0.6:  # HEIC on the phone, JPEG when shared: two compressions
            q1 = int(rng.integers(80, 93))
            first = cv2.imdecode(np.frombuffer(_jpeg(img8, q1), np.uint8), cv2.IMREAD_COLOR)
            f = float(rng.uniform(0.7, 0.9))
            if min(first.shape[:2]) * f < 600:
                f = 1.0
            img8 = cv2.resize(first, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
            m = np.diag([f, f, 1.0]) @ m
            notes.append(f"converted and shared: JPEG {q1}, scaled {f:.2f}")
            return img8, m, notes, int(rng.integers(60, 86)), page
        return img8, m, notes, int(rng.integers(70, 93)), page
    else:  # webcam
        ow, oh = (int(v) for v in WEBCAM_MODES[int(rng.integers(len(WEBCAM_MODES)))])
        ax, ay = float(rng.uniform(-8, 8)), float(rng.uniform(-8, 8))
        rot = float(rng.uniform(-6, 6))
        zc = page.quad.mean(0) if len(page.quad) else np.array([pw / 2, ph / 2])
        for _ in range(20):
            m, depth = _homography(pw, ph, s, rot, ax, ay, (0.0, 0.0))
            q = _apply(m, page.quad) if len(page.quad) else _apply(m, zc[None])
            span = q.max(0) - q.min(0)
            if span[0] < 0.94 * ow and span[1] < 0.94 * oh:
                break
            s *= 0.93
        c = _apply(m, zc[None])[0]
        room = (np.array([ow, oh]) - span) / 2 - 4
        shift = np.array([ow / 2, oh / 2]) - c + rng.uniform(-1, 1, 2) * np.maximum(room, 0) * 0.6
        m = np.array([[1, 0, shift[0]], [0, 1, shift[1]], [0, 0, 1]]) @ m
        img = cv2.warpPerspective(src, m, (ow, oh), flags=cv2.INTER_AREA,
                                  borderValue=(0.2, 0.2, 0.22))  # fmt: skip
        notes.append(f"{ow}x{oh}, tilted ({ax:.0f}, {ay:.0f}) deg, turned {rot:.0f} deg")
        img *= np.array(rng.uniform(0.85, 1.1, 3), np.float32)
        img += rng.normal(0, 0.025, img.shape).astype(np.float32)
        img = cv2.GaussianBlur(np.clip(img, 0, 1), (0, 0), float(rng.uniform(0.4, 0.8)))
        notes.append("denoiser smear")
        return _to8(img), m, notes, int(rng.integers(40, 71)), page
    img8 = _to8(np.clip(img, 0, 1))
    if (cap == "reader" and rng.random() < 0.4) or ir:
        img8 = cv2.cvtColor(img8, cv2.COLOR_BGR2GRAY)
        notes.append("grey 8-bit")
    if cap == "thumbnail":
        img8 = cv2.imdecode(np.frombuffer(_jpeg(img8, int(rng.integers(85, 96))), np.uint8),
                            cv2.IMREAD_UNCHANGED)  # fmt: skip
        now = _cap_px(m, page.caps) if len(page.caps) else target
        f = float(rng.uniform(*CAP_PX["thumbnail"])) / now
        img8 = cv2.resize(img8, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
        m = np.diag([f, f, 1.0]) @ m
        notes.append(f"thumbnail {f:.2f}x")
        quality = int(rng.integers(60, 91))
    return img8, m, notes, quality, page


def sample(seed: int, *, today: dt.date) -> Shot:
    """One picture of one document (or of a page without an MRZ) and its truth."""
    p = plan(seed, today)
    img8, m, notes, quality, page = _render(seed, p)
    jpeg = _jpeg(img8, quality)
    image = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    h, w = image.shape[:2]
    notes.append(f"JPEG {quality}")
    quad: tuple[tuple[float, float], ...] = ()
    cap_px = 0.0
    if not p.no_mrz:
        q = _apply(m, page.quad)
        assert (q >= 0).all() and (q[:, 0] < w).all() and (q[:, 1] < h).all(), (seed, q)
        quad = tuple((round(float(x), 1), round(float(y), 1)) for x, y in q)
        cap_px = round(_cap_px(m, page.caps), 2)
        notes.insert(1, f"face {p.face.label}")
        notes.insert(2, f"print {p.process}")
        notes.append(f"capitals {cap_px:.1f} px")
        if p.misprint:
            notes.append(p.misprint)
    else:
        notes.insert(1, f"no MRZ ({p.blank})")
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
        cap_px=cap_px,
        mrz_quad=quad,
        notes="; ".join(notes),
    )
