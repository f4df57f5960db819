"""The live capture at the counter: frames from a camera until the quality gate and the
liveness check pass, then one verdict against the chip's face. Blocking: the GUI runs it
in the face worker process (`desktop.biometrics.worker`), never on its own thread.
Images stay in memory: the result carries a face crop for display only."""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from desktop.biometrics import faces, images, liveness, models, verify
from desktop.biometrics.sources import FrameSource
from desktop.errors import NegativeResult

log = logging.getLogger(__name__)

# A live frame must show the face larger than a chip photo does: landmark jitter on a
# small face would look like head movement to the liveness check.
CAPTURE_LIMITS = dataclasses.replace(faces.DEFAULT_LIMITS, min_eye_distance=50.0)
SAME_PERSON_IN_VIEW = 0.5  # two consecutive good frames further apart: someone else
MAX_GOOD_FRAMES = 30  # good frames without a natural movement: give up


class CaptureCancelled(NegativeResult):
    """The officer cancelled the capture."""


@dataclass(frozen=True)
class CaptureProgress:
    frames: int
    good: int  # consecutive good frames in the current run
    last: str  # "good", "no face", "several faces", a quality problem, a liveness state


@dataclass(frozen=True)
class CaptureResult:
    verdict: verify.Verdict
    liveness: liveness.Liveness | None
    frames: int
    elapsed_s: float
    face: np.ndarray | None = dataclasses.field(default=None, repr=False)  # RGB, display only

    def to_record(self) -> dict:
        record = self.verdict.to_record()
        if self.liveness is not None:
            record["liveness"] = self.liveness.state
        return record


def _crop(rgb: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    left, top, right, bottom = box
    pad = (bottom - top) // 3
    h, w = rgb.shape[:2]
    return rgb[max(0, top - pad) : min(h, bottom + pad), max(0, left - pad) : min(w, right + pad)]


def capture(
    reference_image: bytes,
    source: FrameSource,
    *,
    threshold: float = verify.DEFAULT_THRESHOLD,
    cancel: threading.Event | None = None,
    timeout_s: float = 30.0,
    max_frames: int = 400,
    on_progress: Callable[[CaptureProgress], None] | None = None,
) -> CaptureResult:
    """Blocking. The chip's image against frames from `source` (not released here)."""
    cancel = cancel or threading.Event()
    t0 = time.monotonic()
    loaded = models.load()
    try:
        reference = faces.analyse(loaded, images.decode(reference_image, "chip photo"))
    except (faces.FaceRefused, images.UnreadableImage) as e:
        reason = getattr(e, "reason", "unreadable image")
        return CaptureResult(verify.not_verified(f"chip photo: {reason}", threshold), None, 0, 0.0)
    frames, run, good_total = 0, [], 0
    marks: list[liveness.FrameMarks] = []
    last = "no frame"
    state: liveness.Liveness | None = None
    while True:
        if cancel.is_set():
            raise CaptureCancelled("face capture cancelled")
        if frames >= max_frames or time.monotonic() - t0 > timeout_s:
            break
        ok, frame = source.read()
        if not ok or frame is None:
            last = "the camera gives no more frames" if frames else "the camera gives no frames"
            break
        frames += 1
        rgb = np.ascontiguousarray(frame[:, :, ::-1])
        try:
            face = faces.analyse(loaded, rgb, CAPTURE_LIMITS)
        except faces.FaceRefused as e:
            run, marks, last = [], [], e.reason
            _report(on_progress, CaptureProgress(frames, 0, last))
            continue
        if not face.quality.ok:
            run, marks, last = [], [], face.quality.problems[0]
            _report(on_progress, CaptureProgress(frames, 0, last))
            continue
        if run and faces.distance(run[-1][0], face) > SAME_PERSON_IN_VIEW:
            run, marks = [], []  # someone else stepped in: start again
        run.append((face, rgb))
        good_total += 1
        marks.append(
            liveness.FrameMarks(np.asarray(face.landmarks), face.quality.eye_distance,
                                face.quality.yaw)
        )  # fmt: skip
        state = liveness.assess(marks)
        if state.state == liveness.JUMP:
            run, marks = run[-1:], marks[-1:]
        last = state.state if state.state != liveness.TOO_FEW else "good"
        _report(on_progress, CaptureProgress(frames, len(run), last))
        if state.live:
            window = run[-state.frames :]
            score = float(np.median([faces.distance(f, reference) for f, _ in window]))
            best_face, best_rgb = window[-1]
            return CaptureResult(
                verify.from_score(score, threshold), state, frames, time.monotonic() - t0,
                _crop(best_rgb, best_face.box),
            )  # fmt: skip
        if good_total >= MAX_GOOD_FRAMES:
            break
    why = liveness.REASONS.get(last, last)
    if state is not None and not state.live and last in liveness.REASONS:
        why = state.reason
    verdict = verify.not_verified(f"live face: {why}", threshold)
    return CaptureResult(verdict, state, frames, time.monotonic() - t0)


def _report(cb: Callable[[CaptureProgress], None] | None, p: CaptureProgress) -> None:
    if cb is not None:
        try:
            cb(p)
        except Exception:  # a broken listener must not stop the capture
            log.exception("face capture progress callback failed")
