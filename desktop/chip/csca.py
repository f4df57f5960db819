"""Trust anchors for passive authentication: CSCA certificates (self-signed and link)
and their CRLs, from a file or directory given with `--csca` (PEM or DER certificates,
CRLs, ICAO master lists), or from the replica's `csca` dataset (`from_replica`).

One bad certificate never rejects a master list or a directory: it is skipped, named in
`warnings` and counted in `skipped`. A master list's CMS signature is always checked;
`read_import` (what `central load csca` and `csca import` use) also requires its Master
List Signer to chain to a CSCA already trusted or to a configured trust anchor."""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asn1crypto import cms, core

from desktop.chip import pki
from desktop.errors import UsageError

CSCA_MASTER_LIST_OID = "2.23.136.1.1.2"
SUFFIXES = {".pem", ".crt", ".cer", ".der", ".ml", ".crl"}
_PARSE_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError)


class _AnySet(core.SetOf):
    _child_spec = core.Any


class CscaMasterList(core.Sequence):
    _fields = [  # noqa: RUF012 - asn1crypto's declaration style
        ("version", core.Integer),
        ("cert_list", _AnySet),
    ]


@dataclass
class TrustStore:
    certificates: list[Any] = field(default_factory=list)  # pki.Certificate after init
    crls: list[Any] = field(default_factory=list)  # pki.Crl after init
    sources: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: int = 0
    origin: dict[str, str] = field(default_factory=dict)  # fingerprint -> where from

    def __post_init__(self) -> None:
        # tests and callers may hand in `cryptography` objects or DER
        self.certificates = [pki.Certificate.of(c) for c in self.certificates]
        self.crls = [pki.Crl.of(c) for c in self.crls]

    @classmethod
    def from_der(cls, ders: Iterable[bytes], source: str = "replica") -> TrustStore:
        store = cls(sources=[source])
        for der in ders:
            store.add_der(der, source)
        return store

    def add_der(self, der: bytes, source: str) -> None:
        """A certificate or CRL by its DER; a bad one is skipped and named."""
        try:
            if _looks_like_crl(der):
                self.add_crl(pki.Crl.load(der), source)
            else:
                self.add_certificate(pki.Certificate.load(der), source)
        except pki.CertificateError as e:
            self.skip(f"{source}: {e}")

    def add_certificate(self, cert: pki.Certificate, source: str) -> None:
        if cert.fingerprint in self.origin:
            return
        self.origin[cert.fingerprint] = source
        self.certificates.append(cert)

    def add_crl(self, crl: pki.Crl, source: str) -> None:
        if crl.fingerprint in self.origin:
            return
        self.origin[crl.fingerprint] = source
        self.crls.append(crl)

    def skip(self, warning: str) -> None:
        self.skipped += 1
        self.warnings.append(warning)

    def candidates(self, dsc: Any) -> list[pki.Certificate]:
        """CSCAs (and link certificates) whose subject is the certificate's issuer, as
        X.500 names; those whose key identifier the certificate names first (a country
        may have several CSCA keys under one name)."""
        dsc = pki.Certificate.of(dsc)
        same_name = [c for c in self.certificates if c.subject_key == dsc.issuer_key]
        aki = dsc.aki
        if aki is None:
            return same_name
        return sorted(same_name, key=lambda c: c.ski != aki)

    def crls_for(self, csca: Any) -> list[pki.Crl]:
        csca = pki.Certificate.of(csca)
        return [c for c in self.crls if c.issuer_key == csca.subject_key]

    def countries(self) -> set[str]:
        return {c.country for c in self.certificates if c.country}


def _looks_like_crl(der: bytes) -> bool:
    """A CRL's TBS has a time (thisUpdate) right after the issuer name: at index 3 with a
    version, 2 without. A certificate's TBS has a SEQUENCE there (issuer or validity)."""
    try:
        tbs = core.Sequence.load(der)[0]
        times = [i for i in (2, 3) if tbs[i].class_ == 0 and tbs[i].tag in (23, 24)]
    except _PARSE_ERRORS:
        return False
    return bool(times)


# --- master lists -----------------------------------------------------------------------


@dataclass
class MasterList:
    certificates: list[pki.Certificate]
    signer: pki.Certificate | None
    embedded: list[pki.Certificate]  # the SignedData's own certificates (MLS, its CSCA)
    signature: str  # ok | invalid: ... | unchecked: ...
    skipped: list[str]
    total: int  # entries in the list, parsed or not
    signed_at: str | None

    def chain(self, trusted: Iterable[pki.Certificate]) -> pki.Certificate | None:
        """The trusted CSCA the Master List Signer's certificate chains to, directly or
        through link certificates in the file."""
        if self.signer is None:
            return None
        return chain_to(self.signer, list(trusted), self.embedded + self.certificates)


