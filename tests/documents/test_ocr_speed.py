"""The OCR's work done once or in one go (issue 10's speed target) gives what the work
done each time gave, bit for bit: batched warp matrices, the remembered tilt, the
remembered look-alike group and CNN batch."""

from __future__ import annotations

import datetime as dt

import cv2
import numpy as np
import pytest

from desktop.documents import glyphs, ocr, ocr_cells, ocr_locate, ocr_lookalike, ocr_rectify
from desktop.documents.ocr_classify import ALPHABET, JITTER, SEARCH
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
    key = (shear.dtype.str, shear.shape, shear.tobytes())
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
    # The geometry, whether waves moved it, its trend (none here), and the search
    # without and with the shear.
    assert set(memo) == {"geometry", "waved", "stretch", ("pose", None), ("pose", key)}
    assert memo["stretch"] is None


def _chains_dense(cx: np.ndarray, cy: np.ndarray, h: np.ndarray) -> list[np.ndarray]:
    """ocr_locate._chains as it was (6d313fe): over the n x n matrix of every pair."""
    n = len(cx)
    if n < 2:
        return []
    dx = cx[None, :] - cx[:, None]
    dy = cy[None, :] - cy[:, None]
    hm = np.maximum(h[:, None], h[None, :])
    ratio = h[:, None] / h[None, :]
    ok = (
        (dx > 0.3 * hm)
        & (dx < 2.0 * hm)
        & (np.abs(dy) < 0.2 * hm + 0.35 * dx)
        & (ratio > 0.65)
        & (ratio < 1.55)
    )
    cost = np.where(ok, dx + 2.5 * np.abs(dy), np.inf)
    nxt = cost.argmin(axis=1)
    has = np.isfinite(cost[np.arange(n), nxt])
    prev = np.full(n, -1)
    best = np.full(n, np.inf)
    for i in np.flatnonzero(has):
        j, c = nxt[i], cost[i, nxt[i]]
        if c < best[j]:
            best[j], prev[j] = c, i
    succ = np.full(n, -1)
    for j in np.flatnonzero(prev >= 0):
        succ[prev[j]] = j
    chains = []
    for start in np.flatnonzero(prev < 0):
        chain = [start]
        while succ[chain[-1]] >= 0 and len(chain) <= n:
            chain.append(succ[chain[-1]])
        if len(chain) >= 8:
            chains.append(np.array(chain))
    return chains


