"""The JSON Lines dataset loaders: the central's `load DATASET FILE` (read_rows) and the
workstation's `replica load` (its reader and the replica's row validation). Each
accepts a file, or names the line it refuses with its own error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

import protocol
from tests.fuzz.strategies import FUZZ, json_values, mutations

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
FILES = {
    ds: (DEMO / f"{ds}.jsonl").read_bytes()[:1500]
    for ds in ("persons", "documents", "exit_bans", "entry_permits", "policies")
}
SEEDS = {ds: data[: data.rfind(b"\n") + 1] for ds, data in FILES.items()}  # whole lines


@st.composite
def dataset_files(draw: st.DrawFn) -> tuple[str, bytes]:
    dataset = draw(st.sampled_from(sorted(SEEDS)))
    kind = draw(st.integers(0, 2))
    if kind == 0:
        data = draw(mutations(SEEDS[dataset]))
    elif kind == 1:  # well-formed JSON lines, fields replaced by any JSON
        rows = [json.loads(line) for line in SEEDS[dataset].splitlines()][:3]
        for row in rows:
            for _ in range(draw(st.integers(0, 2))):
                row[draw(st.sampled_from([*row, "deleted"]))] = draw(json_values)
        data = b"\n".join(json.dumps(r).encode() for r in rows)
    else:
        data = draw(st.binary(max_size=80))
    return draw(st.sampled_from([dataset, dataset, *protocol.DATASETS])), data


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("datasets")


def test_central_read_rows(folder):
    from central.datasets import LoadError, read_rows

    path = folder / "central.jsonl"

    @FUZZ
    @given(dataset_files())
    @example(("persons", b'{"id": "\\ud800", "names": ["A B"]}\n'))
    def check(item):
        dataset, data = item
        path.write_bytes(data)
        try:
            rows = list(read_rows(path, dataset))
        except LoadError as e:
            assert str(e)
            return
        for key, text, deleted in rows:
            assert isinstance(key, str) and isinstance(deleted, bool)
            json.loads(text)

    check()


def test_workstation_replica_load_rows(folder):
    """`replica load`'s reader (UsageError naming the line) and the replica's own row
    validation (RowError): nothing else."""
    from desktop.commands.screening import _read_jsonl
    from desktop.errors import UsageError
    from protocol import rows as protocol_rows

    path = folder / "workstation.jsonl"

    @FUZZ
    @given(dataset_files())
    def check(item):
        dataset, data = item
        assume(dataset in protocol_rows.DATASETS)  # argparse's choices refuse the others
        path.write_bytes(data)
        try:
            rows = _read_jsonl(path)
        except UsageError as e:
            assert "line" in str(e) or "UTF-8" in str(e)
            return
        for r in rows:
            r.pop("__line")
        try:
            protocol_rows.validate_rows(dataset, rows, 1)
        except protocol_rows.RowError as e:
            assert 0 <= e.index < len(rows) and e.message

    check()
