"""The reference central through its HTTP API (FastAPI TestClient) and its load path."""

from __future__ import annotations

import json
import secrets
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from fastapi.testclient import TestClient

import protocol
from central import accounts, datasets, db
from central.app import Settings, create_app, openapi_document
from central.keys import load_keys

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def state(tmp_path):
    database = db.open_database(tmp_path / "c")
    keys = load_keys(tmp_path / "c")
    yield database, keys
    database.dispose()


@pytest.fixture
def api(state):
    database, keys = state
    return TestClient(create_app(Settings(database, keys)))


def enroll(api, state, ws_id=None):
    database, _ = state
    code = accounts.new_enroll_code(database)
    escrow = secrets.token_bytes(32)
    body = protocol.EnrollRequest(
        code=code,
        workstation_id=ws_id or str(uuid.uuid4()),
        name="counter 1",
        public_key=protocol.public_key_b64(Ed25519PrivateKey.generate()),
        escrow_key=protocol.b64(escrow),
    )
    r = api.post("/v1/enroll", json=body.model_dump())
    assert r.status_code == 200, r.text
    return protocol.EnrollResponse.model_validate(r.json()), escrow, code


def auth(token):
    return {"Authorization": f"Bearer {token}"}


def entries(records, start=1, prev=protocol.GENESIS):
    out = []
    for i, rec in enumerate(records, start):
        u = rec.get("uuid") or str(uuid.uuid4())
        e = protocol.JournalEntryModel(
            seq=i,
            uuid=u,
            kind="inspection",
            recorded_at="2026-01-01T00:00:00+00:00",
            record={**rec, "uuid": u, "seq": i},
            prev_hash=prev,
            hash="",
        )
        e.hash = protocol.journal_hash(prev, e)
        prev = e.hash
        out.append(e.model_dump())
    return out


def inspection(**kw):
    return {
        "direction": "entry",
        "decision": "admit",
        "document_number": "D1",
        "issuing_state": "TWN",
        "surname": "CHEN",
        "given_names": "MEI",
        "birth_date": "1990-01-01",
        "nationality": "TWN",
        "hits": [],
        "recorded_offline": False,
        "emergency": False,
        **kw,
    }


def push(api, token, batch):
    r = api.post("/v1/journal", json={"protocol": 1, "entries": batch}, headers=auth(token))
    assert r.status_code == 200, r.text
    return r.json()


def test_enrollment_code_is_single_use_and_credentials_are_scoped(api, state):
    resp, _, code = enroll(api, state)
    again = protocol.EnrollRequest(
        code=code,
        workstation_id=str(uuid.uuid4()),
        name="x",
        public_key=protocol.public_key_b64(Ed25519PrivateKey.generate()),
        escrow_key=protocol.b64(bytes(32)),
    )
    assert api.post("/v1/enroll", json=again.model_dump()).status_code == 403
    assert api.get("/v1/replica/persons").status_code == 401
    assert api.get("/v1/replica/persons", headers=auth("nope")).status_code == 401
    # The login token is for officer verification only.
    assert api.get("/v1/replica/persons", headers=auth(resp.login_token)).status_code == 401
    ok = api.get("/v1/replica/persons", headers=auth(resp.credential))
    assert ok.status_code == 200
    assert api.get("/v1/replica/nope", headers=auth(resp.credential)).status_code == 404


def test_reenrollment_replaces_credentials(api, state):
    first, _, _ = enroll(api, state)
    second, _, _ = enroll(api, state, ws_id=first.workstation_id)
    assert api.get("/v1/alerts", headers=auth(first.credential)).status_code == 401
    assert api.get("/v1/alerts", headers=auth(second.credential)).status_code == 200


