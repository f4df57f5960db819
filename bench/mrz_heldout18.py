"""An eighteenth document-photo generator: a held-out set, scored once by the lead.

Written without running the OCR and without reading its code, its models, the other
generators' bodies or any results. Read: bench/bench_mrz.py, the `Sample` dataclass of
tests/documents/synth.py, desktop/documents/mrz.py (compose, parse) and layout.py, the head
of bench/mrz_heldout17.py (its docstring and constants), tests/documents/test_mrz_heldout17.py,
tests/documents/conftest.py's TODAY, tests/documents/scored_once.py and
scripts/setup-system.sh. It imports no rendering code from the other generators: its
renderer (Pillow for glyphs and page text, OpenCV and numpy for the rest) is its own. It
pictures what a Taiwan border counter is handed, as the counter's devices capture it, and
leans on HOW OCR-B reaches the page: the same face rasterised by different printers.

Content. TD3 passports (Taiwan most, then mainland China, Korea, Malaysia, Japan, Thailand,
Vietnam, the Philippines, Indonesia, Singapore, India, the US, Canada, Australia, the UK,
Germany (D), France, the Netherlands, Hong Kong, Macao), TD1 cards (German, French, Dutch,
Belgian, Swiss, Spanish, Portuguese, and Taiwan resident certificates), TD2 (crew member
certificates of Taiwan, Japan and Korea; older Romanian and Latvian identity cards), visa
foils MRV-A and MRV-B (Taiwan's most, then Japan's, the US's, China's, Korea's, the UK's,
Australia's) on a passport's visa page, for holders of other states. Names from short lists
in each region's romanisation (about one in eight with extra given names, cut by
`mrz.compose` when they overflow; one in twenty-five a single name); document numbers
follow a pattern per issuer; a Taiwan passport's optional data holds the holder's national
identification number, Spanish and Belgian cards' a personal number. The truth is
`mrz.compose`'s lines (`Plan.fields` is what it was given). About one MRZ in ten is printed
invalid (`valid` False, the truth is the printed lines): per block of 200 seeds, 13 with one
check digit wrong and 7 with a digit where only letters may stand (a name's or the
nationality's O, D, Q, I, S, B, Z or G printed as the digit it resembles). One picture in
twenty-five is a page without an MRZ (`lines` empty, `format` "none", `valid` False): a visa
page full of entry stamps (6 per 200) or a card's front (2 per 200). Formats, captures, face
kinds, hybrid kinds, blanks and misprints are dealt, not drawn: every run of 200
consecutive seeds from SEED holds the quotas exactly (seed - SEED modulo 200 picks a slot of
a per-block shuffle).

Sizes (ICAO 9303 part 3: OCR-B size I at a 2.54 mm pitch; parts 4-7: ID-1 85.6x54, ID-2
105x74, ID-3 125x88 mm, MRV-A 120x80, MRV-B 105x74 mm). This set's assumptions, not quoted
figures (it takes them for "within part 3's print tolerances"): the pitch 0.975-1.025 of
2.54 mm per document, each cell off it by 0.03 mm (s.d.); capitals 2.30-2.55 mm high; stroke
weight 0.82-1.2 of the face's own; lines 4.1-4.6 mm apart (cards 3.5-4.1 mm), the last
baseline 3.8-5.5 mm (cards 3.0-4.0 mm) above the document's (or foil's) bottom edge, the zone
centred within 0.8 mm; each line's baseline drifting along it (a slow wave up to 0.16 mm and
a slope up to 0.22 mm end to end, cells off it by 0.025 mm s.d.): in the 200 scored
pictures a line's baseline spreads over 0.14-0.52 mm, median 0.31 mm (13 % of a capital;
at most 21 %), and the pitch runs 2.477-2.603 mm.

Faces (FACE_QUOTA of the 192 MRZ slots): "ocrb" (85 %) OCR-B Regular (fonts-ocr-b).
"hybrid" (7 %): an OCR-B MRZ where three to six look-alike glyphs (of 0 O D Q 8 B 1 I 5 S 2
Z 6 G, each printed in the zone; every occurrence; 9 per 200) or one whole line (5 per 200)
come from a new face, as a personaliser whose OCR-B lacks glyphs substitutes them. "other"
(7 %): the whole MRZ in a new face. The new faces take turns. None of them is named by any
other file of the project; the three packages were installed on this machine for this set
(2026-12-06): Linux Libertine Mono (fonts-linuxlibertine, a serif typewriter-like
monospace: an office's word processor), WenQuanYi Micro Hei Mono (fonts-wqy-microhei, the
monospaced Latin of a Chinese UI font: an office printer in Taiwan or China without OCR-B)
and Andika (fonts-sil-andika, a proportional literacy sans set on the fixed pitch: a
template tool's fallback; the least plausible, kept because the lead suggested it). Every
face keeps the pitch: a glyph is scaled so that H's ink is as tall as the MRZ's capitals,
stands on the baseline and is centred in its cell (squeezed to 86 % of the cell when wider).
scripts/setup-system.sh installs them; a missing face raises FileNotFoundError naming its
package: this module never substitutes a face. Page labels and data are in DejaVu Sans.

Print process (drawn per format; the same for a new face): passports laser300 30 %,
laser600 15 %, inkjet-dots 20 %, thermal 10 %, engraved 25 %; cards engraved 60 %, thermal
25 %, laser300 15 %; TD2 laser300 30 %, engraved 30 %, inkjet-dots 20 %, thermal 20 %; visa
foils thermal 40 %, inkjet-dots 35 %, laser300 25 %. The glyphs are rendered at three times
the printer's grid, averaged onto it, thresholded (the threshold sets the stroke weight) and
only then brought to the page: "laser300" binary at 300 dpi (stair-stepped edges), toner
dropout (holes in strokes) and stray toner beside them, fused a little; "thermal" a visa
printer's head at 300 or 203 dpi, binary, density banding along the head and in 35 % a
dead element leaving a pale row through one line; "inkjet-dots" a dot grid of 150, 180 or
200 dpi, each dot a round drop 1.2-1.56 grid steps wide, satellite drops, ink spread, a
blue-black dye ink (pale, not gone, in infrared); "laser600" soft-edged, a few pale spots;
"engraved" laser engraving on a polycarbonate card or data page: grey (reflectance
0.38-0.55), strokes thinner, raised (a relief lit from the upper left). The page: a
two-colour tint with guilloche waves in light dye inks (crossing the zone), labels (dye)
and data (carbon) in DejaVu Sans, a stylised portrait, all above the zone (cards: rounded
corners, the back's ghost image; a visa: a foil with its own tint on a booklet page);
visa pages without a foil carry two to four entry stamps in dye inks, kept out of the
bottom 16 mm. In infrared the tint, guilloche, labels, stamps and holograms are gone;
data, portrait and MRZ stay.

Captures (CAPTURE_QUOTA), and the effects this set leans on:
- reader (full-page document reader) 43 %: infrared in 20 %; in visible light a
  holographic laminate overlay (rainbow stripes and emblem rings, a 3-8 % modulation) in
  70 % and a laminate glare band in 45 % (at most 42 % of the way to white); uneven light
  up to 12 %; capitals 18-32 px aimed at; turned up to 1.5 degrees; an open booklet (the
  facing page beyond the spine, 0.05-0.3 mm of lift) in 30 % of booklet pages; JPEG 75-95.
- scan (counter flatbed) 23 %: 150, 200, 240 or 300 dpi, skew up to 3 degrees, booklets
  open with the facing page, lifting off the glass near the spine (rows shift towards it by
  0.4-1 mm, falling off over 5-9 mm, more in the page's middle than at its ends, and darken
  there): the zone bends when it is on the spine's side (an upper visa page, half of the
  visa pages, and one data page in ten); a hologram in 20 %, dust, JPEG 70-95.
- phone 19 %: the page seen from up to 25 degrees off the normal (a pinhole 300 mm away),
  turned up to 25 degrees, booklet curvature (0.3-1.2 mm) when open (half), uneven light up
  to 35 % and vignetting 10-35 %, a hologram in half, a glare band in half, motion blur
  (1.7-4.9 px) in a third or defocus in a quarter, low light (gain lifting the
  noise) in 40 % of the others, a colour cast, JPEG 45-90, capitals 14-27 px aimed at; one
  in five a photo of a monitor showing a scan (RGB subpixel stripes with a dark row between
  pixel rows, capitals 16-24 screen pixels, sampled through a lens that passes a little
  more than the phone's pixels hold: faint moire; exposed for the lit screen; tilted up to
  15 and turned up to 10 degrees).
- webcam 8 %: 640x480, 800x600 or 1280x720 frames (the page may run out of the frame, the
  zone never: the camera steps back when it would not fit), tilted up to 10 and turned up
  to 8 degrees, capitals 9-15 px, a colour cast, sensor noise, a hologram in 30 %, a glare
  band in 20 %, defocus in half, video coding (4:2:0 chroma, a denoiser's smear, JPEG 30-55
  as the frame, then stored at 60-85).
- thumbnail 7 %: a reader's picture (capitals 20-32 px, stored at JPEG 85-95) shrunk to
  capitals 7-12 px, stored at JPEG 60-90.
Every MRZ lies wholly inside its picture (a cell off the document raises), glare never
blanks a character, stamps stay off the zone: nothing beyond what a careful officer would
accept as a capture.

The 200 scored seeds (2 900 000-2 900 199, today 2026-11-27) are counted by `scored_mix()`
(the draws before rendering) and checked against SCORED_MIX by the tests: formats TD3 122
(TWN 44), TD1 34, MRV-A 18, MRV-B 8, TD2 10, no MRZ 8 (visa pages 6, card fronts 2);
printed invalid 20 (10.4 % of the 192 MRZs; 13 a check digit, 7 a digit among letters);
captures reader 86, scan 46, phone 38, webcam 16, thumbnail 14; faces (of the 192 MRZs)
ocrb 164, hybrid 14 (9 with glyphs, 5 with a line), other 14; the new faces (hybrid or
whole) libertine-mono 9, microhei-mono 9, andika 10; print processes laser300 53, laser600
18, inkjet-dots 34, thermal 35, engraved 52.
Rendering the 200 (one run of the final code, not re-checked by the tests: rendering 200
pictures is slow; the draws above are checked): toner dropout in all 53 laser300 MRZs, a
dead thermal element in 10; visa foils 26; readers' and thumbnails' pictures in infrared
18; hologram overlay 94, laminate glare band 48; an open booklet with its facing page 68, 5
of them with the zone on the spine's side; phone pictures tilted 15 degrees or more 12,
turned 15 degrees or more 8, of a monitor 12, motion blur 14, low light 7; defocus (phones
and webcams) 16; dust on scans 28; stored JPEG below quality 60: 8; pages without an MRZ:
visa pages with stamps 6, card fronts 2. Capitals (cap_px, foreshortened where the page is
tilted): reader 18.0-31.9 px, scan 13.6-30.0, phone 12.1-26.2, webcam 8.8-13.4, thumbnail
7.4-11.8. Pictures from 293x187 to 1959x2189 px (smallest and largest by area); every zone
inside its picture, every picture neither blank nor flat (grey s.d. 15 or more). CPU time a
picture on this shared machine (load about 20 on 2 cores): median 0.47 s, mean 0.58 s, at
most 1.67 s; a photo of a monitor peaks near 0.6 GB of memory (its subpixel canvas).

Deterministic per seed; seeds start at SEED = 2 900 000. `sample(seed, today=...)` returns
a Shot: a Sample (tests/documents/synth.py's fields, level = the capture) with the verdict
`valid`, `capture`, `font` (the face's label), `face_kind`, `process`, `cap_px` (capitals'
height in the picture, mean over the end cells of the first and last lines), `mrz_quad`
(the zone's corners in the picture) and `notes` (capture, face, print process, pitch,
capitals, drift, stroke weight and every effect applied).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop.documents import layout
from desktop.documents.mrz import compose, parse
from tests.documents import synth

SEED = 2_900_000
IMAGES = 200
FONT_ROOT = Path("/usr/share")

# name: (path under FONT_ROOT, Debian package, index in a collection)
FACES: dict[str, tuple[str, str, int]] = {
    "ocrb": ("fonts/opentype/ocr-b/OCRB.otf", "fonts-ocr-b", 0),
    "libertine-mono": (
        "fonts/opentype/linux-libertine/LinLibertine_M.otf",
        "fonts-linuxlibertine",
        0,
    ),
    "microhei-mono": ("fonts/truetype/wqy/wqy-microhei.ttc", "fonts-wqy-microhei", 1),
    "andika": ("fonts/truetype/andika/Andika-Regular.ttf", "fonts-sil-andika", 0),
}
NEW_FACES = ("libertine-mono", "microhei-mono", "andika")
PACKAGES = tuple(FACES[f][1] for f in NEW_FACES)
PAGE_FACES: dict[str, tuple[str, str, int]] = {
    "sans": ("fonts/truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core", 0),
    "sans-bold": ("fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "fonts-dejavu-core", 0),
}

# Dealt per block of 200 seeds (seed - SEED modulo 200 picks a slot).
FORMAT_QUOTA = {"TD3": 122, "TD1": 34, "TD2": 10, "MRV-A": 18, "MRV-B": 8, "none": 8}
CAPTURE_QUOTA = {"reader": 86, "scan": 46, "phone": 38, "webcam": 16, "thumbnail": 14}
CAPTURES = tuple(CAPTURE_QUOTA)
MRZ_SLOTS = IMAGES - FORMAT_QUOTA["none"]
FACE_QUOTA = {"ocrb": 164, "hybrid": 14, "other": 14}  # of the 192 MRZ slots
INVALID_QUOTA = 20  # of the 192 MRZ slots
HYBRID_QUOTA = {"glyphs": 9, "line": 5}  # of the 14 hybrids
BLANK_QUOTA = {"visa page": 6, "card front": 2}  # of the 8 pages without an MRZ
CHECK_DIGIT_MISPRINTS = 13  # the other 7: a digit where only letters may stand
LOOKALIKES = "0ODQ8B1I5S2Z6G"
DIGIT_FOR = {"O": "0", "D": "0", "Q": "0", "I": "1", "S": "5", "B": "8", "Z": "2", "G": "6"}

PITCH_MM = 2.54  # ICAO 9303 part 3: OCR-B size I, ten characters to the inch
# Capitals' height in the picture aimed at, px (the capture's scale follows from it).
CAP_PX = {
    "reader": (18.0, 32.0),
    "scan": (13.5, 30.5),
    "phone": (14.0, 27.0),
    "webcam": (9.0, 15.0),
    "thumbnail": (7.0, 12.0),
}
WEBCAM_MODES = ((640, 480), (800, 600), (1280, 720))
SCAN_DPI = (150, 200, 240, 300)

# How OCR-B reaches the page (see DOC).
PROCESSES = ("laser300", "laser600", "inkjet-dots", "thermal", "engraved")
PROCESS_WEIGHTS = {
    "TD3": (0.30, 0.15, 0.20, 0.10, 0.25),
    "TD1": (0.15, 0.0, 0.0, 0.25, 0.60),
    "TD2": (0.30, 0.0, 0.20, 0.20, 0.30),
    "MRV-A": (0.25, 0.0, 0.35, 0.40, 0.0),
    "MRV-B": (0.25, 0.0, 0.35, 0.40, 0.0),
}
SIZE_MM = {"TD3": (125.0, 88.0), "TD1": (85.6, 54.0), "TD2": (105.0, 74.0)}
FOIL_MM = {"MRV-A": (120.0, 80.0), "MRV-B": (105.0, 74.0)}
BOOKLET_MM = (125.0, 88.0)

# Issuers. TD3: (weight, issuer, document number pattern); A letter, 9 a digit, X either.
_TD3: tuple[tuple[float, str, str], ...] = (
    (40, "TWN", "399999999"), (9, "JPN", "AA9999999"), (8, "KOR", "A99999999"),
    (6, "CHN", "E99999999"), (5, "VNM", "A9999999"), (5, "PHL", "A9999999A"),
    (4, "THA", "AA9999999"), (4, "IDN", "A9999999"), (4, "MYS", "A99999999"),
    (3, "SGP", "A9999999A"), (3, "IND", "A9999999"), (3, "USA", "999999999"),
    (2, "CAN", "AA999999"), (2, "AUS", "AA9999999"), (2, "GBR", "999999999"),
    (2, "D", "CXXXXXXXX"), (2, "FRA", "99AA99999"), (1, "NLD", "AAXXXXXX9"),
    (1, "HKG", "A99999999"), (1, "MAC", "MA9999999"),
)  # fmt: skip
_TD1 = (
    ("D", "LXXXXXXXX"), ("FRA", "XXXXXXXXX"), ("NLD", "AAXXXXXX9"), ("BEL", "999999999"),
    ("CHE", "A9999999"), ("ESP", "AAA999999"), ("PRT", "99999999"), ("TWN", "A99999999"),
)  # fmt: skip
_TD2 = (("TWN", "AC"), ("JPN", "AC"), ("KOR", "AC"), ("ROU", "I<"), ("LVA", "I<"))
_VISA = (("TWN", 50), ("JPN", 12), ("USA", 12), ("CHN", 8), ("KOR", 8), ("GBR", 5), ("AUS", 5))
_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "east": (
        ("CHEN", "LIN", "HUANG", "CHANG", "LI", "WANG", "WU", "LIU", "TSAI", "YANG", "HSU",
         "CHENG", "HSIEH", "KUO", "HUNG", "TSENG", "CHIU", "LIAO", "LAI", "SATO", "SUZUKI",
         "TAKAHASHI", "KIM", "PARK", "CHOI", "JUNG", "ZHANG", "ZHAO", "OUYANG", "SZETO"),
        ("CHIA HAO", "SHU FEN", "YU TING", "CHIH MING", "MEI LING", "ZHI WEI", "HIROSHI",
         "YUKI", "MIN JUN", "SEO YEON", "JI HOON", "XIAO MING", "WEI", "BO", "GIOK"),
    ),
    "south": (
        ("NGUYEN", "TRAN", "LE", "PHAM", "SANTOS", "REYES", "DELA CRUZ", "BAUTISTA",
         "SUKSAWAT", "WONGSA", "SETIAWAN", "GUNAWAN", "TAN", "LIM", "ABDULLAH", "SINGH",
         "KUMAR", "PATEL", "RAJAGOPALAN", "BIN ISMAIL"),
        ("VAN AN", "THI HOA", "MARIA CRISTINA", "JOSE", "SOMCHAI", "SITI", "BUDI",
         "WEI LING", "PRIYA", "RAHUL", "NUR AISYAH", "DUC MINH"),
    ),
    "west": (
        ("SMITH", "JOHNSON", "BROWN", "OCONNOR", "MUELLER", "SCHMIDT", "DUBOIS", "MARTIN",
         "DE JONG", "VAN DER BERG", "ROSSI", "GARCIA LOPEZ", "FERREIRA", "DOS SANTOS",
         "JANSSENS", "BOZZI", "SZABO", "DIMITRIOU", "OBRIEN", "GODBOLD"),
        ("JOHN", "MARY ELIZABETH", "OLIVER", "SOPHIE", "LUKAS", "ZOE", "BEATRIZ", "DIEGO",
         "GUSTAV ADOLF", "ISABELLE", "QUENTIN", "OSKAR", "SOFIA", "ZBIGNIEW"),
    ),
}  # fmt: skip
_REGION = {
    "TWN": "east", "JPN": "east", "KOR": "east", "CHN": "east", "HKG": "east",
    "MAC": "east", "VNM": "south", "PHL": "south", "THA": "south", "IDN": "south",
    "MYS": "south", "SGP": "south", "IND": "south",
}  # fmt: skip


class FaceMissing(FileNotFoundError):
    pass


def face_path(name: str) -> Path:
    rel, package, _ = FACES.get(name) or PAGE_FACES[name]
    path = FONT_ROOT / rel
    if not path.is_file():
        raise FaceMissing(
            f"{path} is missing: install Debian's {package} (scripts/setup-system.sh); "
            "bench/mrz_heldout18.py never substitutes a face"
        )
    return path


@functools.lru_cache(maxsize=256)
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    index = (FACES.get(name) or PAGE_FACES[name])[2]
    return ImageFont.truetype(str(face_path(name)), size, index=index)


@functools.lru_cache(maxsize=16)
def cap_em(name: str) -> float:
    """The height of H's ink per unit of font size."""
    _, top, _, bottom = font(name, 1000).getbbox("H", anchor="ls")
    return (bottom - top) / 1000.0


