"""bench/mrz_heldout10.py, issue 10's tenth held-out generator, scored once: one seed makes
one image and one truth; the truth is what mrz.compose made, printed with at most one
check digit wrong, with ICAO 9303's verdict on the printed lines, or no MRZ at all. These
tests check the generator, its faces and the bench's refusal to score it twice only: no
OCR runs on its images (the set is held out)."""

from __future__ import annotations

import collections
import dataclasses
import functools
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest

from bench import mrz_heldout10 as h10
from desktop.documents import layout
from desktop.documents.mrz import parse
from tests.documents.conftest import TODAY
from tests.documents.scored_once import fewest_seeds

ROOT = Path(__file__).resolve().parents[2]
OCRB = Path("/usr/share/fonts/opentype/ocr-b/OCRB.otf")


def _decode(jpeg: bytes) -> np.ndarray:
    img = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert img is not None
    return img


def test_same_seed_same_image_and_truth():
    a = h10.sample(h10.SEED + 3, today=TODAY)
    assert a == h10.sample(h10.SEED + 3, today=TODAY)
    assert a.jpeg[:3] == b"\xff\xd8\xff"
    assert h10.sample(h10.SEED + 4, today=TODAY).jpeg != a.jpeg


def _truths(n: int) -> list[tuple[str, tuple[str, ...], tuple[str, ...], bool]]:
    return [h10.random_mrz(np.random.default_rng(s), TODAY) for s in range(h10.SEED, h10.SEED + n)]


def test_truth_is_what_9303_composes_with_the_declared_verdict():
    formats: collections.Counter[str] = collections.Counter()
    invalid = 0
    for fmt, composed, printed, valid in _truths(400):
        formats[fmt] += 1
        assert parse(composed, today=TODAY).valid, composed
        doc = parse(printed, today=TODAY)
        assert doc.format == fmt and doc.valid is valid, printed
        lay = layout.layout(fmt)
        assert len(printed) == lay.lines and all(len(ln) == lay.width for ln in printed)
        assert all(c in layout.ALPHABET for ln in printed for c in ln)
        changed = [
            (i, p)
            for i, (x, y) in enumerate(zip(composed, printed, strict=True))
            for p, (cx, cy) in enumerate(zip(x, y, strict=True))
            if cx != cy
        ]
        if changed:  # one check digit printed wrong: the printed MRZ is invalid
            assert len(changed) == 1 and changed[0] in {(c.line, c.pos) for c in lay.checks}
            assert not valid
            invalid += 1
        else:
            assert valid
    # Passports about 55 %, cards about 20 %, every format; about 10 % printed invalid.
    assert 180 <= formats["TD3"] <= 260 and 50 <= formats["TD1"] <= 110, formats
    assert all(formats[f] >= 10 for f in layout.FORMATS), formats
    assert 20 <= invalid <= 65, invalid


def test_numbers_and_personal_data_mix_letters_and_digits():
    """The fields where check digits are weakest carry both letters and digits, look-alike
    ones among them; states come from every region; long Belgian numbers and single
    names (an empty primary identifier) occur."""
    states: collections.Counter[str] = collections.Counter()
    mixed = lookalikes = long_numbers = single_names = cut = 0
    for fmt, _composed, printed, _valid in _truths(400):
        lay = layout.layout(fmt)
        states[lay.field("issuing_state").of(printed)] += 1
        number = lay.field("document_number").of(printed).rstrip("<")
        opt = lay.field("optional_data_1" if fmt == "TD1" else "optional_data").of(printed)
        text = number + opt.replace("<", "")
        mixed += any(c.isalpha() for c in text) and any(c.isdigit() for c in text)
        lookalikes += len(set(text) & set("0O1I5S8B2Z6G")) >= 2
        long_numbers += fmt == "TD1" and printed[0][14] == "<"
        names = lay.field("names").of(printed)
        single_names += names.startswith("<<")
        cut += names[-1] != "<"  # the name fills the field to its last cell
    assert mixed >= 200 and lookalikes >= 200, (mixed, lookalikes)
    assert long_numbers >= 2 and single_names >= 2 and cut >= 2, (long_numbers, single_names, cut)
    assert len(states) >= 30, states
    assert {"TWN", "CHN", "KOR", "JPN", "VNM", "THA", "SAU", "D<<", "USA"} <= set(states)


def test_names_are_shortened_as_icao_allows():
    assert h10.name_parts("CHEN", "CHIA HSIN", 39) == ("CHEN", "CHIA HSIN")
    # Later given names become initials, the last first, until the field fits.
    assert h10.name_parts("DELA CRUZ", "MARIA CRISTINA BAUTISTA", 30) == (
        "DELA CRUZ",
        "MARIA CRISTINA B",
    )
    assert h10.name_parts("VENKATARAMAN", "NAGA VENKATA SAI KRISHNA", 30) == (
        "VENKATARAMAN",
        "NAGA VENKATA S K",
    )
    # The first given name is never cut here: what still does not fit, compose cuts.
    assert h10.name_parts("WATTANASIRICHAIGOON", "THANAPORN", 30) == (
        "WATTANASIRICHAIGOON",
        "THANAPORN",
    )


