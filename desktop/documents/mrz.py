"""ICAO Doc 9303 machine readable zones: parse and check TD1, TD2, TD3, MRV-A and MRV-B.

`parse()` turns MRZ text (from a reader, a keyboard wedge or the OCR) into a
`TravelDocument`. It never raises for string input: every problem is a field-level
message in `errors` (the document is then not `valid`) or, when the MRZ is well formed
but something deserves the officer's eye (an unknown state code, a specimen, a name
that may be truncated), in `warnings`. `valid` means format and check digits only;
whether the traveller may pass is for screening and the officer.

Positions below are 0-based slices of the 1-based positions printed in 9303.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.documents import codes
from desktop.documents import layout as mrz_layout
from desktop.glossary import term
from desktop.messages import Message, define, joined, msg

define(
    {
        "mrz.not_mrz": "not an MRZ: {detail}",
        "mrz.shape": "expected 3 lines of 30 characters (TD1) or 2 lines of 36 (TD2, MRV-B) "
        "or 44 (TD3, MRV-A); {detail}",
        "mrz.shape.no_text": "no text",
        "mrz.shape.one_line": "got 1 line of {n} characters",
        "mrz.shape.lines": "got {n} lines",
        "mrz.shape.lines_of": "got {n} lines of {lengths} characters",
        "mrz.bad_characters": "characters outside A-Z, 0-9 and < ({where})",
        "mrz.bad_characters.more": "{x} and {n} more",
        "mrz.position_char": "line {ln} position {col}: {c}",
        "mrz.expired": "the document expired on {date}",
        "mrz.check_not_digit": "{field} check digit is {digit!r}, not a digit "
        "(computed {computed})",
        "mrz.check": "{field} check digit is {digit}, computed {computed}",
        "mrz.code_first": "document code {code!r} must start with {allowed} in a {fmt}",
        "mrz.code_second": "document code {code!r}: the second character must be a letter or <",
        "mrz.state_not_letters": "{field} {code!r} is not a letter code",
        "mrz.state_specimen": "{field} UTO is ICAO's specimen state (Utopia): a specimen",
        "mrz.state_unknown": "{field} {code} is not an ISO 3166-1 or ICAO 9303-3 code",
        "mrz.number_no_continuation": "document number check digit is '<' but the optional "
        "data holds no continuation of the number and check digit",
        "mrz.number_belgian": "document number check digit is computed with the filler at "
        "position 15 (a Belgian practice for long numbers), not as ICAO 9303-5 says",
        "mrz.number_empty": "document number is empty",
        "mrz.date_not_digits": "{field} {raw!r} is not a date (YYMMDD)",
        "mrz.date_invalid": "{field} {raw} is not a valid date",
        "mrz.birth_unknown": "birth date is unknown (all filler)",
        "mrz.birth_no_month": "birth date {raw!r} has no month {mm}",
        "mrz.birth_partial": "birth date is partly unknown ({raw})",
        "mrz.birth_not_date": "birth date {raw!r} is not a date (YYMMDD, unknown parts as <<)",
        "mrz.sex_x": "sex is written X; ICAO 9303 writes an unspecified sex as <",
        "mrz.sex_invalid": "sex {c!r} is not M, F or <",
        "mrz.name_digits": "name contains digits ({digits})",
        "mrz.name_empty": "name is empty",
        "mrz.name_truncated": "name fills its whole field and may be truncated",
        "mrz.single_name_secondary": "the primary identifier (surname) is empty and the name "
        "is given as the secondary identifier, as some issuers print a single name",
        "mrz.surname_empty": "surname (primary identifier) is empty",
    }
)

ALPHABET = mrz_layout.ALPHABET
_VALUES = {c: (i if c != "<" else 0) for i, c in enumerate(ALPHABET)}


def check_blind(a: str, b: str) -> bool:
    """No check digit can tell `a` from `b` in a cell it covers: their values differ by a
    multiple of 10, and the weights 7, 3 and 1 are prime to 10 (6/G, 1/L, K/<, 8/S, 5/Z,
    3/D ...). A look-alike pair of that kind is as unchecked there as in a name."""
    return (_VALUES[a] - _VALUES[b]) % 10 == 0


_DIGITS = frozenset(mrz_layout.DIGITS)
_LETTERS = frozenset(mrz_layout.LETTERS)
WEIGHTS = (7, 3, 1)

TD1, TD2, TD3, MRV_A, MRV_B = FORMATS = mrz_layout.FORMATS
LINE_COUNT = {f: mrz_layout.layout(f).lines for f in FORMATS}
LINE_LENGTH = {f: mrz_layout.layout(f).width for f in FORMATS}
# (number of lines, line length) of each shape; 2x36 and 2x44 are told apart by the V.
SHAPES = {(3, 30): TD1, (2, 36): TD2, (2, 44): TD3}


def check_digit(s: str) -> int:
    """The 9303-3 check digit of `s` (weights 7-3-1, A=10 ... Z=35, `<` = 0).

    Raises ValueError for a character outside the MRZ alphabet."""
    total = 0
    for i, c in enumerate(s):
        v = _VALUES.get(c)
        if v is None:
            raise ValueError(f"{c!r} is not an MRZ character")
        total += v * WEIGHTS[i % 3]
    return total % 10


@dataclass(frozen=True)
class Checks:
    """Result of each check digit: True/False, or None where the format has none."""

    document_number: bool | None = None
    birth_date: bool | None = None
    expiry_date: bool | None = None
    optional_data: bool | None = None
    composite: bool | None = None

    def to_json(self) -> dict[str, bool | None]:
        return {
            "document_number": self.document_number,
            "birth_date": self.birth_date,
            "expiry_date": self.expiry_date,
            "optional_data": self.optional_data,
            "composite": self.composite,
        }


@dataclass(frozen=True)
class TravelDocument:
    """A parsed MRZ. Fields are None where the input was not an MRZ (`format` None) or a
    field could not be read (a date that is no date). Names are space-separated words."""

    valid: bool
    format: str | None
    document_code: str | None
    issuing_state: str | None
    surname: str | None
    given_names: str | None
    document_number: str | None
    nationality: str | None
    birth_date: str | None
    sex: str | None
    expiry_date: str | None
    optional_data: str | None
    checks: Checks = field(default_factory=Checks)
    errors: tuple[Message, ...] = ()
    warnings: tuple[Message, ...] = ()
    # The MRZ lines as read (after trimming whitespace); empty when there were none.
    lines: tuple[str, ...] = ()

    @property
    def is_mrz(self) -> bool:
        """False when the input did not even have the shape and alphabet of an MRZ."""
        return self.format is not None

    def to_json(self) -> dict[str, Any]:
        """Exactly the fields of DESIGN.md's MRZ result, in its order."""
        return {
            "valid": self.valid,
            "format": self.format,
            "document_code": self.document_code,
            "issuing_state": self.issuing_state,
            "surname": self.surname,
            "given_names": self.given_names,
            "document_number": self.document_number,
            "nationality": self.nationality,
            "birth_date": self.birth_date,
            "sex": self.sex,
            "expiry_date": self.expiry_date,
            "optional_data": self.optional_data,
            "checks": self.checks.to_json(),
            "errors": list(self.errors),
            "warnings": list(self.warnings),
        }

    def mrz_information(self) -> str | None:
        """The 'MRZ information' of 9303-11 that BAC keys are derived from: document
        number (the full number of a long TD1/TD2 number, else the 9-character field)
        and its check digit, birth date and check digit, expiry date and check digit,
        exactly as printed. None when the input was not an MRZ."""
        if self.format is None:
            return None
        if self.format == TD1:
            l1, l2 = self.lines[0], self.lines[1]
            number, birth, expiry = l1[5:15], l2[0:7], l2[8:15]
            if l1[14] == "<":
                number = _long_number_info(l1[5:14], l1[15:30])
        else:
            l2 = self.lines[1]
            number, birth, expiry = l2[0:10], l2[13:20], l2[21:28]
            if self.format == TD2 and l2[9] == "<":
                number = _long_number_info(l2[0:9], l2[28:35])
        return number + birth + expiry


