"""A ninth document-photo generator: issue 10's held-out set, scored once by the lead.

Written without running the OCR on any image it makes and without reading the OCR's
code or the other generators' renderers; its author looked at rendered images by eye so
that a person can read every MRZ character. It shares no code with the other generators
(only the project's ICAO `compose`/`parse` and `layout`). It pictures what a busy
international counter is handed, from many issuing states:

- content: TD3 passports 58 %, TD1 identity and residence cards 18 %, TD2 cards 8 %,
  MRV-A 10 % and MRV-B 6 % visas; about forty issuing states (East and South-East Asia,
  South Asia, the Gulf and the Levant, Europe, the Americas, Oceania), holders of another
  nationality on visas and residence cards. Names in each origin's romanisation: Pinyin,
  Wade-Giles with syllable given names, Cantonese, Revised and older Korean spellings,
  Hepburn, Vietnamese, long Thai surnames, Malay patronymics written whole, Indonesian
  and Indian single names (some with an empty primary identifier, `P<IND<<GIVEN`), Arabic
  names with their particles, Filipino, Spanish and Portuguese double surnames, German,
  Dutch, Polish and Nordic spellings; names that fill the field are shortened as ICAO
  9303 part 3 allows (later given names to initials) and then cut by `compose`.
  Document numbers follow each issuer's pattern (letters and digits mixed: `EA1234567`,
  `TK1234567`, `C01X00T47`, `18FV12345`, Belgian-like long TD1 numbers) and the optional
  data carries personal numbers rich in digits and letters (Taiwan IDs `A123456789`,
  Thai 13-digit IDs, Malaysian IC numbers, NRICs, Dutch BSNs, Swedish and Turkish
  numbers, control codes). One document in ten is printed with one check digit wrong
  (`valid` False: the truth is the printed lines, which ICAO says are invalid); about
  one picture in thirty shows a document page without an MRZ (`lines` empty, `format`
  "none"), where "no MRZ" is the right answer.
- print: OCR-B (`/usr/share/fonts/opentype/ocr-b/OCRB.otf`) in about nine documents in
  ten, with the variation real documents show: stroke weight from starved to bled, ink
  spread of an inkjet, a 24-pin dot-matrix printer's dots, a thermal printer's density
  banding and dead head elements, laser-engraved grey on cards, worn ribbons; each
  character jittered a little in its 2.54 mm cell. About one in ten is printed in a
  monospaced face no other part of the project uses: Hack (Regular, Bold), Cousine
  (Regular, Bold; fonts-croscore), mononoki and B612 Mono (see FACES; scripts/
  setup-system.sh installs their Debian packages). A missing face raises
  FileNotFoundError naming its package: nothing is silently substituted.
- page: a pastel paper with a rainbow (split-fountain) tint, guilloche bands and
  rosettes, some of them across the MRZ, microprint rows above or through the zone,
  labels and data in Arimo/Tinos (fonts-croscore), a photo and often its ghost image, the
  holder's signature (sometimes across the MRZ), entry stamps in dye inks near or over
  the MRZ; a passport in a reader shows its facing page. Inks that are not carbon fade
  in infrared.
- capture: (a) a full-page document reader in white or infrared light, square-on,
  uneven illumination, a laminate glare band and a holographic iridescent overlay,
  capitals 18-36 px; (b) a flatbed scan at 150-300 dpi, skewed up to 3 degrees, paper
  grain and dust, colour or grey, JPEG 70-95; (c) a phone photo over a counter, the page
  tilted up to 25 degrees (keystone), turned up to 25 degrees, motion blur or defocus,
  low-light noise, JPEG 40-90, capitals 14-32 px; (d) a counter webcam at 640x480 to
  1280x720, capitals 10-16 px, noise, colour cast, defocus, JPEG 40-70; (e) a thumbnail
  of a scan or photo with capitals 7-12 px, JPEG 60-90.

In seeds 1 900 000-1 900 199 (the scored set): TD3 108, TD1 39, MRV-A 18, MRV-B 16,
TD2 12, pages without an MRZ 7; 20 printed invalid; captures phone 71, reader 45 (16 in
infrared; 29 with laminate glare, 15 with a hologram), scan 35, webcam 28, thumbnail 21;
19 MRZs in a face other than OCR-B (Cousine 7, Hack 7, mononoki 3, B612 Mono 2); MRZ
printed by laser 77, engraving 35, thermal 26, inkjet 24, dot matrix 23, worn ribbon 8;
guilloche across the MRZ zone 105, a stamp near or over it 43, a signature over it 12;
low light 41, motion blur 36, defocus 38, JPEG below quality 50 21, grey JPEGs 27.
Capitals (mean of both ends of the first and last lines): reader 19-36 px, scan 15-29,
phone 14-32, webcam 10-16, thumbnail 7.7-12. Rendering takes 0.1-7 s a picture.

Deterministic per seed; seeds start at SEED = 1 900 000 (no other generator uses them).
`sample(seed, today=...)` returns a Sample: the JPEG, the printed lines, ICAO's verdict
on them, the format, the capture, the face, the capitals' height in px and the MRZ's
corners in the picture.
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

SEED = 1_900_000
FONT_DIR = Path("/usr/share/fonts")

# MRZ faces: file under FONT_DIR, Debian package, share of documents.
FACES: dict[str, tuple[str, str, float]] = {
    "ocrb": ("opentype/ocr-b/OCRB.otf", "fonts-ocr-b", 0.90),
    "hack": ("truetype/hack/Hack-Regular.ttf", "fonts-hack", 0.02),
    "hack-bold": ("truetype/hack/Hack-Bold.ttf", "fonts-hack", 0.015),
    "cousine": ("truetype/croscore/Cousine-Regular.ttf", "fonts-croscore", 0.02),
    "cousine-bold": ("truetype/croscore/Cousine-Bold.ttf", "fonts-croscore", 0.01),
    "mononoki": ("truetype/mononoki/mononoki-Regular.ttf", "fonts-mononoki", 0.02),
    "b612-mono": ("opentype/b612/B612Mono-Regular.otf", "fonts-b612", 0.015),
}
# The page's own text (labels, data, stamps, microprint): not MRZ faces.
PAGE_FACES: dict[str, tuple[str, str]] = {
    "sans": ("truetype/croscore/Arimo-Regular.ttf", "fonts-croscore"),
    "sans-bold": ("truetype/croscore/Arimo-Bold.ttf", "fonts-croscore"),
    "serif": ("truetype/croscore/Tinos-Regular.ttf", "fonts-croscore"),
}
PACKAGES = sorted({p for _, p, _ in FACES.values()} | {p for _, p in PAGE_FACES.values()})

FORMAT_SHARE = {"TD3": 0.58, "TD1": 0.18, "TD2": 0.08, "MRV-A": 0.10, "MRV-B": 0.06}
CAPTURES = {"reader": 0.24, "scan": 0.18, "phone": 0.30, "webcam": 0.16, "thumbnail": 0.12}
INVALID_SHARE = 0.10
NO_MRZ_SHARE = 0.03
PRINTS = {
    "laser": 0.38,
    "inkjet": 0.18,
    "engraved": 0.12,
    "dotmatrix": 0.12,
    "thermal": 0.12,
    "worn": 0.08,
}
WEBCAM_MODES = ((640, 480), (800, 600), (960, 720), (1280, 720))
CAP_PX = {  # capital heights each capture aims at (px, at the MRZ's centre)
    "reader": (18.0, 36.0),
    "scan": (12.0, 30.0),  # 150-300 dpi, 2.1-2.5 mm capitals
    "phone": (14.0, 32.0),
    "webcam": (10.0, 16.0),
    "thumbnail": (7.0, 12.0),
}
# Document sizes (width, height) in mm, ICAO 9303 parts 4-7.
SIZES = {
    "TD3": (125.0, 88.0),
    "TD1": (85.6, 54.0),
    "TD2": (105.0, 74.0),
    "MRV-A": (120.0, 80.0),
    "MRV-B": (105.0, 74.0),
}
PITCH_MM = 2.54  # 10 characters per inch

# -- who: states, names, numbers -------------------------------------------------------------

# Name pools by origin: surnames and given names, "|" between names, spaces between a
# name's components.
NAMES: dict[str, tuple[str, str]] = {
    "pinyin": (
        "ZHANG|WANG|LI|LIU|CHEN|YANG|HUANG|ZHAO|ZHOU|XU|SUN|ZHU|GUO|OUYANG|SIMA|ZHUGE|QIU|XIE",
        "WEI|XIAOMING|JIANGUO|YUQING|ZIHAN|XINYI|HAOYU|SHUFEN|LIQIANG|ZHIQIANG|YIXUAN|BO",
    ),
    "wadegiles": (
        "CHEN|LIN|HUANG|CHANG|LEE|WANG|WU|LIU|TSAI|YANG|HSU|CHENG|HSIEH|KUO|HUNG|"
        "TSENG|CHIU|LIAO|CHUANG|OU YANG",
        "CHIA HSIN|YU TING|CHIH WEI|SHU FEN|MEI LING|KUAN YU|PEI CHUN|TZU "
        "HSUAN|YI CHEN|CHUN HUNG|HSIAO WEN|CHING KUO",
    ),
    "cantonese": (
        "CHAN|WONG|LEUNG|CHEUNG|LAU|NG|HO|YEUNG|TSANG|FUNG",
        "TAI MAN|KA YAN|WING SZE|JOHNNY KA HO|SIU MING|HOI YAN|CHI KEUNG",
    ),
    "korean": (
        "KIM|LEE|PARK|CHOI|JUNG|KANG|CHO|YOON|JANG|LIM|HAN|SHIN|SEO|HWANG|NAMGOONG",
        "MINJUN|SEOYEON|JIHOON|HYUNWOO|YEJIN|SANG HOON|EUN JI|DONGHYUN|SOOBIN|YOUNG SOO",
    ),
    "japanese": (
        "SATO|SUZUKI|TAKAHASHI|TANAKA|WATANABE|ITO|YAMAMOTO|NAKAMURA|KOBAYASHI|YO"
        "SHIDA|YAMAGUCHI|MATSUMOTO|HASEGAWA|OGASAWARA",
        "HIROSHI|YUKIKO|KENTARO|MISAKI|SHOTARO|AYUMI|TAKUYA|NATSUKI|RYUNOSUKE|KYOKO",
    ),
    "vietnamese": (
        "NGUYEN|TRAN|LE|PHAM|HOANG|VU|DANG|BUI|DO|HO|NGO|DUONG",
        "THI MINH KHAI|VAN HUNG|THI THU HUONG|DUC ANH|NGOC LAN|QUANG VINH|THI BICH NGOC|MINH TUAN",
    ),
    "thai": (
        "SRISUWAN|WATTANAPONG|CHAROENSUK|KITTIKHUN|SUKSAWAT|RATTANAKOSIN|PHONGPHA"
        "NICH|JIRAPHATTHANAKUL|SAENGTHONG|THAMMASAKCHAI|WATTANASIRICHAIGOON",
        "SOMCHAI|SUPAPORN|NATTHAPHONG|KANYARAT|THANAWAT|PIMCHANOK|WORAWIT|CHANTHIRA",
    ),
    "indonesian": (
        "SANTOSO|WIJAYA|HALIM|SETIAWAN|NUGROHO|HIDAYAT|KUSUMA|SUPRIYADI|SUHARTO|PURNAMASARI",
        "BUDI|ANDREAS|SITI NURHALIZA|DEWI|AGUS|RINI ASTUTI|YOHANES",
    ),
    "malay": (
        "MUHAMMAD AFIQ BIN ABDUL RAHMAN|NUR AISYAH BINTI MOHD "
        "YUSOF|TAN|LIM|SUBRAMANIAM|AHMAD FAIZAL BIN ISMAIL|WONG",
        "WEI MING|RAJESH KUMAR A L|MEI LING|KAH WAI",
    ),
    "filipino": (
        "DELA CRUZ|SANTOS|REYES|GARCIA|BAUTISTA|MENDOZA|VILLANUEVA|MACAPAGAL",
        "MARIA CRISTINA|JOSE MIGUEL|JUAN PAOLO|MA CONCEPCION|MARK ANTHONY|ROSALINDA",
    ),
    "singapore": (
        "TAN|LIM|LEE|NG|ONG|GOH|KUMAR|ABDULLAH",
        "WEI JIE|HUI MIN|JUN HAO|SHU TING|ARJUN|NURUL HUDA",
    ),
    "indian": (
        "SHARMA|PATEL|REDDY|VENKATARAMAN|SINGH|IYER|CHATTERJEE|GOPALAKRISHNAN|KHAN",
        "PRIYA|RAVI SHANKAR|HARSHADKUMAR RAMESHBHAI|NAGA VENKATA SAI "
        "KRISHNA|ANJALI|MOHAMMED IRFAN|LAKSHMI",
    ),
    "arabic": (
        "ALSHAMMARI|AL QAHTANI|ABDELRAHMAN|EL SAYED|AL MAKTOUM|HADDAD|AL "
        "HASHEMI|BIN ZAYED|ABU GHAZALEH|EL MASRY",
        "ABDULLAH MOHAMMED SAEED|FAHAD NASSER|AHMED MOHAMED MAHMOUD|LAYLA|MOHAMED"
        " ABDEL FATTAH|NOURA|KHALID IBRAHIM|RASHID BIN SAEED",
    ),
    "german": (
        "MUELLER|SCHMIDT|SCHNEIDER|FISCHER|WEISS|KOEHLER|VON DER HEYDT|SCHULZE BERNDT|GRUENEWALD",
        "HANS PETER|JUERGEN|ANNA LENA|KLAUS DIETER|SOPHIE|MAXIMILIAN",
    ),
    "french": (
        "DUPONT|MARTIN|LEFEBVRE|DE LA FONTAINE|GIRARD|MOREAU|BONNET",
        "JEAN PHILIPPE|MARIE CLAIRE|THIBAULT|ELOISE|FRANCOIS XAVIER",
    ),
    "dutch": (
        "DE VRIES|VAN DEN BERG|JANSEN|VAN DER MEULEN|BAKKER|VAN OOSTERHOUT",
        "WILLEMIJN|JOHANNES CORNELIS|SANNE|PIETER JAN|MAARTJE",
    ),
    "iberian": (
        "GARCIA LOPEZ|FERNANDEZ DE CORDOBA|MARTINEZ|DA SILVA SANTOS|OLIVEIRA|DOS "
        "SANTOS PEREIRA DA CONCEICAO|RODRIGUEZ",
        "MARIA DEL CARMEN|JOSE LUIS|JOAO PEDRO|ANA BEATRIZ|LUCIA",
    ),
    "slavic": (
        "KOWALSKI|WISNIEWSKA|SZCZEPANSKI|BRZECZYSZCZYKIEWICZ|IVANOV|KUZNETSOVA|NOVAK|DVORAKOVA",
        "KRZYSZTOF|AGNIESZKA|ALEKSANDR|EKATERINA|JAN|ZOFIA",
    ),
    "nordic": (
        "JOHANSSON|ANDERSSON|NIEMINEN|VIRTANEN|HANSEN|SIGURDARDOTTIR",
        "ERIK|ASTRID|MIKKO JUHANI|INGRID|LARS OLOF",
    ),
    "anglo": (
        "SMITH|JONES|WILLIAMS|TAYLOR|GIBSON SMYTHE|OBRIEN|JOHNSON|MACDONALD|FITZGERALD",
        "JOHN|EMILY ROSE|MICHAEL JAMES|SARAH|OLIVER|CHARLOTTE ANNE",
    ),
    "turkish": (
        "YILMAZ|KAYA|DEMIR|OZTURK|CELIK|KARAHANOGLU",
        "MEHMET ALI|AYSE|MUSTAFA KEMAL|ELIF|EMRE",
    ),
}

# state: (origin of its citizens' names, document-number pattern, personal number pattern)
# Patterns: A a letter, 9 a digit, X a letter or digit, * an MRZ-alphabet run chosen at
# random (rich in look-alikes), literal letters kept; "" none.
STATES: dict[str, tuple[str, str, str]] = {
    "CHN": ("pinyin", "EA9999999", ""),
    "TWN": ("wadegiles", "399999999", "A199999999"),
    "HKG": ("cantonese", "K99999999", ""),
    "MAC": ("cantonese", "MA9999999", ""),
    "KOR": ("korean", "M99999999", "9999999"),
    "JPN": ("japanese", "TK9999999", ""),
    "VNM": ("vietnamese", "C9999999", ""),
    "THA": ("thai", "AA9999999", "9999999999999"),
    "IDN": ("indonesian", "X999999", ""),
    "MYS": ("malay", "A99999999", "999999999999"),
    "PHL": ("filipino", "P9999999A", ""),
    "SGP": ("singapore", "K9999999A", "S9999999A"),
    "IND": ("indian", "J9999999", ""),
    "SAU": ("arabic", "A999999", ""),
    "ARE": ("arabic", "999999999", "784999999999999"),
    "EGY": ("arabic", "A99999999", ""),
    "JOR": ("arabic", "Q999999", "9999999999"),
    "QAT": ("arabic", "99999999", ""),
    "TUR": ("turkish", "U99999999", "99999999999"),
    "DEU": ("german", "CXXXXXXXX", ""),
    "AUT": ("german", "P9999999", ""),
    "CHE": ("german", "X9999999", ""),
    "FRA": ("french", "99AA99999", ""),
    "BEL": ("french", "EA999999", "99999999999"),
    "NLD": ("dutch", "AAXXXXXX9", "999999999"),
    "ESP": ("iberian", "PAA999999", "99999999A"),
    "PRT": ("iberian", "A999999", ""),
    "ITA": ("iberian", "YA9999999", ""),
    "POL": ("slavic", "AA9999999", "99999999999"),
    "CZE": ("slavic", "99999999", "9999999999"),
    "RUS": ("slavic", "999999999", ""),
    "SWE": ("nordic", "99999999", "9999999999"),
    "FIN": ("nordic", "XP9999999", ""),
    "NOR": ("nordic", "99999999", ""),
    "GBR": ("anglo", "999999999", ""),
    "IRL": ("anglo", "PA9999999", ""),
    "USA": ("anglo", "A99999999", ""),
    "CAN": ("anglo", "AB999999", ""),
    "AUS": ("anglo", "PA9999999", ""),
    "NZL": ("anglo", "LA999999", ""),
    "BRA": ("iberian", "FX999999", ""),
    "MEX": ("iberian", "G99999999", ""),
}
# Where the states' citizens are drawn from at the counter (passports).
TRAVELLERS = {s: 1.0 for s in STATES} | {
    "TWN": 3.0,
    "CHN": 2.0,
    "KOR": 2.0,
    "JPN": 2.0,
    "USA": 2.0,
    "GBR": 1.5,
    "VNM": 1.5,
    "THA": 1.5,
    "IND": 1.5,
    "DEU": 1.5,
}
CARD_ISSUERS = (
    "DEU",
    "FRA",
    "NLD",
    "BEL",
    "ESP",
    "ITA",
    "PRT",
    "POL",
    "CZE",
    "SWE",
    "FIN",
    "CHE",
    "AUT",
    "TWN",
    "HKG",
    "MAC",
    "ARE",
    "TUR",
    "USA",
)
VISA_ISSUERS = (
    "USA",
    "GBR",
    "CAN",
    "AUS",
    "NZL",
    "JPN",
    "KOR",
    "TWN",
    "CHN",
    "IND",
    "DEU",
    "FRA",
    "ITA",
    "ESP",
    "NLD",
    "THA",
    "VNM",
    "SAU",
    "ARE",
    "RUS",
)
# Characters a random (look-alike rich) run draws from, with their weights.
_RUN = "0O1I5S8B2Z6GDQL" + "0123456789" + "ACEFHJKMNPRTUVWXY"
_RUN_W = np.array([3.0] * 15 + [2.0] * 10 + [1.0] * 17)
_RUN_W /= _RUN_W.sum()
_LETTERS = layout.LETTERS
_DIGITS = layout.DIGITS


def _pick(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _fill(rng: np.random.Generator, pattern: str) -> str:
    out = []
    for c in pattern:
        if c == "A":
            out.append(_LETTERS[int(rng.integers(26))])
        elif c == "9":
            out.append(_DIGITS[int(rng.integers(10))])
        elif c == "X":
            out.append(_RUN[int(rng.choice(len(_RUN), p=_RUN_W))])
        else:
            out.append(c)
    return "".join(out)


def _run(rng: np.random.Generator, n: int) -> str:
    return "".join(_RUN[int(i)] for i in rng.choice(len(_RUN), size=n, p=_RUN_W))


def name_parts(surname: str, given: str, width: int) -> tuple[str, str]:
    """Shorten names that do not fit `width` as ICAO 9303 part 3 allows: the last given
    names become initials, from the last, until the field fits; what still does not fit
    is cut by `compose` (never here)."""
    words = given.split()
    field = lambda g: len("<".join(surname.split())) + (2 + len("<".join(g)) if g else 0)  # noqa: E731
    i = len(words) - 1
    while field(words) > width and i >= 1:
        words[i] = words[i][0]
        i -= 1
    return surname, " ".join(words)


def _dates(rng: np.random.Generator, today: dt.date, fmt: str) -> tuple[dt.date, dt.date]:
    birth = today - dt.timedelta(days=int(rng.integers(18 * 365, 85 * 365)))
    if rng.random() < 0.12:  # children
        birth = today - dt.timedelta(days=int(rng.integers(200, 17 * 365)))
    years = 10 if fmt == "TD3" else (1 if fmt.startswith("MRV") else 5)
    span = years * 365
    expiry = today + dt.timedelta(days=int(rng.integers(-30, span)))
    return birth, expiry


def random_mrz(
    rng: np.random.Generator, today: dt.date
) -> tuple[str, tuple[str, ...], tuple[str, ...], bool]:
    """(format, lines compose made, lines as printed, ICAO's verdict on the printed)."""
    fmt = _pick(rng, FORMAT_SHARE)
    holder = _pick(rng, TRAVELLERS)
    if fmt == "TD3":
        state = holder
        code = _pick(rng, {"P": 0.9, "PD": 0.03, "PO": 0.04, "PS": 0.03})
    elif fmt in ("TD1", "TD2"):
        state = str(rng.choice(CARD_ISSUERS))
        if rng.random() < 0.6:  # a citizen's identity card; else a residence card
            holder = state
            code = _pick(rng, {"ID": 0.6, "I": 0.4})
        else:
            code = _pick(rng, {"IR": 0.4, "AR": 0.3, "C": 0.15, "IP": 0.15})
    else:
        state = str(rng.choice(VISA_ISSUERS))
        code = _pick(rng, {"V": 0.8, "VI": 0.1, "VT": 0.1})
    origin, _, personal = STATES[holder]
    surnames, givens = (x.split("|") for x in NAMES[origin])
    surname = str(rng.choice(surnames))
    given = str(rng.choice(givens))
    r = rng.random()
    if origin in ("indian", "indonesian") and r < 0.2:  # a single name
        surname, given = ("", given) if origin == "indian" else (surname, "")
    elif r < 0.15:  # a second given name
        given = given + " " + str(rng.choice(givens))
    names_width = layout.layout(fmt).field("names").length
    surname, given = name_parts(surname, given, names_width)

    number = _fill(rng, STATES[state][1])
    if rng.random() < 0.25:  # issuers that mix letters and digits anywhere
        number = _run(rng, int(rng.integers(7, 10)))
    lay = layout.layout(fmt)
    opt_name = "optional_data_1" if fmt == "TD1" else "optional_data"
    opt_len = lay.field(opt_name).length
    optional = ""
    opt2 = ""
    if fmt == "TD1" and rng.random() < 0.1:  # a long number continued in the optional data
        number = _fill(rng, "999999999") + _fill(rng, "999")
        opt_len -= 5
    if fmt in ("TD1", "TD2") and state != holder and rng.random() < 0.5:
        optional = _run(rng, int(rng.integers(3, opt_len + 1)))
    elif personal and rng.random() < 0.7:
        optional = _fill(rng, personal)[:opt_len]
    elif rng.random() < 0.25:
        optional = _run(rng, int(rng.integers(2, opt_len + 1)))
    if fmt == "TD1" and rng.random() < 0.4:
        opt2 = _run(rng, int(rng.integers(2, 12)))
    birth, expiry = _dates(rng, today, fmt)
    sex = _pick(rng, {"M": 0.49, "F": 0.49, "X": 0.02})
    composed = compose(
        fmt,
        document_code=code,
        issuing_state=state,
        surname=surname,
        given_names=given,
        document_number=number,
        nationality=holder,
        birth_date=birth,
        sex=sex,
        expiry_date=expiry,
        optional_data=optional,
        optional_data_2=opt2,
    )
    printed = composed
    if rng.random() < INVALID_SHARE:  # one check digit printed wrong
        digits = [c for c in lay.checks if composed[c.line][c.pos] in _DIGITS]
        c = digits[int(rng.integers(len(digits)))]
        old = int(composed[c.line][c.pos])
        new = str((old + int(rng.integers(1, 10))) % 10)
        ln = composed[c.line]
        printed = tuple(
            ln[: c.pos] + new + ln[c.pos + 1 :] if i == c.line else x
            for i, x in enumerate(composed)
        )
    return fmt, composed, printed, parse(printed, today=today).valid


# -- faces -----------------------------------------------------------------------------------


def face_path(name: str) -> Path:
    """The file of a face of FACES or PAGE_FACES; FileNotFoundError naming its Debian
    package when it is missing (a held-out set in another face is another set)."""
    rel, package = (FACES[name][0], FACES[name][1]) if name in FACES else PAGE_FACES[name]
    path = FONT_DIR / rel
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} is missing: install the Debian package {package} "
            "(scripts/setup-system.sh); mrz_heldout9 never substitutes a face"
        )
    return path


