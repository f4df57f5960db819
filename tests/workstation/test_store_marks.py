"""A new workstation in a directory that held an older one: the old anchor and
incidents are kept aside, so the new store is not called an older copy."""

from __future__ import annotations

import json

from desktop import officers
from desktop.config import Profile
from local_store import integrity


def test_init_retires_a_previous_workstations_anchor_and_incidents(tmp_path):
    profile = Profile(tmp_path / "p")
    profile.ensure_dir()
    anchor = integrity.anchor_path(profile.database)
    anchor.write_text(json.dumps({"seq": 500, "hash": "ab" * 32}))
    integrity.record_incident(profile.database, "empty", "old workstation")
    with officers.initialise(profile, "inst", "install-pass"):
        pass
    with officers.unlock(profile, None, None, purpose="test") as s:
        assert s.store.incidents == []
    assert not anchor.exists()
    kept = sorted(p.name.split(".retired-")[0] for p in profile.root.glob("*.retired-*"))
    assert kept == ["store.db.anchor", "store.db.incidents"]


def test_background_rounds_read_every_page_at_most_hourly(tmp_path):
    import os

    from desktop import sync_jobs
    from local_store import settings

    profile = Profile(tmp_path / "p")
    with officers.initialise(profile, "inst", "install-pass") as s:
        with s.store.write() as c:
            settings.put(c, "pad", "p" * 100_000)
        assert sync_jobs.check_store(s.store, every_s=3600) == []
        with s.store.engine.connect() as c:  # the pad into store.db itself
            c.connection.dbapi_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db = profile.database
        with open(db, "r+b") as f:
            f.seek(db.stat().st_size - 10 * 4096 + 99)
            b = f.read(1)
            f.seek(-1, os.SEEK_CUR)
            f.write(bytes([b[0] ^ 0x10]))
        assert sync_jobs.check_store(s.store, every_s=3600) == []  # checked a moment ago
        assert sync_jobs.check_store(s.store, every_s=0)  # due: found
    assert [i.problem for i in integrity.open_incidents(db)] == ["malformed"]
