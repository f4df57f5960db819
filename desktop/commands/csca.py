"""`csca import FILE` (a standalone site: no central to load it for us) and `csca list`:
the replica's CSCA certificates, link certificates and CRLs (dataset `csca`)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from desktop.cli import (
    add_credential_args,
    add_json_arg,
    command_group,
    new_command,
    open_session,
    print_json,
    profile_of,
)
from desktop.errors import UsageError


def register(sub: argparse._SubParsersAction) -> None:
    group = command_group(sub, "csca", "the CSCA store (trust anchors of passive authentication)")
    p = new_command(
        group,
        "import",
        cmd_import,
        "import a master list, CSCA or link certificate, or CRL into this workstation's "
        "replica (standalone sites; an enrolled workstation gets them from the central)",
    )
    p.add_argument("file", type=Path)
    p.add_argument(
        "--trust-anchor",
        action="append",
        default=[],
        type=Path,
        metavar="FILE",
        help="a CSCA certificate that a master list's signer may chain to (repeatable)",
    )
    add_credential_args(p)
    add_json_arg(p)
    p = new_command(group, "list", cmd_list, "list the CSCA certificates and CRLs of the replica")
    add_credential_args(p)
    add_json_arg(p)


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.chip import csca, pki
    from local_store import replica, settings
    from local_store.schema import csca_certificates as t
    from protocol.rows import RowError

    if not profile_of(args).exists():
        raise UsageError("this workstation has no store yet (run init first)")
    anchors: list[pki.Certificate] = []
    for a in args.trust_anchor:
        anchors += [pki.Certificate.of(c) for c in csca.load(a).certificates]
    with open_session(args, purpose="csca import") as session:
        session.require("installer", "supervisor", action="import CSCA certificates")
        with session.store.write() as c:
            if settings.get(c, "sync.enrollment") is not None:
                raise UsageError(
                    "this workstation is enrolled with a central, which publishes the CSCA "
                    f"list: load the file there (python -m central load csca {args.file})"
                )
            trusted = csca.from_replica(c)
            result = csca.read_import(args.file, trusted, anchors)
            held = [
                {"fingerprint": r.fingerprint, "kind": r.kind, "subject": r.subject,
                 "not_before": r.not_before}
                for r in c.execute(t.select().where(t.c.kind == "crl"))
            ]  # fmt: skip
            gone = csca.superseded_crls(held, result.rows)
            rows = result.rows + [{"fingerprint": fp, "deleted": True} for fp in gone]
            current = replica.checkpoint(c, "csca")
            version = (current.version if current else 0) + 1
            try:
                applied = replica.apply_rows(c, "csca", rows, version, indexer=None)
            except RowError as e:
                raise UsageError(f"{args.file}: {e.message}") from None
            now = dt.datetime.now(dt.UTC).isoformat()
            count = replica.count_rows(c, "csca")
            cp = replica.Checkpoint(version, count, now, published_at=now)
            replica.save_checkpoint(c, "csca", cp)
    summary = result.to_json() | {
        "version": version, "upserted": applied.upserted, "crls_replaced": len(gone),
    }  # fmt: skip
    if args.json:
        print_json(summary)
    else:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(summary["by_kind"].items()))
        print(f"csca version {version}: {summary['loaded']} loaded ({kinds}), "
              f"{summary['skipped']} skipped")  # fmt: skip
        for skipped in result.skipped:
            print(f"  skipped: {skipped}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from desktop.chip import csca

    if not profile_of(args).exists():
        raise UsageError("this workstation has no store yet (run init first)")
    with open_session(args, purpose="csca list") as session, session.store.read() as c:
        store = csca.from_replica(c)
    entries = csca.listing(store)
    if args.json:
        for entry in entries:
            print_json(entry)
    else:
        for e in entries:
            until = (e["not_after"] or "")[:10]
            key = e["key_type"] or ""
            print(f"{e['country'] or '?':3} {e['kind']:4} {e['not_before'][:10]}...{until}  "
                  f"{key:40.40} {e['subject']}")  # fmt: skip
        print(f"{len(entries)} entries", end="")
        print(f", {store.skipped} unreadable" if store.skipped else "")
    return 0
