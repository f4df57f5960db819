"""Liveness basics (a still picture and a photo held to the camera are not live) and the
demo passport's face (public domain, resources/faces/) verified from its DG2."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.biometrics import capture, demo_face, faces, images, liveness, sources, verify


class Still:
    """The same frame again and again: a still image fed to the capture."""

    def __init__(self, path) -> None:
        self.frame = sources._bgr_frame(images.read(path))

    def read(self):
        return True, self.frame.copy()

    def release(self) -> None:
        pass


def states(face_models, source, frames: int) -> list[str]:
    marks, seen = [], []
    for _ in range(frames):
        _, frame = source.read()
        face = faces.analyse(face_models, np.ascontiguousarray(frame[:, :, ::-1]),
                             capture.CAPTURE_LIMITS)  # fmt: skip
        assert face.quality.ok, face.quality
        marks.append(liveness.FrameMarks(np.asarray(face.landmarks), face.quality.eye_distance,
                                         face.quality.yaw))  # fmt: skip
        seen.append(liveness.assess(marks).state)
    return seen


def test_a_still_picture_is_not_live(face_models, faces_dir):
    seen = states(face_models, Still(faces_dir / "obama" / "obama.jpg"), 4)
    assert seen == ["too few frames", "too few frames", "still", "still"]


@pytest.mark.parametrize("seed", [0, 1])
def test_a_photo_held_to_the_camera_is_not_live(face_models, faces_dir, seed):
    source = sources.HeldPicture(faces_dir / "biden" / "biden2.jpg", seed=seed)
    assert liveness.LIVE not in states(face_models, source, 8)


def test_the_capture_refuses_a_still_picture_with_the_reason(face_models, faces_dir):
    chip = (faces_dir / "derived" / "obama__obama_dg2_240x320_q50.jpg").read_bytes()
    result = capture.capture(chip, Still(faces_dir / "obama" / "obama1.jpg"), max_frames=5)
    assert result.verdict.verdict == verify.NOT_VERIFIED and result.verdict.score is None
    assert "still picture" in result.verdict.reason
    assert result.to_record()["liveness"] == "still"


def test_demo_passport_face_verifies_from_its_dg2(face_models):
    from desktop.chip import face as dg2face
    from virtual_passport import specimen

    chip = demo_face.chip_photo()
    spec = specimen.make_specimen(face=chip, aa=None)
    (found,) = dg2face.parse_dg2(spec.files[0x0102])
    assert found.image == chip and (found.width, found.height) == (240, 320)
    reference = faces.analyse(face_models, images.decode(found.image))
    live = faces.analyse(face_models, images.read(demo_face.photo_path()))
    assert reference.quality.ok and verify.decide(live, reference).matched
