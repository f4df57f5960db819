"""APP at check-in and APIS pre-screening against a national-size list.

- lists: 1,000,000 persons (bench/screening_data.py's generator: Chinese in characters
  and romanisations, Arabic, Russian, Western), 10,000 exit bans, 200,000 documents,
  published by the central and applied to its screening replica (cached in
  bench/cache/app-N/: the build is the slow part);
- APP: a real `python -m central serve` process, the airline simulator of tests/apis
  sending open-loop at 50 requests/s (8 check-in desks), 90% travellers not listed
  (other people drawn by the same generator with another seed), 10% listed people as
  a counter would read them (another romanisation, order, typo...) and exit-banned
  people on outbound flights; client round trip p50/p99 and the server's own time
  (app_audit.latency_ms);
- pre-screening: 300-passenger manifests (the hand-written template of tests/apis)
  imported by `apis import` in process; passengers screened per second.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.machine import describe
from protocol import ROUTES

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / "cache"


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


def _build_state(state: Path, persons: int, log: Any) -> dict[str, float]:
    from bench.screening_data import Generator
    from central import datasets, db
    from central.apis.prescreen import Mirror
    from central.keys import load_keys

    timings: dict[str, float] = {}
    database = db.open_database(state)
    keys = load_keys(state)
    gen = Generator(1701)
    t = time.perf_counter()
    people = (gen.person(f"P{i:07d}") for i in range(persons))
    datasets.publish_rows(database, keys, "persons", people)
    timings["publish persons"] = time.perf_counter() - t
    log(f"persons published in {timings['publish persons']:.0f} s")
    rng = random.Random(5)
    bans = []
    for i in range(max(10, persons // 100)):
        p = gen.person(f"EB{i:06d}")
        number = f"X{rng.randrange(10**8):08d}"
        bans.append({"id": p["id"].replace("P", "EB"), "names": p["names"],
                     "birth_date": p.get("birth_date"), "nationality": p["nationality"],
                     "document_number": number, "reason": "court"})  # fmt: skip
    datasets.publish_rows(database, keys, "exit_bans", [
        {k: v for k, v in b.items() if v is not None} for b in bans])  # fmt: skip
    docs = (d for block in gen.document_blocks(max(100, persons // 5), 20000) for d in block)
    datasets.publish_rows(database, keys, "documents", docs)
    t = time.perf_counter()
    mirror = Mirror.for_state(state)
    mirror.sync(database)
    timings["screening replica build"] = time.perf_counter() - t
    log(f"screening replica built in {timings['screening replica build']:.0f} s")
    mirror.dispose()
    database.dispose()
    (state / "bench-built.json").write_text(json.dumps(timings))
    return timings


def _questions(state: Path, n: int, seed: int) -> list[dict[str, Any]]:
    """The check-in queue: 90% people not listed, 10% listed (variants) or exit-banned."""
    from bench.screening_data import Generator
    from central import db

    rng = random.Random(seed)
    other = Generator(seed)  # not the list's seed: other people
    listed_gen = Generator(seed + 1)
    database = db.open_database(state)
    with database.read() as conn:
        sample = [json.loads(r) for (r,) in conn.exec_driver_sql(
            "SELECT row FROM dataset_rows WHERE dataset = 'persons' ORDER BY random() LIMIT ?",
            (n // 10 + 1,))]  # fmt: skip
        bans = [json.loads(r) for (r,) in conn.exec_driver_sql(
            "SELECT row FROM dataset_rows WHERE dataset = 'exit_bans' ORDER BY random() "
            "LIMIT ?", (n // 20 + 1,))]  # fmt: skip
    database.dispose()

    def q(name: str, birth: str | None, nat: str, direction: str) -> dict[str, Any]:
        sur, _, given = name.replace("<<", ", ").partition(",")
        if not given:
            parts = sur.split()
            sur, given = parts[0], " ".join(parts[1:])
        clean = "".join(ch for ch in sur.upper() if ch.isalpha() or ch in " -'") or "X"
        return {"surname": clean, "given_names": given.strip().replace("<", " ").upper(),
                "birth_date": birth or "1970", "nationality": nat,
                "document_number": f"{rng.randrange(3 * 10**8, 4 * 10**8)}",
                "issuing_state": nat, "flight": f"CI{rng.randrange(1, 999):04d}",
                "direction": direction}  # fmt: skip

    out = []
    for i in range(n):
        direction = "outbound" if rng.random() < 0.5 else "inbound"
        kind = rng.random()
        if kind < 0.9:
            p = other.person("X")
            latin = next((x for x in p["names"] if x.isascii()), None)
            if latin is None:
                latin = other.romanise(p["names"][0], "hanyu") if p["names"] else "DOE, JOHN"
            out.append(q(latin, p.get("birth_date"), p["nationality"], direction))
        elif kind < 0.95 and sample:
            p = sample[i % len(sample)]
            _, name, _ = listed_gen.variant(p)
            out.append(q(name, p.get("birth_date"), p["nationality"], direction))
        else:
            b = bans[i % len(bans)]
            latin = next((x for x in b["names"] if x.isascii()), b["names"][0])
            if not latin.isascii():
                latin = listed_gen.romanise(latin, "hanyu")
            out.append(q(latin, b.get("birth_date"), b["nationality"], "outbound"))
    return out


def _cpu_s(pid: int) -> float:
    """CPU seconds (user + system) of a process and its children (Linux /proc)."""
    total = 0.0
    pids = [pid]
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as f:
            pids += [int(x) for x in f.read().split()]
    except OSError:
        pass
    for p in pids:
        try:
            with open(f"/proc/{p}/stat", encoding="ascii") as f:
                fields = f.read().rpartition(")")[2].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except OSError:
            pass
    return total


def _cpu_pressure() -> str:
    """How much of the last minute runnable tasks waited for a core (Linux PSI)."""
    try:
        with open("/proc/pressure/cpu", encoding="ascii") as f:
            some = f.readline().split()
        return next(x for x in some if x.startswith("avg60=")).removeprefix("avg60=") + "%"
    except (OSError, StopIteration):
        return "n/a"


def _serve(state: Path, *args: str) -> tuple[subprocess.Popen[bytes], str]:
    import requests

    from tests.sync.harness import free_port

    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "central", "--state", str(state), "serve", "--port", str(port),
         *args],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if requests.get(url + ROUTES.health.path, timeout=1).ok:
                return proc, url
        except requests.RequestException:
            time.sleep(0.1)
    proc.terminate()
    raise RuntimeError("central did not start")


def bench_app(
    state: Path, requests_n: int, rate: float, serve_args: tuple[str, ...] = ()
) -> list[str]:
    from central import app_check, db
    from tests.apis.airline_sim import CheckIn, paced

    database = db.open_database(state)
    token = app_check.add_airline(database, "CI", rate_per_s=1000)
    database.dispose()
    questions = _questions(state, requests_n + 50, seed=99)
    proc, url = _serve(state, *serve_args)
    try:
        warm = CheckIn(url, token, timeout=60)
        for qn in questions[:50]:  # first requests open the replica and warm its cache
            while warm.ask(qn).status == 503:  # the replica is catching up
                time.sleep(0.5)
        pressure = _cpu_pressure()
        cpu0 = _cpu_s(proc.pid)
        t = time.perf_counter()
        results = paced(url, token, questions[50:], rate)
        wall = time.perf_counter() - t
        cpu = _cpu_s(proc.pid) - cpu0
    finally:
        proc.terminate()
        proc.wait(30)
    ok = [r for r in results if r.status == 200]
    ms = [r.ms for r in ok]
    answers: dict[str, int] = {}
    for r in ok:
        answers[r.body["answer"]] = answers.get(r.body["answer"], 0) + 1
    database = db.open_database(state)
    with database.read() as conn:
        refs = {r.body["reference"] for r in ok}
        server = [lat for (u, lat) in conn.exec_driver_sql(
            "SELECT uuid, latency_ms FROM app_audit ORDER BY id DESC LIMIT ?",
            (len(results) + 100,)) if u in refs]  # fmt: skip
    database.dispose()
    how = " ".join(serve_args) or "defaults"
    return [
        f"- `serve` {how}: {len(results)} requests at {rate:.0f}/s offered "
        f"({len(results) / wall:.1f}/s achieved; CPU pressure {pressure} of the last minute "
        f"before, load average {os.getloadavg()[0]:.1f} at the end), {len(ok)} answered 200, "
        f"others: {sorted({r.status for r in results if r.status != 200}) or 'none'}",
        f"- answers: {answers}",
        f"- client round trip: p50 {_pct(ms, 50):.1f} ms, p90 {_pct(ms, 90):.1f} ms, "
        f"p99 {_pct(ms, 99):.1f} ms, max {max(ms):.1f} ms (target p99 <= 50 ms)",
        f"- server time to the audit row (app_audit.latency_ms: screening; not the "
        f"audit commit): p50 {_pct(server, 50):.0f} ms, p99 {_pct(server, 99):.0f} ms; "
        f"server CPU {cpu / len(results) * 1000:.1f} ms per answer "
        f"({cpu / wall:.2f} cores at this rate)",
    ]


def bench_cpu(state: Path, n: int) -> list[str]:
    """The same answers in this process, one at a time: CPU time per answer (what the
    machine's load does not change) next to the wall time."""
    from central import app_check, db

    database = db.open_database(state)
    service = app_check.AppService(database, state / "screening.sqlite")
    service.sync()
    airline = app_check.Airline("CI", 1000)
    questions = [app_check.AppQuestion(**q) for q in _questions(state, n + 20, seed=7)]
    for q in questions[:20]:
        service.check(airline, q, via="bench")
    cpu, wall = [], []
    for q in questions[20:]:
        t, c = time.perf_counter(), time.process_time()
        service.check(airline, q, via="bench")
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    service.mirror.dispose()
    database.dispose()
    return [
        f"- one at a time in process ({n} answers, screening + audit, no HTTP): CPU p50 "
        f"{_pct(cpu, 50):.1f} ms, p99 {_pct(cpu, 99):.1f} ms; wall p50 {_pct(wall, 50):.1f} ms, "
        f"p99 {_pct(wall, 99):.1f} ms; load average {os.getloadavg()[0]:.1f} after"
    ]


def bench_prescreen(state: Path, flights: int) -> list[str]:
    import datetime as dt

    from central import db
    from central.apis import manifests, paxlst
    from central.apis.prescreen import Mirror
    from tests.apis.make_manifest import build, crowd

    database = db.open_database(state)
    mirror = Mirror.for_state(state)
    mirror.sync(database)
    times = []
    # Flights of another day at each run: new to the central, screened whole.
    first = dt.datetime(2027, 1, 1, 10, 0) + dt.timedelta(days=7 * (int(time.time()) % 5000))
    for i in range(flights):
        text = build(crowd(300, seed=i + 1), flight=f"BR{100 + i:04d}",
                     departs=first + dt.timedelta(days=i), ref=str(1000 + i))  # fmt: skip
        m = paxlst.parse(text)
        t = time.perf_counter()
        result = manifests.import_manifest(database, mirror, m)
        times.append(time.perf_counter() - t)
        assert result.status != "unchanged", "the benchmark must screen every flight"
    mirror.dispose()
    database.dispose()
    per_s = [300 / t for t in times]
    return [
        f"- {flights} manifests of 300 passengers, import + pre-screen each: median "
        f"{statistics.median(times):.2f} s, i.e. {statistics.median(per_s):.0f} passengers/s "
        f"(min {min(per_s):.0f}, max {max(per_s):.0f}) on one core"
    ]


def run(quick: bool) -> str:
    persons = 2000 if quick else 1_000_000
    state = CACHE / f"app-{persons}"

    def log(msg: str) -> None:
        print(f"bench app: {msg}", file=sys.stderr, flush=True)

    built = state / "bench-built.json"
    if not built.exists():
        shutil.rmtree(state, ignore_errors=True)
        state.mkdir(parents=True)
        timings = _build_state(state, persons, log)
    else:
        timings = json.loads(built.read_text())
    lines = [
        "## APP at check-in and APIS pre-screening (issue 17)",
        "",
        describe(),
        "",
        f"Lists: {persons:,} persons (bench/screening_data.py generator), "
        f"{max(10, persons // 100):,} exit bans, {max(100, persons // 5):,} documents; "
        "the central's screening replica built from the published chunks in "
        f"{timings['screening replica build']:.0f} s (publishing the persons "
        f"{timings['publish persons']:.0f} s).",
        "",
        "### APP: `POST /v1/app/check` at 50 requests/s (airline simulator, 8 desks, loopback)",
    ]
    lines += bench_app(state, 100 if quick else 3000, 50.0)
    lines += bench_app(state, 100 if quick else 3000, 50.0, ("--app-workers", "2"))
    lines += bench_cpu(state, 50 if quick else 500)
    lines += ["", "### Pre-screening throughput (`apis import`, in process)"]
    lines += bench_prescreen(state, 2 if quick else 5)
    text = "\n".join(lines) + "\n"
    print(text)
    return text