def _long_number_info(head: str, optional: str) -> str:
    ext = optional.split("<", 1)[0]
    return head + ext if len(ext) >= 2 else head + "<"


def _not_mrz(errors: list[Message], lines: tuple[str, ...] = ()) -> TravelDocument:
    return TravelDocument(
        valid=False,
        format=None,
        document_code=None,
        issuing_state=None,
        surname=None,
        given_names=None,
        document_number=None,
        nationality=None,
        birth_date=None,
        sex=None,
        expiry_date=None,
        optional_data=None,
        errors=tuple(errors),
        lines=lines,
    )


def split_lines(text: str | Sequence[str]) -> list[str]:
    """Wedge input to MRZ lines: line breaks and surrounding whitespace are dropped; one
    unbroken line of exactly 90, 72 or 88 characters is cut into 3x30, 2x36 or 2x44."""
    if not isinstance(text, str):
        text = "\n".join(text)
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    if len(lines) == 1:
        only = lines[0]
        for count, length in ((3, 30), (2, 36), (2, 44)):
            if len(only) == count * length:
                return [only[i * length : (i + 1) * length] for i in range(count)]
    return lines


def input_complete(text: str) -> bool:
    """Whether a reader (or a typist) has finished: the lines have one MRZ's shape, the
    last at its full length. One unbroken line of 72 or 88 characters is not finished
    (it may still grow into 88 or 90), so a window waits before calling it invalid."""
    lines = split_lines(text)
    if not lines or SHAPES.get((len(lines), len(lines[0]))) is None:
        return False
    if any(len(ln) != len(lines[0]) for ln in lines):
        return False
    unbroken = len([ln for ln in text.splitlines() if ln.strip()]) == 1
    return not (unbroken and len(text.strip()) in (72, 88))


