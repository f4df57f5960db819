"""A twenty-second document-photo generator: a held-out set, scored once by the lead.

Written without running the OCR and without reading its code, its models, the other
generators' bodies or any results. Read: bench/bench_mrz.py (how a generator is called),
the `Sample` dataclass of tests/documents/synth.py, desktop/documents/mrz.py (compose,
parse) and layout.py, the head of bench/mrz_heldout21.py (docstring and constants),
tests/documents/test_mrz_heldout21.py and scripts/setup-system.sh. Its renderer (Pillow for
glyphs and page text, OpenCV and numpy for the rest) is its own. It pictures what a Taiwan
border counter and its kiosks are handed, and leans on what the twenty-first's docstring
does not list: a passport held open in a hand at a kiosk camera (a thumb over the page's
edge, never over the zone) with the far end of the page slightly out of focus, a
security-camera-like overhead capture with strong keystone, a phone's HDR merge (halos
round dark strokes and the page's edges), a laminate's glare stripe crossing the zone, a
data page's plastic overlay bubbled, a crumpled and flattened page, the phone's shadow over
part of the zone, a kiosk's LCD or e-ink re-display photographed (subpixel stripes, moire,
ghosting), an ultraviolet-lit capture (blue cast, fluorescing paper fibres), an infrared
capture (carbon MRZ ink dark, colour printing pale) and a fax-like 1-bit scan.

Content. TD3 passports (Taiwan most: nine-digit numbers and, as optional data, the
holder's national identification number, a letter, 1 or 2 and eight digits; then Japan,
Korea, the US, Vietnam, the Philippines, Thailand, Indonesia, Malaysia, Singapore, the UK,
Germany (D), France, Australia, Canada, India, mainland China), TD1 cards (Taiwan resident
certificates most, code "IR" and a ten-character number, a letter, 8 or 9 and eight digits,
in ICAO's long-number form: an assumption, not quoted from a specimen; then German,
French, Dutch, Belgian, Spanish and Swiss identity cards), TD2 (crew member certificates
"AC" of Taiwan, Japan and Korea; Romanian identity cards), visa foils MRV-A and MRV-B
(Taiwan's most, then Japan's, the US's, Korea's, Australia's) for holders of other states.
Names from this module's own lists, one in seven with a second given name (cut by
`mrz.compose` when it overflows). The truth is `mrz.compose`'s lines (`Plan.fields` is
what it was given), expiry after the bench's today. About one MRZ in ten is printed invalid
(`valid` False, the truth is the printed lines): per block of 200 seeds 12 with one check
digit wrong and 8 with a digit where only letters may stand (a name's or a state code's O,
D, Q, I, S, B, Z or G printed as the digit it resembles). One picture in twenty-five is a
page without an MRZ (`lines` empty, `format` "none", `valid` False): a booklet's visa page
with entry stamps (5 per 200) or a card's front (3). Formats, captures, face kinds, hybrid
kinds, new faces, blanks and misprints are dealt, not drawn: every run of 200 consecutive
seeds from SEED holds the quotas exactly.

Sizes (ICAO 9303 part 3: OCR-B size I at a 2.54 mm pitch; parts 4-7: ID-1 85.6x54, ID-2
105x74, ID-3 125x88 mm, MRV-A 120x80 and MRV-B 105x74 mm foils on a 125x88 booklet page).
This set's assumptions (not quoted figures): the pitch 0.985-1.015 of 2.54 mm per document;
capitals 2.35-2.50 mm high; lines 4.0-4.4 mm apart (TD1 3.6-4.0 mm), the last baseline
4.4-5.4 mm (TD1 3.3-4.0 mm) above the document's bottom edge; the zone centred on its
document within 0.6 mm; fax at 204x196 ("fine") or 408x392 dpi ("superfine").

Faces (FACE_QUOTA of the 192 MRZ slots per 200): "ocrb" (82 %) OCR-B Regular
(fonts-ocr-b). "hybrid" (9 %): an OCR-B MRZ where three to six look-alike glyphs (of
0 O D 8 B 1 I 5 S 2 Z 6 G printed in the zone; every occurrence) or one whole line come
from a new face. "other" (9 %): the whole MRZ in a new face. New faces, named by no other
file of the project, installed on this machine for this set (2026-12-06): TakaoGothic
(fonts-takao-gothic, a Japanese gothic whose Latin is half-width fixed pitch), C-64
(fonts-sixtyfour, a monospaced pixel face after a home computer's character ROM) and
cwTeX FangSong (fonts-cwtex-fs, a Traditional Chinese Fangsong face from Taiwan whose
Latin is proportional, set here on the fixed pitch). Every face keeps the pitch: a glyph
is scaled so that H's ink is as tall as the zone's capitals, stands on the baseline and
its ink is centred in its cell (squeezed into 86 % of the cell when wider).
scripts/setup-system.sh installs the faces; a missing face raises FileNotFoundError naming
its package: this module never substitutes a face. Page labels and data are in DejaVu
Sans.

Print process (drawn per format): passports laser 60 %, inkjet 20 %, engraved 20 %; TD1
cards engraved 75 %, laser 25 %; TD2 laser; visa foils inkjet 70 %, laser 30 %. "laser"
black toner (reflectance 0.06-0.12), "inkjet" blue-black ink slightly spread, "engraved"
grey (0.30-0.40). The MRZ's ink is carbon (dark in infrared), the page's other printing
is not.

Captures (CAPTURE_QUOTA):
- phone: the document on a desk, turned up to 10 degrees, keystone 0.82-1.0; HDR merge
  halos in 40 %, the phone's shadow over part of the zone in 35 % (paper kept at 55-75 %),
  a laminate's glare stripe across the zone in 30 % of passports and cards (at most 55 %
  towards white), the overlay bubbled in 25 % of passports, crumpled and flattened in 25 %
  of the others (displacement at most 0.35 mm, crease shading); capitals 14-26 px; JPEG 65-90.
- kiosk: a document held in a hand over a kiosk's camera (a booklet held open: the
  facing page's nearer 45 % drawn, blank), a thumb over the page's outer edge above the
  zone, the far end defocused (blur growing to 0.10-0.18 of a capital at the top of the
  frame), cool light and vignette; capitals 15-26 px; JPEG 70-90.
- overhead: a ceiling camera above the counter: strong keystone 0.55-0.75, turned up to 25
  degrees, noise, slight blur, far-end defocus; capitals 10-16 px; JPEG 55-75.
- uv: ultraviolet-lit (365 nm) capture: blue-violet cast, paper dull, fluorescing fibres
  (short bright curves, some on the zone) and a faint fluorescent emblem; capitals 16-28 px.
- ir: infrared reader: greyscale, carbon ink dark, colour printing at 10 % of its contrast,
  uneven IR lighting; capitals 16-28 px; JPEG 80-95.
- fax: the page scanned at fax resolution and thresholded to one bit (text mode), skew up
  to 1.5 degrees, a few streaks along scan lines; JPEG 75-92 of the 1-bit picture.
- lcd: a kiosk's screen showing the document photographed by a phone: LCD (70 %:
  subpixel stripes, pixel grid, moire, backlight bleed) or e-ink (30 %: 16 grey levels,
  low contrast, a faint shifted ghost, as of the previous screen); capitals 16-26 px; JPEG 65-88.
Every MRZ lies wholly inside its picture (sample() asserts it). Not modelled here (earlier
sets did them): readers' glass dust, dot-matrix and ribbon printing, flicker, motion blur.
The page's labels and portrait are schematic.

The 200 scored seeds (3 300 000-3 300 199, today 2026-11-27) are counted by
`scored_mix()` (the draws before rendering) and checked against SCORED_MIX by the tests:
formats TD3 122 (TWN 44), TD1 34 (Taiwan resident certificates 15), TD2 10, MRV-A 18,
MRV-B 8, no MRZ 8 (visa pages 5, card fronts 3); printed invalid 20 (10.4 % of the 192
MRZs; 12 a check digit, 8 a digit among letters); captures phone 50, kiosk 40, overhead 24,
uv 20, ir 24, fax 18, lcd 24; faces (of the 192 MRZs) ocrb 158 (82.3 %), hybrid 17 (11
with glyphs, 6 with a line), other 17 (8.9 %); the new faces (hybrid or whole)
takao-gothic 12, c64 11, cwtex-fs 11; print processes laser 96, inkjet 44, engraved 52.
Rendering the 200 (one run of the final code, not re-checked by the tests: rendering 200
pictures is slow; the draws above are checked): laminate glare stripes 13, the phone's
shadow 19, HDR halos 22, overlays bubbled 9, pages crumpled 5 (phones); thumbs 40 and
far-end defocus 64 (kiosks and overheads); LCD 19 and e-ink 5 re-displays; fax fine 12
and superfine 6; stored JPEG below quality 60: 6. Capitals (cap_px): phone 14.2-25.9 px,
kiosk 15.9-25.8, overhead 10.2-16.0, uv 16.8-26.9, ir 16.1-27.6, fax 18.2-37.8, lcd
16.5-26.5. Pictures from 478x431 to 2170x1528 px (smallest and largest by area, none over
2200 px a side); every zone inside its picture; grey s.d. 14.9 or more where there is an
MRZ (21.3 without). CPU time a picture on this shared machine (2 cores, load 7-13 from
other helpers): median 0.21 s, mean 0.31 s, at most 1.94 s.
Deterministic per seed; seeds start at SEED = 3 300 000. `sample(seed, today=...)` returns
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
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop.documents import layout
from desktop.documents.mrz import compose, parse
from tests.documents.synth import Sample

SEED = 3_300_000
IMAGES = 200

FORMAT_QUOTA = {"TD3": 122, "TD1": 34, "TD2": 10, "MRV-A": 18, "MRV-B": 8, "none": 8}
BLANK_QUOTA = {"visa page": 5, "card front": 3}
CAPTURE_QUOTA = {
    "phone": 50,
    "kiosk": 40,
    "overhead": 24,
    "uv": 20,
    "ir": 24,
    "fax": 18,
    "lcd": 24,
}
CAPTURES = tuple(CAPTURE_QUOTA)
FACE_QUOTA = {"ocrb": 158, "hybrid": 17, "other": 17}  # of the 192 MRZ slots
HYBRID_QUOTA = {"glyphs": 11, "line": 6}
NEW_FACE_QUOTA = {"takao-gothic": 12, "c64": 11, "cwtex-fs": 11}  # of the 34 non-OCR-B
INVALID_QUOTA = 20
CHECK_DIGIT_MISPRINTS = 12
PROCESSES = ("laser", "inkjet", "engraved")
LOOKALIKES = "0OD8B1I5S2Z6G"
DIGIT_FOR = {"O": "0", "D": "0", "Q": "0", "I": "1", "S": "5", "B": "8", "Z": "2", "G": "6"}

FONT_ROOT = Path("/usr/share/fonts")
FACES = {  # label: (file under FONT_ROOT, Debian package)
    "ocrb": ("opentype/ocr-b/OCRB.otf", "fonts-ocr-b"),
    "takao-gothic": ("truetype/takao-gothic/TakaoGothic.ttf", "fonts-takao-gothic"),
    "c64": ("truetype/sixtyfour/C-64-Regular.ttf", "fonts-sixtyfour"),
    "cwtex-fs": ("truetype/cwtex/cwfs.ttf", "fonts-cwtex-fs"),
}
PAGE_FACES = {"dejavu": ("truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core")}
NEW_FACES = tuple(NEW_FACE_QUOTA)
PACKAGES = ("fonts-takao-gothic", "fonts-sixtyfour", "fonts-cwtex-fs")

CAP_PX = {  # capitals' height in the picture, aimed at (at the zone's middle)
    "phone": (14.0, 26.0),
    "kiosk": (15.0, 26.0),
    "overhead": (10.0, 16.0),
    "uv": (16.0, 28.0),
    "ir": (16.0, 28.0),
    "fax": (18.0, 38.0),  # set by the fax's resolution, not aimed at
    "lcd": (16.0, 26.0),
}
FAX_DPI = {"fine": (204, 196), "superfine": (408, 392)}
DOC_MM = {"TD3": (125.0, 88.0), "TD1": (85.6, 54.0), "TD2": (105.0, 74.0)}
FOIL_MM = {"MRV-A": (120.0, 80.0), "MRV-B": (105.0, 74.0)}
BOOKLET_MM = (125.0, 88.0)
MAX_SIDE = 2200

# -- content --------------------------------------------------------------------------

SURNAMES = {
    "twn": [
        "KAO",
        "LO",
        "CHOU",
        "HSIAO",
        "PAN",
        "TIEN",
        "FANG",
        "SHIH",
        "YEH",
        "CHIU",
        "TU",
        "KU",
        "HOU",
        "PENG",
        "CHIANG",
        "LU",
        "SU",
    ],
    "jpn": [
        "OGAWA",
        "FUJITA",
        "MORI",
        "ISHII",
        "SAKAMOTO",
        "AOKI",
        "MATSUDA",
        "NOGUCHI",
        "HAYASHI",
        "KIKUCHI",
    ],
    "kor": [
        "SEO",
        "HAN",
        "SHIN",
        "KWON",
        "HWANG",
        "AHN",
        "SONG",
        "YOO",
        "HONG",
        "JEON",
    ],
    "sea": [
        "HOANG",
        "VU",
        "DANG",
        "BUI",
        "DOMINGO",
        "VILLANUEVA",
        "RATTANA",
        "CHAIYAPORN",
        "HIDAYAT",
        "TAN",
        "ONG",
    ],
    "west": [
        "WAGNER",
        "BECKER",
        "FOURNIER",
        "MOREAU",
        "JANSEN",
        "DEVRIES",
        "PEETERS",
        "ROSSI",
        "MEIER",
        "HUGHES",
    ],
    "other": [
        "PATEL",
        "MEHTA",
        "YILMAZ",
        "POPESCU",
        "NOVAK",
        "MENDOZA",
        "QURESHI",
        "BOATENG",
        "DIAZ",
        "ZHOU",
    ],
}
GIVEN = {
    "twn": [
        "YU",
        "TING",
        "HSIN",
        "JUI",
        "PEI",
        "SHU",
        "KAI",
        "HSUAN",
        "CHUN",
        "YI",
        "TZU",
        "HAN",
        "PO",
        "WEN",
        "JIA",
    ],
    "jpn": [
        "HARUTO",
        "YUI",
        "SOTA",
        "AOI",
        "REN",
        "MIO",
        "DAIKI",
        "SAKURA",
        "KENJI",
        "NAOMI",
    ],
    "kor": [
        "MINJUN",
        "SEOYEON",
        "JIHO",
        "HAEUN",
        "DOYUN",
        "SUBIN",
        "JUWON",
        "YEJIN",
    ],
    "sea": [
        "MINH",
        "LAN",
        "THU",
        "PAOLO",
        "MARISOL",
        "SOMCHAI",
        "NARISA",
        "BUDI",
        "SITI",
        "GUAN",
    ],
    "west": [
        "LUKAS",
        "EMMA",
        "THEO",
        "CLARA",
        "BRAM",
        "SOPHIE",
        "MATTEO",
        "GRETA",
        "OLIVER",
        "ISLA",
    ],
    "other": [
        "ARJUN",
        "PRIYA",
        "EMRE",
        "IOANA",
        "TOMAS",
        "LUCIA",
        "OMAR",
        "KWAME",
        "SOFIA",
        "ZIHAN",
    ],
}
# (state, region, number pattern: A letter, 9 digit, X either)
PASSPORT_STATES = [
    ("JPN", "jpn", "AA9999999"),
    ("KOR", "kor", "A99999999"),
    ("USA", "west", "999999999"),
    ("VNM", "sea", "A9999999"),
    ("PHL", "sea", "A9999999A"),
    ("THA", "sea", "AA9999999"),
    ("IDN", "sea", "A9999999"),
    ("MYS", "sea", "A99999999"),
    ("SGP", "sea", "A9999999A"),
    ("GBR", "west", "999999999"),
    ("D", "west", "AXXXXXXXX"),
    ("FRA", "west", "99AA99999"),
    ("AUS", "west", "AA9999999"),
    ("CAN", "west", "AA999999"),
    ("IND", "other", "A9999999"),
    ("CHN", "other", "A99999999"),
]
CARD_STATES = [
    ("D", "west", "LXXXXXXXX"),
    ("FRA", "west", "XXXXXXXXX"),
    ("NLD", "west", "AAXXXXX99"),
    ("BEL", "west", "999999999"),
    ("ESP", "west", "AAA999999"),
    ("CHE", "west", "A9999999"),
]
VISA_STATES = ["TWN"] * 4 + ["JPN", "USA", "KOR", "AUS"]
FOREIGNERS = ["VNM", "PHL", "IDN", "THA", "IND", "USA", "JPN", "MYS", "GBR", "FRA", "KOR"]
REGION_OF = {s: r for s, r, _ in PASSPORT_STATES} | {"TWN": "twn", "ROU": "other"}


# -- plans -----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class FacePlan:
    kind: str  # ocrb, hybrid, other
    other: str = ""  # the new face, if any
    glyphs: str = ""  # hybrid: the look-alikes taken from the new face
    line: int = -1  # hybrid: the line set wholly in the new face

    def face(self, line: int, ch: str) -> str:
        """The face that prints character `ch` on line `line`."""
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
        sub = f"glyphs {self.glyphs}" if self.glyphs else f"line {self.line + 1}"
        return f"ocrb+{self.other} ({sub})"


@dataclasses.dataclass(frozen=True)
class Plan:
    seed: int
    fmt: str  # a layout format or "none"
    no_mrz: bool
    blank: str  # "visa page" / "card front" when no_mrz
    capture: str
    face: FacePlan
    process: str
    fields: tuple[tuple[str, object], ...]
    composed: tuple[str, ...]
    printed: tuple[str, ...]
    valid: bool
    misprint: str  # "" or "invalid as printed: ..."
    doc: str  # what the document is


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


def _deal(quota: dict[str, int], rng: np.random.Generator) -> list[str]:
    items = [k for k, n in quota.items() for _ in range(n)]
    return [items[i] for i in rng.permutation(len(items))]


@functools.cache
def _block(block: int) -> dict[str, list]:
    """The quotas of one block of IMAGES seeds, dealt in a seeded order."""
    rng = np.random.default_rng([SEED, block, 22])
    formats = _deal(FORMAT_QUOTA, rng)
    n_mrz = IMAGES - FORMAT_QUOTA["none"]
    faces = _deal(FACE_QUOTA, rng)
    hybrids = _deal(HYBRID_QUOTA, rng)
    new_faces = _deal(NEW_FACE_QUOTA, rng)
    invalid = _deal(
        {
            "check digit": CHECK_DIGIT_MISPRINTS,
            "letters": INVALID_QUOTA - CHECK_DIGIT_MISPRINTS,
            "": n_mrz - INVALID_QUOTA,
        },
        rng,
    )
    return {
        "formats": formats,
        "captures": _deal(CAPTURE_QUOTA, rng),
        "blanks": _deal(BLANK_QUOTA, rng),
        "faces": faces,
        "hybrids": hybrids,
        "new_faces": new_faces,
        "invalid": invalid,
    }


def _pattern(rng: np.random.Generator, pat: str) -> str:
    out = []
    for c in pat:
        if c == "9":
            out.append(str(int(rng.integers(10))))
        elif c == "A":
            out.append(chr(65 + int(rng.integers(26))))
        elif c == "L":  # German card numbers avoid vowels; any consonant-like letter
            out.append("CFGHJKLMNPRTVWXYZ"[int(rng.integers(17))])
        else:
            pool = "0123456789CFGHJKLMNPRTVWXYZ"
            out.append(pool[int(rng.integers(len(pool)))])
    return "".join(out)


def _name(rng: np.random.Generator, region: str) -> tuple[str, str]:
    sur = SURNAMES[region][int(rng.integers(len(SURNAMES[region])))]
    given = GIVEN[region]
    names = [given[int(rng.integers(len(given)))]]
    if region == "twn":  # two-syllable given names, as Taiwan's passports write them
        names = [names[0] + " " + given[int(rng.integers(len(given)))]]
    if rng.random() < 1 / 7:
        names.append(given[int(rng.integers(len(given)))])
    return sur, " ".join(names)


def _date(rng: np.random.Generator, lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=int(rng.integers((hi - lo).days + 1)))


def _fields(rng: np.random.Generator, fmt: str, today: dt.date) -> tuple[dict, str]:
    birth = _date(rng, dt.date(1948, 1, 1), today - dt.timedelta(days=365 * 2))
    sex = "F" if rng.random() < 0.5 else "M"
    expiry = _date(rng, today + dt.timedelta(days=20), today + dt.timedelta(days=3600))
    f: dict[str, object] = {"birth_date": birth, "sex": sex, "expiry_date": expiry}
    if fmt == "TD3":
        if rng.random() < 0.36:
            sur, given = _name(rng, "twn")
            nid = chr(65 + int(rng.integers(26))) + ("2" if sex == "F" else "1")
            nid += _pattern(rng, "99999999")
            f |= dict(
                issuing_state="TWN", nationality="TWN", document_number=_pattern(rng, "999999999")
            )
            f |= dict(document_code="P", optional_data=nid, surname=sur, given_names=given)
            return f, "Taiwan passport"
        state, region, pat = PASSPORT_STATES[int(rng.integers(len(PASSPORT_STATES)))]
        sur, given = _name(rng, region)
        f |= dict(issuing_state=state, nationality=state, document_number=_pattern(rng, pat))
        f |= dict(document_code="P", surname=sur, given_names=given)
        return f, f"{state} passport"
    if fmt == "TD1":
        if rng.random() < 0.47:
            nat = FOREIGNERS[int(rng.integers(len(FOREIGNERS)))]
            sur, given = _name(rng, REGION_OF.get(nat, "other"))
            number = chr(65 + int(rng.integers(26))) + "89"[int(rng.integers(2))]
            number += _pattern(rng, "99999999")
            f["expiry_date"] = _date(
                rng, today + dt.timedelta(days=30), today + dt.timedelta(days=1095)
            )
            f |= dict(
                document_code="IR", issuing_state="TWN", nationality=nat, document_number=number
            )
            f |= dict(surname=sur, given_names=given)
            return f, "Taiwan resident certificate"
        state, region, pat = CARD_STATES[int(rng.integers(len(CARD_STATES)))]
        sur, given = _name(rng, region)
        f |= dict(document_code="ID", issuing_state=state, nationality=state)
        f |= dict(document_number=_pattern(rng, pat), surname=sur, given_names=given)
        return f, f"{state} identity card"
    if fmt == "TD2":
        state = ["TWN", "TWN", "JPN", "KOR", "ROU"][int(rng.integers(5))]
        sur, given = _name(rng, REGION_OF[state])
        code, what = (
            ("ID", "Romanian identity card")
            if state == "ROU"
            else ("AC", f"{state} crew certificate")
        )
        pat = "AA999999" if state == "ROU" else "A9999999"
        f |= dict(document_code=code, issuing_state=state, nationality=state)
        f |= dict(document_number=_pattern(rng, pat), surname=sur, given_names=given)
        return f, what
    state = VISA_STATES[int(rng.integers(len(VISA_STATES)))]
    nat = FOREIGNERS[int(rng.integers(len(FOREIGNERS)))]
    while nat == state:
        nat = FOREIGNERS[int(rng.integers(len(FOREIGNERS)))]
    sur, given = _name(rng, REGION_OF.get(nat, "other"))
    f["expiry_date"] = _date(rng, today + dt.timedelta(days=10), today + dt.timedelta(days=720))
    f |= dict(document_code="V", issuing_state=state, nationality=nat)
    f |= dict(document_number=_pattern(rng, "A99999999"[: 8 + int(rng.integers(2))]))
    f |= dict(surname=sur, given_names=given)
    return f, f"{state} visa"


def _misprint(
    rng: np.random.Generator, fmt: str, lines: tuple[str, ...], kind: str
) -> tuple[tuple[str, ...], str]:
    lay = layout.layout(fmt)
    out = [list(x) for x in lines]
    if kind == "check digit":
        spots = [c for c in lay.checks if lines[c.line][c.pos].isdigit()]
        c = spots[int(rng.integers(len(spots)))]
        old = lines[c.line][c.pos]
        new = str((int(old) + 1 + int(rng.integers(9))) % 10)
        out[c.line][c.pos] = new
        what = f"invalid as printed: {c.name} check digit {old} printed {new}"
    else:
        spots = [
            (f.line, p)
            for f in lay.fields
            if f.name in ("names", "issuing_state", "nationality")
            for p in range(f.start, f.stop)
            if lines[f.line][p] in DIGIT_FOR
        ]
        if not spots:
            return lines, ""
        i, k = spots[int(rng.integers(len(spots)))]
        old = lines[i][k]
        out[i][k] = DIGIT_FOR[old]
        what = f"invalid as printed: letter {old} printed as digit {DIGIT_FOR[old]} (line {i + 1})"
    return tuple("".join(x) for x in out), what


def _process(rng: np.random.Generator, fmt: str) -> str:
    r = rng.random()
    if fmt == "TD3":
        return "laser" if r < 0.6 else ("inkjet" if r < 0.8 else "engraved")
    if fmt == "TD1":
        return "engraved" if r < 0.75 else "laser"
    if fmt == "TD2":
        return "laser"
    return "inkjet" if r < 0.7 else "laser"


def plan(seed: int, today: dt.date) -> Plan:
    """Every draw of one seed that decides its truth, before any rendering."""
    block, i = divmod(seed - SEED, IMAGES)
    deal = _block(block)
    fmt, capture = deal["formats"][i], deal["captures"][i]
    rng = np.random.default_rng([seed, 2])
    if fmt == "none":
        k = deal["formats"][:i].count("none")
        blank = deal["blanks"][k]
        return Plan(
            seed, "none", True, blank, capture, FacePlan("ocrb"), "", (), (), (), False, "", blank
        )
    m = i - deal["formats"][:i].count("none")  # this seed's MRZ slot in its block
    kind = deal["faces"][m]
    face = FacePlan("ocrb")
    if kind != "ocrb":
        k = sum(1 for x in deal["faces"][:m] if x != "ocrb")
        other = deal["new_faces"][k]
        if kind == "other":
            face = FacePlan("other", other)
        else:
            h = sum(1 for x in deal["faces"][:m] if x == "hybrid")
            face = FacePlan("hybrid", other)  # its glyphs or line drawn below, from the lines
    misprint = deal["invalid"][m]
    while True:  # a letters misprint needs a look-alike letter among the names or codes
        fields, doc = _fields(rng, fmt, today)
        composed = compose(fmt, **fields)  # type: ignore[arg-type]
        printed, what = _misprint(rng, fmt, composed, misprint) if misprint else (composed, "")
        if not misprint or what:
            break
    if face.kind == "hybrid":
        if deal["hybrids"][h] == "glyphs":
            present = [c for c in LOOKALIKES if any(c in x for x in printed)]
            n = min(len(present), 3 + int(rng.integers(4)))
            picks = sorted(rng.choice(len(present), n, replace=False))
            face = dataclasses.replace(face, glyphs="".join(present[j] for j in picks), line=-1)
        else:
            face = dataclasses.replace(face, line=int(rng.integers(len(printed))))
    valid = parse(printed, today=today).valid
    assert valid is not bool(what), (printed, what)
    return Plan(
        seed, fmt, False, "", capture, face, _process(rng, fmt), tuple(fields.items()),
        composed, printed, valid, what, doc,
    )  # fmt: skip


SCORED_MIX = {
    "TD3": 122,
    "TD3 TWN": 44,
    "TD1": 34,
    "TD1 TWN": 15,
    "TD2": 10,
    "MRV-A": 18,
    "MRV-B": 8,
    "none": 8,
    "visa page": 5,
    "card front": 3,
    "invalid": 20,
    "invalid check digit": 12,
    "invalid letters": 8,
    "phone": 50,
    "kiosk": 40,
    "overhead": 24,
    "uv": 20,
    "ir": 24,
    "fax": 18,
    "lcd": 24,
    "face ocrb": 158,
    "face hybrid": 17,
    "face other": 17,
    "hybrid glyphs": 11,
    "hybrid line": 6,
    "takao-gothic": 12,
    "c64": 11,
    "cwtex-fs": 11,
    "laser": 96,
    "inkjet": 44,
    "engraved": 52,
}


def scored_mix(today: dt.date) -> dict[str, int]:
    """The mix of the 200 scored seeds, from their plans."""
    c: Counter[str] = Counter()
    for p in (plan(SEED + i, today) for i in range(IMAGES)):
        c[p.capture] += 1
        c[p.fmt] += 1
        if p.no_mrz:
            c[p.blank] += 1
            continue
        c[f"{p.fmt} TWN"] += p.printed[0][2:5] == "TWN" and p.fmt in ("TD3", "TD1")
        c["invalid"] += not p.valid
        if not p.valid:
            c["invalid " + ("check digit" if "check digit" in p.misprint else "letters")] += 1
        c[f"face {p.face.kind}"] += 1
        if p.face.kind != "ocrb":
            c[p.face.other] += 1
        if p.face.kind == "hybrid":
            c["hybrid " + ("glyphs" if p.face.glyphs else "line")] += 1
        c[p.process] += 1
    return {k: c[k] for k in SCORED_MIX}


# -- faces and glyphs ------------------------------------------------------------------


def face_path(name: str) -> Path:
    rel, package = {**FACES, **PAGE_FACES}[name]
    path = FONT_ROOT / rel
    if not path.is_file():
        raise FileNotFoundError(
            f"face {name!r} missing: {path} (install {package}; "
            "scripts/setup-system.sh does; this generator never substitutes a face)"
        )
    return path


@functools.cache
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(face_path(name)), size)


@functools.cache
def cap_em(name: str) -> float:
    """H's ink height per pixel of font size."""
    f = font(name, 200)
    box = f.getbbox("H", anchor="ls")
    return (box[3] - box[1]) / 200