def chain_to(
    cert: pki.Certificate,
    trusted: list[pki.Certificate],
    pool: list[pki.Certificate],
    depth: int = 6,
) -> pki.Certificate | None:
    """A trusted certificate whose key signed `cert`, or signed a link certificate (in
    `pool`) whose key did, and so on. Keys, not certificates, are what is trusted: a
    re-issued certificate of a trusted key is as good."""
    trusted_keys = {t.spki: t for t in trusted}
    everything = pool + trusted
    frontier, seen = [cert], set()
    for _ in range(depth):
        following = []
        for c in frontier:
            for issuer in everything:
                if issuer.subject_key != c.issuer_key or issuer.spki in seen:
                    continue
                if c.aki is not None and issuer.ski is not None and c.aki != issuer.ski:
                    continue
                try:
                    c.verify_issued_by(issuer)
                except (pki.InvalidSignature, pki.UnsupportedKey):
                    continue
                if issuer.spki in trusted_keys:
                    return trusted_keys[issuer.spki]
                seen.add(issuer.spki)
                # which certificates carry that key under someone else's signature?
                following += [
                    link for link in everything if link.spki == issuer.spki and not link.self_signed
                ]
        if not following:
            return None
        frontier = following
    return None


def parse_master_list(der: bytes, name: str = "master list") -> MasterList:
    """An ICAO CSCA master list (9303-12 §9: CMS SignedData, eContent 2.23.136.1.1.2).
    Raises UsageError when the file is not one; unparseable certificates inside are
    skipped and named."""
    try:
        info = cms.ContentInfo.load(der)
        if info["content_type"].native != "signed_data":
            raise UsageError(f"{name} is not a CMS SignedData")
        signed = info["content"]
        encap = signed["encap_content_info"]
        if encap["content_type"].dotted != CSCA_MASTER_LIST_OID:
            raise UsageError(f"{name} is not a CSCA master list")
        econtent = encap["content"].native
        ml = CscaMasterList.load(econtent)
        entries = list(ml["cert_list"])
        embedded = []
        for choice in signed["certificates"] or []:
            if choice.name == "certificate":
                try:
                    embedded.append(pki.Certificate.load(choice.chosen.dump()))
                except pki.CertificateError:
                    continue
        signer_infos = list(signed["signer_infos"])
    except UsageError:
        raise
    except _PARSE_ERRORS as e:
        raise UsageError(f"{name} is not a readable master list ({e})") from None
    certs, skipped = [], []
    for i, entry in enumerate(entries):
        raw = entry.dump()
        try:
            certs.append(pki.Certificate.load(raw))
        except pki.CertificateError as e:
            skipped.append(f"{name}: entry {i + 1} is not a readable certificate ({e})")
    signer, signature, signed_at = None, "unchecked: no signer", None
    if len(signer_infos) == 1:
        si = signer_infos[0]
        try:  # parsed lazily: a malformed signer identifier shows only here
            signer = pki.find_signer(si, embedded)
        except _PARSE_ERRORS as e:
            return MasterList(
                certs, None, embedded, f"invalid: the signer info is malformed ({e})", skipped,
                len(entries), None,
            )  # fmt: skip
        try:
            for attr in si["signed_attrs"]:
                if attr["type"].native == "signing_time":
                    signed_at = attr["values"][0].native.isoformat()
        except _PARSE_ERRORS:
            pass
        if signer is None:
            signature = "unchecked: the Master List Signer's certificate is not in the file"
        else:
            try:
                pki.verify_signer_info(si, econtent, CSCA_MASTER_LIST_OID, signer.public_key())
                signature = "ok"
            except pki.UnsupportedKey as e:
                signature = f"unchecked: {e}"
            except (pki.InvalidSignature, *_PARSE_ERRORS) as e:
                signature = f"invalid: {e or 'the signature does not verify'}"
    return MasterList(certs, signer, embedded, signature, skipped, len(entries), signed_at)


# --- files ------------------------------------------------------------------------------


def _split(data: bytes, path: Path) -> list[tuple[str, bytes]]:
    """(kind, DER) of a file: "crl", "cert" or "ml"."""
    if b"-----BEGIN" in data:
        out = [("crl", d) for d in pki.load_der_or_pem(data, b"X509 CRL")]
        out += [("cert", d) for d in pki.load_der_or_pem(data, b"CERTIFICATE")]
        if not out:
            raise pki.CertificateError("no certificate or CRL in this PEM file")
        return out
    suffix = path.suffix.lower()
    if suffix == ".ml" or _is_master_list(data):
        return [("ml", data)]
    if suffix == ".crl" or _looks_like_crl(data):
        return [("crl", data)]
    return [("cert", data)]


