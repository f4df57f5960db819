"""One inspection: the officer's decision on a screened traveller, checked against the
rules and written in ONE local transaction (journal record + outbox entry + audit
entry), so a crash leaves either the whole record or nothing.

Decision rules (headless and GUI alike):
- `refuse` needs a reason code; `refer` may have one; codes come from the configurable
  list (settings `inspection.reason_codes`, defaults in REASON_CODES);
- `admit` is not allowed on an invalid document, nor with a blocking hit (a person of
  interest with `deny_entry`/`arrest`, an exit ban on exit, any hit of critical or high
  severity such as an exactly matching lost/stolen/revoked document), unless a
  supervisor overrides (clears the hit) — the override is in the record. Weaker hits
  (look-alike numbers, partial name matches) are the officer's call and are recorded;
- every record carries the replica versions it was screened against, the measured
  `connectivity` at that moment (online/degraded/offline), whether it was made offline
  (`recorded_offline`: connectivity `offline`) and in emergency mode, which is what the
  central's post-hoc re-screening keys on (anything but `online`, or emergency).
- a stale or unverified list acts through its policy (`stale_policy.assess`): `refer`
  (travellers of configured categories) or `block_admit` refuse an `admit` without a
  supervisor's override, like a blocking hit; the record keeps what was stale
  (`stale_policy`), the lists' ages (`replica_age_s`) and the mode (`mode`).

The record never goes to logs or the audit log (only its uuid, seq and decision).
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass
from typing import Any

from desktop.errors import NegativeResult, UsageError
from desktop.inspection import emergency, stale_policy
from local_store import Store, audit, journal, settings
from sync import clock, connectivity, replica_pull

DECISIONS = ("admit", "refer", "refuse")
DIRECTIONS = ("entry", "exit")
REASON_CODES = (
    "WATCHLIST_HIT",
    "DOCUMENT_INVALID",
    "NO_VALID_PERMIT",
    "EXIT_BAN",
    "CHIP_FAILED",
    "OFFICER_DISCRETION",
)
REASON_CODES_KEY = "inspection.reason_codes"
BLOCKING_ACTIONS = {"deny_entry", "arrest"}
BLOCKING_SEVERITIES = {"critical", "high"}

DOCUMENT_FIELDS = (
    "document_code",
    "issuing_state",
    "document_number",
    "surname",
    "given_names",
    "nationality",
    "birth_date",
    "sex",
    "expiry_date",
)


class NotRecorded(NegativeResult):
    """The decision breaks a rule: nothing was written (exit 1)."""


@dataclass(frozen=True)
class Decision:
    direction: str
    decision: str
    reason: str | None = None
    note: str | None = None
    override: bool = False


# What a record keeps of a face verification (desktop.biometrics): never an image.
FACE_FIELDS = ("score", "threshold", "verdict", "model", "reason", "liveness")


def reason_codes(store: Store) -> tuple[str, ...]:
    with store.read() as conn:
        codes = settings.get(conn, REASON_CODES_KEY)
    return tuple(codes) if codes else REASON_CODES


def _blocking(hits: list[dict[str, Any]], direction: str) -> list[dict[str, Any]]:
    out = []
    for h in hits:
        action = h.get("action")
        if action == "deny_exit":
            if direction == "exit":
                out.append(h)
        elif action in BLOCKING_ACTIONS or h.get("severity") in BLOCKING_SEVERITIES:
            out.append(h)
    return out


def check(
    decision: Decision,
    document: dict[str, Any],
    hits: list[dict[str, Any]],
    codes: tuple[str, ...],
    role: str,
    override_by: str | None = None,
    assessment: stale_policy.Assessment | None = None,
) -> None:
    """Raise UsageError (malformed) or NotRecorded (rule refused)."""
    if decision.direction not in DIRECTIONS:
        raise UsageError(f"--direction must be entry or exit, not {decision.direction!r}")
    if decision.decision not in DECISIONS:
        raise UsageError(f"--decision must be one of {', '.join(DECISIONS)}")
    if decision.reason is not None and decision.reason not in codes:
        raise UsageError(f"unknown reason code {decision.reason!r} (one of {', '.join(codes)})")
    if decision.decision == "refuse" and not decision.reason:
        raise UsageError("a refusal needs --reason CODE")
    if decision.override and role not in ("supervisor", "installer") and not override_by:
        raise NotRecorded("only a supervisor may override a hit")
    if decision.decision == "admit" and not decision.override:
        if document.get("valid") is False:
            raise NotRecorded(
                "not recorded: the document failed its checks ("
                + "; ".join(document.get("errors") or ["invalid"])
                + "); refer or refuse (reason DOCUMENT_INVALID), or a supervisor overrides"
            )
        blocking = _blocking(hits, decision.direction)
        if blocking:
            what = ", ".join(f"{h['dataset']} {h['key']} ({h['action']})" for h in blocking)
            raise NotRecorded(
                f"not recorded: admit with a blocking hit ({what}); refer or refuse, or a "
                "supervisor clears the hit (--override)"
            )
        if assessment is not None and assessment.blocks_admit:
            what = "; ".join(
                c.describe() for c in assessment.conditions if c.applies and c.action != "warn"
            )
            raise NotRecorded(
                f"not recorded: the stale-list policy allows no admit without a supervisor "
                f"({what}); refer, or a supervisor overrides"
            )


def record(
    store: Store,
    *,
    officer: str,
    role: str,
    document: dict[str, Any],
    hits: list[dict[str, Any]],
    decision: Decision,
    override_by: str | None = None,
    face: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Check the rules and write the record. Returns the record as stored (with seq).

    `override_by`: the supervisor who cleared the hits at an officer's counter, already
    authenticated by the caller (`desktop.officers.authorise_override`)."""
    with store.read() as conn:
        assessment = stale_policy.assess(conn, document, hits, decision.direction)
    check(decision, document, hits, reason_codes(store), role, override_by, assessment)
    record_uuid = str(uuidlib.uuid4())
    recorded_at = clock.now_iso()
    with store.write() as conn:
        workstation = settings.get(conn, "workstation_id")
        mode = emergency.status(conn)
        lists = replica_pull.status(conn)
        rec: dict[str, Any] = {
            "workstation": workstation,
            "direction": decision.direction,
            "decision": decision.decision,
            "reason": decision.reason,
            "note": decision.note,
            **{f: document.get(f) for f in DOCUMENT_FIELDS},
            "document_valid": document.get("valid"),
            "officer": officer,
            "emergency": mode["active"],
            "mode": "emergency" if mode["active"] else "normal",
            # Measured (heartbeat, aged when nobody measures): the central re-screens
            # every record not made `online`.
            "connectivity": (state := connectivity.state_of(conn)),
            "recorded_offline": state == connectivity.OFFLINE,
            "override": decision.override,
            "override_by": (override_by or officer) if decision.override else None,
            "hits": [
                {k: h.get(k) for k in ("dataset", "key", "action", "score", "severity")}
                for h in hits
            ],
            "replica": {ds: v["version"] for ds, v in lists.items()},
            "replica_age_s": {ds: v["age_s"] for ds, v in lists.items()},
            "stale_policy": assessment.to_record(),
        }
        # Issue 18: the face verification's outcome, numbers and words only (no image).
        if face is not None:
            rec["face"] = {k: face.get(k) for k in FACE_FIELDS if k in face}
        entry = journal.append(
            conn, uuid=record_uuid, kind="inspection", recorded_at=recorded_at, record=rec
        )
        audit.append(
            conn,
            officer,
            "inspection_recorded",
            {
                "uuid": record_uuid,
                "seq": entry.seq,
                "decision": decision.decision,
                "override": decision.override,
            },
        )
    return dict(entry.record)
