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
