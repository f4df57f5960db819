"""bench/mrz_heldout16.py, the sixteenth held-out generator, scored once: one seed makes
one picture and one truth; the truth is what mrz.compose made, printed with at most one
error, with ICAO 9303's verdict on the printed lines, or no MRZ at all. These tests check
the generator and its faces only: no OCR runs on its pictures (the set is held out)."""

from __future__ import annotations

import collections
import functools
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest

from bench import mrz_heldout16 as h16
from desktop.documents import layout
from desktop.documents.mrz import parse
from tests.documents.conftest import TODAY
from tests.documents.scored_once import fewest_seeds

ROOT = Path(__file__).resolve().parents[2]


def _plans(n: int, first: int = h16.SEED) -> list[h16.Plan]:
    return [h16.plan(s, TODAY) for s in range(first, first + n)]


def test_same_seed_same_picture_and_truth():
    a = h16.sample(h16.SEED + 3, today=TODAY)
    b = h16.sample(h16.SEED + 3, today=TODAY)
    assert a.jpeg == b.jpeg and np.array_equal(a.image, b.image)
    assert (a.lines, a.valid, a.notes, a.mrz_quad) == (b.lines, b.valid, b.notes, b.mrz_quad)
    assert a.jpeg[:3] == b"\xff\xd8\xff"
    assert h16.sample(h16.SEED + 4, today=TODAY).jpeg != a.jpeg


def test_truth_is_what_9303_composes_with_its_verdict():
    formats: collections.Counter[str] = collections.Counter()
    kinds: collections.Counter[str] = collections.Counter()
    for p in _plans(400):
        formats[p.fmt] += 1
        if p.no_mrz:
            assert (p.printed, p.composed, p.valid) == ((), (), False)
            continue
        assert parse(p.composed, today=TODAY).valid, p.composed
        doc = parse(p.printed, today=TODAY)
        assert doc.format == p.fmt and doc.valid is p.valid, p.printed
        lay = layout.layout(p.fmt)
        assert len(p.printed) == lay.lines and all(len(x) == lay.width for x in p.printed)
        changed = [
            (i, k)
            for i, (x, y) in enumerate(zip(p.composed, p.printed, strict=True))
            for k, (cx, cy) in enumerate(zip(x, y, strict=True))
            if cx != cy
        ]
        assert p.valid is not bool(changed) and len(changed) <= 1, (p.composed, p.printed)
        assert p.misprint.startswith("invalid as printed") is bool(changed), p.misprint
        if changed:
            kinds["check digit" if "check digit" in p.misprint else "letters field"] += 1
    assert formats == {k: 2 * n for k, n in h16.FORMAT_QUOTA.items()}, formats
    assert 30 <= sum(kinds.values()) <= 40, kinds  # one slot in ten, less the no-MRZ pages
    assert kinds["check digit"] >= 15 and kinds["letters field"] >= 5, kinds


def test_faces_are_installed_new_and_in_setup():
    for name in (*h16.FACES, *h16.PAGE_FACES):
        assert h16.face_path(name).is_file(), name
    for name in h16.FACES:  # every MRZ face advances by one pitch for every character
        f = h16.font(name, 200)
        assert len({f.getlength(c) for c in layout.ALPHABET}) == 1, name
    setup = (ROOT / "scripts" / "setup-system.sh").read_text(encoding="utf-8")
    words = setup.split()
    assert all(p in words for p in h16.PACKAGES)
    assert {h16.FACES[f][1] for f in h16.NEW_FACES} == set(h16.PACKAGES)
    # new: no earlier generator nor the OCR's tests or scripts name these files or packages
    files = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "*.py"], capture_output=True, text=True, check=True
    ).stdout.split()
    mine = {"bench/mrz_heldout16.py", "tests/documents/test_mrz_heldout16.py"}
    names = [Path(h16.FACES[f][0]).name for f in h16.NEW_FACES] + list(h16.PACKAGES)
    for f in set(files) - mine:
        text = (ROOT / f).read_text(encoding="utf-8", errors="replace")
        assert not any(n in text for n in names), f
    assert setup.count("fonts-wqy-zenhei") == 1 and setup.count("fonts-unfonts-extra") == 1


