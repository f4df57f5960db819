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
  ten ("ocrb"). ICAO 9303 part 3 prints the MRZ in OCR-B size 1 at a fixed pitch of 2.54
  mm (ten characters an inch) and leaves the printer's point size open. OCRB.otf's
  advance is 0.723 em and its capitals 0.713 em: 10 pt fills the pitch with 2.5 mm
  capitals. The public pages found (ICAO 9303 part 3's summary, ISO 1073-2's listing,
  vendors' OCR-B size I notes) give the 10-a-inch pitch but no measured capital height,
  so the height is this set's assumption: OCR-B at 8.8-10.2 pt (most near 9.6), capitals
  2.2-2.5 mm, every cell tracked to the 2.54 mm pitch (+-0.6 %), with a stroke weight
  from starved to bled, each glyph jittered a little, printed by laser, inkjet (spread,
  satellite drops), thermal transfer (density bands, a dead element), laser engraving
  (grey on polycarbonate), or a worn ribbon. About one in ten ("hybrid") is "OCR-B from
  another foundry": three to six of the look-alike glyphs (0 O D Q 8 B 1 I 5 S 2 Z 6 G)
  or one whole MRZ line drawn in a face below, scaled to OCR-B's capitals and cell.
  About one in ten ("other") is printed wholly in a monospaced face no other part of the
  project uses: OCR-A (fonts-ocr-a, as some older machine-readable documents print),
  Latin Modern Mono regular and light-condensed bold (fonts-lmodern), TlwgTypo and
  TlwgMono Bold (fonts-tlwg-typo-ttf, fonts-tlwg-mono-ttf), M+ 1 Code Medium
  (fonts-mplus). scripts/setup-system.sh installs them. A missing face raises
  FileNotFoundError naming its package: nothing is substituted.
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
  (e) thumbnail 8 %: a reader's picture shrunk 2-3 times (area averaging), capitals
  7-12 px, JPEG 60-90.

In seeds 2 300 000-2 300 199 (the scored set, today 2026-11-27): TD3 122, TD1 34,
MRV-A 17, TD2 15, MRV-B 9, pages without an MRZ 3; 27 printed invalid (14 a check digit
wrong, 13 a digit in a letters field); 27 issuing states and one printed as digits
(Taiwan 54, Japan 21, the US 11, Germany 11, India 10, China 9, Korea 7, Vietnam 6, Hong
Kong 6, ...); captures reader 80
(36 of the readers' and thumbnails' pictures in infrared), scan 49, phone 32, webcam 22,
thumbnail 17; faces OCR-B 174, hybrid 12 (9 with three to six borrowed look-alike
glyphs, 3 with one borrowed line), other 14 (Latin Modern Mono 5, TlwgMono Bold 3,
OCR-A 3, M+ 1 Code 2, Latin Modern Mono light bold 1); MRZ printed by laser 89, inkjet
35, engraving 28, thermal 28, worn ribbon 20; guilloche across the MRZ 121, microprint
through it 40, stamps across it 87 (some pictures have two), a signature across it 44,
a hologram 21, glare 41; phone pictures tilted 15 degrees or more 14, turned 15 degrees
or more 12; low light 11, motion blur 9, defocus 12, JPEG below quality 50 12.
Capitals (mean of both ends of the first and last lines): reader 19.1-32.0 px, scan
14.3-27.8, phone 13.4-30.0, webcam 9.6-14.9, thumbnail 7.1-10.8. Every MRZ lies wholly
inside its picture. Rendering takes 0.15-3.1 s a picture (median 0.7 s) on one core.

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
    if rng.random() < 0.12:  # a long name: more given names, filling or overflowing the field
        more = (_name(rng, origin)[1], _name(rng, origin)[1])
        given = " ".join(dict.fromkeys(g for g in (given, *more) if g))
    width = layout.layout(fmt).field("names").length
    if rng.random() < 0.7:  # ICAO: initials first, then compose cuts; some issuers just cut
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


# -- page -------------------------------------------------------------------------------

_CJK_TITLES = {
    "TWN": "中華民國 護照",
    "CHN": "中华人民共和国 护照",
    "HKG": "香港特別行政區 護照",
    "MAC": "澳門特別行政區 護照",
    "JPN": "日本国 旅券",
    "KOR": "대한민국 여권",
}
_TITLES = {"TD3": "PASSPORT", "TD1": "IDENTITY CARD", "TD2": "RESIDENCE PERMIT"}


@dataclass
class Page:
    dye: np.ndarray  # H x W x 3, 0-1: paper, tint, guilloche, stamps (fade in infrared)
    carbon: np.ndarray  # H x W, 0-1: MRZ and data ink (stays in infrared)
    ink: tuple[float, float, float]  # colour of the carbon ink
    alpha: np.ndarray  # H x W, 1 on the document
    ppm: float  # pixels per mm
    cap_px: float
    cap_lines: list[tuple[float, float, float]]  # (x left, x right, baseline) of lines 1, n
    box: np.ndarray  # MRZ corners TL TR BR BL, page px
    notes: list[str]


def _text(
    layer: Image.Image, xy: tuple[float, float], s: str, face: str, px: float, fill: int
) -> None:
    ImageDraw.Draw(layer).text(xy, s, fill=fill, font=_font(face, max(6, round(px))))


def _rainbow(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    x = np.linspace(0, 1, w, dtype=np.float32)[None, :]
    y = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    phase = float(rng.uniform(0, 6.3))
    t = x * float(rng.uniform(2, 5)) + y * float(rng.uniform(-1, 1)) + phase
    amp = float(rng.uniform(0.04, 0.10))
    tint = np.stack([np.sin(t), np.sin(t + 2.1), np.sin(t + 4.2)], -1) * amp
    base = np.array([0.95, 0.94, 0.88]) + rng.uniform(-0.03, 0.03, 3)
    return np.clip(base[None, None, :] + tint, 0, 1).astype(np.float32)


def _guilloche(rng: np.random.Generator, dye: np.ndarray, ppm: float, mrz_y: float) -> bool:
    """Rosettes and wave bands in pastel inks; True when a band crosses the MRZ."""
    h, w = dye.shape[:2]
    layer = np.zeros((h, w), np.uint8)
    thick = max(1, round(ppm * 0.08))
    for _ in range(int(rng.integers(1, 3))):  # rosettes
        cx, cy = rng.uniform(0.3, 0.9) * w, rng.uniform(0.15, 0.6) * h
        r0, a, k = rng.uniform(8, 20) * ppm, rng.uniform(1.5, 4) * ppm, int(rng.integers(12, 30))
        t = np.linspace(0, 2 * np.pi, 1500)
        for j in range(int(rng.integers(6, 14))):
            r = r0 + a * np.sin(k * t + j * 0.5)
            pts = np.stack([cx + r * np.cos(t), cy + r * np.sin(t)], 1).astype(np.int32)
            cv2.polylines(layer, [pts], True, 255, thick, cv2.LINE_AA)
    across = bool(rng.random() < 0.55)
    for _ in range(int(rng.integers(1, 3))):  # wave bands
        y0 = mrz_y if across else rng.uniform(0.1, 0.6) * h
        lam, amp = rng.uniform(6, 18) * ppm, rng.uniform(1, 4) * ppm
        xs = np.arange(0, w, max(1, int(ppm / 2)), dtype=np.float32)
        for j in range(int(rng.integers(5, 12))):
            ys = y0 + amp * np.sin(2 * np.pi * xs / lam + j * 0.6) + j * ppm * 0.6
            cv2.polylines(
                layer, [np.stack([xs, ys], 1).astype(np.int32)], False, 255, thick, cv2.LINE_AA
            )
    colour = rng.uniform(0.35, 0.85, 3)
    a = layer.astype(np.float32)[..., None] / 255 * float(rng.uniform(0.25, 0.55))
    dye[:] = dye * (1 - a) + colour[None, None, :] * a
    return across


def _microprint(rng: np.random.Generator, dye: np.ndarray, ppm: float, y: float) -> None:
    h, w = dye.shape[:2]
    img = Image.new("L", (w, h), 0)
    word = ["REPUBLICOFCHINA", "TAIWAN", "PASSPORT", "SECURITY", "ICAO"][int(rng.integers(5))]
    _text(img, (0, y), (word * 60)[: int(w / (ppm * 0.35))], "label", 0.6 * ppm, 255)
    a = np.asarray(img, np.float32)[..., None] / 255 * float(rng.uniform(0.3, 0.6))
    dye[:] = dye * (1 - a) + rng.uniform(0.3, 0.7, 3)[None, None, :] * a


def _portrait(
    rng: np.random.Generator, dye: np.ndarray, x: int, y: int, w: int, h: int, a: float
) -> None:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    head = ((xx - w / 2) / (w * 0.28)) ** 2 + ((yy - h * 0.38) / (h * 0.25)) ** 2 < 1
    body = ((xx - w / 2) / (w * 0.5)) ** 2 + ((yy - h * 1.05) / (h * 0.42)) ** 2 < 1
    tone = float(rng.uniform(0.35, 0.7))
    img = np.full((h, w), float(rng.uniform(0.75, 0.92)), np.float32)
    img[body] = tone * 0.6
    img[head] = tone
    img = cv2.GaussianBlur(img, (0, 0), max(1.0, w / 60))
    sub = dye[y : y + h, x : x + w]
    hh, ww = sub.shape[:2]
    sub[:] = sub * (1 - a) + img[:hh, :ww, None] * a


def _signature(rng: np.random.Generator, dye: np.ndarray, ppm: float, x: float, y: float) -> None:
    pts = [(x, y)]
    for _ in range(int(rng.integers(8, 16))):
        px = pts[-1][0]
        pts.append((px + rng.uniform(1, 5) * ppm, y + rng.uniform(-3, 3) * ppm))
    curve = np.array(pts, np.float32)
    t = np.linspace(0, len(pts) - 1, 400)
    xs = np.interp(t, np.arange(len(pts)), curve[:, 0])
    ys = np.interp(t, np.arange(len(pts)), curve[:, 1]) + np.sin(t * 3) * ppm
    layer = np.zeros(dye.shape[:2], np.uint8)
    cv2.polylines(
        layer,
        [np.stack([xs, ys], 1).astype(np.int32)],
        False,
        255,
        max(1, round(ppm * 0.3)),
        cv2.LINE_AA,
    )
    a = layer.astype(np.float32)[..., None] / 255 * 0.85
    dye[:] = dye * (1 - a) + np.array([0.1, 0.15, 0.5])[None, None, :] * a


def _stamp(rng: np.random.Generator, dye: np.ndarray, ppm: float, cx: float, cy: float) -> None:
    h, w = dye.shape[:2]
    img = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(img)
    r = rng.uniform(9, 15) * ppm
    width = max(1, round(ppm * 0.35))
    if rng.random() < 0.5:
        d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=255, width=width)
        d.ellipse(
            (cx - r * 0.7, cy - r * 0.7, cx + r * 0.7, cy + r * 0.7), outline=255, width=width
        )
    else:
        d.rounded_rectangle(
            (cx - r * 1.3, cy - r * 0.7, cx + r * 1.3, cy + r * 0.7),
            r * 0.2,
            outline=255,
            width=width,
        )
    place = ["TAOYUAN", "TAIPEI SONGSHAN", "KAOHSIUNG", "NARITA", "INCHEON"][int(rng.integers(5))]
    date = (
        f"{int(rng.integers(1, 29)):02d} {['JAN', 'MAR', 'JUL', 'OCT'][int(rng.integers(4))]} 2025"
    )
    _text(img, (cx - r * 0.9, cy - r * 0.35), place, "data", 2.2 * ppm, 255)
    _text(img, (cx - r * 0.6, cy + r * 0.05), date, "data", 2.6 * ppm, 255)
    m = np.asarray(img.rotate(float(rng.uniform(-30, 30)), center=(cx, cy)), np.float32) / 255
    m *= (rng.random(m.shape) > 0.15).astype(np.float32)  # uneven inking
    colour = [(0.75, 0.1, 0.15), (0.45, 0.1, 0.55), (0.1, 0.25, 0.6), (0.1, 0.45, 0.2)][
        int(rng.integers(4))
    ]
    a = m[..., None] * float(rng.uniform(0.5, 0.85))
    dye[:] = dye * (1 - a) + np.array(colour)[None, None, :] * a


def _print_ink(rng: np.random.Generator, m: np.ndarray, cap: float, process: str) -> np.ndarray:
    """The printing process applied to an MRZ's glyph coverage `m` (0-1)."""
    s = max(0.6, cap * 0.035)
    thr = float(rng.uniform(0.3, 0.65))  # lower prints bolder (ink spread), higher starved
    ink = np.clip((cv2.GaussianBlur(m, (0, 0), s) - thr) * 3 + 0.5, 0, 1)
    h, w = m.shape
    if process == "inkjet":
        ink = cv2.GaussianBlur(ink, (0, 0), s * 0.8)
        edge = (cv2.GaussianBlur(ink, (0, 0), s * 3) > 0.05) & (rng.random((h, w)) < 0.004)
        ink = np.maximum(ink, cv2.dilate(edge.astype(np.float32), np.ones((2, 2))) * 0.8)
        ink *= 1 - 0.12 * (np.sin(np.arange(h) / max(1.0, cap * 0.15)) > 0.7)[:, None]
    elif process == "thermal":
        ink *= (0.8 + 0.2 * rng.random(w)).astype(np.float32)[None, :] ** 0.5
        dead = int(rng.integers(0, h))
        ink[dead : dead + max(1, round(cap * 0.05)), :] *= 0.1
    elif process == "engraved":
        ink = cv2.GaussianBlur(ink, (0, 0), s * 0.5) * float(rng.uniform(0.55, 0.8))
    elif process == "ribbon":
        wear = cv2.GaussianBlur(rng.random((h, w)).astype(np.float32), (0, 0), cap * 0.3)
        wear = (wear - wear.min()) / max(1e-6, float(np.ptp(wear)))
        ink *= np.clip(0.45 + wear, 0.45, 1)
    return ink.astype(np.float32)


_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def _visual_date(rng: np.random.Generator, first: int, last: int) -> str:
    month = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][
        int(rng.integers(12))
    ]
    return f"{int(rng.integers(1, 29)):02d} {month} {int(rng.integers(first, last))}"


