"""`python -m central --state DIR [--db URL] COMMAND`: the reference central system.

Commands (DESIGN.md, "The reference central's command line"): serve, enroll-code,
officers add, load, records, alerts; and import (hand-transfer journal files),
bundle (a signed replica bundle for `replica import` at a workstation), verify (hash
chains of the held journals), openapi (the HTTP description). Exit codes as the
workstation's: 0 done, 1 refused, 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import protocol
from central import accounts, datasets, db, journal_ingest
from central.keys import load_keys
from sync import files


class Refused(Exception):
    exit_code = 1


class BadInput(Exception):
    exit_code = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise BadInput(f"{self.prog}: {message}")


def _chunk_rows(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 1 <= n <= 1_000_000:
        raise argparse.ArgumentTypeError("between 1 and 1000000")
    return n


def _out(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="python -m central", description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--state",
        metavar="DIR",
        default="central-state",
        help="state directory: keys, and the SQLite database unless --db",
    )
    p.add_argument("--db", metavar="URL", help="SQLAlchemy database URL (e.g. PostgreSQL)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    s = sub.add_parser("serve", help="run the HTTP service")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8765)
    s.add_argument("--tls-cert", metavar="PEM")
    s.add_argument("--tls-key", metavar="PEM")
    s.add_argument(
        "--feed-validity",
        type=int,
        default=datasets.DEFAULT_VALIDITY_S,
        metavar="SECONDS",
        help="how long a replica head stays fresh (default 24 h)",
    )
    s.add_argument(
        "--app-workers",
        type=int,
        default=0,
        metavar="N",
        help="processes screening APP questions (default 0: the server's own threads)",
    )
    s.set_defaults(func=cmd_serve)

    s = sub.add_parser("enroll-code", help="print a one-time enrollment code")
    s.add_argument("--port", help="the port the workstation works at (IATA or UN/LOCODE)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_enroll_code)

    s = sub.add_parser("officers", help="manage officers")
    osub = s.add_subparsers(dest="officers_command", metavar="ACTION", parser_class=_Parser)
    a = osub.add_parser("add", help="add or update an officer (password on stdin)")
    a.add_argument("name")
    a.add_argument("--role", required=True, choices=accounts.ROLES)
    a.add_argument("--password-stdin", action="store_true")
    a.set_defaults(func=cmd_officers_add)

    s = sub.add_parser("load", help="load a dataset file (JSON Lines) and publish a version")
    s.add_argument("dataset", choices=protocol.DATASETS)
    s.add_argument("file", type=Path)
    s.add_argument("--delta", action="store_true", help="the rows are changes, not a snapshot")
    s.add_argument(
        "--trust-anchor",
        action="append",
        default=[],
        type=Path,
        metavar="FILE",
        help="csca: a CSCA certificate that a master list's signer may chain to (repeatable)",
    )
    s.add_argument("--chunk-rows", type=_chunk_rows, default=datasets.DEFAULT_CHUNK_ROWS)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_load)

    s = sub.add_parser("records", help="every inspection record held, one JSON per line")
    s.add_argument("--json", action="store_true")
    s.add_argument("--all", action="store_true", help="also non-inspection journal entries")
    s.set_defaults(func=cmd_records)

    s = sub.add_parser("alerts", help="post-hoc alerts, one JSON per line")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_alerts)

    s = sub.add_parser("import", help="import a `journal export` file (idempotent)")
    s.add_argument("file", type=Path)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_import)

    s = sub.add_parser("bundle", help="write a signed replica bundle for `replica import`")
    s.add_argument("file", type=Path)
    s.add_argument("datasets", nargs="*", metavar="DATASET", help="default: all")
    s.add_argument("--feed-validity", type=int, default=datasets.DEFAULT_VALIDITY_S)
    s.set_defaults(func=cmd_bundle)

    s = sub.add_parser("verify", help="check the hash chains of the journals held")
    s.set_defaults(func=cmd_verify)

    from central.apis import cli as apis_cli  # APIS and APP (issue 17)

    apis_cli.add_commands(sub, _Parser, _open, _out, BadInput, Refused)

    s = sub.add_parser("openapi", help="print the OpenAPI description (JSON)")
    s.add_argument("--out", type=Path)
    s.set_defaults(func=cmd_openapi)
    return p


def _open(args: argparse.Namespace) -> tuple[db.Database, object]:
    from sqlalchemy.exc import SQLAlchemyError

    state = Path(args.state)
    if state.exists() and not state.is_dir():
        raise BadInput(f"--state {state} is not a directory")
    try:
        return db.open_database(state, args.db), load_keys(state)
    except OSError as e:
        raise BadInput(f"--state {state}: {e.strerror or e}") from None
    except SQLAlchemyError as e:
        raise BadInput(
            f"cannot open the central's database: {e.__class__.__name__}: "
            f"{str(e).splitlines()[0][:200]}"
        ) from None


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from central.app import Settings, create_app

    if bool(args.tls_cert) != bool(args.tls_key):
        raise BadInput("--tls-cert and --tls-key go together")
    database, keys = _open(args)
    if not 0 <= args.app_workers <= 64:
        raise BadInput("--app-workers is between 0 and 64")
    settings = Settings(database, keys, args.feed_validity, Path(args.state), args.app_workers)  # type: ignore[arg-type]
    app = create_app(settings)
    print(
        f"central: serving on {'https' if args.tls_cert else 'http'}://{args.host}:{args.port}",
        file=sys.stderr,
        flush=True,
    )
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        ssl_certfile=args.tls_cert,
        ssl_keyfile=args.tls_key,
        log_level="warning",
        access_log=False,
    )
    return 0


def cmd_enroll_code(args: argparse.Namespace) -> int:
    port = None
    if args.port:
        from central import ports

        try:
            port = ports.check_port(args.port)
        except ValueError as e:
            raise BadInput(str(e)) from None
    database, _ = _open(args)
    code = accounts.new_enroll_code(database)
    if port:
        from central import ports

        ports.set_code_port(database, code, port)
    if args.json:
        _out({"code": code, "port": port})
    else:
        print(code)
    return 0


def cmd_officers_add(args: argparse.Namespace) -> int:
    if not args.password_stdin:
        raise BadInput("give the password on standard input with --password-stdin")
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise BadInput("the password is empty")
    database, keys = _open(args)
    try:
        accounts.add_officer(database, keys, args.name, args.role, password)  # type: ignore[arg-type]
    except ValueError as e:
        raise BadInput(str(e)) from None
    print(f"officer {args.name} ({args.role}) added", file=sys.stderr)
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    from central import csca_load

    if args.dataset == "csca" and csca_load.is_pki_file(args.file):
        return _load_pki(args)
    database, keys = _open(args)
    try:
        result = datasets.publish_file(
            database,
            keys,
            args.dataset,
            args.file,
            delta=args.delta,  # type: ignore[arg-type]
            chunk_rows=args.chunk_rows,
            progress=lambda m: print(f"load: {m}", file=sys.stderr, flush=True),
        )
    except (datasets.LoadError, files.InputError) as e:
        raise BadInput(str(e)) from None
    if result.version and args.dataset in ("persons", "documents", "exit_bans", "entry_permits"):
        from central.apis import cli as apis_cli

        apis_cli.after_load(database, Path(args.state))
    view = {
        "dataset": result.dataset,
        "version": result.version,
        "upserts": result.upserts,
        "deletes": result.deletes,
        "chunks": result.chunks,
        "row_count": result.row_count,
    }
    if args.json:
        _out(view)
    else:
        what = f"version {result.version}" if result.version else "no change, no new version"
        print(
            f"{args.dataset}: {what} ({result.upserts} upserts, {result.deletes} deletes, "
            f"{result.row_count} rows)"
        )
    return 0


def _load_pki(args: argparse.Namespace) -> int:
    """`load csca FILE` with a master list, certificate or CRL (central/csca_load.py)."""
    from central import csca_load
    from desktop.errors import UsageError

    database, keys = _open(args)
    try:
        result, summary = csca_load.load_pki_file(database, keys, args.file, args.trust_anchor)
    except (UsageError, datasets.LoadError) as e:
        raise BadInput(str(e)) from None
    for skipped in summary["skipped_entries"]:
        print(f"warning: skipped {skipped}", file=sys.stderr)
    view = {"dataset": "csca", "version": result.version, "upserts": result.upserts,
            "deletes": result.deletes, "row_count": result.row_count} | summary  # fmt: skip
    if args.json:
        _out(view)
    else:
        what = f"version {result.version}" if result.version else "no change, no new version"
        print(
            f"csca: {what}: {summary['loaded']} loaded ({summary['by_kind']}), "
            f"{len(summary['skipped_entries'])} skipped, {summary['crls_replaced']} CRLs replaced"
        )
    return 0


def cmd_records(args: argparse.Namespace) -> int:
    database, _ = _open(args)
    with database.read() as conn:
        for rec in journal_ingest.all_records(conn, None if args.all else ("inspection",)):
            _out(rec)
    return 0


def cmd_alerts(args: argparse.Namespace) -> int:
    from central.app import alert_view

    database, _ = _open(args)
    with database.read() as conn:
        for row in conn.execute(db.alerts.select().order_by(db.alerts.c.id)):
            _out(alert_view(row))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    database, keys = _open(args)
    try:
        result = journal_ingest.import_file(database, keys, args.file)  # type: ignore[arg-type]
    except journal_ingest.TransferError as e:
        raise Refused(str(e)) from None
    except files.InputError as e:
        raise BadInput(str(e)) from None
    view = {
        "accepted": len(result.accepted),
        "duplicates": len(result.duplicates),
        "rejected": [r.model_dump() for r in result.rejected],
        "alerts": result.alerts,
    }
    if args.json:
        _out(view)
    else:
        print(
            f"imported: {view['accepted']} new, {view['duplicates']} already held, "
            f"{len(view['rejected'])} refused, {view['alerts']} alerts"
        )
    return 0


def cmd_bundle(args: argparse.Namespace) -> int:
    database, keys = _open(args)
    chosen = args.datasets or list(protocol.DATASETS)
    unknown = sorted(set(chosen) - set(protocol.DATASETS))
    if unknown:
        raise BadInput(f"unknown dataset(s): {', '.join(unknown)}")
    if not 1 <= args.feed_validity <= 366 * 24 * 3600:
        raise BadInput("--feed-validity is between 1 second and a year")
    if not args.file.parent.is_dir():
        raise BadInput(f"cannot write {args.file}: the directory {args.file.parent} does not exist")

    def write(f) -> None:  # type: ignore[no-untyped-def]
        with database.read() as conn:
            for ds in chosen:
                f.write(datasets.replica_response(conn, keys, ds, 1, 0, 10**12, args.feed_validity))  # type: ignore[arg-type]
                f.write(b"\n")

    # Watchlist names: a fresh 0600 file renamed into place (never through a symlink).
    try:
        files.write_private(args.file, write)
    except files.InputError as e:
        raise BadInput(str(e)) from None
    except OSError as e:
        raise Refused(f"cannot write {args.file}: {e.strerror}") from None
    print(f"bundle: wrote {args.file} ({', '.join(chosen)})", file=sys.stderr)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    database, _ = _open(args)
    with database.read() as conn:
        problems = journal_ingest.chain_breaks(conn)
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        return 1
    print("journal chains intact")
    return 0


def cmd_openapi(args: argparse.Namespace) -> int:
    from central.app import openapi_document

    text = json.dumps(openapi_document(), indent=2, sort_keys=True) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        func = getattr(args, "func", None)
        if func is None:
            build_parser().print_help(sys.stderr)
            return 2
        return int(func(args))
    except (Refused, BadInput) as e:
        print(f"error: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
