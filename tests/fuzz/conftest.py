"""Reports how many examples each fuzz test ran (issue 16: at least 1,000 each)."""

from __future__ import annotations

from tests.fuzz.strategies import RUNS


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    if not RUNS:
        return
    short = {name: n for name, n in RUNS.items() if n < 1000}
    terminalreporter.write_line(
        f"fuzz: {len(RUNS)} hypothesis tests, {sum(RUNS.values()):,} examples run, "
        f"fewest {min(RUNS.values()):,} ({min(RUNS, key=RUNS.__getitem__)})"
    )
    for name, n in sorted(short.items()):
        terminalreporter.write_line(f"fuzz: {name} ran only {n} examples", red=True)
