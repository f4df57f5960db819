#!/usr/bin/env python3
"""Measure MRZs printed in monospace faces other than OCR-B: wrong readings reported
valid, and the face gate's statistic (ocr_decide: is the MRZ printed in OCR-B?).

Sets (seeds given on the command line as first:count):
  gen6, gen7     the review's JetBrains Mono visas (optional data full of O) and document
                 numbers holding a cancelling OO (/work/wt/review/ocr-refusals-repro).
  fuzz, fuzz3    the review's fuzz_gen.py (18 faces, one seed in three not OCR-B) and
                 fuzz3_gen.py (names and numbers of O/D/Q/0, 2/Z, 5/S, 8/B, 6/G).
  face:FAMILY    fuzz_gen's documents, every one in FAMILY (see FAMILIES), for the
                 leave-one-family-out sweep.
  synth, variant, heldout, heldout6, heldout7, heldout8   the bench's OCR-B sets.
  ext            ../shared/ext-mrz (SHARED_DIR), real images.

    SHARED_DIR=/work/shared taskset -c 1 .venv/bin/python scripts/mrz_face_gate.py \
        gen6 60000:81 gen7 70000:51 [--dump out.pkl]

Prints per set: images, exact, wrong but valid, refused, invalid, no MRZ, flagged (the
final reading's document judged not OCR-B), and each wrong-but-valid seed. --dump keeps
each decide call's face statistic for choosing the threshold (ocr_face.FACE_MARGIN).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import collections  # noqa: E402
import datetime as dt  # noqa: E402
import pickle  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import cv2  # noqa: E402
import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.documents import ocr, ocr_decide, ocr_face  # noqa: E402
from desktop.documents.mrz import compose, parse  # noqa: E402
from tests.documents import synth  # noqa: E402

REVIEW_TODAY = dt.date(2026, 6, 1)  # the review's scripts' date
_F = Path("/usr/share/fonts")
_CJK = ROOT / "resources" / "fonts" / "NotoSansCJKtc-Regular.otf"
# The only faces the gate may be built and checked with (another helper's held-out set
# prints others).
FAMILIES: dict[str, list[Path]] = {
    "JetBrains Mono": [
        _F / "truetype/jetbrains-mono" / f"JetBrainsMono-{w}.ttf"
        for w in ("Regular", "Medium", "Light", "Thin", "Bold", "ExtraBold")
    ],
    "Fira Code": [
        _F / "truetype/firacode" / f"FiraCode-{w}.ttf" for w in ("Regular", "Bold", "Light")
    ],
    "Courier Prime": [
        _F / "opentype/courier-prime" / f"{n}.otf"
        for n in (
            "Courier Prime",
            "Courier Prime Bold",
            "Courier Prime Sans",
            "Courier Prime Sans Bold",
            "Courier Prime Code",
            "Courier Prime Italic",
        )
    ],
    "Noto Mono": [_F / "truetype/noto/NotoMono-Regular.ttf"],
    "Noto Sans Mono": [_F / "truetype/noto" / f"NotoSansMono-{w}.ttf" for w in ("Regular", "Bold")],
    "DejaVu Sans Mono": [_F / "truetype/dejavu" / f"DejaVuSansMono{w}.ttf" for w in ("", "-Bold")],
    "Liberation Mono": [
        _F / "truetype/liberation2" / f"LiberationMono-{w}.ttf" for w in ("Regular", "Bold")
    ],
    "Go Mono": [_F / "fonts-go" / n for n in ("Go-Mono.ttf", "Go-Mono-Bold.ttf")],
    "FreeMono": [_F / "truetype/freefont" / n for n in ("FreeMono.ttf", "FreeMonoBold.ttf")],
    "Noto Sans Mono CJK": [_CJK],
}

# fuzz_gen.py's 18 faces (the review's), OCR-B among them.
FUZZ_FACES = [
    _F / "truetype/dejavu/DejaVuSansMono.ttf",
    _F / "truetype/dejavu/DejaVuSansMono-Bold.ttf",
    _F / "truetype/noto/NotoSansMono-Regular.ttf",
    _F / "truetype/noto/NotoSansMono-Bold.ttf",
    _F / "truetype/liberation2/LiberationMono-Regular.ttf",
    _F / "truetype/liberation2/LiberationMono-Bold.ttf",
    _F / "opentype/courier-prime/Courier Prime.otf",
    _F / "opentype/courier-prime/Courier Prime Sans.otf",
    _F / "opentype/courier-prime/Courier Prime Code.otf",
    _F / "truetype/jetbrains-mono/JetBrainsMono-Regular.ttf",
    _F / "truetype/jetbrains-mono/JetBrainsMono-Thin.ttf",
    _F / "truetype/jetbrains-mono/JetBrainsMono-ExtraBold.ttf",
    _F / "truetype/freefont/FreeMono.ttf",
    _F / "truetype/freefont/FreeMonoBold.ttf",
    _F / "fonts-go/Go-Mono.ttf",
    _F / "truetype/noto/NotoMono-Regular.ttf",
    _CJK,
    synth.OCRB,
]
FUZZ3_FACES = [
    synth.OCRB,
    _F / "truetype/dejavu/DejaVuSansMono.ttf",
    _F / "truetype/liberation2/LiberationMono-Regular.ttf",
    _F / "opentype/courier-prime/Courier Prime.otf",
    _F / "truetype/jetbrains-mono/JetBrainsMono-Regular.ttf",
    _F / "truetype/noto/NotoSansMono-Regular.ttf",
    _CJK,
    synth.OCRB,
    synth.OCRB,
    _F / "truetype/freefont/FreeMono.ttf",
]
_OCRB = synth.OCRB


@dataclass
class Doc:
    lines: tuple[str, ...]
    jpeg: bytes
    face: Path
    printed_valid: bool = True


def _render(fmt: str, lines: tuple[str, ...], rng: np.random.Generator, face: Path,
            level: str, size: tuple[int, int], blur: bool) -> bytes:  # fmt: skip
    synth.OCRB = face
    try:
        page = synth.render_page(fmt, lines, rng, level)
    finally:
        synth.OCRB = _OCRB
    img = synth.photograph(page, rng, level, size=size)
    if blur and rng.random() < 0.3:
        img = cv2.GaussianBlur(img, (0, 0), float(rng.uniform(0.8, 1.8)))
    return img


def jetbrains(seed: int, number_oo: bool) -> Doc:
    """The review's gen6.py (visa optional data of O) and gen7.py (a number with OO)."""
    faces = [_F / "truetype/jetbrains-mono" / f"JetBrainsMono-{w}.ttf"
             for w in ("Regular", "Medium", "Light")]  # fmt: skip
    rng = np.random.default_rng(seed)
    fmt = str(rng.choice(["MRV-A", "MRV-B", "TD3"] if number_oo else ["MRV-A", "MRV-B"]))
    letters = list("AKMENRTUHW")
    opt = ""
    if not number_oo:
        room = {"MRV-A": 16, "MRV-B": 8}[fmt]
        opt = "".join(rng.choice(list("OOOAKM3479")) for _ in range(int(rng.integers(2, room + 1))))

    def word() -> str:
        return "".join(rng.choice(letters) for _ in range(int(rng.integers(3, 8))))

    surname, given = word(), word()
    if number_oo:
        head = "".join(rng.choice(list("3479AKMNE")) for _ in range(int(rng.integers(0, 4))))
        number = head + "OO" + "".join(rng.choice(list("3479AKMNE")) for _ in range(4))
    else:
        number = "".join(rng.choice(list("3479AKMNE")) for _ in range(9))
    birth = dt.date(
        1970 + int(rng.integers(0, 30)), int(rng.integers(1, 10)), int(rng.integers(1, 28))
    )
    expiry = dt.date(
        2027 + int(rng.integers(0, 7)), int(rng.integers(1, 10)), int(rng.integers(1, 28))
    )
    lines = compose(
        fmt, document_code="P<" if fmt == "TD3" else "V<", issuing_state="KEN", surname=surname,
        given_names=given, document_number=number, nationality="KEN", birth_date=birth, sex="M",
        expiry_date=expiry, optional_data=opt,
    )  # fmt: skip
    face = faces[seed % 3]
    level = str(rng.choice(["easy", "medium"]))
    img = _render(fmt, lines, rng, face, level, (1280, 960), blur=False)
    return Doc(lines, synth.to_jpeg(img, int(rng.integers(60, 92))), face)


