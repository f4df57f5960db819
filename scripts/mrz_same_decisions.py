"""Proof that a speed change to `mrz ocr` changes no decision: every image of ext-mrz
and of the seen generated sets read by the code of the current directory, each
outcome recorded whole (lines, validity, format, every error and warning with the
refusal's rule and positions, corrected / uncertain / unsure positions, line
confidences) as one JSON line, with its wall and CPU time.

    # once: the generated pictures as JPEG bytes (the generators are not under test)
    nice .venv/bin/python scripts/mrz_same_decisions.py dump /tmp/mrzcache 200
    # from the base worktree (its own code: the script puts the CWD first on sys.path)
    cd ../ocr-speed-base && taskset -c 1 nice .venv/bin/python \
        ../ocr-speed/scripts/mrz_same_decisions.py record /tmp/mrzcache base.jsonl [sets]
    .venv/bin/python scripts/mrz_same_decisions.py compare base.jsonl branch.jsonl

Sets: real (ext-mrz) and synth, variant, heldout, heldout12 .. heldout24.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

# The code under test is the working directory's (base or branch), not this file's.
sys.path.insert(0, os.getcwd())

SEEN = ["synth", "variant", "heldout"] + [f"heldout{n}" for n in range(12, 25)]
SETS = ["real", *SEEN]


def dump(cache: Path, count: int, names: list[str]) -> None:
    """Render each set's first `count` pictures once, as the bench would."""
    from bench import bench_mrz, mrz_seen

    table = mrz_seen.sets()
    for name in names:
        if name == "real":
            continue
        make, first = table[name]
        out = cache / name
        out.mkdir(parents=True, exist_ok=True)
        for seed in range(first, first + count):
            path = out / f"{seed}.jpg"
            if path.exists():
                continue
            s = make(seed, today=bench_mrz.TODAY)
            path.write_bytes(s.jpeg)
        print(name, "done", flush=True)


def _images(cache: Path, name: str, count: int | None) -> list[tuple[str, Path]]:
    if name == "real":
        from bench import bench_mrz

        rows = [
            ln.split("\t")[0]
            for ln in (bench_mrz.EXT_MRZ / "images.tsv").read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")
        ]
        found = [(r, bench_mrz.EXT_MRZ / "images" / r) for r in rows]
    else:
        found = sorted(((p.stem, p) for p in (cache / name).glob("*.jpg")), key=lambda x: int(x[0]))
    return found[:count] if count else found


def outcome(source: Path) -> dict[str, Any]:
    """Everything a reading reports, as plain data."""
    from desktop.documents import ocr

    try:
        r = ocr.read_image(source.read_bytes() if source.suffix == ".jpg" else source, today=TODAY)
    except ocr.OcrFailure as e:
        return {"failure": type(e).__name__, "message": str(e)}
    d = r.document
    return {
        "lines": list(d.lines),
        "valid": d.valid,
        "format": d.format,
        "errors": [str(e) for e in d.errors],
        "warnings": [str(w) for w in d.warnings],
        "corrected": [list(p) for p in r.corrected],
        "uncertain": [list(p) for p in r.uncertain],
        "unsure": [list(p) for p in r.unsure],
        "confidence": [round(c, 9) for c in r.line_confidence],
    }


def record(cache: Path, out: Path, names: list[str], count: int | None) -> None:
    from bench import bench_mrz
    from desktop.documents import ocr

    global TODAY
    TODAY = bench_mrz.TODAY
    print("code:", ocr.__file__, flush=True)
    ocr.prepare()
    with out.open("w", encoding="utf-8") as f, bench_mrz.one_core():
        for name in names:
            for key, path in _images(cache, name, count):
                t0, c0 = time.perf_counter(), time.process_time()
                o = outcome(path)
                o["ms"] = (time.perf_counter() - t0) * 1000
                o["cpu_ms"] = (time.process_time() - c0) * 1000
                o["set"], o["image"] = name, key
                f.write(json.dumps(o) + "\n")
                f.flush()
            print(name, "recorded", flush=True)


TIMES = ("ms", "cpu_ms")


def _load(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
    rows = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln]
    return {(r["set"], r["image"]): r for r in rows}


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def compare(base: Path, branch: Path) -> int:
    a, b = _load(base), _load(branch)
    differ = 0
    per_set: dict[str, list[int]] = {}
    for key in sorted(a.keys() & b.keys()):
        same = {k: v for k, v in a[key].items() if k not in TIMES} == {
            k: v for k, v in b[key].items() if k not in TIMES
        }
        counts = per_set.setdefault(key[0], [0, 0])
        counts[0] += 1
        if not same:
            counts[1] += 1
            differ += 1
            print("DIFFERS", key, a[key], b[key], sep="\n  ")
    only = a.keys() ^ b.keys()
    print(f"{'set':10} {'images':>6} {'differ':>6}   median ms base/branch  p95   cpu median  p95")
    for name, (n, d) in per_set.items():
        row = [f"{name:10} {n:6} {d:6}  "]
        for k in TIMES:
            va = [r[k] for (s, _), r in a.items() if s == name]
            vb = [r[k] for (s, _), r in b.items() if s == name]
            ma, mb = statistics.median(va), statistics.median(vb)
            pa, pb = _pct(va, 0.95), _pct(vb, 0.95)
            row.append(f"{ma:6.1f}/{mb:6.1f} ({mb / ma:.2f}) {pa:6.1f}/{pb:6.1f} ({pb / pa:.2f})")
        print(" ".join(row))
    total = sum(n for n, _ in per_set.values())
    print(f"compared {total}, differing {differ}, unpaired {len(only)}")
    return 1 if differ or only else 0


TODAY: Any = None


def main(argv: list[str]) -> int:
    cmd = argv[0]
    if cmd == "dump":
        dump(Path(argv[1]), int(argv[2]), argv[3:] or SEEN)
        return 0
    if cmd == "record":
        names = [n for n in (argv[3].split(",") if len(argv) > 3 else SETS)]
        count = int(argv[4]) if len(argv) > 4 else None
        record(Path(argv[1]), Path(argv[2]), names, count)
        return 0
    if cmd == "compare":
        return compare(Path(argv[1]), Path(argv[2]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
