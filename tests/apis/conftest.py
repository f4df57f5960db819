from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from central import datasets, db
from central.keys import CentralKeys, load_keys

DATA = Path(__file__).with_name("data")

# Hand-written lists: the listed people of the sample manifests, and others.
PERSONS = [
    {"id": "P-ARREST", "names": ["CHEN, CHIH MING", "陳志明"], "birth_date": "1978-03-14",
     "nationality": "TWN", "sex": "M", "action": "arrest", "list": "wanted"},
    {"id": "P-DENY", "names": ["KOWALSKI, PIOTR"], "birth_date": "2001-02-03",
     "nationality": "POL", "action": "deny_entry", "list": "refused entry"},
    {"id": "P-REFER", "names": ["WANG, DA WEI"], "birth_date": "1960-01-01",
     "nationality": "TWN", "action": "refer", "list": "watch"},
]  # fmt: skip
EXIT_BANS = [
    {"id": "EB-1", "names": ["HUANG, MEI LING"], "birth_date": "1999-06-15",
     "nationality": "TWN", "document_number": "310765432", "reason": "tax arrears"},
]  # fmt: skip
DOCUMENTS = [
    {"document_number": "C4567890", "issuing_state": "VNM", "type": "P", "reason": "stolen"},
]


@dataclass
class Central:
    state: Path
    database: db.Database
    keys: CentralKeys

    def publish(self, dataset: str, rows: list[dict[str, Any]], snapshot: bool = False) -> int:
        return datasets.publish_rows(
            self.database, self.keys, dataset, rows, snapshot=snapshot
        ).version

    def run(self, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
        from central.__main__ import main

        capsys.readouterr()
        rc = main(["--state", str(self.state), *argv])
        out = capsys.readouterr()
        return rc, out.out, out.err


@pytest.fixture
def central(tmp_path: Path) -> Iterator[Central]:
    state = tmp_path / "central"
    database = db.open_database(state)
    c = Central(state, database, load_keys(state))
    c.publish("persons", PERSONS)
    c.publish("exit_bans", EXIT_BANS)
    c.publish("documents", DOCUMENTS)
    yield c
    database.dispose()


def soon(hours: float) -> dt.datetime:
    """A local time `hours` from now at Taipei (naive, as PAXLST carries it)."""
    from zoneinfo import ZoneInfo

    now = dt.datetime.now(ZoneInfo("Asia/Taipei")).replace(second=0, microsecond=0)
    return (now + dt.timedelta(hours=hours)).replace(tzinfo=None)
