"""The look-alike CNN (resources/ocr/lookalike_cnn.onnx, run by cv2.dnn): it is shipped
and loads, it tells look-alikes apart in OCR-B and in faces that are not OCR-B, and
inside the OCR's decision it never settles a cell where no check digit looks unless it
is sure by the wider margin."""

from __future__ import annotations

import functools

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from desktop.documents import glyphs, ocr, ocr_decide, ocr_lookalike
from desktop.documents import layout as mrz_layout
from desktop.documents.mrz import ALPHABET, check_blind
from desktop.resources import resources_dir
from tests.documents.conftest import TODAY
from tests.documents.test_ocr_decide import IDX, PAIRS, _document
from tests.documents.test_ocr_lookalike import _ambiguous, _feats, _glyph

FONTS = "/usr/share/fonts"
FACES = {
    "DejaVu Sans Mono": (f"{FONTS}/truetype/dejavu/DejaVuSansMono.ttf", 0),
    "DejaVu Sans": (f"{FONTS}/truetype/dejavu/DejaVuSans.ttf", 0),
    "Noto Sans Mono": (f"{FONTS}/opentype/noto/NotoSansCJK-Regular.ttc", 8),
}
LOOKALIKE_CHARS = sorted({c for g in ocr_lookalike.GROUPS for c in g})


def test_the_cnn_is_shipped_and_loads():
    path = resources_dir() / ocr_lookalike.CNN_RESOURCE
    assert path.exists() and path.stat().st_size < 512 * 1024
    cnn = ocr_lookalike.Cnn(path)
    assert set(cnn.margins) == {*ocr_lookalike.GROUPS, ocr_lookalike.ANY}
    assert all(m >= 3.0 for m in cnn.margins.values())
    assert ocr_lookalike.Cnn.get() is not None


def test_a_broken_model_file_is_refused(tmp_path):
    bad = tmp_path / "lookalike_cnn.onnx"
    bad.write_bytes(b"not a network")
    bad.with_suffix(".json").write_text('{"margins": {}}')
    with pytest.raises(cv2.error):
        ocr_lookalike.Cnn(bad)


@pytest.mark.parametrize("meta", ['{"margins": [3.0]}', '{"margins": {"0ODQ": null}}', "[]",
                                  '{"margins": {"0ODQ": true}}'])  # fmt: skip
def test_malformed_margins_are_refused_so_the_mlp_decides_alone(tmp_path, meta):
    import shutil

    model = tmp_path / "lookalike_cnn.onnx"
    shutil.copy(resources_dir() / ocr_lookalike.CNN_RESOURCE, model)
    model.with_suffix(".json").write_text(meta)
    with pytest.raises(ValueError):
        ocr_lookalike.Cnn(model)


@functools.cache
def _cell(face: str, c: str) -> np.ndarray:
    """A cell of `c` in `face`, capital height fitted to OCR-B's (a re-typeset MRZ)."""
    if face == "OCR-B":
        return _glyph(c)
    path, index = FACES[face]
    size = glyphs.PITCH / glyphs.ADVANCE_EM
    ref = ImageFont.truetype(str(glyphs.FONT_PATH), round(size * 4)).getbbox("H")
    probe = ImageFont.truetype(path, round(size * 4), index=index).getbbox("H")
    k = (ref[3] - ref[1]) / (probe[3] - probe[1])
    font = ImageFont.truetype(path, round(size * 4 * k), index=index)
    w, h = glyphs.CELL_W * 4, glyphs.CELL_H * 4
    im = Image.new("L", (w, h), 0)
    hb = font.getbbox("H")
    ImageDraw.Draw(im).text(
        (w / 2 - font.getlength(c) / 2, h / 2 - (hb[1] + hb[3]) / 2), c, font=font, fill=255
    )
    g = cv2.resize(np.asarray(im, np.float32), (glyphs.CELL_W, glyphs.CELL_H), cv2.INTER_AREA)
    return 255.0 - cv2.GaussianBlur(g, (0, 0), 0.8)


# The O of monospaced faces whose 0 differs by an inner dot or slash (blurred away in
# the 16x20 cell) is still put behind 0: measured, not hidden (tests below).
KNOWN = {("DejaVu Sans Mono", "O"), ("Noto Sans Mono", "O")}


