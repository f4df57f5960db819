"""Replica pull against the central's real publishing code (in process): versions,
deletes, chunked resumable loads, bundles, and every kind of tampered delta refused
with the replica unchanged and an audit entry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, text

import protocol
from central import datasets, db
from central.keys import CentralKeys, load_keys
from local_store import audit
from local_store.testing import new_store
from sync import replica_pull


class FakeClient:
    """The central's replica answer, produced by its own code, without HTTP."""

    def __init__(self, database, keys, validity_s=3600):
        self.database, self.keys, self.validity_s = database, keys, validity_s
        self.calls = 0

    def replica(self, dataset, version, chunk, max_rows):
        self.calls += 1
        with self.database.read() as conn:
            body = datasets.replica_response(
                conn, self.keys, dataset, version, chunk, max_rows, self.validity_s
            )
        return protocol.ReplicaResponse.model_validate_json(body)


@pytest.fixture
def central_side(tmp_path):
    database = db.open_database(tmp_path / "central")
    keys = load_keys(tmp_path / "central")
    yield database, keys
    database.dispose()


@pytest.fixture
def store(tmp_path):
    s = new_store(tmp_path / "ws")
    yield s
    s.close()


def person(i, **kw):
    return {
        "id": f"P{i}",
        "names": [f"SURNAME{i}, GIVEN"],
        "birth_date": "1980",
        "nationality": "TWN",
        "action": "refer",
        **kw,
    }


def snapshot(store):
    """Everything the replica is: rows of each table, checkpoints, load positions."""
    with store.read() as c:
        out = {}
        for table in ("persons", "documents", "exit_bans", "replica_datasets"):
            rows = c.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all()
            out[table] = [tuple(r) for r in rows]
        out["progress"] = c.execute(
            text("SELECT key, value FROM settings WHERE key LIKE 'sync.replica.%' ORDER BY key")
        ).all()
    return out


def rejections(store):
    with store.read() as c:
        return [a for a in audit.recent(c) if a["event"] == "replica_delta_rejected"]


def pull(store, client, keys, dataset="persons", **kw):
    key = protocol.load_public_key(keys.signing_public)
    return replica_pull.pull_dataset(store, client, key, dataset, **kw)


def test_versions_changes_and_deletes(central_side, store):
    database, keys = central_side
    client = FakeClient(database, keys)
    datasets.publish_rows(
        database, keys, "persons", [person(1), person(2), person(3)], snapshot=True
    )
    assert pull(store, client, keys).version == 1
    datasets.publish_rows(
        database, keys, "persons", [person(1), person(2, action="arrest")], snapshot=True
    )
    r = pull(store, client, keys)
    assert (r.version, r.rows_applied) == (2, 2)  # one change, one delete
    with store.read() as c:
        rows = {p.id: p.action for p in c.execute(text("SELECT id, action FROM persons"))}
        st = replica_pull.status(c)
    assert rows == {"P1": "refer", "P2": "arrest"}
    assert st["persons"]["version"] == 2 and st["persons"]["rows"] == 2
    assert st["persons"]["stale"] is False
    # Nothing new: one call, no change, still fresh.
    before = snapshot(store)
    assert pull(store, client, keys).rows_applied == 0
    assert snapshot(store)["persons"] == before["persons"]


def test_chunked_initial_load_resumes_after_interruption(central_side, store):
    database, keys = central_side
    datasets.publish_rows(
        database, keys, "persons", [person(i) for i in range(95)], snapshot=True, chunk_rows=10
    )
    client = FakeClient(database, keys)
    seen = []

    def crash_after_four(ds, version, chunk, chunks, rows):
        seen.append((chunk, chunks, rows))
        if len(seen) == 4:
            raise KeyboardInterrupt  # the process dies here

    with pytest.raises(KeyboardInterrupt):
        pull(store, client, keys, max_rows=30, progress=crash_after_four)
    with store.read() as c:
        p = replica_pull.position(c, "persons")
        assert (p.version, p.next_chunk, p.chunks) == (0, 4, 10)
        assert c.execute(text("SELECT count(*) FROM persons")).scalar() == 40
        loading = replica_pull.status(c)["persons"]["loading"]
        assert loading == {"version": 1, "chunk": 4, "chunks": 10}
    r = pull(store, client, keys, max_rows=30, progress=lambda *a: seen.append(a[2:]))
    assert r.version == 1 and r.rows_applied == 55
    assert seen[-1] == (9, 10, 55)
    with store.read() as c:
        assert c.execute(text("SELECT count(*) FROM persons")).scalar() == 95
        assert replica_pull.position(c, "persons").next_chunk == 0


