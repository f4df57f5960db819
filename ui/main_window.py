"""The main window: inspection, records, the supervisor console, the status bar, and
background sync while someone is logged in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from desktop import console
from ui import i18n
from ui.emergency_banner import EmergencyBanner
from ui.emergency_log_view import EmergencyLogView
from ui.inspection_panel import InspectionPanel
from ui.messages import error_text
from ui.operations import Change, Operations
from ui.policy_editor import PolicyEditor
from ui.records_view import RecordsView
from ui.reports_panel import ReportsPanel
from ui.retranslating import Retranslating
from ui.status_bar import StatusBar
from ui.store_banner import StoreBanner
from ui.supervisor_panel import SupervisorPanel
from ui.sync_runner import SyncRunner


class MainWindow(Retranslating, QMainWindow):
    logged_out = Signal()
    large_text_changed = Signal(bool)

    def __init__(
        self,
        session: Any,
        *,
        direction: str = "entry",
        start_sync: bool = True,
        camera_source: int | str = 0,
    ) -> None:
        super().__init__()
        self.session = session
        # Every database operation of the window goes through `ops` (ui/operations.py).
        self.ops = Operations(session)
        self.inspection = InspectionPanel(self.ops, direction, camera_source)
        self.records = RecordsView(self.ops)
        self.supervisor: SupervisorPanel | None = None
        self.reports: ReportsPanel | None = None
        self.emergency_log: EmergencyLogView | None = None
        self.policy: PolicyEditor | None = None
        self.unseen_alerts = 0  # the console tab's badge
        self.tabs = QTabWidget()
        self.tabs.addTab(self.inspection, "")
        self.tabs.addTab(self.records, "")
        if session.role in ("supervisor", "installer"):
            self.supervisor = SupervisorPanel(self.ops)
            self.supervisor.unseen.connect(self._alerts_badge)
            self.tabs.addTab(self.supervisor, "")
            self.reports = ReportsPanel(self.ops)
            self.tabs.addTab(self.reports, "")
            self.emergency_log = EmergencyLogView(self.ops)
            self.tabs.addTab(self.emergency_log, "")
            self.policy = PolicyEditor(self.ops)
            self.tabs.addTab(self.policy, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        # Banners above the tabs: red while the store has an open incident (issue 14); the
        # suggested-emergency one is for supervisors only.
        self.store_banner = StoreBanner(session.store)
        self.emergency_banner = EmergencyBanner(self.ops)
        central = QWidget()
        self.banners = QVBoxLayout(central)
        self.banners.setContentsMargins(0, 0, 0, 0)
        self.banners.addWidget(self.store_banner)
        self.banners.addWidget(self.emergency_banner)
        self.banners.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        enrolled = SyncRunner.wanted(session)
        self.status = StatusBar(self.ops, can_sync=enrolled)
        self.setStatusBar(self.status)
        self.status.sync_requested.connect(self.sync_now)
        self.emergency_banner.declared.connect(lambda _: self._emergency_declared())

        # After a software update the name blocking keys may be stale: rebuilt once here
        # (installers normally do it with `replica reindex` before the counter opens).
        self.ops.run(console.ensure_name_keys, changes=Change.REPLICA, on_done=self._index_ready)

        self.sync: SyncRunner | None = None
        if start_sync and enrolled:
            self.sync = SyncRunner(session)
            self.sync.report.connect(self._sync_report)
            self.sync.beat.connect(lambda _: self.ops.announce(Change.CONNECTIVITY))
            self.sync.progress.connect(self.status.show_progress)
            self.sync.start()
            if not self.sync.running:  # `sync --daemon` holds the scheduler lock
                self.status.showMessage(
                    self.tr("The background sync service is syncing this workstation."), 15000
                )
        self._syncing_now = False

        self.logout_action = QAction(self)
        self.logout_action.setShortcut(QKeySequence("Ctrl+L"))
        self.logout_action.triggered.connect(self.logout)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.logout_action)
        self.file_menu.addAction(self.quit_action)
        # Large text (per counter, remembered by ui.app): every screen fits with it.
        self.large_text_action = QAction(self, checkable=True)
        self.large_text_action.setChecked(i18n.large_text())
        self.large_text_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.large_text_action.toggled.connect(self._set_large_text)
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.addAction(self.large_text_action)
        self.resize(1280, 800)
        self.retranslate()
        self.inspection.mrz.setFocus()
        self.login_notice = ""
        if (getattr(session, "login_info", None) or {}).get("online_error"):
            self.login_notice = self.tr(
                "The central system did not answer: logged in "
                "offline with this workstation's key slot."
            )
            self.status.showMessage(self.login_notice, 30000)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Border inspection workstation"))
        self.tabs.setTabText(0, self.tr("&Inspection"))
        self.tabs.setTabText(1, self.tr("&Records"))
        if self.supervisor is not None:
            self.tabs.setTabText(
                2,
                self.tr("&Supervisor (%1)").replace("%1", str(self.unseen_alerts))
                if self.unseen_alerts
                else self.tr("&Supervisor"),
            )
        if self.reports is not None and self.emergency_log is not None:
            self.tabs.setTabText(3, self.tr("Re&ports"))
            self.tabs.setTabText(4, self.tr("&Emergency log"))
        if self.policy is not None:
            self.tabs.setTabText(5, self.tr("&Lists policy"))
        self.file_menu.setTitle(self.tr("&Session"))
        self.logout_action.setText(self.tr("Log &out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.large_text_action.setText(self.tr("&Large text"))

    def _set_large_text(self, large: bool) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            i18n.set_text_size(app, large=large)
        self.large_text_changed.emit(large)

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.supervisor and self.supervisor is not None:  # (records: on show)
            self.supervisor.refresh()
        elif widget is self.emergency_log and self.emergency_log is not None:
            self.emergency_log.refresh()
        elif widget is self.policy and self.policy is not None:
            self.policy.refresh()  # emergency mode's end drops local changes

    def _alerts_badge(self, unseen: int) -> None:
        """New post-hoc alerts not yet seen: counted on the console's tab until shown."""
        self.unseen_alerts = unseen
        self.retranslate()

    def _emergency_declared(self) -> None:
        self.ops.announce(Change.EMERGENCY)

    def _index_ready(self, rebuilt: list[str]) -> None:
        if rebuilt:
            text = self.tr("Name index rebuilt: %1").replace("%1", ", ".join(rebuilt))
            if self.login_notice:  # keep saying why the login was offline
                text = f"{self.login_notice} {text}"
            self.status.showMessage(text, 30000)

    def _sync_report(self, report: Any) -> None:
        # A round may have sent records, applied lists, fetched alerts, changed officers.
        self.ops.announce(Change.ALL)

    def sync_now(self) -> None:
        """`Sync now`: one full round at once, ignoring the backoff."""
        if self._syncing_now:
            return
        from desktop import sync_jobs

        self._syncing_now = True
        self.status.sync_now.setEnabled(False)
        self.status.showMessage(self.tr("Synchronising with the central system…"))
        bar = self.status

        def pull_progress(dataset: str, _v: int, chunk: int, chunks: int, _rows: int) -> None:
            bar.progress.emit(dataset, chunk + 1, chunks)

        def push_progress(done: int, total: int) -> None:
            bar.progress.emit("push", done, total)

        self.ops.query(
            sync_jobs.run_round,
            progress=pull_progress,
            push_progress=push_progress,
            on_done=self._synced_now,
            on_error=self._sync_now_failed,
        )  # _synced_now announces the changes

    def _synced_now(self, report: Any) -> None:
        self._syncing_now = False
        self.status.sync_now.setEnabled(True)
        self.status.show_progress("", 0, 0)
        pushed = (report.pushed or {}).get("sent", 0)
        if report.ok:
            self.status.showMessage(
                self.tr("Synchronised: %1 record(s) sent, %2 new alert(s).")
                .replace("%1", str(pushed))
                .replace("%2", str(report.alerts_new)),
                15000,
            )
        else:
            self.status.showMessage(
                self.tr("Sync failed: %1").replace("%1", "; ".join(report.errors)[:200]), 30000
            )
        self._sync_report(report)

    def _sync_now_failed(self, error: BaseException) -> None:
        self._syncing_now = False
        self.status.sync_now.setEnabled(True)
        self.status.show_progress("", 0, 0)
        self.status.showMessage(
            self.tr("Sync failed: %1").replace("%1", error_text(error)[:200]), 30000
        )

    def stop_background(self) -> None:
        self.status.timer.stop()
        self.store_banner.timer.stop()
        self.emergency_banner.timer.stop()
        self.records.poll.stop()
        if self.supervisor is not None:
            self.supervisor.timer.stop()
        if self.sync is not None:
            self.sync.stop()
            self.sync = None

    def logout(self) -> None:
        self.stop_background()
        self.ops.query(
            console.log_out, on_done=lambda _: self._closed(), on_error=lambda _: self._closed()
        )

    def _closed(self) -> None:
        self.logged_out.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_background()
        super().closeEvent(event)
