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


def day(value: str | None) -> str:
    """A calendar date (YYYY-MM-DD, no time zone: a permit's last day) in the language's
    format: 2027/01/31 in Traditional Chinese, ISO in English."""
    if not value:
        return ""
    return value.replace("-", "/") if language() == "zh_TW" else value
