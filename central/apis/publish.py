"""The `manifests` dataset: the travellers due at each port within the next hours, with
their pre-screening result, published as a signed snapshot like every dataset (only
the difference becomes a version; no change, no version). Workstations keep the rows
of their own port (sync/manifest_list.py). Published after every import and
re-screening, and by `apis publish` (which a site runs from cron so that flights leave
the window)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from typing import Any

from sqlalchemy import select

from central import datasets, db
from central.apis import airports
from central.keys import CentralKeys

HORIZON_H = 36  # flights due within this many hours
KEEP_H = 6  # and those that reached the border this recently (their queue)


def _border_time(m: Any) -> tuple[str | None, str | None]:
    inbound = m.direction == "inbound"
    utc, local = (m.arr_utc, m.arr_local) if inbound else (m.dep_utc, m.dep_local)
    port = m.arr_airport if inbound else m.dep_airport
    shown = local
    if utc:
        with contextlib.suppress(airports.UnknownPort):
            shown = airports.to_local(port, dt.datetime.fromisoformat(utc)).isoformat()
    return utc or local, shown


def rows(conn: Any, now: dt.datetime | None = None, horizon_h: int = HORIZON_H) -> list[dict]:
    now = now or dt.datetime.now(dt.UTC)
    lo, hi = now - dt.timedelta(hours=KEEP_H), now + dt.timedelta(hours=horizon_h)
    out = []
    t = db.apis_travellers.c
    for m in conn.execute(select(db.apis_manifests)):
        when, shown = _border_time(m)
        if not when:
            continue
        at = dt.datetime.fromisoformat(when)
        if at.tzinfo is None:  # a port without a zone: its local time, roughly
            at = at.replace(tzinfo=dt.UTC)
        if not lo <= at <= hi:
            continue
        port = m.arr_airport if m.direction == "inbound" else m.dep_airport
        for tr in conn.execute(select(db.apis_travellers).where(t.manifest_id == m.id)):
            hits = [{k: h[k] for k in ("dataset", "key", "action", "severity", "score")}
                    for h in json.loads(tr.hits)]  # fmt: skip
            row = {
                "id": f"{m.flight_key}#{tr.idx}", "port": port, "direction": m.direction,
                "flight": m.flight, "flight_key": m.flight_key, "scheduled": when,
                "scheduled_local": shown, "role": tr.role, "surname": tr.surname,
                "given_names": tr.given_names, "birth_date": tr.birth_date,
                "nationality": tr.nationality, "document_number": tr.document_number,
                "issuing_state": tr.issuing_state, "prescreen": hits,
                "screened_at": m.screened_at,
            }  # fmt: skip
            out.append({k: v for k, v in row.items() if v is not None and v != ""})
    return out


def publish(database: db.Database, keys: CentralKeys) -> datasets.Published:
    from sync.manifest_list import rows_problem

    with database.read() as conn:
        current = rows(conn)
    problem = rows_problem(current)  # what a workstation would refuse is never published
    if problem is not None:
        raise datasets.LoadError(f"manifests row {problem[0]}: {problem[1]}")
    return datasets.publish_rows(database, keys, "manifests", current, snapshot=True)
