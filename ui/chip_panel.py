"""Reading the e-passport chip from the inspection screen (PC/SC on a worker thread)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from desktop.inspection.service import ChipRead, read_chip
from ui import colours
from ui.messages import error_text, text
from ui.retranslating import Retranslating

if TYPE_CHECKING:
    from desktop.documents.mrz import TravelDocument
    from ui.operations import Operations

FACE_SIZE = (132, 170)


class ChipPanel(Retranslating, QGroupBox):
    read_finished = Signal(object)  # the result dict, or None when the read failed

    def __init__(self, ops: Operations | None) -> None:
        super().__init__()
        self._ops = ops
        self._token = 0
        self.button = QPushButton(objectName="read_chip")
        self.state = QLabel(objectName="chip_state")
        self.state.setWordWrap(True)
        self.face = QLabel(objectName="face")
        self.face.setFixedSize(*FACE_SIZE)
        self.face.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.face.setStyleSheet("border: 1px solid palette(mid);")
        self.result: dict[str, Any] | None = None
        self.face_image: bytes | None = None  # the chip's face (PNG), for face verification
        column = QVBoxLayout()
        column.addWidget(self.button)
        column.addWidget(self.state, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(column, 1)
        layout.addWidget(self.face)
        self.document: TravelDocument | None = None
        self.button.clicked.connect(self.read)
        self.retranslate()
        self.clear()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Chip"))
        self.button.setText(self.tr("Read chip (F6)"))
        if self.result is not None:
            self._show(self.result)

    def set_document(self, document: TravelDocument | None) -> None:
        """The MRZ as parsed in the MRZ field: the chip's access key comes from it."""
        self.document = document
        self.button.setEnabled(document is not None)

    def clear(self) -> None:
        self._token += 1
        self.result = None
        self.face_image = None
        self.face.clear()
        self.face.setText(self.tr("no face"))
        self.state.setText(self.tr("Place the passport on the reader, then read the chip."))
        self.state.setStyleSheet("")
        self.set_document(None)

    def read(self) -> None:
        if self.document is None or self._ops is None:
            return
        self._token += 1
        token = self._token
        self.button.setEnabled(False)
        self.state.setText(self.tr("Reading the chip…"))
        self.state.setStyleSheet("")
        self._ops.query(
            read_chip,
            self.document,
            on_done=lambda r: self._done(token, r),
            on_error=lambda e: self._failed(token, e),
        )

    def _done(self, token: int, outcome: ChipRead) -> None:
        if token != self._token:  # the officer moved on to another traveller
            return
        result, png = dict(outcome.result), outcome.face_png
        self.result = result
        self.face_image = png
        self.button.setEnabled(True)
        if png:
            image = QImage.fromData(png)
            self.face.setPixmap(
                QPixmap.fromImage(image).scaled(
                    *FACE_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self._show(result)
        self.read_finished.emit(result)

    def _failed(self, token: int, error: BaseException) -> None:
        if token != self._token:
            return
        self.button.setEnabled(True)
        self.result = None
        self.state.setText(self.tr("Chip not read: %1").replace("%1", error_text(error)))
        self.state.setStyleSheet(colours.ERROR.sheet("font-weight: bold; padding: 2px;"))
        self.read_finished.emit(None)

    def status_name(self, status: str) -> str:
        return {
            "valid": self.tr("valid"),
            "invalid": self.tr("INVALID"),
            "unverified": self.tr("unverified (no CSCA)"),
            "not supported": self.tr("not offered by the chip"),
            "not done": self.tr("not done"),
        }.get(status, status)

    def _show(self, r: dict[str, Any]) -> None:
        passive = self.status_name(r.get("passive_authentication", {}).get("status", "?"))
        active = self.status_name(r.get("active_authentication", {}).get("status", "?"))
        chip_auth = r.get("chip_authentication") or {"status": "not supported"}
        lines = [
            self.tr("Access: %1").replace("%1", str(r.get("access_control", "?"))),
            self.tr("Passive authentication: %1").replace("%1", passive),
            self.tr("Active authentication: %1").replace("%1", active),
            # CA (or PACE-CAM) beside PA and AA: it is what tells a clone from the original
            self.tr("Chip authentication: %1").replace(
                "%1", self.status_name(chip_auth.get("status", "?"))
            ),
        ]
        if r.get("printed_mrz_matches_chip") is False:
            lines.append(self.tr("THE PRINTED MRZ DIFFERS FROM THE CHIP"))
        # What failed, in words: the statuses alone do not tell an officer why.
        lines += [
            "• " + text(why) for why in r.get("passive_authentication", {}).get("reasons", [])
        ]
        if r.get("active_authentication", {}).get("reason"):
            lines.append("• " + text(r["active_authentication"]["reason"]))
        if chip_auth.get("reason"):
            lines.append("• " + text(chip_auth["reason"]))
        lines += ["⚠ " + text(w) for w in r.get("warnings", [])]
        self.state.setText("\n".join(lines))
        ok = r.get("accepted")
        pair = colours.OK if ok else colours.ERROR
        self.state.setStyleSheet(pair.sheet("font-weight: bold; padding: 2px;"))
