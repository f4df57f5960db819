"""Manifests at the central: import (parse, direction, store, pre-screen), re-screening
when the lists change before the flight reaches the border, and the views that
`apis import/list/show` print.

Idempotence: a flight is (flight number, departure port, local departure date). The
same interchange again changes nothing; a later send (UNB date/time, then control
reference) replaces the earlier one whole; an earlier send arriving after a later one
is refused (it would undo the carrier's correction).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from central import db
from central.apis import airports, paxlst
from central.apis.prescreen import SCREENED, Mirror, screen
from sync import files

MAX_FILE_BYTES = 64 * files.MiB
DEFAULT_HOME_STATES = ("TWN",)


class ImportRefused(Exception):
    """A valid message that cannot be taken (an older send of a flight held)."""


@dataclass
class Imported:
    manifest_id: int
    status: str  # new | replaced | unchanged


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def home_states(conn: Connection) -> tuple[str, ...]:
    """The central's `home_states` policy (published in the policies dataset), else TWN."""
    c = db.dataset_rows.c
    row = conn.execute(
        select(c.row).where(c.dataset == "policies", c.key == json.dumps(["home_states"]))
    ).scalar()
    if row:
        value = json.loads(row).get("value")
        if isinstance(value, list) and value:
            return tuple(value)
    return DEFAULT_HOME_STATES


def direction_of(m: paxlst.Manifest, home: tuple[str, ...]) -> str:
    def country(code: str) -> str | None:
        try:
            return airports.port(code).country
        except airports.UnknownPort:
            return None

    if country(m.arrival.airport) in home:
        return "inbound"
    if country(m.departure.airport) in home:
        return "outbound"
    raise paxlst.PaxlstError(
        f"neither {m.departure.airport} nor {m.arrival.airport} is a port of "
        f"{', '.join(home)} (unknown ports: give --direction)"
    )


def read_file(path: Path) -> str:
    with files.open_input(path, limit=MAX_FILE_BYTES, what="PAXLST file") as fh:
        data = fh.read()
    for enc in ("utf-8", "latin-1"):  # UNOA/UNOB are ASCII; UNOC is ISO 8859-1
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes anything")


def import_manifest(
    database: db.Database,
    mirror: Mirror,
    m: paxlst.Manifest,
    direction: str | None = None,
) -> Imported:
    with database.read() as conn:
        direction = direction or direction_of(m, home_states(conn))
    versions = mirror.sync(database)
    key = m.key()
    with database.write() as conn:
        old = conn.execute(
            select(db.apis_manifests).where(db.apis_manifests.c.flight_key == key)
        ).first()
        if old is not None and old.digest == m.digest:
            return Imported(old.id, "unchanged")
        if old is not None and (m.sent_at, m.control_ref) < (old.sent_at, old.control_ref):
            raise ImportRefused(
                f"a later message of {key} is held (sent {old.sent_at}, reference "
                f"{old.control_ref}); this one was sent {m.sent_at}"
            )
        values = {
            "flight_key": key, "flight": m.flight, "carrier": m.carrier, "direction": direction,
            "dep_airport": m.departure.airport, "dep_local": m.departure.local,
            "dep_utc": m.departure.utc, "arr_airport": m.arrival.airport,
            "arr_local": m.arrival.local, "arr_utc": m.arrival.utc, "sender": m.sender,
            "sent_at": m.sent_at, "control_ref": m.control_ref, "digest": m.digest,
            "imported_at": _now(), "passengers": len(m.passengers), "crew": len(m.crew),
            "errors": json.dumps(m.errors, ensure_ascii=False), "screened_at": None,
            "screened_versions": None, "hits": 0,
        }  # fmt: skip
        if old is None:
            mid = conn.execute(insert(db.apis_manifests).values(**values)).inserted_primary_key[0]
            status = "new"
        else:
            mid = old.id
            c = db.apis_manifests.c
            conn.execute(update(db.apis_manifests).where(c.id == mid).values(**values))
            tc = db.apis_travellers.c
            conn.execute(delete(db.apis_travellers).where(tc.manifest_id == mid))
            status = "replaced"
        rows = []
        for i, t in enumerate(m.travellers):
            doc = t.document
            rows.append({
                "manifest_id": mid, "idx": i, "role": t.role, "surname": t.surname,
                "given_names": t.given_names, "birth_date": t.birth_date, "sex": t.sex,
                "nationality": t.nationality,
                "document_type": doc.type if doc else None,
                "document_number": doc.number if doc else None,
                "issuing_state": doc.issuing_state if doc else None,
                "document_expiry": doc.expiry if doc else None,
                "booking_ref": t.references.get("AVF"), "hits": "[]",
            })  # fmt: skip
        if rows:
            conn.execute(insert(db.apis_travellers), rows)
    _screen_manifest(database, mirror, int(mid), versions)
    return Imported(int(mid), status)


def _border_day(row: Any) -> dt.date | None:
    when = row.arr_utc if row.direction == "inbound" else row.dep_utc
    when = when or (row.arr_local if row.direction == "inbound" else row.dep_local)
    return dt.datetime.fromisoformat(when).date() if when else None


