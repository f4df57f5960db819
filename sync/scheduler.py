"""Background sync with APScheduler 3: `QtScheduler` in the GUI (scheduling on a GUI
timer, jobs in worker threads: nothing blocks the GUI thread), `BackgroundScheduler`
headless. Two jobs: push the outbox often (records should leave the counter within
seconds), pull the replica and alerts less often. Each respects the connectivity
backoff (exponential with jitter, sync.connectivity) and skips while another process
holds the profile's sync lock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sync.service import Busy, RoundReport, SyncService

log = logging.getLogger(__name__)

PUSH_EVERY_S = 10
PULL_EVERY_S = 120


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


def make_scheduler(
    service: SyncService,
    *,
    qt: bool = False,
    push_every_s: float = PUSH_EVERY_S,
    pull_every_s: float = PULL_EVERY_S,
    on_report: Callable[[RoundReport], None] | None = None,
) -> Any:
    """A configured, not yet started scheduler. `on_report` runs in the worker thread
    (in the GUI, emit a signal from it)."""
    if qt:
        from apscheduler.schedulers.qt import QtScheduler

        scheduler: Any = QtScheduler()
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
    return scheduler


def _soon() -> Any:
    import datetime as dt

    return dt.datetime.now(dt.UTC)
