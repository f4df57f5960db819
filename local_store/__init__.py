"""The encrypted local store: SQLCipher through SQLAlchemy 2 (see engine.py for why each
pragma and the pool policy), Alembic migrations, key slots, and the repositories of the
journal/outbox, audit log, settings and replica. Imports nothing from desktop or ui."""

from local_store.integrity import StoreDamaged
from local_store.store import Store, StoreError

__all__ = ["Store", "StoreDamaged", "StoreError"]
