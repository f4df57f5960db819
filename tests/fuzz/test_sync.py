"""Sync messages behind their signatures, and the files carried by hand.

The older fuzz tests signed with random bytes and so stopped at "bad signature". Here
every fuzzed body is signed with the test key (and sealed to the central, and chained
with the right hashes), so the parsers behind those checks are what gets fuzzed: replica
answers and bundles (workstation), `journal export` files (central `import`), and
heartbeats. Each accepts, or raises its own error; stored data stays consistent."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import example, given
from hypothesis import strategies as st

import protocol
from local_store import Store
from sync import files, replica_pull
from tests.fuzz.strategies import FUZZ, json_values, mutations

KEY = Ed25519PrivateKey.generate()
DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
NOW = dt.datetime.now(dt.UTC)


def _demo_rows() -> dict[str, list[dict[str, Any]]]:
    rows = {
        ds: [json.loads(line) for line in (DEMO / f"{ds}.jsonl").read_text().splitlines()][:6]
        for ds in ("persons", "documents", "exit_bans", "entry_permits", "policies")
    }
    rows["officers"] = [
        {"name": "chen", "role": "officer", "active": True},
        {"name": "sup", "role": "supervisor", "active": False},
    ]
    rows["csca"] = [{"fingerprint": "00" * 32, "kind": "csca", "der": "AAAA"}]
    rows["manifests"] = [
        {"id": "BR0061/TPE/2026-12-04#1", "port": "TPE", "direction": "inbound",
         "flight": "BR0061", "flight_key": "BR0061/TPE/2026-12-04", "role": "passenger",
         "surname": "CHEN", "given_names": "MEI LING", "birth_date": "1990-01-02",
         "scheduled": "2026-12-04T10:00:00Z", "prescreen": [
             {"dataset": "persons", "key": "P1", "action": "refer", "severity": "high",
              "score": 0.9}]},
        {"id": "BR0061/TPE/2026-12-04#2", "port": "TPE", "direction": "inbound",
         "flight": "BR0061", "flight_key": "BR0061/TPE/2026-12-04", "role": "crew",
         "surname": "LIN"},
    ]  # fmt: skip
    return rows


ROWS = _demo_rows()


@st.composite
def dataset_rows(draw: st.DrawFn) -> tuple[str, list[Any]]:
    """A dataset and rows: real rows with fields replaced, dropped or added, or any JSON."""
    dataset = draw(st.sampled_from(protocol.DATASETS))
    rows: list[Any] = []
    for _ in range(draw(st.integers(0, 3))):
        if draw(st.integers(0, 4)) == 0:
            rows.append(draw(json_values))
            continue
        row = dict(draw(st.sampled_from(ROWS[dataset])))
        for _ in range(draw(st.integers(0, 3))):
            field = draw(st.sampled_from([*row, "deleted", "zz"]))
            if draw(st.booleans()):
                row[field] = draw(json_values)
            else:
                row.pop(field, None)
        rows.append(row)
    return dataset, rows


def _answer(dataset: str, rows: list[Any], version: int, extra: dict[str, Any]) -> str:
    chunk = {
        "type": "replica.chunk", "protocol": 1, "dataset": dataset, "version": version,
        "chunk": 0, "chunks": 1, "prev_digest": protocol.GENESIS,
        "published_at": NOW.isoformat(), "row_count": len(rows), "rows": rows,
    } | extra  # fmt: skip
    msg = protocol.sign(KEY, chunk)
    head = {
        "type": "replica.head", "protocol": 1, "dataset": dataset, "version": version,
        "digest": protocol.digest(msg.payload.encode()), "chunks": 1, "row_count": len(rows),
        "published_at": NOW.isoformat(), "issued_at": NOW.isoformat(),
        "expires_at": (NOW + dt.timedelta(days=1)).isoformat(),
    }  # fmt: skip
    return json.dumps({"head": protocol.sign(KEY, head).model_dump(), "chunks": [msg.model_dump()]})


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with Store.open(tmp_path_factory.mktemp("fuzz") / "replica.db", b"k" * 32) as s:
        yield s


def _held(conn: Any) -> dict[str, tuple[int, int]]:
    """Version and rows of each dataset (status() also has ages, which move)."""
    return {ds: (v["version"], v["rows"]) for ds, v in replica_pull.status(conn).items()}


def test_signed_replica_answers(store):
    """A validly signed answer with fuzzed rows and fields, imported as a bundle: applied
    whole (the replica then counts its rows), or DeltaRejected and nothing changes."""
    from local_store.replica import count_rows
    from protocol.rows import SPECS as REPLICA_TABLES

    @FUZZ
    @given(
        dataset_rows(),
        st.integers(1, 3),
        st.dictionaries(
            st.sampled_from(["chunks", "rows", "row_count", "published_at", "prev_digest"]),
            json_values,
            max_size=1,
        ),
    )
    @example(("persons", [ROWS["persons"][0]]), 1, {})  # a good answer is applied
    def check(item, bump, extra):
        dataset, rows = item
        with store.read() as conn:
            before = _held(conn)
        version = before.get(dataset, (0, 0))[0] + bump
        try:
            answer = _answer(dataset, rows, version, extra)
            replica_pull.import_bundle(store, KEY.public_key(), [answer])
        except replica_pull.DeltaRejected:
            with store.read() as conn:
                assert _held(conn) == before
            return
        with store.read() as conn:
            after = replica_pull.status(conn)
            assert after[dataset]["version"] == version
            if dataset in REPLICA_TABLES:
                assert after[dataset]["rows"] == count_rows(conn, dataset)

    check()


def test_replica_bundle_files(store):
    """Bundle lines cut, flipped and spliced: DeltaRejected, or a good line applied."""
    seeds = [_answer(ds, ROWS[ds][:2], 10**6, {}).encode() for ds in ("documents", "officers")]

    @FUZZ
    @given(st.lists(st.sampled_from(seeds).flatmap(mutations) | st.binary(max_size=40), max_size=2))
    def check(lines):
        with contextlib.suppress(replica_pull.DeltaRejected):
            replica_pull.import_bundle(store, KEY.public_key(), lines)

    check()


@FUZZ
@given(st.dictionaries(st.sampled_from(["type", "workstation", "nonce", "heads", "time"]),
                       json_values) | json_values)  # fmt: skip
@example({"type": "heartbeat", "workstation": "ws", "nonce": "n", "heads": {"a": 1}, "time": "x"})
def test_signed_heartbeats(payload):
    good = {"type": protocol.HEARTBEAT_TYPE, "protocol": 1, "workstation": "ws", "nonce": "n",
            "heads": {"persons": 3}, "time": NOW.isoformat()}  # fmt: skip
    if isinstance(payload, dict):
        payload = good | payload | {"protocol": 1}
    try:
        got = protocol.check_heartbeat(KEY.public_key(), protocol.sign(KEY, payload), "ws", "n")
    except protocol.ProtocolError:
        return
    assert got["nonce"] == "n" and isinstance(got["heads"], dict)


# --- hand transfer: `journal export` files into the central's `import` ------------------


def _inspection(i: int) -> dict[str, Any]:
    return {
        "uuid": f"00000000-0000-4000-8000-{i:012d}", "workstation": "ws-1",
        "direction": "entry", "decision": "admit", "reason": None, "note": None,
        "surname": "LIN", "given_names": "CHIH MING", "birth_date": "1971-03-14",
        "nationality": "TWN", "sex": "M", "document_number": "300112233",
        "issuing_state": "TWN", "document_type": "P", "expiry_date": "2030-01-01",
        "document_valid": True, "officer": "chen", "emergency": False, "mode": "normal",
        "connectivity": "offline", "recorded_offline": True, "override": False,
        "override_by": None, "hits": [{"dataset": "persons", "key": "POI-0001",
                                       "action": "arrest", "score": 0.9, "severity": 3}],
        "replica": {"persons": 1}, "replica_age_s": {"persons": 5}, "stale_policy": None,
    }  # fmt: skip


_SEQS = itertools.count(1, 10)


@st.composite
def journal_entries(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Entries chained with correct hashes over fuzzed records (so the central's checks
    behind the hash are reached), sometimes with a wire field fuzzed as well."""
    out, prev = [], protocol.GENESIS
    start = next(_SEQS)  # fresh numbers: a rerun of an example meets the same store state
    for i in range(draw(st.integers(1, 3))):
        seq = start + i
        record = _inspection(seq)
        for _ in range(draw(st.integers(0, 3))):
            field = draw(st.sampled_from([*record, "zz"]))
            record[field] = draw(json_values | st.lists(json_values, max_size=2))
        kind = draw(st.sampled_from(["inspection", "inspection", "emergency", "x"]))
        entry = {"seq": seq, "uuid": record.get("uuid") if isinstance(record.get("uuid"), str)
                 else f"uuid-{seq:08d}", "kind": kind,
                 "recorded_at": NOW.isoformat(), "record": record, "prev_hash": prev}  # fmt: skip
        try:
            entry["hash"] = protocol.journal_hash(
                prev, protocol.JournalEntryModel(**entry, hash="")
            )
        except ValueError:
            entry["hash"] = "0" * 64  # the model refuses the entry anyway
        if draw(st.integers(0, 5)) == 0:
            entry[draw(st.sampled_from(sorted(entry)))] = draw(json_values)
        out.append(entry)
        prev = entry["hash"]
    return out


