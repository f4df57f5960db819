"""What the supervisor console and the records list show and do (Qt-free)."""

from __future__ import annotations

import datetime as dt
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


# --- what the window's other supervisor views read and do (ui/ opens no transaction) ----


def emergency_suggestion(session: Session) -> dict[str, Any] | None:
    """Whether to offer emergency mode (`emergency.suggestion`)."""
    with session.store.read() as conn:
        return emergency.suggestion(conn)


def emergency_log_rows(session: Session, kind: str | None, actor: str | None
                       ) -> list[dict[str, Any]]:
    from desktop import emergency_log

    session.require("supervisor", "installer", action="reading the emergency log")
    with session.store.read() as conn:
        return emergency_log.entries(conn, kinds=[kind] if kind else None, actor=actor or None)


def export_emergency_log(session: Session, rows: list[dict[str, Any]], path: str) -> str:
    from pathlib import Path

    from desktop import emergency_log

    Path(path).write_text(emergency_log.to_csv(rows), encoding="utf-8")
    emergency_log.audit_export(session.store, session.user, len(rows), path)
    return path


def stale_policies(session: Session) -> tuple[dict[str, dict[str, Any]], dict[str, Any] | None]:
    """The stale-list policy in force, and the central's last refused update if any."""
    from desktop.inspection import stale_policy

    with session.store.read() as conn:
        return stale_policy.effective(conn), stale_policy.central_update_refused(conn)


def change_policy(session: Session, name: str, value: Any, reason: str) -> dict[str, Any]:
    from desktop.inspection import stale_policy

    session.require("supervisor", "installer", action="changing a policy")
    return stale_policy.set_local(session.store, session.user, name, value, reason)


def reset_policy(session: Session) -> list[str]:
    from desktop.inspection import stale_policy

    session.require("supervisor", "installer", action="resetting a policy")
    return stale_policy.reset_local(session.store, session.user)


def build_report(session: Session, since: dt.datetime, until: dt.datetime,
                 emergency_only: bool) -> dict[str, Any]:
    from desktop import reports

    session.require("supervisor", "installer", action="reports")
    return reports.build(session.store, since, until, emergency_only=emergency_only,
                         generated_by=session.user)


def export_report_csv(session: Session, report: dict[str, Any], path: str) -> str:
    from pathlib import Path

    from desktop import reports

    Path(path).write_text(reports.to_csv(report), encoding="utf-8")
    reports.audit_export(session.store, session.user, report, [path])
    return path


def audit_report_export(session: Session, report: dict[str, Any], paths: list[str]) -> None:
    """A report written elsewhere (the window's PDF) goes into the audit log."""
    from desktop import reports

    reports.audit_export(session.store, session.user, report, paths)


def face_threshold(session: Session) -> float:
    """This workstation's face threshold (settings), else the default."""
    from desktop.biometrics import verify

    with session.store.read() as conn:
        return verify.workstation_threshold(conn)


def arriving_flights(session: Session) -> dict[str, Any]:
    """This counter's port and its flights due (from 6 hours ago on), from the replica:
    the supervisor places officers before the doors open, also with the central down."""
    from desktop import expected
    from local_store import settings

    session.require("supervisor", "installer", action="listing arriving flights")
    with session.store.read() as conn:
        return {"port": settings.get(conn, expected.PORT_KEY),
                "flights": expected.arriving_flights(conn)}  # fmt: skip
