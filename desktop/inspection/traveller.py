"""The traveller of an inspection: the document as the screening and the record see it,
made once where the document enters (the window's MRZ field parses it as it is typed,
`inspect --mrz`, or fields an officer typed in) and never re-parsed downstream."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from desktop.errors import UsageError
from desktop.messages import define, joined, msg

if TYPE_CHECKING:
    from desktop.documents.mrz import TravelDocument
    from desktop.screening.checks import Traveller as Screened

# Typed-field checks name the command line's options (`option`): only `inspect` types
# fields in; the window reads the MRZ.
define(
    {
        "traveller.unreadable": "the MRZ could not be read: {errors}",
        "traveller.mrz_lines": "--mrz takes the 2 or 3 lines of the machine readable zone",
        "traveller.birth_needed": "--birth-date is needed with --surname",
        "traveller.birth_future": "{option} {value} is in the future",
        "traveller.birth_too_old": "{option} {value} is more than {years} years ago",
        "traveller.expiry_not_date": "{option} {value!r} is not a date (YYYY-MM-DD)",
        "traveller.expiry_before_birth": "{option} {value} is before the birth date",
        "traveller.expiry_too_far": "{option} {value} is more than {years} years ahead",
        "traveller.bad_sex": "{option} {value!r} is not M, F or X",
        "traveller.bad_number": "{option} {value!r}: up to 20 letters and digits",
        "traveller.empty": "{option} is empty",
        "traveller.too_long": "{option} is longer than {n} characters",
        "traveller.not_a_name": "{option} {value!r} is not a name (letters, no control characters)",
        "traveller.not_a_real_date": "{option} {value!r} is not a real date (YYYY-MM-DD, "
        "YYYY-MM or YYYY)",
        "traveller.bad_state": "{option} {value!r} is not an ICAO three-letter state code",
    }
)


@dataclass(frozen=True)
class Traveller:
    """The document fields an inspection record keeps, in the record's order (the one
    list of them), then what the record and the rules need besides."""

    document_code: str | None = None
    issuing_state: str | None = None
    document_number: str | None = None
    surname: str | None = None
    given_names: str | None = None
    nationality: str | None = None
    birth_date: str | None = None
    sex: str | None = None
    expiry_date: str | None = None
    valid: bool | None = None  # None: typed in, no check digits to verify
    errors: tuple[str, ...] = ()
    number_checked: bool = False  # an MRZ check digit confirmed the document number
    # The MRZ as parsed (None when typed in): the chip's BAC key comes from it.
    document: TravelDocument | None = None

    def record_fields(self) -> dict[str, Any]:
        """The record's document fields (`document_code` .. `expiry_date`)."""
        return {f: getattr(self, f) for f in DOCUMENT_FIELDS}

    def for_screening(self) -> Screened:
        from desktop.screening.checks import Traveller as Screened

        return Screened(
            surname=self.surname or "",
            given_names=self.given_names or "",
            birth_date=self.birth_date,
            nationality=self.nationality,
            sex=self.sex,
            document_number=self.document_number,
            issuing_state=self.issuing_state,
            document_type=self.document_code,
            document_number_checked=self.number_checked,
        )


_NAMES = [f.name for f in fields(Traveller)]
DOCUMENT_FIELDS = tuple(_NAMES[: _NAMES.index("valid")])


def usable(doc: TravelDocument) -> bool:
    """Whether a parse can be screened: an MRZ with at least a surname or a number."""
    return doc.is_mrz and bool(doc.surname or doc.document_number)


def from_document(doc: TravelDocument) -> Traveller:
    """The traveller of an MRZ already parsed (the window's MRZ field)."""
    if not usable(doc):
        errors = joined(doc.errors or ("?",), "; ")  # "?": data, no words
        raise UsageError(msg("traveller.unreadable", errors=errors))
    return Traveller(
        document_code=doc.document_code,
        issuing_state=doc.issuing_state,
        document_number=doc.document_number,
        surname=doc.surname,
        given_names=doc.given_names,
        nationality=doc.nationality,
        birth_date=doc.birth_date,
        sex=doc.sex,
        expiry_date=doc.expiry_date,
        valid=doc.valid,
        errors=doc.errors,
        number_checked=bool(doc.checks.document_number),
        document=doc,
    )


def from_mrz(lines: list[str]) -> Traveller:
    """`inspect --mrz LINE...`: parsed here, once."""
    from desktop.documents import mrz

    if not 2 <= len(lines) <= 3:
        raise UsageError(msg("traveller.mrz_lines"))
    return from_document(mrz.parse(lines))


