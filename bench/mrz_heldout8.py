"""An eighth document-photo generator: issue 10's held-out set, scored once by the lead.

Written without running the OCR on any image it makes and without reading the OCR's
code; its author looked at rendered images by eye so that a person can read every MRZ
character. It shares no code with the earlier generators (only the project's ICAO
compose/parse) and pictures what a Taiwan airport or seaport counter is handed, under
capture conditions the earlier generators did not draw:

- content: TD3 passports 72 % (TWN, JPN, KOR, HKG, MAC, USA, GBR, PHL, VNM, THA, IDN,
  MYS, SGP, AUS, DEU, FRA, CAN, NZL, IND, NLD; no CHN: mainland visitors carry travel
  permits without an MRZ), TD1 cards 14 % (mostly Taiwan alien resident certificates
  held by migrant workers and spouses, then US passport cards, German, French and Dutch
  identity cards), airline crew member certificates and Romanian identity cards in TD2
  5 %, MRV-A 6 % and MRV-B 3 % visas (Taiwan's visas to Southeast Asian and Indian
  holders; US, British, Canadian, Australian visas to Taiwanese); names in each origin's
  usual romanisation
  (Wade-Giles with its syllable given names, Hepburn, Revised Romanisation and older
  Korean spellings, Vietnamese, long Thai surnames, Malay patronymics written whole,
  Indonesian single names, Filipino middle names, Cantonese with an English name, German
  transliterations) cut to the field as ICAO 9303 part 3 allows; 15 % printed with one
  check digit wrong (the truth is the printed lines; ICAO's verdict invalid);
- print: OCR-B (92 %, a few in its Sharp cut) or JetBrains Mono / Noto Sans Mono
  (Regular or Bold) centred in the 2.54 mm cell; printed by laser (crisp black), by a
  card engraver (grey, with a light emboss), or by a colour inkjet whose cyan, magenta
  and yellow layers are misregistered by a fraction of a stroke (colour fringes);
  backgrounds of fine line screens and microtext rows whose colour plates are out of
  register too;
- capture: (a) a full-page reader, square-on, capitals 25-40 px, in white light with a
  retroreflective laminate (a tiled emblem that lights up over the whole page, MRZ
  included) or as a grey infrared image (colour inks gone), laminate scratches;
  (b) a document camera over the counter, the page seen at 15-35 degrees (strong
  keystone), vignetting, a partial shadow with a soft edge (the officer's head or hand)
  across part of the MRZ, JPEG 45-80, capitals 16-30 px; (c) a phone photo of an open
  booklet or a held card: the page sinking 2-6 mm into the spine, its free edge curling
  up to 8 mm, bowed up to 7 mm across (cards 3), turned up to 30 degrees, motion blur,
  uneven light, a shadow on some, JPEG 22-60 (sometimes saved twice), capitals 14-30 px;
  (d) a counter webcam, 640x480 to 1280x720, capitals 11-16 px, defocus, vignetting,
  noise, JPEG 40-70; (e) a phone photo of a monitor showing a scan of the document:
  the screen's pixel grid beating with the sensor's (moire), capitals 17-26 px.

In seeds 1 800 000-1 800 199 (the scored set): TD3 155, TD1 27, TD2 8, MRV-A 5, MRV-B 5;
27 printed invalid; captures phone 69, document camera 43, reader 38 (11 infrared, 16
with the retroreflective laminate), webcam 31, monitor 19; 13 MRZs in a face other than
OCR-B; MRZ printed by laser 148, inkjet 27, engraving 25; 86 open booklets, 39 shadows
across the MRZ, 23 JPEGs below quality 40, 17 saved twice. Every capital is 11-40 px high
at both ends of the MRZ's first and last lines.

Deterministic per seed; seeds start at 1 800 000. `sample(seed, today=...)`.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop.documents import layout as lay_mod
from desktop.documents.mrz import compose, parse

SEED = 1_800_000
CELL_MM = 2.54  # ICAO 9303: ten characters per inch

_FONTS = Path("/usr/share/fonts")
FACES = {  # name: (file, share)
    "ocrb": (_FONTS / "opentype/ocr-b/OCRB.otf", 0.88),
    "ocrb-sharp": (_FONTS / "opentype/ocr-b/OCRBS.otf", 0.04),
    "jetbrains-mono": (_FONTS / "truetype/jetbrains-mono/JetBrainsMono-Regular.ttf", 0.025),
    "jetbrains-mono-bold": (_FONTS / "truetype/jetbrains-mono/JetBrainsMono-Bold.ttf", 0.015),
    "noto-sans-mono": (_FONTS / "truetype/noto/NotoSansMono-Regular.ttf", 0.025),
    "noto-sans-mono-bold": (_FONTS / "truetype/noto/NotoSansMono-Bold.ttf", 0.015),
}
LABEL_FONT = _FONTS / "truetype/dejavu/DejaVuSans.ttf"
VALUE_FONT = _FONTS / "truetype/dejavu/DejaVuSans-Bold.ttf"

FORMATS = {"TD3": 0.72, "TD1": 0.14, "TD2": 0.05, "MRV-A": 0.06, "MRV-B": 0.03}
CAPTURES = {"reader": 0.24, "doccam": 0.22, "phone": 0.30, "webcam": 0.16, "screen": 0.08}
PASSPORT_STATES = {
    "TWN": 0.22, "JPN": 0.09, "KOR": 0.08, "HKG": 0.05, "MAC": 0.02, "USA": 0.07,
    "GBR": 0.03, "PHL": 0.07, "VNM": 0.08, "THA": 0.05, "IDN": 0.06, "MYS": 0.05,
    "SGP": 0.03, "AUS": 0.02, "DEU": 0.02, "FRA": 0.015, "CAN": 0.015, "NZL": 0.01,
    "IND": 0.015, "NLD": 0.01,
}  # fmt: skip
# Cards: (state in the MRZ, document code) -> share. D<< is Germany's code.
CARDS = {("TWN", "IR"): 0.6, ("USA", "IP"): 0.12, ("D<<", "ID"): 0.1, ("FRA", "ID"): 0.09,
         ("NLD", "I<"): 0.09}  # fmt: skip
MIGRANTS = {"IDN": 0.3, "VNM": 0.3, "PHL": 0.22, "THA": 0.1, "JPN": 0.03, "USA": 0.03,
            "MYS": 0.02}  # fmt: skip
VISAS = {  # issuer -> holders
    "TWN": ("VNM", "IDN", "PHL", "THA", "IND"),
    "USA": ("TWN",), "GBR": ("TWN",), "CAN": ("TWN",), "AUS": ("TWN",),
}  # fmt: skip
VISA_ISSUERS = {"TWN": 0.6, "USA": 0.15, "GBR": 0.1, "CAN": 0.08, "AUS": 0.07}

# Document-number shapes: # a digit, A a letter, * a letter or digit, D one of Germany's
# (no vowels, no B D O Q S), others literal.
NUMBER_SHAPES = {
    "TWN": ("3########",), "JPN": ("TK#######", "TR#######", "MZ#######"),
    "KOR": ("M########", "M###A####"), "HKG": ("H########", "K########"),
    "MAC": ("MB#######",), "USA": ("5########", "A########"), "GBR": ("1########",),
    "PHL": ("P#######A", "EC#######"), "VNM": ("C#######", "P#######"),
    "THA": ("AA#######",), "IDN": ("A#######", "X#######"), "MYS": ("A########", "H########"),
    "SGP": ("K#######A", "E#######A"), "AUS": ("PA#######", "N#######"),
    "DEU": ("CDDDDDDDD",), "FRA": ("##AA#####",), "CAN": ("AA######",), "NZL": ("LA######",),
    "IND": ("A#######",), "NLD": ("NW*****#*",),
}  # fmt: skip


def _split(s: str) -> list[str]:
    return s.split()


# (surnames, given names) by origin, in MRZ letters; spaces separate name components.
NAMES = {
    "TWN": (_split("CHEN LIN HUANG CHANG LI WANG WU LIU TSAI YANG HSU CHENG HSIEH KUO HUNG "
                   "TSENG CHIU LIAO LAI CHOU YEH SU CHUANG LU CHIANG HO KAO LO CHIEN PENG "
                   "CHAO TSOU KUNG HSUEH WEI SHEN CHI"),
            ["CHIH WEI", "YI CHUN", "CHUN CHIEH", "HSIAO LING", "CHIEN HUNG", "YA TING",
             "TSUNG HAN", "PO YU", "HSIN YI", "CHING WEN", "KAI HSIANG", "SHIH CHIEH",
             "MEI LING", "CHE YU", "YU HSUAN", "CHIA JUNG", "WEN HSIN", "TING"]),
    "JPN": (_split("SATO SUZUKI TAKAHASHI WATANABE NAKAMURA KOBAYASHI KATO YOSHIDA YAMAMOTO "
                   "MORI OHNO SAITO HASEGAWA ISHIKAWA MATSUDA NISHIMURA"),
            _split("HARUTO YUI SOTA MIO KENTARO AYAKA DAISUKE NATSUMI RYOSUKE TOMOKO YUSUKE")),
    "KOR": (_split("KIM LEE PARK CHOI JUNG KANG YOON JANG LIM OH SEO KWON HWANG SONG"),
            ["MINJUN", "SEOYEON", "DOYUN", "JI HOON", "SEO YEON", "HYEJIN", "SUNGMIN",
             "YOUNG HO", "EUNBI", "JAEWON"]),
    "VNM": (_split("NGUYEN TRAN LE PHAM HUYNH VO DANG BUI DO TRUONG LY NGO"),
            ["VAN THANH", "THI LAN", "DUC ANH", "THI THU TRANG", "HOANG LONG", "NGOC ANH",
             "MINH KHOA", "THI KIM NGAN", "VAN HAI"]),
    "THA": (_split("SAETANG RATTANAPONG JIRAPHATTHANAKUL SRISUK THAMMASAT CHAROENPHOL "
                   "PANYAWONG WATTANASIRICHAIGOON ANGKHANAWIN PHROMPHAN"),
            _split("SOMCHAI NATTHAWUT PIMCHANOK SUPHAT THANAPORN APINYA KRITSADA WANIDA")),
    "IDN": (_split("PRATAMA SANTOSO WIJAYA SAPUTRA HIDAYAT KURNIAWAN SETIAWAN"),
            ["RIZKY", "BUDI", "DEWI LESTARI", "SRI WAHYUNI", "AHMAD FAUZI", "PUTRI AYU"]),
    "PHL": ([*_split("SANTOS BAUTISTA AQUINO GARCIA RAMOS NAVARRO TORRES FLORES"), "DELOS SANTOS"],
            ["MARIA CRISTINA", "JUAN CARLOS", "KRISTINE JOY", "RONALDO", "JENNIFER",
             "MARK JOSEPH", "RICA MAE"]),
    "HKG": (_split("CHAN WONG LEUNG CHEUNG LAU LEE CHOW NG HO TSE YIP MAK"),
            ["KA MING", "WAI YIN", "CHUN KIT", "PUI SHAN", "HO YIN KELVIN", "SUET YING",
             "TSZ HIN JASON"]),
    "MAC": (["CHEONG", "LEI", "WONG", "SOU", "VONG", "FERNANDES", "DA ROSA"],
            ["IAO MAN", "KIN HOU", "SOI LENG", "ANA CRISTINA", "CHI KIN"]),
    "SGP": (_split("TAN LIM LEE NG ONG WONG GOH CHUA KOH TEO"),
            ["JUN WEI", "HUI MIN", "KAI XIANG", "WEI LING", "ZHI HONG"]),
    "IND": (_split("SHARMA PATEL SINGH GUPTA MENON RAO KRISHNAN"),
            ["PRIYA", "ARJUN", "LAKSHMI NARAYANAN", "ROHIT KUMAR", "ANANYA"]),
    "DEU": (["MUELLER", "SCHAEFER", "GROSSMANN", "WEISS", "BECKER", "ZIMMERMANN",
             "VON DER HEYDE"],
            ["FELIX", "JUERGEN", "KARL HEINZ", "LENA MARIE", "SOEREN", "ULRIKE"]),
    "FRA": (["DUBOIS", "LEFEBVRE", "MOREAU", "FONTAINE", "DE LA FONTAINE", "GIRARD"],
            ["JEAN PIERRE", "MARIE CLAIRE", "THEO", "CAMILLE", "ANNE SOPHIE"]),
    "NLD": (["DE JONG", "JANSEN", "VAN DIJK", "BAKKER", "VAN DER MEER"],
            ["DAAN", "SANNE", "PIETER JAN", "LOTTE"]),
    "ROU": (["POPESCU", "IONESCU", "POPA", "DUMITRU", "STAN", "CONSTANTINESCU"],
            ["ANDREI", "MARIA", "ELENA", "MIHAI", "IOANA ALEXANDRA", "GHEORGHE"]),
    "ANG": (["JOHNSON", "MILLER", "DAVIS", "THOMPSON", "OBRIEN", "MCDONALD", "PATEL",
             "SMITH JONES", "NGUYEN", "WALKER", "CAMPBELL"],
            ["MICHAEL ALLEN", "SARAH ELIZABETH", "CHRISTOPHER JAMES", "EMMA", "DAVID LEE",
             "OLIVIA GRACE", "BENJAMIN", "JESSICA ANNE"]),
}  # fmt: skip
MALAY = {"BIN": ["MUHAMMAD HAFIZ", "AHMAD ZAKI", "MOHD FAIZAL"],
         "BINTI": ["NUR AISYAH", "SITI NURHALIZA", "FARAH AQILAH"]}  # fmt: skip
MALAY_FATHERS = ["ABDUL RAHMAN", "ISMAIL", "OTHMAN", "YUSOF", "HAMZAH"]
MYS_CHINESE = (_split("TAN LIM WONG LEE CHONG"), ["BOON HOCK", "MEI LING", "WEI KEAT"])
INDONESIAN_ONE = ["SUSILAWATI", "SURYADI", "HARTONO", "WAHYUNI", "SUPARMAN", "BAMBANG SUTRISNO"]
# Letters drawn more often where letters and digits meet: a reader must not confuse them.
LOOKALIKES = "OIZSBGDQ"


@dataclass(frozen=True)
class Sample:
    seed: int
    jpeg: bytes
    lines: tuple[str, ...]  # as printed: what a reader must return
    valid: bool  # ICAO 9303's verdict on the printed lines
    format: str
    capture: str  # reader, doccam, phone, webcam, screen
    font: str
    cap_px: float  # MRZ capital height in the image at the MRZ's centre
    mrz_quad: tuple[tuple[float, float], ...]  # MRZ corners in the image (TL, TR, BR, BL)
    extras: str  # what else the picture holds


# -- the MRZ ------------------------------------------------------------------------------


def _pick(rng: np.random.Generator, shares: dict) -> object:  # type: ignore[type-arg]
    keys = list(shares)
    p = np.asarray(list(shares.values()), float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _any(rng: np.random.Generator, seq: list[str] | tuple[str, ...] | str) -> str:
    return seq[int(rng.integers(len(seq)))]


def _number(rng: np.random.Generator, shape: str) -> str:
    out = []
    for c in shape:
        if c == "#":
            out.append(_any(rng, lay_mod.DIGITS))
        elif c == "D":
            out.append(_any(rng, "CFGHJKLMNPRTVWXYZ0123456789"))
        elif c == "A" or (c == "*" and rng.random() < 0.5):
            pool = LOOKALIKES if rng.random() < 0.4 else lay_mod.LETTERS
            out.append(_any(rng, pool))
        elif c == "*":
            out.append(_any(rng, lay_mod.DIGITS))
        else:
            out.append(c)
    return "".join(out)


def holder_name(rng: np.random.Generator, nation: str) -> tuple[list[str], list[str]]:
    """(primary identifier's components, secondary identifier's components)."""
    if nation == "MYS":
        if rng.random() < 0.55:  # a Malay name with its patronymic, all primary
            link = "BIN" if rng.random() < 0.5 else "BINTI"
            given, father = _any(rng, MALAY[link]), _any(rng, MALAY_FATHERS)
            return [*given.split(), link, *father.split()], []
        return _any(rng, MYS_CHINESE[0]).split(), _any(rng, MYS_CHINESE[1]).split()
    if nation == "IDN" and rng.random() < 0.45:
        return _any(rng, INDONESIAN_ONE).split(), []
    origin = nation if nation in NAMES else "ANG"
    if nation == "D<<":
        origin = "DEU"
    surnames, givens = NAMES[origin]
    primary, secondary = _any(rng, surnames).split(), _any(rng, givens).split()
    if origin == "PHL" and rng.random() < 0.7:  # the mother's surname as a middle name
        secondary += _any(rng, surnames).split()
    if origin == "ANG" and rng.random() < 0.2:  # a second given name
        secondary += _any(rng, [g for g in givens if g.split() != secondary]).split()
    return primary, secondary


def name_field(primary: list[str], secondary: list[str], width: int) -> str:
    """9303-3's truncation: later secondary components become initials (last first),
    then the field is cut, never ending in a filler."""
    sec = list(secondary)

    def joined() -> str:
        return "<".join(primary) + ("<<" + "<".join(sec) if sec else "")

    k = len(sec) - 1
    while len(joined()) > width and k > 0:
        sec[k] = sec[k][0]
        k -= 1
    text = joined()
    if len(text) > width:
        text = text[:width].rstrip("<")
    return text.ljust(width, "<")


def _optional(rng: np.random.Generator, state: str, fmt: str) -> str:
    if fmt == "TD3":
        if state == "TWN" and rng.random() < 0.9:  # the national identification number
            return _any(rng, lay_mod.LETTERS) + _any(rng, "12") + _number(rng, "########")
        if state == "THA" and rng.random() < 0.8:
            return _number(rng, "#############")
        if state == "MYS":
            return (
                _number(rng, "######") + _any(rng, ("01", "08", "10", "14")) + _number(rng, "####")
            )
        if state == "KOR" and rng.random() < 0.6:
            return _number(rng, "#######")
        if state == "HKG":
            return _number(rng, "A######*")
        if state == "NLD":
            return _number(rng, "#########")
        return _number(rng, "*" * int(rng.integers(5, 11))) if rng.random() < 0.15 else ""
    if fmt == "TD1":
        if state == "TWN":  # the resident's unified ID number: a letter, 8 or 9, 8 digits
            return _any(rng, lay_mod.LETTERS) + _any(rng, "89") + _number(rng, "########")
        return _number(rng, "*******") if rng.random() < 0.3 else ""
    if fmt == "TD2":
        return _number(rng, "AA####") if rng.random() < 0.5 else ""
    return _number(rng, "A#######") if rng.random() < 0.5 else ""


def _misprint(rng: np.random.Generator, fmt: str, lines: tuple[str, ...]) -> tuple[str, ...]:
    """The lines with one check digit printed wrong (any of the format's checks)."""
    checks = [c for c in lay_mod.layout(fmt).checks if lines[c.line][c.pos].isdigit()]
    c = checks[int(rng.integers(len(checks)))]
    old = lines[c.line][c.pos]
    new = str((int(old) + int(rng.integers(1, 10))) % 10)
    out = list(lines)
    out[c.line] = out[c.line][: c.pos] + new + out[c.line][c.pos + 1 :]
    return tuple(out)


def random_mrz(
    rng: np.random.Generator, today: dt.date
) -> tuple[str, tuple[str, ...], tuple[str, ...], bool]:
    """(format, composed lines, printed lines, ICAO 9303's verdict on the printed lines)."""
    fmt = str(_pick(rng, FORMATS))
    if fmt == "TD3":
        state = nation = str(_pick(rng, PASSPORT_STATES))
        code = "P<" if rng.random() < 0.95 else _any(rng, ("PO", "PD"))
        number = _number(rng, _any(rng, NUMBER_SHAPES[state]))
    elif fmt == "TD1":
        state, code = _pick(rng, CARDS)  # type: ignore[misc]
        if state == "TWN":
            nation = str(_pick(rng, MIGRANTS))
            number = _number(rng, "AA#######")
        elif state == "USA":
            nation, number = "USA", _number(rng, "C########")
        elif state == "D<<":
            nation, number = "D<<", _number(rng, "LDDDDDDDD")
        elif state == "FRA":
            nation, number = "FRA", _number(rng, "*********")
        else:
            nation, number = "NLD", _number(rng, "AA*****#*")
    elif fmt == "TD2":
        if rng.random() < 0.7:  # an airline crew member certificate
            state, code = "TWN", "AC"
            nation = "TWN" if rng.random() < 0.6 else str(_pick(rng, MIGRANTS))
            number = _number(rng, "CA######")
        else:  # a Romanian identity card, the TD2 cards still in use in Europe
            state = nation = "ROU"
            code = "ID"
            number = _number(rng, "AA######")
    else:
        state = str(_pick(rng, VISA_ISSUERS))
        nation = _any(rng, VISAS[state])
        code = "V<" if rng.random() < 0.8 else _any(rng, ("VS", "VR"))
        number = _number(rng, "A########" if state in ("TWN", "USA") else "0#######")
    primary, secondary = holder_name(rng, nation)
    names = name_field(primary, secondary, lay_mod.layout(fmt).field("names").length)
    birth = today - dt.timedelta(days=int(rng.integers(2 * 365, 80 * 365)))
    expiry = today + dt.timedelta(days=int(rng.integers(20, 10 * 365)))
    sex = "X" if rng.random() < 0.01 else _any(rng, "MF")
    composed = compose(
        fmt,
        document_code=code,
        issuing_state=state,
        surname=names.rstrip("<"),  # the field as cut above; compose keeps it whole
        given_names="",
        document_number=number,
        nationality=nation,
        birth_date=birth,
        sex=sex,
        expiry_date=expiry,
        optional_data=_optional(rng, state, fmt),
        optional_data_2=_number(rng, "****") if fmt == "TD1" and rng.random() < 0.15 else "",
    )
    printed = _misprint(rng, fmt, composed) if rng.random() < 0.15 else composed
    return fmt, composed, printed, parse(printed, today=today).valid


# -- the page, drawn at r px per mm ----------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), max(4, size))


def _cap_font(path: Path, cap_px: float) -> ImageFont.FreeTypeFont:
    """The face at the size whose capital H is `cap_px` high."""
    probe = _font(path, 400)
    top, bottom = probe.getbbox("H")[1::2]
    return _font(path, round(400 * cap_px / (bottom - top)))


@dataclass
class Page:
    colour: np.ndarray  # RGB float32 0-1, what white light shows
    carbon: np.ndarray  # float32 0-1 coverage of carbon inks (IR shows only these)
    r: float  # px per mm
    mrz: tuple[float, float, float, float]  # mm: x0, top of line 1's capitals, x1, last baseline
    cap_mm: float
    spine: float | None  # mm: the booklet's spine (a horizontal line), if any
    doc: tuple[float, float, float, float]  # mm: the document's (or data page's) box
    notes: list[str]
    sheen: np.ndarray | None = None  # light the laminate adds over everything (0-1)


SIZES = {"TD3": (125.0, 88.0), "TD1": (85.6, 54.0), "TD2": (105.0, 74.0)}


def _line_screen(h: int, w: int, r: float, rng: np.random.Generator) -> np.ndarray:
    """A security line screen: fine parallel lines whose spacing swells in a relief
    pattern, with a row of microtext every few mm (coverage 0-1)."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32) / r  # mm
    a = rng.uniform(-0.7, 0.7)
    t = xx * np.sin(a) + yy * np.cos(a)
    bump = np.sin(xx / rng.uniform(9, 20)) * np.cos(yy / rng.uniform(7, 15))
    period = rng.uniform(0.45, 0.8)
    phase = 2 * np.pi * (t / period + rng.uniform(0.6, 1.6) * bump)
    width = max(0.08, 0.5 / r)  # a hairline, at least half a pixel
    lines = np.clip((np.cos(phase) - (1 - 2 * width / period)) * period / (2 * width), 0, 1)
    return lines.astype(np.float32)


def _microtext(h: int, w: int, r: float, text: str, rng: np.random.Generator) -> np.ndarray:
    img = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(img)
    font = _font(LABEL_FONT, max(5, round(0.7 * r)))
    step = rng.uniform(3.0, 5.0) * r
    row = (text + " ") * (1 + int(w / max(1.0, d.textlength(text + " ", font=font))))
    for k in range(int(h / step) + 1):
        d.text((-(k * 7 % 40) * r / 10, k * step), row, font=font, fill=255)
    return np.asarray(img, np.float32) / 255


def _multiply(img: np.ndarray, cover: np.ndarray, ink: tuple[float, float, float]) -> None:
    """Print `ink` where `cover` (0-1) is: inks multiply what is under them."""
    for ch in range(3):
        img[..., ch] *= 1 - cover * (1 - ink[ch])


def _shift(m: np.ndarray, dx: float, dy: float) -> np.ndarray:
    hm = np.float32([[1, 0, dx], [0, 1, dy]])
    return cv2.warpAffine(m, hm, (m.shape[1], m.shape[0]), flags=cv2.INTER_LINEAR)


def _portrait(h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    """A head and shoulders, carbon-grey as a laser-printed portrait is (coverage)."""
    img = np.full((h, w), rng.uniform(0.05, 0.2), np.float32)
    skin, hair, coat = rng.uniform(0.25, 0.55), rng.uniform(0.7, 0.95), rng.uniform(0.5, 0.9)
    cv2.ellipse(img, (w // 2, int(h * 1.02)), (int(w * 0.47), int(h * 0.3)), 0, 0, 360, coat, -1)
    cv2.ellipse(img, (w // 2, int(h * 0.42)), (int(w * 0.27), int(h * 0.31)), 0, 0, 360, hair, -1)
    cv2.ellipse(img, (w // 2, int(h * 0.48)), (int(w * 0.22), int(h * 0.27)), 0, 0, 360, skin, -1)
    return cv2.GaussianBlur(img, (0, 0), max(0.5, w / 80))


def _viz_rows(fmt: str, lines: tuple[str, ...]) -> list[tuple[str, str]]:
    lay = lay_mod.layout(fmt)

    def field(name: str) -> str:
        return lay.field(name).of(lines).replace("<", " ").strip()

    names = [*lay.field("names").of(lines).split("<<", 1), ""]
    return [
        ("Surname / Nom", names[0].replace("<", " ")),
        ("Given names / Prenoms", names[1].replace("<", " ").strip()),
        ("Nationality", field("nationality")),
        ("Date of birth", field("birth_date")),
        ("Sex", field("sex")),
        ("Document No.", field("document_number")),
        ("Date of expiry", field("expiry_date")),
        ("Authority", field("issuing_state")),
    ]


def _mrz_cover(
    shape: tuple[int, int],
    lines: tuple[str, ...],
    face: str,
    origin: tuple[float, float],
    cap: float,
    cell: float,
    line_step: float,
) -> np.ndarray:
    """The MRZ's coverage: each character centred in its cell, lines line_step apart;
    origin is the first cell's left edge and line 1's capital top (px)."""
    img = Image.new("L", (shape[1], shape[0]), 0)
    d = ImageDraw.Draw(img)
    font = _cap_font(FACES[face][0], cap)
    top = font.getbbox("H")[1]
    for i, line in enumerate(lines):
        y = origin[1] + i * line_step - top
        for j, c in enumerate(line):
            x = origin[0] + j * cell + (cell - font.getlength(c)) / 2
            d.text((x, y), c, font=font, fill=255)
    return np.asarray(img, np.float32) / 255


def _retroreflective(h: int, w: int, r: float, rng: np.random.Generator) -> np.ndarray:
    """A retroreflective laminate's tiled emblem (what coaxial light shows): rings and a
    word repeated on a diagonal lattice (0-1)."""
    tile_mm = rng.uniform(14, 22)
    t = max(8, round(tile_mm * r))
    tile = Image.new("L", (t, t), 0)
    d = ImageDraw.Draw(tile)
    lw = max(1, round(0.25 * r))
    d.ellipse((0.2 * t, 0.2 * t, 0.8 * t, 0.8 * t), outline=255, width=lw)
    d.ellipse((0.32 * t, 0.32 * t, 0.68 * t, 0.68 * t), outline=255, width=lw)
    word = _any(rng, ("SECURE", "VALID", "ROC", "GENUINE"))
    f = _font(VALUE_FONT, max(5, round(1.6 * r)))
    d.text(((t - d.textlength(word, font=f)) / 2, 0.84 * t), word, font=f, fill=255)
    tile_a = np.asarray(tile, np.float32) / 255
    reps = (h // t + 2, w // t + 2)
    big = np.tile(tile_a, reps)
    big = np.roll(big, t // 2, axis=1)[: h + t, : w + t]
    ang = rng.uniform(-30, 30)
    rot = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    out = cv2.warpAffine(big, rot, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_WRAP)
    return cv2.GaussianBlur(out, (0, 0), max(0.6, 0.15 * r))


def render_page(
    fmt: str,
    lines: tuple[str, ...],
    face: str,
    r: float,
    booklet: bool,
    printing: str,
    rng: np.random.Generator,
) -> Page:
    """The document at r px/mm: a data page (with the facing page above when `booklet`),
    a visa sticker on a visa page, or a card's MRZ side."""
    visa = fmt.startswith("MRV")
    w_mm, h_mm = SIZES["TD3" if visa else fmt]
    upper = rng.uniform(25.0, 60.0) if booklet else 0.0
    w, h = round(w_mm * r), round((h_mm + upper) * r)
    y_doc = round(upper * r)
    notes: list[str] = []
    paper = np.array([rng.uniform(0.93, 1.0), rng.uniform(0.92, 0.99), rng.uniform(0.88, 0.97)])
    colour = np.empty((h, w, 3), np.float32)
    colour[:] = paper.astype(np.float32)
    carbon = np.zeros((h, w), np.float32)
    # Background: two colour plates of the same line screen, out of register.
    screen = _line_screen(h, w, r, rng)
    micro = _microtext(h, w, r, _any(rng, ("REPUBLIC OF", "PASSPORT", "ICAO", "SECURITY")), rng)
    hue1 = tuple(float(v) for v in rng.uniform(0.45, 0.9, 3))
    hue2 = tuple(float(v) for v in rng.uniform(0.45, 0.9, 3))
    off = rng.uniform(0.05, 0.35, 2) * r * rng.choice([-1, 1], 2)
    strength = rng.uniform(0.25, 0.5)
    _multiply(colour, screen * strength, hue1)  # type: ignore[arg-type]
    _multiply(colour, _shift(screen, *off) * strength * 0.6, hue2)  # type: ignore[arg-type]
    _multiply(colour, micro * 0.35, hue2)  # type: ignore[arg-type]
    notes.append(f"plates {np.hypot(*off) / r:.2f} mm out of register")
    if booklet:  # the facing page above the spine, another tint; the gutter's shade
        colour[:y_doc] *= np.array([0.97, 0.95, 1.0], np.float32)
        d = (np.arange(h, dtype=np.float32) - y_doc) / r
        gutter = np.exp(-((d / rng.uniform(1.5, 4.0)) ** 2)) * rng.uniform(0.25, 0.5)
        colour *= (1 - gutter)[:, None, None]
        notes.append(f"booklet, facing page {upper:.0f} mm")
    # The document's box and, for a visa, the sticker on the page.
    box = (0.0, upper, w_mm, upper + h_mm)
    if visa:
        sw, sh = (118.0, 80.0) if fmt == "MRV-A" else (103.0, 72.0)
        sx, sy = rng.uniform(1.0, w_mm - sw - 1.0), upper + rng.uniform(1.0, h_mm - sh - 1.0)
        box = (sx, sy, sx + sw, sy + sh)
        x0, y0, x1, y1 = (round(v * r) for v in box)
        colour[y0:y1, x0:x1] = colour[y0:y1, x0:x1] * 0.6 + 0.4 * np.array(
            [0.97, rng.uniform(0.9, 0.97), rng.uniform(0.9, 1.0)], np.float32
        )
        cv2.rectangle(colour, (x0, y0), (x1, y1), (0.7, 0.7, 0.72), max(1, round(0.12 * r)))
    bx0, by0, bx1, by1 = box
    # The MRZ: its last baseline 4-6 mm above the bottom edge, the first cell 5-7 mm in.
    cap_mm = rng.uniform(2.2, 2.45)
    line_mm = rng.uniform(4.0, 4.3)
    n = len(lines)
    mrz_w = len(lines[0]) * CELL_MM
    mx0 = bx0 + min(rng.uniform(5.0, 7.0), max(1.0, (bx1 - bx0 - mrz_w) / 2))
    last_base = by1 - rng.uniform(4.0, 6.0)
    my0 = last_base - (n - 1) * line_mm - cap_mm
    mrz = (mx0, my0, mx0 + mrz_w, last_base)
    # The visual zone: title, portrait, labelled data (carbon personalisation).
    words = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(words)
    state = lay_mod.layout(fmt).field("issuing_state").of(lines).strip("<")
    title = {
        "TD3": "PASSPORT",
        "TD1": {"TWN": "RESIDENT CERTIFICATE", "USA": "PASSPORT CARD"}.get(state, "IDENTITY CARD"),
        "TD2": "CREW MEMBER CERTIFICATE" if lines[0][:2] == "AC" else "IDENTITY CARD",
    }.get(fmt, "VISA")
    d.text(((bx0 + 0.35 * (bx1 - bx0)) * r, (by0 + 2.0) * r), title,
           font=_font(VALUE_FONT, round(3.0 * r)), fill=255)  # fmt: skip
    top = by0 + 8.0
    room = my0 - 2.5 - top
    portrait_w = 0.0
    if fmt != "TD1" and room > 10:  # a card's MRZ side has no portrait
        pw, ph = 0.24 * (bx1 - bx0), min(0.24 * (bx1 - bx0) * 1.28, room)
        px, py = round((bx0 + 4) * r), round(top * r)
        pc = _portrait(round(ph * r), round(pw * r), rng)
        carbon[py : py + pc.shape[0], px : px + pc.shape[1]] = np.maximum(
            carbon[py : py + pc.shape[0], px : px + pc.shape[1]], pc * 0.8
        )
        portrait_w = pw + 4
    rows = 4 if fmt != "TD1" else 3
    step = room / rows
    lab, val = min(1.4, step * 0.28), min(2.3, step * 0.42)
    flab, fval = _font(LABEL_FONT, round(lab * r)), _font(VALUE_FONT, round(val * r))
    labels = Image.new("L", (w, h), 0)
    dl = ImageDraw.Draw(labels)
    for k, (label, value) in enumerate(_viz_rows(fmt, lines)[: 2 * rows]):
        x = bx0 + 4 + portrait_w + (k % 2) * 0.32 * (bx1 - bx0)
        y = top + (k // 2) * step
        dl.text((x * r, y * r), label, font=flab, fill=255)
        d.text((x * r, (y + lab * 1.25) * r), value, font=fval, fill=255)
    label_ink = (0.25, 0.3, rng.uniform(0.35, 0.55))
    _multiply(colour, np.asarray(labels, np.float32) / 255 * 0.7, label_ink)
    carbon = np.maximum(carbon, np.asarray(words, np.float32) / 255 * 0.85)
    # The MRZ's print.
    cover = _mrz_cover(
        (h, w), lines, face, (mx0 * r, my0 * r), cap_mm * r, CELL_MM * r, line_mm * r
    )
    ys, xs = slice(max(0, round((my0 - 3) * r)), round((last_base + 3) * r)), slice(0, w)
    if printing == "laser":
        cover = cv2.GaussianBlur(cover, (0, 0), max(0.3, 0.03 * cap_mm * r))
        carbon = np.maximum(carbon, cover * rng.uniform(0.88, 0.97))
    elif printing == "engraved":  # grey laser engraving in the card's body, lightly embossed
        depth = rng.uniform(0.6, 0.78)
        cover = cv2.GaussianBlur(cover, (0, 0), max(0.4, 0.04 * cap_mm * r))
        carbon = np.maximum(carbon, cover * depth)
        e = 0.04 * cap_mm * r
        relief = _shift(cover, -e, -e)[ys, xs] - _shift(cover, e, e)[ys, xs]
        colour[ys, xs] += 0.08 * relief[..., None]
    else:  # inkjet: cyan, magenta, yellow and a little black, misregistered
        dots = (rng.random((h, w)) < 0.88).astype(np.float32)
        dots = cv2.GaussianBlur(dots, (0, 0), max(0.4, 0.02 * cap_mm * r))
        worst = 0.0
        for ch in range(3):  # cyan absorbs red, magenta green, yellow blue
            dx, dy = rng.normal(0, 0.045 * cap_mm * r, 2)
            worst = max(worst, float(np.hypot(dx, dy)) / r)
            layer = _shift(cover, dx, dy) * dots * rng.uniform(0.82, 0.95)
            colour[..., ch] *= 1 - layer
        carbon = np.maximum(carbon, cover * rng.uniform(0.35, 0.55))
        notes.append(f"inkjet misregistered up to {worst:.2f} mm")
    notes.append(f"MRZ {printing}")
    return Page(colour, carbon, r, mrz, cap_mm, upper if booklet else None, box, notes)


# -- the camera: a pinhole over a possibly curved page ---------------------------------------


@dataclass(frozen=True)
class Pose:
    turn: float  # degrees, in the image plane
    tilt: tuple[float, float]  # degrees about the page's x and y axes
    distance: float  # mm from the camera to the page's centre
    spine_dip: float  # mm the page sinks towards the spine (booklets)
    spine_reach: float  # mm over which it does
    curl: float  # mm the page's edge away from the spine lifts
    bow: float  # mm the page's left and right ends lift (a held, flexed page)


FLAT = Pose(0.0, (0.0, 0.0), 400.0, 0.0, 10.0, 0.0, 0.0)


class Camera:
    """Page mm (u, v) -> image px through a pinhole; the page's height field bends it."""

    def __init__(self, page: Page, pose: Pose, focal: float) -> None:
        self.page, self.pose, self.focal = page, pose, focal
        h, w = page.colour.shape[:2]
        self.centre = np.array([w / page.r / 2, h / page.r / 2])
        tx, ty = np.radians(pose.tilt)
        t = np.radians(pose.turn)
        rx = np.array([[1, 0, 0], [0, np.cos(tx), -np.sin(tx)], [0, np.sin(tx), np.cos(tx)]])
        ry = np.array([[np.cos(ty), 0, np.sin(ty)], [0, 1, 0], [-np.sin(ty), 0, np.cos(ty)]])
        rz = np.array([[np.cos(t), -np.sin(t), 0], [np.sin(t), np.cos(t), 0], [0, 0, 1]])
        self.rot = rz @ rx @ ry
        self.shift = np.zeros(2)
        corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], float) / page.r
        img = self.project(corners, flat=True)
        self.flat_inv = cv2.getPerspectiveTransform(
            img.astype(np.float32), corners.astype(np.float32)
        )

    def height(self, uv: np.ndarray) -> np.ndarray:
        """mm towards the camera at page points (..., 2)."""
        p, page = self.pose, self.page
        x0, _, x1, y1 = page.doc
        z = np.zeros(uv.shape[:-1])
        if page.spine is not None:
            d = np.abs(uv[..., 1] - page.spine)
            z -= p.spine_dip * np.exp(-d / p.spine_reach)
            z += p.curl * np.clip((uv[..., 1] - page.spine) / (y1 - page.spine), 0, 1) ** 2
        half = (x1 - x0) / 2
        z += p.bow * ((uv[..., 0] - (x0 + half)) / half) ** 2
        return z

    def project(self, uv: np.ndarray, flat: bool = False) -> np.ndarray:
        uv = np.asarray(uv, float)
        z = np.zeros(uv.shape[:-1]) if flat else self.height(uv)
        pts = np.stack([uv[..., 0] - self.centre[0], uv[..., 1] - self.centre[1], -z], -1)
        cam = pts @ self.rot.T
        depth = cam[..., 2] + self.pose.distance
        return self.focal * cam[..., :2] / depth[..., None] + self.shift

    def unproject(self, xy: np.ndarray) -> np.ndarray:
        """Image px -> page mm: the flat plane's inverse, corrected for the height field
        by fixed-point steps (the page bends a few mm at a distance of 150-450)."""

        def flat_inv(p: np.ndarray) -> np.ndarray:
            q = cv2.perspectiveTransform((p - self.shift).reshape(-1, 1, 2), self.flat_inv)
            return q.reshape(p.shape)

        target = flat_inv(xy)
        uv = target.copy()
        for _ in range(6):
            uv = uv + (target - flat_inv(self.project(uv)))
        return uv

    def mm_to_px(self, uv: np.ndarray) -> float:
        """Image px per page mm at `uv` (the mean of both axes)."""
        a = self.project(np.array([uv, uv + np.array([1.0, 0.0]), uv + np.array([0.0, 1.0])]))
        return float((np.linalg.norm(a[1] - a[0]) + np.linalg.norm(a[2] - a[0])) / 2)

    def caps(self) -> list[float]:
        """Capital heights in px at the MRZ's left, centre and right, lines 1 and last."""
        x0, y0, x1, y1 = self.page.mrz
        out = []
        for x in (x0, (x0 + x1) / 2, x1):
            for top in (y0, y1 - self.page.cap_mm):
                a, b = self.project(np.array([[x, top], [x, top + self.page.cap_mm]]))
                out.append(float(np.hypot(*(b - a))))
        return out

    def mrz_quad(self) -> np.ndarray:
        x0, y0, x1, y1 = self.page.mrz
        return self.project(np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], float))


