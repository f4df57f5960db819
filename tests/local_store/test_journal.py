from __future__ import annotations

import multiprocessing
import uuid

import pytest
from sqlalchemy import text

from local_store import Store, audit, journal

T = "2026-11-27T10:00:00+00:00"


def _append(store: Store, n: int = 1) -> list[journal.JournalEntry]:
    out = []
    for _ in range(n):
        with store.write() as c:
            out.append(
                journal.append(
                    c,
                    uuid=str(uuid.uuid4()),
                    kind="inspection",
                    recorded_at=T,
                    record={"decision": "admit"},
                )
            )
    return out


def test_sequence_numbers_and_outbox_states(store):
    entries = _append(store, 5)
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert entries[0].record["seq"] == 1 and entries[0].record["uuid"] == entries[0].uuid
    with store.write() as c:
        assert journal.mark_sent(c, [1, 2]) == 2
        journal.park(c, 3, "central refused: unknown officer")
        journal.record_failure(c, [4], "timeout")
    with store.read() as c:
        assert journal.counts(c) == {"pending": 2, "sent": 2, "parked": 1}
        assert [e.seq for e in journal.pending(c)] == [4, 5]
        assert journal.get(c, 4).attempts == 1
        (p,) = journal.parked(c)
        assert p.seq == 3 and "unknown officer" in p.last_error
    with store.write() as c:
        assert journal.requeue(c, 3)
        assert not journal.requeue(c, 3)
        assert journal.mark_sent(c, [1]) == 0  # already sent: idempotent
    with store.read() as c:
        assert [e.seq for e in journal.pending(c)] == [3, 4, 5]


def test_uuid_is_unique(store):
    (e,) = _append(store)
    with pytest.raises(Exception, match="UNIQUE"), store.write() as c:
        journal.append(c, uuid=e.uuid, kind="inspection", recorded_at=T, record={})
    with store.read() as c:
        assert journal.last_seq(c) == 1  # the failed transaction left nothing behind


def _worker(path: str, key: bytes, n: int) -> None:
    s = Store.open(path, key)
    for _ in range(n):
        with s.write() as c:
            journal.append(c, uuid=str(uuid.uuid4()), kind="inspection", recorded_at=T, record={})
            audit.append(c, "worker", "recorded")
    s.close()


def test_processes_sharing_a_profile_get_distinct_contiguous_sequence_numbers(store):
    ctx = multiprocessing.get_context("spawn")
    procs = [
        ctx.Process(target=_worker, args=(str(store.path), store.test_key, 30)) for _ in range(3)
    ]
    for p in procs:
        p.start()
    _append(store, 30)
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    with store.read() as c:
        seqs = [r[0] for r in c.execute(text("SELECT seq FROM journal ORDER BY seq"))]
        assert seqs == list(range(1, 121))
        assert journal.verify(c).ok and audit.verify(c).ok
        assert journal.counts(c)["pending"] == 120


@pytest.mark.parametrize(
    "column,value",
    [
        ("record", '{"decision":"refuse"}'),
        ("recorded_at", "2026-11-27T11:00:00+00:00"),
        ("uuid", "forged"),
        ("kind", "other"),
        ("hash", "0" * 64),
        ("prev_hash", "1" * 64),
    ],
)
def test_changing_any_journal_value_is_detected(store, column, value):
    _append(store, 4)
    with store.write() as c:
        c.execute(text(f"UPDATE journal SET {column} = :v WHERE seq = 3"), {"v": value})
    with store.read() as c:
        report = journal.verify(c)
    assert not report.ok
    assert report.first_bad == 3


@pytest.mark.parametrize(
    "column,value",
    [
        ("at", "2020-01-01T00:00:00+00:00"),
        ("actor", "someone"),
        ("event", "x"),
        ("detail", "{}"),
        ("hash", "f" * 64),
    ],
)
def test_changing_any_audit_value_is_detected(store, column, value):
    with store.write() as c:
        for i in range(4):
            audit.append(c, "sup", "override", {"i": i})
    with store.write() as c:
        c.execute(text(f"UPDATE audit_log SET {column} = :v WHERE id = 2"), {"v": value})
    with store.read() as c:
        report = audit.verify(c)
    assert (report.ok, report.first_bad) == (False, 2)


def test_deleting_a_row_is_detected(store):
    _append(store, 4)
    with store.write() as c:
        c.execute(text("DELETE FROM outbox WHERE seq = 2"))
        c.execute(text("DELETE FROM journal WHERE seq = 2"))
    with store.read() as c:
        report = journal.verify(c)
    assert not report.ok and report.first_bad == 3 and "missing" in report.reason


def test_a_record_committed_by_another_process_while_the_store_opens_is_no_rollback(
    store, monkeypatch
):
    """Another process commits a record and then moves the anchor; a store opening at that
    moment must not take its own snapshot for an older copy of the store (it did: the
    snapshot was taken before the anchor was read, and the counter stopped on a false
    alarm)."""
    from local_store import integrity

    _append(store, 3)
    real = integrity.read_anchor

    fired = []

    def anchor_while_another_commits(path):
        if not fired:  # once: writing the anchor reads it too
            fired.append(1)
            monkeypatch.setattr(integrity, "read_anchor", real)
            _append(store, 1)  # another pooled connection: commit, then the anchor moves on
        return real(path)

    monkeypatch.setattr(integrity, "read_anchor", anchor_while_another_commits)
    store._check_open(enforce=True)
    assert fired
    assert integrity.open_incidents(store.path) == []
    assert integrity.read_anchor(store.path)["seq"] == 4
