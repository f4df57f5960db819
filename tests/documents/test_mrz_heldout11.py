"""bench/mrz_heldout11.py, issue 10's eleventh held-out generator, scored once: one seed
makes one image and one truth; the truth is what mrz.compose made, printed with at most
one check digit wrong, with ICAO 9303's verdict on the printed lines, or no MRZ at all.
These tests check the generator and its faces only: no OCR runs on its images (the set
is held out)."""

from __future__ import annotations

import collections
import functools
import re
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest

from bench import mrz_heldout11 as h11
from desktop.documents import layout
from desktop.documents.mrz import parse
from tests.documents.conftest import TODAY
from tests.documents.scored_once import assert_scored_once, fewest_seeds

ROOT = Path(__file__).resolve().parents[2]
OCRB = Path("/usr/share/fonts/opentype/ocr-b/OCRB.otf")


def _decode(jpeg: bytes) -> np.ndarray:
    img = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert img is not None
    return img


def test_same_seed_same_image_and_truth():
    a = h11.sample(h11.SEED + 3, today=TODAY)
    assert a == h11.sample(h11.SEED + 3, today=TODAY)
    assert a.jpeg[:3] == b"\xff\xd8\xff"
    assert h11.sample(h11.SEED + 4, today=TODAY).jpeg != a.jpeg


def _truths(n: int) -> list[tuple[str, tuple[str, ...], tuple[str, ...], bool]]:
    return [h11.random_mrz(np.random.default_rng(s), TODAY) for s in range(h11.SEED, h11.SEED + n)]


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
    # A Taiwan counter: passports about 64 %, cards about 21 %, visas 15 %; 10 % invalid.
    assert 220 <= formats["TD3"] <= 300 and 40 <= formats["TD1"] <= 90, formats
    assert 25 <= formats["MRV-A"] + formats["MRV-B"] <= 90, formats
    assert all(formats[f] >= 8 for f in layout.FORMATS), formats
    assert 20 <= invalid <= 65, invalid


def test_numbers_and_personal_data_mix_letters_and_digits():
    """The fields where check digits are weakest carry both letters and digits, look-alike
    ones among them; states come from every region; long Belgian and Portuguese numbers,
    single names (an empty primary identifier) and names cut at the field's end occur."""
    states: collections.Counter[str] = collections.Counter()
    holders: collections.Counter[str] = collections.Counter()
    mixed = lookalikes = long_numbers = single_names = cut = 0
    for fmt, _composed, printed, _valid in _truths(400):
        lay = layout.layout(fmt)
        states[lay.field("issuing_state").of(printed)] += 1
        holders[lay.field("nationality").of(printed)] += 1
        number = lay.field("document_number").of(printed).rstrip("<")
        opt = lay.field("optional_data_1" if fmt == "TD1" else "optional_data").of(printed)
        text = number + opt.replace("<", "")
        mixed += any(c.isalpha() for c in text) and any(c.isdigit() for c in text)
        lookalikes += len(set(text) & set("0O1I5S8B2Z6G")) >= 2
        long_numbers += (
            fmt in ("TD1", "TD2") and lay.field("document_number_check").of(printed) == "<"
        )
        names = lay.field("names").of(printed)
        single_names += names.startswith("<<") or "<<" not in names.rstrip("<")
        cut += names[-1] != "<"
    assert mixed >= 200 and lookalikes >= 150, (mixed, lookalikes)
    assert long_numbers >= 2 and single_names >= 4 and cut >= 2, (long_numbers, single_names, cut)
    assert len(states) >= 35, states
    assert {"TWN", "CHN", "KOR", "JPN", "HKG", "VNM", "PHL", "THA", "USA", "D<<"} <= set(states)
    assert states.most_common(1)[0][0] == "TWN", states  # Taiwan's own documents lead
    assert holders["VNM"] + holders["IDN"] + holders["PHL"] >= 30, holders


def test_names_are_shortened_as_icao_allows():
    assert h11.name_parts("CHEN", "CHIA HSIN", 39) == ("CHEN", "CHIA HSIN")
    assert h11.name_parts("DELA CRUZ", "MARIA CRISTINA BAUTISTA", 30) == (
        "DELA CRUZ",
        "MARIA CRISTINA B",
    )
    assert h11.name_parts("VENKATARAMAN", "NAGA VENKATA SAI KRISHNA", 30) == (
        "VENKATARAMAN",
        "NAGA VENKATA S K",
    )
    assert h11.name_parts("WATTANASIRICHAIGOON", "THANAPORN", 30) == (
        "WATTANASIRICHAIGOON",
        "THANAPORN",
    )


