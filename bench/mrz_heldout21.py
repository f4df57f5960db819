"""A twenty-first document-photo generator: a held-out set, scored once by the lead.

Written without running the OCR and without reading its code, its models, the other
generators' bodies or any results. Read: bench/bench_mrz.py (how a generator is called),
the `Sample` dataclass of tests/documents/synth.py, desktop/documents/mrz.py (compose,
parse) and layout.py, the head of bench/mrz_heldout20.py (docstring and constants),
tests/documents/test_mrz_heldout20.py and scripts/setup-system.sh. Its renderer (Pillow for
glyphs and page text, OpenCV and numpy for the rest) is its own. It pictures what a Taiwan
border counter is handed, as the counter's devices capture it, and leans on what the
twentieth's docstring does not list: office fluorescent flicker (rolling-shutter banding),
mixed colour temperature (daylight from one side, warm lamps from the other), a booklet's
page bowed over its spine so that the zone's lines curve, motion blur from a hand-held
phone, auto-exposure that clips the white paper, a reader's glass with dust and scratches,
a visa foil's diffractive laminate (rainbow bands), MRZs printed by a 24-pin dot-matrix
printer or a worn fabric ribbon, toner smeared along one line, the next page's MRZ showing
faintly through thin paper (mirrored), cheap document cameras' JPEG at quality 50-70, and
pictures a web upload shrank and a viewer blew up again.

Content. TD3 passports (Taiwan most: nine-digit numbers and, as optional data, the
holder's national identification number, a letter, 1 or 2 and eight digits; then Japan,
Korea, the US, Vietnam, the Philippines, Thailand, Indonesia, Malaysia, Singapore, the UK,
Germany (D), France, Australia, Canada, India, mainland China), TD1 cards (Taiwan resident
certificates most, for foreign holders, code "IR" and a ten-character number, a letter, 8
or 9 and eight digits, in ICAO's long-number form: this set's assumption, not quoted from a
specimen; then German, French, Dutch, Belgian, Spanish and Swiss identity cards), TD2 (crew
member certificates of Taiwan, Japan and Korea; Romanian identity cards), visa foils MRV-A
and MRV-B (Taiwan's most, then Japan's, the US's, Korea's, Australia's) for holders of
other states. Names from short lists per region, one in eight with extra given names (cut
by `mrz.compose` when they overflow). The truth is `mrz.compose`'s lines (`Plan.fields` is
what it was given), expiry after the bench's today. About one MRZ in ten is printed invalid
(`valid` False, the truth is the printed lines): per block of 200 seeds 13 with one check
digit wrong and 7 with a digit where only letters may stand (a name's or a state code's O,
D, Q, I, S, B, Z or G printed as the digit it resembles). One picture in twenty-five is a
page without an MRZ (`lines` empty, `format` "none", `valid` False): a booklet's visa page
with entry stamps (6 per 200) or a card's front (2). Formats, captures, face kinds, hybrid
kinds, new faces, blanks and misprints are dealt, not drawn: every run of 200 consecutive
seeds from SEED holds the quotas exactly.

Sizes (ICAO 9303 part 3: OCR-B size I at a 2.54 mm pitch; parts 4-7: ID-1 85.6x54, ID-2
105x74, ID-3 125x88 mm, MRV-A 120x80 and MRV-B 105x74 mm foils on a 125x88 booklet page).
This set's assumptions (not quoted figures): the pitch 0.985-1.015 of 2.54 mm per document;
capitals 2.35-2.50 mm high; lines 4.0-4.4 mm apart (TD1 3.6-4.0 mm), the last baseline
4.4-5.4 mm (TD1 3.3-4.0 mm) above the document's bottom edge; the zone centred on its
document within 0.6 mm.

Faces (FACE_QUOTA of the 192 MRZ slots per 200): "ocrb" (82 %) OCR-B Regular
(fonts-ocr-b). "hybrid" (9 %): an OCR-B MRZ where three to six look-alike glyphs (of
0 O D 8 B 1 I 5 S 2 Z 6 G printed in the zone; every occurrence) or one whole line come
from a new face, as a personaliser whose OCR-B lacks glyphs substitutes them. "other"
(9 %): the whole MRZ in a new face. New faces, named by no other file of the project,
installed on this machine for this set (2026-12-06): LXGW WenKai Mono Regular
(fonts-lxgw-wenkai, a monospaced Kai face of Chinese handwriting, as a Taiwan office's
printer without OCR-B might set), kiloji (fonts-kiloji, a monospaced hand-lettered
Japanese face) and Routed Gothic (fonts-routed-gothic, the single-stroke face of
pantograph engravers; proportional, set here on the fixed pitch). Every face keeps the
pitch: a glyph is scaled so that H's ink is as tall as the zone's capitals, stands on the
baseline and its advance is centred in its cell (ink squeezed into the cell when wider).
scripts/setup-system.sh installs the faces; a missing face raises FileNotFoundError naming
its package: this module never substitutes a face. Page labels and data are in DejaVu
Sans.

Print process (drawn per format): passports laser 55 %, inkjet 25 %, engraved 20 %; TD1
cards engraved 80 %, laser 20 %; TD2 laser 50 %, ribbon 50 %; visa foils inkjet 45 %,
dot matrix 30 %, ribbon 25 %. Glyphs are drawn at twice the page's resolution and brought
down: "laser" crisp toner, in a third of them smeared along one line (a grey trail
drawn out to the upper left of that line's glyphs, 12-25 % dark); "inkjet" ink spread and mottled,
blue-black; "engraved" grey (reflectance 0.33-0.43) and thinner; "dotmatrix" each glyph
rebuilt from round dots on a 24-pin grid (dots overlapping); "ribbon" a worn fabric
ribbon: the weave's texture and ink that fades and returns along the line (55-95 %).

Captures (CAPTURE_QUOTA):
- reader (full-page desk reader): the page flat on its glass, turned up to 1 degree, light
  falling off up to 8 %, the glass's dust (small dark specks, some on the zone) and one to
  three scratches (faint bright hairlines); a visa foil's diffractive laminate in 70 % of
  visas (all captures but thumbnails); capitals 18-30 px; in 15 % of passports and visas
  the next page's MRZ shows through; JPEG 80-95.
- scan (counter flatbed) at 150, 200, 240 or 300 dpi, skew up to 2 degrees, the next
  page's MRZ showing through thin paper in half (mirrored, 4-9 % dark, diffused), in 35 %
  shrunk by a web upload to 45-70 % and blown up again (bilinear); JPEG 70-92.
- phone: the document on a desk (a booklet's facing page is not drawn), the camera off the
  page's normal by up to 18 degrees one way and 10 the other, turned up to 12 degrees; a
  booklet's page bowed over its spine in half of the booklets (the zone's lines sag
  0.4-1.1 mm at their middle); fluorescent flicker in 40 % (row bands 3-8 %);
  mixed colour temperature in half; hand-shake motion blur in 35 % (at most 0.12 of a
  capital); auto-exposure clipping the paper in 30 % (gain 1.12-1.30); sensor noise and the
  phone's sharpening; JPEG 60-88; capitals 14-26 px.
- webcam (counter webcams and cheap document cameras): 640x480, 800x600, 1280x720 or
  1600x1200 frames, turned up to 6 degrees, tilted up to 8, capitals 9-14 px, flicker in
  half, noise, JPEG 50-70.
- thumbnail: a reader's picture (its glass's dust too) shrunk to capitals 7-12 px, JPEG
  60-88.
Every MRZ lies wholly inside its picture (sample() asserts it). Not modelled (earlier sets
did them): infrared and kiosk readers, holograms, glare, thumbs and sleeves, photos of
monitors, video coding; the page's labels and portrait are schematic.

The 200 scored seeds (3 200 000-3 200 199, today 2026-11-27) are counted by
`scored_mix()` (the draws before rendering) and checked against SCORED_MIX by the tests:
formats TD3 122 (TWN 41), TD1 34 (Taiwan resident certificates 16), TD2 10, MRV-A 18,
MRV-B 8, no MRZ 8 (visa pages 6, card fronts 2); printed invalid 20 (10.4 % of the 192
MRZs; 13 a check digit, 7 a digit among letters); captures reader 66, scan 40, phone 48,
webcam 24, thumbnail 22; faces (of the 192 MRZs) ocrb 158 (82.3 %), hybrid 17 (11 with
glyphs, 6 with a line), other 17 (8.9 %); the new faces (hybrid or whole) wenkai-mono 12,
kiloji 11, routed-gothic 11; print processes laser 85, inkjet 35, engraved 49, dotmatrix
14, ribbon 9.
Rendering the 200 (one run of the final code, not re-checked by the tests: rendering 200
pictures is slow; the draws above are checked): toner smeared along a line 23, glass dust
and scratches 88 (readers and thumbnails), diffractive visa laminate 13, the next page
showing through 25, shrunk by an upload and blown up 19 (scans), pages bowed over the
spine 15, fluorescent flicker 30 (phones and webcams), mixed colour temperature 23, motion
blur 14, auto-exposure clipping 20 (phones); stored JPEG below quality 60: 13. Capitals
(cap_px, foreshortened where the page is tilted): reader 17.9-30.8 px, scan 14.0-29.5,
phone 14.2-25.9, webcam 9.5-13.8, thumbnail 7.5-11.9. Pictures from 369x270 to 2196x1697
px (smallest and largest by area, none over 2200 px a side); every zone inside its
picture; grey s.d. 20.1 or more where there is an MRZ (10.1 without). CPU time a picture
on this shared machine (2 cores, other helpers running): median 0.26 s, mean 0.31 s, at
most 1.10 s.
Deterministic per seed; seeds start at SEED = 3 200 000. `sample(seed, today=...)` returns
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

SEED = 3_200_000
IMAGES = 200

FORMAT_QUOTA = {"TD3": 122, "TD1": 34, "TD2": 10, "MRV-A": 18, "MRV-B": 8, "none": 8}
BLANK_QUOTA = {"visa page": 6, "card front": 2}
CAPTURE_QUOTA = {"reader": 66, "scan": 40, "phone": 48, "webcam": 24, "thumbnail": 22}
CAPTURES = tuple(CAPTURE_QUOTA)
FACE_QUOTA = {"ocrb": 158, "hybrid": 17, "other": 17}  # of the 192 MRZ slots
HYBRID_QUOTA = {"glyphs": 11, "line": 6}
INVALID_QUOTA = 20
CHECK_DIGIT_MISPRINTS = 13
PROCESSES = ("laser", "inkjet", "engraved", "dotmatrix", "ribbon")
LOOKALIKES = "0OD8B1I5S2Z6G"
DIGIT_FOR = {"O": "0", "D": "0", "Q": "0", "I": "1", "S": "5", "B": "8", "Z": "2", "G": "6"}

FONT_ROOT = Path("/usr/share/fonts")
FACES = {  # label: (file under FONT_ROOT, Debian package)
    "ocrb": ("opentype/ocr-b/OCRB.otf", "fonts-ocr-b"),
    "wenkai-mono": ("truetype/lxgw-wenkai/LXGWWenKaiMono-Regular.ttf", "fonts-lxgw-wenkai"),
    "kiloji": ("truetype/kiloji/kiloji.ttf", "fonts-kiloji"),
    "routed-gothic": ("truetype/routed-gothic/routed-gothic.ttf", "fonts-routed-gothic"),
}
PAGE_FACES = {"dejavu": ("truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core")}
NEW_FACES = ("wenkai-mono", "kiloji", "routed-gothic")
PACKAGES = ("fonts-lxgw-wenkai", "fonts-kiloji", "fonts-routed-gothic")

CAP_PX = {  # capitals' height in the picture, aimed at
    "reader": (18.0, 30.0),
    "scan": (13.5, 29.6),
    "phone": (14.0, 26.0),
    "webcam": (9.0, 14.0),
    "thumbnail": (7.0, 12.0),
}
WEBCAM_MODES = ((640, 480), (800, 600), (1280, 720), (1600, 1200))
DOC_MM = {"TD3": (125.0, 88.0), "TD1": (85.6, 54.0), "TD2": (105.0, 74.0)}
FOIL_MM = {"MRV-A": (120.0, 80.0), "MRV-B": (105.0, 74.0)}
BOOKLET_MM = (125.0, 88.0)
MAX_SIDE = 2200

# -- content --------------------------------------------------------------------------

SURNAMES = {
    "twn": [
        "LIN",
        "CHEN",
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
    "jpn": [
        "SATO",
        "SUZUKI",
        "TAKAHASHI",
        "TANAKA",
        "WATANABE",
        "ITO",
        "YAMAMOTO",
        "NAKAMURA",
        "KOBAYASHI",
    ],
    "kor": ["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM"],
    "sea": [
        "NGUYEN",
        "TRAN",
        "LE",
        "PHAM",
        "SANTOS",
        "REYES",
        "CRUZ",
        "BAUTISTA",
        "SUKSAWAT",
        "WONGSA",
        "SANTOSO",
    ],
    "west": [
        "SMITH",
        "JOHNSON",
        "BROWN",
        "MUELLER",
        "SCHMIDT",
        "DUBOIS",
        "MARTIN",
        "GARCIA",
        "BOSSI",
        "OBRIEN",
    ],
    "other": [
        "SINGH",
        "KUMAR",
        "OSMAN",
        "OKAFOR",
        "IVANOV",
        "DA",
        "SILVA",
        "ABDULLAH",
        "RAHMAN",
        "GOH",
        "ZHAO",
    ],
}
GIVEN = {
    "twn": [
        "CHIA",
        "HAO",
        "MEI",
        "LING",
        "CHIH",
        "WEI",
        "YU",
        "TING",
        "SHU",
        "FEN",
        "CHUN",
        "HSIUNG",
        "PO",
        "YI",
    ],
    "jpn": ["HIROSHI", "YUKI", "KENJI", "AIKO", "SHOTA", "HARUKA", "DAISUKE", "MISAKI"],
    "kor": ["MINJUN", "SEOYEON", "JIHOON", "SOOBIN", "DOYOON", "HAEUN"],
    "sea": ["THI", "HOA", "VAN", "DUC", "MARIA", "JOSE", "SOMCHAI", "BUDI", "SITI"],
    "west": ["JOHN", "ANNA", "DAVID", "SOPHIE", "MICHAEL", "LAURA", "PETER", "CLAIRE", "OLIVER"],
    "other": ["ARJUN", "PRIYA", "AHMED", "CHIDI", "OLGA", "ISABEL", "AISHA", "BOON"],
}
REGION = {
    "TWN": "twn", "JPN": "jpn", "KOR": "kor", "VNM": "sea", "PHL": "sea", "THA": "sea",
    "IDN": "sea", "MYS": "other", "SGP": "other", "IND": "other", "CHN": "other",
    "GBR": "west", "D": "west", "FRA": "west", "AUS": "west", "CAN": "west", "USA": "west",
    "NLD": "west", "BEL": "west", "ESP": "west", "CHE": "west", "ROU": "west",
}  # fmt: skip
PASSPORT_STATES = (
    ("TWN", 36), ("JPN", 9), ("KOR", 8), ("USA", 6), ("VNM", 7), ("PHL", 6), ("THA", 5),
    ("IDN", 5), ("MYS", 4), ("SGP", 2), ("GBR", 2), ("D", 2), ("FRA", 2), ("AUS", 2),
    ("CAN", 2), ("IND", 1), ("CHN", 1),
)  # fmt: skip
CARD_STATES = (("TWN", 14), ("D", 4), ("FRA", 3), ("NLD", 3), ("BEL", 3), ("ESP", 2), ("CHE", 2))
VISA_STATES = (("TWN", 10), ("JPN", 3), ("USA", 3), ("KOR", 2), ("AUS", 2))
HOLDERS = ("VNM", "PHL", "THA", "IDN", "IND", "MYS", "USA", "JPN", "KOR", "GBR", "D", "FRA")


@dataclasses.dataclass(frozen=True)
class Face:
    kind: str  # "ocrb", "hybrid" or "other"
    other: str = ""  # the new face, when kind is not "ocrb"
    glyphs: str = ""  # hybrid: the look-alike characters drawn in `other`
    line: int = -1  # hybrid: the line drawn in `other`

    def face(self, line: int, ch: str) -> str:
        """The face cell (line, ch) is drawn in."""
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
        what = f"glyphs {self.glyphs}" if self.glyphs else f"line {self.line + 1}"
        return f"ocrb+{self.other} ({what})"


@dataclasses.dataclass(frozen=True)
class Plan:
    seed: int
    fmt: str  # a layout format, or "none"
    capture: str
    no_mrz: bool
    blank: str  # "visa page" or "card front" when no_mrz
    fields: tuple[tuple[str, object], ...]
    composed: tuple[str, ...]
    printed: tuple[str, ...]
    valid: bool
    misprint: str
    face: Face
    process: str


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


def _deal(quota: dict[str, int], block: int, salt: int) -> list[str]:
    items = [k for k, n in quota.items() for _ in range(n)]
    order = np.random.default_rng([SEED, block, salt]).permutation(len(items))
    return [items[i] for i in order]


@functools.lru_cache(maxsize=8)
def _block(block: int) -> tuple[tuple[str, ...], ...]:
    """The dealt draws of 200 seeds: format, capture, blank, face kind, new face, hybrid
    kind and misprint per seed ("" where it does not apply)."""
    formats = _deal(FORMAT_QUOTA, block, 1)
    captures = _deal(CAPTURE_QUOTA, block, 2)
    blanks = iter(_deal(BLANK_QUOTA, block, 3))
    kinds = iter(_deal(FACE_QUOTA, block, 4))
    n_new = FACE_QUOTA["hybrid"] + FACE_QUOTA["other"]
    new_quota = {f: n_new // 3 + (i < n_new % 3) for i, f in enumerate(NEW_FACES)}
    news = iter(_deal(new_quota, block, 5))
    hybrids = iter(_deal(HYBRID_QUOTA, block, 6))
    mis_quota = {
        "check digit": CHECK_DIGIT_MISPRINTS,
        "letters": INVALID_QUOTA - CHECK_DIGIT_MISPRINTS,
        "": IMAGES - FORMAT_QUOTA["none"] - INVALID_QUOTA,
    }
    misprints = iter(_deal(mis_quota, block, 7))
    out = []
    for fmt, cap in zip(formats, captures, strict=True):
        if fmt == "none":
            out.append((fmt, cap, next(blanks), "", "", "", ""))
            continue
        kind = next(kinds)
        other = next(news) if kind != "ocrb" else ""
        hyb = next(hybrids) if kind == "hybrid" else ""
        out.append((fmt, cap, "", kind, other, hyb, next(misprints)))
    return tuple(out)


def _pick(rng: np.random.Generator, weighted: tuple[tuple[str, int], ...]) -> str:
    w = np.array([n for _, n in weighted], float)
    return weighted[int(rng.choice(len(weighted), p=w / w.sum()))][0]


def _digits(rng: np.random.Generator, n: int) -> str:
    return "".join(str(int(d)) for d in rng.integers(0, 10, n))


def _letters(rng: np.random.Generator, n: int) -> str:
    return "".join(chr(65 + int(c)) for c in rng.integers(0, 26, n))


def _name(rng: np.random.Generator, state: str) -> tuple[str, str]:
    region = REGION.get(state, "other")
    sur = str(rng.choice(SURNAMES[region]))
    n_given = 1 + int(rng.random() < 0.5) + 2 * int(rng.random() < 0.125)
    given = " ".join(str(g) for g in rng.choice(GIVEN[region], n_given, replace=False))
    return sur, given


def _fields(rng: np.random.Generator, fmt: str, today: dt.date) -> dict[str, object]:
    birth = dt.date(1950, 1, 1) + dt.timedelta(days=int(rng.integers(0, 58 * 365)))
    expiry = today + dt.timedelta(days=int(rng.integers(20, 10 * 365)))
    sex = "F" if rng.random() < 0.5 else "M"
    f: dict[str, object] = {"birth_date": birth, "expiry_date": expiry, "sex": sex}
    if fmt == "TD3":
        state = _pick(rng, PASSPORT_STATES)
        f |= {"document_code": "P", "issuing_state": state, "nationality": state}
        if state == "TWN":
            f["document_number"] = _digits(rng, 9)
            f["optional_data"] = _letters(rng, 1) + ("2" if sex == "F" else "1") + _digits(rng, 8)
        elif state in ("JPN", "KOR", "USA", "GBR"):
            f["document_number"] = _letters(rng, 2 if state == "JPN" else 1) + _digits(
                rng, 7 if state == "JPN" else 8
            )
        else:
            f["document_number"] = _letters(rng, 1) + _digits(rng, 7 + int(rng.integers(0, 2)))
            if rng.random() < 0.3:
                f["optional_data"] = _digits(rng, int(rng.integers(6, 13)))
    elif fmt == "TD1":
        state = _pick(rng, CARD_STATES)
        if state == "TWN":  # a resident certificate: a foreign holder, a long number
            f |= {"document_code": "IR", "issuing_state": "TWN"}
            f["nationality"] = str(rng.choice(HOLDERS))
            f["document_number"] = _letters(rng, 1) + str(rng.choice(["8", "9"])) + _digits(rng, 8)
        else:
            f |= {"document_code": "ID" if state != "NLD" else "I", "issuing_state": state}
            f["nationality"] = state
            f["document_number"] = (
                _letters(rng, 1) + _digits(rng, 2) + _letters(rng, 1) + (_digits(rng, 5))
            )
            if rng.random() < 0.4:
                f["optional_data"] = _digits(rng, int(rng.integers(5, 12)))
        name_state = str(f["nationality"])
    elif fmt == "TD2":
        state = str(rng.choice(["TWN", "JPN", "KOR", "ROU"]))
        f |= {"document_code": "AC" if state != "ROU" else "ID", "issuing_state": state}
        f["nationality"] = state
        f["document_number"] = _letters(rng, 1) + _digits(rng, 8)
    else:
        state = _pick(rng, VISA_STATES)
        holder = str(rng.choice([h for h in HOLDERS if h != state]))
        f |= {"document_code": "V", "issuing_state": state, "nationality": holder}
        f["document_number"] = (
            _digits(rng, 9) if state != "USA" else _letters(rng, 1) + _digits(rng, 8)
        )
        f["expiry_date"] = today + dt.timedelta(days=int(rng.integers(20, 2 * 365)))
    if fmt != "TD1":
        name_state = str(f["nationality"])
    f["surname"], f["given_names"] = _name(rng, name_state)
    return f


def _misprint(
    rng: np.random.Generator, fmt: str, lines: tuple[str, ...], kind: str, today: dt.date
) -> tuple[tuple[str, ...], str] | None:
    lay = layout.layout(fmt)
    rows = [list(x) for x in lines]
    if kind == "check digit":
        checks = [c for c in lay.checks if lines[c.line][c.pos].isdigit()]
        c = checks[int(rng.integers(len(checks)))]
        old = rows[c.line][c.pos]
        rows[c.line][c.pos] = str((int(old) + int(rng.integers(1, 10))) % 10)
        what = f"invalid as printed: {c.name} check digit {old} printed as {rows[c.line][c.pos]}"
    else:
        spots = [
            (f.line, k)
            for f in lay.fields
            if f.name in ("names", "nationality", "issuing_state")
            for k in range(f.start, f.stop)
            if lines[f.line][k] in DIGIT_FOR
        ]
        if not spots:
            return None
        line, k = spots[int(rng.integers(len(spots)))]
        old = rows[line][k]
        rows[line][k] = DIGIT_FOR[old]
        what = (
            f"invalid as printed: letter {old} printed as digit {rows[line][k]} (line {line + 1})"
        )
    printed = tuple("".join(r) for r in rows)
    return (printed, what) if not parse(printed, today=today).valid else None


def _process(rng: np.random.Generator, fmt: str) -> str:
    table = {
        "TD3": (("laser", 55), ("inkjet", 25), ("engraved", 20)),
        "TD1": (("engraved", 80), ("laser", 20)),
        "TD2": (("laser", 50), ("ribbon", 50)),
        "MRV-A": (("inkjet", 45), ("dotmatrix", 30), ("ribbon", 25)),
    }
    return _pick(rng, table.get(fmt, table["MRV-A"]))


def plan(seed: int, today: dt.date) -> Plan:
    """The draws for one seed, before any rendering."""
    block, i = divmod(seed - SEED, IMAGES)
    fmt, capture, blank, kind, other, hyb, mis = _block(block)[i]
    rng = np.random.default_rng([seed, 21])
    if fmt == "none":
        return Plan(seed, fmt, capture, True, blank, (), (), (), False, "", Face("ocrb"), "")
    while True:
        fields = _fields(rng, fmt, today)
        composed = compose(fmt, **fields)  # type: ignore[arg-type]
        printed, what = composed, ""
        if mis:
            got = _misprint(rng, fmt, composed, mis, today)
            if got is None:
                continue  # no letter to misprint in these names: draw the person again
            printed, what = got
        break
    face = Face("ocrb")
    if kind == "other":
        face = Face("other", other)
    elif kind == "hybrid":
        if hyb == "line":
            face = Face("hybrid", other, line=int(rng.integers(len(printed))))
        else:
            present = [c for c in LOOKALIKES if any(c in x for x in printed)]
            n = min(len(present), int(rng.integers(3, 7)))
            chosen = "".join(sorted(rng.choice(present, n, replace=False)))
            face = Face("hybrid", other, glyphs=chosen)
    process = _process(rng, fmt)
    return Plan(
        seed,
        fmt,
        capture,
        False,
        "",
        tuple(fields.items()),
        composed,
        printed,
        not mis,
        what,
        face,
        process,
    )


# -- faces and glyphs -------------------------------------------------------------------


def face_path(name: str) -> Path:
    rel, package = {**FACES, **PAGE_FACES}[name]
    path = FONT_ROOT / rel
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} is missing: install {package} (scripts/setup-system.sh); "
            "bench/mrz_heldout21.py never substitutes a face"
        )
    return path


@functools.lru_cache(maxsize=256)
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(face_path(name)), size)


@functools.lru_cache(maxsize=16)
def cap_em(name: str) -> float:
    """H's ink height per point of size."""
    box = font(name, 200).getbbox("H", anchor="ls")
    return (box[3] - box[1]) / 200


