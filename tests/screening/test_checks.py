"""Checks by direction against a real SQLCipher replica."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.screening.checks import Policy, Traveller, check_document, screen
from desktop.screening.keys import NameIndexer
from local_store import replica
from protocol.rows import RowError

TODAY = dt.date(2026, 11, 27)
PERSONS = [
    {"id": "P1", "names": ["陳水扁", "CHEN, SHUI-BIAN"], "birth_date": "1950-10-12",
     "nationality": "TWN", "sex": "M", "action": "arrest", "list": "TEST"},
    {"id": "P2", "names": ["MOHAMMED ALI HASSAN"], "birth_date": "1970", "nationality": "EGY",
     "sex": "M", "action": "deny_entry"},
    {"id": "P3", "names": ["IVANOVA, OLGA"], "birth_date": "1980-05", "nationality": "RUS",
     "sex": "F", "action": "refer", "valid_until": "2020-01-01"},
]  # fmt: skip
DOCUMENTS = [
    {"document_number": "300123456", "issuing_state": "TWN", "type": "P", "reason": "stolen"},
    {"document_number": "G12345678", "issuing_state": "CHN", "type": "P", "reason": "lost"},
]
BANS = [{"id": "B1", "names": ["LIN, MEI-LING"], "birth_date": "1985-03-03",
         "nationality": "TWN", "document_number": "312345678", "reason": "tax debt"}]  # fmt: skip
PERMITS = [
    {"permit_number": "EP1", "names": ["WANG, XIAOMING"], "birth_date": "1990-01-01",
     "document_number": "E11111111", "valid_from": "2026-01-01", "valid_until": "2026-12-31",
     "entries_allowed": 2, "entries_used": 1},
    {"permit_number": "EP2", "names": ["ZHANG, WEI"], "birth_date": "1991-02-02",
     "document_number": "E22222222", "valid_from": "2025-01-01", "valid_until": "2025-12-31",
     "entries_allowed": 1, "entries_used": 0},
    {"permit_number": "EP3", "names": ["LI, NA"], "birth_date": "1992-03-03",
     "document_number": "E33333333", "valid_from": "2026-01-01", "valid_until": "2026-12-31",
     "entries_allowed": 1, "entries_used": 1},
]  # fmt: skip


@pytest.fixture
def replica_db(store, load):
    load("persons", PERSONS)
    load("documents", DOCUMENTS)
    load("exit_bans", BANS)
    load("entry_permits", PERMITS)
    return store


def _screen(store, direction="entry", policy=None, **kw):
    with store.read() as c:
        return screen(c, Traveller(**kw), direction, policy=policy, today=TODAY)


def test_han_listing_found_from_a_cantonese_passport(replica_db):
    hits = _screen(replica_db, surname="CHAN", given_names="SHUI BIN", birth_date="1950-10-12")
    assert [h.key for h in hits] == ["P1"]
    h = hits[0]
    assert (h.action, h.severity, h.score) == ("arrest", "critical", 1.0)
    assert any("Cantonese" in r for r in h.reasons)
    assert h.record() == {"dataset": "persons", "key": "P1", "action": "arrest", "score": 1.0}


def test_name_order_and_mrz_form(replica_db):
    for surname, given in (("SHUI BIAN CHEN", ""), ("CHEN<<SHUI<PIEN", "")):
        assert [h.key for h in _screen(replica_db, surname=surname, given_names=given)] == ["P1"]


def test_partial_birth_dates(replica_db):
    # listed 1970 (year only): any date in 1970 is compatible, 1985 is not
    same = _screen(replica_db, surname="HASAN", given_names="MUHAMMAD ALI", birth_date="1970-06-01")
    assert same and same[0].key == "P2" and same[0].score >= 0.9
    assert any("birth year matches" in r for r in same[0].reasons)
    other = _screen(
        replica_db, surname="HASAN", given_names="MUHAMMAD ALI", birth_date="1985-06-01"
    )
    assert not other or other[0].score < same[0].score - 0.15
    # listed 1950-10-12, traveller known to month only
    month = _screen(replica_db, surname="CHEN", given_names="SHUI-BIAN", birth_date="1950-10")
    assert month[0].score == 1.0
    wrong = _screen(replica_db, surname="CHEN", given_names="SHUI-BIAN", birth_date="1950-11")
    assert wrong[0].score == pytest.approx(0.85)


def test_lapsed_listing_is_ignored(replica_db):
    assert _screen(replica_db, surname="IVANOVA", given_names="OLGA", birth_date="1980-05-05") == []


def test_document_exact_and_look_alike(replica_db):
    with replica_db.read() as c:
        exact = check_document(c, "300123456", "TWN")
        look = check_document(c, "3OO123456", "TWN")  # letter O read for zero
        g6 = check_document(c, "612345678", "CHN", checked=True)  # G read as 6
        none = check_document(c, "999999999", "TWN")
    assert [(h.key, h.score, h.severity) for h in exact] == [("300123456/TWN/P", 1.0, "high")]
    assert len(look) == 1 and look[0].score < exact[0].score and look[0].severity == "medium"
    assert "look-alike" in look[0].summary
    assert any("position 2: read O, listed 0" in r for r in look[0].reasons)
    assert g6 and any("check digit cannot tell" in r for r in g6[0].reasons)
    assert none == []


def test_document_from_another_state_is_weaker(replica_db):
    with replica_db.read() as c:
        hits = check_document(c, "300123456", "USA")
    assert hits[0].score < 1.0 and any("issuing state differs" in r for r in hits[0].reasons)


def test_exit_bans_only_on_exit(replica_db):
    kw = {"surname": "LIN", "given_names": "MEI LING", "birth_date": "1985-03-03",
          "document_number": "312345678"}  # fmt: skip
    exit_hits = _screen(replica_db, "exit", **kw)
    assert [(h.dataset, h.action) for h in exit_hits] == [("exit_bans", "deny_exit")]
    assert _screen(replica_db, "entry", **kw) == []
    # by name alone (new passport), still on exit
    by_name = _screen(replica_db, "exit", surname="LIN", given_names="MEILING",
                      birth_date="1985-03-03")  # fmt: skip
    assert [h.key for h in by_name] == ["B1"]


def test_entry_permits(replica_db):
    ok = _screen(replica_db, surname="WANG", given_names="XIAOMING", birth_date="1990-01-01",
                 document_number="E11111111")  # fmt: skip
    assert ok == []
    expired = _screen(replica_db, surname="ZHANG", given_names="WEI", birth_date="1991-02-02",
                      document_number="E22222222")  # fmt: skip
    assert expired[0].dataset == "entry_permits" and expired[0].action == "deny_entry"
    assert "expired on 2025-12-31" in expired[0].summary
    used = _screen(replica_db, surname="LI", given_names="NA", birth_date="1992-03-03",
                   document_number="E33333333")  # fmt: skip
    assert "all 1 entries used" in used[0].summary
    # on exit, permits are not checked
    assert _screen(replica_db, "exit", surname="LI", given_names="NA",
                   document_number="E33333333") == []  # fmt: skip


def test_permit_required_but_missing(replica_db):
    policy = Policy(permit_required_nationalities=frozenset({"CHN"}))
    hits = _screen(replica_db, policy=policy, surname="ZHOU", given_names="JIE",
                   nationality="CHN", document_number="E99999999")  # fmt: skip
    assert [(h.dataset, h.action) for h in hits] == [("entry_permits", "deny_entry")]


def test_permit_holder_mismatch(replica_db):
    hits = _screen(replica_db, surname="SMITH", given_names="JOHN", document_number="E11111111")
    assert hits and hits[0].action == "refer" and "holder does not match" in hits[0].summary


def test_updates_and_removals_keep_the_index_right(replica_db, load):
    load("persons", [{"id": "P2", "names": ["PETROV, IVAN"], "action": "refer"}], version=2)
    assert _screen(replica_db, surname="HASSAN", given_names="MOHAMMED ALI") == []
    assert [h.key for h in _screen(replica_db, surname="PETROV", given_names="IVAN")] == ["P2"]
    load("persons", [{"id": "P2", "deleted": True}], version=3)
    assert _screen(replica_db, surname="PETROV", given_names="IVAN") == []
    with replica_db.read() as c:
        left = c.exec_driver_sql(
            "SELECT count(*) FROM screening_name_keys WHERE ref = 'P2'").scalar_one()  # fmt: skip
    assert left == 0
    load("documents", [{"document_number": "300123456", "issuing_state": "TWN", "type": "P",
                        "deleted": True}], version=2)  # fmt: skip
    with replica_db.read() as c:
        assert check_document(c, "300123456", "TWN") == []


def test_bad_row_is_rejected_whole(replica_db):
    bad = [{"id": "P9", "names": ["A B"], "action": "refer"},
           {"id": "P10", "names": ["C D"], "action": "shoot"}]  # fmt: skip
    with pytest.raises(RowError) as e, replica_db.write() as c:
        replica.apply_rows(c, "persons", bad, 5, indexer=NameIndexer())
    assert e.value.index == 1 and "action" in e.value.message
    with replica_db.read() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM persons WHERE id='P9'").scalar_one() == 0


def test_load_without_indexer_marks_keys_stale_and_rebuild_fixes_it(store):
    with store.write() as c:
        replica.apply_rows(c, "persons", PERSONS[:1], 1, indexer=None)
        assert not replica.index_is_current(c, "persons", NameIndexer())
        assert replica.ensure_name_keys(c, NameIndexer()) == ["persons", "exit_bans"]
    assert [h.key for h in _screen(store, surname="CHEN", given_names="SHUI BIAN")] == ["P1"]


def test_the_valid_permit_is_named_for_the_officer(replica_db):
    """The counter confirms a valid permit (its number and end date); an expired one, a
    used one or another holder's is none."""
    from desktop.screening.checks import Permit, valid_permit

    def permit(**kw):
        with replica_db.read() as c:
            return valid_permit(c, Traveller(**kw), Policy(), today=TODAY)

    assert permit(surname="WANG", given_names="XIAOMING", birth_date="1990-01-01",
                  document_number="E11111111") == Permit("EP1", "2026-12-31", 2, 1)  # fmt: skip
    assert permit(surname="ZHANG", given_names="WEI", birth_date="1991-02-02",
                  document_number="E22222222") is None  # fmt: skip
    assert permit(surname="LI", given_names="NA", birth_date="1992-03-03",
                  document_number="E33333333") is None  # fmt: skip
    assert permit(surname="CHEN", given_names="JIAN", birth_date="1970-07-07",
                  document_number="E11111111") is None  # fmt: skip
    assert permit(surname="WANG", given_names="XIAOMING", document_number=None) is None
