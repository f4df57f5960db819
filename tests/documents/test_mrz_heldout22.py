"""bench/mrz_heldout22.py, the twenty-second held-out generator, scored once: one seed makes
one picture and one truth; the truth is what mrz.compose made, printed with at most one
error, with ICAO 9303's verdict on the printed lines, or no MRZ at all. These tests check
the generator and its faces only: no OCR runs on its pictures (the set is held out). Kept
lean (make test is over its budget): quotas and truths on the plans, a handful of
rendered pictures."""

from __future__ import annotations

import collections
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest

from bench import mrz_heldout22 as h22
from desktop.documents import layout
from desktop.documents.mrz import compose, parse
from tests.documents.conftest import TODAY
from tests.documents.scored_once import generator_imports

ROOT = Path(__file__).resolve().parents[2]


def _plans(n: int, first: int = h22.SEED) -> list[h22.Plan]:
    return [h22.plan(s, TODAY) for s in range(first, first + n)]


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
            kind = "check digit" if "check digit" in p.misprint else "letters"
            kinds[kind] += 1
            ((i, k),) = changed
            if kind == "letters":  # a digit where only letters may stand
                assert p.printed[i][k].isdigit() and p.composed[i][k].isalpha()
            else:
                assert any((c.line, c.pos) == (i, k) for c in lay.checks)
    assert formats == {k: 2 * n for k, n in h22.FORMAT_QUOTA.items()}, formats
    assert kinds == {
        "check digit": 2 * h22.CHECK_DIGIT_MISPRINTS,
        "letters": 2 * (h22.INVALID_QUOTA - h22.CHECK_DIGIT_MISPRINTS),
    }, kinds


def test_taiwan_documents_look_like_taiwans():
    seen: collections.Counter[str] = collections.Counter()
    for p in _plans(200):
        if p.no_mrz:
            continue
        f = dict(p.fields)
        if p.fmt == "TD3" and f["issuing_state"] == "TWN":
            seen["passport"] += 1
            number = str(f["document_number"])
            assert len(number) == 9 and number.isdigit(), number
            opt = str(f["optional_data"])
            assert len(opt) == 10 and opt[0].isalpha() and opt[1] in "12", opt
            assert opt[1] == ("2" if f["sex"] == "F" else "1"), (opt, f["sex"])
        if p.fmt == "TD1" and f["issuing_state"] == "TWN":
            seen["resident certificate"] += 1
            assert f["nationality"] != "TWN" and f["document_code"] == "IR"
            number = str(f["document_number"])
            assert len(number) == 10 and number[1] in "89" and p.composed[0][14] == "<"
        if p.fmt == "TD2" and f["document_code"] == "AC":
            seen["crew"] += 1
        if p.fmt.startswith("MRV"):
            assert f["nationality"] != f["issuing_state"], f
    assert seen["passport"] >= 30 and seen["resident certificate"] >= 10, seen
    assert seen["crew"] >= 3, seen


def test_faces_are_installed_new_and_in_setup():
    for name in (*h22.FACES, *h22.PAGE_FACES):
        assert h22.face_path(name).is_file(), name
    assert h22.font("takao-gothic", 40).getname() == ("TakaoGothic", "Regular")
    assert h22.font("c64", 40).getname() == ("C-64", "Regular")
    assert h22.font("cwtex-fs", 40).getname()[0] == "cwTeXFangSong"
    assert h22.font("ocrb", 40).getname()[0].startswith("OCR")
    for face in ("takao-gothic", "c64"):  # monospaced: one advance for every MRZ character
        f = h22.font(face, 40)
        assert len({f.getlength(c) for c in layout.ALPHABET}) == 1, face
    setup = (ROOT / "scripts" / "setup-system.sh").read_text(encoding="utf-8")
    words = setup.split()
    assert all(words.count(p) == 1 for p in h22.PACKAGES), h22.PACKAGES
    assert "bench/mrz_heldout22.py" in setup
    assert {h22.FACES[f][1] for f in h22.NEW_FACES} == set(h22.PACKAGES)
    # new: no other file of the project names these faces' files or packages
    files = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "*.py", "*.sh", "*.md", "*.toml"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    mine = {
        "bench/mrz_heldout22.py",
        "tests/documents/test_mrz_heldout22.py",
        "scripts/setup-system.sh",
    }
    names = [Path(h22.FACES[f][0]).name for f in h22.NEW_FACES] + list(h22.PACKAGES)
    for f in set(files) - mine:
        text = (ROOT / f).read_text(encoding="utf-8", errors="replace")
        assert not any(n in text for n in names), f


