"""A twenty-eighth document-photo generator: a held-out set, scored once by the lead.

Written without running the OCR and without reading its code or its models, without
reading any other generator's body, and without looking at any result. What was read:
bench/bench_mrz.py (the call `sample(seed, today=...)`, FACE_KINDS), the `Sample`
dataclass of tests/documents/synth.py, desktop/documents/mrz.py and layout.py (compose,
parse, the fields of each format), the docstrings and module constants of
bench/mrz_heldout21.py to mrz_heldout27.py (and the capture lists in the tenth's to
twentieth's docstrings), tests/documents/test_mrz_heldout27.py (the test's shape) and
scripts/setup-system.sh. Its rendering code was written fresh for this set: the glyph
setting (Pillow rasterises each glyph once at size 160; its ink is cropped, scaled so that
its face's H is as tall as the zone's capitals, centred in an equal cell of the pitch and
stood where its face puts it against the baseline), the deal (one shuffled deck per quota
and block of seeds), the page, and the capture pipeline (the page drawn at 1.5 times the
picture's scale, smoothed and carried into the picture by a homography; one capture
condition; lens blur, sensor noise, JPEG). Pillow draws the glyphs and the page's text;
OpenCV and numpy do the rest.

It pictures what a Taiwan border counter is handed and leans on four capture conditions
none of the twenty-first's to twenty-seventh's docstrings lists: an old booklet's aged
paper (yellowed, browner towards its edges, foxing spots, its print faded), a phone that
focused on the portrait instead of the zone (a lens's disc-shaped defocus growing away from
the portrait, not a Gaussian), a translucent highlighter stroke an officer drew over one
field of the zone's second line, and the soft shadow of the officer's hand and phone under
a ceiling light with its edge across the zone; and on a fifth that is near kin of the
twentieth's and twenty-third's plastic sleeves (haze, lifted blacks, a sheen): a clear
vinyl holder over the document, here with the light diffused through the milky vinyl,
creases in it and its welded seam round the document. Other near kin: the twentieth's faded
old booklets on yellowed paper (here with foxing and browned edges, the ink faded to
68-85 %), the twenty-second's far-end defocus (here a disc, focused on the portrait), the
thirteenth's to fifteenth's lid and gutter shadows (here a hand's shadow, its penumbra
1-2.5 capitals wide). Photographic, not adversarial: every character stays readable to a
person.

Content. TD3 passports (Taiwan's about two in five: nine-digit numbers from 3 and, as
optional data, the holder's national identification number, a letter, 1 or 2 by sex,
seven digits and a check digit; then Korea's (code PM), Japan's, the US's, India's,
Indonesia's, the UK's, Thailand's, Vietnam's, the Philippines', Malaysia's, Canada's, Hong
Kong's, Macao's, Australia's, Singapore's, France's, New Zealand's and Germany's (D); the
Netherlands' with a nine-digit optional number), TD1 cards (Taiwan resident certificates
drawn with odds 0.55: code "IR", a ten-character UI number (a letter, 8 or 9 by sex, seven
digits, its check) in ICAO's long-number form, which is this set's assumption, not a
quoted specimen; otherwise identity cards of Germany, the Netherlands, Belgium (twelve
digits, long form), Spain, Italy, Poland, France, Portugal, Austria and Sweden, their
number shapes schematic), TD2 crew member certificates ("AC") of Taiwan, Japan, Korea, the
Philippines, Thailand and Indonesia, and visa foils MRV-A and MRV-B (half of them
Taiwan's, then Japan's, the US's, Korea's and Canada's) for holders of other states.
Names come from lists written for this module, per region: Taiwan's in Wade-Giles with two
given syllables, Hong Kong's and Macao's in Cantonese spelling, elsewhere a second given
name one time in five. The truth is what `mrz.compose` makes of `Plan.fields`, every
expiry after the bench's today. Misprints (`valid` False; the truth is then the printed
lines, with ICAO 9303's verdict on them): per block of 200 seeds, 12 MRZs with a check
digit printed as another digit (only where a digit stands) and 8 with a letter of the
names (O, D, Q, I, S, B, Z or G) printed as the digit it looks like. Pages without an MRZ
(`lines` empty, `format` "none", `valid` False), one picture in twenty-five: a visa page
with entry stamps (5 per block) or the front of a resident certificate (3). Formats,
captures, face kinds, hybrid kinds, new faces, blank pages and misprints are dealt, not
drawn: every block of 200 seeds from SEED shuffles decks that hold the quotas exactly;
the print process and all else are drawn per seed.

Sizes. Quoted: ICAO 9303 part 3 (OCR-B size I, a 2.54 mm pitch) and parts 4-7 (ID-1 cards
85.6 by 54 mm with 3.18 mm corners, ID-2 105 by 74, ID-3 pages 125 by 88; visa foils MRV-A
120 by 80 and MRV-B 105 by 74, on a 125 by 88 page). Assumed by this set: a document's
pitch 0.985-1.015 times 2.54 mm; capitals 2.35-2.50 mm tall; baselines 4.0-4.4 mm apart
(TD1 3.7-4.1), the last 4.6-5.4 mm (TD1 3.5-4.2) above the document's lower edge; the zone
centred within 0.7 mm; every glyph moved by a normal 2 % of a capital (s.d.) across and
along; a foil's lower edge 1.5-3 mm above its page's; 2-3.5 mm of cover round a booklet's
page; a vinyl holder 4-7 mm beyond the document on every side, its welded seam 2.5 mm.

Faces, with heldout25's labels and shares (FACE_QUOTA, of the 192 MRZs in a block):
"ocrb" 82 %, OCR-B Regular (fonts-ocr-b); "hybrid" 9 %, an OCR-B MRZ with three to six of
the look-alikes 0 O D 8 B 1 I 5 S 2 Z 6 G that the zone prints (each wherever it stands),
or one of its lines, in a new face; "other" 9 %, the whole MRZ in a new face. The new faces
(Debian 12's apt, 2026-12-07), which no line of scripts/setup-system.sh installed and no
other file under bench/, scripts/ or tests/ names: Quicksand Bold (fonts-quicksand,
Quicksand-Bold.ttf; rounded and geometric), Lato Bold (fonts-lato, Lato-Bold.ttf; a
semi-rounded humanist sans) and Cabin SemiBold (fonts-cabin, Cabin-SemiBold.otf; a
humanist sans in the line of Gill and Johnston). fonts-cabin was installed for this set;
fonts-quicksand and fonts-lato were already on the machine; scripts/setup-system.sh now
lists all three. The three are proportional faces, set here on the fixed pitch: H as tall
as the zone's capitals, each glyph's ink centred in its cell and narrowed to 88 % of the
pitch when it is wider. A missing face raises FileNotFoundError with its package's name;
no face is ever put in its place. The page's labels and data are set in DejaVu Sans.

Print process (drawn per format): passports laser 0.55, inkjet 0.15, engraved 0.30; TD1
engraved 0.75, laser 0.25; TD2 laser 0.70, thermal 0.30; foils inkjet 0.65, thermal 0.35.
Ink (reflectance, times 0.88-1.12 per document): laser black 0.07; inkjet blue-black
(0.10, 0.12, 0.24), spread a little; engraved grey 0.30 with thinner strokes; thermal
brownish (0.42, 0.37, 0.32), paler along the line (to 0.72-0.90 of its strength); every
ink mottled by 15 %.

Captures, dealt by CAPTURE_QUOTA, their capitals aimed at CAP_PX (measured as `cap_px`).
Every picture: the document lies on a desk (wood, grey, dark blue or beige, plain, unevenly
lit) with its drop shadow, turned up to 6 degrees, each corner moved up to 2.5 % of the
document's size (a mild perspective), margins 6-20 % of its size; exposure 0.90-1.05 and a
white balance within 4 % per channel; lens blur 0.35-0.6 px; sensor noise (s.d. 0.008-0.018
in luminance and half as much per channel, stronger in the dark); a mild tone curve (gamma
1/1.15); JPEG 72-92 (4:2:0).
- aged: an old booklet (or card): paper yellowed (green 0.90-0.95, blue 0.72-0.82), browner
  towards its edges (falling off over 4-9 mm), 25-69 foxing spots (0.25-1.6 mm, 10-35 %
  deep, rust brown), anywhere on the page, the zone included; the MRZ's ink at 68-85 % of
  its contrast.
- portrait: the phone focused on the portrait, the page tilted away from the lens: a
  uniform disc (the lens's aperture) blurs the picture, its radius growing linearly with
  the distance from the portrait along the line to the zone: 0.07-0.12 of a capital (times
  0.95-1.15) at the zone, 1.3 times that beyond it.
- marker: a highlighter (yellow, green, pink or orange) stroked over one field of the
  zone's second line (the document number, birth or expiry date; a TD1's birth or expiry
  date), 1.5-1.9 capitals wide, its ends 0.3-1.5 mm past the field, slanted up to 1.5
  degrees, streaked along its length, 75-100 % strong; it multiplies, as a translucent ink
  does, so the characters stay dark under it.
- vinyl: a clear vinyl holder over the document: a milky haze (6-13 %), the light through
  it diffused (35-60 % of it blurred by 0.9-1.6 px), a sheen across it (4-10 %), two to
  four creases in the plastic and its welded seam round the document.
- shadow: the shadow of the officer's hand and phone under a ceiling light: 35-55 % of the
  light taken, its edge (wavy, at 35-145 degrees to the lines) crossing the zone between a
  quarter and three quarters of its length, a penumbra 1.0-2.5 capitals wide, a little
  bluer than the lit part.
Every MRZ lies wholly inside its picture (sample() asserts it). Not modelled here (earlier
sets did them): readers' infrared and ultraviolet light, holograms, glare stripes, thumbs
and fingers, glass partitions, gutters bowing the lines, lens distortion, colour fringes,
screens, faxes, photocopies, rolling shutter and flicker, interlace, messaging apps, creased
paper, dog-ears, clips, stains, strong keystone. The page's labels and portrait are
schematic; the booklet's cover colour follows the issuer's state.

Scored seeds 3 900 000-3 900 199 (today 2026-11-27), as `scored_mix()` counts them on the
plans (nothing rendered; the tests compare it with SCORED_MIX): formats TD3 122 (TWN 47),
TD1 34 (Taiwan resident certificates 15), TD2 10, MRV-A 18, MRV-B 8, no MRZ 8 (visa pages
5, card fronts 3); printed invalid 20 (10.4 % of the 192 MRZs: 12 a check digit, 8 a digit
among letters); captures aged 40, portrait 40, marker 40, vinyl 40, shadow 40; faces (of
the 192 MRZs) ocrb 158 (82.3 %), hybrid 17 (11 with look-alikes, 6 with a line), other 17
(8.9 %); new faces, hybrid or whole, quicksand 12, lato 11, cabin 11; print processes laser
83, inkjet 35, engraved 67, thermal 7. Rendered once (by this code, on this machine; the
tests do not render 200 pictures, they check the draws above): capitals (cap_px) aged
14.6-23.6 px, portrait 15.6-26.0, marker 14.9-24.2, vinyl 15.6-25.5, shadow 15.1-23.7;
pictures from 701x467 to 1718x1377 px by area, none over 1778 px a side; JPEG quality
72-92, under 80 in 80 pictures; every zone inside its picture; the grey level's s.d. 20.9
or more in the zone's box, 51.6 or more over a page without an MRZ. CPU time a picture (2
shared cores, nice, 1-minute load 0.9-2.6 over the run): median 0.56 s, mean 0.60 s, at
most 1.76 s. Seeds 3 900 200-3 900 599 render as well (no assertion fails; capitals
14.1-26.2 px, none over 1887 px a side).

Each seed gives the same picture every time; seeds begin at SEED = 3 900 000.
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
from desktop.documents.mrz import compose
from tests.documents.synth import Sample

T = TypeVar("T")

SEED = 3_900_000
BLOCK = 200

FORMAT_QUOTA = {"TD3": 122, "TD1": 34, "TD2": 10, "MRV-A": 18, "MRV-B": 8, "none": 8}
BLANK_QUOTA = {"visa page": 5, "card front": 3}
CAPTURE_QUOTA = {"aged": 40, "portrait": 40, "marker": 40, "vinyl": 40, "shadow": 40}
CAPTURES = tuple(CAPTURE_QUOTA)
FACE_QUOTA = {"ocrb": 158, "hybrid": 17, "other": 17}  # per 192 MRZs: heldout25's shares
HYBRID_QUOTA = {"glyphs": 11, "line": 6}
NEW_FACE_QUOTA = {"quicksand": 12, "lato": 11, "cabin": 11}
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

FONT_ROOT = Path("/usr/share/fonts")
FACES = {  # the MRZ's faces: label -> (path below FONT_ROOT, the package installing it)
    "ocrb": ("opentype/ocr-b/OCRB.otf", "fonts-ocr-b"),
    "quicksand": ("truetype/quicksand/Quicksand-Bold.ttf", "fonts-quicksand"),
    "lato": ("truetype/lato/Lato-Bold.ttf", "fonts-lato"),
    "cabin": ("opentype/cabin/Cabin-SemiBold.otf", "fonts-cabin"),
}
PAGE_FACES = {"dejavu": ("truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core")}
PACKAGES = ("fonts-quicksand", "fonts-lato", "fonts-cabin")

CAP_PX = {  # the capitals' height (px) each capture aims at; `cap_px` measures it
    "aged": (15.0, 24.0),
    "portrait": (16.0, 25.0),
    "marker": (15.0, 24.0),
    "vinyl": (16.0, 25.0),
    "shadow": (15.0, 24.0),
}
MAX_SIDE = 2000
SUPER = 1.5  # the page is drawn at 1.5 times the picture's scale, then brought down

DOC_MM = {  # width and height (mm) of the page or card that is drawn
    "TD1": (85.6, 54.0), "card front": (85.6, 54.0), "TD2": (105.0, 74.0),
    "TD3": (125.0, 88.0), "visa page": (125.0, 88.0), "MRV-A": (125.0, 88.0),
    "MRV-B": (125.0, 88.0),
}  # fmt: skip
FOIL_MM = {"MRV-B": (105.0, 74.0), "MRV-A": (120.0, 80.0)}  # the visa foil on its page
PITCH_MM = 2.54
CARD_RADIUS_MM = 3.18

SCORED_MIX = {  # scored_mix(2026-11-27); the docstring states it, the tests compare
    "TD3": 122, "TD3 TWN": 47, "TD1": 34, "TD1 TWN": 15, "TD2": 10, "TD2 TWN": 2,
    "MRV-A": 18, "MRV-A TWN": 7, "MRV-B": 8, "MRV-B TWN": 6, "none": 8, "visa page": 5,
    "card front": 3, "invalid": 20,
    "aged": 40, "portrait": 40, "marker": 40, "vinyl": 40, "shadow": 40,
    "face hybrid": 17, "face ocrb": 158, "face other": 17,
    "quicksand": 12, "lato": 11, "cabin": 11,
    "laser": 83, "inkjet": 35, "engraved": 67, "thermal": 7,
}  # fmt: skip


# -- content ---------------------------------------------------------------------------

TW_SURNAMES = (  # noqa: SIM905
    "CHIANG CHIEN CHEN FANG HO HSIAO HSIEH HSU HUANG HUNG KAO KUO LAI LIAO LIN LIU LO LU "
    "PAN PENG SHIH SU SUNG TANG TENG TIEN TSAI TSENG TU WANG WU YANG YEH YU CHANG CHIU "
    "CHOU CHUANG CHENG LI"
).split()
TW_SYLLABLES = (  # noqa: SIM905
    "AN CHE CHEN CHIA CHIEH CHIH CHING CHUN FEN HAN HAO HSIN HSUAN HUA HUI JUNG KAI KUANG "
    "LING LUN MEI MING PEI PO SHAN SHU TING TSUNG TZU WEI WEN YI YU YUEH"
).split()
NAMES = {  # written for this set: surnames, then given names, by region
    "jp": (
        "IKEDA INOUE ITO KATO KIMURA KOBAYASHI MATSUMOTO MORI NAKAMURA SASAKI SATO SHIMIZU "
        "SUZUKI TAKAHASHI TANAKA WATANABE YAMADA YAMAMOTO YOSHIDA HAYASHI",
        "HARUTO YUI SOTA AOI RIKU HINA DAIKI SAKURA KENJI MISAKI TAKUMI NAOKO HIROSHI EMI "
        "SHOTA AYAKA",
    ),
    "kr": (
        "KIM LEE PARK CHOI JUNG KANG CHO YOON JANG LIM HAN OH SEO SHIN KWON HWANG AHN SONG",
        "MINJUN SEOYEON JIHO HAEUN DOYUN SUBIN JIWOO YEJIN HYUNWOO SORA DONGHYUN EUNJI",
    ),
    "vn": (
        "NGUYEN TRAN LE PHAM HOANG PHAN VU DANG BUI DO HO NGO DUONG LY",
        "VAN AN THI HOA MINH DUC THANH HUONG QUOC BAO NGOC LAN TUAN",
    ),
    "ph": (
        "SANTOS REYES CRUZ BAUTISTA OCAMPO GARCIA MENDOZA TORRES TOMAS ANDRADA CASTILLO "
        "FLORES VILLANUEVA RAMOS",
        "JOSE MARIA JUAN ANGELICA MARK KRISTINE RODEL JOY RICARDO LIZA DANILO GRACE",
    ),
    "th": (
        "SRISAI WONGSAWAT CHAIYAPHUM BOONMA SAETANG KAEWKLA THONGDEE RATTANAPORN PHROMMA INTHASORN",
        "SOMCHAI NATTAPONG SIRIPORN KANYA ANAN PRANEE WICHAI ARUNEE THANAKORN MALI",
    ),
    "my": (
        "SANTOSO WIJAYA HIDAYAT SAPUTRA SETIAWAN NUGROHO KURNIAWAN ABDULLAH RAHMAN ISMAIL "
        "HASSAN OTHMAN",
        "ADI SITI DEWI BUDI RINA AGUS NURUL AHMAD FARAH IRFAN AISYAH",
    ),
    "hk": (
        "CHAN WONG LEUNG CHEUNG LAU NG LAM TSANG YIP KWOK TANG FUNG LEUNG MAK CHOW",
        "KA YAN WING SZE CHI HO MAN KIT SIU LUN HIU TUNG WAI KEI",
    ),
    "in": (
        "SHARMA PATEL SINGH KUMAR REDDY IYER NAIR GUPTA DAS MEHTA JOSHI RAO",
        "PRIYA RAHUL ANIL DEEPA ARJUN KAVYA SURESH NEHA VIKRAM LAKSHMI",
    ),
    "en": (
        "SMITH JOHNSON BROWN WILSON TAYLOR ANDERSON THOMPSON WHITE HARRIS CLARKE LEWIS "
        "ROBINSON WALKER YOUNG ALLEN KING WRIGHT SCOTT GREEN BAKER",
        "JAMES OLIVIA DAVID EMMA DANIEL SOPHIE GEORGE CHLOE SAMUEL GRACE BENJAMIN ISABEL "
        "OSCAR RUBY",
    ),
    "eu": (
        "MUELLER SCHMIDT SCHNEIDER FISCHER DUBOIS MOREAU LEFEBVRE DE<VRIES JANSEN PEETERS "
        "GARCIA LOPEZ ROSSI BIANCHI KOWALSKI NOWAK SILVA GRUBER LINDQVIST",
        "LUKAS ANNA JONAS MARIE HUGO CLARA SEM ELISE PABLO LUCIA MARCO GIULIA PIOTR ZOFIA "
        "JOAO INES ELIAS FREJA",
    ),
}
REGION = {
    "JPN": "jp", "KOR": "kr", "VNM": "vn", "PHL": "ph", "THA": "th", "IDN": "my",
    "MYS": "my", "SGP": "en", "HKG": "hk", "MAC": "hk", "IND": "in", "USA": "en",
    "GBR": "en", "CAN": "en", "AUS": "en", "NZL": "en", "D": "eu", "FRA": "eu",
    "NLD": "eu", "BEL": "eu", "ESP": "eu", "ITA": "eu", "POL": "eu", "PRT": "eu",
    "AUT": "eu", "SWE": "eu", "TWN": "tw",
}  # fmt: skip
# Number shapes (A a letter, 9 a digit, X either, G Germany's letters and digits): schematic.
NUMBER = {
    "TWN": "399999999", "JPN": "AA9999999", "KOR": "M99999999", "USA": "599999999",
    "VNM": "C9999999", "PHL": "P9999999A", "THA": "AA9999999", "IDN": "A9999999",
    "MYS": "A99999999", "SGP": "E9999999A", "HKG": "K99999999", "MAC": "MA9999999",
    "IND": "A9999999", "GBR": "999999999", "D": "CGGGGGGGG", "FRA": "99AA99999",
    "NLD": "AAXXXXXX9", "CAN": "AA999999", "AUS": "PA9999999", "NZL": "LA999999",
}  # fmt: skip
CARD_NUMBER = {
    "D": "LGGGGGGGG", "NLD": "AAXXXXXX9", "BEL": "999999999999", "ESP": "AAA999999",
    "ITA": "CA99999AA", "POL": "AAA999999", "FRA": "XXXXXXXXX", "PRT": "99999999",
    "AUT": "9999999", "SWE": "99999999",
}  # fmt: skip
PASSPORT_STATES = (
    ("TWN", 42), ("JPN", 9), ("KOR", 7), ("USA", 6), ("VNM", 5), ("PHL", 5), ("THA", 4),
    ("IDN", 4), ("MYS", 3), ("SGP", 2), ("HKG", 2), ("MAC", 1), ("IND", 2), ("GBR", 2),
    ("D", 1), ("FRA", 1), ("NLD", 1), ("CAN", 1), ("AUS", 1), ("NZL", 1),
)  # fmt: skip
RESIDENT_NATIONS = ("VNM", "IDN", "PHL", "THA", "JPN", "USA", "MYS", "IND", "KOR", "GBR")
CREW_STATES = ("TWN", "JPN", "KOR", "PHL", "THA", "IDN")
VISA_STATES = (("TWN", 50), ("JPN", 15), ("USA", 15), ("KOR", 10), ("CAN", 10))
VISA_HOLDERS = ("VNM", "IDN", "PHL", "THA", "IND", "MYS", "KOR", "JPN", "USA", "GBR", "D")
TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # the identification number's letters, 10..35
DE_POOL = "0123456789CFGHJKLMNPRTVWXYZ"  # Germany's document numbers draw from these


def _one(rng: np.random.Generator, items: Sequence[T]) -> T:
    return items[int(rng.integers(len(items)))]


def taiwan_number(rng: np.random.Generator, second: str) -> str:
    """A Taiwan identification (or resident UI) number: a letter, `second` (1 or 2 by sex
    for citizens, 8 or 9 for residents), seven digits and the check digit."""
    letter = _one(rng, TW_LETTERS)
    number = second + "".join(_one(rng, "0123456789") for _ in range(7))
    tens, units = divmod(TW_LETTERS.index(letter) + 10, 10)
    # The letter's value counts its tens once and its units nine times; then 8, 7 ... 1.
    weighted = tens + 9 * units + sum((8 - i) * int(c) for i, c in enumerate(number))
    return f"{letter}{number}{-weighted % 10}"


def _shape(rng: np.random.Generator, pattern: str) -> str:
    pools = {
        "A": "ABCDEFGHJKLMNPRSTUVWXYZ",
        "9": "0123456789",
        "X": "ABCDEFGHJKLMNPRSTUVWXYZ0123456789",
        "G": DE_POOL,
    }
    return "".join(_one(rng, pools[c]) if c in pools else c for c in pattern)


def _weighted(rng: np.random.Generator, table: tuple[tuple[str, int], ...]) -> str:
    """One key of `table`, drawn in proportion to its weight."""
    cum = np.cumsum([w for _, w in table])
    return table[int(np.searchsorted(cum, rng.random() * cum[-1], side="right"))][0]


def _person(rng: np.random.Generator, nation: str) -> tuple[str, str]:
    """(surname, given names) in MRZ form for a holder of `nation`."""
    region = REGION[nation]
    if region == "tw":  # Wade-Giles: a surname, two given syllables
        first, second = rng.permutation(len(TW_SYLLABLES))[:2]
        return _one(rng, TW_SURNAMES), f"{TW_SYLLABLES[first]} {TW_SYLLABLES[second]}"
    surnames, givens = NAMES[region][0].split(), NAMES[region][1].split()
    names = [_one(rng, givens) for _ in range(2 if rng.random() < 0.2 else 1)]
    return _one(rng, surnames).replace("<", " "), " ".join(names)


def _yymmdd(day: dt.date) -> str:
    return f"{day:%y%m%d}"


def _document_fields(rng: np.random.Generator, fmt: str, today: dt.date) -> dict[str, str]:
    """compose()'s arguments for one document of `fmt` (valid until after `today`)."""
    sex = "MF"[int(rng.integers(2))]
    if fmt == "TD3":
        state = _weighted(rng, PASSPORT_STATES)
        nation, code, number = state, "PM" if state == "KOR" else "P", _shape(rng, NUMBER[state])
        optional = taiwan_number(rng, "1" if sex == "M" else "2") if state == "TWN" else ""
        if state == "NLD":
            optional = _shape(rng, "999999999")
        years = 10
    elif fmt == "TD1":
        if rng.random() < 0.55:  # a Taiwan resident certificate for a foreign holder
            state, code = "TWN", "IR"
            nation = _one(rng, RESIDENT_NATIONS)
            number = taiwan_number(rng, "8" if sex == "M" else "9")
        else:
            state = _one(rng, list(CARD_NUMBER))
            nation, code, number = state, "ID", _shape(rng, CARD_NUMBER[state])
        optional, years = "", 5
    elif fmt == "TD2":
        state = _one(rng, CREW_STATES)
        nation, code, number = state, "AC", _shape(rng, "AA999999")
        optional, years = "", 5
    else:
        state = _weighted(rng, VISA_STATES)
        nation = _one(rng, [n for n in VISA_HOLDERS if n != state])
        code, number, optional, years = "V", _shape(rng, "X99999999"), "", 2
    surname, given = _person(rng, nation)
    age = float(rng.uniform(18.0, 78.0))  # years
    left = float(rng.uniform(0.06, years))  # years of validity left
    born = today - dt.timedelta(days=round(age * 365.25))
    expires = today + dt.timedelta(days=round(left * 365.25))
    return {
        "document_code": code,
        "issuing_state": state,
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nation,
        "birth_date": _yymmdd(born),
        "sex": sex,
        "expiry_date": _yymmdd(expires),
        "optional_data": optional,
    }


