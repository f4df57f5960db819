"""Applying dataset rows to the replica: interchange rows (DESIGN.md, "Dataset
interchange") -> typed replica rows, upserts and removals, in bulk, in the caller's
transaction.

The contract (for `sync`, which applies signed deltas, and for development loads):

    apply_rows(conn, dataset, rows, version, *, indexer) -> ApplyResult

- `conn`: a SQLAlchemy Connection inside a write transaction (`store.write()`); nothing
  here commits, so the caller applies a whole delta and its checkpoint atomically.
- `dataset`: "persons", "documents", "exit_bans", "entry_permits" or "csca".
- `rows`: an iterable of dicts in the interchange format; a row with `"deleted": true`
  and its key fields removes that row (removing an absent row is not an error).
- `version`: the dataset version being applied; stored on every row written.
- `indexer`: derived data that needs the name engine (blocking keys of names) comes in
  through this parameter, because `local_store` may not import `desktop`. The
  workstation passes `desktop.screening.keys.NameIndexer()`. With `None`, the name
  keys of the dataset are marked stale and the next call with an indexer (or
  `rebuild_name_keys`) rebuilds them.
- `bulk` (default False): the caller applies one large load in several calls (sync: the
  chunks of a version). The name keys of the rows are then staged and take effect all
  at once, merged in key order, when the caller calls `finish_bulk(conn, dataset)` (sync
  does, in the transaction of the last chunk). Until then `index_is_current` is False
  (screening warns, `ensure_name_keys` finishes the merge) and a later call without
  `bulk` finishes it first. Without `bulk`, the keys are live when the call returns.
- Errors: `RowError` (a ValueError) naming the 0-based index of the first bad row and
  the reason; the caller's transaction must then be rolled back (nothing is half-applied
  if the caller uses `store.write()`). All rows are validated before any is written.

The `replica_datasets` checkpoint (version, digest, expiry) is written by the caller, in
the same transaction, with `save_checkpoint`.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import Connection

from local_store.schema import replica_datasets
from protocol.rows import (  # the validation is the protocol's: the central uses it too
    FOLD_TABLE,
    SPECS,
    birth_number,
    validate_rows,
)

NAME_KEY_DATASETS = {"persons": 1, "exit_bans": 2}  # code stored in screening_name_keys
# The covering index of persons' facts (schema.persons): SQLite would pick the primary
# key's for `id IN (...)` and read every row from the table.
PERSON_FACTS_INDEX = "ix_persons_id_birth_date_nationality_sex"
CHUNK = 5000
_IN_CHUNK = 500  # ids per `IN (...)` lookup


class Indexer(Protocol):
    """Computes the blocking keys of a listed person's names (all names and aliases)."""

    version: int

    def keys(self, names: Sequence[str]) -> set[int]: ...


@dataclass
class ApplyResult:
    upserted: int = 0
    deleted: int = 0
    by_dataset: dict[str, int] = field(default_factory=dict)


# The replica's table of each dataset (validation and the typed rows: protocol.rows).
_TABLES = {"persons": "persons", "documents": "documents", "exit_bans": "exit_bans",
           "entry_permits": "entry_permits", "csca": "csca_certificates"}  # fmt: skip


# --- applying ------------------------------------------------------------------------

_STAGED = "screening_name_keys_staged"
# Staged keys are kept in 16 buckets by their top bits (keys are 63-bit): merged a bucket
# at a time, in bucket order, they still arrive in key order, and SQLite sorts a
# sixteenth of them at once (a sort of all 5M keys of a national list took ~270 MiB).
_BUCKET_SHIFT = 59
_BUCKETS = 16
_ALL_BUCKETS = ", ".join(str(b) for b in range(_BUCKETS))


