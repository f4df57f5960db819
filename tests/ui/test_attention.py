"""Issue 15, hits that demand attention (offscreen, real store, the demo lists): the bell
and a pulse of the hits panel on a blocking hit (the counter's `hit-alert`), colours of
WCAG AA contrast with the severity in words, and a valid entry permit confirmed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.test_keyboard_flow import CLEAN, STOLEN, open_counter, type_mrz
from ui import colours, i18n

UI = Path(__file__).resolve().parents[2] / "ui"
# The inspection screen's own modules: every colour they use comes from ui/colours.py.
SCREEN = ("inspection_panel.py", "hits_view.py", "document_view.py", "policy_notice.py",
          "chip_panel.py", "face_panel.py")  # fmt: skip


@pytest.fixture
def bells(monkeypatch) -> list[int]:
    rung: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: rung.append(1)))
    return rung


def test_a_blocking_hit_rings_and_pulses(qtbot, counter, bells):
    window = open_counter(qtbot, counter)
    hits = window.inspection.hits
    type_mrz(qtbot, window, STOLEN)
    assert hits.alerts == 1 and bells == [1]
    assert hits.pulsing and hits.attention
    seen: set[bool] = set()
    qtbot.waitUntil(
        lambda: seen.add(bool(hits.property("flash"))) or not hits.pulsing, timeout=5000
    )
    assert seen == {True, False}  # it went on and off
    assert hits.property("flash") is False
    assert colours.ALARM.bg in hits.styleSheet()  # the steady red frame stays
    window.inspection.next_traveller()
    assert not hits.attention and hits.styleSheet() == ""
    type_mrz(qtbot, window, CLEAN)  # no hit: no bell
    assert hits.alerts == 1 and bells == [1] and not hits.pulsing


def test_the_alert_can_be_switched_off_but_the_frame_stays(qtbot, counter, bells):
    window = open_counter(qtbot, counter, hit_alert="off")
    qtbot.waitUntil(lambda: not window.inspection.hit_alert, timeout=5000)
    hits = window.inspection.hits
    type_mrz(qtbot, window, STOLEN)
    assert hits.alerts == 0 and bells == [] and not hits.pulsing
    assert hits.attention and colours.ALARM.bg in hits.styleSheet()


def test_contrast_ratio():
    assert colours.contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert colours.contrast_ratio("#ffffff", "#000000") == pytest.approx(21)
    assert colours.contrast_ratio("#777777", "#777777") == pytest.approx(1)
    assert colours.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    # What the screen used before: amber on white, white on orange, grey-blue on grey.
    assert colours.contrast_ratio("#f9a825", "#ffffff") < 2
    assert colours.contrast_ratio("#ffffff", "#e65100") < colours.AA_TEXT
    assert colours.contrast_ratio("#607d8b", "#efefef") < colours.AA_TEXT


@pytest.mark.parametrize("name", sorted(colours.PAIRS))
def test_every_colour_pair_meets_wcag_aa(name):
    pair = colours.PAIRS[name]
    assert colours.contrast_ratio(pair.fg, pair.bg) >= colours.AA_TEXT, name


def test_the_screen_uses_no_colour_of_its_own():
    """A colour written into one of the screen's modules would escape the check above."""
    for module in SCREEN:
        source = (UI / module).read_text(encoding="utf-8")
        assert re.findall(r"#[0-9a-fA-F]{3,6}\b", source) == [], module


def test_hits_say_their_severity_in_words_in_legible_colours(qtbot, counter):
    window = open_counter(qtbot, counter)
    panel = window.inspection
    type_mrz(qtbot, window, "person of interest, Wade-Giles vs listed Han + Wade-Giles (arrest)")
    tree = panel.hits.tree
    assert tree.topLevelItemCount() >= 1
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        hit = panel.hits.hits[i]
        assert item.text(0).startswith(f"[{hit.severity.upper()}]")
        for row in (item, item.child(0)):
            fg, bg = row.foreground(0).color().name(), row.background(0).color().name()
            assert colours.contrast_ratio(fg, bg) >= colours.AA_TEXT, (fg, bg)
    for label in (panel.hits.summary, panel.hits.banner, panel.view.verdict):
        sheet = label.styleSheet()
        fg = re.search(r"(?<!-)color: (#\w{6})", sheet)
        bg = re.search(r"background-color: (#\w{6})", sheet)
        assert fg and bg, sheet
        assert colours.contrast_ratio(fg.group(1), bg.group(1)) >= colours.AA_TEXT


def test_a_valid_entry_permit_is_confirmed(qtbot, counter):
    window = open_counter(qtbot, counter)
    panel = window.inspection
    type_mrz(qtbot, window, "valid entry permit")
    assert panel.screening.permit is not None and panel.screening.hits == ()
    assert panel.permit.isVisible()
    assert panel.permit.text() == "Entry permit valid: EP20261101, until 2027-01-31"
    assert panel.permit.styleSheet().startswith(colours.OK.sheet())
    i18n.set_language("zh_TW")
    try:
        zh = "入境許可有效：EP20261101，效期至 2027/01/31"
        qtbot.waitUntil(lambda: panel.permit.text() == zh, timeout=5000)
    finally:
        i18n.set_language("en")
    panel.next_traveller()
    assert not panel.permit.isVisible()
    type_mrz(qtbot, window, "expired entry permit")  # a hit, and no confirmation
    assert panel.screening.permit is None and not panel.permit.isVisible()
    assert panel.screening.hits[0].dataset == "entry_permits"
