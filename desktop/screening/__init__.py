"""Watchlist screening on the local replica: the name engine (romanisations, scripts,
scores with reasons), blocking keys, and the checks by direction that return `Hit`s.

Qt-free; `central/` may use it for re-screening. Entry points:
- `score.compare_names(a, b)` -> `NameMatch` (score 0..1, reasons)
- `score.compare_people(query, listed)` -> `PersonMatch` (DOB / nationality / sex applied)
- `checks.screen(conn, traveller, direction)` -> `list[Hit]`
- `keys.NameIndexer` -> the `local_store.replica.Indexer` the composition root passes
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def match_person(listed: Mapping[str, Any], record: Mapping[str, Any]) -> bool:
    """Whether a traveller (an inspection record: surname, given_names, birth_date,
    nationality, sex) matches a listed person (a list row: names, birth_date,
    nationality, sex) at the default threshold, scored as the counter scores them
    (`score.compare_people`): the facts' penalty, and two close distinct names lifted
    to review when the facts say they may be one person (for the central's
    re-screening; names alone would keep those capped, and the alert lost)."""
    from desktop.screening.score import DEFAULT_THRESHOLD, Facts, compare_people
    from protocol.rows import known_birth_date

    surname, given = record.get("surname") or "", record.get("given_names") or ""
    query = f"{surname}, {given}" if given else surname
    listed_birth = known_birth_date(listed.get("birth_date") or "") or None
    traveller = Facts((query,), record.get("birth_date"), record.get("nationality"),
                      record.get("sex"))  # fmt: skip
    person = Facts(tuple(listed.get("names") or ()), listed_birth, listed.get("nationality"),
                   listed.get("sex"))  # fmt: skip
    return compare_people(traveller, person).score >= DEFAULT_THRESHOLD


def ensure_ready(store: object) -> list[str]:
    """Rebuild the blocking keys if they were built by another key algorithm (after a
    software update) or loaded without an indexer, in a write transaction of its own;
    returns the datasets rebuilt. When the keys are current it costs two point reads per
    dataset, so the inspection service calls it before every screening (window and
    `inspect` alike: neither screens on stale keys)."""
    from desktop.screening.keys import NameIndexer
    from local_store import replica

    indexer = NameIndexer()
    with store.read() as c:  # type: ignore[attr-defined]
        stale = [
            d for d in replica.NAME_KEY_DATASETS if not replica.index_is_current(c, d, indexer)
        ]
    if not stale:
        return []
    with store.write() as c:  # type: ignore[attr-defined]
        return replica.ensure_name_keys(c, indexer)
