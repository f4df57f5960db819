"""The document of an inspection, from a parsed MRZ (desktop.documents.mrz)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from desktop.errors import UsageError

FIELDS = (
    "document_code",
    "issuing_state",
    "surname",
    "given_names",
    "document_number",
    "nationality",
    "birth_date",
    "sex",
    "expiry_date",
    "valid",
)


def _as_dict(result: Any) -> dict[str, Any]:
    for attr in ("as_json", "to_json", "to_dict", "as_dict"):
        f = getattr(result, attr, None)
        if callable(f):
            d = f()
            if isinstance(d, dict):
                return d
    if dataclasses.is_dataclass(result):
        return dataclasses.asdict(result)  # type: ignore[arg-type]
    if isinstance(result, dict):
        return result
    return {f: getattr(result, f, None) for f in FIELDS}


def document_from_mrz(parse: Callable[..., Any], lines: list[str]) -> dict[str, Any]:
    if not 2 <= len(lines) <= 3:
        raise UsageError("--mrz takes the 2 or 3 lines of the machine readable zone")
    try:
        result = parse(lines)
    except (ValueError, TypeError) as e:
        raise UsageError(f"the MRZ cannot be read: {e}") from None
    d = _as_dict(result)
    return {f: d.get(f) for f in FIELDS}
