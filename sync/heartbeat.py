"""The heartbeat: connectivity measured, not assumed.

A light call (`GET /v1/heartbeat?nonce=N`) on its own schedule, whatever the outbox
holds. The central answers with its time, every dataset's head version and our nonce,
signed with the key pinned at enrollment, so a cached or replayed answer, or another
server on the central's address, does not count as contact. The answer sets the shared
connectivity state (sync.connectivity): `online`, `degraded` when slower than
`connectivity.SLOW_S`, a failure otherwise. A success resets the backoff; the caller
(the scheduler) then pushes at once when records wait, and pulls when the central holds
a newer version than the replica.
"""

from __future__ import annotations

import datetime as dt
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path

from local_store import Store, journal, settings
from protocol import DATASETS, ProtocolError, check_heartbeat
from sync import clock, connectivity, enrollment, replica_pull
from sync.client import CentralError


@dataclass
class Beat:
    state: str  # the connectivity state after this beat
    answered: bool  # the central gave a valid signed answer
    came_back: bool = False  # the state before was not `online`, now it is
    latency_s: float | None = None
    error: str | None = None
    behind: list[str] = field(default_factory=list)  # datasets the central has newer
    pending: int = 0  # records waiting in the outbox
    heads: dict[str, int] = field(default_factory=dict)  # the central's head versions


def beat(profile_root: Path, store: Store, *, interval_s: float = connectivity.HEARTBEAT_S) -> Beat:
    """One heartbeat; records the outcome in the store. Never raises for a network or
    protocol problem (that is the measurement)."""
    enr = enrollment.load(profile_root)
    with store.read() as conn:
        token = enrollment.credential(conn)
        workstation = str(settings.get(conn, "workstation_id"))
        before = connectivity.state_of(conn)
    nonce = secrets.token_hex(16)
    t0 = time.monotonic()
    try:
        with enr.client(token) as client:
            message = client.heartbeat(nonce)
        latency = time.monotonic() - t0
        payload = check_heartbeat(enr.signing_key, message, workstation, nonce)
    except (CentralError, ProtocolError) as e:
        error = str(e) if isinstance(e, CentralError) else f"heartbeat refused: {e}"
        with store.write() as conn:
            state = connectivity.record_failure(conn, error).state
        return Beat(state=state, answered=False, error=error)
    central_time = dt.datetime.fromisoformat(payload["time"])
    # Skew: the central's stamp against the middle of our request (informational).
    skew = (
        (central_time - clock.now()).total_seconds() + latency / 2
        if central_time.tzinfo is not None
        else None
    )
    heads = {k: int(v) for k, v in payload["heads"].items()}
    with store.write() as conn:
        c = connectivity.record_success(
            conn,
            latency_s=latency,
            heartbeat_s=interval_s,
            clock_skew_s=skew,
            central_heads=heads,
        )
        local = {ds: replica_pull.position(conn, ds).version for ds in heads if ds in DATASETS}
        pending = journal.counts(conn)["pending"]
    behind = [ds for ds, v in local.items() if heads[ds] > v]
    return Beat(
        state=c.state,
        answered=True,
        came_back=before != connectivity.ONLINE and c.state == connectivity.ONLINE,
        latency_s=latency,
        behind=behind,
        pending=pending,
        heads=heads,
    )
