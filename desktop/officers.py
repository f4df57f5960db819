"""Workstation initialisation, login (fully offline), roles, lockout and officer slots.

A `Session` is an unlocked store plus who unlocked it. The database key stays in memory
only while a session is open; it is needed to give new officers a slot.
"""

from __future__ import annotations

import datetime as dt
import secrets
import shutil
import uuid
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert

from desktop.config import Profile
from desktop.errors import NegativeResult, StoreUnusable, UsageError
from desktop.glossary import term
from desktop.messages import Message, define, joined, msg
from local_store import Store, StoreDamaged, StoreError, audit, settings
from local_store.keyslots import (
    MACHINE_SLOT,
    BadCredentials,
    KeySlotError,
    KeySlots,
    LockedOut,
    NoSuchSlot,
    normalise_name,
)
from local_store.schema import officers

MACHINE = "machine"
ROLE_RANK = {"officer": 1, "supervisor": 2, "installer": 3}

# What a role check names (Session.require's `action`); another action is shown as given.
ACTIONS = (
    "acknowledging alerts",
    "resending a refused record",
    "adding an officer",
    "removing an officer",
    "unlocking an officer",
    "resetting a password",
    "enrolling",
    "declaring emergency mode",
    "ending emergency mode",
    "import CSCA certificates",
    "reports",
    "reading the emergency log",
    "changing a policy",
    "resetting a policy",
)
define(
    {
        **{f"officers.action.{a}": a for a in ACTIONS},
        "officers.a.officer": "an officer",
        "officers.a.supervisor": "a supervisor",
        "officers.a.installer": "an installer",
        "officers.a.machine": "a machine",
        "officers.who.machine": "the machine slot",
        "officers.who": "{user} ({role})",
        "officers.needs_role": "{action} needs {needed}; {who} may not "
        "(give --user NAME --password-stdin)",
        "officers.bad_role": "--role must be officer or supervisor, not {role!r}",
        "officers.cannot_add": "a {role} cannot add a {other}",
        "officers.cannot_remove": "a {role} cannot remove a {other}",
        "officers.cannot_unlock": "a {role} cannot unlock {other}",
        "officers.cannot_reset": "a {role} cannot reset the password of a {other}",
        "officers.not_officer": "{name} is not an officer of this workstation",
        "officers.no_slot": "{name} has no key slot on this workstation",
        "officers.revoked": "{name} was removed from this workstation or deactivated by the "
        "central system: a supervisor must add them again here (or the central reinstate "
        "them and this workstation sync) before they can log in",
        "officers.not_active": "{name} is not an active {role} of this workstation",
        "officers.password_needed": "a password is needed with --user",
        "officers.user_needed": "give --user NAME to change a password",
        "officers.other_store": "{name} does not belong to this workstation's store",
        "officers.no_override": "{name} is not an active supervisor: no override",
        # key-slot failures (local_store.keyslots: KeySlotError.code and .params)
        "keyslot.invalid_name": "invalid user name {name!r}: use 1-64 letters, digits, '.', "
        "'_', '-' or '@'",
        "keyslot.password_short": "the password must have at least {n} characters",
        "keyslot.exists": "{name} already has a key slot on this workstation",
        "keyslot.unknown_role": "unknown role {role!r} (one of {roles})",
        "keyslot.bad_credentials": "unknown user or wrong password",
        "keyslot.locked_out": "{name} is locked out after {n} failed logins until {time} "
        "(a supervisor can unlock)",
        "keyslot.other": "{detail}",
    }
)


def keyslot_message(e: KeySlotError) -> Message:
    """A key-slot failure as a coded message (its English is `str(e)`)."""
    code = f"keyslot.{getattr(e, 'code', 'other')}"
    params = getattr(e, "params", {})
    if code == "keyslot.other" or str(msg(code, **params)) != str(e):
        return msg("keyslot.other", detail=str(e))
    return msg(code, **params)


def _a(role: str) -> Message | str:
    return msg(f"officers.a.{role}") if role in (*ROLE_RANK, MACHINE) else role


