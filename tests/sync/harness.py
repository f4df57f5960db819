"""Real processes for the sync tests: the reference central (`python -m central serve`)
and workstation commands (`python -m desktop ...`), over loopback."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import requests

from local_store import Store, audit, journal
from local_store.keyslots import KeySlots

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = "inst"
INSTALLER_PW = "Install3r!pass"
SUPERVISOR = "sue"
SUPERVISOR_PW = "Superv1sor!pass"
OFFICER = "otto"
OFFICER_PW = "0fficer!pass"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    env.pop("BORDER_WS_PROFILE", None)
    env.update(extra or {})
    return env


class CentralProcess:
    def __init__(
        self,
        state: Path,
        port: int | None = None,
        *,
        extra_args: tuple[str, ...] = (),
        db_url: str | None = None,
        env: dict[str, str] | None = None,
    ) -> None:
        self.state = state
        self.port = port or free_port()
        self.extra_args = extra_args
        self.db_url = db_url
        self.env = env or {}
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = state.parent / f"{state.name}.log"
        self.url_scheme = "http"

    @property
    def url(self) -> str:
        return f"{self.url_scheme}://127.0.0.1:{self.port}"

    def _base(self) -> list[str]:
        base = [sys.executable, "-m", "central", "--state", str(self.state)]
        if self.db_url:
            base += ["--db", self.db_url]
        return base

    def start(self) -> CentralProcess:
        log = open(self.log, "ab")  # noqa: SIM115 - handed to the child
        self.proc = subprocess.Popen(
            [*self._base(), "serve", "--port", str(self.port), *self.extra_args],
            stdout=log,
            stderr=log,
            env=_env(self.env),
            cwd=ROOT,
        )
        log.close()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"central exited: {self.log.read_text()[-2000:]}")
            try:
                # Readiness only (TLS is checked by the tests that care).
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    ready = requests.get(self.url + "/v1/health", timeout=1, verify=False).ok
                if ready:
                    return self
            except requests.RequestException:
                time.sleep(0.1)
        raise RuntimeError("central did not start")

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    def cli(
        self, *args: str, input: str | None = None, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        out = subprocess.run(
            [*self._base(), *args],
            input=input,
            capture_output=True,
            text=True,
            env=_env(self.env),
            cwd=ROOT,
            timeout=300,
        )
        if check and out.returncode != 0:
            raise AssertionError(f"central {args}: {out.returncode}\n{out.stderr}")
        return out

    def records(self) -> list[dict[str, Any]]:
        out = self.cli("records", "--json")
        return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]

    def alerts(self) -> list[dict[str, Any]]:
        out = self.cli("alerts", "--json")
        return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]

    def load(self, dataset: str, path: Path, *extra: str) -> dict[str, Any]:
        return json.loads(self.cli("load", dataset, str(path), "--json", *extra).stdout)


class Workstation:
    def __init__(self, profile: Path) -> None:
        self.profile = profile

    def cmd(
        self,
        *args: str,
        input: str | None = None,
        env: dict[str, str] | None = None,
        timeout: float = 300,
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", "--profile", str(self.profile), *args],
            input=input,
            capture_output=True,
            text=True,
            env=_env(env),
            cwd=ROOT,
            timeout=timeout,
        )

    def popen(self, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "desktop", "--profile", str(self.profile), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(env),
            cwd=ROOT,
        )

    def ok(
        self, *args: str, input: str | None = None, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        out = self.cmd(*args, input=input, env=env)
        assert out.returncode == 0, f"{args}: {out.returncode}\n{out.stdout}\n{out.stderr}"
        assert "Traceback" not in out.stderr
        return out

    def store(self) -> Store:
        """The store, opened with the machine slot (the test reads what the process wrote)."""
        key = KeySlots(self.profile / "keyslots.sqlite").unwrap_machine()
        return Store.open(self.profile / "store.db", key)

    def committed(self) -> dict[str, int]:
        """uuid -> seq of every inspection in the journal."""
        with self.store() as s, s.read() as c:
            return {e.uuid: e.seq for e in journal.recent(c, 10**9) if e.kind == "inspection"}

    def outbox(self) -> dict[str, int]:
        with self.store() as s, s.read() as c:
            return journal.counts(c)

    def chains_ok(self) -> bool:
        with self.store() as s, s.read() as c:
            return journal.verify(c).ok and audit.verify(c).ok


def assert_converged(ws: Workstation, central: CentralProcess) -> list[dict[str, Any]]:
    """The central holds exactly the records the workstation committed, none twice; the
    outbox is empty; the workstation's chains and the central's linkage verify."""
    committed = ws.committed()
    held = central.records()
    uuids = [r["uuid"] for r in held]
    assert len(uuids) == len(set(uuids)), "a record is held twice"
    assert set(uuids) == set(committed), (
        f"missing {len(set(committed) - set(uuids))}, extra {len(set(uuids) - set(committed))}"
    )
    for r in held:
        assert r["seq"] == committed[r["uuid"]]
    counts = ws.outbox()
    assert counts["pending"] == 0 and counts["parked"] == 0, counts
    assert ws.chains_ok()
    assert central.cli("verify", check=False).returncode == 0
    return held
