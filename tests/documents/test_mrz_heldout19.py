"""bench/mrz_heldout19.py, the nineteenth held-out generator, scored once: one seed makes
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

from bench import mrz_heldout19 as h19
from desktop.documents import layout
from desktop.documents.mrz import compose, parse
from tests.documents.conftest import TODAY
from tests.documents.scored_once import fewest_seeds

ROOT = Path(__file__).resolve().parents[2]


def _plans(n: int, first: int = h19.SEED) -> list[h19.Plan]:
    return [h19.plan(s, TODAY) for s in range(first, first + n)]


def test_same_seed_same_picture_and_truth():
    a = h19.sample(h19.SEED + 7, today=TODAY)
    b = h19.sample(h19.SEED + 7, today=TODAY)
    assert a.jpeg == b.jpeg and np.array_equal(a.image, b.image)
    assert (a.lines, a.valid, a.notes, a.mrz_quad, a.cap_px) == (
        b.lines,
        b.valid,
        b.notes,
        b.mrz_quad,
        b.cap_px,
    )
    assert a.jpeg[:3] == b"\xff\xd8\xff"
    assert h19.sample(h19.SEED + 8, today=TODAY).jpeg != a.jpeg


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
    assert formats == {k: 2 * n for k, n in h19.FORMAT_QUOTA.items()}, formats
    assert sum(kinds.values()) == 2 * h19.INVALID_QUOTA, kinds
    assert kinds["check digit"] >= 2 * h19.CHECK_DIGIT_MISPRINTS, kinds
    assert kinds["letters"] >= 10, kinds


def test_taiwan_documents_look_like_taiwans():
    for p in _plans(200):
        if p.no_mrz:
            continue
        f = dict(p.fields)
        if p.fmt == "TD3" and f["issuing_state"] == "TWN":
            number = str(f["document_number"])
            assert len(number) == 9 and number.isdigit(), number  # nine-digit numbers
            opt = str(f["optional_data"])
            assert len(opt) == 10 and opt[0].isalpha() and opt[1] in "12", opt  # national ID
        if p.fmt == "TD1" and f["issuing_state"] == "TWN":
            assert f["nationality"] != "TWN"  # a resident certificate's holder is foreign


def test_faces_are_installed_new_and_in_setup():
    for name in (*h19.FACES, *h19.PAGE_FACES):
        assert h19.face_path(name).is_file(), name
    assert h19.font("cursor", 40).getname()[0] == "TeX Gyre Cursor"
    assert h19.font("migmix-1m", 40).getname()[0] == "MigMix 1M"
    assert h19.font("osifont", 40).getname()[0] == "osifont"
    assert h19.font("ocrb", 40).getname()[0].startswith("OCR")
    setup = (ROOT / "scripts" / "setup-system.sh").read_text(encoding="utf-8")
    words = setup.split()
    assert all(words.count(p) == 1 for p in h19.PACKAGES), h19.PACKAGES
    assert "bench/mrz_heldout19.py" in setup
    assert {h19.FACES[f][1] for f in h19.NEW_FACES} == set(h19.PACKAGES)
    # new: no other Python file of the project names these faces' files or packages
    files = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "*.py"], capture_output=True, text=True, check=True
    ).stdout.split()
    mine = {"bench/mrz_heldout19.py", "tests/documents/test_mrz_heldout19.py"}
    names = [Path(h19.FACES[f][0]).name for f in h19.NEW_FACES] + list(h19.PACKAGES)
    for f in set(files) - mine:
        text = (ROOT / f).read_text(encoding="utf-8", errors="replace")
        assert not any(n in text for n in names), f


def test_another_face_draws_another_glyph_in_the_same_cell():
    cap, pitch = 30, 32
    for face in h19.NEW_FACES:
        for ch in "0O8B1I5S2Z<":
            a, b = h19.glyph("ocrb", ch, cap, pitch), h19.glyph(face, ch, cap, pitch)
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
    monkeypatch.setattr(h19, "FONT_ROOT", tmp_path)
    for c in (h19.font, h19.cap_em, h19.glyph):
        c.cache_clear()
    try:
        with pytest.raises(FileNotFoundError, match="fonts-osifont"):
            h19.face_path("osifont")
        with pytest.raises(FileNotFoundError, match="never substitutes"):
            h19.sample(h19.SEED, today=TODAY)
    finally:
        for c in (h19.font, h19.cap_em, h19.glyph):
            c.cache_clear()


def test_the_mixes_are_a_taiwan_counters():
    plans = _plans(600)
    captures = collections.Counter(p.capture for p in plans)
    assert captures == {k: 3 * n for k, n in h19.CAPTURE_QUOTA.items()}, captures
    assert sum(p.no_mrz for p in plans) == 24, "pages without an MRZ, 4 %"
    mrz = [p for p in plans if not p.no_mrz]
    kinds = collections.Counter(p.face.kind for p in mrz)
    assert kinds == {k: 3 * n for k, n in h19.FACE_QUOTA.items()}, kinds
    assert 0.84 <= kinds["ocrb"] / len(mrz) <= 0.86, "about 85 % of MRZs wholly OCR-B"
    invalid = sum(not p.valid for p in mrz)
    assert invalid == 3 * h19.INVALID_QUOTA and 0.09 <= invalid / len(mrz) <= 0.11, invalid
    used = collections.Counter(p.face.other for p in mrz if p.face.kind != "ocrb")
    assert set(used) == set(h19.NEW_FACES) and min(used.values()) >= 20, used
    hybrids = [p for p in mrz if p.face.kind == "hybrid"]
    subs = collections.Counter("glyphs" if p.face.glyphs else "line" for p in hybrids)
    assert subs == {k: 3 * n for k, n in h19.HYBRID_QUOTA.items()}, subs
    for p in hybrids:
        f = p.face
        assert (f.line >= 0) != bool(f.glyphs), f
        if f.glyphs:  # 3 to 6 look-alikes, each printed somewhere in the zone
            assert 3 <= len(f.glyphs) <= 6 and set(f.glyphs) <= set(h19.LOOKALIKES), f
            assert all(any(c in x for x in p.printed) for c in f.glyphs), f
            assert all(f.face(0, c) == f.other for c in f.glyphs), f
            assert f.face(0, "<") == "ocrb"
        else:
            assert f.face(f.line, "<") == f.other and f.face(1 - min(f.line, 1), "<") == "ocrb"
    for p in mrz:
        if p.face.kind == "other":
            assert all(p.face.face(i, c) == p.face.other for i in range(3) for c in "0A<")
        if p.face.kind == "ocrb":
            assert p.face.face(0, "0") == "ocrb" and p.face.label == "ocrb"
    processes = collections.Counter(p.process for p in mrz)
    assert set(processes) == set(h19.PROCESSES), processes
    assert all(p.process in ("laser300", "thermal", "engraved") for p in mrz if p.fmt == "TD1")
    assert not any(p.process == "engraved" for p in mrz if p.fmt in ("MRV-A", "MRV-B"))
    states = collections.Counter(p.printed[0][2:5] for p in mrz if p.fmt == "TD3")
    assert states.most_common(1)[0][0] == "TWN" and states["TWN"] > 0.25 * sum(states.values())
    blanks = collections.Counter(p.blank for p in plans if p.no_mrz)
    assert blanks == {k: 3 * n for k, n in h19.BLANK_QUOTA.items()}, blanks


def test_the_docstring_states_the_scored_seeds_mix():
    assert h19.scored_mix(TODAY) == h19.SCORED_MIX
    flat = " ".join((h19.__doc__ or "").split())
    for key in (*h19.FORMAT_QUOTA, *h19.CAPTURES, *h19.NEW_FACES, *h19.PROCESSES):
        if key != "none":
            assert f"{key} {h19.SCORED_MIX[key]}" in flat, key
    for kind in ("ocrb", "hybrid", "other"):
        assert f"{kind} {h19.SCORED_MIX['face ' + kind]}" in flat, kind
    assert f"printed invalid {h19.SCORED_MIX['invalid']}" in flat
    assert f"no MRZ {h19.SCORED_MIX['none']}" in flat
    assert f"TWN {h19.SCORED_MIX['TD3 TWN']}" in flat


def _first_seeds() -> dict[str, int]:
    kinds_of: list[tuple[int, set[str]]] = []
    for i, p in enumerate(_plans(200)):
        seed = h19.SEED + i
        kinds: set[str] = set()
        kinds_of.append((seed, kinds))
        if p.no_mrz:
            kinds.add(f"no MRZ ({p.blank})")
            continue
        kinds.add(p.capture)
        kinds.add(p.fmt)
        kinds.add(p.process)
        if p.face.kind != "ocrb":
            kinds.add(p.face.kind)
        if not p.valid:
            kinds.add("invalid")
    return fewest_seeds(kinds_of)


def test_every_capture_makes_a_sane_picture_of_its_truth():
    found = _first_seeds()
    expected = {*h19.CAPTURES, *layout.FORMATS, *h19.PROCESSES, "hybrid", "other", "invalid"}
    assert expected | {"no MRZ (visa page)", "no MRZ (card front)"} == set(found), found
    render = functools.cache(functools.partial(h19.sample, today=TODAY))  # once a seed
    for kind, seed in sorted(found.items(), key=lambda x: x[1]):
        s = render(seed)
        img = cv2.imdecode(np.frombuffer(s.jpeg, np.uint8), cv2.IMREAD_COLOR)
        assert img is not None and img.shape == s.image.shape
        h, w = img.shape[:2]
        assert 150 <= w <= 3500 and 150 <= h <= 3500, (kind, img.shape)
        assert 20 < float(img.mean()) < 240 and float(img.std()) > 10, kind
        p = h19.plan(seed, TODAY)
        assert s.level == s.capture == p.capture and f"capture {s.capture}" in s.notes
        if kind.startswith("no MRZ"):
            assert (s.lines, s.valid, s.format, s.mrz_quad, s.font) == ((), False, "none", (), "")
            assert "no MRZ" in s.notes and "face" not in s.notes
            continue
        assert (s.lines, s.valid, s.format) == (p.printed, p.valid, p.fmt)
        assert ("invalid as printed" in s.notes) == (p.printed != p.composed), s.notes
        assert f"face {s.font}" in s.notes and s.face_kind == p.face.kind
        assert f"print {p.process}" in s.notes
        lo, hi = h19.CAP_PX[s.capture]
        if s.capture in ("phone", "webcam"):  # aimed at; a tilted page foreshortens them
            lo *= 0.8
        assert lo - 1.5 <= s.cap_px <= hi + 1.5, (kind, s.cap_px)
        if s.capture == "webcam":
            assert (w, h) in h19.WEBCAM_MODES, (w, h)
        quad = np.array(s.mrz_quad)
        assert (quad >= 0).all() and (quad[:, 0] < w).all() and (quad[:, 1] < h).all(), kind
        x0, y0 = quad.min(0).astype(int)
        x1, y1 = quad.max(0).astype(int)
        grey = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)[y0:y1, x0:x1]
        assert np.percentile(grey, 3) < np.percentile(grey, 90) - 40, kind  # ink is there


def _band(page: h19.Page) -> np.ndarray:
    """The page's visible reflectance 2-12 mm above its bottom edge, where an MRZ is."""
    refl = h19._reflectance(page, False, np.random.default_rng(0)).mean(-1)
    h = refl.shape[0]
    return refl[h - round(12 * page.res) : h - round(2 * page.res)]


