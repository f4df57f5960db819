"""Camera capture (desktop.documents.camera) with a generated video and frame sources."""

from __future__ import annotations

import threading

import cv2
import numpy as np
import pytest

from desktop.documents import camera
from tests.documents import synth
from tests.documents.conftest import SPECIMENS


def _frames(fmt: str, seeds: range) -> list[np.ndarray]:
    out = []
    for seed in seeds:
        rng = np.random.default_rng(seed)
        page = synth.render_page(fmt, SPECIMENS[fmt], rng, "easy")
        jpeg = synth.to_jpeg(synth.photograph(page, rng, "easy"), 90)
        out.append(cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR))
    return out


def _blank(seed: int) -> np.ndarray:
    return cv2.imdecode(np.frombuffer(synth.blank_photo(seed), np.uint8), cv2.IMREAD_COLOR)


class ListSource:
    def __init__(self, frames: list[np.ndarray], repeat_last: bool = False) -> None:
        self.frames = list(frames)
        self.repeat_last = repeat_last
        self.index = 0
        self.released = False

    def read(self):
        if self.index < len(self.frames):
            self.index += 1
            return True, self.frames[self.index - 1]
        if self.repeat_last and self.frames:
            return True, self.frames[-1]
        return False, None

    def release(self):
        self.released = True


@pytest.fixture(scope="module")
def video(tmp_path_factory):
    """An MJPEG video: two frames without a document, then the TD3 specimen moving."""
    path = tmp_path_factory.mktemp("camera") / "counter.avi"
    frames = [_blank(1), _blank(2), *_frames("TD3", range(10, 14))]
    h, w = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10, (w, h))
    assert writer.isOpened()
    for f in frames:
        writer.write(f)
    writer.release()
    return path


def test_video_file_two_frames_agree(video):
    progress = []
    result = camera.CameraScan(str(video), on_progress=progress.append).start().result(120)
    assert result.result.document.lines == SPECIMENS["TD3"]
    assert result.result.document.valid
    # Two blank frames, then readings until two in a row agree (a frame may be missed).
    assert 4 <= result.frames_read <= 6
    assert result.frame.shape[2] == 3
    states = [p.last for p in progress]
    assert states[:2] == ["no MRZ", "no MRZ"]
    assert states[-2:] == ["valid", "agreed"]
    assert len(states) == result.frames_read


def test_frames_that_disagree_start_the_count_again():
    td3 = _frames("TD3", range(20, 22))
    td2 = _frames("TD2", range(22, 24))
    src = ListSource([td3[0], td2[0], td2[1], td3[1]])
    result = camera.scan(src)
    assert result.result.document.lines == SPECIMENS["TD2"]
    assert result.frames_read == 3


def test_end_of_video_without_agreement():
    src = ListSource([_blank(3), *_frames("TD1", range(30, 31))])
    with pytest.raises(camera.NoAgreement, match="ended after 2 frames"):
        camera.scan(src)


def test_limits():
    with pytest.raises(camera.NoAgreement, match="in 2 frames"):
        camera.scan(ListSource([_blank(4)], repeat_last=True), max_frames=2)
    with pytest.raises(camera.NoAgreement, match="in 0 s"):
        camera.scan(ListSource([_blank(4)], repeat_last=True), timeout_s=0.0)


def test_cancel_stops_the_worker_and_releases_the_source():
    src = ListSource([_blank(5)], repeat_last=True)  # never an MRZ
    started = threading.Event()
    scan = camera.CameraScan(src, timeout_s=None, on_progress=lambda p: started.set()).start()
    assert started.wait(60)
    scan.cancel()
    with pytest.raises(camera.ScanCancelled):
        scan.result(60)
    assert src.released


def test_unopenable_source_is_a_clear_error(tmp_path):
    scan = camera.CameraScan(str(tmp_path / "no-such-video.avi")).start()
    with pytest.raises(camera.CameraError, match="cannot open"):
        scan.result(60)
    with pytest.raises(camera.CameraError, match="no frames"):
        camera.scan(ListSource([]))


def test_a_broken_progress_listener_does_not_stop_the_scan():
    frames = _frames("MRV-B", range(40, 42))

    def boom(_):
        raise RuntimeError("listener bug")

    result = camera.scan(ListSource(frames), on_progress=boom)
    assert result.result.document.format == "MRV-B"


def _result(lines, valid=True, unsure=(), uncertain=()):
    import dataclasses

    from desktop.documents import ocr
    from desktop.documents.mrz import parse

    doc = parse(lines)
    if not valid:
        doc = dataclasses.replace(doc, valid=False, errors=("OCR refused: test",))
    return ocr.OcrResult(doc, (1.0, 1.0), 1.0, uncertain=tuple(uncertain), unsure=tuple(unsure))


def test_a_differing_frame_restarts_a_settled_character_never_overwrites_it():
    real = SPECIMENS["TD3"]
    other = (real[0], "L898902C36UTO7408122F1204159ZE184226B<<<<<10".replace("ZE", "ZF"))
    c = camera.Consensus(agree=3)
    assert c.add(_result(real)) is None
    assert c.add(_result(real)) is None
    assert c.add(_result(other, valid=False)) is None  # position 2/30 restarts with F
    assert c.add(_result(real)) is None  # ... and again with E: count 1
    assert c.add(_result(real)) is None  # 2
    settled = c.add(_result(real))  # 3: every position agreed three times in a row
    assert settled is not None and settled.lines == real


def test_refused_frames_settle_the_characters_they_read_with_confidence():
    real = SPECIMENS["TD1"]
    c = camera.Consensus(agree=3)
    # Glare moves: frames 2-3 cannot read line 1 position 6 (document number).
    assert c.add(_result(real)) is None
    for unsure in ([(1, 6)], [(1, 6)]):
        assert c.add(_result(real, valid=False, unsure=unsure)) is None
    assert c.add(_result(real)) is None  # names: vouched by two valid frames only
    settled = c.add(_result(real))
    assert settled is not None and settled.valid and settled.lines == real


def test_refused_frames_never_vouch_for_cells_no_check_digit_covers():
    # Review ocr3 F1: blurred frames refused for another reason vouched for another
    # face's Q read O in a name, and the settled reading skipped the face gate and
    # rule 11. A name cell is vouched for only by frames whose reading was valid.
    real = SPECIMENS["TD1"]
    c = camera.Consensus(agree=2)
    for _ in range(4):
        assert c.add(_result(real, valid=False)) is None
    assert c.add(_result(real)) is None
    settled = c.add(_result(real))
    assert settled is not None and settled.lines == real


def test_a_character_never_read_with_confidence_never_settles():
    real = SPECIMENS["TD1"]
    c = camera.Consensus(agree=2)
    for _ in range(5):
        assert c.add(_result(real, valid=False, unsure=[(1, 6)])) is None


def test_cells_that_stopped_a_refused_reading_never_settle():
    # Review ocr25 F5: a reading refused as ambiguous (two readings pass every check:
    # a GBR number's OO read 00, swaps at weights 7 and 3 that cancel) names the cells in
    # `uncertain`, not always in `unsure`; they must not vouch for the reading.
    real = SPECIMENS["TD1"]
    c = camera.Consensus(agree=2)
    for _ in range(5):
        assert c.add(_result(real, valid=False, uncertain=[(1, 6), (1, 7)])) is None