def test_push_is_idempotent_and_refuses_per_record(api, state):
    resp, _, _ = enroll(api, state)
    batch = entries([inspection(), inspection(), inspection()])
    assert push(api, resp.credential, batch) == {
        "protocol": 1,
        "accepted": [1, 2, 3],
        "duplicates": [],
        "rejected": [],
        # The acknowledged head (issue 14: anti-rollback), also at GET /v1/workstation/head.
        "head": {"protocol": 1, "seq": 3, "hash": batch[-1]["hash"], "emergency": None},
    }
    assert api.get("/v1/workstation/head", headers=auth(resp.credential)).json() == {
        "protocol": 1,
        "seq": 3,
        "hash": batch[-1]["hash"],
        "emergency": None,
    }
    again = push(api, resp.credential, batch)
    assert again["duplicates"] == [1, 2, 3] and again["accepted"] == []
    more = entries(
        [inspection(), inspection(decision="maybe"), inspection()], start=4, prev=batch[-1]["hash"]
    )
    more[2]["record"]["surname"] = "ALTERED"  # no longer matches its hash
    clash = entries([inspection()], start=2)  # seq 2 again, another uuid
    reuse = dict(batch[0], seq=9)  # a held uuid under another seq
    r = push(api, resp.credential, more + clash + [reuse])
    assert r["accepted"] == [4]
    reasons = {x["seq"]: x["reason"] for x in r["rejected"]}
    assert set(reasons) == {5, 6, 2, 9}
    assert "decision" in reasons[5] and "hash" in reasons[6]
    database, _ = state
    with database.read() as conn:
        from central import journal_ingest

        held = list(journal_ingest.all_records(conn))
        assert [r["seq"] for r in held] == [1, 2, 3, 4]
        assert journal_ingest.chain_breaks(conn) == []


def test_officer_verification_lockout_and_escrow(api, state):
    database, keys = state
    resp, escrow, _ = enroll(api, state)
    accounts.add_officer(database, keys, "Alice", "supervisor", "Corr3ct!horse")
    eph = X25519PrivateKey.generate()
    body = {
        "name": "alice",
        "password": "wrong",
        "want_escrow": True,
        "ephemeral_key": protocol.x25519_public_b64(eph),
    }
    r = api.post("/v1/officers/verify", json=body, headers=auth(resp.login_token))
    assert r.status_code == 403 and "escrow" not in r.text
    body["password"] = "Corr3ct!horse"
    r = api.post("/v1/officers/verify", json=body, headers=auth(resp.login_token))
    assert r.status_code == 200 and r.json()["role"] == "supervisor"
    got = protocol.open_sealed(eph, r.json()["escrow"], b"escrow:alice")
    assert got == escrow
    # Five failures lock the officer out, even with the right password afterwards.
    for _ in range(5):
        bad = dict(body, password="nope", want_escrow=False)
        assert (
            api.post("/v1/officers/verify", json=bad, headers=auth(resp.login_token)).status_code
            == 403
        )
    r = api.post("/v1/officers/verify", json=body, headers=auth(resp.login_token))
    assert r.status_code == 403 and "locked" in r.json()["detail"]


def test_post_hoc_alerts_for_offline_records(api, state):
    database, keys = state
    resp, _, _ = enroll(api, state)
    datasets.publish_rows(
        database,
        keys,
        "documents",
        [{"document_number": "S1", "issuing_state": "TWN", "type": "P", "reason": "stolen"}],
    )
    datasets.publish_rows(
        database,
        keys,
        "exit_bans",
        [{"id": "EB1", "names": ["WANG, DA"], "birth_date": "1975", "reason": "court"}],
    )
    datasets.publish_rows(
        database,
        keys,
        "persons",
        [
            {
                "id": "PX",
                "names": ["Lin Yi-Ting"],
                "birth_date": "1988-02-03",
                "action": "arrest",
                "nationality": "TWN",
            }
        ],
    )
    recs = [
        inspection(document_number="S1", recorded_offline=True),  # doc: alert
        inspection(document_number="S1"),  # online: the counter saw the list; no alert
        inspection(
            document_number="S1",
            emergency=True,  # already carries the hit
            hits=[{"dataset": "documents", "key": "S1/TWN/P", "action": "stolen"}],
        ),
        inspection(
            direction="exit",
            surname="WANG",
            given_names="DA",
            birth_date="1975-06-01",
            document_number="N1",
            recorded_offline=True,
        ),
        inspection(
            surname="LIN",
            given_names="YI TING",
            birth_date="1988-02-03",
            document_number="N2",
            emergency=True,
        ),
    ]
    batch = entries(recs)
    push(api, resp.credential, batch)
    push(api, resp.credential, batch)  # a replay raises nothing new
    r = api.get("/v1/alerts", headers=auth(resp.credential)).json()
    got = {(a["record_uuid"], a["dataset"], a["key"]) for a in r["alerts"]}
    assert got == {
        (batch[0]["uuid"], "documents", "S1/TWN/P"),
        (batch[3]["uuid"], "exit_bans", "EB1"),
        (batch[4]["uuid"], "persons", "PX"),
    }
    assert (
        api.get("/v1/alerts", params={"after": r["cursor"]}, headers=auth(resp.credential)).json()[
            "alerts"
        ]
        == []
    )
    ack = api.post(
        "/v1/alerts/ack", json={"uuids": [r["alerts"][0]["uuid"]]}, headers=auth(resp.credential)
    )
    assert ack.json() == {"acknowledged": 1}


