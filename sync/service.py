"""One sync round (pull every dataset, push the outbox, pull alerts) with connectivity
bookkeeping. `sync --once`, the schedulers and the GUI all go through `SyncService`.

Several processes may share a profile: a round takes an exclusive lock file in the
profile (`sync.lock`), so two rounds never push the same entries at once (they would
be harmless duplicates, but wasted). The scheduler skips a round when the lock is held.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from local_store import Store
from protocol import DATASETS
from sync import alerts, connectivity, enrollment, outbox, replica_pull, rollback
from sync.client import CentralClient, CentralError, Refused, Unreachable

log = logging.getLogger(__name__)


class Busy(Exception):
    """Another process is syncing this profile right now."""


@dataclass
class RoundReport:
    ok: bool = True
    pulled: dict[str, dict[str, int]] = field(default_factory=dict)
    pushed: dict[str, Any] = field(default_factory=dict)
    alerts_new: int = 0
    errors: list[str] = field(default_factory=list)
    connectivity: str = connectivity.OFFLINE

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "connectivity": self.connectivity,
            "pulled": self.pulled,
            "pushed": self.pushed,
            "alerts_new": self.alerts_new,
            "errors": self.errors,
        }


@contextlib.contextmanager
def profile_lock(profile_root: Path, *, wait: bool) -> Iterator[None]:
    path = Path(profile_root) / "sync.lock"
    with open(path, "a") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise Busy("another process is syncing this workstation") from None
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


class SchedulerLock:
    """The profile's scheduler lock (`scheduler.lock`), held for as long as a process
    runs the background scheduler: the window while someone is logged in, or
    `sync --daemon`. Only one of them syncs a profile at a time; the other waits (the
    daemon) or leaves it to the holder (the window, whose status bar reads the shared
    state). The file names the holder (`pid kind`) for the messages."""

    def __init__(self, profile_root: Path, kind: str) -> None:
        self.path = Path(profile_root) / "scheduler.lock"
        self.kind = kind
        self._file: Any = None

    def acquire(self) -> bool:
        if self._file is not None:
            return True
        f = open(self.path, "a+")  # noqa: SIM115 - held until release()
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            f.close()
            return False
        f.seek(0)
        f.truncate()
        f.write(f"{os.getpid()} {self.kind}\n")
        f.flush()
        self._file = f
        return True

    def holder(self) -> str | None:
        """`pid kind` of the holder as it wrote it (None: unknown)."""
        try:
            return self.path.read_text().strip() or None
        except OSError:
            return None

    def release(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None


class SyncService:
    def __init__(
        self,
        profile_root: Path,
        store: Store,
        *,
        batch_size: int = outbox.DEFAULT_BATCH,
        max_rows: int = replica_pull.DEFAULT_MAX_ROWS,
        progress: replica_pull.Progress | None = None,
        indexer: Any = None,
        push_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """`indexer`: the screening name indexer (desktop.screening.keys.NameIndexer),
        passed in by the caller because sync may not import desktop. `push_progress(done,
        total)`: after each batch of a push (the status bar shows large pushes)."""
        self.profile_root = Path(profile_root)
        self.store = store
        self.batch_size = batch_size
        self.max_rows = max_rows
        self.progress = progress
        self.indexer = indexer
        self.push_progress = push_progress

    def _client(self) -> tuple[enrollment.Enrollment, CentralClient]:
        enr = enrollment.load(self.profile_root)
        with self.store.read() as conn:
            token = enrollment.credential(conn)
        return enr, enr.client(token)

    def _failed(self, report: RoundReport, error: Exception) -> None:
        report.ok = False
        report.errors.append(str(error))
        if isinstance(error, Unreachable | Refused):
            with self.store.write() as conn:
                state = connectivity.record_failure(conn, str(error))
            report.connectivity = state.state

    def _pull(self, client: CentralClient, enr: enrollment.Enrollment, report: RoundReport) -> None:
        """Every dataset. A refused delta (already audited) stops that dataset only: the
        others, alerts and the outbox push still go on."""
        for ds in DATASETS:
            try:
                r = replica_pull.pull_dataset(
                    self.store,
                    client,
                    enr.signing_key,
                    ds,
                    max_rows=self.max_rows,
                    progress=self.progress,
                    indexer=self.indexer,
                )
            except replica_pull.DeltaRejected as e:
                report.ok = False
                report.errors.append(str(e))
                continue
            report.pulled[ds] = {"version": r.version, "rows": r.rows_applied}

    def run_once(
        self,
        *,
        wait: bool = True,
        pull: bool = True,
        push: bool = True,
        respect_backoff: bool = False,
    ) -> RoundReport:
        """One round. Errors are reported, not raised (except Busy / not enrolled)."""
        report = RoundReport()
        with profile_lock(self.profile_root, wait=wait):
            if respect_backoff:
                with self.store.read() as conn:
                    if not connectivity.due(conn):
                        report.ok = False
                        report.errors.append("waiting (backoff after failures)")
                        report.connectivity = connectivity.load(conn).state
                        return report
            enr, client = self._client()
            pr = outbox.PushReport()
            with client:
                try:
                    if pull:
                        self._pull(client, enr, report)
                    if push:
                        rollback.guard(self.store, client)  # an older store.db pushes nothing
                        outbox.push_pending(
                            self.store,
                            client,
                            self.batch_size,
                            report=pr,
                            on_batch=self.push_progress,
                        )
                    # After the push: alerts on what was just delivered come now (also in a
                    # push-only round that delivered records: the post-hoc alerts on an
                    # outage's records reach the supervisor in seconds, not at the next pull).
                    if pull or pr.sent:
                        report.alerts_new = alerts.pull(self.store, client)
                except CentralError as e:
                    self._failed(report, e)
                    return report
                finally:
                    report.pushed = {
                        "sent": pr.sent,
                        "duplicates": pr.duplicates,
                        "parked": pr.parked,
                        "batches": pr.batches,
                    }
            if not (pull or pr.batches or pr.parked):
                # Nothing went over the network (an empty outbox): nothing was measured.
                # The heartbeat says whether the central is there, not this round.
                with self.store.read() as conn:
                    report.connectivity = connectivity.state_of(conn)
                return report
            with self.store.write() as conn:
                partial = "; ".join(report.errors)[:300] or None
                report.connectivity = connectivity.record_success(conn, partial=partial).state
        return report


def probe(profile_root: Path, store: Store) -> str:
    """One signed heartbeat (sync.heartbeat) that updates the connectivity state; returns
    the state. (An unsigned `/v1/health` answer is no proof that the central is there.)"""
    from sync import heartbeat

    try:
        enrollment.load(profile_root)
    except enrollment.EnrollmentError:
        return connectivity.OFFLINE
    return heartbeat.beat(profile_root, store).state