# -- the deal ----------------------------------------------------------------------------


@functools.cache
def _deck(block: int, name: str, quota: tuple[tuple[str, int], ...]) -> tuple[str, ...]:
    """The quota's items in an order fixed by the block and the deck's name."""
    items = [k for k, n in quota for _ in range(n)]
    order = np.random.default_rng([SEED, block % (1 << 32), zlib.crc32(name.encode())]).permutation(
        len(items)
    )
    return tuple(items[int(i)] for i in order)


def _dealt(block: int, name: str, quota: dict[str, int], index: int) -> str:
    return _deck(block, name, tuple(quota.items()))[index]


@dataclasses.dataclass(frozen=True)
class FacePlan:
    kind: str  # "ocrb", "hybrid" or "other" (bench_mrz.FACE_KINDS)
    other: str = ""  # the new face, "" for OCR-B alone
    glyphs: str = ""  # a hybrid's look-alikes from the new face
    line: int = -1  # a hybrid's line from the new face

    def face(self, line: int, ch: str) -> str:
        """The face a character of the zone is set in."""
        if self.kind == "hybrid":
            swapped = ch in self.glyphs if self.glyphs else line == self.line
        else:
            swapped = self.kind == "other"
        return self.other if swapped else "ocrb"

    @property
    def label(self) -> str:
        """The face's name for the bench's table: "ocrb", the new face, or OCR-B with what
        the new face printed."""
        if self.kind != "hybrid":
            return self.other or "ocrb"
        part = f"look-alikes {self.glyphs}" if self.glyphs else f"line {self.line + 1}"
        return f"ocrb with {self.other} ({part})"


