"""`python -m central` commands of issue 17: `apis import|list|show|rescreen`,
`airlines add`, `app check`, `app audit`. Added to the central's parser by
`add_commands`; the parser's own helpers (open, output, exit-code exceptions) are passed
in, because `python -m central` runs its module as `__main__`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

_ctx: dict[str, Any] = {}


def add_commands(
    sub: Any,
    parser_class: type[argparse.ArgumentParser],
    open_fn: Callable[[argparse.Namespace], tuple[Any, Any]],
    out: Callable[[object], None],
    bad_input: type[Exception],
    refused: type[Exception],
) -> None:
    _ctx.update(open=open_fn, out=out, BadInput=bad_input, Refused=refused)

    s = sub.add_parser("apis", help="advance passenger information (PAXLST manifests)")
    asub = s.add_subparsers(dest="apis_command", metavar="ACTION", parser_class=parser_class)
    a = asub.add_parser("import", help="import a PAXLST interchange and pre-screen it")
    a.add_argument("file", type=Path)
    a.add_argument("--direction", choices=("inbound", "outbound"),
                   help="when neither port is in the time-zone table")  # fmt: skip
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_apis_import)
    a = asub.add_parser("list", help="manifests held, with their pre-screen hits")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_apis_list)
    a = asub.add_parser("show", help="one manifest with its travellers")
    a.add_argument("flight_key", help="FLIGHT/DEPARTURE/YYYY-MM-DD as `apis list` shows it")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_apis_show)
    a = asub.add_parser("publish", help="publish the manifests dataset (flights due soon)")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_apis_publish)
    a = asub.add_parser("rescreen", help="screen pending manifests against the current lists")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_apis_rescreen)

    s = sub.add_parser("airlines", help="airlines allowed to use APP")
    lsub = s.add_subparsers(dest="airlines_command", metavar="ACTION", parser_class=parser_class)
    a = lsub.add_parser("add", help="register an airline; prints its token once")
    a.add_argument("code", help="IATA airline code, e.g. CI")
    a.add_argument("--rate", type=int, default=100, help="requests per second (default 100)")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_airlines_add)

    s = sub.add_parser("app", help="advance passenger processing")
    psub = s.add_subparsers(dest="app_command", metavar="ACTION", parser_class=parser_class)
    a = psub.add_parser("check", help="ask as an airline would (audited, via cli)")
    a.add_argument("--airline", required=True)
    a.add_argument("--surname", required=True)
    a.add_argument("--given-names", default="")
    a.add_argument("--birth-date", required=True)
    a.add_argument("--nationality", required=True)
    a.add_argument("--sex", choices=("M", "F", "X"))
    a.add_argument("--document-number", required=True)
    a.add_argument("--document-type", default="P")
    a.add_argument("--issuing-state", required=True)
    a.add_argument("--flight", required=True)
    a.add_argument("--direction", required=True, choices=("inbound", "outbound"))
    a.add_argument("--date")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_app_check)
    a = psub.add_parser("audit", help="every APP answer, one JSON per line")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_app_audit)


def _mirror(args: argparse.Namespace) -> Any:
    from central.apis.prescreen import Mirror

    return Mirror.for_state(Path(args.state))


def cmd_apis_import(args: argparse.Namespace) -> int:
    from central.apis import manifests, paxlst
    from sync import files

    database, keys = _ctx["open"](args)
    try:
        text = manifests.read_file(args.file)
        m = paxlst.parse(text)
        mirror = _mirror(args)
        result = manifests.import_manifest(database, mirror, m, args.direction)
    except files.InputError as e:
        raise _ctx["BadInput"](str(e)) from None
    except paxlst.EdifactError as e:
        raise _ctx["BadInput"](f"{args.file}: refused whole: {e}") from None
    except manifests.ImportRefused as e:
        raise _ctx["Refused"](str(e)) from None
    with database.read() as conn:
        view = manifests.manifest_view(conn, result.manifest_id) | {"status": result.status}
    if result.status != "unchanged":
        _publish(database, keys)
    if args.json:
        _ctx["out"](view)
    else:
        print(_summary(view))
    return 0


def _summary(v: dict[str, Any]) -> str:
    lines = [
        f"{v['flight']} {v['departure']['airport']} {v['departure']['scheduled']} -> "
        f"{v['arrival']['airport']} {v['arrival']['scheduled']} ({v['direction']}): "
        f"{v['travellers']} passengers, {v['crew']} crew, {len(v['hits'])} with hits"
        + (f" [{v['status']}]" if "status" in v else "")
    ]
    for h in v["hits"]:
        best = h["hits"][0]
        lines.append(f"  {h['role']} {h['name']} {h['document_number'] or ''}: "
                     f"{best['severity']} {best['summary']}")  # fmt: skip
    lines += [f"  note: {e}" for e in v["errors"]]
    return "\n".join(lines)


def cmd_apis_list(args: argparse.Namespace) -> int:
    from central.apis import manifests

    database, _ = _ctx["open"](args)
    with database.read() as conn:
        views = [manifests.manifest_view(conn, mid) for mid in manifests.all_manifests(conn)]
    for v in views:
        if args.json:
            _ctx["out"](v)
        else:
            print(_summary(v))
    return 0


def cmd_apis_show(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from central import db
    from central.apis import manifests

    database, _ = _ctx["open"](args)
    with database.read() as conn:
        mid = conn.execute(
            select(db.apis_manifests.c.id).where(db.apis_manifests.c.flight_key == args.flight_key)
        ).scalar()
        if mid is None:
            raise _ctx["Refused"](f"no manifest {args.flight_key!r}")
        v = manifests.manifest_view(conn, mid, travellers=True)
    if args.json:
        _ctx["out"](v)
    else:
        print(_summary(v))
        for t in v["list"]:
            print(f"  {t['idx']:>3} {t['role']:<9} {t['surname']}, {t['given_names']} "
                  f"{t['birth_date'] or '?'} {t['nationality'] or '?'} "
                  f"{t['document_number'] or '-'} hits={t['hits']}")  # fmt: skip
    return 0


def _publish(database: Any, keys: Any) -> Any:
    from central.apis import publish

    result = publish.publish(database, keys)
    if result.version:
        print(f"apis: manifests dataset version {result.version} ({result.row_count} travellers "
              "due)", file=sys.stderr)  # fmt: skip
    return result


def cmd_apis_publish(args: argparse.Namespace) -> int:
    database, keys = _ctx["open"](args)
    result = _publish(database, keys)
    view = {"dataset": "manifests", "version": result.version, "row_count": result.row_count}
    _ctx["out"](view) if args.json else print(json.dumps(view))
    return 0


def cmd_apis_rescreen(args: argparse.Namespace) -> int:
    from central.apis import manifests

    database, keys = _ctx["open"](args)
    new = manifests.rescreen_pending(database, _mirror(args))
    _publish(database, keys)
    if args.json:
        _ctx["out"]({"new_hits": new})
    else:
        print(f"re-screened pending manifests: {len(new)} new hits")
        for n in new:
            print(f"  {n['flight_key']} traveller {n['traveller']}: {n['hit']['summary']}")
    return 0


def after_load(database: Any, state: Path) -> None:
    """After a list was published: pending manifests are screened again (nothing to do,
    and no screening replica touched, when no flight is pending)."""
    from central.apis import manifests
    from central.apis.prescreen import Mirror

    with database.read() as conn:
        if not manifests.pending(conn):
            return
    new = manifests.rescreen_pending(database, Mirror.for_state(state))
    from central.keys import load_keys

    _publish(database, load_keys(state))
    print(f"apis: pending manifests re-screened, {len(new)} new hits", file=sys.stderr)
    for n in new:
        print(f"apis: {n['flight_key']} traveller {n['traveller']}: {n['hit']['summary']}",
              file=sys.stderr)  # fmt: skip


def cmd_airlines_add(args: argparse.Namespace) -> int:
    from central import app_check

    database, _ = _ctx["open"](args)
    try:
        token = app_check.add_airline(database, args.code, args.rate)
    except ValueError as e:
        raise _ctx["BadInput"](str(e)) from None
    if args.json:
        _ctx["out"]({"airline": args.code.upper(), "token": token, "rate_per_s": args.rate})
    else:
        print(token)
    return 0


def cmd_app_check(args: argparse.Namespace) -> int:
    from pydantic import ValidationError
    from sqlalchemy import select

    from central import app_check, db

    fields = ("surname", "given_names", "birth_date", "nationality", "sex", "document_number",
              "document_type", "issuing_state", "flight", "direction", "date")  # fmt: skip
    raw = {f: getattr(args, f) for f in fields if getattr(args, f) is not None}
    for f in ("surname", "given_names", "nationality", "document_number", "document_type",
              "issuing_state", "flight"):  # fmt: skip
        if f in raw:
            raw[f] = raw[f].strip().upper()
    try:
        q = app_check.AppQuestion(**raw)
    except ValidationError as e:
        first = e.errors()[0]
        raise _ctx["BadInput"](
            f"--{str(first['loc'][0]).replace('_', '-')}: {first['msg']}"
        ) from None
    database, _ = _ctx["open"](args)
    with database.read() as conn:
        c = db.app_airlines.c
        row = conn.execute(
            select(c.code, c.rate_per_s).where(c.code == args.airline.upper(), c.active)
        ).first()
    if row is None:
        raise _ctx["BadInput"](f"airline {args.airline!r} is not registered (airlines add)")
    service = app_check.AppService(database, Path(args.state) / "screening.sqlite")
    service.sync()
    try:
        answer = service.check(app_check.Airline(row.code, row.rate_per_s), q, via="cli")
    except app_check.AppError as e:
        raise _ctx["Refused"](str(e)) from None
    if args.json:
        _ctx["out"](answer.model_dump())
    else:
        print(f"{answer.answer}" + (f" ({answer.reason})" if answer.reason else "")
              + f" reference {answer.reference}")  # fmt: skip
    return 0 if answer.answer == "board" else 1


def cmd_app_audit(args: argparse.Namespace) -> int:
    from central import app_check

    database, _ = _ctx["open"](args)
    with database.read() as conn:
        for row in app_check.audit_rows(conn):
            _ctx["out"](row) if args.json else print(json.dumps(row, ensure_ascii=False))
    return 0
