"""Sync commands: enroll, login, sync, alerts, journal export, replica import (DESIGN.md,
command-line contract)."""

from __future__ import annotations

import argparse
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
    passwords_of,
    print_json,
    profile_of,
)
from desktop.errors import NegativeResult, UsageError


def register(sub: argparse._SubParsersAction) -> None:
    p = new_command(sub, "enroll", cmd_enroll, "enroll this workstation with the central system")
    p.add_argument(
        "--central",
        metavar="URL",
        required=True,
        help="https://... (plain http:// only to a loopback address)",
    )
    p.add_argument("--code", required=True, help="one-time code from the central")
    p.add_argument(
        "--ca",
        metavar="PEM",
        type=Path,
        help="CA bundle to pin for an https central (required for https)",
    )
    add_credential_args(p)
    add_json_arg(p)

    p = new_command(
        sub, "login", cmd_login, "authenticate (online when the central is reachable, else offline)"
    )
    add_credential_args(p)
    p.add_argument("--offline", action="store_true", help="do not try the central")
    add_json_arg(p)

    p = new_command(sub, "sync", cmd_sync, "exchange with the central system")
    p.add_argument(
        "--once",
        action="store_true",
        help="one round (pull every dataset and alerts, push the outbox), then exit; "
        "without it, run the background scheduler until interrupted",
    )
    p.add_argument(
        "--daemon",
        action="store_true",
        help="run the background scheduler headless (heartbeat, pushes, pulls, name-key "
        "rebuilds) until SIGTERM/SIGINT; waits while the window syncs this profile",
    )
    p.add_argument(
        "--heartbeat-s",
        type=float,
        default=None,
        metavar="N",
        help="seconds between heartbeats to the central (default 5)",
    )
    p.add_argument("--batch-size", type=int, default=None, metavar="N")
    add_credential_args(p)
    add_json_arg(p)


def register_exchange(sub: argparse._SubParsersAction) -> None:
    """alerts, journal export, replica import (listed after `inspect`)."""
    p = new_command(sub, "alerts", cmd_alerts, "post-hoc alerts from the central")
    p.add_argument("--unacknowledged", action="store_true")
    p.add_argument(
        "--ack",
        metavar="UUID",
        action="append",
        default=[],
        help="acknowledge this alert (supervisor)",
    )
    add_credential_args(p)
    add_json_arg(p)

    j = sub.add_parser("journal", help="the inspection journal")
    jsub = j.add_subparsers(dest="journal_command", metavar="ACTION", required=True)
    p = new_command(
        jsub,
        "export",
        cmd_journal_export,
        "write the unsent records to FILE for hand transfer to the central",
    )
    p.add_argument("file", type=Path)
    p.add_argument("--all", action="store_true", help="every record, sent ones too")
    add_credential_args(p)
    add_json_arg(p)

    rsub = command_group(sub, "replica", "the local replica of the central's datasets")
    p = new_command(
        rsub,
        "import",
        cmd_replica_import,
        "apply a signed replica bundle from the central (hand transfer)",
    )
    p.add_argument("file", type=Path)
    add_credential_args(p)
    add_json_arg(p)


# --- enroll / login ----------------------------------------------------------------------


def cmd_enroll(args: argparse.Namespace) -> int:
    from sync import enrollment
    from sync.client import CentralError, Refused, check_url

    try:
        check_url(args.central)
    except ValueError as e:
        raise UsageError(str(e)) from None
    ca_pem = None
    if args.ca:
        from sync import files

        try:
            ca_pem = files.read_input(args.ca, limit=4 * files.MiB, what="CA bundle").decode(
                "ascii"
            )
        except files.InputError as e:
            raise UsageError(str(e)) from None
        except UnicodeDecodeError as e:
            raise UsageError(f"cannot read the CA bundle {args.ca}: {e}") from None
        if "-----BEGIN CERTIFICATE-----" not in ca_pem:
            raise UsageError(f"{args.ca} holds no PEM certificate")
    elif args.central.strip().startswith("https://"):
        raise UsageError("an https central needs --ca FILE (the CA bundle to pin)")
    with open_session(args, purpose="enroll") as session:
        session.require("installer", "supervisor", "machine", action="enrolling")
        try:
            enr = enrollment.enroll(
                session.profile.root,
                session.store,
                session._db_key,
                session.user,
                args.central,
                args.code,
                ca_pem,
            )
        except Refused as e:
            raise NegativeResult(f"enrollment refused: {e.detail}") from None
        except CentralError as e:
            raise NegativeResult(f"enrollment failed: {e}") from None
    result = {
        "workstation": enr.workstation_id,
        "central": enr.central_url,
        "central_key_id": _key_id(enr.central_public_key),
    }
    if args.json:
        print_json(result)
    else:
        print(
            f"enrolled workstation {enr.workstation_id} with {enr.central_url} "
            f"(central key {result['central_key_id']})"
        )
    return 0


