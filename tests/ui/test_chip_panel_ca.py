"""The chip panel shows Chip Authentication beside passive and active authentication,
with the reason in the officer's language; the results come from real reads of the
in-process virtual passport (a genuine chip with CA, a clone)."""

from __future__ import annotations

import pytest

from desktop.chip import csca, reader
from desktop.chip.result import result_json
from tests.chip.conftest import key_of
from ui import i18n
from virtual_passport import specimen
from virtual_passport.card import CardConfig, DirectTransport, VirtualPassport


@pytest.fixture
def chinese(qapp):
    i18n.set_language("zh_TW")
    yield
    i18n.set_language("en")


def _result(**kw) -> dict:
    s = specimen.make_specimen(aa=None, face_bytes=3000, ca="ecdh", **kw)
    t = DirectTransport(VirtualPassport(CardConfig.from_specimen(s)))
    read = reader.read_passport(t, key_of(s), csca.TrustStore([s.pki.csca]))
    r = result_json(read, reader="test", atr=b"")
    r["accepted"] = r["authentic"]
    return r


def test_clone_badge_in_traditional_chinese(chinese, qtbot):
    from ui.chip_panel import ChipPanel

    panel = ChipPanel(None)
    qtbot.addWidget(panel)
    panel._show(_result(ca_clone=True))
    text = panel.state.text()
    assert panel.status_name("invalid") != "INVALID"  # translated
    assert "晶片驗證：" + panel.status_name("invalid") in text
    assert "為複製晶片" in text and "cloned" not in text
    panel._show(_result())
    assert "晶片驗證：" + panel.status_name("valid") in panel.state.text()


def test_badge_in_english(english, qtbot):
    from ui.chip_panel import ChipPanel

    panel = ChipPanel(None)
    qtbot.addWidget(panel)
    panel._show(_result(ca_clone=True))
    assert "Chip authentication: INVALID" in panel.state.text()
    assert "a cloned chip" in panel.state.text()
