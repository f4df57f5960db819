"""Datasets on the central: loading interchange files, publishing signed versions,
serving them to workstations.

A load compares the file with the current content in SQL (through the `staging`
table, so that a 5-million-row snapshot never sits in memory) and publishes the
difference as the next version: changed and new rows, plus `{key..., "deleted": true}`
for rows that went away. A version is cut into chunks of at most `chunk_rows` rows;
each chunk is signed once, at publication, and stored with its digest, so serving a
pull is reading stored text. All chunks of all versions of a dataset form one hash
chain (`prev_digest`), which is how a workstation sees gaps, forks and replays.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, select, text, update

import protocol
from central import db
from central.keys import CentralKeys
from sync import files

DEFAULT_CHUNK_ROWS = int(os.environ.get("BORDER_CENTRAL_CHUNK_ROWS", "20000"))
DEFAULT_VALIDITY_S = 24 * 3600
MAX_LOAD_BYTES = 64 * files.GiB  # streamed: the limit only refuses endless inputs
MAX_LINE_BYTES = 1 * files.MiB  # one row (names are at most 200 characters each)
_STAGE_BATCH = 10_000


class LoadError(ValueError):
    """A dataset file that cannot be loaded (message names file and line)."""


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class Published:
    dataset: str
    version: int  # 0 when nothing changed (no version published)
    upserts: int
    deletes: int
    chunks: int
    row_count: int


def read_rows(path: Path, dataset: str) -> Iterator[tuple[str, str, bool]]:
    """(key, canonical row text, deleted) for each line of a JSON Lines file. Rows are
    checked with the replica's own rules in batches; errors name the line."""
    if dataset not in protocol.DATASET_KEYS:
        raise LoadError(f"unknown dataset {dataset!r} (one of {', '.join(protocol.DATASETS)})")
    key_fields = protocol.DATASET_KEYS[dataset]
    batch: list[tuple[int, str, dict[str, Any], bool]] = []
    try:
        opened = files.open_input(path, limit=MAX_LOAD_BYTES, what="dataset file")
        fh = opened.__enter__()
    except files.InputError as e:
        raise LoadError(str(e)) from None
    try:
        for n, raw in enumerate(iter(lambda: fh.readline(MAX_LINE_BYTES + 1), b""), 1):
            if len(raw) > MAX_LINE_BYTES:
                raise LoadError(f"{path}:{n}: a line longer than {MAX_LINE_BYTES} bytes")
            if not raw.strip():
                continue
            try:
                row = files.loads_strict(raw)
            except files.InputError as e:
                raise LoadError(f"{path}:{n}: {e}") from None
            if not isinstance(row, dict):
                raise LoadError(f"{path}:{n}: a row must be a JSON object")
            try:
                key = protocol.row_key(dataset, row)
            except protocol.ProtocolError as e:
                raise LoadError(f"{path}:{n}: {e}") from None
            deleted = row.get("deleted") is True
            if deleted:
                row = {f: row[f] for f in key_fields} | {"deleted": True}
            batch.append((n, key, row, deleted))
            if len(batch) >= _STAGE_BATCH:
                yield from _checked(path, dataset, batch)
                batch = []
        yield from _checked(path, dataset, batch)
    finally:
        opened.__exit__(None, None, None)


def _checked(
    path: Path, dataset: str, batch: list[tuple[int, str, dict[str, Any], bool]]
) -> Iterator[tuple[str, str, bool]]:
    live = [(n, row) for n, _, row, deleted in batch if not deleted]
    problem = rows_problem(dataset, [row for _, row in live])
    if problem is not None:
        index, message = problem
        raise LoadError(f"{path}:{live[index][0]}: {message}")
    for _, key, row, deleted in batch:
        yield key, protocol.canonical_bytes(row).decode("utf-8"), deleted


def rows_problem(dataset: str, rows: list[dict[str, Any]]) -> tuple[int, str] | None:
    """(index, why) of the first row a workstation would refuse, or None. The replica's
    own validation (local_store.replica) decides, so the central never publishes a
    version that its workstations must refuse."""
    if dataset == "policies":
        from sync.policy_list import rows_problem as policy_problem

        return policy_problem(rows)
    if dataset == "manifests":
        from sync.manifest_list import rows_problem as manifest_problem

        return manifest_problem(rows)
    if dataset == "officers":
        from sync.officer_list import OfficerRowError, check_officer_row

        for i, row in enumerate(rows):
            try:
                check_officer_row(row)
            except OfficerRowError as e:
                return i, str(e)
        return None
    from protocol.rows import RowError, validate_rows

    try:
        validate_rows(dataset, rows, 1)
    except RowError as e:
        return e.index, e.message
    return None


