"""Connectivity to the central: `online`, `degraded` or `offline`, with backoff.

- online: the last exchange succeeded;
- degraded: the last exchanges failed, but fewer than OFFLINE_AFTER in a row and the
  last success is recent (a blip: a 503, a dropped connection);
- offline: OFFLINE_AFTER failures in a row, or never reached. Records made now carry
  `recorded_offline: true` and are re-screened by the central when they arrive.

The state lives in the store's settings (`sync.connectivity`) so that every process on
the profile (the GUI, a command, the headless scheduler) sees the same one. After a
failure the next attempt waits `backoff(failures)`: exponential, capped, with full
jitter so that a hall of counters does not hammer a recovering central in step.
"""

from __future__ import annotations

import datetime as dt
import random
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


@dataclass
class Connectivity:
    state: str = OFFLINE
    since: str | None = None
    failures: int = 0
    last_ok: str | None = None
    last_error: str | None = None
    next_attempt: str | None = None


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


def state_of(conn: Connection) -> str:
    """`status --json` `connectivity`: online, degraded or offline (never reached: offline)."""
    return load(conn).state


def _save(conn: Connection, c: Connectivity) -> None:
    settings.put(conn, KEY, asdict(c))


def record_success(conn: Connection) -> Connectivity:
    c = load(conn)
    now = clock.now_iso()
    if c.state != ONLINE:
        c.since = now
    c.state, c.failures, c.last_ok, c.last_error, c.next_attempt = ONLINE, 0, now, None, None
    _save(conn, c)
    return c


def record_failure(conn: Connection, error: str) -> Connectivity:
    c = load(conn)
    now = clock.now()
    c.failures += 1
    new_state = OFFLINE if c.failures >= OFFLINE_AFTER or c.last_ok is None else DEGRADED
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
    return load(conn).state == OFFLINE
