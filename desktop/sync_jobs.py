"""Sync as the workstation runs it: the service wired with the screening indexer, the
scheduled jobs (headless or Qt), and what follows each round on the desktop side
(removing the key slots of officers the central deactivated)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop import officers
from desktop.officers import Session


def is_enrolled(session: Session) -> bool:
    from sync import enrollment

    return enrollment.is_enrolled(session.profile.root)


def make_service(
    session: Session,
    *,
    batch_size: int | None = None,
    progress: Any = None,
    push_progress: Any = None,
) -> Any:
    from desktop.screening.keys import NameIndexer
    from sync import outbox
    from sync.service import SyncService

    return SyncService(
        session.profile.root,
        session.store,
        batch_size=batch_size or outbox.DEFAULT_BATCH,
        progress=progress,
        indexer=NameIndexer(),
        push_progress=push_progress,
    )


FULL_CHECK_EVERY_S = 3600.0  # the background rounds read every page at most hourly
_CHECKED_KEY = "store.full_check_at"


def check_store(store: Any, *, every_s: float | None = None) -> list[str]:
    """Every page authenticated and the structure checked (about 4 ms per MB); problems
    are recorded as an incident (local_store.integrity). With `every_s`, skipped when the
    last passing check is more recent. Returns the problems found."""
    import time

    from local_store import integrity, settings

    now = time.time()
    if every_s is not None:
        with store.read() as c:
            if now - float(settings.get(c, _CHECKED_KEY, 0)) < every_s:
                return []
    problems = store.full_check()
    if problems:
        integrity.detected(store.path, "malformed", "; ".join(problems[:3]))
        return problems
    with store.write() as c:
        settings.put(c, _CHECKED_KEY, now)
    return []


def after_round(session: Session) -> None:
    """Desktop-side follow-up of a sync round (runs on the caller's thread): remove the
    slots of officers the central deactivated; rebuild name blocking keys left stale
    (a replica loaded without an indexer, a new key version)."""
    from desktop.screening import ensure_ready

    officers.prune_revoked_slots(session)
    check_store(session.store, every_s=FULL_CHECK_EVERY_S)  # a found problem shows red
    ensure_ready(session.store)


def scheduler_lock(session: Session, kind: str) -> Any:
    """The profile's scheduler lock (sync.service.SchedulerLock), not yet taken."""
    from sync.service import SchedulerLock

    return SchedulerLock(session.profile.root, kind)


def run_round(session: Session, *, progress: Any = None, push_progress: Any = None) -> Any:
    """`Sync now`: one full round at once, ignoring the backoff (an operator asked)."""
    report = make_service(session, progress=progress, push_progress=push_progress).run_once(
        wait=True
    )
    after_round(session)
    return report


def make_scheduler(
    session: Session,
    *,
    qt: bool = False,
    on_report: Callable[[Any], None] | None = None,
    push_every_s: float | None = None,
    pull_every_s: float | None = None,
    heartbeat_s: float | None = None,
    on_beat: Callable[[Any], None] | None = None,
    progress: Any = None,
    push_progress: Any = None,
) -> Any:
    """A configured, not yet started APScheduler scheduler; `on_report` and `on_beat`
    run in the job's worker thread (the GUI relays them with a signal)."""
    from sync import scheduler

    def report(r: Any) -> None:
        after_round(session)
        if on_report is not None:
            on_report(r)

    return scheduler.make_scheduler(
        make_service(session, progress=progress, push_progress=push_progress),
        qt=qt,
        on_report=report,
        on_beat=on_beat,
        push_every_s=push_every_s or scheduler.PUSH_EVERY_S,
        pull_every_s=pull_every_s or scheduler.PULL_EVERY_S,
        heartbeat_s=heartbeat_s or scheduler.HEARTBEAT_EVERY_S,
    )
