"""Fault injection between real processes: the workstation (`python -m desktop`), the
reference central (`python -m central serve`) and the fault proxy between them. After
every scenario converges the central holds exactly the records the workstation
committed (none missing, none twice), the outbox is empty and the chains verify."""

from __future__ import annotations

import json
import signal
import threading
import time

import pytest

from tests.sync.conftest import make_records
from tests.sync.harness import SUPERVISOR, SUPERVISOR_PW, assert_converged

pytestmark = pytest.mark.slow


def _sync(ws, *extra, env=None):
    out = ws.cmd("sync", "--once", "--json", *extra, env=env)
    assert "Traceback" not in out.stderr, out.stderr
    assert out.returncode in (0, 1), out.stderr
    report = json.loads(out.stdout) if out.stdout.strip() else {}
    return out.returncode, report


def _sync_until_empty(ws, *extra, rounds=25, env=None):
    reports = []
    for _ in range(rounds):
        rc, report = _sync(ws, *extra, env=env)
        reports.append(report)
        if rc == 0 and ws.outbox()["pending"] == 0:
            return reports
    raise AssertionError(f"no convergence after {rounds} rounds: {reports[-3:]}")


def test_proxy_faults_on_push_and_pull_converge(workstation, central, proxy):
    ws = workstation
    make_records(ws, 120)
    proxy.plan(
        "/v1/journal",
        ["pass", "drop", "500", "cut", "503", "garbage", "delay:0.3", "cut_partial", "pass", "cut"],
    )
    proxy.plan("/v1/replica/persons", ["drop", "garbage", "cut_partial", "503"])
    proxy.plan("/v1/alerts", ["500"])
    reports = _sync_until_empty(ws, "--batch-size", "15")
    for fault in ("drop", "500", "503", "cut", "cut_partial", "garbage", "delay"):
        assert proxy.counts[fault] >= 1, fault
    # Acknowledgements lost after the central committed came back as "already held".
    duplicates = sum(r.get("pushed", {}).get("duplicates", 0) for r in reports)
    assert duplicates >= 15 * 3
    assert any(r.get("connectivity") in ("degraded", "offline") for r in reports)
    assert reports[-1]["connectivity"] == "online"
    assert len(assert_converged(ws, central)) == 120


def test_sigkill_workstation_while_waiting_for_an_acknowledgement(workstation, central, proxy):
    ws = workstation
    make_records(ws, 300)
    forwarded = threading.Event()
    pushes = []

    def on_forward(method, path):
        if path.startswith("/v1/journal"):
            pushes.append(path)
            if len(pushes) == 2:
                forwarded.set()

    proxy.on_forward = on_forward
    proxy.plan("/v1/journal", ["pass", "hold:30"])
    proc = ws.popen("sync", "--once", "--batch-size", "50")
    assert forwarded.wait(60), "the second batch never reached the central"
    time.sleep(1.0)  # the central commits batch 2; its acknowledgement is held
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    proxy.on_forward = None
    proxy.clear()
    assert len(central.records()) == 100
    assert ws.outbox()["pending"] == 250  # batch 2 was never acknowledged here
    reports = _sync_until_empty(ws, "--batch-size", "50")
    assert sum(r["pushed"]["duplicates"] for r in reports) == 50
    assert len(assert_converged(ws, central)) == 300


def test_sigkill_central_mid_batch_then_restart_both(workstation, central, proxy):
    ws = workstation
    # 600 records in batches of 200 (was 1,500 in 500s: making the records through the
    # real workflow, one durable transaction each, was two thirds of the test's time).
    make_records(ws, 600)
    killed = threading.Event()
    pushes = []

    def on_forward(method, path):
        if path.startswith("/v1/journal"):
            pushes.append(path)
            if len(pushes) == 2 and not killed.is_set():
                # In the middle of the central's work on a 200-record batch.
                threading.Timer(0.05, lambda: (central.kill(), killed.set())).start()

    proxy.on_forward = on_forward
    rc, report = _sync(ws, "--batch-size", "200")
    assert killed.wait(30)
    assert rc == 1 and report["connectivity"] in ("degraded", "offline")
    held_after_kill = len(central.records())
    assert held_after_kill in (200, 400)  # the killed batch committed whole or not at all
    # The workstation, with the central down: records go on, marked offline.
    rc, report = _sync(ws)
    assert rc == 1
    more = make_records(ws, 5, prefix="OFF")
    proxy.on_forward = None
    central.start()  # same state, same port: the proxy reaches it again
    reports = _sync_until_empty(ws, "--batch-size", "200")
    assert reports[-1]["connectivity"] == "online"
    held = assert_converged(ws, central)
    assert len(held) == 605
    offline = {r["uuid"] for r in held if r["recorded_offline"]}
    assert set(more) <= offline


def test_workstation_clock_hours_wrong(workstation, central, proxy, tmp_path):
    ws = workstation
    behind = {"BORDER_WS_CLOCK_OFFSET_S": str(-5 * 3600)}
    ahead = {"BORDER_WS_CLOCK_OFFSET_S": str(5 * 3600)}
    pw = SUPERVISOR_PW + "\n"
    ws.ok("login", "--user", SUPERVISOR, "--password-stdin", input=pw)
    uuids = []
    for env in (ahead, behind, None):
        out = ws.ok(
            "inspect",
            "--user",
            SUPERVISOR,
            "--password-stdin",
            "--surname",
            "LIN",
            "--given-names",
            "YI",
            "--birth-date",
            "1970-05-05",
            "--nationality",
            "TWN",
            "--document-number",
            "A1234567",
            "--direction",
            "exit",
            "--decision",
            "admit",
            "--json",
            input=pw,
            env=env,
        )
        uuids.append(json.loads(out.stdout)["uuid"])
    _sync_until_empty(ws, env=behind)
    held = {r["uuid"]: r for r in assert_converged(ws, central)}
    seqs = [held[u]["seq"] for u in uuids]
    assert seqs == sorted(seqs) and len(set(seqs)) == 3
    times = [held[u]["recorded_at"] for u in uuids]
    assert times != sorted(times)  # wall clock order is wrong; sequence order is not
    # 5 h off is within the replica feed's validity: the replica is fresh.
    status = json.loads(ws.ok("status", "--json", env=behind).stdout)
    assert status["replica"]["officers"]["stale"] is False
    # 30 h ahead: every head looks expired; the replica refuses them (audited) and stays
    # as it was, but records still go out.
    far = {"BORDER_WS_CLOCK_OFFSET_S": str(30 * 3600)}
    make_records(ws, 3, prefix="FAR")
    rc, report = _sync(ws, env=far)
    assert rc == 1 and any("expired" in e for e in report["errors"])
    assert report["pushed"]["sent"] == 3
    assert_converged(ws, central)