@functools.cache
def glyph(name: str, ch: str, cap: int, pitch: int) -> np.ndarray:
    """Coverage (0-1) of `ch` in one cell 2*cap high and `pitch` wide; baseline at row
    1.5*cap; H's ink `cap` high; the ink centred in the cell, squeezed when wider."""
    size = max(4, round(cap / cap_em(name)))
    f = font(name, size)
    w = int(f.getlength(ch)) + 2 * cap + 4
    im = Image.new("L", (w, 2 * cap), 0)
    ImageDraw.Draw(im).text((cap, round(1.5 * cap)), ch, font=f, fill=255, anchor="ls")
    a = np.asarray(im, np.float32) / 255.0
    cols = np.flatnonzero(a.max(0) > 0.05)
    cell = np.zeros((2 * cap, pitch), np.float32)
    if not len(cols):
        return cell
    ink = a[:, cols[0] : cols[-1] + 1]
    room = max(1, int(pitch * 0.86))
    if ink.shape[1] > room:
        ink = cv2.resize(ink, (room, 2 * cap), interpolation=cv2.INTER_AREA)
    x = (pitch - ink.shape[1]) // 2
    cell[:, x : x + ink.shape[1]] = ink
    return cell


# -- the page --------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Zone:
    x0: float  # mm, left of the first cell
    baselines: tuple[float, ...]  # mm from the page's top
    pitch: float
    cap: float


