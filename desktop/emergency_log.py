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


def _summary(event: str, d: dict[str, Any]) -> str:
    if event == "emergency_declared":
        lists = ", ".join(f"{k} v{v.get('version')}" for k, v in (d.get("replica") or {}).items())
        return f"declared: {d.get('reason')}" + (f" (replica {lists})" if lists else "")
    if event == "emergency_ended":
        return f"ended (declared {str(d.get('declared_at'))[:16]})"
    if event == "inspection_recorded":
        return f"override: record {d.get('seq')} {d.get('decision')}"
    if event == "override_authorised":
        return f"override authorised for {d.get('for', '?')}"
    if event == "override_refused":
        # Offline refusals name the role; the central's (F12 online) name the reason.
        why = [f"role {d['role']}" if d.get("role") else "",
               str(d.get("reason") or ""), "online" if d.get("mode") == "online" else ""]
        return f"override refused for {d.get('for', '?')}" + (
            f" ({', '.join(w for w in why if w)})" if any(why) else "")
    if event == "policy_changed":
        if "reset" in d:
            return f"{d.get('scope')} reset {', '.join(d['reset'])} ({d.get('why')})"
        if "names" in d:
            return f"{d.get('scope')}: {', '.join(d['names'])}"
        return f"{d.get('scope')}: {d.get('name')} = {json.dumps(d.get('new'))} ({d.get('reason')})"
    if event.startswith("login") or event in ("logout", "locked_out"):
        return event.replace("_", " ") + (f" ({d['purpose']})" if d.get("purpose") else "")
    if event.endswith("_exported"):
        return f"{event.replace('_', ' ')}: {d.get('file', '')}"
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
