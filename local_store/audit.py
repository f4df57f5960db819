"""The audit log: who did what, hash-chained. Never secrets, never traveller data."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Connection, func, select

from local_store.chain import ChainReport, verify_rows
from local_store.schema import audit_log
from protocol import GENESIS, link

_FIELDS = ("id", "at", "actor", "event", "detail")


def append(
    conn: Connection,
    actor: str,
    event: str,
    detail: dict[str, Any] | None = None,
    *,
    at: str | None = None,
) -> int:
    """Append in the caller's transaction (take it with `store.write()`); returns the id."""
    last = conn.execute(
        select(audit_log.c.id, audit_log.c.hash).order_by(audit_log.c.id.desc()).limit(1)
    ).first()
    row = {
        "id": (last.id + 1) if last else 1,
        "at": at or dt.datetime.now(dt.UTC).isoformat(),
        "actor": actor,
        "event": event,
        # Not the canonical form (", " and ": "): the text is hashed as stored, and
        # every audit log written so far holds this one.
        "detail": json.dumps(detail or {}, sort_keys=True, ensure_ascii=False),
    }
    prev = last.hash if last else GENESIS
    conn.execute(audit_log.insert().values(**row, prev_hash=prev, hash=link(prev, row)))
    return row["id"]


def recent(conn: Connection, limit: int = 100) -> list[dict[str, Any]]:
    rows = conn.execute(select(audit_log).order_by(audit_log.c.id.desc()).limit(limit))
    return [{**r._asdict(), "detail": json.loads(r.detail)} for r in rows]


def count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(audit_log)).scalar_one())


def verify(conn: Connection) -> ChainReport:
    rows = conn.execute(select(audit_log).order_by(audit_log.c.id)).mappings()
    return verify_rows("audit log", "id", rows, _FIELDS)