def _chunks(items: Sequence[Any], n: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _existing_names(
    conn: Connection, table: str, ids: Sequence[str]
) -> dict[str, tuple[list[str], int | None]]:
    """id -> (names, birth number) of the rows among `ids` that are held."""
    out: dict[str, tuple[list[str], int | None]] = {}
    # Ids above the greatest one held cannot be there: a load in id order looks up none.
    top = conn.exec_driver_sql(f"SELECT max(id) FROM {table}").scalar()
    ids = [i for i in ids if top is not None and i <= top]
    for part in _chunks(ids, _IN_CHUNK):
        marks = ",".join("?" * len(part))
        for rid, names, birth in conn.exec_driver_sql(
            f"SELECT id, names, birth_date FROM {table} WHERE id IN ({marks})", tuple(part)
        ):
            out[rid] = (json.loads(names), birth_number(birth))
    return out


def _keys_version_current(conn: Connection, dataset: str, indexer: Indexer | None) -> bool:
    row = conn.exec_driver_sql(
        "SELECT indexer_version FROM screening_index_state WHERE dataset = ?", (dataset,)
    ).fetchone()
    return indexer is not None and row is not None and row[0] == indexer.version


def _has_staged(conn: Connection, dataset: str) -> bool:
    code = NAME_KEY_DATASETS[dataset]
    return (
        conn.exec_driver_sql(
            f"SELECT 1 FROM {_STAGED} WHERE dataset = ? LIMIT 1", (code,)
        ).fetchone()
        is not None
    )


def index_is_current(conn: Connection, dataset: str, indexer: Indexer | None) -> bool:
    """Whether every row of `dataset` has its name keys, built by this indexer version."""
    return _keys_version_current(conn, dataset, indexer) and not _has_staged(conn, dataset)


def _set_index_state(conn: Connection, dataset: str, version: int) -> None:
    conn.exec_driver_sql(
        "INSERT OR REPLACE INTO screening_index_state (dataset, indexer_version) VALUES (?, ?)",
        (dataset, version),
    )


def _stage_keys(conn: Connection, batch: list[tuple[int, str, int, int | None]]) -> None:
    """(dataset code, ref, key, birth) rows, merged later by `finish_bulk`."""
    if batch:
        conn.exec_driver_sql(
            f"INSERT OR IGNORE INTO {_STAGED} (dataset, bucket, ref, key, birth) "
            "VALUES (?, ?, ?, ?, ?)",
            [(c, k >> _BUCKET_SHIFT, r, k, b) for c, r, k, b in batch],
        )


def finish_bulk(conn: Connection, dataset: str) -> int:
    """Merge the name keys staged by `apply_rows(bulk=True)` into `screening_name_keys`, in
    key order (pages are then filled one after the other instead of rewritten at random).
    Returns the keys merged; nothing to do for datasets without name keys."""
    code = NAME_KEY_DATASETS.get(dataset)
    if code is None or not _has_staged(conn, dataset):
        return 0
    n = 0
    for bucket in range(_BUCKETS):
        n += conn.exec_driver_sql(
            "INSERT OR IGNORE INTO screening_name_keys (key, dataset, ref, birth) "
            f"SELECT key, dataset, ref, birth FROM {_STAGED} WHERE dataset = ? AND bucket = ? "
            "ORDER BY key, ref",
            (code, bucket),
        ).rowcount
    others = conn.exec_driver_sql(  # two seeks: `dataset <> ?` would scan every row
        f"SELECT EXISTS (SELECT 1 FROM {_STAGED} WHERE dataset < ?) "
        f"OR EXISTS (SELECT 1 FROM {_STAGED} WHERE dataset > ?)",
        (code, code),
    ).scalar()
    if others:
        conn.exec_driver_sql(f"DELETE FROM {_STAGED} WHERE dataset = ?", (code,))
    else:  # without WHERE, SQLite drops the table's pages at once instead of row by row
        conn.exec_driver_sql(f"DELETE FROM {_STAGED}")
    return n


def rebuild_name_keys(conn: Connection, dataset: str, indexer: Indexer) -> int:
    """Recompute every blocking key of `dataset` (after a new key algorithm). Returns rows."""
    code = NAME_KEY_DATASETS[dataset]
    conn.exec_driver_sql("DELETE FROM screening_name_keys WHERE dataset = ?", (code,))
    conn.exec_driver_sql(f"DELETE FROM {_STAGED} WHERE dataset = ?", (code,))
    n = 0
    last = ""
    while True:  # in id order, a part at a time (a national list does not fit in memory)
        rows = conn.exec_driver_sql(
            f"SELECT id, names, birth_date FROM {dataset} WHERE id > ? ORDER BY id LIMIT ?",
            (last, CHUNK),
        ).fetchall()
        if not rows:
            break
        births = [birth_number(birth) for _, _, birth in rows]
        _stage_keys(
            conn,
            [
                (code, rid, k, b)
                for (rid, names, _), b in zip(rows, births, strict=True)
                for k in indexer.keys(json.loads(names))
            ],
        )
        n += len(rows)
        last = rows[-1][0]
    finish_bulk(conn, dataset)
    _set_index_state(conn, dataset, indexer.version)
    return n


def _insert_keys(conn: Connection, batch: list[tuple[int, int, str, int | None]]) -> None:
    if batch:
        batch.sort()  # key order: each page of the index is visited once
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO screening_name_keys (key, dataset, ref, birth) "
            "VALUES (?, ?, ?, ?)",
            batch,
        )


