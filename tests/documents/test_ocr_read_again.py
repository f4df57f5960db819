"""Rule 22/22b's refusal (a digit pair that look-alikes mending the composite would read
as printed) is not lifted by a second draw of the same cells: another candidate MRZ of
the same picture, or the ink image where the gray reading was so refused, reading the
same lines valid (ocr.SUSPECT_WHYS; bench/results/mrz_read_again.md)."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.documents import ocr, ocr_reading
from desktop.documents.mrz import parse
from tests.documents.conftest import TODAY

_LINES = (
    "I<FRA35PH655824C2793762T<<<<<<",
    "7911255F3108044FRA<<<<<<<<<<<7",
    "GARCIA<LOPEZ<<MARIE<CLAIRE<ANN",
)
# The same MRZ with the document number's 3 read 8 (its check then fails): other lines.
_OTHER = ("I<FRA85PH655824C2793762T<<<<<<", *_LINES[1:])


def _valid(lines: tuple[str, ...]) -> ocr_reading.Reading:
    return ocr_reading.Reading(parse(lines, today=TODAY), (0.9,) * 3, (), (), 0.9)


def _refused(lines: tuple[str, ...], why: str) -> ocr_reading.Reading:
    doc = parse(lines, today=TODAY)
    return ocr_reading.refused(doc, (0.9,) * 3, [(1, 6), (1, 15)], 0.9, why)


def test_the_readings_of_the_fixture() -> None:
    assert _valid(_LINES).document.valid
    assert not _refused(_LINES, "printed_error_twin").document.valid
    assert ocr._suspected(_refused(_LINES, "printed_error_twin"))
    assert not ocr._suspected(_refused(_LINES, "ambiguous"))


class _Line:
    h = 20.0  # a character height (_read_turns takes the group's median)


def _candidates(monkeypatch: pytest.MonkeyPatch, readings: list[ocr_reading.Reading]) -> None:
    """_read_turns' picture with one candidate MRZ per reading, read in that order."""
    groups = [[_Line()] for _ in readings]
    monkeypatch.setattr(ocr, "_find_mrz_lines", lambda img: groups)
    monkeypatch.setattr(ocr, "_read_group", lambda img, group, today: readings[groups.index(group)])
    monkeypatch.setattr(ocr, "_box", lambda group, shape: (0, 0, 1, 1))


@pytest.mark.parametrize(
    ("first_lines", "first_why", "valid"),
    [
        (_LINES, "printed_error_twin", False),  # the same suspected lines: refusal stands
        (_OTHER, "printed_error_twin", True),  # other lines: another reading
        (_LINES, "ambiguous", True),  # rule 6 lifted so on clean pages (ext-mrz pe-100)
    ],
)
def test_another_candidate_of_the_same_picture(
    monkeypatch: pytest.MonkeyPatch, first_lines: tuple[str, ...], first_why: str, valid: bool
) -> None:
    _candidates(monkeypatch, [_refused(first_lines, first_why), _valid(_LINES)])
    reading, *_ = ocr._read_turns(np.zeros((10, 10), np.uint8), TODAY, (None,))
    assert reading is not None
    assert reading.document.valid is valid
    assert reading.document.lines == (_LINES if valid else first_lines)


@pytest.mark.parametrize(
    ("first", "again", "valid"),
    [
        (_refused(_LINES, "printed_error_twin"), _valid(_LINES), False),
        (_refused(_OTHER, "printed_error_twin"), _valid(_LINES), True),
        (_refused(_LINES, "illegible"), _valid(_LINES), True),  # variant 800063's path
    ],
)
def test_the_ink_image_reading_the_same_suspected_lines(
    monkeypatch: pytest.MonkeyPatch,
    first: ocr_reading.Reading,
    again: ocr_reading.Reading,
    valid: bool,
) -> None:
    monkeypatch.setattr(ocr, "_coloured_over_mrz", lambda gray, ink, where: True)
    where = ocr._Where(None, 1, (0, 0, 1, 1))
    monkeypatch.setattr(ocr, "_read_gray", lambda ink, today, w: (again, where))
    img = np.zeros((10, 10), np.uint8)
    got = ocr._read_again(img, img, first, where, TODAY)
    assert got.document.valid is valid


def test_f7_42091_read_the_same_on_its_second_candidate_is_never_valid() -> None:
    """blend_pages f7 42091 (TD1, the number's 66 blended toward 82, the composite printed
    wrong): refused by 22b on the picture's first candidate MRZ, its second read the same
    wrong lines VALID (base 1102b3c); now refused."""
    from tests.documents import blend_pages

    made = blend_pages.page("f7", 42091)
    assert made is not None
    jpeg, _printed, printed_valid, _note = made
    assert not printed_valid
    doc = ocr.read_image(jpeg, today=blend_pages.TODAY).document
    assert not doc.valid
    assert any(getattr(e, "code", "") == "ocr.refused" for e in doc.errors)


def test_heldout12_2300044_levelled_is_still_read_exactly() -> None:
    """heldout12 2300044 (a TD2 photographed 11.5 degrees off level): 22b refuses its two
    candidates in the unlevelled picture, the levelled picture (another picture, not a
    second draw) reads it exactly."""
    from bench import bench_mrz, mrz_heldout12

    s = mrz_heldout12.sample(2300044, today=bench_mrz.TODAY)
    doc = ocr.read_image(s.jpeg, today=bench_mrz.TODAY).document
    assert doc.valid
    assert doc.lines == s.lines


def test_variant_800063_ink_image_still_reads_exactly() -> None:
    """mrz_variant 800063: its gray reading is refused (an illegible cell under colour), its
    ink image reads it exactly: the ink path is unchanged for other refusals."""
    from bench import bench_mrz, mrz_variant

    s = mrz_variant.sample(800063, today=bench_mrz.TODAY)
    doc = ocr.read_image(s.jpeg, today=bench_mrz.TODAY).document
    assert doc.valid
    assert doc.lines == s.lines


def test_heldout_900003_ink_image_still_lifts_rule_6_on_the_same_lines() -> None:
    """mrz_heldout 900003: its gray reading refused by rule 6 (ambiguous, 2:34), its ink
    image reads the same lines valid and exactly: rule 6 is not in SUSPECT_WHYS."""
    from bench import bench_mrz, mrz_heldout

    s = mrz_heldout.sample(900003, today=bench_mrz.TODAY)
    doc = ocr.read_image(s.jpeg, today=bench_mrz.TODAY).document
    assert doc.valid
    assert doc.lines == s.lines
