"""Login dialog and main window, offscreen, through real key slots and SQLCipher."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop import officers
from ui import i18n
from ui.app import Workstation
from ui.login import LoginDialog
from ui.main_window import MainWindow

VALID_TD3 = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
)


def _login(qtbot, dialog: LoginDialog, user: str, password: str) -> None:
    # Focus is only real in an active window: show and activate it (offscreen works).
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    dialog.user.setFocus()  # after a failure the cursor waits in the password field
    qtbot.waitUntil(dialog.user.hasFocus, timeout=5000)
    qtbot.keyClicks(dialog.user, user)
    qtbot.keyClick(dialog.user, Qt.Key.Key_Return)
    # Return in the ID field moves the cursor to the password, as officers expect.
    qtbot.waitUntil(dialog.password.hasFocus, timeout=5000)
    assert QApplication.focusWidget() is dialog.password
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_wrong_password_shows_a_message_and_keeps_the_dialog(qtbot, profile, english):
    dialog = LoginDialog(profile, officers.unlock, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.user, timeout=5000)
    _login(qtbot, dialog, "chen", "wrong-password")
    # After a wrong password the cursor is back in the (cleared) password field.
    qtbot.waitUntil(lambda: "wrong password" in dialog.message.text(), timeout=10000)
    assert QApplication.focusWidget() is dialog.password
    qtbot.waitUntil(lambda: "wrong password" in dialog.message.text(), timeout=10000)
    assert dialog.session is None
    assert dialog.password.text() == ""
    assert dialog.button.isEnabled()


def test_empty_fields_are_refused_without_a_login_attempt(qtbot, profile, english):
    dialog = LoginDialog(profile, officers.unlock, "en")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    assert "Enter your officer ID" in dialog.message.text()


def test_login_opens_main_window_with_status_bar(qtbot, profile, english):
    ws = Workstation(QApplication.instance(), profile, "en", login=officers.unlock)
    dialog = ws.show_login()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.logged_in, timeout=15000):
        _login(qtbot, dialog, "chen", "officer-pass")
    window = ws.window
    assert isinstance(window, MainWindow)
    status = window.status
    assert status.officer.text() == "Officer: chen (officer)"
    qtbot.waitUntil(lambda: status.status is not None, timeout=15000)
    assert status.mode.text() == "Normal mode"
    assert status.outbox.text() == "Outbox: 0 pending, 0 parked"
    assert status.replica.text() == "Replica: none"
    assert status.connectivity.text() == "Offline · never in contact"
    assert status.reader.text().startswith("Reader:")
    # The wedge types the MRZ; the document view shows the checked fields.
    window.inspection.mrz.setPlainText(VALID_TD3)
    view = window.inspection.view
    assert view.labels["surname"].text() == "ERIKSSON"
    assert view.labels["birth_date"].text() == "1974-08-12"
    assert "MRZ valid" in view.verdict.text()
    window.inspection.mrz.setPlainText(VALID_TD3.replace("7408122", "7408123"))
    assert "NOT valid" in view.verdict.text() and "birth date" in view.verdict.text()
    # Logging out returns to the login dialog and audits it.
    with qtbot.waitSignal(window.logged_out, timeout=10000):
        window.logout()
    assert ws.window is None and ws.dialog is not None and ws.dialog.isVisible()
    qtbot.addWidget(ws.dialog)
    with officers.unlock(profile, None, None) as s, s.store.read() as c:
        from local_store import audit

        events = [e["event"] for e in audit.recent(c, 10)]
    assert "logout" in events and "login" in events


def test_chinese_translation_and_font(qtbot, profile, qapp):
    from PySide6.QtGui import QFontInfo

    assert i18n.install_font(qapp)
    assert QFontInfo(qapp.font()).family() == "Noto Sans CJK TC"
    dialog = LoginDialog(profile, officers.unlock, "zh_TW")
    qtbot.addWidget(dialog)
    i18n.set_language("zh_TW")
    qapp.processEvents()
    assert dialog.windowTitle() == "證照查驗 — 登入"
    assert dialog.button.text() == "登入"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qapp.processEvents()
    assert dialog.button.text() == "Log in"


def test_locked_out_message_is_translated(qtbot, profile, english):
    from local_store.keyslots import MAX_FAILURES

    dialog = LoginDialog(profile, officers.unlock, "en")
    qtbot.addWidget(dialog)
    for _ in range(MAX_FAILURES):
        dialog.message.clear()
        _login(qtbot, dialog, "chen", "bad-password")
        qtbot.waitUntil(lambda: dialog.message.text() not in ("", "Checking…"), timeout=10000)
        dialog.user.clear()
    assert "locked until" in dialog.message.text()
