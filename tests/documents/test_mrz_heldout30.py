"""bench/mrz_heldout30.py, the thirtieth held-out generator, scored once by the lead: one
seed makes one picture and one truth (mrz.compose's lines, printed with at most one error,
with ICAO 9303's verdict on what is printed), or a page without an MRZ. No OCR runs here
(the set is held out). Lean: quotas and truths are checked on the plans, and only a
handful of pictures is rendered."""

from __future__ import annotations

import collections
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest

from bench import mrz_heldout30 as h30
from desktop.documents import layout
from desktop.documents.mrz import compose, parse
from tests.documents.conftest import TODAY
from tests.documents.scored_once import fewest_seeds, generator_imports

ROOT = Path(__file__).resolve().parents[2]
PLANS: dict[tuple[int, int], list[h30.Plan]] = {}  # plans of seed ranges, made once


def _plans(start: int, n: int = 200) -> list[h30.Plan]:
    if (start, n) not in PLANS:
        PLANS[start, n] = [h30.plan(s, TODAY) for s in range(start, start + n)]
    return PLANS[start, n]


def _tw_valid(number: str) -> bool:
    """Taiwan's identification-number check, written apart from the generator's."""
    values = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))
    v = values[number[0]]
    digits = [v // 10, v % 10, *(int(c) for c in number[1:])]
    return (
        sum(d * w for d, w in zip(digits, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1), strict=True)) % 10 == 0
    )


def test_the_truth_composes_and_parses_as_printed():
    kinds: collections.Counter[str] = collections.Counter()
    for p in _plans(h30.SEED, 400):
        if p.no_mrz:
            assert (p.printed, p.composed, p.valid, p.fields) == ((), (), False, ())
            assert p.blank in h30.BLANK_QUOTA
            continue
        assert compose(p.fmt, **dict(p.fields)) == p.composed  # type: ignore[arg-type]
        assert parse(p.composed, today=TODAY).valid, p.composed
        doc = parse(p.printed, today=TODAY)
        assert doc.format == p.fmt and doc.valid is p.valid, (p.printed, doc.errors)
        lay = layout.layout(p.fmt)
        assert len(p.printed) == lay.lines and {len(x) for x in p.printed} == {lay.width}
        diff = [
            (i, k)
            for i, (a, b) in enumerate(zip(p.composed, p.printed, strict=True))
            for k in range(lay.width)
            if a[k] != b[k]
        ]
        assert len(diff) == (0 if p.valid else 1), (p.composed, p.printed)
        assert bool(p.misprint) is not p.valid
        if diff:
            ((i, k),) = diff
            was, now = p.composed[i][k], p.printed[i][k]
            if "check digit" in p.misprint:
                kinds["check"] += 1
                assert any((c.line, c.pos) == (i, k) for c in lay.checks)
                assert was.isdigit() and now.isdigit() and was != now
            else:
                kinds["letters"] += 1
                names = lay.field("names")
                assert h30.DIGIT_FOR[was] == now and names.line == i
                assert names.start <= k < names.stop
    assert kinds == {
        "check": 2 * h30.CHECK_DIGIT_MISPRINTS,
        "letters": 2 * (h30.INVALID_QUOTA - h30.CHECK_DIGIT_MISPRINTS),
    }


