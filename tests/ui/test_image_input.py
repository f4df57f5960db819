"""MRZ from a photo and from a camera (a generated video) in the inspection screen."""

from __future__ import annotations

import dataclasses

import cv2
import numpy as np
import pytest

from tests.documents import synth
from tests.ui.conftest import travellers

LABEL = "stolen document"


def _photo(lines: list[str], seed: int) -> bytes:
    rng = np.random.default_rng(seed)
    page = synth.render_page("TD3", tuple(lines), rng, "easy")
    return synth.to_jpeg(synth.photograph(page, rng, "easy"), 90)


def test_photo_fills_the_mrz_and_screening_runs(qtbot, counter, tmp_path):
    window = counter("chen", "officer-pass")
    panel = window.inspection
    _, lines = travellers()[LABEL]
    path = tmp_path / "page.jpg"
    path.write_bytes(_photo(lines, 3))
    panel.read_photo(str(path))
    qtbot.waitUntil(lambda: panel.screening is not None, timeout=30000)
    assert panel.mrz.toPlainText().splitlines() == lines
    assert "compare it with the document" in panel.message.text()
    assert panel.screening.hits and panel.screening.hits[0].dataset == "documents"


def test_unreadable_photo_says_so_and_leaves_the_field_empty(qtbot, counter, tmp_path):
    window = counter("chen", "officer-pass")
    panel = window.inspection
    path = tmp_path / "not-a-photo.jpg"
    path.write_bytes(b"\xff\xd8\xff truncated")
    panel.read_photo(str(path))
    qtbot.waitUntil(
        lambda: (
            panel.photo.isEnabled()
            and panel.message.text() != ""
            and "Reading" not in panel.message.text()
        ),
        timeout=30000,
    )
    assert panel.mrz.toPlainText() == ""
    assert "Reading" not in panel.message.text()


def test_a_refused_reading_never_reaches_the_mrz_field(qtbot, counter, tmp_path):
    from desktop.documents import ocr

    window = counter("chen", "officer-pass")
    panel = window.inspection
    _, lines = travellers()[LABEL]
    path = tmp_path / "page.jpg"
    path.write_bytes(_photo(lines, 4))
    read = ocr.read_image(str(path))
    # As the OCR reports a name character it could not be sure of: valid is false.
    refused = dataclasses.replace(
        read, document=dataclasses.replace(read.document, valid=False), uncertain=((1, 7),)
    )
    panel._image_read(refused)
    assert panel.mrz.toPlainText() == ""
    assert "line:column 1:7" in panel.message.text()

    # Invalid whatever its unsure cells hold (ocr_decide rule 17): not put in the
    # field either, and the unsure cells are named for the officer to compare.
    from desktop.messages import msg

    rule_17 = msg("ocr.unsure_invalid", where="3:2")
    invalid = dataclasses.replace(
        refused,
        uncertain=(),
        unsure=((3, 2),),
        document=(
            dataclasses.replace(refused.document, errors=(*refused.document.errors, rule_17))
        ),
    )
    panel._image_read(invalid)
    assert panel.mrz.toPlainText() == ""
    assert "fails its checks" in panel.message.text()
    assert "line:column 3:2" in panel.message.text()

    # A digit printed among letters (rule 8's exception) is unsure too, but its letter
    # look-alike would make the MRZ valid: "whatever they hold" would be false there
    # (review r16), so only the plain sentence.
    printed = dataclasses.replace(refused, uncertain=(), unsure=((1, 12),))
    panel._image_read(printed)
    assert panel.mrz.toPlainText() == ""
    assert "fails its checks" in panel.message.text()
    assert "whatever" not in panel.message.text() and "1:12" not in panel.message.text()


@pytest.mark.timeout(180)
def test_camera_scan_with_a_video_source(qtbot, counter, tmp_path):
    window = counter("chen", "officer-pass")
    panel = window.inspection
    _, lines = travellers()[LABEL]
    frames = [
        cv2.imdecode(np.frombuffer(_photo(lines, s), np.uint8), cv2.IMREAD_COLOR) for s in (5, 6, 7)
    ]
    video = tmp_path / "camera.avi"
    h, w = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(video), cv2.VideoWriter_fourcc(*"MJPG"), 10, (w, h))
    for f in frames:
        writer.write(f)
    writer.release()
    panel.camera_source = str(video)
    panel.scan_camera()  # modal until two frames agree
    qtbot.waitUntil(lambda: panel.screening is not None, timeout=30000)
    assert panel.mrz.toPlainText().splitlines() == lines
