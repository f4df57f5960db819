"""Shared fixtures. Areas keep their own fixtures in tests/<area>/conftest.py."""

from __future__ import annotations

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
