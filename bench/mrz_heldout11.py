"""An eleventh document-photo generator: issue 10's held-out set, scored once by the lead.

Written without running the OCR on any image it makes and without reading the OCR's
code or the other generators' renderers (only their `sample(seed, today=...)` interface
and the project's ICAO `compose`/`parse` and `layout`); it shares no rendering code with
them. It pictures what a Taiwan border counter is handed:

- content (the mix of a Taiwan counter): TD3 passports about 64 % (Taiwan, Japan,
  Korea, mainland China, Hong Kong and Macau, Vietnam, the Philippines, Thailand,
  Indonesia, Malaysia, Singapore, Myanmar, India, the US, Canada, Australia, Europe, the
  Gulf), TD1 identity cards and residence permits 16 %, TD2 cards 5 %, visas 15 %
  (MRV-A 10 %, MRV-B 5 %; Taiwan's visas to South-East Asian holders most of all),
  about fifty issuing states. Names in each origin's romanisation: Wade-Giles with
  two-syllable given names, Pinyin, Cantonese with an English first name, Korean
  given names joined or split, Hepburn, Vietnamese, long Thai surnames,
  Malay names written whole with BIN/BINTI, Indonesian and Burmese single names (an empty
  primary identifier), Arabic names with AL/BIN, Filipino, Spanish double surnames, Dutch
  and German particles, Polish, Nordic, Russian, Turkish. Names too long for the field
  lose later given names to initials (ICAO 9303 part 3) and `compose` cuts what still
  does not fit. Document numbers follow each issuer's pattern and the optional data
  carries personal numbers rich in digits and letters (Taiwan `A123456789`, Korean
  personal digits, Singapore `S1234567D`, Thai 13 digits, Malaysian 12, Dutch BSN,
  Swedish, Turkish and Spanish numbers, hashed Chinese data; Belgian and Portuguese
  12-character card numbers run on into the optional data). About one document in ten
  is printed with one check digit wrong (`valid` False: the truth is the printed
  lines); about one picture in thirty shows a page without an MRZ (`lines` empty,
  `format` "none").
- faces: OCR-B (`/usr/share/fonts/opentype/ocr-b/OCRB.otf`) in about eight documents in
  ten ("ocrb"). ICAO 9303 part 3 fixes OCR-B size I at a pitch of 2.54 mm (10 a inch);
  OCRB.otf's advance is 0.723 em and its capitals 0.713 em, so 10 pt fills the pitch
  exactly with capitals 2.5 mm tall. The standard fixes the pitch, not the printer's
  font size, and issuers' printers differ: this set assumes (it measured no corpus of
  real documents) OCR-B set at 8.6-10.2 pt (normal around 9.7), capitals 2.15-2.55 mm,
  each cell tracked to 2.54 mm, with a stroke weight from starved to bled, each glyph
  jittered a little in its cell, printed by laser, inkjet (spread and satellite drops),
  dot matrix (round pin dots, 7-11 to a capital), thermal (density bands, a dead element),
  laser engraving (grey on polycarbonate) or a worn ribbon. About one in ten ("hybrid")
  is OCR-B "from another foundry": three to six of the look-alike glyphs (Q D 0 O B 8 1
  I 5 S 2 Z) or one whole MRZ line taken from a face below, scaled to OCR-B's cell.
  About one in ten ("other") is printed wholly in a monospaced face no other part of the
  project uses: monofur (fonts-monofur), Oxygen Mono (fonts-oxygen), CMU Typewriter Text
  regular and bold (fonts-cmu), Spleen 16x32 (fonts-spleen) and Terminus Bold, a bitmap
  face drawn from its 32 px strike and enlarged pixel by pixel as a dot printer prints
  it (fonts-terminus-otb); scripts/setup-system.sh installs them. A missing face raises
  FileNotFoundError naming its package: nothing is substituted.
- page: paper with a rainbow (split-fountain) tint, guilloche rosettes and waves (some
  across the MRZ), microprint rows above or through the zone, bilingual labels (DejaVu
  Sans; Noto Sans CJK for East Asian issuers) and data, a photo and its ghost, the
  holder's signature (sometimes across the MRZ), entry stamps in dye inks near or over
  the MRZ; a visa is a sticker on a passport page, a card has rounded corners. Dye inks
  vanish in infrared; the MRZ's carbon and the data stay, and the portrait in six
  documents in ten (laser-engraved or carbon-printed).
- capture (a counter's mix): (a) full-page document reader 45 %, visible or infrared
  light, uneven illumination, a laminate glare band, an iridescent hologram overlay,
  capitals 18-32 px; (b) counter flatbed scan 20 % at 150-300 dpi (capitals follow from
  the dpi), skew up to 3 degrees, paper grain and dust, colour or grey, JPEG 70-95;
  (c) phone photo 17 %: tilted up to 25 degrees out of plane, turned up to 25 degrees,
  motion blur or defocus, low-light noise, JPEG 40-90, capitals 13-30 px; (d) counter
  webcam 10 % (640x480, 800x600, 1280x720), capitals 9-15 px, noise, colour cast, JPEG
  40-70; (e) thumbnail 8 % of a scan or reader image, capitals 7-12 px, JPEG 60-90.

In seeds 2 200 000-2 200 199 (the scored set): TD3 121, TD1 33, MRV-A 18, MRV-B 12, TD2
8, pages without an MRZ 8; 25 printed invalid; 36 issuing states (Taiwan 32, Japan 19,
Germany 13, the US 12, China 11, Korea 11, Vietnam 9, Indonesia 8, Hong Kong 8, ...);
captures reader 91 (34 of the readers' and thumbnails' pictures in infrared), scan 46,
phone 39, thumbnail 13, webcam 11; faces OCR-B 152, hybrid 19 (14 with three to six
borrowed look-alike glyphs, 5 with one borrowed line), other 21 (CMU Typewriter bold 5,
regular 4, Terminus 4, monofur 3, Spleen 3, Oxygen Mono 2); MRZ printed by laser 66,
worn ribbon 31, inkjet 26, thermal 24, engraving 23, dot matrix 22; guilloche across
the MRZ zone 110, microprint through it 63, a stamp across it 47, a signature across it
44, a hologram 23, glare 28; phone pictures tilted 15 degrees or more 17, turned 15
degrees or more 13; low light 31, motion blur 22, defocus 27, JPEG below quality 50 9.
Capitals (mean of both ends of the first and last lines): reader 18.2-31.6 px, scan
15.1-29.0, phone 13.2-29.6, webcam 9.2-14.1, thumbnail 7.2-11.9. Every MRZ lies wholly
inside its picture. Rendering takes 0.1-3.6 s a picture (median 0.8 s) on one core.

Deterministic per seed; seeds start at SEED = 2 200 000 (no other generator uses them).
`sample(seed, today=...)` returns a Sample: the JPEG, the printed lines, ICAO's verdict,
the format, the capture, the face ("ocrb", a face's name, or "ocrb+<face>:<glyphs>" /
"ocrb+<face>:line<N>"), its kind ("ocrb", "hybrid", "other"), the capitals' height in
px and the MRZ's corners in the picture.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop.documents import layout
from desktop.documents.mrz import compose, parse

SEED = 2_200_000
IMAGES = 200

FONT_DIR = Path("/usr/share/fonts")
# name -> (path under FONT_DIR, Debian package)
FACES: dict[str, tuple[str, str]] = {
    "ocrb": ("opentype/ocr-b/OCRB.otf", "fonts-ocr-b"),
    "monofur": ("truetype/monofur/monof55.ttf", "fonts-monofur"),
    "oxygen-mono": ("truetype/oxygen/OxygenMono-Regular.ttf", "fonts-oxygen"),
    "cmu-typewriter": ("truetype/cmu/cmuntt.ttf", "fonts-cmu"),
    "cmu-typewriter-bold": ("truetype/cmu/cmuntb.ttf", "fonts-cmu"),
    "spleen": ("opentype/spleen/spleen-16x32.otf", "fonts-spleen"),
    "terminus": ("opentype/terminus/terminus-bold.otb", "fonts-terminus-otb"),
}
NEW_FACES = tuple(f for f in FACES if f != "ocrb")
BITMAP_STRIKE = {"terminus": 32}  # bitmap faces: the one strike drawn, then enlarged
PAGE_FACES: dict[str, tuple[str, str]] = {
    "sans": ("truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core"),
    "sans-bold": ("truetype/dejavu/DejaVuSans-Bold.ttf", "fonts-dejavu-core"),
    "cjk": ("opentype/noto/NotoSansCJK-Regular.ttc", "fonts-noto-cjk"),
}
PACKAGES = sorted({p for _, p in FACES.values()} - {"fonts-ocr-b"})

FACE_KINDS = {"ocrb": 0.80, "hybrid": 0.10, "other": 0.10}
HYBRID_GLYPHS = "QD0OB81I5S2Z"
NO_MRZ_SHARE = 1 / 30
INVALID_SHARE = 0.10
FORMAT_SHARE = {"TD3": 0.64, "TD1": 0.16, "TD2": 0.05, "MRV-A": 0.10, "MRV-B": 0.05}
CAPTURES = {"reader": 0.45, "scan": 0.20, "phone": 0.17, "webcam": 0.10, "thumbnail": 0.08}
CAP_PX = {
    "reader": (18.0, 32.0),
    "scan": (11.5, 32.0),  # what 150-300 dpi makes of capitals 1.95-2.7 mm tall
    "phone": (13.0, 30.0),
    "webcam": (9.0, 15.0),
    "thumbnail": (7.0, 12.0),
}
WEBCAM_MODES = ((640, 480), (800, 600), (1280, 720))
PITCH_MM = 2.54
OCRB_ADVANCE_EM = 0.723
OCRB_CAP_EM = 0.713
PT_MM = 25.4 / 72
# Document (width, height) in mm; a visa is drawn on a passport page.
DOC_MM = {"TD3": (125.0, 88.0), "TD1": (85.6, 54.0), "TD2": (105.0, 74.0)}
VISA_MM = {"MRV-A": (120.0, 80.0), "MRV-B": (105.0, 74.0)}
PRINTS = {"laser": 0.40, "inkjet": 0.18, "ribbon": 0.14, "thermal": 0.12, "dotmatrix": 0.10}


# -- faces ---------------------------------------------------------------------------


def face_path(name: str) -> Path:
    """The file of a face of FACES or PAGE_FACES; FileNotFoundError if not installed."""
    rel, package = FACES.get(name) or PAGE_FACES[name]
    path = FONT_DIR / rel
    if not path.is_file():
        raise FileNotFoundError(
            f"face {name!r} ({path}) is missing: install the Debian package {package} "
            "(scripts/setup-system.sh); the generator never substitutes a face"
        )
    return path


@cache
def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(face_path(name)), size)


def _size(name: str, cap: int) -> int:
    return BITMAP_STRIKE.get(name) or max(12, round(cap * 4 / 0.7))


@cache
def _ink(name: str, ch: str, size: int) -> tuple[np.ndarray, float]:
    """`ch` drawn at `size` with its pen at (size, 2*size) on a 3*size square, and its
    advance; measured from the ink, as a bitmap face's metrics do not tell its capitals."""
    font = _font(name, size)
    canvas = Image.new("L", (size * 3, size * 3), 0)
    ImageDraw.Draw(canvas).text((size, size), ch, font=font, fill=255)
    return np.asarray(canvas, np.float32) / 255, font.getlength(ch)


