"""bench/mrz_heldout17.py, the seventeenth held-out generator, scored once: one seed makes
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

from bench import mrz_heldout17 as h17
from desktop.documents import layout
from desktop.documents.mrz import compose, parse
from tests.documents.conftest import TODAY
from tests.documents.scored_once import fewest_seeds

ROOT = Path(__file__).resolve().parents[2]


def _plans(n: int, first: int = h17.SEED) -> list[h17.Plan]:
    return [h17.plan(s, TODAY) for s in range(first, first + n)]


def test_same_seed_same_picture_and_truth():
    a = h17.sample(h17.SEED + 5, today=TODAY)
    b = h17.sample(h17.SEED + 5, today=TODAY)
    assert a.jpeg == b.jpeg and np.array_equal(a.image, b.image)
    assert (a.lines, a.valid, a.notes, a.mrz_quad, a.cap_px) == (
        b.lines,
        b.valid,
        b.notes,
        b.mrz_quad,
        b.cap_px,
    )
    assert a.jpeg[:3] == b"\xff\xd8\xff"
    assert h17.sample(h17.SEED + 6, today=TODAY).jpeg != a.jpeg


def test_truth_is_what_compose_made_with_its_verdict():
    formats: collections.Counter[str] = collections.Counter()
    kinds: collections.Counter[str] = collections.Counter()
    for p in _plans(400):
        formats[p.fmt] += 1
        if p.no_mrz:
            assert (p.printed, p.composed, p.valid, p.fields) == ((), (), False, ())
            continue
        assert compose(p.fmt, **dict(p.fields)) == p.composed  # type: ignore[arg-type]
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
            kinds["check digit" if "check digit" in p.misprint else "letters"] += 1
            if "check digit" not in p.misprint:  # a digit where only letters may stand
                ((i, k),) = changed
                assert p.printed[i][k].isdigit() and p.composed[i][k].isalpha()
    assert formats == {k: 2 * n for k, n in h17.FORMAT_QUOTA.items()}, formats
    assert sum(kinds.values()) == 2 * h17.INVALID_QUOTA, kinds
    assert kinds["check digit"] >= 2 * h17.CHECK_DIGIT_MISPRINTS, kinds
    assert kinds["letters"] >= 8, kinds


def test_faces_are_installed_new_and_in_setup():
    for name in (*h17.FACES, *h17.PAGE_FACES):
        assert h17.face_path(name).is_file(), name
    assert h17.font("uming-tw", 40).getname()[0] == "AR PL UMing TW"
    assert h17.font("ocrb", 40).getname()[0].startswith("OCR")
    setup = (ROOT / "scripts" / "setup-system.sh").read_text(encoding="utf-8")
    words = setup.split()
    assert all(words.count(p) == 1 for p in h17.PACKAGES), h17.PACKAGES
    assert "bench/mrz_heldout17.py" in setup
    assert {h17.FACES[f][1] for f in h17.NEW_FACES} == set(h17.PACKAGES)
    # new: no other Python file of the project (generators, the OCR's tests, scripts)
    # names these faces' files or packages
    files = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "*.py"], capture_output=True, text=True, check=True
    ).stdout.split()
    mine = {"bench/mrz_heldout17.py", "tests/documents/test_mrz_heldout17.py"}
    names = [Path(h17.FACES[f][0]).name for f in h17.NEW_FACES] + list(h17.PACKAGES)
    for f in set(files) - mine:
        text = (ROOT / f).read_text(encoding="utf-8", errors="replace")
        assert not any(n in text for n in names), f


def test_another_face_draws_another_glyph_in_the_same_cell():
    cap, pitch = 30, 32
    for face in h17.NEW_FACES:
        for ch in "0O8B1I5S2Z<":
            a, b = h17.glyph("ocrb", ch, cap, pitch), h17.glyph(face, ch, cap, pitch)
            assert a.shape == b.shape == (2 * cap, pitch)
            assert np.abs(a - b).mean() > 0.01, (face, ch)
            rows = np.flatnonzero(b.max(1) > 0.5)
            cols = np.flatnonzero(b.max(0) > 0.5)
            assert len(rows) and len(cols), (face, ch)
            assert cols[0] >= 1 and cols[-1] <= pitch - 2, (face, ch, cols)  # inside its cell
            if ch.isalnum():  # on the baseline (row 45), about a capital high
                assert abs(rows[-1] + 1 - 45) <= 2, (face, ch, rows)
                assert abs((rows[-1] - rows[0] + 1) - cap) <= 4, (face, ch, rows)


def test_a_missing_face_is_an_error_not_a_substitute(tmp_path, monkeypatch):
    monkeypatch.setattr(h17, "FONT_ROOT", tmp_path)
    for c in (h17.font, h17.cap_em, h17.glyph):
        c.cache_clear()
    try:
        with pytest.raises(FileNotFoundError, match="fonts-arphic-uming"):
            h17.face_path("uming-tw")
        with pytest.raises(FileNotFoundError, match="never substitutes"):
            h17.sample(h17.SEED, today=TODAY)
    finally:
        for c in (h17.font, h17.cap_em, h17.glyph):
            c.cache_clear()


def test_the_mixes_are_a_taiwan_counters():
    plans = _plans(600)
    captures = collections.Counter(p.capture for p in plans)
    assert captures == {k: 3 * n for k, n in h17.CAPTURE_QUOTA.items()}, captures
    assert sum(p.no_mrz for p in plans) == 24, "pages without an MRZ, 4 %"
    mrz = [p for p in plans if not p.no_mrz]
    kinds = collections.Counter(p.face.kind for p in mrz)
    assert kinds == {k: 3 * n for k, n in h17.FACE_QUOTA.items()}, kinds
    invalid = sum(not p.valid for p in mrz)
    assert invalid == 3 * h17.INVALID_QUOTA and 0.09 <= invalid / len(mrz) <= 0.11, invalid
    used = collections.Counter(p.face.other for p in mrz if p.face.kind != "ocrb")
    assert set(used) == set(h17.NEW_FACES) and min(used.values()) >= 25, used
    hybrids = [p for p in mrz if p.face.kind == "hybrid"]
    assert any(p.face.line >= 0 for p in hybrids) and any(p.face.glyphs for p in hybrids)
    for p in hybrids:
        f = p.face
        assert (f.line >= 0) != bool(f.glyphs), f
        if f.glyphs:  # 3 to 6 look-alikes, each printed somewhere in the zone
            assert 3 <= len(f.glyphs) <= 6 and set(f.glyphs) <= set(h17.LOOKALIKES), f
            assert all(any(c in x for x in p.printed) for c in f.glyphs), f
            assert all(f.face(0, c) == f.other for c in f.glyphs), f
        else:
            assert f.face(f.line, "<") == f.other and f.face(1 - min(f.line, 1), "<") == "ocrb"
    for p in mrz:
        if p.face.kind == "other":
            assert all(p.face.face(i, c) == p.face.other for i in range(3) for c in "0A<")
        if p.face.kind == "ocrb":
            assert p.face.face(0, "0") == "ocrb"
    processes = collections.Counter(p.process for p in mrz)
    assert set(processes) == set(h17.PROCESSES), processes
    assert all(p.process == "ribbon" for p in mrz if p.face.label == "tlwg-typewriter")
    states = collections.Counter(p.printed[0][2:5] for p in mrz if p.fmt == "TD3")
    assert states.most_common(1)[0][0] == "TWN" and states["TWN"] > 0.25 * sum(states.values())
    blanks = collections.Counter(p.blank for p in plans if p.no_mrz)
    assert set(blanks) == {"visa page", "card front"}, blanks


def test_the_docstring_states_the_scored_seeds_mix():
    assert h17.scored_mix(TODAY) == h17.SCORED_MIX
    flat = " ".join((h17.__doc__ or "").split())
    for key in (*h17.FORMAT_QUOTA, *h17.CAPTURES, *h17.NEW_FACES):
        if key != "none":
            assert f"{key} {h17.SCORED_MIX[key]}" in flat, key
    for kind in ("ocrb", "hybrid", "other"):
        assert f"{kind} {h17.SCORED_MIX['face ' + kind]}" in flat, kind
    assert f"printed invalid {h17.SCORED_MIX['invalid']}" in flat
    assert f"no MRZ {h17.SCORED_MIX['none']}" in flat


def _first_seeds() -> dict[str, int]:
    kinds_of: list[tuple[int, set[str]]] = []
    for i, p in enumerate(_plans(200)):
        seed = h17.SEED + i
        kinds: set[str] = set()
        kinds_of.append((seed, kinds))
        if p.no_mrz:
            kinds.add(f"no MRZ ({p.blank})")
            continue
        kinds.add(p.capture)
        kinds.add(p.fmt)
        if p.face.kind != "ocrb":
            kinds.add(p.face.kind)
        if not p.valid:
            kinds.add("invalid")
    return fewest_seeds(kinds_of)


def test_every_capture_makes_a_sane_picture_of_its_truth():
    found = _first_seeds()
    expected = {*h17.CAPTURES, *layout.FORMATS, "hybrid", "other", "invalid"}
    assert expected | {"no MRZ (visa page)", "no MRZ (card front)"} == set(found), found
    render = functools.cache(functools.partial(h17.sample, today=TODAY))  # once a seed
    for kind, seed in found.items():
        s = render(seed)
        img = cv2.imdecode(np.frombuffer(s.jpeg, np.uint8), cv2.IMREAD_COLOR)
        assert img is not None and img.shape == s.image.shape
        h, w = img.shape[:2]
        assert 150 <= w <= 3500 and 150 <= h <= 3500, (kind, img.shape)
        assert 20 < float(img.mean()) < 240 and float(img.std()) > 10, kind
        p = h17.plan(seed, TODAY)
        assert s.level == s.capture == p.capture and f"capture {s.capture}" in s.notes
        if kind.startswith("no MRZ"):
            assert (s.lines, s.valid, s.format, s.mrz_quad, s.font) == ((), False, "none", (), "")
            assert "no MRZ" in s.notes
            continue
        assert (s.lines, s.valid, s.format) == (p.printed, p.valid, p.fmt)
        assert ("invalid as printed" in s.notes) == (p.printed != p.composed), s.notes
        assert f"face {s.font}" in s.notes and s.face_kind == p.face.kind
        lo, hi = h17.CAP_PX[s.capture]
        assert lo - 1.5 <= s.cap_px <= hi + 1.5, (kind, s.cap_px)
        if s.capture == "webcam":
            assert (w, h) in h17.WEBCAM_MODES, (w, h)
        quad = np.array(s.mrz_quad)
        assert (quad >= 0).all() and (quad[:, 0] < w).all() and (quad[:, 1] < h).all(), kind
        x0, y0 = quad.min(0).astype(int)
        x1, y1 = quad.max(0).astype(int)
        grey = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)[y0:y1, x0:x1]
        assert np.percentile(grey, 3) < np.percentile(grey, 90) - 40, kind  # ink is there


def _band(page: h17.Page) -> np.ndarray:
    """The page's reflectance 2-12 mm above its bottom edge, where an MRZ is printed."""
    refl = np.nan_to_num(page.dye, nan=1.0) * (1 - page.carbon[..., None] * (1 - page.ink))
    h = refl.shape[0]
    return refl[h - round(12 * page.res) : h - round(2 * page.res)].mean(-1)


