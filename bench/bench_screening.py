"""Screening benchmark: a synthetic replica of 1,000,000 persons and 20,000,000 documents
in a real SQLCipher store, built once into bench/cache/ (git-ignored) and reused.

Measured (in a fresh process, so that its peak memory is the screening's own):
- document check (exact, look-alike, unlisted numbers): p50 / p99;
- name screening of the persons dataset for variants of listed people and for
  unlisted travellers: median / p99, and recall of the listed person;
- peak memory (max RSS) of the screening process, replica size on disk.
Targets (issue 5): document p99 <= 2 ms; names median <= 10 ms, p99 <= 50 ms;
recall >= 0.98.
"""

from __future__ import annotations

import json
import os
import random
import resource
import secrets
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench import machine

HERE = Path(__file__).resolve().parent
CACHE = HERE / "cache"
FULL = (1_000_000, 20_000_000)
QUICK = (2_000, 20_000)
SEED = 20261127
PERSONS_GEN = 2  # version of the person generator: a cached replica with another is redone


def _profile_dir(persons: int, documents: int) -> Path:
    return CACHE / f"screening-{persons}-{documents}"


def _open(path: Path) -> Any:
    from local_store import Store

    key = bytes.fromhex((path / "bench.key").read_text().strip())
    return Store.open(path / "store.db", key)


