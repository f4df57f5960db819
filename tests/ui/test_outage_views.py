"""The supervisor's outage views offscreen on the real store: the stale-list policy in
the inspection screen, the suggested-emergency banner, a report exported as PDF (read
back with pypdf) and CSV (counts against the journal's own rows)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import unicodedata

import pypdf
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.inspection import emergency, stale_policy
from local_store import journal, settings
from local_store.schema import journal as journal_table
from sync import clock, connectivity
from tests.ui.conftest import travellers
from tests.ui.test_inspection_flow import records, scan

REFER_FOREIGN = {"max_age_s": 3600, "action": "refer", "categories": ["foreign"]}


def test_stale_list_policy_refers_a_foreign_traveller_and_says_why(qtbot, counter):
    window = counter("chen", "officer-pass")
    store = window.session.store
    # An outage: a supervisor tightens the persons-list policy on this workstation.
    stale_policy.set_local(store, "sup", "stale.persons", REFER_FOREIGN, "central down")
    label = next(k for k in travellers() if k.startswith("valid entry permit"))  # VNM
    scan(qtbot, window, label)
    panel = window.inspection
    notice = panel.policy.text()
    assert panel.policy.isVisible()
    assert notice.startswith("STALE-LIST POLICY: refer this traveller")
    assert "persons of interest list: never confirmed by the central" in notice
    assert "refer to a second-line check (foreign national)" in notice
    assert panel.override.isEnabled()  # a supervisor may still admit
    qtbot.mouseClick(panel.admit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "stale-list policy" in panel.message.text(), timeout=15000)
    assert records(window) == []
    qtbot.mouseClick(panel.refer, Qt.MouseButton.LeftButton)  # the reasons: none suggested
    qtbot.keyClick(panel.reason_choices, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Recorded No. 1: referred." in panel.message.text(), timeout=15000)
    (rec,) = records(window)
    assert rec["decision"] == "refer" and rec["stale_policy"]["action"] == "refer"
    assert rec["reason"] is None
    assert {
        "dataset": "persons",
        "why": "never_confirmed",
        "action": "refer",
        "applies": True,
    } in rec["stale_policy"]["stale"]


def test_home_national_is_only_warned(qtbot, counter):
    window = counter("chen", "officer-pass")
    stale_policy.set_local(window.session.store, "sup", "stale.persons", REFER_FOREIGN, "outage")
    scan(qtbot, window, next(k for k in travellers() if k.startswith("clean traveller")))  # TWN
    notice = window.inspection.policy.text()
    assert notice.startswith("Stale-list policy: the officer is warned.")
    assert "refer only: foreign national" in notice


def _offline_since(store, minutes: float) -> None:
    """Enrolled, last answer from the central `minutes` ago, offline since."""
    last = (clock.now() - dt.timedelta(minutes=minutes)).isoformat()
    with store.write() as c:
        settings.put(c, "sync.enrollment", {"central": "http://127.0.0.1:9"})
        settings.put(
            c, connectivity.KEY, {"state": "offline", "since": last, "failures": 9, "last_ok": last}
        )


def test_suggested_emergency_banner_declares_with_a_reason(qtbot, counter):
    officer = counter("chen", "officer-pass")
    _offline_since(officer.session.store, 7)
    window = counter("sup", "super-pass")
    banner = window.emergency_banner
    qtbot.waitUntil(banner.isVisible, timeout=10000)
    assert "has not answered for 7 min (limit 5 min)" in banner.text.text()
    officer.emergency_banner.refresh()
    qtbot.wait(300)
    assert not officer.emergency_banner.isVisible()  # officers are not offered it
    qtbot.mouseClick(banner.declare, Qt.MouseButton.LeftButton)
    assert banner.message.text() == "Say why first."
    banner.reason.setText("central down since 05:00")
    qtbot.mouseClick(banner.declare, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10000)
    with window.session.store.read() as c:
        state = emergency.status(c)
        replica = {ds: r["version"] for ds, r in emergency.replica_in_force(c).items()}
    assert state["active"] and state["declared_by"] == "sup"
    assert state["reason"] == "central down since 05:00"
    # The versions in force at the declaration, with their ages then.
    assert {ds: r["version"] for ds, r in state["replica"].items()} == replica
    assert set(replica) == {"persons", "documents", "exit_bans", "entry_permits"}
    assert all(r["age_s"] is not None and r["stale"] for r in state["replica"].values())


def test_banner_waits_for_the_threshold(qtbot, counter):
    window = counter("sup", "super-pass")
    _offline_since(window.session.store, 2)
    window.emergency_banner.refresh()
    qtbot.wait(500)
    assert not window.emergency_banner.isVisible()


def _journal_counts(store, since, until):
    """Counted from the journal's rows directly (not through desktop.reports)."""
    out = {("decision", d): 0 for d in ("admit", "refer", "refuse")}
    out |= {("direction", d): 0 for d in ("entry", "exit")}
    out[("total", "records")] = 0
    with store.read() as c:
        for r in c.execute(select(journal_table).where(journal_table.c.kind == "inspection")):
            at = dt.datetime.fromisoformat(r.recorded_at)
            if since <= at < until:
                rec = json.loads(r.record)
                for key in (
                    ("decision", rec["decision"]),
                    ("direction", rec["direction"]),
                    ("total", "records"),
                ):
                    out[key] += 1
    return out


