"""MRZ benchmark: OCR accuracy and speed on real images and on held-out generated
photographs, and `mrz parse` throughput.

Real: ../shared/ext-mrz (77 photos, scans, thumbnails and renders of specimen
documents from public MRZ projects; truth and expected verdict in images.tsv), per
image and per class. It was the development set of the OCR's decisions.
Synthetic, development (seen): tests/documents/synth.py seeds HELD_OUT and
bench/mrz_variant.py seeds VARIANT, the previous stop's held-out sets, scored once
there and development data since. Synthetic, held out: bench/mrz_heldout.py (other
fonts, kerning, laminate, micro-text, phone noise, 150-300 dpi), written before the
look-alike classifier and scored once, at the end (seeds HELDOUT3). Synthetic, held
out for generalisation: bench/mrz_heldout4.py (booklets, visa stickers, cards; engraved
and inkjet print, a non-OCR-B face; keystone, barrel distortion, screen moiré; 120-400
dpi; one document in nine printed with a wrong check digit, where "invalid as printed"
is the right reading), seeds HELDOUT4, run only when asked: `MRZ_SETS=heldout4`.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout5.py (a
generator nobody developing the OCR has run: full-page readers in white and IR light,
counter webcams, phone photos, LCD screen photos, re-typeset specimens in other
monospace faces; TD3-heavy airport mix; one document in ten printed invalid), seeds
HELDOUT5, run only when asked: `MRZ_SETS=heldout5`.
Synthetic, held out and scored ONCE by the lead at the end of issue 10: bench/mrz_heldout6.py
(written by someone who never ran the OCR on its images: full-page readers in white,
infrared and blue-violet light with a laminate sheen or hologram across the MRZ, desk
document cameras with defocus and JPEG 40-70, phone photos over a dark counter turned up
to 20 degrees, scanned photocopies; a Taiwan counter's mix of states), seeds HELDOUT6, run
only when asked: `MRZ_SETS=heldout6`; it writes its own bench/results/mrz_heldout6.md.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout7.py (a
seventh generator, written by someone who never ran the OCR on its images nor read its
code, sharing no rendering code with the others: TD3 passports 65 % from the states a
Taiwan airport sees, TD1 cards 20 % with Taiwan resident-certificate-like cards, TD2 and
MRV-A/B visas 15 %; names of several origins truncated as ICAO 9303 allows; one document
in ten printed with a wrong check digit; OCR-B Regular or Sharp, one in ten in Liberation
Mono, FreeMono Bold, Go Mono, Inconsolata or Anonymous Pro, each glyph with kerning jitter
on a wobbling baseline, ink spread or starved; guilloche behind the MRZ, stamps and a
thumb near it, glare; full-page readers with uneven light, phone photos turned up to 25
degrees with keystone, motion blur, noise and JPEG 50-85, flatbed scans at 150-300 dpi
with paper grain, counter webcams with capitals 10-16 px and JPEG 35-65), seeds
HELDOUT7, run only when asked: `MRZ_SETS=heldout7`; it writes its own
bench/results/mrz_heldout7.md and refuses to run once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout8.py (an
eighth generator, written by someone who never ran the OCR on its images nor read its
code, sharing no rendering code with the others: a Taiwan counter's TD3 passports 72 %
(no CHN), Taiwan resident certificates and other TD1 cards 14 %, crew certificates in
TD2, MRV-A/B visas; one document in seven printed with a wrong check digit; OCR-B, one
in twelve in JetBrains Mono or Noto Sans Mono; laser, engraved or misregistered inkjet
print over line screens whose plates are out of register; full-page readers in white
light with a retroreflective laminate and scratches or in infrared, document cameras at
15-35 degrees with vignetting and a partial shadow across the MRZ, phone photos of open
booklets curled near the spine and bowed with JPEG 22-60, webcams with capitals 11-16 px,
phone photos of a monitor showing a scan (moire)), seeds HELDOUT8, run only when asked:
`MRZ_SETS=heldout8`; it writes its own bench/results/mrz_heldout8.md and refuses to run
once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout9.py (a
ninth generator, written by someone who never ran the OCR on its images nor read its
code, sharing no rendering code with the others: TD3 58 %, TD1 18 %, TD2 8 %, MRV-A/B
16 % from about forty issuing states, names of many origins cut as ICAO 9303 allows,
numbers and personal data mixing letters and digits; one document in ten printed with a
wrong check digit and one picture in thirty a page without an MRZ (reading "no
MRZ" there is exact); OCR-B laser, inkjet, engraved, dot-matrix, thermal or worn, one in
ten in Hack, Cousine, mononoki or B612 Mono; full-page readers in white or infrared
light with laminate glare and holograms, 150-300 dpi scans, phone photos tilted and
turned up to 25 degrees with blur and low-light noise, webcams with capitals 10-16 px,
thumbnails with capitals 7-12 px), seeds HELDOUT9, run only when asked:
`MRZ_SETS=heldout9`; it writes its own bench/results/mrz_heldout9.md and refuses to run
once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout10.py (a
tenth generator, written by someone who never ran the OCR on its images nor read its
code, sharing no rendering code with the others: TD3 55 %, TD1 20 %, TD2 9 %, MRV-A/B
16 % from about forty-five issuing states, names of many origins shortened as ICAO 9303
allows, numbers and personal data mixing letters and digits; one document in ten printed
with a wrong check digit, one picture in thirty a page without an MRZ; OCR-B laser,
inkjet, engraved, dot-matrix, thermal or worn in eight documents in ten, OCR-B with a few
look-alike glyphs or one line from another face in one in ten, and one in ten wholly in
League Mono, Hermit, Agave, Fantasque Sans Mono, Monoid or IBM 3270; full-page readers in
white or infrared light with glare and holograms, 150-300 dpi scans, phone photos tilted
and turned up to 25 degrees, webcams, thumbnails with capitals 7-12 px), seeds HELDOUT10,
run only when asked: `MRZ_SETS=heldout10`; it writes its own
bench/results/mrz_heldout10.md and refuses to run once that file exists.
`MRZ_SETS=real,dev,heldout` (the default) chooses which run; `MRZ_SEEN=1` runs heldout6/7
as the seen sets they now are, leaving their scored-once result files alone;
bench/mrz_seen.py lists every refusal of a seen set with its rule (no results file).
Figures: exact reads, wrong readings reported valid (must be 0),
refusals, readings failing a check, images where no MRZ was found, and milliseconds
per image (decode included) on ONE core (pinned, OpenCV/BLAS threads set to one).
"""