def _is_master_list(data: bytes) -> bool:
    try:
        info = cms.ContentInfo.load(data)
        return info["content_type"].native == "signed_data"
    except _PARSE_ERRORS:
        return False


def _load_file(path: Path, store: TrustStore) -> None:
    """Into the store, as the operator vouches for it (`--csca`): a master list's
    signature must hold, but need not chain to anything else."""
    name = path.name
    try:
        parts = _split(path.read_bytes(), path)
    except pki.CertificateError as e:
        raise UsageError(f"--csca: {path} is not a certificate, CRL or master list ({e})") from None
    for kind, der in parts:
        if kind == "ml":
            ml = parse_master_list(der, f"--csca: {path}")
            if ml.signature.startswith("invalid"):
                raise UsageError(f"--csca: {path}: the master list's signature is {ml.signature}")
            if ml.signature != "ok":
                store.warnings.append(f"{name}: master list signature {ml.signature}")
            for cert in ml.certificates:
                store.add_certificate(cert, f"master list {name}")
            for warning in ml.skipped:
                store.skip(warning)
            continue
        try:
            if kind == "crl":
                store.add_crl(pki.Crl.load(der), name)
            else:
                store.add_certificate(pki.Certificate.load(der), name)
        except pki.CertificateError as e:
            raise UsageError(
                f"--csca: {path} is not a certificate, CRL or master list ({e})"
            ) from None


def load(path: str | Path) -> TrustStore:
    """CSCA certificates and CRLs from a file or a directory (not recursive). In a
    directory, a file that is not readable is skipped with a warning."""
    p = Path(path)
    store = TrustStore(sources=[str(p)])
    if p.is_dir():
        files = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in SUFFIXES)
        for f in files:
            try:
                _load_file(f, store)
            except UsageError as e:
                store.skip(str(e))
    elif p.is_file():
        _load_file(p, store)
    else:
        raise UsageError(f"--csca: {p} does not exist")
    if not store.certificates:
        detail = f" ({'; '.join(store.warnings)})" if store.warnings else ""
        raise UsageError(f"--csca: no certificate found in {p}{detail}")
    return store


def from_replica(conn: Any) -> TrustStore:
    """The CSCA certificates and CRLs of the local replica (dataset `csca`), given a
    SQLAlchemy Connection from `store.read()`."""
    from sqlalchemy import select

    from local_store.schema import csca_certificates as t

    columns = [t.c.der, t.c.fingerprint]
    has_source = "source" in t.c
    if has_source:
        columns.append(t.c.source)
    store = TrustStore(sources=["replica"])
    for row in conn.execute(select(*columns)):
        source = (row[2] if has_source else None) or "replica"
        store.add_der(row[0], source)
    return store


# --- imports: what the central publishes and a standalone site loads ----------------------


@dataclass
class ImportResult:
    rows: list[dict[str, Any]]  # csca dataset rows (DESIGN.md "Dataset interchange")
    loaded: int
    skipped: list[str]
    already: int = 0
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        kinds: dict[str, int] = {}
        for r in self.rows:
            kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
        return {
            "loaded": self.loaded,
            "by_kind": kinds,
            "skipped": len(self.skipped),
            "skipped_entries": self.skipped,
            "notes": self.notes,
        }


def certificate_row(cert: pki.Certificate, kind: str, source: str) -> dict[str, Any]:
    return {
        "fingerprint": cert.fingerprint,
        "der": base64.b64encode(cert.der).decode(),
        "country": cert.country or "XXX",
        "subject": cert.subject,
        "not_before": cert.not_before.date().isoformat(),
        "not_after": cert.not_after.date().isoformat(),
        "kind": kind,
        "source": source,
    }


def crl_row(crl: pki.Crl, source: str) -> dict[str, Any]:
    until = crl.next_update or crl.this_update
    return {
        "fingerprint": crl.fingerprint,
        "der": base64.b64encode(crl.der).decode(),
        "country": crl.country or "XXX",
        "subject": crl.issuer,
        "not_before": crl.this_update.date().isoformat(),
        "not_after": until.date().isoformat(),
        "kind": "crl",
        "source": source,
    }


