"""bench/mrz_heldout24.py, the twenty-fourth held-out generator, scored once by the lead:
one seed makes one picture and one truth; the truth is what mrz.compose made, printed with
at most one error, with ICAO 9303's verdict on the printed lines, or no MRZ at all. These
tests check the generator and its faces only: no OCR runs on its pictures (the set is held
out). Lean (make test is over its budget): quotas and truths on the plans, a handful of
rendered pictures."""

from __future__ import annotations

import collections
import dataclasses
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest

from bench import mrz_heldout24 as h24
from desktop.documents import layout
from desktop.documents.mrz import compose, parse
from tests.documents.conftest import TODAY
from tests.documents.scored_once import generator_imports

ROOT = Path(__file__).resolve().parents[2]


def _plans(n: int, first: int = h24.SEED) -> list[h24.Plan]:
    return [h24.plan(s, TODAY) for s in range(first, first + n)]


def test_truth_is_what_compose_made_with_its_verdict():
    kinds: collections.Counter[str] = collections.Counter()
    for p in _plans(400):
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
                assert h24.DIGIT_FOR[p.composed[i][k]] == p.printed[i][k]
            else:
                assert any((c.line, c.pos) == (i, k) for c in lay.checks)
    assert kinds == {
        "check digit": 2 * h24.CHECK_DIGIT_MISPRINTS,
        "letters": 2 * (h24.INVALID_QUOTA - h24.CHECK_DIGIT_MISPRINTS),
    }, kinds


def test_taiwan_documents_look_like_taiwans():
    seen: collections.Counter[str] = collections.Counter()
    for p in _plans(200):
        if p.no_mrz:
            continue
        f = dict(p.fields)
        if p.fmt == "TD3" and f["issuing_state"] == "TWN":
            seen["passport"] += 1
            assert len(str(f["document_number"])) == 9 and str(f["document_number"]).isdigit()
            opt = str(f["optional_data"])  # the national identification number, checked
            assert len(opt) == 10 and opt[0].isalpha() and opt[1] == "21"[f["sex"] == "M"]
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


def test_taiwan_numbers_carry_their_own_check():
    """The identity and resident numbers' check (letter as two digits, weights 1 9 8 ...
    1 1): a wrong last digit fails it, so the test can fail."""

    def ok(n: str) -> bool:
        v = h24.TW_LETTER[n[0]]
        digits = [v // 10, v % 10, *map(int, n[1:])]
        return (
            sum(d * w for d, w in zip(digits, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1), strict=True)) % 10
            == 0
        )

    rng = np.random.default_rng(7)
    for second in "1289":
        n = h24._taiwan_id(rng, second)
        assert ok(n) and n[1] == second, n
        assert not ok(n[:-1] + str((int(n[-1]) + 1) % 10)), n


