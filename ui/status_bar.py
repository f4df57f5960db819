"""The main window's status bar: mode, officer, connectivity, replica age, outbox, reader,
`Sync now`, and the progress of a large pull or push.

Refreshed every few seconds by a query on the thread pool (database and PC/SC reads,
`desktop.status.status_bar`), and at once when an operation announces a change it shows.
Connectivity and emergency mode each have their own colour, icon AND words, so that no
state is told by colour alone (colour-blind officers): online a green disc with a tick,
degraded an amber triangle with `!`, offline a grey disc with a cross, emergency a red
square with `!`; with the time since the central last answered."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QWidget,
)

from desktop.status import status_bar
from ui.glossary import term
from ui.operations import Change, Operations

REFRESH_MS = 5000
ICON_PX = 16

# state -> (background, foreground); contrast >= 4.5:1 for the white/black text.
STATE_COLOURS = {
    "online": ("#1b6e35", "#ffffff"),
    "degraded": ("#f2b705", "#000000"),
    "offline": ("#5f6368", "#ffffff"),
    "emergency": ("#b00020", "#ffffff"),
}


def state_icon(state: str, size: int = ICON_PX) -> QPixmap:
    """A small icon whose SHAPE tells the state (tick disc, ! triangle, x disc, ! square)."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    bg, fg = STATE_COLOURS.get(state, STATE_COLOURS["offline"])
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor(fg), 1.2))
    p.setBrush(QColor(bg))
    s = float(size)
    if state == "degraded":
        p.drawPolygon(QPolygonF([QPointF(s / 2, 1), QPointF(s - 1, s - 1), QPointF(1, s - 1)]))
    elif state == "emergency":
        p.drawRect(QRectF(1, 1, s - 2, s - 2))
    else:
        p.drawEllipse(QRectF(1, 1, s - 2, s - 2))
    pen = QPen(QColor(fg), max(1.5, s / 8))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    if state == "online":
        p.drawPolyline(
            QPolygonF(
                [
                    QPointF(s * 0.27, s * 0.52),
                    QPointF(s * 0.44, s * 0.70),
                    QPointF(s * 0.74, s * 0.33),
                ]
            )
        )
    elif state == "offline":
        p.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68))
        p.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68))
    else:  # degraded, emergency: an exclamation mark
        top = s * (0.38 if state == "degraded" else 0.25)
        p.drawLine(QPointF(s / 2, top), QPointF(s / 2, s * 0.62))
        p.drawPoint(QPointF(s / 2, s * 0.80))
    p.end()
    return pm


class StateBadge(QWidget):
    """Icon + words on the state's colour."""

    def __init__(self, object_name: str) -> None:
        super().__init__(objectName=object_name)
        self.icon = QLabel()
        self.text = QLabel(objectName=f"{object_name}_text")
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 1, 8, 1)
        row.setSpacing(5)
        row.addWidget(self.icon)
        row.addWidget(self.text)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.state: str | None = None

    def show_state(self, state: str | None, text: str) -> None:
        self.state = state
        self.text.setText(text)
        if state is None:
            self.icon.clear()
            self.setStyleSheet("")
            return
        bg, fg = STATE_COLOURS[state]
        self.icon.setPixmap(state_icon(state))
        self.setStyleSheet(
            f"StateBadge {{ background: {bg}; border-radius: 3px; }} "
            f"QLabel {{ color: {fg}; font-weight: bold; }}"
        )