def _key_id(key: str) -> str:
    from protocol import key_id

    return key_id(key)


def cmd_login(args: argparse.Namespace) -> int:
    from desktop.online_login import login

    if not args.user:
        raise UsageError("give --user NAME (and the password on stdin with --password-stdin)")
    password = passwords_of(args).next(f"password of {args.user}")
    result = login(profile_of(args), args.user, password, try_online=not args.offline)
    if args.json:
        print_json(result)
    else:
        extra = ", key slot created" if result["slot_created"] else ""
        print(f"{result['role']} ({result['mode']}{extra})")
    if result.get("online_error"):
        print(
            f"login: offline with this workstation's key slot: {result['online_error']}",
            file=sys.stderr,
        )
    return 0


# --- sync -----------------------------------------------------------------------------


class _ProgressPrinter:
    """Progress of long loads on stderr, at most once a second."""

    def __init__(self) -> None:
        self._last = 0.0

    def __call__(self, dataset: str, version: int, chunk: int, chunks: int, rows: int) -> None:
        now = time.monotonic()
        if now - self._last < 1.0 and chunk + 1 < chunks:
            return
        self._last = now
        print(
            f"replica {dataset}: version {version}, chunk {chunk + 1}/{chunks}, "
            f"{rows} rows applied",
            file=sys.stderr,
            flush=True,
        )


def cmd_sync(args: argparse.Namespace) -> int:
    from desktop import sync_jobs
    from sync import enrollment

    with open_session(args, purpose="sync") as session:
        try:
            enrollment.load(session.profile.root)
        except enrollment.EnrollmentError as e:
            raise UsageError(str(e)) from None
        if args.once and args.daemon:
            raise UsageError("give --once or --daemon, not both")
        if args.heartbeat_s is not None and not 0.2 <= args.heartbeat_s <= 3600:
            raise UsageError("--heartbeat-s must be between 0.2 and 3600 seconds")
        check_store_fully(session.store)
        if not args.once:
            return _run_daemon(session, args.heartbeat_s)
        service = sync_jobs.make_service(
            session, batch_size=args.batch_size, progress=_ProgressPrinter()
        )
        report = service.run_once(wait=True)
        sync_jobs.after_round(session)
    if args.json:
        print_json(report.as_json())
    else:
        pushed = report.pushed or {}
        print(
            f"connectivity {report.connectivity}; pushed {pushed.get('sent', 0)} "
            f"(+{pushed.get('duplicates', 0)} already held, "
            f"{len(pushed.get('parked', []))} parked); alerts {report.alerts_new} new"
        )
    for err in report.errors:
        print(f"sync: {err}", file=sys.stderr)
    return 0 if report.ok else 1


def check_store_fully(store: Any) -> None:
    """Every page authenticated and the structure checked before a sync round (about
    4 ms per MB): a flipped byte anywhere in store.db stops the round with exit 1."""
    from desktop import sync_jobs
    from desktop.errors import StoreUnusable
    from local_store import integrity

    problems = sync_jobs.check_store(store)
    if problems:
        damaged = integrity.StoreDamaged(store.path, "malformed", "; ".join(problems[:3]))
        raise StoreUnusable(str(damaged), "malformed")


def _indexer() -> Any:
    from desktop.screening.keys import NameIndexer

    return NameIndexer()


STOP_GRACE_S = 10.0


