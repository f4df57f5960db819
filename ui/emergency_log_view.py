"""The emergency log (supervisor): declarations, ends, overrides, policy changes, logins
and exports from the hash-chained audit log (desktop.emergency_log), filterable by kind
and person, exportable as CSV."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
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
from ui.localtime import shown
from ui.messages import error_text, text
from ui.operations import Operations
from ui.retranslating import Retranslating


class EmergencyLogView(Retranslating, QWidget):
    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.ops = ops
        self.rows: list[dict[str, Any]] = []
        self._token = 0
        self.kind = QComboBox(objectName="log_kind")
        self.actor = QLineEdit(objectName="log_actor")
        self.refresh_button = QPushButton(objectName="log_refresh")
        self.export = QPushButton(objectName="log_export")
        self.table = QTableWidget(0, 4, objectName="log_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.message = QLabel(objectName="log_message")
        self.kind_label = QLabel()
        top = QHBoxLayout()
        for w in (self.kind_label, self.kind, self.actor, self.refresh_button):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.refresh_button.clicked.connect(self.refresh)
        self.kind.currentIndexChanged.connect(lambda _: self.refresh())
        self.actor.returnPressed.connect(self.refresh)
        self.export.clicked.connect(self.choose_export)
        self.retranslate()

    def kind_names(self) -> dict[str, str]:
        return {
            "declaration": self.tr("Declarations"),
            "end": self.tr("Ends"),
            "override": self.tr("Overrides"),
            "policy": self.tr("Policy changes"),
            "login": self.tr("Logins"),
            "export": self.tr("Exports"),
        }

    def retranslate(self) -> None:
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("Everything"), None)
        for k, name in self.kind_names().items():
            self.kind.addItem(name, k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)
        self.kind_label.setText(self.tr("Show"))
        self.actor.setPlaceholderText(self.tr("person (optional)"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.export.setText(self.tr("Export CSV…"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Kind"), self.tr("Who"), self.tr("What")]
        )
        self._fill()

    def refresh(self) -> None:
        self._token += 1  # an answer to an earlier filter must not overwrite this one
        token = self._token
        self.ops.query(
            console.emergency_log_rows,
            self.kind.currentData(),
            self.actor.text().strip(),
            on_done=lambda rows: self._loaded(token, rows),
            on_error=lambda e: self.message.setText(error_text(e)),
        )

    def _loaded(self, token: int, rows: list[dict[str, Any]]) -> None:
        if token != self._token:
            return
        self.rows = rows
        self._fill()

    def _fill(self) -> None:
        names = self.kind_names()
        rows = list(reversed(self.rows))  # newest first on screen
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for c, v in enumerate(
                (
                    shown(r["at"], seconds=True),
                    names.get(r["kind"], r["kind"]),
                    r["actor"],
                    text(r["summary"]),
                )
            ):
                self.table.setItem(i, c, QTableWidgetItem(v))

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the emergency log"), "emergency-log.csv", "CSV (*.csv)"
        )
        if path:
            self.export_csv(path)

    def export_csv(self, path: str) -> None:
        self.ops.query(
            console.export_emergency_log,
            self.rows,
            path,
            on_done=lambda p: self.message.setText(self.tr("Wrote %1.").replace("%1", p)),
            on_error=lambda e: self.message.setText(error_text(e)),
        )
