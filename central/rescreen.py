"""Post-hoc screening on the central: a record made offline or in emergency mode is
checked again against the central's current lists; every hit the counter did not
record (it could not have seen it: its replica was older) becomes an alert for the
workstation's supervisor.

Checks: lost/stolen/revoked documents (document number + issuing state), exit bans
(exit only: document number, or names + date of birth), persons of interest (names +
date of birth + nationality). People are compared by the workstation's own name engine
with the record's birth date, nationality and sex (`desktop.screening.match_person`,
the counter's `compare_people`), so the central's answer and the counter's are
computed alike; without it the central does not start (there is no weaker fallback that
would pass a renamed or broken engine unnoticed). Candidates are the rows sharing any of
the counter's blocking keys with the record's name (`keys.index_keys` /
`keys.query_keys`, typos included): a spelling variant (TAN / CHEN ZHI-HAO, USAMA /
OSAMA) shares no exact token with the listed name (review names6, finding 3).
"""

from __future__ import annotations

import json
import threading
import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, ClassVar

from sqlalchemy import Connection, insert, select

import protocol
from central import db
from desktop.screening import match_person
from desktop.screening.keys import index_keys, query_keys

_ALERT_NS = uuid.UUID("5b0d1c8e-7c39-4f0e-9a55-3f9a3c1c2b10")


def display_key(dataset: str, row: dict[str, Any]) -> str:
    """The key shown in hits and alerts: the key field, or key fields joined by '/'."""
    return "/".join(str(row[f]) for f in protocol.DATASET_KEYS[dataset])


@dataclass
class _NameIndex:
    version: int
    by_key: dict[int, list[dict[str, Any]]]  # the counter's name blocking keys
    by_number: dict[str, list[dict[str, Any]]]