def test_a_page_without_mrz_has_no_mrz_ink_where_one_would_be():
    seen = 0
    for p in _plans(200):
        if not p.no_mrz:
            continue
        seen += 1
        page = h17._page(np.random.default_rng(p.seed), p, 10.0)
        assert page.quad.size == 0 and page.caps.size == 0
        assert float(np.percentile(_band(page), 1)) > 0.45, p.seed
        assert float(page.carbon.max()) > 0.5, p.seed  # there is print elsewhere on the page
    assert seen == h17.FORMAT_QUOTA["none"]


def test_a_page_with_mrz_has_its_ink_in_the_zone():
    """The same band on a document with an MRZ is dark: the test above can fail."""
    for fmt in ("TD3", "TD1"):
        p = next(p for p in _plans(40) if p.fmt == fmt)
        page = h17._page(np.random.default_rng(p.seed), p, 10.0)
        assert float(np.percentile(_band(page), 1)) < 0.3, fmt


def test_the_generator_knows_nothing_of_the_reader():
    text = (ROOT / "bench" / "mrz_heldout17.py").read_text(encoding="utf-8")
    imports = [ln for ln in text.splitlines() if ln.lstrip().startswith(("import ", "from "))]
    assert not any("ocr" in ln or "glyphs" in ln or "mrz_" in ln for ln in imports), imports


def test_the_bench_scores_it_once(tmp_path, monkeypatch):
    """The bench refuses to score the set twice and does not score it by default."""
    from tests.documents.scored_once import assert_scored_once

    assert_scored_once("heldout17", h17.SEED, "seventeenth", tmp_path, monkeypatch)
