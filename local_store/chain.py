"""Checking the hash chains of the journal and the audit log.

The chain itself (GENESIS, `link`) is the protocol's (`protocol`), because the central
checks the journal's hashes with the same formula. (Someone holding the key could
rewrite a whole chain: the journal's hashes also travel to the central system with each
record, which anchors them.)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from protocol import GENESIS, link


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
