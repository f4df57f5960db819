"""The look-alike classifier (desktop.documents.ocr_lookalike) inside the OCR's
decision: it settles a clear glyph the templates left open, never a glyph that is
truly between two characters, and its absence only makes the reader refuse more."""

from __future__ import annotations

import functools

import cv2
import numpy as np
import pytest
from PIL import ImageFont

from desktop.documents import glyphs, ocr, ocr_decide, ocr_lookalike, ocr_reading
from desktop.documents import layout as mrz_layout
from desktop.documents.mrz import check_blind
from tests.documents.conftest import TODAY
from tests.documents.test_ocr_decide import ALNUM_FIELDS, IDX, PAIRS, _scores, _twin

# Letter pairs (and K/<) that OCR-B keeps apart but blur, bold ink or another face
# bring together; in a document number two swaps of them can cancel too.
LETTER_PAIRS = [("H", "M"), ("T", "I"), ("E", "F"), ("F", "P"), ("C", "P"), ("K", "<"),
                ("W", "<"), ("M", "N"), ("U", "V")]  # fmt: skip


@functools.cache
def _glyph(c: str) -> np.ndarray:
    """An OCR-B character cell as the reader cuts it (dark ink, light paper)."""
    size = glyphs.PITCH / glyphs.ADVANCE_EM
    font = ImageFont.truetype(str(glyphs.FONT_PATH), round(size * 4))
    big = glyphs._render(c, font, size, 4)
    g = cv2.resize(big, (glyphs.CELL_W, glyphs.CELL_H), interpolation=cv2.INTER_AREA)
    return 255.0 - cv2.GaussianBlur(g, (0, 0), 0.8)


def _feats(text: str, blend: dict[int, tuple[str, str]] | None = None) -> np.ndarray:
    cells = [_glyph(c) for c in text]
    for p, (a, b) in (blend or {}).items():
        cells[p] = 0.5 * _glyph(a) + 0.5 * _glyph(b)  # halfway between the two
    return glyphs.features(np.stack(cells))


def _ambiguous(lines, flat, digit, letter):
    scores = _scores(lines)
    close = (
        ocr_reading.LOOKALIKE_MARGIN
        if ocr_reading.is_lookalike(digit, letter)
        else (ocr_reading.RIVAL_MARGIN)
    )
    for p in flat:  # the templates cannot tell: within the margin that keeps a rival
        scores[p, IDX[letter]] = 0.97 - (close - 0.01)
    return scores


def test_the_classifier_is_shipped():
    assert ocr_lookalike.Net.get() is not None


@pytest.mark.parametrize("digit, letter", PAIRS)
@pytest.mark.parametrize("fmt, field", ALNUM_FIELDS)
def test_a_glyph_between_two_characters_is_refused(fmt, field, digit, letter):
    # Two readings pass every check; the cells are halfway between the digit and the
    # letter: the classifier must not pick one.
    lines, flat = _twin(fmt, field, digit, letter)
    n = len(lines[0])
    feats = _feats("".join(lines), {p: (digit, letter) for p in flat})
    reading = ocr._decide(_ambiguous(lines, flat, digit, letter), fmt, n, TODAY, feats=feats)
    assert not reading.document.valid, (fmt, field, lines)
    assert "OCR refused" in reading.document.errors[-1]


@pytest.mark.parametrize("a, b", LETTER_PAIRS)
def test_a_letter_between_two_letters_is_refused(a, b):
    lines, flat = _twin("TD3", "document_number", a, b)
    feats = _feats("".join(lines), {p: (a, b) for p in flat})
    reading = ocr._decide(_ambiguous(lines, flat, a, b), "TD3", 44, TODAY, feats=feats)
    assert not reading.document.valid, lines
    assert "OCR refused" in reading.document.errors[-1]


# The pairs whose clean OCR-B digit the classifier tells from the letter by more than
# its margin (0/O: 5.3 logits, under the margin of 6: left to the document's exemplars
# and the check digits, or refused).
SURE_PAIRS = [p for p in PAIRS if p != ("0", "O") and not check_blind(*p)]
# 6/G and 1/L weigh alike in every check digit: a network settles them only by the
# margin it needs where no check digit looks, which a clean glyph need not reach.
BLIND_PAIRS = [p for p in PAIRS if check_blind(*p)]


