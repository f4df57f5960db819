"""Glyphs whose height over the pitch is not one aspect along a line: a keystone (the
page turned about its vertical axis) makes it trend along the line
(bench/results/mrz_heldout26_diagnosis.md, cause A)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from bench import bench_mrz
from bench import mrz_heldout26 as h26
from desktop.documents import ocr, ocr_cells, ocr_rectify
from desktop.documents.mrz import ALPHABET
from tests.documents import synth
from tests.documents.conftest import SPECIMENS
from tests.documents.test_ocr_geometry import PAD, PITCH_PX, _chain, _line_image

NAMES, NUMBERS = SPECIMENS["TD3"]


def _trended(text: str, first: float, last: float) -> np.ndarray:
    """`text` in OCR-B at a 30-pixel pitch, each glyph's height times a factor running
    from `first` to `last` along the line (the pitch unchanged), about its middle."""
    font = synth._font(synth.OCRB, PITCH_PX / 0.723)
    h = 3 * PITCH_PX
    out = np.full((h, PITCH_PX * (len(text) + 8)), 255, np.uint8)
    for j, c in enumerate(text):
        im = Image.new("L", (PITCH_PX, h), 255)
        ImageDraw.Draw(im).text((0, 0.6 * PITCH_PX), c, font=font, fill=20)
        f = first + (last - first) * j / (len(text) - 1)
        tall = cv2.resize(np.asarray(im), (PITCH_PX, round(h * f)), interpolation=cv2.INTER_CUBIC)
        canvas = np.full((3 * h, PITCH_PX), 255, np.uint8)
        top = h + round(h / 2 - tall.shape[0] / 2)
        canvas[top : top + tall.shape[0]] = tall
        out[:, PITCH_PX * (4 + j) : PITCH_PX * (5 + j)] = canvas[h : 2 * h]
    return np.pad(out, ((PAD, PAD), (0, 0)), constant_values=255)


def _strip(gray: np.ndarray) -> tuple[np.ndarray, ocr_rectify._Grid]:
    grid = ocr_rectify._grid(gray, _chain(gray, 0, 43))
    assert grid is not None and grid.span == 44
    return ocr_rectify._warp_line(gray, grid.at(0), grid.at(43), 44)[0], grid


def _read(cells: np.ndarray, clf: ocr_cells._Classifier) -> str:
    return "".join(ALPHABET[i] for i in clf.scores(cells, len(cells)).argmax(axis=1))


def test_a_line_whose_glyphs_grow_along_it_is_cut_at_each_one_s_height():
    gray = _trended(NUMBERS, 0.8, 1.2)
    strip, grid = _strip(gray)
    _, _, stretch = ocr_cells._geometry(strip, 44)
    assert stretch is not None
    assert 0.78 < stretch[1] < 0.88 and 1.12 < stretch[44] < 1.22
    assert np.all(np.diff(stretch) > 0)
    clf = ocr_cells._Classifier.get()
    # One aspect for the line cuts the first 0 squat enough to read O; each cell at its
    # own height reads the line as printed, fits better, and is the cut kept.
    plain, *_ = ocr_cells._cells(strip, 44, clf, memo={"trend": False})
    assert _read(plain, clf) != NUMBERS
    lc = ocr_cells._line_cells(gray, grid, 0, 44, clf)
    assert lc.memo["trend"] and _read(lc.cells, clf) == NUMBERS
    assert lc.fit > float(clf.best(plain).mean())


@pytest.mark.parametrize("text", [NAMES, NUMBERS])
def test_an_even_line_and_a_name_before_its_fillers_show_no_trend(text: str):
    # The name's letters then its fillers (shorter) step down along the line: no trend.
    strip, grid = _strip(_line_image(text))
    assert ocr_cells._geometry(strip, 44)[2] is None
    lc = ocr_cells._line_cells(_line_image(text), grid, 0, 44, ocr_cells._Classifier.get())
    assert not lc.memo["trend"]


@pytest.mark.parametrize(
    "seed",
    [
        3_700_062,  # keystone 39 degrees: 0s at the near end were read O (rule 6 refused)
        3_700_072,  # keystone 33 degrees: a 5 and a check digit in doubt (rule 22)
        3_700_140,  # keystone, height over pitch 1.36x along the line: read before too
    ],
)
def test_heldout26_keystoned_pages_are_read_exactly(seed: int):
    shot = h26.sample(seed, today=bench_mrz.TODAY)
    doc = ocr.read_image(shot.jpeg, today=bench_mrz.TODAY).document
    assert shot.valid and doc.valid and doc.lines == shot.lines


@pytest.mark.parametrize("float32", [False, True])
def test_a_stretched_line_s_cells_are_the_same_cut_at_once_one_by_one_or_recropped(
    float32: bool,
):
    rng = np.random.default_rng(8)
    n = 44
    strip = (rng.random((72, (n + 4) * 24)) * 255).astype(np.float32)
    xs = 48 + (np.arange(-1, n + 1) + 0.5) * 24
    ys = 36 + rng.normal(0, 2, n + 2)
    pitch = 24 + rng.normal(0, 1, n + 2)
    sh = rng.normal(0, 0.1, n + 2).astype(np.float32 if float32 else np.float64)
    stretch = np.linspace(0.85, 1.15, n + 2)

    def cutter(s: np.ndarray | None) -> ocr_cells._Cutter:
        return ocr_cells._Cutter(strip, xs, ys, pitch, sh, s)

    tries = [(c + 1, 1.0, 1.04, z) for z in (1.0, 0.88) for c in range(0, n, 3)]
    many = cutter(stretch).cut_many(tries)
    one = cutter(stretch)
    by_one = np.stack([one.cut(i, one.xs[i], one.ys[i] + dy, a, z) for i, dy, a, z in tries])
    assert np.array_equal(many, by_one)
    # Cell i at aspect a stretched is cell i at a * stretch[i] unstretched (the probe's
    # cut), and the stretch changes the cells.
    plain = cutter(None)
    scaled = [(i, dy, float(a * stretch[i]), z) for i, dy, a, z in tries]
    assert np.array_equal(many, plain.cut_many(scaled))
    assert not np.array_equal(many, cutter(None).cut_many(tries))
    recrop = ocr_cells._Recrop(cutter(stretch), 1.0, 1.04, 0.92)
    shifts = [(0.0, 0.0), (1.5, -0.5), (-2.0, 1.0)]
    for col in (0, 20, 43):
        alone = np.stack([recrop(col, dx, dy) for dx, dy in shifts])
        assert np.array_equal(recrop.many(col, shifts), alone)
