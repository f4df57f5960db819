"""Emergency mode: a supervisor's declaration that the central system is down and the
counters work on their local replica under emergency policy. Inspections go on offline
whether or not it is declared; the mode is recorded in every record (`emergency`) so
that the central re-screens those records when they arrive.

Declaring and ending are journal entries too (kind `emergency`): the central learns
when and by whom, in sequence with the records.
"""

from __future__ import annotations

import uuid as uuidlib
from typing import Any

from sqlalchemy import Connection

from desktop.errors import UsageError
from local_store import Store, audit, journal, settings
from sync import clock

KEY = "emergency"  # desktop.status reads the same key


def status(conn: Connection) -> dict[str, Any]:
    s = settings.get(conn, KEY) or {}
    return {
        "active": bool(s.get("active")),
        "since": s.get("since"),
        "reason": s.get("reason"),
        "declared_by": s.get("declared_by"),
    }


def declare(store: Store, supervisor: str, reason: str) -> dict[str, Any]:
    reason = reason.strip()
    if not reason:
        raise UsageError("--reason must say why (it goes into the record)")
    with store.write() as conn:
        current = status(conn)
        if current["active"]:
            raise UsageError(
                f"emergency mode is already active (since {current['since']}, "
                f"declared by {current['declared_by']})"
            )
        now = clock.now_iso()
        new = {"active": True, "since": now, "reason": reason, "declared_by": supervisor}
        settings.put(conn, KEY, new)
        _journal(conn, "declare", supervisor, reason, now)
        audit.append(conn, supervisor, "emergency_declared", {"reason": reason})
    return new


def end(store: Store, supervisor: str) -> dict[str, Any]:
    with store.write() as conn:
        current = status(conn)
        if not current["active"]:
            raise UsageError("emergency mode is not active")
        now = clock.now_iso()
        new = {"active": False, "since": None, "reason": None, "declared_by": None}
        settings.put(conn, KEY, new)
        _journal(conn, "end", supervisor, current["reason"], now, declared_at=current["since"])
        audit.append(conn, supervisor, "emergency_ended", {"declared_at": current["since"]})
    return new


def _journal(
    conn: Connection, action: str, who: str, reason: str | None, at: str, **extra: Any
) -> None:
    workstation = settings.get(conn, "workstation_id")
    journal.append(
        conn,
        uuid=str(uuidlib.uuid4()),
        kind="emergency",
        recorded_at=at,
        record={
            "action": action,
            "supervisor": who,
            "reason": reason,
            "workstation": workstation,
            **extra,
        },
    )
