"""`login`: online first when the central is reachable, offline otherwise.

Online, the central verifies the officer (its lockout applies). An officer without a
key slot here gets one: the database key comes from the machine slot when there is
one, else from the key escrow (sync.enrollment: the central releases the escrow key
only for the officer it has just verified). A refusal by the central is final: no
offline fallback for a password the central has just refused. When the central cannot
be reached, the officer's existing slot decides (desktop.officers.unlock).

Online never overrules the workstation: an officer removed here or deactivated by the
central's officer list gets no slot (checked before one is created), and a local
lockout stays until a supervisor lifts it or it expires.
"""

from __future__ import annotations

from typing import Any

from desktop import officers
from desktop.config import Profile
from desktop.errors import NegativeResult, StoreUnusable, UsageError
from desktop.messages import define, msg
from local_store import Store, StoreDamaged, StoreError
from local_store.keyslots import KeySlotError, KeySlots, LockedOut, normalise_name
from sync import enrollment
from sync.client import CentralError, Refused

define(
    {
        "login.central_refused": "login refused by the central: {detail}",
        # the reason first (a wrong password stays a wrong password), then why offline
        "login.offline_refused": "{why} (offline: the central system was not reachable, and "
        "an officer's first login on a workstation must be online: check the network and "
        "try again, or ask a supervisor; an officer who has logged in here before can log "
        "in offline)",
    }
)


def login(profile: Profile, user: str, password: str, *, try_online: bool = True) -> dict[str, Any]:
    """The `login` command: authenticate, say how, close the store again."""
    session, info = login_session(profile, user, password, try_online=try_online)
    session.close()
    return info


def login_session(
    profile: Profile,
    user: str,
    password: str,
    *,
    try_online: bool = True,
    purpose: str = "login",
) -> tuple[officers.Session, dict[str, Any]]:
    """Authenticate (online first) and return the open session and how it happened."""
    try:
        name = normalise_name(user)
    except KeySlotError as e:
        raise UsageError(officers.keyslot_message(e)) from None
    if not profile.keyslots.exists():  # a missing store.db is Store.open's to report
        raise UsageError(f"no workstation profile at {profile.root}: run `init` first")
    slots = KeySlots(profile.keyslots)
    has_slot = slots.role_of(name) is not None
    locked = slots.locked_until(name)
    if locked is not None:
        # A local lockout is lifted by a supervisor or by time, never by the central
        # accepting the password (that would re-wrap the slot and forget the lock).
        slots.add_event(name, "login_refused_locked", {"mode": "online"})
        lock = officers.keyslot_message(LockedOut(name, locked))
        raise officers.AccessDenied(lock, "locked_out", locked)
    enr = None
    if try_online and enrollment.is_enrolled(profile.root):
        try:
            enr = enrollment.load(profile.root)
        except enrollment.EnrollmentError as e:
            raise UsageError(str(e)) from None
    slot_created = False
    mode = "offline"
    online_error: str | None = None  # why the online check did not happen or gave up
    if enr is not None:
        need_escrow = not has_slot and not slots.has_machine_slot()
        try:
            verified = enrollment.verify_officer_online(
                enr, name, password, want_db_key=need_escrow
            )
        except Refused as e:
            if e.status in (401,):  # the workstation itself is not accepted: go offline
                verified = None
            else:
                raise NegativeResult(msg("login.central_refused", detail=e.detail)) from None
        except CentralError as e:  # unreachable or hung (gives up in ~5 s): the slot decides
            verified = None
            online_error = str(e)
        if verified is not None:
            mode = "online"
            if not has_slot or slots.role_of(name) != verified.role:
                _provision(profile, slots, verified, password)
                slot_created = True
            else:
                # The password may have changed centrally: re-wrap the slot if it no longer
                # opens with the password the central just accepted.
                try:
                    slots.unwrap_password(name, password)
                except LockedOut as e:
                    lock = officers.keyslot_message(e)
                    raise officers.AccessDenied(lock, "locked_out", e.until) from None
                except KeySlotError:
                    _provision(profile, slots, verified, password)
                    slot_created = True
    try:
        session = officers.unlock(profile, name, password, purpose=f"{purpose} ({mode})")
    except officers.AccessDenied as e:
        if mode == "online":
            raise
        # Same words whether or not the name has a slot here (nothing about who does).
        if e.reason != "bad_credentials" or enr is None:
            raise
        raise officers.AccessDenied(
            msg("login.offline_refused", why=e.message or str(e)), reason="offline_refused"
        ) from None
    info: dict[str, Any] = {
        "name": session.user,
        "role": session.role,
        "mode": mode,
        "slot_created": slot_created,
    }
    if online_error:  # offline because the central did not answer: say so
        info["online_error"] = online_error
    return session, info


def _provision(
    profile: Profile, slots: KeySlots, verified: enrollment.VerifiedOfficer, password: str
) -> None:
    if verified.db_key is not None:
        key = verified.db_key
    else:
        try:
            key = slots.unwrap_machine()
        except KeySlotError as e:
            raise UsageError(f"cannot create the key slot: {e}") from None
    try:
        store = Store.open(profile.database, key, must_exist=True)
    except StoreDamaged as e:
        raise StoreUnusable(str(e), e.problem) from None
    except StoreError as e:
        raise UsageError(str(e)) from None
    session = officers.Session(profile, store, "sync", "machine", key)
    with session:
        # Revocation first: a local removal or the central's deactivation (applied from
        # its officer list) wins over the central accepting the password now, until a
        # supervisor adds the officer again here or the central's list reinstates them.
        officers.refuse_if_revoked(session, verified.name)
        officers.provision_slot(session, verified.name, verified.role, password)
