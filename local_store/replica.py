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

import base64
import datetime as dt
import gc
import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from sqlalchemy import Connection

from local_store.schema import replica_datasets

DATASETS = ("persons", "documents", "exit_bans", "entry_permits", "csca")
NAME_KEY_DATASETS = {"persons": 1, "exit_bans": 2}  # code stored in screening_name_keys
ACTIONS = ("refer", "deny_entry", "arrest")
DOCUMENT_REASONS = ("lost", "stolen", "revoked")
CHUNK = 5000
_IN_CHUNK = 500  # ids per `IN (...)` lookup


class Indexer(Protocol):
    """Computes the blocking keys of a listed person's names (all names and aliases)."""

    version: int

    def keys(self, names: Sequence[str]) -> set[int]: ...


class RowError(ValueError):
    def __init__(self, index: int, message: str) -> None:
        super().__init__(f"row {index}: {message}")
        self.index = index
        self.message = message


@dataclass
class ApplyResult:
    upserted: int = 0
    deleted: int = 0
    by_dataset: dict[str, int] = field(default_factory=dict)


# --- look-alike fold of document numbers ------------------------------------------------

_FOLD = str.maketrans({"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "Z": "2", "S": "5",
                       "G": "6", "B": "8"})  # fmt: skip


_SEPARATORS_RE = re.compile(r"[\s\-<]")
_DOCNUM_RE = re.compile(r"[A-Z0-9]{1,20}")


def normalise_document_number(number: str) -> str:
    """Upper case, no spaces, hyphens or MRZ fillers."""
    return _SEPARATORS_RE.sub("", number).upper()


def fold_document_number(number: str) -> str:
    """Characters that OCR (and people) confuse, mapped to one representative digit."""
    return normalise_document_number(number).translate(_FOLD)


def birth_number(birth_date: str | None) -> int | None:
    """'1997-07-05' -> 19970705, '1997-07' -> 19970700, '1997' -> 19970000."""
    if not birth_date:
        return None
    parts = [int(p) for p in birth_date.split("-")] + [0, 0]
    return parts[0] * 10000 + parts[1] * 100 + parts[2]


# --- validation ----------------------------------------------------------------------

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_STATE_RE = re.compile(r"^[A-Z<]{1,3}$")
_STATE_FULL_RE = re.compile(r"[A-Z<]{1,3}")
_JSON = json.JSONEncoder(ensure_ascii=False)  # json.dumps(..., ensure_ascii=False), reused


MAX_FIELD = 200  # characters of a name or any other text field (csca's der excepted)
MAX_NAMES = 50  # names and aliases of one listed person


def _str(
    row: dict[str, Any], name: str, *, required: bool = True, max_len: int = MAX_FIELD
) -> str | None:
    v = row.get(name)
    if v is None or (isinstance(v, str) and not v.strip()):
        if required:
            raise ValueError(f"'{name}' is missing")
        return None
    if not isinstance(v, str):
        raise ValueError(f"'{name}' must be a string")
    if len(v) > max_len:
        raise ValueError(f"'{name}' is longer than {max_len} characters")
    return v.strip()


def _birth_date(row: dict[str, Any]) -> tuple[str | None, int | None]:
    v = _str(row, "birth_date", required=False)
    if v is None:
        return None, None
    return v, _birth_year(v)


