"""Workstation commands: init, officers, status, audit verify, selftest."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli import (
    add_credential_args,
    add_json_arg,
    new_command,
    open_session,
    passwords_of,
    print_json,
    profile_of,
)


def register(sub: argparse._SubParsersAction) -> None:
    p = new_command(
        sub,
        "init",
        cmd_init,
        "create a new workstation's encrypted store and the installer's key slot",
    )
    p.add_argument("--installer", metavar="NAME", required=True)
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the installer's new password from standard input",
    )
    p.add_argument(
        "--no-machine-slot",
        action="store_true",
        help="no machine slot (laptops): the store opens only for a logged-in user",
    )
    p.add_argument(
        "--machine-key-file",
        metavar="PATH",
        type=Path,
        help="where the machine slot's key file goes (default: in the profile; "
        "fixed counters: a root-only path outside it)",
    )
    add_json_arg(p)

    officers = sub.add_parser("officers", help="local officer accounts and key slots")
    osub = officers.add_subparsers(dest="officers_command", metavar="ACTION", required=True)
    p = new_command(osub, "add", cmd_officers_add, "add an officer or supervisor (local slot)")
    p.add_argument("name")
    p.add_argument("--role", choices=("officer", "supervisor"), required=True)
    add_credential_args(p)
    p = new_command(osub, "list", cmd_officers_list, "list officers and their slots")
    add_credential_args(p)
    add_json_arg(p)
    p = new_command(osub, "remove", cmd_officers_remove, "revoke an officer (removes the slot)")
    p.add_argument("name")
    add_credential_args(p)
    p = new_command(osub, "unlock", cmd_officers_unlock, "lift an officer's lockout")
    p.add_argument("name")
    add_credential_args(p)
    p = new_command(
        osub,
        "password",
        cmd_officers_password,
        "change your own password (stdin: current, then new)",
    )
    add_credential_args(p)
    p = new_command(
        osub,
        "reset-password",
        cmd_officers_reset,
        "set a new password for an officer (stdin: yours, then theirs)",
    )
    p.add_argument("name")
    add_credential_args(p)

    p = new_command(
        sub,
        "status",
        cmd_status,
        "mode, connectivity, replica freshness and outbox of this workstation",
    )
    add_credential_args(p)
    add_json_arg(p)

    audit = sub.add_parser("audit", help="the tamper-evident audit log and journal")
    asub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = new_command(
        asub, "verify", cmd_audit_verify, "check the hash chains of the journal and the audit log"
    )
    add_credential_args(p)
    add_json_arg(p)

    p = new_command(sub, "selftest", cmd_selftest, "check this installation")
    p.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="CHECK",
        help="leave a check out (e.g. pcsc on a build host)",
    )
    add_json_arg(p)


def cmd_init(args: argparse.Namespace) -> int:
    from desktop import officers

    password = passwords_of(args).next(f"new password for {args.installer}")
    session = officers.initialise(
        profile_of(args),
        args.installer,
        password,
        machine_slot=not args.no_machine_slot,
        machine_key_file=args.machine_key_file,
    )
    with session:
        result = {
            "profile": str(session.profile.root),
            "workstation": session.workstation_id,
            "installer": session.user,
            "machine_slot": not args.no_machine_slot,
        }
    if args.json:
        print_json(result)
    else:
        print(f"initialised workstation {result['workstation']} in {result['profile']}")
    return 0


def cmd_officers_add(args: argparse.Namespace) -> int:
    from desktop import officers

    with open_session(args, purpose="officers add") as session:
        session.require("installer", "supervisor", action="adding an officer")
        password = passwords_of(args).next(f"new password for {args.name}")
        officers.add_officer(session, args.name, args.role, password)
    print(f"added {args.role} {args.name.strip().lower()}")
    return 0


def cmd_officers_list(args: argparse.Namespace) -> int:
    from desktop import officers

    with open_session(args, purpose="officers list") as session:
        rows = officers.list_officers(session)
    for r in rows:
        if args.json:
            print_json(r)
        else:
            flags = [] if r["active"] else ["revoked"]
            flags += [] if r["has_slot"] else ["no slot here"]
            flags += [f"locked until {r['locked_until']}"] if r["locked_until"] else []
            print(f"{r['name']:<24} {r['role']:<10} {', '.join(flags)}".rstrip())
    return 0


def cmd_officers_remove(args: argparse.Namespace) -> int:
    from desktop import officers

    with open_session(args, purpose="officers remove") as session:
        officers.remove_officer(session, args.name)
    print(f"removed {args.name}: their key slot is gone from this workstation")
    return 0


def cmd_officers_unlock(args: argparse.Namespace) -> int:
    from desktop import officers

    with open_session(args, purpose="officers unlock") as session:
        officers.unlock_officer(session, args.name)
    print(f"unlocked {args.name}")
    return 0


def cmd_officers_password(args: argparse.Namespace) -> int:
    from desktop import officers
    from desktop.errors import UsageError

    if not args.user:
        raise UsageError("give --user NAME (whose password changes)")
    with open_session(args, purpose="password change") as session:
        officers.change_password(session, passwords_of(args).next("new password"))
    print(f"password changed for {session.user}")
    return 0


def cmd_officers_reset(args: argparse.Namespace) -> int:
    from desktop import officers

    with open_session(args, purpose="password reset") as session:
        officers.reset_password(
            session, args.name, passwords_of(args).next(f"new password for {args.name}")
        )
    print(f"password reset for {args.name}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from desktop.errors import StoreUnusable
    from desktop.status import store_status, workstation_status

    try:
        session = open_session(args, purpose="status", enforce=False)
    except StoreUnusable as e:
        # The store cannot be read at all: say so on stdout too, never a blank status.
        if args.json:
            print_json({"store": {**store_status(profile_of(args).database), "message": str(e)}})
        print(f"error: {e}", file=sys.stderr)
        return 1
    with session, session.store.read() as c:
        status = workstation_status(c)
    status["store"] = store_status(session.store)
    if args.json:
        print_json(status)
    else:
        print(f"workstation  {status['workstation']}")
        print(f"mode         {status['mode']}")
        contact = status["last_contact_s"]
        print(
            f"connectivity {status['connectivity']} (last contact "
            + ("never" if contact is None else f"{contact:g} s ago")
            + ")"
        )
        print(
            f"outbox       {status['outbox']['pending']} pending, "
            f"{status['outbox']['parked']} parked"
        )
        for name, r in status["replica"].items():
            stale = " STALE" if r["stale"] else ""
            stale += " UNVERIFIED" if r.get("unverified") else ""
            print(f"replica      {name}: version {r['version']}, age {r['age_s']} s{stale}")
    if not status["store"]["ok"]:
        print(f"error: {status['store']['message']}", file=sys.stderr)
        return 1
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    """The chains, the journal against its anchor, and every page of the file; when all
    pass, the store's open incidents are cleared (someone restored a good copy)."""
    from desktop.errors import StoreUnusable
    from local_store import audit, integrity, journal

    try:
        session = open_session(args, purpose="audit verify", enforce=False)
    except StoreUnusable as e:
        if args.json:
            print_json(
                {"chain": "store", "ok": False, "rows": 0, "first_bad": None, "reason": str(e)}
            )
        else:
            print(f"store: BROKEN: {e}")
        return 1
    with session:
        problems = session.store.full_check()
        with session.store.read() as c:
            reports = [journal.verify(c), audit.verify(c)]
        rolled = [
            i for i in integrity.open_incidents(session.store.path) if i.problem == "rolled_back"
        ]
        still_rolled = rolled and _still_rolled_back(session.store)
        ok = not problems and not still_rolled and all(r.ok for r in reports)
        cleared = 0
        if ok:
            cleared = integrity.clear_incidents(session.store.path, session.user)
            if cleared:
                with session.store.write() as c:
                    audit.append(c, session.user, "store_incidents_cleared", {"count": cleared})
    store_reason = "; ".join(problems) or (rolled[-1].detail if still_rolled else "")
    if args.json:
        print_json(
            {
                "chain": "store",
                "ok": not store_reason,
                "rows": None,
                "first_bad": None,
                "reason": store_reason,
                "incidents_cleared": cleared,
            }
        )
    else:
        print(
            f"store: BROKEN: {store_reason}"
            if store_reason
            else "store: every page authenticates, structure intact"
            + (f" ({cleared} incident(s) cleared)" if cleared else "")
        )
    for r in reports:
        if args.json:
            print_json(
                {
                    "chain": r.name,
                    "ok": r.ok,
                    "rows": r.rows,
                    "first_bad": r.first_bad,
                    "reason": r.reason,
                }
            )
        else:
            print(r.describe())
    return 0 if ok else 1


def _still_rolled_back(store) -> bool:  # type: ignore[no-untyped-def]
    from local_store import integrity, journal

    with store.read() as c:
        return bool(
            integrity.anchor_problem(
                integrity.read_anchor(store.path),
                journal.last_seq(c),
                lambda s: journal.hash_at(c, s),
            )
        )


def cmd_selftest(args: argparse.Namespace) -> int:
    from desktop import selftest

    results = selftest.run(frozenset(args.skip), profile=getattr(args, "profile", None))
    for r in results:
        if args.json:
            print_json({"check": r.name, "ok": r.ok, "detail": r.detail})
        else:
            print(f"{'ok  ' if r.ok else 'FAIL'}  {r.name:<13} {r.detail}")
    sys.stdout.flush()
    return 0 if all(r.ok for r in results) else 1
