"""The workstation's sync commands as a user runs them (real processes, real central)."""

from __future__ import annotations

import json
import os
import stat

import pytest

from local_store import audit, journal
from tests.sync.conftest import make_records, new_workstation
from tests.sync.harness import (
    INSTALLER,
    INSTALLER_PW,
    OFFICER,
    OFFICER_PW,
    SUPERVISOR,
    SUPERVISOR_PW,
    assert_converged,
)

pytestmark = pytest.mark.slow

SUP = ("--user", SUPERVISOR, "--password-stdin")


def lines(out):
    return [json.loads(x) for x in out.stdout.splitlines() if x.strip()]


def test_first_online_login_on_a_laptop_uses_the_key_escrow(tmp_path, central):
    ws = new_workstation(
        tmp_path / "laptop",
        central.url,
        central,
        machine_slot=False,
        at_the_central=lambda: central.cli(
            "officers",
            "add",
            OFFICER,
            "--role",
            "officer",
            "--password-stdin",
            input=OFFICER_PW + "\n",
        ),
    )
    enrollment_file = tmp_path / "laptop" / "central.json"
    assert stat.S_IMODE(os.stat(enrollment_file).st_mode) == 0o600
    public = json.loads(enrollment_file.read_text())
    assert "credential" not in public and set(public["escrow"]) == {"nonce", "wrapped"}
    # Wrong password: refused by the central, no slot created.
    out = ws.cmd("login", "--user", OFFICER, "--password-stdin", input="Wr0ng!password\n")
    assert out.returncode == 1 and "refused" in out.stderr
    out = ws.ok("login", "--user", OFFICER, "--password-stdin", "--json", input=OFFICER_PW + "\n")
    assert json.loads(out.stdout) == {
        "name": OFFICER,
        "role": "officer",
        "mode": "online",
        "slot_created": True,
    }
    # With the central gone, the slot made online opens the store offline.
    central.stop()
    out = ws.ok("login", "--user", OFFICER, "--password-stdin", "--json", input=OFFICER_PW + "\n")
    assert json.loads(out.stdout)["mode"] == "offline"
    # An officer never seen here cannot log in offline: the first login must be online.
    out = ws.cmd("login", "--user", "nobody", "--password-stdin", input="Wh0ever!pass\n")
    assert out.returncode == 1 and "first\nlogin" not in out.stderr and "first login" in out.stderr
    # No machine slot: commands without --user are refused clearly.
    out = ws.cmd("sync", "--once")
    assert out.returncode == 2 and "machine slot" in out.stderr
    central.start()


def test_inspect_emergency_and_post_hoc_alerts(workstation, central, proxy, tmp_path):
    ws = workstation
    pw = SUPERVISOR_PW + "\n"
    ws.ok("login", *SUP, input=pw)
    base = (
        "inspect",
        *SUP,
        "--surname",
        "HO",
        "--given-names",
        "AN",
        "--birth-date",
        "1960-03-03",
        "--nationality",
        "TWN",
        "--document-number",
        "S9",
        "--direction",
        "entry",
        "--json",
    )
    # The central becomes unreachable: after three failed rounds the counter is offline.
    central.stop()
    for _ in range(3):
        assert ws.cmd("sync", "--once").returncode == 1
    status = json.loads(ws.ok("status", "--json").stdout)
    assert status["connectivity"] == "offline" and status["mode"] == "normal"
    out = ws.ok("emergency", "declare", "--reason", "central down", *SUP, "--json", input=pw)
    state = json.loads(out.stdout)
    assert state["active"] and state["declared_by"] == SUPERVISOR
    # The document was reported stolen after the replica's last update.
    stolen = tmp_path / "docs.jsonl"
    stolen.write_text(
        '{"document_number": "S9", "issuing_state": "TWN", "type": "P", "reason": "stolen"}\n'
    )
    central.load("documents", stolen)
    rec = json.loads(ws.ok(*base, "--decision", "admit", input=pw).stdout)
    assert rec["emergency"] and rec["recorded_offline"] and rec["hits"] == []
    out = ws.ok("emergency", "end", *SUP, "--json", input=pw)
    assert json.loads(out.stdout)["active"] is False
    # Back online: the record goes up, the central re-screens it and raises an alert,
    # which comes back in the same round.
    central.start()
    ws.ok("sync", "--once")
    alerts = lines(ws.ok("alerts", "--json"))
    assert [(a["record_uuid"], a["dataset"], a["key"], a["acknowledged"]) for a in alerts] == [
        (rec["uuid"], "documents", "S9/TWN/P", False)
    ]
    assert central.alerts()[0]["uuid"] == alerts[0]["uuid"]
    # The refreshed replica now blocks an admit of the same document.
    out = ws.cmd(*base, "--decision", "admit", input=pw)
    assert out.returncode == 1 and "blocking hit" in out.stderr
    # A supervisor acknowledges the alert.
    ws.ok("alerts", *SUP, "--ack", alerts[0]["uuid"], input=pw)
    assert lines(ws.ok("alerts", "--json", "--unacknowledged")) == []
    # From the MRZ: a good one is recorded with its check results; one whose check digit
    # fails cannot be admitted (workflow rules in detail: test_inspection.py).
    mrz = [
        "P<TWNLIN<<YI<TING<<<<<<<<<<<<<<<<<<<<<<<<<<<",
        "3123456785TWN8802037F3001019<<<<<<<<<<<<<<<6",
    ]
    mrz_args = ("inspect", *SUP, "--direction", "entry", "--json")
    rec3 = json.loads(ws.ok(*mrz_args, "--mrz", *mrz, "--decision", "admit", input=pw).stdout)
    assert (rec3["surname"], rec3["given_names"], rec3["document_valid"]) == (
        "LIN",
        "YI TING",
        True,
    )
    broken = [mrz[0], mrz[1].replace("3123456785", "3123456786")]
    out = ws.cmd(*mrz_args, "--mrz", *broken, "--decision", "admit", input=pw)
    assert out.returncode == 1 and "failed its checks" in out.stderr
    ws.ok("sync", "--once")
    assert central.alerts()[0]["acknowledged"] is True  # the next round told the central
    held = assert_converged(ws, central)
    assert len(held) == 2
    kinds = [
        json.loads(x)["kind"] for x in central.cli("records", "--json", "--all").stdout.splitlines()
    ]
    assert kinds.count("emergency") == 2  # declare and end travelled in sequence