def test_a_page_without_mrz_has_no_mrz_ink_where_one_would_be():
    seen = 0
    for p in _plans(200):
        if not p.no_mrz:
            continue
        seen += 1
        page = h19._page(np.random.default_rng(p.seed), p, 8.0)
        assert page.quad.size == 0 and page.caps.size == 0 and page.mrz.max() == 0
        assert float(np.percentile(_band(page), 1)) > 0.4, p.seed
        assert float(page.carbon.max()) > 0.5 or p.blank == "visa page", p.seed
    assert seen == h19.FORMAT_QUOTA["none"]


def test_a_page_with_mrz_has_its_ink_in_the_zone():
    """The same band on a document with an MRZ is dark: the test above can fail."""
    for fmt in ("TD3", "TD1", "MRV-A"):
        p = next(p for p in _plans(60) if p.fmt == fmt and p.process != "engraved")
        page = h19._page(np.random.default_rng(p.seed), p, 8.0)
        assert float(np.percentile(_band(page), 1)) < 0.3, fmt


def test_each_print_process_puts_its_ink_in_the_cells():
    """Every way OCR-B reaches the page leaves ink in each cell and none far above the
    zone; engraving is grey, toner, resin and pigment dark."""
    p = next(p for p in _plans(40) if p.fmt == "TD3" and p.face.kind == "ocrb")
    zone = h19._zone(np.random.default_rng(1), "TD3", 125.0, 88.0)
    box = (zone.x0 - 1.5, zone.baselines[0] - 5.0, zone.x0 + 44 * zone.pitch + 1.5, 87.0)
    res = 12.0
    for process in h19.PROCESSES:
        cov, ink, relief, notes = h19._print(
            np.random.default_rng(2), process, p.printed, p.face, zone, box, res
        )
        assert notes and cov.shape == (
            round((box[3] - box[1]) * res),
            round((box[2] - box[0]) * res),
        )
        for i, line in enumerate(p.printed):
            y = round((zone.baselines[i] - zone.cap / 2 - box[1]) * res)
            for k, ch in enumerate(line):
                if ch == "<":
                    continue
                x = round((zone.x0 + (k + 0.5) * zone.pitch - box[0]) * res)
                half_h, half_w = round(zone.cap * res / 2), round(zone.pitch * res / 2)
                cell = cov[y - half_h : y + half_h, x - half_w : x + half_w]
                assert cell.max() > 0.5, (process, i, k, ch)
        assert cov[: round(1.0 * res)].max() < 0.05, process  # nothing above the zone
        grey = float(ink.mean())
        assert (0.35 < grey < 0.6) if process == "engraved" else grey < 0.2, (process, grey)
        assert (relief is not None) == (process == "engraved"), process


