"""bench/mrz_heldout7.py, issue 10's seventh held-out generator, scored once: one seed makes
one image and one truth; the truth is what mrz.compose made, printed with at most one
check digit wrong, with ICAO 9303's verdict on the printed lines. These tests check the
generator only: no OCR runs on its images (the set is held out)."""

from __future__ import annotations

import collections
import functools

import cv2
import numpy as np

from bench import mrz_heldout7 as h7
from desktop.documents import layout
from desktop.documents.mrz import parse
from tests.documents.conftest import TODAY
from tests.documents.scored_once import fewest_seeds


def _decode(jpeg: bytes) -> np.ndarray:
    img = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert img is not None
    return img


def test_same_seed_same_image_and_truth():
    a = h7.sample(h7.SEED + 1, today=TODAY)
    b = h7.sample(h7.SEED + 1, today=TODAY)
    assert a == b
    assert a.jpeg[:3] == b"\xff\xd8\xff"
    assert h7.sample(h7.SEED + 2, today=TODAY).jpeg != a.jpeg


def _truths(n: int) -> list[tuple[str, tuple[str, ...], tuple[str, ...], bool]]:
    return [h7.random_mrz(np.random.default_rng(s), TODAY) for s in range(h7.SEED, h7.SEED + n)]


def test_truth_is_what_9303_composes_with_the_declared_verdict():
    formats: collections.Counter[str] = collections.Counter()
    invalid = 0
    for fmt, composed, printed, valid in _truths(400):
        formats[fmt] += 1
        assert parse(composed, today=TODAY).valid, composed
        doc = parse(printed, today=TODAY)
        assert doc.format == fmt and doc.valid is valid, printed
        changed = [
            (i, p)
            for i, (x, y) in enumerate(zip(composed, printed, strict=True))
            for p, (cx, cy) in enumerate(zip(x, y, strict=True))
            if cx != cy
        ]
        if changed:  # one check digit printed wrong: the printed MRZ is invalid
            checks = {(c.line, c.pos) for c in layout.layout(fmt).checks}
            assert len(changed) == 1 and changed[0] in checks, changed
            assert not valid
            invalid += 1
        else:
            assert valid
    # Passports about 65 %, cards about 20 %, every format; one in ten printed invalid.
    assert 230 <= formats["TD3"] <= 290 and 55 <= formats["TD1"] <= 105, formats
    assert all(formats[f] for f in layout.FORMATS), formats
    assert 20 <= invalid <= 65


def test_name_truncation_as_icao_allows():
    assert h7.name_field(["ERIKSSON"], ["ANNA", "MARIA"], 30) == "ERIKSSON<<ANNA<MARIA" + "<" * 10
    # Secondary components after the first become initials, from the last, until it fits.
    field = h7.name_field(["GARCIA", "MARTINEZ"], ["FRANCISCO", "JAVIER"], 30)
    assert field == "GARCIA<MARTINEZ<<FRANCISCO<J<<"
    # Still too long: cut, and a truncated field ends in a letter.
    field = h7.name_field(["WONGSAKULCHAROEN", "SUKSAWAT"], ["PATCHARAPORN"], 30)
    assert len(field) == 30 and field == "WONGSAKULCHAROEN<SUKSAWAT<<PAT"


def test_states_names_and_numbers_are_a_taiwan_airports():
    states: collections.Counter[str] = collections.Counter()
    twin_numbers = resident_cards = 0
    for fmt, _composed, printed, _valid in _truths(400):
        lay = layout.layout(fmt)
        state = lay.field("issuing_state").of(printed).strip("<")
        states[state] += 1
        number = lay.field("document_number").of(printed)
        twin_numbers += any(c in h7.TWIN_LETTERS for c in number) and any(
            c.isdigit() for c in number
        )
        if fmt == "TD1" and state == "TWN":  # held by foreign residents
            resident_cards += 1
            assert lay.field("nationality").of(printed) != "TWN"
            assert lay.field("optional_data_1").of(printed)[1] in "89"
        if fmt == "TD3" and state == "TWN":  # Wade-Giles: CHEN<<CHIA<HSIN
            surname, given = lay.field("names").of(printed).rstrip("<").split("<<")
            assert surname in h7.NAMES["TWN"][0], surname
            assert given.replace("<", " ") in h7.NAMES["TWN"][1], given
    assert states.most_common(1)[0][0] == "TWN"
    assert {"JPN", "KOR", "USA", "HKG", "MAC", "PHL", "VNM", "THA", "IDN", "MYS"} <= set(states)
    assert resident_cards >= 15 and twin_numbers >= 30, (resident_cards, twin_numbers)


def _first_seeds() -> tuple[dict[str, int], int]:
    """A seed of each kind of capture, and one whose MRZ is not in OCR-B, found
    by drawing what sample() draws before it renders anything."""
    kinds_of: list[tuple[int, set[str]]] = []
    for seed in range(h7.SEED, h7.SEED + 300):
        kinds: set[str] = set()
        kinds_of.append((seed, kinds))
        rng = np.random.default_rng(seed)
        h7.random_mrz(rng, TODAY)
        capture = str(h7._choice(rng, h7.CAPTURE_SHARE))
        face = str(h7._choice(rng, {k: v[1] for k, v in h7.FACES.items()}))
        kinds.add(capture)
        if not face.startswith("ocrb"):
            kinds.add("other face")
    cover = fewest_seeds(kinds_of)
    return cover, cover.pop("other face", 0)


def test_every_capture_makes_a_sane_image_of_its_truth():
    found, other_face = _first_seeds()
    assert set(found) == set(h7.CAPTURE_SHARE) and other_face
    render = functools.cache(functools.partial(h7.sample, today=TODAY))  # once a seed
    for capture, seed in [*found.items(), ("any", other_face)]:
        s = render(seed)
        img = _decode(s.jpeg)
        h, w = img.shape[:2]
        assert 400 <= w <= 3000 and 400 <= h <= 3000, (capture, img.shape)
        # MRZ capitals 10-40 px high (the brief's range), 100-450 dpi.
        assert 10 <= s.cap_px <= 40 and 100 <= s.dpi <= 450, (capture, s.cap_px, s.dpi)
        if s.capture == "webcam":
            assert s.cap_px <= 16.5 and w <= 1920, (s.cap_px, img.shape)
        if s.capture == "flatbed":
            assert 145 <= s.dpi <= 305, s.dpi
        assert 20 < float(img.mean()) < 245 and float(img.std()) > 10, capture
        quad = np.array(s.mrz_quad)  # the whole MRZ is in the picture
        assert (quad >= 0).all() and (quad[:, 0] < w).all() and (quad[:, 1] < h).all(), capture
        # The MRZ is darker than the paper around it: something is printed there.
        x0, y0 = quad.min(0).astype(int)
        x1, y1 = quad.max(0).astype(int)
        grey = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)[y0:y1, x0:x1]
        assert np.percentile(grey, 5) < np.percentile(grey, 95) - 60, capture
        _, _, printed, valid = h7.random_mrz(np.random.default_rng(seed), TODAY)
        assert (s.lines, s.valid) == (printed, valid)
        assert capture == "any" or s.capture == capture, (capture, s.capture)
    assert not render(other_face).font.startswith("ocrb")