def test_every_face_draws_its_own_glyph_in_the_cell_on_the_baseline():
    cap, pitch = 30, 32
    for face in h22.NEW_FACES:
        for ch in "0O8B1I5S2Z<MWC7LT":
            a, b = h22.glyph("ocrb", ch, cap, pitch), h22.glyph(face, ch, cap, pitch)
            assert a.shape == b.shape == (2 * cap, pitch)
            assert np.abs(a - b).mean() > 0.01, (face, ch)
            rows = np.flatnonzero(b.max(1) > 0.5)
            cols = np.flatnonzero(b.max(0) > 0.5)
            assert len(rows) and len(cols), (face, ch)
            assert cols[0] >= 1 and cols[-1] <= pitch - 2, (face, ch, cols)  # inside its cell
            if ch.isalnum():  # on the baseline (row 45), about a capital high
                assert abs(rows[-1] + 1 - 45) <= 2, (face, ch, rows)
                assert abs((rows[-1] - rows[0] + 1) - cap) <= 5, (face, ch, rows)


def test_a_missing_face_is_an_error_not_a_substitute(tmp_path, monkeypatch):
    monkeypatch.setattr(h22, "FONT_ROOT", tmp_path)
    caches = (h22.font, h22.cap_em, h22.glyph, h22._printed_glyph)
    for c in caches:
        c.cache_clear()
    try:
        for face, package in zip(h22.NEW_FACES, h22.PACKAGES, strict=True):
            with pytest.raises(FileNotFoundError, match=package):
                h22.face_path(face)
        with pytest.raises(FileNotFoundError, match="never substitutes"):
            h22.sample(h22.SEED, today=TODAY)
    finally:
        for c in caches:
            c.cache_clear()


def test_the_mixes_are_a_taiwan_counters():
    plans = _plans(600)
    captures = collections.Counter(p.capture for p in plans)
    assert captures == {k: 3 * n for k, n in h22.CAPTURE_QUOTA.items()}, captures
    assert sum(p.no_mrz for p in plans) == 24, "pages without an MRZ, 4 %"
    blanks = collections.Counter(p.blank for p in plans if p.no_mrz)
    assert blanks == {k: 3 * n for k, n in h22.BLANK_QUOTA.items()}, blanks
    mrz = [p for p in plans if not p.no_mrz]
    kinds = collections.Counter(p.face.kind for p in mrz)
    assert kinds == {k: 3 * n for k, n in h22.FACE_QUOTA.items()}, kinds
    assert 0.81 <= kinds["ocrb"] / len(mrz) <= 0.83, "about 82 % of MRZs wholly OCR-B"
    assert 0.08 <= kinds["other"] / len(mrz) <= 0.095, "about 9 % wholly in a new face"
    invalid = sum(not p.valid for p in mrz)
    assert invalid == 3 * h22.INVALID_QUOTA and 0.09 <= invalid / len(mrz) <= 0.11, invalid
    used = collections.Counter(p.face.other for p in mrz if p.face.kind != "ocrb")
    assert used == {k: 3 * n for k, n in h22.NEW_FACE_QUOTA.items()}, used
    hybrids = [p for p in mrz if p.face.kind == "hybrid"]
    subs = collections.Counter("glyphs" if p.face.glyphs else "line" for p in hybrids)
    assert subs == {k: 3 * n for k, n in h22.HYBRID_QUOTA.items()}, subs
    for p in hybrids:
        f = p.face
        assert (f.line >= 0) != bool(f.glyphs), f
        if f.glyphs:  # 3 to 6 look-alikes, each printed somewhere in the zone
            assert 3 <= len(f.glyphs) <= 6 and set(f.glyphs) <= set(h22.LOOKALIKES), f
            assert all(any(c in x for x in p.printed) for c in f.glyphs), f
            assert all(f.face(0, c) == f.other for c in f.glyphs) and f.face(0, "<") == "ocrb"
        else:
            assert f.face(f.line, "<") == f.other
            assert all(f.face(i, "<") == "ocrb" for i in range(len(p.printed)) if i != f.line)
    for p in mrz:
        if p.face.kind == "other":
            assert all(p.face.face(i, c) == p.face.other for i in range(3) for c in "0A<")
        if p.face.kind == "ocrb":
            assert p.face.face(0, "0") == "ocrb" and p.face.label == "ocrb"
    processes = collections.Counter(p.process for p in mrz)
    assert set(processes) == set(h22.PROCESSES), processes
    assert all(p.process in ("engraved", "laser") for p in mrz if p.fmt == "TD1")
    assert all(p.process in ("inkjet", "laser") for p in mrz if p.fmt[:3] == "MRV")
    states = collections.Counter(p.printed[0][2:5] for p in mrz if p.fmt == "TD3")
    assert states.most_common(1)[0][0] == "TWN" and states["TWN"] > 0.25 * sum(states.values())


