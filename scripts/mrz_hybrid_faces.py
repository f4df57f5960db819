# ruff: noqa: E402, E731, E501, RUF046, SIM115
"""MRZs in OCR-B with some glyphs of another monospaced face, the face gate's open case
(review face-gate, stop 27; DESIGN.md, MRZ details). Development only: it patches
tests/documents/synth.py's drawing, renders the attack and reads it with the OCR.

    SHARED_DIR=../shared taskset -c 1 .venv/bin/python scripts/mrz_hybrid_faces.py ATTACK FIRST COUNT [OUT.jsonl]

ATTACK: swap (OCR-B with a set of glyphs from another face), line (one MRZ line in
another face), geom (OCR-B condensed, widened, thinned, thickened), swapgeom, plain
(OCR-B alone), full (a whole document in another face). Each image's outcome (EXACT,
WRONGVALID, refused, invalid, nomrz) is written as one JSON line; WRONGVALID lines are
printed. At stop 27: swap 1000-1399 21 wrong but valid, line 2000-2249 4, swapgeom
4000-4249 5 (of the seeds the review found), geom 3000-3199 0, full and plain 0; at
stop 28 (ocr_decide rule 11, rule 6 on odd lines) 0 in each."""

import datetime as dt
import json
import os
import sys

for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(v, "1")
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, os.getcwd())
from desktop.documents import ocr
from desktop.documents.mrz import compose
from tests.documents import synth

TODAY = dt.date(2026, 6, 1)
F = "/usr/share/fonts/"
FACES = {
    "freemono": F + "truetype/freefont/FreeMono.ttf",
    "freemonob": F + "truetype/freefont/FreeMonoBold.ttf",
    "libmono": F + "truetype/liberation2/LiberationMono-Regular.ttf",
    "dejavu": F + "truetype/dejavu/DejaVuSansMono.ttf",
    "courierp": F + "opentype/courier-prime/Courier Prime.otf",
    "courierps": F + "opentype/courier-prime/Courier Prime Sans.otf",
    "gomono": F + "truetype/fonts-go/Go-Mono.ttf",
    "notomono": F + "truetype/noto/NotoMono-Regular.ttf",
    "notosansmono": F + "truetype/noto/NotoSansMono-Regular.ttf",
    "jbmono": F + "truetype/jetbrains-mono/JetBrainsMono-Regular.ttf",
    "fira": F + "truetype/firacode/FiraCode-Regular.ttf",
}
for k, v in list(FACES.items()):
    if not Path(v).exists():
        del FACES[k]
OCRB = str(synth.OCRB)
_fc = {}


def font(path, px):
    key = (path, px)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(path, px)
    return _fc[key]


def cap_px(path, size):
    b = font(path, size).getbbox("H", anchor="ls")
    return b[3] - b[1]


# the attack policy for the current document
POL = {}


