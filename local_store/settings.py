"""Workstation settings: JSON values by key, in the encrypted store."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert

from local_store.schema import settings


def get(conn: Connection, key: str, default: Any = None) -> Any:
    value = conn.execute(select(settings.c.value).where(settings.c.key == key)).scalar()
    return default if value is None else json.loads(value)


def put(conn: Connection, key: str, value: Any) -> None:
    stmt = insert(settings).values(key=key, value=json.dumps(value, sort_keys=True))
    conn.execute(
        stmt.on_conflict_do_update(index_elements=["key"], set_={"value": stmt.excluded.value})
    )


def delete(conn: Connection, key: str) -> None:
    conn.execute(settings.delete().where(settings.c.key == key))