@functools.lru_cache(maxsize=4096)
def glyph(name: str, ch: str, cap: int, pitch: int) -> np.ndarray:
    """Coverage (0-1) of `ch` in a cell `pitch` wide and 2*cap high, baseline at row
    1.5*cap: scaled so that H's ink is `cap` high, its ink centred, squeezed to 86 % of the
    cell when wider (a face set on the fixed pitch)."""
    f = font(name, max(4, round(cap / cap_em(name))))
    left, top, right, bottom = f.getbbox(ch, anchor="ls")
    out = np.zeros((2 * cap, pitch), np.float32)
    if right <= left or bottom <= top:
        return out
    img = Image.new("L", (right - left + 2, bottom - top + 2), 0)
    ImageDraw.Draw(img).text((1 - left, 1 - top), ch, font=f, fill=255, anchor="ls")
    arr = np.asarray(img, np.float32) / 255.0
    base_row = 1 - top  # the baseline's row in arr
    width = max(1, round(0.86 * pitch))
    if arr.shape[1] > width:
        arr = cv2.resize(arr, (width, arr.shape[0]), interpolation=cv2.INTER_AREA)
    x0 = (pitch - arr.shape[1]) // 2
    y0 = round(1.5 * cap) - base_row
    ys, xs = max(0, y0), max(0, x0)
    ye, xe = min(out.shape[0], y0 + arr.shape[0]), min(pitch, x0 + arr.shape[1])
    out[ys:ye, xs:xe] = arr[ys - y0 : ye - y0, xs - x0 : xe - x0]
    return out


