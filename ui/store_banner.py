"""The red banner that says the store is damaged, incomplete or an older copy
(local_store.integrity): shown in the login dialog when the store refuses to open, and
across the top of the main window while an incident is open (read from the small
incidents file beside the store, on the thread pool)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel

from ui.tasks import run_task

REFRESH_MS = 5000
STYLE = (
    "background-color: #b00020; color: white; font-weight: bold; padding: 8px; border-radius: 3px;"
)


class StoreBanner(QLabel):
    def __init__(self, store: Any = None) -> None:
        super().__init__(objectName="store_banner")
        self.setWordWrap(True)
        self.setStyleSheet(STYLE)
        self._store = store
        self._detail = ""
        self._busy = False
        self.hide()
        self.timer = QTimer(self, interval=REFRESH_MS)
        if store is not None:
            self.timer.timeout.connect(self.refresh)
            self.timer.start()
            self.refresh()

    def refresh(self) -> None:
        if self._busy:
            return
        self._busy = True
        from desktop.status import store_status

        run_task(store_status, self._store, on_done=self._update, on_error=self._failed)

    def _update(self, status: dict[str, Any]) -> None:
        self._busy = False
        if status.get("ok", True):
            self.clear_problem()
        else:
            self.show_problem(status.get("message", ""))

    def _failed(self, _error: BaseException) -> None:
        self._busy = False

    def show_problem(self, detail: str) -> None:
        """`detail`: the domain's English sentence (what happened, what to do)."""
        self._detail = detail
        self.render()
        self.show()

    def clear_problem(self) -> None:
        self._detail = ""
        self.hide()

    def render(self) -> None:
        if self._detail:
            self.setText(
                self.tr(
                    "The workstation's store is damaged, incomplete or an older copy: "
                    "call a supervisor. Nothing is sent to the central until it is restored."
                )
                + "\n"
                + self._detail
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.render()
        super().changeEvent(event)