def test_report_in_the_window_exported_as_pdf_and_csv(qtbot, counter, tmp_path):
    window = counter("sup", "super-pass")
    panel = window.inspection
    for label, decision, reason in (
        ("clean traveller", "F9", None),
        ("stolen document", "F10", "WATCHLIST_HIT"),
        ("clean traveller", "F11", "OFFICER_DISCRETION"),
    ):
        scan(qtbot, window, next(k for k in travellers() if k.startswith(label)))
        if reason:
            panel.reason.setCurrentIndex(panel.reason.findData(reason))
        n = len(records(window))
        window.activateWindow()
        qtbot.keyClick(panel.mrz, getattr(Qt.Key, f"Key_{decision}"))
        qtbot.waitUntil(lambda n=n: f"Recorded No. {n + 1}:" in panel.message.text(), timeout=15000)
    reports = window.reports
    window.tabs.setCurrentWidget(reports)
    now = clock.now()
    since, until = now - dt.timedelta(hours=3), now + dt.timedelta(hours=1)
    reports.set_period(since, until)
    qtbot.mouseClick(reports.build, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reports.report is not None, timeout=15000)
    assert reports.summary.text().splitlines()[1] == (
        "Records: 3 (admitted 1, referred 1, refused 1)"
    )
    assert reports.chart.grab().width() > 0
    pdf, csv_path = tmp_path / "shift.pdf", tmp_path / "shift.csv"
    reports.export_pdf(str(pdf))
    qtbot.waitUntil(lambda: "Wrote" in reports.message.text(), timeout=20000)
    reports.export_csv(str(csv_path))
    qtbot.waitUntil(lambda: str(csv_path) in reports.message.text(), timeout=20000)

    reader = pypdf.PdfReader(pdf)
    assert len(reader.pages) == 1
    words = " ".join(unicodedata.normalize("NFKC", reader.pages[0].extract_text()).split())
    assert "Shift report" in words and "Records: 3 (admitted 1, referred 1, refused 1)" in words
    assert "Records with hits documents high 1 1 Supervisor overrides: 0" in words
    assert "entry 1 1 1 3 exit 0 0 0 0" in words
    assert "HUANG" not in words  # no traveller names in a report

    # The report was built with whole seconds (the date editors): count the same window.
    s = dt.datetime.fromisoformat(reports.report["since"])
    u = dt.datetime.fromisoformat(reports.report["until"])
    want = _journal_counts(window.session.store, s, u)
    rows = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8"))))
    got = {
        (r["section"], r["key"]): int(r["value"])
        for r in rows
        if r["section"] in ("decision", "total")
        or (r["section"] == "direction" and r["subkey"] == "total")
    }
    assert got == want and want[("total", "records")] == 3

    log = window.emergency_log
    window.tabs.setCurrentWidget(log)
    log.kind.setCurrentIndex(log.kind.findData("export"))
    qtbot.waitUntil(lambda: log.table.rowCount() == 2, timeout=10000)
    assert log.table.item(0, 3).text().startswith("report exported: ")
    with window.session.store.read() as c:
        assert journal.counts(c)["pending"] == 3


def test_supervisor_changes_the_policy_locally_during_an_outage(qtbot, counter):
    window = counter("sup", "super-pass")
    editor = window.policy
    window.tabs.setCurrentWidget(editor)
    qtbot.waitUntil(lambda: "stale.persons" in editor.policy, timeout=10000)
    editor.list.setCurrentIndex(editor.list.findData("persons"))
    editor.action.setCurrentIndex(editor.action.findData("refer"))
    editor.hours.setValue(2)
    editor.categories["foreign"].setChecked(True)
    qtbot.mouseClick(editor.apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "--reason" in editor.message.text(), timeout=10000)
    editor.reason.setText("central down")
    qtbot.mouseClick(editor.apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.policy["stale.persons"]["source"] == "local", timeout=10000)
    assert editor.policy["stale.persons"]["value"] == {
        "max_age_s": 7200,
        "action": "refer",
        "categories": ["foreign"],
    }
    row = next(
        i
        for i in range(editor.table.rowCount())
        if editor.table.item(i, 0).text() == "stale.persons"
    )
    assert editor.table.item(row, 2).text().startswith("local: sup, ")
    assert editor.table.item(row, 2).text().endswith("(central down)")
    log = window.emergency_log
    window.tabs.setCurrentWidget(log)
    log.kind.setCurrentIndex(log.kind.findData("policy"))
    qtbot.waitUntil(lambda: log.table.rowCount() == 1, timeout=10000)
    assert log.table.item(0, 1).text() == "Policy changes"
    assert "stale.persons" in log.table.item(0, 3).text()
