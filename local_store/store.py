"""Opening the encrypted store: engine, migrations, transactions."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from local_store import integrity
from local_store.engine import WrongKeyError, create_store_engine
from local_store.integrity import StoreDamaged

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest revision under migrations/versions (tests check it against alembic's head).
# Opening a store at this revision reads it with one query and never imports alembic,
# whose import (mako, pygments) was ~40 % of a CLI command's start-up.
HEAD = "0008_persons_facts_index"


class StoreError(Exception):
    """The store cannot be opened; the message is safe to show."""


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """Alembic's head, read from the migration scripts (HEAD must equal it)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _current_revision(conn: Connection) -> str | None:
    """The revision alembic stamped (its alembic_version table), None on a new store."""
    known = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if known is None:
        return None
    return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


class Store:
    """One open encrypted store. Thread-safe: every call checks a pooled connection out."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self.incidents: list[integrity.Incident] = []  # open incidents seen at open

    @classmethod
    def open(
        cls,
        database: Path | os.PathLike[str],
        key: bytes,
        *,
        migrate: bool = True,
        plaintext: bool = False,
        must_exist: bool = False,
        enforce: bool = True,
    ) -> Store:
        """Open (creating on first use) the SQLCipher file at `database` under `key`.

        `database` may also be a `desktop.config.Profile`-like object with `.database`.
        `must_exist`: a workstation's store, never created here (a missing or empty file
        is an incident, not a fresh start). Damage, a rolled-back copy, or an incident
        nobody has cleared raise `StoreDamaged`; with `enforce=False` (status, audit
        verify) a store that can be read opens anyway and lists them in `incidents`.
        """
        path = Path(getattr(database, "database", database))
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # One process at a time between "is the file sound?" and "schema at head": a
        # second process must not see the first one's just-created, still empty file
        # and take it for a store emptied by damage.
        with open(path.with_name(path.name + ".open.lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            return cls._open_locked(path, key, plaintext, migrate, must_exist, enforce)

    @classmethod
    def _open_locked(
        cls,
        path: Path,
        key: bytes,
        plaintext: bool,
        migrate: bool,
        must_exist: bool,
        enforce: bool,
    ) -> Store:
        if not plaintext:
            try:
                integrity.check_files(path, must_exist=must_exist)
            except StoreDamaged as e:
                damaged = integrity.detected(path, e.problem, e.detail)
                # A deleted WAL leaves a readable store.db: `audit verify` and `status`
                # (not enforcing) may still open it, once every other process is gone.
                if enforce or e.problem != "wal_deleted":
                    raise damaged from None
        new = not path.exists()
        if new:
            # Created 0600 before SQLCipher writes its first (encrypted) page.
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        engine = create_store_engine(path, key, plaintext=plaintext)
        store = cls(path, engine)
        try:
            if migrate:
                store.migrate()
            if not plaintext and not new:
                store._check_open(enforce)
        except WrongKeyError:
            engine.dispose()
            if must_exist:
                # The key slots authenticated this key: the file itself is at fault.
                raise integrity.detected(
                    path,
                    "malformed",
                    "it does not open with this workstation's key (the key slots "
                    "unlocked it): altered, or another workstation's file",
                ) from None
            raise StoreError(f"{path} does not open with this key") from None
        except StoreDamaged:
            engine.dispose()
            raise
        except Exception as e:
            engine.dispose()
            if not plaintext and integrity.is_corruption(e):
                raise integrity.detected(path, "malformed", f"SQLite: {e}") from None
            raise
        except BaseException:
            engine.dispose()
            raise
        return store

    def _check_open(self, enforce: bool) -> None:
        """The journal against its anchor; incidents copied into the audit log."""
        from local_store import journal

        # The anchor before the snapshot: another process commits a record, then moves
        # the anchor, so an anchor read after the snapshot may be ahead of it (a store
        # opened while another process writes was called an older copy).
        anchor = integrity.read_anchor(self.path)
        with self.read() as c:
            last = journal.last_seq(c)
            problem = integrity.anchor_problem(anchor, last, lambda s: journal.hash_at(c, s))
            head = journal.hash_at(c, last) if last else None
        if problem:
            integrity.detected(self.path, "rolled_back", problem)
        elif last and (anchor is None or anchor["seq"] < last):
            integrity.write_anchor(self.path, last, head or "", None, None)
        self.flush_incidents()
        if enforce:
            integrity.raise_for_incidents(self.path)
        self.incidents = integrity.open_incidents(self.path)

    def flush_incidents(self) -> None:
        """Copy incidents not yet in the audit log into it, exactly once per copy of the
        store (`store.incidents_upto` is written in the same transaction)."""
        from local_store import audit, settings

        found = integrity.incidents(self.path)
        with self.read() as c:
            done = int(settings.get(c, "store.incidents_upto", 0))
        if any(i.id > done for i in found):
            with self.write() as c:
                for i in found:
                    if i.id > done:
                        audit.append(c, "workstation", "store_incident", i.as_json(), at=i.at)
                settings.put(c, "store.incidents_upto", found[-1].id)

    def migrate(self) -> None:
        """Bring the schema to the newest revision (idempotent; one process at a time)."""
        with self.engine.connect() as conn:
            current = _current_revision(conn)
            conn.rollback()
        if current == HEAD:
            return
        from alembic import command

        lock_path = self.path.with_name(self.path.name + ".migrate.lock")
        with open(lock_path, "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # another process may be migrating right now
            cfg = _alembic_config()
            with self.engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn:
                cfg.attributes["connection"] = conn
                with conn.begin():
                    command.upgrade(cfg, "head")

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read transaction (deferred; sees one consistent snapshot in WAL mode)."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction: BEGIN IMMEDIATE, committed on exit, rolled back on error.

        A transaction that appended to the journal is copied from the WAL into store.db
        (a passive checkpoint) and moves the journal's anchor before this returns: a
        record whose commit returned no longer depends on the WAL file."""
        with self.engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn:
            try:
                with conn.begin():
                    yield conn
                head = conn.info.pop("journal_head", None)
            finally:
                conn.info.pop("journal_head", None)
            if head is not None:
                conn.connection.dbapi_connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
                integrity.write_anchor(self.path, *head)

    def full_check(self) -> list[str]:
        """cipher_integrity_check and integrity_check over the whole file (see integrity)."""
        with self.engine.connect() as conn:
            return integrity.full_check(conn.connection.dbapi_connection)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
