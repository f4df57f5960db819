"""Sync benchmarks: replay of the worst known outage (20,000 offline records) to the
reference central over loopback, per batch size; initial replica load of 1,000,000
persons + 5,000,000 documents (rows/s applied, peak memory of the workstation process);
a delta of 10,000 changes applied to that replica.

Everything runs as it does in the field: `python -m central serve` as a process, the
workstation's `python -m desktop sync --once` as a process (timed from the outside,
start-up included), the delta applied in process (pull + verify + apply only).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from bench.machine import describe
from protocol import ROUTES

ROOT = Path(__file__).resolve().parent.parent
INSTALLER, INSTALLER_PW = "inst", "Install3r!pass"
DELTA_RUNS = 3


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    env.pop("BORDER_WS_PROFILE", None)
    return env


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Central:
    def __init__(self, state: Path) -> None:
        self.state, self.port = state, _free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cli(self, *args: str, input: str | None = None) -> str:
        out = subprocess.run(
            [sys.executable, "-m", "central", "--state", str(self.state), *args],
            input=input,
            capture_output=True,
            text=True,
            env=_env(),
            cwd=ROOT,
            check=False,
        )
        if out.returncode:
            raise RuntimeError(f"central {args[0]}: {out.stderr[-500:]}")
        return out.stdout

    def start(self) -> _Central:
        import requests

        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "central",
                "--state",
                str(self.state),
                "serve",
                "--port",
                str(self.port),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=_env(),
            cwd=ROOT,
        )
        for _ in range(300):
            try:
                if requests.get(self.url + ROUTES.health.path, timeout=1).ok:
                    return self
            except requests.RequestException:
                time.sleep(0.1)
        raise RuntimeError("central did not start")

    def stop(self) -> None:
        if self.proc:
            self.proc.terminate()
            self.proc.wait(30)


def _new_profile(path: Path, central: _Central | None) -> Any:
    """A workstation profile (machine slot), enrolled with `central` if given."""
    from desktop import officers
    from desktop.config import Profile

    profile = Profile.at(path)
    officers.initialise(profile, INSTALLER, INSTALLER_PW).close()
    if central is not None:
        _enroll(profile, central)
    return profile


def _enroll(profile: Any, central: _Central) -> None:
    from local_store.keyslots import KeySlots
    from sync import enrollment

    key = KeySlots(profile.keyslots).unwrap_machine()
    store = _open_store(profile)
    enrollment.enroll(
        profile.root, store, key, INSTALLER, central.url, central.cli("enroll-code").strip()
    )
    store.close()


def _open_store(profile: Any) -> Any:
    from local_store import Store
    from local_store.keyslots import KeySlots

    return Store.open(profile.database, KeySlots(profile.keyslots).unwrap_machine())


def _sync_process(
    profile: Any, *args: str, sample_memory: bool = False
) -> tuple[float, int, list[tuple[float, str]]]:
    """Run `sync --once`; (seconds, peak RSS bytes, timestamped stderr lines). The CPU
    seconds of the process (user + system) are left in `_sync_process.cpu_s`."""
    import resource

    import psutil

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--profile", str(profile.root), "sync", "--once", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
        cwd=ROOT,
    )
    lines: list[tuple[float, str]] = []

    def read() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append((time.perf_counter() - t0, line.rstrip()))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    peak = 0
    ps = psutil.Process(proc.pid)
    while proc.poll() is None:
        if sample_memory:
            with contextlib.suppress(psutil.Error):
                peak = max(peak, ps.memory_info().rss)
        time.sleep(0.1)
    elapsed = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the process just reaped
    _sync_process.cpu_s = (after.ru_utime - before.ru_utime) + (  # type: ignore[attr-defined]
        after.ru_stime - before.ru_stime
    )
    reader.join(5)
    if proc.returncode:
        raise RuntimeError(f"sync failed: {[x for _, x in lines][-5:]}")
    return elapsed, peak, lines


# --- 1. replay --------------------------------------------------------------------------


def _offline_records(store: Any, n: int) -> None:
    """n records as an 8-hour outage leaves them: offline, emergency, real shapes."""
    from local_store import journal, settings

    rng = random.Random(6)
    with store.read() as c:
        ws = settings.get(c, "workstation_id")
    t = time.time() - 8.5 * 3600
    for start in range(0, n, 1000):
        with store.write() as c:
            for i in range(start, min(n, start + 1000)):
                t += 1.5
                rec = {
                    "workstation": ws,
                    "direction": rng.choice(("entry", "exit")),
                    "decision": "admit",
                    "reason": None,
                    "note": None,
                    "document_code": "P",
                    "issuing_state": "TWN",
                    "document_number": f"3{i:08d}",
                    "surname": rng.choice(("CHEN", "LIN", "HUANG", "CHANG", "WANG")),
                    "given_names": rng.choice(("MEI LING", "CHIA HAO", "YI TING")),
                    "nationality": "TWN",
                    "birth_date": f"19{rng.randint(40, 99)}-0{rng.randint(1, 9)}-1{i % 10}",
                    "sex": rng.choice("MF"),
                    "expiry_date": "2031-01-01",
                    "document_valid": True,
                    "officer": "otto",
                    "emergency": True,
                    "recorded_offline": True,
                    "override": False,
                    "hits": [],
                    "replica": {"persons": 1, "documents": 1},
                }
                journal.append(
                    c,
                    uuid=str(uuid.uuid4()),
                    kind="inspection",
                    recorded_at=time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(t)),
                    record=rec,
                )


def _small_lists(tmp: Path, central: _Central) -> None:
    """Lists for the central's re-screening of the replayed records."""
    rng = random.Random(7)
    persons = tmp / "small-persons.jsonl"
    with open(persons, "w") as f:
        for i in range(5000):
            f.write(
                json.dumps(
                    {
                        "id": f"S{i}",
                        "names": [f"{rng.choice(('CHEN', 'LIN'))}, NAME{i}"],
                        "birth_date": "1970",
                        "action": "refer",
                    }
                )
                + "\n"
            )
    docs = tmp / "small-docs.jsonl"
    with open(docs, "w") as f:
        for i in range(0, 20000, 97):
            f.write(
                json.dumps(
                    {
                        "document_number": f"3{i:08d}",
                        "issuing_state": "TWN",
                        "type": "P",
                        "reason": "stolen",
                    }
                )
                + "\n"
            )
    central.cli("load", "persons", str(persons))
    central.cli("load", "documents", str(docs))


