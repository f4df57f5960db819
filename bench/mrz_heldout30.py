"""A thirtieth document-photo generator: a held-out set, scored once by the lead.

Written without running the OCR and without reading its code or its models, without
reading any other generator's body, and without looking at any result. What was read:
bench/bench_mrz.py (the call `sample(seed, today=...)`, FACE_KINDS and the attributes it
reads), the `Sample` dataclass of tests/documents/synth.py, desktop/documents/mrz.py and
layout.py (compose, parse, the fields and check digits of each format), the docstrings
and module constants of bench/mrz_heldout21.py to mrz_heldout29.py (their capture lists;
of heldout29's head, down to its first name list; nothing copied),
tests/documents/test_mrz_heldout29.py (the test's shape) and scripts/setup-system.sh. Its
rendering code was written fresh for this set: the glyph setting (Pillow draws each glyph
at the size that makes its face's H as tall as the zone's capitals; its ink is cropped,
narrowed when wider than 84 % of the pitch, centred in an equal cell and stood where its
face puts it against the baseline), the deal (each block of 200 seeds gets one table,
built once: every quota laid out and permuted over the slots it serves), the page, and
the capture pipeline (the page drawn at twice the picture's scale, worn or smudged there,
brought down by area, bent, carried into the picture by a homography, then flicker or
shake, lens blur, sensor noise, a tone curve and JPEG). Pillow draws the glyphs and the
page's text; OpenCV and numpy do the rest.

It pictures what a Taiwan border counter is handed and leans on five capture conditions
none of the twenty-first's to twenty-ninth's docstrings lists: 50 Hz fluorescent light
flickering at 100 Hz caught by a phone's rolling shutter (soft bright and dark bands
along the sensor's rows); a worn laminate's fine scratches and scuffed patches (light
scattered back from each scratch); a short hand-shake during the exposure (a straight
motion blur of a few pixels in one direction); a page or card curling up about a vertical
axis towards one edge, photographed flat-on (the risen part foreshortened across and
magnified by its nearness, lit differently as it turns); and a fingerprint of skin oil on
the laminate (a soft glossy whorl of ridges over part of the zone). Near kin: the
twenty-third's rolling-shutter skew (there rows shifted, here rows lit unevenly), the
twenty-seventh's video frames (there the motion blur of a sliding document, here the
hand's), the twenty-fourth's crease (here no fold: many fine scratches), the
twenty-seventh's grease on the lens (here oil on the document, sharp and ridged), the
earlier sets' gutters (here no shadow of a binding: the surface itself bends).
Photographic, not adversarial: every character stays readable to a person.

Content. TD3 passports (Taiwan's with odds 0.42: nine digits beginning 3 and, as optional
data, the holder's national identification number (a letter, 1 or 2 by sex, seven digits
and its check digit); otherwise Japan's, Korea's (code PM on half), the US's, the
Philippines', Vietnam's, Thailand's (its 13-digit personal number as optional data),
Indonesia's, Malaysia's, India's, Hong Kong's, Singapore's, the UK's, Canada's,
Australia's, New Zealand's, Germany's (D), France's and the Netherlands'; numbers shaped
after each issuer's, schematic), TD1 cards (Taiwan resident certificates with odds 0.5:
code "IR", a card number of two letters and seven digits and, as optional data, the
holder's ten-character unified identification number (a letter, 8 or 9 by sex, seven
digits, its check): this set's assumption, not a quoted specimen; otherwise identity
cards of Germany, the Netherlands, Belgium, Spain, France, Italy and Austria), TD2 crew
member certificates ("AC") of Taiwan, Japan, Korea, the Philippines, Vietnam, Thailand
and Indonesia, and visa foils MRV-A and MRV-B (half of them Taiwan's, then Japan's, the
US's, Korea's, the UK's and Canada's) for holders of other states. Names come from lists
written for this module, per region; Taiwan's in Wade-Giles spellings with two given
syllables. The truth is what `mrz.compose` makes of `Plan.fields`, every expiry after
the bench's today. Misprints (`valid` False; the truth is the printed lines, with ICAO
9303's verdict on them): per block of 200 seeds, 12 MRZs with a check digit printed as
another digit and 8 with a letter of the names (O, D, Q, I, S, B, Z or G) printed as the
digit it looks like. Pages without an MRZ (`lines` empty, `format` "none", `valid`
False), one picture in twenty-five: a visa page with entry stamps (5 per block) or the
front of a resident certificate (3). Formats, captures, face kinds, hybrid kinds, new
faces, blank pages and misprints are dealt, not drawn: every block of 200 seeds from SEED
holds the quotas exactly; the print process and all else are drawn per seed.

Sizes. Quoted: ICAO 9303 part 3 (OCR-B size I, a 2.54 mm pitch) and parts 4-7 (ID-1 cards
85.6 by 54 mm with 3.18 mm corners, ID-2 105 by 74, ID-3 pages 125 by 88; visa foils MRV-A
120 by 80 and MRV-B 105 by 74). Assumed by this set: a document's pitch 0.985-1.015
times 2.54 mm; capitals 2.35-2.50 mm tall; baselines 4.1-4.4 mm apart (TD1 3.8-4.1), the
last 4.7-5.4 mm (TD1 3.7-4.2) above the document's lower edge; the zone centred within
0.5 mm; a foil's lower edge 1.5-3 mm above its page's; every glyph moved by a normal
1.5 % of a capital (s.d.) across and along; flicker bands 9-22 % of the picture's height
apart (a 100 Hz flicker over a 30-50 ms readout); scratches 0.03-0.08 mm wide;
fingerprint ridges 0.42-0.55 mm apart over a 13-17 by 17-22 mm whorl; a curl rising 6-12
mm over the last 18-35 % of the width, seen from 180-260 mm.

Faces, with heldout25's labels and shares (FACE_QUOTA, of the 192 MRZs in a block):
"ocrb" 82 %, OCR-B Regular (fonts-ocr-b); "hybrid" 9 %, an OCR-B MRZ with three to six of
the look-alikes 0 O D 8 B 1 I 5 S 2 Z 6 G that the zone prints (each wherever it stands),
or one of its lines, in a new face; "other" 9 %, the whole MRZ in a new face. The new faces
(Debian 12's apt, installed on this machine for this set, 2026-12-07), which no line of
scripts/setup-system.sh installed before and no other file under bench/, scripts/ or
tests/ names: League Spartan Medium (fonts-league-spartan, LeagueSpartan-Medium.otf; a
geometric sans), Charis SIL Regular (fonts-sil-charis, CharisSIL-Regular.ttf; a
book serif) and Manrope SemiBold (fonts-manrope, Manrope-SemiBold.ttf; a modern grotesque).
scripts/setup-system.sh now lists all three. They are proportional faces, set here on
the fixed pitch: H as tall as the zone's capitals, each glyph's ink centred in its cell
and narrowed to 84 % of the pitch when wider. A missing face raises FileNotFoundError
naming its package; no face is ever put in its place. Labels and data are set in DejaVu.

Print process (drawn per format): passports laser 0.6, inkjet 0.15, engraved 0.25; TD1
engraved 0.8, laser 0.2; TD2 laser 0.75, thermal 0.25; foils inkjet 0.6, thermal 0.4.
Ink (reflectance per channel, times 0.9-1.1 per document): laser (0.08, 0.08, 0.09);
inkjet blue-black (0.13, 0.12, 0.21), spread by a 0.5 px blur of the drawing; engraved
grey (0.26, 0.25, 0.25) with strokes thinned; thermal brownish (0.36, 0.31, 0.28).

Captures, dealt by CAPTURE_QUOTA, their capitals aimed at CAP_PX (measured as `cap_px`).
Every picture: the document on a desk (grey, walnut, blue-grey or beige, lit unevenly)
with a soft shadow, turned up to 6 degrees, each corner moved up to 1.5 % of the
document's size, margins 7-18 % of its size; exposure 0.93-1.04, white balance within 4 %
a channel; lens blur 0.45-0.7 px; sensor noise (s.d. 0.006-0.014); gamma 1/1.1; JPEG
72-92 (4:2:0).
- flicker: bands of light along the rows, a sum of a 100 Hz sine (depth 7-15 %) and its
  second harmonic (a third of it), 9-22 % of the picture's height apart, at any phase;
  under a fluorescent tube's cool cast (blue 1.02-1.06, red 0.95-0.98).
- scuffs: 60-160 fine scratches over the document (short straight or gently curved, most
  along one wiping direction, 20-40 % towards white, 0.03-0.08 mm wide) and two to four
  scuffed patches (a hazy 5-10 % towards white with a fine grain), a few crossing the zone.
- shake: the camera moved during the exposure: a straight motion blur 2.5-5.5 px long in
  the picture, in any direction.
- curl: the document curling up about a vertical axis over its last 18-35 % towards the
  left or right edge (rising 6-12 mm, a circular arc), seen from 180-260 mm above: that part
  foreshortened across, magnified by its nearness (the zone's lines bow a little), and
  lit 6-14 % darker or brighter as it turns from the light.
- smudge: a fingerprint of skin oil on the laminate over part of the zone (its centre
  within the zone's box): elliptic ridges in a soft-edged whorl, a glossy sheen 14-26 %
  towards white on the ridges and 5-10 % between them, the print under it a little
  softened (a 0.6-1.0 px blur).
Every MRZ lies wholly inside its picture (sample() asserts it). Not modelled here
(earlier sets did them): readers' infrared and ultraviolet light, holograms, glare,
sleeves, thumbs, glass partitions, gutters and their shadows, lens distortion, colour
fringes, screens, faxes, photocopies, messaging apps, dust and hairs, creases, stains,
highlighters, shadows of hands. The page's labels and portrait are schematic.

Scored seeds 4 100 000-4 100 199 (today 2026-11-27), as `scored_mix()` counts them on the
plans (nothing rendered; the tests compare it with SCORED_MIX): formats TD3 122 (TWN
59), TD1 34 (Taiwan resident certificates 17), TD2 10, MRV-A 18, MRV-B 8, no MRZ 8 (visa
pages 5, card fronts 3); printed invalid 20 (12 a check digit, 8 a digit among letters);
captures flicker 40, scuffs 40, shake 40, curl 40, smudge 40; faces (of the 192 MRZs)
ocrb 158, hybrid 17 (11 with look-alikes, 6 with a line), other 17; new faces, hybrid or
whole, spartan 12, charis 11, manrope 11; print processes laser 95, inkjet 37, engraved
48, thermal 12. Rendered once (by this code, on this machine; the tests do not render 200
pictures, they check the draws above): capitals (cap_px) flicker 14.8-24.2 px, scuffs
16.0-25.2, shake 15.8-24.6, curl 15.2-24.1, smudge 15.9-25.1; pictures 443 to 1770 px a
side; JPEG quality 72-92; every zone inside its picture, the grey level's s.d. 26.8 or
more in the zone's box. CPU time a picture (2 shared cores, nice, 1-minute load 1.1-1.9):
median 0.87 s, mean 0.95 s, at most 2.66 s. Seeds 4 100 200-4 100 599 render as well (no
assertion fails; capitals 14.6-25.6 px, none over 1742 px a side).

Each seed gives the same picture every time; seeds begin at SEED = 4 100 000.
`sample(seed, today=...)` returns a Shot, a Sample (the fields of tests/documents/synth.py;
`level` is the capture) that also carries `valid` (9303's verdict on what is printed),
`capture`, `font` (the face's label), `face_kind`, `process`, `cap_px` (the capitals'
height in the picture, mapped from the page at the first and last cells of the first and
last lines), `mrz_quad` (the zone's corners in the picture) and `notes` (the capture,
face, print process, pitch and capitals, and what each effect did).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop.documents import layout
from desktop.documents.mrz import compose, parse
from tests.documents.synth import Sample

SEED = 4_100_000
BLOCK = 200

FORMAT_QUOTA = {"TD3": 122, "TD1": 34, "TD2": 10, "MRV-A": 18, "MRV-B": 8, "none": 8}
BLANK_QUOTA = {"visa page": 5, "card front": 3}
CAPTURE_QUOTA = {"flicker": 40, "scuffs": 40, "shake": 40, "curl": 40, "smudge": 40}
CAPTURES = tuple(CAPTURE_QUOTA)
FACE_QUOTA = {"ocrb": 158, "hybrid": 17, "other": 17}  # per 192 MRZs: heldout25's shares
HYBRID_QUOTA = {"glyphs": 11, "line": 6}
NEW_FACE_QUOTA = {"spartan": 12, "charis": 11, "manrope": 11}  # of the 34 non-OCR-B
NEW_FACES = tuple(NEW_FACE_QUOTA)
INVALID_QUOTA = 20
CHECK_DIGIT_MISPRINTS = 12
MISPRINT_QUOTA = {"check": CHECK_DIGIT_MISPRINTS, "letters": INVALID_QUOTA - 12, "": 172}
LOOKALIKES = "0OD8B1I5S2Z6G"
DIGIT_FOR = {"O": "0", "D": "0", "Q": "0", "I": "1", "S": "5", "B": "8", "Z": "2", "G": "6"}
PROCESSES = ("laser", "inkjet", "engraved", "thermal")
PROCESS_ODDS = {  # per format; drawn for each seed
    "TD3": {"laser": 0.6, "inkjet": 0.15, "engraved": 0.25},
    "TD1": {"engraved": 0.8, "laser": 0.2},
    "TD2": {"laser": 0.75, "thermal": 0.25},
    "MRV": {"inkjet": 0.6, "thermal": 0.4},
}
INK = {  # reflectance (R, G, B) of each process's ink
    "laser": (0.08, 0.08, 0.09),
    "inkjet": (0.13, 0.12, 0.21),
    "engraved": (0.26, 0.25, 0.25),
    "thermal": (0.36, 0.31, 0.28),
}

FONT_ROOT = Path("/usr/share/fonts")
FACES = {  # the MRZ's faces: label -> (path below FONT_ROOT, the package installing it)
    "ocrb": ("opentype/ocr-b/OCRB.otf", "fonts-ocr-b"),
    "spartan": ("opentype/league-spartan/LeagueSpartan-Medium.otf", "fonts-league-spartan"),
    "charis": ("truetype/charis/CharisSIL-Regular.ttf", "fonts-sil-charis"),
    "manrope": ("truetype/manrope/Manrope-SemiBold.ttf", "fonts-manrope"),
}
PAGE_FACES = {
    "sans": ("truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core"),
    "bold": ("truetype/dejavu/DejaVuSans-Bold.ttf", "fonts-dejavu-core"),
}
PACKAGES = ("fonts-league-spartan", "fonts-sil-charis", "fonts-manrope")
NARROW = 0.84  # a glyph wider than this share of the pitch is narrowed to it

CAP_PX = {  # the capitals' height (px) each capture aims at; `cap_px` measures it
    "flicker": (15.0, 24.0),
    "scuffs": (16.0, 25.0),
    "shake": (16.0, 25.0),
    "curl": (15.0, 24.0),
    "smudge": (16.0, 25.0),
}
MAX_SIDE = 2000
SUPER = 2.0  # the page is drawn at twice the picture's scale, then brought down by area

DOC_MM = {  # width and height (mm) of the page or card that is drawn
    "TD1": (85.6, 54.0), "card front": (85.6, 54.0), "TD2": (105.0, 74.0),
    "TD3": (125.0, 88.0), "visa page": (125.0, 88.0), "MRV-A": (125.0, 88.0),
    "MRV-B": (125.0, 88.0),
}  # fmt: skip
FOIL_MM = {"MRV-A": (120.0, 80.0), "MRV-B": (105.0, 74.0)}  # the visa foil on its page
PITCH_MM = 2.54
CARD_RADIUS_MM = 3.18

SCORED_MIX = {  # scored_mix(2026-11-27); the docstring states it, the tests compare
    "TD3": 122, "TD3 TWN": 59, "TD1": 34, "TD1 TWN": 17, "TD2": 10, "MRV-A": 18,
    "MRV-B": 8, "none": 8, "visa page": 5, "card front": 3, "invalid": 20,
    "flicker": 40, "scuffs": 40, "shake": 40, "curl": 40, "smudge": 40,
    "face ocrb": 158, "face hybrid": 17, "face other": 17,
    "spartan": 12, "charis": 11, "manrope": 11,
    "laser": 95, "inkjet": 37, "engraved": 48, "thermal": 12,
}  # fmt: skip

# -- content ---------------------------------------------------------------------------


def _words(text: str, sep: str | None = None) -> tuple[str, ...]:
    return tuple(text.split(sep))


NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: surnames, given
    "tw": (
        _words(
            "CHEN LIN HUANG CHANG LI WANG WU LIU TSAI YANG HSU CHENG HSIEH KUO HUNG TSENG "
            "CHIU LIAO LAI CHOU YEH SU CHUANG LU CHIANG HO LO KAO PAN CHIEN CHU FANG TENG "
            "PENG TU HSIAO SHIH YU CHI TUNG"
        ),
        _words(
            "CHIA HAO MEI LING YU TING WEI CHIH HSIN YI CHUN HUI PEI SHU KUAN TSUNG JUI "
            "HSIANG PO YEN CHING AN FANG HUA MING CHIEH JUNG TZU YUAN SHENG"
        ),
    ),
    "jp": (
        _words("SATO SUZUKI TAKAHASHI TANAKA WATANABE ITO YAMAMOTO NAKAMURA KOBAYASHI"),
        _words("HIROSHI YUKI AYAKA KENTA SHOTA MISAKI NAOKI HARUKA DAISUKE MOMOKO"),
    ),
    "kr": (
        _words("KIM LEE PARK CHOI JUNG KANG CHO YOON JANG LIM HAN SEO"),
        _words("MINJUN SEOYEON JIHOON HYEJIN DONGHYUN SUBIN YOUNGHO EUNJI"),
    ),
    "vn": (
        _words("NGUYEN TRAN LE PHAM HOANG HUYNH PHAN VU VO DANG BUI DO"),
        _words("VAN ANH|THI HUONG|MINH TUAN|DUC THANG|THU TRANG|QUOC BAO|NGOC LAN", "|"),
    ),
    "ph": (
        _words("SANTOS REYES CRUZ BAUTISTA OCAMPO GARCIA MENDOZA TORRES VILLANUEVA"),
        _words("MARIA CRISTINA|JOSE|MARK ANTHONY|JOHN PAUL|ANGELICA|RODELIO|JOCELYN", "|"),
    ),
    "th": (
        _words("SRISAI WONGSAWAT CHAIYAPORN SUKSAWAT THONGCHAI RATTANAKORN BOONMA"),
        _words("SOMCHAI NATTAPONG KANYARAT PORNTIP SIRIPORN THANAWAT"),
    ),
    "id": (
        _words("SANTOSO WIJAYA HARTONO SETIAWAN KURNIAWAN GUNAWAN SAPUTRA"),
        _words("BUDI DEWI AGUS SITI RIZKY INDAH BAGUS"),
    ),
    "my": (
        _words("ABDULLAH TAN LIM ONG RAHMAN ISMAIL GOH"),
        _words("AHMAD|NUR AISYAH|WEI SHENG|MEI QI|MUHAMMAD FAIZ|SITI NORHAYATI", "|"),
    ),
    "in": (
        _words("SHARMA PATEL SINGH KUMAR REDDY IYER GUPTA"),
        _words("RAHUL PRIYA ANIL DEEPA SURESH KAVITA ARJUN"),
    ),
    "west": (
        _words(
            "SMITH|JOHNSON|MILLER|BROWN|TAYLOR|WILSON|MUELLER|SCHMIDT|MARTIN|DUBOIS|ROSSI|"
            "JANSSEN|DE VRIES|GARCIA LOPEZ|BAKER|OBRIEN|FISCHER|BERGER",
            "|",
        ),
        _words("JAMES EMMA OLIVIA LUCAS SOPHIE THOMAS ANNA DANIEL LAURA PETER GRACE"),
    ),
}
REGION = {
    "TWN": "tw",
    "JPN": "jp",
    "KOR": "kr",
    "VNM": "vn",
    "PHL": "ph",
    "THA": "th",
    "IDN": "id",
    "MYS": "my",
    "IND": "in",
    "HKG": "tw",
    "SGP": "my",
}  # any other state: "west"
NUMBER_SHAPES = {  # L a letter, D a digit, A either; other characters stand as written
    "TWN": "3DDDDDDDD", "JPN": "LLDDDDDDD", "KOR": "MDDDLDDDD", "USA": "DDDDDDDDD",
    "PHL": "PDDDDDDDL", "VNM": "LDDDDDDD", "THA": "LLDDDDDDD", "IDN": "LDDDDDDD",
    "MYS": "LDDDDDDDD", "IND": "LDDDDDDD", "HKG": "KDDDDDDDD", "SGP": "LDDDDDDDL",
    "GBR": "DDDDDDDDD", "CAN": "LLDDDDDD", "AUS": "PLDDDDDDD", "NZL": "LLDDDDDD",
    "D": "CAAAAAAAA", "FRA": "DDLLDDDDD", "NLD": "LLAAAAAAD", "BEL": "DDDDDDDDD",
    "ESP": "LLLDDDDDD", "ITA": "CALDDDDDL", "AUT": "DDDDDDDD",
}  # fmt: skip
PASSPORT_STATES = _words(  # after Taiwan's 0.42
    "JPN KOR USA PHL VNM THA IDN MYS IND HKG SGP GBR CAN AUS NZL D FRA NLD"
)
CARD_STATES = _words("D NLD BEL ESP FRA ITA AUT")
CREW_STATES = _words("TWN JPN KOR PHL VNM THA IDN")
VISA_STATES = _words("JPN USA KOR GBR CAN")  # after Taiwan's half
VISA_HOLDERS = _words("VNM PHL IDN THA IND MYS USA GBR D FRA JPN KOR AUS")
TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # Taiwan's ID number letters in value order (10..35)


def taiwan_number(rng: np.random.Generator, second: str) -> str:
    """A Taiwan national identification or unified identification number: a letter,
    `second` (1/2 by sex for nationals, 8/9 for residents), seven digits, a check digit
    making sum(digits x 1,9,8,...,1,1) a multiple of ten (the letter counts as two)."""
    letter = TW_LETTERS[int(rng.integers(26))]
    body = second + "".join(str(int(d)) for d in rng.integers(0, 10, 7))
    value = TW_LETTERS.index(letter) + 10
    digits = [value // 10, value % 10, *(int(c) for c in body)]
    total = sum(d * w for d, w in zip(digits, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1), strict=True))
    return letter + body + str((10 - total % 10) % 10)


def _shaped(rng: np.random.Generator, shape: str) -> str:
    out = []
    for c in shape:
        if c == "L":
            out.append(chr(65 + int(rng.integers(26))))
        elif c == "D":
            out.append(str(int(rng.integers(10))))
        elif c == "A":
            out.append("0123456789CFGHJKLMNPRTVWXYZ"[int(rng.integers(27))])
        else:
            out.append(c)
    return "".join(out)


def _pick(rng: np.random.Generator, items: list[str] | tuple[str, ...]) -> str:
    return items[int(rng.integers(len(items)))]


def _name(rng: np.random.Generator, state: str) -> tuple[str, str]:
    surnames, given = NAMES[REGION.get(state, "west")]
    if state in ("TWN", "HKG"):  # two given syllables
        return _pick(rng, surnames), f"{_pick(rng, given)} {_pick(rng, given)}"
    first = _pick(rng, given)
    if rng.random() < 1 / 5:
        first += " " + _pick(rng, given)
    return _pick(rng, surnames), first


# -- the deal ----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Face:
    """Which face prints each cell: OCR-B, or a new face for some glyphs, a line or all."""

    kind: str  # "ocrb", "hybrid" or "other" (bench_mrz.FACE_KINDS)
    other: str = ""  # the new face, "" for OCR-B
    glyphs: str = ""  # hybrid: the look-alikes set in the new face wherever they stand
    line: int = -1  # hybrid: the line set in the new face

    def face(self, line: int, ch: str) -> str:
        if self.kind == "other" or line == self.line or (self.glyphs and ch in self.glyphs):
            return self.other
        return "ocrb"

    @property
    def label(self) -> str:
        if self.kind == "ocrb":
            return "ocrb"
        if self.kind == "other":
            return self.other
        part = f"glyphs {self.glyphs}" if self.glyphs else f"line {self.line + 1}"
        return f"ocrb+{self.other} ({part})"


@dataclasses.dataclass(frozen=True)
class Slot:
    """What the block's table deals one seed."""

    fmt: str
    capture: str
    blank: str = ""  # a page without an MRZ: "visa page" or "card front"
    kind: str = ""  # face kind
    new_face: str = ""
    hybrid: str = ""  # "glyphs" or "line"
    misprint: str = ""  # "check", "letters" or ""


