"""MRZ OCR (desktop.documents.ocr) on generated document photographs."""

from __future__ import annotations

import contextlib
import dataclasses
import math
import struct
import zlib

import cv2
import numpy as np
import pytest

from desktop.documents import ocr
from desktop.errors import UsageError
from tests.documents import synth
from tests.documents.conftest import SPECIMENS, TODAY


def specimen_photo(fmt: str, seed: int = 1, level: str = "easy") -> bytes:
    rng = np.random.default_rng(seed)
    page = synth.render_page(fmt, SPECIMENS[fmt], rng, level)
    return synth.to_jpeg(synth.photograph(page, rng, level), 92)


@pytest.mark.parametrize("fmt", list(SPECIMENS))
def test_reads_every_specimen_format(fmt):
    result = ocr.read_image(specimen_photo(fmt), today=TODAY)
    assert result.document.lines == SPECIMENS[fmt]
    assert result.document.valid, result.document.errors
    assert result.document.format == fmt
    assert len(result.line_confidence) == len(SPECIMENS[fmt])
    assert all(0.0 <= c <= 1.0 for c in result.line_confidence)
    assert result.elapsed_ms > 0


@pytest.mark.parametrize(
    "turn", [cv2.ROTATE_180, cv2.ROTATE_90_CLOCKWISE, cv2.ROTATE_90_COUNTERCLOCKWISE]
)
def test_photo_upside_down_or_on_its_side_is_read(turn):
    img = cv2.imdecode(np.frombuffer(specimen_photo("TD3", 3), np.uint8), cv2.IMREAD_COLOR)
    result = ocr.read_array(cv2.rotate(img, turn), today=TODAY)
    assert result.document.lines == SPECIMENS["TD3"]
    assert result.document.valid


@pytest.fixture(scope="module")
def samples():
    return [synth.sample(seed, today=TODAY) for seed in range(2000, 2016)]


def test_generated_photos_never_valid_when_wrong(samples):
    exact = 0
    for s in samples:
        result = ocr.read_image(s.jpeg, today=TODAY)  # every one holds an MRZ
        if result.document.valid:
            assert result.document.lines == s.lines, (s.seed, s.level)
            exact += 1
    # The benchmark claims 98% on images of this generator (bench/RESULTS.md: 196/200);
    # over 16 photographs that is 15 or 16 (ceil demanded all 16). Since stop 31's rule 12
    # the hard seed 2006 is refused, every character right: its name's L fits the
    # templates badly with B and E within 0.10, and the CNN prefers L to them by 0.5 only.
    assert exact >= math.floor(0.98 * len(samples))


@pytest.mark.parametrize("where", [(0, 8), (0, 20), (1, 15), (1, 3)])
def test_a_smudged_character_is_never_guessed(where):
    # A stain over a name letter (no check digit), a given-name letter, a birth-date
    # digit and a document-number character: refused or failing a check, never valid.
    rng = np.random.default_rng(7)
    page = synth.render_page("TD3", SPECIMENS["TD3"], rng, "easy", smudge=where)
    img = synth.photograph(page, rng, "easy")
    # The stain is one character: the MRZ is still found, and refused or invalid.
    result = ocr.read_array(img, today=TODAY)
    assert not result.document.valid, result.document.lines


@pytest.mark.parametrize("seed", [6, 9, 21, 24, 38, 46, 52, 64])
def test_an_ink_blot_is_never_read_as_a_character(seed):
    # A filled blot over one character at a random place in a random document: these
    # seeds were read as a 'B' (or the check digits chose a character for them), and
    # the reading was reported valid.
    rng = np.random.default_rng(seed)
    level = synth.LEVELS[seed % 3]
    fmt, lines = synth.random_mrz(rng, TODAY)
    where = (int(rng.integers(len(lines))), int(rng.integers(len(lines[0]))))
    page = synth.render_page(fmt, lines, rng, level, smudge=where)
    jpeg = synth.to_jpeg(synth.photograph(page, rng, level), 85)
    result = ocr.read_image(jpeg, today=TODAY)  # found: a blot hides one character
    assert not result.document.valid, (where, result.document.lines)
    assert (where[0] + 1, where[1] + 1) in result.uncertain


