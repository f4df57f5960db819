"""BOTH_SURE: where no check digit looks (a name, a visa's optional data, the twin
search), a look-alike cell settled when the MLP and the CNN are each sure of the same
candidate at its checked margin. Tried in stop 26 and withdrawn (ocr_lookalike.BOTH_SURE
is empty): on JetBrains Mono, a face neither network saw, both were sure of 0 for a
printed O, and visas and document numbers were reported VALID and wrong. The hook's
tests run with the tried groups patched in; the review's documents must never be read
valid and wrong."""

from __future__ import annotations

import datetime as dt

import pytest

from bench import mrz_heldout6, mrz_heldout7
from desktop.documents import ocr, ocr_decide, ocr_lookalike, ocr_reading
from desktop.documents.mrz import compose
from tests.documents.conftest import TODAY
from tests.documents.test_ocr_decide import IDX, _scores, _twin
from tests.documents.test_ocr_lookalike import _feats

SURNAME_O = 5 + 1  # flat position of the O in P<UTOKOH...: line 1, column 7
TRIED = ("0ODQ", "2Z", "5S", "8B", "6G")  # the groups tried, withdrawn after review


@pytest.fixture
def both_sure(monkeypatch):
    monkeypatch.setattr(ocr_lookalike, "BOTH_SURE", TRIED)


def _names(surname: str) -> tuple[str, ...]:
    return compose(
        "TD3", document_code="P", issuing_state="UTO", surname=surname, given_names="ANNA",
        nationality="UTO", birth_date="740812", sex="F", expiry_date="320415",
        document_number="X4A7K9M2",
    )  # fmt: skip


def _name_tie(lines: tuple[str, ...], p: int, rival: str):
    """Template scores where the name's O at p has `rival` within RIVAL_MARGIN."""
    scores = _scores(lines)
    scores[p, IDX[rival]] = 0.97 - (ocr_reading.RIVAL_MARGIN - 0.01)
    return scores


def test_a_names_clear_o_the_templates_tie_with_d_is_read_with_both_sure(both_sure):
    lines = _names("KOH")
    assert lines[0][SURNAME_O] == "O"
    scores = _name_tie(lines, SURNAME_O, "D")
    # Without it, the MLP alone has to be sure by UNCOVERED_EXTRA more: refused.
    reading = ocr._decide(scores, "TD3", 44, TODAY, feats=_feats("".join(lines)))
    assert reading.document.valid and reading.document.lines == lines


def test_without_both_sure_a_names_tie_is_refused():
    lines = _names("KOH")
    scores = _name_tie(lines, SURNAME_O, "D")
    reading = ocr._decide(scores, "TD3", 44, TODAY, feats=_feats("".join(lines)))
    assert not reading.document.valid


def test_a_names_o_the_cnn_is_not_sure_of_is_refused(monkeypatch):
    lines = _names("KOH")
    scores = _name_tie(lines, SURNAME_O, "D")
    cnn = ocr_lookalike.Cnn.get()
    assert cnn is not None
    real = cnn.opinions

    def unsure(cands, feats, covered):
        return {p: (c, False) for p, (c, _sure) in real(cands, feats, covered).items()}

    monkeypatch.setattr(cnn, "opinions", unsure)
    reading = ocr._decide(scores, "TD3", 44, TODAY, feats=_feats("".join(lines)))
    assert not reading.document.valid
    assert (1, SURNAME_O + 1) in reading.uncertain


def test_a_names_glyph_halfway_between_o_and_d_is_refused():
    lines = _names("KOH")
    scores = _name_tie(lines, SURNAME_O, "D")
    feats = _feats("".join(lines), {SURNAME_O: ("O", "D")})
    reading = ocr._decide(scores, "TD3", 44, TODAY, feats=feats)
    assert not reading.document.valid
    assert (1, SURNAME_O + 1) in reading.uncertain


