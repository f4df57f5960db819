"""The domain's words (directions, decisions, actions, severities, roles, reason codes)
in the officer's language: one translation per act, everywhere in the window.

The terms are message codes (`desktop/glossary.py`); their translations live once, in
the "Messages" context of the catalogues. Traditional Chinese follows the words of
Taiwan's border officers: 入境/出境, 准予通關, 移送二線, 不准通關, 不准入境, 限制出境,
逮捕, 督導."""

from __future__ import annotations

from desktop import glossary
from ui.messages import text


def term(kind: str, value: str | None) -> str:
    """`value` (e.g. "deny_entry" of kind "action") as the window shows it."""
    if not value:
        return ""
    return text(glossary.term(kind, value))