def _render_page(
    rng: np.random.Generator,
    fmt: str,
    lines: tuple[str, ...],
    state: str,
    plan: tuple[str, str, dict[tuple[int, str], str]],
    ppm: float,
    cap_mm: float,
    process: str,
) -> Page:
    """The document (a visa on its passport page) at `ppm` pixels a mm; `lines` () for a
    page without an MRZ."""
    notes: list[str] = []
    visa = fmt in VISA_MM
    doc_w, doc_h = VISA_MM[fmt] if visa else DOC_MM.get(fmt, DOC_MM["TD3"])
    margin = 4.0 if visa else 0.0  # a visa sticker sits on a passport page
    W, H = round((doc_w + 2 * margin) * ppm), round((doc_h + 2 * margin) * ppm)
    dye = np.ones((H, W, 3), np.float32) * np.array([0.92, 0.93, 0.9], np.float32)
    ox, oy = round(margin * ppm), round(margin * ppm)
    dw, dh = round(doc_w * ppm), round(doc_h * ppm)
    dye[oy : oy + dh, ox : ox + dw] = _rainbow(rng, dh, dw)
    if visa:
        notes.append("visa sticker on a passport page")
    alpha = np.zeros((H, W), np.float32)
    card = fmt in ("TD1", "TD2")
    a_img = Image.new("L", (W, H), 0)
    ImageDraw.Draw(a_img).rounded_rectangle(
        (0, 0, W - 1, H - 1), (3.2 * ppm if card else ppm * 0.5), fill=255
    )
    alpha[:] = np.asarray(a_img, np.float32) / 255

    n = len(lines) if lines else (3 if fmt == "TD1" else 2)
    width = len(lines[0]) if lines else {"TD1": 30, "TD2": 36, "MRV-B": 36}.get(fmt, 44)
    pitch = PITCH_MM * float(rng.uniform(0.994, 1.006))
    spacing = float(rng.uniform(3.9, 4.4))
    x0 = margin + (doc_w - width * pitch) / 2 + float(rng.uniform(-1.0, 1.0))
    last_base = margin + doc_h - float(rng.uniform(3.2, 5.5))
    bases = [last_base - (n - 1 - i) * spacing for i in range(n)]
    mrz_top = bases[0] - cap_mm

    if _guilloche(rng, dye, ppm, (mrz_top + float(rng.uniform(-2, 6))) * ppm):
        notes.append("guilloche across the MRZ")
    if rng.random() < 0.5:
        through = bool(rng.random() < 0.4)
        y = (bases[0] - cap_mm * 0.5 if through else mrz_top - 2.5) * ppm
        _microprint(rng, dye, ppm, y)
        notes.append("microprint through the MRZ" if through else "microprint above the MRZ")

    # the visual zone: portrait, ghost, title, labels (dye) and data (carbon)
    carbon_img = Image.new("L", (W, H), 0)
    top = margin + (10.0 if fmt == "TD3" or visa else 7.0)
    pw, ph = (32, 40) if fmt == "TD3" or visa else (22, 28)
    ph = min(ph, int(mrz_top - top - 3))
    if ph > 8:
        _portrait(
            rng,
            dye,
            round((margin + 5) * ppm),
            round(top * ppm),
            round(pw * ppm),
            round(ph * ppm),
            0.9,
        )
        gx = margin + doc_w - 20
        _portrait(
            rng,
            dye,
            round(gx * ppm),
            round((top + 5) * ppm),
            round(12 * ppm),
            round(15 * ppm),
            0.25,
        )
    label_img = Image.new("L", (W, H), 0)
    title = _CJK_TITLES.get(state)
    if title and fmt in ("TD1", "TD2"):
        title = {"TWN": "中華民國 居留證"}.get(state, title.split()[0])
    if title:
        _text(label_img, ((margin + 5) * ppm, (margin + 2.5) * ppm), title, "cjk", 3.6 * ppm, 255)
    _text(
        label_img,
        ((margin + 45) * ppm, (margin + 2.5) * ppm),
        "VISA" if visa else _TITLES.get(fmt, "PASSPORT"),
        "label",
        3.2 * ppm,
        255,
    )
    tx = margin + (pw + 9 if ph > 8 else 6)
    y = top
    names = lines[-1] if lines and fmt == "TD1" else (lines[0][5:] if lines else "")
    nationality = state
    if lines:
        nationality = layout.layout(fmt).field("nationality").of(lines)
    fields = [
        ("Surname / 姓" if title else "Surname / Nom", names.split("<<")[0].replace("<", " ")),
        ("Given names / Prénoms", names.split("<<")[1].replace("<", " ") if "<<" in names else ""),
        ("Nationality", nationality.replace("<", "")),
        ("Date of birth", _visual_date(rng, 1950, 2015)),
        ("Date of expiry", _visual_date(rng, 2026, 2036)),
    ]
    for label, value in fields:
        if y + 6 > mrz_top - 2:
            break
        _text(label_img, (tx * ppm, y * ppm), label, "label", 1.7 * ppm, 255)
        _text(carbon_img, (tx * ppm, (y + 2.0) * ppm), value[:24], "data", 2.8 * ppm, 255)
        y += 6.2 if fmt == "TD3" or visa else 5.0
    lab = np.asarray(label_img, np.float32)[..., None] / 255 * 0.8
    dye[:] = dye * (1 - lab) + np.array([0.2, 0.25, 0.45])[None, None, :] * lab

    # the MRZ: one glyph per 2.54 mm cell, on the carbon layer
    carbon = np.asarray(carbon_img, np.float32) / 255 * 0.9
    cap = max(6, round(cap_mm * ppm))
    cell = max(4, round(pitch * ppm))
    if lines:
        base, overrides = plan[0].split("+")[0], plan[2]
        mrz = np.zeros((H, W), np.float32)
        jit = 0.05 * ppm
        for i, ln in enumerate(lines):
            wobble = float(rng.uniform(-0.08, 0.08)) * ppm
            for j, ch in enumerate(ln):
                g = _glyph(_cell_face(base, overrides, i, ch), ch, cap, cell)
                gx = round((x0 + j * pitch) * ppm + rng.normal(0, jit))
                gy = round(bases[i] * ppm - 1.5 * cap + wobble + rng.normal(0, jit))
                hh, ww = g.shape
                sub = mrz[gy : gy + hh, gx : gx + ww]
                sub[:] = np.maximum(sub, g[: sub.shape[0], : sub.shape[1]])
        y0, y1 = round(mrz_top * ppm - cap), round(bases[-1] * ppm + cap)
        x0p, x1p = max(0, round(x0 * ppm - cell)), round((x0 + width * pitch) * ppm + cell)
        region = mrz[y0:y1, x0p:x1p]
        region[:] = _print_ink(rng, region, cap, process)
        carbon = np.maximum(carbon, mrz)
    else:
        notes.append("no MRZ")

    if rng.random() < 0.35:
        sx = (margin + doc_w * float(rng.uniform(0.35, 0.65))) * ppm
        across = bool(rng.random() < 0.45) and bool(lines)
        sy = (bases[0] - cap_mm * 0.3 if across else mrz_top - 8) * ppm
        _signature(rng, dye, ppm, sx, sy)
        notes.append("signature across the MRZ" if across else "signature")
    for _ in range(int(rng.integers(0, 3))):
        across = bool(rng.random() < 0.4) and bool(lines)
        cx = (margin + doc_w * float(rng.uniform(0.15, 0.85))) * ppm
        cy = (
            (bases[0] + bases[-1]) / 2 if across else margin + doc_h * float(rng.uniform(0.2, 0.55))
        ) * ppm
        _stamp(rng, dye, ppm, cx, cy)
        notes.append("stamp across the MRZ" if across else "stamp")

    ink = tuple(float(v) for v in rng.uniform(0.02, 0.12, 3))
    left, right = x0 * ppm, (x0 + width * pitch) * ppm
    box = np.array(
        [
            [left, mrz_top * ppm],
            [right, mrz_top * ppm],
            [right, bases[-1] * ppm],
            [left, bases[-1] * ppm],
        ],
        np.float64,
    )
    cap_lines = [(left, right, bases[0] * ppm), (left, right, bases[-1] * ppm)]
    return Page(dye, carbon, ink, alpha, ppm, float(cap), cap_lines, box, notes)  # type: ignore[arg-type]