class Wrap:
    def __init__(self, img):
        self.img = img
        self.d = ImageDraw.Draw(img)
        self.k = 0

    def __getattr__(self, a):
        return getattr(self.d, a)

    def text(self, xy, c, font=None, fill=255, **kw):
        i, j = divmod(self.k, POL["n"])
        self.k += 1
        face, sx, morph = POL["policy"](i, j, c)
        if face is None and sx == 1.0 and morph == 0:
            return self.d.text(xy, c, font=font, fill=fill, **kw)
        size = font.size
        asc = font.getmetrics()[0]
        adv = font.getlength(c)
        x, y = xy
        W, H = int(size * 3), int(size * 3)
        tmp = Image.new("L", (W, H), 0)
        td = ImageDraw.Draw(tmp)
        bx, by = W / 2, size * 1.5 + asc * 0.5
        if face is None:
            td.text((bx - adv / 2, by), c, font=font, fill=fill, anchor="ls")
        else:
            # other face scaled to OCR-B's cap height, centred in the OCR-B advance
            s2 = max(4, round(size * cap_px(OCRB, size) / max(1, cap_px(face, size))))
            td.text((bx, by), c, font=_f2(face, s2), fill=fill, anchor="ms")
        a = np.asarray(tmp).astype(np.float32)
        if sx != 1.0:
            M = np.float32([[sx, 0, bx * (1 - sx)], [0, 1, 0]])
            a = cv2.warpAffine(a, M, (W, H), flags=cv2.INTER_LINEAR)
        if morph:
            k = np.ones((3, 3), np.uint8)
            a = (cv2.dilate if morph > 0 else cv2.erode)(a, k, iterations=abs(morph))
        ox, oy = int(round(x + adv / 2 - bx)), int(round(y + asc - by))
        L = np.asarray(self.img).copy()
        h, w = L.shape
        x0, y0 = max(0, ox), max(0, oy)
        x1, y1 = min(w, ox + W), min(h, oy + H)
        if x1 > x0 and y1 > y0:
            L[y0:y1, x0:x1] = np.maximum(
                L[y0:y1, x0:x1],
                a[y0 - oy : y1 - oy, x0 - ox : x1 - ox].clip(0, 255).astype(np.uint8),
            )
        self.img.paste(Image.fromarray(L))


def _f2(p, s):
    return font(p, s)


class Shim:
    def __getattr__(self, a):
        return getattr(ImageDraw, a)

    @staticmethod
    def Draw(img, *a, **k):
        if img.mode == "L" and POL.get("on"):
            return Wrap(img)
        return ImageDraw.Draw(img, *a, **k)


SUR = [
    "ODOQ",
    "DOQDO",
    "QUODO",
    "GOSZO",
    "BOOD",
    "DODGE",
    "SZOBO",
    "OQDOG",
    "BOGDOS",
    "ZOQO",
    "QIO",
    "OBI",
    "ILLI",
    "BIBI",
    "DOOD",
    "QUOQ",
    "OQ",
    "IO",
    "LI",
    "BO",
    "GIGI",
    "SIOB",
]
NUM = [
    "0074630420",
    "00O6O00",
    "O0A00B",
    "0O8B00",
    "2Z500",
    "5S00Z2",
    "00D000",
    "G600O0",
    "000000",
    "OO0000",
    "G6G6G6",
    "1I1I11",
    "B8B88B",
    "OO1234567",
    "12OO3456",
    "L1L11",
]
SWAPS = ["Q", "OQ", "OQD", "0O", "OQD0", "D", "O", "0", "G6", "1I", "8B", "2Z5S", "I1L", "OQDG"]


