"""The MRZ layouts of ICAO Doc 9303 (parts 4-7), written down once.

One table per format: its lines and width, its fields (line, start, length, which
characters the field admits, how many fillers in a row end its data) and its check
digits (where the digit is and which cells it covers). The parser (`mrz.py`), the
composer (`mrz.compose`) and the OCR's decision (`ocr_decide.py`) derive what they
need from here. Positions are 0-based; a field is `line[start:start + length]`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

DIGITS = "0123456789"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
FILLER = "<"
ALPHABET = DIGITS + LETTERS + FILLER

# Character classes of fields.
DIGIT = DIGITS
DIGIT_OR_FILLER = DIGITS + FILLER  # a check digit that may be `<` (long numbers, empty data)
ALPHA = LETTERS + FILLER  # codes, nationality, names
ALNUM = ALPHABET  # document numbers, optional data: where check digits are weakest
SEX = "MF<X"  # X is read as printed; the parser warns about it

TD1, TD2, TD3, MRV_A, MRV_B = "TD1", "TD2", "TD3", "MRV-A", "MRV-B"
FORMATS = (TD1, TD2, TD3, MRV_A, MRV_B)


@dataclass(frozen=True)
class Field:
    name: str
    line: int
    start: int
    length: int
    chars: str
    # Fillers in a row inside the field that prove its data has ended (left-aligned
    # fields shorter than their data); 0 where the field is not filled that way.
    filler_run: int = 0

    @property
    def stop(self) -> int:
        return self.start + self.length

    def of(self, lines: tuple[str, ...] | list[str]) -> str:
        return lines[self.line][self.start : self.stop]


@dataclass(frozen=True)
class CheckDigit:
    name: str
    line: int
    pos: int
    covers: tuple[tuple[int, int, int], ...]  # (line, start, stop)

    def data(self, lines: tuple[str, ...] | list[str]) -> str:
        return "".join(lines[ln][a:b] for ln, a, b in self.covers)


@dataclass(frozen=True)
class Layout:
    format: str
    lines: int
    width: int
    fields: tuple[Field, ...]
    checks: tuple[CheckDigit, ...]

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def check(self, name: str) -> CheckDigit | None:
        return next((c for c in self.checks if c.name == name), None)

    def flat(self, line: int, pos: int) -> int:
        return line * self.width + pos

    def lines_of(self, cells: str | list[str]) -> tuple[str, ...]:
        """The MRZ lines of flat cells (a string, or a list of one character each)."""
        text = "".join(cells)
        return tuple(text[i * self.width : (i + 1) * self.width] for i in range(self.lines))

    # -- what the OCR derives -----------------------------------------------------------

    def allowed(self) -> list[str]:
        """The characters each position admits, flat (line by line)."""
        out = [""] * (self.lines * self.width)
        for f in self.fields:
            for p in range(f.start, f.stop):
                out[self.flat(f.line, p)] = f.chars
        assert all(out), f"{self.format}: a position belongs to no field"
        return out

    def field_of(self) -> list[Field]:
        """The field of each flat position."""
        out: list[Field | None] = [None] * (self.lines * self.width)
        for f in self.fields:
            for p in range(f.start, f.stop):
                out[self.flat(f.line, p)] = f
        return out  # type: ignore[return-value]

    def cells_of(self, c: CheckDigit) -> set[int]:
        """Flat positions check digit `c` covers, the digit itself included."""
        out = {self.flat(c.line, c.pos)}
        for ln, a, b in c.covers:
            out.update(self.flat(ln, p) for p in range(a, b))
        return out

    def covered(self) -> set[int]:
        """Flat positions some check digit covers, the check digits included."""
        return set().union(*(self.cells_of(c) for c in self.checks))

    def filler_fields(self) -> list[tuple[range, int]]:
        """Flat ranges of the fields that end in fillers, with their filler run."""
        return [
            (range(self.flat(f.line, f.start), self.flat(f.line, f.stop)), f.filler_run)
            for f in self.fields
            if f.filler_run
        ]


def _code_fields(first: str, width: int) -> list[Field]:
    return [
        Field("document_code", 0, 0, 1, first),
        Field("document_type", 0, 1, 1, ALPHA),
        Field("issuing_state", 0, 2, 3, ALPHA),
    ]


def _dates(line: int, start: int) -> list[Field]:
    """Birth date, its check digit, sex, expiry date, its check digit from `start`."""
    return [
        Field("birth_date", line, start, 6, DIGIT),
        Field("birth_date_check", line, start + 6, 1, DIGIT),
        Field("sex", line, start + 7, 1, SEX),
        Field("expiry_date", line, start + 8, 6, DIGIT),
        Field("expiry_date_check", line, start + 14, 1, DIGIT),
    ]


def _date_checks(line: int, start: int) -> list[CheckDigit]:
    return [
        CheckDigit("birth date", line, start + 6, ((line, start, start + 6),)),
        CheckDigit("expiry date", line, start + 14, ((line, start + 8, start + 14),)),
    ]


@cache
def layout(fmt: str) -> Layout:
    """The layout of one of FORMATS."""
    if fmt == TD1:
        fields = [
            *_code_fields("ACI", 30),
            Field("document_number", 0, 5, 9, ALNUM, 2),
            Field("document_number_check", 0, 14, 1, DIGIT_OR_FILLER),
            Field("optional_data_1", 0, 15, 15, ALNUM, 2),
            *_dates(1, 0),
            Field("nationality", 1, 15, 3, ALPHA),
            Field("optional_data_2", 1, 18, 11, ALNUM, 2),
            Field("composite_check", 1, 29, 1, DIGIT),
            Field("names", 2, 0, 30, ALPHA, 3),
        ]
        checks = [
            CheckDigit("document number", 0, 14, ((0, 5, 14),)),
            *_date_checks(1, 0),
            CheckDigit("composite", 1, 29, ((0, 5, 30), (1, 0, 7), (1, 8, 15), (1, 18, 29))),
        ]
        return Layout(fmt, 3, 30, tuple(fields), tuple(checks))
    if fmt not in FORMATS:
        raise ValueError(f"unknown MRZ format {fmt!r}")
    width = 44 if fmt in (TD3, MRV_A) else 36
    first = "P" if fmt == TD3 else ("V" if fmt in (MRV_A, MRV_B) else "ACI")
    fields = [
        *_code_fields(first, width),
        Field("names", 0, 5, width - 5, ALPHA, 3),
        Field("document_number", 1, 0, 9, ALNUM, 2),
        Field("document_number_check", 1, 9, 1, DIGIT_OR_FILLER if fmt == TD2 else DIGIT),
        Field("nationality", 1, 10, 3, ALPHA),
        *_dates(1, 13),
    ]
    checks = [CheckDigit("document number", 1, 9, ((1, 0, 9),)), *_date_checks(1, 13)]
    if fmt == TD3:
        fields += [
            Field("optional_data", 1, 28, 14, ALNUM, 2),
            Field("optional_data_check", 1, 42, 1, DIGIT_OR_FILLER),
            Field("composite_check", 1, 43, 1, DIGIT),
        ]
        checks += [
            CheckDigit("optional data", 1, 42, ((1, 28, 42),)),
            CheckDigit("composite", 1, 43, ((1, 0, 10), (1, 13, 20), (1, 21, 43))),
        ]
    elif fmt == TD2:
        fields += [
            Field("optional_data", 1, 28, 7, ALNUM, 2),
            Field("composite_check", 1, 35, 1, DIGIT),
        ]
        checks.append(CheckDigit("composite", 1, 35, ((1, 0, 10), (1, 13, 20), (1, 21, 35))))
    else:  # visas: optional data to the end, no composite check digit
        fields.append(Field("optional_data", 1, 28, width - 28, ALNUM))
    return Layout(fmt, 2, width, tuple(fields), tuple(checks))
