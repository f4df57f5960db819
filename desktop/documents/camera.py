"""Reading the MRZ from a camera (webcam, document camera) or a video, in a worker.

Frames come from a `cv2.VideoCapture` (a device index, a file or a stream URL) or any
object with the same `read()` / `release()` methods. Each frame is read with
`ocr.read_array`. The reading is settled character by character: a character is
settled when `agree` consecutive frames that read it with confidence agree on it
(a frame whose reading was valid vouches for all its characters; a refused or invalid
one only for the characters its glyphs settled alone that a check digit covers: a
name cell no check digit covers is vouched for only by frames that passed the face
gate and rules 10-11 (ocr_decide), review ocr3 F1: blurred frames refused for another
reason vouched for another face's Q read O, and the settled reading skipped rule 11).
A frame that reads a settled position differently restarts that position; it never
overwrites it. The scan ends
when every position is settled and the settled reading is valid, and hands back the
last frame used. One frame can be read wrong; independent frames agreeing on each
character almost never are, and a stain or glare that moves between frames no longer
stops the scan. It runs on its own thread, never the GUI's, reports
progress through a callback and stops promptly when cancelled.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from desktop.documents import layout as mrz_layout
from desktop.documents import ocr
from desktop.documents.mrz import TravelDocument, parse
from desktop.errors import NegativeResult, UsageError
from desktop.messages import define, msg

define(
    {
        "camera.cannot_open": "cannot open the camera or video {source}",
        "camera.no_frames": "the camera or video gives no frames",
        "camera.picture_missing": "the camera picture {source} does not exist",
    }
)

log = logging.getLogger(__name__)


class FrameSource(Protocol):
    def read(self) -> tuple[bool, np.ndarray | None]: ...

    def release(self) -> None: ...


class CameraError(UsageError):
    """The camera or video cannot be opened or read (exit 2)."""


class ScanCancelled(NegativeResult):
    """The officer cancelled the scan."""


class NoAgreement(NegativeResult):
    """The frames ran out (end of a video, frame limit, timeout) before two agreed."""


@dataclass(frozen=True)
class ScanResult:
    result: ocr.OcrResult  # the reading of the frame handed back
    frame: np.ndarray  # BGR frame in which the MRZ was read (the second agreeing one)
    frames_read: int
    elapsed_s: float


@dataclass(frozen=True)
class Progress:
    frames_read: int
    last: str  # "no MRZ", "invalid", "valid", "agreed"
    line_confidence: tuple[float, ...] = ()


def open_source(source: int | str) -> FrameSource:
    """A `cv2.VideoCapture` on a device index, video file or URL; CameraError if it
    does not open."""
    import cv2

    cap = cv2.VideoCapture(source)
    if not cap.isOpened():
        cap.release()
        raise CameraError(msg("camera.cannot_open", source=repr(source)))
    if isinstance(source, int):
        cap.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # read the newest frame, not a stale one
    return cap


def scan(
    source: FrameSource,
    cancel: threading.Event | None = None,
    *,
    max_frames: int | None = None,
    timeout_s: float | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    agree: int = 2,
) -> ScanResult:
    """Read frames until `agree` consecutive frames give the same valid MRZ.

    Raises ScanCancelled, NoAgreement (source ended, limits reached) or CameraError
    (the source failed before giving any frame). Does not release the source."""
    cancel = cancel or threading.Event()
    t0 = time.monotonic()
    frames = 0
    consensus = Consensus(agree)
    while True:
        if cancel.is_set():
            raise ScanCancelled("scan cancelled")
        if max_frames is not None and frames >= max_frames:
            raise NoAgreement(f"no MRZ read twice in a row in {frames} frames")
        if timeout_s is not None and time.monotonic() - t0 > timeout_s:
            raise NoAgreement(f"no MRZ read twice in a row in {timeout_s:.0f} s")
        ok, frame = source.read()
        if not ok or frame is None:
            if frames == 0:
                raise CameraError(msg("camera.no_frames"))
            raise NoAgreement(f"the video ended after {frames} frames without an MRZ read twice")
        frames += 1
        try:
            result = ocr.read_array(frame)
        except ocr.NoMrzFound:
            _report(on_progress, Progress(frames, "no MRZ"))
            continue
        settled = consensus.add(result)
        if settled is not None:
            _report(on_progress, Progress(frames, "agreed", result.line_confidence))
            agreed = dataclasses.replace(result, document=settled)
            return ScanResult(agreed, frame, frames, time.monotonic() - t0)
        last = "valid" if result.document.valid else "invalid"
        _report(on_progress, Progress(frames, last, result.line_confidence))


class Consensus:
    """Per-character agreement across frames (see the module's docstring)."""

    def __init__(self, agree: int = 2) -> None:
        self.agree = agree
        self.shape: tuple[str | None, tuple[int, ...]] | None = None
        self.chars: list[str] = []
        self.counts: list[int] = []

    def add(self, result: ocr.OcrResult) -> TravelDocument | None:
        """Count one frame's reading; the settled, valid document once there is one."""
        doc = result.document
        shape = (doc.format, tuple(len(ln) for ln in doc.lines))
        if doc.format is None or not doc.lines:
            return None
        if shape != self.shape:  # another document (or another size): start again
            self.shape = shape
            total = sum(shape[1])
            self.chars, self.counts = [""] * total, [0] * total
        width = len(doc.lines[0])
        # A refused or invalid frame vouches only for what neither its glyphs left open
        # (`unsure`) nor stopped its reading (`uncertain`: rivals that both pass every
        # check, review ocr25 F5).
        unsure: set[int] = set()
        if not doc.valid:
            covered = mrz_layout.layout(doc.format).covered()  # a set built per call: once
            unsure = {
                *((ln - 1) * width + col - 1 for ln, col in (*result.unsure, *result.uncertain)),
                *(p for p in range(sum(shape[1])) if p not in covered),
            }
        for p, c in enumerate("".join(doc.lines)):
            if p in unsure:
                continue
            if c == self.chars[p]:
                self.counts[p] += 1
            else:  # a different character restarts the position, never overwrites it
                self.chars[p], self.counts[p] = c, 1
        if min(self.counts) < self.agree:
            return None
        lines = tuple(
            "".join(self.chars[i * width : (i + 1) * width]) for i in range(len(doc.lines))
        )
        settled = parse(lines, today=None)
        return settled if settled.valid else None


def _report(cb: Callable[[Progress], None] | None, p: Progress) -> None:
    if cb is not None:
        try:
            cb(p)
        except Exception:  # a broken listener must not kill the scan
            log.exception("camera progress callback failed")


class CameraScan:
    """`scan()` on a worker thread. `future` gives the ScanResult or the error;
    `cancel()` stops it at the next frame. The source is released when done."""

    def __init__(
        self,
        source: int | str | FrameSource,
        *,
        max_frames: int | None = None,
        timeout_s: float | None = 120.0,
        on_progress: Callable[[Progress], None] | None = None,
    ) -> None:
        self.future: Future[ScanResult] = Future()
        self._cancel = threading.Event()
        self._source = source
        self._kwargs = dict(max_frames=max_frames, timeout_s=timeout_s, on_progress=on_progress)
        self._thread = threading.Thread(target=self._run, name="mrz-camera", daemon=True)

    def start(self) -> CameraScan:
        self._thread.start()
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def result(self, timeout: float | None = None) -> ScanResult:
        return self.future.result(timeout)

    def _run(self) -> None:
        if not self.future.set_running_or_notify_cancel():
            return
        source: FrameSource | None = None
        try:
            source = (
                open_source(self._source) if isinstance(self._source, int | str) else self._source
            )
            self.future.set_result(scan(source, self._cancel, **self._kwargs))  # type: ignore[arg-type]
        except BaseException as e:  # handed to whoever waits on the future
            self.future.set_exception(e)
        finally:
            if source is not None:
                try:
                    source.release()
                except Exception:
                    log.exception("releasing the camera failed")