@pytest.mark.parametrize(
    "seed, why",
    [
        (3119, "a fragment of guilloche among the components where the count starts"),
        (3126, "a TD1 whose first and third lines are lengthened by marks in line"),
        (4256, "visual-zone marks beyond the lines' span between two lines"),
        (4577, "a 'line' of scattered marks above the visual zone's title"),
        (3180, "faded characters at a line's end, where the cell fit strays"),
        (6380, "a K/`<` close call in the fillers of a passport's personal number"),
        (5432, "a K/`<` close call in the fillers after the names"),
    ],
)
def test_tuning_images_that_were_missed_are_read(seed, why):
    s = synth.sample(seed, today=TODAY)
    result = ocr.read_image(s.jpeg, today=TODAY)
    assert result.document.valid, (why, result.document.errors)
    assert result.document.lines == s.lines, why


def test_step_count_ignores_a_stray_component_in_the_middle():
    pitch = float(ocr.PITCH)
    xs = np.arange(44) * pitch + 30.0
    stray = xs[21] + 0.5 * pitch  # half a cell off the grid, where counting starts
    all_xs = np.sort(np.append(xs, stray))
    assert all_xs[len(all_xs) // 2] == stray
    j, good = ocr._index_by_steps(all_xs, pitch)
    real = np.isin(all_xs, xs)
    assert good[real].all() and not good[~real].any()
    assert np.array_equal(j[real], np.arange(44))


def test_step_count_ignores_a_character_broken_in_two():
    # A blurred N of a thumbnail falls apart into its two strokes, a quarter of a cell
    # either side of its centre, just beside the middle where counting starts: counted
    # from a stroke, every cell beyond it would be one off (ext-mrz pe-25).
    pitch = float(ocr.PITCH)
    xs = np.arange(44) * pitch + 30.0
    broken = 17
    pieces = np.array([xs[broken] - 0.25 * pitch, xs[broken] + 0.25 * pitch])
    all_xs = np.sort(np.concatenate([np.delete(xs, broken), pieces]))
    j, good = ocr._index_by_steps(all_xs, pitch)
    whole = np.isin(all_xs, xs)
    assert good[whole].all() and not good[~whole].any()
    assert np.array_equal(j[whole], np.delete(np.arange(44), broken))


def test_refusal_names_positions_and_keeps_fields():
    doc = ocr.parse(SPECIMENS["TD3"], today=TODAY)
    reading = ocr._refused(doc, (0.2, 1.0), [(1, 9)], 0.9, "no check digit")
    assert not reading.document.valid
    assert "line 1 position 9" in reading.document.errors[-1]
    assert reading.document.surname == "ERIKSSON"
    assert reading.uncertain == ((1, 9),)


def _scores_for(lines: tuple[str, ...], n: int) -> np.ndarray:
    """Classifier scores that read `lines` confidently."""
    scores = np.full((len(lines) * n, 37), 0.2, np.float32)
    for p, c in enumerate("".join(lines)):
        scores[p, ocr._IDX[c]] = 0.97
    return scores


@pytest.mark.usefixtures("templates_only")
def test_two_swaps_that_cancel_are_refused():
    from desktop.documents.mrz import compose

    # Document number positions 2 and 5 both weigh 3: 0->O adds 24*3, O->0 takes it
    # away, so both readings pass every check digit. With both characters uncertain
    # the reader must refuse rather than pick one.
    real = compose(
        "TD3", document_code="P", issuing_state="UTO", surname="ERIKSSON",
        given_names="ANNA MARIA", document_number="L0X9O2C3", nationality="UTO",
        birth_date="740812", sex="F", expiry_date="320415",
    )  # fmt: skip
    n = 44
    scores = _scores_for(real, n)
    assert ocr._decide(scores, "TD3", n, TODAY).document.valid
    scores[n + 1, ocr._IDX["O"]] = 0.965
    scores[n + 4, ocr._IDX["0"]] = 0.965
    reading = ocr._decide(scores, "TD3", n, TODAY)
    assert not reading.document.valid
    assert "more than one reading" in reading.document.errors[-1]
    assert reading.uncertain == ((2, 2), (2, 5))
    # One uncertain position alone is settled by the check digit.
    scores[n + 4, ocr._IDX["0"]] = 0.2
    reading = ocr._decide(scores, "TD3", n, TODAY)
    assert reading.document.valid and reading.document.lines == real


@pytest.mark.usefixtures("templates_only")
def test_confident_wrong_readings_in_checked_fields_fail_the_check():
    real = SPECIMENS["TD3"]
    n = 44
    scores = _scores_for(real, n)
    scores[n + 14, ocr._IDX["3"]] = 0.99  # birth date digit misread, confidently
    scores[n + 14, ocr._IDX["4"]] = 0.5
    reading = ocr._decide(scores, "TD3", n, TODAY)
    assert not reading.document.valid
    assert reading.document.checks.birth_date is False


@pytest.mark.usefixtures("templates_only")
def test_uncertain_name_letter_is_refused():
    real = SPECIMENS["TD3"]
    n = 44
    scores = _scores_for(real, n)
    scores[8, ocr._IDX["R"]] = 0.95  # ERIKSSON: the K (line 1 position 9) or an R?
    reading = ocr._decide(scores, "TD3", n, TODAY)
    assert not reading.document.valid
    assert reading.uncertain == ((1, 9),)
    assert "no check digit" in reading.document.errors[-1]


@pytest.mark.usefixtures("templates_only")
def test_uncertain_digit_resolved_by_check_digit():
    real = SPECIMENS["TD3"]
    n = 44
    scores = _scores_for(real, n)
    scores[n + 13, ocr._IDX["1"]] = 0.975  # birth year 7 or 1? only 7 passes
    reading = ocr._decide(scores, "TD3", n, TODAY)
    assert reading.document.valid
    assert reading.document.lines == real
    assert reading.corrected == ((2, 14),)
    assert reading.confidence[1] < 0.5


def test_no_mrz_in_a_photo_without_one():
    with pytest.raises(ocr.NoMrzFound, match="no MRZ found"):
        ocr.read_image(synth.blank_photo(3), today=TODAY)


def test_no_mrz_in_noise_or_flat_images():
    rng = np.random.default_rng(1)
    with pytest.raises(ocr.NoMrzFound):
        ocr.read_array(rng.integers(0, 256, (600, 800), dtype=np.uint8))
    with pytest.raises(ocr.NoMrzFound):
        ocr.read_array(np.full((600, 800, 3), 200, np.uint8))


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))


