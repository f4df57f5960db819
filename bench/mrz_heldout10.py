"""A tenth document-photo generator: issue 10's held-out set, scored once by the lead.

Written without running the OCR on any image it makes and without reading the OCR's
code or the other generators' renderers (only their `sample(seed, today=...)` interface
and the project's ICAO `compose`/`parse` and `layout`); it shares no rendering code with
them. Its author checked rendered images by eye so that a person reads every MRZ
character. It pictures what an international counter is handed:

- content: TD3 passports about 55 %, TD1 identity cards and residence permits 20 %, TD2
  cards 9 %, MRV-A 10 % and MRV-B 6 % visas, from about forty-five issuing states;
  residence permits and visas carry a holder of another nationality. Names in each
  origin's romanisation (Pinyin, Wade-Giles syllables, Cantonese, Korean, Hepburn,
  Vietnamese, long Thai surnames, Malay names written whole with BIN/BINTI, Indonesian
  and Indian single names with an empty primary identifier, Arabic names with AL/BIN,
  Filipino, Spanish and Portuguese double surnames, Dutch particles, Polish, Nordic,
  Greek, Russian, Turkish); names too long for the field lose later given names to
  initials (ICAO 9303 part 3) and `compose` cuts what still does not fit. Document
  numbers follow each issuer's pattern (`EA1234567`, `C01X00T47`, `12AB34567`,
  `E1234567A`, Belgian 12-digit TD1 numbers) and the optional data carries personal
  numbers rich in digits and letters (Taiwan `A123456789`, Singapore `S1234567D`,
  Thai and Malaysian ID numbers, BSN, personnummer, Turkish and Spanish numbers,
  control letters). One document in ten is printed with one check digit wrong (`valid`
  False: the truth is the printed lines); one picture in thirty shows a page without an
  MRZ (`lines` empty, `format` "none": finding none is the right answer).
- faces: OCR-B (`/usr/share/fonts/opentype/ocr-b/OCRB.otf`) in about eight documents in
  ten ("ocrb"), as documents print it: stroke weight from starved to bled, each glyph
  jittered a little in its 2.54 mm cell, laser, inkjet (spread, satellites), 24-pin
  dot-matrix, thermal (density bands, a dead head element), laser-engraved grey, worn
  ribbon. About one in ten ("hybrid") is OCR-B "from another foundry": three to six of
  the look-alike glyphs (Q D 0 O B 8 1 I 5 S 2 Z) or one whole MRZ line taken from a
  face below, scaled to OCR-B's cell. About one in ten ("other") is printed wholly in a
  monospaced face no other part of the project uses: League Mono (Regular, Narrow Bold;
  fonts-league-mono), Hermit (Medium, Bold; fonts-hermit), Agave (Regular, Bold;
  fonts-agave), Fantasque Sans Mono (fonts-fantasque-sans), Monoid (fonts-monoid) and
  IBM 3270 (fonts-3270); scripts/setup-system.sh installs them. A missing face raises
  FileNotFoundError naming its package: nothing is substituted.
- page: paper with a split-fountain rainbow tint, guilloche waves and rosettes (some
  across the MRZ), microprint rows above or through the zone, bilingual labels (DejaVu
  Sans; Noto CJK for East Asian issuers) and the data, a photo and its ghost, the
  holder's signature (sometimes across the MRZ), entry stamps in dye inks near or over
  the MRZ; a passport in a reader shows its facing page, a visa is a sticker on a
  passport page, a card has rounded corners. Dye inks fade in infrared; carbon does not.
- capture: (a) full-page reader, white or infrared light, uneven illumination, a
  laminate glare band, an iridescent hologram overlay, capitals 18-34 px; (b) flatbed
  scan at 150-300 dpi, skew up to 3 degrees, paper grain and dust, colour or grey, JPEG
  70-95; (c) phone photo over a counter: the page tilted up to 25 degrees out of plane,
  turned up to 25 degrees, motion blur or defocus, low-light noise, JPEG 40-90,
  capitals 13-30 px; (d) counter webcam (640x480, 800x600, 1280x720), capitals 10-16
  px, noise, colour cast, JPEG 40-70; (e) thumbnail of a scan or photo, capitals 7-12
  px, JPEG 60-90.

In seeds 2 100 000-2 100 199 (the scored set): TD3 111, TD1 43, MRV-A 20, TD2 12, MRV-B
10, pages without an MRZ 4; 18 printed invalid; captures phone 80, reader 36 (13 in
infrared), webcam 30, scan 29, thumbnail 25 (10 of them from scans); faces OCR-B 152,
hybrid 19 (15 with three to six borrowed look-alike glyphs, 4 with one borrowed line),
other 25 (Agave 8, IBM 3270 5, Hermit 4, Monoid 4, League Mono 2, Fantasque 2); MRZ
printed by laser 88, inkjet 33, worn ribbon 27, thermal 25, dot matrix 17, engraving 6;
guilloche across the MRZ zone 107, microprint through it 51, a stamp's ring across it 23,
a signature across it 19, a hologram 30, glare 49; camera pictures tilted 15 degrees or
more 36, turned 15 degrees or more 41; low light 38, motion blur 57, defocus 51, JPEG below
quality 50 22, grey JPEGs 29. Capitals (mean of both ends of the first and last lines):
reader 18-34 px, scan 13-27, phone 13-30, webcam 10.5-15.5, thumbnail 7.0-11.9. Every
MRZ lies wholly inside its picture. Rendering takes 0.05-3.3 s a picture (median 0.4 s).

Deterministic per seed; seeds start at SEED = 2 100 000 (no other generator uses them).
`sample(seed, today=...)` returns a Sample: the JPEG, the printed lines, ICAO's verdict,
the format, the capture, the face ("ocrb", a face's name, or "ocrb+<face>:<glyphs>" /
"ocrb+<face>:line<N>"), its kind ("ocrb", "hybrid", "other"), the capitals' height in
px and the MRZ's corners in the picture.
"""

from __future__ import annotations

import colorsys
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

SEED = 2_100_000
IMAGES = 200
FONT_DIR = Path("/usr/share/fonts")

# name: (path under FONT_DIR, Debian package); FACE_KINDS says how often each kind prints
FACES: dict[str, tuple[str, str]] = {
    "ocrb": ("opentype/ocr-b/OCRB.otf", "fonts-ocr-b"),
    "league-mono": ("opentype/league-mono/LeagueMono-Regular.otf", "fonts-league-mono"),
    "league-mono-narrow-bold": (
        "opentype/league-mono/LeagueMono-NarrowBold.otf",
        "fonts-league-mono",
    ),
    "hermit-medium": ("truetype/hermit/Hermit-medium.otf", "fonts-hermit"),
    "hermit-bold": ("truetype/hermit/Hermit-bold.otf", "fonts-hermit"),
    "agave": ("truetype/agave/agave-r-autohinted.ttf", "fonts-agave"),
    "agave-bold": ("truetype/agave/agave-b-autohinted.ttf", "fonts-agave"),
    "fantasque-sans-mono": (
        "opentype/fantasque-sans/Normal/OTF/FantasqueSansMono-Regular.otf",
        "fonts-fantasque-sans",
    ),
    "monoid": ("truetype/monoid/Monoid-Regular.ttf", "fonts-monoid"),
    "ibm-3270": ("truetype/3270/3270-Regular.ttf", "fonts-3270"),
}
NEW_FACES = tuple(k for k in FACES if k != "ocrb")
PAGE_FACES: dict[str, tuple[str, str]] = {  # labels and data on the page, not the MRZ
    "sans": ("truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core"),
    "sans-bold": ("truetype/dejavu/DejaVuSans-Bold.ttf", "fonts-dejavu-core"),
    "serif": ("truetype/dejavu/DejaVuSerif.ttf", "fonts-dejavu-core"),
    "cjk": ("opentype/noto/NotoSansCJK-Regular.ttc", "fonts-noto-cjk"),
}
PACKAGES = tuple(sorted({v[1] for k, v in FACES.items() if k != "ocrb"}))
FACE_KINDS = {"ocrb": 0.80, "hybrid": 0.10, "other": 0.10}
HYBRID_GLYPHS = "QD0OB81I5S2Z"
NO_MRZ_SHARE = 1 / 30
INVALID_SHARE = 0.10
FORMAT_SHARES = {"TD3": 0.55, "TD1": 0.20, "TD2": 0.09, "MRV-A": 0.10, "MRV-B": 0.06}
CAPTURES = {"reader": 0.22, "scan": 0.18, "phone": 0.32, "webcam": 0.15, "thumbnail": 0.13}
CAP_PX = {  # capital height in the picture, px
    "reader": (18.0, 34.0),
    "scan": (12.0, 29.0),  # not chosen: 150-300 dpi and 2.05-2.4 mm capitals make it
    "phone": (13.0, 30.0),
    "webcam": (10.0, 16.0),
    "thumbnail": (7.0, 12.0),
}
WEBCAM_MODES = ((640, 480), (800, 600), (1280, 720))
PITCH_MM = 2.54  # ICAO 9303 part 3: ten characters per 25.4 mm

# -- content ---------------------------------------------------------------------------

