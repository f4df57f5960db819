"""Connectivity to the central: `online`, `degraded` or `offline`, with backoff.

Measured, not assumed: the heartbeat (sync.heartbeat) asks the central for a signed
answer on its own schedule whatever the outbox holds, and every real exchange of a sync
round counts too. A round that made no network call (an empty outbox) records nothing.

- online: the last exchange succeeded within SLOW_S;
- degraded: a slow answer (over SLOW_S), a partial one (the central answered but part
  of the round failed), or fewer than OFFLINE_AFTER failures in a row after a success;
- offline: OFFLINE_AFTER failures in a row, or never reached. Records made now carry
  `recorded_offline: true` and are re-screened by the central when they arrive.

A stored state is only as good as its age: when nobody has measured for a while (no
heartbeat running: the window closed and no daemon), `effective_state` ages an `online`
into `degraded` and then `offline` (`FRESH_S`, `STALE_S`, scaled by the interval of the
last process that measured). Ages are taken on the real clock (`time.time()`), not the
test clock offset of sync.clock.

The state lives in the store's settings (`sync.connectivity`) so that every process on
the profile (the GUI, a command, the headless scheduler) sees the same one. After a
failure the next attempt waits `backoff(failures)`: exponential, capped, with full
jitter so that a hall of counters does not hammer a recovering central in step.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection

from local_store import settings
from sync import clock

KEY = "sync.connectivity"
ONLINE, DEGRADED, OFFLINE = "online", "degraded", "offline"
OFFLINE_AFTER = 3
BASE_S = 2.0
CAP_S = 300.0
SLOW_S = 2.0  # an answer slower than this is `degraded`
HEARTBEAT_S = 5.0  # default heartbeat interval
# Without a fresh measurement: `online` turns `degraded` after FRESH_S (or 2 intervals +
# 10 s) and `offline` after STALE_S (or 4 intervals + 10 s).
FRESH_S = 30.0
STALE_S = 60.0


@dataclass
class Connectivity:
    state: str = OFFLINE
    since: str | None = None
    failures: int = 0
    last_ok: str | None = None
    last_error: str | None = None
    next_attempt: str | None = None
    # Added with the heartbeat (older states lack them: defaults apply).
    last_contact: float | None = None  # epoch seconds of the central's last answer
    latency_ms: int | None = None  # of the last heartbeat
    heartbeat_s: float | None = None  # interval of the process that measured last
    clock_skew_s: float | None = None  # central's signed time minus ours
    central_heads: dict[str, int] | None = None  # dataset -> version, from the heartbeat
    partial: str | None = None  # why the last answered exchange was incomplete


def backoff(failures: int, rng: random.Random | None = None) -> float:
    """Seconds to wait after `failures` consecutive failures (full jitter)."""
    if failures <= 0:
        return 0.0
    ceiling = min(CAP_S, BASE_S * 2 ** (failures - 1))
    return (rng or random).uniform(ceiling / 2, ceiling)


def load(conn: Connection) -> Connectivity:
    raw = settings.get(conn, KEY) or {}
    known = {k: raw[k] for k in Connectivity.__dataclass_fields__ if k in raw}
    return Connectivity(**known)


def current(conn: Connection) -> dict[str, Any]:
    """The whole state (since, failures, last_ok, last_error, next_attempt)."""
    return asdict(load(conn))


def _limits(c: Connectivity) -> tuple[float, float]:
    hb = c.heartbeat_s or HEARTBEAT_S
    return max(FRESH_S, 2 * hb + 10), max(STALE_S, 4 * hb + 10)


def effective_state(c: Connectivity, now: float | None = None) -> str:
    """The stored state, aged: nobody vouches for `online` past its freshness."""
    if c.state == OFFLINE:
        return OFFLINE
    contact = c.last_contact
    if contact is None:  # a state written before the heartbeat existed: trust last_ok
        if c.last_ok is None:
            return OFFLINE
        contact = dt.datetime.fromisoformat(c.last_ok).timestamp()
    age = (time.time() if now is None else now) - contact
    fresh, stale = _limits(c)
    if age > stale:
        return OFFLINE
    if age > fresh:
        return DEGRADED
    return c.state


def state_of(conn: Connection) -> str:
    """`status --json` `connectivity`: online, degraded or offline (never reached: offline)."""
    return effective_state(load(conn))


def last_contact_s(conn: Connection, now: float | None = None) -> float | None:
    """Seconds since the central last answered (None: never)."""
    c = load(conn)
    contact = c.last_contact
    if contact is None and c.last_ok is not None:
        contact = dt.datetime.fromisoformat(c.last_ok).timestamp()
    if contact is None:
        return None
    return max(0.0, round((time.time() if now is None else now) - contact, 1))


def _save(conn: Connection, c: Connectivity) -> None:
    settings.put(conn, KEY, asdict(c))


def record_success(
    conn: Connection,
    *,
    latency_s: float | None = None,
    partial: str | None = None,
    heartbeat_s: float | None = None,
    clock_skew_s: float | None = None,
    central_heads: dict[str, int] | None = None,
) -> Connectivity:
    """The central answered. `online`, or `degraded` when the answer was slow (over
    SLOW_S) or `partial` (what failed). Resets the failure count and the backoff, so
    that the outbox drains at once when the central comes back."""
    c = load(conn)
    now = clock.now_iso()
    new_state = DEGRADED if partial or (latency_s is not None and latency_s > SLOW_S) else ONLINE
    if c.state != new_state:
        c.since = now
    c.state, c.failures, c.last_ok, c.last_error, c.next_attempt = new_state, 0, now, None, None
    c.last_contact = time.time()
    c.partial = partial
    if latency_s is not None:
        c.latency_ms = round(latency_s * 1000)
        if latency_s > SLOW_S and not partial:
            c.partial = f"slow answer ({latency_s:.1f} s)"
    if heartbeat_s is not None:
        c.heartbeat_s = heartbeat_s
    if clock_skew_s is not None:
        c.clock_skew_s = round(clock_skew_s, 1)
    if central_heads is not None:
        c.central_heads = central_heads
    _save(conn, c)
    return c


def record_failure(conn: Connection, error: str) -> Connectivity:
    c = load(conn)
    now = clock.now()
    c.failures += 1
    new_state = (
        OFFLINE
        if c.failures >= OFFLINE_AFTER or c.last_ok is None or effective_state(c) == OFFLINE
        else DEGRADED
    )
    if new_state != c.state:
        c.since = now.isoformat()
    c.state = new_state
    c.last_error = error[:300]
    c.next_attempt = (now + dt.timedelta(seconds=backoff(c.failures))).isoformat()
    _save(conn, c)
    return c


def due(conn: Connection) -> bool:
    """Whether the backoff allows an attempt now."""
    c = load(conn)
    if not c.next_attempt:
        return True
    return clock.now() >= dt.datetime.fromisoformat(c.next_attempt)


def is_offline(conn: Connection) -> bool:
    return state_of(conn) == OFFLINE
