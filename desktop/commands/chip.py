"""`chip read`: read and authenticate an e-passport chip over PC/SC."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli import (
    add_credential_args,
    add_json_arg,
    new_command,
    open_session,
    print_json,
    profile_of,
)
from desktop.errors import UsageError


def register(sub: argparse._SubParsersAction) -> None:
    chip = sub.add_parser("chip", help="e-passport chip (PC/SC)", description="e-passport chip")
    chip_sub = chip.add_subparsers(dest="chip_command", metavar="SUBCOMMAND", required=True)
    p = new_command(
        chip_sub,
        "read",
        cmd_read,
        "read an e-passport chip: BAC/PACE, data groups, passive, active and chip authentication",
    )
    key = p.add_mutually_exclusive_group(required=True)
    key.add_argument("--mrz", nargs="+", metavar="LINE", help="the MRZ lines (2 or 3)")
    key.add_argument("--can", metavar="CAN", help="the 6-digit card access number (PACE)")
    p.add_argument("--reader", metavar="NAME", help="reader name or a unique part of it")
    p.add_argument(
        "--csca",
        metavar="PATH",
        help="CSCA certificates: file or directory (PEM/DER/CRL/.ml); default: the replica's",
    )
    p.add_argument("--face-out", metavar="FILE", help="write the face image as stored on the chip")
    p.add_argument(
        "--wait", type=float, default=0.0, metavar="SECONDS", help="wait this long for a card"
    )
    p.add_argument(
        "--timeout", type=float, default=10.0, metavar="SECONDS", help="per-APDU timeout"
    )
    p.add_argument(
        "--short-apdus",
        action="store_true",
        help="never use extended length (223-byte reads, for readers that cannot)",
    )
    add_credential_args(p)
    add_json_arg(p)


def _access_key(args: argparse.Namespace) -> object:
    from desktop.chip import bac

    if args.can is not None:
        can = args.can.strip()
        if not can.isdigit() or len(can) != 6:
            raise UsageError("--can must be the 6 digits printed on the data page")
        return bac.CanKey(can)
    if len(args.mrz) not in (2, 3):
        raise UsageError("--mrz takes 2 lines (passport, TD2) or 3 lines (ID card, TD1)")
    from desktop.documents import mrz

    return bac.MrzKey.from_document(mrz.parse(args.mrz))


def cmd_read(args: argparse.Namespace) -> int:
    key = _access_key(args)
    from desktop.chip import csca
    from desktop.chip.service import read_document

    trust = csca.load(args.csca) if args.csca else _replica_trust(args)
    for warning in getattr(trust, "warnings", []):  # skipped files or entries, named
        print(f"warning: CSCA store: {warning}", file=sys.stderr)
    if args.face_out and Path(args.face_out).is_dir():
        raise UsageError(f"--face-out {args.face_out} is a directory")
    outcome = read_document(
        key,
        trust,
        printed_mrz=args.mrz,
        reader=args.reader,
        wait_s=args.wait,
        apdu_timeout_s=args.timeout,
        extended=not args.short_apdus,
    )
    result, read = outcome.result, outcome.read
    if args.face_out:
        if not read.faces:
            print("warning: the chip holds no readable face image", file=sys.stderr)
        else:
            out = Path(args.face_out)
            tmp = out.with_name(out.name + ".part")
            tmp.write_bytes(read.faces[0].image)
            tmp.replace(out)
            result["face"]["written_to"] = str(out)
    if args.json:
        print_json(result)
    else:
        print(_text(result))
    return 0 if outcome.accepted else 1


def _replica_trust(args: argparse.Namespace) -> object:
    """The replica's CSCA certificates when this workstation has a store; None (passive
    authentication then says 'unverified') when it has none."""
    if not profile_of(args).exists():
        return None
    from desktop.chip import csca

    with open_session(args, purpose="chip read") as session, session.store.read() as conn:
        store = csca.from_replica(conn)
    return store if store.certificates else None


def _text(r: dict) -> str:
    doc = r["dg1"]
    pa, aa = r["passive_authentication"], r["active_authentication"]
    lines = [
        f"chip read via {r['access_control']} on {r['reader']}: "
        f"{r['apdus']} APDUs in {r['seconds']:.2f} s",
    ]
    if "surname" in doc:
        lines.append(
            f"  {doc.get('surname')}, {doc.get('given_names')}  "
            f"{doc.get('document_number')} {doc.get('issuing_state')}  "
            f"born {doc.get('birth_date')}  expires {doc.get('expiry_date')}"
        )
    else:
        lines.append("  DG1 holds no readable MRZ")
    if r.get("face"):
        f = r["face"]
        lines.append(f"  face: {f['mime']} {f['width']}x{f['height']}, {f['bytes']} bytes")
    lines.append(f"  passive authentication: {pa['status']}")
    lines += [f"    - {reason}" for reason in pa["reasons"]]
    lines += [f"    (warning) {w}" for w in pa.get("warnings", [])]
    line = f"  active authentication: {aa['status']}"
    if aa.get("reason"):
        line += f" ({aa['reason']})"
    lines.append(line)
    cha = r.get("chip_authentication") or {"status": "not supported"}
    line = f"  chip authentication: {cha['status']}"
    if cha.get("algorithm"):
        line += f" [{cha['algorithm']}]"
    if cha.get("reason"):
        line += f" ({cha['reason']})"
    lines.append(line)
    lines += [f"  warning: {w}" for w in r["warnings"]]
    return "\n".join(lines)