from __future__ import annotations

import os

# Before numpy/OpenCV load their thread pools (when this module is imported first).
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import collections  # noqa: E402
import contextlib  # noqa: E402
import datetime as dt  # noqa: E402
import re  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.machine import describe  # noqa: E402

# First seeds of the held-out images. Tuning used seeds below 10 000; 500 000+ was
# the previous held-out set, measured five times while the OCR changed: retired.
HELD_OUT = 700_000  # scored once in the previous stop: development data now
VARIANT = 800_000  # likewise
HELDOUT3 = 900_000  # bench/mrz_heldout.py: the held-out set of this stop
HELDOUT4 = 1_300_000  # bench/mrz_heldout4.py: generalisation, scored once
HELDOUT5 = 1_500_000  # bench/mrz_heldout5.py: issue 10's held-out set, scored once at the end
HELDOUT6 = 1_600_000  # bench/mrz_heldout6.py: issue 10's last held-out set, scored once
HELDOUT7 = 1_700_000  # bench/mrz_heldout7.py: a seventh generator, scored once
HELDOUT8 = 1_800_000  # bench/mrz_heldout8.py: an eighth generator, scored once
HELDOUT9 = 1_900_000  # bench/mrz_heldout9.py: a ninth generator, scored once
HELDOUT10 = 2_100_000  # bench/mrz_heldout10.py: a tenth generator, scored once
QUICK_SEED = 990_000  # quick runs (does the bench run?) use seeds outside both sets
IMAGES = 200
QUICK_IMAGES = 6
HELDOUT6_RESULTS = ROOT / "bench" / "results" / "mrz_heldout6.md"  # its own, scored once
HELDOUT7_RESULTS = ROOT / "bench" / "results" / "mrz_heldout7.md"  # likewise
HELDOUT8_RESULTS = ROOT / "bench" / "results" / "mrz_heldout8.md"  # likewise
HELDOUT9_RESULTS = ROOT / "bench" / "results" / "mrz_heldout9.md"  # likewise
HELDOUT10_RESULTS = ROOT / "bench" / "results" / "mrz_heldout10.md"  # likewise
# The team's shared data beside the checkout, or where SHARED_DIR says.
EXT_MRZ = Path(os.environ.get("SHARED_DIR") or ROOT.parent / "shared") / "ext-mrz"
TODAY = dt.date(2026, 11, 27)  # fixed, so that the generated documents do not drift


