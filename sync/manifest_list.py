"""The `manifests` dataset: travellers expected at a port (issue 17). The central
publishes, for the flights due in the next hours, one row per traveller with the
pre-screening result; a workstation keeps the rows of its own port (set at enrollment,
settings `workstation.port`) in `expected_travellers`, and a row that moves to another
port, or is deleted, leaves it. Rows (all text unless said):

    id (FLIGHT/DEPARTURE/DATE#index), port, direction (inbound|outbound), flight,
    flight_key, scheduled (UTC ISO, or local when the port has no zone),
    scheduled_local (ISO with the port's offset), role (passenger|crew), surname,
    given_names, birth_date, nationality, document_number, issuing_state,
    prescreen (list of {dataset, key, action, severity, score}), screened_at

The central checks rows with `rows_problem` before publishing; the workstation with
`apply_manifests` (nothing is written when a row is bad)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from local_store import settings

PORT_KEY = "workstation.port"
_TEXT = ("id", "port", "direction", "flight", "flight_key", "role", "surname")
_OPTIONAL = ("scheduled", "scheduled_local", "given_names", "birth_date", "nationality",
             "document_number", "issuing_state", "screened_at")  # fmt: skip
_PORT = re.compile(r"[A-Z]{3}|[A-Z]{2}[A-Z2-9]{3}")
_HIT_KEYS = {"dataset", "key", "action", "severity", "score"}
COLUMNS = ("id", "version", "port", "direction", "flight", "flight_key", "scheduled",
           "scheduled_local", "role", "surname", "given_names", "birth_date", "nationality",
           "document_number", "issuing_state", "prescreen", "screened_at")  # fmt: skip


class ManifestRowError(ValueError):
    pass


def check_row(row: dict[str, Any]) -> None:
    if row.get("deleted") is True:
        if not isinstance(row.get("id"), str) or not row["id"]:
            raise ManifestRowError("a deleted row needs its id")
        return
    for f in _TEXT:
        v = row.get(f)
        if not isinstance(v, str) or not v.strip() or len(v) > 200:
            raise ManifestRowError(f"'{f}' must be text of 1 to 200 characters")
    for f in _OPTIONAL:
        v = row.get(f)
        if v is not None and (not isinstance(v, str) or len(v) > 200):
            raise ManifestRowError(f"'{f}' must be text of at most 200 characters")
    if not _PORT.fullmatch(row["port"]):
        raise ManifestRowError(f"'port' {row['port']!r} is not an IATA or UN/LOCODE code")
    if row["direction"] not in ("inbound", "outbound"):
        raise ManifestRowError("'direction' must be inbound or outbound")
    if row["role"] not in ("passenger", "crew"):
        raise ManifestRowError("'role' must be passenger or crew")
    hits = row.get("prescreen", [])
    if not isinstance(hits, list) or len(hits) > 50:
        raise ManifestRowError("'prescreen' must be a list of at most 50 hits")
    for h in hits:
        if not isinstance(h, dict) or set(h) != _HIT_KEYS:
            raise ManifestRowError(f"a 'prescreen' hit has exactly {sorted(_HIT_KEYS)}")
        if not isinstance(h["score"], (int, float)) or isinstance(h["score"], bool):
            raise ManifestRowError("a 'prescreen' score is a number")


def rows_problem(rows: Sequence[dict[str, Any]]) -> tuple[int, str] | None:
    for i, r in enumerate(rows):
        try:
            check_row(r)
        except ManifestRowError as e:
            return i, str(e)
    return None


def apply_manifests(conn: Connection, rows: Sequence[dict[str, Any]], version: int) -> int:
    """Apply a verified chunk in the caller's transaction; returns the rows kept."""
    problem = rows_problem(rows)
    if problem is not None:
        raise ManifestRowError(f"row {problem[0]}: {problem[1]}")
    port = settings.get(conn, PORT_KEY)
    gone = [(r["id"],) for r in rows if r.get("deleted") is True or r.get("port") != port]
    kept = [r for r in rows if r.get("deleted") is not True and r.get("port") == port]
    if gone:
        conn.exec_driver_sql("DELETE FROM expected_travellers WHERE id = ?", gone)
    if kept:
        cols = ", ".join(COLUMNS)
        marks = ", ".join("?" * len(COLUMNS))
        conn.exec_driver_sql(
            f"INSERT OR REPLACE INTO expected_travellers ({cols}) VALUES ({marks})",
            [
                tuple(
                    version if c == "version"
                    else json.dumps(r.get("prescreen", []), separators=(",", ":"))
                    if c == "prescreen" else r.get(c)
                    for c in COLUMNS
                )
                for r in kept
            ],
        )  # fmt: skip
    return len(kept)
