"""bench/mrz_heldout5.py, the held-out generator scored once at the end of issue 10: one
seed makes one image and one truth; the truth is what mrz.compose made, printed with at
most one check digit wrong, with ICAO 9303's verdict on the printed lines. These tests
check the generator only: no OCR runs on its images (the set is held out)."""

from __future__ import annotations

import collections
import functools

import cv2
import numpy as np

from bench import mrz_heldout5 as h5
from desktop.documents import layout
from desktop.documents.mrz import parse
from tests.documents.conftest import TODAY
from tests.documents.scored_once import fewest_seeds


def _decode(jpeg: bytes) -> np.ndarray:
    img = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert img is not None
    return img


def test_same_seed_same_image_and_truth():
    a = h5.sample(h5.SEED + 2, today=TODAY)
    b = h5.sample(h5.SEED + 2, today=TODAY)
    assert a == b
    assert a.jpeg[:3] == b"\xff\xd8\xff"
    assert h5.sample(h5.SEED + 3, today=TODAY).jpeg != a.jpeg


def test_truth_composes_to_the_declared_verdict():
    formats: collections.Counter[str] = collections.Counter()
    invalid = 0
    for seed in range(h5.SEED, h5.SEED + 300):
        fmt, composed, printed, valid = h5.random_mrz(np.random.default_rng(seed), TODAY)
        formats[fmt] += 1
        assert parse(composed, today=TODAY).valid, (seed, composed)
        doc = parse(printed, today=TODAY)
        assert doc.format == fmt and doc.valid is valid, seed
        changed = [
            (i, p)
            for i, (x, y) in enumerate(zip(composed, printed, strict=True))
            for p, (cx, cy) in enumerate(zip(x, y, strict=True))
            if cx != cy
        ]
        if changed:  # exactly one check digit printed wrong, and the printed MRZ says so
            checks = {(c.line, c.pos) for c in layout.layout(fmt).checks}
            assert len(changed) == 1 and changed[0] in checks, (seed, changed)
            assert not valid
            invalid += 1
    # An airport's mix: mostly passports, every format present, some printed invalid.
    assert formats["TD3"] > 180 and all(formats[f] for f in layout.FORMATS), formats
    assert 12 <= invalid <= 50


def test_names_are_transliterated_as_9303_says():
    assert h5.mrz_name("ЖУКОВСКИЙ") == "ZHUKOVSKII"
    assert h5.mrz_name("ЩЕРБАКОВА") == "SHCHERBAKOVA"
    assert h5.mrz_name("ΧΑΤΖΗΔΑΚΗΣ") == "CHATZIDAKIS"
    assert h5.mrz_name("ΖΩΗ") == "ZOI"
    assert h5.mrz_name("GRÖßBÖLTING") == "GROESSBOELTING"
    assert h5.mrz_name("ÞÓRÐARDÓTTIR") == "THORDARDOTTIR"
    assert h5.mrz_name("VAN 'T HOOFT") == "VAN T HOOFT"
    assert h5.mrz_name("O'DONNELL GARCÍA") == "ODONNELL GARCIA"
    assert h5.mrz_name("ÇOBANOĞLU") == "COBANOGLU"


def _first_seed_of_each_capture() -> dict[str, int]:
    """A seed of each kind of capture, found by drawing what sample() draws
    before it renders anything (no image is made)."""
    kinds_of: list[tuple[int, set[str]]] = []
    for seed in range(h5.SEED, h5.SEED + 400):
        kinds: set[str] = set()
        kinds_of.append((seed, kinds))
        rng = np.random.default_rng(seed)
        h5.random_mrz(rng, TODAY)
        capture = str(rng.choice(list(h5.CAPTURE_SHARE), p=list(h5.CAPTURE_SHARE.values())))
        kinds.add(capture)
    return fewest_seeds(kinds_of)


def test_every_capture_makes_a_sane_image_of_its_truth():
    found = _first_seed_of_each_capture()
    assert set(found) == set(h5.CAPTURE_SHARE)
    render = functools.cache(functools.partial(h5.sample, today=TODAY))  # once a seed
    for capture, seed in found.items():
        s = render(seed)
        img = _decode(s.jpeg)
        h, w = img.shape[:2]
        assert 300 <= w <= 3000 and 200 <= h <= 2600, (capture, img.shape)
        # 150-400 dpi at the MRZ, its capitals at least 12 px high (the envelope).
        assert 150 <= s.dpi <= 400 and s.cap_px >= 12, (capture, s.dpi, s.cap_px)
        assert 20 < float(img.mean()) < 245 and float(img.std()) > 10, capture
        _, _, printed, valid = h5.random_mrz(np.random.default_rng(seed), TODAY)
        assert (s.lines, s.valid) == (printed, valid)
        assert (
            s.capture.split()[0]
            in {
                "reader": ("reader",),
                "webcam": ("webcam",),
                "phone": ("phone",),
                "screen": ("screen",),
                "retypeset": ("figure", "print,"),
            }[capture]
        ), (capture, s.capture)
        assert (s.font == "ocrb") is (capture != "retypeset"), (capture, s.font)