def test_infrared_drops_the_dye_print_and_keeps_the_mrz():
    p = next(p for p in _plans(40) if p.fmt == "TD3" and p.process == "laser300")
    page = h19._page(np.random.default_rng(3), p, 8.0)
    rng = np.random.default_rng(4)
    white, ir = h19._reflectance(page, False, rng), h19._reflectance(page, True, rng)
    paper = (page.carbon < 0.05) & (page.mrz < 0.05)
    # the guilloche, tint and labels vary the white-light paper; in infrared they are gone
    assert white.mean(-1)[paper].std() > 1.5 * ir.mean(-1)[paper].std()
    assert float(ir.mean(-1)[page.mrz > 0.9].mean()) < 0.3  # carbon ink stays dark


def test_the_generator_knows_nothing_of_the_reader():
    text = (ROOT / "bench" / "mrz_heldout19.py").read_text(encoding="utf-8")
    imports = [ln for ln in text.splitlines() if ln.lstrip().startswith(("import ", "from "))]
    assert not any("ocr" in ln or "glyphs" in ln or "mrz_" in ln for ln in imports), imports


def test_the_bench_scores_it_once(tmp_path, monkeypatch):
    """The bench refuses to score the set twice and does not score it by default."""
    from bench import bench_mrz
    from tests.documents.scored_once import assert_scored_once

    assert bench_mrz.HELDOUT19 == h19.SEED
    assert_scored_once("heldout19", h19.SEED, "nineteenth", tmp_path, monkeypatch)
