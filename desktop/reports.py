"""Shift and emergency reports for supervisors (Qt-free: the window's chart, the PDF and
`report --json/--csv` all render this one computation).

Counted straight from the journal (the records as written, so the report's counts are
the journal's): records in [since, until) by decision, by hour and by direction; hits by
list and severity; overrides and who made them; records not yet replayed to the
central; the replica versions and ages the records were screened against; emergency
periods that overlap the window (with the replica in force when declared). An
emergency report (`emergency_only`) counts the records made in emergency mode.

No more personal data than a supervisor needs: officers' names (who decided, who
overrode) yes; travellers' names and document numbers never.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import Counter
from typing import Any

from sqlalchemy import select

from desktop.errors import UsageError
from local_store import Store, audit, settings
from local_store.schema import journal, outbox
from protocol import DECISIONS, DIRECTIONS
from sync import clock

SEVERITIES = ("critical", "high", "medium", "low", "unknown")
MAX_FILLED_HOURS = 96  # longer windows list only the hours that have records


def parse_time(text: str, what: str) -> dt.datetime:
    """ISO 8601 date or time; without a zone it is UTC. The zone given is kept: the
    report counts its hours in the zone of `--since` (a counter's local hours)."""
    try:
        t = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{what} must be an ISO 8601 date or time, not {text!r}") from None
    return t.replace(tzinfo=dt.UTC) if t.tzinfo is None else t


def parse_period(since: str, until: str) -> tuple[dt.datetime, dt.datetime]:
    s, u = parse_time(since, "--since"), parse_time(until, "--until")
    u = u.astimezone(s.tzinfo)
    if u <= s:
        raise UsageError("--until must be after --since")
    return s, u


def zone_name(t: dt.datetime) -> str:
    """`UTC` or `UTC+08:00`: the zone the report's hours are in."""
    offset = t.utcoffset() or dt.timedelta(0)
    if not offset:
        return "UTC"
    sign = "+" if offset > dt.timedelta(0) else "-"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _hour(t: dt.datetime) -> dt.datetime:
    return t.replace(minute=0, second=0, microsecond=0)


def _zero() -> dict[str, int]:
    return dict.fromkeys((*DECISIONS, "total"), 0)


def build(
    store: Store,
    since: dt.datetime,
    until: dt.datetime,
    *,
    emergency_only: bool = False,
    generated_by: str | None = None,
) -> dict[str, Any]:
    margin = dt.timedelta(days=1)  # the text prefilter; exact times are compared below
    lo, hi = (since - margin).isoformat()[:19], (until + margin).isoformat()[:19]
    with store.read() as conn:
        workstation = settings.get(conn, "workstation_id")
        rows = conn.execute(
            select(
                journal.c.seq,
                journal.c.kind,
                journal.c.recorded_at,
                journal.c.record,
                outbox.c.state,
            )
            .join(outbox, outbox.c.seq == journal.c.seq)
            .where(
                journal.c.kind == "inspection",
                journal.c.recorded_at >= lo,
                journal.c.recorded_at <= hi,
            )
            .order_by(journal.c.seq)
        ).all()
        declarations = conn.execute(
            select(journal.c.recorded_at, journal.c.record)
            .where(journal.c.kind == "emergency")
            .order_by(journal.c.seq)
        ).all()

    zone = since.tzinfo or dt.UTC  # hours are counted in the zone the period was given in
    by_decision: Counter[str] = Counter()
    by_direction: dict[str, dict[str, int]] = {d: _zero() for d in DIRECTIONS}
    by_hour: dict[dt.datetime, dict[str, int]] = {}
    hits: dict[tuple[str, str], dict[str, int]] = {}
    overrides: list[dict[str, Any]] = []
    not_replayed: Counter[str] = Counter()
    replica: dict[str, dict[str, Any]] = {}
    stale: Counter[str] = Counter()
    offline = emergency = 0
    seqs: list[int] = []
    for r in rows:
        at = dt.datetime.fromisoformat(r.recorded_at)
        if not since <= at < until:
            continue
        rec = json.loads(r.record)
        if emergency_only and not rec.get("emergency"):
            continue
        seqs.append(r.seq)
        decision, direction = rec.get("decision"), rec.get("direction")
        by_decision[decision] += 1
        d = by_direction.setdefault(direction, _zero())
        d[decision] = d.get(decision, 0) + 1
        d["total"] += 1
        h = by_hour.setdefault(_hour(at.astimezone(zone)), _zero())
        h[decision] = h.get(decision, 0) + 1
        h["total"] += 1
        for hit in rec.get("hits") or []:
            key = (str(hit.get("dataset")), str(hit.get("severity") or "unknown"))
            entry = hits.setdefault(key, {"hits": 0, "records": 0, "seen": -1})
            entry["hits"] += 1
            if entry["seen"] != r.seq:
                entry["records"] += 1
                entry["seen"] = r.seq
        if rec.get("override"):
            overrides.append(
                {
                    "seq": r.seq,
                    "recorded_at": r.recorded_at,
                    "decision": decision,
                    "officer": rec.get("officer"),
                    "override_by": rec.get("override_by"),
                    "lists": sorted({str(h.get("dataset")) for h in rec.get("hits") or []}),
                    "stale_lists": sorted(
                        s["dataset"] for s in (rec.get("stale_policy") or {}).get("stale", [])
                    ),
                }
            )
        if r.state != "sent":
            not_replayed[r.state] += 1
        offline += bool(rec.get("recorded_offline"))
        emergency += bool(rec.get("emergency"))
        ages = rec.get("replica_age_s") or {}
        for ds, version in (rec.get("replica") or {}).items():
            e = replica.setdefault(ds, {"versions": set(), "records": 0, "max_age_s": None})
            e["versions"].add(version)
            e["records"] += 1
            age = ages.get(ds)
            if age is not None and (e["max_age_s"] is None or age > e["max_age_s"]):
                e["max_age_s"] = age
        sp = rec.get("stale_policy")
        if sp:
            stale[sp.get("action") or "none"] += 1

    hours = sorted(by_hour)
    if hours and (until - since) <= dt.timedelta(hours=MAX_FILLED_HOURS):
        t, end = _hour(since), until
        while t < end:
            by_hour.setdefault(t, _zero())
            t += dt.timedelta(hours=1)
        hours = sorted(by_hour)
    total = sum(by_decision.values())
    who: Counter[str] = Counter(str(o["override_by"]) for o in overrides)
    return {
        "kind": "emergency" if emergency_only else "shift",
        "workstation": workstation,
        "zone": zone_name(since),
        "since": since.isoformat(),
        "until": until.isoformat(),
        "generated_at": clock.now_iso(),
        "generated_by": generated_by,
        "records": total,
        "first_seq": seqs[0] if seqs else None,
        "last_seq": seqs[-1] if seqs else None,
        "by_decision": {d: by_decision.get(d, 0) for d in DECISIONS},
        "by_direction": by_direction,
        "by_hour": [{"hour": h.isoformat(), **by_hour[h]} for h in hours],
        "hits": [
            {"dataset": ds, "severity": sev, "hits": v["hits"], "records": v["records"]}
            for (ds, sev), v in sorted(
                hits.items(),
                key=lambda kv: (
                    kv[0][0],
                    SEVERITIES.index(kv[0][1]) if kv[0][1] in SEVERITIES else 99,
                ),
            )
        ],
        "overrides": {"count": len(overrides), "by_supervisor": dict(who), "items": overrides},
        "not_replayed": {"pending": not_replayed["pending"], "parked": not_replayed["parked"]},
        "recorded_offline": offline,
        "emergency_records": emergency,
        "stale_policy": dict(stale),
        "replica": {
            ds: {
                "versions": sorted(e["versions"]),
                "records": e["records"],
                "max_age_s": e["max_age_s"],
            }
            for ds, e in sorted(replica.items())
        },
        "emergency_periods": _periods(declarations, since, until),
    }


def _periods(rows: Any, since: dt.datetime, until: dt.datetime) -> list[dict[str, Any]]:
    periods: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for r in rows:
        rec = json.loads(r.record)
        if rec.get("action") == "declare":
            current = {
                "declared_at": r.recorded_at,
                "declared_by": rec.get("supervisor"),
                "reason": rec.get("reason"),
                "replica": rec.get("replica"),
                "ended_at": None,
                "ended_by": None,
            }
            periods.append(current)
        elif rec.get("action") == "end" and current is not None:
            current["ended_at"], current["ended_by"] = r.recorded_at, rec.get("supervisor")
            current = None

    def overlaps(p: dict[str, Any]) -> bool:
        start = dt.datetime.fromisoformat(p["declared_at"])
        end = dt.datetime.fromisoformat(p["ended_at"]) if p["ended_at"] else None
        return start < until and (end is None or end >= since)

    return [p for p in periods if overlaps(p)]


def to_csv(report: dict[str, Any]) -> str:
    """One tidy table: section, key, subkey, value (counts are integers)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(("section", "key", "subkey", "value"))
    w.writerow(("report", "kind", "", report["kind"]))
    w.writerow(("report", "workstation", "", report["workstation"]))
    w.writerow(("report", "zone", "", report["zone"]))
    w.writerow(("report", "since", "", report["since"]))
    w.writerow(("report", "until", "", report["until"]))
    w.writerow(("report", "generated_at", "", report["generated_at"]))
    w.writerow(("total", "records", "", report["records"]))
    for d, n in report["by_decision"].items():
        w.writerow(("decision", d, "", n))
    for direction, counts in report["by_direction"].items():
        for k, n in counts.items():
            w.writerow(("direction", direction, k, n))
    for h in report["by_hour"]:
        for k in (*DECISIONS, "total"):
            w.writerow(("hour", h["hour"], k, h[k]))
    for h in report["hits"]:
        w.writerow(("hits", h["dataset"], h["severity"], h["hits"]))
        w.writerow(("hit_records", h["dataset"], h["severity"], h["records"]))
    w.writerow(("overrides", "total", "", report["overrides"]["count"]))
    for sup, n in report["overrides"]["by_supervisor"].items():
        w.writerow(("overrides", "by_supervisor", sup, n))
    for o in report["overrides"]["items"]:
        w.writerow(
            ("override", str(o["seq"]), "officer/supervisor", f"{o['officer']}/{o['override_by']}")
        )
    for k, n in report["not_replayed"].items():
        w.writerow(("not_replayed", k, "", n))
    w.writerow(("recorded_offline", "records", "", report["recorded_offline"]))
    w.writerow(("emergency", "records", "", report["emergency_records"]))
    for action, n in report["stale_policy"].items():
        w.writerow(("stale_policy", action, "", n))
    for ds, r in report["replica"].items():
        w.writerow(("replica", ds, "versions", " ".join(str(v) for v in r["versions"])))
        w.writerow(("replica", ds, "records", r["records"]))
        w.writerow(("replica", ds, "max_age_s", "" if r["max_age_s"] is None else r["max_age_s"]))
    for p in report["emergency_periods"]:
        w.writerow(("emergency_period", p["declared_at"], "declared_by", p["declared_by"]))
        w.writerow(("emergency_period", p["declared_at"], "ended_at", p["ended_at"] or ""))
        for ds, r in (p.get("replica") or {}).items():
            w.writerow(
                (
                    "emergency_period",
                    p["declared_at"],
                    f"replica.{ds}",
                    f"v{r.get('version')} age {r.get('age_s')} s",
                )
            )
    return buf.getvalue()


def to_text(report: dict[str, Any]) -> str:
    lines = [
        f"{report['kind']} report {report['since']} .. {report['until']} "
        f"(workstation {report['workstation']})",
        f"records      {report['records']}  "
        + "  ".join(f"{d} {n}" for d, n in report["by_decision"].items()),
    ]
    for direction, c in report["by_direction"].items():
        lines.append(f"{direction:<12} {c['total']}")
    for h in report["hits"]:
        lines.append(f"hits         {h['dataset']} {h['severity']}: {h['hits']}")
    o = report["overrides"]
    lines.append(
        f"overrides    {o['count']}  "
        + ", ".join(f"{k} {n}" for k, n in o["by_supervisor"].items())
    )
    nr = report["not_replayed"]
    lines.append(f"not replayed {nr['pending']} pending, {nr['parked']} parked")
    for ds, r in report["replica"].items():
        lines.append(
            f"replica      {ds}: versions {', '.join(map(str, r['versions']))}, "
            f"max age {r['max_age_s']} s"
        )
    return "\n".join(lines)


def audit_export(store: Store, actor: str, report: dict[str, Any], files: list[str]) -> None:
    with store.write() as conn:
        audit.append(
            conn,
            actor,
            "report_exported",
            {
                "kind": report["kind"],
                "since": report["since"],
                "until": report["until"],
                "records": report["records"],
                "file": ", ".join(files),
            },
        )


def default_shift(now: dt.datetime | None = None) -> tuple[dt.datetime, dt.datetime]:
    """The last 8 hours up to the next full hour (the window's default)."""
    now = now or clock.now()
    until = _hour(now) + dt.timedelta(hours=1)
    return until - dt.timedelta(hours=8), until
