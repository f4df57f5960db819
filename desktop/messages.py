"""Messages of the domain code as a code plus parameters.

The domain code (Qt-free) never builds a sentence for a person to read by itself: it
emits `msg("code", **params)`. The command line, the JSON results and the records
render a message in English from `CATALOGUE`; the window renders the same code through
Qt's translation (`ui/messages.py`), so a reworded English sentence can never make the
Traditional Chinese window fall back to English.

Parameters are plain values (str, int, float) or other messages (rendered in the same
language before they are put in); a template names them as `str.format` fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# code -> English template. Codes are dotted: "<area>.<what>", e.g. "mrz.bad_check".
CATALOGUE: dict[str, str] = {}


def define(entries: Mapping[str, str]) -> None:
    """Add a module's codes to the catalogue (each code defined once, in one place)."""
    for code, template in entries.items():
        if CATALOGUE.get(code, template) != template:
            raise ValueError(f"message code {code!r} defined twice, differently")
        CATALOGUE[code] = template


@dataclass(frozen=True)
class Message:
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "params": {
                k: v.as_json() if isinstance(v, Message) else v for k, v in self.params.items()
            },
        }

    def __str__(self) -> str:
        return render(self)


def msg(code: str, **params: Any) -> Message:
    """A message; an unknown code is a programming error, caught here, not at display."""
    if code not in CATALOGUE:
        raise KeyError(f"unknown message code {code!r}")
    return Message(code, params)


def render(m: Message | str) -> str:
    """English text of a message (a plain str passes through: data, not a sentence)."""
    if isinstance(m, str):
        return m
    params = {k: render(v) if isinstance(v, Message) else v for k, v in m.params.items()}
    return CATALOGUE[m.code].format(**params)


class MessageError(Exception):
    """An error whose text for people is a coded message (str(e) is the English)."""

    def __init__(self, message: Message) -> None:
        super().__init__(render(message))
        self.message = message
