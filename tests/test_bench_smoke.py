"""Each benchmark runs in quick mode, so that `make bench` never rots."""

from __future__ import annotations

import importlib

import pytest

from bench.__main__ import areas


@pytest.mark.slow
@pytest.mark.parametrize("area", areas())
def test_benchmark_runs_quick(area):
    section = importlib.import_module(f"bench.bench_{area}").run(quick=True)
    assert section.startswith("## ") and "cores" in section
