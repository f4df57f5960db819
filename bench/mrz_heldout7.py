"""A seventh document-photo generator: issue 10's held-out set, scored once at the end.

Written without running the OCR on any image it makes and without reading the OCR's
code; its author looked at rendered images by eye so that a person can read every MRZ
character. It shares no rendering code with the earlier generators and pictures what a
counter at a Taiwan airport is handed:

- content: TD3 passports 65 % (issuers weighted for Taiwan's airports: TWN, JPN, KOR,
  USA, HKG, MAC, PHL, VNM, THA, IDN, MYS, SGP, CHN, GBR, DEU, AUS, ...), TD1 cards 20 %
  (Taiwan resident-certificate-like cards held by foreign residents, European ID cards,
  the US passport card), TD2 cards and MRV-A/MRV-B visas 15 %; names of several origins
  (Wade-Giles, Hanyu Pinyin, Cantonese and Macanese-Portuguese, Japanese, Korean,
  Vietnamese, long Thai, Malay patronymics, Indonesian single names, Filipino,
  Spanish and German compounds) truncated to the field as ICAO 9303 part 3 allows
  (secondary components to initials, then cut, the last character a letter); document
  numbers in each issuer's shape and optional data with letters and digits (national
  ID numbers, resident numbers). One document in ten is printed with one check digit
  wrong (the truth is the printed lines; ICAO's verdict invalid);
- print: OCR-B (the Regular face, some the Sharp cut) on 90 % of documents, otherwise
  Liberation Mono, FreeMono Bold, Go Mono, Inconsolata or Anonymous Pro at the OCR-B
  pitch; every glyph placed with kerning jitter, the baseline wobbling, the ink spread
  or starved in patches; guilloche rosettes and wave bands, behind the MRZ on most
  documents; a rubber stamp above the MRZ on some, never over it;
- capture: (a) a full-page passport reader, square-on, uneven illumination, laminate
  glare, capitals 22-40 px; (b) a phone photo turned up to 25 degrees with the plane
  tilted (keystone), motion blur, sensor noise, JPEG 50-85, glare, a thumb near the MRZ
  on some, capitals 14-32 px; (c) a flatbed scan at 150-300 dpi with paper grain and
  fibres, a slight skew, JPEG 75-92; (d) a counter webcam, 640x480 to 1280x720,
  capitals 10-16 px, defocus, noise and JPEG 35-65.

In seeds 1 700 000-1 700 199 (the scored set): TD3 133, TD1 38, MRV-A 16, MRV-B 7, TD2 6;
30 printed invalid; captures phone 68, reader 47, webcam 48, flatbed 37; 20 MRZs in a
face other than OCR-B; guilloche behind the MRZ 140, a stamp 71, glare 51, a thumb 25.
Every capital is 10-40 px high at both ends and the centre of the MRZ.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop.documents import layout as mrz_layout
from desktop.documents.mrz import compose, parse

SEED = 1_700_000
PITCH_MM = 2.54  # ICAO 9303: 10 characters per inch

_F = Path("/usr/share/fonts")
FACES = {  # face: (file, share)
    "ocrb": (_F / "opentype/ocr-b/OCRB.otf", 0.78),
    "ocrb-sharp": (_F / "opentype/ocr-b/OCRBS.otf", 0.12),
    "liberation-mono": (_F / "truetype/liberation2/LiberationMono-Regular.ttf", 0.025),
    "freemono-bold": (_F / "truetype/freefont/FreeMonoBold.ttf", 0.02),
    "go-mono": (_F / "fonts-go/Go-Mono.ttf", 0.02),
    "inconsolata": (_F / "truetype/inconsolata/Inconsolata.otf", 0.02),
    "anonymous-pro": (_F / "truetype/anonymous-pro/Anonymous Pro.ttf", 0.015),
}
SANS = _F / "truetype/liberation2/LiberationSans-Regular.ttf"
SANS_BOLD = _F / "truetype/liberation2/LiberationSans-Bold.ttf"
CJK = _F / "opentype/noto/NotoSansCJK-Bold.ttc"

FORMAT_SHARE = {"TD3": 0.65, "TD1": 0.20, "TD2": 0.05, "MRV-A": 0.06, "MRV-B": 0.04}
CAPTURE_SHARE = {"reader": 0.25, "phone": 0.35, "flatbed": 0.20, "webcam": 0.20}
PASSPORTS = {
    "TWN": 0.20, "JPN": 0.09, "KOR": 0.08, "USA": 0.07, "HKG": 0.06, "MAC": 0.03,
    "PHL": 0.07, "VNM": 0.07, "THA": 0.05, "IDN": 0.05, "MYS": 0.05, "SGP": 0.03,
    "CHN": 0.04, "GBR": 0.03, "DEU": 0.02, "AUS": 0.02, "CAN": 0.01, "FRA": 0.01,
    "IND": 0.01, "ESP": 0.01,
}  # fmt: skip
# TD1: (issuer, document code) -> share. Taiwan's resident certificates go to foreigners.
CARDS = {
    ("TWN", "ID"): 0.40, ("DEU", "ID"): 0.12, ("FRA", "ID"): 0.08, ("ESP", "ID"): 0.08,
    ("NLD", "I<"): 0.08, ("USA", "IP"): 0.10, ("CHE", "ID"): 0.06, ("ITA", "CI"): 0.08,
}  # fmt: skip
TD2_CARDS = {("ROU", "ID"): 0.4, ("TWN", "AC"): 0.3, ("PHL", "AC"): 0.15, ("SGP", "AC"): 0.15}
RESIDENTS = {"VNM": 0.25, "IDN": 0.22, "PHL": 0.2, "THA": 0.1, "JPN": 0.06, "USA": 0.06,
             "MYS": 0.05, "KOR": 0.03, "IND": 0.03}  # fmt: skip
VISA_ISSUERS = {"TWN": 0.55, "JPN": 0.1, "KOR": 0.1, "USA": 0.1, "GBR": 0.05, "AUS": 0.05,
                "CHN": 0.05}  # fmt: skip
VISA_HOLDERS = {"VNM": 0.25, "IDN": 0.2, "PHL": 0.2, "THA": 0.1, "IND": 0.15, "MYS": 0.1}

DIGITS = mrz_layout.DIGITS
LETTERS = mrz_layout.LETTERS
# Letters that look like digits, drawn often in fields that admit both.
TWIN_LETTERS = "OIDSBZGQL"
# Document-number shapes: 9 digit, A letter, X letter or digit, D German set, else literal.
NUMBERS = {
    "TWN": ("399999999", "999999999"), "JPN": ("AA9999999",), "KOR": ("M999A9999", "M99999999"),
    "USA": ("999999999", "A99999999"), "HKG": ("K99999999", "H99999999"), "MAC": ("MA9999999",),
    "PHL": ("P9999999A",), "VNM": ("A9999999", "AA9999999"), "THA": ("AA9999999",),
    "IDN": ("A9999999", "AA999999"), "MYS": ("A99999999",), "SGP": ("A9999999A",),
    "CHN": ("E99999999", "EA9999999"), "GBR": ("999999999", "1X9999999"),
    "DEU": ("CDDDDDDDD",), "AUS": ("A9999999", "PA9999999"), "CAN": ("AA999999",),
    "FRA": ("99AA99999",), "IND": ("A9999999",), "ESP": ("AAA999999",),
    "NLD": ("AAXXXXXX9",), "CHE": ("A9999999",), "ITA": ("CA99999AA",), "ROU": ("AA999999",),
}  # fmt: skip
DEU_SET = "CFGHJKLMNPRTVWXYZ0123456789"


def _w(text: str) -> list[str]:
    return text.split()


# Names by origin: (surnames, given names). Given names with spaces are several
# components; surnames with spaces are compound primary identifiers.
NAMES = {
    "TWN": (_w("CHEN LIN HUANG CHANG LI WANG WU LIU TSAI YANG HSU CHENG HSIEH HUNG KUO CHIU "
               "TSENG LIAO LAI CHOU YEH SU CHUANG LU CHIANG HO LO KAO PAN CHIEN TU FAN HSIAO "
               "SHIH YEN"),
            ["CHIA HSIN", "YU TING", "WEI CHIH", "MING HAO", "YA PEI", "SHU CHUN", "HUI JU",
             "I HSUAN", "TZU AN", "CHI YEN", "KUAN LUNG", "FANG", "PEI SHAN", "CHUN HUNG"]),
    "CHN": (_w("ZHANG WANG LI LIU CHEN YANG ZHAO HUANG ZHOU WU XU SUN MA ZHU HU GUO HE LUO"),
            _w("WEI FANG XIUYING JING QIANG LEI YANG JUN YONG XIAOHONG ZHIHAO YUXUAN")),
    "HKG": (_w("CHAN WONG LEUNG CHEUNG LAU LI TSANG YEUNG NG CHOW KWOK"),
            ["TAI MAN", "SIU MING", "WING YAN", "KA LOK", "HIU TUNG", "CHI HO JASON",
             "MEI KUEN MICHELLE"]),
    "MAC": (["LEONG", "CHAN", "IEONG", "DA SILVA", "DOS SANTOS", "LAO", "U"],
            ["KA IENG", "SIO PENG", "JOAO PEDRO", "MARIA DE FATIMA", "HOI IAN"]),
    "JPN": (_w("TANAKA ITO YAMADA SASAKI MATSUMOTO INOUE KIMURA HAYASHI SHIMIZU YAMAGUCHI "
               "FUJIWARA OGASAWARA"),
            _w("HIROSHI TAKESHI YUKI AOI RIKU MISAKI KAZUHIRO NANAMI SHOTARO")),
    "KOR": (_w("KIM LEE PARK CHOI JEONG KANG CHO YUN JANG LIM HAN SHIN"),
            _w("JIWOO SEOJUN HAYOON MINSEO YEJUN JIHO EUNJI HYUNWOO")),
    "VNM": (_w("NGUYEN TRAN LE PHAM HOANG PHAN VU DANG BUI DO HO NGO DUONG"),
            ["VAN HUNG", "THI MAI", "MINH TUAN", "THI HONG NHUNG", "QUOC BAO", "THANH HA"]),
    "THA": (_w("SUWANNARAT CHAIYAPRUEK THONGKHAMSUK SRISOMBOONKIJ PHETCHARAT "
               "WONGSAKULCHAROEN KITTIWATTANAKUL BOONYAPRASERT"),
            _w("KITTISAK SIRIPORN ANUCHA PATCHARAPORN WORAWUT CHUTIMA")),
    "PHL": (["DELA CRUZ", "REYES", "MENDOZA", "VILLANUEVA", "DE GUZMAN", "CASTILLO"],
            ["MARIA LOURDES", "JOSE MIGUEL", "ANGELICA MAE", "MARK ANTHONY", "JOHN PAUL",
             "MA THERESA JOY"]),
    "SGP": (_w("TAN LIM NG ONG GOH CHUA KOH TEO"),
            ["WEI JIE", "XIN YI", "JIA HUI", "ZHI HAO", "SHU TING"]),
    "IND": (["KUMAR", "REDDY", "IYER", "CHATTERJEE", "SUBRAMANIAN", "NAIR"],
            ["ANIL", "DEEPIKA", "VENKATA SAI KRISHNA", "MEENAKSHI", "RAJESH"]),
    "ESP": (["GARCIA MARTINEZ", "FERNANDEZ DE LA TORRE", "LOPEZ", "RODRIGUEZ SANCHEZ"],
            ["JOSE LUIS", "MARIA DEL CARMEN", "FRANCISCO JAVIER", "LUCIA"]),
    "DEU": (["MUELLER", "SCHROEDER", "VON BRAUNSCHWEIG", "WAGNER", "HOFFMANN", "KOENIG"],
            ["JUERGEN", "KATHARINA", "HANS PETER", "ANNA SOPHIE", "LUKAS"]),
    "WEST": (["SMITH", "O CONNOR", "WILLIAMSON", "BROWN", "ANDERSON", "MACKENZIE",
              "ST JOHN", "DUPONT", "DE VRIES", "VAN DEN BERG", "ROSSI", "BIANCHI"],
             ["JAMES", "EMILY ROSE", "WILLIAM HENRY", "CHARLOTTE", "OLIVER JAMES",
              "ALEXANDRA VICTORIA", "PIETER", "GIULIA"]),
}  # fmt: skip
MALAY_GIVEN = ["MUHAMMAD AMIRUL HAKIM", "NUR FATIHAH", "MOHD IZZUDDIN", "SITI AMINAH", "AHMAD"]
MALAY_FATHER = ["ABDULLAH", "MOHD NOOR", "HASSAN", "ISMAIL", "ZAINAL ABIDIN"]
INDONESIAN_SINGLE = ["SUPRIYADI", "WIDODO", "SUHARTINI", "RATNA SARI DEWI", "AGUS"]


@dataclass(frozen=True)
class Sample:
    seed: int
    jpeg: bytes
    lines: tuple[str, ...]  # as printed: what a reader must return
    valid: bool  # ICAO 9303's verdict on the printed lines
    format: str
    capture: str  # "reader", "phone", "flatbed", "webcam"
    font: str
    dpi: float  # at the MRZ
    cap_px: float  # MRZ capital height in the image, at the MRZ's centre
    mrz_quad: tuple[tuple[float, float], ...]  # MRZ corners in the image (TL, TR, BR, BL)
    extras: str  # what else is in the picture: stamp, thumb, glare, guilloche, ink


# -- what is printed ---------------------------------------------------------------------


def _choice(rng: np.random.Generator, share: dict) -> object:  # type: ignore[type-arg]
    keys = list(share)
    p = np.array(list(share.values()), float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _one(rng: np.random.Generator, seq: list[str] | tuple[str, ...] | str) -> str:
    return seq[int(rng.integers(len(seq)))]


def _letter(rng: np.random.Generator) -> str:
    return _one(rng, TWIN_LETTERS) if rng.random() < 0.35 else _one(rng, LETTERS)


def _fill(rng: np.random.Generator, shape: str) -> str:
    out = []
    for c in shape:
        if c == "9":
            out.append(_one(rng, DIGITS))
        elif c == "A":
            out.append(_letter(rng))
        elif c == "X":
            out.append(_letter(rng) if rng.random() < 0.5 else _one(rng, DIGITS))
        elif c == "D":
            out.append(_one(rng, DEU_SET))
        else:
            out.append(c)
    return "".join(out)


def _person(rng: np.random.Generator, nation: str) -> tuple[list[str], list[str]]:
    """(primary components, secondary components) in MRZ letters."""
    if nation == "MYS" and rng.random() < 0.6:  # Malay: one name with its patronymic
        link = _one(rng, ("BIN", "BINTI"))
        return f"{_one(rng, MALAY_GIVEN)} {link} {_one(rng, MALAY_FATHER)}".split(), []
    if nation == "IDN" and rng.random() < 0.5:  # one name: the primary identifier
        return _one(rng, INDONESIAN_SINGLE).split(), []
    group = nation if nation in NAMES else "WEST"
    if nation in ("IDN", "MYS"):
        group = "SGP"
    surnames, givens = NAMES[group]
    primary, secondary = _one(rng, surnames).split(), _one(rng, givens).split()
    if group == "PHL" and rng.random() < 0.6:  # the mother's maiden name as a middle name
        secondary += _one(rng, surnames).split()
    if group in ("WEST", "ESP", "DEU", "HKG") and rng.random() < 0.25:
        secondary += _one(rng, [g for g in givens if g.split() != secondary]).split()
    return primary, secondary


def name_field(primary: list[str], secondary: list[str], width: int) -> str:
    """The name field, truncated as ICAO 9303 part 3 allows: secondary components
    beyond the first shortened to initials from the last, then characters cut (never
    leaving a filler in the field's last cell)."""

    def text(sec: list[str]) -> str:
        return "<".join(primary) + ("<<" + "<".join(sec) if sec else "")

    sec = list(secondary)
    for k in range(len(sec) - 1, 0, -1):
        if len(text(sec)) <= width:
            break
        sec[k] = sec[k][0]
    out = text(sec)
    if len(out) > width:
        out = out[:width].rstrip("<")
    return out + "<" * (width - len(out))


def _optional(rng: np.random.Generator, state: str, fmt: str) -> str:
    """Optional data: national ID and resident numbers, letters beside digits."""
    if fmt == "TD3":
        if state == "TWN" and rng.random() < 0.85:  # the national ID number
            return _one(rng, LETTERS) + _one(rng, "12") + _fill(rng, "99999999")
        if state == "KOR":
            return _fill(rng, "9999999") if rng.random() < 0.7 else ""
        if state == "THA" and rng.random() < 0.7:
            return _fill(rng, "9999999999999")
        if state == "MYS":
            return _fill(rng, "999999") + _one(rng, ("10", "01", "14")) + _fill(rng, "9999")
        if state == "HKG":
            return _fill(rng, "A999999X")  # the identity card number, its check A or digit
        if state == "SGP":
            return _one(rng, "ST") + _fill(rng, "9999999A")
        if state == "CHN":
            return _fill(rng, "XXXXXXXXXXXXXX")
        if state == "MAC":
            return _fill(rng, "9999999") if rng.random() < 0.6 else ""
        return _fill(rng, "X" * int(rng.integers(4, 12))) if rng.random() < 0.2 else ""
    if fmt == "TD1":
        if state == "TWN":  # the resident's unified number: a letter, 8 or 9, 8 digits
            return _letter(rng) + _one(rng, "89") + _fill(rng, "99999999")
        if state == "ESP":
            return _fill(rng, "99999999A")
        if state == "NLD":
            return _fill(rng, "999999999")
        return _fill(rng, "XXXXXX") if rng.random() < 0.3 else ""
    if fmt == "TD2":
        return _fill(rng, "XXXX999"[: int(rng.integers(3, 8))]) if rng.random() < 0.6 else ""
    room = 16 if fmt == "MRV-A" else 8
    return _fill(rng, "AA99999999XXXXXX"[:room]) if rng.random() < 0.6 else ""


def _misprint(rng: np.random.Generator, fmt: str, lines: tuple[str, ...]) -> tuple[str, ...]:
    """The lines with one check digit printed wrong."""
    checks = [c for c in mrz_layout.layout(fmt).checks if lines[c.line][c.pos].isdigit()]
    c = checks[int(rng.integers(len(checks)))]
    wrong = _one(rng, DIGITS.replace(lines[c.line][c.pos], ""))
    out = list(lines)
    out[c.line] = out[c.line][: c.pos] + wrong + out[c.line][c.pos + 1 :]
    return tuple(out)


def random_mrz(
    rng: np.random.Generator, today: dt.date
) -> tuple[str, tuple[str, ...], tuple[str, ...], bool]:
    """(format, composed lines, printed lines, ICAO verdict of the printed lines)."""
    fmt = str(_choice(rng, FORMAT_SHARE))
    if fmt == "TD3":
        state = nation = str(_choice(rng, PASSPORTS))
        code = "P<" if rng.random() < 0.93 else _one(rng, ("PO", "PD", "PS"))
        number = _fill(rng, _one(rng, NUMBERS[state]))
    elif fmt == "TD1":
        state, code = _choice(rng, CARDS)  # type: ignore[misc]
        nation = str(_choice(rng, RESIDENTS)) if state == "TWN" else state
        number = _fill(rng, "AA9999999") if state == "TWN" else _fill(rng, NUMBERS[state][0])
        if state == "USA":
            number = _fill(rng, "C99999999")
    elif fmt == "TD2":
        state, code = _choice(rng, TD2_CARDS)  # type: ignore[misc]
        nation = str(_choice(rng, PASSPORTS)) if code == "AC" and rng.random() < 0.3 else state
        number = _fill(rng, NUMBERS[state][0])
    else:
        state = str(_choice(rng, VISA_ISSUERS))
        nation = str(_choice(rng, VISA_HOLDERS)) if state == "TWN" else "TWN"
        code = _one(rng, ("V<", "VV", "VE", "VR")) if state == "TWN" else "V<"
        number = _fill(rng, "A99999999" if state in ("TWN", "USA") else "99999999A"[:8])
    primary, secondary = _person(rng, nation)
    width = mrz_layout.layout(fmt).field("names").length
    names = name_field(primary, secondary, width)
    birth = today - dt.timedelta(days=int(rng.integers(1 * 365, 85 * 365)))
    expiry = today + dt.timedelta(days=int(rng.integers(15, 10 * 365)))
    sex = _one(rng, "MF") if rng.random() < 0.98 else "X"
    opt2 = _fill(rng, "XXX999") if fmt == "TD1" and rng.random() < 0.2 else ""
    composed = compose(
        fmt,
        document_code=code,
        issuing_state=state,
        surname=names.rstrip("<"),  # the whole truncated field: compose keeps it
        given_names="",
        document_number=number,
        nationality=nation,
        birth_date=birth,
        sex=sex,
        expiry_date=expiry,
        optional_data=_optional(rng, state, fmt),
        optional_data_2=opt2,
    )
    printed = _misprint(rng, fmt, composed) if rng.random() < 0.1 else composed
    return fmt, composed, printed, parse(printed, today=today).valid


# -- the document, drawn at r px per mm ---------------------------------------------------


@functools.lru_cache(maxsize=128)
def _font(path: Path, px: int, index: int = 0) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), max(4, px), index=index)