def _run_daemon(session: Any, heartbeat_s: float | None) -> int:
    """`sync --daemon`: the window's scheduler, headless, under the profile's scheduler
    lock. Connectivity changes go to stderr (never traveller data)."""
    import os
    import signal
    import threading

    from desktop import sync_jobs
    from desktop.screening import ensure_ready

    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    lock = sync_jobs.scheduler_lock(session, "daemon")
    if not lock.acquire():
        print(
            f"sync: another process syncs this workstation ({lock.holder() or 'unknown'}); "
            "waiting for it to stop",
            file=sys.stderr,
            flush=True,
        )
        while not lock.acquire():
            if stop.wait(2.0):
                return 0
    last = {"state": None}
    done: threading.Thread | None = None

    def on_beat(beat: Any) -> None:
        if beat.state != last["state"]:
            last["state"] = beat.state
            detail = (
                f"{beat.latency_s * 1000:.0f} ms" if beat.answered else beat.error or "no answer"
            )
            print(f"sync: connectivity {beat.state} ({detail})", file=sys.stderr, flush=True)

    try:
        ensure_ready(session.store)  # never screen (or re-screen) on stale name keys
        scheduler = sync_jobs.make_scheduler(session, heartbeat_s=heartbeat_s, on_beat=on_beat)
        scheduler.start()
        print(
            f"sync: daemon running (pid {os.getpid()}, heartbeat every "
            f"{heartbeat_s or 5:g} s); SIGTERM to stop",
            file=sys.stderr,
            flush=True,
        )
        stop.wait()
        # A call to a hung central may hold a job for its whole time-out: wait a little,
        # then leave anyway (nothing is marked sent before the central acknowledged it).
        done = threading.Thread(target=scheduler.shutdown, kwargs={"wait": True}, daemon=True)
        done.start()
        done.join(STOP_GRACE_S)
    finally:
        lock.release()
    print("sync: stopped", file=sys.stderr, flush=True)
    if done is not None and done.is_alive():
        sys.stderr.flush()
        os._exit(0)  # the executor's threads would be joined at exit otherwise
    return 0


# --- alerts, journal, replica -----------------------------------------------------------


def cmd_alerts(args: argparse.Namespace) -> int:
    from sync import alerts

    with open_session(args, purpose="alerts") as session:
        if args.ack:
            session.require("supervisor", "installer", action="acknowledging alerts")
            with session.store.write() as conn:
                for uuid in args.ack:
                    if not alerts.acknowledge(conn, uuid, session.user):
                        raise UsageError(f"no unacknowledged alert {uuid}")
        with session.store.read() as conn:
            rows = alerts.listing(conn, unacknowledged_only=args.unacknowledged)
    for row in rows:
        if args.json:
            print_json(row)
        else:
            flag = "" if row["acknowledged"] else "  NEW"
            print(
                f"{row['raised_at']}  {row['dataset']} {row['key']} ({row['action']}) "
                f"record {row['record_uuid']}{flag}"
            )
    return 0


def cmd_journal_export(args: argparse.Namespace) -> int:
    from sync import enrollment, files, transfer

    with open_session(args, purpose="journal export") as session:
        try:
            summary = transfer.export_journal(
                session.profile.root, session.store, args.file, session.user, include_sent=args.all
            )
        except (enrollment.EnrollmentError, files.InputError) as e:
            raise UsageError(str(e)) from None
        except OSError as e:
            import errno

            if e.errno in (errno.ENOSPC, errno.EDQUOT):
                raise NegativeResult(
                    f"cannot write {args.file}: its disk is full. Nothing was written and "
                    "the records stay pending here; free space there or choose another "
                    "disk (a USB stick), then export again"
                ) from None
            raise UsageError(f"cannot write {args.file}: {e.strerror}") from None
    if args.json:
        print_json(summary)
    else:
        print(
            f"wrote {summary['entries']} record(s) to {args.file} (sealed for the central, "
            "signed by this workstation); they stay pending until the central acknowledges"
        )
    return 0


MAX_BUNDLE_BYTES = 8 * 1024**3


def cmd_replica_import(args: argparse.Namespace) -> int:
    from sync import enrollment, files, replica_pull

    try:  # checked before the store opens: a FIFO, a device, an empty or endless file
        with files.open_input(args.file, limit=MAX_BUNDLE_BYTES, what="bundle") as f:
            if not f.read(1):
                raise UsageError(f"the bundle {args.file} is empty")
    except files.InputError as e:
        raise UsageError(str(e)) from None
    with open_session(args, purpose="replica import") as session:
        try:
            enr = enrollment.load(session.profile.root)
        except enrollment.EnrollmentError as e:
            raise UsageError(str(e)) from None
        try:
            with files.open_input(args.file, limit=MAX_BUNDLE_BYTES, what="bundle") as f:
                results = replica_pull.import_bundle(
                    session.store,
                    enr.signing_key,
                    f,
                    progress=_ProgressPrinter(),
                    indexer=_indexer(),
                )
        except files.InputError as e:
            raise UsageError(str(e)) from None
        except replica_pull.DeltaRejected as e:
            raise NegativeResult(f"replica bundle refused, replica unchanged: {e}") from None
    out = {r.dataset: {"version": r.version, "rows": r.rows_applied} for r in results}
    if args.json:
        print_json(out)
    else:
        for ds, r in out.items():
            print(f"{ds}: version {r['version']} ({r['rows']} rows applied)")
    return 0
