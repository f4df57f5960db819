"""A long hit summary wraps to the hits panel's width instead of being cut at its edge
(English runs longer than Chinese), and the rows are measured again when it is resized."""

from __future__ import annotations

from desktop.messages import msg
from desktop.screening.checks import Hit
from ui.hits_view import HitsView


def test_a_long_summary_wraps_and_follows_the_width(qtbot, english):
    view = HitsView()
    qtbot.addWidget(view)
    view.resize(420, 400)
    view.show()
    summary = msg("name.equal", a="林志明 (listed on national warrant, action arrest) matches",
                  b="LIN, CHIH MING, a name long enough to need a second line")  # fmt: skip
    view.show_hits([Hit("persons", "POI-0001", "arrest", "critical", 1.0, summary)], {})
    top = view.tree.topLevelItem(0)
    line = view.tree.fontMetrics().height()
    qtbot.waitUntil(lambda: view.tree.visualItemRect(top.child(0)).height() >= 2 * line)
    narrow = view.tree.visualItemRect(top.child(0)).height()
    view.resize(1600, 400)
    qtbot.waitUntil(lambda: view.tree.visualItemRect(top.child(0)).height() < narrow)
    assert view.tree.visualItemRect(top.child(0)).height() < 2 * line  # one line again
