"""APP at check-in against a real central process over loopback, driven by the airline
simulator: answers and reason codes (never a list's details), per-airline tokens, own
flights only, rate limiting, every answer audited, a list published while the service
runs taking effect, and `python -m central app check` for scripts."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from central import app_check, db
from central.keys import load_keys
from tests.apis.airline_sim import CheckIn, passenger
from tests.apis.conftest import DOCUMENTS, EXIT_BANS, PERSONS
from tests.sync.harness import CentralProcess

REASONS = {"document_not_valid", "exit_not_permitted", "entry_not_permitted", "identity_check"}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CentralProcess, dict]]:
    from central import datasets

    state = tmp_path_factory.mktemp("app") / "central"
    database = db.open_database(state)
    keys = load_keys(state)
    for ds, rows in (("persons", PERSONS), ("exit_bans", EXIT_BANS), ("documents", DOCUMENTS)):
        datasets.publish_rows(database, keys, ds, rows)
    tokens = {"CI": app_check.add_airline(database, "CI"),
              "BR": app_check.add_airline(database, "BR", rate_per_s=2)}  # fmt: skip
    database.dispose()
    central = CentralProcess(state).start()
    # Ready once the screening replica caught up and the workers loaded the engine
    # (503 until then: seconds on a loaded machine).
    deadline = time.monotonic() + 60
    while CheckIn(central.url, tokens["CI"]).ask(CASES[0][0]).status == 503:
        assert time.monotonic() < deadline, "APP never became ready"
        time.sleep(0.2)
    yield central, tokens
    central.stop()


def _ci(served) -> CheckIn:  # type: ignore[no-untyped-def]
    return CheckIn(served[0].url, served[1]["CI"])


CASES = [
    # (passenger, expected answer, expected reason)
    (passenger("SMITH", "JOHN ROBERT", "1967-11-30", "USA", "912345678", "USA", "CI0008",
               "outbound"), "board", None),
    (passenger("HUANG", "MEI-LING", "1999-06-15", "TWN", "310765432", "TWN", "CI0008",
               "outbound"), "no_board", "exit_not_permitted"),
    (passenger("HUANG", "MEI LING", "1999-06-15", "TWN", "310765432", "TWN", "CI0005",
               "inbound"), "board", None),  # an exit ban does not stop a return
    (passenger("CHEN", "CHIH-MING", "1978-03-14", "TWN", "302145678", "TWN", "CI0005",
               "inbound"), "contact_authority", "identity_check"),
    (passenger("CHEN", "CHIH MING", "1978-03-14", "TWN", "302145678", "TWN", "CI0008",
               "outbound"), "contact_authority", "identity_check"),
    (passenger("KOWALSKI", "PIOTR", "2001-02-03", "POL", "EK1234567", "POL", "CI0005",
               "inbound"), "no_board", "entry_not_permitted"),
    (passenger("KOWALSKI", "PIOTR", "2001-02-03", "POL", "EK1234567", "POL", "CI0008",
               "outbound"), "board", None),
    (passenger("NGUYEN", "THI LAN", "1992-07-04", "VNM", "C4567890", "VNM", "CI0005",
               "inbound"), "no_board", "document_not_valid"),
    (passenger("NGUYEN", "THI LAN", "1992-07-04", "VNM", "C456789O", "VNM", "CI0005",
               "inbound"), "contact_authority", "identity_check"),  # a look-alike number
    (passenger("WANG", "DA WEI", "1960-01-01", "TWN", "301112223", "TWN", "CI0005",
               "inbound"), "board", None),  # `refer`: for the counter on arrival
]  # fmt: skip


def test_answers_and_reason_codes(served) -> None:  # type: ignore[no-untyped-def]
    client = _ci(served)
    for p, answer, reason in CASES:
        r = client.ask(p)
        assert r.status == 200, r.body
        assert (r.body["answer"], r.body["reason"]) == (answer, reason), p
        # Never the list's details: three fields, a code from the published set.
        assert set(r.body) == {"answer", "reason", "reference"}
        assert reason is None or reason in REASONS
        text = json.dumps(r.body)
        assert not any(w in text for w in ("P-ARREST", "EB-1", "tax", "wanted", "stolen"))


def test_authentication_own_flights_and_bad_questions(served) -> None:  # type: ignore[no-untyped-def]
    central, tokens = served
    p = CASES[0][0]
    assert CheckIn(central.url, None).ask(p).status == 401
    assert CheckIn(central.url, "app_not-a-token").ask(p).status == 401
    other = dict(p, flight="BR0061")
    r = CheckIn(central.url, tokens["CI"]).ask(other)
    assert r.status == 403 and "own flights" in r.body["detail"]
    bads = [{**p, "birth_date": "1967-02-30"}, {**p, "direction": "sideways"},
            {**p, "document_number": "91234567'"}, {**p, "extra": 1}, {"surname": "X"}]  # fmt: skip
    for bad in bads:
        assert _ci(served).ask(bad).status == 422


def test_rate_limited_per_airline(served) -> None:  # type: ignore[no-untyped-def]
    central, tokens = served
    br = CheckIn(central.url, tokens["BR"])
    p = dict(CASES[0][0], flight="BR0061")
    statuses = [br.ask(p) for _ in range(8)]  # bucket of 2/s holds 4
    limited = [r for r in statuses if r.status == 429]
    assert limited and all(int(r.headers["retry-after"]) >= 1 for r in limited)
    assert sum(r.status == 200 for r in statuses) >= 4
    assert _ci(served).ask(CASES[0][0]).status == 200  # another airline is not slowed


def test_a_list_published_while_serving_takes_effect(served, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    central, _ = served
    p = passenger("TSAI", "YI-HSUAN", "1990-05-05", "TWN", "355566677", "TWN", "CI0008",
                  "outbound")  # fmt: skip
    assert _ci(served).ask(p).body["answer"] == "board"
    bans = tmp_path / "bans.jsonl"
    rows = [*EXIT_BANS, {"id": "EB-2", "names": ["TSAI, YI HSUAN"], "birth_date": "1990-05-05",
                         "nationality": "TWN", "reason": "court order"}]  # fmt: skip
    bans.write_text("".join(json.dumps(r) + "\n" for r in rows))
    central.load("exit_bans", bans)
    deadline = time.monotonic() + 15  # the service looks for new versions every second
    while (r := _ci(served).ask(p)).body["answer"] == "board" and time.monotonic() < deadline:
        time.sleep(0.2)
    assert (r.body["answer"], r.body["reason"]) == ("no_board", "exit_not_permitted")


def _audit(central: CentralProcess) -> list[dict]:
    database = db.open_database(central.state)
    try:
        with database.read() as conn:
            return app_check.audit_rows(conn)
    finally:
        database.dispose()


def test_every_answer_audited_and_cli_check(served, capsys) -> None:  # type: ignore[no-untyped-def]
    from central.__main__ import main

    central, tokens = served
    # a refused question of its own (another airline's flight): the audit must keep it,
    # whichever tests ran before this one (alone, or on another xdist worker)
    assert CheckIn(central.url, tokens["CI"]).ask(dict(CASES[0][0], flight="BR0061")).status == 403
    before = _audit(central)
    r = _ci(served).ask(CASES[1][0])
    capsys.readouterr()
    rc = main(["--state", str(central.state), "app", "check", "--airline", "CI", "--surname",
               "huang", "--given-names", "mei ling", "--birth-date", "1999-06-15",
               "--nationality", "TWN", "--document-number", "310765432", "--issuing-state",
               "TWN", "--flight", "CI0008", "--direction", "outbound", "--json"])  # fmt: skip
    assert rc == 1
    assert json.loads(capsys.readouterr().out)["answer"] == "no_board"
    rows = _audit(central)
    new = rows[len(before) :]
    assert [(x["via"], x["answer"], x["reason"]) for x in new] == [
        ("http", "no_board", "exit_not_permitted"),
        ("cli", "no_board", "exit_not_permitted"),
    ]
    assert new[0]["uuid"] == r.body["reference"]
    assert new[0]["hits"][0]["key"] == "EB-1"  # kept for the agency, never sent
    assert new[0]["request"]["document_number"] == "310765432"
    assert all(isinstance(x["latency_ms"], int) for x in rows)
    assert any(x["answer"] == "refused" and x["reason"] == "not_own_flight" for x in rows)
    capsys.readouterr()
    argv = ["app", "check", "--airline", "CI", "--surname", "X", "--birth-date", "1990-13-01",
            "--nationality", "TWN", "--document-number", "1", "--issuing-state", "TWN",
            "--flight", "CI1", "--direction", "inbound"]  # fmt: skip
    rc = main(["--state", str(central.state), *argv])
    assert rc == 2 and "--birth-date" in capsys.readouterr().err
    assert len(_audit(central)) == len(rows)  # a question refused as malformed: not asked
