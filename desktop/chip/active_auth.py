"""Active authentication (9303-11 §6.1): the chip signs a random challenge with the
private key matching DG15, proving it is not a copy. RSA with ISO/IEC 9796-2 scheme 1
(message recovery), or ECDSA with the algorithm DG14 names, plain r||s or DER."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from asn1crypto import keys as asn1_keys
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from desktop.chip.lds import SecurityInfo
from desktop.messages import Message, define, msg

define(
    {
        "aa.no_ecdsa_algorithm": "DG14 does not name the ECDSA algorithm for active authentication",
        "aa.chip_signature": "the chip's signature does not verify",
        "aa.no_key": "DG15 holds neither an RSA nor an EC key",
        "aa.key_unusable_detail": "the DG15 key cannot be used: {detail}",
        "aa.key_unusable": "the DG15 key cannot be used",
        "aa.wrong_size": "the chip's signature has the wrong size",
        "aa.trailer": "unknown ISO/IEC 9796-2 trailer",
        "aa.signature": "the signature does not verify",
    }
)

ACTIVE_AUTHENTICATION_OID = "2.23.136.1.1.5"
# BSI TR-03111 ecdsa-plain-SHA* and X9.62 ecdsa-with-SHA*
ECDSA_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "0.4.0.127.0.7.1.1.4.1.1": hashes.SHA1,
    "0.4.0.127.0.7.1.1.4.1.2": hashes.SHA224,
    "0.4.0.127.0.7.1.1.4.1.3": hashes.SHA256,
    "0.4.0.127.0.7.1.1.4.1.4": hashes.SHA384,
    "0.4.0.127.0.7.1.1.4.1.5": hashes.SHA512,
    "1.2.840.10045.4.1": hashes.SHA1,
    "1.2.840.10045.4.3.1": hashes.SHA224,
    "1.2.840.10045.4.3.2": hashes.SHA256,
    "1.2.840.10045.4.3.3": hashes.SHA384,
    "1.2.840.10045.4.3.4": hashes.SHA512,
}
# ISO/IEC 9796-2 hash identifiers in a two-byte trailer xx CC
TRAILER_HASHES = {0x33: "sha1", 0x34: "sha256", 0x35: "sha512", 0x36: "sha384", 0x38: "sha224"}


@dataclass
class ActiveAuthResult:
    status: str  # valid | invalid | not supported (no DG15) | not done
    algorithm: str | None = None
    reason: Message | str | None = None

    def to_json(self) -> dict:
        return {"status": self.status, "algorithm": self.algorithm, "reason": self.reason}


def new_challenge() -> bytes:
    return os.urandom(8)


def verify(
    dg15: asn1_keys.PublicKeyInfo,
    security_infos: list[SecurityInfo],
    challenge: bytes,
    signature: bytes,
) -> ActiveAuthResult:
    try:
        key = serialization.load_der_public_key(dg15.dump())
    except (ValueError, UnsupportedAlgorithm):
        return _verify_explicit_ec(dg15, security_infos, challenge, signature)
    if isinstance(key, rsa.RSAPublicKey):
        return _verify_rsa(key, challenge, signature)
    if isinstance(key, ec.EllipticCurvePublicKey):
        oid = next(
            (str(i.optional) for i in security_infos if i.protocol == ACTIVE_AUTHENTICATION_OID),
            None,
        )
        if oid is None or oid not in ECDSA_HASHES:
            return ActiveAuthResult(
                "invalid",
                "ECDSA",
                msg("aa.no_ecdsa_algorithm"),
            )
        h = ECDSA_HASHES[oid]()
        name = f"ECDSA-{h.name.upper()}"
        try:
            key.verify(_ecdsa_der(signature, key), challenge, ec.ECDSA(h))
        except (InvalidSignature, ValueError):
            return ActiveAuthResult("invalid", name, msg("aa.chip_signature"))
        return ActiveAuthResult("valid", name)
    return ActiveAuthResult("invalid", None, msg("aa.no_key"))


def _verify_explicit_ec(
    dg15: asn1_keys.PublicKeyInfo,
    security_infos: list[SecurityInfo],
    challenge: bytes,
    signature: bytes,
) -> ActiveAuthResult:
    """A DG15 key `cryptography` cannot load (EC with explicit parameters, as some
    states write them): through desktop.chip.pki. A key nobody can use was still signed
    by the issuer (DG15 is in the SOD): the check is "not done", not failed."""
    from desktop.chip import pki

    try:
        key = pki.public_key(dg15)
    except pki.UnsupportedKey as e:
        return ActiveAuthResult("not done", None, msg("aa.key_unusable_detail", detail=str(e)))
    if key.kind != "EC":
        return ActiveAuthResult("not done", None, msg("aa.key_unusable"))
    oid = next(
        (str(i.optional) for i in security_infos if i.protocol == ACTIVE_AUTHENTICATION_OID),
        None,
    )
    if oid is None or oid not in ECDSA_HASHES:
        return ActiveAuthResult("invalid", "ECDSA", msg("aa.no_ecdsa_algorithm"))
    hash_name = ECDSA_HASHES[oid].name
    name = f"ECDSA-{hash_name.upper()}"
    try:
        key.verify_ecdsa(signature, challenge, hash_name)
    except InvalidSignature:
        return ActiveAuthResult("invalid", name, msg("aa.chip_signature"))
    return ActiveAuthResult("valid", name)


def _ecdsa_der(signature: bytes, key: ec.EllipticCurvePublicKey) -> bytes:
    size = (key.curve.key_size + 7) // 8
    if len(signature) == 2 * size:  # plain r||s (BSI TR-03111)
        r, s = int.from_bytes(signature[:size], "big"), int.from_bytes(signature[size:], "big")
        return encode_dss_signature(r, s)
    return signature  # DER


def _verify_rsa(key: rsa.RSAPublicKey, challenge: bytes, signature: bytes) -> ActiveAuthResult:
    """ISO/IEC 9796-2 digital signature scheme 1: recover the representative
    6A || M1 || H(M1 || challenge) || BC (or xx CC naming the hash) and check it."""
    algo = "RSA ISO/IEC 9796-2"
    numbers = key.public_numbers()
    n, e = numbers.n, numbers.e
    k = (n.bit_length() + 7) // 8
    s = int.from_bytes(signature, "big")
    if len(signature) != k or not 0 < s < n:
        return ActiveAuthResult("invalid", algo, msg("aa.wrong_size"))
    j = pow(s, e, n)
    if j & 0x0F != 0x0C:  # the signer sent min(s, n - s)
        j = n - j
    rep = j.to_bytes(k, "big")
    if rep[0] & 0xC0 != 0x40 or rep[-1] & 0x0F != 0x0C:
        return ActiveAuthResult("invalid", algo, msg("aa.chip_signature"))
    if rep[-1] == 0xBC:
        hash_name, trailer = "sha1", 1
    elif rep[-1] == 0xCC and rep[-2] in TRAILER_HASHES:
        hash_name, trailer = TRAILER_HASHES[rep[-2]], 2
    else:
        return ActiveAuthResult("invalid", algo, msg("aa.trailer"))
    digest_len = hashlib.new(hash_name).digest_size
    start = next((i for i, b in enumerate(rep) if b & 0x0F == 0x0A), None)
    if start is None:
        return ActiveAuthResult("invalid", algo, msg("aa.chip_signature"))
    m1 = rep[start + 1 : k - trailer - digest_len]
    digest = rep[k - trailer - digest_len : k - trailer]
    if not hmac.compare_digest(hashlib.new(hash_name, m1 + challenge).digest(), digest):
        return ActiveAuthResult("invalid", f"{algo} {hash_name.upper()}", msg("aa.signature"))
    return ActiveAuthResult("valid", f"{algo} {hash_name.upper()}")
