"""The supervisor's reports: a shift or emergency report (desktop.reports) with its chart,
exported as PDF (drawn by ui.report_render, as `report --pdf` does) and CSV."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QRectF, QTimeZone
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import console
from ui.messages import error_text
from ui.operations import Operations
from ui.report_render import DECISIONS, ReportText, draw_hour_chart, human_age
from ui.retranslating import Retranslating

if TYPE_CHECKING:
    from desktop.officers import Session


def export_pdf(session: Session, report: dict[str, Any], path: str) -> int:
    """Drawn with Qt on a worker (ui/report_render.py), then audited by `desktop`."""
    from ui.report_render import write_pdf

    pages = write_pdf(report, path)
    console.audit_report_export(session, report, [path])
    return pages


class ReportChart(QWidget):
    def __init__(self) -> None:
        super().__init__(objectName="report_chart")
        self.report: dict[str, Any] | None = None
        self.setMinimumHeight(220)

    def show_report(self, report: dict[str, Any] | None) -> None:
        self.report = report
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.report:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_hour_chart(p, QRectF(self.rect()).adjusted(8, 8, -8, -8), self.report, ReportText())
        p.end()


def _utc(q: QDateTimeEdit) -> dt.datetime:
    return dt.datetime.fromtimestamp(q.dateTime().toSecsSinceEpoch(), dt.UTC)


class ReportsPanel(Retranslating, QWidget):
    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.ops = ops
        self.report: dict[str, Any] | None = None
        self.since = QDateTimeEdit(objectName="report_since")
        self.until = QDateTimeEdit(objectName="report_until")
        for w in (self.since, self.until):
            w.setTimeZone(QTimeZone.utc())
            w.setDisplayFormat("yyyy-MM-dd HH:mm 'UTC'")
            w.setCalendarPopup(True)
        self.emergency = QCheckBox(objectName="report_emergency")
        self.build = QPushButton(objectName="report_build")
        self.pdf = QPushButton(objectName="report_pdf")
        self.csv = QPushButton(objectName="report_csv")
        self.since_label, self.until_label = QLabel(), QLabel()
        self.summary = QLabel(objectName="report_summary")
        self.summary.setWordWrap(True)
        self.chart = ReportChart()
        self.message = QLabel(objectName="report_message")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        for w in (
            self.since_label,
            self.since,
            self.until_label,
            self.until,
            self.emergency,
            self.build,
        ):
            top.addWidget(w)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.pdf)
        bottom.addWidget(self.csv)
        bottom.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart, 1)
        layout.addLayout(bottom)
        self.build.clicked.connect(self.refresh)
        self.pdf.clicked.connect(self.choose_pdf)
        self.csv.clicked.connect(self.choose_csv)
        self.set_period(*self._default_period())
        self.retranslate()
        self._update_buttons()

    @staticmethod
    def _default_period() -> tuple[dt.datetime, dt.datetime]:
        from desktop.reports import default_shift

        return default_shift()

    def set_period(self, since: dt.datetime, until: dt.datetime) -> None:
        utc = QTimeZone.utc()
        self.since.setDateTime(QDateTime.fromSecsSinceEpoch(int(since.timestamp()), utc))
        self.until.setDateTime(QDateTime.fromSecsSinceEpoch(int(until.timestamp()), utc))

    def retranslate(self) -> None:
        self.since_label.setText(self.tr("From"))
        self.until_label.setText(self.tr("to"))
        self.emergency.setText(self.tr("Emergency mode records only"))
        self.build.setText(self.tr("Show report"))
        self.pdf.setText(self.tr("Export PDF…"))
        self.csv.setText(self.tr("Export CSV…"))
        self.render()

    def _update_buttons(self) -> None:
        self.pdf.setEnabled(self.report is not None)
        self.csv.setEnabled(self.report is not None)

    def refresh(self) -> None:
        since, until = _utc(self.since), _utc(self.until)
        if until <= since:
            self.show_message(self.tr("The end must be after the start."))
            return
        self.build.setEnabled(False)
        self.ops.query(
            console.build_report,
            since,
            until,
            self.emergency.isChecked(),
            on_done=self._built,
            on_error=self._failed,
        )

    def _built(self, report: dict[str, Any]) -> None:
        self.build.setEnabled(True)
        self.report = report
        self.message.clear()
        self.render()
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self.build.setEnabled(True)
        self.show_message(error_text(error))

    def render(self) -> None:
        r = self.report
        self.chart.show_report(r)
        if r is None:
            self.summary.setText(self.tr("Choose the period and show the report."))
            return
        text = ReportText()
        bd = r["by_decision"]
        nr = r["not_replayed"]
        o = r["overrides"]
        lines = [
            text.title(r["kind"]) + f" · {r['since'][:16].replace('T', ' ')} — "
            f"{r['until'][:16].replace('T', ' ')} UTC",
            self.tr("Records: %1 (%2)")
            .replace("%1", str(r["records"]))
            .replace("%2", ", ".join(f"{text.decision(d)} {bd[d]}" for d in DECISIONS)),
            self.tr("Entry %1, exit %2")
            .replace("%1", str(r["by_direction"].get("entry", {}).get("total", 0)))
            .replace("%2", str(r["by_direction"].get("exit", {}).get("total", 0))),
            self.tr("Hits: %1").replace(
                "%1",
                ", ".join(
                    f"{h['dataset']} {text.severity(h['severity'])} {h['hits']}" for h in r["hits"]
                )
                or "—",
            ),
            self.tr("Overrides: %1 %2")
            .replace("%1", str(o["count"]))
            .replace("%2", ", ".join(f"{k} {n}" for k, n in o["by_supervisor"].items())),
            self.tr("Not yet replayed: %1 waiting, %2 parked")
            .replace("%1", str(nr["pending"]))
            .replace("%2", str(nr["parked"])),
            self.tr("Replica used: %1").replace(
                "%1",
                "; ".join(
                    f"{ds} "
                    + ",".join(f"v{v}" for v in x["versions"])
                    + f" ({human_age(x['max_age_s'])})"
                    for ds, x in r["replica"].items()
                )
                or "—",
            ),
        ]
        self.summary.setText("\n".join(lines))

    def choose_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export report as PDF"), "report.pdf", "PDF (*.pdf)"
        )
        if path:
            self.export_pdf(path)

    def choose_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export report as CSV"), "report.csv", "CSV (*.csv)"
        )
        if path:
            self.export_csv(path)

    def export_pdf(self, path: str) -> None:
        if self.report is None:
            return
        self.ops.query(
            export_pdf,
            self.report,
            path,
            on_done=lambda pages: self.show_message(
                self.tr("Wrote %1 (%2 pages).").replace("%1", path).replace("%2", str(pages)),
                error=False,
            ),
            on_error=lambda e: self.show_message(error_text(e)),
        )

    def export_csv(self, path: str) -> None:
        if self.report is None:
            return
        self.ops.query(
            console.export_report_csv,
            self.report,
            path,
            on_done=lambda p: self.show_message(self.tr("Wrote %1.").replace("%1", p), error=False),
            on_error=lambda e: self.show_message(error_text(e)),
        )

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message.setText(text)