def test_the_mixes_are_dealt_per_block():
    plans = _plans(600)
    for block in range(3):  # every 200 consecutive seeds hold the quotas exactly
        part = plans[200 * block : 200 * (block + 1)]
        mrz = [p for p in part if not p.no_mrz]
        assert collections.Counter(p.capture for p in part) == h24.CAPTURE_QUOTA
        assert collections.Counter(p.fmt for p in part) == h24.FORMAT_QUOTA
        assert collections.Counter(p.blank for p in part if p.no_mrz) == h24.BLANK_QUOTA
        assert collections.Counter(p.face.kind for p in mrz) == h24.FACE_QUOTA
        assert sum(not p.valid for p in mrz) == h24.INVALID_QUOTA
        used = collections.Counter(p.face.other for p in mrz if p.face.kind != "ocrb")
        assert used == h24.NEW_FACE_QUOTA, used
        subs = collections.Counter(
            "glyphs" if p.face.glyphs else "line" for p in mrz if p.face.kind == "hybrid"
        )
        assert subs == h24.HYBRID_QUOTA, subs
    mrz = [p for p in plans if not p.no_mrz]
    kinds = collections.Counter(p.face.kind for p in mrz)
    assert 0.81 <= kinds["ocrb"] / len(mrz) <= 0.84, "about 83 % of MRZs wholly OCR-B"
    assert 0.08 <= kinds["other"] / len(mrz) <= 0.095, "about 8.5 % wholly in a new face"
    assert 0.09 <= sum(not p.valid for p in mrz) / len(mrz) <= 0.11
    assert sum(p.no_mrz for p in plans) / len(plans) == 0.04, "one page in twenty-five"
    for p in mrz:
        f = p.face
        if f.kind == "hybrid" and f.glyphs:  # 3 to 6 look-alikes, each printed in the zone
            assert 3 <= len(f.glyphs) <= 6 and set(f.glyphs) <= set(h24.LOOKALIKES), f
            assert all(any(c in x for x in p.printed) for c in f.glyphs), f
            assert f.face(0, f.glyphs[0]) == f.other and f.face(0, "<") == "ocrb"
        elif f.kind == "hybrid":
            assert 0 <= f.line < len(p.printed) and f.face(f.line, "<") == f.other
            assert all(f.face(i, "<") == "ocrb" for i in range(len(p.printed)) if i != f.line)
        elif f.kind == "other":
            assert all(f.face(i, c) == f.other for i in range(3) for c in "0A<")
        else:
            assert f.face(0, "0") == "ocrb" and f.label == "ocrb"
    processes = collections.Counter(p.process for p in mrz)
    assert set(processes) == set(h24.PROCESSES), processes
    assert all(p.process in ("engraved", "laser") for p in mrz if p.fmt == "TD1")
    assert all(p.process in ("inkjet", "thermal") for p in mrz if p.fmt[:3] == "MRV")
    states = collections.Counter(p.printed[0][2:5] for p in mrz if p.fmt == "TD3")
    assert states.most_common(1)[0][0] == "TWN" and states["TWN"] > 0.25 * sum(states.values())


def test_the_docstring_states_the_scored_seeds_mix():
    assert h24.scored_mix(TODAY) == h24.SCORED_MIX
    flat = " ".join((h24.__doc__ or "").split())
    for key in (*h24.FORMAT_QUOTA, *h24.CAPTURES, *h24.NEW_FACES, *h24.PROCESSES):
        if key != "none":
            assert f"{key} {h24.SCORED_MIX[key]}" in flat, key
    for kind in ("ocrb", "hybrid", "other"):
        assert f"{kind} {h24.SCORED_MIX['face ' + kind]}" in flat, kind
    assert f"printed invalid {h24.SCORED_MIX['invalid']}" in flat
    assert f"no MRZ {h24.SCORED_MIX['none']}" in flat
    assert f"TWN {h24.SCORED_MIX['TD3 TWN']}" in flat
    assert f"resident certificates {h24.SCORED_MIX['TD1 TWN']}" in flat
    assert "Written without running the OCR and without reading its code" in flat


def test_faces_are_installed_new_fixed_pitch_and_in_setup():
    for name in (*h24.FACES, *h24.PAGE_FACES):
        assert h24.face_path(name).is_file(), name
    assert h24.font("ume-mincho", 40).getname() == ("Ume Mincho", "Regular")
    assert h24.font("motoya-cedar", 40).getname() == ("MotoyaLCedar", "W3 mono")
    assert h24.font("baekmuk-headline", 40).getname() == ("Baekmuk Headline", "Regular")
    for face in ("ume-mincho", "motoya-cedar"):  # monospaced: one advance for every character
        assert len({h24.font(face, 40).getlength(c) for c in layout.ALPHABET}) == 1, face
    headline = h24.font("baekmuk-headline", 40)  # proportional: set on the pitch by glyph()
    assert len({headline.getlength(c) for c in layout.ALPHABET}) > 5
    setup = (ROOT / "scripts" / "setup-system.sh").read_text(encoding="utf-8")
    assert all(setup.split().count(p) == 1 for p in h24.PACKAGES), h24.PACKAGES
    assert "bench/mrz_heldout24.py" in setup
    assert {h24.FACES[f][1] for f in h24.NEW_FACES} == set(h24.PACKAGES)
    # new: no other file of the project names these faces' files or packages
    files = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "*.py", "*.sh", "*.md", "*.toml", "*.txt"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    mine = {"bench/mrz_heldout24.py", "tests/documents/test_mrz_heldout24.py"}
    names = [Path(h24.FACES[f][0]).name for f in h24.NEW_FACES] + list(h24.PACKAGES)
    for f in set(files) - mine - {"scripts/setup-system.sh"}:
        text = (ROOT / f).read_text(encoding="utf-8", errors="replace")
        assert not any(n in text for n in names), f