@contextlib.contextmanager
def one_core() -> Iterator[str]:
    import cv2

    threads = cv2.getNumThreads()
    cv2.setNumThreads(1)
    before = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    cpu = "unpinned"
    if before:
        target = max(before)
        os.sched_setaffinity(0, {target})
        cpu = f"pinned to CPU {target}"
    try:
        yield cpu
    finally:
        if before:
            os.sched_setaffinity(0, before)
        cv2.setNumThreads(threads)


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def _kind(doc: Any, lines_ok: bool, refused: bool) -> str:
    if doc.valid:
        return "exact" if lines_ok else "wrong but valid"
    if refused:
        return "refused"
    return "invalid as printed" if lines_ok else "invalid"


LOOKALIKE_PAIRS = ("0O", "0D", "0Q", "1I", "1L", "2Z", "5S", "8B", "6G")


def _count_pairs(
    pairs: dict[str, collections.Counter[str]],
    doc: Any,
    truths: list[tuple[str, ...]],
    refused: bool,
) -> None:
    """Per look-alike pair, how each printed cell of the pair was read."""
    if not truths or len(doc.lines) != len(truths[0]):
        return
    if [len(x) for x in doc.lines] != [len(x) for x in truths[0]]:
        return
    read, printed = "".join(doc.lines), "".join(truths[0])
    others = ["".join(t) for t in truths[1:]]
    for p, c in enumerate(printed):
        for pair in LOOKALIKE_PAIRS:
            if c not in pair:
                continue
            if read[p] == c or any(o[p] == read[p] for o in others):
                pairs[pair]["right valid" if doc.valid else "right"] += 1
            elif read[p] in pair:
                pairs[pair]["other valid" if doc.valid else "other"] += 1


def image_class(description: str) -> str:
    """clean specimen, scan, phone photo or thumbnail, from images.tsv's description."""
    d = description.lower()
    if "thumbnail" in d or re.search(r"~[5-8] px", d):
        return "thumbnail"
    if "photo of" in d or "studio photo" in d or "real photo" in d:
        return "phone photo"
    if any(w in d for w in ("clean digital", "re-typeset", "screenshot", "render", "figure")):
        return "clean specimen"
    if "synthetic" in d:
        return "clean specimen"
    return "scan"


