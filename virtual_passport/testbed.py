"""A private pcscd with our virtual passport on its vpcd reader, for tests, the bench
and demos. pcscd's client socket is machine-wide (/run/pcscd/pcscd.comm, whatever
PCSCLITE_CSOCK_NAME says), so only one test bed runs per machine: it holds an exclusive
flock on LOCK_PATH for as long as its pcscd lives, and others wait for it.

Readiness comes from pcscd's log ("Card inserted into ..."), never from connecting to
the vpcd port: any connection there counts as a card insertion. Everything started here
is stopped by PID, also on failure.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from virtual_passport.card import CardConfig

LOCK_PATH = Path(os.environ.get("BORDER_WS_PCSCD_LOCK", "/tmp/border-ws-pcscd.lock"))
# The PID of the pcscd a test bed started, so that the next holder of the lock can stop
# one left behind by a test run that was killed.
PID_PATH = LOCK_PATH.with_suffix(".pid")
PCSCD_SOCKET = Path("/run/pcscd/pcscd.comm")
VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
FRIENDLY_NAME = "Virtual PCD"


class TestbedUnavailable(RuntimeError):
    """pcscd or the vpcd driver is missing, or this user cannot run pcscd."""


def _free_port_pair() -> int:
    """A port P with P and P+1 free (vpcd listens on both: readers 00 00 and 00 01)."""
    for _ in range(200):
        port = random.randrange(20000, 60000, 2)
        socks = []
        try:
            for p in (port, port + 1):
                s = socket.socket()
                s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                s.bind(("0.0.0.0", p))
                socks.append(s)
            return port
        except OSError:
            continue
        finally:
            for s in socks:
                s.close()
    raise TestbedUnavailable("no free pair of TCP ports for vpcd")


def _die_with_parent() -> None:
    """In the child before exec: get SIGTERM when the test process dies (Linux)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


_ACTIVE: Testbed | None = None


@contextlib.contextmanager
def shared() -> Iterator[Testbed]:
    """This process's running test bed (the lock is per process), or a new one."""
    if _ACTIVE is not None:
        yield _ACTIVE
        return
    with Testbed() as bed:
        yield bed


def _stop_leftover() -> None:
    """Stop a pcscd recorded by a test bed whose process died (we hold the lock now)."""
    try:
        pid = int(PID_PATH.read_text().strip())
    except (OSError, ValueError):
        return
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        cmdline = b""
    if b"pcscd" in cmdline and b"border-ws-pcscd" in cmdline:
        os.kill(pid, signal.SIGTERM)
        for _ in range(50):
            if not Path(f"/proc/{pid}").exists():
                break
            time.sleep(0.1)
        else:
            os.kill(pid, signal.SIGKILL)
    PID_PATH.unlink(missing_ok=True)


def _stop(proc: subprocess.Popen | None, timeout_s: float = 5.0) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout_s)


