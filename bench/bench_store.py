"""Encrypted store: bulk insert, indexed lookups (SQLCipher vs plain SQLite in the same
run, same engine settings), and the time to open the store and log in."""

from __future__ import annotations

import random
import secrets
import statistics
import string
import tempfile
import time
from pathlib import Path

from bench.machine import describe
from local_store import Store

STATES = ["TWN", "CHN", "HKG", "MAC", "JPN", "KOR", "USA", "GBR", "DEU", "FRA", "PHL", "VNM"]


def _rows(n: int, seed: int) -> list[tuple[str, str, str, str, int]]:
    rng = random.Random(seed)
    alphabet = string.ascii_uppercase + string.digits
    return [
        (
            "".join(rng.choices(alphabet, k=9)),
            rng.choice(STATES),
            "P",
            rng.choice(("lost", "stolen", "revoked")),
            1,
        )
        for _ in range(n)
    ]


def _measure(path: Path, key: bytes, rows: list, probes: list, plaintext: bool) -> dict:
    store = Store.open(path, key, plaintext=plaintext)
    t0 = time.perf_counter()
    with store.write() as c:
        for i in range(0, len(rows), 20000):
            c.exec_driver_sql(
                "INSERT INTO documents (document_number, issuing_state, type, reason, version)"
                " VALUES (?, ?, ?, ?, ?)",
                rows[i : i + 20000],
            )
    insert_s = time.perf_counter() - t0
    times = []
    hits = 0
    with store.read() as c:
        for number, state in probes:
            t = time.perf_counter_ns()
            r = c.exec_driver_sql(
                "SELECT reason FROM documents WHERE document_number = ? AND issuing_state = ?",
                (number, state),
            ).first()
            times.append(time.perf_counter_ns() - t)
            hits += r is not None
    store.close()  # checkpoints the WAL into the file
    times.sort()
    return {
        "insert_s": insert_s,
        "rows_per_s": len(rows) / insert_s,
        "median_us": statistics.median(times) / 1000,
        "p99_us": times[int(len(times) * 0.99)] / 1000,
        "hits": hits,
        "size_mb": path.stat().st_size / 2**20,
    }


def _login_times(tmp: Path, runs: int) -> tuple[float, float]:
    from desktop import officers
    from desktop.config import Profile

    profile = Profile(tmp / "profile")
    officers.initialise(profile, "inst", "install-pass").close()
    pw, machine = [], []
    for _ in range(runs):
        t = time.perf_counter()
        officers.unlock(profile, "inst", "install-pass").close()
        pw.append(time.perf_counter() - t)
        t = time.perf_counter()
        officers.unlock(profile, None, None).close()
        machine.append(time.perf_counter() - t)
    return statistics.median(pw), statistics.median(machine)


def run(quick: bool = False) -> str:
    n = 20_000 if quick else 1_000_000
    lookups = 2_000 if quick else 100_000
    rows = _rows(n, 1)
    rng = random.Random(2)
    # Half of the probes hit, half miss (like real traffic: most documents are clean).
    probes = [(r[0], r[1]) for r in rng.sample(rows, lookups // 2)]
    probes += [(r[0], r[1]) for r in _rows(lookups - len(probes), 3)]
    rng.shuffle(probes)
    key = secrets.token_bytes(32)
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        print(f"  inserting {n:,} rows and {lookups:,} lookups, SQLCipher then plain", flush=True)
        enc = _measure(tmp / "enc.db", key, rows, probes, plaintext=False)
        plain = _measure(tmp / "plain.db", key, rows, probes, plaintext=True)
        login_pw, login_machine = _login_times(tmp, 3 if quick else 7)
    ratio_lookup = enc["median_us"] / plain["median_us"]
    ratio_insert = enc["insert_s"] / plain["insert_s"]
    return f"""## Store (SQLCipher)

{describe()}

{n:,} rows into `documents` (WITHOUT ROWID, primary key number+state+type) in one
transaction; then {lookups:,} random primary-key lookups (half hits, half misses) on one
connection. Same engine settings (WAL, synchronous=FULL, 64 MiB page cache) for both.

| | SQLCipher 4 (raw key) | plain SQLite | ratio of times |
|---|---:|---:|---:|
| insert, rows/s | {enc["rows_per_s"]:,.0f} | {plain["rows_per_s"]:,.0f} | {ratio_insert:.2f}x |
| lookup median, µs | {enc["median_us"]:.1f} | {plain["median_us"]:.1f} | **{ratio_lookup:.2f}x** |
| lookup p99, µs | {enc["p99_us"]:.1f} | {plain["p99_us"]:.1f} | |
| file size, MiB | {enc["size_mb"]:.0f} | {plain["size_mb"]:.0f} | |

Target: lookups <= 1.3x plain SQLite. Open the store and log in (median of runs):
password slot (Argon2id 46 MiB, 1 pass, then open + migrations check + audit entry)
**{login_pw * 1000:.0f} ms**; machine slot {login_machine * 1000:.0f} ms.
"""
