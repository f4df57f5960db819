"""`inspect`: a headless inspection (screen, decide, record) through the same service as
the window (`desktop.inspection.service`)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop.cli import add_credential_args, add_json_arg, new_command, open_session, print_json
from desktop.errors import UsageError

if TYPE_CHECKING:
    from desktop.inspection.traveller import Traveller


def register(sub: argparse._SubParsersAction) -> None:
    p = new_command(sub, "inspect", cmd_inspect, "a headless inspection: screen, decide, record")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--mrz", nargs="+", metavar="LINE")
    src.add_argument("--surname")
    p.add_argument("--given-names", default="")
    p.add_argument("--birth-date")
    p.add_argument("--nationality")
    p.add_argument("--document-number")
    p.add_argument("--issuing-state")
    p.add_argument("--sex")
    p.add_argument("--expiry-date")
    p.add_argument("--direction", choices=("entry", "exit"), required=True)
    p.add_argument("--decision", choices=("admit", "refer", "refuse"), required=True)
    p.add_argument("--reason", metavar="CODE")
    p.add_argument("--note", metavar="TEXT")
    p.add_argument(
        "--override",
        action="store_true",
        help="supervisor: admit although a hit blocks (the hit is cleared)",
    )
    add_credential_args(p)
    add_json_arg(p)


def traveller_of(args: argparse.Namespace) -> Traveller:
    from desktop.inspection import traveller

    if args.mrz:
        return traveller.from_mrz(args.mrz)
    return traveller.typed(
        surname=args.surname,
        given_names=args.given_names,
        birth_date=args.birth_date,
        nationality=args.nationality,
        document_number=args.document_number,
        issuing_state=args.issuing_state,
        sex=args.sex,
        expiry_date=args.expiry_date,
    )


def cmd_inspect(args: argparse.Namespace) -> int:
    from desktop.inspection import service
    from desktop.inspection.rules import Decision

    traveller = traveller_of(args)
    with open_session(args, purpose="inspect") as session:
        if session.is_machine:
            raise UsageError("an inspection needs an officer: give --user NAME --password-stdin")
        screening = service.screen_traveller(session, traveller, args.direction)
        rec = service.decide(
            session,
            screening,
            Decision(args.direction, args.decision, args.reason, args.note, args.override),
        ).to_json()
    if args.json:
        print_json(rec)
    else:
        print(
            f"recorded {rec['uuid']} (seq {rec['seq']}): {rec['decision']}"
            + (f" {rec['reason']}" if rec.get("reason") else "")
            + f", {len(rec['hits'])} hit(s)"
        )
    return 0
