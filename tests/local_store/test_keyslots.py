from __future__ import annotations

import datetime as dt
import os
import secrets
import sqlite3

import pytest

from local_store.keyslots import (
    MACHINE_SLOT,
    MAX_FAILURES,
    BadCredentials,
    KeySlotError,
    KeySlots,
    LockedOut,
    NoSuchSlot,
)

PW = "correct horse battery"
FAST = {"algorithm": "argon2id", "memory_kib": 1024, "iterations": 1, "lanes": 1}


@pytest.fixture
def slots(tmp_path):
    return KeySlots.create(tmp_path / "keyslots.sqlite")


@pytest.fixture
def db_key():
    return secrets.token_bytes(32)


def test_password_slot_round_trip_and_wrong_password(slots, db_key):
    slots.add_password_slot("Chen.ML", "officer", PW, db_key)
    assert slots.unwrap_password("chen.ml", PW) == (db_key, "officer")
    with pytest.raises(BadCredentials, match="unknown user or wrong password"):
        slots.unwrap_password("chen.ml", PW + "x")
    with pytest.raises(BadCredentials, match="unknown user or wrong password"):
        slots.unwrap_password("nobody", PW)


def test_header_holds_no_key_or_password(slots, db_key, tmp_path):
    slots.add_password_slot("a", "officer", PW, db_key)
    slots.add_machine_slot(tmp_path / "m.key", db_key)
    blob = (tmp_path / "keyslots.sqlite").read_bytes()
    assert db_key not in blob and PW.encode() not in blob
    assert (tmp_path / "m.key").read_bytes() not in blob
    assert oct(os.stat(tmp_path / "keyslots.sqlite").st_mode & 0o777) == "0o600"
    assert oct(os.stat(tmp_path / "m.key").st_mode & 0o777) == "0o600"


def test_lockout_after_repeated_failures_then_unlock(slots, db_key):
    slots.add_password_slot("a", "officer", PW, db_key, kdf=FAST)
    now = dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC)
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(BadCredentials):
            slots.unwrap_password("a", "wrong password", now=now)
    with pytest.raises(LockedOut):
        slots.unwrap_password("a", "wrong password", now=now)
    # Locked: even the right password is refused until the lock expires.
    with pytest.raises(LockedOut):
        slots.unwrap_password("a", PW, now=now + dt.timedelta(minutes=5))
    assert slots.unwrap_password("a", PW, now=now + dt.timedelta(minutes=16))[0] == db_key
    for _ in range(MAX_FAILURES):
        with pytest.raises((BadCredentials, LockedOut)):
            slots.unwrap_password("a", "wrong password", now=now)
    slots.unlock("a")
    assert slots.unwrap_password("a", PW, now=now)[0] == db_key
    events = [e.event for e in slots.pending_events()]
    assert events.count("locked_out") == 2
    assert "login_refused_locked" in events and events.count("login_failed") >= 9
    slots.drop_events_upto(slots.pending_events()[-1].id)
    assert slots.pending_events() == []


def test_change_password_rewraps_only_that_slot(slots, db_key, tmp_path):
    slots.add_password_slot("a", "officer", PW, db_key, kdf=FAST)
    slots.add_password_slot("b", "supervisor", "another secret", db_key, kdf=FAST)
    con = sqlite3.connect(tmp_path / "keyslots.sqlite")
    before = dict(con.execute("SELECT name, wrapped FROM slots").fetchall())
    slots.change_password("a", PW, "a new password")
    after = dict(con.execute("SELECT name, wrapped FROM slots").fetchall())
    assert before["b"] == after["b"] and before["a"] != after["a"]
    assert slots.unwrap_password("a", "a new password")[0] == db_key
    with pytest.raises(BadCredentials):
        slots.unwrap_password("a", PW)


def test_removing_a_slot_revokes(slots, db_key):
    slots.add_password_slot("a", "officer", PW, db_key, kdf=FAST)
    slots.remove("a")
    with pytest.raises(BadCredentials):
        slots.unwrap_password("a", PW)
    with pytest.raises(NoSuchSlot):
        slots.remove("a")


def test_editing_the_role_in_the_plain_header_disables_the_slot(slots, db_key, tmp_path):
    slots.add_password_slot("a", "officer", PW, db_key, kdf=FAST)
    con = sqlite3.connect(tmp_path / "keyslots.sqlite")
    con.execute("UPDATE slots SET role = 'supervisor' WHERE name = 'a'")
    con.commit()
    with pytest.raises(BadCredentials):
        slots.unwrap_password("a", PW)


def test_machine_slot(slots, db_key, tmp_path):
    with pytest.raises(NoSuchSlot, match="no machine slot"):
        slots.unwrap_machine()
    slots.add_machine_slot(tmp_path / "m.key", db_key)
    assert slots.has_machine_slot()
    assert slots.unwrap_machine() == db_key
    (tmp_path / "m.key").write_bytes(secrets.token_bytes(32))
    with pytest.raises(KeySlotError, match="does not open this store"):
        slots.unwrap_machine()
    (tmp_path / "m.key").unlink()
    with pytest.raises(KeySlotError, match="cannot read the machine key file"):
        slots.unwrap_machine()
    slots.remove(MACHINE_SLOT)
    assert not slots.has_machine_slot()


def test_bad_names_roles_and_passwords(slots, db_key):
    with pytest.raises(KeySlotError, match="invalid user name"):
        slots.add_password_slot("bad name", "officer", PW, db_key)
    with pytest.raises(KeySlotError, match="unknown role"):
        slots.add_password_slot("a", "admin", PW, db_key)
    with pytest.raises(KeySlotError, match="at least"):
        slots.add_password_slot("a", "officer", "short", db_key)
    slots.add_password_slot("a", "officer", PW, db_key, kdf=FAST)
    with pytest.raises(KeySlotError, match="already has a key slot"):
        slots.add_password_slot("A", "officer", PW, db_key, kdf=FAST)


def test_kdf_parameters_are_stored_with_the_slot(slots, db_key, tmp_path):
    slots.add_password_slot("a", "officer", PW, db_key)
    slots.add_password_slot("b", "officer", PW, db_key, kdf=FAST)
    con = sqlite3.connect(tmp_path / "keyslots.sqlite")
    kdfs = dict(con.execute("SELECT name, kdf FROM slots").fetchall())
    assert '"memory_kib": 47104' in kdfs["a"] and '"memory_kib": 1024' in kdfs["b"]
    assert slots.unwrap_password("b", PW)[0] == db_key
