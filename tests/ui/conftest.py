from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop import officers
from desktop.cli import main as cli
from desktop.config import Profile
from tests.ui.heartbeat import Heartbeat
from ui.main_window import MainWindow
from ui.none_refcount import immortalise_none

immortalise_none()  # as ui.app does at start (PySide6 6.12 on Python 3.11)


@pytest.fixture
def profile(tmp_path) -> Profile:
    """A workstation with installer `inst` and officer `chen` (password `officer-pass`)."""
    p = Profile(tmp_path / "profile")
    with officers.initialise(p, "inst", "install-pass") as s:
        officers.add_officer(s, "chen", "officer", "officer-pass")
    return p


@pytest.fixture
def english(qapp):
    from ui import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")


DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


def travellers() -> dict[str, tuple[str, list[str]]]:
    text = (DEMO / "travellers.txt").read_text(encoding="utf-8")
    return {
        label: (direction, [a, b])
        for label, direction, a, b in re.findall(r"# (.*) — direction: (\w+)\n(\S+)\n(\S+)", text)
    }


@pytest.fixture
def counter(tmp_path, qtbot, english):
    profile = Profile(tmp_path / "profile")
    with officers.initialise(profile, "inst", "install-pass") as s:
        officers.add_officer(s, "sup", "supervisor", "super-pass")
    with officers.unlock(profile, "sup", "super-pass") as s:
        officers.add_officer(s, "chen", "officer", "officer-pass")
    for ds in ("persons", "documents", "exit_bans", "entry_permits"):
        assert (
            cli(["--profile", str(profile.root), "replica", "load", ds, str(DEMO / f"{ds}.jsonl")])
            == 0
        )
    sessions = []

    def open_window(user: str, password: str) -> MainWindow:
        session = officers.unlock(profile, user, password)
        sessions.append(session)
        window = MainWindow(session, start_sync=False)
        qtbot.addWidget(window)
        window.show()
        return window

    yield open_window
    for s in sessions:
        s.close()


@pytest.fixture
def heartbeat() -> Iterator[Callable[[], Heartbeat]]:
    """Starts a GUI-thread heartbeat (tests/ui/heartbeat.py); stopped at teardown too,
    so a failed test leaves neither its timer nor its collector callback."""
    beats: list[Heartbeat] = []

    def start() -> Heartbeat:
        beats.append(Heartbeat())
        return beats[-1]

    yield start
    for beat in beats:
        beat.stop()


@pytest.fixture
def taipei():
    """The workstation's time zone set to Taipei (UTC+8) for one test."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Taipei"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()
