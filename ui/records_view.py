"""The latest records of this workstation: who decided what, why, under which mode, and
whether the central has them; emergency declarations among them; a search by name,
document number or officer. Kept live while shown, without losing the selection."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import console
from ui.glossary import term
from ui.localtime import shown
from ui.operations import Change, Operations
from ui.retranslating import Retranslating

COLUMNS = ("seq", "recorded_at", "direction", "decision", "reason", "document_number",
           "name", "officer", "override_by", "mode", "state")  # fmt: skip
SEQ, STATE = COLUMNS.index("seq"), COLUMNS.index("state")
# An emergency declaration reads across the inspection's columns (direction .. mode).
SPAN_FROM, SPAN_TO = COLUMNS.index("direction"), COLUMNS.index("mode")
SEARCH_DEBOUNCE_MS = 300  # typing "lin an" runs one query, not six
POLL_MS = 3000  # records made elsewhere (`inspect`, `sync --daemon`): a cheap mark polled


class RecordsView(Retranslating, QWidget):
    def __init__(self, ops: Operations, limit: int = 200) -> None:
        super().__init__()
        self.setObjectName("records")
        self._ops = ops
        self._limit = limit
        self.listing: console.RecordsListing | None = None
        self._shown_key: tuple[Any, ...] | None = None
        self._loading = self._polling = False
        self._again = False

        self.search = QLineEdit(objectName="records_search")
        self.search.setClearButtonEnabled(True)
        self.table = QTableWidget(0, len(COLUMNS), objectName="records_table")
        t = self.table
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)  # value = top row
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setStretchLastSection(True)
        t.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(t, 1)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.poll = QTimer(self, interval=POLL_MS)
        self.poll.timeout.connect(self._poll)
        # A record made or sent by this window (the sync runner announces its rounds).
        ops.subscribe(Change.RECORDS, lambda _: self.isVisible() and self.refresh(), owner=self)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search: name, document number or officer"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Time"),
                self.tr("Direction"),
                self.tr("Decision"),
                self.tr("Reason"),
                self.tr("Document"),
                self.tr("Name"),
                self.tr("Officer"),
                self.tr("Override"),
                self.tr("Mode"),
                self.tr("Sent"),
            ]
        )
        if self.listing is not None:
            self._shown_key = None
            self._show(self.listing)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.poll.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.poll.stop()
        super().hideEvent(event)

    # --- data: every read on the pool ---------------------------------------------------

    def refresh(self) -> None:
        if self._loading:  # one query at a time; the newest wish runs after it
            self._again = True
            return
        self._loading = True
        self._ops.query(
            console.records_listing,
            self.search.text().strip(),
            self._limit,
            on_done=self._loaded,
            on_error=self._failed,
        )

    def _loaded(self, listing: console.RecordsListing) -> None:
        self._loading = False
        if self._again or listing.search != self.search.text().strip():
            self._again = False
            self.refresh()  # typed on meanwhile, or a change announced: not the latest
            if listing.search != self.search.text().strip():
                return
        self.listing = listing
        self._show(listing)

    def _failed(self, _error: BaseException) -> None:
        self._loading = False
        if self._again:  # a newer search waited for this one: it still runs
            self._again = False
            self.refresh()

    def _poll(self) -> None:
        if self._polling or self._loading:
            return
        self._polling = True
        self._ops.query(console.records_mark, on_done=self._polled, on_error=self._poll_failed)

    def _polled(self, mark: tuple[int, ...]) -> None:
        self._polling = False
        if self.listing is not None and mark != self.listing.mark:
            self.refresh()

    def _poll_failed(self, _error: BaseException) -> None:
        self._polling = False

    # --- the table ---------------------------------------------------------------------

    def _show(self, listing: console.RecordsListing) -> None:
        key = tuple((e.seq, e.state) for e in listing.entries)
        if key == self._shown_key:
            return  # nothing to redraw: the table stays exactly as the officer left it
        self._shown_key = key
        t = self.table
        selected = self._seq_at(t.currentRow())
        top = t.verticalScrollBar().value()
        anchor = self._seq_at(t.rowAt(0)) if top > 0 else None
        t.setUpdatesEnabled(False)
        try:
            t.clearSpans()
            t.setRowCount(len(listing.entries))
            rows: dict[int, int] = {}
            for row, e in enumerate(listing.entries):
                rows[e.seq] = row
                for col, value in enumerate(self._cells(e)):
                    item = QTableWidgetItem(value)
                    if col == SEQ:
                        item.setData(Qt.ItemDataRole.UserRole, e.seq)
                    if col == COLUMNS.index("reason") and e.record.get("note"):
                        item.setToolTip(str(e.record["note"]))
                    t.setItem(row, col, item)
                if e.kind != "inspection":
                    t.setSpan(row, SPAN_FROM, 1, SPAN_TO - SPAN_FROM + 1)
            if selected in rows:
                t.setCurrentCell(rows[selected], max(t.currentColumn(), 0))
            else:
                t.clearSelection()
            # Newer records arrive on top: the rows being read stay where they were.
            t.verticalScrollBar().setValue(rows.get(anchor, top) if anchor else 0)
        finally:
            t.setUpdatesEnabled(True)

    def _seq_at(self, row: int) -> int | None:
        item = self.table.item(row, SEQ) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _cells(self, e: Any) -> list[str]:
        states = {
            "pending": self.tr("waiting"),
            "sent": self.tr("sent"),
            "parked": self.tr("PARKED"),
        }
        cells = [""] * len(COLUMNS)
        cells[SEQ] = str(e.seq)
        cells[COLUMNS.index("recorded_at")] = shown(e.recorded_at, seconds=True)
        cells[STATE] = states.get(e.state, e.state)
        r = e.record
        if e.kind != "inspection":
            cells[SPAN_FROM] = self._declaration(e.kind, r)
            return cells
        values = {
            "direction": term("direction", r.get("direction")),
            "decision": term("decision", r.get("decision")),
            "reason": term("reason", r.get("reason")),
            "document_number": str(r.get("document_number") or ""),
            "name": console.traveller_name(r),
            "officer": str(r.get("officer") or ""),
            "override_by": str(r.get("override_by") or "") if r.get("override") else "",
            "mode": self._mode(r),
        }
        for name, value in values.items():
            cells[COLUMNS.index(name)] = value
        return cells

    def _mode(self, r: dict[str, Any]) -> str:
        """Emergency mode, else how the counter reached the central when it recorded."""
        if r.get("mode") == "emergency" or r.get("emergency"):
            return self.tr("emergency")
        modes = {"online": self.tr("online"), "degraded": self.tr("degraded"),
                 "offline": self.tr("offline")}  # fmt: skip
        return modes.get(r.get("connectivity") or "", self.tr("normal"))

    def _declaration(self, kind: str, r: dict[str, Any]) -> str:
        who = str(r.get("supervisor") or "?")
        if kind == "emergency" and r.get("action") == "declare":
            return (
                self.tr("Emergency mode declared by %1: %2")
                .replace("%1", who)
                .replace("%2", str(r.get("reason") or ""))
            )
        if kind == "emergency" and r.get("action") == "end":
            return self.tr("Emergency mode ended by %1").replace("%1", who)
        return kind  # a kind of entry this version does not know: named as it is
