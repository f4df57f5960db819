"""Helpers for tests: a real SQLCipher store under a random key."""

from __future__ import annotations

import secrets
from pathlib import Path

from local_store.store import Store


def new_store(directory: Path, name: str = "store.db") -> Store:
    """A fresh, migrated store in `directory`. Its key is `store.test_key`."""
    key = secrets.token_bytes(32)
    store = Store.open(Path(directory) / name, key)
    store.test_key = key  # type: ignore[attr-defined]
    return store