# Romanised names per origin: (surnames, given names). Spaces separate name parts.
NAMES: dict[str, tuple[list[str], list[str]]] = {
    "pinyin": (
        [
            "WANG",
            "LI",
            "ZHANG",
            "LIU",
            "CHEN",
            "YANG",
            "HUANG",
            "ZHAO",
            "WU",
            "ZHOU",
            "XU",
            "SUN",
            "MA",
            "ZHU",
            "HU",
            "GUO",
            "HE",
            "LIN",
            "GAO",
            "LUO",
            "ZHENG",
            "LIANG",
            "XIE",
            "SONG",
            "TANG",
            "OUYANG",
            "SIMA",
        ],
        [
            "XIAOMING",
            "JIANGUO",
            "YUTING",
            "ZIHAN",
            "HAORAN",
            "XINYI",
            "WEI",
            "JING",
            "LEI",
            "ZHIQIANG",
            "SHUFEN",
            "QINGQING",
            "ZHENYU",
            "XUEQIN",
            "BOWEN",
            "YIXUAN",
        ],
    ),
    "wade": (
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
            "CHIU",
            "TSENG",
            "LIAO",
            "LAI",
            "CHOU",
            "CHIANG",
            "KAO",
        ],
        [
            "CHIA HSIN",
            "YU TING",
            "CHIH WEI",
            "SHU FEN",
            "MING HSUAN",
            "PEI JUNG",
            "CHUN HUNG",
            "YI CHEN",
            "HSIAO LING",
            "TSUNG HAN",
            "KUAN YU",
            "I HSUAN",
            "CHING KUO",
        ],
    ),
    "cantonese": (
        [
            "CHAN",
            "WONG",
            "LEUNG",
            "CHEUNG",
            "LAU",
            "LEE",
            "NG",
            "HO",
            "YEUNG",
            "TSANG",
            "KWOK",
            "TSE",
            "FUNG",
        ],
        ["TAI MAN", "KA WAI", "WING YAN", "SIU MING", "PETER KA HO", "MEI YEE", "CHI KEUNG"],
    ),
    "korean": (
        [
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
            "KWON",
            "HWANG",
        ],
        [
            "MINJUN",
            "SEOYEON",
            "JIHOON",
            "HYUNWOO",
            "SOOJIN",
            "YEJIN",
            "DONGHYUN",
            "JI HOON",
            "MIN SEO",
            "EUNJI",
        ],
    ),
    "japanese": (
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
            "KATO",
            "YOSHIDA",
            "YAMADA",
            "SASAKI",
            "MATSUMOTO",
            "INOUE",
            "HASEGAWA",
        ],
        [
            "HARUTO",
            "YUI",
            "SOTA",
            "HINA",
            "TAKESHI",
            "YUKIKO",
            "KENTARO",
            "AKIKO",
            "RYUNOSUKE",
            "SHINNOSUKE",
        ],
    ),
    "vietnamese": (
        [
            "NGUYEN",
            "TRAN",
            "LE",
            "PHAM",
            "HOANG",
            "HUYNH",
            "PHAN",
            "VU",
            "VO",
            "DANG",
            "BUI",
            "DO",
            "HO",
            "NGO",
            "DUONG",
        ],
        [
            "VAN AN",
            "THI MAI",
            "DUC MINH",
            "THI THU HUONG",
            "QUANG HUY",
            "THI NGOC ANH",
            "MINH KHOA",
        ],
    ),
    "thai": (
        [
            "WATTANASIRICHAIGOON",
            "SRISAWAT",
            "CHAIYAPORN",
            "PHONGSAPHAN",
            "SUKSOMBOON",
            "RATTANAKOSIN",
            "JIRAPONGPAN",
            "KITTIWATTANAKUL",
            "PANYARACHUN",
        ],
        ["SOMCHAI", "THANAPORN", "KANYARAT", "PATCHARAPORN", "NATTHAWUT", "SIRIWAN"],
    ),
    "filipino": (
        ["DELA CRUZ", "SANTOS", "REYES", "GARCIA", "BAUTISTA", "DE LOS SANTOS", "MACAPAGAL"],
        [
            "MARIA CRISTINA",
            "JOSE MIGUEL",
            "JUAN PAOLO",
            "MA LOURDES",
            "JOHN MARK",
            "MARIA CRISTINA BAUTISTA",
        ],
    ),
    "indian": (
        [
            "SHARMA",
            "PATEL",
            "SINGH",
            "KUMAR",
            "VENKATARAMAN",
            "SUBRAMANIAN",
            "REDDY",
            "CHATTOPADHYAY",
        ],
        ["NAGA VENKATA SAI KRISHNA", "PRIYA", "RAHUL", "ANJALI", "ARJUN", "LAKSHMI DEVI"],
    ),
    "arabic": (
        [
            "AL HASHIMI",
            "ABDULRAHMAN",
            "AL QAHTANI",
            "EL SAYED",
            "AL OTAIBI",
            "HADDAD",
            "BIN SULAIMAN",
            "AL MANSOURI",
        ],
        [
            "MOHAMMED ABDULLAH AHMED",
            "FATIMA",
            "ABDULAZIZ SALEH",
            "NOURA",
            "KHALID",
            "AHMED MOHAMMED SAEED",
            "MARYAM",
        ],
    ),
    "german": (
        [
            "MUELLER",
            "SCHMIDT",
            "SCHNEIDER",
            "FISCHER",
            "WEISS",
            "GROSSMANN",
            "SCHWARZENBERGER",
            "VON DER HEYDE",
        ],
        ["ANNA MARIA", "LUKAS", "KLAUS PETER", "SOPHIE", "JUERGEN", "HANS GEORG FRIEDRICH"],
    ),
    "romance": (
        [
            "GARCIA MARTINEZ",
            "LOPEZ",
            "DOS SANTOS FERREIRA",
            "DUPONT",
            "MARTIN",
            "DE LUCA",
            "FERNANDEZ DE CORDOBA",
            "RODRIGUES",
        ],
        ["JOSE LUIS", "MARIA DEL CARMEN", "JEAN PIERRE", "GIULIA", "JOAO PEDRO", "CAMILLE"],
    ),
    "dutch": (
        ["VAN DEN BERG", "DE VRIES", "JANSEN", "VAN DER MEULEN", "BAKKER"],
        ["WILLEM", "SANNE", "PIETER JAN", "ANOUK"],
    ),
    "slavic": (
        ["WOJCIECHOWSKA", "BRZEZINSKI", "IVANOV", "KUZNETSOVA", "NOWAK", "SHEVCHENKO", "POPESCU"],
        ["ALEKSANDR", "EKATERINA", "KRZYSZTOF", "AGNIESZKA", "OLEKSANDRA", "IOANA"],
    ),
    "nordic": (
        ["JOHANSSON", "OEDEGAARD", "AAKESSON", "NIELSEN", "VIRTANEN", "BJOERNSTAD"],
        ["ERIK", "INGRID", "LARS OLOF", "SOFIA", "MIKKO"],
    ),
    "greek": (["PAPADOPOULOS", "KONSTANTINIDIS", "GEORGIOU"], ["DIMITRIOS", "ELENI"]),
    "english": (
        ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "O CONNOR", "MACDONALD", "TAYLOR"],
        ["JOHN MICHAEL", "EMILY", "JAMES", "OLIVIA GRACE", "CHRISTOPHER"],
    ),
    "turkish": (["YILMAZ", "KAYA", "DEMIR", "CELIK", "OEZTUERK"], ["MEHMET", "AYSE", "EMRE"]),
}