@cache
def _cap_ratio(name: str, size: int = 0) -> tuple[float, float]:
    """(capital height, baseline row) of the face's H drawn by _ink, in px at `size`."""
    size = size or _size(name, 30)
    rows = np.flatnonzero(_ink(name, "H", size)[0].max(1) > 0.5)
    return float(rows[-1] + 1 - rows[0]), float(rows[-1] + 1)


@cache
def _glyph(face: str, ch: str, cap: int, cell: int) -> np.ndarray:
    """Ink coverage (0-1) of `ch` in a cell `cell` px wide and 2*cap px high, its
    capitals `cap` px tall on a baseline at 1.5*cap, centred in the cell."""
    strike = BITMAP_STRIKE.get(face)
    size = _size(face, cap)
    arr, adv = _ink(face, ch, size)
    cap_h, base = _cap_ratio(face, size)
    scale = cap / cap_h
    # a bitmap strike is enlarged pixel by pixel (then softened a little), outlines smoothly
    interp = cv2.INTER_NEAREST if strike else cv2.INTER_AREA
    big = cv2.resize(arr, None, fx=scale, fy=scale, interpolation=interp)
    if strike:
        big = cv2.GaussianBlur(big, (0, 0), max(0.3, 0.04 * cap))
    cx, by = (size + adv / 2) * scale, base * scale
    out = np.zeros((2 * cap, cell), np.float32)
    x0, y0 = round(cx - cell / 2), round(by - 1.5 * cap)
    src = big[max(0, y0) : y0 + 2 * cap, max(0, x0) : x0 + cell]
    oy, ox = max(0, -y0), max(0, -x0)
    out[oy : oy + src.shape[0], ox : ox + src.shape[1]] = src[: 2 * cap - oy, : cell - ox]
    return out


