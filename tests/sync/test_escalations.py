"""Issue 14, findings 1-4: no way back in for a revoked officer, a lockout that parallel
guesses cannot outrun, rank respected for unlock (real central, real processes)."""

from __future__ import annotations

import json
import multiprocessing
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from desktop.config import Profile
from local_store.keyslots import MAX_FAILURES, KeySlotError, KeySlots, LockedOut
from sync import enrollment
from sync.client import Refused
from tests.sync.harness import (
    INSTALLER,
    INSTALLER_PW,
    OFFICER,
    OFFICER_PW,
    SUPERVISOR,
    SUPERVISOR_PW,
    CentralProcess,
    Workstation,
)

pytestmark = pytest.mark.slow

SUP = ("--user", SUPERVISOR, "--password-stdin")


def add_central_officer(central: CentralProcess, name: str, role: str, pw: str) -> None:
    central.cli("officers", "add", name, "--role", role, "--password-stdin", input=pw + "\n")


def login(ws: Workstation, user: str, pw: str):  # type: ignore[no-untyped-def]
    return ws.cmd("login", "--user", user, "--password-stdin", "--json", input=pw + "\n")


def test_a_centrally_deactivated_officer_is_refused_online_too(workstation, central, tmp_path):
    ws = workstation
    add_central_officer(central, OFFICER, "officer", OFFICER_PW)
    assert json.loads(login(ws, OFFICER, OFFICER_PW).stdout)["slot_created"] is True
    # Finding 3 at the central: parallel wrong passwords get at most MAX_FAILURES tries.
    enr = enrollment.load(ws.profile)

    def guess(i: int) -> str:
        try:
            enrollment.verify_officer_online(enr, SUPERVISOR, f"Guess!{i:04d}", want_db_key=False)
            return "ok"
        except Refused as e:
            return "locked" if "locked" in e.detail else "wrong"

    with ThreadPoolExecutor(16) as pool:
        got = list(pool.map(guess, range(16)))
    assert got.count("wrong") <= MAX_FAILURES and "ok" not in got, got
    delta = tmp_path / "officers.jsonl"
    # Booleans are booleans: a string "false" is refused, nothing published.
    delta.write_text(json.dumps({"name": OFFICER, "role": "officer", "active": "false"}) + "\n")
    out = central.cli("load", "officers", str(delta), "--delta", check=False)
    assert out.returncode == 2 and "JSON boolean" in out.stderr
    delta.write_text(json.dumps({"name": OFFICER, "role": "officer", "active": False}) + "\n")
    assert central.load("officers", delta, "--delta")["version"] >= 2
    # One truth at the central: its account table follows the dataset at once, even
    # before any workstation synchronises.
    out = login(ws, OFFICER, OFFICER_PW)
    assert out.returncode == 1 and "refused by the central" in out.stderr
    ws.ok("sync", "--once")
    assert login(ws, OFFICER, OFFICER_PW).returncode == 1
    assert login(ws, OFFICER, OFFICER_PW).returncode == 1  # no slot came back
    assert KeySlots(ws.profile / "keyslots.sqlite").role_of(OFFICER) is None
    # A name the workstations refuse is refused where it is created.
    out = central.cli("officers", "add", "Bad Name!", "--role", "officer", "--password-stdin",
                      input="Wh4tever!pass\n", check=False)  # fmt: skip
    assert out.returncode == 2 and "invalid user name" in out.stderr
    ws.ok("sync", "--once")


def _guess(args: tuple[str, str, object]) -> str:
    path, password, barrier = args
    barrier.wait()  # type: ignore[attr-defined]
    try:
        KeySlots(Path(path)).unwrap_password(OFFICER, password)
        return "ok"
    except LockedOut:
        return "locked"
    except KeySlotError:
        return "wrong"


def test_parallel_wrong_passwords_never_get_more_than_the_limit(tmp_path):
    from desktop import officers

    profile = Profile(tmp_path / "p")
    with officers.initialise(profile, INSTALLER, INSTALLER_PW) as s:
        officers.add_officer(s, OFFICER, "officer", OFFICER_PW)
    n = 24
    ctx = multiprocessing.get_context("fork")
    with ctx.Manager() as manager, ctx.Pool(n) as pool:
        barrier = manager.Barrier(n)  # all 24 processes start guessing at once
        got = pool.map(_guess, [(str(profile.keyslots), f"Guess!{i:04d}", barrier)
                                for i in range(n)], chunksize=1)  # fmt: skip
    assert got.count("wrong") <= MAX_FAILURES, got
    assert got.count("locked") >= n - MAX_FAILURES
    assert KeySlots(profile.keyslots).locked_until(OFFICER) is not None


def test_unlock_rank_local_lockout_and_local_removal_hold_against_online_login(
    workstation, central
):
    ws = workstation
    add_central_officer(central, OFFICER, "officer", OFFICER_PW)
    assert login(ws, SUPERVISOR, SUPERVISOR_PW).returncode == 0
    assert login(ws, OFFICER, OFFICER_PW).returncode == 0
    slots = KeySlots(ws.profile / "keyslots.sqlite")
    for name in (INSTALLER, OFFICER):
        for _ in range(MAX_FAILURES):
            with pytest.raises(KeySlotError):
                slots.unwrap_password(name, "Wr0ng!password")
        assert slots.locked_until(name) is not None
    out = ws.cmd("officers", "unlock", INSTALLER, *SUP, input=SUPERVISOR_PW + "\n")
    assert out.returncode == 1 and "cannot unlock an installer" in out.stderr
    assert slots.locked_until(INSTALLER) is not None
    # The right password, accepted by the central: still locked out here.
    out = login(ws, OFFICER, OFFICER_PW)
    assert out.returncode == 1 and "locked out" in out.stderr
    assert slots.locked_until(OFFICER) is not None
    ws.ok("officers", "unlock", OFFICER, *SUP, input=SUPERVISOR_PW + "\n")
    assert json.loads(login(ws, OFFICER, OFFICER_PW).stdout)["mode"] == "online"
    # Finding 1: a locally removed officer does not get back in online.
    ws.ok("officers", "remove", OFFICER, *SUP, input=SUPERVISOR_PW + "\n")
    out = login(ws, OFFICER, OFFICER_PW)  # the central still accepts the password
    assert out.returncode == 1, out.stdout
    assert "removed from this workstation" in out.stderr and "Traceback" not in out.stderr
    assert KeySlots(ws.profile / "keyslots.sqlite").role_of(OFFICER) is None
    # A supervisor reinstates the officer here: the online login works again.
    ws.ok("officers", "add", OFFICER, "--role", "officer", *SUP,
          input=SUPERVISOR_PW + "\nL0cal!password\n")  # fmt: skip
    assert json.loads(login(ws, OFFICER, OFFICER_PW).stdout)["mode"] == "online"
