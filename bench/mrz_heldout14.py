"""A fourteenth document-photo generator: a held-out set, scored once by the lead.

Written without running the OCR and without reading its code, its models or the other
generators' renderers. Read: bench/bench_mrz.py, the `Sample` dataclass of
tests/documents/synth.py, desktop/documents/mrz.py and layout.py, the test file of the
thirteenth set, and the head of bench/mrz_heldout13.py for its mix and faces (by
overreach its first 240 lines, which include its face loading and glyph cell helper;
this module's missing-face error follows that one's wording, its glyph drawing is its
own). It imports no rendering code from the other generators. It pictures what a Taiwan
border counter is handed, as the counter's devices capture it.

Content. TD3 passports about 63 % (Taiwan most of all, then Japan, Korea, Hong Kong,
mainland China, Macau, Vietnam, the Philippines, Thailand, Indonesia, Malaysia,
Singapore, India, the US, Canada, Australia, the UK, Germany, France, the Netherlands,
Spain, Italy, the Gulf, ...), TD1 cards 17 % (Taiwan resident certificates held by
South-East Asian workers and students, Hong Kong, Korean and European identity cards),
TD2 5 % (crew certificates, older identity cards), visas 15 % (MRV-A 10 %, MRV-B 5 %).
Names come from short lists written for this set in each origin's romanisation (Wade-Giles
and Pinyin, Hepburn, Revised Romanisation, Cantonese, Vietnamese, Filipino, Thai,
Malay/Indonesian with BIN/BINTI or a single name, Indian, Arabic, European with
particles); names too long for the field keep the surname and cut later given names to
initials, and `compose` cuts what still overflows. Document numbers follow a pattern per
issuer; optional data carries personal numbers mixing letters and digits (Taiwan's
A123456789, the resident certificate's A800012345 form, look-alike-rich hashes). The
truth is `mrz.compose`'s lines. About one document in ten is printed invalid (`valid`
False, the truth is the printed lines): two in three with one check digit wrong, one in
three with a digit in a letters field (nationality or names). About one picture in
twenty-five is a page without an MRZ (`lines` empty, `format` "none", `valid` False).

Sizes (ICAO 9303 part 3: OCR-B size I at ten characters an inch, a 2.54 mm pitch; parts
4-7: ID-1 85.6x54, ID-2 105x74, ID-3 125x88 mm, MRV-A 120x80 mm). The capital height,
the line spacing and the zone's distance from the page's edge are this set's
assumptions, not quoted figures: capitals 2.30-2.60 mm, lines 4.0-4.6 mm apart
(baseline to baseline), the last baseline 3.5-5.5 mm (cards 3-4 mm) above the bottom edge, the zone
starting 5-7 mm (cards 3-4 mm) from the left edge, or centred when the margins are
narrower; every cell is tracked to the pitch with
a per-glyph jitter of a few hundredths of a millimetre.

Faces (kind "ocrb" about 80 %): OCR-B from fonts-ocr-b. Kind "hybrid" about 10 %: an
OCR-B MRZ where three to six look-alike glyphs (0 O D Q 8 B 1 I 5 S 2 Z 6 G), or one whole
line, come from a new face, as a personaliser whose OCR-B lacks glyphs substitutes them.
Kind "other" about 10 %: the whole MRZ in a new face. The new faces, each checked
monospaced over A-Z 0-9 <, and used by no other part of the project: D2Coding and
D2Coding Bold (fonts-naver-d2coding, a Korean issuer's office face), GNU Typewriter
(fonts-gnutypewriter, a typed or impact-printed visa), DotGothic16 (fonts-dotgothic16,
a dot-matrix or low-resolution thermal personaliser), Unifont (fonts-unifont, a
pixel face as a label printer's). A new face keeps the pitch and the cap height
(squeezed into the cell when wider); GNU Typewriter's digits are old-style, some
descending below the baseline, as that face draws them. scripts/setup-system.sh installs
them; a missing face raises FileNotFoundError naming its package: nothing is substituted.

Print process (passports laser 40 %, inkjet 25 %, engraved 25 %, thermal 10 %; cards
engraved 50 %, thermal 35 %, laser 15 %; visa foils inkjet 45 %, laser 25 %, thermal
15 %, ribbon 15 %): laser (crisp, toner dropout specks and a
pale streak across some lines), inkjet (ink spread, satellite drops), engraved
(polycarbonate: dark grey with slightly thinner strokes), thermal transfer (horizontal
banding, sometimes a dead head element that leaves a thin white line through one MRZ
line), worn ribbon (uneven density, dropouts). The page: a split-fountain tint, guilloche
waves (some crossing the MRZ) and a rosette, labels and data in DejaVu Sans (Noto Sans CJK
titles for East Asian issuers), a portrait at most 35x45 mm (kept in infrared), a
signature; a TD1 card's back instead carries issuer and address lines and a ghost image;
entry stamps in dye inks on data pages now and then and on a visa's page up to two (about
one in eight touching the zone's top); a visa is a foil stuck at the bottom of a passport
page; cards have rounded corners. No microprint.

Captures, and the effects this set leans on more than earlier sets may have (its
author's judgement of what counters capture):
- reader (full-page document reader) 46 %: visible or infrared light (dye inks and
  tints fade in infrared, the MRZ's carbon stays), uneven lighting, a laminate glare band
  and in visible light a holographic overlay (rainbow, a few per cent) across the zone,
  capitals 18-32 px, JPEG 75-95, at most 1.5 degrees of rotation.
- scan (counter flatbed) 24 %: 150-300 dpi (capitals 13.6-30.7 px), skew up to 3 degrees,
  an open booklet's page curving down near the spine (the zone bowed by up to 0.6 mm),
  lid shadow, dust, JPEG 70-95.
- phone 15 %: a page photographed on a counter, out-of-plane tilt up to 25 degrees, turned
  up to 25 degrees, booklet curvature, uneven light and a glare spot, motion blur or
  defocus, low-light noise, JPEG 45-90, capitals 12-30 px; one phone picture in five is a
  photo of a monitor showing a scan (subpixel stripes sampled by the phone: moire; never
  dim, the monitor lights itself).
- webcam 8 %: 640x480, 800x600 or 1280x720 frames aimed at the page (the page may run
  out of the frame, the zone never), tilted up to 10 degrees, capitals 9-15 px (less when
  the zone would not fit), a colour cast, noise, defocus in half, video compression
  (4:2:0 chroma, a denoiser's smear, JPEG 30-55 then the stored JPEG 60-85).
- thumbnail 7 %: a reader's picture shrunk to capitals 7-12 px, JPEG 60-90.

Pictures stay plausible: every MRZ lies wholly inside its picture, glare never blanks a
character (the glare's peak is capped), stamps are translucent dye.

The 200 scored seeds (2 500 000-2 500 199, today 2026-11-27) are counted by
`scored_mix()` (the draws before rendering) and checked against SCORED_MIX by the tests:
formats TD3 133, TD1 29, MRV-A 15, MRV-B 10, TD2 6, no MRZ 7; printed invalid 15
(7.8 % of the 193 MRZs); captures reader 94, scan 51, phone 33, webcam 14, thumbnail 8;
faces (of the 193 MRZs) ocrb 147, hybrid 23, other 23; the new faces (hybrid or whole)
unifont 14, d2coding 11, d2coding-bold 10, dotgothic 7, typewriter 4.
Rendering the 200 (counts over the 193 pictures with an MRZ): printed by laser 65,
engraving 58, inkjet 34, thermal transfer 28 (11 with a dead element), ribbon 8; toner
streak 18; readers' and thumbnails' pictures in infrared 25; hologram overlay 39,
laminate glare band 31, phone glare spot 9; booklet curvature 39; visa foils 25; stamps
touching the zone 2; phone pictures tilted 15 degrees or more 11, turned 15 degrees or
more 8, motion blur 13, defocus 7, low light 7, of a monitor 5; stored JPEG below quality
60: 8. Capitals (mean of both ends of the first and last lines): reader 18.2-31.8 px,
scan 14.4-29.8, phone 12.2-29.9, webcam 9.4-13.9, thumbnail 8.2-11.0. CPU time a picture
on one core of this shared machine (load about 14 on 2 cores): median 0.75 s, mean 0.80
s, at most 2.6 s. These rendered counts come from one run (not re-checked by the tests:
rendering 200 pictures is slow); the draws above are checked.

Deterministic per seed; seeds start at SEED = 2 500 000. `sample(seed, today=...)` returns
a Sample (tests/documents/synth.py's fields, level = the capture) with the verdict
`valid`, `capture`, `font`, `face_kind`, `cap_px` (capitals' height in the picture),
`mrz_quad` (the zone's corners in the picture) and `notes` (what was applied).
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import functools
import itertools
import math
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop.documents import layout
from desktop.documents.mrz import compose, parse
from tests.documents import synth

SEED = 2_500_000
IMAGES = 200
FONT_ROOT = Path("/usr/share")

# name: (path under FONT_ROOT, face index in the file, Debian package)
FACES: dict[str, tuple[str, int, str]] = {
    "ocrb": ("fonts/opentype/ocr-b/OCRB.otf", 0, "fonts-ocr-b"),
    "d2coding": (
        "fonts/truetype/naver-d2coding/D2Coding-Ver1.3.2-20180524-all.ttc",
        0,
        "fonts-naver-d2coding",
    ),
    "d2coding-bold": (
        "fonts/truetype/naver-d2coding/D2Coding-Ver1.3.2-20180524-all.ttc",
        1,
        "fonts-naver-d2coding",
    ),
    "typewriter": ("fonts/truetype/gnutypewriter/GNUTypewriter.ttf", 0, "fonts-gnutypewriter"),
    "dotgothic": ("fonts/truetype/dotgothic16/DotGothic16-Regular.ttf", 0, "fonts-dotgothic16"),
    "unifont": ("fonts/opentype/unifont/unifont.otf", 0, "fonts-unifont"),
}
PAGE_FACES: dict[str, tuple[str, int, str]] = {
    "sans": ("fonts/truetype/dejavu/DejaVuSans.ttf", 0, "fonts-dejavu-core"),
    "sans-bold": ("fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 0, "fonts-dejavu-core"),
    "cjk": ("fonts/opentype/noto/NotoSansCJK-Regular.ttc", 0, "fonts-noto-cjk"),
}
NEW_FACES = tuple(f for f in FACES if f != "ocrb")
PACKAGES = ("fonts-dotgothic16", "fonts-gnutypewriter", "fonts-naver-d2coding", "fonts-unifont")

FORMAT_SHARE = {"TD3": 0.63, "TD1": 0.17, "TD2": 0.05, "MRV-A": 0.10, "MRV-B": 0.05}
CAPTURES = {"reader": 0.46, "scan": 0.24, "phone": 0.15, "webcam": 0.08, "thumbnail": 0.07}
FACE_KINDS = {"ocrb": 0.80, "hybrid": 0.10, "other": 0.10}
INVALID_SHARE = 0.10
NO_MRZ_SHARE = 0.04
SCREEN_SHARE = 0.2  # of phone pictures: a photo of a monitor showing a scan
HYBRID_GLYPHS = "0ODQ8B1I5S2Z6G"
CAP_PX = {
    "reader": (18.0, 32.0),
    "scan": (13.5, 31.0),
    "phone": (12.0, 30.0),
    "webcam": (9.0, 15.0),
    "thumbnail": (7.0, 12.0),
}
WEBCAM_MODES = ((640, 480), (800, 600), (1280, 720))
PITCH_MM = 2.54
CAP_MM = (2.30, 2.60)
LINE_MM = (4.0, 4.6)
DOC_MM = {"TD3": (125.0, 88.0), "TD1": (85.6, 54.0), "TD2": (105.0, 74.0)}
VISA_MM = {"MRV-A": (120.0, 80.0), "MRV-B": (105.0, 74.0)}
PRINTS = {
    "TD3": {"laser": 0.40, "inkjet": 0.25, "engraved": 0.25, "thermal": 0.10},
    "card": {"engraved": 0.50, "thermal": 0.35, "laser": 0.15},
    "visa": {"inkjet": 0.45, "laser": 0.25, "thermal": 0.15, "ribbon": 0.15},
}

# The scored seeds' mix, as scored_mix() counts it (the docstring quotes it).
SCORED_MIX: dict[str, int] = {
    "MRV-A": 15, "MRV-B": 10, "TD1": 29, "TD2": 6, "TD3": 133, "none": 7, "invalid": 15,
    "reader": 94, "scan": 51, "phone": 33, "webcam": 14, "thumbnail": 8,
    "ocrb": 147, "hybrid": 23, "other": 23,
    "d2coding": 11, "d2coding-bold": 10, "dotgothic": 7, "typewriter": 4, "unifont": 14,
}  # fmt: skip

# ---------------------------------------------------------------------------- content

STATES = {  # issuing state: weight at a Taiwan counter
    "TWN": 30, "JPN": 7, "KOR": 6, "HKG": 5, "CHN": 4, "MAC": 2, "VNM": 6, "PHL": 5,
    "THA": 4, "IDN": 5, "MYS": 4, "SGP": 3, "IND": 2, "USA": 4, "CAN": 2, "AUS": 2,
    "GBR": 2, "D": 2, "FRA": 1, "NLD": 1, "ESP": 1, "ITA": 1, "NZL": 1, "ARE": 1, "MNG": 1,
}  # fmt: skip
ORIGIN = {  # which name list a state's holders draw from
    "TWN": "tw", "CHN": "cn", "HKG": "hk", "MAC": "hk", "JPN": "jp", "KOR": "kr", "VNM": "vn",
    "PHL": "ph", "THA": "th", "IDN": "id", "MYS": "my", "SGP": "cn", "IND": "in", "ARE": "ar",
    "MNG": "mn",
}  # fmt: skip
SURNAMES = {
    "tw": "CHEN LIN HUANG CHANG LI WANG WU LIU TSAI YANG HSU CHENG HSIEH KUO HUNG CHIU TSENG LIAO",
    "cn": "WANG LI ZHANG LIU CHEN YANG ZHAO HUANG ZHOU WU XU SUN ZHU GUO HE LUO GAO",
    "hk": "CHAN WONG LEUNG LAU CHEUNG LEE HO NG CHOW TSANG FONG LAM",
    "jp": "SATO SUZUKI TAKAHASHI TANAKA WATANABE ITO YAMAMOTO NAKAMURA KOBAYASHI OOKUBO",
    "kr": "KIM LEE PARK CHOI JUNG KANG CHO YOON JANG LIM OH SEO",
    "vn": "NGUYEN TRAN LE PHAM HOANG PHAN VU DANG BUI DO HO NGO",
    "ph": "SANTOS REYES CRUZ BAUTISTA OCAMPO GARCIA MENDOZA DELA CRUZ VILLANUEVA",
    "th": "SAETANG SRISUK CHAIYAPORN BOONYARATTANASOONTORN WONGSAWAT KITTIKHUN",
    "id": "SUSANTO WIJAYA SETIAWAN HIDAYAT NUGROHO KURNIAWAN",
    "my": "ABDULLAH RAHMAN ISMAIL OSMAN TAN LIM",
    "in": "SHARMA PATEL SINGH KUMAR IYER REDDY NAIR",
    "ar": "AL MANSOORI AL HASHEMI AL NUAIMI BIN ZAYED",
    "mn": "BATBAYAR GANBOLD ENKHJARGAL",
    "eu": "SMITH MUELLER DUBOIS VAN DER BERG DE JONG GARCIA LOPEZ ROSSI OCONNOR SCHMIDT",
}
GIVEN = {
    "tw": "CHIA HAO|YU TING|SHU FEN|CHIH WEI|PEI SHAN|CHUN HUNG|YI CHEN|MING TSUNG|HSIU YING",
    "cn": "XIAOMING|JIANGUO|LIHUA|YUXUAN|ZIHAN|HAOYU|XINYI|WEI",
    "hk": "KA WAI|WING SZE|CHI KEUNG|HOI YAN|TSZ HIN|PAK LAM",
    "jp": "HIROSHI|YUKI|TAKESHI|AYAKO|KENTAROU|SAKURA|SHOUTA",
    "kr": "MINJUN|SEOYEON|JIHOON|HAEUN|DONGHYUN|SOOBIN",
    "vn": "VAN HUNG|THI LAN|MINH TUAN|THI HOA|VAN NAM|THI THU TRANG",
    "ph": "MARIA LOURDES|JOSE MIGUEL|ANA CRISTINA|JUAN PAOLO|MARICEL",
    "th": "SOMCHAI|SUPANEE|NATTAPONG|KANYARAT|WORAWIT",
    "id": "BUDI|SRI WAHYUNI|DEWI|AGUS|RINI",
    "my": "AHMAD FAIZAL BIN|NUR AISYAH BINTI|MUHAMMAD HAFIZ BIN|WEI LING",
    "in": "RAJESH|PRIYA|VENKATA SUBRAMANYA|ANJALI|ARJUN",
    "ar": "MOHAMMED|FATIMA|KHALID ABDULLAH|AISHA",
    "mn": "TEMUULEN|ODGEREL|BAT ERDENE",
    "eu": "JOHN PAUL|ANNA MARIA|JEAN PIERRE|SOPHIE|PIETER JAN|ALEJANDRO|GIULIA|EMMA",
}
HOLDER_OF_CARD = {"TWN": ("VNM", "IDN", "PHL", "THA", "JPN", "USA", "MYS", "IND")}
LOOKALIKE = "0O1I5S8B2Z6GDQ"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
DIGITS = "0123456789"


def _pick(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _chars(rng: np.random.Generator, pool: str, n: int) -> str:
    return "".join(pool[int(rng.integers(len(pool)))] for _ in range(n))


def _mixed(rng: np.random.Generator, n: int) -> str:
    """Letters and digits, about half from the look-alikes."""
    return "".join(_chars(rng, LOOKALIKE if rng.random() < 0.5 else ALNUM, 1) for _ in range(n))


def name_parts(surname: str, given: str, width: int) -> tuple[str, str]:
    """Surname and given names fitting `width` characters: later given names become
    initials (the first stays whole) while the field overflows; compose cuts the rest."""

    def size(g: list[str]) -> int:
        return len(surname) + (2 + len(" ".join(g)) if g else 0)

    words = given.split()
    i = len(words) - 1
    while size(words) > width and i >= 1:
        words[i] = words[i][0]
        i -= 1
    return surname, " ".join(words)


def _holder(rng: np.random.Generator, state: str) -> tuple[str, str]:
    origin = ORIGIN.get(state, "eu")
    surnames = SURNAMES[origin].split()
    if origin in ("ph", "ar", "eu") and rng.random() < 0.3:  # particles and double names
        surnames = [" ".join(p) for p in itertools.pairwise(surnames)]
    surname = surnames[int(rng.integers(len(surnames)))]
    givens = GIVEN[origin].split("|")
    given = givens[int(rng.integers(len(givens)))]
    if origin == "my" and given.endswith(("BIN", "BINTI")):
        given = f"{given} {SURNAMES['my'].split()[int(rng.integers(4))]}"
    if origin == "ph" and rng.random() < 0.5:  # a maternal middle name
        given = f"{given} {SURNAMES['ph'].split()[int(rng.integers(6))]}"
    if origin == "id" and rng.random() < 0.5:  # a single name: the surname field is empty
        return "", given.split()[0]
    if origin == "in" and rng.random() < 0.3:
        return "", given
    return surname, given


def _number(rng: np.random.Generator, state: str, fmt: str) -> str:
    if state == "TWN" and fmt == "TD3":
        return "3" + _chars(rng, DIGITS, 8)
    if state == "JPN":
        return _chars(rng, "TMRZ", 1) + _chars(rng, "ABCDEFGHJKRSTZ", 1) + _chars(rng, DIGITS, 7)
    if state == "KOR":
        return "M" + _chars(rng, DIGITS, 3) + _chars(rng, "ABCDEFG", 1) + _chars(rng, DIGITS, 4)
    if state in ("USA", "CHN"):
        return _chars(rng, "AEG", 1) + _chars(rng, DIGITS, 8)
    if fmt in ("MRV-A", "MRV-B"):
        return _mixed(rng, 9)
    return _chars(rng, ALNUM[:26], 2) + _mixed(rng, 7)


def _optional(rng: np.random.Generator, state: str, holder: str, fmt: str) -> str:
    if state == "TWN" and fmt == "TD3":
        return (
            _chars(rng, "ABCDEFGHJKLMNPQTUVXYWZIO", 1)
            + _chars(rng, "12", 1)
            + _chars(rng, DIGITS, 8)
        )
    if state == "TWN" and fmt == "TD1" and holder != "TWN":  # resident certificate UI number
        return _chars(rng, "ABCDEF", 1) + "8" + _chars(rng, DIGITS, 8)
    r = rng.random()
    if r < 0.35:
        return ""
    if r < 0.7:
        return _mixed(rng, int(rng.integers(5, 12)))
    return _chars(rng, DIGITS, int(rng.integers(6, 13)))


def _dates(rng: np.random.Generator, today: dt.date) -> tuple[dt.date, dt.date]:
    age_days = int(rng.integers(2 * 365, 85 * 365))
    birth = today - dt.timedelta(days=age_days)
    expiry = today + dt.timedelta(days=int(rng.integers(20, 10 * 365)))
    return birth, expiry


def _misprint(
    rng: np.random.Generator, fmt: str, lines: tuple[str, ...], today: dt.date
) -> tuple[str, ...]:
    """The lines with one error ICAO 9303's checks catch: a check digit wrong (two in
    three) or a digit in a letters field (one in three)."""
    lay = layout.layout(fmt)
    for _ in range(20):
        out = [list(x) for x in lines]
        if rng.random() < 2 / 3:
            checks = [c for c in lay.checks if lines[c.line][c.pos] != "<"]
            c = checks[int(rng.integers(len(checks)))]
            old = int(lines[c.line][c.pos])
            out[c.line][c.pos] = str((old + int(rng.integers(1, 10))) % 10)
        else:
            field = lay.field("names" if rng.random() < 0.6 else "nationality")
            text = field.of(lines)
            spots = [i for i, ch in enumerate(text) if ch.isalpha()]
            if not spots:
                continue
            i = spots[int(rng.integers(len(spots)))]
            out[field.line][field.start + i] = {"O": "0", "I": "1", "S": "5", "B": "8"}.get(
                text[i], _chars(rng, DIGITS, 1)
            )
        printed = tuple("".join(x) for x in out)
        if not parse(printed, today=today).valid:
            return printed
    raise AssertionError("no invalid misprint found")  # never: 20 tries of a sure thing


def random_mrz(
    rng: np.random.Generator, today: dt.date
) -> tuple[str, tuple[str, ...], tuple[str, ...], bool]:
    """(format, composed lines, printed lines, ICAO verdict of the printed lines)."""
    fmt = _pick(rng, FORMAT_SHARE)
    state = _pick(rng, STATES)
    holder = state
    if fmt == "TD1" and state in HOLDER_OF_CARD and rng.random() < 0.7:
        holders = HOLDER_OF_CARD[state]
        holder = holders[int(rng.integers(len(holders)))]
    if fmt in ("MRV-A", "MRV-B"):  # Taiwan's visas, to holders from everywhere
        state = "TWN" if rng.random() < 0.85 else state
        holder = _pick(rng, {k: v for k, v in STATES.items() if k != "TWN"})
    surname, given = _holder(rng, holder)
    width = layout.layout(fmt).field("names").length
    if rng.random() < 0.7:  # most issuers shorten; the others let compose cut
        surname, given = name_parts(surname, given, width)
    code = {"TD3": "P", "MRV-A": "V", "MRV-B": "V"}.get(fmt) or _pick(
        rng, {"ID": 3, "IR": 2, "AC": 1, "I": 2, "C": 1}
    )
    if fmt == "TD2" and code == "I":
        code = "I"
    birth, expiry = _dates(rng, today)
    number = _number(rng, state, fmt)
    if fmt in ("TD1", "TD2") and rng.random() < 0.06:  # a long number run into the data
        number += _mixed(rng, int(rng.integers(1, 4)))
    room = layout.layout(fmt).field("optional_data_1" if fmt == "TD1" else "optional_data")
    room_n = room.length - (len(number) - 9 + 2 if len(number) > 9 else 0)
    optional = _optional(rng, state, holder, fmt)[:room_n]
    composed = compose(
        fmt,
        document_code=code,
        issuing_state=state,
        surname=surname,
        given_names=given,
        document_number=number,
        nationality=holder,
        birth_date=birth,
        sex="M" if rng.random() < 0.5 else "F",
        expiry_date=expiry,
        optional_data=optional,
        optional_data_2=_mixed(rng, int(rng.integers(0, 8))) if fmt == "TD1" else "",
    )
    if rng.random() < INVALID_SHARE:
        printed = _misprint(rng, fmt, composed, today)
        return fmt, composed, printed, False
    return fmt, composed, composed, True


def misprint_note(fmt: str, composed: tuple[str, ...], printed: tuple[str, ...]) -> str:
    """What was printed wrong, for the notes ("" when nothing)."""
    lay = layout.layout(fmt)
    for i, (a, b) in enumerate(zip(composed, printed, strict=True)):
        for p, (x, y) in enumerate(zip(a, b, strict=True)):
            if x == y:
                continue
            check = next((c for c in lay.checks if (c.line, c.pos) == (i, p)), None)
            if check is not None:
                return f"invalid as printed: {check.name} check digit {y} (is {x})"
            field = next(f for f in lay.fields if f.line == i and f.start <= p < f.stop)
            return f"invalid as printed: {y} for {x} in {field.name}"
    return ""


# ------------------------------------------------------------------------------ faces


def face_path(name: str) -> tuple[Path, int]:
    """File and index of face `name`; FileNotFoundError naming its package when missing."""
    rel, index, package = FACES[name] if name in FACES else PAGE_FACES[name]
    path = FONT_ROOT / rel
    if not path.is_file():
        raise FileNotFoundError(
            f"face {name!r} ({path}) is missing: install {package} "
            "(scripts/setup-system.sh); this generator never substitutes a face"
        )
    return path, index


@functools.cache
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    path, index = face_path(name)
    return ImageFont.truetype(str(path), size, index=index)


@functools.cache
def cap_em(name: str) -> float:
    """The capital H's height in em, from the face's own outline box."""
    box = font(name, 1000).getbbox("H", anchor="ls")
    return (box[3] - box[1]) / 1000


@dataclasses.dataclass(frozen=True)
class FacePlan:
    kind: str  # "ocrb", "hybrid", "other"
    base: str
    other: str = ""
    glyphs: str = ""  # hybrid: these characters come from `other`
    line: int = -1  # hybrid: this line comes from `other`

    def face(self, line: int, ch: str) -> str:
        if self.other and (line == self.line or ch in self.glyphs):
            return self.other
        return self.base

    @property
    def label(self) -> str:
        if self.kind != "hybrid":
            return self.base
        return f"ocrb+{self.other}:" + (f"line{self.line}" if self.line >= 0 else self.glyphs)


def face_plan(rng: np.random.Generator, n_lines: int) -> FacePlan:
    kind = _pick(rng, FACE_KINDS)
    if kind == "ocrb":
        return FacePlan("ocrb", "ocrb")
    new = NEW_FACES[int(rng.integers(len(NEW_FACES)))]
    if kind == "other":
        return FacePlan("other", new)
    if rng.random() < 0.3:
        return FacePlan("hybrid", "ocrb", new, line=int(rng.integers(n_lines)))
    k = int(rng.integers(3, 7))
    picks = rng.choice(len(HYBRID_GLYPHS), k, replace=False)
    return FacePlan("hybrid", "ocrb", new, glyphs="".join(HYBRID_GLYPHS[int(i)] for i in picks))


@functools.cache
def glyph(face: str, ch: str, cap: int, cell: int) -> np.ndarray:
    """Coverage (float32, 0-1) of `ch` in a box `cell` wide and 2*cap tall, baseline at
    1.5*cap, capitals `cap` px tall, centred in the cell, squeezed when wider."""
    over = 4  # drawn four times larger, then shrunk: smooth edges at small sizes
    size = max(6, round(cap * over / cap_em(face)))
    f = font(face, size)
    w_big, h_big = cell * over * 3, cap * over * 2
    img = Image.new("L", (w_big, h_big), 0)
    ImageDraw.Draw(img).text((w_big // 2, int(1.5 * cap * over)), ch, font=f, fill=255, anchor="ms")
    arr = np.asarray(img, np.float32) / 255.0
    cols = np.flatnonzero(arr.max(0) > 0.04)
    if cols.size:
        width = cols[-1] - cols[0] + 1
        room = (cell - 1.5) * over
        if width > room:  # squeeze the ink horizontally into the cell
            centre = (cols[0] + cols[-1]) / 2
            m = np.float32([[room / width, 0, w_big / 2 - centre * room / width], [0, 1, 0]])
            arr = cv2.warpAffine(arr, m, (w_big, h_big), flags=cv2.INTER_AREA)
        else:
            shift = w_big / 2 - (cols[0] + cols[-1]) / 2
            arr = cv2.warpAffine(arr, np.float32([[1, 0, shift], [0, 1, 0]]), (w_big, h_big))
    mid = arr[:, w_big // 2 - cell * over // 2 : w_big // 2 - cell * over // 2 + cell * over]
    return cv2.resize(mid, (cell, 2 * cap), interpolation=cv2.INTER_AREA)


# ------------------------------------------------------------------------------- page


@dataclasses.dataclass
class Page:
    img: np.ndarray  # BGR float32 0-1
    ir: np.ndarray  # grey float32 0-1: how the page looks in infrared
    quad: np.ndarray  # 4x2: the MRZ's corners (empty when none)
    marks: np.ndarray  # 8x2: (baseline, cap top) at both ends of the first and last lines
    notes: list[str]


def _tint(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    """A split-fountain security tint with guilloche waves, BGR 0-1."""
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    hue = rng.random(2) * 2 * math.pi
    t = x / w
    base = np.stack(
        [0.90 + 0.06 * np.cos(hue[0] + t * 2.5 + k) for k in (0.0, 2.1, 4.2)], -1
    ).astype(np.float32)
    waves = np.zeros((h, w), np.float32)
    f = rng.uniform(0.02, 0.05)
    for k in range(int(rng.integers(3, 7))):
        phase = rng.uniform(0, 2 * math.pi)
        yy = y - (h * (k + 1) / 8 + 0.06 * h * np.sin(x * f + phase + k))
        waves += np.exp(-(yy**2) / 2.0)
    ring_c = (rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.6) * h)
    rr = np.hypot(x - ring_c[0], y - ring_c[1])
    theta = np.arctan2(y - ring_c[1], x - ring_c[0])
    rosette = (np.cos(rr * 0.35 + 6 * np.sin(8 * theta)) > 0.93).astype(np.float32)
    rosette *= rr < 0.3 * min(h, w)
    ink = np.clip(waves * 0.5 + rosette * 0.4, 0, 1)[..., None]
    colour = np.array(rng.uniform(0.45, 0.8, 3), np.float32)
    return base * (1 - ink) + ink * colour * base


def _text(draw: ImageDraw.ImageDraw, xy: tuple[float, float], s: str, face: str, px: float,
          fill: tuple[int, int, int]) -> None:  # fmt: skip
    draw.text(xy, s, font=font(face, max(6, round(px))), fill=fill)


def _portrait(rng: np.random.Generator, w: int, h: int) -> np.ndarray:
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    bg = np.full((h, w, 3), rng.uniform(0.75, 0.95), np.float32)
    skin = np.array(
        rng.choice([[0.55, 0.65, 0.8], [0.45, 0.55, 0.7], [0.35, 0.45, 0.6]]), np.float32
    )
    head = ((x - w / 2) / (w * 0.27)) ** 2 + ((y - h * 0.42) / (h * 0.28)) ** 2 < 1
    body = ((x - w / 2) / (w * 0.48)) ** 2 + ((y - h * 1.05) / (h * 0.38)) ** 2 < 1
    hair = head & (y < h * 0.30)
    bg[head | body] = skin
    bg[body & ~head] = np.array(rng.uniform(0.1, 0.5, 3), np.float32)
    bg[hair] = np.array([0.12, 0.12, 0.14], np.float32)
    return cv2.GaussianBlur(bg, (0, 0), max(1.0, w / 120))


def _signature(rng: np.random.Generator, draw: ImageDraw.ImageDraw, x: float, y: float,
               w: float, h: float, width: int) -> None:  # fmt: skip
    pts = []
    for i in range(40):
        t = i / 39
        pts.append((x + t * w, y + h / 2 + h / 2 * math.sin(t * rng.uniform(8, 16) + rng.random())))
    draw.line(pts, fill=(110, 40, 20), width=max(1, width), joint="curve")


TITLES = {
    "TWN": "中華民國 REPUBLIC OF CHINA (TAIWAN)",
    "JPN": "日本国 JAPAN",
    "KOR": "대한민국 REPUBLIC OF KOREA",
    "CHN": "中华人民共和国 PEOPLE'S REPUBLIC OF CHINA",
    "HKG": "中華人民共和國香港特別行政區 HONG KONG SAR",
    "MAC": "中華人民共和國澳門特別行政區 MACAO SAR",
}


def _page(rng: np.random.Generator, fmt: str, lines: tuple[str, ...], plan: FacePlan,
          r: float, no_mrz: bool) -> Page:  # fmt: skip
    """The document at r px/mm, with its MRZ printed as its kind of document is: a
    passport's data page, a card's back (TD1) or front (TD2), a visa foil stuck at the
    bottom of a passport page."""
    notes: list[str] = []
    visa = fmt in VISA_MM
    dw_mm, dh_mm = VISA_MM[fmt] if visa else DOC_MM[fmt]
    W, H = round(dw_mm * r), round(dh_mm * r)
    img = _tint(rng, H, W)
    ir = np.full((H, W), rng.uniform(0.78, 0.92), np.float32)
    # Visible-zone text, portrait, signature: dye inks, gone in infrared.
    viz = Image.new("RGB", (W, H), (255, 255, 255))
    draw = ImageDraw.Draw(viz)
    state = lines[0][2:5].replace("<", "") if lines else "TWN"
    if fmt == "TD1":  # the card's back: issuer, address, a ghost image; the MRZ below
        for i, lab in enumerate(("Address", "Issuing authority", "Date of issue")):
            yy = (3 + i * 6.5) * r
            _text(draw, (4 * r, yy), lab, "sans", 1.4 * r, (90, 90, 120))
            _text(draw, (4 * r, yy + 1.6 * r), _mixed(rng, int(rng.integers(8, 20))),
                  "sans-bold", 2.0 * r, (25, 25, 30))  # fmt: skip
        ghost = _portrait(rng, int(14 * r), int(18 * r))
        ghost = 1 - (1 - ghost) * 0.25
        gx, gy = W - ghost.shape[1] - int(4 * r), int(3 * r)
        img[gy : gy + ghost.shape[0], gx : gx + ghost.shape[1]] *= ghost
    else:
        title = TITLES.get(state, "PASSPORT / PASSEPORT" if fmt == "TD3" else "VISA")
        title_face = "cjk" if state in TITLES else "sans-bold"
        _text(draw, (6 * r, 3 * r), title, title_face, 3.0 * r, (60, 40, 90))
        vx, vy = 4 * r, 9 * r
        room = H - vy - 16 * r  # above the MRZ
        ph = min(room * rng.uniform(0.85, 1.0), 45 * r)  # a 35 x 45 mm photo at most
        portrait = _portrait(rng, int(ph / 1.28), int(ph))
        tx = vx + portrait.shape[1] + 4 * r
        labels = ("Surname", "Given names", "Nationality", "Date of birth", "Date of expiry")
        step = room / len(labels)
        for i, lab in enumerate(labels):
            yy = vy + i * step
            _text(draw, (tx, yy), lab, "sans", min(1.5 * r, step * 0.3), (90, 90, 120))
            _text(draw, (tx, yy + min(1.7 * r, step * 0.34)), _mixed(rng, int(rng.integers(4, 12))),
                  "sans-bold", min(2.2 * r, step * 0.42), (25, 25, 30))  # fmt: skip
        if rng.random() < 0.7:
            sx = tx + (W - tx) * 0.5
            _signature(
                rng, draw, sx, vy + room * 0.6, (W - sx) * 0.8, 4 * r, max(1, round(0.3 * r))
            )
        py, px_ = int(vy), int(vx)
        img[py : py + portrait.shape[0], px_ : px_ + portrait.shape[1]] = portrait
        # The photo is printed with carbon-bearing inks: it stays visible in infrared.
        ir[py : py + portrait.shape[0], px_ : px_ + portrait.shape[1]] = 0.55 + 0.3 * portrait.mean(
            -1
        )
    img *= np.asarray(viz, np.float32)[..., ::-1] / 255.0
    quad = marks = np.zeros((0, 2), np.float32)
    if not no_mrz:
        quad, marks = _print_mrz(rng, img, ir, fmt, lines, plan, r, rng.uniform(*CAP_MM), notes)
    else:
        notes.append("no MRZ: the page of a document without one")
    if fmt in ("TD1", "TD2"):
        _round_corners(img, ir, 3.18 * r)
    if not visa:
        if fmt == "TD3":
            _stamps(rng, img, r, quad, notes)
        return Page(img, ir, quad, marks, notes)
    # The foil on a passport page (125 x 88 mm), its bottom edge near the page's, so that
    # the MRZ sits where a reader expects a passport's.
    pw, ph_ = round(125.0 * r), round(88.0 * r)
    host = _tint(rng, ph_, pw) * 0.5 + 0.5
    host_ir = np.full((ph_, pw), float(ir.max()), np.float32)
    x0 = int(rng.uniform(1.0, max(1.5, 125.0 - dw_mm - 1.0)) * r)
    y0 = ph_ - H - int(rng.uniform(0.5, 2.0) * r)
    host[y0 : y0 + H, x0 : x0 + W] = img * 0.97  # the foil's film, a shade darker
    host_ir[y0 : y0 + H, x0 : x0 + W] = ir
    shift = np.float32([x0, y0])
    quad = quad + shift if len(quad) else quad
    marks = marks + shift if len(marks) else marks
    _stamps(rng, host, r, quad, notes, many=True)
    notes.append("visa foil on a passport page")
    return Page(host, host_ir, quad, marks, notes)


def _round_corners(img: np.ndarray, ir: np.ndarray, rad: float) -> None:
    h, w = ir.shape
    mask = np.zeros((h, w), np.uint8)
    k = int(rad)
    cv2.rectangle(mask, (k, 0), (w - 1 - k, h - 1), 255, -1)
    cv2.rectangle(mask, (0, k), (w - 1, h - 1 - k), 255, -1)
    for cx, cy in ((k, k), (w - 1 - k, k), (k, h - 1 - k), (w - 1 - k, h - 1 - k)):
        cv2.circle(mask, (cx, cy), k, 255, -1)
    out = mask == 0
    img[out] = 0.0  # outside the card: transparent, filled by the capture's background
    ir[out] = 0.0


def _stamps(rng: np.random.Generator, img: np.ndarray, r: float, quad: np.ndarray,
            notes: list[str], many: bool = False) -> None:  # fmt: skip
    """Entry stamps in a translucent dye ink (a data page gets one now and then, a visa's
    page up to two); about one in eight touches the MRZ's upper edge."""
    h, w = img.shape[:2]
    n = int(rng.integers(0, 3)) if many else int(rng.random() < 0.35)
    for _ in range(n):
        colour = np.array(
            rng.choice([[0.7, 0.3, 0.2], [0.3, 0.2, 0.7], [0.2, 0.5, 0.2]]), np.float32
        )
        rad = int(rng.uniform(9, 13) * r)
        cx, cy = int(rng.uniform(0.4, 0.9) * w), int(rng.uniform(0.2, 0.5) * h)
        if len(quad) and rng.random() < 0.12:
            cy = int(quad[0, 1] - rad * rng.uniform(0.7, 0.95))
            notes.append("stamp touching the MRZ")
        mask = np.zeros((h, w), np.uint8)
        cv2.circle(mask, (cx, cy), rad, 255, max(1, int(0.5 * r)))
        cv2.circle(mask, (cx, cy), int(rad * 0.72), 255, max(1, int(0.3 * r)))
        cv2.putText(mask, "TPE " + str(int(rng.integers(10, 99))), (cx - int(rad * 0.6), cy),
                    cv2.FONT_HERSHEY_SIMPLEX, r * 0.12, 255, max(1, int(0.3 * r)))  # fmt: skip
        a = (mask.astype(np.float32) / 255.0 * rng.uniform(0.35, 0.6))[..., None]
        img[:] = img * (1 - a) + img * colour * a