@dataclasses.dataclass
class Page:
    img: np.ndarray  # RGB reflectance 0-1, float32
    carbon: np.ndarray  # MRZ ink coverage 0-1 (dark in infrared)
    colour: np.ndarray  # the other printing's darkening 0-1 (pale in infrared)
    res: float  # px per mm
    size: tuple[float, float]  # mm
    quad: np.ndarray  # the zone's corners in page px (4x2), empty without an MRZ
    caps: np.ndarray  # (top, base) points of the end cells of the first and last lines


def _zone(
    rng: np.random.Generator,
    p: Plan,
    doc: tuple[float, float],
    offset: tuple[float, float] = (0, 0),
) -> Zone:
    width = len(p.printed[0])
    pitch = 2.54 * float(rng.uniform(0.985, 1.015))
    cap = float(rng.uniform(2.35, 2.50))
    td1 = p.fmt == "TD1"
    gap = float(rng.uniform(3.6, 4.0) if td1 else rng.uniform(4.0, 4.4))
    last = doc[1] - float(rng.uniform(3.3, 4.0) if td1 else rng.uniform(4.4, 5.4))
    x0 = (doc[0] - width * pitch) / 2 + float(rng.uniform(-0.6, 0.6))
    n = len(p.printed)
    bases = tuple(offset[1] + last - (n - 1 - i) * gap for i in range(n))
    return Zone(offset[0] + x0, bases, pitch, cap)


