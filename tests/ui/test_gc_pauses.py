"""The name engine's tables are kept out of the cyclic collector's full walks.

Measured at stop 42 (one core): after `score.warm_up` the process holds ~605,000 objects
and a full collection takes ~190 ms, holding the GIL, so the GUI thread would stop that
long whenever one comes due. The inspection panel's warm-up freezes them (desktop/heap.py).
A fresh process, so that no earlier test has frozen the heap already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import gc, json
from ui import inspection_panel
from desktop import heap
before = len(gc.get_objects())
inspection_panel._warm_up()
after_warm_up = len(gc.get_objects())
print(json.dumps({"before": before, "tracked": after_warm_up,
                  "frozen": gc.get_freeze_count(), "again": heap.freeze_long_lived()}))
"""


def test_the_panels_warm_up_leaves_the_collector_only_what_comes_after():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    seen = json.loads(out.strip().splitlines()[-1])
    # The warm-up's tables are in the permanent generation, not in the collector's walks.
    assert seen["frozen"] > 400_000, seen
    assert seen["tracked"] < 50_000, seen
    assert seen["again"] is False  # once per process
