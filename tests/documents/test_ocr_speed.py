"""The OCR's work done once or in one go (issue 10's speed target) gives what the work
done each time gave, bit for bit: batched warp matrices, the remembered tilt, the
remembered look-alike group and CNN batch."""

from __future__ import annotations

import datetime as dt

import cv2
import numpy as np
import pytest

from desktop.documents import glyphs, ocr, ocr_cells, ocr_locate, ocr_lookalike, ocr_rectify
from desktop.documents.ocr_classify import JITTER, SEARCH
from tests.documents import synth

TODAY = dt.date(2026, 1, 1)


def _cutter(seed: int, float32: bool = False) -> ocr_cells._Cutter:
    rng = np.random.default_rng(seed)
    n = 44
    strip = (rng.random((72, (n + 4) * 24)) * 255).astype(np.float32)
    xs = 48 + (np.arange(-1, n + 1) + 0.5) * 24 + rng.normal(0, 2, n + 2)
    ys = 36 + rng.normal(0, 2, n + 2)
    pitch = 24 + rng.normal(0, 1, n + 2)
    sh = rng.normal(0, 0.1, n + 2)
    if float32:
        sh = sh.astype(np.float32)
    return ocr_cells._Cutter(strip, xs, ys, pitch, sh)


def _one_by_one(cutter: ocr_cells._Cutter, tries: list[tuple[int, float, float, float]]):
    return np.stack([cutter.cut(i, cutter.xs[i], cutter.ys[i] + dy, a, z) for i, dy, a, z in tries])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_cells_cut_many_at_once_are_the_cells_cut_one_by_one(seed: int) -> None:
    cutter = _cutter(seed)
    assert cutter.arrays is not None  # the batched path
    tries = [
        (c + 1, float(dy), a, z)
        for dy in np.arange(-3.0, 3.01, 1.0)
        for z in ocr_cells.ZOOMS
        for a in ocr_cells.ASPECTS
        for c in range(0, 44, 5)
    ]
    tries += tries[:7]  # repeats come from the cache, as before
    many = cutter.cut_many(tries)
    assert np.array_equal(many, _one_by_one(_cutter(seed), tries))


def test_a_line_whose_arrays_are_not_doubles_is_cut_one_by_one() -> None:
    cutter = _cutter(4, float32=True)
    assert cutter.arrays is None
    tries = [(c + 1, 0.5, 1.04, 0.92) for c in range(44)]
    assert np.array_equal(cutter.cut_many(tries), _one_by_one(_cutter(4, True), tries))


@pytest.mark.parametrize("zoom", [1.0, 0.84])
def test_recrops_at_once_are_the_recrops_one_by_one(zoom: float) -> None:
    recrop = ocr_cells._Recrop(_cutter(5), 1.0, 1.08, zoom)
    for col in (0, 17, 43):
        for shifts in (SEARCH, JITTER, [(2.0 + jx, -1.0 + jy) for jx, jy in JITTER]):
            one = np.stack([recrop(col, dx, dy) for dx, dy in shifts])
            assert np.array_equal(recrop.many(col, shifts), one)


def test_the_tilt_remembered_from_the_search_is_the_tilt_searched_again() -> None:
    for seed in (700_003, 700_011, 700_020):
        gray = ocr.load_gray(synth.sample(seed, today=TODAY).jpeg)
        gray = cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
        turned = ocr_locate.level(gray, 9.0, 1600)
        for img in (gray, turned, np.full((300, 400), 255, np.uint8)):
            ocr_locate._Seen.forget()
            fresh = ocr_locate.tilt_of(img)  # searches
            ocr_locate._Seen.forget()
            ocr_locate._find_mrz_lines(img)
            assert ocr_locate.tilt_of(img) == fresh  # remembered
            assert ocr_locate.tilt_of(img.copy()) == fresh  # another array: searched


