"""Receiving workstation journals: network pushes and hand-transfer files, both
idempotent. A record is held once, keyed by (workstation, seq) and by its UUID; a
replay of what is already held is acknowledged as a duplicate, a clash is refused for
that record only (the workstation parks it and a supervisor looks at it)."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select

import protocol
from central import datasets, db, rescreen
from central.keys import CentralKeys
from sync import files

MAX_IMPORT_BYTES = 512 * files.MiB


@dataclass
class IngestResult:
    accepted: list[int] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)
    rejected: list[protocol.Rejected] = field(default_factory=list)
    alerts: int = 0


_SHA256_HEX = re.compile(r"[0-9a-f]{64}")


def _invalid(entry: protocol.JournalEntryModel) -> str | None:
    """Why a record cannot be held, or None."""
    rec = entry.record
    if not (_SHA256_HEX.fullmatch(entry.prev_hash) and _SHA256_HEX.fullmatch(entry.hash)):
        return "prev_hash and hash must be SHA-256 hex digests"
    if rec.get("uuid", entry.uuid) != entry.uuid:
        return "record uuid differs from the entry uuid"
    try:
        protocol.canonical_bytes(rec)
    except (ValueError, RecursionError):
        return "the record holds NaN, Infinity or nesting too deep to store"
    if entry.kind == "inspection":
        if rec.get("direction") not in protocol.DIRECTIONS:
            return "inspection without a valid direction"
        if rec.get("decision") not in protocol.DECISIONS:
            return "inspection without a valid decision"
        if rec.get("decision") == "refuse" and not rec.get("reason"):
            return "refusal without a reason code"
        shape = _inspection_shape(rec)
        if shape:
            return shape
    try:
        dt.datetime.fromisoformat(entry.recorded_at)
    except ValueError:
        return "recorded_at is not an ISO 8601 time"
    return None


# Fields the re-screening reads from an inspection record: text (or absent).
_SCREENED_TEXT = ("surname", "given_names", "birth_date", "nationality", "document_number",
                  "issuing_state")  # fmt: skip


def _inspection_shape(rec: dict[str, Any]) -> str | None:
    """Why an inspection record cannot be re-screened (wrong types), or None."""
    for f in _SCREENED_TEXT:
        if rec.get(f) is not None and not isinstance(rec[f], str):
            return f"inspection field {f} is not text"
    hits = rec.get("hits")
    if hits is not None and not (isinstance(hits, list) and all(isinstance(h, dict) for h in hits)):
        return "inspection hits are not a list of objects"
    if rec.get("replica") is not None and not isinstance(rec["replica"], dict):
        return "inspection replica versions are not an object"
    return None


def ingest(
    conn: Connection,
    workstation: str,
    entries: list[protocol.JournalEntryModel],
    *,
    via: str = "network",
) -> IngestResult:
    """Store new entries, acknowledge replays, refuse clashes. Runs in the caller's
    transaction: the acknowledgement is sent only after it commits."""
    out = IngestResult()
    if not entries:
        return out
    c = db.records.c
    seqs = [e.seq for e in entries]
    uuids = [e.uuid for e in entries]
    held_by_seq = {
        r.seq: r
        for r in conn.execute(
            select(c.seq, c.uuid, c.hash).where(c.workstation == workstation, c.seq.in_(seqs))
        )
    }
    held_uuids = {
        r.uuid: (r.workstation, r.seq)
        for r in conn.execute(select(c.uuid, c.workstation, c.seq).where(c.uuid.in_(uuids)))
    }
    now = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    new_rows: list[dict[str, Any]] = []
    screener = rescreen.Rescreener.for_connection(conn)
    heads = datasets.head_versions(conn)  # once per batch: `replica_behind` re-screening
    for e in entries:
        held = held_by_seq.get(e.seq)
        if held is not None:
            if held.uuid == e.uuid and held.hash == e.hash:
                out.duplicates.append(e.seq)
            else:
                out.rejected.append(
                    protocol.Rejected(
                        seq=e.seq,
                        reason="sequence number already used by another record of this workstation",
                    )
                )
            continue
        if e.uuid in held_uuids:
            out.rejected.append(
                protocol.Rejected(
                    seq=e.seq, reason="record uuid already held under another sequence number"
                )
            )
            continue
        reason = _invalid(e)
        if reason is None and protocol.journal_hash(e.prev_hash, e) != e.hash:
            reason = "the record does not match its hash (altered?)"
        if reason:
            out.rejected.append(protocol.Rejected(seq=e.seq, reason=reason))
            continue
        held_by_seq[e.seq] = _Held(e.uuid, e.hash)
        held_uuids[e.uuid] = (workstation, e.seq)
        new_rows.append(
            {
                "workstation": workstation,
                "seq": e.seq,
                "uuid": e.uuid,
                "kind": e.kind,
                "recorded_at": e.recorded_at,
                "received_at": now,
                "via": via,
                "record": protocol.canonical_bytes(e.record).decode("utf-8"),
                "prev_hash": e.prev_hash,
                "hash": e.hash,
            }
        )
        out.accepted.append(e.seq)
        if e.kind == "inspection":
            out.alerts += screener.screen_and_alert(conn, workstation, e.uuid, e.record, now, heads)
    if new_rows:
        conn.execute(insert(db.records), new_rows)
    return out


def head(
    conn: Connection, workstation: str, *, with_emergency: bool = False
) -> protocol.JournalHead:
    """The highest seq held for `workstation` and its hash (the acknowledged head);
    `with_emergency`: also whether its last emergency entry held was a declaration."""
    c = db.records.c
    row = conn.execute(
        select(c.seq, c.hash).where(c.workstation == workstation).order_by(c.seq.desc()).limit(1)
    ).first()
    if row is None:
        return protocol.JournalHead(seq=0, hash=protocol.GENESIS)
    emergency = None
    if with_emergency:
        last = conn.execute(
            select(c.record)
            .where(c.workstation == workstation, c.kind == "emergency")
            .order_by(c.seq.desc())
            .limit(1)
        ).scalar()
        if last is not None:
            emergency = json.loads(last).get("action") == "declare"
    return protocol.JournalHead(seq=row.seq, hash=row.hash, emergency=emergency)


@dataclass(frozen=True)
class _Held:
    uuid: str
    hash: str


def record_view(row: Any) -> dict[str, Any]:
    """A held record as `records --json` prints it; `rescreened` says whether the central
    screened it again on arrival ({at, because, hits, alerts}; null: it was not)."""
    rec = json.loads(row.record)
    view = rec | {
        "uuid": row.uuid,
        "workstation": row.workstation,
        "seq": row.seq,
        "kind": row.kind,
        "recorded_at": row.recorded_at,
        "received_at": row.received_at,
        "via": row.via,
    }
    at = getattr(row, "rescreened_at", None)
    view["rescreened"] = (
        {"at": at, "because": json.loads(row.because), "hits": row.hits, "alerts": row.alerts}
        if at
        else None
    )
    return view


def all_records(conn: Connection, kinds: tuple[str, ...] | None = ("inspection",)):  # type: ignore[no-untyped-def]
    c = db.records.c
    r = db.rescreens.c
    q = (
        select(db.records, r.rescreened_at, r.because, r.hits, r.alerts)
        .select_from(db.records.outerjoin(db.rescreens, r.record_uuid == c.uuid))
        .order_by(c.workstation, c.seq)
    )
    if kinds is not None:
        q = q.where(c.kind.in_(kinds))
    for row in conn.execute(q):
        yield record_view(row)


def chain_breaks(conn: Connection) -> list[str]:
    """Where the held records of a workstation do not link (prev_hash of seq n is the
    hash of seq n-1). Gaps (not yet received) are not breaks."""
    c = db.records.c
    problems: list[str] = []
    last: dict[str, tuple[int, str]] = {}
    for ws, seq, prev_hash, h in conn.execute(
        select(c.workstation, c.seq, c.prev_hash, c.hash).order_by(c.workstation, c.seq)
    ):
        before = last.get(ws)
        if before and before[0] == seq - 1 and before[1] != prev_hash:
            problems.append(f"{ws} seq {seq}: prev_hash does not match seq {seq - 1}")
        last[ws] = (seq, h)
    return problems


# --- hand transfer ---------------------------------------------------------------------


class TransferError(ValueError):
    """A hand-transfer file that cannot be imported."""


def import_file(database: db.Database, keys: CentralKeys, path: Path) -> IngestResult:
    """Import a `journal export` file: check the workstation's signature, open the box
    sealed to the central, ingest like a network push (idempotent with it)."""
    try:
        message = protocol.SignedMessage.model_validate(
            files.loads_strict(files.read_input(path, limit=MAX_IMPORT_BYTES, what="journal file"))
        )
    except files.BadFile:
        raise  # the file itself: bad input (exit 2)
    except files.InputError as e:
        raise TransferError(f"{path}: {e}") from None
    except ValueError:
        raise TransferError(f"{path}: not a journal export file") from None
    try:
        unverified = files.loads_strict(message.payload)
        ws_id = unverified["workstation_id"]
        if not isinstance(ws_id, str):
            raise TypeError
    except (ValueError, KeyError, TypeError):
        raise TransferError(f"{path}: not a journal export file") from None
    with database.read() as conn:
        row = conn.execute(
            select(db.workstations).where(db.workstations.c.id == str(ws_id))
        ).first()
    if row is None:
        raise TransferError(f"{path}: from a workstation this central does not know")
    try:
        payload = protocol.verify(protocol.load_public_key(row.public_key), message).payload
        if payload.get("type") != "journal.export":
            raise protocol.ProtocolError("not a journal export")
        plain = protocol.open_sealed(keys.transport, payload["box"], ws_id.encode())
        listed = files.loads_strict(plain)
        if not isinstance(listed, list):
            raise ValueError("the sealed box does not hold a list of records")
        entries = [protocol.JournalEntryModel.model_validate(e) for e in listed]
    except (protocol.ProtocolError, ValueError, KeyError, TypeError) as e:
        raise TransferError(f"{path}: refused: {e}") from None
    with database.write() as conn:
        return ingest(conn, ws_id, entries, via="import")
