"""An officer the central deactivates loses their key slot here: offline login stops."""

from __future__ import annotations

import pytest

from desktop import officers
from desktop.config import Profile
from local_store import audit
from local_store.keyslots import KeySlots
from sync.officer_list import apply_officers


@pytest.fixture
def profile(tmp_path):
    p = Profile(tmp_path / "profile")
    with officers.initialise(p, "inst", "install-pass") as s:
        officers.add_officer(s, "chen", "officer", "officer-pass")
        officers.add_officer(s, "lee", "officer", "officer-pass2")
    return p


def test_deactivated_officers_lose_their_slot_after_a_sync_round(profile):
    from desktop import sync_jobs

    with officers.unlock(profile, None, None) as s:
        with s.store.write() as c:  # the central's officer list, as a delta applies it
            apply_officers(c, [{"name": "chen", "role": "officer", "active": False}])
        sync_jobs.after_round(s)
        with s.store.read() as c:
            events = [(e["event"], e["detail"].get("name")) for e in audit.recent(c, 5)]
    assert ("officer_slot_removed", "chen") in events
    assert KeySlots(profile.keyslots).role_of("chen") is None
    assert KeySlots(profile.keyslots).role_of("lee") == "officer"
    with pytest.raises(officers.AccessDenied) as e:
        officers.unlock(profile, "chen", "officer-pass")
    assert e.value.reason == "bad_credentials"  # no slot any more: nothing to try
    officers.unlock(profile, "lee", "officer-pass2").close()


def test_a_revoked_officer_trying_to_log_in_loses_the_slot_at_once(profile):
    with officers.unlock(profile, None, None) as s, s.store.write() as c:
        apply_officers(c, [{"name": "chen", "deleted": True}])
    with pytest.raises(officers.AccessDenied) as e:
        officers.unlock(profile, "chen", "officer-pass")
    assert e.value.reason == "revoked"
    assert KeySlots(profile.keyslots).role_of("chen") is None
