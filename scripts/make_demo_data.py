#!/usr/bin/env python3
"""Writes resources/demo/: the demo's watchlists (JSON Lines interchange format of
DESIGN.md) and travellers (MRZ lines) that exercise each kind of hit. Every person here
is fictitious. Re-run after changing the cases; the output is committed."""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from desktop.documents.mrz import compose  # noqa: E402

OUT = ROOT / "resources" / "demo"
TODAY = dt.date(2026, 11, 27)

PERSONS = [
    {
        "id": "POI-0001",
        "names": ["林志明", "LIN, CHIH-MING"],
        "birth_date": "1971-03-14",
        "nationality": "TWN",
        "sex": "M",
        "action": "arrest",
        "list": "national warrant",
    },
    {
        "id": "POI-0002",
        "names": ["王小明", "WANG, XIAOMING"],
        "birth_date": "1985",
        "nationality": "CHN",
        "sex": "M",
        "action": "deny_entry",
        "list": "entry ban",
    },
    {
        "id": "POI-0003",
        "names": ["陳美玲", "CHAN, MEI LING"],
        "birth_date": "1990-07",
        "nationality": "HKG",
        "sex": "F",
        "action": "refer",
        "list": "customs interest",
    },
    {
        "id": "POI-0004",
        "names": ["IVANOV, SERGEI PETROVICH", "IVANOFF, SERGEY"],
        "birth_date": "1968-11-02",
        "nationality": "RUS",
        "sex": "M",
        "action": "deny_entry",
        "list": "entry ban",
    },
    {
        "id": "POI-0005",
        "names": ["AL-HASHIMI, MOHAMMED ABDULLAH"],
        "birth_date": "1979",
        "nationality": "XXX",
        "sex": "M",
        "action": "refer",
        "list": "interpol notice",
    },
]
EXIT_BANS = [
    {
        "id": "EB-0001",
        "names": ["張家豪", "CHANG, CHIA-HAO"],
        "birth_date": "1982-05-20",
        "nationality": "TWN",
        "document_number": "310456789",
        "reason": "unpaid taxes",
    },
]
ENTRY_PERMITS = [
    {
        "permit_number": "EP20261101",
        "names": ["NGUYEN, THI LAN"],
        "birth_date": "1996-02-09",
        "document_number": "C4821937",
        "valid_from": "2026-11-01",
        "valid_until": "2027-01-31",
        "entries_allowed": 1,
        "entries_used": 0,
    },
    {
        "permit_number": "EP20260901",
        "names": ["SANTOS, MARIA CLARA"],
        "birth_date": "1992-12-01",
        "document_number": "P7719306",
        "valid_from": "2026-09-01",
        "valid_until": "2026-11-15",
        "entries_allowed": 1,
        "entries_used": 0,
    },
]
STOLEN = [
    {"document_number": "X3309821", "issuing_state": "JPN", "type": "P", "reason": "stolen"},
    {"document_number": "300112233", "issuing_state": "TWN", "type": "P", "reason": "lost"},
]


def filler_documents(n: int) -> list[dict[str, str]]:
    rng = random.Random(7)
    states = ["TWN", "CHN", "HKG", "JPN", "KOR", "USA", "PHL", "VNM", "THA", "MYS"]
    out = []
    for _ in range(n):
        out.append(
            {
                "document_number": "".join(rng.choices("0123456789", k=9)),
                "issuing_state": rng.choice(states),
                "type": "P",
                "reason": rng.choice(["lost", "stolen", "revoked"]),
            }
        )
    return out


# (label, direction, fields): each shows one behaviour of screening.
TRAVELLERS = [
    (
        "clean traveller",
        "entry",
        dict(
            issuing_state="TWN",
            surname="HUANG",
            given_names="YI TING",
            document_number="312345678",
            nationality="TWN",
            birth_date="1994-06-30",
            sex="F",
            expiry_date="2033-06-29",
        ),
    ),
    (
        "person of interest, Wade-Giles vs listed Han + Wade-Giles (arrest)",
        "entry",
        dict(
            issuing_state="TWN",
            surname="LIN",
            given_names="CHIH MING",
            document_number="318877665",
            nationality="TWN",
            birth_date="1971-03-14",
            sex="M",
            expiry_date="2030-01-09",
        ),
    ),
    (
        "person of interest, Cantonese spelling of a listed Pinyin name (deny entry)",
        "entry",
        dict(
            issuing_state="CHN",
            surname="WONG",
            given_names="SIU MING",
            document_number="EA1234567",
            nationality="CHN",
            birth_date="1985-09-18",
            sex="M",
            expiry_date="2031-04-01",
        ),
    ),
    (
        "stolen document",
        "entry",
        dict(
            issuing_state="JPN",
            surname="SATO",
            given_names="HARUKI",
            document_number="X3309821",
            nationality="JPN",
            birth_date="1988-01-22",
            sex="M",
            expiry_date="2029-08-15",
        ),
    ),
    (
        "exit ban (only on exit)",
        "exit",
        dict(
            issuing_state="TWN",
            surname="CHANG",
            given_names="CHIA HAO",
            document_number="310456789",
            nationality="TWN",
            birth_date="1982-05-20",
            sex="M",
            expiry_date="2032-02-28",
        ),
    ),
    (
        "valid entry permit",
        "entry",
        dict(
            issuing_state="VNM",
            surname="NGUYEN",
            given_names="THI LAN",
            document_number="C4821937",
            nationality="VNM",
            birth_date="1996-02-09",
            sex="F",
            expiry_date="2031-07-07",
        ),
    ),
    (
        "expired entry permit",
        "entry",
        dict(
            issuing_state="PHL",
            surname="SANTOS",
            given_names="MARIA CLARA",
            document_number="P7719306",
            nationality="PHL",
            birth_date="1992-12-01",
            sex="F",
            expiry_date="2030-03-03",
        ),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    datasets = {
        "persons": PERSONS,
        "exit_bans": EXIT_BANS,
        "entry_permits": ENTRY_PERMITS,
        "documents": STOLEN + filler_documents(2000),
    }
    for name, rows in datasets.items():
        with open(OUT / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(OUT / "travellers.txt", "w", encoding="utf-8") as f:
        f.write("# Demo travellers: paste the MRZ lines into the Inspection tab.\n")
        for label, direction, fields in TRAVELLERS:
            dates = {k: dt.date.fromisoformat(fields[k]) for k in ("birth_date", "expiry_date")}
            lines = compose("TD3", document_code="P", **{**fields, **dates})
            f.write(f"\n# {label} — direction: {direction}\n" + "\n".join(lines) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
