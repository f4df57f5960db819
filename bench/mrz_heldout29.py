"""A twenty-ninth document-photo generator: a held-out set, scored once by the lead.

Written without running the OCR and without reading its code or its models, without
reading any other generator's body, and without looking at any result. What was read:
bench/bench_mrz.py (the call `sample(seed, today=...)`, FACE_KINDS), the `Sample`
dataclass of tests/documents/synth.py, desktop/documents/mrz.py and layout.py (compose,
parse, the fields of each format), the docstrings and module constants of
bench/mrz_heldout21.py to mrz_heldout28.py (of heldout28's head, down to its first name
lists; nothing copied), tests/documents/test_mrz_heldout28.py (the test's shape) and
scripts/setup-system.sh. Its rendering code was written fresh for this
set: the glyph setting (Pillow rasterises each glyph once at size 200 against its
baseline; its ink is cut out, scaled by area so that its face's H is a capital high,
centred in an equal cell of the pitch and kept where its face puts it against the
baseline), the deal (one deck per quota and block, each slot's card found by its rank
among the slots the deck serves), the page and the capture pipeline (the page drawn at
twice the picture's scale and carried into the picture by a homography, then the
capture's own effect, lens blur, sensor noise and JPEG). Pillow draws the glyphs and the
page's text; OpenCV and numpy do the rest.

It pictures what a Taiwan border counter is handed and leans on capture conditions none
of the twenty-first's to twenty-eighth's docstrings lists: a card's or data page's
retroreflective laminate (a faint repeating translucent emblem over the whole document,
the zone included, lit up where the phone's light comes back along the lens's axis);
rain drops on the laminate of a document handed in from the queue outside (each drop a
small lens: its content enlarged, a darker rim, a specular glint); a phone whose cover
glass over the lens is cracked (thin bright crack lines and the light they scatter);
guilloche security printing (fine pale interlaced lines) under the whole page, the zone
included; and a picture forwarded through a messaging app and then screenshotted in the
app's viewer (the photo downscaled to 1280-1600 px on its long side and re-compressed,
shown on a phone's screen between the app's bars, the screenshot compressed again),
near kin of the twenty-third's "messenger" (its double re-compression; the screenshot,
its bars and its rescaling to the screen are new here). Other near kin: the twenty-first's
diffractive visa laminate and the twenty-fourth's holographic overlay (whose rosettes and
wavy lines lie in the laminate; here the emblem is retroreflective and the guilloche is
printed ink). Photographic, not adversarial:
every character stays readable to a person.

Content. TD3 passports (Taiwan's with odds 0.42: nine-digit numbers from 3 and, as
optional data, the holder's national identification number, a letter, 1 or 2 by sex,
seven digits and a check digit; otherwise Japan's, Korea's (code PM on half), the
US's, the Philippines', Vietnam's, Thailand's, Indonesia's, Malaysia's, India's, Hong
Kong's, Singapore's, the UK's, Canada's, Australia's, Germany's (D), France's, Italy's
and Brazil's), TD1 cards
(Taiwan resident certificates with odds 0.5: code "IR", a ten-character UI number (a
letter, 8 or 9 by sex, seven digits, its check) in ICAO's long-number form, which is this
set's assumption, not a quoted specimen; otherwise identity cards of Germany, the
Netherlands, Belgium, Spain, Italy, Portugal, Poland, Czechia and Switzerland, their
number shapes schematic), TD2 crew member certificates ("AC") of Taiwan, Japan, Korea,
the Philippines, Vietnam and Thailand, and visa foils MRV-A and MRV-B (half of them
Taiwan's, then Japan's, the US's, Korea's and the UK's) for holders of other states.
Names come from lists written for this module, per region: Taiwan's in Wade-Giles
spellings with two given syllables, elsewhere a second given name one time
in six. The truth is what `mrz.compose` makes of `Plan.fields`, every expiry after the
bench's today. Misprints (`valid` False; the truth is then the printed lines, with ICAO
9303's verdict on them): per block of 200 seeds, 12 MRZs with a check digit printed as
another digit and 8 with a letter of the names (O, D, Q, I, S, B, Z or G) printed as the
digit it looks like. Pages without an MRZ (`lines` empty, `format` "none", `valid`
False), one picture in twenty-five: a visa page with entry stamps (5 per block) or the
front of a resident certificate (3). Formats, captures, face kinds, hybrid kinds, new
faces, blank pages and misprints are dealt, not drawn: every block of 200 seeds from SEED
holds the quotas exactly; the print process and all else are drawn per seed.

Sizes. Quoted: ICAO 9303 part 3 (OCR-B size I, a 2.54 mm pitch) and parts 4-7 (ID-1 cards
85.6 by 54 mm with 3.18 mm corners, ID-2 105 by 74, ID-3 pages 125 by 88; visa foils MRV-A
120 by 80 and MRV-B 105 by 74, on a 125 by 88 page). Assumed by this set: a document's
pitch 0.985-1.015 times 2.54 mm; capitals 2.35-2.50 mm tall; baselines 4.0-4.4 mm apart
(TD1 3.7-4.1), the last 4.6-5.3 mm (TD1 3.6-4.2) above the document's lower edge; the zone
centred within 0.6 mm; every glyph moved by a normal 2 % of a capital (s.d.) across and
along; a foil's lower edge 1.5-3 mm above its page's; a retroreflective emblem repeated
every 7-11 mm; rain drops 0.8-2.2 mm in radius; guilloche lines 0.10-0.16 mm wide; a
phone's screen 1080 px wide and 2.0-2.17 times as tall, its bars 4 %, 7 % and 9 % of
its width tall.

Faces, with heldout25's labels and shares (FACE_QUOTA, of the 192 MRZs in a block):
"ocrb" 82 %, OCR-B Regular (fonts-ocr-b); "hybrid" 9 %, an OCR-B MRZ with three to six of
the look-alikes 0 O D 8 B 1 I 5 S 2 Z 6 G that the zone prints (each wherever it stands),
or one of its lines, in a new face; "other" 9 %, the whole MRZ in a new face. The new faces
(Debian 12's apt, installed on this machine for this set, 2026-12-07), which no line of
scripts/setup-system.sh installed and no other file under bench/, scripts/ or tests/
names: Open Sans Semibold (fonts-open-sans, OpenSans-Semibold.ttf; a humanist sans),
Carlito Bold (fonts-crosextra-carlito, Carlito-Bold.ttf; a compact humanist sans, metric
twin of a common office face) and Gentium Regular (fonts-sil-gentium, Gentium-R.ttf; a
serif with calligraphic stress). scripts/setup-system.sh now lists all three. They are
proportional faces, set here on the fixed pitch: H as tall as the zone's capitals, each
glyph's ink centred in its cell and narrowed to 86 % of the pitch when it is wider. A
missing face raises FileNotFoundError with its package's name; no face is ever put in
its place. The page's labels and data are set in DejaVu Sans.

Print process (drawn per format): passports laser 0.55, inkjet 0.15, engraved 0.30; TD1
engraved 0.75, laser 0.25; TD2 laser 0.70, thermal 0.30; foils inkjet 0.65, thermal 0.35.
Ink (reflectance per channel, times 0.9-1.1 per document): laser (0.07, 0.07, 0.08);
inkjet blue-black (0.12, 0.11, 0.22), spread by 0.6 px of the drawing; engraved grey 0.28
with strokes thinned; thermal brownish (0.38, 0.33, 0.30) at 80-95 % of its strength.

Captures, dealt by CAPTURE_QUOTA, their capitals aimed at CAP_PX (measured as `cap_px`).
Every picture: the document on a desk (grey, oak, slate or cream, lit unevenly) with a
soft drop shadow, turned up to 7 degrees, each corner moved up to 2 % of the document's
size (a mild perspective), margins 6-18 % of its size; exposure 0.92-1.05, white balance
within 4 % a channel; lens blur 0.4-0.65 px; sensor noise (s.d. 0.007-0.016, stronger in
the dark); a tone curve (gamma 1/1.12); JPEG 74-92 (4:2:0).
- retro: a retroreflective laminate: an emblem (a ring round a five-petalled blossom and a
  band of short arcs) tiled every 7-11 mm over the whole document, the zone included, at
  6-12 % towards a pale gold where the light comes back along the lens's axis (a soft spot
  of 35-60 % of the document's width) and 2.5-4.5 % elsewhere.
- drops: 8-22 rain drops on the laminate, up to three on the zone: each enlarges what lies
  under it by 1.05-1.18 (less towards its rim), darkens its rim by 12-22 % and carries a
  glint (35-55 % towards white, a Gaussian a tenth of its radius wide, up and left of
  its centre).
- crack: the phone's cover glass cracked from a point at the picture's edge: three to
  six jagged lines reaching 35-80 % of the diagonal, each a bright thread (18-30 % towards
  white, 1 px) in a glow of scattered light (5-9 % at 2.5-5 px).
- guilloche: the page printed with guilloche under everything (two families of
  interlaced sine lines 0.45-0.75 mm apart, pale teal, rose or violet, 22-35 % deep, the
  zone included).
- forward: the photo (capitals 20-26 px) sent through a messaging app (downscaled to
  1280-1600 px on its long side, JPEG 62-78), opened in the app's viewer and
  screenshotted: a phone screen (dark viewer, a status bar, the app's header with the
  sender and a bottom bar with icons), the photo scaled to the screen's width (by area,
  bilinear where enlarged), the screenshot saved at JPEG 80-90; capitals in the
  screenshot 13-19 px.
Every MRZ lies wholly inside its picture (sample() asserts it). Not modelled here (earlier
sets did them): readers' infrared and ultraviolet light, holograms, glare stripes and
sleeves, thumbs and fingers, glass partitions, gutters, lens distortion, colour fringes,
faxes, photocopies, rolling shutter and flicker, motion blur, dust and hairs, creases and
scratches, stains, highlighters, shadows of hands. The page's labels and portrait are
schematic.

Scored seeds 4 000 000-4 000 199 (today 2026-11-27), as `scored_mix()` counts them on the
plans (nothing rendered; the tests compare it with SCORED_MIX): formats TD3 122 (TWN
52), TD1 34 (Taiwan resident certificates 20), TD2 10, MRV-A 18,
MRV-B 8, no MRZ 8 (visa pages 5, card fronts 3); printed invalid 20 (10.4 % of the 192
MRZs: 12 a check digit, 8 a digit among letters); captures retro 40, drops 40, crack 40,
guilloche 40, forward 40; faces (of the 192 MRZs) ocrb 158 (82.3 %), hybrid 17 (11 with
look-alikes, 6 with a line), other 17 (8.9 %); new faces, hybrid or whole, opensans 12,
carlito 11, gentium 11; print processes laser 99, inkjet 34, engraved 51, thermal 8. Rendered
once (by this code, on this machine; the tests do not render 200 pictures, they check the
draws above): capitals (cap_px) retro 15.3-23.6 px, drops 15.6-25.5, crack 14.6-23.5,
guilloche 14.9-24.2, forward 13.3-19.6; rain drops on the zone 0 in 11 pictures, 1 in
10, 2 in 9, 3 in 10; guilloche rose 14, teal 13, violet 13; photos from 672x433 px, none
over 1758 px a side, screenshots 1080 px wide and 2166-2341 tall; the photo's JPEG
quality 74-92 (under 80 in 58), the forwarded copy's 62-78 and the screenshot's 80-90;
every zone inside its picture; the grey level's s.d. 22.3 or more in the zone's box,
23.3 or more over a page without an MRZ. CPU time a picture (2 shared cores, nice,
1-minute load 2.3-2.7 over the run): median 0.55 s, mean 0.58 s, at most 1.77 s.
Seeds 4 000 200-4 000 599 render as well (no assertion fails; capitals 12.8-25.2 px,
none over 2344 px a side).

Each seed gives the same picture every time; seeds begin at SEED = 4 000 000.
`sample(seed, today=...)` returns a Shot, a Sample (the fields of tests/documents/synth.py;
`level` is the capture) that also carries `valid` (9303's verdict on what is printed),
`capture`, `font` (the face's label), `face_kind`, `process`, `cap_px` (the capitals'
height in the picture: the mean over the first and last cells of the first and last
lines), `mrz_quad` (the zone's corners in the picture) and `notes` (the capture, face,
print process, pitch and capitals, and each effect applied).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
import zlib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop.documents import layout
from desktop.documents.mrz import compose, parse
from tests.documents.synth import Sample

T = TypeVar("T")

SEED = 4_000_000
BLOCK = 200

FORMAT_QUOTA = {"TD3": 122, "TD1": 34, "TD2": 10, "MRV-A": 18, "MRV-B": 8, "none": 8}
BLANK_QUOTA = {"visa page": 5, "card front": 3}
CAPTURE_QUOTA = {"retro": 40, "drops": 40, "crack": 40, "guilloche": 40, "forward": 40}
CAPTURES = tuple(CAPTURE_QUOTA)
FACE_QUOTA = {"ocrb": 158, "hybrid": 17, "other": 17}  # per 192 MRZs: heldout25's shares
HYBRID_QUOTA = {"glyphs": 11, "line": 6}
NEW_FACE_QUOTA = {"opensans": 12, "carlito": 11, "gentium": 11}
NEW_FACES = tuple(NEW_FACE_QUOTA)
INVALID_QUOTA = 20
CHECK_DIGIT_MISPRINTS = 12
MISPRINT_QUOTA = {"check": CHECK_DIGIT_MISPRINTS, "letters": INVALID_QUOTA - 12, "": 172}
MRZ_SLOTS = BLOCK - FORMAT_QUOTA["none"]
LOOKALIKES = "0OD8B1I5S2Z6G"
DIGIT_FOR = {"O": "0", "D": "0", "Q": "0", "I": "1", "S": "5", "B": "8", "Z": "2", "G": "6"}
PROCESSES = ("laser", "inkjet", "engraved", "thermal")
PROCESS_ODDS = {  # per format; drawn for each seed
    "TD3": {"laser": 0.55, "inkjet": 0.15, "engraved": 0.30},
    "TD1": {"engraved": 0.75, "laser": 0.25},
    "TD2": {"laser": 0.70, "thermal": 0.30},
    "MRV": {"inkjet": 0.65, "thermal": 0.35},
}
INK = {  # reflectance (R, G, B) of each process's ink
    "laser": (0.07, 0.07, 0.08),
    "inkjet": (0.12, 0.11, 0.22),
    "engraved": (0.28, 0.28, 0.28),
    "thermal": (0.38, 0.33, 0.30),
}

FONT_ROOT = Path("/usr/share/fonts")
FACES = {  # the MRZ's faces: label -> (path below FONT_ROOT, the package installing it)
    "ocrb": ("opentype/ocr-b/OCRB.otf", "fonts-ocr-b"),
    "opensans": ("truetype/open-sans/OpenSans-Semibold.ttf", "fonts-open-sans"),
    "carlito": ("truetype/crosextra/Carlito-Bold.ttf", "fonts-crosextra-carlito"),
    "gentium": ("truetype/gentium/Gentium-R.ttf", "fonts-sil-gentium"),
}
PAGE_FACES = {"dejavu": ("truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core")}
PACKAGES = ("fonts-open-sans", "fonts-crosextra-carlito", "fonts-sil-gentium")
GLYPH_SIZE = 200  # Pillow's size for the one rasterisation of each glyph
SQUEEZE = 0.86  # a glyph wider than this share of the pitch is narrowed to it

CAP_PX = {  # the capitals' height (px) each capture aims at; `cap_px` measures it
    "retro": (15.0, 24.0),
    "drops": (16.0, 25.0),
    "crack": (15.0, 24.0),
    "guilloche": (15.0, 24.0),
    "forward": (13.0, 19.0),
}
FORWARD_PHOTO_CAP = (20.0, 26.0)  # the photo's capitals before the app rescales it
MAX_SIDE = 2400  # a screenshot's long side; the photos stay under 2000
SCREEN_W = 1080  # a phone screen's width (px), the forwarded photo fitted to it
SUPER = 2.0  # the page is drawn at twice the picture's scale, then brought down

DOC_MM = {  # width and height (mm) of the page or card that is drawn
    "TD1": (85.6, 54.0), "card front": (85.6, 54.0), "TD2": (105.0, 74.0),
    "TD3": (125.0, 88.0), "visa page": (125.0, 88.0), "MRV-A": (125.0, 88.0),
    "MRV-B": (125.0, 88.0),
}  # fmt: skip
FOIL_MM = {"MRV-B": (105.0, 74.0), "MRV-A": (120.0, 80.0)}  # the visa foil on its page
PITCH_MM = 2.54
CARD_RADIUS_MM = 3.18

SCORED_MIX = {  # scored_mix(2026-11-27); the docstring states it, the tests compare
    "TD3": 122, "TD3 TWN": 52, "TD1": 34, "TD1 TWN": 20, "TD2": 10, "TD2 TWN": 3,
    "MRV-A": 18, "MRV-A TWN": 9, "MRV-B": 8, "MRV-B TWN": 2, "none": 8, "visa page": 5,
    "card front": 3, "invalid": 20,
    "retro": 40, "drops": 40, "crack": 40, "guilloche": 40, "forward": 40,
    "face hybrid": 17, "face ocrb": 158, "face other": 17,
    "opensans": 12, "carlito": 11, "gentium": 11,
    "laser": 99, "inkjet": 34, "engraved": 51, "thermal": 8,
}  # fmt: skip


# -- content ---------------------------------------------------------------------------

TW_FAMILY = (  # noqa: SIM905
    "CHANG CHEN CHIEN CHIU CHOU CHUANG FAN FENG HSIEH HSU HUANG HUNG JEN KAO KO KUNG KUO "
    "LAN LEE LIANG LIAO LIN LIU LO LU MA PAI PAN SHEN SU TSAI TSAO TSENG TUAN WANG WEI WU "
    "YANG YEN YU TAI HOU"
).split()
TW_GIVEN = (  # noqa: SIM905
    "AN CHENG CHI CHIA CHIN CHUAN FU HSIANG HSIU HUAN I JUI KUAN LI LIANG MIN NING PIN "
    "SHENG SHIH SUNG TE TSAI TUNG WAN WEI YAO YEN YING YUAN YUNG HSUN JOU"
).split()
NAMES = {  # written for this set: family names, then given names, by region
    "jp": (
        "ABE AOKI ENDO FUJITA HASEGAWA ISHII KONDO MAEDA MATSUDA MURAKAMI NISHIMURA OGAWA "
        "OKADA SAKAMOTO SHIBATA UENO YAMAGUCHI GOTO",
        "AKIRA CHIHIRO DAISUKE ERIKA HIKARU KAORI KOJI MAYU NAOKI REN SHIORI TOMOKO YUTA ZENTARO",
    ),
    "kr": (
        "BAEK CHA GO HONG JEON JO KO MOON NAM NOH RYU SIM UM WOO YANG YU BAE",
        "CHAEWON DAEHYUN GAYOUNG HYEJIN JAESUNG MINSEO SANGWOO SEOJUN TAEYANG YUNA BORAM",
    ),
    "vn": (
        "TRUONG DINH LAM MAI QUACH TA THAI TO VUONG LUONG",
        "ANH BAO DUC HANG KHANH LINH MINH NGOC PHUONG QUANG THAO TUAN",
    ),
    "ph": (
        "AQUINO BAUTISTA CASTILLO DELA CRUZ FLORES GARCIA MENDOZA NAVARRO OCAMPO RAMOS "
        "SANTOS TORRES VILLANUEVA",
        "ANGELICA BENJIE CARLO DIANA EDGARDO JOY MARICEL NOEL RODEL SHEILA VIRGILIO",
    ),
    "th": (
        "BOONMA CHAIYAPORN KAEWSAI PHROMMA SAETANG SRISUK THONGDEE WONGSA JAIDEE",
        "ANONG KITTI MALEE NARONG PORNTIP SOMCHAI SUDARAT THANAKORN WANIDA",
    ),
    "id": (
        "HARTONO KUSUMA NUGROHO PRATAMA SANTOSO SETIAWAN WIBOWO HIDAYAT SARAGIH",
        "AGUS DEWI EKO FITRI GILANG INDAH RIZKI SITI WAHYU YOGA",
    ),
    "my": (
        "ABDULLAH ISMAIL RAHMAN YUSOF OSMAN TAN LIM NG ARUMUGAM",
        "AIMAN FARAH HAZIQ NURUL SYAFIQ WEI MING KAVITHA",
    ),
    "in": (
        "AGARWAL BHATT CHOPRA DESAI IYER JOSHI KAPOOR MENON NAIR REDDY SINHA VERMA",
        "AARAV DIVYA HARSH ISHA KARAN MEERA NIKHIL PRIYA ROHAN SNEHA",
    ),
    "hk": (
        "CHAN CHEUNG CHOW FUNG KWOK LAM LEUNG MAK NG SHUM TSANG WONG YIP",
        "CHI KIN KA YAN HO YIN MAN WAI SIU FUNG TSZ CHING WING",
    ),
    "en": (
        "ANDERSON BAKER CARTER DAVIES EDWARDS FOSTER GRAHAM HUGHES MORGAN PRICE REID WALSH",
        "ALICE BEN CHLOE DANIEL EMMA GEORGE HANNAH JAMES LUCY OLIVER SOPHIE THOMAS",
    ),
    "de": (
        "BAUER BECKER FISCHER HOFFMANN KLEIN KRUEGER MEYER RICHTER SCHMIDT WOLF ZIMMERMANN",
        "ANNA FELIX JONAS KATRIN LUKAS MARIE PAUL SABINE STEFAN URSULA",
    ),
    "fr": (
        "BERNARD DUBOIS DURAND FONTAINE GIRARD LAMBERT LEROY MOREAU ROUSSEAU VINCENT",
        "CAMILLE ELODIE GUILLAUME HUGO JULIEN MANON NICOLAS PAULINE THIBAULT",
    ),
    "it": (
        "BIANCHI COLOMBO ESPOSITO FERRARI GALLO MARINO RICCI ROMANO RUSSO",
        "ALESSIA DAVIDE FRANCESCA GIORGIO LORENZO MATTEO SARA VALERIA",
    ),
    "es": (
        "FERNANDEZ GOMEZ HERRERA JIMENEZ LOPEZ MARTIN MORENO NAVARRO RUIZ SANCHEZ",
        "ALBA CARLOS ELENA JAVIER LUCIA MARCOS PABLO ROCIO",
    ),
    "pt": (
        "ALMEIDA CARVALHO COSTA FERREIRA GONCALVES MARTINS OLIVEIRA RODRIGUES SOUSA",
        "BEATRIZ DIOGO INES JOAO MARIANA RAFAEL TIAGO",
    ),
    "nl": (
        "BAKKER DEKKER JANSEN MEIJER MULDER SMIT VISSER VOS WILLEMS",
        "DAAN EVA FLEUR JOOST LIEKE SANDER TIM",
    ),
    "pl": (
        "KOWALSKI NOWAK WISNIEWSKI WOJCIK KAMINSKI LEWANDOWSKI ZIELINSKI",
        "AGNIESZKA BARTOSZ JAKUB KATARZYNA MAGDALENA PIOTR TOMASZ",
    ),
    "cz": ("DVORAK HORAK KRAL NOVAK POSPISIL SVOBODA", "JAN KLARA ONDREJ PETRA TEREZA VOJTECH"),
}
NAMES_CH = NAMES["de"]
PASSPORT_STATES = (  # (code, region) of the foreign passports a Taiwan counter sees
    ("JPN", "jp"), ("KOR", "kr"), ("USA", "en"), ("PHL", "ph"), ("VNM", "vn"), ("THA", "th"),
    ("IDN", "id"), ("MYS", "my"), ("IND", "in"), ("HKG", "hk"), ("SGP", "my"), ("GBR", "en"),
    ("CAN", "en"), ("AUS", "en"), ("D", "de"), ("FRA", "fr"), ("ITA", "it"), ("BRA", "pt"),
)  # fmt: skip
CARD_STATES = (
    ("D", "de"), ("NLD", "nl"), ("BEL", "fr"), ("ESP", "es"), ("ITA", "it"), ("PRT", "pt"),
    ("POL", "pl"), ("CZE", "cz"), ("CHE", "de"),
)  # fmt: skip
CREW_STATES = (("TWN", "tw"), ("JPN", "jp"), ("KOR", "kr"), ("PHL", "ph"), ("VNM", "vn"),
               ("THA", "th"))  # fmt: skip
VISA_ISSUERS = ("TWN", "TWN", "TWN", "TWN", "JPN", "USA", "KOR", "GBR")
RESIDENT_HOMES = (("IDN", "id"), ("VNM", "vn"), ("PHL", "ph"), ("THA", "th"), ("MYS", "my"),
                  ("JPN", "jp"), ("USA", "en"), ("IND", "in"), ("KOR", "kr"))  # fmt: skip
TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # the first letter's values run from 10 in this order


def taiwan_number(rng: np.random.Generator, second: str) -> str:
    """A Taiwan identification (or resident UI) number: a letter, `second`, seven digits and
    the check digit that makes the weighted sum a multiple of ten."""
    letter = TW_LETTERS[int(rng.integers(len(TW_LETTERS)))]
    body = second + "".join(str(int(d)) for d in rng.integers(0, 10, 7))
    value = TW_LETTERS.index(letter) + 10
    digits = [value // 10, value % 10, *map(int, body)]
    total = sum(d * w for d, w in zip(digits, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1), strict=True))
    return letter + body + str((10 - total % 10) % 10)


def _pick(rng: np.random.Generator, items: Sequence[T]) -> T:
    return items[int(rng.integers(len(items)))]


def _name(rng: np.random.Generator, region: str) -> tuple[str, str]:
    if region == "tw":
        given = _pick(rng, TW_GIVEN) + " " + _pick(rng, TW_GIVEN)
        return _pick(rng, TW_FAMILY), given
    family, given = (s.split() for s in NAMES[region])
    first = _pick(rng, given)
    if rng.random() < 1 / 6:
        first += " " + _pick(rng, given)
    return _pick(rng, family), first


def _digits(rng: np.random.Generator, n: int) -> str:
    return "".join(str(int(d)) for d in rng.integers(0, 10, n))


def _letters(rng: np.random.Generator, n: int) -> str:
    return "".join(layout.LETTERS[int(i)] for i in rng.integers(0, 26, n))


def _other_state(rng: np.random.Generator, issuer: str) -> tuple[str, str]:
    while True:
        state, region = _pick(rng, PASSPORT_STATES)
        if state != issuer:
            return state, region


def _fields(rng: np.random.Generator, fmt: str, today: dt.date) -> dict[str, str]:
    """The fields `mrz.compose` is given for one document of `fmt`."""
    sex = "M" if rng.random() < 0.52 else "F"
    birth = today - dt.timedelta(days=int(rng.integers(18 * 365, 72 * 365)))
    expiry = today + dt.timedelta(days=int(rng.integers(40, 9 * 365)))
    f: dict[str, str] = {"sex": sex, "birth_date": birth.strftime("%y%m%d")}
    f["expiry_date"] = expiry.strftime("%y%m%d")
    if fmt == "TD3":
        if rng.random() < 0.42:
            state, region = "TWN", "tw"
            f["document_number"] = "3" + _digits(rng, 8)
            f["optional_data"] = taiwan_number(rng, "1" if sex == "M" else "2")
        else:
            state, region = _pick(rng, PASSPORT_STATES)
            f["document_number"] = _letters(rng, int(rng.integers(1, 3))) + _digits(rng, 7)
            if rng.random() < 0.3:
                f["optional_data"] = _digits(rng, int(rng.integers(6, 12)))
        odd = rng.random()  # Korea prints PM on half its passports
        code = "PM" if state == "KOR" and odd < 0.5 else "P"
        f.update(document_code=code, issuing_state=state, nationality=state)
    elif fmt == "TD1":
        if rng.random() < 0.5:
            home, region = _pick(rng, RESIDENT_HOMES)
            number = taiwan_number(rng, "8" if sex == "M" else "9")
            f.update(document_code="IR", issuing_state="TWN", nationality=home)
            f["document_number"] = number
        else:
            state, region = _pick(rng, CARD_STATES)
            number = _letters(rng, 3) + _digits(rng, 6)
            if state == "BEL":
                number = _digits(rng, 12)
            f.update(document_code="ID", issuing_state=state, nationality=state)
            f["document_number"] = number
            if rng.random() < 0.4:
                f["optional_data"] = _digits(rng, 5)
    elif fmt == "TD2":
        state, region = _pick(rng, CREW_STATES)
        f.update(document_code="AC", issuing_state=state, nationality=state)
        f["document_number"] = _letters(rng, 2) + _digits(rng, 7)
    else:
        issuer = _pick(rng, VISA_ISSUERS)
        nat, region = _other_state(rng, issuer)
        f.update(document_code="V", issuing_state=issuer, nationality=nat)
        f["document_number"] = (
            _digits(rng, 9) if issuer == "TWN" else _letters(rng, 1) + _digits(rng, 8)
        )
        f["expiry_date"] = (today + dt.timedelta(days=int(rng.integers(30, 720)))).strftime(
            "%y%m%d"
        )
        if rng.random() < 0.4:
            f["optional_data"] = _letters(rng, 2) + _digits(rng, 4)
    f["surname"], f["given_names"] = _name(rng, region)
    return f


# -- the deal ----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Face:
    """Which face prints each character: OCR-B, or `other` for `glyphs` (a hybrid's
    look-alikes), for line `line` (a hybrid's line) or for every cell ("other")."""

    kind: str  # "ocrb", "hybrid" or "other"
    other: str = ""  # the new face's label ("" for "ocrb")
    glyphs: str = ""
    line: int = -1

    @property
    def label(self) -> str:
        return "ocrb" if self.kind == "ocrb" else f"{self.kind}:{self.other}"

    def face(self, line: int, ch: str) -> str:
        if self.kind == "other" or (
            self.kind == "hybrid" and (line == self.line or ch in self.glyphs)
        ):
            return self.other
        return "ocrb"


@dataclasses.dataclass(frozen=True)
class Plan:
    seed: int
    fmt: str  # a format, or "none"
    blank: str  # what a page without an MRZ is ("" where there is an MRZ)
    capture: str
    face: Face
    misprint: str  # "" or what was misprinted
    fields: tuple[tuple[str, str], ...]
    composed: tuple[str, ...]
    printed: tuple[str, ...]
    valid: bool
    process: str

    @property
    def no_mrz(self) -> bool:
        return self.fmt == "none"


def _deck(block: int, name: str, quota: dict[str, int]) -> list[str]:
    cards = [k for k, n in quota.items() for _ in range(n)]
    rng = np.random.default_rng([SEED, block, zlib.crc32(name.encode())])
    return [cards[i] for i in rng.permutation(len(cards))]


@functools.cache
def _block(block: int) -> tuple[tuple[str, str, str, str, str, str, str], ...]:
    """Each slot's (format, blank, capture, face kind, new face, misprint kind, hybrid
    kind) for one block of seeds: every deck is dealt to the slots it serves in order."""
    formats = _deck(block, "format", FORMAT_QUOTA)
    captures = _deck(block, "capture", CAPTURE_QUOTA)
    blanks = iter(_deck(block, "blank", BLANK_QUOTA))
    kinds = iter(_deck(block, "face", FACE_QUOTA))
    news = iter(_deck(block, "new face", NEW_FACE_QUOTA))
    hybrids = iter(_deck(block, "hybrid", HYBRID_QUOTA))
    misprints = iter(_deck(block, "misprint", MISPRINT_QUOTA))
    out: list[tuple[str, str, str, str, str, str, str]] = []
    for fmt, capture in zip(formats, captures, strict=True):
        if fmt == "none":
            out.append((fmt, next(blanks), capture, "", "", "", ""))
            continue
        kind = next(kinds)
        new = next(news) if kind != "ocrb" else ""
        hybrid = next(hybrids) if kind == "hybrid" else ""
        out.append((fmt, "", capture, kind, new, next(misprints), hybrid))
    return tuple(out)


def _rng(seed: int, what: str) -> np.random.Generator:
    return np.random.default_rng([seed, zlib.crc32(what.encode())])


def _misprint(
    rng: np.random.Generator, fmt: str, lines: tuple[str, ...], kind: str
) -> tuple[tuple[str, ...], str]:
    lay = layout.layout(fmt)
    rows = [list(x) for x in lines]
    if kind == "check":
        spots = [c for c in lay.checks if lines[c.line][c.pos].isdigit()]
        c = _pick(rng, spots)
        was = lines[c.line][c.pos]
        now = _pick(rng, [d for d in layout.DIGITS if d != was])
        rows[c.line][c.pos] = now
        what = f"{c.name} check digit {was} printed as {now}"
    else:
        names = lay.field("names")
        spots = [k for k in range(names.start, names.stop) if lines[names.line][k] in DIGIT_FOR]
        k = _pick(rng, spots)
        was = lines[names.line][k]
        rows[names.line][k] = DIGIT_FOR[was]
        what = f"the names' {was} printed as {DIGIT_FOR[was]}"
    return tuple("".join(r) for r in rows), what


def plan(seed: int, today: dt.date) -> Plan:
    """The draws of one seed: all that is decided before anything is drawn."""
    block, slot = divmod(seed - SEED, BLOCK)
    fmt, blank, capture, kind, new, misprint, hybrid = _block(block)[slot]
    rng = _rng(seed, "content")
    if fmt == "none":
        return Plan(seed, fmt, blank, capture, Face("ocrb"), "", (), (), (), False, "")
    while True:  # names that can carry a letters misprint when one is dealt
        fields = _fields(rng, fmt, today)
        composed = compose(fmt, **fields)  # type: ignore[arg-type]
        names = layout.layout(fmt).field("names").of(composed)
        if misprint != "letters" or any(c in DIGIT_FOR for c in names):
            break
    printed, what = (composed, "") if not misprint else _misprint(rng, fmt, composed, misprint)
    face = Face(kind)
    if kind == "other":
        face = Face(kind, new)
    elif kind == "hybrid" and hybrid == "glyphs":
        present = [c for c in LOOKALIKES if any(c in x for x in printed)]
        n = min(len(present), int(rng.integers(3, 7)))
        chosen = rng.permutation(len(present))[:n]
        face = Face(kind, new, glyphs="".join(present[i] for i in sorted(chosen)))
    elif kind == "hybrid":
        face = Face(kind, new, line=int(rng.integers(len(printed))))
    odds = PROCESS_ODDS["MRV" if fmt.startswith("MRV") else fmt]
    process = str(rng.choice(list(odds), p=list(odds.values())))
    valid = parse(printed, today=today).valid
    return Plan(
        seed, fmt, "", capture, face, what, tuple(fields.items()), composed, printed, valid,
        process,
    )  # fmt: skip


def scored_mix(today: dt.date) -> dict[str, int]:
    """What the 200 scored seeds hold, counted on their plans (nothing is rendered)."""
    mix: Counter[str] = Counter()
    for seed in range(SEED, SEED + BLOCK):
        p = plan(seed, today)
        mix[p.fmt] += 1
        mix[p.capture] += 1
        if p.no_mrz:
            mix[p.blank] += 1
            continue
        f = dict(p.fields)
        mix[f"{p.fmt} TWN"] += f["issuing_state"] == "TWN"
        mix["invalid"] += not p.valid
        mix[f"face {p.face.kind}"] += 1
        if p.face.other:
            mix[p.face.other] += 1
        mix[p.process] += 1
    return {k: v for k, v in mix.items() if v}


# -- faces and glyph setting --------------------------------------------------------------


def face_path(name: str) -> Path:
    """The face's file; FileNotFoundError naming its package when it is not installed."""
    rel, package = {**FACES, **PAGE_FACES}[name]
    path = FONT_ROOT / rel
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} is missing: install {package} (scripts/setup-system.sh); "
            "bench/mrz_heldout29.py never substitutes another face"
        )
    return path