def bench_replay(tmp: Path, n: int, batch_sizes: list[int]) -> tuple[list[str], int]:
    out = []
    template = tmp / "replay-template"
    profile = _new_profile(template, None)
    store = _open_store(profile)
    t0 = time.perf_counter()
    _offline_records(store, n)
    store.close()
    made = time.perf_counter() - t0
    out.append(
        f"- {n:,} offline records written to the journal in {made:.1f} s (setup, not timed below)"
    )
    results: dict[int, float] = {}
    for bs in batch_sizes:
        central = _Central(tmp / f"replay-central-{bs}")
        _small_lists(tmp, central)
        central.start()
        try:
            from desktop.config import Profile

            # A copy of the workstation (its machine slot still reads the template's key
            # file, the same key), enrolled with a fresh central for this batch size.
            ws_dir = tmp / f"replay-ws-{bs}"
            shutil.copytree(template, ws_dir)
            profile = Profile.at(ws_dir)
            _enroll(profile, central)
            elapsed, _, _ = _sync_process(profile, "--batch-size", str(bs))
            held = sum(1 for line in central.cli("records", "--json").splitlines() if line)
            if held != n:
                raise RuntimeError(f"batch {bs}: central holds {held}, expected {n}")
            alerts = sum(1 for line in central.cli("alerts", "--json").splitlines() if line)
            results[bs] = elapsed
            out.append(
                f"| {bs} | {elapsed:.1f} s | {n / elapsed:,.0f} records/s | "
                f"{alerts} post-hoc alerts raised |"
            )
        finally:
            central.stop()
    best = min(results, key=lambda b: results[b])
    table = [
        "",
        "| batch size | replay of all records (process start-up included) | rate | re-screening |",
        "|---|---|---|---|",
    ]
    return out[:1] + table + out[1:], best


