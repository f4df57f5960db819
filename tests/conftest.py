"""Shared fixtures. Areas keep their own fixtures in tests/<area>/conftest.py."""

from __future__ import annotations

import gc
import os

# GUI tests run without a display (CI has none); set before Qt is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

# Data nobody here wrote (real MRZ images, eMRTD files, face photos) lives in the team's
# read-only shared/ folder beside the checkout; tests read it there and never copy it.
# SHARED_DIR names it elsewhere (a worktree that is not beside it).
SHARED = Path(
    os.environ.get("SHARED_DIR") or Path(__file__).resolve().parent.parent.parent / "shared"
)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The team's shared/ folder; a missing one is an error, not a skip (CI has it)."""
    if not SHARED.is_dir():
        pytest.fail(f"{SHARED} is missing: the real-data tests read ../shared/ beside the checkout")
    return SHARED


# On two xdist workers (`make test PYTEST_ARGS="-n 2 --dist loadgroup"`) the one machine-wide
# pcscd (virtual_passport.testbed: a flock on its lock file for as long as its pcscd
# lives) cannot serve both: a worker that waits for it can outlast the test timeout, and
# the demo, which waits 5 s only, would start without its chip. Every test that starts
# it, directly or through a command it runs, is kept on one worker, one after another.
PCSCD_MODULES = frozenset(
    {
        "tests/test_bundle.py",  # the bundle's selftest, PC/SC included
        "tests/test_bench_smoke.py",  # bench chip, through the real pcscd
        "tests/workstation/test_demo.py",  # `demo` starts a test bed (lock_timeout_s=5)
        "tests/workstation/test_selftest.py",
        "tests/ui/test_face_capture.py",
    }
)
_ROOT = Path(__file__).resolve().parent.parent


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collection made (test modules, fixtures, ~650,000 objects) lives for the whole
    run: frozen out of the cyclic collector's full walks, which cost 24 s of a 20-minute
    run at stop 42 (60 walks over 20 ms, up to 1.7 s each, as the heap grew to 1.7 M)."""
    gc.collect()
    gc.freeze()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        module = item.path.resolve().relative_to(_ROOT).as_posix()
        if (
            module in PCSCD_MODULES
            or item.get_closest_marker("pcsc") is not None
            or "testbed" in getattr(item, "fixturenames", ())
        ):
            item.add_marker(pytest.mark.xdist_group("pcscd"))