# -- the plan: every draw made before rendering -------------------------------------------


@dataclasses.dataclass(frozen=True)
class Face:
    kind: str  # "ocrb", "hybrid" or "other"
    other: str = ""  # the new face ("" for ocrb)
    glyphs: str = ""  # hybrid: the look-alike characters printed in `other`
    line: int = -1  # hybrid: the line printed in `other`

    def face(self, line: int, ch: str) -> str:
        if self.kind == "other" or (
            self.kind == "hybrid" and (line == self.line or ch in self.glyphs)
        ):
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
    fmt: str  # a layout format, or "none"
    capture: str
    face: Face
    process: str
    fields: tuple[tuple[str, object], ...]
    composed: tuple[str, ...]
    printed: tuple[str, ...]
    valid: bool
    misprint: str
    blank: str = ""  # a page without an MRZ: "visa page" or "card front"

    @property
    def no_mrz(self) -> bool:
        return self.fmt == "none"


def _dealt(quota: dict[str, int], rng: np.random.Generator) -> list[str]:
    items = [k for k, n in quota.items() for _ in range(n)]
    return [items[i] for i in rng.permutation(len(items))]


@functools.lru_cache(maxsize=8)
def _deal(block: int) -> tuple[list[str], list[str], dict[int, tuple[str, str, str, str]]]:
    """Formats and captures of a block's 200 slots; for its MRZ slots the face kind, the
    new face, the misprint ("", "check" or "letters") and a hybrid's kind ("glyphs" or
    "line"); for its pages without an MRZ, which page ("visa page" or "card front")."""
    rng = np.random.default_rng([18, 2900, block])
    fmts, caps = _dealt(FORMAT_QUOTA, rng), _dealt(CAPTURE_QUOTA, rng)
    kinds = _dealt(FACE_QUOTA, rng)
    bad = _dealt({"check": CHECK_DIGIT_MISPRINTS,
                  "letters": INVALID_QUOTA - CHECK_DIGIT_MISPRINTS}, rng)  # fmt: skip
    misprints = _dealt({"": MRZ_SLOTS - INVALID_QUOTA, "x": INVALID_QUOTA}, rng)
    hybrids = iter(_dealt(HYBRID_QUOTA, rng))
    blanks = iter(_dealt(BLANK_QUOTA, rng))
    order = iter(bad)
    start = int(rng.integers(len(NEW_FACES)))
    extra: dict[int, tuple[str, str, str, str]] = {}
    turn, k = 0, 0
    for slot, fmt in enumerate(fmts):
        if fmt == "none":
            extra[slot] = ("", "", "", next(blanks))
            continue
        other, sub = "", ""
        if kinds[k] != "ocrb":
            other = NEW_FACES[(start + turn) % len(NEW_FACES)]
            turn += 1
        if kinds[k] == "hybrid":
            sub = next(hybrids)
        extra[slot] = (kinds[k], other, next(order) if misprints[k] else "", sub)
        k += 1
    return fmts, caps, extra


def _pattern(rng: np.random.Generator, pat: str) -> str:
    out = []
    for c in pat:
        if c == "9":
            out.append(str(int(rng.integers(10))))
        elif c == "A":
            out.append(chr(65 + int(rng.integers(26))))
        elif c == "X":
            pool = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
            out.append(pool[int(rng.integers(len(pool)))])
        else:
            out.append(c)
    return "".join(out)


def _pick(rng: np.random.Generator, items: tuple, weights: list[float] | None = None):
    if weights is None:
        return items[int(rng.integers(len(items)))]
    p = np.asarray(weights, float)
    return items[int(rng.choice(len(items), p=p / p.sum()))]


def _person(rng: np.random.Generator, state: str) -> tuple[str, str]:
    surnames, givens = _NAMES[_REGION.get(state, "west")]
    surname = _pick(rng, surnames)
    given = _pick(rng, givens)
    if rng.random() < 0.12:  # extra given names: compose cuts them when they overflow
        given += " " + " ".join(_pick(rng, givens) for _ in range(int(rng.integers(2, 4))))
    if rng.random() < 0.04:
        given = ""  # a single name
    return surname, given


def _fields(rng: np.random.Generator, fmt: str, today: dt.date) -> dict[str, object]:
    birth = dt.date(1942, 1, 1) + dt.timedelta(days=int(rng.integers(0, 365 * 80)))
    birth = min(birth, today - dt.timedelta(days=200))
    expiry = today + dt.timedelta(days=int(rng.integers(-20, 365 * 10)))
    sex = _pick(rng, ("M", "F"), [0.5, 0.5]) if rng.random() > 0.01 else "X"
    optional, optional2 = "", ""
    if fmt == "TD3":
        _, state, pat = _pick(rng, _TD3, [w for w, _, _ in _TD3])
        nat, code = state, "P<"
        number = _pattern(rng, pat)
        if state == "TWN":  # the national identification number
            optional = _pattern(rng, "A") + _pick(rng, ("1", "2")) + _pattern(rng, "99999999")
        elif state in ("KOR", "NLD") or rng.random() < 0.2:
            optional = _pattern(rng, "9999999")
        if rng.random() < 0.15:
            code = _pick(rng, ("PO", "PD", "PS"))
    elif fmt == "TD1":
        state, pat = _pick(rng, _TD1)
        nat = state if rng.random() < 0.85 else _pick(rng, ("VNM", "IDN", "PHL", "THA", "USA"))
        code = _pick(rng, ("ID", "I<", "IR", "AR")) if state == "TWN" else _pick(rng, ("ID", "I<"))
        number = _pattern(rng, pat)
        if state in ("ESP", "BEL"):
            optional = _pattern(rng, "99999999A" if state == "ESP" else "99999999999")
        if rng.random() < 0.2:
            optional2 = _pattern(rng, "XXXX")
    elif fmt == "TD2":
        state, code = _pick(rng, _TD2)
        nat = state
        number = _pattern(rng, "A9999999" if code == "AC" else "99999999")
    else:
        state = _pick(rng, tuple(s for s, _ in _VISA), [w for _, w in _VISA])
        nat = _pick(rng, tuple(s for _, s, _ in _TD3 if s != state))
        code = _pick(rng, ("V<", "VS", "VT"))
        number = _pattern(rng, _pick(rng, ("999999999", "A99999999", "AA9999999")))
        if rng.random() < 0.3:
            optional = _pattern(rng, "XXXXXX")
    surname, given = _person(rng, nat)
    out: dict[str, object] = {
        "document_code": code,
        "issuing_state": state,
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "birth_date": birth,
        "sex": sex,
        "expiry_date": expiry,
    }
    if optional:
        out["optional_data"] = optional
    if optional2:
        out["optional_data_2"] = optional2
    return out


def _misprint(
    rng: np.random.Generator, fmt: str, lines: tuple[str, ...], kind: str
) -> tuple[tuple[str, ...], str]:
    """The printed lines with one error, and what it was."""
    lay = layout.layout(fmt)
    if kind == "letters":
        spots = []
        for name in ("names", "nationality"):
            f = lay.field(name)
            spots += [
                (f.line, p, name) for p in range(f.start, f.stop) if lines[f.line][p] in DIGIT_FOR
            ]
        if spots:
            ln, p, name = spots[int(rng.integers(len(spots)))]
            old = lines[ln][p]
            new = DIGIT_FOR[old]
            text = f"invalid as printed: {old} of the {name} printed as {new}"
            return _replace(lines, ln, p, new), text
    checks = [c for c in lay.checks if lines[c.line][c.pos].isdigit()]
    c = checks[int(rng.integers(len(checks)))]
    old = int(lines[c.line][c.pos])
    new = str((old + int(rng.integers(1, 10))) % 10)
    return _replace(lines, c.line, c.pos, new), f"invalid as printed: {c.name} check digit"