@pytest.mark.parametrize("digit, letter", SURE_PAIRS)
def test_a_clear_glyph_the_templates_left_open_is_settled(monkeypatch, digit, letter):
    # Two cells whose swaps cancel in the check digits: a network's pick there is what
    # tells two valid readings apart (ocr_twins._cancelling), so it settles them only
    # when sure by the margin it needs where no check digit looks; else refused.
    lines, flat = _twin("TD3", "document_number", digit, letter)
    feats = _feats("".join(lines))
    monkeypatch.setattr(ocr_decide, "_exemplar_prune", lambda *a, **k: None)  # the net alone
    # Rule 15 (the document's own exemplars with the CNN) would settle a clean glyph too.
    monkeypatch.setattr(ocr_decide, "_self_vouched", lambda r, loose, *a, **k: loose)
    scores = _ambiguous(lines, flat, digit, letter)
    assert not ocr._decide(scores, "TD3", 44, TODAY).document.valid  # templates alone
    reading = ocr._decide(scores, "TD3", 44, TODAY, feats=feats)
    cands = [[c] for c in "".join(lines)]
    for p in flat:
        cands[p] = [digit, letter]
    sure = ocr_lookalike.settle(cands, feats, covered=()) == flat
    if sure:
        assert reading.document.valid and reading.document.lines == lines
    else:
        assert not reading.document.valid
        assert "OCR refused" in reading.document.errors[-1]
    # One such cell alone: the check digit catches a wrong pick, the checked margin
    # settles it.
    single = [[c] for c in "".join(lines)]
    single[flat[0]] = [digit, letter]
    assert ocr_lookalike.settle(single, feats, mrz_layout.layout("TD3").covered()) == flat[:1]


@pytest.mark.parametrize("digit, letter", BLIND_PAIRS)
def test_a_pair_the_check_digits_cannot_tell_is_never_read_wrong(monkeypatch, digit, letter):
    lines, flat = _twin("TD3", "document_number", digit, letter)
    assert len(flat) == 1  # one cell: the two readings weigh alike
    monkeypatch.setattr(ocr_decide, "_exemplar_prune", lambda *a, **k: None)
    for printed in (digit, letter):
        chars = list("".join(lines))
        chars[flat[0]] = printed
        shown = "".join(chars)
        doc_lines = (shown[:44], shown[44:])
        feats = _feats(shown)
        reading = ocr._decide(_ambiguous(doc_lines, flat, digit, letter), "TD3", 44, TODAY,
                              feats=feats)  # fmt: skip
        assert not reading.document.valid or reading.document.lines == doc_lines


def test_without_the_classifier_the_reader_refuses(monkeypatch):
    lines, flat = _twin("TD3", "document_number", "8", "B")
    feats = _feats("".join(lines))
    scores = _ambiguous(lines, flat, "8", "B")
    # The document's own exemplars (its other 0s) would settle it too: leave them out.
    monkeypatch.setattr(ocr_decide, "_exemplar_prune", lambda *a, **k: None)
    cands = [[c] for c in "".join(lines)]
    for p in flat:
        cands[p] = ["8", "B"]
    assert ocr_lookalike.settle(cands, feats, mrz_layout.layout("TD3").covered()) == flat
    monkeypatch.setattr(ocr_lookalike.Net, "_instance", None)
    monkeypatch.setattr(ocr_lookalike.Net, "_missing", True)
    assert not ocr._decide(scores, "TD3", 44, TODAY, feats=feats).document.valid


def test_the_classifier_only_narrows():
    # It never adds a character the templates ruled out: a clear B where the
    # templates keep only 8 stays 8 (and the check digit then says what it says).
    cands = [["8"], ["8", "B"]]
    feats = _feats("BB")
    settled = ocr_lookalike.settle(cands, feats)
    assert cands[0] == ["8"]
    assert settled == [1] and cands[1] == ["B"]


@pytest.mark.parametrize("seed", [900016, 900126])
def test_the_held_out_sets_wrong_valid_readings_are_refused(seed):
    # The first (and only) score of bench/mrz_heldout.py found these two read wrong and
    # reported valid (OCR-B "Sharp": a visa's optional 0 read O; a document number's
    # two Os read 0, which its check digit cannot see). The document's exemplars had
    # dropped the printed character; the classifier now vetoes that.
    from bench import mrz_heldout

    s = mrz_heldout.sample(seed, today=TODAY)
    doc = ocr.read_image(s.jpeg, today=TODAY).document
    assert not doc.valid or doc.lines == s.lines
    assert doc.lines == s.lines  # read as printed, and refused


def test_without_the_classifier_the_exemplars_drop_nothing(monkeypatch):
    monkeypatch.setattr(ocr_lookalike.Net, "_instance", None)
    monkeypatch.setattr(ocr_lookalike.Net, "_missing", True)
    assert ocr_lookalike.prefers(_feats("00"))(0, "O", "0")


def test_group_lead_answers_per_cell_and_fails_closed(monkeypatch):
    """ocr_lookalike.group_lead (rule 16c's second witness): a clean O leads its 0 and a
    clean 0 trails it; a pair no group holds is NaN; without the classifier, or with
    features that are not the reader's, -inf (rule 16c then leaves the cell to the
    rules that fail closed)."""
    feats = _feats("O0")
    lead = ocr_lookalike.group_lead("OO", feats, {0: "0", 1: "0"})
    assert lead[0] > 0 > lead[1]
    assert np.isnan(ocr_lookalike.group_lead("OO", feats, {0: "7"})[0])
    assert ocr_lookalike.group_lead("OO", feats[:, :5], {0: "0"}) == {0: -np.inf}
    monkeypatch.setattr(ocr_lookalike.Net, "_instance", None)
    monkeypatch.setattr(ocr_lookalike.Net, "_missing", True)
    assert ocr_lookalike.group_lead("OO", feats, {0: "0"}) == {0: -np.inf}
