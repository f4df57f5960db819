"""Child process for test_crash_safety: appends journal + audit rows until killed.

Reads the store path and hex key from stdin; prints each seq after its commit returned."""

from __future__ import annotations

import sys
import uuid

from local_store import Store, audit, journal

path, key_hex = sys.stdin.read().split()
store = Store.open(path, bytes.fromhex(key_hex))
while True:
    with store.write() as c:
        e = journal.append(
            c,
            uuid=str(uuid.uuid4()),
            kind="inspection",
            recorded_at="2026-11-27T10:00:00+00:00",
            record={"decision": "admit", "pad": "x" * 2000},
        )
        audit.append(c, "crash-writer", "recorded", {"seq": e.seq})
    print(e.seq, flush=True)
