"""Drive the real window offscreen against a running demo and save screenshots: the
headless `make demo`, and the pictures in the README."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from desktop.resources import resource
from ui import i18n
from ui.app import gui_login
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.supervisor_auth import SupervisorAuthDialog


def _wait(app: QApplication, done: Callable[[], bool], timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the expected state")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(20):  # let layouts settle before grabbing
        app.processEvents()


def _save(widget: QWidget, path: Path, say: Callable[[str], None]) -> None:
    widget.grab().save(str(path))
    say(f"  {path}")


def _traveller(label_start: str) -> list[str]:
    text = resource("demo", "travellers.txt").read_text(encoding="utf-8")
    for label, a, b in re.findall(r"# (.*) — direction: \w+\n(\S+)\n(\S+)", text):
        if label.startswith(label_start):
            return [a, b]
    raise KeyError(label_start)


def _officer_views(
    app: QApplication, profile: Any, demo: Any, lang: str, out: Path, say: Callable[[str], None]
) -> None:
    i18n.set_language(lang)
    dialog = LoginDialog(profile, gui_login, lang, demo.hint)
    dialog.user.setText("officer1")
    dialog.resize(520, 330)
    dialog.show()
    _wait(app, lambda: True)
    _save(dialog, out / f"login-{lang}.png", say)
    dialog.close()

    session = gui_login(profile, "officer1", "officer-demo-pass", purpose="screenshots")
    window = MainWindow(session, start_sync=False)
    window.show()
    panel = window.inspection
    panel.mrz.setPlainText("\n".join(_traveller("person of interest, Wade-Giles")))
    _wait(app, lambda: panel.screening is not None)
    _wait(app, lambda: window.status.status is not None)
    _wait(app, lambda: not panel.hits.pulsing)  # the hit's alert pulse over: its frame stays
    _save(window, out / f"inspection-hit-{lang}.png", say)
    # F12 on that hit: the supervisor's dialog (a note is required to clear an arrest).
    f12 = SupervisorAuthDialog(session, window, hits=panel.screening.hits)
    f12.user.setText("supervisor1")
    f12.show()
    _wait(app, lambda: True)
    _save(f12, out / f"f12-{lang}.png", say)
    f12.close()
    if demo.passport is not None:
        panel.next_traveller()
        panel.mrz.setPlainText("\n".join(demo.passport.mrz_lines))
        _wait(app, lambda: panel.screening is not None)
        panel.chip.read()
        _wait(app, lambda: panel.chip.result is not None or "not read" in panel.chip.state.text())
        read = panel.chip.result
        passive = read["passive_authentication"]["status"] if read else "not read"
        say(f"  chip: passive authentication {passive}")
        _save(window, out / f"inspection-chip-{lang}.png", say)
    window.tabs.setCurrentWidget(window.records)
    _wait(app, lambda: window.records.table.rowCount() > 0)
    _save(window, out / f"records-{lang}.png", say)
    window.stop_background()
    window.close()
    session.close()


def _supervisor_view(
    app: QApplication, profile: Any, lang: str, out: Path, say: Callable[[str], None]
) -> None:
    """The console with the demo's post-hoc alert (desktop.demo.outage_drill)."""
    i18n.set_language(lang)
    session = gui_login(profile, "supervisor1", "supervisor-demo-pass", purpose="screenshots")
    window = MainWindow(session, start_sync=False)
    window.show()
    assert window.supervisor is not None
    window.tabs.setCurrentWidget(window.supervisor)
    _wait(
        app, lambda: window.supervisor.state is not None and window.supervisor.alerts.rowCount() > 0
    )
    _save(window, out / f"supervisor-{lang}.png", say)
    window.stop_background()
    window.close()
    session.close()


def take(demo: Any, out: Path, say: Callable[[str], None] = print) -> int:
    out.mkdir(parents=True, exist_ok=True)
    from ui.none_refcount import immortalise_none

    immortalise_none()  # PySide6 6.12 on Python 3.11 (see ui/none_refcount.py)
    app = QApplication.instance() or QApplication(["screenshots"])
    i18n.install_font(app)
    profile_dir = demo.paths.profile
    from desktop.config import Profile

    profile = Profile(profile_dir)
    say(f"screenshots in {out}:")
    for lang in ("en", "zh_TW"):
        _officer_views(app, profile, demo, lang, out, say)

    for lang in ("en", "zh_TW"):
        _supervisor_view(app, profile, lang, out, say)
    i18n.set_language("en")
    return 0


# --- the status bar in each connectivity state (README) ----------------------------------

STATUS_STATES = (
    ("online", "normal", 2.0),
    ("degraded", "normal", 41.0),
    ("offline", "normal", 380.0),
    ("offline", "emergency", 5400.0),
)


def status_bar_states(out: Path, say: Callable[[str], None] = print) -> list[Path]:
    """`status-bar-<lang>.png`: the real status bar (a throwaway profile, its real status)
    rendered offscreen in each state, one above the other, in both languages."""
    import tempfile

    from PySide6.QtCore import QThreadPool
    from PySide6.QtGui import QPainter, QPixmap

    from desktop import officers
    from desktop.config import Profile
    from ui.operations import Operations
    from ui.status_bar import StatusBar

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["screenshots"])
    i18n.install_font(app)
    saved = []
    with tempfile.TemporaryDirectory() as tmp:
        profile = Profile(Path(tmp) / "profile")
        with officers.initialise(profile, "inst", "install-pass") as s:
            officers.add_officer(s, "chen", "officer", "officer-pass")
        with officers.unlock(profile, "chen", "officer-pass") as session:
            for lang in ("en", "zh_TW"):
                i18n.set_language(lang)
                bar = StatusBar(Operations(session), can_sync=True)
                bar.timer.stop()
                bar.resize(1280, bar.sizeHint().height())
                bar.show()
                _wait(app, lambda b=bar: b.status is not None)
                base = dict(bar.status or {})
                base["reader"] = {"service": True, "readers": [{"name": "ACS", "card": False}]}
                shots = []
                for state, mode, contact in STATUS_STATES:
                    bar.status = dict(base, connectivity=state, mode=mode, last_contact_s=contact)
                    bar.render()
                    _wait(app, lambda: True)
                    shots.append(bar.grab())
                sheet = QPixmap(max(p.width() for p in shots), sum(p.height() + 6 for p in shots))
                sheet.fill(app.palette().window().color())
                painter = QPainter(sheet)
                y = 0
                for p in shots:
                    painter.drawPixmap(0, y, p)
                    y += p.height() + 6
                painter.end()
                path = out / f"status-bar-{lang}.png"
                sheet.save(str(path))
                say(f"  {path}")
                saved.append(path)
                bar.close()
                QThreadPool.globalInstance().waitForDone(10000)
    i18n.set_language("en")
    return saved


if __name__ == "__main__":
    import os
    import sys

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    status_bar_states(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
