"""A supervisor, at the officer's counter, authenticates to clear a hit (override).

Any supervisor: one with a key slot here is checked offline; one without is checked by
the central and gets a slot (`desktop.online_login.authorise_override`, on the worker:
a hung central gives up after its interactive timeout and never freezes the window).
Enter in the ID field moves to the password; Enter in the password (or the note)
submits. Clearing an arrest or a denial needs a note, recorded with the decision."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.inspection.rules import note_required
from desktop.screening.checks import Hit
from ui.messages import error_text
from ui.tasks import run_task


class SupervisorAuthDialog(QDialog):
    def __init__(self, session: Any, parent: QWidget | None = None, *,
                 hits: Sequence[Hit] = (), note: str = "") -> None:  # fmt: skip
        super().__init__(parent)
        self._session = session
        self.supervisor: str | None = None
        self.note_required = bool(note_required(hits))
        self.setWindowTitle(self.tr("Supervisor override"))
        self.setMinimumWidth(440)  # the note's hint and the messages readable, not cut
        self.explain = QLabel(
            self.tr(
                "A supervisor clears the hit and takes responsibility "
                "for admitting this traveller. The override is "
                "recorded with the supervisor's name."
            )
        )
        self.explain.setWordWrap(True)
        self.user = QLineEdit(objectName="supervisor_user")
        self.password = QLineEdit(objectName="supervisor_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.note = QLineEdit(note, objectName="supervisor_note")
        self.note.setPlaceholderText(
            self.tr("why the hit is cleared")
            if self.note_required
            else self.tr("optional, for the record")
        )
        self.message = QLabel(objectName="supervisor_message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Supervisor ID"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(
            self.tr("Note (required)") if self.note_required else self.tr("Note"), self.note
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        self.user.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.attempt)
        self.note.returnPressed.connect(self.attempt)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.user.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a field is the field's (returnPressed above): it must not also reach
        # the dialog, which would press the default button (OK) from the ID field.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        # Esc or Cancel while the check runs would leave an authorisation (and maybe a
        # new key slot) with no decision after it: the dialog waits for the answer.
        if not self.buttons.isEnabled():
            return
        super().reject()

    def note_text(self) -> str:
        return self.note.text().strip()

    def attempt(self) -> None:
        from desktop import online_login

        if not self.buttons.isEnabled():  # a check is already running
            return
        user, password = self.user.text().strip(), self.password.text()
        if not user or not password:
            self.message.setText(self.tr("Enter the supervisor's ID and password."))
            (self.password if user else self.user).setFocus()
            return
        if self.note_required and not self.note_text():
            # Asked before the password is checked: a refusal here costs no attempt.
            self.message.setText(
                self.tr("Clearing an arrest or a denial needs a note for the record: write why.")
            )
            self.note.setFocus()
            return
        self.buttons.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.message.clear()
        run_task(
            online_login.authorise_override,
            self._session,
            user,
            password,
            on_done=self._accepted,
            on_error=self._refused,
        )

    def _accepted(self, name: str) -> None:
        self.unsetCursor()
        self.supervisor = name
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.unsetCursor()
        self.buttons.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self.message.setText(error_text(error))