MAX_FIELD = 200  # characters, as for the names of the central's lists
_OLDEST_YEARS = 130
_EXPIRY_YEARS_AHEAD = 20  # passports run 10 years, some travel documents a little more


def typed(
    *,
    surname: str,
    given_names: str = "",
    birth_date: str | None,
    nationality: str | None = None,
    document_number: str | None = None,
    issuing_state: str | None = None,
    sex: str | None = None,
    expiry_date: str | None = None,
    today: dt.date | None = None,
) -> Traveller:
    """A document typed in by an officer (`inspect --surname ...`), checked as strictly as
    the MRZ path checks a read one: real calendar dates, a birth in the past, a plausible
    expiry, known state codes, M/F/X, non-empty names of reasonable length (UsageError)."""
    today = today or dt.date.today()
    surname = _name(surname, "--surname", required=True)
    given = _name(given_names, "--given-names", required=False)
    if not birth_date:
        raise UsageError(msg("traveller.birth_needed"))
    birth = _partial_date(birth_date, "--birth-date")
    if birth > today:
        raise UsageError(msg("traveller.birth_future", option="--birth-date", value=birth_date))
    if birth.year < today.year - _OLDEST_YEARS:
        raise UsageError(
            msg("traveller.birth_too_old", option="--birth-date", value=birth_date,
                years=_OLDEST_YEARS)
        )  # fmt: skip
    expiry = None
    if expiry_date:
        try:
            expiry = dt.date.fromisoformat(expiry_date.strip())
        except ValueError:
            raise UsageError(
                msg("traveller.expiry_not_date", option="--expiry-date", value=expiry_date)
            ) from None
        if expiry <= birth:
            raise UsageError(
                msg("traveller.expiry_before_birth", option="--expiry-date", value=expiry_date)
            )
        if expiry > today.replace(year=today.year + _EXPIRY_YEARS_AHEAD, day=min(today.day, 28)):
            raise UsageError(
                msg("traveller.expiry_too_far", option="--expiry-date", value=expiry_date,
                    years=_EXPIRY_YEARS_AHEAD)
            )  # fmt: skip
    nat = _state(nationality, "--nationality")
    issuer = _state(issuing_state, "--issuing-state") or nat
    if sex is not None and sex.strip().upper() not in ("M", "F", "X"):
        raise UsageError(msg("traveller.bad_sex", option="--sex", value=sex))
    number = (document_number or "").replace(" ", "").upper() or None
    if number is not None and (len(number) > 20 or not number.isalnum() or not number.isascii()):
        raise UsageError(
            msg("traveller.bad_number", option="--document-number", value=document_number)
        )
    return Traveller(
        document_code="P",
        surname=surname.upper(),
        given_names=given.upper(),
        birth_date=birth_date.strip(),
        nationality=nat,
        document_number=number,
        issuing_state=issuer,
        sex=sex.strip().upper() if sex else None,
        expiry_date=expiry.isoformat() if expiry else None,
        valid=None,
    )


def _name(value: str | None, option: str, *, required: bool) -> str:
    v = (value or "").strip()
    if not v:
        if required:
            raise UsageError(msg("traveller.empty", option=option))
        return ""
    if len(v) > MAX_FIELD:
        raise UsageError(msg("traveller.too_long", option=option, n=MAX_FIELD))
    if not v.isprintable() or not any(c.isalpha() for c in v):
        raise UsageError(msg("traveller.not_a_name", option=option, value=v[:40]))
    return v


def _partial_date(value: str, option: str) -> dt.date:
    """YYYY-MM-DD, YYYY-MM or YYYY (as `screen` takes them), as the earliest real date."""
    v = value.strip()
    parts = v.split("-")
    try:
        if not (1 <= len(parts) <= 3 and all(p.isdigit() and p.isascii() for p in parts)):
            raise ValueError
        if len(parts[0]) != 4 or any(len(p) != 2 for p in parts[1:]):
            raise ValueError
        nums = [int(p) for p in parts] + [1, 1]
        return dt.date(nums[0], nums[1], nums[2])
    except ValueError:
        raise UsageError(msg("traveller.not_a_real_date", option=option, value=value)) from None


def _state(value: str | None, option: str) -> str | None:
    from desktop.documents.codes import SPECIMEN_STATE, is_known

    if value is None or not value.strip():
        return None
    v = value.strip().upper()
    bare = v.rstrip("<")
    if len(v) > 3 or not (is_known(bare) or bare == SPECIMEN_STATE):
        raise UsageError(msg("traveller.bad_state", option=option, value=value))
    return v