def _real(today: dt.date) -> tuple[list[str], int]:
    from desktop.documents import ocr
    from desktop.documents.mrz import parse

    rows = [
        ln.rstrip("\n").split("\t")
        for ln in (EXT_MRZ / "images.tsv").read_text(encoding="utf-8").splitlines()
        if ln and not ln.startswith("#")
    ]
    per_class: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    table = []
    times: list[float] = []
    cpu: list[float] = []
    wrong = 0
    pairs: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    table_cls = ""
    for name, truth, expect, _src, desc, *_ in rows:
        truths = [] if truth == "-" else [tuple(t.split("|")) for t in truth.split(" OR ")]
        # "same page as PNG", "same as PNG": the class of the image before it.
        cls = table_cls if desc.lower().startswith("same") and table else image_class(desc)
        table_cls = cls
        t0, c0 = time.perf_counter(), time.process_time()
        read = ""
        try:
            doc = ocr.read_image(EXT_MRZ / "images" / name, today=today).document
            refused = any(e.startswith("OCR refused") for e in doc.errors)
            lines_ok = doc.lines in truths
            # Exact: what is printed, with the verdict ICAO 9303 gives it.
            printed_valid = bool(truths) and parse(truths[0], today=today).valid
            kind = _kind(doc, lines_ok, refused)
            if kind == "invalid as printed" and printed_valid:
                kind = "invalid"
            if kind != "exact":
                read = " / ".join(doc.lines) + " — " + "; ".join(doc.errors)[:300]
            _count_pairs(pairs, doc, truths, refused)
        except ocr.NoMrzFound as e:
            kind = "no MRZ (correct)" if not truths else "no MRZ found"
            read = str(e)
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
        wrong += kind == "wrong but valid"
        good = kind in ("exact", "invalid as printed", "no MRZ (correct)")
        per_class[cls]["good" if good else kind] += 1
        per_class[cls]["images"] += 1
        table.append(
            f"| {name} | {cls} | {expect} | {'**' + kind + '**' if not good else kind} "
            f"| {times[-1]:.0f} | {read.replace('|', '/').replace('<', '&lt;')} |"
        )
    n = len(rows)
    good = sum(c["good"] for c in per_class.values())
    out = [
        f"Real images: {EXT_MRZ.name}/ ({n} images; development set).",
        "",
        f"**{good}/{n} read exactly** (the printed MRZ with ICAO 9303's verdict: valid, or "
        f"invalid as printed, or no MRZ where there is none); **wrong but valid: {wrong}**; "
        f"median {statistics.median(times):.0f} ms wall, {statistics.median(cpu):.0f} ms CPU "
        "per image.",
        "",
        "| class | images | exact | refused | invalid (misread) | no MRZ found | wrong but valid |",
        "|---|---|---|---|---|---|---|",
    ]
    for cls in ("clean specimen", "scan", "phone photo", "thumbnail"):
        c = per_class[cls]
        out.append(
            f"| {cls} | {c['images']} | {c['good']} | {c['refused']} | {c['invalid']} "
            f"| {c['no MRZ found']} | {c['wrong but valid']} |"
        )
    out += [
        "",
        "Letter/digit look-alikes, every printed cell of the pair in the images where an MRZ "
        "of the right shape was read: right in a valid reading / right in a reading "
        "refused or invalid / the other character in a refused or invalid reading / the "
        "other character in a VALID reading (must be 0).",
        "",
        "| pair | cells | right, valid | right, not valid | look-alike, not valid "
        "| look-alike, valid |",
        "|---|---|---|---|---|---|",
    ]
    for pair in LOOKALIKE_PAIRS:
        c = pairs[pair]
        out.append(
            f"| {pair[0]}/{pair[1]} | {sum(c.values())} | {c['right valid']} | "
            f"{c['right']} | {c['other']} | {c['other valid']} |"
        )
    out += [
        "",
        "| image | class | expected | outcome | ms | read (when not exact) |",
        "|---|---|---|---|---|---|",
        *table,
    ]
    return out, wrong


def _synthetic(
    label: str, make: Callable[[int], Any], seeds: range, today: dt.date
) -> tuple[list[str], list[str], list[float]]:
    from desktop.documents import ocr

    outcome: collections.Counter[str] = collections.Counter()
    per_format: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    times: list[float] = []
    cpu: list[float] = []
    missed: list[str] = []
    for i, seed in enumerate(seeds):
        s = make(seed)
        t0, c0 = time.perf_counter(), time.process_time()
        # A set may print some MRZs invalid (`valid` False): reading those exactly and
        # reporting them invalid as printed is the right outcome.
        printed_valid = getattr(s, "valid", True)
        # A page without an MRZ (mrz_heldout9/10: no lines): finding none is the right answer.
        no_mrz = not s.lines
        try:
            doc = ocr.read_image(s.jpeg, today=today).document
            refused = any(e.startswith("OCR refused") for e in doc.errors)
            kind = _kind(doc, doc.lines == s.lines, refused)
            if kind == "invalid as printed" and printed_valid:
                kind = "invalid"
        except ocr.NoMrzFound:
            kind = "exact" if no_mrz else "no MRZ found"
            outcome["no MRZ printed, none found"] += no_mrz
            doc = None
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
        if kind == "invalid as printed":
            outcome["printed invalid, read so"] += 1
            kind = "exact"
        outcome[kind] += 1
        outcome["printed invalid"] += not printed_valid and not no_mrz
        outcome["no MRZ printed"] += no_mrz
        per_format[s.format][kind] += 1
        if kind != "exact":
            got = " / ".join(doc.lines) if doc is not None else "-"
            printed = "" if printed_valid else ", printed invalid"
            if hasattr(s, "face_kind"):  # mrz_heldout10: how it was captured, in which face
                printed += f", {s.capture}, {s.font}"
            missed.append(f"- {label} seed {seed} ({s.format}{printed}): **{kind}**: {got}")
        if (i + 1) % 50 == 0:
            print(f"  {label} {i + 1}/{len(seeds)}", flush=True)
    n = len(seeds)
    exact = outcome["exact"]
    row = (
        f"| {label} | {n} | {exact} ({100 * exact / n:.1f}%) | {outcome['wrong but valid']} "
        f"| {outcome['refused']} | {outcome['invalid'] + outcome['invalid as printed']} "
        f"| {outcome['no MRZ found']} | {statistics.median(times):.0f} "
        f"({statistics.median(cpu):.0f} CPU) | {_pct(times, 0.95):.0f} |"
    )
    fmts = ", ".join(
        f"{f} {per_format[f]['exact']}/{sum(per_format[f].values())}" for f in sorted(per_format)
    )
    if outcome["printed invalid"]:
        fmts += (
            f"; printed invalid: {outcome['printed invalid']}, read exactly and reported "
            f"invalid as printed: {outcome['printed invalid, read so']}"
        )
    if outcome["no MRZ printed"]:
        fmts += (
            f"; pages without an MRZ: {outcome['no MRZ printed']}, found none: "
            f"{outcome['no MRZ printed, none found']}"
        )
    return [row, f"|  | by format: {fmts} | | | | | | | |"], missed, times