def test_a_cancelling_2z_twin_of_clear_2s_is_read_with_both_sure(both_sure):
    # Two 2s of a document number whose swaps to Z cancel in every check: before, the
    # twin search needed the MLP sure by UNCOVERED_EXTRA more, and refused.
    lines, flat = _twin("TD3", "document_number", "2", "Z")
    assert len(flat) == 2
    scores = _scores(lines)
    for p in flat:
        scores[p, IDX["Z"]] = 0.97 - (ocr_reading.LOOKALIKE_MARGIN - 0.01)
    reading = ocr._decide(scores, "TD3", 44, TODAY, feats=_feats("".join(lines)))
    assert reading.document.valid and reading.document.lines == lines


def test_a_cancelling_twin_of_halfway_glyphs_is_refused():
    lines, flat = _twin("TD3", "document_number", "2", "Z")
    scores = _scores(lines)
    for p in flat:
        scores[p, IDX["Z"]] = 0.97 - (ocr_reading.LOOKALIKE_MARGIN - 0.01)
    feats = _feats("".join(lines), {p: ("2", "Z") for p in flat})
    reading = ocr._decide(scores, "TD3", 44, TODAY, feats=feats)
    assert not reading.document.valid
    assert ocr_reading.is_ambiguous(reading)


def test_the_networks_disagreeing_with_the_exemplars_leave_the_twin_open(monkeypatch):
    # The checked narrowing (here the exemplars) took I in both cells of a printed 11;
    # the networks, sure of 1 in the twin search, must not hide the twin `11`.
    lines, flat = _twin("TD3", "document_number", "1", "I")
    scores = _scores(lines)
    for p in flat:
        scores[p, IDX["I"]] = 0.97 + 0.01
    feats = _feats("".join(lines))

    def prune(cands, feats, fmt, twin=False, zoomed=False):
        if not twin:
            for p in flat:
                cands[p] = ["I"]

    monkeypatch.setattr(ocr_decide, "_exemplar_prune", prune)
    reading = ocr._decide(scores, "TD3", 44, TODAY, feats=feats)
    assert not reading.document.valid and ocr_reading.is_ambiguous(reading)


# Seen sets (scored once, development data since): documents printed right whose best
# guess was the printed MRZ, refused before for an O/D in a name (1700073, 1700186,
# 1600120), a visa's optional-data 0/O (1600023) or a cancelling 2/Z or 0/O twin
# (1700059, 1600149; 1700065 is refused by rule 20 since: below).
@pytest.mark.parametrize(
    "make, seed",
    [
        (mrz_heldout7.sample, 1_700_073),
        (mrz_heldout7.sample, 1_700_186),
        (mrz_heldout7.sample, 1_700_059),
        (mrz_heldout6.sample, 1_600_120),
        (mrz_heldout6.sample, 1_600_023),
        (mrz_heldout6.sample, 1_600_149),
    ],
)
def test_seen_documents_refused_before_are_read_with_both_sure(both_sure, make, seed):
    s = make(seed, today=TODAY)
    doc = ocr.read_image(s.jpeg, today=TODAY).document
    assert doc.valid and doc.lines == s.lines, (seed, doc.lines, doc.errors)


# The review's documents (stop 26, /work/wt/review/ocr-refusals-repro gen6.py, gen7.py):
# MRZs printed in JetBrains Mono, a visa's optional data full of O (60003, 60004) and a
# document number with a cancelling OO (70002). Read valid and wrong with BOTH_SURE.
_JETBRAINS = "/usr/share/fonts/truetype/jetbrains-mono/JetBrainsMono-{}.ttf"
REVIEW_TODAY = dt.date(2026, 6, 1)  # the review's scripts' date