def _text(layer: Image.Image, xy: tuple[float, float], s: str, size_px: int, fill: int) -> None:
    ImageDraw.Draw(layer).text(xy, s, font=font("dejavu", max(6, size_px)), fill=fill)


def _page(rng: np.random.Generator, p: Plan, res: float, notes: list[str]) -> Page:
    booklet = p.fmt in ("TD3", "MRV-A", "MRV-B", "none") and p.blank != "card front"
    size = BOOKLET_MM if booklet else DOC_MM["TD1" if p.blank == "card front" else p.fmt]
    w, h = round(size[0] * res), round(size[1] * res)
    yy, xx = (g.astype(np.float32) / res for g in np.ogrid[0:h, 0:w])
    # colour printing: a fine guilloche, labels, data and a portrait (schematic)
    colour = 0.06 + 0.05 * np.sin(xx * 1.7 + 3 * np.sin(yy * 0.31)) * np.sin(yy * 1.3 + xx * 0.05)
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    top_band = size[1] - 17.0  # keep labels and stamps above the zone's band
    tint = np.array(
        rng.choice([(0.93, 0.95, 0.86), (0.95, 0.9, 0.92), (0.88, 0.93, 0.96)]), np.float32
    )
    if p.no_mrz and p.blank == "visa page":
        notes.append("no MRZ: visa page with entry stamps")
        for _ in range(int(rng.integers(2, 5))):
            cx, cy = rng.uniform(20, size[0] - 20), rng.uniform(12, top_band - 12)
            r = rng.uniform(9, 13) * res
            box = (cx * res - r, cy * res - r * 0.7, cx * res + r, cy * res + r * 0.7)
            if rng.random() < 0.5:
                d.ellipse(box, outline=150, width=max(1, round(0.5 * res)))
            else:
                d.rectangle(box, outline=150, width=max(1, round(0.5 * res)))
            _text(
                layer, (box[0] + 0.1 * r, cy * res - 0.2 * r), "TAOYUAN 2026", round(1.8 * res), 150
            )
    else:
        if p.no_mrz:
            notes.append("no MRZ: card front")
        px0, py0 = 5.0, 12.0 if booklet else 9.0
        pw, ph = (32.0, 40.0) if booklet else (24.0, 30.0)
        d.rectangle((px0 * res, py0 * res, (px0 + pw) * res, (py0 + ph) * res), fill=70)
        d.ellipse(
            (
                (px0 + pw * 0.25) * res,
                (py0 + ph * 0.15) * res,
                (px0 + pw * 0.75) * res,
                (py0 + ph * 0.6) * res,
            ),
            fill=120,
        )
        labels = [
            "TYPE / CODE",
            "SURNAME",
            "GIVEN NAMES",
            "NATIONALITY",
            "DATE OF BIRTH",
            "DATE OF EXPIRY",
        ]
        f = dict(p.fields)
        values = [
            str(f.get("document_code", "P")),
            str(f.get("surname", "CHEN")),
            str(f.get("given_names", "YI")),
            str(f.get("nationality", "TWN")),
            "01 JAN 1990",
            "01 JAN 2030",
        ]
        x = px0 + pw + 4
        step = (top_band - py0 - 2) / len(labels)
        for k, (lab, val) in enumerate(zip(labels, values, strict=True)):
            y = py0 + k * step
            if y + 5 > top_band:
                break
            _text(layer, (x * res, y * res), lab, round(1.4 * res), 110)
            _text(layer, (x * res, (y + 1.7) * res), val, round(2.2 * res), 200)
        _text(
            layer,
            (5 * res, 3 * res),
            "REPUBLIC OF CHINA (TAIWAN)"
            if "TWN" in str(f.get("issuing_state", "TWN"))
            else "PASSPORT",
            round(2.4 * res),
            160,
        )
    colour = np.clip(colour + np.asarray(layer, np.float32) / 255.0 * 0.8, 0, 1)
    carbon = np.zeros((h, w), np.float32)
    quad = np.zeros((0, 2), np.float32)
    caps = np.zeros((0, 2, 2), np.float32)
    if p.fmt in FOIL_MM:  # the foil: a pale rectangle at the booklet page's foot
        fw, fh = FOIL_MM[p.fmt]
        fx, fy = (size[0] - fw) / 2, size[1] - fh - 2.0
        foil = (xx >= fx) & (xx < fx + fw) & (yy >= fy) & (yy < fy + fh)
        colour = np.where(foil, 0.03 + 0.5 * colour * (yy < fy + fh - 16), colour)
        doc_size, off = (fw, fh), (fx, fy)
    else:
        doc_size, off = size, (0.0, 0.0)
    if not p.no_mrz:
        zone = _zone(rng, p, doc_size, off)
        carbon, quad, caps = _mrz(p, zone, res, (h, w))
        notes.append(f"pitch {zone.pitch:.3f} mm, capitals {zone.cap:.2f} mm")
        colour = (
            colour * (1 - np.clip(carbon * 4, 0, 1)) * 0.7 + colour * 0.3
        )  # the zone is clear of print
    paper = tint * float(rng.uniform(0.9, 0.97))
    paper_tex = 1 + 0.02 * _smooth_noise(rng, (h, w), 0.3 * res)
    img = (
        paper[None, None, :]
        * paper_tex[..., None]
        * (1 - colour[..., None] * np.array([0.55, 0.65, 0.5], np.float32))
    )
    ink = _ink(rng, p, notes)
    img = img * (1 - carbon[..., None] * (1 - ink[None, None, :]))
    return Page(np.clip(img, 0, 1).astype(np.float32), carbon, colour, res, size, quad, caps)


