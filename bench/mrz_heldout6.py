"""A sixth document-photo generator: issue 10's last held-out set, scored once by the lead.

Written without running the OCR on any image it makes and without reading the OCR's
code; its author looked at a handful of images by eye so that a person can read every
MRZ character. It shares no rendering code with the other generators (synth.py,
mrz_variant.py, mrz_heldout.py, mrz_heldout4.py, mrz_heldout5.py) and pictures what a
Taiwan airport or seaport counter is handed:

- content: TD3 70 %, TD1 13 %, MRV-A 8 %, TD2 5 %, MRV-B 4 %; passports mostly from
  TWN, then JPN, KOR, USA, PHL, VNM, THA, IDN, MYS, CHN, HKG, SGP, GBR, DEU, FRA, AUS,
  CAN; names in Wade-Giles (TWN), Hanyu Pinyin (CHN), Cantonese (HKG) and the other
  issuers' usual spellings, long Thai, Malay and compound names truncated to the field;
  each issuer's document-number shape (letters beside digits where it allows them, drawn
  towards O/0, I/1, S/5, B/8, Z/2, G/6), filled optional data (Taiwan's national ID,
  Thai and Malaysian ID numbers, Chinese encoded data); visas issued by Taiwan to
  neighbouring nationals and by others to Taiwanese; crew member certificates (AC). One
  document in ten is printed with one check digit wrong (truth: the printed lines,
  ICAO 9303's verdict invalid);
- the page: an open booklet (data page or visa page under a stamped page), a card's
  MRZ side, or a visa sticker on a visa page; background printing is a gradient with
  micro-text rows, sine-wave line sets and a faint emblem, the MRZ's clear zone left
  pale; personalisation (MRZ, printed data, portrait) in carbon ink kept apart so that
  an infrared image keeps only it. MRZ faces: OCR-B at the ICAO 2.54 mm pitch (87 %),
  otherwise Noto Sans Mono CJK Regular or DejaVu Sans Mono at their own advance;
- captures (share; in seeds 1 600 000-1 600 199: 42, 62, 56, 40 images): (a) a full-page
  passport reader, 250-470 dpi, nearly square-on, in white, infrared (grey; colour inks
  gone) or blue-violet light with fluorescent fibres, a laminate sheen or holographic
  band crossing the MRZ (27 %; the band also on 40 % of desk-camera and 30 % of phone
  captures); (b) a desk document camera, 165-355 dpi, turned a few
  degrees, slight defocus, warm uneven light, JPEG quality 40-70 (27 %); (c) a phone
  photo over a dark counter, 185-470 dpi, turned up to 20 degrees with mild
  perspective, uneven lamp light, sensor noise, a little hand shake, phone sharpening,
  JPEG 74-92 (28 %); (d) a scanned photocopy, 145-250 dpi, grey, the background washed
  out, toner spread, speckle and a drum streak, skewed up to 2 degrees (18 %).
  MRZ capitals are 14-40 px high.
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

SEED = 1_600_000
PX_MM = 20  # the page is drawn at 20 px/mm (508 dpi) and captured from there

_FONTS = Path("/usr/share/fonts")
OCRB = (_FONTS / "opentype/ocr-b/OCRB.otf", 0)
NOTO_MONO = (_FONTS / "opentype/noto/NotoSansCJK-Regular.ttc", 8)  # Noto Sans Mono CJK TC
DEJAVU_MONO = (_FONTS / "truetype/dejavu/DejaVuSansMono.ttf", 0)
LABEL = (_FONTS / "opentype/noto/NotoSansCJK-Regular.ttc", 3)  # Noto Sans CJK TC
LABEL_BOLD = (_FONTS / "opentype/noto/NotoSansCJK-Bold.ttc", 3)
VALUE = (_FONTS / "truetype/dejavu/DejaVuSansCondensed.ttf", 0)
FACE_SHARE = {"ocrb": 0.87, "noto-mono": 0.07, "dejavu-mono": 0.06}
_FACE_FILE = {"ocrb": OCRB, "noto-mono": NOTO_MONO, "dejavu-mono": DEJAVU_MONO}

FORMAT_SHARE = {"TD3": 0.70, "TD1": 0.13, "MRV-A": 0.08, "TD2": 0.05, "MRV-B": 0.04}
CAPTURE_SHARE = {"reader": 0.27, "deskcam": 0.27, "phone": 0.28, "photocopy": 0.18}
PASSPORT_STATES = {
    "TWN": 0.30, "JPN": 0.07, "KOR": 0.07, "USA": 0.06, "PHL": 0.06, "VNM": 0.06,
    "THA": 0.05, "IDN": 0.05, "MYS": 0.05, "CHN": 0.04, "HKG": 0.03, "SGP": 0.03,
    "GBR": 0.03, "DEU": 0.03, "FRA": 0.03, "AUS": 0.02, "CAN": 0.02,
}  # fmt: skip
# Card issuers: national ID cards, the US passport card, crew member certificates.
CARD_ISSUERS = {
    ("DEU", "ID"): 0.18, ("FRA", "ID"): 0.12, ("USA", "IP"): 0.15, ("ESP", "ID"): 0.08,
    ("CHE", "ID"): 0.07, ("TWN", "AC"): 0.15, ("JPN", "AC"): 0.08, ("SGP", "AC"): 0.07,
    ("ROU", "I<"): 0.05, ("PHL", "AC"): 0.05,
}  # fmt: skip
VISA_ISSUERS = {"TWN": 0.60, "JPN": 0.10, "KOR": 0.10, "USA": 0.08, "GBR": 0.06, "AUS": 0.06}
VISA_HOLDERS = {"VNM": 0.22, "IDN": 0.20, "PHL": 0.20, "THA": 0.14, "IND": 0.10, "MYS": 0.06,
                "MMR": 0.04, "USA": 0.04}  # fmt: skip

# Document numbers: N digit, L letter (drawn towards the digits' look-alikes), A either,
# D the German number set (no vowels), a literal otherwise.
NUMBER_SHAPES = {
    "TWN": ("3NNNNNNNN",), "JPN": ("LLNNNNNNN",), "KOR": ("MNNNNNNNN", "MNNNLNNNN"),
    "USA": ("NNNNNNNNN", "ANNNNNNNN"), "PHL": ("PNNNNNNNL",), "VNM": ("LNNNNNNN",),
    "THA": ("LLNNNNNNN",), "IDN": ("LNNNNNNN", "LLNNNNNN"), "MYS": ("LNNNNNNNN",),
    "CHN": ("ENNNNNNNN", "ELNNNNNNN"), "HKG": ("KNNNNNNNN", "HNNNNNNN"),
    "SGP": ("LNNNNNNNL",), "GBR": ("NNNNNNNNN",), "DEU": ("DDDDDDDDD",),
    "FRA": ("NNLLNNNNN",), "AUS": ("LLNNNNNNN", "LNNNNNNN"), "CAN": ("LLNNNNNN",),
    "ESP": ("LLLNNNNNN",), "CHE": ("LNNNNNNN",), "ROU": ("LLNNNNNN",), "IND": ("LNNNNNNN",),
    "MMR": ("LLNNNNNN",),
}  # fmt: skip
LOOK_LETTERS = "OISBZGDQ"
DIGITS = "0123456789"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DEU_SET = "CFGHJKLMNPRTVWXYZ0123456789"


def _words(text: str) -> list[str]:
    return text.split()


WADE_GILES_SURNAMES = _words(
    "CHEN LIN HUANG CHANG LEE WANG WU LIU TSAI YANG HSU CHENG HSIEH KUO HUNG TSENG CHIU "
    "LIAO LAI CHOU YEH SU CHUANG LU CHIANG HO LO KAO CHIEN OUYANG"
)
WADE_GILES_SYLLABLES = _words(
    "CHIA HAO YU TING WEI CHUN HSIANG MING HSIN I CHIH HUNG PEI SHU FEN YI JUNG TZU "
    "HSUAN KUAN CHE YEN CHING LING CHIEN KAI HSIU LI CHUAN"
)
PINYIN_SURNAMES = _words("ZHANG WANG LI LIU CHEN YANG ZHAO HUANG ZHOU WU XU SUN ZHU GUO")
PINYIN_GIVEN = _words("XIAOMING JIANGUO YUTONG ZIHAN HAORAN XINYI SHUFEN ZHIQIANG MEILING")
NAMES = {
    "HKG": (_words("CHAN WONG LEUNG CHEUNG LAU TSANG NG HO YIP"),
            ["TAI MAN", "KA YAN", "WING SZE", "CHI KEUNG PETER", "HOI LAM"]),
    "JPN": (_words("SATO SUZUKI TAKAHASHI WATANABE YAMAMOTO NAKAMURA KOBAYASHI YOSHIDA"),
            ["HARUTO", "YUI", "SAKURA", "KENTARO", "SHOGO", "AYUMI"]),
    "KOR": (_words("KIM LEE PARK CHOI JUNG KANG CHO YOON JANG"),
            ["MINJUN", "SEOYEON", "JIHOON", "HA EUN", "DOYOON", "SOOBIN"]),
    "VNM": (_words("NGUYEN TRAN LE PHAM HOANG HUYNH PHAN VU DANG BUI"),
            ["VAN AN", "THI THU HUONG", "DUC MINH", "THI NGOC ANH", "QUANG HUY"]),
    "THA": (_words("SRISUWANNAKUL CHAROENPHOLPHAKDEE WONGSUWAN JIRAPORNPAISARN "
                   "RATTANAKOSIN SUKSAWAT PHONGPHAIBUN"),
            ["SOMCHAI", "NATTAPONG", "SUPAPORN", "KANOKWAN", "THANAWAT"]),
    "PHL": (["DELA CRUZ", "SANTOS", "REYES", "BAUTISTA", "GARCIA", "DE LOS SANTOS"],
            ["MARIA CRISTINA", "JUAN PAOLO", "MA CORAZON", "JOHN MARK", "ROSE ANN"]),
    "SGP": (_words("TAN LIM LEE NG ONG GOH"), ["WEI LING", "JUN JIE", "HUI MIN", "KAI XIANG"]),
    "WEST": (["SMITH", "JOHNSON", "WILLIAMS", "OBRIEN", "MACDONALD", "FITZGERALD HUNTINGTON",
              "MUELLER", "SCHMIDT", "ZIMMERMANN", "VON DER SCHULENBURG", "MARTIN", "DUBOIS",
              "LEFEVRE", "DE LA FONTAINE", "GARCIA LOPEZ"],
             ["JOHN MICHAEL", "ELIZABETH ANNE", "JEAN PIERRE", "MARIE CLAIRE", "KLAUS",
              "ANNA LENA", "OLIVIA", "CHRISTOPHER JAMES ALEXANDER"]),
    "IND": (["SHARMA", "PATEL", "SINGH", "RAGHAVAN", "VENKATARAMAN"],
            ["RAHUL", "PRIYA", "ARJUN KUMAR", "LAKSHMI"]),
}  # fmt: skip
INDONESIAN_SINGLE = ["SUSANTO", "WAHYUNI", "SUPARMAN", "SRI MULYANI", "BUDI SANTOSO"]
BURMESE = ["AUNG KYAW MIN", "THANT ZIN OO", "MYA THIDA", "ZAW WIN NAING", "HNIN WAI"]
MALAY_GIVEN = ["MUHAMMAD HAFIZUDDIN", "NUR AISYAH", "AHMAD FAIZAL", "SITI NURHALIZA"]
MALAY_FATHER = ["ABDUL RAHMAN", "MOHD YUSOF", "ISMAIL", "KAMARUDDIN"]


Quad = tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class Sample:
    seed: int
    jpeg: bytes
    lines: tuple[str, ...]  # as printed: what a reader must return
    valid: bool  # ICAO 9303's verdict on the printed lines
    format: str
    capture: str  # e.g. "reader ir", "phone", "photocopy"
    font: str
    dpi: float  # at the MRZ
    cap_px: float  # MRZ capital height in the image
    mrz_quad: Quad  # the MRZ's corners in the image (top left, top right, ...)


def _choice(rng: np.random.Generator, share: dict) -> object:  # type: ignore[type-arg]
    keys = list(share)
    return keys[int(rng.choice(len(keys), p=np.array(list(share.values())) / sum(share.values())))]


def _pick(rng: np.random.Generator, seq: list[str] | tuple[str, ...] | str) -> str:
    return seq[int(rng.integers(len(seq)))]


def _letter(rng: np.random.Generator) -> str:
    return _pick(rng, LOOK_LETTERS) if rng.random() < 0.4 else _pick(rng, LETTERS)


def _shaped(rng: np.random.Generator, shape: str) -> str:
    out = []
    for c in shape:
        if c == "N":
            out.append(_pick(rng, DIGITS))
        elif c == "L":
            out.append(_letter(rng))
        elif c == "A":
            out.append(_letter(rng) if rng.random() < 0.5 else _pick(rng, DIGITS))
        elif c == "D":
            out.append(_pick(rng, DEU_SET))
        else:
            out.append(c)
    return "".join(out)


def _name(rng: np.random.Generator, nation: str) -> tuple[str, str]:
    """(surname, given names) in MRZ letters; spaces become fillers in compose."""
    if nation == "TWN":
        given = " ".join(_pick(rng, WADE_GILES_SYLLABLES) for _ in range(1 + (rng.random() < 0.88)))
        return _pick(rng, WADE_GILES_SURNAMES), given
    if nation == "CHN":
        return _pick(rng, PINYIN_SURNAMES), _pick(rng, PINYIN_GIVEN)
    if nation == "IDN" and rng.random() < 0.5:
        return _pick(rng, INDONESIAN_SINGLE), ""  # one name, printed as the primary identifier
    if nation == "MMR":  # no family name: the whole name is the primary identifier
        return _pick(rng, BURMESE), ""
    if nation == "MMR":  # no family name: the whole name is the primary identifier
        return _pick(rng, BURMESE), ""
    if nation == "MYS":
        if rng.random() < 0.6:  # the whole Malay name in the primary identifier, truncated
            link = "BIN" if rng.random() < 0.5 else "BINTI"
            return f"{_pick(rng, MALAY_GIVEN)} {link} {_pick(rng, MALAY_FATHER)}", ""
        return _pick(rng, ("TAN", "LIM", "WONG", "CHONG")), _pick(rng, ("WEI MING", "MEI LING"))
    group = nation if nation in NAMES else "WEST"
    if nation == "IDN":
        group = "SGP"  # Chinese-Indonesian names
    surnames, givens = NAMES[group]
    surname, given = _pick(rng, surnames), _pick(rng, givens)
    if group in ("WEST", "PHL") and rng.random() < 0.3:  # long names: the field truncates them
        surname += " " + _pick(rng, [n for n in surnames if n != surname])
        given += " " + _pick(rng, [n for n in givens if n != given])
    return surname, given


def _optional(rng: np.random.Generator, nation: str, fmt: str) -> str:
    if fmt == "TD3":
        if nation == "TWN" and rng.random() < 0.9:  # the national ID number
            return _pick(rng, LETTERS) + _pick(rng, "12") + _shaped(rng, "NNNNNNNN")
        if nation == "THA":
            return _shaped(rng, "N" * 13)
        if nation == "MYS":
            return _shaped(rng, "NNNNNN") + _pick(rng, ("10", "14", "08")) + _shaped(rng, "NNNN")
        if nation == "CHN":
            return _shaped(rng, "AAAAAAAAAAAAAA")
        if nation == "HKG":
            return _letter(rng) + _shaped(rng, "NNNNNNN")
        if nation == "SGP":
            return _pick(rng, "ST") + _shaped(rng, "NNNNNNNL")
        if nation in ("KOR", "VNM") and rng.random() < 0.6:
            return _shaped(rng, "NNNNNNNNNNNN"[: 7 + 5 * (nation == "VNM")])
        return _shaped(rng, "NNNNNN") if rng.random() < 0.2 else ""
    if fmt in ("MRV-A", "MRV-B"):
        room = 16 if fmt == "MRV-A" else 8
        return _shaped(rng, "AANNNNNNNNNNNNNN"[:room]) if rng.random() < 0.7 else ""
    longest = 7 if fmt == "TD2" else 8  # a staff or card number
    staff = _shaped(rng, "NNNNNNNA"[: int(rng.integers(4, longest + 1))])
    return staff if rng.random() < 0.7 else ""


def _reprint_wrong(rng: np.random.Generator, fmt: str, lines: tuple[str, ...]) -> tuple[str, ...]:
    """The lines with one check digit printed wrong (a digit, never a filler)."""
    checks = [c for c in mrz_layout.layout(fmt).checks if lines[c.line][c.pos].isdigit()]
    c = checks[int(rng.integers(len(checks)))]
    old = lines[c.line][c.pos]
    new = _pick(rng, DIGITS.replace(old, ""))
    return tuple(
        ln[: c.pos] + new + ln[c.pos + 1 :] if i == c.line else ln for i, ln in enumerate(lines)
    )


def random_mrz(
    rng: np.random.Generator, today: dt.date
) -> tuple[str, tuple[str, ...], tuple[str, ...], bool]:
    """(format, composed lines, printed lines, ICAO verdict of the printed lines)."""
    fmt = str(_choice(rng, FORMAT_SHARE))
    if fmt == "TD3":
        state = str(_choice(rng, PASSPORT_STATES))
        nation, code = state, "P<"
        number = _shaped(rng, _pick(rng, NUMBER_SHAPES[state]))
    elif fmt in ("TD1", "TD2"):
        state, code = _choice(rng, CARD_ISSUERS)  # type: ignore[misc]
        nation = str(_choice(rng, PASSPORT_STATES)) if code == "AC" else state
        number = _shaped(rng, _pick(rng, NUMBER_SHAPES[state]))
        if fmt == "TD1" and rng.random() < 0.1:  # a long number, continued in the optional data
            number += _shaped(rng, "NNN")
    else:
        state = str(_choice(rng, VISA_ISSUERS))
        nation = str(_choice(rng, VISA_HOLDERS)) if state == "TWN" else "TWN"
        code = _pick(rng, ("V<", "V<", "VT", "VS"))
        number = _shaped(rng, "LNNNNNNNN" if state == "TWN" else "NNNNNNNN")
    surname, given = _name(rng, nation)
    birth = today - dt.timedelta(days=int(rng.integers(2 * 365, 80 * 365)))
    expiry = today + dt.timedelta(days=int(rng.integers(20, 10 * 365)))
    sex = "M" if rng.random() < 0.5 else "F"
    opt = _optional(rng, nation, fmt)
    opt2 = _shaped(rng, "NNNNNNN") if fmt == "TD1" and rng.random() < 0.3 else ""
    composed = compose(
        fmt,
        document_code=code,
        issuing_state=state,
        surname=surname,
        given_names=given,
        document_number=number,
        nationality=nation,
        birth_date=birth,
        sex=sex,
        expiry_date=expiry,
        optional_data=opt,
        optional_data_2=opt2,
    )
    printed = _reprint_wrong(rng, fmt, composed) if rng.random() < 0.1 else composed
    return fmt, composed, printed, parse(printed, today=today).valid


# -- the page ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _font(spec: tuple[Path, int], px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(spec[0]), px, index=spec[1])


def _mm(v: float) -> int:
    return round(v * PX_MM)


PALETTES = (  # (wash top, wash bottom, line ink, micro-text ink) as RGB 0-255
    ((236, 226, 238), (214, 232, 226), (170, 140, 190), (150, 170, 160)),  # mauve/green
    ((226, 236, 246), (242, 232, 214), (120, 160, 200), (190, 160, 120)),  # blue/sand
    ((246, 230, 220), (228, 240, 230), (210, 140, 120), (120, 170, 140)),  # peach/mint
    ((232, 238, 222), (240, 226, 232), (140, 170, 110), (190, 130, 150)),  # sage/rose
)


def _security_print(w: int, h: int, rng: np.random.Generator, motto: str) -> Image.Image:
    """A pastel gradient, rows of micro-text, sets of sine-wave lines and a faint emblem."""
    top, bottom, line_ink, text_ink = PALETTES[int(rng.integers(len(PALETTES)))]
    t = np.linspace(0.0, 1.0, h, dtype=np.float32)[:, None, None]
    wash = (1 - t) * np.array(top, np.float32) + t * np.array(bottom, np.float32)
    wash = np.broadcast_to(wash, (h, w, 3))
    # Micro-text: one row rendered once, laid down every `pitch` with a shift per row.
    micro = _font(LABEL, max(8, _mm(0.55)))
    pitch = _mm(rng.uniform(1.0, 1.6))
    shift = _mm(8)
    strip = Image.new("L", (w + shift, pitch), 0)
    text = (motto.replace(" ", "") + "*") * (w // max(1, _mm(0.35) * len(motto)) + 3)
    ImageDraw.Draw(strip).text((0, 0), text, font=micro, fill=255)
    row = np.asarray(strip, np.float32) / 255.0
    cover = np.zeros((h, w), np.float32)
    for k, y in enumerate(range(0, h, pitch)):
        off = (k * 37) % shift
        cover[y : y + pitch] = row[: h - y, off : off + w]
    wash = wash + cover[..., None] * (np.array(text_ink, np.float32) - wash) * 0.8
    img = Image.fromarray(wash.astype(np.uint8))
    d = ImageDraw.Draw(img)
    xs = np.arange(0, w + 8, 8)
    period = rng.uniform(18, 40) * PX_MM
    amp = rng.uniform(2, 5) * PX_MM
    for k in range(int(rng.integers(14, 24))):
        y0 = h * k / 18
        phase = k * rng.uniform(0.15, 0.3)
        ys = y0 + amp * np.sin(2 * np.pi * xs / period + phase)
        d.line(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=line_ink, width=2)
        ys2 = ys + amp * 0.4 * np.cos(xs / period * 5)
        d.line(list(zip(xs.tolist(), ys2.tolist(), strict=True)), fill=text_ink, width=1)
    cx, cy = w * rng.uniform(0.5, 0.75), h * rng.uniform(0.3, 0.5)
    for r in range(_mm(4), _mm(20), _mm(1.3)):
        for a in range(0, 360, 72):  # a five-petal blossom of circles
            ox, oy = r * 0.35 * np.cos(np.radians(a)), r * 0.35 * np.sin(np.radians(a))
            d.ellipse((cx + ox - r, cy + oy - r, cx + ox + r, cy + oy + r), outline=line_ink)
    return img


def _portrait(w: int, h: int, rng: np.random.Generator) -> Image.Image:
    """A head-and-shoulders silhouette on a plain ground, as an ID photo reads at a glance."""
    ground = tuple(int(v) for v in rng.integers(170, 235, 3))
    img = Image.new("RGB", (w, h), ground)
    d = ImageDraw.Draw(img)
    skin = tuple(int(v) for v in np.array((200, 160, 130)) * rng.uniform(0.6, 1.1))
    hair = tuple(int(v) for v in rng.integers(15, 70, 3))
    cloth = tuple(int(v) for v in rng.integers(20, 120, 3))
    d.ellipse((w * 0.05, h * 0.72, w * 0.95, h * 1.4), fill=cloth)
    d.rectangle((w * 0.41, h * 0.55, w * 0.59, h * 0.8), fill=skin)
    d.ellipse((w * 0.26, h * 0.12, w * 0.74, h * 0.66), fill=hair)
    d.ellipse((w * 0.3, h * 0.2, w * 0.7, h * 0.7), fill=skin)
    for ex in (0.41, 0.59):
        d.ellipse((w * (ex - 0.03), h * 0.4, w * (ex + 0.03), h * 0.43), fill=(40, 30, 30))
    d.line((w * 0.44, h * 0.58, w * 0.56, h * 0.58), fill=(120, 60, 60), width=max(1, w // 60))
    return img


@dataclass
class Page:
    art: np.ndarray  # RGB float 0-1: everything printed in colour (invisible in IR)
    carbon: np.ndarray  # 0-1 coverage of carbon ink: MRZ, personalisation, portrait
    box: tuple[float, float, float, float]  # the page with the MRZ: the capture frames it
    mrz: tuple[float, float, float, float]  # x0, y0, x1, y1 of the MRZ
    cap: float  # MRZ capital height, page px
    radius: float  # rounded corners of a card


def _mrz_mask(
    size: tuple[int, int],
    lines: tuple[str, ...],
    origin: tuple[float, float],
    face: str,
    cap_mm: float,
    rng: np.random.Generator,
) -> tuple[np.ndarray, tuple[float, float, float, float]]:
    """The MRZ as carbon coverage: each character set in its cell, a line pitch apart."""
    spec = _FACE_FILE[face]
    probe = _font(spec, 1000)
    bbox_h = probe.getbbox("H")
    px = round(cap_mm * PX_MM * 1000 / (bbox_h[3] - bbox_h[1]))
    font = _font(spec, px)
    top_h = font.getbbox("H")[1]
    pitch = 2.54 * PX_MM if face == "ocrb" else font.getlength("H") * rng.uniform(1.0, 1.08)
    line_pitch = cap_mm * PX_MM * rng.uniform(1.9, 2.1)
    img = Image.new("L", size, 0)
    d = ImageDraw.Draw(img)
    x0, y0 = origin
    for i, ln in enumerate(lines):
        base_y = y0 + i * line_pitch
        for j, c in enumerate(ln):
            cell_x = x0 + j * pitch
            gw = font.getlength(c)
            jx, jy = rng.normal(0, 0.012 * pitch), rng.normal(0, 0.01 * cap_mm * PX_MM)
            d.text((cell_x + (pitch - gw) / 2 + jx, base_y - top_h + jy), c, font=font, fill=255)
    mask = np.asarray(img, np.float32) / 255.0
    x1 = x0 + len(lines[0]) * pitch
    y1 = y0 + (len(lines) - 1) * line_pitch + cap_mm * PX_MM
    return mask, (x0, y0, x1, y1)


def _viz(
    d: ImageDraw.ImageDraw,
    at: tuple[float, float],
    fields: list[tuple[str, str]],
    col_mm: float,
    label_ink: tuple[int, int, int],
    carbon: ImageDraw.ImageDraw,
) -> None:
    """Labelled personal data: labels in colour (art), values in carbon."""
    lab, val = _font(LABEL, _mm(1.3)), _font(VALUE, _mm(2.3))
    x, y = at
    for k, (label, value) in enumerate(fields):
        cx = x + (k % 2) * _mm(col_mm)
        cy = y + (k // 2) * _mm(6.2)
        d.text((cx, cy), label, font=lab, fill=label_ink)
        carbon.text((cx, cy + _mm(1.8)), value, font=val, fill=235)


def _viz_fields(fmt: str, lines: tuple[str, ...]) -> list[tuple[str, str]]:
    lay = mrz_layout.layout(fmt)

    def get(name: str) -> str:
        try:
            return lay.field(name).of(lines).replace("<", " ").strip()
        except KeyError:
            return ""

    names = lay.field("names").of(lines).split("<<", 1)
    surname = names[0].replace("<", " ").strip()
    given = names[1].replace("<", " ").strip() if len(names) > 1 else ""

    def date(s: str) -> str:
        months = _words("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")
        return f"{s[4:6]} {months[int(s[2:4]) - 1]} {s[:2]}" if s.isdigit() and len(s) == 6 else s

    return [
        ("Surname / 姓", surname),
        ("Given names", given),
        ("Nationality", get("nationality")),
        ("Document No.", get("document_number")),
        ("Date of birth", date(get("birth_date"))),
        ("Sex", get("sex")),
        ("Date of expiry", date(get("expiry_date"))),
        ("Authority", get("issuing_state")),
    ]


def _page(fmt: str, lines: tuple[str, ...], face: str, rng: np.random.Generator) -> Page:
    """The document as printed: a booklet's data or visa page under a stamped page, or a card."""
    lay = mrz_layout.layout(fmt)
    cap_mm = rng.uniform(2.15, 2.45)
    if fmt in ("TD1", "TD2"):
        w_mm, h_mm = (85.6, 53.98) if fmt == "TD1" else (105.0, 74.0)
        upper = 0.0
    else:
        w_mm, h_mm = 125.0, 88.0
        upper = 40.0  # the lower part of the facing page of the open booklet, above
    w, h, hu = _mm(w_mm), _mm(h_mm + upper), _mm(upper)
    motto = {"TWN": "REPUBLIC OF CHINA TAIWAN", "JPN": "JAPAN NIPPON"}.get(
        lay.field("issuing_state").of(lines).strip("<"), "TRAVEL DOCUMENT"
    )
    art = _security_print(w, h, rng, motto)
    carbon = Image.new("L", (w, h), 0)
    d, c = ImageDraw.Draw(art), ImageDraw.Draw(carbon)
    ink = tuple(int(v) for v in rng.integers(40, 120, 3))
    if upper:
        d.line((0, hu, w, hu), fill=(150, 140, 140), width=3)  # the gutter
        for _ in range(int(rng.integers(0, 3))):  # entry stamps on the facing page
            sx, sy, r = rng.uniform(0.2, 0.8) * w, rng.uniform(0.25, 0.7) * hu, _mm(11)
            stamp = tuple(int(v) for v in (rng.integers(20, 90), rng.integers(40, 110), 190))
            d.rounded_rectangle((sx - r, sy - r * 0.7, sx + r, sy + r * 0.7), _mm(2),
                                outline=stamp, width=_mm(0.4))  # fmt: skip
            d.text((sx - r * 0.8, sy - _mm(2)), "ARRIVAL TAOYUAN", font=_font(LABEL_BOLD, _mm(2.2)),
                   fill=stamp)  # fmt: skip
    visa = fmt in ("MRV-A", "MRV-B")
    x_off, y_off = 0, hu
    if visa:  # the sticker, pasted somewhere on the visa page
        sw, sh = (_mm(120), _mm(80)) if fmt == "MRV-A" else (_mm(105), _mm(74))
        x_off, y_off = (
            int(rng.integers(_mm(1), w - sw - _mm(1))),
            hu + int(rng.integers(_mm(1), _mm(88) - sh)),
        )
        sticker = Image.new("RGB", (sw, sh), (246, 238, 240))
        sd = ImageDraw.Draw(sticker)
        for k in range(-sh, sw, _mm(0.9)):  # fine diagonal security lines
            sd.line((k, 0, k + sh, sh), fill=(226, 210, 225), width=2)
        sd.rectangle((0, 0, sw - 1, sh - 1), outline=(200, 180, 190), width=3)
        art.paste(sticker, (x_off, y_off))
        dw, dh = sw, sh
    else:
        dw, dh = w, _mm(h_mm)
    title = {"TD3": "PASSPORT  護照", "TD1": "IDENTITY CARD", "TD2": "IDENTITY CARD"}.get(
        fmt, "VISA"
    )
    if lines[0].startswith("AC"):
        title = "CREW MEMBER CERTIFICATE"
    d.text((x_off + _mm(5), y_off + _mm(3)), title, font=_font(LABEL_BOLD, _mm(3.4)), fill=ink)
    # Where the MRZ sits: its last line's baseline about 4-6 mm above the bottom edge.
    line_pitch_est = cap_mm * 2.0
    mrz_h = (lay.lines - 1) * line_pitch_est + cap_mm
    mrz_top = y_off + dh - _mm(rng.uniform(3.5, 5.5) + mrz_h)
    # TD1's MRZ side is the back: no portrait, an address block instead.
    portrait = fmt != "TD1"
    ph = min(_mm(36 if fmt == "TD3" else 30), int(mrz_top - y_off - _mm(12)))
    pw = int(ph * 0.78)
    px0, py0 = x_off + _mm(5), y_off + _mm(9)
    if portrait:
        face_img = _portrait(pw, ph, rng)
        art.paste(face_img, (px0, py0))
        grey = 255 - np.asarray(face_img.convert("L"), np.float32)
        region = np.asarray(carbon, np.float32)
        region[py0 : py0 + ph, px0 : px0 + pw] = grey * 0.45
        carbon = Image.fromarray(region.astype(np.uint8))
        c = ImageDraw.Draw(carbon)
    vx = px0 + (pw + _mm(5) if portrait else 0)
    col = (dw - (vx - x_off) - _mm(4)) / PX_MM / 2
    fields = _viz_fields(fmt, lines)
    room = int((mrz_top - py0) // _mm(6.2)) * 2
    _viz(d, (vx, py0), fields[:room], col, ink, c)
    # The MRZ's clear zone: the background printing fades there.
    a = np.asarray(art, np.float32) / 255.0
    zone_y0 = int(mrz_top - _mm(2.5))
    zone = (slice(zone_y0, y_off + dh - _mm(1)), slice(x_off + _mm(1), x_off + dw - _mm(1)))
    a[zone] = a[zone] * 0.35 + 0.65 * np.array([0.97, 0.96, 0.94])
    face_w = 2.54 if face == "ocrb" else 2.0
    x_mrz = x_off + (dw - _mm(face_w * lay.width)) / 2
    mask, mrz_box = _mrz_mask((w, h), lines, (x_mrz, mrz_top), face, cap_mm, rng)
    if visa:  # inkjet on a sticker: a little bleed
        mask = cv2.GaussianBlur(mask, (0, 0), 0.9)
        mask = np.clip((mask - 0.15) * 1.35, 0, 1)
    cov = np.maximum(np.asarray(carbon, np.float32) / 255.0, mask)
    box = (0.0, float(hu), float(w), float(h))  # the page that holds the MRZ
    return Page(a, cov, box, mrz_box, cap_mm * PX_MM, _mm(3.18) if fmt in ("TD1", "TD2") else 0)


def _develop(page: Page, light: str, rng: np.random.Generator) -> np.ndarray:
    """RGB float image of the page under the given light."""
    ink = (np.array([0.07, 0.07, 0.09]) + rng.uniform(-0.02, 0.03)).astype(np.float32)
    cov = page.carbon[..., None]
    if light == "ir":  # colour inks vanish; carbon stays black
        lum = page.art.mean(axis=2, keepdims=True)
        paper = 0.84 + 0.12 * (lum - lum.mean())
        return np.repeat(paper * (1 - cov) + 0.1 * cov, 3, axis=2)
    img = page.art * (1 - cov) + ink * cov
    if light == "uv":  # a blue-violet reader light: tinted paper, fibres glowing
        img = img * np.array([0.62, 0.58, 0.95]) + np.array([0.05, 0.02, 0.08])
        h, w = img.shape[:2]
        fibres = np.zeros((h, w), np.float32)
        for _ in range(int(h * w / 40000)):
            x, y = rng.uniform(0, w), rng.uniform(0, h)
            a = rng.uniform(0, np.pi)
            ln = rng.uniform(1.5, 4) * PX_MM
            cv2.line(fibres, (int(x), int(y)), (int(x + ln * np.cos(a)), int(y + ln * np.sin(a))),
                     1.0, 2)  # fmt: skip
        glow = cv2.GaussianBlur(fibres, (0, 0), 2)[..., None]
        colour = np.array([0.4, 0.9, 0.6]) if rng.random() < 0.5 else np.array([0.9, 0.5, 0.7])
        img = np.clip(img + 0.5 * glow * colour, 0, 1)
    return img.astype(np.float32)


def _laminate(img: np.ndarray, page: Page, rng: np.random.Generator) -> np.ndarray:
    """A sheen or holographic band across the MRZ (moves with the document)."""
    h, w = img.shape[:2]
    x0, y0, x1, y1 = page.mrz
    cx, cy = rng.uniform(x0 + 0.1 * (x1 - x0), x1 - 0.1 * (x1 - x0)), (y0 + y1) / 2
    angle = np.radians(rng.uniform(25, 70) * rng.choice((-1, 1)))
    width = rng.uniform(8, 22) * PX_MM
    q = 4  # the band is smooth: computed on a coarse grid, then enlarged
    yy, xx = np.mgrid[0:h:q, 0:w:q].astype(np.float32)
    across = (xx - cx) * np.cos(angle) + (yy - cy) * np.sin(angle)
    along = -(xx - cx) * np.sin(angle) + (yy - cy) * np.cos(angle)
    band = np.exp(-((across / (width / 2)) ** 2))[..., None]
    if rng.random() < 0.5:  # holographic: hue running along the band
        hue = along / (18 * PX_MM) * 2 * np.pi
        rainbow = 0.75 + 0.25 * np.stack(
            [np.sin(hue), np.sin(hue + 2.1), np.sin(hue + 4.2)], axis=2
        )
        alpha = rng.uniform(0.18, 0.3)
        band3 = cv2.resize((alpha * band).astype(np.float32), (w, h))[..., None]
        colour = cv2.resize((rainbow * alpha * band).astype(np.float32), (w, h))
        return (img * (1 - band3) + colour).astype(np.float32)
    sheen = rng.uniform(0.18, 0.32)  # a soft glossy reflection: lifts, never whites out
    lift = cv2.resize((sheen * 0.9 * band[..., 0]).astype(np.float32), (w, h))[..., None]
    return (img + lift * (1 - img)).astype(np.float32)


# -- the capture ------------------------------------------------------------------------


def _warp(
    img: np.ndarray,
    page: Page,
    scale: float,
    turn_deg: float,
    persp: float,
    margin_px: float,
    rng: np.random.Generator,
) -> tuple[np.ndarray, np.ndarray, tuple[int, int], Quad]:
    """The page seen at `scale` output px per page px, turned and tilted, in a frame that
    holds the document's MRZ page with `margin_px` around it; also its coverage and where
    the MRZ's corners land."""
    pre = min(1.0, 2.0 * scale)
    small = cv2.resize(img, None, fx=pre, fy=pre, interpolation=cv2.INTER_AREA) if pre < 1 else img
    sh, sw = small.shape[:2]
    alpha = np.zeros((sh, sw), np.float32)
    r = int(page.radius * pre)
    cv2.rectangle(alpha, (r, 0), (sw - 1 - r, sh - 1), 1.0, -1)
    cv2.rectangle(alpha, (0, r), (sw - 1, sh - 1 - r), 1.0, -1)
    if r:
        for cx, cy in ((r, r), (sw - 1 - r, r), (r, sh - 1 - r), (sw - 1 - r, sh - 1 - r)):
            cv2.circle(alpha, (cx, cy), r, 1.0, -1)
    s = scale / pre
    t = np.radians(turn_deg)
    rot = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]]) * s
    corners = np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], np.float32)
    moved = corners @ rot.T
    moved += rng.uniform(-persp, persp, moved.shape) * max(sw, sh) * s
    hm = cv2.getPerspectiveTransform(corners, moved.astype(np.float32))
    # Frame: the page with the MRZ and a margin; the facing page may be cut off.
    bx0, by0, bx1, by1 = page.box
    keep = np.array([[bx0, by0], [bx1, by0], [bx1, by1], [bx0, by1]], np.float32) * pre
    pts = cv2.perspectiveTransform(keep[None], hm)[0]
    lo, hi = pts.min(axis=0) - margin_px, pts.max(axis=0) + margin_px
    shift = np.array([[1, 0, -lo[0]], [0, 1, -lo[1]], [0, 0, 1]])
    hm = shift @ hm
    size = (int(min(hi[0] - lo[0], 2990)), int(min(hi[1] - lo[1], 2990)))
    out = cv2.warpPerspective(small, hm, size, flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    cover = cv2.warpPerspective(alpha, hm, size, flags=cv2.INTER_LINEAR)
    x0, y0, x1, y1 = page.mrz
    box = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float32) * pre
    quad = cv2.perspectiveTransform(box[None], hm)[0]
    return out, cover, size, tuple((round(float(x), 1), round(float(y), 1)) for x, y in quad)


