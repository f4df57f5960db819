"""Enrollment with the central and the key escrow (DESIGN.md, "Key escrow").

Enrollment (an installer, with a one-time code from `python -m central enroll-code`):
the workstation makes an Ed25519 key (signs hand-transfer files) and a random escrow
key Ke; it sends the public key and Ke, gets a data credential and a login token, and
pins the central's signing key and CA bundle. It then wraps its database key under Ke
(AES-256-GCM) into `central.json` in the profile and forgets Ke.

So Ke (held by the central) and the wrapped key (held by the disk) each open nothing
alone. At an officer's first online login on a workstation without a machine slot, the
central verifies the officer's password and only then releases Ke, sealed to a fresh
X25519 key of that login; the workstation unwraps its database key and creates the
officer's own key slot.

`central.json` (mode 0600) holds only what is needed before the store is open: the
central's URL, pinned keys and CA, the workstation id, the login token (good for
officer verification only) and the escrow-wrapped database key. The data credential
and the workstation's private key live inside the encrypted store.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from sqlalchemy import Connection

import protocol
from local_store import Store, audit, settings
from sync import clock
from sync.client import INTERACTIVE_TIMEOUT, CentralClient, check_url

FILE_NAME = "central.json"
SETTINGS_KEY = "sync.enrollment"
CREDENTIAL_KEY = "sync.credential"
SIGNING_KEY = "sync.signing_key"


class EnrollmentError(Exception):
    """Not enrolled, or the enrollment data is unusable (message safe to show)."""


@dataclass(frozen=True)
class Enrollment:
    """The public part (central.json)."""

    central_url: str
    workstation_id: str
    central_public_key: str
    transport_public_key: str
    ca_pem: str | None
    login_token: str
    escrow: dict[str, str] | None  # {"nonce", "wrapped"} (base64), the db key under Ke
    enrolled_at: str

    def client(
        self, token: str | None = None, *, timeout: tuple[float, float] | None = None
    ) -> CentralClient:
        return CentralClient(
            self.central_url,
            token=token or self.login_token,
            ca_pem=self.ca_pem,
            **({"timeout": timeout} if timeout else {}),
        )

    @property
    def signing_key(self) -> Any:
        return protocol.load_public_key(self.central_public_key)


def path_of(profile_root: Path) -> Path:
    return Path(profile_root) / FILE_NAME


def load(profile_root: Path) -> Enrollment:
    p = path_of(profile_root)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        enr = Enrollment(**data)
        check_url(enr.central_url)
        return enr
    except FileNotFoundError:
        raise EnrollmentError(
            "this workstation is not enrolled with a central system: run "
            "`python -m desktop enroll --central URL --code CODE`"
        ) from None
    except (OSError, ValueError, TypeError, AttributeError) as e:
        raise EnrollmentError(
            f"{p} is unusable ({e}): correct it, or enroll again with "
            "`python -m desktop enroll --central URL --code CODE`"
        ) from None


def is_enrolled(profile_root: Path) -> bool:
    return path_of(profile_root).exists()


def _write_private(path: Path, text: str) -> None:
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(path)


def credential(conn: Connection) -> str:
    value = settings.get(conn, CREDENTIAL_KEY)
    if not value:
        raise EnrollmentError("this workstation is not enrolled (no credential in the store)")
    return str(value)


def workstation_signing_key(conn: Connection) -> Ed25519PrivateKey:
    raw = settings.get(conn, SIGNING_KEY)
    if not raw:
        raise EnrollmentError("this workstation is not enrolled (no signing key)")
    return Ed25519PrivateKey.from_private_bytes(protocol.unb64(raw))


def enroll(
    profile_root: Path,
    store: Store,
    db_key: bytes,
    actor: str,
    central_url: str,
    code: str,
    ca_pem: str | None = None,
) -> Enrollment:
    """Enroll this workstation (see the module docstring). Raises the client's errors."""
    with store.read() as conn:
        ws_id = str(settings.get(conn, "workstation_id"))
    signing = Ed25519PrivateKey.generate()
    escrow_key = secrets.token_bytes(32)
    req = protocol.EnrollRequest(
        code=code,
        workstation_id=ws_id,
        name=socket.gethostname()[:200] or "workstation",
        public_key=protocol.public_key_b64(signing),
        escrow_key=protocol.b64(escrow_key),
    )
    with CentralClient(central_url, ca_pem=ca_pem) as client:
        resp = client.enroll(req)
    if resp.workstation_id != ws_id:
        raise EnrollmentError("the central answered for another workstation")
    protocol.load_public_key(resp.central_public_key)
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(escrow_key).encrypt(nonce, db_key, ws_id.encode())
    del escrow_key
    enrollment = Enrollment(
        central_url=client.base_url,
        workstation_id=ws_id,
        central_public_key=resp.central_public_key,
        transport_public_key=resp.transport_public_key,
        ca_pem=ca_pem,
        login_token=resp.login_token,
        escrow={"nonce": protocol.b64(nonce), "wrapped": protocol.b64(wrapped)},
        enrolled_at=clock.now_iso(),
    )
    raw_signing = signing.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    with store.write() as conn:
        settings.put(conn, CREDENTIAL_KEY, resp.credential)
        if resp.port:  # the port the central set with the code (issue 17)
            settings.put(conn, "workstation.port", resp.port)
        settings.put(conn, SIGNING_KEY, protocol.b64(raw_signing))
        settings.put(
            conn,
            SETTINGS_KEY,
            {
                "central_url": enrollment.central_url,
                "workstation_id": ws_id,
                "central_key_id": protocol.key_id(resp.central_public_key),
                "enrolled_at": enrollment.enrolled_at,
            },
        )
        # Written inside the transaction: if it fails, the settings roll back too.
        public = {k: v for k, v in enrollment.__dict__.items()}
        _write_private(path_of(profile_root), json.dumps(public, indent=1))
        audit.append(
            conn,
            actor,
            "enrolled",
            {
                "central": enrollment.central_url,
                "central_key_id": protocol.key_id(resp.central_public_key),
            },
        )
    return enrollment