class AccessDenied(NegativeResult):
    """Wrong password, locked out, revoked or not allowed (exit 1).

    `reason` lets a UI say it in the officer's language: bad_credentials, locked_out
    (with `until`), revoked, forbidden."""

    def __init__(
        self, message: str, reason: str = "forbidden", until: dt.datetime | None = None
    ) -> None:  # `message`: a coded Message where it can be
        super().__init__(message)
        self.reason = reason
        self.until = until


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


@dataclass
class Session:
    profile: Profile
    store: Store
    user: str  # an officer's name, or "machine"
    role: str  # officer | supervisor | installer | machine
    _db_key: bytes = field(repr=False)

    @property
    def is_machine(self) -> bool:
        return self.role == MACHINE

    def require(self, *roles: str, action: str) -> None:
        if self.role not in roles:
            who = (
                msg("officers.who.machine")
                if self.is_machine
                else msg("officers.who", user=self.user, role=term("role", self.role))
            )
            code = f"officers.action.{action}"
            raise AccessDenied(
                msg(
                    "officers.needs_role",
                    action=msg(code) if action in ACTIONS else action,
                    needed=joined([_a(r) for r in roles], " or "),
                    who=who,
                )
            )

    @property
    def workstation_id(self) -> str:
        with self.store.read() as c:
            return str(settings.get(c, "workstation_id"))

    def close(self) -> None:
        self.store.close()
        self._db_key = b""

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _slots(profile: Profile) -> KeySlots:
    # Key slots without store.db is a missing store (Store.open says so), not a new profile.
    if not profile.keyslots.exists() and profile.database.exists():
        raise UsageError(
            f"{profile.keyslots} is missing although {profile.database} is there: restore "
            "keyslots.sqlite from the newest backup (without it the store cannot be opened)"
        )
    if not profile.keyslots.exists():
        raise UsageError(
            f"no workstation profile at {profile.root}: run `python -m desktop init` first "
            "(or give --profile DIR)"
        )
    try:
        return KeySlots(profile.keyslots)
    except KeySlotError as e:
        raise UsageError(str(e)) from None


def _open_store(profile: Profile, key: bytes, *, enforce: bool = True) -> Store:
    try:
        return Store.open(profile.database, key, must_exist=True, enforce=enforce)
    except StoreDamaged as e:
        raise StoreUnusable(str(e), e.problem) from None
    except StoreError as e:
        raise UsageError(f"{e} (the key slots and the store do not belong together)") from None


def initialise(
    profile: Profile,
    installer: str,
    password: str,
    *,
    machine_slot: bool = True,
    machine_key_file: Path | None = None,
) -> Session:
    """Create a new workstation: encrypted store, installer slot, optional machine slot."""
    if profile.keyslots.exists() or profile.database.exists():
        raise UsageError(f"{profile.root} already holds a workstation profile")
    try:
        installer = normalise_name(installer)
    except KeySlotError as e:
        raise UsageError(str(e)) from None
    key_file = machine_key_file or profile.default_machine_key
    if machine_slot and key_file.exists():
        raise UsageError(
            f"the machine key file {key_file} already exists; remove it or choose "
            "another with --machine-key-file"
        )
    created_dir = not profile.root.exists()
    profile.ensure_dir()
    _retire_store_marks(profile)
    db_key = secrets.token_bytes(32)
    try:
        slots = KeySlots.create(profile.keyslots)
        slots.add_password_slot(installer, "installer", password, db_key)
        if machine_slot:
            slots.add_machine_slot(key_file, db_key)
        store = Store.open(profile.database, db_key)
        with store.write() as c:
            settings.put(c, "workstation_id", str(uuid.uuid4()))
            settings.put(c, "created_at", _now())
            c.execute(
                officers.insert().values(
                    name=installer,
                    role="installer",
                    active=True,
                    source="local",
                    created_at=_now(),
                    updated_at=_now(),
                )
            )
            audit.append(c, installer, "workstation_initialised", {"machine_slot": machine_slot})
    except KeySlotError as e:
        _undo_init(profile, key_file if machine_slot else None, created_dir)
        raise UsageError(str(e)) from None
    except BaseException:
        _undo_init(profile, key_file if machine_slot else None, created_dir)
        raise
    return Session(profile, store, installer, "installer", db_key)


