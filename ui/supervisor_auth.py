"""A supervisor, at the officer's counter, authenticates to clear a hit (override)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.messages import error_text
from ui.tasks import run_task


class SupervisorAuthDialog(QDialog):
    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.supervisor: str | None = None
        self.setWindowTitle(self.tr("Supervisor override"))
        self.explain = QLabel(self.tr("A supervisor clears the hit and takes responsibility "
                                      "for admitting this traveller. The override is "
                                      "recorded with the supervisor's name."))
        self.explain.setWordWrap(True)
        self.user = QLineEdit(objectName="supervisor_user")
        self.password = QLineEdit(objectName="supervisor_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(objectName="supervisor_message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Supervisor ID"), self.user)
        form.addRow(self.tr("Password"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.user.setFocus()

    def attempt(self) -> None:
        from desktop import officers

        user, password = self.user.text().strip(), self.password.text()
        if not user or not password:
            self.message.setText(self.tr("Enter the supervisor's ID and password."))
            return
        self.buttons.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        run_task(officers.authorise_override, self._session, user, password,
                 on_done=self._accepted, on_error=self._refused)

    def _accepted(self, name: str) -> None:
        self.supervisor = name
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.unsetCursor()
        self.buttons.setEnabled(True)
        self.password.clear()
        self.message.setText(error_text(error))