@cache
def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(face_path(name)), size)


@cache
def _cap_ratio(name: str) -> float:
    """Cap height of `name` per point of size (from the H glyph)."""
    box = _font(name, 200).getbbox("H")
    return (box[3] - box[1]) / 200.0


# -- the page --------------------------------------------------------------------------------


@dataclass
class Page:
    """A document page at `ppm` px per mm: colours (float RGB 0-1), what it looks like in
    infrared (float 0-1), its size in mm, the MRZ's box in mm (x0, y0, x1, y1)."""

    rgb: np.ndarray
    ir: np.ndarray
    ppm: float
    size: tuple[float, float]
    mrz: tuple[float, float, float, float] | None
    cap_mm: float
    notes: list[str]


def _ink(
    page: Page, mask: np.ndarray, colour: tuple[float, float, float], alpha: float, ir: float
) -> None:
    """Print `mask` (0-1) in `colour`: multiplies the paper. `ir`: how much of the ink
    absorbs infrared (carbon 1, dye inks ~0.05)."""
    rows = np.flatnonzero(mask.max(1) > 0)
    cols = np.flatnonzero(mask.max(0) > 0)
    if not rows.size:
        return
    box = np.s_[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]  # only where there is ink
    m = np.clip(mask[box], 0, 1).astype(np.float32) * alpha
    col = np.array(colour, np.float32)
    page.rgb[box] *= 1 - m[..., None] * (1 - col)
    page.ir[box] *= 1 - m * ir


