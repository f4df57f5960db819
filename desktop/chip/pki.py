"""Certificates, CRLs and signatures as the eMRTD PKI issues them (9303-12).

Real countries use what `cryptography` alone cannot take: ECDSA keys with explicit
domain parameters (AT, DE, FI, RU: brainpool curves written out in full), certificates
it refuses to parse (AT, JP, AE CSCAs: NULL parameters after the ECDSA algorithm in the
TBS), RSA-PSS, plain (r||s) ECDSA signatures. So everything is parsed with asn1crypto
and every signature is checked here: explicit curves equal to a named one are verified
by `cryptography` on that curve; other explicit or named curves by `ecdsa`.

Errors: `CertificateError` (not a certificate / CRL), `UnsupportedKey` (a key or
algorithm that cannot be checked here: the signature is then *unchecked*, never
*invalid*), `cryptography.exceptions.InvalidSignature` (checked and wrong).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from dataclasses import dataclass, field
from typing import Any

import ecdsa
import ecdsa.curves
import ecdsa.ellipticcurve
import ecdsa.util
from asn1crypto import algos
from asn1crypto import crl as asn1_crl
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import (
    Prehashed,
    decode_dss_signature,
    encode_dss_signature,
)

from desktop.chip import der

_PARSE_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError)


class CertificateError(ValueError):
    """Not a well-formed certificate or CRL."""


class UnsupportedKey(ValueError):
    """A key, curve or algorithm this program cannot check."""


HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1,
    "sha224": hashes.SHA224,
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
    "sha3_224": hashes.SHA3_224,
    "sha3_256": hashes.SHA3_256,
    "sha3_384": hashes.SHA3_384,
    "sha3_512": hashes.SHA3_512,
}

# BSI TR-03111 ecdsa-plain-signatures (r||s, not DER): 0.4.0.127.0.7.1.1.4.1.n
PLAIN_ECDSA = {
    "0.4.0.127.0.7.1.1.4.1.1": "sha1",
    "0.4.0.127.0.7.1.1.4.1.2": "sha224",
    "0.4.0.127.0.7.1.1.4.1.3": "sha256",
    "0.4.0.127.0.7.1.1.4.1.4": "sha384",
    "0.4.0.127.0.7.1.1.4.1.5": "sha512",
}

# Curves `cryptography` verifies on, by the name `ecdsa` gives them.
_CRYPTOGRAPHY_CURVES: dict[str, ec.EllipticCurve] = {
    "NIST224p": ec.SECP224R1(),
    "NIST256p": ec.SECP256R1(),
    "NIST384p": ec.SECP384R1(),
    "NIST521p": ec.SECP521R1(),
    "BRAINPOOLP256r1": ec.BrainpoolP256R1(),
    "BRAINPOOLP384r1": ec.BrainpoolP384R1(),
    "BRAINPOOLP512r1": ec.BrainpoolP512R1(),
}
_DISPLAY = {
    "NIST192p": "P-192",
    "NIST224p": "P-224",
    "NIST256p": "P-256",
    "NIST384p": "P-384",
    "NIST521p": "P-521",
}


def curve_display(name: str) -> str:
    return _DISPLAY.get(name, name.replace("BRAINPOOL", "brainpool"))


@functools.cache
def _known_curves() -> dict[tuple[int, int, int, int, int, int], ecdsa.curves.Curve]:
    out = {}
    for c in ecdsa.curves.curves:
        if not isinstance(c.curve, ecdsa.ellipticcurve.CurveFp):
            continue  # Edwards curves
        g = c.generator
        out[(c.curve.p(), c.curve.a() % c.curve.p(), c.curve.b(), g.x(), g.y(), c.order)] = c
    return out


def _decode_point(curve: ecdsa.ellipticcurve.CurveFp, data: bytes) -> tuple[int, int]:
    p = curve.p()
    size = (p.bit_length() + 7) // 8
    if len(data) == 1 + 2 * size and data[0] == 4:
        return int.from_bytes(data[1 : 1 + size], "big"), int.from_bytes(data[1 + size :], "big")
    if len(data) == 1 + size and data[0] in (2, 3):
        x = int.from_bytes(data[1:], "big")
        y2 = (x * x * x + curve.a() * x + curve.b()) % p
        y = ecdsa.numbertheory.square_root_mod_prime(y2, p)
        if (y & 1) != (data[0] & 1):
            y = p - y
        return x, y
    raise UnsupportedKey("the curve's base point is not encoded as a point")


def _explicit_curve(params: Any) -> tuple[ecdsa.curves.Curve, bool]:
    """(curve, whether it equals a named curve) from SpecifiedECDomain."""
    field_id = params["field_id"]
    if field_id["field_type"].native != "prime_field":
        raise UnsupportedKey("EC key over a binary field")
    p = field_id["parameters"].native
    a = int.from_bytes(params["curve"]["a"].native, "big") % p
    b = int.from_bytes(params["curve"]["b"].native, "big") % p
    n = params["order"].native
    h = params["cofactor"].native or 1
    fp = ecdsa.ellipticcurve.CurveFp(p, a, b, h)
    gx, gy = _decode_point(fp, params["base"].native)
    known = _known_curves().get((p, a, b, gx, gy, n))
    if known is not None:
        return known, True
    generator = ecdsa.ellipticcurve.PointJacobi(fp, gx, gy, 1, n, generator=True)
    if not fp.contains_point(gx, gy):
        raise UnsupportedKey("the explicit curve's base point is not on the curve")
    return ecdsa.curves.Curve(f"explicit {p.bit_length()}-bit curve", fp, generator, (1, 2)), False


@dataclass(frozen=True)
class PublicKey:
    kind: str  # "RSA" | "EC"
    description: str  # e.g. "RSA 4096", "EC brainpoolP256r1 (explicit parameters)"
    crypto: Any = None  # a cryptography public key, when it can verify
    ecdsa_key: ecdsa.VerifyingKey | None = None

    @property
    def bits(self) -> int:
        if self.crypto is not None:
            return int(self.crypto.key_size)
        assert self.ecdsa_key is not None
        return int(self.ecdsa_key.curve.order.bit_length())

    def verify(
        self, sig_alg: algos.SignedDigestAlgorithm, signature: bytes, data: bytes,
        *, default_hash: str = "sha256",
    ) -> None:  # fmt: skip
        """Raises InvalidSignature, or UnsupportedKey when it cannot be checked."""
        try:
            scheme, hash_name, pss = signature_scheme(sig_alg, default_hash)
        except UnsupportedKey:
            raise
        except _PARSE_ERRORS as e:
            raise UnsupportedKey(f"the signature algorithm cannot be read: {e}") from None
        try:
            self._verify(scheme, hash_name, pss, signature, data)
        except (InvalidSignature, UnsupportedKey):
            raise
        except (*_PARSE_ERRORS, OverflowError, UnsupportedAlgorithm) as e:
            # parameters the libraries refuse (a PSS salt longer than the key, ...)
            raise UnsupportedKey(f"the signature cannot be checked: {e}") from None

    def _verify(
        self, scheme: str, hash_name: str, pss: tuple[str, int] | None, signature: bytes,
        data: bytes,
    ) -> None:  # fmt: skip
        if scheme in ("ecdsa", "ecdsa_plain"):
            if self.kind != "EC":
                raise InvalidSignature("an ECDSA signature but the key is not EC")
            self.verify_ecdsa(signature, data, hash_name, plain=scheme == "ecdsa_plain")
            return
        if self.kind != "RSA":
            raise InvalidSignature("an RSA signature but the key is not RSA")
        h = HASHES[hash_name]()
        if scheme == "rsassa_pkcs1v15":
            pad: padding.AsymmetricPadding = padding.PKCS1v15()
        else:
            assert pss is not None
            pad = padding.PSS(padding.MGF1(HASHES[pss[0]]()), pss[1])
        self.crypto.verify(signature, data, pad, h)

    def verify_ecdsa(
        self, signature: bytes, data: bytes, hash_name: str, *, plain: bool = False
    ) -> None:
        """ECDSA over `data` (DER or r||s). Raises InvalidSignature."""
        r, s = _ecdsa_rs(signature, (self.bits + 7) // 8, plain=plain)
        if self.crypto is not None:
            digest = hashlib.new(hash_name, data).digest()
            self.crypto.verify(
                encode_dss_signature(r, s), digest, ec.ECDSA(Prehashed(HASHES[hash_name]()))
            )
            return
        assert self.ecdsa_key is not None
        order = self.ecdsa_key.curve.order
        try:
            ok = (
                0 < r < order
                and 0 < s < order
                and self.ecdsa_key.verify(
                    ecdsa.util.sigencode_string(r, s, order),
                    data,
                    hashfunc=functools.partial(hashlib.new, hash_name),
                    sigdecode=ecdsa.util.sigdecode_string,
                )
            )
        except (ecdsa.BadSignatureError, ecdsa.BadDigestError, AssertionError, ValueError):
            ok = False
        if not ok:
            raise InvalidSignature("the ECDSA signature does not verify")


def _ecdsa_rs(signature: bytes, size: int, *, plain: bool) -> tuple[int, int]:
    """DER ECDSA-Sig-Value, or plain r||s (BSI TR-03111; some signers use it under the
    X9.62 OIDs too)."""
    if not plain and signature[:1] == b"\x30":
        try:
            return decode_dss_signature(signature)
        except ValueError:
            pass
    if len(signature) % 2 or not signature or len(signature) > 2 * size + 2:
        raise InvalidSignature("the ECDSA signature is malformed")
    half = len(signature) // 2
    return int.from_bytes(signature[:half], "big"), int.from_bytes(signature[half:], "big")


def signature_scheme(
    sig_alg: algos.SignedDigestAlgorithm, default_hash: str
) -> tuple[str, str, tuple[str, int] | None]:
    """(scheme, hash, PSS (mgf hash, salt)) of a signature algorithm identifier. Plain
    `rsaEncryption` or `id-ecPublicKey` as the algorithm (seen in SODs) use the digest
    algorithm given beside them."""
    dotted = sig_alg["algorithm"].dotted
    if dotted in PLAIN_ECDSA:
        return "ecdsa_plain", PLAIN_ECDSA[dotted], None
    if dotted == "1.2.840.10045.2.1":  # id-ecPublicKey
        return "ecdsa", default_hash, None
    try:
        scheme = sig_alg.signature_algo
    except _PARSE_ERRORS:
        raise UnsupportedKey(f"unsupported signature algorithm {dotted}") from None
    if scheme not in ("rsassa_pkcs1v15", "rsassa_pss", "ecdsa"):
        raise UnsupportedKey(f"unsupported signature algorithm {scheme}")
    if scheme == "rsassa_pss":
        params = sig_alg["parameters"]
        hash_name = params["hash_algorithm"]["algorithm"].native
        mgf = params["mask_gen_algorithm"]
        if mgf["algorithm"].native != "mgf1":
            raise UnsupportedKey("RSA-PSS with a mask generation other than MGF1")
        mgf_hash = mgf["parameters"]["algorithm"].native
        pss = (mgf_hash, int(params["salt_length"].native))
        if hash_name not in HASHES or mgf_hash not in HASHES:
            raise UnsupportedKey(f"unsupported hash in RSA-PSS ({hash_name}, {mgf_hash})")
        return scheme, hash_name, pss
    try:
        hash_name = sig_alg.hash_algo
    except _PARSE_ERRORS:
        hash_name = default_hash
    if hash_name not in HASHES:
        raise UnsupportedKey(f"unsupported hash algorithm {hash_name}")
    return scheme, hash_name, None


def public_key(info: asn1_keys.PublicKeyInfo) -> PublicKey:
    """A verifying key from a SubjectPublicKeyInfo. Raises UnsupportedKey."""
    try:
        algorithm = info["algorithm"]["algorithm"].native
        if algorithm in ("rsa", "rsassa_pss"):
            numbers = info["public_key"].parsed
            n, e = numbers["modulus"].native, numbers["public_exponent"].native
            key = rsa.RSAPublicNumbers(e, n).public_key()
            return PublicKey("RSA", f"RSA {key.key_size}", crypto=key)
        if algorithm != "ec":
            raise UnsupportedKey(f"unsupported public key algorithm {algorithm}")
        params = info["algorithm"]["parameters"]
        point = info["public_key"].native
        if params.name == "named":
            try:
                curve: ecdsa.curves.Curve = ecdsa.curves.find_curve(
                    tuple(int(x) for x in params.chosen.dotted.split("."))
                )
            except ecdsa.curves.UnknownCurveError:
                raise UnsupportedKey(f"unknown named curve {params.chosen.dotted}") from None
            explicit = ""
        elif params.name == "specified":
            curve, named = _explicit_curve(params.chosen)
            explicit = " (explicit parameters)" if named else ""
        else:
            raise UnsupportedKey("EC key with implicitly-CA parameters")
        return _ec_key(curve, point, explicit)
    except UnsupportedKey:
        raise
    except (*_PARSE_ERRORS, UnsupportedAlgorithm, AssertionError) as e:
        raise UnsupportedKey(f"the public key cannot be read: {e}") from None


def _ec_key(curve: ecdsa.curves.Curve, point: bytes, explicit: str) -> PublicKey:
    name = curve.name
    target = _CRYPTOGRAPHY_CURVES.get(name)
    if target is not None:
        try:
            key = ec.EllipticCurvePublicKey.from_encoded_point(target, point)
        except ValueError:
            raise UnsupportedKey("the EC public point is not on its curve") from None
        return PublicKey("EC", f"EC {curve_display(name)}{explicit}", crypto=key)
    try:
        vk = ecdsa.VerifyingKey.from_string(point, curve=curve)
    except (ecdsa.MalformedPointError, ValueError, AssertionError):
        raise UnsupportedKey("the EC public point is not on its curve") from None
    if name.startswith("explicit"):
        return PublicKey("EC", f"EC {name}", ecdsa_key=vk)
    return PublicKey("EC", f"EC {curve_display(name)}{explicit}", ecdsa_key=vk)


# --- names ------------------------------------------------------------------------------


def name_key(name: asn1_x509.Name) -> tuple[tuple[str, str], ...]:
    """An X.500 name as a comparable value: RDN order and string types (Printable,
    UTF8, ...), case and spaces normalised (RFC 5280 §7.1 preparation)."""
    return _name_key(name.dump())


@functools.lru_cache(maxsize=4096)
def _name_key(der: bytes) -> tuple[tuple[str, str], ...]:
    out = []
    for rdn in asn1_x509.Name.load(der).chosen:
        for atv in rdn:
            out.append((atv["type"].dotted, _prepped(atv)))
    return tuple(sorted(out))


def _prepped(atv: Any) -> str:
    """Case and spaces folded. Plain ASCII directly (LDAP string preparation costs
    ~4 ms a name in pure Python: 588 certificates would take seconds)."""
    try:
        value = atv["value"].native
    except _PARSE_ERRORS:
        return ""
    if isinstance(value, str) and value.isascii() and value.isprintable():
        return " ".join(value.lower().split())
    try:
        return " ".join(str(atv.prepped_value).split())
    except _PARSE_ERRORS:
        return " ".join(str(value).lower().split())


def name_text(name: asn1_x509.Name) -> str:
    """RFC 4514 style, most significant last as `cryptography` prints it. A value that
    does not decode is shown as RFC 4514's `#hex` of its DER; a name whose structure does
    not decode, as `#hex` of the whole name (names are parsed lazily, so a certificate
    that loaded may still hold one)."""
    try:
        parts = []
        for rdn in reversed(list(name.chosen)):
            items = []
            for atv in rdn:
                label = _LABELS.get(atv["type"].dotted, atv["type"].dotted)
                try:
                    value = str(atv["value"].native).replace(",", "\\,").replace("+", "\\+")
                except der.DECODE_ERRORS:
                    value = "#" + atv["value"].dump().hex()
                items.append(f"{label}={value}")
            parts.append("+".join(items))
        return ",".join(parts)
    except der.DECODE_ERRORS:
        return "#" + name.dump().hex()


_LABELS = {
    "2.5.4.3": "CN",
    "2.5.4.6": "C",
    "2.5.4.7": "L",
    "2.5.4.8": "ST",
    "2.5.4.10": "O",
    "2.5.4.11": "OU",
    "2.5.4.5": "serialNumber",
    "1.2.840.113549.1.9.1": "emailAddress",
    "2.5.4.97": "organizationIdentifier",
}


def country_of(name: asn1_x509.Name) -> str | None:
    try:
        for rdn in name.chosen:
            for atv in rdn:
                if atv["type"].dotted == "2.5.4.6":
                    return str(atv["value"].native).upper()
    except der.DECODE_ERRORS:  # a malformed name has no country we can trust
        return None
    return None


def _utc(value: Any) -> dt.datetime:
    d = value.native
    if d.tzinfo is None:
        d = d.replace(tzinfo=dt.UTC)
    return d.astimezone(dt.UTC)


# --- certificates -----------------------------------------------------------------------


@dataclass(eq=False)
class Certificate:
    der: bytes = field(repr=False)
    asn1: asn1_x509.Certificate = field(repr=False)
    subject_key: tuple[tuple[str, str], ...]
    issuer_key: tuple[tuple[str, str], ...]
    serial: int
    not_before: dt.datetime
    not_after: dt.datetime
    _key: PublicKey | UnsupportedKey | None = field(default=None, repr=False)

    @classmethod
    def load(cls, der: bytes) -> Certificate:
        try:
            cert = asn1_x509.Certificate.load(der, strict=True)
            tbs = cert["tbs_certificate"]
            return cls(
                der=bytes(der),
                asn1=cert,
                subject_key=name_key(tbs["subject"]),
                issuer_key=name_key(tbs["issuer"]),
                serial=int(tbs["serial_number"].native),
                not_before=_utc(tbs["validity"]["not_before"]),
                not_after=_utc(tbs["validity"]["not_after"]),
            )
        except _PARSE_ERRORS as e:
            raise CertificateError(f"not an X.509 certificate: {e}") from None

    @classmethod
    def of(cls, cert: Any) -> Certificate:
        """From our own type, a `cryptography` certificate or DER bytes."""
        if isinstance(cert, Certificate):
            return cert
        if isinstance(cert, bytes | bytearray):
            return cls.load(bytes(cert))
        from cryptography.hazmat.primitives.serialization import Encoding

        return cls.load(cert.public_bytes(Encoding.DER))

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.der).hexdigest()

    @property
    def subject(self) -> str:
        return name_text(self.asn1.subject)

    @property
    def issuer(self) -> str:
        return name_text(self.asn1.issuer)

    @property
    def country(self) -> str | None:
        return country_of(self.asn1.subject) or country_of(self.asn1.issuer)

    @property
    def self_issued(self) -> bool:
        """Issuer name = subject name: a self-signed CSCA, or a link certificate (states
        keep the CSCA's name across key changes; the old key signs the new one)."""
        return self.subject_key == self.issuer_key

    @property
    def spki(self) -> bytes:
        return bytes(self.asn1["tbs_certificate"]["subject_public_key_info"].dump())

    @property
    def self_signed(self) -> bool:
        """Signed by its own key: key identifiers when both are there, else the signature."""
        if not self.self_issued:
            return False
        if self.aki is not None and self.ski is not None:
            return self.aki == self.ski
        try:
            self.verify_issued_by(self)
            return True
        except (InvalidSignature, UnsupportedKey):
            return False

    @property
    def ski(self) -> bytes | None:
        try:
            v = self.asn1.key_identifier
        except _PARSE_ERRORS:
            return None
        return bytes(v) if v else None

    @property
    def aki(self) -> bytes | None:
        try:
            v = self.asn1.authority_key_identifier
        except _PARSE_ERRORS:
            return None
        return bytes(v) if v else None

    def public_key(self) -> PublicKey:
        """Raises UnsupportedKey (remembered: asked again, it raises again)."""
        if self._key is None:
            try:
                info = self.asn1["tbs_certificate"]["subject_public_key_info"]
            except der.DECODE_ERRORS as e:  # parsed lazily: malformed only now
                self._key = UnsupportedKey(f"the public key cannot be read: {e}")
            else:
                try:
                    self._key = public_key(info)
                except UnsupportedKey as e:
                    self._key = e
        if isinstance(self._key, UnsupportedKey):
            raise self._key
        return self._key

    @property
    def key_type(self) -> str:
        try:
            return self.public_key().description
        except UnsupportedKey as e:
            return f"unsupported ({e})"

    def verify_issued_by(self, issuer: Certificate) -> None:
        """This certificate's signature by `issuer`'s key. Raises InvalidSignature or
        UnsupportedKey."""
        try:
            tbs = self.asn1["tbs_certificate"].dump()
            sig_alg = self.asn1["signature_algorithm"]
            signature = self.asn1["signature_value"].native
        except _PARSE_ERRORS as e:
            raise InvalidSignature(f"the certificate's signature is malformed: {e}") from None
        issuer.public_key().verify(sig_alg, signature, tbs)

    def valid_at(self, now: dt.datetime) -> bool:
        return self.not_before <= now <= self.not_after

    def describe(self) -> dict[str, str]:
        return {
            "subject": self.subject,
            "issuer": self.issuer,
            "serial": f"{self.serial:X}",
            "not_before": self.not_before.isoformat(),
            "not_after": self.not_after.isoformat(),
            "sha256": self.fingerprint,
            "key": self.key_type,
        }


# --- CRLs -------------------------------------------------------------------------------


@dataclass(eq=False)
class Crl:
    der: bytes = field(repr=False)
    asn1: asn1_crl.CertificateList = field(repr=False)
    issuer_key: tuple[tuple[str, str], ...]
    this_update: dt.datetime
    next_update: dt.datetime | None
    revoked: frozenset[int]

    @classmethod
    def load(cls, der: bytes) -> Crl:
        try:
            crl = asn1_crl.CertificateList.load(der, strict=True)
            tbs = crl["tbs_cert_list"]
            revoked = frozenset(
                int(r["user_certificate"].native) for r in tbs["revoked_certificates"] or []
            )
            nxt = tbs["next_update"]
            return cls(
                der=bytes(der),
                asn1=crl,
                issuer_key=name_key(tbs["issuer"]),
                this_update=_utc(tbs["this_update"]),
                next_update=None if nxt.native is None else _utc(nxt),
                revoked=revoked,
            )
        except _PARSE_ERRORS as e:
            raise CertificateError(f"not an X.509 CRL: {e}") from None

    @classmethod
    def of(cls, crl: Any) -> Crl:
        if isinstance(crl, Crl):
            return crl
        if isinstance(crl, bytes | bytearray):
            return cls.load(bytes(crl))
        from cryptography.hazmat.primitives.serialization import Encoding

        return cls.load(crl.public_bytes(Encoding.DER))

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.der).hexdigest()

    @property
    def issuer(self) -> str:
        return name_text(self.asn1["tbs_cert_list"]["issuer"])

    @property
    def country(self) -> str | None:
        return country_of(self.asn1["tbs_cert_list"]["issuer"])

    def signed_by(self, issuer: Certificate) -> bool:
        """True when `issuer` signed it; False when not or when it cannot be checked."""
        try:
            issuer.public_key().verify(
                self.asn1["signature_algorithm"],
                self.asn1["signature"].native,
                self.asn1["tbs_cert_list"].dump(),
            )
            return True
        except (InvalidSignature, UnsupportedKey, *_PARSE_ERRORS):
            return False


