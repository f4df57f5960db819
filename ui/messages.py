"""The domain's coded messages in the officer's language, by code.

`desktop.messages` gives every message a code and parameters; the window looks the
code up in Qt's catalogue (context "Messages", source text = the code, one entry per
code in both `zh_TW.ts` and `en.ts`, kept in step with the domain's `CATALOGUE` by
`scripts/message_ts.py`). A code without a translation falls back to the English of
the catalogue (tests/ui/test_messages.py fails on any such code). Plain text passes
through unchanged: it is data (a name, a number), not a sentence."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.messages import CATALOGUE, Message, MessageList, separator

CONTEXT = "Messages"


def template(code: str) -> str:
    """The installed language's template of `code` (the English one if it has none)."""
    shown = QCoreApplication.translate(CONTEXT, code)
    return CATALOGUE.get(code, code) if shown == code else shown


def text(m: Message | Mapping[str, Any] | str | int | float | None) -> str:
    """A message (or its JSON form, or plain data) as the window shows it."""
    if m is None:
        return ""
    if isinstance(m, Mapping):
        m = Message.from_json(m)
    if isinstance(m, MessageList):
        return list_separator(m).join(text(i) for i in m.params["items"])
    if isinstance(m, Message):
        return template(m.code).format(**{k: text(v) for k, v in m.params.items()})
    return m if isinstance(m, str) else str(m)


def list_separator(m: MessageList) -> str:
    """How the installed language joins the items of a list message."""
    sep = QCoreApplication.translate(CONTEXT, m.code)
    return separator(m.code) if sep == m.code else sep


def error_text(error: BaseException) -> str:
    """An error as the window shows it: by code where it carries a coded message
    (`desktop.errors.BorderError.message`), else its English text."""
    m = getattr(error, "message", None)
    return text(m) if isinstance(m, Message) else str(error)
