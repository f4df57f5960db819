"""bench/mrz_heldout27.py, the twenty-seventh held-out generator, scored once by the lead:
one seed makes one picture and one truth (mrz.compose's lines, printed with at most one
error, with ICAO 9303's verdict on what is printed), or a page without an MRZ. No OCR
runs here (the set is held out). Lean: quotas and truths are checked on the plans, and
only a handful of pictures is rendered."""

from __future__ import annotations

import collections
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest

from bench import mrz_heldout27 as h27
from desktop.documents import layout
from desktop.documents.mrz import compose, parse
from tests.documents.conftest import TODAY
from tests.documents.scored_once import generator_imports

ROOT = Path(__file__).resolve().parents[2]


def _plans(n: int, first: int = h27.SEED) -> list[h27.Plan]:
    return [h27.plan(s, TODAY) for s in range(first, first + n)]


def _tw_ok(n: str) -> bool:
    """Taiwan's identification-number check, written apart from the generator's."""
    letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # values 10, 11, ... in this order
    v = letters.index(n[0]) + 10
    digits = [v // 10, v % 10, *map(int, n[1:])]
    weights = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)
    return sum(d * w for d, w in zip(digits, weights, strict=True)) % 10 == 0


def test_the_truth_composes_and_parses_as_printed():
    kinds: collections.Counter[str] = collections.Counter()
    for p in _plans(400):
        if p.no_mrz:
            assert (p.printed, p.composed, p.valid, p.fields, p.process) == ((), (), False, (), "")
            assert p.blank in h27.BLANK_QUOTA
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
        assert p.misprint.startswith("invalid as printed") is not p.valid
        if diff:
            ((i, k),) = diff
            was, now = p.composed[i][k], p.printed[i][k]
            if "check digit" in p.misprint:
                kinds["check"] += 1
                assert any((c.line, c.pos) == (i, k) for c in lay.checks) and now.isdigit()
                assert was.isdigit() and was != now
            else:
                kinds["letters"] += 1
                assert h27.DIGIT_FOR[was] == now, (was, now)
                assert lay.field("names").line == i and lay.field("names").chars == layout.ALPHA
    assert kinds == {
        "check": 2 * h27.CHECK_DIGIT_MISPRINTS,
        "letters": 2 * (h27.INVALID_QUOTA - h27.CHECK_DIGIT_MISPRINTS),
    }


def test_taiwan_numbers_carry_their_check_and_documents_look_like_a_counters():
    assert _tw_ok("A123456789")  # the published specimen identification number
    assert not _tw_ok("A123456788")
    rng = np.random.default_rng(5)
    for second in "1289":
        n = h27.taiwan_number(rng, second)
        assert _tw_ok(n) and n[1] == second and len(n) == 10, n
    seen: collections.Counter[str] = collections.Counter()
    for p in _plans(200):
        f = dict(p.fields)
        if p.fmt == "TD3" and f["issuing_state"] == "TWN":
            seen["passport"] += 1
            opt = f["optional_data"]
            assert f["document_number"].isdigit() and len(f["document_number"]) == 9
            assert _tw_ok(opt) and opt[1] == ("1" if f["sex"] == "M" else "2"), opt
        elif p.fmt == "TD1" and f["issuing_state"] == "TWN":
            seen["resident"] += 1
            number = f["document_number"]
            assert f["document_code"] == "IR" and f["nationality"] != "TWN"
            assert _tw_ok(number) and number[1] in "89" and p.composed[0][14] == "<"
        elif p.fmt == "TD2":
            assert f["document_code"] == "AC"
            seen["crew"] += 1
        elif p.fmt.startswith("MRV"):
            assert f["issuing_state"] != f["nationality"], f
            seen["visa TWN"] += f["issuing_state"] == "TWN"
    assert seen["passport"] >= 35 and seen["resident"] >= 10, seen
    assert seen["crew"] == 10 and seen["visa TWN"] >= 8, seen


