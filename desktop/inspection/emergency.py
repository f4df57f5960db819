"""Emergency mode: a supervisor's declaration that the central system is down and the
counters work on their local replica under emergency policy. Inspections go on offline
whether or not it is declared; the mode is recorded in every record (`emergency`) so
that the central re-screens those records when they arrive.

Declaring and ending are journal entries too (kind `emergency`): the central learns
when and by whom, in sequence with the records. A declaration records the replica in
force (per list: version, age, stale), so the emergency report can say what the
counters screened against. Ending it drops the supervisors' local policy changes
(`stale_policy`): back to the central's signed policy.

`suggestion` tells the supervisor's window when to offer the declaration: the central
unreachable for longer than the policy `emergency.suggest_after_s` (default 5 min).
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from typing import Any

from sqlalchemy import Connection

from desktop.errors import UsageError
from desktop.messages import define, msg
from local_store import Store, audit, journal, settings
from sync import clock, connectivity

KEY = "emergency"  # desktop.status reads the same key

define(
    {
        "emergency.reason_needed": "--reason must say why (it goes into the record)",
        "emergency.already_active": "emergency mode is already active (since {since}, "
        "declared by {who})",
        "emergency.not_active": "emergency mode is not active",
    }
)


def status(conn: Connection) -> dict[str, Any]:
    s = settings.get(conn, KEY) or {}
    return {
        "active": bool(s.get("active")),
        "since": s.get("since"),
        "reason": s.get("reason"),
        "declared_by": s.get("declared_by"),
        "replica": s.get("replica"),
    }


def replica_in_force(conn: Connection) -> dict[str, Any]:
    from sync import replica_pull

    return {
        ds: {"version": r["version"], "age_s": r["age_s"], "stale": r["stale"]}
        for ds, r in replica_pull.status(conn).items()
    }


def declare(store: Store, supervisor: str, reason: str) -> dict[str, Any]:
    reason = reason.strip()
    if not reason:
        raise UsageError(msg("emergency.reason_needed"))
    with store.write() as conn:
        current = status(conn)
        if current["active"]:
            raise UsageError(
                msg("emergency.already_active", since=current["since"], who=current["declared_by"])
            )
        now = clock.now_iso()
        lists = replica_in_force(conn)
        new = {
            "active": True,
            "since": now,
            "reason": reason,
            "declared_by": supervisor,
            "replica": lists,
        }
        settings.put(conn, KEY, new)
        _journal(conn, "declare", supervisor, reason, now, replica=lists)
        audit.append(conn, supervisor, "emergency_declared", {"reason": reason, "replica": lists})
    return new


def end(store: Store, supervisor: str) -> dict[str, Any]:
    with store.write() as conn:
        current = status(conn)
        if not current["active"]:
            raise UsageError(msg("emergency.not_active"))
        now = clock.now_iso()
        new = {"active": False, "since": None, "reason": None, "declared_by": None}
        settings.put(conn, KEY, new)
        _journal(conn, "end", supervisor, current["reason"], now, declared_at=current["since"])
        audit.append(conn, supervisor, "emergency_ended", {"declared_at": current["since"]})
        from desktop.inspection import stale_policy

        stale_policy.drop_local(conn, supervisor, why="emergency ended")
    return {**new, "replica": None}


def suggestion(conn: Connection, now: dt.datetime | None = None) -> dict[str, Any] | None:
    """`{unreachable_s, threshold_s, last_contact}` when the supervisor should be offered
    emergency mode (enrolled, not declared, the central unreachable past the threshold),
    else None. The unreachable time runs from the last successful exchange (or, when
    there was none, from when the workstation went offline)."""
    from desktop.inspection import stale_policy
    from desktop.status import last_contact

    if status(conn)["active"] or settings.get(conn, "sync.enrollment") is None:
        return None
    if connectivity.state_of(conn) == connectivity.ONLINE:
        return None
    now = now or clock.now()
    last = last_contact(conn)
    went = connectivity.load(conn).since
    since = last or (dt.datetime.fromisoformat(went) if went else None)
    if since is None:
        return None
    unreachable = (now - since).total_seconds()
    threshold = int(stale_policy.value(conn, "emergency.suggest_after_s") or 300)
    if unreachable < threshold:
        return None
    return {
        "unreachable_s": round(unreachable, 1),
        "threshold_s": threshold,
        "last_contact": last.isoformat() if last else None,
    }


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