def test_bad_files_are_clear_usage_errors(tmp_path):
    good = specimen_photo("TD3")
    cases = {
        "missing.jpg": None,
        "empty.jpg": b"",
        "text.jpg": b"this is not an image\n" * 10,
        "truncated.jpg": good[: len(good) // 3],
        "bomb.png": _png_header_only(100_000, 100_000),
        "tiny.png": synth.png_bytes(np.zeros((8, 8, 3), np.uint8)),
    }
    messages = {}
    for name, data in cases.items():
        path = tmp_path / name
        if data is not None:
            path.write_bytes(data)
        with pytest.raises(ocr.OcrFailure) as e:
            ocr.read_image(path)
        assert isinstance(e.value, UsageError)  # exit 2
        messages[name] = str(e.value)
    assert "cannot read the file" in messages["missing.jpg"]
    assert "empty" in messages["empty.jpg"]
    assert "not an image" in messages["text.jpg"]
    assert "truncated" in messages["truncated.jpg"]
    assert "pixels" in messages["bomb.png"]
    assert "too small" in messages["tiny.png"]
    with pytest.raises(ocr.OcrFailure, match="directory"):
        ocr.read_image(tmp_path)


def test_oversized_file_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.jpg"
    path.write_bytes(specimen_photo("TD1"))
    with pytest.raises(ocr.OcrFailure, match="refused"):
        ocr.read_image(path)


def test_png_and_exif_rotation(tmp_path):
    from PIL import Image

    img = cv2.imdecode(np.frombuffer(specimen_photo("TD2"), np.uint8), cv2.IMREAD_COLOR)
    path = tmp_path / "rotated.jpg"
    pil = Image.fromarray(cv2.rotate(img, cv2.ROTATE_90_CLOCKWISE)[:, :, ::-1])
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 CW to view": the camera was held sideways
    pil.save(path, exif=exif, quality=92)
    # Pillow applies the EXIF orientation: the reader sees the card upright... turned
    # back the other way, so build the file so that the upright view is the card.
    pil2 = Image.fromarray(cv2.rotate(img, cv2.ROTATE_90_COUNTERCLOCKWISE)[:, :, ::-1])
    pil2.save(path, exif=exif, quality=92)
    result = ocr.read_image(path, today=TODAY)
    assert result.document.lines == SPECIMENS["TD2"]
    png = tmp_path / "card.png"
    png.write_bytes(synth.png_bytes(img))
    assert ocr.read_image(png, today=TODAY).document.valid


def test_result_json_fields():
    result = ocr.read_image(specimen_photo("MRV-B"), today=TODAY)
    extra = result.to_json()
    assert list(extra) == ["lines", "line_confidence", "elapsed_ms"]
    assert extra["lines"] == list(SPECIMENS["MRV-B"])
    assert dataclasses.is_dataclass(result)


def test_prototypes_build_step(tmp_path):
    from desktop.documents import glyphs

    glyphs.build_resources(tmp_path)
    feats, labels, blur = glyphs.load(tmp_path)
    assert feats.shape[0] == labels.shape[0] == 37 * len(blur)
    # A second run keeps the file (same version).
    mtime = (tmp_path / glyphs.RESOURCE).stat().st_mtime_ns
    glyphs.build_resources(tmp_path)
    assert (tmp_path / glyphs.RESOURCE).stat().st_mtime_ns == mtime


@pytest.mark.usefixtures("templates_only")
def test_k_or_filler_after_the_data_of_a_field_is_a_filler():
    # K and `<` weigh the same for check digits (20 and 0 modulo 10): a close call
    # between them in the fillers after a field's data is settled as `<`.
    real = SPECIMENS["TD1"]  # line 2's optional data (positions 19-29) is all fillers
    n = 30
    scores = _scores_for(real, n)
    scores[n + 20, ocr._IDX["K"]] = 0.965  # line 2 position 21: K or `<`?
    reading = ocr._decide(scores, "TD1", n, TODAY)
    assert reading.document.valid and reading.document.lines == real
    assert reading.corrected == ()
    scores[n + 20, ocr._IDX["K"]] = 0.975  # K even looks a little better
    reading = ocr._decide(scores, "TD1", n, TODAY)
    assert reading.document.valid and reading.document.lines == real
    assert reading.corrected == ((2, 21),)
    # Position 20 follows only one filler of its field (after UTO): data could start
    # there.
    scores[n + 20, ocr._IDX["K"]] = 0.2
    scores[n + 19, ocr._IDX["K"]] = 0.965
    assert not ocr._decide(scores, "TD1", n, TODAY).document.valid


@pytest.mark.usefixtures("templates_only")
def test_k_or_filler_after_fillers_of_another_field_is_refused():
    from desktop.documents.mrz import compose

    # A German card: nationality `D<<`, then optional data that may well be a K.
    real = compose(
        "TD1", document_code="I", issuing_state="D", surname="MUSTERMANN",
        given_names="ERIKA", document_number="T22000129", nationality="D",
        birth_date="640812", sex="F", expiry_date="310415", optional_data_2="K",
    )  # fmt: skip
    n = 30
    assert real[1][15:20] == "D<<K<"
    scores = _scores_for(real, n)
    scores[n + 18, ocr._IDX["<"]] = 0.965  # line 2 position 19: K or `<`?
    reading = ocr._decide(scores, "TD1", n, TODAY)
    assert not reading.document.valid
    assert "more than one reading" in reading.document.errors[-1]


@pytest.mark.parametrize(
    "where, why",
    [
        (15, "the first character of optional data, just after the check digit"),
        (16, "one filler before: a long document number's continuation may follow it"),
    ],
)
@pytest.mark.usefixtures("templates_only")
def test_k_or_filler_where_data_may_follow_is_refused(where, why):
    real = SPECIMENS["TD1"]  # line 1: document number, check digit, then fillers
    n = 30
    scores = _scores_for(real, n)
    scores[where, ocr._IDX["K"]] = 0.965
    reading = ocr._decide(scores, "TD1", n, TODAY)
    assert not reading.document.valid, why
    assert "more than one reading" in reading.document.errors[-1], why
    assert reading.uncertain == ((1, where + 1),), why


@pytest.mark.usefixtures("templates_only")
def test_k_or_filler_before_more_data_is_refused():
    real = SPECIMENS["TD3"]  # personal number ZE184226B then fillers
    n = 44
    scores = _scores_for(real, n)
    scores[n + 37, ocr._IDX["K"]] = 0.965  # line 2 position 38, just after the B
    assert not ocr._decide(scores, "TD3", n, TODAY).document.valid
    scores[n + 37, ocr._IDX["K"]] = 0.2
    scores[n + 39, ocr._IDX["K"]] = 0.965  # two fillers before, fillers after
    reading = ocr._decide(scores, "TD3", n, TODAY)
    assert reading.document.valid and reading.document.lines == real


@pytest.mark.usefixtures("templates_only")
def test_k_or_filler_after_the_end_of_the_names_is_a_filler():
    # No name holds three fillers in a row (`<<` parts surname from given names), so
    # once there are three the names have ended and a K/`<` close call is a filler;
    # after fewer it stays refused (a one-letter given name K may follow `<<`).
    real = SPECIMENS["TD3"]  # ...ANNA<MARIA then fillers from line 1 position 26
    n = 44
    for col, settled in ((26, False), (27, False), (28, False), (29, True), (44, True)):
        scores = _scores_for(real, n)
        scores[col - 1, ocr._IDX["K"]] = 0.975
        reading = ocr._decide(scores, "TD3", n, TODAY)
        assert reading.document.valid is settled, col
        if settled:
            assert reading.document.lines == real and reading.corrected == ((1, col),)
        else:
            assert reading.uncertain == ((1, col),), col


@pytest.mark.parametrize("angle", [25, -25])
def test_a_photo_turned_25_degrees_is_read(angle):
    rng = np.random.default_rng(5)
    page = synth.render_page("TD3", SPECIMENS["TD3"], rng, "easy")
    img = synth.photograph(page, rng, "easy")
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 0.8)
    turned = cv2.warpAffine(img, m, (w, h), borderMode=cv2.BORDER_REPLICATE)
    result = ocr.read_array(turned, today=TODAY)
    assert result.document.valid and result.document.lines == SPECIMENS["TD3"]


