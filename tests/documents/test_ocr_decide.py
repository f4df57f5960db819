"""The OCR's decision (desktop.documents.ocr_decide) on look-alike characters, and the
reader on the real images of ../shared/ext-mrz."""

from __future__ import annotations

import dataclasses
import itertools

import numpy as np
import pytest

from desktop.documents import layout as mrz_layout
from desktop.documents import (
    ocr,
    ocr_decide,
    ocr_doubt,
    ocr_lookalike,
    ocr_reading,
    ocr_repair,
    ocr_twins,
)
from desktop.documents.mrz import ALPHABET, check_digit, compose, parse
from tests.documents.conftest import TODAY

IDX = {c: i for i, c in enumerate(ALPHABET)}
PAIRS = [("0", "O"), ("0", "D"), ("0", "Q"), ("1", "I"), ("1", "L"), ("2", "Z"),
         ("5", "S"), ("8", "B"), ("6", "G")]  # fmt: skip
# Every field that admits letters and digits, per format.
ALNUM_FIELDS = [
    (fmt, f.name)
    for fmt in mrz_layout.FORMATS
    for f in mrz_layout.layout(fmt).fields
    if f.chars == mrz_layout.ALNUM
]


def _scores(lines: tuple[str, ...]) -> np.ndarray:
    scores = np.full((sum(len(ln) for ln in lines), 37), 0.2, np.float32)
    for p, c in enumerate("".join(lines)):
        scores[p, IDX[c]] = 0.97
    return scores


def _document(fmt: str, field: str, content: str) -> tuple[str, ...]:
    """A valid document of `fmt` whose `field` holds `content` (padded with fillers)."""
    kw: dict[str, str] = {"document_number": "X4A7K9M2"}
    if field == "document_number":
        kw["document_number"] = content
    elif field in ("optional_data", "optional_data_1"):
        kw["optional_data"] = content
    elif field == "optional_data_2":
        kw["optional_data_2"] = content
    code = {"TD3": "P", "MRV-A": "V", "MRV-B": "V"}.get(fmt, "I")
    return compose(
        fmt, document_code=code, issuing_state="UTO", surname="ERIKSSON",
        given_names="ANNA", nationality="UTO", birth_date="740812", sex="F",
        expiry_date="320415", **kw,
    )  # fmt: skip


def _twin(fmt: str, field: str, digit: str, letter: str) -> tuple[tuple[str, ...], list[int]]:
    """A document and the flat positions in `field` where putting `letter` for `digit`
    still passes every check digit (one position where the two weigh the same modulo
    10, else two whose changes cancel)."""
    lay = mrz_layout.layout(fmt)
    f = lay.field(field)
    length = min(f.length, 8)
    for count in (1, 2):
        for where in itertools.combinations(range(length), count):
            content = "".join(digit if i in where else "A7K"[i % 3] for i in range(length))
            lines = _document(fmt, field, content)
            flat = [lay.flat(f.line, f.start + i) for i in where]
            chars = list("".join(lines))
            for p in flat:
                chars[p] = letter
            swapped = tuple(
                "".join(chars[i * lay.width : (i + 1) * lay.width]) for i in range(lay.lines)
            )
            if parse(lines, today=TODAY).valid and parse(swapped, today=TODAY).valid:
                return lines, flat
    raise AssertionError(f"no twin for {digit}/{letter} in {fmt} {field}")


