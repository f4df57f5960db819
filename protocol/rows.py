"""Dataset rows as the central publishes them and the workstation's replica takes them
(DESIGN.md, "Dataset interchange"): one validator per dataset, used at both ends, so the
central never publishes a row a workstation must refuse.

`validate_rows(dataset, rows, version)` turns interchange rows into typed rows (the
replica's columns, `SPECS[dataset].columns`) or key tuples of removals; a bad row raises
`RowError` naming its index. Datasets: persons, documents, exit_bans, entry_permits, csca
(the officers, policies and manifests datasets have their own checks in `sync`).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

DATASETS = ("persons", "documents", "exit_bans", "entry_permits", "csca")
ACTIONS = ("refer", "deny_entry", "arrest")
DOCUMENT_REASONS = ("lost", "stolen", "revoked")


class RowError(ValueError):
    def __init__(self, index: int, message: str) -> None:
        super().__init__(f"row {index}: {message}")
        self.index = index
        self.message = message


# --- look-alike fold of document numbers ------------------------------------------------

# Characters that OCR (and people) confuse -> one representative digit.
FOLD_TABLE = str.maketrans({"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "Z": "2", "S": "5",
                       "G": "6", "B": "8"})  # fmt: skip


_SEPARATORS_RE = re.compile(r"[\s\-<]")
_DOCNUM_RE = re.compile(r"[A-Z0-9]{1,20}")


def normalise_document_number(number: str) -> str:
    """Upper case, no spaces, hyphens or MRZ fillers."""
    return _SEPARATORS_RE.sub("", number).upper()


def fold_document_number(number: str) -> str:
    """Characters that OCR (and people) confuse, mapped to one representative digit."""
    return normalise_document_number(number).translate(FOLD_TABLE)


def birth_number(birth_date: str | None) -> int | None:
    """'1997-07-05' -> 19970705, '1997-07' -> 19970700, '1997' -> 19970000."""
    if not birth_date:
        return None
    parts = [int(p) for p in birth_date.split("-")] + [0, 0]
    return parts[0] * 10000 + parts[1] * 100 + parts[2]


# --- validation ----------------------------------------------------------------------

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_STATE_RE = re.compile(r"^[A-Z<]{1,3}$")
_STATE_FULL_RE = re.compile(r"[A-Z<]{1,3}")
_JSON = json.JSONEncoder(ensure_ascii=False)  # json.dumps(..., ensure_ascii=False), reused


MAX_FIELD = 200  # characters of a name or any other text field (csca's der excepted)
MAX_NAMES = 50  # names and aliases of one listed person


def _str(
    row: dict[str, Any], name: str, *, required: bool = True, max_len: int = MAX_FIELD
) -> str | None:
    v = row.get(name)
    if v is None or (isinstance(v, str) and not v.strip()):
        if required:
            raise ValueError(f"'{name}' is missing")
        return None
    if not isinstance(v, str):
        raise ValueError(f"'{name}' must be a string")
    if len(v) > max_len:
        raise ValueError(f"'{name}' is longer than {max_len} characters")
    return v.strip()


_UNKNOWN_PART_RE = re.compile(r"-(00|XX|\?\?)(?=-|$).*", re.IGNORECASE)


def known_birth_date(v: str) -> str:
    """A birth date cut to what is known: an unknown day or month written 00, XX or ??
    (lists do) goes with what follows it (1961-12-00 -> 1961-12, 1961-XX-XX -> 1961).
    Done once as a list is imported, so that screening compares stored dates as they are."""
    return _UNKNOWN_PART_RE.sub("", v.strip())


def _birth_date(row: dict[str, Any]) -> tuple[str | None, int | None]:
    v = _str(row, "birth_date", required=False)
    if v is None:
        return None, None
    v = known_birth_date(v)
    return v, _birth_year(v)


@lru_cache(maxsize=65536)
def _birth_year(v: str) -> int:
    """The year of a valid birth date (a list holds a few tens of thousands of dates)."""
    if not _DATE_RE.match(v):
        raise ValueError(f"'birth_date' {v!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    parts = v.split("-")
    try:
        if len(parts) == 3:
            dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        elif len(parts) == 2 and not 1 <= int(parts[1]) <= 12:
            raise ValueError
    except ValueError:
        raise ValueError(f"'birth_date' {v!r} is not a real date") from None
    return int(parts[0])


def _date(row: dict[str, Any], name: str, *, required: bool) -> str | None:
    v = _str(row, name, required=required)
    if v is None:
        return None
    try:
        return dt.date.fromisoformat(v[:10]).isoformat() if len(v) == 10 else _datetime(v, name)
    except ValueError:
        raise ValueError(f"'{name}' {v!r} is not an ISO date") from None


def _datetime(v: str, name: str) -> str:
    try:
        return dt.datetime.fromisoformat(v).isoformat()
    except ValueError:
        raise ValueError(f"'{name}' {v!r} is not an ISO date") from None


def _names(row: dict[str, Any]) -> str:
    v = row.get("names")
    if not isinstance(v, list) or not v or not all(isinstance(n, str) and n.strip() for n in v):
        raise ValueError("'names' must be a non-empty list of non-empty strings")
    if len(v) > MAX_NAMES or any(len(n) > MAX_FIELD for n in v):
        raise ValueError(
            f"'names' holds at most {MAX_NAMES} names of at most {MAX_FIELD} characters each"
        )
    return _JSON.encode([n.strip() for n in v])


def _state(row: dict[str, Any], name: str, *, required: bool) -> str | None:
    v = _str(row, name, required=required)
    if v is None:
        return None
    v = v.upper()
    if not _STATE_RE.match(v):
        raise ValueError(f"'{name}' {v!r} is not a 3-letter ICAO code")
    return v


def _choice(row: dict[str, Any], name: str, choices: Sequence[str], *, required: bool) -> Any:
    v = _str(row, name, required=required)
    if v is not None and v not in choices:
        raise ValueError(f"'{name}' {v!r} is not one of {', '.join(choices)}")
    return v


def _int(row: dict[str, Any], name: str, *, minimum: int = 0) -> int:
    v = row.get(name)
    if not isinstance(v, int) or isinstance(v, bool) or v < minimum:
        raise ValueError(f"'{name}' must be an integer >= {minimum}")
    return v


def _docnum(row: dict[str, Any], name: str, *, required: bool) -> str | None:
    v = _str(row, name, required=required)
    if v is None:
        return None
    if _DOCNUM_RE.fullmatch(v):
        return v  # already normalised: the common case on loads of millions
    v = normalise_document_number(v)
    if not _DOCNUM_RE.fullmatch(v):
        raise ValueError(f"'{name}' {v!r} may only hold letters and digits")
    return v


def _deleted(row: dict[str, Any]) -> bool:
    d = row.get("deleted", False)
    if not isinstance(d, bool):
        raise ValueError("'deleted' must be true or false")
    return d


# dataset -> (key fields, converter of an upsert row to the typed tuple)
def _person(row: dict[str, Any], version: int) -> tuple[Any, ...]:
    birth, year = _birth_date(row)
    sex = _choice(row, "sex", ("M", "F", "X"), required=False)
    return (
        _str(row, "id"), version, _names(row), birth, year, _state(row, "nationality",
        required=False), sex, _choice(row, "action", ACTIONS, required=True),
        _str(row, "list", required=False), _date(row, "valid_until", required=False),
    )  # fmt: skip


def _document(row: dict[str, Any], version: int) -> tuple[Any, ...]:
    n, state, kind, reason = (row.get("document_number"), row.get("issuing_state"),
                              row.get("type"), row.get("reason"))  # fmt: skip
    if (
        type(n) is str
        and _DOCNUM_RE.fullmatch(n)
        and type(state) is str
        and _STATE_FULL_RE.fullmatch(state)
        and type(kind) is str
        and kind
        and len(kind) <= MAX_FIELD
        and kind == kind.strip()
        and reason in DOCUMENT_REASONS
    ):
        # Already in normal form (what the central publishes): the checks below would
        # return these very values. Loads of millions of documents take this way.
        return (n, state, kind.upper(), reason, version)
    return (
        _docnum(row, "document_number", required=True),
        _state(row, "issuing_state", required=True),
        (_str(row, "type") or "").upper(),
        _choice(row, "reason", DOCUMENT_REASONS, required=True),
        version,
    )


def _exit_ban(row: dict[str, Any], version: int) -> tuple[Any, ...]:
    birth, year = _birth_date(row)
    return (
        _str(row, "id"), version, _names(row), birth, year,
        _state(row, "nationality", required=False),
        _docnum(row, "document_number", required=False), _str(row, "reason", required=False),
    )  # fmt: skip


def _permit(row: dict[str, Any], version: int) -> tuple[Any, ...]:
    birth, _ = _birth_date(row)
    allowed = _int(row, "entries_allowed", minimum=1)
    used = _int(row, "entries_used")
    valid_from = _date(row, "valid_from", required=True)
    valid_until = _date(row, "valid_until", required=True)
    assert valid_from is not None and valid_until is not None
    if valid_until < valid_from:
        raise ValueError("'valid_until' is before 'valid_from'")
    return (
        _str(row, "permit_number"), version, _names(row), birth,
        _docnum(row, "document_number", required=True), valid_from, valid_until, allowed, used,
    )  # fmt: skip


def _csca(row: dict[str, Any], version: int) -> tuple[Any, ...]:
    try:
        der = base64.b64decode(_str(row, "der", max_len=64_000) or "", validate=True)
    except ValueError:
        raise ValueError("'der' is not base64") from None
    fingerprint = hashlib.sha256(der).hexdigest()
    given = _str(row, "fingerprint", required=False)
    if given is not None and given.lower() != fingerprint:
        raise ValueError("'fingerprint' is not the SHA-256 of 'der'")
    kind = _str(row, "kind", required=False) or "csca"
    if kind not in CSCA_KINDS:
        raise ValueError(f"'kind' must be one of {', '.join(CSCA_KINDS)}")
    return (
        fingerprint, version, _state(row, "country", required=True),
        _str(row, "subject", max_len=2000),
        _date(row, "not_before", required=True), _date(row, "not_after", required=True), der,
        kind, _str(row, "source", required=False),
    )  # fmt: skip


CSCA_KINDS = ("csca", "link", "crl")


@dataclass(frozen=True)
class RowSpec:
    columns: tuple[str, ...]  # the typed row's fields, in order (the replica's columns)
    key_fields: tuple[str, ...]  # interchange fields that identify a row (its key columns)
    convert: Callable[[dict[str, Any], int], tuple[Any, ...]]


SPECS: dict[str, RowSpec] = {
    "persons": RowSpec(
        ("id", "version", "names", "birth_date", "birth_year", "nationality", "sex", "action",
         "list", "valid_until"),
        ("id",), _person,
    ),
    "documents": RowSpec(
        ("document_number", "issuing_state", "type", "reason", "version"),
        ("document_number", "issuing_state", "type"), _document,
    ),
    "exit_bans": RowSpec(
        ("id", "version", "names", "birth_date", "birth_year", "nationality", "document_number",
         "reason"),
        ("id",), _exit_ban,
    ),
    "entry_permits": RowSpec(
        ("permit_number", "version", "names", "birth_date", "document_number", "valid_from",
         "valid_until", "entries_allowed", "entries_used"),
        ("permit_number",), _permit,
    ),
    "csca": RowSpec(
        ("fingerprint", "version", "country", "subject", "not_before", "not_after", "der",
         "kind", "source"),
        ("fingerprint",), _csca,
    ),
}  # fmt: skip


def _key_of(spec: RowSpec, dataset: str, row: dict[str, Any]) -> tuple[Any, ...]:
    out = []
    for f in spec.key_fields:
        if dataset == "documents" and f == "document_number":
            out.append(_docnum(row, f, required=True))
        elif dataset == "documents" and f == "issuing_state":
            out.append(_state(row, f, required=True))
        elif dataset == "documents" and f == "type":
            out.append((_str(row, f) or "").upper())
        elif dataset == "csca" and f == "fingerprint":
            out.append((_str(row, f) or "").lower())
        else:
            out.append(_str(row, f))
    return tuple(out)


def validate_rows(
    dataset: str, rows: Iterable[dict[str, Any]], version: int, *, start: int = 0
) -> list[tuple[bool, tuple[Any, ...]]]:
    """Convert every row: [(deleted, key tuple or typed row)]. Raises RowError."""
    spec = SPECS.get(dataset)
    if spec is None:
        raise ValueError(f"unknown dataset {dataset!r} (one of {', '.join(DATASETS)})")
    out = []
    for i, row in enumerate(rows, start):
        try:
            if not isinstance(row, dict):
                raise ValueError("not a JSON object")
            if _deleted(row):
                out.append((True, _key_of(spec, dataset, row)))
            else:
                out.append((False, spec.convert(row, version)))
        except ValueError as e:
            raise RowError(i, str(e)) from None
    return out
