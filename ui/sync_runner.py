"""Background sync while an officer is logged in: APScheduler's QtScheduler (timers on
the GUI thread, the jobs on its worker threads) driving `sync.service.SyncService`.
Reports come back to the GUI thread through a queued signal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal


class SyncRunner(QObject):
    report = Signal(object)  # sync.service.RoundReport

    def __init__(self, session: Any, *, push_every_s: float | None = None,
                 pull_every_s: float | None = None) -> None:
        super().__init__()
        from desktop.screening.keys import NameIndexer
        from sync.scheduler import PULL_EVERY_S, PUSH_EVERY_S, make_scheduler
        from sync.service import SyncService

        self.service = SyncService(session.profile.root, session.store, indexer=NameIndexer())
        self.scheduler = make_scheduler(
            self.service, qt=True, push_every_s=push_every_s or PUSH_EVERY_S,
            pull_every_s=pull_every_s or PULL_EVERY_S, on_report=self.report.emit)

    @staticmethod
    def wanted(session: Any) -> bool:
        from sync import enrollment

        return enrollment.is_enrolled(session.profile.root)

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