def load_der_or_pem(data: bytes, marker: bytes) -> list[bytes]:
    """DER blocks of every PEM block of this kind (`CERTIFICATE`, `X509 CRL`)."""
    import base64

    out = []
    begin = b"-----BEGIN " + marker + b"-----"
    end = b"-----END " + marker + b"-----"
    for part in data.split(begin)[1:]:
        body = part.split(end)[0]
        try:
            out.append(base64.b64decode(b"".join(body.split()), validate=True))
        except ValueError:
            raise CertificateError(f"a PEM {marker.decode()} block is not base64") from None
    return out


__all__ = [
    "HASHES",
    "Certificate",
    "CertificateError",
    "Crl",
    "InvalidSignature",
    "PublicKey",
    "UnsupportedKey",
    "load_der_or_pem",
    "name_key",
    "public_key",
    "signature_scheme",
]


# --- CMS --------------------------------------------------------------------------------


def verify_signer_info(info: Any, econtent: bytes, content_type: str, key: PublicKey) -> None:
    """A CMS SignerInfo (RFC 5652 §5.4) over `econtent`: signed attributes present, their
    content type `content_type`, their message digest that of `econtent`, the signature
    over their DER re-tagged as SET. Raises InvalidSignature, UnsupportedKey, ValueError
    (a structure that cannot be a valid signature)."""
    attrs = info["signed_attrs"]
    if not attrs.native:
        raise ValueError("no signed attributes")
    digest_name = info["digest_algorithm"]["algorithm"].native
    if digest_name not in HASHES:
        raise UnsupportedKey(f"unknown digest algorithm {digest_name}")
    found: dict[str, Any] = {}
    for attr in attrs:
        found[attr["type"].native] = attr["values"][0]
    signed_type = found.get("content_type")
    if signed_type is None or signed_type.dotted != content_type:
        raise ValueError("the signed content type is not the content's type")
    digest = found.get("message_digest")
    expected = hashlib.new(digest_name, econtent).digest()
    if digest is None or digest.native != expected:
        raise InvalidSignature("the signed message digest does not match the content")
    signed = b"\x31" + attrs.dump()[1:]  # [0] IMPLICIT -> SET OF, as signed (RFC 5652)
    key.verify(
        info["signature_algorithm"], info["signature"].native, signed, default_hash=digest_name
    )


def find_signer(info: Any, certificates: list[Certificate]) -> Certificate | None:
    """The certificate a SignerInfo names (issuer and serial, names compared as X.500
    names; or subject key identifier)."""
    sid = info["sid"]
    for cert in certificates:
        if sid.name == "issuer_and_serial_number":
            want = sid.chosen
            if cert.serial == want["serial_number"].native and cert.issuer_key == name_key(
                want["issuer"]
            ):
                return cert
        elif cert.ski is not None and cert.ski == sid.chosen.native:
            return cert
    return None
