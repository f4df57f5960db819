"""Rule 23 of ocr_decide (a character after a name's end, `_after_name_end`) and the
attack pages of scripts/mrz_overprint_attack.py it was found on: a pen stroke before a
trailing filler `<` read K (check values 0 and 20: equal modulo 10) and reported VALID."""

from __future__ import annotations

import pytest

from desktop.documents import ocr, ocr_doubt, ocr_reading
from desktop.documents.mrz import compose, parse
from tests.documents.conftest import TODAY

FIELDS = dict(
    document_code="P",
    issuing_state="UTO",
    document_number="L898902C3",
    nationality="UTO",
    birth_date="740812",
    sex="F",
    expiry_date="320415",
    optional_data="ZE184226B",
)


def _td3(names: str) -> tuple[str, str]:
    """A valid TD3 whose names field is `names` as printed (names have no check digit)."""
    lines = compose("TD3", surname="ERIKSSON", given_names="ANNA MARIA", **FIELDS)
    return ("P<UTO" + names.ljust(39, "<"), lines[1])


def _reading(lines: tuple[str, ...]) -> ocr_reading.Reading:
    doc = parse(lines, today=TODAY)
    return ocr_reading.Reading(doc, (1.0,) * len(lines), (), (), 0.97)


@pytest.mark.parametrize(
    "names, cells",
    [
        ("ERIKSSON<<ANNA<MARIA<<<K", [(1, 29)]),  # a K after three fillers: the name ended
        ("ERIKSSON<<ANNA<MARIA<<<<<<<X<<K", [(1, 33), (1, 36)]),
        ("ERIKSSON<<<K", [(1, 17)]),  # no given names: the end is the separator's run
        ("ERIKSSON<<ANNA<MARIA<<", []),  # fillers only after the end
        ("ERIKSSON<<ANNA<<MARIA", []),  # `<<` between given names (older French cards)
        ("ERIKSSON<<K<MARIA", []),  # a one-letter given name
        ("ERIKSSON<<ANNA<MARIAK", []),  # a letter ending a name: nothing to tell
    ],
)
def test_a_character_after_a_names_end_refuses_a_valid_reading(
    names: str, cells: list[tuple[int, int]]
) -> None:
    reading = _reading(_td3(names))
    assert reading.document.valid  # names have no check digit
    out = ocr_doubt._after_name_end(reading, "TD3", 44)
    assert out.document.valid is not bool(cells)
    assert list(out.uncertain) == cells
    assert set(cells) <= set(out.unsure)
    if cells:
        assert ocr_reading.refused_for(out, "after_name")


def test_optional_data_after_fillers_is_left_alone() -> None:
    """Optional data may hold `<<` between its parts (its filler run is 2): not a name."""
    lines = compose("TD3", surname="ERIKSSON", given_names="ANNA", **{**FIELDS,
                    "optional_data": "AB<<<K"})  # fmt: skip
    out = ocr_doubt._after_name_end(_reading(lines), "TD3", 44)
    assert out.document.valid and not out.uncertain


def test_an_invalid_reading_keeps_its_verdict_its_cells_unsure() -> None:
    lines = _td3("ERIKSSON<<ANNA<<<K")
    lines = (lines[0], lines[1][:9] + "4" + lines[1][10:])  # the number's check digit
    reading = _reading(lines)
    assert not reading.document.valid
    out = ocr_doubt._after_name_end(reading, "TD3", 44)
    assert not out.uncertain and (1, 23) in out.unsure
    assert out.document.errors == reading.document.errors


@pytest.mark.parametrize("seed", [9_700_017, 9_700_091, 9_700_243])
def test_attack_pages_with_a_k_after_the_names_end_are_refused(seed: int) -> None:
    """Read wrong and VALID by the base (6d313fe): a stroke before a trailing filler
    read K after the name's end; refused now, the cell named."""
    from bench import bench_mrz
    from bench import mrz_heldout20 as H
    from scripts import mrz_overprint_attack as attack

    real = H.plan, H._zone, H._page
    shot = attack.sample(seed, today=bench_mrz.TODAY)
    assert (H.plan, H._zone, H._page) == real  # heldout20's own renderer for later tests
    marks = attack.MARKS.pop(seed)
    result = ocr.read_image(shot.jpeg, today=bench_mrz.TODAY)
    assert not result.document.valid
    assert any(getattr(e, "code", "") == "ocr.refused" for e in result.document.errors)
    targets = {(m.line + 1, m.cell + 1) for m in marks if m.kind == "complete"}
    assert set(result.uncertain) & targets


def test_the_same_page_without_its_marks_is_read_exactly() -> None:
    from bench import bench_mrz
    from scripts import mrz_overprint_attack as attack

    shot = attack.unmarked(9_700_017, today=bench_mrz.TODAY)
    result = ocr.read_image(shot.jpeg, today=bench_mrz.TODAY)
    assert result.document.valid and result.document.lines == shot.lines