def _hsv(h: np.ndarray, s: float, v: float) -> np.ndarray:
    """Hue (0-1 array) to RGB float."""
    k = (np.stack([h * 6 + 5, h * 6 + 3, h * 6 + 1], -1)) % 6
    return v - v * s * np.clip(np.minimum(k, 4 - k), 0, 1)


def _noise_field(rng: np.random.Generator, h: int, w: int, cells: int) -> np.ndarray:
    """Smooth noise in -1..1 over an h x w image with about `cells` blobs across."""
    gh, gw = max(2, int(cells * h / max(h, w)) + 2), max(2, cells + 2)
    g = rng.uniform(-1, 1, (gh, gw)).astype(np.float32)
    return cv2.resize(g, (w, h), interpolation=cv2.INTER_CUBIC)


def _text_mask(h: int, w: int) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    im = Image.new("L", (w, h), 0)
    return im, ImageDraw.Draw(im)


def _paper(rng: np.random.Generator, w_mm: float, h_mm: float, ppm: float) -> Page:
    w, h = round(w_mm * ppm), round(h_mm * ppm)
    hue = rng.uniform(0, 1)
    base = _hsv(np.array([hue]), rng.uniform(0.04, 0.16), rng.uniform(0.92, 0.99))[0]
    rgb = np.ones((h, w, 3), np.float32) * base.astype(np.float32)
    # Split-fountain rainbow tint across the page.
    xs = np.linspace(0, 1, w, dtype=np.float32)
    band = _hsv((hue + rng.uniform(0.2, 0.6) * xs) % 1.0, rng.uniform(0.05, 0.18), 1.0)
    rgb *= band[None, :, :].astype(np.float32)
    fib = _noise_field(rng, h, w, int(w_mm / 3)) * 0.015
    rgb *= (1 + fib)[..., None]
    ir = np.full((h, w), rng.uniform(0.85, 0.95), np.float32) * (1 + fib)
    return Page(rgb, ir, ppm, (w_mm, h_mm), None, 0.0, [])


