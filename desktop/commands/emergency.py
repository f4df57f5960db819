"""`emergency declare|end|status|log`: emergency mode (supervisors; DESIGN.md, command-line
contract)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli import add_credential_args, add_json_arg, new_command, open_session, print_json


def register(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser("emergency", help="emergency mode (supervisors)")
    esub = e.add_subparsers(dest="emergency_command", metavar="ACTION", required=True)
    p = new_command(esub, "declare", cmd_emergency_declare, "declare emergency mode")
    p.add_argument("--reason", required=True)
    add_credential_args(p)
    add_json_arg(p)
    p = new_command(esub, "end", cmd_emergency_end, "end emergency mode")
    add_credential_args(p)
    add_json_arg(p)
    p = new_command(esub, "status", cmd_emergency_status, "is emergency mode active")
    add_credential_args(p)
    add_json_arg(p)
    from desktop.commands.reports import register_emergency_log

    register_emergency_log(esub)


def cmd_emergency_declare(args: argparse.Namespace) -> int:
    from desktop.inspection import emergency

    with open_session(args, purpose="emergency declare") as session:
        session.require("supervisor", "installer", action="declaring emergency mode")
        state = emergency.declare(session.store, session.user, args.reason)
    _print_emergency(args, state)
    return 0


def cmd_emergency_end(args: argparse.Namespace) -> int:
    from desktop.inspection import emergency

    with open_session(args, purpose="emergency end") as session:
        session.require("supervisor", "installer", action="ending emergency mode")
        state = emergency.end(session.store, session.user)
    _print_emergency(args, state)
    return 0


def cmd_emergency_status(args: argparse.Namespace) -> int:
    from desktop.inspection import emergency

    with open_session(args, purpose="emergency status") as session, session.store.read() as conn:
        state = emergency.status(conn)
    _print_emergency(args, state)
    return 0


def _print_emergency(args: argparse.Namespace, state: dict[str, Any]) -> None:
    if args.json:
        print_json(state)
    elif state["active"]:
        print(
            f"EMERGENCY since {state['since']} (declared by {state['declared_by']}: "
            f"{state['reason']})"
        )
    else:
        print("normal mode")
