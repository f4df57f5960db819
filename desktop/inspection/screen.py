"""Screening for the inspection workflow.

Uses `desktop.screening` (the screening area's matcher over the replica) when it offers
`screen_document`; until then, the exact checks that need no name matching: lost /
stolen / revoked documents by number and issuing state, exit bans by document number,
and persons of interest whose published name has the same tokens and a compatible date
of birth. Hits: `{dataset, key, action, score, reason}`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from sqlalchemy import Connection, select

from local_store.schema import documents, exit_bans, persons


def _tokens(name: str) -> frozenset[str]:
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).upper()
    return frozenset(t for t in re.split(r"[^0-9A-Z]+", folded) if t)


def _dates_compatible(listed: str | None, seen: str | None) -> bool:
    return not listed or not seen or seen.startswith(listed) or listed.startswith(seen)


def screen(conn: Connection, document: dict[str, Any], direction: str) -> list[dict[str, Any]]:
    try:
        from desktop.screening import screen_document  # type: ignore[attr-defined]
    except ImportError:
        return _exact_checks(conn, document, direction)
    return list(screen_document(conn, document, direction))


def _exact_checks(conn: Connection, doc: dict[str, Any], direction: str) -> list[dict[str, Any]]:
    hits: list[dict[str, Any]] = []
    number, state = doc.get("document_number"), doc.get("issuing_state")
    if number and state:
        for r in conn.execute(
            select(documents).where(
                documents.c.document_number == number, documents.c.issuing_state == state
            )
        ):
            hits.append(
                {
                    "dataset": "documents",
                    "key": f"{number}/{state}/{r.type}",
                    "action": r.reason,
                    "score": 1.0,
                    "reason": f"document reported {r.reason}",
                }
            )
    birth = doc.get("birth_date")
    wanted = _tokens(f"{doc.get('surname') or ''} {doc.get('given_names') or ''}")
    year = int(birth[:4]) if birth and birth[:4].isdigit() else None
    if direction == "exit":
        seen = set()
        if number:
            for r in conn.execute(select(exit_bans).where(exit_bans.c.document_number == number)):
                seen.add(r.id)
                hits.append(
                    {
                        "dataset": "exit_bans",
                        "key": r.id,
                        "action": "exit_ban",
                        "score": 1.0,
                        "reason": "exit ban on this document",
                    }
                )
        if wanted and year:
            for r in conn.execute(select(exit_bans).where(exit_bans.c.birth_year == year)):
                if (
                    r.id not in seen
                    and _name_hit(r.names, wanted)
                    and _dates_compatible(r.birth_date, birth)
                ):
                    hits.append(
                        {
                            "dataset": "exit_bans",
                            "key": r.id,
                            "action": "exit_ban",
                            "score": 1.0,
                            "reason": "exit ban on this person",
                        }
                    )
    if wanted and year:
        for r in conn.execute(select(persons).where(persons.c.birth_year == year)):
            if (
                _name_hit(r.names, wanted)
                and _dates_compatible(r.birth_date, birth)
                and (
                    not r.nationality
                    or not doc.get("nationality")
                    or r.nationality == doc["nationality"]
                )
            ):
                hits.append(
                    {
                        "dataset": "persons",
                        "key": r.id,
                        "action": r.action,
                        "score": 1.0,
                        "reason": f"listed person ({r.list or 'list'})",
                    }
                )
    return hits


def _name_hit(names_json: str, wanted: frozenset[str]) -> bool:
    return any(_tokens(n) == wanted for n in json.loads(names_json))