def _scored_once_section(
    rows: list[str],
    missed: list[str],
    times: list[float],
    count: int,
    cpu: str,
    load: float,
    load_after: float,
    *,
    name: str = "mrz_heldout6",
    title: str = "sixth",
    first: int = HELDOUT6,
) -> str:
    """bench/results/<name>.md: the one scoring of a held-out set (the sixth, or `name`)."""
    exact = count - len(missed)
    wrong = sum("wrong but valid" in m for m in missed)
    try:  # which code was scored
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    return "\n".join(
        [
            f"## MRZ: {title} held-out generator (issue 10, item 8), scored once",
            "",
            f"Seeds {first}-{first + count - 1} of bench/{name}.py, a generator "
            "written by someone who never ran the OCR on its images nor read its code, "
            "committed before this run and scored once (exact: the printed lines with ICAO "
            "9303's verdict; a document printed invalid and read so counts as exact). "
            f"Scored on commit {commit}.",
            "",
            describe(),
            "",
            f"One core ({cpu}, cv2.setNumThreads(1)); load average {load:.1f} before, "
            f"{load_after:.1f} after.",
            "",
            "| set | images | exact | wrong but valid | refused | invalid | no MRZ | median ms "
            "(CPU ms) | p95 ms |",
            "|---|---|---|---|---|---|---|---|---|",
            *rows,
            "",
            "| measure | value | target |",
            "|---|---|---|",
            f"| exact MRZ ({name}, scored once) | {exact}/{count} = "
            f"{100 * exact / count:.1f}% | >= 98% |",
            f"| wrong but reported valid | {wrong} | 0 |",
            f"| median ms per image | {statistics.median(times):.0f} | <= 100 |",
            "",
            "Every image not read exactly:",
            *missed,
            "",
        ]
    )