def _print_mrz(rng: np.random.Generator, img: np.ndarray, ir: np.ndarray, fmt: str,
               lines: tuple[str, ...], plan: FacePlan, r: float, cap_mm: float,
               notes: list[str]) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """Prints the MRZ into img and ir; returns its corners (top-left, top-right,
    bottom-right, bottom-left) around the capitals of its first and last lines, and
    (baseline, cap top) pairs at both ends of those lines."""
    h, w = ir.shape
    cap = max(4, round(cap_mm * r))
    cell_f = PITCH_MM * r
    cell = max(3, round(cell_f))
    line_mm = rng.uniform(*LINE_MM)
    card = fmt in ("TD1", "TD2")
    bottom_mm = rng.uniform(3.5, 5.5) if not card else rng.uniform(3.0, 4.0)
    left_mm = rng.uniform(5.0, 7.0) if not card else rng.uniform(3.0, 4.0)
    n = len(lines)
    zone_w = len(lines[0]) * PITCH_MM
    left_mm = min(left_mm, (w / r - zone_w) / 2)  # centred when the margins are tight
    ink = np.zeros((h, w), np.float32)
    baselines = [h - (bottom_mm + (n - 1 - i) * line_mm) * r for i in range(n)]
    for i, text in enumerate(lines):
        for j, ch in enumerate(text):
            g = glyph(plan.face(i, ch), ch, cap, cell)
            dx = rng.normal(0, 0.03) * r
            dy = rng.normal(0, 0.03) * r
            x0 = round(left_mm * r + j * cell_f + dx)
            y0 = round(baselines[i] - 1.5 * cap + dy)
            y1, x1 = y0 + g.shape[0], x0 + g.shape[1]
            if y0 < 0 or x0 < 0 or y1 > h or x1 > w:
                continue
            ink[y0:y1, x0:x1] = np.maximum(ink[y0:y1, x0:x1], g)
    process = _pick(rng, PRINTS["TD3" if fmt == "TD3" else ("card" if card else "visa")])
    ink, darkness = _process(rng, ink, process, r, baselines, cap, notes)
    colour = (
        np.array([0.08, 0.07, 0.07], np.float32)
        if process != "engraved"
        else np.array([0.22, 0.22, 0.24], np.float32)
    )
    a = (ink * darkness)[..., None]
    img[:] = img * (1 - a) + colour * a
    ir[:] = ir * (1 - ink * darkness * 0.95)
    notes.append(f"print {process}")
    x_l, x_r = left_mm * r, left_mm * r + len(lines[0]) * cell_f
    top, bot = baselines[0] - cap, baselines[-1]
    quad = np.float32([[x_l, top], [x_r, top], [x_r, bot], [x_l, bot]])
    marks = np.float32(
        [
            (x, y - d)
            for y in (baselines[0], baselines[-1])
            for x in (x_l + cell_f / 2, x_r - cell_f / 2)
            for d in (0, cap)
        ]
    )
    return quad, marks


