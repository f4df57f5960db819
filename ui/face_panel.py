"""Face verification at the counter: after a chip read, F4 takes a live capture (in the
face worker process, never on the GUI thread) until the quality gate and the liveness
check pass, then shows the live face beside the chip's, the score and the verdict.

A no match is shown like a screening hit, in red, with refer suggested: the officer
decides. What goes into the record is `record()`: score, threshold, verdict, model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton

from desktop import console
from ui import colours, messages
from ui.operations import Operations
from ui.retranslating import Retranslating
from ui.tasks import run_task

FACE_SIZE = (132, 170)


def start_worker() -> bool:
    """Blocking: spawn the face worker process (the models load later, on a chip read)."""
    from desktop.biometrics import worker

    return worker.shared().start().result()


def warm_up() -> float:
    """Blocking: start the face worker and load the models there (once)."""
    from desktop.biometrics import worker

    return worker.shared().warm_up().result()


def start_capture(
    reference: bytes, source: int | str, threshold: float | None, on_progress: Any
) -> Any:
    """Blocking (the first time the worker process is spawned): the capture's Future."""
    from desktop.biometrics import verify, worker

    if threshold is None:
        threshold = verify.DEFAULT_THRESHOLD
    return worker.shared().capture(reference, source, threshold=threshold, on_progress=on_progress)


def cancel_capture() -> None:
    from desktop.biometrics import worker

    worker.shared().cancel()


def _failed(error: BaseException) -> Any:
    from concurrent.futures import Future

    future: Future[Any] = Future()
    future.set_exception(error)
    return future


class _Relay(QObject):
    progress = Signal(object)
    finished = Signal(object)  # (token, concurrent.futures.Future)