def _entry(seq: int, record: dict[str, Any]) -> dict[str, Any]:
    entry = {"seq": seq, "uuid": record["uuid"], "kind": "inspection", "record": record,
             "recorded_at": NOW.isoformat(), "prev_hash": protocol.GENESIS}  # fmt: skip
    entry["hash"] = protocol.journal_hash(
        protocol.GENESIS, protocol.JournalEntryModel(**entry, hash="")
    )
    return entry


@pytest.fixture(scope="module")
def central(tmp_path_factory):
    from central import db
    from central.keys import load_keys

    state = tmp_path_factory.mktemp("central")
    database = db.open_database(state)
    keys = load_keys(state)
    ws_key = Ed25519PrivateKey.generate()
    with database.write() as conn:
        conn.execute(
            db.workstations.insert().values(
                id="ws-1", name="counter 1", credential_hash="c", login_token_hash="t",
                public_key=protocol.public_key_b64(ws_key), escrow_key="e",
                enrolled_at=NOW.isoformat(), active=True,
            )
        )  # fmt: skip
    return database, keys, ws_key, state


def _export(keys: Any, ws_key: Ed25519PrivateKey, entries: list[Any]) -> bytes:
    plain = json.dumps(entries, ensure_ascii=False).encode()
    box = protocol.seal(protocol.x25519_public_b64(keys.transport), plain, b"ws-1")
    payload = {"type": "journal.export", "protocol": 1, "workstation_id": "ws-1",
               "created_at": NOW.isoformat(), "entries": len(entries), "box": box}  # fmt: skip
    return protocol.sign(ws_key, payload).model_dump_json().encode()