def _name_keys(store):
    with store.read() as c:
        keys = c.execute(text("SELECT * FROM screening_name_keys ORDER BY 1, 2, 3")).all()
        staged = c.execute(text("SELECT count(*) FROM screening_name_keys_staged")).scalar()
    return [tuple(k) for k in keys], staged


def test_chunked_load_stages_name_keys_and_merges_them_with_its_last_chunk(
    central_side, store, tmp_path
):
    from desktop.screening.keys import NameIndexer
    from local_store import replica as local_replica

    database, keys = central_side
    rows = [person(i) for i in range(45)]
    datasets.publish_rows(database, keys, "persons", rows, snapshot=True, chunk_rows=10)
    client = FakeClient(database, keys)

    def crash_after_two(ds, version, chunk, chunks, n):
        if chunk == 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        pull(store, client, keys, progress=crash_after_two, indexer=NameIndexer())
    merged, staged = _name_keys(store)
    assert merged == [] and staged > 0  # the version is not complete: keys wait
    pull(store, client, keys, indexer=NameIndexer())
    plain = new_store(tmp_path / "plain")
    with plain.write() as c:
        local_replica.apply_rows(c, "persons", rows, 1, indexer=NameIndexer())
    assert _name_keys(store) == (_name_keys(plain)[0], 0)
    plain.close()
    with store.read() as c:
        assert local_replica.index_is_current(c, "persons", NameIndexer())
    # A one-chunk delta afterwards writes its keys directly.
    datasets.publish_rows(
        database, keys, "persons", [*rows[1:], person(0, names=["LIN, YI TING"])], snapshot=True
    )
    pull(store, client, keys, indexer=NameIndexer())
    merged, staged = _name_keys(store)
    assert staged == 0
    with store.read() as c:
        lin = c.execute(text("SELECT count(*) FROM screening_name_keys WHERE ref = 'P0'")).scalar()
    assert lin == len(NameIndexer().keys(["LIN, YI TING"]))


def _at_version_two(central_side, store):
    database, keys = central_side
    client = FakeClient(database, keys)
    datasets.publish_rows(database, keys, "persons", [person(1)], snapshot=True)
    v1 = client.replica("persons", 1, 0, 1000)
    datasets.publish_rows(database, keys, "persons", [person(1), person(2)], snapshot=True)
    pull(store, client, keys)
    return database, keys, client, v1


def _refused(store, keys, answer, dataset="persons", match=""):
    before = snapshot(store)
    n = len(rejections(store))
    key = protocol.load_public_key(keys.signing_public)
    with pytest.raises(replica_pull.DeltaRejected, match=match):
        try:
            result = replica_pull.PullResult(dataset, 0)
            replica_pull.apply_answer(store, key, dataset, answer, result)
        except replica_pull.DeltaRejected as e:
            replica_pull.reject(store, e, "test")
            raise
    assert snapshot(store) == before
    assert len(rejections(store)) == n + 1


def _resign(keys, message, change):
    payload = json.loads(message.payload)
    change(payload)
    return protocol.sign(keys.signing, payload)


def test_bad_signature_refused(central_side, store):
    database, keys, client, _ = _at_version_two(central_side, store)
    datasets.publish_rows(
        database, keys, "persons", [person(1), person(2), person(3)], snapshot=True
    )
    answer = client.replica("persons", 3, 0, 1000)
    tampered = answer.chunks[0].payload.replace("SURNAME3", "SURNAMEX")
    answer.chunks[0] = answer.chunks[0].model_copy(update={"payload": tampered})
    _refused(store, keys, answer, match="bad signature")
    # Signed by a key other than the pinned one.
    other = CentralKeys(Ed25519PrivateKey.generate(), keys.transport)
    forged = client.replica("persons", 3, 0, 1000)
    forged.chunks[0] = _resign(other, forged.chunks[0], lambda p: None)
    _refused(store, keys, forged, match="bad signature")
    # The genuine answer still applies afterwards.
    assert pull(store, client, keys).version == 3