def _pick(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _face_plan(rng: np.random.Generator, lines: int) -> tuple[str, str, dict[tuple[int, str], str]]:
    """(label, kind, overrides): overrides map (line, "") to the face of a whole line, or
    (-1, glyph) to the face of that glyph wherever it stands."""
    kind = _pick(rng, FACE_KINDS)
    if kind == "ocrb":
        return "ocrb", kind, {}
    face = NEW_FACES[int(rng.integers(len(NEW_FACES)))]
    if kind == "other":
        return face, kind, {}
    if rng.random() < 0.35:
        line = int(rng.integers(lines))
        return f"ocrb+{face}:line{line}", kind, {(line, ""): face}
    n = int(rng.integers(3, 7))
    glyphs = "".join(rng.choice(list(HYBRID_GLYPHS), n, replace=False))
    return f"ocrb+{face}:{glyphs}", kind, {(-1, g): face for g in glyphs}


def _cell_face(base: str, overrides: dict[tuple[int, str], str], line: int, ch: str) -> str:
    return overrides.get((line, ""), overrides.get((-1, ch), base))


# -- content ---------------------------------------------------------------------------

_SYL_TW = [
    "CHIA",
    "HSIN",
    "WEI",
    "TING",
    "YU",
    "CHUN",
    "MING",
    "HUI",
    "CHIH",
    "HSIANG",
    "KUAN",
    "PEI",
    "SHU",
    "FEN",
    "YI",
    "JUNG",
    "TZU",
]
_ORIGINS: dict[str, tuple[list[str], list[str]]] = {
    "tw": (
        [
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
        ],
        [],
    ),
    "cn": (
        [
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
            "MA",
            "HU",
            "GUO",
            "OUYANG",
        ],
        [
            "XIAOMING",
            "JIANHUA",
            "YUTING",
            "ZIHAN",
            "HAORAN",
            "WEI",
            "LI",
            "XINYI",
            "JUNJIE",
            "SHUANG",
            "MEILING",
        ],
    ),
    "hk": (
        ["CHAN", "WONG", "LEUNG", "CHEUNG", "LAU", "LEE", "HO", "NG", "TSANG", "YIP", "KWOK"],
        ["TAI MAN", "KA WAI", "WING SZE", "CHI HO", "SIU MING", "HOI YAN"],
    ),
    "ko": (
        ["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM", "HAN", "SEO"],
        ["MINJUN", "SEOYEON", "JI HOON", "HYUN WOO", "EUNJI", "SANG CHUL", "YOUNGSOO", "DA EUN"],
    ),
    "ja": (
        [
            "SATO",
            "SUZUKI",
            "TAKAHASHI",
            "TANAKA",
            "WATANABE",
            "ITO",
            "YAMAMOTO",
            "NAKAMURA",
            "KOBAYASHI",
            "YOSHIDA",
        ],
        ["HARUTO", "YUI", "SHOTARO", "RYONOSUKE", "AOI", "KENICHIRO", "SAKURA", "TAKUYA", "MISAKI"],
    ),
    "vi": (
        ["NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VU", "DANG", "BUI", "DO", "NGO"],
        ["THI THU HUONG", "VAN MINH", "DUC ANH", "THI NGOC LAN", "QUANG HUY", "THANH TUNG"],
    ),
    "th": (
        [
            "WATTANASIRICHAIGOON",
            "SRISUWAN",
            "CHAROENPHOL",
            "KITTIKHUNSATHIAN",
            "SUKSAWAT",
            "RATTANAKOSIN",
        ],
        ["THANAPORN", "SOMCHAI", "KANOKWAN", "PHATTHARAPHON", "NATTAWUT", "SIRIPORN"],
    ),
    "ms": (["MUHAMMAD HAFIZ BIN ABDUL RAHMAN", "NUR AISYAH BINTI ISMAIL", "TAN WEI LING"], []),
    "id": (
        ["", "", "SANTOSO", "WIJAYA", "HALIM"],
        ["SUKARNI", "DEWI LESTARI", "BUDI", "AGUS SETIAWAN", "SRI WAHYUNI"],
    ),
    "my": (["", ""], ["AUNG KYAW MOE", "THIDA", "ZAW MIN HTET", "NANDAR"]),
    "ph": (
        ["DELA CRUZ", "SANTOS", "REYES", "BAUTISTA", "DE LOS SANTOS", "MACAPAGAL"],
        ["MARIA CRISTINA", "JOSE MIGUEL", "MA LOURDES", "JUAN CARLO", "ROSALINDA"],
    ),
    "in": (
        ["VENKATARAMAN", "SHARMA", "PATEL", "SUBRAMANIAN", "REDDY", "IYER"],
        ["NAGA VENKATA SAI KRISHNA", "PRIYA", "RAHUL KUMAR", "LAKSHMI"],
    ),
    "ar": (
        ["AL QAHTANI", "AL HARBI", "ABDULLAH", "AL MANSOURI", "EL SAYED"],
        ["MOHAMMED ABDULAZIZ SAAD", "FATIMA", "KHALID BIN HAMAD", "NOURA"],
    ),
    "en": (
        ["SMITH", "JOHNSON", "OBRIEN", "WILLIAMS", "TAYLOR", "MACDONALD", "HARRINGTON"],
        ["JAMES", "EMILY ROSE", "MICHAEL JOHN", "OLIVIA", "ALEXANDER WILLIAM GEORGE"],
    ),
    "de": (
        [
            "MUELLER",
            "SCHMIDT",
            "SCHNEIDER",
            "VON DER HEYDEN",
            "FISCHER",
            "VAN DEN BERG",
            "DE VRIES",
        ],
        ["KLAUS PETER", "ANNA LENA", "JOHANNES", "SOPHIE", "MAXIMILIAN"],
    ),
    "es": (
        ["GARCIA LOPEZ", "FERNANDEZ DE LA TORRE", "MARTINEZ", "RODRIGUEZ SANCHEZ"],
        ["MARIA DEL CARMEN", "JOSE LUIS", "LUCIA", "FRANCISCO JAVIER"],
    ),
    "pl": (
        ["WOJCIECHOWSKI", "BRZECZYSZCZYKIEWICZ", "KOWALSKA", "NOWAK"],
        ["KRZYSZTOF", "AGNIESZKA", "MALGORZATA"],
    ),
    "nordic": (
        ["ANDERSSON", "JOHANSEN", "NIEMINEN", "LARSEN"],
        ["ERIK", "INGRID MARIA", "SVEN", "AINO"],
    ),
    "ru": (["IVANOV", "KUZNETSOVA", "SMIRNOV", "VOLKOVA"], ["DMITRII", "EKATERINA", "SERGEI"]),
    "tr": (["YILMAZ", "KAYA", "DEMIR", "CELIK"], ["MEHMET", "AYSE", "MUSTAFA KEMAL"]),
}
# state -> (weight as a TD3 issuer, name origin, number pattern, TD3 optional pattern)
# patterns: A a letter, 9 a digit, X either, literal otherwise; "|" separates choices
_STATES: dict[str, tuple[float, str, str, str]] = {
    "TWN": (14, "tw", "399999999", "A199999999|A299999999|"),
    "JPN": (8, "ja", "AA9999999", ""),
    "KOR": (7, "ko", "M99999999|M999A9999", "|"),
    "CHN": (7, "cn", "E99999999|EA9999999", "XXXXXXXXXXXXX9|"),
    "HKG": (5, "hk", "K99999999|H99999999", ""),
    "MAC": (1.5, "hk", "MA9999999", ""),
    "VNM": (6, "vi", "C9999999|N9999999", "999999999999|"),
    "PHL": (5, "ph", "P9999999A", ""),
    "THA": (4, "th", "AA9999999", "9999999999999|"),
    "IDN": (4, "id", "X9999999|C9999999", ""),
    "MYS": (4, "ms", "A99999999", "999999999999|"),
    "SGP": (3, "en", "K9999999A", "S9999999A|T9999999A"),
    "MMR": (1, "my", "MA999999|MD999999", ""),
    "KHM": (0.6, "vi", "N99999999", ""),
    "IND": (2, "in", "A9999999|Z9999999", ""),
    "USA": (5, "en", "999999999|A99999999", "|"),
    "CAN": (2, "en", "AA999999", ""),
    "AUS": (2, "en", "PA9999999|RA9999999", ""),
    "NZL": (0.8, "en", "LA999999", ""),
    "GBR": (2, "en", "999999999", ""),
    "IRL": (0.3, "en", "PA9999999", ""),
    "D<<": (2, "de", "CXXXXXXXX", ""),
    "FRA": (1.5, "es", "99AA99999", ""),
    "NLD": (1, "de", "AAXXXXXX9", "999999999"),
    "BEL": (0.6, "de", "AA999999", "99999999999"),
    "ESP": (1, "es", "AAA999999|PAA999999", "99999999A"),
    "ITA": (1, "es", "YA9999999", ""),
    "PRT": (0.3, "es", "C999999", ""),
    "CHE": (0.5, "de", "X9999999", ""),
    "AUT": (0.3, "de", "P9999999", ""),
    "POL": (0.7, "pl", "EA9999999", "99999999999"),
    "CZE": (0.3, "pl", "99999999", "9999999999"),
    "HUN": (0.3, "pl", "AA9999999", ""),
    "SWE": (0.7, "nordic", "99999999", "9999999999"),
    "NOR": (0.3, "nordic", "99999999", "99999999999"),
    "DNK": (0.3, "nordic", "999999999", ""),
    "FIN": (0.3, "nordic", "XP9999999", "999999A999X"),
    "RUS": (0.6, "ru", "999999999", ""),
    "TUR": (1, "tr", "U99999999", "99999999999"),
    "SAU": (1, "ar", "A99999999", ""),
    "ARE": (1, "ar", "99AA99999|X99999999", "999999999999999|"),
    "EGY": (0.3, "ar", "A99999999", ""),
    "ISR": (0.3, "en", "99999999", ""),
    "GRC": (0.3, "ru", "AA9999999", ""),
    "BRA": (0.5, "es", "AA999999", ""),
    "MEX": (0.5, "es", "G99999999", ""),
    "NPL": (0.3, "in", "99999999", ""),
    "LKA": (0.3, "in", "N9999999", ""),
    "PAK": (0.3, "ar", "AA9999999", "9999999999999"),
    "ZAF": (0.3, "en", "A99999999", ""),
}
# TD1/TD2 issuers: (weight, origin, number, optional 1, optional 2 (TD1))
_CARD_STATES: dict[str, tuple[float, str, str, str, str]] = {
    "TWN": (4, "vi", "AX99999999", "A899999999|A999999999", ""),  # residence permits, UI numbers
    "D<<": (2, "de", "LXXXXXXXX|TXXXXXXXX", "", ""),
    "FRA": (1.5, "es", "XXXXXXXXX", "", ""),
    "NLD": (1, "de", "AAXXXXXX9", "999999999", ""),
    "BEL": (1, "de", "999999999999", "", "99999999999"),
    "ESP": (1, "es", "AAA999999", "99999999A", ""),
    "ITA": (1, "es", "CA99999AA", "", ""),
    "POL": (0.8, "pl", "AAA999999", "", ""),
    "SWE": (0.6, "nordic", "99999999", "9999999999", ""),
    "CHE": (0.6, "de", "X9999999", "", ""),
    "PRT": (0.5, "es", "999999999AA9", "", ""),
    "HKG": (1, "hk", "A9999999", "", ""),
    "USA": (0.8, "en", "C99999999", "", ""),
    "PHL": (0.5, "ph", "999999999999", "", ""),
    "ROU": (0.4, "ru", "AA999999", "9999999999999", ""),
}
# visa issuers and where their holders come from
_VISA_STATES = {"TWN": 8, "USA": 2, "JPN": 1.5, "KOR": 1.5, "CHN": 1, "GBR": 0.5, "D<<": 0.5}
_VISA_HOLDERS = {"VNM": 3, "IDN": 3, "PHL": 3, "THA": 2, "IND": 1.5, "MMR": 1, "TWN": 1.5, "MYS": 1}


def _pattern(rng: np.random.Generator, pattern: str) -> str:
    choices = pattern.split("|") if "|" in pattern else [pattern]
    pat = choices[int(rng.integers(len(choices)))]
    letters, digits = layout.LETTERS, layout.DIGITS
    out = []
    for c in pat:
        if c == "A":
            out.append(letters[int(rng.integers(26))])
        elif c == "9":
            out.append(digits[int(rng.integers(10))])
        elif c == "X":
            pool = letters if rng.random() < 0.45 else digits
            out.append(pool[int(rng.integers(len(pool)))])
        else:
            out.append(c)
    return "".join(out)


def name_parts(surname: str, given: str, width: int) -> tuple[str, str]:
    """ICAO 9303 part 3's shortening: later given names become initials, the last first,
    until `SURNAME<<GIVEN<NAMES` fits `width`; the first given name is never cut."""
    parts = given.split()

    def size() -> int:
        return len(surname.replace(" ", "<")) + (2 + len("<".join(parts)) if parts else 0)

    for i in range(len(parts) - 1, 0, -1):
        if size() <= width:
            break
        parts[i] = parts[i][0]
    return surname, " ".join(parts)


def _name(rng: np.random.Generator, origin: str) -> tuple[str, str]:
    surnames, givens = _ORIGINS[origin]
    surname = surnames[int(rng.integers(len(surnames)))]
    if origin == "tw":  # Wade-Giles given names, two syllables, hyphens become spaces
        given = " ".join(rng.choice(_SYL_TW, 2))
    elif origin == "ms":
        given = ""
    else:
        given = givens[int(rng.integers(len(givens)))]
    if origin == "hk" and rng.random() < 0.4:
        given = str(rng.choice(["PETER", "MANDY", "KELVIN", "CHRISTY"])) + " " + given
    if origin == "ko" and rng.random() < 0.3:
        given = given.replace(" ", "")
    return surname, given


def _dates(rng: np.random.Generator, today: dt.date) -> tuple[dt.date, dt.date]:
    birth = dt.date(1940, 1, 1) + dt.timedelta(days=int(rng.integers(0, 30000)))
    birth = min(birth, today - dt.timedelta(days=200))
    expiry = today + dt.timedelta(days=int(rng.integers(20, 3650)))
    return birth, expiry


def random_mrz(
    rng: np.random.Generator, today: dt.date
) -> tuple[str, tuple[str, ...], tuple[str, ...], bool]:
    """(format, composed lines, printed lines, ICAO's verdict on the printed lines)."""
    fmt = _pick(rng, FORMAT_SHARE)
    birth, expiry = _dates(rng, today)
    sex = str(rng.choice(["M", "F", "M", "F", "X"], p=[0.48, 0.48, 0.0, 0.0, 0.04]))
    opt2 = ""
    if fmt in ("TD1", "TD2"):
        state = _pick(rng, {k: v[0] for k, v in _CARD_STATES.items()})
        _w, origin, num_pat, opt_pat, opt2_pat = _CARD_STATES[state]
        nat = state
        code = str(
            rng.choice(["ID", "I<", "IR", "AR", "IP", "AC"], p=[0.4, 0.2, 0.2, 0.1, 0.06, 0.04])
        )
        if code in ("IR", "AR") or state == "TWN":  # residence permits: a foreign holder
            nat = _pick(rng, _VISA_HOLDERS)
            origin = _STATES[nat][1]
            code = "IR" if code not in ("IR", "AR") else code
        number = _pattern(rng, num_pat)
        optional = _pattern(rng, opt_pat) if opt_pat else ""
        opt2 = _pattern(rng, opt2_pat) if opt2_pat else ""
        if fmt == "TD2" and len(optional) > 7:
            optional = optional[:7]
        if fmt == "TD2" and len(number) > 9 and len(optional) + len(number) - 9 + 2 > 7:
            optional = ""
    elif fmt == "TD3":
        state = _pick(rng, {k: v[0] for k, v in _STATES.items()})
        _w, origin, num_pat, opt_pat = _STATES[state]
        nat, code = state, str(rng.choice(["P<", "PN", "PD", "PO"], p=[0.9, 0.05, 0.03, 0.02]))
        number = _pattern(rng, num_pat)
        optional = _pattern(rng, opt_pat) if opt_pat else ""
        if state == "KOR" and rng.random() < 0.5:
            optional = _pattern(rng, "9999999")
    else:
        state = _pick(rng, _VISA_STATES)
        nat = _pick(rng, _VISA_HOLDERS) if rng.random() < 0.85 else _pick(rng, {"USA": 1, "GBR": 1})
        origin = _STATES[nat][1]
        code = str(rng.choice(["V<", "VE", "VS"], p=[0.6, 0.25, 0.15]))
        number = _pattern(rng, "99999999A|X9999999|999999999")
        optional = _pattern(rng, "XXXXXXXX|9999999999|") if rng.random() < 0.5 else ""
    surname, given = _name(rng, origin)
    names_len = layout.layout(fmt).field("names").length
    surname, given = name_parts(surname, given, names_len)
    opt_len = (
        layout.layout(fmt).field("optional_data_1" if fmt == "TD1" else "optional_data").length
    )
    if len(number) <= 9:
        optional = optional[:opt_len]
    composed = compose(
        fmt,
        document_code=code,
        issuing_state=state,
        surname=surname,
        given_names=given,
        document_number=number,
        nationality=nat,
        birth_date=birth,
        sex=sex,
        expiry_date=expiry,
        optional_data=optional,
        optional_data_2=opt2,
    )
    printed = composed
    if rng.random() < INVALID_SHARE:
        checks = [c for c in layout.layout(fmt).checks if composed[c.line][c.pos].isdigit()]
        c = checks[int(rng.integers(len(checks)))]
        old = int(composed[c.line][c.pos])
        new = str((old + int(rng.integers(1, 10))) % 10)
        line = composed[c.line]
        printed = tuple(
            ln if i != c.line else line[: c.pos] + new + line[c.pos + 1 :]
            for i, ln in enumerate(composed)
        )
    valid = parse(printed, today=today).valid
    return fmt, composed, printed, valid


# -- page ----------------------------------------------------------------------------


@dataclass
class Page:
    """A rendering at `ppm` px per mm: colour (float RGB 0-1), infrared (float 0-1), each
    MRZ line's cells as (left x, baseline y) in px, the capitals' height in px."""

    rgb: np.ndarray
    ir: np.ndarray
    ppm: float
    cells: list[list[tuple[float, float]]]
    cap: float
    pitch: float
    notes: list[str]


_CJK_LABELS = {
    "TWN": ("中華民國", "護照 PASSPORT", "姓名 Name"),
    "CHN": ("中华人民共和国", "护照 PASSPORT", "姓名 Name"),
    "HKG": ("香港特別行政區", "護照 PASSPORT", "姓名 Name"),
    "MAC": ("澳門特別行政區", "護照 PASSAPORTE", "姓名 Nome"),
    "JPN": ("日本国", "旅券 PASSPORT", "氏名 Name"),
    "KOR": ("대한민국", "여권 PASSPORT", "성명 Name"),
}


def _tint(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    """Paper with a split-fountain rainbow tint: hue drifting across the page."""
    hue0, span = rng.uniform(0, 1), rng.uniform(0.1, 0.5)
    sat = rng.uniform(0.05, 0.18)
    x = np.linspace(0, 1, w, dtype=np.float32)
    y = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    hue = (hue0 + span * (0.7 * x + 0.3 * y)) % 1.0
    hsv = np.stack([hue * 180, np.full_like(hue, sat * 255), np.full_like(hue, 245)], -1)
    rgb = cv2.cvtColor(hsv.astype(np.uint8), cv2.COLOR_HSV2RGB).astype(np.float32) / 255
    return rgb


def _guilloche(
    draw: ImageDraw.ImageDraw,
    rng: np.random.Generator,
    box: tuple[float, float, float, float],
    ppm: float,
) -> None:
    x0, y0, x1, y1 = box
    colour = tuple(int(v) for v in rng.integers(120, 220, 3))
    width = max(1, round(0.08 * ppm))
    if rng.random() < 0.5:  # rosette (hypotrochoid)
        cx, cy = rng.uniform(x0, x1), rng.uniform(y0, y1)
        big, small, d = rng.uniform(8, 20) * ppm, rng.uniform(1, 5) * ppm, rng.uniform(1, 6) * ppm
        t = np.linspace(0, 2 * math.pi * 12, 3000)
        xs = (big - small) * np.cos(t) + d * np.cos((big - small) / small * t) + cx
        ys = (big - small) * np.sin(t) - d * np.sin((big - small) / small * t) + cy
        draw.line(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=colour, width=width)
    else:  # interlaced waves
        xs = np.linspace(x0, x1, 400)
        amp, per = rng.uniform(0.5, 3) * ppm, rng.uniform(5, 20) * ppm
        for k in range(int(rng.integers(6, 16))):
            base = y0 + (y1 - y0) * k / 15
            ys = base + amp * np.sin(2 * math.pi * xs / per + k * 0.4)
            draw.line(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=colour, width=width)


def _microprint(
    draw: ImageDraw.ImageDraw, rng: np.random.Generator, y: float, w: int, ppm: float, text: str
) -> None:
    font = _font("sans", max(4, round(0.45 * ppm)))
    colour = tuple(int(v) for v in rng.integers(90, 200, 3))
    draw.text(
        (rng.uniform(-20, 0), y),
        (text + " ") * (w // max(4, len(text) * 2) + 4),
        font=font,
        fill=colour,
    )


def _photo(
    page: Image.Image, rng: np.random.Generator, box: tuple[int, int, int, int], alpha: int = 255
) -> None:
    """A portrait (background, shoulders, face, hair) clipped to its box."""
    x0, y0, x1, y1 = box
    w, h = max(2, x1 - x0), max(2, y1 - y0)
    img = Image.new("RGBA", (w, h), (*tuple(int(v) for v in rng.integers(170, 235, 3)), alpha))
    d = ImageDraw.Draw(img)
    skin = (
        int(rng.integers(150, 235)),
        int(rng.integers(110, 190)),
        int(rng.integers(80, 160)),
        alpha,
    )
    hair = (*tuple(int(v) for v in rng.integers(10, 90, 3)), alpha)
    cloth = (*tuple(int(v) for v in rng.integers(20, 160, 3)), alpha)
    d.ellipse((0.1 * w, 0.68 * h, 0.9 * w, 1.5 * h), fill=cloth)
    d.ellipse((0.25 * w, 0.15 * h, 0.75 * w, 0.72 * h), fill=skin)
    d.chord((0.22 * w, 0.08 * h, 0.78 * w, 0.5 * h), 180, 360, fill=hair)
    page.alpha_composite(img, (x0, y0))


def _signature(
    draw: ImageDraw.ImageDraw, rng: np.random.Generator, x: float, y: float, ppm: float
) -> None:
    pts = []
    t = np.linspace(0, 1, 120)
    span = rng.uniform(20, 40) * ppm
    f1, f2 = rng.uniform(3, 9), rng.uniform(1, 3)
    for ti in t:
        pts.append(
            (
                x + ti * span + 2 * ppm * math.sin(ti * f1 * 6.28),
                y + 3 * ppm * math.sin(ti * f2 * 6.28 + f1),
            )
        )
    colour = (int(rng.integers(10, 40)), int(rng.integers(20, 60)), int(rng.integers(90, 160)), 230)
    draw.line(pts, fill=colour, width=max(1, round(0.3 * ppm)), joint="curve")


def _stamp(layer: Image.Image, rng: np.random.Generator, cx: float, cy: float, ppm: float) -> None:
    size = int(rng.uniform(18, 30) * ppm)
    st = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(st)
    colour = [(120, 40, 160), (200, 30, 50), (30, 120, 60), (40, 60, 170)][int(rng.integers(4))]
    a = int(rng.integers(120, 210))
    lw = max(1, round(0.35 * ppm))
    if rng.random() < 0.5:
        d.ellipse((lw, lw, size - lw, size - lw), outline=(*colour, a), width=lw)
        d.ellipse(
            (size * 0.15, size * 0.15, size * 0.85, size * 0.85), outline=(*colour, a), width=lw
        )
    else:
        d.rounded_rectangle(
            (lw, size * 0.2, size - lw, size * 0.8),
            radius=size // 10,
            outline=(*colour, a),
            width=lw,
        )
    font = _font("sans-bold", max(6, size // 9))
    d.text(
        (size / 2, size / 2),
        str(rng.choice(["ARRIVED", "TAOYUAN", "DEPARTED", "KAOHSIUNG", "IMMIGRATION"])),
        font=font,
        fill=(*colour, a),
        anchor="mm",
    )
    d.text(
        (size / 2, size * 0.64),
        f"{int(rng.integers(1, 29)):02d} NOV 2026",
        font=_font("sans", max(5, size // 12)),
        fill=(*colour, a),
        anchor="mm",
    )
    st = st.rotate(float(rng.uniform(-40, 40)), resample=Image.BICUBIC, expand=False)
    layer.paste(st, (int(cx - size / 2), int(cy - size / 2)), st)


def _mrz_ink(
    rng: np.random.Generator,
    printed: tuple[str, ...],
    plan: tuple[str, str, dict[tuple[int, str], str]],
    h: int,
    w: int,
    ppm: float,
    cap_mm: float,
    origin: tuple[float, float],
    spacing_mm: float,
) -> tuple[np.ndarray, list[list[tuple[float, float]]], float]:
    """The MRZ's ink coverage on the page and its cells (left x, baseline y)."""
    label, kind, overrides = plan
    base = label if kind == "other" else "ocrb"
    pitch = PITCH_MM * ppm
    cap = max(6, round(cap_mm * ppm))
    cell = max(4, round(pitch))
    ink = np.zeros((h, w), np.float32)
    cells: list[list[tuple[float, float]]] = []
    x0, y0 = origin
    jitter = rng.uniform(0.01, 0.07) * ppm
    drift = rng.uniform(-0.15, 0.15) * ppm if rng.random() < 0.3 else 0.0
    for i, text in enumerate(printed):
        row = []
        by = y0 + i * spacing_mm * ppm
        for j, ch in enumerate(text):
            cx = x0 + j * pitch + rng.normal(0, jitter)
            cy = by + rng.normal(0, jitter) + drift * math.sin(j / 7)
            row.append((x0 + j * pitch, by))
            g = _glyph(_cell_face(base, overrides, i, ch), ch, cap, cell)
            gx, gy = round(cx + (pitch - cell) / 2), round(cy - 1.5 * cap)
            ys, xs = slice(max(0, gy), min(h, gy + 2 * cap)), slice(max(0, gx), min(w, gx + cell))
            sub = g[ys.start - gy : ys.stop - gy, xs.start - gx : xs.stop - gx]
            ink[ys, xs] = np.maximum(ink[ys, xs], sub)
        cells.append(row)
    return ink, cells, cap


def _print_process(
    rng: np.random.Generator, ink: np.ndarray, ppm: float, process: str, cap: float
) -> np.ndarray:
    """Ink weight and the printer's marks on the MRZ's coverage."""
    weight = rng.uniform(-0.18, 0.2)  # <0 starved, >0 bled
    soft = cv2.GaussianBlur(ink, (0, 0), max(0.5, 0.05 * ppm))
    ink = np.clip((soft - (0.5 - weight)) / 0.25 + 0.5, 0, 1)
    h, w = ink.shape
    if process == "inkjet":
        ink = cv2.GaussianBlur(ink, (0, 0), 0.06 * ppm)
        sat = (rng.random((h, w)) < 0.0015) & (cv2.dilate(ink, np.ones((5, 5))) > 0.3)
        ink = np.maximum(ink, cv2.GaussianBlur(sat.astype(np.float32), (0, 0), 0.04 * ppm) * 3)
    elif process == "dotmatrix":  # round pin dots on a grid wherever the glyph has ink
        step = max(2.0, cap / rng.uniform(7, 11))
        gw, gh = max(1, round(w / step)), max(1, round(h / step))
        pins = (cv2.resize(ink, (gw, gh), interpolation=cv2.INTER_AREA) > 0.3).astype(np.float32)
        up = cv2.resize(pins, (w, h), interpolation=cv2.INTER_NEAREST)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        fx, fy = (xx * gw / w) % 1 - 0.5, (yy * gh / h) % 1 - 0.5
        disc = np.clip((rng.uniform(0.42, 0.55) - np.hypot(fx, fy)) / 0.12, 0, 1)
        ink = cv2.GaussianBlur(up * disc, (0, 0), max(0.4, step * 0.12))
    elif process == "thermal":
        bands = 0.75 + 0.25 * np.sin(
            np.arange(h, dtype=np.float32)[:, None] / rng.uniform(3, 9) * ppm / 10
        )
        ink = ink * bands
        dead = int(rng.integers(0, w))
        ink[:, dead : dead + max(1, round(0.1 * ppm))] *= 0.1
    elif process == "ribbon":
        noise = cv2.resize(
            rng.random((max(2, h // 40), max(2, w // 40))).astype(np.float32), (w, h)
        )
        ink = ink * np.clip(0.55 + 0.6 * noise, 0, 1)
        voids = cv2.GaussianBlur((rng.random((h, w)) < 0.004).astype(np.float32), (0, 0), 0.1 * ppm)
        ink = ink * (1 - np.clip(voids * 20, 0, 0.9))
    return np.clip(ink, 0, 1)


def _render_page(
    rng: np.random.Generator,
    fmt: str,
    printed: tuple[str, ...],
    plan: tuple[str, str, dict[tuple[int, str], str]],
    ppm: float,
    cap_mm: float,
    no_mrz: bool,
) -> Page:
    visa = fmt in VISA_MM
    page_mm = DOC_MM["TD3"] if visa else DOC_MM[fmt]
    w, h = round(page_mm[0] * ppm), round(page_mm[1] * ppm)
    notes: list[str] = []
    rgb = _tint(rng, h, w)
    canvas = Image.fromarray((rgb * 255).astype(np.uint8)).convert("RGBA")
    draw = ImageDraw.Draw(canvas, "RGBA")
    state = (
        layout.layout(fmt).field("issuing_state").of(printed).replace("<", "") if printed else "TWN"
    )
    doc_w, doc_h = VISA_MM[fmt] if visa else page_mm
    dx0 = (page_mm[0] - doc_w) / 2 * ppm if visa else 0
    dy0 = (page_mm[1] - doc_h) / 2 * ppm if visa else 0
    if visa:  # the sticker: its own tint and a thin border on the passport page
        sticker = _tint(rng, round(doc_h * ppm), round(doc_w * ppm))
        canvas.paste(
            Image.fromarray((sticker * 255).astype(np.uint8)).convert("RGBA"),
            (round(dx0), round(dy0)),
        )
        draw.rectangle(
            (dx0, dy0, dx0 + doc_w * ppm, dy0 + doc_h * ppm), outline=(150, 150, 160, 255), width=2
        )
    lines = layout.layout(fmt).lines
    spacing = rng.uniform(3.9, 4.6)
    bottom_margin = rng.uniform(3.5, 6.0)
    first_base = doc_h - bottom_margin - (lines - 1) * spacing
    mrz_top_mm = first_base - cap_mm - 1.5
    for _ in range(int(rng.integers(2, 5))):
        _guilloche(draw, rng, (dx0, dy0, dx0 + doc_w * ppm, dy0 + mrz_top_mm * ppm), ppm)
    if rng.random() < 0.5:
        notes.append("guilloche over MRZ")
        _guilloche(
            draw, rng, (dx0, dy0 + mrz_top_mm * ppm, dx0 + doc_w * ppm, dy0 + doc_h * ppm), ppm
        )
    micro_text = {"TWN": "REPUBLICOFCHINATAIWAN", "JPN": "JAPANPASSPORT"}.get(
        state, state * 4 + "PASSPORT"
    )
    for k in range(int(rng.integers(1, 4))):
        _microprint(draw, rng, dy0 + (mrz_top_mm - 1 - 3 * k) * ppm, w, ppm, micro_text)
    if rng.random() < 0.3:
        notes.append("microprint through MRZ")
        _microprint(draw, rng, dy0 + (first_base + spacing / 2 - 0.6) * ppm, w, ppm, micro_text)
    # photo, ghost, labels and data
    ph = (
        dx0 + 0.05 * doc_w * ppm,
        dy0 + 0.2 * doc_h * ppm,
        dx0 + 0.3 * doc_w * ppm,
        dy0 + (mrz_top_mm - 3) * ppm,
    )
    _photo(canvas, rng, tuple(int(v) for v in ph))
    if rng.random() < 0.6:
        gw = (ph[2] - ph[0]) * 0.45
        _photo(
            canvas,
            rng,
            (
                int(dx0 + 0.78 * doc_w * ppm),
                int(ph[1] + 4 * ppm),
                int(dx0 + 0.78 * doc_w * ppm + gw),
                int(ph[1] + 4 * ppm + gw * 1.3),
            ),
            alpha=70,
        )
    header = _font("sans-bold", max(8, round(2.6 * ppm)))
    label_f, data_f = (
        _font("sans", max(6, round(1.5 * ppm))),
        _font("sans-bold", max(7, round(2.3 * ppm))),
    )
    title = {
        "TD1": "IDENTITY CARD",
        "TD2": "RESIDENCE PERMIT",
        "MRV-A": "VISA",
        "MRV-B": "VISA",
    }.get(fmt, "PASSPORT")
    carbon = Image.new("L", (w, h), 0)  # what stays in infrared besides the MRZ
    cdraw = ImageDraw.Draw(carbon)
    cjk = _CJK_LABELS.get(state)
    if cjk:
        draw.text(
            (dx0 + 0.32 * doc_w * ppm, dy0 + 0.04 * doc_h * ppm),
            cjk[0] + "  " + (cjk[1] if fmt == "TD3" else title),
            font=_font("cjk", max(8, round(2.8 * ppm))),
            fill=(40, 40, 90, 255),
        )
    else:
        draw.text(
            (dx0 + 0.32 * doc_w * ppm, dy0 + 0.04 * doc_h * ppm),
            f"{state}  {title}",
            font=header,
            fill=(40, 40, 90, 255),
        )
    fields = [
        ("Surname / Nom", 0),
        ("Given names / Prénoms", 1),
        ("Nationality", 2),
        ("Date of birth", 3),
        ("Date of expiry", 4),
    ]
    values = []
    if printed:
        lay = layout.layout(fmt)
        sur, _, giv = lay.field("names").of(printed).partition("<<")

        def viz_date(field: str) -> str:  # the visual zone writes the MRZ's dates out
            d = lay.field(field).of(printed)
            m = int(d[2:4])
            month = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC"[3 * m - 3 : 3 * m]
            return f"{d[4:]} {month} {d[:2]}"

        values = [
            sur.replace("<", " ").strip(),
            giv.replace("<", " ").strip(),
            lay.field("nationality").of(printed).replace("<", ""),
            viz_date("birth_date"),
            viz_date("expiry_date"),
        ]
    else:
        values = ["CHEN", "MEI LING", state, "01 JAN 1980", "01 JAN 2030"]
    top = dy0 + 0.16 * doc_h * ppm
    step = (mrz_top_mm * ppm - (top - dy0) - 2 * ppm) / len(fields)
    for (lab, k), val in zip(fields, values, strict=True):
        y = top + k * step
        x = dx0 + 0.34 * doc_w * ppm
        draw.text(
            (x, y),
            lab if not cjk or k else cjk[2],
            font=_font("cjk", max(6, round(1.5 * ppm))) if cjk and not k else label_f,
            fill=(80, 80, 110, 255),
        )
        draw.text((x, y + 1.8 * ppm), val[:28], font=data_f, fill=(20, 20, 25, 255))
        cdraw.text((x, y + 1.8 * ppm), val[:28], font=data_f, fill=230)
    over = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    odraw = ImageDraw.Draw(over, "RGBA")
    # the scribble swings 3 mm either side of sig_y: above the zone, or across it
    over_sig = rng.random() < 0.2
    sig_y = mrz_top_mm + rng.uniform(1, 6) if over_sig else mrz_top_mm - rng.uniform(4.5, 9)
    if over_sig:
        notes.append("signature over MRZ")
    _signature(odraw, rng, dx0 + 0.35 * doc_w * ppm, dy0 + sig_y * ppm, ppm)
    for _ in range(int(rng.integers(0, 3))):
        over_mrz = rng.random() < 0.25
        cy = (
            dy0
            + (
                rng.uniform(first_base - 3, doc_h - 2)
                if over_mrz
                else rng.uniform(10, mrz_top_mm - 8)
            )
            * ppm
        )
        notes.append("stamp over MRZ" if over_mrz else "stamp")
        _stamp(over, rng, dx0 + rng.uniform(0.2, 0.8) * doc_w * ppm, cy, ppm)
    rgb = np.asarray(canvas.convert("RGB"), np.float32) / 255
    carbon_a = np.asarray(carbon, np.float32) / 255
    if rng.random() < 0.6:  # a laser-engraved or carbon-printed portrait shows in infrared
        x0, y0, x1, y1 = (int(v) for v in ph)
        lum = 1 - rgb[y0:y1, x0:x1].mean(-1)
        carbon_a[y0:y1, x0:x1] = np.maximum(carbon_a[y0:y1, x0:x1], lum * rng.uniform(0.3, 0.7))
    cells: list[list[tuple[float, float]]] = []
    cap_px = cap_mm * ppm
    if not no_mrz:
        left = dx0 + (doc_w - len(printed[0]) * PITCH_MM) / 2 * ppm + rng.uniform(-1.0, 1.0) * ppm
        ink, cells, cap_px = _mrz_ink(
            rng, printed, plan, h, w, ppm, cap_mm, (left, dy0 + first_base * ppm), spacing
        )
        process = "engraved" if fmt in ("TD1", "TD2") and rng.random() < 0.5 else _pick(rng, PRINTS)
        notes.append(process)
        ink = _print_process(rng, ink, ppm, process, cap_px)
        darkness = rng.uniform(0.45, 0.6) if process == "engraved" else rng.uniform(0.82, 0.97)
        ink_rgb = np.array([0.08, 0.08, 0.1], np.float32)
        rgb = rgb * (1 - ink[..., None] * darkness) + ink_rgb * ink[..., None] * darkness * 0.2
        carbon_a = np.maximum(carbon_a, ink * darkness)
    ov = np.asarray(over, np.float32) / 255
    rgb = rgb * (1 - ov[..., 3:]) + ov[..., :3] * ov[..., 3:]
    ir = 0.88 - 0.05 * (1 - rgb.mean(-1))  # dye inks nearly vanish in infrared
    ir = ir * (1 - carbon_a * 0.9)
    if fmt in ("TD1", "TD2"):  # a card: rounded corners on the background
        mask = Image.new("L", (w, h), 0)
        ImageDraw.Draw(mask).rounded_rectangle(
            (0, 0, w - 1, h - 1), radius=round(3.2 * ppm), fill=255
        )
        m = np.asarray(mask, np.float32)[..., None] / 255
        rgb = rgb * m + 0.35 * (1 - m)
        ir = ir * m[..., 0] + 0.3 * (1 - m[..., 0])
    return Page(np.clip(rgb, 0, 1), np.clip(ir, 0, 1), ppm, cells, cap_px, PITCH_MM * ppm, notes)


# -- capture ---------------------------------------------------------------------------


def _projection(rng: np.random.Generator, w: int, h: int, tilt: float, roll: float) -> np.ndarray:
    """A homography of the page seen from a camera: tilted `tilt` degrees out of plane
    about a random axis, turned `roll` degrees."""
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    axis = rng.uniform(0, 2 * math.pi)
    t = math.radians(tilt)
    pts = []
    f = 1.6 * max(w, h)
    for x, y in corners - [w / 2, h / 2]:
        # rotate about an in-plane axis at angle `axis`
        u = x * math.cos(axis) + y * math.sin(axis)
        v = -x * math.sin(axis) + y * math.cos(axis)
        z = v * math.sin(t)
        v = v * math.cos(t)
        x2, y2 = u * math.cos(axis) - v * math.sin(axis), u * math.sin(axis) + v * math.cos(axis)
        s = f / (f + z)
        r = math.radians(roll)
        px, py = x2 * s, y2 * s
        pts.append([px * math.cos(r) - py * math.sin(r), px * math.sin(r) + py * math.cos(r)])
    return cv2.getPerspectiveTransform(corners, np.array(pts, np.float32))


def _apply(hm: np.ndarray, pts: np.ndarray) -> np.ndarray:
    return cv2.perspectiveTransform(pts.reshape(-1, 1, 2).astype(np.float64), hm).reshape(-1, 2)


def _cap_points(page: Page) -> np.ndarray:
    """Foot and head of a capital at both ends of the first and last lines."""
    out = []
    for row in (page.cells[0], page.cells[-1]):
        for x, y in (row[0], row[-1]):
            xc = x + page.pitch / 2
            out += [(xc, y), (xc, y - page.cap)]
    return np.array(out, np.float64)


def _mrz_box(page: Page) -> np.ndarray:
    (x0, y0), (x1, _y) = page.cells[0][0], page.cells[0][-1]
    yb = page.cells[-1][0][1]
    x1 += page.pitch
    return np.array(
        [
            (x0, y0 - page.cap),
            (x1, y0 - page.cap),
            (x1, yb + 0.1 * page.cap),
            (x0, yb + 0.1 * page.cap),
        ]
    )


def _measure_cap(hm: np.ndarray, page: Page) -> float:
    p = _apply(hm, _cap_points(page))
    return float(np.mean(np.linalg.norm(p[0::2] - p[1::2], axis=1)))


def _scaled(hm: np.ndarray, s: float) -> np.ndarray:
    return np.diag([s, s, 1.0]) @ hm


def _translated(hm: np.ndarray, dx: float, dy: float) -> np.ndarray:
    return np.array([[1, 0, dx], [0, 1, dy], [0, 0, 1]], np.float64) @ hm


def _background(rng: np.random.Generator, kind: str, h: int, w: int) -> np.ndarray:
    if kind == "reader":
        base = rng.uniform(0.05, 0.2)
        g = np.linspace(0, 1, w, dtype=np.float32)[None, :] * rng.uniform(0, 0.1)
        return np.repeat((base + g + np.zeros((h, 1), np.float32))[..., None], 3, -1)
    if kind == "scan":
        return np.full((h, w, 3), rng.uniform(0.85, 0.97), np.float32)
    colour = rng.uniform(0.15, 0.75, 3).astype(np.float32)
    tex = cv2.resize(rng.random((max(2, h // 30), max(2, w // 30))).astype(np.float32), (w, h))
    return colour * (0.8 + 0.3 * tex[..., None])


def _illumination(rng: np.random.Generator, img: np.ndarray, strength: float) -> np.ndarray:
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0, w), rng.uniform(0, h)
    r = np.hypot(xx - cx, yy - cy) / max(h, w)
    light = 1 - strength * r**2 + rng.uniform(-0.08, 0.08) * (xx / w)
    return img * light[..., None]


def _glare(rng: np.random.Generator, img: np.ndarray) -> np.ndarray:
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ang = rng.uniform(0, math.pi)
    d = (xx - rng.uniform(0, w)) * math.sin(ang) - (yy - rng.uniform(0, h)) * math.cos(ang)
    band = np.exp(-((d / (rng.uniform(0.02, 0.08) * w)) ** 2)) * rng.uniform(0.2, 0.55)
    return img + band[..., None] * (1 - img) * 1.0


def _hologram(rng: np.random.Generator, img: np.ndarray) -> np.ndarray:
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy, rad = rng.uniform(0.2, 0.8) * w, rng.uniform(0.3, 0.9) * h, rng.uniform(0.1, 0.3) * w
    inside = np.clip(1 - np.hypot(xx - cx, yy - cy) / rad, 0, 1) ** 0.5
    phase = (xx + yy) / rng.uniform(15, 40)
    rainbow = np.stack([np.sin(phase), np.sin(phase + 2.1), np.sin(phase + 4.2)], -1) * 0.5 + 0.5
    a = inside[..., None] * rng.uniform(0.12, 0.3)
    return img * (1 - a) + rainbow * a


def _motion_blur(rng: np.random.Generator, img: np.ndarray, length: float) -> np.ndarray:
    k = max(3, int(length) | 1)
    kern = np.zeros((k, k), np.float32)
    kern[k // 2, :] = 1
    rot = cv2.getRotationMatrix2D((k / 2 - 0.5, k / 2 - 0.5), float(rng.uniform(0, 180)), 1)
    kern = cv2.warpAffine(kern, rot, (k, k))
    return cv2.filter2D(img, -1, kern / max(kern.sum(), 1e-6))


def _defocus(img: np.ndarray, radius: float) -> np.ndarray:
    r = max(1, round(radius))
    kern = np.zeros((2 * r + 1, 2 * r + 1), np.float32)
    cv2.circle(kern, (r, r), r, 1.0, -1)
    return cv2.filter2D(img, -1, kern / kern.sum())


def _jpeg(img: np.ndarray, quality: int, grey: bool) -> bytes:
    u8 = np.clip(img * 255 + 0.5, 0, 255).astype(np.uint8)
    u8 = cv2.cvtColor(u8, cv2.COLOR_RGB2GRAY) if grey else cv2.cvtColor(u8, cv2.COLOR_RGB2BGR)
    ok, buf = cv2.imencode(".jpg", u8, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    assert ok
    return buf.tobytes()


@dataclass(frozen=True)
class Sample:
    seed: int
    jpeg: bytes
    lines: tuple[str, ...]  # as printed; () for a page without an MRZ
    valid: bool  # ICAO 9303's verdict on the printed lines
    format: str  # "none" for a page without an MRZ
    capture: str
    font: str  # "ocrb", a face of FACES, or "ocrb+<face>:<glyphs>" / "ocrb+<face>:line<N>"
    face_kind: str  # "ocrb", "hybrid" or "other"
    cap_px: float  # mean capital height at both ends of the MRZ's first and last lines
    mrz_quad: tuple[tuple[float, float], ...]  # MRZ corners in the picture (TL, TR, BR, BL)
    extras: str


def _capture(
    rng: np.random.Generator, page: Page, capture: str, target: float
) -> tuple[np.ndarray, np.ndarray, float, list[str], int, bool]:
    """(picture RGB 0-1, homography page -> picture, capitals px, notes, JPEG quality, grey)."""
    notes: list[str] = []
    h, w = page.rgb.shape[:2]
    source = page.rgb
    grey = False
    if capture == "reader":
        infrared = rng.random() < 0.4
        if infrared:
            source = np.repeat(page.ir[..., None], 3, -1)
            notes.append("infrared")
            grey = True
        hm = _projection(rng, w, h, rng.uniform(0, 2), rng.uniform(-2, 2))
        quality = int(rng.integers(80, 96))
    elif capture == "scan":
        hm = _projection(rng, w, h, 0, rng.uniform(-3, 3))
        grey = rng.random() < 0.35
        quality = int(rng.integers(70, 96))
    elif capture == "phone":
        tilt, roll = rng.uniform(0, 25), rng.uniform(-25, 25)
        notes.append(f"tilt {tilt:.0f} roll {roll:.0f}")
        hm = _projection(rng, w, h, tilt, roll)
        quality = int(rng.integers(40, 91))
    else:  # webcam
        hm = _projection(rng, w, h, rng.uniform(0, 10), rng.uniform(-8, 8))
        quality = int(rng.integers(40, 71))
    hm = _scaled(hm, target / _measure_cap(hm, page))
    corners = _apply(hm, np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64))
    if capture == "webcam":
        quad = _apply(hm, _mrz_box(page))
        qw, qh = np.ptp(quad[:, 0]), np.ptp(quad[:, 1])
        fits = [m for m in WEBCAM_MODES if m[0] > qw + 16 and m[1] > qh + 16]
        if not fits:  # the MRZ must be wholly in the frame: the largest mode, smaller capitals
            fits = [WEBCAM_MODES[-1]]
            s = min((WEBCAM_MODES[-1][0] - 20) / qw, 1.0)
            hm = _scaled(hm, s)
            quad = _apply(hm, _mrz_box(page))
            qw, qh = np.ptp(quad[:, 0]), np.ptp(quad[:, 1])
        fw, fh = fits[int(rng.integers(len(fits)))]
        # the camera is aimed at the page: its centre near the frame's, the MRZ kept inside
        corners = _apply(hm, np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64))
        centre = corners.mean(0)
        ox = fw * rng.uniform(0.35, 0.65) - centre[0]
        oy = fh * rng.uniform(0.35, 0.65) - centre[1]
        ox = float(np.clip(ox, 8 - quad[:, 0].min(), fw - 8 - quad[:, 0].max()))
        oy = float(np.clip(oy, 8 - quad[:, 1].min(), fh - 8 - quad[:, 1].max()))
    else:
        margin = rng.uniform(0.02, 0.12) * np.ptp(corners[:, 0])
        ox, oy = margin - corners[:, 0].min(), margin - corners[:, 1].min()
        fw = int(np.ptp(corners[:, 0]) + 2 * margin)
        fh = int(np.ptp(corners[:, 1]) + 2 * margin)
        fw, fh = max(fw, 230), max(fh, 230)
    hm = _translated(hm, ox, oy)
    # anti-alias before shrinking
    shrink = target / page.cap
    if shrink < 0.8:
        source = cv2.GaussianBlur(source, (0, 0), 0.4 / shrink)
    warped = cv2.warpPerspective(source, hm, (fw, fh), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), hm, (fw, fh), flags=cv2.INTER_LINEAR)[
        ..., None
    ]
    bg = _background(
        rng, "reader" if capture == "reader" else "scan" if capture == "scan" else "table", fh, fw
    )
    if grey:
        bg = np.repeat(bg.mean(-1, keepdims=True), 3, -1)
    img = warped * mask + bg * (1 - mask)
    if capture == "reader":
        img = _illumination(rng, img, rng.uniform(0.1, 0.5))
        if rng.random() < 0.5:
            notes.append("glare")
            img = _glare(rng, img)
        if not grey and rng.random() < 0.35:
            notes.append("hologram")
            img = _hologram(rng, img)
        img = img + rng.normal(0, 0.01, img.shape).astype(np.float32)
    elif capture == "scan":
        grain = cv2.GaussianBlur(rng.normal(0, 0.03, (fh, fw)).astype(np.float32), (0, 0), 0.8)
        img = img + grain[..., None]
        dust = (rng.random((fh, fw)) < 0.00004).astype(np.float32)
        img = img * (1 - cv2.dilate(dust, np.ones((2, 2)))[..., None] * 0.7)
        img = cv2.GaussianBlur(img, (0, 0), 0.5)
    else:
        img = _illumination(rng, img, rng.uniform(0.1, 0.6))
        if rng.random() < 0.5:
            notes.append("motion blur")
            img = _motion_blur(rng, img, rng.uniform(2, 0.25 * target + 3))
        if rng.random() < 0.45:
            notes.append("defocus")
            img = _defocus(img, rng.uniform(0.6, 0.09 * target + 1))
        if rng.random() < 0.35 or capture == "webcam":
            gain = rng.uniform(0.5, 0.85)
            notes.append("low light")
            cast = rng.uniform(0.85, 1.15, 3).astype(np.float32)
            img = img * gain * cast + rng.normal(0, rng.uniform(0.015, 0.05), img.shape).astype(
                np.float32
            )
    return np.clip(img, 0, 1).astype(np.float32), hm, _measure_cap(hm, page), notes, quality, grey


def sample(seed: int, *, today: dt.date) -> Sample:
    """One picture and its printed MRZ (the truth) from `seed`."""
    rng = np.random.default_rng(seed)
    fmt, composed, printed, valid = random_mrz(rng, today)
    capture = _pick(rng, CAPTURES)
    plan = _face_plan(rng, len(printed))
    no_mrz = bool(rng.random() < NO_MRZ_SHARE)
    for name in (plan[0].split("+")[0], *plan[2].values(), *PAGE_FACES):
        face_path(name)  # every face this picture needs is there, before drawing
    # OCR-B's point size for the 2.54 mm pitch: capitals 2.1-2.5 mm, most near 2.35-2.5
    pt = float(np.clip(rng.normal(9.7, 0.4), 8.6, 10.2))
    cap_mm = pt * PT_MM * OCRB_CAP_EM
    if plan[1] == "other":  # another face at its own printer's size
        cap_mm *= rng.uniform(0.9, 1.05)
    inner = (
        "scan"
        if capture == "thumbnail" and rng.random() < 0.5
        else "reader"
        if capture == "thumbnail"
        else capture
    )
    if capture == "scan":
        dpi = rng.uniform(150, 300)
        target = cap_mm * dpi / 25.4
    else:
        lo, hi = CAP_PX[capture]
        target = rng.uniform(lo, hi)
    render_target = target * 2 if capture == "thumbnail" else target
    ppm = max(render_target * 1.4, 16.0) / cap_mm
    page = _render_page(rng, fmt, printed, plan, ppm, cap_mm, no_mrz)
    if no_mrz:  # a page without an MRZ: draw its geometry as a passport reader would
        page.cells = [
            [(0.0, page.rgb.shape[0] * 0.9), (page.rgb.shape[1] * 0.9, page.rgb.shape[0] * 0.9)]
        ]
    img, hm, cap_px, notes, quality, grey = _capture(rng, page, inner, render_target)
    quad = _apply(hm, _mrz_box(page)) if not no_mrz else np.zeros((0, 2))
    if capture == "thumbnail":
        factor = target / cap_px
        img = cv2.resize(img, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
        quad = quad * factor
        cap_px *= factor
        quality = int(rng.integers(60, 91))
        # a thumbnail too small for a viewer's tile is padded right and below
        pad_y, pad_x = max(0, 200 - img.shape[0]), max(0, 200 - img.shape[1])
        img = cv2.copyMakeBorder(img, 0, pad_y, 0, pad_x, cv2.BORDER_REPLICATE)
    jpeg = _jpeg(img, quality, grey)
    if no_mrz:
        extras = ", ".join(["no MRZ", *page.notes, *notes])
        return Sample(seed, jpeg, (), False, "none", capture, plan[0], plan[1], 0.0, (), extras)
    extras = ", ".join(
        [
            *(["a check digit printed wrong"] if printed != composed else []),
            *page.notes,
            *notes,
            f"{'size of ' if plan[1] == 'other' else ''}OCR-B {pt:.1f} pt",
            f"JPEG {quality}",
        ]
    )
    return Sample(
        seed,
        jpeg,
        printed,
        valid,
        fmt,
        capture,
        plan[0],
        plan[1],
        round(float(cap_px), 2),
        tuple((round(float(x), 1), round(float(y), 1)) for x, y in quad),
        extras,
    )
