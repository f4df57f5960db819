"""Key slots: the random database key, wrapped once per officer (LUKS-style).

The header is a small plain SQLite file next to the encrypted store. It holds, per slot,
the database key encrypted with AES-256-GCM under a key-encryption key (KEK):
- `password` slots: KEK = Argon2id(password, salt) with the parameters stored in the slot;
- the `machine` slot: KEK = 32 random bytes in a key file readable only by the service
  account (fixed counters: lets background sync and commands run with no officer logged
  in; left out on laptops, see DESIGN.md).
The slot's name, role and kind, and the store id, are the GCM associated data: editing
the role in this plain file (officer -> supervisor) makes the slot unusable instead of
elevating anyone. Lockout counters live here too because failures happen before the key
is known; their audit events wait in `pending_events` until the next unlock moves them
into the hash-chained audit log.

Nothing here ever writes a password, a KEK or the database key in plaintext.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import secrets
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

FORMAT = "bws-keyslots/1"
ROLES = ("officer", "supervisor", "installer")
MACHINE_SLOT = "@machine"
# OWASP's first Argon2id recommendation (46 MiB, 1 pass): ~0.1-0.2 s here.
DEFAULT_KDF = {"algorithm": "argon2id", "memory_kib": 47104, "iterations": 1, "lanes": 1}
MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._@-]{0,63}$")
MIN_PASSWORD = 8


class KeySlotError(Exception):
    """Base for key-slot failures; the message is safe to show. `code` and `params` name
    the failure for a translated message (desktop.officers turns them into a coded
    message; "other" is a technical failure shown as it is)."""

    def __init__(self, text: str, code: str = "other", **params: Any) -> None:
        super().__init__(text)
        self.code = code
        self.params = params


class BadCredentials(KeySlotError):
    pass


class LockedOut(KeySlotError):
    def __init__(self, name: str, until: dt.datetime) -> None:
        time = until.astimezone().strftime("%H:%M")
        super().__init__(
            f"{name} is locked out after {MAX_FAILURES} failed logins until "
            f"{time} (a supervisor can unlock)",
            "locked_out",
            name=name,
            n=MAX_FAILURES,
            time=time,
        )
        self.until = until


class NoSuchSlot(KeySlotError):
    pass


@dataclass(frozen=True)
class SlotInfo:
    name: str
    role: str
    kind: str
    created_at: str
    failures: int
    locked_until: str | None


@dataclass(frozen=True)
class PendingEvent:
    id: int
    at: str
    actor: str
    event: str
    detail: dict[str, Any]


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def normalise_name(name: str) -> str:
    n = name.strip().lower()
    if not NAME_RE.match(n):
        raise KeySlotError(
            f"invalid user name {name!r}: use 1-64 letters, digits, '.', '_', '-' or '@'",
            "invalid_name",
            name=name,
        )
    return n


def check_password_policy(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise KeySlotError(
            f"the password must have at least {MIN_PASSWORD} characters",
            "password_short",
            n=MIN_PASSWORD,
        )


def _derive(password: str, salt: bytes, params: dict[str, Any]) -> bytes:
    if params.get("algorithm") != "argon2id":
        raise KeySlotError(f"unsupported key derivation {params.get('algorithm')!r}")
    return Argon2id(
        salt=salt,
        length=32,
        iterations=int(params["iterations"]),
        lanes=int(params["lanes"]),
        memory_cost=int(params["memory_kib"]),
    ).derive(password.encode("utf-8"))


class KeySlots:
    """The key-slot header of one profile. Safe to use from several processes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if not path.exists():
            raise KeySlotError(f"no key slots at {path}: is this workstation initialised?")
        with self._db() as db:
            row = db.execute("SELECT value FROM meta WHERE key='format'").fetchone()
            if row is None or row[0] != FORMAT:
                raise KeySlotError(f"{path} is not a key-slot file of this program")
            self.store_id: str = db.execute(
                "SELECT value FROM meta WHERE key='store_id'"
            ).fetchone()[0]

    # -- creation -------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path) -> KeySlots:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        db = sqlite3.connect(path, isolation_level=None)
        try:
            db.executescript(
                """
                BEGIN;
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE slots (
                    name TEXT PRIMARY KEY, role TEXT NOT NULL, kind TEXT NOT NULL,
                    kdf TEXT NOT NULL, salt BLOB, nonce BLOB NOT NULL, wrapped BLOB NOT NULL,
                    created_at TEXT NOT NULL, failures INTEGER NOT NULL DEFAULT 0,
                    locked_until TEXT);
                CREATE TABLE pending_events (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL,
                    event TEXT NOT NULL, detail TEXT NOT NULL);
                COMMIT;
                """
            )
            db.execute("INSERT INTO meta VALUES ('format', ?)", (FORMAT,))
            db.execute("INSERT INTO meta VALUES ('store_id', ?)", (str(uuid.uuid4()),))
        finally:
            db.close()
        return cls(path)

    @contextmanager
    def _db(self, write: bool = False) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        try:
            db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            yield db
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        finally:
            db.close()

    def _aad(self, name: str, role: str, kind: str) -> bytes:
        return "\x00".join((FORMAT, self.store_id, name, role, kind)).encode()

    def _store_slot(
        self,
        db: sqlite3.Connection,
        name: str,
        role: str,
        kind: str,
        kek: bytes,
        kdf: dict[str, Any],
        salt: bytes | None,
        db_key: bytes,
        *,
        replace: bool,
    ) -> None:
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(kek).encrypt(nonce, db_key, self._aad(name, role, kind))
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        try:
            db.execute(
                f"{verb} INTO slots (name, role, kind, kdf, salt, nonce, wrapped, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (name, role, kind, json.dumps(kdf), salt, nonce, wrapped, utcnow().isoformat()),
            )
        except sqlite3.IntegrityError:
            raise KeySlotError(
                f"{name} already has a key slot on this workstation", "exists", name=name
            ) from None

    def add_password_slot(
        self,
        name: str,
        role: str,
        password: str,
        db_key: bytes,
        *,
        replace: bool = False,
        kdf: dict[str, Any] | None = None,
    ) -> None:
        name = normalise_name(name)
        if role not in ROLES:
            raise KeySlotError(
                f"unknown role {role!r} (one of {', '.join(ROLES)})",
                "unknown_role",
                role=role,
                roles=", ".join(ROLES),
            )
        check_password_policy(password)
        params = dict(kdf or DEFAULT_KDF)
        salt = secrets.token_bytes(16)
        kek = _derive(password, salt, params)  # slow: outside the header's write lock
        with self._db(write=True) as db:
            self._store_slot(db, name, role, "password", kek, params, salt, db_key, replace=replace)

    def add_machine_slot(self, key_file: Path, db_key: bytes) -> None:
        """Create the key file (0600, must not exist) and the machine slot."""
        kek = secrets.token_bytes(32)
        key_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(key_file, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(kek)
            f.flush()
            os.fsync(f.fileno())
        params = {"algorithm": "keyfile", "path": str(key_file.resolve())}
        with self._db(write=True) as db:
            self._store_slot(
                db, MACHINE_SLOT, "machine", "machine", kek, params, None, db_key, replace=True
            )

    # -- use ------------------------------------------------------------------------

    def _row(self, db: sqlite3.Connection, name: str) -> sqlite3.Row | None:
        db.row_factory = sqlite3.Row
        return db.execute("SELECT * FROM slots WHERE name = ?", (name,)).fetchone()

    def has_machine_slot(self) -> bool:
        with self._db() as db:
            return self._row(db, MACHINE_SLOT) is not None

    def unwrap_machine(self) -> bytes:
        with self._db() as db:
            row = self._row(db, MACHINE_SLOT)
        if row is None:
            raise NoSuchSlot(
                "this workstation has no machine slot: give --user NAME --password-stdin"
            )
        path = Path(json.loads(row["kdf"])["path"])
        try:
            kek = path.read_bytes()
        except OSError as e:
            raise KeySlotError(f"cannot read the machine key file {path}: {e.strerror}") from None
        try:
            return AESGCM(kek).decrypt(
                row["nonce"], row["wrapped"], self._aad(MACHINE_SLOT, "machine", "machine")
            )
        except (InvalidTag, ValueError):
            raise KeySlotError(f"the machine key file {path} does not open this store") from None

    def unwrap_password(
        self, name: str, password: str, now: dt.datetime | None = None
    ) -> tuple[bytes, str]:
        """The database key and the slot's role; counts failures and locks out."""
        now = now or utcnow()
        try:
            name = normalise_name(name)
        except KeySlotError:
            raise BadCredentials("unknown user or wrong password", "bad_credentials") from None
        with self._db() as db:
            row = self._row(db, name)
        if row is None or row["kind"] != "password":
            # Same message and about the same time as a wrong password: do not reveal
            # who has a slot here.
            _derive(password, b"\0" * 16, DEFAULT_KDF)
            self.add_event(name, "login_failed", {"reason": "unknown user"}, now=now)
            raise BadCredentials("unknown user or wrong password", "bad_credentials")
        row = self._reserve_attempt(name, now)  # the slot as it is under the lock
        kek = _derive(password, row["salt"], json.loads(row["kdf"]))
        try:
            db_key = AESGCM(kek).decrypt(
                row["nonce"], row["wrapped"], self._aad(name, row["role"], row["kind"])
            )
        except InvalidTag:
            self._failed(name, now)
            raise BadCredentials("unknown user or wrong password", "bad_credentials") from None
        with self._db(write=True) as db:
            # The attempt was counted as a failure in advance: a success clears the count
            # (not a lock that parallel failures set meanwhile).
            db.execute("UPDATE slots SET failures = 0 WHERE name = ?", (name,))
        return db_key, row["role"]

    def _reserve_attempt(self, name: str, now: dt.datetime) -> sqlite3.Row:
        """Count an attempt as a failure *before* the slow key derivation, under the
        header's write lock: parallel attempts each take one of the MAX_FAILURES tries,
        and once they are all taken (in flight or failed) the slot is locked. Without
        this, every process read the same count and 30 parallel guesses got 24 tries."""
        locked: dt.datetime | None = None
        with self._db(write=True) as db:
            row = self._row(db, name)
            if row is None or row["kind"] != "password":
                raise BadCredentials("unknown user or wrong password", "bad_credentials")
            failures = row["failures"]
            if row["locked_until"]:
                until = dt.datetime.fromisoformat(row["locked_until"])
                if until > now:
                    locked = until
                else:  # expired: lifted by time
                    failures = 0
                    db.execute(
                        "UPDATE slots SET failures = 0, locked_until = NULL WHERE name = ?",
                        (name,),
                    )
            if locked is None and failures >= MAX_FAILURES:
                locked = now + LOCKOUT
                db.execute(
                    "UPDATE slots SET failures = 0, locked_until = ? WHERE name = ?",
                    (locked.isoformat(), name),
                )
                self._insert_event(db, name, "locked_out", {"until": locked.isoformat()}, now)
            if locked is not None:
                self._insert_event(db, name, "login_refused_locked", {}, now)
            else:
                db.execute("UPDATE slots SET failures = ? WHERE name = ?", (failures + 1, name))
        if locked is not None:
            raise LockedOut(name, locked)
        return row

    def _failed(self, name: str, now: dt.datetime) -> None:
        """The attempt reserved by `_reserve_attempt` failed: lock once the count is full."""
        locked: dt.datetime | None = None
        with self._db(write=True) as db:
            row = self._row(db, name)
            if row is None:
                return
            failures = row["failures"]
            if failures >= MAX_FAILURES and not row["locked_until"]:
                locked = now + LOCKOUT
                db.execute(
                    "UPDATE slots SET failures = 0, locked_until = ? WHERE name = ?",
                    (locked.isoformat(), name),
                )
            self._insert_event(
                db, name, "login_failed", {"reason": "wrong password", "consecutive": failures}, now
            )
            if locked:
                self._insert_event(db, name, "locked_out", {"until": locked.isoformat()}, now)
        if locked:
            raise LockedOut(name, locked)

    def locked_until(self, name: str, now: dt.datetime | None = None) -> dt.datetime | None:
        """When the slot's lockout ends, or None when it is not locked (or has no slot)."""
        with self._db() as db:
            row = self._row(db, normalise_name(name))
        if row is None or not row["locked_until"]:
            return None
        until = dt.datetime.fromisoformat(row["locked_until"])
        return until if until > (now or utcnow()) else None

    def unlock(self, name: str) -> None:
        name = normalise_name(name)
        with self._db(write=True) as db:
            if self._row(db, name) is None:
                raise NoSuchSlot(f"{name} has no key slot on this workstation")
            db.execute("UPDATE slots SET failures = 0, locked_until = NULL WHERE name = ?", (name,))

    def change_password(self, name: str, old: str, new: str) -> None:
        """Re-wrap only this slot (offline); the database key does not change."""
        db_key, role = self.unwrap_password(name, old)
        self.add_password_slot(name, role, new, db_key, replace=True)

    def remove(self, name: str) -> None:
        name = name if name == MACHINE_SLOT else normalise_name(name)
        with self._db(write=True) as db:
            if db.execute("DELETE FROM slots WHERE name = ?", (name,)).rowcount == 0:
                raise NoSuchSlot(f"{name} has no key slot on this workstation")

    def role_of(self, name: str) -> str | None:
        with self._db() as db:
            row = self._row(db, normalise_name(name))
        return None if row is None else row["role"]

    def list(self) -> list[SlotInfo]:
        with self._db() as db:
            db.row_factory = sqlite3.Row
            rows = db.execute("SELECT * FROM slots ORDER BY name").fetchall()
        return [
            SlotInfo(
                r["name"], r["role"], r["kind"], r["created_at"], r["failures"], r["locked_until"]
            )
            for r in rows
        ]

    # -- audit events that wait for the key ------------------------------------------

    def _insert_event(
        self,
        db: sqlite3.Connection,
        actor: str,
        event: str,
        detail: dict[str, Any],
        now: dt.datetime,
    ) -> None:
        db.execute(
            "INSERT INTO pending_events (at, actor, event, detail) VALUES (?, ?, ?, ?)",
            (now.isoformat(), actor, event, json.dumps(detail, sort_keys=True)),
        )

    def add_event(
        self, actor: str, event: str, detail: dict[str, Any], *, now: dt.datetime | None = None
    ) -> None:
        with self._db(write=True) as db:
            self._insert_event(db, actor, event, detail, now or utcnow())

    def pending_events(self) -> list[PendingEvent]:
        with self._db() as db:
            rows = db.execute(
                "SELECT id, at, actor, event, detail FROM pending_events ORDER BY id"
            ).fetchall()
        return [PendingEvent(r[0], r[1], r[2], r[3], json.loads(r[4])) for r in rows]

    def drop_events_upto(self, last_id: int) -> None:
        with self._db(write=True) as db:
            db.execute("DELETE FROM pending_events WHERE id <= ?", (last_id,))
