"""Screening hits with their reasons, and how fresh the replica they came from is.

A blocking hit demands attention (issue 15): the panel keeps a red frame while it is
shown and, when the counter's `hit-alert` setting is on, pulses a few times and rings the
system bell (`alert`; Qt Multimedia is not in PySide6-Essentials, so no sound file). The
pulse is state a test can read: `pulsing`, `property("flash")`, `alerts`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop.messages import MessageList
from desktop.screening.checks import Hit
from ui import colours
from ui.glossary import term
from ui.messages import list_separator, text
from ui.retranslating import Retranslating

PULSES = 6  # phases of the flash (3 on, 3 off)
PULSE_MS = 180


class _Wrapping(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the column: Qt's own size hint measures one
    line, so a long hit summary (English runs longer) was cut at the panel's edge."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:  # fmt: skip
        tree = self.parent()
        assert isinstance(tree, QTreeWidget)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = max(60, tree.columnWidth(0) - tree.indentation() * depth - 8)
        text = opt.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, opt.text
        )
        base = super().sizeHint(option, index)
        return QSize(base.width(), max(base.height(), text.height() + 4))


class HitsView(Retranslating, QGroupBox):
    def __init__(self) -> None:
        super().__init__(objectName="hits_panel")
        self.banner = QLabel(objectName="replica_banner")
        self.banner.setWordWrap(True)
        self.summary = QLabel(objectName="hits_summary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(objectName="hits")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        # The column as wide as the view, so that long reasons wrap instead of running
        # off to the right where an officer would have to scroll for them.
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setItemDelegate(_Wrapping(self.tree))
        # A new width re-measures the rows (Qt keeps row heights until told).
        self.tree.header().sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.hits: list[Hit] | None = None
        self.replica: dict[str, Any] | None = None
        self.busy = False
        self.attention = False  # a blocking hit is shown: a steady red frame
        self.alerts = 0  # alerts raised (bell and pulse) since the panel was made
        self._pulses_left = 0
        self._pulse = QTimer(self, interval=PULSE_MS)
        self._pulse.timeout.connect(self._next_pulse)
        self.setProperty("flash", False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Screening"))
        self.render()

    def clear(self) -> None:
        self.hits, self.busy = None, False
        self.set_attention(False)
        self.render()

    def screening(self) -> None:
        self.busy = True
        self.set_attention(False)
        self.render()

    # --- attention -------------------------------------------------------------------

    @property
    def pulsing(self) -> bool:
        return self._pulse.isActive()

    def set_attention(self, on: bool) -> None:
        """The steady red frame around hits that block an admit; off stops a pulse."""
        self.attention = on
        if not on:
            self._pulse.stop()
            self._pulses_left = 0
            self.setProperty("flash", False)
        self._restyle()

    def alert(self, *, sound: bool = True) -> None:
        """A blocking hit arrived: the bell (`sound`) and a few pulses of the panel."""
        self.set_attention(True)
        self.alerts += 1
        if sound:
            QApplication.beep()
        self._pulses_left = PULSES
        self._next_pulse()
        self._pulse.start()

    def _next_pulse(self) -> None:
        if self._pulses_left <= 0:
            self._pulse.stop()
            self.setProperty("flash", False)
        else:
            self._pulses_left -= 1
            self.setProperty("flash", not self.property("flash"))
        self._restyle()

    def _restyle(self) -> None:
        # A styled group box draws its title over the border unless the title is placed
        # in the margin above it.
        title = ("QGroupBox#hits_panel { margin-top: 1.4em; padding-top: 4px; } "
                 "QGroupBox#hits_panel::title { subcontrol-origin: margin; left: 8px; "
                 "padding: 0 3px; }")  # fmt: skip
        if self.property("flash"):
            flash = colours.FLASH
            self.setStyleSheet(
                f"QGroupBox#hits_panel {{ border: 4px solid {flash.bg}; "
                f"background-color: {flash.bg}; }} {title}"
            )
        elif self.attention:
            self.setStyleSheet(
                f"QGroupBox#hits_panel {{ border: 4px solid {colours.ALARM.bg}; }} {title}"
            )
        else:
            self.setStyleSheet("")

    def show_hits(self, hits: list[Hit], replica: dict[str, Any]) -> None:
        self.hits, self.replica, self.busy = hits, replica, False
        self.render()

    def failed(self, message: str) -> None:
        self.hits, self.busy = None, False
        self.render()
        self.summary.setText(self.tr("Screening failed: %1").replace("%1", message))
        self.summary.setStyleSheet(colours.ERROR.sheet("font-weight: bold; padding: 2px;"))

    def severity_name(self, severity: str) -> str:
        return term("severity", severity).upper()

    def action_name(self, action: str) -> str:
        return term("action", action)

    def render(self) -> None:
        self.tree.clear()
        self._render_banner()
        if self.busy:
            self.summary.setText(self.tr("Screening…"))
            self.summary.setStyleSheet("")
            return
        if self.hits is None:
            self.summary.setText(self.tr("No document yet."))
            self.summary.setStyleSheet("")
            return
        if not self.hits:
            self.summary.setText(self.tr("No hits on the local lists."))
            self.summary.setStyleSheet(colours.OK.sheet("font-weight: bold; padding: 2px;"))
            return
        self.summary.setText(
            self.tr("%1 hit(s): read each reason before deciding.").replace(
                "%1", str(len(self.hits))
            )
        )
        self.summary.setStyleSheet(colours.ERROR.sheet("font-weight: bold; padding: 2px;"))
        for h in self.hits:
            # The severity in words first ("[CRITICAL]"), in a colour pair legible on any
            # theme (WCAG AA): colour is never the only sign.
            pair = colours.SEVERITY.get(h.severity, colours.SEVERITY["low"])
            fg, bg = QBrush(QColor(pair.fg)), QBrush(QColor(pair.bg))
            top = QTreeWidgetItem(
                [
                    f"[{self.severity_name(h.severity)}] {self.action_name(h.action)}"
                    f" · {h.score:.2f} · {term('dataset', h.dataset)} {h.key}"
                ]
            )
            top.setForeground(0, fg)
            top.setBackground(0, bg)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            summary = QTreeWidgetItem([text(h.summary)])
            summary.setForeground(0, fg)
            summary.setBackground(0, bg)
            top.addChild(summary)
            for reason in h.reasons:
                # A name explanation lists its words: one per line, under the reason,
                # rather than one line too long for the panel.
                shown = text(reason)
                explanation = getattr(reason, "params", {}).get("explanation")
                sep = list_separator(explanation) if isinstance(explanation, MessageList) else None
                first, *more = shown.split(sep) if sep else [shown]
                item = QTreeWidgetItem(["• " + first])
                item.setToolTip(0, shown)
                item.addChildren([QTreeWidgetItem([part]) for part in more])
                top.addChild(item)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()

    def _render_banner(self) -> None:
        replica = self.replica
        if replica is None:
            self.banner.hide()
            return
        self.banner.show()
        if not replica:
            self.banner.setText(
                self.tr(
                    "WARNING: the local replica is empty: screening "
                    "cannot find anyone. Call a supervisor."
                )
            )
            self.banner.setStyleSheet(colours.ALARM.sheet("padding: 4px;"))
            return
        stale = sorted(name for name, r in replica.items() if r.get("stale"))
        if stale:
            names = ", ".join(term("dataset", n) for n in stale)
            self.banner.setText(
                self.tr("WARNING: stale lists (%1): recent entries may be missing.").replace(
                    "%1", names
                )
            )
            self.banner.setStyleSheet(colours.WARNING.sheet("padding: 4px;"))
            return
        versions = ", ".join(
            f"{term('dataset', n)} v{r['version']}" for n, r in sorted(replica.items())
        )
        self.banner.setText(self.tr("Screened against: %1").replace("%1", versions))
        self.banner.setStyleSheet(colours.NEUTRAL.sheet("padding: 2px;"))
