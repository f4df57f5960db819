"""`config show|set`: this counter's own settings (`desktop.inspection.counter`): its
default direction and the bell and flash on a blocking hit."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop.cli import (
    add_credential_args,
    add_json_arg,
    command_group,
    new_command,
    open_session,
    print_json,
)

if TYPE_CHECKING:
    from desktop.inspection.counter import CounterSettings


def register(sub: argparse._SubParsersAction) -> None:
    from desktop.inspection.counter import KEYS

    group = command_group(sub, "config", "this counter's settings")
    p = new_command(group, "show", cmd_show, "print this counter's settings")
    add_credential_args(p)
    add_json_arg(p)
    p = new_command(
        group,
        "set",
        cmd_set,
        "set one of this counter's settings (installer or supervisor): default-direction "
        "entry|exit (F2 switches for one traveller only), hit-alert on|off (bell and flash "
        "on a blocking hit)",
    )
    p.add_argument("name", choices=tuple(KEYS), metavar="NAME")
    p.add_argument("value", metavar="VALUE")
    add_credential_args(p)
    add_json_arg(p)


def cmd_show(args: argparse.Namespace) -> int:
    from desktop.inspection import counter

    with open_session(args, purpose="config show") as session:
        _print(args, counter.session_settings(session))
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    from desktop.inspection import counter

    counter.parse(args.name, args.value)  # exit 2 before asking for a password
    with open_session(args, purpose="config set") as session:
        session.require("installer", "supervisor", action="changing the counter's settings")
        _print(args, counter.put(session.store, session.user, args.name, args.value))
    return 0


def _print(args: argparse.Namespace, now: CounterSettings) -> None:
    shown = now.to_json()
    if args.json:
        print_json(shown)
    else:
        for name, value in shown.items():
            print(f"{name}: {value if not isinstance(value, bool) else 'on' if value else 'off'}")
