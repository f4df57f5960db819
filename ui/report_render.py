"""Drawing a report (desktop.reports) with QPainter: the chart in the window and every
page of the PDF (QPdfWriter). No QtCharts (PySide6-Essentials has none): bars, axes and
tables are drawn here. Works offscreen (`report --pdf` runs with no display)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QMarginsF, QObject, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from desktop.reports import DECISIONS
from ui.glossary import term

COLOURS = {"admit": QColor("#2e7d32"), "refer": QColor("#f9a825"), "refuse": QColor("#c62828")}


class ReportText(QObject):
    """The report's words in the officer's language (one translation context)."""

    def title(self, kind: str) -> str:
        return self.tr("Emergency report") if kind == "emergency" else self.tr("Shift report")

    def decision(self, d: str) -> str:
        # the glossary's word for each decision (one translation per act)
        return self.tr("total") if d == "total" else term("decision", d)

    def severity(self, s: str) -> str:
        return self.tr("unknown") if s == "unknown" else term("severity", s)

    def direction(self, d: str) -> str:
        return term("direction", d)

    def words(self) -> dict[str, str]:
        return {
            "workstation": self.tr("Workstation"),
            "period": self.tr("Period"),
            "generated": self.tr("Generated"),
            "by": self.tr("by"),
            "records": self.tr("Records"),
            "by_hour": self.tr("Records by hour (%1)"),
            "by_direction": self.tr("By direction"),
            "direction": self.tr("Direction"),
            "hits": self.tr("Hits by list and severity"),
            "list": self.tr("List"),
            "severity": self.tr("Severity"),
            "hit_count": self.tr("Hits"),
            "hit_records": self.tr("Records with hits"),
            "none": self.tr("none"),
            "overrides": self.tr("Supervisor overrides"),
            "no": self.tr("No."),
            "time": self.tr("Time"),
            "officer": self.tr("Officer"),
            "supervisor": self.tr("Supervisor"),
            "decision": self.tr("Decision"),
            "replay": self.tr("Not yet replayed to the central"),
            "pending": self.tr("waiting"),
            "parked": self.tr("refused by the central (parked)"),
            "offline": self.tr("Recorded offline"),
            "emergency_records": self.tr("Recorded in emergency mode"),
            "stale": self.tr("Records made with stale lists"),
            "replica": self.tr("Replica versions and ages used"),
            "versions": self.tr("Versions"),
            "max_age": self.tr("Oldest at use"),
            "periods": self.tr("Emergency periods"),
            "declared": self.tr("Declared"),
            "ended": self.tr("Ended"),
            "still_active": self.tr("still active"),
            "reason": self.tr("Reason"),
            "page": self.tr("Page %1"),
        }


def human_age(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds < 5400:
        return f"{round(seconds / 60)} min"
    if seconds < 172800:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} d"


def short_time(iso: str | None) -> str:
    return (iso or "")[:16].replace("T", " ")


def draw_hour_chart(p: QPainter, rect: QRectF, report: dict[str, Any], text: ReportText) -> None:
    """Stacked bars per hour (admitted, referred, refused), a y axis and a legend."""
    hours = report["by_hour"]
    fm = QFontMetricsF(p.font())
    lh = fm.height()
    legend_h = lh * 1.4
    axis_w = fm.horizontalAdvance("0000") + lh * 0.5
    plot = QRectF(
        rect.left() + axis_w,
        rect.top() + legend_h,
        rect.width() - axis_w,
        rect.height() - legend_h - lh * 1.6,
    )
    p.save()
    # Legend
    x = plot.left()
    for d in DECISIONS:
        p.fillRect(QRectF(x, rect.top() + lh * 0.2, lh * 0.8, lh * 0.8), COLOURS[d])
        label = f"{text.decision(d)} {report['by_decision'][d]}"
        p.setPen(Qt.GlobalColor.black)
        p.drawText(
            QRectF(x + lh, rect.top(), fm.horizontalAdvance(label) + 4, lh * 1.2),
            Qt.AlignmentFlag.AlignVCenter,
            label,
        )
        x += lh * 1.5 + fm.horizontalAdvance(label) + lh
    top = max([h["total"] for h in hours] + [1])
    step = max(1, _nice_step(top))
    ymax = ((top + step - 1) // step) * step
    p.setPen(QColor("#9e9e9e"))
    for v in range(0, ymax + 1, step):
        y = plot.bottom() - plot.height() * v / ymax
        p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
        p.drawText(
            QRectF(rect.left(), y - lh / 2, axis_w - lh * 0.3, lh),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(v),
        )
    if hours:
        slot = plot.width() / len(hours)
        bar = max(1.0, slot * 0.7)
        fits = max(1.0, plot.width() / (fm.horizontalAdvance("00:00") * 1.4))
        label_every = max(1, int(len(hours) / fits) + 1)
        for i, h in enumerate(hours):
            x0 = plot.left() + i * slot + (slot - bar) / 2
            y = plot.bottom()
            for d in DECISIONS:
                n = h.get(d, 0)
                if not n:
                    continue
                height = plot.height() * n / ymax
                p.fillRect(QRectF(x0, y - height, bar, height), COLOURS[d])
                y -= height
            if i % label_every == 0:
                p.setPen(Qt.GlobalColor.black)
                p.drawText(
                    QRectF(plot.left() + i * slot - slot, plot.bottom() + lh * 0.2, slot * 3, lh),
                    Qt.AlignmentFlag.AlignHCenter,
                    h["hour"][11:16],
                )
    p.setPen(Qt.GlobalColor.black)
    p.drawLine(int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom()))
    p.restore()


def _nice_step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 6:
            return step
    return 10000


class _Pages:
    """A cursor over the PDF's pages: text lines and simple tables, new page when full."""

    def __init__(
        self, painter: QPainter, area: QRectF, new_page: Callable[[], None], text: ReportText
    ) -> None:
        self.p, self.text, self.new_page = painter, text, new_page
        self.area = area
        self.y = 0.0
        self.page = 1
        self.base = QFont(painter.font())
        self._footer()

    @property
    def lh(self) -> float:
        return QFontMetricsF(self.p.font()).height() * 1.25

    def _footer(self) -> None:
        self.p.save()
        f = QFont(self.base)
        f.setPointSizeF(self.base.pointSizeF() * 0.8)
        self.p.setFont(f)
        self.p.setPen(QColor("#616161"))
        self.p.drawText(
            QRectF(0, self.area.bottom() - self.lh, self.area.width(), self.lh),
            Qt.AlignmentFlag.AlignRight,
            self.text.words()["page"].replace("%1", str(self.page)),
        )
        self.p.restore()

    def need(self, h: float) -> None:
        if self.y + h > self.area.height() - self.lh * 1.5:
            self.new_page()
            self.page += 1
            self.y = 0.0
            self._footer()

    def line(self, s: str, *, bold: bool = False, scale: float = 1.0, gap: float = 0.0) -> None:
        f = QFont(self.base)
        f.setBold(bold)
        f.setPointSizeF(self.base.pointSizeF() * scale)
        self.p.setFont(f)
        self.need(self.lh * (1 + gap))
        self.y += self.lh * gap
        self.p.drawText(
            QRectF(0, self.y, self.area.width(), self.lh),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            s,
        )
        self.y += self.lh
        self.p.setFont(self.base)

    def table(self, header: list[str], rows: list[list[str]], widths: list[float]) -> None:
        total = sum(widths)
        xs = [0.0]
        for w in widths:
            xs.append(xs[-1] + self.area.width() * w / total)

        numeric = {
            i for i in range(1, len(header)) if rows and all(r[i].strip().isdigit() for r in rows)
        }

        def row(values: list[str], bold: bool) -> None:
            f = QFont(self.base)
            f.setBold(bold)
            self.p.setFont(f)
            self.need(self.lh)
            for i, v in enumerate(values):
                align = Qt.AlignmentFlag.AlignVCenter | (
                    Qt.AlignmentFlag.AlignRight if i in numeric else Qt.AlignmentFlag.AlignLeft
                )
                self.p.drawText(QRectF(xs[i] + 4, self.y, xs[i + 1] - xs[i] - 8, self.lh), align, v)
            self.y += self.lh
            self.p.setPen(QColor("#bdbdbd"))
            self.p.drawLine(0, int(self.y), int(self.area.width()), int(self.y))
            self.p.setPen(Qt.GlobalColor.black)
            self.p.setFont(self.base)

        row(header, True)
        for r in rows:
            row(r, False)


