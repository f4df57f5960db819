"""The decision rules of an inspection, in one place for the window and `inspect`:

- `refuse` needs a reason code; `refer` may have one; codes come from the configurable
  list (settings `inspection.reason_codes`, defaults in REASON_CODES);
- `admit` is not allowed on an invalid document, nor with a blocking hit (a person of
  interest with `deny_entry`/`arrest`, an exit ban on exit, any hit of critical or high
  severity such as an exactly matching lost/stolen/revoked document), unless a
  supervisor overrides (clears the hit) — the override is in the record. Weaker hits
  (look-alike numbers, partial name matches) are the officer's call and are recorded;
- a stale or unverified list acts through its policy (`stale_policy.assess`): `refer`
  (travellers of configured categories) or `block_admit` refuse an `admit` without a
  supervisor's override, like a blocking hit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection

from desktop.errors import NegativeResult, UsageError
from desktop.glossary import term
from desktop.inspection import stale_policy
from desktop.inspection.traveller import Traveller
from desktop.messages import Message, define, joined, msg
from desktop.screening.checks import Hit
from local_store import settings
from protocol import DECISIONS, DIRECTIONS

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

# The English is the command line's (word for word); the window's catalogue names the
# F12 key where the command line names its flag.
define(
    {
        "inspection.bad_direction": "--direction must be entry or exit, not {direction!r}",
        "inspection.bad_decision": "--decision must be one of {decisions}",
        "inspection.unknown_reason": "unknown reason code {reason!r} (one of {codes})",
        "inspection.reason_needed": "a refusal needs --reason CODE",
        "inspection.override_role": "only a supervisor may override a hit",
        "inspection.invalid": "invalid",
        "inspection.document_invalid": "not recorded: the document failed its checks "
        "({errors}); refer or refuse (reason {reason}), or a supervisor overrides",
        "inspection.blocking_hit": "{dataset} {key} ({action})",
        "inspection.blocked": "not recorded: admit with a blocking hit ({what}); refer or "
        "refuse, or a supervisor clears the hit (--override)",
        "inspection.stale_blocked": "not recorded: the stale-list policy allows no admit "
        "without a supervisor ({what}); refer, or a supervisor overrides",
        "inspection.override_note": "not recorded: a supervisor clearing an arrest or a "
        "denial ({what}) must give a note for the record",
    }
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


def reason_codes(conn: Connection) -> tuple[str, ...]:
    codes = settings.get(conn, REASON_CODES_KEY)
    return tuple(codes) if codes else REASON_CODES


def blocking(hits: Sequence[Hit], direction: str) -> list[Hit]:
    """The hits that forbid an `admit` without a supervisor."""
    out = []
    for h in hits:
        if h.action == "deny_exit":
            if direction == "exit":
                out.append(h)
        elif h.action in BLOCKING_ACTIONS or h.severity in BLOCKING_SEVERITIES:
            out.append(h)
    return out


def note_required(hits: Sequence[Hit]) -> list[Hit]:
    """The hits whose clearance by a supervisor at the counter (F12) needs a note for the
    record: an `arrest` or a `deny_*` action (deny_entry, deny_exit)."""
    return [h for h in hits if h.action == "arrest" or h.action.startswith("deny_")]


def check(
    decision: Decision,
    traveller: Traveller,
    hits: Sequence[Hit],
    codes: tuple[str, ...],
    role: str,
    override_by: str | None = None,
    assessment: stale_policy.Assessment | None = None,
) -> None:
    """Raise UsageError (malformed) or NotRecorded (rule refused)."""
    if decision.direction not in DIRECTIONS:
        raise UsageError(msg("inspection.bad_direction", direction=decision.direction))
    if decision.decision not in DECISIONS:
        raise UsageError(msg("inspection.bad_decision", decisions=", ".join(DECISIONS)))
    if decision.reason is not None and decision.reason not in codes:
        raise UsageError(
            msg("inspection.unknown_reason", reason=decision.reason, codes=", ".join(codes))
        )
    if decision.decision == "refuse" and not decision.reason:
        raise UsageError(msg("inspection.reason_needed"))
    if decision.override and role not in ("supervisor", "installer") and not override_by:
        raise NotRecorded(msg("inspection.override_role"))
    # F12 (a supervisor at an officer's counter: `override_by`) on an arrest or a denial
    # needs a note; the command line's own `--override` is left as it always was.
    if decision.override and override_by and not (decision.note or "").strip():
        noted = note_required(hits)
        if noted:
            what = joined((_blocking_hit(h) for h in noted), ", ")
            raise NotRecorded(msg("inspection.override_note", what=what))
    if decision.decision == "admit" and not decision.override:
        if traveller.valid is False:
            errors = traveller.errors or (msg("inspection.invalid"),)
            raise NotRecorded(
                msg("inspection.document_invalid", errors=joined(errors, "; "),
                    reason=term("reason", "DOCUMENT_INVALID"))
            )  # fmt: skip
        found = blocking(hits, decision.direction)
        if found:
            what = joined((_blocking_hit(h) for h in found), ", ")
            raise NotRecorded(msg("inspection.blocked", what=what))
        if assessment is not None and assessment.blocks_admit:
            what = joined(
                c.describe() for c in assessment.conditions if c.applies and c.action != "warn"
            )
            raise NotRecorded(msg("inspection.stale_blocked", what=what))


def _blocking_hit(h: Hit) -> Message:
    """A blocking hit as "persons P1 (arrest)", the list and the action as glossary terms."""
    action = term("action", h.action) if h.action else str(h.action)
    return msg("inspection.blocking_hit", dataset=term("dataset", h.dataset), key=h.key,
               action=action)  # fmt: skip


# What a hit says a refusal or referral is about, by list: the window preselects it.
_REASON_OF_DATASET = {
    "persons": "WATCHLIST_HIT",
    "documents": "DOCUMENT_INVALID",  # lost, stolen or revoked
    "entry_permits": "NO_VALID_PERMIT",
}


def suggest_reason(
    hits: Sequence[Hit],
    direction: str,
    codes: Sequence[str],
    *,
    document_valid: bool | None = True,
    chip_failed: bool = False,
) -> str | None:
    """The reason code a refusal or referral most likely has, for the officer to confirm:
    an exit ban on exit first (it is why the traveller may not leave), then the hits
    most severe first (a person -> WATCHLIST_HIT, a listed document -> DOCUMENT_INVALID,
    an entry permit -> NO_VALID_PERMIT), then a document failing its checks, then a chip
    that failed. None when nothing suggests one or the site's codes lack it."""
    wanted: list[str] = []
    if direction == "exit" and any(h.action == "deny_exit" for h in hits):
        wanted.append("EXIT_BAN")
    for h in hits:
        code = _REASON_OF_DATASET.get(h.dataset)
        if code is not None:
            wanted.append(code)
    if document_valid is False:
        wanted.append("DOCUMENT_INVALID")
    if chip_failed:
        wanted.append("CHIP_FAILED")
    return next((c for c in wanted if c in codes), None)
