#!/usr/bin/env python3
"""Screenshots of the outage views for the README, rendered offscreen on a throwaway
workstation: the supervisor's suggested-emergency banner and page 1 of a shift report,
in en and zh_TW.

The workstation is real (SQLCipher store, the demo lists loaded as `replica load` does,
inspections screened and recorded by the real workflow, spread over a morning with the
test-only clock offset). Only the outage itself is staged: the connectivity state says the
central last answered 7 minutes ago, as the sync service would have recorded it.

    PYTHONPATH=. python scripts/outage_screenshots.py docs/screenshots
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import text  # noqa: E402

from desktop import officers, reports  # noqa: E402
from desktop.cli import main as cli  # noqa: E402
from desktop.config import Profile  # noqa: E402
from desktop.inspection import service, traveller  # noqa: E402
from desktop.inspection.rules import Decision  # noqa: E402
from local_store import settings  # noqa: E402
from sync import clock, connectivity  # noqa: E402
from ui import i18n  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.none_refcount import immortalise_none  # noqa: E402
from ui.report_render import first_page_image  # noqa: E402

DEMO = ROOT / "resources" / "demo"
# (traveller, decision, reason, supervisor override) — a morning's mix at one counter
PLAN = (
    [("clean", "admit", None, False)] * 24
    + [("clean@exit", "admit", None, False)] * 6
    + [
        ("ban", "refuse", "EXIT_BAN", False),
        ("permit", "admit", None, False),
        ("stolen", "refer", "WATCHLIST_HIT", False),
        ("lin", "refer", "WATCHLIST_HIT", False),
        ("clean", "refuse", "OFFICER_DISCRETION", False),
        ("expired", "refuse", "NO_VALID_PERMIT", False),
        ("expired", "admit", None, True),
        ("stolen", "admit", None, True),
    ]
    * 3
)


def travellers() -> dict[str, tuple[str, list[str]]]:
    text = (DEMO / "travellers.txt").read_text(encoding="utf-8")
    found = re.findall(r"# (.*) — direction: (\w+)\n(\S+)\n(\S+)", text)
    keys = {
        "clean": "clean traveller",
        "permit": "valid entry permit",
        "stolen": "stolen document",
        "lin": "person of interest, Wade-Giles",
        "expired": "expired entry permit",
        "ban": "exit ban",
    }
    out = {}
    for key, start in keys.items():
        _label, direction, a, b = next(f for f in found if f[0].startswith(start))
        out[key] = (direction, [a, b])
    return out


def wait(app: QApplication, done, timeout_s: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError
        app.processEvents()
        time.sleep(0.01)
    for _ in range(20):
        app.processEvents()


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    immortalise_none()
    app = QApplication(["outage-screenshots"])
    i18n.install_font(app)
    tmp = Path(tempfile.mkdtemp(prefix="outage-shots-"))
    profile = Profile(tmp / "profile")
    with officers.initialise(profile, "inst", "install-pass") as s:
        officers.add_officer(s, "lee", "supervisor", "super-pass")
    with officers.unlock(profile, "lee", "super-pass") as s:
        officers.add_officer(s, "chen", "officer", "officer-pass")
    for ds in ("persons", "documents", "exit_bans", "entry_permits"):
        assert (
            cli(["--profile", str(profile.root), "replica", "load", ds, str(DEMO / f"{ds}.jsonl")])
            == 0
        )
    people = travellers()
    people["clean@exit"] = ("exit", people["clean"][1])
    # 05:00-09:00 UTC today, one record every ~2 minutes
    start = clock.now().replace(hour=5, minute=0, second=0, microsecond=0)
    if start > clock.now():
        start -= dt.timedelta(days=1)
    with officers.unlock(profile, "chen", "officer-pass") as s:
        with s.store.write() as c:  # the lists as the last sync left them, at 03:10
            c.execute(
                text("UPDATE replica_datasets SET published_at = :t"),
                {"t": (start - dt.timedelta(minutes=110)).isoformat()},
            )
        for i, (who, decision, reason, override) in enumerate(PLAN):
            at = start + dt.timedelta(seconds=i * 225 + (i * 37) % 90)
            os.environ[clock.OFFSET_ENV] = str((at - dt.datetime.now(dt.UTC)).total_seconds())
            direction, lines = people[who]
            screened = service.screen(s.store, traveller.from_mrz(lines), direction)
            service.record(
                s.store,
                officer="chen",
                role="officer",
                screening=screened,
                decision=Decision(direction, decision, reason, override=override),
                override_by="lee" if override else None,
            )
        os.environ.pop(clock.OFFSET_ENV)
        since, until = start, start + dt.timedelta(hours=4)
        report = reports.build(s.store, since, until, generated_by="lee")
        last = (clock.now() - dt.timedelta(minutes=7)).isoformat()
        with s.store.write() as c:  # the outage: staged as the sync service records it
            settings.put(c, "sync.enrollment", {"central": "https://central.example"})
            settings.put(
                c,
                connectivity.KEY,
                {"state": "offline", "since": last, "failures": 12, "last_ok": last},
            )

    session = officers.unlock(profile, "lee", "super-pass")
    for lang in ("en", "zh_TW"):
        i18n.set_language(lang)
        first_page_image(report, dpi=100).save(str(out / f"report-{lang}.png"))
        print(f"  {out / f'report-{lang}.png'}")
        window = MainWindow(session, start_sync=False)
        window.resize(1280, 520)
        window.show()
        window.tabs.setCurrentWidget(window.reports)
        window.reports.set_period(since, until)
        window.reports.refresh()
        wait(
            app,
            lambda w=window: (
                w.emergency_banner.isVisible()
                and w.reports.report is not None
                and w.status.status is not None
            ),
        )
        window.grab().save(str(out / f"emergency-banner-{lang}.png"))
        print(f"  {out / f'emergency-banner-{lang}.png'}")
        window.stop_background()
        window.close()
    session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
