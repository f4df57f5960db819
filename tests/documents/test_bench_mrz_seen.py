"""MRZ_SEEN=1: a held-out set already scored once (any with its own result file) runs
again as the development set it now is, without rewriting its scored-once result file;
without it the benchmark still refuses to score it again, and MRZ_SEEN=1 on a set never
scored is refused (the run would spend the held-out set without recording it)."""

from __future__ import annotations

import dataclasses
import itertools

import pytest


def _result_file(monkeypatch, tmp_path, name: str, text: str | None):
    """Point the table row of `name` at a result file in tmp_path (absent if text is None)."""
    from bench import bench_mrz

    path = tmp_path / f"{name}.md"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    rows = tuple(
        dataclasses.replace(s, results=path) if s.name == name else s for s in bench_mrz.SETS
    )
    monkeypatch.setattr(bench_mrz, "SETS", rows)
    monkeypatch.setattr(bench_mrz, "IMAGES", 2)
    monkeypatch.setenv("MRZ_SETS", name)
    return path


@pytest.mark.parametrize("name", ["heldout7", "heldout9"])
def test_a_scored_set_is_refused_without_mrz_seen(name, tmp_path, monkeypatch):
    from bench import bench_mrz

    _result_file(monkeypatch, tmp_path, name, "scored once\n")
    monkeypatch.delenv("MRZ_SEEN", raising=False)
    with pytest.raises(SystemExit, match="already scored"):
        bench_mrz.run()


@pytest.mark.parametrize("name", ["heldout7", "heldout9"])
def test_mrz_seen_runs_it_and_leaves_its_result_file(name, tmp_path, monkeypatch):
    from bench import bench_mrz

    scored = _result_file(monkeypatch, tmp_path, name, "scored once\n")
    monkeypatch.setenv("MRZ_SEEN", "1")
    section = bench_mrz.run()
    assert f"mrz_{name}.py (seen: scored once before) | 2 |" in section
    assert f"| exact MRZ on the held-out set scored once (mrz_{name}) |" in section
    assert scored.read_text(encoding="utf-8") == "scored once\n"


def test_mrz_seen_refuses_a_set_never_scored(tmp_path, monkeypatch):
    from bench import bench_mrz

    missing = _result_file(monkeypatch, tmp_path, "heldout10", None)
    monkeypatch.setenv("MRZ_SEEN", "1")
    with pytest.raises(SystemExit, match="never scored"):
        bench_mrz.run()
    assert not missing.exists()


def test_every_scored_once_set_has_its_own_file_and_seeds():
    """Each row with a result file names its own bench/results/<generator>.md, and no two
    sets' seeds overlap (a full run reads IMAGES seeds from each first one)."""
    from bench import bench_mrz

    once = [s for s in bench_mrz.SETS if s.results is not None]
    assert [s.name for s in once] == [f"heldout{n}" for n in range(6, 6 + len(once))]
    assert all(s.results == bench_mrz.RESULTS_DIR / f"mrz_{s.name}.md" for s in once)
    assert len({s.title for s in once}) == len(once)
    starts = sorted(s.first for s in bench_mrz.SETS)
    assert all(a + bench_mrz.IMAGES <= b for a, b in itertools.pairwise(starts))