_LOOK = "OODDQQSSBBGGZZ"
_LOOKD = "0000O2Z5S8B6G"


def fuzz(seed: int, face: Path | None = None) -> Doc:
    """The review's fuzz_gen.py; `face` prints every document in it (the sweep)."""
    rng = np.random.default_rng(seed)

    def name(lo: int, hi: int) -> str:
        ws = []
        for _ in range(int(rng.integers(lo, hi + 1))):
            n = int(rng.integers(2, 8))
            ws.append("".join(rng.choice(list(_LOOK + "AEIKLMNRTU")) for _ in range(n)))
        return " ".join(ws)

    def alnum(n: int) -> str:
        return "".join(rng.choice(list(_LOOKD + "ACEHKMNPRTX1347")) for _ in range(n))

    fmt = str(rng.choice(["TD3", "TD1", "TD2", "MRV-A", "MRV-B"], p=[0.4, 0.2, 0.1, 0.15, 0.15]))
    birth = REVIEW_TODAY - dt.timedelta(days=int(rng.integers(200, 365 * 90)))
    expiry = REVIEW_TODAY + dt.timedelta(days=int(rng.integers(30, 365 * 10)))
    code = {"TD3": "P", "MRV-A": "V", "MRV-B": "V"}.get(fmt) or str(rng.choice(list("ICA")))
    room = {"TD1": 15, "TD2": 7, "TD3": 14, "MRV-A": 16, "MRV-B": 8}[fmt]
    opt = "" if rng.random() < 0.3 else alnum(int(rng.integers(1, room + 1)))
    lines = compose(
        fmt, document_code=code + "<", issuing_state=str(rng.choice(["UTO", "D<<", "GBR", "SGP"])),
        surname=name(1, 3), given_names=name(0, 3), document_number=alnum(9),
        nationality=str(rng.choice(["UTO", "GBR", "SGP"])), birth_date=birth,
        sex=str(rng.choice(list("MF"))), expiry_date=expiry, optional_data=opt,
        optional_data_2=alnum(int(rng.integers(0, 6))) if fmt == "TD1" else "",
    )  # fmt: skip
    if face is None:
        face = FUZZ_FACES[seed % len(FUZZ_FACES)] if seed % 3 == 0 else _OCRB
    level = str(rng.choice(["easy", "medium", "hard"]))
    small = rng.random() < 0.3
    img = _render(fmt, lines, rng, face, level, (640, 480) if small else (1280, 960), blur=True)
    return Doc(lines, synth.to_jpeg(img, int(rng.integers(35, 90))), face)


