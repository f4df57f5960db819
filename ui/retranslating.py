"""Widgets that re-read their texts when the language changes (View > Language)."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin, listed before the Qt class: on LanguageChange, `retranslate()`."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