@pytest.mark.parametrize("face", ["OCR-B", *FACES])
def test_it_tells_the_look_alikes_apart(face):
    cnn = ocr_lookalike.Cnn.get()
    assert cnn is not None
    z = cnn.logits(glyphs.features(np.stack([_cell(face, c) for c in LOOKALIKE_CHARS])))
    for row, c in zip(z, LOOKALIKE_CHARS, strict=True):
        if (face, c) in KNOWN:
            continue
        group = next(g for g in ocr_lookalike.GROUPS if c in g)
        assert max(group, key=lambda x: row[IDX[x]]) == c, (face, c)
    # And over all 37 classes, nearly every character.
    allz = cnn.logits(glyphs.features(np.stack([_cell(face, c) for c in ALPHABET])))
    assert (allz.argmax(axis=1) == np.arange(len(ALPHABET))).mean() >= 0.95


@pytest.mark.parametrize("face", ["DejaVu Sans Mono", "Noto Sans Mono"])
def test_a_mono_faces_o_is_never_settled_as_0(face):
    # Where the network is wrong it must not be sure: its lead stays under the margin.
    cnn = ocr_lookalike.Cnn.get()
    assert cnn is not None
    row = cnn.logits(glyphs.features(_cell(face, "O")[None]))[0]
    assert row[IDX["0"]] - row[IDX["O"]] < cnn.margins["0ODQ"]


@pytest.mark.xfail(strict=True, reason="a monospaced face's O is put behind 0")
@pytest.mark.parametrize("face", ["DejaVu Sans Mono", "Noto Sans Mono"])
def test_a_mono_faces_o(face):
    cnn = ocr_lookalike.Cnn.get()
    assert cnn is not None
    row = cnn.logits(glyphs.features(_cell(face, "O")[None]))[0]
    assert row[IDX["O"]] > row[IDX["0"]]


@pytest.mark.parametrize("digit, letter", PAIRS)
def test_a_look_alike_between_two_readings_where_no_check_digit_looks_is_refused(digit, letter):
    # A visa's optional data admits letters and digits and no check digit covers it:
    # the two readings differ only in a cell halfway between the two glyphs, and both
    # pass every check. Neither network may pick one: refused, the position named.
    lines = _document("MRV-B", "optional_data", digit + "A7K")
    lay = mrz_layout.layout("MRV-B")
    f = lay.field("optional_data")
    p = lay.flat(f.line, f.start)
    assert p not in lay.covered()
    feats = _feats("".join(lines), {p: (digit, letter)})
    scores = _ambiguous(lines, [p], digit, letter)
    reading = ocr._decide(scores, "MRV-B", 36, TODAY, feats=feats)
    assert not reading.document.valid
    assert "OCR refused" in reading.document.errors[-1]
    assert (2, p - 36 + 1) in reading.uncertain


def test_the_networks_must_agree(monkeypatch):
    # A clear 8 the templates left open beside B in a document number: the MLP settles
    # it; a CNN that prefers B keeps the cell open (the CNN only vetoes).
    lines = _document("TD3", "document_number", "8A7K")
    lay = mrz_layout.layout("TD3")
    p = lay.flat(1, 0)
    feats = _feats("".join(lines))
    cands = [[c] for c in "".join(lines)]
    cands[p] = ["8", "B"]
    assert ocr_lookalike.settle([list(c) for c in cands], feats, lay.covered()) == [p]
    cnn = ocr_lookalike.Cnn.get()
    assert cnn is not None

    def contrary(cands, feats, covered):
        return {q: ("B" if "B" in c else c[0], True) for q, c in enumerate(cands) if len(c) > 1}

    monkeypatch.setattr(cnn, "opinions", contrary)
    vetoed = [list(c) for c in cands]
    assert ocr_lookalike.settle(vetoed, feats, lay.covered()) == []
    assert vetoed[p] == ["8", "B"]


