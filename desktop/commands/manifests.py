"""`manifests`: the flights due at this workstation's port with their pre-screen hits,
from the replica (so also while the central is down): the supervisor's list for placing
officers before the doors open (issue 17)."""

from __future__ import annotations

import argparse

from desktop.cli import add_credential_args, add_json_arg, new_command, open_session, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = new_command(
        sub,
        "manifests",
        cmd_manifests,
        "flights due at this port and their pre-screen hits (from the replica)",
    )
    p.add_argument(
        "--past-hours",
        type=float,
        default=6.0,
        help="also flights due this many hours ago (default 6)",
    )
    add_credential_args(p)
    add_json_arg(p)


def cmd_manifests(args: argparse.Namespace) -> int:
    from desktop.expected import PORT_KEY, arriving_flights
    from local_store import settings

    with open_session(args, purpose="manifests") as session, session.store.read() as c:
        port = settings.get(c, PORT_KEY)
        flights = arriving_flights(c, past_h=args.past_hours)
    if args.json:
        print_json({"port": port, "flights": flights})
        return 0
    if not port:
        print("this workstation has no port (the central sets it with the enrollment code)")
    for f in flights:
        print(
            f"{f['scheduled_local'] or f['scheduled']} {f['flight']} {f['direction']}: "
            f"{f['passengers']} passengers, {f['crew']} crew, {len(f['hits'])} with hits"
        )
        for h in f["hits"]:
            best = h["hits"][0]
            print(
                f"    {h['name']} {h['document_number'] or ''}: {best['severity']} "
                f"{best['action']} ({best['dataset']} {best['key']})"
            )
    return 0
