"""bench/mrz_heldout8.py, issue 10's eighth held-out generator, scored once: one seed makes
one image and one truth; the truth is what mrz.compose made, printed with at most one
check digit wrong, with ICAO 9303's verdict on the printed lines. These tests check the
generator and the bench's refusal to score it twice only: no OCR runs on its images (the
set is held out)."""

from __future__ import annotations

import collections
import dataclasses
import functools

import cv2
import numpy as np
import pytest

from bench import mrz_heldout8 as h8
from desktop.documents import layout
from desktop.documents.mrz import parse
from tests.documents.conftest import TODAY
from tests.documents.scored_once import fewest_seeds


def _decode(jpeg: bytes) -> np.ndarray:
    img = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert img is not None
    return img


def test_same_seed_same_image_and_truth():
    a = h8.sample(h8.SEED + 3, today=TODAY)
    assert a == h8.sample(h8.SEED + 3, today=TODAY)
    assert a.jpeg[:3] == b"\xff\xd8\xff"
    assert h8.sample(h8.SEED + 4, today=TODAY).jpeg != a.jpeg


def _truths(n: int) -> list[tuple[str, tuple[str, ...], tuple[str, ...], bool]]:
    return [h8.random_mrz(np.random.default_rng(s), TODAY) for s in range(h8.SEED, h8.SEED + n)]


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
        assert all(c in layout.LETTERS + layout.DIGITS + "<" for ln in printed for c in ln)
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
    # Passports about 72 %, cards about 14 %, every format; about 15 % printed invalid.
    assert 260 <= formats["TD3"] <= 320 and 35 <= formats["TD1"] <= 80, formats
    assert all(formats[f] for f in layout.FORMATS), formats
    assert 40 <= invalid <= 85, invalid


def test_name_field_is_cut_as_icao_allows():
    assert h8.name_field(["CHEN"], ["CHIA", "HSIN"], 39) == "CHEN<<CHIA<HSIN" + "<" * 24
    # Later secondary components become initials, the last first.
    field = h8.name_field(["DELA", "CRUZ"], ["MARIA", "CRISTINA", "BAUTISTA"], 30)
    assert field == "DELA<CRUZ<<MARIA<CRISTINA<B<<<"
    # Still too long: cut, never ending in a filler.
    field = h8.name_field(["WATTANASIRICHAIGOON"], ["THANAPORN"], 30)
    assert field == "WATTANASIRICHAIGOON<<THANAPORN"
    field = h8.name_field(["JIRAPHATTHANAKUL", "SAETANG"], ["PIMCHANOK"], 30)
    assert field == "JIRAPHATTHANAKUL<SAETANG<<PIMC"


def test_states_and_names_are_a_taiwan_counters():
    states: collections.Counter[str] = collections.Counter()
    resident_cards = 0
    for fmt, _composed, printed, _valid in _truths(400):
        lay = layout.layout(fmt)
        state = lay.field("issuing_state").of(printed)
        states[state.strip("<")] += 1
        assert state != "CHN"  # mainland travel permits carry no MRZ
        if fmt == "TD1" and state == "TWN":  # alien resident certificates
            resident_cards += 1
            assert lay.field("nationality").of(printed) != "TWN"
            assert lay.field("optional_data_1").of(printed)[1] in "89"
        if fmt == "TD3" and state == "TWN":  # Wade-Giles: surname, syllable given names
            surname, given = lay.field("names").of(printed).rstrip("<").split("<<")
            assert surname in h8.NAMES["TWN"][0], surname
            assert given.replace("<", " ") in h8.NAMES["TWN"][1], given
    assert states.most_common(1)[0][0] == "TWN"
    assert {"JPN", "KOR", "HKG", "USA", "PHL", "VNM", "THA", "IDN", "MYS", "SGP"} <= set(states)
    assert resident_cards >= 20, resident_cards


def _first_seeds() -> dict[str, int]:
    """A seed of each capture and of a face other than OCR-B, found by drawing
    what sample() draws before it renders anything."""
    kinds_of: list[tuple[int, set[str]]] = []
    for seed in range(h8.SEED, h8.SEED + 300):
        kinds: set[str] = set()
        kinds_of.append((seed, kinds))
        rng = np.random.default_rng(seed)
        h8.random_mrz(rng, TODAY)
        capture = str(h8._pick(rng, h8.CAPTURES))
        face = str(h8._pick(rng, {k: v[1] for k, v in h8.FACES.items()}))
        kinds.add(capture)
        if not face.startswith("ocrb"):
            kinds.add("other face")
    return fewest_seeds(kinds_of)


CAPS = {  # capital heights (px) each capture promises
    "reader": (25, 40),
    "doccam": (15, 32),
    "phone": (14, 32),
    "webcam": (11, 16.5),
    "screen": (15, 28),
}


def test_every_capture_makes_a_sane_image_of_its_truth():
    found = _first_seeds()
    assert set(found) == {*h8.CAPTURES, "other face"}, found
    render = functools.cache(functools.partial(h8.sample, today=TODAY))  # once a seed
    for kind, seed in found.items():
        s = render(seed)
        assert kind == "other face" or s.capture == kind
        if kind == "other face":
            assert not s.font.startswith("ocrb")
        img = _decode(s.jpeg)
        h, w = img.shape[:2]
        assert 400 <= w <= 3500 and 400 <= h <= 3500, (kind, img.shape)
        lo, hi = CAPS[s.capture]
        assert lo - 0.5 <= s.cap_px <= hi + 0.5, (kind, s.cap_px)
        if s.capture == "webcam":
            assert (w, h) in h8.WEBCAM_MODES, (w, h)
        assert 20 < float(img.mean()) < 240 and float(img.std()) > 10, kind
        quad = np.array(s.mrz_quad)  # the whole MRZ is in the picture
        assert (quad >= 0).all() and (quad[:, 0] < w).all() and (quad[:, 1] < h).all(), kind
        x0, y0 = quad.min(0).astype(int)
        x1, y1 = quad.max(0).astype(int)
        grey = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)[y0:y1, x0:x1]
        assert np.percentile(grey, 5) < np.percentile(grey, 95) - 50, kind  # ink is there
        _, _, printed, valid = h8.random_mrz(np.random.default_rng(seed), TODAY)
        assert (s.lines, s.valid) == (printed, valid)


def test_the_bench_scores_it_once(tmp_path, monkeypatch):
    """bench_mrz refuses MRZ_SETS=heldout8 once its result file exists (it stops before
    loading the OCR)."""
    from bench import bench_mrz

    assert bench_mrz.HELDOUT8 == h8.SEED
    row = bench_mrz.mrz_set("heldout8")
    assert row.first == h8.SEED and row.results == bench_mrz.RESULTS_DIR / "mrz_heldout8.md"
    done = tmp_path / "mrz_heldout8.md"
    done.write_text("scored\n", encoding="utf-8")
    rows = tuple(dataclasses.replace(s, results=done) if s is row else s for s in bench_mrz.SETS)
    monkeypatch.setattr(bench_mrz, "SETS", rows)
    monkeypatch.delenv("MRZ_SEEN", raising=False)
    monkeypatch.setenv("MRZ_SETS", "heldout8")
    with pytest.raises(SystemExit, match="eighth held-out set was already scored"):
        bench_mrz.run(quick=True)
