"""`python -m central apis import` (in process): pre-screening with the counter's
engine, idempotent replacement by later sends, refusals that change nothing, and
re-screening when a list changes before the flight arrives."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from central.apis import manifests
from central.apis.prescreen import Mirror
from tests.apis.conftest import DATA, Central, soon
from tests.apis.make_manifest import Person, build, crowd


def _import(central: Central, capsys, path, *extra: str) -> tuple[int, dict, str]:  # type: ignore[no-untyped-def]
    rc, out, err = central.run(capsys, "apis", "import", str(path), "--json", *extra)
    return rc, (json.loads(out) if out.strip() else {}), err


def test_inbound_manifest_prescreened_like_the_counter(central: Central, capsys) -> None:  # type: ignore[no-untyped-def]
    rc, view, _ = _import(central, capsys, DATA / "ci005_lax_tpe.edi")
    assert rc == 0 and view["status"] == "new"
    assert (view["flight"], view["direction"], view["travellers"], view["crew"]) == (
        "CI0005", "inbound", 4, 0)  # fmt: skip
    assert view["arrival"] == {"airport": "TPE", "scheduled": "2026-12-07T05:30:00+08:00",
                               "scheduled_utc": "2026-12-06T21:30:00+00:00"}  # fmt: skip
    by_name = {h["name"]: h["hits"] for h in view["hits"]}
    assert set(by_name) == {"CHEN, CHIH-MING", "KOWALSKI, PIOTR", "NGUYEN, THI LAN"}
    chen = by_name["CHEN, CHIH-MING"][0]
    assert (chen["dataset"], chen["key"], chen["action"], chen["severity"]) == (
        "persons", "P-ARREST", "arrest", "critical")  # fmt: skip
    assert any("birth date matches" in r for r in chen["reasons"])  # the engine's words
    assert by_name["NGUYEN, THI LAN"][0]["key"] == "C4567890/VNM/P"
    # The same answer as the workstation's engine gives on the same rows.
    from desktop.screening.checks import Traveller, screen

    mirror = Mirror.for_state(central.state)
    with mirror.read() as conn:
        direct = screen(conn, Traveller("CHEN", "CHIH-MING", "1978-03-14", "TWN", "M",
                                        "302145678", "TWN", "P"), "entry")  # fmt: skip
    assert [h.to_json() for h in direct] == by_name["CHEN, CHIH-MING"]
    mirror.dispose()


def test_outbound_exit_ban_and_crew(central: Central, capsys) -> None:  # type: ignore[no-untyped-def]
    rc, view, _ = _import(central, capsys, DATA / "ua871_tpe_sfo_wrapped.edi")
    assert rc == 0 and view["direction"] == "outbound"
    assert [(h["name"], h["hits"][0]["dataset"]) for h in view["hits"]] == [
        ("HUANG, MEI-LING", "exit_bans")]  # fmt: skip
    rc, view, _ = _import(central, capsys, DATA / "br_crew_tpe_nrt.edi")
    assert rc == 0 and (view["travellers"], view["crew"], view["hits"]) == (0, 3, [])


def test_repeated_later_and_earlier_sends(central: Central, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    departs = dt.datetime(2026, 12, 20, 9, 0)
    first = tmp_path / "first.edi"
    hour = dt.timedelta(hours=1)
    first.write_text(build(crowd(5), departs=departs, ref="100", sent=departs - 3 * hour))
    later = tmp_path / "later.edi"
    later.write_text(build(crowd(7), departs=departs, ref="101", sent=departs - hour))
    assert _import(central, capsys, first)[1]["status"] == "new"
    assert _import(central, capsys, first)[1]["status"] == "unchanged"
    rc, view, _ = _import(central, capsys, later)
    assert (rc, view["status"], view["travellers"]) == (0, "replaced", 7)
    rc, _, err = _import(central, capsys, first)  # the earlier send, arriving late
    assert rc == 1 and "a later message of CI0007/LAX/2026-12-20 is held" in err
    rc, out, _ = central.run(capsys, "apis", "list", "--json")
    held = [json.loads(line) for line in out.splitlines()]
    assert [(v["flight_key"], v["travellers"]) for v in held] == [("CI0007/LAX/2026-12-20", 7)]


def test_broken_file_refused_whole_and_nothing_changes(central: Central, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _import(central, capsys, DATA / "ci005_lax_tpe.edi")[0] == 0
    rc, _, err = _import(central, capsys, DATA / "broken" / "bad_cnt.edi")
    assert rc == 2 and "refused whole: segment CNT at line 54" in err
    rc, out, _ = central.run(capsys, "apis", "show", "CI0005/LAX/2026-12-05", "--json")
    assert rc == 0 and len(json.loads(out)["list"]) == 4


def test_rescreened_when_a_list_changes_before_arrival(central: Central, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    newcomer = Person("LEE", "SOO-JIN", "F", "880808", "KOR", "M12345678")
    path = tmp_path / "soon.edi"
    path.write_text(build([*crowd(3), newcomer], flight="BR0061", dep="ICN", arr="TPE",
                          departs=soon(1), arrives=soon(3)))  # fmt: skip
    past = tmp_path / "past.edi"
    past.write_text(build([newcomer], flight="BR0063", dep="ICN", arr="TPE",
                          departs=soon(-6), arrives=soon(-4)))  # fmt: skip
    assert _import(central, capsys, path)[1]["hits"] == []
    assert _import(central, capsys, past)[1]["hits"] == []
    listed = tmp_path / "persons.jsonl"
    from tests.apis.conftest import PERSONS

    rows = [*PERSONS, {"id": "P-NEW", "names": ["LEE, SOO JIN"], "birth_date": "1988-08-08",
                       "nationality": "KOR", "action": "deny_entry", "list": "new"}]  # fmt: skip
    listed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    rc, _, err = central.run(capsys, "load", "persons", str(listed))
    assert rc == 0 and "1 new hits" in err and "BR0061" in err
    with central.database.read() as conn:
        views = {v["flight"]: v for v in (manifests.manifest_view(conn, m)
                                          for m in manifests.all_manifests(conn))}  # fmt: skip
    assert [h["hits"][0]["key"] for h in views["BR0061"]["hits"]] == ["P-NEW"]
    assert views["BR0061"]["screened_versions"]["persons"] == 2
    assert views["BR0063"]["hits"] == []  # landed already: not screened again


def test_direction_follows_home_states_policy(central: Central, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "nrt_icn.edi"
    path.write_text(build(crowd(2), flight="JL0091", dep="NRT", arr="ICN"))
    rc, _, err = _import(central, capsys, path)
    assert rc == 2 and "neither NRT nor ICN is a port of TWN" in err
    central.publish("policies", [{"name": "home_states", "value": ["KOR"]}])
    assert _import(central, capsys, path)[1]["direction"] == "inbound"
    assert _import(central, capsys, DATA / "ua871_tpe_sfo_wrapped.edi")[0] == 2
    rc, view, _ = _import(central, capsys, DATA / "ua871_tpe_sfo_wrapped.edi",
                          "--direction", "outbound")  # fmt: skip
    assert rc == 0 and view["direction"] == "outbound"


@pytest.mark.parametrize("junk", [b"", b"\xff\xfe\x00garbage", b"UNB+UNOA:4+A+B+261205:2210+1'"])
def test_junk_files_exit_2(central: Central, capsys, tmp_path, junk: bytes) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "junk.edi"
    path.write_bytes(junk)
    rc, _, err = _import(central, capsys, path)
    assert rc == 2 and "refused whole" in err


def test_the_mirror_is_rekeyed_after_a_software_update(central: Central) -> None:
    """Name keys built by an older key version (a software update bumped KEYS_VERSION)
    are rebuilt at the next sync, not only when a list is next published: until then the
    central's APP and pre-screening would look people up under keys nobody stores."""
    from desktop.screening.checks import Traveller, screen

    mirror = Mirror.for_state(central.state)
    mirror.sync(central.database)
    with mirror.engine.connect() as conn, conn.begin():
        conn.exec_driver_sql("UPDATE screening_index_state SET indexer_version = 1")
        conn.exec_driver_sql("DELETE FROM screening_name_keys")  # what old keys find now
    chen = Traveller("CHEN", "CHIH-MING", "1978-03-14", "TWN", "M", "302145678", "TWN", "P")
    with mirror.read() as conn:
        assert [h.key for h in screen(conn, chen, "entry") if h.dataset == "persons"] == []
    mirror.dispose()
    mirror = Mirror.for_state(central.state)  # the service started again after the update
    mirror.sync(central.database)  # no new version published: re-keyed all the same
    with mirror.read() as conn:
        assert "P-ARREST" in [h.key for h in screen(conn, chen, "entry")]
    mirror.dispose()


def test_a_mirror_built_before_an_index_gains_it_when_opened(central: Central) -> None:
    """A mirror built by an older release lacks the persons' facts index of stop 34; the
    tables exist, so create_all alone would not make it, and screening reads it by name."""
    from local_store.replica import PERSON_FACTS_INDEX

    mirror = Mirror.for_state(central.state)
    with mirror.engine.connect() as conn, conn.begin():
        conn.exec_driver_sql(f"DROP INDEX {PERSON_FACTS_INDEX}")
    mirror.dispose()
    mirror = Mirror.for_state(central.state)  # the service started after the update
    with mirror.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")
        names = {r[0] for r in rows}
    mirror.dispose()
    assert PERSON_FACTS_INDEX in names
