"""The reference central on PostgreSQL (what sites with many counters run): the same
publishing, idempotent journal and re-screening code, and a real workstation syncing
through the fault proxy to a central process started with --db URL."""

from __future__ import annotations

import json

import pytest

import protocol
from central import datasets, db, journal_ingest
from central.keys import load_keys
from tests.central.test_central import entries, inspection
from tests.sync.conftest import make_records, new_workstation
from tests.sync.faultproxy import FaultProxy
from tests.sync.harness import CentralProcess, assert_converged

pytestmark = pytest.mark.postgres


def test_publish_and_ingest_on_postgres(pg_url, tmp_path):
    database = db.open_database(tmp_path / "state", pg_url)
    assert not database.is_sqlite
    keys = load_keys(tmp_path / "state")
    f = tmp_path / "p.jsonl"
    f.write_text(
        "".join(
            json.dumps({"id": f"P{i}", "names": [f"N{i}, M"], "action": "refer"}) + "\n"
            for i in range(50)
        )
    )
    r = datasets.publish_file(database, keys, "persons", f, chunk_rows=20)
    assert (r.version, r.chunks, r.row_count) == (1, 3, 50)
    assert datasets.publish_file(database, keys, "persons", f).version == 0
    f.write_text(
        "".join(
            json.dumps({"id": f"P{i}", "names": [f"N{i}, M"], "action": "refer"}) + "\n"
            for i in range(10, 60)
        )
    )
    r = datasets.publish_file(database, keys, "persons", f)
    assert (r.version, r.upserts, r.deletes, r.row_count) == (2, 10, 10, 50)
    datasets.publish_rows(
        database,
        keys,
        "documents",
        [{"document_number": "S1", "issuing_state": "TWN", "type": "P", "reason": "stolen"}],
    )
    with database.read() as conn:
        body = datasets.replica_response(conn, keys, "persons", 1, 0, 10**6)
    answer = protocol.ReplicaResponse.model_validate_json(body)
    assert len(answer.chunks) == 4
    batch = [
        protocol.JournalEntryModel(**e)
        for e in entries([inspection(), inspection(document_number="S1", recorded_offline=True)])
    ]
    for expected in ("accepted", "duplicates"):
        with database.write() as conn:
            result = journal_ingest.ingest(conn, "ws-1", batch)
        assert getattr(result, expected) == [1, 2]
    with database.read() as conn:
        assert len(list(journal_ingest.all_records(conn))) == 2
        assert conn.execute(db.alerts.select()).all()[0].key == "S1/TWN/P"
    database.dispose()


@pytest.mark.slow
def test_workstation_syncs_with_a_postgres_central_through_faults(pg_url, tmp_path):
    central = CentralProcess(tmp_path / "central", db_url=pg_url).start()
    proxy = FaultProxy(central.port).start()
    try:
        ws = new_workstation(tmp_path / "ws", proxy.url, central)
        make_records(ws, 60)
        proxy.plan("/v1/journal", ["cut", "503", "pass", "cut_partial"])
        for _ in range(10):
            out = ws.cmd("sync", "--once", "--batch-size", "20")
            if out.returncode == 0 and ws.outbox()["pending"] == 0:
                break
        assert len(assert_converged(ws, central)) == 60
    finally:
        proxy.stop()
        central.stop()