@pytest.mark.usefixtures("templates_only")
@pytest.mark.parametrize("digit, letter", PAIRS)
@pytest.mark.parametrize("fmt, field", ALNUM_FIELDS)
def test_two_readings_that_both_pass_are_refused(fmt, field, digit, letter):
    lines, flat = _twin(fmt, field, digit, letter)
    n = mrz_layout.layout(fmt).width
    scores = _scores(lines)
    # The printed digit looks better, but by less than the look-alike margin measured
    # on real images: the glyphs do not settle it, and the check digits cannot.
    for p in flat:
        scores[p, IDX[letter]] = 0.97 - (ocr_reading.LOOKALIKE_MARGIN - 0.01)
    reading = ocr._decide(scores, fmt, n, TODAY)
    assert not reading.document.valid, (fmt, field, lines)
    assert "OCR refused" in reading.document.errors[-1]
    assert set(reading.uncertain) >= {(p // n + 1, p % n + 1) for p in flat}
    # The letter printed and the digit a close second: refused just the same.
    for p in flat:
        scores[p, IDX[letter]], scores[p, IDX[digit]] = 0.97, 0.96
    assert not ocr._decide(scores, fmt, n, TODAY).document.valid


@pytest.mark.usefixtures("templates_only")
@pytest.mark.parametrize("digit, letter", PAIRS)
def test_a_clear_glyph_is_read_where_a_check_digit_looks(digit, letter):
    lines, flat = _twin("TD3", "document_number", digit, letter)
    scores = _scores(lines)
    for p in flat:
        scores[p, IDX[letter]] = 0.97 - (ocr_reading.LOOKALIKE_MARGIN + 0.02)
    reading = ocr._decide(scores, "TD3", 44, TODAY)
    assert reading.document.valid and reading.document.lines == lines


def test_the_documents_own_digits_settle_a_look_alike(monkeypatch):
    # The cells of the document number look exactly like the document's own zeros in
    # the dates (digit-only fields): the O reading is dropped. These features are not
    # the CNN's (it fails closed on them), so the CNN is taken as sure of every cell:
    # rule 14 counts an exemplar only where it is (review r14).
    monkeypatch.setattr(
        ocr_lookalike, "lead", lambda text, feats, rivals: dict.fromkeys(rivals, 5.0)
    )
    lines, flat = _twin("TD3", "document_number", "0", "O")
    scores = _scores(lines)
    for p in flat:
        scores[p, IDX["O"]] = 0.95
    rng = np.random.default_rng(1)
    feats = rng.normal(0, 1, (len(scores), 50)).astype(np.float32)
    zero = rng.normal(0, 1, 50).astype(np.float32)
    for p, c in enumerate("".join(lines)):
        if c == "0":
            feats[p] = zero + rng.normal(0, 0.05, 50)
    feats /= np.linalg.norm(feats, axis=1, keepdims=True)
    assert not ocr._decide(scores, "TD3", 44, TODAY).document.valid
    reading = ocr._decide(scores, "TD3", 44, TODAY, feats=feats)
    assert reading.document.valid and reading.document.lines == lines


def test_the_documents_own_digits_never_overrule_a_letter_where_no_check_digit_looks():
    # A visa's optional data has no check digit. Its printed O, a glyph tie with 0, looks
    # like the document's zeros (held-out seed 1300029: read 0 and reported valid):
    # nothing could catch a wrong drop there, so the reading is refused instead.
    lines = _document("MRV-B", "optional_data", "OA7K")
    f = mrz_layout.layout("MRV-B").field("optional_data")
    p = mrz_layout.layout("MRV-B").flat(f.line, f.start)
    assert "".join(lines)[p] == "O"
    scores = _scores(lines)
    scores[p, IDX["0"]] = 0.96
    rng = np.random.default_rng(2)
    feats = rng.normal(0, 1, (len(scores), 50)).astype(np.float32)
    zero = rng.normal(0, 1, 50).astype(np.float32)
    for q, c in enumerate("".join(lines)):
        if c == "0" or q == p:
            feats[q] = zero + rng.normal(0, 0.05, 50)
    feats /= np.linalg.norm(feats, axis=1, keepdims=True)
    reading = ocr._decide(scores, "MRV-B", 36, TODAY, feats=feats)
    assert not reading.document.valid
    assert "OCR refused" in reading.document.errors[-1]
    assert (2, p - 36 + 1) in reading.uncertain


def test_a_printed_digit_nationality_is_reported_as_printed():
    # A Romanian ID prints its nationality as 132; the glyphs are clear digits. Field
    # types may break ties, not turn clear digits into the letters I, S and Z.
    printed = ("IDROUSAVA<<SUPERMAN<<<<<<<<<<<<<<<<<", "HD198025<51328505095M130509012049941")
    scores = _scores(printed)
    for col, letter in ((10, "I"), (11, "S"), (12, "Z")):
        scores[36 + col, IDX[letter]] = 0.90
    reading = ocr._decide(scores, "TD2", 36, TODAY)
    assert reading.document.lines == printed
    assert not reading.document.valid
    assert "nationality '132' is not a letter code" in reading.document.errors


@pytest.mark.usefixtures("templates_only")
def test_clear_look_alike_letters_in_a_date_are_refused_not_reported_invalid():
    # A valid TD3 re-typeset in another face: its 0s and 1s read clearly O and I in the
    # birth date. Each has a digit look-alike the date admits, so neither the printed
    # reading (invalid: an officer would suspect forgery) nor the type can be trusted.
    real = _document("TD3", "document_number", "X4A7K9M2")
    scores = _scores(real)
    at = {44 + 13 + 2: "O", 44 + 13 + 4: "I"}  # birth date 740812: its 0 and 1
    for p, letter in at.items():
        scores[p, IDX[letter]], scores[p, IDX["0" if letter == "O" else "1"]] = 0.97, 0.85
    reading = ocr._decide(scores, "TD3", 44, TODAY)
    assert not reading.document.valid
    assert "OCR refused" in reading.document.errors[-1]
    assert set(reading.uncertain) == {(2, p - 44 + 1) for p in at}


@pytest.mark.usefixtures("templates_only")
def test_a_look_alike_letter_in_a_date_is_refused_even_without_a_valid_twin():
    """mrz_heldout14 2500087 / 2500092 (seen since its one scoring): another face's 0 read
    O in a date and another cell misread too, so no look-alike twin was valid and the
    honest passport was reported invalid. A letter that looks like a digit where 9303
    prints digits only is a misread: refused, named."""
    real = _document("TD3", "document_number", "X4A7K9M2")
    scores = _scores(real)
    o = 44 + 13 + 2  # birth date 740812: its 0 read O
    scores[o, IDX["O"]], scores[o, IDX["0"]] = 0.97, 0.85
    check = 44 + 19  # the birth date's check digit read as another digit
    wrong = str((int(real[1][19]) + 3) % 10)
    scores[check, IDX[wrong]], scores[check, IDX[real[1][19]]] = 0.97, 0.60
    reading = ocr._decide(scores, "TD3", 44, TODAY)
    assert not reading.document.valid
    assert "OCR refused" in str(reading.document.errors[-1])
    assert (2, 13 + 2 + 1) in reading.uncertain


def test_letters_for_digits_names_dates_and_check_digits_only():
    lay = mrz_layout.layout("TD3")
    name = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
    lines = (name, "L898902C36UTO74O8122F1204159ZE184226B<<<<<1O")
    found = ocr_repair._letters_for_digits(lines, lay)
    assert found == [44 + 15, 44 + 43]  # the birth date's O and the composite's O
    honest = (name, "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
    assert ocr_repair._letters_for_digits(honest, lay) == []


def test_a_tie_in_a_typed_field_is_broken_by_the_type():
    real = ("IDROUSAVA<<SUPERMAN<<<<<<<<<<<<<<<<<", "HD198025<5ROU8505095M130509012049941")
    scores = _scores(real)
    scores[36 + 14, IDX["O"]] = 0.975  # birth date 850509: the 0 or an O? digits only
    reading = ocr._decide(scores, "TD2", 36, TODAY)
    assert reading.document.lines == real


# -- the real images --------------------------------------------------------------------


def _ext_rows(shared_dir):
    tsv = shared_dir / "ext-mrz" / "images.tsv"
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, truth, expect, *_ = line.split("\t")
            truths = [] if truth == "-" else [tuple(t.split("|")) for t in truth.split(" OR ")]
            yield name, truths, expect


def test_real_images_never_wrong_but_valid(shared_dir, ext_mrz_read):
    exact, wrong = 0, []
    for name, truths, _expect in _ext_rows(shared_dir):
        try:
            doc = ext_mrz_read(name).document
        except ocr.NoMrzFound:
            exact += not truths
            continue
        printed_valid = bool(truths) and parse(truths[0], today=TODAY).valid
        if doc.valid and doc.lines not in truths:
            wrong.append((name, doc.lines))
        refused = any(e.startswith("OCR refused") for e in doc.errors)
        exact += doc.lines in truths and doc.valid == printed_valid and not refused
    assert wrong == []
    assert exact >= EXT_EXACT, exact


EXT_EXACT = 70  # 65 after 8/S became look-alikes (review F1); rule 15 reads Qatar 00000000;
# rule 17 reports the US border crossing card and ICAO example 2 invalid as printed;
# rule 19 reads Liechtenstein's blotted 8, ocr.THUMB_ZOOM the 6 px specimen thumbnail


@pytest.mark.parametrize(
    "name, printed",
    [
        # Luxembourg personal number 03060021041: never O3O60O21O41 reported valid.
        ("pe-100_pass-lux.jpg", None),
        # French residence permit's 1105040043: never 1105O4OO43.
        ("a0-resident_cards-France.png", None),
        # Romanian nationality printed 132: read as printed, invalid.
        ("pe-100_id-rou.jpg", "132"),
    ],
)
def test_the_issues_wrong_valid_cases(shared_dir, ext_mrz_read, name, printed):
    rows = {n: t for n, t, _ in _ext_rows(shared_dir)}
    doc = ext_mrz_read(name).document
    assert not doc.valid or doc.lines in rows[name]
    if printed:
        assert doc.nationality == printed and not doc.valid


@pytest.mark.usefixtures("templates_only")
def test_the_gbr_number_read_with_two_letter_os_is_refused():
    # Another generator's webcam capture: GBR passport number 0074630420 read
    # OO74630420 and reported valid (O is worth 24: at weights 7 and 3 they add 240).
    real = compose(
        "TD3", document_code="P", issuing_state="GBR", surname="SPECIMEN",
        given_names="ANGELA", document_number="007463042", nationality="GBR",
        birth_date="880101", sex="F", expiry_date="300101",
    )  # fmt: skip
    assert real[1].startswith("0074630420")
    scores = _scores(real)
    for p in (44, 45):  # the O looked a little better than the printed 0, as on ext-mrz
        scores[p, IDX["O"]] = 0.97
        scores[p, IDX["0"]] = 0.92
    reading = ocr._decide(scores, "TD3", 44, TODAY)
    assert not reading.document.valid
    assert {(2, 1), (2, 2)} <= set(reading.uncertain)


def test_a_filler_read_as_k_in_a_name_is_refused():
    # Another renderer's `<` read K by 0.084 between two given names: no check digit
    # covers names and K weighs what `<` weighs; reported valid before.
    lines = _document("TD1", "document_number", "X4A7K9M2")
    assert lines[2].startswith("ERIKSSON<<ANNA<")
    scores = _scores(lines)
    p = 2 * 30 + 14  # the `<` between ANNA and the fillers' run
    scores[p, IDX["<"]] = 0.80
    scores[p, IDX["K"]] = 0.88
    reading = ocr_decide.decide(scores, "TD1", 30, TODAY)
    assert not reading.document.valid
    assert (3, 15) in reading.uncertain


@pytest.mark.usefixtures("templates_only")
def test_a_k_among_trailing_fillers_is_settled_as_a_filler():
    # A `<` read K by 0.038 among a passport's personal-number fillers: the field's data
    # does not resume after its fillers, so it is `<` (reported valid with K before).
    lines = _document("TD3", "optional_data", "AB12")
    scores = _scores(lines)
    p = 44 + 28 + 8  # personal number (line 2, 29-42): "AB12<<<<" then more fillers
    assert "".join(lines)[p] == "<"
    scores[p, IDX["<"]] = 0.839
    scores[p, IDX["K"]] = 0.877
    reading = ocr_decide.decide(scores, "TD3", 44, TODAY)
    assert reading.document.valid and reading.document.lines == lines


@pytest.mark.usefixtures("templates_only")
def test_a_clear_k_is_still_read():
    lines = _document("TD1", "document_number", "X4A7K9M2")
    reading = ocr_decide.decide(_scores(lines), "TD1", 30, TODAY)
    assert reading.document.valid and reading.document.lines == lines


@pytest.mark.usefixtures("templates_only")
def test_an_ambiguous_refusal_is_never_replaced_by_an_invalid_reading():
    # Review F7: at another zoom, group or turn, an invalid reading (whatever its score
    # or however few cells it refuses) would call an honest MRZ invalid.
    lines, flat = _twin("TD3", "document_number", "0", "O")
    scores = _scores(lines)
    for p in flat:
        scores[p, IDX["O"]] = 0.97 - (ocr_reading.LOOKALIKE_MARGIN - 0.01)
    ambiguous = ocr._decide(scores, "TD3", 44, TODAY)
    assert ocr_reading.is_ambiguous(ambiguous)
    wrong = list(lines[1])
    wrong[27] = "0" if wrong[27] != "0" else "1"  # the personal number's check digit
    scores = _scores((lines[0], "".join(wrong))) + 0.01
    invalid = ocr._decide(scores, "TD3", 44, TODAY)
    assert not invalid.document.valid and not invalid.uncertain
    assert invalid.mean_score > ambiguous.mean_score
    assert not ocr._better(invalid, ambiguous, refusal_stands=False)
    assert not ocr._settles_more(invalid, ambiguous)
    assert ocr._better(ambiguous, invalid, refusal_stands=False)
    assert ocr._settles_more(ambiguous, invalid)


def _one_odd_cell(cells: int, odd: int) -> np.ndarray:
    """Features where every cell looks alike but `odd` (not the reader's: no network)."""
    feats = np.zeros((cells, 4), np.float32)
    feats[:, 0] = 1
    feats[odd] = (0, 1, 0, 0)
    return feats


def test_a_check_blind_rival_is_never_dropped_by_exemplars():
    # Review F1: 8 and S differ by 20, no check digit sees the swap. A sans 8 read S
    # with 8 a rival must stay open however much it resembles the document's Ss.
    lines = _document("TD3", "document_number", "X4A7K9M2")
    p = 44 + 3
    cands = [[c] for c in "".join(lines)]
    cands[p] = ["S", "8"]
    feats = np.zeros((88, 4), np.float32)
    feats[:, 1] = 1  # the 8s (birth date) and everything else
    for q, c in enumerate("".join(lines)):
        if c == "S":
            feats[q] = (1, 0, 0, 0)
    feats[p] = (1, 0, 0, 0)  # the cell looks like the document's Ss
    ocr_decide._exemplar_prune(cands, feats, "TD3")
    assert cands[p] == ["S", "8"]


@pytest.mark.parametrize("read, rivals, printed", [("G", "G", "6"), ("O", "OD", "0")])
def test_an_odd_cell_keeps_its_look_alike_for_the_twin_search(read, rivals, printed):
    # Review F2 (6/G is check-blind: one swap is its own twin) and F3 (a serif 0 read O
    # with D as a rival never got its 0 back).
    lines = _document("TD3", "document_number", "X4A7K9M2")
    p = 44 + 3
    scores = _scores(lines)
    scores[p] = 0.2
    for i, c in enumerate(rivals):
        scores[p, IDX[c]] = 0.85 - 0.005 * i
    scores[p, IDX[printed]] = 0.85 - 0.1  # behind by more than LOOKALIKE_MARGIN
    cands = [[c] for c in "".join(lines)]
    cands[p] = list(rivals)
    ocr_decide._widen(cands, scores, _one_odd_cell(88, p), "TD3")
    assert printed in cands[p]


def test_the_twin_search_parses_a_bounded_number_of_readings(monkeypatch):
    # Review F9: twins that keep every check sum but that the parser rejects (dates
    # out of range) are each parsed; past MAX_TWIN_PARSES the reading is refused. The
    # dates' digits with a rival 5 apart: 5 * (7 + 3) keeps a sum, so many twins.
    lines = _document("TD1", "document_number", "X4A7K9M2")
    lay = mrz_layout.layout("TD1")
    text = "".join(lines)
    cands = [[c] for c in text]
    loose = [[c] for c in text]
    for name in ("birth_date", "expiry_date"):
        f = lay.field(name)
        for q in range(f.start, f.stop):
            p = lay.flat(f.line, q)
            loose[p] = [text[p], str((int(text[p]) + 5) % 10)]
    calls = []
    rejected = parse(("",), today=TODAY)  # every twin rejected: none returns early
    monkeypatch.setattr(ocr_twins, "parse", lambda *a, **k: calls.append(1) or rejected)
    monkeypatch.setattr(ocr_twins, "MAX_TWIN_PARSES", 8)
    assert ocr_twins._cancelling(lines, loose, cands, "TD1", TODAY)
    assert len(calls) <= 8


@pytest.mark.usefixtures("templates_only")
def test_a_levelled_reading_does_not_replace_an_ambiguous_refusal(monkeypatch):
    # The levelled second read of a tilted photo chooses as the zooms do (_settles_more):
    # an invalid reading that refuses nothing must not replace an ambiguous refusal.
    lines, flat = _twin("TD3", "document_number", "0", "O")
    scores = _scores(lines)
    for p in flat:
        scores[p, IDX["O"]] = 0.97 - (ocr_reading.LOOKALIKE_MARGIN - 0.01)
    ambiguous = ocr._decide(scores, "TD3", 44, TODAY)
    wrong = list(lines[1])
    wrong[27] = "0" if wrong[27] != "0" else "1"
    invalid = ocr._decide(_scores((lines[0], "".join(wrong))), "TD3", 44, TODAY)
    assert ocr_reading.is_ambiguous(ambiguous) and not invalid.uncertain
    where = ocr._Where(None, 1, (0, 0, 1, 1))
    reads = iter([(ambiguous, where), (invalid, where)])
    monkeypatch.setattr(ocr, "_read_level", lambda *a, **k: next(reads))
    monkeypatch.setattr(ocr, "tilt_of", lambda gray: 15.0)
    monkeypatch.setattr(ocr, "level", lambda gray, tilt, side: gray)
    reading, _ = ocr._read_gray(np.zeros((64, 64), np.uint8), TODAY)
    assert reading is ambiguous


def _exemplar_feats(text: str, like: dict[int, str]) -> np.ndarray:
    """Features where every cell looks like the other cells of its character, and the
    cells in `like` like the cells of the character given (not the reader's: no
    network has an opinion)."""
    rng = np.random.default_rng(3)
    base = {c: rng.normal(0, 1, 50).astype(np.float32) for c in set(text)}
    feats = np.stack(
        [base[like.get(p, c)] + rng.normal(0, 0.05, 50) for p, c in enumerate(text)]
    ).astype(np.float32)
    return feats / np.linalg.norm(feats, axis=1, keepdims=True)


def _zita(number: str) -> tuple[str, ...]:
    """A TD3 whose names hold Zs and Is (the document's own exemplars of both)."""
    return compose(
        "TD3", document_code="P", issuing_state="UTO", surname="ZIZI", given_names="ZITA",
        nationality="UTO", birth_date="740812", sex="F", expiry_date="320415",
        document_number=number,
    )  # fmt: skip


def test_a_failing_check_over_a_rival_the_exemplars_dropped_is_refused():
    # mrz_variant.py 800126: a document number's Z, its glyph a tie with I, looked like
    # the document's Is; I failed the number's check digit and the passport was
    # reported invalid as printed. Z (the rival put back) passes: refused instead.
    lines = _zita("ZC4WQCD")
    p = 44
    assert "".join(lines)[p] == "Z"
    scores = _scores(lines)
    scores[p, IDX["I"]] = 0.975
    feats = _exemplar_feats("".join(lines), {p: "I"})
    reading = ocr._decide(scores, "TD3", 44, TODAY, feats=feats)
    assert reading.document.lines[1][0] == "I" and not reading.document.valid
    assert "OCR refused" in str(reading.document.errors[-1])
    assert (2, 1) in reading.uncertain and (2, 1) in reading.unsure


def test_a_check_digit_printed_wrong_is_still_reported_invalid():
    # The same narrowing where no rival makes the document valid (its check digit is
    # printed wrong): the printed MRZ is reported invalid, not refused.
    lines = _zita("ZC4WQCD")
    wrong = list(lines[1])
    wrong[9] = str((int(wrong[9]) + 1) % 10)
    printed = (lines[0], "".join(wrong))
    scores = _scores(printed)
    scores[44, IDX["I"]] = 0.965
    reading = ocr._decide(scores, "TD3", 44, TODAY, feats=_exemplar_feats("".join(printed), {}))
    assert reading.document.lines == printed and not reading.document.valid
    assert not reading.uncertain
    assert not any("OCR refused" in str(e) for e in reading.document.errors)


@pytest.mark.parametrize("seed", [1_800_012, 1_800_153])
def test_an_honest_passport_whose_zeros_read_o_in_dates_and_optional_data_is_refused(seed):
    # The eighth held-out set (scored once, seen since): a document camera's keystone
    # made OCR-B 0s read O in the dates (a letter where digits are printed) and in the
    # optional data, which admits both; the dates' twin alone failed the optional data's
    # check, and the honest passport was reported invalid. The same glyph under a
    # failing check is put back too: refused, not called invalid.
    from bench import mrz_heldout8

    s = mrz_heldout8.sample(seed, today=TODAY)
    doc = ocr.read_image(s.jpeg, today=TODAY).document
    if doc.lines == s.lines:
        # Cells zoomed to the glyphs' size (ocr_cells._pose) read both exactly now.
        assert doc.valid == s.valid and not doc.errors
        return
    assert not doc.valid
    assert any(str(e).startswith("OCR refused") for e in doc.errors), doc.errors


def _named(surname: str, given: str) -> tuple[str, ...]:
    return compose(
        "TD3", document_code="P", issuing_state="UTO", surname=surname, given_names=given,
        document_number="X4A7K9M2", nationality="UTO", birth_date="740812", sex="F",
        expiry_date="320415",
    )  # fmt: skip


@pytest.mark.parametrize(
    "clear, end",
    [
        ("SMITH<<JOHN<<<", 13),  # three in a row
        ("<<<", 2),
        ("SMITH<<JOHN<<X", None),  # a second pair: relied on by no rule
        ("<<ANANYA<<X", None),
        ("HARYANTO<<A<", None),  # one pair: a given name may start after it
        ("SMITH<<JOHN<A<B", None),  # initials: single fillers
        ("<<A", None),
    ],
)
def test_where_a_name_has_surely_ended(clear, end):
    assert ocr_reading._name_end([c == "<" for c in clear], 3) == end


@pytest.mark.usefixtures("templates_only")
def test_unreadable_fillers_after_a_name_has_ended_are_fillers():
    # mrz_heldout12 (seen): a signature or stamp across a passport's trailing name
    # fillers, or dotted fillers, left them unreadable (rule 7) on honest pages. After
    # three fillers read clearly no name goes on (ICAO 9303 prints `<<` once, `<`
    # between parts): they are fillers, and the document is read.
    lines = _named("ERIKSSON", "ANNA")
    assert lines[0].startswith("P<UTOERIKSSON<<ANNA<<<<")
    scores = _scores(lines)
    blot = np.full(len(scores), 0.3, np.float32)
    scores[25, IDX["<"]] = 0.62  # under MIN_SCORE
    scores[28, IDX["<"]], blot[28] = 0.78, 0.80  # an ink blot matches as well
    scores[31, IDX["<"]], scores[31, IDX["K"]] = 0.66, 0.64  # a K beside it
    reading = ocr_decide.decide(scores, "TD3", 44, TODAY, blot)
    assert reading.document.valid and reading.document.lines == lines
    assert {(1, 26), (1, 29), (1, 32)} <= set(reading.unsure)  # no camera vote


@pytest.mark.usefixtures("templates_only")
def test_a_letter_read_best_after_a_name_has_ended_is_not_a_filler():
    # Review r15 (F1): an X printed after `<<<` (no name 9303 prints) and partly erased
    # read best as X with `<` its rival; settling it as a filler reported the page
    # valid without the letter. A cell read best as a letter leaves the field to rule 7.
    lines = _named("ERIKSSON", "ANNA")
    scores = _scores(lines)
    scores[25, IDX["<"]], scores[25, IDX["X"]] = 0.70, 0.72
    reading = ocr_decide.decide(scores, "TD3", 44, TODAY)
    assert not reading.document.valid
    assert (1, 26) in reading.uncertain


@pytest.mark.usefixtures("templates_only")
@pytest.mark.parametrize(
    "surname, given, where, clear",
    [
        # One pair only: a given name's initial could be hidden there.
        ("HARYANTO", "", 15, {}),
        # Single fillers between initials: the name has not ended.
        ("ERIKSSON", "ANNA M", 19, {}),
        # A clear letter after the run: no name 9303 prints, left to rule 7.
        ("ERIKSSON", "ANNA", 25, {36: "X"}),
    ],
)
def test_an_unreadable_cell_where_a_name_may_go_on_is_refused(surname, given, where, clear):
    lines = _named(surname, given)
    scores = _scores(lines)
    for p, c in clear.items():
        scores[p, IDX["<"]], scores[p, IDX[c]] = 0.2, 0.97
    scores[where, IDX["<"]] = 0.62
    reading = ocr_decide.decide(scores, "TD3", 44, TODAY)
    assert not reading.document.valid
    assert (1, where + 1) in reading.uncertain


@pytest.mark.parametrize("seed", [2_300_003, 2_300_120, 2_300_145])
def test_honest_passports_with_unreadable_trailing_name_fillers_are_read(seed):
    # The twelfth held-out set (scored once, seen since): refused by rule 7 for cells
    # among a name's trailing fillers (under a stroke, dotted or faint), every
    # character read right.
    from bench import mrz_heldout12

    s = mrz_heldout12.sample(seed, today=TODAY)
    doc = ocr.read_image(s.jpeg, today=TODAY).document
    assert doc.lines == s.lines and doc.valid == s.valid  # 2300120 is printed invalid
    assert not any(str(e).startswith("OCR refused") for e in doc.errors), doc.errors


def test_a_passport_whose_grid_lost_a_lines_last_fillers_is_read_whole():
    # mrz_heldout12 2300016 (seen): line 1's grid spans 28 cells (its fillers faint),
    # line 2's 44; read at 36 ink goes on past both ends (refused), at 44 as printed,
    # refused for nothing: reported invalid as printed, not refused as cut.
    from bench import mrz_heldout12

    s = mrz_heldout12.sample(2_300_016, today=TODAY)
    doc = ocr.read_image(s.jpeg, today=TODAY).document
    assert not s.valid and doc.lines == s.lines and not doc.valid
    assert not any(str(e).startswith("OCR refused") for e in doc.errors), doc.errors


class _FakeCnn:
    """The look-alike CNN's logits: `prefer` over `over` by `by` in every cell."""

    def __init__(self, prefer: str, over: str, by: float) -> None:
        self.prefer, self.over, self.by = prefer, over, by

    def logits(self, feats: np.ndarray) -> np.ndarray:
        z = np.zeros((len(feats), 37), np.float32)
        z[:, IDX[self.over]] = 4.0
        z[:, IDX[self.prefer]] = 4.0 + self.by
        return z


@pytest.mark.parametrize(
    "zero, cnn_prefers_digit_by, refused",
    [
        (0.959, 1.82, True),  # the templates' 0 and the CNN's: only the type read O
        (0.959, -2.0, False),  # the CNN sure of the O
        (0.917, 0.98, False),  # the templates' O (an honest O, mrz_heldout12 2300051)
        (0.917, 3.05, True),  # rule 16b: the templates' O, the CNN sure of 0 (2900037)
    ],
)
def test_a_printed_digit_in_a_name_read_as_its_letter_by_the_type_is_refused(
    monkeypatch, zero, cnn_prefers_digit_by, refused
):
    """Rule 16 (mrz_heldout13 2400089): `SUHARTON0`, its 0 0.021 over O in the templates
    and the CNN preferring 0 by 1.82, was read O by the name's type and reported valid."""
    lines = _named("SUHARTONO", "")
    p = lines[0].index("SUHARTONO") + 8
    scores = _scores(lines)
    scores[p, IDX["0"]], scores[p, IDX["O"]] = zero, 0.938
    # The decision up to the rules that need the cells' features (the face gate, which
    # fails closed without them, is not what this tests): the type breaks the tie.
    assert ocr_decide._apply_types(ocr_decide.candidates(scores), "TD3")[0][p] == ["O"]
    reading = ocr_reading.Reading(parse(lines, today=TODAY), (1.0, 1.0), (), (), 0.97)
    assert reading.document.valid
    fake = _FakeCnn("0", "O", cnn_prefers_digit_by)
    monkeypatch.setattr(ocr_lookalike.Cnn, "get", classmethod(lambda cls: fake))
    feats = np.zeros((len(scores), 320), np.float32)
    out = ocr_doubt._type_tie(reading, scores, feats, "TD3", 44)
    assert out.document.valid is not refused
    if refused:
        assert (1, p + 1) in out.uncertain and (1, p + 1) in out.unsure
        assert any(getattr(e, "code", "") == "ocr.refused" for e in out.document.errors)


@pytest.mark.parametrize(
    "cnn_prefers_t_by, refused",
    [(1.15, True), (2.54, False)],  # 2.54: an honest E's lead over B (mrz_heldout12 2300161)
)
def test_a_name_letter_unfit_under_a_stamp_with_another_letter_close_is_refused(
    monkeypatch, cnn_prefers_t_by, refused
):
    """Rule 12 beyond look-alikes (mrz_heldout13 2400144): `SHINJI`'s last I under a
    stamp fit T 0.777 (0.17 under the document's usual cell), I 0.055 behind, the CNN
    preferring T by 1.15; I/T are no look-alike group, and it was reported valid."""
    lines = _named("YAMAZAKI", "SHINJT")
    p = lines[0].index("SHINJT") + 5
    scores = _scores(lines)
    scores[p, IDX["T"]], scores[p, IDX["I"]] = 0.777, 0.722
    reading = ocr_reading.Reading(parse(lines, today=TODAY), (1.0, 1.0), (), (), 0.97)
    assert reading.document.valid
    fake = _FakeCnn("T", "I", cnn_prefers_t_by)
    monkeypatch.setattr(ocr_lookalike.Cnn, "get", classmethod(lambda cls: fake))
    feats = np.zeros((len(scores), 320), np.float32)
    out = ocr_doubt._unfit(reading, scores, feats, "TD3", 44)
    assert out.document.valid is not refused
    if refused:
        assert (1, p + 1) in out.uncertain


@pytest.mark.parametrize("seed", [2400089, 2400144])
def test_the_thirteenth_held_out_sets_wrong_valid_readings_are_refused(seed):
    """mrz_heldout13 (seen since its one scoring): `SUHARTON0` read O (rule 16) and
    `SHINJI` under a stamp read SHINJT (rule 12's wider rivals) were reported valid."""
    from bench import mrz_heldout13

    sample = mrz_heldout13.sample(seed, today=TODAY)
    doc = ocr.read_image(sample.jpeg, today=TODAY).document
    assert not doc.valid
    assert any(getattr(e, "code", "") == "ocr.refused" for e in doc.errors), doc.errors


@pytest.mark.parametrize(("seed", "cell"), [(2900037, (1, 12)), (2900131, (2, 12))])
def test_the_eighteenth_held_out_sets_wrong_valid_readings_are_refused(seed, cell):
    """mrz_heldout18 (seen since its one scoring, stop 36): `GODBOL0` (a D printed 0) and
    `K0R` (an O printed 0), the templates' O a hair over the 0, the CNN preferring the 0 by
    3.05 and 3.29, were read O by the field's type and reported VALID (rule 16b)."""
    from bench import mrz_heldout18

    sample = mrz_heldout18.sample(seed, today=TODAY)
    reading = ocr.read_image(sample.jpeg, today=TODAY)
    assert not reading.document.valid
    assert cell in reading.uncertain
    assert any(getattr(e, "code", "") == "ocr.refused" for e in reading.document.errors)


@pytest.mark.parametrize(
    "cnn_prefers_digit_by, mlp_lead, like_zeros, refused",
    [
        (1.51, -1.33, False, True),  # attack 9500047's 0 (`GIS0`): both networks lean 0
        (1.15, -0.57, False, True),  # attack 9500819: both lean 0 (1.72 together)
        (-0.30, 0.43, True, True),  # attack 9500531: both for O, the cell like the 0s
        (-0.30, 0.43, False, False),  # the same, the cell like the page's Os: honest
        (1.09, 1.06, False, False),  # an honest OCR-B O (attack page 9500299, CNN 1.09)
        (0.48, -0.14, False, False),  # heldout20 3100045's honest O, read exactly (-0.63)
        (0.17, -1.78, False, False),  # ext-mrz a0-id_cards-Spain.png's honest O (thumbnail)
        (-0.82, 1.14, True, False),  # an honest O like the 0s, both networks for it
    ],
)
def test_a_printed_0_in_a_name_both_networks_lean_to_is_refused(
    monkeypatch, cnn_prefers_digit_by, mlp_lead, like_zeros, refused
):
    """Rule 16c (attack page 9500047 of scripts/mrz_face_gate_ocrb_attack.py): `GIS0`,
    the templates' O 0.008 over the 0, the CNN for the 0 by 1.51 (under rule 16b's
    TYPE_DISSENT), was read O by the name's type and reported VALID."""
    lines = _named("OBRIEN", "GISO")
    p = lines[0].index("GISO") + 3
    scores = _scores(lines)
    scores[p, IDX["0"]], scores[p, IDX["O"]] = 0.930, 0.938
    reading = ocr_reading.Reading(parse(lines, today=TODAY), (1.0, 1.0), (), (), 0.97)
    assert reading.document.valid
    fake = _FakeCnn("0", "O", cnn_prefers_digit_by)
    monkeypatch.setattr(ocr_lookalike.Cnn, "get", classmethod(lambda cls: fake))
    monkeypatch.setattr(
        ocr_lookalike,
        "group_lead",
        lambda text, feats, rivals: {q: (mlp_lead if q == p else 9.0) for q in rivals},
    )
    text = "".join(lines)
    feats = np.zeros((len(scores), 320), np.float32)
    zero, oh = np.eye(320, dtype=np.float32)[:2]
    feats[[q for q, c in enumerate(text) if c == "0"]] = zero  # dates' 0s
    feats[[q for q, c in enumerate(text) if c == "O" and q != p]] = oh  # names' Os
    feats[p] = zero if like_zeros else oh
    out = ocr_doubt._type_tie(reading, scores, feats, "TD3", 44)
    assert out.document.valid is not refused
    if refused:
        assert (1, p + 1) in out.uncertain and (1, p + 1) in out.unsure


def test_the_ocrb_attack_page_9500047_is_not_read_valid():
    """scripts/mrz_face_gate_ocrb_attack.py's page 9500047 (wholly OCR-B, a phone;
    printed INVALID, `GIS0`) was read GISO and reported VALID (rule 16c)."""
    from bench import bench_mrz
    from bench import mrz_heldout20 as H
    from scripts import mrz_face_gate_ocrb_attack as attack

    real = H.plan
    sample = attack.sample(9_500_047, today=bench_mrz.TODAY)
    assert H.plan is real  # heldout20's own plan for the tests after this one
    reading = ocr.read_image(sample.jpeg, today=bench_mrz.TODAY)
    assert not reading.document.valid
    cell = (1, sample.lines[0].index("GIS0") + 4)
    assert cell in reading.uncertain
    assert any(getattr(e, "code", "") == "ocr.refused" for e in reading.document.errors)


def _hun6() -> tuple[tuple[str, ...], int]:
    """`HUN6` (mrz_heldout13 2400192, printed invalid: a digit in a name) and the 6's cell."""
    lines = _named("HUNG", "ICHEN")
    p = lines[0].index("HUNG") + 3
    return (lines[0][:p] + "6" + lines[0][p + 1 :], lines[1]), p


@pytest.mark.parametrize(
    "letter_score, cnn_prefers_digit_by, lifted",
    [
        (0.81, 8.56, True),  # 2400192's 6 over G and 8 (0.16 behind, the CNN by 8.6)
        (0.90, 8.56, False),  # the letter within TYPE_SURE_FIT in the templates
        (0.81, 4.95, False),  # the CNN as sure as of review r15's blended Z (4.95): refused
        (0.81, 8.12, False),  # a G printed 78 % toward 6 (review r16; attack page 38540)
        (0.81, 7.01, False),  # mrz_heldout12 2300019's 5 (honest, 7.01): refused since r16
    ],
)
def test_a_digit_clearly_printed_in_a_name_is_read_invalid_not_refused(
    monkeypatch, letter_score, cnn_prefers_digit_by, lifted
):
    """Rule 8's exception (_printed_digits): a digit printed in a name, read clearly by
    the templates and the CNN alike, is reported invalid as printed; when either leaves
    room for the letter it is refused (its look-alike G makes the document valid)."""
    lines, p = _hun6()
    assert not parse(lines, today=TODAY).valid
    scores = _scores(lines)
    scores[p, IDX["G"]] = letter_score
    cells = ocr_decide._apply_types(ocr_decide.candidates(scores), "TD3")[1]
    assert cells == [p]
    assert ocr_repair._typed_twin(lines, cells, scores, "TD3", TODAY)  # G passes
    fake = _FakeCnn("6", "G", cnn_prefers_digit_by)
    monkeypatch.setattr(ocr_lookalike.Cnn, "get", classmethod(lambda cls: fake))
    feats = np.zeros((len(scores), 320), np.float32)
    assert ocr_repair._printed_digits(lines, cells, scores, feats, "TD3") is lifted
    # without the cells' features nothing vouches: refused as before (fails closed)
    assert not ocr_repair._printed_digits(lines, cells, scores, None, "TD3")


def test_a_letter_read_in_a_date_is_never_lifted(monkeypatch):
    """Only digits in fields of letters: an O read in a date (mrz_heldout8's keystoned
    camera) stays refused whatever the templates and the CNN say."""
    lines = _named("HUNG", "ICHEN")
    p = 44 + lines[1].index("740812") + 1  # the birth date's 4
    lines = (lines[0], lines[1][: p - 44] + "A" + lines[1][p - 43 :])
    scores = _scores(lines)
    fake = _FakeCnn("A", "4", 9.0)
    monkeypatch.setattr(ocr_lookalike.Cnn, "get", classmethod(lambda cls: fake))
    feats = np.zeros((len(scores), 320), np.float32)
    assert not ocr_repair._printed_digits(lines, [p], scores, feats, "TD3")


class _CellCnn:
    """The look-alike CNN's logits per cell (its feature row's first value is the cell's
    index / 1000, small enough to leave the face gate's twins apart): the character of
    `text` at 10, every other class at 0, `extra` {cell: {char: logit}} on top."""

    def __init__(self, text: str, extra: dict[int, dict[str, float]]) -> None:
        self.text, self.extra = text, extra

    def logits(self, feats: np.ndarray) -> np.ndarray:
        z = np.zeros((len(feats), 37), np.float32)
        for row, f in enumerate(feats):
            p = round(float(f[0]) * 1000)
            z[row, IDX[self.text[p]]] = 10.0
            for c, v in self.extra.get(p, {}).items():
                z[row, IDX[c]] = v
        return z


def _obr1en(o_logit: float) -> tuple[np.ndarray, np.ndarray, _CellCnn]:
    """mrz_heldout20 3100071 (printed invalid: `OBR1EN`), decided on zoomed cells: the 1
    clearly a digit (rule 8's exception), the CNN at `o_logit` for 0 in the O's cell (the
    O read at 10)."""
    lines = _named("OBR1EN", "SOPHIE")
    text = "".join(lines)
    one, o = text.index("1"), text.index("OBR")
    scores = _scores(lines)
    feats = np.zeros((len(scores), 320), np.float32)
    feats[:, 0] = np.arange(len(scores)) / 1000
    cnn = _CellCnn(text, {one: {"I": 1.0, "L": 1.0}, o: {"0": o_logit}})
    return scores, feats, cnn


@pytest.mark.parametrize(
    "o_logit, lifted",
    [
        (8.42, True),  # the O's CNN lead 1.58 (3100071's least letter: read as printed)
        (13.81, False),  # the CNN for 0 by 3.81 (heldout12 2300135's `6O1`, printed 601)
        (10.0, True),  # a tie: the CNN does not prefer the digit
    ],
)
def test_a_zoomed_digit_printed_in_a_name_is_read_invalid_when_the_letters_are_sure(
    monkeypatch, o_logit, lifted
):
    """A zoomed reading whose only type break is a digit kept by rule 8's exception is
    reported invalid as printed (ocr_repair.printed_as_read, mrz_heldout20 3100071's
    `OBR1EN`), not refused as another face, unless the CNN prefers a digit to a letter of
    a field of letters (a misread letter beside the printed digit would be reported as
    printed: heldout12 2300135). Never valid: the digit stays in the name."""
    scores, feats, cnn = _obr1en(o_logit)
    monkeypatch.setattr(ocr_lookalike.Cnn, "get", classmethod(lambda cls: cnn))
    reading = ocr_decide.decide(scores, "TD3", 44, TODAY, None, feats, zoomed=True)
    assert not reading.document.valid and not reading.uncertain
    assert ocr_repair.printed_as_read(reading, scores, feats, "TD3") is lifted
    # fails closed: without the cells' features, or under the zoomed face statistic
    assert not ocr_repair.printed_as_read(reading, scores, None, "TD3")
    monkeypatch.setattr(ocr_repair, "ZOOMED_PRINTED_FACE", 9.0)
    assert not ocr_repair.printed_as_read(reading, scores, feats, "TD3")


def test_a_digit_the_cnn_is_not_sure_of_is_never_read_as_printed_zoomed(monkeypatch):
    """Only digits rule 8's exception vouches for (_printed_digits): a 1 the CNN prefers
    to I by 1 logit only stays refused when zoomed, whatever decide() made of it."""
    scores, feats, cnn = _obr1en(8.0)
    one = cnn.text.index("1")
    cnn.extra[one] = {"I": 9.0}
    monkeypatch.setattr(ocr_lookalike.Cnn, "get", classmethod(lambda cls: cnn))
    reading = ocr_decide.decide(scores, "TD3", 44, TODAY, None, feats, zoomed=True)
    assert not ocr_repair.printed_as_read(reading, scores, feats, "TD3")
    # the same reading as if decide() had let it through: still not read as printed
    bare = dataclasses.replace(reading, uncertain=())
    assert not ocr_repair.printed_as_read(bare, scores, feats, "TD3")


def test_a_letter_in_a_date_is_never_read_as_printed_zoomed(monkeypatch):
    """A letter where 9303 prints digits (a date's 4 read A) is a misread, never read as
    printed on zoomed cells, even beside a digit printed in a name."""
    scores, feats, cnn = _obr1en(8.0)
    monkeypatch.setattr(ocr_lookalike.Cnn, "get", classmethod(lambda cls: cnn))
    reading = ocr_decide.decide(scores, "TD3", 44, TODAY, None, feats, zoomed=True)
    assert ocr_repair.printed_as_read(reading, scores, feats, "TD3")
    lines = reading.document.lines
    p = lines[1].index("740812") + 1
    odd = (lines[0], lines[1][:p] + "A" + lines[1][p + 1 :])
    doc = dataclasses.replace(reading.document, lines=odd)
    assert not ocr_repair.printed_as_read(
        dataclasses.replace(reading, document=doc), scores, feats, "TD3"
    )


@pytest.mark.parametrize("seed", [3100071, 3100137])
def test_the_twentieth_sets_zoomed_digits_in_names_are_read_invalid_as_printed(seed):
    """mrz_heldout20 (seen): `OBR1EN` (phone) and `HUN6` (reader), wholly OCR-B, printed
    invalid, cut zoomed: refused as another face before (ocr._breaks_a_field); read
    exactly and reported invalid since."""
    from bench import mrz_heldout20

    sample = mrz_heldout20.sample(seed, today=TODAY)
    assert not sample.valid
    reading = ocr.read_image(sample.jpeg, today=TODAY)
    assert reading.document.lines == sample.lines
    assert not reading.document.valid
    assert not any(getattr(e, "code", "") == "ocr.refused" for e in reading.document.errors)


def _wrong_number_check(lines: tuple[str, ...]) -> tuple[str, ...]:
    """A TD3 whose document number check digit (line 2 position 10) is printed wrong:
    the composite fails too, both over line 2 only."""
    wrong = list(lines[1])
    wrong[9] = str((int(wrong[9]) + 1) % 10)
    return (lines[0], "".join(wrong))


@pytest.mark.usefixtures("templates_only")
def test_an_mrz_invalid_whatever_its_unsure_cells_hold_is_reported_invalid():
    # Rule 17: a name's O read with D close behind (no check digit looks there) on a
    # passport whose document number check digit is printed wrong. No reading of the
    # name makes the document valid: reported invalid as read, the cell named, not
    # refused (issue 10: a printed invalid MRZ is read as printed and reported invalid).
    printed = _wrong_number_check(_named("OSPELT", "ANNA"))
    scores = _scores(printed)
    scores[5, IDX["D"]] = 0.96  # line 1 position 6: O, D within RIVAL_MARGIN
    reading = ocr._decide(scores, "TD3", 44, TODAY)
    assert reading.document.lines == printed and not reading.document.valid
    assert not reading.uncertain
    assert (1, 6) in reading.unsure
    assert not any(str(e).startswith("OCR refused") for e in reading.document.errors)
    assert any("line 1 position 6" in str(e) and "whatever they hold" in str(e)
               for e in reading.document.errors)  # fmt: skip


@pytest.mark.usefixtures("templates_only")
def test_an_unsure_name_cell_of_a_valid_mrz_is_still_refused():
    printed = _named("OSPELT", "ANNA")
    scores = _scores(printed)
    scores[5, IDX["D"]] = 0.96
    reading = ocr._decide(scores, "TD3", 44, TODAY)
    assert not reading.document.valid and (1, 6) in reading.uncertain
    assert "OCR refused" in str(reading.document.errors[-1])


@pytest.mark.usefixtures("templates_only")
@pytest.mark.parametrize("cell", [44 + 2, 44 + 9])  # the number, its check digit
def test_an_unsure_cell_under_the_failing_check_is_still_refused(cell):
    # The check that fails covers the unsure cell (a document number's 8 or B, its own
    # check digit): another reading of that cell might be what was printed, so the
    # document is not called invalid on it: refused as before.
    lines = _named("OSPELT", "ANNA")
    number = list(lines[1])
    number[2] = "8"
    printed = _wrong_number_check((lines[0], "".join(number)))
    scores = _scores(printed)
    # B for the 8; for the check digit one that is no more right than the printed one
    rival = {44 + 2: "B", 44 + 9: str((int(printed[1][9]) + 1) % 10)}[cell]
    scores[cell, IDX[rival]] = 0.96
    reading = ocr._decide(scores, "TD3", 44, TODAY)
    assert not reading.document.valid and reading.uncertain
    assert "OCR refused" in str(reading.document.errors[-1])


@pytest.mark.usefixtures("templates_only")
def test_an_open_glyph_misjudged_alike_under_a_failing_check_is_still_refused():
    # A number's two 0s printed toward O: one read O with confidence, the other open
    # between 0 and O; the birth date check digit is printed wrong. The number's check
    # fails because of the misread O, which is one of the open cell's candidates: the
    # same glyph may be misjudged in both, so the reading is refused, not reported
    # invalid with the O unnamed (rule 17's exception, rule 8's same-glyph argument).
    lines = compose(
        "TD3", document_code="P", issuing_state="UTO", surname="ERIKSSON",
        given_names="ANNA", document_number="X400K9M2", nationality="UTO",
        birth_date="740812", sex="F", expiry_date="320415",
    )  # fmt: skip
    wrong = list(lines[1])
    wrong[19] = str((int(wrong[19]) + 1) % 10)  # the birth date check digit
    printed = (lines[0], "".join(wrong))
    scores = _scores(printed)
    scores[44 + 2, IDX["O"]], scores[44 + 2, IDX["0"]] = 0.97, 0.2  # read O, clearly
    scores[44 + 3, IDX["O"]] = 0.96  # open: 0 or O
    reading = ocr._decide(scores, "TD3", 44, TODAY)
    assert not reading.document.valid and reading.uncertain
    assert "OCR refused" in str(reading.document.errors[-1])
    # Read right, the number's other 0 is the same glyph under the failing composite:
    # refused all the same. With one 0 only, invalid whatever the open cell holds.
    scores[44 + 2, IDX["O"]], scores[44 + 2, IDX["0"]] = 0.2, 0.97
    reading = ocr._decide(scores, "TD3", 44, TODAY)
    assert reading.uncertain
    one = list(printed[1])
    one[2] = "A"
    one[9] = str(check_digit("".join(one[:9])))
    printed = (printed[0], "".join(one))
    scores = _scores(printed)
    scores[44 + 3, IDX["O"]] = 0.96
    reading = ocr._decide(scores, "TD3", 44, TODAY)
    assert reading.document.lines == printed
    assert not reading.document.valid and not reading.uncertain
    assert (2, 4) in reading.unsure


def _birth_check_wrong(lines: tuple[str, ...]) -> tuple[str, ...]:
    """A TD3 whose birth date check digit (line 2 position 20) is printed wrong."""
    wrong = list(lines[1])
    wrong[19] = str((int(wrong[19]) + 1) % 10)
    return (lines[0], "".join(wrong))


def _birth_2_read_7(printed: tuple[str, ...], seven: float, two: float) -> np.ndarray:
    """Scores of `printed` (birth date 740812) whose birth date 2 (line 2 position 19)
    is read 7 at `seven`, the 2 at `two` (review r16: a 2 blended 71 % toward 7), and
    the name's O (line 1 position 6) left open with D (rule 17's path)."""
    scores = _scores(printed)
    p = 44 + 18
    assert printed[1][18] == "2"
    scores[p, IDX["7"]], scores[p, IDX["2"]] = seven, two
    scores[5, IDX["D"]] = 0.96  # line 1 position 6: O, D within RIVAL_MARGIN
    return scores


@pytest.mark.usefixtures("templates_only")
@pytest.mark.parametrize(
    "two, refused",
    [
        (0.86, True),  # the 2 0.04 behind the 7 read: the birth check may be its misread
        (0.75, True),  # 0.15 behind, inside RUNNER_UP_WIDE: no CNN here (fails closed)
        (0.20, False),  # nothing of a 2 in the glyph: the check fails on the print
    ],
)
def test_a_check_that_one_close_runner_up_repairs_is_not_blamed_on_the_document(two, refused):
    """Rule 18 (review r16 F1): an honest passport's birth date 2 read 7 with confidence
    made its birth check fail; rule 17 reported it invalid with only the name's open O
    named. The 2 close behind makes the document valid: refused, the cell named."""
    printed = _named("OSPELT", "ANNA")
    assert parse(printed, today=TODAY).valid
    scores = _birth_2_read_7(printed, 0.90, two)
    reading = ocr._decide(scores, "TD3", 44, TODAY)
    assert not reading.document.valid
    if refused:
        assert (2, 19) in reading.uncertain and (2, 19) in reading.unsure  # a camera
        assert "nearly reads as another" in str(reading.document.errors[-1])
    else:
        assert not reading.uncertain  # rule 17: invalid as read, the name's O named
        assert any("whatever they hold" in str(e) for e in reading.document.errors)


@pytest.mark.usefixtures("templates_only")
def test_a_check_digit_printed_wrong_stays_invalid_beside_a_close_runner_up():
    """The printed-invalid counterpart: the birth check digit printed wrong and the same
    blended 2 (0.04 behind the 7 read): the 2 read right still fails the printed check,
    so no one cell makes the document valid: reported invalid (rule 17), not refused."""
    printed = _birth_check_wrong(_named("OSPELT", "ANNA"))
    scores = _birth_2_read_7(printed, 0.90, 0.86)
    # The glyph is read 2 (the 7 behind): invalid as printed, the name's O named.
    scores[44 + 18, IDX["7"]], scores[44 + 18, IDX["2"]] = 0.86, 0.90
    reading = ocr._decide(scores, "TD3", 44, TODAY)
    assert reading.document.lines == printed and not reading.document.valid
    assert not reading.uncertain and (1, 6) in reading.unsure


@pytest.mark.parametrize(
    "seven, two, cnn_prefers_read_by, refused",
    [
        (0.95, 0.81, 4.39, True),  # 0.14 behind, the CNN at a 77 % blend's lead (38148)
        (0.95, 0.81, 5.4, True),
        (0.95, 0.81, 5.6, False),  # the CNN sure of the 7: the check fails on the print
        (0.95, 0.74, 1.0, False),  # 0.21 behind: past RUNNER_UP_WIDE
        (0.92, 0.70, 9.0, True),  # 0.05 under the usual cell (0.97): a blend, 0.22 behind
        (0.92, 0.60, 9.0, False),  # ... 0.32 behind: past RUNNER_UP_ODD_WIDE
    ],
)
def test_the_cnn_settles_a_runner_up_the_templates_put_well_behind(
    monkeypatch, seven, two, cnn_prefers_read_by, refused
):
    """Between RUNNER_UP_FIT and RUNNER_UP_WIDE behind in the templates, the runner-up
    counts unless the CNN prefers the glyph read to it by RUNNER_UP_CNN; a glyph fitting
    RUNNER_UP_ODD worse than the document's usual cell counts to RUNNER_UP_ODD_WIDE."""
    printed = _named("OSPELT", "ANNA")
    scores = _birth_2_read_7(printed, seven, two)
    read = (printed[0], printed[1][:18] + "7" + printed[1][19:])
    doc = parse(read, today=TODAY)
    assert not doc.valid
    reading = ocr_reading.Reading(doc, (1.0, 1.0), (), (), 0.97)
    fake = _FakeCnn("7", "2", cnn_prefers_read_by)
    monkeypatch.setattr(ocr_lookalike.Cnn, "get", classmethod(lambda cls: fake))
    feats = np.zeros((len(scores), 320), np.float32)
    lay = mrz_layout.layout("TD3")
    cells = ocr_repair._runner_up_repair(reading, scores, feats, lay, TODAY)
    assert cells == ([44 + 18] if refused else [])


@pytest.mark.parametrize(
    "mode, seed",
    [
        ("f1", 38192),  # a birth date's 8 printed 71 % toward 6, a name's Z toward 2
        ("f1", 38021),  # a date's 2 printed 71 % toward 3 (review r16: 71 % toward 7)
        ("f1", 38037),  # a date's 2 printed 56 % toward 7
        ("f2", 38540),  # a name's G printed 78 % toward 6 (rule 8's printed digits)
    ],
)
def test_an_honest_page_with_a_glyph_blended_toward_another_is_refused_not_invalid(mode, seed):
    """Review r16's attack pages (tests/documents/blend_pages.py): printed valid, one
    glyph blended toward another character, read as that character with confidence. The
    reading fails (a check digit, or a digit in a name) on the misread, not the print:
    refused (rule 18; TYPE_SURE_CNN), never reported invalid."""
    from tests.documents import blend_pages

    made = blend_pages.page(mode, seed)
    assert made is not None
    jpeg, _printed, valid, _note = made
    assert valid
    doc = ocr.read_image(jpeg, today=blend_pages.TODAY).document
    assert not doc.valid
    assert any(getattr(e, "code", "") == "ocr.refused" for e in doc.errors), doc.errors


@pytest.mark.parametrize("seed", [38023, 38163, 38007])
def test_a_printed_invalid_page_beside_a_blended_name_is_still_reported_invalid(seed):
    """Their printed-invalid counterparts (a check digit printed wrong, a name letter
    blended 40-60 % toward its digit): the closest to rule 18 of the attack pages (38023:
    a repairing digit 0.14 behind, the CNN against it by 7.4; 38163: 0.17 and 5.6;
    38007: rule 17's reading, the repairing cell 0.038 under the usual fit) are reported
    invalid as printed."""
    from tests.documents import blend_pages

    made = blend_pages.page("f1", seed)
    assert made is not None
    jpeg, printed, valid, _note = made
    assert not valid
    doc = ocr.read_image(jpeg, today=blend_pages.TODAY).document
    assert doc.lines == printed and not doc.valid
    assert not any(getattr(e, "code", "") == "ocr.refused" for e in doc.errors), doc.errors


def test_a_printed_invalid_number_with_a_poorly_fitting_zero_is_still_invalid():
    """mrz_heldout13 2400087 (printed invalid: its number check digit): a number's 0
    fits 0.04 or more under the page's usual cell with a P 0.27 behind that would make it
    valid; RUNNER_UP_ODD_WIDE (0.25) leaves it reported invalid as printed (at 0.30 it
    was refused)."""
    from bench import mrz_heldout13

    sample = mrz_heldout13.sample(2400087, today=TODAY)
    doc = ocr.read_image(sample.jpeg, today=TODAY).document
    assert doc.lines == sample.lines and not doc.valid
    assert not any(getattr(e, "code", "") == "ocr.refused" for e in doc.errors), doc.errors


# -- rule 18b: one close runner-up per failing check ------------------------------------


def _three_misreads(printed: tuple[str, ...], behind: float) -> np.ndarray:
    """Scores of `printed` (number X5A7K9M2, birth 760812, expiry 320416) whose number 5
    is read S and both dates' 6s read 8 (0.95), the printed glyph `behind` that
    (mrz_heldout15 2600057: Inter's 5 and 6 in OCR-B, three checks failing)."""
    scores = _scores(printed)
    for p, read, glyph in ((44 + 1, "S", "5"), (44 + 14, "8", "6"), (44 + 26, "8", "6")):
        assert printed[1][p - 44] == glyph
        scores[p, IDX[read]], scores[p, IDX[glyph]] = 0.95, 0.95 - behind
    return scores


def _three_fields(expiry_check_wrong: bool = False) -> tuple[str, ...]:
    lines = compose(
        "TD3", document_code="P", issuing_state="UTO", surname="VU", given_names="MINH",
        document_number="X5A7K9M2", nationality="UTO", birth_date="760812", sex="M",
        expiry_date="320416",
    )  # fmt: skip
    if expiry_check_wrong:
        two = list(lines[1])
        two[27] = str((int(two[27]) + 3) % 10)
        lines = (lines[0], "".join(two))
    return lines


@pytest.mark.usefixtures("templates_only")
@pytest.mark.parametrize(
    "behind, refused",
    [
        (0.08, True),  # each printed glyph close behind: every failing check mended
        (0.15, True),  # inside RUNNER_UP_WIDE: no CNN here (fails closed)
        (0.30, False),  # past every margin: the checks fail on the print
    ],
)
def test_checks_each_mended_by_one_close_runner_up_are_not_blamed_on_the_document(behind, refused):
    """Rule 18b (mrz_heldout15 2600057): an honest passport with three cells misread,
    one under each field check, was reported invalid: rule 18 repairs one cell only.
    One close runner-up per failing check making the whole MRZ valid: refused, naming
    them."""
    printed = _three_fields()
    assert parse(printed, today=TODAY).valid
    reading = ocr._decide(_three_misreads(printed, behind), "TD3", 44, TODAY)
    assert not reading.document.valid
    if refused:
        assert {(2, 2), (2, 15), (2, 27)} <= set(reading.uncertain)
        assert {(2, 2), (2, 15), (2, 27)} <= set(reading.unsure)  # a camera
    else:
        assert not reading.uncertain


@pytest.mark.usefixtures("templates_only")
def test_a_check_printed_wrong_beside_close_runner_ups_in_other_fields_stays_invalid():
    """The printed-invalid counterpart: the expiry check digit printed wrong and the
    same three misreads; no runner-up mends the expiry check (its digit a clean glyph),
    so the printed failure stands: reported invalid, not refused."""
    printed = _three_fields(expiry_check_wrong=True)
    assert not parse(printed, today=TODAY).valid
    reading = ocr._decide(_three_misreads(printed, 0.08), "TD3", 44, TODAY)
    assert not reading.document.valid and not reading.uncertain


def test_an_honest_passport_with_three_misread_fields_is_refused_not_invalid():
    """mrz_heldout15 2600057 read end to end (TD3, webcam, OCR-B with Inter's 0 2 5 6 8
    I): the number's 5s read S, both dates' 6s read 8; reported invalid before rule
    18b, refused now."""
    from bench import mrz_heldout15

    sample = mrz_heldout15.sample(2600057, today=TODAY)
    doc = ocr.read_image(sample.jpeg, today=TODAY).document
    assert not doc.valid
    assert any(getattr(e, "code", "") == "ocr.refused" for e in doc.errors), doc.errors


@pytest.mark.parametrize("seed", [2700151, 2700032])
def test_the_sixteenth_sets_honest_passports_are_refused_not_invalid(seed):
    """mrz_heldout16 read end to end: 2700151 (TD1, OCR-B with line 2 in UnTaza, its
    expiry 4 and check digit 4 read 1) and 2700032 (TD3, wholly UnTaza, IND read IN0 and
    INO, the composite's 4 read 1) were reported invalid; refused now (rule 18c)."""
    from bench import bench_mrz, mrz_heldout16

    sample = mrz_heldout16.sample(seed, today=bench_mrz.TODAY)
    assert sample.valid
    doc = ocr.read_image(sample.jpeg, today=bench_mrz.TODAY).document
    assert not doc.valid
    assert any(getattr(e, "code", "") == "ocr.refused" for e in doc.errors), doc.errors


# -- rule 18c: a bounded joint repair (mrz_heldout16 2700151, 2700032) -------------------

_FRA = ("I<FRA35PH655824C2793762T<<<<<<", "7911255F3108044FRA<<<<<<<<<<<7",
        "GARCIA<LOPEZ<<MARIE<CLAIRE<ANN")  # fmt: skip
_IND = ("P<INDPATEL<<ANANYA<<<<<<<<<<<<<<<<<<<<<<<<<<",
        "Y1980271<0IND7108260F2905176<<<<<<<<<<<<<<<4")  # fmt: skip


def _misread(printed: tuple[str, ...], n: int, cells: list[tuple[int, str, float]]) -> np.ndarray:
    """Template scores of `printed` with each (cell, read, behind): the glyph read as
    `read`, the printed character `behind` lower."""
    scores = _scores(printed)
    text = "".join(printed)
    for p, read, behind in cells:
        scores[p, IDX[read]], scores[p, IDX[text[p]]] = 0.95, 0.95 - behind
    return scores


@pytest.mark.usefixtures("templates_only")
@pytest.mark.parametrize("behind, refused", [(0.05, True), (0.30, False)])
def test_a_date_digit_and_its_check_digit_misread_alike_are_not_blamed_on_the_document(
    behind, refused
):
    """Rule 18c (mrz_heldout16 2700151, UnTaza's 4 read 1): the expiry's last 4 and its
    check digit 4 both read 1 pass the expiry check (weight 1), only the composite
    fails, and no one cell mends it (rules 18, 18b). Both printed 4s close behind:
    refused naming the two cells; past every margin: the composite fails on the print."""
    assert parse(_FRA, today=TODAY).valid
    scores = _misread(_FRA, 30, [(30 + 13, "1", behind), (30 + 14, "1", behind)])
    reading = ocr._decide(scores, "TD1", 30, TODAY)
    assert reading.document.lines[1][13:15] == "11" and not reading.document.valid
    if refused:
        assert {(2, 14), (2, 15)} <= set(reading.uncertain)
    else:
        assert not reading.uncertain


@pytest.mark.usefixtures("templates_only")
def test_the_composite_printed_wrong_beside_the_same_misreads_stays_invalid():
    """The printed-invalid counterpart: the composite check digit printed wrong; the two
    4s put back make the expiry right but the composite still fails (a repair must make
    the WHOLE MRZ valid), so the printed failure stands: reported invalid."""
    printed = (_FRA[0], _FRA[1][:29] + "3", _FRA[2])
    assert not parse(printed, today=TODAY).valid
    scores = _misread(printed, 30, [(30 + 13, "1", 0.05), (30 + 14, "1", 0.05)])
    reading = ocr._decide(scores, "TD1", 30, TODAY)
    assert not reading.document.valid and not reading.uncertain


@pytest.mark.usefixtures("templates_only")
@pytest.mark.parametrize("state_behind", [0.12, 0.40])
def test_a_state_code_read_with_a_digit_and_a_misread_composite_is_refused(state_behind):
    """Rule 18c (mrz_heldout16 2700032, wholly UnTaza): IND read IN0 and INO and the
    composite's 4 read 1. The issuing state's D close behind its 0 (or, with no CNN to
    say the 0 is clearly a digit, anywhere: fails closed) and the composite's 4 close
    behind: putting them back lands on a known code and a valid MRZ: refused, naming
    them (the nationality INO is rule 10's once valid)."""
    cells = [(44 + 43, "1", 0.10), (4, "0", state_behind), (44 + 12, "O", 0.12)]
    reading = ocr._decide(_misread(_IND, 44, cells), "TD3", 44, TODAY)
    assert reading.document.lines[0][2:5] == "IN0" and not reading.document.valid
    assert {(1, 5), (2, 44)} <= set(reading.uncertain)


@pytest.mark.usefixtures("templates_only")
def test_a_composite_printed_wrong_with_clean_glyphs_stays_invalid():
    """The printed-invalid counterpart: the composite printed 1 (a clean glyph, its 4
    nowhere near) and IND read as printed: no close runner-up mends anything, so the
    printed failure stands: reported invalid, read as printed."""
    printed = (_IND[0], _IND[1][:43] + "1")
    assert not parse(printed, today=TODAY).valid
    reading = ocr._decide(_scores(printed), "TD3", 44, TODAY)
    assert reading.document.lines == printed
    assert not reading.document.valid and not reading.uncertain


# -- rule 19: a date digit under an ink blot ---------------------------------------------

_LIE = ("IDLIEID98754015<<<<<<<<<<<<<<<", "8205122F1906224LIE<<<<<<<<<<<6",
        "OSPELTBECK<<MARISA<<<<<<<<<<<<")  # fmt: skip


def _blotted(lines: tuple[str, ...], p: int, best: str = "8", score: float = 0.855):
    """Scores of `lines` with cell p under a blot: `best` its glyph's best class."""
    scores = _scores(lines)
    scores[p] = 0.2
    scores[p, IDX[best]] = score
    scores[p, IDX["B"]] = score - 0.007
    cands = ocr_decide._apply_types(ocr_decide.candidates(scores), "TD1")[0]
    return scores, cands, [c[0] for c in cands]


@pytest.mark.parametrize(
    "cnn, best, score, settled",
    [
        (("8", "0", 1.09), "8", 0.855, True),  # ext-mrz's Liechtenstein card
        (("0", "8", 1.0), "8", 0.855, False),  # the CNN sees another digit
        (("8", "0", 1.09), "3", 0.855, False),  # the templates see another digit
        (("8", "0", 1.09), "8", 0.65, False),  # faded, not stained: nothing to confirm
    ],
)
def test_a_blotted_date_digit_is_settled_only_when_checks_and_glyph_agree(
    monkeypatch, cnn, best, score, settled
):
    """Rule 19: the birth date's first digit under a blot (0.898 against the 8's 0.855)
    is the one digit both the birth date's check and the composite pass with, and both
    witnesses' best class: settled. Otherwise it stays illegible (rule 7)."""
    lay = mrz_layout.layout("TD1")
    assert parse(_LIE, today=TODAY).valid
    p = lay.flat(1, 0)
    scores, cands, chars = _blotted(_LIE, p, best, score)
    fake = _FakeCnn(*cnn)
    monkeypatch.setattr(ocr_lookalike.Cnn, "get", classmethod(lambda cls: fake))
    feats = np.zeros((len(scores), 320), np.float32)
    out = ocr_decide._blotted_date_digit({p}, scores, cands, chars, feats, lay)
    assert out == ({p: "8"} if settled else {})


def test_a_blotted_date_digit_is_not_settled_where_checks_do_not_pin_it(monkeypatch):
    """No settling when the date's own check was printed wrong (no digit passes both
    checks), when another cell under those checks is open, when two cells are
    illegible, in a document number (letters share a digit's residue), in a visa (no
    composite), nor without the CNN (fails closed)."""
    lay = mrz_layout.layout("TD1")
    p = lay.flat(1, 0)
    fake = _FakeCnn("8", "0", 1.09)
    monkeypatch.setattr(ocr_lookalike.Cnn, "get", classmethod(lambda cls: fake))
    feats = np.zeros((90, 320), np.float32)
    wrong = (_LIE[0], "8205123" + _LIE[1][7:], _LIE[2])
    scores, cands, chars = _blotted(wrong, p)
    assert ocr_decide._blotted_date_digit({p}, scores, cands, chars, feats, lay) == {}
    scores, cands, chars = _blotted(_LIE, p)
    q = lay.flat(1, 3)  # the birth date's 5, open between 5 and 6
    open_q = [*cands[:q], ["5", "6"], *cands[q + 1 :]]
    assert ocr_decide._blotted_date_digit({p}, scores, open_q, chars, feats, lay) == {}
    two = {p, lay.flat(2, 3)}
    assert ocr_decide._blotted_date_digit(two, scores, cands, chars, feats, lay) == {}
    number = lay.flat(0, 8)  # the document number's 9
    scores, cands, chars = _blotted(_LIE, number, "9", 0.855)
    assert ocr_decide._blotted_date_digit({number}, scores, cands, chars, feats, lay) == {}
    visa = compose(
        "MRV-A", document_code="V", issuing_state="UTO", surname="ERIKSSON",
        given_names="ANNA", document_number="X4A7K9M2", nationality="UTO",
        birth_date="840812", sex="F", expiry_date="320415",
    )  # fmt: skip
    vlay = mrz_layout.layout("MRV-A")
    v = vlay.flat(1, 13)
    scores = _scores(visa)
    scores[v] = 0.2
    scores[v, IDX["8"]] = 0.855
    cands = [[c] for c in "".join(visa)]
    chars = list("".join(visa))
    vfeats = np.zeros((88, 320), np.float32)
    assert ocr_decide._blotted_date_digit({v}, scores, cands, chars, vfeats, vlay) == {}
    monkeypatch.setattr(ocr_lookalike.Cnn, "get", classmethod(lambda cls: None))
    scores, cands, chars = _blotted(_LIE, p)
    assert ocr_decide._blotted_date_digit({p}, scores, cands, chars, feats, lay) == {}


def test_the_choice_reads_the_blotted_birth_date_digit(monkeypatch):
    """Through _choose(): the Liechtenstein card's blotted 8 (the blot 0.898 over the
    glyph's 0.855) is read, named among the corrected and unsure cells (a camera does
    not count it)."""
    lay = mrz_layout.layout("TD1")
    p = lay.flat(1, 0)
    scores, _c, _ch = _blotted(_LIE, p)
    blot = np.full(len(scores), 0.3, np.float32)
    blot[p] = 0.898
    fake = _FakeCnn("8", "0", 1.09)
    monkeypatch.setattr(ocr_lookalike.Cnn, "get", classmethod(lambda cls: fake))
    chars = list("".join(_LIE))
    chars[p] = "8"
    feats = np.zeros((len(scores), 320), np.float32)
    reading = ocr_decide._choose(
        scores, [[c] for c in chars], chars, "TD1", 30, TODAY, scores.max(axis=1),
        blot > scores.max(axis=1) - ocr_reading.RIVAL_MARGIN, np.ones(90), 0.9, feats,
    )  # fmt: skip
    assert reading.document.valid and reading.document.lines == _LIE
    assert (2, 1) in reading.corrected
    without = ocr_decide._choose(
        scores, [[c] for c in chars], chars, "TD1", 30, TODAY, scores.max(axis=1),
        blot > scores.max(axis=1) - ocr_reading.RIVAL_MARGIN, np.ones(90), 0.9, None,
    )  # fmt: skip
    assert not without.document.valid and (2, 1) in without.uncertain


# -- rule 20: a check-blind 6/G part of the way to its twin -------------------------------


@pytest.mark.parametrize(
    "read, twin, cnn_prefers_read_by, refused",
    [
        ("G", 0.85, 2.4, True),  # 38006: a number's 6 printed 69 % toward G, read G (0.11 ahead)
        ("6", 0.85, 8.6, True),  # f5 40001: a G 75 % toward 6, read 6, the CNN sure as of a G
        ("6", 0.85, 9.5, False),  # the CNN surer than of any blend: the read glyph stands
        ("G", 0.85, 4.4, True),  # under BLIND_CNN_G (f5's 6s toward G: the CNN 3.78 at most)
        ("G", 0.85, 4.6, False),  # a G the CNN is as sure of as mrz_heldout7 1700065's (4.51)
        ("G", 0.80, 2.4, False),  # 0.17 behind: as far as a clean 6's twin (ext-mrz pe-98 0.157)
    ],
)
def test_a_number_g_near_its_six_is_refused_where_no_check_digit_tells_them_apart(
    monkeypatch, read, twin, cnn_prefers_read_by, refused
):
    """Rule 20 (review r16's open finding): 6/G is check-blind (G = 16); a glyph part of
    the way to its twin, read as that twin, was reported valid. Refused where the twin
    stands within BLIND_NEAR in the templates and the CNN does not prefer the glyph read
    by BLIND_CNN (a 6) or BLIND_CNN_G (a G: a 6 printed toward G never had it that sure)."""
    other = "6G".replace(read, "")
    lines = _document("TD3", "document_number", f"X4{read}7K9M2")
    assert parse(lines, today=TODAY).valid
    scores = _scores(lines)
    p = 44 + 2
    scores[p, IDX[read]], scores[p, IDX[other]] = 0.97, twin
    doc = parse(lines, today=TODAY)
    reading = ocr_reading.Reading(doc, (1.0, 1.0), (), (), 0.97)
    fake = _FakeCnn(read, other, cnn_prefers_read_by)
    monkeypatch.setattr(ocr_lookalike.Cnn, "get", classmethod(lambda cls: fake))
    feats = np.zeros((len(scores), 320), np.float32)
    out = ocr_doubt._blind_twin(reading, scores, feats, "TD3", 44)
    assert bool(out.uncertain) == refused
    if refused:
        assert (2, 3) in out.uncertain and (2, 3) in out.unsure
        assert "no check digit can tell 6 from G" in str(out.document.errors[-1])


def test_a_number_six_printed_toward_g_is_refused_not_read_valid():
    """blend_pages f1 38006 end to end (an MRV-B visa's number 6 printed 69 % toward G): read G
    and reported valid before rule 20, refused now."""
    from tests.documents import blend_pages

    made = blend_pages.page("f1", 38006)
    assert made is not None
    jpeg, _printed, valid, _note = made
    assert valid
    doc = ocr.read_image(jpeg, today=blend_pages.TODAY).document
    assert not doc.valid
    assert any(getattr(e, "code", "") == "ocr.refused" for e in doc.errors), doc.errors


# -- rule 21: two digits of one check group misread alike (blend_pages f6) ---------------

# _FRA's birth date 791125 and its check digit 5 read 791128 and 8: the date's last digit
# weighs 1 in its own check and 7 in the composite, its check digit 3 there: 7 + 3 = 10,
# so the two misreads cancel in every check.
_FRA_88 = (_FRA[0], "7911288" + _FRA[1][7:], _FRA[2])


@pytest.mark.usefixtures("templates_only")
@pytest.mark.parametrize("behind, refused", [(0.05, True), (0.18, True), (0.30, False)])
def test_a_date_digit_and_its_check_digit_close_behind_others_that_also_pass_are_refused(
    behind, refused
):
    """Rule 21 on template scores (no CNN: every runner-up within reach counts, failing
    closed): the glyphs read 8 and 8, the printed 5s `behind`. Within rule 18's reach the
    printed reading passes every check as well: refused, naming both cells; the clean
    counterpart (the 5s as far behind as any other class) stays valid."""
    assert parse(_FRA, today=TODAY).valid and parse(_FRA_88, today=TODAY).valid
    scores = _misread(_FRA, 30, [(30 + 5, "8", behind), (30 + 6, "8", behind)])
    reading = ocr._decide(scores, "TD1", 30, TODAY)
    assert reading.document.lines == _FRA_88
    assert reading.document.valid != refused
    if refused:
        assert set(reading.uncertain) == {(2, 6), (2, 7)}
        assert "read as two others" in str(reading.document.errors[-1])
    else:
        assert not reading.uncertain


@pytest.mark.usefixtures("templates_only")
def test_a_visas_date_pair_misread_alike_is_refused():
    """An MRV has no composite: any two digits of a date and its check digit that keep
    the date's check pass every check. The birth date's last 2 and its check digit, both
    close behind the digits read (2 -> 7, the check + 5): refused, naming both."""
    printed = _document("MRV-B", "document_number", "X4A7K9M2")
    z = str((int(printed[1][19]) + 5) % 10)
    read = (printed[0], printed[1][:18] + "7" + z + printed[1][20:])
    assert parse(printed, today=TODAY).valid and parse(read, today=TODAY).valid
    scores = _misread(printed, 36, [(36 + 18, "7", 0.05), (36 + 19, z, 0.05)])
    reading = ocr._decide(scores, "MRV-B", 36, TODAY)
    assert reading.document.lines == read and not reading.document.valid
    assert set(reading.uncertain) == {(2, 19), (2, 20)}


@pytest.mark.parametrize(
    "behind, cnn_prefers_read_by, refused",
    [
        (0.15, 1.3, True),  # f6 41000: a 57 % blend, the CNN near a tie
        (0.15, 4.1, False),  # ext-mrz's Liechtenstein card, clean: 0.145/0.124, 4.04/4.21
        (0.08, 4.5, True),  # within RUNNER_UP_FIT in the templates: in doubt there
        (0.08, 5.7, False),  # the CNN sure of both glyphs read
    ],
)
def test_the_cnn_and_the_templates_clear_a_clean_date_pair_whose_runner_ups_also_pass(
    monkeypatch, behind, cnn_prefers_read_by, refused
):
    """Rule 21's margins: every cell's runner-up within reach with the CNN preferring the
    glyph read by under TWIN_CNN, and one cell in doubt (within RUNNER_UP_FIT, fitting
    oddly, or the CNN under TWIN_DOUBT_CNN): refused; otherwise the reading stands."""
    scores = _misread(_FRA, 30, [(30 + 5, "8", behind), (30 + 6, "8", behind)])
    doc = parse(_FRA_88, today=TODAY)
    reading = ocr_reading.Reading(doc, (1.0, 1.0, 1.0), (), (), 0.95)
    monkeypatch.setattr(
        ocr_lookalike.Cnn, "get", classmethod(lambda cls: _FakeCnn("8", "5", cnn_prefers_read_by))
    )
    feats = np.zeros((len(scores), 320), np.float32)
    lay = mrz_layout.layout("TD1")
    cells = ocr_twins._cancelling_runner_up(reading, scores, feats, lay, TODAY)
    assert cells == ([30 + 5, 30 + 6] if refused else [])


def test_a_date_pair_blended_toward_digits_that_also_pass_is_refused_not_read_valid():
    """blend_pages f6 41000 end to end (a date's last digit and its check digit blended
    toward digits that keep every check, its birth date 78 read 12 at 57 %): read as the
    blends and valid before rule 21, refused now."""
    from tests.documents import blend_pages

    made = blend_pages.page("f6", 41000)
    assert made is not None
    jpeg, _printed, valid, _note = made
    assert valid
    doc = ocr.read_image(jpeg, today=blend_pages.TODAY).document
    assert not doc.valid
    assert any(getattr(e, "code", "") == "ocr.refused" for e in doc.errors), doc.errors


# -- rule 22: a printed composite wrong, mended by two misreads in one check group -------

# _FRA printed with its expiry 310804 and check 4 as 310801 and 1: the expiry's own check
# passes, the composite (7) fails (the expiry's last digit weighs 3 there, its check 1:
# -3 * 4 is not 0 modulo 10). Read 4 and 4, it is _FRA, valid (blend_pages f6 41115).
_FRA_11 = (_FRA[0], _FRA[1][:13] + "11" + _FRA[1][15:], _FRA[2])


@pytest.mark.usefixtures("templates_only")
@pytest.mark.parametrize("behind, refused", [(0.05, True), (0.18, True), (0.30, False)])
def test_two_misreads_that_mend_a_composite_printed_wrong_are_refused(behind, refused):
    """Rule 22 on template scores (no CNN: every runner-up within reach counts, failing
    closed): the glyphs read 4 and 4, the printed 1s `behind`. Within rule 18's reach
    the printed reading keeps the expiry's check and fails the composite only (a
    document printed invalid): refused, naming both cells; the clean counterpart (the
    1s as far behind as any other class) stays valid."""
    assert parse(_FRA, today=TODAY).valid
    printed = parse(_FRA_11, today=TODAY)
    assert not printed.valid and printed.checks.expiry_date and not printed.checks.composite
    scores = _misread(_FRA_11, 30, [(30 + 13, "4", behind), (30 + 14, "4", behind)])
    reading = ocr._decide(scores, "TD1", 30, TODAY)
    assert reading.document.lines == _FRA
    assert reading.document.valid != refused
    if refused:
        assert set(reading.uncertain) == {(2, 14), (2, 15)}
        assert "only the composite check digit fails" in str(reading.document.errors[-1])
    else:
        assert not reading.uncertain


@pytest.mark.parametrize(
    "behind, cnn_prefers_read_by, refused",
    [
        ((0.126, 0.018), 3.27, True),  # f6 41115: 0.126 (the CNN 3.27) and a near tie
        ((0.126, 0.126), 3.27, False),  # neither cell in doubt
        ((0.15, 0.15), 1.3, True),  # the CNN near a tie
        ((0.08, 0.08), 4.5, True),  # within RUNNER_UP_FIT in the templates: in doubt there
        ((0.08, 0.08), 5.7, False),  # the CNN sure of both glyphs read
    ],
)
def test_the_cnn_and_the_templates_clear_a_clean_pair_whose_runner_ups_fail_the_composite(
    monkeypatch, behind, cnn_prefers_read_by, refused
):
    """Rule 22's margins (rule 21's): every cell's runner-up within reach with the CNN
    preferring the glyph read by under TWIN_CNN, and one cell in doubt (within
    RUNNER_UP_FIT, fitting oddly, or the CNN under TWIN_DOUBT_CNN): refused;
    otherwise the reading stands."""
    scores = _misread(_FRA_11, 30, [(30 + 13, "4", behind[0]), (30 + 14, "4", behind[1])])
    reading = ocr_reading.Reading(parse(_FRA, today=TODAY), (1.0, 1.0, 1.0), (), (), 0.95)
    monkeypatch.setattr(
        ocr_lookalike.Cnn, "get", classmethod(lambda cls: _FakeCnn("4", "1", cnn_prefers_read_by))
    )
    feats = np.zeros((len(scores), 320), np.float32)
    lay = mrz_layout.layout("TD1")
    assert ocr_twins._cancelling_runner_up(reading, scores, feats, lay, TODAY) == []
    cells = ocr_twins._printed_error_twin(reading, scores, feats, lay, TODAY)
    assert cells == ([30 + 13, 30 + 14] if refused else [])


def test_a_composite_printed_wrong_mended_by_two_misreads_is_never_read_valid():
    """blend_pages f6 41115 end to end (TD1 printed with its composite wrong; the
    expiry's 1 and check 5 blended 57 % and 50 % toward 4 and 8, which keep the
    expiry's check and mend the composite): read 4 and 8 and VALID before rule 22,
    now refused or reported invalid, never valid."""
    from tests.documents import blend_pages

    made = blend_pages.page("f6", 41115)
    assert made is not None
    jpeg, _printed, valid, _note = made
    assert not valid
    doc = ocr.read_image(jpeg, today=blend_pages.TODAY).document
    assert not doc.valid


@pytest.mark.parametrize("name, seed", [("mrz_heldout", 900071), ("mrz_heldout", 900007)])
def test_clean_gs_rule_20_refused_are_read_exactly(name, seed):
    """Rule 20's cost on faces its author did not measure: mrz_heldout 900071's and
    900007's number Gs (the CNN 6.14 and 5.66: BLIND_CNN_G) were refused; read exactly
    now. (mrz_variant 800136, 800138, 800041, the CNN unsure, stay refused: the lead
    withdrew the exemption by the document's own 6s, measured on OCR-B blends only.)"""
    import importlib

    from bench import bench_mrz

    s = importlib.import_module(f"bench.{name}").sample(seed, today=bench_mrz.TODAY)
    doc = ocr.read_image(s.jpeg, today=bench_mrz.TODAY).document
    assert doc.valid and doc.lines == s.lines


# -- rule 22b: both cells of a composite-mending pair in doubt in the templates ---------


class _LeadInFeatsCnn:
    """The look-alike CNN's logits: `prefer` over `over` by each cell's feats[:, 0]."""

    def __init__(self, prefer: str, over: str) -> None:
        self.prefer, self.over = prefer, over

    def logits(self, feats: np.ndarray) -> np.ndarray:
        z = np.zeros((len(feats), 37), np.float32)
        z[:, IDX[self.over]] = 4.0
        z[:, IDX[self.prefer]] = 4.0 + feats[:, 0]
        return z


@pytest.mark.parametrize(
    "behind, odd, cnn_prefers_read_by, refused",
    [
        # f7 42154 (recorded): the 4 0.067 behind, fitting 0.145 worse than usual, the
        # CNN 0.91; the 0 0.207 behind, fitting 0.177 worse, the CNN 5.04
        ((0.067, 0.207), (0.145, 0.177), (0.91, 5.04), True),
        # f7 42283: 0.155 behind fitting 0.077 worse (CNN 5.53), 0.055 behind (CNN -0.30)
        ((0.155, 0.055), (0.077, 0.064), (5.53, -0.30), True),
        # mrz synth 700184, clean: both 0.088-0.089 behind, the CNN sure of both
        ((0.088, 0.089), (0.009, 0.008), (6.68, 5.48), False),
        # mrz_variant 800024, clean: both cells fitting oddly, neither a near tie
        ((0.183, 0.233), (0.062, 0.058), (3.20, 5.18), False),
        # ext-mrz's Spanish card, clean: one cell in doubt only (0.227 behind, 0.049)
        ((0.146, 0.227), (0.022, 0.049), (3.01, 5.37), False),
    ],
)
def test_a_pair_in_doubt_in_both_cells_that_mends_a_composite_printed_wrong_is_refused(
    monkeypatch, behind, odd, cnn_prefers_read_by, refused
):
    """Rule 22b (blend_pages f7): both cells of the pair in doubt in the templates (the
    other digit within RUNNER_UP_FIT, or the cell fitting RUNNER_UP_ODD worse than the
    page's usual cell), one a near tie there, and the CNN under TWIN_DOUBT_CNN in one:
    refused, the CNN sure of the other cell or not; the clean counterparts (the CNN sure
    of both; no near tie; one cell in doubt only) stay valid."""
    scores = _scores(_FRA_11)  # the usual cell scores 0.97
    feats = np.zeros((len(scores), 320), np.float32)
    for p, gap, worse, lead in zip(
        (30 + 13, 30 + 14), behind, odd, cnn_prefers_read_by, strict=True
    ):
        scores[p, IDX["4"]] = 0.97 - worse
        scores[p, IDX["1"]] = 0.97 - worse - gap
        feats[p, 0] = lead
    reading = ocr_reading.Reading(parse(_FRA, today=TODAY), (1.0, 1.0, 1.0), (), (), 0.95)
    monkeypatch.setattr(
        ocr_lookalike.Cnn, "get", classmethod(lambda cls: _LeadInFeatsCnn("4", "1"))
    )
    lay = mrz_layout.layout("TD1")
    assert ocr_twins._cancelling_runner_up(reading, scores, feats, lay, TODAY) == []
    cells = ocr_twins._printed_error_twin(reading, scores, feats, lay, TODAY)
    assert cells == ([30 + 13, 30 + 14] if refused else [])
    # Without rule 22b, rule 22's margins (the CNN under TWIN_CNN in every cell) let
    # the attack pages through: 22b is what refuses them.
    twins = ocr_twins._printed_error_twins(
        "".join(_FRA), scores, lay, TODAY, ocr_reading._usual_fit("".join(_FRA), scores)
    )
    assert ocr_twins._in_doubt(twins, "".join(_FRA), scores, feats, 0.97) == []


@pytest.mark.parametrize("seed", [42154, 42283])
def test_an_f7_page_whose_pair_is_in_doubt_in_both_cells_is_never_read_valid(seed):
    """blend_pages f7 end to end (printed with its composite wrong; a digit and its
    field's check digit blended toward digits that keep the field's check and mend the
    composite): 42154 (TD3 expiry 40 read 17, the CNN sure of the 7 by 5.04) and 42283
    (TD1 birth 14 read 76, the CNN sure of the 7 by 5.53) were read VALID past rule 22's
    margins; never valid now."""
    from tests.documents import blend_pages

    made = blend_pages.page("f7", seed)
    assert made is not None
    jpeg, _printed, valid, _note = made
    assert not valid
    doc = ocr.read_image(jpeg, today=blend_pages.TODAY).document
    assert not doc.valid


def test_ink_aspect_tells_a_round_o_from_a_narrow_oval() -> None:
    """Rule 14's round zeros: a ring as wide as it is tall measures rounder than a narrow
    oval of the same height (OCR-B's 0 against Noto Mono's O)."""
    ys, xs = np.mgrid[0:20, 0:16]

    def ring(rx: float, ry: float) -> np.ndarray:
        r = ((xs - 7.5) / rx) ** 2 + ((ys - 9.5) / ry) ** 2
        v = ((r > 0.6) & (r < 1.0)).astype(float).ravel()
        v -= v.mean()
        return v / np.linalg.norm(v)

    narrow, round_ = ocr_twins._ink_aspect(np.stack([ring(4.5, 8.5), ring(6.5, 8.5)]))
    assert round_ > 1.1 * narrow


# -- rule 18d: the CNN's repair (mrz_heldout20 3100185) -----------------------------------

_PHL = ("P<PHLREYES<<VAN<ANH<<<<<<<<<<<<<<<<<<<<<<<<<",
        "136REFUCU4PHL7208296F3006036<<<<<<<<<<<<<<<6")  # fmt: skip
# TW-Sung's 1 read I and its 6 read 8 in five cells of three fields (number, birth check,
# expiry and its check, composite): the printed glyph 0.10 behind in the templates.
_PHL_MISREADS = [(44 + 0, "I", 0.07)] + [(44 + q, "8", 0.10) for q in (2, 19, 24, 27, 43)]


def _patch_cnn_lead(monkeypatch, lead) -> None:
    """The CNN's lead (ocr_reading._cnn_lead) replaced where each rule module looks it up."""
    for module in (ocr_reading, ocr_repair, ocr_twins, ocr_doubt):
        monkeypatch.setattr(module, "_cnn_lead", lead)


def _cnn_repair_of(printed: tuple[str, ...], prefers: float, monkeypatch) -> list[int]:
    """Rule 18d's cells for `printed` read with _PHL_MISREADS, the CNN preferring the
    printed character in each misread cell by `prefers` logits (and the character read
    everywhere else by far)."""
    text = "".join(printed)
    wanted = {p: text[p] for p, _, _ in _PHL_MISREADS}
    _patch_cnn_lead(monkeypatch, lambda _t, _f, p, b: -prefers if wanted.get(p) == b else 20.0)
    reading = ocr._decide(_misread(printed, 44, _PHL_MISREADS), "TD3", 44, TODAY)
    assert not reading.document.valid
    assert "".join(reading.document.lines)[44:] == "I38REFUCU4PHL7208298F3008038<<<<<<<<<<<<<<<8"
    feats = np.zeros((88, 320), np.float32)
    return ocr_repair._cnn_repair(reading, _misread(printed, 44, _PHL_MISREADS), feats,
                                  mrz_layout.layout("TD3"), TODAY)  # fmt: skip


@pytest.mark.usefixtures("templates_only")
@pytest.mark.parametrize("prefers, repaired", [(3.6, True), (0.5, False), (-3.0, False)])
def test_misreads_the_cnn_undoes_together_are_not_blamed_on_the_document(
    prefers, repaired, monkeypatch
):
    """Rule 18d (mrz_heldout20 3100185): six cells of three fields misread, two per field,
    more than rules 18b and 18c mend; the CNN preferring the printed character in each
    (by 3.63-6.84 there) and that reading valid: refused naming them. A CNN under
    CNN_REPAIR, or preferring the glyph read, repairs nothing."""
    assert parse(_PHL, today=TODAY).valid
    cells = _cnn_repair_of(_PHL, prefers, monkeypatch)
    assert cells == ([44 + p for p in (0, 2, 19, 24, 27, 43)] if repaired else [])


@pytest.mark.usefixtures("templates_only")
def test_a_check_printed_wrong_beside_misreads_the_cnn_undoes_stays_invalid(monkeypatch):
    """The printed-invalid counterpart: the birth date's check digit printed 5 (its 6
    read 8 is then no misread: the cell holds a clean 5 glyph). Putting the CNN's
    characters back leaves the printed error: no repair, reported invalid."""
    two = list(_PHL[1])
    two[19] = "5"
    printed = (_PHL[0], "".join(two))
    assert not parse(printed, today=TODAY).valid
    text = "".join(printed)
    _patch_cnn_lead(monkeypatch, lambda _t, _f, p, b: -3.6 if text[p] == b else 20.0)
    misreads = [c for c in _PHL_MISREADS if c[0] != 44 + 19]
    scores = _misread(printed, 44, misreads)
    reading = ocr._decide(scores, "TD3", 44, TODAY)
    assert not reading.document.valid
    feats = np.zeros((88, 320), np.float32)
    lay = mrz_layout.layout("TD3")
    assert ocr_repair._cnn_repair(reading, scores, feats, lay, TODAY) == []


# -- rule 18e: a look-alike the templates misjudge on an odd cell (mrz_heldout28 3900173) --

_TWN_CARD = ("IRTWND86670533<18<<<<<<<<<<<<<", "8408255M3009222PHL<<<<<<<<<<<0",
             "MENDOZA<<LIZA<<<<<<<<<<<<<<<<<")  # fmt: skip


def _odd_twin_of(printed: tuple[str, ...], fits: float, prefers: float, monkeypatch) -> list[int]:
    """Rule 18e's cells for `printed` with its number's D (cell 5) read 0: the templates
    fit the 0 at `fits` (the document's other cells at 0.97) with D 0.44 behind, the CNN
    preferring D by `prefers` logits (and the character read everywhere else by far)."""
    scores = _scores(printed)
    scores[5, IDX["0"]], scores[5, IDX["D"]] = fits, fits - 0.44
    _patch_cnn_lead(monkeypatch, lambda _t, _f, p, b: -prefers if (p, b) == (5, "D") else 20.0)
    reading = ocr._decide(scores, "TD1", 30, TODAY)
    assert reading.document.lines[0][5] == "0" and not reading.document.valid
    feats = np.zeros((90, 320), np.float32)
    lay = mrz_layout.layout("TD1")
    assert ocr_repair._cnn_repair(reading, scores, feats, lay, TODAY) == []  # out of its reach
    return ocr_repair._odd_twin_repair(reading, scores, feats, lay, TODAY)


@pytest.mark.usefixtures("templates_only")
@pytest.mark.parametrize(
    "fits, prefers, repaired",
    [(0.82, 6.5, True), (0.82, 0.5, False), (0.82, -3.0, False), (0.95, 6.5, False)],
)
def test_a_look_alike_the_templates_misjudge_on_an_odd_cell_is_not_blamed_on_the_document(
    fits, prefers, repaired, monkeypatch
):
    """Rule 18e (mrz_heldout28 3900173: a card's first line in another face, its number's D
    read 0 by the templates 0.44 ahead, the cell 0.15 under the usual fit, the CNN
    preferring D by 6.5): D makes the card valid, so it is refused naming the cell. A CNN
    under CNN_REPAIR, or preferring the 0, repairs nothing; nor does a cell the templates
    fit as well as the rest (0.02 under: their ranking stands, rule 18's reach)."""
    assert parse(_TWN_CARD, today=TODAY).valid
    assert _odd_twin_of(_TWN_CARD, fits, prefers, monkeypatch) == ([5] if repaired else [])


@pytest.mark.usefixtures("templates_only")
def test_a_check_printed_wrong_beside_an_odd_look_alike_stays_invalid(monkeypatch):
    """The printed-invalid counterpart: the card's number check digit printed 9 (computed
    8). Putting the CNN's D back leaves the printed error: no repair, reported invalid."""
    printed = (_TWN_CARD[0][:14] + "9" + _TWN_CARD[0][15:], *_TWN_CARD[1:])
    assert not parse(printed, today=TODAY).valid
    assert _odd_twin_of(printed, 0.82, 6.5, monkeypatch) == []


def test_the_twenty_eighth_sets_honest_card_is_refused_not_invalid():
    """mrz_heldout28 3900173 read end to end (a Taiwan resident certificate, its first line
    in another face): the number's D read 0, reported invalid before rule 18e, refused now
    naming the cell."""
    from bench import bench_mrz, mrz_heldout28

    sample = mrz_heldout28.sample(3900173, today=bench_mrz.TODAY)
    assert sample.valid and sample.lines == _TWN_CARD
    doc = ocr.read_image(sample.jpeg, today=bench_mrz.TODAY).document
    assert not doc.valid
    refusal = [e for e in doc.errors if getattr(e, "code", "") == "ocr.refused"]
    assert refusal and "line 1 position 6" in str(refusal[0]), doc.errors


def test_the_twentieth_sets_honest_passport_is_refused_not_invalid():
    """mrz_heldout20 3100185 read end to end (TD3, OCR-B with TW-Sung's 0 1 2 6 8 S):
    every 6 read 8 and the 1 read I, reported invalid before rule 18d, refused now."""
    from bench import bench_mrz, mrz_heldout20

    sample = mrz_heldout20.sample(3100185, today=bench_mrz.TODAY)
    assert sample.valid
    doc = ocr.read_image(sample.jpeg, today=bench_mrz.TODAY).document
    assert not doc.valid
    assert any(getattr(e, "code", "") == "ocr.refused" for e in doc.errors), doc.errors


# --- characters the officer typed for a refusal's cells (ocr.Typed) ---------------------


@pytest.mark.usefixtures("templates_only")
@pytest.mark.parametrize("digit, letter", PAIRS)
def test_the_officers_characters_settle_a_refused_twin(digit, letter):
    lines, flat = _twin("TD3", "document_number", digit, letter)
    scores = _scores(lines)
    for p in flat:
        scores[p, IDX[letter]] = 0.97 - (ocr_reading.LOOKALIKE_MARGIN - 0.01)
    assert not ocr._decide(scores, "TD3", 44, TODAY).document.valid  # as above: refused
    printed = {p: "".join(lines)[p] for p in flat}
    reading = ocr_decide.decide(scores, "TD3", 44, TODAY, typed=printed)
    assert reading.document.valid and reading.document.lines == lines
    # The other reading typed is the officer's word: the glyphs leave room for it.
    other = {p: letter if c == digit else digit for p, c in printed.items()}
    reading = ocr_decide.decide(scores, "TD3", 44, TODAY, typed=other)
    assert reading.document.valid and reading.document.lines != lines
    if len(flat) == 2:
        # One cell of a cancelling pair typed: the check digit decides the other, as it
        # would any single look-alike under it.
        first = dict(list(printed.items())[:1])
        reading = ocr_decide.decide(scores, "TD3", 44, TODAY, typed=first)
        assert reading.document.valid and reading.document.lines == lines


@pytest.mark.usefixtures("templates_only")
def test_a_typed_character_the_glyph_rules_out_refuses_the_reading():
    lines, flat = _twin("TD3", "document_number", "0", "O")
    scores = _scores(lines)
    for p in flat:
        scores[p, IDX["O"]] = 0.97 - (ocr_reading.LOOKALIKE_MARGIN - 0.01)
    typed = {p: "".join(lines)[p] for p in flat}
    wrong = {**typed, flat[0]: "X"}  # X is nothing like a clear 0 or O
    reading = ocr_decide.decide(scores, "TD3", 44, TODAY, typed=wrong)
    assert not reading.document.valid
    assert ocr_reading.refused_for(reading, "typed")
    assert reading.uncertain == ((flat[0] // 44 + 1, flat[0] % 44 + 1),)
    # An illegible cell takes whatever the officer reads there (the checks still look);
    # a clear one only its look-alikes.
    birth = 44 + 13  # line 2, character 14: the birth date's first digit, a clear 7
    blank = scores.copy()
    blank[birth] = 0.3
    assert ocr_decide.typed_for(blank, birth, "Q")
    assert not ocr_decide.typed_for(scores, birth, "Q")


def test_the_face_gate_judges_the_glyphs_as_read_not_as_typed(monkeypatch):
    lines, flat = _twin("TD3", "document_number", "0", "O")
    scores = _scores(lines)
    seen: list[np.ndarray] = []

    def gate(s, feats=None):
        seen.append(s.copy())
        return False

    monkeypatch.setattr(ocr_decide, "is_ocrb", gate)
    typed = {p: "".join(lines)[p] for p in flat}
    reading = ocr_decide.decide(scores, "TD3", 44, TODAY, typed=typed)
    assert not reading.document.valid and reading.not_ocrb
    assert len(seen) == 1 and np.array_equal(seen[0], scores)


def test_typed_cells_are_checked_against_the_format():
    with pytest.raises(ValueError, match="no position 3:1 in a TD3"):
        ocr.Typed("TD3", {(3, 1): "O"})
    with pytest.raises(ValueError, match="not an MRZ character"):
        ocr.Typed("TD3", {(2, 1): "o"})
    typed = ocr.Typed("TD1", {(2, 5): "O"})
    assert typed.flat("TD1", 30) == {34: "O"} and typed.flat("TD3", 44) is None


@pytest.mark.usefixtures("templates_only")
@pytest.mark.parametrize("odd", [5, 44 + 13])  # a name's E; a birth date's 7 (checked)
def test_a_typed_reading_with_a_glyph_unlike_ocr_b_is_refused(odd):
    lines, flat = _twin("TD3", "document_number", "0", "O")
    scores = _scores(lines)
    for p in flat:
        scores[p, IDX["O"]] = 0.97 - (ocr_reading.LOOKALIKE_MARGIN - 0.01)
    printed = {p: "".join(lines)[p] for p in flat}
    assert ocr_decide.decide(scores, "TD3", 44, TODAY, typed=printed).document.valid
    # One glyph of another face: it fits its template TYPED_FIT and more under the
    # document's usual cell (mrz_heldout30 4100159's G read O): typing completes no page
    # that holds one, wherever it stands.
    c = "".join(lines)[odd]
    scores[odd, IDX[c]] = 0.97 - ocr_decide.TYPED_FIT - 0.02
    reading = ocr_decide.decide(scores, "TD3", 44, TODAY, typed=printed)
    assert not reading.document.valid and ocr_reading.refused_for(reading, "typed_face")
    assert reading.uncertain == ((odd // 44 + 1, odd % 44 + 1),)
    # So does a typed cell whose glyph is unlike the character typed (another face's 1s
    # read I: mrz_heldout17 2800065).
    scores[odd, IDX[c]] = 0.97
    scores[flat[0], IDX[printed[flat[0]]]] = 0.97 - ocr_decide.TYPED_FIT - 0.01
    scores[flat[0], IDX["O"]] = 0.97 - ocr_decide.TYPED_FIT - 0.02
    reading = ocr_decide.decide(scores, "TD3", 44, TODAY, typed=printed)
    assert ocr_reading.refused_for(reading, "typed_face")
    # The OCR's own reading is not touched by the typed path's rule.
    assert not ocr_reading.refused_for(ocr_decide.decide(scores, "TD3", 44, TODAY), "typed_face")