def test_every_face_draws_its_own_glyph_in_the_cell_on_the_baseline():
    cap, pitch = 30, 32
    for face in h24.NEW_FACES:
        for ch in "0O8B1I5S2Z<MWQ7":
            a, b = h24.glyph("ocrb", ch, cap, pitch), h24.glyph(face, ch, cap, pitch)
            assert a.shape == b.shape == (2 * cap, pitch)
            assert np.abs(a - b).mean() > 0.01, (face, ch)
            rows = np.flatnonzero(b.max(1) > 0.5)
            cols = np.flatnonzero(b.max(0) > 0.5)
            assert len(rows) and cols[0] >= 1 and cols[-1] <= pitch - 2, (face, ch, cols)
            if ch.isalnum() and ch != "Q":  # on the baseline (row 45), about a capital high
                assert abs(rows[-1] + 1 - 45) <= 2, (face, ch, rows)
                assert abs((rows[-1] - rows[0] + 1) - cap) <= 5, (face, ch, rows)


def test_a_missing_face_is_an_error_not_a_substitute(tmp_path, monkeypatch):
    monkeypatch.setattr(h24, "FONT_ROOT", tmp_path)
    caches = (h24.font, h24.cap_ratio, h24.glyph)
    for c in caches:
        c.cache_clear()
    try:
        for face, package in zip(h24.NEW_FACES, h24.PACKAGES, strict=True):
            with pytest.raises(FileNotFoundError, match=package):
                h24.face_path(face)
            with pytest.raises(FileNotFoundError, match=package):
                h24.glyph(face, "A", 20, 20)
        with pytest.raises(FileNotFoundError, match="never substitutes"):
            h24.sample(h24.SEED, today=TODAY)
    finally:
        for c in caches:
            c.cache_clear()


def _first_seeds() -> dict[str, int]:
    """A seed of each capture (a card's where there is one: smaller, quicker to draw) and
    of a page without an MRZ."""
    found: dict[str, int] = {}
    for i, p in enumerate(_plans(200)):
        found.setdefault("no MRZ" if p.no_mrz else p.capture, h24.SEED + i)
    for i, p in enumerate(_plans(200)):
        if p.fmt in ("TD1", "TD2") and found[p.capture] >= 0:
            found[p.capture] = -(h24.SEED + i)  # marked: the first card taken
    return {k: abs(v) for k, v in found.items()}


def test_every_capture_makes_a_sane_picture_of_its_truth():
    found = _first_seeds()
    assert set(found) == {*h24.CAPTURES, "no MRZ"}, found
    for kind, seed in sorted(found.items(), key=lambda x: x[1]):
        s = h24.sample(seed, today=TODAY)
        img = cv2.imdecode(np.frombuffer(s.jpeg, np.uint8), cv2.IMREAD_COLOR)
        assert img is not None and img.shape == s.image.shape
        h, w = img.shape[:2]
        assert 300 <= w <= h24.MAX_SIDE and 300 <= h <= h24.MAX_SIDE, (kind, img.shape)
        assert 20 < float(img.mean()) < 235 and float(img.std()) > 10, kind
        p = h24.plan(seed, TODAY)
        assert s.level == s.capture == p.capture and f"capture {s.capture}" in s.notes
        if kind == "no MRZ":
            assert (s.lines, s.valid, s.format, s.mrz_quad, s.font) == ((), False, "none", (), "")
            assert "no MRZ" in s.notes and "face" not in s.notes
            continue
        assert (s.lines, s.valid, s.format) == (p.printed, p.valid, p.fmt)
        assert ("invalid as printed" in s.notes) == (p.printed != p.composed), s.notes
        assert f"face {s.font}" in s.notes and s.face_kind == p.face.kind
        assert f"print {p.process}" in s.notes
        lo, hi = h24.CAP_PX[s.capture]
        assert 0.8 * lo <= s.cap_px <= 1.15 * hi, (kind, s.cap_px)
        quad = np.array(s.mrz_quad)
        assert (quad >= 0).all() and (quad[:, 0] < w).all() and (quad[:, 1] < h).all(), kind
        x0, y0 = quad.min(0).astype(int)
        x1, y1 = quad.max(0).astype(int)
        grey = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
        zone = grey[y0:y1, x0:x1]
        assert np.percentile(zone, 3) < np.percentile(zone, 90) - 40, kind  # ink is there
        effect = {
            "fingers": "thumb over",
            "closeup": "barrel distortion",
            "hologram": "holographic overlay",
            "worn": "crease across the zone",
            "oversharp": "over-sharpening",
            "cockle": "humidity cockle",
            "cast": " cast",
        }[kind]
        assert effect in s.notes, (kind, s.notes)
    # deterministic per seed
    assert (
        h24.sample(found["hologram"], today=TODAY).jpeg
        == h24.sample(found["hologram"], today=TODAY).jpeg
    )


