"""What follows when a list is stale or failed verification (Qt-free; the GUI, `inspect`
and the record all go through `assess`).

The rules come, strongest source first, from: a supervisor's local change during an
outage (settings `policies.local`, audited, lapses when emergency mode ends), the
central's signed `policies` dataset (settings `policies.central`, sync/policy_list.py),
and the defaults below. Per list (`stale.<dataset>`): past `max_age_s` since the
central last confirmed the list current — or when the list's signed head has expired,
it was never confirmed by a central, it is missing, or its last update failed
verification — the list is stale and its action applies to this traveller:

- `warn`: the officer sees it, the record carries it;
- `refer`: a traveller in one of `categories` (`all`, `foreign` = nationality not in
  `home_states`, `fuzzy_hit` = a hit scoring below 1.0, `any_hit`) goes to a
  second-line check: `admit` is not recorded without a supervisor's override;
- `block_admit`: no `admit` without a supervisor's override.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from desktop.errors import UsageError
from desktop.glossary import term
from desktop.messages import Message, define, joined, msg
from local_store import Store, audit, settings
from sync import clock, connectivity, policy_list
from sync.policy_list import ACTIONS, CATEGORIES, STALE_DATASETS

if TYPE_CHECKING:
    from desktop.screening.checks import Hit

LOCAL_KEY = "policies.local"
DEFAULTS: dict[str, Any] = {
    **{
        f"stale.{ds}": {"max_age_s": 24 * 3600, "action": "warn", "categories": []}
        for ds in STALE_DATASETS
    },
    "home_states": ["TWN"],
    "emergency.suggest_after_s": 300,
}
define(
    {
        "stale.too_old": "{dataset} is {age} old (limit {limit})",
        "stale.unverified": "{dataset}: the last update failed verification ({detail})",
        "stale.missing": "{dataset}: no list on this workstation",
        "stale.expired": "{dataset}: the central's confirmation has expired",
        "stale.never_confirmed": "{dataset}: never confirmed by the central",
        "stale.refer_others": "{what}; refer {categories} (not this traveller)",
        "stale.refer": "{what}; refer to a second-line check ({categories})",
        "stale.block_admit": "{what}; no admit without a supervisor",
        **{f"stale.category.{c}": c for c in CATEGORIES},
        "stale.minutes": "{n} min",
        "stale.hours": "{n} h",
        "stale.days": "{n} days",
        "stale.reason_needed": "--reason must say why the policy changes (it goes into the "
        "audit log)",
        "stale.central_reachable": "the central is reachable: its signed policy applies (a "
        "local change is for outages: declare emergency mode first)",
        "stale.no_local_change": "no local change of {name!r} to reset",
    }
)
LISTS_BY_DIRECTION = {
    "entry": ("persons", "documents", "entry_permits"),
    "exit": ("persons", "documents", "exit_bans"),
}


def effective(conn: Connection) -> dict[str, dict[str, Any]]:
    """Every policy with its value and source (`default`, `central`, `local`; a local
    one names who changed it, when and why)."""
    central = settings.get(conn, policy_list.CENTRAL_KEY) or {}
    local = settings.get(conn, LOCAL_KEY) or {}
    out: dict[str, dict[str, Any]] = {}
    for name in sorted(set(DEFAULTS) | set(central) | set(local)):
        if name in local:
            out[name] = {"source": "local", **local[name]}
        elif name in central:
            out[name] = {"source": "central", "value": central[name]}
        elif name in DEFAULTS:
            out[name] = {"source": "default", "value": DEFAULTS[name]}
    return out


def central_update_refused(conn: Connection) -> dict[str, Any] | None:
    """`{at, reason, version}` while the central's last policy update failed verification
    (the policy before it stays in force), else None."""
    from sync import replica_pull

    return settings.get(conn, replica_pull.REJECTED_KEY.format("policies"))


def value(conn: Connection, name: str) -> Any:
    p = effective(conn).get(name)
    return None if p is None else p["value"]


@dataclass
class Condition:
    """One stale or unverified list and what its policy says for this traveller."""

    dataset: str
    why: str  # too_old | expired | never_confirmed | missing | unverified
    action: str  # warn | refer | block_admit
    applies: bool  # the action reaches this traveller (refer: a category matched)
    age_s: float | None = None
    max_age_s: int | None = None
    categories: list[str] = field(default_factory=list)
    matched: list[str] = field(default_factory=list)  # the categories this traveller is in
    detail: str | None = None  # why verification failed
    source: str = "default"

    def describe(self) -> Message:
        """For the command line and the record (English), and the window (by code)."""
        dataset = term("dataset", self.dataset)
        if self.why == "too_old":
            what = msg("stale.too_old", dataset=dataset, age=_human(self.age_s),
                       limit=_human(self.max_age_s))  # fmt: skip
        elif self.why == "unverified":
            what = msg("stale.unverified", dataset=dataset, detail=str(self.detail))
        elif self.why in ("missing", "expired"):
            what = msg(f"stale.{self.why}", dataset=dataset)
        else:
            what = msg("stale.never_confirmed", dataset=dataset)
        if self.action == "warn":
            return what
        if self.action == "refer":
            if not self.applies:
                return msg("stale.refer_others", what=what, categories=_categories(self.categories))
            return msg("stale.refer", what=what, categories=_categories(self.matched))
        return msg("stale.block_admit", what=what)


def _categories(names: Sequence[str]) -> Message:
    return joined((_category(c) for c in names), ", ")


def _category(name: str) -> Message | str:
    return msg(f"stale.category.{name}") if name in CATEGORIES else name


@dataclass
class Assessment:
    conditions: list[Condition]

    @property
    def action(self) -> str | None:
        """The strongest action that reaches this traveller (None: nothing stale)."""
        acting = [c.action for c in self.conditions if c.applies]
        return max(acting, key=ACTIONS.index) if acting else None

    @property
    def blocks_admit(self) -> bool:
        return self.action in ("refer", "block_admit")

    def reasons(self) -> list[Message]:
        return [c.describe() for c in self.conditions]

    def to_json(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "blocks_admit": self.blocks_admit,
            "conditions": [asdict(c) for c in self.conditions],
        }

    def to_record(self) -> dict[str, Any] | None:
        """What the inspection record keeps (None when no list was stale)."""
        if not self.conditions:
            return None
        return {
            "action": self.action,
            "stale": [
                {"dataset": c.dataset, "why": c.why, "action": c.action, "applies": c.applies}
                for c in self.conditions
            ],
        }


def _categories_of(
    nationality: str | None, hits: Sequence[Hit], home_states: list[str]
) -> set[str]:
    found = {"all"}
    if (nationality or "").upper() not in home_states:
        found.add("foreign")  # unknown nationality counts as foreign: the safe side
    if hits:
        found.add("any_hit")
    if any(h.score < 1.0 for h in hits):
        found.add("fuzzy_hit")
    return found


def assess(
    conn: Connection,
    nationality: str | None,
    hits: Sequence[Hit],
    direction: str,
    now: dt.datetime | None = None,
) -> Assessment:
    """What the stale-list policy says for a traveller of `nationality` with `hits`."""
    from sync import replica_pull

    now = now or clock.now()
    pol = effective(conn)
    status = replica_pull.status(conn, now)
    home = [s.upper() for s in pol["home_states"]["value"]]
    cats = _categories_of(nationality, hits, home)
    out = []
    for ds in LISTS_BY_DIRECTION.get(direction, STALE_DATASETS):
        p = pol.get(f"stale.{ds}")
        if p is None:
            continue
        rule = p["value"]
        r = status.get(ds)
        age = r.get("age_s") if r else None
        rejected = settings.get(conn, replica_pull.REJECTED_KEY.format(ds))
        if rejected:
            why, detail = "unverified", str(rejected.get("reason"))
        elif (checked := replica_pull.position(conn, ds).checked_at) is None and (
            r is None or r.get("version") == 0
        ):
            why, detail = "missing", None
        elif r is None or age is None or checked is None:
            why, detail = "never_confirmed", None
        elif age > rule["max_age_s"]:
            why, detail = "too_old", None
        elif r.get("stale"):
            why, detail = "expired", None
        else:
            continue
        matched = sorted(cats & set(rule["categories"]))
        applies = rule["action"] != "refer" or bool(matched)
        out.append(
            Condition(
                dataset=ds,
                why=why,
                action=rule["action"],
                applies=applies,
                age_s=age,
                max_age_s=rule["max_age_s"],
                categories=list(rule["categories"]),
                matched=matched,
                detail=detail,
                source=p["source"],
            )
        )
    return Assessment(out)


# --- a supervisor's local change during an outage ----------------------------------------


def _outage(conn: Connection) -> bool:
    from desktop.inspection import emergency

    return emergency.status(conn)["active"] or connectivity.state_of(conn) != connectivity.ONLINE


def set_local(store: Store, supervisor: str, name: str, new: Any, reason: str) -> dict[str, Any]:
    """Change one policy on this workstation (audited). Only during an outage (the central
    unreachable or emergency mode declared): otherwise the central's signed policy rules."""
    reason = (reason or "").strip()
    if not reason:
        raise UsageError(msg("stale.reason_needed"))
    try:
        new = policy_list.validate(name, new)
    except policy_list.PolicyRowError as e:
        raise UsageError(str(e)) from None
    with store.write() as conn:
        if not _outage(conn):
            raise UsageError(msg("stale.central_reachable"))
        old = value(conn, name)
        local = dict(settings.get(conn, LOCAL_KEY) or {})
        entry = {"value": new, "by": supervisor, "at": clock.now_iso(), "reason": reason}
        local[name] = entry
        settings.put(conn, LOCAL_KEY, local)
        audit.append(
            conn,
            supervisor,
            "policy_changed",
            {"scope": "local", "name": name, "old": old, "new": new, "reason": reason},
        )
    return {"name": name, "source": "local", **entry}


def reset_local(store: Store, supervisor: str, name: str | None = None) -> list[str]:
    """Drop local changes (one, or all): the central's or the default policy applies."""
    with store.write() as conn:
        return drop_local(conn, supervisor, name)


def drop_local(
    conn: Connection, actor: str, name: str | None = None, why: str = "reset"
) -> list[str]:
    local = dict(settings.get(conn, LOCAL_KEY) or {})
    names = [n for n in local if name is None or n == name]
    if name is not None and not names:
        raise UsageError(msg("stale.no_local_change", name=name))
    for n in names:
        del local[n]
    if names:
        settings.put(conn, LOCAL_KEY, local)
        audit.append(conn, actor, "policy_changed", {"scope": "local", "reset": names, "why": why})
    return names


def _human(seconds: float | None) -> Message | str:
    if seconds is None:
        return "?"
    if seconds < 5400:
        return msg("stale.minutes", n=round(seconds / 60))
    if seconds < 172800:
        return msg("stale.hours", n=f"{seconds / 3600:.1f}")
    return msg("stale.days", n=f"{seconds / 86400:.1f}")


__all__ = ["ACTIONS", "CATEGORIES", "Assessment", "Condition", "assess", "effective"]