def run(quick: bool = False) -> str:
    from bench import (
        mrz_heldout,
        mrz_heldout4,
        mrz_heldout5,
        mrz_heldout6,
        mrz_heldout7,
        mrz_heldout8,
        mrz_heldout9,
        mrz_heldout10,
        mrz_variant,
    )
    from desktop.documents import ocr
    from desktop.documents.mrz import parse
    from tests.documents import synth

    count = QUICK_IMAGES if quick else IMAGES
    first, second = (QUICK_SEED, QUICK_SEED + 1000) if quick else (HELD_OUT, VARIANT)
    third = QUICK_SEED + 2000 if quick else HELDOUT3
    chosen = set(os.environ.get("MRZ_SETS", "real,dev,heldout").split(","))
    # MRZ_SEEN=1: development runs of sets already scored (heldout6/7 are seen now):
    # allowed, and their scored-once result files are left as they are.
    seen = os.environ.get("MRZ_SEEN") == "1"
    if "heldout6" in chosen and HELDOUT6_RESULTS.exists() and not seen:
        # a held-out set scored twice is no longer held out
        raise SystemExit(f"the sixth held-out set was already scored: {HELDOUT6_RESULTS}")
    if "heldout7" in chosen and HELDOUT7_RESULTS.exists() and not seen:
        raise SystemExit(f"the seventh held-out set was already scored: {HELDOUT7_RESULTS}")
    if "heldout8" in chosen and HELDOUT8_RESULTS.exists():
        raise SystemExit(f"the eighth held-out set was already scored: {HELDOUT8_RESULTS}")
    if "heldout9" in chosen and HELDOUT9_RESULTS.exists():
        raise SystemExit(f"the ninth held-out set was already scored: {HELDOUT9_RESULTS}")
    if "heldout10" in chosen and HELDOUT10_RESULTS.exists():
        raise SystemExit(f"the tenth held-out set was already scored: {HELDOUT10_RESULTS}")
    dev_count = min(count, int(os.environ.get("MRZ_DEV_IMAGES", count)))
    ocr.prepare()  # load the prototypes before timing
    rows = ["## MRZ", "", describe(), ""]
    a: list[str] = []
    b: list[str] = []
    c: list[str] = []
    d: list[str] = []
    miss_d: list[str] = []
    t_d: list[float] = []
    e: list[str] = []
    miss_e: list[str] = []
    t_e: list[float] = []
    f: list[str] = []
    miss_f: list[str] = []
    t_f: list[float] = []
    g: list[str] = []
    miss_g: list[str] = []
    t_g: list[float] = []
    k: list[str] = []
    miss_k: list[str] = []
    t_k: list[float] = []
    n9: list[str] = []
    miss_n9: list[str] = []
    t_n9: list[float] = []
    n10: list[str] = []
    miss_n10: list[str] = []
    t_n10: list[float] = []
    miss_a: list[str] = []
    miss_b: list[str] = []
    miss_c: list[str] = []
    t_a: list[float] = []
    t_b: list[float] = []
    t_c: list[float] = []
    with one_core() as cpu:
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        wrong_real = 0
        if (EXT_MRZ / "images.tsv").exists() and not quick and "real" in chosen:
            print("reading ext-mrz ...", flush=True)
            real, wrong_real = _real(TODAY)
            rows += ["### Real images", "", *real, ""]
        if "dev" in chosen or quick:
            print(f"reading {2 * dev_count} development generated photographs ...", flush=True)
            a, miss_a, t_a = _synthetic(
                "synth.py (seen)",
                lambda s: synth.sample(s, today=TODAY),
                range(first, first + dev_count),
                TODAY,
            )
            b, miss_b, t_b = _synthetic(
                "mrz_variant.py (seen)",
                lambda s: mrz_variant.sample(s, today=TODAY),
                range(second, second + dev_count),
                TODAY,
            )
        if "heldout" in chosen and not quick:
            print(f"reading {count} held-out generated photographs ...", flush=True)
            c, miss_c, t_c = _synthetic(
                "mrz_heldout.py (held out)",
                lambda s: mrz_heldout.sample(s, today=TODAY),
                range(third, third + count),
                TODAY,
            )
        if "heldout4" in chosen and not quick:
            print(f"reading {count} generalisation held-out photographs ...", flush=True)
            d, miss_d, t_d = _synthetic(
                "mrz_heldout4.py (held out)",
                lambda s: mrz_heldout4.sample(s, today=TODAY),
                range(HELDOUT4, HELDOUT4 + count),
                TODAY,
            )
        if "heldout5" in chosen and not quick:
            print(f"reading {count} held-out photographs (scored once) ...", flush=True)
            e, miss_e, t_e = _synthetic(
                "mrz_heldout5.py (held out, scored once)",
                lambda s: mrz_heldout5.sample(s, today=TODAY),
                range(HELDOUT5, HELDOUT5 + count),
                TODAY,
            )
        if "heldout6" in chosen and not quick:
            print(f"reading {count} photographs of mrz_heldout6 (scored once) ...", flush=True)
            f, miss_f, t_f = _synthetic(
                "mrz_heldout6.py (seen: scored once before)"
                if seen
                else "mrz_heldout6.py (held out, scored once)",
                lambda s: mrz_heldout6.sample(s, today=TODAY),
                range(HELDOUT6, HELDOUT6 + count),
                TODAY,
            )
        if "heldout7" in chosen and not quick:
            print(f"reading {count} photographs of mrz_heldout7 (scored once) ...", flush=True)
            g, miss_g, t_g = _synthetic(
                "mrz_heldout7.py (seen: scored once before)"
                if seen
                else "mrz_heldout7.py (held out, scored once)",
                lambda s: mrz_heldout7.sample(s, today=TODAY),
                range(HELDOUT7, HELDOUT7 + count),
                TODAY,
            )
        if "heldout8" in chosen and not quick:
            print(f"reading {count} photographs of mrz_heldout8 (scored once) ...", flush=True)
            k, miss_k, t_k = _synthetic(
                "mrz_heldout8.py (held out, scored once)",
                lambda s: mrz_heldout8.sample(s, today=TODAY),
                range(HELDOUT8, HELDOUT8 + count),
                TODAY,
            )
        if "heldout9" in chosen and not quick:
            print(f"reading {count} photographs of mrz_heldout9 (scored once) ...", flush=True)
            n9, miss_n9, t_n9 = _synthetic(
                "mrz_heldout9.py (held out, scored once)",
                lambda s: mrz_heldout9.sample(s, today=TODAY),
                range(HELDOUT9, HELDOUT9 + count),
                TODAY,
            )
        if "heldout10" in chosen and not quick:
            print(f"reading {count} photographs of mrz_heldout10 (scored once) ...", flush=True)
            n10, miss_n10, t_n10 = _synthetic(
                "mrz_heldout10.py (held out, scored once)",
                lambda s: mrz_heldout10.sample(s, today=TODAY),
                range(HELDOUT10, HELDOUT10 + count),
                TODAY,
            )
        load_after = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        samples = [synth.sample(first + i, today=TODAY) for i in range(min(count, 20))]
        lines = [s.lines for s in samples]
        n_parse = 2000 if quick else 20000
        t0 = time.perf_counter()
        for i in range(n_parse):
            parse(lines[i % len(lines)], today=TODAY)
        parse_rate = n_parse / (time.perf_counter() - t0)
    wrong = sum(
        "wrong but valid" in m
        for m in miss_a
        + miss_b
        + miss_c
        + miss_d
        + miss_e
        + miss_f
        + miss_g
        + miss_k
        + miss_n9
        + miss_n10
    )
    rows += [
        "### Generated photographs",
        "",
        f"Development (seen): seeds {first}-{first + dev_count - 1} of tests/documents/synth.py "
        f"and {second}-{second + dev_count - 1} of bench/mrz_variant.py. Held out, scored once: "
        f"seeds {third}-{third + count - 1} of bench/mrz_heldout.py. One core ({cpu}, "
        f"cv2.setNumThreads(1)); load average {load:.1f} before, {load_after:.1f} after "
        "(other developers' jobs share the 2 cores).",
        "",
        "| set | images | exact | wrong but valid | refused | invalid | no MRZ | median ms "
        "(CPU ms) | p95 ms |",
        "|---|---|---|---|---|---|---|---|---|",
        *a,
        *b,
        *c,
        *d,
        *e,
        *f,
        *g,
        *k,
        *n9,
        *n10,
        "",
        *(
            [
                f"Held out, scored once at the end of issue 10: seeds {HELDOUT5}-"
                f"{HELDOUT5 + count - 1} of bench/mrz_heldout5.py, a generator not run while "
                "the OCR was developed (exact: the printed lines with ICAO 9303's verdict).",
                "",
            ]
            if e
            else []
        ),
        *(
            [
                f"Generalisation, held out, scored once: seeds {HELDOUT4}-{HELDOUT4 + count - 1} "
                "of bench/mrz_heldout4.py (exact: the printed lines with ICAO 9303's verdict).",
                "",
            ]
            if d
            else []
        ),
        "| measure | value | target |",
        "|---|---|---|",
    ]
    if c:
        exact_c = count - len(miss_c)
        rows.append(
            f"| exact MRZ on the held-out set | {exact_c}/{count} = "
            f"{100 * exact_c / count:.1f}% | >= 98% |"
        )
    if d:
        exact_d = count - len(miss_d)
        rows.append(
            f"| exact MRZ on the generalisation set | {exact_d}/{count} = "
            f"{100 * exact_d / count:.1f}% | |"
        )
    if e:
        exact_e = count - len(miss_e)
        rows.append(
            f"| exact MRZ on the held-out set scored once (mrz_heldout5) | {exact_e}/{count} = "
            f"{100 * exact_e / count:.1f}% | >= 98% |"
        )
        rows.append(
            f"| median ms per image, mrz_heldout5 | {statistics.median(t_e):.0f} | <= 100 |"
        )
    if f:
        exact_f = count - len(miss_f)
        rows.append(
            f"| exact MRZ on the held-out set scored once (mrz_heldout6) | {exact_f}/{count} = "
            f"{100 * exact_f / count:.1f}% | >= 98% |"
        )
        rows.append(
            f"| median ms per image, mrz_heldout6 | {statistics.median(t_f):.0f} | <= 100 |"
        )
    if g:
        exact_g = count - len(miss_g)
        rows.append(
            f"| exact MRZ on the held-out set scored once (mrz_heldout7) | {exact_g}/{count} = "
            f"{100 * exact_g / count:.1f}% | >= 98% |"
        )
        rows.append(
            f"| median ms per image, mrz_heldout7 | {statistics.median(t_g):.0f} | <= 100 |"
        )
    if k:
        exact_k = count - len(miss_k)
        rows.append(
            f"| exact MRZ on the held-out set scored once (mrz_heldout8) | {exact_k}/{count} = "
            f"{100 * exact_k / count:.1f}% | >= 98% |"
        )
        rows.append(
            f"| median ms per image, mrz_heldout8 | {statistics.median(t_k):.0f} | <= 100 |"
        )
    if n9:
        exact_n9 = count - len(miss_n9)
        rows.append(
            f"| exact MRZ on the held-out set scored once (mrz_heldout9) | {exact_n9}/{count} = "
            f"{100 * exact_n9 / count:.1f}% | >= 98% |"
        )
        rows.append(
            f"| median ms per image, mrz_heldout9 | {statistics.median(t_n9):.0f} | <= 100 |"
        )
    if n10:
        exact_n10 = count - len(miss_n10)
        rows.append(
            f"| exact MRZ on the held-out set scored once (mrz_heldout10) | {exact_n10}/{count} "
            f"= {100 * exact_n10 / count:.1f}% | >= 98% |"
        )
        rows.append(
            f"| median ms per image, mrz_heldout10 | {statistics.median(t_n10):.0f} | <= 100 |"
        )
    if a or b:
        dev = 2 * dev_count - len(miss_a) - len(miss_b)
        rows.append(
            f"| exact MRZ on the development sets | {dev}/{2 * dev_count} = "
            f"{100 * dev / (2 * dev_count):.1f}% | |"
        )
    times = t_a + t_b + t_c + t_d + t_e + t_f + t_g + t_k + t_n9 + t_n10
    rows += [
        f"| wrong but reported valid | {wrong + wrong_real} | 0 |",
        f"| median ms per image (decode included) | {statistics.median(times):.0f} | <= 100 |"
        if times
        else "| median ms per image | - | <= 100 |",
        f"| `parse()` per second | {parse_rate:,.0f} | |",
        "",
        "Every generated image not read exactly:",
        *(
            miss_n10
            + miss_n9
            + miss_k
            + miss_g
            + miss_f
            + miss_e
            + miss_d
            + miss_c
            + miss_a
            + miss_b
        ),
    ]
    section = "\n".join(rows) + "\n"
    if f and not seen:
        HELDOUT6_RESULTS.parent.mkdir(exist_ok=True)
        HELDOUT6_RESULTS.write_text(
            _scored_once_section(f, miss_f, t_f, count, cpu, load, load_after), encoding="utf-8"
        )
    if g and not seen:
        HELDOUT7_RESULTS.parent.mkdir(exist_ok=True)
        HELDOUT7_RESULTS.write_text(
            _scored_once_section(
                g,
                miss_g,
                t_g,
                count,
                cpu,
                load,
                load_after,
                name="mrz_heldout7",
                title="seventh",
                first=HELDOUT7,
            ),
            encoding="utf-8",
        )
    if k:
        HELDOUT8_RESULTS.parent.mkdir(exist_ok=True)
        HELDOUT8_RESULTS.write_text(
            _scored_once_section(
                k,
                miss_k,
                t_k,
                count,
                cpu,
                load,
                load_after,
                name="mrz_heldout8",
                title="eighth",
                first=HELDOUT8,
            ),
            encoding="utf-8",
        )
    if n9:
        HELDOUT9_RESULTS.parent.mkdir(exist_ok=True)
        HELDOUT9_RESULTS.write_text(
            _scored_once_section(
                n9,
                miss_n9,
                t_n9,
                count,
                cpu,
                load,
                load_after,
                name="mrz_heldout9",
                title="ninth",
                first=HELDOUT9,
            ),
            encoding="utf-8",
        )
    if n10:
        HELDOUT10_RESULTS.parent.mkdir(exist_ok=True)
        HELDOUT10_RESULTS.write_text(
            _scored_once_section(
                n10,
                miss_n10,
                t_n10,
                count,
                cpu,
                load,
                load_after,
                name="mrz_heldout10",
                title="tenth",
                first=HELDOUT10,
            ),
            encoding="utf-8",
        )
    print(section)
    return section


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