class Rescreener:
    """Per-process screening indexes over `dataset_rows`, rebuilt when a dataset's
    published version changes."""

    _lock = threading.Lock()
    _instances: ClassVar[dict[int, Rescreener]] = {}

    def __init__(self) -> None:
        self._indexes: dict[str, _NameIndex] = {}
        self._person_match = match_person

    @classmethod
    def for_connection(cls, conn: Connection) -> Rescreener:
        key = id(conn.engine)
        with cls._lock:
            inst = cls._instances.get(key)
            if inst is None:
                inst = cls._instances[key] = Rescreener()
            return inst

    def _index(self, conn: Connection, dataset: str) -> _NameIndex:
        version = conn.execute(
            select(db.dataset_heads.c.version).where(db.dataset_heads.c.dataset == dataset)
        ).scalar()
        version = version or 0
        idx = self._indexes.get(dataset)
        if idx is not None and idx.version == version:
            return idx
        by_key: dict[int, list[dict[str, Any]]] = defaultdict(list)
        by_number: dict[str, list[dict[str, Any]]] = defaultdict(list)
        c = db.dataset_rows.c
        for (text,) in conn.execute(select(c.row).where(c.dataset == dataset)):
            row = json.loads(text)
            for k in index_keys([n for n in row.get("names", []) if n]):
                by_key[k].append(row)
            if row.get("document_number"):
                by_number[row["document_number"]].append(row)
        idx = self._indexes[dataset] = _NameIndex(version, dict(by_key), dict(by_number))
        return idx

    def screen(self, conn: Connection, record: dict[str, Any]) -> list[dict[str, Any]]:
        """Hits of one inspection record against the current lists."""
        hits: list[dict[str, Any]] = []
        number = record.get("document_number") or ""
        state = record.get("issuing_state") or ""
        if number and state:
            prefix = json.dumps([number, state], ensure_ascii=False, separators=(",", ":"))[:-1]
            c = db.dataset_rows.c
            for (text,) in conn.execute(
                select(c.row).where(
                    c.dataset == "documents", c.key >= prefix + ",", c.key < prefix + ",\uffff"
                )
            ):
                row = json.loads(text)
                hits.append(_hit("documents", row, "refer"))
        surname = record.get("surname") or ""
        given = record.get("given_names") or ""
        wanted = (
            query_keys([f"{surname}, {given}" if given else surname]) if surname or given else set()
        )
        if record.get("direction") == "exit":
            idx = self._index(conn, "exit_bans")
            seen: set[str] = set()
            for row in idx.by_number.get(number, []) if number else []:
                seen.add(row["id"])
                hits.append(_hit("exit_bans", row, "deny_exit"))
            for row in self._candidates(idx, wanted):
                if row["id"] not in seen and self._person_matches(row, record):
                    seen.add(row["id"])
                    hits.append(_hit("exit_bans", row, "deny_exit"))
        idx = self._index(conn, "persons")
        for row in self._candidates(idx, wanted):
            if not self._person_matches(row, record):
                continue
            hits.append(_hit("persons", row, row.get("action", "refer")))
        return hits

    @staticmethod
    def _candidates(idx: _NameIndex, wanted: set[int]) -> list[dict[str, Any]]:
        """Rows sharing any blocking key with the record's name, each once: the
        matcher decides."""
        seen: dict[str, dict[str, Any]] = {}
        for k in wanted:
            for row in idx.by_key.get(k, ()):
                seen.setdefault(str(row.get("id")), row)
        return list(seen.values())

    def _person_matches(self, row: dict[str, Any], record: dict[str, Any]) -> bool:
        # As the counter decides (`check_persons`, `check_exit_bans`): names, birth date,
        # nationality and sex scored together, no filter on a date or a nationality that
        # the score already takes off (a year off by one, a day and month swapped)
        return self._person_match(row, record)

    def screen_and_alert(
        self,
        conn: Connection,
        workstation: str,
        record_uuid: str,
        record: dict[str, Any],
        now: str,
        heads: dict[str, int] | None = None,
    ) -> int:
        """Alerts for the hits of a record made while the workstation was not `online`
        (or in emergency mode) that the record does not already carry; the re-screening
        itself is written to `rescreens`. Returns how many alerts were raised."""
        because = rescreen_reasons(record, heads)
        if not because:
            return 0
        known = {(h.get("dataset"), str(h.get("key"))) for h in record.get("hits") or []}
        raised = 0
        hits = self.screen(conn, record)
        if not conn.execute(
            select(db.rescreens.c.record_uuid).where(db.rescreens.c.record_uuid == record_uuid)
        ).first():
            conn.execute(
                insert(db.rescreens),
                {
                    "record_uuid": record_uuid,
                    "workstation": workstation,
                    "rescreened_at": now,
                    "because": json.dumps(because),
                    "hits": len(hits),
                    "alerts": sum((h["dataset"], h["key"]) not in known for h in hits),
                },
            )
        for hit in hits:
            if (hit["dataset"], hit["key"]) in known:
                continue
            alert_uuid = str(uuid.uuid5(_ALERT_NS, f"{record_uuid}|{hit['dataset']}|{hit['key']}"))
            exists = conn.execute(
                select(db.alerts.c.id).where(db.alerts.c.uuid == alert_uuid)
            ).first()
            if exists:
                continue
            conn.execute(
                insert(db.alerts),
                {
                    "uuid": alert_uuid,
                    "workstation": workstation,
                    "record_uuid": record_uuid,
                    "dataset": hit["dataset"],
                    "key": hit["key"],
                    "action": hit["action"],
                    "raised_at": now,
                    "acknowledged": False,
                },
            )
            raised += 1
        return raised


SCREENED_DATASETS = ("persons", "documents", "exit_bans")


def rescreen_reasons(record: dict[str, Any], heads: dict[str, int] | None = None) -> list[str]:
    """Why a record must be screened again here (empty: it need not). The workstation's
    measured `connectivity` when it made the record (absent in older records), its
    `recorded_offline` flag, emergency mode; and, given the central's current `heads`,
    `replica_behind` when the record was screened against an older version of a list
    than the central now holds (online too: a list published since the counter's last
    pull)."""
    because = []
    conn_state = record.get("connectivity")
    if record.get("recorded_offline") or conn_state == "offline":
        because.append("offline")
    elif conn_state not in (None, "online"):
        because.append(str(conn_state))
    if record.get("emergency"):
        because.append("emergency")
    screened = record.get("replica")
    if heads and isinstance(screened, dict):
        for ds in SCREENED_DATASETS:
            held = screened.get(ds)
            if isinstance(held, int) and heads.get(ds, 0) > held:
                because.append("replica_behind")
                break
    return because


def _hit(dataset: str, row: dict[str, Any], action: str) -> dict[str, Any]:
    return {"dataset": dataset, "key": display_key(dataset, row), "action": action}
