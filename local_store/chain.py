"""Hash chains for the journal and the audit log.

Each row stores `prev_hash` and `hash = sha256(prev_hash || canonical JSON of its fields)`;
the first row's `prev_hash` is GENESIS. Changing, deleting or reordering any row breaks
the chain at that row. (Someone holding the key could rewrite a whole chain: the journal's
hashes also travel to the central system with each record, which anchors them.)
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64


def canonical(obj: Any) -> bytes:
    """Deterministic JSON bytes: sorted keys, no spaces, UTF-8."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def link(prev_hash: str, fields: Mapping[str, Any]) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + canonical(dict(fields))).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    name: str
    rows: int
    ok: bool
    first_bad: Any = None  # the key (id / seq) of the first row that does not verify
    reason: str = ""

    def describe(self) -> str:
        if self.ok:
            return f"{self.name}: intact ({self.rows} rows)"
        return f"{self.name}: BROKEN at row {self.first_bad}: {self.reason}"


def verify_rows(
    name: str, key: str, rows: Iterable[Mapping[str, Any]], fields: tuple[str, ...]
) -> ChainReport:
    """Walk rows in key order; `fields` are hashed, `prev_hash`/`hash` are checked."""
    prev = GENESIS
    expected_key = 1
    count = 0
    for row in rows:
        count += 1
        k = row[key]
        if k != expected_key:
            return ChainReport(
                name,
                count,
                False,
                k,
                f"{key} {k} where {expected_key} was expected (a row is missing)",
            )
        if row["prev_hash"] != prev:
            return ChainReport(name, count, False, k, "prev_hash does not match the row before")
        if link(prev, {f: row[f] for f in fields}) != row["hash"]:
            return ChainReport(name, count, False, k, "stored values do not match the row's hash")
        prev = row["hash"]
        expected_key += 1
    return ChainReport(name, count, True)