def test_documents_look_like_a_taiwan_counters():
    assert _tw_valid("A123456789") and not _tw_valid("A123456780")  # the published specimen
    rng = np.random.default_rng(5)
    for second in "1289":
        n = h30.taiwan_number(rng, second)
        assert _tw_valid(n) and n[1] == second and len(n) == 10, n
    seen: collections.Counter[str] = collections.Counter()
    for p in _plans(h30.SEED):
        f = dict(p.fields)
        if p.fmt == "TD3" and f["issuing_state"] == "TWN":
            seen["passport"] += 1
            number = f["document_number"]
            assert number.isdigit() and len(number) == 9 and number[0] == "3", number
            opt = f["optional_data"]
            assert _tw_valid(opt) and opt[1] == ("1" if f["sex"] == "M" else "2"), opt
        elif p.fmt == "TD1" and f["issuing_state"] == "TWN":
            seen["resident"] += 1
            assert f["document_code"] == "IR" and f["nationality"] != "TWN"
            opt = f["optional_data"]
            assert _tw_valid(opt) and opt[1] == ("8" if f["sex"] == "M" else "9"), opt
        elif p.fmt == "TD2":
            seen["crew"] += f["document_code"] == "AC"
        elif p.fmt.startswith("MRV"):
            assert f["issuing_state"] != f["nationality"], f
            seen["visa TWN"] += f["issuing_state"] == "TWN"
    assert seen["passport"] >= 35 and seen["resident"] >= 10, seen
    assert seen["crew"] == 10 and seen["visa TWN"] >= 6, seen


def test_the_quotas_are_dealt_in_every_block_of_200():
    starts = (h30.SEED, h30.SEED + 200, h30.SEED + 1400)
    plans = [p for s in starts for p in _plans(s)]
    for b in range(len(starts)):
        part = plans[200 * b : 200 * (b + 1)]
        mrz = [p for p in part if not p.no_mrz]
        assert collections.Counter(p.fmt for p in part) == h30.FORMAT_QUOTA
        assert collections.Counter(p.capture for p in part) == h30.CAPTURE_QUOTA
        assert collections.Counter(p.blank for p in part if p.no_mrz) == h30.BLANK_QUOTA
        assert collections.Counter(p.face.kind for p in mrz) == h30.FACE_QUOTA
        new = collections.Counter(p.face.other for p in mrz if p.face.kind != "ocrb")
        assert new == h30.NEW_FACE_QUOTA, new
        subs = collections.Counter(
            "glyphs" if p.face.glyphs else "line" for p in mrz if p.face.kind == "hybrid"
        )
        assert subs == h30.HYBRID_QUOTA, subs
        assert sum(not p.valid for p in mrz) == h30.INVALID_QUOTA
    mrz = [p for p in plans if not p.no_mrz]
    share = collections.Counter(p.face.kind for p in mrz)
    assert 0.81 <= share["ocrb"] / len(mrz) <= 0.84  # heldout25's mix
    assert 0.08 <= share["other"] / len(mrz) <= 0.095
    assert sum(p.no_mrz for p in plans) * 25 == len(plans)
    assert 0.09 <= sum(not p.valid for p in mrz) / len(mrz) <= 0.11
    for p in mrz:
        f = p.face
        if f.kind == "hybrid" and f.glyphs:  # 3-6 look-alikes, each printed, all swapped
            assert 3 <= len(f.glyphs) <= 6 and set(f.glyphs) <= set(h30.LOOKALIKES), f
            assert all(any(c in x for x in p.printed) for c in f.glyphs), (f, p.printed)
            assert f.face(1, f.glyphs[0]) == f.other and f.face(0, "<") == "ocrb"
        elif f.kind == "hybrid":
            assert [f.face(i, "A") for i in range(len(p.printed))].count(f.other) == 1
        elif f.kind == "other":
            assert {f.face(i, c) for i in range(3) for c in "0A<"} == {f.other}
        else:
            assert f.label == "ocrb" and f.face(0, "0") == "ocrb"
    assert {p.process for p in mrz} == set(h30.PROCESSES)


def test_the_docstring_states_the_scored_mix():
    mix = h30.scored_mix(TODAY)
    assert mix == h30.SCORED_MIX
    flat = " ".join((h30.__doc__ or "").split())
    for key in (*h30.FORMAT_QUOTA, *h30.CAPTURES, *h30.NEW_FACES, *h30.PROCESSES):
        if key != "none":
            assert f"{key} {mix[key]}" in flat, key
    for kind in h30.FACE_QUOTA:
        assert f"{kind} {mix['face ' + kind]}" in flat, kind
    assert f"printed invalid {mix['invalid']}" in flat
    assert f"TWN {mix['TD3 TWN']}" in flat
    assert f"resident certificates {mix['TD1 TWN']}" in flat
    assert "Written without running the OCR and without reading its code" in flat
    assert "written fresh" in flat


