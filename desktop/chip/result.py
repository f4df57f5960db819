"""The JSON result of `chip read` (also what the GUI shows). DG1 is the same object as
`mrz parse` gives for the same lines."""

from __future__ import annotations

from desktop.chip.reader import ChipRead
from desktop.documents import mrz
from desktop.messages import Message, define, joined, msg


def dg1_json(lines: list[str]) -> dict:
    """Exactly what `mrz parse --json` gives for the same lines."""
    return mrz.parse(lines).to_json()


COMPARED_FIELDS = (
    "document_code", "issuing_state", "surname", "given_names", "document_number",
    "nationality", "birth_date", "sex", "expiry_date", "optional_data",
)  # fmt: skip

# The fields by their JSON names (the English the command line always printed).
define(
    {
        "chip.printed_mrz_differs": "the printed MRZ differs from the chip's DG1 in: {fields}",
        **{f"chip.field.{f}": f for f in COMPARED_FIELDS},
    }
)


def differences_message(fields: list[str]) -> Message:
    """The warning of `mrz_differences`, each field a coded word."""
    named = (msg(f"chip.field.{f}") if f in COMPARED_FIELDS else f for f in fields)
    return msg("chip.printed_mrz_differs", fields=joined(named, ", "))


def mrz_differences(printed: list[str], chip_lines: list[str]) -> list[str]:
    """Fields where the MRZ printed on the data page differs from the chip's DG1: a
    substituted data page (or an OCR misread) that BAC alone does not reveal, since BAC
    only uses the number and the dates."""
    a, b = mrz.parse(printed).to_json(), mrz.parse(chip_lines).to_json()
    return [f for f in COMPARED_FIELDS if a.get(f) != b.get(f)]


def result_json(read: ChipRead, *, reader: str, atr: bytes) -> dict:
    face = read.faces[0].to_json() if read.faces else None
    return {
        "authentic": read.authentic,
        "reader": reader,
        "atr": atr.hex().upper(),
        "access_control": read.access_control,
        "dg1": dg1_json(read.mrz_lines),
        "face": face,
        "additional_personal_details": read.dg11,
        "additional_document_details": read.dg12,
        "lds_version": read.com.lds_version if read.com else None,
        "data_groups": sorted(read.raw),
        "passive_authentication": read.passive.to_json(),
        "active_authentication": read.active.to_json(),
        "chip_authentication": read.chip.to_json(),
        "files": read.files,
        "warnings": read.warnings,
        "apdus": read.apdus,
        "seconds": round(read.seconds, 3),
    }