GOOD = '{"id": "P1", "names": ["A, B"], "action": "refer"}\n'


def test_load_snapshot_delta_and_bad_files(state, tmp_path):
    database, keys = state
    f = tmp_path / "p.jsonl"
    f.write_text(
        "\n".join(
            json.dumps({"id": f"P{i}", "names": ["A, B"], "action": "refer"}) for i in range(5)
        )
        + "\n"
    )
    r = datasets.publish_file(database, keys, "persons", f, chunk_rows=2)
    assert (r.version, r.upserts, r.deletes, r.chunks, r.row_count) == (1, 5, 0, 3, 5)
    assert datasets.publish_file(database, keys, "persons", f).version == 0  # no change
    d = tmp_path / "d.jsonl"
    d.write_text(
        '{"id": "P1", "deleted": true}\n'
        '{"id": "P9", "names": ["C, D"], "action": "arrest"}\n'
        '{"id": "P77", "deleted": true}\n'
    )
    r = datasets.publish_file(database, keys, "persons", d, delta=True)
    assert (r.version, r.upserts, r.deletes, r.row_count) == (2, 1, 1, 5)
    for content, message in [
        (GOOD + "{oops\n", ":2: not JSON"),
        ('{"names": ["A"]}\n', ":1: persons row without its key field 'id'"),
        ("[1]\n", ":1: a row must be a JSON object"),
        ('{"id": "P1", "names": "A", "action": "refer"}\n', "names"),
        ('{"id": "P1", "names": ["A"], "action": "shoot"}\n', ":1: .*action"),
        (GOOD + GOOD, "same key twice"),
    ]:
        bad = tmp_path / "bad.jsonl"
        bad.write_text(content)
        with pytest.raises(datasets.LoadError, match=message):
            datasets.publish_file(database, keys, "persons", bad)
    with pytest.raises(datasets.LoadError, match="No such file"):
        datasets.publish_file(database, keys, "persons", tmp_path / "missing.jsonl")
    with database.read() as conn:  # failed loads published nothing
        assert datasets._head_row(conn, "persons")["version"] == 2
        assert datasets.row_counts(conn)["persons"] == 5


def test_openapi_description_is_current():
    """central/openapi.json is generated: `python -m central openapi --out central/openapi.json`."""
    committed = json.loads((ROOT / "central" / "openapi.json").read_text())
    assert committed == json.loads(json.dumps(openapi_document()))
    assert {
        "/v1/enroll",
        "/v1/journal",
        "/v1/replica/{dataset}",
        "/v1/officers/verify",
        "/v1/alerts",
    } <= set(committed["paths"])


def test_the_central_serves_exactly_the_routes_of_the_protocol():
    """One table (protocol.ROUTES) for the client and the server."""
    from dataclasses import fields

    from fastapi.routing import APIRoute

    from protocol import ROUTES

    app = create_app(Settings(None, None))  # type: ignore[arg-type]
    served = {(m, r.path) for r in app.routes if isinstance(r, APIRoute) for m in r.methods}
    table = {(getattr(ROUTES, f.name).method, getattr(ROUTES, f.name).path) for f in fields(ROUTES)}
    assert served == table


