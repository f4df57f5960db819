"""Workstations and officers on the central: enrollment codes, credentials, password
checks with lockout, and the escrow key release (DESIGN.md, "Key escrow")."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

import protocol
from central import datasets, db
from central.keys import CentralKeys
from local_store.keyslots import KeySlotError, normalise_name
from sync.officer_list import OfficerRow, OfficerRowError, check_officer_row

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
    try:  # the workstations' own rule: never publish a name they refuse
        name = normalise_name(name)
    except KeySlotError as e:
        raise ValueError(str(e)) from None
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
    with database.write() as conn:
        _publish_officers_in(conn, keys)


def _publish_officers_in(conn: Connection, keys: CentralKeys) -> datasets.Published:
    """The officers dataset is published from the account table and nothing else, so
    the two cannot disagree (what verify_officer checks is what workstations apply)."""

    def triples() -> Iterator[tuple[str, str, bool]]:
        for r in conn.execute(select(db.officers).order_by(db.officers.c.name)):
            row = {"name": r.name, "role": r.role, "active": bool(r.active)}
            yield protocol.row_key("officers", row), protocol.canonical_bytes(row).decode(), False

    return datasets.publish_rows_in(conn, keys, "officers", list(triples()), snapshot=True)


def load_officers(
    database: db.Database,
    keys: CentralKeys,
    rows: Iterable[tuple[str, str, bool]],
    *,
    delta: bool,
) -> datasets.Published:
    """`load officers FILE`: change the accounts (role, active; a deleted row or, for a
    snapshot, an absent name deactivates), then publish the table. Accounts are created
    with `officers add` (they need a password): an unknown name is refused."""
    import json

    changes: dict[str, OfficerRow] = {}
    for _key, text, _deleted in rows:
        try:
            o = check_officer_row(json.loads(text))
        except OfficerRowError as e:
            raise datasets.LoadError(str(e)) from None
        changes[o.name] = o
    now = _now().isoformat()
    with database.write() as conn:
        c = db.officers.c
        known = {r.name for r in conn.execute(select(c.name).with_for_update())}
        unknown = sorted(n for n, o in changes.items() if n not in known and not o.deleted)
        if unknown:
            raise datasets.LoadError(
                f"unknown officer(s) {', '.join(unknown[:5])}: create accounts with "
                "`officers add NAME --role ROLE --password-stdin` first"
            )
        for name, o in changes.items():
            values: dict[str, Any] = {"active": o.active, "updated_at": now}
            if o.role is not None:
                values["role"] = o.role
            conn.execute(update(db.officers).where(c.name == name).values(**values))
        if not delta:
            absent = known - set(changes)
            if absent:
                conn.execute(
                    update(db.officers)
                    .where(c.name.in_(sorted(absent)))
                    .values(active=False, updated_at=now)
                )
        return _publish_officers_in(conn, keys)


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
        # FOR UPDATE (PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises): the
        # failure count is read and written under one lock, so parallel wrong passwords
        # cannot outrun the lockout.
        row = conn.execute(select(db.officers).where(c.name == name).with_for_update()).first()
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