def test_journal_export_files_behind_signature_and_seal(central):
    """`central import FILE` on validly signed and sealed exports of fuzzed records: held
    or refused record by record (IngestResult), or TransferError for the file."""
    from central.journal_ingest import TransferError, import_file

    database, keys, ws_key, state = central
    path = state / "export.json"

    pinned = _inspection(9)
    pinned["hits"] = "0"  # was AttributeError in the re-screening: 'str' has no .get

    @FUZZ
    @given(journal_entries() | st.lists(json_values, max_size=2))
    @example([_entry(10**9, pinned)])
    def check(entries):
        path.write_bytes(_export(keys, ws_key, entries))
        try:
            result = import_file(database, keys, path)
        except TransferError:
            return
        assert len(result.accepted) + len(result.rejected) + len(result.duplicates) == len(entries)
        if entries and entries[0].get("seq") == 10**9:
            assert result.rejected and "hits" in result.rejected[0].reason

    check()


def test_journal_export_files_damaged(central):
    from central.journal_ingest import TransferError, import_file

    database, keys, ws_key, state = central
    path = state / "damaged.json"
    seed = _export(keys, ws_key, [])

    @FUZZ
    @given(mutations(seed) | st.binary(max_size=60))
    def check(data):
        path.write_bytes(data)
        with contextlib.suppress(TransferError, files.BadFile):
            import_file(database, keys, path)

    check()


# --- found by the fuzzing, pinned --------------------------------------------------------


def test_a_payload_with_a_lone_surrogate_is_a_protocol_error():
    """JSON may escape a lone surrogate ("\\ud800"): the payload then has no UTF-8 form,
    and `verify` raised UnicodeEncodeError instead of refusing it."""
    msg = {"payload": "\ud800", "signature": protocol.b64(bytes(64)), "key_id": ""}
    with pytest.raises(protocol.ProtocolError, match="not UTF-8"):
        protocol.verify(KEY.public_key(), msg)


def test_a_bundle_naming_an_unknown_dataset_with_a_lone_surrogate(store):
    """The unverified dataset name went into the store as a settings key and failed
    there (UnicodeEncodeError): refused under "bundle", the name escaped."""
    head = json.dumps({"dataset": "\ud800"})
    line = json.dumps({"head": {"payload": head, "signature": "", "key_id": ""}, "chunks": []})
    with pytest.raises(replica_pull.DeltaRejected, match=r"unknown dataset '\\ud800'") as e:
        replica_pull.import_bundle(store, KEY.public_key(), [line])
    assert e.value.dataset == "bundle"
