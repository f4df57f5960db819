"""What the supervisor console and the records list show and do (Qt-free)."""

from __future__ import annotations

from typing import Any

from desktop import officers
from desktop.inspection import emergency
from desktop.officers import Session
from local_store import audit, journal


def console_state(session: Session) -> dict[str, Any]:
    """Emergency mode, unacknowledged post-hoc alerts, parked records, locked officers."""
    from sync import alerts

    with session.store.read() as conn:
        state = {
            "emergency": emergency.status(conn),
            "alerts": alerts.listing(conn, unacknowledged_only=True),
            "parked": [{"seq": e.seq, "recorded_at": e.recorded_at, "kind": e.kind,
                        "reason": e.last_error or ""} for e in journal.parked(conn)],
        }
    state["locked"] = [o for o in officers.list_officers(session) if o["locked_until"]]
    return state


def acknowledge_alert(session: Session, uuid: str) -> bool:
    from sync import alerts

    session.require("supervisor", "installer", action="acknowledging alerts")
    with session.store.write() as conn:
        return alerts.acknowledge(conn, uuid, session.user)


def declare_emergency(session: Session, reason: str) -> dict[str, Any]:
    session.require("supervisor", "installer", action="declaring emergency mode")
    return emergency.declare(session.store, session.user, reason)


def end_emergency(session: Session) -> dict[str, Any]:
    session.require("supervisor", "installer", action="ending emergency mode")
    return emergency.end(session.store, session.user)


def requeue_record(session: Session, seq: int) -> bool:
    """Send a record the central refused once more (after its cause was dealt with)."""
    session.require("supervisor", "installer", action="resending a refused record")
    with session.store.write() as conn:
        done = journal.requeue(conn, seq)
        if done:
            audit.append(conn, session.user, "outbox_requeued", {"seq": seq})
    return done


def recent_records(session: Session, limit: int = 200) -> list[journal.JournalEntry]:
    """The latest journal entries, newest first."""
    with session.store.read() as conn:
        return list(reversed(journal.recent(conn, limit)))


def ensure_name_keys(session: Session) -> list[str]:
    """The name blocking keys rebuilt if a software update changed them (the datasets
    rebuilt); the window runs it once after login."""
    from desktop.screening import ensure_ready

    return ensure_ready(session.store)


def log_out(session: Session) -> None:
    with session.store.write() as conn:
        audit.append(conn, session.user, "logout", {})