def _small_page(fmt: str = "TD1") -> tuple[h24.Plan, h24.Page]:
    p = next(p for p in _plans(40) if p.fmt == fmt)
    return p, h24._page(np.random.default_rng(1), dataclasses.replace(p, process="laser"), 6.0, [])


def test_the_thumb_covers_a_corner_never_the_zone():
    """Over the real zone the thumb has room; over a band just below the upper edge (as if
    the zone stood there) it retreats into the corner or stays away."""
    _, page = _small_page()
    ppm = page.ppm
    band = np.array([[0, 7], [85.6, 7], [85.6, 20], [0, 20]]) * ppm
    drawn = 0
    for seed in range(4):
        rng = np.random.default_rng(seed)
        scene = h24._place(rng, page, 5.0, 8, 0.2, "room")
        for quad, real in ((scene.fwd(page.quad), True), (scene.fwd(band), False)):
            notes: list[str] = []
            out = h24._thumb(np.random.default_rng(seed), scene.img.copy(), scene, quad, ppm, notes)
            changed = np.abs(out - scene.img).max(-1) > 0.02
            mask = np.zeros(changed.shape, np.uint8)
            cv2.fillPoly(mask, [np.round(quad).astype(np.int32)], 1)
            assert not changed[mask > 0].any(), (seed, real)  # never on the zone
            assert bool(notes) == bool(changed.sum() > 100), (seed, notes)
            assert bool(notes) or not real, seed  # the real zone leaves room for a thumb
            drawn += bool(notes) and not real
    assert drawn >= 2, drawn  # retreated into the corner rather than left out


def test_cockle_waves_the_lines_and_the_map_follows_them():
    """The zone's baseline undulates and the returned map puts page points where the
    remapped page shows them."""
    _, page = _small_page("TD3")
    before = page.img.copy()
    fwd = h24._cockle(np.random.default_rng(3), page, [])
    base = np.array(
        [[x, page.quad[2, 1]] for x in np.linspace(page.quad[0, 0], page.quad[1, 0], 9)]
    )
    moved = fwd(base)
    assert np.ptp(moved[:, 1] - base[:, 1]) > 0.3 * page.ppm  # the line is wavy
    x0, y0 = page.quad.min(0).astype(int)
    x1, y1 = page.quad.max(0).astype(int)
    ys, xs = np.nonzero(before[y0:y1, x0:x1].mean(-1) < 0.3)  # the zone's ink ...
    ink = np.stack([xs + x0, ys + y0], -1)[::7].astype(float)
    mx, my = np.round(fwd(ink)).astype(int).T
    assert len(ink) > 50 and page.img[my, mx].mean() < 0.3  # ... is where the map says


def test_the_generator_knows_nothing_of_the_reader():
    imports = generator_imports("mrz_heldout24")
    assert "desktop.documents.mrz.compose" in imports  # the check sees the imports
    assert not any("ocr" in m or "glyphs" in m or "mrz_" in m for m in imports), imports


def test_the_bench_scores_it_once(tmp_path, monkeypatch):
    """The bench refuses to score the set twice and does not score it by default."""
    from bench import bench_mrz
    from tests.documents.scored_once import assert_scored_once

    assert bench_mrz.HELDOUT24 == h24.SEED
    assert_scored_once("heldout24", h24.SEED, "twenty-fourth", tmp_path, monkeypatch)
