"""Issue 14, findings 5-8 and Build 3, with real processes: the workstation commands,
the reference central over loopback, a writer process killed after its WAL was
deleted, a small tmpfs for a full disk. Each scenario failed (exit 0 or exit 3) on the
code before the fix."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
from pathlib import Path

import pytest

from local_store import Store, audit, integrity, journal
from local_store.keyslots import KeySlots
from tests.local_store.test_sabotage import Writer
from tests.sync.conftest import make_records, new_workstation
from tests.sync.harness import INSTALLER, INSTALLER_PW

pytestmark = pytest.mark.slow

SUP = ("--user", INSTALLER, "--password-stdin")


def _status(ws):
    out = ws.cmd("status", "--json")
    assert "Traceback" not in out.stderr and "internal error" not in out.stderr, out.stderr
    return out.returncode, (json.loads(out.stdout) if out.stdout.strip() else {}), out.stderr


def _open(ws):
    """The store as a test reads it: not enforcing, so an alarm does not hide it."""
    key = KeySlots(ws.profile / "keyslots.sqlite").unwrap_machine()
    return Store.open(ws.profile / "store.db", key, must_exist=True, enforce=False)


def _audit_events(ws, event="store_incident"):
    with _open(ws) as s, s.read() as c:
        return [r["detail"] for r in audit.recent(c, 1000) if r["event"] == event]


def _outbox(ws):
    with _open(ws) as s, s.read() as c:
        return journal.counts(c)


def _words(out):
    """Exit 1 with a sentence that says what to do; never a traceback or exit 3."""
    assert out.returncode == 1, (out.returncode, out.stdout, out.stderr)
    assert "Traceback" not in out.stderr and "internal error" not in out.stderr
    assert "restore" in out.stderr or "free space" in out.stderr.lower(), out.stderr
    return out.stderr


def test_empty_and_truncated_store_detected_never_recreated(workstation, central, tmp_path):
    ws = workstation
    make_records(ws, 25)
    db = ws.profile / "store.db"
    good = tmp_path / "good.db"
    shutil.copy(db, good)

    # Finding 5: truncated to 0 bytes.
    db.write_bytes(b"")
    code, status, err = _status(ws)
    assert code == 1 and status["store"]["ok"] is False, (status, err)
    assert "is empty" in err and "restore" in err
    assert status.get("workstation") is None  # no blank status that looks fine
    assert "store: BROKEN" in ws.cmd("audit", "verify").stdout
    assert ws.cmd("audit", "verify").returncode == 1
    _words(ws.cmd("sync", "--once"))
    assert db.stat().st_size == 0, "the store must never be re-created silently"
    db.unlink()  # deleted outright: the same, never a fresh empty store
    assert "is missing" in _words(ws.cmd("status"))
    assert not db.exists()

    # Truncated mid-page, and at a page boundary (SQLite's own check then fires).
    shutil.copy(good, db)
    size = db.stat().st_size
    with open(db, "r+b") as f:
        f.truncate(size // 2 + 100)
    assert "truncated" in _words(ws.cmd("status", "--json"))
    shutil.copy(good, db)
    with open(db, "r+b") as f:
        f.truncate((size // 2) // 4096 * 4096)
    _words(
        ws.cmd(
            "inspect",
            *SUP,
            "--surname",
            "X",
            "--birth-date",
            "1990-01-01",
            "--direction",
            "entry",
            "--decision",
            "admit",
            input=INSTALLER_PW + "\n",
        )
    )

    # The good copy back: `audit verify` checks every page and clears the alarm; the
    # events are in the audit log now that it can be written.
    shutil.copy(good, db)
    code, status, _ = _status(ws)
    assert code == 1  # not cleared yet: a person has to look
    out = ws.cmd("audit", "verify")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "incident(s) cleared" in out.stdout
    assert _status(ws)[0] == 0
    problems = {d["problem"] for d in _audit_events(ws)}
    assert {"empty", "truncated"} <= problems


def test_wal_deleted_under_a_writer_then_killed_is_detected_by_status_and_sync(
    workstation, central
):
    ws = workstation
    key = KeySlots(ws.profile / "keyslots.sqlite").unwrap_machine()
    w = Writer(ws.profile / "store.db", key)
    assert w.burst(60) == "idle"
    integrity.wal_path(ws.profile / "store.db").unlink()
    w.proc.send_signal(signal.SIGKILL)
    w.proc.wait(10)
    code, status, err = _status(ws)
    assert code == 1 and "write-ahead log" in err
    assert [i["problem"] for i in status["store"]["incidents"]] == ["wal_deleted"]
    assert "write-ahead log" in _words(ws.cmd("sync", "--once"))
    # Nothing that was committed is lost; after `audit verify` the counter goes on.
    assert ws.cmd("audit", "verify").returncode == 0
    assert len(ws.committed()) == 60 and ws.outbox()["pending"] == 60
    assert [d["problem"] for d in _audit_events(ws)] == ["wal_deleted"]
    assert _status(ws)[0] == 0


def test_flipped_byte_found_by_sync_and_audit_verify(workstation, central):
    ws = workstation
    make_records(ws, 40)
    assert ws.cmd("sync", "--once").returncode == 0
    db = ws.profile / "store.db"
    with open(db, "r+b") as f:
        f.seek(db.stat().st_size // 2 + 777)
        b = f.read(1)
        f.seek(-1, os.SEEK_CUR)
        f.write(bytes([b[0] ^ 0x40]))
    # Finding 8: audit verify said "internal error: DatabaseError" (exit 3). Whether the
    # page is read at open or only by the full check, it is exit 1 with words.
    out = ws.cmd("audit", "verify")
    assert out.returncode == 1, out.stdout + out.stderr
    assert "store: BROKEN" in out.stdout or "is damaged" in out.stderr
    assert "internal error" not in out.stderr
    assert "damaged" in _words(ws.cmd("sync", "--once"))
    assert _status(ws)[0] == 1
    _words(
        ws.cmd(
            "inspect",
            *SUP,
            "--surname",
            "X",
            "--birth-date",
            "1990-01-01",
            "--direction",
            "entry",
            "--decision",
            "admit",
            input=INSTALLER_PW + "\n",
        )
    )


def test_older_copy_restored_is_caught_locally_and_by_the_central(workstation, central, tmp_path):
    ws = workstation
    db = ws.profile / "store.db"
    anchor = integrity.anchor_path(db)
    make_records(ws, 20)
    assert ws.cmd("sync", "--once").returncode == 0
    shutil.copy(db, tmp_path / "old.db")
    shutil.copy(anchor, tmp_path / "old.anchor")
    make_records(ws, 5, prefix="B")
    ws.ok(
        "emergency", "declare", "--reason", "central maintenance", *SUP, input=INSTALLER_PW + "\n"
    )
    assert ws.cmd("sync", "--once").returncode == 0
    shutil.copy(db, tmp_path / "new.db")
    held = len(central.records())

    # Only store.db restored: its anchor beside it knows better (finding 7).
    shutil.copy(tmp_path / "old.db", db)
    code, status, err = _status(ws)
    assert code == 1 and "older copy" in err and "emergency mode" in err
    assert status["store"]["incidents"][0]["problem"] == "rolled_back"

    # Both files restored: the central's acknowledged head catches it at sync.
    os.remove(integrity.incidents_path(db))
    shutil.copy(tmp_path / "old.db", db)
    shutil.copy(tmp_path / "old.anchor", anchor)
    assert _status(ws)[0] == 0  # locally indistinguishable from the past
    make_records(ws, 3, prefix="C")  # records made after the restore
    out = ws.cmd("sync", "--once", "--json")
    assert "nothing was sent" in _words(out) and "up to seq 26" in out.stderr
    assert "emergency mode was declared in the newer copy" in out.stderr
    assert json.loads(out.stdout)["pushed"]["parked"] == []
    assert len(central.records()) == held  # nothing parked at the central either
    assert _outbox(ws) == {"pending": 3, "sent": 20, "parked": 0}
    assert _status(ws)[0] == 1  # and from now on offline too (the anchor moved up)
    assert [d["problem"] for d in _audit_events(ws)] == ["rolled_back"]
    out = ws.cmd("audit", "verify")
    assert out.returncode == 1 and "older copy" not in out.stdout and "seq 26" in out.stdout

    # The newest copy back: verified, cleared, emergency mode as it was.
    shutil.copy(tmp_path / "new.db", db)
    assert ws.cmd("audit", "verify").returncode == 0
    code, status, _ = _status(ws)
    assert code == 0 and status["mode"] == "emergency"


def test_bad_url_and_damaged_key_slots_are_sentences(workstation):
    ws = workstation
    path = ws.profile / "central.json"
    data = json.loads(path.read_text())
    data["central_url"] = "htp:/nowhere"
    path.write_text(json.dumps(data))
    for args in (("sync", "--once"), ("login", *SUP)):
        out = ws.cmd(*args, input=INSTALLER_PW + "\n")
        assert out.returncode == 2 and "central.json" in out.stderr, out.stderr
        assert "enroll" in out.stderr and "internal error" not in out.stderr
    # The key slots file damaged, emptied or gone: exit 1/2 with what to do (was exit 3).
    slots = ws.profile / "keyslots.sqlite"
    good = slots.read_bytes()
    for damage, code in ((good[:5000], 1), (b"", 1), (None, 2)):
        if damage is None:
            slots.unlink()
        else:
            slots.write_bytes(damage)
        out = ws.cmd("status")
        assert out.returncode == code and "keyslots.sqlite" in out.stderr, out.stderr
        assert "restore" in out.stderr and "internal error" not in out.stderr
    assert integrity.open_incidents(ws.profile / "store.db") == []  # not the store's fault


@pytest.fixture
def small_disks(tmp_path):
    """Two small tmpfs disks (needs root, as in CI): the profile's, and a USB stick's."""
    mounted = []
    for name in ("disk", "usb"):
        mnt = tmp_path / name
        mnt.mkdir()
        r = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mnt)],
            capture_output=True,
            text=True,
        )
        if r.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here (needs root): {r.stderr.strip()}")
        mounted.append(mnt)
    yield mounted
    for mnt in mounted:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def _fill(directory: Path) -> None:
    """Fill the disk to the last byte (big writes, then smaller ones)."""
    fd = os.open(directory / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for chunk in (1 << 16, 512, 1):
            try:
                while True:
                    os.write(fd, b"\0" * chunk)
            except OSError:
                pass
    finally:
        os.close(fd)


def test_full_disk_gives_words_not_internal_errors(small_disks, central):
    disk, usb = small_disks
    ws = new_workstation(disk / "ws", central.url, central)
    make_records(ws, 3)
    _fill(usb)
    # The export's disk is full: no half file left behind (finding 8), the records stay.
    pw = INSTALLER_PW + "\n"
    out = ws.cmd("journal", "export", str(usb / "out.sealed"), *SUP, input=pw)
    assert out.returncode == 1 and "disk is full" in out.stderr, out.stderr
    assert not list(usb.glob("out.sealed*")), "a half-written export was left behind"
    _fill(disk)
    args = (
        "inspect",
        *SUP,
        "--surname",
        "LIN",
        "--given-names",
        "MEI",
        "--birth-date",
        "1990-01-01",
        "--nationality",
        "TWN",
        "--direction",
        "entry",
        "--decision",
        "admit",
    )
    for cmd in (args, ("login", "--offline", *SUP), ("sync", "--once")):
        out = ws.cmd(*cmd, input=pw)
        assert out.returncode in (0, 1, 2), (cmd, out.stderr)
        assert "internal error" not in out.stderr and "Traceback" not in out.stderr, out.stderr
        if out.returncode:
            assert "is full: " in out.stderr and "Free space" in out.stderr, out.stderr
    assert ws.cmd(*args, input=pw).returncode == 1
    # A full disk is not damage: no alarm. Space again: everything recorded before is
    # there, the chains and every page verify.
    assert integrity.open_incidents(ws.profile / "store.db") == []
    os.remove(disk / "filler")
    assert ws.cmd("audit", "verify").returncode == 0
    assert len(ws.committed()) == 3
