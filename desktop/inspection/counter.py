"""This counter's own settings (in the store's settings table, per workstation): the
direction the counter serves by default (F2 switches for one traveller only) and whether
a blocking hit sounds the bell and flashes the hits. `config show|set` writes them; the
window reads them at login."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from desktop.errors import UsageError
from local_store import Store, audit, settings
from protocol import DIRECTIONS

if TYPE_CHECKING:
    from desktop.officers import Session

# The command line's names (`config set NAME VALUE`) -> the settings key.
KEYS = {"default-direction": "counter.default_direction", "hit-alert": "counter.hit_alert"}
_SWITCH = {"on": True, "off": False, "true": True, "false": False, "yes": True, "no": False}


@dataclass(frozen=True)
class CounterSettings:
    default_direction: str = "entry"
    hit_alert: bool = True

    def to_json(self) -> dict[str, Any]:
        return {name: getattr(self, key.split(".", 1)[1]) for name, key in KEYS.items()}


def load(conn: Connection) -> CounterSettings:
    """The settings in force (defaults for what was never set)."""
    direction = settings.get(conn, KEYS["default-direction"], "entry")
    alert = settings.get(conn, KEYS["hit-alert"], True)
    return CounterSettings(
        default_direction=direction if direction in DIRECTIONS else "entry",
        hit_alert=bool(alert),
    )


def parse(name: str, value: str) -> Any:
    """A command-line value checked (UsageError: exit 2)."""
    if name == "default-direction":
        if value not in DIRECTIONS:
            raise UsageError(f"default-direction must be entry or exit, not {value!r}")
        return value
    if name == "hit-alert":
        if value.lower() not in _SWITCH:
            raise UsageError(f"hit-alert must be on or off, not {value!r}")
        return _SWITCH[value.lower()]
    raise UsageError(f"unknown setting {name!r} (one of {', '.join(KEYS)})")


def put(store: Store, user: str, name: str, value: str) -> CounterSettings:
    """Set one setting (audited) and return the settings now in force."""
    checked = parse(name, value)
    with store.write() as conn:
        settings.put(conn, KEYS[name], checked)
        audit.append(conn, user, "counter_setting", {"name": name, "value": checked})
        return load(conn)


def session_settings(session: Session) -> CounterSettings:
    """For the window (`ops.query`)."""
    with session.store.read() as conn:
        return load(conn)
