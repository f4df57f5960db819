"""The face worker: one child process that holds the models and runs live captures.

Why a process and not a thread: dlib's encoder holds Python's GIL for 100-250 ms per
face here, which would freeze every Python slot of the GUI (measured: a 10 ms timer on
the main thread stalled 225 ms while a thread encoded). In a child process the GUI
thread never waits. The child is spawned (not forked: Qt is in the parent), loads the
models once, and stays for the next traveller. Progress comes back over a queue; a
shared event cancels the capture at the next frame."""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

log = logging.getLogger(__name__)

_ctx = mp.get_context("spawn")
NICE = 10

# In the child: set by the initializer.
_events: Any = None
_cancel: Any = None


def _init(events: Any, cancel: Any) -> None:
    global _events, _cancel
    _events, _cancel = events, cancel
    # The officer's screen comes first: on a 2-core counter PC the encoder must not
    # starve the GUI process of CPU.
    os.nice(NICE)


def _ready() -> bool:
    return True


def _load() -> float:
    from desktop.biometrics import models

    return models.load().load_seconds


def _capture(
    token: int, reference: bytes, source: int | str, threshold: float, timeout_s: float
) -> Any:
    from desktop.biometrics import capture, models
    from desktop.biometrics.sources import open_source

    models.load()
    frames = open_source(source)
    try:
        return capture.capture(
            reference, frames, threshold=threshold, cancel=_cancel, timeout_s=timeout_s,
            on_progress=lambda p: _events.put((token, p)),
        )  # fmt: skip
    finally:
        frames.release()


class FaceWorker:
    """Start once (`warm_up()` loads the models in the child); `capture()` per traveller."""

    def __init__(self) -> None:
        self._events = _ctx.Queue()
        self._cancel = _ctx.Event()
        self._pool = ProcessPoolExecutor(
            1, mp_context=_ctx, initializer=_init, initargs=(self._events, self._cancel)
        )
        self._token = 0
        self._lock = threading.Lock()
        self._warm: Future[float] | None = None
        self._started: Future[bool] | None = None

    def start(self) -> Future[bool]:
        """Spawn the child (no models yet: ~0.2 s of its CPU, at low priority)."""
        with self._lock:
            if self._started is None:
                self._started = self._pool.submit(_ready)
            return self._started

    def warm_up(self) -> Future[float]:
        """Start the child and load the models there (once); the future gives the load
        time in seconds."""
        with self._lock:
            if self._warm is None:
                self._warm = self._pool.submit(_load)
            return self._warm

    def capture(
        self,
        reference: bytes,
        source: int | str,
        *,
        threshold: float,
        timeout_s: float = 30.0,
        on_progress: Callable[[Any], None] | None = None,
    ) -> Future[Any]:
        """Run one capture in the child; `on_progress(CaptureProgress)` is called on a
        relay thread of this process (emit a Qt signal from it, touch no widget)."""
        self.warm_up()
        with self._lock:
            self._token += 1
            token = self._token
            self._cancel.clear()
        future = self._pool.submit(_capture, token, reference, source, threshold, timeout_s)
        relay = threading.Thread(
            target=self._relay, args=(token, future, on_progress), name="face-progress",
            daemon=True,
        )  # fmt: skip
        relay.start()
        return future

    def _relay(self, token: int, future: Future[Any], on_progress: Callable | None) -> None:
        while True:
            try:
                got, progress = self._events.get(timeout=0.1)
            except queue.Empty:
                if future.done():
                    return
                continue
            except (EOFError, OSError):
                return
            if got == token and on_progress is not None:
                try:
                    on_progress(progress)
                except Exception:
                    log.exception("face capture progress listener failed")

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def broken(self) -> bool:
        return bool(getattr(self._pool, "_broken", False))

    def shutdown(self) -> None:
        self._cancel.set()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._events.close()


_shared: FaceWorker | None = None
_shared_lock = threading.Lock()


def shared() -> FaceWorker:
    """The process-wide worker (created on first use, not at import)."""
    global _shared
    with _shared_lock:
        if _shared is not None and _shared.broken:  # the child died: start a new one
            _shared.shutdown()
            _shared = None
        if _shared is None:
            _shared = FaceWorker()
        return _shared


def shutdown_shared() -> None:
    global _shared
    with _shared_lock:
        if _shared is not None:
            _shared.shutdown()
            _shared = None