def test_a_thumbnail_is_read_at_twice_its_size():
    # A web thumbnail: characters about 6 pixels high, under what the locator needs.
    rng = np.random.default_rng(8)
    page = synth.render_page("TD3", SPECIMENS["TD3"], rng, "easy")
    img = synth.photograph(page, rng, "easy")
    small = cv2.resize(img, None, fx=0.3, fy=0.3, interpolation=cv2.INTER_AREA)
    result = ocr.read_array(small, today=TODAY)
    assert result.document.lines == SPECIMENS["TD3"]
    assert result.document.valid


def stamped_photo(seed: int) -> np.ndarray:
    """A TD3 specimen with a red SPECIMEN stamp over the start of its first MRZ line,
    the stamp's ink multiplied into the page as a real stamp's is (BGR photograph)."""
    from PIL import Image, ImageChops, ImageDraw

    rng = np.random.default_rng(seed)
    page = synth.render_page("TD3", SPECIMENS["TD3"], rng, "easy")
    h = page.size[1]
    mm = synth.PX_PER_MM
    stamp = Image.new("RGB", page.size, (255, 255, 255))
    d = ImageDraw.Draw(stamp)
    y = h - 16 * mm
    d.rectangle((4 * mm, y, 50 * mm, y + 9.5 * mm), outline=(220, 40, 40), width=round(0.4 * mm))
    d.text((6 * mm, y + mm), "SPECIMEN", font=synth._font(synth.SANS, 5.5 * mm), fill=(225, 50, 50))
    return synth.photograph(ImageChops.multiply(page, stamp), rng, "easy")