@functools.lru_cache(maxsize=4096)
def glyph(name: str, ch: str, cap: int, pitch: int) -> np.ndarray:
    """Coverage (0-1) of `ch` in a cell `pitch` wide and 2*cap high whose baseline is
    row 3*cap//2: H's ink is `cap` high and stands on the baseline."""
    size = max(4, round(cap / cap_em(name)))
    f = font(name, size)
    wide = 3 * pitch
    img = Image.new("L", (wide, 2 * cap), 0)
    base = 3 * cap // 2
    adv = f.getlength(ch)
    ImageDraw.Draw(img).text(((wide - adv) / 2, base), ch, fill=255, font=f, anchor="ls")
    a = np.asarray(img, np.float32) / 255.0
    cols = np.flatnonzero(a.max(0) > 0.02)
    if cols.size == 0:
        return np.zeros((2 * cap, pitch), np.float32)
    inner = pitch - 2
    left, right = int(cols[0]), int(cols[-1]) + 1
    centre = wide / 2
    half = max(centre - left, right - centre)
    if 2 * half > inner:  # wider than the cell: squeeze its ink into it about the centre
        span = a[:, max(0, int(centre - half)) : math.ceil(centre + half)]
        out = np.zeros((2 * cap, pitch), np.float32)
        squeezed = cv2.resize(span, (inner, 2 * cap), interpolation=cv2.INTER_AREA)
        out[:, 1 : 1 + inner] = squeezed
        return out
    x0 = round(centre - pitch / 2)
    return np.ascontiguousarray(a[:, x0 : x0 + pitch])