def _laid_out(quota: dict[str, int], rng: np.random.Generator) -> list[str]:
    cards = [k for k, n in quota.items() for _ in range(n)]
    return [cards[i] for i in rng.permutation(len(cards))]


@functools.cache
def _table(block: int) -> tuple[Slot, ...]:
    """One block's deal: every quota laid out whole and permuted over its slots."""
    rng = np.random.default_rng([SEED, block, 30])
    fmts = _laid_out(FORMAT_QUOTA, rng)
    captures = _laid_out(CAPTURE_QUOTA, rng)
    blanks = iter(_laid_out(BLANK_QUOTA, rng))
    kinds = iter(_laid_out(FACE_QUOTA, rng))
    misprints = iter(_laid_out(MISPRINT_QUOTA, rng))
    news = iter(_laid_out(NEW_FACE_QUOTA, rng))
    hybrids = iter(_laid_out(HYBRID_QUOTA, rng))
    table = []
    for fmt, capture in zip(fmts, captures, strict=True):
        if fmt == "none":
            table.append(Slot(fmt, capture, blank=next(blanks)))
            continue
        kind = next(kinds)
        table.append(
            Slot(
                fmt,
                capture,
                kind=kind,
                new_face=next(news) if kind != "ocrb" else "",
                hybrid=next(hybrids) if kind == "hybrid" else "",
                misprint=next(misprints),
            )
        )
    return tuple(table)