def _retire_store_marks(profile: Profile) -> None:
    """A previous workstation's anchor and incidents (local_store.integrity) would call
    the new store an older copy: kept aside under a dated name, not deleted (evidence)."""
    from local_store import integrity

    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    for p in (integrity.anchor_path(profile.database), integrity.incidents_path(profile.database)):
        if p.exists():
            p.rename(p.with_name(f"{p.name}.retired-{stamp}"))


def _undo_init(profile: Profile, key_file: Path | None, created_dir: bool) -> None:
    for p in (
        profile.keyslots,
        profile.database,
        profile.database.with_name(profile.database.name + "-wal"),
        profile.database.with_name(profile.database.name + "-shm"),
    ):
        p.unlink(missing_ok=True)
    if key_file is not None:
        key_file.unlink(missing_ok=True)
    if created_dir:
        shutil.rmtree(profile.root, ignore_errors=True)


def unlock(
    profile: Profile,
    user: str | None,
    password: str | None,
    *,
    purpose: str = "login",
    enforce: bool = True,
) -> Session:
    """Open the store as `user` (password slot) or, with no user, the machine slot.
    `enforce=False`: a damaged or rolled-back store that can still be read opens anyway
    (status, audit verify); its open incidents are in `session.store.incidents`."""
    slots = _slots(profile)
    if user is None:
        try:
            key = slots.unwrap_machine()
        except KeySlotError as e:
            raise UsageError(keyslot_message(e)) from None
        store = _open_store(profile, key, enforce=enforce)
        session = Session(profile, store, MACHINE, MACHINE, key)
    else:
        if password is None:
            raise UsageError(msg("officers.password_needed"))
        try:
            key, role = slots.unwrap_password(user, password)
        except LockedOut as e:
            raise AccessDenied(keyslot_message(e), "locked_out", e.until) from None
        except BadCredentials as e:
            raise AccessDenied(keyslot_message(e), "bad_credentials") from None
        name = normalise_name(user)
        store = _open_store(profile, key, enforce=enforce)
        session = Session(profile, store, name, role, key)
        with store.read() as c:
            row = c.execute(select(officers).where(officers.c.name == name)).first()
        if row is None or not row.active or row.role != role:
            _flush_events(slots, store)
            with store.write() as c:
                audit.append(c, name, "login_refused", {"reason": "revoked or role changed"})
            if row is not None and not row.active:
                with suppress(NoSuchSlot):
                    slots.remove(name)  # revoked: no further offline attempts either
            store.close()
            raise AccessDenied(
                msg("officers.not_active", name=name, role=term("role", role)), "revoked"
            )
    _flush_events(slots, store)
    if not session.is_machine:
        with store.write() as c:
            audit.append(c, session.user, "login", {"role": session.role, "purpose": purpose})
    return session


def _flush_events(slots: KeySlots, store: Store) -> None:
    """Move lockout/failure events from the plain header into the chained audit log.

    `keyslot_events_upto` is written in the same transaction, so a crash between the
    commit and the header cleanup never copies an event twice."""
    events = slots.pending_events()
    if not events:
        return
    with store.write() as c:
        done = int(settings.get(c, "keyslot_events_upto", 0))
        for e in events:
            if e.id > done:
                audit.append(c, e.actor, e.event, {**e.detail, "source": "key slots"}, at=e.at)
        settings.put(c, "keyslot_events_upto", events[-1].id)
    slots.drop_events_upto(events[-1].id)