# -- capture ----------------------------------------------------------------------------


def _apply(hm: np.ndarray, pts: np.ndarray) -> np.ndarray:
    return cv2.perspectiveTransform(pts.reshape(-1, 1, 2).astype(np.float64), hm).reshape(-1, 2)


def _cap_in(hm: np.ndarray, page: Page) -> float:
    """Mean capital height, in the picture, at both ends of the first and last lines."""
    heights = []
    for left, right, base in page.cap_lines:
        for x in (left, right):
            a, b = _apply(hm, np.array([[x, base], [x, base - page.cap_px]]))
            heights.append(float(np.hypot(*(a - b))))
    return float(np.mean(heights))


def _plane(rng: np.random.Generator, page: Page, tilt: float, roll: float) -> np.ndarray:
    """Page -> picture (before scale and shift): the page plane turned `tilt` degrees out
    of the image plane about a random in-plane axis, then `roll` degrees in it, seen by
    a pinhole camera."""
    h, w = page.alpha.shape
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64)
    p3 = np.c_[corners - [w / 2, h / 2], np.zeros(4)]
    phi = float(rng.uniform(0, np.pi))
    axis = np.array([np.cos(phi), np.sin(phi), 0.0])
    rot, _ = cv2.Rodrigues(axis * math.radians(tilt))
    rz, _ = cv2.Rodrigues(np.array([0, 0, math.radians(roll)]))
    p = (rz @ rot @ p3.T).T
    dist = 1.4 * math.hypot(w, h)
    proj = p[:, :2] * dist / (p[:, 2:3] + dist)
    return cv2.getPerspectiveTransform(corners.astype(np.float32), proj.astype(np.float32))


