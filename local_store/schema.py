"""Tables of the encrypted store (SQLAlchemy Core). Alembic migrations create them;
`tests/local_store/test_migrations.py` proves the migrations give exactly this schema.

Conventions: timestamps are ISO 8601 UTC text (`2026-11-27T13:07:43.123456+00:00`),
JSON columns hold canonical JSON text, dates of birth keep their published precision.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# --- workstation ---------------------------------------------------------------------

settings = Table(
    "settings",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),  # JSON
)

officers = Table(
    "officers",
    metadata,
    Column("name", Text, primary_key=True),
    Column("role", Text, nullable=False),  # officer | supervisor | installer
    Column("active", Boolean, nullable=False),
    Column("source", Text, nullable=False),  # local | central
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
)

# Hash-chained: hash = sha256(prev_hash || canonical JSON of the row's fields).
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),  # 1, 2, ... chain order
    Column("at", Text, nullable=False),
    Column("actor", Text, nullable=False),
    Column("event", Text, nullable=False),
    Column("detail", Text, nullable=False),  # JSON; never secrets, never traveller data
    Column("prev_hash", Text, nullable=False),
    Column("hash", Text, nullable=False),
)

# The inspection journal: one immutable, hash-chained row per record. `seq` is the
# per-workstation sequence number (the order of record, never the wall clock).
journal = Table(
    "journal",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("uuid", Text, nullable=False, unique=True),
    Column("kind", Text, nullable=False),  # inspection | emergency | ...
    Column("recorded_at", Text, nullable=False),
    Column("record", Text, nullable=False),  # canonical JSON of the whole record
    Column("prev_hash", Text, nullable=False),
    Column("hash", Text, nullable=False),
)

# Delivery state of each journal row, kept apart so that the journal stays immutable.
outbox = Table(
    "outbox",
    metadata,
    Column("seq", Integer, ForeignKey("journal.seq"), primary_key=True, autoincrement=False),
    Column("state", Text, nullable=False),  # pending | sent | parked
    Column("attempts", Integer, nullable=False),
    Column("last_error", Text),
    Column("updated_at", Text, nullable=False),
    Index(None, "state", "seq"),
)

# --- replica of the central system's datasets --------------------------------------

# One row per dataset: the checkpoint of the last delta applied.
replica_datasets = Table(
    "replica_datasets",
    metadata,
    Column("dataset", Text, primary_key=True),
    Column("version", Integer, nullable=False),
    Column("published_at", Text),  # when the central published this version
    Column("expires_at", Text),  # after this the feed is stale
    Column("applied_at", Text, nullable=False),
    Column("row_count", Integer, nullable=False),
    Column("digest", Text),  # hash of the last applied delta (continuity check)
)

persons = Table(
    "persons",
    metadata,
    Column("id", Text, primary_key=True),
    Column("version", Integer, nullable=False),
    Column("names", Text, nullable=False),  # JSON list, as published
    Column("birth_date", Text),  # YYYY, YYYY-MM or YYYY-MM-DD
    Column("birth_year", Integer, index=True),
    Column("nationality", Text),
    Column("sex", Text),
    Column("action", Text, nullable=False),  # refer | deny_entry | arrest
    Column("list", Text),
    Column("valid_until", Text),
    # Covering the facts that order namesakes tied at the candidate limit
    # (`desktop.screening.checks._cut`, up to 200 a pass): read from this compact index,
    # not from 200 rows spread over the table (1.5 -> 0.5 ms CPU a read at 1M persons).
    Index(None, "id", "birth_date", "nationality", "sex"),
)

# Lost, stolen and revoked travel documents: tens of millions of rows, so no rowid.
documents = Table(
    "documents",
    metadata,
    Column("document_number", Text, primary_key=True),
    Column("issuing_state", Text, primary_key=True),
    Column("type", Text, primary_key=True),
    Column("reason", Text, nullable=False),  # lost | stolen | revoked
    Column("version", Integer, nullable=False),
    sqlite_with_rowid=False,
)

exit_bans = Table(
    "exit_bans",
    metadata,
    Column("id", Text, primary_key=True),
    Column("version", Integer, nullable=False),
    Column("names", Text, nullable=False),  # JSON list
    Column("birth_date", Text),
    Column("birth_year", Integer, index=True),
    Column("nationality", Text),
    Column("document_number", Text, index=True),
    Column("reason", Text),
)

entry_permits = Table(
    "entry_permits",
    metadata,
    Column("permit_number", Text, primary_key=True),
    Column("version", Integer, nullable=False),
    Column("names", Text, nullable=False),  # JSON list
    Column("birth_date", Text),
    Column("document_number", Text, index=True),
    Column("valid_from", Text, nullable=False),
    Column("valid_until", Text, nullable=False),
    Column("entries_allowed", Integer, nullable=False),
    Column("entries_used", Integer, nullable=False),
)

csca_certificates = Table(
    "csca_certificates",
    metadata,
    Column("fingerprint", Text, primary_key=True),  # sha256 of the DER, hex
    Column("version", Integer, nullable=False),
    Column("country", Text, nullable=False, index=True),
    Column("subject", Text, nullable=False),
    Column("not_before", Text, nullable=False),
    Column("not_after", Text, nullable=False),
    Column("der", LargeBinary, nullable=False),
    # csca (self-signed), link (a new CSCA key signed by the old), crl (a CSCA's CRL:
    # subject = issuer, not_before/not_after = thisUpdate/nextUpdate)
    Column("kind", Text, nullable=False, server_default=text("'csca'")),
    Column("source", Text),  # e.g. "master list DE_ML_....ml (signed by ...)"
)

# dataset name (as in DESIGN.md's interchange format) -> table holding its rows
REPLICA_TABLES: dict[str, Table] = {
    "persons": persons,
    "documents": documents,
    "exit_bans": exit_bans,
    "entry_permits": entry_permits,
    "csca": csca_certificates,
    "officers": officers,
}

# --- screening -------------------------------------------------------------------------
# Derived from the replica rows by `local_store.replica` (see its docstring): nothing here
# is published by the central system, all of it can be rebuilt from the tables above.

# Blocking keys of listed names (persons, exit bans): 63-bit hashes of pairs of phonetic
# unit keys computed by `desktop.screening.keys`. `dataset`: 1 persons, 2 exit_bans.
screening_name_keys = Table(
    "screening_name_keys",
    metadata,
    Column("key", Integer, primary_key=True, autoincrement=False),
    Column("dataset", Integer, primary_key=True, autoincrement=False),
    Column("ref", Text, primary_key=True),  # persons.id / exit_bans.id
    # The listed birth date as YYYYMMDD with unknown parts 0 (1997-07 -> 19970700), so
    # that candidates are ranked by it without a join: a list holds many namesakes.
    Column("birth", Integer),
    sqlite_with_rowid=False,
)

# Name keys of rows added by a load in several parts (`replica.apply_rows(bulk=True)`),
# waiting to be merged into `screening_name_keys` in key order when the load is complete
# (`replica.finish_bulk`): inserting millions of random keys one chunk at a time rewrites
# most of that table's pages at every commit. Ordered by row within 16 buckets of keys
# (`key >> 59`) so that staging appends and the merge sorts one bucket at a time.
screening_name_keys_staged = Table(
    "screening_name_keys_staged",
    metadata,
    Column("dataset", Integer, primary_key=True, autoincrement=False),
    Column("bucket", Integer, primary_key=True, autoincrement=False),
    Column("ref", Text, primary_key=True),
    Column("key", Integer, primary_key=True, autoincrement=False),
    Column("birth", Integer),
    sqlite_with_rowid=False,
)

# Listed documents whose number changes under the OCR look-alike fold (O->0, I->1, S->5...).
# Numbers that the fold leaves unchanged are found through the documents primary key, so
# only this minority costs extra space (measured in bench/bench_screening.py).
screening_document_folds = Table(
    "screening_document_folds",
    metadata,
    Column("folded", Text, primary_key=True),
    Column("document_number", Text, primary_key=True),
    Column("issuing_state", Text, primary_key=True),
    Column("type", Text, primary_key=True),
    sqlite_with_rowid=False,
)

# Which version of the key algorithm built `screening_name_keys`, per dataset.
screening_index_state = Table(
    "screening_index_state",
    metadata,
    Column("dataset", Text, primary_key=True),
    Column("indexer_version", Integer, nullable=False),
)

# --- sync (issue 6) ------------------------------------------------------------------

# Post-hoc alerts from the central: a record made offline or in emergency mode hit a
# list entry the counter could not see. Shown to the supervisor until acknowledged.
sync_alerts = Table(
    "sync_alerts",
    metadata,
    Column("uuid", Text, primary_key=True),
    Column("record_uuid", Text, nullable=False, index=True),
    Column("dataset", Text, nullable=False),
    Column("key", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("raised_at", Text, nullable=False),
    Column("received_at", Text, nullable=False),
    Column("acknowledged", Boolean, nullable=False),
    Column("acknowledged_by", Text),
    Column("acknowledged_at", Text),
)


# --- expected travellers (issue 17) ------------------------------------------------------

# The `manifests` dataset's rows for this workstation's port (sync/manifest_list.py):
# who is due on which flight, and what the central's pre-screening found.
expected_travellers = Table(
    "expected_travellers",
    metadata,
    Column("id", Text, primary_key=True),  # FLIGHT/DEPARTURE/DATE#index
    Column("version", Integer, nullable=False),
    Column("port", Text, nullable=False),
    Column("direction", Text, nullable=False),  # inbound | outbound
    Column("flight", Text, nullable=False),
    Column("flight_key", Text, nullable=False, index=True),
    Column("scheduled", Text),  # UTC ISO (local when the port has no zone)
    Column("scheduled_local", Text),
    Column("role", Text, nullable=False),  # passenger | crew
    Column("surname", Text, nullable=False),
    Column("given_names", Text),
    Column("birth_date", Text),
    Column("nationality", Text),
    Column("document_number", Text, index=True),
    Column("issuing_state", Text),
    Column("prescreen", Text, nullable=False),  # JSON list of hits
    Column("screened_at", Text),
)
