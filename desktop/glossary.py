"""The domain's words as message codes: one code, so one translation, per act.

Directions, decisions, list actions, severities, roles, refusal reason codes and the
reasons a document is listed are data (the records, the JSON and the command line keep
the value itself: "deny_entry"); inside a sentence or in a table of the window they are
shown through these codes, so every screen says the same word for the same act
(`ui/glossary.py`). The English of each code is the value, as the CLI always printed it.
"""

from __future__ import annotations

from desktop.messages import CATALOGUE, Message, define, joined, msg

TERMS: dict[str, tuple[str, ...]] = {
    "direction": ("entry", "exit"),
    "decision": ("admit", "refer", "refuse"),
    "action": ("refer", "deny_entry", "deny_exit", "arrest"),
    "severity": ("critical", "high", "medium", "low"),
    "role": ("officer", "supervisor", "installer"),
    # the default refusal reasons (desktop.inspection.workflow.REASON_CODES); a site's own
    # codes are shown as they are
    "reason": (
        "WATCHLIST_HIT",
        "DOCUMENT_INVALID",
        "NO_VALID_PERMIT",
        "EXIT_BAN",
        "CHIP_FAILED",
        "OFFICER_DISCRETION",
    ),
    "document_reason": ("lost", "stolen", "revoked"),
    # the replica's lists (an alert or a hit names the list it came from)
    "dataset": ("persons", "documents", "exit_bans", "entry_permits", "manifests"),
    # romanisation systems and dialects named in the name scorer's reasons
    "romanisation": (
        "Hanyu Pinyin",
        "Wade-Giles",
        "Tongyong Pinyin",
        "MPS II",
        "Cantonese (HK)",
        "Gwoyeu Romatzyh",
        "Mandarin",
        "Hokkien",
        "Teochew",
        "Hakka",
        "Cantonese",
        "Hainanese",
        "Fuzhou",
        "Macau",
        "Taiwan customary",
        "Revised Romanization",
        "Korean passport spelling",
        "McCune-Reischauer",
    ),
    # MRZ fields named inside messages
    "field": (
        "birth date",
        "expiry date",
        "document number",
        "optional data",
        "composite",
        "issuing state",
        "nationality",
    ),
}

define({f"term.{kind}.{value}": value for kind, values in TERMS.items() for value in values})


def term(kind: str, value: str) -> Message | str:
    """The glossary's message for `value`, or the value itself where it has no entry."""
    code = f"term.{kind}.{value}"
    return msg(code) if code in CATALOGUE else value


def terms(kind: str, values: str, separator: str = "/") -> Message | str:
    """Several values written with `separator` ("Hanyu Pinyin/Wade-Giles"), each a term."""
    parts = values.split(separator)
    if len(parts) == 1:
        return term(kind, values)
    return joined((term(kind, p) for p in parts), separator)