def test_the_docstring_states_the_scored_seeds_mix():
    assert h22.scored_mix(TODAY) == h22.SCORED_MIX
    flat = " ".join((h22.__doc__ or "").split())
    for key in (*h22.FORMAT_QUOTA, *h22.CAPTURES, *h22.NEW_FACES, *h22.PROCESSES):
        if key != "none":
            assert f"{key} {h22.SCORED_MIX[key]}" in flat, key
    for kind in ("ocrb", "hybrid", "other"):
        assert f"{kind} {h22.SCORED_MIX['face ' + kind]}" in flat, kind
    assert f"printed invalid {h22.SCORED_MIX['invalid']}" in flat
    assert f"no MRZ {h22.SCORED_MIX['none']}" in flat
    assert f"TWN {h22.SCORED_MIX['TD3 TWN']}" in flat
    assert f"resident certificates {h22.SCORED_MIX['TD1 TWN']}" in flat
    assert "Written without running the OCR and without reading its code" in flat


def _first_seeds() -> dict[str, int]:
    """The first seed of each capture, and of a page without an MRZ."""
    found: dict[str, int] = {}
    for i, p in enumerate(_plans(200)):
        found.setdefault("no MRZ" if p.no_mrz else p.capture, h22.SEED + i)
    return found


def test_every_capture_makes_a_sane_picture_of_its_truth():
    found = _first_seeds()
    assert set(found) == {*h22.CAPTURES, "no MRZ"}, found
    for kind, seed in sorted(found.items(), key=lambda x: x[1]):
        s = h22.sample(seed, today=TODAY)
        img = cv2.imdecode(np.frombuffer(s.jpeg, np.uint8), cv2.IMREAD_COLOR)
        assert img is not None and img.shape == s.image.shape
        h, w = img.shape[:2]
        assert 200 <= w <= h22.MAX_SIDE and 200 <= h <= h22.MAX_SIDE, (kind, img.shape)
        bright = 254 if kind == "fax" else 240  # a fax is white paper and black bits
        assert 20 < float(img.mean()) < bright and float(img.std()) > 5, kind
        p = h22.plan(seed, TODAY)
        assert s.level == s.capture == p.capture and f"capture {s.capture}" in s.notes
        if kind == "no MRZ":
            assert (s.lines, s.valid, s.format, s.mrz_quad, s.font) == ((), False, "none", (), "")
            assert "no MRZ" in s.notes and "face" not in s.notes
            continue
        assert (s.lines, s.valid, s.format) == (p.printed, p.valid, p.fmt)
        assert ("invalid as printed" in s.notes) == (p.printed != p.composed), s.notes
        assert f"face {s.font}" in s.notes and s.face_kind == p.face.kind
        assert f"print {p.process}" in s.notes
        lo, hi = h22.CAP_PX[s.capture]
        if s.capture == "lcd":  # aimed through the screen's and the camera's scales
            lo, hi = lo * 0.9, hi * 1.1
        assert lo - 1.5 <= s.cap_px <= hi + 1.5, (kind, s.cap_px)
        quad = np.array(s.mrz_quad)
        assert (quad >= 0).all() and (quad[:, 0] < w).all() and (quad[:, 1] < h).all(), kind
        x0, y0 = quad.min(0).astype(int)
        x1, y1 = quad.max(0).astype(int)
        grey = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
        zone = grey[y0:y1, x0:x1]
        assert np.percentile(zone, 3) < np.percentile(zone, 90) - 40, kind  # ink is there
        if kind == "fax":  # one bit, up to the JPEG's ringing
            assert float(((grey > 60) & (grey < 195)).mean()) < 0.05
    # deterministic per seed (on the cheapest capture)
    first, second = [h22.SEED + i for i, p in enumerate(_plans(40)) if p.capture == "overhead"][:2]
    again = h22.sample(first, today=TODAY)
    assert again.jpeg == h22.sample(first, today=TODAY).jpeg
    assert again.jpeg != h22.sample(second, today=TODAY).jpeg


