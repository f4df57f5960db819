"""In Traditional Chinese, what an officer reads after login failures, a lockout, in the
records, the alerts and the supervisor console holds no untranslated English: the visible
texts of every widget are collected after driving each flow, and any ASCII word outside
an allow-list of data (names, numbers) and codes fails. Times are the workstation's local
time (here TZ=Asia/Taipei), while the records keep UTC."""

from __future__ import annotations

import datetime as dt
import re
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

from desktop import officers
from desktop.inspection import emergency, service
from desktop.inspection.rules import Decision
from desktop.inspection.traveller import Traveller
from local_store.schema import sync_alerts
from tests.ui.test_outage_login import enrolled  # noqa: F401 (fixture)
from ui import i18n
from ui.operations import Change, Operations

# Codes and data an officer reads as they are (document and officer names, states).
ALLOWED = {"MRZ", "F12", "TWN", "LIN", "AN", "WANG", "WEI", "inst", "chen", "sup", "UTC",
           "P1", "EB7"}  # fmt: skip
TAIPEI = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture
def chinese(qapp):
    i18n.set_language("zh_TW")
    yield
    i18n.set_language("en")


def visible_texts(root: QWidget) -> list[str]:
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        if isinstance(w, QLineEdit):
            out += [w.text(), w.placeholderText()]
        if isinstance(w, QGroupBox):
            out.append(w.title())
        if isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                h = w.horizontalHeaderItem(c)
                out.append(h.text() if h else "")
                for r in range(w.rowCount()):
                    item = w.item(r, c)
                    out.append(item.text() if item else "")
        if isinstance(w, QTreeWidget):
            stack = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
            while stack:
                item = stack.pop()
                out.append(item.text(0))
                stack += [item.child(i) for i in range(item.childCount())]
    return [t for t in out if t]


def english(texts: list[str]) -> list[str]:
    """ASCII words (letters only) that are not data or codes."""
    words = re.findall(r"(?<![\w-])[A-Za-z]{2,}(?![\w-])", "\n".join(texts))
    return sorted({w for w in words if w not in ALLOWED})


def _type(qtbot, dialog, user: str, password: str) -> str:
    before = dialog._attempt
    dialog.user.setText(user)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.button.isEnabled() and dialog._attempt > before,
                    timeout=20000)  # fmt: skip
    return dialog.message.text()


def test_login_failures_and_lockout_in_chinese(qtbot, chinese, taipei, profile):
    from ui.app import gui_login
    from ui.login import LoginDialog

    dialog = LoginDialog(profile, gui_login, "zh_TW")
    qtbot.addWidget(dialog)
    dialog.show()
    said = [_type(qtbot, dialog, "chen", "wrong-password") for _ in range(5)]
    assert said[0] == "帳號不存在或密碼錯誤。", said
    # the fifth failure locks the slot: the lockout, in Chinese, with the local time
    assert "鎖定" in said[-1] and re.search(r"\d\d:\d\d", said[-1]), said[-1]
    assert english(visible_texts(dialog)) == []
    assert english(said) == []


