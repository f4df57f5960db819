"""`desktop.expected` on a real store: the rows of this port only, "on no manifest" only
with manifests held, and a flight of days ago is not the traveller's flight today."""

from __future__ import annotations

import datetime as dt

from desktop.expected import arriving_flights, lookup
from local_store import settings
from local_store.testing import new_store
from sync.manifest_list import apply_manifests


def _row(i: int, port: str, when: str, number: str, **extra: object) -> dict:  # type: ignore[type-arg]
    return {"id": f"BR0061/ICN/x#{i}", "port": port, "direction": "inbound",
            "flight": "BR0061", "flight_key": f"BR0061/ICN/{when[:10]}", "role": "passenger",
            "surname": "CHEN", "given_names": "CHIH-MING", "birth_date": "1978-03-14",
            "document_number": number, "issuing_state": "TWN", "scheduled": when,
            "scheduled_local": when, "prescreen": [], "screened_at": when, **extra}  # fmt: skip


def test_lookup(tmp_path) -> None:  # type: ignore[no-untyped-def]
    now = dt.datetime(2026, 12, 10, 6, 0, tzinfo=dt.UTC)
    with new_store(tmp_path) as store:
        with store.read() as c:
            assert lookup(c, direction="entry", document_number="1")["state"] == "unknown"
        with store.write() as c:
            settings.put(c, "workstation.port", "TPE")
            assert apply_manifests(c, [
                _row(0, "TPE", "2026-12-10T08:00:00+00:00", "302145678"),
                _row(1, "KHH", "2026-12-10T08:00:00+00:00", "399999999"),  # another port
                _row(2, "TPE", "2026-12-07T08:00:00+00:00", "311111111"),  # days ago
            ], 1) == 2  # fmt: skip
            c.exec_driver_sql(
                "INSERT INTO replica_datasets (dataset, version, applied_at, row_count) "
                "VALUES ('manifests', 1, '2026-12-10', 3)"
            )
        with store.read() as c:
            hit = lookup(c, direction="entry", document_number="302145678", now=now)
            assert (hit["state"], hit["flight"]) == ("on_manifest", "BR0061")
            assert lookup(c, direction="exit", document_number="302145678", now=now)[
                "state"] == "on_no_manifest"  # fmt: skip
            for number in ("399999999", "311111111"):
                got = lookup(c, direction="entry", document_number=number, now=now)
                assert got == {"state": "on_no_manifest", "port": "TPE"}
            by_name = lookup(c, direction="entry", document_number=None, surname="chen",
                             birth_date="1978-03-14", now=now)  # fmt: skip
            assert by_name["state"] == "on_manifest"
            assert [f["flight_key"] for f in arriving_flights(c, now=now)] == [
                "BR0061/ICN/2026-12-10"]  # fmt: skip
        with store.write() as c:  # the central's next snapshot drops the row
            apply_manifests(c, [{"id": "BR0061/ICN/x#0", "deleted": True}], 2)
        with store.read() as c:
            assert lookup(c, direction="entry", document_number="302145678", now=now)[
                "state"] == "on_no_manifest"  # fmt: skip
