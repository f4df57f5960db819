"""The document of an inspection, as the workflow and the record see it: a dict of the
MRZ result fields (DESIGN.md), from `desktop.documents.mrz` or typed in."""

from __future__ import annotations

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


def document_from_mrz(lines: list[str]) -> dict[str, Any]:
    from desktop.documents import mrz

    if not 2 <= len(lines) <= 3:
        raise UsageError("--mrz takes the 2 or 3 lines of the machine readable zone")
    doc = mrz.parse(lines)
    if not doc.is_mrz or (not doc.surname and not doc.document_number):
        raise UsageError("the MRZ could not be read: " + "; ".join(doc.errors or ("?",)))
    d = doc.to_json()
    out = {f: d.get(f) for f in FIELDS}
    out["checks"] = d["checks"]
    out["errors"] = d["errors"]
    return out
