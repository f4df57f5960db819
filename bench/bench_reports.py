"""Supervisor reports at outage scale: the model outage (05:00-13:30, ~20,000 travellers
at one site) as journal records on one workstation's encrypted store; time to count them
(desktop.reports.build), write the CSV, and render the PDF with Qt offscreen.

The records are synthetic (shape of the inspection service's, decisions, directions, hits and
overrides in plausible proportions): this measures time, not accuracy."""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from bench.machine import describe


def _fill(store, n: int, start: dt.datetime) -> None:  # type: ignore[no-untyped-def]
    from local_store import journal

    rng = random.Random(13)
    span = 8.5 * 3600
    with store.write() as c:
        for i in range(n):
            at = start + dt.timedelta(seconds=span * i / n)
            decision = rng.choices(("admit", "refer", "refuse"), (90, 7, 3))[0]
            hits = []
            if rng.random() < 0.05:
                hits.append(
                    {
                        "dataset": rng.choice(("persons", "documents", "entry_permits")),
                        "key": f"K{i}",
                        "action": "refer",
                        "score": 0.9,
                        "severity": rng.choice(("critical", "high", "medium", "low")),
                    }
                )
            override = bool(hits) and decision == "admit"
            rec = {
                "workstation": "bench",
                "direction": rng.choice(("entry", "exit")),
                "decision": decision,
                "reason": None if decision == "admit" else "WATCHLIST_HIT",
                "surname": "CHEN",
                "given_names": "MEI",
                "document_number": f"X{i:08d}",
                "officer": f"officer{i % 12}",
                "emergency": i > n // 4,
                "mode": "emergency",
                "recorded_offline": True,
                "override": override,
                "override_by": "sup1" if override else None,
                "hits": hits,
                "replica": {"persons": 41, "documents": 17},
                "replica_age_s": {"persons": 3600 + i, "documents": 3600 + i},
                "stale_policy": None,
            }
            journal.append(
                c,
                uuid=str(uuid.uuid4()),
                kind="inspection",
                recorded_at=at.isoformat(timespec="microseconds"),
                record=rec,
            )


def run(quick: bool = False) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop import reports
    from local_store.testing import new_store
    from ui import i18n
    from ui.report_render import write_pdf

    n = 500 if quick else 20_000
    from ui.none_refcount import immortalise_none

    immortalise_none()  # PySide6 6.12 on Python 3.11: aborted at exit without it
    app = QApplication.instance() or QApplication(["bench"])
    i18n.install_font(app)  # type: ignore[arg-type]
    i18n.set_language("zh_TW")
    start = dt.datetime(2026, 12, 3, 5, tzinfo=dt.UTC)
    with tempfile.TemporaryDirectory() as tmp:
        store = new_store(Path(tmp))
        try:
            t = time.perf_counter()
            _fill(store, n, start)
            fill_s = time.perf_counter() - t
            builds, csvs, pdfs = [], [], []
            for _ in range(3):
                t = time.perf_counter()
                report = reports.build(store, start, start + dt.timedelta(hours=9))
                builds.append(time.perf_counter() - t)
                t = time.perf_counter()
                text = reports.to_csv(report)
                csvs.append(time.perf_counter() - t)
                t = time.perf_counter()
                pages = write_pdf(report, Path(tmp) / "r.pdf")
                pdfs.append(time.perf_counter() - t)
            assert report["records"] == n
        finally:
            store.close()
    b, c, p = (statistics.median(x) for x in (builds, csvs, pdfs))
    print(f"  {n} records: build {b:.2f} s, csv {c * 1000:.0f} ms, pdf {p:.2f} s ({pages} pages)")
    return (
        "## Reports (issue 13)\n\n"
        f"{describe()}\n\n"
        f"{n:,} inspection records over 8.5 h in one encrypted store (written in {fill_s:.1f} s, "
        "synthetic: timing only). Medians of 3.\n\n"
        "| step | time |\n|---|---|\n"
        f"| count them (`reports.build`) | {b:.2f} s |\n"
        f"| CSV ({len(text.splitlines())} lines) | {c * 1000:.0f} ms |\n"
        f"| PDF, zh_TW ({pages} pages, QPdfWriter) | {p:.2f} s |\n"
    )