_SUR = ["ODOQ", "DOQDO", "QUODO", "GOSZO", "BOOD", "DODGE", "SZOBO", "OQDOG", "BOGDOS", "ZOQO"]
_NUM = ["0074630420", "00O6O00", "O0A00B", "0O8B00", "2Z500", "5S00Z2", "00D000", "G600O0",
        "000000", "OO0000"]  # fmt: skip


def fuzz3(seed: int) -> Doc:
    """The review's fuzz3_gen.py: names and numbers made of look-alikes."""
    rng = np.random.default_rng(seed)
    fmt = str(rng.choice(["TD3", "MRV-A", "TD1"], p=[0.5, 0.3, 0.2]))
    code = {"TD3": "P", "MRV-A": "V", "TD1": "I"}[fmt]
    num = str(rng.choice(_NUM))[:9]
    opt = "".join(rng.choice(list("0O0O00OO2Z5S8B6G")) for _ in range(int(rng.integers(2, 8))))
    # (drawn in the review's order: surname, given names, birth, expiry)
    surname = str(rng.choice(_SUR))
    given = str(rng.choice(_SUR)) + " " + str(rng.choice(_SUR))
    born = REVIEW_TODAY - dt.timedelta(days=int(rng.integers(4000, 20000)))
    lines = compose(
        fmt, document_code=code + "<", issuing_state="GBR", surname=surname,
        given_names=given, document_number=num, nationality="GBR", birth_date=born,
        sex="M", expiry_date=REVIEW_TODAY + dt.timedelta(days=int(rng.integers(30, 3000))),
        optional_data=opt,
    )  # fmt: skip
    face = FUZZ3_FACES[seed % len(FUZZ3_FACES)]
    level = str(rng.choice(["easy", "medium", "hard"], p=[0.4, 0.4, 0.2]))
    small = rng.random() < 0.35
    img = _render(fmt, lines, rng, face, level, (720, 540) if small else (1280, 960), blur=True)
    return Doc(lines, synth.to_jpeg(img, int(rng.integers(35, 90))), face)