def test_ocr_b_is_where_the_set_prints_it_from():
    assert OCRB.is_file(), "fonts-ocr-b is not installed"
    assert h10.FONT_DIR / h10.FACES["ocrb"][0] == OCRB
    assert h10.face_path("ocrb") == OCRB


def test_every_face_is_installed_and_no_other_part_of_the_project_uses_the_new_ones():
    for name in (*h10.FACES, *h10.PAGE_FACES):
        assert h10.face_path(name).is_file(), name
    assert h10.FACE_KINDS == {"ocrb": 0.80, "hybrid": 0.10, "other": 0.10}
    setup = (ROOT / "scripts" / "setup-system.sh").read_text(encoding="utf-8")
    assert all(p in setup.split() for p in h10.PACKAGES), h10.PACKAGES
    assert len(h10.PACKAGES) >= 6
    others = [Path(v[0]).name for k, v in h10.FACES.items() if k != "ocrb"]
    files = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "*.py"], capture_output=True, text=True, check=True
    ).stdout.split()
    mine = {"bench/mrz_heldout10.py", "tests/documents/test_mrz_heldout10.py"}
    for f in files:
        if f in mine:
            continue
        text = (ROOT / f).read_text(encoding="utf-8", errors="replace")
        assert not any(o in text for o in others), f


def test_the_generator_knows_nothing_of_the_reader():
    """A held-out set written with the reader's code at hand is not held out."""
    text = (ROOT / "bench" / "mrz_heldout10.py").read_text(encoding="utf-8")
    imports = [ln for ln in text.splitlines() if ln.lstrip().startswith(("import ", "from "))]
    assert not any("ocr" in ln or "glyphs" in ln for ln in imports), imports


def test_a_missing_face_is_an_error_not_a_substitute(tmp_path, monkeypatch):
    monkeypatch.setattr(h10, "FONT_DIR", tmp_path)
    h10._font.cache_clear()
    h10._cap_ratio.cache_clear()
    h10._glyph.cache_clear()
    try:
        with pytest.raises(FileNotFoundError, match="fonts-monoid"):
            h10.face_path("monoid")
        with pytest.raises(FileNotFoundError, match="never substitutes"):
            h10.sample(h10.SEED, today=TODAY)
    finally:
        h10._font.cache_clear()
        h10._cap_ratio.cache_clear()
        h10._glyph.cache_clear()


def _plans(n: int) -> list[tuple[int, str, tuple[str, str, dict[tuple[int, str], str]], bool]]:
    """(seed, capture, face plan, no MRZ) of the first n seeds, drawn as sample() draws
    them before it renders anything."""
    out = []
    for seed in range(h10.SEED, h10.SEED + n):
        rng = np.random.default_rng(seed)
        _fmt, _c, printed, _v = h10.random_mrz(rng, TODAY)
        capture = h10._pick(rng, h10.CAPTURES)
        plan = h10._face_plan(rng, len(printed))
        out.append((seed, capture, plan, bool(rng.random() < h10.NO_MRZ_SHARE)))
    return out


def test_faces_ocr_b_from_another_foundry_and_other_faces_about_one_in_ten_each():
    kinds: collections.Counter[str] = collections.Counter()
    faces: collections.Counter[str] = collections.Counter()
    lines = glyphs = 0
    for _seed, _capture, (label, kind, overrides), _no in _plans(600):
        kinds[kind] += 1
        if kind == "other":
            assert label in h10.NEW_FACES and not overrides
            faces[label] += 1
        elif kind == "hybrid":
            base, rest = label.split("+")
            face, what = rest.split(":")
            assert base == "ocrb" and face in h10.NEW_FACES, label
            assert set(overrides.values()) == {face}
            faces[face] += 1
            if what.startswith("line"):
                lines += 1
                assert list(overrides) == [(int(what[4:]), "")]
                assert h10._cell_face("ocrb", overrides, int(what[4:]), "A") == face
            else:
                glyphs += 1
                assert 3 <= len(what) <= 6 and set(what) <= set(h10.HYBRID_GLYPHS)
                assert all(h10._cell_face("ocrb", overrides, 0, c) == face for c in what)
                assert h10._cell_face("ocrb", overrides, 0, "<") == "ocrb"
        else:
            assert (label, overrides) == ("ocrb", {})
    assert 430 <= kinds["ocrb"] <= 530 and 35 <= kinds["hybrid"] <= 90, kinds
    assert 35 <= kinds["other"] <= 90, kinds
    assert lines >= 8 and glyphs >= 20, (lines, glyphs)
    assert set(faces) == set(h10.NEW_FACES), faces