def _replace(lines: tuple[str, ...], ln: int, p: int, ch: str) -> tuple[str, ...]:
    return tuple(x[:p] + ch + x[p + 1 :] if i == ln else x for i, x in enumerate(lines))


def plan(seed: int, today: dt.date) -> Plan:
    """Every draw of a seed that decides its truth, deterministic in the seed."""
    block, slot = divmod(seed - SEED, IMAGES)
    fmts, caps, extra = _deal(block)
    fmt, capture = fmts[slot], caps[slot]
    rng = np.random.default_rng([18, seed])
    kind, other, bad, sub = extra[slot]
    if fmt == "none":
        return Plan(seed, fmt, capture, Face("ocrb"), "", (), (), (), False, "", sub)
    fields = _fields(rng, fmt, today)
    composed = compose(fmt, **fields)  # type: ignore[arg-type]
    printed, misprint = composed, ""
    if bad:
        printed, misprint = _misprint(rng, fmt, composed, bad)
    valid = parse(printed, today=today).valid
    face = Face(kind, other)
    if kind == "hybrid":
        if sub == "glyphs":
            present = [c for c in LOOKALIKES if any(c in x for x in printed)]
            n = min(len(present), int(rng.integers(3, 7)))
            picked = sorted(rng.choice(len(present), n, replace=False))
            face = Face(kind, other, glyphs="".join(present[i] for i in picked))
        else:
            face = Face(kind, other, line=int(rng.integers(len(printed))))
    process = PROCESSES[int(rng.choice(len(PROCESSES), p=PROCESS_WEIGHTS[fmt]))]
    return Plan(
        seed, fmt, capture, face, process, tuple(fields.items()), composed, printed, valid, misprint
    )


# scored_mix(2026-11-27), checked by the tests and stated in the docstring
SCORED_MIX: dict[str, int] = {
    "TD3": 122, "TD1": 34, "TD2": 10, "MRV-A": 18, "MRV-B": 8, "none": 8,
    "reader": 86, "scan": 46, "phone": 38, "webcam": 16, "thumbnail": 14,
    "libertine-mono": 9, "microhei-mono": 9, "andika": 10,
    "laser300": 53, "laser600": 18, "inkjet-dots": 34, "thermal": 35, "engraved": 52,
    "invalid": 20, "invalid check digit": 13, "invalid letters": 7,
    "hybrid glyphs": 9, "hybrid line": 5, "TD3 TWN": 44, "visa page": 6, "card front": 2,
    "face ocrb": 164, "face hybrid": 14, "face other": 14,
}  # fmt: skip


def scored_mix(today: dt.date) -> dict[str, int]:
    """What the 200 scored seeds hold, from their plans (the draws before rendering)."""
    mix: dict[str, int] = dict.fromkeys((*FORMAT_QUOTA, *CAPTURES, *NEW_FACES, *PROCESSES), 0)
    for key in ("invalid", "invalid check digit", "invalid letters", "hybrid glyphs",
                "hybrid line", "TD3 TWN", "visa page", "card front"):  # fmt: skip
        mix[key] = 0
    for kind in FACE_QUOTA:
        mix["face " + kind] = 0
    for seed in range(SEED, SEED + IMAGES):
        p = plan(seed, today)
        mix[p.fmt] += 1
        mix[p.capture] += 1
        if p.no_mrz:
            mix[p.blank] += 1
            continue
        mix["face " + p.face.kind] += 1
        mix[p.process] += 1
        if p.face.kind != "ocrb":
            mix[p.face.other] += 1
        if p.face.kind == "hybrid":
            mix["hybrid glyphs" if p.face.glyphs else "hybrid line"] += 1
        if not p.valid:
            mix["invalid"] += 1
            mix["invalid check digit" if "check digit" in p.misprint else "invalid letters"] += 1
        mix["TD3 TWN"] += p.fmt == "TD3" and p.printed[0][2:5] == "TWN"
    return mix


# -- the page: reflectances at `res` px/mm --------------------------------------------------


@dataclasses.dataclass
class Page:
    res: float  # px per mm
    dye: np.ndarray  # HxWx3 reflectance of paper, tints, guilloche, labels, stamps
    carbon: np.ndarray  # HxW coverage of carbon print (data, portrait): stays in infrared
    mrz: np.ndarray  # HxW coverage of the MRZ's ink
    ink: np.ndarray  # the MRZ ink's reflectance (3,), visible light
    ink_ir: float  # ... and in infrared
    relief: np.ndarray | None  # engraving: the strokes' relief (HxW), lit from the upper left
    alpha: np.ndarray  # HxW: 1 on the document (and the facing page), 0 off it
    quad: np.ndarray  # the zone's corners (4x2, page px), empty without an MRZ
    caps: np.ndarray  # (n, 2, 2): top and baseline points of the end cells (page px)
    spine: str  # "top", "bottom" or "" (the spine's edge of the canvas; "" when flat)
    spine_y: float  # the spine's row in px (the canvas may hold a facing page)
    applied: list[str]


def _tint(rng: np.random.Generator, w: int, h: int) -> np.ndarray:
    """A two-colour pastel security tint with guilloche waves (dye inks), as float RGB."""
    c1 = 0.80 + 0.17 * rng.random(3)
    c2 = 0.80 + 0.17 * rng.random(3)
    t = np.linspace(0.0, 1.0, w, dtype=np.float32)[None, :, None]
    u = np.linspace(0.0, 1.0, h, dtype=np.float32)[:, None, None]
    mix = 0.5 + 0.5 * np.sin(2.5 * t + 1.7 * u + rng.random() * 6)
    base = c1 * mix + c2 * (1 - mix)
    img = Image.fromarray(np.full((h, w, 3), 255, np.uint8))
    d = ImageDraw.Draw(img)
    col = tuple(int(v) for v in 150 + 90 * rng.random(3))
    amp, per = h * (0.02 + 0.03 * rng.random()), w * (0.08 + 0.1 * rng.random())
    for k in range(int(rng.integers(14, 30))):
        y0 = h * k / 24.0
        xs = np.arange(0, w + 8, 4, dtype=np.float32)
        ys = y0 + amp * np.sin(2 * np.pi * xs / per + 0.4 * k)
        d.line(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=col, width=1)
    guil = np.asarray(img, np.float32) / 255.0
    return (base * guil).astype(np.float32)


def _text(
    canvas: Image.Image, xy: tuple[float, float], text: str, mm: float, res: float, bold: bool
) -> None:
    f = font("sans-bold" if bold else "sans", max(5, round(mm * res)))
    ImageDraw.Draw(canvas).text(xy, text, font=f, fill=255)


def _page_text(
    rng: np.random.Generator, dye: np.ndarray, carbon: Image.Image, box: tuple, res: float
) -> None:
    """Labels (dye) and data (carbon) in the box (x0, y0, x1, y1 in mm)."""
    x0, y0, _, y1 = box
    labels = Image.new("L", carbon.size, 0)
    words = ("SURNAME", "GIVEN NAMES", "NATIONALITY", "DATE OF BIRTH", "SEX", "PLACE OF BIRTH",
             "DATE OF ISSUE", "DATE OF EXPIRY", "AUTHORITY", "DOCUMENT NO")  # fmt: skip
    y = y0
    while y < y1 - 5:
        _text(labels, (x0 * res, y * res), _pick(rng, words), 1.3, res, False)
        data = _pattern(rng, _pick(rng, ("AAAAAA AAAA", "99 AAA 9999", "AAAAAAAAA", "A99999999")))
        _text(carbon, (x0 * res, (y + 1.7) * res), data, 2.0, res, True)
        y += 5.5 + 1.5 * rng.random()
    lab = np.asarray(labels, np.float32)[..., None] / 255.0
    col = 0.25 + 0.45 * rng.random(3)
    dye *= 1 - lab * (1 - col)


def _portrait(carbon: Image.Image, box: tuple, res: float, rng: np.random.Generator) -> None:
    """A stylised portrait (carbon: it stays in infrared), clipped to its box (mm)."""
    x0, y0, x1, y1 = (round(v * res) for v in box)
    w, h = x1 - x0, y1 - y0
    img = Image.new("L", (w, h), int(25 + 25 * rng.random()))
    d = ImageDraw.Draw(img)
    g = int(70 + 50 * rng.random())
    d.ellipse((0.08 * w, 0.72 * h, 0.92 * w, 1.5 * h), fill=g + 40)  # shoulders
    d.ellipse((0.28 * w, 0.2 * h, 0.72 * w, 0.72 * h), fill=g)  # face
    d.chord((0.25 * w, 0.1 * h, 0.75 * w, 0.55 * h), 180, 360, fill=g + 80)  # hair
    carbon.paste(img, (x0, y0))