@functools.cache
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(face_path(name)), size)


@dataclasses.dataclass(frozen=True)
class Glyph:
    mask: np.ndarray  # float32 ink coverage, cut to the ink, at GLYPH_SIZE
    top: int  # the ink's top row relative to the baseline (negative: above it)


@functools.cache
def glyph(face: str, ch: str) -> Glyph:
    """One character of one face, rasterised once against its baseline."""
    f = font(face, GLYPH_SIZE)
    side = 3 * GLYPH_SIZE
    base = 2 * GLYPH_SIZE
    im = Image.new("L", (side, side), 0)
    ImageDraw.Draw(im).text((GLYPH_SIZE // 2, base), ch, font=f, fill=255, anchor="ls")
    a = np.asarray(im, np.float32) / 255.0
    rows = np.flatnonzero(a.max(1) > 0.02)
    cols = np.flatnonzero(a.max(0) > 0.02)
    if not len(rows):
        raise ValueError(f"{face} has no ink for {ch!r}")
    cut = a[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    return Glyph(np.ascontiguousarray(cut), int(rows[0]) - base)


@functools.cache
def _h_height(face: str) -> int:
    return glyph(face, "H").mask.shape[0]


def set_line(
    canvas: np.ndarray,
    text: str,
    faces: list[str],
    x0: float,
    base: float,
    pitch: float,
    cap: float,
    jitter: np.ndarray | None = None,
) -> None:
    """Ink (0..1, kept by maximum) of `text` on `canvas`: cell i spans x0 + i*pitch to
    x0 + (i+1)*pitch; each glyph's ink is centred in its cell, H is `cap` tall and every
    glyph keeps its face's height against the baseline `base`. `jitter` moves glyph i by
    (dx, dy) pixels."""
    for i, (ch, face) in enumerate(zip(text, faces, strict=True)):
        g = glyph(face, ch)
        s = cap / _h_height(face)
        h, w = g.mask.shape
        sx = min(s, SQUEEZE * pitch / w)
        tw, th = max(1, round(w * sx)), max(1, round(h * s))
        small = cv2.resize(g.mask, (tw, th), interpolation=cv2.INTER_AREA)
        dx, dy = (0.0, 0.0) if jitter is None else (float(jitter[i, 0]), float(jitter[i, 1]))
        left = x0 + (i + 0.5) * pitch - tw / 2 + dx
        top = base + g.top * s + dy
        ix, iy = math.floor(left) - 1, math.floor(top) - 1
        patch = cv2.warpAffine(
            small,
            np.float32([[1, 0, left - ix], [0, 1, top - iy]]),
            (tw + 3, th + 3),
            flags=cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_CONSTANT,
        )
        y0, x1 = max(iy, 0), max(ix, 0)
        y1 = min(iy + patch.shape[0], canvas.shape[0])
        x2 = min(ix + patch.shape[1], canvas.shape[1])
        if y1 <= y0 or x2 <= x1:
            continue
        sub = patch[y0 - iy : y1 - iy, x1 - ix : x2 - ix]
        np.maximum(canvas[y0:y1, x1:x2], sub, out=canvas[y0:y1, x1:x2])


# -- the page ---------------------------------------------------------------------------


@dataclasses.dataclass
class Page:
    rgb: np.ndarray  # float32 reflectance, (h, w, 3)
    alpha: np.ndarray  # float32 0..1: the document's outline (a card's round corners)
    k: float  # pixels per mm
    cells: list[tuple[float, float, float]]  # (x0, baseline, pitch) per MRZ line
    cap: float  # capitals' height in pixels
    width: int  # characters per line
    notes: list[str]


def _rgb_of(c: tuple[float, float, float]) -> tuple[int, int, int]:
    return (round(255 * c[0]), round(255 * c[1]), round(255 * c[2]))


def _guilloche(rng: np.random.Generator, h: int, w: int, k: float) -> np.ndarray:
    """Coverage (0..1) of two families of interlaced sine lines over the whole page."""
    m = np.zeros((h, w), np.uint8)
    thick = max(1, round(rng.uniform(0.10, 0.16) * k))
    xs = np.arange(0, w + 8, 4, dtype=np.float64)
    for fam in range(2):
        lam = rng.uniform(9.0, 16.0) * k
        amp = rng.uniform(1.2, 2.6) * k
        gap = rng.uniform(0.45, 0.75) * k
        phase = rng.uniform(0, 2 * math.pi) + fam * math.pi
        drift = rng.uniform(0.15, 0.35)  # phase step from line to line: the lines interlace
        for j, y0 in enumerate(np.arange(-amp - gap, h + amp + gap, gap)):
            ys = y0 + amp * np.sin(2 * math.pi * xs / lam + phase + j * drift)
            pts = np.stack([xs * 16, ys * 16], 1).astype(np.int32)
            cv2.polylines(m, [pts], False, 255, thick, cv2.LINE_AA, shift=4)
    return m.astype(np.float32) / 255.0


def _retro_tile(rng: np.random.Generator, k: float) -> np.ndarray:
    """One tile of the retroreflective emblem: a ring round a five-petalled blossom and a
    band of short arcs below it (coverage 0..1)."""
    t = max(12, round(rng.uniform(7.0, 11.0) * k))
    m = np.zeros((t, t), np.uint8)
    c, r = t // 2, t * 0.3
    line = max(1, round(0.16 * k))
    cv2.circle(m, (c, c), round(r), 255, line, cv2.LINE_AA)
    for j in range(5):
        a = 2 * math.pi * j / 5 - math.pi / 2
        p = (round(c + 0.45 * r * math.cos(a)), round(c + 0.45 * r * math.sin(a)))
        cv2.ellipse(m, p, (max(1, round(0.35 * r)), max(1, round(0.18 * r))),
                    math.degrees(a), 0, 360, 255, line, cv2.LINE_AA)  # fmt: skip
    for j in range(4):
        x = round(t * (0.12 + 0.25 * j))
        cv2.ellipse(m, (x, round(t * 0.9)), (round(t * 0.1), round(t * 0.05)), 0, 180, 360,
                    255, line, cv2.LINE_AA)  # fmt: skip
    return m.astype(np.float32) / 255.0


def _text(
    draw: ImageDraw.ImageDraw, xy: tuple[float, float], s: str, size: float, fill: tuple[int, ...]
) -> None:
    draw.text(xy, s, font=font("dejavu", max(6, round(size))), fill=fill)


def _portrait(
    im: Image.Image, box: tuple[float, float, float, float], rng: np.random.Generator
) -> None:
    """A schematic portrait, kept inside its box."""
    x0, y0, x1, y1 = (round(v) for v in box)
    w, h = x1 - x0, y1 - y0
    bg = _rgb_of(tuple(rng.uniform(0.78, 0.9, 3)))  # type: ignore[arg-type]
    sub = Image.new("RGB", (w, h), bg)
    draw = ImageDraw.Draw(sub)
    skin = _rgb_of((rng.uniform(0.55, 0.8), rng.uniform(0.45, 0.65), rng.uniform(0.35, 0.55)))
    cx = w / 2
    draw.ellipse((cx - 0.48 * w, 0.72 * h, cx + 0.48 * w, 1.5 * h), fill=(60, 60, 70))
    draw.ellipse((cx - 0.24 * w, 0.18 * h, cx + 0.24 * w, 0.7 * h), fill=skin)
    draw.chord((cx - 0.26 * w, 0.12 * h, cx + 0.26 * w, 0.5 * h), 180, 360, fill=(35, 30, 30))
    im.paste(sub, (x0, y0))


def page(p: Plan, rng: np.random.Generator, k: float) -> Page:
    """The document (or a page without an MRZ) at `k` pixels per mm, the zone's ink on it."""
    kind = p.blank or p.fmt
    wmm, hmm = DOC_MM[kind]
    w, h = round(wmm * k), round(hmm * k)
    card = kind in ("TD1", "card front", "TD2")
    paper = np.array([rng.uniform(0.90, 0.95), rng.uniform(0.90, 0.95), rng.uniform(0.86, 0.93)])
    if card:
        paper = np.array(
            [rng.uniform(0.86, 0.93), rng.uniform(0.90, 0.95), rng.uniform(0.92, 0.97)]
        )
    rgb = np.ones((h, w, 3), np.float32) * paper.astype(np.float32)
    notes: list[str] = []
    # a faint tint band across the top, as issuers print their state's colours
    band = np.linspace(1.0, 0.0, h, dtype=np.float32)[:, None, None] ** 3
    tint = rng.uniform(0.82, 0.97, 3).astype(np.float32)
    rgb *= 1 - band * (1 - tint)
    if p.capture == "guilloche":
        cover = _guilloche(rng, h, w, k)
        colour = {
            "teal": (0.45, 0.75, 0.72),
            "rose": (0.85, 0.5, 0.6),
            "violet": (0.62, 0.55, 0.85),
        }
        name = _pick(rng, list(colour))
        depth = rng.uniform(0.22, 0.35)
        c = np.array(colour[name], np.float32)
        rgb *= 1 - (depth * cover)[..., None] * (1 - c)
        notes.append(f"guilloche {name} {depth:.2f} deep")
    foil = None
    if kind in FOIL_MM:
        fw, fh = FOIL_MM[kind]
        fx = (wmm - fw) / 2 + rng.uniform(-1, 1)
        fy = hmm - fh - rng.uniform(1.5, 3.0)
        foil = (fx, fy, fw, fh)
        x0, y0 = round(fx * k), round(fy * k)
        x1, y1 = round((fx + fw) * k), round((fy + fh) * k)
        rgb[y0:y1, x0:x1] *= rng.uniform(0.9, 0.98, 3).astype(np.float32)
    im = Image.fromarray(np.clip(rgb * 255, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(im)
    label = (80, 80, 90)
    if kind == "visa page":
        for _ in range(int(rng.integers(2, 6))):
            cx, cy = rng.uniform(15, wmm - 15) * k, rng.uniform(15, hmm - 15) * k
            r = rng.uniform(9, 15) * k
            ink = _rgb_of(_pick(rng, [(0.45, 0.2, 0.55), (0.7, 0.15, 0.2), (0.2, 0.3, 0.6)]))
            if rng.random() < 0.5:
                draw.ellipse(
                    (cx - r, cy - r, cx + r, cy + r), outline=ink, width=max(1, round(0.4 * k))
                )
            else:
                draw.rectangle((cx - r, cy - 0.6 * r, cx + r, cy + 0.6 * r), outline=ink,
                               width=max(1, round(0.4 * k)))  # fmt: skip
            word = _pick(rng, ["ENTRY", "DEPARTURE", "TAOYUAN", "KAOHSIUNG", "ARRIVED"])
            _text(draw, (cx - 0.8 * r, cy - 0.3 * r), word, 2.2 * k, ink)
            day = dt.date(2026, 1, 1) + dt.timedelta(days=int(rng.integers(0, 330)))
            _text(
                draw, (cx - 0.7 * r, cy + 0.05 * r), day.strftime("%d %b %Y").upper(), 2.0 * k, ink
            )
        notes.append("visa page with stamps")
    else:
        top = (foil[1] if foil else 0.0) + 6.0
        left = (foil[0] if foil else 0.0) + 4.0
        ph = (hmm - top - 20) if not foil else foil[3] - 26
        pw = ph * 0.78
        _portrait(im, (left * k, top * k, (left + pw) * k, (top + ph) * k), rng)
        f = dict(p.fields)
        rows = [
            ("Surname", f.get("surname", "LIN")), ("Given names", f.get("given_names", "MEI")),
            ("Nationality", f.get("nationality", "IDN")),
            ("Date of birth", f.get("birth_date", "")),
            ("Sex", f.get("sex", "F")), ("Date of expiry", f.get("expiry_date", "")),
        ]  # fmt: skip
        tx = left + pw + 4
        for j, (lab, val) in enumerate(rows):
            y = top + j * 5.4
            if y + 5 > (hmm - 16 if not card else hmm - 18):
                break
            _text(draw, (tx * k, y * k), lab, 1.5 * k, label)
            _text(draw, (tx * k, (y + 1.9) * k), val, 2.2 * k, (25, 25, 30))
        if kind == "card front":
            _text(draw, (tx * k, 2 * k), "RESIDENT CERTIFICATE", 2.4 * k, label)
            notes.append("card front")
    rgb = np.asarray(im, np.float32) / 255.0
    alpha = np.ones((h, w), np.float32)
    if card:
        a = np.zeros((h, w), np.uint8)
        r = round(CARD_RADIUS_MM * k)
        cv2.rectangle(a, (r, 0), (w - 1 - r, h - 1), 255, -1)
        cv2.rectangle(a, (0, r), (w - 1, h - 1 - r), 255, -1)
        for cx, cy in ((r, r), (w - 1 - r, r), (r, h - 1 - r), (w - 1 - r, h - 1 - r)):
            cv2.circle(a, (cx, cy), r, 255, -1, cv2.LINE_AA)
        alpha = a.astype(np.float32) / 255.0
    pg = Page(rgb, alpha, k, [], 0.0, 0, notes)
    if not p.no_mrz:
        _print_zone(p, rng, pg, foil or (0.0, 0.0, wmm, hmm))
    return pg


def _print_zone(p: Plan, rng: np.random.Generator, pg: Page, box: tuple[float, ...]) -> None:
    lay = layout.layout(p.fmt)
    k = pg.k
    bx, by, bw, bh = box
    td1 = p.fmt == "TD1"
    pitch = PITCH_MM * rng.uniform(0.985, 1.015)
    cap = rng.uniform(2.35, 2.50)
    gap = rng.uniform(3.7, 4.1) if td1 else rng.uniform(4.0, 4.4)
    last = rng.uniform(3.6, 4.2) if td1 else rng.uniform(4.6, 5.3)
    x0 = bx + (bw - lay.width * pitch) / 2 + float(np.clip(rng.normal(0, 0.3), -0.6, 0.6))
    h, w = pg.rgb.shape[:2]
    ink = np.zeros((h, w), np.float32)
    for i, text in enumerate(p.printed):
        base = (by + bh - last - (lay.lines - 1 - i) * gap) * k
        faces = [p.face.face(i, ch) for ch in text]
        jitter = rng.normal(0, 0.02 * cap * k, (len(text), 2))
        set_line(ink, text, faces, x0 * k, base, pitch * k, cap * k, jitter)
        pg.cells.append((x0 * k, base, pitch * k))
    if p.process == "engraved":
        ink = cv2.erode(ink, np.ones((2, 2), np.uint8)) * 0.6 + ink * 0.4
    elif p.process == "inkjet":
        ink = np.clip(cv2.GaussianBlur(ink, (0, 0), 0.6) * 1.1, 0, 1)
    strength = rng.uniform(0.80, 0.95) if p.process == "thermal" else 1.0
    colour = np.array(INK[p.process], np.float32) * rng.uniform(0.9, 1.1)
    cov = (ink * strength)[..., None]
    pg.rgb = pg.rgb * (1 - cov) + colour * cov
    pg.cap, pg.width = cap * k, lay.width
    pg.notes.append(f"pitch {pitch:.3f} mm, capitals {cap:.2f} mm, {p.process} print")


# -- the capture --------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Shot(Sample):
    valid: bool = False
    capture: str = ""
    font: str = ""
    face_kind: str = ""
    process: str = ""
    cap_px: float = 0.0
    mrz_quad: tuple[tuple[float, float], ...] = ()
    notes: str = ""


def _retro(rng: np.random.Generator, pg: Page) -> str:
    """The laminate's retroreflective emblem, brightest where the light comes back."""
    h, w = pg.rgb.shape[:2]
    tile = _retro_tile(rng, pg.k)
    t = tile.shape[0]
    ox, oy = int(rng.integers(t)), int(rng.integers(t))
    cover = np.tile(tile, (h // t + 2, w // t + 2))[oy : oy + h, ox : ox + w]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
    sigma = rng.uniform(0.35, 0.60) * w
    hi, lo = rng.uniform(0.06, 0.12), rng.uniform(0.025, 0.045)
    spot = lo + (hi - lo) * np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * sigma**2))
    gold = np.array([0.98, 0.93, 0.74], np.float32)
    a = (cover * spot)[..., None]
    pg.rgb = pg.rgb * (1 - a) + gold * a
    return f"retroreflective emblem every {t / pg.k:.1f} mm, {lo:.3f}-{hi:.3f}"


def _desk(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    base = _pick(
        rng, [(0.45, 0.46, 0.47), (0.55, 0.40, 0.26), (0.22, 0.25, 0.29), (0.80, 0.76, 0.66)]
    )
    desk = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    grain = cv2.GaussianBlur(rng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 3.0)
    desk *= (1 + 0.04 * grain / (grain.std() + 1e-6))[..., None]
    ramp = np.linspace(-1, 1, w, dtype=np.float32)[None, :] * rng.uniform(-0.1, 0.1)
    return desk * (1 + ramp)[..., None]


def _photo(
    p: Plan, rng: np.random.Generator, cap_px: float, frame_w: float | None = None
) -> tuple[np.ndarray, np.ndarray, Page, list[str]]:
    """The document on a desk seen by a phone: the picture (float RGB), the homography from
    the page's pixels to the picture's, the page and the notes."""
    cap_mm = 2.425
    k = SUPER * cap_px / cap_mm
    pg = page(p, rng, k)
    if p.capture == "retro":
        pg.notes.append(_retro(rng, pg))
    h, w = pg.rgb.shape[:2]
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    ang = math.radians(rng.uniform(-7, 7))
    rot = np.float32([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]])
    c = corners.mean(0)
    dst = (corners - c) @ rot.T / SUPER
    dst += rng.uniform(-0.02, 0.02, (4, 2)).astype(np.float32) * np.float32([w, h]) / SUPER
    lo, hi = dst.min(0), dst.max(0)
    size = hi - lo
    margin = rng.uniform(0.06, 0.18, 4) * np.array([size[0], size[1], size[0], size[1]])
    if frame_w is not None:  # the framing is given: the margins share what is left
        spare = max(frame_w - size[0], 0.12 * size[0])
        share = rng.uniform(0.35, 0.65)
        margin[0], margin[2] = spare * share, spare * (1 - share)
        margin[1] = margin[3] = max(0.06 * size[1], spare * 0.5 * size[1] / size[0])
    dst += np.float32([margin[0], margin[1]]) - lo
    pw, ph = (
        math.ceil(size[0] + margin[0] + margin[2]),
        math.ceil(size[1] + margin[1] + margin[3]),
    )
    hom = cv2.getPerspectiveTransform(corners, dst.astype(np.float32))
    soft = cv2.GaussianBlur(pg.rgb, (0, 0), 0.45 * SUPER)
    warped = cv2.warpPerspective(soft, hom, (pw, ph), flags=cv2.INTER_AREA)
    alpha = cv2.warpPerspective(pg.alpha, hom, (pw, ph), flags=cv2.INTER_LINEAR)[..., None]
    desk = _desk(rng, ph, pw)
    shadow = cv2.GaussianBlur(alpha[..., 0], (0, 0), rng.uniform(4, 10))
    off = rng.uniform(2, 7, 2)
    shadow = cv2.warpAffine(shadow, np.float32([[1, 0, off[0]], [0, 1, off[1]]]), (pw, ph))
    desk *= (1 - rng.uniform(0.25, 0.4) * shadow)[..., None]
    pic = desk * (1 - alpha) + warped * alpha
    yy, xx = np.mgrid[0:ph, 0:pw].astype(np.float32)
    gx, gy = rng.uniform(-0.05, 0.05, 2)
    light = rng.uniform(0.92, 1.05) * (1 + gx * (xx / pw - 0.5) + gy * (yy / ph - 0.5))
    pic = pic * light[..., None] * rng.uniform(0.96, 1.04, 3).astype(np.float32)
    notes = [*pg.notes, f"turned {math.degrees(ang):.1f} deg"]
    return pic.astype(np.float32), hom, pg, notes


def _zone_points(pg: Page, hom: np.ndarray) -> tuple[np.ndarray, float]:
    """The zone's corners in the picture and the capitals' mean height at its end cells."""
    if not pg.cells:
        return np.zeros((0, 2), np.float32), 0.0
    (xa, ba, pitch), (_, bz, _) = pg.cells[0], pg.cells[-1]
    xb = xa + pg.width * pitch
    quad = np.float32([[xa, ba - 1.35 * pg.cap], [xb, ba - 1.35 * pg.cap], [xb, bz + 0.35 * pg.cap],
                       [xa, bz + 0.35 * pg.cap]])  # fmt: skip
    pts = []
    for _, base, _ in (pg.cells[0], pg.cells[-1]):
        for x in (xa + 0.5 * pitch, xb - 0.5 * pitch):
            pts += [[x, base], [x, base - pg.cap]]
    ends = cv2.perspectiveTransform(np.float32(pts)[None], hom)[0]
    cap = float(np.mean(np.linalg.norm(ends[0::2] - ends[1::2], axis=1)))
    return cv2.perspectiveTransform(quad[None], hom)[0], cap


def _drops(rng: np.random.Generator, pic: np.ndarray, quad: np.ndarray, doc: np.ndarray,
           px_mm: float) -> tuple[np.ndarray, str]:  # fmt: skip
    """Rain drops on the laminate: small lenses, each with a darker rim and a glint."""
    h, w = pic.shape[:2]
    n = int(rng.integers(8, 23))
    on_zone = int(rng.integers(0, 4)) if len(quad) else 0
    out = pic.copy()
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    for j in range(n):
        if j < on_zone:
            a, b = rng.uniform(0.05, 0.95), rng.uniform(0, 1)
            top, bottom = quad[0] + a * (quad[1] - quad[0]), quad[3] + a * (quad[2] - quad[3])
            cx, cy = top + b * (bottom - top)
        else:
            a, b = rng.uniform(0.03, 0.97, 2)
            cx, cy = (1 - b) * ((1 - a) * doc[0] + a * doc[1]) + b * ((1 - a) * doc[3] + a * doc[2])
        r = rng.uniform(0.8, 2.2) * px_mm
        x0, x1 = max(int(cx - r) - 2, 0), min(int(cx + r) + 3, w)
        y0, y1 = max(int(cy - r) - 2, 0), min(int(cy + r) + 3, h)
        if x1 <= x0 or y1 <= y0:
            continue
        dx, dy = xx[y0:y1, x0:x1] - cx, yy[y0:y1, x0:x1] - cy
        d = np.sqrt(dx**2 + dy**2) / r
        m = rng.uniform(1.05, 1.18)
        pull = np.where(d < 1, 1 / m + (1 - 1 / m) * d**4, 1.0).astype(np.float32)
        mx, my = (cx + dx * pull).astype(np.float32), (cy + dy * pull).astype(np.float32)
        src = cv2.remap(out, mx, my, cv2.INTER_LINEAR,
                        borderMode=cv2.BORDER_REFLECT)  # fmt: skip
        inside = np.clip((1 - d) * r, 0, 1)[..., None]  # antialiased edge
        rim = 1 - rng.uniform(0.12, 0.22) * np.clip((d - 0.7) / 0.3, 0, 1) ** 2
        lens = src * rim[..., None]
        gx, gy = cx - 0.4 * r, cy - 0.4 * r
        glint = np.exp(
            -((xx[y0:y1, x0:x1] - gx) ** 2 + (yy[y0:y1, x0:x1] - gy) ** 2) / (2 * (0.1 * r) ** 2)
        )
        lens = lens + (1 - lens) * (rng.uniform(0.35, 0.55) * glint)[..., None]
        region = out[y0:y1, x0:x1]
        out[y0:y1, x0:x1] = region * (1 - inside) + lens * inside
    return out, f"{n} rain drops ({on_zone} on the zone)"


def _crack(rng: np.random.Generator, pic: np.ndarray) -> tuple[np.ndarray, str]:
    """A cracked cover glass over the lens: bright threads and the light they scatter."""
    h, w = pic.shape[:2]
    diag = math.hypot(w, h)
    side = int(rng.integers(4))
    t = rng.uniform(0.1, 0.9)
    start = [(t * w, 0.0), (w - 1.0, t * h), (t * w, h - 1.0), (0.0, t * h)][side]
    inward = [math.pi / 2, math.pi, -math.pi / 2, 0.0][side]
    n = int(rng.integers(3, 7))
    thread = np.zeros((h, w), np.uint8)
    for _ in range(n):
        theta = inward + rng.uniform(-1.1, 1.1)
        x, y = start
        pts = [(x, y)]
        length = rng.uniform(0.35, 0.80) * diag
        done = 0.0
        while done < length:
            step = rng.uniform(20, 60)
            theta += rng.uniform(-0.26, 0.26)
            x, y = x + step * math.cos(theta), y + step * math.sin(theta)
            pts.append((x, y))
            done += step
        arr = (np.float32(pts) * 16).astype(np.int32)
        cv2.polylines(thread, [arr], False, 255, 1, cv2.LINE_AA, shift=4)
    line = thread.astype(np.float32) / 255.0
    glow = cv2.GaussianBlur(line, (0, 0), rng.uniform(2.5, 5.0))
    glow /= max(float(glow.max()), 1e-6)
    lift = np.clip(rng.uniform(0.18, 0.30) * line + rng.uniform(0.05, 0.09) * glow, 0, 1)
    return pic + (1 - pic) * lift[..., None], f"cracked cover glass, {n} lines"


def _finish(rng: np.random.Generator, pic: np.ndarray, quality: int) -> tuple[bytes, np.ndarray]:
    """Lens blur, sensor noise, the tone curve and JPEG."""
    pic = cv2.GaussianBlur(pic, (0, 0), rng.uniform(0.4, 0.65))
    h, w = pic.shape[:2]
    sd = rng.uniform(0.007, 0.016)
    lum = rng.normal(0, 1, (h, w, 1)).astype(np.float32)
    chroma = rng.normal(0, 0.5, (h, w, 3)).astype(np.float32)
    pic = pic + sd * (lum + chroma) * (1.4 - 0.6 * pic)
    return _jpeg(np.clip(pic, 0, 1) ** (1 / 1.12), quality)


def _jpeg(rgb: np.ndarray, quality: int) -> tuple[bytes, np.ndarray]:
    bgr = cv2.cvtColor(np.clip(rgb * 255 + 0.5, 0, 255).astype(np.uint8), cv2.COLOR_RGB2BGR)
    ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    assert ok
    data = buf.tobytes()
    return data, cv2.imdecode(buf, cv2.IMREAD_COLOR)


def _screenshot(
    rng: np.random.Generator, photo: np.ndarray
) -> tuple[np.ndarray, float, float, tuple[float, float], list[str]]:
    """The forwarded photo opened in a messaging app's viewer and screenshotted: returns
    the screen (float RGB), the photo's scale and offset on it, the notes."""
    h, w = photo.shape[:2]
    long_side = int(rng.integers(1280, 1601))
    notes = []
    if max(h, w) > long_side:
        f1 = long_side / max(h, w)
        photo = cv2.resize(photo, (round(w * f1), round(h * f1)), interpolation=cv2.INTER_AREA)
    else:
        f1 = 1.0
    q1 = int(rng.integers(62, 79))
    _, sent = _jpeg(photo, q1)
    notes.append(f"sent at {max(sent.shape[:2])} px, JPEG {q1}")
    sw = SCREEN_W
    f2 = sw / sent.shape[1]
    shown = cv2.resize(sent, (sw, round(sent.shape[0] * f2)),
                       interpolation=cv2.INTER_AREA if f2 < 1 else cv2.INTER_LINEAR)  # fmt: skip
    shown = cv2.cvtColor(shown, cv2.COLOR_BGR2RGB).astype(np.float32) / 255.0
    sh = min(round(sw * rng.uniform(2.0, 2.17)), MAX_SIDE)
    bars = [round(sw * f) for f in (0.04, 0.07, 0.09)]
    screen = np.ones((sh, sw, 3), np.float32) * rng.uniform(0.0, 0.06)
    im = Image.fromarray((screen * 255).astype(np.uint8))
    draw = ImageDraw.Draw(im)
    head = _rgb_of(_pick(rng, [(0.13, 0.14, 0.16), (0.02, 0.45, 0.25), (0.1, 0.3, 0.55)]))
    draw.rectangle((0, 0, sw, bars[0]), fill=(0, 0, 0))
    _text(draw, (0.04 * sw, 0.008 * sw), f"{int(rng.integers(8, 18))}:{int(rng.integers(10, 60))}",
          0.025 * sw, (235, 235, 235))  # fmt: skip
    draw.rectangle((0.86 * sw, 0.012 * sw, 0.93 * sw, 0.028 * sw), outline=(235, 235, 235), width=2)
    draw.rectangle((0, bars[0], sw, bars[0] + bars[1]), fill=head)
    _text(draw, (0.05 * sw, bars[0] + 0.018 * sw), "<", 0.04 * sw, (245, 245, 245))
    sender = _pick(rng, ["Counter 3", "Duty officer", "Lin (shift B)", "Team chat", "Supervisor"])
    _text(draw, (0.14 * sw, bars[0] + 0.02 * sw), sender, 0.032 * sw, (245, 245, 245))
    draw.rectangle((0, sh - bars[2], sw, sh), fill=head)
    for j in range(4):
        cx = sw * (0.15 + 0.23 * j)
        draw.ellipse((cx - 0.025 * sw, sh - 0.065 * sw, cx + 0.025 * sw, sh - 0.015 * sw),
                     outline=(230, 230, 230), width=3)  # fmt: skip
    screen = np.asarray(im, np.float32) / 255.0
    room = sh - sum(bars)
    if shown.shape[0] > room:  # a photo taller than the viewer is shown smaller
        f3 = room / shown.shape[0]
        shown = cv2.resize(shown, (round(sw * f3), room), interpolation=cv2.INTER_AREA)
        f2 *= f3
    oy = bars[0] + bars[1] + (room - shown.shape[0]) // 2
    ox = (sw - shown.shape[1]) // 2
    screen[oy : oy + shown.shape[0], ox : ox + shown.shape[1]] = shown
    notes.append(f"screenshot {sw}x{sh}")
    return screen, f1 * f2, f1, (float(ox), float(oy)), notes


def sample(seed: int, *, today: dt.date) -> Shot:
    """One picture and its truth; the same every time for the same seed."""
    for name in FACES:  # never substitute a face: refuse before drawing anything
        try:
            face_path(name)
        except FileNotFoundError as e:
            raise FileNotFoundError(f"{e}; this generator never substitutes a face") from e
    p = plan(seed, today)
    rng = _rng(seed, "picture")
    lo, hi = CAP_PX[p.capture]
    target = rng.uniform(lo, hi)
    notes = [f"capture {p.capture}"]
    if not p.no_mrz:
        notes.append(f"face {p.face.other or 'ocrb'} ({p.face.kind})")
    if p.misprint:
        notes.append(p.misprint)
    if p.capture == "forward":
        photo_cap = rng.uniform(*FORWARD_PHOTO_CAP)
        frame = photo_cap * SCREEN_W / target  # shown at the screen's width: target capitals
        pic, hom, pg, more = _photo(p, rng, photo_cap, frame)
    else:
        pic, hom, pg, more = _photo(p, rng, target)
    notes += more
    quad, cap = _zone_points(pg, hom)
    doc = cv2.perspectiveTransform(
        np.float32([[0, 0], [pg.rgb.shape[1], 0], [pg.rgb.shape[1], pg.rgb.shape[0]],
                    [0, pg.rgb.shape[0]]])[None], hom)[0]  # fmt: skip
    px_mm = pg.k / SUPER
    if p.capture == "drops":
        pic, what = _drops(rng, pic, quad, doc, px_mm)
        notes.append(what)
    elif p.capture == "crack":
        pic, what = _crack(rng, pic)
        notes.append(what)
    quality = int(rng.integers(74, 93))
    jpeg, image = _finish(rng, pic, quality)
    notes.append(f"JPEG {quality}")
    if p.capture == "forward":
        photo = cv2.cvtColor(image, cv2.COLOR_BGR2RGB).astype(np.float32) / 255.0
        screen, scale, _, (ox, oy), more = _screenshot(rng, photo)
        notes += more
        quality = int(rng.integers(80, 91))
        jpeg, image = _jpeg(screen, quality)
        notes.append(f"screenshot JPEG {quality}")
        quad = quad * scale + np.float32([ox, oy])
        cap *= scale
    if len(quad):
        x0, y0 = quad.min(0)
        x1, y1 = quad.max(0)
        assert x0 >= 0 and y0 >= 0 and x1 < image.shape[1] and y1 < image.shape[0], (seed, quad)
    notes.append(f"capitals {cap:.1f} px")
    return Shot(
        seed=seed,
        level=p.capture,
        format=p.fmt,
        lines=p.printed,
        image=image,
        jpeg=jpeg,
        valid=p.valid,
        capture=p.capture,
        font=p.face.other or ("ocrb" if not p.no_mrz else ""),
        face_kind=p.face.kind if not p.no_mrz else "",
        process=p.process,
        cap_px=round(cap, 2),
        mrz_quad=tuple((float(x), float(y)) for x, y in quad),
        notes="; ".join(notes),
    )
