"""The supervisor's console: emergency mode, post-hoc alerts from the central, records
the central refused (parked), and officers' lockouts. All reads and writes on the pool."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import console
from ui.arrivals_view import ArrivalsView
from ui.glossary import term
from ui.localtime import shown
from ui.messages import error_text
from ui.operations import Change, Operations
from ui.retranslating import Retranslating
from ui.scrolling import scrolling_layout

REFRESH_MS = 10000
ALERT_COLUMNS = ("raised_at", "name", "document_number", "record", "list", "action", "state")


def _table(columns: int, name: str) -> QTableWidget:
    t = QTableWidget(0, columns, objectName=name)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    t.verticalHeader().setVisible(False)
    return t


def _fill(table: QTableWidget, rows: list[list[str]], keys: list[str] | None = None) -> None:
    """The rows' texts; `keys` (one per row, e.g. an alert's uuid) kept in the first
    column's item data, for the actions on the selected row. The selection follows its
    row's key (or first column) across a reload, and is cleared when that row is gone:
    an action must never apply to a row that slid into the selected place."""

    def identity(row: int) -> object:
        item = table.item(row, 0)
        if item is None:
            return None
        return item.data(Qt.ItemDataRole.UserRole) if keys is not None else item.text()

    selected = identity(table.currentRow()) if table.currentRow() >= 0 else None
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            item = QTableWidgetItem(v)
            if c == 0 and keys is not None:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)
    again = next((r for r in range(len(rows)) if selected is not None
                  and identity(r) == selected), -1)  # fmt: skip
    if again >= 0:
        table.selectRow(again)
    else:
        table.clearSelection()
        table.setCurrentCell(-1, -1)


class SupervisorPanel(Retranslating, QWidget):
    # What the console shows: a change of any of these reloads it.
    SHOWS = Change.ALERTS | Change.RECORDS | Change.EMERGENCY | Change.OFFICERS
    # Unacknowledged alerts the supervisor has not seen yet (the console's tab badge);
    # 0 once the console is shown.
    unseen = Signal(int)

    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.ops = ops
        self.session = ops.session
        self.state: dict[str, Any] | None = None
        self._busy = self._again = False
        # Alert uuids the supervisor has seen (the console shown), and those that are
        # "new" in the current viewing (unseen when the console was shown or arrived since).
        self._seen: set[str] = set()
        self._fresh: set[str] = set()

        self.emergency_box = QGroupBox()
        self.emergency_state = QLabel(objectName="emergency_state")
        self.emergency_state.setWordWrap(True)
        self.emergency_reason = QLineEdit(objectName="emergency_reason")
        self.declare = QPushButton(objectName="declare")
        self.end = QPushButton(objectName="end")
        row = QHBoxLayout()
        row.addWidget(self.emergency_reason, 1)
        row.addWidget(self.declare)
        row.addWidget(self.end)
        box = QVBoxLayout(self.emergency_box)
        box.addWidget(self.emergency_state)
        box.addLayout(row)

        self.alerts_box = QGroupBox()
        self.alerts = _table(len(ALERT_COLUMNS), "alerts")
        self.acknowledge = QPushButton(objectName="acknowledge")
        box = QVBoxLayout(self.alerts_box)
        box.addWidget(self.alerts)
        box.addWidget(self.acknowledge)

        self.parked_box = QGroupBox()
        self.parked = _table(4, "parked")
        self.requeue = QPushButton(objectName="requeue")
        box = QVBoxLayout(self.parked_box)
        box.addWidget(self.parked)
        box.addWidget(self.requeue)

        self.locked_box = QGroupBox()
        self.locked = _table(3, "locked")
        self.unlock = QPushButton(objectName="unlock")
        box = QVBoxLayout(self.locked_box)
        box.addWidget(self.locked)
        box.addWidget(self.unlock)

        self.message = QLabel(objectName="console_message")
        self.message.setWordWrap(True)
        layout = scrolling_layout(self)  # taller than 800 px with large text
        for w in (
            self.emergency_box,
            self.alerts_box,
            self.parked_box,
            self.locked_box,
            self.message,
        ):
            layout.addWidget(w)
        self.arrivals = ArrivalsView(ops)  # flights due, from the replica (issue 17)
        layout.insertWidget(1, self.arrivals)

        self.declare.clicked.connect(self.declare_emergency)
        self.end.clicked.connect(self.end_emergency)
        self.acknowledge.clicked.connect(self.acknowledge_selected)
        self.requeue.clicked.connect(self.requeue_selected)
        self.unlock.clicked.connect(self.unlock_selected)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        ops.subscribe(self.SHOWS, lambda _: self.refresh(), owner=self)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.emergency_box.setTitle(self.tr("Emergency mode"))
        self.emergency_reason.setPlaceholderText(self.tr("reason (goes into the record)"))
        self.declare.setText(self.tr("Declare emergency"))
        self.end.setText(self.tr("End emergency"))
        self.alerts_box.setTitle(self.tr("Post-hoc alerts from the central system"))
        self.alerts.setHorizontalHeaderLabels(
            [
                self.tr("Raised"),
                self.tr("Traveller"),
                self.tr("Document"),
                self.tr("Local record"),
                self.tr("List: entry"),
                self.tr("Action"),
                self.tr("State"),
            ]
        )
        self.acknowledge.setText(self.tr("Acknowledge selected alert"))
        self.parked_box.setTitle(self.tr("Records the central system refused"))
        self.parked.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Time"), self.tr("Kind"), self.tr("Why")]
        )
        self.requeue.setText(self.tr("Send selected record again"))
        self.locked_box.setTitle(self.tr("Locked-out officers"))
        self.locked.setHorizontalHeaderLabels(
            [self.tr("Officer"), self.tr("Role"), self.tr("Locked until")]
        )
        self.unlock.setText(self.tr("Unlock selected officer"))
        self.render()

    # --- data ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.arrivals.refresh()
        if self._busy:  # a change announced during a load: loaded again after it
            self._again = True
            return
        self._busy = True
        self._again = False
        self.ops.query(console.console_state, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, state: dict[str, Any]) -> None:
        self._busy = False
        self.state = state
        if self.isVisible():
            self._mark_seen()
        self.render()
        self.unseen.emit(len(self._unseen()))
        if self._again:
            self.refresh()

    def _unseen(self) -> list[str]:
        return [a["uuid"] for a in (self.state or {}).get("alerts", [])
                if a["uuid"] not in self._seen]  # fmt: skip

    def _mark_seen(self) -> None:
        new = self._unseen()
        self._fresh.update(new)
        self._seen.update(new)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._unseen():
            self._mark_seen()
            self.render()
        self.unseen.emit(0)

    def hideEvent(self, event: QHideEvent) -> None:
        self._fresh.clear()  # looked at: no longer "new" next time
        super().hideEvent(event)

    def _failed(self, error: BaseException) -> None:
        self._busy = self._again = False
        self.show_message(error_text(error))

    def render(self) -> None:
        st = self.state
        if st is None:
            return
        em = st["emergency"]
        if em["active"]:
            self.emergency_state.setText(
                self.tr("EMERGENCY MODE since %1, declared by %2: %3")
                .replace("%1", shown(em["since"]))
                .replace("%2", em["declared_by"] or "?")
                .replace("%3", em["reason"] or "")
            )
            self.emergency_state.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            self.emergency_state.setText(
                self.tr("Normal mode. Declare emergency mode when the central system is down.")
            )
            self.emergency_state.setStyleSheet("")
        self.declare.setEnabled(not em["active"])
        self.end.setEnabled(em["active"])
        self.emergency_reason.setEnabled(not em["active"])
        _fill(
            self.alerts,
            [self._alert_row(a) for a in st["alerts"]],
            [a["uuid"] for a in st["alerts"]],
        )
        _fill(self.parked, [[str(p["seq"]), shown(p["recorded_at"]), p["kind"], p["reason"]]
                            for p in st["parked"]])  # fmt: skip
        _fill(self.locked, [[o["name"], term("role", o["role"]), shown(o["locked_until"])]
                            for o in st["locked"]])  # fmt: skip

    def _alert_row(self, a: dict[str, Any]) -> list[str]:
        rec = a.get("record")
        if rec is None:
            record = self.tr("not in this workstation's journal")
        else:
            record = (
                self.tr("No. %1, %2: %3")
                .replace("%1", str(rec["seq"]))
                .replace("%2", shown(rec["recorded_at"]))
                .replace("%3", term("decision", rec["decision"]))
            )
        state = (
            self.tr("new")
            if a["uuid"] in self._fresh or a["uuid"] not in self._seen
            else self.tr("not acknowledged")
        )
        return [
            shown(a["raised_at"]),
            a.get("name") or "",
            a.get("document_number") or "",
            record,
            self.tr("%1: %2").replace("%1", term("dataset", a["dataset"])).replace("%2", a["key"]),
            term("action", a["action"]),
            state,
        ]

    def _selected(self, table: QTableWidget, column: int) -> str | None:
        row = table.currentRow()
        item = table.item(row, column) if row >= 0 else None
        return item.text() if item else None

    def _selected_key(self, table: QTableWidget) -> str | None:
        """The selected row's key (`_fill`'s `keys`), not shown in the table."""
        row = table.currentRow()
        item = table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _run(self, fn: Any, *args: Any, changes: Change, done: str) -> None:
        # The console reloads through its subscription to `changes`.
        self.ops.run(
            fn,
            *args,
            changes=changes,
            on_done=lambda _: self.show_message(done, error=False),
            on_error=lambda e: self.show_message(error_text(e)),
        )

    # --- actions -------------------------------------------------------------------------

    def declare_emergency(self) -> None:
        reason = self.emergency_reason.text().strip()
        if not reason:
            self.show_message(self.tr("Say why: the reason goes into every record."))
            return
        self._run(
            console.declare_emergency,
            reason,
            changes=Change.EMERGENCY,
            done=self.tr("Emergency mode declared."),
        )

    def end_emergency(self) -> None:
        self._run(
            console.end_emergency,
            changes=Change.EMERGENCY | Change.POLICY,
            done=self.tr("Emergency mode ended."),
        )

    def acknowledge_selected(self) -> None:
        uuid = self._selected_key(self.alerts)
        if uuid:
            self._run(
                console.acknowledge_alert,
                uuid,
                changes=Change.ALERTS,
                done=self.tr("Alert acknowledged."),
            )

    def requeue_selected(self) -> None:
        seq = self._selected(self.parked, 0)
        if seq:
            self._run(
                console.requeue_record,
                int(seq),
                changes=Change.RECORDS,
                done=self.tr("The record goes out with the next sync."),
            )

    def unlock_selected(self) -> None:
        from desktop import officers

        name = self._selected(self.locked, 0)
        if name:
            self._run(
                officers.unlock_officer,
                name,
                changes=Change.OFFICERS,
                done=self.tr("Officer unlocked."),
            )

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message.setText(text)
