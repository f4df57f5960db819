"""The central's screening replica and pre-screening.

So that a manifest is screened exactly as the counter will screen the traveller, the
central keeps a replica of its own published lists in the workstation's schema
(`local_store.schema`, a plain SQLite file `screening.sqlite` in the state directory:
the central's database is not encrypted either) and screens with the workstation's
engine, `desktop.screening.checks.screen`: same candidates, scores, hits and reasons.
The replica is brought up to the published versions by applying the stored chunks
(`dataset_chunks`, the very rows the workstations apply) with
`local_store.replica.apply_rows` and the name indexer; it never goes backwards.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.pool import QueuePool

from central import db

SCREENED = ("persons", "documents", "exit_bans", "entry_permits")
MIRROR_FILE = "screening.sqlite"


class Mirror:
    """The screening replica of one central (thread-safe; shared by request handlers)."""

    def __init__(self, path: Path) -> None:
        from local_store import schema

        self.path = path
        self.engine: Engine = create_engine(
            f"sqlite:///{path}",
            poolclass=QueuePool,
            pool_size=4,
            max_overflow=8,
            connect_args={"check_same_thread": False, "timeout": 60},
        )

        @event.listens_for(self.engine, "connect")
        def _pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=60000")
            cur.execute("PRAGMA cache_size=-65536")
            cur.close()

        @event.listens_for(self.engine, "begin")
        def _begin(conn: Connection) -> None:
            immediate = conn.get_execution_options().get("immediate")
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        schema.metadata.create_all(self.engine)
        # create_all makes a new table's indexes only: an index the schema gained since
        # this mirror was built (the persons' facts index of stop 34) is made here, as the
        # workstation's migrations make it there; screening reads it by name
        for table in schema.metadata.sorted_tables:
            for index in table.indexes:
                index.create(self.engine, checkfirst=True)
        self._sync_lock = threading.Lock()
        self._indexer: Any = None
        self._keys_ok = False  # checked once: the key version does not change while running

    @classmethod
    def for_state(cls, state_dir: Path) -> Mirror:
        return cls(state_dir / MIRROR_FILE)

    def indexer(self) -> Any:
        if self._indexer is None:
            from desktop.screening.keys import NameIndexer

            self._indexer = NameIndexer()
        return self._indexer

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def versions(self) -> dict[str, int]:
        with self.read() as conn:
            held = dict(
                conn.exec_driver_sql("SELECT dataset, version FROM replica_datasets").fetchall()
            )
        return {ds: int(held.get(ds, 0)) for ds in SCREENED}

    def sync(self, database: db.Database) -> dict[str, int]:
        """Apply every published version not yet held; returns {dataset: version}."""
        with database.read() as c:
            heads = {
                r.dataset: r.version
                for r in c.execute(select(db.dataset_heads.c.dataset, db.dataset_heads.c.version))
            }
        current = all(heads.get(ds, 0) <= v for ds, v in self.versions().items())
        if current and (self._keys_ok or self._keys_current()):
            self._keys_ok = True
            return self.versions()
        with self._sync_lock:
            for ds in SCREENED:
                while True:
                    if not self._apply_next(database, ds, heads.get(ds, 0)):
                        break
            with self.engine.connect() as conn, conn.begin():
                from local_store import replica

                replica.ensure_name_keys(conn, self.indexer())
            self._keys_ok = True
        return self.versions()

    def _keys_current(self) -> bool:
        """Whether the name keys were built by this software's key version: after an
        update that changes them (KEYS_VERSION) the mirror is re-keyed at the first sync,
        not only when a list is next published (until then screening misses people)."""
        from local_store import replica
        from local_store.replica import NAME_KEY_DATASETS

        with self.read() as conn:
            return all(replica.index_is_current(conn, ds, self.indexer())
                       for ds in NAME_KEY_DATASETS)  # fmt: skip

    def _apply_next(self, database: db.Database, dataset: str, head: int) -> bool:
        from local_store import replica

        with self.engine.connect() as raw:
            conn = raw.execution_options(immediate=True)
            with conn.begin():
                row = conn.exec_driver_sql(
                    "SELECT version FROM replica_datasets WHERE dataset = ?", (dataset,)
                ).fetchone()
                have = int(row[0]) if row else 0
                if have >= head:
                    return False
                version = have + 1
                c = db.dataset_chunks.c
                with database.read() as central:
                    messages = [
                        m
                        for (m,) in central.execute(
                            select(c.message)
                            .where(c.dataset == dataset, c.version == version)
                            .order_by(c.chunk)
                        )
                    ]
                bulk = len(messages) > 1
                count = 0
                for message in messages:
                    payload = json.loads(json.loads(message)["payload"])
                    rows = payload["rows"]
                    count = payload["row_count"]
                    replica.apply_rows(
                        conn, dataset, rows, version, indexer=self.indexer(), bulk=bulk
                    )
                if bulk:
                    replica.finish_bulk(conn, dataset)
                now = dt.datetime.now(dt.UTC).isoformat()
                conn.exec_driver_sql(
                    "INSERT INTO replica_datasets (dataset, version, applied_at, row_count) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (dataset) DO UPDATE SET "
                    "version = excluded.version, applied_at = excluded.applied_at, "
                    "row_count = excluded.row_count",
                    (dataset, version, now, count),
                )
        return True

    def dispose(self) -> None:
        self.engine.dispose()


def traveller_of(row: dict[str, Any]) -> Any:
    """A stored manifest traveller (or an APP question) -> the screening engine's
    `Traveller`."""
    from desktop.screening.checks import Traveller

    return Traveller(
        surname=row["surname"],
        given_names=row.get("given_names") or "",
        birth_date=row.get("birth_date"),
        nationality=row.get("nationality"),
        sex=row.get("sex"),
        document_number=row.get("document_number"),
        issuing_state=row.get("issuing_state"),
        document_type=row.get("document_type"),
    )


def screen(
    conn: Connection, traveller: dict[str, Any], direction: str, day: dt.date | None = None
) -> list[Any]:
    """Hits (desktop.screening.checks.Hit) of one traveller; `direction` entry | exit;
    `day`: the day the traveller reaches the border (entry permits are valid or not on
    that day)."""
    from desktop.screening.checks import screen as engine_screen

    return engine_screen(conn, traveller_of(traveller), direction, today=day)