# -- the plan ----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Plan:
    seed: int
    fmt: str  # an MRZ format, or "none"
    capture: str
    blank: str
    face: Face
    fields: tuple[tuple[str, str], ...]  # compose()'s keyword arguments
    composed: tuple[str, ...]  # the truth before any misprint
    printed: tuple[str, ...]  # what is printed (and is the truth)
    valid: bool  # ICAO 9303's verdict on the printed lines
    misprint: str  # what was misprinted, "" when nothing
    process: str
    holder: str  # "Taiwan passport", "resident certificate", ...

    @property
    def no_mrz(self) -> bool:
        return not self.printed


def _date_between(rng: np.random.Generator, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=int(rng.integers(0, (b - a).days + 1)))


def _content(fmt: str, rng: np.random.Generator, today: dt.date) -> tuple[dict[str, str], str]:
    birth = _date_between(rng, dt.date(1948, 1, 1), dt.date(2008, 12, 31))
    sex = "M" if rng.random() < 0.55 else "F"
    expiry = _date_between(rng, today + dt.timedelta(days=40), today + dt.timedelta(days=3600))
    code, optional, optional2 = "P<", "", ""
    if fmt == "TD3":
        state = "TWN" if rng.random() < 0.42 else _pick(rng, PASSPORT_STATES)
        nat = state
        number = _shaped(rng, NUMBER_SHAPES[state])
        holder = "Taiwan passport" if state == "TWN" else "passport"
        if state == "TWN":
            optional = taiwan_number(rng, "1" if sex == "M" else "2")
        elif state == "KOR" and rng.random() < 0.5:
            code = "PM"
        elif state == "THA":
            optional = _shaped(rng, "D" * 13)
    elif fmt == "TD1":
        if rng.random() < 0.5:
            state, code, holder = "TWN", "IR", "resident certificate"
            nat = _pick(rng, VISA_HOLDERS)
            number = _shaped(rng, "LLDDDDDDD")
            optional = taiwan_number(rng, "8" if sex == "M" else "9")
        else:
            state = _pick(rng, CARD_STATES)
            nat, code, holder = state, "ID" if state != "NLD" else "I<", "identity card"
            number = _shaped(rng, NUMBER_SHAPES[state])
    elif fmt == "TD2":
        state = _pick(rng, CREW_STATES)
        nat, code, holder = state, "AC", "crew member certificate"
        number = _shaped(rng, NUMBER_SHAPES[state])
    else:
        state = "TWN" if rng.random() < 0.5 else _pick(rng, VISA_STATES)
        nat = _pick(rng, [s for s in VISA_HOLDERS if s != state])
        code, holder = "V<", "visa foil"
        number = _shaped(rng, "DDDDDDDDD" if state in ("TWN", "USA") else "LLDDDDDDD")
        expiry = _date_between(rng, today + dt.timedelta(days=30), today + dt.timedelta(days=1800))
    surname, given = _name(rng, nat)
    fields = {
        "document_code": code,
        "issuing_state": state,
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "birth_date": birth.strftime("%y%m%d"),
        "sex": sex,
        "expiry_date": expiry.strftime("%y%m%d"),
        "optional_data": optional,
    }
    if fmt == "TD1":
        fields["optional_data_2"] = optional2
    return fields, holder


