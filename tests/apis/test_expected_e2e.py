"""End to end with real processes (issue 17, item 3): a workstation enrolled for port
TPE, a manifest of a flight due there imported at the central, the workstation synced;
the listed passenger screened at the counter shows the pre-screen hit and the flight;
a traveller on no manifest says so; the flights list shows the hits; and all of it
again with the central stopped."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from central import datasets, db
from central.keys import load_keys
from tests.apis.conftest import PERSONS, soon
from tests.apis.make_manifest import Person, build, crowd
from tests.sync.harness import INSTALLER, INSTALLER_PW, CentralProcess, Workstation

CHEN = ["--surname", "CHEN", "--given-names", "CHIH-MING", "--birth-date", "1978-03-14",
        "--nationality", "TWN", "--document-number", "302145678", "--issuing-state",
        "TWN"]  # fmt: skip
STRANGER = ["--surname", "LEE", "--given-names", "ANNA", "--birth-date", "1990-01-01",
            "--nationality", "USA", "--document-number", "555000111", "--issuing-state",
            "USA"]  # fmt: skip


def _desktop(capsys: pytest.CaptureFixture[str], ws: Workstation, *argv: str) -> tuple[int, dict]:
    from desktop.cli import main

    capsys.readouterr()
    rc = main(["--profile", str(ws.profile), *argv])
    out = capsys.readouterr().out
    return rc, json.loads(out)


def _central(capsys: pytest.CaptureFixture[str], state: Path, *argv: str) -> str:
    from central.__main__ import main

    capsys.readouterr()
    assert main(["--state", str(state), *argv]) == 0
    return capsys.readouterr().out


def test_expected_travellers_at_the_counter(tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    state = tmp_path / "central"
    database = db.open_database(state)
    datasets.publish_rows(database, load_keys(state), "persons", PERSONS)
    database.dispose()
    central = CentralProcess(state).start()
    try:
        ws = Workstation(tmp_path / "ws")
        code = json.loads(_central(capsys, state, "enroll-code", "--port", "TPE", "--json"))
        assert code["port"] == "TPE"
        # Set up in this process (the set-up is not what is tested); the central is a
        # process, and the sync and the first screening below are too.
        from desktop.cli import main

        for argv in (["init", "--installer", INSTALLER, "--password-stdin"],
                     ["enroll", "--central", central.url, "--code", code["code"], "--user",
                      INSTALLER, "--password-stdin"]):  # fmt: skip
            monkeypatch.setattr("sys.stdin", io.StringIO(INSTALLER_PW + "\n"))
            assert main(["--profile", str(ws.profile), *argv]) == 0
        chen = Person("CHEN", "CHIH-MING", "M", "780314", "TWN", "302145678")
        flight = tmp_path / "br0061.edi"
        flight.write_text(build([*crowd(5), chen], flight="BR0061", dep="ICN", arr="TPE",
                                departs=soon(0.5), arrives=soon(2.5)))  # fmt: skip
        other = tmp_path / "ci0100.edi"  # due at Kaohsiung: not this counter's
        other.write_text(build(crowd(3), flight="CI0100", dep="HKG", arr="KHH",
                               departs=soon(1), arrives=soon(2.5)))  # fmt: skip
        _central(capsys, state, "apis", "import", str(flight))
        _central(capsys, state, "apis", "import", str(other))
        ws.ok("sync", "--once")
        out = ws.ok("screen", *CHEN, "--direction", "entry", "--json")
        seen = json.loads(out.stdout)
        _check_counter(seen)

        central.stop()  # the central is down: the replica answers
        rc, status = _desktop(capsys, ws, "status", "--json")
        assert status["port"] == "TPE"
        rc, seen = _desktop(capsys, ws, "screen", *CHEN, "--direction", "entry", "--json")
        assert rc == 0
        _check_counter(seen)
        rc, stranger = _desktop(capsys, ws, "screen", *STRANGER, "--direction", "entry", "--json")
        assert rc == 1 and stranger["manifest"] == {"state": "on_no_manifest", "port": "TPE"}
        rc, listing = _desktop(capsys, ws, "manifests", "--json")
        assert rc == 0 and listing["port"] == "TPE"
        assert [f["flight"] for f in listing["flights"]] == ["BR0061"]  # KHH's flight not here
        br = listing["flights"][0]
        assert (br["passengers"], br["direction"]) == (6, "inbound")
        assert [(h["name"], h["hits"][0]["key"]) for h in br["hits"]] == [
            ("CHEN, CHIH-MING", "P-ARREST")]  # fmt: skip
    finally:
        central.stop()


def _check_counter(seen: dict) -> None:  # type: ignore[type-arg]
    assert [h["key"] for h in seen["hits"]] == ["P-ARREST"]  # the counter's own screening
    m = seen["manifest"]
    assert (m["state"], m["flight"], m["direction"], m["role"]) == (
        "on_manifest", "BR0061", "inbound", "passenger")  # fmt: skip
    assert m["prescreened"] and [h["key"] for h in m["prescreen_hits"]] == ["P-ARREST"]
    assert m["scheduled_local"].endswith("+08:00")