@dataclasses.dataclass(frozen=True)
class Plan:
    seed: int
    fmt: str  # an MRZ format or "none"
    blank: str  # "visa page" or "card front" when fmt is "none", else ""
    capture: str
    face: FacePlan
    process: str
    fields: tuple[tuple[str, str], ...]
    composed: tuple[str, ...]
    printed: tuple[str, ...]
    valid: bool
    misprint: str

    @property
    def no_mrz(self) -> bool:
        return self.fmt == "none"


def _with_error(
    kind: str, fmt: str, mrz: tuple[str, ...], rng: np.random.Generator
) -> tuple[list[str], str]:
    """The MRZ with one misprint of `kind` ("check": a check digit printed as another
    digit; "letters": a name's letter printed as the digit it resembles) and what it is;
    no lines when the names hold no such letter."""
    lay = layout.layout(fmt)
    if kind == "check":
        chk = _one(rng, [c for c in lay.checks if mrz[c.line][c.pos] in layout.DIGITS])
        row, col = chk.line, chk.pos
        printed = str((int(mrz[row][col]) + 1 + int(rng.integers(9))) % 10)
        said = f"invalid as printed: check digit {chk.name} {mrz[row][col]}->{printed}"
    else:
        names = lay.field("names")
        where = [k for k in range(names.start, names.stop) if mrz[names.line][k] in DIGIT_FOR]
        if not where:
            return [], ""
        row, col = names.line, _one(rng, where)
        printed = DIGIT_FOR[mrz[row][col]]
        said = f"invalid as printed: {mrz[row][col]}->{printed} in the names"
    out = list(mrz)
    out[row] = out[row][:col] + printed + out[row][col + 1 :]
    return out, said


