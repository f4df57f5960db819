"""The officer's main window: inspection, records, status bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget

from local_store import audit
from ui.document_view import InspectionPanel
from ui.records_view import RecordsView
from ui.status_bar import StatusBar
from ui.tasks import run_task


def _audit_logout(session: Any) -> None:
    with session.store.write() as c:
        audit.append(c, session.user, "logout", {})


class MainWindow(QMainWindow):
    logged_out = Signal()

    def __init__(self, session: Any) -> None:
        super().__init__()
        self.session = session
        self.inspection = InspectionPanel()
        self.records = RecordsView(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.inspection, "")
        self.tabs.addTab(self.records, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self.status = StatusBar(session)
        self.setStatusBar(self.status)

        self.logout_action = QAction(self)
        self.logout_action.setShortcut(QKeySequence("Ctrl+L"))
        self.logout_action.triggered.connect(self.logout)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.logout_action)
        self.file_menu.addAction(self.quit_action)
        self.resize(1100, 720)
        self.retranslate()
        self.inspection.entry.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Border inspection workstation"))
        self.tabs.setTabText(0, self.tr("&Inspection"))
        self.tabs.setTabText(1, self.tr("&Records"))
        self.file_menu.setTitle(self.tr("&Session"))
        self.logout_action.setText(self.tr("Log &out"))
        self.quit_action.setText(self.tr("&Quit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.records:
            self.records.refresh()

    def logout(self) -> None:
        self.status.timer.stop()
        run_task(
            _audit_logout,
            self.session,
            on_done=lambda _: self._closed(),
            on_error=lambda _: self._closed(),
        )

    def _closed(self) -> None:
        self.logged_out.emit()
        self.close()