@pytest.mark.parametrize("seed", [1, 2, 3, 5])
def test_a_coloured_stamp_over_the_mrz_is_looked_through(seed):
    img = stamped_photo(seed)
    gray = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
    with contextlib.suppress(ocr.NoMrzFound):  # in gray the stamp hides characters
        assert not ocr.read_array(gray, today=TODAY).document.valid
    for result in (
        ocr.read_array(img, today=TODAY),
        ocr.read_image(synth.to_jpeg(img, 92), today=TODAY),
    ):
        assert result.document.valid, result.document.errors
        assert result.document.lines == SPECIMENS["TD3"]


def test_ink_image_only_for_colour_pictures():
    gray = cv2.cvtColor(stamped_photo(1), cv2.COLOR_BGR2GRAY)
    assert ocr.ink_image(gray) is None
    assert ocr.ink_image(cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR)) is None
    ink = ocr.ink_image(stamped_photo(1))
    assert ink is not None and ink.ndim == 2
    assert ocr.load_ink(cv2.imencode(".png", gray)[1].tobytes()) is None


@pytest.mark.parametrize(
    "seed, why",
    [
        (800029, "a `<` between given names read K by 0.084 (ink-only reading)"),
        (800156, "a `<` among a personal number's fillers read K by 0.038"),
        (800162, "an MRV-A whose lines both span 44 cells read as a 36-cell MRV-B"),
    ],
)
def test_variant_photos_once_wrong_but_valid(seed, why):
    from bench import mrz_variant

    s = mrz_variant.sample(seed, today=TODAY)
    doc = ocr.read_image(s.jpeg, today=TODAY).document
    assert not doc.valid or doc.lines == s.lines, why