def build(persons: int, documents: int, log: Any = print) -> Path:
    """Generate the replica unless the cache already has it (marked by `done.json`)."""
    from bench.screening_data import Generator
    from desktop.screening.keys import NameIndexer
    from local_store import replica

    path = _profile_dir(persons, documents)
    marker = path / "done.json"
    if marker.exists() and json.loads(marker.read_text()).get("persons_gen") != PERSONS_GEN:
        _regenerate_persons(path, persons, log)
    if marker.exists():
        with _open(path) as store, store.write() as c:  # keys of an older algorithm
            rebuilt = replica.ensure_name_keys(c, NameIndexer())
        if rebuilt:
            log(f"rebuilt name keys of {', '.join(rebuilt)} (new key algorithm)")
        return path
    CACHE.mkdir(exist_ok=True)
    (CACHE / ".gitignore").write_text("*\n")
    if path.exists():
        for f in path.iterdir():
            f.unlink()
    path.mkdir(parents=True, exist_ok=True)
    (path / "bench.key").write_text(secrets.token_bytes(32).hex())
    store = _open(path)
    sample, t_persons = _persons(store, persons, log)
    gen = Generator(SEED + 3)
    t1 = time.monotonic()
    done = 0
    doc_sample: list[str] = []
    with_tx = 500_000
    pending: list[dict[str, Any]] = []
    for rows in gen.document_blocks(documents, 50_000):
        doc_sample.extend(r["document_number"] for r in rows[:: max(1, documents // 2000)])
        pending.extend(rows)
        if len(pending) >= with_tx:
            with store.write() as c:
                replica.apply_rows(c, "documents", pending, 1, indexer=None)
            done += len(pending)
            pending = []
            log(f"documents {done}/{documents} ({time.monotonic() - t1:.0f} s)")
    if pending:
        with store.write() as c:
            replica.apply_rows(c, "documents", pending, 1, indexer=None)
        done += len(pending)
    t_docs = time.monotonic() - t1
    with store.write() as c:
        for ds, n in (("persons", persons), ("documents", done)):
            c.exec_driver_sql(
                "INSERT OR REPLACE INTO replica_datasets (dataset, version, applied_at, "
                "row_count) VALUES (?, 1, datetime('now'), ?)",
                (ds, n),
            )
    with store.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    (path / "sample.json").write_text(json.dumps({"persons": sample, "documents": doc_sample}))
    (path / "done.json").write_text(
        json.dumps(
            {
                "persons": persons,
                "documents": done,
                "persons_s": round(t_persons, 1),
                "documents_s": round(t_docs, 1),
                "persons_gen": PERSONS_GEN,
            }
        )
    )
    return path


def _persons(store: Any, persons: int, log: Any) -> tuple[list[dict[str, Any]], float]:
    from bench.screening_data import Generator
    from desktop.screening.keys import NameIndexer
    from local_store import replica

    gen = Generator(SEED)
    indexer = NameIndexer()
    t0 = time.monotonic()
    block = 20_000
    sample: list[dict[str, Any]] = []
    for start in range(0, persons, block):
        rows = [gen.person(f"P{i:07d}") for i in range(start, min(persons, start + block))]
        sample.extend(r for r in rows if gen.rng.random() < 2000 / persons)
        with store.write() as c:
            replica.apply_rows(c, "persons", rows, 1, indexer=indexer, bulk=True)
        log(f"persons {start + len(rows)}/{persons} ({time.monotonic() - t0:.0f} s)")
    with store.write() as c:  # the name keys, merged in key order (as sync does)
        replica.finish_bulk(c, "persons")
    return sample, time.monotonic() - t0


def _regenerate_persons(path: Path, persons: int, log: Any) -> None:
    log("person generator changed: regenerating persons (documents kept)")
    with _open(path) as store:
        with store.write() as c:
            c.exec_driver_sql("DELETE FROM screening_name_keys")
            c.exec_driver_sql("DELETE FROM persons")
        sample, seconds = _persons(store, persons, log)
    meta = json.loads((path / "sample.json").read_text())
    meta["persons"] = sample
    (path / "sample.json").write_text(json.dumps(meta))
    done = json.loads((path / "done.json").read_text())
    done.update(persons_s=round(seconds, 1), persons_gen=PERSONS_GEN)
    (path / "done.json").write_text(json.dumps(done))


def _hwm_kib() -> int:
    """Peak resident memory of this process (VmHWM: unlike ru_maxrss it does not carry
    the parent's peak over the fork)."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def measure(path: Path, queries: int) -> dict[str, Any]:
    """Run in a fresh process: timings, recall and this process's peak memory."""
    import datetime as dt

    from bench.screening_data import Generator
    from desktop.screening.checks import Policy, Traveller, check_document, check_persons

    sample = json.loads((path / "sample.json").read_text())
    rng = random.Random(SEED + 1)
    gen = Generator(SEED + 2)
    store = _open(path)
    today = dt.date(2026, 11, 27)
    policy = Policy()
    rss_before = _hwm_kib()
    out: dict[str, Any] = {}
    with store.read() as c:
        # warm-up: tables, caches, first page reads
        for n in sample["documents"][:50]:
            check_document(c, n, None)
        # documents
        numbers = sample["documents"]
        probes: list[tuple[str, str]] = []
        for _ in range(queries * 2):
            p = rng.random()
            n = rng.choice(numbers)
            if p < 0.4:
                probes.append(("listed", n))
            elif p < 0.6:
                table = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "G"}
                spots = [k for k, ch in enumerate(n) if ch in table]
                if spots:
                    k = rng.choice(spots)
                    probes.append(("look-alike", n[:k] + table[n[k]] + n[k + 1 :]))
            else:
                probes.append(("unlisted", f"{rng.randrange(10**9):09d}"))
        times: dict[str, list[float]] = {}
        doc_cpu: list[float] = []
        found = {"listed": 0, "look-alike": 0}
        for kind, n in probes:
            t, tc = time.perf_counter(), time.process_time()
            hits = check_document(c, n, None)
            times.setdefault(kind, []).append((time.perf_counter() - t) * 1000)
            doc_cpu.append((time.process_time() - tc) * 1000)
            if kind in found and hits:
                found[kind] += 1
        all_doc = [x for v in times.values() for x in v]
        out["documents"] = {
            "queries": len(all_doc),
            "p50_ms": round(statistics.median(all_doc), 3),
            "p99_ms": round(_pct(all_doc, 0.99), 3),
            "cpu_p50_ms": round(statistics.median(doc_cpu), 3),
            "cpu_p99_ms": round(_pct(doc_cpu, 0.99), 3),
            "by_kind": {k: {"n": len(v), "p50_ms": round(statistics.median(v), 3),
                            "p99_ms": round(_pct(v, 0.99), 3)} for k, v in times.items()},
            "found_listed": f"{found['listed']}/{len(times.get('listed', []))}",
            "found_look_alike": f"{found['look-alike']}/{len(times.get('look-alike', []))}",
        }  # fmt: skip
        # names: variants of listed persons, then unlisted travellers
        people = sample["persons"]
        rng.shuffle(people)
        people = people[:queries]
        for p in people[:20]:  # warm-up of the name engine's tables
            check_persons(c, Traveller(p["names"][0]), "entry", policy, today)
        lat: list[float] = []
        cpu: list[float] = []
        recalled = 0
        misses: list[dict[str, Any]] = []
        by_kind: dict[str, list[int]] = {}
        for p in people:
            kind, name, others = gen.variant(p)
            tr = Traveller(name, "", p.get("birth_date"), p.get("nationality"), p.get("sex"),
                           other_names=tuple(others))  # fmt: skip
            t, tc = time.perf_counter(), time.process_time()
            hits = check_persons(c, tr, "entry", policy, today)
            lat.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - tc) * 1000)
            ok = any(h.key == p["id"] for h in hits)
            recalled += ok
            by_kind.setdefault(kind, [0, 0])
            by_kind[kind][0] += ok
            by_kind[kind][1] += 1
            if not ok and len(misses) < 15:
                misses.append({"kind": kind, "query": name, "listed": p["names"]})
        unl: list[float] = []
        false_hits = 0
        for _ in range(queries):
            q = gen.person("Q")
            tr = Traveller(q["names"][-1], "", q.get("birth_date"), q.get("nationality"),
                           q.get("sex"))  # fmt: skip
            t, tc = time.perf_counter(), time.process_time()
            hits = check_persons(c, tr, "entry", policy, today)
            unl.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - tc) * 1000)
            false_hits += bool(hits)
        both = lat + unl
        out["names"] = {
            "queries": len(both),
            "median_ms": round(statistics.median(both), 2),
            "p99_ms": round(_pct(both, 0.99), 2),
            "cpu_median_ms": round(statistics.median(cpu), 2),
            "cpu_p99_ms": round(_pct(cpu, 0.99), 2),
            "listed_median_ms": round(statistics.median(lat), 2),
            "unlisted_median_ms": round(statistics.median(unl), 2),
            "recall": round(recalled / max(1, len(people)), 4),
            "recall_by_variant": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_kind.items())},
            "unlisted_with_a_hit": f"{false_hits}/{queries}",
            "misses": misses,
        }
    store.close()
    out["peak_rss_mib"] = round(_hwm_kib() / 1024, 1)
    out["rss_before_screening_mib"] = round(rss_before / 1024, 1)
    return out