class Strip(QWidget):
    """The bar's indicators in as few rows as the window's width allows: one on a wide
    screen, two or three at 1280 px in English or with large text. Never cut: its
    minimum is the narrowest arrangement, so it never forces the window wider."""

    MAX_ROWS = 3
    MESSAGE_ROOM = 240  # px left for the bar's passing messages (sync done, notices)

    def __init__(self, items: list[QWidget]) -> None:
        super().__init__()
        self._items = items
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(4)
        self._grid.setVerticalSpacing(0)
        for w in items:  # children first: a parentless widget counts as hidden
            w.setParent(self)
        self.rows = 0
        self.arrange(1)

    def _shown(self) -> list[QWidget]:
        return [w for w in self._items if not w.isHidden()]

    def _extent(self, rows: int) -> QSize:
        shown = self._shown()
        cols = max(1, -(-len(shown) // rows))
        widths = [0] * cols
        heights = [0] * rows
        for i, w in enumerate(shown):
            hint = w.sizeHint()
            widths[i % cols] = max(widths[i % cols], hint.width())
            heights[i // cols] = max(heights[i // cols], hint.height())
        spacing = self._grid.horizontalSpacing() * (cols - 1)
        return QSize(sum(widths) + spacing, sum(heights))

    def arrange(self, rows: int) -> None:
        self.rows = rows
        while self._grid.count():
            self._grid.takeAt(0)
        shown = self._shown()
        cols = max(1, -(-len(shown) // rows))
        for i, w in enumerate(shown):
            self._grid.addWidget(w, i // cols, i % cols)
        self.updateGeometry()

    def fit(self, width: int) -> None:
        """Re-arrange for a bar `width` px wide (after a resize or a change of text)."""
        room = width - self.MESSAGE_ROOM
        rows = next((r for r in range(1, self.MAX_ROWS) if self._extent(r).width() <= room),
                    self.MAX_ROWS)  # fmt: skip
        if rows != self.rows or self._grid.count() != len(self._shown()):
            self.arrange(rows)

    def sizeHint(self) -> QSize:
        return self._extent(max(self.rows, 1))

    def minimumSizeHint(self) -> QSize:
        narrow = self._extent(self.MAX_ROWS)
        return QSize(narrow.width(), self._extent(max(self.rows, 1)).height())


class StatusBar(QStatusBar):
    # (what, done, total) from worker threads: a pull's chunks or a push's records.
    progress = Signal(str, int, int)
    sync_requested = Signal()

    # What the bar shows: a change of any of these refreshes it.
    SHOWS = Change.RECORDS | Change.REPLICA | Change.EMERGENCY | Change.CONNECTIVITY

    def __init__(self, ops: Operations, *, can_sync: bool = False) -> None:
        super().__init__()
        self._ops = ops
        self._session = ops.session
        self.status: dict[str, Any] | None = None
        self._busy = self._again = False
        self.mode_badge = StateBadge("mode")
        self.mode = self.mode_badge.text
        self.officer = QLabel(objectName="officer")
        self.connectivity_badge = StateBadge("connectivity")
        self.connectivity = self.connectivity_badge.text
        self.replica = QLabel(objectName="replica")
        self.outbox = QLabel(objectName="outbox")
        self.reader = QLabel(objectName="reader")
        self.transfer = QProgressBar(objectName="transfer")
        self.transfer.setMaximumWidth(220)
        self.transfer.setTextVisible(True)
        self.transfer.hide()
        self.sync_now = QPushButton(objectName="sync_now")
        self.sync_now.clicked.connect(self.sync_requested)
        self.progress.connect(self.show_progress)
        items: list[QWidget] = [
            self.mode_badge,
            self.officer,
            self.connectivity_badge,
            self.replica,
            self.outbox,
            self.reader,
            self.transfer,
            self.sync_now,
        ]
        for w in items:
            w.setContentsMargins(6, 0, 6, 0)
        self.strip = Strip(items)
        # Shown or hidden once it has a parent (a parentless widget shown is a window).
        self.sync_now.setVisible(can_sync)
        self.addPermanentWidget(self.strip)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        ops.subscribe(self.SHOWS, lambda _: self.refresh(), owner=self)
        self.render()
        self.refresh()

    def refresh(self) -> None:
        if self._busy:  # a slow pcscd must not pile up tasks: once more after this one
            self._again = True
            return
        self._busy, self._again = True, False
        self._ops.query(status_bar, on_done=self._update, on_error=self._failed)

    def _update(self, status: dict[str, Any]) -> None:
        self._busy = False
        self.status = status
        self.render()
        if self._again:  # a change announced while this read ran may be missing from it
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.showMessage(
            self.tr("Status unavailable: %1").replace("%1", type(error).__name__), 10000
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.render()
        elif event.type() == QEvent.Type.FontChange:
            self._refit()
        super().changeEvent(event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.strip.fit(self.width())

    def _refit(self) -> None:
        # Texts change length (a language, a state, large text): the rows follow.
        self.strip.updateGeometry()
        self.strip.fit(self.width())

    def render(self) -> None:
        self._render()
        self._refit()

    def _render(self) -> None:
        s = self._session
        self.officer.setText(
            self.tr("Officer: %1 (%2)").replace("%1", s.user).replace("%2", self.role_name(s.role))
        )
        st = self.status
        self.sync_now.setText(self.tr("Sync now"))
        self.sync_now.setToolTip(
            self.tr("Exchange with the central system now (records out, lists and alerts in)")
        )
        if st is None:
            for w in (self.mode, self.connectivity, self.replica, self.outbox, self.reader):
                w.setText("…")
            return
        if st["mode"] == "emergency":
            self.mode_badge.show_state("emergency", self.tr("EMERGENCY MODE"))
        else:
            self.mode_badge.show_state(None, self.tr("Normal mode"))
        state = st["connectivity"]
        names = {
            "online": self.tr("Online"),
            "degraded": self.tr("Degraded"),
            "offline": self.tr("Offline"),
        }
        contact = st.get("last_contact_s")
        if contact is None:
            when = self.tr("never in contact")
        else:
            when = self.tr("last contact %1 ago").replace("%1", self.human_age(contact))
        self.connectivity_badge.show_state(
            state if state in STATE_COLOURS else "offline",
            f"{names.get(state, state)} · {when}",
        )
        detail = st.get("connectivity_detail") or {}
        self.connectivity_badge.setToolTip(detail.get("partial") or detail.get("last_error") or "")
        replica = st["replica"]
        if not replica:
            self.replica.setText(self.tr("Replica: none"))
        else:
            oldest = max((r["age_s"] or 0) for r in replica.values())
            stale = any(r["stale"] for r in replica.values())
            text = self.tr("Replica: %1 old").replace("%1", self.human_age(oldest))
            self.replica.setText(text + (self.tr(" — STALE") if stale else ""))
            self.replica.setStyleSheet("color: #b00020; font-weight: bold;" if stale else "")
        ob = st["outbox"]
        self.outbox.setText(
            self.tr("Outbox: %1 pending, %2 parked")
            .replace("%1", str(ob["pending"]))
            .replace("%2", str(ob["parked"]))
        )
        rd = st.get("reader", {})
        if not rd.get("service"):
            self.reader.setText(self.tr("Reader: PC/SC unavailable"))
        elif not rd["readers"]:
            self.reader.setText(self.tr("Reader: none"))
        else:
            card = any(r["card"] for r in rd["readers"])
            self.reader.setText(
                self.tr("Reader: card present") if card else self.tr("Reader: ready")
            )

    def show_progress(self, what: str, done: int, total: int) -> None:
        """A large pull (chunks of a dataset) or push (records); hidden when done."""
        if total <= 1 or done >= total:
            if not self.transfer.isHidden():
                self.transfer.hide()
                self._refit()
            return
        label = (
            self.tr("Sending records")
            if what == "push"
            else self.tr("Receiving %1").replace("%1", what)
        )
        self.transfer.setRange(0, total)
        self.transfer.setValue(done)
        self.transfer.setFormat(f"{label}: %v/%m")
        if self.transfer.isHidden():
            self.transfer.show()
            self._refit()

    def human_age(self, seconds: float | None) -> str:
        if seconds is None:
            return self.tr("never")
        if seconds < 90:
            return self.tr("%1 s").replace("%1", str(int(seconds)))
        if seconds < 5400:
            return self.tr("%1 min").replace("%1", str(round(seconds / 60)))
        if seconds < 172800:
            return self.tr("%1 h").replace("%1", str(round(seconds / 3600)))
        return self.tr("%1 days").replace("%1", str(round(seconds / 86400)))

    def role_name(self, role: str) -> str:
        # the glossary's word for a role (one translation per role, everywhere)
        return self.tr("machine") if role == "machine" else term("role", role)