@lru_cache(maxsize=65536)
def _birth_year(v: str) -> int:
    """The year of a valid birth date (a list holds a few tens of thousands of dates)."""
    if not _DATE_RE.match(v):
        raise ValueError(f"'birth_date' {v!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    parts = v.split("-")
    try:
        if len(parts) == 3:
            dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        elif len(parts) == 2 and not 1 <= int(parts[1]) <= 12:
            raise ValueError
    except ValueError:
        raise ValueError(f"'birth_date' {v!r} is not a real date") from None
    return int(parts[0])


def _date(row: dict[str, Any], name: str, *, required: bool) -> str | None:
    v = _str(row, name, required=required)
    if v is None:
        return None
    try:
        return dt.date.fromisoformat(v[:10]).isoformat() if len(v) == 10 else _datetime(v, name)
    except ValueError:
        raise ValueError(f"'{name}' {v!r} is not an ISO date") from None


def _datetime(v: str, name: str) -> str:
    try:
        return dt.datetime.fromisoformat(v).isoformat()
    except ValueError:
        raise ValueError(f"'{name}' {v!r} is not an ISO date") from None


def _names(row: dict[str, Any]) -> str:
    v = row.get("names")
    if not isinstance(v, list) or not v or not all(isinstance(n, str) and n.strip() for n in v):
        raise ValueError("'names' must be a non-empty list of non-empty strings")
    if len(v) > MAX_NAMES or any(len(n) > MAX_FIELD for n in v):
        raise ValueError(
            f"'names' holds at most {MAX_NAMES} names of at most {MAX_FIELD} characters each"
        )
    return _JSON.encode([n.strip() for n in v])


def _state(row: dict[str, Any], name: str, *, required: bool) -> str | None:
    v = _str(row, name, required=required)
    if v is None:
        return None
    v = v.upper()
    if not _STATE_RE.match(v):
        raise ValueError(f"'{name}' {v!r} is not a 3-letter ICAO code")
    return v


def _choice(row: dict[str, Any], name: str, choices: Sequence[str], *, required: bool) -> Any:
    v = _str(row, name, required=required)
    if v is not None and v not in choices:
        raise ValueError(f"'{name}' {v!r} is not one of {', '.join(choices)}")
    return v


def _int(row: dict[str, Any], name: str, *, minimum: int = 0) -> int:
    v = row.get(name)
    if not isinstance(v, int) or isinstance(v, bool) or v < minimum:
        raise ValueError(f"'{name}' must be an integer >= {minimum}")
    return v


def _docnum(row: dict[str, Any], name: str, *, required: bool) -> str | None:
    v = _str(row, name, required=required)
    if v is None:
        return None
    if _DOCNUM_RE.fullmatch(v):
        return v  # already normalised: the common case on loads of millions
    v = normalise_document_number(v)
    if not _DOCNUM_RE.fullmatch(v):
        raise ValueError(f"'{name}' {v!r} may only hold letters and digits")
    return v


def _deleted(row: dict[str, Any]) -> bool:
    d = row.get("deleted", False)
    if not isinstance(d, bool):
        raise ValueError("'deleted' must be true or false")
    return d


# dataset -> (key fields, converter of an upsert row to the typed tuple)
def _person(row: dict[str, Any], version: int) -> tuple[Any, ...]:
    birth, year = _birth_date(row)
    sex = _choice(row, "sex", ("M", "F", "X"), required=False)
    return (
        _str(row, "id"), version, _names(row), birth, year, _state(row, "nationality",
        required=False), sex, _choice(row, "action", ACTIONS, required=True),
        _str(row, "list", required=False), _date(row, "valid_until", required=False),
    )  # fmt: skip


def _document(row: dict[str, Any], version: int) -> tuple[Any, ...]:
    n, state, kind, reason = (row.get("document_number"), row.get("issuing_state"),
                              row.get("type"), row.get("reason"))  # fmt: skip
    if (
        type(n) is str
        and _DOCNUM_RE.fullmatch(n)
        and type(state) is str
        and _STATE_FULL_RE.fullmatch(state)
        and type(kind) is str
        and kind
        and len(kind) <= MAX_FIELD
        and kind == kind.strip()
        and reason in DOCUMENT_REASONS
    ):
        # Already in normal form (what the central publishes): the checks below would
        # return these very values. Loads of millions of documents take this way.
        return (n, state, kind.upper(), reason, version)
    return (
        _docnum(row, "document_number", required=True),
        _state(row, "issuing_state", required=True),
        (_str(row, "type") or "").upper(),
        _choice(row, "reason", DOCUMENT_REASONS, required=True),
        version,
    )


def _exit_ban(row: dict[str, Any], version: int) -> tuple[Any, ...]:
    birth, year = _birth_date(row)
    return (
        _str(row, "id"), version, _names(row), birth, year,
        _state(row, "nationality", required=False),
        _docnum(row, "document_number", required=False), _str(row, "reason", required=False),
    )  # fmt: skip


def _permit(row: dict[str, Any], version: int) -> tuple[Any, ...]:
    birth, _ = _birth_date(row)
    allowed = _int(row, "entries_allowed", minimum=1)
    used = _int(row, "entries_used")
    valid_from = _date(row, "valid_from", required=True)
    valid_until = _date(row, "valid_until", required=True)
    assert valid_from is not None and valid_until is not None
    if valid_until < valid_from:
        raise ValueError("'valid_until' is before 'valid_from'")
    return (
        _str(row, "permit_number"), version, _names(row), birth,
        _docnum(row, "document_number", required=True), valid_from, valid_until, allowed, used,
    )  # fmt: skip


def _csca(row: dict[str, Any], version: int) -> tuple[Any, ...]:
    try:
        der = base64.b64decode(_str(row, "der", max_len=64_000) or "", validate=True)
    except ValueError:
        raise ValueError("'der' is not base64") from None
    fingerprint = hashlib.sha256(der).hexdigest()
    given = _str(row, "fingerprint", required=False)
    if given is not None and given.lower() != fingerprint:
        raise ValueError("'fingerprint' is not the SHA-256 of 'der'")
    kind = _str(row, "kind", required=False) or "csca"
    if kind not in CSCA_KINDS:
        raise ValueError(f"'kind' must be one of {', '.join(CSCA_KINDS)}")
    return (
        fingerprint, version, _state(row, "country", required=True),
        _str(row, "subject", max_len=2000),
        _date(row, "not_before", required=True), _date(row, "not_after", required=True), der,
        kind, _str(row, "source", required=False),
    )  # fmt: skip


CSCA_KINDS = ("csca", "link", "crl")


@dataclass(frozen=True)
class _Spec:
    table: str
    columns: tuple[str, ...]
    key_fields: tuple[str, ...]  # interchange fields that identify a row
    key_columns: tuple[str, ...]
    convert: Any


_SPECS: dict[str, _Spec] = {
    "persons": _Spec(
        "persons",
        ("id", "version", "names", "birth_date", "birth_year", "nationality", "sex", "action",
         "list", "valid_until"),
        ("id",), ("id",), _person,
    ),
    "documents": _Spec(
        "documents",
        ("document_number", "issuing_state", "type", "reason", "version"),
        ("document_number", "issuing_state", "type"),
        ("document_number", "issuing_state", "type"), _document,
    ),
    "exit_bans": _Spec(
        "exit_bans",
        ("id", "version", "names", "birth_date", "birth_year", "nationality", "document_number",
         "reason"),
        ("id",), ("id",), _exit_ban,
    ),
    "entry_permits": _Spec(
        "entry_permits",
        ("permit_number", "version", "names", "birth_date", "document_number", "valid_from",
         "valid_until", "entries_allowed", "entries_used"),
        ("permit_number",), ("permit_number",), _permit,
    ),
    "csca": _Spec(
        "csca_certificates",
        ("fingerprint", "version", "country", "subject", "not_before", "not_after", "der",
         "kind", "source"),
        ("fingerprint",), ("fingerprint",), _csca,
    ),
}  # fmt: skip


def _key_of(spec: _Spec, dataset: str, row: dict[str, Any]) -> tuple[Any, ...]:
    out = []
    for f in spec.key_fields:
        if dataset == "documents" and f == "document_number":
            out.append(_docnum(row, f, required=True))
        elif dataset == "documents" and f == "issuing_state":
            out.append(_state(row, f, required=True))
        elif dataset == "documents" and f == "type":
            out.append((_str(row, f) or "").upper())
        elif dataset == "csca" and f == "fingerprint":
            out.append((_str(row, f) or "").lower())
        else:
            out.append(_str(row, f))
    return tuple(out)


def validate_rows(
    dataset: str, rows: Iterable[dict[str, Any]], version: int, *, start: int = 0
) -> list[tuple[bool, tuple[Any, ...]]]:
    """Convert every row: [(deleted, key tuple or typed row)]. Raises RowError."""
    spec = _SPECS.get(dataset)
    if spec is None:
        raise ValueError(f"unknown dataset {dataset!r} (one of {', '.join(DATASETS)})")
    out = []
    for i, row in enumerate(rows, start):
        try:
            if not isinstance(row, dict):
                raise ValueError("not a JSON object")
            if _deleted(row):
                out.append((True, _key_of(spec, dataset, row)))
            else:
                out.append((False, spec.convert(row, version)))
        except ValueError as e:
            raise RowError(i, str(e)) from None
    return out


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
    spec = _SPECS[dataset]
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
    where = " AND ".join(f"{c} = ?" for c in spec.key_columns)
    # An upsert, not INSERT OR REPLACE: a changed row keeps its rowid and its place in the
    # id index (REPLACE deletes it and appends a new one: more pages written per delta).
    others = [c for c in spec.columns if c not in spec.key_columns]
    insert_sql = (
        f"INSERT INTO {spec.table} ({cols}) VALUES ({marks}) "
        f"ON CONFLICT ({', '.join(spec.key_columns)}) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in others)
    )
    delete_sql = f"DELETE FROM {spec.table} WHERE {where}"
    with _room_for_dirty_pages(conn):
        for part in _chunks(items, CHUNK):
            ups = [r for d, r in part if not d]
            dels = [r for d, r in part if d]
            if keys_live and indexer is not None and code is not None:
                _update_name_keys(conn, spec.table, code, indexer, ups, dels, bulk=bulk)
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
    return [(f, k[0], k[1], k[2]) for k in keys if (f := k[0].translate(_FOLD)) != k[0]]


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
    table = _SPECS[dataset].table
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