def _misprint(
    kind: str, fmt: str, lines: tuple[str, ...], rng: np.random.Generator
) -> tuple[tuple[str, ...], str]:
    lay = layout.layout(fmt)
    if kind == "check":
        spots = [(c.line, c.pos, c.name) for c in lay.checks if lines[c.line][c.pos].isdigit()]
        line, pos, name = spots[int(rng.integers(len(spots)))]
        was = lines[line][pos]
        now = _pick(rng, [d for d in "0123456789" if d != was])
        what = f"{name} check digit {was} printed {now}"
    else:
        names = lay.field("names")
        row = lines[names.line]
        spots = [(names.line, k, "") for k in range(names.start, names.stop) if row[k] in DIGIT_FOR]
        line, pos, _ = spots[int(rng.integers(len(spots)))]
        was, now = lines[line][pos], DIGIT_FOR[lines[line][pos]]
        what = f"name letter {was} printed as the digit {now}"
    out = list(lines)
    out[line] = out[line][:pos] + now + out[line][pos + 1 :]
    return tuple(out), what


def _process(fmt: str, rng: np.random.Generator) -> str:
    odds = PROCESS_ODDS["MRV" if fmt.startswith("MRV") else fmt]
    names = list(odds)
    return names[int(rng.choice(len(names), p=[odds[n] for n in names]))]


