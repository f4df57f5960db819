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
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from local_store.keyslots import KeySlotError, normalise_name

ROLES = ("officer", "supervisor", "installer")


class OfficerRowError(ValueError):
    pass


@dataclass(frozen=True)
class OfficerRow:
    name: str
    role: str | None  # None for a deletion
    active: bool
    deleted: bool


def check_officer_row(row: Any) -> OfficerRow:
    """The one validator of an officers-dataset row, used by the central before it
    publishes (so it never publishes a row its workstations refuse) and by the
    workstation when it applies one. Booleans are JSON booleans: `"active": "false"`
    is refused, not read as true."""
    if not isinstance(row, dict):
        raise OfficerRowError("an officer row is a JSON object")
    name = row.get("name")
    if not isinstance(name, str):
        raise OfficerRowError("'name' must be a string")
    try:
        name = normalise_name(name)
    except KeySlotError as e:
        raise OfficerRowError(str(e)) from None
    for flag in ("active", "deleted"):
        if flag in row and not isinstance(row[flag], bool):
            raise OfficerRowError(f"'{flag}' must be true or false (a JSON boolean)")
    if row.get("deleted") is True:
        return OfficerRow(name, None, False, True)
    role = row.get("role")
    if role not in ROLES:
        raise OfficerRowError(f"unknown role {role!r} (one of {', '.join(ROLES)})")
    return OfficerRow(name, role, bool(row.get("active", True)), False)


def apply_officers(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    now = dt.datetime.now(dt.UTC).isoformat()
    deletes, upserts = [], []
    for i, r in enumerate(rows):
        try:
            o = check_officer_row(r)
        except OfficerRowError as e:
            raise OfficerRowError(f"row {i}: {e}") from None
        if o.deleted:
            deletes.append((now, o.name))
        else:
            upserts.append((o.name, o.role, o.active, now, now))
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
