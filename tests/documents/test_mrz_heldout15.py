"""bench/mrz_heldout15.py, the fifteenth held-out generator, scored once: one seed makes
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

from bench import mrz_heldout15 as h15
from desktop.documents import layout
from desktop.documents.mrz import parse
from tests.documents.conftest import TODAY
from tests.documents.scored_once import assert_scored_once, fewest_seeds

ROOT = Path(__file__).resolve().parents[2]


def _plans(n: int, first: int = h15.SEED) -> list[h15.Plan]:
    return [h15.plan(s, TODAY) for s in range(first, first + n)]


def test_same_seed_same_picture_and_truth():
    a = h15.sample(h15.SEED + 3, today=TODAY)
    b = h15.sample(h15.SEED + 3, today=TODAY)
    assert a.jpeg == b.jpeg and np.array_equal(a.image, b.image)
    assert (a.lines, a.valid, a.notes, a.mrz_quad) == (b.lines, b.valid, b.notes, b.mrz_quad)
    assert a.jpeg[:3] == b"\xff\xd8\xff"
    assert h15.sample(h15.SEED + 4, today=TODAY).jpeg != a.jpeg


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
    assert formats == {k: 2 * n for k, n in h15.FORMAT_QUOTA.items()}, formats
    assert 25 <= sum(kinds.values()) <= 60, kinds  # about one in ten printed invalid
    assert kinds["check digit"] >= 12 and kinds["letters field"] >= 5, kinds


def test_faces_are_installed_new_and_in_setup():
    for name in (*h15.FACES, *h15.PAGE_FACES):
        assert h15.face_path(name).is_file(), name
    for name in ("nimbus-mono", "nimbus-mono-bold", "glasstty"):  # one advance for all
        f = h15.font(name, 200)
        assert len({f.getlength(c) for c in layout.ALPHABET}) == 1, name
    setup = (ROOT / "scripts" / "setup-system.sh").read_text(encoding="utf-8").split()
    assert all(p in setup for p in h15.PACKAGES)
    assert {h15.FACES[f][1] for f in h15.NEW_FACES} == set(h15.PACKAGES)
    files = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "*.py"], capture_output=True, text=True, check=True
    ).stdout.split()
    mine = {"bench/mrz_heldout15.py", "tests/documents/test_mrz_heldout15.py"}
    names = [Path(h15.FACES[f][0]).name for f in h15.NEW_FACES]
    for f in set(files) - mine:
        text = (ROOT / f).read_text(encoding="utf-8", errors="replace")
        assert not any(n in text for n in names), f


def test_another_face_draws_another_glyph_in_the_same_cell():
    for face in h15.NEW_FACES:
        for ch in "0O8B1I5S<":
            a, b = h15.glyph("ocrb", ch, 30, 32), h15.glyph(face, ch, 30, 32)
            assert a.shape == b.shape == (60, 32)
            assert np.abs(a - b).mean() > 0.01, (face, ch)
            rows = np.flatnonzero(b.max(1) > 0.5)
            cols = np.flatnonzero(b.max(0) > 0.5)
            assert len(rows) and len(cols), (face, ch)
            if ch.isalnum():  # on the baseline (row 45) at about OCR-B's cap height
                assert abs(rows[-1] + 1 - 45) <= 2, (face, ch, rows)
                assert abs((rows[-1] - rows[0] + 1) - 30) <= 5, (face, ch, rows)
            assert cols[0] >= 1 and cols[-1] <= 30, (face, ch, cols)  # inside its cell


def test_a_missing_face_is_an_error_not_a_substitute(tmp_path, monkeypatch):
    monkeypatch.setattr(h15, "FONT_ROOT", tmp_path)
    for c in (h15.font, h15.cap_em, h15.glyph):
        c.cache_clear()
    try:
        with pytest.raises(FileNotFoundError, match="fonts-glasstty"):
            h15.face_path("glasstty")
        with pytest.raises(FileNotFoundError, match="never substitutes"):
            h15.sample(h15.SEED, today=TODAY)
    finally:
        for c in (h15.font, h15.cap_em, h15.glyph):
            c.cache_clear()


def test_the_mixes_are_a_taiwan_counters():
    plans = _plans(600)
    captures = collections.Counter(p.capture for p in plans)
    assert captures == {k: 3 * n for k, n in h15.CAPTURE_QUOTA.items()}, captures
    assert captures["reader"] + captures["scan"] >= 380, captures
    mrz = [p for p in plans if not p.no_mrz]
    kinds = collections.Counter(p.face.kind for p in mrz)
    assert kinds["ocrb"] >= 0.75 * len(mrz) and 45 <= kinds["hybrid"] <= 75, kinds
    assert 45 <= kinds["other"] <= 75, kinds
    assert sum(p.no_mrz for p in plans) == 24, "pages without an MRZ, 4 %"
    used = {p.face.other or p.face.base for p in mrz if p.face.kind != "ocrb"}
    assert used == set(h15.NEW_FACES), used
    hybrids = [p.face for p in mrz if p.face.kind == "hybrid"]
    assert any(f.line >= 0 for f in hybrids) and any(f.glyphs for f in hybrids)
    for f in hybrids:
        assert f.face(0, "<") == ("ocrb" if f.line != 0 else f.other), f
        assert all(f.face(0, c) == f.other for c in f.glyphs), f
        assert (f.line >= 0) != bool(f.glyphs), f
    processes = collections.Counter(p.process for p in mrz)
    assert set(processes) == {"laser", "inkjet", "engraved", "thermal", "ribbon"}, processes
    states = collections.Counter(p.printed[0][2:5] for p in mrz if p.fmt == "TD3")
    assert states.most_common(1)[0][0] == "TWN", states


def test_the_docstring_states_the_scored_seeds_mix():
    assert h15.scored_mix(TODAY) == h15.SCORED_MIX
    flat = " ".join((h15.__doc__ or "").split())
    for key in (
        "TD3",
        "TD1",
        "MRV-A",
        "TD2",
        "MRV-B",
        "reader",
        "scan",
        "phone",
        "webcam",
        "thumbnail",
        *h15.NEW_FACES,
    ):
        assert f"{key} {h15.SCORED_MIX[key]}" in flat, key
    for kind in ("ocrb", "hybrid", "other"):
        assert f"{kind} {h15.SCORED_MIX['face ' + kind]}" in flat, kind
    assert f"printed invalid {h15.SCORED_MIX['invalid']}" in flat
    assert f"no MRZ {h15.SCORED_MIX['none']}" in flat


def _first_seeds() -> dict[str, int]:
    kinds_of: list[tuple[int, set[str]]] = []
    for i, p in enumerate(_plans(200)):
        seed = h15.SEED + i
        kinds: set[str] = set()
        kinds_of.append((seed, kinds))
        if p.no_mrz:
            kinds.add("no MRZ")
            continue
        kinds.add(p.capture)
        if p.face.kind != "ocrb":
            kinds.add(p.face.kind)
    return fewest_seeds(kinds_of)


def test_every_capture_makes_a_sane_picture_of_its_truth():
    found = _first_seeds()
    assert set(found) == {*h15.CAPTURES, "hybrid", "other", "no MRZ"}, found
    render = functools.cache(functools.partial(h15.sample, today=TODAY))  # once a seed
    for kind, seed in found.items():
        s = render(seed)
        img = cv2.imdecode(np.frombuffer(s.jpeg, np.uint8), cv2.IMREAD_COLOR)
        assert img is not None and img.shape == s.image.shape
        h, w = img.shape[:2]
        assert 150 <= w <= 3500 and 150 <= h <= 3500, (kind, img.shape)
        assert 20 < float(img.mean()) < 240 and float(img.std()) > 10, kind
        p = h15.plan(seed, TODAY)
        if kind == "no MRZ":
            assert (s.lines, s.valid, s.format, s.mrz_quad, s.font) == ((), False, "none", (), "")
            assert "no MRZ" in s.notes
            continue
        assert (s.lines, s.valid, s.format) == (p.printed, p.valid, p.fmt)
        assert ("invalid as printed" in s.notes) == (p.printed != p.composed), s.notes
        assert (kind in ("hybrid", "other") and s.face_kind == kind) or kind == s.capture
        assert f"face {s.font}" in s.notes and s.level == s.capture
        lo, hi = h15.CAP_PX[s.capture]
        assert lo - 1.5 <= s.cap_px <= hi + 1.5, (kind, s.cap_px)
        if s.capture == "webcam":
            assert (w, h) in h15.WEBCAM_MODES, (w, h)
        quad = np.array(s.mrz_quad)
        assert (quad >= 0).all() and (quad[:, 0] < w).all() and (quad[:, 1] < h).all(), kind
        x0, y0 = quad.min(0).astype(int)
        x1, y1 = quad.max(0).astype(int)
        grey = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)[y0:y1, x0:x1]
        assert np.percentile(grey, 3) < np.percentile(grey, 90) - 40, kind  # ink is there


def test_a_page_without_mrz_has_no_mrz_ink_where_one_would_be():
    """The bottom band where an MRZ would be printed has no dark text rows there."""
    for seed in range(h15.SEED, h15.SEED + 200):
        p = h15.plan(seed, TODAY)
        if not p.no_mrz:
            continue
        page = h15._page(np.random.default_rng(seed), p, 10.0, False)
        h = page.img.shape[0]
        band = page.img[h - 120 : h - 20].mean(-1)  # 2-12 mm above the bottom edge
        assert len(page.quad) == 0 and float(np.percentile(band, 1)) > 0.45, seed
        upper = page.img[: h - 140].mean(-1)  # stamps, a portrait, data: darker print
        assert float(upper.min()) < float(np.percentile(band, 1)) - 0.1, seed


def test_the_generator_knows_nothing_of_the_reader():
    text = (ROOT / "bench" / "mrz_heldout15.py").read_text(encoding="utf-8")
    imports = [ln for ln in text.splitlines() if ln.lstrip().startswith(("import ", "from "))]
    assert not any("ocr" in ln or "glyphs" in ln or "mrz_" in ln for ln in imports), imports


def test_the_bench_scores_it_once(tmp_path, monkeypatch):
    """bench_mrz refuses MRZ_SETS=heldout15 once its result file exists, and does not
    score it by default."""
    assert_scored_once("heldout15", h15.SEED, "fifteenth", tmp_path, monkeypatch)