def plan(seed: int, today: dt.date) -> Plan:
    """What seed `seed` pictures: the dealt quotas, then this seed's own draws."""
    block, index = divmod(seed - SEED, BLOCK)
    fmts = _deck(block, "format", tuple(FORMAT_QUOTA.items()))
    fmt = fmts[index]
    capture = _dealt(block, "capture", CAPTURE_QUOTA, index)
    rng = np.random.default_rng([seed, 28])
    if fmt == "none":
        nth = fmts[:index].count("none")
        blank = _dealt(block, "blank", BLANK_QUOTA, nth)
        return Plan(seed, fmt, blank, capture, FacePlan("ocrb"), "", (), (), (), False, "")
    slot = index - fmts[:index].count("none")  # among the block's MRZs
    kinds = _deck(block, "face", tuple(FACE_QUOTA.items()))
    kind = kinds[slot]
    error = _dealt(block, "misprint", MISPRINT_QUOTA, slot)
    for _ in range(100):  # a names misprint wants a letter that looks like a digit
        args = _document_fields(rng, fmt, today)
        truth = compose(fmt, **args)  # type: ignore[arg-type]
        lines, what = _with_error(error, fmt, truth, rng) if error else (list(truth), "")
        if lines:
            break
    else:
        raise RuntimeError(f"seed {seed}: no name with a letter to misprint")
    face = FacePlan("ocrb")
    if kind != "ocrb":
        new = _dealt(block, "new face", NEW_FACE_QUOTA, slot - kinds[:slot].count("ocrb"))
        nth = kinds[:slot].count("hybrid")
        if kind == "other":
            face = FacePlan(kind="other", other=new)
        elif _dealt(block, "hybrid", HYBRID_QUOTA, nth) == "line":
            face = FacePlan(kind="hybrid", other=new, line=int(rng.integers(len(lines))))
        else:  # three to six look-alikes the zone prints, each wherever it stands
            printed_chars = set("".join(lines))
            there = [c for c in LOOKALIKES if c in printed_chars]
            keep = rng.permutation(len(there))[: int(rng.integers(3, 7))]
            chosen = "".join(there[i] for i in sorted(keep))
            face = FacePlan(kind="hybrid", other=new, glyphs=chosen)
    odds = PROCESS_ODDS["MRV" if fmt.startswith("MRV") else fmt]
    process = _weighted(rng, tuple((k, round(100 * v)) for k, v in odds.items()))
    return Plan(
        seed=seed,
        fmt=fmt,
        blank="",
        capture=capture,
        face=face,
        process=process,
        fields=tuple(args.items()),
        composed=truth,
        printed=tuple(lines),
        valid=not error,
        misprint=what,
    )


def scored_mix(today: dt.date) -> dict[str, int]:
    """What the 200 scored seeds hold, counted on their plans (nothing rendered)."""
    counts: Counter[str] = Counter()
    for p in (plan(s, today) for s in range(SEED, SEED + BLOCK)):
        counts.update([p.fmt, p.capture])
        if p.no_mrz:
            counts[p.blank] += 1
        else:
            counts.update([p.process, "face " + p.face.kind])
            counts.update([p.face.other] if p.face.other else [])
            counts["invalid"] += not p.valid
            counts[p.fmt + " TWN"] += dict(p.fields)["issuing_state"] == "TWN"
    return {k: n for k, n in counts.items() if n > 0}


# -- faces and glyph setting ---------------------------------------------------------------


def face_path(name: str) -> Path:
    """The face's file. A set is defined by its faces: when the file is missing this
    raises FileNotFoundError naming the Debian package, and nothing stands in for it."""
    rel, package = {**FACES, **PAGE_FACES}[name]
    path = FONT_ROOT / rel
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} is missing: install {package} (scripts/setup-system.sh lists it); "
            f"bench/mrz_heldout28.py never substitutes a face for {name!r}"
        )
    return path