def test_rescreening_compares_names_with_the_workstations_name_engine():
    """WANG HSIAO-MING (Wade-Giles) is WANG XIAOMING (Pinyin): the name engine says so,
    token equality (the fallback the central once had) did not."""
    from central import rescreen

    screener = rescreen.Rescreener()
    listed = {"names": ["WANG, XIAOMING"], "birth_date": "1990-01-31"}
    seen = {"surname": "WANG", "given_names": "HSIAO-MING", "birth_date": "1990-01-31"}
    assert screener._person_matches(listed, seen)
    assert not screener._person_matches(listed, {**seen, "given_names": "LI"})


@pytest.mark.parametrize(
    ("listed", "nat", "surname", "given"),
    [
        ("ZHANG WEI MING", "CHN", "ZHANG", "WEI MIN"),
        ("TANAKA YUKO", "JPN", "TANAKA", "YUKI"),
        ("NGUYEN VAN TUNG", "VNM", "NGUYEN", "VAN TRUNG"),
        ("PETER MEYER", "DEU", "MUELLER", "PETER"),
    ],
)
def test_rescreening_lifts_close_names_when_the_facts_agree(listed, nat, surname, given):
    """Two close distinct names are capped on names alone; with the record's birth date
    and nationality equal to the listed person's the counter sends them to review, and
    the central's re-screening (of a record made offline) must raise the alert alike
    (review names4, finding 6: it compared names alone)."""
    from central import rescreen
    from desktop.screening import match_person
    from desktop.screening.score import DEFAULT_THRESHOLD, compare_names

    row = {"id": "p1", "names": [listed], "birth_date": "1980-05-07", "nationality": nat}
    record = {"surname": surname, "given_names": given, "birth_date": "1980-05-07",
              "nationality": nat, "sex": "M"}  # fmt: skip
    assert compare_names(f"{surname}, {given}", listed).score < DEFAULT_THRESHOLD
    assert rescreen.Rescreener()._person_matches(row, record)
    assert match_person(row, record)
    # names alone, or another person's facts, stay under the threshold
    assert not match_person({"names": [listed]}, {"surname": surname, "given_names": given})
    assert not match_person({**row, "birth_date": "1950-01-01"}, record)
    # a listed date with day and month swapped is near, as at the counter
    assert match_person({**row, "birth_date": "1980-07-05"}, record)


@pytest.mark.parametrize(
    ("listed", "surname", "given"),
    [
        ("CHEN ZHI-HAO", "TAN", "ZHI HAO"),  # 陳: Hokkien against Pinyin
        ("ZHANG JIANGUO", "CHANG", "CHIEN KUO"),  # Wade-Giles against Pinyin
        ("YULIYA YAKOVLEVA", "IAKOVLEVA", "IULIIA"),  # ICAO against customary Cyrillic
    ],
)
def test_rescreening_finds_spelling_variants_that_share_no_token(listed, surname, given):
    """The central's candidates are the rows sharing the counter's blocking keys with the
    record's name: a spelling variant shares no exact token with the listed name, and
    picking rows by the rarest token checked none of them (review names6, finding 3)."""
    from central import rescreen

    row = {"id": "p1", "names": [listed], "birth_date": "1980-05-07", "nationality": "XXX"}
    from desktop.screening.keys import index_keys, query_keys

    idx = rescreen._NameIndex(1, {k: [row] for k in index_keys([listed])}, {})
    wanted = query_keys([f"{surname}, {given}"])
    assert [r["id"] for r in rescreen.Rescreener._candidates(idx, wanted)] == ["p1"]
    record = {"surname": surname, "given_names": given, "birth_date": "1980-05-07",
              "nationality": "XXX"}  # fmt: skip
    assert rescreen.Rescreener()._person_matches(row, record)