def test_ocr_b_sizes_hold_the_icao_pitch():
    """OCRB.otf's advance and capitals are what the docstring's point sizes rest on."""
    assert OCRB.is_file(), "fonts-ocr-b is not installed"
    assert h11.face_path("ocrb") == OCRB
    font = h11._font("ocrb", 1000)
    assert font.getlength("M") == pytest.approx(h11.OCRB_ADVANCE_EM * 1000, abs=1)
    top, bottom = font.getbbox("H", anchor="ls")[1::2]
    assert (bottom - top) / 1000 == pytest.approx(h11.OCRB_CAP_EM, abs=0.015)
    # 10 pt fills the 2.54 mm pitch; the sizes drawn give capitals of 2.1-2.6 mm
    assert pytest.approx(h11.PITCH_MM, abs=0.02) == 10 * h11.PT_MM * h11.OCRB_ADVANCE_EM
    caps = [8.6 * h11.PT_MM * h11.OCRB_CAP_EM, 10.2 * h11.PT_MM * h11.OCRB_CAP_EM]
    assert caps[0] >= 2.1 and caps[1] <= 2.6, caps


def test_every_face_is_installed_and_no_other_part_of_the_project_uses_the_new_ones():
    for name in (*h11.FACES, *h11.PAGE_FACES):
        assert h11.face_path(name).is_file(), name
    assert h11.FACE_KINDS == {"ocrb": 0.80, "hybrid": 0.10, "other": 0.10}
    setup = (ROOT / "scripts" / "setup-system.sh").read_text(encoding="utf-8")
    assert all(p in setup.split() for p in h11.PACKAGES), h11.PACKAGES
    assert set(h11.PACKAGES) == {
        "fonts-monofur",
        "fonts-oxygen",
        "fonts-cmu",
        "fonts-spleen",
        "fonts-terminus-otb",
    }
    others = [Path(v[0]).name for k, v in h11.FACES.items() if k != "ocrb"]
    files = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "*.py"], capture_output=True, text=True, check=True
    ).stdout.split()
    mine = {"bench/mrz_heldout11.py", "tests/documents/test_mrz_heldout11.py"}
    for f in files:
        if f in mine:
            continue
        text = (ROOT / f).read_text(encoding="utf-8", errors="replace")
        assert not any(o in text for o in others), f


def test_the_generator_knows_nothing_of_the_reader():
    """A held-out set written with the reader's code at hand is not held out."""
    text = (ROOT / "bench" / "mrz_heldout11.py").read_text(encoding="utf-8")
    imports = [ln for ln in text.splitlines() if ln.lstrip().startswith(("import ", "from "))]
    assert not any("ocr" in ln or "glyphs" in ln or "mrz_" in ln for ln in imports), imports


def test_no_other_generator_uses_its_seeds():
    starts = []
    for f in sorted((ROOT / "bench").glob("*.py")):
        if f.name == "mrz_heldout11.py":
            continue
        text = f.read_text(encoding="utf-8")
        starts += [
            int(v.replace("_", "")) for v in re.findall(r"^\w+ = (\d[\d_]{5,})\b", text, re.M)
        ]
    starts = [v for v in starts if v != h11.SEED]  # bench_mrz names this set's own first seed
    assert starts and all(v + 1000 <= h11.SEED or v >= h11.SEED + 1000 for v in starts), starts


def test_a_missing_face_is_an_error_not_a_substitute(tmp_path, monkeypatch):
    caches = (h11._font, h11._ink, h11._cap_ratio, h11._glyph)
    monkeypatch.setattr(h11, "FONT_DIR", tmp_path)
    for c in caches:
        c.cache_clear()
    try:
        with pytest.raises(FileNotFoundError, match="fonts-spleen"):
            h11.face_path("spleen")
        with pytest.raises(FileNotFoundError, match="never substitutes"):
            h11.sample(h11.SEED, today=TODAY)
    finally:
        for c in caches:
            c.cache_clear()


def _plans(n: int) -> list[tuple[int, str, tuple[str, str, dict[tuple[int, str], str]], bool]]:
    """(seed, capture, face plan, no MRZ) of the first n seeds, drawn as sample() draws
    them before it renders anything."""
    out = []
    for seed in range(h11.SEED, h11.SEED + n):
        rng = np.random.default_rng(seed)
        _fmt, _c, printed, _v = h11.random_mrz(rng, TODAY)
        capture = h11._pick(rng, h11.CAPTURES)
        plan = h11._face_plan(rng, len(printed))
        out.append((seed, capture, plan, bool(rng.random() < h11.NO_MRZ_SHARE)))
    return out


def test_captures_are_a_counters_mix():
    captures = collections.Counter(c for _s, c, _p, _n in _plans(600))
    assert captures["reader"] + captures["scan"] >= 330, captures  # readers and scanners lead
    assert 60 <= captures["phone"] <= 150 and captures["webcam"] >= 35, captures
    assert captures["thumbnail"] >= 25, captures


