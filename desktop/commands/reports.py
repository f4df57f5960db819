"""Supervisor commands: the stale-list policy (`policy show|set|reset`), shift and
emergency reports (`report`), the emergency log (`emergency log`)."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from desktop.cli import add_credential_args, add_json_arg, new_command, open_session, print_json
from desktop.errors import UsageError


def register(sub: argparse._SubParsersAction) -> None:
    pol = sub.add_parser("policy", help="what follows when a list is stale (signed by the central)")
    psub = pol.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    p = new_command(psub, "show", cmd_policy_show, "the policies in force and where each is from")
    add_credential_args(p)
    add_json_arg(p)
    p = new_command(
        psub,
        "set",
        cmd_policy_set,
        "change one policy on this workstation during an outage (supervisor; audited)",
    )
    p.add_argument("name", help="e.g. stale.persons, home_states, emergency.suggest_after_s")
    p.add_argument(
        "value",
        help='JSON, e.g. \'{"max_age_s": 21600, "action": "refer", '
        '"categories": ["foreign", "fuzzy_hit"]}\'',
    )
    p.add_argument("--reason", required=True)
    add_credential_args(p)
    add_json_arg(p)
    p = new_command(psub, "reset", cmd_policy_reset, "drop local changes (one, or all)")
    p.add_argument("name", nargs="?")
    add_credential_args(p)
    add_json_arg(p)

    p = new_command(
        sub,
        "report",
        cmd_report,
        "shift or emergency report (supervisor): counts by decision, hour and direction, "
        "hits, overrides, records not yet replayed, replica versions and ages",
    )
    p.add_argument("--since", required=True, metavar="ISO")
    p.add_argument("--until", required=True, metavar="ISO")
    p.add_argument("--emergency", action="store_true", help="records made in emergency mode only")
    p.add_argument("--pdf", type=Path, metavar="FILE")
    p.add_argument("--csv", type=Path, metavar="FILE")
    p.add_argument("--lang", choices=("en", "zh_TW"), default="en", help="language of the PDF")
    add_credential_args(p)
    add_json_arg(p)


def _supervisor(session: Any, action: str) -> None:
    session.require("supervisor", "installer", action=action)


def cmd_policy_show(args: argparse.Namespace) -> int:
    from desktop.inspection import stale_policy

    with open_session(args, purpose="policy show") as session, session.store.read() as conn:
        pol = stale_policy.effective(conn)
    if args.json:
        print_json(pol)
    else:
        for name, p in pol.items():
            extra = f" (by {p['by']} at {p['at']}: {p['reason']})" if p["source"] == "local" else ""
            print(f"{name:<27} {p['source']:<8} {json.dumps(p['value'])}{extra}")
    return 0


def cmd_policy_set(args: argparse.Namespace) -> int:
    from desktop.inspection import stale_policy

    try:
        value = json.loads(args.value)
    except ValueError:
        raise UsageError(f"the value must be JSON, not {args.value!r}") from None
    with open_session(args, purpose="policy set") as session:
        _supervisor(session, "changing a policy")
        out = stale_policy.set_local(session.store, session.user, args.name, value, args.reason)
    if args.json:
        print_json(out)
    else:
        print(f"{args.name} = {json.dumps(out['value'])} on this workstation (audited)")
    return 0


def cmd_policy_reset(args: argparse.Namespace) -> int:
    from desktop.inspection import stale_policy

    with open_session(args, purpose="policy reset") as session:
        _supervisor(session, "resetting a policy")
        names = stale_policy.reset_local(session.store, session.user, args.name)
    if args.json:
        print_json({"reset": names})
    else:
        print("reset: " + (", ".join(names) or "nothing was changed locally"))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from desktop import reports

    since, until = reports.parse_period(args.since, args.until)
    with open_session(args, purpose="report") as session:
        _supervisor(session, "reports")
        report = reports.build(
            session.store, since, until, emergency_only=args.emergency, generated_by=session.user
        )
        written = []
        if args.csv:
            try:
                args.csv.write_text(reports.to_csv(report), encoding="utf-8")
            except OSError as e:
                raise UsageError(f"cannot write {args.csv}: {e.strerror}") from None
            written.append(("csv", args.csv))
        if args.pdf:
            pages = _pdf(report, args.pdf, args.lang)
            written.append(("pdf", args.pdf))
            report["pdf_pages"] = pages
        if written:
            reports.audit_export(session.store, session.user, report, [str(w[1]) for w in written])
    if args.json:
        print_json(report)
    else:
        print(reports.to_text(report))
        for kind, path in written:
            print(f"wrote {kind}: {path}")
    return 0


def _pdf(report: dict[str, Any], path: Path, lang: str) -> int:
    """Render with Qt (QPdfWriter + QPainter) without a display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.none_refcount import immortalise_none
    from ui.report_render import write_pdf

    immortalise_none()  # PySide6 6.12 on Python 3.11: a long PDF aborted at exit without it
    app = QApplication.instance() or QApplication(["report"])
    i18n.install_font(app)  # type: ignore[arg-type]
    i18n.set_language(lang)
    try:
        return write_pdf(report, path)
    except OSError as e:
        raise UsageError(f"cannot write {path}: {e}") from None


def cmd_emergency_log(args: argparse.Namespace) -> int:
    from desktop import emergency_log

    since, until = (None, None)
    if args.since or args.until:
        from desktop import reports

        since, until = reports.parse_period(
            args.since or "1970-01-01T00:00:00+00:00", args.until or "9999-01-01T00:00:00+00:00"
        )
    with open_session(args, purpose="emergency log") as session:
        _supervisor(session, "reading the emergency log")
        with session.store.read() as conn:
            rows = emergency_log.entries(
                conn, kinds=args.kind or None, since=since, until=until, actor=args.actor
            )
        if args.csv:
            try:
                args.csv.write_text(emergency_log.to_csv(rows), encoding="utf-8")
            except OSError as e:
                raise UsageError(f"cannot write {args.csv}: {e.strerror}") from None
            emergency_log.audit_export(session.store, session.user, len(rows), str(args.csv))
    for r in rows:
        if args.json:
            print_json(r)
        else:
            print(f"{r['at'][:19]}  {r['kind']:<12} {r['actor']:<12} {r['summary']}")
    return 0


def register_emergency_log(esub: argparse._SubParsersAction) -> None:
    """`emergency log` (added to the emergency group of desktop.commands.emergency)."""
    from desktop.emergency_log import KINDS

    p = new_command(
        esub,
        "log",
        cmd_emergency_log,
        "declarations, ends, overrides, policy changes, logins and exports from the "
        "hash-chained audit log (supervisor)",
    )
    p.add_argument("--kind", action="append", choices=KINDS, help="only these (repeatable)")
    p.add_argument("--actor", metavar="NAME")
    p.add_argument("--since", metavar="ISO")
    p.add_argument("--until", metavar="ISO")
    p.add_argument("--csv", type=Path, metavar="FILE", help="export what is shown as CSV")
    add_credential_args(p)
    add_json_arg(p)
