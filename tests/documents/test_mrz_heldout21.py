"""bench/mrz_heldout21.py, the twenty-first held-out generator, scored once: one seed makes
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

from bench import mrz_heldout21 as h21
from desktop.documents import layout
from desktop.documents.mrz import compose, parse
from tests.documents.conftest import TODAY
from tests.documents.scored_once import fewest_seeds, generator_imports

ROOT = Path(__file__).resolve().parents[2]


def _plans(n: int, first: int = h21.SEED) -> list[h21.Plan]:
    return [h21.plan(s, TODAY) for s in range(first, first + n)]


def test_same_seed_same_picture_and_truth():
    a = h21.sample(h21.SEED + 7, today=TODAY)
    b = h21.sample(h21.SEED + 7, today=TODAY)
    assert a.jpeg == b.jpeg and np.array_equal(a.image, b.image)
    assert (a.lines, a.valid, a.notes, a.mrz_quad, a.cap_px) == (
        b.lines,
        b.valid,
        b.notes,
        b.mrz_quad,
        b.cap_px,
    )
    assert a.jpeg[:3] == b"\xff\xd8\xff"
    assert h21.sample(h21.SEED + 8, today=TODAY).jpeg != a.jpeg


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
    assert formats == {k: 2 * n for k, n in h21.FORMAT_QUOTA.items()}, formats
    assert kinds == {
        "check digit": 2 * h21.CHECK_DIGIT_MISPRINTS,
        "letters": 2 * (h21.INVALID_QUOTA - h21.CHECK_DIGIT_MISPRINTS),
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
            assert len(str(f["document_number"])) == 10 and p.composed[0][14] == "<"
    assert seen["passport"] >= 30 and seen["resident certificate"] >= 10, seen


def test_faces_are_installed_new_and_in_setup():
    for name in (*h21.FACES, *h21.PAGE_FACES):
        assert h21.face_path(name).is_file(), name
    assert h21.font("wenkai-mono", 40).getname() == ("LXGW WenKai Mono", "Regular")
    assert h21.font("kiloji", 40).getname() == ("kiloji", "Regular")
    assert h21.font("routed-gothic", 40).getname() == ("Routed Gothic", "Regular")
    assert h21.font("ocrb", 40).getname()[0].startswith("OCR")
    for face in ("wenkai-mono", "kiloji"):  # monospaced: one advance for every MRZ character
        f = h21.font(face, 40)
        assert len({f.getlength(c) for c in layout.ALPHABET}) == 1, face
    setup = (ROOT / "scripts" / "setup-system.sh").read_text(encoding="utf-8")
    words = setup.split()
    assert all(words.count(p) == 1 for p in h21.PACKAGES), h21.PACKAGES
    assert "bench/mrz_heldout21.py" in setup
    assert {h21.FACES[f][1] for f in h21.NEW_FACES} == set(h21.PACKAGES)
    # new: no other file of the project names these faces' files or packages
    files = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "*.py", "*.sh", "*.md", "*.toml"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    mine = {
        "bench/mrz_heldout21.py",
        "tests/documents/test_mrz_heldout21.py",
        "scripts/setup-system.sh",
    }
    names = [Path(h21.FACES[f][0]).name for f in h21.NEW_FACES] + list(h21.PACKAGES)
    for f in set(files) - mine:
        text = (ROOT / f).read_text(encoding="utf-8", errors="replace")
        assert not any(n in text for n in names), f


def test_every_face_draws_its_own_glyph_in_the_cell_on_the_baseline():
    cap, pitch = 30, 32
    for face in h21.NEW_FACES:
        for ch in "0O8B1I5S2Z<MWC7LT":
            a, b = h21.glyph("ocrb", ch, cap, pitch), h21.glyph(face, ch, cap, pitch)
            assert a.shape == b.shape == (2 * cap, pitch)
            assert np.abs(a - b).mean() > 0.01, (face, ch)
            rows = np.flatnonzero(b.max(1) > 0.5)
            cols = np.flatnonzero(b.max(0) > 0.5)
            assert len(rows) and len(cols), (face, ch)
            assert cols[0] >= 1 and cols[-1] <= pitch - 2, (face, ch, cols)  # inside its cell
            if ch.isalnum():  # on the baseline (row 45), about a capital high
                # kiloji is hand-lettered: its 0, 7, C, L and T float or sink up to 4 px
                tol = 4 if face == "kiloji" else 2
                assert abs(rows[-1] + 1 - 45) <= tol, (face, ch, rows)
                assert abs((rows[-1] - rows[0] + 1) - cap) <= 5, (face, ch, rows)


def test_a_missing_face_is_an_error_not_a_substitute(tmp_path, monkeypatch):
    monkeypatch.setattr(h21, "FONT_ROOT", tmp_path)
    caches = (h21.font, h21.cap_em, h21.glyph)
    for c in caches:
        c.cache_clear()
    try:
        with pytest.raises(FileNotFoundError, match="fonts-kiloji"):
            h21.face_path("kiloji")
        with pytest.raises(FileNotFoundError, match="never substitutes"):
            h21.sample(h21.SEED, today=TODAY)
    finally:
        for c in caches:
            c.cache_clear()


def test_the_mixes_are_a_taiwan_counters():
    plans = _plans(600)
    captures = collections.Counter(p.capture for p in plans)
    assert captures == {k: 3 * n for k, n in h21.CAPTURE_QUOTA.items()}, captures
    assert sum(p.no_mrz for p in plans) == 24, "pages without an MRZ, 4 %"
    blanks = collections.Counter(p.blank for p in plans if p.no_mrz)
    assert blanks == {k: 3 * n for k, n in h21.BLANK_QUOTA.items()}, blanks
    mrz = [p for p in plans if not p.no_mrz]
    kinds = collections.Counter(p.face.kind for p in mrz)
    assert kinds == {k: 3 * n for k, n in h21.FACE_QUOTA.items()}, kinds
    assert 0.81 <= kinds["ocrb"] / len(mrz) <= 0.83, "about 82 % of MRZs wholly OCR-B"
    assert 0.08 <= kinds["other"] / len(mrz) <= 0.095, "about 8 % wholly in a new face"
    invalid = sum(not p.valid for p in mrz)
    assert invalid == 3 * h21.INVALID_QUOTA and 0.09 <= invalid / len(mrz) <= 0.11, invalid
    used = collections.Counter(p.face.other for p in mrz if p.face.kind != "ocrb")
    assert set(used) == set(h21.NEW_FACES) and min(used.values()) >= 30, used
    hybrids = [p for p in mrz if p.face.kind == "hybrid"]
    subs = collections.Counter("glyphs" if p.face.glyphs else "line" for p in hybrids)
    assert subs == {k: 3 * n for k, n in h21.HYBRID_QUOTA.items()}, subs
    for p in hybrids:
        f = p.face
        assert (f.line >= 0) != bool(f.glyphs), f
        if f.glyphs:  # 3 to 6 look-alikes, each printed somewhere in the zone
            assert 3 <= len(f.glyphs) <= 6 and set(f.glyphs) <= set(h21.LOOKALIKES), f
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
    assert set(processes) == set(h21.PROCESSES), processes
    assert all(p.process in ("engraved", "laser") for p in mrz if p.fmt == "TD1")
    assert all(p.process in ("inkjet", "dotmatrix", "ribbon") for p in mrz if p.fmt[:3] == "MRV")
    states = collections.Counter(p.printed[0][2:5] for p in mrz if p.fmt == "TD3")
    assert states.most_common(1)[0][0] == "TWN" and states["TWN"] > 0.25 * sum(states.values())


def test_the_docstring_states_the_scored_seeds_mix():
    assert h21.scored_mix(TODAY) == h21.SCORED_MIX
    flat = " ".join((h21.__doc__ or "").split())
    for key in (*h21.FORMAT_QUOTA, *h21.CAPTURES, *h21.NEW_FACES, *h21.PROCESSES):
        if key != "none":
            assert f"{key} {h21.SCORED_MIX[key]}" in flat, key
    for kind in ("ocrb", "hybrid", "other"):
        assert f"{kind} {h21.SCORED_MIX['face ' + kind]}" in flat, kind
    assert f"printed invalid {h21.SCORED_MIX['invalid']}" in flat
    assert f"no MRZ {h21.SCORED_MIX['none']}" in flat
    assert f"TWN {h21.SCORED_MIX['TD3 TWN']}" in flat


def _first_seeds() -> dict[str, int]:
    kinds_of: list[tuple[int, set[str]]] = []
    for i, p in enumerate(_plans(200)):
        seed = h21.SEED + i
        kinds: set[str] = set()
        kinds_of.append((seed, kinds))
        if p.no_mrz:
            kinds.add(f"no MRZ ({p.blank})")
            continue
        for key in (p.capture, p.fmt, p.process):
            kinds.add(key)
        if p.face.kind != "ocrb":
            kinds.add(p.face.kind)
            kinds.add(p.face.other)
        if not p.valid:
            kinds.add("invalid")
    return fewest_seeds(kinds_of)


def test_every_capture_makes_a_sane_picture_of_its_truth():
    found = _first_seeds()
    expected = {*h21.CAPTURES, *layout.FORMATS, *h21.PROCESSES, "hybrid", "other", "invalid"}
    expected |= set(h21.NEW_FACES)
    assert expected | {"no MRZ (visa page)", "no MRZ (card front)"} == set(found), found
    render = functools.cache(functools.partial(h21.sample, today=TODAY))  # once a seed
    for kind, seed in sorted(found.items(), key=lambda x: x[1]):
        s = render(seed)
        img = cv2.imdecode(np.frombuffer(s.jpeg, np.uint8), cv2.IMREAD_COLOR)
        assert img is not None and img.shape == s.image.shape
        h, w = img.shape[:2]
        assert 200 <= w <= h21.MAX_SIDE and 200 <= h <= h21.MAX_SIDE, (kind, img.shape)
        assert 20 < float(img.mean()) < 240 and float(img.std()) > 5, kind
        p = h21.plan(seed, TODAY)
        assert s.level == s.capture == p.capture and f"capture {s.capture}" in s.notes
        if kind.startswith("no MRZ"):
            assert (s.lines, s.valid, s.format, s.mrz_quad, s.font) == ((), False, "none", (), "")
            assert "no MRZ" in s.notes and "face" not in s.notes
            continue
        assert (s.lines, s.valid, s.format) == (p.printed, p.valid, p.fmt)
        assert ("invalid as printed" in s.notes) == (p.printed != p.composed), s.notes
        assert f"face {s.font}" in s.notes and s.face_kind == p.face.kind
        assert f"print {p.process}" in s.notes
        lo, hi = h21.CAP_PX[s.capture]
        if s.capture in ("phone", "webcam"):  # aimed at the middle; a tilted page foreshortens
            lo, hi = lo * 0.8, hi * 1.2
        assert lo - 1.5 <= s.cap_px <= hi + 1.5, (kind, s.cap_px)
        if s.capture == "webcam":
            assert (w, h) in h21.WEBCAM_MODES, (w, h)
        quad = np.array(s.mrz_quad)
        assert (quad >= 0).all() and (quad[:, 0] < w).all() and (quad[:, 1] < h).all(), kind
        x0, y0 = quad.min(0).astype(int)
        x1, y1 = quad.max(0).astype(int)
        grey = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)[y0:y1, x0:x1]
        assert np.percentile(grey, 3) < np.percentile(grey, 90) - 40, kind  # ink is there


def _zone_band(page: h21.Page) -> np.ndarray:
    """Reflectance 2-12 mm above the page's bottom edge, where an MRZ is printed."""
    refl = page.img.mean(-1)
    h = refl.shape[0]
    return refl[h - round(12 * page.res) : h - round(2 * page.res)]