# --- 2. initial load and 3. delta ----------------------------------------------------------


def _write_lists(tmp: Path, persons: int, documents: int) -> tuple[Path, Path]:
    rng = random.Random(11)
    surnames = [
        "CHEN",
        "LIN",
        "HUANG",
        "CHANG",
        "LI",
        "WANG",
        "WU",
        "LIU",
        "TSAI",
        "YANG",
        "SMITH",
        "GARCIA",
        "NGUYEN",
        "KIM",
        "IVANOV",
        "MULLER",
        "SATO",
        "DIAZ",
    ]
    given = [
        "MEI LING",
        "CHIA HAO",
        "YI TING",
        "JOHN",
        "MARIA",
        "ANH",
        "JI WOO",
        "OLGA",
        "HANS",
        "YUKI",
        "CARLOS",
        "WEI",
        "PETER",
        "AHMED",
        "FATIMA",
        "LUCAS",
    ]
    states = ["TWN", "CHN", "JPN", "KOR", "USA", "VNM", "PHL", "THA", "IDN", "MYS", "DEU"]
    p_file, d_file = tmp / "persons.jsonl", tmp / "documents.jsonl"
    with open(p_file, "w") as f:
        for i in range(persons):
            f.write(
                json.dumps(
                    {
                        "id": f"P{i:07d}",
                        "names": [f"{rng.choice(surnames)}, {rng.choice(given)} {i % 997}"],
                        "birth_date": f"{rng.randint(1940, 2005)}-{rng.randint(1, 12):02d}-"
                        f"{rng.randint(1, 28):02d}",
                        "nationality": rng.choice(states),
                        "sex": rng.choice("MF"),
                        "action": rng.choice(("refer", "deny_entry", "arrest")),
                        "list": "bench",
                    }
                )
                + "\n"
            )
    with open(d_file, "w") as f:
        for i in range(documents):
            f.write(
                json.dumps(
                    {
                        "document_number": f"{rng.choice('ABCDEFGH')}{i:08d}",
                        "issuing_state": rng.choice(states),
                        "type": "P",
                        "reason": rng.choice(("lost", "stolen", "revoked")),
                    }
                )
                + "\n"
            )
    return p_file, d_file


def _phase_times(lines: list[tuple[float, str]]) -> dict[str, tuple[float, float, int]]:
    """dataset -> (first progress time, last progress time, rows) from the progress lines."""
    phases: dict[str, tuple[float, float, int]] = {}
    for t, line in lines:
        if line.startswith("replica "):
            ds = line.split()[1].rstrip(":")
            rows = int(line.rsplit(",", 1)[1].split()[0])
            first = phases.get(ds, (t, t, 0))[0]
            phases[ds] = (first, t, rows)
    return phases


