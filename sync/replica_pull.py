"""Replica pull: verify the central's signed chunks and apply them, one transaction each.

Checks, in order, before anything is written (DESIGN.md, "Replica deltas"):
1. the head is signed by the central key pinned at enrollment, is a `replica.head` for
   the dataset asked for, and has not expired (a replayed old answer);
2. the head's version is not below ours (rollback) and, at equal version, names the
   same last chunk as ours (a fork);
3. each chunk is signed, of this dataset, exactly the next one (version, chunk) after
   ours (a gap or a replay is refused), chains to our digest, and is not past the head.

A refused answer leaves the replica as it was and writes a `replica_delta_rejected`
audit entry. A chunk and its checkpoint (`replica_datasets` + the in-progress position
in settings `sync.replica.<dataset>`) commit together, so a large initial load resumes
after a crash at the chunk where it stopped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Connection

import protocol
from local_store import Store, audit, settings
from local_store.replica import (
    Checkpoint,
    apply_rows,
    checkpoint,
    finish_bulk,
    save_checkpoint,
)
from protocol.rows import RowError
from sync import clock, files
from sync.manifest_list import ManifestRowError, apply_manifests
from sync.officer_list import OfficerRowError, apply_officers
from sync.policy_list import PolicyRowError, apply_policies

PROGRESS_KEY = "sync.replica.{}"
# Set when an update of the dataset failed verification, cleared when the central's
# signed head is verified again and the replica is at it: until then the dataset is
# `unverified` (status, and the stale-list policy acts on it: never used silently).
REJECTED_KEY = "sync.rejected.{}"
DEFAULT_MAX_ROWS = 100_000


class DeltaRejected(Exception):
    """A replica answer that fails a check; the replica is unchanged."""

    def __init__(self, dataset: str, reason: str, version: int | None = None) -> None:
        super().__init__(f"{dataset}: delta refused: {reason}")
        self.dataset = dataset
        self.reason = reason
        self.version = version


class PullIncomplete(DeltaRejected):
    """A pull that ended before the version the central's head announced (nothing wrong
    was applied; the next pull resumes)."""


@dataclass
class Position:
    """Where a dataset's replica stands."""

    version: int = 0  # last complete version
    digest: str = protocol.GENESIS  # digest of the last chunk applied
    next_chunk: int = 0  # > 0 while a version is partly applied
    chunks: int = 0  # chunk count of the version in progress
    row_count: int = 0
    published_at: str | None = None
    expires_at: str | None = None
    checked_at: str | None = None


def position(conn: Connection, dataset: str) -> Position:
    cp = checkpoint(conn, dataset)
    extra = settings.get(conn, PROGRESS_KEY.format(dataset)) or {}
    if cp is None:
        return Position(checked_at=extra.get("checked_at"))
    return Position(
        version=cp.version,
        digest=cp.digest or protocol.GENESIS,
        next_chunk=int(extra.get("next_chunk", 0)),
        chunks=int(extra.get("chunks", 0)),
        row_count=cp.row_count,
        published_at=cp.published_at,
        expires_at=cp.expires_at,
        checked_at=extra.get("checked_at"),
    )


def _save(conn: Connection, dataset: str, p: Position) -> None:
    save_checkpoint(
        conn,
        dataset,
        Checkpoint(
            version=p.version,
            row_count=p.row_count,
            applied_at=clock.now_iso(),
            digest=p.digest,
            published_at=p.published_at,
            expires_at=p.expires_at,
        ),
    )
    settings.put(
        conn,
        PROGRESS_KEY.format(dataset),
        {"next_chunk": p.next_chunk, "chunks": p.chunks, "checked_at": p.checked_at},
    )


def _parse_time(value: Any, dataset: str, what: str) -> dt.datetime:
    try:
        t = dt.datetime.fromisoformat(str(value))
    except ValueError:
        raise DeltaRejected(dataset, f"{what} is not a time") from None
    if t.tzinfo is None:
        raise DeltaRejected(dataset, f"{what} has no time zone")
    return t


def check_head(
    key: Ed25519PublicKey,
    dataset: str,
    message: protocol.SignedMessage,
    pos: Position,
    now: dt.datetime,
) -> dict[str, Any]:
    try:
        head = protocol.verify(key, message).payload
    except protocol.ProtocolError as e:
        raise DeltaRejected(dataset, f"head: {e}") from None
    if head.get("type") != "replica.head":
        raise DeltaRejected(dataset, "head: not a replica head")
    if head.get("dataset") != dataset:
        raise DeltaRejected(dataset, f"head: for dataset {head.get('dataset')!r}")
    if _parse_time(head.get("expires_at"), dataset, "head expiry") <= now:
        raise DeltaRejected(dataset, "head: expired (an old answer replayed?)", head.get("version"))
    version = head.get("version")
    if not isinstance(version, int) or version < pos.version:
        raise DeltaRejected(
            dataset, f"rollback: head at version {version}, replica at {pos.version}", version
        )
    if version == pos.version and pos.next_chunk == 0 and head.get("digest") != pos.digest:
        raise DeltaRejected(dataset, "head names another last chunk than ours (fork)", version)
    return head


