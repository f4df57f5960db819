"""The supervisor console lists the flights due at this port with their pre-screen hits,
from the replica only (no central system anywhere in this test: as during an outage)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop import officers
from desktop.config import Profile
from local_store import settings
from sync.manifest_list import apply_manifests
from ui.arrivals_view import ArrivalsView
from ui.operations import Operations
from ui.supervisor_panel import SupervisorPanel

ARREST = {"dataset": "persons", "key": "P-ARREST", "action": "arrest",
          "severity": "critical", "score": 0.97}  # fmt: skip


def _row(i: int, surname: str, number: str, prescreen: list[dict[str, Any]]) -> dict[str, Any]:
    when = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=3)).replace(microsecond=0)
    local = when.astimezone(dt.timezone(dt.timedelta(hours=8)))
    return {"id": f"BR0061/ICN/x#{i}", "port": "TPE", "direction": "inbound",
            "flight": "BR0061", "flight_key": f"BR0061/ICN/{when.date()}", "role": "passenger",
            "surname": surname, "given_names": "CHIH-MING", "birth_date": "1978-03-14",
            "document_number": number, "issuing_state": "TWN", "scheduled": when.isoformat(),
            "scheduled_local": local.isoformat(), "prescreen": prescreen,
            "screened_at": when.isoformat()}  # fmt: skip


def _supervisor(tmp_path: Any, port: bool) -> Any:
    profile = Profile(tmp_path / "profile")
    with officers.initialise(profile, "inst", "install-pass") as s:
        officers.add_officer(s, "sup", "supervisor", "super-pass")
    session = officers.unlock(profile, "sup", "super-pass")
    if port:
        _manifests(session)
    return session


def _manifests(session: Any) -> None:
    with session.store.write() as c:
        settings.put(c, "workstation.port", "TPE")
        apply_manifests(c, [_row(0, "CHEN", "302145678", [ARREST]),
                            _row(1, "LIN", "300000001", [])], 1)  # fmt: skip
        c.exec_driver_sql(
            "INSERT INTO replica_datasets (dataset, version, applied_at, row_count) "
            "VALUES ('manifests', 1, '2026-12-04', 2)"
        )


def test_a_manifest_flight_with_a_hit_is_listed(qtbot, english, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session = _supervisor(tmp_path, port=True)
    try:
        view = ArrivalsView(Operations(session))
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 1, timeout=10_000)
        flight = view.tree.topLevelItem(0)
        assert flight.text(0) == "BR0061"
        assert flight.text(2) == "arrival"
        assert flight.text(3) == "2 passengers, 0 crew"
        assert flight.text(4) == "1 travellers"
        assert flight.isExpanded()  # a flight with hits is opened for the supervisor
        assert flight.childCount() == 1  # only the traveller with a hit
        who = flight.child(0)
        assert who.text(0) == "CHEN, CHIH-MING"
        assert who.text(3) == "302145678"
        assert who.text(4) == "person of interest: arrest (score 0.97)"
        assert "TPE: 1 flights due, 1 travellers with pre-screen hits" in view.summary.text()
    finally:
        session.close()


def test_in_the_supervisor_console_and_without_a_port(qtbot, english, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session = _supervisor(tmp_path, port=False)
    try:
        panel = SupervisorPanel(Operations(session))
        qtbot.addWidget(panel)
        view = panel.findChild(ArrivalsView, "arrivals")
        assert view is not None
        qtbot.waitUntil(lambda: view.state is not None, timeout=10_000)
        assert view.tree.topLevelItemCount() == 0
        assert "no port" in view.summary.text()
        qtbot.waitUntil(lambda: panel.state is not None, timeout=10_000)
        _manifests(session)  # a sync brings the port's manifests: the next refresh shows them
        panel.refresh()
        qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 1, timeout=10_000)
        assert view.tree.topLevelItem(0).child(0).text(0) == "CHEN, CHIH-MING"
    finally:
        session.close()