def _process(rng: np.random.Generator, ink: np.ndarray, process: str, r: float,
             baselines: list[float], cap: int,
             notes: list[str]) -> tuple[np.ndarray, float]:  # fmt: skip
    h, w = ink.shape
    darkness = 0.95
    if process == "laser":
        holes = (rng.random((h, w)) < rng.uniform(0.002, 0.01)).astype(np.float32)
        holes = cv2.dilate(holes, np.ones((2, 2), np.uint8))
        ink = ink * (1 - holes * 0.9)
        if rng.random() < 0.3:  # toner starvation: a pale vertical streak
            x = int(rng.uniform(0.1, 0.9) * w)
            wide = int(rng.uniform(1.5, 5) * r)
            ink[:, x : x + wide] *= rng.uniform(0.55, 0.75)
            notes.append("toner streak")
    elif process == "inkjet":
        sigma = rng.uniform(0.25, 0.6) * r / 10
        ink = np.clip(cv2.GaussianBlur(ink, (0, 0), max(0.4, sigma)) * 1.25, 0, 1)
        drops = (rng.random((h, w)) < 0.0006).astype(np.float32)
        near = cv2.dilate((ink > 0.5).astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
        ink = np.maximum(ink, drops * near * 0.8)
        darkness = 0.88
    elif process == "engraved":
        k = max(1, round(0.04 * r))
        ink = cv2.erode(ink, np.ones((k, k), np.uint8)) if r >= 14 else ink * 0.95
        darkness = 0.85
    elif process == "thermal":
        rows = np.arange(h, dtype=np.float32)[:, None]
        period = rng.uniform(0.25, 0.4) * r
        ink = ink * (0.85 + 0.15 * np.cos(rows * 2 * math.pi / period))
        if rng.random() < 0.35:  # a dead head element: a thin white line along one line
            i = int(rng.integers(len(baselines)))
            y = int(baselines[i] - rng.uniform(0.3, 0.7) * cap)
            ink[y : y + max(1, round(0.08 * r))] *= 0.15
            notes.append(f"dead thermal element in line {i + 1}")
    else:  # a worn ribbon: uneven density, small dropouts
        low = cv2.resize(rng.random((max(2, h // 40), max(2, w // 40))).astype(np.float32), (w, h))
        ink = ink * (0.6 + 0.4 * low)
        holes = (rng.random((h, w)) < 0.004).astype(np.float32)
        ink = ink * (1 - cv2.dilate(holes, np.ones((2, 2), np.uint8)) * 0.7)
        darkness = 0.85
    return ink.astype(np.float32), darkness


# ---------------------------------------------------------------------------- capture


def _hologram(rng: np.random.Generator, img: np.ndarray, r: float) -> None:
    """An iridescent laminate overlay (emblems and waves, a rainbow that shifts across the
    page), a few per cent over everything, the MRZ included."""
    h, w = img.shape[:2]
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    step = rng.uniform(14, 22) * r
    ex, ey = (x % step) - step / 2, (y % step) - step / 2
    emblem = np.abs(np.hypot(ex, ey) - step * 0.3) < 0.5 * r
    wave = np.abs(np.sin(y / (1.7 * r) + np.sin(x / (6 * r)) * 2)) > 0.97
    pattern = (emblem | wave).astype(np.float32)
    phase = (x + y * rng.uniform(0.3, 1.0)) / (w * rng.uniform(0.3, 0.6)) * 2 * math.pi
    rainbow = np.stack([0.5 + 0.5 * np.cos(phase + k) for k in (0.0, 2.1, 4.2)], -1)
    a = (cv2.GaussianBlur(pattern, (0, 0), 0.6) * rng.uniform(0.05, 0.12))[..., None]
    img[:] = img * (1 - a) + rainbow.astype(np.float32) * a


def _lighting(rng: np.random.Generator, h: int, w: int, strength: float) -> np.ndarray:
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0, w), rng.uniform(0, h)
    d = np.hypot((x - cx) / w, (y - cy) / h)
    grad = (x / w - 0.5) * rng.uniform(-1, 1) + (y / h - 0.5) * rng.uniform(-1, 1)
    return np.clip(1 - strength * (d**2) + 0.5 * strength * grad, 0.35, 1.15).astype(np.float32)


def _glare(rng: np.random.Generator, img: np.ndarray, centre: tuple[float, float], size: float,
           paper: np.ndarray, band: bool) -> None:  # fmt: skip
    """Specular glare from the laminate (so only on the document, `paper`): a band (reader
    lamps) or an oval spot (a phone's flash or the ceiling light), its peak capped so that
    no character is blanked."""
    h, w = img.shape[:2]
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = centre
    if band:
        ang = rng.uniform(-0.6, 0.6)
        d = ((x - cx) * math.cos(ang) + (y - cy) * math.sin(ang)) / size
    else:
        d = np.hypot((x - cx) / size, (y - cy) / (size * rng.uniform(0.4, 0.8)))
    a = (rng.uniform(0.25, 0.5) * np.exp(-(d**2)))[..., None].astype(np.float32) * paper
    img[:] = img * (1 - a) + a


def _bow(rng: np.random.Generator, img: np.ndarray, quad: np.ndarray, marks: np.ndarray,
         r: float, notes: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:  # fmt: skip
    """An open booklet's data page: it lifts and shades towards the spine (the top edge)
    and bows along its length, the MRZ by up to 0.6 mm."""
    h, w = img.shape[:2]
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    amp = rng.uniform(0.15, 0.6) * r
    spine = rng.uniform(0.08, 0.18) * h
    lift = np.where(y < spine, (1 - y / spine) ** 2 * rng.uniform(0.1, 0.3) * spine, 0)
    dy = amp * np.sin(math.pi * x / w) * (0.3 + 0.7 * y / h) - lift
    out = cv2.remap(img, x, (y + dy).astype(np.float32), cv2.INTER_LINEAR,
                    borderMode=cv2.BORDER_REPLICATE)  # fmt: skip
    shade = np.where(y < spine, 1 - 0.35 * (1 - y / spine) ** 2, 1).astype(np.float32)
    out *= shade[..., None] if out.ndim == 3 else shade

    def move(p: np.ndarray) -> np.ndarray:
        q = p.copy()
        q[:, 1] -= amp * np.sin(math.pi * p[:, 0] / w) * (0.3 + 0.7 * p[:, 1] / h)
        return q

    notes.append(f"booklet curvature {amp / r:.2f} mm")
    return out, move(quad) if len(quad) else quad, move(marks) if len(marks) else marks


def _tilt_homography(rng: np.random.Generator, w: int, h: int, tilt_deg: float,
                     turn_deg: float) -> np.ndarray:  # fmt: skip
    """The page's plane seen from a camera: out-of-plane tilt about a random in-plane
    axis, then turned in the image plane (page px to unit-scale image px)."""
    f = 2.2 * max(w, h)  # a phone's normal lens at arm's length
    axis = rng.uniform(0, 2 * math.pi)
    t = math.radians(tilt_deg)
    ax, ay = math.cos(axis), math.sin(axis)
    # Rodrigues rotation about (ax, ay, 0)
    k = np.array([[0, 0, ay], [0, 0, -ax], [-ay, ax, 0]])
    rot = np.eye(3) + math.sin(t) * k + (1 - math.cos(t)) * (k @ k)
    c, s = math.cos(math.radians(turn_deg)), math.sin(math.radians(turn_deg))
    spin = np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]])
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = []
    for px, py in src:
        p = spin @ rot @ np.array([px - w / 2, py - h / 2, 0.0])
        z = f + p[2]
        dst.append((f * p[0] / z, f * p[1] / z))
    return cv2.getPerspectiveTransform(src, np.float32(dst))


def _map(hm: np.ndarray, pts: np.ndarray) -> np.ndarray:
    if not len(pts):
        return pts
    return cv2.perspectiveTransform(pts.reshape(-1, 1, 2).astype(np.float64), hm).reshape(-1, 2)


def _cap_of(marks: np.ndarray) -> float:
    if not len(marks):
        return 0.0
    return float(np.mean(np.linalg.norm(marks[0::2] - marks[1::2], axis=1)))


def _place(hm: np.ndarray, w: int, h: int, target_cap: float, marks: np.ndarray, cap_page: float,
           margin: float) -> tuple[np.ndarray, tuple[int, int]]:  # fmt: skip
    """Scale hm so that the capitals are target_cap px, then shift the page into a canvas
    with `margin` (a fraction of the page) around it."""
    cap_now = _cap_of(_map(hm, marks)) if len(marks) else cap_page
    k = target_cap / cap_now
    hm = np.diag([k, k, 1.0]) @ hm
    corners = _map(hm, np.float32([[0, 0], [w, 0], [w, h], [0, h]]))
    lo, hi = corners.min(0), corners.max(0)
    pad = margin * (hi - lo)
    hm = np.array([[1, 0, pad[0] - lo[0]], [0, 1, pad[1] - lo[1]], [0, 0, 1]]) @ hm
    size = (hi - lo + 2 * pad).astype(int) + 1
    return hm, (int(size[0]), int(size[1]))


def _background(rng: np.random.Generator, kind: str, w: int, h: int) -> np.ndarray:
    if kind == "reader":  # the reader's dark window
        bg = np.full((h, w, 3), rng.uniform(0.05, 0.2), np.float32)
    elif kind == "scan":  # the scanner's white lid
        bg = np.full((h, w, 3), rng.uniform(0.9, 0.98), np.float32)
    else:  # a counter top: wood or laminate with a grain
        base = np.array(
            rng.choice([[0.25, 0.4, 0.55], [0.5, 0.5, 0.5], [0.2, 0.22, 0.25]]), np.float32
        )
        grain = cv2.resize(rng.random((max(2, h // 8), max(2, w // 60))).astype(np.float32), (w, h))
        bg = base * (0.85 + 0.3 * grain)[..., None]
    return bg.astype(np.float32)


def _warp(src: np.ndarray, hm: np.ndarray, size: tuple[int, int], bg: np.ndarray,
          interp: int = cv2.INTER_AREA) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """src warped onto bg, and where the document is (0-1); src's pure-black pixels (a
    card's cut corners) are not the document."""
    ch = src.shape[2] if src.ndim == 3 else 1
    src3 = src if src.ndim == 3 else src[..., None]
    flags = interp if interp != cv2.INTER_AREA else cv2.INTER_LINEAR
    k = math.sqrt(abs(np.linalg.det(hm[:2, :2])))
    if interp == cv2.INTER_AREA and k < 0.7:  # shrink smoothly: blur before sampling
        src3 = cv2.GaussianBlur(src3, (0, 0), 0.45 / k).reshape(src3.shape)
    alpha = (src3.max(-1) > 0.004).astype(np.float32)
    out = cv2.warpPerspective(src3, hm, size, flags=flags, borderValue=0).reshape(
        size[1], size[0], ch
    )
    a = cv2.warpPerspective(alpha, hm, size, flags=cv2.INTER_LINEAR, borderValue=0)[..., None]
    if ch == 1:
        bg = bg.mean(-1, keepdims=True)
    return out * a + bg * (1 - a), a


def _jpeg(img: np.ndarray, quality: int) -> tuple[bytes, np.ndarray]:
    u8 = np.clip(img * 255 + 0.5, 0, 255).astype(np.uint8)
    ok, buf = cv2.imencode(".jpg", u8, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    assert ok
    data = buf.tobytes()
    return data, cv2.imdecode(buf, cv2.IMREAD_COLOR)


def _noise(rng: np.random.Generator, img: np.ndarray, sigma: float) -> np.ndarray:
    return img + rng.normal(0, sigma, img.shape).astype(np.float32)


def _motion(img: np.ndarray, length: float, angle: float) -> np.ndarray:
    n = max(3, int(length) | 1)
    k = np.zeros((n, n), np.float32)
    c = n // 2
    dx, dy = math.cos(angle), math.sin(angle)
    for t in np.linspace(-c, c, 4 * n):
        k[round(c + t * dy), round(c + t * dx)] = 1
    return cv2.filter2D(img, -1, k / k.sum())


def _defocus(img: np.ndarray, radius: float) -> np.ndarray:
    n = math.ceil(radius) * 2 + 1
    k = np.zeros((n, n), np.float32)
    cv2.circle(k, (n // 2, n // 2), max(1, round(radius)), 1.0, -1)
    return cv2.filter2D(img, -1, k / k.sum())


def _video(rng: np.random.Generator, img: np.ndarray, notes: list[str]) -> np.ndarray:
    """A webcam's video path: 4:2:0 chroma, a temporal denoiser's smear, blocky coding."""
    u8 = np.clip(img * 255, 0, 255).astype(np.uint8)
    ycc = cv2.cvtColor(u8, cv2.COLOR_BGR2YCrCb)
    h, w = ycc.shape[:2]
    for c in (1, 2):
        small = cv2.resize(ycc[..., c], (w // 2, h // 2), interpolation=cv2.INTER_AREA)
        ycc[..., c] = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    ycc[..., 0] = cv2.bilateralFilter(ycc[..., 0], 5, rng.uniform(10, 25), 3)
    u8 = cv2.cvtColor(ycc, cv2.COLOR_YCrCb2BGR)
    q = int(rng.integers(30, 55))
    _, u8 = cv2.imencode(".jpg", u8, [cv2.IMWRITE_JPEG_QUALITY, q])
    notes.append(f"video coding q{q}")
    return cv2.imdecode(u8, cv2.IMREAD_COLOR).astype(np.float32) / 255.0


def _screen(rng: np.random.Generator, img: np.ndarray, notes: list[str]) -> np.ndarray:
    """The page shown on a monitor: RGB subpixel stripes, a raised black level; the phone
    then samples it (the moire comes from that sampling)."""
    h, w = img.shape[:2]
    sub = np.zeros((h, w, 3), np.float32)
    x = np.arange(w) % 3
    for c, b in enumerate((2, 1, 0)):  # BGR: red stripe first
        sub[:, x == c, b] = 1.0
    rows = (np.arange(h) % 3 != 2).astype(np.float32)[:, None, None]
    shown = 0.08 + 0.85 * img
    notes.append("photo of a monitor (moire)")
    return np.clip(shown * (0.35 + 0.65 * sub * 3 * rows) / 1.25, 0, 1).astype(np.float32)


@dataclasses.dataclass(frozen=True, eq=False)
class Sample(synth.Sample):
    """synth.Sample (level = the capture) with the verdict and what was applied."""

    valid: bool = True
    capture: str = ""
    font: str = ""
    face_kind: str = ""
    cap_px: float = 0.0
    mrz_quad: tuple[tuple[float, float], ...] = ()
    notes: str = ""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sample):
            return NotImplemented
        fields = [f.name for f in dataclasses.fields(self) if f.name != "image"]
        return all(getattr(self, f) == getattr(other, f) for f in fields)

    __hash__ = None  # type: ignore[assignment]


def _render_scale(capture: str, target: float) -> float:
    """Drawing resolution (px/mm) for a capture whose capitals are `target` px: finer than
    the picture so that resampling, not drawing, sets the detail."""
    return float(np.clip(target / 2.45 * 1.6, 8.0, 18.0))


Plan = tuple[str, tuple[str, ...], tuple[str, ...], bool, str, FacePlan, bool]


def plan(rng: np.random.Generator, today: dt.date) -> Plan:
    """The draws sample() makes before it renders: truth, capture, face plan, no MRZ."""
    fmt, composed, printed, valid = random_mrz(rng, today)
    capture = _pick(rng, CAPTURES)
    fp = face_plan(rng, len(printed))
    no_mrz = bool(rng.random() < NO_MRZ_SHARE)
    return fmt, composed, printed, valid, capture, fp, no_mrz


def sample(seed: int, *, today: dt.date) -> Sample:
    """One picture and its truth, deterministic in seed."""
    for name in FACES:  # refuse to run without every face, before anything is drawn
        face_path(name)
    rng = np.random.default_rng(seed)
    fmt, composed, printed, valid, capture, fp, no_mrz = plan(rng, today)
    notes: list[str] = [f"capture {capture}"]
    if no_mrz:
        valid = False
    else:
        notes.append(f"face {fp.label}")
        note = misprint_note(fmt, composed, printed)
        if note:
            notes.append(note)
    lo, hi = CAP_PX["reader" if capture == "thumbnail" else capture]
    if capture == "scan":
        dpi = float(rng.uniform(150, 300))
        notes.append(f"{dpi:.0f} dpi")
        target = dpi / 25.4 * 2.45
    elif capture == "thumbnail":
        target = float(rng.uniform(18, 26))
    else:
        target = float(rng.uniform(lo, hi))
    r = _render_scale(capture, target)
    page = _page(rng, fmt, printed, fp, r, no_mrz)
    img, ir, quad, marks = page.img, page.ir, page.quad, page.marks
    notes += page.notes
    h, w = ir.shape
    cap_page = 2.45 * r
    laminated = fmt in ("TD3", "TD1", "TD2")
    booklet = fmt in ("TD3", "MRV-A", "MRV-B")
    infrared = capture in ("reader", "thumbnail") and rng.random() < 0.3
    if (
        laminated
        and not infrared
        and capture in ("reader", "phone", "thumbnail")
        and rng.random() < 0.4
    ):
        _hologram(rng, img, r)
        notes.append("hologram overlay")
    src: np.ndarray = ir if infrared else img
    if infrared:
        notes.append("infrared")
    if booklet and capture in ("scan", "phone") and rng.random() < 0.6:
        src, quad, marks = _bow(rng, src, quad, marks, r, notes)
    if capture == "scan":
        target = (
            dpi / 25.4 * float(np.mean(np.linalg.norm(marks[0::2] - marks[1::2], axis=1))) / r
            if len(marks)
            else target
        )
    if capture in ("reader", "thumbnail"):
        hm = _tilt_homography(rng, w, h, 0.0, rng.uniform(-1.5, 1.5))
        hm, size = _place(hm, w, h, target, marks, cap_page, rng.uniform(0.02, 0.06))
    elif capture == "scan":
        hm = _tilt_homography(rng, w, h, 0.0, rng.uniform(-3, 3))
        hm, size = _place(hm, w, h, target, marks, cap_page, rng.uniform(0.05, 0.25))
    elif capture == "phone":
        tilt = float(rng.uniform(0, 25) if rng.random() < 0.6 else rng.uniform(0, 8))
        turn = float(rng.uniform(-25, 25) if rng.random() < 0.5 else rng.uniform(-6, 6))
        notes.append(f"tilt {tilt:.0f} deg, turned {turn:.0f} deg")
        hm = _tilt_homography(rng, w, h, tilt, turn)
        hm, size = _place(hm, w, h, target, marks, cap_page, rng.uniform(0.05, 0.2))
    else:  # webcam: a fixed frame; the zone must fit in it
        size = WEBCAM_MODES[int(rng.integers(len(WEBCAM_MODES)))]
        hm = _tilt_homography(rng, w, h, rng.uniform(0, 10), rng.uniform(-5, 5))
        hm, _ = _place(hm, w, h, target, marks, cap_page, 0.0)
        # Aimed at the page: its centre near the frame's, then moved as little as needed
        # for the whole zone to be in the frame.
        if len(quad):
            q = _map(hm, quad)
            span = q.max(0) - q.min(0)
            fit = min(1.0, 0.9 * size[0] / span[0], 0.9 * size[1] / span[1])
            hm = np.diag([fit, fit, 1.0]) @ hm
        centre = _map(hm, np.float32([[w / 2, h / 2]]))[0]
        aim = np.array(size) / 2 + rng.normal(0, 0.08, 2) * size
        move = aim - centre
        if len(quad):
            q = _map(hm, quad) + move
            pad = 0.04 * np.array(size)
            move += np.maximum(0, pad - q.min(0)) - np.maximum(0, q.max(0) - (np.array(size) - pad))
        hm = np.array([[1, 0, move[0]], [0, 1, move[1]], [0, 0, 1]]) @ hm
    screen = capture == "phone" and rng.random() < SCREEN_SHARE
    if screen:  # a scan shown on a monitor at 1.3-1.8 times the final size, photographed
        sc = rng.uniform(1.3, 1.8) * target / cap_page
        pad = 0.12 * max(w, h) * sc  # the scan's white around the page, in the viewer
        front = np.array([[sc, 0, pad], [0, sc, pad], [0, 0, 1]])
        fsize = (int(w * sc + 2 * pad) + 1, int(h * sc + 2 * pad) + 1)
        white = np.full((fsize[1], fsize[0], 3), rng.uniform(0.88, 0.97), np.float32)
        src = _screen(rng, _warp(src, front, fsize, white)[0], notes)
        hm = hm @ np.linalg.inv(front)
        quad, marks = _map(front, quad), _map(front, marks)
    bezel = capture == "thumbnail" or screen  # a reader's dark window, a monitor's bezel
    bg = _background(rng, "reader" if bezel else capture, size[0], size[1])
    out, paper = _warp(src, hm, size, bg, cv2.INTER_LINEAR if screen else cv2.INTER_AREA)
    if out.shape[-1] == 1:
        out = np.repeat(out, 3, -1)
    quad, marks = _map(hm, quad), _map(hm, marks)
    H, W = out.shape[:2]
    # Light, glare, blur, noise and coding, as each device adds them.
    if capture in ("reader", "thumbnail"):
        out *= _lighting(rng, H, W, rng.uniform(0.05, 0.25))[..., None]
        if not infrared and rng.random() < 0.35 and len(quad):
            c = quad.mean(0) + rng.normal(0, 0.1, 2) * (W, H)
            _glare(
                rng, out, (float(c[0]), float(c[1])), rng.uniform(0.05, 0.15) * W, paper, band=True
            )
            notes.append("laminate glare band")
        out = _noise(rng, out, rng.uniform(0.005, 0.015))
        quality = int(rng.integers(75, 96))
    elif capture == "scan":
        side = int(rng.integers(4))
        shadow = np.ones((H, W), np.float32)
        ramp = np.linspace(0.7, 1.0, max(2, W // 12), dtype=np.float32)
        if side == 0:
            shadow[:, : len(ramp)] = ramp
        elif side == 1:
            shadow[:, W - len(ramp) :] = ramp[::-1]
        out *= shadow[..., None]
        dust = (rng.random((H, W)) < 0.0002).astype(np.float32)
        out *= 1 - cv2.dilate(dust, np.ones((2, 2), np.uint8))[..., None] * 0.7
        out = _noise(rng, out, rng.uniform(0.004, 0.012))
        quality = int(rng.integers(70, 96))
    elif capture == "phone":
        out *= _lighting(rng, H, W, rng.uniform(0.1, 0.45))[..., None]
        if not screen and laminated and rng.random() < 0.35:
            c = (quad.mean(0) if len(quad) else np.array([W / 2, H / 2])) + rng.normal(
                0, 0.12, 2
            ) * (W, H)
            _glare(
                rng, out, (float(c[0]), float(c[1])), rng.uniform(0.04, 0.1) * W, paper, band=False
            )
            notes.append("glare spot")
        blur = rng.random()
        if blur < 0.35:
            length = rng.uniform(2, 1 + target / 5)
            out = _motion(out, length, rng.uniform(0, math.pi))
            notes.append(f"motion blur {length:.1f} px")
        elif blur < 0.6:
            rad = rng.uniform(0.8, max(1.0, target / 12))
            out = _defocus(out, rad)
            notes.append(f"defocus {rad:.1f} px")
        dark = not screen and rng.random() < 0.3  # a monitor gives its own light
        if dark:
            out = out * rng.uniform(0.35, 0.6)
            notes.append("low light")
        out = _noise(rng, out, rng.uniform(0.02, 0.045) if dark else rng.uniform(0.006, 0.02))
        quality = int(rng.integers(45, 91))
    else:
        cast = np.array(rng.uniform(0.85, 1.1, 3), np.float32)
        out = out * cast * _lighting(rng, H, W, rng.uniform(0.1, 0.3))[..., None]
        out = _defocus(out, rng.uniform(0.6, 1.2)) if rng.random() < 0.5 else out
        out = _noise(rng, out, rng.uniform(0.01, 0.03))
        out = _video(rng, np.clip(out, 0, 1), notes)
        quality = int(rng.integers(60, 86))
    jpeg, image = _jpeg(np.clip(out, 0, 1), quality)
    if capture == "thumbnail":
        goal = float(rng.uniform(*CAP_PX["thumbnail"]))
        k = goal / _cap_of(marks) if len(marks) else goal / target
        image = cv2.resize(
            image, (max(1, round(W * k)), max(1, round(H * k))), interpolation=cv2.INTER_AREA
        )
        quad, marks = quad * k, marks * k
        quality = int(rng.integers(60, 91))
        jpeg, image = _jpeg(image.astype(np.float32) / 255.0, quality)
    notes.append(f"JPEG {quality}")
    cap_px = _cap_of(marks)
    return Sample(
        seed=seed,
        level=capture,
        format="none" if no_mrz else fmt,
        lines=() if no_mrz else printed,
        image=image,
        jpeg=jpeg,
        valid=valid,
        capture=capture,
        font="" if no_mrz else fp.label,
        face_kind="" if no_mrz else fp.kind,
        cap_px=round(cap_px, 2),
        mrz_quad=tuple((round(float(x), 1), round(float(y), 1)) for x, y in quad),
        notes="; ".join(notes),
    )


def scored_mix(today: dt.date) -> dict[str, int]:
    """Counts of the 200 scored seeds' draws (no rendering): formats of the pages with an
    MRZ, pages without one ("none"), printed invalid, captures, face kinds, new faces."""
    mix: collections.Counter[str] = collections.Counter()
    for seed in range(SEED, SEED + IMAGES):
        fmt, _composed, _printed, valid, capture, fp, no_mrz = plan(
            np.random.default_rng(seed), today
        )
        mix[capture] += 1
        if no_mrz:
            mix["none"] += 1
            continue
        mix[fmt] += 1
        mix["invalid"] += not valid
        mix[fp.kind] += 1
        if fp.kind != "ocrb":
            mix[fp.other or fp.base] += 1
    return dict(sorted(mix.items()))