def plan(seed: int, today: dt.date) -> Plan:
    """What one seed prints, dealt and drawn; nothing is rendered here."""
    if seed < SEED:
        raise ValueError(f"this set's seeds begin at {SEED}")
    slot = _table((seed - SEED) // BLOCK)[(seed - SEED) % BLOCK]
    rng = np.random.default_rng([seed, 1])
    if slot.fmt == "none":
        return Plan(
            seed,
            "none",
            slot.capture,
            slot.blank,
            Face("ocrb"),
            (),
            (),
            (),
            False,
            "",
            "",
            slot.blank,
        )
    while True:  # a names misprint needs a letter that looks like a digit; draw again
        fields, holder = _content(slot.fmt, rng, today)
        composed = compose(slot.fmt, **fields)  # type: ignore[arg-type]
        names = layout.layout(slot.fmt).field("names").of(composed)
        if slot.misprint != "letters" or any(c in DIGIT_FOR for c in names):
            break
    printed, what = composed, ""
    if slot.misprint:
        printed, what = _misprint(slot.misprint, slot.fmt, composed, rng)
    valid = parse(printed, today=today).valid
    assert valid is not bool(slot.misprint), (printed, what)
    face = Face("ocrb")
    if slot.kind == "other":
        face = Face("other", slot.new_face)
    elif slot.kind == "hybrid" and slot.hybrid == "line":
        face = Face("hybrid", slot.new_face, line=int(rng.integers(len(printed))))
    elif slot.kind == "hybrid":
        present = [c for c in LOOKALIKES if any(c in x for x in printed)]
        n = min(len(present), int(rng.integers(3, 7)))
        chosen = [present[i] for i in sorted(rng.choice(len(present), n, replace=False))]
        face = Face("hybrid", slot.new_face, glyphs="".join(chosen))
    return Plan(
        seed,
        slot.fmt,
        slot.capture,
        "",
        face,
        tuple(fields.items()),
        composed,
        printed,
        valid,
        what,
        _process(slot.fmt, rng),
        holder,
    )


def scored_mix(today: dt.date) -> dict[str, int]:
    """The scored block's counts, on the plans (the docstring states them)."""
    mix: Counter[str] = Counter()
    for seed in range(SEED, SEED + BLOCK):
        p = plan(seed, today)
        mix[p.fmt] += 1
        mix[p.capture] += 1
        if p.no_mrz:
            mix[p.blank] += 1
            continue
        f = dict(p.fields)
        if f["issuing_state"] == "TWN" and p.fmt in ("TD3", "TD1"):
            mix[f"{p.fmt} TWN"] += 1
        mix["invalid"] += not p.valid
        mix[f"face {p.face.kind}"] += 1
        if p.face.other:
            mix[p.face.other] += 1
        mix[p.process] += 1
    return dict(mix)


# -- faces and glyphs --------------------------------------------------------------------


def face_path(label: str) -> Path:
    rel, package = {**FACES, **PAGE_FACES}[label]
    path = FONT_ROOT / rel
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} is missing: install {package} (scripts/setup-system.sh); this set "
            "never substitutes another face"
        )
    return path


@functools.cache
def font(label: str, size: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(face_path(label)), size)


@dataclasses.dataclass(frozen=True)
class Glyph:
    ink: np.ndarray  # float32 coverage 0-1, cropped to the ink
    top: int  # the ink's first row, relative to the baseline (negative above it)


def _ink(label: str, ch: str, size: float) -> Glyph:
    """`ch` drawn by Pillow at `size` with its baseline at a known row, cropped to its ink."""
    s = math.ceil(size)
    img = Image.new("L", (3 * s, 3 * s), 0)
    ImageDraw.Draw(img).text((s, 2 * s), ch, fill=255, font=font(label, size), anchor="ls")
    a = np.asarray(img, np.float32) / 255.0
    rows, cols = np.flatnonzero(a.max(1) > 0.02), np.flatnonzero(a.max(0) > 0.02)
    if not len(rows):
        raise ValueError(f"{label} has no ink for {ch!r}")
    return Glyph(a[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1], int(rows[0]) - 2 * s)


@functools.cache
def _size_for_cap(label: str) -> float:
    """Pillow's size per pixel of H height in this face (measured at size 100)."""
    return 100.0 / _ink(label, "H", 100.0).ink.shape[0]


@functools.cache
def glyph(label: str, ch: str, cap: float, pitch: float) -> Glyph:
    """`ch` in face `label` with its H `cap` px tall, narrowed to fit a `pitch` px cell."""
    g = _ink(label, ch, round(cap * _size_for_cap(label) * 4) / 4)
    h, w = g.ink.shape
    if w > NARROW * pitch:
        narrow = cv2.resize(g.ink, (max(1, int(NARROW * pitch)), h), interpolation=cv2.INTER_AREA)
        return Glyph(narrow, g.top)
    return g


def _stamp(layer: np.ndarray, ink: np.ndarray, x: int, y: int) -> None:
    """Lay `ink` onto `layer` with its top-left at (x, y), keeping the darker coverage."""
    h, w = ink.shape
    y0, x0 = max(0, y), max(0, x)
    y1, x1 = min(layer.shape[0], y + h), min(layer.shape[1], x + w)
    if y1 > y0 and x1 > x0:
        part = ink[y0 - y : y1 - y, x0 - x : x1 - x]
        np.maximum(layer[y0:y1, x0:x1], part, out=layer[y0:y1, x0:x1])


def set_line(
    layer: np.ndarray,
    text: str,
    faces: list[str],
    left: float,
    baseline: float,
    pitch: float,
    cap: float,
    jitter: Callable[[], tuple[float, float]] | None = None,
) -> None:
    """Set `text` on `layer`, cell i spanning [left + i*pitch, left + (i+1)*pitch): each
    glyph's ink centred across its cell and placed against the baseline as its face puts it."""
    for i, (ch, label) in enumerate(zip(text, faces, strict=True)):
        g = glyph(label, ch, round(cap * 4) / 4, round(pitch * 4) / 4)
        dx, dy = jitter() if jitter else (0.0, 0.0)
        centre = left + (i + 0.5) * pitch + dx
        _stamp(layer, g.ink, round(centre - g.ink.shape[1] / 2), round(baseline + dy) + g.top)


# -- the page ----------------------------------------------------------------------------


@dataclasses.dataclass
class Page:
    rgb: np.ndarray  # float32 reflectance, H x W x 3, at the drawing scale
    alpha: np.ndarray  # float32 0-1: the document's outline (a card's round corners)
    zone: np.ndarray  # 4 x 2: the MRZ's box (tl, tr, br, bl) in page pixels, empty if none
    cap_points: np.ndarray  # k x 2 x 2: (baseline, capital top) at some cells
    notes: list[str]


def _text(
    rgb: np.ndarray,
    xy: tuple[float, float],
    s: str,
    label: str,
    size: float,
    colour: tuple[float, float, float],
) -> None:
    layer = Image.new("L", (rgb.shape[1], rgb.shape[0]), 0)
    ImageDraw.Draw(layer).text(xy, s, fill=255, font=font(label, max(4.0, size)))
    a = np.asarray(layer, np.float32)[..., None] / 255.0
    rgb *= 1 - a
    rgb += a * np.array(colour, np.float32)