def test_the_remembered_look_alike_group_is_the_group() -> None:
    net = ocr_lookalike.Net.get()
    if net is None:
        pytest.skip("no look-alike classifier")
    for chars in (["0", "O"], ["1", "I"], ["A", "7"], ["8", "B"], ["O", "0"]):
        first = net.group_for(chars)
        assert net.group_for(list(chars)) == first
        expected = next(
            (k for k, (g, _p, _m) in enumerate(net.groups) if all(c in g for c in chars)), None
        )
        assert first == expected


def test_the_cnn_run_again_on_one_batch_answers_as_it_did() -> None:
    cnn = ocr_lookalike.Cnn.get()
    if cnn is None:
        pytest.skip("no look-alike CNN")
    rng = np.random.default_rng(9)
    feats = rng.normal(0, 0.05, (6, 320)).astype(np.float32)
    first = cnn.logits(feats)
    first[0, 0] = 1e9  # a caller's changes stay its own
    again = cnn.logits(feats)
    assert again[0, 0] != 1e9
    cnn.net.setInput(feats)
    direct = np.asarray(cnn.net.forward(), np.float32).reshape(6, -1)
    assert np.array_equal(again, direct)


def _features_as_before(cells: np.ndarray) -> np.ndarray:
    """glyphs.features as it was written before its copies were dropped."""
    n = cells.shape[0]
    small = glyphs._ROWS @ cells.astype(np.float32) @ glyphs._COLS
    v = (255.0 - small).reshape(n, -1)
    v -= v.mean(axis=1, keepdims=True)
    norm = np.linalg.norm(v, axis=1, keepdims=True)
    return v / np.maximum(norm, 1e-6)


@pytest.mark.parametrize("n", [1, 9, 35, 500])
def test_features_in_place_are_the_features_with_copies(n: int) -> None:
    rng = np.random.default_rng(n)
    for cells in (
        (rng.random((n, 30, 24)) * 255).astype(np.float32),
        (rng.random((n, 30, 24)) * 255).astype(np.uint8),
        np.full((n, 30, 24), 200.0, np.float32),  # blank: the 1e-6 floor
        _cutter(n).cut_many([(c % 44 + 1, 0.0, 1.0, 1.0) for c in range(n)]),
    ):
        before = _features_as_before(cells)
        after = glyphs.features(cells)
        assert after.dtype == before.dtype and np.array_equal(after, before)


def test_a_line_cut_again_from_its_memo_is_the_line_cut_afresh() -> None:
    """ocr._recut and _one_size cut a line again with another gain or shear: from the
    line's memo (its geometry and each shear's pose search) the cells, quiet flag,
    zoom and plain cells are those of a fresh cut."""
    clf = ocr_cells._Classifier.get()
    gray = ocr.load_gray(synth.sample(700_005, today=TODAY).jpeg)
    scale = ocr.WORK_MAX_SIDE / max(gray.shape)
    if scale < 1:
        gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    group = ocr_locate._find_mrz_lines(gray)[0]
    grid = ocr_rectify._grid(gray, group[0])
    assert grid is not None
    n = 44 if len(group) == 2 else 30
    strip, _ = ocr_rectify._warp_line(gray, grid.at(0), grid.at(n - 1), n)
    memo: dict[object, object] = {}
    shear = np.linspace(-0.08, 0.08, n)
    for sh, gain in (
        (None, ocr_cells.ZOOM_GAIN),
        (shear, ocr_cells.ZOOM_GAIN),
        (None, 0.0),
        (shear, 0.0),
        (None, np.inf),
        (shear.copy(), np.inf),
    ):
        again = ocr_cells._cells(strip, n, clf, sh, gain, memo)
        fresh = ocr_cells._cells(strip, n, clf, sh, gain)
        for a, b in zip(again[:2] + again[3:], fresh[:2] + fresh[3:], strict=True):
            assert np.array_equal(a, b)
        assert np.array_equal(again[2](3, 0.5, -1.0), fresh[2](3, 0.5, -1.0))
    assert len(memo) == 3  # the geometry, and the search without and with the shear
