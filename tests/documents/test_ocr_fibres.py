"""ocr_fibres: coloured strokes (a UV capture's fluorescing fibres) turned to paper, and
the refused reading read again without them (ocr._read_unfibred)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from bench import bench_mrz
from bench import mrz_heldout22 as h22
from desktop.documents import ocr, ocr_fibres

VIOLET = (147, 59, 73)  # BGR: heldout22's UV ground as its JPEGs show it
PRINT = (29, 5, 9)  # its carbon print


def _picture() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """A violet ground, a dark neutral bar (print), a cyan and a pink fibre on the
    ground, a white fibre across the bar; the BGR picture, its gray, the print's and
    the fibres' masks."""
    img = np.zeros((60, 120, 3), np.uint8)
    img[:] = VIOLET
    ink = np.zeros((60, 120), np.uint8)
    cv2.rectangle(ink, (50, 10), (55, 50), 1, -1)
    img[ink > 0] = PRINT
    fibres = np.zeros((60, 120), np.uint8)
    for (x0, y0, x1, y1), colour in (
        ((5, 5, 40, 20), (255, 230, 80)),  # cyan
        ((70, 50, 110, 35), (80, 90, 255)),  # pink
        ((40, 30, 65, 32), (230, 240, 255)),  # white, across the bar
    ):
        cv2.line(img, (x0, y0), (x1, y1), colour, 2)
        cv2.line(fibres, (x0, y0), (x1, y1), 1, 2)
    return img, cv2.cvtColor(img, cv2.COLOR_BGR2GRAY), ink > 0, fibres > 0


def test_coloured_fibres_are_turned_to_the_ground_and_the_dark_neutral_print_kept() -> None:
    img, gray, ink, fibres = _picture()
    ground = ocr_fibres.zone_ground(img, gray)
    paper = int(cv2.cvtColor(np.uint8([[VIOLET]]), cv2.COLOR_BGR2GRAY)[0, 0])
    assert abs(ground.gray - paper) <= 1
    mask = ocr_fibres.coloured_strokes(img, ground)
    assert mask[fibres].all()
    assert not mask[ink & ~fibres].any() and not mask[~ink & ~fibres].any()
    out = ocr_fibres.without_strokes(gray, mask, ground, stroke=2)
    near_print = cv2.dilate(ink.astype(np.uint8), np.ones((13, 13), np.uint8)) > 0
    on_paper = fibres & ~near_print
    assert np.abs(out[on_paper].astype(int) - paper).max() <= 2  # the ground, not ink
    # Where the white fibre crosses the bar the hidden pixel is neither ink nor paper.
    crossing = fibres & ink
    assert crossing.any()
    assert (out[crossing] > 2 * gray[ink & ~fibres].max()).all()
    assert (out[crossing] < paper).all()
    # The print itself is untouched away from the fibres.
    untouched = ink & ~(cv2.dilate(fibres.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0)
    assert np.array_equal(out[untouched], gray[untouched])


def test_a_uv_page_refused_for_a_fibre_is_read_exactly() -> None:
    # heldout22 3300096 (printed invalid): a Y-shaped fibre over 2:37's filler made it
    # illegible; without the fibres it reads as printed, reported invalid.
    shot = h22.sample(3_300_096, today=bench_mrz.TODAY)
    got = ocr.read_image(shot.jpeg, today=bench_mrz.TODAY)
    assert got.document.lines == shot.lines
    assert got.document.valid == shot.valid is False
    assert not got.uncertain


def test_a_valid_page_is_never_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    # heldout22 3300011: a UV page (fibres over a violet ground) its gray reading reads
    # valid: the colour picture is not decoded nor its strokes looked for.
    def fail(*_: object) -> None:
        raise AssertionError("read again")

    monkeypatch.setattr(ocr, "load_colour", fail)
    monkeypatch.setattr(ocr_fibres, "coloured_strokes", fail)
    shot = h22.sample(3_300_011, today=bench_mrz.TODAY)
    got = ocr.read_image(shot.jpeg, today=bench_mrz.TODAY)
    assert got.document.valid and got.document.lines == shot.lines
