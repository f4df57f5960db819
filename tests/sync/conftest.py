from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from desktop.inspection import service
from desktop.inspection.rules import Decision
from desktop.inspection.traveller import Traveller
from tests.sync.faultproxy import FaultProxy
from tests.sync.harness import (
    INSTALLER,
    INSTALLER_PW,
    SUPERVISOR,
    SUPERVISOR_PW,
    CentralProcess,
    Workstation,
)


@pytest.fixture
def central(tmp_path: Path) -> Iterator[CentralProcess]:
    c = CentralProcess(tmp_path / "central").start()
    yield c
    c.stop()


@pytest.fixture
def proxy(central: CentralProcess) -> Iterator[FaultProxy]:
    p = FaultProxy(central.port).start()
    yield p
    p.stop()


def new_workstation(
    path: Path,
    central_url: str,
    central: CentralProcess,
    *,
    machine_slot: bool = True,
    at_the_central: Callable[[], object] | None = None,
) -> Workstation:
    """Initialised and enrolled. The central's commands (`at_the_central`, then the
    enrollment code) run while the workstation initialises: the two touch different
    state and each costs a process start, so together they take the time of one."""
    ws = Workstation(path)
    args = ["init", "--installer", INSTALLER, "--password-stdin"]
    if not machine_slot:
        args.append("--no-machine-slot")

    def central_side() -> str:
        if at_the_central is not None:
            at_the_central()
        return central.cli("enroll-code").stdout.strip()

    with ThreadPoolExecutor(1) as pool:
        code_of = pool.submit(central_side)
        ws.ok(*args, input=INSTALLER_PW + "\n")
        code = code_of.result()
    ws.ok(
        "enroll",
        "--central",
        central_url,
        "--code",
        code,
        "--user",
        INSTALLER,
        "--password-stdin",
        input=INSTALLER_PW + "\n",
    )
    return ws


@pytest.fixture
def workstation(tmp_path: Path, central: CentralProcess, proxy: FaultProxy) -> Workstation:
    """Initialised (machine slot) and enrolled through the fault proxy; one supervisor
    known to the central."""

    def add_supervisor() -> None:
        central.cli(
            "officers",
            "add",
            SUPERVISOR,
            "--role",
            "supervisor",
            "--password-stdin",
            input=SUPERVISOR_PW + "\n",
        )

    return new_workstation(tmp_path / "ws", proxy.url, central, at_the_central=add_supervisor)


def make_records(ws: Workstation, n: int, *, prefix: str = "T") -> list[str]:
    """n inspection records through the real workflow (in this process, on the same
    profile: the store is shared between processes)."""
    uuids = []
    with ws.store() as store:
        for i in range(n):
            traveller = Traveller(
                document_code="P",
                issuing_state="TWN",
                document_number=f"{prefix}{i:07d}",
                surname="CHEN",
                given_names=f"MEI {i}",
                nationality="TWN",
                birth_date="1990-01-01",
                sex="F",
                valid=True,
            )
            rec = service.record(
                store,
                officer="otto",
                role="officer",
                screening=service.Screening(traveller, "entry"),
                decision=Decision("entry", "admit", note=str(uuid.uuid4())[:8]),
            )
            uuids.append(rec.uuid)
    return uuids