def _describe_shape(lines: list[str]) -> Message:
    if not lines:
        return msg("mrz.shape.no_text")
    lengths = [len(ln) for ln in lines]
    if len(lines) == 1:
        return msg("mrz.shape.one_line", n=lengths[0])
    if len(lines) > 6:
        return msg("mrz.shape.lines", n=len(lines))
    return msg("mrz.shape.lines_of", n=len(lines), lengths=", ".join(map(str, lengths)))


def parse(text: str | Sequence[str], *, today: dt.date | None = None) -> TravelDocument:
    """Parse and check an MRZ. `today` fixes the century rules (default: the local date):
    birth dates are the latest date not in the future, expiry dates within 50 years of
    today. Never raises for string input."""
    today = today or dt.date.today()
    lines = split_lines(text)
    shape = SHAPES.get((len(lines), len(lines[0]))) if lines else None
    if shape is None or any(len(ln) != len(lines[0]) for ln in lines):
        return _not_mrz([msg("mrz.not_mrz", detail=_expected_vs(lines))])
    bad = [
        (n, i, c) for n, ln in enumerate(lines, 1) for i, c in enumerate(ln, 1) if c not in _VALUES
    ]
    if bad:
        # ascii() for what a terminal cannot show (controls, undecodable argv bytes).
        shown: Message = joined(
            msg("mrz.position_char", ln=n, col=i, c=repr(c) if c.isprintable() else ascii(c))
            for n, i, c in bad[:3]
        )
        if len(bad) > 3:
            shown = msg("mrz.bad_characters.more", x=shown, n=len(bad) - 3)
        detail = msg("mrz.bad_characters", where=shown)
        return _not_mrz([msg("mrz.not_mrz", detail=detail)], tuple(lines))
    fmt = shape
    if lines[0][0] == "V" and shape in (TD2, TD3):
        fmt = MRV_B if shape == TD2 else MRV_A
    return _Parser(tuple(lines), fmt, today).run()


def _expected_vs(lines: list[str]) -> Message:
    return msg("mrz.shape", detail=_describe_shape(lines))