def _aim(page: Page, pose: Pose, cap: float, lo: float, hi: float) -> Camera:
    """The camera whose focal length puts the MRZ's capitals at `cap` px at its centre,
    all of them within lo-hi."""
    cam = Camera(page, pose, 1000.0)
    caps = cam.caps()
    k = cap / caps[2]
    k = min(k, hi / max(caps))
    k = max(k, lo / min(caps))
    return Camera(page, pose, 1000.0 * k)


def _warp(
    cam: Camera, frame: tuple[int, int], ground: np.ndarray, infrared: bool, sampled: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """The page seen by `cam` in a frame (w, h) over `ground` (RGB); returns the frame
    (float RGB) and the page's coverage mask. `sampled`: the lens blurs a little and the
    sensor samples points (a screen's pixel grid then beats with the sensor's: moire)."""
    page = cam.page
    fw, fh = frame
    step = 4
    gy, gx = np.mgrid[0 : fh + step : step, 0 : fw + step : step].astype(np.float64)
    uv = cam.unproject(np.stack([gx, gy], -1))
    # Draw from a copy of the page no finer than 1.4x the image: area-averaged first.
    scale = max(cam.mm_to_px(np.array(page.mrz[:2])), cam.mm_to_px(np.array(page.mrz[2:])))
    rs = page.r if sampled else min(page.r, 1.4 * scale)
    ph, pw = page.colour.shape[:2]
    size = (max(2, round(pw * rs / page.r)), max(2, round(ph * rs / page.r)))
    if infrared:  # only carbon absorbs: a pale page with its personalisation
        src = np.repeat((0.9 * (1 - page.carbon))[..., None], 3, 2).astype(np.float32)
    else:
        src = page.colour * (1 - page.carbon[..., None])
    if page.sheen is not None:
        src = src + page.sheen[..., None]
    if sampled:
        src = cv2.GaussianBlur(src, (0, 0), 0.25 * page.r / scale)
    else:
        src = cv2.resize(src, size, interpolation=cv2.INTER_AREA)
    # Each pixel's page position, interpolated from the grid (node k is pixel k*step).
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32) / step
    mx = cv2.remap((uv[..., 0] * rs).astype(np.float32), xx, yy, cv2.INTER_LINEAR)
    my = cv2.remap((uv[..., 1] * rs).astype(np.float32), xx, yy, cv2.INTER_LINEAR)
    img = cv2.remap(src, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    ones = np.ones(src.shape[:2], np.float32)
    mask = cv2.remap(ones, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    out = ground * (1 - mask[..., None]) + img * mask[..., None]
    return out.astype(np.float32), mask


# -- the captures --------------------------------------------------------------------------


def _noise(shape: tuple[int, ...], sigma: float, rng: np.random.Generator) -> np.ndarray:
    out = np.empty(shape, np.float32)
    cv2.setRNGSeed(int(rng.integers(2**31)))
    cv2.randn(out, 0.0, sigma)
    return out


def _ground(fh: int, fw: int, kind: str, rng: np.random.Generator) -> np.ndarray:
    """What is around the document: a reader's dark glass, a counter, a monitor's bezel."""
    if kind in ("reader", "screen"):
        return np.full((fh, fw, 3), rng.uniform(0.02, 0.12), np.float32)
    base = np.empty((fh, fw, 3), np.float32)
    base[:] = rng.uniform(0.2, 0.7, 3).astype(np.float32)
    streaks = rng.normal(0, 1, (max(2, fh // 3), max(2, fw // 40))).astype(np.float32)
    base *= 1 + 0.06 * cv2.resize(streaks, (fw, fh))[..., None]  # wood grain, laminate
    return base


def _vignette(fh: int, fw: int, strength: float) -> np.ndarray:
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    d2 = ((xx - fw / 2) ** 2 + (yy - fh / 2) ** 2) / ((fw / 2) ** 2 + (fh / 2) ** 2)
    return (1 - strength * d2)[..., None]


def _ramp(fh: int, fw: int, rng: np.random.Generator, strength: float) -> np.ndarray:
    """Light falling off across the frame from a lamp to one side."""
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    a = rng.uniform(0, 2 * np.pi)
    t = ((xx / fw - 0.5) * np.cos(a) + (yy / fh - 0.5) * np.sin(a)) * 2  # -1.4..1.4
    return (1 - strength * (0.5 + 0.35 * t))[..., None]


def _shadow(frame: np.ndarray, quad: np.ndarray, cap: float, rng: np.random.Generator) -> str:
    """A partial shadow (a head or a hand between the lamp and the counter): a soft-edged
    half plane whose edge crosses the MRZ; the shaded part stays readable."""
    fh, fw = frame.shape[:2]
    tl, tr = quad[0], quad[1]
    u = rng.uniform(0.15, 0.85)
    through = quad.mean(0) + (tr - tl) * (u - 0.5)
    a = rng.uniform(np.radians(50), np.radians(130)) + np.arctan2(*(tr - tl)[::-1])
    normal = np.array([np.cos(a - np.pi / 2), np.sin(a - np.pi / 2)])
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    d = (xx - through[0]) * normal[0] + (yy - through[1]) * normal[1]
    soft = rng.uniform(0.3, 2.5) * cap
    dark = rng.uniform(0.4, 0.65)
    inside = 1 / (1 + np.exp(-d / soft))
    frame *= (1 - (1 - dark) * inside)[..., None]
    return f"shadow edge across the MRZ, {100 * (1 - dark):.0f} % darker"


def _motion(frame: np.ndarray, length: float, rng: np.random.Generator) -> np.ndarray:
    n = max(3, int(np.ceil(length)) | 1)
    k = np.zeros((n, n), np.float32)
    a = rng.uniform(0, np.pi)
    c, dx, dy = (n - 1) / 2, np.cos(a) * length / 2, np.sin(a) * length / 2
    cv2.line(k, (round(c - dx), round(c - dy)), (round(c + dx), round(c + dy)), 1.0, 1, cv2.LINE_AA)
    return cv2.filter2D(frame, -1, k / k.sum())


def _encode(frame: np.ndarray, quality: int, grey: bool) -> bytes:
    img = np.clip(frame * 255 + 0.5, 0, 255).astype(np.uint8)
    img = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY if grey else cv2.COLOR_RGB2BGR)
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    assert ok
    return buf.tobytes()


def _scratches(h: int, w: int, r: float, rng: np.random.Generator) -> np.ndarray:
    """Fine scratches in the laminate, catching the reader's light (0-1)."""
    m = np.zeros((h, w), np.uint8)
    for _ in range(int(rng.integers(3, 12))):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        a, n = rng.uniform(0, np.pi), rng.uniform(10, 60) * r
        bend = rng.uniform(-0.3, 0.3)
        t = np.linspace(0, 1, 30)
        xs = x + n * t * np.cos(a + bend * t)
        ys = y + n * t * np.sin(a + bend * t)
        pts = np.stack([xs, ys], 1).astype(np.int32)[None]
        cv2.polylines(m, pts, False, 255, 1, cv2.LINE_AA)
    return m.astype(np.float32) / 255


WEBCAM_MODES = ((640, 480), (800, 600), (1280, 720))


def _frame_around(cam: Camera, page: Page, margin: tuple[float, float], rng: np.random.Generator,
                  whole: bool) -> tuple[int, int]:  # fmt: skip
    """Shift the camera so the document (or the whole page) sits in a frame with margins."""
    x0, y0, x1, y1 = (
        (0.0, 0.0, *(np.array(page.colour.shape[1::-1]) / page.r)) if whole else page.doc
    )
    t = np.linspace(0, 1, 40)
    edge = np.concatenate([
        np.stack([x0 + (x1 - x0) * t, np.full_like(t, y0)], 1),
        np.stack([x0 + (x1 - x0) * t, np.full_like(t, y1)], 1),
        np.stack([np.full_like(t, x0), y0 + (y1 - y0) * t], 1),
        np.stack([np.full_like(t, x1), y0 + (y1 - y0) * t], 1),
    ])  # fmt: skip
    pts = cam.project(edge)
    lo, hi = pts.min(0), pts.max(0)
    size = hi - lo
    m0, m1 = size * rng.uniform(*margin, 2), size * rng.uniform(*margin, 2)
    cam.shift = cam.shift + m0 - lo
    fw, fh = (int(v) for v in np.ceil(size + m0 + m1))
    return fw, fh


def _frame_fixed(cam: Camera, mode: tuple[int, int], rng: np.random.Generator) -> tuple[int, int]:
    """A webcam's fixed frame, aimed at the MRZ a little off centre, the MRZ inside."""
    fw, fh = mode
    quad = cam.mrz_quad()
    lo, hi = quad.min(0), quad.max(0)
    while (hi - lo + 60 > [fw, fh]).any() and mode != WEBCAM_MODES[-1]:
        mode = WEBCAM_MODES[WEBCAM_MODES.index(mode) + 1]
        fw, fh = mode
    want = np.array([fw, fh]) * (0.5 + rng.uniform(-0.12, 0.12, 2)) - (lo + hi) / 2
    want = np.clip(want, 25 - lo, np.array([fw, fh]) - 25 - hi)
    cam.shift = cam.shift + want
    return fw, fh


def _printing(fmt: str, rng: np.random.Generator) -> str:
    if fmt in ("TD1", "TD2"):
        return "engraved" if rng.random() < 0.75 else "laser"
    if fmt.startswith("MRV"):
        return "inkjet" if rng.random() < 0.7 else "laser"
    return "inkjet" if rng.random() < 0.12 else "laser"


def _screen_page(page: Page, cap_screen: float) -> Page:
    """The document shown on a monitor: a square-on scan of its lower half at the zoom
    that makes capitals `cap_screen` screen pixels, drawn as the panel's RGB stripes
    (three subpixels a pixel, the black matrix between rows)."""
    s = cap_screen / page.cap_mm  # screen px per mm
    x0, y0, x1, y1 = page.doc
    top = max(y0, page.mrz[1] - 0.5 * (y1 - y0))
    r0 = page.r
    rows = slice(round(top * r0), round(y1 * r0))
    cols = slice(round(x0 * r0), round(x1 * r0))
    crop = (page.colour * (1 - page.carbon[..., None]))[rows, cols]
    w, h = round((x1 - x0) * s), round((y1 - top) * s)
    shown = cv2.resize(crop, (w, h), interpolation=cv2.INTER_AREA)
    shown = np.clip(shown, 0, 1) ** 1.15  # the panel's gamma
    sub = np.repeat(np.repeat(shown, 3, 0), 3, 1)
    cell = np.zeros((3, 3, 3), np.float32)
    for ch in range(3):
        cell[:, ch, ch] = 1.0
    cell[2] *= 0.25  # the black matrix between rows
    sub *= np.tile(cell, (h, w, 1))
    sub *= 3.4  # a quarter of the panel's area lights each channel: exposed for it
    r = 3 * s
    shift = np.array([x0, top])
    mrz = tuple(float(v) for v in (np.array(page.mrz) - np.tile(shift, 2)))
    return Page(sub.astype(np.float32), np.zeros(sub.shape[:2], np.float32), r,
                mrz, page.cap_mm, None, (0.0, 0.0, x1 - x0, y1 - top), [])  # type: ignore[arg-type]  # fmt: skip


def sample(seed: int, *, today: dt.date) -> Sample:
    """One photograph and its printed MRZ (the truth) from `seed`."""
    rng = np.random.default_rng(seed)
    fmt, _composed, printed, valid = random_mrz(rng, today)
    capture = str(_pick(rng, CAPTURES))
    face = str(_pick(rng, {k: v[1] for k, v in FACES.items()}))
    printing = _printing(fmt, rng)
    notes: list[str] = []
    in_booklet = fmt == "TD3" or fmt.startswith("MRV")
    booklet = capture in ("phone", "doccam", "webcam") and in_booklet and rng.random() < 0.7
    infrared = capture == "reader" and rng.random() < 0.4
    # Wanted capitals (px) and their allowed range for each capture.
    wanted = {
        "reader": (rng.uniform(25, 40), 25.0, 40.0),
        "doccam": (rng.uniform(16, 30), 15.0, 32.0),
        "phone": (rng.uniform(14, 30), 14.0, 32.0),
        "webcam": (rng.uniform(11, 16), 11.0, 16.5),
        "screen": (rng.uniform(17, 26), 15.0, 28.0),
    }[capture]
    r = max(1.25 * wanted[2], 20.0) / 2.3  # the page fine enough to be shrunk
    if capture == "screen":
        r = 12.0
    page = render_page(fmt, printed, face, r, booklet, printing, rng)
    notes += page.notes
    ph, pw = page.colour.shape[:2]
    if capture == "reader" and not infrared:
        sheen = np.zeros((ph, pw), np.float32)
        if rng.random() < 0.65:
            sheen += _retroreflective(ph, pw, r, rng) * rng.uniform(0.08, 0.2)
            notes.append("retroreflective laminate")
        if rng.random() < 0.5:
            sheen += _scratches(ph, pw, r, rng) * rng.uniform(0.15, 0.35)
            notes.append("laminate scratches")
        page.sheen = sheen
    if capture == "reader":
        notes.append("infrared" if infrared else "white light")
        pose = Pose(rng.normal(0, 0.8), (0.0, 0.0), 400.0, 0.0, 10.0, 0.0, 0.0)
    elif capture == "doccam":
        tilt = (rng.choice([-1, 1]) * rng.uniform(15, 35), rng.uniform(-8, 8))
        pose = Pose(rng.uniform(-10, 10), tilt, rng.uniform(350, 450), rng.uniform(0, 2.5),
                    rng.uniform(5, 12), rng.uniform(0, 2), 0.0)  # fmt: skip
        notes.append(f"document camera at {abs(tilt[0]):.0f} degrees")
    elif capture == "phone":
        tilt = (rng.uniform(-20, 20), rng.uniform(-15, 15))
        bow = rng.uniform(-7, 7) if in_booklet else rng.uniform(-3, 3)
        pose = Pose(rng.uniform(-30, 30), tilt, rng.uniform(200, 300), rng.uniform(2, 6),
                    rng.uniform(6, 15), rng.uniform(0, 8), bow)  # fmt: skip
        curl = f"curl {pose.curl:.1f} mm, " if page.spine is not None else ""  # booklets only
        notes.append(f"{curl}bow {bow:.1f} mm")
    elif capture == "webcam":
        pose = Pose(rng.uniform(-8, 8), (rng.uniform(-10, 10), rng.uniform(-8, 8)),
                    rng.uniform(400, 500), rng.uniform(0, 2), 8.0, 0.0, 0.0)  # fmt: skip
    else:
        cap_screen = wanted[0] / rng.uniform(0.85, 1.15)
        page = _screen_page(page, cap_screen)
        pose = Pose(rng.uniform(-10, 10), (rng.uniform(-8, 8), rng.uniform(-8, 8)), 300.0,
                    0.0, 10.0, 0.0, 0.0)  # fmt: skip
        notes.append(f"photo of a monitor, {cap_screen:.0f} px capitals on the screen")
    cam = _aim(page, pose, *wanted)
    if capture == "webcam":
        mode = WEBCAM_MODES[int(rng.integers(len(WEBCAM_MODES)))]
        fw, fh = _frame_fixed(cam, mode, rng)
        notes.append(f"webcam {fw}x{fh}")
    elif capture == "reader":
        fw, fh = _frame_around(cam, page, (0.01, 0.04), rng, whole=False)
    else:
        # A monitor shows more around the scan than a counter around a passport.
        margin = (0.08, 0.3) if capture == "screen" else (0.03, 0.15)
        fw, fh = _frame_around(cam, page, margin, rng, whole=capture != "screen")
    frame, _mask = _warp(
        cam, (fw, fh), _ground(fh, fw, capture, rng), infrared, capture == "screen"
    )
    quad = cam.mrz_quad()
    caps = cam.caps()
    cap = float(np.mean(caps[2:4]))
    grey = infrared
    if capture == "reader":
        frame *= _ramp(fh, fw, rng, rng.uniform(0.03, 0.12))
        frame += _noise(frame.shape, 0.006, rng)
        quality = int(rng.integers(80, 96))
    elif capture == "doccam":
        frame = cv2.GaussianBlur(frame, (0, 0), rng.uniform(0.4, 0.9))
        frame *= _vignette(fh, fw, rng.uniform(0.2, 0.45))
        frame *= np.array([1.0, rng.uniform(0.92, 1.0), rng.uniform(0.78, 0.92)], np.float32)
        if rng.random() < 0.6:
            notes.append(_shadow(frame, quad, cap, rng))
        frame += _noise(frame.shape, rng.uniform(0.008, 0.02), rng)
        quality = int(rng.integers(45, 81))
    elif capture == "phone":
        frame *= _ramp(fh, fw, rng, rng.uniform(0.15, 0.45))
        if rng.random() < 0.25:
            notes.append(_shadow(frame, quad, cap, rng))
        blur = rng.uniform(0.5, max(0.6, 0.1 * cap))
        frame = _motion(frame, blur, rng)
        notes.append(f"motion {blur:.1f} px")
        frame = np.clip(frame, 0, 1)
        frame += _noise(frame.shape, 1.0, rng) * np.sqrt(frame) * rng.uniform(0.02, 0.04)
        quality = int(rng.integers(22 if cap >= 20 else 35, 61))
    elif capture == "webcam":
        frame = cv2.GaussianBlur(frame, (0, 0), rng.uniform(0.45, 0.8))
        frame *= _vignette(fh, fw, rng.uniform(0.25, 0.5))
        frame += _noise(frame.shape, rng.uniform(0.01, 0.025), rng)
        quality = int(rng.integers(40, 71))
    else:
        frame *= _ramp(fh, fw, rng, rng.uniform(0.1, 0.3))
        glow = _vignette(fh, fw, -rng.uniform(0.0, 0.2))  # a room light's reflection
        frame = frame * 0.9 + 0.06 * glow
        frame += _noise(frame.shape, rng.uniform(0.01, 0.02), rng)
        quality = int(rng.integers(55, 86))
    jpeg = _encode(frame, quality, grey)
    if capture == "phone" and rng.random() < 0.3:  # sent through a messaging app: saved again
        again = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
        second = int(rng.integers(50, 76))
        ok, buf = cv2.imencode(".jpg", again, [cv2.IMWRITE_JPEG_QUALITY, second])
        assert ok
        jpeg = buf.tobytes()
        notes.append(f"JPEG {quality} then {second}")
    else:
        notes.append(f"JPEG {quality}")
    return Sample(
        seed=seed,
        jpeg=jpeg,
        lines=printed,
        valid=valid,
        format=fmt,
        capture=capture,
        font=face,
        cap_px=cap,
        mrz_quad=tuple((float(x), float(y)) for x, y in quad),
        extras=", ".join([*notes, f"capitals {min(caps):.1f}-{max(caps):.1f} px"]),
    )
