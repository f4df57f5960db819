"""Hand transfer for long outages: `journal export FILE` writes the pending journal
entries sealed to the central's transport key (X25519, pinned at enrollment) and signed
by the workstation's Ed25519 key; the central's `import FILE` checks the signature,
opens the box and ingests the entries exactly like a network push, so a later replay
over the network only draws "already held" acknowledgements. Entries stay pending
here until the central acknowledges them over the network: nothing is marked sent on
the strength of a file having been written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import protocol
from local_store import Store, audit, journal
from sync import clock, enrollment, files
from sync.outbox import push_request


def plaintext(entries: list[journal.JournalEntry]) -> bytes:
    """What a hand-transfer file seals: the entries exactly as a push sends them
    (`central import` ingests them like a push)."""
    wire = [e.model_dump() for e in push_request(entries).entries]
    return json.dumps(wire, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def export_journal(
    profile_root: Path, store: Store, path: Path, actor: str, *, include_sent: bool = False
) -> dict[str, Any]:
    enr = enrollment.load(profile_root)
    with store.read() as conn:
        signer = enrollment.workstation_signing_key(conn)
        if include_sent:
            entries = journal.recent(conn, journal.last_seq(conn))
        else:
            entries = journal.pending(conn, 10**9)
    wire = [e.model_dump() for e in push_request(entries).entries]
    plain = plaintext(entries)
    box = protocol.seal(enr.transport_public_key, plain, enr.workstation_id.encode())
    message = protocol.sign(
        signer,
        {
            "type": "journal.export",
            "protocol": protocol.PROTOCOL_VERSION,
            "workstation_id": enr.workstation_id,
            "created_at": clock.now_iso(),
            "entries": len(wire),
            "first_seq": wire[0]["seq"] if wire else None,
            "last_seq": wire[-1]["seq"] if wire else None,
            "box": box,
        },
    )
    # A fresh 0600 temporary file renamed into place: a planted `FILE.tmp` symlink is
    # never followed, and nothing is left behind when the disk is full.
    files.write_private(path, lambda f: f.write(message.model_dump_json().encode("utf-8")))
    summary = {
        "file": str(path),
        "entries": len(wire),
        "first_seq": wire[0]["seq"] if wire else None,
        "last_seq": wire[-1]["seq"] if wire else None,
    }
    with store.write() as conn:
        audit.append(
            conn, actor, "journal_exported", {k: v for k, v in summary.items() if k != "file"}
        )
    return summary
