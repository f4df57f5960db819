"""Flights due at this counter's port with their pre-screen hits (issue 17), for the
supervisor to place officers before the doors open. Read from the replica's manifests
(`desktop.expected.arriving_flights`), on the thread pool: it works while the central
system is down. A flight with hits is expanded and marked; its travellers with hits are
its rows. Read when created, at each `refresh()` (the supervisor panel's timer) and when
a sync round changes the replica."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop import console
from ui.localtime import shown
from ui.operations import Change, Operations
from ui.retranslating import Retranslating

HIT = QColor("#b00020")


class ArrivalsView(Retranslating, QGroupBox):
    def __init__(self, ops: Operations) -> None:
        super().__init__(objectName="arrivals")
        self.ops = ops
        self.state: dict[str, Any] | None = None
        self.error: str | None = None
        self._busy = False
        self.summary = QLabel(objectName="arrivals_summary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(objectName="arrivals_tree")
        self.tree.setColumnCount(5)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.tree)
        ops.subscribe(Change.REPLICA, lambda _: self.refresh(), owner=self)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Arriving flights and pre-screen hits"))
        self.tree.setHeaderLabels([self.tr("Flight / traveller"),
                                   self.tr("Due (local time) / born"),
                                   self.tr("Direction / role"),
                                   self.tr("On board / document"),
                                   self.tr("Pre-screen hits")])  # fmt: skip
        self.render()

    # --- data ------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.ops.query(console.arriving_flights, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, state: dict[str, Any]) -> None:
        self._busy = False
        self.state, self.error = state, None
        self.render()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.error = str(error)
        self.render()

    # --- view ------------------------------------------------------------------------

    def _direction(self, direction: str) -> str:
        return self.tr("arrival") if direction == "inbound" else self.tr("departure")

    def _hit(self, h: dict[str, Any]) -> str:
        lists = {
            "persons": self.tr("person of interest"),
            "documents": self.tr("document"),
            "exit_bans": self.tr("exit ban"),
            "entry_permits": self.tr("entry permit"),
        }
        actions = {"arrest": self.tr("arrest"), "deny_entry": self.tr("refuse entry"),
                   "deny_exit": self.tr("refuse exit"), "refer": self.tr("refer")}  # fmt: skip
        return (self.tr("%1: %2 (score %3)")
                .replace("%1", lists.get(h["dataset"], h["dataset"]))
                .replace("%2", actions.get(h["action"], h["action"]))
                .replace("%3", f"{float(h['score']):.2f}"))  # fmt: skip

    def render(self) -> None:
        self.tree.clear()
        if self.error is not None:
            self.summary.setText(
                self.tr("Could not read the flights: %1").replace("%1", self.error)
            )
            self.summary.setStyleSheet(f"color: {HIT.name()};")
            return
        self.summary.setStyleSheet("")
        st = self.state
        if st is None:
            self.summary.setText(self.tr("Reading the flights…"))
            return
        if not st["port"]:
            self.summary.setText(
                self.tr(
                    "This workstation has no port: the central system "
                    "sets it with the enrollment code."
                )
            )
            return
        flights = st["flights"]
        if not flights:
            self.summary.setText(
                self.tr("No flight due at %1 in the manifests held.").replace("%1", st["port"])
            )
            return
        flagged = sum(len(f["hits"]) for f in flights)
        self.summary.setText(
            self.tr("%1: %2 flights due, %3 travellers with pre-screen hits. From this "
                    "workstation's copy of the manifests: also while the central system "
                    "is down.")
            .replace("%1", st["port"]).replace("%2", str(len(flights)))
            .replace("%3", str(flagged)))  # fmt: skip
        for f in flights:
            due = shown(f["scheduled_local"] or f["scheduled"])
            on_board = (
                self.tr("%1 passengers, %2 crew")
                .replace("%1", str(f["passengers"]))
                .replace("%2", str(f["crew"]))
            )
            hits = f["hits"]
            item = QTreeWidgetItem([
                f["flight"], due, self._direction(f["direction"]), on_board,
                self.tr("%1 travellers").replace("%1", str(len(hits))) if hits
                else self.tr("none")])  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, f["flight_key"])
            for t in hits:
                crew = self.tr("crew") if t["role"] == "crew" else self.tr("passenger")
                child = QTreeWidgetItem([
                    t["name"], t.get("birth_date") or "", crew, t.get("document_number") or "",
                    "; ".join(self._hit(h) for h in t["hits"])])  # fmt: skip
                for c in range(5):
                    child.setForeground(c, QBrush(HIT))
                item.addChild(child)
            if hits:
                for c in range(5):
                    item.setForeground(c, QBrush(HIT))
            self.tree.addTopLevelItem(item)
            item.setExpanded(bool(hits))
