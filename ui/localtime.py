"""Times in the window: local time of the workstation, in the language's format
(`desktop/localtime.py`; the data keep UTC)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from desktop import localtime


def language() -> str:
    """The window's language as installed by `ui.i18n.set_language`."""
    return "zh_TW" if QLocale().name().startswith("zh") else "en"


def shown(value: str | dt.datetime | None, *, seconds: bool = False) -> str:
    return localtime.shown(value, language(), seconds=seconds)


def clock(value: str | dt.datetime | None) -> str:
    return localtime.clock(value)
