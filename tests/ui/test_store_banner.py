"""Issue 14: the red banner. Offscreen, real stores: a truncated store.db refused at
login and a WAL deleted under a running window."""

from __future__ import annotations

from desktop import officers
from local_store import integrity
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.store_banner import STYLE


def test_login_on_a_truncated_store_shows_the_red_banner(qtbot, profile, english):
    db = profile.database
    with open(db, "r+b") as f:
        f.truncate(db.stat().st_size // 2 + 100)
    dialog = LoginDialog(profile, officers.unlock, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.store_banner.isVisible()
    dialog.user.setText("chen")
    dialog.password.setText("officer-pass")
    dialog.attempt()
    qtbot.waitUntil(dialog.store_banner.isVisible, timeout=10000)
    text = dialog.store_banner.text()
    assert "damaged, incomplete or an older copy" in text and "truncated" in text
    assert dialog.store_banner.styleSheet() == STYLE and "#b00020" in STYLE
    assert dialog.session is None and dialog.isVisible()
    assert [i.problem for i in integrity.open_incidents(db)] == ["truncated"]


def test_main_window_banner_appears_when_the_store_is_sabotaged_under_it(
    qtbot, profile, english, tmp_path
):
    session = officers.unlock(profile, "chen", "officer-pass")
    try:
        window = MainWindow(session, start_sync=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.wait(300)
        assert not window.store_banner.isVisible()
        # The WAL deleted under the running window: the next transaction notices.
        integrity.wal_path(profile.database).unlink()
        window.store_banner.timer.setInterval(100)
        window.status.refresh()  # a status read: a transaction on the store
        qtbot.waitUntil(window.store_banner.isVisible, timeout=10000)
        assert "write-ahead log" in window.store_banner.text()
        window.stop_background()
    finally:
        session.close()


def test_login_on_an_older_copy_shows_the_banner_naming_emergency_mode(qtbot, profile, english):
    import json

    # The anchor beside the store saw seq 7 and an emergency declaration; this copy has
    # no journal at all (an older store.db put back).
    integrity.anchor_path(profile.database).write_text(
        json.dumps({"seq": 7, "hash": "cd" * 32, "emergency": True})
    )
    dialog = LoginDialog(profile, officers.unlock, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user.setText("chen")
    dialog.password.setText("officer-pass")
    dialog.attempt()
    qtbot.waitUntil(dialog.store_banner.isVisible, timeout=10000)
    text = dialog.store_banner.text()
    assert "older copy" in text and "emergency mode was declared" in text
    assert "restore the newest copy" in text
