"""A seventeenth document-photo generator: a held-out set, scored once by the lead.

Written without running the OCR and without reading its code, its models, the other
generators' bodies or any results. Read: bench/bench_mrz.py, the `Sample` dataclass of
tests/documents/synth.py, desktop/documents/mrz.py (compose, parse) and layout.py, the head
of bench/mrz_heldout16.py (its docstring and constants), tests/documents/test_mrz_heldout16.py,
tests/documents/conftest.py's TODAY, tests/documents/scored_once.py and
scripts/setup-system.sh. It imports no rendering code from the other generators: its
renderer (Pillow for glyphs and page text, OpenCV and numpy for the rest) is its own. It
pictures what a Taiwan border counter is handed, as the counter's devices capture it.

Content. TD3 passports (Taiwan most, then Japan, Korea, mainland China, Hong Kong, Vietnam,
the Philippines, Thailand, Indonesia, Malaysia, Singapore, India, the US, Canada,
Australia, the UK, Germany (D), France, the Netherlands, Italy), TD1 cards (German,
French, Dutch, Belgian, Swiss, Spanish, Portuguese), TD2 (crew member certificates of
Taiwan, Japan and Korea; older Romanian and Latvian identity cards), visa foils MRV-A and
MRV-B (Taiwan's most, Japan's, the US's, China's, Korea's, the UK's, Australia's) on a
passport's visa page, for holders of the TD3 states. Names from short lists in each
region's romanisation (one in eight with extra given names, cut by `mrz.compose` when they
overflow); document numbers follow a pattern per issuer; a Taiwan passport's optional data
holds the holder's national identification number (a letter, 1 or 2 for the sex, eight
digits), Spanish and Belgian cards' optional data a personal number. The truth is
`mrz.compose`'s lines (`Plan.fields` is what it was given). About one document in ten is
printed invalid (`valid` False, the truth is the printed lines): in every block of 200
seeds, 13 with one check digit wrong and 7 with a digit where only letters may stand (a
name's or the nationality's O, I, S, B, Z, G, D or Q printed as the digit it resembles).
One picture in twenty-five is a page without an MRZ (`lines` empty, `format` "none",
`valid` False): a visa page full of entry stamps, or a card's front. Formats, captures,
face kinds and misprints are dealt, not drawn: every run of 200 consecutive seeds holds
FORMAT_QUOTA and CAPTURE_QUOTA slots exactly, and FACE_QUOTA and INVALID_QUOTA among its
192 MRZ slots (seed - SEED modulo 200 picks a slot, shuffled per block of 200).

Sizes (ICAO 9303 part 3: OCR-B size I at a 2.54 mm pitch; parts 4-7: ID-1 85.6x54,
ID-2 105x74, ID-3 125x88 mm, MRV-A 120x80, MRV-B 105x74 mm). This set's assumptions, not
quoted figures: capitals 2.3-2.55 mm high, lines 4.1-4.6 mm apart (cards 3.5-4.1 mm), the
last baseline 3.8-5.5 mm (cards 3.0-4.0 mm) above the document's (or foil's) bottom edge,
the zone centred within 0.8 mm; each cell on the pitch to the nearest pixel of the
rendering (8-16 px/mm, about 1.4 times the picture's scale, before the capture resamples).

Faces (FACE_QUOTA of the 192 MRZ slots): "ocrb" (80 %) OCR-B Regular (fonts-ocr-b).
"hybrid" (10 %): an OCR-B MRZ where three to six look-alike glyphs (of 0 O D Q 8 B 1 I 5 S
2 Z 6 G, each printed in the zone; every occurrence) or one whole line come from a new
face, as a personaliser whose OCR-B lacks glyphs substitutes them. "other" (10 %): the
whole MRZ in a new face. The new faces take turns, so each has about an equal share of
both kinds. No earlier part of the project (nor its history) names them. Three were
installed on this machine for this set; Tlwg Typewriter was already installed, by no
script of the project (dpkg's log: the evening before, 2026-12-05 22:57 UTC), so a
process that lists every font on the machine may have met it. The four: Tlwg Typewriter
(fonts-tlwg-typewriter-ttf, a monospaced typewriter face: a typed or impact-printed
document; a wholly typed MRZ is always struck through a ribbon), AR PL UMing TW
(fonts-arphic-uming, the Taiwan Ming face of a Chinese office font whose Latin is
half-width and monospaced: a Taiwan or mainland office printer without OCR-B), Roboto
Condensed (fonts-roboto-unhinted, a proportional system sans) and Comic Neue
(fonts-comic-neue, a proportional informal sans: a template tool's fallback; the least
plausible of the four, kept as the lead suggested it). Every face keeps the pitch: a
glyph is scaled so that H's ink is as tall as the MRZ's capitals, stands on the baseline
and is centred in its cell (squeezed into the cell, less a margin, when wider).
scripts/setup-system.sh installs them; a missing face raises FileNotFoundError naming its
package: this module never substitutes a face. Page labels and data are in DejaVu Sans.

Print process (drawn per format): passports laser 40 %, inkjet 25 %, engraved 25 %,
thermal 10 %; cards engraved 55 %, thermal 30 %, laser 15 %; TD2 laser 30 %, engraved
30 %, inkjet 20 %, thermal 20 %; visa foils inkjet 45 %, laser 25 %, thermal 15 %, ribbon
15 %. Laser: toner dropout (small holes in strokes) and in 40 % a pale streak along the
drum across the zone. Inkjet: ink spread (0.3-1 px at 12 px/mm) and satellite drops.
Engraved: dark grey, thinner strokes. Thermal: banding along the head and in 40 % a dead
element leaving a thin pale line through one MRZ line. Ribbon: uneven density along the
line, spread, dropouts. The page: a two-colour tint, guilloche waves in light dye inks
(some crossing the zone), labels (dye) and data (carbon) in DejaVu Sans, a stylised
portrait, all above the zone (cards: rounded corners; a visa: a foil with its own tint on
a booklet page, the page number in the outer top corner); visa pages without a foil
carry two to four entry stamps in dye inks, kept out of the bottom 16 mm. In infrared the
tint, guilloche, labels and stamps (dye inks) and holograms are gone; data, portrait and
MRZ (carbon) stay.

Captures (CAPTURE_QUOTA), and the effects this set leans on (its author's judgement of
what a counter captures and earlier sets may have underplayed):
- reader (full-page document reader) 43 %: infrared in 20 %; in visible light a
  holographic laminate overlay (rainbow diffraction stripes and emblem rings, a 3-9 %
  modulation) in 70 % and a laminate glare band in 45 % (pulled at most 45 % of the way to
  white, so no character is blanked); uneven lighting up to 12 %; capitals 18-32 px;
  turned up to 1.5 degrees; an open booklet (the facing page beyond the spine, pressed
  nearly flat: 0.05-0.3 mm of lift) in 30 % of booklet pages; JPEG 75-95.
- scan (counter flatbed) 23 %: 150, 200, 240 or 300 dpi (capitals 13.6-30 px), skew up to
  3 degrees, booklets open with the facing page, the pages lifting off the glass near the
  spine (rows shift towards the spine by 0.4-1 mm at it, falling off over 5-9 mm, more in
  the page's middle than at its ends, and darken there): the zone bends when it is on the
  spine's side (visa foils on the upper page of the spread, half of them, and one data
  page in ten); a hologram in 20 %, dust specks, JPEG 70-95.
- phone 19 %: the page seen from up to 25 degrees off the normal (keystone), turned up to
  25 degrees, booklet curvature (0.3-1.2 mm), uneven light and vignetting (up to 35 %), a
  hologram in half, a glare band in half, motion blur (0.12-0.35 of a capital's height)
  in a third or defocus in a quarter, low light (the phone's gain lifting the noise) in
  40 %, JPEG 45-90, capitals 14-27 px aimed at; one in five a photo of a monitor showing a
  scan (RGB subpixel stripes and the dark rows between pixels, sampled by the phone
  through a lens that passes a little more than its pixels hold: faint moire; the phone
  exposes for the lit screen; turned up to 10 and tilted up to 15 degrees).
- webcam 8 %: 640x480, 800x600 or 1280x720 frames (the page may run out of the frame, the
  zone never), tilted up to 10 and turned up to 8 degrees, capitals 9-15 px (fewer when
  the zone would not fit the frame: the officer steps back), a colour cast, sensor noise,
  a hologram in 30 %, a glare band in 20 %, an open booklet in 30 % of booklet pages (as
  readers), defocus in half, video coding (4:2:0 chroma, a denoiser's smear, JPEG 30-55 as the
  frame, then stored at 60-85).
- thumbnail 7 %: a reader's picture (capitals 20-30 px, JPEG 85-95) shrunk to capitals
  7-12 px, JPEG 60-90.
Every MRZ lies wholly inside its picture (a cell off the document raises), glare never
blanks a character, stamps stay off the zone: nothing beyond what a careful officer would
accept as a capture.

The 200 scored seeds (2 800 000-2 800 199, today 2026-11-27) are counted by `scored_mix()`
(the draws before rendering) and checked against SCORED_MIX by the tests: formats
TD3 122, TD1 34, MRV-A 18, MRV-B 8, TD2 10, no MRZ 8; printed invalid 20 (10.4 % of the
192 MRZs; TD3 13, TD1 5, MRV-A 2); captures reader 86, scan 46, phone 38, webcam 16,
thumbnail 14; faces (of the 192 MRZs) ocrb 154, hybrid 19 (13 with glyphs, 6 with a
line), other 19; the new faces (hybrid or whole) tlwg-typewriter 9, uming-tw 10,
roboto-condensed 10, comic-neue 9. TD3 issuers: TWN 50 of 122, then JPN 11, VNM 11.
Rendering the 200 (two runs, not re-checked by the tests: rendering 200 pictures is slow;
the draws above are checked): printed by laser 63 (toner streak 27), engraving 59, inkjet
37, thermal transfer 25 (8 with a dead element), ribbon 8; visa foils 26; readers' and
thumbnails' pictures in infrared 25; hologram overlay 77, laminate glare band 49; an open
booklet with its facing page (curvature) 94, 20 of them with the zone on the spine's side;
phone pictures tilted 15 degrees or more 14, turned 15 degrees or more 7, of a monitor 7,
motion blur 7, low light 16; defocus (phones and webcams) 14; stored JPEG below quality
60: 13; pages without an MRZ: visa pages with stamps 7, card fronts 1. Capitals (cap_px):
reader 18.1-32.0 px, scan 13.8-30.3, phone 14.1-26.7, webcam 10.3-14.8, thumbnail
8.1-11.7. Pictures from 315x205 to 1822x1827 px (smallest and largest by area); every
zone inside its picture, every picture neither blank nor flat. CPU time a picture on this
shared machine (load about 10 on 2 cores), two runs: median 0.55 and 0.57 s, mean 0.55
and 0.57 s, at most 1.28 s.

Deterministic per seed; seeds start at SEED = 2 800 000. `sample(seed, today=...)` returns
a Shot: a Sample (tests/documents/synth.py's fields, level = the capture) with the verdict
`valid`, `capture`, `font` (the face's label), `face_kind`, `cap_px` (capitals' height in
the picture, mean over the end cells of the first and last lines), `mrz_quad` (the zone's
corners in the picture) and `notes` (capture, face, print process and what was applied).
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

SEED = 2_800_000
IMAGES = 200
FONT_ROOT = Path("/usr/share")

# name: (path under FONT_ROOT, Debian package, index in a collection)
FACES: dict[str, tuple[str, str, int]] = {
    "ocrb": ("fonts/opentype/ocr-b/OCRB.otf", "fonts-ocr-b", 0),
    "tlwg-typewriter": (
        "fonts/truetype/tlwg/TlwgTypewriter.ttf",
        "fonts-tlwg-typewriter-ttf",
        0,
    ),
    "uming-tw": ("fonts/truetype/arphic/uming.ttc", "fonts-arphic-uming", 2),
    "roboto-condensed": (
        "fonts/truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
        "fonts-roboto-unhinted",
        0,
    ),
    "comic-neue": ("fonts/opentype/comic-neue/ComicNeue-Regular.otf", "fonts-comic-neue", 0),
}
NEW_FACES = ("tlwg-typewriter", "uming-tw", "roboto-condensed", "comic-neue")
PACKAGES = tuple(FACES[f][1] for f in NEW_FACES)
# the page's labels and data (not the MRZ): DejaVu Sans, already installed for the app
PAGE_FACES: dict[str, tuple[str, str, int]] = {
    "page": ("fonts/truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core", 0),
    "page-bold": ("fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "fonts-dejavu-core", 0),
}

FORMAT_QUOTA = {"TD3": 122, "TD1": 34, "TD2": 10, "MRV-A": 18, "MRV-B": 8, "none": 8}
CAPTURE_QUOTA = {"reader": 86, "scan": 46, "phone": 38, "webcam": 16, "thumbnail": 14}
CAPTURES = tuple(CAPTURE_QUOTA)
MRZ_SLOTS = IMAGES - FORMAT_QUOTA["none"]
FACE_QUOTA = {"ocrb": 154, "hybrid": 19, "other": 19}  # of the 192 MRZ slots
INVALID_QUOTA = 20  # of the 192 MRZ slots: 13 a check digit, 7 a digit among letters
CHECK_DIGIT_MISPRINTS = 13
# capitals' height in the picture, px, aimed at per capture
CAP_PX = {
    "reader": (18.0, 32.0),
    "scan": (13.0, 30.5),
    "phone": (14.0, 27.0),
    "webcam": (9.0, 15.0),
    "thumbnail": (7.0, 12.0),
}
WEBCAM_MODES = ((640, 480), (800, 600), (1280, 720))
PITCH_MM = 2.54  # ICAO 9303 part 3: OCR-B size I, ten characters to the inch
LOOKALIKES = "0ODQ8B1I5S2Z6G"
PROCESSES = ("laser", "inkjet", "engraved", "thermal", "ribbon")
PROCESS_WEIGHTS = {
    "TD3": (0.40, 0.25, 0.25, 0.10, 0.0),
    "TD2": (0.30, 0.20, 0.30, 0.20, 0.0),
    "TD1": (0.15, 0.0, 0.55, 0.30, 0.0),
    "MRV-A": (0.25, 0.45, 0.0, 0.15, 0.15),
    "MRV-B": (0.25, 0.45, 0.0, 0.15, 0.15),
}
# document (or foil) sizes in mm, ICAO 9303 parts 4-7
SIZE_MM = {
    "TD3": (125.0, 88.0),
    "TD2": (105.0, 74.0),
    "TD1": (85.6, 54.0),
    "MRV-A": (120.0, 80.0),
    "MRV-B": (105.0, 74.0),
}
BOOKLET_MM = (125.0, 88.0)  # a visa foil sits on a passport page of this size

# ---------------------------------------------------------------- content

_REGIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "tw": (
        (
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
            "CHIU",
            "TSENG",
            "LIAO",
            "LAI",
            "CHOU",
        ),
        (
            "CHIA HAO",
            "YU TING",
            "SHU FEN",
            "CHIH WEI",
            "PEI SHAN",
            "TZU HSUAN",
            "WEN HSIUNG",
            "HSIN YI",
            "CHUN HUNG",
            "YA CHU",
            "KUAN LIN",
            "MEI LING",
            "PO HSUN",
            "I CHEN",
        ),
    ),
    "jp": (
        (
            "SATO",
            "SUZUKI",
            "TAKAHASHI",
            "TANAKA",
            "WATANABE",
            "ITO",
            "YAMAMOTO",
            "NAKAMURA",
            "KOBAYASHI",
            "SAITO",
        ),
        ("HIROSHI", "YUKI", "KENTA", "AYAKA", "SHOTA", "MISAKI", "DAISUKE", "HARUKA"),
    ),
    "kr": (
        ("KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM"),
        ("MINJUN", "SEOYEON", "JIHOON", "HYUNWOO", "SOYEON", "DONGHYUN", "JIWOO"),
    ),
    "cn": (
        ("WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "ZHAO", "HUANG", "ZHOU", "XU"),
        ("XIAOMING", "JING", "WEI", "YUXUAN", "ZIHAN", "HAOYU", "XINYI", "JUNJIE"),
    ),
    "hk": (
        ("CHAN", "WONG", "LEUNG", "CHEUNG", "LAU", "NG", "HO", "YEUNG"),
        ("KA MING", "WAI KEUNG", "SIU LING", "CHI HO", "MAN YEE", "TSZ CHING"),
    ),
    "sea": (
        (
            "NGUYEN",
            "TRAN",
            "LE",
            "PHAM",
            "SANTOS",
            "REYES",
            "DELA CRUZ",
            "BAUTISTA",
            "SRISUK",
            "WONGSAWAT",
            "SANTOSO",
            "WIJAYA",
            "TAN",
            "LIM",
            "ABDULLAH",
            "SHARMA",
        ),
        (
            "VAN AN",
            "THI HUONG",
            "MARIA CRISTINA",
            "JOSE MIGUEL",
            "SOMCHAI",
            "NATTAYA",
            "BUDI",
            "SITI NURHALIZA",
            "WEI JIE",
            "NURUL AINI",
            "PRIYA",
            "RAHUL",
        ),
    ),
    "west": (
        (
            "SMITH",
            "JOHNSON",
            "WILLIAMS",
            "BROWN",
            "MUELLER",
            "SCHMIDT",
            "MARTIN",
            "BERNARD",
            "DE JONG",
            "VAN DEN BERG",
            "ROSSI",
            "GARCIA LOPEZ",
            "FERNANDES",
            "PEETERS",
            "MACDONALD",
            "OCONNOR",
        ),
        (
            "JAMES",
            "ELIZABETH",
            "ANNA MARIA",
            "THOMAS",
            "SOPHIE",
            "LUCAS",
            "EMMA",
            "JEAN PAUL",
            "MARCO",
            "ISABEL",
            "PIETER",
            "OLIVIA GRACE",
            "KLAUS DIETER",
        ),
    ),
}
# issuing state: (weight, region, document number pattern: A letter, 9 digit, X either)
_TD3_STATES: dict[str, tuple[float, str, str]] = {
    "TWN": (0.36, "tw", "399999999"),
    "JPN": (0.08, "jp", "AA9999999"),
    "KOR": (0.07, "kr", "M99999999"),
    "CHN": (0.07, "cn", "EA9999999"),
    "HKG": (0.03, "hk", "K99999999"),
    "VNM": (0.05, "sea", "C9999999"),
    "PHL": (0.05, "sea", "P9999999A"),
    "THA": (0.03, "sea", "AA9999999"),
    "IDN": (0.03, "sea", "A9999999"),
    "MYS": (0.03, "sea", "A99999999"),
    "SGP": (0.02, "sea", "K9999999A"),
    "IND": (0.02, "sea", "A9999999"),
    "USA": (0.05, "west", "599999999"),
    "CAN": (0.02, "west", "AA999999"),
    "AUS": (0.02, "west", "PA9999999"),
    "GBR": (0.02, "west", "599999999"),
    "D": (0.02, "west", "CXXXXXXXX"),
    "FRA": (0.01, "west", "99AA99999"),
    "NLD": (0.01, "west", "AAXXXXXX9"),
    "ITA": (0.01, "west", "YA9999999"),
}
_TD1_STATES: dict[str, tuple[float, str, str, str]] = {  # + document code
    "D": (0.25, "west", "LXXXXXXXX", "ID"),
    "FRA": (0.15, "west", "XXXXXXXXX", "ID"),
    "NLD": (0.15, "west", "AAXXXXXX9", "I<"),
    "BEL": (0.12, "west", "999999999", "ID"),
    "CHE": (0.1, "west", "A9999999", "ID"),
    "ESP": (0.13, "west", "AAA999999", "ID"),
    "PRT": (0.1, "west", "999999999", "I<"),
}
_TD2_STATES: dict[str, tuple[float, str, str, str]] = {
    "TWN": (0.3, "tw", "A99999999", "AC"),
    "JPN": (0.2, "jp", "AA9999999", "AC"),
    "KOR": (0.2, "kr", "M99999999", "AC"),
    "ROU": (0.15, "west", "AA999999", "I<"),
    "LVA": (0.15, "west", "AA9999999", "I<"),
}
_VISA_STATES: dict[str, tuple[float, str]] = {  # issuer; the holder is of another state
    "TWN": (0.45, "99999999A"),
    "JPN": (0.12, "AA9999999"),
    "USA": (0.12, "999999999"),
    "CHN": (0.1, "A99999999"),
    "KOR": (0.08, "99999999A"),
    "GBR": (0.07, "AAA999999"),
    "AUS": (0.06, "V99999999"),
}


def _pick(rng: np.random.Generator, table: dict) -> str:
    keys = list(table)
    w = np.array([table[k][0] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _pattern(rng: np.random.Generator, pat: str) -> str:
    out = []
    for c in pat:
        if c == "A":
            out.append(layout.LETTERS[int(rng.integers(26))])
        elif c == "9":
            out.append(layout.DIGITS[int(rng.integers(10))])
        elif c == "X":
            pool = layout.DIGITS + layout.LETTERS
            out.append(pool[int(rng.integers(len(pool)))])
        else:
            out.append(c)
    return "".join(out)


def _name(rng: np.random.Generator, region: str) -> tuple[str, str]:
    surnames, given = _REGIONS[region]
    sur = surnames[int(rng.integers(len(surnames)))]
    giv = given[int(rng.integers(len(given)))]
    if rng.random() < 0.12:  # a long name that compose cuts at the field's end
        giv = f"{giv} {given[int(rng.integers(len(given)))]} {given[int(rng.integers(len(given)))]}"
    return sur, giv


def _add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _fields(rng: np.random.Generator, fmt: str, today: dt.date) -> dict[str, object]:
    """The data of one document of `fmt`, in the form mrz.compose takes."""
    birth = today - dt.timedelta(days=int(rng.integers(17 * 365, 80 * 365)))
    if rng.random() < 0.1:
        birth = today - dt.timedelta(days=int(rng.integers(200, 17 * 365)))  # a child
    sex = "F" if rng.random() < 0.48 else "M"
    if rng.random() < 0.02:
        sex = "X"
    optional = ""
    if fmt == "TD3":
        state = _pick(rng, _TD3_STATES)
        _, region, pat = _TD3_STATES[state]
        code, nat = "P<", state
        valid_years = 5 if birth > _add_years(today, -18) else 10
        if state == "TWN":  # the national identification number sits in the optional data
            optional = _pattern(rng, "A") + ("2" if sex == "F" else "1") + _pattern(rng, "99999999")
        elif state in ("KOR", "SGP", "MYS") and rng.random() < 0.6:
            optional = _pattern(rng, "A9999999A" if state != "KOR" else "9999999")
    elif fmt == "TD1":
        state = _pick(rng, _TD1_STATES)
        _, region, pat, code = _TD1_STATES[state]
        nat, valid_years = state, 10
        if state == "ESP":
            optional = _pattern(rng, "99999999A")
        elif state == "BEL":
            optional = _pattern(rng, "99999999999")
    elif fmt == "TD2":
        state = _pick(rng, _TD2_STATES)
        _, region, pat, code = _TD2_STATES[state]
        nat, valid_years = state, 5
    else:
        state = _pick(rng, _VISA_STATES)
        pat = _VISA_STATES[state][1]
        code = "V<"
        others = [s for s in _TD3_STATES if s != state]
        w = np.array([_TD3_STATES[s][0] for s in others])
        nat = others[int(rng.choice(len(others), p=w / w.sum()))]
        region = _TD3_STATES[nat][1]
        valid_years = 1
        if fmt == "MRV-A" and rng.random() < 0.5:
            optional = _pattern(rng, "AA9999999")
    surname, given = _name(rng, region)
    issued = today - dt.timedelta(days=int(rng.integers(10, max(11, valid_years * 365 - 40))))
    expiry = _add_years(issued, valid_years) - dt.timedelta(days=1)
    if expiry <= today:
        expiry = today + dt.timedelta(days=int(rng.integers(30, 300)))
    return {
        "document_code": code,
        "issuing_state": state,
        "surname": surname,
        "given_names": given,
        "document_number": _pattern(rng, pat),
        "nationality": nat,
        "birth_date": birth,
        "sex": sex,
        "expiry_date": expiry,
        "optional_data": optional,
    }


def _misprint(
    rng: np.random.Generator, fmt: str, lines: tuple[str, ...], check: bool, today: dt.date
) -> tuple[tuple[str, ...], str]:
    """One error as a personaliser prints it: a wrong check digit, or a digit among letters
    (a name's or the nationality's O, I, S, B, Z, G printed as the digit it resembles)."""
    lay = layout.layout(fmt)
    rows = [list(x) for x in lines]
    if check:
        cands = [c for c in lay.checks if rows[c.line][c.pos].isdigit()]
        c = cands[int(rng.integers(len(cands)))]
        old = int(rows[c.line][c.pos])
        rows[c.line][c.pos] = str((old + int(rng.integers(1, 10))) % 10)
        what = f"invalid as printed: the {c.name} check digit"
    else:
        field = lay.field("nationality" if rng.random() < 0.3 else "names")
        cells = [
            k
            for k in range(field.start, field.start + field.length)
            if rows[field.line][k].isalpha()
        ]
        shape = {"O": "0", "I": "1", "S": "5", "B": "8", "Z": "2", "G": "6", "D": "0", "Q": "0"}
        fit = [k for k in cells if rows[field.line][k] in shape] or cells
        k = fit[int(rng.integers(len(fit)))]
        ch = rows[field.line][k]
        rows[field.line][k] = shape.get(ch, str(int(rng.integers(10))))
        what = f"invalid as printed: a digit in the {field.name} field"
    printed = tuple("".join(r) for r in rows)
    doc = parse(printed, today=today)
    if doc.valid or doc.format != fmt:
        return _misprint(rng, fmt, lines, True, today) if not check else (lines, "")
    return printed, what


# ---------------------------------------------------------------- the plan (draws)


@dataclasses.dataclass(frozen=True)
class Face:
    """Which face prints which cell: OCR-B, OCR-B with some glyphs or one line from another
    face (hybrid), or another face wholly."""

    kind: str  # "ocrb", "hybrid", "other"
    other: str = ""
    glyphs: str = ""  # hybrid: these characters, every occurrence, in `other`
    line: int = -1  # hybrid: this whole line in `other`

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
        part = f"line {self.line + 1}" if self.line >= 0 else f"glyphs {self.glyphs}"
        return f"ocrb+{self.other} ({part})"


@dataclasses.dataclass(frozen=True)
class Plan:
    seed: int
    fmt: str  # a format of layout.FORMATS, or "none"
    capture: str
    face: Face
    process: str
    composed: tuple[str, ...]
    printed: tuple[str, ...]
    valid: bool
    misprint: str
    no_mrz: bool
    blank: str  # a page without an MRZ: "visa page" or "card front"
    fields: tuple[tuple[str, object], ...] = ()  # what mrz.compose was given


@functools.cache
def _block(
    block: int,
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The dealt tables of one block of IMAGES seeds: format, capture, face kind, new face,
    misprint ("" / "check" / "letters") per slot."""
    rng = np.random.default_rng([SEED, 17, block % (1 << 30)])
    fmts = [k for k, n in FORMAT_QUOTA.items() for _ in range(n)]
    caps = [k for k, n in CAPTURE_QUOTA.items() for _ in range(n)]
    rng.shuffle(fmts)
    rng.shuffle(caps)
    mrz = [i for i, f in enumerate(fmts) if f != "none"]
    kinds = [k for k, n in FACE_QUOTA.items() for _ in range(n)]
    rng.shuffle(kinds)
    face_kind = [""] * IMAGES
    new_face = [""] * IMAGES
    counts = {"hybrid": 0, "other": 0}
    for i, k in zip(mrz, kinds, strict=True):
        face_kind[i] = k
        if k != "ocrb":
            new_face[i] = NEW_FACES[(counts[k] + block + (k == "other")) % len(NEW_FACES)]
            counts[k] += 1
    bad = [int(i) for i in rng.choice(mrz, INVALID_QUOTA, replace=False)]
    how = ["check"] * CHECK_DIGIT_MISPRINTS + ["letters"] * (INVALID_QUOTA - CHECK_DIGIT_MISPRINTS)
    rng.shuffle(how)
    mis = [""] * IMAGES
    for i, h in zip(bad, how, strict=True):
        mis[i] = h
    return tuple(fmts), tuple(caps), tuple(face_kind), tuple(new_face), tuple(mis)


