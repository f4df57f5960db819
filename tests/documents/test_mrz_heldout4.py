"""bench/mrz_heldout4.py, the fourth held-out generator: one seed makes one image and
one truth, and the truth is what mrz.compose made, printed with at most one check digit
wrong, with the verdict ICAO 9303 gives the printed lines. No OCR runs here: the set is
held out."""

from __future__ import annotations

import numpy as np

from bench import mrz_heldout4
from desktop.documents import layout
from desktop.documents.mrz import parse
from tests.documents.conftest import TODAY


def test_same_seed_same_image_and_truth():
    a = mrz_heldout4.sample(1_300_002, today=TODAY)
    b = mrz_heldout4.sample(1_300_002, today=TODAY)
    assert a == b
    assert a.jpeg[:3] == b"\xff\xd8\xff"
    assert mrz_heldout4.sample(1_300_015, today=TODAY).jpeg != a.jpeg


def test_truth_is_the_composed_mrz_with_its_verdict():
    seen_invalid = seen_valid = 0
    for seed in range(mrz_heldout4.SEED, mrz_heldout4.SEED + 200):
        fmt, composed, printed, valid = mrz_heldout4.random_mrz(np.random.default_rng(seed), TODAY)
        assert parse(composed, today=TODAY).valid, (seed, composed)
        assert parse(printed, today=TODAY).format == fmt
        assert parse(printed, today=TODAY).valid is valid
        lay = layout.layout(fmt)
        digits = {(c.line, c.pos) for c in lay.checks}
        changed = [
            (i, p)
            for i, (x, y) in enumerate(zip(composed, printed, strict=True))
            for p, (cx, cy) in enumerate(zip(x, y, strict=True))
            if cx != cy
        ]
        if valid:
            assert printed == composed, seed
            seen_valid += 1
        else:  # exactly one check digit printed wrong
            assert len(changed) == 1 and changed[0] in digits, (seed, changed)
            seen_invalid += 1
    assert seen_invalid >= 10 and seen_valid >= 150


def test_sample_carries_the_truth_of_its_seed():
    s = mrz_heldout4.sample(1_300_039, today=TODAY)
    _, composed, printed, valid = mrz_heldout4.random_mrz(np.random.default_rng(1_300_039), TODAY)
    assert (s.lines, s.composed, s.valid) == (printed, composed, valid)
    assert not s.valid and s.lines != s.composed
    assert 120 <= s.dpi <= 400


def test_names_are_transliterated_as_9303_says():
    assert mrz_heldout4.mrz_name("ØSTERGÅRD") == "OESTERGAARD"
    assert mrz_heldout4.mrz_name("O'BRIEN") == "OBRIEN"
    assert mrz_heldout4.mrz_name("SMITH-JONES") == "SMITH JONES"
    assert mrz_heldout4.mrz_name("GARCÍA LÓPEZ") == "GARCIA LOPEZ"