def ensure_name_keys(conn: Connection, indexer: Indexer) -> list[str]:
    """Bring stale name keys up to date: rebuilt when none were built, another key version
    built them or a load had no indexer; merged when a bulk load left them staged.
    Returns the datasets changed."""
    changed = []
    for dataset in NAME_KEY_DATASETS:
        if not _keys_version_current(conn, dataset, indexer):
            rebuild_name_keys(conn, dataset, indexer)
            changed.append(dataset)
        elif _has_staged(conn, dataset):
            finish_bulk(conn, dataset)
            changed.append(dataset)
    return changed


def apply_rows(
    conn: Connection,
    dataset: str,
    rows: Iterable[dict[str, Any]],
    version: int,
    *,
    indexer: Indexer | None,
    bulk: bool = False,
) -> ApplyResult:
    """Validate all rows, then upsert/remove them with their derived rows (see module doc)."""
    with _cyclic_gc_paused():
        return _apply_rows(conn, dataset, rows, version, indexer=indexer, bulk=bulk)


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """A chunk makes hundreds of thousands of short-lived dicts and tuples without cycles
    (reference counting frees them); the cyclic collector would still walk every live
    object, the name engine's caches included, many times per chunk (~8% of a load).
    It resumes afterwards, so garbage of other threads is only collected later."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _apply_rows(
    conn: Connection,
    dataset: str,
    rows: Iterable[dict[str, Any]],
    version: int,
    *,
    indexer: Indexer | None,
    bulk: bool,
) -> ApplyResult:
    items = validate_rows(dataset, rows, version)
    spec = SPECS[dataset]
    table = _TABLES[dataset]
    result = ApplyResult()
    code = NAME_KEY_DATASETS.get(dataset)
    keys_live = code is not None and _keys_version_current(conn, dataset, indexer)
    if code is not None and not keys_live:
        # Keys are stale from here on until rebuilt with an indexer.
        if indexer is not None:
            rebuild_name_keys(conn, dataset, indexer)
            keys_live = True
        else:
            conn.exec_driver_sql("DELETE FROM screening_index_state WHERE dataset = ?", (dataset,))
    elif keys_live and not bulk:
        finish_bulk(conn, dataset)  # a bulk load left unfinished: its keys come first
    cols = ", ".join(spec.columns)
    marks = ", ".join("?" * len(spec.columns))
    where = " AND ".join(f"{c} = ?" for c in spec.key_fields)
    # An upsert, not INSERT OR REPLACE: a changed row keeps its rowid and its place in the
    # id index (REPLACE deletes it and appends a new one: more pages written per delta).
    others = [c for c in spec.columns if c not in spec.key_fields]
    insert_sql = (
        f"INSERT INTO {table} ({cols}) VALUES ({marks}) "
        f"ON CONFLICT ({', '.join(spec.key_fields)}) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in others)
    )
    delete_sql = f"DELETE FROM {table} WHERE {where}"
    with _room_for_dirty_pages(conn):
        for part in _chunks(items, CHUNK):
            ups = [r for d, r in part if not d]
            dels = [r for d, r in part if d]
            if keys_live and indexer is not None and code is not None:
                _update_name_keys(conn, table, code, indexer, ups, dels, bulk=bulk)
            if dataset == "documents" and dels:
                _unfold(conn, dels)
            if dels:
                cur = conn.exec_driver_sql(delete_sql, dels)
                result.deleted += max(cur.rowcount, 0)
            if ups:
                conn.exec_driver_sql(insert_sql, ups)
                result.upserted += len(ups)
            if dataset == "documents":
                # An upsert keeps its key, so a fold row it already had stays as it was.
                folds = _fold_rows(ups)
                if folds:
                    conn.exec_driver_sql(
                        "INSERT OR IGNORE INTO screening_document_folds "
                        "(folded, document_number, issuing_state, type) VALUES (?, ?, ?, ?)",
                        folds,
                    )
    if keys_live and indexer is not None:
        _set_index_state(conn, dataset, indexer.version)
    result.by_dataset[dataset] = result.upserted + result.deleted
    return result


def _update_name_keys(
    conn: Connection,
    table: str,
    code: int,
    indexer: Indexer,
    ups: list[tuple[Any, ...]],
    dels: list[tuple[Any, ...]],
    *,
    bulk: bool,
) -> None:
    """Keys of rows about to be upserted or removed (persons, exit bans: rows are
    (id, version, names, birth_date, ...), removals (id,)): the keys of the names being
    replaced go, the new ones come. A rewrite with the same birth date touches only the
    keys that differ, so a changed action or validity writes none. Staged keys only ever
    belong to rows added by the bulk load in progress, and go with them."""
    old = _existing_names(conn, table, [r[0] for r in ups] + [k[0] for k in dels])
    before = {rid: indexer.keys(names) for rid, (names, _) in old.items()}
    stale: set[tuple[int, int, str]] = set()
    fresh: list[tuple[int, int, str, int | None]] = []
    for r in ups:
        rid, birth = r[0], birth_number(r[3])
        keys = indexer.keys(json.loads(r[2]))
        held = before.get(rid)
        if held is not None and not bulk and old[rid][1] == birth:
            stale.update((k, code, rid) for k in held - keys)
            keys = keys - held
        elif held is not None:
            stale.update((k, code, rid) for k in held)
        fresh.extend((k, code, rid, birth) for k in keys)
    for k in dels:
        stale.update((key, code, k[0]) for key in before.get(k[0], ()))
    if stale:
        conn.exec_driver_sql(
            "DELETE FROM screening_name_keys WHERE key = ? AND dataset = ? AND ref = ?",
            sorted(stale),  # key order: each page of the index is visited once
        )
    if bulk:
        if old:
            conn.exec_driver_sql(
                f"DELETE FROM {_STAGED} WHERE dataset = ? AND bucket IN ({_ALL_BUCKETS}) "
                "AND ref = ?",
                [(code, r) for r in old],
            )
        _stage_keys(conn, [(c, rid, k, b) for k, c, rid, b in fresh])
    else:
        _insert_keys(conn, fresh)


# Pages a large delta changes all over the replica (name keys are spread at random) must
# stay in memory until the commit: with the connection's usual 64 MiB cache SQLite writes
# them to the WAL mid-transaction and again at the commit (measured: a 5,000-person delta
# on a 1M-person replica dirties ~120 MiB). Memory is only taken as pages are touched.
_APPLY_CACHE_KIB = 512 * 1024


@contextmanager
def _room_for_dirty_pages(conn: Connection) -> Iterator[None]:
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    roomy = isinstance(before, int) and (
        before >= 0 or -before >= _APPLY_CACHE_KIB  # a size in pages: leave it alone
    )
    if not roomy:
        conn.exec_driver_sql(f"PRAGMA cache_size = -{_APPLY_CACHE_KIB}")
    try:
        yield
    finally:
        if not roomy:
            conn.exec_driver_sql(f"PRAGMA cache_size = {before}")


def _fold_rows(keys: Sequence[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """(folded, number, state, type) for the document keys whose number has look-alike
    characters to fold (the others need no fold row)."""
    return [(f, k[0], k[1], k[2]) for k in keys if (f := k[0].translate(FOLD_TABLE)) != k[0]]


def _unfold(conn: Connection, dels: Sequence[tuple[Any, ...]]) -> None:
    """Drop the fold rows of documents about to be removed (keys are normalised)."""
    gone = _fold_rows(dels)
    if gone:
        conn.exec_driver_sql(
            "DELETE FROM screening_document_folds WHERE folded = ? AND document_number = ? "
            "AND issuing_state = ? AND type = ?",
            gone,
        )


def count_rows(conn: Connection, dataset: str) -> int:
    table = _TABLES[dataset]
    return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())


# --- the checkpoint of each dataset ------------------------------------------------------


@dataclass(frozen=True)
class Checkpoint:
    """A dataset's row of `replica_datasets`: the last complete version applied. Written
    in the transaction that applied that version (sync's pull, `replica load`, `csca
    import`), so the rows and the version they are at never disagree."""

    version: int
    row_count: int
    applied_at: str
    digest: str | None = None  # of the last signed chunk; None for a load by hand
    published_at: str | None = None
    expires_at: str | None = None


def checkpoint(conn: Connection, dataset: str) -> Checkpoint | None:
    t = replica_datasets
    row = conn.execute(t.select().where(t.c.dataset == dataset)).first()
    if row is None:
        return None
    return Checkpoint(row.version, row.row_count, row.applied_at, row.digest, row.published_at,
                      row.expires_at)  # fmt: skip


def save_checkpoint(conn: Connection, dataset: str, cp: Checkpoint) -> None:
    values = {"version": cp.version, "published_at": cp.published_at,
              "expires_at": cp.expires_at, "applied_at": cp.applied_at,
              "row_count": cp.row_count, "digest": cp.digest}  # fmt: skip
    t = replica_datasets
    if not conn.execute(t.update().where(t.c.dataset == dataset).values(**values)).rowcount:
        conn.execute(t.insert().values(dataset=dataset, **values))
