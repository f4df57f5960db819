"""`python -m desktop demo`: a reference central with the demo lists, a workstation
enrolled with it and synced, optionally a virtual e-passport on a private pcscd, then the
window. Everything lives under one state directory and is reused on the next run.

The pieces are the real ones, run as the real commands (`python -m central ...`,
`python -m desktop enroll ...`), so the demo is also a smoke test of an installation.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import requests

from desktop.errors import NegativeResult, UsageError
from desktop.resources import resource
from protocol import ROUTES

PORT = 18765
INSTALLER = ("installer", "installer-demo-pass")
OFFICERS = (
    ("officer1", "officer", "officer-demo-pass"),
    ("supervisor1", "supervisor", "supervisor-demo-pass"),
)
OFFICERS_BY_NAME = {name: password for name, _role, password in OFFICERS}
DATASETS = ("persons", "documents", "exit_bans", "entry_permits", "policies")

Say = Callable[[str], None]


@dataclass(frozen=True)
class DemoPaths:
    root: Path

    @property
    def central(self) -> Path:
        return self.root / "central"

    @property
    def profile(self) -> Path:
        return self.root / "workstation"

    @property
    def ready(self) -> Path:
        return self.root / ".prepared"


def _run(args: list[str], *, stdin: str = "", say: Say) -> str:
    p = subprocess.run(
        [sys.executable, *args],
        input=stdin,
        text=True,
        capture_output=True,
        timeout=600,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    if p.returncode != 0:
        raise UsageError(
            f"demo set-up failed at `{' '.join(args[:4])} ...`: "
            f"{(p.stderr or p.stdout).strip()[-500:]}"
        )
    return p.stdout


def _central(paths: DemoPaths, *args: str, stdin: str = "", say: Say) -> str:
    return _run(["-m", "central", "--state", str(paths.central), *args], stdin=stdin, say=say)


def _desktop(paths: DemoPaths, *args: str, stdin: str = "", say: Say) -> str:
    return _run(["-m", "desktop", "--profile", str(paths.profile), *args], stdin=stdin, say=say)


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


@contextmanager
def central_server(paths: DemoPaths, port: int, say: Say) -> Iterator[str]:
    if not _port_free(port):
        raise UsageError(f"port {port} is in use: is another demo running? (--port N)")
    url = f"http://127.0.0.1:{port}"
    log = open(paths.root / "central.log", "ab")  # noqa: SIM115 (closed below)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "central",
            "--state",
            str(paths.central),
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            with suppress(requests.RequestException):
                if requests.get(url + ROUTES.health.path, timeout=1).ok:
                    break
            if proc.poll() is not None or time.monotonic() > deadline:
                raise UsageError(
                    f"the reference central did not start (see {paths.root / 'central.log'})"
                )
            time.sleep(0.2)
        say(f"reference central running at {url} (log: {paths.root / 'central.log'})")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _csca_rows(spec: object) -> list[dict[str, str]]:
    from cryptography.hazmat.primitives import serialization

    cert = spec.pki.csca  # type: ignore[attr-defined]
    der = cert.public_bytes(serialization.Encoding.DER)
    return [
        {
            "fingerprint": hashlib.sha256(der).hexdigest(),
            "der": base64.b64encode(der).decode(),
            "country": "UT",
            "subject": cert.subject.rfc4514_string(),
            "not_before": cert.not_valid_before_utc.date().isoformat(),
            "not_after": cert.not_valid_after_utc.date().isoformat(),
        }
    ]


def prepare(paths: DemoPaths, port: int, say: Say) -> None:
    """First run: central state with the lists and officers, workstation enrolled."""
    paths.root.mkdir(parents=True, exist_ok=True)
    demo = resource("demo")
    say("loading the demo lists into the reference central")
    for ds in DATASETS:
        _central(paths, "load", ds, str(demo / f"{ds}.jsonl"), say=say)
    for name, role, password in OFFICERS:
        _central(
            paths,
            "officers",
            "add",
            name,
            "--role",
            role,
            "--password-stdin",
            stdin=password + "\n",
            say=say,
        )
    say("creating and enrolling the demo workstation")
    _desktop(
        paths,
        "init",
        "--installer",
        INSTALLER[0],
        "--password-stdin",
        stdin=INSTALLER[1] + "\n",
        say=say,
    )
    code = _central(paths, "enroll-code", "--port", DEMO_PORT_CODE, say=say).strip()
    _central(paths, "airlines", "add", "CI", say=say)  # APP at check-in (issue 17)
    with central_server(paths, port, say) as url:
        _desktop(
            paths,
            "enroll",
            "--central",
            url,
            "--code",
            code,
            "--user",
            INSTALLER[0],
            "--password-stdin",
            stdin=INSTALLER[1] + "\n",
            say=say,
        )
        outage_drill(paths, say)
    paths.ready.write_text(str(port))


# The post-hoc alert of the demo: a traveller admitted during an emergency, listed at the
# central afterwards (an INTERPOL notice published after the counter's last sync).
LATE_LISTING = {"id": "POI-0009", "names": ["KOVACS, PETER"], "birth_date": "1979-06-02",
                "nationality": "HUN", "sex": "M", "action": "deny_entry",
                "list": "INTERPOL notice"}  # fmt: skip
LATE_TRAVELLER = ("P<HUNKOVACS<<PETER<<<<<<<<<<<<<<<<<<<<<<<<<<",
                  "BK44172933HUN7906020M3309151<<<<<<<<<<<<<<<2")  # fmt: skip


def outage_drill(paths: DemoPaths, say: Say) -> None:
    """A post-hoc alert for the supervisor's console, made the real way: the workstation
    syncs; supervisor1 declares emergency mode; officer1 admits KOVACS PETER (no hit on
    the counter's lists) and the mode ends; the central then publishes his listing.
    At the next sync the record reaches the central, is screened again against its
    current lists, and the alert comes back to the workstation."""
    say("outage drill: a record made in emergency mode, a listing published after it")
    _desktop(paths, "sync", "--once", say=say)
    people = OFFICERS_BY_NAME
    for name in ("supervisor1", "officer1"):  # first logins: online, creating key slots
        _desktop(
            paths, "login", "--user", name, "--password-stdin", stdin=people[name] + "\n", say=say
        )
    as_supervisor = ("--user", "supervisor1", "--password-stdin")
    _desktop(
        paths,
        "emergency",
        "declare",
        "--reason",
        "demo: central outage drill",
        *as_supervisor,
        stdin=people["supervisor1"] + "\n",
        say=say,
    )
    _desktop(
        paths,
        "inspect",
        "--mrz",
        *LATE_TRAVELLER,
        "--direction",
        "entry",
        "--decision",
        "admit",
        "--user",
        "officer1",
        "--password-stdin",
        stdin=people["officer1"] + "\n",
        say=say,
    )
    _desktop(paths, "emergency", "end", *as_supervisor, stdin=people["supervisor1"] + "\n", say=say)
    listed = paths.root / "persons-late.jsonl"
    listed.write_text(
        resource("demo", "persons.jsonl").read_text(encoding="utf-8").rstrip("\n")
        + "\n"
        + json.dumps(LATE_LISTING)
        + "\n",
        encoding="utf-8",
    )
    _central(paths, "load", "persons", str(listed), say=say)


def hint(spec: object | None) -> str:
    lines = [f"Demo: {n} / {p} ({r})" for n, r, p in OFFICERS]
    lines.append(f"Travellers to paste: {resource('demo', 'travellers.txt')}")
    if spec is not None:
        lines.append("Virtual e-passport on the reader: " + " / ".join(spec.mrz_lines))  # type: ignore[attr-defined]
    return "\n".join(lines)


@contextmanager
def virtual_passport(say: Say) -> Iterator[object | None]:
    """Our virtual e-passport on a private pcscd, where this machine allows it."""
    from virtual_passport import specimen, testbed
    from virtual_passport.card import CardConfig

    if os.geteuid() != 0:
        say("no virtual e-passport (pcscd needs root here): the chip panel will say so")
        yield None
        return
    try:
        bed = testbed.Testbed(lock_timeout_s=5).start()
    except (testbed.TestbedUnavailable, TimeoutError, OSError) as e:
        say(f"no virtual e-passport ({e})")
        yield None
        return
    try:
        from desktop.biometrics import demo_face

        # DG2 holds a real (public-domain) face, so that F4 has something to verify.
        spec = specimen.make_specimen(face=demo_face.chip_photo())
        bed.insert(CardConfig.from_specimen(spec))
        say("virtual e-passport inserted in the reader 'Virtual PCD 00 00'")
        yield spec
    finally:
        bed.stop()


@dataclass(frozen=True)
class RunningDemo:
    paths: DemoPaths
    url: str
    status: dict
    passport: object | None  # the specimen on the virtual reader, if any

    @property
    def hint(self) -> str:
        return hint(self.passport)


@contextmanager
def running(
    root: Path, *, port: int = PORT, chip: bool = True, say: Say = print
) -> Iterator[RunningDemo]:
    """Prepared (first run), central serving, workstation synced; stopped on exit."""
    paths = DemoPaths(root.resolve())
    with virtual_passport(say) if chip else _nothing() as spec:
        if not paths.ready.exists():
            if paths.root.exists() and any(paths.root.iterdir()):
                raise UsageError(f"{paths.root} holds an unfinished demo: remove it and run again")
            try:
                prepare(paths, port, say)
            except BaseException:
                shutil.rmtree(paths.root, ignore_errors=True)  # never half a demo
                raise
        elif paths.ready.read_text().strip() != str(port):
            raise UsageError(
                f"this demo was enrolled on port {paths.ready.read_text()}: "
                "use that --port or remove the demo state"
            )
        if spec is not None:
            # The virtual passport's keys live as long as this process: every run loads
            # its CSCA, or a second run's chip would fail passive authentication.
            csca = paths.root / "csca.jsonl"
            csca.write_text("".join(json.dumps(r) + "\n" for r in _csca_rows(spec)))
            _central(paths, "load", "csca", str(csca), say=say)
        with central_server(paths, port, say) as url:
            advance_passenger_information(paths, say)
            say("syncing the workstation (lists in, records out)")
            _desktop(paths, "sync", "--once", say=say)
            status = json.loads(_desktop(paths, "status", "--json", say=say))
            if status["connectivity"] != "online" or not status["replica"]:
                raise NegativeResult(f"the demo workstation did not sync: {status}")
            yield RunningDemo(paths, url, status, spec)


DEMO_PORT_CODE = "TPE"


def advance_passenger_information(paths: DemoPaths, say: Say) -> None:
    """Issue 17 in the demo: flight BR0061 from Seoul lands at TPE in two hours with a
    listed person on board (LIN CHIH-MING, the arrest listing); the carrier's manifest
    is imported and pre-screened, and reaches the counter with the next sync. At
    check-in for an outbound flight, the airline asks about CHANG CHIA-HAO (exit ban):
    no_board."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    now = dt.datetime.now(ZoneInfo("Asia/Taipei")).replace(second=0, microsecond=0)
    arrives = now + dt.timedelta(hours=2)
    departs = arrives - dt.timedelta(hours=2, minutes=30) + dt.timedelta(hours=1)  # ICN +1
    text = (
        resource("demo", "flight.edi")
        .read_text(encoding="utf-8")
        .format(
            sent=(departs - dt.timedelta(hours=1)).strftime("%y%m%d:%H%M"),
            dep_dtm=departs.strftime("%y%m%d%H%M"),
            arr_dtm=arrives.strftime("%y%m%d%H%M"),
            ref=now.strftime("%y%m%d%H%M"),
        )
    )
    flight = paths.root / "flight-BR0061.edi"
    flight.write_text(text, encoding="utf-8")
    view = json.loads(_central(paths, "apis", "import", str(flight), "--json", say=say))
    say(
        f"APIS: {view['flight']} from {view['departure']['airport']} lands at "
        f"{view['arrival']['scheduled']} with {view['travellers']} passengers; "
        f"pre-screen hits: {', '.join(h['name'] for h in view['hits']) or 'none'}"
    )
    p = subprocess.run(
        [
            sys.executable,
            "-m",
            "central",
            "--state",
            str(paths.central),
            "app",
            "check",
            "--airline",
            "CI",
            "--surname",
            "CHANG",
            "--given-names",
            "CHIA-HAO",
            "--birth-date",
            "1982-05-20",
            "--nationality",
            "TWN",
            "--document-number",
            "310456789",
            "--issuing-state",
            "TWN",
            "--flight",
            "CI0100",
            "--direction",
            "outbound",
            "--json",
        ],
        text=True,
        capture_output=True,
        timeout=600,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    if p.returncode not in (0, 1):
        raise UsageError(f"demo set-up failed at `app check`: {p.stderr.strip()[-500:]}")
    answer = json.loads(p.stdout)
    say(
        f"APP: check-in of CHANG CHIA-HAO on CI0100 (outbound): {answer['answer']} "
        f"({answer['reason']})"
    )


@contextmanager
def _nothing() -> Iterator[None]:
    yield None
