"""What the supervisor console and the records list show and do (Qt-free)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, func, or_

from desktop import officers
from desktop.errors import UsageError
from desktop.inspection import emergency
from desktop.messages import define, msg
from desktop.officers import Session
from local_store import audit, journal
from local_store.schema import journal as journal_table


def console_state(session: Session) -> dict[str, Any]:
    """Emergency mode, unacknowledged post-hoc alerts (each with its traveller and local
    record), parked records, locked officers."""
    from sync import alerts

    with session.store.read() as conn:
        state = {
            "emergency": emergency.status(conn),
            "alerts": [
                _with_record(conn, a) for a in alerts.listing(conn, unacknowledged_only=True)
            ],
            "parked": [
                {
                    "seq": e.seq,
                    "recorded_at": e.recorded_at,
                    "kind": e.kind,
                    "reason": e.last_error or "",
                }
                for e in journal.parked(conn)
            ],
        }
    state["locked"] = [o for o in officers.list_officers(session) if o["locked_until"]]
    return state


def _with_record(conn: Connection, alert: dict[str, Any]) -> dict[str, Any]:
    """The alert with the local record it is about (found by its uuid in the journal):
    `record` {seq, recorded_at, decision, direction} or None, and the traveller's `name`
    and `document_number` from that record ("" when this journal does not hold it)."""
    entry = journal.by_uuid(conn, alert["record_uuid"])
    rec = entry.record if entry is not None else {}
    return {
        **alert,
        "record": None if entry is None else {
            "seq": entry.seq, "recorded_at": entry.recorded_at,
            "decision": rec.get("decision"), "direction": rec.get("direction")},
        "name": traveller_name(rec),
        "document_number": rec.get("document_number") or "",
    }  # fmt: skip


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


def recent_records(
    session: Session, limit: int = 200, search: str = ""
) -> list[journal.JournalEntry]:
    """The latest journal entries, newest first (inspections and emergency declarations,
    `kind` says which); with `search`, only those whose traveller's name, document number
    or officer (the supervisor of a declaration) contains it, in any case."""
    with session.store.read() as conn:
        return _recent(conn, limit, search)


def _recent(conn: Connection, limit: int, search: str) -> list[journal.JournalEntry]:
    words = search.split()
    if not words:
        return journal.recent(conn, limit)

    def field(name: str) -> Any:
        return func.coalesce(func.json_extract(journal_table.c.record, f"$.{name}"), "")

    # Every word in one of the fields: "lin an", "N1234", "chen". The journal is
    # scanned (JSON fields have no index): ~20,000 records of an outage day in tens of ms.
    name = field("surname").concat(" ").concat(field("given_names"))
    fields = (name, field("document_number"), field("officer"), field("supervisor"))
    cond = and_(*(or_(*(f.like(f"%{_escaped(w)}%", escape="\\") for f in fields))
                  for w in words))  # fmt: skip
    return journal.latest(conn, cond, limit)


def _escaped(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True)
class RecordsListing:
    """What the records list shows: the entries for `search`, and the journal's `mark`."""

    search: str
    mark: tuple[int, ...]
    entries: list[journal.JournalEntry]


def records_mark(session: Session) -> tuple[int, ...]:
    """Changes when a record is added or its delivery state changes (by this window, a
    second one, `inspect` or `sync --daemon` alike): the last seq and the outbox counts.
    Cheap enough to poll while the records list is shown."""
    with session.store.read() as conn:
        return _mark(conn)


def _mark(conn: Connection) -> tuple[int, ...]:
    counts = journal.counts(conn)
    return (journal.last_seq(conn), *(counts[s] for s in journal.STATES))


def records_listing(session: Session, search: str = "", limit: int = 200) -> RecordsListing:
    """The records list's content in one read: the entries and the mark they match."""
    with session.store.read() as conn:
        return RecordsListing(search, _mark(conn), _recent(conn, limit, search))


def traveller_name(record: dict[str, Any]) -> str:
    return " ".join(x for x in (record.get("surname"), record.get("given_names")) if x)


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


def emergency_log_rows(
    session: Session, kind: str | None, actor: str | None
) -> list[dict[str, Any]]:
    from desktop import emergency_log

    session.require("supervisor", "installer", action="reading the emergency log")
    with session.store.read() as conn:
        return emergency_log.entries(conn, kinds=[kind] if kind else None, actor=actor or None)


define(
    {
        "export.cannot_write": "cannot write {path}: {detail}",
        "export.no_directory": "cannot write {path}: the folder {directory} does not exist",
    }
)


def _write_export(path: str, text: str) -> None:
    """Write an export whole or not at all (a full disk leaves no half file), and say
    why not in the officer's language."""
    from pathlib import Path

    from sync import files

    directory = Path(path).parent
    if not directory.is_dir():
        raise UsageError(msg("export.no_directory", path=path, directory=str(directory)))
    try:
        files.write_private(path, lambda f: f.write(text.encode("utf-8")))
    except (files.InputError, OSError) as e:
        detail = str(e).removeprefix(f"cannot write {path}: ")
        if isinstance(e, OSError) and e.strerror:
            detail = e.strerror
        raise UsageError(msg("export.cannot_write", path=path, detail=detail)) from None


def export_emergency_log(session: Session, rows: list[dict[str, Any]], path: str) -> str:
    from desktop import emergency_log

    _write_export(path, emergency_log.to_csv(rows))
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


def build_report(
    session: Session, since: dt.datetime, until: dt.datetime, emergency_only: bool
) -> dict[str, Any]:
    from desktop import reports

    session.require("supervisor", "installer", action="reports")
    return reports.build(
        session.store, since, until, emergency_only=emergency_only, generated_by=session.user
    )


def export_report_csv(session: Session, report: dict[str, Any], path: str) -> str:
    from desktop import reports

    _write_export(path, reports.to_csv(report))
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