def _stamps(rng: np.random.Generator, dye: np.ndarray, res: float, keep_bottom_mm: float) -> int:
    h, w = dye.shape[:2]
    n = int(rng.integers(2, 5))
    for _ in range(n):
        img = Image.new("L", (w, h), 0)
        d = ImageDraw.Draw(img)
        r = (9 + 7 * rng.random()) * res
        cx = r + rng.random() * (w - 2 * r)
        cy = r + rng.random() * max(1.0, h - keep_bottom_mm * res - 2 * r)
        lw = max(1, round(0.35 * res))
        if rng.random() < 0.5:
            d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=255, width=lw)
            d.ellipse(
                (cx - 0.75 * r, cy - 0.75 * r, cx + 0.75 * r, cy + 0.75 * r), outline=255, width=lw
            )
        else:
            d.rectangle(
                (cx - 1.3 * r, cy - 0.7 * r, cx + 1.3 * r, cy + 0.7 * r), outline=255, width=lw
            )
        f = font("sans-bold", max(5, round(2.2 * res)))
        day = _pattern(rng, "99 AAA 2026")
        d.text((cx, cy), day, font=f, fill=255, anchor="mm")
        d.text((cx, cy - 0.45 * r), _pick(rng, ("TAOYUAN", "SONGSHAN", "KAOHSIUNG", "ARRIVAL",
                                                 "DEPARTED", "IMMIGRATION")), font=f, fill=255,
               anchor="mm")  # fmt: skip
        m = np.asarray(img, np.float32)[..., None] / 255.0 * (0.55 + 0.4 * rng.random())
        col = _pick(rng, ((0.75, 0.35, 0.3), (0.3, 0.35, 0.8), (0.55, 0.3, 0.65), (0.3, 0.6, 0.4)))
        dye *= 1 - m * (1 - np.asarray(col, np.float32)[::-1])  # BGR
    return n


# -- the MRZ: how OCR-B (or another face) reaches the page ----------------------------------


@dataclasses.dataclass(frozen=True)
class Zone:
    """Where the zone's cells are on the document, in mm."""

    x0: float  # left edge of the first cell
    pitch: float
    cap: float  # capitals' height
    baselines: tuple[float, ...]
    drift: tuple[tuple[float, ...], ...]  # per line, per cell: the baseline's offset (mm)
    jitter: tuple[tuple[float, ...], ...]  # per line, per cell: horizontal offset (mm)


def _zone(rng: np.random.Generator, fmt: str, w_mm: float, h_mm: float) -> tuple[Zone, list[str]]:
    lay = layout.layout(fmt)
    card = fmt == "TD1"
    # Pitch and weight within what this set takes for ICAO 9303-3's print tolerances.
    pitch = PITCH_MM * (0.975 + 0.05 * rng.random())
    cap = 2.3 + 0.25 * rng.random()
    gap = (3.5 + 0.6 * rng.random()) if card else (4.1 + 0.5 * rng.random())
    bottom = h_mm - ((3.0 + 1.0 * rng.random()) if card else (3.8 + 1.7 * rng.random()))
    x0 = (w_mm - lay.width * pitch) / 2 + rng.uniform(-0.8, 0.8)
    baselines = tuple(bottom - (lay.lines - 1 - i) * gap for i in range(lay.lines))
    drift, jitter = [], []
    notes = [f"pitch {pitch:.3f} mm", f"capitals {cap:.2f} mm"]
    worst = 0.0
    for _ in range(lay.lines):
        u = np.arange(lay.width) / (lay.width - 1)
        a, b = rng.uniform(0, 0.16), rng.uniform(-0.22, 0.22)
        d = a * np.sin(2 * np.pi * (rng.uniform(0.3, 1.4) * u + rng.random())) + b * (u - 0.5)
        d = d + rng.normal(0, 0.025, lay.width)
        worst = max(worst, float(np.ptp(d)))
        drift.append(tuple(float(v) for v in d))
        jitter.append(tuple(float(v) for v in rng.normal(0, 0.03, lay.width)))
    notes.append(f"baseline drift up to {worst:.2f} mm ({worst / cap:.0%} of a capital)")
    return Zone(x0, pitch, cap, baselines, tuple(drift), tuple(jitter)), notes


def _coverage(
    lines: tuple[str, ...], face: Face, zone: Zone, g: float, box: tuple[float, float, float, float]
) -> np.ndarray:
    """Glyph coverage (0-1) of the zone's cells at g px/mm over box (x0, y0, x1, y1 mm),
    rendered at three times that and averaged down."""
    ss = 3.0
    s = g * ss
    bx0, by0, bx1, by1 = box
    canvas = np.zeros((round((by1 - by0) * s), round((bx1 - bx0) * s)), np.float32)
    cap, pitch = max(3, round(zone.cap * s)), max(3, round(zone.pitch * s))
    for i, text in enumerate(lines):
        for k, ch in enumerate(text):
            gl = glyph(face.face(i, ch), ch, cap, pitch)
            cx = zone.x0 + (k + 0.5) * zone.pitch + zone.jitter[i][k]
            base = zone.baselines[i] + zone.drift[i][k]
            x = round((cx - bx0) * s - pitch / 2)
            y = round((base - by0) * s - 1.5 * cap)
            sub = canvas[y : y + gl.shape[0], x : x + gl.shape[1]]
            if sub.shape != gl.shape:
                raise ValueError("an MRZ cell off the document")
            np.maximum(sub, gl, out=sub)
    size = (round((bx1 - bx0) * g), round((by1 - by0) * g))
    return cv2.resize(canvas, size, interpolation=cv2.INTER_AREA)


def _smooth_noise(rng: np.random.Generator, shape: tuple[int, int], sigma: float) -> np.ndarray:
    n = rng.standard_normal(shape).astype(np.float32)
    n = cv2.GaussianBlur(n, (0, 0), sigma)
    return n / (n.std() + 1e-6)


def _print(
    rng: np.random.Generator,
    process: str,
    lines: tuple[str, ...],
    face: Face,
    zone: Zone,
    box: tuple[float, float, float, float],
    res: float,
) -> tuple[np.ndarray, np.ndarray, float, np.ndarray | None, list[str]]:
    """The MRZ's ink at res px/mm over box: coverage, ink reflectance (BGR), ink in
    infrared, relief (engraving) and notes."""
    size = (round((box[2] - box[0]) * res), round((box[3] - box[1]) * res))
    weight = rng.uniform(0.82, 1.2)  # stroke weight against the face's own
    thresh = float(np.clip(0.5 - 1.1 * (weight - 1.0), 0.28, 0.72))
    notes = [f"stroke weight {weight:.2f}"]
    relief = None
    if process in ("laser300", "thermal", "inkjet-dots"):
        dpi = {"laser300": 300.0, "thermal": float(_pick(rng, (300.0, 203.0)))}.get(
            process, float(_pick(rng, (150.0, 180.0, 200.0)))
        )
        g = dpi / 25.4
        cov = cv2.GaussianBlur(_coverage(lines, face, zone, g, box), (0, 0), 0.35)
        dots = (cov > thresh).astype(np.float32)
        notes.append(f"rasterised at {dpi:.0f} dpi")
        if process == "laser300":
            holes = _smooth_noise(rng, dots.shape, 0.7) < -rng.uniform(1.5, 2.2)
            dots[holes] = 0.0  # toner dropout
            near = cv2.dilate(dots, np.ones((5, 5), np.uint8)) > 0
            dots[near & (rng.random(dots.shape) < 0.01)] = 1.0  # stray toner
            out = cv2.resize(dots, size, interpolation=cv2.INTER_LINEAR)
            out = cv2.GaussianBlur(out, (0, 0), 0.3 * res / g + 0.2)
            ink = np.full(3, rng.uniform(0.04, 0.12), np.float32)
            notes.append("laser at 300 dpi: toner dropout, stray toner")
            ink_ir = float(ink[0])
        elif process == "thermal":
            if rng.random() < 0.35:  # a dead element of the head: a pale row
                i = int(rng.integers(len(lines)))
                row = round((zone.baselines[i] - box[1] - rng.uniform(0.3, 0.7) * zone.cap) * g)
                dots[row, :] = 0.0
                notes.append(f"dead head element through line {i + 1}")
            band = (
                1.0 - 0.12 * np.clip(_smooth_noise(rng, (1, dots.shape[1]), 20.0), -1.5, 1.5) ** 2
            )
            dots *= band
            out = cv2.resize(dots, size, interpolation=cv2.INTER_NEAREST)
            out = cv2.GaussianBlur(out, (0, 0), 0.25 * res / g + 0.15)
            ink = np.full(3, rng.uniform(0.06, 0.16), np.float32)
            notes.append("thermal transfer: banding along the head")
            ink_ir = float(ink[0])
        else:  # a dot pattern: each dot a round drop wider than the grid
            sc = res / g
            ys, xs = np.nonzero(dots > 0)
            canvas = np.zeros((size[1], size[0]), np.float32)
            yy = np.clip(np.round((ys + 0.5) * sc).astype(int), 0, size[1] - 1)
            xx = np.clip(np.round((xs + 0.5) * sc).astype(int), 0, size[0] - 1)
            canvas[yy, xx] = 1.0
            sat = rng.random(len(ys)) < 0.03  # satellite drops
            sy = np.clip(yy[sat] + rng.integers(-3, 4, sat.sum()), 0, size[1] - 1)
            sx = np.clip(xx[sat] + rng.integers(-3, 4, sat.sum()), 0, size[0] - 1)
            canvas[sy, sx] = 0.6
            r = sc * rng.uniform(0.6, 0.78)
            k = max(3, 2 * math.ceil(r) + 1)
            disc = np.zeros((k, k), np.float32)
            cv2.circle(disc, (k // 2, k // 2), max(1, round(r)), 1.0, -1, cv2.LINE_AA)
            out = np.clip(cv2.filter2D(canvas, -1, disc), 0, 1)
            out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.3, 0.7) * sc * 0.5 + 0.2)
            ink = np.array([rng.uniform(0.16, 0.26), 0.12, rng.uniform(0.08, 0.14)], np.float32)
            notes.append(f"dot-matrix-like inkjet, drops {2 * r / sc:.2f} dots wide, satellites")
            ink_ir = 0.35  # dye-based ink: paler in infrared, not gone
    else:  # at the page's resolution, soft edges
        cov = cv2.GaussianBlur(_coverage(lines, face, zone, res, box), (0, 0), 0.4)
        cov = cv2.resize(cov, size, interpolation=cv2.INTER_LINEAR)
        if process == "engraved":
            thresh = min(0.72, thresh + 0.1)  # the beam's trace runs thin
            out = np.clip((cov - thresh) / 0.2 + 0.5, 0, 1)
            grey = rng.uniform(0.38, 0.55)
            ink = np.full(3, grey, np.float32) * np.array([1.0, 0.98, 0.95], np.float32)
            ink_ir = grey * 0.8
            bump = cv2.GaussianBlur(out, (0, 0), 0.8)
            relief = (np.roll(bump, 1, 0) + np.roll(bump, 1, 1) - 2 * bump) * rng.uniform(0.5, 0.9)
            notes.append(f"laser engraving on polycarbonate: grey {grey:.2f}, raised strokes")
        else:  # laser600
            out = np.clip((cov - thresh) / 0.15 + 0.5, 0, 1)
            holes = _smooth_noise(rng, out.shape, 0.8) < -2.3
            out[holes] *= 0.3
            ink = np.full(3, rng.uniform(0.03, 0.09), np.float32)
            ink_ir = float(ink[0])
            notes.append("laser at 600 dpi")
    return out.astype(np.float32), ink, ink_ir, relief, notes


