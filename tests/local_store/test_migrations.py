from __future__ import annotations

import multiprocessing
import secrets

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from local_store import Store
from local_store.schema import metadata
from local_store.store import head_revision


def test_migrations_give_exactly_the_schema(store):
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_store_is_at_head_and_reopen_is_idempotent(store, tmp_path):
    key = store.test_key
    store.close()
    for _ in range(2):
        with Store.open(tmp_path / "store.db", key) as s, s.engine.connect() as c:
            assert MigrationContext.configure(c).get_current_revision() == head_revision()


def _open(path: str, key: bytes) -> None:
    Store.open(path, key).close()


def test_two_processes_opening_a_new_store_at_once(tmp_path):
    key = secrets.token_bytes(32)
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_open, args=(str(tmp_path / "s.db"), key)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    with Store.open(tmp_path / "s.db", key) as s, s.engine.connect() as c:
        assert MigrationContext.configure(c).get_current_revision() == head_revision()


def test_head_is_alembics_head_and_a_store_opens_without_alembic(store, tmp_path):
    """store.HEAD is the newest migration, and a store already at it opens without
    importing alembic (a CLI command's start-up)."""
    import subprocess
    import sys

    from local_store import store as store_module

    assert head_revision() == store_module.HEAD
    key = store.test_key
    store.close()
    code = (
        "import sys; from local_store import Store; "
        f"Store.open({str(tmp_path / 'store.db')!r}, bytes.fromhex({key.hex()!r})).close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout
