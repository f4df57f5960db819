"""A sixteenth document-photo generator: a held-out set, scored once by the lead.

Written without running the OCR and without reading its code, its models, the other
generators' bodies or the results of earlier sets. Read: bench/bench_mrz.py, the `Sample`
dataclass of tests/documents/synth.py, desktop/documents/mrz.py and layout.py, the head of
bench/mrz_heldout15.py (its docstring and constants) and its test file. It imports no
rendering code from the other generators. It pictures what a Taiwan border counter is
handed, as the counter's devices capture it.

Content. TD3 passports (Taiwan most, then Japan, Korea, mainland China, Hong Kong, Macao,
Vietnam, the Philippines, Thailand, Indonesia, Malaysia, Singapore, India, the US, Canada,
Australia, the UK, Germany (state code D), France, the Netherlands, Italy), TD1 cards
(Taiwan resident certificates, German, French, Dutch, Belgian, Swiss, Spanish and Korean
cards), TD2 (crew member certificates, older identity cards), visa foils MRV-A and MRV-B
(Taiwan's, Japan's, the US's, China's, Korea's, the UK's, Australia's). Names from short
lists in each origin's romanisation, cut by `mrz.compose` when they overflow; document
numbers follow a pattern per issuer and optional data holds personal numbers mixing
letters and digits. The truth is `mrz.compose`'s lines. About one document in ten is
printed invalid (`valid` False, the truth is the printed lines): two in three with one
check digit wrong, one in three with a digit where only letters may stand (nationality or
a name). One picture in twenty-five is a page without an MRZ (`lines` empty, `format`
"none", `valid` False): a visa page full of entry stamps, or a card's front. Formats,
captures, faces and misprints are dealt, not drawn: every run of 200 consecutive seeds
holds FORMAT_QUOTA, CAPTURE_QUOTA, FACE_QUOTA and INVALID_QUOTA slots exactly (seed - SEED
modulo 200 picks a slot of each table, shuffled per block of 200).

Sizes (ICAO 9303 part 3: OCR-B size I at a 2.54 mm pitch; parts 4-7: ID-1 85.6x54,
ID-2 105x74, ID-3 125x88 mm, MRV-A 120x80, MRV-B 105x74 mm). This set's assumptions, not
quoted figures: capitals 2.3-2.55 mm high, lines 4.1-4.6 mm apart (cards 3.5-4.1 mm), the
last baseline 3.8-5.5 mm (cards 3.0-4.0 mm) above the document's bottom edge, the zone
centred within 0.8 mm; each cell on the pitch to the nearest pixel of the rendering.

Faces (FACE_QUOTA: "ocrb" 80 % of the slots): OCR-B Regular (fonts-ocr-b). "hybrid" 10 %:
an OCR-B MRZ where three to six look-alike glyphs (of 0 O D Q 8 B 1 I 5 S 2 Z 6 G; every
occurrence) or one whole line come from a new face, as a personaliser whose OCR-B lacks
glyphs substitutes them. "other" 10 %: the whole MRZ in a new face. Each new face has an
equal share of both kinds. The new faces, used by no earlier part of the project and
installed on this machine only for this set (so no model of the project was made with
them on the machine): BIZ UDGothic Regular and Bold (fonts-morisawa-bizud-gothic, a
Japanese universal-design monospaced gothic, as a Japanese office printing a visa or a
re-entry permit with its house face), UnTaza (fonts-unfonts-extra, a Korean typewriter
face: typed visas and older impact-personalised documents; always struck by a ribbon) and
WenQuanYi Zen Hei Mono (fonts-wqy-zenhei, a Chinese monospaced sans, as a mainland or
Taiwan office printer lacking OCR-B). A new face keeps the pitch and is scaled to the
MRZ's cap height (squeezed into the cell when wider; UnTaza's digits stand a fifth taller
than its capitals, as the face draws them). scripts/setup-system.sh installs
them; a missing face raises FileNotFoundError naming its package: this module never
substitutes a face.

Print process: passports laser 40 %, inkjet 25 %, engraved 25 %, thermal 10 %; cards
engraved 55 %, thermal 30 %, laser 15 %; visa foils inkjet 45 %, laser 25 %, thermal
15 %, ribbon 15 %. Laser: crisp, toner dropout (small holes in strokes) and sometimes a
pale streak across a line. Inkjet: ink spread (strokes grow by a fraction of a pixel to
one pixel at 12 px/mm) and satellite drops. Engraved: dark grey, thinner strokes.
Thermal: banding along the head and now and then a dead element leaving a thin white line
through one MRZ line. Ribbon: uneven density along the line, dropouts, spread. The page:
a two-colour tint, guilloche waves (some crossing the zone), labels and data in DejaVu
Sans, a stylised portrait, all above the zone (cards: the same layout on one side with
rounded corners; a visa: a foil over a passport page); visa pages carry entry stamps in
dye inks and one booklet data page in five a stamp, never over the zone. In infrared the
tint, guilloche, labels and stamps (dye inks) are gone; data, portrait and MRZ stay.

Captures (CAPTURE_QUOTA), and the effects this set leans on (its author's judgement of
what a counter captures and earlier sets may have underplayed):
- reader (full-page document reader) 44 %: visible light 80 %, infrared 20 % (tints, dye
  inks and holograms vanish; carbon MRZ and portrait stay); in visible light a
  holographic laminate overlay across the zone (diffraction stripes in rainbow colours and
  emblem rings, 3-9 % strength) in most pictures and a laminate glare band in some (its
  peak capped at 50 % of the way to white, so no character is blanked), uneven lighting,
  capitals 18-32 px, rotation up to 1.5 degrees, JPEG 75-95 (holograms in 70 % and glare
  bands in 45 % of the visible-light pictures).
- scan (counter flatbed) 24 %: 150-300 dpi (capitals 13-30 px), skew up to 3 degrees,
  booklet pages bowed near the spine (the page lifts off the glass: rows shift towards the
  spine by up to 1 mm at the spine, falling off over 5-9 mm, more in the page's middle than
  at its ends, so the zone's lines bend when the zone is on the spine's side: visa foils
  on the upper page of a spread, half of them, and one data page in ten; and darken
  there), a gentle bow of the whole page, sparse dust specks, JPEG 70-95.
- phone 17 %: a page on the counter seen from up to 25 degrees off the normal (keystone),
  turned up to 25 degrees, booklet curvature, uneven light, a glare band in half (peak at
  most 45 % towards white), motion blur (0.12-0.35 of a capital's height) in about a third
  or defocus in a quarter, low-light noise in 40 %, JPEG 45-90, capitals 14-27 px aimed
  at (the range 13-28 allowed); one in five a photo of a monitor showing a scan (RGB
  subpixel stripes and the dark rows between pixels sampled by the phone: moire; the
  phone exposes for the lit screen).
- webcam 8 %: 640x480, 800x600 or 1280x720 frames (the page may run out of the frame, the
  zone never), tilted up to 10 and turned up to 8 degrees, capitals 9-15 px (smaller when
  the zone would not fit the frame: the officer steps back), a colour cast, sensor noise,
  defocus in half, video coding (4:2:0 chroma, a denoiser's smear, JPEG 30-55 as the
  frame, then stored at 60-85).
- thumbnail 7 %: a reader's picture (capitals 20-30 px, JPEG 85-95) shrunk to capitals
  7-12 px, JPEG 60-90.
Every MRZ lies wholly inside its picture, glare never blanks a character, stamps stay off
the zone: nothing beyond what a careful officer would accept as a capture.

The 200 scored seeds (2 700 000-2 700 199, today 2026-11-27) are counted by `scored_mix()`
(the draws before rendering) and checked against SCORED_MIX by the tests: formats
TD3 124, TD1 32, MRV-A 18, MRV-B 8, TD2 10, no MRZ 8; printed invalid 20 (10.4 % of the
192 MRZs); captures reader 88, scan 48, phone 34, webcam 16, thumbnail 14; faces (of the
192 MRZs) ocrb 154, hybrid 19, other 19; the new faces (hybrid or whole) bizud-gothic 9,
bizud-gothic-bold 9, untaza 10, wqy-zenhei-mono 10.
Rendering the 200 (one run, not re-checked by the tests: rendering 200 pictures is slow;
the draws above are checked): printed by laser 56 (toner streak 23), engraving 55, inkjet
40, thermal transfer 25 (11 with a dead element), ribbon 16; visa foils 26; readers' and
thumbnails' pictures in infrared 19; hologram overlay 57, laminate glare band 52 (readers,
thumbnails and phones); booklet curvature 55 (12 with the zone on the spine's side); phone
pictures tilted 15 degrees or more 14, turned 15 degrees or more 18, of a monitor 8,
motion blur 13, low light 14; defocus (phones and webcams) 19; stored JPEG below quality
60: 11; pages without an MRZ: visa pages with stamps 6, card fronts 2. Capitals (cap_px):
reader 18.0-31.4 px, scan 14.3-27.9, phone 14.4-26.9, webcam 9.1-14.7, thumbnail
8.3-12.0. Pictures from 389x262 to 2361x1874 px (smallest and largest by area). CPU time
a picture on this shared machine (load about 9 on 2 cores), two runs: median 0.24 and
0.29 s, mean 0.27 and 0.30 s, at most 0.87 s.

Deterministic per seed; seeds start at SEED = 2 700 000. `sample(seed, today=...)` returns
a Shot: a Sample (tests/documents/synth.py's fields, level = the capture) with the verdict
`valid`, `capture`, `font` (the face's label), `face_kind`, `cap_px` (capitals' height in
the picture, mean over the end cells of the first and last lines), `mrz_quad` (the zone's
corners in the picture) and `notes` (capture, print process, face and what was applied).
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

SEED = 2_700_000
IMAGES = 200
FONT_ROOT = Path("/usr/share")

# name: (path under FONT_ROOT, Debian package, font index in a collection)
FACES: dict[str, tuple[str, str, int]] = {
    "ocrb": ("fonts/opentype/ocr-b/OCRB.otf", "fonts-ocr-b", 0),
    "bizud-gothic": (
        "fonts/truetype/bizud-gothic/BIZUDGothic-Regular.ttf",
        "fonts-morisawa-bizud-gothic",
        0,
    ),
    "bizud-gothic-bold": (
        "fonts/truetype/bizud-gothic/BIZUDGothic-Bold.ttf",
        "fonts-morisawa-bizud-gothic",
        0,
    ),
    "untaza": ("fonts/truetype/unfonts-extra/UnTaza.ttf", "fonts-unfonts-extra", 0),
    "wqy-zenhei-mono": ("fonts/truetype/wqy/wqy-zenhei.ttc", "fonts-wqy-zenhei", 1),
}
NEW_FACES = ("bizud-gothic", "bizud-gothic-bold", "untaza", "wqy-zenhei-mono")
PACKAGES = ("fonts-morisawa-bizud-gothic", "fonts-unfonts-extra", "fonts-wqy-zenhei")
PAGE_FACES: dict[str, tuple[str, str, int]] = {
    "sans": ("fonts/truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core", 0),
    "sans-bold": ("fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "fonts-dejavu-core", 0),
}

FORMAT_QUOTA = {"TD3": 124, "TD1": 32, "TD2": 10, "MRV-A": 18, "MRV-B": 8, "none": 8}
CAPTURE_QUOTA = {"reader": 88, "scan": 48, "phone": 34, "webcam": 16, "thumbnail": 14}
CAPTURES = tuple(CAPTURE_QUOTA)
FACE_QUOTA = {"ocrb": 160, "hybrid": 20, "other": 20}
INVALID_QUOTA = 20  # slots printed invalid (those that fall on a page without MRZ: none)
CAP_PX = {
    "reader": (18.0, 32.0),
    "scan": (13.0, 30.0),
    "phone": (13.0, 28.0),
    "webcam": (9.0, 15.0),
    "thumbnail": (7.0, 12.0),
}
WEBCAM_MODES = ((640, 480), (800, 600), (1280, 720))
PITCH_MM = 2.54
LOOKALIKES = "0ODQ8B1I5S2Z6G"

# The mix of the 200 scored seeds (SEED .. SEED + 199), as scored_mix() counts it.
SCORED_MIX: dict[str, int] = {}

DOC_MM = {
    "TD3": (125.0, 88.0),
    "TD1": (85.6, 54.0),
    "TD2": (105.0, 74.0),
    "MRV-A": (120.0, 80.0),
    "MRV-B": (105.0, 74.0),
}

# -- content ---------------------------------------------------------------------------

NAMES = {
    "tw": (
        ("CHEN", "LIN", "HUANG", "CHANG", "LI", "WANG", "WU", "LIU", "TSAI", "YANG", "HSU",
         "CHENG", "HSIEH", "KUO", "HUNG", "TSENG", "CHOU", "CHIANG", "LU", "KAO"),
        ("CHIA HAO", "SHU FEN", "YU TING", "CHIH WEI", "MEI LING", "CHUN HUNG", "HSIN YI",
         "WEN CHIEH", "PEI SHAN", "KUAN YU", "YI CHEN", "TZU HSUAN"),
    ),
    "jp": (
        ("SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO", "YAMAMOTO", "NAKAMURA",
         "KOBAYASHI", "SHIMIZU", "YAMAGUCHI", "MATSUMOTO"),
        ("HIROSHI", "YUKI", "KENTARO", "AYAKO", "SHOTARO", "MISAKI", "RYOSUKE", "NAOKO"),
    ),
    "kr": (
        ("KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM"),
        ("MINJUN", "SEOYEON", "JIHOON", "HYEJIN", "DONGHYUN", "SOOJIN", "YOUNGHO"),
    ),
    "cn": (
        ("ZHANG", "WANG", "LI", "ZHAO", "ZHOU", "XU", "SUN", "MA", "ZHU", "HU", "GUO", "HE"),
        ("WEI", "XIAOMING", "JING", "YUQING", "HAORAN", "ZIXUAN", "LEI", "XIN"),
    ),
    "vn": (
        ("NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "HUYNH", "VO", "DANG", "BUI"),
        ("VAN ANH", "THI HUONG", "MINH TUAN", "THI LAN", "QUOC BAO", "NGOC TRAM"),
    ),
    "ph": (
        ("SANTOS", "REYES", "CRUZ", "BAUTISTA", "DELA CRUZ", "GARCIA", "MENDOZA", "VILLANUEVA"),
        ("MARIA CRISTINA", "JOSE", "MARK ANTHONY", "JOHN PAUL", "MA LOURDES", "ROSALIE"),
    ),
    "th": (
        ("SRISAWAT", "CHAROENPHOL", "WONGSAWAT", "SUKSAWAT", "PHROMPHAN", "THONGCHAI"),
        ("SOMCHAI", "SUPAPORN", "NATTHAPHON", "KANNIKA", "PRASERT"),
    ),
    "my": (
        ("BIN ABDULLAH", "BINTI ISMAIL", "BIN RAHMAN", "BINTI OTHMAN", "TAN", "LIM", "WONG"),
        ("AHMAD FAIZAL", "NUR AISYAH", "MUHAMMAD HAFIZ", "SITI AMINAH", "WEI MING"),
    ),
    "id": (("",), ("SUHARTO", "WIDODO", "SUSANTI", "RAHMAWATI", "BUDIMAN", "SETIAWAN")),
    "in": (
        ("SHARMA", "PATEL", "SINGH", "KUMAR", "REDDY", "IYER", "GUPTA", "NAIR"),
        ("RAHUL", "PRIYA", "VENKATESH", "ANANYA", "SURESH KUMAR", "LAKSHMI"),
    ),
    "en": (
        ("SMITH", "JOHNSON", "WILLIAMS", "BROWN", "O CONNOR", "MACDONALD", "TAYLOR", "WILSON",
         "THOMPSON", "ANDERSON", "FITZGERALD WRIGHT"),
        ("JAMES", "MARY ELIZABETH", "ROBERT", "SARAH JANE", "MICHAEL", "EMILY", "DAVID"),
    ),
    "eu": (
        ("MUELLER", "SCHMIDT", "DUBOIS", "LEFEVRE", "VAN DER BERG", "DE JONG", "ROSSI",
         "BIANCHI", "GARCIA LOPEZ", "FERNANDEZ", "VON HOHENBERG", "JANSSENS", "PEETERS"),
        ("ANNA", "JEAN PIERRE", "HANS JUERGEN", "MARIE CLAIRE", "GIUSEPPE", "SOFIA", "LUCAS"),
    ),
}  # fmt: skip

# state: (names origin, number pattern); patterns: 9 digits, 2 letters 7 digits, ...
STATES = {
    "TWN": ("tw", "d9"), "JPN": ("jp", "a2d7"), "KOR": ("kr", "a1d8"), "CHN": ("cn", "a1d8"),
    "HKG": ("cn", "a1d8"), "MAC": ("cn", "d9"), "VNM": ("vn", "a1d7"), "PHL": ("ph", "a1d7a1"),
    "THA": ("th", "a2d7"), "IDN": ("id", "a1d7"), "MYS": ("my", "a1d8"), "SGP": ("en", "a1d7a1"),
    "IND": ("in", "a1d7"), "USA": ("en", "d9"), "CAN": ("en", "a2d6"), "AUS": ("en", "a2d7"),
    "GBR": ("en", "d9"), "D": ("eu", "c9"), "FRA": ("eu", "d2a2d5"), "NLD": ("eu", "c9"),
    "ITA": ("eu", "a2d7"), "BEL": ("eu", "d3d7"), "CHE": ("eu", "a1d7"), "ESP": ("eu", "a3d6"),
}  # fmt: skip
TD3_STATES = (
    ("TWN", 30), ("JPN", 10), ("KOR", 8), ("CHN", 5), ("HKG", 4), ("MAC", 2), ("VNM", 6),
    ("PHL", 6), ("THA", 5), ("IDN", 5), ("MYS", 5), ("SGP", 3), ("IND", 3), ("USA", 6),
    ("CAN", 2), ("AUS", 2), ("GBR", 3), ("D", 2), ("FRA", 2), ("NLD", 1), ("ITA", 1),
)  # fmt: skip
TD1_STATES = (("TWN", 10), ("D", 4), ("FRA", 3), ("NLD", 2), ("BEL", 2), ("CHE", 2),
              ("ESP", 2), ("KOR", 2))  # fmt: skip
TD2_STATES = (("TWN", 3), ("PHL", 2), ("IDN", 2), ("VNM", 1), ("FRA", 1), ("D", 1))
VISA_STATES = (("TWN", 6), ("JPN", 3), ("USA", 3), ("CHN", 2), ("KOR", 2), ("GBR", 1),
               ("AUS", 1))  # fmt: skip
NATIONALITIES = ("TWN", "JPN", "KOR", "CHN", "VNM", "PHL", "THA", "IDN", "MYS", "IND", "USA",
                 "GBR", "D", "FRA")  # fmt: skip
CONSONANTS = "BCDFGHJKLMNPRSTVWXYZ"


def _pick(rng: np.random.Generator, table: tuple[tuple[str, int], ...]) -> str:
    w = np.array([x[1] for x in table], float)
    return table[int(rng.choice(len(table), p=w / w.sum()))][0]


def _number(rng: np.random.Generator, pattern: str) -> str:
    out = []
    for kind, n in zip(pattern[::2], pattern[1::2], strict=True):
        for _ in range(int(n)):
            if kind == "d":
                out.append(str(int(rng.integers(10))))
            elif kind == "a":
                out.append(chr(65 + int(rng.integers(26))))
            else:  # Germany's and the Netherlands' letters without vowels and digits
                pool = CONSONANTS + "0123456789"
                out.append(pool[int(rng.integers(len(pool)))])
    return "".join(out)


def _personal(rng: np.random.Generator, state: str) -> str:
    """Optional data: a personal number mixing letters and digits, or nothing."""
    r = rng.random()
    if state == "TWN":  # A123456789 (citizen) or A800012345 (resident certificate)
        head = chr(65 + int(rng.integers(26)))
        return head + ("8" if r < 0.3 else str(int(rng.integers(1, 3)))) + _number(rng, "d8")
    if r < 0.45:
        return ""
    return _number(rng, ["a1d7a1", "d8", "a2d6", "d6a1d3"][int(rng.integers(4))])


# -- the plan: every draw before rendering ----------------------------------------------


@dataclasses.dataclass(frozen=True)
class FacePlan:
    kind: str  # "ocrb", "hybrid" or "other"
    other: str = ""  # the new face ("" for ocrb)
    glyphs: str = ""  # hybrid: the characters drawn in the other face
    line: int = -1  # hybrid: the line drawn in the other face (-1: none)

    def face(self, line: int, ch: str) -> str:
        if self.kind == "other":
            return self.other
        if self.kind == "hybrid" and (line == self.line or ch in self.glyphs):
            return self.other
        return "ocrb"

    @property
    def label(self) -> str:
        if self.kind == "ocrb":
            return "ocrb"
        if self.kind == "other":
            return self.other
        what = f"line {self.line + 1}" if self.line >= 0 else f"glyphs {self.glyphs}"
        return f"ocrb+{self.other} ({what})"


@dataclasses.dataclass(frozen=True)
class Plan:
    seed: int
    fmt: str  # a layout format, or "none"
    no_mrz: bool
    state: str
    composed: tuple[str, ...]
    printed: tuple[str, ...]
    valid: bool
    misprint: str
    capture: str
    face: FacePlan
    process: str


def _slot_tables(block: int) -> tuple[list[str], list[str], list[tuple[str, str]], list[bool]]:
    fmts = [k for k, n in FORMAT_QUOTA.items() for _ in range(n)]
    caps = [k for k, n in CAPTURE_QUOTA.items() for _ in range(n)]
    faces: list[tuple[str, str]] = [("ocrb", "")] * FACE_QUOTA["ocrb"]
    for kind in ("hybrid", "other"):
        faces += [(kind, NEW_FACES[i % len(NEW_FACES)]) for i in range(FACE_QUOTA[kind])]
    inval = [True] * INVALID_QUOTA + [False] * (IMAGES - INVALID_QUOTA)
    out = []
    for k, table in enumerate((fmts, caps, faces, inval)):
        order = np.random.default_rng([16_016, block, k]).permutation(len(table))
        out.append([table[i] for i in order])
    return out[0], out[1], out[2], out[3]  # type: ignore[return-value]


_tables = functools.lru_cache(maxsize=8)(_slot_tables)


def _misprint(
    rng: np.random.Generator, fmt: str, lines: tuple[str, ...], today: dt.date
) -> tuple[tuple[str, ...], str]:
    lay = layout.layout(fmt)
    for _ in range(20):
        cells = [list(x) for x in lines]
        if rng.random() < 2 / 3:
            c = lay.checks[int(rng.integers(len(lay.checks)))]
            old = cells[c.line][c.pos]
            new = str((int(old) + int(rng.integers(1, 10))) % 10) if old.isdigit() else "7"
            cells[c.line][c.pos] = new
            what = f"invalid as printed: {c.name} check digit {old} printed {new}"
        else:
            f = lay.field("nationality" if rng.random() < 0.4 else "names")
            text = f.of(lines)
            spots = [i for i, ch in enumerate(text) if ch.isalpha()]
            if not spots:
                continue
            i = spots[int(rng.integers(len(spots)))]
            old = text[i]
            new = {"O": "0", "I": "1", "S": "5", "B": "8", "Z": "2", "G": "6"}.get(
                old, str(int(rng.integers(10)))
            )
            cells[f.line][f.start + i] = new
            what = f"invalid as printed: a digit {new} in the letters field {f.name} ({old})"
        printed = tuple("".join(x) for x in cells)
        if not parse(printed, today=today).valid:
            return printed, what
    raise AssertionError(f"no misprint of {lines} parses invalid")


def _content(rng: np.random.Generator, fmt: str, today: dt.date) -> tuple[str, tuple[str, ...]]:
    table = {"TD3": TD3_STATES, "TD1": TD1_STATES, "TD2": TD2_STATES}.get(fmt, VISA_STATES)
    state = _pick(rng, table)
    holder = state if fmt in ("TD3", "TD2") or rng.random() < 0.5 else None
    if fmt in ("MRV-A", "MRV-B"):
        holder = NATIONALITIES[int(rng.integers(len(NATIONALITIES)))]
    elif fmt == "TD1" and state == "TWN":  # resident certificates: foreign residents
        holder = NATIONALITIES[int(rng.integers(1, len(NATIONALITIES)))]
    holder = holder or state
    origin = STATES.get(holder, ("en", "d9"))[0]
    surnames, given = NAMES[origin]
    surname = surnames[int(rng.integers(len(surnames)))]
    given_names = given[int(rng.integers(len(given)))]
    if not surname:  # a single Indonesian name: in the surname field
        surname, given_names = given_names, ""
    elif rng.random() < 0.25:
        more = given[int(rng.integers(len(given)))]
        given_names += "" if more == given_names else " " + more
    number = _number(rng, STATES[state][1] if fmt != "TD1" or state != "TWN" else "a2d8")
    number = number[:9] if fmt not in ("TD1", "TD2") else number
    age = int(rng.integers(1, 80))
    birth = today - dt.timedelta(days=int(365.25 * age + rng.integers(0, 365)))
    years = {"TD3": 10, "TD1": 5, "TD2": 5}.get(fmt, 1)
    expiry = today + dt.timedelta(days=int(rng.integers(20, 365 * years)))
    sex = "MF<"[int(rng.choice(3, p=[0.49, 0.49, 0.02]))]
    code = {"TD3": "P", "TD1": "I", "TD2": "AC" if rng.random() < 0.4 else "I"}.get(fmt, "V")
    if fmt == "TD3" and rng.random() < 0.08:
        code = "PD" if state == "TWN" else "PO"
    lines = compose(
        fmt,
        document_code=code,
        issuing_state=state,
        surname=surname,
        given_names=given_names,
        document_number=number,
        nationality=holder,
        birth_date=birth,
        sex="X" if sex == "<" else sex,
        expiry_date=expiry,
        optional_data=(_personal(rng, holder) if fmt != "MRV-B" else "")[
            : 7 if fmt == "TD2" else 12
        ],
        optional_data_2=_number(rng, "a2d4") if fmt == "TD1" and rng.random() < 0.2 else "",
    )
    return state, lines


def _process(rng: np.random.Generator, fmt: str, face: FacePlan) -> str:
    if face.other == "untaza":
        return "ribbon"
    if fmt == "TD3":
        table = (("laser", 40), ("inkjet", 25), ("engraved", 25), ("thermal", 10))
    elif fmt in ("TD1", "TD2"):
        table = (("engraved", 55), ("thermal", 30), ("laser", 15))
    else:
        table = (("inkjet", 45), ("laser", 25), ("thermal", 15), ("ribbon", 15))
    return _pick(rng, table)


def plan(seed: int, today: dt.date) -> Plan:
    """Every draw of `seed` that decides the truth, the capture and the face."""
    block, slot = divmod(seed - SEED, IMAGES)
    fmts, caps, faces, inval = _tables(block)
    fmt, capture, (kind, other), bad = fmts[slot], caps[slot], faces[slot], inval[slot]
    rng = np.random.default_rng([seed, 16])
    if fmt == "none":
        return Plan(seed, "none", True, "", (), (), False, "", capture, FacePlan("ocrb"), "")
    state, composed = _content(rng, fmt, today)
    printed, misprint = (composed, "")
    if bad:
        printed, misprint = _misprint(rng, fmt, composed, today)
    face = FacePlan("ocrb")
    if kind == "other":
        face = FacePlan("other", other)
    elif kind == "hybrid":
        present = sorted({c for c in "".join(printed) if c in LOOKALIKES})
        if rng.random() < 0.4 or len(present) < 2:
            face = FacePlan("hybrid", other, line=int(rng.integers(len(printed))))
        else:
            n = min(len(present), int(rng.integers(3, 7)))
            picked = rng.choice(len(present), size=n, replace=False)
            face = FacePlan("hybrid", other, glyphs="".join(sorted(present[i] for i in picked)))
    return Plan(
        seed, fmt, False, state, composed, printed, not bad, misprint, capture, face,
        _process(rng, fmt, face),
    )  # fmt: skip


def scored_mix(today: dt.date) -> dict[str, int]:
    """The mix of the 200 scored seeds, counted from their plans (no rendering)."""
    out: dict[str, int] = dict.fromkeys(
        (*FORMAT_QUOTA, *CAPTURES, "invalid", "face ocrb", "face hybrid", "face other",
         *NEW_FACES), 0
    )  # fmt: skip
    for seed in range(SEED, SEED + IMAGES):
        p = plan(seed, today)
        out[p.fmt] += 1
        out[p.capture] += 1
        if p.no_mrz:
            continue
        out["invalid"] += not p.valid
        out["face " + p.face.kind] += 1
        if p.face.other:
            out[p.face.other] += 1
    return out


SCORED_MIX.update(
    {
        "TD3": 124, "TD1": 32, "TD2": 10, "MRV-A": 18, "MRV-B": 8, "none": 8,
        "reader": 88, "scan": 48, "phone": 34, "webcam": 16, "thumbnail": 14,
        "invalid": 20, "face ocrb": 154, "face hybrid": 19, "face other": 19,
        "bizud-gothic": 9, "bizud-gothic-bold": 9, "untaza": 10, "wqy-zenhei-mono": 10,
    }
)  # fmt: skip


# -- faces and glyphs ---------------------------------------------------------------------


def face_path(name: str) -> Path:
    rel, package, _ = FACES[name] if name in FACES else PAGE_FACES[name]
    path = FONT_ROOT / rel
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} is missing: install the Debian package {package} "
            "(scripts/setup-system.sh); this generator never substitutes a face"
        )
    return path


@functools.cache
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    index = (FACES[name] if name in FACES else PAGE_FACES[name])[2]
    return ImageFont.truetype(str(face_path(name)), size, index=index)


@functools.cache
def cap_em(name: str) -> float:
    """Capital height per em of a face, from the ink of H at 200 px."""
    top = font(name, 200).getbbox("H", anchor="ls")[1]
    return -top / 200


@functools.cache
def glyph(name: str, ch: str, cap: int, cell: int) -> np.ndarray:
    """The ink (0..1) of `ch` in face `name`, capitals `cap` px high, in a cell `cell` px
    wide: an array (2 * cap, cell) with the baseline under row 1.5 * cap."""
    k = 4  # drawn 4x larger, then averaged down: antialiased like a print at that scale
    size = max(4, round(k * cap / cap_em(name)))
    f = font(name, size)
    w, h = k * cell * 2, k * cap * 2
    img = Image.new("L", (w, h), 0)
    ImageDraw.Draw(img).text((w / 2, k * 1.5 * cap), ch, font=f, fill=255, anchor="ms")
    ink = np.asarray(img, np.float32) / 255
    cols = np.flatnonzero(ink.max(0) > 0.05)
    if len(cols):  # a wide glyph is squeezed into 88 % of the cell, about its centre
        lo, hi = int(cols[0]), int(cols[-1]) + 1
        room = int(0.88 * k * cell)
        if hi - lo > room:
            part = cv2.resize(ink[:, lo:hi], (room, h), interpolation=cv2.INTER_AREA)
            ink = np.zeros_like(ink)
            a = (w - room) // 2
            ink[:, a : a + room] = part
    ink = ink[:, w // 4 : w // 4 + k * cell]  # the cell, centred where the glyph was drawn
    return cv2.resize(ink, (cell, 2 * cap), interpolation=cv2.INTER_AREA)


# -- the page -----------------------------------------------------------------------------


@dataclasses.dataclass
class Page:
    img: np.ndarray  # float32 RGB 0..1, the document's own pixels
    alpha: np.ndarray  # float32 0..1: where the document is (cards' round corners)
    quad: np.ndarray  # the MRZ's corners (4, 2) in page pixels; empty without MRZ
    caps: np.ndarray  # (n, 2, 2): top and baseline points of the end cells' capitals
    notes: list[str]
    spine: str  # "top" or "bottom": where a booklet's spine is; "" for cards
    near_spine: bool  # the zone lies on the spine's side


def _rgb(rng: np.random.Generator, base: tuple[float, float, float], spread: float) -> np.ndarray:
    return np.clip(np.array(base) + rng.uniform(-spread, spread, 3), 0, 1).astype(np.float32)


def _text(
    img: np.ndarray, xy: tuple[float, float], text: str, face: str, px: float, colour: np.ndarray
) -> None:
    """Draws `text` into `img` (float RGB) with its top-left at `xy`."""
    f = font(face, max(6, round(px)))
    _, _, r, b = f.getbbox(text)
    w, h = r + 2, b + 2
    x0, y0 = round(xy[0]), round(xy[1])
    if x0 < 0 or y0 < 0 or x0 + w > img.shape[1] or y0 + h > img.shape[0]:
        return
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).text((0, 0), text, font=f, fill=255)
    a = np.asarray(mask, np.float32)[..., None] / 255
    region = img[y0 : y0 + h, x0 : x0 + w]
    region[:] = region * (1 - a) + colour * a


def _guilloche(
    rng: np.random.Generator,
    img: np.ndarray,
    s: float,
    colour: np.ndarray,
    y_lo: float,
    y_hi: float,
) -> None:
    h, w = img.shape[:2]
    layer = np.zeros((h, w), np.uint8)
    xs = np.arange(0, w, 2, dtype=np.float32)
    period = rng.uniform(14, 30) * s
    amp = rng.uniform(1.5, 4) * s
    for k in range(int((y_hi - y_lo) / (1.2 * s))):
        y = y_lo + k * 1.2 * s + amp * np.sin(2 * np.pi * xs / period + 0.35 * k)
        y += 0.5 * amp * np.sin(2 * np.pi * xs / (2.7 * period) - 0.2 * k)
        pts = np.stack([xs, y], 1).astype(np.int32)
        cv2.polylines(layer, [pts], False, 255, 1, cv2.LINE_AA)
    a = (layer.astype(np.float32) / 255 * rng.uniform(0.25, 0.5))[..., None]
    img[:] = img * (1 - a) + colour * a


def _stamp(rng: np.random.Generator, img: np.ndarray, s: float, y_max: float) -> None:
    """An entry or exit stamp in a dye ink, wholly above y_max."""
    h, w = img.shape[:2]
    r = rng.uniform(9, 15) * s
    if y_max - 2 * r < 4:
        return
    cx, cy = rng.uniform(r, w - r), rng.uniform(r + 2, y_max - r)
    ink = _rgb(rng, [(0.2, 0.3, 0.7), (0.75, 0.2, 0.3), (0.3, 0.55, 0.3), (0.5, 0.2, 0.6)][
        int(rng.integers(4))], 0.08)  # fmt: skip
    layer = np.zeros((h, w), np.uint8)
    t = max(1, round(0.3 * s))
    if rng.random() < 0.5:
        cv2.circle(layer, (round(cx), round(cy)), round(r), 255, t, cv2.LINE_AA)
        cv2.circle(layer, (round(cx), round(cy)), round(0.75 * r), 255, t, cv2.LINE_AA)
    else:
        cv2.rectangle(layer, (round(cx - r), round(cy - 0.6 * r)),
                      (round(cx + r), round(cy + 0.6 * r)), 255, t, cv2.LINE_AA)  # fmt: skip
    a = layer.astype(np.float32)[..., None] / 255 * rng.uniform(0.45, 0.8)
    img[:] = img * (1 - a) + ink * a
    month = ("JAN", "MAR", "JUN", "SEP", "NOV")[int(rng.integers(5))]
    date = f"{int(rng.integers(1, 29)):02d} {month} 2026"
    _text(img, (cx - 0.55 * r, cy - 0.25 * r), date, "sans-bold", 0.28 * r, ink)


def _ink_mask(
    rng: np.random.Generator, p: Plan, shape: tuple[int, int], s: float, x0: float,
    baselines: list[float], cap_px: int,
) -> tuple[np.ndarray, np.ndarray, list[str]]:  # fmt: skip
    """The MRZ's ink (0..1) as printed by the plan's process, and the end cells' capitals."""
    h, w = shape
    mask = np.zeros((h, w), np.float32)
    cell = max(4, round(PITCH_MM * s))
    caps = []
    for i, (line, base) in enumerate(zip(p.printed, baselines, strict=True)):
        for j, ch in enumerate(line):
            x = round(x0 + j * PITCH_MM * s)
            y = round(base - 1.5 * cap_px)
            g = glyph(p.face.face(i, ch), ch, cap_px, cell)
            region = mask[y : y + g.shape[0], x : x + g.shape[1]]
            np.maximum(region, g[: region.shape[0], : region.shape[1]], out=region)
        if i in (0, len(p.printed) - 1):
            for j in (0, len(line) - 1):
                xc = x0 + (j + 0.5) * PITCH_MM * s
                caps.append([[xc, base - cap_px], [xc, base]])
    notes = [p.process]
    if p.process == "laser":
        holes = (rng.random((h, w)) < 0.004).astype(np.float32)
        holes = cv2.GaussianBlur(holes, (0, 0), 0.35 * s / 10 * 3)
        mask *= 1 - np.clip(holes * 6, 0, 0.8)
        if rng.random() < 0.3:
            k = int(rng.integers(len(baselines)))
            band = np.zeros(h, np.float32)
            y = round(baselines[k] - rng.uniform(0.2, 0.8) * cap_px)
            band[max(0, y - 1) : y + 2] = rng.uniform(0.25, 0.5)
            mask *= 1 - band[:, None]
            notes.append("toner streak")
    elif p.process == "inkjet":
        spread = rng.uniform(0.4, 1.2) * s / 12
        mask = np.clip(cv2.GaussianBlur(mask, (0, 0), max(0.3, spread)) * 1.35, 0, 1)
        dots = (rng.random((h, w)) < 0.0006) & (cv2.dilate(mask, np.ones((5, 5))) > 0.3)
        mask = np.maximum(mask, cv2.GaussianBlur(dots.astype(np.float32), (0, 0), 0.6) * 2.5)
        notes.append("ink spread")
    elif p.process == "engraved":
        mask = cv2.erode(mask, np.ones((2, 2), np.uint8)) * 0.6 + mask * 0.3
    elif p.process == "thermal":
        rows = 1 - 0.12 * (np.arange(h) % max(2, round(s / 4)) == 0)
        mask *= rows[:, None].astype(np.float32)
        if rng.random() < 0.5:
            k = int(rng.integers(len(baselines)))
            y = round(baselines[k] - rng.uniform(0.15, 0.85) * cap_px)
            mask[y : y + max(1, round(s / 10))] *= 0.1
            notes.append("dead head element")
    else:  # ribbon: density wandering along the line, dropouts and a little spread
        wander = cv2.resize(rng.uniform(0.55, 1.0, (1, max(2, w // 40))).astype(np.float32),
                            (w, 1), interpolation=cv2.INTER_CUBIC)  # fmt: skip
        mask = np.clip(cv2.GaussianBlur(mask, (0, 0), 0.5) * 1.2, 0, 1) * wander
        drop = cv2.GaussianBlur((rng.random((h, w)) < 0.002).astype(np.float32), (0, 0), 1.0)
        mask *= 1 - np.clip(drop * 5, 0, 0.7)
    return np.clip(mask, 0, 1), np.array(caps, np.float32), notes


def _portrait(rng: np.random.Generator, img: np.ndarray, box: tuple[float, ...]) -> None:
    x0, y0, x1, y1 = (round(v) for v in box)
    h, w = y1 - y0, x1 - x0
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    bg = _rgb(rng, (0.78, 0.8, 0.84), 0.06)
    face = ((xx - w / 2) / (0.3 * w)) ** 2 + ((yy - 0.42 * h) / (0.3 * h)) ** 2 < 1
    body = ((xx - w / 2) / (0.48 * w)) ** 2 + ((yy - 1.05 * h) / (0.38 * h)) ** 2 < 1
    hair = ((xx - w / 2) / (0.33 * w)) ** 2 + ((yy - 0.3 * h) / (0.22 * h)) ** 2 < 1
    out = np.broadcast_to(bg, (h, w, 3)).copy()
    out[body] = _rgb(rng, (0.2, 0.22, 0.3), 0.1)
    out[face] = _rgb(rng, (0.72, 0.58, 0.48), 0.08)
    out[hair & ~(face & (yy > 0.32 * h))] = _rgb(rng, (0.1, 0.08, 0.07), 0.05)
    img[y0:y1, x0:x1] = cv2.GaussianBlur(out, (0, 0), max(0.5, w / 120))


def _page(rng: np.random.Generator, p: Plan, s: float, infrared: bool) -> Page:
    """The document at `s` px/mm: tint, guilloche, text, portrait, stamps and the MRZ."""
    card_front = p.no_mrz and rng.random() < 0.5
    doc = "TD1" if card_front else ("TD3" if p.no_mrz or p.fmt.startswith("MRV") else p.fmt)
    wmm, hmm = DOC_MM[doc]
    w, h = round(wmm * s), round(hmm * s)
    notes: list[str] = []
    paper = _rgb(rng, (0.92, 0.9, 0.86), 0.04)
    tint2 = _rgb(rng, (0.8, 0.86, 0.9), 0.08)
    ramp = np.linspace(0, 1, w, dtype=np.float32)[None, :, None] * rng.uniform(0.15, 0.45)
    img = np.broadcast_to(paper, (h, w, 3)) * (1 - ramp) + tint2 * ramp
    img = img.astype(np.float32)
    if infrared:  # dye tints vanish: a nearly even pale grey
        img = np.full((h, w, 3), rng.uniform(0.8, 0.9), np.float32)
    else:
        _guilloche(rng, img, s, _rgb(rng, (0.55, 0.6, 0.75), 0.12), 0, h)
    booklet = doc != "TD1" and doc != "TD2"
    spine = ""
    near = False
    if booklet:
        near = (p.fmt.startswith("MRV") and rng.random() < 0.5) or (
            p.fmt == "TD3" and rng.random() < 0.1
        )
        spine = "bottom" if near else "top"
    label_ink = np.array((0.25, 0.3, 0.45), np.float32)
    data_ink = np.array((0.08, 0.08, 0.1), np.float32)
    top_mrz = h  # the zone's top (page px): nothing but the MRZ below it
    quad = np.zeros((0, 2), np.float32)
    caps = np.zeros((0, 2, 2), np.float32)
    mask = None
    if not p.no_mrz:
        lay = layout.layout(p.fmt)
        card = p.fmt in ("TD1", "TD2")
        cap_mm = rng.uniform(2.3, 2.55)
        gap = rng.uniform(3.5, 4.1) if card else rng.uniform(4.1, 4.6)
        bottom = rng.uniform(3.0, 4.0) if card else rng.uniform(3.8, 5.5)
        fx0, fy1, fw = 0.0, hmm, wmm  # the foil (a visa) or the document
        if p.fmt.startswith("MRV"):
            fw, fh = DOC_MM[p.fmt]
            fx0 = (wmm - fw) / 2 + rng.uniform(-1.5, 1.5)
            fy1 = hmm - rng.uniform(1.0, 3.0)
            foil = _rgb(rng, (0.94, 0.92, 0.9), 0.03)
            fa = rng.uniform(0.6, 0.85) if not infrared else 0.3
            a0, b0 = round(fx0 * s), round((fy1 - fh) * s)
            region = img[b0 : round(fy1 * s), a0 : round((fx0 + fw) * s)]
            region[:] = region * (1 - fa) + foil * fa
            if not infrared:
                _guilloche(rng, region, s, _rgb(rng, (0.75, 0.55, 0.6), 0.1), 0,
                           region.shape[0])  # fmt: skip
            notes.append("visa foil")
        x0 = fx0 + (fw - lay.width * PITCH_MM) / 2 + rng.uniform(-0.8, 0.8)
        base_mm = [fy1 - bottom - (lay.lines - 1 - i) * gap for i in range(lay.lines)]
        cap_px = max(4, round(cap_mm * s))
        mask, caps, more = _ink_mask(rng, p, (h, w), s, x0 * s, [b * s for b in base_mm], cap_px)
        notes += more
        top_mrz = (base_mm[0] - cap_mm - 1.2) * s
        pad = 0.6 * s
        qx0, qx1 = x0 * s - pad, (x0 + lay.width * PITCH_MM) * s + pad
        qy0, qy1 = (base_mm[0] - cap_mm) * s - pad, base_mm[-1] * s + pad
        quad = np.array([[qx0, qy0], [qx1, qy0], [qx1, qy1], [qx0, qy1]], np.float32)
    # portrait, labels, data, signature: above the zone
    room = (top_mrz if not p.no_mrz else h - 14 * s) / s  # mm above the zone
    if p.no_mrz and not card_front:  # a visa page full of stamps
        notes.append("visa page with stamps")
        if not infrared:
            for _ in range(int(rng.integers(3, 7))):
                _stamp(rng, img, s, room * s)
    else:
        pw = min(0.3 * wmm, 0.72 * room)
        _portrait(rng, img, (0.05 * wmm * s, 4 * s, (0.05 * wmm + pw) * s,
                             (4 + min(room - 6, 1.3 * pw)) * s))  # fmt: skip
        tx = 0.05 * wmm + pw + 4
        y = 5.0
        words = ("SURNAME", "GIVEN NAMES", "NATIONALITY", "DATE OF BIRTH", "SEX",
                 "DATE OF EXPIRY", "AUTHORITY")  # fmt: skip
        for k, word in enumerate(words):
            if y + 5 > room - 1:
                break
            if not infrared:
                _text(img, (tx * s, y * s), word, "sans", 1.4 * s, label_ink)
            value = "".join(
                chr(65 + int(rng.integers(26))) for _ in range(int(rng.integers(4, 11)))
            )
            _text(img, (tx * s, (y + 1.7) * s), value if k != 3 else "12 MAR 1988", "sans-bold",
                  2.1 * s, data_ink)  # fmt: skip
            y += 4.6
        if card_front:
            notes.append("card front")
        if p.fmt.startswith("MRV") and not infrared and rng.random() < 0.6:
            _stamp(rng, img, s, top_mrz - 12 * s)
    if booklet and not infrared and not p.no_mrz and rng.random() < 0.2:  # a data page stamp
        _stamp(rng, img, s, top_mrz - 2 * s)
    if mask is not None:
        ink = _rgb(rng, (0.07, 0.07, 0.09), 0.03)
        if p.process == "engraved":
            ink = _rgb(rng, (0.2, 0.2, 0.22), 0.03)
        a = mask[..., None]
        img = img * (1 - a) + ink * a
    alpha = np.ones((h, w), np.float32)
    if doc in ("TD1", "TD2"):  # rounded corners of a card
        r = round(3.18 * s)
        corner = np.zeros((r, r), np.float32)
        cv2.circle(corner, (r, r), r, 1.0, -1, cv2.LINE_AA)
        for flip_y, flip_x in ((0, 0), (0, 1), (1, 0), (1, 1)):
            c = corner[:: -1 if flip_y else 1, :: -1 if flip_x else 1]
            ys = slice(h - r, h) if flip_y else slice(0, r)
            xs = slice(w - r, w) if flip_x else slice(0, r)
            alpha[ys, xs] = c
    return Page(np.clip(img, 0, 1).astype(np.float32), alpha, quad, caps, notes, spine, near)


# -- captures ------------------------------------------------------------------------------


def _apply(hm: np.ndarray, pts: np.ndarray) -> np.ndarray:
    flat = pts.reshape(-1, 2).astype(np.float64)
    out = cv2.perspectiveTransform(flat[None], hm)[0]
    return out.reshape(pts.shape).astype(np.float32)


def _cap_of(hm: np.ndarray, caps: np.ndarray) -> float:
    moved = _apply(hm, caps)
    return float(np.linalg.norm(moved[:, 0] - moved[:, 1], axis=1).mean())


def _curl(rng: np.random.Generator, page: Page, s: float, strength: float) -> list[str]:
    """A booklet page lifting towards its spine: rows shift towards the spine, more near
    it and more in the page's middle than at its ends, and darken there."""
    if not page.spine:
        return []
    h, w = page.img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d = yy if page.spine == "top" else (h - 1 - yy)  # px from the spine
    reach = rng.uniform(5, 9) * s
    along = 0.55 + 0.45 * np.sin(np.pi * xx / w)  # pressed flatter at the page's ends
    amp = strength * rng.uniform(0.6, 1.0) * s  # px at the spine
    dy = amp * along * np.exp(-d / reach) * (-1 if page.spine == "top" else 1)
    bow = rng.uniform(0.1, 0.35) * s * strength * (1 - (2 * xx / w - 1) ** 2)  # the page's bow
    dy = dy + bow
    map_y = yy - dy
    page.img = cv2.remap(page.img, xx, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    shade = 1 - rng.uniform(0.2, 0.45) * np.exp(-d / (0.8 * reach))
    page.img *= shade[..., None]
    for arr in (page.quad, page.caps):
        if arr.size:
            flat = arr.reshape(-1, 2)
            xi = np.clip(flat[:, 0].astype(int), 0, w - 1)
            yi = np.clip(flat[:, 1].astype(int), 0, h - 1)
            flat[:, 1] += dy[yi, xi]
    if page.quad.size:  # the zone's lines bend between its corners: widen its box
        page.quad[:2, 1] -= 0.4 * s
        page.quad[2:, 1] += 0.4 * s
    side = "the zone on the spine's side" if page.near_spine else "spine away from the zone"
    return [f"booklet curvature ({side})"]


def _hologram(rng: np.random.Generator, page: Page, s: float) -> list[str]:
    h, w = page.img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a = rng.uniform(0, np.pi)
    phase = (xx * np.cos(a) + yy * np.sin(a)) / (rng.uniform(6, 14) * s)
    rings = np.zeros((h, w), np.float32)
    for _ in range(int(rng.integers(1, 4))):
        cx, cy, r = rng.uniform(0, w), rng.uniform(0.5 * h, h), rng.uniform(6, 14) * s
        rr = np.hypot(xx - cx, yy - cy)
        rings += np.exp(-(((rr - r) / (0.6 * s)) ** 2))
    strength = rng.uniform(0.03, 0.09)
    rainbow = np.stack([np.sin(2 * np.pi * (phase + k / 3)) for k in range(3)], -1)
    page.img += (
        strength * (rainbow + rings[..., None] * 1.5) * (0.6 + 0.4 * np.sin(phase)[..., None])
    )
    np.clip(page.img, 0, 1, out=page.img)
    return [f"hologram overlay {strength:.2f}"]


def _glare_band(rng: np.random.Generator, page: Page, cap: float) -> list[str]:
    h, w = page.img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a = rng.uniform(-0.6, 0.6)
    centre = (page.quad[:, 1].mean() if page.quad.size else h * 0.8) + rng.uniform(-0.2, 0.2) * h
    dist = (yy - centre) * np.cos(a) - (xx - w / 2) * np.sin(a)
    peak = rng.uniform(0.2, cap)
    g = peak * np.exp(-((dist / (rng.uniform(0.04, 0.12) * h)) ** 2))
    page.img += (1 - page.img) * g[..., None]
    return [f"laminate glare band {peak:.2f}"]


def _light(rng: np.random.Generator, img: np.ndarray, depth: float) -> None:
    """Uneven lighting: a smooth falloff across the picture, in place."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0, w), rng.uniform(0, h)
    r = np.hypot(xx - cx, yy - cy) / max(h, w)
    img *= (1 - depth * np.clip(r, 0, 1.2) ** 1.5)[..., None]


def _warp(page: Page, hm: np.ndarray, size: tuple[int, int], bg: np.ndarray) -> np.ndarray:
    """The page seen through homography `hm` over background `bg` (float RGB, size)."""
    img, alpha = page.img, page.alpha
    scale = math.sqrt(abs(np.linalg.det(hm[:2, :2]))) / max(1e-6, abs(hm[2, 2]))
    if scale < 0.8:  # shrink first with area averaging: a camera integrates, never aliases
        f = max(scale * 1.1, 0.05)
        img = cv2.resize(img, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
        alpha = cv2.resize(alpha, (img.shape[1], img.shape[0]), interpolation=cv2.INTER_AREA)
        fx, fy = img.shape[1] / page.img.shape[1], img.shape[0] / page.img.shape[0]
        hm = hm @ np.diag([1 / fx, 1 / fy, 1.0])
    out = cv2.warpPerspective(img, hm, size, flags=cv2.INTER_LINEAR)
    a = cv2.warpPerspective(alpha, hm, size, flags=cv2.INTER_LINEAR)[..., None]
    return out * a + bg * (1 - a)


def _place(
    page: Page, hm: np.ndarray, margin: tuple[float, float], limit: int = 3400
) -> tuple[np.ndarray, tuple[int, int]]:
    """Translates `hm` so that the whole document sits in a picture with these margins."""
    h, w = page.img.shape[:2]
    corners = _apply(hm, np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32))
    lo, hi = corners.min(0), corners.max(0)
    size = hi - lo
    mx, my = margin[0] * size[0], margin[1] * size[1]
    shift = np.array([[1, 0, mx - lo[0]], [0, 1, my - lo[1]], [0, 0, 1]])
    out = (min(limit, round(size[0] + 2 * mx)), min(limit, round(size[1] + 2 * my)))
    return shift @ hm, out


def _rot(deg: float, scale: float = 1.0) -> np.ndarray:
    c, s_ = math.cos(math.radians(deg)) * scale, math.sin(math.radians(deg)) * scale
    return np.array([[c, -s_, 0], [s_, c, 0], [0, 0, 1]])


def _tilt(page: Page, rng: np.random.Generator, deg: float) -> np.ndarray:
    """A homography for a page seen `deg` degrees off its normal by a pinhole camera."""
    h, w = page.img.shape[:2]
    axis = rng.uniform(0, np.pi)
    t = math.radians(deg)
    f = 1.3 * max(w, h)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    pts = src - np.array([w / 2, h / 2], np.float32)
    ax = np.array([math.cos(axis), math.sin(axis)])
    along = pts @ ax  # the coordinate across the tilt's axis
    z = along * math.sin(t)
    scale = f / (f + z)
    dst = pts * scale[:, None] + np.array([w / 2, h / 2])
    return cv2.getPerspectiveTransform(src, dst.astype(np.float32)).astype(np.float64)


def _blur(rng: np.random.Generator, img: np.ndarray, cap: float, kind: str) -> str:
    if kind == "motion":
        n = max(2, round(rng.uniform(0.12, 0.35) * cap))
        k = np.zeros((n, n), np.float32)
        k[n // 2, :] = 1
        rm = cv2.getRotationMatrix2D(((n - 1) / 2, (n - 1) / 2), rng.uniform(0, 180), 1.0)
        k = cv2.warpAffine(k, rm, (n, n))
        img[:] = cv2.filter2D(img, -1, k / max(k.sum(), 1e-6))
        return f"motion blur {n} px"
    sigma = rng.uniform(0.05, 0.11) * cap
    img[:] = cv2.GaussianBlur(img, (0, 0), sigma)
    return f"defocus {sigma:.1f} px"


def _noise(rng: np.random.Generator, img: np.ndarray, sigma: float) -> None:
    img += rng.normal(0, sigma, img.shape).astype(np.float32)


def _bg(
    rng: np.random.Generator, size: tuple[int, int], base: tuple[float, ...], grain: float
) -> np.ndarray:
    w, h = size
    col = _rgb(rng, base, 0.05)
    small = rng.normal(0, grain, (max(2, h // 24), max(2, w // 24), 1)).astype(np.float32)
    small = small * (1 + rng.normal(0, 0.1, (1, 1, 3))).astype(np.float32)  # a little colour
    return np.clip(col + cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC), 0, 1)


def _jpeg(img: np.ndarray, quality: int) -> bytes:
    bgr = np.clip(img[..., ::-1] * 255 + 0.5, 0, 255).astype(np.uint8)
    ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return buf.tobytes()


def _unjpeg(data: bytes) -> np.ndarray:
    bgr = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    return bgr[..., ::-1].astype(np.float32) / 255


@dataclasses.dataclass
class Capture:
    img: np.ndarray  # float RGB
    hm: np.ndarray  # page px -> picture px
    quality: int
    notes: list[str]


def _reader(rng: np.random.Generator, page: Page, s: float, cap: float, ir: bool) -> Capture:
    notes = ["infrared light" if ir else "visible light"]
    if not ir and page.quad.size and rng.random() < 0.7:
        notes += _hologram(rng, page, s)
    if not ir and rng.random() < 0.45:
        notes += _glare_band(rng, page, 0.5)
    k = cap / (_cap_of(np.eye(3), page.caps) if page.caps.size else 2.42 * s)
    hm = _rot(rng.uniform(-1.5, 1.5), k)
    hm, size = _place(page, hm, (rng.uniform(0.01, 0.05), rng.uniform(0.01, 0.06)))
    bg = _bg(rng, size, (0.06, 0.07, 0.09) if not ir else (0.03, 0.03, 0.03), 0.01)
    img = _warp(page, hm, size, bg)
    if ir:
        img[:] = img.mean(-1, keepdims=True)
    _light(rng, img, rng.uniform(0.05, 0.2))
    _noise(rng, img, rng.uniform(0.004, 0.012))
    return Capture(img, hm, int(rng.integers(75, 96)), notes)


def _scan(rng: np.random.Generator, page: Page, s: float, cap: float) -> Capture:
    dpi = rng.uniform(150, 300)
    notes = [f"{dpi:.0f} dpi"]
    if page.spine:
        notes += _curl(rng, page, s, rng.uniform(0.6, 1.0))
    k = dpi / 25.4 / s
    hm = _rot(rng.uniform(-3, 3), k)
    hm, size = _place(page, hm, (rng.uniform(0.02, 0.12), rng.uniform(0.02, 0.15)))
    bg = _bg(rng, size, (0.96, 0.96, 0.95), 0.006)
    img = _warp(page, hm, size, bg)
    dust = (rng.random(img.shape[:2]) < 0.00003).astype(np.float32)
    img *= 1 - np.clip(cv2.GaussianBlur(dust, (0, 0), 0.7)[..., None] * 2.5, 0, 0.35)
    _noise(rng, img, 0.006)
    return Capture(img, hm, int(rng.integers(70, 96)), notes)


def _screen(rng: np.random.Generator, page: Page, s: float) -> tuple[Page, float]:
    """The page as a monitor shows a scan of it: RGB subpixel stripes, self-lit."""
    screen_s = rng.uniform(5.5, 8.0)  # screen pixels per page mm
    f = screen_s / s
    small = cv2.resize(page.img, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
    h, w = small.shape[:2]
    sub = np.zeros((3 * h, 3 * w, 3), np.float32)
    for c in range(3):
        sub[:, c::3, c] = np.repeat(small[..., c], 3, 0)  # one subpixel in three lit
    sub[2::3] *= 0.7  # the dark gap between pixel rows
    lit = cv2.blur(sub.mean(-1), (9, 9))  # the phone exposes for the lit screen
    sub *= 0.9 / max(0.1, float(np.percentile(lit, 95)))
    alpha = np.ones(sub.shape[:2], np.float32)
    scale = 3 * f
    moved = Page(sub, alpha, page.quad * scale, page.caps * scale, page.notes,
                 "", False)  # fmt: skip
    return moved, 3 * screen_s


def _phone(rng: np.random.Generator, page: Page, s: float, cap: float) -> Capture:
    notes: list[str] = []
    monitor = rng.random() < 0.2
    if page.spine and not monitor:
        notes += _curl(rng, page, s, rng.uniform(0.8, 1.6))
    pre = np.eye(3)  # the original page's px -> the picture's source
    if monitor:
        page, screen_s = _screen(rng, page, s)
        pre = np.diag([screen_s / s, screen_s / s, 1.0])
        s = screen_s
        notes.append("photo of a monitor showing a scan")
    elif rng.random() < 0.5:
        notes += _glare_band(rng, page, 0.45)
    tilt = rng.uniform(0, 25)
    turn = rng.uniform(-25, 25)
    hm = _tilt(page, rng, tilt)
    hm = _rot(turn) @ hm
    if page.caps.size:
        hm = np.diag([cap / _cap_of(hm, page.caps)] * 2 + [1.0]) @ hm
    hm, size = _place(page, hm, (rng.uniform(0.04, 0.2), rng.uniform(0.04, 0.2)))
    notes.append(f"tilted {tilt:.0f} deg, turned {turn:.0f} deg")
    bg = _bg(rng, size, (0.35, 0.3, 0.25) if not monitor else (0.05, 0.05, 0.06),
             0.04 if not monitor else 0.005)  # fmt: skip
    img = _warp(page, hm, size, bg)
    if not monitor:
        _light(rng, img, rng.uniform(0.1, 0.4))
    r = rng.random()
    if r < 0.35:
        notes.append(_blur(rng, img, cap, "motion"))
    elif r < 0.6:
        notes.append(_blur(rng, img, cap, "defocus"))
    low = rng.random() < 0.4
    _noise(rng, img, rng.uniform(0.02, 0.045) if low else rng.uniform(0.005, 0.015))
    if low:
        notes.append("low light")
    return Capture(img, hm @ pre, int(rng.integers(45, 91)), notes)


def _webcam(rng: np.random.Generator, page: Page, s: float, cap: float) -> Capture:
    mode = WEBCAM_MODES[int(rng.integers(len(WEBCAM_MODES)))]
    notes = [f"webcam {mode[0]}x{mode[1]}"]
    hm = _rot(rng.uniform(-8, 8)) @ _tilt(page, rng, rng.uniform(0, 10))
    if page.caps.size:
        hm = np.diag([cap / _cap_of(hm, page.caps)] * 2 + [1.0]) @ hm
    else:
        hm = np.diag([cap / (2.42 * s)] * 2 + [1.0]) @ hm
    h, w = page.img.shape[:2]
    target = page.quad if page.quad.size else np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    zone = _apply(hm, target)
    fit = min(1.0, *(0.94 * np.array(mode) / (zone.max(0) - zone.min(0))))
    if fit < 1 and page.quad.size:  # the officer steps back until the zone fits the frame
        hm = np.diag([fit, fit, 1.0]) @ hm
        zone = _apply(hm, target)
        notes.append("zone framed from farther")
    lo, hi = zone.min(0), zone.max(0)
    room = np.array(mode) - (hi - lo)
    off = np.array([rng.uniform(0.15, 0.85) * r if r > 0 else r / 2 for r in room])
    hm = np.array([[1, 0, off[0] - lo[0]], [0, 1, off[1] - lo[1]], [0, 0, 1]]) @ hm
    bg = _bg(rng, mode, (0.4, 0.38, 0.36), 0.05)
    img = _warp(page, hm, mode, bg)
    img *= _rgb(rng, (1.0, 0.97, 0.9), 0.06)  # a colour cast
    _light(rng, img, rng.uniform(0.1, 0.3))
    if rng.random() < 0.5:
        notes.append(_blur(rng, img, cap, "defocus"))
    _noise(rng, img, rng.uniform(0.01, 0.03))
    # video coding: 4:2:0 chroma, a temporal denoiser's smear, a low-quality frame
    ycc = cv2.cvtColor(np.clip(img, 0, 1), cv2.COLOR_RGB2YCrCb)
    for c in (1, 2):
        half = cv2.resize(ycc[..., c], (mode[0] // 2, mode[1] // 2), interpolation=cv2.INTER_AREA)
        ycc[..., c] = cv2.resize(half, mode, interpolation=cv2.INTER_LINEAR)
    ycc[..., 0] = 0.6 * ycc[..., 0] + 0.4 * cv2.GaussianBlur(ycc[..., 0], (0, 0), 0.8)
    img = cv2.cvtColor(ycc, cv2.COLOR_YCrCb2RGB)
    q = int(rng.integers(30, 56))
    img = _unjpeg(_jpeg(img, q))
    notes.append(f"video frame JPEG {q}")
    return Capture(img, hm, int(rng.integers(60, 86)), notes)


def _thumbnail(rng: np.random.Generator, page: Page, s: float, cap: float) -> Capture:
    big = _reader(rng, page, s, rng.uniform(20, 30), rng.random() < 0.2)
    first = _unjpeg(_jpeg(big.img, int(rng.integers(85, 96))))
    now = _cap_of(big.hm, page.caps) if page.caps.size else 25.0
    f = cap / now
    size = (max(8, round(first.shape[1] * f)), max(8, round(first.shape[0] * f)))
    img = cv2.resize(first, size, interpolation=cv2.INTER_AREA)
    hm = np.diag([size[0] / first.shape[1], size[1] / first.shape[0], 1.0]) @ big.hm
    return Capture(img, hm, int(rng.integers(60, 91)), [*big.notes, "thumbnail"])


# -- the sample -----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Shot(synth.Sample):
    """A Sample with this set's verdict and what was done to make the picture."""

    valid: bool = True
    capture: str = ""
    font: str = ""  # the face's label ("" without an MRZ)
    face_kind: str = ""
    cap_px: float = 0.0
    mrz_quad: tuple[tuple[float, float], ...] = ()
    notes: str = ""


def _render_scale(capture: str, cap: float) -> float:
    """Pixels per mm the page is drawn at: at least the picture's, so captures shrink."""
    if capture == "reader":
        return max(10.0, 1.1 * cap / 2.3)
    if capture == "phone":
        return max(10.0, 1.3 * cap / 2.3)
    return {"scan": 13.0}.get(capture, 10.0)


def sample(seed: int, *, today: dt.date) -> Shot:
    """The picture and truth of `seed` (deterministic)."""
    for name in (*FACES, *PAGE_FACES):  # refuses to run without every face
        face_path(name)
    p = plan(seed, today)
    rng = np.random.default_rng([seed, 1616])
    cap = float(rng.uniform(*CAP_PX[p.capture]))
    if p.capture == "phone":  # perspective stretches the far side: aim inside the range
        cap = float(rng.uniform(CAP_PX["phone"][0] + 1, CAP_PX["phone"][1] - 1))
    s = _render_scale(p.capture, cap)
    infrared = p.capture in ("reader", "thumbnail") and rng.random() < 0.2
    page = _page(rng, p, s, infrared and p.capture == "reader")
    if p.capture == "reader":
        got = _reader(rng, page, s, cap, infrared)
    elif p.capture == "scan":
        got = _scan(rng, page, s, cap)
    elif p.capture == "phone":
        got = _phone(rng, page, s, cap)
    elif p.capture == "webcam":
        got = _webcam(rng, page, s, cap)
    else:
        got = _thumbnail(rng, page, s, cap)
    jpeg = _jpeg(got.img, got.quality)
    image = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    notes = [f"capture {p.capture}", *page.notes, *got.notes, f"JPEG {got.quality}"]
    if p.no_mrz:
        return Shot(seed, p.capture, "none", (), image, jpeg, valid=False, capture=p.capture,
                    notes="no MRZ; " + "; ".join(notes))  # fmt: skip
    notes.insert(1, f"face {p.face.label}")
    if p.misprint:
        notes.append(p.misprint)
    quad = _apply(got.hm, page.quad)
    return Shot(
        seed, p.capture, p.fmt, p.printed, image, jpeg,
        valid=p.valid, capture=p.capture, font=p.face.label, face_kind=p.face.kind,
        cap_px=round(_cap_of(got.hm, page.caps), 2),
        mrz_quad=tuple((round(float(x), 1), round(float(y), 1)) for x, y in quad),
        notes="; ".join(notes),
    )  # fmt: skip