def _guilloche(
    rng: np.random.Generator,
    page: Page,
    region: tuple[float, float, float, float],
    colour: tuple[float, float, float],
    alpha: float,
) -> None:
    """Interlaced sine bands (and sometimes a rosette) over `region` (mm)."""
    h, w = page.ir.shape
    m = np.zeros((h, w), np.uint8)
    p = page.ppm
    x0, y0, x1, y1 = region
    xs = np.linspace(x0, x1, max(20, int((x1 - x0) * 3)))
    lam1, lam2 = rng.uniform(6, 18), rng.uniform(20, 45)
    amp1, amp2 = rng.uniform(0.6, 2.5), rng.uniform(1, 4)
    n = int(rng.integers(8, 20))
    for k in range(n):
        yc = y0 + (y1 - y0) * (k + 0.5) / n
        ph = k * rng.uniform(0.2, 0.6)
        ys = (
            yc
            + amp1 * np.sin(2 * np.pi * xs / lam1 + ph)
            + amp2 * np.sin(2 * np.pi * xs / lam2 - ph)
        )
        pts = np.stack([xs * p, ys * p], 1).round().astype(np.int32)
        cv2.polylines(m, [pts], False, 255, 1, cv2.LINE_AA)
    if rng.random() < 0.5:  # a rosette
        cx, cy = rng.uniform(x0, x1), rng.uniform(y0, y1)
        r0 = rng.uniform(6, 16)
        lobes = int(rng.integers(7, 19))
        t = np.linspace(0, 2 * np.pi, 720)
        for j in range(int(rng.integers(6, 14))):
            r = r0 * (1 + 0.25 * np.sin(lobes * t + j * 0.35)) + j * 0.4
            pts = np.stack([(cx + r * np.cos(t)) * p, (cy + r * np.sin(t)) * p], 1)
            cv2.polylines(m, [pts.round().astype(np.int32)], True, 255, 1, cv2.LINE_AA)
    _ink(page, m.astype(np.float32) / 255, colour, alpha, 0.04)


def _put_text(
    page: Page,
    x_mm: float,
    y_mm: float,
    text: str,
    face: str,
    size_mm: float,
    colour: tuple[float, float, float],
    alpha: float = 0.9,
    ir: float = 0.6,
) -> None:
    h, w = page.ir.shape
    im, d = _text_mask(h, w)
    size = max(4, round(size_mm * page.ppm / max(_cap_ratio(face), 0.5)))
    d.text((x_mm * page.ppm, y_mm * page.ppm), text, font=_font(face, size), fill=255)
    _ink(page, np.asarray(im, np.float32) / 255, colour, alpha, ir)


def _photo(
    rng: np.random.Generator, page: Page, box: tuple[float, float, float, float], ghost: bool
) -> None:
    """A portrait: a lit background, head and shoulders in skin and clothing tones."""
    p = page.ppm
    x0, y0, x1, y1 = (round(v * p) for v in box)
    hh, ww = y1 - y0, x1 - x0
    yy, xx = np.mgrid[0:hh, 0:ww].astype(np.float32)
    bg = np.array(_hsv(np.array([rng.uniform(0.5, 0.65)]), 0.15, 0.85)[0], np.float32)
    img = np.ones((hh, ww, 3), np.float32) * bg
    skin = np.array(
        [rng.uniform(0.55, 0.9), rng.uniform(0.4, 0.7), rng.uniform(0.3, 0.55)], np.float32
    )
    head = ((xx - ww / 2) / (ww * 0.26)) ** 2 + ((yy - hh * 0.42) / (hh * 0.3)) ** 2 < 1
    body = ((xx - ww / 2) / (ww * 0.55)) ** 2 + ((yy - hh * 1.05) / (hh * 0.35)) ** 2 < 1
    hair = head & (yy < hh * 0.3)
    img[body] = rng.uniform(0.05, 0.5, 3).astype(np.float32)
    img[head] = skin
    img[hair] = rng.uniform(0.03, 0.25)
    img = cv2.GaussianBlur(img, (0, 0), max(0.6, p * 0.15))
    if ghost:
        img = 1 - (1 - img.mean(2, keepdims=True)) * 0.35
    page.rgb[y0:y1, x0:x1] *= img
    page.ir[y0:y1, x0:x1] *= 0.6 + 0.4 * img.mean(2)


def _signature(
    rng: np.random.Generator,
    page: Page,
    x_mm: float,
    y_mm: float,
    w_mm: float,
    colour: tuple[float, float, float],
) -> None:
    h, w = page.ir.shape
    m = np.zeros((h, w), np.uint8)
    t = np.linspace(0, 1, 300)
    loops = rng.uniform(3, 8)
    xs = x_mm + w_mm * t + rng.uniform(1, 3) * np.sin(2 * np.pi * loops * t)
    ys = y_mm + rng.uniform(1.5, 4) * np.sin(2 * np.pi * loops * t * rng.uniform(0.5, 1.6) + 1)
    ys += np.cumsum(rng.normal(0, 0.08, t.size))
    pts = np.stack([xs * page.ppm, ys * page.ppm], 1).round().astype(np.int32)
    cv2.polylines(m, [pts], False, 255, max(1, round(0.3 * page.ppm)), cv2.LINE_AA)
    _ink(page, m.astype(np.float32) / 255, colour, rng.uniform(0.6, 0.9), 0.1)


