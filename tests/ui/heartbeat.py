"""How long the GUI thread stays away from its event loop, and where it was meanwhile.

A 10 ms timer on the GUI thread ticks; the longest wait between ticks, less the time the
OS kept the thread off a CPU (/proc/thread-self/schedstat: a shared machine), is what the
GUI thread was blocked in this process (its own work, the GIL, a lock, an import). A
watchdog thread samples every thread's stack while a tick is late, so that a failure
says what blocked, not only for how long (a CI run is not repeated at will).

The test suite runs in one process: after ~3,000 tests its heap holds ~1.7 million
objects the workstation never makes, and one full collection of them held the GIL for
1.3-1.7 s (CI, stop 41). So the objects alive when the heartbeat starts are collected and
frozen (`gc.freeze`, as desktop/heap.py does for the process's own tables, and
tests/conftest.py for what collection made); the collections made while it beats, the
app's own, are timed and reported. Not unfrozen after: a frozen object is still freed by
reference counting, and unfreezing would hand the suite's heap back to every later walk.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
import traceback

from PySide6.QtCore import Qt, QTimer

LATE_S = 0.060  # a tick this late has its stacks sampled


def runqueue_wait_s() -> float:
    """Time this (GUI) thread spent runnable but waiting for a CPU (Linux schedstat)."""
    with open("/proc/thread-self/schedstat", encoding="ascii") as f:
        return int(f.read().split()[1]) / 1e9


class Heartbeat:
    def __init__(self) -> None:
        gc.collect()
        gc.freeze()
        self.collections: list[tuple[int, float]] = []  # (generation, s) over 10 ms
        self._gc_start = 0.0
        gc.callbacks.append(self._on_gc)
        self.worst, self.worst_raw, self.ticks = 0.0, 0.0, 0
        self.gaps: list[tuple[float, float, float]] = []  # (start, gap, blocked) over 30 ms
        self.t0 = self.last = time.perf_counter()
        self.wait = runqueue_wait_s()
        self._gui = threading.get_ident()
        self._samples: list[str] = []  # the current late tick's stacks
        self.worst_stacks = ""  # the stacks sampled during the worst gap
        self._stop = threading.Event()
        self._watchdog = threading.Thread(
            target=self._watch, name="heartbeat-watchdog", daemon=True
        )
        self._watchdog.start()
        self.timer = QTimer(interval=10, timerType=Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now, wait = time.perf_counter(), runqueue_wait_s()
        gap, blocked = now - self.last, now - self.last - (wait - self.wait)
        if blocked > self.worst and self._samples:
            self.worst_stacks = "\n".join(self._samples)
        self.worst, self.worst_raw = max(self.worst, blocked), max(self.worst_raw, gap)
        if gap > 0.03:
            self.gaps.append((round(self.last - self.t0, 3), round(gap, 3), round(blocked, 3)))
        self._samples = []
        self.last, self.wait, self.ticks = now, wait, self.ticks + 1

    def stop(self) -> None:
        """Idempotent: the test stops it where its measure ends, the fixture at teardown."""
        if self._stop.is_set():
            return
        self.timer.stop()
        self._stop.set()
        self._watchdog.join(timeout=2)
        gc.callbacks.remove(self._on_gc)

    def _on_gc(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._gc_start = time.perf_counter()
        elif (spent := time.perf_counter() - self._gc_start) > 0.010:
            self.collections.append((info["generation"], round(spent, 3)))

    def _watch(self) -> None:
        while not self._stop.wait(0.02):
            late = time.perf_counter() - self.last
            if late < LATE_S or len(self._samples) >= 3:
                continue
            names = {t.ident: t.name for t in threading.enumerate()}
            me = threading.get_ident()
            lines = [f"--- {late * 1000:.0f} ms into a late tick ---"]
            for ident, frame in sys._current_frames().items():
                if ident == me:
                    continue
                who = "GUI thread" if ident == self._gui else names.get(ident, str(ident))
                stack = "".join(traceback.format_stack(frame, limit=12))
                lines.append(f"[{who}]\n{stack}")
            self._samples.append("\n".join(lines))

    def report(self) -> str:
        """The worst gap and, if it was sampled, where every thread was meanwhile."""
        text = (
            f"GUI thread blocked {self.worst * 1000:.0f} ms at worst "
            f"({self.worst_raw * 1000:.0f} ms wall); gaps over 30 ms "
            f"(start s, gap s, blocked s): {self.gaps}; collections over 10 ms "
            f"(generation, s): {self.collections}"
        )
        return f"{text}\n{self.worst_stacks}" if self.worst_stacks else text