def plan(seed: int, today: dt.date) -> Plan:
    """Every draw of one seed before rendering: deterministic in the seed."""
    block, slot = divmod(seed - SEED, IMAGES)
    fmts, caps, kinds, news, mis = _block(block)
    fmt, capture = fmts[slot], caps[slot]
    rng = np.random.default_rng([seed, 1])
    if fmt == "none":
        blank = "visa page" if rng.random() < 0.7 else "card front"
        return Plan(seed, fmt, capture, Face("ocrb"), "", (), (), False, "", True, blank)
    fields = _fields(rng, fmt, today)
    composed = compose(fmt, **fields)  # type: ignore[arg-type]
    printed, misprint = composed, ""
    if mis[slot]:
        printed, misprint = _misprint(rng, fmt, composed, mis[slot] == "check", today)
    valid = printed == composed
    kind, other = kinds[slot], news[slot]
    face = Face(kind, other)
    if kind == "hybrid":
        if rng.random() < 0.5:
            face = Face(kind, other, line=int(rng.integers(len(printed))))
        else:
            present = [c for c in LOOKALIKES if any(c in x for x in printed)]
            n = min(len(present), int(rng.integers(3, 7)))
            picked = rng.choice(present, n, replace=False)
            face = Face(kind, other, glyphs="".join(sorted(str(c) for c in picked)))
    w = np.array(PROCESS_WEIGHTS[fmt])
    process = PROCESSES[int(rng.choice(len(PROCESSES), p=w / w.sum()))]
    if face.kind == "other" and other == "tlwg-typewriter":
        process = "ribbon"  # a typewriter face is typed: struck through a ribbon
    return Plan(
        seed,
        fmt,
        capture,
        face,
        process,
        composed,
        printed,
        valid,
        misprint,
        False,
        "",
        tuple(fields.items()),
    )