def _stamp(rng: np.random.Generator, page: Page, cx: float, cy: float) -> str:
    """An entry/exit stamp in a dye ink (gone in infrared), partly inked."""
    h, w = page.ir.shape
    p = page.ppm
    im, d = _text_mask(h, w)
    r = rng.uniform(9, 15)
    shape = rng.choice(["circle", "rect"])
    lw = max(1, round(0.45 * p))
    if shape == "circle":
        d.ellipse([(cx - r) * p, (cy - r) * p, (cx + r) * p, (cy + r) * p], outline=255, width=lw)
        d.ellipse(
            [(cx - r * 0.72) * p, (cy - r * 0.72) * p, (cx + r * 0.72) * p, (cy + r * 0.72) * p],
            outline=255,
            width=lw,
        )
    else:
        d.rounded_rectangle(
            [(cx - r * 1.3) * p, (cy - r * 0.8) * p, (cx + r * 1.3) * p, (cy + r * 0.8) * p],
            radius=round(2 * p),
            outline=255,
            width=lw,
        )
    f = _font("sans-bold", max(5, round(2.2 * p)))
    port = str(
        rng.choice(
            [
                "TAOYUAN",
                "KAOHSIUNG",
                "INCHEON",
                "NARITA",
                "CHANGI",
                "DUBAI",
                "FRANKFURT",
                "SCHIPHOL",
                "HEATHROW",
                "SUVARNABHUMI",
            ]
        )
    )
    day = f"{int(rng.integers(1, 29)):02d} {rng.choice(['JAN', 'MAR', 'JUN', 'SEP', 'NOV'])} 26"
    for i, s in enumerate((port, day, f"ADMITTED {int(rng.integers(10, 99))}")):
        d.text(((cx - r * 0.62) * p, (cy - r * 0.45 + i * 3) * p), s, font=f, fill=255)
    m = np.asarray(im, np.float32) / 255
    ang = rng.uniform(-30, 30)
    rot = cv2.getRotationMatrix2D((cx * p, cy * p), ang, 1.0)
    m = cv2.warpAffine(m, rot, (w, h))
    patchy = np.clip(0.55 + 0.6 * _noise_field(rng, h, w, 25), 0.1, 1)  # uneven inking
    colour = [(0.35, 0.2, 0.6), (0.75, 0.15, 0.2), (0.15, 0.3, 0.7), (0.2, 0.5, 0.3)]
    col = colour[int(rng.integers(len(colour)))]
    _ink(page, m * patchy, col, rng.uniform(0.35, 0.6), 0.05)
    return f"stamp {shape}"


def _microprint(
    rng: np.random.Generator,
    page: Page,
    x0: float,
    y: float,
    x1: float,
    word: str,
    colour: tuple[float, float, float],
    size_mm: float,
) -> None:
    n = int((x1 - x0) / (size_mm * 0.62 * len(word) + 0.3)) + 1
    _put_text(page, x0, y, (word + " ") * n, "sans", size_mm, colour, rng.uniform(0.4, 0.7), 0.05)


# -- the MRZ ---------------------------------------------------------------------------------


def _mrz_mask(
    rng: np.random.Generator,
    lines: tuple[str, ...],
    face: str,
    ppm: float,
    cap_mm: float,
    pitch_line: float,
    size: tuple[int, int],
    origin: tuple[float, float],
) -> np.ndarray:
    """The MRZ's characters (coverage 0-1) at `ppm`, rendered at 3x and reduced: each
    centred in its 2.54 mm cell with a small jitter, on a baseline that wanders a little."""
    ss = 3
    w, h = size
    ox, oy = origin
    # Only the band of the MRZ is rendered at 3x (the page would be tens of megapixels).
    b0 = max(0, int((oy - 2.0) * ppm))
    b1 = min(h, int((oy + (len(lines) - 1) * pitch_line + cap_mm + 2.0) * ppm) + 1)
    im = Image.new("L", (w * ss, (b1 - b0) * ss), 0)
    d = ImageDraw.Draw(im)
    cap_px = cap_mm * ppm * ss
    font = _font(face, max(6, round(cap_px / _cap_ratio(face))))
    top = font.getbbox("H")[1]
    for li, text in enumerate(lines):
        base_y = ((oy + li * pitch_line) * ppm - b0) * ss  # top of the capitals
        drift = rng.normal(0, 0.04) * ppm * ss
        for i, ch in enumerate(text):
            cx = (ox + (i + 0.5) * PITCH_MM) * ppm * ss + rng.normal(0, 0.05) * ppm * ss
            cy = base_y + drift * (i / len(text)) + rng.normal(0, 0.04) * ppm * ss
            adv = font.getlength(ch)
            d.text((cx - adv / 2, cy - top), ch, font=font, fill=255)
    band = np.asarray(im, np.float32) / 255
    out = np.zeros((h, w), np.float32)
    out[b0:b1] = cv2.resize(band, (w, b1 - b0), interpolation=cv2.INTER_AREA)
    return out


def _smoothstep(x: np.ndarray, a: float, b: float) -> np.ndarray:
    t = np.clip((x - a) / (b - a), 0, 1)
    return t * t * (3 - 2 * t)


def _print_process(
    rng: np.random.Generator, m: np.ndarray, kind: str, ppm: float, cap_mm: float
) -> tuple[np.ndarray, float, str]:
    """How the printer put the glyph coverage on paper: (ink coverage, ink darkness, note)."""
    px_mm = ppm
    if kind == "dotmatrix":  # 24-pin: round dots on a grid, glyphs sampled at the pins
        pitch = cap_mm * px_mm / rng.uniform(12, 16)
        h, w = m.shape
        ys = np.arange(pitch / 2, h, pitch).astype(int)
        xs = np.arange(pitch / 2, w, pitch * rng.uniform(0.5, 0.8)).astype(int)  # overlapping
        hits = m[np.ix_(ys, xs)] > 0.45
        dots = np.zeros((h * 2, w * 2), np.float32)
        yy, xx = np.nonzero(hits)
        dots[ys[yy] * 2, xs[xx] * 2] = 1.0
        rad = max(1, round(2 * pitch * rng.uniform(0.5, 0.7)))  # on the 2x grid
        disk = np.zeros((2 * rad + 1, 2 * rad + 1), np.float32)
        cv2.circle(disk, (rad, rad), rad, 1.0, -1, cv2.LINE_AA)
        out = np.clip(cv2.filter2D(dots, -1, disk), 0, 1)
        cov = cv2.resize(out, (w, h), interpolation=cv2.INTER_AREA)
        return cov, rng.uniform(0.72, 0.9), f"dot-matrix {pitch / px_mm:.2f} mm"
    sigma = max(0.4, 0.05 * px_mm)
    if kind == "inkjet":  # spread, bleed and a grainy density
        t = rng.uniform(0.2, 0.35)
        b = cv2.GaussianBlur(m, (0, 0), sigma * 1.5)
        cov = _smoothstep(b, t - 0.12, t + 0.12)
        cov = np.maximum(cov, 0.35 * cv2.GaussianBlur(m, (0, 0), sigma * 3))
        cov *= 1 - 0.15 * np.abs(_noise_field(rng, *m.shape, 60))
        return cov, rng.uniform(0.78, 0.92), f"inkjet spread {t:.2f}"
    if kind == "thermal":  # thin strokes, banding, dead head elements (white columns)
        t = rng.uniform(0.5, 0.62)
        b = cv2.GaussianBlur(m, (0, 0), sigma)
        cov = _smoothstep(b, t - 0.1, t + 0.1)
        band = 1 - 0.2 * (0.5 + 0.5 * np.sin(np.linspace(0, rng.uniform(8, 30), m.shape[0])))
        cov *= band[:, None]
        for _ in range(int(rng.integers(0, 3))):
            c = int(rng.integers(0, m.shape[1]))
            cov[:, c : c + 1] *= rng.uniform(0.3, 0.6)
        return cov, rng.uniform(0.65, 0.85), f"thermal {t:.2f}"
    if kind == "engraved":  # laser-engraved card: grey, slightly soft
        b = cv2.GaussianBlur(m, (0, 0), sigma * 1.2)
        cov = _smoothstep(b, 0.3, 0.6)
        return cov, rng.uniform(0.55, 0.75), "engraved"
    if kind == "worn":  # a tired ribbon: starved strokes, faint patches
        t = rng.uniform(0.55, 0.68)
        b = cv2.GaussianBlur(m, (0, 0), sigma)
        cov = _smoothstep(b, t - 0.1, t + 0.1)
        cov *= np.clip(0.8 + 0.25 * _noise_field(rng, *m.shape, 30), 0.55, 1)
        return cov, rng.uniform(0.55, 0.75), f"worn {t:.2f}"
    t = rng.uniform(0.35, 0.6)  # laser: crisp, weight from bold to light
    b = cv2.GaussianBlur(m, (0, 0), sigma * 0.8)
    return _smoothstep(b, t - 0.08, t + 0.08), rng.uniform(0.85, 0.97), f"laser {t:.2f}"


