"""A twelfth document-photo generator: issue 10's held-out set, scored once by the lead.

Written without running the OCR on any image it makes and without reading the OCR's
code or the other generators' renderers (only bench/mrz_heldout11.py's docstring and
its `sample(seed, today=...)` interface, the project's ICAO `compose`/`parse` and
`layout`); it shares no rendering code with them. It pictures what a Taiwan border
counter is handed:

- content (the mix of a Taiwan counter): TD3 passports about 62 % (Taiwan most of all,
  then Japan, Korea, mainland China, Vietnam, the Philippines, the US, Thailand,
  Indonesia, Hong Kong, Malaysia, India, Singapore, Macau, Europe, the Gulf, ...), TD1
  identity cards and residence permits 18 % (Taiwan's resident certificates, European
  identity cards, Belgian and Portuguese 12-character numbers run on into the optional
  data), TD2 cards 5 %, visas 15 % (MRV-A 10 %, MRV-B 5 %: Taiwan's visas to South-East
  and South Asian holders most of all). Names in each origin's romanisation:
  Wade-Giles given names hyphenated into two parts, joined Pinyin, Cantonese with an
  English name, Korean joined or split, Hepburn, Vietnamese with VAN/THI, Filipino with
  a middle name, long Thai surnames, Malay names written whole with BIN/BINTI, Indonesian
  single names, Indian names with an empty primary identifier, Arabic with AL, Dutch and
  German particles, Spanish double surnames, Polish, Nordic, Turkish; names too long for
  the field lose later given names to initials, and what still does not fit is cut by
  `compose` (ICAO 9303 part 3). Document numbers follow each issuer's pattern; optional
  data carries personal numbers rich in digits and letters (Taiwan `A123456789`,
  Singapore `S1234567D`, Thai 13 digits, Malaysian 12, Dutch BSN, Spanish DNI, Polish
  PESEL, Chinese letter hashes, alphanumeric visa control numbers biased to the
  look-alikes 0 O D Q 1 I 2 Z 5 S 8 B 6 G). About one document in ten is printed
  invalid (`valid` False, the truth is the printed lines): two in three with one check
  digit wrong, one in three with a digit in a letters field (a nationality or issuing
  state printed as digits, a 0 or 1 in a name). About one picture in twenty-five shows a
  page without an MRZ (`lines` empty, `format` "none").
- faces: OCR-B (`/usr/share/fonts/opentype/ocr-b/OCRB.otf`) in about eight documents in
  ten ("ocrb"). ICAO 9303 part 3 prints the MRZ in OCR-B size 1 at a fixed pitch of
  2.54 mm (ten characters an inch) and leaves the printer's point size open. OCRB.otf's
  advance is 0.723 em and its capitals 0.713 em: 10 pt fills the pitch with 2.5 mm
  capitals. Pictures of real passports and cards show capitals of roughly 2.2-2.5 mm,
  so this set draws OCR-B at 8.8-10.2 pt (most near 9.6), every cell tracked to the
  2.54 mm pitch (+-0.6 %, the printers' tolerance), with a stroke weight from starved to
  bled, each glyph jittered a little, printed by laser, inkjet (spread, satellite
  drops), thermal transfer (density bands, a dead element), laser engraving (grey on
  polycarbonate), or a worn ribbon. About one in ten ("hybrid") is "OCR-B from another
  foundry": three to six of the look-alike glyphs (0 O D Q 8 B 1 I 5 S 2 Z 6 G) or one
  whole MRZ line drawn in a face below, scaled to OCR-B's capitals and cell. About one
  in ten ("other") is printed wholly in a monospaced face no other part of the project
  uses: OCR-A (fonts-ocr-a, as some older machine-readable documents print), Latin
  Modern Mono regular and light-condensed bold (fonts-lmodern), TlwgTypo and TlwgMono
  Bold (fonts-tlwg-typo-ttf, fonts-tlwg-mono-ttf), M+ 1 Code Medium (fonts-mplus).
  scripts/setup-system.sh installs them. A missing face raises FileNotFoundError
  naming its package: nothing is substituted.
- page: paper with a rainbow (split-fountain) tint, guilloche rosettes and wave bands
  (some across the MRZ), microprint lines above or through the zone, bilingual labels
  (M+ 2; Noto Sans CJK for East Asian issuers) and data, a portrait and its ghost, the
  holder's signature (sometimes across the MRZ), entry and exit stamps in dye inks
  near or over the MRZ; a visa is a sticker on a passport page, a card has rounded
  corners. In infrared the dye inks fade; the MRZ's carbon stays.
- capture (a counter's mix): (a) full-page document reader 46 %, visible or infrared,
  uneven illumination, a laminate glare band, an iridescent hologram overlay, capitals
  18-32 px; (b) counter flatbed scan 24 % at 150-300 dpi (capitals follow from the
  dpi), skew up to 3 degrees, paper grain and dust, JPEG 70-95; (c) phone photo 14 %:
  tilted up to 25 degrees out of plane, turned up to 25 degrees, motion blur or
  defocus, low-light noise, JPEG 40-90, capitals 13-30 px; (d) counter webcam 8 %
  (640x480, 800x600, 1280x720), capitals 9-15 px, noise, colour cast, JPEG 40-70;
  (e) thumbnail 8 % of a scan or reader picture, capitals 7-12 px, JPEG 60-90.

Deterministic per seed; seeds start at SEED = 2 300 000 (no other generator uses them).
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

SEED = 2_300_000
IMAGES = 200

FONT_ROOT = Path("/usr/share")
# name: (file under FONT_ROOT, Debian package)
FACES = {
    "ocrb": ("fonts/opentype/ocr-b/OCRB.otf", "fonts-ocr-b"),
    "ocra": ("fonts/truetype/ocr-a/OCRA.ttf", "fonts-ocr-a"),
    "lmmono": ("texmf/fonts/opentype/public/lm/lmmono10-regular.otf", "fonts-lmodern"),
    "lmmono-lt-bold": ("texmf/fonts/opentype/public/lm/lmmonolt10-bold.otf", "fonts-lmodern"),
    "tlwgtypo": ("fonts/truetype/tlwg/TlwgTypo.ttf", "fonts-tlwg-typo-ttf"),
    "tlwgmono-bold": ("fonts/truetype/tlwg/TlwgMono-Bold.ttf", "fonts-tlwg-mono-ttf"),
    "mplus1code": ("fonts/opentype/mplus/Mplus1Code-Medium.otf", "fonts-mplus"),
}
PAGE_FACES = {
    "label": ("fonts/opentype/mplus/Mplus2-Regular.otf", "fonts-mplus"),
    "data": ("fonts/opentype/mplus/Mplus2-Medium.otf", "fonts-mplus"),
    "cjk": ("fonts/opentype/noto/NotoSansCJK-Regular.ttc", "fonts-noto-cjk"),
}
NEW_FACES = tuple(f for f in FACES if f != "ocrb")
PACKAGES = sorted({p for _, p in FACES.values()} - {"fonts-ocr-b"})

FACE_KINDS = {"ocrb": 0.80, "hybrid": 0.10, "other": 0.10}
HYBRID_GLYPHS = "0OQD8B1I5S2Z6G"
NO_MRZ_SHARE = 0.04
INVALID_SHARE = 0.10
FORMAT_SHARE = {"TD3": 0.62, "TD1": 0.18, "TD2": 0.05, "MRV-A": 0.10, "MRV-B": 0.05}
CAPTURES = {"reader": 0.46, "scan": 0.24, "phone": 0.14, "webcam": 0.08, "thumbnail": 0.08}
CAP_PX = {
    "reader": (18.0, 32.0),
    "scan": (12.0, 29.0),  # 150-300 dpi of 2.2-2.5 mm capitals
    "phone": (13.0, 30.0),
    "webcam": (9.0, 15.0),
    "thumbnail": (7.0, 12.0),
}
WEBCAM_MODES = ((640, 480), (800, 600), (1280, 720))
PITCH_MM = 2.54
OCRB_ADVANCE_EM = 0.723
OCRB_CAP_EM = 0.713
PT_MM = 25.4 / 72
DOC_MM = {"TD3": (125.0, 88.0), "TD1": (85.6, 54.0), "TD2": (105.0, 74.0)}
VISA_MM = {"MRV-A": (120.0, 80.0), "MRV-B": (105.0, 74.0)}
PRINTS = {"laser": 0.42, "inkjet": 0.18, "thermal": 0.15, "engraved": 0.13, "ribbon": 0.12}


# -- faces ------------------------------------------------------------------------------


def face_path(name: str) -> Path:
    """The file of a face of FACES or PAGE_FACES; FileNotFoundError if not installed."""
    rel, package = FACES[name] if name in FACES else PAGE_FACES[name]
    path = FONT_ROOT / rel
    if not path.is_file():
        raise FileNotFoundError(
            f"face {name!r} ({path}) is missing: install {package} "
            "(scripts/setup-system.sh); this generator never substitutes a face"
        )
    return path


@cache
def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(face_path(name)), size)


@cache
def _cap_em(name: str) -> float:
    """Height of the face's capital H over its em, from its outline."""
    top, bottom = _font(name, 1000).getbbox("H", anchor="ls")[1::2]
    return (bottom - top) / 1000


