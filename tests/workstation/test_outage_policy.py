"""The stale-list policy (signed by the central, changed locally only during an outage),
emergency declarations that record the replica in force, the suggestion to declare, and
the shift report and emergency log on the command line (real processes, real PDF)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import unicodedata

import pypdf
import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from sqlalchemy import select

import protocol
from central import datasets
from desktop.errors import UsageError
from desktop.inspection import emergency, service, stale_policy
from desktop.inspection.rules import Decision, NotRecorded
from desktop.inspection.traveller import Traveller
from desktop.screening.checks import Hit
from local_store import audit, settings
from local_store.schema import journal as journal_table
from sync import clock, connectivity, replica_pull
from tests.sync.test_replica import FakeClient, central_side, person, pull, store  # noqa: F401

TWN = {
    "document_code": "P",
    "issuing_state": "TWN",
    "document_number": "X1",
    "surname": "HO",
    "given_names": "AN",
    "nationality": "TWN",
    "birth_date": "1960-03-03",
    "sex": "M",
    "valid": True,
}
USA = dict(TWN, nationality="USA", issuing_state="USA")
FUZZY = Hit(dataset="persons", key="P9", action="refer", severity="low", score=0.8, summary="")


def _policy(database, keys, rows):
    return datasets.publish_rows(database, keys, "policies", rows, snapshot=True)


def _record(st, doc, decision="admit", **kw):
    screened = service.Screening(Traveller(**doc), "entry", tuple(kw.pop("hits", ())))
    return service.record(
        st,
        officer="otto",
        role=kw.pop("role", "officer"),
        screening=screened,
        decision=Decision("entry", decision, **kw),
    ).to_json()


def test_central_signed_policy_refers_foreign_travellers_when_the_list_is_old(
    central_side,  # noqa: F811
    store,  # noqa: F811
    monkeypatch,
):
    database, keys = central_side
    client = FakeClient(database, keys, validity_s=86400)
    datasets.publish_rows(database, keys, "persons", [person(1)], snapshot=True)
    rule = {"max_age_s": 3600, "action": "refer", "categories": ["foreign", "fuzzy_hit"]}
    _policy(
        database,
        keys,
        [
            {"name": "stale.persons", "value": rule},
            {"name": "stale.documents", "value": {"max_age_s": 7200, "action": "block_admit"}},
        ],
    )
    for ds in ("persons", "documents", "entry_permits", "policies"):
        pull(store, client, keys, ds)
    with store.read() as c:
        pol = stale_policy.effective(c)
        assert pol["stale.persons"] == {"source": "central", "value": rule}
        assert [a["detail"] for a in audit.recent(c) if a["event"] == "policy_changed"] == [
            {"scope": "central", "names": ["stale.documents", "stale.persons"]}
        ]
    # Fresh: nothing applies, the foreign traveller is admitted.
    assert _record(store, USA)["stale_policy"] is None
    # Two hours later (this process's clock): persons is stale.
    monkeypatch.setenv(clock.OFFSET_ENV, str(2 * 3600 - 60))
    assert _record(store, TWN)["stale_policy"]["action"] is None  # home national: not referred
    with pytest.raises(NotRecorded, match=r"persons is 2.0 h old .limit 60 min.; refer"):
        _record(store, USA)
    with pytest.raises(NotRecorded, match=r"second-line check \(fuzzy_hit\)"):
        _record(store, TWN, hits=[FUZZY])
    rec = _record(store, USA, "refer")
    assert rec["stale_policy"] == {
        "action": "refer",
        "stale": [{"dataset": "persons", "why": "too_old", "action": "refer", "applies": True}],
    }
    assert rec["replica_age_s"]["persons"] > 7000 and rec["mode"] == "normal"
    r = _record(store, USA, override=True, role="supervisor")  # the supervisor decides
    assert r["override"] is True
    # Past the documents limit too: block_admit reaches everyone.
    monkeypatch.setenv(clock.OFFSET_ENV, str(2 * 3600 + 60))
    with pytest.raises(NotRecorded, match=r"documents .* no admit without a supervisor"):
        _record(store, TWN)
    # The central answers again: fresh heads, the policy steps back.
    monkeypatch.delenv(clock.OFFSET_ENV)
    for ds in ("persons", "documents", "entry_permits"):
        pull(store, client, keys, ds)
    assert _record(store, USA)["stale_policy"] is None


def test_a_list_that_failed_verification_is_never_used_silently(
    central_side,  # noqa: F811
    store,  # noqa: F811
):
    database, keys = central_side
    client = FakeClient(database, keys, validity_s=86400)
    datasets.publish_rows(database, keys, "persons", [person(1)], snapshot=True)
    pull(store, client, keys)
    datasets.publish_rows(database, keys, "persons", [person(1), person(2)], snapshot=True)
    answer = client.replica("persons", 2, 0, 1000)
    answer.chunks[0] = answer.chunks[0].model_copy(
        update={"payload": answer.chunks[0].payload.replace("SURNAME2", "SURNAMEX")}
    )
    client.replica = lambda *a: answer  # a tampered answer on the wire
    with pytest.raises(replica_pull.DeltaRejected):
        pull(store, client, keys)
    with store.read() as c:
        st = replica_pull.status(c)["persons"]
        a = stale_policy.assess(c, TWN["nationality"], [], "entry")
    assert st["version"] == 1 and "bad signature" in st["unverified"]["reason"]
    (cond,) = [x for x in a.conditions if x.dataset == "persons"]
    assert (cond.why, cond.action) == ("unverified", "warn")
    assert "failed verification" in cond.describe()
    rec = _record(store, TWN)
    assert {"dataset": "persons", "why": "unverified", "action": "warn", "applies": True} in rec[
        "stale_policy"
    ]["stale"]
    # A genuine answer clears it.
    client.replica = FakeClient(database, keys, validity_s=86400).replica
    pull(store, client, keys)
    with store.read() as c:
        assert "unverified" not in replica_pull.status(c)["persons"]


def test_central_refuses_to_publish_a_bad_policy(tmp_path):
    f = tmp_path / "policies.jsonl"
    f.write_text(
        json.dumps({"name": "stale.persons", "value": {"max_age_s": 3600, "action": "refer"}})
        + "\n"
    )
    with pytest.raises(datasets.LoadError, match="refer needs at least one category"):
        list(datasets.read_rows(f, "policies"))
    f.write_text(json.dumps({"name": "stale.passports", "value": {}}) + "\n")
    with pytest.raises(datasets.LoadError, match="no such list"):
        list(datasets.read_rows(f, "policies"))
    assert "policies" in protocol.DATASETS


def test_local_change_only_during_an_outage_audited_and_dropped_at_the_end(store):  # noqa: F811
    rule = {"max_age_s": 600, "action": "block_admit", "categories": []}
    with store.write() as c:
        connectivity.record_success(c)
    with pytest.raises(UsageError, match="central is reachable"):
        stale_policy.set_local(store, "sue", "stale.persons", rule, "why not")
    with store.write() as c:
        for _ in range(3):
            connectivity.record_failure(c, "timeout")
    with pytest.raises(UsageError, match="--reason"):
        stale_policy.set_local(store, "sue", "stale.persons", rule, " ")
    with pytest.raises(UsageError, match="action must be one of"):
        stale_policy.set_local(store, "sue", "stale.persons", dict(rule, action="x"), "r")
    stale_policy.set_local(store, "sue", "stale.persons", rule, "central down")
    emergency.declare(store, "sue", "central down")
    with store.read() as c:
        p = stale_policy.effective(c)["stale.persons"]
        assert (p["source"], p["by"], p["value"]) == ("local", "sue", rule)
    with pytest.raises(NotRecorded, match="no admit without a supervisor"):
        _record(store, TWN)
    emergency.end(store, "sue")
    with store.read() as c:
        assert stale_policy.effective(c)["stale.persons"]["source"] == "default"
        events = [a["detail"] for a in reversed(audit.recent(c)) if a["event"] == "policy_changed"]
    assert events[0]["name"] == "stale.persons" and events[0]["reason"] == "central down"
    assert events[1] == {"scope": "local", "reset": ["stale.persons"], "why": "emergency ended"}


def test_emergency_is_suggested_after_the_configured_time(store):  # noqa: F811
    now = clock.now()
    with store.write() as c:
        settings.put(c, "sync.enrollment", {"central": "http://127.0.0.1:9"})
        connectivity.record_success(c)
    with store.read() as c:
        assert emergency.suggestion(c, now + dt.timedelta(hours=1)) is None  # online
    with store.write() as c:
        for _ in range(3):
            connectivity.record_failure(c, "refused")
    with store.read() as c:
        assert emergency.suggestion(c, now + dt.timedelta(minutes=4)) is None
        s = emergency.suggestion(c, now + dt.timedelta(minutes=6))
    assert s["threshold_s"] == 300 and 355 < s["unreachable_s"] < 365
    with store.write() as c:
        settings.put(
            c,
            stale_policy.LOCAL_KEY,
            {
                "emergency.suggest_after_s": {
                    "value": 900,
                    "by": "sue",
                    "at": now.isoformat(),
                    "reason": "drill",
                }
            },
        )
    with store.read() as c:
        assert emergency.suggestion(c, now + dt.timedelta(minutes=6)) is None
    emergency.declare(store, "sue", "down")
    with store.read() as c:
        assert emergency.suggestion(c, now + dt.timedelta(hours=2)) is None  # declared


def test_report_and_emergency_log_on_the_command_line(workstation, run_cli, tmp_path):
    sup = ("--user", "sup", "--password-stdin")
    doc = ("--surname", "HO", "--given-names", "AN", "--birth-date", "1960-03-03")
    for nat, direction, decision in (
        ("TWN", "entry", "admit"),
        ("USA", "exit", "refer"),
        ("TWN", "exit", "admit"),
    ):
        r = run_cli(
            "inspect",
            *doc,
            "--nationality",
            nat,
            "--direction",
            direction,
            "--decision",
            decision,
            "--user",
            "chen",
            "--password-stdin",
            stdin="officer-pass\n",
        )
        assert r.code == 0, r.err
    assert (
        run_cli("emergency", "declare", "--reason", "central down", *sup, stdin="super-pass\n").code
        == 0
    )
    assert (
        run_cli(
            "inspect",
            *doc,
            "--nationality",
            "JPN",
            "--direction",
            "entry",
            "--decision",
            "refuse",
            "--reason",
            "OFFICER_DISCRETION",
            *sup,
            stdin="super-pass\n",
        ).code
        == 0
    )
    now = dt.datetime.now(dt.UTC)
    since, until = (
        (now - dt.timedelta(hours=1)).isoformat(),
        (now + dt.timedelta(hours=1)).isoformat(),
    )
    pdf, out_csv = tmp_path / "r.pdf", tmp_path / "r.csv"
    # An officer may not.
    r = run_cli(
        "report",
        "--since",
        since,
        "--until",
        until,
        "--user",
        "chen",
        "--password-stdin",
        stdin="officer-pass\n",
    )
    assert r.code == 1 and "needs a supervisor" in r.err
    r = run_cli("report", "--since", until, "--until", since, *sup, stdin="super-pass\n")
    assert r.code == 2 and "--until must be after --since" in r.err
    r = run_cli(
        "report",
        "--since",
        since,
        "--until",
        until,
        "--pdf",
        str(pdf),
        "--csv",
        str(out_csv),
        "--json",
        *sup,
        stdin="super-pass\n",
    )
    assert r.code == 0, r.err
    rep = r.json()
    assert rep["records"] == 4 and rep["pdf_pages"] == 1
    assert rep["by_decision"] == {"admit": 2, "refer": 1, "refuse": 1}
    assert rep["by_direction"]["exit"]["total"] == 2 and rep["emergency_records"] == 1
    assert rep["not_replayed"] == {"pending": 4, "parked": 0}
    assert [p["declared_by"] for p in rep["emergency_periods"]] == ["sup"]

    # The CSV's counts are the journal's (read straight from the store here).
    from desktop import officers
    from desktop.config import Profile

    with officers.unlock(Profile(run_cli.profile), "sup", "super-pass") as s, s.store.read() as c:
        recs = [
            json.loads(x.record)
            for x in c.execute(select(journal_table).where(journal_table.c.kind == "inspection"))
        ]
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8"))))
    got = {
        (r["section"], r["key"]): int(r["value"])
        for r in rows
        if r["section"] in ("decision", "total")
    }
    want = {("total", "records"): len(recs)} | {
        ("decision", d): sum(x["decision"] == d for x in recs) for d in ("admit", "refer", "refuse")
    }
    assert got == want
    hours = sum(int(r["value"]) for r in rows if r["section"] == "hour" and r["subkey"] == "total")
    assert hours == len(recs)
    assert "HO" not in {r["value"] for r in rows}  # no traveller names

    text = " ".join(
        unicodedata.normalize("NFKC", pypdf.PdfReader(pdf).pages[0].extract_text()).split()
    )
    assert "Records: 4 (admitted 2, referred 1, refused 1)" in text
    assert "Emergency periods" in text and "central down" in text

    r = run_cli(
        "report",
        "--since",
        since,
        "--until",
        until,
        "--emergency",
        "--json",
        *sup,
        stdin="super-pass\n",
    )
    assert r.json()["records"] == 1 and r.json()["kind"] == "emergency"

    # A counter's local hours: the zone of --since.
    taipei = dt.timezone(dt.timedelta(hours=8))
    r = run_cli(
        "report",
        "--since",
        (now - dt.timedelta(hours=1)).astimezone(taipei).isoformat(),
        "--until",
        until,
        "--json",
        *sup,
        stdin="super-pass\n",
    )
    local = r.json()
    assert local["zone"] == "UTC+08:00" and local["records"] == 4
    assert all(h["hour"].endswith("+08:00") for h in local["by_hour"])
    assert sum(h["total"] for h in local["by_hour"]) == 4

    log_csv = tmp_path / "log.csv"
    r = run_cli(
        "emergency",
        "log",
        "--kind",
        "declaration",
        "--kind",
        "export",
        "--csv",
        str(log_csv),
        "--json",
        *sup,
        stdin="super-pass\n",
    )
    assert r.code == 0, r.err
    events = [json.loads(line) for line in r.out.splitlines()]
    assert [e["event"] for e in events] == ["emergency_declared", "report_exported"]
    assert events[0]["detail"]["replica"] == {} and events[0]["actor"] == "sup"
    logged = list(csv.DictReader(io.StringIO(log_csv.read_text(encoding="utf-8"))))
    assert [x["event"] for x in logged] == ["emergency_declared", "report_exported"]


def test_a_refused_policy_update_leaves_the_previous_policy_and_says_so(
    central_side,  # noqa: F811
    store,  # noqa: F811
):
    database, keys = central_side
    client = FakeClient(database, keys, validity_s=86400)
    warn = {"max_age_s": 3600, "action": "warn", "categories": []}
    _policy(database, keys, [{"name": "stale.persons", "value": warn}])
    pull(store, client, keys, "policies")
    _policy(database, keys, [{"name": "stale.persons", "value": dict(warn, max_age_s=60)}])
    answer = client.replica("policies", 2, 0, 1000)
    answer.chunks[0] = answer.chunks[0].model_copy(
        update={"payload": answer.chunks[0].payload.replace('"max_age_s":60', '"max_age_s":9')}
    )
    client.replica = lambda *a: answer
    with pytest.raises(replica_pull.DeltaRejected, match="bad signature"):
        pull(store, client, keys, "policies")
    with store.read() as c:
        assert stale_policy.value(c, "stale.persons") == warn
        assert "bad signature" in stale_policy.central_update_refused(c)["reason"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
names = st.sampled_from(
    [
        "stale.persons",
        "stale.documents",
        "stale.nope",
        "home_states",
        "emergency.suggest_after_s",
        "other",
        "",
    ]
)


@hsettings(max_examples=300, deadline=None)
@given(
    names,
    json_values
    | st.fixed_dictionaries(
        {"max_age_s": st.integers(-5, 10**8), "action": st.sampled_from(["warn", "refer", "x"])},
        optional={"categories": st.lists(st.sampled_from(["all", "foreign", "fuzzy_hit", "z"]))},
    ),
)
def test_policy_values_are_checked_never_crash(name, value):
    from sync import policy_list

    try:
        out = policy_list.validate(name, value)
    except policy_list.PolicyRowError as e:
        assert str(e)
    else:
        assert policy_list.validate(name, out) == out  # normalised form is stable


@hsettings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_report_times_are_checked_never_crash(text):
    from desktop import reports

    try:
        t = reports.parse_time(text, "--since")
    except UsageError as e:
        assert "--since" in str(e)
    else:
        assert t.tzinfo is not None


def test_the_emergency_log_says_why_an_override_was_refused():
    from desktop.emergency_log import _summary

    offline = {"for": "chen", "role": "officer"}
    online = {"for": "chen", "role": None, "mode": "online", "reason": "bad_credentials"}
    assert _summary("override_refused", offline) == "override refused for chen (role officer)"
    assert _summary("override_refused", online) == (
        "override refused for chen (bad_credentials, online)"
    )
    assert "None" not in _summary("override_refused", {"for": "chen", "role": None})


def test_a_wrong_password_at_f12_is_audited_offline_too(tmp_path):
    from desktop import officers
    from desktop.config import Profile
    from local_store import audit

    profile = Profile(tmp_path / "profile")
    with officers.initialise(profile, "inst", "install-pass") as s:
        officers.add_officer(s, "sup", "supervisor", "super-pass")
        officers.add_officer(s, "chen", "officer", "officer-pass")
    with officers.unlock(profile, "chen", "officer-pass") as session:
        with pytest.raises(officers.AccessDenied):
            officers.authorise_override(session, "sup", "wrong-password")
        assert officers.authorise_override(session, "sup", "super-pass") == "sup"
        with session.store.read() as c:
            events = [(e["event"], e["detail"]) for e in audit.recent(c, 10)]
    refused = [d for e, d in events if e == "override_refused"]
    assert refused == [{"for": "chen", "role": None, "mode": "offline",
                        "reason": "wrong password"}]  # fmt: skip
    assert any(e == "override_authorised" for e, _ in events)


def test_an_export_is_written_whole_or_refused_in_words(tmp_path):
    """The window's CSV exports: a folder that does not exist or cannot be written gets
    a coded message (shown in the officer's language), and no half file is left."""
    import os

    from desktop import console, officers
    from desktop.config import Profile

    profile = Profile(tmp_path / "profile")
    with officers.initialise(profile, "inst", "install-pass") as s:
        officers.add_officer(s, "sup", "supervisor", "super-pass")
    with officers.unlock(profile, "sup", "super-pass") as session:
        rows = console.emergency_log_rows(session, None, None)
        with pytest.raises(UsageError) as e:
            console.export_emergency_log(session, rows, str(tmp_path / "nowhere" / "log.csv"))
        assert e.value.message is not None and e.value.message.code == "export.no_directory"
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            if os.access(locked, os.W_OK):  # root writes anywhere: a file as the folder
                target = str(tmp_path / "afile" / "log.csv")
                (tmp_path / "afile").write_text("x")
                code = "export.no_directory"
            else:
                target, code = str(locked / "log.csv"), "export.cannot_write"
            with pytest.raises(UsageError) as e:
                console.export_emergency_log(session, rows, target)
            assert e.value.message is not None and e.value.message.code == code
        finally:
            locked.chmod(0o700)
        assert list(locked.iterdir()) == []
        out = tmp_path / "log.csv"
        assert console.export_emergency_log(session, rows, str(out)) == str(out)
        assert out.read_text(encoding="utf-8").startswith("id,at,kind,event,actor,summary")
        assert [f.name for f in tmp_path.iterdir() if f.name.startswith(".log.csv")] == []
