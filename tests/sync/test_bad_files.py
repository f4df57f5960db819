"""Issue 14, findings 10-13 (workstation side): typed-in documents checked, bundles
applied all or nothing, files written without following symlinks, pipes refused, and a
pull that did not get what the head promised exits 1 (real central, real processes)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import protocol
from desktop.errors import UsageError
from desktop.inspection.traveller import typed
from local_store import Store
from sync import replica_pull
from tests.sync.harness import INSTALLER, INSTALLER_PW, ROOT

SUP = ("--user", INSTALLER, "--password-stdin")
TODAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("birth_date", "1980-02-30", "not a real date"),
        ("birth_date", "2999-01-01", "in the future"),
        ("birth_date", "garbage", "not a real date"),
        ("nationality", "zz", "state code"),
        ("sex", "Q", "not M, F or X"),
        ("expiry_date", "soon", "not a date"),
        ("expiry_date", "2090-01-01", "years ahead"),
        ("surname", "   ", "empty"),
        ("surname", "A" * 201, "longer than 200"),
        ("surname", "12345", "not a name"),
    ],
)
def test_typed_documents_are_checked_like_read_ones(field, value, words):
    fields = {"surname": "CHEN", "birth_date": "1980-02-28", "nationality": "TWN",
              "sex": "F", "expiry_date": "2030-01-01"} | {field: value}  # fmt: skip
    with pytest.raises(UsageError, match=words):
        typed(**fields, today=TODAY)


def test_a_good_typed_document_passes():
    doc = typed(
        surname=" chen ",
        given_names="mei",
        birth_date="1980-02",
        nationality="twn",
        sex="f",
        expiry_date="2030-01-01",
        today=TODAY,
    )
    assert doc.surname == "CHEN" and doc.nationality == "TWN" and doc.sex == "F"


def test_name_keys_are_linear_in_the_length_of_a_han_name():
    from desktop.screening.keys import index_keys, query_keys

    def secs(n: int) -> float:
        name = "".join(chr(0x4E00 + (i * 7919 + n) % 20000) for i in range(n))
        t = time.perf_counter()
        index_keys([name])
        query_keys([name])
        return time.perf_counter() - t

    secs(50)
    # The fastest of three runs: a busy machine only ever adds time, and a quadratic
    # step (100x from 200 to 2,000 characters; 2,000 took 1.3 s) cannot hide in it.
    small = min(secs(200) for _ in range(3))
    large = min(secs(2000) for _ in range(3))
    assert large < 30 * small + 0.05, (small, large)


@pytest.mark.slow
def test_replica_import_all_or_nothing_and_a_pull_missing_promised_chunks(
    workstation, central, proxy, tmp_path
):
    ws = workstation
    persons = tmp_path / "persons.jsonl"
    persons.write_text(json.dumps({"id": "P1", "names": ["CHEN MEI"], "action": "refer"}) + "\n")
    central.load("persons", persons)
    # A proxy withholds the chunks the signed head promises: exit 1, and it says so.
    proxy.plan("/v1/replica/", ["nochunks"] * 100)
    out = ws.cmd("sync", "--once")
    assert out.returncode == 1 and "incomplete" in out.stderr, out.stderr
    proxy.clear()

    def versions() -> dict[str, int]:
        replica = json.loads(ws.ok("status", "--json").stdout)["replica"]
        return {d: r["version"] for d, r in replica.items()}

    assert set(versions().values()) <= {0}
    bundle = tmp_path / "bundle.jsonl"
    central.cli("bundle", str(bundle))
    lines = bundle.read_bytes().splitlines(keepends=True)
    assert len(lines) == len(protocol.DATASETS)  # one line per dataset
    truncated = tmp_path / "truncated.jsonl"
    truncated.write_bytes(b"".join(lines[:-1]) + lines[-1][: len(lines[-1]) // 2])
    out = ws.cmd("replica", "import", str(truncated), *SUP, input=INSTALLER_PW + "\n")
    assert out.returncode == 1 and "replica unchanged" in out.stderr
    assert set(versions().values()) <= {0}, versions()  # not the first datasets applied
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    out = ws.cmd("replica", "import", str(empty), *SUP, input=INSTALLER_PW + "\n")
    assert out.returncode == 2 and "is empty" in out.stderr
    head = json.loads(lines[0])
    head["head"]["payload"] = "[1]"
    odd = tmp_path / "odd.jsonl"
    odd.write_text(json.dumps(head) + "\n")
    out = ws.cmd("replica", "import", str(odd), *SUP, input=INSTALLER_PW + "\n")
    assert out.returncode == 1 and "Traceback" not in out.stderr
    os.mkfifo(tmp_path / "fifo")
    out = ws.cmd("replica", "import", str(tmp_path / "fifo"), *SUP, input=INSTALLER_PW + "\n")
    assert out.returncode == 2 and "not a regular file" in out.stderr
    out = ws.cmd("replica", "import", str(bundle), *SUP, input=INSTALLER_PW + "\n")
    assert out.returncode == 0, out.stderr
    assert json.loads(ws.ok("status", "--json").stdout)["replica"]["persons"]["rows"] == 1
    ws.ok("sync", "--once")  # and the network pull carries on from the bundle
    # Journal export never follows a planted symlink and writes 0600.
    victim = tmp_path / "victim"
    victim.write_text("keep me")
    outdir = tmp_path / "out"
    outdir.mkdir()
    (outdir / "x.tmp").symlink_to(victim)
    ws.ok("journal", "export", str(outdir / "x"), *SUP, input=INSTALLER_PW + "\n")
    assert victim.read_text() == "keep me"
    assert (os.stat(outdir / "x").st_mode & 0o777) == 0o600
    assert sorted(p.name for p in outdir.iterdir()) == ["x", "x.tmp"]


def test_bad_typed_input_exits_2_before_anything_runs(tmp_path):
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", "--profile", str(tmp_path / "none"), *args],
            capture_output=True, text=True, timeout=60, cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )  # fmt: skip

    out = run("inspect", "--surname", "CHEN", "--birth-date", "garbage", "--direction",
              "entry", "--decision", "admit")  # fmt: skip
    assert out.returncode == 2 and "not a real date" in out.stderr  # was an exit 3
    out = run("screen", "--surname", "陳" * 40_000, "--direction", "entry")
    assert out.returncode == 2 and "longer than 200" in out.stderr  # ran past 120 s


def test_mrz_ocr_on_a_named_pipe_does_not_hang(tmp_path):
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "mrz", "ocr", str(fifo)],
        capture_output=True, text=True, timeout=60, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert out.returncode == 2 and "not a regular file" in out.stderr


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory):  # type: ignore[no-untyped-def]
    with Store.open(tmp_path_factory.mktemp("fuzz") / "fuzz.db", b"k" * 32) as store:
        yield store


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(data=st.lists(st.binary(max_size=200) | st.text(max_size=200), max_size=4))
def test_fuzz_replica_import_refuses_cleanly_and_applies_nothing(fuzz_store, data):
    key = Ed25519PrivateKey.generate().public_key()
    with pytest.raises(replica_pull.DeltaRejected):
        replica_pull.import_bundle(fuzz_store, key, data)
    with fuzz_store.read() as conn:
        assert replica_pull.status(conn) == {}


_KEY = Ed25519PrivateKey.generate()
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=3),
    max_leaves=12,
)  # fmt: skip
_ROW = st.fixed_dictionaries(
    {"id": st.text(max_size=4)},
    optional={"names": _JSON | st.lists(st.text(max_size=250), max_size=2), "action": _JSON,
              "birth_date": _JSON, "deleted": _JSON, "sex": _JSON},
)  # fmt: skip


def _signed_answer(dataset: str, rows: list, version: int, chunks: int, extra: dict) -> bytes:  # type: ignore[type-arg]

    now = dt.datetime.now(dt.UTC)
    chunk = {
        "type": "replica.chunk",
        "protocol": 1,
        "dataset": dataset,
        "version": version,
        "chunk": 0,
        "chunks": chunks,
        "prev_digest": protocol.GENESIS,
        "published_at": now.isoformat(),
        "row_count": len(rows),
        "rows": rows,
    } | extra
    msg = protocol.sign(_KEY, chunk)
    head = {"type": "replica.head", "protocol": 1, "dataset": dataset, "version": version,
            "digest": protocol.digest(msg.payload.encode()), "chunks": chunks,
            "row_count": len(rows), "published_at": now.isoformat(),
            "issued_at": now.isoformat(),
            "expires_at": (now + dt.timedelta(hours=1)).isoformat()}  # fmt: skip
    answer = {"head": protocol.sign(_KEY, head).model_dump(), "chunks": [msg.model_dump()]}
    return json.dumps(answer).encode()


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(
    dataset=st.sampled_from(["persons", "officers", "exit_bans"]),
    rows=st.lists(_ROW | _JSON, max_size=3),
    version=st.integers(min_value=-2, max_value=3),
    chunks=st.integers(min_value=0, max_value=2),
    extra=st.dictionaries(st.sampled_from(["chunk", "prev_digest", "rows", "dataset"]), _JSON,
                          max_size=1),
    tail=st.binary(max_size=30),
)  # fmt: skip
def test_fuzz_signed_bundles_apply_whole_or_not_at_all(
    fuzz_store, dataset, rows, version, chunks, extra, tail
):
    """Correctly signed answers with arbitrary rows and headers, followed by junk: the
    junk line makes the import fail, and then nothing of the signed line stays."""
    with fuzz_store.read() as conn:
        before = replica_pull.status(conn)
    good = _signed_answer(dataset, rows, version, chunks, extra)
    with pytest.raises(replica_pull.DeltaRejected):
        replica_pull.import_bundle(fuzz_store, _KEY.public_key(), [good, b"x" + tail])
    with fuzz_store.read() as conn:
        assert replica_pull.status(conn) == before
