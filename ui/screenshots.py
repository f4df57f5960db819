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


def _officer_views(app: QApplication, profile: Any, demo: Any, lang: str, out: Path,
                   say: Callable[[str], None]) -> None:
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
    _wait(app, lambda: panel.hits_found is not None)
    _wait(app, lambda: window.status.status is not None)
    _save(window, out / f"inspection-hit-{lang}.png", say)
    if demo.passport is not None:
        panel.next_traveller()
        panel.mrz.setPlainText("\n".join(demo.passport.mrz_lines))
        _wait(app, lambda: panel.hits_found is not None)
        panel.chip.read()
        _wait(app, lambda: panel.chip.result is not None
              or "not read" in panel.chip.state.text())
        _save(window, out / f"inspection-chip-{lang}.png", say)
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

    i18n.set_language("en")
    session = gui_login(profile, "supervisor1", "supervisor-demo-pass", purpose="screenshots")
    window = MainWindow(session, start_sync=False)
    window.show()
    assert window.supervisor is not None
    window.tabs.setCurrentWidget(window.supervisor)
    _wait(app, lambda: window.supervisor.state is not None)
    _save(window, out / "supervisor-en.png", say)
    window.stop_background()
    window.close()
    session.close()
    return 0