def test_the_new_faces_are_installed_new_and_in_setup():
    for name in (*h30.FACES, *h30.PAGE_FACES):
        assert h30.face_path(name).is_file(), name
    assert h30.font("spartan", 40).getname() == ("League Spartan", "Medium")
    assert h30.font("charis", 40).getname() == ("Charis SIL", "Regular")
    assert h30.font("manrope", 40).getname() == ("Manrope", "SemiBold")
    assert {h30.FACES[f][1] for f in h30.NEW_FACES} == set(h30.PACKAGES)
    setup = (ROOT / "scripts" / "setup-system.sh").read_text(encoding="utf-8")
    assert all(setup.split().count(p) == 1 for p in h30.PACKAGES)
    assert "bench/mrz_heldout30.py" in setup
    files = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "bench", "scripts", "tests"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    mine = {"bench/mrz_heldout30.py", "tests/documents/test_mrz_heldout30.py"}
    names = [*h30.PACKAGES, *(Path(h30.FACES[f][0]).name for f in h30.NEW_FACES)]
    names += ["LeagueSpartan", "League Spartan", "Charis", "Manrope"]
    for f in sorted(set(files) - mine - {"scripts/setup-system.sh"}):
        path = ROOT / f
        if path.suffix in (".py", ".sh", ".md", ".txt", ".toml", ".tsv", ".json"):
            text = path.read_text(encoding="utf-8", errors="replace")
            assert not any(n in text for n in names), f


def test_every_face_sets_its_own_glyphs_centred_in_their_cells():
    cap, pitch, base = 30.0, 32.0, 50.0
    for face in h30.FACES:
        text = "0O8BHZ<7W"
        canvas = np.zeros((70, int(pitch) * len(text)), np.float32)
        h30.set_line(canvas, text, [face] * len(text), 0.0, base, pitch, cap)
        for i, ch in enumerate(text):
            cell = canvas[:, int(i * pitch) : int((i + 1) * pitch)]
            cols = np.flatnonzero(cell.max(0) > 0.3)
            rows = np.flatnonzero(cell.max(1) > 0.3)
            assert len(cols) and cols[0] >= 1 and cols[-1] <= pitch - 2, (face, ch, cols)
            assert abs((cols[0] + cols[-1] + 1) / 2 - pitch / 2) <= 1.5, (face, ch)
            if ch in "HZ7W":  # flat-bottomed glyphs stand on the baseline
                assert abs(rows[-1] + 1 - base) <= 1.5, (face, ch, rows)
            if ch == "H":
                assert abs(rows[-1] - rows[0] + 1 - cap) <= 1.5, (face, rows)
    for face in h30.NEW_FACES:  # glyphs of its own, not OCR-B's nor a missing-glyph box
        apart = []
        for c in layout.ALPHABET:  # measured 0.14-0.25 on average, 0.04 at least (a 0)
            ocrb = h30.glyph("ocrb", c, 30.0, 32.0).ink
            other = h30.glyph(face, c, 30.0, 32.0).ink
            same = cv2.resize(other, ocrb.shape[::-1], interpolation=cv2.INTER_AREA)
            apart.append(float(np.abs(same - ocrb).mean()))
        assert np.mean(apart) > 0.1, face
        inks = {h30.glyph(face, c, 30.0, 32.0).ink.tobytes() for c in layout.ALPHABET}
        assert len(inks) == len(layout.ALPHABET), face


