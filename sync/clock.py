"""The workstation's clock. Counter clocks drift, so nothing in sync orders by it:
it stamps records for people and checks replica expiry, nothing more.

`BORDER_WS_CLOCK_OFFSET_S` (TEST ONLY: drills and the fault tests use it to run a
workstation process hours wrong) shifts this process's idea of now by that many seconds.
"""

from __future__ import annotations

import datetime as dt
import os

OFFSET_ENV = "BORDER_WS_CLOCK_OFFSET_S"


def now() -> dt.datetime:
    t = dt.datetime.now(dt.UTC)
    offset = os.environ.get(OFFSET_ENV)
    if offset:
        t += dt.timedelta(seconds=float(offset))
    return t


def now_iso() -> str:
    return now().isoformat(timespec="microseconds")
