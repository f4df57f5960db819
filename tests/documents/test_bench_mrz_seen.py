"""MRZ_SEEN=1: the held-out sets already scored once (heldout6/7) run again as the
development sets they now are, without rewriting their scored-once result files; without
it the benchmark still refuses to score them again."""

from __future__ import annotations

import pytest


@pytest.fixture
def scored(tmp_path, monkeypatch):
    from bench import bench_mrz

    path = tmp_path / "mrz_heldout7.md"
    path.write_text("scored once\n", encoding="utf-8")
    monkeypatch.setattr(bench_mrz, "HELDOUT7_RESULTS", path)
    monkeypatch.setattr(bench_mrz, "IMAGES", 2)
    monkeypatch.setenv("MRZ_SETS", "heldout7")
    return path


def test_a_scored_set_is_refused_without_mrz_seen(scored, monkeypatch):
    from bench import bench_mrz

    monkeypatch.delenv("MRZ_SEEN", raising=False)
    with pytest.raises(SystemExit, match="already scored"):
        bench_mrz.run()


def test_mrz_seen_runs_it_and_leaves_its_result_file(scored, monkeypatch):
    from bench import bench_mrz

    monkeypatch.setenv("MRZ_SEEN", "1")
    section = bench_mrz.run()
    assert "mrz_heldout7.py (seen: scored once before) | 2 |" in section
    assert scored.read_text(encoding="utf-8") == "scored once\n"
