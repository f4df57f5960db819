"""The main window: inspection, records, the supervisor console, the status bar, and
background sync while someone is logged in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget

from desktop import console
from ui.emergency_banner import EmergencyBanner
from ui.emergency_log_view import EmergencyLogView
from ui.inspection_panel import InspectionPanel
from ui.policy_editor import PolicyEditor
from ui.records_view import RecordsView
from ui.reports_panel import ReportsPanel
from ui.status_bar import StatusBar
from ui.store_banner import StoreBanner
from ui.supervisor_panel import SupervisorPanel
from ui.sync_runner import SyncRunner
from ui.tasks import run_task


class MainWindow(QMainWindow):
    logged_out = Signal()

    def __init__(self, session: Any, *, direction: str = "entry",
                 start_sync: bool = True, camera_source: int | str = 0) -> None:
        super().__init__()
        self.session = session
        self.inspection = InspectionPanel(session, direction, camera_source)
        self.records = RecordsView(session)
        self.supervisor: SupervisorPanel | None = None
        self.reports: ReportsPanel | None = None
        self.emergency_log: EmergencyLogView | None = None
        self.policy: PolicyEditor | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self.inspection, "")
        self.tabs.addTab(self.records, "")
        if session.role in ("supervisor", "installer"):
            self.supervisor = SupervisorPanel(session)
            self.tabs.addTab(self.supervisor, "")
            self.reports = ReportsPanel(session)
            self.tabs.addTab(self.reports, "")
            self.emergency_log = EmergencyLogView(session)
            self.tabs.addTab(self.emergency_log, "")
            self.policy = PolicyEditor(session)
            self.tabs.addTab(self.policy, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        # Banners above the tabs: red while the store has an open incident (issue 14); the
        # suggested-emergency one is for supervisors only.
        self.store_banner = StoreBanner(session.store)
        self.emergency_banner = EmergencyBanner(session)
        central = QWidget()
        self.banners = QVBoxLayout(central)
        self.banners.setContentsMargins(0, 0, 0, 0)
        self.banners.addWidget(self.store_banner)
        self.banners.addWidget(self.emergency_banner)
        self.banners.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.status = StatusBar(session)
        self.setStatusBar(self.status)
        self.inspection.recorded.connect(lambda _: self.status.refresh())
        self.emergency_banner.declared.connect(lambda _: self._emergency_declared())

        # After a software update the name blocking keys may be stale: rebuilt once here
        # (installers normally do it with `replica reindex` before the counter opens).
        from desktop.screening import ensure_ready

        run_task(ensure_ready, session.store, on_done=self._index_ready)

        self.sync: SyncRunner | None = None
        if start_sync and SyncRunner.wanted(session):
            self.sync = SyncRunner(session)
            self.sync.report.connect(self._sync_report)
            self.sync.start()

        self.logout_action = QAction(self)
        self.logout_action.setShortcut(QKeySequence("Ctrl+L"))
        self.logout_action.triggered.connect(self.logout)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.logout_action)
        self.file_menu.addAction(self.quit_action)
        self.resize(1280, 800)
        self.retranslate()
        self.inspection.mrz.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Border inspection workstation"))
        self.tabs.setTabText(0, self.tr("&Inspection"))
        self.tabs.setTabText(1, self.tr("&Records"))
        if self.supervisor is not None:
            self.tabs.setTabText(2, self.tr("&Supervisor"))
        if self.reports is not None and self.emergency_log is not None:
            self.tabs.setTabText(3, self.tr("Re&ports"))
            self.tabs.setTabText(4, self.tr("&Emergency log"))
        if self.policy is not None:
            self.tabs.setTabText(5, self.tr("&Lists policy"))
        self.file_menu.setTitle(self.tr("&Session"))
        self.logout_action.setText(self.tr("Log &out"))
        self.quit_action.setText(self.tr("&Quit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.records:
            self.records.refresh()
        elif widget is self.supervisor and self.supervisor is not None:
            self.supervisor.refresh()
        elif widget is self.emergency_log and self.emergency_log is not None:
            self.emergency_log.refresh()
        elif widget is self.policy and self.policy is not None:
            self.policy.refresh()  # emergency mode's end drops local changes

    def _emergency_declared(self) -> None:
        self.status.refresh()
        if self.supervisor is not None:
            self.supervisor.refresh()

    def _index_ready(self, rebuilt: list[str]) -> None:
        if rebuilt:
            self.status.showMessage(self.tr("Name index rebuilt: %1")
                                    .replace("%1", ", ".join(rebuilt)), 15000)

    def _sync_report(self, report: Any) -> None:
        self.status.refresh()
        if getattr(report, "alerts_new", 0) and self.supervisor is not None:
            self.supervisor.refresh()

    def stop_background(self) -> None:
        self.status.timer.stop()
        self.store_banner.timer.stop()
        self.emergency_banner.timer.stop()
        if self.supervisor is not None:
            self.supervisor.timer.stop()
        if self.sync is not None:
            self.sync.stop()
            self.sync = None

    def logout(self) -> None:
        self.stop_background()
        run_task(console.log_out, self.session, on_done=lambda _: self._closed(),
                 on_error=lambda _: self._closed())

    def _closed(self) -> None:
        self.logged_out.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_background()
        super().closeEvent(event)
