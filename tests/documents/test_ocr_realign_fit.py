"""The realignment's search fit (ocr_classify._search_fit): matched against the allowed
classes only, it must choose as the fit of every class did."""

from __future__ import annotations

import numpy as np

from desktop.documents import ocr_classify
from desktop.documents.mrz import ALPHABET
from tests.documents.test_ocr_geometry import LINE, PAD, _line_image

DIGITS = [ALPHABET.index(c) for c in "0123456789"]
LETTERS = [ALPHABET.index(c) for c in ALPHABET if c.isalpha()]


def _crops() -> np.ndarray:
    """Cells of an OCR-B line cut at every place of the search around each character."""
    gray = _line_image(LINE)[PAD:-PAD].astype(np.float32)
    crops = []
    for j in range(len(LINE)):
        x, y = 30 * (4.5 + j) - 12, 45 - 15
        for dx, dy in ocr_classify.SEARCH:
            cell = gray[round(y + 3 * dy) : round(y + 3 * dy) + 30, round(x + 3 * dx) :][:, :30]
            crops.append(cell[:, 3:27])
    return np.stack(crops)


def test_the_allowed_fit_is_the_fit_of_every_class_up_to_rounding():
    clf = ocr_classify._Classifier.get()
    crops = _crops()
    for b in range(len(clf.bins)):
        full = clf.scores_in_bin(crops, b)
        for idx in (DIGITS, LETTERS, list(range(len(ALPHABET)))):
            got = clf.allowed_fit(crops, b, idx)
            assert np.abs(got - full[:, idx].max(axis=1)).max() < ocr_classify.FIT_ROUNDING / 20


def test_the_search_chooses_as_the_fit_of_every_class():
    clf = ocr_classify._Classifier.get()
    crops = _crops()
    n = len(ocr_classify.SEARCH)
    centre = ocr_classify.SEARCH.index((0.0, 0.0))
    for b in range(len(clf.bins)):
        for idx in (DIGITS, LETTERS):
            for at in range(0, len(crops), n):
                one = crops[at : at + n]
                full = clf.scores_in_bin(one, b)[:, idx].max(axis=1)
                fit = ocr_classify._search_fit(one, clf, b, idx, centre)
                k, kf = int(np.argmax(fit)), int(np.argmax(full))
                assert k == kf
                for f in (fit, full):
                    assert (f[k] < ocr_classify.REALIGN_FIT) == (
                        full[kf] < ocr_classify.REALIGN_FIT
                    )
                    assert (f[k] < f[centre] + ocr_classify.REALIGN_GAIN) == (
                        full[kf] < full[centre] + ocr_classify.REALIGN_GAIN
                    )
