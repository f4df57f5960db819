"""The central's signed policy end to end, real processes over loopback: `central load
policies` refuses a bad row and publishes a good one; `sync --once` brings it to the
counter; `inspect` obeys it; `policy set` is refused while the central answers."""

from __future__ import annotations

import json

from tests.sync.harness import SUPERVISOR, SUPERVISOR_PW, CentralProcess, Workstation

REFER_ALL = {"max_age_s": 600, "action": "refer", "categories": ["all"]}


def test_policy_from_the_central_reaches_the_counter(
    tmp_path, central: CentralProcess, workstation: Workstation
):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        json.dumps({"name": "stale.persons", "value": {"max_age_s": 60, "action": "refer"}}) + "\n"
    )
    out = central.cli("load", "policies", str(bad), check=False)
    assert out.returncode == 2 and "refer needs at least one category" in out.stderr
    good = tmp_path / "policies.jsonl"
    good.write_text(json.dumps({"name": "stale.persons", "value": REFER_ALL}) + "\n")
    assert central.load("policies", good)["version"] == 1
    workstation.ok("sync", "--once")
    shown = json.loads(workstation.ok("policy", "show", "--json").stdout)
    assert shown["stale.persons"] == {"source": "central", "value": REFER_ALL}
    status = json.loads(workstation.ok("status", "--json").stdout)
    assert status["replica"]["policies"]["version"] == 1
    # The central answers: a local change is refused (exit 2, nothing changed).
    sup = ("--user", SUPERVISOR, "--password-stdin")
    login = SUPERVISOR_PW + "\n"
    workstation.ok("login", *sup, input=login)  # first online login: the slot
    r = workstation.cmd(
        "policy",
        "set",
        "stale.persons",
        json.dumps(REFER_ALL | {"action": "warn"}),
        "--reason",
        "test",
        *sup,
        input=login,
    )
    assert r.returncode == 2 and "central is reachable" in r.stderr
    # Confirmed minutes ago (this process's clock 20 minutes on): too old for the policy.
    later = {"BORDER_WS_CLOCK_OFFSET_S": "1200"}
    doc = (
        "--surname",
        "HO",
        "--given-names",
        "AN",
        "--birth-date",
        "1960-03-03",
        "--nationality",
        "TWN",
        "--direction",
        "entry",
    )
    r = workstation.cmd("inspect", *doc, "--decision", "admit", *sup, input=login, env=later)
    assert r.returncode == 1 and "stale-list policy" in r.stderr
    assert "persons is 20 min old (limit 10 min); refer to a second-line check (all)" in r.stderr
    r = workstation.cmd(
        "inspect", *doc, "--decision", "refer", "--json", *sup, input=login, env=later
    )
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["stale_policy"]["action"] == "refer"
    # Now: fresh, admitted.
    r = workstation.cmd("inspect", *doc, "--decision", "admit", "--json", *sup, input=login)
    assert r.returncode == 0 and json.loads(r.stdout)["stale_policy"] is None, r.stderr
