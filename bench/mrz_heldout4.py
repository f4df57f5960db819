"""A fourth document-photo generator: the held-out set that measures generalisation.

Written without running the OCR on a single image it makes (only a few were looked at
by eye). tests/documents/synth.py, bench/mrz_variant.py and bench/mrz_heldout.py are
development data now; all three draw synth.render_page's page (pastel wash, a few
guilloche loops, a block portrait, the MRZ centred at the bottom) and synth.photograph's
camera (a rotated rectangle with a little corner jitter on a noise table, Gaussian
blur, 10 px/mm page, synth.random_mrz's syllable names and 18 state codes). This one
differs where real captures differ from them:

- content: names of many languages transliterated as 9303-3 says (MÜLLER -> MUELLER,
  ØSTERGÅRD -> OESTERGAARD, apostrophes dropped, hyphens to <, long names truncated);
  document numbers in issuers' real patterns (D, FRA, JPN, PHL, ...) and look-alike
  heavy ones with 0/O, 1/I, 8/B, 5/S, 2/Z side by side; any ISO 3166-1 or 9303 code
  (D<<, GBN, XXA, UNO, ...); residence permits (IR), crew cards (AC), official and
  diplomatic passports; one document in nine printed INVALID (one check digit wrong as
  printed, the truth says so);
- fonts and printing: OCR-B regular as offset ink, as grey laser engraving with an
  emboss (TD1/TD2 polycarbonate cards), as inkjet dots (visa stickers), OCR-B Oblique
  (one in sixteen, a re-typeset document) and one in ten in DejaVu Sans Mono (Book or
  Bold, a non-OCR-B face) scaled to the MRZ's cap height (2.2-2.5 mm); every glyph
  centred in its cell at a pitch of 2.46-2.60 mm, a slight baseline drift; a worn
  thermal ribbon's missing specks;
- documents: TD3 data pages as the lower page of an open booklet (the visa page above,
  the fold's shadow, the cover's edge), MRV-A/MRV-B visa stickers stuck on a booklet
  page (the sticker's edge and shadow), TD1/TD2 cards with rounded corners showing
  their MRZ side; a kinegram foil patch; an iris-printed (colour-graded) background with
  epitrochoid rosettes, interlaced guilloche bands and fine line screens; entry stamps
  that overlap the MRZ's edge; fingers holding the document at its edges;
- camera: a pinhole camera with a real focal length, the document tilted up to 35
  degrees (keystone) and turned up to 25 degrees, barrel distortion, depth-dependent
  defocus, motion blur, lateral chromatic aberration, a hand's shadow, vignetting, a
  saturating elongated glare spot from the laminate, a Bayer mosaic demosaiced, phone
  sharpening; one photo in ten is of a phone/monitor SCREEN showing the document
  (subpixel stripes resampled: moiré); the MRZ at 120-400 dpi in frames of about 640
  to 2600 pixels wide, landscape or portrait; JPEG quality 45-95.

Seeds start at 1 300 000 (never used elsewhere).
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

SEED = 1_300_000
FONTS = Path("/usr/share/fonts")
OCRB = FONTS / "opentype/ocr-b/OCRB.otf"
OCRB_OBLIQUE = FONTS / "opentype/ocr-b/OCRBL.otf"
MONO = FONTS / "truetype/dejavu/DejaVuSansMono.ttf"
MONO_BOLD = FONTS / "truetype/dejavu/DejaVuSansMono-Bold.ttf"
SANS = FONTS / "truetype/dejavu/DejaVuSans.ttf"
SANS_BOLD = FONTS / "truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF_BOLD = FONTS / "truetype/dejavu/DejaVuSerif-Bold.ttf"

# Document sizes (width, height) in mm: 9303-4..7 (MRV-A fills a passport page).
DOC_MM = {"TD1": (85.6, 54.0), "TD2": (105.0, 74.0), "TD3": (125.0, 88.0),
          "MRV-A": (120.0, 80.0), "MRV-B": (105.0, 74.0)}  # fmt: skip
BOOKLET_PAGE_MM = (125.0, 88.0)

SURNAMES = (
    "MÜLLER",
    "ØSTERGÅRD",
    "O'BRIEN",
    "GARCÍA LÓPEZ",
    "NGUYỄN",
    "ÅSTRÖM",
    "SCHÖßLER",
    "OKONKWO",
    "BOOTH",
    "IBSEN",
    "SZŐLLŐSI",
    "DE LA CRUZ",
    "VAN DER BERG",
    "SMITH-JONES",
    "ZIZEK",
    "BOZIZE",
    "OSEI",
    "BISSOONDOYAL",
    "LIU",
    "HSIEH",
    "CHEN",
    "WANG",
    "TANAKA",
    "YAMAMOTO",
    "KIM",
    "PARK",
    "SILVA",
    "DOS SANTOS",
    "IVANOV",
    "KOWALCZYK",
    "DŁUGOSZ",
    "ABDULLAH",
    "AL-SAYED",
    "BEN SALEM",
    "ÇELİK",
    "ŞAHİN",
    "PAPADOPOULOS",
    "SØRENSEN",
    "LEBŒUF",
    "D'ANGELO",
    "MCINTOSH",
    "OOSTERHOUT",
    "SOBOLEWSKI",
    "ZOBEL",
    "BLOOMBERG",
    "WOLFESCHLEGELSTEINHAUSENBERGERDORFF",
    "VILLANUEVA Y BOSCH DE OLIVEIRA",
)
GIVEN = (
    "ANNA MARIA",
    "JOSÉ LUIS",
    "ZOË",
    "BJÖRN",
    "OLUWASEUN",
    "SIOBHÁN",
    "IOANNIS",
    "ŽELJKO",
    "SØREN",
    "BOB",
    "ISSA",
    "OBI",
    "ZOLTÁN",
    "BOŻENA",
    "SZU-YING",
    "CHIA-HAO",
    "YI",
    "HỒNG",
    "MOHAMMED ABDUL",
    "ISABEL SOFIA BEATRIZ",
    "OLIVER",
    "ZOE",
    "SIBUSISO",
    "BOIPELO",
    "",
    "ÉLODIE",
    "JEAN-BAPTISTE",
    "KRZYSZTOF",
    "ØYVIND",
    "IZZY",
    "LIZBETH",
    "SOO-BIN",
    "OZZIE",
)
_TRANSLIT = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "Å": "AA", "Ø": "OE", "Æ": "AE", "ß": "SS",
             "Œ": "OE", "Ł": "L", "Đ": "D", "Þ": "TH", "İ": "I", "Ð": "D"}  # fmt: skip

LETTERS = mrz_layout.LETTERS
DIGITS = mrz_layout.DIGITS
LOOKALIKE_PAIRS = ("0O", "1I", "8B", "5S", "2Z")
# Issuers' document-number patterns: L letter, N digit, A letter or digit, G German set.
NUMBER_PATTERNS = {
    "D": "GAAAAAAAA", "FRA": "NNLLNNNNN", "JPN": "LLNNNNNNN", "PHL": "LNNNNNNNL",
    "CHN": "LNNNNNNNN", "KOR": "LNNNLNNNN", "ITA": "LLNNNNNNN", "ESP": "LLLNNNNNN",
    "GBR": "NNNNNNNNN", "USA": "ANNNNNNNN", "NLD": "LLAAAAAAN", "IND": "LNNNNNNN",
    "TWN": "NNNNNNNNN", "BEL": "LLNNNNNN", "CAN": "LLNNNNNN", "AUS": "LANNNNNN",
}  # fmt: skip
COMMON = (*NUMBER_PATTERNS, "BRA", "MEX", "NGA", "ZAF", "TUR", "POL", "IDN", "VNM", "THA",
          "SWE", "NOR", "CHE", "AUT", "IRL", "PRT", "GRC")  # fmt: skip
SPECIAL = ("GBN", "XXA", "XXB", "UNO", "EUE", "RKS")


@dataclass(frozen=True)
class HeldOut4:
    seed: int
    format: str
    font: str  # the face and printing of the MRZ
    capture: str  # "photo" or "screen"
    lines: tuple[str, ...]  # exactly as printed
    composed: tuple[str, ...]  # as mrz.compose made them (differs when printed invalid)
    valid: bool  # what ICAO 9303 says of the printed lines
    jpeg: bytes  # the encoded photograph (JPEG)
    dpi: float  # the MRZ's resolution in the image, near its centre


# -- content ---------------------------------------------------------------------------


def mrz_name(text: str) -> str:
    """A name in MRZ characters: 9303-3 transliteration, apostrophes dropped, hyphens and
    other separators become spaces (the composer turns them into <)."""
    out = []
    for ch in text.upper():
        if ch in _TRANSLIT:
            out.append(_TRANSLIT[ch])
        elif ch == "'":
            continue
        else:
            base = unicodedata.normalize("NFKD", ch)[0]
            out.append(base if base in LETTERS else " ")
    return " ".join("".join(out).split())


def _pick(rng: np.random.Generator, seq: tuple[str, ...] | str) -> str:
    return seq[int(rng.integers(len(seq)))]


def _lookalike_alnum(rng: np.random.Generator, n: int) -> str:
    """n characters with at least one look-alike pair side by side (both characters)."""
    pool = LETTERS + DIGITS
    chars = [_pick(rng, pool) for _ in range(n)]
    for _ in range(int(rng.integers(1, 3))):
        pair = _pick(rng, LOOKALIKE_PAIRS)
        if rng.random() < 0.5:
            pair = pair[::-1]
        at = int(rng.integers(0, n - 1))
        chars[at], chars[at + 1] = pair[0], pair[1]
    for i in range(n):  # and look-alikes sprinkled
        if rng.random() < 0.25:
            chars[i] = _pick(rng, "0O1I8B5S2Z")
    return "".join(chars)


def _number(rng: np.random.Generator, state: str, long_ok: bool) -> str:
    if long_ok and rng.random() < 0.15:
        return _lookalike_alnum(rng, int(rng.integers(10, 13)))
    pattern = NUMBER_PATTERNS.get(state)
    if pattern is None or rng.random() < 0.45:
        return _lookalike_alnum(rng, int(rng.integers(7, 10)))
    sets = {
        "L": LETTERS,
        "N": DIGITS,
        "A": LETTERS + DIGITS + "0O1I8B5S2Z",
        "G": "CFGHJKLMNPRTVWXYZ",
    }
    return "".join(_pick(rng, sets[c]) for c in pattern)


def _state(rng: np.random.Generator) -> str:
    r = rng.random()
    if r < 0.55:
        return _pick(rng, COMMON)
    if r < 0.62:
        return _pick(rng, SPECIAL)
    return _pick(rng, tuple(sorted(codes.ISO_3166_ALPHA3)))


def random_mrz(
    rng: np.random.Generator, today: dt.date
) -> tuple[str, tuple[str, ...], tuple[str, ...], bool]:
    """(format, lines as composed, lines as printed, printed lines valid)."""
    fmt = str(rng.choice(["TD3", "TD1", "TD2", "MRV-A", "MRV-B"], p=[0.4, 0.25, 0.1, 0.15, 0.1]))
    issuer = _state(rng)
    # A residence permit or a visa is mostly for a foreigner.
    foreign = 0.8 if fmt.startswith("MRV") else 0.2
    nationality = _state(rng) if rng.random() < foreign else issuer
    if fmt == "TD3":
        code = str(rng.choice(["P<", "PP", "PO", "PD", "PS"], p=[0.7, 0.1, 0.08, 0.07, 0.05]))
    elif fmt.startswith("MRV"):
        code = str(rng.choice(["V<", "VS", "VT"], p=[0.7, 0.15, 0.15]))
    else:
        code = str(rng.choice(["ID", "I<", "IR", "AC", "C<", "IP"]))
    birth = today - dt.timedelta(days=int(rng.integers(120, 365 * 95)))
    expiry = today + dt.timedelta(days=int(rng.integers(-700, 365 * 10)))
    long_ok = fmt in ("TD1", "TD2")
    number = _number(rng, issuer, long_ok)
    room = {"TD1": 15, "TD2": 7, "TD3": 14, "MRV-A": 16, "MRV-B": 8}[fmt]
    if len(number) > 9:
        room -= len(number) - 9 + 2
    optional = "" if rng.random() < 0.45 else _lookalike_alnum(rng, int(rng.integers(2, 12)))
    optional = optional[: max(0, room)]
    surname = mrz_name(_pick(rng, SURNAMES))
    if rng.random() < 0.3:  # a double-barrelled surname
        surname += " " + mrz_name(_pick(rng, SURNAMES))
    given = mrz_name(" ".join(_pick(rng, GIVEN) for _ in range(int(rng.integers(0, 3)))))
    composed = lines = compose(
        fmt,
        document_code=code,
        issuing_state=issuer,
        surname=surname,
        given_names=given,
        document_number=number,
        nationality=nationality,
        birth_date=birth,
        sex=str(rng.choice(list("MFX"), p=[0.49, 0.49, 0.02])),
        expiry_date=expiry,
        optional_data=optional,
        optional_data_2=_lookalike_alnum(rng, int(rng.integers(2, 9)))
        if fmt == "TD1" and rng.random() < 0.4
        else "",
    )
    if rng.random() < 1 / 9:  # printed with a wrong check digit
        lay = mrz_layout.layout(fmt)
        digits = [c for c in lay.checks if lines[c.line][c.pos] in DIGITS]
        chk = digits[int(rng.integers(len(digits)))]
        old = int(lines[chk.line][chk.pos])
        new = str((old + int(rng.integers(1, 10))) % 10)
        ln = lines[chk.line]
        lines = tuple(
            ln[: chk.pos] + new + ln[chk.pos + 1 :] if i == chk.line else x
            for i, x in enumerate(lines)
        )
    return fmt, composed, lines, parse(lines, today=today).valid


# -- the page --------------------------------------------------------------------------


def _font(path: Path, px: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), max(4, round(px)))


def _colour(rng: np.random.Generator, lo: int, hi: int) -> tuple[int, int, int]:
    return tuple(int(v) for v in rng.integers(lo, hi, 3))  # type: ignore[return-value]


def _iris(w: int, h: int, rng: np.random.Generator) -> np.ndarray:
    """Iris printing: the background colour graded smoothly across the page."""
    a, b = (np.array(_colour(rng, 205, 252), np.float32) for _ in range(2))
    ang = rng.uniform(0, math.pi)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = (xx * math.cos(ang) + yy * math.sin(ang)) / max(w, h)
    t = 0.5 + 0.5 * np.sin(t * rng.uniform(2, 6) + rng.uniform(0, 6))
    return a[None, None, :] * (1 - t[..., None]) + b[None, None, :] * t[..., None]


def _pattern(w: int, h: int, s: float, rng: np.random.Generator) -> np.ndarray:
    """Security print as ink coverage (0..1): rosettes, guilloche bands, a line screen."""
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    width = max(1, round(0.08 * s))
    for _ in range(int(rng.integers(1, 3))):  # epitrochoid rosettes
        cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.1, 0.7) * h
        big = rng.uniform(12, 30) * s
        petals = int(rng.integers(5, 19))
        small = big / petals
        dd = small * rng.uniform(0.6, 2.2)
        t = np.linspace(0, 2 * math.pi, 2400)
        for k in range(int(rng.integers(5, 13))):
            rot = k * math.pi / petals / rng.uniform(2, 4)
            x = (big + small) * np.cos(t) - dd * np.cos((big + small) / small * t)
            y = (big + small) * np.sin(t) - dd * np.sin((big + small) / small * t)
            xr = cx + x * math.cos(rot) - y * math.sin(rot)
            yr = cy + x * math.sin(rot) + y * math.cos(rot)
            d.line(list(zip(xr.tolist(), yr.tolist(), strict=True)), fill=255, width=width)
    for _ in range(int(rng.integers(1, 3))):  # interlaced guilloche band
        y0, amp = rng.uniform(0.05, 0.95) * h, rng.uniform(2, 7) * s
        lam, lam2 = rng.uniform(6, 20) * s, rng.uniform(30, 90) * s
        xs = np.linspace(0, w, 900)
        for j in range(int(rng.integers(4, 10))):
            env = 1 + 0.4 * np.sin(2 * math.pi * xs / lam2 + j)
            ys = y0 + amp * env * np.sin(2 * math.pi * xs / lam + j * math.pi / 5)
            d.line(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=255, width=width)
    if rng.random() < 0.5:  # a fine wavy line screen over the page (moiré at low dpi)
        step = rng.uniform(0.35, 0.8) * s
        xs = np.linspace(0, w, 400)
        wave_amp, wave_lam = rng.uniform(0.5, 3) * s, rng.uniform(15, 50) * s
        y = -wave_amp
        while y < h + wave_amp:
            ys = y + wave_amp * np.sin(2 * math.pi * xs / wave_lam)
            d.line(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=140, width=1)
            y += step
    return np.asarray(layer, np.float32) / 255.0


def _portrait(
    arr: np.ndarray,
    box: tuple[float, float, float, float],
    rng: np.random.Generator,
    ghost: bool = False,
) -> None:
    x0, y0, x1, y1 = (round(v) for v in box)
    w, h = x1 - x0, y1 - y0
    if w < 4 or h < 4:
        return
    im = Image.new("RGB", (w, h), _colour(rng, 150, 240))
    d = ImageDraw.Draw(im)
    skin, hair = _colour(rng, 90, 225), _colour(rng, 10, 120)
    d.ellipse((w * 0.22, h * 0.05, w * 0.78, h * 0.55), fill=hair)
    d.ellipse((w * 0.28, h * 0.12, w * 0.72, h * 0.62), fill=skin)
    d.chord((w * 0.0, h * 0.62, w * 1.0, h * 1.4), 180, 360, fill=_colour(rng, 20, 160))
    for ex in (0.4, 0.6):
        d.ellipse((w * (ex - 0.03), h * 0.33, w * (ex + 0.03), h * 0.37), fill=(30, 30, 30))
    face = cv2.GaussianBlur(np.asarray(im, np.float32), (0, 0), max(0.5, w / 80))
    if ghost:  # a ghost image: faint, monochrome
        grey = face.mean(axis=2, keepdims=True)
        face = 255 - (255 - grey) * 0.35
    arr[y0:y1, x0:x1] = face[: arr.shape[0] - y0, : arr.shape[1] - x0]


def _visual_zone(
    page: Image.Image, fmt: str, s: float, mrz_top: float, rng: np.random.Generator
) -> None:
    """Header, field labels and values, a signature: what sits above the MRZ."""
    w, h = page.size
    d = ImageDraw.Draw(page)
    head = _font(SERIF_BOLD if rng.random() < 0.5 else SANS_BOLD, rng.uniform(2.4, 3.6) * s)
    state = _pick(
        rng,
        (
            "REPUBLIC OF UTOPIA",
            "KINGDOM OF NORLAND",
            "FEDERAL REPUBLIC",
            "ÉTAT DE ZEMBLA",
            "UNITED STATES OF OCEANA",
        ),
    )
    kind = {"TD3": "PASSPORT", "MRV-A": "VISA", "MRV-B": "VISA"}.get(fmt, "IDENTITY CARD")
    d.text((0.05 * w, 0.03 * h), f"{state}  {kind}", font=head, fill=_colour(rng, 10, 110))
    label = _font(SANS, rng.uniform(1.4, 1.9) * s)
    value = _font(SANS_BOLD if rng.random() < 0.6 else SANS, rng.uniform(2.0, 2.8) * s)
    x = (0.36 if fmt != "TD1" or rng.random() < 0.5 else 0.05) * w
    y = 0.03 * h + 4.5 * s
    names = (
        "Surname",
        "Given names",
        "Nationality",
        "Date of birth",
        "Place of birth",
        "Date of issue",
        "Date of expiry",
        "Authority",
    )
    for lab in names:
        if y > mrz_top - 6.5 * s:
            break
        d.text((x, y), f"{lab} / {lab[:4].upper()}", font=label, fill=_colour(rng, 60, 130))
        val = mrz_name(_pick(rng, SURNAMES + GIVEN)) or "ZOE"
        if "Date" in lab:
            val = f"{int(rng.integers(1, 29)):02d} {_pick(rng, ('JAN', 'MAR', 'OCT', 'NOV'))} {int(rng.integers(1930, 2035))}"  # noqa: E501
        d.text((x, y + 1.9 * s), val, font=value, fill=_colour(rng, 0, 60))
        y += rng.uniform(4.2, 5.4) * s
    # A signature: a smooth scrawl.
    t = np.linspace(0, 1, 200)
    sx, sy = rng.uniform(0.4, 0.7) * w, mrz_top - rng.uniform(5, 7) * s
    xs = sx + t * rng.uniform(15, 30) * s
    ys = sy + np.sin(t * rng.uniform(10, 30)) * rng.uniform(0.8, 2) * s
    d.line(
        list(zip(xs.tolist(), ys.tolist(), strict=True)),
        fill=(20, 20, 90),
        width=max(1, round(0.25 * s)),
    )


def _mrz_ink(
    size: tuple[int, int], lines: tuple[str, ...], s: float, face: str, rng: np.random.Generator
) -> tuple[np.ndarray, float, float, float]:
    """The MRZ as ink coverage (0..1) and (x0, top, bottom) of the zone in pixels."""
    w, h = size
    pitch = rng.uniform(2.46, 2.60) * s
    spacing = rng.uniform(3.9, 4.6) * s
    bottom = h - rng.uniform(3.2, 5.8) * s
    top = bottom - len(lines) * spacing
    x0 = (w - len(lines[0]) * pitch) / 2 + rng.uniform(-1.2, 1.2) * s
    path = {"mono": MONO, "mono-bold": MONO_BOLD, "ocrb-oblique": OCRB_OBLIQUE}.get(face, OCRB)
    probe = _font(path, 100)
    box = probe.getbbox("H")
    cap_mm = rng.uniform(2.2, 2.5)  # ICAO: characters 2.0-2.6 mm... of cap height ~2.4
    font = _font(path, 100 * cap_mm * s / max(1, box[3] - box[1]))
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    baseline_drift = rng.normal(0, 0.05) * s
    for i, line in enumerate(lines):
        y = top + i * spacing + (spacing - cap_mm * s) / 2 - font.getbbox("H")[1]
        for j, c in enumerate(line):
            adv = font.getlength(c)
            cx = x0 + j * pitch + (pitch - adv) / 2  # each glyph centred in its cell
            d.text((cx, y + baseline_drift * j / len(line)), c, font=font, fill=255)
    alpha = np.asarray(layer, np.float32) / 255.0
    return alpha, x0, top, bottom


def _print(alpha: np.ndarray, process: str, s: float, rng: np.random.Generator) -> np.ndarray:
    """How the MRZ was put on the document, as coverage."""
    if process == "inkjet":  # dots on a grid: visible at high resolution, merged at low
        h, w = alpha.shape
        step = max(2.0, rng.uniform(0.13, 0.2) * s)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        dots = (np.cos(2 * math.pi * xx / step) * np.cos(2 * math.pi * yy / step) + 1) / 2
        alpha = np.clip(alpha * (0.55 + 0.7 * dots), 0, 1)
        alpha = cv2.GaussianBlur(alpha, (0, 0), 0.25 * step)
    elif process == "engraved":  # laser engraving: thinner, grey
        k = max(1, round(0.05 * s))
        alpha = cv2.erode(alpha, np.ones((k, k), np.uint8)) * rng.uniform(0.55, 0.85)
    elif process == "ribbon":  # a worn thermal-transfer ribbon: specks missing
        specks = rng.random(alpha.shape) < rng.uniform(0.01, 0.05)
        specks = cv2.dilate(specks.astype(np.uint8), np.ones((2, 2), np.uint8)) > 0
        alpha = np.where(specks, alpha * 0.35, alpha)
    return alpha


def _stamp(
    arr: np.ndarray, centre: tuple[float, float], s: float, rng: np.random.Generator
) -> None:
    """An entry stamp in translucent ink (multiplied onto the page)."""
    h, w = arr.shape[:2]
    r = rng.uniform(9, 15) * s
    size = int(2 * r + 4)
    im = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(im)
    lw = max(1, round(0.45 * s))
    c = size / 2
    if rng.random() < 0.5:
        d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=lw)
        d.ellipse((c - 0.72 * r, c - 0.72 * r, c + 0.72 * r, c + 0.72 * r), outline=255, width=lw)
    else:
        d.rounded_rectangle(
            (c - r, c - 0.7 * r, c + r, c + 0.7 * r), radius=0.2 * r, outline=255, width=lw
        )
    f = _font(SANS_BOLD, 0.28 * r)
    d.text(
        (c - 0.55 * r, c - 0.45 * r),
        _pick(rng, ("ARRIVAL", "ADMITTED", "ENTRY", "DEPART")),
        font=f,
        fill=255,
    )
    d.text(
        (c - 0.5 * r, c - 0.05 * r), f"{int(rng.integers(1, 29)):02d} NOV 2026", font=f, fill=255
    )
    ink = np.asarray(im.rotate(rng.uniform(-40, 40)), np.float32) / 255.0
    patchy = cv2.resize(rng.uniform(0.4, 1.0, (6, 6)).astype(np.float32), (size, size))
    ink *= patchy * rng.uniform(0.45, 0.8)
    colour = np.array(_pick_colour(rng), np.float32)
    x0, y0 = int(centre[0] - c), int(centre[1] - c)
    xa, ya, xb, yb = max(0, x0), max(0, y0), min(w, x0 + size), min(h, y0 + size)
    if xa >= xb or ya >= yb:
        return
    a = ink[ya - y0 : yb - y0, xa - x0 : xb - x0, None]
    region = arr[ya:yb, xa:xb]
    arr[ya:yb, xa:xb] = region * (1 - a) + region * (colour / 255.0) * a


def _pick_colour(rng: np.random.Generator) -> tuple[int, int, int]:
    options = ((110, 40, 150), (40, 60, 170), (170, 40, 50), (40, 40, 40), (30, 120, 60))
    return options[int(rng.integers(len(options)))]


def _foil(
    arr: np.ndarray, box: tuple[float, float, float, float], rng: np.random.Generator
) -> None:
    """A kinegram foil: a metallic patch of diffraction colours and fine lines."""
    x0, y0, x1, y1 = (max(0, round(v)) for v in box)
    x1, y1 = min(arr.shape[1], x1), min(arr.shape[0], y1)
    if x1 - x0 < 4 or y1 - y0 < 4:
        return
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    phase = (xx * rng.uniform(0.02, 0.08) + yy * rng.uniform(0.02, 0.08)) + rng.uniform(0, 6)
    lines = 0.5 + 0.5 * np.sin(np.hypot(xx - x0, yy - y1) * rng.uniform(0.5, 1.5))
    rainbow = np.stack([np.sin(phase + k * 2.1) for k in range(3)], axis=-1) * 60 + 190
    patch = rainbow * (0.75 + 0.25 * lines[..., None])
    a = rng.uniform(0.5, 0.85)
    arr[y0:y1, x0:x1] = arr[y0:y1, x0:x1] * (1 - a) + patch * a


def _document(
    fmt: str, lines: tuple[str, ...], face: str, process: str, s: float, rng: np.random.Generator
) -> tuple[np.ndarray, tuple[float, float, float, float]]:
    """The document (RGB float) at s px/mm, and the MRZ box (x0, top, x1, bottom)."""
    w_mm, h_mm = DOC_MM[fmt]
    w, h = round(w_mm * s), round(h_mm * s)
    arr = _iris(w, h, rng)
    pat = _pattern(w, h, s, rng)
    alpha, x0, top, bottom = _mrz_ink((w, h), lines, s, face, rng)
    x1 = x0 + len(lines[0]) * 2.6 * s  # the widest pitch: a little beyond the last cell
    # The MRZ's clear zone: the pattern printed fainter there, or not at all.
    clear = np.ones((h, w), np.float32)
    clear[int(max(0, top - 2 * s)) :, :] = rng.uniform(0.0, 0.8)
    clear = cv2.GaussianBlur(clear, (0, 0), 1.5 * s)
    pat_colour = np.array(_colour(rng, 90, 200), np.float32)
    strength = rng.uniform(0.35, 0.8) * pat * clear
    arr = arr * (1 - strength[..., None]) + pat_colour * strength[..., None]
    page = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    _visual_zone(page, fmt, s, top, rng)
    arr = np.asarray(page, np.float32).copy()
    side = fmt in ("TD3", "MRV-A", "MRV-B") or rng.random() < 0.5  # TD1 back has no portrait
    if side:
        pw = 0.27 * w
        ph = min(pw * 1.3, top - 0.18 * h - 2 * s)
        _portrait(arr, (0.04 * w, 0.16 * h, 0.04 * w + pw, 0.16 * h + ph), rng)
        if rng.random() < 0.6:
            gx = w * rng.uniform(0.75, 0.82)
            _portrait(arr, (gx, 0.2 * h, gx + 0.14 * w, 0.2 * h + 0.18 * w), rng, ghost=True)
    if rng.random() < 0.35:
        fx = rng.uniform(0.05, 0.6) * w
        fy = rng.uniform(0.1, 0.4) * h
        _foil(arr, (fx, fy, fx + rng.uniform(12, 30) * s, fy + rng.uniform(10, 25) * s), rng)
    if rng.random() < 0.25:  # a laminate foil's band over the whole zone, faint
        band = np.zeros((h, w), np.float32)
        band[int(top) : int(bottom)] = rng.uniform(0.05, 0.15)
        arr += cv2.GaussianBlur(band, (0, 0), 3 * s)[..., None] * np.array(
            _colour(rng, -120, 120), np.float32
        )
    # The MRZ itself.
    alpha = _print(alpha, process, s, rng)
    ink = np.array(_colour(rng, 0, 50), np.float32)
    if process == "engraved":
        ink = np.full(3, rng.uniform(40, 90), np.float32)
        # Emboss: the engraved relief catches the light on one side.
        shift = max(1, round(0.06 * s))
        rim = np.roll(alpha, (shift, shift), axis=(0, 1)) - alpha
        arr += np.clip(rim, 0, 1)[..., None] * rng.uniform(15, 40)
    arr = arr * (1 - alpha[..., None]) + ink * alpha[..., None]
    if rng.random() < 0.3:  # an entry stamp overlapping the zone's edge
        sx = rng.choice([x0 + rng.uniform(-8, 15) * s, x1 - rng.uniform(-8, 15) * s])
        _stamp(arr, (float(sx), top - rng.uniform(4, 9) * s), s, rng)
    return arr, (x0, top, x1, bottom)


def _scene(
    fmt: str, lines: tuple[str, ...], face: str, process: str, s: float, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[float, float]]:
    """Document (or booklet, or card) with what holds it, on a transparent plane.

    Returns (RGB, coverage mask, MRZ corners in plane pixels, plane origin of the
    document's centre in pixels)."""
    doc, (mx0, mtop, mx1, mbot) = _document(fmt, lines, face, process, s, rng)
    dh, dw = doc.shape[:2]
    margin = round(20 * s)
    booklet = fmt in ("MRV-A", "MRV-B") or (fmt == "TD3" and rng.random() < 0.7)
    pw, ph = (round(v * s) for v in BOOKLET_PAGE_MM)
    if booklet:
        pw, ph = max(pw, dw), max(ph, dh)
        cover = round(rng.uniform(1.5, 3.5) * s)
        W = pw + 2 * cover + 2 * margin
        H = 2 * ph + 2 * cover + 2 * margin
        plane = np.zeros((H, W, 3), np.float32)
        mask = np.zeros((H, W), np.float32)
        plane[margin : H - margin, margin : W - margin] = _colour(rng, 10, 90)
        mask[margin : H - margin, margin : W - margin] = 1
        px, py = margin + cover, margin + cover
        upper = _iris(pw, ph, rng)
        up_pat = _pattern(pw, ph, s, rng)
        upper = upper * (1 - 0.4 * up_pat[..., None]) + 150 * 0.4 * up_pat[..., None]
        for _ in range(int(rng.integers(0, 3))):
            _stamp(upper, (rng.uniform(0.15, 0.85) * pw, rng.uniform(0.2, 0.8) * ph), s, rng)
        plane[py : py + ph, px : px + pw] = upper
        lower = _iris(pw, ph, rng) * 0.98
        lx, ly = px + (pw - dw) // 2, py + ph + (ph - dh)
        lower_y = py + ph
        plane[lower_y : lower_y + ph, px : px + pw] = lower
        if fmt != "TD3":  # a sticker: its shadow edge
            plane[ly - 2 : ly + dh + 1, lx - 2 : lx + dw + 1] *= 0.85
        plane[ly : ly + dh, lx : lx + dw] = doc
        # The fold: shadow on both sides of the gutter.
        yy = np.arange(H, dtype=np.float32)
        fold = 1 - rng.uniform(0.2, 0.5) * np.exp(
            -(((yy - lower_y) / (rng.uniform(3, 8) * s)) ** 2)
        )
        plane *= fold[:, None, None]
        ox, oy = lx, ly
    else:
        W, H = dw + 2 * margin, dh + 2 * margin
        plane = np.zeros((H, W, 3), np.float32)
        mask = np.zeros((H, W), np.float32)
        plane[margin : margin + dh, margin : margin + dw] = doc
        m = Image.new("L", (dw, dh), 0)
        ImageDraw.Draw(m).rounded_rectangle((0, 0, dw - 1, dh - 1), radius=3.2 * s, fill=255)
        mask[margin : margin + dh, margin : margin + dw] = np.asarray(m, np.float32) / 255
        ox, oy = margin, margin
    _fingers(plane, mask, (ox, oy, dw, dh), (mx0, mtop, mx1, mbot), s, rng)
    mrz = np.array([[mx0, mtop], [mx1, mtop], [mx1, mbot], [mx0, mbot]], np.float32)
    mrz += np.array([ox, oy], np.float32)
    return plane, mask, mrz, (ox + dw / 2, oy + dh / 2)


def _fingers(
    plane: np.ndarray,
    mask: np.ndarray,
    doc: tuple[int, int, int, int],
    mrz: tuple[float, float, float, float],
    s: float,
    rng: np.random.Generator,
) -> None:
    """A thumb or two over the document's edge, never over the MRZ's characters."""
    if rng.random() > 0.35:
        return
    ox, oy, dw, _ = doc
    H, W = mask.shape
    tones = ((232, 190, 160), (214, 160, 125), (176, 120, 85), (130, 85, 60), (92, 60, 45))
    skin = np.array(tones[int(rng.integers(len(tones)))], np.float32) * rng.uniform(0.9, 1.1, 3)
    for _ in range(int(rng.integers(1, 3))):
        left = rng.random() < 0.5
        width = rng.uniform(15, 20) * s
        # Over the left or right edge, above the MRZ, or beside it within the margin.
        above = rng.random() < 0.7 and mrz[1] > width + 5 * s
        if above:  # the whole finger clear of the MRZ's rows
            y = oy + rng.uniform(width / 2, mrz[1] - width / 2 - 3 * s)
            reach = rng.uniform(6, 18) * s
        else:  # beside the MRZ: only into the margin
            y = oy + rng.uniform(mrz[1], mrz[3])
            reach = max(0.0, min(mrz[0], dw - mrz[2]) - 3 * s)
        edge = ox if left else ox + dw
        tip = edge + (reach if left else -reach)
        root = edge + (-28 * s if left else 28 * s)
        layer = Image.new("L", (W, H), 0)
        d = ImageDraw.Draw(layer)
        a, b = sorted((tip, root))
        d.rounded_rectangle((a, y - width / 2, b, y + width / 2), radius=width / 2, fill=255)
        fm = cv2.GaussianBlur(np.asarray(layer, np.float32) / 255, (0, 0), 0.4 * s)
        # Shadow on the document, then the finger, shaded as a cylinder.
        shadow = cv2.GaussianBlur(np.roll(fm, round(2 * s), axis=0), (0, 0), 2 * s)
        plane *= (1 - 0.45 * shadow)[..., None]
        yy = np.arange(H, dtype=np.float32)[:, None]
        shade = 0.7 + 0.45 * np.cos(np.clip((yy - y) / (width / 2), -1.5, 1.5))
        finger = skin[None, None, :] * shade[..., None]
        plane[:] = plane * (1 - fm[..., None]) + finger * fm[..., None]
        np.maximum(mask, fm, out=mask)


# -- the camera --------------------------------------------------------------------------


def _rot(ax: float, ay: float, az: float) -> np.ndarray:
    cx, sx, cy, sy, cz, sz = (
        math.cos(ax),
        math.sin(ax),
        math.cos(ay),
        math.sin(ay),
        math.cos(az),
        math.sin(az),
    )
    rx = np.array([[1, 0, 0], [0, cx, -sx], [0, sx, cx]])
    ry = np.array([[cy, 0, sy], [0, 1, 0], [-sy, 0, cy]])
    rz = np.array([[cz, -sz, 0], [sz, cz, 0], [0, 0, 1]])
    return rz @ rx @ ry


def _table(W: int, H: int, rng: np.random.Generator) -> np.ndarray:
    base = np.array(_colour(rng, 20, 230), np.float32)
    low = cv2.resize(
        rng.normal(0, 1, (6, 8)).astype(np.float32), (W, H), interpolation=cv2.INTER_CUBIC
    )
    fine = cv2.resize(rng.standard_normal((H // 4 + 1, W // 4 + 1), dtype=np.float32), (W, H))
    return base[None, None, :] * (1 + 0.12 * low[..., None]) + fine[..., None] * rng.uniform(2, 10)


def _camera(plane: np.ndarray, mask: np.ndarray, mrz: np.ndarray, centre: tuple[float, float],
            s: float, dpmm: float, rng: np.random.Generator) -> tuple[np.ndarray, str]:  # fmt: skip
    """Photograph the plane: pinhole camera, tilt, barrel distortion, on a table."""
    frame = str(rng.choice(["4:3", "16:9", "3:4"], p=[0.5, 0.3, 0.2]))
    doc_mm = float(np.ptp(mrz[:, 0])) / s + 12  # roughly the document's width
    for attempt in range(10):
        # The last attempt: straight on, centred, the frame wide enough.
        last = attempt == 9
        W = int(np.clip(doc_mm * dpmm / (0.45 if last else rng.uniform(0.45, 0.9)), 640, 2600))
        H = int(W * {"4:3": 0.75, "16:9": 0.5625, "3:4": 4 / 3}[frame])
        f = W * rng.uniform(0.75, 1.3)
        tilt = 0.0 if last else math.radians(rng.uniform(0, 35))
        direction = rng.uniform(0, 2 * math.pi)
        R = _rot(
            tilt * math.cos(direction),
            tilt * math.sin(direction),
            math.radians(rng.uniform(-25, 25)),
        )
        Z = f / dpmm  # mm from the camera to the MRZ's centre: dpmm px per mm there
        mc = np.array(centre) if rng.random() < 0.6 else mrz.mean(axis=0)
        off = 0.0 if last else 0.15
        t = np.array([rng.uniform(-off, off) * W / dpmm, rng.uniform(-off, off) * H / dpmm, Z])
        K = np.array([[f, 0, W / 2], [0, f, H / 2], [0, 0, 1]])
        # plane pixels -> mm about the MRZ's centre -> camera
        S = np.array([[1 / s, 0, -mc[0] / s], [0, 1 / s, -mc[1] / s], [0, 0, 1]])
        Hm = K @ np.column_stack([R[:, 0], R[:, 1], t]) @ S
        pts = cv2.perspectiveTransform(mrz[None].astype(np.float64), Hm)[0]
        if (
            pts[:, 0].min() > 0.03 * W
            and pts[:, 0].max() < 0.97 * W
            and pts[:, 1].min() > 0.03 * H
            and pts[:, 1].max() < 0.97 * H
        ):
            break
    k1 = rng.uniform(0, 0.12) if rng.random() < 0.6 else 0.0
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    xn, yn = (xx - W / 2) / f, (yy - H / 2) / f
    r2 = xn**2 + yn**2
    und = 1 - k1 * r2 + 3 * k1 * k1 * r2 * r2  # the barrel distortion's inverse, approximated
    u, v = W / 2 + xn * und * f, H / 2 + yn * und * f
    inv = np.linalg.inv(Hm)
    den = inv[2, 0] * u + inv[2, 1] * v + inv[2, 2]
    den = np.where(np.abs(den) < 1e-9, 1e-9, den)
    mapx = ((inv[0, 0] * u + inv[0, 1] * v + inv[0, 2]) / den).astype(np.float32)
    mapy = ((inv[1, 0] * u + inv[1, 1] * v + inv[1, 2]) / den).astype(np.float32)
    mapx[den < 0] = -1e5  # behind the camera
    # Anti-alias for the down-sampling from plane to image.
    ratio = s / dpmm
    if ratio > 1.05:
        plane = cv2.GaussianBlur(plane, (0, 0), 0.45 * ratio)
    img = cv2.remap(plane, mapx, mapy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    cover = cv2.remap(mask, mapx, mapy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    table = _table(W, H, rng)
    img = img * cover[..., None] + table * (1 - cover[..., None])
    return img[..., ::-1].copy(), f"{W}x{H} tilt {math.degrees(tilt):.0f}"


def _optics(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Light, lens and sensor: float BGR in, uint8 BGR out."""
    H, W = img.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    xn, yn = (xx - W / 2) / (W / 2), (yy - H / 2) / (H / 2)
    light = 1 + rng.uniform(-0.3, 0.3) * xn + rng.uniform(-0.3, 0.3) * yn
    light *= (1 - rng.uniform(0.05, 0.35) * (xn**2 + yn**2) / 2) ** 2  # vignetting
    if rng.random() < 0.3:  # a hand's or the phone's shadow: a soft half-plane
        a = rng.uniform(0, 2 * math.pi)
        edge = (xn * math.cos(a) + yn * math.sin(a)) - rng.uniform(0.2, 0.9)
        light *= 1 - rng.uniform(0.2, 0.45) / (1 + np.exp(-edge * rng.uniform(6, 20)))
    img = img.astype(np.float32) * (light * rng.uniform(0.8, 1.15))[..., None]
    img *= rng.uniform(0.88, 1.12, 3).astype(np.float32)[None, None, :]  # white balance
    if rng.random() < 0.4:  # a laminate's glare: elongated, saturating
        gx, gy = rng.uniform(0.15, 0.85) * W, rng.uniform(0.15, 0.85) * H
        a = rng.uniform(0, math.pi)
        du = (xx - gx) * math.cos(a) + (yy - gy) * math.sin(a)
        dv = -(xx - gx) * math.sin(a) + (yy - gy) * math.cos(a)
        sa, sb = rng.uniform(0.08, 0.25) * W, rng.uniform(0.015, 0.06) * W
        img += (np.exp(-((du / sa) ** 2 + (dv / sb) ** 2)) * rng.uniform(60, 170))[..., None]
    # Depth of field: sharp along one band, blurrier away from it.
    s0, s1 = rng.uniform(0.2, 0.9), rng.uniform(0.0, 1.8)
    sharp = cv2.GaussianBlur(img, (0, 0), s0)
    if s1 > 0.2:
        soft = cv2.GaussianBlur(img, (0, 0), s0 + s1)
        a = rng.uniform(0, 2 * math.pi)
        wgt = np.clip(np.abs(xn * math.cos(a) + yn * math.sin(a) - rng.uniform(-0.3, 0.3)), 0, 1)
        img = sharp * (1 - wgt[..., None]) + soft * wgt[..., None]
    else:
        img = sharp
    if rng.random() < 0.3:  # motion blur
        n = int(rng.integers(2, 6))
        k = np.zeros((2 * n + 1, 2 * n + 1), np.float32)
        a = rng.uniform(0, math.pi)
        cv2.line(
            k,
            (round(n - n * math.cos(a)), round(n - n * math.sin(a))),
            (round(n + n * math.cos(a)), round(n + n * math.sin(a))),
            1.0,
            1,
        )
        img = cv2.filter2D(img, -1, k / k.sum())
    if rng.random() < 0.5:  # lateral chromatic aberration: red and blue scaled apart
        eps = rng.uniform(0.0005, 0.002)
        for ch, sign in ((0, -1), (2, 1)):
            m = cv2.getRotationMatrix2D((W / 2, H / 2), 0, 1 + sign * eps)
            img[..., ch] = cv2.warpAffine(img[..., ch], m, (W, H), borderMode=cv2.BORDER_REFLECT)
    img = np.clip(img, 0, 255)
    gain = rng.uniform(0.3, 2.0)
    if rng.random() < 0.5:  # the sensor: a Bayer mosaic with shot noise, demosaiced
        raw = np.zeros((H, W), np.float32)
        raw[0::2, 0::2] = img[0::2, 0::2, 0]
        raw[0::2, 1::2] = img[0::2, 1::2, 1]
        raw[1::2, 0::2] = img[1::2, 0::2, 1]
        raw[1::2, 1::2] = img[1::2, 1::2, 2]
        raw += _noise(raw, gain, rng)
        img = cv2.cvtColor(np.clip(raw, 0, 255).astype(np.uint8), cv2.COLOR_BayerRG2BGR)
        img = img.astype(np.float32)
    else:
        img += _noise(img, gain, rng)
    if rng.random() < 0.6:  # the phone's sharpening
        img = img + rng.uniform(0.3, 1.2) * (
            img - cv2.GaussianBlur(img, (0, 0), rng.uniform(1, 2.5))
        )
    return np.clip(img, 0, 255).astype(np.uint8)


def _noise(img: np.ndarray, gain: float, rng: np.random.Generator) -> np.ndarray:
    """Shot noise (its variance grows with the signal) and read noise, in float32."""
    sigma = np.sqrt(np.maximum(img, 0) * gain + rng.uniform(0.5, 3) ** 2)
    return rng.standard_normal(img.shape, dtype=np.float32) * sigma


def _screen(
    img: np.ndarray, dpmm_out: float, dpmm_in: float, rng: np.random.Generator
) -> np.ndarray:
    """The photo shown on a screen (RGB subpixel stripes) and photographed again: moiré."""
    h, w = img.shape[:2]
    shown = np.clip(
        (img.astype(np.float32) / 255) ** rng.uniform(0.8, 1.2) * 255 * rng.uniform(0.8, 1.0) + 12,
        0,
        255,
    )
    sub = np.zeros((h * 3, w * 3, 3), np.float32)
    for k, ch in enumerate((2, 1, 0)):  # R, G, B stripes left to right (BGR channels)
        sub[:, k::3, ch] = np.repeat(shown[..., ch], 3, axis=0)
    sub[2::3] *= 0.55  # the dark row between pixels
    sub *= 2.2  # the stripes' light, spread back over the pixel
    scale = dpmm_out / dpmm_in / 3  # camera pixels per subpixel row
    W, H = int(w * 3 * scale * 1.15), int(h * 3 * scale * 1.15)
    ang = rng.uniform(-6, 6)
    m = cv2.getRotationMatrix2D((w * 1.5, h * 1.5), ang, scale)
    m[:, 2] += [W / 2 - w * 1.5, H / 2 - h * 1.5]
    # No pre-filter: the camera's sampling of the stripes is what makes the moiré.
    out = cv2.warpAffine(sub, m, (W, H), flags=cv2.INTER_LINEAR, borderValue=(12, 12, 12))
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.3, 0.7))
    out += rng.standard_normal(out.shape, dtype=np.float32) * rng.uniform(1, 4)
    return np.clip(out, 0, 255).astype(np.uint8)


def sample(seed: int, today: dt.date | None = None) -> HeldOut4:
    rng = np.random.default_rng(seed)
    today = today or dt.date.today()
    fmt, composed, lines, valid = random_mrz(rng, today)
    r = rng.random()
    face = ("mono" if r < 0.06 else "mono-bold" if r < 0.1 else
            "ocrb-oblique" if r < 0.1625 else "ocrb")  # fmt: skip
    card = fmt in ("TD1", "TD2")
    process = str(rng.choice(
        ["offset", "engraved", "inkjet", "ribbon"],
        p=[0.35, 0.5, 0.05, 0.1] if card else [0.55, 0.05, 0.3, 0.1] if fmt.startswith("MRV")
        else [0.6, 0.15, 0.1, 0.15],
    ))  # fmt: skip
    screen = rng.random() < 0.1
    dpmm = rng.uniform(120, 400) / 25.4
    # The screen shows the photo at 7-10 px/mm; the camera sees each pixel at 0.8-1.6 px.
    first = rng.uniform(7, 10) if screen else dpmm
    s = float(np.clip(first * rng.uniform(1.1, 1.3), 5, 16))
    plane, mask, mrz, centre = _scene(fmt, lines, face, process, s, rng)
    img, _ = _camera(plane, mask, mrz, centre, s, first, rng)
    out = _optics(img, rng)
    if screen:
        dpmm = float(np.clip(first * rng.uniform(0.8, 1.6), 120 / 25.4, 400 / 25.4))
        # Frames up to about 2600 pixels, the MRZ never under 120 dpi.
        dpmm = max(120 / 25.4, min(dpmm, first * 2400 / (1.15 * max(out.shape[:2]))))
        out = _screen(out, dpmm, first, rng)
    ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(45, 95))])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    return HeldOut4(
        seed,
        fmt,
        f"{face}/{process}",
        "screen" if screen else "photo",
        lines,
        composed,
        valid,
        buf.tobytes(),
        dpmm * 25.4,
    )