class _Parser:
    """One parse: collects fields, check results, errors and warnings."""

    def __init__(self, lines: tuple[str, ...], fmt: str, today: dt.date) -> None:
        self.lines, self.fmt, self.today = lines, fmt, today
        self.errors: list[Message] = []
        self.warnings: list[Message] = []

    def run(self) -> TravelDocument:
        lay = mrz_layout.layout(self.fmt)

        def get(name: str) -> str:
            return lay.field(name).of(self.lines)

        code = self.document_code(get("document_code") + get("document_type"))
        state = self.state_code(get("issuing_state"), "issuing state")
        if self.fmt != TD1:
            surname, given = self.names(get("names"))
        optional_after = {TD1: "optional_data_1", TD2: "optional_data"}.get(self.fmt)
        number, number_ok, optional = self.document_number(
            get("document_number"),
            get("document_number_check"),
            get(optional_after) if optional_after else None,
        )
        if self.fmt != TD1:
            nationality = self.state_code(get("nationality"), "nationality")
        birth, birth_ok = self.date(get("birth_date"), get("birth_date_check"), "birth date")
        sex = self.sex(get("sex"))
        expiry, expiry_ok = self.date(get("expiry_date"), get("expiry_date_check"), "expiry date")
        optional_ok = None
        if self.fmt == TD1:
            nationality = self.state_code(get("nationality"), "nationality")
            optional = " ".join(p for p in (optional, _strip_filler(get("optional_data_2"))) if p)
        elif self.fmt == TD3:
            optional = _strip_filler(get("optional_data"))
            optional_ok = self.optional_data_check(get("optional_data"), get("optional_data_check"))
        elif self.fmt in (MRV_A, MRV_B):  # optional data to the end, no composite
            optional = _strip_filler(get("optional_data"))
        composite = lay.check("composite")
        composite_ok = None
        if composite is not None:
            digit = self.lines[composite.line][composite.pos]
            composite_ok = self.check("composite", composite.data(self.lines), digit)
        if self.fmt == TD1:
            surname, given = self.names(get("names"))
        if expiry is not None and len(expiry) == 10 and expiry < self.today.isoformat():
            self.warnings.append(msg("mrz.expired", date=expiry))
        return TravelDocument(
            valid=not self.errors,
            format=self.fmt,
            document_code=code,
            issuing_state=state,
            surname=surname,
            given_names=given,
            document_number=number,
            nationality=nationality,
            birth_date=birth,
            sex=sex,
            expiry_date=expiry,
            optional_data=optional,
            checks=Checks(number_ok, birth_ok, expiry_ok, optional_ok, composite_ok),
            errors=tuple(self.errors),
            warnings=tuple(self.warnings),
            lines=self.lines,
        )

    # -- fields ---------------------------------------------------------------------

    def check(self, name: str, data: str, digit: str) -> bool:
        computed = check_digit(data)
        if digit not in _DIGITS:
            self.errors.append(
                msg(
                    "mrz.check_not_digit", field=term("field", name), digit=digit, computed=computed
                )
            )
            return False
        if int(digit) != computed:
            self.errors.append(
                msg("mrz.check", field=term("field", name), digit=digit, computed=computed)
            )
            return False
        return True

    def document_code(self, raw: str) -> str | None:
        allowed = {TD1: "ACI", TD2: "ACI", TD3: "P", MRV_A: "V", MRV_B: "V"}[self.fmt]
        first, second = raw[0], raw[1]
        if first not in allowed:
            self.errors.append(
                msg("mrz.code_first", code=raw, allowed=" or ".join(allowed), fmt=self.fmt)
            )
        if second not in _LETTERS and second != "<":
            self.errors.append(msg("mrz.code_second", code=raw))
        return _strip_filler(raw) or None

    def state_code(self, raw: str, name: str) -> str | None:
        code = _strip_filler(raw)
        if not code or any(c not in _LETTERS for c in code):
            self.errors.append(msg("mrz.state_not_letters", field=term("field", name), code=raw))
            return code or None
        if code == codes.SPECIMEN_STATE:
            self.warnings.append(msg("mrz.state_specimen", field=term("field", name)))
        elif not codes.is_known(code):
            self.warnings.append(msg("mrz.state_unknown", field=term("field", name), code=code))
        return code

    def document_number(
        self, raw: str, digit: str, optional: str | None
    ) -> tuple[str | None, bool, str | None]:
        """Document number, its check, and the optional data left after a long number.

        TD1 and TD2 (9303-5 and -6): a number longer than 9 characters fills the field,
        puts `<` where the check digit goes, and continues in the optional data,
        followed by the check digit (over the whole number) and a filler."""
        opt_text = None if optional is None else _strip_filler(optional)
        if digit == "<" and optional is not None and "<" not in raw:
            ext = optional.split("<", 1)[0]
            if len(ext) < 2:
                self.errors.append(msg("mrz.number_no_continuation"))
                return raw, False, opt_text
            number = raw + ext[:-1]
            rest = _strip_filler(optional[len(ext) :])
            if (
                self.fmt == TD1
                and self.lines[0][2:5] == "BEL"
                and ext[-1] in _DIGITS
                and check_digit(number) != int(ext[-1])
                and check_digit(raw + "<" + ext[:-1]) == int(ext[-1])
            ):
                # Belgian practice (PRADO BEL-BO-03003): the check digit of a long
                # number is computed over the number with the filler at position 15.
                self.warnings.append(msg("mrz.number_belgian"))
                return number, True, rest
            ok = self.check("document number", number, ext[-1])
            return number, ok, rest
        number = _strip_filler(raw)
        if not number:
            self.errors.append(msg("mrz.number_empty"))
        return number or None, self.check("document number", raw, digit), opt_text

    def date(self, raw: str, digit: str, name: str) -> tuple[str | None, bool]:
        ok = self.check(name, raw, digit)
        birth = name == "birth date"
        if birth and "<" in raw:
            return self.partial_birth_date(raw), ok
        if not raw.isdigit():
            self.errors.append(msg("mrz.date_not_digits", field=term("field", name), raw=raw))
            return None, ok
        yy, mm, dd = int(raw[0:2]), int(raw[2:4]), int(raw[4:6])
        if birth:
            # The latest date that is not in the future.
            for century in (2000, 1900):
                d = _date(century + yy, mm, dd)
                if d is not None and d <= self.today:
                    return d.isoformat(), ok
        else:
            # The century that puts the date closest to today (within 50 years).
            found = [d for c in (1900, 2000, 2100) if (d := _date(c + yy, mm, dd)) is not None]
            if found:
                best = min(found, key=lambda d: abs((d - self.today).days))
                return best.isoformat(), ok
        self.errors.append(msg("mrz.date_invalid", field=term("field", name), raw=raw))
        return None, ok

    def partial_birth_date(self, raw: str) -> str | None:
        """Unknown parts of a birth date are filler: YY<<<<, YYMM<<, or <<<<<< (unknown)."""
        if raw == "<<<<<<":
            self.warnings.append(msg("mrz.birth_unknown"))
            return None
        yy, mm, dd = raw[0:2], raw[2:4], raw[4:6]
        if (
            yy.isdigit()
            and (mm.isdigit() or mm == "<<")
            and (dd == "<<")
            and not (mm == "<<" and dd != "<<")
        ):
            year = 2000 + int(yy)
            if mm.isdigit() and not 1 <= int(mm) <= 12:
                self.errors.append(msg("mrz.birth_no_month", raw=raw, mm=mm))
                return None
            month_known = mm.isdigit()
            latest = (year, int(mm) if month_known else 1)
            if latest > (self.today.year, self.today.month):
                year -= 100
            self.warnings.append(msg("mrz.birth_partial", raw=raw))
            return f"{year:04d}-{mm}" if month_known else f"{year:04d}"
        self.errors.append(msg("mrz.birth_not_date", raw=raw))
        return None

    def optional_data_check(self, raw: str, digit: str) -> bool:
        """TD3 personal number: with an empty field the check digit may be `<` or 0."""
        if raw == "<" * len(raw) and digit in "<0":
            return True
        return self.check("optional data", raw, digit)

    def sex(self, c: str) -> str | None:
        if c in "MF":
            return c
        if c == "<":
            return "X"
        if c == "X":
            self.warnings.append(msg("mrz.sex_x"))
            return "X"
        self.errors.append(msg("mrz.sex_invalid", c=c))
        return None

    def names(self, raw: str) -> tuple[str | None, str | None]:
        """Primary identifier `<<` secondary identifier; `<` separates name parts."""
        digits = sorted({c for c in raw if c in _DIGITS})
        if digits:
            self.errors.append(msg("mrz.name_digits", digits="".join(digits)))
        text = raw.rstrip("<")
        if not text:
            self.errors.append(msg("mrz.name_empty"))
            return None, None
        if raw[-1] != "<":
            self.warnings.append(msg("mrz.name_truncated"))
        primary, _, secondary = text.partition("<<")
        surname = " ".join(p for p in primary.split("<") if p)
        given = " ".join(p for p in secondary.split("<") if p)
        if not surname and given:
            # 9303 puts a single name in the primary identifier, but some issuers (India,
            # Switzerland) print it as the secondary one behind an empty primary.
            self.warnings.append(msg("mrz.single_name_secondary"))
            return "", given
        if not surname:
            self.errors.append(msg("mrz.surname_empty"))
        return surname or None, given