def _stage(conn: Connection, dataset: str, rows: Iterable[tuple[str, str, bool]]) -> None:
    conn.execute(delete(db.staging).where(db.staging.c.dataset == dataset))
    batch: list[dict[str, Any]] = []
    for key, row, deleted in rows:
        batch.append({"dataset": dataset, "key": key, "row": row, "deleted": int(deleted)})
        if len(batch) >= _STAGE_BATCH:
            _insert_staging(conn, batch)
            batch = []
    if batch:
        _insert_staging(conn, batch)


def _insert_staging(conn: Connection, batch: list[dict[str, Any]]) -> None:
    from sqlalchemy.exc import IntegrityError

    try:
        with conn.begin_nested():
            conn.execute(insert(db.staging), batch)
    except IntegrityError:
        raise LoadError("the file holds the same key twice") from None


def _deleted_row(dataset: str, key: str) -> str:
    values = json.loads(key)
    row = dict(zip(protocol.DATASET_KEYS[dataset], values, strict=True)) | {"deleted": True}
    return protocol.canonical_bytes(row).decode("utf-8")


_IS_DELETE = "s.deleted = 1"


def _change_queries(dataset: str, snapshot: bool) -> tuple[str, str]:
    """SQL (count form, row form) of the changes between staging and dataset_rows."""
    changed = (
        "FROM staging s LEFT JOIN dataset_rows d ON d.dataset = s.dataset AND d.key = s.key "
        f"WHERE s.dataset = :ds AND NOT ({_IS_DELETE}) AND (d.key IS NULL OR d.row <> s.row)"
    )
    if snapshot:
        gone = (
            "FROM dataset_rows d WHERE d.dataset = :ds AND NOT EXISTS "
            "(SELECT 1 FROM staging s WHERE s.dataset = d.dataset AND s.key = d.key "
            "AND s.deleted = 0)"
        )
    else:
        gone = (
            "FROM staging s JOIN dataset_rows d ON d.dataset = s.dataset AND d.key = s.key "
            f"WHERE s.dataset = :ds AND {_IS_DELETE}"
        )
    return changed, gone


def publish_file(
    database: db.Database,
    keys: CentralKeys,
    dataset: str,
    path: Path,
    *,
    delta: bool = False,
    chunk_rows: int = DEFAULT_CHUNK_ROWS,
    progress: Callable[[str], None] | None = None,
) -> Published:
    """Load a snapshot (or, with `delta`, a set of changes) and publish the difference
    as the next version, all in one transaction. The officers dataset is the account
    table's: its rows change the accounts, then the table is published (one truth)."""
    rows = read_rows(path, dataset)
    if dataset == "officers":
        from central import accounts

        return accounts.load_officers(database, keys, rows, delta=delta)
    with database.write() as conn:
        _stage(conn, dataset, rows)
        if progress:
            progress(f"{dataset}: staged")
        result = _publish_staged(conn, keys, dataset, snapshot=not delta, chunk_rows=chunk_rows)
        conn.execute(delete(db.staging).where(db.staging.c.dataset == dataset))
    return result


def publish_rows(
    database: db.Database,
    keys: CentralKeys,
    dataset: str,
    rows: Iterable[dict[str, Any]],
    *,
    snapshot: bool = False,
    chunk_rows: int = DEFAULT_CHUNK_ROWS,
) -> Published:
    """Publish rows given in memory (tests, benchmarks). Not the officers dataset: it is
    published from the account table only (`central.accounts`), so the two never differ."""
    if dataset == "officers":
        raise LoadError("the officers dataset is published from the account table only")

    def triples() -> Iterator[tuple[str, str, bool]]:
        for row in rows:
            deleted = row.get("deleted") is True
            key = protocol.row_key(dataset, row)
            if deleted:
                row = {f: row[f] for f in protocol.DATASET_KEYS[dataset]} | {"deleted": True}
            yield key, protocol.canonical_bytes(row).decode("utf-8"), deleted

    with database.write() as conn:
        return publish_rows_in(
            conn, keys, dataset, triples(), snapshot=snapshot, chunk_rows=chunk_rows
        )


