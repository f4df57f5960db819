"""The login dialog: unlocks the workstation's store as an officer, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop.config import Profile
from desktop.errors import BorderError, StoreUnusable
from ui import i18n
from ui.localtime import clock
from ui.messages import error_text
from ui.retranslating import Retranslating
from ui.store_banner import StoreBanner
from ui.tasks import run_task


class LoginDialog(Retranslating, QDialog):
    """Emits `logged_in(session)` and accepts; the caller owns the session afterwards."""

    logged_in = Signal(object)
    language_changed = Signal(str)

    def __init__(
        self, profile: Profile, login: Callable[..., Any], language: str, hint: str | None = None
    ) -> None:
        super().__init__()
        self._profile = profile
        self._login = login
        self._hint = hint
        self.session: Any = None

        self.language = QComboBox()
        for code, name in i18n.LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(self._language_chosen)

        self.user = QLineEdit()
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.button = QPushButton()
        self.button.setObjectName("login")
        self.button.setDefault(True)
        # While the central is asked (it gives up in ~5 s): abandon the attempt.
        self.cancel = QPushButton()
        self.cancel.setObjectName("cancel")
        self.cancel.hide()
        self.cancel.clicked.connect(self.cancel_attempt)
        self._attempt = 0

        self.user.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.attempt)
        self.button.clicked.connect(self.attempt)

        self.labels = [QLabel(), QLabel(), QLabel()]
        self.form = QFormLayout()
        for label, field in zip(
            self.labels, (self.language, self.user, self.password), strict=True
        ):
            self.form.addRow(label, field)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(self.title)
        self.store_banner = StoreBanner()  # the store refused to open (issue 14)
        layout.addWidget(self.store_banner)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        self.setMinimumWidth(420)
        self.retranslate()
        self.user.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Border inspection — login"))
        self.title.setText(self.tr("Border inspection workstation"))
        for label, text in zip(
            self.labels,
            (self.tr("Language"), self.tr("Officer ID"), self.tr("Password")),
            strict=True,
        ):
            label.setText(text)
        self.button.setText(self.tr("Log in"))
        self.cancel.setText(self.tr("Cancel"))
        self.hint.setText(self._hint or "")
        self.hint.setVisible(bool(self._hint))

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        i18n.set_language(code)
        self.language_changed.emit(code)

    def _busy(self, busy: bool) -> None:
        for w in (self.user, self.password, self.button, self.language):
            w.setEnabled(not busy)
        self.cancel.setVisible(busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def cancel_attempt(self) -> None:
        """Give the form back at once; the abandoned attempt's result is dropped (a
        session it opens is closed)."""
        self._attempt += 1
        self._busy(False)
        self.password.clear()
        self.password.setFocus()
        self.show_message(self.tr("Login cancelled."), error=False)

    def attempt(self) -> None:
        user, password = self.user.text().strip(), self.password.text()
        if not user or not password:
            self.show_message(self.tr("Enter your officer ID and password."))
            return
        self._busy(True)
        self.show_message(self.tr("Checking…"), error=False)
        self._attempt += 1
        attempt = self._attempt
        run_task(
            self._login,
            self._profile,
            user,
            password,
            purpose="gui login",
            on_done=lambda session: self._succeeded(session, attempt),
            on_error=lambda error: self._failed(error, attempt),
        )

    def _succeeded(self, session: Any, attempt: int | None = None) -> None:
        if attempt is not None and attempt != self._attempt:  # cancelled meanwhile
            session.close()
            return
        self._busy(False)
        self.password.clear()
        self.session = session
        self.logged_in.emit(session)
        self.accept()

    def _failed(self, error: BaseException, attempt: int | None = None) -> None:
        if attempt is not None and attempt != self._attempt:
            return
        self._busy(False)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, StoreUnusable):
            self.store_banner.show_problem(error_text(error))
        self.show_message(self.describe(error))

    def describe(self, error: BaseException) -> str:
        reason = getattr(error, "reason", None)
        if reason == "bad_credentials":
            return self.tr("Unknown officer ID or wrong password.")
        if reason == "locked_out":
            until = clock(error.until)  # type: ignore[attr-defined]
            return self.tr(
                "Too many failed attempts: locked until %1. A supervisor can unlock you."
            ).replace("%1", until)
        if reason == "revoked":
            return self.tr("This officer ID is no longer active on this workstation.")
        if isinstance(error, StoreUnusable):  # the banner above says what and why
            return self.tr("Login is not possible until the store is restored.")
        if reason == "offline_refused":
            return self.tr(
                "The central system did not answer, and an officer's first login on this "
                "workstation must be online (or the ID or password is wrong). Check the "
                "network and try again, or ask a supervisor. Officers who have logged in "
                "here before can log in offline."
            )
        if isinstance(error, BorderError):
            return error_text(error)
        return self.tr("Login failed: %1").replace("%1", type(error).__name__)

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: palette(text);")
        self.message.setText(text)