def _dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.glob("store.db*"))


def run(quick: bool) -> str:
    persons, documents = QUICK if quick else FULL
    t = time.monotonic()
    path = build(persons, documents, log=lambda m: print(m, flush=True))
    built = json.loads((path / "done.json").read_text())
    queries = 100 if quick else 1000
    load = os.getloadavg()
    proc = subprocess.run(
        [sys.executable, "-m", "bench.bench_screening", "--measure", str(path), str(queries)],
        capture_output=True, text=True, check=True, cwd=HERE.parent,
    )  # fmt: skip
    m = json.loads(proc.stdout.strip().splitlines()[-1])
    size = _dir_size(path)
    with _open(path) as store, store.read() as c:
        counts = {
            t: c.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()
            for t in ("persons", "documents", "screening_name_keys", "screening_document_folds")
        }
    d, n = m["documents"], m["names"]
    lines = [
        "## Screening",
        "",
        machine.describe(),
        "",
        f"Synthetic replica (SQLCipher, real store): {counts['persons']:,} persons "
        f"(35% Chinese in characters and 1-3 romanisations, 20% Arabic, 15% Russian, 30% "
        f"Western/other), {counts['documents']:,} documents. Built in "
        f"{built['persons_s']:.0f} s (persons with name keys) + {built['documents_s']:.0f} s "
        f"(documents), cached in bench/cache/. Load average at measurement: "
        f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (2 cores shared).",
        "",
        "| measure | result | target |",
        "|---|---|---|",
        f"| document check p50 / p99 ({d['queries']} checks) | {d['p50_ms']} / "
        f"{d['p99_ms']} ms | p99 <= 2 ms |",
        f"| name screening median / p99 ({n['queries']} travellers) | {n['median_ms']} / "
        f"{n['p99_ms']} ms | <= 10 / <= 50 ms |",
        f"| same, CPU time of the process (without waiting for the shared cores) | "
        f"documents {d['cpu_p50_ms']} / {d['cpu_p99_ms']} ms, names {n['cpu_median_ms']} / "
        f"{n['cpu_p99_ms']} ms | |",
        f"| recall on variants of listed names | {n['recall']:.4f} | >= 0.98 |",
        f"| peak memory of the screening process | {m['peak_rss_mib']} MiB "
        f"({m['rss_before_screening_mib']} MiB before the first query) | reported |",
        f"| replica on disk | {size / 2**30:.2f} GiB | reported |",
        "",
        f"Documents by kind: {json.dumps(d['by_kind'])}; listed found "
        f"{d['found_listed']}, look-alikes found {d['found_look_alike']}.",
        "",
        f"Names: listed-variant median {n['listed_median_ms']} ms, unlisted median "
        f"{n['unlisted_median_ms']} ms; recall by variant {json.dumps(n['recall_by_variant'])}; "
        f"unlisted travellers with a hit (same generator, so namesakes exist): "
        f"{n['unlisted_with_a_hit']}.",
        "",
        f"Rows: name keys {counts['screening_name_keys']:,} "
        f"({counts['screening_name_keys'] / max(1, counts['persons']):.1f} per person), "
        f"look-alike fold rows {counts['screening_document_folds']:,} "
        f"({counts['screening_document_folds'] / max(1, counts['documents']):.0%} of documents).",
        "",
        f"Misses (first {len(n['misses'])}): "
        + "; ".join(f"{x['kind']}: {x['query']} vs {x['listed']}" for x in n["misses"][:8]),
        "",
        f"Total bench time {time.monotonic() - t:.0f} s.",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    return text


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "--measure":
        print(json.dumps(measure(Path(sys.argv[2]), int(sys.argv[3]))))
    elif len(sys.argv) >= 2 and sys.argv[1] == "--build":
        build(*FULL, log=lambda m: print(m, flush=True))
    else:
        print(run(quick="--quick" in sys.argv))