def _counter(size: tuple[int, int], rng: np.random.Generator, kind: str) -> np.ndarray:
    """What lies behind the document: a dark counter, a desk mat, a copier lid, a reader."""
    w, h = size
    noise = cv2.resize(rng.random((h // 16 + 2, w // 16 + 2), dtype=np.float32), (w, h))
    fine = rng.random((h, w), dtype=np.float32)
    if kind == "phone":  # dark granite or laminate
        base = np.array([0.09, 0.08, 0.08], np.float32) * rng.uniform(0.7, 1.4)
        return (base * (0.7 + 0.5 * noise[..., None]) + 0.05 * (fine[..., None] > 0.985)).astype(
            np.float32
        )
    if kind == "deskcam":  # a grey-blue felt mat
        base = np.array([0.42, 0.45, 0.5], np.float32) * rng.uniform(0.8, 1.1)
        return (base * (0.9 + 0.15 * noise[..., None] + 0.05 * fine[..., None])).astype(np.float32)
    if kind == "photocopy":  # the copier's lid, grey with a shadow toward the edges
        return np.full((h, w, 3), rng.uniform(0.55, 0.9), np.float32)
    return np.full((h, w, 3), rng.uniform(0.02, 0.08), np.float32)  # inside a reader


def _lighting(size: tuple[int, int], rng: np.random.Generator, strength: float) -> np.ndarray:
    """A multiplicative light field: a slope across the frame and a lamp's hot spot."""
    w, h = size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a = rng.uniform(0, 2 * np.pi)
    slope = ((xx / w - 0.5) * np.cos(a) + (yy / h - 0.5) * np.sin(a)) * strength
    hx, hy, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.3, 0.7) * max(w, h)
    spot = 0.5 * strength * np.exp(-(((xx - hx) ** 2 + (yy - hy) ** 2) / r**2))
    return (1 - strength / 2 + slope + spot)[..., None].astype(np.float32)


def _jpeg(img: np.ndarray, quality: int, grey: bool = False) -> bytes:
    u8 = (np.clip(img, 0, 1) * 255 + 0.5).astype(np.uint8)
    bgr = cv2.cvtColor(u8, cv2.COLOR_RGB2BGR)
    if grey:
        bgr = cv2.cvtColor(cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)
    ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    assert ok
    return buf.tobytes()


def _capture(page: Page, capture: str, rng: np.random.Generator) -> tuple[bytes, str, float, Quad]:
    """JPEG bytes, a description of the capture, its scale (output px per mm) and the
    MRZ's corners in the image."""
    if capture == "reader":
        light = str(rng.choice(["white", "ir", "uv"], p=[0.5, 0.25, 0.25]))
        img = _develop(page, light, rng)
        if light != "ir" or rng.random() < 0.3:
            img = _laminate(img, page, rng)
        if light == "ir":  # one infrared channel: the laminate shows only as brightness
            img = np.repeat(img.mean(axis=2, keepdims=True), 3, axis=2)
        cap_px = rng.uniform(24, 40)
        scale = cap_px / page.cap
        out, cover, size, quad = _warp(
            img, page, scale, rng.normal(0, 0.4), 0.002, 6 * PX_MM * scale, rng
        )
        back = _counter(size, rng, "reader")
        frame = out * cover[..., None] + back * (1 - cover[..., None])
        frame *= _lighting(size, rng, 0.08)
        frame += 0.008 * rng.standard_normal(frame.shape, dtype=np.float32)
        return _jpeg(frame, int(rng.integers(86, 96))), f"reader {light}", scale * PX_MM, quad
    if capture == "deskcam":
        img = _develop(page, "white", rng)
        if rng.random() < 0.4:
            img = _laminate(img, page, rng)
        cap_px = rng.uniform(16, 30)
        scale = cap_px / page.cap
        out, cover, size, quad = _warp(
            img, page, scale, rng.normal(0, 2.5), 0.01, rng.uniform(8, 20) * PX_MM * scale, rng
        )
        frame = out * cover[..., None] + _counter(size, rng, "deskcam") * (1 - cover[..., None])
        frame *= _lighting(size, rng, 0.25) * np.array([1.04, 1.0, 0.9], np.float32)
        frame = cv2.GaussianBlur(frame, (0, 0), cap_px * rng.uniform(0.025, 0.05))
        frame += 0.012 * rng.standard_normal(frame.shape, dtype=np.float32)
        return _jpeg(frame, int(rng.integers(40, 71))), "deskcam", scale * PX_MM, quad
    if capture == "phone":
        img = _develop(page, "white", rng)
        if rng.random() < 0.3:
            img = _laminate(img, page, rng)
        cap_px = rng.uniform(18, 40)
        scale = cap_px / page.cap
        turn = rng.uniform(-20, 20)
        out, cover, size, quad = _warp(
            img,
            page,
            scale,
            turn,
            rng.uniform(0.005, 0.025),
            rng.uniform(6, 25) * PX_MM * scale,
            rng,
        )
        frame = out * cover[..., None] + _counter(size, rng, "phone") * (1 - cover[..., None])
        warm = np.array([1.0, 0.97, 0.86]) if rng.random() < 0.6 else np.array([0.95, 1.0, 1.05])
        frame *= _lighting(size, rng, rng.uniform(0.25, 0.5)) * warm.astype(np.float32)
        n = max(2, round(rng.uniform(0.0, 0.08) * cap_px))  # hand shake, a few pixels
        kernel = np.zeros((n, n), np.float32)
        a = rng.uniform(0, np.pi)
        dx, dy = n / 2 * np.cos(a), n / 2 * np.sin(a)
        ends = (int(n / 2 - dx), int(n / 2 - dy)), (int(n / 2 + dx), int(n / 2 + dy))
        cv2.line(kernel, *ends, 1.0)
        frame = cv2.filter2D(frame, -1, kernel / kernel.sum())
        frame = np.clip(frame, 0, 1)
        shot = 0.01 + 0.025 * np.sqrt(frame)  # sensor noise grows with the light
        frame += rng.standard_normal(frame.shape, dtype=np.float32) * shot
        soft = cv2.GaussianBlur(frame, (0, 0), 1.5)
        frame = frame + 0.5 * (frame - soft)  # the phone's sharpening
        return _jpeg(frame, int(rng.integers(74, 93))), "phone", scale * PX_MM, quad
    # A photocopy, scanned: grey, background washed out, toner darker and spread.
    img = _develop(page, "white", rng)
    lum = img @ np.array([0.3, 0.59, 0.11], np.float32)
    lo, hi = rng.uniform(0.18, 0.3), rng.uniform(0.72, 0.85)
    toner = np.clip((lum - lo) / (hi - lo), 0, 1) ** rng.uniform(1.1, 1.6)
    toner = cv2.erode(toner, np.ones((2, 2), np.uint8))  # toner spreads: strokes thicken
    cap_px = rng.uniform(14, 21)
    scale = cap_px / page.cap
    grey3 = np.repeat(toner[..., None], 3, axis=2)
    out, cover, size, quad = _warp(
        grey3, page, scale, rng.uniform(-2, 2), 0.002, rng.uniform(8, 18) * PX_MM * scale, rng
    )
    frame = out * cover[..., None] + _counter(size, rng, "photocopy") * (1 - cover[..., None])
    w, h = size
    dots = rng.random((h, w)) < rng.uniform(0.0005, 0.002)
    speck = cv2.dilate(dots.astype(np.uint8), np.ones((2, 2), np.uint8)).astype(bool)
    frame[speck & (rng.random((h, w)) < 0.6)] *= 0.25
    col = int(rng.integers(0, w))
    frame[:, col : col + int(rng.integers(1, 4))] *= rng.uniform(0.8, 0.9)  # a drum streak
    frame += 0.015 * rng.standard_normal(frame.shape, dtype=np.float32)
    return _jpeg(frame, int(rng.integers(75, 91)), grey=True), "photocopy", scale * PX_MM, quad


def sample(seed: int, *, today: dt.date) -> Sample:
    """One document image and its printed MRZ (the truth), from `seed`."""
    rng = np.random.default_rng(seed)
    fmt, _composed, printed, valid = random_mrz(rng, today)
    capture = str(_choice(rng, CAPTURE_SHARE))
    face = str(_choice(rng, FACE_SHARE))
    page = _page(fmt, printed, face, rng)
    jpeg, kind, px_mm, quad = _capture(page, capture, rng)
    return Sample(
        seed=seed,
        jpeg=jpeg,
        lines=printed,
        valid=valid,
        format=fmt,
        capture=kind,
        font=face,
        dpi=px_mm * 25.4,
        cap_px=page.cap * px_mm / PX_MM,
        mrz_quad=quad,
    )