def _page(rng: np.random.Generator, p: Plan, res: float) -> Page:
    """The document (or visa page) as printed, at res px/mm."""
    applied: list[str] = []
    booklet = p.fmt in ("TD3", "MRV-A", "MRV-B") or p.blank == "visa page"
    if p.fmt in SIZE_MM:
        w_mm, h_mm = SIZE_MM[p.fmt]
    elif p.blank == "card front":
        w_mm, h_mm = SIZE_MM["TD1"]
    else:
        w_mm, h_mm = BOOKLET_MM
    w, h = round(w_mm * res), round(h_mm * res)
    dye = _tint(rng, w, h)
    carbon = Image.new("L", (w, h), 0)
    alpha = np.ones((h, w), np.float32)
    doc = (0.0, 0.0, w_mm, h_mm)  # the MRZ's document (a visa's foil) on the page, mm
    if p.fmt in FOIL_MM:
        fw, fh = FOIL_MM[p.fmt]
        fx, fy = (w_mm - fw) / 2 + rng.uniform(-0.8, 0.8), h_mm - fh - rng.uniform(0.8, 2.5)
        doc = (fx, fy, fx + fw, fy + fh)
        foil = _tint(rng, round(fw * res), round(fh * res))
        y0, x0 = round(fy * res), round(fx * res)
        dye[y0 : y0 + foil.shape[0], x0 : x0 + foil.shape[1]] = foil * 0.97
        applied.append("visa foil on a booklet page")
    top_of_zone = doc[3] - (17.0 if p.fmt != "TD1" else 19.0)
    if p.blank == "visa page":
        n = _stamps(rng, dye, res, 16.0)
        _text(carbon, (w - 12 * res, 3 * res), str(int(rng.integers(5, 40))), 3.0, res, False)
        applied.append(f"visa page with {n} entry stamps, no MRZ")
    elif p.fmt == "TD1" or p.blank == "card front":
        if p.blank:
            _portrait(carbon, (4, 8, 28, 38), res, rng)
            _page_text(rng, dye, carbon, (32, 8, 80, 38), res)
            applied.append("card front, no MRZ")
        else:
            _page_text(rng, dye, carbon, (5, 4, 60, top_of_zone - 1), res)
            _portrait(carbon, (66, 5, 80, 22), res, rng)  # the ghost image on the back
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        r = 3.18 * res  # ID-1's corner radius
        cx = np.clip(xx, r, w - 1 - r)
        cy = np.clip(yy, r, h - 1 - r)
        alpha = np.clip(r + 0.5 - np.hypot(xx - cx, yy - cy), 0, 1).astype(np.float32)
    else:
        port = (doc[0] + 4, doc[1] + 12, doc[0] + 32, min(top_of_zone - 2, doc[1] + 50))
        _portrait(carbon, port, res, rng)
        _page_text(rng, dye, carbon, (doc[0] + 37, doc[1] + 10, doc[2] - 6, top_of_zone - 1), res)
        title = {"TD3": "PASSPORT", "TD2": "CREW MEMBER CERTIFICATE"}.get(p.fmt, "VISA")
        if p.fmt == "TD2" and p.printed and p.printed[0][0] == "I":
            title = "IDENTITY CARD"
        _text(carbon, ((doc[0] + 5) * res, (doc[1] + 3) * res), title, 2.8, res, True)
    mrz = np.zeros((h, w), np.float32)
    ink, ink_ir, relief = np.zeros(3, np.float32), 1.0, None
    quad, caps = np.zeros((0, 2), np.float32), np.zeros((0, 2, 2), np.float32)
    if not p.no_mrz:
        zone, notes = _zone(rng, p.fmt, doc[2] - doc[0], doc[3] - doc[1])
        zone = dataclasses.replace(
            zone, x0=zone.x0 + doc[0], baselines=tuple(b + doc[1] for b in zone.baselines)
        )
        n = len(p.printed[0])
        lo = min(b + min(d) for b, d in zip(zone.baselines, zone.drift, strict=True))
        hi = max(b + max(d) for b, d in zip(zone.baselines, zone.drift, strict=True))
        box = (
            math.floor((zone.x0 - 1.5) * res) / res,
            math.floor((lo - 1.6 * zone.cap - 0.4) * res) / res,
            math.ceil((zone.x0 + n * zone.pitch + 1.5) * res) / res,
            math.ceil((hi + 0.6 * zone.cap + 0.3) * res) / res,
        )
        if box[0] < 0 or box[3] > h_mm or box[2] > w_mm:
            raise ValueError("an MRZ cell off the document")
        cov, ink, ink_ir, relief_z, pnotes = _print(
            rng, p.process, p.printed, p.face, zone, box, res
        )
        y0, x0 = round(box[1] * res), round(box[0] * res)
        mrz[y0 : y0 + cov.shape[0], x0 : x0 + cov.shape[1]] = cov[: h - y0, : w - x0]
        if relief_z is not None:
            relief = np.zeros((h, w), np.float32)
            relief[y0 : y0 + cov.shape[0], x0 : x0 + cov.shape[1]] = relief_z[: h - y0, : w - x0]
        applied += [f"print {p.process}", *notes, *pnotes]
        left, right = zone.x0, zone.x0 + n * zone.pitch
        top, bottom = zone.baselines[0] - zone.cap, zone.baselines[-1]
        quad = np.array([[left, top], [right, top], [right, bottom], [left, bottom]], np.float32)
        quad *= res
        pts = []
        for i in (0, len(p.printed) - 1):
            for k in (0, n - 1):
                cx = zone.x0 + (k + 0.5) * zone.pitch
                base = zone.baselines[i] + zone.drift[i][k]
                pts.append([[cx, base - zone.cap], [cx, base]])
        caps = np.array(pts, np.float32) * res
    carbon_f = np.asarray(carbon, np.float32) / 255.0
    spine, spine_y = "", 0.0
    if booklet:
        # the data page's spine is mostly its top edge; a visa (or stamp) page is the upper
        # page of the spread in half the cases, its spine then at its bottom edge (by the MRZ)
        lower = rng.random() < (0.9 if p.fmt == "TD3" else 0.5)
        spine = "top" if lower else "bottom"
        spine_y = 0.0 if lower else float(h)
    return Page(res, dye, carbon_f, mrz, ink, ink_ir, relief, alpha, quad, caps, spine, spine_y,
                applied)  # fmt: skip


# -- the capture ----------------------------------------------------------------------------


def _canvas(
    rng: np.random.Generator, page: Page, ir: bool, holo: float, facing: bool
) -> tuple[np.ndarray, np.ndarray, float, float]:
    """The page lit (visible or infrared), with the facing page beyond the spine when the
    booklet lies open: (BGR reflectance, alpha, row offset of the page, the spine's row)."""
    h, w = page.alpha.shape
    if ir:
        paper = 0.8 + 0.03 * _smooth_noise(rng, (h, w), 2.0)
        grey = paper * (1 - page.carbon * 0.85) * (1 - page.mrz * (1 - page.ink_ir))
        rgb = np.repeat(grey[..., None], 3, axis=2)
    else:
        rgb = page.dye * (1 - page.carbon[..., None] * 0.86)
        rgb = rgb * (1 - page.mrz[..., None] * (1 - page.ink))
        if holo > 0:
            yy, xx = np.mgrid[0:h, 0:w].astype(np.float32) / page.res
            ang, per = rng.uniform(0, math.pi), rng.uniform(6, 14)
            cx, cy = rng.uniform(0, w / page.res), rng.uniform(0, h / page.res)
            phase = (xx * math.cos(ang) + yy * math.sin(ang)) / per
            rings = np.sin(np.hypot(xx - cx, yy - cy) / rng.uniform(1.5, 3.0))
            for c in range(3):
                rgb[..., c] *= 1 + holo * (np.sin(2 * np.pi * phase + 2.1 * c) * 0.7 + 0.3 * rings)
    if page.relief is not None and not ir:
        rgb = rgb + page.relief[..., None] * 0.5
    offset, spine_row = 0.0, page.spine_y
    alpha = page.alpha
    if facing and page.spine:
        other = _tint(rng, w, h) * 0.98
        gutter = np.exp(-np.abs(np.arange(h, dtype=np.float32) - 0) / (1.5 * page.res))
        if page.spine == "top":  # the facing page above
            other *= 1 - 0.25 * gutter[::-1, None, None]
            rgb = np.concatenate([other, rgb], 0)
            alpha = np.concatenate([np.ones_like(alpha), alpha], 0)
            offset, spine_row = float(h), float(h)
        else:
            other *= 1 - 0.25 * gutter[:, None, None]
            rgb = np.concatenate([rgb, other], 0)
            alpha = np.concatenate([alpha, np.ones_like(alpha)], 0)
    return np.clip(rgb, 0, 1.2).astype(np.float32), alpha, offset, spine_row


