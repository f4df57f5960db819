from __future__ import annotations

import pytest

from desktop.screening.keys import NameIndexer
from local_store import replica
from local_store.testing import new_store


@pytest.fixture
def store(tmp_path):
    s = new_store(tmp_path)
    yield s
    s.close()


@pytest.fixture
def load(store):
    """Apply interchange rows to the real SQLCipher store, as sync or `replica load` does."""

    def _load(dataset: str, rows: list[dict], version: int = 1) -> None:
        with store.write() as c:
            replica.apply_rows(c, dataset, rows, version, indexer=NameIndexer())

    return _load
