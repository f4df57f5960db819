"""A nineteenth document-photo generator: a held-out set, scored once by the lead.

Written without running the OCR and without reading its code, its models, the other
generators' bodies or any results. Read: bench/bench_mrz.py (how a generator is called),
the `Sample` dataclass of tests/documents/synth.py, desktop/documents/mrz.py (compose,
parse) and layout.py, the head of bench/mrz_heldout18.py (its docstring and constants),
tests/documents/test_mrz_heldout18.py, tests/documents/conftest.py's TODAY and
scripts/setup-system.sh. It imports no rendering code from the other generators: its
renderer (Pillow for glyphs and page text, OpenCV and numpy for the rest) is its own. It
pictures what a Taiwan border counter is handed, as the counter's devices capture it, and
leans on HOW OCR-B reaches the page (the printer's grid, its faults, engraving) and on the
full-page reader's infrared and white-light pictures with the security print under the zone.

Content. TD3 passports (Taiwan most, with nine-digit numbers and the holder's national
identification number, a letter, 1 or 2 and eight digits, as optional data; then mainland
China, Korea, Japan, Vietnam, the Philippines, Malaysia, Thailand, Indonesia, the US, Hong
Kong, Singapore, Australia, the UK, Canada, Germany (D), France, the Netherlands, Macao),
TD1 cards (Taiwan resident certificates most, for foreign holders, with code "AR" and, in
half, a ten-character number in ICAO's long form: both are this set's assumptions, not
quoted from a specimen; German, French, Dutch, Belgian, Spanish, Swiss, Portuguese identity
cards, Spanish and Belgian ones with a personal number), TD2 (crew member certificates of
Taiwan, Japan, Korea; Romanian and Latvian identity cards), visa foils MRV-A and MRV-B
(Taiwan's most, then Japan's, the US's, China's, Korea's, the UK's, Australia's) for holders
of other states. Names from short lists in each region's romanisation (Taiwan's Wade-Giles,
pinyin, Korean, Japanese, South-East Asian, Western); about one in eight with extra given
names, cut by `mrz.compose` when they overflow; one in twenty-five a single name. The truth
is `mrz.compose`'s lines (`Plan.fields` is what it was given); expiry dates lie after the
bench's today. About one MRZ in ten is printed invalid (`valid` False, the truth is the
printed lines): per block of 200 seeds, 13 with one check digit wrong and 7 with a digit
where only letters may stand (a name's or the nationality's O, D, Q, I, S, B, Z or G
printed as the digit it resembles). One picture in twenty-five is a page without an MRZ
(`lines` empty, `format` "none", `valid` False): a booklet's visa page with entry stamps
(6 per 200) or a card's front (2 per 200). Formats, captures, face kinds, hybrid kinds,
new faces, blanks and misprints are dealt, not drawn: every run of 200 consecutive seeds
from SEED holds the quotas exactly.

Sizes (ICAO 9303 part 3: OCR-B size I at a 2.54 mm pitch; parts 4-7: ID-1 85.6x54, ID-2
105x74, ID-3 125x88 mm, MRV-A 120x80 and MRV-B 105x74 mm foils on a 125x88 booklet page).
This set's assumptions for "within part 3's print tolerances" (not quoted figures): the
pitch 0.975-1.025 of 2.54 mm per document, each cell off it by 0.03 mm (s.d.); capitals
2.30-2.55 mm high; lines 4.1-4.6 mm apart (TD1 3.5-4.1 mm), the last baseline 3.8-5.5 mm
(TD1 3.0-4.0 mm) above the document's (or foil's) bottom edge, the zone centred within
0.8 mm; each line's baseline drifting along it (a slow wave up to 0.16 mm and a slope up to
0.22 mm end to end, each cell off it by 0.025 mm s.d.: a fraction of a character); stroke
weight set by the threshold at which the printer's grid takes a pixel (0.32-0.62 of
coverage: lower is bolder).

Faces (FACE_QUOTA of the 192 MRZ slots per 200): "ocrb" (85 %) OCR-B Regular
(fonts-ocr-b). "hybrid" (7 %): an OCR-B MRZ where three to six look-alike glyphs (of
0 O D 8 B 1 I 5 S 2 Z 6 G printed in the zone; every occurrence; 9 per 200) or one whole
line (5 per 200) come from a new face, as a personaliser whose OCR-B lacks glyphs
substitutes them. "other" (7 %): the whole MRZ in a new face. New faces, none named by any
other file of the project, installed on this machine for this set (2026-12-06): TeX Gyre
Cursor Bold (fonts-texgyre, a Courier: an office's typewriter-like fallback), MigMix 1M
(fonts-migmix, the monospaced Latin of a Japanese gothic: an office printer in East Asia
without OCR-B) and osifont (fonts-osifont, ISO 3098 technical lettering: what an engraving
plotter's stroke font looks like). Every face keeps the pitch: a glyph is scaled so that
H's ink is as tall as the MRZ's capitals, stands on the baseline and is centred in its
cell (squeezed to 86 % of the cell when wider). scripts/setup-system.sh installs them; a
missing face raises FileNotFoundError naming its package: this module never substitutes a
face. Page labels and data are in DejaVu Sans.

Print process (drawn per format; the same for a new face): passports laser300 25 %,
laser600 15 %, inkjet-dots 15 %, thermal 10 %, engraved 35 %; TD1 cards engraved 65 %,
thermal 20 %, laser300 15 %; TD2 laser300 35 %, engraved 30 %, inkjet-dots 20 %, thermal
15 %; visa foils thermal 40 %, inkjet-dots 35 %, laser300 25 %. The glyphs are drawn at
three times the printer's grid, averaged onto it, thresholded and only then brought to the
page: "laser300" binary at 300 dpi (stair steps kept when the page is sampled finer), toner
dropout (2-6 % of the grid, in blobs) and stray toner beside the strokes, fused a little;
"laser600" the same at 600 dpi, soft; "thermal" a visa printer's head at 203 or 300 dpi,
density banding and in 30 % a dead element leaving a pale row through one line;
"inkjet-dots" a grid of 150, 180 or 200 dpi, each pixel a round drop about a grid step
wide, satellite drops and spread in the paper, a pigment blue-black (it stays dark in
infrared, as ICAO asks of the zone); "engraved" laser engraving on polycarbonate: grey
(reflectance 0.38-0.55), strokes thinner, raised (a relief lit from the upper left). The
page: paper with a two-colour rainbow tint, guilloche waves and 0.3 mm microprint lines in
dye inks running under the zone, labels (dye) and data (carbon) in DejaVu Sans, a stylised
portrait (carbon); a visa foil carries its own tint over the booklet page's, which shows
through (foil opacity 0.75-0.9); visa pages without a foil carry two to four entry stamps
in dye inks, kept out of the bottom 16 mm. In infrared (a reader's IR picture) the tint,
guilloche, microprint, labels and stamps are gone, the paper and laminate keep a faint
texture of their own, data, portrait and MRZ stay (engraving paler, with its relief).

Captures (CAPTURE_QUOTA):
- reader (full-page document reader) 43 %: infrared in 22 %, grey; in white light a
  holographic laminate (rainbow stripes and an emblem's rings, 2-6 % modulation) in 70 %
  and a glare band in 45 % (at most 42 % of the way to white); uneven light up to 12 %;
  capitals aimed at 18.5-31.5 px (for a 2.42 mm capital); turned up to 1.5 degrees on a
  dark bed; JPEG 75-95.
- scan (counter flatbed) 23 %: 150, 200, 240 or 300 dpi, skew up to 3 degrees, a hologram
  in 25 %; booklets open with the facing page in half: the page lifts off the glass near
  the spine (rows shift towards it by 0.4-1 mm, falling off over 5-9 mm, more in the
  middle than at the ends, and darken there); the zone bends when the spine is next to it
  (an upper visa page); dust in 60 %, JPEG 70-95.
- phone 19 %: one in five a photo of a monitor showing a flat scan of the page (RGB
  subpixel stripes with a dark row between pixel rows, capitals 16-24 screen pixels,
  through a lens slightly softer than the phone's pixels: moire; exposed for the screen;
  tilted up to 15 and turned up to 10 degrees); the others the page seen from up to 25
  degrees off the normal (a pinhole 300 mm away), turned up to 25 degrees, an open booklet
  curling near the spine (0.3-1.2 mm) in half of booklets, uneven light up to 35 %, a
  hologram in half, a glare band in half, then motion blur (1.7-4.9 px) in a third, defocus
  in a quarter, low light (gain lifting noise) in 40 % of the rest; vignetting 10-35 %, a
  colour cast, JPEG 45-90, capitals aimed at 14.5-26.5 px.
- webcam 8 %: 640x480, 800x600 or 1280x720 frames (the page may run out of the frame, the
  zone never: the camera steps back when it would not fit), tilted up to 10 and turned up
  to 8 degrees, capitals aimed at 9.5-14.5 px, a colour cast, sensor noise, a hologram in
  25 %, a glare band in 20 %, defocus in half, video coding (4:2:0 chroma, a denoiser's
  smear, JPEG 30-55 as the frame, then stored at 60-85).
- thumbnail 7 %: a reader's picture (capitals 20-32 px, stored at JPEG 85-95) shrunk to
  capitals 7.2-11.8 px, stored at JPEG 60-90.
Every MRZ lies wholly inside its picture (sample() asserts it), glare never reaches white,
stamps stay off the zone: nothing beyond what a careful officer would accept as a capture.
Not modelled: cards' rounded corners and backs' ghost images, fingers, stamps over the zone.

The 200 scored seeds (3 000 000-3 000 199, today 2026-11-27) are counted by `scored_mix()`
(the draws before rendering) and checked against SCORED_MIX by the tests: formats TD3 122
(TWN 44), TD1 34, MRV-A 18, MRV-B 8, TD2 10, no MRZ 8 (visa pages 6, card fronts 2);
printed invalid 20 (10.4 % of the 192 MRZs; 13 a check digit, 7 a digit among letters);
captures reader 86, scan 46, phone 38, webcam 16, thumbnail 14; faces (of the 192 MRZs)
ocrb 164, hybrid 14 (9 with glyphs, 5 with a line), other 14; the new faces (hybrid or
whole) cursor 10, migmix-1m 10, osifont 8; print processes laser300 40, laser600 21,
inkjet-dots 28, thermal 23, engraved 80.
Rendering the 200 (one run of the final code, not re-checked by the tests: rendering 200
pictures is slow; the draws above are checked): readers' and thumbnails' pictures in
infrared 17; holographic laminate 78, glare band 59; visa foils 26; an open booklet with its
facing page 36 (all lifting near the spine), 6 of them with the zone next to the spine (an
upper visa page); toner dropout in all 40 laser300 MRZs, a dead thermal element in 6;
phones tilted 15 degrees or more 12, turned 15 degrees or more 12, of a monitor 6, motion
blur 12, low light 6; defocus (phones and webcams) 15; dust on scans 29; stored JPEG below
quality 60: 14. A line's baseline spreads over 0.09-0.52 mm (the median of each MRZ's worst
line 0.32 mm, 13 % of a capital). Capitals (cap_px, foreshortened where the page is tilted):
reader 17.9-32.9 px, scan 13.7-30.1, phone 14.9-28.1 (monitor photos included), webcam
9.8-14.7, thumbnail 7.4-11.4. Pictures from 269x176 to 1927x2208 px (smallest and largest
by area); every zone inside its picture, grey s.d. 11.3 or more. CPU time a picture on this
shared machine (2 cores, 4 helpers): median 0.41 s, mean 0.47 s, at most 1.54 s.

Deterministic per seed; seeds start at SEED = 3 000 000. `sample(seed, today=...)` returns
a Shot: a Sample (tests/documents/synth.py's fields, level = the capture) with the verdict
`valid`, `capture`, `font` (the face's label), `face_kind`, `process`, `cap_px` (capitals'
height in the picture, mean over the end cells of the first and last lines), `mrz_quad`
(the zone's corners in the picture) and `notes` (capture, face, print process, pitch,
capitals, drift, stroke threshold and every effect applied).
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

SEED = 3_000_000
IMAGES = 200

# Per block of 200 consecutive seeds (dealt, not drawn).
FORMAT_QUOTA = {"TD3": 122, "TD1": 34, "TD2": 10, "MRV-A": 18, "MRV-B": 8, "none": 8}
BLANK_QUOTA = {"visa page": 6, "card front": 2}
CAPTURE_QUOTA = {"reader": 86, "scan": 46, "phone": 38, "webcam": 16, "thumbnail": 14}
CAPTURES = tuple(CAPTURE_QUOTA)
FACE_QUOTA = {"ocrb": 164, "hybrid": 14, "other": 14}  # of the 192 MRZ slots
HYBRID_QUOTA = {"glyphs": 9, "line": 5}
INVALID_QUOTA = 20
CHECK_DIGIT_MISPRINTS = 13  # the other 7: a digit where only letters may stand
PROCESSES = ("laser300", "laser600", "inkjet-dots", "thermal", "engraved")
PROCESS_SHARES = {
    "TD3": {
        "laser300": 0.25,
        "laser600": 0.15,
        "inkjet-dots": 0.15,
        "thermal": 0.1,
        "engraved": 0.35,
    },
    "TD1": {"engraved": 0.65, "thermal": 0.2, "laser300": 0.15},
    "TD2": {"laser300": 0.35, "engraved": 0.3, "inkjet-dots": 0.2, "thermal": 0.15},
    "MRV-A": {"thermal": 0.4, "inkjet-dots": 0.35, "laser300": 0.25},
    "MRV-B": {"thermal": 0.4, "inkjet-dots": 0.35, "laser300": 0.25},
}
CAP_PX = {
    "reader": (18.0, 32.0),
    "scan": (13.0, 31.0),
    "phone": (14.0, 27.0),
    "webcam": (9.0, 15.0),
    "thumbnail": (7.0, 12.0),
}
WEBCAM_MODES = ((640, 480), (800, 600), (1280, 720))
LOOKALIKES = "0OD8B1I5S2Z6G"

FONT_ROOT = Path("/usr/share")
FACES = {  # name -> (path under FONT_ROOT, Debian package)
    "ocrb": ("fonts/opentype/ocr-b/OCRB.otf", "fonts-ocr-b"),
    "cursor": ("texmf/fonts/opentype/public/tex-gyre/texgyrecursor-bold.otf", "fonts-texgyre"),
    "migmix-1m": ("fonts/truetype/migmix/migmix-1m-regular.ttf", "fonts-migmix"),
    "osifont": ("fonts/truetype/osifont/osifont.ttf", "fonts-osifont"),
}
NEW_FACES = ("cursor", "migmix-1m", "osifont")
PACKAGES = ("fonts-texgyre", "fonts-migmix", "fonts-osifont")
PAGE_FACES = {"dejavu": ("fonts/truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core")}

# scored_mix(2026-11-27), checked by the tests
SCORED_MIX = {
    "MRV-A": 18, "MRV-B": 8, "TD1": 34, "TD2": 10, "TD3": 122, "TD3 TWN": 44,
    "blank card front": 2, "blank visa page": 6, "cursor": 10, "engraved": 80,
    "face hybrid": 14, "face ocrb": 164, "face other": 14, "hybrid glyphs": 9, "hybrid line": 5,
    "inkjet-dots": 28, "invalid": 20, "invalid check digit": 13, "invalid letters": 7,
    "laser300": 40, "laser600": 21, "migmix-1m": 10, "none": 8, "osifont": 8, "phone": 38,
    "reader": 86, "scan": 46, "thermal": 23, "thumbnail": 14, "webcam": 16,
}  # fmt: skip


# -- faces and glyphs ---------------------------------------------------------------------


def face_path(name: str) -> Path:
    rel, package = {**FACES, **PAGE_FACES}[name]
    path = FONT_ROOT / rel
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} is missing: install {package} (scripts/setup-system.sh); "
            "bench/mrz_heldout19.py never substitutes a face"
        )
    return path


@functools.lru_cache(maxsize=64)
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(face_path(name)), size)


@functools.lru_cache(maxsize=16)
def cap_em(name: str) -> float:
    """Height of H's ink per pixel of font size."""
    f = font(name, 200)
    box = f.getbbox("H")
    return (box[3] - box[1]) / 200


