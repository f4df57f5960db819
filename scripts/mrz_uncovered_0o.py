# ruff: noqa: E402, E501, E731, SIM115
"""Attack pages on an uncovered 0/O (ocr_decide rule 22; a visa's optional data, which
no check digit covers): OCR-B MRV pages with one cell of the optional data's 0s and Os
drawn in another installed face (mode cell), every such 0 or O of the optional data
(cell0, cellO), or every 0 or O of the page (all0, allO: the page's own exemplars then
share the face); that cell blended 40-70 % toward its twin (blend); a stamp-like
stroke over it (stamp). Half the faces of the cell0/cellO/all0/allO/blend/stamp modes come from
scripts/mrz_hybrid_faces.py's monospaced faces, the rest from every installed face.
Development only (DESIGN.md, rule 22; bench/results/mrz_uncovered_0o.md): it reads each
page and writes one JSON line per page; WRONGVALID lines are printed.

    SHARED_DIR=../shared nice .venv/bin/python scripts/mrz_uncovered_0o.py MODE FIRST COUNT OUT.jsonl
"""

import copy
import datetime as dt
import glob
import json
import os
import sys

for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(v, "1")
sys.path.insert(0, os.getcwd())
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mrz_hybrid_faces as H
import numpy as np
from PIL import Image, ImageDraw

from desktop.documents import ocr
from desktop.documents.mrz import compose
from tests.documents import synth

TODAY = H.TODAY
SKIP = (
    "ocr-b",
    "OCRB",
    "ocr-a",
    "cjk",
    "CJK",
    "Emoji",
    "emoji",
    "Symbol",
    "Math",
    "unifont_upper",
    "arphic",
    "wqy",
    "ipafont",
    "vlgothic",
    "nanum",
    "unfonts",
    "Terminus",
    "terminus",
    "spleen",
    "proggy",
    "dotgothic",
)
ALLF = sorted(
    f
    for f in glob.glob("/usr/share/fonts/**/*.[ot]tf", recursive=True)
    if not any(s in f for s in SKIP)
)


def ok(face):
    try:
        f = H.font(face, 40)
        b0 = f.getbbox("0")
        bO = f.getbbox("O")
        return b0[2] > b0[0] and bO[2] > bO[0] and H.cap_px(face, 40) > 10
    except Exception:
        return False


FACES = [f for f in ALLF if ok(f)]


