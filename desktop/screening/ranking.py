"""The candidate ranking: listed rows sharing the most blocking keys with a traveller.

Rank of a listed row = 4 per shared key the row would store for the traveller's own
spellings, 1 per other shared key, plus a bonus for its birth date (the same date +12,
a partial date that fits +8..10, the same year or an unknown date +4, the next year +1);
the best `limit`, ties by ref. This was one SQL GROUP BY, whose sort of every key row
read (~0.4 us a row: 70,000 rows and 30-40 ms for a romanised Chinese name's 150-200
query keys) was the p99 of the screening. Counting needs no sort: SQLite concatenates the
refs of the rows read (no per-row work but an append: ~0.05 us a row) and Python counts
them (`collections.Counter`, in C). Only rows born within a year of the traveller (or of
unknown birth) can earn a bonus; their bonus is computed by the same SQL expression the
GROUP BY used, on those rows only. Same ranks, same order (verified on the 1M bench's
5,844 candidate queries), about a third of the time on the heaviest.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Set as AbstractSet
from typing import Any

from sqlalchemy import Connection

from local_store.replica import NAME_KEY_DATASETS
from protocol.rows import birth_number

# The birth-date bonus of a row, as SQL over its birth `b` (q: the traveller's birth
# number, -1 unknown; SQLite's integer division truncates, so q = -1 reads year 0).
_BONUS = (
    "CASE WHEN b IS NULL THEN ?1 WHEN b = ?2 THEN 12 "
    "WHEN b % 100 = 0 AND b / 100 = ?2 / 100 AND b % 10000 != 0 THEN 10 "
    "WHEN b % 10000 = 0 AND b / 10000 = ?2 / 10000 THEN 8 "
    "WHEN b / 10000 = ?2 / 10000 THEN 4 "
    "WHEN abs(b / 10000 - ?2 / 10000) = 1 THEN 1 ELSE 0 END"
)
# Every row with a bonus above 0 is born within a year of the traveller or at an unknown
# date (the bonus's cases all need |b / 10000 - q / 10000| <= 1): b between ?4 and ?5,
# bounds computed once (the division per row cost as much as the rest of the read). An
# unknown year (b < 10000, bonus 0 but for a traveller born about year 0) is near too:
# then the near rows are the second pass's window, which it reads from the first's.
_NEAR = "(b IS NULL OR b < 10000 OR b BETWEEN ?4 AND ?5)"
_SEP = "\x1f"  # between refs; a ref holding it (never seen) falls back to the GROUP BY


def ranked(
    conn: Connection,
    dataset: str,
    keys: AbstractSet[int],
    exact: AbstractSet[int],
    limit: int,
    birth_date: str | None,
    required: AbstractSet[int] = frozenset(),
    reads: dict[Any, Any] | None = None,
) -> list[tuple[str, int]]:
    """(ref, rank) of the best `limit` rows, best first, ties by ref. `required`: only
    rows sharing one of these keys, born within a year of `birth_date` or at an unknown
    date (the second pass's window). `reads`: one traveller's reads, kept by the first
    pass for the second (which looks up the first pass's keys again), in the same
    transaction: a dict made per screening, never kept across a replica update."""
    if not keys:
        return []
    q = birth_number(birth_date) or -1
    unknown = 4 if q > 0 else 0  # an unknown birth ranks with those born the same year
    year = int(q / 10000)  # as SQLite divides: q = -1 reads year 0
    windowed = bool(required) and q > 0
    counts: Counter[str] = Counter()
    bonus: dict[str, int] = {}
    sharing: set[str] = set()
    # one read per class of key (weight, required or not): the classes' rows are
    # disjoint, so every row is read once and counted without a test per row
    classes: dict[tuple[bool, bool], list[int]] = {}
    for k in keys:
        classes.setdefault((k in exact, k in required), []).append(k)
    for (is_exact, is_required), part in classes.items():
        memo = (dataset, frozenset(part), q)
        kept = reads.get(memo) if reads is not None else None
        if kept is not None:  # the near rows are the window's rows (`_NEAR`)
            found, near_parts = (kept[1][::2], kept[1]) if windowed else kept
        else:
            read = _read(conn, dataset, part, (unknown, q, year), windowed)
            if read is None:  # a ref holds the separator
                return _ranked_sql(conn, dataset, keys, exact, limit, birth_date, required)
            found, near_parts = read
            if reads is not None and not windowed:
                reads[memo] = read
        for _ in range(4 if is_exact else 1):
            counts.update(found)
        bonus.update(zip(near_parts[::2], map(int, near_parts[1::2]), strict=True))
        if is_required:
            sharing.update(found)
    if required:
        counts = Counter({r: k for r, k in counts.items() if r in sharing})
    return _best(counts, bonus, limit)


def _read(
    conn: Connection, dataset: str, part: list[int], birth: tuple[int, int, int], windowed: bool
) -> tuple[list[str], list[str]] | None:
    """The refs of the rows of keys `part` (one per row) and the near rows' (ref, bonus)
    pairs, flat; None when a ref holds `_SEP`. `windowed`: only rows born within a year
    or at an unknown date (the near rows)."""
    unknown, q, year = birth
    marks = ",".join(f"?{i}" for i in range(6, 6 + len(part)))
    row = conn.exec_driver_sql(
        f"SELECT count(*), group_concat(ref, '{_SEP}'), "
        f"group_concat(CASE WHEN {_NEAR} THEN ref || '{_SEP}' || {_BONUS} END, '{_SEP}') "
        f"FROM (SELECT ref, birth AS b FROM screening_name_keys "
        f"WHERE key IN ({marks}) AND dataset = ?3) {'WHERE ' + _NEAR if windowed else ''}",
        (unknown, q, NAME_KEY_DATASETS[dataset], (year - 1) * 10000,
         (year + 2) * 10000 - 1, *part),
    ).first()  # fmt: skip
    n, refs, near = row if row else (0, None, None)
    if not n:
        return [], []
    found = refs.split(_SEP)
    if len(found) != n:  # a ref holds the separator: the near refs' split is off too
        return None
    return found, near.split(_SEP) if near else []


def _best(counts: Counter[str], bonus: dict[str, int], limit: int) -> list[tuple[str, int]]:
    """The best `limit` of rank = count + bonus, ties by ref; only the refs that can make
    it are looked at: the limit-th rank is found from a histogram of the counts."""
    if not counts:
        return []
    hist = Counter(counts.values())
    for ref, b in bonus.items():
        if b and ref in counts:
            k = counts[ref]
            hist[k] -= 1
            hist[k + b] += 1
    seen, cut = 0, 0
    for rank in sorted(hist, reverse=True):
        seen += hist[rank]
        cut = rank
        if seen >= limit:
            break
    top = {ref for ref, k in counts.items() if k >= cut}
    top.update(r for r, b in bonus.items() if r in counts and counts[r] + b >= cut)
    out = [(r, counts[r] + bonus.get(r, 0)) for r in top]
    out.sort(key=lambda x: (-x[1], x[0]))
    return out[:limit]


def _ranked_sql(
    conn: Connection,
    dataset: str,
    keys: AbstractSet[int],
    exact: AbstractSet[int],
    limit: int,
    birth_date: str | None,
    required: AbstractSet[int] = frozenset(),
) -> list[tuple[str, int]]:
    """`ranked` as one GROUP BY (sorts every key row read): for a ref holding `_SEP`."""
    exact_list = sorted(exact & keys)
    marks = ",".join("?" * len(keys))
    exact_marks = ",".join("?" * len(exact_list)) or "NULL"
    q = birth_number(birth_date) or -1
    unknown = 4 if q > 0 else 0
    window, having, extra = "", "", []
    if required:
        if q > 0:
            window = "AND (birth IS NULL OR birth < 10000 OR birth / 10000 BETWEEN ? AND ?) "
            extra = [q // 10000 - 1, q // 10000 + 1]
        having = f"HAVING max(key IN ({','.join('?' * len(required))})) "
        extra += sorted(required)
    rows = conn.exec_driver_sql(
        "SELECT ref, k + CASE WHEN b IS NULL THEN ? WHEN b = ? THEN 12 "
        "WHEN b % 100 = 0 AND b / 100 = ? / 100 AND b % 10000 != 0 THEN 10 "
        "WHEN b % 10000 = 0 AND b / 10000 = ? / 10000 THEN 8 "
        "WHEN b / 10000 = ? / 10000 THEN 4 "
        "WHEN abs(b / 10000 - ? / 10000) = 1 THEN 1 ELSE 0 END AS r "
        "FROM (SELECT ref, max(birth) AS b, "
        f"3 * sum(CASE WHEN key IN ({exact_marks}) THEN 1 ELSE 0 END) + count(*) AS k "
        f"FROM screening_name_keys WHERE key IN ({marks}) AND dataset = ? {window}"
        f"GROUP BY ref {having}) ORDER BY r DESC, ref LIMIT ?",
        (unknown, q, q, q, q, q, *exact_list, *sorted(keys), NAME_KEY_DATASETS[dataset],
         *extra, limit),
    ).fetchall()  # fmt: skip
    return [(r[0], r[1]) for r in rows]
