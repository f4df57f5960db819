"""Screening commands: `names match`, `screen`, and the development loader `replica load`."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any

from desktop.cli import (
    add_credential_args,
    add_json_arg,
    command_group,
    new_command,
    open_session,
    print_json,
)
from desktop.errors import UsageError


def register(sub: argparse._SubParsersAction) -> None:
    names = sub.add_parser("names", help="compare person names")
    nsub = names.add_subparsers(dest="names_command", metavar="ACTION", required=True)
    p = new_command(
        nsub,
        "match",
        cmd_names_match,
        "score two person names (any romanisation, Han characters, either order)",
    )
    p.add_argument("name_a", metavar="NAME_A")
    p.add_argument("name_b", metavar="NAME_B")
    p.add_argument("--threshold", type=float, default=None, help="match threshold (0..1)")
    add_json_arg(p)

    p = new_command(sub, "screen", cmd_screen, "screen a traveller against the local replica")
    p.add_argument("--mrz", nargs="+", metavar="LINE", help="the MRZ lines (2 or 3)")
    p.add_argument("--surname", metavar="S")
    p.add_argument("--given-names", metavar="G", default="")
    p.add_argument("--birth-date", metavar="D", help="YYYY-MM-DD (or YYYY-MM, YYYY)")
    p.add_argument("--nationality", metavar="N")
    p.add_argument("--sex", choices=("M", "F", "X"))
    p.add_argument("--document-number", metavar="X")
    p.add_argument("--issuing-state", metavar="S")
    p.add_argument(
        "--other-name",
        action="append",
        default=[],
        metavar="NAME",
        help="another name of the traveller, e.g. in Han characters (repeatable)",
    )
    p.add_argument("--direction", choices=("entry", "exit"), required=True)
    p.add_argument("--threshold", type=float, default=None, help="name match threshold")
    add_credential_args(p)
    add_json_arg(p)

    rsub = command_group(sub, "replica", "the local replica of the central's datasets")
    p = new_command(
        rsub,
        "load",
        cmd_replica_load,
        "development: apply a JSON Lines dataset file to this profile's replica",
    )
    p.add_argument(
        "dataset", choices=("persons", "documents", "exit_bans", "entry_permits", "csca")
    )
    p.add_argument("file", type=Path, metavar="FILE", help="JSON Lines ('-' for stdin)")
    p.add_argument("--version", type=int, help="dataset version (default: current + 1)")
    add_credential_args(p)
    add_json_arg(p)
    p = new_command(
        rsub,
        "reindex",
        cmd_replica_reindex,
        "rebuild the name blocking keys if a software update changed them "
        "(run it after an update, before the counter opens)",
    )
    add_credential_args(p)


def cmd_replica_reindex(args: argparse.Namespace) -> int:
    from desktop.screening import ensure_ready

    with open_session(args, purpose="replica reindex") as session:
        rebuilt = ensure_ready(session.store)
    print(
        f"rebuilt the name keys of {', '.join(rebuilt)}" if rebuilt else "the name keys are current"
    )
    return 0


# --- names match ---------------------------------------------------------------------


def cmd_names_match(args: argparse.Namespace) -> int:
    from desktop.screening.score import DEFAULT_THRESHOLD, compare_names

    threshold = _threshold(args.threshold, DEFAULT_THRESHOLD)
    for label, value in (("NAME_A", args.name_a), ("NAME_B", args.name_b)):
        if not value.strip():
            raise UsageError(f"{label} is empty")
        if not any(ch.isalpha() for ch in value):
            raise UsageError(f"{label} has no letters: {value!r}")
    m = compare_names(args.name_a, args.name_b)
    matched = m.score >= threshold
    if args.json:
        print_json(
            {
                "score": m.score,
                "match": matched,
                "threshold": threshold,
                "mode": m.mode,
                "explanation": m.explanation(),
                "reasons": list(m.reasons),
            }
        )
    else:
        print(f"{'match' if matched else 'no match'} {m.score:.2f} (threshold {threshold:.2f})")
        for r in m.reasons:
            print(f"  {r}")
    return 0 if matched else 1


def _threshold(value: float | None, default: float) -> float:
    if value is None:
        return default
    if not 0.0 < value <= 1.0:
        raise UsageError("--threshold must be in (0, 1]")
    return value


# --- screen --------------------------------------------------------------------------


MAX_NAME = 200  # characters per name field, as the central's lists allow


def _traveller(args: argparse.Namespace) -> Any:
    from desktop.screening.checks import Traveller

    for option, value in (("--surname", args.surname), ("--given-names", args.given_names),
                          *(("--other-name", n) for n in args.other_name)):  # fmt: skip
        if value and len(value) > MAX_NAME:
            raise UsageError(f"{option} is longer than {MAX_NAME} characters")

    if args.mrz:
        if args.surname:
            raise UsageError("give either --mrz or --surname/--given-names, not both")
        from desktop.documents import mrz

        doc = mrz.parse(args.mrz)
        if not doc.surname and not doc.document_number:
            raise UsageError("the MRZ could not be read: " + "; ".join(doc.errors or ("?",)))
        return Traveller(
            surname=doc.surname or "",
            given_names=doc.given_names or "",
            birth_date=doc.birth_date,
            nationality=doc.nationality,
            sex=doc.sex if doc.sex in ("M", "F") else None,
            document_number=doc.document_number,
            issuing_state=doc.issuing_state,
            document_type=doc.document_code,
            other_names=tuple(args.other_name),
            document_number_checked=bool(doc.checks.document_number),
        )
    if not args.surname:
        raise UsageError(
            "give --mrz LINE LINE [LINE] or --surname (with --given-names, "
            "--birth-date, --nationality)"
        )
    if args.birth_date:
        _check_birth_date(args.birth_date)
    return Traveller(
        surname=args.surname,
        given_names=args.given_names,
        birth_date=args.birth_date,
        nationality=args.nationality.upper() if args.nationality else None,
        sex=args.sex,
        document_number=args.document_number,
        issuing_state=args.issuing_state.upper() if args.issuing_state else None,
        other_names=tuple(args.other_name),
    )


def _check_birth_date(value: str) -> None:
    parts = value.split("-")
    try:
        if len(parts) == 3:
            dt.date.fromisoformat(value)
        elif len(parts) in (1, 2) and all(p.isdigit() for p in parts) and len(parts[0]) == 4:
            if len(parts) == 2 and not 1 <= int(parts[1]) <= 12:
                raise ValueError
        else:
            raise ValueError
    except ValueError:
        raise UsageError(f"--birth-date {value!r} is not YYYY-MM-DD, YYYY-MM or YYYY") from None


def cmd_screen(args: argparse.Namespace) -> int:
    from desktop.screening import ensure_ready
    from desktop.screening.checks import load_policy, screen
    from desktop.status import replica_status

    traveller = _traveller(args)
    if args.threshold is not None:
        _threshold(args.threshold, 0.0)
    with open_session(args, purpose="screen") as session:
        rebuilt = ensure_ready(session.store)  # after a software update: once
        if rebuilt:
            print(f"rebuilt the name index of {', '.join(rebuilt)}", file=sys.stderr)
        with session.store.read() as c:
            policy = load_policy(c, args.threshold)
            hits = screen(c, traveller, args.direction, policy=policy)
            status = replica_status(c)
            from desktop.expected import lookup  # the flight, from the manifests (issue 17)

            manifest = lookup(
                c,
                direction=args.direction,
                document_number=traveller.document_number,
                issuing_state=traveller.issuing_state,
                surname=traveller.surname,
                birth_date=traveller.birth_date,
            )
    if args.json:
        print_json({"hits": [h.to_json() for h in hits], "replica": status, "manifest": manifest})
    else:
        if not hits:
            print("no hits")
        for h in hits:
            print(f"[{h.severity}] {h.action} {h.score:.2f} {h.dataset} {h.key}: {h.summary}")
            for r in h.reasons:
                print(f"    {r}")
        if manifest["state"] == "on_manifest":
            n = len(manifest["prescreen_hits"])
            print(f"on flight {manifest['flight']} ({manifest['scheduled_local']}), "
                  f"pre-screened: {n} hit{'s' if n != 1 else ''}")  # fmt: skip
        elif manifest["state"] == "on_no_manifest":
            print(f"on no manifest of the flights held for {manifest['port']}")
        if not status:
            print("warning: the replica is empty", file=sys.stderr)
    # DESIGN.md: exit 0 = at least one hit (a positive result), 1 = none.
    return 0 if hits else 1


# --- replica load --------------------------------------------------------------------


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    import io

    from sync import files

    stream = sys.stdin if str(path) == "-" else None
    try:  # a regular file (a FIFO or device would hang or never end)
        f = stream or io.TextIOWrapper(
            files.open_regular(path, limit=64 * files.GiB, what="file"), encoding="utf-8"
        )
    except files.InputError as e:
        raise UsageError(str(e)) from None
    rows: list[dict[str, Any]] = []
    try:
        with f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as e:
                    raise UsageError(f"{path}, line {n}: not JSON ({e.msg})") from None
                if not isinstance(row, dict):
                    raise UsageError(f"{path}, line {n}: not a JSON object")
                row["__line"] = n
                rows.append(row)
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not UTF-8 text") from None
    return rows


def cmd_replica_load(args: argparse.Namespace) -> int:
    from desktop.screening.keys import NameIndexer
    from local_store import replica
    from protocol import rows as protocol_rows

    rows = _read_jsonl(args.file)
    lines = [r.pop("__line") for r in rows]
    if args.version is not None and args.version < 1:
        raise UsageError("--version must be >= 1")
    started = time.monotonic()
    with open_session(args, purpose="replica load") as session, session.store.write() as c:
        current = replica.checkpoint(c, args.dataset)
        version = args.version or ((current.version if current else 0) + 1)
        if current and version < current.version:
            raise UsageError(
                f"version {version} is older than the replica's {current.version}: refused"
            )
        try:
            protocol_rows.validate_rows(args.dataset, rows, version)
        except protocol_rows.RowError as e:
            raise UsageError(f"{args.file}, line {lines[e.index]}: {e.message}") from None
        indexer = NameIndexer()
        done = 0
        total = len(rows)
        result = replica.ApplyResult()
        step = 20000
        for i in range(0, total, step):
            part = replica.apply_rows(
                c, args.dataset, rows[i : i + step], version, indexer=indexer, bulk=total > step
            )
            result.upserted += part.upserted
            result.deleted += part.deleted
            done = min(total, i + step)
            if sys.stderr.isatty() or total > step:
                print(f"\r{args.dataset}: {done}/{total} rows", end="", file=sys.stderr)
        if total > step:
            replica.finish_bulk(c, args.dataset)  # the name keys, merged in key order
        if total > step or sys.stderr.isatty():
            print(file=sys.stderr)
        count = replica.count_rows(c, args.dataset)
        now = dt.datetime.now(dt.UTC).isoformat()
        replica.save_checkpoint(
            c, args.dataset, replica.Checkpoint(version, count, now, published_at=now)
        )
    summary = {"dataset": args.dataset, "version": version, "upserted": result.upserted,
               "deleted": result.deleted, "rows": count,
               "seconds": round(time.monotonic() - started, 2)}  # fmt: skip
    if args.json:
        print_json(summary)
    else:
        print(
            f"{args.dataset} version {version}: {result.upserted} upserted, "
            f"{result.deleted} deleted, {count} rows in the replica"
        )
    return 0