def write_pdf(report: dict[str, Any], path: Path | str) -> int:
    """Write the report as an A4 PDF; returns the page count."""
    path = Path(path)
    if not path.parent.is_dir():
        raise OSError(f"no such directory: {path.parent}")
    writer = QPdfWriter(str(path))
    writer.setResolution(150)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(ReportText().title(report["kind"]))
    writer.setCreator("border inspection workstation")
    # Under a non-CJK default locale Qt shapes Noto Sans CJK's digits to glyphs that its
    # PDF ToUnicode map leaves out: the numbers would be unreadable to text extraction
    # (search, pdftotext, screen readers). Shaped as zh_TW they map back (checked in
    # tests/ui/test_outage_views.py with pypdf).
    locale = QLocale()
    QLocale.setDefault(QLocale("zh_TW"))
    p = QPainter()
    try:
        if not p.begin(writer):
            raise OSError(f"cannot write {path}")
        _set_font(p)
        r = writer.pageLayout().paintRectPixels(writer.resolution())
        pages = _draw(p, QRectF(0, 0, r.width(), r.height()), writer.newPage, report)
    finally:
        if p.isActive():
            p.end()
        QLocale.setDefault(locale)
    if not path.is_file():
        raise OSError(f"cannot write {path}")
    return pages


def _set_font(p: QPainter) -> None:
    from desktop.resources import TC_FONT_FAMILY

    font = QFont(p.font())
    font.setFamilies([TC_FONT_FAMILY, *font.families()])
    font.setPointSizeF(9.5)
    p.setFont(font)