# -- layouts of the pages --------------------------------------------------------------------


def _page(
    rng: np.random.Generator, fmt: str, printed: tuple[str, ...], face: str, ppm: float, mrz: bool
) -> Page:
    """The document page of the holder of `printed`, its MRZ printed when `mrz` (a page
    without an MRZ shows the same holder)."""
    lines = printed if mrz else ()
    doc = parse(printed)
    state = doc.issuing_state or "UTO"
    doc_fmt = fmt
    w_mm, h_mm = SIZES[doc_fmt]
    page = _paper(rng, w_mm, h_mm, ppm)
    hue = rng.uniform(0, 1)
    ink_col = tuple(float(v) for v in _hsv(np.array([hue]), 0.55, 0.75)[0])
    tint = tuple(float(v) for v in _hsv(np.array([(hue + 0.3) % 1]), 0.35, 0.85)[0])
    n_lines = len(lines) if lines else (3 if doc_fmt == "TD1" else 2)
    cap_mm = rng.uniform(2.1, 2.5)
    pitch_line = rng.uniform(3.9, 4.4) if n_lines == 2 else rng.uniform(3.7, 4.1)
    width_chars = 30 if doc_fmt == "TD1" else (44 if doc_fmt in ("TD3", "MRV-A") else 36)
    mrz_w = width_chars * PITCH_MM
    mx = (w_mm - mrz_w) / 2 + rng.normal(0, 0.6)
    bottom = rng.uniform(3.5, 5.5)
    my = h_mm - bottom - (n_lines - 1) * pitch_line - cap_mm
    zone_top = my - rng.uniform(2.5, 4.5)
    # Security background: guilloche over the data area, some of it across the MRZ.
    mrz_guilloche = rng.random() < 0.45
    _guilloche(
        rng,
        page,
        (0, 0, w_mm, zone_top if not mrz_guilloche else h_mm),
        tint,
        rng.uniform(0.25, 0.55),
    )
    if mrz_guilloche:
        page.notes.append("guilloche over MRZ")
    if rng.random() < 0.5:
        _guilloche(rng, page, (w_mm * 0.3, 0, w_mm, zone_top), ink_col, rng.uniform(0.12, 0.25))
    # Header, labels, data.
    pf = "sans-bold"
    title = {
        "TD3": "PASSPORT",
        "TD1": "IDENTITY CARD",
        "TD2": "RESIDENCE PERMIT",
        "MRV-A": "VISA",
        "MRV-B": "VISA",
    }[doc_fmt]
    if not lines:
        title = str(
            rng.choice(
                [
                    "DRIVING LICENCE",
                    "ENTRY PERMIT",
                    "OBSERVATIONS",
                    "TRAVEL PERMIT",
                    "RESIDENT CARD",
                ]
            )
        )
    _put_text(page, 4, 3, f"{title}  {state}", pf, 2.6, ink_col, 0.9, 0.2)
    photo_w = w_mm * (0.26 if doc_fmt != "TD1" else 0.28)
    photo = (4.0, 9.0, 4.0 + photo_w, min(zone_top - 1, 9.0 + photo_w * 1.28))
    _photo(rng, page, photo, ghost=False)
    if rng.random() < 0.6 and photo[2] + photo_w * 0.5 + 4 < w_mm:
        gx = w_mm - photo_w * 0.55 - 3
        _photo(rng, page, (gx, 10, gx + photo_w * 0.45, 10 + photo_w * 0.58), ghost=True)
    fields = [
        ("Surname / Nom", doc.surname or "-"),
        ("Given names / Prenoms", doc.given_names or "-"),
        ("Nationality", doc.nationality or state),
        ("Date of birth", doc.birth_date or "-"),
        ("Document No.", doc.document_number or "-"),
    ]
    x = photo[2] + 3
    y = 9.0
    step = (zone_top - 10) / (len(fields) + 0.5)
    lab = tuple(float(v) * 0.8 for v in ink_col)
    for label, value in fields:
        if y + 3.5 > zone_top:
            break
        _put_text(page, x, y, label, "sans", 1.0, lab, 0.85, 0.1)
        _put_text(page, x, y + 1.5, str(value)[:28], "serif", 1.9, (0.1, 0.1, 0.12), 0.9, 0.9)
        y += step
    if rng.random() < 0.7:
        _signature(
            rng,
            page,
            x + rng.uniform(0, 10),
            zone_top - rng.uniform(2, 5),
            rng.uniform(20, 35),
            (0.1, 0.12, 0.35),
        )
    # Microprint: a row just above the MRZ, sometimes one through its line gap.
    word = f"{state}{state}SECURE"
    _microprint(rng, page, 2, zone_top + 0.3, w_mm - 2, word, ink_col, rng.uniform(0.45, 0.7))
    if n_lines and rng.random() < 0.3:
        _microprint(rng, page, 2, my + cap_mm + 0.5, w_mm - 2, word, tint, 0.5)
        page.notes.append("microprint in MRZ gap")
    if lines:
        h, w = page.ir.shape
        m = _mrz_mask(rng, lines, face, ppm, cap_mm, pitch_line, (w, h), (mx, my))
        kind = _pick(rng, PRINTS)
        if doc_fmt == "TD1" and rng.random() < 0.5:
            kind = "engraved"
        cov, dark, note = _print_process(rng, m, kind, ppm, cap_mm)
        ink = (0.08, 0.08, 0.1) if kind != "engraved" else (0.25, 0.25, 0.27)
        _ink(page, cov, ink, dark, 1.0)
        page.notes.append(note)
        page.mrz = (mx, my, mx + mrz_w, my + (len(lines) - 1) * pitch_line + cap_mm)
        page.cap_mm = cap_mm
    else:
        _put_text(page, 5, my, "NOT VALID FOR TRAVEL - SEE PAGE 3", "sans", 2.0, (0.15, 0.15, 0.2))
        page.cap_mm = cap_mm
    # Stamps and signatures that cross the MRZ.
    if rng.random() < 0.25:
        sx = rng.uniform(w_mm * 0.2, w_mm * 0.85)
        page.notes.append(_stamp(rng, page, sx, my + rng.uniform(-8, 2)))
    if rng.random() < 0.08:
        _signature(
            rng,
            page,
            rng.uniform(5, w_mm * 0.5),
            my - rng.uniform(0, 1.5),
            rng.uniform(15, 30),
            (0.1, 0.1, 0.4),
        )
        page.notes.append("signature over MRZ")
    np.clip(page.rgb, 0, 1, out=page.rgb)
    np.clip(page.ir, 0, 1, out=page.ir)
    return page


# -- captures --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    seed: int
    jpeg: bytes
    lines: tuple[str, ...]  # as printed; () for a page without an MRZ
    valid: bool  # ICAO 9303's verdict on the printed lines
    format: str  # "none" for a page without an MRZ
    capture: str
    font: str
    cap_px: float  # mean capital height at both ends of the MRZ's first and last lines
    mrz_quad: tuple[tuple[float, float], ...]  # MRZ corners in the picture (TL, TR, BR, BL)
    extras: str


def _background(rng: np.random.Generator, h: int, w: int, kind: str) -> np.ndarray:
    if kind == "reader":  # the reader's dark hood
        v = rng.uniform(0.04, 0.14)
        return np.full((h, w, 3), v, np.float32) * (1 + 0.3 * _noise_field(rng, h, w, 4))[..., None]
    if kind == "scan":  # the lid
        return np.full((h, w, 3), rng.uniform(0.9, 0.98), np.float32)
    base = rng.choice([(0.45, 0.3, 0.18), (0.3, 0.3, 0.32), (0.12, 0.12, 0.14), (0.6, 0.58, 0.55)])
    img = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    grain = np.sin(np.linspace(0, rng.uniform(40, 120), w))[None, :] * 0.04
    grain = grain + 0.05 * _noise_field(rng, h, w, 12)
    return img * (1 + grain)[..., None]


