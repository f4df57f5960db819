"""Journal replay: push pending outbox entries to the central in sequence order.

The idempotency keys are (workstation, seq) and the record UUID; an entry is marked
`sent` only after the central's acknowledgement (accepted, or already held). A record
the central refuses for good is parked with the reason and the queue goes on: when a
whole batch draws a 4xx, its entries are sent one by one so that only the bad one parks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import protocol
from local_store import Store, journal
from sync.client import CentralClient, Refused, Unreachable

# Measured (bench/bench_sync.py): past ~500 records a batch gains little and a lost
# acknowledgement costs a larger resend.
DEFAULT_BATCH = 500
_AUTH_FAILURES = (401, 403)


@dataclass
class PushReport:
    sent: int = 0
    duplicates: int = 0
    parked: list[dict[str, Any]] = field(default_factory=list)
    batches: int = 0


def push_request(entries: list[journal.JournalEntry]) -> protocol.PushRequest:
    """The protocol's request for these entries (a push, or a hand-transfer file)."""
    return protocol.PushRequest(
        entries=[
            protocol.JournalEntryModel(
                seq=e.seq,
                uuid=e.uuid,
                kind=e.kind,
                recorded_at=e.recorded_at,
                record=e.record,
                prev_hash=e.prev_hash,
                hash=e.hash,
            )
            for e in entries
        ]
    )


def _send(
    store: Store, client: CentralClient, entries: list[journal.JournalEntry], report: PushReport
) -> None:
    """One batch; on a 4xx for the batch, one by one. Raises Unreachable, or Refused
    for credential problems (nothing can go through then)."""
    seqs = [e.seq for e in entries]
    try:
        resp = client.push(push_request(entries))
    except Unreachable as e:
        with store.write() as conn:
            journal.record_failure(conn, seqs, str(e))
        raise
    except Refused as e:
        if e.status in _AUTH_FAILURES:
            raise
        if len(entries) > 1:
            for entry in entries:
                _send(store, client, [entry], report)
            return
        with store.write() as conn:
            journal.park(conn, entries[0].seq, f"refused by the central: {e.detail}")
        report.parked.append({"seq": entries[0].seq, "reason": e.detail})
        return
    report.batches += 1
    acked = set(resp.accepted) | set(resp.duplicates)
    unknown = acked - set(seqs)
    with store.write() as conn:
        journal.mark_sent(conn, sorted(acked & set(seqs)))
        for r in resp.rejected:
            if r.seq in seqs:
                journal.park(conn, r.seq, f"refused by the central: {r.reason}")
                report.parked.append({"seq": r.seq, "reason": r.reason})
    if resp.head is not None:
        from sync import rollback

        rollback.check(store, resp.head)
    if unknown:
        raise Unreachable("the central acknowledged records it was not sent")
    if not (acked & set(seqs)) and not resp.rejected:
        raise Unreachable("the central answered without acknowledging anything")
    report.sent += len(set(resp.accepted) & set(seqs))
    report.duplicates += len(set(resp.duplicates) & set(seqs))


def push_pending(
    store: Store,
    client: CentralClient,
    batch_size: int = DEFAULT_BATCH,
    *,
    max_batches: int | None = None,
    report: PushReport | None = None,
    on_batch: Callable[[int, int], None] | None = None,
) -> PushReport:
    """Push until the outbox has no pending entry (or `max_batches`). `report` is filled
    as batches go, so the caller sees the progress made before an error.
    `on_batch(done, total)`: records handled so far out of those pending at the start."""
    report = report if report is not None else PushReport()
    done = 0
    total = None
    if on_batch is not None:
        with store.read() as conn:
            total = journal.counts(conn)["pending"]
    while max_batches is None or done < max_batches:
        with store.read() as conn:
            entries = journal.pending(conn, batch_size)
        if not entries:
            break
        _send(store, client, entries, report)
        done += 1
        if on_batch is not None and total:
            handled = report.sent + report.duplicates + len(report.parked)
            on_batch(min(handled, total), total)
    return report
