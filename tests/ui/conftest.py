from __future__ import annotations

import pytest

from desktop import officers
from desktop.config import Profile


@pytest.fixture
def profile(tmp_path) -> Profile:
    """A workstation with installer `inst` and officer `chen` (password `officer-pass`)."""
    p = Profile(tmp_path / "profile")
    with officers.initialise(p, "inst", "install-pass") as s:
        officers.add_officer(s, "chen", "officer", "officer-pass")
    return p


@pytest.fixture
def english(qapp):
    from ui import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")