def test_the_quotas_are_dealt_in_every_block_of_200():
    plans = _plans(600)
    for b in range(3):
        part = plans[200 * b : 200 * (b + 1)]
        mrz = [p for p in part if not p.no_mrz]
        assert collections.Counter(p.fmt for p in part) == h27.FORMAT_QUOTA
        assert collections.Counter(p.capture for p in part) == h27.CAPTURE_QUOTA
        assert collections.Counter(p.blank for p in part if p.no_mrz) == h27.BLANK_QUOTA
        assert collections.Counter(p.face.kind for p in mrz) == h27.FACE_QUOTA
        new = collections.Counter(p.face.other for p in mrz if p.face.kind != "ocrb")
        assert new == h27.NEW_FACE_QUOTA, new
        subs = collections.Counter(
            "glyphs" if p.face.glyphs else "line" for p in mrz if p.face.kind == "hybrid"
        )
        assert subs == h27.HYBRID_QUOTA, subs
        assert sum(not p.valid for p in mrz) == h27.INVALID_QUOTA
    mrz = [p for p in plans if not p.no_mrz]
    share = collections.Counter(p.face.kind for p in mrz)
    assert 0.81 <= share["ocrb"] / len(mrz) <= 0.84  # as heldout25's mix
    assert 0.08 <= share["other"] / len(mrz) <= 0.095
    assert sum(p.no_mrz for p in plans) * 25 == len(plans)
    for p in mrz:
        f = p.face
        if f.kind == "hybrid" and f.glyphs:  # 3-6 look-alikes, each printed, every one swapped
            assert 3 <= len(f.glyphs) <= 6 and set(f.glyphs) <= set(h27.LOOKALIKES), f
            assert all(any(c in x for x in p.printed) for c in f.glyphs), (f, p.printed)
            assert f.face(1, f.glyphs[-1]) == f.other and f.face(0, "<") == "ocrb"
        elif f.kind == "hybrid":
            assert 0 <= f.line < len(p.printed), f
            assert [f.face(i, "A") for i in range(len(p.printed))].count(f.other) == 1
        elif f.kind == "other":
            assert {f.face(i, c) for i in range(3) for c in "0A<"} == {f.other}
        else:
            assert f.label == "ocrb" and f.face(0, "0") == "ocrb"
    assert {p.process for p in mrz} == set(h27.PROCESSES)
    assert all(p.process in ("engraved", "laser") for p in mrz if p.fmt == "TD1")
    assert all(p.process in ("inkjet", "thermal") for p in mrz if p.fmt.startswith("MRV"))


def test_the_docstring_states_the_scored_mix():
    mix = h27.scored_mix(TODAY)
    assert mix == h27.SCORED_MIX
    flat = " ".join((h27.__doc__ or "").split())
    for key in (*h27.FORMAT_QUOTA, *h27.CAPTURES, *h27.NEW_FACES, *h27.PROCESSES):
        if key != "none":
            assert f"{key} {mix.get(key, 0)}" in flat, key
    for kind in h27.FACE_QUOTA:
        assert f"{kind} {mix['face ' + kind]}" in flat, kind
    assert f"printed invalid {mix['invalid']}" in flat
    assert f"no MRZ {mix['none']}" in flat
    assert f"TWN {mix['TD3 TWN']}" in flat
    assert f"resident certificates {mix['TD1 TWN']}" in flat
    assert "Written without running the OCR and without reading its code" in flat
    assert "written fresh" in flat


def test_the_new_faces_are_installed_new_and_in_setup():
    for name in (*h27.FACES, *h27.PAGE_FACES):
        assert h27.face_path(name).is_file(), name
    assert h27.font("verana", 40).getname() == ("Verana", "Bold")
    assert h27.font("cantarell", 40).getname() == ("Cantarell", "Bold")
    assert h27.font("bandal", 40).getname()[0] == "Bandal"
    assert {h27.FACES[f][1] for f in h27.NEW_FACES} == set(h27.PACKAGES)
    setup = (ROOT / "scripts" / "setup-system.sh").read_text(encoding="utf-8")
    assert all(setup.split().count(p) == 1 for p in h27.PACKAGES)
    assert "bench/mrz_heldout27.py" in setup
    files = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "bench", "scripts", "tests"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    mine = {"bench/mrz_heldout27.py", "tests/documents/test_mrz_heldout27.py"}
    names = [*h27.PACKAGES, *(Path(h27.FACES[f][0]).name for f in h27.NEW_FACES)]
    for f in sorted(set(files) - mine - {"scripts/setup-system.sh"}):
        path = ROOT / f
        if path.suffix in (".py", ".sh", ".md", ".txt", ".toml", ".tsv", ".json"):
            text = path.read_text(encoding="utf-8", errors="replace")
            assert not any(n in text for n in names), f


