"""Login, lockout, revocation and password change through the real CLI, fully offline."""

from __future__ import annotations

import json

from local_store.keyslots import MAX_FAILURES


def test_init_refuses_an_existing_profile(workstation):
    r = workstation("init", "--installer", "x", "--password-stdin", stdin="another-pass\n")
    assert r.code == 2 and "already holds a workstation profile" in r.err


def test_commands_need_a_profile(run_cli, tmp_path):
    r = run_cli("status", "--json", profile_dir=tmp_path / "nothing")
    assert r.code == 2 and "run `python -m desktop init` first" in r.err
    assert "Traceback" not in r.err


def test_status_with_machine_slot_and_with_an_officer(workstation):
    r = workstation("status", "--json")
    assert r.code == 0
    s = r.json()
    assert s["mode"] == "normal" and s["connectivity"] == "offline"
    assert s["outbox"] == {"pending": 0, "parked": 0}
    r = workstation(
        "status", "--json", "--user", "chen", "--password-stdin", stdin="officer-pass\n"
    )
    assert r.code == 0 and r.json()["workstation"] == s["workstation"]


def test_no_machine_slot_needs_a_user(run_cli):
    assert (
        run_cli(
            "init",
            "--installer",
            "inst",
            "--password-stdin",
            "--no-machine-slot",
            stdin="install-pass\n",
        ).code
        == 0
    )
    r = run_cli("status")
    assert r.code == 2 and "no machine slot" in r.err
    assert not (run_cli.profile / "machine.key").exists()
    assert run_cli("status", "--user", "inst", "--password-stdin", stdin="install-pass\n").code == 0


def test_wrong_password_is_refused_with_exit_1(workstation):
    r = workstation("status", "--user", "chen", "--password-stdin", stdin="nope-nope\n")
    assert r.code == 1 and r.err.strip() == "error: unknown user or wrong password"


def test_lockout_is_recorded_in_the_audit_log_and_lifted_by_a_supervisor(workstation):
    for _ in range(MAX_FAILURES):
        workstation("status", "--user", "chen", "--password-stdin", stdin="wrong-pass\n")
    r = workstation("status", "--user", "chen", "--password-stdin", stdin="officer-pass\n")
    assert r.code == 1 and "locked out" in r.err
    # An officer cannot unlock; a supervisor can.
    r = workstation(
        "officers", "unlock", "chen", "--user", "chen", "--password-stdin", stdin="officer-pass\n"
    )
    assert r.code == 1
    r = workstation(
        "officers", "unlock", "chen", "--user", "sup", "--password-stdin", stdin="super-pass\n"
    )
    assert r.code == 0, r.err
    assert (
        workstation("status", "--user", "chen", "--password-stdin", stdin="officer-pass\n").code
        == 0
    )
    from desktop import officers
    from desktop.config import Profile
    from local_store import audit

    with officers.unlock(Profile(workstation.profile), None, None) as s, s.store.read() as c:
        events = [e["event"] for e in audit.recent(c, 200)]
        assert audit.verify(c).ok
    assert "locked_out" in events and "officer_unlocked" in events
    assert events.count("login_failed") >= MAX_FAILURES - 1


def test_password_change_rewraps_only_that_officer(workstation):
    r = workstation(
        "officers",
        "password",
        "--user",
        "chen",
        "--password-stdin",
        stdin="officer-pass\nnew-officer-pass\n",
    )
    assert r.code == 0, r.err
    assert (
        workstation("status", "--user", "chen", "--password-stdin", stdin="officer-pass\n").code
        == 1
    )
    assert (
        workstation("status", "--user", "chen", "--password-stdin", stdin="new-officer-pass\n").code
        == 0
    )
    assert (
        workstation("status", "--user", "sup", "--password-stdin", stdin="super-pass\n").code == 0
    )


def test_removing_an_officer_revokes_offline_login(workstation):
    r = workstation(
        "officers", "remove", "chen", "--user", "sup", "--password-stdin", stdin="super-pass\n"
    )
    assert r.code == 0, r.err
    r = workstation("status", "--user", "chen", "--password-stdin", stdin="officer-pass\n")
    assert r.code == 1
    r = workstation("officers", "list", "--json")
    rows = [json.loads(line) for line in r.out.splitlines()]
    chen = next(x for x in rows if x["name"] == "chen")
    assert chen["active"] is False and chen["has_slot"] is False


def test_roles_are_enforced(workstation):
    r = workstation(
        "officers",
        "add",
        "x",
        "--role",
        "officer",
        "--user",
        "chen",
        "--password-stdin",
        stdin="officer-pass\nxxxx-pass\n",
    )
    assert r.code == 1 and "needs an installer or a supervisor" in r.err
    r = workstation(
        "officers",
        "add",
        "x",
        "--role",
        "supervisor",
        "--user",
        "sup",
        "--password-stdin",
        stdin="super-pass\nxxxx-pass\n",
    )
    assert r.code == 1 and "cannot add a supervisor" in r.err
    r = workstation("officers", "add", "x", "--role", "officer", stdin="")
    assert r.code == 1 and "machine slot may not" in r.err


def test_missing_password_on_stdin_is_a_usage_error(workstation):
    r = workstation(
        "officers",
        "add",
        "x",
        "--role",
        "officer",
        "--user",
        "sup",
        "--password-stdin",
        stdin="super-pass\n",
    )
    assert r.code == 2 and "standard input ended before the new password" in r.err


def test_audit_verify_names_the_first_broken_row(workstation):
    from sqlalchemy import text

    from desktop import officers
    from desktop.config import Profile

    assert workstation("audit", "verify").code == 0
    with officers.unlock(Profile(workstation.profile), None, None) as s, s.store.write() as c:
        c.execute(text("UPDATE audit_log SET actor = 'someone-else' WHERE id = 2"))
    r = workstation("audit", "verify", "--json")
    assert r.code == 1
    chains = {x["chain"]: x for x in map(json.loads, r.out.splitlines())}
    assert chains["journal"]["ok"] is True
    assert chains["audit log"] == {
        "chain": "audit log",
        "ok": False,
        "rows": 2,
        "first_bad": 2,
        "reason": "stored values do not match the row's hash",
    }


def test_copying_the_database_without_its_key_slots_gives_nothing(workstation, tmp_path):
    import shutil

    stolen = tmp_path / "stolen"
    stolen.mkdir()
    shutil.copy(workstation.profile / "store.db", stolen / "store.db")
    # No slots: no profile. And with another workstation's slots, the key does not fit.
    workstation(
        "init",
        "--installer",
        "inst",
        "--password-stdin",
        stdin="install-pass\n",
        profile_dir=tmp_path / "other",
    )
    shutil.copy(workstation.profile / "store.db", tmp_path / "other" / "store.db")
    r = workstation("status", profile_dir=tmp_path / "other")
    # Sabotage, not a typo: exit 1 with what to do (issue 14), never a fresh store.
    assert r.code == 1 and "does not open with this workstation's key" in r.err
