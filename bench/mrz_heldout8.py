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
  identity cards), crew member certificates and identity cards in TD2 5 %, MRV-A 6 %
  and MRV-B 3 % visas (Taiwan's visas to Southeast Asian and Indian holders, US, UK,
  Schengen-like visas to Taiwanese); names in each origin's usual romanisation
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
  booklet or a held card: the page curled near the spine and bowed across, turned up to
  30 degrees, motion blur, uneven light, JPEG 22-60 (sometimes saved twice), capitals
  14-30 px; (d) a counter webcam, 640x480 to 1280x720, capitals 11-16 px, defocus,
  noise, JPEG 40-70; (e) a phone photo of a monitor showing a scan of the document:
  the screen's pixel grid beating with the sensor's (moire), capitals 16-26 px.

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
    "PHL": (_split("SANTOS BAUTISTA AQUINO GARCIA RAMOS NAVARRO TORRES FLORES") + ["DELOS SANTOS"],
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
            return _number(rng, "######") + _any(rng, ("01", "08", "10", "14")) + _number(rng, "####")
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
    return _number(rng, "A#######"[: 8 if fmt == "MRV-B" else 8]) if rng.random() < 0.5 else ""


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
        else:
            state = nation = _any(rng, ("PHL", "SGP"))
            code = "I<"
            number = _number(rng, "A########")
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
