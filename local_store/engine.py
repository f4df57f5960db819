"""SQLCipher engine: raw key first, then pragmas; an explicit connection pool.

Why each choice:
- `PRAGMA key` with a raw 256-bit key (`x'..'`) is the first statement on every
  connection: no PBKDF2 per connection, and no plaintext header (setting WAL before the
  key writes one and the key then fails).
- QueuePool of a few connections shared by the GUI thread and worker threads. With
  `creator=` SQLAlchemy would pick SingletonThreadPool, which segfaulted here under 12
  threads; QueuePool with `check_same_thread=False` hands each connection to one thread
  at a time (SQLCipher is built THREADSAFE=1).
- WAL lets readers (screening) run while a writer commits; `synchronous=FULL` because a
  returned commit of an inspection record must survive a power cut, not just a crash.
- A 64 MiB page cache per connection: lookups are then as fast as plain SQLite.
- Transactions: `store.read()` is a deferred transaction; `store.write()` is
  `BEGIN IMMEDIATE`, taking the write lock up front so that two processes sharing a
  profile never both read the same last sequence number.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from local_store.integrity import detected, file_id, wal_path

KEY_BYTES = 32
CACHE_KIB = 65536
BUSY_TIMEOUT_S = 30.0
POOL_SIZE = 4
POOL_OVERFLOW = 4


class WrongKeyError(Exception):
    """The file is not a database under this key (or not a database at all)."""


def _connect(path: Path, key: bytes, *, plaintext: bool) -> Any:
    module: Any = sqlite3 if plaintext else sqlcipher3
    conn = module.connect(
        str(path), check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT_S
    )
    try:
        if not plaintext:
            # SQLCipher's own logger writes to stderr; errors reach us as exceptions.
            conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
            # The key is the first statement that touches the file. It never appears in
            # a log or a URL.
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # A wrong key only shows on the first read of the schema.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except module.DatabaseError as e:
        conn.close()
        if "not a database" in str(e) or "file is encrypted" in str(e):
            raise WrongKeyError(str(path)) from None
        raise
    return conn


def connection_factory(path: Path, key: bytes, *, plaintext: bool = False) -> Callable[[], Any]:
    """A DB-API connection factory; `plaintext=True` only for benchmarks comparing costs."""
    if not plaintext and len(key) != KEY_BYTES:
        raise ValueError("the database key must be 32 bytes")
    return lambda: _connect(path, key, plaintext=plaintext)


def create_store_engine(path: Path, key: bytes, *, plaintext: bool = False) -> Engine:
    engine = create_engine(
        "sqlite://",  # the real connection comes from creator=; nothing in the URL
        creator=connection_factory(path, key, plaintext=plaintext),
        poolclass=QueuePool,
        pool_size=POOL_SIZE,
        max_overflow=POOL_OVERFLOW,
        pool_timeout=BUSY_TIMEOUT_S,
        pool_reset_on_return="rollback",
    )

    wal = wal_path(path)

    @event.listens_for(engine, "connect")
    def _note_wal(_dbapi_conn: Any, record: Any) -> None:
        # The first read in _connect opened (or created) the WAL: remember which file.
        record.info["wal_id"] = file_id(wal)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        if not plaintext:
            _check_wal(conn, path)
        # pysqlite's own transaction handling is off (isolation_level=None): SQLAlchemy
        # emits BEGIN here, IMMEDIATE when the caller asked for a write transaction.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _check_wal(conn: Any, path: Path) -> None:
    """Before each transaction: is the WAL on disk still the file this connection writes?

    While a connection is open SQLite never deletes the WAL, so a missing or replaced
    one means someone deleted it under us: our commits since the last checkpoint live
    only in the unlinked file this process still holds open. Copy them into store.db
    (a checkpoint through our open descriptor) before refusing to go on."""
    info = conn.connection.info
    expected = info.get("wal_id")
    if expected is None or file_id(wal_path(path)) == expected:
        return
    info["wal_id"] = None  # report once per connection; the engine is being abandoned
    raw = conn.connection.dbapi_connection
    try:
        busy, frames, copied = raw.execute("PRAGMA wal_checkpoint(FULL)").fetchone()
        rescued = busy == 0 and frames == copied
        detail = (
            f"the {frames} frame(s) this process still held were copied into store.db"
            if rescued
            else f"only {copied} of {frames} frame(s) could be copied into store.db"
        )
    except Exception as e:
        rescued, detail = False, f"copying the log into store.db failed: {e}"
    raise detected(path, "wal_deleted", detail, rescued=rescued)
