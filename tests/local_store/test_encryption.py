"""The store on disk: nothing readable without the key, WAL and SHM included."""

from __future__ import annotations

import secrets
import threading

import pytest
from sqlalchemy import text

from local_store import Store, StoreError, audit, journal
from local_store.schema import persons

MARKERS = ["ZEBRAQUOKKA", "L898902C3", "陳水扁測試", "1974-08-12"]


def _write_markers(store: Store) -> None:
    with store.write() as c:
        for i, m in enumerate(MARKERS):
            journal.append(
                c,
                uuid=f"u{i}",
                kind="inspection",
                recorded_at="2026-11-27T10:00:00+00:00",
                record={"surname": m, "document_number": m},
            )
        c.execute(
            persons.insert().values(
                id="p1", version=1, names=f'["{MARKERS[2]}"]', birth_date=MARKERS[3], action="refer"
            )
        )
        audit.append(c, "tester", "marker", {"note": "no traveller data here"})


def test_files_hold_no_plaintext_including_wal_and_shm(store):
    _write_markers(store)
    # Keep the WAL un-checkpointed so the recent pages are still in the -wal file.
    files = [store.path, store.path.with_name("store.db-wal"), store.path.with_name("store.db-shm")]
    seen = {f.name: f.read_bytes() for f in files if f.exists()}
    assert "store.db-wal" in seen and len(seen["store.db-wal"]) > 0
    for name, blob in seen.items():
        assert not blob.startswith(b"SQLite format 3"), name
        for m in MARKERS:
            assert m.encode() not in blob, (name, m)
            assert m.encode("utf-16-le") not in blob, (name, m)


def test_after_checkpoint_database_file_holds_no_plaintext(store):
    _write_markers(store)
    with store.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    blob = store.path.read_bytes()
    for m in MARKERS:
        assert m.encode() not in blob


def test_wrong_key_fails_and_leaves_data_intact(store):
    _write_markers(store)
    key = store.test_key
    store.close()
    with pytest.raises(StoreError, match="does not open with this key"):
        Store.open(store.path, secrets.token_bytes(32))
    with Store.open(store.path, key) as again, again.read() as c:
        assert journal.counts(c)["pending"] == len(MARKERS)


def test_plain_sqlite_cannot_read_the_file(store):
    import sqlite3

    _write_markers(store)
    db = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.DatabaseError):
        db.execute("SELECT * FROM sqlite_master").fetchall()
    db.close()


def test_pool_is_safe_with_many_threads(store):
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for j in range(40):
                with store.write() as c:
                    audit.append(c, f"t{n}", "tick", {"j": j})
                with store.read() as c:
                    c.execute(text("SELECT count(*) FROM audit_log")).scalar()
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with store.read() as c:
        assert audit.count(c) == 12 * 40
        assert audit.verify(c).ok
