"""The access key from MRZ lines (for BAC and PACE-MRZ).

Temporary: reads the three key fields straight from the lines until the MRZ parser
(desktop.documents.mrz) lands; then these fields come from its TravelDocument.
"""

from __future__ import annotations

from desktop.errors import UsageError

_VALUES = {**{str(d): d for d in range(10)}, **{chr(65 + i): 10 + i for i in range(26)}, "<": 0}


def check_digit(field: str) -> str:
    total = 0
    for i, ch in enumerate(field):
        if ch not in _VALUES:
            raise UsageError(f"MRZ character {ch!r} is not allowed")
        total += _VALUES[ch] * (7, 3, 1)[i % 3]
    return str(total % 10)


def key_fields(lines: list[str]) -> tuple[str, str, str]:
    """(document number, birth date YYMMDD, expiry date YYMMDD) from TD1/TD2/TD3 lines."""
    lines = [ln.strip().upper() for ln in lines]
    if len(lines) == 3 and all(len(ln) == 30 for ln in lines):
        number = lines[0][5:14]
        if lines[0][14] == "<":  # long number continues in the optional data
            rest = lines[0][15:30].rstrip("<")
            number += rest[:-1]
        return number.rstrip("<"), lines[1][0:6], lines[1][8:14]
    if len(lines) == 2 and len(lines[0]) == len(lines[1]) and len(lines[0]) in (36, 44):
        line = lines[1]
        return line[0:9].rstrip("<"), line[13:19], line[21:27]
    raise UsageError("--mrz needs 2 lines of 44 or 36 characters, or 3 lines of 30")