def _screen_manifest(
    database: db.Database, mirror: Mirror, mid: int, versions: dict[str, int]
) -> list[tuple[int, dict[str, Any]]]:
    """Screen every traveller of a manifest; returns the hits that are new since the
    last screening, as (traveller index, hit). The screening runs outside any write
    transaction (a 300-passenger flight takes seconds: APP's audit writes must not wait
    for it); the results are written only if the manifest was not replaced meanwhile."""
    t = db.apis_travellers.c
    with database.read() as conn:
        man = conn.execute(select(db.apis_manifests).where(db.apis_manifests.c.id == mid)).one()
        travellers = conn.execute(
            select(db.apis_travellers).where(t.manifest_id == mid).order_by(t.idx)
        ).all()
    direction = "entry" if man.direction == "inbound" else "exit"
    day = _border_day(man)
    new: list[tuple[int, dict[str, Any]]] = []
    results = []
    with mirror.read() as mconn:
        for tr in travellers:
            hits = [h.to_json() for h in screen(mconn, tr._asdict(), direction, day)]
            before = {(h["dataset"], h["key"]) for h in json.loads(tr.hits)}
            new += [(tr.idx, h) for h in hits if (h["dataset"], h["key"]) not in before]
            results.append((tr.idx, hits))
    c = db.apis_manifests.c
    with database.write() as conn:
        if conn.execute(select(c.digest).where(c.id == mid)).scalar() != man.digest:
            return []  # replaced by a later send meanwhile: its own screening counts
        for idx, hits in results:
            conn.execute(
                update(db.apis_travellers)
                .where(t.manifest_id == mid, t.idx == idx)
                .values(hits=json.dumps(hits, ensure_ascii=False))
            )
        conn.execute(
            update(db.apis_manifests)
            .where(c.id == mid)
            .values(screened_at=_now(), screened_versions=json.dumps(versions),
                    hits=sum(bool(h) for _, h in results))
        )  # fmt: skip
    return new


def pending(conn: Connection, now: dt.datetime | None = None) -> list[Any]:
    """Manifests whose flight has not yet reached the border (arrival for inbound,
    departure for outbound; a port without a time zone counts by its local time)."""
    now = now or dt.datetime.now(dt.UTC)
    out = []
    for row in conn.execute(select(db.apis_manifests)):
        inbound = row.direction == "inbound"
        utc = row.arr_utc if inbound else row.dep_utc
        if utc:
            if dt.datetime.fromisoformat(utc) >= now:
                out.append(row)
        else:
            local = row.arr_local if inbound else row.dep_local
            if local and dt.datetime.fromisoformat(local) >= now.replace(tzinfo=None):
                out.append(row)
    return out


def rescreen_pending(database: db.Database, mirror: Mirror) -> list[dict[str, Any]]:
    """Screen again the manifests still to reach the border that were screened against
    older lists. Returns the new hits: [{flight_key, traveller, hit}]."""
    with database.read() as conn:
        todo = pending(conn)
    if not todo:
        return []
    versions = mirror.sync(database)
    out: list[dict[str, Any]] = []
    for row in todo:
        if json.loads(row.screened_versions or "{}") == versions:
            continue
        for idx, hit in _screen_manifest(database, mirror, row.id, versions):
            out.append({"flight_key": row.flight_key, "traveller": idx, "hit": hit})
    return out


# --- views ---------------------------------------------------------------------------


def _leg_view(airport: str, local: str | None, utc: str | None) -> dict[str, Any]:
    shown = local
    if utc:
        with contextlib.suppress(airports.UnknownPort):
            shown = airports.to_local(airport, dt.datetime.fromisoformat(utc)).isoformat()
    return {"airport": airport, "scheduled": shown, "scheduled_utc": utc}


def manifest_view(conn: Connection, mid: int, *, travellers: bool = False) -> dict[str, Any]:
    m = conn.execute(select(db.apis_manifests).where(db.apis_manifests.c.id == mid)).one()
    t = db.apis_travellers.c
    rows = conn.execute(
        select(db.apis_travellers).where(t.manifest_id == mid).order_by(t.idx)
    ).all()
    hits = []
    for r in rows:
        found = json.loads(r.hits)
        if found:
            hits.append({
                "traveller": r.idx, "role": r.role,
                "name": f"{r.surname}, {r.given_names}".rstrip(", "),
                "birth_date": r.birth_date, "document_number": r.document_number,
                "issuing_state": r.issuing_state, "hits": found,
            })  # fmt: skip
    view: dict[str, Any] = {
        "flight": m.flight,
        "carrier": m.carrier,
        "flight_key": m.flight_key,
        "departure": _leg_view(m.dep_airport, m.dep_local, m.dep_utc),
        "arrival": _leg_view(m.arr_airport, m.arr_local, m.arr_utc),
        "direction": m.direction,
        "travellers": m.passengers,
        "crew": m.crew,
        "hits": hits,
        "errors": json.loads(m.errors),
        "sent_at": m.sent_at,
        "screened_at": m.screened_at,
        "screened_versions": json.loads(m.screened_versions or "{}"),
    }
    if travellers:
        view["list"] = [
            {k: getattr(r, k) for k in ("idx", "role", "surname", "given_names", "birth_date",
             "sex", "nationality", "document_type", "document_number", "issuing_state",
             "document_expiry")} | {"hits": len(json.loads(r.hits))}
            for r in rows
        ]  # fmt: skip
    return view


def all_manifests(conn: Connection) -> list[int]:
    c = db.apis_manifests.c
    return [r[0] for r in conn.execute(select(c.id).order_by(c.arr_utc, c.id))]


__all__ = ["SCREENED", "ImportRefused", "Imported", "import_manifest", "rescreen_pending"]
