"""The stale-list policy in force (central's signed values, defaults, local changes) and
a supervisor's local change during an outage (desktop.inspection.stale_policy: refused
while the central answers, audited, dropped when emergency mode ends)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop import console
from ui.localtime import shown
from ui.messages import error_text
from ui.operations import Change, Operations
from ui.retranslating import Retranslating

LISTS = ("persons", "documents", "exit_bans", "entry_permits")
ACTIONS = ("warn", "refer", "block_admit")
CATEGORIES = ("foreign", "fuzzy_hit", "any_hit", "all")


class PolicyEditor(Retranslating, QGroupBox):
    def __init__(self, ops: Operations) -> None:
        super().__init__(objectName="policy_editor")
        self.ops = ops
        self.policy: dict[str, dict[str, Any]] = {}
        self.table = QTableWidget(0, 3, objectName="policy_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.list = QComboBox(objectName="policy_list")
        self.action = QComboBox(objectName="policy_action")
        self.hours = QSpinBox(objectName="policy_hours", minimum=1, maximum=2160)
        self.categories = {c: QCheckBox(objectName=f"policy_{c}") for c in CATEGORIES}
        self.reason = QLineEdit(objectName="policy_reason")
        self.apply = QPushButton(objectName="policy_apply")
        self.reset = QPushButton(objectName="policy_reset")
        self.message = QLabel(objectName="policy_message")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addWidget(self.action)
        row.addWidget(self.hours)
        for box in self.categories.values():
            row.addWidget(box)
        row.addStretch(1)
        row2 = QHBoxLayout()
        row2.addWidget(self.reason, 1)
        row2.addWidget(self.apply)
        row2.addWidget(self.reset)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(row2)
        layout.addWidget(self.message)
        for name in LISTS:
            self.list.addItem(name, name)
        self.list.currentIndexChanged.connect(lambda _: self._load_row())
        self.apply.clicked.connect(self.apply_change)
        self.reset.clicked.connect(self.reset_all)
        self.retranslate()
        self.refresh()

    def action_name(self, a: str) -> str:
        return {
            "warn": self.tr("warn"),
            "refer": self.tr("refer categories"),
            "block_admit": self.tr("no admit without a supervisor"),
        }.get(a, a)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Stale-list policy (local changes only during an outage)"))
        self.table.setHorizontalHeaderLabels([self.tr("Policy"), self.tr("Value"), self.tr("From")])
        current = self.action.currentData()
        self.action.clear()
        for a in ACTIONS:
            self.action.addItem(self.action_name(a), a)
        self.action.setCurrentIndex(max(0, self.action.findData(current)))
        self.hours.setSuffix(self.tr(" h"))
        names = {
            "foreign": self.tr("foreign"),
            "fuzzy_hit": self.tr("partial hit"),
            "any_hit": self.tr("any hit"),
            "all": self.tr("everyone"),
        }
        for c, box in self.categories.items():
            box.setText(names[c])
        self.reason.setPlaceholderText(self.tr("reason (required)"))
        self.apply.setText(self.tr("Change on this workstation"))
        self.reset.setText(self.tr("Back to the central's policy"))
        self._fill()

    def refresh(self) -> None:
        self.ops.query(
            console.stale_policies,
            on_done=self._loaded,
            on_error=lambda e: self.show_message(error_text(e)),
        )

    def _loaded(self, result: tuple[dict[str, dict[str, Any]], dict[str, Any] | None]) -> None:
        policy, refused = result
        first = not self.policy
        self.policy = policy
        if refused:  # never silently: the supervisor sees that the old policy still rules
            self.show_message(
                self.tr(
                    "The central's last policy update FAILED VERIFICATION "
                    "(%1); the policy before it stays in force."
                ).replace("%1", str(refused.get("reason")))
            )
        self._fill()
        if first:  # later refreshes must not undo what the supervisor is typing
            self._load_row()

    def _source(self, p: dict[str, Any]) -> str:
        if p["source"] == "local":
            return (
                self.tr("local: %1, %2 (%3)")
                .replace("%1", str(p.get("by")))
                .replace("%2", shown(p.get("at")))
                .replace("%3", str(p.get("reason")))
            )
        return {"central": self.tr("central (signed)"), "default": self.tr("default")}.get(
            p["source"], p["source"]
        )

    def _fill(self) -> None:
        rows = list(self.policy.items())
        self.table.setRowCount(len(rows))
        for i, (name, p) in enumerate(rows):
            for c, v in enumerate(
                (name, json.dumps(p["value"], ensure_ascii=False), self._source(p))
            ):
                self.table.setItem(i, c, QTableWidgetItem(v))

    def _load_row(self) -> None:
        p = self.policy.get(f"stale.{self.list.currentData()}")
        if not p:
            return
        v = p["value"]
        self.action.setCurrentIndex(max(0, self.action.findData(v["action"])))
        self.hours.setValue(max(1, round(v["max_age_s"] / 3600)))
        for c, box in self.categories.items():
            box.setChecked(c in v.get("categories", []))

    def apply_change(self) -> None:
        value = {
            "max_age_s": self.hours.value() * 3600,
            "action": self.action.currentData(),
            "categories": [c for c, b in self.categories.items() if b.isChecked()],
        }
        self.ops.run(
            console.change_policy,
            f"stale.{self.list.currentData()}",
            value,
            self.reason.text(),
            changes=Change.POLICY,
            on_done=self._changed,
            on_error=lambda e: self.show_message(error_text(e)),
        )

    def reset_all(self) -> None:
        self.ops.run(
            console.reset_policy,
            changes=Change.POLICY,
            on_done=self._changed,
            on_error=lambda e: self.show_message(error_text(e)),
        )

    def _changed(self, result: Any) -> None:
        self.reason.clear()
        if result == []:
            self.show_message(self.tr("Nothing was changed on this workstation."), error=False)
        else:
            self.show_message(self.tr("Policy changed on this workstation (audited)."), error=False)
        self.refresh()

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message.setText(text)
