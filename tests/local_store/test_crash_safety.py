"""SIGKILL a writer at random moments: every commit that returned survives, chains verify."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from local_store import Store, audit, journal

KILLS = 25


def test_sigkill_at_random_moments_loses_no_committed_row(store, tmp_path):
    rng = random.Random(20261127)
    key_hex = store.test_key.hex()
    path = str(store.path)
    store.close()
    committed: set[int] = set()
    writer = Path(__file__).with_name("crash_writer.py")
    root = Path(__file__).resolve().parents[2]
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, str(writer)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=root,
            env={**os.environ, "PYTHONPATH": str(root)},
        )
        proc.stdin.write(f"{path} {key_hex}\n")
        proc.stdin.close()
        # Wait for the first commit, then kill somewhere in the stream of commits.
        first = proc.stdout.readline()
        assert first.strip(), "the writer did not start"
        committed.add(int(first))
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        committed.update(int(line) for line in proc.stdout.read().split())
    with Store.open(path, bytes.fromhex(key_hex)) as s, s.read() as c:
        assert journal.verify(c).ok, journal.verify(c).describe()
        assert audit.verify(c).ok, audit.verify(c).describe()
        last = journal.last_seq(c)
        present = {e.seq for e in journal.pending(c, limit=10**6)}
    assert committed <= present
    # Rows written after the last reported commit may exist (killed before the print).
    assert present == set(range(1, last + 1))
    assert len(committed) >= KILLS
