"""The emergency log: what supervisors need to reconstruct an outage — declarations,
ends, overrides, policy changes, logins, exports — read from the hash-chained audit log
(never from a copy), filterable, exportable as CSV. Qt-free; the window's view and
`emergency log` use it alike. The audit log holds no traveller data, so neither does this.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

from sqlalchemy import Connection, or_, select

from desktop.glossary import term
from desktop.messages import CATALOGUE, Message, define, joined, msg
from local_store import Store, audit
from local_store.schema import audit_log

# kind -> audit events
EVENTS: dict[str, tuple[str, ...]] = {
    "declaration": ("emergency_declared",),
    "end": ("emergency_ended",),
    "override": ("override_authorised", "override_refused", "inspection_recorded"),
    "policy": ("policy_changed",),
    "login": ("login", "login_refused", "login_failed", "locked_out", "logout"),
    "export": ("journal_exported", "report_exported", "emergency_log_exported"),
}
KINDS = tuple(EVENTS)
_KIND_OF = {e: k for k, events in EVENTS.items() for e in events}
COLUMNS = ("id", "at", "kind", "event", "actor", "summary", "detail")


define(
    {
        "log.declared": "declared: {reason}",
        "log.declared_replica": "declared: {reason} (replica {lists})",
        "log.ended": "ended (declared {at})",
        "log.override_record": "override: record {seq} {decision}",
        "log.override_authorised": "override authorised for {name}",
        "log.override_refused": "override refused for {name}",
        "log.override_refused_why": "override refused for {name} ({why})",
        "log.role": "role {role}",
        "log.online": "online",
        "log.policy_reset": "{scope} reset {names} ({why})",
        "log.policy_names": "{scope}: {names}",
        "log.policy_set": "{scope}: {name} = {value} ({reason})",
        "log.scope.local": "local",
        "log.scope.central": "central",
        "log.with_purpose": "{event} ({purpose})",
        "log.exported": "{event}: {file}",
        "log.event.login": "login",
        "log.event.login_refused": "login refused",
        "log.event.login_failed": "login failed",
        "log.event.locked_out": "locked out",
        "log.event.logout": "logout",
        "log.event.journal_exported": "journal exported",
        "log.event.report_exported": "report exported",
        "log.event.emergency_log_exported": "emergency log exported",
    }
)


def _event(event: str) -> Message | str:
    code = f"log.event.{event}"
    return msg(code) if code in CATALOGUE else event.replace("_", " ")


def _summary(event: str, d: dict[str, Any]) -> Message | str:
    """One line per entry, coded so that the window shows it in the officer's language
    (its string value, for the CSV and the command line, is the English)."""
    if event == "emergency_declared":
        lists = ", ".join(f"{k} v{v.get('version')}" for k, v in (d.get("replica") or {}).items())
        reason = str(d.get("reason"))
        if lists:
            return msg("log.declared_replica", reason=reason, lists=lists)
        return msg("log.declared", reason=reason)
    if event == "emergency_ended":
        return msg("log.ended", at=str(d.get("declared_at"))[:16])
    if event == "inspection_recorded":
        return msg(
            "log.override_record",
            seq=str(d.get("seq")),
            decision=term("decision", str(d.get("decision"))),
        )
    if event == "override_authorised":
        return msg("log.override_authorised", name=str(d.get("for", "?")))
    if event == "override_refused":
        # Offline refusals name the role; the central's (F12 online) name the reason.
        why: list[Message | str] = []
        if d.get("role"):
            why.append(msg("log.role", role=term("role", str(d["role"]))))
        if d.get("reason"):
            why.append(str(d["reason"]))
        if d.get("mode") == "online":
            why.append(msg("log.online"))
        name = str(d.get("for", "?"))
        if why:
            return msg("log.override_refused_why", name=name, why=joined(why, ", "))
        return msg("log.override_refused", name=name)
    if event == "policy_changed":
        code = f"log.scope.{d.get('scope')}"
        scope = msg(code) if code in CATALOGUE else str(d.get("scope"))
        if "reset" in d:
            return msg(
                "log.policy_reset", scope=scope, names=", ".join(d["reset"]), why=str(d.get("why"))
            )
        if "names" in d:
            return msg("log.policy_names", scope=scope, names=", ".join(d["names"]))
        return msg(
            "log.policy_set",
            scope=scope,
            name=str(d.get("name")),
            value=json.dumps(d.get("new")),
            reason=str(d.get("reason")),
        )
    if event.startswith("login") or event in ("logout", "locked_out"):
        if d.get("purpose"):
            return msg("log.with_purpose", event=_event(event), purpose=str(d["purpose"]))
        return _event(event)
    if event.endswith("_exported"):
        return msg("log.exported", event=_event(event), file=str(d.get("file", "")))
    return event


def entries(
    conn: Connection,
    *,
    kinds: list[str] | tuple[str, ...] | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    actor: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Oldest first. `since` inclusive, `until` exclusive."""
    kinds = tuple(kinds or KINDS)
    events = [e for k in kinds for e in EVENTS[k]]
    c = audit_log.c
    q = select(audit_log).where(c.event.in_(events)).order_by(c.id)
    if "override" in kinds:
        # Records are audited all, overrides only matter: filter in SQL (sorted-key JSON).
        q = q.where(or_(c.event != "inspection_recorded", c.detail.like('%"override": true%')))
    if actor:
        q = q.where(c.actor == actor.strip().lower())
    out = []
    for r in conn.execute(q):
        at = dt.datetime.fromisoformat(r.at)
        if (since and at < since) or (until and at >= until):
            continue
        d = json.loads(r.detail)
        out.append(
            {
                "id": r.id,
                "at": r.at,
                "kind": _KIND_OF[r.event],
                "event": r.event,
                "actor": r.actor,
                "summary": _summary(r.event, d),
                "detail": d,
            }
        )
    return out[-limit:] if limit else out


def to_csv(rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for r in rows:
        w.writerow(
            [
                r["id"],
                r["at"],
                r["kind"],
                r["event"],
                r["actor"],
                r["summary"],
                json.dumps(r["detail"], ensure_ascii=False, sort_keys=True),
            ]
        )
    return buf.getvalue()


def audit_export(store: Store, actor: str, count: int, file: str) -> None:
    with store.write() as conn:
        audit.append(conn, actor, "emergency_log_exported", {"rows": count, "file": file})
