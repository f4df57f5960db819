"""Watchlist screening on the local replica: the name engine (romanisations, scripts,
scores with reasons), blocking keys, and the checks by direction that return `Hit`s.

Qt-free; `central/` may use it for re-screening. Entry points:
- `score.compare_names(a, b)` -> `NameMatch` (score 0..1, reasons)
- `score.compare_people(query, listed)` -> `PersonMatch` (DOB / nationality / sex applied)
- `checks.screen(conn, traveller, direction)` -> `list[Hit]`
- `keys.NameIndexer` -> the `local_store.replica.Indexer` the composition root passes
"""

from __future__ import annotations

from collections.abc import Sequence


def match_names(listed_names: Sequence[str], surname: str, given_names: str) -> bool:
    """Whether a traveller's name matches any listed name at the default threshold
    (for the central's re-screening)."""
    from desktop.screening.score import DEFAULT_THRESHOLD, compare_names

    query = f"{surname}, {given_names}" if given_names else surname
    return any(compare_names(query, n).score >= DEFAULT_THRESHOLD for n in listed_names)


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
