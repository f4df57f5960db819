"""Login while the central hangs (a real central process, SIGSTOPped: it accepts
connections and never answers): the window is usable within 6 s with the officer's
offline key slot, and says why; a first login explains what to do; Cancel gives the form
back at once. Also the status bar's states (colour, icon and words)."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from desktop.config import Profile
from tests.sync.conftest import new_workstation
from tests.sync.harness import SUPERVISOR, SUPERVISOR_PW, CentralProcess
from ui.app import Workstation


@pytest.fixture
def enrolled(tmp_path: Path):
    """A running central and a workstation enrolled with it, where the supervisor has
    logged in online once (so has an offline key slot)."""
    central = CentralProcess(tmp_path / "central").start()
    try:
        ws = new_workstation(
            tmp_path / "ws",
            central.url,
            central,
            at_the_central=lambda: central.cli(
                "officers",
                "add",
                SUPERVISOR,
                "--role",
                "supervisor",
                "--password-stdin",
                input=SUPERVISOR_PW + "\n",
            ),
        )
        ws.ok("login", "--user", SUPERVISOR, "--password-stdin", input=SUPERVISOR_PW + "\n")
        yield central, Profile(ws.profile)
    finally:
        if central.proc is not None and central.proc.poll() is None:
            central.proc.send_signal(signal.SIGCONT)
        central.stop()


@pytest.fixture
def hung_central(enrolled):
    central, profile = enrolled
    central.proc.send_signal(signal.SIGSTOP)
    return profile


def _type(qtbot, dialog, user: str, password: str) -> None:
    dialog.user.setText(user)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)


@pytest.mark.slow
def test_login_with_a_hung_central(qtbot, hung_central, english):
    ws = Workstation(QApplication.instance(), hung_central, "en", start_sync=False)
    dialog = ws.show_login()
    qtbot.addWidget(dialog)

    # Cancel: the form is usable again at once, and the abandoned attempt stays dropped.
    _type(qtbot, dialog, SUPERVISOR, SUPERVISOR_PW)
    assert dialog.cancel.isVisible() and not dialog.button.isEnabled()
    qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)
    assert dialog.button.isEnabled() and not dialog.cancel.isVisible()
    assert "cancelled" in dialog.message.text()

    # Twice more: each abandoned attempt still waits on the hung central (4 s), on a
    # pool thread; the next attempt must not queue behind them (a pool sized by the CPU
    # count, two threads on CI, made it wait 8 s).
    for _ in range(2):
        _type(qtbot, dialog, SUPERVISOR, SUPERVISOR_PW)
        qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)

    # A first login on this workstation while the central hangs: what to do, once the
    # read timeout (4 s) has passed.
    t0 = time.monotonic()
    _type(qtbot, dialog, "newcomer", "Wh0ever!pass")
    qtbot.waitUntil(lambda: "first login" in dialog.message.text(), timeout=15000)
    assert time.monotonic() - t0 < 6.5
    assert "ask a supervisor" in dialog.message.text() and ws.window is None

    # The officer logged in here before: offline slot, usable window within 6 s.
    t0 = time.monotonic()
    _type(qtbot, dialog, SUPERVISOR, SUPERVISOR_PW)
    qtbot.waitUntil(lambda: ws.window is not None and ws.window.isVisible(), timeout=6000)
    took = time.monotonic() - t0
    assert took < 6.0
    print(f"hung central: usable window after {took:.1f} s (offline slot)")
    window = ws.window
    qtbot.addWidget(window)
    assert "did not answer" in window.login_notice
    assert window.login_notice in window.status.currentMessage()
    assert window.inspection.mrz.isEnabled()
    qtbot.waitUntil(lambda: window.status.status is not None, timeout=10000)
    # Only the CLI login went online before the outage: no heartbeat ever measured.
    assert window.status.connectivity.text() == "Offline · never in contact"
    window.stop_background()
    QThreadPool.globalInstance().waitForDone(10000)
    window.session.close()


@pytest.mark.slow
def test_window_heartbeat_sync_now_and_the_scheduler_lock(qtbot, enrolled, english):
    from desktop.inspection import service
    from desktop.inspection.rules import Decision
    from desktop.inspection.traveller import Traveller
    from sync.service import SchedulerLock
    from ui.app import gui_login
    from ui.main_window import MainWindow

    central, profile = enrolled
    session = gui_login(profile, SUPERVISOR, SUPERVISOR_PW, purpose="test")
    # While `sync --daemon` holds the scheduler lock, the window leaves syncing to it...
    daemon = SchedulerLock(profile.root, "daemon")
    assert daemon.acquire()
    window = MainWindow(session, start_sync=True)
    qtbot.addWidget(window)
    window.show()
    assert window.sync is not None and not window.sync.running
    assert "background sync service" in window.status.currentMessage()
    # ...and takes over when the daemon stops (its retry timer; called at once here).
    daemon.release()
    window.sync.start()
    assert window.sync.running
    bar = window.status
    # The window's heartbeat (QtScheduler) measures the central: online, with contact.
    qtbot.waitUntil(
        lambda: bar.connectivity.text().startswith("Online · last contact"), timeout=20000
    )
    assert bar.connectivity_badge.state == "online" and not bar.sync_now.isHidden()
    # The window holds the scheduler lock: a daemon would wait.
    assert not daemon.acquire()
    # Sync now sends a record at once.
    lin = Traveller(
        document_code="P",
        issuing_state="TWN",
        document_number="N1",
        surname="LIN",
        given_names="AN",
        nationality="TWN",
        birth_date="1980-01-01",
        sex="F",
        valid=True,
    )
    service.decide(session, service.Screening(lin, "entry"), Decision("entry", "admit"))
    qtbot.mouseClick(bar.sync_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Synchronised" in bar.currentMessage(), timeout=20000)
    assert bar.sync_now.isEnabled()
    assert len(central.records()) == 1
    window.stop_background()
    QThreadPool.globalInstance().waitForDone(10000)
    assert daemon.acquire()  # released when the window stops syncing
    daemon.release()
    session.close()


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_status_bar_states_have_colour_icon_and_words(qtbot, profile, qapp, lang):
    from desktop import officers
    from ui import i18n
    from ui.operations import Operations
    from ui.status_bar import STATE_COLOURS, StatusBar

    i18n.set_language(lang)
    with officers.unlock(profile, "chen", "officer-pass") as session:
        bar = StatusBar(Operations(session), can_sync=True)
        qtbot.addWidget(bar)
        bar.timer.stop()
        qtbot.waitUntil(lambda: bar.status is not None, timeout=10000)
        texts, icons = set(), {}
        for state, mode, contact in (
            ("online", "normal", 3),
            ("degraded", "normal", 40),
            ("offline", "normal", 400),
            ("offline", "emergency", None),
        ):
            bar.status = dict(bar.status, connectivity=state, mode=mode, last_contact_s=contact)
            bar.render()
            badge = bar.connectivity_badge
            assert badge.state == state and STATE_COLOURS[state][0] in badge.styleSheet()
            texts.add(bar.connectivity.text().split(" · ")[0])
            icons[state] = badge.icon.pixmap().toImage()
            assert (bar.mode_badge.state == "emergency") == (mode == "emergency")
        # Words and shapes differ, not colour only.
        assert len(texts) == 3
        assert icons["online"] != icons["degraded"] != icons["offline"] != icons["online"]
        assert bar.mode_badge.icon.pixmap().toImage() != icons["offline"]
        assert not bar.sync_now.isHidden()
        # Progress of a large push (records) or pull (chunks), hidden when done.
        bar.show_progress("push", 500, 2000)
        assert not bar.transfer.isHidden() and bar.transfer.text().endswith("500/2000")
        bar.show_progress("persons", 3, 10)
        assert bar.transfer.text().endswith("3/10") and "persons" in bar.transfer.text()
        bar.show_progress("persons", 10, 10)
        assert bar.transfer.isHidden()
        QThreadPool.globalInstance().waitForDone(10000)
    i18n.set_language("en")
