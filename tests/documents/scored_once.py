"""The check every scored-once MRZ generator's tests share: bench_mrz refuses to score the
set again once its result file exists (it stops before loading the OCR), and the default
run never scores it."""

from __future__ import annotations

import ast
import dataclasses
from collections.abc import Iterable
from pathlib import Path

import pytest


def assert_scored_once(name: str, seed: int, title: str, tmp_path: Path, monkeypatch) -> None:
    """`name` ("heldout15") is bench_mrz's row for the generator whose SEED is `seed`;
    `title` ("fifteenth") is the ordinal its refusal names."""
    from bench import bench_mrz

    assert getattr(bench_mrz, name.upper()) == seed
    row = bench_mrz.mrz_set(name)
    assert row.first == seed and row.results == bench_mrz.RESULTS_DIR / f"mrz_{name}.md"
    done = tmp_path / f"mrz_{name}.md"
    done.write_text("scored\n", encoding="utf-8")
    rows = tuple(dataclasses.replace(s, results=done) if s is row else s for s in bench_mrz.SETS)
    monkeypatch.setattr(bench_mrz, "SETS", rows)
    monkeypatch.delenv("MRZ_SEEN", raising=False)
    monkeypatch.setenv("MRZ_SETS", name)
    with pytest.raises(SystemExit, match=f"{title} held-out set was already scored"):
        bench_mrz.run(quick=True)
    default = "real,dev,heldout"  # MRZ_SETS when unset
    assert default in bench_mrz.run.__code__.co_consts and name not in default.split(",")


def fewest_seeds(kinds_of: Iterable[tuple[int, Iterable[str]]]) -> dict[str, int]:
    """{kind: seed} covering every kind the (seed, kinds) pairs hold, in seed order, with as
    few distinct seeds as a greedy set cover finds: each step takes the seed holding the
    most kinds not yet covered, the earliest on a tie. A picture test renders one picture
    per distinct seed, so one seed holding several kinds saves renders."""
    seeds = [(seed, frozenset(kinds)) for seed, kinds in kinds_of]
    left = set().union(*(kinds for _, kinds in seeds))
    cover: dict[str, int] = {}
    while left:
        # max() keeps the first of equals: the earliest seed wins a tie
        seed, kinds = max(seeds, key=lambda sk: len(sk[1] & left))
        for kind in sorted(kinds & left):
            cover[kind] = seed
        left -= kinds
    return cover


def generator_imports(module: str) -> list[str]:
    """Every name bench/<module>.py imports (`module.name` for a from-import): a held-out
    generator's tests check it imports the MRZ composer and nothing of the reader."""
    path = Path(__file__).resolve().parents[2] / "bench" / f"{module}.py"
    return [
        alias.name if isinstance(node, ast.Import) else f"{node.module}.{alias.name}"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    ]
