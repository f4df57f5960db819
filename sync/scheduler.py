"""Background sync with APScheduler 3: `QtScheduler` in the GUI (scheduling on a GUI
timer, jobs in worker threads: nothing blocks the GUI thread), `BackgroundScheduler`
headless (`sync --daemon`). Three jobs:

- heartbeat (every `heartbeat_s`, default 5 s): measures connectivity whatever the
  outbox holds (sync.heartbeat). When the central answers, the backoff is reset and,
  if records wait, the push job runs at once; if the central holds a newer version of a
  dataset, the pull job runs at once. So the outbox drains seconds after the central
  comes back, not after the backoff.
- push the outbox often (records should leave the counter within seconds);
- pull the replica and alerts less often.

Push and pull respect the connectivity backoff (exponential with jitter,
sync.connectivity) and skip while another process holds the profile's sync lock.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from sync import connectivity, heartbeat
from sync.service import Busy, RoundReport, SyncService

log = logging.getLogger(__name__)

PUSH_EVERY_S = 10
PULL_EVERY_S = 120
HEARTBEAT_EVERY_S = connectivity.HEARTBEAT_S


def _job(
    service: SyncService, pull: bool, push: bool, on_report: Callable[[RoundReport], None] | None
) -> None:
    try:
        # Pushes are frequent: one that finds the profile busy simply waits for its next
        # turn. A pull waits for the lock instead, or frequent pushes could starve it.
        report = service.run_once(wait=pull, pull=pull, push=push, respect_backoff=True)
    except Busy:
        return
    except Exception:  # a scheduler thread must survive anything; the next run retries
        log.exception("sync job failed")
        return
    if on_report is not None:
        on_report(report)


class _Heartbeat:
    def __init__(
        self,
        service: SyncService,
        scheduler: Any,
        interval_s: float,
        on_beat: Callable[[heartbeat.Beat], None] | None,
    ) -> None:
        self.service = service
        self.scheduler = scheduler
        self.interval_s = interval_s
        self.on_beat = on_beat
        self._asked_for: frozenset[tuple[str, int]] = frozenset()  # heads already pulled for

    def __call__(self) -> None:
        try:
            b = heartbeat.beat(
                self.service.profile_root, self.service.store, interval_s=self.interval_s
            )
        except Exception:  # not enrolled any more, store closed...: next beat retries
            log.exception("heartbeat failed")
            return
        if b.answered:
            if b.pending:
                self._run_now("sync-push")
            # A newer head asks for one pull, not one per beat: a dataset whose delta is
            # refused stays behind, and must not be fetched again every few seconds.
            behind = frozenset((ds, b.heads.get(ds, 0)) for ds in b.behind)
            if b.came_back or (behind and not behind <= self._asked_for):
                self._run_now("sync-pull")
            self._asked_for = behind
        if self.on_beat is not None:
            self.on_beat(b)

    def _run_now(self, job_id: str) -> None:
        job = self.scheduler.get_job(job_id)
        if job is not None:
            job.modify(next_run_time=dt.datetime.now(dt.UTC))


def _qt_scheduler() -> Any:
    """QtScheduler whose wakeup (called from worker threads, e.g. the heartbeat asking
    for a push now) is posted to the GUI thread: its QTimer lives there."""
    from apscheduler.schedulers.qt import QtScheduler
    from PySide6.QtCore import QObject, Qt, Signal, Slot

    class Waker(QObject):
        wake = Signal()

        def __init__(self, target: Callable[[], None]) -> None:
            super().__init__()
            self._target = target
            self.wake.connect(self._do, Qt.ConnectionType.QueuedConnection)

        @Slot()
        def _do(self) -> None:
            self._target()

    class ThreadSafeQtScheduler(QtScheduler):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self._waker = Waker(lambda: QtScheduler.wakeup(self))

        def wakeup(self) -> None:
            self._waker.wake.emit()

    return ThreadSafeQtScheduler()


def make_scheduler(
    service: SyncService,
    *,
    qt: bool = False,
    push_every_s: float = PUSH_EVERY_S,
    pull_every_s: float = PULL_EVERY_S,
    heartbeat_s: float | None = HEARTBEAT_EVERY_S,
    on_report: Callable[[RoundReport], None] | None = None,
    on_beat: Callable[[heartbeat.Beat], None] | None = None,
) -> Any:
    """A configured, not yet started scheduler. `on_report` and `on_beat` run in the
    worker thread (in the GUI, emit a signal from them). `heartbeat_s=None`: no
    heartbeat job."""
    if qt:
        scheduler: Any = _qt_scheduler()
    else:
        from apscheduler.schedulers.background import BackgroundScheduler

        scheduler = BackgroundScheduler()
    common = {"max_instances": 1, "coalesce": True, "misfire_grace_time": None}
    for job_id, every, pull, push in (
        ("sync-push", push_every_s, False, True),
        ("sync-pull", pull_every_s, True, False),
    ):
        scheduler.add_job(
            _job,
            "interval",
            seconds=every,
            args=(service, pull, push, on_report),
            id=job_id,
            # Counters started together should not call the central in step.
            jitter=int(every / 5) or None,
            next_run_time=None if every > 5 else _soon(),
            **common,
        )
    if heartbeat_s:
        scheduler.add_job(
            _Heartbeat(service, scheduler, heartbeat_s, on_beat),
            "interval",
            seconds=heartbeat_s,
            id="sync-heartbeat",
            next_run_time=_soon(),
            **common,
        )
    return scheduler


def _soon() -> Any:
    return dt.datetime.now(dt.UTC)
