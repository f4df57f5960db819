"""bench/mrz_heldout14.py, the fourteenth held-out generator, scored once: one seed makes
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

from bench import mrz_heldout14 as h14
from desktop.documents import layout
from desktop.documents.mrz import parse
from tests.documents.conftest import TODAY
from tests.documents.scored_once import assert_scored_once, fewest_seeds

ROOT = Path(__file__).resolve().parents[2]


def _plans(n: int, first: int = h14.SEED) -> list[h14.Plan]:
    return [h14.plan(np.random.default_rng(s), TODAY) for s in range(first, first + n)]


def test_same_seed_same_picture_and_truth():
    a = h14.sample(h14.SEED + 3, today=TODAY)
    b = h14.sample(h14.SEED + 3, today=TODAY)
    assert a == b and a.jpeg == b.jpeg and np.array_equal(a.image, b.image)
    assert a.jpeg[:3] == b"\xff\xd8\xff"
    assert h14.sample(h14.SEED + 4, today=TODAY).jpeg != a.jpeg


def test_truth_is_what_9303_composes_with_its_verdict():
    formats: collections.Counter[str] = collections.Counter()
    kinds: collections.Counter[str] = collections.Counter()
    for fmt, composed, printed, valid, *_rest in _plans(400):
        formats[fmt] += 1
        assert parse(composed, today=TODAY).valid, composed
        doc = parse(printed, today=TODAY)
        assert doc.format == fmt and doc.valid is valid, printed
        lay = layout.layout(fmt)
        assert len(printed) == lay.lines and all(len(x) == lay.width for x in printed)
        changed = [
            (i, p)
            for i, (x, y) in enumerate(zip(composed, printed, strict=True))
            for p, (cx, cy) in enumerate(zip(x, y, strict=True))
            if cx != cy
        ]
        assert valid is not bool(changed) and len(changed) <= 1, (composed, printed)
        note = h14.misprint_note(fmt, composed, printed)
        assert note.startswith("invalid as printed") is bool(changed), note
        if changed:
            kinds["check digit" if "check digit" in note else "letters field"] += 1
    assert 215 <= formats["TD3"] <= 295 and 45 <= formats["TD1"] <= 95, formats
    assert 35 <= formats["MRV-A"] + formats["MRV-B"] <= 90 and formats["TD2"] >= 8, formats
    assert 22 <= sum(kinds.values()) <= 60, kinds  # about one in ten printed invalid
    assert kinds["check digit"] >= 12 and kinds["letters field"] >= 5, kinds


def test_names_are_shortened_as_icao_allows():
    assert h14.name_parts("LIN", "YU TING", 39) == ("LIN", "YU TING")
    assert h14.name_parts("SANTOS", "MARIA LOURDES OCAMPO", 20) == ("SANTOS", "MARIA L O")
    long = "BOONYARATTANASOONTORN"
    assert h14.name_parts(long, "SUPANEE", 20) == (long, "SUPANEE")  # compose cuts the rest


def test_faces_are_installed_monospaced_new_and_in_setup():
    for name in (*h14.FACES, *h14.PAGE_FACES):
        path, _index = h14.face_path(name)
        assert path.is_file(), name
    for name in h14.NEW_FACES:  # one advance for every MRZ character
        f = h14.font(name, 200)
        assert len({f.getlength(c) for c in layout.ALPHABET}) == 1, name
    setup = (ROOT / "scripts" / "setup-system.sh").read_text(encoding="utf-8").split()
    assert all(p in setup for p in h14.PACKAGES)
    assert {h14.FACES[f][2] for f in h14.NEW_FACES} == set(h14.PACKAGES)
    files = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "*.py"], capture_output=True, text=True, check=True
    ).stdout.split()
    mine = {"bench/mrz_heldout14.py", "tests/documents/test_mrz_heldout14.py"}
    names = [Path(h14.FACES[f][0]).name for f in h14.NEW_FACES]
    for f in set(files) - mine:
        text = (ROOT / f).read_text(encoding="utf-8", errors="replace")
        assert not any(n in text for n in names), f


def test_another_face_draws_another_glyph_in_the_same_cell():
    for face in h14.NEW_FACES:
        for ch in "0O8B1I5S":
            a, b = h14.glyph("ocrb", ch, 30, 32), h14.glyph(face, ch, 30, 32)
            assert a.shape == b.shape == (60, 32)
            assert np.abs(a - b).mean() > 0.01, (face, ch)
            rows = np.flatnonzero(b.max(1) > 0.5)
            assert rows[0] >= 0 and rows[-1] <= 59, (face, ch, rows)
            if ch.isalpha():  # letters on the baseline at OCR-B's height (GNU Typewriter's
                # digits are old-style: some descend, as that face draws them)
                assert abs(rows[-1] + 1 - 45) <= 2, (face, ch, rows)
                assert abs((rows[-1] - rows[0] + 1) - 30) <= 6, (face, ch, rows)
            cols = np.flatnonzero(b.max(0) > 0.5)
            assert cols[0] >= 0 and cols[-1] <= 31, (face, ch, cols)


def test_a_missing_face_is_an_error_not_a_substitute(tmp_path, monkeypatch):
    monkeypatch.setattr(h14, "FONT_ROOT", tmp_path)
    for c in (h14.font, h14.cap_em, h14.glyph):
        c.cache_clear()
    try:
        with pytest.raises(FileNotFoundError, match="fonts-gnutypewriter"):
            h14.face_path("typewriter")
        with pytest.raises(FileNotFoundError, match="never substitutes"):
            h14.sample(h14.SEED, today=TODAY)
    finally:
        for c in (h14.font, h14.cap_em, h14.glyph):
            c.cache_clear()


def test_the_mixes_are_a_taiwan_counters():
    plans = _plans(600)
    captures = collections.Counter(p[4] for p in plans)
    kinds = collections.Counter(p[5].kind for p in plans)
    assert captures["reader"] + captures["scan"] >= 380, captures
    assert 55 <= captures["phone"] <= 125 and 28 <= captures["webcam"] <= 70, captures
    assert 25 <= captures["thumbnail"] <= 65, captures
    assert 430 <= kinds["ocrb"] <= 530 and 35 <= kinds["hybrid"] <= 90, kinds
    assert 35 <= kinds["other"] <= 90, kinds
    assert 10 <= sum(p[6] for p in plans) <= 45, "pages without an MRZ, about 4 %"
    used = {p[5].other or p[5].base for p in plans if p[5].kind != "ocrb"}
    assert used == set(h14.NEW_FACES), used
    hybrids = [p[5] for p in plans if p[5].kind == "hybrid"]
    assert any(f.line >= 0 for f in hybrids) and any(f.glyphs for f in hybrids)
    for f in hybrids:
        assert f.face(0, "<") == ("ocrb" if f.line != 0 else f.other), f
        assert all(f.face(0, c) == f.other for c in f.glyphs), f


def test_the_docstring_states_the_scored_seeds_mix():
    assert h14.scored_mix(TODAY) == h14.SCORED_MIX
    doc = h14.__doc__ or ""
    flat = " ".join(doc.split())
    for key in ("TD3", "TD1", "MRV-A", "TD2", "MRV-B", "reader", "scan", "webcam", "thumbnail"):
        assert f"{key} {h14.SCORED_MIX[key]}" in flat, key
    assert f"printed invalid {h14.SCORED_MIX['invalid']}" in flat
    assert f"no MRZ {h14.SCORED_MIX['none']}" in flat


def _first_seeds() -> dict[str, int]:
    kinds_of: list[tuple[int, set[str]]] = []
    for i, (*_t, capture, fp, no_mrz) in enumerate(_plans(300)):
        seed = h14.SEED + i
        kinds: set[str] = set()
        kinds_of.append((seed, kinds))
        if no_mrz:
            kinds.add("no MRZ")
            continue
        kinds.add(capture)
        if fp.kind != "ocrb":
            kinds.add(fp.kind)
    return fewest_seeds(kinds_of)


def test_every_capture_makes_a_sane_picture_of_its_truth():
    found = _first_seeds()
    assert set(found) == {*h14.CAPTURES, "hybrid", "other", "no MRZ"}, found
    render = functools.cache(functools.partial(h14.sample, today=TODAY))  # once a seed
    for kind, seed in found.items():
        s = render(seed)
        img = cv2.imdecode(np.frombuffer(s.jpeg, np.uint8), cv2.IMREAD_COLOR)
        assert img is not None and img.shape == s.image.shape
        h, w = img.shape[:2]
        assert 200 <= w <= 3500 and 200 <= h <= 3500, (kind, img.shape)
        assert 20 < float(img.mean()) < 240 and float(img.std()) > 10, kind
        fmt, composed, printed, valid, *_rest = h14.plan(np.random.default_rng(seed), TODAY)
        if kind == "no MRZ":
            assert (s.lines, s.valid, s.format, s.mrz_quad, s.font) == ((), False, "none", (), "")
            assert "no MRZ" in s.notes
            continue
        assert (s.lines, s.valid, s.format) == (printed, valid, fmt)
        assert ("invalid as printed" in s.notes) == (printed != composed), s.notes
        assert (kind in ("hybrid", "other") and s.face_kind == kind) or kind == s.capture
        assert f"face {s.font}" in s.notes and s.level == s.capture
        lo, hi = h14.CAP_PX[s.capture]
        assert lo - 1.5 <= s.cap_px <= hi + 1.5, (kind, s.cap_px)
        if s.capture == "webcam":
            assert (w, h) in h14.WEBCAM_MODES, (w, h)
        quad = np.array(s.mrz_quad)
        assert (quad >= 0).all() and (quad[:, 0] < w).all() and (quad[:, 1] < h).all(), kind
        x0, y0 = quad.min(0).astype(int)
        x1, y1 = quad.max(0).astype(int)
        grey = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)[y0:y1, x0:x1]
        assert np.percentile(grey, 5) < np.percentile(grey, 95) - 40, kind  # ink is there


def test_a_page_without_mrz_has_no_mrz_ink_where_one_would_be():
    """The bottom band where an MRZ would be printed has no dark text rows there."""
    seed = _first_seeds()["no MRZ"]
    rng = np.random.default_rng(seed)
    fmt, _c, printed, _v, _cap, fp, no_mrz = h14.plan(rng, TODAY)
    assert no_mrz
    page = h14._page(rng, fmt, printed, fp, 10.0, True)
    h = page.ir.shape[0]
    band = page.img[h - 120 : h - 20].mean(-1)
    assert len(page.quad) == 0 and float(np.percentile(band, 1)) > 0.3


def test_the_generator_knows_nothing_of_the_reader():
    text = (ROOT / "bench" / "mrz_heldout14.py").read_text(encoding="utf-8")
    imports = [ln for ln in text.splitlines() if ln.lstrip().startswith(("import ", "from "))]
    assert not any("ocr" in ln or "glyphs" in ln or "mrz_" in ln for ln in imports), imports


def test_the_bench_scores_it_once(tmp_path, monkeypatch):
    """bench_mrz refuses MRZ_SETS=heldout14 once its result file exists, and does not
    score it by default."""
    assert_scored_once("heldout14", h14.SEED, "fourteenth", tmp_path, monkeypatch)