def add_officer(session: Session, name: str, role: str, password: str) -> None:
    """Local provisioning: an installer adds anyone, a supervisor adds officers."""
    session.require("installer", "supervisor", action="adding an officer")
    if role not in ("officer", "supervisor"):
        raise UsageError(msg("officers.bad_role", role=role))
    if ROLE_RANK[role] >= ROLE_RANK[session.role]:
        raise AccessDenied(
            msg("officers.cannot_add", role=term("role", session.role), other=term("role", role))
        )
    try:
        name = normalise_name(name)
        _slots(session.profile).add_password_slot(name, role, password, session._db_key)
    except KeySlotError as e:
        raise UsageError(keyslot_message(e)) from None
    with session.store.write() as c:
        _upsert_officer(c, name, role, source="local")
        audit.append(c, session.user, "officer_added", {"name": name, "role": role})


def _upsert_officer(c: Connection, name: str, role: str, *, source: str) -> None:
    stmt = insert(officers).values(
        name=name, role=role, active=True, source=source, created_at=_now(), updated_at=_now()
    )
    c.execute(
        stmt.on_conflict_do_update(
            index_elements=["name"],
            set_={"role": role, "active": True, "source": source, "updated_at": _now()},
        )
    )


def provision_slot(
    session: Session, name: str, role: str, password: str, *, source: str = "central"
) -> None:
    """Give an officer verified elsewhere (the central system) a slot on this workstation."""
    name = normalise_name(name)
    try:
        _slots(session.profile).add_password_slot(
            name, role, password, session._db_key, replace=True
        )
    except KeySlotError as e:
        raise UsageError(keyslot_message(e)) from None
    with session.store.write() as c:
        _upsert_officer(c, name, role, source=source)
        audit.append(
            c, session.user, "officer_slot_created", {"name": name, "role": role, "source": source}
        )


def refuse_if_revoked(session: Session, name: str) -> None:
    """Raise AccessDenied (and audit it) when the store marks `name` inactive: removed
    on this workstation or deactivated by the central's officer list. Called before an
    online login creates or re-wraps a slot."""
    name = normalise_name(name)
    with session.store.read() as c:
        row = c.execute(select(officers.c.active).where(officers.c.name == name)).first()
    if row is None or row.active:
        return
    with session.store.write() as c:
        audit.append(c, name, "login_refused", {"reason": "revoked", "mode": "online"})
    raise AccessDenied(msg("officers.revoked", name=name), "revoked")


def remove_officer(session: Session, name: str) -> None:
    """Revoke: the slot goes (no more offline login) and the officer is marked inactive."""
    session.require("installer", "supervisor", action="removing an officer")
    name = normalise_name(name)
    slots = _slots(session.profile)
    role = slots.role_of(name)
    if role is not None and ROLE_RANK.get(role, 9) >= ROLE_RANK[session.role]:
        raise AccessDenied(
            msg("officers.cannot_remove", role=term("role", session.role), other=term("role", role))
        )
    with session.store.write() as c:
        found = c.execute(
            officers.update().where(officers.c.name == name).values(active=False, updated_at=_now())
        ).rowcount
        if role is None and not found:
            raise UsageError(msg("officers.not_officer", name=name))
        audit.append(c, session.user, "officer_removed", {"name": name})
    if role is not None:
        slots.remove(name)


def unlock_officer(session: Session, name: str) -> None:
    session.require("installer", "supervisor", action="unlocking an officer")
    try:
        slots = _slots(session.profile)
        role = slots.role_of(name)
        # Rank as for reset and remove: a supervisor cannot unlock an installer's slot.
        if role is not None and ROLE_RANK.get(role, 9) >= ROLE_RANK[session.role]:
            raise AccessDenied(
                msg("officers.cannot_unlock", role=term("role", session.role), other=_a(role))
            )
        slots.unlock(name)
    except KeySlotError as e:
        raise UsageError(keyslot_message(e)) from None
    with session.store.write() as c:
        audit.append(c, session.user, "officer_unlocked", {"name": normalise_name(name)})


def change_password(session: Session, new_password: str) -> None:
    """The logged-in officer's own password: re-wraps only their slot."""
    if session.is_machine:
        raise UsageError(msg("officers.user_needed"))
    try:
        _slots(session.profile).add_password_slot(
            session.user, session.role, new_password, session._db_key, replace=True
        )
    except KeySlotError as e:
        raise UsageError(keyslot_message(e)) from None
    with session.store.write() as c:
        audit.append(c, session.user, "password_changed", {})