def test_a_page_without_mrz_has_no_mrz_ink_where_one_would_be():
    seen = 0
    for p in _plans(200):
        if not p.no_mrz:
            continue
        seen += 1
        notes: list[str] = []
        page = h21._page(np.random.default_rng(p.seed), p, 8.0, notes)
        assert page.quad.size == 0 and page.caps.size == 0
        assert any(n.startswith("no MRZ") for n in notes)
        # an entry stamp's outline may cross the band, never lines of dark glyphs
        assert float((_zone_band(page) < 0.35).mean()) < 0.01, p.seed
    assert seen == h21.FORMAT_QUOTA["none"]


def test_a_page_with_mrz_has_its_ink_in_the_zone():
    """The same band on a document with an MRZ is dark: the test above can fail."""
    for fmt in ("TD3", "TD1", "MRV-A"):
        p = next(p for p in _plans(80) if p.fmt == fmt and p.process != "engraved")
        page = h21._page(np.random.default_rng(p.seed), p, 8.0, [])
        assert float((_zone_band(page) < 0.35).mean()) > 0.02, fmt


def test_each_print_process_puts_ink_in_every_cell():
    p = next(p for p in _plans(40) if p.fmt == "TD3" and p.face.kind == "ocrb")
    res = 12.0
    for process in h21.PROCESSES:
        q = h21.dataclasses.replace(p, process=process)
        zone = h21._zone(np.random.default_rng(1), q, h21.DOC_MM["TD3"])
        cov = h21._coverage(q, q.printed, zone, res, q.face)
        shaped, notes = h21._print(np.random.default_rng(2), q, cov, zone, res)
        assert notes or process == "laser"
        assert shaped.shape == cov.shape and shaped.min() >= 0 and shaped.max() <= 1
        top = zone.baselines[0] - zone.cap - 2.0
        for i, line in enumerate(q.printed):
            y = round((zone.baselines[i] - zone.cap / 2 - top) * res)
            half_h, half_w = round(zone.cap * res / 2), round(zone.pitch * res / 2)
            for k, ch in enumerate(line):
                x = round((zone.x0 + (k + 0.5) * zone.pitch) * res)
                cell = shaped[y - half_h : y + half_h, x - half_w : x + half_w]
                assert cell.max() > 0.4, (process, i, k, ch)
        assert shaped[: round(1.0 * res)].max() < 0.05, process  # nothing above the zone


