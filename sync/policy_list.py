"""The `policies` dataset: settings the central signs and the workstation obeys.

Rows are `{"name": NAME, "value": VALUE}`, published, chained and signed like every
other dataset (so a policy cannot be forged, rolled back or replayed stale). Known names:

- `stale.<dataset>` (persons, documents, exit_bans, entry_permits):
  `{"max_age_s": int, "action": "warn"|"refer"|"block_admit", "categories": [...]}` —
  past `max_age_s` since the central last confirmed the dataset (or when its last update
  failed verification) the dataset is *stale* and the action applies: `warn` shows it,
  `refer` sends travellers of the `categories` (`all`, `foreign`, `fuzzy_hit`, `any_hit`)
  to a second-line check (no admit without a supervisor), `block_admit` allows no admit
  without a supervisor;
- `home_states`: list of 3-letter codes whose nationals are not `foreign`;
- `emergency.suggest_after_s`: how long the central may be unreachable before the
  supervisor is offered emergency mode.

The workstation keeps the central's values in settings `policies.central` ({name:
value}); the decision rules are in `desktop.inspection.stale_policy`. The central
checks rows with `validate` before publishing them (`central load policies FILE`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from local_store import audit, settings

CENTRAL_KEY = "policies.central"
STALE_DATASETS = ("persons", "documents", "exit_bans", "entry_permits")
ACTIONS = ("warn", "refer", "block_admit")  # in order of strength
CATEGORIES = ("all", "foreign", "fuzzy_hit", "any_hit")
MAX_AGE_LIMIT_S = 90 * 86400


class PolicyRowError(ValueError):
    pass


def validate(name: str, value: Any) -> Any:
    """The value, normalised; PolicyRowError says what is wrong."""
    if name.startswith("stale."):
        dataset = name.removeprefix("stale.")
        if dataset not in STALE_DATASETS:
            raise PolicyRowError(f"{name}: no such list (one of {', '.join(STALE_DATASETS)})")
        if not isinstance(value, dict):
            raise PolicyRowError(f"{name}: value must be an object")
        extra = set(value) - {"max_age_s", "action", "categories"}
        if extra:
            raise PolicyRowError(f"{name}: unknown field(s) {', '.join(sorted(extra))}")
        age = value.get("max_age_s")
        if isinstance(age, bool) or not isinstance(age, int) or not 0 < age <= MAX_AGE_LIMIT_S:
            raise PolicyRowError(f"{name}: max_age_s must be whole seconds, 1 to 90 days")
        action = value.get("action")
        if action not in ACTIONS:
            raise PolicyRowError(f"{name}: action must be one of {', '.join(ACTIONS)}")
        cats = value.get("categories", [])
        if not isinstance(cats, list) or any(c not in CATEGORIES for c in cats):
            raise PolicyRowError(f"{name}: categories must be a list of {', '.join(CATEGORIES)}")
        if action == "refer" and not cats:
            raise PolicyRowError(f"{name}: action refer needs at least one category")
        return {"max_age_s": age, "action": action, "categories": sorted(set(cats))}
    if name == "home_states":
        if (
            not isinstance(value, list)
            or not value
            or any(not isinstance(s, str) or not re.fullmatch(r"[A-Z<]{3}", s) for s in value)
        ):
            raise PolicyRowError("home_states must be a list of 3-letter codes (e.g. TWN)")
        return sorted(set(value))
    if name == "emergency.suggest_after_s":
        if isinstance(value, bool) or not isinstance(value, int) or not 30 <= value <= 86400:
            raise PolicyRowError("emergency.suggest_after_s must be 30 to 86400 seconds")
        return value
    raise PolicyRowError(f"unknown policy {name!r}")


def rows_problem(rows: Sequence[dict[str, Any]]) -> tuple[int, str] | None:
    """(index, why) of the first row that cannot be applied, or None."""
    for i, r in enumerate(rows):
        if r.get("deleted") is True:
            continue
        try:
            validate(str(r.get("name", "")), r.get("value"))
        except PolicyRowError as e:
            return i, str(e)
    return None


def apply_policies(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Apply a verified chunk in the caller's transaction (audited: policy changes are
    part of the emergency log)."""
    problem = rows_problem(rows)
    if problem is not None:
        raise PolicyRowError(f"row {problem[0]}: {problem[1]}")
    current: dict[str, Any] = dict(settings.get(conn, CENTRAL_KEY) or {})
    changed = []
    for r in rows:
        name = str(r["name"])
        if r.get("deleted") is True:
            if current.pop(name, None) is not None:
                changed.append(name)
        else:
            value = validate(name, r["value"])
            if current.get(name) != value:
                current[name] = value
                changed.append(name)
    settings.put(conn, CENTRAL_KEY, current)
    if changed:
        audit.append(
            conn,
            "central",
            "policy_changed",
            {"scope": "central", "names": sorted(changed)},
        )
