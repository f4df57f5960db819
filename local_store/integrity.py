"""The store notices sabotage: empty, truncated, malformed or rolled-back files, a WAL
deleted under a live process (DESIGN.md, "What the store notices").

Three small plain files live beside `store.db` (0600, no traveller data):
- `store.db.incidents`: JSON Lines of what was detected (problem, detail, time) and of
  who cleared it. It is where an event goes when the audit log itself cannot be written
  (a truncated store); every later successful open copies new incidents into the audit
  log (`store_incident` entries, `store.incidents_upto` in the same transaction).
  While an incident is not cleared, opening the store for work refuses; `audit verify`
  clears them once the full checks and the chains pass.
- `store.db.anchor`: the journal's head `{seq, hash}` (and whether the last journaled
  emergency action was a declaration), written after each commit that appended to the
  journal. A store whose journal is behind its anchor, or holds another hash at the
  anchor's seq, is an older (or another) copy. The central's acknowledged head covers
  the case where both files were restored (sync/rollback.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PAGE_BYTES = 4096  # SQLCipher 4's default page size (the engine never changes it)

# Problems that make the store unusable until a person restores it and clears the alarm.
MESSAGES = {
    "missing": "{path} is missing although this profile has key slots",
    "empty": "{path} is empty (0 bytes)",
    "truncated": "{path} is truncated ({detail})",
    "malformed": "{path} is damaged ({detail})",
    "wal_deleted": "the store's write-ahead log {wal} was deleted while the store was in use "
    "({detail})",
    "rolled_back": "{path} is an older copy of this workstation's store ({detail})",
}
ADVICE = (
    "The store is never re-created silently. Stop every workstation process, restore the "
    "newest copy of store.db (with its store.db-wal file, if any) into {dir}, then run "
    "`python -m desktop audit verify`, which checks it fully and clears this alarm. "
    "The central keeps every record it acknowledged."
)

RESCUED_ADVICE = (
    "Nothing this process committed is lost, but another process may have been writing: "
    "close every workstation program on this profile and start again, then run "
    "`python -m desktop audit verify` to check the store fully and clear this alarm."
)


class StoreDamaged(Exception):
    """The store is damaged, incomplete or an older copy. `problem` is one of MESSAGES;
    `str()` says what happened and what to do."""

    def __init__(
        self, path: Path, problem: str, detail: str = "", *, rescued: bool = False
    ) -> None:
        self.path = Path(path)
        self.problem = problem
        self.detail = detail
        self.rescued = rescued  # a deleted WAL whose frames were all copied into store.db
        text = MESSAGES.get(problem, "{path}: {detail}").format(
            path=self.path, wal=wal_path(self.path), detail=detail
        )
        advice = RESCUED_ADVICE if rescued else ADVICE
        super().__init__(f"{text}. {advice.format(dir=self.path.parent)}")


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm_path(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def incidents_path(path: Path) -> Path:
    return path.with_name(path.name + ".incidents")


def anchor_path(path: Path) -> Path:
    return path.with_name(path.name + ".anchor")


def _lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".migrate.lock")  # shared with migrations


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def file_id(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_dev, st.st_ino)


# --- checks before SQLite touches the file -------------------------------------------------


def check_files(path: Path, *, must_exist: bool) -> None:
    """Raise StoreDamaged for a missing, empty or truncated file, or a WAL deleted while
    its index (-shm) is still there. Cheap: a few stat calls."""
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        if must_exist:
            raise StoreDamaged(path, "missing") from None
        return
    if size == 0:
        raise StoreDamaged(path, "empty")
    if size < PAGE_BYTES or size % PAGE_BYTES:
        raise StoreDamaged(
            path, "truncated", f"{size} bytes, not a whole number of {PAGE_BYTES}-byte pages"
        )
    # A clean close removes -shm before -wal, so an index without its log means the log
    # was deleted: SQLite would trust the index and read pages that are gone.
    if shm_path(path).exists() and not wal_path(path).exists():
        raise StoreDamaged(path, "wal_deleted", "its index store.db-shm is still there")


def is_corruption(error: BaseException) -> bool:
    text = str(error).lower()
    return any(
        s in text
        for s in ("malformed", "corrupt", "not a database", "file is encrypted", "short read")
    )


# --- incidents ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Incident:
    id: int
    at: str
    problem: str
    detail: str
    blocking: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at,
            "problem": self.problem,
            "detail": self.detail,
            "blocking": self.blocking,
        }


def _read_lines(path: Path) -> list[dict[str, Any]]:
    try:
        text = incidents_path(path).read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return []
    out = []
    for line in text.splitlines():
        with contextlib.suppress(ValueError):
            obj = json.loads(line)
            if isinstance(obj, dict) and isinstance(obj.get("id"), int):
                out.append(obj)
    return out


def incidents(path: Path) -> list[Incident]:
    """Every recorded incident, oldest first."""
    return [
        Incident(
            o["id"],
            str(o.get("at", "")),
            str(o["problem"]),
            str(o.get("detail", "")),
            bool(o.get("blocking", True)),
        )
        for o in _read_lines(path)
        if "problem" in o
    ]


def open_incidents(path: Path) -> list[Incident]:
    """Incidents nobody has cleared yet."""
    lines = _read_lines(path)
    cleared = max((o.get("cleared_upto", 0) for o in lines if "cleared_upto" in o), default=0)
    return [i for i in incidents(path) if i.id > cleared]


def _append_line(path: Path, obj: dict[str, Any]) -> None:
    fd = os.open(incidents_path(path), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, (json.dumps(obj, sort_keys=True) + "\n").encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    with open(_lock_path(path), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def record_incident(
    path: Path, problem: str, detail: str = "", *, blocking: bool = True
) -> Incident:
    """Append an incident (once: an open incident with the same problem is returned).
    Never raises: a full disk must not hide the original problem."""
    try:
        with _locked(path):
            for i in open_incidents(path):
                if i.problem == problem:
                    return i
            last = max((o["id"] for o in _read_lines(path)), default=0)
            inc = Incident(last + 1, _now(), problem, detail[:500], blocking)
            _append_line(path, inc.as_json())
            return inc
    except OSError:
        return Incident(0, _now(), problem, detail[:500], blocking)


def clear_incidents(path: Path, by: str) -> int:
    """Mark every incident so far as dealt with; returns how many were open."""
    with _locked(path):
        lines = _read_lines(path)
        upto = max((o["id"] for o in lines), default=0)
        n = len(open_incidents(path))
        if n:
            _append_line(path, {"id": upto + 1, "cleared_upto": upto, "by": by, "at": _now()})
        return n


def detected(path: Path, problem: str, detail: str = "", *, rescued: bool = False) -> StoreDamaged:
    """Record the incident beside the store and return the error to raise."""
    record_incident(path, problem, detail, blocking=not rescued)
    return StoreDamaged(path, problem, detail, rescued=rescued)


def raise_for_incidents(path: Path) -> None:
    for i in open_incidents(path):
        if i.blocking:
            raise StoreDamaged(path, i.problem, f"{i.detail}; detected {i.at[:19]}")


# --- the journal's anchor -------------------------------------------------------------------


def read_anchor(path: Path) -> dict[str, Any] | None:
    try:
        obj = json.loads(anchor_path(path).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(obj, dict) or not isinstance(obj.get("seq"), int):
        return None
    return obj


def write_anchor(
    path: Path,
    seq: int,
    hash_: str,
    kind: str | None,
    action: str | None,
    *,
    source: str = "this workstation",
) -> None:
    """Move the anchor forward (never back: two processes may finish in either order).
    `source`: who vouches for it (the central, when its acknowledged head is ahead)."""
    with _locked(path):
        old = read_anchor(path) or {}
        if old.get("seq", 0) >= seq:
            return
        emergency = old.get("emergency")
        if kind == "emergency":
            emergency = action == "declare"
        new = {"seq": seq, "hash": hash_, "emergency": emergency, "at": _now(), "source": source}
        target = anchor_path(path)
        tmp = target.with_name(target.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(new, f, sort_keys=True)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise


def anchor_problem(anchor: dict[str, Any] | None, last_seq: int, hash_at: Any) -> str | None:
    """Why the journal (ending at `last_seq`; `hash_at(seq)` gives a row's hash) is not
    the one the anchor saw, or None."""
    if not anchor or anchor["seq"] <= 0:
        return None
    seq = anchor["seq"]
    emergency = "; emergency mode was declared in the newer copy" if anchor.get("emergency") else ""
    if last_seq < seq:
        return (
            f"its journal ends at seq {last_seq}, but {anchor.get('source', 'this workstation')} "
            f"holds this workstation's records up to seq {seq}{emergency}"
        )
    if hash_at(seq) != anchor.get("hash"):
        return f"its journal record seq {seq} is not the one this workstation wrote{emergency}"
    return None


# --- full checks (selftest, audit verify, sync) ----------------------------------------------


def full_check(dbapi_conn: Any) -> list[str]:
    """SQLCipher's page authentication of every page, then SQLite's structure check.
    Returns the problems found (empty: intact). Reads the whole file: ~4 ms per MB."""
    problems: list[str] = []
    try:
        rows = dbapi_conn.execute("PRAGMA cipher_integrity_check").fetchall()
        problems += [f"cipher_integrity_check: {r[0]}" for r in rows[:20]]
    except Exception as e:  # a page so damaged that the check itself fails
        problems.append(f"cipher_integrity_check failed: {e}")
    try:
        rows = dbapi_conn.execute("PRAGMA integrity_check(20)").fetchall()
        problems += [f"integrity_check: {r[0]}" for r in rows if r[0] != "ok"]
    except Exception as e:
        problems.append(f"integrity_check failed: {e}")
    return problems