def make(seed, attack):
    rng = np.random.default_rng(seed)
    fmt = str(rng.choice(["TD3", "MRV-A", "TD1", "TD2", "MRV-B"], p=[0.35, 0.2, 0.3, 0.1, 0.05]))
    code = {"TD3": "P", "MRV-A": "V", "MRV-B": "V", "TD1": "I", "TD2": "I"}[fmt]
    num = str(rng.choice(NUM))[:9]
    opt = "".join(rng.choice(list("0O0O00OO2Z5S8B6G1I")) for _ in range(int(rng.integers(0, 8))))
    short = rng.random() < 0.5
    if attack == "full" and rng.random() < 0.6:
        SUR2 = ["OQ", "QO", "DO", "OD", "Q", "O", "D", "IO", "BO"]
    else:
        SUR2 = SUR
    sur = str(rng.choice(SUR2))
    giv = str(rng.choice(SUR2)) + ("" if short else " " + str(rng.choice(SUR2)))
    lines = compose(
        fmt,
        document_code=code + "<",
        issuing_state=str(rng.choice(["GBR", "D<<", "BOL", "COD"])),
        surname=sur,
        given_names=giv,
        document_number=num,
        nationality=str(rng.choice(["GBR", "D<<", "BOL"])),
        birth_date=TODAY - dt.timedelta(days=int(rng.integers(4000, 20000))),
        sex="M",
        expiry_date=TODAY + dt.timedelta(days=int(rng.integers(30, 3000))),
        optional_data=opt,
    )
    names = sorted(FACES)
    face = FACES[names[int(rng.integers(len(names)))]]
    swap = str(rng.choice(SWAPS))
    sx = 1.0
    morph = 0
    if attack == "swap":
        pol = lambda i, j, c: (face if c in swap else None, 1.0, 0)
        desc = f"swap {swap!r} from {Path(face).name}"
    elif attack == "line":
        li = int(rng.integers(len(lines)))
        pol = lambda i, j, c: (face if i == li else None, 1.0, 0)
        desc = f"line {li} in {Path(face).name}"
    elif attack == "full":
        pol = lambda i, j, c: (face, 1.0, 0)
        desc = f"all in {Path(face).name}"
    elif attack == "plain":
        pol = lambda i, j, c: (None, 1.0, 0)
        desc = "plain OCR-B"
    elif attack == "geom":
        sx = float(rng.choice([0.75, 0.85, 1.15, 1.3]))
        morph = int(rng.choice([-1, 0, 0, 1, 2]))
        pol = lambda i, j, c: (None, sx, morph)
        desc = f"OCR-B sx={sx} morph={morph}"
    elif attack == "swapgeom":
        sx = float(rng.choice([0.85, 1.0, 1.15]))
        morph = int(rng.choice([-1, 0, 1]))
        pol = lambda i, j, c: (face if c in swap else None, sx, morph)
        desc = f"swap {swap!r} from {Path(face).name} sx={sx} morph={morph}"
    POL.update(on=True, n=len(lines[0]), policy=pol)
    level = str(rng.choice(["easy", "medium", "hard"], p=[0.45, 0.4, 0.15]))
    real = synth.ImageDraw
    synth.ImageDraw = Shim()  # only while this page is drawn
    try:
        page = synth.render_page(fmt, lines, rng, level)
    finally:
        synth.ImageDraw = real
        POL["on"] = False
    sz = rng.random()
    size = (1280, 960) if sz < 0.55 else (720, 540) if sz < 0.85 else (560, 420)
    img = synth.photograph(page, rng, level, size=size)
    if rng.random() < 0.2:
        img = cv2.GaussianBlur(img, (0, 0), float(rng.uniform(0.7, 1.4)))
    return fmt, lines, synth.to_jpeg(img, int(rng.integers(45, 92))), desc + f" {level} {size[0]}"


def main():
    args = sys.argv[1:]
    name = args.pop() if args[-1].endswith(".jsonl") else ""
    attack = args[0]
    if "," in args[1] or len(args) == 2:
        seeds = [int(x) for x in args[1].split(",")]
        first, count = "list", len(seeds)
    else:
        first, count = int(args[1]), int(args[2])
        seeds = range(first, first + count)
    out = open(name or f"{attack}_{first}_{count}.jsonl", "w")
    ocr.prepare()
    for s in seeds:
        fmt, lines, jpeg, desc = make(s, attack)
        try:
            r = ocr.read_image(jpeg, today=TODAY)
            d = r.document
            why = [str(e) for e in d.errors][:2]
            kind = (
                ("EXACT" if d.lines == lines else "WRONGVALID")
                if d.valid
                else (
                    "refused"
                    if any(str(e).startswith("OCR refused") for e in d.errors)
                    else "invalid"
                )
            )
            got = d.lines
            face = any("OCR-B" in str(e) or "typeface" in str(e) for e in d.errors)
        except ocr.NoMrzFound:
            kind, got, face, why = "nomrz", (), False, []
        rec = dict(
            seed=s,
            attack=attack,
            fmt=fmt,
            kind=kind,
            face_refused=face,
            desc=desc,
            truth=lines,
            got=got,
            why=why,
        )
        out.write(json.dumps(rec) + "\n")
        out.flush()
        if kind == "WRONGVALID":
            print("WRONGVALID", json.dumps(rec), flush=True)


if __name__ == "__main__":
    main()
