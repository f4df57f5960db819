"""Conditions a person can cause, told in words (exit 1 or 2), never "internal error".

`cli.main` asks `explain` about any exception a command let through: a full disk, a
damaged store (the incident is recorded beside it), a file that went missing or cannot
be read. Whatever this does not recognise stays a bug (exit 3)."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

from desktop.errors import BorderError, NegativeResult, StoreUnusable, UsageError

_FULL = ("database or disk is full", "no space left on device", "disk quota exceeded")


def _causes(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [error]
    while todo:
        e = todo.pop(0)
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        orig = getattr(e, "orig", None)  # SQLAlchemy wraps the driver's error
        if isinstance(orig, BaseException):
            todo.append(orig)
        todo += [e.__cause__, e.__context__]


def disk_full(profile_root: Path | None) -> NegativeResult:
    where = f" ({profile_root})" if profile_root else ""
    return NegativeResult(
        f"the disk holding the workstation's data{where} is full: this command did not "
        "complete and nothing of it was recorded. Free space on that disk (or call IT), "
        "then run the command again; stored records are intact."
    )


def _is_sqlite_error(e: BaseException) -> bool:
    import sqlite3

    return isinstance(e, sqlite3.Error)


def _nearly_full(root: Path | None) -> bool:
    if root is None:
        return False
    try:
        st = os.statvfs(root)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < 1 << 20


def explain(error: BaseException, database: Path | None = None) -> BorderError | None:
    """A BorderError saying what happened and what to do, or None for a real bug.
    `database`: the profile's store.db (a damaged store gets its incident recorded)."""
    from local_store import integrity

    root = database.parent if database is not None else None
    for e in _causes(error):
        if isinstance(e, integrity.StoreDamaged):
            return StoreUnusable(str(e), e.problem)
        text = str(e).lower()
        if (isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT)) or any(
            s in text for s in _FULL
        ):
            return disk_full(root)
        if type(e).__module__ == "sqlite3" and _is_sqlite_error(e):
            # Plain SQLite here is only the key slots file (the store is SQLCipher).
            where = root / "keyslots.sqlite" if root else "keyslots.sqlite"
            if _nearly_full(root):
                return disk_full(root)
            return NegativeResult(
                f"the key slots file {where} is damaged or unreadable (SQLite: {e}): restore "
                "it from the newest backup (it holds no secret in clear); the store itself "
                "was not touched"
            )
        if "disk i/o error" in text:
            # SQLite says I/O error for a full disk too (growing -shm or -wal on tmpfs).
            if _nearly_full(root):
                return disk_full(root)
            return NegativeResult(
                f"reading or writing the store failed (SQLite: {e}): the disk holding "
                f"{root or 'the profile'} may be failing or was removed. Check it (or call "
                "IT) before going on; `python -m desktop audit verify` checks the store"
            )
        if type(e).__name__ in ("DatabaseError", "OperationalError") and integrity.is_corruption(e):
            if database is not None:
                damaged = integrity.detected(database, "malformed", f"SQLite: {e}")
                return StoreUnusable(str(damaged), "malformed")
            return StoreUnusable(f"the store is damaged (SQLite: {e})", "malformed")
        if isinstance(e, FileNotFoundError):
            return UsageError(
                f"{e.filename or 'a file'} is missing: put it back (or give the right path) "
                "and run the command again"
            )
        if isinstance(e, PermissionError):
            return UsageError(
                f"no permission to use {e.filename or 'a file'}: run as the workstation's "
                "user, or fix the file's owner"
            )
        if isinstance(e, IsADirectoryError | NotADirectoryError):
            return UsageError(f"{e.filename}: {e.strerror}; give the path of a file")
    return None
