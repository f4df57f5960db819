"""`python -m bench [AREA ...] [--quick]`: run the benchmarks of each area.

Each area is a module `bench/bench_<area>.py` with `run(quick: bool) -> str`, which
measures, prints progress, and returns a Markdown section (machine, date, figures)
that it also writes to bench/results/<area>.md; bench/RESULTS.md collects them.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

import bench

HERE = Path(__file__).resolve().parent


def areas() -> list[str]:
    return sorted(
        m.name.removeprefix("bench_")
        for m in pkgutil.iter_modules(bench.__path__)
        if m.name.startswith("bench_")
    )


def main() -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    ap.add_argument("areas", nargs="*", help=f"areas to run (default all: {', '.join(areas())})")
    ap.add_argument("--quick", action="store_true", help="small sizes, to check the benchmark runs")
    args = ap.parse_args()
    chosen = args.areas or areas()
    unknown = sorted(set(chosen) - set(areas()))
    if unknown:
        print(f"unknown benchmark area(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    for area in chosen:
        print(f"== bench {area}", flush=True)
        section = importlib.import_module(f"bench.bench_{area}").run(quick=args.quick)
        if not args.quick:
            (HERE / "results").mkdir(exist_ok=True)
            (HERE / "results" / f"{area}.md").write_text(section, encoding="utf-8")
    if not args.quick:
        collect()
    return 0


def collect() -> None:
    """Rebuild RESULTS.md from the per-area sections (the last recorded run of each)."""
    parts = [
        "# Benchmark results\n\nWritten by `make bench` (one section per area, "
        "the latest recorded run of each). Machines here are noisy: figures are medians "
        "and ratios.\n"
    ]
    for f in sorted((HERE / "results").glob("*.md")):
        parts.append(f.read_text(encoding="utf-8").rstrip() + "\n")
    (HERE / "RESULTS.md").write_text("\n".join(parts), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