# -- the zone and its print ---------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Zone:
    x0: float  # mm from the document's left edge
    pitch: float
    cap: float
    baselines: tuple[float, ...]  # mm from the document's top edge


def _zone(rng: np.random.Generator, p: Plan, doc_mm: tuple[float, float]) -> Zone:
    w, h = doc_mm
    lay = layout.layout(p.fmt)
    pitch = 2.54 * float(rng.uniform(0.985, 1.015))
    cap = float(rng.uniform(2.35, 2.50))
    td1 = p.fmt == "TD1"
    gap = float(rng.uniform(3.6, 4.0) if td1 else rng.uniform(4.0, 4.4))
    last = h - float(rng.uniform(3.3, 4.0) if td1 else rng.uniform(4.4, 5.4))
    baselines = tuple(last - gap * (lay.lines - 1 - i) for i in range(lay.lines))
    x0 = (w - lay.width * pitch) / 2 + float(rng.uniform(-0.6, 0.6))
    return Zone(x0, pitch, cap, baselines)


def _coverage(p: Plan, lines: tuple[str, ...], zone: Zone, res: float, face: Face) -> np.ndarray:
    """The zone's ink coverage at `res` px/mm over the whole document height band from
    the first line's top - 2 mm: rows (top, coverage)."""
    cap = max(6, round(zone.cap * res))
    pitch = max(4, round(zone.pitch * res))
    top = zone.baselines[0] - zone.cap - 2.0
    height = round((zone.baselines[-1] - top + 2.0) * res)
    width = round((zone.x0 + len(lines[0]) * zone.pitch + 2.0) * res)
    cov = np.zeros((height, width), np.float32)
    for i, line in enumerate(lines):
        base = round((zone.baselines[i] - top) * res)
        for k, ch in enumerate(line):
            g = glyph(face.face(i, ch), ch, cap, pitch)
            x = round((zone.x0 + (k + 0.5) * zone.pitch) * res - pitch / 2)
            y = base - 3 * cap // 2
            sub = cov[y : y + g.shape[0], x : x + g.shape[1]]
            np.maximum(sub, g[: sub.shape[0], : sub.shape[1]], out=sub)
    return cov


