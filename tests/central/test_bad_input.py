"""Issue 14, findings 9 and 12 (central side): every bad input refused with a message
(exit 2, HTTP 4xx), never a traceback or a 500, and nothing published on refusal.
Hypothesis feeds arbitrary bytes and arbitrary JSON to `load`, `import` and the push
endpoint."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import protocol
from central import datasets, journal_ingest
from central.__main__ import main as central_main
from sync import files
from tests.central.test_central import ROOT, api, auth, enroll, entries, inspection, state  # noqa: F401

FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)


PERSON_ROWS = st.fixed_dictionaries(
    {"id": st.text(max_size=5) | st.integers()},
    optional={
        "names": st.lists(st.text(max_size=300), max_size=3) | JSON,
        "birth_date": st.sampled_from(["1980-02-30", "1980", "x", "1980-13"]) | JSON,
        "action": st.sampled_from(["refer", "arrest", "nope"]) | JSON,
        "nationality": st.text(max_size=4),
        "deleted": JSON,
        "active": JSON,
        "role": st.sampled_from(["officer", "supervisor", "chief"]),
        "name": st.text(max_size=70),
    },
)


def heads(database) -> dict[str, int]:  # type: ignore[no-untyped-def]
    from central import db

    with database.read() as conn:
        return {r.dataset: r.version for r in conn.execute(db.dataset_heads.select())}


def run_central(tmp_path, *args: str, input: str | None = None) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    out = subprocess.run(
        [sys.executable, "-m", "central", "--state", str(tmp_path / "cs"), *args],
        capture_output=True, text=True, input=input, cwd=ROOT, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    return out.returncode, out.stderr


BAD_LOADS = {
    "invalid UTF-8": b'{"id": "P1", "names": ["\xff\xfe"], "action": "refer"}\n',
    "5,000-digit number": b'{"id": "P1", "names": ["A B"], "action": "refer", "x": '
    + b"9" * 5000
    + b"}\n",
    "NaN": b'{"id": "P1", "names": ["A B"], "action": "refer", "x": NaN}\n',
    "deep nesting": b'{"id": "P1", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n",
    "a 1,000-character name": json.dumps(
        {"id": "P1", "names": ["A" * 1000], "action": "refer"}
    ).encode(),
    "an officer name workstations refuse": None,  # officers dataset, below
}


@pytest.mark.parametrize("what", [k for k, v in BAD_LOADS.items() if v is not None])
def test_load_refuses_bad_files_with_a_message(tmp_path, capsys, what):
    f = tmp_path / "rows.jsonl"
    f.write_bytes(BAD_LOADS[what])
    code = central_main(["--state", str(tmp_path / "cs"), "load", "persons", str(f)])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("error: ") and "rows.jsonl:1" in err, err


def test_central_command_line_errors_are_sentences_not_tracebacks(tmp_path):
    (tmp_path / "a-file").write_text("x")
    code, err = run_central(tmp_path, "--state", str(tmp_path / "a-file"), "enroll-code")
    assert code == 2 and "not a directory" in err and "Traceback" not in err
    code, err = run_central(tmp_path, "bundle", str(tmp_path / "missing" / "b.jsonl"))
    assert code == 2 and "does not exist" in err and "Traceback" not in err
    code, err = run_central(tmp_path, "import", "/dev/zero")
    assert code == 2 and "not a regular file" in err
    os.mkfifo(tmp_path / "fifo")
    code, err = run_central(tmp_path, "load", "persons", str(tmp_path / "fifo"))
    assert code == 2 and "not a regular file" in err
    code, err = run_central(tmp_path, "officers", "add", "Bad Name!", "--role", "officer",
                            "--password-stdin", input="Passw0rd!x\n")  # fmt: skip
    assert code == 2 and "invalid user name" in err


def test_bundle_is_private_and_never_follows_a_planted_symlink(tmp_path):
    victim = tmp_path / "victim"
    victim.write_text("keep me")
    out = tmp_path / "out"
    out.mkdir()
    (out / "b.jsonl.tmp").symlink_to(victim)
    code, err = run_central(tmp_path, "bundle", str(out / "b.jsonl"))
    assert code == 0, err
    assert victim.read_text() == "keep me"
    assert (os.stat(out / "b.jsonl").st_mode & 0o777) == 0o600
    assert sorted(p.name for p in out.iterdir()) == ["b.jsonl", "b.jsonl.tmp"]


def test_push_refuses_a_sequence_number_past_64_bits_with_4xx(api, state):  # noqa: F811
    resp, _, _ = enroll(api, state)
    batch = entries([inspection()])
    batch[0]["seq"] = 2**70
    r = api.post(
        "/v1/journal", json={"protocol": 1, "entries": batch}, headers=auth(resp.credential)
    )
    assert r.status_code == 422
    r = api.get("/v1/alerts", params={"after": 2**70}, headers=auth(resp.credential))
    assert r.status_code == 422


# --- hypothesis ----------------------------------------------------------------------


@FUZZ
@given(
    data=st.binary(max_size=300)
    | JSON.map(lambda v: json.dumps(v).encode())
    | st.lists(PERSON_ROWS, max_size=3).map(
        lambda rows: "\n".join(json.dumps(r) for r in rows).encode()
    )
)
def test_fuzz_load_never_crashes_and_publishes_nothing_on_refusal(state, tmp_path, data):  # noqa: F811
    database, keys = state
    f = tmp_path / "fuzz.jsonl"
    for dataset in ("persons", "officers"):
        f.write_bytes(data)
        before = heads(database)
        try:
            datasets.publish_file(database, keys, dataset, f)
        except datasets.LoadError:
            assert heads(database) == before


@FUZZ
@given(data=st.binary(max_size=300) | JSON.map(lambda v: json.dumps(v).encode()))
def test_fuzz_import_never_crashes(state, tmp_path, data):  # noqa: F811
    database, keys = state
    f = tmp_path / "fuzz.json"
    f.write_bytes(data)
    with pytest.raises((journal_ingest.TransferError, files.InputError)):
        journal_ingest.import_file(database, keys, f)


@FUZZ
@given(body=JSON, seq=st.integers(), raw=st.binary(max_size=200))
@example(body=float("inf"), seq=1, raw=b"")  # FastAPI's 422 echoed it: a 500
@example(body=[float("nan")], seq=2**70, raw=b"NaN")
def test_fuzz_push_endpoint_never_answers_500(api, state, body, seq, raw):  # noqa: F811
    if not hasattr(test_fuzz_push_endpoint_never_answers_500, "token"):
        test_fuzz_push_endpoint_never_answers_500.token = enroll(api, state)[0].credential  # type: ignore[attr-defined]
    token = test_fuzz_push_endpoint_never_answers_500.token  # type: ignore[attr-defined]
    entry = entries([inspection()])[0] | {"seq": seq, "record": {"x": body}}
    for payload in (
        json.dumps({"protocol": 1, "entries": [entry]}, allow_nan=True).encode(),
        json.dumps(body, allow_nan=True).encode(),
        raw,
    ):
        r = api.post("/v1/journal", content=payload, headers=auth(token)
                     | {"Content-Type": "application/json"})  # fmt: skip
        assert r.status_code < 500, (payload[:200], r.text)


def test_strict_json_refuses_what_the_database_cannot_hold():
    for text in ("NaN", "[Infinity]", "1e999", "9" * 20, "[" * 5000 + "]" * 5000, b"\xff"):
        with pytest.raises(files.InputError):
            files.loads_strict(text)
    assert files.loads_strict('{"a": [1, 2.5, -9223372036854775807]}')["a"][2] == -(2**63) + 1
    assert protocol.JournalEntryModel.model_fields["seq"].metadata  # bounded at the API
