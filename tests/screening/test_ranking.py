"""The candidate ranking counted in Python (`ranking.ranked`) gives the rows, ranks and
order of the GROUP BY it replaced (`ranking._ranked_sql`), on every birth-date case the
bonus distinguishes and with the second pass's required keys and window."""

from __future__ import annotations

import random

import pytest

from desktop.screening import ranking
from local_store.replica import NAME_KEY_DATASETS

# listed births: unknown, unknown year (0315), year only, year and month, full dates in
# the traveller's year, the next and previous years and other decades
BIRTHS = (None, 0, 315, 19750000, 19750500, 19750505, 19750506, 19760101, 19741231,
          19770000, 19730505, 19600505, 19990000, 10000, 19999)  # fmt: skip
TRAVELLER_BIRTHS = (None, "1975-05-05", "1975-05", "1975", "1976-01-01", "1960-12-31")
KEYS = list(range(1, 41))


@pytest.fixture
def rows(store):
    rng = random.Random(5)
    code = NAME_KEY_DATASETS["persons"]
    data = []
    for p in range(400):
        birth = rng.choice(BIRTHS)
        # few keys for most, many for some (namesakes tied at every rank)
        for key in rng.sample(KEYS, rng.choice((1, 2, 3, 5, 9))):
            data.append((key, code, f"P{p:04d}", birth))
    # the other dataset under the same keys is not counted
    data += [(k, NAME_KEY_DATASETS["exit_bans"], "E0001", 19750505) for k in KEYS]
    with store.write() as c:
        c.exec_driver_sql(
            "INSERT INTO screening_name_keys (key, dataset, ref, birth) VALUES (?, ?, ?, ?)",
            data,
        )
    return store


def _cases():
    rng = random.Random(7)
    for i in range(120):
        keys = frozenset(rng.sample(KEYS, rng.choice((1, 4, 12, 30))))
        exact = frozenset(rng.sample(sorted(keys), len(keys) // 3)) | {99}
        half = frozenset(rng.sample(sorted(keys), len(keys) // 2))
        required = half if i % 3 == 0 else frozenset()
        yield keys, exact, rng.choice((1, 5, 20, 200)), rng.choice(TRAVELLER_BIRTHS), required


def test_counted_ranking_is_the_group_by(rows):
    with rows.read() as c:
        for keys, exact, limit, birth, required in _cases():
            want = ranking._ranked_sql(c, "persons", keys, exact, limit, birth, required)
            got = ranking.ranked(c, "persons", keys, exact, limit, birth, required)
            assert got == want, (sorted(keys), limit, birth, sorted(required))
            assert len({r for r, _ in got}) == len(got)


def test_births_near_the_traveller_earn_their_bonus(rows):
    # one key shared by two persons: the same date +12, another decade +0
    with rows.write() as c:
        c.exec_driver_sql(
            "INSERT INTO screening_name_keys (key, dataset, ref, birth) VALUES "
            "(500, 1, 'SAME', 19750505), (500, 1, 'OLD', 19400505), (500, 1, 'NONE', NULL)"
        )
    with rows.read() as c:
        got = ranking.ranked(c, "persons", {500}, set(), 10, "1975-05-05")
        assert got == [("SAME", 13), ("NONE", 5), ("OLD", 1)]
        got = ranking.ranked(c, "persons", {500}, {500}, 10, None)
        assert got == [("NONE", 4), ("OLD", 4), ("SAME", 4)]  # no birth: ties by ref


def test_a_ref_holding_the_separator_falls_back_to_the_group_by(rows):
    with rows.write() as c:
        c.exec_driver_sql(
            "INSERT INTO screening_name_keys (key, dataset, ref, birth) VALUES "
            "(600, 1, ?, 19750505), (601, 1, ?, 19750505), (600, 1, 'B', NULL)",
            (f"A{ranking._SEP}1", f"A{ranking._SEP}1"),
        )
    with rows.read() as c:
        got = ranking.ranked(c, "persons", {600, 601}, {600}, 10, "1975-05-05")
        assert got == [(f"A{ranking._SEP}1", 17), ("B", 8)]


def test_the_second_pass_reusing_the_first_reads_ranks_as_reading_anew(rows):
    rng = random.Random(11)
    with rows.read() as c:
        for i in range(60):
            first = frozenset(rng.sample(KEYS, rng.choice((2, 6, 15))))
            repairs = frozenset(rng.sample(KEYS, 5)) - first
            exact = frozenset(rng.sample(sorted(first), len(first) // 2))
            birth = TRAVELLER_BIRTHS[i % len(TRAVELLER_BIRTHS)]
            reads: dict = {}
            got1 = ranking.ranked(c, "persons", first, exact, 20, birth, reads=reads)
            assert got1 == ranking._ranked_sql(c, "persons", first, exact, 20, birth)
            assert reads  # the first pass kept its reads
            both = first | repairs
            got2 = ranking.ranked(c, "persons", both, exact, 5, birth, repairs, reads)
            assert got2 == ranking._ranked_sql(c, "persons", both, exact, 5, birth, repairs)
