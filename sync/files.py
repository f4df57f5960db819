"""Files that cross a trust boundary, read and written safely (workstation and central).

Inputs (`import`, `load`, `bundle`/`replica import`, images): regular files only (a FIFO
would hang the reader, /dev/zero would never end), opened without blocking, with a size
limit checked before reading. Outputs holding personal or list data: written to a fresh
temporary file in the target's directory (O_EXCL, mode 0600: never through a planted
symlink, never readable by others), synced, then renamed over the target; the temporary
file is removed when anything fails. JSON from outside is parsed strictly: no NaN or
Infinity, no numbers past 64 bits, no nesting deeper than the parser's recursion limit.
"""

from __future__ import annotations

import json
import math
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

MiB = 1024 * 1024
GiB = 1024 * MiB
MAX_INT_DIGITS = 19  # 2**63 has 19 digits: what SQLite's INTEGER holds


class InputError(ValueError):
    """A file or a JSON text that is refused; the message says which and why."""


class BadFile(InputError):
    """The file itself is refused (missing, not a regular file, too large)."""


def open_regular(path: Path | str, *, limit: int, what: str = "file") -> IO[bytes]:
    """Open a regular file for reading in binary (the caller closes it), refusing FIFOs,
    devices, directories and files larger than `limit` bytes."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        raise BadFile(f"cannot read the {what} {path}: {e.strerror}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise BadFile(
                f"the {what} {path} is not a regular file (a pipe, device or directory is refused)"
            )
        if st.st_size > limit:
            raise BadFile(f"the {what} {path} is too large ({st.st_size} bytes, at most {limit})")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


@contextmanager
def open_input(path: Path | str, *, limit: int, what: str = "file") -> Iterator[IO[bytes]]:
    """`open_regular` as a context manager."""
    with open_regular(path, limit=limit, what=what) as f:
        yield f


def read_input(path: Path | str, *, limit: int, what: str = "file") -> bytes:
    """The whole content of a regular file of at most `limit` bytes."""
    with open_input(path, limit=limit, what=what) as f:
        data = f.read(limit + 1)
    if len(data) > limit:  # grew while we read it
        raise BadFile(f"the {what} {path} is too large (at most {limit} bytes)")
    return data


def write_private(path: Path | str, write: Callable[[IO[bytes]], None]) -> None:
    """Write a file through `write(f)` into a fresh 0600 temporary file next to `path`,
    then rename it over `path`. Nothing is left behind when `write` or the disk fails."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise InputError(f"cannot write {path}: the directory {directory} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as e:
        raise InputError(f"cannot write {path}: {e.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise InputError(f"a number with {len(text)} digits (at most {MAX_INT_DIGITS})")
    return int(text)


def _float(text: str) -> float:
    if len(text) > 64:
        raise InputError(f"a number written with {len(text)} characters")
    value = float(text)
    if not math.isfinite(value):
        raise InputError(f"the number {text[:20]} is out of range")
    return value


def _constant(name: str) -> Any:
    raise InputError(f"{name} is not a JSON number")


def loads_strict(text: str | bytes) -> Any:
    """json.loads that refuses NaN/Infinity, integers beyond 64 bits, huge or infinite
    floats, invalid UTF-8 and nesting deeper than the recursion limit (InputError)."""
    try:
        return json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except InputError:
        raise
    except RecursionError:
        raise InputError("JSON nested too deeply") from None
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text") from None
    except json.JSONDecodeError as e:
        raise InputError(f"not JSON ({e.msg} at line {e.lineno} column {e.colno})") from None
    except ValueError as e:  # e.g. Python's own limit on integer digits
        raise InputError(f"not acceptable JSON ({e})") from None