@functools.cache
def font(name: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(face_path(name).as_posix(), px)


REF_SIZE = 160  # the size (px) every MRZ glyph is rasterised at, once


@dataclasses.dataclass(frozen=True)
class Ink:
    """A glyph's ink at REF_SIZE, in units of its face's H: `mask` (0..1), `h_px` (H's
    ink height in the raster) and `top` (the ink's top above the baseline, in H)."""

    mask: np.ndarray
    h_px: float
    top: float


@functools.cache
def _h_height(name: str) -> float:
    """H's ink height in pixels at REF_SIZE, from the font's own raster."""
    _, y0, _, y1 = font(name, REF_SIZE).getbbox("H", anchor="ls")
    return float(y1 - y0)


@functools.cache
def glyph(name: str, ch: str) -> Ink:
    f = font(name, REF_SIZE)
    x0, y0, x1, y1 = f.getbbox(ch, anchor="ls")  # relative to the baseline's left end
    img = Image.new("L", (x1 - x0 + 4, y1 - y0 + 4), 0)
    ImageDraw.Draw(img).text((2 - x0, 2 - y0), ch, font=f, fill=255, anchor="ls")
    mask = np.asarray(img, dtype=np.float32) * (1 / 255)
    rows = np.flatnonzero(mask.max(1) > 0.02)
    cols = np.flatnonzero(mask.max(0) > 0.02)
    if not len(rows):
        raise ValueError(f"{name} draws no ink for {ch!r}")
    mask = mask[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    h = _h_height(name)
    top_px = (2 - y0) - rows[0]  # the baseline's row minus the ink's first row
    return Ink(np.ascontiguousarray(mask), h, top_px / h)


def set_line(
    canvas: np.ndarray,
    text: str,
    faces: list[str],
    x0: float,
    baseline: float,
    pitch: float,
    cap: float,
    shifts: np.ndarray | None = None,
) -> None:
    """Adds the line's ink to `canvas` (float, 0..1): every glyph scaled so that its face's
    H is `cap` tall, its ink centred in its cell of `pitch` (narrowed to 88 % of the pitch
    when wider) and standing where its face puts it against the baseline; `shifts` moves
    each glyph by (dx, dy) px."""
    assert len(faces) == len(text)
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        g = glyph(faces[i], ch)
        s = cap / g.h_px
        h, w = g.mask.shape
        sw = min(w * s, 0.88 * pitch)
        sh = h * s
        dx, dy = (0.0, 0.0) if shifts is None else shifts[i]
        cx = x0 + (i + 0.5) * pitch + dx
        top = baseline - g.top * cap + dy
        ow, oh = max(1, round(sw)), max(1, round(sh))
        ink = cv2.resize(g.mask, (ow, oh), interpolation=cv2.INTER_AREA)
        left, upper = round(cx - ow / 2), round(top)
        ya, xa = max(upper, 0), max(left, 0)
        yb, xb = min(upper + oh, canvas.shape[0]), min(left + ow, canvas.shape[1])
        if ya >= yb or xa >= xb:
            continue
        part = ink[ya - upper : yb - upper, xa - left : xb - left]
        np.maximum(canvas[ya:yb, xa:xb], part, out=canvas[ya:yb, xa:xb])


# -- the page ------------------------------------------------------------------------------

INK = {  # the ink's reflectance per print process: red, green, blue
    "laser": (0.07, 0.07, 0.08),
    "inkjet": (0.10, 0.12, 0.24),
    "engraved": (0.30, 0.30, 0.31),
    "thermal": (0.42, 0.37, 0.32),
}
COVERS = {  # booklet cover colours (RGB reflectance)
    "green": (0.10, 0.28, 0.18), "navy": (0.08, 0.10, 0.25), "maroon": (0.32, 0.07, 0.10),
    "red": (0.50, 0.08, 0.08), "blue": (0.10, 0.20, 0.42), "black": (0.07, 0.07, 0.08),
}  # fmt: skip
COVER_OF = {  # the booklet's cover by issuer (Taiwan's green where none)
    "AUS": "navy", "CAN": "navy", "D": "maroon", "FRA": "maroon", "GBR": "blue",
    "HKG": "navy", "IDN": "green", "IND": "navy", "JPN": "red", "KOR": "navy",
    "MAC": "green", "MYS": "maroon", "NLD": "maroon", "NZL": "black", "PHL": "maroon",
    "SGP": "red", "THA": "maroon", "TWN": "green", "USA": "navy", "VNM": "green",
}  # fmt: skip
TINTS = ((0.93, 0.96, 0.90), (0.92, 0.94, 0.98), (0.98, 0.94, 0.93), (0.96, 0.95, 0.89))
TITLES = {
    "TD3": "PASSPORT", "TD1": "RESIDENT CERTIFICATE", "TD2": "CREW MEMBER CERTIFICATE",
    "MRV-A": "VISA", "MRV-B": "VISA", "visa page": "VISAS", "card front": "RESIDENT CERTIFICATE",
}  # fmt: skip


@dataclasses.dataclass
class Sheet:
    """The drawn object (a booklet open at its page, or a card), in its own pixels."""

    rgb: np.ndarray  # float32 reflectance, H x W x 3
    alpha: np.ndarray  # float32, 1 on the object
    doc_box: tuple[float, float, float, float]  # the page or card (x0, y0, x1, y1)
    zone: np.ndarray  # the MRZ's corners (4 x 2), empty without an MRZ
    end_cells: list[tuple[float, float, float]]  # (x, baseline, cap) of the end cells
    portrait: tuple[float, float]  # its centre
    stripe: tuple[float, float, float, float]  # a field of line 2 (or a data line)


def _text(draw: ImageDraw.ImageDraw, xy: tuple[float, float], s: str, size: float) -> float:
    f = font("dejavu", max(6, round(size)))
    draw.text(xy, s, font=f, fill=255)
    return float(f.getlength(s))


def _fill(rgb: np.ndarray, mask: np.ndarray, colour: tuple[float, ...], k: float = 1.0) -> None:
    """Prints `colour` through `mask` (0..1) on `rgb`, multiplying as ink does."""
    a = (mask * k)[..., None]
    rgb *= 1 - a * (1 - np.asarray(colour, np.float32))


def _sheet(p: Plan, rng: np.random.Generator, ppm: float, fade: float, notes: list[str]) -> Sheet:
    """Draws the document at `ppm` pixels a millimetre: page, print and MRZ (its ink's
    contrast times `fade`)."""
    f = dict(p.fields)
    kind = p.fmt if not p.no_mrz else p.blank
    dw, dh = DOC_MM[kind]
    booklet = kind in ("TD3", "MRV-A", "MRV-B", "visa page")
    rim = float(rng.uniform(2.0, 3.5)) if booklet else 0.0
    W, H = round((dw + 2 * rim) * ppm), round((dh + 2 * rim) * ppm)
    ox, oy = rim * ppm, rim * ppm
    rgb = np.empty((H, W, 3), np.float32)
    alpha = np.zeros((H, W), np.float32)
    state = f.get("issuing_state", "TWN")
    if booklet:
        cover = COVERS[COVER_OF.get(state, "green")]
        rgb[:] = np.asarray(cover, np.float32) * float(rng.uniform(0.85, 1.1))
        alpha[:] = 1
    else:  # a card: ID-1's (or ID-2's) rounded corners
        rgb[:] = 0.5
        card = Image.new("L", (W, H), 0)
        ImageDraw.Draw(card).rounded_rectangle((0, 0, W - 1, H - 1), CARD_RADIUS_MM * ppm, 255)
        alpha[:] = np.asarray(card, dtype=np.float32) * (1 / 255)
    # The page or card: a tint, a fine wave pattern, the print.
    x0, y0, x1, y1 = round(ox), round(oy), round(ox + dw * ppm), round(oy + dh * ppm)
    tint = np.asarray(TINTS[int(rng.integers(len(TINTS)))], np.float32)
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32) / ppm
    period, phase = float(rng.uniform(1.2, 2.2)), float(rng.uniform(0, 6.3))
    wave = np.sin((xx + 3.0 * np.sin(yy / 9.0 + phase)) / period * 2 * np.pi)
    page = tint * (1 - 0.035 * (wave[..., None] > 0.6))
    page = page * (1 + 0.012 * rng.standard_normal(page.shape[:2]).astype(np.float32))[..., None]
    rgb[y0:y1, x0:x1] = page
    # Labels and data (DejaVu Sans), the portrait's box.
    text = Image.new("L", (W, H), 0)
    labels = Image.new("L", (W, H), 0)
    draw, ldraw = ImageDraw.Draw(text), ImageDraw.Draw(labels)
    mm = ppm
    title = TITLES[kind] if kind != "TD1" or state == "TWN" else "IDENTITY CARD"
    _text(draw, (ox + 6 * mm, oy + 3 * mm), title, 3.2 * mm)
    _text(ldraw, (ox + dw * mm * 0.55, oy + 3.5 * mm), f"{state}", 2.4 * mm)
    portrait_box = (ox + 5 * mm, oy + 12 * mm, ox + (5 + 0.26 * dw) * mm, oy + 0.62 * dh * mm)
    if kind == "visa page":
        portrait_box = (ox + 8 * mm, oy + 12 * mm, ox + 30 * mm, oy + 40 * mm)
    px0, py0, px1, py1 = portrait_box
    lines_y: list[tuple[float, float, float, float]] = []
    tx = px1 + 5 * mm
    if kind == "card front":  # a resident certificate's front: its holder, no MRZ
        nation = RESIDENT_NATIONS[int(rng.integers(len(RESIDENT_NATIONS)))]
        sur, given = _person(rng, nation)
        y, m, d = (int(rng.integers(a, b)) for a, b in ((50, 100), (1, 13), (1, 29)))
        born = f"{y:02d}{m:02d}{d:02d}"
        f = {"surname": sur, "given_names": given, "nationality": nation, "birth_date": born}
        f["document_number"] = taiwan_number(rng, "8" if rng.random() < 0.5 else "9")
    values = [f.get(k, "") for k in ("surname", "given_names", "nationality", "birth_date")]
    values.append(f.get("document_number", ""))
    row = 2.0 * mm if kind in ("TD1", "card front") else 2.4 * mm
    yline = py0
    heads = ("NAME", "GIVEN NAMES", "NATIONALITY", "BORN", "NO.")
    for label, value in zip(heads, values, strict=True):
        if kind in ("visa page",):
            break
        _text(ldraw, (tx, yline), label, row * 0.55)
        w = _text(draw, (tx, yline + row * 0.6), value, row * 0.85)
        lines_y.append((tx, yline + row * 0.6, tx + w, yline + row * 1.5))
        yline += row * 1.7
    label_ink = np.asarray(labels, np.float32) / 255.0
    data_ink = np.asarray(text, np.float32) / 255.0
    _fill(rgb, label_ink, (0.45, 0.30, 0.35))
    _fill(rgb, data_ink, (0.12, 0.12, 0.14))
    if kind != "visa page":  # a portrait: a grey backdrop, a head and shoulders
        face_img = np.zeros((H, W), np.float32)
        cv2.rectangle(face_img, (round(px0), round(py0)), (round(px1), round(py1)), 0.25, -1)
        cx, cy = (px0 + px1) / 2, py0 + 0.42 * (py1 - py0)
        hw = 0.28 * (px1 - px0)
        cv2.ellipse(
            face_img, (round(cx), round(cy)), (round(hw), round(hw * 1.3)), 0, 0, 360, 0.55, -1
        )
        cv2.ellipse(
            face_img,
            (round(cx), round(py1)),
            (round(2.2 * hw), round(1.6 * hw)),
            0,
            180,
            360,
            0.7,
            -1,
        )
        face_img = cv2.GaussianBlur(face_img, (0, 0), 0.25 * mm)
        _fill(rgb, face_img, (0.45, 0.38, 0.33))
    else:  # entry stamps in dye inks
        for _ in range(2 + int(rng.integers(3))):
            sx = float(rng.uniform(ox + 15 * mm, ox + (dw - 20) * mm))
            sy = float(rng.uniform(oy + 15 * mm, oy + (dh - 15) * mm))
            stamp = Image.new("L", (W, H), 0)
            sd = ImageDraw.Draw(stamp)
            r = float(rng.uniform(9, 14)) * mm
            sd.rounded_rectangle((sx - r, sy - 0.6 * r, sx + r, sy + 0.6 * r), 2 * mm, None, 255, 4)
            _text(sd, (sx - 0.8 * r, sy - 0.3 * r), "TAOYUAN", 2.2 * mm)
            _text(
                sd,
                (sx - 0.8 * r, sy + 0.05 * r),
                f"{int(rng.integers(1, 28)):02d} NOV 2026",
                2 * mm,
            )
            colour = ((0.35, 0.45, 0.85), (0.85, 0.35, 0.45), (0.35, 0.7, 0.45))[
                int(rng.integers(3))
            ]
            smask = np.asarray(
                stamp.rotate(float(rng.uniform(-20, 20)), center=(sx, sy)), np.float32
            )
            _fill(rgb, smask / 255.0, colour, float(rng.uniform(0.6, 0.9)))
        lines_y.append((ox + 20 * mm, oy + 60 * mm, ox + 60 * mm, oy + 63 * mm))
    portrait = ((px0 + px1) / 2, (py0 + py1) / 2)
    stripe = lines_y[int(rng.integers(len(lines_y)))]
    zone = np.zeros((0, 2), np.float32)
    end_cells: list[tuple[float, float, float]] = []
    if not p.no_mrz:
        zone, end_cells, stripe = _mrz(p, rng, rgb, (ox, oy, dw, dh), ppm, fade, notes)
    box = (ox, oy, ox + dw * ppm, oy + dh * ppm)
    return Sheet(rgb, alpha, box, zone, end_cells, portrait, stripe)


def _mrz(
    p: Plan,
    rng: np.random.Generator,
    rgb: np.ndarray,
    where: tuple[float, float, float, float],
    ppm: float,
    fade: float,
    notes: list[str],
) -> tuple[np.ndarray, list[tuple[float, float, float]], tuple[float, float, float, float]]:
    """Prints the zone (on its foil for a visa); returns its corners, its end cells and the
    box of one field of its second line (where an officer might mark it)."""
    ox, oy, dw, dh = where
    lay = layout.layout(p.fmt)
    if p.fmt.startswith("MRV"):  # the foil sits low on the visa page, centred
        fw, fh = FOIL_MM[p.fmt]
        fx = ox + (dw - fw) / 2 * ppm
        fy = oy + (dh - fh - float(rng.uniform(1.5, 3.0))) * ppm
        foil = np.zeros(rgb.shape[:2], np.float32)
        cv2.rectangle(
            foil, (round(fx), round(fy)), (round(fx + fw * ppm), round(fy + fh * ppm)), 1.0, -1
        )
        _fill(rgb, cv2.GaussianBlur(foil, (0, 0), 0.3 * ppm), (0.93, 0.90, 0.97), 0.6)
        ox, oy, dw, dh = fx, fy, fw, fh
    pitch = PITCH_MM * float(rng.uniform(0.985, 1.015)) * ppm
    cap = float(rng.uniform(2.35, 2.5)) * ppm
    gap = float(rng.uniform(3.7, 4.1) if p.fmt == "TD1" else rng.uniform(4.0, 4.4)) * ppm
    last = float(rng.uniform(3.5, 4.2) if p.fmt == "TD1" else rng.uniform(4.6, 5.4)) * ppm
    x0 = ox + dw * ppm / 2 - lay.width * pitch / 2 + float(rng.uniform(-0.7, 0.7)) * ppm
    bottom = oy + dh * ppm - last
    baselines = [bottom - (lay.lines - 1 - i) * gap for i in range(lay.lines)]
    # The clear band the zone is printed on.
    band = np.zeros(rgb.shape[:2], np.float32)
    cv2.rectangle(
        band,
        (round(ox + 1.5 * ppm), round(baselines[0] - cap - 2 * ppm)),
        (round(ox + dw * ppm - 1.5 * ppm), round(bottom + 2 * ppm)),
        1.0,
        -1,
    )
    rgb[:] = rgb * (1 - 0.6 * band[..., None]) + 0.6 * band[..., None] * np.float32(0.97)
    cover = np.zeros(rgb.shape[:2], np.float32)
    for i, text in enumerate(p.printed):
        faces = [p.face.face(i, c) for c in text]
        shifts = rng.normal(0, 0.02 * cap, (len(text), 2))
        set_line(cover, text, faces, x0, baselines[i], pitch, cap, shifts)
    ink = INK[p.process]
    tone = np.float32(rng.uniform(0.88, 1.12))
    colour = tuple(min(0.9, c * float(tone)) for c in ink)
    if p.process == "inkjet":  # the ink spreads into the paper
        cover = cv2.GaussianBlur(cover, (0, 0), 0.035 * cap)
        cover = np.clip(cover * 1.15, 0, 1)
    elif p.process == "engraved":  # thinner strokes
        cover = np.clip((cover - 0.25) / 0.75, 0, 1)
    elif p.process == "thermal":  # fading along the line and in patches
        along = np.linspace(1.0, float(rng.uniform(0.72, 0.9)), rgb.shape[1], dtype=np.float32)
        cover = cover * along[None, :]
    mottle = cv2.GaussianBlur(
        rng.standard_normal(cover.shape).astype(np.float32), (0, 0), 0.12 * cap
    )
    mottle = 1 - 0.15 * np.clip(mottle / (mottle.std() + 1e-6), -2, 2) / 2
    _fill(rgb, np.clip(cover * mottle, 0, 1), colour, fade)
    zone = np.array(
        [
            [x0, baselines[0] - cap],
            [x0 + lay.width * pitch, baselines[0] - cap],
            [x0 + lay.width * pitch, baselines[-1]],
            [x0, baselines[-1]],
        ],
        np.float32,
    )
    ends = [
        (x0 + 0.5 * pitch, baselines[0], cap),
        (x0 + (lay.width - 0.5) * pitch, baselines[0], cap),
        (x0 + 0.5 * pitch, baselines[-1], cap),
        (x0 + (lay.width - 0.5) * pitch, baselines[-1], cap),
    ]
    names = (
        ("birth_date", "expiry_date")
        if p.fmt == "TD1"
        else ("document_number", "birth_date", "expiry_date")
    )
    fld = lay.field(names[int(rng.integers(len(names)))])
    stripe = (
        x0 + fld.start * pitch,
        baselines[1] - cap,
        x0 + fld.stop * pitch,
        baselines[1],
    )
    notes.append(f"pitch {pitch / ppm:.3f} mm, capitals {cap / ppm:.2f} mm")
    return zone, ends, stripe


# -- the captures ---------------------------------------------------------------------------


def _aged(
    rgb: np.ndarray, rng: np.random.Generator, ppm: float, box: tuple[float, ...], notes: list[str]
) -> None:
    """An old booklet: the paper yellowed (browner towards its edges), foxing spots."""
    h, w = rgb.shape[:2]
    x0, y0, x1, y1 = map(round, box)
    yellow = np.array(
        [1.0, float(rng.uniform(0.90, 0.95)), float(rng.uniform(0.72, 0.82))], np.float32
    )
    xx, yy = _coords(h, w)
    edge = np.minimum.reduce([xx - x0, x1 - xx, yy - y0, y1 - yy]) / ppm
    brown = np.exp(-np.clip(edge, 0, None) / float(rng.uniform(4, 9)))[..., None] * 0.12
    rgb *= yellow * (1 - brown * np.array([0.2, 0.5, 1.0], np.float32))
    n = int(rng.integers(25, 70))
    spots = np.zeros((h, w), np.float32)
    for _ in range(n):
        cx, cy = float(rng.uniform(x0, x1)), float(rng.uniform(y0, y1))
        r = float(rng.uniform(0.25, 1.6)) * ppm
        depth = float(rng.uniform(0.10, 0.35))
        cv2.ellipse(
            spots,
            (round(cx), round(cy)),
            (max(1, round(r)), max(1, round(r * rng.uniform(0.6, 1.0)))),
            float(rng.uniform(0, 180)),
            0,
            360,
            depth,
            -1,
            cv2.LINE_AA,
        )
    spots = cv2.GaussianBlur(spots, (0, 0), 0.25 * ppm)
    _fill(rgb, np.clip(spots, 0, 0.4), (0.55, 0.32, 0.15))
    notes.append(f"aged paper, foxing spots {n}")


def _marker(
    rgb: np.ndarray,
    rng: np.random.Generator,
    ppm: float,
    box: tuple[float, ...],
    cap: float,
    notes: list[str],
) -> None:
    """A highlighter stroke along one field: translucent, streaked, ragged at its ends."""
    h, w = rgb.shape[:2]
    colours = {
        "yellow": (1.0, 0.97, 0.30),
        "green": (0.62, 1.0, 0.42),
        "pink": (1.0, 0.55, 0.80),
        "orange": (1.0, 0.78, 0.40),
    }
    name = list(colours)[int(rng.integers(len(colours)))]
    x0, top, x1, base = box
    mid = (top + base) / 2 + float(rng.uniform(-0.1, 0.1)) * cap
    half = float(rng.uniform(0.75, 0.95)) * cap
    left = x0 - float(rng.uniform(0.3, 1.5)) * ppm
    right = x1 + float(rng.uniform(0.3, 1.5)) * ppm
    slope = math.tan(math.radians(float(rng.uniform(-1.5, 1.5))))
    xx, yy = _coords(h, w)
    centre = mid + (xx - left) * slope
    across = np.abs(yy - centre) <= half
    along = (xx >= left) & (xx <= right)
    mask = (across & along).astype(np.float32)
    streaks = 1 + 0.12 * np.sin((yy - centre) / (0.18 * ppm) + float(rng.uniform(0, 6)))
    mask = cv2.GaussianBlur(mask, (0, 0), 0.12 * ppm) * streaks
    strength = float(rng.uniform(0.75, 1.0))
    _fill(rgb, np.clip(mask, 0, 1), colours[name], strength)
    notes.append(f"highlighter stroke {name} ({strength:.2f})")


def _coords(h: int, w: int) -> tuple[np.ndarray, np.ndarray]:
    """Each pixel's column and row, as float32 arrays of shape (h, w)."""
    rows, cols = np.indices((h, w), dtype=np.float32)
    return cols, rows


def _disc(radius: float) -> np.ndarray:
    """A lens's defocus: a uniform disc of `radius` px (drawn 8 times finer, averaged)."""
    n = math.ceil(radius) + 1
    big = np.zeros((8 * (2 * n + 1), 8 * (2 * n + 1)), np.float32)
    cv2.circle(big, (8 * n + 4, 8 * n + 4), max(1, round(8 * radius)), 1.0, -1)
    k = cv2.resize(big, (2 * n + 1, 2 * n + 1), interpolation=cv2.INTER_AREA)
    return k / k.sum()


def _portrait_focus(
    img: np.ndarray,
    rng: np.random.Generator,
    portrait: np.ndarray,
    zone_mid: np.ndarray,
    cap: float,
    notes: list[str],
) -> np.ndarray:
    """The phone focused on the portrait: the page tilted away from the lens, so a lens's
    disc-shaped defocus grows with the distance from the portrait along the tilt."""
    h, w = img.shape[:2]
    r = float(rng.uniform(0.07, 0.12)) * cap
    d = zone_mid - portrait
    span = float(np.hypot(*d)) or 1.0
    u = d / span
    xx, yy = _coords(h, w)
    t = np.abs((xx - portrait[0]) * u[0] + (yy - portrait[1]) * u[1]) / span
    t = np.clip(t * float(rng.uniform(0.95, 1.15)), 0, 1.3)[..., None]
    half = cv2.filter2D(img, -1, _disc(r / 2), borderType=cv2.BORDER_REFLECT)
    full = cv2.filter2D(img, -1, _disc(r), borderType=cv2.BORDER_REFLECT)
    more = cv2.filter2D(img, -1, _disc(1.3 * r), borderType=cv2.BORDER_REFLECT)
    out = np.where(
        t < 0.5,
        img + (half - img) * (t / 0.5),
        np.where(
            t < 1.0,
            half + (full - half) * ((t - 0.5) / 0.5),
            full + (more - full) * ((t - 1.0) / 0.3),
        ),
    )
    notes.append(f"focused on the portrait, disc defocus {r:.2f} px at the zone")
    return out.astype(np.float32)


def _vinyl(
    img: np.ndarray, rng: np.random.Generator, mask: np.ndarray, seam: np.ndarray, notes: list[str]
) -> np.ndarray:
    """A clear vinyl holder over the document: milky haze, light diffused, a sheen across
    it, a few creases in the plastic and its welded seam."""
    h, w = img.shape[:2]
    haze = float(rng.uniform(0.06, 0.13))
    soft = cv2.GaussianBlur(img, (0, 0), float(rng.uniform(0.9, 1.6)))
    part = float(rng.uniform(0.35, 0.6))
    through = img * (1 - part) + soft * part
    xx, yy = _coords(h, w)
    theta = math.radians(float(rng.uniform(0.0, 180.0)))
    proj = (xx * math.cos(theta) + yy * math.sin(theta)) / max(h, w)
    centre = float(rng.uniform(0.2, 0.8))
    sheen = float(rng.uniform(0.04, 0.10)) * np.exp(
        -(((proj - centre) / float(rng.uniform(0.08, 0.2))) ** 2)
    )
    creases = np.zeros((h, w), np.float32)
    for _ in range(2 + int(rng.integers(3))):
        pts = np.array([[rng.uniform(0, w), rng.uniform(0, h)] for _ in range(3)], np.int32)
        cv2.polylines(creases, [pts], False, float(rng.uniform(0.04, 0.10)), 2, cv2.LINE_AA)
    creases = cv2.GaussianBlur(creases, (0, 0), 1.2)
    veil = np.float32(0.95) * (haze + sheen + creases)[..., None]
    covered = through * (1 - haze) + veil + seam[..., None] * 0.08
    m = mask[..., None]
    notes.append(f"vinyl holder haze {haze:.2f}, diffused {part:.2f}")
    return np.clip(covered * m + img * (1 - m), 0, 1)


def _shadow(
    img: np.ndarray, rng: np.random.Generator, zone: np.ndarray, cap: float, notes: list[str]
) -> np.ndarray:
    """The shadow of the officer's hand and phone under a ceiling light: a soft-edged dark
    region whose edge crosses the zone; a little bluer (the room's light fills it)."""
    h, w = img.shape[:2]
    a, b = zone[0], zone[2]
    f = float(rng.uniform(0.25, 0.75))
    point = a + (b - a) * f
    ang = math.radians(float(rng.uniform(35, 145)))
    n = np.array([math.cos(ang), math.sin(ang)], np.float32)
    xx, yy = _coords(h, w)
    d = (xx - point[0]) * n[0] + (yy - point[1]) * n[1]
    wob = (
        0.6
        * cap
        * np.sin(
            (xx * -n[1] + yy * n[0]) / (float(rng.uniform(3, 7)) * cap) + float(rng.uniform(0, 6))
        )
    )
    inside = ((d + wob) > 0).astype(np.float32)
    pen = float(rng.uniform(1.0, 2.5)) * cap
    inside = cv2.GaussianBlur(inside, (0, 0), pen / 2)
    depth = float(rng.uniform(0.35, 0.55))
    tint = np.array([1.0, 1.0, 1.06], np.float32)
    light = 1 - depth * inside[..., None] * (2 - tint)
    notes.append(f"hand shadow {depth:.2f} deep, penumbra {pen / cap:.1f} cap")
    return np.clip(img * light, 0, 1)


# -- the picture -----------------------------------------------------------------------------


DESKS = ((0.42, 0.30, 0.20), (0.50, 0.50, 0.50), (0.16, 0.20, 0.30), (0.72, 0.66, 0.55))


@dataclasses.dataclass(frozen=True)
class Shot(Sample):
    valid: bool
    capture: str
    font: str
    face_kind: str
    process: str
    cap_px: float
    mrz_quad: tuple[tuple[float, float], ...]
    notes: str


def sample(seed: int, today: dt.date | None = None) -> Shot:
    """Seed `seed`'s picture and truth (see the module's docstring)."""
    if today is None:
        today = dt.date.today()
    p = plan(seed, today)
    rng = np.random.default_rng([seed, 2028])
    notes: list[str] = ["capture " + p.capture]
    label = "" if p.no_mrz else p.face.label
    if label:
        notes.append(f"face {label} ({p.face.kind}), print {p.process}")
    wanted = {p.face.face(row, ch) for row, text in enumerate(p.printed) for ch in text}
    for name in sorted(wanted | {"dejavu"}):
        face_path(name)  # never substitute: a missing face stops here, naming its package
    lo, hi = CAP_PX[p.capture]
    aim_cap = lo + (hi - lo) * float(rng.random())
    ppm_out = aim_cap / 2.43  # 2.43 mm: the zone's mean capitals
    ppm = ppm_out * SUPER
    fade = 1.0
    if p.capture == "aged":  # an old booklet's print has faded
        fade = float(rng.uniform(0.68, 0.85))
        notes.append(f"print faded to {fade:.2f}")
    sheet = _sheet(p, rng, ppm, fade, notes)
    rgb = sheet.rgb
    if p.capture == "aged":
        _aged(rgb, rng, ppm, sheet.doc_box, notes)
    if p.capture == "marker":
        cap_s = sheet.end_cells[0][2] if sheet.end_cells else 2.4 * ppm
        _marker(rgb, rng, ppm, sheet.stripe, cap_s, notes)
    # Where the sheet lands: turned, a mild perspective, framed with margins.
    sh, sw = rgb.shape[:2]
    src = np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], np.float32)
    turn = math.radians(float(rng.uniform(-6, 6)))
    rot = np.array(
        [[math.cos(turn), -math.sin(turn)], [math.sin(turn), math.cos(turn)]], np.float32
    )
    base = (src - [sw / 2, sh / 2]) / SUPER @ rot.T
    size = np.array([sw, sh], np.float32) / SUPER
    dst = base + rng.uniform(-0.025, 0.025, (4, 2)).astype(np.float32) * size
    extent = dst.max(0) - dst.min(0)
    room = np.maximum((MAX_SIDE - 4 - extent) / 2, 8.0)  # margins keep within MAX_SIDE
    margin = np.minimum(rng.uniform(0.06, 0.2, 4) * size.max(), np.tile(room, 2))
    dst = dst - dst.min(0) + margin[:2]
    W = math.ceil(dst[:, 0].max() + margin[2])
    Hh = math.ceil(dst[:, 1].max() + margin[3])
    onto = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    # Smoothed before it is brought down 1.5 times, so that the warp does not alias.
    soft = cv2.GaussianBlur(rgb, (0, 0), 0.45 * SUPER)
    warped = cv2.warpPerspective(soft, onto, (W, Hh), flags=cv2.INTER_LINEAR)
    amask = cv2.warpPerspective(sheet.alpha, onto, (W, Hh), flags=cv2.INTER_LINEAR)
    # The desk, the sheet's shadow on it.
    desk_c = np.asarray(DESKS[int(rng.integers(len(DESKS)))], np.float32)
    low = cv2.resize(
        rng.uniform(0.9, 1.1, (6, 8)).astype(np.float32), (W, Hh), interpolation=cv2.INTER_CUBIC
    )
    desk = desk_c * low[..., None]
    drop = cv2.GaussianBlur(amask, (0, 0), 0.012 * max(W, Hh))
    drop = np.roll(drop, (round(0.006 * Hh), round(0.006 * W)), (0, 1))
    desk = desk * (1 - 0.45 * drop[..., None])
    m = amask[..., None]
    img = warped * m + desk * (1 - m)
    # Light: an exposure and a white balance.
    img = img * np.float32(rng.uniform(0.9, 1.05)) * rng.uniform(0.96, 1.04, 3).astype(np.float32)

    def to_pic(pts: np.ndarray) -> np.ndarray:
        """Sheet pixels to picture pixels, (n, 2)."""
        flat = np.asarray(pts, dtype=np.float32).reshape(-1, 1, 2)
        return cv2.perspectiveTransform(flat, onto)[:, 0, :]

    quad = to_pic(sheet.zone) if len(sheet.zone) else np.zeros((0, 2), np.float32)
    caps = []
    for x, base_y, cap in sheet.end_cells:
        a, b = to_pic(np.array([[x, base_y - cap], [x, base_y]]))
        caps.append(float(np.hypot(*(a - b))))
    cap_px = float(np.mean(caps)) if caps else aim_cap
    if p.capture == "portrait":
        aim = quad.mean(0) if len(quad) else to_pic(np.array([[sw / 2, sh * 0.85]]))[0]
        img = _portrait_focus(img, rng, to_pic(np.array([sheet.portrait]))[0], aim, cap_px, notes)
    elif p.capture == "vinyl":
        x0, y0, x1, y1 = sheet.doc_box
        grow = float(rng.uniform(4, 7)) * ppm
        holder = np.array(
            [
                [x0 - grow, y0 - grow],
                [x1 + grow, y0 - grow],
                [x1 + grow, y1 + grow],
                [x0 - grow, y1 + grow],
            ]
        )
        hq = to_pic(holder).round().astype(np.int32)
        hmask = np.zeros((Hh, W), np.float32)
        cv2.fillPoly(hmask, [hq], 1.0, cv2.LINE_AA)
        seam = np.zeros((Hh, W), np.float32)
        cv2.polylines(seam, [hq], True, 1.0, max(2, round(2.5 * ppm_out)), cv2.LINE_AA)
        img = _vinyl(
            img,
            rng,
            cv2.GaussianBlur(hmask, (0, 0), 1.0),
            cv2.GaussianBlur(seam, (0, 0), 1.0),
            notes,
        )
    elif p.capture == "shadow":
        x0, y0, x1, y1 = sheet.doc_box  # without a zone: across the page's lower part
        lower = np.array([[x0, 0.3 * y0 + 0.7 * y1], [x1, 0.3 * y0 + 0.7 * y1], [x1, y1], [x0, y1]])
        zq = quad if len(quad) else to_pic(lower)
        img = _shadow(img, rng, zq, cap_px, notes)
    # Optics and sensor: lens blur, noise (stronger in the dark), JPEG.
    blur = float(rng.uniform(0.35, 0.6))
    img = cv2.GaussianBlur(img.astype(np.float32), (0, 0), blur)
    sd = float(rng.uniform(0.008, 0.018))
    lum = rng.standard_normal((Hh, W)).astype(np.float32)[..., None]
    chroma = rng.standard_normal((Hh, W, 3)).astype(np.float32) * 0.5
    img = img + sd * (lum + chroma) * (1.4 - 0.6 * img)
    srgb = np.clip(img, 0, 1) ** (1 / 1.15)
    bgr = (srgb[..., ::-1] * 255 + 0.5).clip(0, 255).astype(np.uint8)
    quality = int(rng.integers(72, 93))
    ok, coded = cv2.imencode(".jpeg", bgr, (cv2.IMWRITE_JPEG_QUALITY, quality))
    assert ok, seed
    notes.append(f"blur {blur:.2f} px, noise {sd:.3f}, JPEG {quality}, capitals {cap_px:.1f} px")
    if len(quad):
        inside = quad.min() >= 0 and quad[:, 0].max() < W and quad[:, 1].max() < Hh
        assert inside, (seed, quad)  # the whole zone is in the picture
    return Shot(
        seed=seed,
        level=p.capture,
        format=p.fmt,
        lines=p.printed,
        image=cv2.imdecode(coded, cv2.IMREAD_COLOR),
        jpeg=coded.tobytes(),
        valid=p.valid,
        capture=p.capture,
        font=label,
        face_kind="" if p.no_mrz else p.face.kind,
        process=p.process,
        cap_px=cap_px,
        mrz_quad=tuple((x, y) for x, y in quad.astype(float).tolist()),
        notes="; ".join(notes),
    )
