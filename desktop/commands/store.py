"""Store and workstation commands: init, officers, status, audit, selftest."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Filled in by the foundation work (issue 2)."""