def test_every_face_stands_centred_in_its_cell_on_the_baseline():
    cap, pitch, base = 30.0, 32.0, 50.0
    for face in h27.FACES:
        canvas = np.zeros((70, int(pitch) * 8), np.float32)
        text = "0O8BHZ<7"
        h27.set_line(canvas, text, [face] * len(text), 0.0, base, pitch, cap)
        for i, ch in enumerate(text):
            cell = canvas[:, int(i * pitch) : int((i + 1) * pitch)]
            cols = np.flatnonzero(cell.max(0) > 0.3)
            rows = np.flatnonzero(cell.max(1) > 0.3)
            assert len(cols) and cols[0] >= 1 and cols[-1] <= pitch - 2, (face, ch, cols)
            middle = (cols[0] + cols[-1] + 1) / 2
            assert abs(middle - pitch / 2) <= 1.5, (face, ch, middle)
            if ch in "HZ7":  # flat-bottomed glyphs stand on the baseline
                assert abs(rows[-1] + 1 - base) <= 1.5, (face, ch, rows)
            if ch == "H":
                assert abs(rows[-1] - rows[0] + 1 - cap) <= 1.5, (face, rows)
    ocrb = h27.glyph("ocrb", "0").ink
    for face in h27.NEW_FACES:  # each new face draws glyphs of its own
        other = h27.glyph(face, "0").ink
        same = cv2.resize(other, ocrb.shape[::-1], interpolation=cv2.INTER_AREA)
        assert np.abs(same - ocrb).mean() > 0.05, face


def test_a_missing_face_is_an_error_naming_its_package(tmp_path, monkeypatch):
    monkeypatch.setattr(h27, "FONT_ROOT", tmp_path)
    caches = (h27.font, h27.glyph, h27._face_size)
    for c in caches:
        c.cache_clear()
    try:
        for face, package in zip(h27.NEW_FACES, h27.PACKAGES, strict=True):
            with pytest.raises(FileNotFoundError, match=package):
                h27.face_path(face)
            with pytest.raises(FileNotFoundError, match=package):
                h27.glyph(face, "A")
        with pytest.raises(FileNotFoundError, match="never substitutes"):
            h27.sample(h27.SEED, today=TODAY)
    finally:
        for c in caches:
            c.cache_clear()


EFFECT = {
    "raking": "raking light",
    "flare": "veiling glare",
    "dzoom": "digital zoom",
    "video": "video coding",
    "greasy": "greasy lens",
}


def _some_seeds() -> dict[str, int]:
    """One seed per capture and one of a page without an MRZ, cards where the first 400
    seeds have them (smaller pages: quicker to draw)."""
    found: dict[str, int] = {}
    plans = _plans(400)
    for p in plans:
        if p.fmt in ("TD1", "TD2"):
            found.setdefault(p.capture, p.seed)
        elif p.blank == "card front":
            found.setdefault("no MRZ", p.seed)
    for p in plans:
        found.setdefault("no MRZ" if p.no_mrz else p.capture, p.seed)
    return found


def test_a_handful_of_pictures_are_sane():
    seeds = _some_seeds()
    assert set(seeds) == {*h27.CAPTURES, "no MRZ"}
    drawn: dict[str, bytes] = {}
    for kind, seed in seeds.items():
        s = h27.sample(seed, today=TODAY)
        drawn[kind] = s.jpeg
        p = h27.plan(seed, TODAY)
        img = cv2.imdecode(np.frombuffer(s.jpeg, np.uint8), cv2.IMREAD_COLOR)
        assert img is not None and img.shape == s.image.shape, kind
        hh, w = img.shape[:2]
        assert min(hh, w) >= 300 and max(hh, w) <= h27.MAX_SIDE, (kind, img.shape)
        assert 15 < float(img.mean()) < 245 and float(img.std()) > 12, kind
        assert s.level == s.capture == p.capture and f"capture {p.capture}" in s.notes
        if p.capture == "video":
            assert (w, hh) == h27.VIDEO_FRAME
        if kind == "no MRZ":
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
        assert EFFECT[kind] in s.notes, (kind, s.notes)
        lo, hi = h27.CAP_PX[kind]
        assert 0.8 * lo <= s.cap_px <= 1.1 * hi, (kind, s.cap_px)
        quad = np.array(s.mrz_quad)
        (x0, y0), (x1, y1) = quad.min(0).astype(int), quad.max(0).astype(int)
        assert x0 >= 0 and y0 >= 0 and x1 < w and y1 < hh, kind
        zone = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)[y0:y1, x0:x1].astype(float)
        assert np.percentile(zone, 90) - np.percentile(zone, 3) > 45, kind  # ink on paper
    assert h27.sample(seeds["video"], today=TODAY).jpeg == drawn["video"]  # deterministic


def test_the_generator_knows_nothing_of_the_reader():
    imports = generator_imports("mrz_heldout27")
    assert "desktop.documents.mrz.compose" in imports
    assert not any("ocr" in m or "mrz_" in m or "heldout" in m for m in imports), imports


def test_the_bench_scores_it_once(tmp_path, monkeypatch):
    """The bench refuses to score the set twice and does not score it by default."""
    from bench import bench_mrz
    from tests.documents.scored_once import assert_scored_once

    assert bench_mrz.HELDOUT27 == h27.SEED
    assert_scored_once("heldout27", h27.SEED, "twenty-seventh", tmp_path, monkeypatch)