class _FirstPageOnly(Exception):
    pass


def first_page_image(report: dict[str, Any], dpi: int = 110) -> QImage:
    """Page 1 as the PDF shows it (A4, 15 mm margins): the screenshots in the README."""
    mm = dpi / 25.4
    image = QImage(int(210 * mm), int(297 * mm), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(int(dpi / 0.0254))
    image.setDotsPerMeterY(int(dpi / 0.0254))
    image.fill(QColor("white"))
    p = QPainter(image)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.translate(15 * mm, 15 * mm)
        _set_font(p)

        def stop() -> None:
            raise _FirstPageOnly

        with contextlib.suppress(_FirstPageOnly):
            _draw(p, QRectF(0, 0, 180 * mm, 267 * mm), stop, report)
    finally:
        p.end()
    return image


def _draw(p: QPainter, area: QRectF, new_page: Callable[[], None], report: dict[str, Any]) -> int:
    text = ReportText()
    w = text.words()
    pg = _Pages(p, area, new_page, text)
    pg.line(text.title(report["kind"]), bold=True, scale=1.6)
    pg.line(f"{w['workstation']}: {report['workstation']}")
    zone = report.get("zone", "UTC")
    pg.line(f"{w['period']}: {short_time(report['since'])} — {short_time(report['until'])} {zone}")
    gen = f"{w['generated']}: {short_time(report['generated_at'])} UTC"
    if report.get("generated_by"):
        gen += f" {w['by']} {report['generated_by']}"
    pg.line(gen)
    bd = report["by_decision"]
    pg.line(
        f"{w['records']}: {report['records']}  ("
        + ", ".join(f"{text.decision(d)} {bd[d]}" for d in DECISIONS)
        + ")",
        bold=True,
        gap=0.5,
    )

    pg.line(w["by_hour"].replace("%1", zone), bold=True, gap=0.5)
    chart_h = pg.area.height() * 0.25
    pg.need(chart_h)
    draw_hour_chart(p, QRectF(0, pg.y, pg.area.width(), chart_h), report, text)
    pg.y += chart_h

    pg.line(w["by_direction"], bold=True, gap=0.5)
    pg.table(
        [w["direction"], *(text.decision(d) for d in (*DECISIONS, "total"))],
        [
            [text.direction(k), *(str(v.get(d, 0)) for d in (*DECISIONS, "total"))]
            for k, v in report["by_direction"].items()
        ],
        [2, 1, 1, 1, 1],
    )

    pg.line(w["hits"], bold=True, gap=0.5)
    if report["hits"]:
        pg.table(
            [w["list"], w["severity"], w["hit_count"], w["hit_records"]],
            [
                [h["dataset"], text.severity(h["severity"]), str(h["hits"]), str(h["records"])]
                for h in report["hits"]
            ],
            [2, 1.5, 1, 1],
        )
    else:
        pg.line(w["none"])

    o = report["overrides"]
    pg.line(f"{w['overrides']}: {o['count']}", bold=True, gap=0.5)
    if o["items"]:
        pg.line(", ".join(f"{k}: {n}" for k, n in o["by_supervisor"].items()))
        pg.table(
            [w["no"], w["time"], w["officer"], w["supervisor"], w["decision"], w["list"]],
            [
                [
                    str(i["seq"]),
                    short_time(i["recorded_at"]),
                    str(i["officer"]),
                    str(i["override_by"]),
                    text.decision(i["decision"]),
                    ", ".join(i["lists"]) or "—",
                ]
                for i in o["items"]
            ],
            [0.7, 2, 1.3, 1.3, 1.2, 2],
        )

    nr = report["not_replayed"]
    pg.line(w["replay"] + f": {nr['pending'] + nr['parked']}", bold=True, gap=0.5)
    pg.line(f"{w['pending']}: {nr['pending']}   {w['parked']}: {nr['parked']}")
    pg.line(
        f"{w['offline']}: {report['recorded_offline']}   "
        f"{w['emergency_records']}: {report['emergency_records']}"
    )
    if report["stale_policy"]:
        pg.line(
            f"{w['stale']}: " + ", ".join(f"{k} {n}" for k, n in report["stale_policy"].items())
        )

    pg.line(w["replica"], bold=True, gap=0.5)
    if report["replica"]:
        pg.table(
            [w["list"], w["versions"], w["records"], w["max_age"]],
            [
                [
                    ds,
                    ", ".join(f"v{v}" for v in r["versions"]),
                    str(r["records"]),
                    human_age(r["max_age_s"]),
                ]
                for ds, r in report["replica"].items()
            ],
            [2, 2, 1, 1.2],
        )
    else:
        pg.line(w["none"])

    if report["emergency_periods"]:
        pg.line(w["periods"], bold=True, gap=0.5)
        for e in report["emergency_periods"]:
            ended = short_time(e["ended_at"]) if e["ended_at"] else w["still_active"]
            pg.line(
                f"{w['declared']}: {short_time(e['declared_at'])} ({e['declared_by']})  "
                f"{w['ended']}: {ended}  {w['reason']}: {e['reason']}"
            )
            lists = e.get("replica") or {}
            if lists:
                pg.line(
                    "    "
                    + ", ".join(
                        f"{ds} v{r.get('version')} ({human_age(r.get('age_s'))})"
                        for ds, r in lists.items()
                    )
                )
    return pg.page
