from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st

import protocol
from local_store import journal
from local_store.schema import journal as journal_table
from local_store.testing import new_store
from sync.client import check_url

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@given(json_values)
def test_canonical_bytes_are_stable_and_round_trip(value):
    data = protocol.canonical_bytes(value)
    assert protocol.canonical_bytes(json.loads(data)) == data


def test_sign_and_verify():
    key = Ed25519PrivateKey.generate()
    msg = protocol.sign(key, {"type": "x", "protocol": 1, "n": 1, "名": "王"})
    v = protocol.verify(key.public_key(), msg)
    assert v.payload["名"] == "王"
    assert v.digest == protocol.digest(msg.payload.encode())
    with pytest.raises(protocol.ProtocolError, match="bad signature"):
        protocol.verify(key.public_key(), msg.model_copy(update={"payload": msg.payload + " "}))
    with pytest.raises(protocol.ProtocolError, match="bad signature"):
        protocol.verify(Ed25519PrivateKey.generate().public_key(), msg)
    with pytest.raises(protocol.ProtocolError, match="protocol version"):
        protocol.verify(key.public_key(), protocol.sign(key, {"protocol": 99}))


@given(st.binary(max_size=200))
def test_verify_never_crashes_on_garbage(blob):
    key = Ed25519PrivateKey.generate().public_key()
    msg = {"payload": blob.decode("latin-1"), "signature": protocol.b64(blob[:64]), "key_id": ""}
    with pytest.raises(protocol.ProtocolError):
        protocol.verify(key, msg)


def test_sealed_box():
    k = X25519PrivateKey.generate()
    box = protocol.seal(protocol.x25519_public_b64(k), b"secret", b"ctx")
    assert protocol.open_sealed(k, box, b"ctx") == b"secret"
    with pytest.raises(protocol.ProtocolError):
        protocol.open_sealed(k, box, b"other context")
    with pytest.raises(protocol.ProtocolError):
        protocol.open_sealed(X25519PrivateKey.generate(), box, b"ctx")


def test_journal_hash_matches_the_store(tmp_path):
    """The central checks each record against the hash the workstation's chain holds."""
    store = new_store(tmp_path)
    with store.write() as c:
        for i in range(3):
            journal.append(
                c,
                uuid=f"uuid-{i:04d}",
                kind="inspection",
                recorded_at="2026-01-01T00:00:00+00:00",
                record={"decision": "admit", "score": 0.93, "名": "陳"},
            )
    with store.read() as c:
        rows = c.execute(journal_table.select().order_by(journal_table.c.seq)).all()
    for r in rows:
        entry = protocol.JournalEntryModel(
            seq=r.seq,
            uuid=r.uuid,
            kind=r.kind,
            recorded_at=r.recorded_at,
            record=json.loads(r.record),
            prev_hash=r.prev_hash,
            hash=r.hash,
        )
        assert protocol.journal_hash(r.prev_hash, entry) == r.hash
    store.close()


def test_row_keys():
    assert (
        protocol.row_key("documents", {"document_number": "X", "issuing_state": "TWN", "type": "P"})
        == '["X","TWN","P"]'
    )
    with pytest.raises(protocol.ProtocolError):
        protocol.row_key("persons", {"names": []})
    with pytest.raises(protocol.ProtocolError):
        protocol.row_key("nope", {})


@pytest.mark.parametrize(
    "url,ok",
    [
        ("http://127.0.0.1:8000", True),
        ("http://localhost:1", True),
        ("http://[::1]:80", True),
        ("https://central.example", True),
        ("http://10.0.0.1:80", False),
        ("http://central.example", False),
        ("ftp://x", False),
        ("central", False),
    ],
)
def test_plain_http_only_to_loopback(url, ok):
    if ok:
        assert check_url(url)
    else:
        with pytest.raises(ValueError):
            check_url(url)


def test_row_keys_of_the_protocol_and_of_the_row_validation_agree():
    from protocol import rows

    for dataset, spec in rows.SPECS.items():
        assert protocol.DATASET_KEYS[dataset] == spec.key_fields
        assert set(spec.key_fields) <= set(spec.columns)
    assert set(rows.DATASETS) == set(rows.SPECS) < set(protocol.DATASETS)
