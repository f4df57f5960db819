"""Expected travellers at this counter (issue 17): the `manifests` dataset's rows for
this workstation's port, read from the replica, so it works while the central is down.

- `lookup`: the flight a traveller came (or leaves) on and the central's pre-screening
  of them; or that they are on no manifest of the flights held (a signal for the
  officer, not a hit); or `unknown` when this counter holds no manifests at all (no port,
  or never synced), so that "on no manifest" is never said without data.
- `arriving_flights`: the flights due, each with its pre-screen hits: the supervisor's
  list for placing officers before the doors open.
Qt-free; the window and the CLI (`screen --json` `manifest`, `manifests`) call these.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Connection

from local_store import settings
from protocol.rows import normalise_document_number

PORT_KEY = "workstation.port"
RECENT_H = 12  # a flight due this long ago may still be in the queue at the counter


def _held(conn: Connection) -> bool:
    row = conn.exec_driver_sql(
        "SELECT version FROM replica_datasets WHERE dataset = 'manifests'"
    ).fetchone()
    return bool(row and row[0])


def _view(r: Any) -> dict[str, Any]:
    hits = json.loads(r.prescreen)
    return {"flight": r.flight, "flight_key": r.flight_key, "direction": r.direction,
            "scheduled": r.scheduled, "scheduled_local": r.scheduled_local, "role": r.role,
            "prescreened": r.screened_at is not None, "prescreen_hits": hits}  # fmt: skip


def lookup(
    conn: Connection,
    *,
    direction: str,
    document_number: str | None,
    issuing_state: str | None = None,
    surname: str | None = None,
    birth_date: str | None = None,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """`{state: on_manifest, flight, ...}`, `{state: on_no_manifest, port}` or
    `{state: unknown, why}`; `direction` entry|exit (entry looks at inbound flights)."""
    port = settings.get(conn, PORT_KEY)
    if not port:
        return {"state": "unknown", "why": "this workstation has no port (enroll-code --port)"}
    if not _held(conn):
        return {"state": "unknown", "why": "no manifests received yet", "port": port}
    way = "inbound" if direction == "entry" else "outbound"
    found = []
    if document_number:
        number = normalise_document_number(document_number)
        found = conn.exec_driver_sql(
            "SELECT * FROM expected_travellers WHERE document_number = ? AND direction = ? "
            "ORDER BY scheduled",
            (number, way),
        ).fetchall()
        if issuing_state:
            found = [r for r in found if r.issuing_state in (None, issuing_state.upper())]
    if not found and surname and birth_date:
        found = conn.exec_driver_sql(
            "SELECT * FROM expected_travellers WHERE surname = ? AND birth_date = ? "
            "AND direction = ? ORDER BY scheduled",
            (surname.upper(), birth_date, way),
        ).fetchall()
    # A flight of days ago (rows stay until the central's next snapshot) is not this one.
    since = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(hours=RECENT_H)
    found = [r for r in found if not r.scheduled or _aware(r.scheduled) >= since]
    if not found:
        return {"state": "on_no_manifest", "port": port}
    return {"state": "on_manifest", "port": port, **_view(found[0])}


def arriving_flights(
    conn: Connection, now: dt.datetime | None = None, past_h: float = 6.0
) -> list[dict[str, Any]]:
    """Flights of this port's manifests due from `past_h` hours ago on, soonest first,
    with their travellers' pre-screen hits."""
    now = now or dt.datetime.now(dt.UTC)
    since = now - dt.timedelta(hours=past_h)
    flights: dict[str, dict[str, Any]] = {}
    for r in conn.exec_driver_sql(
        "SELECT * FROM expected_travellers ORDER BY scheduled, flight_key, id"
    ).fetchall():
        if r.scheduled and _aware(r.scheduled) < since:
            continue
        f = flights.setdefault(r.flight_key, {
            "flight": r.flight, "flight_key": r.flight_key, "direction": r.direction,
            "scheduled": r.scheduled, "scheduled_local": r.scheduled_local,
            "passengers": 0, "crew": 0, "hits": []})  # fmt: skip
        f["passengers" if r.role == "passenger" else "crew"] += 1
        hits = json.loads(r.prescreen)
        if hits:
            f["hits"].append({"name": f"{r.surname}, {r.given_names or ''}".rstrip(", "),
                              "role": r.role, "document_number": r.document_number,
                              "birth_date": r.birth_date, "hits": hits})  # fmt: skip
    return list(flights.values())


def _aware(text: str) -> dt.datetime:
    t = dt.datetime.fromisoformat(text)
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)  # a port without a zone: roughly
