"""Background sync while an officer is logged in: APScheduler's QtScheduler (timers on
the GUI thread, the jobs on its worker threads) running `desktop.sync_jobs`. Reports,
heartbeats and transfer progress come back to the GUI thread through queued signals.

The window runs the scheduler only while it holds the profile's scheduler lock; when
`sync --daemon` holds it, the daemon syncs (the status bar reads the same shared state)
and the window tries again every LOCK_RETRY_MS, taking over when the daemon stops."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop import sync_jobs

LOCK_RETRY_MS = 15000


class SyncRunner(QObject):
    report = Signal(object)  # sync.service.RoundReport
    beat = Signal(object)  # sync.heartbeat.Beat
    progress = Signal(str, int, int)  # dataset or "push", done, total

    def __init__(
        self,
        session: Any,
        *,
        push_every_s: float | None = None,
        pull_every_s: float | None = None,
        heartbeat_s: float | None = None,
    ) -> None:
        super().__init__()
        self.lock = sync_jobs.scheduler_lock(session, "window")
        self.scheduler = sync_jobs.make_scheduler(
            session,
            qt=True,
            on_report=self.report.emit,
            push_every_s=push_every_s,
            pull_every_s=pull_every_s,
            heartbeat_s=heartbeat_s,
            on_beat=self.beat.emit,
            progress=self.pull_progress,
            push_progress=self.push_progress,
        )
        self.retry = QTimer(self, interval=LOCK_RETRY_MS)
        self.retry.timeout.connect(self.start)

    @staticmethod
    def wanted(session: Any) -> bool:
        return sync_jobs.is_enrolled(session)

    def pull_progress(self, dataset: str, version: int, chunk: int, chunks: int, rows: int) -> None:
        self.progress.emit(dataset, chunk + 1, chunks)

    def push_progress(self, done: int, total: int) -> None:
        self.progress.emit("push", done, total)

    @property
    def running(self) -> bool:
        return bool(self.scheduler.running)

    def start(self) -> None:
        import datetime as dt

        if self.scheduler.running:
            return
        if not self.lock.acquire():  # sync --daemon syncs this profile: leave it to it
            self.retry.start()
            return
        self.retry.stop()
        self.scheduler.start()
        # A first round at once: records made before login go out, lists come in.
        now = dt.datetime.now(dt.UTC)
        for job in self.scheduler.get_jobs():
            job.modify(next_run_time=now)

    def stop(self) -> None:
        self.retry.stop()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        self.lock.release()