def _same_chains(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return len(a) == len(b) and all(
        x.dtype == y.dtype and np.array_equal(x, y) for x, y in zip(a, b, strict=True)
    )


@pytest.mark.parametrize("seed", range(6))
def test_chains_from_the_near_pairs_are_the_chains_of_the_whole_matrix(seed: int) -> None:
    # Whole-pixel places and heights make ties of cost (two nexts, two predecessors):
    # they must go to the lowest index, as argmin's and the first-come loop's did.
    rng = np.random.default_rng(seed)
    chained = 0
    for k in range(200):
        n = int(rng.integers(0, 400))
        cx = rng.integers(0, 300, n).astype(np.float64)
        cy = rng.integers(0, 40, n).astype(np.float64)
        h = rng.integers(7, 13, n).astype(np.float64)
        if k % 2:
            cx += rng.random(n) * 0.5
        want = _chains_dense(cx, cy, h)
        chained += len(want)
        assert _same_chains(ocr_locate._chains(cx, cy, h), want), (seed, k)
    assert chained > 0  # the comparison saw chains, not only empty lists


def test_chains_of_a_rendered_page_are_the_chains_of_the_whole_matrix() -> None:
    gray = ocr.load_gray(synth.sample(700_001, today=TODAY).jpeg)
    found = []
    for img in (gray, cv2.rotate(gray, cv2.ROTATE_90_CLOCKWISE), _enlarge(gray)):
        cx, cy, _w, h = ocr_locate._components(img)
        got = ocr_locate._chains(cx, cy, h)
        assert _same_chains(got, _chains_dense(cx, cy, h))
        found.append(len(got))
    assert found[0] >= 2  # the MRZ's lines at least


def _enlarge(gray: np.ndarray) -> np.ndarray:
    return cv2.resize(gray, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)


def test_the_picture_loaded_without_copies_is_the_picture_loaded_with_them() -> None:
    """ocr._load: exif_transpose in place and no convert() to the mode the picture
    has: the same pixels as the copies gave, upright or turned by its EXIF tag."""
    import io

    from PIL import Image, ImageOps

    jpeg = synth.sample(700_002, today=TODAY).jpeg
    with Image.open(io.BytesIO(jpeg)) as im:
        px = np.array(im.convert("RGB"))
    px[: px.shape[0] // 2, :, 0] = 255  # a red wash: colour for ink_image to remove
    rgb = Image.fromarray(px)
    colour = io.BytesIO()
    rgb.save(colour, "JPEG", quality=90)
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 270 to show upright
    turned = io.BytesIO()
    rgb.save(turned, "JPEG", quality=90, exif=exif)
    inks = 0
    for data in (jpeg, colour.getvalue(), turned.getvalue()):
        for ink in (False, True):
            with Image.open(io.BytesIO(data)) as im:
                im.draft("RGB" if ink else "L", im.size)
                im = ImageOps.exif_transpose(im)
                want = np.asarray(im.convert("RGB" if ink else "L"))
            got = ocr.load_ink(data) if ink else ocr._load(data, False)
            if ink:
                want = ocr.ink_image(want)
                assert (got is None) == (want is None)
                if got is None:
                    continue
                inks += 1
            assert got is not None and got.shape == want.shape
            assert np.array_equal(got, want)
    assert inks >= 2  # the ink images of the washed and turned pictures compared too
    assert ocr.load_gray(turned.getvalue()).shape == ocr.load_gray(jpeg).shape[::-1]


def _page_cells(seed: int) -> tuple[np.ndarray, int]:
    """The cells of a rendered page's MRZ as the reader cuts them, and the line width."""
    clf = ocr_cells._Classifier.get()
    gray = ocr.load_gray(synth.sample(seed, today=TODAY).jpeg)
    scale = ocr.WORK_MAX_SIDE / max(gray.shape)
    if scale < 1:
        gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    group = ocr_locate._find_mrz_lines(gray)[0]
    n = 44 if len(group) == 2 else 30
    cells, recrops = [], []
    for line in group:
        grid = ocr_rectify._grid(gray, line)
        assert grid is not None
        strip, _ = ocr_rectify._warp_line(gray, grid.at(0), grid.at(n - 1), n)
        cut = ocr_cells._cells(strip, n, clf)
        cells.append(cut[0])
        recrops.append(cut[2])
    _RECROPS[seed] = recrops
    return np.concatenate(cells), n


_RECROPS: dict[int, list[object]] = {}


def test_near_ties_rescored_at_once_are_the_near_ties_rescored_one_by_one() -> None:
    from desktop.documents import ocr_classify, ocr_decide

    clf = ocr_cells._Classifier.get()
    cells, n = _page_cells(700_006)
    recrops = _RECROPS[700_006]
    scores = clf.scores(cells, n)
    # Near ties everywhere: every cell's runner-up lifted to its best.
    order = np.argsort(scores, axis=1)
    rows = np.arange(len(scores))
    scores[rows, order[:, -2]] = scores[rows, order[:, -1]] - 0.001
    fmt = "TD3" if n == 44 else "TD1"
    skip = {3, 10}
    want = scores.copy()
    cands = ocr_decide.candidates(want)
    done = 0
    for p in range(len(want)):  # the loop as it was (6d313fe)
        if p in skip or len(cands[p]) < 2:
            continue
        crops = ocr_classify._crops(recrops[p // n], p % n, JITTER)
        want[p] = clf.scores(crops, len(crops)).mean(axis=0)
        done += 1
    got = scores.copy()
    ocr_classify._rescore_near_ties(got, fmt, n, recrops, clf, skip=skip)
    assert done >= 10
    assert np.array_equal(got, want)


def _blur_bins(clf, cells: np.ndarray, n: int) -> list[int]:  # type: ignore[no-untyped-def]
    """_Classifier.blur_bins as it was (6d313fe): a second probe of every line."""
    out = []
    for start in range(0, len(cells), n):
        line = glyphs.features(cells[start : start + n : 3])
        probe = (line @ clf.protos).reshape(-1, len(ALPHABET), clf.per_class)
        fit = [float(probe[:, :, b].max(axis=2).max(axis=1).mean()) for b in clf.bins]
        out.append(int(np.argmax(fit)))
    return out


@pytest.mark.parametrize("seed", [700_003, 700_004])
def test_the_bins_scores_chose_are_the_blur_bins(seed: int) -> None:
    clf = ocr_cells._Classifier.get()
    cells, n = _page_cells(seed)
    scores, bins = clf.scores_and_bins(cells, n)
    assert bins == _blur_bins(clf, cells, n)
    assert np.array_equal(scores, clf.scores(cells, n))


@pytest.mark.parametrize("seed", [700_003, 700_004])
def test_groups_scored_at_once_are_the_groups_scored_one_by_one(seed: int) -> None:
    """_rescore_near_ties's crops (9 a cell, cells of every blur) scored in one go."""
    clf = ocr_cells._Classifier.get()
    cells, _n = _page_cells(seed)
    rng = np.random.default_rng(seed)
    # Groups of 9 of the page's cells, some blurred so that more than one bin is chosen.
    groups = []
    for g in range(12):
        pick = cells[rng.choice(len(cells), 9)]
        sigma = (0.0, 1.2, 2.5)[g % 3]
        if sigma:
            pick = np.stack([cv2.GaussianBlur(c, (0, 0), sigma) for c in pick])
        groups.append(pick)
    crops = np.concatenate(groups)
    each = clf.scores_each(crops, 9)
    one_by_one = np.concatenate([clf.scores(gr, 9) for gr in groups])
    assert np.array_equal(each, one_by_one)
    assert len({b for gr in groups for b in _blur_bins(clf, gr, 9)}) >= 2  # several bins met


def _realign_one_by_one(scores, fmt, n, recrops, clf, bins):  # type: ignore[no-untyped-def]
    """ocr_classify._realign_poor_cells as it was (6d313fe): cell by cell."""
    from desktop.documents import ocr_classify as oc

    centre = SEARCH.index((0.0, 0.0))
    moved = {}
    for p, chars in enumerate(oc._layout(fmt)):
        idx = [oc._IDX[c] for c in chars]
        if scores[p, idx].max() >= oc.REALIGN_BELOW or oc._clear_foreign_digit(scores[p], chars):
            continue
        line, col = divmod(p, n)
        crops = oc._crops(recrops[line], col, SEARCH)
        fit = oc._search_fit(crops, clf, bins[line], idx, centre)
        k = int(np.argmax(fit))
        if fit[k] < oc.REALIGN_FIT or fit[k] < fit[centre] + oc.REALIGN_GAIN:
            continue
        dx, dy = SEARCH[k]
        crops = oc._crops(recrops[line], col, [(dx + jx, dy + jy) for jx, jy in JITTER])
        scores[p] = clf.scores_in_bin(crops, bins[line]).mean(axis=0)
        moved[p] = (dx, dy)
    return moved


def test_poor_cells_realigned_at_once_are_the_cells_realigned_one_by_one() -> None:
    from desktop.documents import ocr_classify

    clf = ocr_cells._Classifier.get()
    cells, n = _page_cells(700_007)
    fmt = "TD3" if n == 44 else "TD1"

    # The cells cut two pixels off to the left and up: poor where they stood, better
    # where the search finds them (every line's recrop moved alike).
    def off(r):  # type: ignore[no-untyped-def]
        return lambda c, dx, dy: r(c, dx - 2.0, dy - 2.0)

    recrops = [off(r) for r in _RECROPS[700_007]]
    shifted = np.concatenate([np.stack([r(c, 0.0, 0.0) for c in range(n)]) for r in recrops])
    scores, bins = clf.scores_and_bins(shifted, n)
    want, got = scores.copy(), scores.copy()
    moved_want = _realign_one_by_one(want, fmt, n, recrops, clf, bins)
    moved_got = ocr_classify._realign_poor_cells(got, fmt, n, recrops, clf, bins)
    assert len(moved_want) >= 3  # cells were moved, and rescored
    assert moved_got == moved_want and list(moved_got) == list(moved_want)
    assert np.array_equal(got, want)
    assert len(cells) == len(shifted)


def test_components_through_bbdt_are_the_default_components() -> None:
    """ocr_locate.components_with_stats (Grana's BBDT) labels as OpenCV's default does:
    the same count, labels, stats and centroids, on whole pages upright and turned (the
    locate's binarisation) and on their lines' strips (ocr_rectify's), with one thread
    and with two."""
    threads = cv2.getNumThreads()
    pages = 0
    try:
        for seed in (700_001, 700_002, 700_006):
            gray = ocr.load_gray(synth.sample(seed, today=TODAY).jpeg)
            strips = []
            for g in (gray, cv2.rotate(gray, cv2.ROTATE_90_CLOCKWISE)):
                bw = cv2.adaptiveThreshold(
                    g, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 10
                )
                strips.append(cv2.morphologyEx(bw, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8)))
            group = ocr_locate._find_mrz_lines(gray)[0]
            grid = ocr_rectify._grid(gray, group[0])
            assert grid is not None
            strip, _ = ocr_rectify._warp_line(gray, grid.at(0), grid.at(29), 30)
            _, band = cv2.threshold(strip, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
            strips.append(band)
            for bw in strips:
                for n in (1, 2):
                    cv2.setNumThreads(n)
                    got = ocr_locate.components_with_stats(bw)
                    want = cv2.connectedComponentsWithStats(bw, connectivity=8)
                    assert got[0] == want[0] > 10
                    for a, b in zip(got[1:], want[1:], strict=True):
                        assert a.dtype == b.dtype and np.array_equal(a, b)
                pages += 1
    finally:
        cv2.setNumThreads(threads)
    assert pages == 9
