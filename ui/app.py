"""The GUI entry point: `python -m desktop [--profile DIR] [--lang zh_TW|en]`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import APP_NAME
from desktop.config import Profile
from ui import i18n
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.tasks import size_global_pool


def gui_login(profile: Profile, user: str, password: str, *, purpose: str) -> Any:
    """Online first (a first login here creates the officer's key slot), else offline."""
    from desktop.online_login import login_session

    session, info = login_session(profile, user, password, purpose=purpose)
    session.login_info = info  # the window says when the central did not answer
    return session


class Workstation:
    """Login -> main window -> (log out) -> login again, until the officer quits."""

    def __init__(
        self,
        app: QApplication,
        profile: Profile,
        language: str,
        *,
        login: Any = gui_login,
        hint: str | None = None,
        start_sync: bool = True,
    ) -> None:
        self.app = app
        self.profile = profile
        self.login_fn = login
        self.hint = hint
        self.start_sync = start_sync
        size_global_pool()  # waits on the central or a reader never queue the next task
        # Per-counter preferences (language, cameras, large text): nothing sensitive.
        self.prefs = QSettings(str(profile.root / "ui.ini"), QSettings.Format.IniFormat)
        self.language = i18n.set_language(str(self.prefs.value("language", language)))
        # Large text (View menu): the login dialog too, from the next start on.
        i18n.set_text_size(app, large=str(self.prefs.value("large_text", "false")) == "true")
        self.window: MainWindow | None = None
        self.dialog: LoginDialog | None = None

    def show_login(self) -> LoginDialog:
        self.dialog = LoginDialog(self.profile, self.login_fn, self.language, self.hint)
        self.dialog.language_changed.connect(self.remember_language)
        self.dialog.logged_in.connect(self.show_main)
        self.dialog.rejected.connect(self._login_cancelled)
        self.dialog.show()
        return self.dialog

    def remember_language(self, code: str) -> None:
        self.language = code
        self.prefs.setValue("language", code)

    def _login_cancelled(self) -> None:
        if self.window is None:
            self.app.quit()

    def show_main(self, session: Any) -> None:
        # The direction is the counter's setting in its store (`config set
        # default-direction`), not remembered here: F2 switches for one traveller only.
        camera = str(self.prefs.value("camera", "0"))  # a device index, a file or a URL
        self.window = MainWindow(
            session,
            start_sync=self.start_sync,
            camera_source=int(camera) if camera.isdigit() else camera,
        )
        # The face camera: a device index, a video, or an image file (the demo, issue 18).
        face_camera = str(self.prefs.value("face_camera", camera))
        self.window.inspection.face.source = (
            int(face_camera) if face_camera.isdigit() else face_camera
        )
        self.window.logged_out.connect(self._after_logout)
        self.window.large_text_changed.connect(
            lambda large: self.prefs.setValue("large_text", "true" if large else "false")
        )
        self.window.show()

    def _after_logout(self) -> None:
        if self.window is not None:
            self.window.session.close()
            self.window.deleteLater()
            self.window = None
        self.show_login()


def run(argv: list[str], *, hint: str | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m desktop", add_help=False)
    ap.add_argument("--profile")
    ap.add_argument("--lang", choices=("zh_TW", "en"))
    args, _ = ap.parse_known_args(argv)
    from ui.none_refcount import immortalise_none

    immortalise_none()  # PySide6 6.12 on Python 3.11 (see ui/none_refcount.py)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    i18n.install_font(app)
    profile = Profile.at(args.profile)
    i18n.set_language(args.lang or i18n.system_language())
    if not profile.exists():
        QMessageBox.critical(
            None,
            APP_NAME,
            app.translate(
                "App",
                "No workstation profile at %1.\n"
                "An installer sets it up with: python -m desktop init",
            ).replace("%1", str(profile.root)),
        )
        return 2
    ws = Workstation(app, profile, args.lang or i18n.system_language(), hint=hint)
    if args.lang:
        ws.remember_language(args.lang)
    ws.show_login()
    code = app.exec()
    if ws.window is not None:
        ws.window.stop_background()
    from desktop.biometrics import worker  # a face capture in progress stops at its frame

    worker.shutdown_shared()
    QThreadPool.globalInstance().waitForDone(10000)
    if ws.window is not None:
        ws.window.session.close()
    return int(code)
