"""The reference central's database: SQLite under the state directory by default,
PostgreSQL (or any SQLAlchemy URL) with `--db URL`. Tables are created on first use.

`Central.write()` is a serialised write transaction (SQLite: BEGIN IMMEDIATE, so that a
`load` from the command line and the running server never interleave half-versions;
PostgreSQL: the dataset head row is locked where a version is published).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
)
from sqlalchemy.pool import NullPool

metadata = MetaData()

workstations = Table(
    "workstations",
    metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("credential_hash", Text, nullable=False, unique=True),
    Column("login_token_hash", Text, nullable=False, unique=True),
    Column("public_key", Text, nullable=False),  # Ed25519, signs hand transfers
    Column("escrow_key", Text, nullable=False),  # sealed to the central's transport key
    Column("enrolled_at", Text, nullable=False),
    Column("active", Boolean, nullable=False),
)

enroll_codes = Table(
    "enroll_codes",
    metadata,
    Column("code_hash", Text, primary_key=True),
    Column("created_at", Text, nullable=False),
    Column("expires_at", Text, nullable=False),
    Column("used_by", Text),
)

officers = Table(
    "officers",
    metadata,
    Column("name", Text, primary_key=True),
    Column("role", Text, nullable=False),
    Column("password_hash", Text, nullable=False),  # scrypt$n$r$p$salt$hash
    Column("active", Boolean, nullable=False),
    Column("failures", Integer, nullable=False),
    Column("locked_until", Text),
    Column("updated_at", Text, nullable=False),
)

# Current content of each dataset (the last published version), one row per key.
dataset_rows = Table(
    "dataset_rows",
    metadata,
    Column("dataset", Text, primary_key=True),
    Column("key", Text, primary_key=True),
    Column("row", Text, nullable=False),  # canonical JSON
    Column("version", Integer, nullable=False),
)

# Rows of the snapshot being loaded (compared with dataset_rows in SQL, not in memory).
staging = Table(
    "staging",
    metadata,
    Column("dataset", Text, primary_key=True),
    Column("key", Text, primary_key=True),
    Column("row", Text, nullable=False),
    Column("deleted", Integer, nullable=False),  # 1: the row removes its key
)

dataset_heads = Table(
    "dataset_heads",
    metadata,
    Column("dataset", Text, primary_key=True),
    Column("version", Integer, nullable=False),
    Column("digest", Text, nullable=False),  # of the last chunk of that version
    Column("chunks", Integer, nullable=False),
    Column("row_count", Integer, nullable=False),
    Column("published_at", Text),
)

# Published versions, already signed: serving is reading stored bytes.
dataset_chunks = Table(
    "dataset_chunks",
    metadata,
    Column("dataset", Text, primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("chunk", Integer, primary_key=True),
    Column("rows", Integer, nullable=False),
    Column("message", Text, nullable=False),  # SignedMessage JSON
    Column("digest", Text, nullable=False),
)

records = Table(
    "records",
    metadata,
    Column("workstation", Text, primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("uuid", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("recorded_at", Text, nullable=False),
    Column("received_at", Text, nullable=False),
    Column("via", Text, nullable=False),  # network | import
    Column("record", Text, nullable=False),  # canonical JSON
    Column("prev_hash", Text, nullable=False),
    Column("hash", Text, nullable=False),
    UniqueConstraint("uuid", name="uq_records_uuid"),
)

alerts = Table(
    "alerts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("uuid", Text, nullable=False, unique=True),
    Column("workstation", Text, nullable=False),
    Column("record_uuid", Text, nullable=False),
    Column("dataset", Text, nullable=False),
    Column("key", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("raised_at", Text, nullable=False),
    Column("acknowledged", Boolean, nullable=False),
    Index("ix_alerts_workstation_id", "workstation", "id"),
)

# Records the central screened again on arrival (made while the workstation was not
# `online`, or in emergency mode): when, why, and what it found.
rescreens = Table(
    "rescreens",
    metadata,
    Column("record_uuid", Text, primary_key=True),
    Column("workstation", Text, nullable=False),
    Column("rescreened_at", Text, nullable=False),
    Column("because", Text, nullable=False),  # JSON list: offline, degraded, emergency
    Column("hits", Integer, nullable=False),
    Column("alerts", Integer, nullable=False),
)


@dataclass
class Database:
    engine: Engine
    is_sqlite: bool

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn = conn.execution_options(immediate=True)
            with conn.begin():
                yield conn

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(state_dir: Path, url: str | None = None) -> Database:
    state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    if url is None:
        url = f"sqlite:///{state_dir / 'central.sqlite'}"
    is_sqlite = url.startswith("sqlite")
    if is_sqlite:
        engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": 60})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            # Python's sqlite3 must not open transactions behind our back: we BEGIN.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=60000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            immediate = conn.get_execution_options().get("immediate")
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    else:
        engine = create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)
    metadata.create_all(engine)
    return Database(engine, is_sqlite)