def _pixmap(rgb: Any) -> QPixmap:
    import numpy as np

    rgb = np.ascontiguousarray(rgb)
    h, w = rgb.shape[:2]
    image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
    return QPixmap.fromImage(image).scaled(
        *FACE_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class FacePanel(Retranslating, QGroupBox):
    verified = Signal(dict)  # the record's `face` field, once a capture ends

    def __init__(self, ops: Operations | None, source: int | str = 0) -> None:
        super().__init__()
        self._ops = ops
        self.source: int | str = source  # camera index, video, or an image file (demo)
        self.threshold: float | None = None
        self.reference: bytes | None = None
        self.result: Any = None  # the last CaptureResult
        self._token = 0
        self._running: Any = None  # the Future of the capture in progress
        self._last = ""
        self.button = QPushButton(objectName="face_capture")
        self.chip_face = QLabel(objectName="face_chip")
        self.live_face = QLabel(objectName="face_live")
        for label in (self.chip_face, self.live_face):
            label.setFixedSize(*FACE_SIZE)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("border: 1px solid palette(mid);")
        self.chip_caption, self.live_caption = QLabel(), QLabel()
        self.state = QLabel(objectName="face_state")
        self.state.setWordWrap(True)
        self.verdict = QLabel(objectName="face_verdict")
        self.verdict.setWordWrap(True)
        grid = QGridLayout(self)
        grid.addWidget(self.chip_caption, 0, 0)
        grid.addWidget(self.live_caption, 0, 1)
        grid.addWidget(self.chip_face, 1, 0)
        grid.addWidget(self.live_face, 1, 1)
        grid.addWidget(self.button, 0, 2)
        grid.addWidget(self.state, 1, 2)
        grid.addWidget(self.verdict, 2, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        self._relay = _Relay()
        self._relay.progress.connect(self._progress)
        self._relay.finished.connect(self._finished)
        self.button.clicked.connect(self.toggle)
        self.retranslate()
        self.clear()
        # Spawning a process from a big GUI process stalls it briefly (tens of ms): do
        # it now, with the window opening, not while a traveller is at the counter.
        run_task(start_worker, on_error=lambda e: None)

    # --- text ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Face"))
        self.chip_caption.setText(self.tr("Chip"))
        self.live_caption.setText(self.tr("Live"))
        self.button.setText(
            self.tr("Stop (F4)") if self._running is not None else self.tr("Live capture (F4)")
        )
        if self.result is not None:
            self._show_result()

    def reason_text(self, code: str) -> str:
        return {
            "no face": self.tr("no face in view"),
            "several faces": self.tr("several faces in view: only the traveller"),
            "face too small": self.tr("face too small: step closer"),
            "face turned away": self.tr("face turned away: look at the camera"),
            "blurred": self.tr("blurred: hold still"),
            "too dark": self.tr("too dark"),
            "too bright": self.tr("too bright"),
            "over- or underexposed": self.tr("over- or underexposed"),
            "good": self.tr("face found, checking movement…"),
            "still": self.tr("no movement at all: a still picture?"),
            "flat": self.tr(
                "moves like a flat picture: ask the traveller to turn the head slightly"
            ),
            "jump": self.tr("the face moved too far: again"),
            "live": self.tr("live face"),
        }.get(code, messages.text(code))

    # --- flow ------------------------------------------------------------------------

    def clear(self) -> None:
        """Next traveller: stop any capture, forget the faces and the verdict."""
        self.cancel()
        self._token += 1
        self.reference, self.result, self._last = None, None, ""
        self.chip_face.clear()
        self.chip_face.setText(self.tr("no face"))
        self.live_face.clear()
        self.state.setText(self.tr("Read the chip, then F4 for a live capture."))
        self.verdict.clear()
        self.verdict.setStyleSheet("")
        self.button.setEnabled(False)

    def set_reference(self, image: bytes | None) -> None:
        """The chip's face (as read and authenticated), or None when the read failed."""
        self.clear()
        if not image:
            self.state.setText(self.tr("No chip face: nothing to compare with."))
            return
        self.reference = image
        self.chip_face.setPixmap(QPixmap.fromImage(QImage.fromData(image)).scaled(
            *FACE_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))  # fmt: skip
        self.button.setEnabled(True)
        self.state.setText(self.tr("F4: live capture, the traveller looking at the camera."))
        run_task(warm_up, on_error=lambda e: None)  # models loaded before the officer asks
        if self._ops is not None:
            self._ops.query(console.face_threshold, on_done=self._set_threshold)

    def _set_threshold(self, value: float) -> None:
        self.threshold = value

    def toggle(self) -> None:
        if self._running is not None:
            self.cancel()
        else:
            self.capture()

    def capture(self) -> None:
        if self.reference is None or self._running is not None:
            return
        # Nothing of desktop.biometrics is imported on this thread: a worker thread may
        # hold its import lock (measured: 400 ms), so everything goes through run_task.

        self._token += 1
        token = self._token
        self.result = None
        self.live_face.clear()
        self.verdict.clear()
        self.verdict.setStyleSheet("")
        self.state.setText(self.tr("Capturing: the traveller looks at the camera…"))
        threshold = self.threshold  # None: the default, resolved on the worker thread
        self._running = token  # starting: the worker may still be spawning, off this thread
        run_task(
            start_capture, self.reference, self.source, threshold,
            lambda p: self._relay.progress.emit((token, p)),
            on_done=lambda future: self._started(token, future),
            on_error=lambda e: self._finished((token, _failed(e))),
        )  # fmt: skip
        self.retranslate()

    def _started(self, token: int, future: Any) -> None:
        if token != self._token:  # cancelled or next traveller meanwhile
            future.cancel()
            run_task(cancel_capture)
            return
        self._running = future
        future.add_done_callback(lambda f: self._relay.finished.emit((token, f)))

    def cancel(self) -> None:
        """Stop the capture in progress (its late results are then ignored)."""
        if self._running is not None:
            self._token += 1
            self._running = None
            run_task(cancel_capture)
            self.state.setText(self.tr("Capture stopped."))
            self.retranslate()

    def _progress(self, item: tuple[int, Any]) -> None:
        token, p = item
        if token != self._token:
            return
        self._last = p.last
        self.state.setText(
            self.tr("Frame %1: %2").replace("%1", str(p.frames))
            .replace("%2", self.reason_text(p.last))
        )  # fmt: skip

    def _finished(self, item: tuple[int, Any]) -> None:
        token, future = item
        if token != self._token:
            return
        self._running = None
        self.retranslate()
        try:
            self.result = future.result()
        except BaseException as e:  # cancelled, camera missing, worker failure: in words
            self.result = None
            if type(e).__name__ == "CaptureCancelled" or future.cancelled():
                self.state.setText(self.tr("Capture stopped."))
            else:
                self.state.setText(
                    self.tr("Could not capture: %1").replace("%1", messages.error_text(e))
                )
                self.state.setStyleSheet(colours.ERROR.sheet("padding: 2px;"))
            return
        if self.result.face is not None:
            self.live_face.setPixmap(_pixmap(self.result.face))
        self._show_result()
        self.verified.emit(self.result.to_record())

    def _show_result(self) -> None:
        v = self.result.verdict
        if v.verdict == "match":
            text = self.tr("MATCH — score %1 (threshold %2)")
            style = colours.OK.sheet("font-weight: bold; padding: 2px;")
        elif v.verdict == "no match":
            text = self.tr("NO MATCH — score %1 (threshold %2). Refer suggested: compare the "
                           "traveller with the chip photo yourself.")  # fmt: skip
            style = colours.ALARM.sheet("font-weight: bold; padding: 4px;")
        else:
            text = self.tr("COULD NOT VERIFY: %3. Compare the traveller with the chip photo.")
            style = colours.CAUTION.sheet("font-weight: bold; padding: 2px;")
        score = "—" if v.score is None else f"{v.score:.3f}"
        self.verdict.setText(
            text.replace("%1", score).replace("%2", f"{v.threshold:.2f}")
            .replace("%3", self.reason_text(self._last) if self._last else messages.text(v.reason))
        )  # fmt: skip
        self.verdict.setStyleSheet(style)
        self.state.setStyleSheet("")

    def record(self) -> dict[str, Any] | None:
        """The record's `face` field: None when no capture ended for this traveller."""
        return None if self.result is None else self.result.to_record()
