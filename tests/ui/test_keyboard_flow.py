"""Issue 15, keyboard flow at the counter (offscreen, real store, the demo lists):
reasons numbered 1-9 with the hits' suggestion selected, digits left to the text fields,
the direction large with the counter's default and F2 for one traveller only, and an MRZ
judged only once the reader has finished."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.inspection import counter as counter_settings
from local_store import journal
from tests.ui.conftest import travellers
from ui import colours, i18n
from ui.main_window import MainWindow

EXIT_BAN = "exit ban (only on exit)"
STOLEN = "stolen document"
CLEAN = "clean traveller"


def open_counter(qtbot, counter, **settings: str) -> MainWindow:
    """chen's window on a counter whose settings (`config set`) are `settings`."""
    first = counter("chen", "officer-pass")
    for name, value in settings.items():
        counter_settings.put(first.session.store, "sup", name.replace("_", "-"), value)
    first.close()
    window = MainWindow(first.session, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    panel = window.inspection
    want = settings.get("default_direction", "entry")
    qtbot.waitUntil(
        lambda: panel.reason.count() > 1 and panel.default_direction == want, timeout=15000
    )
    return window


def type_mrz(qtbot, window: MainWindow, label: str) -> None:
    """The traveller's MRZ as the reader gives it; the direction is left as it is."""
    panel = window.inspection
    panel.mrz.setPlainText("\n".join(travellers()[label][1]))
    qtbot.waitUntil(lambda: panel.screening is not None, timeout=15000)


def records(window: MainWindow) -> list[dict]:
    with window.session.store.read() as c:
        return [e.record for e in journal.pending(c)]


def test_f11_lists_the_reasons_numbered_with_the_exit_ban_selected(qtbot, counter):
    window = open_counter(qtbot, counter, default_direction="exit")
    panel = window.inspection
    type_mrz(qtbot, window, EXIT_BAN)
    assert panel.direction == "exit" and panel.screening.direction == "exit"
    assert any(h.dataset == "exit_bans" for h in panel.screening.hits)
    assert panel.reason.currentData() == "EXIT_BAN"  # preselected from the hits
    assert panel.reason.currentText() == "4 exit ban (suggested)"
    qtbot.keyClick(panel.mrz, Qt.Key.Key_F11)
    assert panel.pending == "refuse" and panel.reason_choices.isVisible()
    shown = [panel.reason_choices.item(i).text() for i in range(panel.reason_choices.count())]
    assert shown == ["1 watchlist hit", "2 document invalid", "3 no valid entry permit",
                     "4 exit ban (suggested)", "5 chip check failed",
                     "6 officer's discretion"]  # fmt: skip
    assert panel.reason_choices.currentItem().text().startswith("4 exit ban")
    assert panel.reason_choices.hasFocus()
    qtbot.keyClick(panel.reason_choices, Qt.Key.Key_Escape)  # back: nothing recorded
    assert panel.pending is None and not panel.reason_choices.isVisible()
    assert panel.screening is not None and panel.mrz.hasFocus() and records(window) == []
    qtbot.keyClick(panel.mrz, Qt.Key.Key_F11)
    qtbot.keyClick(panel.reason_choices, Qt.Key.Key_1)  # one key: refused, watchlist hit
    qtbot.waitUntil(lambda: "Recorded No. 1: refused." in panel.message.text(), timeout=15000)
    (rec,) = records(window)
    assert (rec["decision"], rec["reason"], rec["direction"]) == ("refuse", "WATCHLIST_HIT", "exit")
    assert panel.reason.currentIndex() == 0 and panel.mrz.hasFocus()


def test_enter_records_with_the_suggested_reason(qtbot, counter):
    window = open_counter(qtbot, counter)
    panel = window.inspection
    type_mrz(qtbot, window, STOLEN)
    assert panel.reason.currentData() == "DOCUMENT_INVALID"  # a stolen document
    qtbot.mouseClick(panel.refuse, Qt.MouseButton.LeftButton)
    qtbot.keyClick(panel.reason_choices, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Recorded No. 1: refused." in panel.message.text(), timeout=15000)
    assert records(window)[0]["reason"] == "DOCUMENT_INVALID"


def test_a_referral_may_have_no_reason_and_a_chosen_reason_needs_no_list(qtbot, counter):
    window = open_counter(qtbot, counter)
    panel = window.inspection
    type_mrz(qtbot, window, CLEAN)
    assert panel.reason.currentIndex() == 0  # nothing to suggest
    qtbot.keyClick(panel.mrz, Qt.Key.Key_F10)
    assert panel.reason_choices.item(0).text() == "0 (no reason)"
    qtbot.keyClick(panel.reason_choices, Qt.Key.Key_0)
    qtbot.waitUntil(lambda: "Recorded No. 1: referred." in panel.message.text(), timeout=15000)
    assert records(window)[0]["reason"] is None
    # A reason picked beforehand (a digit outside the text fields): F11 records at once.
    type_mrz(qtbot, window, CLEAN)
    panel.admit.setFocus()
    qtbot.keyClick(panel.admit, Qt.Key.Key_6)
    assert panel.reason.currentData() == "OFFICER_DISCRETION"
    qtbot.keyClick(panel.admit, Qt.Key.Key_F11)
    assert panel.pending is None
    qtbot.waitUntil(lambda: "Recorded No. 2: refused." in panel.message.text(), timeout=15000)
    assert records(window)[1]["reason"] == "OFFICER_DISCRETION"


def test_digits_typed_into_the_mrz_and_the_note_stay_there(qtbot, counter):
    window = open_counter(qtbot, counter)
    panel = window.inspection
    type_mrz(qtbot, window, CLEAN)
    panel.mrz.setFocus()
    before = panel.mrz.toPlainText()
    qtbot.keyClick(panel.mrz, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.mrz, Qt.Key.Key_3)
    assert panel.mrz.toPlainText() == before + "3" and panel.reason.currentIndex() == 0
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, "gate 12")
    assert panel.note.text() == "gate 12" and panel.reason.currentIndex() == 0
    assert not panel.reason_chosen


def test_the_direction_is_large_and_f2_holds_for_one_traveller(qtbot, counter):
    """The counter serves exit: F2 switches one traveller to entry; the next traveller
    is on exit again, so an exit ban is found (it was missed with the radio remembered)."""
    window = open_counter(qtbot, counter, default_direction="exit")
    panel = window.inspection
    assert panel.direction == "exit" and panel.direction_label.text() == "EXIT"
    assert panel.direction_label.styleSheet().startswith(colours.DIRECTION["exit"].sheet())
    assert panel.direction_label.font().pointSize() >= 18
    type_mrz(qtbot, window, CLEAN)
    qtbot.keyClick(panel.mrz, Qt.Key.Key_F2)
    qtbot.waitUntil(
        lambda: panel.screening is not None and panel.screening.direction == "entry", timeout=15000
    )
    assert panel.direction_label.text() == "ENTRY"
    assert panel.direction_hint.text().startswith("Switched for this traveller only: back to exit")
    qtbot.keyClick(panel.mrz, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: "Recorded No. 1" in panel.message.text(), timeout=15000)
    assert records(window)[0]["direction"] == "entry"
    assert panel.direction == "exit" and panel.direction_label.text() == "EXIT"
    type_mrz(qtbot, window, EXIT_BAN)
    assert [h.dataset for h in panel.screening.hits] == ["exit_bans"]
    # Esc (no decision) also ends the switch.
    qtbot.keyClick(panel.mrz, Qt.Key.Key_F2)
    assert panel.direction == "entry"
    qtbot.keyClick(panel.mrz, Qt.Key.Key_Escape)
    assert panel.direction == "exit" and panel.mrz.toPlainText() == ""
    i18n.set_language("zh_TW")
    try:
        qtbot.waitUntil(lambda: panel.direction_label.text() == "出境", timeout=5000)
        assert panel.direction_hint.text() == "本櫃檯的查驗方向。按 F2 僅切換一位旅客。"
    finally:
        i18n.set_language("en")


def test_an_unfinished_mrz_is_not_called_invalid_while_the_reader_types(qtbot, counter):
    window = open_counter(qtbot, counter)
    panel = window.inspection
    first, second = travellers()[CLEAN][1]
    panel.mrz.setFocus()
    qtbot.keyClicks(panel.mrz, first[:30])  # a wedge in the middle of line 1
    assert panel.view.verdict.text() == "Reading the MRZ…"
    qtbot.keyClicks(panel.mrz, first[30:])
    qtbot.keyClick(panel.mrz, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.mrz, second[:20])
    assert "NOT valid" not in panel.view.verdict.text()
    qtbot.keyClicks(panel.mrz, second[20:])  # the last line at its full length: valid
    assert panel.view.verdict.text().startswith("MRZ valid")
    qtbot.waitUntil(lambda: panel.screening is not None, timeout=15000)
    # A pause without the rest: now it is invalid.
    panel.next_traveller()
    qtbot.keyClicks(panel.mrz, first[:25])
    assert panel.view.verdict.text() == "Reading the MRZ…"
    qtbot.waitUntil(lambda: panel.view.verdict.text().startswith("MRZ NOT valid"), timeout=3000)
    # A complete MRZ whose check digit fails is judged at once.
    bad = second[:9] + ("1" if second[9] != "1" else "2") + second[10:]
    panel.mrz.setPlainText(first + "\n" + bad)
    assert panel.view.verdict.text().startswith("MRZ NOT valid")
    qtbot.waitUntil(lambda: panel.screening is not None, timeout=15000)  # none left running


def test_the_reasons_and_the_direction_read_in_chinese(qtbot, counter):
    from tests.ui.test_zh_visible_texts import ALLOWED, english, visible_texts

    window = open_counter(qtbot, counter, default_direction="exit")
    panel = window.inspection
    i18n.set_language("zh_TW")
    try:
        type_mrz(qtbot, window, EXIT_BAN)
        qtbot.keyClick(panel.mrz, Qt.Key.Key_F11)
        qtbot.waitUntil(lambda: panel.direction_label.text() == "出境", timeout=5000)
        assert panel.reason_choices.currentItem().text() == "4 限制出境（建議）"
        assert panel.reason_prompt.text().startswith("不准通關：原因？按 1-9")
        doc = panel.view.document
        data = {
            doc.surname,
            *doc.given_names.split(),
            doc.document_number,
            doc.issuing_state,
            doc.nationality,
            doc.format,
            doc.document_code,
            "EB",
            "Enter",
            "Esc",
            "unpaid",
            "taxes",
        }  # the ban's reason as the list gives it: data
        left = [w for w in english(visible_texts(panel)) if w not in data | ALLOWED]
        assert left == [], [t for t in visible_texts(panel) if any(w in t for w in left)]
    finally:
        i18n.set_language("en")


def test_a_new_document_drops_the_reason_picked_for_the_last(qtbot, counter):
    window = open_counter(qtbot, counter)
    panel = window.inspection
    type_mrz(qtbot, window, CLEAN)
    panel.admit.setFocus()
    qtbot.keyClick(panel.admit, Qt.Key.Key_5)
    assert panel.reason.currentData() == "CHIP_FAILED" and panel.reason_chosen
    type_mrz(qtbot, window, STOLEN)  # read over the last one, without a decision
    assert panel.reason.currentData() == "DOCUMENT_INVALID" and not panel.reason_chosen


def _slow_decisions(monkeypatch, seconds: float = 0.6) -> None:
    """The record takes a while to be written (a loaded machine): keys pressed meanwhile."""
    import time

    from desktop.inspection import service

    real = service.decide

    def slow(*args, **kwargs):
        time.sleep(seconds)
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "decide", slow)


