"""Child process for test_sabotage: journal records in bursts, each burst started by a
line on stdin (`N`: write N records); prints each seq after its commit returned.
On a damaged store prints `DAMAGED <problem> <rescued>` and exits 4.

Reads the store path and hex key from the first stdin line."""

from __future__ import annotations

import sys
import uuid

from local_store import Store, StoreDamaged, audit, journal

path, key_hex = sys.stdin.readline().split()
store = Store.open(path, bytes.fromhex(key_hex))
try:
    for line in sys.stdin:
        for _ in range(int(line)):
            with store.write() as c:
                e = journal.append(
                    c,
                    uuid=str(uuid.uuid4()),
                    kind="inspection",
                    recorded_at="2026-11-27T10:00:00+00:00",
                    record={"decision": "admit", "pad": "x" * 2000},
                )
                audit.append(c, "wal-writer", "recorded", {"seq": e.seq})
            print(e.seq, flush=True)
        print("idle", flush=True)
except StoreDamaged as e:
    print(f"DAMAGED {e.problem} {e.rescued}", flush=True)
    sys.exit(4)