def publish_rows_in(
    conn: Connection,
    keys: CentralKeys,
    dataset: str,
    triples: Iterable[tuple[str, str, bool]],
    *,
    snapshot: bool,
    chunk_rows: int = DEFAULT_CHUNK_ROWS,
) -> Published:
    """Stage (key, canonical row, deleted) triples and publish them, in `conn`'s
    transaction."""
    _stage(conn, dataset, triples)
    result = _publish_staged(conn, keys, dataset, snapshot=snapshot, chunk_rows=chunk_rows)
    conn.execute(delete(db.staging).where(db.staging.c.dataset == dataset))
    return result


def head_versions(conn: Connection) -> dict[str, int]:
    """Every dataset's published version (0: nothing published yet)."""
    held = {
        r.dataset: r.version
        for r in conn.execute(select(db.dataset_heads.c.dataset, db.dataset_heads.c.version))
    }
    return {ds: int(held.get(ds, 0)) for ds in protocol.DATASETS}


def _head_row(conn: Connection, dataset: str, *, lock: bool = False) -> dict[str, Any]:
    q = select(db.dataset_heads).where(db.dataset_heads.c.dataset == dataset)
    if lock:
        q = q.with_for_update()
    row = conn.execute(q).mappings().first()
    if row is None:
        return {
            "dataset": dataset,
            "version": 0,
            "digest": protocol.GENESIS,
            "chunks": 0,
            "row_count": 0,
            "published_at": None,
        }
    return dict(row)