def test_a_second_decision_while_the_first_is_written_records_nothing(qtbot, counter, monkeypatch):
    _slow_decisions(monkeypatch)
    window = open_counter(qtbot, counter)
    panel = window.inspection
    type_mrz(qtbot, window, CLEAN)
    qtbot.keyClick(panel.mrz, Qt.Key.Key_F9)
    qtbot.keyClick(panel.mrz, Qt.Key.Key_F11)  # before the admit is written
    qtbot.keyClick(panel, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: "Recorded No. 1: admitted." in panel.message.text(), timeout=15000)
    qtbot.wait(800)
    assert [(r["decision"], r["reason"]) for r in records(window)] == [("admit", None)]


def test_the_next_traveller_scanned_before_the_record_returns_stays(qtbot, counter, monkeypatch):
    _slow_decisions(monkeypatch)
    window = open_counter(qtbot, counter)
    panel = window.inspection
    type_mrz(qtbot, window, CLEAN)
    qtbot.keyClick(panel.mrz, Qt.Key.Key_F9)
    panel.mrz.setPlainText("\n".join(travellers()[STOLEN][1]))  # the next one, at once
    qtbot.waitUntil(lambda: "Previous traveller" in panel.message.text(), timeout=15000)
    assert "Recorded No. 1: admitted." in panel.message.text()
    assert panel.mrz.toPlainText() == "\n".join(travellers()[STOLEN][1])  # still there
    qtbot.waitUntil(lambda: panel.screening is not None and panel.admit.isEnabled(), timeout=15000)
    assert panel.screening.traveller.document_number == "X3309821"
    assert len(records(window)) == 1