@functools.lru_cache(maxsize=4096)
def glyph(name: str, ch: str, cap: int, pitch: int) -> np.ndarray:
    """Coverage (0-1) of one cell 2*cap rows by pitch columns; the baseline is row 1.5*cap,
    the capitals' ink `cap` rows high, the glyph centred in its cell (squeezed to 86 % of
    the cell when wider): every face keeps the ICAO pitch."""
    k = 4  # supersampling
    size = max(8, round(cap * k / cap_em(name)))
    f = font(name, size)
    left, t, r, b = f.getbbox(ch)
    im = Image.new("L", (r - left + 8, b - t + 8), 0)
    ImageDraw.Draw(im).text((4 - left, 4 - t), ch, font=f, fill=255)
    a = np.asarray(im, np.float32) / 255
    rows, cols = np.flatnonzero(a.max(1) > 0.2), np.flatnonzero(a.max(0) > 0.2)
    out = np.zeros((2 * cap * k, pitch * k), np.float32)
    if len(rows) == 0:
        return out[::k, ::k]
    a = a[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    # where the ink's bottom sits relative to the baseline (descenders, '<' on the line)
    hb = f.getbbox("H")
    base = hb[3] - t + 4  # baseline row in `im`
    drop = rows[-1] + 1 - base
    gh, gw = a.shape
    sx = min(1.0, 0.86 * pitch * k / gw)
    if sx < 1.0:
        gw = max(1, round(gw * sx))
        a = cv2.resize(a, (gw, gh), interpolation=cv2.INTER_AREA)
    y1 = round(1.5 * cap * k) + drop
    y0 = y1 - gh
    x0 = (pitch * k - gw) // 2
    ya, yb = max(0, y0), min(out.shape[0], y1)
    out[ya:yb, x0 : x0 + gw] = a[ya - y0 : yb - y0]
    return cv2.resize(out, (pitch, 2 * cap), interpolation=cv2.INTER_AREA)


# -- what is printed ----------------------------------------------------------------------

SURNAMES = {
    "tw": [
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
        "CHIU",
        "LAI",
        "CHOU",
        "YEH",
    ],
    "cn": [
        "ZHANG",
        "WANG",
        "LI",
        "LIU",
        "CHEN",
        "YANG",
        "ZHAO",
        "HUANG",
        "ZHOU",
        "WU",
        "XU",
        "SUN",
        "ZHU",
        "GAO",
        "GUO",
        "HE",
    ],
    "kr": [
        "KIM",
        "LEE",
        "PARK",
        "CHOI",
        "JUNG",
        "KANG",
        "CHO",
        "YOON",
        "JANG",
        "LIM",
        "HAN",
        "OH",
        "SEO",
        "SHIN",
    ],
    "jp": [
        "SATO",
        "SUZUKI",
        "TAKAHASHI",
        "TANAKA",
        "WATANABE",
        "ITO",
        "YAMAMOTO",
        "NAKAMURA",
        "KOBAYASHI",
        "KATO",
    ],
    "sea": [
        "NGUYEN",
        "TRAN",
        "LE",
        "PHAM",
        "SANTOS",
        "REYES",
        "CRUZ",
        "BAUTISTA",
        "TAN",
        "LIM",
        "WONG",
        "ABDULLAH",
        "RAHMAN",
        "SOMCHAI",
    ],
    "west": [
        "SMITH",
        "JOHNSON",
        "MUELLER",
        "SCHMIDT",
        "MARTIN",
        "BERNARD",
        "DE<VRIES",
        "JANSEN",
        "GARCIA",
        "FERNANDEZ",
        "DUBOIS",
        "BROWN",
    ],
}
GIVEN = {
    "tw": [
        "CHIA HAO",
        "YU TING",
        "SHU FEN",
        "CHIH MING",
        "YI CHEN",
        "WEN HSIUNG",
        "HSIN YI",
        "KUAN YU",
        "PEI SHAN",
        "TZU CHI",
    ],
    "cn": ["WEI", "FANG", "XIAOMING", "JING", "HAOYU", "MIN", "YUQI", "ZIHAN", "LEI", "QIANG"],
    "kr": ["MINJUN", "SEOYEON", "JIHOON", "SOOBIN", "DONGHYUN", "HAEUN", "JUNHO", "YEJIN"],
    "jp": ["HIROSHI", "YUKI", "KENJI", "AYAKA", "SHOTA", "MISAKI", "DAISUKE", "HARUKA"],
    "sea": [
        "MINH ANH",
        "THI HOA",
        "MARIA CLARA",
        "JOSE MIGUEL",
        "SITI NURHALIZA",
        "BUDI",
        "WEI LING",
        "SOMSAK",
    ],
    "west": [
        "JOHN",
        "ANNA MARIA",
        "PETER",
        "SOPHIE",
        "JAN WILLEM",
        "ISABEL",
        "OLIVIER",
        "EMMA",
        "THOMAS JAMES",
    ],
}
REGION = {
    "TWN": "tw", "CHN": "cn", "HKG": "cn", "MAC": "cn", "KOR": "kr", "JPN": "jp",
    "MYS": "sea", "THA": "sea", "VNM": "sea", "PHL": "sea", "IDN": "sea", "SGP": "sea",
}  # fmt: skip
TD3_STATES = (
    ("TWN", 40),
    ("CHN", 8),
    ("KOR", 8),
    ("JPN", 8),
    ("MYS", 6),
    ("THA", 5),
    ("VNM", 6),
    ("PHL", 6),
    ("IDN", 5),
    ("SGP", 3),
    ("USA", 5),
    ("CAN", 2),
    ("AUS", 3),
    ("GBR", 3),
    ("D", 2),
    ("FRA", 2),
    ("NLD", 1),
    ("HKG", 3),
    ("MAC", 1),
)
TD1_STATES = (
    ("TWN", 12),
    ("D", 4),
    ("FRA", 4),
    ("NLD", 3),
    ("BEL", 3),
    ("ESP", 3),
    ("CHE", 2),
    ("PRT", 2),
)
TD2_STATES = (("TWN", 3), ("JPN", 3), ("KOR", 2), ("ROU", 1), ("LVA", 1))
VISA_STATES = (("TWN", 10), ("JPN", 3), ("USA", 3), ("CHN", 2), ("KOR", 2), ("GBR", 1), ("AUS", 1))
HOLDERS = ("VNM", "PHL", "IDN", "THA", "IND", "MYS", "USA", "D", "JPN", "KOR", "FRA", "GBR")
ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _pick(rng: np.random.Generator, table: tuple[tuple[str, int], ...]) -> str:
    w = np.array([x[1] for x in table], float)
    return table[int(rng.choice(len(table), p=w / w.sum()))][0]


def _digits(rng: np.random.Generator, n: int) -> str:
    return "".join(str(int(d)) for d in rng.integers(0, 10, n))


def _letters(rng: np.random.Generator, n: int) -> str:
    return "".join(chr(65 + int(d)) for d in rng.integers(0, 26, n))


def _number(rng: np.random.Generator, fmt: str, state: str) -> str:
    if state == "TWN":
        if fmt == "TD1" and rng.random() < 0.5:  # a ten-character UI number: ICAO's
            return _letters(rng, 1) + str(int(rng.integers(8, 10))) + _digits(rng, 8)  # long form
        return _digits(rng, 9) if fmt == "TD3" else _letters(rng, 1) + _digits(rng, 8)
    pattern = {
        "CHN": "E" + _digits(rng, 8), "KOR": "M" + _digits(rng, 8),
        "JPN": _letters(rng, 2) + _digits(rng, 7), "MYS": "A" + _digits(rng, 8),
        "THA": _letters(rng, 2) + _digits(rng, 7), "VNM": "C" + _digits(rng, 7),
        "PHL": "P" + _digits(rng, 7) + _letters(rng, 1), "IDN": _letters(rng, 1) + _digits(rng, 6),
        "SGP": "K" + _digits(rng, 7) + _letters(rng, 1), "USA": _digits(rng, 9),
        "GBR": _digits(rng, 9), "AUS": "P" + _letters(rng, 1) + _digits(rng, 7),
        "HKG": "K" + _digits(rng, 8), "MAC": "MA" + _digits(rng, 7),
        "D": "".join(ALNUM[int(i)] for i in rng.integers(0, len(ALNUM), 9)),
        "FRA": _digits(rng, 2) + _letters(rng, 2) + _digits(rng, 5),
    }  # fmt: skip
    return pattern.get(state, _letters(rng, 2) + _digits(rng, 7))


def _person(rng: np.random.Generator, nat: str) -> tuple[str, str, str]:
    region = REGION.get(nat, "west")
    sur = str(rng.choice(SURNAMES[region])).replace("<", " ")
    given = str(rng.choice(GIVEN[region]))
    r = rng.random()
    if r < 0.12:  # extra given names: compose cuts them when they overflow
        given += " " + str(rng.choice(GIVEN["west"])) + " " + str(rng.choice(GIVEN[region]))
    elif r < 0.16:
        given = ""  # a single name
    return sur, given, str(rng.choice(["M", "F"]))


def _fields(rng: np.random.Generator, fmt: str, today: dt.date) -> dict[str, object]:
    if fmt == "TD3":
        state = _pick(rng, TD3_STATES)
        nat, code = state, "P<"
    elif fmt == "TD1":
        state = _pick(rng, TD1_STATES)
        # A Taiwan resident certificate's holder is a foreigner (an assumption: code "AR")
        nat, code = (str(rng.choice(HOLDERS)), "AR") if state == "TWN" else (state, "ID")
        code = "I<" if state in ("NLD", "CHE") else code
    elif fmt == "TD2":
        state = _pick(rng, TD2_STATES)
        nat, code = state, ("AC" if state in ("TWN", "JPN", "KOR") else "I<")
    else:
        state = _pick(rng, VISA_STATES)
        nat = str(rng.choice([h for h in HOLDERS if h != state]))
        code = "V<"
    sur, given, sex = _person(rng, nat)
    birth = today - dt.timedelta(days=int(rng.integers(18 * 365, 75 * 365)))
    years = 10 if fmt == "TD3" else (5 if fmt in ("TD1", "TD2") else 1)
    expiry = today + dt.timedelta(days=int(rng.integers(20, years * 365)))
    number = _number(rng, fmt, state)
    opt, opt2 = "", ""
    if fmt == "TD3" and state == "TWN":
        opt = _letters(rng, 1) + str(int(rng.integers(1, 3))) + _digits(rng, 8)  # national ID
    elif fmt == "TD1" and state in ("ESP", "BEL"):
        opt = _digits(rng, 8) + _letters(rng, 1)
    return dict(
        document_code=code,
        issuing_state=state,
        surname=sur,
        given_names=given,
        document_number=number,
        nationality=nat,
        birth_date=birth,
        sex=sex,
        expiry_date=expiry,
        optional_data=opt,
        optional_data_2=opt2,
    )


def _misprint(
    rng: np.random.Generator, fmt: str, lines: tuple[str, ...], kind: str, today: dt.date
) -> tuple[tuple[str, ...], str]:
    lay = layout.layout(fmt)
    cells: list[tuple[int, int, str]] = []
    if kind == "letters":
        lookalike = {"O": "0", "D": "0", "Q": "0", "I": "1", "S": "5", "B": "8", "Z": "2", "G": "6"}
        for name in ("names", "nationality"):
            f = lay.field(name)
            for k in range(f.start, f.stop):
                ch = lines[f.line][k]
                if ch in lookalike:
                    cells.append((f.line, k, lookalike[ch]))
    if not cells:
        kind = "check digit"
        for c in lay.checks:
            ch = lines[c.line][c.pos]
            if ch.isdigit():
                alt = [d for d in "0123456789" if d != ch]
                cells.append((c.line, c.pos, alt[int(rng.integers(len(alt)))]))
    for j in rng.permutation(len(cells)):
        i, k, new = cells[int(j)]
        printed = tuple(ln[:k] + new + ln[k + 1 :] if n == i else ln for n, ln in enumerate(lines))
        if not parse(printed, today=today).valid:
            what = "check digit" if kind == "check digit" else "a digit among letters"
            return printed, f"invalid as printed: {what} at line {i + 1} cell {k + 1}"
    raise AssertionError("no misprint makes it invalid")  # never: a wrong check fails


@dataclasses.dataclass(frozen=True)
class FacePlan:
    kind: str  # ocrb, hybrid, other
    other: str = ""  # the new face, if any
    glyphs: str = ""  # hybrid: these characters from `other`
    line: int = -1  # hybrid: this line wholly from `other`

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
    fmt: str  # a layout format or "none"
    capture: str
    blank: str  # "visa page" / "card front" when no_mrz
    fields: tuple[tuple[str, object], ...]
    composed: tuple[str, ...]
    printed: tuple[str, ...]
    valid: bool
    misprint: str
    face: FacePlan
    process: str

    @property
    def no_mrz(self) -> bool:
        return self.fmt == "none"


def _deal(block: int, salt: int, quota: dict[str, int], n: int) -> list[str]:
    items = [k for k, v in quota.items() for _ in range(v)]
    assert len(items) == n, (quota, n)
    rng = np.random.default_rng([SEED, block, salt])
    return [items[int(i)] for i in rng.permutation(n)]


@functools.lru_cache(maxsize=64)
def _block(block: int) -> dict[str, list[str]]:
    fmts = _deal(block, 1, FORMAT_QUOTA, 200)
    caps = _deal(block, 2, CAPTURE_QUOTA, 200)
    faces = _deal(block, 3, FACE_QUOTA, 192)
    inval = _deal(block, 4, {"cd": CHECK_DIGIT_MISPRINTS, "letters": 7, "ok": 172}, 192)
    hyb = _deal(block, 5, HYBRID_QUOTA, 14)
    blanks = _deal(block, 6, BLANK_QUOTA, 8)
    new = _deal(block, 7, {f: 10 if i < 2 else 8 for i, f in enumerate(NEW_FACES)}, 28)
    out: dict[str, list[str]] = {
        k: [] for k in ("fmt", "cap", "face", "inv", "hyb", "blank", "new")
    }
    mi = hi = bi = ni = 0
    for slot in range(200):
        out["fmt"].append(fmts[slot])
        out["cap"].append(caps[slot])
        if fmts[slot] == "none":
            for k in ("face", "inv", "hyb", "new"):
                out[k].append("")
            out["blank"].append(blanks[bi])
            bi += 1
            continue
        out["blank"].append("")
        out["face"].append(faces[mi])
        out["inv"].append(inval[mi])
        if faces[mi] == "hybrid":
            out["hyb"].append(hyb[hi])
            hi += 1
        else:
            out["hyb"].append("")
        if faces[mi] != "ocrb":
            out["new"].append(new[ni])
            ni += 1
        else:
            out["new"].append("")
        mi += 1
    return out


def plan(seed: int, today: dt.date) -> Plan:
    """The draws of one seed before anything is rendered."""
    block, slot = divmod(seed - SEED, 200)
    deal = _block(block)
    fmt, capture = deal["fmt"][slot], deal["cap"][slot]
    if block < 0:
        raise ValueError(f"seeds start at {SEED}")
    rng = np.random.default_rng([seed, 19])
    if fmt == "none":
        blank = deal["blank"][slot]
        return Plan(seed, fmt, capture, blank, (), (), (), False, "", FacePlan("ocrb"), "")
    fields = _fields(rng, fmt, today)
    composed = compose(fmt, **fields)  # type: ignore[arg-type]
    printed, misprint = composed, ""
    inv = deal["inv"][slot]
    if inv != "ok":
        printed, misprint = _misprint(
            rng, fmt, composed, "letters" if inv == "letters" else "check digit", today
        )
    kind = deal["face"][slot]
    other = deal["new"][slot]
    if kind == "hybrid":
        if deal["hyb"][slot] == "glyphs":
            present = [c for c in LOOKALIKES if any(c in x for x in printed)]
            n = min(len(present), int(rng.integers(3, 7)))
            chosen = "".join(sorted(str(c) for c in rng.choice(present, n, replace=False)))
            face = FacePlan("hybrid", other, glyphs=chosen)
        else:
            face = FacePlan("hybrid", other, line=int(rng.integers(len(printed))))
    elif kind == "other":
        face = FacePlan("other", other)
    else:
        face = FacePlan("ocrb")
    shares = PROCESS_SHARES[fmt]
    process = str(
        rng.choice(list(shares), p=np.array(list(shares.values())) / sum(shares.values()))
    )
    fl = tuple(sorted(fields.items()))
    return Plan(seed, fmt, capture, "", fl, composed, printed, inv == "ok", misprint, face, process)


# -- the page -----------------------------------------------------------------------------

DOC_MM = {"TD3": (125.0, 88.0), "TD1": (85.6, 54.0), "TD2": (105.0, 74.0)}
FOIL_MM = {"MRV-A": (120.0, 80.0), "MRV-B": (105.0, 74.0)}


@dataclasses.dataclass
class Zone:
    x0: float  # mm, left edge of the first cell
    pitch: float
    cap: float
    baselines: tuple[float, ...]
    drift: str = ""


@dataclasses.dataclass
class Page:
    res: float  # px per mm
    dye: np.ndarray  # HxWx3 reflectance of dye inks and paper (gone in infrared)
    carbon: np.ndarray  # HxW coverage of carbon print (stays in infrared)
    mrz: np.ndarray  # HxW coverage of the MRZ's ink
    ink: np.ndarray  # RGB reflectance of the MRZ's ink
    relief: np.ndarray | None  # engraving's shading (multiplicative - 1)
    quad: np.ndarray  # the zone's corners in page px (empty: no MRZ)
    caps: np.ndarray  # (top, baseline) points of end cells in page px
    doc_box: tuple[float, float, float, float]  # the document on the canvas, px
    spine: str  # "top", "bottom" or "" (no booklet)
    notes: list[str]


def _text_mask(
    shape: tuple[int, int], items: list[tuple[float, float, str, float]], res: float
) -> np.ndarray:
    """Coverage of DejaVu text: items are (x mm, y mm top, text, height mm)."""
    im = Image.new("L", (shape[1], shape[0]), 0)
    d = ImageDraw.Draw(im)
    for x, y, s, h in items:
        size = max(4, round(h * res / cap_em("dejavu") * 0.72))
        d.text((x * res, y * res), s, font=font("dejavu", size), fill=255)
    return np.asarray(im, np.float32) / 255


def _security_print(rng: np.random.Generator, h: int, w: int, res: float, hue: float) -> np.ndarray:
    """Paper with a two-colour rainbow tint, guilloche waves and microprint lines (dye)."""
    x = np.linspace(0, 1, w, dtype=np.float32)[None, :]
    y = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    base = np.array([0.93, 0.92, 0.88], np.float32) + rng.uniform(-0.02, 0.02, 3).astype(np.float32)
    c1 = np.array([0.5 + 0.5 * math.cos(2 * math.pi * (hue + k / 3)) for k in range(3)], np.float32)
    c2 = np.array(
        [0.5 + 0.5 * math.cos(2 * math.pi * (hue + 0.4 + k / 3)) for k in range(3)], np.float32
    )
    t = (0.5 + 0.5 * np.sin(2 * math.pi * (x * rng.uniform(0.6, 1.4) + y * 0.3)))[..., None]
    tint = 1 - 0.10 * (t * (1 - c1) + (1 - t) * (1 - c2))
    page = (base * tint).astype(np.float32)
    im = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(im)
    width = max(1, round(0.08 * res))
    xs = np.arange(0, w, max(1.0, res / 2))
    for _ in range(int(rng.integers(14, 26))):  # guilloche: beating sinusoids across the page
        y0 = rng.uniform(0, h)
        a1, a2 = rng.uniform(2, 10) * res, rng.uniform(1, 4) * res
        f1, f2 = rng.uniform(0.01, 0.04) / res * 10, rng.uniform(0.05, 0.12) / res * 10
        ph = rng.uniform(0, 6.3)
        ys = y0 + a1 * np.sin(f1 * xs + ph) + a2 * np.sin(f2 * xs + 2 * ph)
        d.line(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=255, width=width)
    g = np.asarray(im, np.float32)[..., None] / 255
    ink = np.array(
        [0.5 + 0.4 * math.cos(2 * math.pi * (hue + 0.2 + k / 3)) for k in range(3)], np.float32
    )
    page *= 1 - g * (1 - ink) * rng.uniform(0.25, 0.45)
    # microprint lines (0.3 mm text), a grey line at low resolution
    micro = _text_mask(
        (h, w),
        [(1, yy, "REPUBLICOFCHINATAIWAN" * 12, 0.3) for yy in rng.uniform(5, h / res - 5, 3)],
        res,
    )
    page *= 1 - micro[..., None] * 0.35
    return page


def _portrait(carbon: np.ndarray, res: float, x: float, y: float, w: float, h: float) -> None:
    """A stylised portrait (carbon: printed or engraved, stays in infrared)."""
    h_px, w_px = round(h * res), round(w * res)
    yy, xx = np.mgrid[0:h_px, 0:w_px].astype(np.float32)
    cx, cy = w_px / 2, h_px * 0.4
    head = ((xx - cx) / (w_px * 0.28)) ** 2 + ((yy - cy) / (h_px * 0.25)) ** 2 < 1
    body = ((xx - cx) / (w_px * 0.5)) ** 2 + ((yy - h_px) / (h_px * 0.35)) ** 2 < 1
    img = 0.15 + 0.35 * head + 0.45 * body + 0.05 * np.sin(xx / 3)
    img = cv2.GaussianBlur(np.clip(img, 0, 1).astype(np.float32), (0, 0), max(0.5, res * 0.3))
    y0, x0 = round(y * res), round(x * res)
    region = carbon[y0 : y0 + h_px, x0 : x0 + w_px]
    region[:] = np.maximum(region, img[: region.shape[0], : region.shape[1]] * 0.8)


def _zone(rng: np.random.Generator, fmt: str, w: float, h: float) -> Zone:
    lines, width = layout.layout(fmt).lines, layout.layout(fmt).width
    pitch = 2.54 * rng.uniform(0.975, 1.025)
    cap = rng.uniform(2.30, 2.55)
    card = fmt in ("TD1", "TD2")
    gap = rng.uniform(3.5, 4.1) if card and fmt == "TD1" else rng.uniform(4.1, 4.6)
    last = h - (rng.uniform(3.0, 4.0) if fmt == "TD1" else rng.uniform(3.8, 5.5))
    baselines = tuple(last - gap * (lines - 1 - i) for i in range(lines))
    x0 = (w - width * pitch) / 2 + rng.uniform(-0.8, 0.8)
    return Zone(x0, pitch, cap, baselines)


def _print(
    rng: np.random.Generator,
    process: str,
    lines: tuple[str, ...],
    face: FacePlan,
    zone: Zone,
    box: tuple[float, float, float, float],
    res: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, list[str]]:
    """The MRZ as `process` puts OCR-B (or another face) on the page: coverage over `box`
    (mm, x0 y0 x1 y1) at `res` px/mm, the ink's RGB reflectance, an engraving's relief."""
    notes: list[str] = []
    dpi = {"laser300": 300.0, "laser600": 600.0, "engraved": 1000.0}.get(process, 0.0)
    if process == "thermal":
        dpi = float(rng.choice([203.0, 300.0]))
    elif process == "inkjet-dots":
        dpi = float(rng.choice([150.0, 180.0, 200.0]))
    grid = dpi / 25.4
    k = 3 if process != "engraved" else 1
    if process == "engraved":
        grid = min(grid, max(24.0, res * 2))
    sup = grid * k
    bw, bh = round((box[2] - box[0]) * sup), round((box[3] - box[1]) * sup)
    cov = np.zeros((bh, bw), np.float32)
    cap_px, pitch_px = max(4, round(zone.cap * sup)), max(4, round(zone.pitch * sup))
    width = len(lines[0])
    drifts = []
    for i, line in enumerate(lines):
        wave = rng.uniform(0.0, 0.16)
        slope = rng.uniform(-0.22, 0.22)
        period = rng.uniform(40, 140)
        ph = rng.uniform(0, 6.3)
        bases = []
        for c, ch in enumerate(line):
            xc = zone.x0 + c * zone.pitch + rng.normal(0, 0.03)
            yb = (zone.baselines[i] + wave * math.sin(2 * math.pi * (c * zone.pitch) / period + ph)
                  + slope * c / width + rng.normal(0, 0.025))  # fmt: skip
            bases.append(yb)
            g = glyph(face.face(i, ch), ch, cap_px, pitch_px)
            gx = round((xc - box[0]) * sup)
            gy = round((yb - box[1]) * sup - 1.5 * cap_px)
            ya, xa = max(0, gy), max(0, gx)
            yb2, xb2 = min(bh, gy + g.shape[0]), min(bw, gx + g.shape[1])
            if yb2 > ya and xb2 > xa:
                np.maximum(cov[ya:yb2, xa:xb2], g[ya - gy : yb2 - gy, xa - gx : xb2 - gx],
                           out=cov[ya:yb2, xa:xb2])  # fmt: skip
        drifts.append(max(bases) - min(bases))
    zone.drift = f"{min(drifts):.2f}-{max(drifts):.2f} mm"
    # onto the printer's grid
    if k > 1:
        cov = cv2.resize(cov, (max(1, bw // k), max(1, bh // k)), interpolation=cv2.INTER_AREA)
    thr = rng.uniform(0.32, 0.62)  # the stroke weight: a lower threshold prints bolder
    notes.append(f"print {process} {dpi:.0f} dpi" if process != "engraved" else "print engraved")
    notes.append(f"stroke threshold {thr:.2f}")
    out_shape = (round((box[2] - box[0]) * res), round((box[3] - box[1]) * res))
    relief = None
    if process == "engraved":
        cov = np.clip((cov - thr * 0.8) / 0.35, 0, 1) ** 1.3  # thinner, soft-walled
        cov = cv2.resize(cov, out_shape, interpolation=cv2.INTER_AREA)
        gy, gx = np.gradient(cv2.GaussianBlur(cov, (0, 0), max(0.4, res * 0.04)))
        relief = np.clip((gx + gy) * -1.2 * rng.uniform(0.6, 1.0), -0.35, 0.35).astype(np.float32)
        grey = rng.uniform(0.38, 0.55)
        ink = np.array([grey * 1.03, grey, grey * 0.95], np.float32)
        notes.append(f"engraved grey {grey:.2f}, raised")
        return cov.astype(np.float32), ink, relief, notes
    binary = (cov > thr).astype(np.float32)
    gh, gw = binary.shape
    if process == "laser300":
        noise = cv2.GaussianBlur(rng.random((gh, gw)).astype(np.float32), (0, 0), 1.2)
        holes = noise > np.quantile(noise, 1 - rng.uniform(0.02, 0.06))
        binary[holes] = 0
        near = cv2.dilate(binary, np.ones((5, 5), np.uint8)) > 0
        stray = near & (rng.random((gh, gw)) < rng.uniform(0.002, 0.008))
        binary[stray] = 1
        notes.append("toner dropout and stray toner")
    elif process == "thermal":
        band = 1 - rng.uniform(0.05, 0.2) * (0.5 + 0.5 * np.sin(np.arange(gh) / rng.uniform(3, 9)))
        binary *= band[:, None].astype(np.float32)
        if rng.random() < 0.3:
            line = int(rng.integers(len(lines)))
            row = round((zone.baselines[line] - zone.cap * rng.uniform(0.25, 0.75) - box[1]) * grid)
            binary[max(0, row) : row + 1] *= 0.25
            notes.append(f"dead thermal element through line {line + 1}")
        notes.append("thermal banding")
    if process == "inkjet-dots":
        up = cv2.resize(binary, out_shape, interpolation=cv2.INTER_NEAREST)
        step = res / grid
        dots = cv2.GaussianBlur(up, (0, 0), max(0.3, step * rng.uniform(0.35, 0.5)))
        out = np.clip((dots - 0.25) / 0.3, 0, 1)
        sat = (rng.random(out.shape) < 0.0015) & (cv2.dilate(out, np.ones((5, 5), np.uint8)) > 0.5)
        out[sat] = 1
        out = cv2.GaussianBlur(out, (0, 0), max(0.3, res * 0.03))  # ink spread in paper
        ink = np.array([0.12, 0.12, 0.17], np.float32)
        notes.append("dot-grid inkjet, satellites, ink spread")
    else:
        interp = cv2.INTER_AREA if res < grid else cv2.INTER_LINEAR
        out = cv2.resize(binary, out_shape, interpolation=interp)
        if res >= grid:  # stair steps of the printer's grid stay visible
            out = np.clip((out - 0.5) * 3 + 0.5, 0, 1)
        out = cv2.GaussianBlur(
            out, (0, 0), max(0.3, res * (0.02 if process == "laser600" else 0.03))
        )
        ink = np.full(3, rng.uniform(0.05, 0.11), np.float32)
    return out.astype(np.float32), ink, relief, notes


def _page(rng: np.random.Generator, p: Plan, res: float, facing: bool = False) -> Page:
    """The document (and, for booklets, optionally the facing page) at `res` px/mm."""
    fmt = p.fmt
    card = fmt in ("TD1", "TD2") or p.blank == "card front"
    visa = fmt in FOIL_MM or p.blank == "visa page"
    w, h = DOC_MM["TD1"] if p.blank == "card front" else DOC_MM.get(fmt, DOC_MM["TD3"])
    booklet = not card
    spine = ""
    if booklet:
        spine = "top" if not visa or rng.random() < 0.5 else "bottom"
    ph, pw = round(h * res), round(w * res)
    notes: list[str] = []
    dye = _security_print(rng, ph, pw, res, rng.uniform(0, 1))
    carbon = np.zeros((ph, pw), np.float32)
    mrz = np.zeros((ph, pw), np.float32)
    relief_full = None
    ink = np.zeros(3, np.float32)
    quad = np.zeros((0, 2))
    caps = np.zeros((0, 2, 2))
    heads = ((40, 8, "SURNAME"), (40, 18, "GIVEN NAMES"), (40, 28, "DATE OF BIRTH"))
    heads += ((85, 28, "SEX"), (40, 38, "DATE OF EXPIRY"))
    labels = [(x, y, s, 1.4) for x, y, s in heads]
    data = [
        (40, 11, "SAMPLE", 2.4),
        (40, 21, "DATA", 2.4),
        (40, 31, "01 JAN 1980", 2.2),
        (40, 41, "01 JAN 2030", 2.2),
    ]
    if p.fields:
        f = dict(p.fields)
        birth, expiry = f["birth_date"], f["expiry_date"]
        assert isinstance(birth, dt.date) and isinstance(expiry, dt.date)
        data = [
            (40, 11, str(f["surname"])[:20], 2.4),
            (40, 21, str(f["given_names"])[:24] or "-", 2.4),
            (40, 31, birth.strftime("%d %b %Y").upper(), 2.2),
            (86, 31, str(f["sex"]), 2.2),
            (40, 41, expiry.strftime("%d %b %Y").upper(), 2.2),
        ]
    scale = w / 125
    if visa and p.blank == "visa page":
        # entry stamps in dye inks, kept out of the bottom 16 mm
        for _ in range(int(rng.integers(2, 5))):
            cx, cy, r = rng.uniform(15, w - 15), rng.uniform(12, h - 30), rng.uniform(9, 14)
            im = Image.new("L", (pw, ph), 0)
            d = ImageDraw.Draw(im)
            d.ellipse([(cx - r) * res, (cy - r) * res, (cx + r) * res, (cy + r) * res], outline=255,
                      width=max(1, round(0.4 * res)))  # fmt: skip
            d.text(((cx - r * 0.7) * res, (cy - 1.5) * res), "ARRIVAL 2026", fill=255,
                   font=font("dejavu", max(4, round(2.2 * res))))  # fmt: skip
            col = np.array(
                rng.choice([[0.7, 0.3, 0.9], [0.3, 0.4, 0.9], [0.9, 0.35, 0.4]]), np.float32
            )
            m = np.asarray(im, np.float32)[..., None] / 255 * rng.uniform(0.5, 0.85)
            dye *= 1 - m * col
        notes.append("visa page with entry stamps, no MRZ")
    elif visa:
        fw, fh = FOIL_MM[fmt]
        fx, fy = (w - fw) / 2, h - fh - rng.uniform(2, 5)
        x0, y0, x1, y1 = (
            round(fx * res),
            round(fy * res),
            round((fx + fw) * res),
            round((fy + fh) * res),
        )
        foil = _security_print(rng, y1 - y0, x1 - x0, res, rng.uniform(0, 1))
        opacity = rng.uniform(0.75, 0.9)  # the booklet page's print shows through the foil
        dye[y0:y1, x0:x1] = dye[y0:y1, x0:x1] * (1 - opacity) + foil * opacity
        notes.append(f"visa foil {fmt} on a booklet page, opacity {opacity:.2f}")
        origin = (fx, fy)
        zw, zh = fw, fh
        _portrait(carbon, res, fx + 4, fy + 8, 28, 36)
        labels = [(fx + x - 4, fy + y, s, hh) for x, y, s, hh in labels]
        data = [(fx + x - 4, fy + y, s, hh) for x, y, s, hh in data]
    if not visa:
        origin, zw, zh = (0.0, 0.0), w, h
        _portrait(carbon, res, 4 * scale, 8 * scale, 30 * scale, 40 * scale)
        labels = [(x * scale, y * scale, s, hh * max(scale, 0.8)) for x, y, s, hh in labels]
        data = [(x * scale, y * scale, s, hh * max(scale, 0.8)) for x, y, s, hh in data]
    if p.blank != "visa page":
        lab = _text_mask((ph, pw), labels, res)
        col = np.array([0.35, 0.35, 0.75], np.float32)
        dye *= 1 - lab[..., None] * (1 - col) * 0.8
        carbon = np.maximum(carbon, _text_mask((ph, pw), data, res))
    if not p.no_mrz:
        zone = _zone(rng, fmt, zw, zh)
        zone = dataclasses.replace(
            zone, x0=zone.x0 + origin[0], baselines=tuple(b + origin[1] for b in zone.baselines)
        )
        n = len(p.printed[0])
        box = (zone.x0 - 1.5, zone.baselines[0] - zone.cap - 1.5, zone.x0 + n * zone.pitch + 1.5,
               zone.baselines[-1] + 1.5)  # fmt: skip
        cov, ink, relief, pn = _print(rng, p.process, p.printed, p.face, zone, box, res)
        bx, by = round(box[0] * res), round(box[1] * res)
        hh, ww = cov.shape
        mrz[by : by + hh, bx : bx + ww] = cov[: ph - by, : pw - bx]
        if relief is not None:
            relief_full = np.zeros((ph, pw), np.float32)
            relief_full[by : by + hh, bx : bx + ww] = relief[: ph - by, : pw - bx]
        x_end = zone.x0 + n * zone.pitch
        top, bottom = zone.baselines[0] - zone.cap, zone.baselines[-1]
        quad = np.array([[zone.x0, top], [x_end, top], [x_end, bottom], [zone.x0, bottom]]) * res
        ends = []
        for b in (zone.baselines[0], zone.baselines[-1]):
            for xc in (zone.x0 + 0.5 * zone.pitch, x_end - 0.5 * zone.pitch):
                ends.append([[xc, b - zone.cap], [xc, b]])
        caps = np.array(ends) * res
        notes += [f"pitch {zone.pitch:.3f} mm", f"capitals {zone.cap:.2f} mm"]
        notes += [f"drift {zone.drift}", *pn]
    doc_box = (0.0, 0.0, float(pw), float(ph))
    if card:
        notes.append("card")
    if facing and booklet:
        fpage = _security_print(rng, ph, pw, res, rng.uniform(0, 1))
        if spine == "top":
            dye = np.concatenate([fpage, dye])
            pad = np.zeros((ph, pw), np.float32)
            carbon, mrz = np.concatenate([pad, carbon]), np.concatenate([pad, mrz])
            if relief_full is not None:
                relief_full = np.concatenate([pad, relief_full])
            quad = quad + np.array([0.0, ph])
            caps = caps + np.array([0.0, ph])
            doc_box = (0.0, float(ph), float(pw), float(2 * ph))
        else:
            dye = np.concatenate([dye, fpage])
            pad = np.zeros((ph, pw), np.float32)
            carbon, mrz = np.concatenate([carbon, pad]), np.concatenate([mrz, pad])
            if relief_full is not None:
                relief_full = np.concatenate([relief_full, pad])
        notes.append(f"open booklet, spine at the page's {spine}")
    return Page(
        res, dye, carbon, mrz, ink, relief_full, quad, caps, doc_box, spine if facing else "", notes
    )


def _reflectance(page: Page, ir: bool, rng: np.random.Generator) -> np.ndarray:
    """RGB reflectance of the page in white light, or (grey) under the reader's infrared."""
    if ir:
        h, w = page.carbon.shape
        tex = cv2.GaussianBlur(rng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 2.0) * 0.03
        base = rng.uniform(0.82, 0.92) + tex
        refl = base * (1 - page.carbon * 0.7) * (1 - page.mrz * (1 - float(page.ink.mean()) * 0.9))
        if page.relief is not None:
            refl = refl * (1 + page.relief * 0.5)
        return np.repeat(np.clip(refl, 0, 1)[..., None], 3, -1)
    refl = page.dye * (1 - page.carbon[..., None] * 0.88)
    refl = refl * (1 - page.mrz[..., None] * (1 - page.ink))
    if page.relief is not None:
        refl = refl * (1 + page.relief[..., None])
    return np.clip(refl, 0, 1).astype(np.float32)


# -- the capture --------------------------------------------------------------------------


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


def _hologram(rng: np.random.Generator, h: int, w: int, strength: float) -> np.ndarray:
    """A holographic laminate: rainbow stripes and emblem rings, a few per cent."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ang = rng.uniform(0, math.pi)
    u = (xx * math.cos(ang) + yy * math.sin(ang)) / max(h, w) * rng.uniform(6, 14)
    cx, cy, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.05, 0.12) * max(h, w)
    ring = np.sin(np.hypot(xx - cx, yy - cy) / r * 6.3)
    out = np.stack([np.sin(u * 6.3 + k * 2.1) for k in range(3)], -1) * 0.6 + ring[..., None] * 0.4
    return (out * strength).astype(np.float32)


def _light(
    rng: np.random.Generator, h: int, w: int, uneven: float, glare: float
) -> tuple[np.ndarray, np.ndarray]:
    """Multiplicative uneven light and an additive glare band (towards white)."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    gx, gy = rng.uniform(-1, 1, 2)
    gain = 1 - uneven * (0.5 + 0.5 * (gx * (xx / w - 0.5) + gy * (yy / h - 0.5)))
    add = np.zeros((h, w), np.float32)
    if glare > 0:
        ang = rng.uniform(0, math.pi)
        d = (xx - rng.uniform(0.2, 0.8) * w) * math.cos(ang) + (
            yy - rng.uniform(0.2, 0.8) * h
        ) * math.sin(ang)
        width = rng.uniform(0.04, 0.12) * max(h, w)
        add = glare * np.exp(-((d / width) ** 2))
    return gain.astype(np.float32), add.astype(np.float32)


def _curl(rgb: np.ndarray, page: Page, rng: np.random.Generator, lift_mm: float) -> np.ndarray:
    """An open booklet lifting near its spine: rows shift towards the spine and darken."""
    h, w = rgb.shape[:2]
    res = page.res
    fall = rng.uniform(5, 9) * res
    y0, y1 = page.doc_box[1], page.doc_box[3]
    spine_y = y0 if page.spine == "top" else y1
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    dist = np.abs(yy - spine_y)
    prof = np.exp(-dist / fall) * (0.6 + 0.4 * np.sin(math.pi * xx / w))
    shift = lift_mm * res * prof * (1 if page.spine == "top" else -1)
    mapped = cv2.remap(
        rgb, xx, (yy + shift).astype(np.float32), cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    return mapped * (1 - 0.35 * prof[..., None] * min(1.0, lift_mm))


def _homography(corners: np.ndarray, targets: np.ndarray) -> np.ndarray:
    return cv2.getPerspectiveTransform(corners.astype(np.float32), targets.astype(np.float32))


def _apply(hm: np.ndarray, pts: np.ndarray) -> np.ndarray:
    p = np.asarray(pts, np.float64).reshape(-1, 2)
    q = np.c_[p, np.ones(len(p))] @ hm.T
    return (q[:, :2] / q[:, 2:]).reshape(np.shape(pts))


def _camera(
    rng: np.random.Generator, w: float, h: float, tilt: float, turn: float, unit: float = 1.0
) -> np.ndarray:
    """Where a pinhole 300 mm away sees a w x h plane's corners (`unit` px a mm), seen
    `tilt` degrees off the normal and turned `turn` degrees in the picture."""
    c = np.array([[0, 0], [w, 0], [w, h], [0, h]], float) - [w / 2, h / 2]
    a = math.radians(tilt)
    axis = rng.uniform(0, math.pi)
    ax, ay = math.cos(axis), math.sin(axis)
    pts3 = np.c_[c, np.zeros(4)]
    k = np.array([ax, ay, 0.0])  # Rodrigues' rotation about an in-plane axis
    kx = np.array([[0, -k[2], k[1]], [k[2], 0, -k[0]], [-k[1], k[0], 0]])
    rot = np.eye(3) + math.sin(a) * kx + (1 - math.cos(a)) * kx @ kx
    z0 = 300.0 * unit
    p = pts3 @ rot.T + [0, 0, z0]
    proj = p[:, :2] / p[:, 2:] * z0
    t = math.radians(turn)
    r2 = np.array([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])
    return proj @ r2.T


def _fit(quad: np.ndarray, frame: tuple[int, int], margin: float) -> np.ndarray:
    """Shift points so their box sits in a frame of (w, h) with the margin (px)."""
    lo = quad.min(0)
    return quad - lo + margin


def _finish(img: np.ndarray, quality: int) -> tuple[np.ndarray, bytes]:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    assert ok
    data = buf.tobytes()
    return cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR), data


def _to_u8(rgb: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(np.clip(rgb * 255 + 0.5, 0, 255).astype(np.uint8), cv2.COLOR_RGB2BGR)


def _render(
    p: Plan, rng: np.random.Generator
) -> tuple[np.ndarray, bytes, float, np.ndarray, list[str]]:
    cap_mm = 2.42  # for aiming: each zone draws its own capitals' height later
    notes = [f"capture {p.capture}"]
    cap = p.capture
    booklet = p.fmt in ("TD3", "MRV-A", "MRV-B") or p.blank == "visa page"
    if cap == "scan":
        dpi = float(rng.choice([150, 200, 240, 300]))
        out_res = dpi / 25.4
        notes.append(f"{dpi:.0f} dpi")
    elif cap == "thumbnail":
        out_res = rng.uniform(20, 32) / cap_mm
    elif cap == "monitor":
        out_res = 0.0
    else:
        lo, hi = CAP_PX[cap]
        out_res = rng.uniform(lo + 0.5, hi - 0.5) / cap_mm
    # one phone picture in five is of a monitor showing a flat scan of the page
    monitor = cap == "phone" and rng.random() < 0.2
    facing = booklet and cap in ("scan", "phone") and not monitor and rng.random() < 0.5
    page_res = float(min(18.0, max(8.0, out_res * 1.5)))
    page = _page(rng, p, page_res, facing=facing)
    notes += page.notes
    ir = cap in ("reader", "thumbnail") and rng.random() < 0.22
    refl = _reflectance(page, ir, rng)
    notes.append("infrared" if ir else "white light")
    h, w = refl.shape[:2]
    if page.spine and cap in ("scan", "phone"):
        lift = rng.uniform(0.4, 1.0) if cap == "scan" else rng.uniform(0.3, 1.2)
        refl = _curl(refl, page, rng, lift)
        notes.append(f"booklet lifting {lift:.1f} mm near the spine")
    holo_p = {"reader": 0.0 if ir else 0.7, "phone": 0.5, "scan": 0.25, "webcam": 0.25}.get(
        cap, 0.0
    )
    holo = not monitor and rng.random() < holo_p
    if holo and not ir and p.blank != "visa page":
        s = rng.uniform(0.02, 0.06)
        x0, y0, x1, y1 = (round(v) for v in page.doc_box)
        refl[y0:y1, x0:x1] *= 1 + _hologram(rng, y1 - y0, x1 - x0, s)
        notes.append(f"holographic laminate {s:.2f}")
    uneven = {"reader": 0.12, "scan": 0.04, "phone": 0.35, "webcam": 0.25, "thumbnail": 0.12}[cap]
    glare_p = {"reader": 0.45, "scan": 0.0, "phone": 0.5, "webcam": 0.2, "thumbnail": 0.4}[cap]
    glare = rng.uniform(0.15, 0.42) if (not ir and not monitor and rng.random() < glare_p) else 0.0
    gain, add = _light(rng, h, w, rng.uniform(0, uneven), glare)
    refl = refl * gain[..., None]
    refl = refl + (1 - refl) * add[..., None]
    if glare:
        notes.append(f"laminate glare {glare:.2f}")
    # the whole canvas (page px) -> output px
    scale = out_res / page_res
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], float)
    if cap in ("reader", "thumbnail"):
        tgt = _camera(rng, w * scale, h * scale, 0.0, rng.uniform(-1.5, 1.5))
        bg, margin = (30, 30, 34), rng.uniform(4, 20)
    elif cap == "scan":
        tgt = _camera(rng, w * scale, h * scale, 0.0, rng.uniform(-3, 3))
        bg, margin = (245, 245, 242), rng.uniform(8, 40)
    elif monitor:  # the scan on screen is flat; the photo of the monitor tilts it
        tgt = _camera(rng, w * scale, h * scale, 0.0, 0.0)
        bg, margin = (20, 20, 22), 4.0
    elif cap == "phone":
        tilt, turn = rng.uniform(0, 25), rng.uniform(-25, 25)
        tgt = _camera(rng, w * scale, h * scale, tilt, turn, out_res)
        bg, margin = tuple(int(v) for v in rng.integers(20, 90, 3)), rng.uniform(10, 60)
        notes.append(f"tilted {tilt:.0f} turned {turn:.0f} degrees")
    else:  # webcam
        tilt, turn = rng.uniform(0, 10), rng.uniform(-8, 8)
        tgt = _camera(rng, w * scale, h * scale, tilt, turn, out_res)
        bg, margin = (60, 55, 50), 0.0
        notes.append(f"tilted {tilt:.0f} turned {turn:.0f} degrees")
    hm = _homography(corners, _fit(tgt, (0, 0), margin))
    if cap == "webcam":
        fw, fh = WEBCAM_MODES[int(rng.integers(len(WEBCAM_MODES)))]
        zq = _apply(hm, page.quad)
        centre = zq.mean(0)
        shift = np.array([fw / 2, fh / 2]) - centre + rng.uniform(-0.15, 0.15, 2) * [fw, fh]
        span = zq.max(0) - zq.min(0)
        if span[0] > fw - 8 or span[1] > fh - 8:  # the camera steps back
            f = min((fw - 20) / span[0], (fh - 20) / span[1])
            hm = np.diag([f, f, 1.0]) @ hm
            zq = _apply(hm, page.quad)
            shift = np.array([fw / 2, fh / 2]) - zq.mean(0)
        zq = _apply(hm, page.quad) + shift
        shift += np.maximum(0, 6 - zq.min(0)) - np.maximum(0, zq.max(0) - [fw - 7, fh - 7])
        hm = np.array([[1, 0, shift[0]], [0, 1, shift[1]], [0, 0, 1]]) @ hm
        size = (fw, fh)
        notes.append(f"frame {fw}x{fh}")
    else:
        out = _apply(hm, corners)
        size = (math.ceil(out[:, 0].max() + margin), math.ceil(out[:, 1].max() + margin))
    src = _to_u8(refl)
    if scale < 0.7:  # pre-shrink so the warp does not alias
        f = scale / 0.8
        src = cv2.resize(
            src, (max(1, round(w * f)), max(1, round(h * f))), interpolation=cv2.INTER_AREA
        )
        hm = hm @ np.diag([1 / f, 1 / f, 1.0])
        page_pts = 1.0 / f
    else:
        page_pts = 1.0
    if monitor:
        img, hm_total = _monitor(rng, src, page_res / page_pts, notes)
    else:
        img = cv2.warpPerspective(src, hm, size, flags=cv2.INTER_LINEAR, borderValue=bg)
        hm_total = hm
    quad = _apply(hm_total, page.quad / page_pts) if page.quad.size else np.zeros((0, 2))
    capv = _apply(hm_total, page.caps / page_pts) if page.caps.size else np.zeros((0, 2, 2))
    img = _sensor(rng, img, cap, notes, ir)
    if cap == "thumbnail":
        img, _ = _finish(img, int(rng.integers(85, 96)))
        target = rng.uniform(7.2, 11.8)
        cur = float(np.linalg.norm(capv[:, 0] - capv[:, 1], axis=-1).mean()) if capv.size else 24.0
        f = target / cur
        hh, ww = img.shape[:2]
        img = cv2.resize(
            img, (max(1, round(ww * f)), max(1, round(hh * f))), interpolation=cv2.INTER_AREA
        )
        quad, capv = quad * f, capv * f
        notes.append(f"thumbnail x{f:.2f}")
    q = {
        "reader": (75, 96),
        "scan": (70, 96),
        "phone": (45, 91),
        "webcam": (60, 86),
        "thumbnail": (60, 91),
    }[cap]
    quality = int(rng.integers(*q))
    notes.append(f"JPEG {quality}")
    img, data = _finish(img, quality)
    cap_px = float(np.linalg.norm(capv[:, 0] - capv[:, 1], axis=-1).mean()) if capv.size else 0.0
    return img, data, cap_px, quad, notes


def _monitor(
    rng: np.random.Generator, src: np.ndarray, src_res: float, notes: list[str]
) -> tuple[np.ndarray, np.ndarray]:
    """A phone photo of a monitor showing the page flat (a scan on screen): RGB subpixel
    stripes with dark rows between pixel rows, seen through a lens a little softer than
    the phone's pixels; capitals 16-24 screen pixels."""
    sc = rng.uniform(16, 24) / (2.42 * src_res)  # page px -> screen px
    sh, sw = round(src.shape[0] * sc), round(src.shape[1] * sc)
    screen = cv2.resize(src, (sw, sh), interpolation=cv2.INTER_AREA)
    sub = np.zeros((sh * 3, sw * 3, 3), np.uint8)
    for c in range(3):  # BGR; within a screen pixel: red, green, blue columns
        col = np.repeat(screen[..., 2 - c], 3, 0)
        sub[:, c::3, 2 - c] = col
    sub[2::3] = (sub[2::3] * 0.35).astype(np.uint8)
    sub = cv2.GaussianBlur(sub, (0, 0), rng.uniform(1.1, 1.6))
    tilt, turn = rng.uniform(0, 15), rng.uniform(-10, 10)
    c = np.array([[0, 0], [sw * 3, 0], [sw * 3, sh * 3], [0, sh * 3]], float)
    shrink = rng.uniform(0.95, 1.15) / 3  # subpixel canvas px -> photo px
    tgt = _fit(_camera(rng, sw * 3 * shrink, sh * 3 * shrink, tilt, turn, 12 * shrink), (0, 0), 10)
    hm2 = _homography(c, tgt)
    out = _apply(hm2, c)
    osize = (math.ceil(out[:, 0].max() + 10), math.ceil(out[:, 1].max() + 10))
    img = cv2.warpPerspective(sub, hm2, osize, flags=cv2.INTER_AREA, borderValue=(15, 15, 18))
    img = np.clip(img.astype(np.float32) * 1.5 + 10, 0, 255).astype(
        np.uint8
    )  # exposed for the screen
    notes.append(f"photo of a monitor, tilted {tilt:.0f} turned {turn:.0f} degrees")
    # page px -> screen px -> subpixel canvas (x3) -> photo
    return img, hm2 @ np.diag([3.0 * sc, 3.0 * sc, 1.0])


def _sensor(
    rng: np.random.Generator, img: np.ndarray, cap: str, notes: list[str], ir: bool
) -> np.ndarray:
    f = img.astype(np.float32)
    if cap == "phone":
        r = rng.random()
        if r < 0.33:
            n = rng.uniform(1.7, 4.9)
            ang = rng.uniform(0, math.pi)
            k = np.zeros((11, 11), np.float32)
            c = 5
            dx, dy = math.cos(ang) * n / 2, math.sin(ang) * n / 2
            cv2.line(k, (round(c - dx), round(c - dy)), (round(c + dx), round(c + dy)), 1.0, 1)
            f = cv2.filter2D(f, -1, k / k.sum())
            notes.append(f"motion blur {n:.1f} px")
        elif r < 0.58:
            s = rng.uniform(0.7, 1.5)
            f = cv2.GaussianBlur(f, (0, 0), s)
            notes.append(f"defocus {s:.1f}")
        elif rng.random() < 0.4:
            f = f * rng.uniform(0.55, 0.8) + rng.normal(0, rng.uniform(6, 12), f.shape)
            notes.append("low light")
        h, w = f.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        v = rng.uniform(0.1, 0.35)
        f *= (1 - v * (((xx / w - 0.5) ** 2 + (yy / h - 0.5) ** 2) * 2))[..., None]
        f = f * rng.uniform(0.9, 1.1, 3) + rng.normal(0, 3, f.shape)
        notes.append(f"vignetting {v:.2f}, colour cast")
    elif cap == "webcam":
        if rng.random() < 0.5:
            s = rng.uniform(0.6, 1.2)
            f = cv2.GaussianBlur(f, (0, 0), s)
            notes.append(f"defocus {s:.1f}")
        f = f * rng.uniform(0.88, 1.12, 3) + rng.normal(0, rng.uniform(3, 7), f.shape)
        u8 = np.clip(f, 0, 255).astype(np.uint8)
        ycc = cv2.cvtColor(u8, cv2.COLOR_BGR2YCrCb)
        h, w = ycc.shape[:2]
        for c in (1, 2):  # 4:2:0 chroma
            ycc[..., c] = cv2.resize(
                cv2.resize(ycc[..., c], (w // 2, h // 2), interpolation=cv2.INTER_AREA), (w, h)
            )
        ycc[..., 0] = cv2.bilateralFilter(ycc[..., 0], 5, 18, 3)  # the denoiser's smear
        u8, _ = _finish(cv2.cvtColor(ycc, cv2.COLOR_YCrCb2BGR), int(rng.integers(30, 56)))
        notes.append("video coding")
        return u8
    elif cap == "scan":
        f = f + rng.normal(0, 1.5, f.shape)
        if rng.random() < 0.6:
            h, w = f.shape[:2]
            for _ in range(int(rng.integers(3, 15))):
                cv2.circle(
                    f,
                    (int(rng.integers(w)), int(rng.integers(h))),
                    int(rng.integers(1, 3)),
                    (40, 40, 40),
                    -1,
                )
            notes.append("dust")
    else:
        f = f + rng.normal(0, 2.0, f.shape)
    return np.clip(f, 0, 255).astype(np.uint8)


def sample(seed: int, *, today: dt.date) -> Shot:
    """One picture and its truth (deterministic in seed)."""
    for name in (*FACES, *PAGE_FACES):
        face_path(name)  # refuse to run without every face
    p = plan(seed, today)
    rng = np.random.default_rng([seed, 1919])
    img, data, cap_px, quad, notes = _render(p, rng)
    h, w = img.shape[:2]
    if quad.size:
        assert (quad >= 0).all() and (quad[:, 0] < w).all() and (quad[:, 1] < h).all(), (seed, quad)
        notes.insert(1, f"face {p.face.label}")
        if p.misprint:
            notes.append(p.misprint)
    else:
        notes.insert(1, f"no MRZ ({p.blank})")
    return Shot(
        seed=seed,
        level=p.capture,
        format=p.fmt,
        lines=p.printed,
        image=img,
        jpeg=data,
        valid=p.valid,
        capture=p.capture,
        font=p.face.label if not p.no_mrz else "",
        face_kind=p.face.kind if not p.no_mrz else "",
        process=p.process,
        cap_px=round(cap_px, 2),
        mrz_quad=tuple((round(float(x), 1), round(float(y), 1)) for x, y in quad),
        notes="; ".join(notes),
    )


def scored_mix(today: dt.date) -> dict[str, int]:
    """Counts over the 200 scored seeds, from the draws (nothing rendered)."""
    mix: Counter[str] = Counter()
    for seed in range(SEED, SEED + IMAGES):
        p = plan(seed, today)
        mix[p.fmt] += 1
        mix[p.capture] += 1
        if p.no_mrz:
            mix[f"blank {p.blank}"] += 1
            continue
        if p.fmt == "TD3" and p.printed[0][2:5] == "TWN":
            mix["TD3 TWN"] += 1
        mix[f"face {p.face.kind}"] += 1
        if p.face.kind == "hybrid":
            mix["hybrid glyphs" if p.face.glyphs else "hybrid line"] += 1
        if p.face.other:
            mix[p.face.other] += 1
        mix[p.process] += 1
        if not p.valid:
            mix["invalid"] += 1
            mix["invalid check digit" if "check digit" in p.misprint else "invalid letters"] += 1
    return dict(sorted(mix.items()))