class Testbed:
    def __init__(self, workdir: Path | None = None, *, lock_timeout_s: float = 600.0) -> None:
        self._tmp = (
            tempfile.TemporaryDirectory(prefix="border-ws-pcscd-") if workdir is None else None
        )
        self.workdir = Path(self._tmp.name) if self._tmp else workdir
        self.lock_timeout_s = lock_timeout_s
        self.port = 0
        self.reader = f"{FRIENDLY_NAME} 00 00"
        self.log_path = self.workdir / "pcscd.log"
        self._lock_fd: int | None = None
        self._pcscd: subprocess.Popen | None = None
        self._card: subprocess.Popen | None = None
        self._log_file = None

    # --- lifecycle ---------------------------------------------------------------------

    def start(self) -> Testbed:
        pcscd = _which("pcscd")
        if pcscd is None or not VPCD_DRIVER.exists():
            raise TestbedUnavailable(
                "pcscd and vsmartcard-vpcd are needed (make setup installs them)"
            )
        try:
            self._lock()
            _stop_leftover()
            self._remove_stale_socket()
            self.port = _free_port_pair()
            conf = self.workdir / "reader.conf.d"
            conf.mkdir(parents=True, exist_ok=True)
            (conf / "vpcd").write_text(
                f'FRIENDLYNAME "{FRIENDLY_NAME}"\n'
                f"DEVICENAME /dev/null:0x{self.port:04X}\n"
                f"LIBPATH {VPCD_DRIVER}\n"
                f"CHANNELID 0x{self.port:04X}\n",
                encoding="ascii",
            )
            PCSCD_SOCKET.parent.mkdir(parents=True, exist_ok=True)
            self._log_file = self.log_path.open("wb")
            self._pcscd = subprocess.Popen(
                [pcscd, "--foreground", "--info", "-c", str(conf)],
                stdout=self._log_file,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                preexec_fn=_die_with_parent,
            )
            PID_PATH.write_text(str(self._pcscd.pid))
            self._wait_log(r"daemon ready", 1, 15.0, "pcscd did not start")
            global _ACTIVE
            _ACTIVE = self
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        global _ACTIVE
        try:
            _stop(self._card)
            _stop(self._pcscd)
            if self._pcscd is not None:
                PID_PATH.unlink(missing_ok=True)
        finally:
            if _ACTIVE is self:
                _ACTIVE = None
            self._card = self._pcscd = None
            if self._log_file is not None:
                self._log_file.close()
                self._log_file = None
            if self._lock_fd is not None:
                fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
                os.close(self._lock_fd)
                self._lock_fd = None

    def __enter__(self) -> Testbed:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
        if self._tmp is not None:
            self._tmp.cleanup()

    # --- the card ------------------------------------------------------------------------

    def insert(self, config: CardConfig, timeout_s: float = 15.0) -> None:
        """Start the virtual card process and wait until pcscd reports it inserted."""
        self.remove()
        card_file = self.workdir / "card.json"
        fd = os.open(card_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(config.to_json())
        before = self._count(rf"Card inserted into {self.reader}")
        self._card = subprocess.Popen(
            [sys.executable, "-m", "virtual_passport.card", "--port", str(self.port),
             "--card", str(card_file)],
            stdin=subprocess.DEVNULL,
            preexec_fn=_die_with_parent,
        )  # fmt: skip
        try:
            self._wait_log(
                rf"Card inserted into {self.reader}", before + 1, timeout_s, "the card was not seen"
            )
        except BaseException:
            _stop(self._card)
            self._card = None
            raise

    def remove(self, timeout_s: float = 10.0) -> None:
        if self._card is None:
            return
        before = self._count(rf"Card Removed From {self.reader}")
        was_running = self._card.poll() is None
        _stop(self._card)
        self._card = None
        if was_running:
            self._wait_log(
                rf"Card Removed From {self.reader}", before + 1, timeout_s, "card removal not seen"
            )

    @property
    def card_pid(self) -> int | None:
        return self._card.pid if self._card else None

    # --- helpers ---------------------------------------------------------------------------

    def _lock(self) -> None:
        fd = os.open(LOCK_PATH, os.O_RDWR | os.O_CREAT, 0o666)
        deadline = time.monotonic() + self.lock_timeout_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                self._lock_fd = fd
                return
            except BlockingIOError:
                if time.monotonic() > deadline:
                    os.close(fd)
                    raise TestbedUnavailable(
                        f"another test run holds {LOCK_PATH} for over {self.lock_timeout_s:g} s"
                    ) from None
                time.sleep(0.2)

    def _remove_stale_socket(self) -> None:
        if not PCSCD_SOCKET.exists():
            return
        s = socket.socket(socket.AF_UNIX)
        try:
            s.connect(str(PCSCD_SOCKET))
            raise TestbedUnavailable(
                f"a pcscd not started by a test bed is running ({PCSCD_SOCKET}): stop it first"
            )
        except OSError:
            PCSCD_SOCKET.unlink(missing_ok=True)  # stale: nobody listens
        finally:
            s.close()

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def _count(self, pattern: str) -> int:
        return len(re.findall(pattern, self.log_text()))

    def _wait_log(self, pattern: str, count: int, timeout_s: float, what: str) -> None:
        deadline = time.monotonic() + timeout_s
        while self._count(pattern) < count:
            if self._pcscd is not None and self._pcscd.poll() is not None:
                raise TestbedUnavailable(f"{what}: pcscd exited\n{self.log_text()[-2000:]}")
            if time.monotonic() > deadline:
                raise TestbedUnavailable(
                    f"{what} within {timeout_s:g} s\n{self.log_text()[-2000:]}"
                )
            time.sleep(0.05)


def _which(name: str) -> str | None:
    for d in ("/usr/sbin", "/usr/bin", "/sbin", "/bin", *os.environ.get("PATH", "").split(":")):
        p = Path(d) / name
        if p.is_file() and os.access(p, os.X_OK):
            return str(p)
    return None
