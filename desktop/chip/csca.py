"""Trust anchors for passive authentication: CSCA certificates (and CRLs) from a file or
directory given with `--csca` (PEM or DER certificates, CRLs, ICAO master lists), or
from any iterable of DER certificates, such as the replica's `csca_certificates` table
(`from_replica`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asn1crypto import cms, core
from asn1crypto import x509 as asn1_x509
from cryptography import x509

from desktop.errors import UsageError

CSCA_MASTER_LIST_OID = "2.23.136.1.1.2"
SUFFIXES = {".pem", ".crt", ".cer", ".der", ".ml", ".crl"}


class CscaMasterList(core.Sequence):
    _fields = [  # noqa: RUF012 - asn1crypto's declaration style
        ("version", core.Integer),
        ("cert_list", core.SetOf, {"spec": asn1_x509.Certificate}),
    ]


@dataclass
class TrustStore:
    certificates: list[x509.Certificate] = field(default_factory=list)
    crls: list[x509.CertificateRevocationList] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    @classmethod
    def from_der(cls, ders: Iterable[bytes], source: str = "replica") -> TrustStore:
        store = cls(sources=[source])
        for der in ders:
            store.certificates.append(x509.load_der_x509_certificate(der))
        return store

    def candidates(self, dsc: x509.Certificate) -> list[x509.Certificate]:
        """CSCAs whose subject is the DSC's issuer (key identifiers first when both
        carry them: a country may have several CSCA keys under one name)."""
        same_name = [c for c in self.certificates if c.subject == dsc.issuer]
        aki = _aki(dsc)
        if aki is None:
            return same_name
        return sorted(same_name, key=lambda c: _ski(c) != aki)

    def crls_for(self, csca: x509.Certificate) -> list[x509.CertificateRevocationList]:
        return [c for c in self.crls if c.issuer == csca.subject]


def _aki(cert: x509.Certificate) -> bytes | None:
    try:
        ext = cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier)
        return ext.value.key_identifier
    except x509.ExtensionNotFound:
        return None


def _ski(cert: x509.Certificate) -> bytes | None:
    try:
        return cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    except x509.ExtensionNotFound:
        return None


def _master_list(der: bytes) -> list[x509.Certificate]:
    """Certificates of an ICAO CSCA master list (9303-12 §9). Its signature is not
    checked here: the installer vouches for the file given with --csca."""
    info = cms.ContentInfo.load(der)
    encap = info["content"]["encap_content_info"]
    if encap["content_type"].dotted != CSCA_MASTER_LIST_OID:
        raise ValueError("not a CSCA master list")
    ml = CscaMasterList.load(encap["content"].native)
    return [x509.load_der_x509_certificate(c.dump()) for c in ml["cert_list"]]


def _load_file(path: Path, store: TrustStore) -> None:
    data = path.read_bytes()
    try:
        if b"-----BEGIN X509 CRL" in data:
            store.crls.extend(
                x509.load_pem_x509_crl(b"-----BEGIN X509 CRL" + part)
                for part in data.split(b"-----BEGIN X509 CRL")[1:]
            )
        if b"-----BEGIN CERTIFICATE" in data:
            store.certificates.extend(x509.load_pem_x509_certificates(data))
        elif b"-----BEGIN" not in data:
            if path.suffix.lower() == ".crl":
                store.crls.append(x509.load_der_x509_crl(data))
            elif path.suffix.lower() == ".ml":
                store.certificates.extend(_master_list(data))
            else:
                store.certificates.append(x509.load_der_x509_certificate(data))
    except (ValueError, TypeError, KeyError) as e:
        raise UsageError(f"--csca: {path} is not a certificate, CRL or master list ({e})") from None


def load(path: str | Path) -> TrustStore:
    """CSCA certificates and CRLs from a file or a directory (not recursive)."""
    p = Path(path)
    store = TrustStore(sources=[str(p)])
    if p.is_dir():
        files = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in SUFFIXES)
        for f in files:
            _load_file(f, store)
    elif p.is_file():
        _load_file(p, store)
    else:
        raise UsageError(f"--csca: {p} does not exist")
    if not store.certificates:
        raise UsageError(f"--csca: no certificate found in {p}")
    return store


def from_replica(conn: Any) -> TrustStore:
    """The CSCA certificates of the local replica (dataset `csca`), given a SQLAlchemy
    Connection from `store.read()`."""
    from sqlalchemy import select

    from local_store.schema import csca_certificates

    return TrustStore.from_der(conn.execute(select(csca_certificates.c.der)).scalars(), "replica")
