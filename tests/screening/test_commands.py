"""`names match`, `screen` and `replica load` as real processes on a real profile."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.workstation.conftest import Result, run_cli  # noqa: F401  (fixture)

PERSONS = [
    {"id": "P1", "names": ["陳水扁"], "birth_date": "1950-10-12", "nationality": "TWN",
     "action": "arrest"},
]  # fmt: skip


@pytest.fixture
def profile(run_cli, tmp_path):  # noqa: F811
    assert run_cli("init", "--installer", "inst", "--password-stdin",
                   stdin="install-password\n").code == 0  # fmt: skip
    f = tmp_path / "persons.jsonl"
    f.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in PERSONS))
    r = run_cli("replica", "load", "persons", str(f), "--json")
    assert r.code == 0, r.err
    assert r.json()["rows"] == 1
    return run_cli


def test_names_match_exit_codes(run_cli):  # noqa: F811
    r = run_cli("names", "match", "陳水扁", "CHAN SHUI BIN", "--json")
    assert r.code == 0 and r.json()["match"] is True and "Cantonese" in r.json()["explanation"]
    r = run_cli("names", "match", "CHEN SHUI BIAN", "LIN MEI LING")
    assert r.code == 1 and r.out.startswith("no match")
    r = run_cli("names", "match", "", "X")
    assert r.code == 2 and "Traceback" not in r.err


def test_screen_hit_and_no_hit(profile):
    r = profile("screen", "--surname", "CHEN", "--given-names", "SHUI-BIAN", "--birth-date",
                "1950-10-12", "--nationality", "TWN", "--direction", "entry", "--json")  # fmt: skip
    assert r.code == 0, r.err  # DESIGN.md: 0 = at least one hit
    out = r.json()
    assert [h["key"] for h in out["hits"]] == ["P1"]
    assert {"dataset", "key", "action", "score", "severity", "reasons"} <= set(out["hits"][0])
    assert out["replica"]["persons"]["version"] == 1
    r = profile("screen", "--surname", "DOE", "--given-names", "JANE", "--direction", "exit")
    assert r.code == 1 and "no hits" in r.out


def test_screen_from_mrz(profile):
    from desktop.documents import mrz

    lines = mrz.compose("TD3", document_code="P", issuing_state="TWN", surname="CHEN",
                        given_names="SHUI BIAN", document_number="300000001",
                        nationality="TWN", birth_date=dt.date(1950, 10, 12), sex="M",
                        expiry_date=dt.date(2030, 1, 1))  # fmt: skip
    r = profile("screen", "--mrz", *lines, "--direction", "entry", "--json")
    assert r.code == 0, r.err
    assert r.json()["hits"][0]["key"] == "P1"


def test_screen_bad_input(profile):
    r = profile("screen", "--surname", "X", "--birth-date", "1950-13-01", "--direction", "entry")
    assert r.code == 2 and "--birth-date" in r.err
    r = profile("screen", "--direction", "entry")
    assert r.code == 2 and "--mrz" in r.err


def test_replica_load_bad_line_names_it_and_changes_nothing(profile, tmp_path):
    f = tmp_path / "bad.jsonl"
    f.write_text(
        json.dumps({"id": "P2", "names": ["A B"], "action": "refer"})
        + "\n"
        + "\n"
        + json.dumps({"id": "P3", "names": ["C D"], "action": "refer", "birth_date": "1990-02-30"})
        + "\n"
    )
    r = profile("replica", "load", "persons", str(f))
    assert r.code == 2 and "line 3" in r.err and "birth_date" in r.err
    f.write_text('{"id": "P2", "names": ["A B"], "action": "refer"}\n{not json\n')
    r = profile("replica", "load", "persons", str(f))
    assert r.code == 2 and "line 2" in r.err
    r = profile("screen", "--surname", "A", "--given-names", "B", "--direction", "entry", "--json")
    assert r.code == 1  # P2 never arrived
    assert r.json()["replica"]["persons"]["version"] == 1
