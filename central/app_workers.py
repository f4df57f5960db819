"""What APP's answers wait for under load (issue 17: p99 <= 50 ms at 50 requests/s).

- `AuditWriter`: an answer is sent once its `app_audit` row is on disk
  (`synchronous=FULL` on APP's connections; the central's default NORMAL only survives
  a crash of the process, not of the machine). Rows arriving while a transaction runs
  are committed together by the next one (group commit: one sync for many answers).
  Before, each request thread took SQLite's write lock itself, and the waiting ones
  slept in SQLite's busy handler (1, 2, 5, 10... ms) while the holder waited for the
  interpreter lock.
- `ScreeningWorkers` (`serve --app-workers N`, default 0): the screening (the
  counter's engine: SQL lookups and name scoring, ~7 ms of CPU at the median, 30 ms at
  p99) in N processes instead of the server's request threads, one question at a time
  each; a worker reads the screening replica file (WAL: a version once committed by
  the server's follower, never half of one) and exits when the server goes away. Off
  by default: on the saturated shared 2-core machine of bench/RESULTS.md every
  hand-off between processes waits for a core, and answers were no faster (p99
  524-777 ms against 433-577 ms in the server's threads); a dedicated machine with
  idle cores may differ.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import os
import queue
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection as Pipe
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from central import db

log = logging.getLogger(__name__)


# --- screening in worker processes ---------------------------------------------------


def _worker_main(pipe: Pipe, mirror_path: str, parent: int) -> None:
    """A worker: (traveller, direction, day) in, hits out, until the server is gone."""
    from central.apis.prescreen import Mirror, screen

    mirror = Mirror(Path(mirror_path))
    # Load the engine's tables before the first question. The replica may not have
    # caught up yet: its "name index is stale" warning would be noise here.
    quiet = logging.getLogger("desktop.screening.checks")
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        with mirror.read() as conn:
            screen(conn, WARM_UP, "exit")
    finally:
        quiet.setLevel(level)
    while True:
        try:
            while not pipe.poll(1.0):
                if os.getppid() != parent:  # killed without a word: pipes may stay open
                    raise EOFError
            traveller, direction, day = pipe.recv()
        except (EOFError, OSError):
            break
        try:
            with mirror.read() as conn:
                result: tuple[str, Any] = ("ok", screen(conn, traveller, direction, day))
        except Exception as e:  # the server answers 500; the worker goes on
            result = ("error", f"{type(e).__name__}: {e}")
        pipe.send(result)
    mirror.dispose()


# Screened by each worker before its first question (imports, tables, replica pages).
WARM_UP = {"surname": "WARM", "given_names": "UP", "birth_date": "1970-01-01",
           "nationality": "TWN", "document_number": "0", "issuing_state": "TWN"}  # fmt: skip


class WorkerError(RuntimeError):
    pass


@dataclass
class _Worker:
    process: Any
    pipe: Pipe


class ScreeningWorkers:
    """`count` processes; a question goes to an idle one (FIFO wait when all are busy)."""

    def __init__(self, mirror_path: Path, count: int) -> None:
        self.mirror_path = mirror_path
        self.count = count
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._started = False
        self._lock = threading.Lock()

    def _spawn(self) -> _Worker:
        # Forked while the server has no thread yet (start() before the follower and
        # uvicorn: quick, the engine already imported); spawned when one is replaced.
        method = "fork" if threading.active_count() == 1 else "spawn"
        ctx = multiprocessing.get_context(method)
        ours, theirs = ctx.Pipe()
        p = ctx.Process(
            target=_worker_main, args=(theirs, str(self.mirror_path), os.getpid()),
            name="app-screening", daemon=True,
        )  # fmt: skip
        p.start()
        theirs.close()
        return _Worker(p, ours)

    def start(self) -> None:
        import desktop.screening.checks  # noqa: F401 - imported once, before the fork

        with self._lock:
            if not self._started:
                for _ in range(self.count):
                    self._idle.put(self._spawn())
                self._started = True

    def screen(self, traveller: dict[str, Any], direction: str, day: dt.date | None) -> list[Any]:
        self.start()
        w = self._idle.get()
        try:
            w.pipe.send((traveller, direction, day))
            status, value = w.pipe.recv()
        except (EOFError, OSError) as e:  # the worker died: replace it, fail this one
            w.process.join(1)
            w = self._spawn()
            raise WorkerError(f"screening worker lost: {type(e).__name__}") from None
        finally:
            self._idle.put(w)
        if status != "ok":
            raise WorkerError(value)
        return value

    def stop(self) -> None:
        with self._lock:
            while True:
                try:
                    w = self._idle.get_nowait()
                except queue.Empty:
                    break
                w.pipe.close()
                w.process.join(5)
            self._started = False


# --- the audit: group commit -------------------------------------------------------


@dataclass
class _Pending:
    row: dict[str, Any]
    done: bool = False
    error: BaseException | None = None


class AuditWriter:
    """`write(row)` returns once the row is committed (durably on SQLite). The first
    caller that finds no transaction running writes every row queued at that moment
    in one transaction (group commit) while the others wait for it; no thread of its
    own, so no extra hand-off on a busy machine. A failed transaction fails each of
    its rows' answers: no answer without its audit row."""

    def __init__(self, database: db.Database) -> None:
        self.database = database
        self._cond = threading.Condition()
        self._queued: list[_Pending] = []
        self._writing = False
        self.batches = 0  # rows / batches: the grouping achieved (benchmark)

    def write(self, row: dict[str, Any]) -> None:
        p = _Pending(row)
        with self._cond:
            self._queued.append(p)
            while not p.done and self._writing:
                self._cond.wait()
            if p.done:
                if p.error is not None:
                    raise p.error
                return
            self._writing = True
            batch, self._queued = self._queued, []
        error: BaseException | None = None
        try:
            with self.database.write() as conn:
                conn.execute(insert(db.app_audit), [x.row for x in batch])
        except Exception as e:
            log.warning("APP audit write failed: %s", type(e).__name__)
            error = e
        with self._cond:
            for x in batch:
                x.done, x.error = True, error
            self.batches += 1
            self._writing = False
            self._cond.notify_all()
        if error is not None:
            raise error