def _homography(corners_mm: np.ndarray, dst: np.ndarray) -> np.ndarray:
    return cv2.getPerspectiveTransform(corners_mm.astype(np.float32), dst.astype(np.float32))


def _project(H: np.ndarray, pts: np.ndarray) -> np.ndarray:
    return cv2.perspectiveTransform(pts.reshape(-1, 1, 2).astype(np.float64), H).reshape(-1, 2)


def _pose(
    rng: np.random.Generator,
    page: Page,
    out: tuple[int, int],
    cap_px: float,
    tilt_max: float,
    roll_max: float,
) -> np.ndarray:
    """Page mm -> picture px of a pinhole camera looking at the tilted, turned page, scaled
    so that the MRZ's capitals are `cap_px` high at its centre and placed so that the
    whole MRZ is in the picture."""
    w_mm, h_mm = page.size
    W, H = out
    tilt = rng.uniform(0, tilt_max)
    phi = rng.uniform(0, 2 * np.pi)
    ax, ay = math.radians(tilt * math.cos(phi)), math.radians(tilt * math.sin(phi))
    roll = math.radians(rng.uniform(-roll_max, roll_max))
    rx = np.array([[1, 0, 0], [0, math.cos(ax), -math.sin(ax)], [0, math.sin(ax), math.cos(ax)]])
    ry = np.array([[math.cos(ay), 0, math.sin(ay)], [0, 1, 0], [-math.sin(ay), 0, math.cos(ay)]])
    rz = np.array(
        [[math.cos(roll), -math.sin(roll), 0], [math.sin(roll), math.cos(roll), 0], [0, 0, 1]]
    )
    R = rz @ rx @ ry
    f = W * rng.uniform(0.8, 1.3)
    mrz = page.mrz or (5.0, h_mm - 14, w_mm - 5, h_mm - 5)
    cx, cy = (mrz[0] + mrz[2]) / 2, (mrz[1] + mrz[3]) / 2
    z = f * page.cap_mm / cap_px
    corners = np.array([[0, 0], [w_mm, 0], [w_mm, h_mm], [0, h_mm]], float)

    def proj(pts: np.ndarray, dist: float) -> np.ndarray:
        p3 = np.c_[pts[:, 0] - cx, pts[:, 1] - cy, np.zeros(len(pts))] @ R.T
        p3[:, 2] += dist
        return f * p3[:, :2] / p3[:, 2:3]

    box = np.array([[mrz[0], mrz[1]], [mrz[2], mrz[1]], [mrz[2], mrz[3]], [mrz[0], mrz[3]]])
    for _ in range(20):  # back off until the MRZ fits with a margin
        q = proj(box, z)
        span = q.max(0) - q.min(0)
        if span[0] < W * 0.9 and span[1] < H * 0.9:
            break
        z *= 1.1
    q = proj(box, z)
    lo, hi = q.min(0), q.max(0)
    # The document's centre near the picture's, then moved as little as keeps the whole
    # MRZ inside with a 4 % margin.
    centre = proj(np.array([[w_mm / 2, h_mm / 2]]), z)[0]
    tx = W * rng.uniform(0.35, 0.65) - centre[0]
    ty = H * rng.uniform(0.35, 0.65) - centre[1]
    mx, my = W * 0.04, H * 0.04
    tx = min(max(tx, mx - lo[0]), max(mx - lo[0], W - mx - hi[0]))
    ty = min(max(ty, my - lo[1]), max(my - lo[1], H - my - hi[1]))
    dst = proj(corners, z) + np.array([tx, ty])
    return _homography(corners, dst)


def _render(
    page: Page, H_mm: np.ndarray, out: tuple[int, int], bg: np.ndarray, ir: bool
) -> np.ndarray:
    """Warp the page into the picture through `H_mm` (page mm -> px), first reducing it
    with area averaging to about the scale it is seen at (no aliasing)."""
    W, H = out
    c = np.array([[page.size[0] / 2, page.size[1] / 2]])
    local = _project(H_mm, np.r_[c, c + np.array([[1.0, 0.0]]), c + np.array([[0.0, 1.0]])])
    seen = max(np.linalg.norm(local[1] - local[0]), np.linalg.norm(local[2] - local[0]))
    ppm = min(page.ppm, max(seen * 1.5, 2.0))
    src = np.dstack([page.ir] * 3) if ir else page.rgb
    if ppm < page.ppm:
        size = (round(page.size[0] * ppm), round(page.size[1] * ppm))
        src = cv2.resize(src, size, interpolation=cv2.INTER_AREA)
    sx, sy = src.shape[1] / page.size[0], src.shape[0] / page.size[1]
    H_px = H_mm @ np.diag([1 / sx, 1 / sy, 1.0])
    rgba = np.dstack([src, np.ones(src.shape[:2], np.float32)])
    warped = cv2.warpPerspective(
        rgba, H_px, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0
    )
    a = warped[..., 3:4]
    return warped[..., :3] * a + bg * (1 - a)


def _coverage(page: Page, H_mm: np.ndarray, out: tuple[int, int]) -> np.ndarray:
    """Where the page is in the picture (0-1)."""
    w_mm, h_mm = page.size
    ones = np.ones((max(2, round(h_mm)), max(2, round(w_mm))), np.float32)
    H_px = H_mm @ np.diag([w_mm / ones.shape[1], h_mm / ones.shape[0], 1.0])
    return cv2.warpPerspective(ones, H_px, out, flags=cv2.INTER_LINEAR)


def _light(rng: np.random.Generator, img: np.ndarray, strength: float) -> np.ndarray:
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    gx, gy = rng.uniform(-1, 1, 2) * strength
    field = 1 + gx * (xx / w - 0.5) + gy * (yy / h - 0.5)
    r2 = ((xx - w * rng.uniform(0.3, 0.7)) / w) ** 2 + ((yy - h * rng.uniform(0.3, 0.7)) / h) ** 2
    field *= 1 - strength * 0.6 * r2
    return img * field[..., None]


def _glare(rng: np.random.Generator, img: np.ndarray, peak: float) -> np.ndarray:
    """A specular band off the laminate."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ang = rng.uniform(0, np.pi)
    u = (xx - w * rng.uniform(0.2, 0.8)) * math.cos(ang) + (
        yy - h * rng.uniform(0.2, 0.8)
    ) * math.sin(ang)
    v = -(xx - w / 2) * math.sin(ang) + (yy - h / 2) * math.cos(ang)
    g = np.exp(-((u / (w * rng.uniform(0.03, 0.1))) ** 2) - (v / (w * 0.6)) ** 2) * peak
    return img + g[..., None] * (1.05 - img)


def _hologram(
    rng: np.random.Generator, img: np.ndarray, quad_mask: np.ndarray, alpha: float
) -> np.ndarray:
    """An iridescent laminate overlay: rainbow bands inside repeated emblems."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    k = rng.uniform(0.004, 0.012)
    hue = (k * (xx * rng.uniform(0.5, 1) + yy) + 0.15 * np.sin(xx * k * 4)) % 1
    col = _hsv(hue, 0.8, 1.0).astype(np.float32)
    period = rng.uniform(0.08, 0.2) * w
    emb = (np.sin(xx * 2 * np.pi / period) * np.sin(yy * 2 * np.pi / period) > 0.3).astype(
        np.float32
    )
    emb = cv2.GaussianBlur(emb, (0, 0), 2)
    a = (alpha * emb * quad_mask)[..., None]
    return img * (1 - a) + col * a


