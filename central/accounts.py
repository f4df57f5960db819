"""Workstations and officers on the central: enrollment codes, credentials, password
checks with lockout, and the escrow key release (DESIGN.md, "Key escrow")."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select, update

from central import datasets, db
from central.keys import CentralKeys
from sync import protocol

ROLES = ("officer", "supervisor", "installer")
CODE_VALIDITY = dt.timedelta(hours=24)
MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


class AccessDenied(Exception):
    """Bad code, credential or password (the message never says which part was wrong
    beyond what the caller already knows)."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_enroll_code(database: db.Database) -> str:
    """A one-time code an installer types at the workstation (24 h validity)."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
    code = "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(3))
    now = _now()
    with database.write() as conn:
        conn.execute(
            insert(db.enroll_codes),
            {
                "code_hash": token_hash(code),
                "created_at": now.isoformat(),
                "expires_at": (now + CODE_VALIDITY).isoformat(),
                "used_by": None,
            },
        )
    return code


def enroll(
    database: db.Database, keys: CentralKeys, req: protocol.EnrollRequest
) -> protocol.EnrollResponse:
    code = req.code.strip().upper()
    escrow_key = protocol.unb64(req.escrow_key, "escrow key")
    if len(escrow_key) != 32:
        raise protocol.ProtocolError("the escrow key has 32 bytes")
    protocol.load_public_key(req.public_key)
    ws_id = req.workstation_id
    credential = secrets.token_urlsafe(32)
    login_token = secrets.token_urlsafe(32)
    with database.write() as conn:
        c = db.enroll_codes.c
        row = conn.execute(select(db.enroll_codes).where(c.code_hash == token_hash(code))).first()
        if row is None or row.used_by is not None or row.expires_at < _now().isoformat():
            raise AccessDenied("unknown, used or expired enrollment code")
        conn.execute(
            update(db.enroll_codes).where(c.code_hash == row.code_hash).values(used_by=ws_id)
        )
        # Re-enrolling (a reinstalled counter, with a new code) replaces the credentials.
        conn.execute(delete(db.workstations).where(db.workstations.c.id == ws_id))
        conn.execute(
            insert(db.workstations),
            {
                "id": ws_id,
                "name": req.name,
                "credential_hash": token_hash(credential),
                "login_token_hash": token_hash(login_token),
                "public_key": req.public_key,
                # Held sealed to the central's own transport key: a copy of the central's
                # database alone does not give the escrow keys.
                "escrow_key": protocol.seal(keys.transport_public, escrow_key, ws_id.encode()),
                "enrolled_at": _now().isoformat(),
                "active": True,
            },
        )
    return protocol.EnrollResponse(
        workstation_id=ws_id,
        credential=credential,
        login_token=login_token,
        central_public_key=keys.signing_public,
        transport_public_key=keys.transport_public,
        datasets=list(protocol.DATASETS),
    )


@dataclass(frozen=True)
class Workstation:
    id: str
    name: str
    public_key: str


def authenticate(conn: Connection, token: str, *, login_only: bool = False) -> Workstation:
    """The workstation a bearer token belongs to. Data calls need the credential; the
    officer-verification call also accepts the login token (usable before the store is
    open, see DESIGN.md)."""
    c = db.workstations.c
    h = token_hash(token)
    cond = c.credential_hash == h
    if login_only:
        cond = cond | (c.login_token_hash == h)
    row = conn.execute(select(db.workstations).where(cond)).first()
    if row is None or not row.active:
        raise AccessDenied("unknown or revoked workstation credential")
    return Workstation(row.id, row.name, row.public_key)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    h = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${h.hex()}"


def _check_password(password: str, stored: str) -> bool:
    _, n, r, p, salt, h = stored.split("$")
    got = hashlib.scrypt(
        password.encode("utf-8"), salt=bytes.fromhex(salt), dklen=32, n=int(n), r=int(r), p=int(p)
    )
    return hmac.compare_digest(got.hex(), h)


def add_officer(
    database: db.Database, keys: CentralKeys, name: str, role: str, password: str
) -> None:
    """Create or update an officer, and publish the officers dataset (name, role, active)
    so that workstations learn about removals and role changes."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    name = name.strip().lower()
    if not name:
        raise ValueError("the officer name is empty")
    now = _now().isoformat()
    values = {
        "role": role,
        "password_hash": hash_password(password),
        "active": True,
        "failures": 0,
        "locked_until": None,
        "updated_at": now,
    }
    with database.write() as conn:
        c = db.officers.c
        if conn.execute(select(c.name).where(c.name == name)).first():
            conn.execute(update(db.officers).where(c.name == name).values(**values))
        else:
            conn.execute(insert(db.officers), {"name": name, **values})
    publish_officers(database, keys)


def publish_officers(database: db.Database, keys: CentralKeys) -> None:
    with database.read() as conn:
        rows = [
            {"name": r.name, "role": r.role, "active": bool(r.active)}
            for r in conn.execute(select(db.officers))
        ]
    datasets.publish_rows(database, keys, "officers", rows, snapshot=True)


def verify_officer(
    database: db.Database,
    keys: CentralKeys,
    ws: Workstation,
    req: protocol.VerifyOfficerRequest,
) -> protocol.VerifyOfficerResponse:
    """Check an officer's password (lockout after MAX_FAILURES) and, when asked, release
    the workstation's escrow key sealed to the caller's ephemeral X25519 key."""
    now = _now()
    name = req.name.strip().lower()
    with database.write() as conn:
        c = db.officers.c
        row = conn.execute(select(db.officers).where(c.name == name)).first()
        if row is None or not row.active:
            hash_password(req.password)  # same time as a real check
            raise AccessDenied("unknown officer or wrong password")
        if row.locked_until and row.locked_until > now.isoformat():
            raise AccessDenied("this officer is locked out for a while after failed logins")
        if not _check_password(req.password, row.password_hash):
            failures = row.failures + 1
            locked = (now + LOCKOUT).isoformat() if failures >= MAX_FAILURES else None
            conn.execute(
                update(db.officers)
                .where(c.name == name)
                .values(failures=0 if locked else failures, locked_until=locked)
            )
            denied = AccessDenied("unknown officer or wrong password")
        else:
            denied = None
            if row.failures:
                conn.execute(update(db.officers).where(c.name == name).values(failures=0))
        escrow = None
        if denied is None and req.want_escrow:
            if not req.ephemeral_key:
                raise protocol.ProtocolError("want_escrow needs an ephemeral_key")
            sealed = conn.execute(
                select(db.workstations.c.escrow_key).where(db.workstations.c.id == ws.id)
            ).scalar_one()
            escrow_key = protocol.open_sealed(keys.transport, sealed, ws.id.encode())
            escrow = protocol.seal(req.ephemeral_key, escrow_key, b"escrow:" + name.encode())
    if denied is not None:  # raised after the commit, so the failure count is kept
        raise denied
    return protocol.VerifyOfficerResponse(name=row.name, role=row.role, escrow=escrow)
