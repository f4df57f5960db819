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


def _row(**fit: float) -> np.ndarray:
    """Template scores: 0.6 for every class but those given."""
    row = np.full(len(ALPHABET), 0.6, np.float32)
    for c, v in fit.items():
        row[ALPHABET.index(c.lstrip("_"))] = v
    return row


LETTERS_FIELD = "ABCDEFGHIJKLMNOPQRSTUVWXYZ<"


def test_a_clear_digit_in_a_field_of_letters_stays_where_it_is():
    # face_pages 2790128's nationality 9: 0.97 where it stood, V and Q 0.77.
    assert ocr_classify._clear_foreign_digit(_row(_9=0.97, V=0.771, Q=0.771), LETTERS_FIELD)


def test_a_digit_with_a_letter_close_behind_is_realigned_as_before():
    # Not a clear glyph: the field's type breaks the tie (ocr_decide rule 2).
    near = 0.97 - ocr_classify.FOREIGN_CLEAR + 0.01
    assert not ocr_classify._clear_foreign_digit(_row(_9=0.97, Q=near), LETTERS_FIELD)
    # A look-alike letter (0/O) within LOOKALIKE_WIDE, even past FOREIGN_CLEAR.
    assert not ocr_classify._clear_foreign_digit(_row(_0=0.97, O=0.80), LETTERS_FIELD)
    # Under REALIGN_BELOW the digit is no clear glyph either.
    assert not ocr_classify._clear_foreign_digit(_row(_9=0.88, Q=0.70), LETTERS_FIELD)
    # A digit the field admits, or a letter, is the realignment's as before.
    assert not ocr_classify._clear_foreign_digit(_row(_9=0.97), LETTERS_FIELD + "9")
    assert not ocr_classify._clear_foreign_digit(_row(Q=0.97), "0123456789<")


def test_face_pages_2790128_is_read_as_printed_and_invalid():
    """Printed invalid: the nationality SLV misprinted S9V (an OCR-B 9 in a letters
    field). The realignment moved the 9 to where a Q fitted and the MRZ was read SQV and
    VALID: a wrong reading reported valid (issue 10)."""
    from desktop.documents import ocr
    from tests.documents import face_pages
    from tests.documents.conftest import TODAY

    shot = face_pages.sample(2790128, today=TODAY)
    assert not shot.valid and shot.lines[1][10:13] == "S9V"
    doc = ocr.read_image(shot.jpeg, today=TODAY).document
    assert doc.lines == shot.lines and not doc.valid
    assert doc.nationality == "S9V"
