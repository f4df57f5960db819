"""Basic Access Control (ICAO 9303-11 §4.3): keys from the MRZ, mutual authentication,
session keys. Reader and card side, so the virtual passport shares the arithmetic."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from desktop.chip.apdu import Command
from desktop.chip.cipher import (
    ENC_COUNTER,
    MAC_COUNTER,
    SessionKeys,
    des3_decrypt,
    des3_encrypt,
    kdf,
    pad,
    retail_mac,
)
from desktop.chip.errors import AccessDenied, ChipProtocolError
from desktop.documents import mrz
from desktop.documents.mrz import TravelDocument
from desktop.errors import UsageError
from desktop.messages import msg


@dataclass(frozen=True)
class MrzKey:
    """The BAC/PACE password: the 'MRZ information' of 9303-11 §4.3.2 (document number,
    birth date, expiry date, each with its check digit, as printed). `repr()` never
    shows it: it protects the chip's personal data."""

    information: str

    def __repr__(self) -> str:
        return "MrzKey(<hidden>)"

    @classmethod
    def from_document(cls, doc: TravelDocument) -> MrzKey:
        """From the parsed MRZ (`desktop.documents.mrz.parse`)."""
        info = doc.mrz_information()
        if info is None:
            raise UsageError(f"not an MRZ: {'; '.join(doc.errors) or 'unreadable lines'}")
        return cls(info)

    @classmethod
    def from_fields(cls, document_number: str, birth_date: str, expiry_date: str) -> MrzKey:
        """From the three fields (dates YYMMDD); numbers under 9 characters are padded."""
        number = document_number.ljust(9, "<")
        return cls("".join(f + str(mrz.check_digit(f)) for f in (number, birth_date, expiry_date)))


@dataclass(frozen=True)
class CanKey:
    """The 6-digit Card Access Number printed on the data page (PACE only)."""

    can: str

    def __repr__(self) -> str:
        return "CanKey(<hidden>)"


def key_seed(mrz_information: str) -> bytes:
    return hashlib.sha1(mrz_information.encode("ascii")).digest()[:16]


def basic_keys(seed: bytes) -> SessionKeys:
    """KEnc and KMAC, the document basic access keys."""
    return SessionKeys("3des", kdf(seed, ENC_COUNTER), kdf(seed, MAC_COUNTER))


def session_keys(k_ifd: bytes, k_ic: bytes) -> SessionKeys:
    seed = bytes(a ^ b for a, b in zip(k_ifd, k_ic, strict=True))
    return basic_keys(seed)


def initial_ssc(rnd_ic: bytes, rnd_ifd: bytes) -> bytes:
    return rnd_ic[4:8] + rnd_ifd[4:8]


GET_CHALLENGE = Command(0x00, 0x84, 0x00, 0x00, ne=8)


def external_authenticate(
    keys: SessionKeys, rnd_ic: bytes, rnd_ifd: bytes, k_ifd: bytes
) -> Command:
    s = rnd_ifd + rnd_ic + k_ifd
    e_ifd = des3_encrypt(keys.k_enc, s)
    m_ifd = retail_mac(keys.k_mac, pad(e_ifd, 8))
    return Command(0x00, 0x82, 0x00, 0x00, e_ifd + m_ifd, 40)


def finish(
    keys: SessionKeys, rnd_ic: bytes, rnd_ifd: bytes, k_ifd: bytes, response: bytes
) -> tuple[SessionKeys, bytes]:
    """Check the chip's answer to EXTERNAL AUTHENTICATE: (session keys, SSC)."""
    if len(response) != 40:
        raise ChipProtocolError(f"BAC answer of {len(response)} bytes, 40 expected")
    e_ic, m_ic = response[:32], response[32:]
    if not hmac.compare_digest(retail_mac(keys.k_mac, pad(e_ic, 8)), m_ic):
        raise AccessDenied(msg("chip.bac_answer"))
    r = des3_decrypt(keys.k_enc, e_ic)
    if r[:8] != rnd_ic or r[8:16] != rnd_ifd:
        raise AccessDenied(msg("chip.bac_challenge"))
    return session_keys(k_ifd, r[16:32]), initial_ssc(rnd_ic, rnd_ifd)


def new_terminal_randoms() -> tuple[bytes, bytes]:
    """(RND.IFD, K.IFD)."""
    return os.urandom(8), os.urandom(16)


# --- card side -------------------------------------------------------------------------


def card_answer(
    keys: SessionKeys, rnd_ic: bytes, k_ic: bytes, data: bytes
) -> tuple[bytes, SessionKeys, bytes] | None:
    """The chip's side of EXTERNAL AUTHENTICATE: (answer, session keys, SSC), or None
    when the terminal's cryptogram does not verify (wrong MRZ)."""
    if len(data) != 40:
        return None
    e_ifd, m_ifd = data[:32], data[32:]
    if not hmac.compare_digest(retail_mac(keys.k_mac, pad(e_ifd, 8)), m_ifd):
        return None
    s = des3_decrypt(keys.k_enc, e_ifd)
    rnd_ifd, got_ic, k_ifd = s[:8], s[8:16], s[16:32]
    if got_ic != rnd_ic:
        return None
    e_ic = des3_encrypt(keys.k_enc, rnd_ic + rnd_ifd + k_ic)
    answer = e_ic + retail_mac(keys.k_mac, pad(e_ic, 8))
    return answer, session_keys(k_ifd, k_ic), initial_ssc(rnd_ic, rnd_ifd)
