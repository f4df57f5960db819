"""Times as a person at this workstation reads them: in its own time zone.

The records, the journal, the audit log and the central keep UTC (ISO 8601); only what
is shown to a person is converted, with the workstation's zone (the process's local
time: TZ or the system setting). Formats by language: Traditional Chinese as Taiwan's
offices write dates (2026/12/04 21:47), English ISO-like (2026-12-04 21:47)."""

from __future__ import annotations

import datetime as dt

FORMATS = {"zh_TW": "%Y/%m/%d %H:%M", "en": "%Y-%m-%d %H:%M"}
SECONDS = {"zh_TW": "%Y/%m/%d %H:%M:%S", "en": "%Y-%m-%d %H:%M:%S"}


def local(value: str | dt.datetime | None) -> dt.datetime | None:
    """`value` (ISO text or a datetime; naive means UTC, as the store writes) in the
    workstation's time zone; None for nothing or text that is not a time."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone()


def shown(value: str | dt.datetime | None, lang: str = "en", *, seconds: bool = False) -> str:
    """`value` as the officer reads it, in local time ("" for nothing; unparsable text is
    returned as it is rather than hidden)."""
    when = local(value)
    if when is None:
        return "" if value in (None, "") else str(value)
    formats = SECONDS if seconds else FORMATS
    return when.strftime(formats.get(lang, formats["en"]))


def clock(value: str | dt.datetime | None) -> str:
    """Local hours and minutes only (HH:MM, the same in both languages)."""
    when = local(value)
    return "" if when is None else when.strftime("%H:%M")