def test_the_captures_this_set_leans_on_happen():
    """Over the first 200 seeds' draws: the new effects are in the notes of some pictures
    (checked on the fewest phone and scan pictures that show all four: rendering is slow)."""
    # found by rendering the first 200 seeds' phone and scan pictures (88) on 2026-12-06:
    # no one seed holds all four; +32 (phone: bowed, flicker) and +37 (scan: showing
    # through, blown up again) is the earliest of the 35 pairs that do.
    seeds = (h21.SEED + 32, h21.SEED + 37)
    assert all(p.capture in ("phone", "scan") for p in (h21.plan(s, TODAY) for s in seeds))
    notes = " | ".join(h21.sample(seed, today=TODAY).notes for seed in seeds)
    for effect in ("bowed over the spine", "showing through", "blown up again", "flicker"):
        assert effect in notes, effect


def test_the_generator_knows_nothing_of_the_reader():
    imports = generator_imports("mrz_heldout21")
    assert "desktop.documents.mrz.compose" in imports  # the check sees the imports
    assert not any("ocr" in m or "glyphs" in m or "mrz_" in m for m in imports), imports


def test_the_bench_scores_it_once(tmp_path, monkeypatch):
    """The bench refuses to score the set twice and does not score it by default."""
    from bench import bench_mrz
    from tests.documents.scored_once import assert_scored_once

    assert bench_mrz.HELDOUT21 == h21.SEED
    assert_scored_once("heldout21", h21.SEED, "twenty-first", tmp_path, monkeypatch)