def test_another_face_draws_another_glyph_in_the_same_cell():
    """A hybrid's borrowed glyph is really the other face's, scaled to OCR-B's cell."""
    for face in h10.NEW_FACES:
        for ch in "0OQD8B1I":
            a, b = h10._glyph("ocrb", ch, 30, 32), h10._glyph(face, ch, 30, 32)
            assert a.shape == b.shape == (60, 32)
            assert np.abs(a - b).mean() > 0.01, (face, ch)
            rows = np.flatnonzero(b.max(1) > 0.5)  # capital height within a few px of 30
            assert abs((rows[-1] - rows[0] + 1) - 30) <= 8 or ch in "Q", (face, ch, rows)


def _first_seeds() -> dict[str, int]:
    """A seed of each capture, of each face kind and of a page without an MRZ."""
    kinds_of: list[tuple[int, set[str]]] = []
    for seed, capture, (_label, kind, _o), no_mrz in _plans(300):
        kinds: set[str] = set()
        kinds_of.append((seed, kinds))
        if no_mrz:
            kinds.add("no MRZ")
            continue
        kinds.add(capture)
        if kind != "ocrb":
            kinds.add(kind)
    return fewest_seeds(kinds_of)


def test_every_capture_makes_a_sane_image_of_its_truth():
    found = _first_seeds()
    assert set(found) == {*h10.CAPTURES, "hybrid", "other", "no MRZ"}, found
    render = functools.cache(functools.partial(h10.sample, today=TODAY))  # once a seed
    for kind, seed in found.items():
        s = render(seed)
        img = _decode(s.jpeg)
        h, w = img.shape[:2]
        assert 200 <= w <= 3500 and 200 <= h <= 3500, (kind, img.shape)
        assert 20 < float(img.mean()) < 240 and float(img.std()) > 10, kind
        _, _, printed, valid = h10.random_mrz(np.random.default_rng(seed), TODAY)
        if kind == "no MRZ":
            assert (s.lines, s.valid, s.format, s.mrz_quad) == ((), False, "none", ())
            continue
        assert kind in ("hybrid", "other", s.capture)
        assert kind not in ("hybrid", "other") or s.face_kind == kind
        assert (s.lines, s.valid) == (printed, valid)
        lo, hi = h10.CAP_PX[s.capture]
        assert lo - 2.5 <= s.cap_px <= hi + 1, (kind, s.cap_px)
        if s.capture == "webcam":
            assert (w, h) in h10.WEBCAM_MODES, (w, h)
        quad = np.array(s.mrz_quad)  # the whole MRZ is in the picture
        assert (quad >= 0).all() and (quad[:, 0] < w).all() and (quad[:, 1] < h).all(), kind
        x0, y0 = quad.min(0).astype(int)
        x1, y1 = quad.max(0).astype(int)
        grey = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)[y0:y1, x0:x1]
        assert np.percentile(grey, 5) < np.percentile(grey, 95) - 40, kind  # ink is there


def test_the_bench_scores_it_once(tmp_path, monkeypatch):
    """bench_mrz refuses MRZ_SETS=heldout10 once its result file exists (it stops before
    loading the OCR), and does not score it by default."""
    from bench import bench_mrz

    assert bench_mrz.HELDOUT10 == h10.SEED
    row = bench_mrz.mrz_set("heldout10")
    assert row.first == h10.SEED and row.results == bench_mrz.RESULTS_DIR / "mrz_heldout10.md"
    done = tmp_path / "mrz_heldout10.md"
    done.write_text("scored\n", encoding="utf-8")
    rows = tuple(dataclasses.replace(s, results=done) if s is row else s for s in bench_mrz.SETS)
    monkeypatch.setattr(bench_mrz, "SETS", rows)
    monkeypatch.delenv("MRZ_SEEN", raising=False)
    monkeypatch.setenv("MRZ_SETS", "heldout10")
    with pytest.raises(SystemExit, match="tenth held-out set was already scored"):
        bench_mrz.run(quick=True)
    # Not in the default sets, and no other generator's seeds overlap this set's.
    default = "real,dev,heldout"  # MRZ_SETS when unset
    assert default in bench_mrz.run.__code__.co_consts and "heldout10" not in default.split(",")
    others = [getattr(bench_mrz, n) for n in dir(bench_mrz) if n.startswith("HELDOUT")]
    starts = sorted(v for v in others if isinstance(v, int) and v != h10.SEED)
    assert all(v + bench_mrz.IMAGES <= h10.SEED or v >= h10.SEED + 1000 for v in starts)
