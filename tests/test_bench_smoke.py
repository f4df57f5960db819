"""Each benchmark runs in quick mode, so that `make bench` never rots, and its figures
meet the targets scaled for quick mode (smaller sizes, a loaded shared machine: timing
targets get slack, safety figures none). The MRZ and screening benchmarks have their own
quick tests (tests/documents/test_bench_mrz.py, tests/screening/test_bench_quick.py)
and are not run a second time here."""

from __future__ import annotations

import importlib

import pytest

from bench.__main__ import areas
from tests.bench_figures import find, number, table

OWN_TESTS = {"mrz", "screening"}


def check_store(s: str) -> None:
    rows = {r[0]: r for r in table(s, "")}
    ratio = number(rows["lookup median, µs"][3].strip("*x"))
    assert ratio <= 1.3 * 1.5, rows  # target <= 1.3x; 2,000 lookups are noisy
    assert number(rows["insert, rows/s"][1]) >= 20_000  # 1M rows in < 50 s when full
    login = number(find(r"password slot .*?\*\*(\d+) ms\*\*", s.replace("\n", " ")).group(1))
    assert login <= 2000  # a login that takes seconds would show here


def check_reports(s: str) -> None:
    rows = {r[0]: r[1] for r in table(s, "step")}
    assert number(rows["count them (`reports.build`)"].split()[0]) <= 2.0  # 500 records
    pages = int(find(r"PDF, zh_TW \((\d+) pages?", s).group(1))
    lines = int(find(r"CSV \((\d+) lines\)", s).group(1))
    assert pages >= 1 and lines > 10


def check_namekeys(s: str) -> None:
    """Linear in the name's length: 10x the characters costs about 10x (quadratic was
    60x); one fresh name per size in quick mode, so the bound is loose."""
    for script, keys, chars, _ms, _per, ratio in table(s, "script"):
        if chars == "1,000":
            assert number(ratio.rstrip("x")) <= 30, (script, keys, ratio)


def check_names(s: str) -> None:
    """The development sets are scored afresh: they must keep the targets (precision and
    recall >= 0.95). The held-out parts seen since their one scoring have floors in
    tests/screening/test_outside.py; their first scores are records, not re-checked."""
    rows = [r for r in table(s, "set") if "held-out part, seen" not in r[0]]
    assert rows and any(r[0].startswith("outside, development") for r in rows)
    for name, _pairs, precision, recall, *_ in rows:
        assert number(precision) >= 0.95 and number(recall) >= 0.95, name


def check_chip(s: str) -> None:
    assert "Every read: PA, AA and (where the chip offers it) CA valid" in s
    rows = {r[0]: r for r in table(s, "mode")}
    short = rows["BAC, 223-byte blocks (short APDUs)"]
    ext = rows["BAC, extended length"]
    assert int(ext[1]) == 13 and int(ext[2]) == 1  # DG2 in one READ BINARY
    assert int(short[2]) > 1 and float(ext[3]) < float(short[3])
    for mode, *_, seconds, _vs in rows.values():
        assert float(seconds) <= 3.0, mode  # a full read (small face) under 3 s loaded


def check_sync(s: str) -> None:
    # replay: <= 60 s for 20,000 records, so 3 s for 1,000, + process start-up and load
    replay = table(s, "batch size")
    default = next(r for r in replay if r[0] == "500")
    assert number(default[1].split()[0]) <= 3.0 * 3
    flat = s.replace("\n", " ")
    # initial load >= 50,000 rows/s: in quick mode fixed costs dominate 25,000 rows; the
    # CPU rate (independent of the others' load) must stay within 10x of the target
    cpu_rate = number(find(r"([\d,]+) rows per CPU-second", flat).group(1))
    assert cpu_rate >= 5_000
    # delta: <= 2 s for 10,000 changes, so 0.2 s for 1,000 (x5 slack for the load)
    delta = number(find(r"delta of 1,000 changes.*?\*\*([\d.]+) s\*\*", flat).group(1))
    assert delta <= 1.0
    alerts = {r[3] for r in replay}
    assert len(alerts) == 1 and "post-hoc alerts raised" in alerts.pop()  # same result


def check_app(s: str) -> None:
    """Every request answered; the in-process answer fast. The client p99 under load is
    the target issue 17 still misses (bench/RESULTS.md), so only the median is held."""
    flat = s.replace("\n", " ")
    offered, ok = find(r"(\d+) requests at .*?, (\d+) answered 200, others: none", flat).groups()
    assert offered == ok
    assert "'no_board'" in find(r"answers: (\{[^}]*\})", flat).group(1)  # the bans are seen
    assert number(find(r"client round trip: p50 ([\d.]+) ms", flat).group(1)) <= 50 * 3
    assert number(find(r"CPU p50 ([\d.]+) ms", flat).group(1)) <= 20
    assert number(find(r"i\.e\. ([\d,]+) passengers/s", flat).group(1)) >= 100


def check_faces(s: str) -> None:
    """No pair wrong (a safety figure: no slack); time targets with slack for the load."""
    assert find(r"threshold [\d.]+ \(match when .*?\): \*\*(\d+) wrong\*\*", s).group(1) == "0"
    assert find(r"Chip-style pairs wrong at [\d.]+: \*\*(\d+)\*\*", s).group(1) == "0"
    rows = {r[0].split(",")[0]: r for r in table(s, "what")}
    assert number(rows["verify a 640-px frame against a chip photo"][1].split()[0]) <= 400 * 2
    assert number(rows["import dlib + load the two models"][1].split()[0]) <= 1000 * 3
    held = find(r"HeldPicture: .*?\| (\d+) of (\d+) \|", s)
    assert 2 * int(held.group(1)) <= int(held.group(2))  # a held photo fails more often than not


CHECKS = {
    "app": check_app,
    "faces": check_faces,
    "store": check_store,
    "reports": check_reports,
    "namekeys": check_namekeys,
    "names": check_names,
    "chip": check_chip,
    "sync": check_sync,
}


def test_every_area_has_its_figures_checked():
    assert set(areas()) == set(CHECKS) | OWN_TESTS


@pytest.mark.slow
@pytest.mark.parametrize("area", sorted(set(areas()) - OWN_TESTS))
def test_benchmark_runs_quick(area):
    bench = importlib.import_module(f"bench.bench_{area}")
    section = bench.run(quick=True)
    assert section.startswith("## ") and "cores" in section
    try:
        CHECKS[area](section)
    except AssertionError:
        if area != "namekeys":
            raise
        # One fresh name per size: a single scheduling hiccup on a loaded 2-core machine
        # has made a 15x ratio read 50x. A second run must pass on its own; a real
        # quadratic cost fails both.
        CHECKS[area](bench.run(quick=True))
