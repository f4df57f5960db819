"""The `officers` dataset into the workstation's officers table (role and active flag).

The other datasets go through `local_store.replica.apply_rows` (screening area); the
officer list is the central's, and only this module writes it from the replica. A
removed or deactivated officer can no longer unlock this workstation
(`desktop.officers.unlock` checks `active`); a role change takes effect at the officer's
next online login, which re-creates the slot with the new role.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from local_store.keyslots import KeySlotError, normalise_name


class OfficerRowError(ValueError):
    pass


def apply_officers(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    now = dt.datetime.now(dt.UTC).isoformat()
    deletes, upserts = [], []
    for i, r in enumerate(rows):
        try:
            name = normalise_name(str(r.get("name", "")))
        except KeySlotError as e:
            raise OfficerRowError(f"row {i}: {e}") from None
        if r.get("deleted") is True:
            deletes.append((now, name))
        elif r.get("role") not in ("officer", "supervisor", "installer"):
            raise OfficerRowError(f"row {i}: unknown role {r.get('role')!r}")
        else:
            upserts.append((name, r["role"], bool(r.get("active", True)), now, now))
    if deletes:
        conn.exec_driver_sql(
            "UPDATE officers SET active = 0, updated_at = ? WHERE name = ?", deletes
        )
    if upserts:
        conn.exec_driver_sql(
            "INSERT INTO officers (name, role, active, source, created_at, updated_at) "
            "VALUES (?, ?, ?, 'central', ?, ?) ON CONFLICT (name) DO UPDATE SET "
            "role = excluded.role, active = excluded.active, source = 'central', "
            "updated_at = excluded.updated_at",
            upserts,
        )
