"""What `status --json` and the status bar show: mode, connectivity, replica, outbox."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection

from local_store import journal, settings
from sync import connectivity

# Settings keys written by other parts of the workstation.
EMERGENCY_KEY = "emergency"  # {active, since, reason, declared_by}
CONNECTIVITY_KEY = "sync.connectivity"  # {state: online|degraded|offline, since, ...}


def replica_status(conn: Connection, now: dt.datetime | None = None) -> dict[str, Any]:
    """Per dataset: version, age_s, stale, rows (and `loading` during a chunked load).
    The rules are sync's (sync.replica_pull.status): age since the central last confirmed the
    version current, stale past the signed head's expiry or when never confirmed."""
    from sync import replica_pull

    return replica_pull.status(conn, now)


def last_contact(conn: Connection) -> dt.datetime | None:
    """When the central last answered (None: never). Read here only, so that a measured
    heartbeat can back it later without its readers changing."""
    last = connectivity.load(conn).last_ok
    return dt.datetime.fromisoformat(last) if last else None


def connectivity_state(conn: Connection) -> str:
    """The measured connectivity, aged (sync.connectivity.effective_state): online,
    degraded or offline. What records, the status bar and the policies go by."""
    return connectivity.state_of(conn)


def last_contact_s(conn: Connection) -> float | None:
    """Seconds since the central last answered (None: never)."""
    return connectivity.last_contact_s(conn)


def connectivity_detail(conn: Connection) -> dict[str, Any]:
    """For the status bar and `status --json`: since, failures, last_error, latency_ms,
    clock_skew_s, heartbeat_s, partial (the stored measurement, not aged)."""
    c = connectivity.current(conn)
    keys = (
        "since",
        "failures",
        "last_error",
        "latency_ms",
        "clock_skew_s",
        "heartbeat_s",
        "partial",
    )
    return {k: c.get(k) for k in keys}


def workstation_status(conn: Connection, now: dt.datetime | None = None) -> dict[str, Any]:
    emergency = settings.get(conn, EMERGENCY_KEY) or {}
    counts = journal.counts(conn)
    return {
        "workstation": settings.get(conn, "workstation_id"),
        "port": settings.get(conn, "workstation.port"),  # set at enrollment (issue 17)
        "mode": "emergency" if emergency.get("active") else "normal",
        "connectivity": connectivity_state(conn),
        "last_contact_s": last_contact_s(conn),
        "connectivity_detail": connectivity_detail(conn),
        "enrolled": settings.get(conn, "sync.enrollment") is not None,
        "replica": replica_status(conn, now),
        "outbox": {"pending": counts["pending"], "parked": counts["parked"]},
        "journal": {"records": journal.last_seq(conn)},
    }


def status_bar(session: Any) -> dict[str, Any]:
    """What the window's status bar shows: `workstation_status` plus the reader (blocking:
    the database and pcscd; the window runs it on a worker)."""
    with session.store.read() as conn:
        status = workstation_status(conn)
    status["reader"] = reader_state()
    return status


def store_status(path: Any) -> dict[str, Any]:
    """`status` `store`: `ok` and the incidents nobody has cleared yet (local_store.integrity:
    damage, a deleted WAL, an older copy restored), with what to do. Reads a small file."""
    from pathlib import Path

    from local_store import integrity

    path = Path(getattr(path, "path", path))
    found = integrity.open_incidents(path)
    out: dict[str, Any] = {"ok": not found, "incidents": [i.as_json() for i in found]}
    if found:
        last = found[-1]
        out["message"] = str(
            integrity.StoreDamaged(path, last.problem, last.detail, rescued=not last.blocking)
        )
    return out


def reader_state() -> dict[str, Any]:
    """PC/SC readers and whether a card is present: {service, readers: [{name, card}]}.

    Blocking (talks to pcscd): call it off the GUI thread."""
    try:
        from smartcard.scard import (
            SCARD_S_SUCCESS,
            SCARD_SCOPE_USER,
            SCARD_STATE_PRESENT,
            SCARD_STATE_UNAWARE,
            SCardEstablishContext,
            SCardGetStatusChange,
            SCardListReaders,
            SCardReleaseContext,
        )
    except ImportError:
        return {"service": False, "readers": []}
    rc, ctx = SCardEstablishContext(SCARD_SCOPE_USER)
    if rc != SCARD_S_SUCCESS:
        return {"service": False, "readers": []}
    try:
        rc, names = SCardListReaders(ctx, [])
        if rc != SCARD_S_SUCCESS or not names:
            return {"service": True, "readers": []}
        rc, states = SCardGetStatusChange(ctx, 0, [(n, SCARD_STATE_UNAWARE) for n in names])
        present = {s[0]: bool(s[1] & SCARD_STATE_PRESENT) for s in states} if rc == 0 else {}
        return {
            "service": True,
            "readers": [{"name": n, "card": present.get(n, False)} for n in names],
        }
    finally:
        SCardReleaseContext(ctx)