def test_a_missing_face_is_an_error_naming_its_package(tmp_path, monkeypatch):
    monkeypatch.setattr(h30, "FONT_ROOT", tmp_path)
    caches = (h30.font, h30.glyph, h30._size_for_cap)
    for c in caches:
        c.cache_clear()
    try:
        for face, package in zip(h30.NEW_FACES, h30.PACKAGES, strict=True):
            with pytest.raises(FileNotFoundError, match=package):
                h30.face_path(face)
            with pytest.raises(FileNotFoundError, match=package):
                h30.glyph(face, "A", 20.0, 22.0)
        with pytest.raises(FileNotFoundError, match="never substitutes"):
            h30.sample(h30.SEED, today=TODAY)
    finally:
        for c in caches:
            c.cache_clear()


EFFECT = {
    "flicker": "flicker: bands",
    "scuffs": "scratches",
    "shake": "motion blur",
    "curl": "rising",
    "smudge": "fingerprint",
}


def test_a_handful_of_pictures_are_sane():
    plans = _plans(h30.SEED)
    # cards first: smaller pictures, quicker renders; one seed may stand for several kinds
    order = sorted(plans, key=lambda p: p.fmt not in ("TD1", "TD2", "none"))
    kinds = fewest_seeds(
        (p.seed, {p.capture, "no MRZ" if p.no_mrz else p.face.kind}) for p in order
    )
    assert set(kinds) == {*h30.CAPTURES, "no MRZ", *h30.FACE_QUOTA}
    drawn: dict[int, bytes] = {}
    for seed in sorted(set(kinds.values())):
        s = h30.sample(seed, today=TODAY)
        p = h30.plan(seed, TODAY)
        drawn[seed] = s.jpeg
        img = cv2.imdecode(np.frombuffer(s.jpeg, np.uint8), cv2.IMREAD_COLOR)
        assert img is not None and img.shape == s.image.shape, seed
        hh, w = img.shape[:2]
        assert min(hh, w) >= 300 and max(hh, w) <= h30.MAX_SIDE, (seed, img.shape)
        assert 15 < float(img.mean()) < 245 and float(img.std()) > 12, seed
        assert s.level == s.capture == p.capture and f"capture {p.capture}" in s.notes
        assert EFFECT[p.capture] in s.notes, (seed, s.notes)
        if p.no_mrz:
            assert (s.lines, s.format, s.valid, s.mrz_quad, s.face_kind) == (
                (),
                "none",
                False,
                (),
                "",
            )
            continue
        assert (s.lines, s.format, s.valid) == (p.printed, p.fmt, p.valid)
        assert s.face_kind == p.face.kind and f"face {s.font}" in s.notes
        lo, hi = h30.CAP_PX[p.capture]
        assert 0.8 * lo <= s.cap_px <= 1.15 * hi, (seed, s.cap_px)
        quad = np.array(s.mrz_quad)
        (x0, y0), (x1, y1) = quad.min(0).astype(int), quad.max(0).astype(int)
        assert x0 >= 0 and y0 >= 0 and x1 < w and y1 < hh, seed
        zone = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)[y0:y1, x0:x1].astype(float)
        assert np.percentile(zone, 90) - np.percentile(zone, 3) > 45, seed  # ink on paper
    first = min(drawn)
    assert h30.sample(first, today=TODAY).jpeg == drawn[first]  # deterministic


def test_the_generator_knows_nothing_of_the_reader():
    imports = generator_imports("mrz_heldout30")
    assert "desktop.documents.mrz.compose" in imports
    assert not any("ocr" in m or "mrz_" in m or "heldout" in m for m in imports), imports


def test_the_bench_scores_it_once(tmp_path, monkeypatch):
    """The bench refuses to score the set twice and does not score it by default."""
    from bench import bench_mrz
    from tests.documents.scored_once import assert_scored_once

    assert bench_mrz.HELDOUT30 == h30.SEED
    assert_scored_once("heldout30", h30.SEED, "thirtieth", tmp_path, monkeypatch)