def test_another_face_draws_another_glyph_in_the_same_cell():
    for face in h16.NEW_FACES:
        for ch in "0O8B1I5S<":
            a, b = h16.glyph("ocrb", ch, 30, 32), h16.glyph(face, ch, 30, 32)
            assert a.shape == b.shape == (60, 32)
            assert np.abs(a - b).mean() > 0.01, (face, ch)
            rows = np.flatnonzero(b.max(1) > 0.5)
            cols = np.flatnonzero(b.max(0) > 0.5)
            assert len(rows) and len(cols), (face, ch)
            if ch.isalnum():  # on the baseline (row 45) at about OCR-B's cap height
                assert abs(rows[-1] + 1 - 45) <= 2, (face, ch, rows)
                # UnTaza's digits stand a fifth taller than its capitals, as the face has them
                tall = 4 if ch.isalpha() else 7
                assert abs((rows[-1] - rows[0] + 1) - 30) <= tall, (face, ch, rows)
            assert cols[0] >= 1 and cols[-1] <= 30, (face, ch, cols)  # inside its cell


def test_a_missing_face_is_an_error_not_a_substitute(tmp_path, monkeypatch):
    monkeypatch.setattr(h16, "FONT_ROOT", tmp_path)
    for c in (h16.font, h16.cap_em, h16.glyph):
        c.cache_clear()
    try:
        with pytest.raises(FileNotFoundError, match="fonts-unfonts-extra"):
            h16.face_path("untaza")
        with pytest.raises(FileNotFoundError, match="never substitutes"):
            h16.sample(h16.SEED, today=TODAY)
    finally:
        for c in (h16.font, h16.cap_em, h16.glyph):
            c.cache_clear()


def test_the_mixes_are_a_taiwan_counters():
    plans = _plans(600)
    captures = collections.Counter(p.capture for p in plans)
    assert captures == {k: 3 * n for k, n in h16.CAPTURE_QUOTA.items()}, captures
    assert captures["reader"] + captures["scan"] >= 380, captures
    mrz = [p for p in plans if not p.no_mrz]
    kinds = collections.Counter(p.face.kind for p in mrz)
    assert kinds["ocrb"] >= 0.75 * len(mrz) and 45 <= kinds["hybrid"] <= 60, kinds
    assert 45 <= kinds["other"] <= 60, kinds
    assert sum(p.no_mrz for p in plans) == 24, "pages without an MRZ, 4 %"
    invalid = sum(not p.valid for p in mrz)
    assert 0.08 * len(mrz) <= invalid <= 0.11 * len(mrz), invalid
    used = collections.Counter(p.face.other for p in mrz if p.face.kind != "ocrb")
    assert set(used) == set(h16.NEW_FACES) and min(used.values()) >= 20, used
    hybrids = [p.face for p in mrz if p.face.kind == "hybrid"]
    assert any(f.line >= 0 for f in hybrids) and any(f.glyphs for f in hybrids)
    for f in hybrids:
        assert f.face(0, "<") == ("ocrb" if f.line != 0 else f.other), f
        assert all(f.face(0, c) == f.other for c in f.glyphs), f
        assert (f.line >= 0) != bool(f.glyphs), f
    processes = collections.Counter(p.process for p in mrz)
    assert set(processes) == {"laser", "inkjet", "engraved", "thermal", "ribbon"}, processes
    assert all(p.process == "ribbon" for p in mrz if p.face.other == "untaza")
    states = collections.Counter(p.printed[0][2:5] for p in mrz if p.fmt == "TD3")
    assert states.most_common(1)[0][0] == "TWN", states


def test_the_docstring_states_the_scored_seeds_mix():
    assert h16.scored_mix(TODAY) == h16.SCORED_MIX
    flat = " ".join((h16.__doc__ or "").split())
    for key in (*h16.FORMAT_QUOTA, *h16.CAPTURES, *h16.NEW_FACES):
        if key != "none":
            assert f"{key} {h16.SCORED_MIX[key]}" in flat, key
    for kind in ("ocrb", "hybrid", "other"):
        assert f"{kind} {h16.SCORED_MIX['face ' + kind]}" in flat, kind
    assert f"printed invalid {h16.SCORED_MIX['invalid']}" in flat
    assert f"no MRZ {h16.SCORED_MIX['none']}" in flat