def test_a_tilted_photo_refused_as_seen_is_read_exactly_once_levelled():
    # Variant 800047: a TD3 photo turned 15 degrees whose first reading was refused;
    # levelled by its lines' direction it reads exactly.
    from bench import mrz_variant

    s = mrz_variant.sample(800047, today=TODAY)
    doc = ocr.read_image(s.jpeg, today=TODAY).document
    assert doc.lines == s.lines and doc.valid


def test_a_bowed_line_is_followed_and_a_straight_one_kept_straight():
    from desktop.documents.ocr_cells import _rows

    rng = np.random.default_rng(3)
    j = np.arange(44, dtype=np.float64)
    glyph_jitter = rng.uniform(-0.8, 0.8, 44)  # centres differ a little by glyph
    # Barrel distortion: the middle of the line 6 pixels below its ends (ext-mrz pe-62).
    bowed = 6.0 * (1 - ((j - 21.5) / 21.5) ** 2) + glyph_jitter
    rows = _rows(j, bowed, 44)[0][1:-1]
    assert np.abs(rows - (bowed - glyph_jitter)).max() < 1.0
    straight = 0.05 * j + glyph_jitter
    rows = _rows(j, straight, 44)[0][1:-1]
    assert np.abs(np.diff(rows, 2)).max() < 1e-9  # a straight line, not fitted to the jitter


def test_a_cockled_line_is_followed_and_a_jittered_one_is_not():
    from desktop.documents.ocr_cells import _rows

    rng = np.random.default_rng(5)
    j = np.arange(44, dtype=np.float64)
    jitter = rng.uniform(-0.8, 0.8, 44)
    # Humidity cockle: the line waves 4 strip px up and down every 12 cells
    # (mrz_heldout24's cockle: cells 3.8-8.7 px off a straight or bowed fit).
    wave = 4.0 * np.sin(2 * np.pi * j / 12)
    rows, waved = _rows(j, wave + jitter, 44)
    off = np.abs(rows[1:-1] - wave)
    # The running median sees one side only at the line's ends.
    assert waved and off[2:-2].max() < 1.5 and np.median(off) < 0.7
    plain, waved = _rows(j, wave + jitter, 44, waves=False)
    assert not waved and np.median(np.abs(plain[1:-1] - wave)) > 2.0
    rows, waved = _rows(j, 0.05 * j + 1.5 * jitter, 44)  # scatter, no waves
    assert not waved


