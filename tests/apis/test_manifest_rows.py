"""The manifests dataset's rows: what the central publishes must pass the workstation's
check; bad rows are named; a port outside the table is refused at enroll-code."""

from __future__ import annotations

import datetime as dt

import pytest

from central.apis import publish
from sync.manifest_list import rows_problem
from tests.apis.conftest import DATA, Central

GOOD = {"id": "BR0061/ICN/2026-12-05#0", "port": "TPE", "direction": "inbound",
        "flight": "BR0061", "flight_key": "BR0061/ICN/2026-12-05", "role": "passenger",
        "surname": "CHEN", "prescreen": [{"dataset": "persons", "key": "P-1",
        "action": "arrest", "severity": "critical", "score": 1.0}]}  # fmt: skip


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"port": "tpe"}, "'port'"),
        ({"direction": "sideways"}, "'direction'"),
        ({"role": "pilot"}, "'role'"),
        ({"surname": ""}, "'surname'"),
        ({"prescreen": [{"dataset": "persons"}]}, "exactly"),
        ({"prescreen": [dict(GOOD["prescreen"][0], score="1")]}, "score"),  # type: ignore[index]
        ({"given_names": 3}, "'given_names'"),
    ],
)
def test_bad_rows_named(change: dict, words: str) -> None:  # type: ignore[type-arg]
    assert rows_problem([GOOD]) is None
    problem = rows_problem([GOOD, GOOD | change])
    assert problem is not None and problem[0] == 1 and words in problem[1]


def test_published_rows_pass_the_workstation_check(central: Central, capsys) -> None:  # type: ignore[no-untyped-def]
    rc, _, _ = central.run(capsys, "apis", "import", str(DATA / "ci005_lax_tpe.edi"))
    assert rc == 0
    with central.database.read() as conn:
        # The CI0005 arrival, seen from 20 hours before it: in the window.
        rows = publish.rows(conn, now=dt.datetime(2026, 12, 6, 1, 30, tzinfo=dt.UTC))
        later = publish.rows(conn, now=dt.datetime(2026, 12, 9, tzinfo=dt.UTC))
    assert len(rows) == 4 and later == []
    assert rows_problem(rows) is None
    assert {r["port"] for r in rows} == {"TPE"}
    assert [r["prescreen"][0]["key"] for r in rows if r["prescreen"]] == [
        "P-ARREST", "P-DENY", "C4567890/VNM/P"]  # fmt: skip


def test_enroll_code_port(central: Central, capsys) -> None:  # type: ignore[no-untyped-def]
    rc, _, err = central.run(capsys, "enroll-code", "--port", "XXX")
    assert rc == 2 and "not in the table" in err
    rc, out, _ = central.run(capsys, "enroll-code", "--port", "twkel", "--json")
    assert rc == 0 and '"port": "TWKEL"' in out
