"""Errors of the chip package. Each is one clear line for the officer.

Exit codes follow DESIGN.md: access refused by the chip or a failed integrity check is a
negative result (1); a missing reader, a removed card or an unreadable answer means the
read could not be done (2).
"""

from __future__ import annotations

from desktop.errors import NegativeResult, UsageError
from desktop.messages import define

define(
    {
        "chip.bac_refused": "access denied: the chip refused the MRZ key (check the document "
        "number, birth date and expiry date)",
        "chip.pace_refused": "access denied: the chip refused the PACE password (check the "
        "CAN or the MRZ)",
        "chip.bac_answer": "access denied: the chip's BAC answer does not verify",
        "chip.bac_challenge": "access denied: the chip's BAC answer does not match the challenge",
        "chip.pace_token": "access denied: the chip's PACE token does not verify",
        "chip.no_pcscd": "the PC/SC service (pcscd) is not running",
        "chip.no_reader": "no smart-card reader is connected",
        "chip.card_gone": "the card was removed or does not respond ({detail})",
        "chip.card_removed": "the card was removed during the read",
        "chip.reader_gone": "the reader went away ({detail})",
        "chip.no_card": "no card on {reader}",
        "chip.card_in_use": "another program is using the card on {reader}",
        "chip.sm_mac": "response MAC is wrong: the channel is not trusted",
        "chip.sm_missing": "the chip answered without secure messaging",
        "chip.no_emrtd": "this chip has no eMRTD application: {detail}",
        "chip.com_sod_differ": "EF.COM and EF.SOD list different data groups",
        "chip.face_unreadable": "the face in DG2 cannot be read: {detail}",
        "chip.ca_clone": "the chip does not hold the private key of DG14's chip authentication "
        "key (its answer under the new keys does not verify): a cloned chip",
        "chip.cam_clone": "the chip's PACE-CAM data do not match DG14's chip authentication "
        "key: a cloned chip",
        "chip.ca_refused": "the chip refused chip authentication: {detail}",
        "chip.ca_unsupported": "DG14 offers no chip authentication this reader supports",
        "chip.cam_no_dg14": "the chip has no DG14 to check PACE-CAM against",
        "chip.cam_no_key": "DG14 has no chip authentication key on the PACE curve",
    }
)


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
