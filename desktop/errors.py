"""Errors that carry the command-line exit code of DESIGN.md.

0 = success or a positive result, 1 = a negative result, 2 = bad input or usage.
Domain code raises these (or subclasses); the CLI prints the message, never a traceback.
"""

from __future__ import annotations

from typing import Any

from desktop.messages import Message


class BorderError(Exception):
    """Base of every error meant for the user. `str(error)` is the one-line message;
    `message` is the coded message when it was raised with one (`msg(...)`), which the
    window shows in the officer's language (None: an English-only message)."""

    exit_code = 2

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.message: Message | None = args[0] if args and isinstance(args[0], Message) else None


class UsageError(BorderError):
    """Bad input, bad usage or a missing prerequisite (exit 2)."""

    exit_code = 2


class NegativeResult(BorderError):
    """A well-formed request with a negative answer: refused, denied, broken (exit 1)."""

    exit_code = 1


class StoreUnusable(NegativeResult):
    """The workstation's store is damaged, missing or an older copy (exit 1); the
    message says what happened and what to do (local_store.integrity)."""

    def __init__(self, message: str, problem: str = "malformed") -> None:
        super().__init__(message)
        self.problem = problem
