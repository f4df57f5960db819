"""Bulk loads (`apply_rows(bulk=True)` + `finish_bulk`): staged name keys end up exactly as
a plain load would write them, whatever happens to the rows in between."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from desktop.screening.checks import Traveller, screen
from desktop.screening.keys import NameIndexer
from local_store import replica
from local_store.testing import new_store


def _person(i: int, name: str | None = None) -> dict:
    return {"id": f"P{i:04d}", "names": [name or f"CHEN, MEI LING {i}", f"王小明{i % 3}"],
            "birth_date": f"19{50 + i % 40}-0{1 + i % 9}", "action": "refer"}  # fmt: skip


def _keys(store) -> list[tuple]:
    with store.read() as c:
        return c.exec_driver_sql(
            "SELECT key, dataset, ref, birth FROM screening_name_keys ORDER BY 1, 2, 3"
        ).fetchall()


def _staged(store) -> int:
    with store.read() as c:
        return c.exec_driver_sql("SELECT count(*) FROM screening_name_keys_staged").scalar_one()


def _plain(tmp_path, rows_by_call: list[list[dict]]) -> list[tuple]:
    """The keys a plain (non-bulk) load of the same calls leaves."""
    s = new_store(Path(tempfile.mkdtemp(dir=tmp_path)))
    for rows in rows_by_call:
        with s.write() as c:
            replica.apply_rows(c, "persons", rows, 1, indexer=NameIndexer())
    keys = _keys(s)
    s.close()
    return keys


def test_bulk_load_stages_keys_and_finish_merges_them_exactly(store, tmp_path, caplog):
    calls = [[_person(i) for i in range(start, start + 40)] for start in range(0, 120, 40)]
    for rows in calls:
        with store.write() as c:
            replica.apply_rows(c, "persons", rows, 1, indexer=NameIndexer(), bulk=True)
    assert _keys(store) == [] and _staged(store) > 0
    with store.read() as c, caplog.at_level(logging.WARNING):
        assert not replica.index_is_current(c, "persons", NameIndexer())
        screen(c, Traveller("CHEN", "MEI LING 7"), "entry")
    assert "name index is stale" in caplog.text
    with store.write() as c:
        assert replica.finish_bulk(c, "persons") == len(_plain(tmp_path, calls))
    assert _staged(store) == 0
    assert _keys(store) == _plain(tmp_path, calls)
    with store.read() as c:
        assert replica.index_is_current(c, "persons", NameIndexer())
        hits = screen(c, Traveller("CHEN", "MEI LING 7", birth_date="1957-08-01"), "entry")
    assert "P0007" in [h.key for h in hits]


def test_rows_rewritten_or_removed_during_a_bulk_load_leave_no_stale_keys(store, tmp_path):
    calls = [
        [_person(i) for i in range(30)],
        # a later part rewrites some rows of the first (their keys are still staged),
        # removes others, and rewrites rows whose keys are already merged
        [_person(3, "IVANOV, PETR"), {"id": "P0004", "deleted": True}, _person(30)],
    ]
    with store.write() as c:
        replica.apply_rows(c, "persons", [_person(i) for i in range(100, 110)], 1,
                           indexer=NameIndexer())  # fmt: skip
    calls[1].append(_person(105, "SMITH, JOHN"))
    for rows in calls:
        with store.write() as c:
            replica.apply_rows(c, "persons", rows, 2, indexer=NameIndexer(), bulk=True)
    with store.write() as c:
        replica.finish_bulk(c, "persons")
    expected = _plain(tmp_path, [[_person(i) for i in range(100, 110)], *calls])
    assert _keys(store) == expected
    with store.read() as c:
        refs = {r[0] for r in c.exec_driver_sql("SELECT DISTINCT ref FROM screening_name_keys")}
    assert "P0004" not in refs


def test_a_plain_call_finishes_an_unfinished_bulk_load_first(store, tmp_path):
    first = [_person(i) for i in range(20)]
    with store.write() as c:
        replica.apply_rows(c, "persons", first, 1, indexer=NameIndexer(), bulk=True)
    second = [_person(5, "LIN, YI TING"), _person(20)]
    with store.write() as c:
        replica.apply_rows(c, "persons", second, 2, indexer=NameIndexer())
    assert _staged(store) == 0
    assert _keys(store) == _plain(tmp_path, [first, second])


def test_ensure_name_keys_merges_staged_keys(store, tmp_path):
    rows = [_person(i) for i in range(10)]
    with store.write() as c:
        replica.apply_rows(c, "persons", rows, 1, indexer=NameIndexer(), bulk=True)
        assert replica.ensure_name_keys(c, NameIndexer()) == ["persons", "exit_bans"]
    assert _staged(store) == 0 and _keys(store) == _plain(tmp_path, [rows])
    with store.write() as c:
        assert replica.ensure_name_keys(c, NameIndexer()) == []


def test_rebuild_gives_the_keys_of_a_plain_load(store, tmp_path):
    rows = [_person(i) for i in range(7000)]  # more than one part of the rebuild
    with store.write() as c:
        replica.apply_rows(c, "persons", rows, 1, indexer=None)
    with store.write() as c:
        assert replica.rebuild_name_keys(c, "persons", NameIndexer()) == 7000
    assert _keys(store) == _plain(tmp_path, [rows])


def test_bulk_load_of_a_dataset_without_name_keys_needs_no_finish(store):
    docs = [{"document_number": f"G{i:08d}", "issuing_state": "CHN", "type": "P",
             "reason": "lost"} for i in range(5)]  # fmt: skip
    with store.write() as c:
        replica.apply_rows(c, "documents", docs, 1, indexer=NameIndexer(), bulk=True)
        assert replica.finish_bulk(c, "documents") == 0
        assert replica.count_rows(c, "documents") == 5


def _folds(store) -> list[tuple]:
    with store.read() as c:
        return c.exec_driver_sql("SELECT * FROM screening_document_folds ORDER BY 1, 2").fetchall()


def test_look_alike_folds_follow_upserts_and_removals(store, load):
    docs = [{"document_number": "G1234SO8", "issuing_state": "CHN", "type": "P",
             "reason": "lost"},
            {"document_number": "12345678", "issuing_state": "TWN", "type": "P",
             "reason": "stolen"}]  # fmt: skip
    load("documents", docs)
    assert _folds(store) == [("61234508", "G1234SO8", "CHN", "P")]
    load("documents", [{**docs[0], "reason": "revoked"}], version=2)  # same key again
    assert _folds(store) == [("61234508", "G1234SO8", "CHN", "P")]
    load("documents", [{"document_number": "g1234-so8", "issuing_state": "chn", "type": "p",
                        "deleted": True}], version=3)  # fmt: skip
    assert _folds(store) == []
    with store.read() as c:
        assert replica.count_rows(c, "documents") == 1


def test_rewrites_leave_exactly_the_keys_of_the_final_rows(store, tmp_path):
    first = [_person(i) for i in range(12)]
    later = [
        {**_person(1), "action": "arrest"},  # same names and birth: no key changes
        {**_person(2), "birth_date": "1999-12-31"},  # new birth on every key
        _person(3, "CHEN, MEI LING 3 JR"),  # names partly the same
        _person(4, "SMITH, JOHN"),  # other names
        {"id": "P0005", "deleted": True},
    ]
    with store.write() as c:
        replica.apply_rows(c, "persons", first, 1, indexer=NameIndexer())
    before = {k for k in _keys(store) if k[2] == "P0001"}
    with store.write() as c:
        replica.apply_rows(c, "persons", later, 2, indexer=NameIndexer())
    final = {r["id"]: r for r in first} | {r["id"]: r for r in later}
    del final["P0005"]
    assert _keys(store) == _plain(tmp_path, [list(final.values())])
    assert {k for k in _keys(store) if k[2] == "P0001"} == before
    assert {k[3] for k in _keys(store) if k[2] == "P0002"} == {19991231}
    with store.read() as c:
        assert c.exec_driver_sql("SELECT action FROM persons WHERE id = 'P0001'").scalar() == (
            "arrest"
        )


def test_apply_rows_leaves_the_connection_settings_as_it_found_them(store):
    import gc

    with store.write() as c:
        size = c.exec_driver_sql("PRAGMA cache_size").scalar()
        replica.apply_rows(c, "persons", [_person(1)], 1, indexer=NameIndexer())
        assert c.exec_driver_sql("PRAGMA cache_size").scalar() == size
    assert gc.isenabled()


def test_finishing_one_dataset_leaves_the_others_staged_keys(store, tmp_path):
    bans = [{"id": "B1", "names": ["LIN, MEI-LING"], "birth_date": "1985-03-03"}]
    with store.write() as c:
        replica.apply_rows(c, "persons", [_person(1)], 1, indexer=NameIndexer(), bulk=True)
        replica.apply_rows(c, "exit_bans", bans, 1, indexer=NameIndexer(), bulk=True)
        replica.finish_bulk(c, "persons")
        assert replica.index_is_current(c, "persons", NameIndexer())
        assert not replica.index_is_current(c, "exit_bans", NameIndexer())
        assert replica.finish_bulk(c, "exit_bans") == len(NameIndexer().keys(bans[0]["names"]))
    assert _staged(store) == 0