def _strip_filler(s: str) -> str:
    return s.strip("<")


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# -- composing (test data, the virtual e-passport, the document generator) ---------------


def _yymmdd(d: dt.date | str) -> str:
    return d.strftime("%y%m%d") if isinstance(d, dt.date) else d


def _name_field(surname: str, given_names: str, width: int) -> str:
    primary = "<".join(surname.split())
    secondary = "<".join(given_names.split())
    text = primary + ("<<" + secondary if secondary else "")
    return _pad(text[:width], width)


def _pad(s: str, width: int) -> str:
    if len(s) > width:
        raise ValueError(f"{s!r} is longer than {width} characters")
    return s + "<" * (width - len(s))


def compose(
    fmt: str,
    *,
    document_code: str,
    issuing_state: str,
    surname: str,
    given_names: str,
    document_number: str,
    nationality: str,
    birth_date: dt.date | str,
    sex: str,
    expiry_date: dt.date | str,
    optional_data: str = "",
    optional_data_2: str = "",
) -> tuple[str, ...]:
    """MRZ lines for the given fields, with correct check digits.

    Inputs are already in MRZ form (A-Z, 0-9; spaces separate name parts and become
    `<`); names are truncated to the field. Dates are `date`s or YYMMDD strings.
    `optional_data_2` is TD1's second optional field (line 2). Document numbers longer
    than 9 characters use the TD1/TD2 continuation in the optional data."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown MRZ format {fmt!r}")
    width = LINE_LENGTH[fmt]
    code = _pad(document_code, 2)
    state, nat = _pad(issuing_state, 3), _pad(nationality, 3)
    birth, expiry = _yymmdd(birth_date), _yymmdd(expiry_date)
    sex_c = "<" if sex == "X" else sex
    lay = mrz_layout.layout(fmt)
    opt_width = lay.field("optional_data_1" if fmt == TD1 else "optional_data").length
    if len(document_number) > 9:
        if fmt not in (TD1, TD2):
            raise ValueError(f"a {fmt} document number has at most 9 characters")
        head, rest = document_number[:9], document_number[9:]
        number_field = head + "<"
        optional = _pad(rest + str(check_digit(document_number)) + "<" + optional_data, opt_width)
    else:
        padded = _pad(document_number, 9)
        number_field = padded + str(check_digit(padded))
        optional = _pad(optional_data, opt_width)
    birth_f = birth + str(check_digit(birth))
    expiry_f = expiry + str(check_digit(expiry))
    if fmt == TD1:
        l1 = code + state + number_field + optional
        opt2 = _pad(optional_data_2, lay.field("optional_data_2").length)
        l2 = birth_f + sex_c + expiry_f + nat + opt2
        l3 = _name_field(surname, given_names, lay.field("names").length)
        lines: tuple[str, ...] = (l1, l2, l3)
    else:
        l1 = code + state + _name_field(surname, given_names, lay.field("names").length)
        l2 = number_field + nat + birth_f + sex_c + expiry_f + optional
        if fmt == TD3:
            l2 += "<" if not optional_data else str(check_digit(optional))
        lines = (l1, l2)
    composite = lay.check("composite")
    if composite is not None:  # the last character of its line
        digit = str(check_digit(composite.data(lines)))
        lines = tuple(ln + digit if i == composite.line else ln for i, ln in enumerate(lines))
    for ln in lines:
        if len(ln) != width or any(c not in _VALUES for c in ln):
            raise ValueError(f"fields do not make a valid {fmt} line: {ln!r}")
    return lines