def bench_initial_and_delta(tmp: Path, persons: int, documents: int, delta: int) -> list[str]:
    out = []
    t0 = time.perf_counter()
    p_file, d_file = _write_lists(tmp, persons, documents)
    out.append(
        f"- lists generated ({persons:,} persons, {documents:,} documents) in "
        f"{time.perf_counter() - t0:.0f} s (setup)"
    )
    central = _Central(tmp / "load-central")
    for ds, f, n in (("persons", p_file, persons), ("documents", d_file, documents)):
        t0 = time.perf_counter()
        central.cli("load", ds, str(f))
        dt_ = time.perf_counter() - t0
        out.append(
            f"- central `load {ds}` (diff in SQL, sign {n:,} rows in chunks of "
            f"20,000): {dt_:.0f} s, {n / dt_:,.0f} rows/s"
        )
    central.start()
    try:
        profile = _new_profile(tmp / "load-ws", central)
        elapsed, peak, lines = _sync_process(profile, sample_memory=True)
        total = persons + documents
        phases = _phase_times(lines)
        out.append(
            f"- **initial load, workstation `sync --once`**: {total:,} rows in "
            f"{elapsed:.0f} s = **{total / elapsed:,.0f} rows/s** end to end "
            "(HTTP, signature and chain checks, SQLCipher writes, name keys), "
            f"peak RSS **{peak / 2**20:.0f} MiB**"
        )
        cpu = _sync_process.cpu_s  # type: ignore[attr-defined]
        out.append(
            f"  - CPU time of the workstation process: {cpu:.0f} s (user + system), "
            f"{total / cpu:,.0f} rows per CPU-second (the cores are shared: this one does "
            "not depend on the others' load; the central serving it is not counted)"
        )
        for ds, (first, last, rows) in phases.items():
            if rows > 1000 and last > first:
                out.append(
                    f"  - {ds}: {rows:,} rows, {rows / (last - first):,.0f} rows/s "
                    "between the first and last progress line"
                )
        db_size = profile.database.stat().st_size
        out.append(f"  - store size after the load: {db_size / 2**20:,.0f} MiB")
        # Delta: half the changes rewrite persons, half remove and add documents.
        rng = random.Random(5)
        delta_file = tmp / "delta.jsonl"
        with open(delta_file, "w") as f:
            for i in rng.sample(range(persons), delta // 2):
                f.write(
                    json.dumps(
                        {
                            "id": f"P{i:07d}",
                            "names": [f"CHANGED, NAME {i}"],
                            "birth_date": "1980",
                            "nationality": "TWN",
                            "action": "arrest",
                        }
                    )
                    + "\n"
                )
        d_delta = tmp / "delta-docs.jsonl"
        with open(d_delta, "w") as f:
            for i in range(delta // 4):
                f.write(
                    json.dumps(
                        {
                            "document_number": f"Z{i:08d}",
                            "issuing_state": "TWN",
                            "type": "P",
                            "reason": "stolen",
                        }
                    )
                    + "\n"
                )
            with open(d_file) as src:
                for _, line in zip(range(delta // 4), src, strict=False):
                    row = json.loads(line)
                    f.write(
                        json.dumps(
                            {
                                **{k: row[k] for k in ("document_number", "issuing_state", "type")},
                                "deleted": True,
                            }
                        )
                        + "\n"
                    )
        central.cli("load", "persons", str(delta_file), "--delta")
        central.cli("load", "documents", str(d_delta), "--delta")
        # The same delta on copies of the loaded workstation, so that the figure is a
        # median (the cores are shared): each copy starts at the version just loaded.
        from desktop.config import Profile

        copies = [profile]
        for k in range(1, DELTA_RUNS):
            shutil.copytree(profile.root, tmp / f"load-ws-{k}")
            copies.append(Profile.at(tmp / f"load-ws-{k}"))
        runs = [_delta_in_process(p, central) for p in copies]
        total_s, apply_s = sorted(runs)[len(runs) // 2]
        out.append(
            f"- **delta of {delta:,} changes** ({delta // 2:,} persons rewritten, "
            f"{delta // 4:,} documents added, {delta // 4:,} removed) pulled, verified and "
            f"applied in process (store just opened, cold cache): **{total_s:.2f} s** "
            f"(median of {len(runs)} runs on copies of the loaded workstation: "
            f"{', '.join(f'{t:.2f}' for t, _ in runs)} s), of which {apply_s:.2f} s inside "
            "`local_store.replica.apply_rows` (the rest: the commit of the pages it "
            "changed, pull and checks)"
        )
        rate = _transport_only(tmp, central, documents)
        out.append(
            f"- sync's own share, measured apart: the same {documents:,} documents "
            "pulled over HTTP with every check and checkpoint but the rows not "
            f"written (`apply_rows` replaced by a no-op): **{rate:,.0f} rows/s**. "
            "The rest of the initial-load and delta time is `local_store.replica."
            "apply_rows` (row validation, look-alike folds, SQLCipher writes) and, "
            "for persons, the screening name keys (`NameIndexer.keys`)."
        )
    finally:
        central.stop()
    return out


def _transport_only(tmp: Path, central: _Central, documents: int) -> float:
    from sync import enrollment, replica_pull
    from sync.client import CentralClient

    profile = _new_profile(tmp / "transport-ws", central)
    store = _open_store(profile)
    enr = enrollment.load(profile.root)
    with store.read() as c:
        token = enrollment.credential(c)
    real = replica_pull.apply_rows
    replica_pull.apply_rows = lambda *a, **k: None  # type: ignore[assignment]
    try:
        t0 = time.perf_counter()
        with CentralClient(enr.central_url, token=token) as client:
            replica_pull.pull_dataset(store, client, enr.signing_key, "documents")
        elapsed = time.perf_counter() - t0
    finally:
        replica_pull.apply_rows = real  # type: ignore[assignment]
        store.close()
    return documents / elapsed


def _delta_in_process(profile: Any, central: _Central) -> tuple[float, float]:
    """(total seconds, seconds inside local_store.replica.apply_rows)."""
    from desktop.screening.keys import NameIndexer
    from sync import enrollment, replica_pull
    from sync.client import CentralClient

    store = _open_store(profile)
    enr = enrollment.load(profile.root)
    with store.read() as c:
        token = enrollment.credential(c)
    real = replica_pull.apply_rows
    spent = [0.0]

    def timed(*args: Any, **kwargs: Any) -> Any:
        t = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - t

    replica_pull.apply_rows = timed  # type: ignore[assignment]
    try:
        t0 = time.perf_counter()
        with CentralClient(enr.central_url, token=token) as client:
            for ds in ("persons", "documents"):
                replica_pull.pull_dataset(store, client, enr.signing_key, ds, indexer=NameIndexer())
        elapsed = time.perf_counter() - t0
    finally:
        replica_pull.apply_rows = real  # type: ignore[assignment]
        store.close()
    return elapsed, spent[0]


def run(quick: bool) -> str:
    lines = ["## Sync", "", describe(), ""]
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as d:
        tmp = Path(d)
        n = 1000 if quick else 20_000
        sizes = [100, 500] if quick else [100, 250, 500, 1000, 2000]
        print(f"replay of {n} records...", flush=True)
        replay, best = bench_replay(tmp, n, sizes)
        lines.append(f"### Replay of {n:,} offline records (target <= 60 s)")
        lines += replay
        lines.append("")
        lines.append(
            f"Fastest batch size here: {best}; the default is "
            f"{_default_batch()} (see sync/outbox.py)."
        )
        lines.append("")
        persons, documents = (5_000, 20_000) if quick else (1_000_000, 5_000_000)
        print(f"initial load of {persons} persons + {documents} documents...", flush=True)
        delta = 1000 if quick else 10_000
        lines.append(
            f"### Initial replica load of {persons:,} persons + {documents:,} "
            f"documents (target >= 50,000 rows/s) and a {delta:,}-change delta "
            "(target <= 2 s for 10,000)"
        )
        lines += bench_initial_and_delta(tmp, persons, documents, delta)
    lines.append("")
    text = "\n".join(lines) + "\n"
    print(text)
    return text


def _default_batch() -> int:
    from sync.outbox import DEFAULT_BATCH

    return DEFAULT_BATCH
