"""The central's own keys, kept as files in the state directory (mode 0600):
`signing.key` (Ed25519: signs every replica chunk and head) and `transport.key`
(X25519: hand-transfer files and escrow keys are sealed to it). Created on first use."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)

import protocol


@dataclass(frozen=True)
class CentralKeys:
    signing: Ed25519PrivateKey
    transport: X25519PrivateKey

    @property
    def signing_public(self) -> str:
        return protocol.public_key_b64(self.signing)

    @property
    def transport_public(self) -> str:
        return protocol.x25519_public_b64(self.transport)


def _load_or_create(path: Path, generate):  # type: ignore[no-untyped-def]
    if path.exists():
        return load_pem_private_key(path.read_bytes(), password=None)
    key = generate()
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
        f.flush()
        os.fsync(f.fileno())
    try:
        os.link(tmp, path)  # first writer wins when two processes start at once
    except FileExistsError:
        os.unlink(tmp)
        return load_pem_private_key(path.read_bytes(), password=None)
    os.unlink(tmp)
    return key


def load_keys(state_dir: Path) -> CentralKeys:
    state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    return CentralKeys(
        signing=_load_or_create(state_dir / "signing.key", Ed25519PrivateKey.generate),
        transport=_load_or_create(state_dir / "transport.key", X25519PrivateKey.generate),
    )