def _ink(rng: np.random.Generator, p: Plan, notes: list[str]) -> np.ndarray:
    if p.no_mrz:
        return np.ones(3, np.float32)
    if p.process == "engraved":
        v = float(rng.uniform(0.30, 0.40))
        return np.array([v, v, v * 1.03], np.float32)
    if p.process == "inkjet":
        v = float(rng.uniform(0.08, 0.14))
        return np.array([v * 0.8, v * 0.9, v * 1.6], np.float32)
    v = float(rng.uniform(0.06, 0.12))
    return np.array([v, v, v], np.float32)


@functools.cache
def _printed_glyph(name: str, ch: str, cap: int, pitch: int, process: str) -> np.ndarray:
    """A glyph as the process leaves it: engraving thinner, inkjet ink spread."""
    g = glyph(name, ch, cap, pitch)
    if process == "engraved":
        return np.clip(g * 1.4 - 0.35, 0, 1)
    if process == "inkjet":
        return np.clip(cv2.GaussianBlur(g, (0, 0), 0.06 * cap) * 1.25, 0, 1)
    return g


def _mrz(
    p: Plan, zone: Zone, res: float, shape: tuple[int, int]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The MRZ's coverage on the page, its quad and the end cells' (top, base) points."""
    cov = np.zeros(shape, np.float32)
    cap, pitch = max(3, round(zone.cap * res)), max(3, round(zone.pitch * res))
    for i, line in enumerate(p.printed):
        base = zone.baselines[i] * res
        for k, ch in enumerate(line):
            g = _printed_glyph(p.face.face(i, ch), ch, cap, pitch, p.process)
            y = round(base - 1.5 * cap)
            x = round((zone.x0 + k * zone.pitch) * res)
            sub = cov[y : y + 2 * cap, x : x + pitch]
            np.maximum(sub, g[: sub.shape[0], : sub.shape[1]], out=sub)
    n, width = len(p.printed), len(p.printed[0])
    x0, x1 = zone.x0 - 0.6, zone.x0 + width * zone.pitch + 0.6
    y0, y1 = zone.baselines[0] - zone.cap - 0.8, zone.baselines[-1] + 0.8
    quad = np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], np.float32) * res
    ends = []
    for i in (0, n - 1):
        for k in (0, width - 1):
            cx = zone.x0 + (k + 0.5) * zone.pitch
            ends.append(((cx, zone.baselines[i] - zone.cap), (cx, zone.baselines[i])))
    return cov, quad, np.array(ends, np.float32) * res


# -- capture ---------------------------------------------------------------------------


def _warp_pts(m: np.ndarray, pts: np.ndarray) -> np.ndarray:
    if pts.size == 0:
        return pts
    return cv2.perspectiveTransform(pts.reshape(-1, 1, 2).astype(np.float64), m).reshape(pts.shape)


def _place(
    rng: np.random.Generator, page: Page, scale: float, angle: float, keystone: float, margin: float
) -> tuple[np.ndarray, tuple[int, int]]:
    """A homography taking page px to picture px: `scale` px per mm at the zone, turned by
    `angle` degrees, the page's far (top) edge shrunk by `keystone`, `margin` mm round it."""
    w, h = page.size
    c = np.array([(0, 0), (w, 0), (w, h), (0, h)], np.float32)
    mid = np.array([w / 2, h], np.float32)
    far = c.copy()
    # keystone: the top edge shrinks about the centre; scale is kept at the zone (bottom)
    far[:2, 0] = w / 2 + (far[:2, 0] - w / 2) * keystone
    far[:2, 1] = h - h * (0.5 + 0.5 * keystone)
    t = math.radians(angle)
    rot = np.array([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]], np.float32)
    dst = ((far - mid) @ rot.T) * scale
    dst -= dst.min(0) - margin * scale
    out_w, out_h = (dst.max(0) + margin * scale).astype(int) + 1
    src = c * page.res
    m = cv2.getPerspectiveTransform(src.astype(np.float32), dst.astype(np.float32))
    return m, (int(out_w), int(out_h))


