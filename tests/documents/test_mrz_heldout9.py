"""bench/mrz_heldout9.py, issue 10's ninth held-out generator, scored once: one seed makes
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

from bench import mrz_heldout9 as h9
from desktop.documents import layout
from desktop.documents.mrz import parse
from tests.documents.conftest import TODAY
from tests.documents.scored_once import fewest_seeds

ROOT = Path(__file__).resolve().parents[2]


def _decode(jpeg: bytes) -> np.ndarray:
    img = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert img is not None
    return img


def test_same_seed_same_image_and_truth():
    a = h9.sample(h9.SEED + 3, today=TODAY)
    assert a == h9.sample(h9.SEED + 3, today=TODAY)
    assert a.jpeg[:3] == b"\xff\xd8\xff"
    assert h9.sample(h9.SEED + 4, today=TODAY).jpeg != a.jpeg


def _truths(n: int) -> list[tuple[str, tuple[str, ...], tuple[str, ...], bool]]:
    return [h9.random_mrz(np.random.default_rng(s), TODAY) for s in range(h9.SEED, h9.SEED + n)]


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
    # Passports about 58 %, cards about 18 %, every format; about 10 % printed invalid.
    assert 195 <= formats["TD3"] <= 270 and 45 <= formats["TD1"] <= 100, formats
    assert all(formats[f] >= 10 for f in layout.FORMATS), formats
    assert 20 <= invalid <= 65, invalid


def test_numbers_and_personal_data_mix_letters_and_digits():
    """The fields where check digits are weakest carry both letters and digits, look-alike
    ones (0/O, 1/I, 5/S, 8/B, 2/Z, 6/G) among them; states come from every region."""
    states: collections.Counter[str] = collections.Counter()
    mixed = lookalikes = long_numbers = single_names = 0
    for fmt, _composed, printed, _valid in _truths(400):
        lay = layout.layout(fmt)
        states[lay.field("issuing_state").of(printed)] += 1
        number = lay.field("document_number").of(printed).rstrip("<")
        opt = lay.field("optional_data_1" if fmt == "TD1" else "optional_data").of(printed)
        text = number + opt.replace("<", "")
        mixed += any(c.isalpha() for c in text) and any(c.isdigit() for c in text)
        lookalikes += len(set(text) & set("0O1I5S8B2Z6G")) >= 2
        long_numbers += fmt == "TD1" and printed[0][14] == "<"
        single_names += lay.field("names").of(printed).startswith("<<")
    assert mixed >= 200 and lookalikes >= 200, (mixed, lookalikes)
    assert long_numbers >= 2 and single_names >= 2, (long_numbers, single_names)
    assert len(states) >= 30, states
    assert {"TWN", "CHN", "KOR", "JPN", "VNM", "THA", "SAU", "DEU", "USA"} <= {
        s.strip("<") for s in states
    }


def test_names_are_shortened_as_icao_allows():
    assert h9.name_parts("CHEN", "CHIA HSIN", 39) == ("CHEN", "CHIA HSIN")
    # Later given names become initials, the last first, until the field fits.
    assert h9.name_parts("DELA CRUZ", "MARIA CRISTINA BAUTISTA", 30) == (
        "DELA CRUZ",
        "MARIA CRISTINA B",
    )
    assert h9.name_parts("VENKATARAMAN", "NAGA VENKATA SAI KRISHNA", 30) == (
        "VENKATARAMAN",
        "NAGA VENKATA S K",
    )
    # The first given name is never cut here: what still does not fit, compose cuts.
    assert h9.name_parts("WATTANASIRICHAIGOON", "THANAPORN", 30) == (
        "WATTANASIRICHAIGOON",
        "THANAPORN",
    )


def test_every_face_is_installed_and_no_other_part_of_the_project_uses_the_new_ones():
    for name in (*h9.FACES, *h9.PAGE_FACES):
        assert h9.face_path(name).is_file(), name
    assert h9.FACES["ocrb"][0] == "opentype/ocr-b/OCRB.otf"
    assert 0.85 <= h9.FACES["ocrb"][2] / sum(v[2] for v in h9.FACES.values()) <= 0.92
    setup = (ROOT / "scripts" / "setup-system.sh").read_text(encoding="utf-8")
    assert all(p in setup.split() for p in h9.PACKAGES), h9.PACKAGES
    others = [Path(v[0]).name for k, v in h9.FACES.items() if k != "ocrb"]
    files = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "*.py"], capture_output=True, text=True, check=True
    ).stdout.split()
    mine = {"bench/mrz_heldout9.py", "tests/documents/test_mrz_heldout9.py"}
    for f in files:
        if f in mine:
            continue
        text = (ROOT / f).read_text(encoding="utf-8", errors="replace")
        assert not any(o in text for o in others), f


def test_a_missing_face_is_an_error_not_a_substitute(tmp_path, monkeypatch):
    monkeypatch.setattr(h9, "FONT_DIR", tmp_path)
    h9._font.cache_clear()
    h9._cap_ratio.cache_clear()
    try:
        with pytest.raises(FileNotFoundError, match="fonts-mononoki"):
            h9.face_path("mononoki")
        with pytest.raises(FileNotFoundError, match="never substitutes"):
            h9.sample(h9.SEED, today=TODAY)
    finally:
        h9._font.cache_clear()
        h9._cap_ratio.cache_clear()


def _first_seeds() -> dict[str, int]:
    """A seed of each capture, of a face other than OCR-B and of a page without an
    MRZ, found by drawing what sample() draws before it renders anything."""
    kinds_of: list[tuple[int, set[str]]] = []
    for seed in range(h9.SEED, h9.SEED + 300):
        kinds: set[str] = set()
        kinds_of.append((seed, kinds))
        rng = np.random.default_rng(seed)
        h9.random_mrz(rng, TODAY)
        capture = h9._pick(rng, h9.CAPTURES)
        face = h9._pick(rng, {k: v[2] for k, v in h9.FACES.items()})
        no_mrz = rng.random() < h9.NO_MRZ_SHARE
        if no_mrz:
            kinds.add("no MRZ")
            continue
        kinds.add(capture)
        if face != "ocrb":
            kinds.add("other face")
    return fewest_seeds(kinds_of)


def test_every_capture_makes_a_sane_image_of_its_truth():
    found = _first_seeds()
    assert set(found) == {*h9.CAPTURES, "other face", "no MRZ"}, found
    render = functools.cache(functools.partial(h9.sample, today=TODAY))  # once a seed
    for kind, seed in found.items():
        s = render(seed)
        img = _decode(s.jpeg)
        h, w = img.shape[:2]
        assert 300 <= w <= 3500 and 300 <= h <= 3500, (kind, img.shape)
        assert 20 < float(img.mean()) < 240 and float(img.std()) > 10, kind
        _, _, printed, valid = h9.random_mrz(np.random.default_rng(seed), TODAY)
        if kind == "no MRZ":
            assert (s.lines, s.valid, s.format, s.mrz_quad) == ((), False, "none", ())
            continue
        assert kind in ("other face", s.capture)
        assert kind != "other face" or s.font != "ocrb"
        assert (s.lines, s.valid) == (printed, valid)
        lo, hi = h9.CAP_PX[s.capture]
        assert lo - 2.5 <= s.cap_px <= hi + 1, (kind, s.cap_px)
        if s.capture == "webcam":
            assert (w, h) in h9.WEBCAM_MODES, (w, h)
        quad = np.array(s.mrz_quad)  # the whole MRZ is in the picture
        assert (quad >= 0).all() and (quad[:, 0] < w).all() and (quad[:, 1] < h).all(), kind
        x0, y0 = quad.min(0).astype(int)
        x1, y1 = quad.max(0).astype(int)
        grey = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)[y0:y1, x0:x1]
        assert np.percentile(grey, 5) < np.percentile(grey, 95) - 40, kind  # ink is there


def test_the_bench_scores_it_once(tmp_path, monkeypatch):
    """bench_mrz refuses MRZ_SETS=heldout9 once its result file exists (it stops before
    loading the OCR), and does not score it by default."""
    from bench import bench_mrz

    assert bench_mrz.HELDOUT9 == h9.SEED
    row = bench_mrz.mrz_set("heldout9")
    assert row.first == h9.SEED and row.results == bench_mrz.RESULTS_DIR / "mrz_heldout9.md"
    done = tmp_path / "mrz_heldout9.md"
    done.write_text("scored\n", encoding="utf-8")
    rows = tuple(dataclasses.replace(s, results=done) if s is row else s for s in bench_mrz.SETS)
    monkeypatch.setattr(bench_mrz, "SETS", rows)
    monkeypatch.delenv("MRZ_SEEN", raising=False)
    monkeypatch.setenv("MRZ_SETS", "heldout9")
    with pytest.raises(SystemExit, match="ninth held-out set was already scored"):
        bench_mrz.run(quick=True)
    # No other generator's seeds overlap this set's.
    others = [getattr(bench_mrz, n) for n in dir(bench_mrz) if n.startswith("HELDOUT")]
    starts = sorted(v for v in others if isinstance(v, int) and v != h9.SEED)
    assert all(v + bench_mrz.IMAGES <= h9.SEED or v >= h9.SEED + 1000 for v in starts)
