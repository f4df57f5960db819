"""Errors of the chip package. Each is one clear line for the officer.

Exit codes follow DESIGN.md: access refused by the chip or a failed integrity check is a
negative result (1); a missing reader, a removed card or an unreadable answer means the
read could not be done (2).
"""

from __future__ import annotations

from desktop.errors import NegativeResult, UsageError


class ChipError(UsageError):
    """The read could not be done: reader, card, transport or protocol trouble (exit 2)."""


class NoReaderError(ChipError):
    """No PC/SC service or no matching reader."""


class NoCardError(ChipError):
    """No card on the reader, or it was removed."""


class ChipTimeout(ChipError):
    """The card or the PC/SC service did not answer in time."""


class ChipProtocolError(ChipError):
    """The card answered something malformed or unexpected."""


class AccessDenied(NegativeResult):
    """BAC or PACE refused: wrong MRZ/CAN, or not this document (exit 1)."""


class SecureMessagingError(NegativeResult):
    """A protected response failed its MAC or was not protected (exit 1): the channel
    cannot be trusted, so nothing from it is used."""


class ParseError(ChipError):
    """A data structure from the chip (TLV, LDS file, SOD, face record) is malformed."""