# Pattern letters: A letter, 9 digit, X letter or digit, C from the German alphabet.
GERMAN = "CFGHJKLMNPRTVWXYZ0123456789"
# state: (origin of names, passport number patterns, optional data patterns)
STATES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "TWN": ("wade", ("399999999", "399999999"), ("A[12]99999999", "")),
    "CHN": ("pinyin", ("EA9999999", "E99999999", "G99999999"), ("", "AAAAAAAAAAAAAA")),
    "HKG": ("cantonese", ("K99999999", "H99999999"), ("",)),
    "MAC": ("cantonese", ("MA9999999",), ("",)),
    "KOR": ("korean", ("M99999999", "M999A9999"), ("9999999", "")),
    "JPN": ("japanese", ("AA9999999",), ("",)),
    "VNM": ("vietnamese", ("C9999999", "N9999999"), ("999999999999", "")),
    "THA": ("thai", ("AA9999999",), ("9999999999999",)),
    "MYS": ("arabic", ("A99999999",), ("999999999999",)),
    "SGP": ("pinyin", ("E9999999A", "K9999999A"), ("", "S9999999A")),
    "IDN": ("arabic", ("X9999999", "B9999999"), ("",)),
    "PHL": ("filipino", ("P9999999A",), ("",)),
    "IND": ("indian", ("A9999999", "Z9999999"), ("",)),
    "SAU": ("arabic", ("A99999999", "9999999"), ("9999999999", "")),
    "ARE": ("arabic", ("X9999999",), ("999999999999999",)),
    "QAT": ("arabic", ("A9999999",), ("99999999999",)),
    "JOR": ("arabic", ("A9999999",), ("9999999999",)),
    "EGY": ("arabic", ("A99999999",), ("",)),
    "LBN": ("arabic", ("LR9999999",), ("",)),
    "TUR": ("turkish", ("U99999999",), ("99999999999",)),
    "D": ("german", ("CCCCCCCCC",), ("",)),
    "AUT": ("german", ("P9999999",), ("",)),
    "CHE": ("german", ("X9999999",), ("",)),
    "FRA": ("romance", ("99AA99999",), ("",)),
    "ESP": ("romance", ("PAA999999",), ("99999999A",)),
    "PRT": ("romance", ("P999999",), ("",)),
    "ITA": ("romance", ("YA9999999",), ("",)),
    "NLD": ("dutch", ("AAXXXXXX9",), ("999999999",)),
    "BEL": ("dutch", ("EH999999",), ("",)),
    "POL": ("slavic", ("EA9999999",), ("",)),
    "ROU": ("slavic", ("099999999",), ("",)),
    "UKR": ("slavic", ("FA999999",), ("99999999-99999",)),
    "RUS": ("slavic", ("759999999",), ("",)),
    "SWE": ("nordic", ("99999999",), ("9999999999",)),
    "NOR": ("nordic", ("FC9999999",), ("",)),
    "FIN": ("nordic", ("XP9999999",), ("",)),
    "GRC": ("greek", ("AA9999999",), ("",)),
    "GBR": ("english", ("999999999", "129999999"), ("",)),
    "IRL": ("english", ("PA9999999",), ("",)),
    "USA": ("english", ("999999999", "A99999999"), ("",)),
    "CAN": ("english", ("AA999999",), ("",)),
    "AUS": ("english", ("PA9999999", "RA9999999"), ("",)),
    "NZL": ("english", ("LA999999",), ("",)),
    "MEX": ("romance", ("G99999999",), ("",)),
    "BRA": ("romance", ("FX999999",), ("",)),
}
STATE_WEIGHTS = {s: 1.0 for s in STATES} | {
    "TWN": 6.0,
    "CHN": 3.0,
    "HKG": 2.0,
    "KOR": 3.0,
    "JPN": 3.0,
    "VNM": 3.0,
    "THA": 2.5,
    "MYS": 2.0,
    "SGP": 1.5,
    "IDN": 2.0,
    "PHL": 2.5,
    "IND": 1.5,
    "USA": 2.0,
    "D": 1.5,
}
# Hosts that issue visas and residence permits to others, with their codes.
HOSTS = ("TWN", "JPN", "KOR", "USA", "GBR", "CAN", "AUS", "D", "FRA", "NLD", "SGP", "CHN")
CARD_STATES = (
    "TWN",
    "D",
    "BEL",
    "NLD",
    "ESP",
    "PRT",
    "ROU",
    "CHE",
    "FRA",
    "ITA",
    "SWE",
    "POL",
    "HKG",
    "MYS",
    "SGP",
    "KOR",
    "ARE",
    "QAT",
    "TUR",
)


def _one(rng: np.random.Generator, seq):
    return seq[int(rng.integers(len(seq)))]


def _pick(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _fill(rng: np.random.Generator, pattern: str) -> str:
    """A string of `pattern`: A letter, 9 digit, X either, C the German alphabet,
    [..] one of the bracketed characters; anything else literal ('-' is dropped)."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "[":
            j = pattern.index("]", i)
            out.append(_one(rng, pattern[i + 1 : j]))
            i = j + 1
            continue
        if c == "A":
            out.append(_one(rng, layout.LETTERS))
        elif c == "9":
            out.append(_one(rng, layout.DIGITS))
        elif c == "X":
            out.append(_one(rng, layout.LETTERS + layout.DIGITS))
        elif c == "C":
            out.append(_one(rng, GERMAN))
        elif c != "-":
            out.append(c)
        i += 1
    return "".join(out)


def name_parts(surname: str, given: str, width: int) -> tuple[str, str]:
    """ICAO 9303 part 3's shortening: while surname<<given does not fit `width`, the
    last given name not yet an initial becomes one (the first given name never does);
    what still does not fit is left for `compose` to cut."""
    parts = given.split()

    def length() -> int:
        return len(surname) + (2 + len(" ".join(parts)) if parts else 0)

    i = len(parts) - 1
    while length() > width and i >= 1:
        parts[i] = parts[i][0]
        i -= 1
    return surname, " ".join(parts)


def _holder(rng: np.random.Generator, origin: str) -> tuple[str, str]:
    surnames, givens = NAMES[origin]
    surname, given = _one(rng, surnames), _one(rng, givens)
    r = rng.random()
    if origin in ("indian", "arabic") and r < 0.12:
        return "", given  # a single name: an empty primary identifier
    if origin == "arabic" and r < 0.35:  # a Malay-like or Gulf name written whole
        link = _one(rng, ["BIN", "BINTI", "BIN", "AL"])
        return f"{given} {link} {_one(rng, surnames).replace('AL ', '')}", ""
    if r > 0.9:  # a second given name from the same origin
        extra = _one(rng, givens)
        if extra != given:
            given = f"{given} {extra}"
    return surname, given


def _date(rng: np.random.Generator, lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=int(rng.integers(0, max(1, (hi - lo).days))))


def random_mrz(
    rng: np.random.Generator, today: dt.date
) -> tuple[str, tuple[str, ...], tuple[str, ...], bool]:
    """(format, lines compose made, lines as printed, ICAO's verdict on the printed)."""
    fmt = _pick(rng, FORMAT_SHARES)
    home = _pick(rng, STATE_WEIGHTS)
    opt2 = ""
    if fmt == "TD3":
        state = nat = home
        code = _one(rng, ["P<", "P<", "P<", "PD", "PO", "PS"])
        number = _fill(rng, _one(rng, STATES[home][1]))
        optional = _fill(rng, _one(rng, STATES[home][2]))[:14]
        years = 10
    elif fmt in ("MRV-A", "MRV-B"):
        state, nat = _one(rng, HOSTS), home
        code = _one(rng, ["V<", "V<", "VT", "VB"])
        number = _fill(rng, _one(rng, ["999999999", "AA9999999", "X9999999X", "A99999999"]))
        optional = _fill(rng, _one(rng, ["", "AAA99999", "9999A", "X99X999X"]))
        years = 2
    else:
        resident = rng.random() < 0.4
        state = _one(rng, CARD_STATES)
        nat = home if resident else state
        code = (
            _one(rng, ["IR", "AR", "IP", "AC", "I<"]) if resident else _one(rng, ["ID", "I<", "IO"])
        )
        if fmt == "TD1" and state == "BEL" and rng.random() < 0.6:
            number = _fill(rng, "999999999999")  # 12 digits: the continuation in the data
            optional = ""
        elif state == "TWN":
            number = _fill(rng, _one(rng, ["A99999999", "AA9999999"]))
            optional = _fill(rng, "A[12]99999999" if fmt == "TD1" else "")
        else:
            number = _fill(
                rng, _one(rng, ["AA9999999", "CCCCCCCCC", "A9999999", "999999999", "AAX999999"])
            )
            optional = _fill(rng, _one(rng, STATES[state][2]))
        opt_len = 15 if fmt == "TD1" else 7
        optional = optional[:opt_len]
        if fmt == "TD1":
            opt2 = _fill(rng, _one(rng, ["", "", "99999999999", "AA99999", "X9X9X9"]))
        years = 5
    origin = STATES[home][0] if rng.random() < 0.9 else _one(rng, list(NAMES))
    surname, given = _holder(rng, origin)
    width = layout.layout(fmt).field("names").length
    surname, given = name_parts(surname, given, width)
    birth = _date(rng, dt.date(1936, 1, 1), today - dt.timedelta(days=365 * 2))
    issue = _date(rng, today - dt.timedelta(days=365 * (years - 1)), today)
    expiry = issue + dt.timedelta(days=round(365.25 * years) - 1)  # leap days aside
    if expiry <= today:
        expiry = today + dt.timedelta(days=int(rng.integers(30, 700)))
    sex = _pick(rng, {"M": 0.49, "F": 0.49, "X": 0.02})
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
    if rng.random() < INVALID_SHARE:  # one check digit printed wrong
        lay = layout.layout(fmt)
        c = _one(rng, lay.checks)
        old = composed[c.line][c.pos]
        new = _one(rng, [d for d in layout.DIGITS if d != old])
        line = composed[c.line]
        printed = tuple(
            line[: c.pos] + new + line[c.pos + 1 :] if i == c.line else ln
            for i, ln in enumerate(composed)
        )
    return fmt, composed, printed, parse(printed, today=today).valid


# -- faces -----------------------------------------------------------------------------


def face_path(name: str) -> Path:
    """The file of an MRZ face or a page face; FileNotFoundError naming its package."""
    rel, package = FACES[name] if name in FACES else PAGE_FACES[name]
    path = FONT_DIR / rel
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} is missing: install the Debian package {package} "
            "(scripts/setup-system.sh); mrz_heldout10 never substitutes a face"
        )
    return path


@cache
def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(face_path(name)), size)


@cache
def _cap_ratio(name: str) -> float:
    """Capital height over font size."""
    top = _font(name, 200).getbbox("H", anchor="ls")[1]
    return -top / 200