def _first_seeds() -> dict[str, int]:
    kinds_of: list[tuple[int, set[str]]] = []
    for i, p in enumerate(_plans(200)):
        seed = h16.SEED + i
        kinds: set[str] = set()
        kinds_of.append((seed, kinds))
        if p.no_mrz:
            kinds.add("no MRZ")
            continue
        kinds.add(p.capture)
        if p.face.kind != "ocrb":
            kinds.add(p.face.kind)
        if not p.valid:
            kinds.add("invalid")
    return fewest_seeds(kinds_of)


def test_every_capture_makes_a_sane_picture_of_its_truth():
    found = _first_seeds()
    assert set(found) == {*h16.CAPTURES, "hybrid", "other", "no MRZ", "invalid"}, found
    render = functools.cache(functools.partial(h16.sample, today=TODAY))  # once a seed
    for kind, seed in found.items():
        s = render(seed)
        img = cv2.imdecode(np.frombuffer(s.jpeg, np.uint8), cv2.IMREAD_COLOR)
        assert img is not None and img.shape == s.image.shape
        h, w = img.shape[:2]
        assert 150 <= w <= 3500 and 150 <= h <= 3500, (kind, img.shape)
        assert 20 < float(img.mean()) < 240 and float(img.std()) > 10, kind
        p = h16.plan(seed, TODAY)
        assert s.level == s.capture == p.capture and f"capture {s.capture}" in s.notes
        if kind == "no MRZ":
            assert (s.lines, s.valid, s.format, s.mrz_quad, s.font) == ((), False, "none", (), "")
            assert "no MRZ" in s.notes
            continue
        assert (s.lines, s.valid, s.format) == (p.printed, p.valid, p.fmt)
        assert ("invalid as printed" in s.notes) == (p.printed != p.composed), s.notes
        assert f"face {s.font}" in s.notes and s.face_kind == p.face.kind
        lo, hi = h16.CAP_PX[s.capture]
        assert lo - 1.5 <= s.cap_px <= hi + 1.5, (kind, s.cap_px)
        if s.capture == "webcam":
            assert (w, h) in h16.WEBCAM_MODES, (w, h)
        quad = np.array(s.mrz_quad)
        assert (quad >= 0).all() and (quad[:, 0] < w).all() and (quad[:, 1] < h).all(), kind
        x0, y0 = quad.min(0).astype(int)
        x1, y1 = quad.max(0).astype(int)
        grey = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)[y0:y1, x0:x1]
        assert np.percentile(grey, 3) < np.percentile(grey, 90) - 40, kind  # ink is there


def test_a_page_without_mrz_has_no_mrz_ink_where_one_would_be():
    """The bottom band where an MRZ would be printed holds no dark print."""
    seen = 0
    for seed in range(h16.SEED, h16.SEED + 200):
        p = h16.plan(seed, TODAY)
        if not p.no_mrz:
            continue
        seen += 1
        page = h16._page(np.random.default_rng(seed), p, 10.0, False)
        h = page.img.shape[0]
        band = page.img[h - 120 : h - 20].mean(-1)  # 2-12 mm above the bottom edge
        assert page.quad.size == 0 and float(np.percentile(band, 1)) > 0.45, seed
        upper = page.img[: h - 140].mean(-1)  # stamps, a portrait, data: darker print
        assert float(upper.min()) < float(np.percentile(band, 1)) - 0.1, seed
    assert seen == h16.FORMAT_QUOTA["none"]


def test_a_page_with_mrz_has_its_ink_in_the_zone():
    """The same band on a document with an MRZ is dark: the test above can fail."""
    p = next(p for p in _plans(20) if p.fmt == "TD3")
    page = h16._page(np.random.default_rng(p.seed), p, 10.0, False)
    h = page.img.shape[0]
    assert float(np.percentile(page.img[h - 120 : h - 20].mean(-1), 1)) < 0.3


def test_the_generator_knows_nothing_of_the_reader():
    text = (ROOT / "bench" / "mrz_heldout16.py").read_text(encoding="utf-8")
    imports = [ln for ln in text.splitlines() if ln.lstrip().startswith(("import ", "from "))]
    assert not any("ocr" in ln or "glyphs" in ln or "mrz_" in ln for ln in imports), imports


def test_the_bench_scores_it_once(tmp_path, monkeypatch):
    """The bench refuses to score the set twice and does not score it by default."""
    from tests.documents.scored_once import assert_scored_once

    assert_scored_once("heldout16", h16.SEED, "sixteenth", tmp_path, monkeypatch)
