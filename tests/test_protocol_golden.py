"""Known digests and wire bytes of fixed journal entries, computed before the protocol
moved into one module (issue 16): a refactor that changes a hash, a stored record's text
or the push body breaks every workstation's chain against its central, and fails here."""

from __future__ import annotations

import hashlib
from typing import Any

import protocol
from local_store import audit, journal
from local_store.testing import new_store
from protocol import GENESIS, link
from sync import outbox, transfer
from sync.client import CentralClient

ENTRIES: list[dict[str, Any]] = [
    {
        "uuid": "0b8f6a52-3c1e-4f0e-9a57-000000000001",
        "kind": "inspection",
        "recorded_at": "2026-11-27T10:00:00+00:00",
        "record": {
            "decision": "admit", "direction": "entry", "surname": "王", "given_names": "小明",
            "document_number": "X1234567", "issuing_state": "TWN", "birth_date": "1990-01-31",
            "hits": [{"dataset": "persons", "key": "[\"p1\"]", "score": 0.8125, "action": "refer",
                      "severity": "warn"}],
            "face": {"score": 0.31, "verdict": "match"}, "replica": {"persons": 3},
            "emergency": False, "officer": "officer.lee", "reason": None, "n": 12345678901234,
        },
    },
    {
        "uuid": "0b8f6a52-3c1e-4f0e-9a57-000000000002",
        "kind": "emergency",
        "recorded_at": "2026-11-27T10:00:01.500000+00:00",
        "record": {"action": "declare", "by": "sup", "note": "central down\n\"quoted\" \\ \u00e9"},
    },
    {
        "uuid": "0b8f6a52-3c1e-4f0e-9a57-000000000003",
        "kind": "inspection",
        "recorded_at": "2026-11-27T10:00:02+08:00",
        "record": {"decision": "refuse", "direction": "exit", "reason": "R1", "hits": [],
                   "nested": {"b": [1, 2.5, None, True], "a": {}}},
    },
]  # fmt: skip

# Computed on main c6fc03d, before the refactor. Never edit these to make a test pass.
HASHES = [
    "d58e8d6b3e4d2eac9e6f5fdf30577cd25a5ba19a8ec27b4f25789652b061a578",
    "c14f7d7b8261432bad0bbface845dd0c3d0696d36de1a16da82ed3d661cc6196",
    "369c5776e96eb2bf1c84ecbc62cc4c35ffec8d4770f40c09bfc9ef347ecd244f",
]
RECORD_SHA256 = [  # the stored record text
    "f21e3c8bb162bae62bd20cbfbeebdaeff2a8e304cf8997ddde2567a04cadfe57",
    "ffeb5816089a5428d1eac273da25f2fa74eb705c67f3bd6c02a47a94349d497f",
    "fe53725db172b34c220c27c9f756fd7c110ebbbba22a98acacc8d73be2e0ee6a",
]
PUSH_BODY_SHA256 = "a9ad1909194ad514d91b62b26f5a32754a3a6f39bec8a93a59273a751e86e145"
EXPORT_PLAINTEXT_SHA256 = "f9bda95c00c6328624e7f1b58694e4b4a4d3911f783a8bd76baa39ea2a1e94c9"
AUDIT_HASH = "faa3453bbc90f15ba1e5e92964bc10af54275061c96fb7703b121a05ea3e7e14"
LINK_HASH = "19848a4b529cbeb70dd8a022883f212c2dc88a903dd5b4e2b9f7946609633471"


def _sha(data: bytes | str) -> str:
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


class _Answer:
    status_code = 200
    reason = "OK"

    def __init__(self, body: dict[str, Any]) -> None:
        self._body = body

    def json(self) -> dict[str, Any]:
        return self._body


def test_journal_hashes_record_text_and_push_body_are_unchanged(tmp_path):
    store = new_store(tmp_path)
    try:
        with store.write() as conn:
            for e in ENTRIES:
                journal.append(conn, **e)
        with store.read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT seq, prev_hash, hash, record FROM journal ORDER BY seq"
            ).all()
            assert journal.verify(conn).ok
        assert [r.hash for r in rows] == HASHES
        assert [r.prev_hash for r in rows] == [GENESIS, *HASHES[:2]]
        assert [_sha(r.record) for r in rows] == RECORD_SHA256

        sent: list[bytes] = []

        def request(method: str, url: str, **kwargs: Any) -> _Answer:
            assert method == "POST" and url.endswith("/v1/journal")
            sent.append(kwargs["data"])
            return _Answer({"protocol": 1, "accepted": [1, 2, 3], "duplicates": [], "rejected": []})

        client = CentralClient("http://127.0.0.1:9")
        client.session.request = request  # type: ignore[method-assign,assignment]
        report = outbox.push_pending(store, client)
        assert report.sent == 3
        (body,) = sent
        assert _sha(body) == PUSH_BODY_SHA256

        # The central checks each received entry against its hash with the same formula.
        with store.read() as conn:
            exported = [journal.get(conn, seq) for seq in (1, 2, 3)]
            assert _sha(transfer.plaintext(exported)) == EXPORT_PLAINTEXT_SHA256  # type: ignore[arg-type]
        received = protocol.PushRequest.model_validate_json(body)
        for entry, h in zip(received.entries, HASHES, strict=True):
            assert protocol.journal_hash(entry.prev_hash, entry) == h == entry.hash

        with store.write() as conn:
            audit.append(conn, "sup", "emergency_declared", {"note": "王", "n": 1},
                         at="2026-11-27T10:00:00+00:00")  # fmt: skip
        with store.read() as conn:
            (audit_hash,) = conn.exec_driver_sql("SELECT hash FROM audit_log").one()
            assert audit.verify(conn).ok
        assert audit_hash == AUDIT_HASH
    finally:
        store.close()
    assert link(GENESIS, {"a": 1, "b": "é", "c": [1.5, None]}) == LINK_HASH