def test_the_generator_knows_nothing_of_the_reader():
    imports = generator_imports("mrz_heldout22")
    assert "desktop.documents.mrz.compose" in imports  # the check sees the imports
    assert not any("ocr" in m or "glyphs" in m or "mrz_" in m for m in imports), imports


def test_infrared_ultraviolet_and_fax_keep_the_mrz_and_change_the_rest():
    """On one small page: infrared keeps the carbon MRZ dark and fades the colour printing,
    ultraviolet casts violet over a page whose MRZ stays dark, a fax is one bit."""
    p = next(p for p in _plans(40) if p.fmt == "TD3" and p.process == "laser")
    page = h22._page(np.random.default_rng(1), p, 8.0, [])
    ink, printed = page.carbon > 0.9, (page.colour > 0.3) & (page.carbon < 0.01)
    assert ink.sum() > 500 and printed.sum() > 500
    before = page.img.mean(-1)
    ir = h22._infrared(np.random.default_rng(2), page, []).mean(-1)
    paper = float(np.median(ir))
    assert paper - float(ir[ink].mean()) > 0.6  # the MRZ: dark on pale
    assert paper - float(ir[printed].mean()) < 0.06  # the labels and portrait: nearly gone
    daylight = float(np.median(before)) - float(np.median(before[printed]))
    assert daylight > 0.1, daylight  # ... which were there in daylight
    uv = h22._uv(np.random.default_rng(3), page, [])
    r, g, b = (float(np.median(uv[..., c])) for c in range(3))
    assert b > 1.6 * r and b > 1.6 * g  # a violet cast
    assert float(uv[ink].mean()) < 0.1  # the MRZ stays dark
    img = np.repeat(before[..., None], 3, -1)
    bits, _ = h22._fax(np.random.default_rng(4), img, np.eye(3), (204, 196), [])
    assert set(np.unique(bits)) <= {0.0, 1.0} and bits.shape[1] > img.shape[1]
    bits, m = h22._fax(np.random.default_rng(4), img, np.eye(3), (196, 196), [])
    assert bits.shape == img.shape and np.array_equal(m, np.eye(3))
    assert float(bits[..., 0][ink].mean()) < 0.05  # the MRZ: black
    assert float(bits[..., 0][before > 0.8].mean()) > 0.95  # the paper: white


def test_the_bench_scores_it_once(tmp_path, monkeypatch):
    """The bench refuses to score the set twice and does not score it by default."""
    from bench import bench_mrz
    from tests.documents.scored_once import assert_scored_once

    assert bench_mrz.HELDOUT22 == h22.SEED
    assert_scored_once("heldout22", h22.SEED, "twenty-second", tmp_path, monkeypatch)