def _publish_staged(
    conn: Connection, keys: CentralKeys, dataset: str, *, snapshot: bool, chunk_rows: int
) -> Published:
    head = _head_row(conn, dataset, lock=True)
    changed, gone = _change_queries(dataset, snapshot)
    params = {"ds": dataset}
    n_up = conn.execute(text(f"SELECT count(*) {changed}"), params).scalar_one()
    n_del = conn.execute(text(f"SELECT count(*) {gone}"), params).scalar_one()
    if n_up + n_del == 0:
        return Published(dataset, 0, 0, 0, 0, head["row_count"])
    version = head["version"] + 1
    row_count = head["row_count"] + n_del * -1
    # New keys add to the count; changed keys do not.
    n_new = conn.execute(text(f"SELECT count(*) {changed} AND d.key IS NULL"), params).scalar_one()
    row_count += n_new
    n_chunks = max(1, -(-(n_up + n_del) // chunk_rows))
    published_at = now_iso()

    def change_rows() -> Iterator[str]:
        for (key,) in conn.execute(text(f"SELECT d.key {gone} ORDER BY d.key"), params):
            yield _deleted_row(dataset, key)
        result = conn.execute(
            text(f"SELECT s.row {changed} ORDER BY s.key"),
            params,
            execution_options={"stream_results": True, "yield_per": 5000},
        )
        for (row,) in result:
            yield row

    prev = head["digest"]
    chunk_no = 0
    buf: list[str] = []

    def flush() -> None:
        nonlocal prev, chunk_no, buf
        message, dig = _sign_chunk(
            keys, dataset, version, chunk_no, n_chunks, prev, published_at, row_count, buf
        )
        conn.execute(
            insert(db.dataset_chunks),
            {
                "dataset": dataset,
                "version": version,
                "chunk": chunk_no,
                "rows": len(buf),
                "message": message,
                "digest": dig,
            },
        )
        prev, chunk_no, buf = dig, chunk_no + 1, []

    for row in change_rows():
        buf.append(row)
        if len(buf) >= chunk_rows:
            flush()
    if buf or chunk_no == 0:
        flush()
    assert chunk_no == n_chunks, (chunk_no, n_chunks)

    # The current content follows the published version.
    if snapshot:
        conn.execute(
            text(
                "DELETE FROM dataset_rows WHERE dataset = :ds AND NOT EXISTS (SELECT 1 FROM "
                "staging s WHERE s.dataset = dataset_rows.dataset AND s.key = dataset_rows.key "
                "AND s.deleted = 0)"
            ),
            params,
        )
    else:
        conn.execute(
            text(
                "DELETE FROM dataset_rows WHERE dataset = :ds AND key IN (SELECT s.key FROM "
                f"staging s WHERE s.dataset = :ds AND {_IS_DELETE})"
            ),
            params,
        )
    conn.execute(
        text(
            "INSERT INTO dataset_rows (dataset, key, row, version) "
            f"SELECT s.dataset, s.key, s.row, :v {changed} "
            "ON CONFLICT (dataset, key) DO UPDATE "
            "SET row = excluded.row, version = excluded.version"
        ),
        params | {"v": version},
    )
    values = {
        "version": version,
        "digest": prev,
        "chunks": n_chunks,
        "row_count": row_count,
        "published_at": published_at,
    }
    if head["version"] == 0 and head["published_at"] is None:
        conn.execute(insert(db.dataset_heads), {"dataset": dataset, **values})
    else:
        conn.execute(
            update(db.dataset_heads).where(db.dataset_heads.c.dataset == dataset).values(**values)
        )
    return Published(dataset, version, n_up, n_del, n_chunks, row_count)


def _sign_chunk(
    keys: CentralKeys,
    dataset: str,
    version: int,
    chunk: int,
    chunks: int,
    prev_digest: str,
    published_at: str,
    row_count: int,
    rows: list[str],
) -> tuple[str, str]:
    """Sign one chunk. The rows are already canonical JSON, so the payload is assembled
    as text: the canonical header with `rows` appended as the last member."""
    header = protocol.canonical_bytes(
        {
            "type": "replica.chunk",
            "protocol": protocol.PROTOCOL_VERSION,
            "dataset": dataset,
            "version": version,
            "chunk": chunk,
            "chunks": chunks,
            "prev_digest": prev_digest,
            "published_at": published_at,
            "row_count": row_count,
        }
    ).decode("utf-8")
    payload = header[:-1] + ',"rows":[' + ",".join(rows) + "]}"
    data = payload.encode("utf-8")
    sig = keys.signing.sign(protocol._SIGNING_CONTEXT + data)
    message = {
        "payload": payload,
        "signature": protocol.b64(sig),
        "key_id": protocol.key_id(keys.signing_public),
    }
    return json.dumps(message, ensure_ascii=False, separators=(",", ":")), protocol.digest(data)


def head_message(
    conn: Connection, keys: CentralKeys, dataset: str, validity_s: int = DEFAULT_VALIDITY_S
) -> str:
    head = _head_row(conn, dataset)
    issued = dt.datetime.now(dt.UTC)
    msg = protocol.sign(
        keys.signing,
        {
            "type": "replica.head",
            "protocol": protocol.PROTOCOL_VERSION,
            "dataset": dataset,
            "version": head["version"],
            "digest": head["digest"],
            "chunks": head["chunks"],
            "row_count": head["row_count"],
            "published_at": head["published_at"],
            "issued_at": issued.isoformat(timespec="microseconds"),
            "expires_at": (issued + dt.timedelta(seconds=validity_s)).isoformat(
                timespec="microseconds"
            ),
        },
    )
    return msg.model_dump_json()


def chunk_messages(
    conn: Connection, dataset: str, version: int, chunk: int, max_rows: int
) -> list[str]:
    """Stored chunks from (version, chunk) on, in chain order, up to about `max_rows` rows
    (always at least one chunk when there is one)."""
    c = db.dataset_chunks.c
    q = (
        select(c.rows, c.message)
        .where(
            c.dataset == dataset,
            (c.version > version) | and_(c.version == version, c.chunk >= chunk),
        )
        .order_by(c.version, c.chunk)
        .limit(500)
    )
    out: list[str] = []
    total = 0
    for rows, message in conn.execute(q):
        if out and total + rows > max_rows:
            break
        out.append(message)
        total += rows
    return out


def replica_response(
    conn: Connection,
    keys: CentralKeys,
    dataset: str,
    version: int,
    chunk: int,
    max_rows: int,
    validity_s: int = DEFAULT_VALIDITY_S,
) -> bytes:
    head = head_message(conn, keys, dataset, validity_s)
    chunks = chunk_messages(conn, dataset, version, chunk, max_rows)
    return ('{"head":' + head + ',"chunks":[' + ",".join(chunks) + "]}").encode("utf-8")


def row_counts(conn: Connection) -> dict[str, int]:
    c = db.dataset_rows.c
    return dict(conn.execute(select(c.dataset, func.count()).group_by(c.dataset)).all())


def current_rows(conn: Connection, dataset: str) -> Iterator[dict[str, Any]]:
    c = db.dataset_rows.c
    for (row,) in conn.execute(select(c.row).where(c.dataset == dataset)):
        yield json.loads(row)
