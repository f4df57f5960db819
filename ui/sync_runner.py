"""Background sync while an officer is logged in: APScheduler's QtScheduler (timers on
the GUI thread, the jobs on its worker threads) running `desktop.sync_jobs`. Reports
come back to the GUI thread through a queued signal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop import sync_jobs


class SyncRunner(QObject):
    report = Signal(object)  # sync.service.RoundReport

    def __init__(self, session: Any, *, push_every_s: float | None = None,
                 pull_every_s: float | None = None) -> None:
        super().__init__()
        self.scheduler = sync_jobs.make_scheduler(
            session, qt=True, on_report=self.report.emit, push_every_s=push_every_s,
            pull_every_s=pull_every_s)

    @staticmethod
    def wanted(session: Any) -> bool:
        return sync_jobs.is_enrolled(session)

    def start(self) -> None:
        import datetime as dt

        self.scheduler.start()
        # A first round at once: records made before login go out, lists come in.
        now = dt.datetime.now(dt.UTC)
        for job in self.scheduler.get_jobs():
            job.modify(next_run_time=now)

    def stop(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