def make(seed, mode):
    rng = np.random.default_rng(seed)
    fmt = str(rng.choice(["MRV-A", "MRV-B"], p=[0.7, 0.3]))
    width = 16 if fmt == "MRV-A" else 8
    k = int(rng.integers(3, width + 1))
    opt = "".join(rng.choice(list("0O0O0O12345ABCDKMX")) for _ in range(k))
    if "0" not in opt and "O" not in opt:
        opt = "O" + opt[1:]
    sur = str(rng.choice([*H.SUR, "SMITH", "KHAN", "LEE", "MARTIN", "NGUYEN"]))
    giv = str(rng.choice([*H.SUR, "ANNA", "JAMES", "LI", "MARIA"]))
    lines = compose(
        fmt,
        document_code="V<",
        issuing_state=str(rng.choice(["GBR", "FRA", "USA", "BOL", "COD"])),
        surname=sur,
        given_names=giv,
        document_number=str(rng.choice(H.NUM))[:9],
        nationality=str(rng.choice(["GBR", "FRA", "ESP", "BOL"])),
        birth_date=TODAY - dt.timedelta(days=int(rng.integers(4000, 20000))),
        sex="M",
        expiry_date=TODAY + dt.timedelta(days=int(rng.integers(30, 3000))),
        optional_data=opt,
    )
    face = FACES[int(rng.integers(len(FACES)))]
    if mode != "cell":  # half from the hybrid generator's monospace faces (the risky ones)
        r2 = np.random.default_rng(seed + 7_000_000)
        if r2.random() < 0.5:
            mono = sorted(H.FACES.values())
            face = mono[int(r2.integers(len(mono)))]
    n = len(lines[0])
    unc = [(1, j) for j in range(28, n) if lines[1][j] in "0O"]
    ci, cj = unc[int(rng.integers(len(unc)))]
    level = str(rng.choice(["easy", "medium", "hard"], p=[0.45, 0.4, 0.15]))
    desc = f"{mode} {os.path.basename(face)} {level} cell 2:{cj + 1} {lines[ci][cj]}"
    if mode in ("cellO", "cell0", "allO", "all0", "cell"):
        if mode == "cell":
            pol = lambda i, j, c: (face if (i, j) == (ci, cj) else None, 1.0, 0)
        elif mode.startswith("cell"):
            ch = mode[-1]
            pol = lambda i, j, c: (face if i == 1 and j >= 28 and c == ch else None, 1.0, 0)
        else:
            ch = mode[-1]
            pol = lambda i, j, c: (face if c == ch else None, 1.0, 0)
        H.POL.update(on=True, n=n, policy=pol)
        real = synth.ImageDraw
        synth.ImageDraw = H.Shim()
        try:
            page = synth.render_page(fmt, lines, rng, level)
        finally:
            synth.ImageDraw = real
            H.POL["on"] = False
        after = rng
    elif mode == "blend":
        t = float(rng.uniform(0.4, 0.7))
        alt = "O" if lines[ci][cj] == "0" else "0"
        desc += f" ->{alt} t={t:.2f}"
        state = copy.deepcopy(rng)
        pa = np.asarray(synth.render_page(fmt, lines, copy.deepcopy(state), level), np.float32)
        r1 = copy.deepcopy(state)
        b = list(lines)
        b[ci] = b[ci][:cj] + alt + b[ci][cj + 1 :]
        pb = np.asarray(synth.render_page(fmt, tuple(b), r1, level), np.float32)
        page = Image.fromarray((pa + (pb - pa) * t).clip(0, 255).astype(np.uint8))
        after = r1
    elif mode == "stamp":
        # the cell's own OCR-B glyph plus a stamp-like stroke (arc or bar) over it
        kind = int(rng.integers(3))
        wdt = int(rng.integers(2, 5))
        ang = float(rng.uniform(-60, 60))
        desc += f" stroke{kind} w{wdt} a{ang:.0f}"
        orig = H.Wrap.text

        def text(self, xy, c, font=None, fill=255, **kw):
            i, j = divmod(self.k, n)
            r = orig(self, xy, c, font=font, fill=fill, **kw)
            if (i, j) == (ci, cj):
                size = font.size
                asc = font.getmetrics()[0]
                adv = font.getlength(c)
                x, y = xy
                cx, cy = x + adv / 2, y + asc - size * 0.36
                d = ImageDraw.Draw(self.img)
                L = size * 0.6
                a = np.deg2rad(ang)
                if kind == 0:
                    d.line(
                        [
                            (cx - L * np.cos(a), cy - L * np.sin(a)),
                            (cx + L * np.cos(a), cy + L * np.sin(a)),
                        ],
                        fill=fill,
                        width=wdt,
                    )
                elif kind == 1:
                    R = size * 1.2
                    d.arc([cx, cy - R, cx + 2 * R, cy + R], 150, 210, fill=fill, width=wdt)
                else:
                    d.line(
                        [(cx - L, cy + size * 0.1), (cx + L, cy + size * 0.1)], fill=fill, width=wdt
                    )
            return r

        H.Wrap.text = text
        H.POL.update(on=True, n=n, policy=lambda i, j, c: (None, 1.0, 0))
        real = synth.ImageDraw
        synth.ImageDraw = H.Shim()
        try:
            page = synth.render_page(fmt, lines, rng, level)
        finally:
            synth.ImageDraw = real
            H.POL["on"] = False
            H.Wrap.text = orig
        after = rng
    sz = after.random()
    size = (1280, 960) if sz < 0.55 else (720, 540) if sz < 0.85 else (560, 420)
    img = synth.photograph(page, after, level, size=size)
    return fmt, lines, synth.to_jpeg(img, int(after.integers(45, 92))), desc + f" {size[0]}"


def main():
    mode, first, count, name = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    out = open(name, "a")
    ocr.prepare()
    for s in range(first, first + count):
        fmt, lines, jpeg, desc = make(s, mode)
        try:
            d = ocr.read_image(jpeg, today=TODAY).document
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
            why = [str(e)[:100] for e in d.errors][:1]
        except ocr.NoMrzFound:
            kind, got, why = "nomrz", (), []
        rec = dict(seed=s, mode=mode, fmt=fmt, kind=kind, desc=desc, truth=lines, got=got, why=why)
        out.write(json.dumps(rec) + "\n")
        out.flush()
        if kind == "WRONGVALID":
            print("WRONGVALID", json.dumps(rec), flush=True)


if __name__ == "__main__":
    main()