@pytest.mark.parametrize(
    "make, seed",
    [
        # Cockled: refused (names misread) before the waves were followed.
        ("mrz_heldout24", 3500002),
        # An MRV-B reader page whose broken fillers look like waves: cut on them its
        # glyphs fit worse, so it is cut on the plain row fit and read exactly.
        ("mrz_heldout18", 2900103),
    ],
)
def test_a_cockled_page_is_read_and_broken_fillers_are_not_taken_for_waves(make, seed):
    import importlib

    s = importlib.import_module(f"bench.{make}").sample(seed, today=TODAY)
    doc = ocr.read_image(s.jpeg, today=TODAY).document
    assert doc.lines == s.lines and doc.valid


def test_a_strip_under_blinds_is_flattened_and_an_evenly_lit_one_is_not():
    from desktop.documents.ocr_cells import _flattened
    from desktop.documents.ocr_rectify import PITCH, STRIP_H

    rng = np.random.default_rng(2)
    w = 46 * PITCH
    paper = np.full((STRIP_H, w), 200.0) * np.linspace(0.92, 1.0, w)  # a gentle falloff
    ink = np.ones((STRIP_H, w))
    for c in range(44):  # a dark bar per character
        x = (c + 1) * PITCH + 6
        ink[STRIP_H // 2 - 10 : STRIP_H // 2 + 10, x : x + 10] = 0.25
    even = np.clip(paper * ink + rng.normal(0, 2, ink.shape), 0, 255).astype(np.uint8)
    assert _flattened(even) is None
    # Low sun through blinds: shade stripes 3 characters wide, lit paper 1.7 times
    # the shaded (mrz_heldout25: 1.46-1.97).
    stripes = np.where((np.arange(w) // (3 * PITCH)) % 2 == 0, 1.0, 1 / 1.7)
    blinds = np.clip(paper * stripes * ink + rng.normal(0, 2, ink.shape), 0, 255).astype(np.uint8)
    flat = _flattened(blinds)
    assert flat is not None
    row = flat[STRIP_H // 2 - 14]  # paper above the characters
    lit, shade = (float(np.median(row[(stripes == v)[: len(row)]])) for v in (1.0, 1 / 1.7))
    assert abs(lit - shade) < 0.1 * lit  # the stripes gone from the paper


def test_a_page_under_blinds_is_read():
    """mrz_heldout25 3600001 (TD3, blinds; refused before cells were also cut from the
    flattened strip: stripe edges inside cells)."""
    from bench import mrz_heldout25

    s = mrz_heldout25.sample(3600001, today=TODAY)
    doc = ocr.read_image(s.jpeg, today=TODAY).document
    assert doc.lines == s.lines and doc.valid


def test_a_page_whose_shade_welds_its_characters_is_found_divided_by_its_paper(monkeypatch):
    """mrz_heldout25 3600084 (blinds with a sharp edge: the locator's threshold turns the
    shade into ink and no line is found) is read from the picture divided by its paper;
    its page without an MRZ (3600008) still has none, and so without that second look."""
    from bench import mrz_heldout25

    s = mrz_heldout25.sample(3600084, today=TODAY)
    doc = ocr.read_image(s.jpeg, today=TODAY).document
    assert doc.lines == s.lines and doc.valid
    blank = mrz_heldout25.sample(3600008, today=TODAY)
    assert not blank.lines
    with pytest.raises(ocr.NoMrzFound, match="no MRZ found"):
        ocr.read_image(blank.jpeg, today=TODAY)

    def not_again(gray, failure, today):
        raise failure

    monkeypatch.setattr(ocr, "_evenly_lit", not_again)
    with pytest.raises(ocr.NoMrzFound):
        ocr.read_image(s.jpeg, today=TODAY)


def test_a_close_up_line_gets_a_cubic_column_fit_and_a_flat_one_does_not():
    from desktop.documents.ocr_rectify import PITCH, _fit_cells

    rng = np.random.default_rng(7)
    j = np.arange(44, dtype=np.float64)
    jitter = rng.uniform(-1.0, 1.0, 44)  # centroids differ a little by glyph
    # Barrel distortion squeezes both ends toward the middle: odd in j about the centre,
    # which a quadratic cannot follow (its end cells ~0.25 of a cell aside).
    u = (j - 21.5) / 21.5
    barrel = 100 + PITCH * j - 10.0 * u**3
    cells, coef = _fit_cells(barrel + jitter, PITCH)
    assert len(coef) == 4 and len(cells) == 44
    assert np.abs(np.polyval(coef, j) - barrel).max() < 1.5
    cells, coef = _fit_cells(100 + PITCH * j + 0.02 * j**2 + jitter, PITCH)
    assert len(coef) == 3  # glyph jitter alone keeps the quadratic


def test_a_close_up_page_is_read():
    """mrz_heldout24 3500148 (TD3, a wide-angle close-up: refused before _cubic, its
    first P read T beside the line)."""
    from bench import mrz_heldout24

    s = mrz_heldout24.sample(3500148, today=TODAY)
    doc = ocr.read_image(s.jpeg, today=TODAY).document
    assert doc.lines == s.lines and doc.valid


@pytest.mark.parametrize(
    "name, valid, why",
    [
        # 6-pixel capitals: read at ocr.THUMB_ZOOM (Lanczos), passing the face gate.
        ("pe-25_pass-uto.jpg", True, "thumbnail, 6-pixel characters: the 6x Lanczos reading"),
        ("pe-62_pass-aus.png", True, "phone photo turned 22 degrees, its lines bowed by the lens"),
    ],
)
def test_real_small_and_phone_pictures_are_read(shared_dir, ext_mrz_read, name, valid, why):
    tsv = (shared_dir / "ext-mrz" / "images.tsv").read_text(encoding="utf-8")
    truth = next(ln.split("\t")[1] for ln in tsv.splitlines() if ln.startswith(name + "\t"))
    doc = ext_mrz_read(name).document
    assert doc.lines == tuple(truth.split("|")), (why, doc.lines, doc.errors)
    assert doc.valid or not valid, (why, doc.errors)


@pytest.mark.parametrize(
    "shape, zoom, height, read",
    [
        ((184, 275), 3, 18.0, True),  # ext-mrz pe-25: 6 px capitals, read 3x as large
        ((184, 275), 2, 12.0, True),
        ((184, 275), 3, 25.0, False),  # 8.3 px capitals: the 2x/3x readings suffice
        ((184, 275), 1, 6.0, False),  # not read larger at all (not a small picture)
        ((300, 400), 3, 18.0, False),  # 2,400 px at 6x: over THUMB_MAX_SIDE
        ((184, 275), 3, 0.0, False),  # no line found
    ],
)
def test_only_thumbnails_with_tiny_characters_are_read_at_thumb_zoom(shape, zoom, height, read):
    assert ocr._thumbnail(np.zeros(shape, np.uint8), zoom, height) is read


def test_ink_image_is_the_brightest_channel_where_colour_is_spread():
    rng = np.random.default_rng(4)
    for trial in range(60):
        h, w = rng.integers(1, 50, 2)
        bgr = rng.integers(0, 256, (h, w, 3), dtype=np.uint8)
        if trial % 2:
            bgr[:] = np.clip(bgr[:, :, :1].astype(int) + rng.integers(0, 30, (h, w, 3)), 0, 255)
        spread = bgr.max(axis=2).astype(np.int16) - bgr.min(axis=2)
        coloured = np.percentile(spread, 99) >= ocr.COLOUR_SPREAD
        ink = ocr.ink_image(bgr)
        assert (ink is not None) == coloured
        if coloured:
            assert np.array_equal(ink, bgr.max(axis=2))


def test_an_honest_mrz_refused_as_ambiguous_is_not_reported_invalid_at_another_size(
    ext_mrz_read,
):
    # ext-mrz's Qatar passport (document number 00000000<0): its TD3 reading is refused
    # (two readings pass every check); the TD2 reading of the same lines, invalid
    # whatever its score, must not be what the officer sees (an honest MRZ "invalid").
    doc = ext_mrz_read("a0-passports-Qatar.png").document
    assert [len(line) for line in doc.lines] == [44, 44], doc.lines
    assert any(getattr(e, "code", "") == "ocr.refused" for e in doc.errors) or doc.valid