def _curl(
    rng: np.random.Generator, rgb: np.ndarray, alpha: np.ndarray, spine_row: float,
    res: float, lift_mm: float, reach_mm: float, dark: float,
) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """Pages lifting off the glass (or bowing) near the spine: rows shift towards it, more
    in the middle of the page than at its ends, and darken."""
    h, w = alpha.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d = np.abs(yy - spine_row) / res
    along = 0.6 + 0.4 * np.sin(np.pi * xx / max(1, w - 1))
    fall = np.exp(-d / reach_mm)
    disp = lift_mm * res * along * fall
    sign = np.where(yy >= spine_row, 1.0, -1.0).astype(np.float32)
    map_y = (yy + sign * disp).astype(np.float32)
    rgb = cv2.remap(rgb, xx, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    alpha = cv2.remap(alpha, xx, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    rgb *= (1 - dark * fall)[..., None]
    return rgb, alpha


def _homography(
    rng: np.random.Generator, w_mm: float, h_mm: float, scale: float, tilt: float, turn: float
) -> np.ndarray:
    """mm on the canvas -> picture px (before translation): the page seen `tilt` degrees
    off the normal (a pinhole 300 mm away), turned `turn` degrees in the picture."""
    a = math.radians(tilt)
    az = rng.uniform(0, 2 * math.pi)
    ax, ay = a * math.cos(az), a * math.sin(az)
    rx = np.array([[1, 0, 0], [0, math.cos(ax), -math.sin(ax)], [0, math.sin(ax), math.cos(ax)]])
    ry = np.array([[math.cos(ay), 0, math.sin(ay)], [0, 1, 0], [-math.sin(ay), 0, math.cos(ay)]])
    r = rx @ ry
    dist = 300.0
    t = math.radians(turn)
    rot = np.array([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])
    src, dst = [], []
    for x, y in ((0, 0), (w_mm, 0), (w_mm, h_mm), (0, h_mm)):
        p = r @ np.array([x - w_mm / 2, y - h_mm / 2, 0.0])
        u = scale * dist * p[:2] / (dist + p[2])
        src.append([x, y])
        dst.append(rot @ u)
    return cv2.getPerspectiveTransform(np.float32(src), np.float32(dst))


def _apply(hm: np.ndarray, pts: np.ndarray) -> np.ndarray:
    if pts.size == 0:
        return pts.reshape(-1, 2)
    return cv2.perspectiveTransform(pts.reshape(-1, 1, 2).astype(np.float64), hm).reshape(-1, 2)


def _glare(rng: np.random.Generator, img: np.ndarray, peak: float, on: np.ndarray) -> None:
    """A band of light reflected by the laminate (`on`: where the document is)."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    phi = rng.uniform(0, math.pi)
    c = rng.uniform(0.2, 0.8) * (abs(math.cos(phi)) * w + abs(math.sin(phi)) * h)
    proj = xx * abs(math.cos(phi)) + yy * abs(math.sin(phi))
    band = peak * np.exp(-(((proj - c) / (rng.uniform(0.05, 0.15) * (w + h))) ** 2))
    img += (band * on)[..., None] * (1 - img)


def _light(rng: np.random.Generator, img: np.ndarray, uneven: float, vignette: float) -> None:
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    gx, gy = rng.uniform(-1, 1, 2)
    ramp = (gx * (xx / w - 0.5) + gy * (yy / h - 0.5)) / (abs(gx) + abs(gy) + 1e-6) + 0.5
    img *= (1 - uneven * ramp)[..., None]
    if vignette:
        r2 = ((xx / w - 0.5) ** 2 + (yy / h - 0.5) ** 2) / 0.5
        img *= (1 - vignette * r2)[..., None]


def _motion(rng: np.random.Generator, img: np.ndarray, length: float) -> np.ndarray:
    k = max(3, math.ceil(length) | 1)
    ker = np.zeros((k, k), np.float32)
    ang = rng.uniform(0, math.pi)
    c = k // 2
    dx, dy = math.cos(ang) * length / 2, math.sin(ang) * length / 2
    cv2.line(
        ker, (round(c - dx), round(c - dy)), (round(c + dx), round(c + dy)), 1.0, 1, cv2.LINE_AA
    )
    return cv2.filter2D(img, -1, ker / ker.sum())


def _screen(
    rng: np.random.Generator, rgb: np.ndarray, res: float, cap_mm: float
) -> tuple[np.ndarray, float]:
    """A monitor showing a scan of the page: screen pixels as RGB stripes with dark rows
    between them; returns the subpixel image and its px per mm of the document."""
    spx = rng.uniform(16, 24) / cap_mm  # screen pixels per mm of document
    h, w = rgb.shape[:2]
    small = cv2.resize(
        rgb, (round(w * spx / res), round(h * spx / res)), interpolation=cv2.INTER_AREA
    )
    mask = np.zeros((3, 3, 3), np.float32)
    for c in range(3):  # BGR in the picture: the stripes run R, G, B left to right
        mask[:, c, 2 - c] = 3.3  # lit subpixels are brighter than the page
    mask[2, :, :] *= 0.35  # the dark row between pixel rows
    sh, sw = small.shape[:2]
    big = np.empty((sh, 3, sw, 3, 3), np.float32)  # one allocation: the canvas is large
    big[:] = small[:, None, :, None, :] * mask[None, :, None, :, :]
    return big.reshape(sh * 3, sw * 3, 3), spx * 3


def _jpeg(img: np.ndarray, q: int) -> np.ndarray:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, int(q)])
    assert ok
    return cv2.imdecode(buf, cv2.IMREAD_COLOR)


NOMINAL_CAP_MM = 2.42


@dataclasses.dataclass(frozen=True)
class Shot(synth.Sample):
    """A Sample (level = the capture) with the verdict on the printed lines and notes."""

    valid: bool = False
    capture: str = ""
    font: str = ""  # the face's label ("" without an MRZ)
    face_kind: str = ""
    process: str = ""
    cap_px: float = 0.0  # capitals' height in the picture (mean over the zone's end cells)
    mrz_quad: tuple[tuple[float, float], ...] = ()  # the zone's corners in the picture
    notes: str = ""


def _shoot(rng: np.random.Generator, p: Plan) -> tuple[np.ndarray, list, float, list[str]]:
    cap_lo, cap_hi = CAP_PX["reader"] if p.capture == "thumbnail" else CAP_PX[p.capture]
    if p.capture == "thumbnail":
        cap_lo = 20.0
    dpi = 0.0
    if p.capture == "scan":
        dpi = float(_pick(rng, SCAN_DPI))
        target = NOMINAL_CAP_MM * dpi / 25.4
    else:
        target = rng.uniform(cap_lo, cap_hi)
    res = float(np.clip(1.45 * target / NOMINAL_CAP_MM, 8.0, 22.0))
    page = _page(rng, p, res)
    notes = [f"capture {p.capture}", *page.applied]
    cap_mm = NOMINAL_CAP_MM
    if page.caps.size:
        cap_mm = float(np.linalg.norm(page.caps[:, 1] - page.caps[:, 0], axis=1).mean()) / res
    if p.capture == "scan":
        scale = dpi / 25.4
        notes.append(f"flatbed at {dpi:.0f} dpi")
    else:
        scale = target / cap_mm
    cap_target = scale * cap_mm
    if p.capture == "webcam":  # the officer steps back until the zone fits the frame
        fw, fh = _pick(rng, WEBCAM_MODES)
        if page.quad.size:
            zone_w_mm = float(np.ptp(page.quad[:, 0])) / res
            scale = min(scale, 0.86 * fw / (zone_w_mm + 4))
            cap_target = scale * cap_mm
    ir = p.capture in ("reader", "thumbnail") and rng.random() < 0.2
    holo_p = {"reader": 0.7, "thumbnail": 0.7, "scan": 0.2, "phone": 0.5, "webcam": 0.3}
    holo = rng.uniform(0.03, 0.08) if (not ir and rng.random() < holo_p[p.capture]) else 0.0
    screen = p.capture == "phone" and rng.random() < 0.2
    if screen:
        holo = 0.0
    open_p = {"reader": 0.3, "thumbnail": 0.3, "scan": 1.0, "phone": 0.5, "webcam": 0.3}
    facing = bool(page.spine) and not screen and rng.random() < open_p[p.capture]
    notes += ["infrared"] if ir else []
    notes += [f"holographic overlay {holo:.0%}"] if holo else []
    rgb, alpha, offset, spine_row = _canvas(rng, page, ir, holo, facing)
    if facing:
        lift = {"reader": (0.05, 0.3), "thumbnail": (0.05, 0.3), "scan": (0.4, 1.0),
                "phone": (0.3, 1.2), "webcam": (0.05, 0.3)}[p.capture]  # fmt: skip
        lift_mm, reach = rng.uniform(*lift), rng.uniform(5, 9)
        dark = 0.25 if p.capture == "scan" else 0.08
        rgb, alpha = _curl(rng, rgb, alpha, spine_row, res, lift_mm, reach, dark)
        near = page.quad.size and page.spine == "bottom"
        notes.append(f"open booklet, pages lifting {lift_mm:.2f} mm at the spine"
                     + (" (the zone on the spine's side)" if near else ""))  # fmt: skip
    res_c, x_off = res, 0.0
    if screen:  # the viewer's grey around the scan, all of it on the screen
        pad = round(0.06 * max(rgb.shape[:2]))
        viewer = (0.22, 0.22, 0.22)
        rgb = rgb * alpha[..., None] + np.float32(viewer) * (1 - alpha[..., None])
        rgb = cv2.copyMakeBorder(rgb, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=viewer)
        offset, x_off = offset + pad, float(pad)
        rgb, res_c = _screen(rng, rgb, res, cap_mm)
        alpha = np.ones(rgb.shape[:2], np.float32)
        notes.append("photo of a monitor showing a scan (subpixel stripes, moire)")
    if screen:  # the phone's lens passes a little more than its pixels hold: faint moire
        cv2.GaussianBlur(rgb, (0, 0), rng.uniform(0.33, 0.45) * res_c / scale, dst=rgb)
        np.clip(rgb, 0, 1.1, out=rgb)
    h_c, w_c = alpha.shape
    w_mm, h_mm = w_c / res_c, h_c / res_c
    tilt, turn = {
        "reader": (0.0, rng.uniform(-1.5, 1.5)),
        "thumbnail": (0.0, rng.uniform(-1.5, 1.5)),
        "scan": (0.0, rng.uniform(-3, 3)),
        "phone": ((rng.uniform(0, 15), rng.uniform(-10, 10)) if screen
                  else (rng.uniform(0, 25), rng.uniform(-25, 25))),
        "webcam": (rng.uniform(0, 10), rng.uniform(-8, 8)),
    }[p.capture]  # fmt: skip
    if p.capture in ("phone", "webcam"):
        notes.append(f"tilted {tilt:.0f} and turned {turn:.0f} degrees")
    else:
        notes.append(f"turned {turn:.1f} degrees")
    hm = _homography(rng, w_mm, h_mm, scale, tilt, turn)
    to_mm = np.diag([1 / res_c, 1 / res_c, 1.0])
    corners = _apply(hm, np.float32([[0, 0], [w_mm, 0], [w_mm, h_mm], [0, h_mm]]))
    page_to_canvas = np.array([[1, 0, x_off], [0, 1, offset], [0, 0, 1]], np.float64)
    page_to_canvas[:2] *= res_c / res
    page_to_canvas[2] = (0, 0, 1)
    full = hm @ to_mm @ page_to_canvas  # page px -> picture px (before translation)
    quad = _apply(full, page.quad)
    if p.capture == "webcam":
        out_w, out_h = fw, fh
        if quad.size:
            lo, hi = quad.min(0), quad.max(0)
            span = hi - lo
            room = np.array([fw, fh]) - span - 16
            shift = 8 - lo + rng.random(2) * np.maximum(room, 0)
        else:
            shift = np.array([fw, fh]) / 2 - corners.mean(0)
    else:
        m = {"reader": 0.04, "thumbnail": 0.04, "scan": 0.08, "phone": 0.18}[p.capture]
        lo, hi = corners.min(0), corners.max(0)
        margin = (hi - lo) * rng.uniform(0.5 * m, m, 2) + 6
        shift = margin - lo
        out_w, out_h = (math.ceil(v) for v in (hi - lo + 2 * margin))
    tr = np.array([[1, 0, shift[0]], [0, 1, shift[1]], [0, 0, 1]], np.float64)
    warp = tr @ hm @ to_mm
    img = cv2.warpPerspective(rgb, warp, (out_w, out_h), flags=cv2.INTER_LINEAR,
                              borderMode=cv2.BORDER_CONSTANT)  # fmt: skip
    a = cv2.warpPerspective(alpha, warp, (out_w, out_h), flags=cv2.INTER_LINEAR)[..., None]
    bg_level = {"reader": 0.05, "thumbnail": 0.05, "scan": 0.9, "phone": 0.3, "webcam": 0.35}
    bg = np.full((out_h, out_w, 3), 0.03 if screen else bg_level[p.capture], np.float32)
    if p.capture in ("phone", "webcam") and not screen:  # a counter's surface
        bg *= np.array([0.8, 0.95, 1.1], np.float32) * rng.uniform(0.6, 1.4)
        bg += 0.04 * _smooth_noise(rng, (out_h, out_w), 3.0)[..., None]
    img = img * a + bg * (1 - a)
    quad = _apply(tr @ full, page.quad)
    caps = _apply(tr @ full, page.caps.reshape(-1, 2)).reshape(-1, 2, 2)
    cap_px = float(np.linalg.norm(caps[:, 1] - caps[:, 0], axis=1).mean()) if caps.size else 0.0
    del cap_target
    img = _effects(rng, p, img, notes, screen, ir, a[..., 0])
    if p.capture == "thumbnail":
        q = int(rng.integers(85, 96))
        img = _jpeg(img, q)  # the reader's stored picture
        notes.append(f"reader's picture stored at JPEG {q}")
        small = rng.uniform(*CAP_PX["thumbnail"]) / max(cap_px, 1e-6) if cap_px else 0.4
        h0, w0 = img.shape[:2]
        size = (max(40, round(w0 * small)), max(40, round(h0 * small)))
        img = cv2.resize(img, size, interpolation=cv2.INTER_AREA)
        sx, sy = size[0] / w0, size[1] / h0
        quad = quad * [sx, sy]
        cap_px *= (sx + sy) / 2
        notes.append("shrunk to a thumbnail")
    return img, quad.tolist(), cap_px, notes


def _effects(
    rng: np.random.Generator,
    p: Plan,
    img: np.ndarray,
    notes: list[str],
    screen: bool,
    ir: bool,
    on: np.ndarray,
) -> np.ndarray:
    """Light, glare, blur, noise and coding, as the capture does them; returns uint8 BGR."""
    c = p.capture
    glare_p = {"reader": 0.45, "thumbnail": 0.45, "scan": 0.0, "phone": 0.5, "webcam": 0.2}
    if not ir and not screen and rng.random() < glare_p[c]:
        peak = rng.uniform(0.15, 0.42)
        _glare(rng, img, peak, on)
        notes.append(f"laminate glare band {peak:.0%}")
    uneven = {"reader": 0.12, "thumbnail": 0.12, "scan": 0.05, "phone": 0.35, "webcam": 0.3}[c]
    vig = rng.uniform(0.1, 0.35) if c in ("phone", "webcam") else 0.0
    u = rng.uniform(0, uneven)
    _light(rng, img, u, vig)
    notes.append(f"uneven light {u:.0%}" + (f", vignetting {vig:.0%}" if vig else ""))
    gain = 1.0
    if c in ("phone", "webcam"):
        cast = 1 + rng.uniform(-0.08, 0.08, 3).astype(np.float32)
        img = img * cast
        if screen:
            gain = rng.uniform(0.75, 0.95)  # exposed for the lit screen
        elif rng.random() < 0.4 and c == "phone":
            gain = rng.uniform(1.2, 1.7)  # low light: the phone's gain lifts the noise
            img = img * rng.uniform(0.45, 0.7) * gain
            notes.append("low light")
    if screen:
        img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.4, 0.7))
    if c == "phone" and rng.random() < 1 / 3:
        ln = rng.uniform(0.12, 0.35) * CAP_PX["phone"][0]
        img = _motion(rng, img, ln)
        notes.append(f"motion blur {ln:.1f} px")
    elif c in ("phone", "webcam") and rng.random() < (0.25 if c == "phone" else 0.5):
        s = rng.uniform(0.6, 1.3)
        img = cv2.GaussianBlur(img, (0, 0), s)
        notes.append(f"defocus {s:.1f} px")
    elif c in ("reader", "scan", "thumbnail"):
        img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.3, 0.6))  # the optics
    if c == "scan" and rng.random() < 0.7:
        h, w = img.shape[:2]
        for _ in range(int(rng.integers(3, 25))):
            cv2.circle(img, (int(rng.integers(w)), int(rng.integers(h))), int(rng.integers(1, 3)),
                       (0.2, 0.2, 0.2), -1, cv2.LINE_AA)  # fmt: skip
        notes.append("dust")
    sigma = {"reader": 1.5, "thumbnail": 1.5, "scan": 1.5, "phone": 3.5, "webcam": 4.5}[c] * gain
    out = np.clip(img * 255 * 0.96 + rng.normal(0, sigma, img.shape), 0, 255).astype(np.uint8)
    if c == "webcam":
        ycc = cv2.cvtColor(out, cv2.COLOR_BGR2YCrCb)
        h, w = out.shape[:2]
        for k in (1, 2):  # 4:2:0 chroma
            ch = cv2.resize(ycc[..., k], (w // 2, h // 2), interpolation=cv2.INTER_AREA)
            ycc[..., k] = cv2.resize(ch, (w, h), interpolation=cv2.INTER_LINEAR)
        ycc[..., 0] = cv2.bilateralFilter(ycc[..., 0], 5, 12, 3)  # the denoiser's smear
        out = cv2.cvtColor(ycc, cv2.COLOR_YCrCb2BGR)
        q = int(rng.integers(30, 56))
        out = _jpeg(out, q)
        notes.append(f"video coding (4:2:0, denoiser, JPEG {q})")
    return out


STORED_JPEG = {"reader": (75, 96), "thumbnail": (60, 91), "scan": (70, 96), "phone": (45, 91),
               "webcam": (60, 86)}  # fmt: skip


def sample(seed: int, *, today: dt.date) -> Shot:
    """The picture of seed's document and its truth (deterministic in the seed)."""
    for name in (*FACES, *PAGE_FACES):
        try:
            face_path(name)
        except FileNotFoundError as e:
            raise FaceMissing(f"{e}; bench/mrz_heldout18.py never substitutes a face") from e
    p = plan(seed, today)
    rng = np.random.default_rng([18, seed, 1])
    img, quad, cap_px, notes = _shoot(rng, p)
    q = int(rng.integers(*STORED_JPEG[p.capture]))
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, q])
    assert ok
    jpeg = buf.tobytes()
    image = cv2.imdecode(buf, cv2.IMREAD_COLOR)
    notes.append(f"stored JPEG {q}")
    if p.no_mrz:
        notes.append(f"no MRZ ({p.blank})")
    else:
        notes.insert(1, f"face {p.face.label}")
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
        font="" if p.no_mrz else p.face.label,
        face_kind="" if p.no_mrz else p.face.kind,
        process=p.process,
        cap_px=round(cap_px, 2),
        mrz_quad=tuple((round(x, 1), round(y, 1)) for x, y in quad),
        notes="; ".join(notes),
    )