def _fit(hm: np.ndarray, page: Page, target: float) -> np.ndarray:
    s = target / _cap_in(hm, page)
    return np.diag([s, s, 1.0]) @ hm


def _shift(hm: np.ndarray, dx: float, dy: float) -> np.ndarray:
    return np.array([[1, 0, dx], [0, 1, dy], [0, 0, 1]], np.float64) @ hm


def _background(rng: np.random.Generator, kind: str, h: int, w: int) -> np.ndarray:
    if kind == "reader":
        base = np.full(3, rng.uniform(0.06, 0.2))
    elif kind == "scan":
        base = np.full(3, rng.uniform(0.85, 0.98))
    else:  # a counter top or desk
        base = rng.uniform(0.25, 0.7, 3)
    low = cv2.resize(rng.normal(0, 0.05, (8, 8)).astype(np.float32), (w, h))
    out = np.clip(base[None, None, :] + low[..., None], 0, 1)
    if kind == "phone" and rng.random() < 0.5:  # wood grain
        out *= (1 + 0.05 * np.sin(np.arange(w) / rng.uniform(4, 15)))[None, :, None]
    return out.astype(np.float32)


def _illumination(rng: np.random.Generator, img: np.ndarray, strength: float) -> np.ndarray:
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0, w), rng.uniform(0, h)
    d = np.hypot(xx - cx, yy - cy) / math.hypot(w, h)
    return img * (1 - strength * d)[..., None]