def test_records_alerts_and_console_in_chinese(qtbot, chinese, taipei, profile):
    from ui.records_view import RecordsView
    from ui.supervisor_panel import SupervisorPanel

    for _ in range(5):  # lock chen out (shown in the console)
        with pytest.raises(officers.AccessDenied):
            officers.unlock(profile, "chen", "wrong-password")
    session = officers.unlock(profile, "inst", "install-pass")
    try:
        doc = {"document_code": "P", "issuing_state": "TWN", "document_number": "N1",
               "surname": "LIN", "given_names": "AN", "nationality": "TWN",
               "birth_date": "1980-01-01", "sex": "F", "valid": True}  # fmt: skip

        def record(direction: str, decision: str, reason: str | None = None) -> dict:
            screened = service.Screening(Traveller(**doc), direction)
            decided = Decision(direction, decision, reason)
            return service.record(
                session.store,
                officer="inst",
                role="installer",
                screening=screened,
                decision=decided,
            ).to_json()

        records = [record("exit", "refer"), record("entry", "refuse", "WATCHLIST_HIT")]
        emergency.declare(session.store, "inst", "中央系統中斷")
        raised = "2026-12-04T17:30:00+00:00"
        with session.store.write() as c:
            c.execute(sync_alerts.insert().values(
                uuid=str(uuid.UUID(int=12345)), record_uuid=records[0]["uuid"],
                dataset="exit_bans", key="EB7", action="deny_exit", raised_at=raised,
                received_at=raised, acknowledged=False))  # fmt: skip

        view = RecordsView(Operations(session))
        qtbot.addWidget(view)
        view.show()
        table = view.table
        qtbot.waitUntil(lambda: table.rowCount() == 3, timeout=10000)
        rows = [[table.item(r, c).text() if table.item(r, c) else ""
                 for c in range(table.columnCount())]
                for r in range(table.rowCount())]  # fmt: skip
        texts = visible_texts(view)
        assert english(texts) == [], texts
        # local time (UTC+8), as Taiwan writes dates; the record keeps UTC
        by_seq = {r[0]: r for r in rows}
        for rec, shown in (
            (records[0], ["出境", "移送二線", ""]),
            (records[1], ["入境", "不准通關", term_zh("reason", "WATCHLIST_HIT")]),
        ):
            row = by_seq[str(rec["seq"])]
            at = dt.datetime.fromisoformat(rec["recorded_at"])
            assert at.utcoffset() == dt.timedelta(0)
            assert row[1] == at.astimezone(TAIPEI).strftime("%Y/%m/%d %H:%M:%S"), row
            assert row[2:5] == shown, row
            # document, name, officer, no override, mode (not reached the central), waiting
            assert row[5:] == ["N1", "LIN AN", "inst", "", "離線", "待傳送"], row
        assert [r[0] for r in rows] == ["3", "2", "1"]  # newest first
        declared = rows[0]  # the emergency declaration, as such
        assert declared[2] == "inst 宣告緊急作業模式：中央系統中斷", declared
        assert table.columnSpan(0, 2) == table.columnCount() - 3  # across to the mode
        assert declared[-1] == "待傳送"

        panel = SupervisorPanel(Operations(session))
        qtbot.addWidget(panel)
        panel.show()
        qtbot.waitUntil(lambda: panel.state is not None and panel.alerts.rowCount() == 1,
                        timeout=10000)  # fmt: skip
        alert = [panel.alerts.item(0, c).text() for c in range(panel.alerts.columnCount())]
        assert alert[0] == "2026/12/05 01:30", alert  # 17:30 UTC is 01:30 next day in Taipei
        at = dt.datetime.fromisoformat(records[0]["recorded_at"]).astimezone(TAIPEI)
        assert alert[1:4] == [
            "LIN AN",
            "N1",
            f"序號 {records[0]['seq']}，{at:%Y/%m/%d %H:%M}：移送二線",
        ], alert
        assert alert[4] == term_zh("dataset", "exit_bans") + "：EB7", alert
        assert alert[5:] == ["限制出境", "新警示"], alert
        locked = [panel.locked.item(0, c).text() for c in range(3)]
        assert locked[:2] == ["chen", "查驗員"] and locked[2].startswith(
            dt.datetime.now(TAIPEI).strftime("%Y/%m/%d")[:8]
        ), locked
        assert "+00:00" not in panel.emergency_state.text()
        # an officer-management refusal, in Chinese (an installer cannot unlock an installer)
        panel._run(officers.unlock_officer, "inst", changes=Change.OFFICERS, done="")
        qtbot.waitUntil(lambda: panel.message.text() != "", timeout=10000)
        texts = visible_texts(panel)
        assert english(texts) == [], texts
    finally:
        session.close()


def term_zh(kind: str, value: str) -> str:
    from ui.glossary import term

    return term(kind, value)


def test_f12_refusals_in_chinese(qtbot, chinese, profile):
    """The F12 dialog's refusals (an officer is no supervisor; a wrong password)."""
    from ui.supervisor_auth import SupervisorAuthDialog

    session = officers.unlock(profile, "chen", "officer-pass")
    try:
        dialog = SupervisorAuthDialog(session)
        qtbot.addWidget(dialog)
        dialog.show()
        said = []
        for user, password in (("chen", "officer-pass"), ("inst", "wrong-password")):
            dialog.message.setText("")
            dialog.user.setText(user)
            dialog.password.setText(password)
            dialog.attempt()
            qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10000)
            said.append(dialog.message.text())
            assert english(visible_texts(dialog)) == [], visible_texts(dialog)
        assert said == ["chen 不是在職督導：無法解除命中", "帳號不存在或密碼錯誤"], said
    finally:
        session.close()


@pytest.mark.slow
def test_lockout_while_the_central_is_down_says_locked(qtbot, chinese, enrolled):  # noqa: F811
    """Enrolled, central down: wrong passwords say so (and why offline), and the lockout
    says locked until when, not "first login must be online"."""
    from tests.sync.harness import SUPERVISOR
    from ui.app import gui_login
    from ui.login import LoginDialog

    central, profile = enrolled
    central.stop()
    dialog = LoginDialog(profile, gui_login, "zh_TW")
    qtbot.addWidget(dialog)
    dialog.show()
    said = [_type(qtbot, dialog, SUPERVISOR, "wrong-password") for _ in range(5)]
    assert all("密碼" in s for s in said[:4]), said
    assert "鎖定至" in said[4] and "首次登入" not in said[4], said
    assert english(said) == [], said


@pytest.mark.slow
def test_online_refusals_in_chinese(qtbot, chinese, enrolled):  # noqa: F811
    """Central up: its refusal of a password is shown in the officer's language, not as
    the central's English detail (its lockout is mapped the same way)."""
    from ui.app import gui_login
    from ui.login import LoginDialog

    _central, profile = enrolled
    dialog = LoginDialog(profile, gui_login, "zh_TW")
    qtbot.addWidget(dialog)
    dialog.show()
    said = [_type(qtbot, dialog, "nobody-here", "wrong-password")]
    assert said[0] == "帳號不存在或密碼錯誤（由中央系統查核）", said
    assert english(visible_texts(dialog)) == [], visible_texts(dialog)
    assert english(said) == [], said