def _bench(name: str):
    from bench import mrz_heldout, mrz_heldout6, mrz_heldout7, mrz_heldout8, mrz_variant
    from bench.bench_mrz import TODAY

    mod = {
        "synth": synth, "variant": mrz_variant, "heldout": mrz_heldout,
        "heldout6": mrz_heldout6, "heldout7": mrz_heldout7, "heldout8": mrz_heldout8,
    }[name]  # fmt: skip

    def make(seed: int) -> Doc:
        s = mod.sample(seed, today=TODAY)
        return Doc(s.lines, s.jpeg, _OCRB, getattr(s, "valid", True))

    return make, TODAY


def _ext(start: int, count: int):
    """ext-mrz rows start..start+count: (name, truths, path)."""
    shared = Path(os.environ.get("SHARED_DIR") or ROOT.parent / "shared") / "ext-mrz"
    rows = [ln.split("\t") for ln in (shared / "images.tsv").read_text().splitlines()
            if ln and not ln.startswith("#")]  # fmt: skip
    for name, truth, *_ in rows[start : start + count]:
        truths = [] if truth == "-" else [tuple(t.split("|")) for t in truth.split(" OR ")]
        yield name, truths, shared / "images" / name


CALLS: list[dict[str, object]] = []
BINS: list[int] = []  # the blur bin of each line of the last cells scored


def _twin_fit(scores: np.ndarray, feats: np.ndarray | None) -> np.ndarray | None:
    """Per cell, its similarity to the most alike other cell of the same best class
    (nan where none): how alike this document prints one glyph, whatever the face."""
    if feats is None:
        return None
    best = scores.argmax(axis=1)
    gram = feats @ feats.T
    np.fill_diagonal(gram, -9.0)
    same = best[:, None] == best[None, :]
    out = np.where(same, gram, -9.0).max(axis=1)
    return np.where(out > -9.0, out, np.nan).astype(np.float32)


def _hook() -> None:
    """Record each decide call's face statistic (and the reading it gave)."""
    real = ocr_decide.decide

    def decide(scores, fmt, n, today, blot=None, feats=None):  # type: ignore[no-untyped-def]
        out = real(scores, fmt, n, today, blot, feats)
        fit = getattr(ocr_face, "face_margin", None)
        CALLS.append({
            "fmt": fmt, "top": scores.max(axis=1).copy(), "best": scores.argmax(axis=1),
            "twin": _twin_fit(scores, feats), "bins": list(BINS),
            "second": np.sort(scores, axis=1)[:, -2].copy(),
            "fit": None if fit is None else fit(scores, feats),
            "flagged": bool(getattr(out, "not_ocrb", False)),
            "valid": out.document.valid, "lines": out.document.lines,
        })  # fmt: skip
        return out

    ocr_decide.decide = decide  # type: ignore[assignment]
    from desktop.documents.ocr_classify import _Classifier

    real_bins = _Classifier.scores_and_bins

    def scores_and_bins(self, cells, n):  # type: ignore[no-untyped-def]
        out = real_bins(self, cells, n)
        BINS[:] = out[1]
        return out

    _Classifier.scores_and_bins = scores_and_bins  # type: ignore[method-assign]


def _outcome(doc, truths: list[tuple[str, ...]], printed_valid: bool, today: dt.date) -> str:
    refused = any(str(e).startswith("OCR refused") for e in doc.errors)
    right = doc.lines in truths
    if doc.valid:
        return "exact" if right else "WRONG BUT VALID"
    if refused:
        return "refused"
    if right and not printed_valid:
        return "exact"  # invalid as printed, read so
    return "invalid"


