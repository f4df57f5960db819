from __future__ import annotations

import pytest

from local_store.testing import new_store


@pytest.fixture
def store(tmp_path):
    s = new_store(tmp_path)
    yield s
    s.close()