def reset_password(session: Session, name: str, new_password: str) -> None:
    """A supervisor sets a new password for an officer who forgot theirs."""
    session.require("installer", "supervisor", action="resetting a password")
    slots = _slots(session.profile)
    name = normalise_name(name)
    role = slots.role_of(name)
    if role is None:
        raise UsageError(msg("officers.no_slot", name=name))
    if ROLE_RANK.get(role, 9) >= ROLE_RANK[session.role]:
        raise AccessDenied(
            msg("officers.cannot_reset", role=term("role", session.role), other=term("role", role))
        )
    try:
        slots.add_password_slot(name, role, new_password, session._db_key, replace=True)
    except KeySlotError as e:
        raise UsageError(keyslot_message(e)) from None
    with session.store.write() as c:
        audit.append(c, session.user, "password_reset", {"name": name})


def authorise_override(session: Session, name: str, password: str) -> str:
    """A supervisor at an officer's counter proves who they are (offline, through their
    key slot; failures count towards their lockout) to clear a hit. Returns their name."""
    try:
        key, role = _slots(session.profile).unwrap_password(name, password)
    except (LockedOut, BadCredentials) as e:
        # Audited like every other refusal of an override (the slot counts the failure
        # towards its lockout as well).
        with session.store.write() as c:
            audit.append(c, str(name), "override_refused",
                         {"for": session.user, "role": None, "mode": "offline",
                          "reason": "locked out" if isinstance(e, LockedOut)
                          else "wrong password"})  # fmt: skip
        if isinstance(e, LockedOut):
            raise AccessDenied(keyslot_message(e), "locked_out", e.until) from None
        raise AccessDenied(keyslot_message(e), "bad_credentials") from None
    name = normalise_name(name)
    if key != session._db_key:
        raise AccessDenied(msg("officers.other_store", name=name))
    with session.store.write() as c:
        row = c.execute(select(officers).where(officers.c.name == name)).first()
        if role not in ("supervisor", "installer") or row is None or not row.active:
            audit.append(c, name, "override_refused", {"for": session.user, "role": role})
            raise AccessDenied(msg("officers.no_override", name=name))
        audit.append(c, name, "override_authorised", {"for": session.user})
    return name


def prune_revoked_slots(session: Session) -> list[str]:
    """Remove the key slots of officers the store marks inactive (deactivated by the
    central's officer list or locally): revocation then holds offline too, even against
    a password someone still knows. Returns the names removed."""
    slots = _slots(session.profile)
    have = {s.name for s in slots.list() if s.kind == "password"}
    if not have:
        return []
    with session.store.read() as c:
        inactive = {
            r.name for r in c.execute(select(officers.c.name).where(officers.c.active.is_(False)))
        }
    removed = sorted(have & inactive)
    for name in removed:
        with suppress(NoSuchSlot):
            slots.remove(name)
    if removed:
        with session.store.write() as c:
            for name in removed:
                audit.append(
                    c, session.user, "officer_slot_removed", {"name": name, "reason": "inactive"}
                )
    return removed


def list_officers(session: Session) -> list[dict[str, object]]:
    slots = {s.name: s for s in _slots(session.profile).list()}
    with session.store.read() as c:
        rows = c.execute(select(officers).order_by(officers.c.name)).all()
    out = []
    for r in rows:
        s = slots.get(r.name)
        out.append(
            {
                "name": r.name,
                "role": r.role,
                "active": bool(r.active),
                "source": r.source,
                "has_slot": s is not None,
                "locked_until": s.locked_until if s else None,
            }
        )
    if MACHINE_SLOT in slots:
        out.append(
            {
                "name": MACHINE_SLOT,
                "role": MACHINE,
                "active": True,
                "source": "local",
                "has_slot": True,
                "locked_until": None,
            }
        )
    return out
