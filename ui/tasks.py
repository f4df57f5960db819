"""Blocking work off the GUI thread: run a plain function on the thread pool and get its
result (or exception) back on the GUI thread through a queued signal.

The GUI never calls the database, PC/SC, OCR or the network directly. Work on the store
goes through `ui/operations.py` (the session given to the operation, changes announced);
`run_task(fn, ..., on_done=..., on_error=...)` is for the rest (OCR of a photo, the face
worker) and is what the runner uses underneath.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]):
        super().__init__()
        self.setAutoDelete(False)  # the Python side owns it until the relay fired
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.relay = _Relay()

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as e:  # handed to the GUI thread, which decides what to show
            self.relay.failed.emit(e)
        else:
            self.relay.done.emit(result)


_running: set[Task] = set()

# The pool's work mostly waits: a login or `Sync now` on a central that does not answer
# (the interactive timeouts, 2 s to connect and 4 s to read), a chip read on PC/SC, the
# face worker's start, the name tables' warm-up. Qt sizes the global pool by the CPU
# count (two threads on a two-core counter PC, one in a one-core VM), so a login
# cancelled while the central hung kept a thread and the next attempt waited behind it
# (stop 42, one core: 8.2 s to say the central did not answer, against 4.1 s). Six, not
# more: with the GUI thread and the scheduler's jobs, at most the store's eight
# connections (local_store/engine.py) are asked for at once.
POOL_THREADS = 6


def size_global_pool() -> None:
    """At least POOL_THREADS threads in the global pool (never fewer than Qt chose)."""
    pool = QThreadPool.globalInstance()
    pool.setMaxThreadCount(max(POOL_THREADS, pool.maxThreadCount()))


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    pool: QThreadPool | None = None,
    then: Callable[[Any], None] | None = None,
    **kwargs: Any,
) -> Task:
    """Run `fn(*args, **kwargs)` on `pool` (the global pool by default); `then(result)`
    runs after `on_done` (connected before the task starts, so it cannot be missed)."""
    task = Task(fn, args, kwargs)
    _running.add(task)

    def finished(_: object) -> None:
        _running.discard(task)

    if on_done is not None:
        task.relay.done.connect(on_done)
    if on_error is not None:
        task.relay.failed.connect(on_error)
    if then is not None:
        task.relay.done.connect(then)
    task.relay.done.connect(finished)
    task.relay.failed.connect(finished)
    (pool or QThreadPool.globalInstance()).start(task)
    return task


def pending_tasks() -> int:
    return len(_running)