def _glare(rng: np.random.Generator, img: np.ndarray) -> np.ndarray:
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ang = rng.uniform(0, np.pi)
    d = (xx - rng.uniform(0, w)) * np.cos(ang) + (yy - rng.uniform(0, h)) * np.sin(ang)
    band = np.exp(-((d / (rng.uniform(0.03, 0.1) * w)) ** 2)) * rng.uniform(0.25, 0.55)
    return img + (1 - img) * band[..., None]


def _hologram(rng: np.random.Generator, img: np.ndarray) -> np.ndarray:
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = (xx * rng.uniform(0.02, 0.06) + yy * rng.uniform(0.01, 0.05)) + np.sin(xx / 40) * 3
    rainbow = 0.5 + 0.5 * np.stack([np.sin(t), np.sin(t + 2.1), np.sin(t + 4.2)], -1)
    cx, cy, r = rng.uniform(0.2, 0.8) * w, rng.uniform(0.3, 0.9) * h, rng.uniform(0.15, 0.35) * w
    mask = np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / r**2))[..., None] * rng.uniform(0.1, 0.22)
    return img * (1 - mask) + rainbow * mask


def _motion(rng: np.random.Generator, img: np.ndarray) -> np.ndarray:
    n = int(rng.integers(3, 9))
    k = np.zeros((n, n), np.float32)
    k[n // 2, :] = 1
    rot = cv2.getRotationMatrix2D((n / 2 - 0.5, n / 2 - 0.5), float(rng.uniform(0, 180)), 1)
    k = cv2.warpAffine(k, rot, (n, n))
    return cv2.filter2D(img, -1, k / max(k.sum(), 1e-6))


def _capture(
    rng: np.random.Generator, page: Page, capture: str, target: float, mode: tuple[int, int] | None
) -> tuple[np.ndarray, np.ndarray, list[str], int]:
    """(picture RGB 0-1, homography page -> picture, notes, JPEG quality)."""
    notes: list[str] = []
    infrared = capture in ("reader", "thumbnail") and rng.random() < 0.4
    c = page.carbon[..., None]
    if infrared:
        notes.append("infrared")
        grey = 1 - 0.15 * (1 - page.dye.mean(-1, keepdims=True)) - 0.85 * c
        rgb = np.repeat(grey, 3, -1)
    else:
        rgb = page.dye * (1 - c) + np.array(page.ink, np.float32)[None, None, :] * c
    if capture == "phone":
        tilt, roll = float(rng.uniform(0, 25)), float(rng.uniform(-25, 25))
        notes.append(f"tilt {tilt:.0f} roll {roll:.0f}")
        hm = _plane(rng, page, tilt, roll)
    else:
        spin = {"reader": 1.5, "scan": 3.0, "webcam": 8.0, "thumbnail": 2.0}[capture]
        h, w = page.alpha.shape
        hm = np.vstack(
            [cv2.getRotationMatrix2D((w / 2, h / 2), float(rng.uniform(-spin, spin)), 1), [0, 0, 1]]
        )
    hm = _fit(hm, page, target)
    h, w = page.alpha.shape
    doc = _apply(hm, np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64))
    quad = _apply(hm, page.box)
    if mode is None:
        m = rng.uniform(0.03, 0.12) * (doc.max(0) - doc.min(0))
        size = np.ceil(doc.max(0) - doc.min(0) + 2 * m).astype(int)
        hm = _shift(hm, *(m - doc.min(0)))
    else:
        size = np.array(mode)
        want = size / 2 - doc.mean(0) + rng.uniform(-0.1, 0.1, 2) * size
        lo = 4 - quad.min(0)
        hi = size - 5 - quad.max(0)
        hm = _shift(hm, *np.clip(want, lo, np.maximum(lo, hi)))
    wi, hi_ = int(size[0]), int(size[1])
    scale = target / page.cap_px
    if scale < 0.9:  # no aliasing: blur to the picture's resolution before warping
        sigma = 0.45 / scale
        rgb = cv2.GaussianBlur(rgb, (0, 0), sigma)
        alpha = cv2.GaussianBlur(page.alpha, (0, 0), sigma)
    else:
        alpha = page.alpha
    warped = cv2.warpPerspective(rgb, hm, (wi, hi_), flags=cv2.INTER_LINEAR)
    a = cv2.warpPerspective(alpha, hm, (wi, hi_), flags=cv2.INTER_LINEAR)[..., None]
    bg = _background(rng, "reader" if capture == "thumbnail" else capture, hi_, wi)
    if infrared:
        bg = np.repeat(bg.mean(-1, keepdims=True), 3, -1)
    img = bg * (1 - a) + warped * a
    if capture in ("reader", "thumbnail"):
        img = _illumination(rng, img, float(rng.uniform(0.1, 0.4)))
        if rng.random() < 0.35:
            img, _ = _glare(rng, img), notes.append("glare")
        if not infrared and rng.random() < 0.3:
            img, _ = img * (1 - a) + _hologram(rng, img) * a, notes.append("hologram")
        img = img + rng.normal(0, 0.01, img.shape)
        quality = int(rng.integers(75, 96) if capture == "reader" else rng.integers(60, 91))
    elif capture == "scan":
        img = img + rng.normal(0, rng.uniform(0.006, 0.02), img.shape)
        for _ in range(int(rng.integers(5, 40))):
            x, y = int(rng.integers(wi)), int(rng.integers(hi_))
            cv2.circle(img, (x, y), int(rng.integers(0, 2)), (0.2, 0.2, 0.2), -1)
        if rng.random() < 0.3:
            img, _ = np.repeat(img.mean(-1, keepdims=True), 3, -1), notes.append("grey")
        quality = int(rng.integers(70, 96))
    elif capture == "phone":
        img = _illumination(rng, img, float(rng.uniform(0.1, 0.5)))
        if rng.random() < 0.2:
            img, _ = _glare(rng, img), notes.append("glare")
        if rng.random() < 0.35:
            img, _ = _motion(rng, img.astype(np.float32)), notes.append("motion blur")
        elif rng.random() < 0.5:
            img, _ = (
                cv2.GaussianBlur(img, (0, 0), float(rng.uniform(0.6, 1.5))),
                notes.append("defocus"),
            )
        if rng.random() < 0.35:
            notes.append("low light")
            img = img * rng.uniform(0.35, 0.65) * rng.uniform(0.85, 1.15, 3)[None, None, :]
            img = img + rng.normal(0, rng.uniform(0.025, 0.06), img.shape)
        else:
            img = img + rng.normal(0, rng.uniform(0.005, 0.02), img.shape)
        quality = int(rng.integers(40, 91))
    else:  # webcam
        img = cv2.GaussianBlur(img, (0, 0), float(rng.uniform(0.4, 0.9)))
        img = img * rng.uniform(0.85, 1.15, 3)[None, None, :] + rng.normal(
            0, rng.uniform(0.015, 0.045), img.shape
        )
        quality = int(rng.integers(40, 71))
    return np.clip(img, 0, 1).astype(np.float32), hm, notes, quality


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


