"""The APP decision table on the engine's own Hit type (no server): arrest never
answered no_board, strong hits of forbidding lists no_board, weak ones to an officer,
direction deciding which lists forbid."""

from __future__ import annotations

import pytest

from central.app_check import decide
from desktop.screening.checks import Hit


def hit(dataset: str, action: str, score: float) -> Hit:
    return Hit(dataset, "K", action, "high", score, "s")


@pytest.mark.parametrize(
    ("hits", "direction", "expected"),
    [
        ([], "outbound", ("board", None)),
        ([hit("persons", "refer", 1.0)], "inbound", ("board", None)),
        ([hit("persons", "arrest", 0.86)], "outbound", ("contact_authority", "identity_check")),
        ([hit("exit_bans", "deny_exit", 1.0), hit("persons", "arrest", 1.0)], "outbound",
         ("contact_authority", "identity_check")),
        ([hit("exit_bans", "deny_exit", 0.97)], "outbound", ("no_board", "exit_not_permitted")),
        ([hit("exit_bans", "deny_exit", 0.9)], "outbound", ("contact_authority", "identity_check")),
        ([hit("exit_bans", "deny_exit", 1.0)], "inbound", ("board", None)),
        ([hit("persons", "deny_entry", 1.0)], "inbound", ("no_board", "entry_not_permitted")),
        ([hit("persons", "deny_entry", 1.0)], "outbound", ("board", None)),
        ([hit("documents", "refer", 1.0)], "outbound", ("no_board", "document_not_valid")),
        ([hit("documents", "refer", 0.6)], "inbound", ("contact_authority", "identity_check")),
        ([hit("entry_permits", "deny_entry", 1.0)], "inbound", ("no_board", "entry_not_permitted")),
        ([hit("entry_permits", "refer", 1.0)], "inbound", ("contact_authority", "identity_check")),
    ],
)  # fmt: skip
def test_decide(hits: list[Hit], direction: str, expected: tuple[str, str | None]) -> None:
    assert decide(hits, direction) == expected


def test_no_answer_before_the_replica_caught_up(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An empty screening replica would let everyone board: 503 until the first sync."""
    from central import app_check, db

    database = db.open_database(tmp_path / "c")
    service = app_check.AppService(database, tmp_path / "c" / "screening.sqlite")
    service.ready_timeout_s = 0.01
    q = app_check.AppQuestion(surname="X", birth_date="1990", nationality="TWN",
                              document_number="1", issuing_state="TWN", flight="CI1",
                              direction="inbound")  # fmt: skip
    airline = app_check.Airline("CI", 10)
    with pytest.raises(app_check.AppError) as e:
        service.check(airline, q)
    assert e.value.status == 503
    service.sync()
    assert service.check(airline, q).answer == "board"
    service.mirror.dispose()
    database.dispose()