def _blur(rng: np.random.Generator, img: np.ndarray, motion: float, defocus: float) -> np.ndarray:
    if defocus > 0.3:
        r = max(1, round(defocus))
        k = np.zeros((2 * r + 1, 2 * r + 1), np.float32)
        cv2.circle(k, (r, r), r, 1.0, -1, cv2.LINE_AA)
        img = cv2.filter2D(img, -1, k / k.sum())
    if motion > 1.0:
        n = math.ceil(motion) | 1
        k = np.zeros((n, n), np.float32)
        k[n // 2, :] = 1
        rot = cv2.getRotationMatrix2D((n / 2 - 0.5, n / 2 - 0.5), rng.uniform(0, 180), 1.0)
        k = cv2.warpAffine(k, rot, (n, n))
        img = cv2.filter2D(img, -1, k / max(k.sum(), 1e-6))
    return img


def _sensor(rng: np.random.Generator, img: np.ndarray, sigma: float, gain: float) -> np.ndarray:
    """Low light: fewer photons (shot noise), read noise, then the camera's gain back up."""
    dark = np.clip(img, 0, 1) * gain
    shot = rng.normal(0, 1, img.shape).astype(np.float32) * np.sqrt(dark * 0.002 + sigma**2)
    chroma = rng.normal(0, sigma * 0.5, (*img.shape[:2], 1)).astype(np.float32)
    return (dark + shot + chroma) / gain


def _encode(img: np.ndarray, quality: int, grey: bool) -> bytes:
    u8 = np.clip(img * 255 + 0.5, 0, 255).astype(np.uint8)
    u8 = cv2.cvtColor(u8, cv2.COLOR_RGB2GRAY if grey else cv2.COLOR_RGB2BGR)
    ok, buf = cv2.imencode(".jpg", u8, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    assert ok
    return buf.tobytes()


def _cap_px(H: np.ndarray, page: Page, n_lines: int) -> float:
    """Mean capital height at both ends of the MRZ's first and last lines."""
    if page.mrz is None:
        return 0.0
    x0, y0, x1, y1 = page.mrz
    pts = []
    for y in (y0, y1 - page.cap_mm):
        for x in (x0 + 1.27, x1 - 1.27):
            pts += [[x, y], [x, y + page.cap_mm]]
    q = _project(H, np.array(pts))
    return float(np.mean(np.linalg.norm(q[1::2] - q[0::2], axis=1)))


def sample(seed: int, *, today: dt.date) -> Sample:
    """One picture and its printed MRZ (the truth) from `seed`."""
    rng = np.random.default_rng(seed)
    fmt, _composed, printed, valid = random_mrz(rng, today)
    capture = _pick(rng, CAPTURES)
    face = _pick(rng, {k: v[2] for k, v in FACES.items()})
    no_mrz = rng.random() < NO_MRZ_SHARE
    lines = () if no_mrz else printed
    valid = False if no_mrz else valid
    lo, hi = CAP_PX[capture]
    cap_target = rng.uniform(lo, hi)
    dpi = rng.uniform(150, 300)
    seen_ppm = dpi / 25.4 if capture == "scan" else cap_target / 2.3
    # The page is rendered at 1.5x the scale it will be seen at (8-18 px per mm).
    page = _page(rng, fmt, printed, face, float(np.clip(seen_ppm * 1.5, 8, 18)), not no_mrz)
    notes = list(page.notes)
    ir = False
    grey = False
    if capture == "reader":
        ir = rng.random() < 0.35
        grey = ir
        cap = cap_target
        s = cap / page.cap_mm
        W = round(page.size[0] * s + rng.uniform(40, 160))
        Hh = round(page.size[1] * s * (2.0 if fmt == "TD3" else 1.0) + rng.uniform(40, 160))
        ang = math.radians(rng.uniform(-1.5, 1.5))
        corners = np.array(
            [[0, 0], [page.size[0], 0], [page.size[0], page.size[1]], [0, page.size[1]]], float
        )
        c = corners @ np.array([[math.cos(ang), math.sin(ang)], [-math.sin(ang), math.cos(ang)]])
        dst = c * s + [W / 2 - page.size[0] * s / 2, Hh - page.size[1] * s - 20]
        Hm = _homography(corners, dst)
        img = _render(page, Hm, (W, Hh), _background(rng, Hh, W, "reader"), ir)
        if fmt == "TD3":  # the facing page of the open booklet, above
            up = Hm @ np.array([[1, 0, 0], [0, 1, -page.size[1]], [0, 0, 1]], float)
            facing = _paper(rng, *page.size, min(page.ppm, 8.0))
            _guilloche(rng, facing, (0, 0, *page.size), (0.6, 0.7, 0.8), 0.4)
            img = _render(facing, up, (W, Hh), img, ir)
        img = _light(rng, img, rng.uniform(0.2, 0.5))
        if rng.random() < 0.6:
            img = _glare(rng, img, rng.uniform(0.25, 0.55))
            notes.append("laminate glare")
        if not ir and rng.random() < 0.45:
            qm = _coverage(page, Hm, (W, Hh))
            img = _hologram(rng, img, qm, rng.uniform(0.06, 0.16))
            notes.append("hologram")
        img = _sensor(rng, img, rng.uniform(0.004, 0.012), 1.0)
        quality = int(rng.integers(75, 96))
        notes.append("infrared" if ir else "white light")
    elif capture in ("scan", "thumbnail"):
        s = dpi / 25.4 if capture == "scan" else cap_target / page.cap_mm
        if capture == "scan":
            notes.append(f"{dpi:.0f} dpi")
        margin = rng.uniform(4, 25) * s
        ang = math.radians(rng.uniform(-3, 3))
        W = round(page.size[0] * s + 2 * margin)
        Hh = round(page.size[1] * s + 2 * margin)
        corners = np.array(
            [[0, 0], [page.size[0], 0], [page.size[0], page.size[1]], [0, page.size[1]]], float
        )
        ctr = np.array(page.size) / 2
        rot = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]])
        dst = ((corners - ctr) @ rot.T) * s + [W / 2, Hh / 2]
        Hm = _homography(corners, dst)
        bg = _background(rng, Hh, W, "scan")
        grey = rng.random() < 0.3
        img = _render(page, Hm, (W, Hh), bg, False)
        img = img * (1 + 0.02 * _noise_field(rng, Hh, W, 80))[..., None]
        for _ in range(int(rng.integers(0, 12))):  # dust
            p = (int(rng.integers(0, W)), int(rng.integers(0, Hh)))
            cv2.circle(img, p, int(rng.integers(1, 3)), (0.2, 0.2, 0.2), -1, cv2.LINE_AA)
        img = _sensor(rng, img, rng.uniform(0.003, 0.01), 1.0)
        quality = int(rng.integers(70, 96))
        if capture == "thumbnail":
            img = _blur(rng, img, 0, rng.uniform(0, 0.8))
            quality = int(rng.integers(60, 91))
    else:  # phone, webcam
        if capture == "webcam":
            W, Hh = WEBCAM_MODES[int(rng.integers(len(WEBCAM_MODES)))]
            Hm = _pose(rng, page, (W, Hh), cap_target, 10.0, 8.0)
        else:
            W, Hh = [(1600, 1200), (2000, 1500), (1920, 1080), (1200, 1600), (1080, 1440)][
                int(rng.integers(5))
            ]
            Hm = _pose(rng, page, (W, Hh), cap_target, 25.0, 25.0 if rng.random() < 0.4 else 8.0)
        bg = _background(rng, Hh, W, "counter")
        img = _render(page, Hm, (W, Hh), bg, False)
        img = _light(rng, img, rng.uniform(0.2, 0.7))
        if rng.random() < 0.35:
            img = _glare(rng, img, rng.uniform(0.2, 0.5))
            notes.append("glare")
        low = rng.random() < (0.35 if capture == "phone" else 0.5)
        gain = rng.uniform(0.2, 0.45) if low else 1.0
        cast = rng.uniform(0.85, 1.12, 3).astype(np.float32)
        img = img * cast
        motion = rng.uniform(1, 6) if rng.random() < 0.35 else 0.0
        defocus = rng.uniform(0.5, 2.2) if rng.random() < 0.4 else 0.0
        if capture == "webcam":
            defocus = min(defocus, 1.2)
            motion = min(motion, 2.5)
        img = _blur(rng, img, motion * cap_target / 30, defocus * cap_target / 25)
        img = _sensor(rng, img, rng.uniform(0.006, 0.02), gain)
        if low:
            notes.append(f"low light x{gain:.2f}")
        if motion:
            notes.append(f"motion {motion:.1f}")
        if defocus:
            notes.append(f"defocus {defocus:.1f}")
        quality = int(rng.integers(40, 91) if capture == "phone" else rng.integers(40, 71))
    quad = (
        _project(
            Hm,
            np.array(
                [
                    [page.mrz[0], page.mrz[1]],
                    [page.mrz[2], page.mrz[1]],
                    [page.mrz[2], page.mrz[3]],
                    [page.mrz[0], page.mrz[3]],
                ]
            ),
        )
        if page.mrz
        else np.zeros((0, 2))
    )
    cap_px = _cap_px(Hm, page, len(lines))
    if capture == "thumbnail":
        notes.append("thumbnail")
    jpeg = _encode(img, quality, grey)
    notes.append(f"jpeg {quality}")
    return Sample(
        seed=seed,
        jpeg=jpeg,
        lines=lines,
        valid=valid,
        format=fmt if lines else "none",
        capture=capture,
        font=face,
        cap_px=round(cap_px, 2),
        mrz_quad=tuple((round(float(x), 2), round(float(y), 2)) for x, y in quad),
        extras="; ".join(notes),
    )
