"""The inspection journal and its outbox.

`append` writes the immutable, hash-chained journal row and its `pending` outbox row in
the caller's transaction (use `store.write()`, which is BEGIN IMMEDIATE: the next `seq`
is read under the write lock, so processes sharing a profile never collide). Sync marks
rows `sent` only after the central's acknowledgement; a record the central refuses for
good is `parked` with its reason for the supervisor, and does not block the rest.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from local_store.chain import ChainReport, verify_rows
from local_store.schema import journal, outbox
from protocol import GENESIS, JOURNAL_FIELDS, journal_row, link

STATES = ("pending", "sent", "parked")


@dataclass(frozen=True)
class JournalEntry:
    seq: int
    uuid: str
    kind: str
    recorded_at: str
    record: dict[str, Any]  # includes uuid, seq and recorded_at
    prev_hash: str  # the hash of the entry before (GENESIS for the first)
    hash: str
    state: str = "pending"
    attempts: int = 0
    last_error: str | None = None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def append(
    conn: Connection, *, uuid: str, kind: str, recorded_at: str, record: dict[str, Any]
) -> JournalEntry:
    last = conn.execute(
        select(journal.c.seq, journal.c.hash).order_by(journal.c.seq.desc()).limit(1)
    ).first()
    seq = (last.seq + 1) if last else 1
    prev = last.hash if last else GENESIS
    full = {**record, "uuid": uuid, "seq": seq, "recorded_at": recorded_at}
    row = journal_row(seq, uuid, kind, recorded_at, full)
    digest = link(prev, row)
    conn.execute(journal.insert().values(**row, prev_hash=prev, hash=digest))
    conn.execute(outbox.insert().values(seq=seq, state="pending", attempts=0, updated_at=_now()))
    # Store.write moves the anchor (local_store.integrity) once this commits.
    conn.info["journal_head"] = (seq, digest, kind, record.get("action"))
    return JournalEntry(seq, uuid, kind, recorded_at, full, prev, digest)


def _entries(conn: Connection, where: Any, limit: int | None = None) -> list[JournalEntry]:
    q = (
        select(journal, outbox.c.state, outbox.c.attempts, outbox.c.last_error)
        .join(outbox, outbox.c.seq == journal.c.seq)
        .where(where)
        .order_by(journal.c.seq)
    )
    if limit is not None:
        q = q.limit(limit)
    return [
        JournalEntry(
            r.seq,
            r.uuid,
            r.kind,
            r.recorded_at,
            json.loads(r.record),
            r.prev_hash,
            r.hash,
            r.state,
            r.attempts,
            r.last_error,
        )
        for r in conn.execute(q)
    ]


def pending(conn: Connection, limit: int = 500) -> list[JournalEntry]:
    """The oldest unsent entries, in sequence order."""
    return _entries(conn, outbox.c.state == "pending", limit)


def parked(conn: Connection) -> list[JournalEntry]:
    return _entries(conn, outbox.c.state == "parked")


def get(conn: Connection, seq: int) -> JournalEntry | None:
    found = _entries(conn, journal.c.seq == seq)
    return found[0] if found else None


def by_uuid(conn: Connection, uuid: str) -> JournalEntry | None:
    found = _entries(conn, journal.c.uuid == uuid)
    return found[0] if found else None


def recent(conn: Connection, limit: int = 50) -> list[JournalEntry]:
    """The latest entries, newest first."""
    last = conn.execute(select(func.max(journal.c.seq))).scalar() or 0
    return list(reversed(_entries(conn, journal.c.seq > last - limit)))


def latest(conn: Connection, where: Any, limit: int) -> list[JournalEntry]:
    """The latest `limit` entries matching `where` (a condition on the journal or outbox
    table), newest first."""
    seqs = select(journal.c.seq).join(outbox, outbox.c.seq == journal.c.seq).where(where)
    found = seqs.order_by(journal.c.seq.desc()).limit(limit).scalar_subquery()
    return list(reversed(_entries(conn, journal.c.seq.in_(found))))


def mark_sent(conn: Connection, seqs: Iterable[int]) -> int:
    seqs = list(seqs)
    if not seqs:
        return 0
    res = conn.execute(
        outbox.update()
        .where(outbox.c.seq.in_(seqs), outbox.c.state != "sent")
        .values(state="sent", last_error=None, updated_at=_now())
    )
    return res.rowcount


def record_failure(conn: Connection, seqs: Iterable[int], error: str) -> None:
    """A push attempt that did not get an answer: the entries stay pending."""
    conn.execute(
        outbox.update()
        .where(outbox.c.seq.in_(list(seqs)), outbox.c.state == "pending")
        .values(attempts=outbox.c.attempts + 1, last_error=error[:500], updated_at=_now())
    )


def park(conn: Connection, seq: int, reason: str) -> None:
    conn.execute(
        outbox.update()
        .where(outbox.c.seq == seq, outbox.c.state != "sent")
        .values(
            state="parked",
            attempts=outbox.c.attempts + 1,
            last_error=reason[:500],
            updated_at=_now(),
        )
    )


def requeue(conn: Connection, seq: int) -> bool:
    """Put a parked entry back in the queue (after the supervisor dealt with its reason)."""
    res = conn.execute(
        outbox.update()
        .where(outbox.c.seq == seq, outbox.c.state == "parked")
        .values(state="pending", updated_at=_now())
    )
    return res.rowcount == 1


def counts(conn: Connection) -> dict[str, int]:
    rows = conn.execute(select(outbox.c.state, func.count()).group_by(outbox.c.state)).all()
    found = dict(rows)
    return {state: int(found.get(state, 0)) for state in STATES}


def last_seq(conn: Connection) -> int:
    return int(conn.execute(select(func.max(journal.c.seq))).scalar() or 0)


def hash_at(conn: Connection, seq: int) -> str | None:
    return conn.execute(select(journal.c.hash).where(journal.c.seq == seq)).scalar()


def verify(conn: Connection) -> ChainReport:
    rows = conn.execute(select(journal).order_by(journal.c.seq)).mappings()
    return verify_rows("journal", "seq", rows, JOURNAL_FIELDS)