@dataclass
class Doc:
    img: np.ndarray  # RGB float32 0-1
    r: float  # px per mm
    mrz: tuple[float, float, float, float]  # x0, top of line 1's capitals, x1, last baseline
    cap: float  # capital height, px
    extras: list[str]


def _paper(h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    """A tinted sheet with a soft colour drift and a fibrous grain."""
    tint = np.array([rng.uniform(0.9, 0.99), rng.uniform(0.9, 0.99), rng.uniform(0.86, 0.97)])
    small = rng.normal(0, 1, (max(2, h // 40), max(2, w // 40), 3)).astype(np.float32)
    drift = cv2.resize(cv2.GaussianBlur(small, (0, 0), 2), (w, h), interpolation=cv2.INTER_CUBIC)
    img = np.empty((h, w, 3), np.float32)
    img[:] = tint.astype(np.float32)
    img += 0.025 * drift
    return img


def _tint(img: np.ndarray, mask: np.ndarray, colour: tuple[float, ...], strength: float) -> None:
    """Print `colour` where `mask` (uint8 coverage) is set: inks multiply the paper."""
    a = mask.astype(np.float32) * (strength / 255.0)
    for ch in range(3):
        img[..., ch] *= 1.0 - a * (1.0 - colour[ch])


def _guilloche(h: int, w: int, r: float, rng: np.random.Generator, keep: tuple) -> np.ndarray:  # type: ignore[type-arg]
    """Rosettes and wave bands of fine lines (uint8 coverage); `keep` is a rectangle
    left clear of them, or empty."""
    m = np.zeros((h, w), np.uint8)
    th = max(1, round(0.08 * r))
    t = np.linspace(0, 2 * np.pi, 900)
    for _ in range(int(rng.integers(1, 3))):
        cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.7) * h
        big = rng.uniform(12, 26) * r
        k = int(rng.integers(5, 11))
        for j in range(int(rng.integers(6, 12))):
            rad = big * (1 - 0.06 * j)
            x = cx + rad * (np.cos(t) * 0.8 + 0.2 * np.cos(k * t + 0.4 * j))
            y = cy + rad * (np.sin(t) * 0.8 + 0.2 * np.sin(k * t + 0.4 * j))
            pts = np.stack([x, y], 1).astype(np.int32)[None]
            cv2.polylines(m, pts, False, 255, th, cv2.LINE_AA)
    xs = np.arange(0, w + 6, 6, dtype=np.float32)
    period, amp = rng.uniform(15, 35) * r, rng.uniform(1.5, 4) * r
    step = rng.uniform(1.2, 2.2) * r
    for k in range(int(h / step) + 2):
        ys = k * step + amp * np.sin(2 * np.pi * xs / period + 0.35 * k)
        pts = np.stack([xs, ys], 1).astype(np.int32)[None]
        cv2.polylines(m, pts, False, 255, th, cv2.LINE_AA)
    if keep:
        x0, y0, x1, y1 = (int(v) for v in keep)
        m[max(0, y0) : y1, max(0, x0) : x1] //= 4
    return m


def _portrait(img: np.ndarray, box: tuple[int, int, int, int], rng: np.random.Generator) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    img[y0:y1, x0:x1] = np.array([rng.uniform(0.6, 0.85)] * 2 + [rng.uniform(0.7, 0.95)])
    sub = img[y0:y1, x0:x1]
    skin = tuple(float(v) for v in np.array([0.85, 0.66, 0.52]) * rng.uniform(0.55, 1.05))
    hair = tuple(float(v) for v in rng.uniform(0.05, 0.3, 3))
    coat = tuple(float(v) for v in rng.uniform(0.1, 0.5, 3))
    cv2.ellipse(sub, (w // 2, int(h * 1.05)), (int(w * 0.48), int(h * 0.32)), 0, 0, 360, coat, -1)
    cv2.rectangle(sub, (int(w * 0.42), int(h * 0.55)), (int(w * 0.58), int(h * 0.78)), skin, -1)
    cv2.ellipse(sub, (w // 2, int(h * 0.38)), (int(w * 0.26), int(h * 0.27)), 0, 0, 360, hair, -1)
    cv2.ellipse(sub, (w // 2, int(h * 0.44)), (int(w * 0.21), int(h * 0.25)), 0, 0, 360, skin, -1)


def _text(
    mask: Image.Image, xy: tuple[float, float], s: str, path: Path, px: float, index: int = 0
) -> None:
    ImageDraw.Draw(mask).text(xy, s, font=_font(path, round(px), index), fill=255)


def _viz(fmt: str, lines: tuple[str, ...]) -> list[tuple[str, str]]:
    lay = mrz_layout.layout(fmt)

    def get(name: str) -> str:
        return lay.field(name).of(lines).replace("<", " ").strip()

    names = [*lay.field("names").of(lines).split("<<", 1), ""]

    def date(s: str) -> str:
        months = _w("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")
        ok = s.isdigit() and 1 <= int(s[2:4]) <= 12
        return f"{s[4:]} {months[int(s[2:4]) - 1]} {s[:2]}" if ok else s

    return [
        ("Surname", names[0].replace("<", " ")),
        ("Given names", names[1].replace("<", " ").strip()),
        ("Nationality", get("nationality")),
        ("Date of birth", date(get("birth_date"))),
        ("Sex", get("sex")),
        ("Document no.", get("document_number")),
        ("Date of expiry", date(get("expiry_date"))),
        ("Issuing state", get("issuing_state")),
    ]


def _mrz_ink(
    lines: tuple[str, ...],
    face: str,
    cap: float,
    pitch: float,
    line_pitch: float,
    rng: np.random.Generator,
) -> tuple[np.ndarray, float, float, str]:
    """The MRZ as ink coverage (float 0-1), each glyph set in its own cell with kerning
    jitter on a wobbling baseline, then the ink spread or starved. Returns the coverage,
    the x and y of the first cell's left edge and capital top in it, and the ink kind."""
    path = FACES[face][0]
    probe = _font(path, 200)
    b = probe.getbbox("H")
    size = cap * 200 / (b[3] - b[1])
    font = _font(path, round(size))
    top = font.getbbox("H")[1]
    margin = round(cap)
    w = round(len(lines[0]) * pitch + 2 * margin)
    h = round((len(lines) - 1) * line_pitch + cap + 2 * margin)
    canvas = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(canvas)
    kern = rng.uniform(0.01, 0.035) * pitch
    for i, ln in enumerate(lines):
        amp, period = rng.uniform(0, 0.08) * cap, rng.uniform(15, 60)
        phase = rng.uniform(0, 2 * np.pi)
        stretch = rng.uniform(0.985, 1.015)  # a line set a little loose or tight
        for j, c in enumerate(ln):
            if c == " ":
                continue
            x = margin + j * pitch * stretch + (pitch - font.getlength(c)) / 2
            x += rng.normal(0, kern)
            y = margin + i * line_pitch - top
            y += amp * np.sin(2 * np.pi * j / period + phase) + rng.normal(0, 0.025 * cap)
            d.text((x, y), c, font=font, fill=255)
    ink = np.asarray(canvas, np.float32) / 255.0
    kind = str(rng.choice(["even", "spread", "starved"], p=[0.4, 0.3, 0.3]))
    sigma = max(0.4, 0.05 * cap)
    if kind == "spread":
        ink = np.clip(cv2.GaussianBlur(ink, (0, 0), sigma) * rng.uniform(1.4, 2.0), 0, 1)
    elif kind == "starved":
        ink = cv2.GaussianBlur(ink, (0, 0), sigma * 0.7)
        lo = rng.uniform(0.15, 0.3)
        ink = np.clip((ink - lo) / (1 - lo), 0, 1)
        patch = rng.random((max(2, h // 6), max(2, w // 6))).astype(np.float32)
        patch = cv2.resize(patch, (w, h), interpolation=cv2.INTER_CUBIC)
        ink *= np.clip(0.55 + 0.6 * patch, 0.55, 1.0)  # the ribbon or toner thin in patches
    return ink, float(margin), float(margin), kind


def _stamp(r: float, rng: np.random.Generator) -> np.ndarray:
    """A rubber entry stamp (uint8 coverage), turned, its ink uneven."""
    w, h = round(rng.uniform(26, 36) * r), round(rng.uniform(15, 21) * r)
    tile = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(tile)
    lw = max(1, round(0.45 * r))
    if rng.random() < 0.5:
        d.rounded_rectangle((lw, lw, w - lw, h - lw), round(2 * r), outline=255, width=lw)
    else:
        d.ellipse((lw, lw, w - lw, h - lw), outline=255, width=lw)
        d.ellipse((4 * lw, 4 * lw, w - 4 * lw, h - 4 * lw), outline=255, width=max(1, lw // 2))
    port = _one(rng, ("TAOYUAN T1", "TAOYUAN T2", "SONGSHAN", "KAOHSIUNG", "TAICHUNG"))
    day = f"{int(rng.integers(1, 29)):02d} {_one(rng, _w('JAN MAR JUN SEP NOV DEC'))} 2026"
    for k, s in enumerate(("ADMITTED", port, day)):
        f = _font(SANS_BOLD, round((2.6 if k == 0 else 2.0) * r))
        tw = d.textlength(s, font=f)
        d.text(((w - tw) / 2, h * (0.22 + 0.22 * k)), s, font=f, fill=255)
    tile = tile.rotate(float(rng.uniform(-30, 30)), Image.Resampling.BILINEAR, expand=True)
    m = np.asarray(tile, np.float32)
    grain = rng.random(m.shape).astype(np.float32)
    grain = cv2.GaussianBlur(grain, (0, 0), max(0.8, 0.3 * r))
    m *= np.clip((grain - grain.min()) / (np.ptp(grain) + 1e-6) * 1.8, 0.2, 1.0)
    return m.astype(np.uint8)


SIZES_MM = {"TD3": (125.0, 88.0), "TD1": (85.6, 54.0), "TD2": (105.0, 74.0)}


def _document(
    fmt: str,
    lines: tuple[str, ...],
    face: str,
    r: float,
    cap_mm: float,
    spread: bool,
    rng: np.random.Generator,
) -> Doc:
    """The printed page (data page, card back or visa page) at r px/mm; `spread` adds the
    facing page of an open booklet above."""
    visa = fmt.startswith("MRV")
    w_mm, h_mm = SIZES_MM["TD3" if visa else fmt]
    upper = rng.uniform(30, 60) if spread and fmt in ("TD3", "MRV-A", "MRV-B") else 0.0
    w, h = round(w_mm * r), round((h_mm + upper) * r)
    top = round(upper * r)
    img = _paper(h, w, rng)
    extras: list[str] = []
    # The MRZ: ICAO puts its lines in the bottom band, the first character 5-7 mm in.
    cap = cap_mm * r
    pitch = PITCH_MM * r * (1.0 if face.startswith("ocrb") else rng.uniform(0.97, 1.02))
    line_pitch = rng.uniform(3.9, 4.4) * r
    n = len(lines)
    sticker = (0, top, w, h)
    if visa:
        sw, sh = (120.0, 80.0) if fmt == "MRV-A" else (105.0, 74.0)
        sw, sh = min(sw, w_mm - 1.5), min(sh, h_mm - 2)
        sx = round(rng.uniform(0.5, w_mm - sw - 0.5) * r)
        sy = top + round(rng.uniform(0.8, h_mm - sh - 0.8) * r)
        sticker = (sx, sy, sx + round(sw * r), sy + round(sh * r))
    sx0, sy0, sx1, sy1 = sticker
    mrz_w = len(lines[0]) * pitch
    x0 = sx0 + min(rng.uniform(4.5, 7.0) * r, (sx1 - sx0 - mrz_w) / 2 + rng.uniform(-1, 1) * r)
    last_base = sy1 - rng.uniform(3.5, 6.0) * r
    y_top = last_base - (n - 1) * line_pitch - cap
    mrz = (x0, y_top, x0 + mrz_w, last_base)
    behind = rng.random() < 0.7  # the security print runs behind the MRZ on most documents
    extras.append("guilloche behind MRZ" if behind else "clear MRZ band")
    keep = () if behind else (x0 - r, y_top - 1.5 * r, x0 + mrz_w + r, last_base + 1.5 * r)
    pattern = _guilloche(h, w, r, rng, keep)
    hue = tuple(float(v) for v in rng.uniform(0.35, 0.85, 3))
    _tint(img, pattern, hue, rng.uniform(0.25, 0.5))
    if visa:  # the sticker's own print and its edge
        sub = img[sy0:sy1, sx0:sx1]
        sub *= np.array([rng.uniform(0.9, 1.0), rng.uniform(0.92, 1.0), 1.0], np.float32)
        cv2.rectangle(img, (sx0, sy0), (sx1, sy1), (0.6, 0.6, 0.65), max(1, round(0.15 * r)))
    if upper:  # the gutter between the pages, a soft shadow
        g = np.exp(-(((np.arange(h) - top) / (1.5 * r)) ** 2)).astype(np.float32)
        img *= (1 - 0.35 * g)[:, None, None]
    # The visual zone: title, portrait, labelled data.
    words = Image.new("L", (w, h), 0)
    state = mrz_layout.layout(fmt).field("issuing_state").of(lines).strip("<")
    title = {
        "TD3": "PASSPORT",
        "TD1": "RESIDENT CERTIFICATE" if state == "TWN" else "IDENTITY CARD",
        "TD2": "IDENTITY CARD",
    }.get(fmt, "VISA")
    _text(words, (sx0 + 0.3 * (sx1 - sx0), sy0 + 2.5 * r), title, SANS_BOLD, 3.2 * r)
    if state == "TWN":
        _text(words, (sx0 + 0.3 * (sx1 - sx0), sy0 + 6.5 * r), "中華民國", CJK, 2.8 * r, 3)
    body_top = sy0 + 11 * r
    if fmt != "TD1":  # a card's MRZ is on its back: no portrait there
        pw = round(0.22 * (sx1 - sx0))
        ph = round(min(pw * 1.3, y_top - body_top - 3 * r))
        if ph > 4 * r:
            px0 = round(sx0 + 5 * r)
            _portrait(img, (px0, round(body_top), px0 + pw, round(body_top) + ph), rng)
        vx = sx0 + 10 * r + pw
    else:
        vx = sx0 + 5 * r
    room = y_top - body_top - 2 * r
    rows = 4 if fmt != "TD1" else 3
    step = room / rows
    label_px, value_px = min(1.5 * r, step * 0.3), min(2.4 * r, step * 0.45)
    for k, (label, value) in enumerate(_viz(fmt, lines)[: 2 * rows]):
        cx = vx + (k % 2) * 0.33 * (sx1 - sx0)
        cy = body_top + (k // 2) * step
        _text(words, (cx, cy), label, SANS, label_px)
        _text(words, (cx, cy + label_px * 1.2), value, SANS_BOLD, value_px)
    _tint(img, np.asarray(words), (0.15, 0.15, 0.2), 0.9)
    # A stamp above the MRZ, close to it but never over it.
    if rng.random() < 0.35:
        s = _stamp(r, rng)
        ys, xs = np.nonzero(s > 40)
        if len(ys):
            s = s[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
            gap = rng.uniform(0.4, 3.0) * r
            by = round(y_top - gap) - s.shape[0]
            bx = round(rng.uniform(sx0, max(sx0 + 1, sx1 - s.shape[1])))
            if by >= 0 and bx + s.shape[1] <= w:
                stamp_cover = np.zeros((h, w), np.uint8)
                stamp_cover[by : by + s.shape[0], bx : bx + s.shape[1]] = s
                colour = _one(rng, ("red", "blue", "violet", "green"))
                ink = {
                    "red": (0.8, 0.15, 0.2),
                    "blue": (0.15, 0.25, 0.75),
                    "violet": (0.45, 0.2, 0.65),
                    "green": (0.15, 0.55, 0.3),
                }[colour]
                _tint(img, stamp_cover, ink, rng.uniform(0.55, 0.85))
                extras.append(f"{colour} stamp {gap / r:.1f} mm above MRZ")
    # The MRZ itself.
    ink, mx, my, kind = _mrz_ink(lines, face, cap, pitch, line_pitch, rng)
    ox, oy = round(x0 - mx), round(y_top - my)
    ih, iw = ink.shape
    a0, b0 = max(0, -oy), max(0, -ox)
    a1, b1 = min(ih, h - oy), min(iw, w - ox)
    region = img[oy + a0 : oy + a1, ox + b0 : ox + b1]
    cover = ink[a0:a1, b0:b1, None] * rng.uniform(0.85, 0.97)
    black = np.array([rng.uniform(0.03, 0.15)] * 3, np.float32)
    region[:] = region * (1 - cover) + black * cover
    extras.append(f"ink {kind}")
    return Doc(img, r, mrz, cap, extras)


# -- the capture ----------------------------------------------------------------------------


def _homography(w: int, h: int, scale: float, turn: float, tilt: tuple[float, float]) -> np.ndarray:
    """Page px -> image px: scaled, the plane tilted about its axes (keystone, seen by a
    pinhole camera), turned in the image; translated to positive coordinates later."""
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64)
    c = src - [w / 2, h / 2]
    ax, ay = np.radians(tilt[0]), np.radians(tilt[1])
    rx = np.array([[1, 0, 0], [0, np.cos(ax), -np.sin(ax)], [0, np.sin(ax), np.cos(ax)]])
    ry = np.array([[np.cos(ay), 0, np.sin(ay)], [0, 1, 0], [-np.sin(ay), 0, np.cos(ay)]])
    p = np.c_[c, np.zeros(4)] @ (ry @ rx).T
    dist = 1.6 * max(w, h)
    q = p[:, :2] * (dist / (dist + p[:, 2:3])) * scale
    t = np.radians(turn)
    rot = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
    dst = q @ rot.T
    return cv2.getPerspectiveTransform(src.astype(np.float32), dst.astype(np.float32))


def _apply(hm: np.ndarray, pts: np.ndarray) -> np.ndarray:
    return cv2.perspectiveTransform(pts.reshape(-1, 1, 2).astype(np.float64), hm).reshape(-1, 2)


def _local_caps(hm: np.ndarray, doc: Doc) -> list[float]:
    """Capital heights in the image at the MRZ's two ends and centre."""
    x0, y0, x1, _ = doc.mrz
    out = []
    for x in (x0, (x0 + x1) / 2, x1):
        a, b = _apply(hm, np.array([[x, y0], [x, y0 + doc.cap]]))
        out.append(float(np.hypot(*(b - a))))
    return out


def _fit(hm: np.ndarray, doc: Doc, lo: float = 10.2, hi: float = 39.8) -> np.ndarray:
    """The homography scaled so that every MRZ capital is lo-hi px high."""
    caps = _local_caps(hm, doc)
    k = 1.0
    if max(caps) > hi:
        k = hi / max(caps)
    if min(caps) * k < lo:
        k = lo / min(caps)
    return np.diag([k, k, 1.0]) @ hm


def _background(h: int, w: int, kind: str, rng: np.random.Generator) -> np.ndarray:
    """What lies around the document: a counter top, a reader's glass, a scanner lid."""
    if kind == "reader":
        base = np.full((h, w, 3), rng.uniform(0.05, 0.2), np.float32)
    elif kind == "flatbed":
        base = np.full((h, w, 3), rng.uniform(0.9, 0.98), np.float32)
    else:
        colour = rng.uniform(0.15, 0.75, 3).astype(np.float32)
        base = np.empty((h, w, 3), np.float32)
        base[:] = colour
        small = rng.normal(0, 1, (max(2, h // 16), max(2, w // 4))).astype(np.float32)
        grain = 1 + 0.08 * small[..., None] * np.ones(3, np.float32)
        base *= cv2.resize(grain, (w, h), interpolation=cv2.INTER_LINEAR)  # wood or cloth
    return base


def _light(h: int, w: int, rng: np.random.Generator, strength: float) -> np.ndarray:
    """Uneven light: a tilted ramp and a soft hot spot (drawn small, then enlarged)."""
    sh, sw = max(2, h // 8), max(2, w // 8)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    a = rng.uniform(0, 2 * np.pi)
    ramp = ((xx / sw - 0.5) * np.cos(a) + (yy / sh - 0.5) * np.sin(a)) * strength
    cx, cy = rng.uniform(0.2, 0.8) * sw, rng.uniform(0.2, 0.8) * sh
    spot = np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (0.5 * (sw * sw + sh * sh))))
    small = (1 - strength / 2 + ramp + strength * 0.6 * spot).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)[..., None]


def _noise(shape: tuple[int, ...], sigma: float, rng: np.random.Generator) -> np.ndarray:
    """Gaussian noise, float32 (OpenCV's generator seeded from `rng`: fast and repeatable)."""
    out = np.empty(shape, np.float32)
    cv2.setRNGSeed(int(rng.integers(2**31)))
    cv2.randn(out, 0.0, sigma)
    return out


def _glare(
    frame: np.ndarray, page: np.ndarray, quad: np.ndarray, rng: np.random.Generator, cap: float
) -> str:
    """A specular spot on the laminate; over the MRZ it is weak enough to read through."""
    h, w = frame.shape[:2]
    u, v = rng.uniform(0.1, 0.9, 2)  # somewhere on the page
    top, bottom = page[0] + (page[1] - page[0]) * u, page[3] + (page[2] - page[3]) * u
    cx, cy = top + (bottom - top) * v
    rx, ry = rng.uniform(3, 9) * cap, rng.uniform(2, 5) * cap
    x0, y0 = quad.min(0) - cap
    x1, y1 = quad.max(0) + cap
    near = x0 - rx < cx < x1 + rx and y0 - ry < cy < y1 + ry
    peak = rng.uniform(0.25, 0.4) if near else rng.uniform(0.5, 0.9)
    ys = slice(max(0, int(cy - 3 * ry)), min(h, int(cy + 3 * ry)))
    xs = slice(max(0, int(cx - 3 * rx)), min(w, int(cx + 3 * rx)))
    yy, xx = np.mgrid[ys, xs].astype(np.float32)
    g = peak * np.exp(-(((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2) * 2)
    frame[ys, xs] += g[..., None]
    return "glare over MRZ" if near else "glare"


def _thumb(frame: np.ndarray, quad: np.ndarray, rng: np.random.Generator, cap: float) -> str:
    """A thumb holding the document, its tip a little below or beside the MRZ, never on it."""
    tl, tr, br, bl = quad
    side = _one(rng, ("below", "left", "right"))
    if side == "below":
        a, b = bl, br
        at = a + (b - a) * rng.uniform(0.1, 0.9)
    elif side == "left":
        a, b = tl, bl
        at = (a + b) / 2
    else:
        a, b = br, tr
        at = (a + b) / 2
    edge = (b - a) / (np.linalg.norm(b - a) + 1e-9)
    out = np.array([-edge[1], edge[0]])  # away from the MRZ (its corners go clockwise)
    radius = rng.uniform(3.5, 5.0) * cap
    gap = rng.uniform(0.4, 1.5) * cap
    tip = at + out * (gap + radius)
    far = tip + out * 40 * cap
    n = np.array([-out[1], out[0]]) * radius
    poly = np.array([tip + n, far + n, far - n, tip - n])
    h, w = frame.shape[:2]
    lo = np.floor(np.maximum(np.vstack([poly, tip - radius]).min(0) - 4, 0)).astype(int)
    hi = np.ceil(np.minimum(np.vstack([poly, tip + radius]).max(0) + 4, [w, h])).astype(int)
    if (hi - lo <= 0).any():
        return "thumb outside the frame"
    roi = frame[lo[1] : hi[1], lo[0] : hi[0]]  # drawn in its bounding box only
    mask = np.zeros(roi.shape[:2], np.uint8)
    cv2.circle(mask, tuple(int(v) for v in tip - lo), int(radius), 255, -1, cv2.LINE_AA)
    cv2.fillConvexPoly(mask, (poly - lo).astype(np.int32), 255, cv2.LINE_AA)
    skin = np.array([0.78, 0.58, 0.47], np.float32) * rng.uniform(0.5, 1.05)
    m = cv2.GaussianBlur(mask, (0, 0), 1.5).astype(np.float32)[..., None] / 255
    shade = 0.85 + 0.15 * cv2.GaussianBlur(m[..., 0], (0, 0), radius / 2)[..., None]
    roi[:] = roi * (1 - m) + skin * shade * m
    return f"thumb {side} the MRZ" if side == "below" else f"thumb {side} of the MRZ"


def _motion(frame: np.ndarray, length: float, rng: np.random.Generator) -> np.ndarray:
    n = max(3, int(np.ceil(length)) | 1)
    k = np.zeros((n, n), np.float32)
    a = rng.uniform(0, np.pi)
    c, dx, dy = n // 2, np.cos(a) * length / 2, np.sin(a) * length / 2
    cv2.line(k, (round(c - dx), round(c - dy)), (round(c + dx), round(c + dy)), 1.0, 1)
    return cv2.filter2D(frame, -1, k / k.sum())


def _jpeg(frame: np.ndarray, quality: int, grey: bool = False) -> bytes:
    img = np.clip(frame * 255 + 0.5, 0, 255).astype(np.uint8)
    img = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY) if grey else cv2.cvtColor(img, cv2.COLOR_RGB2BGR)
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return buf.tobytes()


WEBCAM_MODES = [(640, 480), (800, 600), (1280, 720), (1920, 1080)]


@dataclass(frozen=True)
class Shot:
    turn: float  # degrees in the image
    tilt: tuple[float, float]  # degrees about the page's x and y axes
    margin: tuple[float, float]  # around the document, as a share of its size (min, max)
    frame: tuple[int, int] | None  # fixed sensor size (webcam), else fitted


def _shoot(
    doc: Doc, cap_px: float, shot: Shot, kind: str, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The page laid in the image: the frame (float RGB), the page's and the MRZ's corners."""
    h, w = doc.img.shape[:2]
    hm = _homography(w, h, cap_px / doc.cap, shot.turn, shot.tilt)
    hm = _fit(hm, doc)
    corners = _apply(hm, np.array([[0, 0], [w, 0], [w, h], [0, h]], float))
    x0, y0, x1, y1 = doc.mrz
    mrz = _apply(hm, np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], float))
    if shot.frame is None:
        lo, hi = corners.min(0), corners.max(0)
        size = hi - lo
        m0 = size * rng.uniform(*shot.margin, 2)
        m1 = size * rng.uniform(*shot.margin, 2)
        fw, fh = (int(v) for v in np.ceil(size + m0 + m1))
        shift = m0 - lo
    else:
        lo, hi = mrz.min(0), mrz.max(0)
        # The smallest of the webcam's modes that holds the MRZ with a margin.
        fits = [
            f
            for f in WEBCAM_MODES
            if f[0] >= shot.frame[0] and (np.array(f) - (hi - lo) > 40).all()
        ]
        fw, fh = fits[0] if fits else (int(hi[0] - lo[0]) + 80, int(hi[1] - lo[1]) + 80)
        # Aimed at the document, a little off; the MRZ kept 20 px inside the frame.
        middle = (corners.min(0) + corners.max(0)) / 2
        shift = np.array([fw, fh]) * (0.5 + rng.uniform(-0.1, 0.1, 2)) - middle
        shift = np.clip(shift, 20 - lo, np.array([fw, fh]) - 20 - hi)
    hm = np.array([[1, 0, shift[0]], [0, 1, shift[1]], [0, 0, 1]]) @ hm
    mrz, corners = mrz + shift, corners + shift
    # Shrink with area averaging first: warping alone would alias thin strokes.
    k = float(np.sqrt(abs(np.linalg.det(hm[:2, :2]))))
    src = doc.img
    if k < 0.8:
        src = cv2.resize(
            src, (max(2, round(w * k)), max(2, round(h * k))), interpolation=cv2.INTER_AREA
        )
        hm = hm @ np.diag([w / src.shape[1], h / src.shape[0], 1.0])
    frame = _background(fh, fw, kind, rng)
    cv2.warpPerspective(
        src, hm, (fw, fh), dst=frame, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT
    )
    return frame, corners, mrz


def _plan(capture: str, cap_mm: float, rng: np.random.Generator) -> tuple[float, Shot, list[str]]:
    """The MRZ capital height wanted in the image and how the document lies there."""
    if capture == "reader":
        return rng.uniform(22, 40), Shot(rng.normal(0, 0.6), (0.0, 0.0), (0.02, 0.06), None), []
    if capture == "phone":
        tilt = (rng.uniform(-22, 22), rng.uniform(-15, 15))
        return rng.uniform(14, 32), Shot(rng.uniform(-25, 25), tilt, (0.04, 0.2), None), []
    if capture == "flatbed":
        dpi = rng.uniform(150, 300)
        shot = Shot(rng.uniform(-3, 3), (0.0, 0.0), (0.03, 0.2), None)
        return cap_mm * dpi / 25.4, shot, [f"{dpi:.0f} dpi"]
    mode = WEBCAM_MODES[int(rng.integers(3))]
    tilt = (rng.uniform(-10, 10), rng.uniform(-8, 8))
    return rng.uniform(10.5, 15.5), Shot(rng.uniform(-8, 8), tilt, (0, 0), mode), []


def _capture(
    doc: Doc, capture: str, cap: float, shot: Shot, rng: np.random.Generator
) -> tuple[bytes, np.ndarray, float, list[str]]:
    """JPEG bytes, the MRZ's corners, px per mm at the MRZ, what else is in the image."""
    extras: list[str] = []
    frame, page, quad = _shoot(doc, cap, shot, capture, rng)
    h, w = frame.shape[:2]
    # Capital height and scale at the MRZ's centre, from the quad's left and right heights.
    lines_h = (np.linalg.norm(quad[3] - quad[0]) + np.linalg.norm(quad[2] - quad[1])) / 2
    mrz_h_page = doc.mrz[3] - doc.mrz[1]
    px_per_page_px = lines_h / mrz_h_page
    cap_px = doc.cap * px_per_page_px
    if capture == "reader":
        frame *= _light(h, w, rng, rng.uniform(0.15, 0.35))
        if rng.random() < 0.5:
            extras.append(_glare(frame, page, quad, rng, cap_px))
        frame += _noise(frame.shape, 0.006, rng)
        jpeg = _jpeg(frame, int(rng.integers(80, 96)))
    elif capture == "phone":
        frame *= _light(h, w, rng, rng.uniform(0.2, 0.5))
        if rng.random() < 0.35:
            extras.append(_thumb(frame, quad, rng, cap_px))
        if rng.random() < 0.4:
            extras.append(_glare(frame, page, quad, rng, cap_px))
        blur = rng.uniform(0.5, 0.15 * cap_px)
        frame = _motion(frame, blur, rng)
        extras.append(f"motion {blur:.1f} px")
        frame = np.clip(frame, 0, 1)
        # Shot noise grows with the light; chroma noise is blotchy (demosaicing).
        frame += _noise(frame.shape, 1.0, rng) * cv2.sqrt(frame) * 0.03
        chroma = _noise((h // 4 + 1, w // 4 + 1, 3), 0.02, rng)
        frame += cv2.resize(chroma, (w, h)) + _noise(frame.shape, 0.008, rng)
        jpeg = _jpeg(frame, int(rng.integers(50, 86)))
    elif capture == "flatbed":
        frame = cv2.GaussianBlur(frame, (0, 0), rng.uniform(0.5, 0.9))  # the scanner's optics
        grain = cv2.GaussianBlur(_noise((h, w), 1.0, rng), (0, 0), 0.7) * rng.uniform(0.02, 0.045)
        fibres = np.zeros((h, w), np.uint8)
        for _ in range(int(rng.integers(30, 120))):
            x, y = rng.uniform(0, w), rng.uniform(0, h)
            a, n = rng.uniform(0, np.pi), rng.uniform(3, 15)
            ends = (int(x), int(y)), (int(x + n * np.cos(a)), int(y + n * np.sin(a)))
            cv2.line(fibres, *ends, 255, 1, cv2.LINE_AA)
        frame *= (1 + grain - 0.06 * fibres.astype(np.float32) / 255)[..., None]
        frame *= _light(h, w, rng, rng.uniform(0.02, 0.08))
        grey = rng.random() < 0.3
        jpeg = _jpeg(frame, int(rng.integers(75, 93)), grey=grey)
        extras.append("paper grain" + (", grey" if grey else ""))
    else:
        frame = cv2.GaussianBlur(frame, (0, 0), rng.uniform(0.4, 0.9))  # a cheap lens, defocus
        frame *= _light(h, w, rng, rng.uniform(0.25, 0.5))
        frame *= np.array([rng.uniform(0.9, 1.05), 1.0, rng.uniform(0.85, 1.1)], np.float32)
        frame += _noise(frame.shape, rng.uniform(0.01, 0.03), rng)
        jpeg = _jpeg(frame, int(rng.integers(35, 66)))
    px_mm = px_per_page_px * doc.r
    return jpeg, quad, px_mm, [*extras, f"cap {cap_px:.1f} px"]


def sample(seed: int, *, today: dt.date) -> Sample:
    """One document image and its printed MRZ (the truth), from `seed`."""
    rng = np.random.default_rng(seed)
    fmt, _composed, printed, valid = random_mrz(rng, today)
    capture = str(_choice(rng, CAPTURE_SHARE))
    face = str(_choice(rng, {k: v[1] for k, v in FACES.items()}))
    cap_mm = rng.uniform(2.25, 2.5)
    cap, shot, plan = _plan(capture, cap_mm, rng)
    # The page drawn finely enough that the capture shrinks it (area-averaged) or nearly.
    r = max(1.15 * cap, 18.0) / cap_mm
    spread = capture == "phone" and rng.random() < 0.5 and cap < 24
    doc = _document(fmt, printed, face, r, cap_mm, spread, rng)
    jpeg, quad, px_mm, extras = _capture(doc, capture, cap, shot, rng)
    extras = plan + extras
    return Sample(
        seed=seed,
        jpeg=jpeg,
        lines=printed,
        valid=valid,
        format=fmt,
        capture=capture,
        font=face,
        dpi=px_mm * 25.4,
        cap_px=doc.cap / doc.r * px_mm,
        mrz_quad=tuple((float(x), float(y)) for x, y in quad),
        extras=", ".join(doc.extras + extras),
    )
