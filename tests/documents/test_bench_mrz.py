"""The MRZ benchmark runs (quick mode) and its figures meet the targets scaled for quick
mode: no wrong reading reported valid (absolute), the generated set read exactly (>= 98%:
at most one miss in the quick sample), and it reports its times. The time per image is a
benchmark figure (bench/RESULTS.md, `make bench`), not asserted here: a timed test fails
on a loaded machine, not on slow code."""

from __future__ import annotations

from tests.bench_figures import find, number, table


def test_bench_quick_runs():
    from bench import bench_mrz

    section = bench_mrz.run(quick=True)
    assert section.startswith("## MRZ\n")
    assert "| wrong but reported valid | 0 | 0 |" in section
    rows = {r[0]: r for r in table(section, "set")}
    synth = rows["synth.py (seen)"]
    images, exact = int(synth[1]), int(synth[2].split()[0])
    assert images == bench_mrz.QUICK_IMAGES and exact >= images - 1, synth
    for name in ("synth.py (seen)", "mrz_variant.py (seen)"):
        assert rows[name][3] == "0", rows[name]  # wrong but valid, per set
        assert find(r"\((\d+) CPU\)", rows[name][7]), rows[name]  # times reported
    assert find(r"median ms per image \(decode included\) \| (\d+)", section)
    assert number(find(r"`parse\(\)` per second \| ([\d,]+)", section).group(1)) > 0