def test_f2_ends_when_the_next_traveller_is_scanned_without_a_decision(qtbot, counter):
    window = open_counter(qtbot, counter)
    panel = window.inspection
    type_mrz(qtbot, window, CLEAN)
    qtbot.keyClick(panel.mrz, Qt.Key.Key_F2)
    qtbot.waitUntil(
        lambda: panel.screening is not None and panel.screening.direction == "exit", timeout=15000
    )
    # The same traveller typed again keeps the switch; another one does not.
    type_mrz(qtbot, window, CLEAN)
    assert panel.direction == "exit"
    type_mrz(qtbot, window, STOLEN)
    assert panel.direction == "entry" and panel.screening.direction == "entry"


def test_an_admit_records_no_refusal_reason(qtbot, counter):
    window = open_counter(qtbot, counter)
    panel = window.inspection
    type_mrz(qtbot, window, "valid entry permit")
    panel.reason.setCurrentIndex(1)  # a reason in the combo (suggested or picked)
    qtbot.keyClick(panel.mrz, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: records(window) != [], timeout=15000)
    (rec,) = records(window)
    assert rec["decision"] == "admit" and rec["reason"] is None


def test_refuse_then_refer_keeps_the_selected_reason(qtbot, counter):
    window = open_counter(qtbot, counter)
    panel = window.inspection
    type_mrz(qtbot, window, STOLEN)
    qtbot.keyClick(panel.mrz, Qt.Key.Key_F11)
    before = panel.reason_choices.currentItem().data(Qt.ItemDataRole.UserRole)
    assert before == "DOCUMENT_INVALID"
    qtbot.keyClick(panel.reason_choices, Qt.Key.Key_F10)
    assert panel.pending == "refer"
    assert panel.reason_choices.currentItem().data(Qt.ItemDataRole.UserRole) == before