def check_chunk(
    key: Ed25519PublicKey,
    dataset: str,
    message: protocol.SignedMessage,
    pos: Position,
    head_version: int,
) -> tuple[dict[str, Any], str]:
    try:
        verified = protocol.verify(key, message)
    except protocol.ProtocolError as e:
        raise DeltaRejected(dataset, f"chunk: {e}") from None
    c = verified.payload
    if c.get("type") != "replica.chunk":
        raise DeltaRejected(dataset, "chunk: not a replica chunk")
    if c.get("dataset") != dataset:
        raise DeltaRejected(dataset, f"chunk: for dataset {c.get('dataset')!r}", c.get("version"))
    got = (c.get("version"), c.get("chunk"))
    want = (pos.version + 1, pos.next_chunk)
    if not all(isinstance(x, int) for x in got):
        raise DeltaRejected(dataset, "chunk: no version or chunk number")
    if got < want:
        raise DeltaRejected(
            dataset, f"replay: chunk {got[1]} of version {got[0]} is already applied", got[0]
        )
    if got > want:
        raise DeltaRejected(
            dataset,
            f"gap: got chunk {got[1]} of version {got[0]}, expected chunk "
            f"{want[1]} of version {want[0]}",
            got[0],
        )
    if c.get("prev_digest") != pos.digest:
        raise DeltaRejected(dataset, "chunk does not chain to the last one applied", got[0])
    if got[0] > head_version:
        raise DeltaRejected(dataset, "chunk newer than the head", got[0])
    if not isinstance(c.get("rows"), list) or not isinstance(c.get("chunks"), int):
        raise DeltaRejected(dataset, "chunk without rows", got[0])
    return c, verified.digest


@dataclass
class PullResult:
    dataset: str
    version: int
    chunks_applied: int = 0
    rows_applied: int = 0


Progress = Callable[[str, int, int, int, int], None]  # dataset, version, chunk, chunks, rows


def apply_answer(
    store: Store,
    key: Ed25519PublicKey,
    dataset: str,
    answer: protocol.ReplicaResponse,
    result: PullResult,
    *,
    skip_applied: bool = False,
    progress: Progress | None = None,
    indexer: Any = None,
) -> dict[str, Any]:
    """Check and apply one answer (head + chunks). Returns the verified head.
    `skip_applied` (bundles, which start at version 1) passes over chunks we hold."""
    with store.read() as conn:
        pos = position(conn, dataset)
    now = clock.now()
    head = check_head(key, dataset, answer.head, pos, now)
    for message in answer.chunks:
        if skip_applied and _already_applied(message, pos):
            continue
        chunk, chunk_digest = check_chunk(key, dataset, message, pos, head["version"])
        rows = chunk["rows"]
        with store.write() as conn:
            # Another process on this profile may have moved on meanwhile: re-check.
            if position(conn, dataset).digest != pos.digest:
                raise _Moved()
            last = chunk["chunk"] + 1 >= chunk["chunks"]
            try:
                if dataset == "officers":
                    apply_officers(conn, rows)
                elif dataset == "policies":
                    apply_policies(conn, rows)
                elif dataset == "manifests":  # issue 17: the rows of this port only
                    apply_manifests(conn, rows, chunk["version"])
                else:
                    # A version in several chunks (an initial load) stages its name keys
                    # and merges them in key order with its last chunk: far fewer page
                    # writes than millions of random inserts, and the version's keys
                    # become visible together with its last rows.
                    bulk = chunk["chunks"] > 1
                    apply_rows(conn, dataset, rows, chunk["version"], indexer=indexer, bulk=bulk)
                    if bulk and last:
                        finish_bulk(conn, dataset)
            except (RowError, OfficerRowError, PolicyRowError, ManifestRowError) as e:
                # Signed but unusable: the transaction rolls back, nothing is applied.
                raise DeltaRejected(
                    dataset,
                    f"invalid row in chunk {chunk['chunk']} of version {chunk['version']}: {e}",
                    chunk["version"],
                ) from None
            pos.digest = chunk_digest
            if last:
                pos.version, pos.next_chunk, pos.chunks = chunk["version"], 0, 0
                pos.row_count = int(chunk.get("row_count", pos.row_count))
                pos.published_at = chunk.get("published_at")
                if pos.version == head["version"]:
                    pos.expires_at, pos.checked_at = head["expires_at"], head["issued_at"]
            else:
                pos.next_chunk, pos.chunks = chunk["chunk"] + 1, chunk["chunks"]
            _save(conn, dataset, pos)
        result.chunks_applied += 1
        result.rows_applied += len(rows)
        if progress:
            progress(
                dataset, chunk["version"], chunk["chunk"], chunk["chunks"], result.rows_applied
            )
    fresh_already = pos.checked_at == head["issued_at"]  # set with the last chunk applied
    if pos.version == head["version"] and pos.next_chunk == 0 and not fresh_already:
        # Fresh: the central confirms this is the current version.
        with store.write() as conn:
            now_pos = position(conn, dataset)
            if now_pos.digest == pos.digest:
                now_pos.expires_at, now_pos.checked_at = head["expires_at"], head["issued_at"]
                _save(conn, dataset, now_pos)
    result.version = pos.version
    if pos.version == head["version"] and pos.next_chunk == 0:
        _clear_rejection(store, dataset)
    return head