def scored_mix(today: dt.date) -> dict[str, int]:
    """The draws of the 200 scored seeds, counted (what the docstring states)."""
    mix: dict[str, int] = dict.fromkeys([*FORMAT_QUOTA, *CAPTURES, *NEW_FACES], 0)
    mix.update({"invalid": 0, "face ocrb": 0, "face hybrid": 0, "face other": 0})
    for seed in range(SEED, SEED + IMAGES):
        p = plan(seed, today)
        mix[p.fmt] += 1
        mix[p.capture] += 1
        if p.no_mrz:
            continue
        mix["invalid"] += not p.valid
        mix[f"face {p.face.kind}"] += 1
        if p.face.other:
            mix[p.face.other] += 1
    return mix


SCORED_MIX: dict[str, int] = {
    "TD3": 122,
    "TD1": 34,
    "TD2": 10,
    "MRV-A": 18,
    "MRV-B": 8,
    "none": 8,
    "reader": 86,
    "scan": 46,
    "phone": 38,
    "webcam": 16,
    "thumbnail": 14,
    "tlwg-typewriter": 9,
    "uming-tw": 10,
    "roboto-condensed": 10,
    "comic-neue": 9,
    "invalid": 20,
    "face ocrb": 154,
    "face hybrid": 19,
    "face other": 19,
}