def _misprint_note(fmt: str, composed: tuple[str, ...], printed: tuple[str, ...]) -> str:
    if composed == printed:
        return ""
    checks = {(c.line, c.pos) for c in layout.layout(fmt).checks}
    changed = {
        (i, p)
        for i, (x, y) in enumerate(zip(composed, printed, strict=True))
        for p, (cx, cy) in enumerate(zip(x, y, strict=True))
        if cx != cy
    }
    if changed <= checks:
        return "invalid as printed: a check digit printed wrong"
    return "invalid as printed: a digit printed in a letters field"


def sample(seed: int, *, today: dt.date) -> Sample:
    """One picture and its printed MRZ (the truth) from `seed`."""
    rng = np.random.default_rng(seed)
    fmt, composed, printed, valid = random_mrz(rng, today)
    capture = _pick(rng, CAPTURES)
    plan = _face_plan(rng, len(printed))
    no_mrz = bool(rng.random() < NO_MRZ_SHARE)
    for name in (plan[0].split("+")[0], *plan[2].values(), *PAGE_FACES):
        face_path(name)  # every face this picture needs is there, before drawing
    pt = float(np.clip(rng.normal(9.6, 0.35), 8.8, 10.2))
    cap_mm = pt * PT_MM * OCRB_CAP_EM
    process = _pick(rng, PRINTS)
    lo, hi = CAP_PX[capture]
    mode = None
    notes = [f"capitals of OCR-B at {pt:.1f} pt", f"printed by {process}"]
    if capture == "scan":
        dpi = float(rng.uniform(150, 300))
        target = float(np.clip(cap_mm * dpi / 25.4, lo, hi))
        notes.append(f"{dpi:.0f} dpi")
    else:
        target = float(rng.uniform(lo, hi))
    if capture == "webcam":
        mode = WEBCAM_MODES[int(rng.integers(len(WEBCAM_MODES)))]
        width_mm = len(printed[0]) * PITCH_MM
        target = min(target, 0.85 * mode[0] * cap_mm / width_mm)
    shrink = float(rng.uniform(2.0, 3.0)) if capture == "thumbnail" else 1.0
    ppm = float(np.clip(target * shrink * 1.6 / cap_mm, 8.0, 16.0))
    lines = () if no_mrz else printed
    page = _render_page(rng, fmt, lines, printed[0][2:5], plan, ppm, cap_mm, process)
    if capture == "thumbnail":  # a reader's picture, shrunk by a viewer or a web page
        img, hm, more, quality = _capture(rng, page, capture, target * shrink, mode)
        h, w = img.shape[:2]
        size = (max(1, round(w / shrink)), max(1, round(h / shrink)))
        img = cv2.resize(img, size, interpolation=cv2.INTER_AREA)
        hm = np.diag([size[0] / w, size[1] / h, 1.0]) @ hm
        notes.append(f"thumbnail shrunk {shrink:.1f}x")
    else:
        img, hm, more, quality = _capture(rng, page, capture, target, mode)
    ok, jpeg = cv2.imencode(
        ".jpg",
        cv2.cvtColor((img * 255).round().astype(np.uint8), cv2.COLOR_RGB2BGR),
        [cv2.IMWRITE_JPEG_QUALITY, quality],
    )
    assert ok
    notes += page.notes + more + [f"JPEG {quality}"]
    if no_mrz:
        return Sample(
            seed,
            jpeg.tobytes(),
            (),
            False,
            "none",
            capture,
            plan[0],
            plan[1],
            0.0,
            (),
            "; ".join(notes),
        )
    misprint = _misprint_note(fmt, composed, printed)
    quad = tuple((float(x), float(y)) for x, y in _apply(hm, page.box))
    extras = "; ".join([misprint, *notes] if misprint else notes)
    return Sample(
        seed,
        jpeg.tobytes(),
        printed,
        valid,
        fmt,
        capture,
        plan[0],
        plan[1],
        _cap_in(hm, page),
        quad,
        extras,
    )