@dataclass(frozen=True)
class VerifiedOfficer:
    name: str
    role: str
    db_key: bytes | None  # from the escrow, when asked for


def verify_officer_online(
    enrollment: Enrollment, name: str, password: str, *, want_db_key: bool
) -> VerifiedOfficer:
    """Ask the central to verify an officer; with `want_db_key`, also get the escrow key
    and unwrap the database key. Raises client errors (Refused: wrong password)."""
    eph = X25519PrivateKey.generate() if want_db_key else None
    req = protocol.VerifyOfficerRequest(
        name=name,
        password=password,
        want_escrow=want_db_key,
        ephemeral_key=protocol.x25519_public_b64(eph) if eph else None,
    )
    # An officer is waiting at the counter: a hung central must not hold the login for
    # a minute (INTERACTIVE_TIMEOUT: ~2 s to connect, ~4 s for the answer).
    with enrollment.client(timeout=INTERACTIVE_TIMEOUT) as client:
        resp = client.verify_officer(req)
    db_key = None
    if want_db_key:
        if not resp.escrow or enrollment.escrow is None or eph is None:
            raise EnrollmentError("the central did not release this workstation's escrow key")
        escrow_key = protocol.open_sealed(eph, resp.escrow, b"escrow:" + resp.name.encode())
        try:
            db_key = AESGCM(escrow_key).decrypt(
                protocol.unb64(enrollment.escrow["nonce"]),
                protocol.unb64(enrollment.escrow["wrapped"]),
                enrollment.workstation_id.encode(),
            )
        except InvalidTag:
            raise EnrollmentError(
                "the escrow key from the central does not open this workstation's key "
                "(re-enroll the workstation)"
            ) from None
    return VerifiedOfficer(resp.name, resp.role, db_key)
