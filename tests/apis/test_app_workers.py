"""APP's screening processes and its audit writer (central/app_workers.py): the same hits
as screening in the server's process, a lost worker replaced, audit rows committed in
groups and durably, and no answer whose audit row failed."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from sqlalchemy import func, select

from central import app_check, db
from central.apis.prescreen import Mirror, screen
from central.app_workers import AuditWriter, ScreeningWorkers, WorkerError
from tests.apis.conftest import Central


def _row(i: int, **extra: Any) -> dict[str, Any]:
    return {"uuid": f"u-{i}", "at": "2026-12-04T10:00:00.000+00:00", "airline": "CI",
            "via": "test", "flight": "CI0001", "direction": "outbound", "request": "{}",
            "answer": "board", "reason": None, "hits": "[]", "latency_ms": 1, **extra}  # fmt: skip


def _count(database: db.Database) -> int:
    with database.read() as conn:
        return int(conn.execute(select(func.count()).select_from(db.app_audit)).scalar_one())


def test_audit_rows_waiting_together_share_one_durable_transaction(central: Central) -> None:
    service = app_check.AppService(central.database, None)
    with service.database.read() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    writer = AuditWriter(service.database)
    # Another writer holds SQLite's lock: the first row's transaction waits, the other
    # seven queue behind it and go in one transaction once it is through.
    blocker = db.open_database(central.state)
    with blocker.write() as conn:
        conn.exec_driver_sql("SELECT 1")
        threads = [threading.Thread(target=writer.write, args=(_row(i),)) for i in range(8)]
        for t in threads:
            t.start()
            time.sleep(0.02)
        time.sleep(0.3)
        assert _count(central.database) == 0  # nothing answered before its row is in
    for t in threads:
        t.join(30)
    blocker.dispose()
    assert _count(central.database) == 8
    assert writer.batches == 2


def test_a_failed_audit_write_fails_its_answers(central: Central) -> None:
    writer = AuditWriter(app_check.AppService(central.database, None).database)
    writer.write(_row(1))
    with pytest.raises(Exception, match="UNIQUE"):
        writer.write(_row(1))  # the same reference twice: refused, so no answer
    writer.write(_row(2))
    assert _count(central.database) == 2


def test_workers_screen_as_the_server_does_and_a_lost_one_is_replaced(central: Central) -> None:
    mirror = Mirror.for_state(central.state)
    mirror.sync(central.database)
    traveller = {"surname": "HUANG", "given_names": "MEI LING", "birth_date": "1999-06-15",
                 "nationality": "TWN", "document_number": "310765432",
                 "issuing_state": "TWN"}  # fmt: skip
    with mirror.read() as conn:
        expected = screen(conn, traveller, "exit")
    assert expected and expected[0].key == "EB-1"
    workers = ScreeningWorkers(mirror.path, 1)
    try:
        assert workers.screen(traveller, "exit", None) == expected
        lost = workers._idle.queue[0].process
        lost.kill()
        lost.join(10)
        with pytest.raises(WorkerError):
            workers.screen(traveller, "exit", None)
        assert workers.screen(traveller, "exit", None) == expected
    finally:
        workers.stop()
        mirror.dispose()
