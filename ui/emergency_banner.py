"""The supervisor's banner offering emergency mode when the central has been unreachable
for longer than the policy allows (`emergency.suggest_after_s`, default 5 min): one
click declares it, with the reason the record needs. Officers never see it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton

from desktop import console
from ui.messages import error_text
from ui.operations import Change, Operations
from ui.retranslating import Retranslating

REFRESH_MS = 5000


class EmergencyBanner(Retranslating, QFrame):
    declared = Signal(dict)

    def __init__(self, ops: Operations) -> None:
        super().__init__(objectName="emergency_banner")
        self.ops = ops
        self.session = ops.session
        self.suggestion: dict[str, Any] | None = None
        self._busy = False
        self.setStyleSheet(
            "#emergency_banner { background: #fff3e0; border: 2px solid #e65100; }"
            " QLabel { color: #bf360c; font-weight: bold; }"
        )
        self.text = QLabel(objectName="emergency_banner_text")
        self.text.setWordWrap(True)
        self.reason = QLineEdit(objectName="emergency_banner_reason")
        self.declare = QPushButton(objectName="emergency_banner_declare")
        self.message = QLabel(objectName="emergency_banner_message")
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 2)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.declare)
        layout.addWidget(self.message)
        self.declare.clicked.connect(self.declare_now)
        self.reason.returnPressed.connect(self.declare_now)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.hide()
        self.retranslate()
        if self.for_supervisor:
            self.timer.start()
            self.refresh()

    def retranslate(self) -> None:
        self.reason.setPlaceholderText(self.tr("reason (required)"))
        self.declare.setText(self.tr("Declare emergency mode"))
        self.render()

    @property
    def for_supervisor(self) -> bool:
        return self.session.role in ("supervisor", "installer")

    def refresh(self) -> None:
        if self._busy or not self.for_supervisor:
            return
        self._busy = True
        self.ops.query(console.emergency_suggestion, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, suggestion: dict[str, Any] | None) -> None:
        self._busy = False
        self.suggestion = suggestion
        self.render()

    def _failed(self, _error: BaseException) -> None:
        self._busy = False

    def render(self) -> None:
        s = self.suggestion
        if s is None or not self.for_supervisor:
            self.hide()
            return
        minutes = max(1, round(s["unreachable_s"] / 60))
        self.text.setText(
            self.tr(
                "The central system has not answered for %1 min (limit %2 min). "
                "Declare emergency mode? The replica versions in force are recorded."
            )
            .replace("%1", str(minutes))
            .replace("%2", str(round(s["threshold_s"] / 60)))
        )
        self.show()

    def declare_now(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.message.setText(self.tr("Say why first."))
            self.reason.setFocus()
            return
        self.declare.setEnabled(False)
        self.ops.run(
            console.declare_emergency,
            reason,
            changes=Change.EMERGENCY,
            on_done=self._declared,
            on_error=self._refused,
        )

    def _declared(self, state: dict[str, Any]) -> None:
        self.declare.setEnabled(True)
        self.reason.clear()
        self.message.clear()
        self.suggestion = None
        self.render()
        self.declared.emit(state)

    def _refused(self, error: BaseException) -> None:
        self.declare.setEnabled(True)
        self.message.setText(error_text(error))
        self.refresh()
