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

`authorise_override` (F12 at an officer's counter) follows the same order for a
supervisor: their slot here decides offline; a supervisor with no slot here is verified
by the central like a first login and gets their slot (so the next F12 works offline).
"""

from __future__ import annotations

from typing import Any

from desktop import officers
from desktop.config import Profile
from desktop.errors import NegativeResult, StoreUnusable, UsageError
from desktop.messages import Message, define, msg
from local_store import Store, StoreDamaged, StoreError, audit
from local_store.keyslots import KeySlotError, KeySlots, LockedOut, normalise_name
from sync import enrollment
from sync.client import CentralError, Refused

define(
    {
        "login.central_refused": "login refused by the central: {detail}",
        "login.central_bad_credentials": "login refused by the central: unknown user or "
        "wrong password",
        "login.central_locked": "login refused by the central: {name} is locked out after "
        "failed logins, try again later",
        # the reason first (a wrong password stays a wrong password), then why offline
        "login.offline_refused": "{why} (offline: the central system was not reachable, and "
        "an officer's first login on a workstation must be online: check the network and "
        "try again, or ask a supervisor; an officer who has logged in here before can log "
        "in offline)",
        # F12 by a supervisor with no key slot on this workstation (authorise_override)
        "override.central_refused": "the central system refused the supervisor: {detail}",
        "override.central_bad_credentials": "unknown supervisor or wrong password (checked "
        "by the central system)",
        "override.central_locked": "{name} is locked out by the central system after failed "
        "logins: try again later, or ask another supervisor",
        "override.never_here_offline": "{name} has never signed in on this workstation and "
        "the central system cannot be reached, so their password cannot be checked: an "
        "override needs a supervisor who has signed in here before",
    }
)

# The central's refusals of an officer's password (central/accounts.verify_officer), by
# their fixed English detail: the window shows them in the officer's language.
_CENTRAL_DETAILS = {
    "unknown officer or wrong password": "central_bad_credentials",
    "this officer is locked out for a while after failed logins": "central_locked",
}


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
                raise NegativeResult(login_refusal(name, e)) from None
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


def authorise_override(session: officers.Session, user: str, password: str) -> str:
    """F12: a supervisor clears a hit at the logged-in officer's counter. Returns their
    name (the record's `override_by`).

    With a key slot here: offline, through the slot (its lockout counts); a password the
    slot refuses is then put to the central, which may know a newer one (the slot is
    re-wrapped when it accepts). Without one, on an enrolled workstation: the central
    verifies the password (its lockout counts), the supervisor gets a slot here
    (`provision_slot`, the session holds the database key) and the slot then authorises
    as offline. A supervisor with no slot while the central
    cannot be reached is refused with a message that says so. Blocking (a worker
    thread in the window): the central's interactive timeouts bound the wait."""
    try:
        name = normalise_name(user)
    except KeySlotError:  # a malformed name is a wrong name, as in the slot's own check
        return officers.authorise_override(session, user, password)
    profile = session.profile
    slots = KeySlots(profile.keyslots)
    enrolled = enrollment.is_enrolled(profile.root)
    has_slot = slots.role_of(name) is not None
    if has_slot:
        try:
            return officers.authorise_override(session, name, password)
        except officers.AccessDenied as e:
            # A password changed at the central no longer opens the old slot: the central
            # decides, and re-wraps the slot when it accepts (as a login does).
            if e.reason != "bad_credentials" or not enrolled:
                raise
            offline_refusal = e
    elif not enrolled:
        return officers.authorise_override(session, name, password)
    try:
        enr = enrollment.load(profile.root)
    except enrollment.EnrollmentError as e:
        raise UsageError(str(e)) from None
    try:
        verified = enrollment.verify_officer_online(enr, name, password, want_db_key=False)
    except Refused as e:
        if e.status == 401:  # the central no longer accepts this workstation
            why = msg("override.central_refused", detail=e.detail)
        else:
            why = central_refusal(name, e)
        _refused(session, name, None, "central refused")
        raise officers.AccessDenied(why, "bad_credentials") from None
    except CentralError:  # unreachable or hung (given up after ~2 s + ~4 s)
        if has_slot:  # the slot's refusal (already audited) stands
            raise offline_refusal from None
        _refused(session, name, None, "no key slot here, central unreachable", mode="offline")
        raise officers.AccessDenied(
            msg("override.never_here_offline", name=name), "offline_refused"
        ) from None
    if verified.role not in ("supervisor", "installer"):
        # No slot for someone who cannot override: their own first login gives them one.
        _refused(session, verified.name, verified.role, "not a supervisor")
        raise officers.AccessDenied(msg("officers.no_override", name=verified.name))
    try:
        officers.refuse_if_revoked(session, verified.name)  # a local removal wins
    except officers.AccessDenied:
        _refused(session, verified.name, verified.role, "revoked here")
        raise
    officers.provision_slot(session, verified.name, verified.role, password)
    return officers.authorise_override(session, verified.name, password)


def login_refusal(name: str, e: Refused) -> Message:
    """The central's refusal of an officer's login as a coded message."""
    return _central_refusal("login", name, e)


def central_refusal(name: str, e: Refused) -> Message:
    """The central's refusal of a supervisor's password (F12) as a coded message."""
    return _central_refusal("override", name, e)


def _central_refusal(kind: str, name: str, e: Refused) -> Message:
    """Its two fixed refusals in the officer's language (`kind`.central_bad_credentials,
    `kind`.central_locked); anything else quoted (`kind`.central_refused)."""
    code = _CENTRAL_DETAILS.get(e.detail)
    if code is None:
        return msg(f"{kind}.central_refused", detail=e.detail)
    return msg(f"{kind}.{code}", name=name) if code == "central_locked" else msg(f"{kind}.{code}")


def _refused(session: officers.Session, name: str, role: str | None, reason: str,
             *, mode: str = "online") -> None:  # fmt: skip
    with session.store.write() as c:
        audit.append(
            c, name, "override_refused",
            {"for": session.user, "role": role, "mode": mode, "reason": reason},
        )  # fmt: skip
