"""Command-line entry: `python -m desktop [--profile DIR] COMMAND ...`.

Each area registers its commands from a module in `desktop/commands/`. A command
function takes the parsed arguments and returns the exit code (0 success/positive,
1 negative, 2 bad input); user errors are `desktop.errors.BorderError`s, printed as
one line on stderr. Heavy imports (Qt, OpenCV, pyscard) happen inside commands so
that `--help` and simple commands start fast.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TextIO

from desktop import __version__
from desktop.config import Profile
from desktop.errors import BorderError, UsageError

log = logging.getLogger(__name__)

# One module per area; each has `register(subparsers) -> None` ("module:function" names
# another register function of a module: the order is the order of `--help`).
COMMAND_MODULES: tuple[str, ...] = (
    "desktop.commands.store",
    "desktop.commands.screening",
    "desktop.commands.sync",
    "desktop.commands.inspection",
    "desktop.commands.sync:register_exchange",
    "desktop.commands.emergency",
    "desktop.commands.chip",
    "desktop.commands.csca",
    "desktop.commands.mrz",
    "desktop.commands.demo",
    "desktop.commands.reports",
    "desktop.commands.face",
    "desktop.commands.manifests",
    "desktop.commands.counter",
)

INTERNAL_ERROR_EXIT = 3


class ArgumentParser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so usage errors share one exit path."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


class PasswordInput:
    """Passwords in the order DESIGN.md fixes: one per line on stdin (`--password-stdin`),
    else an interactive prompt on a terminal. Lines are read lazily and never echoed."""

    def __init__(self, from_stdin: bool, stream: TextIO | None = None) -> None:
        self._from_stdin = from_stdin
        self._stream = stream
        self._lines: Iterator[str] | None = None

    def next(self, what: str) -> str:
        if self._from_stdin:
            if self._lines is None:
                self._lines = iter(self._stream or sys.stdin)
            line = next(self._lines, None)
            if line is None:
                raise UsageError(f"--password-stdin: standard input ended before the {what}")
            password = line.rstrip("\r\n")
        elif sys.stdin.isatty():
            password = getpass.getpass(f"{what}: ")
        else:
            raise UsageError(
                f"the {what} is needed: give it on standard input with --password-stdin"
            )
        if not password:
            raise UsageError(f"the {what} is empty")
        return password


def add_profile_arg(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    # Accepted before the command (the contract) and after it (convenience).
    parser.add_argument(
        "--profile",
        metavar="DIR",
        default=None if top else argparse.SUPPRESS,
        help="workstation profile directory (default: $BORDER_WS_PROFILE or the user data dir)",
    )


def add_credential_args(parser: argparse.ArgumentParser) -> None:
    """`--user NAME --password-stdin` for a command that opens the store."""
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="officer, supervisor or installer to act as (default: the machine slot)",
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read passwords from standard input, one per line",
    )


def add_json_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def profile_of(args: argparse.Namespace) -> Profile:
    return Profile.at(getattr(args, "profile", None))


def passwords_of(args: argparse.Namespace) -> PasswordInput:
    cached = getattr(args, "_passwords", None)
    if cached is None:
        cached = PasswordInput(bool(getattr(args, "password_stdin", False)))
        args._passwords = cached
    return cached


def open_session(args: argparse.Namespace, *, purpose: str, enforce: bool = True) -> Any:
    """Unlock the profile's store as `--user` (password from stdin) or the machine slot.

    Returns a `desktop.officers.Session`; close it (or use it as a context manager)."""
    from desktop import officers

    user = getattr(args, "user", None)
    password = passwords_of(args).next(f"password of {user}") if user else None
    return officers.unlock(profile_of(args), user, password, purpose=purpose, enforce=enforce)


def print_json(obj: Any, stream: TextIO | None = None) -> None:
    """One JSON object on one line (several calls give JSON Lines)."""
    out = stream or sys.stdout
    out.write(json.dumps(obj, ensure_ascii=False, sort_keys=False, default=str) + "\n")
    out.flush()


def build_parser() -> ArgumentParser:
    parser = ArgumentParser(
        prog="python -m desktop",
        description="Border inspection workstation. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_profile_arg(parser, top=True)
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        help="log more (never traveller data or secrets)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)
    for name in COMMAND_MODULES:
        module, _, function = name.partition(":")
        getattr(importlib.import_module(module), function or "register")(sub)
    return parser


def command_group(
    sub: argparse._SubParsersAction, name: str, help: str
) -> argparse._SubParsersAction:
    """The sub-commands of a group like `replica ACTION`; several areas may add to one."""
    groups: dict[str, argparse._SubParsersAction] = sub.__dict__.setdefault("_groups", {})
    if name not in groups:
        parser = sub.add_parser(name, help=help, description=help)
        groups[name] = parser.add_subparsers(
            dest=f"{name}_command", metavar="ACTION", required=True, parser_class=ArgumentParser
        )
    return groups[name]


def new_command(
    sub: argparse._SubParsersAction,
    name: str,
    func: Callable[[argparse.Namespace], int],
    help: str,
    **kwargs: Any,
) -> argparse.ArgumentParser:
    """Add a subcommand that runs `func(args) -> exit code` (profile option included)."""
    p = sub.add_parser(name, help=help, description=help, **kwargs)
    add_profile_arg(p)
    p.set_defaults(func=func)
    return p


def _database_of(args: argparse.Namespace) -> Any:
    try:
        return profile_of(args).database
    except Exception:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
    except BorderError as e:
        print(str(e), file=sys.stderr)
        return e.exit_code
    logging.basicConfig(
        level=logging.WARNING - 10 * min(args.verbose, 2),
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(func(args))
    except BorderError as e:
        print(f"error: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # a bug: one line for the user, the trace only with -v
        from desktop.failures import explain

        known = explain(e, _database_of(args))
        if known is not None:  # a full disk, a damaged store: words, not a bug
            log.debug("explained error", exc_info=True)
            print(f"error: {known}", file=sys.stderr)
            return known.exit_code
        log.debug("internal error", exc_info=True)
        print(f"internal error: {type(e).__name__} (run with -vv for details)", file=sys.stderr)
        return INTERNAL_ERROR_EXIT
