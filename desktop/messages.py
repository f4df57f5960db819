"""Messages of the domain code as a code plus parameters.

The domain code (Qt-free) never builds a sentence for a person to read by itself: it
emits `msg("code", **params)`. The command line, the JSON results and the records
render a message in English from `CATALOGUE`; the window renders the same code through
Qt's translation (`ui/messages.py`), so a reworded English sentence can never make the
Traditional Chinese window fall back to English.

A `Message` is a `str` whose value is its English rendering: everything that prints,
compares, logs or writes JSON keeps the English exactly as before, while the window
reads `code` and `params`. Building a new string out of one (`+`, `join`, f-string)
drops the code: compose with `msg(...)` parameters or `joined(...)` instead
(`tests/workstation/test_message_codes.py` fails on any message without a code).

Parameters are plain values (str, int, float) or other messages (rendered in the same
language before they are put in); a template names them as `str.format` fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

# code -> English template. Codes are dotted: "<area>.<what>", e.g. "mrz.bad_check".
CATALOGUE: dict[str, str] = {}


def define(entries: Mapping[str, str]) -> None:
    """Add a module's codes to the catalogue (each code defined once, in one place)."""
    for code, template in entries.items():
        if CATALOGUE.get(code, template) != template:
            raise ValueError(f"message code {code!r} defined twice, differently")
        CATALOGUE[code] = template


def _english(code: str, params: Mapping[str, Any]) -> str:
    return CATALOGUE[code].format(**{k: render(v) for k, v in params.items()})


class Message(str):
    """A coded message; its string value is the English text."""

    code: str
    params: Mapping[str, Any]

    def __new__(cls, code: str, params: Mapping[str, Any] | None = None) -> Message:
        params = dict(params or {})
        self = super().__new__(cls, _english(code, params))
        self.code = code
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickled across processes with its code
        return (Message, (self.code, dict(self.params)))

    def __repr__(self) -> str:
        return f"msg({self.code!r}, {dict(self.params)!r})"

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "params": {
                k: v.as_json() if isinstance(v, Message) else v for k, v in self.params.items()
            },
        }

    @staticmethod
    def from_json(data: Mapping[str, Any]) -> Message:
        """The message of `as_json` (a list's JSON holds `items` instead of `params`)."""
        if "items" in data:
            items = [Message.from_json(i) if isinstance(i, Mapping) else i for i in data["items"]]
            return MessageList(str(data["code"]), {"items": items})
        params = {
            k: Message.from_json(v) if isinstance(v, Mapping) else v
            for k, v in data.get("params", {}).items()
        }
        return Message(str(data["code"]), params)


def msg(code: str, /, **params: Any) -> Message:
    """A message; an unknown code is a programming error, caught here, not at display."""
    if code not in CATALOGUE:
        raise KeyError(f"unknown message code {code!r}")
    return Message(code, params)


def render(m: Message | str | int | float) -> str:
    """English text of a message (a plain value passes through: data, not a sentence)."""
    if isinstance(m, Message):
        return str.__str__(m)
    return m if isinstance(m, str) else str(m)


# Lists of messages, joined as the English always joined them; the window joins the
# translated parts with its own separator.
_SEPARATORS = {"list.semicolon": "; ", "list.comma": ", ", "list.slash": "/", "list.or": " or "}
define({code: "{items}" for code in _SEPARATORS})


class MessageList(Message):
    """Several messages shown as one (`items` is a tuple of messages or plain text)."""

    def __new__(cls, code: str, params: Mapping[str, Any] | None = None) -> MessageList:
        items = tuple((params or {})["items"])
        text = _SEPARATORS[code].join(render(i) for i in items)
        self = str.__new__(cls, text)
        self.code = code
        self.params = {"items": items}
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (MessageList, (self.code, {"items": self.params["items"]}))

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "items": [i.as_json() if isinstance(i, Message) else i for i in self.params["items"]],
        }


def joined(items: Iterable[Message | str], separator: str = "; ") -> MessageList:
    """`separator.join(items)` that keeps each item's code (separator "; ", ", " or "/")."""
    code = {v: k for k, v in _SEPARATORS.items()}[separator]
    return MessageList(code, {"items": tuple(items)})


def separator(code: str) -> str:
    return _SEPARATORS[code]


# The modules that define codes (imported by `load_all` for the catalogue's tests and
# for scripts/message_ts.py, which keeps the Qt catalogues in step).
MODULES: tuple[str, ...] = (
    "desktop.glossary",
    "desktop.documents.mrz",
    "desktop.documents.ocr_decide",
    "desktop.documents.ocr",
    "desktop.documents.camera",
    "desktop.biometrics.images",
    "desktop.biometrics.models",
    "desktop.biometrics.faces",
    "desktop.screening.score",
    "desktop.screening.checks",
    "desktop.officers",
    "desktop.online_login",
    "desktop.chip.errors",
    "desktop.chip.sod",
    "desktop.chip.passive_auth",
    "desktop.chip.active_auth",
    "desktop.chip.result",
    "desktop.inspection.traveller",
    "desktop.inspection.stale_policy",
    "desktop.inspection.rules",
    "desktop.inspection.emergency",
    "desktop.emergency_log",
    "desktop.console",
)


def load_all() -> dict[str, str]:
    import importlib

    for name in MODULES:
        importlib.import_module(name)
    return CATALOGUE
