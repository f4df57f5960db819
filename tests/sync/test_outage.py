"""A real outage, real processes: `sync --daemon` measures connectivity with its heartbeat
(an empty outbox is no proof of anything), a record made during the outage carries
`recorded_offline: true`, and when the central comes back the outbox drains within
seconds and the central re-screens the record against what it learnt meanwhile."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

import pytest

import protocol
from local_store.testing import new_store
from sync import connectivity
from sync.service import SyncService
from tests.sync.conftest import new_workstation
from tests.sync.harness import SUPERVISOR, SUPERVISOR_PW, CentralProcess

SUP = ("--user", SUPERVISOR, "--password-stdin")
HEARTBEAT_S = "1"


def _status(ws) -> dict:
    return json.loads(ws.ok("status", "--json").stdout)


def _wait(what, timeout: float, every: float = 0.3):
    deadline = time.monotonic() + timeout
    while True:
        value = what()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout} s")
        time.sleep(every)


def _state(ws) -> str:
    """The connectivity as `status` computes it, read in-process (fast polling); the
    assertions that matter go through the real `status --json` command."""
    with ws.store() as store, store.read() as c:
        return connectivity.state_of(c)


def _persons(path: Path, person_id: str, surname: str) -> Path:
    path.write_text(
        json.dumps(
            {
                "id": person_id,
                "names": [f"{surname}, AN"],
                "birth_date": "1960-03-03",
                "nationality": "TWN",
                "action": "arrest",
                "list": "interpol",
            }
        )
        + "\n"
    )
    return path


@pytest.mark.slow
def test_daemon_measures_outages_and_drains_after_them(tmp_path: Path):
    """Two outages with `sync --daemon` running and an empty outbox: the central
    SIGSTOPped (accepts connections, never answers), then SIGKILLed and restarted."""
    central = CentralProcess(tmp_path / "central").start()
    daemon = None
    try:
        # Enrolled straight to the central's port: the SIGSTOPped server itself accepts
        # connections (the kernel's backlog) and never answers.
        ws = new_workstation(
            tmp_path / "ws",
            central.url,
            central,
            at_the_central=lambda: central.cli(
                "officers",
                "add",
                SUPERVISOR,
                "--role",
                "supervisor",
                "--password-stdin",
                input=SUPERVISOR_PW + "\n",
            ),
        )
        ws.ok("login", *SUP, input=SUPERVISOR_PW + "\n")  # online: the slot is created
        daemon = ws.popen("sync", "--daemon", "--heartbeat-s", HEARTBEAT_S)
        _wait(lambda: _state(ws) == "online", 30)
        up = _status(ws)
        assert up["connectivity"] == "online" and up["last_contact_s"] is not None
        # A new list version at the central: the heartbeat sees the head and the daemon
        # pulls it within seconds (the scheduled pull is every 120 s).
        docs = tmp_path / "docs.jsonl"
        docs.write_text(
            '{"document_number": "X1", "issuing_state": "TWN", "type": "P", "reason": "lost"}\n'
        )
        central.load("documents", docs)
        _wait(lambda: _replica_version(ws, "documents") >= 1, 15)
        known: set[str] = set()
        for n, fault in enumerate(("sigstop", "sigkill")):
            assert _status(ws)["outbox"]["pending"] == 0
            if fault == "sigstop":
                central.proc.send_signal(signal.SIGSTOP)
            else:
                central.kill()
            t0 = time.monotonic()
            _wait(lambda: _state(ws) == "offline", 30, every=0.2)
            took = time.monotonic() - t0
            down = _status(ws)
            assert took < 30 and down["connectivity"] == "offline"
            assert down["last_contact_s"] >= 1
            if n == 0:
                # A push round with an empty outbox sends nothing, and its one call (the
                # journal head before a push) fails on the hung central within the
                # heartbeat's time-outs: the state stays offline (it used to record a
                # success here, and that call used to hold the round for 60 s).
                with ws.store() as store:
                    report = SyncService(ws.profile, store).run_once(pull=False, push=True)
                    assert report.connectivity == "offline" and report.pushed["batches"] == 0
                    with store.read() as c:
                        assert connectivity.state_of(c) == "offline"
            # Meanwhile the traveller is put on a list at the central (its database).
            surname = ("HO", "WU")[n]
            central.load("persons", _persons(tmp_path / f"p{n}.jsonl", f"W{n}", surname))
            rec = json.loads(
                ws.ok(
                    "inspect", *SUP, "--surname", surname, "--given-names", "AN",
                    "--birth-date", "1960-03-03", "--nationality", "TWN",
                    "--document-number", f"S{n}", "--direction", "entry",
                    "--decision", "admit", "--json",
                    input=SUPERVISOR_PW + "\n",
                ).stdout
            )  # fmt: skip
            assert rec["recorded_offline"] is True and rec["connectivity"] == "offline"
            assert rec["hits"] == [] and rec["emergency"] is False
            # The central answers again: the outbox drains within seconds.
            if fault == "sigstop":
                central.proc.send_signal(signal.SIGCONT)
            else:
                central.start()
            back = time.monotonic()
            _wait(lambda: ws.outbox()["pending"] == 0, 10, every=0.1)
            drained = time.monotonic() - back
            assert drained < 10
            _wait(lambda: _state(ws) == "online", 10)
            held = {r["uuid"]: r for r in central.records()}
            # Offline, and screened against an older persons list than the central's now.
            assert held[rec["uuid"]]["rescreened"]["because"] == ["offline", "replica_behind"]
            assert held[rec["uuid"]]["rescreened"]["alerts"] == 1
            alerts = [a for a in central.alerts() if a["record_uuid"] == rec["uuid"]]
            assert [(a["dataset"], a["key"], a["action"]) for a in alerts] == [
                ("persons", f"W{n}", "arrest")
            ]
            known |= {a["uuid"] for a in alerts}
            print(
                f"{fault}: offline after {took:.1f} s, drained {drained:.1f} s after the "
                "central answered"
            )
        # The alerts come back to the counter with the daemon's pulls.
        _wait(lambda: known <= {a["uuid"] for a in _alerts(ws)}, 20, every=1)

        # SIGTERM: a clean stop, even with a heartbeat stuck on a hung central.
        central.proc.send_signal(signal.SIGSTOP)
        time.sleep(1.5)
        t0 = time.monotonic()
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(15) == 0 and time.monotonic() - t0 < 12
        assert "sync: stopped" in daemon.stderr.read()
    finally:
        if daemon is not None and daemon.poll() is None:
            daemon.kill()
            daemon.wait(10)
        if central.proc is not None and central.proc.poll() is None:
            central.proc.send_signal(signal.SIGCONT)
        central.stop()


def _replica_version(ws, dataset: str) -> int:
    from sync import replica_pull

    with ws.store() as store, store.read() as c:
        return replica_pull.position(c, dataset).version


def _alerts(ws) -> list[dict]:
    return [json.loads(line) for line in ws.ok("alerts", "--json").stdout.splitlines() if line]


def test_daemon_and_window_share_one_scheduler_lock(tmp_path: Path):
    """Only one process runs the scheduler of a profile: a second daemon waits, and takes
    over when the first stops."""
    from sync.service import SchedulerLock

    window = SchedulerLock(tmp_path, "window")
    assert window.acquire()
    other = SchedulerLock(tmp_path, "daemon")
    assert not other.acquire()
    assert other.holder().endswith(" window")
    window.release()
    assert other.acquire() and other.held
    other.release()


def test_status_of_a_workstation_never_in_contact(tmp_path: Path):
    from tests.sync.harness import INSTALLER, INSTALLER_PW, Workstation

    ws = Workstation(tmp_path / "ws")
    ws.ok("init", "--installer", INSTALLER, "--password-stdin", input=INSTALLER_PW + "\n")
    st = _status(ws)
    assert st["connectivity"] == "offline" and st["last_contact_s"] is None
    out = ws.cmd("sync", "--daemon")
    assert out.returncode == 2 and "enroll" in out.stderr.lower()
    assert isinstance(out, subprocess.CompletedProcess)


def test_connectivity_ages_and_slow_answers_are_degraded(tmp_path: Path):
    store = new_store(tmp_path)
    with store.write() as c:
        st = connectivity.record_success(c, latency_s=0.05, heartbeat_s=1)
        assert st.state == "online" and connectivity.last_contact_s(c) < 5
        now = st.last_contact
        # Nobody measures any more: online ages into degraded, then offline.
        assert connectivity.effective_state(st, now + 20) == "online"
        assert connectivity.effective_state(st, now + 40) == "degraded"
        assert connectivity.effective_state(st, now + 70) == "offline"
        # A failure on a stale state does not bring it back to degraded.
        st.last_contact = now - 100
        connectivity._save(c, st)
        assert connectivity.record_failure(c, "timeout").state == "offline"
        slow = connectivity.record_success(c, latency_s=2.5)
        assert slow.state == "degraded" and "slow" in slow.partial and slow.failures == 0
        assert connectivity.due(c)  # an answer resets the backoff
        part = connectivity.record_success(c, partial="persons: bad signature")
        assert part.state == "degraded"
        assert connectivity.record_success(c, latency_s=0.1).state == "online"
    store.close()


def test_a_heartbeat_counts_only_when_signed_by_the_pinned_key_for_this_nonce():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    central, other = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    payload = protocol.heartbeat_payload(
        "ws1", "n" * 32, "2026-01-01T00:00:00+00:00", {"persons": 3}
    )
    good = protocol.sign(central, payload)
    assert protocol.check_heartbeat(central.public_key(), good, "ws1", "n" * 32)["heads"] == {
        "persons": 3
    }
    for key, msg, ws, nonce in (
        (central.public_key(), protocol.sign(other, payload), "ws1", "n" * 32),  # forged
        (central.public_key(), good, "ws1", "m" * 32),  # replayed for another request
        (central.public_key(), good, "ws2", "n" * 32),  # another workstation's
        (central.public_key(), protocol.sign(central, dict(payload, heads=[1])), "ws1", "n" * 32),
    ):
        with pytest.raises(protocol.ProtocolError):
            protocol.check_heartbeat(key, msg, ws, nonce)


def test_the_systemd_unit_runs_a_command_the_cli_accepts():
    import configparser
    import shlex

    from desktop.cli import build_parser

    unit = Path(__file__).resolve().parents[2] / "resources/systemd/border-ws-sync.service"
    cp = configparser.ConfigParser(strict=False, interpolation=None)
    cp.read_string(unit.read_text())
    argv = shlex.split(cp["Service"]["ExecStart"])
    assert argv[1:3] == ["-m", "desktop"]
    args = build_parser().parse_args(argv[3:])
    assert args.daemon and args.heartbeat_s == 5 and cp["Service"]["KillSignal"] == "SIGTERM"


def test_why_the_central_screens_a_record_again():
    from central.rescreen import rescreen_reasons

    heads = {"persons": 3, "documents": 1}
    online = {"connectivity": "online", "recorded_offline": False, "emergency": False}
    assert rescreen_reasons(online | {"replica": {"persons": 3, "documents": 1}}, heads) == []
    # Online, but screened against an older list than the central now holds.
    behind = online | {"replica": {"persons": 2, "documents": 1}}
    assert rescreen_reasons(behind, heads) == ["replica_behind"]
    assert rescreen_reasons(online | {"connectivity": "degraded"}, heads) == ["degraded"]
    assert rescreen_reasons(online | {"connectivity": "offline"}) == ["offline"]
    assert rescreen_reasons(online | {"recorded_offline": True, "emergency": True}) == [
        "offline",
        "emergency",
    ]
    # A record from before the heartbeat (no `connectivity`): its flags alone decide.
    assert rescreen_reasons({"recorded_offline": False, "emergency": False}) == []


def test_the_journal_head_before_a_push_does_not_wait_a_bulk_read(monkeypatch):
    """The guard before every push (also on an empty outbox) is a light call: a hung
    central must fail it with the heartbeat's time-outs, not hold the round for the 60 s
    read of a journal batch."""
    import requests

    from sync.client import BULK_TIMEOUT, HEARTBEAT_TIMEOUT, CentralClient, Unreachable

    asked: dict[str, object] = {}

    def hung(method: str, url: str, *, timeout: object, **kwargs: object) -> None:
        asked[url.rsplit("/", 1)[-1]] = timeout
        raise requests.ReadTimeout("no answer")

    with CentralClient("http://127.0.0.1:9", token="t") as client:
        monkeypatch.setattr(client.session, "request", hung)
        with pytest.raises(Unreachable):
            client.journal_head()
        with pytest.raises(Unreachable):
            client.push(protocol.PushRequest(entries=[]))
    assert asked == {"head": HEARTBEAT_TIMEOUT, "journal": BULK_TIMEOUT}