def test_the_cnn_alone_settles_nothing(monkeypatch):
    # A cell the MLP is not sure of stays open however sure the CNN is (on faces
    # neither saw, the CNN was sure of I for a serif 1 by 3.6 logits): refused.
    from tests.documents.test_ocr_decide import _twin

    lines, flat = _twin("TD3", "document_number", "1", "I")
    feats = _feats("".join(lines), {q: ("1", "I") for q in flat})
    scores = _ambiguous(lines, flat, "1", "I")
    monkeypatch.setattr(ocr_decide, "_exemplar_prune", lambda *a, **k: None)
    cnn = ocr_lookalike.Cnn.get()
    assert cnn is not None

    def sure_of_i(cands, feats, covered):
        return {q: ("I" if "I" in c else c[0], True) for q, c in enumerate(cands) if len(c) > 1}

    monkeypatch.setattr(cnn, "opinions", sure_of_i)
    reading = ocr._decide(scores, "TD3", 44, TODAY, feats=feats)
    assert not reading.document.valid
    assert "OCR refused" in reading.document.errors[-1]


@pytest.mark.parametrize("digit, letter", [("6", "G"), ("1", "L"), ("8", "S"), ("5", "Z")])
def test_a_pair_no_check_digit_tells_apart_takes_the_wider_margin(digit, letter):
    # 6/G, 1/L ... weigh alike in every check digit (values 10 apart): a cell of the
    # document number is as unchecked for them as a name's.
    assert check_blind(digit, letter)
    assert ocr_lookalike.unchecked([digit, letter], 5, covered={5})
    assert not ocr_lookalike.unchecked(["8", "B"], 5, covered={5})
    assert ocr_lookalike.unchecked(["8", "B"], 5, covered={4})


def test_a_check_failing_elsewhere_leaves_the_reading_as_printed(monkeypatch):
    # A network settles a 6/G... no: an 8/B cell of the document number (its check
    # passes); the birth date's check digit is printed wrong. Reported invalid as
    # printed, not refused over an unrelated cell.
    from desktop.documents.mrz import Checks
    from desktop.documents.ocr_reading import _under_failed_checks

    lay = mrz_layout.layout("TD3")
    number = lay.flat(1, 2)
    optional = lay.flat(1, 30)
    birth = Checks(document_number=True, birth_date=False, expiry_date=True,
                   optional_data=True, composite=False)  # fmt: skip
    assert _under_failed_checks([number], birth, lay) == [number]  # the composite reaches it
    only_birth = Checks(document_number=True, birth_date=False, expiry_date=True,
                        optional_data=True, composite=True)  # fmt: skip
    assert _under_failed_checks([number, optional], only_birth, lay) == []
    td1 = mrz_layout.layout("TD1")
    long_number = td1.flat(0, 20)  # a long number continues in optional data 1
    bad_number = Checks(document_number=False, birth_date=True, expiry_date=True,
                        optional_data=None, composite=True)  # fmt: skip
    assert _under_failed_checks([long_number], bad_number, td1) == [long_number]


def test_a_failing_check_over_a_networks_choice_is_refused(monkeypatch):
    # Printed with a wrong document number check digit; a cell of the number is a
    # 6/G tie for the templates that a network settles. The failing check may be the
    # network's doing: refused, not reported invalid as printed.
    from tests.documents.test_ocr_decide import _scores, _twin

    lines, flat = _twin("TD3", "document_number", "6", "G")
    check = mrz_layout.layout("TD3").check("document number")
    assert check is not None
    second = list(lines[check.line])
    second[check.pos] = str((int(second[check.pos]) + 1) % 10)
    bad = (lines[0], "".join(second))
    feats = _feats("".join(bad))
    monkeypatch.setattr(ocr_decide, "_exemplar_prune", lambda *a, **k: None)
    reading = ocr._decide(_ambiguous(bad, flat, "6", "G"), "TD3", 44, TODAY, feats=feats)
    assert not reading.document.valid
    assert "OCR refused" in reading.document.errors[-1]
    assert reading.uncertain == tuple((p // 44 + 1, p % 44 + 1) for p in flat)
    # Every glyph clear: the document is read as printed and reported invalid.
    plain = ocr._decide(_scores(bad), "TD3", 44, TODAY, feats=feats)
    assert plain.document.lines == bad and not plain.document.valid
    assert "OCR refused" not in plain.document.errors[-1]
