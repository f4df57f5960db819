"""Screening for the inspection workflow: the screening area's checks by direction
(`desktop.screening.checks.screen`) on the local replica. Hits are dicts
(`Hit.to_json()`: dataset, key, action, severity, score, summary, reasons)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection


def traveller_of(document: dict[str, Any]) -> Any:
    from desktop.screening.checks import Traveller

    return Traveller(
        surname=document.get("surname") or "",
        given_names=document.get("given_names") or "",
        birth_date=document.get("birth_date"),
        nationality=document.get("nationality"),
        sex=document.get("sex"),
        document_number=document.get("document_number"),
        issuing_state=document.get("issuing_state"),
        document_type=document.get("document_code"),
        document_number_checked=bool(document.get("checks", {}).get("document_number"))
        if isinstance(document.get("checks"), dict)
        else False,
    )


def screen(conn: Connection, document: dict[str, Any], direction: str) -> list[dict[str, Any]]:
    from desktop.screening.checks import load_policy
    from desktop.screening.checks import screen as screen_traveller

    hits = screen_traveller(conn, traveller_of(document), direction, policy=load_policy(conn))
    return [h.to_json() for h in hits]
