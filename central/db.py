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


# --- advance passenger information (issue 17, central/apis/) ---------------------------

# One row per flight (flight number, departure port, local departure date): a later send
# of the same flight replaces the earlier one. Times: `*_local` as the message gave them
# (local to the port), `*_utc` through the time-zone table (NULL for an unknown port).
apis_manifests = Table(
    "apis_manifests",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("flight_key", Text, nullable=False, unique=True),
    Column("flight", Text, nullable=False),
    Column("carrier", Text, nullable=False),
    Column("direction", Text, nullable=False),  # inbound | outbound
    Column("dep_airport", Text, nullable=False),
    Column("dep_local", Text),
    Column("dep_utc", Text),
    Column("arr_airport", Text, nullable=False),
    Column("arr_local", Text),
    Column("arr_utc", Text),
    Column("sender", Text, nullable=False),
    Column("sent_at", Text, nullable=False),  # UNB date/time, the sender's clock
    Column("control_ref", Text, nullable=False),
    Column("digest", Text, nullable=False),  # sha256 of the interchange
    Column("imported_at", Text, nullable=False),
    Column("passengers", Integer, nullable=False),
    Column("crew", Integer, nullable=False),
    Column("errors", Text, nullable=False),  # JSON list
    Column("screened_at", Text),
    Column("screened_versions", Text),  # JSON {dataset: version} of the lists used
    Column("hits", Integer, nullable=False),  # travellers with at least one hit
)

apis_travellers = Table(
    "apis_travellers",
    metadata,
    Column("manifest_id", Integer, primary_key=True, autoincrement=False),
    Column("idx", Integer, primary_key=True, autoincrement=False),
    Column("role", Text, nullable=False),  # passenger | crew
    Column("surname", Text, nullable=False),
    Column("given_names", Text, nullable=False),
    Column("birth_date", Text),
    Column("sex", Text),
    Column("nationality", Text),
    Column("document_type", Text),
    Column("document_number", Text),
    Column("issuing_state", Text),
    Column("document_expiry", Text),
    Column("booking_ref", Text),
    Column("hits", Text, nullable=False),  # JSON list of desktop.screening Hit.to_json()
    Index("ix_apis_travellers_document", "document_number"),
)

# APP (advance passenger processing): airline systems allowed to ask, and every answer.
app_airlines = Table(
    "app_airlines",
    metadata,
    Column("code", Text, primary_key=True),  # IATA carrier code
    Column("token_hash", Text, nullable=False, unique=True),
    Column("rate_per_s", Integer, nullable=False),
    Column("active", Boolean, nullable=False),
    Column("created_at", Text, nullable=False),
)

app_audit = Table(
    "app_audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("uuid", Text, nullable=False, unique=True),  # the reference given to the airline
    Column("at", Text, nullable=False),
    Column("airline", Text, nullable=False),
    Column("via", Text, nullable=False),  # http | cli
    Column("flight", Text),
    Column("direction", Text),
    Column("request", Text, nullable=False),  # canonical JSON of the question
    Column("answer", Text, nullable=False),  # board | no_board | contact_authority | refused
    Column("reason", Text),
    Column("hits", Text, nullable=False),  # JSON [{dataset, key, action, score}] (never sent)
    Column("latency_ms", Integer, nullable=False),
)


# The port each workstation works at (issue 17): set with the enrollment code
# (`enroll-code --port TPE`), kept for the workstation that used the code.
enroll_code_ports = Table(
    "enroll_code_ports",
    metadata,
    Column("code_hash", Text, primary_key=True),
    Column("port", Text, nullable=False),
)

workstation_ports = Table(
    "workstation_ports",
    metadata,
    Column("workstation", Text, primary_key=True),
    Column("port", Text, nullable=False),
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


def sqlite_policy(engine: Engine) -> None:
    """WAL, a 60 s busy wait, and transactions we BEGIN ourselves (Python's sqlite3
    must not open them behind our back); `immediate=True` takes the write lock first."""

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
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


def open_database(state_dir: Path, url: str | None = None) -> Database:
    state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    if url is None:
        url = f"sqlite:///{state_dir / 'central.sqlite'}"
    is_sqlite = url.startswith("sqlite")
    if is_sqlite:
        engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": 60})
        sqlite_policy(engine)

    else:
        engine = create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)
    metadata.create_all(engine)
    return Database(engine, is_sqlite)