def _render(page: Page, m: np.ndarray, out: tuple[int, int], background: np.ndarray) -> np.ndarray:
    border = (-1.0, -1.0, -1.0)
    img = cv2.warpPerspective(page.img, m, out, flags=cv2.INTER_LINEAR, borderValue=border)
    mask = cv2.GaussianBlur((img[..., 0] >= 0).astype(np.float32), (3, 3), 0)[..., None]
    return np.where(img >= 0, img, 0) * mask + background * (1 - mask)


def _desk(
    rng: np.random.Generator, out: tuple[int, int], rgb: tuple[float, float, float]
) -> np.ndarray:
    w, h = out
    base = np.array(rgb, np.float32) * float(rng.uniform(0.8, 1.1))
    tex = _smooth_noise(rng, (h, w), 6.0) * 0.05
    return np.clip(base[None, None, :] * (1 + tex[..., None]), 0, 1)


def _caps_px(m: np.ndarray, caps: np.ndarray) -> float:
    pts = _warp_pts(m, caps.reshape(-1, 2)).reshape(-1, 2, 2)
    return float(np.mean(np.linalg.norm(pts[:, 1] - pts[:, 0], axis=1)))


def _glare(
    rng: np.random.Generator, img: np.ndarray, quad: np.ndarray, notes: list[str]
) -> np.ndarray:
    h, w = img.shape[:2]
    c = quad.mean(0) if quad.size else np.array([w / 2, h / 2])
    t = math.radians(float(rng.uniform(50, 130)))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    dist = (
        (xx - c[0]) * math.cos(t)
        + (yy - c[1]) * math.sin(t)
        + float(rng.uniform(-0.3, 0.3)) * (np.ptp(quad[:, 0]) if quad.size else w) * 0.5
    )
    width = float(rng.uniform(0.03, 0.07)) * max(h, w)
    a = float(rng.uniform(0.3, 0.55)) * np.exp(-((dist / width) ** 2))
    notes.append(f"laminate glare stripe {a.max():.2f}")
    return img * (1 - a[..., None]) + a[..., None]


def _shadow(
    rng: np.random.Generator, img: np.ndarray, quad: np.ndarray, notes: list[str]
) -> np.ndarray:
    h, w = img.shape[:2]
    x0, x1 = quad[:, 0].min(), quad[:, 0].max()
    edge = x0 + float(rng.uniform(0.25, 0.75)) * (x1 - x0)
    mask = np.zeros((h, w), np.float32)
    pts = np.array(
        [(edge, 0), (edge + float(rng.uniform(-0.2, 0.2)) * (x1 - x0), h), (w, h), (w, 0)], np.int32
    )
    if rng.random() < 0.5:  # the shadow from the left instead
        pts[2:, 0] = 0
    cv2.fillPoly(mask, [pts], 1.0)
    mask = cv2.GaussianBlur(mask, (0, 0), max(2.0, 0.02 * w))
    keep = float(rng.uniform(0.55, 0.75))
    notes.append(f"phone's shadow over the zone (paper kept {keep:.2f})")
    return img * (1 - (1 - keep) * mask[..., None])


def _hdr(rng: np.random.Generator, img: np.ndarray, cap: float, notes: list[str]) -> np.ndarray:
    sigma = float(rng.uniform(1.2, 2.5)) * cap
    amt = float(rng.uniform(0.25, 0.5))
    blur = cv2.GaussianBlur(img, (0, 0), sigma)
    notes.append(f"HDR merge halos {amt:.2f}")
    # local tone mapping: the merge lifts the darker surroundings and leaves halos
    return np.clip(img + amt * (img - blur) + 0.1 * (1 - blur) * blur, 0, 1)