# ---------------------------------------------------------------- faces and glyphs


def face_path(name: str) -> Path:
    """The file of a face; a missing one is an error naming its package."""
    rel, package, _ = {**FACES, **PAGE_FACES}[name]
    path = FONT_ROOT / rel
    if not path.is_file():
        raise FileNotFoundError(
            f"{path}: install the Debian package {package} (scripts/setup-system.sh); "
            "this generator never substitutes a face"
        )
    return path


@functools.cache
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    index = {**FACES, **PAGE_FACES}[name][2]
    return ImageFont.truetype(str(face_path(name)), size, index=index)


def _ink_rows(name: str, size: int, ch: str = "H") -> tuple[int, int]:
    """The first and last inked rows of ch drawn with its baseline at row 2 * size: measured
    on the ink, as some faces' boxes (AR PL UMing's) are taller than their glyphs."""
    f = font(name, size)
    img = Image.new("L", (3 * size, 3 * size), 0)
    ImageDraw.Draw(img).text((size // 2, 2 * size), ch, font=f, fill=255, anchor="ls")
    rows = np.flatnonzero(np.asarray(img).max(1) > 127)
    return int(rows[0]) - 2 * size, int(rows[-1]) - 2 * size


@functools.cache
def cap_em(name: str) -> float:
    """A face's capital height (of H's ink) as a fraction of its size."""
    top, foot = _ink_rows(name, 400)
    return (foot - top + 1) / 400.0


@functools.cache
def glyph(name: str, ch: str, cap: int, pitch: int) -> np.ndarray:
    """One character in a cell pitch px wide and 2 * cap px high, baseline at row 1.5 * cap
    (the foot of H's ink on the row above), capitals cap px high: coverage 0..1. A glyph
    wider than the cell is squeezed into it (a personaliser's printer keeps the pitch
    whatever its face)."""
    size = max(4, round(cap / cap_em(name)))
    f = font(name, size)
    h = 2 * cap
    base = round(1.5 * cap) - 1 - _ink_rows(name, size)[1]
    box = f.getbbox(ch, anchor="ls")
    w = max(1, box[2] - box[0])
    img = Image.new("L", (w + 4, h), 0)
    ImageDraw.Draw(img).text((2 - box[0], base), ch, font=f, fill=255, anchor="ls")
    arr = np.asarray(img, dtype=np.float32) / 255.0
    cols = np.flatnonzero(arr.max(0) > 0)
    if len(cols) == 0:
        return np.zeros((h, pitch), np.float32)
    arr = arr[:, cols[0] : cols[-1] + 1]
    room = max(1, pitch - max(2, round(0.12 * pitch)))  # ink keeps a margin in its cell
    if arr.shape[1] > room:
        arr = cv2.resize(arr, (room, h), interpolation=cv2.INTER_AREA)
    out = np.zeros((h, pitch), np.float32)
    x0 = (pitch - arr.shape[1]) // 2
    out[:, x0 : x0 + arr.shape[1]] = arr
    return out


# ---------------------------------------------------------------- the page


@dataclasses.dataclass
class Page:
    """A document at `res` px/mm: the dye layer (tint, guilloche, labels, stamps: gone in
    infrared) as reflectance, the carbon layer (data, portrait, MRZ) as coverage."""

    dye: np.ndarray  # HxWx3 float32, 1 = white paper
    carbon: np.ndarray  # HxW float32 coverage
    ink: np.ndarray  # RGB of the carbon ink
    res: float
    quad: np.ndarray  # the zone's corners (4x2, px), empty without an MRZ
    caps: np.ndarray  # capitals' (top, foot) points of the zone's end cells: Nx2x2
    spine: str  # "top", "bottom" or "" (a card, loose)
    laminate: bool
    note: list[str]


def _text(
    layer: np.ndarray, xy: tuple[float, float], s: str, px: float, bold: bool = False
) -> None:
    """Draw page text (coverage) into layer, with its baseline's left end at xy."""
    f = font("page-bold" if bold else "page", max(5, round(px / 0.73)))
    box = f.getbbox(s, anchor="ls")
    w, h = box[2] - box[0] + 4, box[3] - box[1] + 4
    img = Image.new("L", (w, h), 0)
    ImageDraw.Draw(img).text((2 - box[0], 2 - box[1]), s, font=f, fill=255, anchor="ls")
    arr = np.asarray(img, dtype=np.float32) / 255.0
    x, y = round(xy[0] + box[0] - 2), round(xy[1] + box[1] - 2)
    H, W = layer.shape[:2]
    x0, y0, x1, y1 = max(0, x), max(0, y), min(W, x + w), min(H, y + h)
    if x1 > x0 and y1 > y0:
        sub = arr[y0 - y : y1 - y, x0 - x : x1 - x]
        layer[y0:y1, x0:x1] = np.maximum(layer[y0:y1, x0:x1], sub)


def _words(rng: np.random.Generator, n: int) -> str:
    syl = ("TA", "MIN", "KO", "RE", "SU", "LAN", "PEI", "DO", "NA", "VI", "CHEN", "HUA", "RO")
    return " ".join("".join(rng.choice(syl, int(rng.integers(1, 4)))) for _ in range(n))


def _background(rng: np.random.Generator, h: int, w: int, res: float) -> np.ndarray:
    """Security paper: a two-colour tint and guilloche waves, in dye inks."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    c1 = np.array(rng.uniform(0.82, 0.97, 3), np.float32)
    c2 = np.array(rng.uniform(0.82, 0.97, 3), np.float32)
    t = (xx / w * math.cos(rng.uniform(0, math.pi)) + yy / h * 0.5)[..., None]
    t = (t - t.min()) / max(1e-6, float(t.max() - t.min()))
    img = c1 * (1 - t) + c2 * t
    lines = np.zeros((h, w), np.float32)
    period = rng.uniform(6.0, 14.0) * res
    amp = rng.uniform(1.5, 4.0) * res
    for k in range(int(rng.integers(5, 11))):
        y0 = rng.uniform(0, h)
        phase = rng.uniform(0, 2 * math.pi)
        curve = y0 + amp * np.sin(xx[0] / period * 2 * math.pi + phase + k * 0.7)
        d = np.abs(yy - curve[None, :])
        lines = np.maximum(lines, np.clip(1.0 - d / max(0.6, 0.08 * res), 0, 1))
    col = np.array(rng.uniform(0.35, 0.8, 3), np.float32)
    strength = rng.uniform(0.15, 0.35)  # faint: guilloche is fine line work in light inks
    return img * (1 - strength * lines[..., None] * (1 - col))


def _portrait(carbon: np.ndarray, x: int, y: int, w: int, h: int, rng: np.random.Generator) -> None:
    """A stylised greyscale portrait (laser-engraved or printed in carbon)."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    bg = 0.08 + 0.06 * rng.random()
    face = ((xx - w / 2) / (0.26 * w)) ** 2 + ((yy - 0.42 * h) / (0.3 * h)) ** 2 < 1
    body = ((xx - w / 2) / (0.48 * w)) ** 2 + ((yy - 1.05 * h) / (0.35 * h)) ** 2 < 1
    hair = ((xx - w / 2) / (0.28 * w)) ** 2 + ((yy - 0.3 * h) / (0.24 * h)) ** 2 < 1
    img = np.full((h, w), bg, np.float32)
    img[body] = 0.6
    img[hair] = 0.75
    img[face & (yy > 0.3 * h)] = 0.3 + 0.1 * rng.random()
    img = cv2.GaussianBlur(img, (0, 0), max(0.8, w / 80))
    carbon[y : y + h, x : x + w] = np.maximum(carbon[y : y + h, x : x + w], img)


def _stamp(dye: np.ndarray, rng: np.random.Generator, cx: float, cy: float, res: float) -> None:
    """An entry stamp in a dye ink: a ring or a box with a date."""
    h, w = dye.shape[:2]
    mask = np.zeros((h, w), np.uint8)
    r = int(rng.uniform(9, 15) * res)
    thick = max(1, round(0.35 * res))
    if rng.random() < 0.5:
        cv2.circle(mask, (int(cx), int(cy)), r, 255, thick, cv2.LINE_AA)
        cv2.circle(mask, (int(cx), int(cy)), int(r * 0.72), 255, thick, cv2.LINE_AA)
    else:
        cv2.rectangle(
            mask,
            (int(cx - 1.3 * r), int(cy - 0.7 * r)),
            (int(cx + 1.3 * r), int(cy + 0.7 * r)),
            255,
            thick,
            cv2.LINE_AA,
        )
    cover = mask.astype(np.float32) / 255.0
    _text(
        cover,
        (cx - 0.9 * r, cy + 0.15 * r),
        f"{int(rng.integers(1, 29)):02d} NOV 2026",
        0.28 * r,
        True,
    )
    cover *= rng.uniform(0.5, 0.9) * (0.75 + 0.25 * rng.random((h, w)).astype(np.float32))
    colour = np.array(
        [(0.25, 0.3, 0.75), (0.75, 0.2, 0.3), (0.2, 0.55, 0.35), (0.45, 0.25, 0.6)][
            int(rng.integers(4))
        ],
        np.float32,
    )
    dye *= 1 - cover[..., None] * (1 - colour)


def _print_mrz(
    rng: np.random.Generator,
    p: Plan,
    res: float,
    w_mm: float,
    h_mm: float,
    x_off: float,
    y_off: float,
    carbon: np.ndarray,
    note: list[str],
) -> tuple[np.ndarray, np.ndarray]:
    """Print the MRZ into carbon (in place) within a document of w_mm x h_mm whose top left
    corner is at (x_off, y_off) px; returns the zone's quad and its capitals' points."""
    lay = layout.layout(p.fmt)
    card = p.fmt in ("TD1",)
    cap_mm = rng.uniform(2.3, 2.55)
    gap_mm = rng.uniform(3.5, 4.1) if card else rng.uniform(4.1, 4.6)
    bottom_mm = rng.uniform(3.0, 4.0) if card else rng.uniform(3.8, 5.5)
    width_mm = lay.width * PITCH_MM
    left_mm = (w_mm - width_mm) / 2 + rng.uniform(-0.8, 0.8)
    cap = max(4, round(cap_mm * res))
    pitch = round(PITCH_MM * res)
    mask = np.zeros_like(carbon)
    caps = []
    base_last = y_off + (h_mm - bottom_mm) * res
    x_left = x_off + left_mm * res
    for i, line in enumerate(p.printed):
        base = round(base_last - (lay.lines - 1 - i) * gap_mm * res)
        for k, ch in enumerate(line):
            x = round(x_left + k * PITCH_MM * res)
            g = glyph(p.face.face(i, ch), ch, cap, pitch)
            y = base - round(1.5 * cap)
            H, W = mask.shape
            if not (y >= 0 and y + g.shape[0] <= H and x >= 0 and x + pitch <= W):
                raise ValueError(f"seed {p.seed}: a cell of the MRZ falls off the document")
            cell = mask[y : y + g.shape[0], x : x + pitch]
            np.maximum(cell, g, out=cell)
        if i in (0, lay.lines - 1):
            for k in (0, lay.width - 1):
                cx = round(x_left + k * PITCH_MM * res) + pitch / 2
                caps.append(((cx, base - cap), (cx, base)))
    top = base_last - (lay.lines - 1) * gap_mm * res - 1.2 * cap
    right = x_left + lay.width * pitch
    quad = np.array(
        [
            (x_left - 0.3 * pitch, top),
            (right, top),
            (right, base_last + 0.35 * cap),
            (x_left - 0.3 * pitch, base_last + 0.35 * cap),
        ],
        np.float32,
    )
    mask = _process(rng, p, mask, res, cap, note)
    np.maximum(carbon, mask, out=carbon)
    return quad, np.array(caps, np.float32)


def _process(
    rng: np.random.Generator, p: Plan, m: np.ndarray, res: float, cap: int, note: list[str]
) -> np.ndarray:
    """The print process's marks on the MRZ's coverage."""
    h, w = m.shape
    proc = p.process
    note.append(f"print {proc}")
    if proc == "laser":
        holes = (rng.random((h, w)) < 0.004).astype(np.float32)
        holes = cv2.dilate(holes, np.ones((2, 2), np.uint8)) if res > 10 else holes
        m = m * (1 - 0.85 * holes)
        if rng.random() < 0.4:  # a pale streak along the drum across the zone
            y = int(rng.integers(0, h))
            band = np.exp(-(((np.arange(h) - y) / (0.25 * cap)) ** 2))[:, None]
            m = m * (1 - 0.35 * band).astype(np.float32)
            note.append("toner streak")
        return np.clip(m * rng.uniform(0.9, 1.0), 0, 1)
    if proc == "inkjet":
        spread = rng.uniform(0.3, 1.0) * res / 12
        m = np.clip(cv2.GaussianBlur(m, (0, 0), max(0.3, spread)) * 1.5, 0, 1)
        drops = (rng.random((h, w)) < 0.0006).astype(np.float32) * cv2.dilate(
            m, np.ones((7, 7), np.uint8)
        )
        note.append(f"ink spread {spread:.2f} px")
        return np.clip(np.maximum(m, drops * 0.8), 0, 1)
    if proc == "engraved":
        m = cv2.erode(m, np.ones((2, 2), np.uint8)) if res >= 12 else m * 0.92
        return m * rng.uniform(0.72, 0.85)
    if proc == "thermal":
        band = 1 - 0.12 * (0.5 + 0.5 * np.sin(np.arange(w) / rng.uniform(3, 8) + rng.uniform(0, 6)))
        m = m * band[None, :].astype(np.float32)
        if rng.random() < 0.4:  # a dead heating element: a thin white line through one line
            rows = np.flatnonzero(m.max(1) > 0.5)
            if len(rows):
                y = int(rows[int(rng.integers(len(rows)))])
                m[y : y + max(1, round(res / 12))] *= 0.1
                note.append("dead element")
        return m
    # ribbon (impact): uneven density along the line, spread, dropouts
    dens = cv2.GaussianBlur(
        rng.uniform(0.55, 1.0, (max(2, h // 40), max(2, w // 40))).astype(np.float32), (0, 0), 1.0
    )
    dens = cv2.resize(dens, (w, h), interpolation=cv2.INTER_LINEAR)
    m = np.clip(cv2.GaussianBlur(m, (0, 0), 0.5 * res / 12 + 0.3) * 1.3, 0, 1) * dens
    grain = (rng.random((h, w)) > 0.03).astype(np.float32)
    return m * grain


def _data_block(
    rng: np.random.Generator,
    dye: np.ndarray,
    carbon: np.ndarray,
    res: float,
    x: float,
    y: float,
    w_mm: float,
    rows: int,
    lab_mm: float,
) -> None:
    """Labels (dye) over data (carbon), row by row."""
    for r in range(rows):
        yy = y + r * (lab_mm * 3.3) * res
        lab = np.zeros(dye.shape[:2], np.float32)
        _text(lab, (x, yy), _words(rng, 2).title(), lab_mm * 0.8 * res)
        dye *= 1 - 0.7 * lab[..., None] * (1 - np.array([0.3, 0.35, 0.55], np.float32))
        _text(
            carbon, (x, yy + lab_mm * 1.5 * res), _words(rng, int(rng.integers(1, 3))), lab_mm * res
        )


def _page(rng: np.random.Generator, p: Plan, res: float) -> Page:
    """The document as printed, at res px/mm."""
    note: list[str] = []
    visa = p.fmt in ("MRV-A", "MRV-B") or p.blank == "visa page"
    card = p.fmt == "TD1" or p.blank == "card front"
    w_mm, h_mm = BOOKLET_MM if visa else SIZE_MM["TD1" if card else p.fmt]
    W, H = round(w_mm * res), round(h_mm * res)
    dye = _background(rng, H, W, res)
    carbon = np.zeros((H, W), np.float32)
    ink = np.array(rng.uniform(0.06, 0.14, 3), np.float32)
    quad = np.zeros((0, 2), np.float32)
    caps = np.zeros((0, 2, 2), np.float32)
    if visa:
        spine = "bottom" if rng.random() < 0.5 else "top"
        _text(
            carbon,
            (W - 9 * res, 6 * res),  # the page number in the outer top corner
            str(int(rng.integers(4, 40))),
            2.2 * res,
        )
        if p.no_mrz:
            note.append("no MRZ: a visa page with entry stamps")
            for _ in range(int(rng.integers(2, 5))):
                # stamps (15 mm at most from their centre) stay clear of the bottom 16 mm,
                # where a foil's MRZ would be
                _stamp(dye, rng, rng.uniform(0.2, 0.8) * W, rng.uniform(18, h_mm - 31) * res, res)
        else:
            fw, fh = SIZE_MM[p.fmt]
            fx = (w_mm - fw) / 2 + rng.uniform(-1, 1)
            fy = (
                h_mm - fh - rng.uniform(2.0, 4.0)
                if p.fmt == "MRV-A"
                else rng.uniform(4, h_mm - fh - 2)
            )
            X0, Y0, X1, Y1 = (
                round(fx * res),
                round(fy * res),
                round((fx + fw) * res),
                round((fy + fh) * res),
            )
            dye[Y0:Y1, X0:X1] = _background(rng, Y1 - Y0, X1 - X0, res)
            _portrait(
                carbon,
                X0 + round(4 * res),
                Y0 + round(12 * res),
                round(0.25 * fw * res),
                round(0.38 * fh * res),
                rng,
            )
            _text(carbon, (X0 + 4 * res, Y0 + 6 * res), "VISA", 3.2 * res, True)
            sub_d = dye[Y0:Y1, X0:X1]
            sub_c = carbon[Y0:Y1, X0:X1]
            _data_block(rng, sub_d, sub_c, res, 0.36 * fw * res, 12 * res, fw * 0.5, 5, 1.7)
            quad, caps = _print_mrz(rng, p, res, fw, fh, X0, Y0, carbon, note)
            if rng.random() < 0.4:  # a stamp on the facing margin, never over the zone
                _stamp(dye, rng, rng.uniform(0.25, 0.75) * W, min(Y0 - 2 * res, 14 * res), res)
            note.append(f"visa foil on a booklet page, spine at the page's {spine}")
        return Page(dye, carbon, ink, res, quad, caps, spine, True, note)
    spine = "" if card else ("bottom" if rng.random() < 0.1 else "top")
    _text(carbon, (0.3 * W, 6 * res), _words(rng, 2), 3.0 * res, True)
    _portrait(
        carbon,
        round(4 * res),
        round(11 * res),
        round(0.27 * w_mm * res),
        round(0.46 * h_mm * res),
        rng,
    )
    _data_block(
        rng,
        dye,
        carbon,
        res,
        0.34 * W,
        12 * res,
        0.6 * w_mm,
        5 if card else 6,
        1.5 if card else 1.8,
    )
    if p.no_mrz:
        note.append("no MRZ: a card's front")
    else:
        quad, caps = _print_mrz(rng, p, res, w_mm, h_mm, 0, 0, carbon, note)
    if card:  # rounded corners: outside is marked by NaN and filled with the surface later
        r = round(3.18 * res)
        alpha = np.zeros((H, W), np.uint8)
        cv2.rectangle(alpha, (r, 0), (W - 1 - r, H - 1), 255, -1)
        cv2.rectangle(alpha, (0, r), (W - 1, H - 1 - r), 255, -1)
        for cx, cy in ((r, r), (W - 1 - r, r), (r, H - 1 - r), (W - 1 - r, H - 1 - r)):
            cv2.circle(alpha, (cx, cy), r, 255, -1, cv2.LINE_AA)
        dye[alpha < 128] = np.nan
    return Page(dye, carbon, ink, res, quad, caps, spine, True, note)


def _hologram(rng: np.random.Generator, h: int, w: int, res: float) -> tuple[np.ndarray, float]:
    """A holographic laminate overlay: diffraction stripes in rainbow colours and emblem
    rings, as a multiplicative modulation of at most a few per cent."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    strength = float(rng.uniform(0.03, 0.09))
    ang = rng.uniform(0, math.pi)
    u = (xx * math.cos(ang) + yy * math.sin(ang)) / (rng.uniform(5, 12) * res)
    rings = np.zeros((h, w), np.float32)
    for _ in range(int(rng.integers(2, 5))):
        cx, cy, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(6, 18) * res
        d = np.hypot(xx - cx, yy - cy)
        rings += np.exp(-(((d - r) / (0.8 * res)) ** 2))
    phase = 2 * math.pi * (u + 0.5 * rings)
    rgb = np.stack([np.sin(phase), np.sin(phase + 2.1), np.sin(phase + 4.2)], -1)
    patch = 0.5 + 0.5 * np.sin(xx / (rng.uniform(20, 40) * res) + rng.uniform(0, 6))[..., None]
    return (1 + strength * rgb * patch).astype(np.float32), strength


# ---------------------------------------------------------------- the capture


def _tilted(corners: np.ndarray, tilt_deg: float, axis_deg: float, focal: float) -> np.ndarray:
    """Corners (centred, px) of a plane turned tilt_deg about an in-plane axis at axis_deg,
    seen by a pinhole camera of focal length focal px from distance focal."""
    a = math.radians(axis_deg)
    ax = np.array([math.cos(a), math.sin(a), 0.0])
    t = math.radians(tilt_deg)
    k = np.array([[0, -ax[2], ax[1]], [ax[2], 0, -ax[0]], [-ax[1], ax[0], 0]])
    rot = np.eye(3) + math.sin(t) * k + (1 - math.cos(t)) * k @ k
    pts = np.c_[corners, np.zeros(len(corners))] @ rot.T
    z = focal + pts[:, 2]
    return (pts[:, :2] * (focal / z)[:, None]).astype(np.float32)


def _apply(h: np.ndarray, pts: np.ndarray) -> np.ndarray:
    if pts.size == 0:
        return pts.reshape(-1, 2)
    return cv2.perspectiveTransform(pts.reshape(-1, 1, 2).astype(np.float32), h).reshape(-1, 2)


def _cap_px(h: np.ndarray, caps: np.ndarray) -> float:
    pts = _apply(h, caps.reshape(-1, 2)).reshape(-1, 2, 2)
    return float(np.mean(np.linalg.norm(pts[:, 0] - pts[:, 1], axis=1)))


def _surface(rng: np.random.Generator, h: int, w: int, capture: str) -> np.ndarray:
    """What lies around the document: a reader's dark window, a scanner's lid, a counter."""
    if capture in ("reader", "thumbnail"):
        base = np.array(rng.uniform(0.05, 0.18, 3), np.float32)
    elif capture == "scan":
        base = np.full(3, rng.uniform(0.9, 0.98), np.float32)
    else:
        base = np.array(rng.uniform(0.25, 0.6, 3), np.float32)
    small = rng.normal(0, 0.04, (max(2, h // 64), max(2, w // 64), 1)).astype(np.float32)
    tex = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)[..., None]
    return np.clip(base + tex, 0, 1)


def _with_facing_page(
    rng: np.random.Generator, refl: np.ndarray, spine: str, res: float
) -> tuple[np.ndarray, int]:
    """Add the facing page of the open booklet beyond the spine; returns the image and the
    rows added above the document."""
    h, w = refl.shape[:2]
    extra = round(rng.uniform(0.25, 0.45) * h)
    tint = np.array(rng.uniform(0.82, 0.95, 3), np.float32)
    face = np.broadcast_to(tint, (extra, w, 3)).copy()
    face *= 1 - 0.05 * rng.random((extra, w, 1)).astype(np.float32)
    gutter = round(0.6 * res)
    if spine == "top":
        face[-gutter:] *= 0.55
        return np.concatenate([face, refl], 0), extra
    face[:gutter] *= 0.55
    return np.concatenate([refl, face], 0), 0


def _curve(
    rng: np.random.Generator,
    refl: np.ndarray,
    alpha: np.ndarray,
    spine_y: float,
    res: float,
    lift_mm: float,
) -> tuple[np.ndarray, np.ndarray]:
    """A booklet's pages lifting off the glass near the spine: rows shift towards the spine
    (foreshortening) by up to lift_mm at the spine, falling off over a few mm, more in the
    page's middle than at its ends; the lifted paper darkens."""
    h, w = refl.shape[:2]
    fall = rng.uniform(5.0, 9.0) * res
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    along = 0.55 + 0.45 * np.sin(np.pi * xx / max(1, w - 1))
    s = np.abs(yy - spine_y)
    shift = lift_mm * res * along * np.exp(-s / fall)
    src_y = yy + np.sign(yy - spine_y) * shift
    out = cv2.remap(
        refl, xx, src_y.astype(np.float32), cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    a = cv2.remap(
        alpha, xx, src_y.astype(np.float32), cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT
    )
    shade = 1 - rng.uniform(0.2, 0.45) * np.exp(-s / (0.6 * fall))
    return out * shade[..., None], a


def _motion_kernel(length: float, angle: float) -> np.ndarray:
    n = max(3, math.ceil(length) | 1)
    k = np.zeros((n, n), np.float32)
    c = n // 2
    dx, dy = math.cos(angle), math.sin(angle)
    for t in np.linspace(-length / 2, length / 2, 4 * n):
        k[round(c + t * dy), round(c + t * dx)] = 1
    return k / k.sum()


def _disk(radius: float) -> np.ndarray:
    r = max(1, math.ceil(radius))
    yy, xx = np.mgrid[-r : r + 1, -r : r + 1]
    k = (np.hypot(xx, yy) <= radius + 0.5).astype(np.float32)
    return k / k.sum()


def _glare(rng: np.random.Generator, img: np.ndarray, peak: float) -> None:
    """A laminate glare band: a soft stripe pulled towards white, never to white."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a = rng.uniform(0, math.pi)
    d = (xx - rng.uniform(0.2, 0.8) * w) * math.cos(a) + (
        yy - rng.uniform(0.2, 0.8) * h
    ) * math.sin(a)
    g = peak * np.exp(-((d / (rng.uniform(0.04, 0.12) * max(h, w))) ** 2))
    img += (1 - img) * g[..., None]


def _jpeg(img: np.ndarray, quality: int) -> np.ndarray:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    assert ok
    return cv2.imdecode(buf, cv2.IMREAD_COLOR)


@dataclasses.dataclass
class _Shot:
    img: np.ndarray  # RGB float 0..1
    quad: np.ndarray
    cap: float
    note: list[str]


def _place(
    rng: np.random.Generator,
    src_wh: tuple[int, int],
    caps: np.ndarray,
    zone: np.ndarray,
    target: float,
    rot: float,
    tilt: float,
    frame: tuple[int, int] | None,
) -> tuple[np.ndarray, tuple[int, int]]:
    """The homography from the document image to the picture, and the picture's size: the
    capitals target px high, turned rot and tilted tilt degrees; a webcam's frame is fixed
    (the document may leave it, the zone never)."""
    w, h = src_wh
    src = np.array([(0, 0), (w, 0), (w, h), (0, h)], np.float32)
    c = src - np.array([w / 2, h / 2], np.float32)
    a = math.radians(rot)
    turned = c @ np.array([[math.cos(a), math.sin(a)], [-math.sin(a), math.cos(a)]], np.float32)
    dst = _tilted(turned, tilt, rng.uniform(0, 180), 1.6 * max(w, h)) if tilt else turned
    for _ in range(2):  # the capitals' height at the zone, as aimed at
        hom = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
        dst = dst * (target / _cap_px(hom, caps))
    hom = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    if frame is None:
        lo, hi = dst.min(0), dst.max(0)
        margin = rng.uniform(0.02, 0.07) * float((hi - lo).max())
        shift = margin - lo
        size = (
            math.ceil(hi[0] - lo[0] + 2 * margin),
            math.ceil(hi[1] - lo[1] + 2 * margin),
        )
    else:
        fw, fh = frame
        z = _apply(hom, zone)
        span = z.max(0) - z.min(0)
        fit = min(1.0, (fw - 24) / span[0], (fh - 24) / span[1])
        if fit < 1.0:  # the officer steps back until the zone fits the frame
            dst = dst * fit
            hom = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
            z = _apply(hom, zone)
        zlo, zhi = z.min(0), z.max(0)
        lo_s = np.array([12, 12]) - zlo
        hi_s = np.array([fw - 12, fh - 12]) - zhi
        shift = lo_s + (hi_s - lo_s) * rng.uniform(0.2, 0.8, 2)
        size = frame
    return np.array([[1, 0, shift[0]], [0, 1, shift[1]], [0, 0, 1]], np.float64) @ hom, size


def _shoot(rng: np.random.Generator, p: Plan, capture: str) -> _Shot:
    """One picture (before its last JPEG) of the plan's document by the capture."""
    note: list[str] = []
    base = "reader" if capture == "thumbnail" else capture
    monitor = capture == "phone" and rng.random() < 0.2
    aim = 0.0  # capitals' height aimed at, px (a scan's follows from its dpi)
    if base == "scan":
        dpi = int(rng.choice([150, 200, 240, 300]))
        px_mm = dpi / 25.4
        note.append(f"{dpi} dpi")
    elif monitor:
        px_mm = rng.uniform(15, 20) / 2.42  # the scan as shown on the monitor, in its pixels
    else:
        aim = float(
            rng.uniform(20, 30) if capture == "thumbnail" else rng.uniform(*CAP_PX[capture])
        )
        px_mm = aim / 2.42
    res = float(min(16, max(8, math.ceil(1.4 * px_mm))))
    page = _page(rng, p, res)
    note += page.note
    ir = base == "reader" and rng.random() < 0.2
    alpha = (~np.isnan(page.dye[..., 0])).astype(np.float32)
    if ir:
        grey = 0.86 * (1 - 0.88 * page.carbon)
        refl = np.repeat(grey[..., None], 3, -1)
        note.append("infrared")
    else:
        refl = np.nan_to_num(page.dye, nan=1.0) * (1 - page.carbon[..., None] * (1 - page.ink))
    holo_p = {"reader": 0.7, "phone": 0.5, "webcam": 0.3, "scan": 0.2}[base]
    if not ir and not monitor and page.laminate and rng.random() < holo_p:
        mod, strength = _hologram(rng, *refl.shape[:2], res)
        refl = refl * mod
        note.append(f"hologram {strength:.0%}")
    quad, caps = page.quad.copy(), page.caps.copy()
    if page.spine and (base in ("scan", "phone") or rng.random() < 0.3):
        refl, top = _with_facing_page(rng, refl, page.spine, res)
        alpha = np.concatenate(
            [np.ones((refl.shape[0] - alpha.shape[0], alpha.shape[1]), np.float32), alpha]
            if top
            else [alpha, np.ones((refl.shape[0] - alpha.shape[0], alpha.shape[1]), np.float32)],
            0,
        )
        quad[:, 1] += top
        caps[..., 1] += top
        spine_y = top if page.spine == "top" else page.dye.shape[0]
        lift = {"scan": (0.4, 1.0), "phone": (0.3, 1.2)}.get(base, (0.05, 0.3))
        mm = rng.uniform(*lift)
        refl, alpha = _curve(rng, refl, alpha, spine_y, res, mm)
        near = bool(quad.size) and abs(float(quad[:, 1].mean()) - spine_y) < 20 * res
        note.append(
            f"booklet curvature {mm:.1f} mm" + (" (zone on the spine's side)" if near else "")
        )
    if not caps.size:  # a page without an MRZ: size it as if capitals were 2.4 mm
        caps = np.array([[(0, 0), (0, 2.4 * res)]], np.float32)
    if monitor:
        return _monitor(rng, refl, alpha, quad, caps, px_mm, res, note)
    rot = {"reader": 1.5, "scan": 3.0, "phone": 25.0, "webcam": 8.0}[base]
    rot = float(rng.uniform(-1, 1) * rng.uniform(0.3, 1.0) * rot)
    tilt = {"phone": float(rng.uniform(0, 25)), "webcam": float(rng.uniform(0, 10))}.get(base, 0.0)
    frame = None
    if base == "webcam":
        frame = WEBCAM_MODES[int(rng.integers(len(WEBCAM_MODES)))]
        note.append(f"frame {frame[0]}x{frame[1]}")
    zone = quad if quad.size else caps.reshape(-1, 2)
    cap_mm = float(np.mean(np.linalg.norm(caps[:, 0] - caps[:, 1], axis=1))) / res
    target = aim if aim else px_mm * cap_mm
    hom, size = _place(rng, (refl.shape[1], refl.shape[0]), caps, zone, target, rot, tilt, frame)
    note.append(f"turned {rot:.1f} deg" + (f", tilted {tilt:.1f} deg" if tilt else ""))
    scale = _cap_px(hom, caps) / float(np.mean(np.linalg.norm(caps[:, 0] - caps[:, 1], axis=1)))
    if scale < 0.9:  # the lens and sensor average what they cannot resolve
        sig = 0.42 / scale
        refl = cv2.GaussianBlur(refl, (0, 0), sig)
        alpha = cv2.GaussianBlur(alpha, (0, 0), sig)
    out = cv2.warpPerspective(refl, hom, size, flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    a = cv2.warpPerspective(alpha, hom, size, flags=cv2.INTER_LINEAR, borderValue=0)[..., None]
    img = out * a + _surface(rng, size[1], size[0], base) * (1 - a)
    return _Shot(img.astype(np.float32), _apply(hom, quad), _cap_px(hom, caps), note)


def _monitor(
    rng: np.random.Generator,
    refl: np.ndarray,
    alpha: np.ndarray,
    quad: np.ndarray,
    caps: np.ndarray,
    px_mm: float,
    res: float,
    note: list[str],
) -> _Shot:
    """A phone's photo of a monitor showing a scan: RGB subpixel stripes and the dark rows
    between pixels, sampled by the phone's sensor (moire); the phone exposes for the screen."""
    s = px_mm / res
    small = cv2.resize(
        cv2.GaussianBlur(refl, (0, 0), 0.42 / s), None, fx=s, fy=s, interpolation=cv2.INTER_AREA
    )
    a_small = cv2.resize(alpha, (small.shape[1], small.shape[0]), interpolation=cv2.INTER_AREA)
    shown = small * a_small[..., None] + 0.93 * (1 - a_small[..., None])  # a viewer's white
    shown = (
        _jpeg((np.clip(shown, 0, 1) * 255).astype(np.uint8), int(rng.integers(80, 95))).astype(
            np.float32
        )
        / 255
    )
    sub = np.repeat(np.repeat(shown, 3, 0), 3, 1)
    pattern = np.zeros((3, 3, 3), np.float32)
    for k in range(3):
        pattern[:, k, k] = 1.0
    pattern[2] *= rng.uniform(0.3, 0.6)  # the dark rows between pixel rows
    # each channel lights one column in three: scaled back to the scan's brightness, a bit
    # below paper's white (the phone exposes for the lit screen)
    gain = 0.9 * 9.0 / (2 + float(pattern[2].max()))
    sub = sub * np.tile(pattern, (shown.shape[0], shown.shape[1], 1)) * gain
    k = 3 * s
    caps3, quad3 = caps * k, quad * k
    # the bezel: a dark frame round the screen
    pad = round(0.04 * max(sub.shape[:2]))
    sub = cv2.copyMakeBorder(sub, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(0.04, 0.04, 0.05))
    caps3, quad3 = caps3 + pad, quad3 + pad
    target = rng.uniform(*CAP_PX["phone"])
    rot = float(rng.uniform(-10, 10))
    tilt = float(rng.uniform(0, 15))
    hom, size = _place(rng, (sub.shape[1], sub.shape[0]), caps3, quad3, target, rot, tilt, None)
    scale = _cap_px(hom, caps3) / float(np.mean(np.linalg.norm(caps3[:, 0] - caps3[:, 1], axis=1)))
    # the lens passes a little more than the sensor's pixels can hold: faint moire remains
    sub = cv2.GaussianBlur(sub, (0, 0), 0.36 / scale)
    img = cv2.warpPerspective(sub, hom, size, flags=cv2.INTER_LINEAR, borderValue=(0.3, 0.28, 0.25))
    note.append(f"a monitor showing a scan, turned {rot:.1f} deg, tilted {tilt:.1f} deg")
    return _Shot(
        np.clip(img, 0, 1).astype(np.float32), _apply(hom, quad3), _cap_px(hom, caps3), note
    )


def _develop(
    rng: np.random.Generator, shot: _Shot, capture: str, ir: bool
) -> tuple[np.ndarray, np.ndarray, float]:
    """Light, optics, motion, sensor and coding: the picture as the device stores it (BGR
    uint8 decoded from its JPEG), the zone's quad and the capitals' height."""
    img, note, cap = shot.img, shot.note, shot.cap
    h, w = img.shape[:2]
    base = "reader" if capture == "thumbnail" else capture
    monitor = any(n.startswith("a monitor") for n in note)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    uneven = {"reader": 0.12, "scan": 0.06, "phone": 0.35, "webcam": 0.3}[base] * rng.uniform(
        0.3, 1.0
    )
    a = rng.uniform(0, 2 * math.pi)
    grad = ((xx / w - 0.5) * math.cos(a) + (yy / h - 0.5) * math.sin(a)) + 0.5
    vign = ((xx / w - 0.5) ** 2 + (yy / h - 0.5) ** 2) * (
        1.2 if base in ("phone", "webcam") else 0.4
    )
    img = img * (1 - uneven * np.clip(grad, 0, 1) - 0.3 * uneven * vign)[..., None]
    glare_p = {"reader": 0.45, "phone": 0.5, "webcam": 0.2, "scan": 0.0}[base]
    if not ir and not monitor and rng.random() < glare_p:
        peak = float(rng.uniform(0.2, 0.45))
        _glare(rng, img, peak)
        note.append(f"glare band {peak:.2f}")
    sigma = {"reader": (0.3, 0.6), "scan": (0.3, 0.7), "phone": (0.5, 0.9), "webcam": (0.6, 1.0)}[
        base
    ]
    img = cv2.GaussianBlur(img, (0, 0), float(rng.uniform(*sigma)))
    if base == "phone" and not monitor:
        r = rng.random()
        if r < 0.33:
            length = float(rng.uniform(0.12, 0.35)) * cap
            img = cv2.filter2D(img, -1, _motion_kernel(length, rng.uniform(0, math.pi)))
            note.append(f"motion blur {length:.1f} px")
        elif r < 0.58:
            radius = float(rng.uniform(0.05, 0.12)) * cap
            img = cv2.filter2D(img, -1, _disk(radius))
            note.append(f"defocus {radius:.1f} px")
    if base == "webcam":
        gains = rng.uniform(0.85, 1.1, 3).astype(np.float32)
        img = img * gains
        if rng.random() < 0.5:
            radius = float(rng.uniform(0.05, 0.1)) * cap
            img = cv2.filter2D(img, -1, _disk(radius))
            note.append(f"defocus {radius:.1f} px")
    noise = {
        "reader": (0.004, 0.01),
        "scan": (0.003, 0.008),
        "phone": (0.008, 0.02),
        "webcam": (0.015, 0.03),
    }[base]
    sd = float(rng.uniform(*noise))
    if base == "phone" and rng.random() < 0.4:  # low light: the phone's gain lifts the noise
        exposure = float(rng.uniform(0.45, 0.7))
        sd /= exposure
        note.append(f"low light (gain {1 / exposure:.1f})")
    img = img + rng.normal(0, sd, img.shape).astype(np.float32)
    if base == "scan":
        for _ in range(int(rng.integers(0, 6))):  # dust on the glass
            cv2.circle(
                img,
                (int(rng.integers(w)), int(rng.integers(h))),
                int(rng.integers(1, 3)),
                (0.2, 0.2, 0.2),
                -1,
            )
    if ir:
        img = np.repeat(img.mean(-1, keepdims=True), 3, -1)
    bgr = (np.clip(img[..., ::-1], 0, 1) * 255 + 0.5).astype(np.uint8)
    quad = shot.quad
    if base == "webcam":  # video coding: 4:2:0 chroma, a denoiser's smear, the frame's JPEG
        ycc = cv2.cvtColor(bgr, cv2.COLOR_BGR2YCrCb)
        for c in (1, 2):
            half = cv2.resize(ycc[..., c], (w // 2, h // 2), interpolation=cv2.INTER_AREA)
            ycc[..., c] = cv2.resize(half, (w, h), interpolation=cv2.INTER_LINEAR)
        ycc[..., 0] = cv2.bilateralFilter(ycc[..., 0], 5, 12, 3)
        bgr = cv2.cvtColor(ycc, cv2.COLOR_YCrCb2BGR)
        q = int(rng.integers(30, 56))
        bgr = _jpeg(bgr, q)
        note.append(f"video frame JPEG {q}")
    if capture == "thumbnail":
        q = int(rng.integers(85, 96))
        bgr = _jpeg(bgr, q)
        f = float(rng.uniform(*CAP_PX["thumbnail"])) / cap
        bgr = cv2.resize(
            bgr, (max(1, round(w * f)), max(1, round(h * f))), interpolation=cv2.INTER_AREA
        )
        quad, cap = quad * np.array([bgr.shape[1] / w, bgr.shape[0] / h], np.float32), cap * f
        note.append(f"reader picture (JPEG {q}) shrunk by {f:.2f}")
    return bgr, quad, cap


STORED_JPEG = {
    "reader": (75, 96),
    "scan": (70, 96),
    "phone": (45, 91),
    "webcam": (60, 86),
    "thumbnail": (60, 91),
}


@dataclasses.dataclass(frozen=True)
class Shot(synth.Sample):
    """A Sample with this set's extras (bench_mrz reads `valid` and `face_kind`)."""

    valid: bool = True
    capture: str = ""
    font: str = ""
    face_kind: str = ""
    cap_px: float = 0.0
    mrz_quad: tuple[tuple[float, float], ...] = ()
    notes: str = ""


def sample(seed: int, *, today: dt.date) -> Shot:
    """One picture and its truth, deterministic in the seed."""
    p = plan(seed, today)
    for name in (*FACES, *PAGE_FACES):
        face_path(name)  # refuse to run without a face rather than substitute one
    rng = np.random.default_rng([seed, 2])
    shot = _shoot(rng, p, p.capture)
    ir = "infrared" in shot.note
    bgr, quad, cap = _develop(rng, shot, p.capture, ir)
    q = int(rng.integers(*STORED_JPEG[p.capture]))
    ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, q])
    assert ok
    jpeg = buf.tobytes()
    image = cv2.imdecode(buf, cv2.IMREAD_COLOR)
    notes = [f"capture {p.capture}", *shot.note, f"JPEG {q}"]
    if p.no_mrz:
        return Shot(
            seed,
            p.capture,
            "none",
            (),
            image,
            jpeg,
            False,
            p.capture,
            "",
            "",
            0.0,
            (),
            "; ".join(notes),
        )
    notes.insert(1, f"face {p.face.label}")
    if p.misprint:
        notes.append(p.misprint)
    return Shot(
        seed,
        p.capture,
        p.fmt,
        p.printed,
        image,
        jpeg,
        p.valid,
        p.capture,
        p.face.label,
        p.face.kind,
        round(cap, 2),
        tuple((round(float(x), 1), round(float(y), 1)) for x, y in quad),
        "; ".join(notes),
    )