@cache
def _glyph(name: str, ch: str, cap: int, cell: int) -> np.ndarray:
    """A glyph's coverage (0-1) in a cell `cell` px wide and 2 * cap px high, the
    baseline at 1.5 * cap; wider glyphs are squeezed into the cell, as a printer does."""
    f = _font(name, max(4, round(cap / _cap_ratio(name))))
    adv = max(1, math.ceil(f.getlength(ch)))
    h = 2 * cap
    im = Image.new("L", (adv + 4, h), 0)
    ImageDraw.Draw(im).text((2, round(1.5 * cap)), ch, font=f, fill=255, anchor="ls")
    a = np.asarray(im, np.float32) / 255
    if adv + 4 > cell:
        a = cv2.resize(a, (cell, h), interpolation=cv2.INTER_AREA)
    else:
        pad = cell - a.shape[1]
        a = np.pad(a, ((0, 0), (pad // 2, pad - pad // 2)))
    return a


def _face_plan(
    rng: np.random.Generator, n_lines: int
) -> tuple[str, str, dict[tuple[int, str], str]]:
    """(face label, kind, overrides): the face of every cell is OCR-B, or `other`
    wholly; a hybrid takes some glyphs, or one line, from another face."""
    kind = _pick(rng, FACE_KINDS)
    if kind == "ocrb":
        return "ocrb", kind, {}
    other = _one(rng, NEW_FACES)
    if kind == "other":
        return other, kind, {}
    if rng.random() < 0.6:
        k = int(rng.integers(3, 7))
        chosen = "".join(sorted(rng.choice(list(HYBRID_GLYPHS), k, replace=False)))
        return f"ocrb+{other}:{chosen}", kind, {(-1, c): other for c in chosen}
    line = int(rng.integers(n_lines))
    return f"ocrb+{other}:line{line}", kind, {(line, ""): other}


def _cell_face(base: str, overrides: dict[tuple[int, str], str], line: int, ch: str) -> str:
    return overrides.get((line, ""), overrides.get((-1, ch), base))


# -- page ------------------------------------------------------------------------------


@dataclass
class Page:
    """A rendering at `ppm` px per mm: colour (float RGB 0-1), infrared view (float
    0-1), the MRZ's cells as (x, baseline) in px per line, the capital height in px."""

    rgb: np.ndarray
    ir: np.ndarray
    ppm: float
    mrz_cells: list[list[tuple[float, float]]]
    cap_px: float
    pitch_px: float
    card: bool
    notes: list[str]


def _smooth_noise(rng: np.random.Generator, h: int, w: int, cells: int) -> np.ndarray:
    """Low-frequency noise in about -1..1."""
    gh, gw = max(2, cells * h // max(h, w) + 2), max(2, cells * w // max(h, w) + 2)
    small = rng.standard_normal((gh, gw)).astype(np.float32)
    return np.clip(cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC) / 1.5, -1, 1)


def _put(page: Page, mask: np.ndarray, colour: tuple[float, float, float], ir: float) -> None:
    """Print coverage `mask` (0-1) in `colour` (subtractive: multiplies the paper);
    `ir` is how much of the ink absorbs near infrared (carbon 1, dyes ~0.05)."""
    ys, xs = np.nonzero(mask > 0.004)
    if not ys.size:
        return
    box = np.s_[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
    m = mask[box][..., None]
    page.rgb[box] *= 1 - m * (1 - np.asarray(colour, np.float32))
    page.ir[box] *= 1 - mask[box] * ir


def _pastel(rng: np.random.Generator) -> tuple[float, float, float]:
    r, g, b = colorsys.hsv_to_rgb(rng.random(), rng.uniform(0.06, 0.2), rng.uniform(0.9, 0.98))
    return (r, g, b)


def _tint(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    """Split-fountain rainbow: two or three pastel hues blended along one axis."""
    stops = [_pastel(rng) for _ in range(int(rng.integers(2, 4)))]
    t = np.linspace(0, len(stops) - 1, w if rng.random() < 0.7 else h, dtype=np.float32)
    i = np.minimum(t.astype(int), len(stops) - 2)
    f = (t - i)[:, None]
    cols = np.asarray(stops, np.float32)
    ramp = cols[i] * (1 - f) + cols[i + 1] * f
    if ramp.shape[0] == w:
        return np.broadcast_to(ramp[None], (h, w, 3)).copy()
    return np.broadcast_to(ramp[:, None], (h, w, 3)).copy()


def _guilloche(
    rng: np.random.Generator, h: int, w: int, ppm: float, band: tuple[float, float] | None
) -> np.ndarray:
    """Interlaced sine waves across a band (y0, y1 in px) or a rosette of epitrochoids."""
    mask = np.zeros((h, w), np.uint8)
    thick = 1 if ppm < 12 else 2
    if band is not None:
        y0, y1 = band
        n = int(rng.integers(6, 16))
        lam = rng.uniform(4, 14) * ppm
        amp = (y1 - y0) / 2
        x = np.arange(0, w, 2, dtype=np.float32)
        for k in range(n):
            ph = 2 * math.pi * k / n
            mod = 1 + 0.3 * np.sin(x / (lam * rng.uniform(2.5, 4)) + ph)
            y = (y0 + y1) / 2 + amp * np.sin(2 * math.pi * x / lam + ph) * mod
            pts = np.stack([x, y], 1).astype(np.int32)
            cv2.polylines(mask, [pts], False, 255, thick, cv2.LINE_AA)
    else:
        cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
        big = rng.uniform(10, 25) * ppm
        lobes = int(rng.integers(7, 19))
        th = np.linspace(0, 2 * math.pi, 1400, dtype=np.float32)
        for k in range(int(rng.integers(6, 14))):
            ph = 2 * math.pi * k / 24
            r = big * (0.65 + 0.35 * np.sin(lobes * th + ph)) * (1 + 0.1 * np.cos(3 * th))
            pts = np.stack([cx + r * np.cos(th), cy + r * np.sin(th)], 1).astype(np.int32)
            cv2.polylines(mask, [pts], True, 255, thick, cv2.LINE_AA)
    return mask.astype(np.float32) / 255


def _text_mask(
    shape: tuple[int, int], items: list[tuple[float, float, str, str, float]]
) -> np.ndarray:
    """Coverage of texts: (x px, baseline px, text, page face, capital height px)."""
    im = Image.new("L", (shape[1], shape[0]), 0)
    d = ImageDraw.Draw(im)
    for x, y, text, face, cap in items:
        f = _font(face, max(5, round(cap / _cap_ratio(face))))
        d.text((x, y), text, font=f, fill=255, anchor="ls")
    return np.asarray(im, np.float32) / 255


LABELS = {
    "TD3": [
        "Type",
        "Code of issuing State",
        "Passport No.",
        "Surname",
        "Given names",
        "Nationality",
        "Date of birth",
        "Sex",
        "Place of birth",
        "Date of issue",
        "Date of expiry",
        "Authority",
    ],
    "card": [
        "Surname",
        "Given names",
        "Sex",
        "Nationality",
        "Date of birth",
        "Document No.",
        "Date of expiry",
    ],
    "visa": [
        "Valid from",
        "Until",
        "Type",
        "Number of entries",
        "Duration of stay",
        "Issued at",
        "Surname, Given names",
        "Passport number",
        "Remarks",
    ],
}
CJK_LABELS = {
    "TWN": "中華民國 護照 姓名 出生日期",
    "CHN": "中华人民共和国 护照 姓名",
    "JPN": "日本国 旅券 氏名 生年月日",
    "KOR": "대한민국 여권 성명 생년월일",
    "HKG": "香港特別行政區 護照",
    "MAC": "澳門特別行政區",
}


MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _human(lines: tuple[str, ...], fmt: str) -> dict[str, str]:
    """The page's printed data per label, from the MRZ (what the holder's page shows)."""
    lay = layout.layout(fmt)
    names = lay.field("names").of(lines).strip("<").split("<<", 1)
    sur = names[0].replace("<", " ")
    given = names[1].replace("<", " ").strip() if len(names) > 1 else ""

    def date(field: str) -> str:
        d = lay.field(field).of(lines)
        return f"{d[4:6]} {MONTHS[(int(d[2:4]) - 1) % 12]} {d[:2]}"

    number = lay.field("document_number").of(lines).rstrip("<")
    sex = lay.field("sex").of(lines).replace("<", "X")
    return {
        "Type": lay.field("document_code").of(lines).strip("<"),
        "Code of issuing State": lay.field("issuing_state").of(lines).strip("<"),
        "Passport No.": number,
        "Document No.": number,
        "Passport number": number,
        "Surname": sur or given,
        "Given names": given,
        "Surname, Given names": f"{sur}, {given}".strip(", "),
        "Nationality": lay.field("nationality").of(lines).strip("<"),
        "Date of birth": date("birth_date"),
        "Sex": sex,
        "Date of expiry": date("expiry_date"),
        "Until": date("expiry_date"),
    }


def _face_photo(rng: np.random.Generator, h: int, w: int) -> tuple[np.ndarray, np.ndarray]:
    """A portrait: background, head and shoulders (colour, coverage-free RGB)."""
    bg = np.array(_pastel(rng), np.float32) * rng.uniform(0.8, 1.0)
    img = np.ones((h, w, 3), np.float32) * bg
    skin = np.array(
        _one(rng, [(0.85, 0.68, 0.55), (0.7, 0.52, 0.38), (0.45, 0.32, 0.24), (0.9, 0.76, 0.64)]),
        np.float32,
    )
    hair = np.array(_one(rng, [(0.08, 0.06, 0.05), (0.3, 0.2, 0.1), (0.6, 0.5, 0.3)]), np.float32)
    m = np.zeros((h, w), np.uint8)
    cv2.ellipse(m, (w // 2, int(h * 1.05)), (int(w * 0.48), int(h * 0.3)), 0, 0, 360, 255, -1)
    img[m > 0] = np.array(
        _one(rng, [(0.15, 0.18, 0.3), (0.3, 0.3, 0.3), (0.9, 0.9, 0.92)]), np.float32
    )
    m[:] = 0
    cv2.ellipse(m, (w // 2, int(h * 0.42)), (int(w * 0.3), int(h * 0.3)), 0, 0, 360, 255, -1)
    img[m > 0] = hair
    m[:] = 0
    cv2.ellipse(m, (w // 2, int(h * 0.47)), (int(w * 0.24), int(h * 0.27)), 0, 0, 360, 255, -1)
    img[m > 0] = skin
    img = cv2.GaussianBlur(img, (0, 0), max(0.6, w / 90))
    return img, 1 - img.mean(2)


def _signature(
    rng: np.random.Generator, shape: tuple[int, int], x0: float, y0: float, span: float, ppm: float
) -> np.ndarray:
    mask = np.zeros(shape, np.uint8)
    n = int(rng.integers(40, 90))
    t = np.linspace(0, 1, n)
    x = x0 + span * t + rng.normal(0, span * 0.03, n).cumsum() * 0.2
    y = (
        y0
        + np.sin(t * rng.uniform(8, 20)) * ppm * rng.uniform(1.5, 4)
        + rng.normal(0, ppm * 0.3, n).cumsum() * 0.3
    )
    pts = np.stack([x, y], 1).astype(np.int32)
    cv2.polylines(
        mask, [pts], False, 255, max(1, round(ppm * rng.uniform(0.12, 0.22))), cv2.LINE_AA
    )
    return mask.astype(np.float32) / 255


def _stamp(
    rng: np.random.Generator,
    shape: tuple[int, int],
    cx: float,
    cy: float,
    r: float,
    ppm: float,
    today: dt.date,
) -> np.ndarray:
    """An entry stamp of radius `r` px: ring or box, a port name, a date, uneven ink;
    turned."""
    size = int(2.3 * r)
    im = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(im)
    c = size / 2
    wd = max(1, round(ppm * 0.3))
    if rng.random() < 0.5:
        d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=wd)
        d.ellipse((c - 0.8 * r, c - 0.8 * r, c + 0.8 * r, c + 0.8 * r), outline=255, width=wd)
    else:
        d.rectangle((c - r, c - 0.7 * r, c + r, c + 0.7 * r), outline=255, width=wd)
    port = _one(
        rng,
        [
            "TAOYUAN",
            "KAOHSIUNG",
            "SONGSHAN",
            "NARITA",
            "INCHEON",
            "CHANGI",
            "SUVARNABHUMI",
            "HEATHROW",
            "FRANKFURT",
            "SCHIPHOL",
        ],
    )
    date = (today - dt.timedelta(days=int(rng.integers(0, 900)))).strftime("%d %b %Y").upper()
    for text, dy, cap in (
        (_one(rng, ["ARRIVAL", "DEPARTURE", "ADMITTED", "入境"]), -0.35, 0.2),
        (date, 0.08, 0.22),
        (port, 0.45, 0.16),
    ):
        face = "cjk" if not text.isascii() else "sans-bold"
        f = _font(face, max(5, round(r * cap / _cap_ratio(face))))
        d.text((c, c + dy * r), text, font=f, fill=255, anchor="mm")
    a = np.asarray(im, np.float32) / 255
    a *= np.clip(0.75 + 0.6 * _smooth_noise(rng, size, size, 8), 0, 1)
    rot = cv2.getRotationMatrix2D((c, c), rng.uniform(-40, 40), 1.0)
    a = cv2.warpAffine(a, rot, (size, size))
    out = np.zeros(shape, np.float32)
    x0, y0 = int(cx - c), int(cy - c)
    xa, ya = max(0, x0), max(0, y0)
    xb, yb = min(shape[1], x0 + size), min(shape[0], y0 + size)
    if xb > xa and yb > ya:
        out[ya:yb, xa:xb] = a[ya - y0 : yb - y0, xa - x0 : xb - x0]
    return out


# How each printing process spreads or breaks the MRZ's ink, and its colour.
PROCESSES = {
    "laser": 0.34,
    "inkjet": 0.18,
    "engraved": 0.14,
    "thermal": 0.12,
    "dot-matrix": 0.1,
    "worn-ribbon": 0.12,
}


def _weight(mask: np.ndarray, delta: float, soft: float) -> np.ndarray:
    """Thicken (delta > 0) or thin the strokes by about `delta` px: the iso-line of the
    coverage blurred by `soft` px that lies `delta` px outside the stroke's edge."""
    soft = max(0.6, soft, abs(delta))
    b = cv2.GaussianBlur(mask, (0, 0), soft)
    t = float(np.clip(0.5 * math.erfc(delta / (soft * math.sqrt(2))), 0.15, 0.85))
    return np.clip((b - t) / 0.15 + 0.5, 0, 1)


def _print_mrz(
    rng: np.random.Generator, mask: np.ndarray, process: str, ppm: float, cap: float
) -> np.ndarray:
    if process == "laser":
        return _weight(mask, rng.uniform(-0.4, 0.6) * ppm / 10, 0.6)
    if process == "inkjet":
        m = _weight(mask, rng.uniform(0.2, 0.9) * ppm / 10, 1.0)
        rough = _smooth_noise(rng, *mask.shape, max(8, mask.shape[1] // 6))
        m = np.clip(m + 0.25 * rough * (m > 0.05), 0, 1)
        sat = (rng.random(mask.shape) < 0.002) & (cv2.GaussianBlur(mask, (0, 0), 2) > 0.1)
        return np.maximum(m, cv2.GaussianBlur(sat.astype(np.float32), (0, 0), 0.8) * 2.5)
    if process == "dot-matrix":
        pitch = max(1.6, cap / rng.uniform(11, 16))  # 24-pin: about 12 dots a capital
        h, w = mask.shape
        gh, gw = int(h / pitch), int(w / pitch)
        grid = cv2.resize(mask, (gw, gh), interpolation=cv2.INTER_AREA) > 0.35
        ys, xs = np.nonzero(grid)
        out = np.zeros_like(mask)
        rad = max(1, round(pitch * rng.uniform(0.45, 0.6)))
        for y, x in zip(ys, xs, strict=True):
            cv2.circle(
                out, (int((x + 0.5) * pitch), int((y + 0.5) * pitch)), rad, 1.0, -1, cv2.LINE_AA
            )
        return np.clip(cv2.GaussianBlur(out, (0, 0), 0.5), 0, 1)
    if process == "thermal":
        m = _weight(mask, rng.uniform(-0.2, 0.5) * ppm / 10, 0.7)
        rows = np.arange(mask.shape[0], dtype=np.float32)
        band = 0.82 + 0.18 * np.sin(rows / rng.uniform(3, 9) + rng.uniform(0, 6))
        m *= band[:, None]
        for _ in range(int(rng.integers(1, 3))):  # dead head elements: a white line
            y = int(rng.integers(0, mask.shape[0]))
            m[y : y + max(1, round(ppm * 0.08))] *= 0.1
        return m
    if process == "engraved":
        return _weight(mask, rng.uniform(-0.5, 0.1) * ppm / 10, 0.6)
    # worn ribbon: faded patches along the line
    m = _weight(mask, rng.uniform(-0.2, 0.3) * ppm / 10, 0.7)
    return m * np.clip(0.9 + 0.3 * _smooth_noise(rng, *mask.shape, 30), 0.72, 1)


def _page(
    rng: np.random.Generator,
    fmt: str,
    lines: tuple[str, ...],
    face: tuple[str, str, dict[tuple[int, str], str]],
    ppm: float,
    with_mrz: bool,
    state: str,
    today: dt.date,
) -> Page:
    notes: list[str] = []
    card = fmt in ("TD1", "TD2")
    size = {"TD3": (125, 88), "TD1": (85.6, 54.0), "TD2": (105, 74)}.get(fmt, (125, 88))
    w, h = round(size[0] * ppm), round(size[1] * ppm)
    paper = np.array(_pastel(rng), np.float32)
    rgb = _tint(rng, h, w) * 0.6 + paper * 0.4
    rgb *= (1 + 0.02 * _smooth_noise(rng, h, w, 40))[..., None]
    page = Page(
        rgb, np.full((h, w), rng.uniform(0.85, 0.95), np.float32), ppm, [], 0.0, 0.0, card, notes
    )
    # A visa sticker on a passport page: its own tint, a lighter border.
    if fmt in ("MRV-A", "MRV-B"):
        sw, sh = (120, 80) if fmt == "MRV-A" else (105, 74)
        x0, y0 = round((125 - sw) / 2 * ppm), round((88 - sh - 3) * ppm)
        sticker = _tint(rng, round(sh * ppm), round(sw * ppm))
        page.rgb[y0 : y0 + sticker.shape[0], x0 : x0 + sticker.shape[1]] = sticker * 0.97
        notes.append("visa sticker")
    # MRZ geometry (mm): last baseline 5-7 mm above the bottom edge, cells 2.54 mm.
    n_lines = 3 if fmt == "TD1" else 2
    width = {"TD3": 44, "MRV-A": 44, "TD1": 30}.get(fmt, 36)
    pitch = PITCH_MM * rng.uniform(0.975, 1.015)
    cap_mm = rng.uniform(2.05, 2.4)
    lead = rng.uniform(3.9, 4.6) if fmt != "TD1" else rng.uniform(3.6, 4.2)
    left = (size[0] - width * pitch) / 2 + rng.uniform(-1.2, 1.2)
    last = size[1] - rng.uniform(4.2, 6.5)
    base_y = [last - lead * (n_lines - 1 - i) for i in range(n_lines)]
    zone = ((base_y[0] - cap_mm - 1.5) * ppm, (base_y[-1] + 1.5) * ppm)
    # Security printing: guilloche bands (sometimes through the MRZ), a rosette.
    colour = np.array(_pastel(rng), np.float32) * rng.uniform(0.55, 0.8)
    for _ in range(int(rng.integers(1, 4))):
        y = rng.uniform(0.1, 0.7) * h
        g = _guilloche(rng, h, w, ppm, (y, y + rng.uniform(6, 16) * ppm))
        _put(page, g * rng.uniform(0.25, 0.6), tuple(colour), 0.05)
    if rng.random() < 0.55:
        g = _guilloche(rng, h, w, ppm, zone)
        _put(page, g * rng.uniform(0.15, 0.45), tuple(np.array(_pastel(rng)) * 0.7), 0.04)
        notes.append("guilloche over MRZ")
    if rng.random() < 0.7:
        _put(page, _guilloche(rng, h, w, ppm, None) * rng.uniform(0.2, 0.5), tuple(colour), 0.05)
    # Microprint rows: above the MRZ, or through it.
    micro = []
    word = state.strip("<") + " " + _one(rng, ["REPUBLIC", "PASSPORT", "SECURE", "ICAO"])
    rows_y = [zone[0] - rng.uniform(0.5, 2) * ppm]
    if rng.random() < 0.3:
        rows_y.append((zone[0] + zone[1]) / 2 + rng.uniform(-1, 1) * ppm)
        notes.append("microprint through MRZ")
    for y in rows_y:
        micro.append((0.0, y, (word + " ") * 60, "sans", rng.uniform(0.3, 0.55) * ppm))
    _put(page, _text_mask((h, w), micro) * rng.uniform(0.4, 0.8), tuple(colour * 0.8), 0.3)
    # Photo, ghost, labels and data.
    top = 4.0 if fmt in ("TD3", "MRV-A", "MRV-B") else 3.0
    ph_w = (30 if not card else 22) * ppm
    ph_h = ph_w * 1.28
    px0, py0 = round(rng.uniform(3, 7) * ppm), round((top + rng.uniform(4, 9)) * ppm)
    ph_h = min(ph_h, zone[0] - py0 - 2 * ppm)
    photo_on = with_mrz or rng.random() < 0.5
    if photo_on and ph_h > 10 * ppm:
        img, cover = _face_photo(rng, int(ph_h), int(ph_w))
        sl = np.s_[py0 : py0 + img.shape[0], px0 : px0 + img.shape[1]]
        page.rgb[sl] = img
        page.ir[sl] *= 1 - 0.5 * cover
        if rng.random() < 0.6:  # the ghost image, small and faint
            gw_, gh_ = int(ph_w * 0.45), int(ph_h * 0.45)
            gx, gy = int(w - gw_ - rng.uniform(4, 12) * ppm), int(py0 + ph_h * 0.3)
            ghost = cv2.resize(img.mean(2), (gw_, gh_))
            m = np.zeros((h, w), np.float32)
            m[gy : gy + gh_, gx : gx + gw_] = (1 - ghost) * 0.35
            _put(page, m, tuple(colour * 0.6), 0.1)
    human = _human(lines, fmt)
    labels = LABELS["card" if card else "visa" if fmt.startswith("MRV") else "TD3"]
    items: list[tuple[float, float, str, str, float]] = []
    data: list[tuple[float, float, str, str, float]] = []
    tx = px0 + ph_w + rng.uniform(4, 7) * ppm
    ty = py0 + 1.5 * ppm
    step = (zone[0] - ty - 2 * ppm) / max(4, len(labels) / 2 + 1)
    cap_l, cap_d = rng.uniform(0.9, 1.3) * ppm, rng.uniform(1.7, 2.4) * ppm
    for i, lab in enumerate(labels):
        col = i % 2
        x = tx + col * (w - tx) * 0.48
        y = ty + (i // 2) * step
        if y + cap_d + cap_l > zone[0] - ppm:
            break
        items.append((x, y, lab, "sans", cap_l))
        value = human.get(lab) or _one(
            rng,
            [
                "TAIPEI",
                "MINISTRY OF FOREIGN AFFAIRS",
                "MULTIPLE",
                "90 DAYS",
                "01 JAN 25",
                "-",
                "SEE PAGE 4",
            ],
        )
        room = int(((w - tx) * 0.46) / (cap_d * 0.95))  # characters the column holds
        data.append((x, y + cap_d + 0.8 * ppm, value[:room], "sans-bold", cap_d))
    title = _one(
        rng,
        {
            "TD3": ["PASSPORT", "PASSEPORT / PASSPORT", "REISEPASS"],
            "TD1": ["IDENTITY CARD", "RESIDENCE PERMIT", "RESIDENT CERTIFICATE"],
            "TD2": ["IDENTITY CARD", "RESIDENCE CARD"],
        }.get(fmt, ["VISA"]),
    )
    items.append(
        (tx, (top + 1.2) * ppm + cap_d, title + "  " + state.strip("<"), "serif", cap_d * 0.9)
    )
    _put(page, _text_mask((h, w), items), tuple(colour * 0.5), 0.2)
    _put(page, _text_mask((h, w), data), (0.1, 0.1, 0.12), 0.9)
    if state in CJK_LABELS:
        cjk = [(w * 0.55, (top + 1.2) * ppm + cap_d, CJK_LABELS[state], "cjk", cap_l * 1.3)]
        _put(page, _text_mask((h, w), cjk), tuple(colour * 0.5), 0.2)
    # The MRZ.
    if with_mrz:
        base, _kind, overrides = face
        cap_px = cap_mm * ppm
        pitch_px = pitch * ppm
        cell = max(4, round(pitch_px * rng.uniform(0.88, 0.98)))
        mask = np.zeros((h, w), np.float32)
        jit = rng.uniform(0.02, 0.09) * ppm  # per-glyph jitter, px
        for li, text in enumerate(lines):
            row: list[tuple[float, float]] = []
            by = base_y[li] * ppm + rng.normal(0, jit * 0.5)
            tilt = rng.normal(0, 0.0006)  # baseline slope of a misfed sheet
            for ci, ch in enumerate(text):
                x = left * ppm + ci * pitch_px
                y = by + tilt * (x - left * ppm)
                row.append((x + pitch_px / 2, y))
                if ch == " ":
                    continue
                fname = _cell_face(base.split("+")[0] if "+" in base else base, overrides, li, ch)
                g = _glyph(fname, ch, round(cap_px * rng.uniform(0.98, 1.02)), cell)
                gx = round(x + (pitch_px - cell) / 2 + rng.normal(0, jit))
                gy = round(y - 1.5 * g.shape[0] / 2 + rng.normal(0, jit))
                ya, xa = max(0, gy), max(0, gx)
                yb, xb = min(h, gy + g.shape[0]), min(w, gx + g.shape[1])
                mask[ya:yb, xa:xb] = np.maximum(
                    mask[ya:yb, xa:xb], g[ya - gy : yb - gy, xa - gx : xb - gx]
                )
            page.mrz_cells.append(row)
        process = _pick(rng, PROCESSES)
        if process == "engraved" and not card:
            process = "laser"
        notes.append(process)
        y0, y1 = int(max(0, zone[0])), int(min(h, zone[1] + ppm))
        mask[y0:y1] = _print_mrz(rng, mask[y0:y1], process, ppm, cap_px)
        ink = (
            (rng.uniform(0.28, 0.42),) * 3
            if process == "engraved"
            else (
                (rng.uniform(0.03, 0.14),) * 3 if process != "worn-ribbon" else (0.13, 0.13, 0.17)
            )
        )
        _put(page, mask, ink, 0.92)
        page.cap_px, page.pitch_px = cap_px, pitch_px
    # Signature and stamps, last: over whatever is there.
    if rng.random() < 0.7:
        over = rng.random() < 0.1
        sy = zone[0] + (zone[1] - zone[0]) * 0.4 if over else zone[0] - rng.uniform(3, 6) * ppm
        sig = _signature(rng, (h, w), tx, sy, rng.uniform(20, 40) * ppm, ppm)
        blue = rng.random() < 0.6
        _put(page, sig * 0.9, (0.15, 0.2, 0.6) if blue else (0.1, 0.1, 0.1), 0.1 if blue else 0.7)
        if over:
            notes.append("signature over MRZ")
    if not card and rng.random() < 0.35:
        over = rng.random() < 0.5
        r = rng.uniform(9, 15) * ppm
        # Over the MRZ, its ring crosses the lines and its words stay beside them (a
        # person still reads every character).
        side = rng.choice([-1.0, 1.0])
        mid = (zone[0] + zone[1]) / 2
        cy = mid + side * r * rng.uniform(0.95, 1.15) if over else rng.uniform(0.15, 0.5) * h
        st = _stamp(rng, (h, w), rng.uniform(0.2, 0.85) * w, cy, r, ppm, today)
        ink_c = _one(rng, [(0.45, 0.2, 0.6), (0.75, 0.15, 0.2), (0.15, 0.3, 0.7), (0.2, 0.5, 0.3)])
        _put(page, st * rng.uniform(0.4, 0.75), ink_c, 0.05)
        notes.append("stamp over MRZ" if over else "stamp")
    return page


# -- capture ---------------------------------------------------------------------------


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


def _project(H: np.ndarray, pts: np.ndarray) -> np.ndarray:
    p = np.c_[pts, np.ones(len(pts))] @ H.T
    return p[:, :2] / p[:, 2:3]


def _camera(rng: np.random.Generator, w: int, h: int, tilt: float, roll: float) -> np.ndarray:
    """Homography of a page w x h px seen by a pinhole camera, tilted `tilt` degrees out
    of plane about a random axis in the page and turned `roll` degrees."""
    axis = rng.uniform(0, 2 * math.pi)
    t = math.radians(tilt)
    ax = np.array([math.cos(axis), math.sin(axis), 0.0])
    rvec = ax * t
    R, _ = cv2.Rodrigues(rvec)
    Rz, _ = cv2.Rodrigues(np.array([0.0, 0.0, math.radians(roll)]))
    R = Rz @ R
    f = max(w, h) * rng.uniform(1.0, 1.8)
    centre = np.array([w / 2, h / 2])
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], float) - centre
    pts3 = np.c_[corners, np.zeros(4)] @ R.T + [0, 0, f * 1.1]
    proj = pts3[:, :2] / pts3[:, 2:3] * f
    return cv2.getPerspectiveTransform(
        (corners + centre).astype(np.float32), proj.astype(np.float32)
    )


def _cap_measure(page: Page, H: np.ndarray) -> float:
    """Mean capital height in px at both ends of the first and last MRZ lines."""
    hs = []
    for row in (page.mrz_cells[0], page.mrz_cells[-1]):
        for x, y in (row[0], row[-1]):
            a, b = _project(H, np.array([[x, y], [x, y - page.cap_px]]))
            hs.append(float(np.hypot(*(a - b))))
    return float(np.mean(hs))


def _mrz_corners(page: Page) -> np.ndarray:
    first, last = page.mrz_cells[0], page.mrz_cells[-1]
    half = page.pitch_px / 2
    return np.array(
        [
            [first[0][0] - half, first[0][1] - page.cap_px],
            [first[-1][0] + half, first[-1][1] - page.cap_px],
            [last[-1][0] + half, last[-1][1]],
            [last[0][0] - half, last[0][1]],
        ]
    )


def _page_corners(page: Page) -> np.ndarray:
    h, w = page.ir.shape
    return np.array([[0, 0], [w, 0], [w, h], [0, h]], float)


def _backdrop(rng: np.random.Generator, h: int, w: int, kind: str) -> np.ndarray:
    if kind == "reader":
        return np.full((h, w, 3), rng.uniform(0.02, 0.12), np.float32)
    if kind == "scan":
        return np.full((h, w, 3), rng.uniform(0.92, 1.0), np.float32)
    base = np.array(
        _one(
            rng,
            [
                (0.5, 0.36, 0.22),
                (0.28, 0.3, 0.33),
                (0.08, 0.08, 0.1),
                (0.65, 0.63, 0.6),
                (0.2, 0.25, 0.2),
            ],
        ),
        np.float32,
    )
    streaks = 0.06 * np.sin(np.linspace(0, rng.uniform(30, 140), w, dtype=np.float32))[None]
    return base * (1 + streaks + 0.08 * _smooth_noise(rng, h, w, 10))[..., None]


def _render(
    page: Page, ir: bool, H: np.ndarray, out_w: int, out_h: int, back: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The page warped by H over `back` (float RGB), card corners rounded, and the
    page's coverage of the picture."""
    src = np.repeat(page.ir[..., None], 3, 2) if ir else page.rgb
    scale = math.sqrt(abs(np.linalg.det(H[:2, :2]))) / max(1e-6, H[2, 2])
    if scale < 0.8:  # low-pass before shrinking, as a lens and sensor do
        src = cv2.GaussianBlur(src, (0, 0), 0.42 / scale)
    img = cv2.warpPerspective(src, H, (out_w, out_h), flags=cv2.INTER_LINEAR)
    h, w = page.ir.shape
    alpha = np.ones((h, w), np.float32)
    if page.card:
        r = int(3.2 * page.ppm)
        alpha[:] = 0
        cv2.rectangle(alpha, (r, 0), (w - r, h), 1.0, -1)
        cv2.rectangle(alpha, (0, r), (w, h - r), 1.0, -1)
        for cx, cy in ((r, r), (w - r, r), (r, h - r), (w - r, h - r)):
            cv2.circle(alpha, (cx, cy), r, 1.0, -1, cv2.LINE_AA)
    a = cv2.warpPerspective(alpha, H, (out_w, out_h), flags=cv2.INTER_LINEAR)[..., None]
    return img * a + back * (1 - a), a


def _illumination(rng: np.random.Generator, h: int, w: int, strength: float) -> np.ndarray:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
    d = np.hypot((xx - cx) / w, (yy - cy) / h)
    return (1 - strength * d / max(1e-6, float(d.max()))) * (1 + 0.05 * _smooth_noise(rng, h, w, 5))


def _glare(rng: np.random.Generator, img: np.ndarray, strength: float, on: np.ndarray) -> None:
    """A laminate's specular band: a soft diagonal stripe that washes the ink out, on
    the document only (`on`: its coverage in the picture)."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ang = rng.uniform(0, math.pi)
    d = (xx - rng.uniform(0.2, 0.8) * w) * math.cos(ang) + (yy - rng.uniform(0.2, 0.8) * h) * (
        math.sin(ang)
    )
    band = np.exp(-((d / (rng.uniform(0.03, 0.12) * max(h, w))) ** 2)) * strength
    img += (1 - img) * (band[..., None] * on)


def _hologram(rng: np.random.Generator, img: np.ndarray, quad: np.ndarray) -> None:
    """An iridescent overlay (hue bands across the laminate), often across the MRZ."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    k = rng.uniform(0.02, 0.08)
    phase = (xx * math.cos(1.1) + yy * math.sin(1.1)) * k
    rainbow = np.stack([np.sin(phase), np.sin(phase + 2.1), np.sin(phase + 4.2)], -1) * 0.5 + 0.5
    cx, cy = quad.mean(0) + rng.normal(0, 1, 2) * (np.ptp(quad[:, 0]) * 0.3, 20)
    rad = rng.uniform(0.15, 0.4) * max(h, w)
    m = np.exp(-(((xx - cx) / rad) ** 2 + ((yy - cy) / (rad * 0.6)) ** 2))
    a = (m * rng.uniform(0.12, 0.3))[..., None]
    img[:] = img * (1 - a) + (img * 0.5 + rainbow * 0.6) * a


def _blur(rng: np.random.Generator, img: np.ndarray, motion: float, defocus: float) -> np.ndarray:
    if motion > 0.5:
        k = math.ceil(motion) * 2 + 1
        ker = np.zeros((k, k), np.float32)
        ang = rng.uniform(0, math.pi)
        c = k // 2
        dx, dy = math.cos(ang) * motion, math.sin(ang) * motion
        cv2.line(
            ker, (round(c - dx), round(c - dy)), (round(c + dx), round(c + dy)), 1.0, 1, cv2.LINE_AA
        )
        img = cv2.filter2D(img, -1, ker / ker.sum())
    if defocus > 0.3:
        r = math.ceil(defocus)
        ker = np.zeros((2 * r + 1, 2 * r + 1), np.float32)
        cv2.circle(ker, (r, r), max(1, round(defocus)), 1.0, -1, cv2.LINE_AA)
        img = cv2.filter2D(img, -1, ker / ker.sum())
    return img


def _jpeg(img: np.ndarray, quality: int, grey: bool) -> bytes:
    u8 = np.clip(img * 255 + 0.5, 0, 255).astype(np.uint8)
    u8 = cv2.cvtColor(u8, cv2.COLOR_RGB2GRAY if grey else cv2.COLOR_RGB2BGR)
    ok, buf = cv2.imencode(".jpg", u8, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    assert ok
    return buf.tobytes()


def _fit(
    H: np.ndarray, keep: np.ndarray, scale: float, out_w: int, out_h: int, rng: np.random.Generator
) -> np.ndarray:
    """Scale H's picture by `scale` and shift it so that `keep` (the MRZ, or the page)
    lies inside out_w x out_h with a margin, placed at random where there is room."""
    S = np.diag([scale, scale, 1.0])
    H = S @ H
    pts = _project(H, keep)
    lo, hi = pts.min(0), pts.max(0)
    margin = 6.0
    tx = rng.uniform(margin - lo[0], max(margin - lo[0], out_w - margin - hi[0]))
    ty = rng.uniform(margin - lo[1], max(margin - lo[1], out_h - margin - hi[1]))
    return np.array([[1, 0, tx], [0, 1, ty], [0, 0, 1]]) @ H


def sample(seed: int, *, today: dt.date) -> Sample:
    """One picture and its printed MRZ (the truth) from `seed`."""
    rng = np.random.default_rng(seed)
    fmt, _composed, printed, valid = random_mrz(rng, today)
    capture = _pick(rng, CAPTURES)
    face = _face_plan(rng, len(printed))
    no_mrz = rng.random() < NO_MRZ_SHARE
    for name in (face[0].split("+")[0], *face[2].values(), *PAGE_FACES):
        face_path(name)  # every face this picture needs is there, before drawing
    lo, hi = CAP_PX[capture]
    cap_target = rng.uniform(lo, hi)
    dpi = rng.uniform(150, 300)
    state = layout.layout(fmt).field("issuing_state").of(printed)
    seen_ppm = dpi / 25.4 if capture in ("scan", "thumbnail") else cap_target / 2.2
    ppm = float(np.clip(seen_ppm * 1.6, 9, 19))
    page = _page(rng, fmt, printed, face, ppm, not no_mrz, state, today)
    notes = list(page.notes)
    h, w = page.ir.shape
    # Which view of the page: (homography to an intermediate picture, its size).
    ir = grey = False
    if no_mrz:
        # Where the MRZ would be stands in for measuring the scale.
        page.mrz_cells = [
            [(w * 0.05, h * 0.8), (w * 0.95, h * 0.8)],
            [(w * 0.05, h * 0.9), (w * 0.95, h * 0.9)],
        ]
        page.cap_px, page.pitch_px = 2.2 * ppm, 2.54 * ppm
    keep = _mrz_corners(page)
    # The view: a reader, a flatbed (scans, half the thumbnails) or a camera.
    if capture == "reader":
        view = "reader"
    elif capture == "scan" or (capture == "thumbnail" and rng.random() < 0.5):
        view = "scan"
    else:
        view = "camera"
    if view == "reader":
        ir = rng.random() < 0.35
        grey = ir or rng.random() < 0.3
        roll = rng.uniform(-1.5, 1.5)
        H = np.vstack([cv2.getRotationMatrix2D((w / 2, h / 2), roll, 1.0), [0, 0, 1]])
        s = cap_target / _cap_measure(page, H)
        spread = 1.9 if fmt == "TD3" else 1.15  # a passport shows its facing page above
        out_w = int(w * s + rng.uniform(30, 140))
        out_h = int(h * s * spread + rng.uniform(30, 120))
        H = _fit(H, _page_corners(page), s, out_w, out_h, rng)
        # The reader's glass holds the page against its lower edge.
        H[1, 2] += out_h - 8 - _project(H, _page_corners(page))[:, 1].max()
    elif view == "scan":
        roll = rng.uniform(-3, 3)
        H = np.vstack([cv2.getRotationMatrix2D((w / 2, h / 2), roll, 1.0), [0, 0, 1]])
        s = dpi / 25.4 / ppm
        out_w, out_h = int(w * s * 1.15 + 40), int(h * s * 1.15 + 40)
        H = _fit(H, _page_corners(page), s, out_w, out_h, rng)
        notes.append(f"scan {dpi:.0f} dpi")
        grey = rng.random() < 0.3
    else:
        tilt = rng.uniform(0, 25) if capture != "webcam" else rng.uniform(0, 12)
        roll = rng.uniform(-25, 25) if capture != "webcam" else rng.uniform(-8, 8)
        H = _camera(rng, w, h, tilt, roll)
        want = cap_target if capture != "thumbnail" else rng.uniform(13, 26)
        s = want / _cap_measure(page, H)
        pts = _project(H, _page_corners(page)) * s
        if capture == "webcam":
            out_w, out_h = WEBCAM_MODES[int(rng.integers(len(WEBCAM_MODES)))]
            mz = _project(H, keep) * s  # a webcam shows the whole MRZ: nearer, not cut
            s *= min(1.0, (out_w - 16) / np.ptp(mz[:, 0]), (out_h - 16) / np.ptp(mz[:, 1]))
            pts = _project(H, _page_corners(page)) * s
            whole = np.ptp(pts[:, 0]) < out_w - 12 and np.ptp(pts[:, 1]) < out_h - 12
            H = _fit(H, _page_corners(page) if whole else keep, s, out_w, out_h, rng)
        else:
            out_w = min(3400, int(np.ptp(pts[:, 0]) * rng.uniform(1.1, 1.5) + 20))
            out_h = min(3400, int(np.ptp(pts[:, 1]) * rng.uniform(1.1, 1.5) + 20))
            H = _fit(H, _page_corners(page), s, out_w, out_h, rng)
        notes.append(f"tilt {tilt:.0f} roll {roll:.0f}")
    back = _backdrop(rng, out_h, out_w, {"reader": "reader", "scan": "scan"}.get(view, "counter"))
    if view == "reader" and fmt == "TD3":  # the facing page above the data page
        pc = _project(H, _page_corners(page))
        y1, x0 = int(pc[:, 1].min()) - 4, max(0, int(pc[:, 0].min()))
        x1 = min(out_w, int(pc[:, 0].max()))
        y0 = max(0, y1 - int(h * s))
        if y1 > y0 and x1 > x0:
            tex = 1 + 0.03 * _smooth_noise(rng, y1 - y0, x1 - x0, 20)
            back[y0:y1, x0:x1] = np.array(_pastel(rng), np.float32) * tex[..., None]
    img, on = _render(page, ir, H, out_w, out_h, back)
    quad = _project(H, _mrz_corners(page))
    cap_px = _cap_measure(page, H)
    # Light, optics, sensor.
    if view == "reader":
        img *= _illumination(rng, out_h, out_w, rng.uniform(0.1, 0.35))[..., None]
        if rng.random() < 0.6:
            _glare(rng, img, rng.uniform(0.25, 0.55), on)
            notes.append("glare")
        if not ir and rng.random() < 0.55:
            _hologram(rng, img, quad)
            notes.append("hologram")
        img = _blur(rng, img, 0, rng.uniform(0, 1.0))
        noise = rng.uniform(0.005, 0.02)
        quality = int(rng.integers(75, 96))
        notes.append("infrared" if ir else "white light")
    elif view == "scan":
        grain = _smooth_noise(rng, out_h, out_w, max(out_w, out_h) // 3)
        img *= (1 + 0.02 * grain)[..., None]
        dust = (rng.random((out_h, out_w)) < 0.0004).astype(np.float32)
        img *= 1 - 0.7 * cv2.GaussianBlur(dust, (0, 0), 0.8)[..., None] * 3
        img = _blur(rng, img, 0, rng.uniform(0, 0.8))
        noise = rng.uniform(0.004, 0.015)
        quality = int(rng.integers(70, 96))
    else:
        low = rng.random() < 0.35
        light = rng.uniform(0.35, 0.6) if low else rng.uniform(0.75, 1.05)
        cast = np.array([rng.uniform(0.85, 1.1), 1.0, rng.uniform(0.8, 1.1)], np.float32)
        img *= _illumination(rng, out_h, out_w, rng.uniform(0.1, 0.5))[..., None] * light * cast
        if rng.random() < 0.3:
            _glare(rng, img, rng.uniform(0.2, 0.45), on)
            notes.append("glare")
        if rng.random() < 0.12:  # the laminate's hologram catches the phone's light
            _hologram(rng, img, quad)
            notes.append("hologram")
        motion = rng.uniform(0, cap_px * 0.12) if rng.random() < 0.4 else 0.0
        defocus = rng.uniform(0.3, cap_px * 0.1) if rng.random() < 0.4 else 0.0
        img = _blur(rng, img, motion, defocus)
        noise = rng.uniform(0.015, 0.045) if low else rng.uniform(0.006, 0.025)
        quality = int(rng.integers(40, 91)) if capture == "phone" else int(rng.integers(40, 71))
        notes += (
            ["low light"] * low
            + [f"motion {motion:.1f}"] * (motion > 0)
            + [f"defocus {defocus:.1f}"] * (defocus > 0)
        )
    img = img + rng.normal(0, noise, img.shape).astype(np.float32)
    img = np.clip(img, 0, 1)
    if capture == "thumbnail":
        target = rng.uniform(7, 12)
        f = target / cap_px
        tw, th = max(60, round(out_w * f)), max(40, round(out_h * f))
        img = cv2.resize(img, (tw, th), interpolation=cv2.INTER_AREA)
        fx, fy = tw / out_w, th / out_h
        quad = quad * [fx, fy]
        cap_px *= (fx + fy) / 2
        quality = int(rng.integers(60, 91))
    jpeg = _jpeg(img, quality, grey)
    notes.append(f"JPEG {quality}" + (" grey" if grey else ""))
    return Sample(
        seed=seed,
        jpeg=jpeg,
        lines=() if no_mrz else printed,
        valid=False if no_mrz else valid,
        format="none" if no_mrz else fmt,
        capture=capture,
        font=face[0],
        face_kind=face[1],
        cap_px=round(cap_px, 2),
        mrz_quad=() if no_mrz else tuple((round(float(x), 1), round(float(y), 1)) for x, y in quad),
        extras="; ".join(notes),
    )


def main() -> None:  # write a few pictures to look at: python -m bench.mrz_heldout10 N DIR
    import sys

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/heldout10")
    out.mkdir(parents=True, exist_ok=True)
    today = dt.date(2026, 11, 27)
    for seed in range(SEED, SEED + n):
        s = sample(seed, today=today)
        (out / f"{seed}.jpg").write_bytes(s.jpeg)
        print(seed, s.format, s.capture, s.font, s.cap_px, s.valid, s.extras, "|".join(s.lines))


if __name__ == "__main__":
    main()
