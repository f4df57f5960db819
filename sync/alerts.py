"""Post-hoc alerts from the central, kept in the store until a supervisor acknowledges
them (the supervisor console lists them; `alerts` prints them)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from local_store import Store, audit, settings
from local_store.schema import sync_alerts
from sync import clock
from sync.client import CentralClient

CURSOR_KEY = "sync.alerts.cursor"
ACK_PENDING_KEY = "sync.alerts.ack_pending"  # acknowledged here, not yet told to the central
FIELDS = ("uuid", "record_uuid", "dataset", "key", "action", "raised_at", "acknowledged")


def pull(store: Store, client: CentralClient) -> int:
    """Tell the central which alerts were acknowledged here, then fetch new alerts;
    returns how many were new here."""
    with store.read() as conn:
        acked = list(settings.get(conn, ACK_PENDING_KEY, []))
    if acked:
        client.ack_alerts(acked)
        with store.write() as conn:
            left = [u for u in settings.get(conn, ACK_PENDING_KEY, []) if u not in acked]
            settings.put(conn, ACK_PENDING_KEY, left)
    new = 0
    while True:
        with store.read() as conn:
            cursor = int(settings.get(conn, CURSOR_KEY, 0))
        resp = client.alerts(cursor)
        with store.write() as conn:
            for a in resp.alerts:
                exists = conn.execute(
                    select(sync_alerts.c.uuid).where(sync_alerts.c.uuid == a.uuid)
                ).first()
                if exists:
                    continue
                conn.execute(
                    sync_alerts.insert().values(
                        **a.model_dump(exclude={"acknowledged"}),
                        acknowledged=a.acknowledged,
                        received_at=clock.now_iso(),
                    )
                )
                audit.append(
                    conn,
                    "sync",
                    "alert_received",
                    {"alert": a.uuid, "record": a.record_uuid, "dataset": a.dataset},
                )
                new += 1
            settings.put(conn, CURSOR_KEY, resp.cursor)
        if not resp.alerts or resp.cursor == cursor:
            return new


def listing(conn: Connection, *, unacknowledged_only: bool = False) -> list[dict[str, Any]]:
    q = select(sync_alerts).order_by(sync_alerts.c.raised_at, sync_alerts.c.uuid)
    if unacknowledged_only:
        q = q.where(sync_alerts.c.acknowledged.is_(False))
    return [
        {f: (bool(r.acknowledged) if f == "acknowledged" else getattr(r, f)) for f in FIELDS}
        for r in conn.execute(q)
    ]


def acknowledge(conn: Connection, uuid: str, who: str) -> bool:
    n = conn.execute(
        sync_alerts.update()
        .where(sync_alerts.c.uuid == uuid, sync_alerts.c.acknowledged.is_(False))
        .values(acknowledged=True, acknowledged_by=who, acknowledged_at=clock.now_iso())
    ).rowcount
    if n:
        audit.append(conn, who, "alert_acknowledged", {"alert": uuid})
        settings.put(conn, ACK_PENDING_KEY, [*settings.get(conn, ACK_PENDING_KEY, []), uuid])
    return bool(n)
