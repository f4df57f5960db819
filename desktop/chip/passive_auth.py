"""Passive authentication (9303-11 §5.1, 9303-12): the SOD's CMS signature by the
Document Signer, each data group read against its hash in the SOD, the DSC chained to
a CSCA, validity periods and CRLs. The result says exactly what failed."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass, field

from asn1crypto import algos
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from desktop.chip.csca import TrustStore
from desktop.chip.sod import LDS_SECURITY_OBJECT_OID, SOD

HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1,
    "sha224": hashes.SHA224,
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}


@dataclass
class PassiveAuthResult:
    status: str = "invalid"  # valid | invalid | unverified (no trust anchor available)
    reasons: list[str] = field(default_factory=list)
    sod_signature: str = "not checked"
    data_groups: dict[int, str] = field(default_factory=dict)  # ok | hash mismatch | ...
    chain: str = "not checked"
    revocation: str = "not checked"
    signer: dict[str, str] | None = None
    csca: dict[str, str] | None = None

    def to_json(self) -> dict:
        return {
            "status": self.status,
            "reasons": self.reasons,
            "sod_signature": self.sod_signature,
            "data_groups": {f"DG{n}": s for n, s in sorted(self.data_groups.items())},
            "chain": self.chain,
            "revocation": self.revocation,
            "document_signer": self.signer,
            "csca": self.csca,
        }


def _describe(cert: x509.Certificate) -> dict[str, str]:
    return {
        "subject": cert.subject.rfc4514_string(),
        "issuer": cert.issuer.rfc4514_string(),
        "serial": f"{cert.serial_number:X}",
        "not_before": cert.not_valid_before_utc.isoformat(),
        "not_after": cert.not_valid_after_utc.isoformat(),
        "sha256": cert.fingerprint(hashes.SHA256()).hex(),
    }


def _signer_certificate(sod: SOD) -> x509.Certificate | None:
    sid = sod.signer_info["sid"]
    for der in sod.certificates:
        cert = x509.load_der_x509_certificate(der)
        if sid.name == "issuer_and_serial_number":
            want = sid.chosen
            if cert.serial_number == want["serial_number"].native and (
                x509.load_der_x509_certificate(der).issuer.public_bytes() == want["issuer"].dump()
            ):
                return cert
        else:
            try:
                ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
                if ski.value.digest == sid.chosen.native:
                    return cert
            except x509.ExtensionNotFound:
                continue
    return None


def verify_signed_data(sod: SOD, public_key: object) -> None:
    """Raises InvalidSignature (or ValueError for an unusable structure)."""
    info = sod.signer_info
    attrs = info["signed_attrs"]
    if not attrs.native:
        raise ValueError("the SOD has no signed attributes")
    digest_name = info["digest_algorithm"]["algorithm"].native
    if digest_name not in HASHES:
        raise ValueError(f"unknown digest algorithm {digest_name}")
    found: dict[str, object] = {}
    for attr in attrs:
        found[attr["type"].native] = attr["values"][0]
    content_type = found.get("content_type")
    if content_type is None or content_type.dotted != LDS_SECURITY_OBJECT_OID:
        raise ValueError("the signed content type is not the LDS security object")
    digest = found.get("message_digest")
    expected = hashlib.new(digest_name, sod.econtent).digest()
    if digest is None or not hmac.compare_digest(digest.native, expected):
        raise InvalidSignature("the signed message digest does not match the SOD content")
    signed = b"\x31" + attrs.dump()[1:]  # [0] IMPLICIT -> SET OF, as signed (RFC 5652)
    sig_alg: algos.SignedDigestAlgorithm = info["signature_algorithm"]
    signature = info["signature"].native
    algo = sig_alg.signature_algo
    try:
        hash_name = sig_alg.hash_algo
    except ValueError:
        hash_name = digest_name  # plain rsaEncryption / ecPublicKey: the digest algorithm
    h = HASHES[hash_name]()
    if algo == "rsassa_pkcs1v15":
        if not isinstance(public_key, rsa.RSAPublicKey):
            raise ValueError("RSA signature but the DSC key is not RSA")
        public_key.verify(signature, signed, padding.PKCS1v15(), h)
    elif algo == "rsassa_pss":
        if not isinstance(public_key, rsa.RSAPublicKey):
            raise ValueError("RSA-PSS signature but the DSC key is not RSA")
        params = sig_alg["parameters"]
        mgf_hash = HASHES[params["mask_gen_algorithm"]["parameters"]["algorithm"].native]()
        salt = params["salt_length"].native
        public_key.verify(signature, signed, padding.PSS(padding.MGF1(mgf_hash), salt), h)
    elif algo == "ecdsa":
        if not isinstance(public_key, ec.EllipticCurvePublicKey):
            raise ValueError("ECDSA signature but the DSC key is not EC")
        public_key.verify(_ecdsa_der(signature, public_key), signed, ec.ECDSA(h))
    else:
        raise ValueError(f"unsupported signature algorithm {algo}")


def _ecdsa_der(signature: bytes, key: ec.EllipticCurvePublicKey) -> bytes:
    """Some signers store plain r||s (BSI TR-03111) instead of DER: accept both."""
    size = (key.curve.key_size + 7) // 8
    if len(signature) == 2 * size and signature[0] != 0x30:
        r = int.from_bytes(signature[:size], "big")
        s = int.from_bytes(signature[size:], "big")
        return encode_dss_signature(r, s)
    return signature


def _valid_at(cert: x509.Certificate, now: dt.datetime) -> bool:
    return cert.not_valid_before_utc <= now <= cert.not_valid_after_utc


def verify(
    sod: SOD,
    data_groups: dict[int, bytes],
    trust: TrustStore | None,
    *,
    now: dt.datetime | None = None,
) -> PassiveAuthResult:
    now = now or dt.datetime.now(dt.UTC)
    result = PassiveAuthResult()
    failures: list[str] = []

    # 1. every data group read against the SOD
    for number, data in sorted(data_groups.items()):
        want = sod.hashes.get(number)
        if want is None:
            result.data_groups[number] = "not in SOD"
            failures.append(f"DG{number} is not listed in the SOD")
        elif hmac.compare_digest(hashlib.new(sod.hash_algorithm, data).digest(), want):
            result.data_groups[number] = "ok"
        else:
            result.data_groups[number] = "hash mismatch"
            failures.append(f"DG{number} does not match its hash in the SOD (altered)")
    for number in sod.hashes:
        result.data_groups.setdefault(number, "not read")

    # 2. the SOD signature by the Document Signer
    dsc = _signer_certificate(sod)
    if dsc is None:
        result.sod_signature = "no signer certificate"
        failures.append("the SOD carries no Document Signer certificate")
    else:
        result.signer = _describe(dsc)
        try:
            verify_signed_data(sod, dsc.public_key())
            result.sod_signature = "ok"
        except InvalidSignature as e:
            result.sod_signature = "invalid"
            failures.append(f"the SOD signature is invalid{': ' + str(e) if str(e) else ''}")
        except (ValueError, UnsupportedAlgorithm, KeyError, TypeError) as e:
            result.sod_signature = "unusable"
            failures.append(f"the SOD signature cannot be checked: {e}")
        if not _valid_at(dsc, now):
            failures.append(
                "the Document Signer certificate is outside its validity period "
                f"({dsc.not_valid_before_utc:%Y-%m-%d} to {dsc.not_valid_after_utc:%Y-%m-%d})"
            )

    # 3. the DSC chained to a CSCA, and not revoked
    unverified = False
    if dsc is not None:
        candidates = trust.candidates(dsc) if trust else []
        csca = None
        for candidate in candidates:
            try:
                dsc.verify_directly_issued_by(candidate)
                csca = candidate
                break
            except (InvalidSignature, ValueError, TypeError, UnsupportedAlgorithm):
                continue
        country = _country(dsc)
        if trust is None:
            result.chain = "no CSCA store"
            unverified = True
            result.reasons.append(
                "no CSCA certificates available (give --csca, or sync the replica's CSCA list)"
            )
        elif not candidates:
            result.chain = "no CSCA"
            unverified = True
            result.reasons.append(f"no CSCA certificate of {country} in the store")
        elif csca is None:
            result.chain = "invalid"
            failures.append(f"the Document Signer certificate is not signed by a CSCA of {country}")
        else:
            result.chain = "ok"
            result.csca = _describe(csca)
            if not _valid_at(csca, now):
                failures.append("the CSCA certificate is outside its validity period")
            result.revocation = _revocation(dsc, csca, trust, now, failures)

    result.reasons = failures + result.reasons
    if failures:
        result.status = "invalid"
    elif unverified:
        result.status = "unverified"
    else:
        result.status = "valid"
    return result


def _country(cert: x509.Certificate) -> str:
    attrs = cert.issuer.get_attributes_for_oid(x509.NameOID.COUNTRY_NAME)
    return str(attrs[0].value) if attrs else "the issuing state"


def _revocation(
    dsc: x509.Certificate,
    csca: x509.Certificate,
    trust: TrustStore,
    now: dt.datetime,
    failures: list[str],
) -> str:
    crls = [c for c in trust.crls_for(csca) if c.is_signature_valid(csca.public_key())]
    if not crls:
        return "no CRL"
    crl = max(crls, key=lambda c: c.last_update_utc)
    if crl.get_revoked_certificate_by_serial_number(dsc.serial_number) is not None:
        failures.append("the Document Signer certificate is revoked (CSCA CRL)")
        return "revoked"
    if crl.next_update_utc is not None and crl.next_update_utc < now:
        return "not revoked (CRL out of date)"
    return "not revoked"
