"""A thirteenth document-photo generator: issue 10's held-out set, scored once by the lead.

Written without running the OCR on any image it makes and without reading the OCR's
code or the other generators' renderers (only bench/mrz_heldout12.py's docstring and its
`sample(seed, today=...)` interface, the project's ICAO `compose`/`parse` and `layout`);
it shares no rendering code with them. It pictures what a Taiwan border counter is
handed, as a counter sees it:

- content: TD3 passports about 64 % (Taiwan's own most of all, then Japan, Korea,
  mainland China, Hong Kong, Macau, Vietnam, the Philippines, Thailand, Indonesia,
  Malaysia, Singapore, India, the US, Canada, Australia, Europe, the Gulf, ...), TD1
  cards 16 % (Taiwan's resident certificates for foreign residents, Hong Kong and Korean
  cards, European identity cards with Belgian and Portuguese 12-character numbers run on
  into the optional data), TD2 cards 5 %, visas 15 % (MRV-A 10 %, MRV-B 5 %; Taiwan's
  visas to South-East and South Asian holders most of all). Names in each origin's
  romanisation, from lists written for this set: Wade-Giles and Tongyong given names in
  two syllables, joined Hanyu Pinyin, Cantonese with an English first name, Macanese
  Portuguese, Revised-Romanisation Korean, Hepburn, Vietnamese with VAN/THI, Filipino
  with a maternal middle name, long Thai surnames, Malay patronymics with BIN/BINTI,
  Indonesian single names (empty secondary identifier), Indian names with an empty
  primary identifier, Arabic with AL/BIN, Dutch/German/French particles, Spanish and
  Portuguese double surnames, Slavic and Nordic. Names too long for the field lose later
  given names to initials as ICAO 9303 part 3 allows, or (some issuers) are simply cut by
  `compose` at the field's end. Document numbers follow each issuer's pattern; optional
  data carries personal numbers rich in digits and letters (Taiwan's `A123456789` and
  the new resident `A800012345` form, Singapore NRIC, Thai 13 digits, Malaysian 12,
  Korean and Chinese hashes, Dutch BSN, Spanish DNI with its letter, Italian fiscal-code
  fragments, Polish PESEL) and visa control numbers biased to the look-alikes
  0 O D Q 1 I 2 Z 5 S 8 B 6 G. About one document in ten is printed invalid (`valid`
  False, the truth is the printed lines): two in three with one check digit wrong, one
  in three with a digit in a letters field (a state code or nationality printed with a
  digit, a 0/1/5/8 in a name). About one picture in twenty-five shows a data page
  without any MRZ (`lines` empty, `format` "none").
- faces: OCR-B (`/usr/share/fonts/opentype/ocr-b/OCRB.otf`) in about eight documents in
  ten ("ocrb"). ICAO 9303 part 3 prints the MRZ in OCR-B size I at ten characters an inch
  (a 2.54 mm pitch) and leaves the printer's point size open; ISO 1073-2's size I is a
  10-cpi cut. OCRB.otf's advance is 0.723 em and its capitals 0.72 em, so 10 pt fills
  the pitch with 2.54 mm capitals. The public pages found with the search tool (ICAO
  9303 part 3's contents, ISO 1073-2's listing, OCR-B vendors' size-I notes: 10 cpi)
  give the pitch but no capital height, so the height is this set's assumption, a little
  under the pitch as data pages show: OCR-B at 8.9-10.3 pt (most near 9.7), capitals
  2.26-2.62 mm, every cell tracked to the 2.54 mm pitch (+-0.5 %), the lines 3.9-4.4 mm
  apart, the last baseline 3.6-5.2 mm above the page's edge, the zone centred with
  ICAO's margins. The ink varies: stroke weight from starved to bled, per-glyph jitter
  (offset, size, a quarter of them tilted up to 1.5 degrees), personalised as the kind
  of document is: paper data pages by laser or inkjet (spread, satellite drops) or
  engraved (polycarbonate pages: grey with dark rims), cards engraved or by thermal
  transfer (banding, a dead head element), visa foils by inkjet, laser, thermal or a
  worn ribbon (uneven, with dropouts). A face other than OCR-B keeps the pitch and gets
  capitals 0.92-1.06 times OCR-B's (squeezed if wider than the cell). About one in ten
  ("hybrid") is
  "OCR-B from another foundry": three to six of the look-alike glyphs, or one whole MRZ
  line, drawn in one of the new faces below, scaled to OCR-B's capitals and cell. About
  one in ten ("other") is printed wholly in a monospaced face no other part of the
  project uses, checked monospaced for A-Z 0-9 <: NanumGothicCoding regular and bold
  (fonts-nanum), IPAGothic (fonts-ipafont-gothic), VL Gothic (fonts-vlgothic), PT Mono
  regular and bold (fonts-paratype), Ricty Diminished regular and bold
  (fonts-ricty-diminished), OpenDyslexic Mono (fonts-opendyslexic), Proggy Tiny
  (fonts-proggy, a pixel face as a low-resolution personaliser prints). Pages use PT Sans
  (fonts-paratype), Nanum Gothic, IPA P Gothic and Noto Sans CJK. scripts/setup-system.sh
  installs them. A missing face raises FileNotFoundError naming its package: nothing is
  substituted.
- page: a tinted security paper (rainbow split-fountain tint), guilloche rosettes and
  wave bands (some across the MRZ), a microprint line above or through the zone,
  bilingual labels (PT Sans; Chinese, Japanese or Korean titles for East Asian
  issuers) and data, a portrait and its ghost, the holder's signature (sometimes across
  the MRZ), entry/exit stamps in dye inks near or over the MRZ; a visa is a sticker on
  a passport page; a card has rounded corners.
- capture (a counter's mix): (a) full-page document reader 48 %, visible light or
  infrared (dye inks fade, the MRZ's carbon stays), uneven illumination, laminate glare,
  an iridescent hologram overlay, capitals 18-32 px; (b) counter flatbed scan 25 % at
  150-300 dpi (capitals follow from the dpi, 12.5-30.5 px), skew up to 3 degrees, lid
  shadow, dust, JPEG 70-95; (c) phone photo 13 %: tilted up to 25 degrees out of plane,
  turned up to 25 degrees, motion blur or defocus, low-light noise, JPEG 40-90, capitals
  12-30 px; (d) counter webcam 7 % (640x480, 800x600, 1280x720), capitals 9-15 px,
  noise, colour cast, JPEG 40-70; (e) thumbnail 7 %: a reader's picture shrunk 2-3
  times, capitals 7-12 px, JPEG 60-90.

In seeds 2 400 000-2 400 199 (the scored set, today 2026-11-27): TD3 124, TD1 26,
MRV-A 22, MRV-B 11, TD2 7, pages without an MRZ 10; 24 printed invalid (17 a check digit
wrong, 7 a digit in a letters field); 27 issuing states (Taiwan 82, Japan 14, Hong Kong
10, Korea 10, the Philippines 9, the US 8, Thailand 7, China 6, ...); captures reader 91
(35 of the readers' and thumbnails' pictures in infrared), scan 49, phone 36, thumbnail
13, webcam 11; faces OCR-B 164, hybrid 18 (13 with borrowed look-alike glyphs, 5 with one
borrowed line), other 18 (IPAGothic 4, VL Gothic 3, PT Mono 2, PT Mono Bold 2, Ricty
Diminished Bold 2, NanumGothicCoding, its bold, Ricty Diminished, OpenDyslexic Mono and
Proggy Tiny 1 each); MRZ personalised by laser 65, inkjet 48, engraving 34, thermal 32,
ribbon 21; guilloche across the MRZ 111, microprint through it 50, stamps across it 79 (in
65 pictures), a signature across it 32, a hologram 13, glare 35; phone pictures tilted 15
degrees or more 13, turned 15 degrees or more 10; low light 10, motion blur 12, defocus 8,
JPEG below quality 50 14. Capitals (mean of both ends of the first and last lines):
reader 18.2-31.9 px, scan 14.8-29.3, phone 12.8-29.6, webcam 9.4-14.6, thumbnail 7.0-9.9.
Every MRZ lies wholly inside its picture. Rendering takes at most 0.8 s of CPU a picture
(median 0.17 s) on one core.

Deterministic per seed; seeds start at SEED = 2 400 000 (no other generator uses them).
`sample(seed, today=...)` returns a Sample: the JPEG, the printed lines, ICAO's verdict,
the format, the capture, the face ("ocrb", a face's name, or "ocrb+<face>:<glyphs>" /
"ocrb+<face>:line<N>"), its kind ("ocrb", "hybrid", "other"), the capitals' height in px
and the MRZ's corners in the picture.
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
from desktop.documents.mrz import compose

SEED = 2_400_000
IMAGES = 200
FONT_ROOT = Path("/usr/share")

# name: (path under FONT_ROOT, Debian package)
FACES = {
    "ocrb": ("fonts/opentype/ocr-b/OCRB.otf", "fonts-ocr-b"),
    "nanumcoding": ("fonts/truetype/nanum/NanumGothicCoding.ttf", "fonts-nanum"),
    "nanumcoding-bold": ("fonts/truetype/nanum/NanumGothicCodingBold.ttf", "fonts-nanum"),
    "ipagothic": ("fonts/opentype/ipafont-gothic/ipag.ttf", "fonts-ipafont-gothic"),
    "vlgothic": ("fonts/truetype/vlgothic/VL-Gothic-Regular.ttf", "fonts-vlgothic"),
    "ptmono": ("fonts/truetype/paratype/PTM55F.ttf", "fonts-paratype"),
    "ptmono-bold": ("fonts/truetype/paratype/PTM75F.ttf", "fonts-paratype"),
    "ricty": (
        "fonts/truetype/ricty-diminished/RictyDiminished-Regular.ttf",
        "fonts-ricty-diminished",
    ),
    "ricty-bold": (
        "fonts/truetype/ricty-diminished/RictyDiminished-Bold.ttf",
        "fonts-ricty-diminished",
    ),
    "opendyslexic-mono": (
        "fonts/opentype/opendyslexic/OpenDyslexicMono-Regular.otf",
        "fonts-opendyslexic",
    ),
    "proggy": ("fonts/truetype/proggy/ProggyTiny.ttf", "fonts-proggy"),
}
PAGE_FACES = {
    "ptsans": ("fonts/truetype/paratype/PTS55F.ttf", "fonts-paratype"),
    "ptsans-bold": ("fonts/truetype/paratype/PTS75F.ttf", "fonts-paratype"),
    "nanumgothic": ("fonts/truetype/nanum/NanumGothic.ttf", "fonts-nanum"),
    "ipapgothic": ("fonts/opentype/ipafont-gothic/ipagp.ttf", "fonts-ipafont-gothic"),
    "notocjk": ("fonts/opentype/noto/NotoSansCJK-Regular.ttc", "fonts-noto-cjk"),
}
NEW_FACES = tuple(f for f in FACES if f != "ocrb")
PACKAGES = sorted(
    {p for _, p in (*FACES.values(), *PAGE_FACES.values())} - {"fonts-ocr-b", "fonts-noto-cjk"}
)
# Weights of the new faces when a document is printed wholly in one (Proggy is rare).
OTHER_WEIGHTS = {f: (0.4 if f == "proggy" else 1.0) for f in NEW_FACES}

FACE_KINDS = {"ocrb": 0.80, "hybrid": 0.10, "other": 0.10}
HYBRID_GLYPHS = "0OQD8B1I5S2Z6G"
NO_MRZ_SHARE = 0.04
INVALID_SHARE = 0.10
FORMAT_SHARE = {"TD3": 0.64, "TD1": 0.16, "TD2": 0.05, "MRV-A": 0.10, "MRV-B": 0.05}
CAPTURES = {"reader": 0.48, "scan": 0.25, "phone": 0.13, "webcam": 0.07, "thumbnail": 0.07}
CAP_PX = {
    "reader": (18.0, 32.0),
    "scan": (12.5, 30.5),  # 150-300 dpi of 2.26-2.62 mm capitals
    "phone": (12.0, 30.0),
    "webcam": (9.0, 15.0),
    "thumbnail": (7.0, 12.0),
}
WEBCAM_MODES = ((640, 480), (800, 600), (1280, 720))
PITCH_MM = 2.54
OCRB_ADVANCE_EM = 0.723
OCRB_CAP_EM = 0.72
PT_MM = 25.4 / 72
PT_RANGE = (8.9, 10.3)
DOC_MM = {"TD3": (125.0, 88.0), "TD1": (85.6, 54.0), "TD2": (105.0, 74.0)}
VISA_MM = {"MRV-A": (120.0, 80.0), "MRV-B": (105.0, 74.0)}
# How the MRZ is personalised: paper data pages by laser or inkjet (polycarbonate ones
# engraved), cards engraved or by thermal transfer, visa foils by inkjet or ribbon.
PRINTS = {
    "TD3": {"laser": 0.38, "inkjet": 0.24, "engraved": 0.2, "thermal": 0.08, "ribbon": 0.1},
    "card": {"engraved": 0.45, "thermal": 0.35, "laser": 0.2},
    "visa": {"inkjet": 0.45, "laser": 0.25, "thermal": 0.15, "ribbon": 0.15},
}


def face_path(name: str) -> Path:
    """The file of face `name`; FileNotFoundError (naming its package) when missing."""
    rel, package = FACES[name] if name in FACES else PAGE_FACES[name]
    path = FONT_ROOT / rel
    if not path.is_file():
        raise FileNotFoundError(
            f"face {name!r} ({path}) is missing: install {package} "
            "(scripts/setup-system.sh); this generator never substitutes a face"
        )
    return path


@functools.cache
def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(face_path(name)), size)


@functools.cache
def _cap_em(name: str) -> float:
    """Height of the capital H in em, measured on the rendered glyph."""
    size = 400
    img = Image.new("L", (size * 2, size * 2), 0)
    ImageDraw.Draw(img).text((size // 2, size // 2), "H", font=_font(name, size), fill=255)
    rows = np.flatnonzero(np.asarray(img).max(1) > 127)
    return float(rows[-1] - rows[0] + 1) / size


@functools.cache
def _glyph(face: str, ch: str, cap: int, cell: int) -> np.ndarray:
    """Ink coverage (0-1, float32) of `ch` in `face` in a cell `cell` wide and 2*cap tall:
    capitals `cap` px tall standing on a baseline at 1.5*cap, centred in the cell, and
    squeezed horizontally when the face's glyph is wider than the cell allows."""
    size = max(4, round(cap / _cap_em(face)))
    font = _font(face, size)
    big = Image.new("L", (size * 3, size * 3), 0)
    ImageDraw.Draw(big).text((size, size), ch, font=font, fill=255, anchor="ls")
    arr = np.asarray(big, np.float32) / 255.0
    out = np.zeros((2 * cap, cell), np.float32)
    cols = np.flatnonzero(arr.max(0) > 0.05)
    rows = np.flatnonzero(arr.max(1) > 0.05)
    if not len(cols):
        return out
    ink = arr[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    scale = cap / (_cap_em(face) * size)  # rounding of the point size
    h = max(1, round(ink.shape[0] * scale))
    w = max(1, round(ink.shape[1] * scale))
    w = min(w, cell - 2)
    ink = cv2.resize(ink, (w, h), interpolation=cv2.INTER_AREA)
    top = round(1.5 * cap - (size - rows[0]) * scale)
    left = (cell - w) // 2
    y0, y1 = max(0, top), min(2 * cap, top + h)
    out[y0:y1, left : left + w] = ink[y0 - top : y1 - top]
    return out


# -- content ---------------------------------------------------------------------------


def _split(s: str) -> list[str]:
    return s.split("|") if "|" in s else s.split()


# Lists written for this set (a mix of common and less common names of each origin).
_NAMES = {
    "TWN": (
        "LIN CHEN HUANG CHANG LEE WANG WU LIU TSAI YANG HSU CHENG HSIEH KUO HUNG YEH "
        "CHIANG SU LO KAO CHOU CHIEN TUNG",
        "YU TING|CHIH WEI|SHU FEN|CHIA JUNG|HSIN YI|"
        "KUAN LIN|PO HAN|YA CHU|CHUN HUNG|MEI LING|TZU YU|WEN HSIUNG|I CHEN|PIN JU",
    ),
    "CHN": (
        "WANG LI ZHANG LIU CHEN YANG HUANG ZHAO WU ZHOU XU SUN MA ZHU HU GUO LIN HE "
        "GAO LUO ZHENG XIE",
        "ZIXUAN YUTONG HAOYU JIAYI MINGHAO XIAOHONG JIANHUA LEI "
        "TAO QIAN SHUHUI ZHIQIANG YUNFEI XINRAN WEIDONG LINA",
    ),
    "HKG": (
        "CHAN WONG LI CHEUNG LAU LEUNG LAM TANG CHOW NG YIP TSE FUNG CHU",
        "KA MING|WAI KEUNG|SUET YING|CHUN KIT|MAN YEE|HO YIN|PUI SHAN|TSZ CHING",
    ),
    "MAC": ("LEONG CHAN WONG IEONG LAO SOU U KUOK", "KA IENG|CHI KIN|SIO MAN|WENG HONG"),
    "KOR": (
        "KIM LEE PARK CHOI JUNG KANG CHO YOON JANG LIM OH HAN SEO KWON",
        "SEOYUN|JIWOO|MIN SEO|JUNHO|HYEJIN|SANG WOO|EUNJI|DONGHYUN|YOUNG MI|SUNGMIN|JI YEON",
    ),
    "JPN": (
        "SATO SUZUKI TAKAHASHI TANAKA WATANABE ITO NAKAMURA KOBAYASHI YAMAGUCHI "
        "MATSUMOTO INOUE KIMURA HAYASHI SHIMIZU YAMAZAKI MORI",
        "HARUKA RIKU MIYU SOUTA YUINA TAKUMI MAO YUTO AYAKA KOICHI NORIKO SHINJI TOMOKO",
    ),
    "VNM": (
        "NGUYEN TRAN LE PHAM HOANG VO DANG BUI DO HO NGO DUONG LY",
        "VAN NAM|THI HOA|"
        "THI BICH NGOC|VAN THANH|DUC ANH|THI THU TRANG|MINH KHOA|HOANG LONG|THI LAN",
    ),
    "PHL": (
        "SANTOS|REYES|CRUZ|BAUTISTA|OCAMPO|DEL ROSARIO|GONZALES|DELA PENA|MACARAEG|CASTILLO",
        "JUAN CARLOS|MARIA LOURDES|ROSE ANN|JERICHO|KRISTINE JOY|JOHN MICHAEL|MA THERESA|ARNEL",
    ),
    "THA": (
        "SUKSAWAT CHAIYAPORN SRISOMBOON PHONGPHANIT KITTIWATTANAKUL THONGCHAI "
        "BOONYARATTANASOONTORN SAELIM",
        "SUPANEE WICHAI ANUCHA PATCHAREE KITTISAK NATTAYA SIRIWAN THEERAPONG",
    ),
    "IDN": ("", "SUHARTONO|DEWI LESTARI|AGUS|NURHAYATI|BAMBANG SUSILO|PUTRI AYU|WAHYUDI"),
    "MYS": (
        "",
        "MOHD RIDZUAN BIN YUSOF|SITI NURHALIZA BINTI TARUDIN|TAN WEI LIANG|"
        "LIM SIEW LING|KAVITHA A P MUNIANDY|AHMAD ZAKI BIN HASSAN",
    ),
    "SGP": ("TAN LIM NG ONG GOH CHUA", "WEI MING JOSHUA|HUI LING RACHEL|ZHI HAO|JIA YI"),
    "IND": (
        "PATEL SHARMA SINGH RAO NAIR MENON KRISHNAMURTHY BANERJEE DESAI GILL",
        "AMIT|SUNITA|RAJESH KUMAR|ANJALI|VENKATA SUBRAMANYA SRINIVAS|POOJA|HARPREET",
    ),
    "ARE": (
        "AL MAKTOUM|AL NUAIMI|AL SHAMSI|BIN ZAYED|AL KETBI",
        "HAMAD SAEED|MARYAM|ABDULLAH MOHAMMED RASHID|AISHA|SAEED",
    ),
    "SAU": (
        "AL OTAIBI|AL GHAMDI|AL DOSARI|AL HARBI|AL SHEHRI",
        "FAISAL|NORAH|TURKI ABDULAZIZ|REEM|NASSER FAHAD",
    ),
    "USA": (
        "SMITH JOHNSON WILLIAMS BROWN JONES MILLER DAVIS RODRIGUEZ MARTINEZ ANDERSON O CONNOR",
        "MICHAEL JAMES|JENNIFER LYNN|DAVID|ASHLEY NICOLE|CHRISTOPHER|EMILY|ROBERT ALLEN",
    ),
    "CAN": ("TREMBLAY GAGNON ROY MACDONALD WILSON", "JEAN FRANCOIS|SARAH|LIAM|CHLOE MARIE"),
    "AUS": ("NGUYEN SMITH JONES WILLIAMS TAYLOR", "JACK|OLIVIA GRACE|NOAH|CHARLOTTE"),
    "GBR": (
        "SMITH JONES TAYLOR BROWN EVANS THOMAS WRIGHT",
        "OLIVER JAMES|AMELIA ROSE|HARRY|ISLA|GEORGE WILLIAM ARTHUR",
    ),
    "D<<": (
        "MUELLER|SCHMIDT|SCHNEIDER|FISCHER|VON DER HEYDEN|WAGNER|BECKER|SCHULZ",
        "LUKAS|ANNA LENA|MAXIMILIAN|SOPHIE|KARL HEINZ|JULIA",
    ),
    "FRA": (
        "MARTIN|BERNARD|DUBOIS|LEFEBVRE|DE LA FONTAINE|MOREAU",
        "JEAN PIERRE|CAMILLE|MARIE CLAIRE|LOUIS|ANNE SOPHIE",
    ),
    "NLD": (
        "DE JONG|JANSEN|VAN DEN BERG|BAKKER|VAN DER MEULEN|VISSER",
        "DAAN|SANNE|PIETER JAN|EMMA|JOHANNES CORNELIS",
    ),
    "ESP": (
        "GARCIA LOPEZ|MARTINEZ SANCHEZ|FERNANDEZ GONZALEZ|RODRIGUEZ PEREZ",
        "JOSE LUIS|MARIA DEL CARMEN|ALEJANDRO|LUCIA",
    ),
    "PRT": (
        "SILVA SANTOS|FERREIRA PEREIRA|OLIVEIRA COSTA|RODRIGUES MARTINS",
        "JOAO PEDRO|ANA RITA|MARIA DE FATIMA|TIAGO",
    ),
    "BEL": ("PEETERS|JANSSENS|MAES|VAN DAMME|DUPONT", "LUCAS|MARIE|THOMAS|ELISE"),
    "POL": (
        "NOWAK KOWALSKI WISNIEWSKA WOJCIK KAMINSKI LEWANDOWSKA",
        "PIOTR|KATARZYNA|JAN|AGNIESZKA MARIA",
    ),
    "SWE": ("ANDERSSON JOHANSSON KARLSSON NILSSON ERIKSSON", "ERIK|MAJA|LARS OLOF|INGRID"),
    "ITA": ("ROSSI RUSSO FERRARI ESPOSITO BIANCHI", "GIUSEPPE|FRANCESCA|MARCO|CHIARA"),
    "MMR": ("", "AUNG KYAW MIN|THIN THIN AYE|ZAW WIN HTUT|SU MYAT NOE"),
}
# Issuers of passports at a Taiwan counter, with weights.
_PASSPORT_STATES = {
    "TWN": 30,
    "JPN": 9,
    "KOR": 7,
    "CHN": 5,
    "HKG": 4,
    "MAC": 1.2,
    "VNM": 5,
    "PHL": 5,
    "THA": 4,
    "IDN": 4,
    "MYS": 3,
    "SGP": 2,
    "IND": 2,
    "USA": 5,
    "CAN": 1.5,
    "AUS": 1.5,
    "GBR": 1.5,
    "D<<": 1.5,
    "FRA": 1,
    "NLD": 0.8,
    "ESP": 0.6,
    "ITA": 0.6,
    "POL": 0.4,
    "SWE": 0.4,
    "ARE": 0.6,
    "SAU": 0.4,
    "MMR": 0.8,
}
_CARD_STATES = {
    "TWN": 8,
    "HKG": 2,
    "KOR": 1,
    "D<<": 1.2,
    "BEL": 1,
    "PRT": 1,
    "ESP": 0.8,
    "NLD": 0.8,
    "FRA": 0.6,
    "POL": 0.5,
    "SWE": 0.4,
    "ITA": 0.5,
}
_VISA_STATES = {"TWN": 10, "JPN": 1.2, "KOR": 1, "USA": 1.2, "CHN": 0.6, "GBR": 0.4}
_VISA_HOLDERS = {
    "VNM": 3,
    "IDN": 3,
    "PHL": 3,
    "THA": 2,
    "IND": 2,
    "MMR": 1.5,
    "MYS": 1,
    "CHN": 1,
    "TWN": 1,
    "SAU": 0.4,
}
_LOOKALIKE = "0O1I2Z5S8B6GDQ"
_LONG = {
    "PHL": "DE LOS REYES GLORIOSA|CONCEPCION MARIE ANTONETTE",
    "ESP": "DE LA SANTISIMA TRINIDAD|INMACULADA CONCEPCION",
    "PRT": "DOS SANTOS GUIMARAES|MARGARIDA CONCEICAO",
    "THA": "CHAROENSUKSAWATDIKUL|PHATTHARAWADEE",
    "IND": "VENKATA NARASIMHA RAJU|LAKSHMI PRASANNA",
    "MYS": "ABDUL RAHMAN SHAHRUDDIN|NUR FATIHAH AMIRAH",
    "D<<": "FRIEDRICH WILHELM GOTTFRIED|ANNA KATHARINA LUISE",
    "GBR": "ALEXANDER CHRISTOPHER EDWARD|ELIZABETH VICTORIA",
    "USA": "ALEXANDRIA ELIZABETH|CHRISTOPHER MONTGOMERY",
    "VNM": "NGUYEN HOANG PHUONG|TRUONG THANH",
}
_LETTERS = layout.LETTERS
_DIGITS = layout.DIGITS


def _pick(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _one(rng: np.random.Generator, options: str | list[str]) -> str:
    items = _split(options) if isinstance(options, str) else options
    return items[int(rng.integers(len(items)))]


def _chars(rng: np.random.Generator, alphabet: str, n: int) -> str:
    return "".join(alphabet[int(i)] for i in rng.integers(0, len(alphabet), n))


def name_parts(surname: str, given: str, width: int) -> tuple[str, str]:
    """Surname and given names that fit a names field `width` cells wide: later given
    names become initials (the first stays whole) while the field overflows; what
    still overflows is left for `compose` to cut at the field's end."""

    def length(parts: list[str]) -> int:
        return len(surname) + (2 + len(" ".join(parts)) if parts else 0)

    parts = given.split()
    for i in range(len(parts) - 1, 0, -1):
        if length(parts) <= width:
            break
        parts[i] = parts[i][0]
    return surname, " ".join(parts)


def _holder(rng: np.random.Generator, origin: str) -> tuple[str, str]:
    surnames, given = _NAMES[origin]
    sur = _one(rng, surnames) if surnames else ""
    giv = _one(rng, given)
    if origin in ("HKG", "MAC", "SGP") and rng.random() < 0.35:
        giv = _one(rng, "PETER|KAREN|ALVIN|VIVIAN|KENNY|CHERRY|RAYMOND|SHIRLEY") + " " + giv
    if origin == "PHL" and rng.random() < 0.6:  # the mother's surname as a middle name
        giv = giv + " " + _one(rng, "MANALO|AGUSTIN|VILLANUEVA|DE GUZMAN|SORIANO")
    if origin in ("IDN", "MMR", "IND", "MYS") and not sur and rng.random() < 0.45:
        giv, sur = "", giv  # a single name written as the primary identifier
    if origin in _LONG and rng.random() < 0.3:  # names that fill or overflow the field
        giv += " " + _one(rng, _LONG[origin])
    if origin in ("ARE", "SAU") and rng.random() < 0.5:  # a chain of patronyms
        giv += " " + _one(rng, "BIN SALEH AL|BIN ABDULLAH|BINT KHALID|BIN HAMAD BIN SAEED")
    return sur, giv


def _number(rng: np.random.Generator, state: str, card: bool) -> str:
    """A document number in the issuer's pattern."""
    d, L = _DIGITS, _LETTERS
    if card and state == "BEL":
        return _chars(rng, d, 12)
    if card and state == "PRT":
        return _chars(rng, d, 9) + _chars(rng, L, 2) + _chars(rng, d, 1)
    pattern = {
        "TWN": "3" + "#" * 8 if not card else "@@#######",
        "CHN": _one(rng, ["E########", "EA#######", "EH#######", "G########"]),
        "HKG": _one(rng, ["H########", "K########", "@#######"]),
        "MAC": "MA#######",
        "KOR": _one(rng, ["M########", "M###@####", "S########"]),
        "JPN": "@@#######",
        "VNM": _one(rng, ["C#######", "B#######", "N#######"]),
        "PHL": _one(rng, ["P#######@", "P#######", "EC#######"]),
        "THA": "@@#######",
        "IDN": _one(rng, ["X######", "C#######", "E#######"]),
        "MYS": "A########",
        "SGP": "E#######@",
        "IND": "@#######",
        "USA": _one(rng, ["#########", "A########"]),
        "CAN": "@@######",
        "AUS": "P#######",
        "GBR": "#########",
        "MMR": "MH######",
        "D<<": "%%%%%%%%%",
        "FRA": "##@@#####",
        "NLD": "@@%%%%%%#",
        "ESP": "@@@######",
        "ITA": "@@#######",
        "POL": "@@#######",
        "SWE": "########",
        "ARE": "@#######",
        "SAU": "@#######",
        "BEL": "@@#######",
        "PRT": "@######",
    }.get(state, "@#######")
    alpha_num = "CFGHJKLMNPRTVWXYZ0123456789"  # the German alphabet without vowels
    out = []
    for c in pattern:
        if c == "#":
            out.append(_chars(rng, d, 1))
        elif c == "@":
            out.append(_chars(rng, L, 1))
        elif c == "%":
            out.append(_chars(rng, alpha_num, 1))
        else:
            out.append(c)
    return "".join(out)


def _personal(rng: np.random.Generator, state: str, width: int) -> str:
    """Optional data: a personal number of the issuer's kind, or nothing."""
    d = _DIGITS
    kinds = {
        "TWN": lambda: (
            _chars(rng, "ABCDEFGHJKMNPQTUVXYWZIO", 1) + _one(rng, "1 2 8 9") + _chars(rng, d, 8)
        ),
        "THA": lambda: _chars(rng, d, 13),
        "MYS": lambda: _chars(rng, d, 12),
        "SGP": lambda: _one(rng, "S T F G") + _chars(rng, d, 7) + _chars(rng, "ABCDEFGHIZJ", 1),
        "KOR": lambda: _chars(rng, d, 7) if rng.random() < 0.5 else "",
        "CHN": lambda: (
            _chars(rng, _LOOKALIKE + "ACEHKMNPRTUVWXY", 10) + "<" + _chars(rng, _LOOKALIKE, 3)
        ),
        "NLD": lambda: _chars(rng, d, 9),
        "ESP": lambda: _chars(rng, d, 8) + _chars(rng, "TRWAGMYFPDXBNJZSQVHLCKE", 1),
        "ITA": lambda: (
            _chars(rng, "BCDFGHLMNPRSTVZ", 6) + _chars(rng, d, 2) + _chars(rng, "ABCDEHLMPRST", 1)
        ),
        "POL": lambda: _chars(rng, d, 11),
        "SWE": lambda: _chars(rng, d, 10),
    }
    if width < 4:
        return ""
    if state in kinds and rng.random() < 0.8:
        return kinds[state]()[:width]
    if rng.random() < 0.25:  # an issuer's serial or file number
        return _chars(
            rng, _LOOKALIKE + _DIGITS + "ACEKMNRTX", int(rng.integers(4, min(width, 12) + 1))
        )
    return ""


def _dates(rng: np.random.Generator, today: dt.date, fmt: str) -> tuple[dt.date, dt.date]:
    age = float(rng.triangular(0.3, 32, 88))
    birth = today - dt.timedelta(days=int(age * 365.25) + int(rng.integers(0, 365)))
    if fmt.startswith("MRV"):
        expiry = today + dt.timedelta(days=int(rng.integers(10, 3 * 365)))
    else:
        years = 5 if (age < 20 or fmt != "TD3") else 10
        issued = today - dt.timedelta(days=int(rng.integers(0, years * 365)))
        expiry = issued + dt.timedelta(days=years * 365 - 1)
    return birth, expiry


def random_mrz(
    rng: np.random.Generator, today: dt.date
) -> tuple[str, tuple[str, ...], tuple[str, ...], bool]:
    """(format, lines as compose makes them, lines as printed, ICAO's verdict on them)."""
    fmt = _pick(rng, FORMAT_SHARE)
    if fmt == "TD3":
        state = _pick(rng, _PASSPORT_STATES)
        holder = state
    elif fmt in ("TD1", "TD2"):
        state = _pick(rng, _CARD_STATES)
        foreign = state == "TWN" or rng.random() < 0.15  # resident certificates, permits
        holder = _pick(rng, _VISA_HOLDERS | {"USA": 1, "JPN": 1}) if foreign else state
        if state == "TWN" and not foreign:
            holder = "TWN"
    else:
        state = _pick(rng, _VISA_STATES)
        holder = _pick(rng, _VISA_HOLDERS)
    lay = layout.layout(fmt)
    width = lay.field("names").length
    surname, given = _holder(rng, holder)
    if rng.random() < 0.8:  # most issuers shorten to initials; the rest let it be cut
        surname, given = name_parts(surname, given, width)
    card = fmt in ("TD1", "TD2")
    number = _number(rng, state, card)
    if fmt.startswith("MRV") and rng.random() < 0.5:  # a visa foil number, look-alike rich
        number = _chars(rng, _LETTERS, 1) + _chars(rng, _LOOKALIKE + _DIGITS, 8)
    if len(number) > 9 and not card:
        number = number[:9]
    opt_name = "optional_data_1" if fmt == "TD1" else "optional_data"
    opt_width = lay.field(opt_name).length - (len(number) - 7 if len(number) > 9 else 0)
    if fmt.startswith("MRV"):
        optional = _chars(rng, _LOOKALIKE + _DIGITS + _LETTERS, int(rng.integers(0, opt_width + 1)))
    elif card and state == "TWN" and opt_width >= 10:  # a resident's UI number, new form
        optional = _chars(rng, _LETTERS, 1) + _one(rng, "8 9") + _chars(rng, _DIGITS, 8)
    else:
        optional = _personal(rng, holder if card else state, max(0, opt_width))
    optional_2 = ""
    if fmt == "TD1" and rng.random() < 0.35:
        optional_2 = _chars(rng, _DIGITS + _LOOKALIKE, int(rng.integers(3, 12)))
    birth, expiry = _dates(rng, today, fmt)
    sex = _pick(rng, {"M": 0.49, "F": 0.49, "X": 0.02})
    code = {"TD3": "P<", "MRV-A": "V<", "MRV-B": "V<"}.get(fmt) or _one(rng, "I< ID IR AR C<")
    if fmt == "TD3" and rng.random() < 0.06:
        code = _one(rng, "PD PS PO")
    nationality = holder if len(holder) == 3 else "D<<"
    composed = compose(
        fmt,
        document_code=code,
        issuing_state=state,
        surname=surname,
        given_names=given,
        document_number=number,
        nationality=nationality,
        birth_date=birth,
        sex=sex,
        expiry_date=expiry,
        optional_data=optional,
        optional_data_2=optional_2,
    )
    printed = composed
    if rng.random() < INVALID_SHARE:
        printed = _misprint(rng, fmt, composed)
    valid = printed == composed
    return fmt, composed, printed, valid


_AS_DIGIT = {"O": "0", "I": "1", "S": "5", "B": "8", "Z": "2", "G": "6", "D": "0", "Q": "0"}


def _misprint(rng: np.random.Generator, fmt: str, lines: tuple[str, ...]) -> tuple[str, ...]:
    lay = layout.layout(fmt)
    cells = [list(ln) for ln in lines]
    if rng.random() < 2 / 3:  # one check digit wrong
        checks = [c for c in lay.checks if lines[c.line][c.pos].isdigit()]
        c = checks[int(rng.integers(len(checks)))]
        old = lines[c.line][c.pos]
        cells[c.line][c.pos] = _one(rng, [x for x in _DIGITS if x != old])
        return tuple("".join(r) for r in cells)
    # a digit in a letters field: a state code or nationality, or a look-alike in a name
    f = lay.field(_one(rng, ["issuing_state", "nationality", "names", "names"]))
    text = f.of(lines)
    spots = [i for i, c in enumerate(text) if c in _AS_DIGIT]
    if not spots:
        spots = [i for i, c in enumerate(text) if c != "<"] or [0]
    i = spots[int(rng.integers(len(spots)))]
    old = text[i]
    cells[f.line][f.start + i] = _AS_DIGIT.get(old, _one(rng, "0 1 5 8"))
    return tuple("".join(r) for r in cells)


def _misprint_note(fmt: str, composed: tuple[str, ...], printed: tuple[str, ...]) -> str:
    lay = layout.layout(fmt)
    for ln, (a, b) in enumerate(zip(composed, printed, strict=True)):
        for pos, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                checks = {(c.line, c.pos): c.name for c in lay.checks}
                if (ln, pos) in checks:
                    return f"invalid as printed: {checks[ln, pos]} check digit {y} (not {x})"
                field = next(f.name for f in lay.fields if f.line == ln and f.start <= pos < f.stop)
                return f"invalid as printed: digit {y} in the {field} field (not {x})"
    return ""


# -- faces -----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class FacePlan:
    label: str
    kind: str  # "ocrb", "hybrid", "other"
    base: str  # the face of every cell not overridden
    other: str = ""  # the borrowed face of a hybrid
    glyphs: str = ""  # the characters drawn in `other`, on every line
    line: int = -1  # or the one line drawn in `other`

    def face(self, line: int, ch: str) -> str:
        if self.other and (line == self.line or ch in self.glyphs):
            return self.other
        return self.base


def _face_plan(rng: np.random.Generator, n_lines: int) -> FacePlan:
    kind = _pick(rng, FACE_KINDS)
    if kind == "ocrb":
        return FacePlan("ocrb", kind, "ocrb")
    if kind == "other":
        face = _pick(rng, OTHER_WEIGHTS)
        return FacePlan(face, kind, face)
    face = NEW_FACES[int(rng.integers(len(NEW_FACES)))]
    if rng.random() < 0.3:
        line = int(rng.integers(n_lines))
        return FacePlan(f"ocrb+{face}:line{line}", kind, "ocrb", face, line=line)
    n = int(rng.integers(3, 7))
    glyphs = "".join(sorted(rng.choice(list(HYBRID_GLYPHS), n, replace=False)))
    return FacePlan(f"ocrb+{face}:{glyphs}", kind, "ocrb", face, glyphs=glyphs)


# -- the page --------------------------------------------------------------------------

_PAPER = {  # a state's page tint: two hues of the split-fountain rainbow
    "TWN": ((0.93, 0.90, 0.97), (0.88, 0.95, 0.93)),
    "CHN": ((0.97, 0.92, 0.90), (0.90, 0.94, 0.97)),
    "JPN": ((0.96, 0.93, 0.96), (0.92, 0.96, 0.92)),
    "KOR": ((0.92, 0.95, 0.98), (0.97, 0.94, 0.90)),
    "USA": ((0.90, 0.93, 0.98), (0.98, 0.95, 0.92)),
}
_CJK = {  # title, label face
    "TWN": ("中華民國 護照 PASSPORT", "notocjk"),
    "CHN": ("中华人民共和国 护照", "notocjk"),
    "HKG": ("中華人民共和國香港特別行政區護照", "notocjk"),
    "MAC": ("中華人民共和國澳門特別行政區護照", "notocjk"),
    "JPN": ("日本国旅券 PASSPORT", "ipapgothic"),
    "KOR": ("대한민국 여권 PASSPORT", "nanumgothic"),
}
_STATE_CJK = {
    "TWN": "中華民國",
    "CHN": "中华人民共和国",
    "HKG": "香港",
    "MAC": "澳門",
    "JPN": "日本国",
    "KOR": "대한민국",
}
_TITLE = {
    "TD3": "PASSPORT",
    "TD1": "IDENTITY CARD",
    "TD2": "RESIDENCE PERMIT",
    "MRV-A": "VISA",
    "MRV-B": "VISA",
}
_DYES = ((0.75, 0.15, 0.2), (0.15, 0.25, 0.7), (0.45, 0.2, 0.6), (0.1, 0.5, 0.3), (0.6, 0.1, 0.5))
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


@dataclasses.dataclass
class _Page:
    art: np.ndarray  # dye inks over the paper, RGB 0-1 (vanish in infrared)
    carbon: np.ndarray  # carbon/black inks: darkness 0-1 (stay in infrared)
    quad: np.ndarray  # MRZ corners in page px (TL, TR, BR, BL)
    caps: np.ndarray  # (4, 2, 2): cap top and baseline at both ends of the first and last lines
    notes: list[str]
    alpha: np.ndarray  # 1 on the document, 0 where a card's rounded corner lets the glass show


def _sans(name: str, px: float) -> ImageFont.FreeTypeFont:
    return _font(name, max(5, round(px)))


def _guilloche(
    rng: np.random.Generator, img: np.ndarray, ppm: float, mrz_box: tuple, across: bool
) -> None:
    h, w = img.shape[:2]
    colour = tuple(int(255 * c) for c in rng.uniform(0.35, 0.8, 3))
    thick = max(1, round(0.06 * ppm))
    for _ in range(int(rng.integers(1, 4))):  # rosettes (hypotrochoids)
        cx, cy = rng.uniform(0.15, 0.85) * w, rng.uniform(0.1, 0.7) * h
        big, small, d = rng.uniform(8, 22) * ppm, rng.uniform(1, 5) * ppm, rng.uniform(2, 8) * ppm
        t = np.linspace(0, 2 * np.pi * int(rng.integers(8, 20)), 3000)
        k = big - small
        xs = cx + k * np.cos(t) + d * np.cos(k / small * t)
        ys = cy + k * np.sin(t) - d * np.sin(k / small * t)
        pts = np.stack([xs, ys], 1).astype(np.int32)
        cv2.polylines(img, [pts], False, colour, thick, cv2.LINE_AA)
    y_lo, y_hi = (mrz_box[1], mrz_box[3]) if across else (0.1 * h, 0.6 * h)
    xs = np.linspace(0, w, 400)
    for i in range(int(rng.integers(6, 16))):  # wave bands
        y0 = rng.uniform(y_lo, y_hi)
        amp, per = rng.uniform(0.5, 3) * ppm, rng.uniform(8, 30) * ppm
        ys = y0 + amp * np.sin(2 * np.pi * xs / per + i * 0.7) + 0.3 * amp * np.sin(5 * xs / per)
        cv2.polylines(
            img, [np.stack([xs, ys], 1).astype(np.int32)], False, colour, thick, cv2.LINE_AA
        )


def _stamp(
    rng: np.random.Generator, w: int, h: int, ppm: float, at: tuple[float, float]
) -> np.ndarray:
    """An entry/exit stamp as an RGBA overlay of the page's size."""
    size = int(rng.uniform(22, 34) * ppm)
    tile = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(tile)
    lw = max(1, round(0.35 * ppm))
    if rng.random() < 0.5:
        d.ellipse((lw, lw, size - lw, size - lw), outline=255, width=lw)
        d.ellipse(
            (size * 0.12, size * 0.12, size * 0.88, size * 0.88), outline=255, width=max(1, lw // 2)
        )
    else:
        d.rounded_rectangle(
            (lw, size * 0.2, size - lw, size * 0.8), radius=size // 10, outline=255, width=lw
        )
    font = _sans("ptsans-bold", 3.0 * ppm)
    words = [
        _one(rng, "TAOYUAN|KAOHSIUNG|SONGSHAN|TAICHUNG|KEELUNG"),
        _one(rng, "ARRIVAL|DEPARTURE|入境|出境"),
        f"{int(rng.integers(1, 29)):02d} {_MONTHS[int(rng.integers(12))]} 2026",
    ]
    for i, word in enumerate(words):
        f = _sans("notocjk", 3.0 * ppm) if not word.isascii() else font
        d.text((size / 2, size * (0.36 + 0.16 * i)), word, font=f, fill=255, anchor="mm")
    tile = tile.rotate(float(rng.uniform(-35, 35)), resample=Image.BILINEAR)
    a = np.asarray(tile, np.float32) / 255 * rng.uniform(0.45, 0.85)
    a *= cv2.resize(rng.uniform(0.4, 1.0, (8, 8)).astype(np.float32), (size, size))  # uneven inking
    out = np.zeros((h, w, 4), np.float32)
    out[..., :3] = _DYES[int(rng.integers(len(_DYES)))]
    x0, y0 = int(at[0] - size / 2), int(at[1] - size / 2)
    xs, ys = slice(max(0, x0), min(w, x0 + size)), slice(max(0, y0), min(h, y0 + size))
    out[ys, xs, 3] = a[ys.start - y0 : ys.stop - y0, xs.start - x0 : xs.stop - x0]
    return out


def _signature(
    rng: np.random.Generator, img: np.ndarray, ppm: float, x: float, y: float, dark: bool
) -> None:
    pts, px, py = [], x, y
    for _ in range(int(rng.integers(4, 9))):
        cx, cy = px + rng.uniform(2, 8) * ppm, py + rng.uniform(-4, 4) * ppm
        t = np.linspace(0, 1, 30)[:, None]
        loop = (
            np.stack([np.cos(t[:, 0] * 6.3), np.sin(t[:, 0] * 6.3)], 1)
            * rng.uniform(0.5, 2.5)
            * ppm
        )
        seg = (1 - t) * np.array([px, py]) + t * np.array([cx, cy]) + loop * rng.uniform(0, 1)
        pts.append(seg)
        px, py = cx, cy
    colour = (30, 30, 40) if dark else (150, 60, 20)  # BGR-free: stored as RGB below
    cv2.polylines(
        img,
        [np.concatenate(pts).astype(np.int32)],
        False,
        colour,
        max(1, round(0.3 * ppm)),
        cv2.LINE_AA,
    )


def _mrz_coverage(
    rng: np.random.Generator,
    lines: tuple[str, ...],
    plan: FacePlan,
    ppm: float,
    cap_mm: float,
    x0: float,
    base0: float,
    line_mm: float,
    shape: tuple[int, int],
) -> np.ndarray:
    """Ink coverage of the MRZ: every cell at the 2.54 mm pitch, each glyph jittered."""
    cov = np.zeros(shape, np.float32)
    pitch = PITCH_MM * ppm * float(rng.uniform(0.995, 1.005))
    cap = cap_mm * ppm
    own = {f: float(rng.uniform(0.92, 1.06)) for f in {plan.base, plan.other} - {"", "ocrb"}}
    wobble = float(rng.uniform(0.02, 0.07)) * ppm  # mm of per-glyph jitter, in px
    for i, line in enumerate(lines):
        base = base0 + i * line_mm * ppm
        for j, ch in enumerate(line):
            face = plan.face(i, ch)
            c = round(cap * own.get(face, 1.0) * float(rng.uniform(0.985, 1.015)))
            g = _glyph(face, ch, c, max(3, round(pitch)))
            if rng.random() < 0.25:  # a glyph set a little askew
                m = cv2.getRotationMatrix2D(
                    (g.shape[1] / 2, 1.5 * c), float(rng.uniform(-1.5, 1.5)), 1.0
                )
                g = cv2.warpAffine(g, m, (g.shape[1], g.shape[0]))
            gx = round(x0 + j * pitch + rng.normal(0, wobble))
            gy = round(base - 1.5 * c + rng.normal(0, wobble))
            h, w = g.shape
            y0, y1, x1 = max(0, gy), min(shape[0], gy + h), min(shape[1], gx + w)
            if y1 > y0 and x1 > gx >= 0:
                region = cov[y0:y1, gx:x1]
                np.maximum(region, g[y0 - gy : y1 - gy, : x1 - gx], out=region)
    return cov


def _print_process(
    rng: np.random.Generator, cov: np.ndarray, process: str, ppm: float
) -> tuple[np.ndarray, float]:
    """The MRZ's ink as the printer laid it down: coverage after weight and defects, and
    its darkness."""
    s = ppm / 15.0
    spread = {"inkjet": 1.0, "ribbon": 0.8, "thermal": 0.5, "engraved": 0.5, "laser": 0.4}[process]
    cov = cv2.GaussianBlur(cov, (0, 0), max(0.3, spread * s * float(rng.uniform(0.7, 1.4))))
    t = float(rng.uniform(0.3, 0.66))  # low: bled, bold strokes; high: starved, thin
    cov = np.clip((cov - t) / 0.25 + 0.5, 0, 1)
    h, w = cov.shape
    dark = float(rng.uniform(0.82, 0.95))
    if process == "laser":  # toner scatter near the strokes
        near = cv2.dilate((cov > 0.5).astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
        specks = (rng.random((h, w)) < 0.004) & near
        cov = np.maximum(cov, specks.astype(np.float32) * 0.7)
    elif process == "inkjet":  # satellite drops trailing the carriage, a grainy density
        sat = np.roll(cov, round(float(rng.uniform(1, 2.5)) * s), axis=1)
        cov = np.maximum(cov, sat * (rng.random((h, w)) < 0.06) * 0.8)
        cov *= rng.uniform(0.8, 1.0, (h, w)).astype(np.float32)
    elif process == "thermal":  # density bands and one dead head element
        bands = 1 - 0.25 * (0.5 + 0.5 * np.sin(np.arange(w) / (rng.uniform(6, 20) * s)))
        cov *= bands[None, :].astype(np.float32)
        ys = np.flatnonzero(cov.max(1) > 0.5)
        if len(ys):
            y = int(ys[int(rng.integers(len(ys)))])
            cov[y : y + max(1, round(s)), :] *= 0.1
    elif process == "engraved":  # grey on polycarbonate, darker rims
        dark = float(rng.uniform(0.55, 0.75))
        rim = cov - cv2.erode(cov, np.ones((3, 3), np.uint8))
        cov = np.clip(cov + 0.5 * rim, 0, 1)
    else:  # a worn ribbon: uneven, with dropouts
        wear = cv2.resize(
            rng.uniform(0.45, 1.0, (max(2, h // 40), max(2, w // 40))).astype(np.float32), (w, h)
        )
        cov *= wear
    return cov.astype(np.float32), dark


def _render_page(
    rng: np.random.Generator,
    fmt: str,
    printed: tuple[str, ...],
    draw_mrz: bool,
    plan: FacePlan,
    ppm: float,
    cap_mm: float,
    process: str,
) -> _Page:
    visa = fmt.startswith("MRV")
    w_mm, h_mm = DOC_MM["TD3"] if visa else DOC_MM[fmt]
    w, h = round(w_mm * ppm), round(h_mm * ppm)
    lay = layout.layout(fmt)
    state = lay.field("issuing_state").of(printed)
    tint = _PAPER.get(state, (tuple(rng.uniform(0.88, 0.98, 3)), tuple(rng.uniform(0.88, 0.98, 3))))
    ramp = np.linspace(0, 1, w)[None, :, None] ** rng.uniform(0.6, 1.6)
    art = (1 - ramp) * np.array(tint[0]) + ramp * np.array(tint[1])
    art = np.repeat(art, h, 0).astype(np.float32)
    grain = cv2.resize(rng.normal(0, 1, (h // 6 + 1, w // 6 + 1)).astype(np.float32), (w, h))
    art *= (1 + 0.012 * grain)[..., None]
    notes: list[str] = []
    # the MRZ's place: ICAO's left margin and the lines' pitch, the last line near the bottom
    n, width = lay.lines, lay.width
    if visa:
        sw, sh = VISA_MM[fmt]
        sx, sy = (w_mm - sw) / 2 + rng.uniform(-1.5, 1.5), (h_mm - sh) / 2 + rng.uniform(-1.5, 1.5)
    else:
        sw, sh, sx, sy = w_mm, h_mm, 0.0, 0.0
    left_mm = sx + (sw - width * PITCH_MM) / 2 + rng.uniform(-0.8, 0.8)
    line_mm = float(rng.uniform(3.9, 4.4))
    base_last = sy + sh - rng.uniform(3.6, 5.2)
    base0 = (base_last - (n - 1) * line_mm) * ppm
    x0 = left_mm * ppm
    mrz_box = (
        x0,
        base0 - 1.3 * cap_mm * ppm,
        x0 + width * PITCH_MM * ppm,
        base_last * ppm + 0.4 * ppm,
    )
    pil = Image.fromarray((np.clip(art, 0, 1) * 255).astype(np.uint8))
    arr = np.asarray(pil).copy()
    across = bool(rng.random() < 0.55)
    _guilloche(rng, arr, ppm, mrz_box, across)
    notes += ["guilloche across the MRZ"] if across else []
    if visa:  # the sticker's edge and its own tint
        y0, y1, x0s, x1s = (
            round(sy * ppm),
            round((sy + sh) * ppm),
            round(sx * ppm),
            round((sx + sw) * ppm),
        )
        arr[y0:y1, x0s:x1s] = (arr[y0:y1, x0s:x1s] * rng.uniform(0.9, 1.0, 3)).astype(np.uint8)
        cv2.rectangle(arr, (x0s, y0), (x1s, y1), (150, 150, 160), max(1, round(0.2 * ppm)))
    pil = Image.fromarray(arr)
    carbon_img = Image.new("L", (w, h), 0)
    dc, da = ImageDraw.Draw(carbon_img), ImageDraw.Draw(pil)
    ox, oy = sx * ppm, sy * ppm
    title, face = _CJK.get(state, (_TITLE[fmt], "ptsans-bold"))
    if visa or fmt != "TD3":  # the state's name and the document's kind
        title = f"{_STATE_CJK[state]} {_TITLE[fmt]}" if state in _STATE_CJK else _TITLE[fmt]
    label_col = tuple(int(255 * c) for c in _DYES[int(rng.integers(len(_DYES)))])
    da.text(
        (ox + 0.3 * sw * ppm, oy + 2.5 * ppm), title, font=_sans(face, 3.2 * ppm), fill=label_col
    )
    px0, py0 = ox + 0.05 * sw * ppm, oy + 0.2 * sh * ppm
    pw, ph = 0.24 * sw * ppm, 0.42 * sh * ppm
    gx = ox + 0.78 * sw * ppm
    _portrait(rng, dc, (gx, py0 + 0.35 * ph, 0.3 * pw, 0.4 * ph), 0.18)  # the ghost image
    if fmt == "TD1":  # a card's MRZ is on its back: issue data and an address, no portrait
        rows = [
            (
                "Date of issue",
                _human_date(f"{int(rng.integers(16, 27))}0{int(rng.integers(1, 10))}15"),
            ),
            ("Authority", _AUTHORITY.get(state, "MINISTRY OF INTERIOR")),
            ("Address", f"{int(rng.integers(1, 300))} {_one(rng, _STREETS.get(state, _EU))}"),
        ]
        lx, ly = px0, py0 - 0.08 * sh * ppm
    else:
        _portrait(rng, dc, (px0, py0, pw, ph), float(rng.uniform(0.6, 0.9)))
        names = lay.field("names").of(printed).rstrip("<").split("<<", 1)
        rows = [
            ("Surname", names[0].replace("<", " ")),
            ("Given names", names[1].replace("<", " ") if len(names) > 1 else ""),
            ("Document No.", lay.field("document_number").of(printed).replace("<", "")),
            ("Nationality", lay.field("nationality").of(printed).replace("<", "")),
            ("Date of birth", _human_date(lay.field("birth_date").of(printed))),
            ("Sex", lay.field("sex").of(printed).replace("<", "X")),
            ("Date of expiry", _human_date(lay.field("expiry_date").of(printed))),
        ]
        lx, ly = px0 + pw + 0.04 * sw * ppm, py0
    # labels (dye) and personal data (carbon)
    step = (mrz_box[1] - ly - 2 * ppm) / len(rows)
    for k, (label, value) in enumerate(rows):
        y = ly + k * step
        da.text((lx, y), label, font=_sans("ptsans", min(1.6 * ppm, 0.4 * step)), fill=label_col)
        dc.text(
            (lx, y + 0.38 * step),
            value[:28],
            font=_sans("ptsans-bold", min(2.6 * ppm, 0.5 * step)),
            fill=235,
        )
    art = np.asarray(pil, np.float32) / 255
    carbon = np.asarray(carbon_img, np.float32) / 255
    # microprint: a line of tiny repeated text above or through the zone
    if rng.random() < 0.6:
        through = bool(rng.random() < 0.4)
        my = (
            rng.uniform(mrz_box[1], mrz_box[3]) if through else mrz_box[1] - rng.uniform(1, 3) * ppm
        )
        micro = Image.new("L", (w, max(4, round(0.6 * ppm))), 0)
        ImageDraw.Draw(micro).text(
            (0, 0),
            (state.replace("<", "") + "SECURITYPRINT") * 40,
            font=_sans("ptsans", 0.55 * ppm),
            fill=255,
        )
        m = np.asarray(micro, np.float32) / 255 * 0.6
        y = int(np.clip(my, 0, h - m.shape[0]))
        art[y : y + m.shape[0]] *= 1 - m[..., None] * (1 - np.array(_DYES[1], np.float32))
        notes.append("microprint through the MRZ" if through else "microprint above the MRZ")
    caps = np.zeros((4, 2, 2), np.float32)
    for k, (ln, col) in enumerate(((0, 0), (0, width - 1), (n - 1, 0), (n - 1, width - 1))):
        xc = x0 + (col + 0.5) * PITCH_MM * ppm
        yb = base0 + ln * line_mm * ppm
        caps[k] = ((xc, yb - cap_mm * ppm), (xc, yb))
    if draw_mrz:
        cov = _mrz_coverage(rng, printed, plan, ppm, cap_mm, x0, base0, line_mm, (h, w))
        cov, dark = _print_process(rng, cov, process, ppm)
        carbon = np.maximum(carbon, cov * dark)
    if rng.random() < 0.3:  # the holder's signature, sometimes across the MRZ
        sig = np.zeros((h, w, 3), np.uint8)
        over = bool(rng.random() < 0.5)
        sy_ = (
            mrz_box[1] + rng.uniform(0, 0.6) * (mrz_box[3] - mrz_box[1])
            if over
            else py0 + ph + 2 * ppm
        )
        _signature(rng, sig, ppm, lx if over else px0, sy_, bool(rng.random() < 0.3))
        a = (sig.max(2) > 0).astype(np.float32)[..., None]
        art = art * (1 - a) + a * (sig.astype(np.float32) / 255 + 0.1)
        notes += ["a signature across the MRZ"] if over else []
    for _ in range(int(rng.integers(0, 3))):  # stamps, near or over the MRZ
        over = bool(rng.random() < 0.35)
        at = (
            rng.uniform(0.2, 0.8) * w,
            rng.uniform(mrz_box[1], mrz_box[3]) if over else rng.uniform(0.2, 0.6) * h,
        )
        st = _stamp(rng, w, h, ppm, at)
        art = art * (1 - st[..., 3:] * (1 - st[..., :3]))
        notes += ["a stamp across the MRZ"] if over else []
    quad = np.array(
        [mrz_box[:2], (mrz_box[2], mrz_box[1]), mrz_box[2:], (mrz_box[0], mrz_box[3])], np.float32
    )
    mask = np.full((h, w), 255, np.uint8)
    if fmt in ("TD1", "TD2"):  # a card's rounded corners: the reader's glass shows there
        r = round(3.2 * ppm)
        mask[:] = 0
        cv2.rectangle(mask, (r, 0), (w - r, h), 255, -1)
        cv2.rectangle(mask, (0, r), (w, h - r), 255, -1)
        for cx, cy in ((r, r), (w - r, r), (r, h - r), (w - r, h - r)):
            cv2.circle(mask, (cx, cy), r, 255, -1)
    alpha = mask.astype(np.float32) / 255
    return _Page(
        np.clip(art, 0, 1).astype(np.float32), np.clip(carbon, 0, 1), quad, caps, notes, alpha
    )


_AUTHORITY = {"TWN": "NATIONAL IMMIGRATION AGENCY", "HKG": "IMMIGRATION DEPARTMENT"}
_EU = "RUE DE LA PAIX|HAUPTSTRASSE 12|AVENIDA DA LIBERDADE|KERKSTRAAT|CALLE MAYOR"
_STREETS = {
    "TWN": "ZHONGSHAN RD TAIPEI|MINSHENG E RD TAIPEI|WENHUA RD KAOHSIUNG|TAIWAN BLVD TAICHUNG",
    "HKG": "NATHAN RD KOWLOON|QUEENS RD CENTRAL|KING S RD NORTH POINT",
    "KOR": "TEHERAN RO SEOUL|HAEUNDAE RO BUSAN",
}


def _portrait(
    rng: np.random.Generator, d: ImageDraw.ImageDraw, box: tuple, strength: float
) -> None:
    """A holder's likeness as laser personalisation prints it (darkness in carbon): a
    shaded head with hair, eyes and mouth over the shoulders; faint as a ghost image."""
    x, y, w, h = box
    k = 255 * strength
    d.rectangle((x, y, x + w, y + h), fill=int(k * rng.uniform(0.08, 0.2)))  # backdrop
    d.ellipse((x + 0.05 * w, y + 0.72 * h, x + 0.95 * w, y + 1.35 * h), fill=int(k * 0.7))
    d.rectangle((x, y + h, x + w, y + 1.4 * h), fill=0)  # the shoulders end at the frame
    cx, top, hw, hh = x + w * rng.uniform(0.46, 0.54), y + 0.14 * h, 0.27 * w, 0.56 * h
    for i in range(6):  # shading, darker at the rim
        f = 1 - i / 8
        d.ellipse(
            (cx - hw * f, top + hh * (1 - f) / 2, cx + hw * f, top + hh * (1 + f) / 2),
            fill=int(k * (0.5 - 0.05 * i)),
        )
    d.chord(
        (cx - 1.1 * hw, top - 0.08 * hh, cx + 1.1 * hw, top + 0.7 * hh),
        180,
        360,
        fill=int(k * rng.uniform(0.7, 0.95)),
    )  # hair
    for ex in (-0.4, 0.4):
        d.ellipse(
            (cx + ex * hw - 0.12 * hw, top + 0.45 * hh, cx + ex * hw + 0.12 * hw, top + 0.52 * hh),
            fill=int(k * 0.9),
        )
    d.line(
        (cx - 0.3 * hw, top + 0.78 * hh, cx + 0.3 * hw, top + 0.78 * hh),
        fill=int(k * 0.8),
        width=max(1, round(0.02 * w)),
    )
    d.rectangle((x, y - 0.2 * h, x + w, y), fill=0)  # nothing above the frame


def _human_date(yymmdd: str) -> str:
    if not yymmdd.isdigit():
        return yymmdd
    mm = int(yymmdd[2:4])
    return f"{yymmdd[4:6]} {_MONTHS[(mm - 1) % 12]} {yymmdd[:2]}"


# -- the capture -----------------------------------------------------------------------


def _lit(page: _Page, ir: bool) -> np.ndarray:
    """The page as light leaves it: in infrared the dye inks all but vanish."""
    if ir:
        lum = 0.84 * (1 - 0.1 * (1 - page.art.mean(2))) * (1 - 0.93 * page.carbon)
        return np.repeat(lum[..., None], 3, 2).astype(np.float32)
    ink = np.array([0.93, 0.93, 0.91], np.float32)  # how much light the black ink takes
    return (page.art * (1 - page.carbon[..., None] * ink)).astype(np.float32)


def _project(hom: np.ndarray, pts: np.ndarray) -> np.ndarray:
    return cv2.perspectiveTransform(np.asarray(pts, np.float64).reshape(-1, 1, 2), hom).reshape(
        -1, 2
    )


def _pose(w: int, h: int, rot: float, tilt: float, tilt_dir: float, focal: float) -> np.ndarray:
    """Page px to a camera's image plane (centred at 0): the page turned `rot` degrees in
    its plane and tilted `tilt` degrees out of it about an axis at `tilt_dir` degrees."""
    src = np.array([(0, 0), (w, 0), (w, h), (0, h)], np.float64)
    p = np.c_[src - (w / 2, h / 2), np.zeros(4)]
    a, t, d = math.radians(rot), math.radians(tilt), math.radians(tilt_dir)
    rz = np.array([[math.cos(a), -math.sin(a), 0], [math.sin(a), math.cos(a), 0], [0, 0, 1]])
    axis = np.array([math.cos(d), math.sin(d), 0.0])
    k = np.array([[0, -axis[2], axis[1]], [axis[2], 0, -axis[0]], [-axis[1], axis[0], 0]])
    rt = np.eye(3) + math.sin(t) * k + (1 - math.cos(t)) * k @ k  # Rodrigues
    q = p @ (rt @ rz).T
    dst = focal * q[:, :2] / (q[:, 2:] + focal)
    return cv2.getPerspectiveTransform(src.astype(np.float32), dst.astype(np.float32))


def _cap_px(hom: np.ndarray, caps: np.ndarray) -> float:
    top, base = _project(hom, caps[:, 0]), _project(hom, caps[:, 1])
    return float(np.linalg.norm(top - base, axis=1).mean())


def _place(
    hom: np.ndarray,
    size: tuple[int, int],
    quad: np.ndarray,
    rng: np.random.Generator,
    w: int,
    h: int,
    margin: float,
    jitter: float = 0.08,
) -> np.ndarray:
    """Shift the pose so that the page's centre lands near the frame's and the whole MRZ
    lies at least `margin` px inside it."""
    fw, fh = size
    c = _project(hom, [(w / 2, h / 2)])[0]
    dx = fw / 2 - c[0] + rng.uniform(-jitter, jitter) * fw
    dy = fh / 2 - c[1] + rng.uniform(-jitter, jitter) * fh
    q = _project(hom, quad) + np.array([dx, dy])
    dx += max(0.0, margin - q[:, 0].min()) - max(0.0, q[:, 0].max() - (fw - 1 - margin))
    dy += max(0.0, margin - q[:, 1].min()) - max(0.0, q[:, 1].max() - (fh - 1 - margin))
    return np.array([[1, 0, dx], [0, 1, dy], [0, 0, 1]]) @ hom


def _warp(
    img: np.ndarray, alpha: np.ndarray, hom: np.ndarray, size: tuple[int, int], bg: np.ndarray
) -> np.ndarray:
    """The page seen through `hom` over the background `bg`, shrunk by area first so that
    fine print aliases as a real sensor's averaging does, not as point sampling does."""
    jac = hom[:2, :2] / hom[2, 2]
    k = math.sqrt(abs(np.linalg.det(jac)))
    if k < 0.7:
        f = min(1.0, 1.3 * k)
        img = cv2.resize(img, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
        alpha = cv2.resize(alpha, (img.shape[1], img.shape[0]), interpolation=cv2.INTER_AREA)
        hom = hom @ np.diag([1 / f, 1 / f, 1.0])
    out = cv2.warpPerspective(img, hom, size, flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    a = cv2.warpPerspective(alpha, hom, size, flags=cv2.INTER_LINEAR, borderValue=0)[..., None]
    return (out * a + bg * (1 - a)).astype(np.float32)


def _field(rng: np.random.Generator, size: tuple[int, int], strength: float) -> np.ndarray:
    """Uneven light: a soft hot spot and a slope across the frame."""
    fw, fh = size
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * fw, rng.uniform(0.2, 0.8) * fh
    r2 = ((xx - cx) ** 2 + (yy - cy) ** 2) / (0.5 * (fw**2 + fh**2))
    a = math.radians(rng.uniform(0, 360))
    slope = ((xx / fw - 0.5) * math.cos(a) + (yy / fh - 0.5) * math.sin(a)) * rng.uniform(
        0, strength
    )
    return (1 - rng.uniform(0.3, 1.0) * strength * r2 + slope)[..., None].astype(np.float32)


def _glare(rng: np.random.Generator, img: np.ndarray, through: np.ndarray, strength: float) -> None:
    """A laminate's specular band (screen-blended), its axis through point `through`."""
    fh, fw = img.shape[:2]
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    a = math.radians(rng.uniform(0, 180))
    d = (xx - through[0]) * math.sin(a) - (yy - through[1]) * math.cos(a)
    along = (xx - through[0]) * math.cos(a) + (yy - through[1]) * math.sin(a)
    width = rng.uniform(0.02, 0.08) * max(fw, fh)
    g = (
        strength
        * np.exp(-(d**2) / (2 * width**2))
        * np.exp(-(along**2) / (2 * (0.4 * max(fw, fh)) ** 2))
    )
    img[:] = 1 - (1 - img) * (1 - g[..., None])


def _hologram(rng: np.random.Generator, img: np.ndarray, box: np.ndarray) -> None:
    """An iridescent overlay (diffractive foil): rainbow stripes inside `box`."""
    fh, fw = img.shape[:2]
    x0, y0 = np.clip(box.min(0), 0, (fw - 1, fh - 1)).astype(int)
    x1, y1 = np.clip(box.max(0), 0, (fw - 1, fh - 1)).astype(int)
    if x1 - x0 < 4 or y1 - y0 < 4:
        return
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    period = rng.uniform(0.02, 0.08) * fw
    phase = (xx * 0.8 + yy * 0.6) / period + 0.5 * np.sin(xx / period)
    hue = ((phase % 1.0) * 179).astype(np.uint8)
    hsv = np.dstack([hue, np.full_like(hue, 200), np.full_like(hue, 255)])
    rainbow = cv2.cvtColor(hsv, cv2.COLOR_HSV2RGB).astype(np.float32) / 255
    a = rng.uniform(0.06, 0.2) * (0.5 + 0.5 * np.sin(phase * 2.3))[..., None]
    img[y0:y1, x0:x1] = img[y0:y1, x0:x1] * (1 - a) + rainbow * a


def _desk(rng: np.random.Generator, size: tuple[int, int]) -> np.ndarray:
    fw, fh = size
    tone = rng.uniform(0.25, 0.7)  # a counter's laminate, wood or cloth: muted colours
    base = (tone * rng.uniform(0.85, 1.15, 3)).astype(np.float32)
    streak = cv2.resize(rng.normal(0, 1, (max(2, fh // 12), 6)).astype(np.float32), (fw, fh))
    return np.clip(base * (1 + 0.08 * streak[..., None]), 0, 1).astype(np.float32)


def _noise(
    rng: np.random.Generator, img: np.ndarray, sigma: float, chroma: float = 0.0
) -> np.ndarray:
    n = rng.normal(0, sigma, img.shape[:2])[..., None].astype(np.float32)
    if chroma:
        n = n + rng.normal(0, chroma, img.shape).astype(np.float32)
    return img + n


def _reader(rng, page, target, ir, notes):  # type: ignore[no-untyped-def]
    h, w = page.art.shape[:2]
    hom = _pose(w, h, float(rng.uniform(-1.2, 1.2)), 0.0, 0.0, 1e9)
    hom = np.diag([target / _cap_px(hom, page.caps)] * 2 + [1.0]) @ hom
    corners = _project(hom, [(0, 0), (w, 0), (w, h), (0, h)])
    span = corners.max(0) - corners.min(0)
    size = tuple(int(v) for v in span * rng.uniform(1.04, 1.14, 2))
    hom = _place(hom, size, page.quad, rng, w, h, 6, 0.015)
    bg = np.full((size[1], size[0], 3), rng.uniform(0.04, 0.2), np.float32)
    img = _warp(_lit(page, ir), page.alpha, hom, size, bg)
    img *= _field(rng, size, float(rng.uniform(0.05, 0.3)))
    quad = _project(hom, page.quad)
    if rng.random() < 0.4:
        on_mrz = bool(rng.random() < 0.5)
        at = (
            quad.mean(0) if on_mrz else np.array([rng.uniform(0, size[0]), rng.uniform(0, size[1])])
        )
        _glare(rng, img, at, float(rng.uniform(0.2, 0.5 if ir else 0.85)))
        notes.append("glare across the MRZ" if on_mrz else "glare")
    if not ir and rng.random() < 0.35:
        box = (
            quad
            if rng.random() < 0.4
            else _project(hom, [(0.5 * w, 0.2 * h), (0.95 * w, 0.65 * h)])
        )
        _hologram(rng, img, np.asarray(box))
        notes.append("a hologram")
    img = cv2.GaussianBlur(img, (0, 0), float(rng.uniform(0.3, 0.7)))
    return _noise(rng, img, float(rng.uniform(0.004, 0.012))), hom, size, int(rng.integers(75, 96))


def _scan(rng, page, ppm, dpi, notes):  # type: ignore[no-untyped-def]
    h, w = page.art.shape[:2]
    k = dpi / 25.4 / ppm
    hom = np.diag([k, k, 1.0]) @ _pose(w, h, float(rng.uniform(-3, 3)), 0.0, 0.0, 1e9)
    corners = _project(hom, [(0, 0), (w, 0), (w, h), (0, h)])
    span = corners.max(0) - corners.min(0)
    size = tuple(int(v + rng.uniform(10, 30) * dpi / 25.4) for v in span)
    hom = _place(hom, size, page.quad, rng, w, h, 6, 0.03)
    fw, fh = size
    lid = np.full((fh, fw, 3), rng.uniform(0.9, 0.99), np.float32)
    edge = rng.uniform(0.0, 0.25) * np.linspace(1, 0, fw)[None, :, None] ** 6  # lid shadow
    img = _warp(_lit(page, False), page.alpha, hom, size, (lid - edge).astype(np.float32))
    for _ in range(int(rng.integers(3, 40))):  # dust and hairs on the glass
        x, y = int(rng.integers(fw)), int(rng.integers(fh))
        if rng.random() < 0.8:
            cv2.circle(img, (x, y), int(rng.integers(1, 3)), (0.2, 0.2, 0.2), -1)
        else:
            cv2.line(
                img,
                (x, y),
                (x + int(rng.integers(-40, 40)), y + int(rng.integers(-40, 40))),
                (0.3, 0.3, 0.3),
                1,
            )
    img = cv2.GaussianBlur(img, (0, 0), float(rng.uniform(0.4, 0.9)))
    notes.append(f"{dpi:.0f} dpi")
    return _noise(rng, img, float(rng.uniform(0.003, 0.01))), hom, size, int(rng.integers(70, 96))


def _camera(rng, page, target, capture, notes):  # type: ignore[no-untyped-def]
    """A phone's photo or a counter webcam's frame."""
    h, w = page.art.shape[:2]
    phone = capture == "phone"
    rot = float(rng.uniform(-25, 25) if phone and rng.random() < 0.5 else rng.normal(0, 4))
    tilt = float(rng.uniform(0, 25) if phone else rng.uniform(0, 10))
    hom = _pose(
        w,
        h,
        float(np.clip(rot, -25, 25)),
        tilt,
        float(rng.uniform(0, 360)),
        float(rng.uniform(0.9, 1.6)) * max(w, h),
    )
    if phone:
        hom = np.diag([target / _cap_px(hom, page.caps)] * 2 + [1.0]) @ hom
        corners = _project(hom, [(0, 0), (w, 0), (w, h), (0, h)])
        span = corners.max(0) - corners.min(0)
        quad_span = np.ptp(_project(hom, page.quad), 0)
        long = float(np.clip(max(span) / rng.uniform(0.7, 1.1), max(quad_span) + 40, 3400))
        size = (
            (int(long), int(long * 0.75)) if span[0] >= span[1] else (int(long * 0.75), int(long))
        )
        size = (max(size[0], int(quad_span[0]) + 20), max(size[1], int(quad_span[1]) + 20))
    else:
        size = WEBCAM_MODES[int(rng.integers(len(WEBCAM_MODES)))]
        notes.append(f"webcam {size[0]}x{size[1]}")
        quad_w = np.ptp(_project(hom, page.quad)[:, 0]) / _cap_px(hom, page.caps)
        target = min(target, 0.9 * size[0] / quad_w)
        hom = np.diag([target / _cap_px(hom, page.caps)] * 2 + [1.0]) @ hom
    hom = _place(hom, size, page.quad, rng, w, h, 8)
    img = _warp(_lit(page, False), page.alpha, hom, size, _desk(rng, size))
    img *= _field(rng, size, float(rng.uniform(0.1, 0.45)))
    if rng.random() < 0.25:  # the shadow of a hand or the phone
        fw, fh = size
        mask = np.zeros((fh, fw), np.float32)
        pts = (rng.uniform(0, 1, (5, 2)) * (fw, fh)).astype(np.int32)
        cv2.fillPoly(mask, [cv2.convexHull(pts)], 1.0)
        mask = cv2.GaussianBlur(mask, (0, 0), 0.05 * fw)
        img *= (1 - rng.uniform(0.15, 0.4) * mask)[..., None]
    if phone:
        notes += [f"tilted {tilt:.0f} degrees", f"turned {abs(rot):.0f} degrees"]
        blur = rng.random()
        if blur < 0.3:
            n = int(rng.integers(2, 9))
            kern = np.zeros((n, n), np.float32)
            cv2.line(kern, (0, n // 2), (n - 1, n // 2), 1.0, 1)
            m = cv2.getRotationMatrix2D((n / 2 - 0.5, n / 2 - 0.5), float(rng.uniform(0, 180)), 1.0)
            kern = cv2.warpAffine(kern, m, (n, n))
            img = cv2.filter2D(img, -1, kern / max(kern.sum(), 1e-6))
            notes.append("motion blur")
        elif blur < 0.6:
            r = float(rng.uniform(1.0, 3.0))
            n = 2 * math.ceil(r) + 1
            kern = np.zeros((n, n), np.float32)
            cv2.circle(kern, (n // 2, n // 2), round(r), 1.0, -1, cv2.LINE_AA)
            img = cv2.filter2D(img, -1, kern / kern.sum())
            notes.append("defocus")
        else:
            img = cv2.GaussianBlur(img, (0, 0), float(rng.uniform(0.4, 0.9)))
        if rng.random() < 0.25:
            img = _noise(rng, img * rng.uniform(0.3, 0.55), float(rng.uniform(0.02, 0.045)), 0.015)
            notes.append("low light")
        else:
            img = _noise(rng, img, float(rng.uniform(0.006, 0.015)))
        return img, hom, size, int(rng.integers(40, 91))
    img = cv2.GaussianBlur(img, (0, 0), float(rng.uniform(0.6, 1.2)))
    img *= rng.uniform(0.85, 1.15, 3).astype(np.float32)  # the webcam's colour cast
    img = _noise(rng, img, float(rng.uniform(0.015, 0.035)), 0.008)
    return img, hom, size, int(rng.integers(40, 71))


@dataclasses.dataclass(frozen=True)
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


def sample(seed: int, *, today: dt.date) -> Sample:
    """One picture and its printed MRZ (the truth) from `seed`."""
    rng = np.random.default_rng(seed)
    fmt, composed, printed, valid = random_mrz(rng, today)
    capture = _pick(rng, CAPTURES)
    plan = _face_plan(rng, len(printed))
    no_mrz = bool(rng.random() < NO_MRZ_SHARE)
    for name in ({plan.base, plan.other} - {""}) | set(PAGE_FACES):
        face_path(name)  # every face this picture needs is there, before drawing
    pt = float(np.clip(rng.normal(9.7, 0.3), *PT_RANGE))
    cap_mm = pt * PT_MM * OCRB_CAP_EM
    process = _pick(rng, PRINTS["TD3" if fmt == "TD3" else "visa" if fmt[0] == "M" else "card"])
    notes = [f"capitals {cap_mm:.2f} mm (OCR-B at {pt:.1f} pt)", f"printed by {process}"]
    lo, hi = CAP_PX[capture]
    target = float(rng.uniform(lo, hi))
    dpi = float(rng.uniform(150, 300))
    shrink = float(rng.uniform(2.0, 3.0))
    ir = capture in ("reader", "thumbnail") and bool(rng.random() < 0.4)
    final_ppm = {"scan": dpi / 25.4, "thumbnail": target * shrink / cap_mm}.get(
        capture, target / cap_mm
    )
    ppm = float(np.clip(final_ppm * 1.5, 7.0, 18.0))
    page = _render_page(rng, fmt, printed, not no_mrz, plan, ppm, cap_mm, process)
    notes += page.notes + (["infrared"] if ir else [])
    if capture == "reader":
        img, hom, size, quality = _reader(rng, page, target, ir, notes)
    elif capture == "thumbnail":
        img, hom, size, quality = _reader(rng, page, target * shrink, ir, notes)
    elif capture == "scan":
        img, hom, size, quality = _scan(rng, page, ppm, dpi, notes)
    else:
        img, hom, size, quality = _camera(rng, page, target, capture, notes)
    img = np.clip(img, 0, 1)
    if capture == "thumbnail":  # a reader's picture, shrunk by area
        small = (max(8, round(size[0] / shrink)), max(8, round(size[1] / shrink)))
        img = cv2.resize(img, small, interpolation=cv2.INTER_AREA)
        hom = np.diag([small[0] / size[0], small[1] / size[1], 1.0]) @ hom
    u8 = (img * 255 + 0.5).astype(np.uint8)
    ok, buf = cv2.imencode(
        ".jpg", cv2.cvtColor(u8, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, quality]
    )
    assert ok
    notes.append(f"JPEG {quality}")
    if printed != composed:
        notes.insert(0, _misprint_note(fmt, composed, printed))
    if no_mrz:
        notes.insert(0, "no MRZ: a data page without one")
    quad = (
        ()
        if no_mrz
        else tuple((round(float(x), 1), round(float(y), 1)) for x, y in _project(hom, page.quad))
    )
    return Sample(
        seed=seed,
        jpeg=buf.tobytes(),
        lines=() if no_mrz else printed,
        valid=False if no_mrz else valid,
        format="none" if no_mrz else fmt,
        capture=capture,
        font=plan.label,
        face_kind=plan.kind,
        cap_px=round(_cap_px(hom, page.caps), 2),
        mrz_quad=quad,
        extras="; ".join(notes),
    )


if __name__ == "__main__":  # write the set's pictures to look at (never to score)
    import sys

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/mrz_heldout13")
    out.mkdir(parents=True, exist_ok=True)
    first = int(sys.argv[2]) if len(sys.argv) > 2 else SEED
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 12
    for s in range(first, first + count):
        smp = sample(s, today=dt.date.today())
        (out / f"{s}.jpg").write_bytes(smp.jpeg)
        print(s, smp.format, smp.capture, smp.font, f"{smp.cap_px:.1f}px", smp.extras)
