"""The main window's status bar: mode, officer, connectivity, replica age, outbox, reader.

Refreshed every few seconds by a task on the thread pool (database and PC/SC reads)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from desktop.status import reader_state, workstation_status
from ui.tasks import run_task

REFRESH_MS = 5000


def _gather(store: Any) -> dict[str, Any]:
    with store.read() as c:
        status = workstation_status(c)
    status["reader"] = reader_state()
    return status


class StatusBar(QStatusBar):
    def __init__(self, session: Any) -> None:
        super().__init__()
        self._session = session
        self.status: dict[str, Any] | None = None
        self._busy = False
        self.mode = QLabel(objectName="mode")
        self.officer = QLabel(objectName="officer")
        self.connectivity = QLabel(objectName="connectivity")
        self.replica = QLabel(objectName="replica")
        self.outbox = QLabel(objectName="outbox")
        self.reader = QLabel(objectName="reader")
        for w in (
            self.mode,
            self.officer,
            self.connectivity,
            self.replica,
            self.outbox,
            self.reader,
        ):
            w.setContentsMargins(6, 0, 6, 0)
            self.addPermanentWidget(w)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.render()
        self.refresh()

    def refresh(self) -> None:
        if self._busy:  # a slow pcscd must not pile up tasks
            return
        self._busy = True
        run_task(_gather, self._session.store, on_done=self._update, on_error=self._failed)

    def _update(self, status: dict[str, Any]) -> None:
        self._busy = False
        self.status = status
        self.render()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.showMessage(
            self.tr("Status unavailable: %1").replace("%1", type(error).__name__), 10000
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.render()
        super().changeEvent(event)

    def render(self) -> None:
        s = self._session
        self.officer.setText(
            self.tr("Officer: %1 (%2)").replace("%1", s.user).replace("%2", self.role_name(s.role))
        )
        st = self.status
        if st is None:
            for w in (self.mode, self.connectivity, self.replica, self.outbox, self.reader):
                w.setText("…")
            return
        if st["mode"] == "emergency":
            self.mode.setText(self.tr("EMERGENCY MODE"))
            self.mode.setStyleSheet("background: #b00020; color: white; font-weight: bold;")
        else:
            self.mode.setText(self.tr("Normal mode"))
            self.mode.setStyleSheet("")
        names = {
            "online": self.tr("Online"),
            "degraded": self.tr("Degraded"),
            "offline": self.tr("Offline"),
        }
        self.connectivity.setText(names.get(st["connectivity"], st["connectivity"]))
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
        return {
            "officer": self.tr("officer"),
            "supervisor": self.tr("supervisor"),
            "installer": self.tr("installer"),
            "machine": self.tr("machine"),
        }.get(role, role)