def _crumple(
    rng: np.random.Generator, img: np.ndarray, scale: float, notes: list[str]
) -> np.ndarray:
    h, w = img.shape[:2]
    amp = float(rng.uniform(0.15, 0.35)) * scale  # mm to px
    gx = cv2.resize(
        rng.standard_normal((6, 8)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC
    )
    gy = cv2.resize(
        rng.standard_normal((6, 8)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC
    )
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    out = cv2.remap(
        img, xx + amp * gx, yy + amp * gy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT
    )
    shade = np.ones((h, w), np.float32)
    for _ in range(int(rng.integers(3, 7))):  # creases: a lit and a shaded side
        p0 = rng.uniform(0, 1, 2) * (w, h)
        t = rng.uniform(0, math.pi)
        d = (xx - p0[0]) * math.sin(t) - (yy - p0[1]) * math.cos(t)
        shade += (
            float(rng.uniform(0.03, 0.07))
            * np.tanh(d / max(1.5, 0.15 * scale))
            * np.exp(-np.abs(d) / (0.8 * scale))
        )
    notes.append(f"crumpled and flattened ({amp / scale:.2f} mm)")
    return out * shade[..., None]


def _bubbles(
    rng: np.random.Generator, img: np.ndarray, quad: np.ndarray, scale: float, notes: list[str]
) -> np.ndarray:
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    mx, my = np.zeros((h, w), np.float32), np.zeros((h, w), np.float32)
    spec = np.zeros((h, w), np.float32)
    n = int(rng.integers(2, 6))
    for _ in range(n):
        x0, y0 = quad.min(0)
        x1, y1 = quad.max(0)
        c = (float(rng.uniform(x0, x1)), float(rng.uniform(y0 - 15 * scale, y1)))
        r = float(rng.uniform(1.5, 4.0)) * scale
        d = np.hypot(xx - c[0], yy - c[1])
        inside = np.clip(1 - (d / r) ** 2, 0, 1)
        mx += 0.12 * (xx - c[0]) * inside  # a weak magnifier: the bubble lifts the film
        my += 0.12 * (yy - c[1]) * inside
        spec += 0.35 * np.exp(-(((d - 0.8 * r) / (0.08 * r + 1)) ** 2)) * (xx < c[0])
    notes.append(f"overlay bubbled ({n} bubbles)")
    out = cv2.remap(img, xx - mx, yy - my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
    return out * (1 - spec[..., None]) + spec[..., None]


def _far_defocus(
    rng: np.random.Generator, img: np.ndarray, cap: float, notes: list[str]
) -> np.ndarray:
    h = img.shape[0]
    s = float(rng.uniform(0.10, 0.18)) * cap
    blur = cv2.GaussianBlur(img, (0, 0), s)
    ramp = np.clip(1 - np.arange(h, dtype=np.float32) / (0.7 * h), 0, 1)[:, None, None]
    notes.append(f"far end defocused ({s / cap:.2f} cap)")
    return img * (1 - ramp) + blur * ramp


def _noise(rng: np.random.Generator, img: np.ndarray, sd: float) -> np.ndarray:
    return img + rng.standard_normal(img.shape, dtype=np.float32) * np.float32(sd)


def _smooth_noise(rng: np.random.Generator, shape: tuple[int, int], sigma: float) -> np.ndarray:
    """Unit-variance noise blurred at `sigma` px, drawn at a coarser grid and enlarged."""
    q = max(1, int(sigma))
    small = rng.standard_normal((shape[0] // q + 2, shape[1] // q + 2), dtype=np.float32)
    small = cv2.GaussianBlur(small, (0, 0), max(0.5, sigma / q))
    small /= float(small.std()) + 1e-6
    return cv2.resize(small, (shape[1], shape[0]), interpolation=cv2.INTER_LINEAR)


def _thumb(
    rng: np.random.Generator, img: np.ndarray, m: np.ndarray, page: Page, notes: list[str]
) -> np.ndarray:
    """A thumb over the page's outer edge, above the zone and clear of it (asserted)."""
    top = float(page.quad[:, 1].min()) if page.quad.size else page.img.shape[0] * 0.7
    side = 0 if rng.random() < 0.5 else page.img.shape[1]
    r = 9.0 * page.res
    low = top - 1.5 * r - 1.5 * page.res  # the ellipse reaches 1.3 r below its centre
    y = float(rng.uniform(min(0.3 * top, low), low))
    c = _warp_pts(m, np.array([[side, y]], np.float32))[0]
    rr = float(np.linalg.norm(_warp_pts(m, np.array([[side, y + r]], np.float32))[0] - c))
    h, w = img.shape[:2]
    mask = np.zeros((h, w), np.float32)
    cv2.ellipse(
        mask,
        (int(c[0]), int(c[1])),
        (int(rr * 0.8), int(rr * 1.3)),
        float(rng.uniform(-30, 30)),
        0,
        360,
        1.0,
        -1,
    )
    mask = cv2.GaussianBlur(mask, (0, 0), max(1.0, rr * 0.08))[..., None]
    if page.quad.size:
        (x0, y0), (x1, y1) = _warp_pts(m, page.quad).min(0), _warp_pts(m, page.quad).max(0)
        assert mask[int(y0) : int(y1) + 1, int(x0) : int(x1) + 1].max() < 0.02, "thumb on zone"
    skin = np.array([0.78, 0.6, 0.5], np.float32) * float(rng.uniform(0.75, 1.05))
    small = cv2.resize(mask[..., 0], (w // 4 + 1, h // 4 + 1), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), max(1.0, rr * 0.3 / 4))
    shade = 1 - 0.25 * cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)[..., None]
    notes.append("thumb over the page's edge")
    return img * (1 - mask) + skin * mask * shade


def _jpeg(img: np.ndarray, quality: int) -> tuple[bytes, np.ndarray]:
    bgr = cv2.cvtColor(np.clip(img * 255 + 0.5, 0, 255).astype(np.uint8), cv2.COLOR_RGB2BGR)
    ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    data = buf.tobytes()
    return data, cv2.imdecode(buf, cv2.IMREAD_COLOR)


def _shrink(img: np.ndarray, m: np.ndarray, limit: int = MAX_SIDE) -> tuple[np.ndarray, np.ndarray]:
    h, w = img.shape[:2]
    if max(h, w) <= limit:
        return img, m
    f = limit / max(h, w)
    s = np.diag([f, f, 1.0])
    return cv2.resize(img, (int(w * f), int(h * f)), interpolation=cv2.INTER_AREA), s @ m


def _vignette(img: np.ndarray, amount: float) -> np.ndarray:
    h, w = img.shape[:2]
    yy, xx = (g.astype(np.float32) for g in np.ogrid[0:h, 0:w])
    r2 = ((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2
    return img * (1 - amount * r2 / 2)[..., None]


def _facing(page: Page) -> Page:
    """The booklet held open: the facing page above the data page, a gutter between; the
    kiosk's camera frames the data page and the facing page's nearer 45 %."""
    h, w = page.img.shape[:2]
    gutter = max(2, round(3 * page.res))
    fh = round(0.45 * h)
    facing = np.full((fh, w, 3), 0.9, np.float32) * page.img[: h // 8].mean((0, 1))
    shade = np.linspace(1.0, 0.7, gutter, dtype=np.float32)[:, None, None]
    img = np.concatenate([facing, np.ones((gutter, w, 3), np.float32) * shade * 0.8, page.img])
    dy = (fh + gutter) / page.res
    off = np.array([0, fh + gutter], np.float32)
    pad = np.zeros((fh + gutter, w), np.float32)
    return Page(
        img, np.concatenate([pad, page.carbon]), np.concatenate([pad, page.colour]), page.res,
        (page.size[0], page.size[1] + dy), page.quad + off, page.caps + off,
    )  # fmt: skip


def _infrared(rng: np.random.Generator, page: Page, notes: list[str]) -> np.ndarray:
    """In the near infrared the MRZ's carbon ink stays dark; colour inks all but vanish."""
    lift = 1 - 0.1 * page.colour[..., None]
    paper = float(rng.uniform(0.82, 0.95))
    ink = 1 - page.carbon[..., None] * float(rng.uniform(0.8, 0.92))
    notes.append("infrared: colour printing at 10 %")
    return np.repeat(paper * lift * ink, 3, -1).astype(np.float32)


def _uv(rng: np.random.Generator, page: Page, notes: list[str]) -> np.ndarray:
    """Under 365 nm: dull violet paper, carbon ink dark, fibres and an emblem fluorescing."""
    h, w = page.carbon.shape
    paper = np.array([0.30, 0.24, 0.62], np.float32) * float(rng.uniform(0.9, 1.1))
    img = paper * (1 - 0.3 * page.colour[..., None]) * (1 - 0.9 * page.carbon[..., None])
    glow = np.zeros((h, w, 3), np.float32)
    colours = [(0.3, 0.9, 1.0), (1.0, 0.9, 0.3), (1.0, 0.35, 0.3)]
    n = int(rng.integers(60, 140))
    for _ in range(n):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        t = rng.uniform(0, math.pi)
        ln = rng.uniform(1.5, 4.0) * page.res
        bend = rng.uniform(-0.3, 0.3) * ln
        pts = np.array(
            [
                (x, y),
                (x + ln / 2 * math.cos(t) + bend, y + ln / 2 * math.sin(t)),
                (x + ln * math.cos(t), y + ln * math.sin(t)),
            ],
            np.int32,
        )
        c = colours[int(rng.integers(3))]
        cv2.polylines(glow, [pts], False, c, max(1, round(0.12 * page.res)), cv2.LINE_AA)
    emblem = np.zeros((h, w), np.float32)
    cv2.circle(
        emblem,
        (w // 2, h // 3),
        round(12 * page.res),
        1.0,
        max(1, round(1.5 * page.res)),
        cv2.LINE_AA,
    )
    img = img + 0.7 * glow + 0.18 * emblem[..., None] * np.array([0.4, 1.0, 0.5], np.float32)
    notes.append(f"ultraviolet: violet cast, {n} fluorescing fibres, emblem")
    return np.clip(img, 0, 1).astype(np.float32)


def _fax(
    rng: np.random.Generator, img: np.ndarray, m: np.ndarray, dpi: tuple[int, int], notes: list[str]
) -> tuple[np.ndarray, np.ndarray]:
    """Thresholded to one bit in text mode, at the fax's (slightly anisotropic) pitch."""
    h, w = img.shape[:2]
    fx = dpi[0] / dpi[1]
    grey = cv2.resize(img.mean(-1), (round(w * fx), h), interpolation=cv2.INTER_AREA)
    paper = float(np.percentile(grey, 90))
    level = float(rng.uniform(0.5, 0.62)) * paper
    bits = (grey > level).astype(np.float32)
    for _ in range(int(rng.integers(2, 7))):  # a noisy line: a run of black along one scan line
        y = int(rng.integers(h))
        x0 = int(rng.integers(bits.shape[1]))
        bits[y, x0 : x0 + int(rng.integers(20, 200))] = 0
    notes.append(f"one bit, threshold {level / paper:.2f} of the paper")
    return np.repeat(bits[..., None], 3, -1), np.diag([fx, 1.0, 1.0]) @ m


def _screen(
    rng: np.random.Generator,
    img: np.ndarray,
    m: np.ndarray,
    factor: float,
    liquid_crystal: bool,
    notes: list[str],
) -> tuple[np.ndarray, np.ndarray]:
    """The picture shown on a kiosk's screen, photographed by a phone `factor` camera px per
    screen px: an LCD's subpixel stripes and grid, or e-ink's grey levels and ghosting."""
    h, w = img.shape[:2]
    if liquid_crystal:
        # one screen pixel: three columns, R, G and B, and a darker row between pixels
        tile = np.zeros((3, 3, 3), np.float32)
        for c in range(3):
            tile[:, c, c] = 2.3
        tile[2] *= 0.6
        shown = (img.astype(np.float32)[:, None, :, None, :] * tile[None, :, None, :, :]).reshape(
            3 * h, 3 * w, 3
        )
        up = 3.0
        notes.append(f"LCD re-display photographed ({factor:.2f} camera px per screen px)")
    else:
        grey = img.mean(-1)
        ghost = np.roll(grey, (int(rng.integers(-40, 40)), int(rng.integers(-60, 60))), (0, 1))
        levels = np.round((0.15 + 0.57 * grey + 0.04 * (1 - ghost)) * 15) / 15
        shown = cv2.resize(
            levels.astype(np.float32), (2 * w, 2 * h), interpolation=cv2.INTER_NEAREST
        )
        shown = np.repeat(shown[..., None], 3, -1)
        up = 2.0
        notes.append(f"e-ink re-display photographed ({factor:.2f} camera px per screen px)")
    k = factor / up
    t = math.radians(float(rng.uniform(-4, 4)))
    cam = np.array(
        [[k * math.cos(t), -k * math.sin(t), 0], [k * math.sin(t), k * math.cos(t), 0], [0, 0, 1]]
    )
    corners = np.array([(0, 0), (3 * w, 0), (3 * w, 3 * h), (0, 3 * h)], np.float32) * (up / 3)
    warped = _warp_pts(cam, corners)
    pad = 0.04 * np.ptp(warped, 0).max()
    cam[:2, 2] = -warped.min(0) + pad
    out = (np.ptp(warped, 0) + 2 * pad).astype(int) + 1
    photo = cv2.warpAffine(
        shown,
        cam[:2],
        (int(out[0]), int(out[1])),
        flags=cv2.INTER_AREA,
        borderValue=(0.05, 0.05, 0.05),
    )
    photo = cv2.GaussianBlur(photo, (0, 0), 0.9)  # the phone's lens over the pixel grid
    photo = _vignette(photo, 0.2) * np.array([0.95, 1.0, 1.08], np.float32)
    photo = _noise(rng, np.clip(photo, 0, 1), 0.015)
    return photo, cam @ np.diag([up, up, 1.0]) @ m


def sample(seed: int, today: dt.date) -> Shot:
    p = plan(seed, today)
    rng = np.random.default_rng([seed, 3])
    # which effects a picture gets: a stream of its own, so that they do not depend on how
    # many draws the picture's size took
    fx = np.random.default_rng([seed, 5])
    notes = [f"capture {p.capture}", f"document {p.doc}"]
    if not p.no_mrz:
        notes += [f"face {p.face.label}", f"print {p.process}"]
        if p.misprint:
            notes.append(p.misprint)
    lo, hi = CAP_PX[p.capture]
    cap_mm = 2.43
    if p.capture == "fax":
        mode = "fine" if fx.random() < 0.7 else "superfine"
        dpi = FAX_DPI[mode]
        target = cap_mm * dpi[1] / 25.4
        notes.append(f"fax {mode} {dpi[0]}x{dpi[1]} dpi")
    else:
        target = float(rng.uniform(lo, hi))
    scale = target / cap_mm  # px per mm in the picture, at the zone
    lcd = p.capture == "lcd"
    if lcd:  # the screen shows the document at a screen's pitch; the camera sees it again
        screen_scale = scale / float(rng.uniform(1.15, 1.5))
    res = min(18.0, max(8.0, 1.35 * (screen_scale if lcd else scale)))
    page = _page(np.random.default_rng([seed, 4]), p, res, notes)
    if p.capture == "ir":
        page.img = _infrared(rng, page, notes)
    if p.capture == "uv":
        page.img = _uv(rng, page, notes)
    keystone, angle, margin = 1.0, 0.0, 6.0
    if p.capture == "phone":
        keystone, angle = float(rng.uniform(0.82, 1.0)), float(rng.uniform(-10, 10))
    elif p.capture == "kiosk":
        keystone, angle, margin = float(rng.uniform(0.85, 0.97)), float(rng.uniform(-6, 6)), 14.0
    elif p.capture == "overhead":
        keystone, angle, margin = float(rng.uniform(0.55, 0.75)), float(rng.uniform(-25, 25)), 25.0
    elif p.capture in ("uv", "ir"):
        angle, margin = float(rng.uniform(-1.5, 1.5)), 3.0
    elif p.capture == "fax":
        angle, margin = float(rng.uniform(-1.5, 1.5)), 4.0
    elif lcd:
        angle, margin = float(rng.uniform(-2, 2)), 4.0
    m, out = _place(rng, page, screen_scale if lcd else scale, angle, keystone, margin)
    bg = {
        "phone": (0.45, 0.36, 0.28),
        "kiosk": (0.12, 0.13, 0.15),
        "overhead": (0.5, 0.5, 0.48),
        "uv": (0.05, 0.02, 0.12),
        "ir": (0.2, 0.2, 0.2),
        "fax": (1.0, 1.0, 1.0),
        "lcd": (0.1, 0.1, 0.1),
    }[p.capture]
    if p.capture == "kiosk" and page.size == BOOKLET_MM:
        page = _facing(page)
        m, out = _place(rng, page, scale, angle, keystone, margin)
    if page.caps.size and p.capture not in ("lcd", "fax"):
        # keystone magnifies the near (bottom) edge: bring the zone's capitals to the aim
        f = target / _caps_px(m, page.caps)
        m = np.diag([f, f, 1.0]) @ m
        out = (int(out[0] * f) + 1, int(out[1] * f) + 1)
    img = _render(page, m, out, _desk(rng, out, bg))
    quad = _warp_pts(m, page.quad)
    passport_or_card = p.fmt in ("TD3", "TD1", "TD2")
    cap = target
    if p.capture == "phone":
        if passport_or_card and fx.random() < 0.3:
            img = _glare(rng, img, quad, notes)
        if p.fmt == "TD3" and fx.random() < 0.25:
            img = _bubbles(rng, img, quad, scale, notes)
        elif p.fmt != "TD3" and fx.random() < 0.25:
            img = _crumple(rng, img, scale, notes)
        if quad.size and fx.random() < 0.35:
            img = _shadow(rng, img, quad, notes)
        if fx.random() < 0.4:
            img = _hdr(rng, img, cap, notes)
        img = _noise(rng, img, 0.015)
        quality = int(rng.integers(65, 91))
    elif p.capture == "kiosk":
        img = _thumb(rng, img, m, page, notes)
        img = _far_defocus(rng, img, cap, notes)
        img = _vignette(img, 0.25) * np.array([0.92, 0.98, 1.05], np.float32)
        img = _noise(rng, img, 0.012)
        quality = int(rng.integers(70, 91))
    elif p.capture == "overhead":
        img = _far_defocus(rng, img, cap, notes)
        img = cv2.GaussianBlur(img, (0, 0), 0.5)
        img = _noise(rng, img, 0.02) * 0.92 + 0.04
        quality = int(rng.integers(55, 76))
    elif p.capture == "uv":
        img = _noise(rng, img, 0.015)
        quality = int(rng.integers(75, 93))
    elif p.capture == "ir":
        yy, xx = (g.astype(np.float32) for g in np.ogrid[0 : img.shape[0], 0 : img.shape[1]])
        light = 1 - 0.12 * (
            (xx / img.shape[1] - float(rng.uniform(0.3, 0.7))) ** 2 + (yy / img.shape[0] - 0.5) ** 2
        )
        img = cv2.GaussianBlur(img * light[..., None], (0, 0), 0.5)
        img = _noise(rng, img, 0.01)
        notes.append("uneven infrared lighting")
        quality = int(rng.integers(80, 96))
    elif p.capture == "fax":
        img, m = _fax(rng, img, m, dpi, notes)
        quality = int(rng.integers(75, 93))
    else:
        img, m = _screen(rng, img, m, scale / screen_scale, fx.random() < 0.7, notes)
        quality = int(rng.integers(65, 89))
    img, m = _shrink(np.clip(img, 0, 1).astype(np.float32), m)
    quad = _warp_pts(m, page.quad)
    cap_px = _caps_px(m, page.caps) if page.caps.size else 0.0
    h, w = img.shape[:2]
    if quad.size:
        assert (quad >= 0).all() and (quad[:, 0] < w).all() and (quad[:, 1] < h).all(), seed
        notes.append(f"capitals {cap_px:.1f} px")
    notes.append(f"JPEG {quality}")
    data, decoded = _jpeg(img, quality)
    return Shot(
        seed=seed, level=p.capture, format=p.fmt, lines=p.printed, image=decoded, jpeg=data,
        valid=p.valid, capture=p.capture, font="" if p.no_mrz else p.face.label,
        face_kind="" if p.no_mrz else p.face.kind, process=p.process, cap_px=cap_px,
        mrz_quad=tuple((float(x), float(y)) for x, y in quad), notes="; ".join(notes),
    )  # fmt: skip
