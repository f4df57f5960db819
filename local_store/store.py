"""Opening the encrypted store: engine, migrations, transactions."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from local_store.engine import WrongKeyError, create_store_engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class StoreError(Exception):
    """The store cannot be opened; the message is safe to show."""


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


class Store:
    """One open encrypted store. Thread-safe: every call checks a pooled connection out."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine

    @classmethod
    def open(
        cls,
        database: Path | os.PathLike[str],
        key: bytes,
        *,
        migrate: bool = True,
        plaintext: bool = False,
    ) -> Store:
        """Open (creating on first use) the SQLCipher file at `database` under `key`.

        `database` may also be a `desktop.config.Profile`-like object with `.database`.
        """
        path = Path(getattr(database, "database", database))
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        new = not path.exists()
        if new:
            # Created 0600 before SQLCipher writes its first (encrypted) page.
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        engine = create_store_engine(path, key, plaintext=plaintext)
        store = cls(path, engine)
        try:
            if migrate:
                store.migrate()
        except WrongKeyError:
            engine.dispose()
            raise StoreError(f"{path} does not open with this key") from None
        except BaseException:
            engine.dispose()
            raise
        return store

    def migrate(self) -> None:
        """Bring the schema to the newest revision (idempotent; one process at a time)."""
        with self.engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            conn.rollback()
        if current == head_revision():
            return
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
        """A write transaction: BEGIN IMMEDIATE, committed on exit, rolled back on error."""
        with (
            self.engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn,
            conn.begin(),
        ):
            yield conn

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
