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
from desktop.inspection import stale_policy
from desktop.inspection.traveller import Traveller
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
        if traveller.valid is False:
            raise NotRecorded(
                "not recorded: the document failed its checks ("
                + "; ".join(traveller.errors or ["invalid"])
                + "); refer or refuse (reason DOCUMENT_INVALID), or a supervisor overrides"
            )
        found = blocking(hits, decision.direction)
        if found:
            what = ", ".join(f"{h.dataset} {h.key} ({h.action})" for h in found)
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