def test_wrong_dataset_refused(central_side, store):
    database, keys, client, _ = _at_version_two(central_side, store)
    datasets.publish_rows(
        database, keys, "exit_bans", [{"id": "E1", "names": ["A, B"], "reason": "court"}]
    )
    _refused(store, keys, client.replica("exit_bans", 1, 0, 1000), match="dataset")
    # A validly signed chunk of another dataset under a head of the right one.
    mixed = client.replica("persons", 3, 0, 1000)
    mixed.chunks = client.replica("exit_bans", 1, 0, 1000).chunks
    _refused(store, keys, mixed, match="dataset")


def test_gap_refused(central_side, store):
    database, keys, client, _ = _at_version_two(central_side, store)
    for n in (3, 4):
        datasets.publish_rows(
            database, keys, "persons", [person(i) for i in range(n)], snapshot=True
        )
    gap = client.replica("persons", 4, 0, 1000)  # skips version 3
    _refused(store, keys, gap, match="gap")


def test_replay_of_an_old_version_refused(central_side, store):
    _database, keys, client, v1 = _at_version_two(central_side, store)
    _refused(store, keys, v1, match="rollback")  # the old head is below our version
    # The old chunk under a fresh head of the current version.
    replayed = client.replica("persons", 3, 0, 1000)
    replayed.chunks = v1.chunks
    _refused(store, keys, replayed, match="replay")


def test_expired_head_refused(central_side, store):
    database, keys, _client, _ = _at_version_two(central_side, store)
    datasets.publish_rows(database, keys, "persons", [person(7)], snapshot=True)
    stale = FakeClient(database, keys, validity_s=-1).replica("persons", 3, 0, 1000)
    _refused(store, keys, stale, match="expired")


def test_fork_refused(central_side, store):
    """A head at our version naming another last chunk (another central, a rebuilt one)."""
    _database, keys, client, _ = _at_version_two(central_side, store)
    answer = client.replica("persons", 3, 0, 1000)
    answer.head = _resign(keys, answer.head, lambda p: p.update(digest="f" * 64))
    _refused(store, keys, answer, match="fork")


def test_bundle_import_and_reimport(central_side, store, tmp_path: Path):
    database, keys = central_side
    datasets.publish_rows(
        database, keys, "persons", [person(i) for i in range(25)], snapshot=True, chunk_rows=10
    )
    datasets.publish_rows(
        database,
        keys,
        "documents",
        [{"document_number": "X1", "issuing_state": "TWN", "type": "P", "reason": "lost"}],
    )
    with database.read() as conn:
        lines = [
            datasets.replica_response(conn, keys, ds, 1, 0, 10**9)
            for ds in ("persons", "documents")
        ]
    key = protocol.load_public_key(keys.signing_public)
    results = replica_pull.import_bundle(store, key, lines)
    assert [(r.dataset, r.version, r.rows_applied) for r in results] == [
        ("persons", 1, 25),
        ("documents", 1, 1),
    ]
    before = snapshot(store)
    again = replica_pull.import_bundle(store, key, lines)
    assert [r.rows_applied for r in again] == [0, 0]
    assert snapshot(store)["persons"] == before["persons"]
    with store.read() as c:
        assert c.execute(select(text("count(*)")).select_from(text("documents"))).scalar() == 1


def test_signed_but_invalid_row_refused(central_side, store):
    """A chunk the central signed but whose rows the replica cannot take (a central bug, a
    compromised loader): refused whole, nothing half-applied."""
    database, keys, client, _ = _at_version_two(central_side, store)
    datasets.publish_rows(
        database, keys, "persons", [person(1), person(2), person(3)], snapshot=True
    )
    answer = client.replica("persons", 3, 0, 1000)

    def poison(payload):
        payload["rows"][0]["action"] = "shoot"

    answer.chunks[0] = _resign(keys, answer.chunks[0], poison)
    _refused(store, keys, answer, match="invalid row")
