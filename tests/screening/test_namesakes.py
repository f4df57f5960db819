"""Namesakes beyond the candidate limit: the listed person whose facts could be the
traveller's is not cut in the arbitrary order of tied blocking keys, and the namesakes
read to order them are bounded (a name with thousands of namesakes keeps its p99)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.screening import checks
from desktop.screening.checks import CANDIDATES, Policy, Traveller, candidate_refs, check_persons

TODAY = dt.date(2026, 11, 27)
OTHERS = ("SYR", "JOR", "EGY", "IRQ", "MAR")


def _person(pid, birth, nationality, sex, names=("KAMAL DARWISH, JAMAL",)):
    return {"id": pid, "names": list(names), "birth_date": birth, "nationality": nationality,
            "sex": sex, "action": "refer", "list": "TEST"}  # fmt: skip


def _hits(store, traveller):
    with store.read() as c:
        return {h.key for h in check_persons(c, traveller, "entry", Policy(), TODAY)}


def test_namesakes_beyond_the_limit_keep_the_one_whose_facts_match(store, load):
    # 90 listed KAMAL DARWISH of no known birth, all under the same blocking keys; the
    # one from Lebanon sorts last by id, where the arbitrary order of ties put it
    rows = [_person(f"A{i:03d}", None, OTHERS[i % 5], "MF"[i % 2]) for i in range(90)]
    load("persons", [*rows, _person("Z-LBN", None, "LBN", "M")])
    traveller = Traveller("KAMAL DARWISH", "", None, "LBN", "M")
    with store.read() as c:
        refs = candidate_refs(c, "persons", traveller.names(), CANDIDATES, None,
                              nationality="LBN", sex="M")  # fmt: skip
    assert len(refs) == CANDIDATES and refs[0] == "Z-LBN"
    assert "Z-LBN" in _hits(store, traveller)


def test_a_listed_person_of_unknown_birth_ranks_with_the_same_year(store, load):
    # The traveller gives a birth date (a passport always does); the listed person gives
    # none. Thirty namesakes born the same year on other days and sixty born in other
    # decades must not push them out: an unknown date contradicts nothing.
    rows = [_person(f"Y{i:03d}", f"1975-01-{i + 1:02d}", "SYR", "M") for i in range(30)]
    rows += [_person(f"D{i:03d}", f"{1940 + i % 30}-06-06", "LBN", "M") for i in range(60)]
    load("persons", [*rows, _person("Z-LBN", None, "LBN", "M")])
    traveller = Traveller("KAMAL DARWISH", "", "1975-05-05", "LBN", "M")
    with store.read() as c:
        refs = candidate_refs(c, "persons", traveller.names(), CANDIDATES, "1975-05-05",
                              nationality="LBN", sex="M")  # fmt: skip
    assert refs[0] == "Z-LBN"
    assert "Z-LBN" in _hits(store, traveller)


def test_without_ties_at_the_cut_the_key_order_stands(store, load):
    # the exact spelling shares three pairs of words, DARWISH, JAMAL one: the facts
    # order ties, they do not lift a row that shares fewer keys
    fewer = _person("FEWER", None, "LBN", "M", ("DARWISH, JAMAL",))
    load("persons", [_person("EXACT", None, "SYR", "F"), fewer])
    with store.read() as c:
        refs = candidate_refs(c, "persons", ["KAMAL DARWISH, JAMAL"], 1, None,
                              nationality="LBN", sex="M")  # fmt: skip
    assert refs == ["EXACT"]


@pytest.mark.parametrize("agreeing", [0, 300])
def test_thousands_of_namesakes_are_read_and_scored_within_a_bound(
    store, load, monkeypatch, agreeing
):
    # 700 tied namesakes, `agreeing` of them of the traveller's nationality and sex: the
    # facts of at most TIED are read, at most CANDIDATES names compared per pass
    rows = [_person(f"N{i:04d}", None, "LBN" if i < agreeing else OTHERS[i % 5], "M")
            for i in range(700)]  # fmt: skip
    load("persons", rows)
    read: list[int] = []
    compared: list[int] = []
    fetch, compare = checks._fetch, checks.compare_people

    def counting_fetch(conn, table, cols, ids, index=None):
        read.append(len(ids))
        return fetch(conn, table, cols, ids, index)

    def counting_compare(query, listed):
        compared.append(1)
        return compare(query, listed)

    monkeypatch.setattr(checks, "_fetch", counting_fetch)
    monkeypatch.setattr(checks, "compare_people", counting_compare)
    hits = _hits(store, Traveller("KAMAL DARWISH", "", None, "LBN", "M"))
    assert read and max(read) <= checks.TIED
    assert len(compared) <= CANDIDATES + CANDIDATES // 4
    assert len(hits) == min(agreeing, CANDIDATES)  # the agreeing namesakes come first


def test_the_facts_of_tied_namesakes_are_read_from_a_covering_index(store):
    # up to TIED rows' facts are read at a cut with ties: from the compact index, not
    # row by row from a table spread over the replica (INDEXED BY fails if it is gone)
    cols = ", ".join(("id", "birth_date", *checks._FACT_COLUMNS["persons"]))
    index = checks._FACT_INDEX["persons"]
    with store.read() as c:
        plan = c.exec_driver_sql(
            f"EXPLAIN QUERY PLAN SELECT {cols} FROM persons INDEXED BY {index} "
            "WHERE id IN ('A', 'B')"
        ).fetchall()
        assert checks._fetch(c, "persons", cols, ["A"], index) == []
    assert any(f"COVERING INDEX {index}" in row[-1] for row in plan)


def test_a_store_without_the_facts_index_still_reads_the_facts(store, load):
    # a store built before the index (the central's mirror of stop 33) must not fail:
    # `INDEXED BY` an index that is not there is an error, so the rows are read instead
    load("persons", [_person("P", "1961-12-01", "LBN", "M")])
    cols = ", ".join(("id", "birth_date", *checks._FACT_COLUMNS["persons"]))
    index = checks._FACT_INDEX["persons"]
    with store.write() as c:
        c.exec_driver_sql(f"DROP INDEX {index}")
    with store.read() as c:
        assert checks._fetch(c, "persons", cols, ["P"], index) == [("P", "1961-12-01", "LBN", "M")]


@pytest.mark.parametrize(("written", "stored"), [("1961-12-00", "1961-12"), ("1961-XX-XX", "1961")])
def test_an_unknown_day_is_cut_at_import_and_the_person_still_matches(store, load, written, stored):
    # lists write an unknown day or month as 00 or XX: cut once, as the list is imported
    # (the comparison then takes stored dates as they are), not refused as no real date
    load("persons", [_person("P", written, "LBN", "M")])
    with store.read() as c:
        held = c.exec_driver_sql("SELECT birth_date FROM persons WHERE id = 'P'").scalar_one()
    assert held == stored
    traveller = Traveller("KAMAL DARWISH", "JAMAL", "1961-12-24", "LBN", "M")
    with store.read() as c:
        hits = check_persons(c, traveller, "entry", Policy(), TODAY)
    assert [h.key for h in hits] == ["P"] and hits[0].score == 1.0