def _portrait(rgb: np.ndarray, box: tuple[int, int, int, int], rng: np.random.Generator) -> None:
    x0, y0, x1, y1 = box
    rgb[y0:y1, x0:x1] = np.array(rng.uniform(0.78, 0.92, 3), np.float32)
    w, h = x1 - x0, y1 - y0
    skin = tuple(float(v) for v in rng.uniform([0.55, 0.42, 0.35], [0.85, 0.70, 0.60]))
    cloth = tuple(float(v) for v in rng.uniform(0.1, 0.45, 3))
    sub = np.ascontiguousarray(rgb[y0:y1, x0:x1])
    cv2.ellipse(sub, (w // 2, int(h * 1.02)), (int(w * 0.48), int(h * 0.3)), 0, 180, 360, cloth, -1)
    cv2.ellipse(sub, (w // 2, int(h * 0.42)), (int(w * 0.24), int(h * 0.27)), 0, 0, 360, skin, -1)
    hair = tuple(float(v) for v in rng.uniform(0.05, 0.25, 3))
    cv2.ellipse(sub, (w // 2, int(h * 0.32)), (int(w * 0.25), int(h * 0.19)), 0, 180, 360, hair, -1)
    rgb[y0:y1, x0:x1] = sub


def _stamps(rgb: np.ndarray, ppm: float, rng: np.random.Generator) -> None:
    """Entry and exit stamps on a visa page: rings and boxes with dates, in stamp inks."""
    h, w = rgb.shape[:2]
    for _ in range(int(rng.integers(2, 5))):
        colour = _pick(rng, ["0.55 0.12 0.15", "0.15 0.2 0.55", "0.2 0.45 0.25", "0.4 0.15 0.5"])
        c = tuple(float(v) for v in colour.split())
        cx, cy = int(rng.uniform(0.15, 0.85) * w), int(rng.uniform(0.2, 0.8) * h)
        r = int(rng.uniform(9, 14) * ppm)
        layer = np.zeros((h, w), np.float32)
        thick = max(1, int(0.5 * ppm))
        if rng.random() < 0.5:
            cv2.circle(layer, (cx, cy), r, 1.0, thick)
            cv2.circle(layer, (cx, cy), int(r * 0.72), 1.0, max(1, thick // 2))
        else:
            cv2.rectangle(
                layer, (cx - r, cy - int(r * 0.6)), (cx + r, cy + int(r * 0.6)), 1.0, thick
            )
        img = Image.fromarray((layer * 255).astype(np.uint8))
        day = (
            f"{int(rng.integers(1, 29)):02d} {_pick(rng, ['JAN', 'MAR', 'JUN', 'SEP', 'NOV'])} 2026"
        )
        ImageDraw.Draw(img).text(
            (cx - r * 0.6, cy - 2 * ppm), day, fill=255, font=font("bold", 3.0 * ppm)
        )
        a = np.asarray(img, np.float32)[..., None] / 255.0 * rng.uniform(0.55, 0.85)
        rgb *= 1 - a
        rgb += a * np.array(c, np.float32)


def draw_page(
    p: Plan, ppm: float, cap_mm: float, pitch_mm: float, rng: np.random.Generator
) -> Page:
    """The document at `ppm` pixels a millimetre, its MRZ set in its faces and ink."""
    key = p.blank or p.fmt
    w_mm, h_mm = DOC_MM[key]
    w, h = round(w_mm * ppm), round(h_mm * ppm)
    tint = np.array(rng.uniform([0.86, 0.88, 0.86], [0.97, 0.97, 0.96]), np.float32)
    rgb = np.empty((h, w, 3), np.float32)
    rgb[:] = tint
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    rgb *= (1 - 0.04 * (xx / w) + 0.02 * (yy / h))[..., None]  # a printed tint's gradient
    rgb *= 1 + rng.normal(0, 0.012, (h, w, 1)).astype(np.float32)  # paper fibres
    alpha = np.ones((h, w), np.float32)
    card = key in ("TD1", "card front")
    if card:  # ID-1's rounded corners
        r = int(CARD_RADIUS_MM * ppm)
        mask = np.zeros((h, w), np.uint8)
        cv2.rectangle(mask, (r, 0), (w - r, h), 1, -1)
        cv2.rectangle(mask, (0, r), (w, h - r), 1, -1)
        for cx, cy in ((r, r), (w - r, r), (r, h - r), (w - r, h - r)):
            cv2.circle(mask, (cx, cy), r, 1, -1)
        alpha = mask.astype(np.float32)
    notes: list[str] = []
    ox, oy, fw, fh = 0.0, 0.0, w_mm, h_mm  # the MRZ's carrier: the document or the foil
    if key in FOIL_MM:
        fw, fh = FOIL_MM[key]
        ox, oy = (w_mm - fw) / 2, h_mm - fh - rng.uniform(1.5, 3.0)
        x0, y0 = int(ox * ppm), int(oy * ppm)
        foil = np.array(rng.uniform([0.90, 0.86, 0.84], [0.98, 0.95, 0.95]), np.float32)
        rgb[y0 : y0 + int(fh * ppm), x0 : x0 + int(fw * ppm)] = foil
        cv2.rectangle(rgb, (x0, y0), (x0 + int(fw * ppm), y0 + int(fh * ppm)), (0.6, 0.55, 0.6), 2)
    dark = (0.18, 0.18, 0.22)
    if p.blank == "visa page":
        _text(rgb, (8 * ppm, 5 * ppm), "VISAS", "bold", 4 * ppm, (0.45, 0.4, 0.5))
        _stamps(rgb, ppm, rng)
        return Page(rgb, alpha, np.zeros((0, 2)), np.zeros((0, 2, 2)), ["visa page with stamps"])
    title = {
        "Taiwan passport": "REPUBLIC OF CHINA (TAIWAN)  PASSPORT",
        "passport": "PASSPORT",
        "resident certificate": "RESIDENT CERTIFICATE",
        "identity card": "IDENTITY CARD",
        "crew member certificate": "CREW MEMBER CERTIFICATE",
        "visa foil": "VISA",
        "card front": "ALIEN RESIDENT CERTIFICATE",
    }[p.holder]
    _text(rgb, ((ox + 4) * ppm, (oy + 3) * ppm), title, "bold", 3.2 * ppm, (0.3, 0.25, 0.4))
    _portrait(
        rgb,
        (
            int((ox + 4) * ppm),
            int((oy + 10) * ppm),
            int((ox + 4 + fw * 0.24) * ppm),
            int((oy + 10 + fh * 0.42) * ppm),
        ),
        rng,
    )
    f = dict(p.fields)
    values = [
        ("Surname", f.get("surname", "CHEN")),
        ("Given names", f.get("given_names", "MEI LING")),
        ("Nationality", f.get("nationality", "VNM")),
        ("Date of birth", f.get("birth_date", "900101")),
        ("No.", f.get("document_number", "AB1234567")),
    ]
    lx = ox + 8 + fw * 0.24
    for i, (label, value) in enumerate(values):
        y = oy + 10 + i * 6.2
        if y + 6 > oy + fh * 0.62:
            break
        _text(rgb, (lx * ppm, y * ppm), label, "sans", 1.7 * ppm, (0.4, 0.4, 0.45))
        _text(rgb, (lx * ppm, (y + 2.0) * ppm), value, "bold", 2.6 * ppm, dark)
    if p.no_mrz:
        return Page(rgb, alpha, np.zeros((0, 2)), np.zeros((0, 2, 2)), ["card front"])
    # -- the MRZ
    n = len(p.printed)
    width = len(p.printed[0])
    td1 = p.fmt == "TD1"
    gap = rng.uniform(3.8, 4.1) if td1 else rng.uniform(4.1, 4.4)
    last = rng.uniform(3.7, 4.2) if td1 else rng.uniform(4.7, 5.4)
    left_mm = ox + (fw - width * pitch_mm) / 2 + rng.uniform(-0.5, 0.5)
    base_mm = [oy + fh - last - (n - 1 - i) * gap for i in range(n)]
    rgb[
        int((base_mm[0] - gap) * ppm) : int((oy + fh - 1) * ppm),
        int((ox + 1) * ppm) : int((ox + fw - 1) * ppm),
    ] *= 1.015
    cap, pitch = cap_mm * ppm, pitch_mm * ppm
    sd = 0.015 * cap
    ink_layer = np.zeros((h, w), np.float32)
    for i, line in enumerate(p.printed):
        faces = [p.face.face(i, c) for c in line]

        def shift() -> tuple[float, float]:
            return float(rng.normal(0, sd)), float(rng.normal(0, sd))

        set_line(ink_layer, line, faces, left_mm * ppm, base_mm[i] * ppm, pitch, cap, shift)
    colour = np.array(INK[p.process], np.float32) * np.float32(rng.uniform(0.9, 1.1))
    if p.process == "inkjet":
        ink_layer = cv2.GaussianBlur(ink_layer, (0, 0), 0.5 * SUPER)
    elif p.process == "engraved":
        ink_layer = cv2.erode(ink_layer, np.ones((2, 2), np.uint8))
    elif p.process == "thermal":
        ink_layer *= np.float32(rng.uniform(0.85, 0.97))
    a = ink_layer[..., None]
    rgb *= 1 - a
    rgb += a * colour
    x0, x1 = left_mm * ppm, (left_mm + width * pitch_mm) * ppm
    y0, y1 = (base_mm[0] - cap_mm - 0.6) * ppm, (base_mm[-1] + 0.6) * ppm
    zone = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float64)
    caps = []
    for bm in (base_mm[0], base_mm[-1]):
        for k in (0, width - 1):
            cx = (left_mm + (k + 0.5) * pitch_mm) * ppm
            caps.append([[cx, bm * ppm], [cx, bm * ppm - cap]])
    notes.append(f"pitch {pitch_mm:.3f} mm, capitals {cap_mm:.2f} mm")
    return Page(rgb, alpha, zone, np.array(caps, np.float64), notes)


# -- effects on the document (page space, drawing scale) ---------------------------------


def scuff(page: Page, ppm: float, rng: np.random.Generator) -> str:
    """A worn laminate: fine scratches scatter light back (whiter), hazy scuffed patches."""
    h, w = page.alpha.shape
    layer = np.zeros((h, w), np.float32)
    n = int(rng.integers(60, 161))
    wipe = rng.uniform(0, math.pi)
    on_zone = 0
    zx0, zy0 = page.zone.min(0) if len(page.zone) else (0, 0)
    zx1, zy1 = page.zone.max(0) if len(page.zone) else (0, 0)
    for _ in range(n):
        ang = wipe + rng.normal(0, 0.25) if rng.random() < 0.75 else rng.uniform(0, math.pi)
        length = rng.uniform(3, 25) * ppm
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        bend = rng.normal(0, 0.15)
        pts = []
        for t in np.linspace(-0.5, 0.5, 8):
            a2 = ang + bend * t
            pts.append([x + t * length * math.cos(a2), y + t * length * math.sin(a2)])
        width = max(1, round(rng.uniform(0.03, 0.08) * ppm))
        cv2.polylines(
            layer,
            [np.array(pts, np.int32)],
            False,
            float(rng.uniform(0.2, 0.4)),
            width,
            cv2.LINE_AA,
        )
        on_zone += zx0 <= x <= zx1 and zy0 <= y <= zy1
    patches = int(rng.integers(2, 5))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    haze = np.zeros((h, w), np.float32)
    for _ in range(patches):
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        rx, ry = rng.uniform(6, 16) * ppm, rng.uniform(4, 10) * ppm
        blob = np.exp(-(((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2))
        haze = np.maximum(haze, blob * np.float32(rng.uniform(0.05, 0.10)))
    grain = 1 + rng.normal(0, 0.35, (h, w)).astype(np.float32)
    total = np.clip(np.maximum(layer, haze * grain), 0, 0.5)[..., None]
    page.rgb += total * (np.float32(0.97) - page.rgb)
    return f"scuffs: {n} scratches ({on_zone} starting in the zone's box), {patches} patches"


def smudge(page: Page, ppm: float, rng: np.random.Generator) -> str:
    """Skin oil from a fingertip: a glossy whorl of ridges, the print under it softened."""
    h, w = page.alpha.shape
    if len(page.zone):
        (zx0, zy0), (zx1, zy1) = page.zone.min(0), page.zone.max(0)
        cx, cy = rng.uniform(zx0, zx1), rng.uniform(zy0, zy1)
    else:
        cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.3, 0.8) * h
    rx, ry = rng.uniform(6.5, 8.5) * ppm, rng.uniform(8.5, 11) * ppm
    turn = rng.uniform(0, math.pi)
    period = rng.uniform(0.42, 0.55) * ppm
    pad = int(ry * 1.3)
    x0, x1 = max(0, int(cx) - pad), min(w, int(cx) + pad)
    y0, y1 = max(0, int(cy) - pad), min(h, int(cy) + pad)
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    u = (xx - cx) * math.cos(turn) + (yy - cy) * math.sin(turn)
    v = -(xx - cx) * math.sin(turn) + (yy - cy) * math.cos(turn)
    r = np.sqrt((u / rx) ** 2 + (v / ry) ** 2)
    # a whorl: ridges round the core, slowly spiralling
    phase = r * ry / period * 2 * math.pi + 0.8 * np.arctan2(v, u)
    ridges = 0.5 + 0.5 * np.cos(phase)
    envelope = np.clip((1.0 - r) / 0.25, 0, 1) ** 1.5
    hi, lo = rng.uniform(0.14, 0.26), rng.uniform(0.05, 0.10)
    sheen = envelope * (lo + (hi - lo) * ridges)
    blur_px = rng.uniform(0.6, 1.0) * SUPER
    part = page.rgb[y0:y1, x0:x1]
    soft = cv2.GaussianBlur(part, (0, 0), blur_px)
    part[:] = part + envelope[..., None] * (soft - part)
    part += sheen[..., None].astype(np.float32) * (np.float32(0.98) - part)
    return (
        f"smudge: a fingerprint's oil {2 * rx / ppm:.0f} by {2 * ry / ppm:.0f} mm, sheen {hi:.2f}"
    )


# -- the capture -------------------------------------------------------------------------


def _curl_maps(w: int, h: int, ppm: float, rng: np.random.Generator):
    """The forward map of a document curling up about a vertical axis at one side.

    Returns (x_of, g_of, text): x_of(u) the picture column of page column u (a monotone
    table), g_of(u) the magnification of that column (nearer the lens, larger)."""
    span = rng.uniform(0.18, 0.35) * w
    rise = rng.uniform(6, 12) * ppm
    dist = rng.uniform(180, 260) * ppm
    right = rng.random() < 0.5
    u = np.arange(w + 1, dtype=np.float64)
    s = (u - (w - span)) if right else (span - u)  # arc length into the curl
    s = np.clip(s, 0, None)
    # a circular arc through the rise over the span: radius from rise and span
    radius = (span**2 + rise**2) / (2 * rise)
    theta = s / radius
    dx = radius * np.sin(theta) - s  # foreshortening (<= 0 along the arc)
    z = radius * (1 - np.cos(theta))
    x_of = u + (dx if right else -dx)
    g_of = dist / (dist - z)
    shade = float(rng.uniform(0.06, 0.14)) * (1 if rng.random() < 0.5 else -1)
    light = 1 + shade * np.sin(theta)
    text = f"curl: the {'right' if right else 'left'} {span / w:.0%} rising {rise / ppm:.1f} mm"
    return x_of, g_of, light, text


def _bend(page_rgb: np.ndarray, alpha: np.ndarray, ppm: float, rng: np.random.Generator):
    """Bend the page (at picture scale); returns the new page, alpha and a point mapper."""
    h, w = alpha.shape
    x_of, g_of, light, text = _curl_maps(w, h, ppm, rng)
    cy = h / 2.0
    cols = np.arange(w, dtype=np.float64)
    src_u = np.interp(cols, x_of, np.arange(w + 1, dtype=np.float64))  # x_of is monotone
    g = np.interp(src_u, np.arange(w + 1), g_of)
    lit = np.interp(src_u, np.arange(w + 1), light)
    ys = np.arange(h, dtype=np.float64)[:, None]
    map_y = (cy + (ys - cy) / g[None, :]).astype(np.float32)
    map_x = np.broadcast_to(src_u[None, :], (h, w)).astype(np.float32)
    rgb = cv2.remap(page_rgb, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    a = cv2.remap(alpha, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    rgb *= lit[None, :, None].astype(np.float32)

    def forward(pts: np.ndarray) -> np.ndarray:
        u, y = pts[..., 0], pts[..., 1]
        x = np.interp(u, np.arange(w + 1), x_of)
        gg = np.interp(u, np.arange(w + 1), g_of)
        return np.stack([x, cy + (y - cy) * gg], -1)

    return rgb, a, forward, text


def _desk(h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    base = np.array(
        _pick(
            rng, ["0.42 0.42 0.43", "0.36 0.25 0.17", "0.30 0.34 0.40", "0.72 0.66 0.56"]
        ).split(),
        np.float32,
    )
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    light = 0.85 + 0.2 * (1 - np.hypot(xx / w - 0.4, yy / h - 0.3))
    tex = cv2.GaussianBlur(rng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 3) * 0.06
    return base[None, None, :] * (light + tex)[..., None]


def _motion_kernel(length: float, angle: float) -> np.ndarray:
    size = math.ceil(length) | 1
    size += 2
    k = np.zeros((size * 4, size * 4), np.float32)
    c = size * 2
    dx, dy = math.cos(angle) * length * 2, math.sin(angle) * length * 2
    cv2.line(k, (int(c - dx), int(c - dy)), (int(c + dx), int(c + dy)), 1.0, 1, cv2.LINE_AA)
    k = cv2.resize(k, (size, size), interpolation=cv2.INTER_AREA)
    return k / k.sum()


@dataclasses.dataclass(frozen=True)
class Shot(Sample):
    valid: bool = True
    capture: str = ""
    font: str = ""
    face_kind: str = ""
    process: str = ""
    cap_px: float = 0.0
    mrz_quad: tuple[tuple[float, float], ...] = ()
    notes: str = ""


def sample(seed: int, today: dt.date | None = None) -> Shot:
    today = today or dt.date.today()
    p = plan(seed, today)
    labels = (
        {"ocrb"} if p.no_mrz else {p.face.face(i, c) for i, ln in enumerate(p.printed) for c in ln}
    )
    for label in (*labels, *PAGE_FACES):
        face_path(label)  # a missing face stops the set; none is substituted
    rng = np.random.default_rng([seed, 2])
    cap_mm, pitch_mm = rng.uniform(2.35, 2.50), PITCH_MM * rng.uniform(0.985, 1.015)
    cap_aim = rng.uniform(*CAP_PX[p.capture])
    ppm = cap_aim / cap_mm  # the picture's pixels a millimetre, before the homography
    page = draw_page(p, ppm * SUPER, cap_mm, pitch_mm, rng)
    notes = [f"capture {p.capture}", f"format {p.fmt}", *page.notes]
    if not p.no_mrz:
        notes += [f"face {p.face.label}", f"print {p.process}"]
    if p.capture == "scuffs":
        notes.append(scuff(page, ppm * SUPER, rng))
    elif p.capture == "smudge":
        notes.append(smudge(page, ppm * SUPER, rng))
    h2, w2 = page.alpha.shape
    size = (round(w2 / SUPER), round(h2 / SUPER))
    rgb = cv2.resize(page.rgb, size, interpolation=cv2.INTER_AREA)
    alpha = cv2.resize(page.alpha, size, interpolation=cv2.INTER_AREA)
    zone, caps = page.zone / SUPER, page.cap_points / SUPER
    if p.capture == "curl":
        rgb, alpha, forward, text = _bend(rgb, alpha, ppm, rng)
        zone, caps = forward(zone), forward(caps)
        notes.append(text)
    # -- the document on the desk, seen by a phone
    h, w = alpha.shape
    margin = rng.uniform(0.07, 0.18)
    ow, oh = int(w * (1 + 2 * margin)), int(h * (1 + 2 * margin))
    turn = math.radians(rng.uniform(-6, 6))
    c, s = math.cos(turn), math.sin(turn)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64)
    centred = src - [w / 2, h / 2]
    dst = centred @ np.array([[c, s], [-s, c]]) + [ow / 2, oh / 2]
    dst += rng.uniform(-0.015, 0.015, (4, 2)) * [w, h]
    lo = dst.min(0)
    hi = dst.max(0)
    shift = np.where(lo < 4, 4 - lo, 0) - np.where(hi > [ow - 4, oh - 4], hi - [ow - 4, oh - 4], 0)
    dst += shift
    hom = cv2.getPerspectiveTransform(src.astype(np.float32), dst.astype(np.float32))
    doc = cv2.warpPerspective(rgb, hom, (ow, oh), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(alpha, hom, (ow, oh), flags=cv2.INTER_LINEAR)[..., None]
    desk = _desk(oh, ow, rng)
    shadow = cv2.GaussianBlur(
        np.roll(mask[..., 0], (int(0.01 * oh), int(0.008 * ow)), (0, 1)), (0, 0), 0.012 * ow
    )
    desk *= (1 - 0.35 * shadow)[..., None]
    img = desk * (1 - mask) + doc * mask

    def to_pic(pts: np.ndarray) -> np.ndarray:
        flat = pts.reshape(-1, 1, 2).astype(np.float64)
        return cv2.perspectiveTransform(flat, hom).reshape(pts.shape)

    yy, xx = np.mgrid[0:oh, 0:ow].astype(np.float32)
    gx, gy = rng.uniform(-0.12, 0.12, 2)
    img *= (1 + gx * (xx / ow - 0.5) + gy * (yy / oh - 0.5))[..., None]
    img *= np.array(rng.uniform(0.96, 1.04, 3), np.float32) * np.float32(rng.uniform(0.93, 1.04))
    if p.capture == "flicker":
        period = rng.uniform(0.09, 0.22) * oh
        depth = rng.uniform(0.07, 0.15)
        ph = rng.uniform(0, 2 * math.pi)
        t = 2 * math.pi * yy[:, :1] / period + ph
        bands = 1 + depth * (np.sin(t) + np.sin(2 * t + 0.7) / 3)
        img *= bands[..., None]
        img *= np.array([rng.uniform(0.95, 0.98), 1.0, rng.uniform(1.02, 1.06)], np.float32)
        notes.append(f"flicker: bands {period:.0f} px apart, depth {depth:.2f}")
    elif p.capture == "shake":
        length, angle = rng.uniform(2.5, 5.5), rng.uniform(0, math.pi)
        img = cv2.filter2D(img, -1, _motion_kernel(length, angle))
        notes.append(f"shake: motion blur {length:.1f} px at {math.degrees(angle):.0f} degrees")
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.45, 0.7))
    sd = rng.uniform(0.006, 0.014)
    img += rng.normal(0, 1, img.shape).astype(np.float32) * np.float32(sd) * (1.3 - 0.5 * img)
    img = np.clip(img, 0, 1) ** (1 / 1.1)
    bgr = (img[..., ::-1] * 255 + 0.5).astype(np.uint8)
    quality = int(rng.integers(72, 93))
    ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    jpeg = buf.tobytes()
    notes.append(f"JPEG {quality}")
    quad: tuple[tuple[float, float], ...] = ()
    cap_px = 0.0
    if not p.no_mrz:
        q = to_pic(zone)
        assert (q >= 0).all() and (q[:, 0] < ow).all() and (q[:, 1] < oh).all(), q
        quad = tuple((float(x), float(y)) for x, y in q)
        cp = to_pic(caps)
        cap_px = float(np.mean(np.hypot(*(cp[:, 0] - cp[:, 1]).T)))
        notes.append(f"capitals {cap_px:.1f} px")
    decoded = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    return Shot(
        seed=seed,
        level=p.capture,
        format=p.fmt,
        lines=p.printed,
        image=decoded,
        jpeg=jpeg,
        valid=p.valid,
        capture=p.capture,
        font=p.face.label if not p.no_mrz else "",
        face_kind=p.face.kind if not p.no_mrz else "",
        process=p.process,
        cap_px=cap_px,
        mrz_quad=quad,
        notes="; ".join(notes),
    )
