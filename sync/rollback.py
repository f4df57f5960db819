"""Anti-rollback against the central: before the workstation pushes, it asks what the
central has acknowledged of its journal (`GET /v1/workstation/head`; every push answer
carries the same head). A store whose journal ends before that seq, or holds another
record there, is an older copy of store.db (restored from a backup, or swapped).

What the workstation does then: nothing is pushed (records made since the restore
would reuse sequence numbers the central already holds, and be parked there); the
round fails (`sync` exits 1) with what to do; an incident is recorded beside the store
and in its audit log; the local anchor moves up to the central's head, so every later
open of this copy refuses too, even offline, until the newest copy is restored and
`audit verify` clears the alarm. The records of this copy stay in it, untouched.
"""

from __future__ import annotations

import protocol
from local_store import Store, integrity, journal
from sync.client import CentralClient, CentralError


class RolledBack(CentralError):
    """The store is behind what the central acknowledged: pushing is stopped."""


def problem(store: Store, head: protocol.JournalHead) -> str | None:
    if head.seq <= 0:
        return None
    with store.read() as c:
        return integrity.anchor_problem(
            {
                "seq": head.seq,
                "hash": head.hash,
                "source": "the central",
                "emergency": head.emergency,
            },
            journal.last_seq(c),
            lambda s: journal.hash_at(c, s),
        )


def check(store: Store, head: protocol.JournalHead) -> None:
    """Raise RolledBack (after recording the incident) when the store is behind `head`."""
    found = problem(store, head)
    if found is None:
        return
    integrity.write_anchor(
        store.path,
        head.seq,
        head.hash,
        "emergency" if head.emergency is not None else None,
        "declare" if head.emergency else "end",
        source="the central",
    )
    damaged = integrity.detected(store.path, "rolled_back", found)
    store.flush_incidents()
    raise RolledBack(f"nothing was sent: {damaged}")


def guard(store: Store, client: CentralClient) -> None:
    """The cheap call before a push."""
    check(store, client.journal_head())