@cache
def _glyph(face: str, ch: str, cap: int, cell: int) -> np.ndarray:
    """`ch` in `face`, capitals `cap` px tall, in a cell `cell` px wide and 2*cap tall
    with the baseline at 1.5*cap; 0 paper .. 1 ink. Faces other than OCR-B are scaled to
    OCR-B's capitals and squeezed into the cell when their advance is wider."""
    size = max(4, round(cap / _cap_em(face)))
    font = _font(face, size)
    adv = font.getlength(ch) or size * 0.6
    wide = max(cell, math.ceil(adv) + 2)
    img = Image.new("L", (wide, 2 * cap), 0)
    ImageDraw.Draw(img).text(((wide - adv) / 2, 1.5 * cap), ch, fill=255, font=font, anchor="ls")
    out = np.asarray(img, np.float32) / 255
    if face != "ocrb" and adv > cell * 0.92:  # squeeze, as a foundry's cut fits 2.54 mm
        out = cv2.resize(out, (round(cell * 0.92), 2 * cap), interpolation=cv2.INTER_AREA)
        pad = cell - out.shape[1]
        out = np.pad(out, ((0, 0), (pad // 2, pad - pad // 2)))
    elif wide > cell:
        cut = (wide - cell) // 2
        out = out[:, cut : cut + cell]
    return out


def _pick(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _face_plan(rng: np.random.Generator, lines: int) -> tuple[str, str, dict[tuple[int, str], str]]:
    """(label, kind, overrides): overrides map (line, glyph) -> face, (line, "") a line."""
    kind = _pick(rng, FACE_KINDS)
    if kind == "ocrb":
        return "ocrb", kind, {}
    face = NEW_FACES[int(rng.integers(len(NEW_FACES)))]
    if kind == "other":
        return face, kind, {}
    if rng.random() < 0.3:
        n = int(rng.integers(max(lines, 1)))
        return f"ocrb+{face}:line{n}", kind, {(n, ""): face}
    k = int(rng.integers(3, 7))
    chars = "".join(rng.choice(list(HYBRID_GLYPHS), k, replace=False))
    return f"ocrb+{face}:{chars}", kind, {(i, c): face for c in chars for i in range(3)}


def _cell_face(base: str, overrides: dict[tuple[int, str], str], line: int, ch: str) -> str:
    return overrides.get((line, ""), overrides.get((line, ch), base))


# -- content ----------------------------------------------------------------------------

_TW_SUR = "CHEN LIN HUANG CHANG LI WANG WU LIU TSAI YANG HSU CHENG HSIEH KUO HUNG TSENG CHIU"
_TW_SUR += " LIAO LAI CHOU YEH SU CHUANG LU CHIANG HO KAO PAN CHIEN"
_TW_GIV = "CHIA HSIN WEI TING YU HSUAN CHIH MING CHUN HAO YI JU PEI SHAN KUAN TZU HUNG WEN"
_TW_GIV += " CHENG FANG MEI LING HSIANG YEN SHU CHIEH KAI PO"
_CN_SUR = "ZHANG WANG LI LIU CHEN YANG ZHAO HUANG ZHOU WU XU SUN MA ZHU HU GUO HE LUO ZHENG"
_CN_GIV = "XIAOMING JIANGUO YUXUAN ZIHAN HAORAN XINYI MEILING WEI JING LEI YAN QIANG XIUYING"
_CN_GIV += " ZHIQIANG SHUFEN YIXUAN JUNJIE"
_HK_SUR = "CHAN WONG LEUNG CHEUNG LAU LEE NG CHOW HO YEUNG TSANG KWOK"
_HK_GIV = "TAI MAN|KA WAI|WING YEE|CHI HUNG|SIU MING|HOI YAN|KWOK KEUNG"
_EN_GIV = "PETER MARY JOHN CARMEN ERIC ANGEL KELVIN JOYCE IVAN WINNIE"
_KR_SUR = "KIM LEE PARK CHOI JUNG KANG CHO YOON JANG LIM HAN SHIN"
_KR_GIV = "MINJUN SEOYEON JIHOON|JI HOON|HA EUN|DOYUN SOYEON HYUNWOO|SEUNG HO|YEJIN"
_JP_SUR = "SATO SUZUKI TAKAHASHI TANAKA WATANABE ITO YAMAMOTO NAKAMURA KOBAYASHI KATO"
_JP_SUR += " YOSHIDA YAMAGUCHI MATSUMOTO INOUE HASEGAWA"
_JP_GIV = "HIROSHI YUKI HARUTO SAKURA KENTARO AOI SHOTARO MISAKI DAISUKE NATSUKI"
_VN_SUR = "NGUYEN TRAN LE PHAM HOANG HUYNH PHAN VU DANG BUI DO"
_VN_GIV = "VAN HUNG|THI MAI|THI THANH HUONG|VAN DUC|MINH TUAN|THI NGOC ANH|QUOC BAO"
_PH_SUR = "DELA CRUZ|SANTOS|REYES|BAUTISTA|GARCIA|MENDOZA|DE LOS SANTOS|VILLANUEVA|AQUINO"
_PH_GIV = "MARIA CRISTINA|JOHN PAUL|MARK ANTHONY|MARY JOY|JOSE|ANGELICA|RONALDO"
_TH_SUR = "WATTANASIRICHAIGOON SRISUKHUMBOWORNCHAI CHAROENPHAKDEE RATTANAPRASERT SAETANG"
_TH_SUR += " KONGKAEW PHONGPHANIT SUKSAWAT"
_TH_GIV = "SOMCHAI THANAPORN NATTAWUT KANOKWAN PORNTHIP SUPAKORN WARAPORN"
_ID_ONE = "SUPRIYANTO WIDODO SUSANTI MULYADI SETIAWAN RAHMAWATI HARYANTO SRI WAHYUNI"
_MY_WHOLE = "MUHAMMAD HAFIZ BIN ABDULLAH|NUR AISYAH BINTI ISMAIL|AHMAD FAIZAL BIN OTHMAN"
_MY_WHOLE += "|SITI NURHALIZA BINTI TARUDDIN|MOHD KHAIRUL ANUAR BIN MOHAMED YUSOF"
_IN_SUR = "SHARMA PATEL SINGH KUMAR VENKATARAMAN REDDY IYER GUPTA NAIR CHATTERJEE"
_IN_GIV = "PRIYA|RAHUL|NAGA VENKATA SAI KRISHNA|ANANYA|LAKSHMI NARAYANAN|ARJUN|DEEPIKA"
_AR_SUR = "AL HASHIMI|ALMANSOORI|AL SAUD|ABDULRAHMAN|AL QAHTANI|EL SAYED|AL FARSI"
_AR_GIV = "MOHAMMED AHMED SALEM|FATIMA|KHALID|NOURA ABDULLAH|OMAR|SULTAN RASHID|MARYAM"
_EU = {
    "DEU": ("MUELLER|SCHMIDT|SCHNEIDER|VON DER LEYEN|FISCHER|WEISS", "LUKAS|ANNA LENA|JONAS"),
    "NLD": ("VAN DEN BERG|DE JONG|VAN DIJK|BAKKER|DE VRIES", "SANNE|DAAN PIETER|FLEUR"),
    "FRA": ("MARTIN|DUBOIS|LEFEVRE|DE LA FONTAINE|MOREAU", "CAMILLE|JEAN PIERRE|CHLOE"),
    "ESP": ("GARCIA LOPEZ|FERNANDEZ DE LA TORRE|MARTINEZ|SANCHEZ RUIZ", "MARIA JOSE|PABLO"),
    "POL": ("WOJCIECHOWSKA|KOWALSKI|BRZECZYSZCZYKIEWICZ|NOWAK", "GRZEGORZ|AGNIESZKA|PIOTR"),
    "SWE": ("ANDERSSON|JOHANSSON|LINDQVIST|BERGSTROEM", "ERIK|ASTRID|KARL JOHAN"),
    "GBR": ("SMITH|JONES|WILLIAMS|OBRIEN|TAYLOR", "OLIVER JAMES|CHARLOTTE|HARRY"),
    "ITA": ("ROSSI|RUSSO|DE LUCA|ESPOSITO", "GIULIA|MARCO|FRANCESCO"),
    "BEL": ("PEETERS|JANSSENS|REINARTZ|VAN DAMME", "ULRIKE KATIA|LUCAS|EMMA"),
    "PRT": ("SILVA|SANTOS FERREIRA|PEREIRA|DA COSTA", "JOAO PEDRO|ANA RITA|TIAGO"),
    "TUR": ("YILMAZ|KAYA|DEMIR|OEZTUERK", "MEHMET|AYSE|MUSTAFA KEMAL"),
    "USA": ("JOHNSON|WILLIAMS|RODRIGUEZ|NGUYEN|MILLER", "JAMES MICHAEL|EMILY ROSE|DAVID"),
    "CAN": ("TREMBLAY|MACDONALD|WONG|GAGNON", "ETHAN|SOPHIE ANNE|LIAM"),
    "AUS": ("WILSON|THOMPSON|NGUYEN|MURPHY", "JACK|OLIVIA GRACE|NOAH"),
    "CHE": ("MEIER|MUELLER|BERNASCONI", "NICOLE|BEAT|ANNA MARIA"),
    "ROU": ("POPESCU|IONESCU|POPA", "ANDREI|ELENA|MIHAI"),
}

# issuing state: (name origin, passport number, optional data, weight)
_PASSPORTS = {
    "TWN": ("tw", "3" + "9" * 8, "A#99999999", 24),
    "JPN": ("jp", "AA9999999", "", 8),
    "KOR": ("kr", "M999A9999", "", 6),
    "CHN": ("cn", "EA9999999", "HHHHHHHHHHHH<", 6),
    "HKG": ("hk", "H99999999", "", 3.5),
    "MAC": ("hk", "MA9999999", "", 1),
    "VNM": ("vn", "C9999999", "999999999999", 5),
    "PHL": ("ph", "P9999999A", "", 4),
    "THA": ("th", "AA9999999", "9999999999999", 3.5),
    "IDN": ("id", "A9999999", "", 3.5),
    "MYS": ("my", "A99999999", "999999999999", 3),
    "SGP": ("sg", "K9999999A", "S9999999A", 2),
    "IND": ("in", "A9999999", "", 3),
    "USA": ("USA", "A99999999", "", 4),
    "CAN": ("CAN", "AA999999", "", 1.5),
    "AUS": ("AUS", "PA9999999", "", 1.5),
    "GBR": ("GBR", "999999999", "", 1.5),
    "D<<": ("DEU", "CXXXXXXXX", "", 1.5),
    "NLD": ("NLD", "AAXXXXXX9", "999999999", 1),
    "FRA": ("FRA", "99AA99999", "", 1),
    "ESP": ("ESP", "PAA999999", "99999999A", 0.8),
    "POL": ("POL", "AA9999999", "99999999999", 0.7),
    "SWE": ("SWE", "99999999", "9999999999", 0.5),
    "ITA": ("ITA", "AA9999999", "", 0.6),
    "TUR": ("TUR", "U99999999", "99999999999", 0.6),
    "ARE": ("ar", "X9999999", "", 0.7),
    "SAU": ("ar", "A999999", "", 0.5),
    "MMR": ("id", "MA999999", "", 0.7),
    "KHM": ("vn", "N99999999", "", 0.4),
}
_CARDS = {  # TD1/TD2: (origin, document code, number, optional data, weight)
    "TWN": ("any", "IR", "AX9999999", "A#99999999", 6),
    "D<<": ("DEU", "ID", "LXXXXXXXX", "", 3),
    "NLD": ("NLD", "I<", "AAXXXXXX9", "999999999", 1.5),
    "BEL": ("BEL", "ID", "999999999999", "", 1.2),
    "PRT": ("PRT", "I<", "99999999ZZ9", "", 0.8),
    "FRA": ("FRA", "ID", "XXXXXXXXX", "", 1),
    "ESP": ("ESP", "ID", "AAA999999", "99999999A", 1),
    "ITA": ("ITA", "C<", "CA99999AA", "", 0.8),
    "POL": ("POL", "ID", "AAA999999", "99999999999", 0.8),
    "SWE": ("SWE", "I<", "99999999", "9999999999", 0.6),
    "CHE": ("CHE", "ID", "A9999999", "", 0.6),
    "ROU": ("ROU", "ID", "AA999999", "9999999999999", 0.6),
    "USA": ("USA", "IP", "C99999999", "", 0.8),
}
_VISA_STATES = {"TWN": 10, "USA": 1.5, "JPN": 1, "KOR": 1, "CHN": 0.8, "GBR": 0.4, "D<<": 0.4}
_VISA_HOLDERS = {"VNM": 3, "IDN": 3, "PHL": 3, "THA": 2, "IND": 2, "MMR": 1, "MYS": 1, "TWN": 1}
_ORIGIN_OF = {s: v[0] for s, v in _PASSPORTS.items()}
_LOOKALIKE = "0O1I2Z5S8B6GDQ"


def _syllables(rng: np.random.Generator, pool: str, n: int) -> list[str]:
    items = pool.split("|") if "|" in pool else pool.split()
    return [items[int(rng.integers(len(items)))] for _ in range(n)]


def _name(rng: np.random.Generator, origin: str) -> tuple[str, str]:
    """(surname, given names) in the origin's MRZ romanisation; "" where it has none."""
    one = _syllables
    if origin == "tw":
        return one(rng, _TW_SUR, 1)[0], " ".join(one(rng, _TW_GIV, 2 if rng.random() < 0.9 else 1))
    if origin == "cn":
        return one(rng, _CN_SUR, 1)[0], one(rng, _CN_GIV, 1)[0]
    if origin == "hk":
        given = one(rng, _HK_GIV, 1)[0]
        if rng.random() < 0.5:
            given += " " + one(rng, _EN_GIV, 1)[0]
        return one(rng, _HK_SUR, 1)[0], given
    if origin == "kr":
        return one(rng, _KR_SUR, 1)[0], one(rng, _KR_GIV, 1)[0]
    if origin == "jp":
        return one(rng, _JP_SUR, 1)[0], one(rng, _JP_GIV, 1)[0]
    if origin == "vn":
        return one(rng, _VN_SUR, 1)[0], one(rng, _VN_GIV, 1)[0]
    if origin == "ph":
        given = one(rng, _PH_GIV, 1)[0] + " " + one(rng, _PH_SUR, 1)[0]  # middle name
        return one(rng, _PH_SUR, 1)[0], given
    if origin == "th":
        return one(rng, _TH_SUR, 1)[0], one(rng, _TH_GIV, 1)[0]
    if origin == "id":
        if rng.random() < 0.6:  # a single name, in the primary identifier
            return one(rng, _ID_ONE, 1)[0], ""
        return one(rng, _ID_ONE, 1)[0], one(rng, _ID_ONE, 1)[0]
    if origin == "my":
        return one(rng, _MY_WHOLE, 1)[0], ""
    if origin == "sg":
        return one(rng, _CN_SUR, 1)[0], " ".join(one(rng, _TW_GIV, 2))
    if origin == "in":
        if rng.random() < 0.25:  # given names only: an empty primary identifier
            return "", one(rng, _IN_GIV, 1)[0]
        return one(rng, _IN_SUR, 1)[0], one(rng, _IN_GIV, 1)[0]
    if origin == "ar":
        return one(rng, _AR_SUR, 1)[0], one(rng, _AR_GIV, 1)[0]
    if origin == "any":  # residents of Taiwan: its neighbours and workers
        return _name(rng, _pick(rng, {"vn": 3, "id": 3, "ph": 3, "th": 2, "jp": 1, "USA": 1}))
    sur, giv = _EU[origin]
    return one(rng, sur, 1)[0], one(rng, giv, 1)[0]


def name_parts(surname: str, given: str, width: int) -> tuple[str, str]:
    """Later given names shortened to initials while the name field overflows."""
    parts = given.split()
    i = len(parts) - 1
    while i > 0 and len(surname) + 2 + len(" ".join(parts)) > width:
        parts[i] = parts[i][0]
        i -= 1
    return surname, " ".join(parts)


def _pattern(rng: np.random.Generator, pattern: str) -> str:
    out = []
    for c in pattern:
        if c == "9":
            out.append(str(int(rng.integers(10))))
        elif c == "A":
            out.append(chr(65 + int(rng.integers(26))))
        elif c == "H":  # Chinese hashed personal data: letters only
            out.append("ABCDEFGHIJKLMNOP"[int(rng.integers(16))])
        elif c == "X":  # alphanumeric, rich in look-alikes
            pool = _LOOKALIKE if rng.random() < 0.5 else layout.DIGITS + layout.LETTERS
            out.append(pool[int(rng.integers(len(pool)))])
        elif c == "#":
            out.append("12"[int(rng.integers(2))])
        elif c == "Z":
            out.append("ZXYWV"[int(rng.integers(5))])
        else:
            out.append(c)
    return "".join(out)


def _dates(rng: np.random.Generator, today: dt.date) -> tuple[dt.date, dt.date]:
    birth = today - dt.timedelta(days=int(rng.integers(365 * 2, 365 * 85)))
    expiry = today + dt.timedelta(days=int(rng.integers(20, 365 * 10)))
    return birth, expiry


def _misprint(rng: np.random.Generator, fmt: str, lines: tuple[str, ...]) -> tuple[str, ...]:
    """One printing error that makes the MRZ invalid as printed."""
    lay = layout.layout(fmt)
    rows = [list(ln) for ln in lines]
    if rng.random() < 2 / 3 and lay.checks:
        checks = [c for c in lay.checks if rows[c.line][c.pos].isdigit()]
        c = checks[int(rng.integers(len(checks)))]
        old = int(rows[c.line][c.pos])
        rows[c.line][c.pos] = str((old + int(rng.integers(1, 10))) % 10)
    else:
        where = _pick(rng, {"nationality": 0.5, "issuing_state": 0.2, "names": 0.3})
        f = lay.field(where)
        if where == "names":
            spots = [p for p in range(f.start, f.stop) if rows[f.line][p] in "OIS"]
            p = spots[int(rng.integers(len(spots)))] if spots else f.start
            rows[f.line][p] = {"O": "0", "I": "1", "S": "5"}.get(rows[f.line][p], "0")
        else:
            digits = _pattern(rng, "999")
            rows[f.line][f.start : f.stop] = list(digits)
    return tuple("".join(r) for r in rows)


def random_mrz(
    rng: np.random.Generator, today: dt.date
) -> tuple[str, tuple[str, ...], tuple[str, ...], bool]:
    """(format, lines as composed, lines as printed, ICAO's verdict on the printed)."""
    fmt = _pick(rng, FORMAT_SHARE)
    birth, expiry = _dates(rng, today)
    sex = _pick(rng, {"M": 0.49, "F": 0.49, "X": 0.02})
    opt2 = ""
    if fmt == "TD3":
        state = _pick(rng, {k: v[3] for k, v in _PASSPORTS.items()})
        origin, num_p, opt_p, _w = _PASSPORTS[state]
        code, nat = "P<" if rng.random() < 0.85 else "PO", state
        number, optional = _pattern(rng, num_p), _pattern(rng, opt_p)
        if state == "TWN" and rng.random() < 0.5:
            optional = ""
    elif fmt in ("TD1", "TD2"):
        state = _pick(rng, {k: v[4] for k, v in _CARDS.items()})
        origin, code, num_p, opt_p, _w = _CARDS[state]
        if fmt == "TD2" and len(num_p) > 9 and rng.random() < 0.5:
            num_p = num_p[:9]
        number, optional = _pattern(rng, num_p), _pattern(rng, opt_p)
        nat = state
        if state == "TWN":  # a resident's nationality is another state's
            nat = _pick(rng, {"VNM": 3, "IDN": 3, "PHL": 3, "THA": 2, "JPN": 1, "USA": 1})
            origin = _ORIGIN_OF[nat]
        room = 15 if fmt == "TD1" else 7
        room -= len(number) - 9 + 2 if len(number) > 9 else 0
        optional = optional[: max(room, 0)]
        if fmt == "TD1" and rng.random() < 0.4:
            opt2 = _pattern(rng, "XXX999")
    else:
        state = _pick(rng, _VISA_STATES)
        nat = _pick(rng, _VISA_HOLDERS)
        origin = _ORIGIN_OF[nat]
        code = "V<" if rng.random() < 0.7 else "VT"
        number = _pattern(rng, "XX9999999" if state == "TWN" else "A9999999")
        optional = _pattern(rng, "XXXXXXXX" if fmt == "MRV-B" else "XXXXXXXXXX<XXXX")
        optional = optional[: 8 if fmt == "MRV-B" else 16]
    surname, given = _name(rng, origin)
    width = layout.layout(fmt).field("names").length
    if rng.random() < 0.85:  # ICAO: initials first, then compose cuts; some issuers just cut
        surname, given = name_parts(surname, given, width)
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
        printed = _misprint(rng, fmt, composed)
    return fmt, composed, printed, parse(printed, today=today).valid