def _jetbrains(seed: int, number_oo: bool, monkeypatch) -> tuple[tuple[str, ...], bytes]:
    from pathlib import Path

    import numpy as np

    from tests.documents import synth

    rng = np.random.default_rng(seed)
    fmt = str(rng.choice(["MRV-A", "MRV-B", "TD3"] if number_oo else ["MRV-A", "MRV-B"]))
    letters = list("AKMENRTUHW")
    opt = ""
    if not number_oo:
        room = {"MRV-A": 16, "MRV-B": 8}[fmt]
        opt = "".join(rng.choice(list("OOOAKM3479")) for _ in range(int(rng.integers(2, room + 1))))

    def word() -> str:
        return "".join(rng.choice(letters) for _ in range(int(rng.integers(3, 8))))

    surname, given = word(), word()
    if number_oo:
        head = "".join(rng.choice(list("3479AKMNE")) for _ in range(int(rng.integers(0, 4))))
        tail = "".join(rng.choice(list("3479AKMNE")) for _ in range(4))
        number = head + "OO" + tail
    else:
        number = "".join(rng.choice(list("3479AKMNE")) for _ in range(9))
    birth = dt.date(
        1970 + int(rng.integers(0, 30)), int(rng.integers(1, 10)), int(rng.integers(1, 28))
    )
    expiry = dt.date(
        2027 + int(rng.integers(0, 7)), int(rng.integers(1, 10)), int(rng.integers(1, 28))
    )
    code = "P<" if fmt == "TD3" else "V<"
    lines = compose(
        fmt, document_code=code, issuing_state="KEN", surname=surname, given_names=given,
        document_number=number, nationality="KEN", birth_date=birth, sex="M",
        expiry_date=expiry, optional_data=opt,
    )  # fmt: skip
    face = _JETBRAINS.format(("Regular", "Medium", "Light")[seed % 3])
    if not Path(face).exists():
        pytest.skip("fonts-jetbrains-mono is not installed")
    monkeypatch.setattr(synth, "OCRB", Path(face))
    level = str(rng.choice(["easy", "medium"]))
    page = synth.render_page(fmt, lines, rng, level)
    img = synth.photograph(page, rng, level, size=(1280, 960))
    return lines, synth.to_jpeg(img, int(rng.integers(60, 92)))


@pytest.mark.parametrize("seed, number_oo", [(60003, False), (60004, False), (70002, True)])
def test_a_face_the_networks_never_saw_is_never_read_valid_and_wrong(seed, number_oo, monkeypatch):
    lines, jpeg = _jetbrains(seed, number_oo, monkeypatch)
    doc = ocr.read_image(jpeg, today=REVIEW_TODAY).document
    assert not (doc.valid and doc.lines != lines), (seed, doc.lines, lines)


# Found by the same review in the code before stop 26 (a07fc58): in a face neither
# network saw, a cancelling OO of a document number read 00 and reported valid (the
# review found 5 such documents of 132). Fixed by the face gate (ocr_decide rule 9):
# the MRZ is not in OCR-B, so it is refused as such.
@pytest.mark.parametrize("seed", [70013, 70018, 70026])
def test_a_cancelling_oo_in_an_unseen_face_is_refused_as_not_ocrb(seed, monkeypatch):
    lines, jpeg = _jetbrains(seed, True, monkeypatch)
    doc = ocr.read_image(jpeg, today=REVIEW_TODAY).document
    assert not (doc.valid and doc.lines != lines), (seed, doc.lines, lines)
    assert any(
        getattr(e, "params", {}).get("why") == ocr_reading.WHY["face"] for e in doc.errors
    ), doc.errors


def test_a_printed_g_close_to_its_6_is_read_exactly(both_sure):
    """mrz_heldout7 1700065 (read exactly since both_sure) prints a G in its optional data
    whose 6 stands within BLIND_NEAR in the templates (0.123): rule 20 (stop 34) refused
    it as it refuses a 6 blended toward G. The CNN prefers the G by 4.51, BLIND_CNN_G or
    more, as it never preferred a G for a 6 printed toward G (3.78 at most): read
    exactly again (branch ocr-r20). It clears BLIND_CNN_G by 0.01 only: on a machine
    whose arithmetic moves the CNN's lead that much it is refused, the safe side, never
    read otherwise."""
    s = mrz_heldout7.sample(1_700_065, today=TODAY)
    doc = ocr.read_image(s.jpeg, today=TODAY).document
    if doc.valid:
        assert doc.lines == s.lines
    else:
        assert any(getattr(e, "code", "") == "ocr.refused" for e in doc.errors), doc.errors
