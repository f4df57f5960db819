"""`central load csca FILE` for PKI files: an ICAO or national master list, a CSCA or
link certificate, or a CRL (DER or PEM). The file becomes rows of the `csca` dataset
(DESIGN.md "The CSCA store") published as a delta, so the certificates and CRLs reach
the workstations through signed versions like every dataset.

What is trusted: the csca rows already published, plus `--trust-anchor` certificates.
A master list's signer must chain to one of them; a link certificate must be signed by
one; a CRL must be signed by its CSCA. A newer CRL of a CSCA replaces the older one."""

from __future__ import annotations

import base64
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from central import datasets, db
from central.keys import CentralKeys

PKI_SUFFIXES = {".ml", ".der", ".cer", ".crt", ".pem", ".crl"}


def is_pki_file(path: Path) -> bool:
    """A PKI file rather than JSON Lines (by suffix, else by its first byte)."""
    if path.suffix.lower() in PKI_SUFFIXES:
        return True
    try:
        with open(path, "rb") as f:
            head = f.read(64).lstrip()
    except OSError:
        return False
    return head[:1] == b"\x30" or head.startswith(b"-----BEGIN")


def load_pki_file(
    database: db.Database,
    keys: CentralKeys,
    path: Path,
    anchors: Iterable[Path] = (),
) -> tuple[datasets.Published, dict[str, Any]]:
    """Publish what the file brings. Raises desktop.errors.UsageError (bad or untrusted
    file) or datasets.LoadError (a row the replica would refuse)."""
    from desktop.chip import csca, pki
    from desktop.errors import UsageError

    with database.read() as conn:
        current = list(datasets.current_rows(conn, "csca"))
    trusted = csca.TrustStore.from_der(
        (base64.b64decode(r["der"]) for r in current if r.get("kind", "csca") != "crl"),
        "central",
    )
    anchor_certs = []
    for a in anchors:
        store = csca.load(a)  # raises UsageError naming the file
        anchor_certs += [pki.Certificate.of(c) for c in store.certificates]
    result = csca.read_import(path, trusted, anchor_certs)
    problem = datasets.rows_problem("csca", result.rows)
    if problem is not None:
        index, message = problem
        raise datasets.LoadError(f"{path}: {result.rows[index]['subject']}: {message}")
    gone = csca.superseded_crls(current, result.rows)
    rows = result.rows + [{"fingerprint": fp, "deleted": True} for fp in gone]
    if not result.rows:
        raise UsageError(f"{path}: nothing to load")
    published = datasets.publish_rows(database, keys, "csca", rows, snapshot=False)
    summary = result.to_json() | {"crls_replaced": len(gone)}
    return published, summary
