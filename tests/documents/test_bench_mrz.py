"""The MRZ benchmark runs (quick mode) and reports what it must."""

from __future__ import annotations


def test_bench_quick_runs():
    from bench import bench_mrz

    section = bench_mrz.run(quick=True)
    assert section.startswith("## MRZ\n")
    assert "exact MRZ" in section and "median ms per image" in section
    assert "| wrong but reported valid | 0 | 0 |" in section
    assert "`parse()` per second" in section