INK = {  # BGR reflectance where coverage is full
    "laser": (0.07, 0.07, 0.07),
    "inkjet": (0.20, 0.11, 0.09),
    "engraved": (0.38, 0.38, 0.38),
    "dotmatrix": (0.14, 0.13, 0.13),
    "ribbon": (0.20, 0.19, 0.20),
}


def _print(
    rng: np.random.Generator, p: Plan, cov: np.ndarray, zone: Zone, res_hi: float
) -> tuple[np.ndarray, list[str]]:
    """Coverage shaped by the print process; notes of what it did."""
    notes: list[str] = []
    cap_hi = zone.cap * res_hi
    top = zone.baselines[0] - zone.cap - 2.0
    if p.process == "laser":
        cov = cv2.GaussianBlur(cov, (0, 0), 0.25 * res_hi / 10 + 0.3)
        if rng.random() < 0.33:  # toner smeared along one line: a grey trail below-right
            i = int(rng.integers(len(zone.baselines)))
            y0 = round((zone.baselines[i] - zone.cap - 0.3 - top) * res_hi)
            y1 = round((zone.baselines[i] + 0.6 - top) * res_hi)
            band = cov[y0:y1].copy()
            k = max(3, int(cap_hi * 0.5))
            kernel = np.zeros((k, k), np.float32)
            cv2.line(kernel, (0, 0), (k - 1, k // 3), 1.0, 1)
            trail = cv2.filter2D(band, -1, kernel / kernel.sum(), anchor=(0, 0))
            strength = float(rng.uniform(0.12, 0.25))
            cov[y0:y1] = np.maximum(band, trail * strength / max(1e-3, float(trail.max())))
            notes.append(f"toner smeared along line {i + 1} ({strength:.2f})")
    elif p.process == "inkjet":
        cov = cv2.GaussianBlur(cov, (0, 0), 0.03 * cap_hi + 0.5)
        cov = np.clip(cov * 1.35, 0, 1)
        mottle = cv2.GaussianBlur(rng.random(cov.shape, np.float32), (0, 0), 1.2)
        cov *= 0.82 + 0.36 * mottle
        notes.append("inkjet spread and mottled")
    elif p.process == "engraved":
        k = max(1, round(cap_hi * 0.025))
        cov = cv2.erode(cov, np.ones((k, k), np.uint8))
        cov = cv2.GaussianBlur(cov, (0, 0), 0.6)
        notes.append("engraved, grey and thin")
    elif p.process == "dotmatrix":
        d = max(2.0, cap_hi / 11.0)  # 24-pin: about eleven dots up a capital
        small = cv2.resize(
            cov,
            (max(1, int(cov.shape[1] / d)), max(1, int(cov.shape[0] / d))),
            interpolation=cv2.INTER_AREA,
        )
        dots = np.zeros_like(cov)
        ys, xs = np.nonzero(small > 0.38)
        r = max(1, round(d * 0.62))
        for y, x in zip(ys, xs, strict=True):
            cv2.circle(dots, (int((x + 0.5) * d), int((y + 0.5) * d)), r, 1.0, -1)
        cov = cv2.GaussianBlur(dots, (0, 0), 0.5)
        notes.append(f"dot matrix ({d / res_hi:.2f} mm dots)")
    else:  # a worn fabric ribbon
        yy, xx = np.mgrid[0 : cov.shape[0], 0 : cov.shape[1]].astype(np.float32)
        period = max(2.0, cap_hi / 9)
        weave = 0.82 + 0.18 * np.sin(2 * np.pi * (xx + yy) / period) * np.sin(
            2 * np.pi * (xx - yy) / period
        )
        n = 6
        knots = rng.uniform(0.55, 0.95, n)
        wear = np.interp(np.linspace(0, n - 1, cov.shape[1]), np.arange(n), knots)
        cov = cv2.GaussianBlur(cov, (0, 0), 0.04 * cap_hi + 0.4) * weave * wear[None, :]
        cov = np.clip(cov * 1.2, 0, 1)
        notes.append(f"worn ribbon ({knots.min():.2f}-{knots.max():.2f})")
    return np.clip(cov, 0, 1), notes


# -- pages --------------------------------------------------------------------------------


@dataclasses.dataclass
class Page:
    img: np.ndarray  # BGR float32 reflectance 0-1
    res: float  # px/mm
    quad: np.ndarray  # the zone's corners in page px (4x2), empty without an MRZ
    caps: np.ndarray  # (x, baseline) and (x, top of capitals) of end cells, page px
    foil: tuple[int, int, int, int] | None  # a visa foil's box in page px


def _text(img: np.ndarray, text: str, xy: tuple[float, float], size_px: int, col: float) -> None:
    h, w = size_px * 2, int(len(text) * size_px * 0.75) + 4
    im = Image.new("L", (w, h), 0)
    ImageDraw.Draw(im).text((1, 1), text, fill=255, font=font("dejavu", size_px))
    a = np.asarray(im, np.float32)[:, :, None] / 255.0
    x, y = int(xy[0]), int(xy[1])
    sub = img[y : y + h, x : x + w]
    sub *= 1 - a[: sub.shape[0], : sub.shape[1]] * (1 - col)


def _background(rng: np.random.Generator, shape: tuple[int, int], res: float) -> np.ndarray:
    h, w = shape
    tint = np.array([0.90, 0.94, 0.93], np.float32) + rng.uniform(-0.04, 0.04, 3).astype(np.float32)
    img = np.ones((h, w, 3), np.float32) * tint
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32) / res
    a = float(rng.uniform(0, np.pi))
    wave = np.sin(
        2 * np.pi * (xx * np.cos(a) + yy * np.sin(a)) / float(rng.uniform(1.2, 2.5))
        + 3.0 * np.sin(yy / float(rng.uniform(4, 9)) + xx / 13.0)
    )
    line = np.clip((wave - 0.93) / 0.07, 0, 1)
    colour = rng.uniform(0.06, 0.14, 3).astype(np.float32)
    img -= line[..., None] * colour
    grain = cv2.GaussianBlur(rng.normal(0, 0.012, (h, w)).astype(np.float32), (0, 0), 1.0)
    return np.clip(img + grain[..., None], 0, 1)


def _decor(rng: np.random.Generator, img: np.ndarray, res: float, box: tuple[float, ...]) -> None:
    """A portrait silhouette and label lines in the box (x0, y0, x1, y1 in mm)."""
    x0, y0, x1, y1 = box
    pw, ph = (y1 - y0) * 0.55, (y1 - y0) * 0.75
    px, py = x0 + 4, y0 + (y1 - y0 - ph) / 2
    cv2.rectangle(
        img,
        (int(px * res), int(py * res)),
        (int((px + pw) * res), int((py + ph) * res)),
        (0.80, 0.80, 0.82),
        -1,
    )
    cx, cy = int((px + pw / 2) * res), int((py + ph * 0.38) * res)
    cv2.ellipse(
        img,
        (cx, cy),
        (int(pw * 0.22 * res), int(ph * 0.2 * res)),
        0,
        0,
        360,
        (0.45, 0.47, 0.52),
        -1,
    )
    cv2.ellipse(
        img,
        (cx, int((py + ph) * res)),
        (int(pw * 0.42 * res), int(ph * 0.3 * res)),
        0,
        180,
        360,
        (0.40, 0.42, 0.48),
        -1,
    )
    tx = px + pw + 4
    size = max(6, round(1.7 * res))
    words = [
        "SURNAME",
        "GIVEN NAMES",
        "NATIONALITY",
        "DATE OF BIRTH",
        "SEX",
        "DATE OF EXPIRY",
        "AUTHORITY",
        "PLACE OF BIRTH",
    ]
    y = y0 + 2
    while y + 3.5 < y1 and tx + 30 < x1:
        label = str(rng.choice(words))
        _text(img, label, (tx * res, y * res), max(5, size * 2 // 3), 0.55)
        _text(img, _letters(rng, int(rng.integers(4, 12))), (tx * res, (y + 1.5) * res), size, 0.2)
        y += float(rng.uniform(4.5, 6.0))


def _show_through(rng: np.random.Generator, img: np.ndarray, res: float, zone: Zone) -> str:
    """The next page's MRZ seen through thin paper: mirrored, diffused, faint."""
    lines = ("V<" + _letters(rng, 20) + "<" * 22, _digits(rng, 9) + "<" * 35)
    shifted = Zone(
        zone.x0 + float(rng.uniform(-3, 3)),
        zone.pitch,
        zone.cap,
        tuple(b + float(rng.uniform(-4.5, 4.5)) for b in zone.baselines[:2]),
    )
    cov = _coverage(
        Plan(0, "TD3", "", False, "", (), (), lines, True, "", Face("ocrb"), "laser"),
        lines,
        shifted,
        res,
        Face("ocrb"),
    )
    cov = cv2.GaussianBlur(cov[:, ::-1], (0, 0), 0.35 * res)
    top = round((shifted.baselines[0] - shifted.cap - 2.0) * res)
    w = img.shape[1]
    dark = float(rng.uniform(0.04, 0.09))
    x_off = w - cov.shape[1]
    y0, y1 = max(0, top), min(img.shape[0], top + cov.shape[0])
    x0 = max(0, x_off)
    piece = cov[y0 - top : y1 - top, x0 - x_off :]
    img[y0:y1, x0 : x0 + piece.shape[1]] *= 1 - dark * piece[..., None]
    return f"next page's MRZ showing through ({dark:.2f})"


def _diffraction(rng: np.random.Generator, img: np.ndarray, box: tuple[int, int, int, int]) -> str:
    x0, y0, x1, y1 = box
    h, w = y1 - y0, x1 - x0
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a = float(rng.uniform(0, np.pi))
    period = float(rng.uniform(0.12, 0.35)) * w
    phase = 2 * np.pi * (xx * np.cos(a) + yy * np.sin(a)) / period
    amp = float(rng.uniform(0.04, 0.10))
    fade = np.clip(
        np.sin(np.pi * (xx * np.sin(a) - yy * np.cos(a)) / (1.5 * max(w, h)) + 0.8), 0, 1
    )
    rainbow = np.stack([np.sin(phase + s) for s in (0.0, 2.1, 4.2)], -1) * (amp * fade)[..., None]
    sub = img[y0:y1, x0:x1]
    sub += rainbow * sub  # a tint of the paper; never brighter than 1 after the clip
    np.clip(sub, 0, 0.97, out=sub)
    return f"diffractive laminate (rainbow {amp:.2f})"


def _page(rng: np.random.Generator, p: Plan, res: float, notes: list[str]) -> Page:
    if p.no_mrz:
        doc = BOOKLET_MM if p.blank == "visa page" else DOC_MM["TD1"]
    elif p.fmt in FOIL_MM:
        doc = BOOKLET_MM
    else:
        doc = DOC_MM[p.fmt]
    h, w = round(doc[1] * res), round(doc[0] * res)
    img = _background(rng, (h, w), res)
    foil = None
    if p.no_mrz:
        if p.blank == "visa page":
            for _ in range(int(rng.integers(2, 5))):  # entry stamps
                cx, cy = rng.uniform(15, doc[0] - 15), rng.uniform(12, doc[1] - 12)
                col = tuple(float(c) for c in rng.uniform(0.2, 0.6, 3))
                rad = float(rng.uniform(9, 14))
                if rng.random() < 0.5:
                    cv2.circle(
                        img,
                        (int(cx * res), int(cy * res)),
                        int(rad * res),
                        col,
                        max(1, int(0.4 * res)),
                    )
                else:
                    cv2.rectangle(
                        img,
                        (int((cx - rad) * res), int((cy - rad * 0.6) * res)),
                        (int((cx + rad) * res), int((cy + rad * 0.6) * res)),
                        col,
                        max(1, int(0.4 * res)),
                    )
                _text(
                    img,
                    f"{_digits(rng, 2)} {rng.choice(['TPE', 'KHH', 'RMQ'])}",
                    ((cx - rad * 0.6) * res, (cy - 1) * res),
                    max(6, round(2.2 * res)),
                    0.4,
                )
            notes.append("no MRZ (a visa page with entry stamps)")
        else:
            _decor(rng, img, res, (0, 3, doc[0], doc[1] - 3))
            notes.append("no MRZ (a card's front)")
        return Page(img, res, np.zeros((0, 2)), np.zeros((0, 2)), None)
    if p.fmt in FOIL_MM:
        fw, fh = FOIL_MM[p.fmt]
        fx, fy = (doc[0] - fw) / 2, doc[1] - fh - float(rng.uniform(1.5, 3.5))
        foil = (round(fx * res), round(fy * res), round((fx + fw) * res), round((fy + fh) * res))
        sub = img[foil[1] : foil[3], foil[0] : foil[2]]
        sub[:] = _background(rng, sub.shape[:2], res) * np.float32([0.98, 0.97, 1.0])
        ox, oy, zone_doc = fx, fy, (fw, fh)
    else:
        ox, oy, zone_doc = 0.0, 0.0, doc
    zone = _zone(rng, p, zone_doc)
    zone = Zone(zone.x0 + ox, zone.pitch, zone.cap, tuple(b + oy for b in zone.baselines))
    _decor(rng, img, res, (ox, oy + 6, ox + zone_doc[0], zone.baselines[0] - zone.cap - 3))
    # the clear zone behind the MRZ: the guilloche fades there
    top_mm = zone.baselines[0] - zone.cap - 1.0
    band = img[round(top_mm * res) : round((zone.baselines[-1] + 1.2) * res)]
    band[:] = band * 0.4 + np.float32(band.mean((0, 1))) * 0.6
    res_hi = 2 * res
    cov = _coverage(p, p.printed, zone, res_hi, p.face)
    cov, pnotes = _print(rng, p, cov, zone, res_hi)
    notes += pnotes
    top = zone.baselines[0] - zone.cap - 2.0
    y0 = round(top * res)
    lo = cv2.resize(cov, (cov.shape[1] // 2, cov.shape[0] // 2), interpolation=cv2.INTER_AREA)
    sub = img[y0 : y0 + lo.shape[0], : lo.shape[1]]
    lo = lo[: sub.shape[0], : sub.shape[1], None]
    ink = np.float32(INK[p.process]) * np.float32(rng.uniform(0.9, 1.1))
    sub[:] = sub * (1 - lo) + ink * lo * np.minimum(sub * 1.15, 1)
    if foil is not None and rng.random() < 0.7 and p.capture != "thumbnail":
        notes.append(_diffraction(rng, img, foil))
    through = {"scan": 0.5, "reader": 0.15}.get(p.capture, 0.0)
    if p.fmt in ("TD3", "MRV-A", "MRV-B") and rng.random() < through:
        notes.append(_show_through(rng, img, res, zone))
    x1 = zone.x0 + len(p.printed[0]) * zone.pitch
    t, b = zone.baselines[0] - zone.cap - 0.6, zone.baselines[-1] + 0.7
    quad = np.array([[zone.x0 - 0.4, t], [x1 + 0.4, t], [x1 + 0.4, b], [zone.x0 - 0.4, b]]) * res
    xs = (zone.x0 + 0.5 * zone.pitch, x1 - 0.5 * zone.pitch)
    caps = (
        np.array(
            [
                [x, y]
                for x in xs
                for bl in (zone.baselines[0], zone.baselines[-1])
                for y in (bl, bl - zone.cap)
            ]
        )
        * res
    )
    notes.append(f"pitch {zone.pitch:.3f} mm, capitals {zone.cap:.2f} mm")
    return Page(np.clip(img, 0, 1), res, quad, caps, foil)


# -- captures -----------------------------------------------------------------------------


def _apply(m: np.ndarray, pts: np.ndarray) -> np.ndarray:
    if pts.size == 0:
        return pts
    return cv2.perspectiveTransform(pts.reshape(-1, 1, 2).astype(np.float64), m).reshape(-1, 2)


def _cap_px(m: np.ndarray, caps: np.ndarray) -> float:
    if caps.size == 0:
        return 0.0
    q = _apply(m, caps)
    return float(np.mean([np.hypot(*(q[2 * i] - q[2 * i + 1])) for i in range(len(q) // 2)]))


def _rotation(deg: float, centre: tuple[float, float], shift: tuple[float, float]) -> np.ndarray:
    m = np.eye(3)
    m[:2] = cv2.getRotationMatrix2D(centre, deg, 1.0)
    m[0, 2] += shift[0]
    m[1, 2] += shift[1]
    return m


def _perspective(w: int, h: int, tilt_x: float, tilt_y: float, roll: float) -> np.ndarray:
    """The page (w x h px) seen by a camera whose axis is off its normal by the tilts."""
    ax, ay, az = (math.radians(v) for v in (tilt_x, tilt_y, roll))
    rx = np.array([[1, 0, 0], [0, math.cos(ax), -math.sin(ax)], [0, math.sin(ax), math.cos(ax)]])
    ry = np.array([[math.cos(ay), 0, math.sin(ay)], [0, 1, 0], [-math.sin(ay), 0, math.cos(ay)]])
    rz = np.array([[math.cos(az), -math.sin(az), 0], [math.sin(az), math.cos(az), 0], [0, 0, 1]])
    r = rz @ ry @ rx
    f = 1.4 * max(w, h)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = []
    for x, y in src:
        v = r @ np.array([x - w / 2, y - h / 2, 0.0])
        z = v[2] + f
        dst.append([f * v[0] / z, f * v[1] / z])
    return cv2.getPerspectiveTransform(src, np.float32(dst)).astype(np.float64)


def _fit(m: np.ndarray, page: Page, target: float) -> np.ndarray:
    """`m` scaled so that capitals are `target` px high."""
    s = target / max(1e-6, _cap_px(m, page.caps)) if page.caps.size else 1.0
    return np.diag([s, s, 1.0]) @ m


def _bend(rng: np.random.Generator, page: Page, notes: list[str]) -> float:
    """A booklet's page bowed over its spine: rows sag at the middle, most near the spine
    (the top edge); returns the sag at the zone in px."""
    h, w = page.img.shape[:2]
    sag_mm = float(rng.uniform(0.4, 1.1))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    u = (xx - w / 2) / (w / 2)
    near_spine = 1.0 + 0.6 * (1 - yy / h)
    dy = sag_mm * page.res * (1 - u * u) * near_spine / 1.2
    if rng.random() < 0.5:
        dy = -dy
    page.img = cv2.remap(page.img, xx, yy - dy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    notes.append(f"page bowed over the spine (sag {sag_mm:.2f} mm)")
    return abs(float(dy.max())) + abs(float(dy.min()))


def _warp(img: np.ndarray, m: np.ndarray, size: tuple[int, int], bg: np.ndarray) -> np.ndarray:
    out = cv2.warpPerspective(
        img,
        m,
        size,
        flags=cv2.INTER_AREA if m[0, 0] < 0.7 else cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(0, 0, 0),
    )
    mask = cv2.warpPerspective(np.ones(img.shape[:2], np.float32), m, size)
    return out + bg * (1 - mask[..., None])


def _desk(rng: np.random.Generator, size: tuple[int, int]) -> np.ndarray:
    w, h = size
    base = np.float32(rng.choice([[0.25, 0.33, 0.42], [0.35, 0.35, 0.36], [0.18, 0.2, 0.24]]))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    grain = 0.03 * np.sin(xx / float(rng.uniform(3, 9)) + 2 * np.sin(yy / 37.0))
    return base + grain[..., None]


def _flicker(rng: np.random.Generator, img: np.ndarray, notes: list[str]) -> None:
    h = img.shape[0]
    amp, period = float(rng.uniform(0.03, 0.08)), float(rng.uniform(0.08, 0.3)) * h
    rows = 1 + amp * np.sin(2 * np.pi * np.arange(h) / period + rng.uniform(0, 6.3))
    img *= rows[:, None, None].astype(np.float32)
    notes.append(f"fluorescent flicker bands ({amp:.2f}, every {period:.0f} px)")


def _colour_temperature(rng: np.random.Generator, img: np.ndarray, notes: list[str]) -> None:
    h, w = img.shape[:2]
    a = float(rng.uniform(0, 2 * np.pi))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = ((xx / w - 0.5) * math.cos(a) + (yy / h - 0.5) * math.sin(a) + 0.5).clip(0, 1)[..., None]
    warm, cool = np.float32([0.80, 0.93, 1.05]), np.float32([1.05, 1.0, 0.90])
    img *= warm * t + cool * (1 - t)
    notes.append("mixed colour temperature (daylight and warm lamps)")


def _motion(rng: np.random.Generator, img: np.ndarray, cap: float, notes: list[str]) -> np.ndarray:
    length = max(2.0, float(rng.uniform(0.04, 0.12)) * cap)
    k = math.ceil(length) | 1
    kernel = np.zeros((k, k), np.float32)
    a = float(rng.uniform(0, np.pi))
    c = k // 2
    dx, dy = math.cos(a) * length / 2, math.sin(a) * length / 2
    cv2.line(kernel, (round(c - dx), round(c - dy)), (round(c + dx), round(c + dy)), 1.0, 1)
    notes.append(f"motion blur {length:.1f} px")
    return cv2.filter2D(img, -1, kernel / kernel.sum())


def _dust(rng: np.random.Generator, img: np.ndarray, cap: float, notes: list[str]) -> None:
    h, w = img.shape[:2]
    n = int(rng.integers(20, 90))
    for _ in range(n):
        r = max(1, round(float(rng.uniform(0.02, 0.07)) * cap))
        v = float(rng.uniform(0.55, 0.85))
        x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
        y0, x0 = max(0, y - r), max(0, x - r)
        patch = img[y0 : y + r + 1, x0 : x + r + 1]
        disc = np.zeros(patch.shape[:2], np.float32)
        cv2.circle(disc, (x - x0, y - y0), r, 1.0, -1, cv2.LINE_AA)
        patch *= 1 - (1 - v) * disc[..., None]  # a round speck, darker at its middle
    s = int(rng.integers(1, 4))
    for _ in range(s):
        p0 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
        p1 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
        over = np.zeros(img.shape[:2], np.float32)
        cv2.line(over, p0, p1, 1.0, 1, cv2.LINE_AA)
        img += over[..., None] * 0.12
    notes.append(f"glass dust ({n} specks) and {s} scratches")


def _jpeg(img: np.ndarray, q: int) -> tuple[np.ndarray, bytes]:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, q])
    assert ok
    data = buf.tobytes()
    return cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR), data


def _capture(
    rng: np.random.Generator, p: Plan, notes: list[str]
) -> tuple[np.ndarray, np.ndarray, float, int]:
    """The picture (BGR float 0-255, before JPEG), the zone's quad in it, capitals' px
    height and the JPEG quality."""
    lo, hi = CAP_PX[p.capture]
    cap_mm = 2.43
    if p.capture == "scan":
        dpi = int(rng.choice([150, 200, 240, 300]))
        res = dpi / 25.4
        notes.append(f"{dpi} dpi")
    elif p.capture == "thumbnail":
        res = float(rng.uniform(20, 30)) / cap_mm
    else:
        target = float(rng.uniform(lo, hi))
        res = target / cap_mm * (1.25 if p.capture in ("phone", "webcam") else 1.0)
    page = _page(rng, p, res, notes)
    h, w = page.img.shape[:2]
    sag = 0.0
    booklet = p.fmt in ("TD3", "MRV-A", "MRV-B") or p.blank == "visa page"
    if p.capture == "phone" and booklet and rng.random() < 0.5:
        sag = _bend(rng, page, notes)
    light = 255.0 * float(rng.uniform(0.86, 0.97))
    q = 90
    if p.capture in ("reader", "thumbnail", "scan"):
        deg = float(rng.uniform(-1, 1) if p.capture != "scan" else rng.uniform(-2, 2))
        margin = int(rng.uniform(3, 9) * res)
        size = (w + 2 * margin, h + 2 * margin)
        m = _rotation(deg, (w / 2, h / 2), (margin, margin))
        bg = (
            np.float32([0.96, 0.96, 0.95])
            if p.capture == "scan"
            else np.float32([0.10, 0.10, 0.11])
        )
        out = _warp(page.img, m, size, bg)
        yy, xx = np.mgrid[0 : size[1], 0 : size[0]].astype(np.float32)
        r2 = ((xx / size[0] - 0.5) ** 2 + (yy / size[1] - 0.5) ** 2) * 2
        out *= (1 - float(rng.uniform(0.0, 0.08)) * r2)[..., None]
        out *= light
        notes.append(f"turned {deg:.1f} deg")
        if p.capture in ("reader", "thumbnail"):
            _dust(rng, out, _cap_px(m, page.caps) or 20.0, notes)
            q = int(rng.integers(80, 96))
        else:
            q = int(rng.integers(70, 93))
        if p.capture == "thumbnail":
            now = _cap_px(m, page.caps) if page.caps.size else 25.0
            s = float(rng.uniform(lo, hi)) / now
            small = (max(1, round(size[0] * s)), max(1, round(size[1] * s)))
            out = cv2.resize(out, small, interpolation=cv2.INTER_AREA)
            m = np.diag([small[0] / size[0], small[1] / size[1], 1.0]) @ m
            q = int(rng.integers(60, 89))
        # a web upload shrank it, a viewer blew it up again
        if p.capture == "scan" and rng.random() < 0.35:
            s = float(rng.uniform(0.45, 0.7))
            small = (round(size[0] * s), round(size[1] * s))
            out = cv2.resize(out, small, interpolation=cv2.INTER_AREA)
            out = cv2.resize(out, size, interpolation=cv2.INTER_LINEAR)
            notes.append(f"shrunk to {s:.2f} by an upload and blown up again")
        out += rng.normal(0, 1.5, out.shape).astype(np.float32)
    else:
        phone = p.capture == "phone"
        tx = float(rng.uniform(-18, 18) if phone else rng.uniform(-8, 8))
        ty = float(rng.uniform(-10, 10) if phone else rng.uniform(-4, 4))
        roll = float(rng.uniform(-12, 12) if phone else rng.uniform(-6, 6))
        m = _perspective(w, h, tx, ty, roll)
        target = float(rng.uniform(lo, hi))
        m = (
            _fit(m, page, target)
            if page.caps.size
            else np.diag([target / (cap_mm * res)] * 2 + [1.0]) @ m
        )
        corners = _apply(m, np.float64([[0, 0], [w, 0], [w, h], [0, h]]))
        if phone:
            pad = float(rng.uniform(0.05, 0.2))
            span = corners.max(0) - corners.min(0)
            fw, fh = (span * (1 + 2 * pad)).astype(int)
            fw, fh = min(MAX_SIDE, max(fw, 400)), min(MAX_SIDE, max(fh, 300))
        else:
            fw, fh = WEBCAM_MODES[int(rng.integers(len(WEBCAM_MODES)))]
        zq = _apply(m, page.quad) if page.quad.size else corners
        zmin, zmax = zq.min(0), zq.max(0)
        centre = (corners.min(0) + corners.max(0)) / 2
        shift = np.array([fw / 2, fh / 2]) - centre
        margin = np.array([6.0, 6.0 + sag * m[1, 1]])
        for k, limit in ((0, fw), (1, fh)):  # keep the zone wholly inside the frame
            lo_k, hi_k = zmin[k] + shift[k], zmax[k] + shift[k]
            if hi_k - lo_k > limit - 2 * margin[k]:
                raise AssertionError("the zone does not fit the frame")
            if lo_k < margin[k]:
                shift[k] += margin[k] - lo_k
            elif hi_k > limit - margin[k]:
                shift[k] -= hi_k - (limit - margin[k])
        m = np.array([[1, 0, shift[0]], [0, 1, shift[1]], [0, 0, 1.0]]) @ m
        out = _warp(page.img, m, (fw, fh), _desk(rng, (fw, fh)))
        yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
        gx, gy = rng.uniform(-0.15, 0.15, 2)
        out *= (1 + gx * (xx / fw - 0.5) + gy * (yy / fh - 0.5))[..., None]
        out *= light
        notes.append(f"seen {tx:.0f}/{ty:.0f} deg off the normal, turned {roll:.0f} deg")
        cap_now = _cap_px(m, page.caps) if page.caps.size else target
        if phone:
            if rng.random() < 0.5:
                _colour_temperature(rng, out, notes)
            if rng.random() < 0.4:
                _flicker(rng, out, notes)
            if rng.random() < 0.35:
                out = _motion(rng, out, cap_now, notes)
            else:
                out = cv2.GaussianBlur(out, (0, 0), 0.5)
            if rng.random() < 0.3:
                gain = float(rng.uniform(1.12, 1.30))
                out *= gain * 255.0 / max(1.0, float(np.percentile(out, 90)))
                notes.append(f"auto-exposure clipped the paper (gain {gain:.2f})")
            out += rng.normal(0, float(rng.uniform(2, 5)), out.shape).astype(np.float32)
            blur = cv2.GaussianBlur(out, (0, 0), 1.2)
            out = out + 0.4 * (out - blur)  # the phone's sharpening
            q = int(rng.integers(60, 89))
        else:
            out = cv2.GaussianBlur(out, (0, 0), 0.6)
            if rng.random() < 0.5:
                _flicker(rng, out, notes)
            out += rng.normal(0, float(rng.uniform(3, 6)), out.shape).astype(np.float32)
            q = int(rng.integers(50, 71))
    quad = _apply(m, page.quad)
    if quad.size and sag:
        quad[:2, 1] -= sag * m[1, 1] if abs(m[1, 1]) > 0 else sag
        quad[2:, 1] += sag * m[1, 1] if abs(m[1, 1]) > 0 else sag
    return out, quad, _cap_px(m, page.caps), q


# -- the sample ---------------------------------------------------------------------------


def sample(seed: int, *, today: dt.date) -> Shot:
    for name in (*FACES, *PAGE_FACES):
        face_path(name)  # a missing face is an error, never a substitute
    p = plan(seed, today)
    rng = np.random.default_rng([seed, 2121])
    notes: list[str] = [f"capture {p.capture}"]
    if not p.no_mrz:
        notes.append(f"face {p.face.label}")
        notes.append(f"print {p.process}")
        if p.misprint:
            notes.append(p.misprint)
    out, quad, cap_px, q = _capture(rng, p, notes)
    img8 = np.clip(out, 0, 255).astype(np.uint8)
    h, w = img8.shape[:2]
    assert max(h, w) <= MAX_SIDE + 400, (h, w)
    if quad.size:
        assert (quad >= 0).all() and (quad[:, 0] < w).all() and (quad[:, 1] < h).all(), quad
        notes.append(f"capitals {cap_px:.1f} px")
    notes.append(f"{w}x{h} px, JPEG {q}")
    image, data = _jpeg(img8, q)
    return Shot(
        seed=seed,
        level=p.capture,
        format=p.fmt,
        lines=p.printed,
        image=image,
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


def scored_mix(today: dt.date, first: int = SEED, n: int = IMAGES) -> dict[str, int]:
    """Counts of the draws (before rendering) over `n` seeds from `first`."""
    c: Counter[str] = Counter()
    for seed in range(first, first + n):
        p = plan(seed, today)
        c[p.fmt] += 1
        c[p.capture] += 1
        if p.no_mrz:
            c["none " + p.blank] += 1
            continue
        c["face " + p.face.kind] += 1
        c[p.process] += 1
        c["TD3 TWN"] += p.fmt == "TD3" and p.printed[0][2:5] == "TWN"
        c["TD1 TWN"] += p.fmt == "TD1" and p.printed[0][2:5] == "TWN"
        if p.face.kind != "ocrb":
            c[p.face.other] += 1
            c["hybrid " + ("glyphs" if p.face.glyphs else "line")] += p.face.kind == "hybrid"
        if not p.valid:
            c["invalid"] += 1
            c["invalid " + ("check digit" if "check digit" in p.misprint else "letters")] += 1
    return dict(sorted(c.items()))


SCORED_MIX: dict[str, int] = {  # scored_mix(bench_mrz.TODAY), checked by the tests
    "MRV-A": 18,
    "MRV-B": 8,
    "TD1": 34,
    "TD1 TWN": 16,
    "TD2": 10,
    "TD3": 122,
    "TD3 TWN": 41,
    "dotmatrix": 14,
    "engraved": 49,
    "face hybrid": 17,
    "face ocrb": 158,
    "face other": 17,
    "hybrid glyphs": 11,
    "hybrid line": 6,
    "inkjet": 35,
    "invalid": 20,
    "invalid check digit": 13,
    "invalid letters": 7,
    "kiloji": 11,
    "laser": 85,
    "none": 8,
    "none card front": 2,
    "none visa page": 6,
    "phone": 48,
    "reader": 66,
    "ribbon": 9,
    "routed-gothic": 11,
    "scan": 40,
    "thumbnail": 22,
    "webcam": 24,
    "wenkai-mono": 12,
}
