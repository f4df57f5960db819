"""Passive authentication (9303-11 §5.1, 9303-12): the SOD's CMS signature by the
Document Signer, each data group read against its hash in the SOD, the DSC chained to
a CSCA, validity periods and CRLs. The result says exactly what failed."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature

from desktop.chip import pki
from desktop.chip.csca import TrustStore
from desktop.chip.sod import SOD
from desktop.messages import Message, define, msg

define(
    {
        "pa.dg_not_listed": "DG{n} is not listed in the SOD",
        "pa.dg_altered": "DG{n} does not match its hash in the SOD (altered)",
        "pa.no_dsc": "the SOD carries no Document Signer certificate",
        "pa.signature_invalid": "the SOD signature is invalid",
        "pa.signature_invalid_detail": "the SOD signature is invalid: {detail}",
        "pa.signature_unchecked": "the SOD signature cannot be checked: {detail}",
        "pa.signature_malformed": "the SOD signature is malformed: {detail}",
        "pa.dsc.expired": "the Document Signer certificate is expired (valid {start} to {end})",
        "pa.dsc.not yet valid": "the Document Signer certificate is not yet valid "
        "(valid {start} to {end})",
        "pa.csca.expired": "the CSCA certificate is expired (valid {start} to {end})",
        "pa.csca.not yet valid": "the CSCA certificate is not yet valid (valid {start} to {end})",
        "pa.no_store": "no CSCA certificates available (give --csca, or sync the replica's "
        "CSCA list)",
        "pa.no_csca": "no CSCA certificate of {country} in the store",
        "pa.dsc_unchecked": "the Document Signer certificate cannot be checked: {detail}",
        "pa.no_csca_key": "no CSCA certificate of {country} with the key that signed the "
        "Document Signer certificate (key id {keyid})",
        "pa.not_signed_by_csca": "the Document Signer certificate is not signed by a CSCA of "
        "{country}",
        "pa.the_issuing_state": "the issuing state",
        "pa.revoked": "the Document Signer certificate is revoked (CSCA CRL)",
        "pa.revocation.none_signed": "revocation not checked: no CRL of {csca} (none signed "
        "by that CSCA)",
        "pa.revocation.none_held": "revocation not checked: no CRL of {csca} (none held)",
        "pa.crl.none_signed": "not checked: no CRL of {csca} (none signed by that CSCA)",
        "pa.crl.none_held": "not checked: no CRL of {csca} (none held)",
        "pa.signer_named_differently": "the SOD names its signer differently from its only "
        "certificate",
    }
)

HASHES = pki.HASHES


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
    validity: dict[str, str] = field(default_factory=dict)  # ok | expired | not yet valid
    warnings: list[str] = field(default_factory=list)

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
            "validity": self.validity,
            "warnings": self.warnings,
        }


def _signer_certificate(sod: SOD) -> tuple[pki.Certificate | None, str | None]:
    """The Document Signer's certificate: the one the SignerInfo names (issuer and
    serial compared as X.500 names, or key identifier); else the SOD's only certificate
    (its signature still has to verify with it). (certificate, note)."""
    certs = []
    for der in sod.certificates:
        try:
            certs.append(pki.Certificate.load(der))
        except pki.CertificateError:
            continue
    found = pki.find_signer(sod.signer_info, certs)
    if found is not None:
        return found, None
    if len(certs) == 1:
        return certs[0], msg("pa.signer_named_differently")
    return None, None


def verify_signed_data(sod: SOD, public_key: object) -> None:
    """Raises InvalidSignature, pki.UnsupportedKey (cannot be checked here) or
    ValueError (a structure that cannot carry a valid signature)."""
    key = public_key if isinstance(public_key, pki.PublicKey) else _wrap(public_key)
    pki.verify_signer_info(sod.signer_info, sod.econtent, sod.content_type, key)


def _wrap(key: object) -> pki.PublicKey:
    """A `cryptography` public key as pki.PublicKey (callers holding one)."""
    from cryptography.hazmat.primitives.asymmetric import ec

    if isinstance(key, ec.EllipticCurvePublicKey):
        return pki.PublicKey("EC", f"EC {key.curve.name}", crypto=key)
    return pki.PublicKey("RSA", "RSA", crypto=key)


def _period(cert: pki.Certificate, now: dt.datetime) -> str:
    if now < cert.not_before:
        return "not yet valid"
    if now > cert.not_after:
        return "expired"
    return "ok"


def verify(
    sod: SOD,
    data_groups: dict[int, bytes],
    trust: TrustStore | None,
    *,
    now: dt.datetime | None = None,
) -> PassiveAuthResult:
    """`invalid` only for what was checked and is wrong (a hash, a signature, a chain,
    a validity period, a revocation); what could not be checked (no CSCA, a key or
    algorithm this program cannot use) makes it `unverified`, and the reasons say which."""
    now = now or dt.datetime.now(dt.UTC)
    result = PassiveAuthResult()
    failures: list[Message] = []
    unchecked: list[Message] = []
    result.warnings.extend(sod.warnings)

    # 1. every data group read against the SOD
    for number, data in sorted(data_groups.items()):
        want = sod.hashes.get(number)
        if want is None:
            result.data_groups[number] = "not in SOD"
            failures.append(msg("pa.dg_not_listed", n=number))
        elif hmac.compare_digest(hashlib.new(sod.hash_algorithm, data).digest(), want):
            result.data_groups[number] = "ok"
        else:
            result.data_groups[number] = "hash mismatch"
            failures.append(msg("pa.dg_altered", n=number))
    for number in sod.hashes:
        result.data_groups.setdefault(number, "not read")

    # 2. the SOD signature by the Document Signer
    dsc, note = _signer_certificate(sod)
    if note:
        result.warnings.append(note)
    if dsc is None:
        # 9303 lets a state leave its DSC out of the SOD (then it comes from the PKD):
        # nothing to check the signature with is not a forgery shown
        result.sod_signature = "no signer certificate"
        unchecked.append(msg("pa.no_dsc"))
    else:
        result.signer = dsc.describe()
        try:
            verify_signed_data(sod, dsc.public_key())
            result.sod_signature = "ok"
        except InvalidSignature as e:
            result.sod_signature = "invalid"
            failures.append(
                msg("pa.signature_invalid_detail", detail=str(e))
                if str(e)
                else msg("pa.signature_invalid")
            )
        except pki.UnsupportedKey as e:
            result.sod_signature = "cannot be checked"
            unchecked.append(msg("pa.signature_unchecked", detail=str(e)))
        except (ValueError, KeyError, TypeError) as e:
            result.sod_signature = "invalid"
            failures.append(msg("pa.signature_malformed", detail=str(e)))
        result.validity["document_signer"] = _period(dsc, now)
        if result.validity["document_signer"] != "ok":
            failures.append(
                msg(
                    f"pa.dsc.{result.validity['document_signer']}",
                    start=f"{dsc.not_before:%Y-%m-%d}",
                    end=f"{dsc.not_after:%Y-%m-%d}",
                )
            )

    # 3. the DSC chained to a CSCA, and not revoked
    if dsc is not None:
        _chain(result, dsc, trust, now, failures, unchecked)

    result.reasons = failures + unchecked
    if failures:
        result.status = "invalid"
    elif unchecked:
        result.status = "unverified"
    else:
        result.status = "valid"
    return result


def _chain(
    result: PassiveAuthResult,
    dsc: pki.Certificate,
    trust: TrustStore | None,
    now: dt.datetime,
    failures: list[Message],
    unchecked: list[Message],
) -> None:
    country = dsc.country or msg("pa.the_issuing_state")
    if trust is None:
        result.chain = "no CSCA store"
        unchecked.append(msg("pa.no_store"))
        return
    candidates = trust.candidates(dsc)
    if not candidates:
        result.chain = "no CSCA"
        unchecked.append(msg("pa.no_csca", country=country))
        return
    csca = None
    cannot: list[str] = []
    for candidate in candidates:
        try:
            dsc.verify_issued_by(candidate)
            csca = candidate
            break
        except InvalidSignature:
            continue
        except pki.UnsupportedKey as e:
            cannot.append(str(e))
    if csca is None:
        named = dsc.aki is not None and any(c.ski == dsc.aki for c in candidates)
        if cannot:
            result.chain = "cannot be checked"
            unchecked.append(msg("pa.dsc_unchecked", detail=cannot[0]))
        elif dsc.aki is not None and not named:
            # the key it names is not held (an older or newer CSCA key): not a forgery
            # we can show, and not a passport we can vouch for
            result.chain = "no CSCA"
            unchecked.append(msg("pa.no_csca_key", country=country, keyid=dsc.aki.hex().upper()))
        else:
            result.chain = "invalid"
            failures.append(msg("pa.not_signed_by_csca", country=country))
        return
    result.chain = "ok"
    result.csca = csca.describe()
    result.csca["source"] = trust.origin.get(csca.fingerprint, "replica")
    result.validity["csca"] = _period(csca, now)
    if result.validity["csca"] != "ok":
        failures.append(
            msg(
                f"pa.csca.{result.validity['csca']}",
                start=f"{csca.not_before:%Y-%m-%d}",
                end=f"{csca.not_after:%Y-%m-%d}",
            )
        )
    result.revocation = _revocation(dsc, csca, trust, now, failures)
    revocation = result.revocation
    if isinstance(revocation, Message) and revocation.code.startswith("pa.crl."):
        code = revocation.code.replace("pa.crl.", "pa.revocation.")
        result.warnings.append(msg(code, **revocation.params))


def _revocation(
    dsc: pki.Certificate,
    csca: pki.Certificate,
    trust: TrustStore,
    now: dt.datetime,
    failures: list[Message],
) -> str | Message:
    """The latest CRL the CSCA signed. No CRL is said, not failed: many states publish
    theirs only through the PKD, and a counter may never have received it."""
    held = trust.crls_for(csca)
    crls = [c for c in held if c.signed_by(csca)]
    if not crls:
        code = "pa.crl.none_signed" if held else "pa.crl.none_held"
        return msg(code, csca=csca.subject)
    crl = max(crls, key=lambda c: c.this_update)
    if dsc.serial in crl.revoked:
        failures.append(msg("pa.revoked"))
        return "revoked"
    if crl.next_update is not None and crl.next_update < now:
        return f"not revoked (CRL out of date since {crl.next_update:%Y-%m-%d})"
    return "not revoked"
