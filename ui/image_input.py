"""MRZ from a photo or a camera, for counters whose reader failed, laptops at seaports,
emergency kits. The OCR runs on worker threads; only a reading the OCR itself confirmed
(every character certain or decided by the check digits) goes into the MRZ field: a
refused reading could still pass the parser's checks with a wrong name character."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


@dataclass(frozen=True)
class PhotoRead:
    """A photo's reading, and the cells the officer may type to complete it when it was
    refused (ocr.to_type, with those typed before at most ocr.MAX_TYPED; computed on the
    worker, which has the OCR loaded)."""

    result: Any  # ocr.OcrResult
    to_type: tuple[tuple[int, int], ...]


def read_photo(
    path: str, fmt: str = "", typed: dict[tuple[int, int], str] | None = None
) -> PhotoRead:
    """Read the photo; with `typed`, the characters the officer typed for the cells a
    reading of `fmt` was refused for (ocr.Typed)."""
    from desktop.documents import ocr

    result = ocr.read_image(path, typed=ocr.Typed(fmt, typed) if typed else None)
    asked = ocr.to_type(result)
    if len(set(typed or ()) | set(asked)) > ocr.MAX_TYPED:
        asked = ()  # too many to ask of the officer in all: retake or type it whole
    return PhotoRead(result, asked)


class _Relay(QObject):
    progress = Signal(object)
    finished = Signal(object)  # the concurrent.futures.Future


class CameraDialog(QDialog):
    """Scans frames until two agree on a valid MRZ; Cancel stops the worker."""

    def __init__(self, source: int | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.documents.camera import CameraScan

        self.result_value: Any = None
        self.error: BaseException | None = None
        self.setWindowTitle(self.tr("Reading the MRZ with the camera"))
        self.info = QLabel(self.tr("Hold the data page still under the camera…"))
        self.info.setWordWrap(True)
        self.state = QLabel(objectName="camera_state")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.state)
        layout.addWidget(buttons)
        self._relay = _Relay()
        self._relay.progress.connect(self._progress)
        self._relay.finished.connect(self._finished)
        self.scan = CameraScan(source, on_progress=self._relay.progress.emit)
        self.scan.future.add_done_callback(self._relay.finished.emit)
        self.scan.start()

    def _progress(self, p: Any) -> None:
        last = {
            "no MRZ": self.tr("no MRZ in view"),
            "invalid": self.tr("not readable yet"),
            "valid": self.tr("read once, confirming"),
            "agreed": self.tr("read"),
        }.get(p.last, p.last)
        self.state.setText(
            self.tr("Frames: %1 — %2").replace("%1", str(p.frames_read)).replace("%2", last)
        )

    def _finished(self, future: Any) -> None:
        try:
            self.result_value = future.result()
        except BaseException as e:  # shown by the caller
            self.error = e
            if self.isVisible() and self.result() != QDialog.DialogCode.Rejected:
                super().reject()
            return
        self.accept()

    def reject(self) -> None:
        self.scan.cancel()
        super().reject()

    def closeEvent(self, event: Any) -> None:
        self.scan.cancel()
        super().closeEvent(event)
