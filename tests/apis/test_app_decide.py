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