def _clear_rejection(store: Store, dataset: str) -> None:
    key = REJECTED_KEY.format(dataset)
    with store.read() as conn:
        if settings.get(conn, key) is None:
            return
    with store.write() as conn:
        settings.delete(conn, key)


class _Moved(Exception):
    """Another process applied chunks first: re-read the position and ask again."""


def _already_applied(message: protocol.SignedMessage, pos: Position) -> bool:
    try:
        c = json.loads(message.payload)
        return (c["version"], c["chunk"]) < (pos.version + 1, pos.next_chunk)
    except (ValueError, KeyError, TypeError):
        return False


def reject(store: Store, err: DeltaRejected, source: str) -> None:
    """The audit entry for a refused delta (the replica itself is untouched), and the
    dataset marked unverified until a later answer checks out."""
    with store.write() as conn:
        settings.put(
            conn,
            REJECTED_KEY.format(err.dataset),
            {"at": clock.now_iso(), "reason": err.reason, "version": err.version},
        )
        audit.append(
            conn,
            "sync",
            "replica_delta_rejected",
            {
                "dataset": err.dataset,
                "reason": err.reason,
                "version": err.version,
                "source": source,
            },
        )


_HEADER = re.compile(r'"chunk":(\d+),"chunks":(\d+),')
_VERSION = re.compile(r'"version":(\d+)')


def _position_after(answer: protocol.ReplicaResponse) -> tuple[int, int] | None:
    """The (version wanted, chunk) to ask for once this answer is applied, read from the
    last chunk's header without parsing its rows; None when unsure or nothing follows.
    Only used to fetch ahead: the checks run on whatever arrives."""
    if not answer.chunks:
        return None
    head = answer.chunks[-1].payload[:400]
    m, v = _HEADER.search(head), _VERSION.search(head)
    if not m or not v:
        return None
    chunk, chunks, version = int(m.group(1)), int(m.group(2)), int(v.group(1))
    return (version + 1, 0) if chunk + 1 >= chunks else (version, chunk + 1)


