"""The screening benchmark in quick mode, so that it never rots, with its figures held to
the targets scaled for quick mode: every listed document and look-alike found
(absolute), recall on name variants >= 0.98 less the slack of a 100-query sample, and
the latency targets on CPU time (x2: the wall clock of a loaded shared machine is mostly
waiting for a core)."""

from __future__ import annotations

import shutil

from bench import bench_screening
from tests.bench_figures import find, number


def test_bench_quick(tmp_path, monkeypatch):
    monkeypatch.setattr(bench_screening, "CACHE", tmp_path / "cache")
    monkeypatch.setattr(bench_screening, "QUICK", (300, 3000))
    text = bench_screening.run(quick=True)
    assert text.startswith("## Screening")
    assert "document check" in text and "recall" in text
    listed = find(r"listed found (\d+)/(\d+), look-alikes found (\d+)/(\d+)", text)
    assert listed.group(1) == listed.group(2) and listed.group(3) == listed.group(4)
    assert number(find(r"recall on variants of listed names \| ([\d.]+)", text).group(1)) >= 0.93
    cpu = find(r"documents ([\d.]+) / ([\d.]+) ms, names ([\d.]+) / ([\d.]+) ms", text)
    doc_p99, name_median, name_p99 = (number(cpu.group(i)) for i in (2, 3, 4))
    assert doc_p99 <= 2 * 2 and name_median <= 2 * 10 and name_p99 <= 2 * 50, cpu.group(0)
    shutil.rmtree(tmp_path / "cache")
