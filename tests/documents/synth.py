"""Synthetic photographs of travel documents with a known MRZ (tests and bench).

A document page is drawn with Pillow at 10 px/mm: pastel security background with
guilloche rosettes and fine lines, a portrait, visual-zone text, and the MRZ in OCR-B
(Debian's fonts-ocr-b) at the ICAO pitch of 2.54 mm. The page is then photographed:
placed on a textured table with rotation and perspective, lit unevenly (with glare),
blurred, made noisy and saved as JPEG. Everything comes from one seed, so a sample
is reproducible: `sample(seed)`.

Difficulty levels widen every parameter range: "easy" is a flat-bed scan, "medium" a
careful phone photo, "hard" a hurried one at a counter.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from desktop.documents.mrz import compose

OCRB = Path("/usr/share/fonts/opentype/ocr-b/OCRB.otf")
SANS = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
SANS_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
PX_PER_MM = 10.0
PITCH_MM = 2.54  # ICAO 9303-3: 10 characters per 25.4 mm
LEVELS = ("easy", "medium", "hard")

# Page sizes in mm (ISO/IEC 7810 ID-1, ID-2, ID-3; MRV-B fits an ID-2 area).
PAGE_MM = {"TD1": (85.6, 54.0), "TD2": (105.0, 74.0), "TD3": (125.0, 88.0)}
PAGE_MM["MRV-A"] = PAGE_MM["TD3"]
PAGE_MM["MRV-B"] = PAGE_MM["TD2"]

SYLLABLES = (  # noqa: SIM905
    "AN BO CHEN DA ER FU GAO HE IN JO KA LI MA NO OU PE QI RO SA TO UL VE WA XI YA ZO "
    "LIN WANG ZHANG HUANG LIU YANG ZHAO WU ZHOU SUN HSU TSAI KUO CHIANG NGUYEN OSMAN "
    "SMITH MUELLER ROSSI GARCIA SILVA DUBOIS KOWAL IVAN OKAFOR MBEKI SATO SUZUKI KIM PARK "
    "O OH OO SO SS BB II ZZ"  # confusable-looking letters on purpose (0/O, 8/B, 5/S, 1/I, 2/Z)
).split()
STATES = ("UTO", "TWN", "D", "FRA", "GBR", "USA", "JPN", "CHN", "KOR", "VNM", "PHL", "IDN",
          "THA", "NLD", "XXA", "GBN", "CAN", "AUS")  # fmt: skip
CONFUSABLE = "0O8B5S1I2Z6G"


@dataclass(frozen=True)
class Sample:
    seed: int
    level: str
    format: str
    lines: tuple[str, ...]
    image: np.ndarray  # BGR, uint8, as decoded from the JPEG
    jpeg: bytes


def _name(rng: np.random.Generator, parts: tuple[int, int]) -> str:
    words = []
    for _ in range(int(rng.integers(parts[0], parts[1] + 1))):
        n = int(rng.integers(1, 4))
        words.append("".join(rng.choice(SYLLABLES, n)))
    return " ".join(words)


def _alnum(rng: np.random.Generator, n: int, confusable: float = 0.3) -> str:
    pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    out = []
    for _ in range(n):
        src = CONFUSABLE if rng.random() < confusable else pool
        out.append(src[int(rng.integers(len(src)))])
    return "".join(out)


def random_mrz(
    rng: np.random.Generator, today: dt.date | None = None
) -> tuple[str, tuple[str, ...]]:
    """A random, valid MRZ: (format, lines). TD3 is the most common, as at a counter."""
    today = today or dt.date.today()
    fmt = str(rng.choice(["TD3", "TD1", "TD2", "MRV-A", "MRV-B"], p=[0.5, 0.2, 0.1, 0.1, 0.1]))
    birth = today - dt.timedelta(days=int(rng.integers(200, 365 * 90)))
    expiry = today + dt.timedelta(days=int(rng.integers(-300, 365 * 10)))
    code = {"TD3": "P", "MRV-A": "V", "MRV-B": "V"}.get(fmt) or str(rng.choice(list("ICA")))
    second = str(rng.choice(list("<<<DPSRO")))
    long_number = fmt in ("TD1", "TD2") and rng.random() < 0.15
    number = _alnum(rng, int(rng.integers(10, 13)) if long_number else int(rng.integers(7, 10)))
    optional = "" if rng.random() < 0.4 else _alnum(rng, int(rng.integers(1, 8)), 0.2)
    room = {"TD1": 15, "TD2": 7, "TD3": 14, "MRV-A": 16, "MRV-B": 8}[fmt]
    if len(number) > 9:  # the number's continuation, its check digit and a filler go first
        room -= len(number) - 9 + 2
    optional = optional[: max(0, room)]
    lines = compose(
        fmt,
        document_code=code + second,
        issuing_state=str(rng.choice(STATES)),
        surname=_name(rng, (1, 3)),
        given_names=_name(rng, (0, 3)),
        document_number=number,
        nationality=str(rng.choice(STATES)),
        birth_date=birth,
        sex=str(rng.choice(list("MFX"), p=[0.48, 0.48, 0.04])),
        expiry_date=expiry,
        optional_data=optional,
        optional_data_2=_alnum(rng, int(rng.integers(0, 6)), 0.2) if fmt == "TD1" else "",
    )
    return fmt, lines


def _font(path: Path, px: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), max(4, round(px)))


def _pastel(rng: np.random.Generator, lo: int = 200) -> tuple[int, int, int]:
    return tuple(int(v) for v in rng.integers(lo, 256, 3))  # type: ignore[return-value]


def _guilloche(draw: ImageDraw.ImageDraw, rng: np.random.Generator, w: int, h: int, n: int) -> None:
    for _ in range(n):
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        r0, amp = rng.uniform(0.1, 0.6) * h, rng.uniform(0.03, 0.2) * h
        k1, k2 = int(rng.integers(3, 15)), int(rng.integers(15, 60))
        color = tuple(int(v) for v in rng.integers(120, 230, 3))
        ts = np.linspace(0, 2 * math.pi, 1200)
        for j in range(int(rng.integers(3, 9))):
            phase = j * 0.15
            r = r0 + amp * np.sin(k1 * ts + phase) + 0.3 * amp * np.sin(k2 * ts)
            pts = list(
                zip((cx + r * np.cos(ts)).tolist(), (cy + r * np.sin(ts)).tolist(), strict=True)
            )
            draw.line(pts, fill=color, width=1)
    for _ in range(n * 4):  # fine wavy lines across the page
        y0 = rng.uniform(0, h)
        xs = np.linspace(0, w, 300)
        ys = y0 + rng.uniform(3, 20) * np.sin(xs / rng.uniform(20, 80) + rng.uniform(0, 6))
        color = tuple(int(v) for v in rng.integers(150, 235, 3))
        draw.line(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=color, width=1)


def render_page(
    fmt: str,
    lines: tuple[str, ...],
    rng: np.random.Generator,
    level: str,
    smudge: tuple[int, int] | None = None,
) -> Image.Image:
    """The document page (RGB) at PX_PER_MM with the MRZ at the bottom, ICAO pitch.
    `smudge` (line, column, 0-based) blots out one character with an ink stain."""
    w_mm, h_mm = PAGE_MM[fmt]
    w, h = round(w_mm * PX_PER_MM), round(h_mm * PX_PER_MM)
    page = Image.new("RGB", (w, h), _pastel(rng, 215))
    draw = ImageDraw.Draw(page)
    _guilloche(draw, rng, w, h, 3 if level == "easy" else 6)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    draw = ImageDraw.Draw(page)
    # Where the MRZ goes: pitch 2.54 mm, lines about 4.2 mm apart, the bottom line
    # ~4.5 mm above the edge; the visual zone stays above it.
    spacing = rng.uniform(3.9, 4.6) * PX_PER_MM
    bottom = h - rng.uniform(3.5, 5.5) * PX_PER_MM
    y0 = bottom - max(len(lines), 2) * spacing
    # Portrait (a soft head and shoulders) and visual zone.
    px0, py0 = round(0.04 * w), round(0.12 * h)
    pw, ph = round(0.28 * w), round(min(0.55 * h, y0 - py0 - 2 * PX_PER_MM))
    draw.rectangle((px0, py0, px0 + pw, py0 + ph), fill=_pastel(rng, 170))
    skin = tuple(int(v) for v in rng.integers(90, 220, 3))
    draw.ellipse((px0 + pw * 0.25, py0 + ph * 0.12, px0 + pw * 0.75, py0 + ph * 0.62), fill=skin)
    draw.chord(
        (px0 + pw * 0.05, py0 + ph * 0.65, px0 + pw * 0.95, py0 + ph * 1.35), 180, 360, fill=skin
    )
    title = _font(SANS_BOLD, 3.2 * PX_PER_MM)
    small = _font(SANS, 1.8 * PX_PER_MM)
    value = _font(SANS_BOLD, 2.6 * PX_PER_MM)
    draw.text((px0, round(0.02 * h)), "UTOPIA  PASSPORT / PASSEPORT", font=title, fill=(40, 40, 90))
    x = px0 + pw + round(0.04 * w)
    y = py0
    for label in ("Surname / Nom", "Given names / Prénoms", "Nationality", "Date of birth", "Sex"):
        draw.text((x, y), label, font=small, fill=(90, 90, 120))
        y += round(2.2 * PX_PER_MM)
        draw.text((x, y), _name(rng, (1, 2)), font=value, fill=(20, 20, 30))
        y += round(3.6 * PX_PER_MM)
        if y > y0 - 8 * PX_PER_MM:
            break
    if not lines:
        return page
    font = _font(OCRB, PITCH_MM * PX_PER_MM / 0.723)
    mrz_w = len(lines[0]) * PITCH_MM * PX_PER_MM
    x0 = (w - mrz_w) / 2 + rng.uniform(-1.0, 1.0) * PX_PER_MM
    if level != "easy" and rng.random() < 0.5:  # a light clear-zone wash, as printed
        draw.rectangle((x0 - 20, y0 - 10, x0 + mrz_w + 20, h - 5), fill=_pastel(rng, 225))
    ink = int(rng.integers(0, 60))
    mrz_layer = Image.new("L", (w, h), 0)
    md = ImageDraw.Draw(mrz_layer)
    pitch = PITCH_MM * PX_PER_MM
    for i, line in enumerate(lines):
        for j, c in enumerate(line):
            jitter = rng.normal(0, 0.3) if level == "hard" else 0.0
            if (i, j) == smudge:
                top = y0 + i * spacing + 0.2 * font.size
                md.ellipse(
                    (x0 + j * pitch, top, x0 + (j + 1) * pitch, top + 0.75 * font.size), fill=255
                )
                continue
            md.text(
                (x0 + j * PITCH_MM * PX_PER_MM + jitter, y0 + i * spacing), c, font=font, fill=255
            )
    alpha = np.asarray(mrz_layer, dtype=np.float32) / 255.0
    if level == "hard" and rng.random() < 0.5:  # uneven ink: worn or faint printing
        fade = cv2.resize(rng.uniform(0.55, 1.0, (4, 12)).astype(np.float32), (w, h))
        alpha *= fade
    arr = np.asarray(page, dtype=np.float32)
    arr = arr * (1 - alpha[..., None]) + ink * alpha[..., None]
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8))


def _background(rng: np.random.Generator, w: int, h: int) -> np.ndarray:
    base = rng.integers(40, 200, 3).astype(np.float32)
    grain = cv2.resize(rng.normal(0, 1, (h // 40 + 2, w // 8 + 2)).astype(np.float32), (w, h))
    img = base[None, None, :] + grain[..., None] * rng.uniform(5, 25)
    img += rng.normal(0, 4, (h, w, 1))
    return img.clip(0, 255).astype(np.uint8)


PARAMS = {
    # rotation deg, perspective (fraction of size), doc width fraction, blur sigma,
    # noise sigma, light variation, JPEG quality
    "easy": dict(rot=2, persp=0.0, width=(0.80, 0.92), blur=(0.0, 0.6), noise=(0, 3),
                 light=0.1, jpeg=(85, 95), glare=0.0),
    "medium": dict(rot=8, persp=0.03, width=(0.65, 0.9), blur=(0.3, 1.1), noise=(2, 7),
                   light=0.35, jpeg=(60, 90), glare=0.3),
    "hard": dict(rot=15, persp=0.06, width=(0.55, 0.85), blur=(0.6, 1.6), noise=(4, 12),
                 light=0.55, jpeg=(40, 75), glare=0.5),
}  # fmt: skip


def photograph(
    page: Image.Image,
    rng: np.random.Generator,
    level: str,
    size: tuple[int, int] = (1280, 960),
    params: dict | None = None,
) -> np.ndarray:
    """The page photographed on a table: a BGR image before JPEG compression.
    `params` overrides the level's PARAMS."""
    prm = params or PARAMS[level]
    W, H = size
    src = np.asarray(page)[:, :, ::-1]
    ph, pw = src.shape[:2]
    scale = rng.uniform(*prm["width"]) * W / pw
    if ph * scale > 0.9 * H:
        scale = 0.9 * H / ph
    ang = math.radians(rng.uniform(-prm["rot"], prm["rot"]))
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.05, 0.05) * H
    corners = np.array([[-pw / 2, -ph / 2], [pw / 2, -ph / 2], [pw / 2, ph / 2], [-pw / 2, ph / 2]])
    rot = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]])
    dst = (corners * scale) @ rot.T + [cx, cy]
    dst += rng.uniform(-prm["persp"], prm["persp"], dst.shape) * [pw * scale, ph * scale]
    m = cv2.getPerspectiveTransform(
        np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]]), dst.astype(np.float32)
    )
    scene = _background(rng, W, H)
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), m, (W, H))
    scene = np.where(mask[..., None] > 127, warped, scene)
    img = scene.astype(np.float32)
    # Uneven light: a tilted plane times a soft blob, and sometimes a glare spot.
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1, 2)
    plane = 1 + prm["light"] * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5))
    blob = 1 - prm["light"] * 0.5 * np.exp(
        -(((xx - rng.uniform(0, W)) / (0.4 * W)) ** 2 + ((yy - rng.uniform(0, H)) / (0.4 * H)) ** 2)
    )
    img *= (plane * blob)[..., None]
    if rng.random() < prm["glare"]:
        gx0, gy0, gr = rng.uniform(0, W), rng.uniform(0, H), rng.uniform(0.05, 0.15) * W
        glare = np.exp(-(((xx - gx0) ** 2 + (yy - gy0) ** 2) / (2 * gr**2)))
        img += glare[..., None] * rng.uniform(40, 110)
    sigma = rng.uniform(*prm["blur"])
    if sigma > 0.05:
        img = cv2.GaussianBlur(img, (0, 0), sigma)
    img += rng.normal(0, rng.uniform(*prm["noise"]), img.shape)
    return img.clip(0, 255).astype(np.uint8)


def to_jpeg(img: np.ndarray, quality: int) -> bytes:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    return buf.tobytes()


def sample(seed: int, level: str | None = None, today: dt.date | None = None) -> Sample:
    """One reproducible document photograph; `level` default: drawn from the seed."""
    rng = np.random.default_rng(seed)
    level = level or str(rng.choice(LEVELS, p=[0.3, 0.45, 0.25]))
    fmt, lines = random_mrz(rng, today)
    page = render_page(fmt, lines, rng, level)
    img = photograph(page, rng, level)
    jpeg = to_jpeg(img, int(rng.integers(*PARAMS[level]["jpeg"])))
    decoded = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    return Sample(seed, level, fmt, lines, decoded, jpeg)


def blank_photo(seed: int) -> bytes:
    """A document-like photo with no MRZ at all (visual zone only), as JPEG."""
    rng = np.random.default_rng(seed)
    page = render_page("TD3", (), rng, "easy")
    return to_jpeg(photograph(page, rng, "easy"), 90)


def png_bytes(img: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(img[:, :, ::-1]).save(buf, format="PNG")
    return buf.getvalue()