def pull_dataset(
    store: Store,
    client: Any,
    key: Ed25519PublicKey,
    dataset: str,
    *,
    max_rows: int = DEFAULT_MAX_ROWS,
    progress: Progress | None = None,
    indexer: Any = None,
) -> PullResult:
    """Bring one dataset up to the central's head. Raises DeltaRejected (after writing
    the audit entry) or the client's errors.

    While one answer is applied, the next is already being fetched (one request ahead,
    in a worker thread): on a large initial load the network, the JSON parsing and the
    database writes overlap."""
    result = PullResult(dataset, 0)
    with store.read() as conn:
        pos = position(conn, dataset)
    want = (pos.version + 1, pos.next_chunk)
    with ThreadPoolExecutor(1, thread_name_prefix="replica-fetch") as fetcher:
        ahead: tuple[tuple[int, int], Future[Any]] | None = None
        try:
            for _ in range(1_000_000):
                if ahead is not None and ahead[0] == want:
                    answer = ahead[1].result()
                else:
                    answer = client.replica(dataset, want[0], want[1], max_rows)
                ahead = None
                following = _position_after(answer)
                head_version = _head_version(answer)
                if following and head_version is not None and following[0] <= head_version:
                    ahead = (
                        following,
                        fetcher.submit(
                            client.replica, dataset, following[0], following[1], max_rows
                        ),
                    )
                try:
                    head = apply_answer(
                        store, key, dataset, answer, result, progress=progress, indexer=indexer
                    )
                except _Moved:
                    with store.read() as conn:
                        pos = position(conn, dataset)
                    want = (pos.version + 1, pos.next_chunk)
                    continue
                except DeltaRejected as e:
                    reject(store, e, "pull")
                    raise
                with store.read() as conn:
                    pos = position(conn, dataset)
                want = (pos.version + 1, pos.next_chunk)
                if not answer.chunks or (pos.version >= head["version"] and pos.next_chunk == 0):
                    break
            if pos.version < head["version"] or pos.next_chunk:
                # The head promised more than arrived (a proxy withholding chunks, a
                # central cut short): say so, do not report a complete pull.
                raise PullIncomplete(
                    dataset,
                    f"incomplete: the central announced version {head['version']} but sent "
                    f"chunks only up to version {pos.version}"
                    + (f" (chunk {pos.next_chunk} of the next)" if pos.next_chunk else "")
                    + "; the next sync continues from there",
                    head["version"],
                )
        finally:
            if ahead is not None:
                ahead[1].cancel()
                with contextlib.suppress(Exception):
                    ahead[1].result()
    return result


def _head_version(answer: protocol.ReplicaResponse) -> int | None:
    m = _VERSION.search(answer.head.payload)
    return int(m.group(1)) if m else None


class _OneTransaction:
    """A store look-alike whose reads and writes all run in one open write transaction:
    `replica import` applies a whole bundle or nothing."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        yield self._conn

    write = read


def import_bundle(
    store: Store,
    key: Ed25519PublicKey,
    lines: Iterable[bytes | str],
    *,
    progress: Progress | None = None,
    indexer: Any = None,
) -> list[PullResult]:
    """`replica import FILE`: one replica answer per line, as `central bundle` writes.
    All or nothing: every dataset of the bundle is applied in one transaction, so a
    truncated or altered bundle leaves the replica exactly as it was."""
    results: list[PullResult] = []
    try:
        with store.write() as conn:
            tx = _OneTransaction(conn)
            for n, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                answer, dataset = _bundle_line(n, line)
                result = PullResult(dataset, 0)
                apply_answer(
                    tx,  # type: ignore[arg-type]
                    key,
                    dataset,
                    answer,
                    result,
                    skip_applied=True,
                    progress=progress,
                    indexer=indexer,
                )
                results.append(result)
            if not results:
                raise DeltaRejected("bundle", "the file holds no replica answer (empty?)")
    except DeltaRejected as e:
        reject(store, e, "bundle")
        raise
    return results


def _bundle_line(n: int, line: bytes | str) -> tuple[protocol.ReplicaResponse, str]:
    try:
        answer = protocol.ReplicaResponse.model_validate(files.loads_strict(line))
        head = files.loads_strict(answer.head.payload)
    except ValueError:
        raise DeltaRejected("bundle", f"line {n} is not a replica answer") from None
    dataset = head.get("dataset") if isinstance(head, dict) else None
    if not isinstance(dataset, str) or dataset not in protocol.DATASET_KEYS:
        # unsigned text so far: named escaped, and the refusal filed under "bundle"
        raise DeltaRejected("bundle", f"line {n}: unknown dataset {ascii(dataset)[:40]} in bundle")
    return answer, dataset


def status(conn: Connection, now: dt.datetime | None = None) -> dict[str, Any]:
    """`status --json` `replica`: per dataset version, age_s (since the central last
    confirmed this version current), stale (past the head's expiry, or never
    confirmed), rows, and the load in progress if any."""
    now = now or clock.now()
    out: dict[str, Any] = {}
    for ds in protocol.DATASETS:
        p = position(conn, ds)
        if p.version == 0 and p.next_chunk == 0 and p.checked_at is None:
            continue
        seen = p.checked_at or p.published_at
        entry: dict[str, Any] = {
            "version": p.version,
            "age_s": round((now - dt.datetime.fromisoformat(seen)).total_seconds(), 1)
            if seen
            else None,
            "stale": p.expires_at is None or dt.datetime.fromisoformat(p.expires_at) <= now,
            "rows": p.row_count,
        }
        rejected = settings.get(conn, REJECTED_KEY.format(ds))
        if rejected:
            entry["unverified"] = rejected
        if p.next_chunk:
            entry["loading"] = {"version": p.version + 1, "chunk": p.next_chunk, "chunks": p.chunks}
        out[ds] = entry
    return out