def test_hand_transfer_both_ways(workstation, central, proxy, tmp_path):
    ws = workstation
    uuids = make_records(ws, 40)
    export = tmp_path / "journal.export"
    out = ws.ok("journal", "export", str(export), "--json")
    assert json.loads(out.stdout)["entries"] == 40
    assert b"CHEN" not in export.read_bytes()  # sealed for the central
    assert stat.S_IMODE(os.stat(export).st_mode) == 0o600
    out = central.cli("import", str(export), "--json")
    assert json.loads(out.stdout)["accepted"] == 40
    assert json.loads(central.cli("import", str(export), "--json").stdout)["duplicates"] == 40
    # A file altered on the way is refused whole.
    bad = tmp_path / "bad.export"
    msg = json.loads(export.read_text())
    msg["payload"] = msg["payload"].replace('"entries":40', '"entries":41')
    bad.write_text(json.dumps(msg))
    out = central.cli("import", str(bad), check=False)
    assert out.returncode == 1 and "bad signature" in out.stderr
    # The network replay afterwards only draws "already held".
    assert ws.outbox()["pending"] == 40
    report = json.loads(ws.ok("sync", "--once", "--json").stdout)
    assert report["pushed"]["duplicates"] == 40 and report["pushed"]["sent"] == 0
    assert {r["uuid"] for r in assert_converged(ws, central)} == set(uuids)
    # The reverse: a signed replica bundle carried to a workstation.
    persons = tmp_path / "persons.jsonl"
    persons.write_text(
        "".join(
            json.dumps({"id": f"P{i}", "names": [f"N{i}, M"], "action": "refer"}) + "\n"
            for i in range(30)
        )
    )
    central.load("persons", persons)
    bundle = tmp_path / "replica.bundle"
    central.cli("bundle", str(bundle))
    tampered = tmp_path / "tampered.bundle"
    tampered.write_bytes(bundle.read_bytes().replace(b"N1, M", b"N1, X"))
    before = json.loads(ws.ok("status", "--json").stdout)["replica"]
    out = ws.cmd("replica", "import", str(tampered))
    assert out.returncode == 1 and "refused" in out.stderr and "unchanged" in out.stderr
    assert (
        json.loads(ws.ok("status", "--json").stdout)["replica"]["persons"]["version"]
        == before["persons"]["version"]
        == 0
    )
    with ws.store() as s, s.read() as c:
        assert any(a["event"] == "replica_delta_rejected" for a in audit.recent(c))
    out = ws.ok("replica", "import", str(bundle), "--json")
    assert json.loads(out.stdout)["persons"] == {"version": 1, "rows": 30}


def test_a_refused_record_is_parked_and_does_not_block_the_queue(workstation, central, proxy):
    ws = workstation
    first = make_records(ws, 5)
    with ws.store() as s, s.write() as c:  # a record the central cannot accept
        journal.append(
            c,
            uuid="bad-record-0001",
            kind="inspection",
            recorded_at="2026-01-01T00:00:00+00:00",
            record={"direction": "sideways", "decision": "admit"},
        )
    last = make_records(ws, 5, prefix="U")
    report = json.loads(ws.ok("sync", "--once", "--json").stdout)
    assert report["pushed"]["sent"] == 10
    assert report["pushed"]["parked"] == [
        {"seq": 6, "reason": "inspection without a valid direction"}
    ]
    assert {r["uuid"] for r in central.records()} == set(first + last)
    status = json.loads(ws.ok("status", "--json").stdout)
    assert status["outbox"] == {"pending": 0, "parked": 1}


def test_enroll_errors_are_clear(tmp_path, central):
    from tests.sync.harness import Workstation

    ws = Workstation(tmp_path / "ws")
    ws.ok("init", "--installer", INSTALLER, "--password-stdin", input=INSTALLER_PW + "\n")
    cred = ("--user", INSTALLER, "--password-stdin")
    out = ws.cmd(
        "enroll",
        "--central",
        "http://192.0.2.1:80",
        "--code",
        "X",
        *cred,
        input=INSTALLER_PW + "\n",
    )
    assert out.returncode == 2 and "loopback" in out.stderr
    out = ws.cmd(
        "enroll",
        "--central",
        "https://central.example",
        "--code",
        "X",
        *cred,
        input=INSTALLER_PW + "\n",
    )
    assert out.returncode == 2 and "--ca" in out.stderr
    out = ws.cmd(
        "enroll",
        "--central",
        central.url,
        "--code",
        "AAAA-BBBB-CCCC",
        *cred,
        input=INSTALLER_PW + "\n",
    )
    assert out.returncode == 1 and "refused" in out.stderr
    out = ws.cmd("sync", "--once")
    assert out.returncode == 2 and "not enrolled" in out.stderr
    for o in (out,):
        assert "Traceback" not in o.stderr
