"""A fifth document-photo generator: the held-out set scored once, at the end (issue 10).

Written without running the OCR on any image it makes and without reading the OCR's
code; only a handful of images were looked at by eye. The four earlier generators are
development data (synth.py, mrz_variant.py, mrz_heldout.py) or were seen once
(mrz_heldout4.py). The first three photograph synth.render_page's PIL page (pastel
wash, polyline guilloche, MRZ at 10 px/mm) with synth.photograph's rotated rectangle;
heldout4 has its own page (iris print, PIL rosettes, booklets, fingers) and a pinhole
camera with barrel distortion, a Bayer mosaic and subpixel-stripe screens. This one
shares no rendering code with them and models what the product promises to read:

- content: TD3 72 %, TD1 12 %, MRV-A 9 %, MRV-B 4 %, TD2 3 % (an airport's mix); names
  in their own scripts (Latin with diacritics, Cyrillic, Greek) transliterated with
  9303-3's tables (ЖУКОВ -> ZHUKOV, Ω -> O, Ä -> AE, apostrophes dropped); issuers'
  document-number patterns (DEU's letter set, NLD, CHN E+8, UKR, RUS, TD1 numbers
  longer than 9) and look-alike runs (0/O, 1/I, 8/B, 5/S, 2/Z, 6/G) in numbers and
  optional data; D<< and other 9303 codes; one document in ten printed with one check
  digit wrong (truth: invalid as printed);
- the page, drawn as separate ink layers on paper (multiplicative mixing): paper with
  value-noise mottle and directional fibres; analytic guilloche (interlaced line
  families and a rosette from phase fields, split-fountain colours) fainter in the
  MRZ's clear zone; labels and personalisation text; a portrait; the MRZ rendered 3x
  supersampled and area-averaged, with dot gain (blur and a threshold curve: bolder or
  thinner ink); entry stamps (round, framed, arrow) whose rim may cross the MRZ's
  outer edge in translucent ink. An infrared capture keeps only carbon inks (the MRZ
  and the personalisation), as document readers' IR channel does;
- captures: (a) full-page readers, 300-400 dpi, white or IR light, the document
  against the glass's corner guide, even LED light with the laminate's reflex stripe
  (30 %); (b) counter webcams and document cameras, 150-300 dpi, fixed frames, up to 10
  degrees turned and 8 degrees tilted, polygon-aperture defocus, Poisson-Gaussian
  noise in linear light with row noise and column fixed pattern, 4:2:0 chroma, JPEG
  55-90 (33 %); (c) phone photos, 165-330 dpi, turned up to 25 degrees, tilted up to 12,
  rolling-shutter shear, a soft shadow, a glare streak kept off the characters, edge-
  aware noise reduction, local tone mapping, JPEG 68-93 (25 %); (d) non-OCR-B renderings:
  a phone photo of a specimen shown on an LCD (RGB stripes and black matrix blurred by
  the lens, then sampled by the sensor: moiré; refresh banding) (5 %), and a re-typeset
  specimen in Noto Sans Mono CJK Bold or DejaVu Sans Mono (Book, Bold) at the
  face's own advance plus tracking, glyphs snapped to whole pixels as a web figure,
  saved as a figure or printed and captured by a document camera (7 %). Characters are
  at least 12 px high in every capture.

Seeds start at 1 500 000 (never used elsewhere). `sample(seed, today)`.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop.documents import codes
from desktop.documents import layout as mrz_layout
from desktop.documents.mrz import compose, parse

SEED = 1_500_000
_FONTS = Path("/usr/share/fonts")
OCRB = _FONTS / "opentype/ocr-b/OCRB.otf"
NOTO_MONO_BOLD = (_FONTS / "opentype/noto/NotoSansCJK-Bold.ttc", 5)  # Noto Sans Mono CJK JP
DEJAVU_MONO = _FONTS / "truetype/dejavu/DejaVuSansMono.ttf"
DEJAVU_MONO_BOLD = _FONTS / "truetype/dejavu/DejaVuSansMono-Bold.ttf"
SANS = _FONTS / "truetype/dejavu/DejaVuSansCondensed.ttf"
SANS_BOLD = _FONTS / "truetype/dejavu/DejaVuSansCondensed-Bold.ttf"
SERIF = _FONTS / "truetype/dejavu/DejaVuSerif.ttf"

DOC_MM = {"TD1": (85.6, 53.98), "TD2": (105.0, 74.0), "TD3": (125.0, 88.0),
          "MRV-A": (120.0, 80.0), "MRV-B": (108.0, 80.0)}  # fmt: skip
FORMAT_SHARE = {"TD3": 0.72, "TD1": 0.12, "MRV-A": 0.09, "MRV-B": 0.04, "TD2": 0.03}
CAPTURE_SHARE = {"reader": 0.30, "webcam": 0.33, "phone": 0.25, "screen": 0.05, "retypeset": 0.07}
LETTERS, DIGITS = mrz_layout.LETTERS, mrz_layout.DIGITS

# -- content: names in their scripts, 9303-3 transliteration ------------------------------

# 9303-3, Table A (Latin), and the Cyrillic and Greek tables (Tables B and C).
# fmt: off
_LATIN = {"Ä": "AE", "Æ": "AE", "Å": "AA", "Ö": "OE", "Ø": "OE", "Œ": "OE", "Ü": "UE",
          "ß": "SS", "Þ": "TH", "Ĳ": "IJ", "Ł": "L", "Đ": "D", "Ð": "D", "Ħ": "H",
          "İ": "I", "ı": "I", "Ŋ": "N"}
_CYRILLIC = {"А": "A", "Б": "B", "В": "V", "Г": "G", "Ґ": "G", "Д": "D", "Е": "E", "Ё": "E",
             "Є": "IE", "Ж": "ZH", "З": "Z", "И": "I", "І": "I", "Ї": "I", "Й": "I", "К": "K",
             "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R", "С": "S", "Т": "T",
             "У": "U", "Ф": "F", "Х": "KH", "Ц": "TS", "Ч": "CH", "Ш": "SH", "Щ": "SHCH",
             "Ъ": "IE", "Ы": "Y", "Ь": "", "Э": "E", "Ю": "IU", "Я": "IA"}
_GREEK = {"Α": "A", "Β": "V", "Γ": "G", "Δ": "D", "Ε": "E", "Ζ": "Z", "Η": "I", "Θ": "TH",
          "Ι": "I", "Κ": "K", "Λ": "L", "Μ": "M", "Ν": "N", "Ξ": "X", "Ο": "O", "Π": "P",
          "Ρ": "R", "Σ": "S", "Τ": "T", "Υ": "Y", "Φ": "F", "Χ": "CH", "Ψ": "PS", "Ω": "O"}

# (surnames, given names) per origin, as written in the holder's script.
NAMES = {
    "RUS": (("ЖУКОВСКИЙ", "ЩЕРБАКОВА", "ХРУЩЁВ", "ЦВЕТАЕВА", "ОБОЛЕНСКИЙ", "ЮСУПОВ"),
            ("АНАСТАСИЯ", "ЮРИЙ", "ЗОЯ", "ОЛЕГ", "ИЛЬЯ", "НАТАЛЬЯ")),
    "UKR": (("ШЕВЧЕНКО", "ЄВТУШЕНКО", "БОНДАРЕНКО", "ОЛІЙНИК", "КОВАЛЬ"),
            ("ОЛЕКСАНДР", "ЇЖАК", "ОКСАНА", "ІВАН", "БОГДАН")),
    "BGR": (("ДИМИТРОВ", "ЗЛАТЕВА", "ОБРЕШКОВ"), ("БОЖИДАР", "ЦВЕТЕЛИНА", "ЗДРАВКО")),
    "GRC": (("ΠΑΠΑΔΟΠΟΥΛΟΣ", "ΟΙΚΟΝΟΜΟΥ", "ΖΩΗ", "ΧΑΤΖΗΔΑΚΗΣ", "ΨΑΡΡΟΣ"),
            ("ΙΩΑΝΝΗΣ", "ΘΕΟΔΩΡΑ", "ΞΕΝΙΑ", "ΣΩΚΡΑΤΗΣ", "ΖΗΣΗΣ")),
    "DEU": (("GRÖßBÖLTING", "MÜLLER-LÜDENSCHEIDT", "ZÖLLNER", "OBERSTÄDT", "BIßMANN"),
            ("JÜRGEN", "LIESELOTTE", "OTTO", "BÄRBEL", "ZOË")),
    "SWE": (("ÅSBERG", "ØDEGAARD", "SJÖBLOM", "ÆBELØ"), ("BJÖRN", "ÖRJAN", "SIV", "ÅSA")),
    "POL": (("ŁĘCKI", "ŻÓŁKIEWSKA", "SZCZEPAŃSKI", "BOŻEK"), ("ŁUCJA", "ZBIGNIEW", "OLGIERD")),
    "HUN": (("SZŐKE", "BÍRÓ", "ŐZE", "ZSIGMOND"), ("ZSÓFIA", "BÉLA", "ŐRS")),
    "TUR": (("ÖZBİLGİN", "ŞIŞMAN", "ÇOBANOĞLU", "İŞBİLİR"), ("İBRAHİM", "ÖZGÜR", "ŞÜKRÜ")),
    "ISL": (("ÞÓRÐARDÓTTIR", "GUÐMUNDSSON", "BJÖRNSDÓTTIR"), ("ÞÓRA", "ÖGMUNDUR", "SIGRÍÐUR")),
    "VNM": (("NGUYỄN", "TRẦN", "ĐỖ", "BÙI"), ("THỊ BÍCH", "QUỐC BẢO", "ĐỨC")),
    "ESP": (("O'DONNELL GARCÍA", "IBÁÑEZ DEL OLMO", "ZOZAYA"), ("JOSÉ MARÍA", "IÑIGO", "BEGOÑA")),
    "FRA": (("D'ORSAY", "LEBŒUF", "DE LA BOÉTIE", "OBIANG"), ("JEAN-BAPTISTE", "ZOÉ", "OCÉANE")),
    "NLD": (("VAN 'T HOOFT", "IJZERMAN", "OOSTERBOSCH", "BOOIJ"), ("IJSBRAND", "ZOË", "BOUDEWIJN")),
    "CHN": (("ZHAO", "OUYANG", "BI", "SIMA"), ("ZIYI", "BOBO", "XIAOLI", "ZIZHEN")),
    "IND": (("BHATTACHARYYA", "IYER", "SUBRAMANIAN"), ("LAKSHMI", "OM PRAKASH", "BIBI")),
    "NGA": (("OBI", "OLUWASEGUN", "IBOJIE", "OKONJO-IWEALA"), ("ZAINAB", "OBIOMA", "BISOLA")),
    "SAU": (("AL-ZAHRANI", "BIN SAEED", "AL SOBAIE"), ("OSAMA", "ZAID", "BASSAM")),
    "KOR": (("SIN", "OH", "BOO"), ("SO-YI", "BO-GUM", "ZI-O")),
    "IRL": (("O'BOYLE", "Ó SÚILLEABHÁIN", "MAC GIOLLA BHRÍDE"), ("SIOBHÁN", "OISÍN", "ZOE")),
    "USA": (("OBRIEN", "BOOZER", "ISBELL", "SZOBOSZLAI"), ("ZOOEY", "BOBBIE", "ISIS")),
}
# fmt: on


def mrz_name(text: str) -> str:
    """A name in MRZ characters as 9303-3 says: its tables, diacritics dropped,
    apostrophes removed, hyphens and other separators as spaces (compose makes them <)."""
    out = []
    for ch in text.upper():
        if ch in _LATIN:
            out.append(_LATIN[ch])
        elif ch in _CYRILLIC:
            out.append(_CYRILLIC[ch])
        elif ch in _GREEK or unicodedata.normalize("NFD", ch)[0] in _GREEK:
            out.append(_GREEK.get(ch) or _GREEK[unicodedata.normalize("NFD", ch)[0]])
        elif ch in "'’`":
            continue
        else:
            base = unicodedata.normalize("NFKD", ch)[0]
            out.append(base if base in LETTERS else " ")
    return " ".join("".join(out).split())


def _line_kernel(n: int, rng: np.random.Generator) -> np.ndarray:
    """A (2n+1)-square kernel holding one anti-aliased line through its centre at a
    random angle (paper fibres, a hand's shake)."""
    k = np.zeros((2 * n + 1, 2 * n + 1), np.float32)
    a = rng.uniform(0, math.pi)
    cv2.line(
        k,
        (round(n - n * math.cos(a)), round(n - n * math.sin(a))),
        (round(n + n * math.cos(a)), round(n + n * math.sin(a))),
        1.0,
        1,
        cv2.LINE_AA,
    )
    return k


def _pick(rng: np.random.Generator, seq: tuple[str, ...] | str) -> str:
    return seq[int(rng.integers(len(seq)))]


LOOKALIKES = "0O1I8B5S2Z6G"
# Issuers' number patterns: L letter, N digit, A either, X DEU's set, and literals.
# fmt: off
PATTERNS = {
    "D": "XXXXXXXXX", "NLD": "LLAAAAAAN", "CHN": "ENNNNNNNN", "UKR": "LLNNNNNN",
    "RUS": "NNNNNNNNN", "GBR": "NNNNNNNNN", "USA": "ANNNNNNNN", "FRA": "NNLLNNNNN",
    "IND": "LNNNNNNN", "JPN": "LLNNNNNNN", "KOR": "MNNNNNNNN", "TUR": "UNNNNNNNN",
    "BRA": "LLNNNNNN", "POL": "LLNNNNNNN", "ESP": "LLLNNNNNN", "GRC": "LLNNNNNNN",
    "NGA": "ANNNNNNNN", "SAU": "LNNNNNNN", "ITA": "YANNNNNNN", "SWE": "NNNNNNNN",
}
_CLASSES = {"L": LETTERS, "N": DIGITS, "A": LETTERS + DIGITS + LOOKALIKES,
            "X": "CFGHJKLMNPRTVWXYZ0123456789"}
ISSUERS = (*PATTERNS, "CHE", "AUT", "BEL", "PRT", "IRL", "MEX", "EGY", "PAK", "PHL", "THA",
           "VNM", "ISL", "HUN", "BGR", "ARE", "ZAF", "CAN", "AUS")
SPECIAL = ("XXA", "XXB", "XXC", "GBN", "GBO", "UNO", "UNA", "XOM", "EUE", "RKS")
# fmt: on


def _lookalike_run(rng: np.random.Generator, n: int) -> str:
    """n alphanumerics, half or more of them from the look-alike pairs, pairs adjacent."""
    out = []
    while len(out) < n:
        if rng.random() < 0.55:
            i = 2 * int(rng.integers(len(LOOKALIKES) // 2))
            pair = LOOKALIKES[i : i + 2]
            out += list(pair if rng.random() < 0.5 else pair[::-1])
        else:
            out.append(_pick(rng, LETTERS + DIGITS))
    return "".join(out[:n])


def _number(rng: np.random.Generator, issuer: str, fmt: str) -> str:
    if fmt in ("TD1", "TD2") and rng.random() < 0.12:  # longer than 9: the continuation
        return "".join(_pick(rng, DIGITS) for _ in range(int(rng.integers(10, 13))))
    pattern = PATTERNS.get(issuer)
    if pattern is None or rng.random() < 0.35:
        return _lookalike_run(rng, int(rng.integers(7, 10)))
    return "".join(_pick(rng, _CLASSES[c]) if c in _CLASSES else c for c in pattern)


def _state(rng: np.random.Generator) -> str:
    r = rng.random()
    if r < 0.7:
        return _pick(rng, ISSUERS)
    if r < 0.75:
        return _pick(rng, SPECIAL)
    return _pick(rng, tuple(sorted(codes.ISO_3166_ALPHA3)))


def _optional(rng: np.random.Generator, room: int) -> str:
    r = rng.random()
    if r < 0.5 or room <= 0:
        return ""
    if r < 0.75:  # a personal number
        text = "".join(_pick(rng, DIGITS) for _ in range(int(rng.integers(6, 12))))
    else:
        text = _lookalike_run(rng, int(rng.integers(2, 11)))
    return text[:room]


def random_mrz(
    rng: np.random.Generator, today: dt.date
) -> tuple[str, tuple[str, ...], tuple[str, ...], bool]:
    """(format, lines as composed, lines as printed, ICAO 9303's verdict on the printed)."""
    fmt = str(rng.choice(list(FORMAT_SHARE), p=list(FORMAT_SHARE.values())))
    issuer = _state(rng)
    nationality = issuer if rng.random() < (0.2 if fmt.startswith("MRV") else 0.85) else _state(rng)
    origin = _pick(rng, tuple(NAMES))
    surnames, given = NAMES[origin]
    surname = mrz_name(_pick(rng, surnames))
    if rng.random() < 0.15:
        surname += " " + mrz_name(_pick(rng, surnames))
    first = " ".join(mrz_name(_pick(rng, given)) for _ in range(int(rng.integers(0, 3))))
    if fmt == "TD3":
        code = str(rng.choice(["P<", "PD", "PO", "PS"], p=[0.88, 0.04, 0.05, 0.03]))
    elif fmt.startswith("MRV"):
        code = str(rng.choice(["V<", "VD", "VS"], p=[0.9, 0.05, 0.05]))
    else:
        code = str(rng.choice(["I<", "ID", "IR", "AC", "IP"], p=[0.4, 0.3, 0.2, 0.05, 0.05]))
    number = _number(rng, issuer, fmt)
    room = {"TD1": 15, "TD2": 7, "TD3": 14, "MRV-A": 16, "MRV-B": 8}[fmt]
    if len(number) > 9:
        room -= len(number) - 9 + 2
    birth = today - dt.timedelta(days=int(rng.integers(30, 365 * 92)))
    expiry = today + dt.timedelta(days=int(rng.integers(-400, 365 * 10)))
    composed = compose(
        fmt,
        document_code=code,
        issuing_state=issuer,
        surname=surname,
        given_names=first,
        document_number=number,
        nationality=nationality,
        birth_date=birth,
        sex=str(rng.choice(list("MFX"), p=[0.5, 0.48, 0.02])),
        expiry_date=expiry,
        optional_data=_optional(rng, room),
        optional_data_2=_optional(rng, 11) if fmt == "TD1" else "",
    )
    printed = composed
    if rng.random() < 0.1:  # a check digit printed wrong: the truth is "invalid"
        lay = mrz_layout.layout(fmt)
        chk = [c for c in lay.checks if composed[c.line][c.pos] in DIGITS]
        c = chk[int(rng.integers(len(chk)))]
        wrong = str((int(composed[c.line][c.pos]) + int(rng.integers(1, 10))) % 10)
        ln = composed[c.line]
        printed = tuple(
            ln[: c.pos] + wrong + ln[c.pos + 1 :] if i == c.line else x
            for i, x in enumerate(composed)
        )
    return fmt, composed, printed, parse(printed, today=today).valid


# -- the page: ink layers on paper --------------------------------------------------------


def _smooth_noise(h: int, w: int, cells: tuple[int, int], rng: np.random.Generator) -> np.ndarray:
    grid = rng.standard_normal((cells[0] + 1, cells[1] + 1)).astype(np.float32)
    return cv2.resize(grid, (w, h), interpolation=cv2.INTER_CUBIC)


def _paper(h: int, w: int, s: float, rng: np.random.Generator) -> np.ndarray:
    """Paper (RGB float 0..255): a pale tint, mottle at three scales, fibres."""
    tint = np.array([rng.uniform(232, 252), rng.uniform(228, 250), rng.uniform(220, 248)])
    mottle = sum(
        _smooth_noise(h, w, (max(2, int(h / (k * s))), max(2, int(w / (k * s)))), rng) * a
        for k, a in ((12, 0.018), (3, 0.01), (0.7, 0.006))
    )
    fibres = np.zeros((h, w), np.float32)
    n = max(3, round(0.9 * s))
    for _ in range(3):
        seeds = (rng.random((h, w)) < 0.0015).astype(np.float32)
        fibres += cv2.filter2D(seeds, -1, _line_kernel(n, rng))
    shade = 1 + mottle - 0.05 * np.clip(fibres, 0, 1)
    return (shade[..., None] * tint[None, None, :]).astype(np.float32)


def _guilloche(h: int, w: int, s: float, rng: np.random.Generator) -> np.ndarray:
    """Security background as ink coverage 0..1, from phase fields (thin bright lines
    where a phase crosses an integer)."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    xm, ym = xx / s, yy / s  # millimetres
    cov = np.zeros((h, w), np.float32)
    sharp = rng.uniform(10, 24)
    for _ in range(2):  # interlaced families of wavy lines
        a = rng.uniform(0, math.pi)
        lam = rng.uniform(0.7, 1.6)
        phase = (xm * math.cos(a) + ym * math.sin(a)) / lam
        phase += rng.uniform(1, 4) * np.sin(
            2 * math.pi * xm / rng.uniform(15, 40) + rng.uniform(0, 6)
        )
        phase += rng.uniform(0.5, 2) * np.sin(2 * math.pi * ym / rng.uniform(10, 30))
        cov = np.maximum(cov, (0.5 + 0.5 * np.cos(2 * math.pi * phase)) ** sharp)
    cx, cy = rng.uniform(0.3, 0.8) * w / s, rng.uniform(0.2, 0.6) * h / s
    r = np.hypot(xm - cx, ym - cy)
    theta = np.arctan2(ym - cy, xm - cx)
    petals = int(rng.integers(6, 16))
    phase = r / rng.uniform(0.6, 1.2) + rng.uniform(1, 3) * np.sin(petals * theta)
    rosette = (0.5 + 0.5 * np.cos(2 * math.pi * phase)) ** sharp
    rosette *= np.clip(1.4 - r / rng.uniform(18, 30), 0, 1)
    return np.maximum(cov * rng.uniform(0.5, 0.9), rosette)


def _fountain(h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    """Split-fountain ink: one colour flowing into another across the page."""
    a, b = (np.array(rng.uniform(60, 200, 3), np.float32) for _ in range(2))
    t = np.linspace(0, 1, w, dtype=np.float32)[None, :, None]
    t = 0.5 - 0.5 * np.cos(math.pi * t)
    return np.broadcast_to(a * (1 - t) + b * t, (h, w, 3))


def _face(path: Path | tuple[Path, int], px: float) -> ImageFont.FreeTypeFont:
    if isinstance(path, tuple):
        return ImageFont.truetype(str(path[0]), max(4, round(px)), index=path[1])
    return ImageFont.truetype(str(path), max(4, round(px)))


FACES = {
    "ocrb": OCRB,
    "noto-mono-bold": NOTO_MONO_BOLD,
    "dejavu-mono": DEJAVU_MONO,
    "dejavu-mono-bold": DEJAVU_MONO_BOLD,
}


def _mrz_layer(
    size: tuple[int, int],
    lines: tuple[str, ...],
    s: float,
    face: str,
    rng: np.random.Generator,
    snap: bool = False,
) -> tuple[np.ndarray, tuple[float, float, float, float], float]:
    """The MRZ's ink coverage on a (w, h) page at s px/mm, its box (x0, top, x1, bottom)
    and the cap height in pixels. OCR-B sits in 2.54 mm cells; a re-typeset face keeps
    its own advance plus a tracking, and `snap` puts glyphs on whole pixels."""
    w, h = size
    cap = rng.uniform(2.25, 2.5) * s
    line_pitch = rng.uniform(3.9, 4.5) * s
    ss = 1 if snap else 3  # supersampling of the glyphs
    probe = _face(FACES[face], 200)
    box = probe.getbbox("H")
    font = _face(FACES[face], 200 * cap * ss / (box[3] - box[1]))
    if face == "ocrb":
        pitch = rng.uniform(2.50, 2.58) * s
    else:
        pitch = font.getlength("H") / ss * (1 + rng.uniform(0.02, 0.2))
    width = len(lines[0]) * pitch
    x0 = (w - width) / 2 + rng.normal(0, 0.6) * s
    bottom = h - rng.uniform(3.4, 6.0) * s
    top = bottom - len(lines) * line_pitch
    top_px, bot_px = int(top - 2 * s), int(min(h, bottom + 2 * s))
    layer = Image.new("L", (w * ss, (bot_px - top_px) * ss), 0)
    d = ImageDraw.Draw(layer)
    ascent = font.getbbox("H")[1]
    for i, line in enumerate(lines):
        y = (top - top_px + i * line_pitch + (line_pitch - cap) / 2) * ss - ascent
        y += rng.normal(0, 0.04) * s * ss  # a line a little off its baseline
        for j, c in enumerate(line):
            x = (x0 + j * pitch) * ss + (pitch * ss - font.getlength(c)) / 2
            if snap:
                x = round(x)
            d.text((x, round(y) if snap else y), c, font=font, fill=255)
    cov = np.asarray(layer, np.float32) / 255.0
    if ss > 1:
        cov = cv2.resize(cov, (w, bot_px - top_px), interpolation=cv2.INTER_AREA)
    if not snap:  # dot gain: ink spreads (bolder) or starves (thinner)
        cov = cv2.GaussianBlur(cov, (0, 0), 0.07 * s)
        t = rng.uniform(0.32, 0.6)
        cov = 1 / (1 + np.exp(-(cov - t) / 0.09))
        cov = np.clip((cov - 0.02) / 0.96, 0, 1)
    full = np.zeros((h, w), np.float32)
    full[top_px:bot_px] = cov
    return full, (x0, top, x0 + width, bottom), cap


def _portrait(h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    u, v = xx / w - 0.5, yy / h
    bg = np.array(rng.uniform(150, 235, 3), np.float32)
    img = bg * (0.9 + 0.2 * v[..., None])
    skin = np.array(rng.uniform(70, 215, 3), np.float32)
    head = ((u / 0.26) ** 2 + ((v - 0.42) / 0.3) ** 2) < 1
    hair = ((u / 0.3) ** 2 + ((v - 0.33) / 0.3) ** 2) < 1
    body = ((u / 0.5) ** 2 + ((v - 1.05) / 0.35) ** 2) < 1
    img[hair] = np.array(rng.uniform(10, 110, 3), np.float32)
    img[head] = skin * (1.05 - 0.5 * np.abs(u[head]))[..., None]
    img[body] = np.array(rng.uniform(20, 170, 3), np.float32)
    return cv2.GaussianBlur(img, (0, 0), max(0.6, w / 90))


def _stamp(h: int, w: int, s: float, x: float, top: float, rng: np.random.Generator) -> np.ndarray:
    """An entry/exit stamp as coverage (round, framed or with an arrow, patchy ink) above
    `top`: its rim reaches at most about a fifth of its radius below it."""
    r = rng.uniform(9, 14) * s
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    cx, cy = x, top - r * rng.uniform(0.85, 1.1)
    lw = max(1, round(0.35 * s))
    kind = _pick(rng, ("round", "frame", "arrow"))
    if kind == "round":
        d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=255, width=lw)
    elif kind == "frame":
        d.rectangle((cx - r, cy - 0.65 * r, cx + r, cy + 0.65 * r), outline=255, width=lw)
    else:  # an arrow pointing in (entry) or out (exit), as Schengen stamps have
        sgn = 1 if rng.random() < 0.5 else -1
        pts = [
            (-1, -0.25),
            (0.3, -0.25),
            (0.3, -0.55),
            (1, 0),
            (0.3, 0.55),
            (0.3, 0.25),
            (-1, 0.25),
        ]
        d.polygon(
            [(cx + sgn * px * r * 0.5, cy - 0.9 * r + py * r * 0.5) for px, py in pts], fill=255
        )
        d.rectangle((cx - r, cy - 0.5 * r, cx + r, cy + 0.6 * r), outline=255, width=lw)
    f = _face(SANS_BOLD, 0.3 * r)
    d.text((cx - 0.7 * r, cy - 0.35 * r), f"{int(rng.integers(1, 29)):02d}.11.26", font=f, fill=255)
    d.text(
        (cx - 0.5 * r, cy + 0.05 * r),
        _pick(rng, ("ENTRY", "EXIT", "ADMITTED", "AIRPORT")),
        font=f,
        fill=255,
    )
    cov = np.asarray(layer, np.float32) / 255.0
    ang = rng.uniform(-30, 30)
    m = cv2.getRotationMatrix2D((cx, cy), ang, 1.0)
    cov = cv2.warpAffine(cov, m, (w, h))
    patchy = np.clip(
        0.75 + 0.5 * _smooth_noise(h, w, (max(2, int(h / (3 * s))), max(2, int(w / (3 * s)))), rng),
        0.2,
        1,
    )
    return cov * patchy


@dataclass
class Page:
    paper: np.ndarray  # RGB float
    layers: list[tuple[np.ndarray, np.ndarray, float]]  # (coverage, RGB ink, IR absorption)
    portrait: tuple[int, int, np.ndarray] | None  # (x, y, RGB)
    mrz: tuple[float, float, float, float]  # x0, top, x1, bottom in page pixels
    cap: float  # cap height in page pixels
    under: int = 0  # how many layers (the background print) lie under the portrait
    radius: float = 0.0  # rounded corners of a card (ISO/IEC 7810: 3.18 mm), in pixels


def _page(
    fmt: str,
    lines: tuple[str, ...],
    face: str,
    s: float,
    rng: np.random.Generator,
    snap: bool = False,
    plain: bool = False,
) -> Page:
    w_mm, h_mm = DOC_MM[fmt]
    w, h = round(w_mm * s), round(h_mm * s)
    paper = _paper(h, w, s, rng) if not plain else np.full((h, w, 3), 248, np.float32)
    mrz_cov, box, cap = _mrz_layer((w, h), lines, s, face, rng, snap)
    layers: list[tuple[np.ndarray, np.ndarray, float]] = []
    if not plain:
        g = _guilloche(h, w, s, rng)
        clear = np.ones((h, w), np.float32)
        clear[int(max(0, box[1] - 1.5 * s)) :] = rng.uniform(0.0, 0.6)
        clear = cv2.GaussianBlur(clear, (0, 0), s)
        layers.append((g * clear * rng.uniform(0.35, 0.7), _fountain(h, w, rng), 0.03))
    # Labels (coloured, IR-transparent) and personalisation (carbon, IR-visible).
    lab, dat = Image.new("L", (w, h), 0), Image.new("L", (w, h), 0)
    dl, dd = ImageDraw.Draw(lab), ImageDraw.Draw(dat)
    title = {"TD3": "PASSPORT", "MRV-A": "VISA", "MRV-B": "VISA"}.get(fmt, "IDENTITY CARD")
    dl.text(
        (0.05 * w, 0.03 * h), f"REPUBLIC OF ZEMBLA  {title}", font=_face(SERIF, 2.8 * s), fill=255
    )
    small, value = _face(SANS, 1.5 * s), _face(SANS_BOLD, 2.3 * s)
    x, y = 0.36 * w, 0.03 * h + 5 * s
    for label in ("Surname", "Given names", "Nationality", "Date of birth", "Sex", "Expiry"):
        if y > box[1] - 6 * s:
            break
        dl.text((x, y), label, font=small, fill=255)
        dd.text((x, y + 1.7 * s), _viz_value(label, rng), font=value, fill=255)
        y += rng.uniform(4.4, 5.4) * s
    ink = np.array(rng.uniform(20, 90, 3), np.float32)
    layers.append((np.asarray(lab, np.float32) / 255 * 0.9, np.broadcast_to(ink, (h, w, 3)), 0.05))
    layers.append(
        (np.asarray(dat, np.float32) / 255 * 0.95, np.broadcast_to(np.float32(25), (h, w, 3)), 0.85)
    )
    portrait = None
    if fmt != "TD1" or rng.random() < 0.5:
        pw = int(0.27 * w)
        ph = int(min(pw * 1.3, box[1] - 0.16 * h - 2 * s))
        if ph > 10:
            portrait = (int(0.04 * w), int(0.16 * h), _portrait(ph, pw, rng))
    if not plain and rng.random() < 0.45:  # a stamp whose rim may reach the MRZ's edge
        sx = (
            box[0] + rng.uniform(-4, 6) * s
            if rng.random() < 0.5
            else box[2] - rng.uniform(-4, 6) * s
        )
        st = _stamp(h, w, s, sx, box[1], rng)
        colour = np.array(
            _pick(rng, ((120, 50, 160), (40, 70, 180), (180, 40, 60), (30, 120, 70))), np.float32
        )
        layers.append((st * rng.uniform(0.35, 0.6), np.broadcast_to(colour, (h, w, 3)), 0.05))
    layers.append((mrz_cov, np.broadcast_to(np.float32(rng.uniform(5, 40)), (h, w, 3)), 0.95))
    radius = 3.18 * s if fmt in ("TD1", "TD2") else 0.0
    return Page(paper, layers, portrait, box, cap, 0 if plain else 1, radius)


def _pick_tint(rng: np.random.Generator) -> tuple[float, float, float]:
    """BGR tints of counters: grey, beige, brown, blue-grey."""
    tints = ((1.0, 1.0, 1.0), (0.8, 0.92, 1.0), (0.55, 0.7, 0.9), (1.0, 0.95, 0.88))
    return tints[int(rng.integers(len(tints)))]


def _viz_value(label: str, rng: np.random.Generator) -> str:
    """A plausible value for a visual-zone label (the OCR reads only the MRZ)."""
    surnames, given = NAMES[_pick(rng, tuple(NAMES))]
    if label.startswith("Date") or label == "Expiry":
        month = _pick(rng, ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT"))
        return f"{int(rng.integers(1, 29)):02d} {month} {int(rng.integers(1935, 2036))}"
    if label == "Sex":
        return _pick(rng, "MF")
    if label == "Nationality":
        return _pick(rng, ISSUERS)
    return mrz_name(_pick(rng, given if label.startswith("Given") else surnames)) or "ZOE"


def _develop(page: Page, infrared: bool) -> np.ndarray:
    """The page in white light (RGB) or infrared (grey in three channels): inks multiply
    the paper; in IR only what absorbs IR (carbon) shows."""
    img = page.paper.copy()
    if infrared:
        img = np.repeat(img.mean(axis=2, keepdims=True) * 0.92, 3, axis=2)
    for i, (cov, ink, ir) in enumerate(page.layers):
        if i == page.under and page.portrait is not None:  # over the background print
            x, y, p = page.portrait
            ph, pw = p.shape[:2]
            if infrared:
                p = np.repeat(p.mean(axis=2, keepdims=True), 3, axis=2) * 0.5 + 110
            img[y : y + ph, x : x + pw] = p
        if infrared:
            img *= 1 - (cov * ir)[..., None]
        else:
            img *= 1 - cov[..., None] * (1 - ink / 255.0)
    return img


# -- capture: geometry ---------------------------------------------------------------------


def _homography(
    page_s: float,
    centre: tuple[float, float],
    at: tuple[float, float],
    dpmm: float,
    turn: float,
    tilt: tuple[float, float],
    distance: float,
    shear: float = 0.0,
) -> np.ndarray:
    """Page pixels -> image pixels: the MRZ's centre at `at`, dpmm image pixels per mm
    there, turned by `turn` degrees, the page's plane tilted (foreshortened and with the
    far side smaller, seen from `distance` mm), a rolling shutter's shear."""
    tx, ty = (math.radians(t) for t in tilt)
    to_mm = np.array(
        [[1 / page_s, 0, -centre[0] / page_s], [0, 1 / page_s, -centre[1] / page_s], [0, 0, 1]]
    )
    plane = np.array(
        [
            [math.cos(tx), 0, 0],
            [0, math.cos(ty), 0],
            [math.sin(tx) / distance, math.sin(ty) / distance, 1],
        ]
    )
    a = math.radians(turn)
    rot = np.array([[math.cos(a), -math.sin(a), 0], [math.sin(a), math.cos(a), 0], [0, 0, 1]])
    scale = np.diag([dpmm, dpmm, 1.0])
    sh = np.array([[1, shear, 0], [0, 1, 0], [0, 0, 1]])
    move = np.array([[1, 0, at[0]], [0, 1, at[1]], [0, 0, 1]])
    return move @ sh @ scale @ rot @ plane @ to_mm


def _corners(hm: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    x0, t, x1, b = box
    pts = np.array([[[x0, t], [x1, t], [x1, b], [x0, b]]], np.float64)
    return cv2.perspectiveTransform(pts, hm)[0]


def _fit(
    hm: np.ndarray, box: tuple[float, float, float, float], size: tuple[int, int], margin: float
) -> np.ndarray | None:
    """Shift the image so the MRZ lies inside the frame with a margin, or None."""
    pts = _corners(hm, box)
    w, h = size
    lo, hi = pts.min(axis=0), pts.max(axis=0)
    if hi[0] - lo[0] > w - 2 * margin or hi[1] - lo[1] > h - 2 * margin:
        return None
    dx = max(0.0, margin - lo[0]) - max(0.0, hi[0] - (w - margin))
    dy = max(0.0, margin - lo[1]) - max(0.0, hi[1] - (h - margin))
    return np.array([[1, 0, dx], [0, 1, dy], [0, 0, 1]]) @ hm


def _surface(h: int, w: int, rng: np.random.Generator, kind: str) -> np.ndarray:
    """What lies around the document: a reader's dark glass, a cutting mat, a counter."""
    if kind == "glass":
        base = np.full((h, w, 3), rng.uniform(8, 30), np.float32)
        return base + _smooth_noise(h, w, (4, 6), rng)[..., None] * 4
    if kind == "mat":
        base = np.array(_pick(rng, ((60, 90, 50), (70, 70, 72), (40, 40, 45))), np.float32)
        img = np.broadcast_to(base, (h, w, 3)).copy()
        step = rng.uniform(30, 60)
        for x in np.arange(rng.uniform(0, step), w, step):
            cv2.line(img, (int(x), 0), (int(x), h), (base * 1.5).tolist(), 1, cv2.LINE_AA)
        for y in np.arange(rng.uniform(0, step), h, step):
            cv2.line(img, (0, int(y)), (w, int(y)), (base * 1.5).tolist(), 1, cv2.LINE_AA)
        return img
    # A speckled counter laminate: grey, beige or brown.
    base = rng.uniform(70, 190) * np.array(_pick_tint(rng), np.float32)
    speck = (rng.random((h, w)) < 0.02).astype(np.float32)
    speck = cv2.GaussianBlur(speck, (0, 0), 1.2) * rng.uniform(-300, 300)
    return base * (1 + 0.06 * _smooth_noise(h, w, (3, 4), rng))[..., None] + speck[..., None]


def _shoot(
    img: np.ndarray,
    hm: np.ndarray,
    size: tuple[int, int],
    surround: np.ndarray,
    ratio: float,
    radius: float = 0.0,
) -> tuple[np.ndarray, np.ndarray]:
    """Warp the page into the frame, supersampled twice when the frame is small enough,
    else anti-aliased first; `ratio` page pixels per image pixel, `radius` the page's
    rounded corners (cards). Returns the image and where the page covers it."""
    w, h = size
    ss = 2 if w * h <= 2_400_000 else 1
    src = img
    if ratio / ss > 1.1:
        src = cv2.GaussianBlur(img, (0, 0), 0.42 * ratio / ss)
    up = np.diag([ss, ss, 1.0]) @ hm
    mask = np.ones(src.shape[:2], np.float32)
    if radius > 0:  # outside the corner arcs the page does not cover the frame
        h0, w0 = mask.shape
        yy, xx = np.mgrid[0:h0, 0:w0].astype(np.float32)
        dx = np.maximum(np.maximum(radius - xx, xx - (w0 - 1 - radius)), 0)
        dy = np.maximum(np.maximum(radius - yy, yy - (h0 - 1 - radius)), 0)
        mask = np.clip(radius + 1 - np.hypot(dx, dy), 0, 1)
    warped = cv2.warpPerspective(src, up, (w * ss, h * ss), flags=cv2.INTER_LINEAR)
    cover = cv2.warpPerspective(mask, up, (w * ss, h * ss), flags=cv2.INTER_LINEAR)
    if ss > 1:
        warped = cv2.resize(warped, (w, h), interpolation=cv2.INTER_AREA)
        cover = cv2.resize(cover, (w, h), interpolation=cv2.INTER_AREA)
    return warped * cover[..., None] + surround * (1 - cover[..., None]), cover


# -- capture: light, optics, sensor, processing --------------------------------------------


def _to_linear(img: np.ndarray) -> np.ndarray:
    return (np.clip(img, 0, 255) / 255.0) ** 2.2


def _to_display(lin: np.ndarray) -> np.ndarray:
    return np.clip(lin, 0, 1) ** (1 / 2.2) * 255.0


def _aperture_psf(radius: float, blades: int, rng: np.random.Generator) -> np.ndarray:
    """Defocus through a polygonal aperture, a little soft at its rim."""
    n = max(1, math.ceil(radius)) + 1
    k = np.zeros((2 * n + 1, 2 * n + 1), np.float32)
    a0 = rng.uniform(0, math.pi)
    pts = [
        (
            n + radius * math.cos(a0 + 2 * math.pi * i / blades),
            n + radius * math.sin(a0 + 2 * math.pi * i / blades),
        )
        for i in range(blades)
    ]
    cv2.fillPoly(k, [np.round(np.array(pts) * 16).astype(np.int32)], 1.0, cv2.LINE_AA, shift=4)
    if k.sum() < 1e-6:
        k[n, n] = 1
    return k / k.sum()


def _sensor(
    lin: np.ndarray,
    full_well: float,
    read: float,
    rng: np.random.Generator,
    rows: float = 0.0,
    cols: float = 0.0,
) -> np.ndarray:
    """Photon (Poisson) and read noise in linear light, row noise and column pattern."""
    h, w = lin.shape[:2]
    lam = np.clip(lin, 0, 1).astype(np.float32) * full_well
    noise = rng.standard_normal(lin.shape, dtype=np.float32)
    electrons = lam + noise * np.sqrt(lam + read * read)  # photon and read noise
    if rows:
        electrons += rng.standard_normal((h, 1, 1), dtype=np.float32) * rows
    if cols:
        electrons += rng.standard_normal((1, w, 1), dtype=np.float32) * cols
    return electrons / full_well


def _chroma_420(img: np.ndarray) -> np.ndarray:
    ycc = cv2.cvtColor(np.clip(img, 0, 255).astype(np.uint8), cv2.COLOR_BGR2YCrCb)
    h, w = ycc.shape[:2]
    small = cv2.resize(ycc[..., 1:], (max(1, w // 2), max(1, h // 2)), interpolation=cv2.INTER_AREA)
    ycc[..., 1:] = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    return cv2.cvtColor(ycc, cv2.COLOR_YCrCb2BGR).astype(np.float32)


def _edge_aware_denoise(img: np.ndarray, strength: float) -> np.ndarray:
    """A phone's noise reduction: smooth where the image is flat, keep edges."""
    grey = cv2.cvtColor(np.clip(img, 0, 255).astype(np.uint8), cv2.COLOR_BGR2GRAY).astype(
        np.float32
    )
    grad = cv2.magnitude(cv2.Sobel(grey, cv2.CV_32F, 1, 0), cv2.Sobel(grey, cv2.CV_32F, 0, 1))
    grad = cv2.GaussianBlur(grad, (0, 0), 1.0)
    wgt = np.exp(-((grad / (40 + 60 * (1 - strength))) ** 2)) * strength
    soft = cv2.GaussianBlur(img, (0, 0), 1.6)
    return img + (soft - img) * wgt[..., None]


def _tone_map(img: np.ndarray, amount: float) -> np.ndarray:
    lab = cv2.cvtColor(np.clip(img, 0, 255).astype(np.uint8), cv2.COLOR_BGR2LAB)
    clahe = cv2.createCLAHE(clipLimit=1.5, tileGridSize=(6, 6))
    lab2 = lab.copy()
    lab2[..., 0] = clahe.apply(lab[..., 0])
    mapped = cv2.cvtColor(lab2, cv2.COLOR_LAB2BGR).astype(np.float32)
    return img * (1 - amount) + mapped * amount


def _unsharp(img: np.ndarray, amount: float, sigma: float) -> np.ndarray:
    return img + amount * (img - cv2.GaussianBlur(img, (0, 0), sigma))


def _jpeg(img: np.ndarray, quality: int) -> bytes:
    ok, buf = cv2.imencode(
        ".jpg", np.clip(img, 0, 255).astype(np.uint8), [cv2.IMWRITE_JPEG_QUALITY, int(quality)]
    )
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    return buf.tobytes()


def _grid(size: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    w, h = size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    return (xx - w / 2) / (w / 2), (yy - h / 2) / (h / 2)


def _place(
    page: Page,
    size: tuple[int, int],
    s: float,
    dpmm: float,
    turn: float,
    tilt: tuple[float, float],
    distance: float,
    rng: np.random.Generator,
    shear: float = 0.0,
    at: tuple[float, float] | None = None,
) -> np.ndarray | None:
    box = page.mrz
    centre = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
    w, h = size
    if at is None:
        at = (w * rng.uniform(0.4, 0.6), h * rng.uniform(0.45, 0.7))
    hm = _homography(s, centre, at, dpmm, turn, tilt, distance, shear)
    return _fit(hm, box, size, 0.04 * min(w, h))


# -- the captures ----------------------------------------------------------------------


def _reader(page: Page, s: float, dpmm: float, rng: np.random.Generator) -> tuple[np.ndarray, str]:
    """A full-page reader: the page on the glass in its corner guide, white or IR."""
    infrared = rng.random() < 0.5
    img = _develop(page, infrared)[..., ::-1]
    ph, pw = img.shape[:2]
    w, h = round(pw / s * dpmm * 1.12), round(ph / s * dpmm * 1.12)
    # The corner guide: the document's top-left corner near the window's, turned <= 2 deg.
    turn = rng.uniform(-2, 2)
    box = page.mrz
    centre = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
    off = np.array([centre[0] / s, centre[1] / s]) * dpmm + rng.uniform(0.01, 0.04, 2) * (w, h)
    hm = _homography(s, centre, (float(off[0]), float(off[1])), dpmm, turn, (0, 0), 1e6)
    img, _ = _shoot(img, hm, (w, h), _surface(h, w, rng, "glass"), s / dpmm, page.radius)
    xn, yn = _grid((w, h))
    light = 1 - rng.uniform(0.02, 0.08) * (xn**2 + yn**2)
    img = img * light[..., None] * rng.uniform(0.95, 1.08)
    if not infrared and rng.random() < 0.5:  # the LEDs' reflex stripe on the laminate
        y0 = rng.uniform(-0.8, 0.2)
        img += (np.exp(-(((yn - y0) / rng.uniform(0.04, 0.1)) ** 2)) * rng.uniform(15, 45))[
            ..., None
        ]
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.35, 0.75))
    img += rng.standard_normal(img.shape, dtype=np.float32) * rng.uniform(0.8, 2.5)
    return _unsharp(img, rng.uniform(0.0, 0.4), 1.2), "reader IR" if infrared else "reader white"


def _webcam(page: Page, s: float, dpmm: float, rng: np.random.Generator) -> tuple[np.ndarray, str]:
    """A counter webcam or an overhead document camera."""
    img = _develop(page, False)[..., ::-1]
    frames = ((1280, 720), (1600, 1200), (1920, 1080), (2048, 1536), (2592, 1944))
    for size in frames[int(rng.integers(len(frames))) :] + frames[-1:]:
        hm = _place(
            page,
            size,
            s,
            dpmm,
            rng.uniform(-10, 10),
            (rng.uniform(-8, 8), rng.uniform(-8, 8)),
            rng.uniform(250, 500),
            rng,
        )
        if hm is not None:
            break
    else:  # pragma: no cover - the largest frame holds any MRZ at 300 dpi
        raise RuntimeError("no frame holds the MRZ")
    w, h = size
    img, _ = _shoot(img, hm, size, _surface(h, w, rng, "mat"), s / dpmm, page.radius)
    xn, yn = _grid(size)
    lx, ly = rng.uniform(-2, 2, 2)  # a desk lamp off to one side
    light = 1 / (1 + 0.5 * ((xn - lx) ** 2 + (yn - ly) ** 2) * rng.uniform(0.05, 0.25))
    warm = np.array([rng.uniform(0.75, 1.0), 1.0, rng.uniform(1.0, 1.15)], np.float32)[::-1]
    lin = _to_linear(img) * light[..., None] * warm * rng.uniform(0.7, 1.1)
    lin = cv2.filter2D(lin, -1, _aperture_psf(rng.uniform(0.3, 1.6), int(rng.integers(5, 8)), rng))
    lin = cv2.GaussianBlur(lin, (0, 0), rng.uniform(0.3, 0.6))
    lin = _sensor(
        lin, rng.uniform(300, 2500), rng.uniform(2, 6), rng, rng.uniform(0, 3), rng.uniform(0, 2)
    )
    img = _to_display(lin / max(1e-3, float(np.percentile(lin, 99))) * rng.uniform(0.85, 1.0))
    img = _chroma_420(img)
    img = cv2.bilateralFilter(img, 5, rng.uniform(8, 20), 3)
    return _unsharp(img, rng.uniform(0.1, 0.6), 1.0), f"webcam {w}x{h}"


def _phone(page: Page, s: float, dpmm: float, rng: np.random.Generator) -> tuple[np.ndarray, str]:
    """A phone over the counter: turned up to 25 degrees, tilted up to 12."""
    img = _develop(page, False)[..., ::-1]
    ratio = {"4:3": 0.75, "16:9": 0.5625}[str(rng.choice(["4:3", "16:9"], p=[0.7, 0.3]))]
    mrz_px = (page.mrz[2] - page.mrz[0]) / s * dpmm
    w = int(np.clip(mrz_px / rng.uniform(0.45, 0.8), 1280, 2600))
    hm = None
    for grow in (1.0, 1.15, 1.3, 1.5, 1.8):
        size = (round(w * grow), round(w * grow * ratio))
        hm = _place(
            page,
            size,
            s,
            dpmm,
            rng.uniform(-25, 25),
            (rng.uniform(-12, 12), rng.uniform(-12, 12)),
            rng.uniform(220, 400),
            rng,
            shear=rng.uniform(-0.015, 0.015),
        )
        if hm is not None:
            break
    if hm is None:  # pragma: no cover
        raise RuntimeError("no frame holds the MRZ")
    w, h = size
    img, cover = _shoot(img, hm, size, _surface(h, w, rng, "counter"), s / dpmm, page.radius)
    xn, yn = _grid(size)
    light = 1 - rng.uniform(0.05, 0.3) * (0.6 * xn + 0.4 * yn) * rng.choice([-1, 1])
    if rng.random() < 0.35:  # the phone's or the hand's soft shadow
        sx, sy = rng.uniform(-1, 1, 2)
        light *= 1 - rng.uniform(0.15, 0.35) * np.exp(
            -(((xn - sx) / 0.6) ** 2 + ((yn - sy) / 0.4) ** 2)
        )
    lin = _to_linear(img) * light[..., None] * rng.uniform(0.6, 1.0)
    corners = _corners(hm, page.mrz)
    if rng.random() < 0.45:  # a ceiling light's streak on the laminate, off the characters
        along = corners[1] - corners[0]
        length = float(np.hypot(*along))
        along /= length
        up = corners[0] - corners[3]  # towards the document's top
        half_h = float(np.hypot(*up)) / 2
        up /= np.hypot(*up)
        a = math.radians(rng.uniform(-8, 8))
        direction = along * math.cos(a) + up * math.sin(a)
        normal = np.array([-direction[1], direction[0]])
        width = rng.uniform(0.015, 0.04) * h
        gap = half_h + length / 2 * abs(math.sin(a)) + rng.uniform(3, 5) * width
        mid = corners.mean(axis=0) + up * gap
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        d = (xx - mid[0]) * normal[0] + (yy - mid[1]) * normal[1]
        streak = np.exp(-((d / width) ** 2)) * cover * rng.uniform(0.3, 1.2)
        lin += streak[..., None]
    n = int(rng.integers(0, 3))
    if n:  # hand shake
        k = _line_kernel(n, rng)
        lin = cv2.filter2D(lin, -1, k / k.sum())
    lin = cv2.GaussianBlur(lin, (0, 0), rng.uniform(0.4, 1.1))
    lin = _sensor(lin, rng.uniform(150, 1500), rng.uniform(1.5, 5), rng)
    img = _to_display(lin / max(1e-3, float(np.percentile(lin, 99.5))))
    img = _edge_aware_denoise(img, rng.uniform(0.3, 0.9))
    img = _tone_map(img, rng.uniform(0.0, 0.5))
    return _unsharp(img, rng.uniform(0.3, 1.0), rng.uniform(0.8, 1.8)), f"phone {w}x{h}"


def _screen(
    page: Page, s: float, shown: float, dpmm: float, rng: np.random.Generator
) -> tuple[np.ndarray, str]:
    """A phone photo of the specimen shown on an LCD at `shown` screen pixels per mm:
    RGB stripes and the black matrix sampled without anti-aliasing (moiré)."""
    img = _develop(page, False)[..., ::-1]
    ph, pw = img.shape[:2]
    sw, sh = round(pw / s * shown), round(ph / s * shown)
    scr = cv2.resize(img, (sw, sh), interpolation=cv2.INTER_AREA)
    pad, bar = round(rng.uniform(20, 50)), 24
    canvas = np.full((sh + 2 * pad + bar, sw + 2 * pad, 3), rng.uniform(30, 60), np.float32)
    canvas[:bar] = rng.uniform(200, 235)  # the viewer's title bar
    canvas[bar + pad : bar + pad + sh, pad : pad + sw] = scr
    # The light the panel emits (linear), its gamma a little off the standard.
    lit = (np.clip(canvas, 0, 255) / 255) ** (2.2 * rng.uniform(0.9, 1.1)) * rng.uniform(0.8, 1.0)
    k = 4  # each screen pixel as 4x4 cells: R, G, B stripes, a dark column and row
    cell = np.zeros((k, k, 3), np.float32)
    for col, ch in ((0, 2), (1, 1), (2, 0)):  # R, G, B left to right (BGR order)
        cell[:, col, ch] = 1.0
    cell[k - 1] *= 0.3  # the black matrix between rows
    rows, cols = canvas.shape[:2]
    big = np.empty((rows * k, cols * k, 3), np.uint8)
    for r0 in range(0, rows, 128):  # in bands: the full float array would be large
        part = lit[r0 : r0 + 128, None, :, None, :] * cell[None, :, None, :, :]
        big[r0 * k : (r0 + part.shape[0]) * k] = np.clip(part * 255, 0, 255).reshape(
            -1, cols * k, 3
        )
    f = shown * k  # big pixels per mm
    x0, top, x1, bottom = page.mrz
    sub = Page(
        big,
        [],
        None,
        (
            x0 / s * f + pad * k,
            top / s * f + (bar + pad) * k,
            x1 / s * f + pad * k,
            bottom / s * f + (bar + pad) * k,
        ),
        page.cap,
    )
    w = int(np.clip((x1 - x0) / s * dpmm / rng.uniform(0.55, 0.85), 1280, 2600))
    size = (w, round(w * 0.75))
    hm = _place(
        sub,
        size,
        f,
        dpmm,
        rng.uniform(-8, 8),
        (rng.uniform(-10, 10), rng.uniform(-10, 10)),
        rng.uniform(300, 500),
        rng,
    )
    if hm is None:
        size = (2600, 1950)
        hm = _place(sub, size, f, dpmm, 0.0, (0.0, 0.0), 1e6, rng)
    assert hm is not None
    # The lens blurs the panel before the sensor samples it: what it leaves is moiré.
    lens = rng.uniform(0.3, 0.55) * 4 * shown / dpmm  # in panel cells
    big = cv2.GaussianBlur(big, (0, 0), lens)
    out = cv2.warpPerspective(big, hm, size, flags=cv2.INTER_LINEAR, borderValue=(5, 5, 5))
    out = out.astype(np.float32) / 255
    _, yn = _grid(size)
    band = 1 + rng.uniform(0.03, 0.08) * np.sin(
        2 * math.pi * yn * rng.uniform(2, 6) + rng.uniform(0, 6)
    )
    out = out * band[..., None] + (rng.uniform(0.0, 0.015) * (1 - yn) / 2)[..., None]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.3, 0.5))
    out = _sensor(np.clip(out, 0, 1), rng.uniform(1500, 4000), rng.uniform(2, 5), rng)
    img = _to_display(out / max(1e-3, float(np.percentile(out, 99.5))))
    img = _edge_aware_denoise(img, rng.uniform(0.3, 0.7))
    return _unsharp(img, rng.uniform(0.3, 0.8), 1.2), f"screen {size[0]}x{size[1]}"


def _figure(page: Page, rng: np.random.Generator) -> tuple[np.ndarray, str]:
    """A re-typeset specimen saved as a figure: the page itself with a white margin."""
    img = _develop(page, False)[..., ::-1]
    m = round(rng.uniform(10, 40))
    out = np.full((img.shape[0] + 2 * m, img.shape[1] + 2 * m, 3), 255, np.float32)
    out[m:-m, m:-m] = img
    return out, "figure"


# -- one sample ----------------------------------------------------------------------------


@dataclass(frozen=True)
class HeldOut5:
    seed: int
    format: str
    capture: str  # reader white/IR, webcam, phone, screen, figure, print (a re-typeset page)
    font: str  # the MRZ's face
    lines: tuple[str, ...]  # exactly as printed
    composed: tuple[str, ...]  # as mrz.compose made them (differs when printed invalid)
    valid: bool  # ICAO 9303's verdict on the printed lines
    jpeg: bytes
    dpi: float  # the MRZ's resolution near its centre
    cap_px: float  # the MRZ's capital height in image pixels there


def sample(seed: int, today: dt.date | None = None) -> HeldOut5:
    rng = np.random.default_rng(seed)
    today = today or dt.date.today()
    fmt, composed, lines, valid = random_mrz(rng, today)
    capture = str(rng.choice(list(CAPTURE_SHARE), p=list(CAPTURE_SHARE.values())))
    face = "ocrb"
    if capture == "retypeset":
        face = str(rng.choice(list(FACES)[1:], p=[0.45, 0.35, 0.2]))
    shown = rng.uniform(5.5, 8.5)  # screen pixels per mm: the characters >= 12 px on screen
    dpi = {
        "reader": rng.uniform(300, 400),
        "webcam": rng.uniform(150, 300),
        "phone": rng.uniform(165, 330),
        "retypeset": rng.uniform(150, 300),
        "screen": min(400.0, shown * rng.uniform(1.2, 2.0) * 25.4),
    }[capture]
    dpmm = dpi / 25.4
    if capture == "retypeset" and rng.random() < 0.5:  # a web figure at its own size
        page = _page(fmt, lines, face, dpmm, rng, snap=True, plain=rng.random() < 0.5)
        img, how = _figure(page, rng)
        return HeldOut5(
            seed,
            fmt,
            how,
            face,
            lines,
            composed,
            valid,
            _jpeg(img, int(rng.integers(75, 96))),
            dpi,
            page.cap,
        )
    s = float(np.clip(dpmm * rng.uniform(1.25, 1.6), 7, 17))  # the page's px/mm
    page = _page(fmt, lines, face, s, rng)
    if capture == "reader":
        img, how = _reader(page, s, dpmm, rng)
        quality = int(rng.integers(85, 97))
    elif capture == "phone":
        img, how = _phone(page, s, dpmm, rng)
        quality = int(rng.integers(68, 94))
    elif capture == "screen":
        img, how = _screen(page, s, shown, dpmm, rng)
        quality = int(rng.integers(68, 94))
    else:
        img, how = _webcam(page, s, dpmm, rng)
        how = how if capture == "webcam" else "print, " + how
        quality = int(rng.integers(55, 91))
    return HeldOut5(
        seed, fmt, how, face, lines, composed, valid, _jpeg(img, quality), dpi, page.cap * dpmm / s
    )
