"""Interchange rows (DESIGN.md) into the replica tables.

Stand-in for `local_store.replica.apply_rows` (screening area) until it lands: same
shape, so `sync.replica` switches over by changing one import. Upserts and deletes by
key, in the caller's transaction; plain executemany on the driver, because an initial
load moves millions of rows.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection

from sync.protocol import DATASET_KEYS


def _json_names(row: dict[str, Any]) -> str:
    return json.dumps(row.get("names") or [], ensure_ascii=False)


def _year(row: dict[str, Any]) -> int | None:
    b = row.get("birth_date")
    return int(b[:4]) if isinstance(b, str) and b[:4].isdigit() else None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


# dataset -> (table, columns, row -> tuple of values (version appended by the caller))
_SPECS: dict[str, tuple[str, tuple[str, ...], Callable[[dict[str, Any]], tuple[Any, ...]]]] = {
    "persons": (
        "persons",
        ("id", "names", "birth_date", "birth_year", "nationality", "sex", "action", "list",
         "valid_until"),
        lambda r: (r["id"], _json_names(r), r.get("birth_date"), _year(r), r.get("nationality"),
                   r.get("sex"), r.get("action") or "refer", r.get("list"), r.get("valid_until")),
    ),
    "documents": (
        "documents",
        ("document_number", "issuing_state", "type", "reason"),
        lambda r: (r["document_number"], r["issuing_state"], r["type"], r.get("reason") or "lost"),
    ),
    "exit_bans": (
        "exit_bans",
        ("id", "names", "birth_date", "birth_year", "nationality", "document_number", "reason"),
        lambda r: (r["id"], _json_names(r), r.get("birth_date"), _year(r), r.get("nationality"),
                   r.get("document_number"), r.get("reason")),
    ),
    "entry_permits": (
        "entry_permits",
        ("permit_number", "names", "birth_date", "document_number", "valid_from", "valid_until",
         "entries_allowed", "entries_used"),
        lambda r: (r["permit_number"], _json_names(r), r.get("birth_date"),
                   r.get("document_number"), r["valid_from"], r["valid_until"],
                   int(r.get("entries_allowed", 1)), int(r.get("entries_used", 0))),
    ),
    "csca": (
        "csca_certificates",
        ("fingerprint", "country", "subject", "not_before", "not_after", "der"),
        lambda r: (r["fingerprint"], r["country"], r.get("subject", ""), r["not_before"],
                   r["not_after"], base64.b64decode(r["der"])),
    ),
}
_KEY_COLUMNS = {"csca": ("fingerprint",)}


def apply_rows(
    conn: Connection,
    dataset: str,
    rows: Sequence[dict[str, Any]],
    version: int,
    *,
    indexer: Any = None,
) -> None:
    """Apply one chunk of a published version: rows with `"deleted": true` remove their
    key, the others replace the row with that key."""
    keys = DATASET_KEYS[dataset]
    deletes = [tuple(r[k] for k in keys) for r in rows if r.get("deleted") is True]
    upserts = [r for r in rows if r.get("deleted") is not True]
    if dataset == "officers":
        _apply_officers(conn, deletes, upserts)
        return
    table, columns, values = _SPECS[dataset]
    key_cols = _KEY_COLUMNS.get(dataset, keys)
    if deletes:
        where = " AND ".join(f"{c} = ?" for c in key_cols)
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE {where}", deletes)
    if upserts:
        cols = (*columns, "version")
        marks = ",".join("?" * len(cols))
        conn.exec_driver_sql(
            f"INSERT OR REPLACE INTO {table} ({','.join(cols)}) VALUES ({marks})",
            [(*values(r), version) for r in upserts],
        )
    if indexer is not None:
        indexer(conn, dataset, rows)


def _apply_officers(
    conn: Connection, deletes: list[tuple[Any, ...]], upserts: list[dict[str, Any]]
) -> None:
    """The central's officer list: role and active flag. A removed or deactivated officer
    can no longer unlock this workstation (desktop.officers checks `active`)."""
    now = _now()
    if deletes:
        conn.exec_driver_sql(
            "UPDATE officers SET active = 0, updated_at = ? WHERE name = ?",
            [(now, k[0]) for k in deletes],
        )
    if upserts:
        conn.exec_driver_sql(
            "INSERT INTO officers (name, role, active, source, created_at, updated_at) "
            "VALUES (?, ?, ?, 'central', ?, ?) ON CONFLICT (name) DO UPDATE SET "
            "role = excluded.role, active = excluded.active, source = 'central', "
            "updated_at = excluded.updated_at",
            [(r["name"].strip().lower(), r["role"], bool(r.get("active", True)), now, now)
             for r in upserts],
        )
