"""The inspection workflow's rules and its one transaction (in process, real store)."""

from __future__ import annotations

import pytest

from desktop.errors import UsageError
from desktop.inspection import emergency, service
from desktop.inspection.rules import Decision, NotRecorded
from desktop.inspection.traveller import Traveller
from desktop.screening.checks import Hit
from local_store import audit, journal
from local_store.testing import new_store

DOC = {
    "document_code": "P",
    "issuing_state": "TWN",
    "document_number": "X1",
    "surname": "HO",
    "given_names": "AN",
    "nationality": "TWN",
    "birth_date": "1960-03-03",
    "sex": "M",
    "valid": True,
}
STOLEN = {
    "dataset": "documents",
    "key": "X1/TWN/P",
    "action": "refer",
    "severity": "high",
    "score": 1.0,
}
LOOKALIKE = dict(STOLEN, key="XI/TWN/P", severity="low", score=0.45)
BAN = {
    "dataset": "exit_bans",
    "key": "EB1",
    "action": "deny_exit",
    "severity": "high",
    "score": 0.9,
}


@pytest.fixture
def store(tmp_path):
    s = new_store(tmp_path)
    yield s
    s.close()


def rec(store, decision, *, hits=(), doc=DOC, role="officer", **kw):
    decided = Decision(decision=decision, **kw)
    screened = service.Screening(
        Traveller(**doc), decided.direction, tuple(Hit(summary="", **h) for h in hits)
    )
    return service.record(
        store, officer="otto", role=role, screening=screened, decision=decided
    ).to_json()


def test_rules(store):
    with pytest.raises(UsageError, match="needs --reason"):
        rec(store, "refuse", direction="entry")
    with pytest.raises(UsageError, match="unknown reason code"):
        rec(store, "refer", direction="entry", reason="NOPE")
    with pytest.raises(NotRecorded, match="blocking hit"):
        rec(store, "admit", direction="entry", hits=[STOLEN])
    with pytest.raises(NotRecorded, match="only a supervisor"):
        rec(store, "admit", direction="entry", hits=[STOLEN], override=True)
    with pytest.raises(NotRecorded, match="failed its checks"):
        rec(store, "admit", direction="entry", doc=dict(DOC, valid=False))
    with pytest.raises(NotRecorded, match="blocking hit"):
        rec(store, "admit", direction="exit", hits=[BAN])
    with store.read() as c:
        assert journal.last_seq(c) == 0  # nothing written by a refused decision
    # Allowed: an exit ban does not block entry; a weak look-alike is the officer's call;
    # a supervisor clears a hit; an invalid document can be referred.
    assert rec(store, "admit", direction="entry", hits=[BAN])["seq"] == 1
    assert rec(store, "admit", direction="entry", hits=[LOOKALIKE])["hits"][0]["score"] == 0.45
    r = rec(store, "admit", direction="entry", hits=[STOLEN], override=True, role="supervisor")
    assert r["override"] is True
    r = rec(
        store, "refer", direction="entry", reason="DOCUMENT_INVALID", doc=dict(DOC, valid=False)
    )
    assert r["document_valid"] is False


def test_record_journal_outbox_and_audit_in_one_transaction(store):
    emergency.declare(store, "sue", "central down")
    r = rec(
        store, "refuse", direction="entry", reason="WATCHLIST_HIT", hits=[STOLEN], note="secondary"
    )
    assert r["emergency"] is True and r["recorded_offline"] is True  # never reached
    assert set(r) >= {
        "uuid",
        "workstation",
        "seq",
        "recorded_at",
        "direction",
        "decision",
        "reason",
        "document_number",
        "issuing_state",
        "surname",
        "given_names",
        "birth_date",
        "officer",
        "emergency",
        "recorded_offline",
        "hits",
    }
    assert r["hits"] == [
        {
            "dataset": "documents",
            "key": "X1/TWN/P",
            "action": "refer",
            "score": 1.0,
            "severity": "high",
        }
    ]
    with store.read() as c:
        assert journal.get(c, r["seq"]).record == r
        assert journal.counts(c)["pending"] == 2  # the declaration travels too
        events = [a["event"] for a in audit.recent(c)]
        assert "inspection_recorded" in events and "emergency_declared" in events
        assert "HO" not in str(audit.recent(c))  # no traveller data in the audit log
    with pytest.raises(UsageError, match="already active"):
        emergency.declare(store, "sue", "again")
    emergency.end(store, "sue")
    with pytest.raises(UsageError, match="not active"):
        emergency.end(store, "sue")
