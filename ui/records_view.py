"""Recent inspection records of this workstation and their delivery state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop import console
from ui.glossary import term
from ui.localtime import shown
from ui.operations import Change, Operations

COLUMNS = ("seq", "recorded_at", "direction", "decision", "document_number", "name", "state")


class RecordsView(QTableWidget):
    def __init__(self, ops: Operations, limit: int = 200) -> None:
        super().__init__(0, len(COLUMNS))
        self.setObjectName("records")
        self._ops = ops
        self._limit = limit
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        # A new record, or one sent or refused: reloaded when shown (the tab's change
        # reloads it otherwise).
        ops.subscribe(Change.RECORDS, lambda _: self.isVisible() and self.refresh(), owner=self)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Time"),
                self.tr("Direction"),
                self.tr("Decision"),
                self.tr("Document"),
                self.tr("Name"),
                self.tr("Sent"),
            ]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self._ops.query(console.recent_records, self._limit, on_done=self._show)

    def _show(self, entries: list[Any]) -> None:
        states = {
            "pending": self.tr("waiting"),
            "sent": self.tr("sent"),
            "parked": self.tr("PARKED"),
        }
        self.setRowCount(len(entries))
        for row, e in enumerate(entries):
            r = e.record
            name = " ".join(x for x in (r.get("surname"), r.get("given_names")) if x)
            values = (
                str(e.seq),
                shown(e.recorded_at, seconds=True),
                term("direction", r.get("direction")),
                term("decision", r.get("decision")),
                str(r.get("document_number", "")),
                name,
                states.get(e.state, e.state),
            )
            for col, v in enumerate(values):
                self.setItem(row, col, QTableWidgetItem(v))