def test_faces_ocr_b_from_another_foundry_and_other_faces_about_one_in_ten_each():
    kinds: collections.Counter[str] = collections.Counter()
    faces: collections.Counter[str] = collections.Counter()
    lines = glyphs = 0
    for _seed, _capture, (label, kind, overrides), _no in _plans(600):
        kinds[kind] += 1
        if kind == "other":
            assert label in h11.NEW_FACES and not overrides
            faces[label] += 1
        elif kind == "hybrid":
            base, rest = label.split("+")
            face, what = rest.split(":")
            assert base == "ocrb" and face in h11.NEW_FACES, label
            assert set(overrides.values()) == {face}
            faces[face] += 1
            if what.startswith("line"):
                lines += 1
                n = int(what[4:])
                assert list(overrides) == [(n, "")]
                assert h11._cell_face("ocrb", overrides, n, "A") == face
                assert h11._cell_face("ocrb", overrides, 1 - min(n, 1), "A") == "ocrb"
            else:
                glyphs += 1
                assert 3 <= len(what) <= 6 and set(what) <= set(h11.HYBRID_GLYPHS)
                assert all(
                    h11._cell_face("ocrb", overrides, i, c) == face for c in what for i in (0, 1)
                )
                assert h11._cell_face("ocrb", overrides, 0, "<") == "ocrb"
        else:
            assert (label, overrides) == ("ocrb", {})
    assert 430 <= kinds["ocrb"] <= 530 and 35 <= kinds["hybrid"] <= 90, kinds
    assert 35 <= kinds["other"] <= 90, kinds
    assert lines >= 8 and glyphs >= 20, (lines, glyphs)
    assert set(faces) == set(h11.NEW_FACES), faces


def test_another_face_draws_another_glyph_in_the_same_cell():
    """A borrowed glyph is really the other face's, scaled to OCR-B's capitals and cell."""
    for face in h11.NEW_FACES:
        for ch in "0OQD8B1I":
            a, b = h11._glyph("ocrb", ch, 30, 32), h11._glyph(face, ch, 30, 32)
            assert a.shape == b.shape == (60, 32)
            assert np.abs(a - b).mean() > 0.01, (face, ch)
            rows = np.flatnonzero(b.max(1) > 0.5)
            assert abs((rows[-1] - rows[0] + 1) - 30) <= 8 or ch == "Q", (face, ch, rows)
            assert abs(rows[-1] + 1 - 45) <= 2 or ch == "Q", (face, ch, rows)  # on the baseline


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
    assert set(found) == {*h11.CAPTURES, "hybrid", "other", "no MRZ"}, found
    render = functools.cache(functools.partial(h11.sample, today=TODAY))  # once a seed
    for kind, seed in found.items():
        s = render(seed)
        img = _decode(s.jpeg)
        h, w = img.shape[:2]
        assert 200 <= w <= 3500 and 200 <= h <= 3500, (kind, img.shape)
        assert 20 < float(img.mean()) < 240 and float(img.std()) > 10, kind
        _, composed, printed, valid = h11.random_mrz(np.random.default_rng(seed), TODAY)
        if kind == "no MRZ":
            assert (s.lines, s.valid, s.format, s.mrz_quad) == ((), False, "none", ())
            assert s.extras.startswith("no MRZ")
            continue
        assert ("a check digit printed wrong" in s.extras) == (printed != composed), s.extras
        assert kind in ("hybrid", "other", s.capture)
        assert kind not in ("hybrid", "other") or s.face_kind == kind
        assert (s.lines, s.valid) == (printed, valid)
        lo, hi = h11.CAP_PX[s.capture]
        assert lo - 1 <= s.cap_px <= hi + 1, (kind, s.cap_px)
        if s.capture == "webcam":
            assert (w, h) in h11.WEBCAM_MODES, (w, h)
        quad = np.array(s.mrz_quad)  # the whole MRZ is in the picture
        assert (quad >= 0).all() and (quad[:, 0] < w).all() and (quad[:, 1] < h).all(), kind
        x0, y0 = quad.min(0).astype(int)
        x1, y1 = quad.max(0).astype(int)
        grey = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)[y0:y1, x0:x1]
        assert np.percentile(grey, 5) < np.percentile(grey, 95) - 40, kind  # ink is there


def test_the_bench_scores_it_once(tmp_path, monkeypatch):
    """bench_mrz refuses MRZ_SETS=heldout11 once its result file exists, and does not
    score it by default."""
    assert_scored_once("heldout11", h11.SEED, "eleventh", tmp_path, monkeypatch)