def read_import(
    path: str | Path,
    trusted: TrustStore,
    anchors: Iterable[pki.Certificate] = (),
    *,
    now: dt.datetime | None = None,
) -> ImportResult:
    """The csca rows a file brings (`central load csca FILE`, `csca import FILE`):
    - a master list: its signature must verify and its signer chain to a CSCA in
      `trusted` or in `anchors` (else UsageError); every entry loaded or named;
    - a self-signed CSCA certificate: the operator vouches for it;
    - a link certificate (issuer is not the subject): must verify under a trusted CSCA;
    - a CRL: must be signed by a trusted CSCA (or one in the same file).
    Raises UsageError for a file that brings nothing usable."""
    p = Path(path)
    if not p.is_file():
        raise UsageError(f"{p} does not exist or is not a file")
    try:
        parts = _split(p.read_bytes(), p)
    except pki.CertificateError as e:
        raise UsageError(f"{p} is not a certificate, CRL or master list ({e})") from None
    known = list(trusted.certificates) + [pki.Certificate.of(a) for a in anchors]
    result = ImportResult([], 0, [])
    certs: list[pki.Certificate] = []
    crls: list[pki.Crl] = []
    for kind, der in parts:
        if kind == "ml":
            ml = parse_master_list(der, p.name)
            if ml.signature != "ok":
                raise UsageError(f"{p.name}: master list signature {ml.signature}")
            anchor = ml.chain(known)
            if anchor is None:
                signer = ml.signer.subject if ml.signer else "?"
                raise UsageError(
                    f"{p.name}: the Master List Signer ({signer}) does not chain to a trusted "
                    "CSCA: import that state's CSCA first, or give it with --trust-anchor"
                )
            source = f"master list {p.name} (signed by {ml.signer.subject if ml.signer else '?'})"
            result.notes.append(f"master list signer chains to {anchor.subject}")
            result.skipped.extend(ml.skipped)
            for cert in ml.certificates:
                kind_of = "csca" if cert.self_signed else "link"
                result.rows.append(certificate_row(cert, kind_of, source))
            continue
        try:
            if kind == "crl":
                crls.append(pki.Crl.load(der))
            else:
                certs.append(pki.Certificate.load(der))
        except pki.CertificateError as e:
            result.skipped.append(f"{p.name}: {e}")
    for cert in certs:
        if cert.self_signed:
            result.rows.append(certificate_row(cert, "csca", f"file {p.name}"))
            continue
        issuer = chain_to(cert, known, certs)
        if issuer is None:
            result.skipped.append(
                f"{p.name}: link certificate {cert.subject} is not signed by a trusted CSCA"
            )
        else:
            result.rows.append(certificate_row(cert, "link", f"file {p.name}"))
    for crl in crls:
        signers = [c for c in known + certs if c.subject_key == crl.issuer_key]
        if not any(crl.signed_by(c) for c in signers):
            result.skipped.append(f"{p.name}: CRL of {crl.issuer} is not signed by a trusted CSCA")
            continue
        result.rows.append(crl_row(crl, f"file {p.name}"))
    result.loaded = len(result.rows)
    if not result.rows:
        detail = "; ".join(result.skipped) or "nothing in it"
        raise UsageError(f"{p.name}: no CSCA certificate or CRL could be loaded ({detail})")
    return result


def superseded_crls(rows: Iterable[dict[str, Any]], new: list[dict[str, Any]]) -> list[str]:
    """Fingerprints of held CRL rows that a newly loaded CRL of the same issuer replaces
    (only the latest CRL of each CSCA is kept)."""
    latest: dict[str, str] = {}
    for r in new:
        if r.get("kind") == "crl":
            latest[r["subject"]] = max(latest.get(r["subject"], ""), r["not_before"])
    return [
        r["fingerprint"]
        for r in rows
        if r.get("kind") == "crl"
        and r["subject"] in latest
        and r["not_before"] <= latest[r["subject"]]
        and r["fingerprint"] not in {n["fingerprint"] for n in new}
    ]


def listing(store: TrustStore) -> list[dict[str, Any]]:
    """What `csca list --json` prints, one object per certificate or CRL."""
    out = []
    for c in store.certificates:
        out.append({
            "kind": "csca" if c.self_signed else "link",
            "country": c.country,
            "subject": c.subject,
            "not_before": c.not_before.isoformat(),
            "not_after": c.not_after.isoformat(),
            "key_type": c.key_type,
            "source": store.origin.get(c.fingerprint, "replica"),
            "fingerprint": c.fingerprint,
        })  # fmt: skip
    for r in store.crls:
        out.append({
            "kind": "crl",
            "country": r.country,
            "subject": r.issuer,
            "not_before": r.this_update.isoformat(),
            "not_after": r.next_update.isoformat() if r.next_update else None,
            "key_type": None,
            "source": store.origin.get(r.fingerprint, "replica"),
            "fingerprint": r.fingerprint,
            "revoked": len(r.revoked),
        })  # fmt: skip
    return sorted(out, key=lambda r: (r["country"] or "", r["kind"], r["subject"]))