def run(set_name: str, seeds: list[int], dump: dict[str, list[object]]) -> None:
    today = REVIEW_TODAY
    items = []
    if set_name == "ext":
        items = [(name, truths, path, True) for name, truths, path in _ext(seeds[0], len(seeds))]
    else:
        if set_name in ("gen6", "gen7"):
            make = lambda s: jetbrains(s, set_name == "gen7")  # noqa: E731
        elif set_name == "fuzz":
            make = fuzz
        elif set_name == "fuzz3":
            make = fuzz3
        elif set_name.startswith("face:"):
            fam = FAMILIES[set_name[5:]]
            make = lambda s: fuzz(s, fam[s % len(fam)])  # noqa: E731
        else:
            make, today = _bench(set_name)
        items = [(s, None, make, None) for s in seeds]
    count: collections.Counter[str] = collections.Counter()
    times: list[float] = []
    wrong: list[str] = []
    for key, truths, src, _printed in items:
        printed_valid = True
        if truths is None:  # generated
            d = src(key)
            truths, src, printed_valid = [d.lines], d.jpeg, d.printed_valid
        else:
            from bench.bench_mrz import TODAY as today

            printed_valid = bool(truths) and parse(truths[0], today=today).valid
        del CALLS[:]
        c0 = time.process_time()
        try:
            doc = ocr.read_image(src, today=today).document
            kind = _outcome(doc, truths, printed_valid, today)
            flagged = any(
                c["lines"] == doc.lines and c["flagged"] and c["valid"] == doc.valid for c in CALLS
            )
        except ocr.NoMrzFound:
            kind, flagged, doc = ("exact" if not truths else "no MRZ"), False, None
        times.append((time.process_time() - c0) * 1000)
        count[kind] += 1
        count["flagged"] += flagged
        if kind != "exact":
            got = " / ".join(doc.lines) if doc is not None else "-"
            (wrong if kind == "WRONG BUT VALID" else []).append(
                f"{key}: {got} (truth {truths[:1]})"
            )
            if os.environ.get("VERBOSE"):
                print(
                    f"  {set_name} {key} {kind}{' flagged' if flagged else ''}: {got}", flush=True
                )
        elif flagged and os.environ.get("VERBOSE"):
            print(f"  {set_name} {key} exact, flagged", flush=True)
        dump.setdefault(set_name, []).append(
            {"key": key, "kind": kind, "flagged": flagged, "calls": list(CALLS)}
        )
    n = len(items)
    print(
        f"| {set_name} | {n} | {count['exact']} | **{count['WRONG BUT VALID']}** "
        f"| {count['refused']} | {count['invalid']} | {count['no MRZ']} | {count['flagged']} "
        f"| {statistics.median(times):.0f} |",
        flush=True,
    )
    for w in wrong:
        print(f"    wrong but valid: {w}", flush=True)


def main(argv: list[str]) -> None:
    dump_to = None
    if "--dump" in argv:
        i = argv.index("--dump")
        dump_to = argv[i + 1]
        argv = argv[:i] + argv[i + 2 :]
    if "--face-margin" in argv:  # the gate's threshold (ocr_face.FACE_MARGIN) for a run
        i = argv.index("--face-margin")
        ocr_face.FACE_MARGIN = float(argv[i + 1])
        argv = argv[:i] + argv[i + 2 :]
    _hook()
    ocr.prepare()
    dump: dict[str, list[object]] = {}
    print("| set | images | exact | wrong but valid | refused | invalid | no MRZ | flagged | "
          "median ms CPU |\n|---|---|---|---|---|---|---|---|---|", flush=True)  # fmt: skip
    for name, rng in zip(argv[::2], argv[1::2], strict=True):
        first, n = (int(x) for x in rng.split(":"))
        run(name, list(range(first, first + n)), dump)
        if dump_to:  # after every set: a long run can be read while it goes on
            Path(dump_to).write_bytes(pickle.dumps(dump))


if __name__ == "__main__":
    main(sys.argv[1:])
