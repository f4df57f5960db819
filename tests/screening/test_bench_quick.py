"""The screening benchmark in quick mode, so that it never rots."""

from __future__ import annotations

import shutil

from bench import bench_screening


def test_bench_quick(tmp_path, monkeypatch):
    monkeypatch.setattr(bench_screening, "CACHE", tmp_path / "cache")
    monkeypatch.setattr(bench_screening, "QUICK", (300, 3000))
    text = bench_screening.run(quick=True)
    assert text.startswith("## Screening")
    assert "document check" in text and "recall" in text
    shutil.rmtree(tmp_path / "cache")
