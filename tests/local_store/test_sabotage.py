"""Finding 6 of issue 14: the WAL deleted under a live writer. Real processes: a writer
commits journal records, the test deletes store.db-wal, then either kills the writer
or lets it (or a second writer) go on. No record whose commit returned is lost, and
nobody goes on writing into a store whose log is gone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from local_store import Store, StoreDamaged, integrity, journal

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("wal_writer.py")


class Writer:
    def __init__(self, path: Path, key: bytes) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        self.send(f"{path} {key.hex()}")
        self.committed: list[int] = []

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def burst(self, n: int) -> str:
        """Ask for n records; returns the line that ended the burst (idle / DAMAGED ...)."""
        self.send(str(n))
        assert self.proc.stdout is not None
        while True:
            line = self.proc.stdout.readline().strip()
            if not line.isdigit():
                return line
            self.committed.append(int(line))


@pytest.fixture
def store_file(store):
    path, key = store.path, store.test_key
    store.close()
    return path, key


def _present(path: Path, key: bytes) -> set[int]:
    with Store.open(path, key, enforce=False) as s, s.read() as c:
        assert journal.verify(c).ok
        return {e.seq for e in journal.pending(c, limit=10**6)}


def test_wal_deleted_then_writer_killed_loses_no_committed_record(store_file):
    path, key = store_file
    w = Writer(path, key)
    assert w.burst(150) == "idle"
    integrity.wal_path(path).unlink()
    w.proc.send_signal(signal.SIGKILL)
    w.proc.wait(10)
    # Every commit that returned was in store.db already (checkpoint after journal commits).
    assert set(w.committed) <= _present(path, key)
    assert len(w.committed) == 150
    # The next process notices the log is gone instead of reading a half store.
    with pytest.raises(StoreDamaged) as e:
        Store.open(path, key)
    assert e.value.problem == "wal_deleted"
    assert any(i.problem == "wal_deleted" for i in integrity.open_incidents(path))


def test_wal_deleted_under_live_writer_second_writer_refused_first_rescues(store_file):
    path, key = store_file
    w = Writer(path, key)
    assert w.burst(100) == "idle"
    integrity.wal_path(path).unlink()
    # A second writer starting now would trust the index of a log that is gone.
    with pytest.raises(StoreDamaged) as e:
        Store.open(path, key)
    assert e.value.problem == "wal_deleted"
    # The live writer notices at its next transaction and copies what it holds.
    assert w.burst(10) == "DAMAGED wal_deleted True"
    assert w.proc.wait(10) == 4
    assert set(w.committed) <= _present(path, key)
    # Not enforcing (audit verify), the file checks out page by page.
    with Store.open(path, key, enforce=False) as s:
        assert s.full_check() == []
        assert {i.problem for i in s.incidents} == {"wal_deleted"}


def test_flipped_byte_in_a_page_nobody_reads_is_found_by_the_full_check(store_file):
    """Finding 8: the open reads only a few pages; the full check reads them all."""
    from local_store import settings

    path, key = store_file
    with Store.open(path, key) as s, s.write() as c:
        settings.put(c, "pad", "p" * 200_000)  # overflow pages, read by nobody at open
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(size - 20 * integrity.PAGE_BYTES + 1000)
        b = f.read(1)
        f.seek(-1, os.SEEK_CUR)
        f.write(bytes([b[0] ^ 0x01]))
    with Store.open(path, key) as s:
        problems = s.full_check()
    assert problems and problems[0].startswith("cipher_integrity_check"), problems
