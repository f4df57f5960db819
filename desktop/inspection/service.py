"""One inspection, for the window and `inspect` alike (Qt-free): screen -> decide ->
record, on a `Traveller` made once where the document entered.

- `screen`: the name keys made current (`ensure_ready`: a software update may have
  changed the key algorithm), then in one read transaction the screening area's checks
  by direction, the replica it ran on, the stale-list policy for this traveller and the
  manifest lookup (issue 17: the flight, pre-screened or not, or on no manifest).
- `record`: the rules (`rules.check`, the stale-list policy assessed again at that
  moment) and ONE local transaction writing the journal record, its outbox entry and
  its audit entry, so a crash leaves either the whole record or nothing.

Every record carries the replica versions it was screened against, the measured
`connectivity` at that moment (online/degraded/offline), whether it was made offline
(`recorded_offline`: connectivity `offline`) and in emergency mode, which is what the
central's post-hoc re-screening keys on (anything but `online`, or emergency); what was
stale (`stale_policy`), the lists' ages (`replica_age_s`) and the mode (`mode`); a face
verification's outcome (`face`, numbers and words, never an image). The record never
goes to logs or the audit log (only its uuid, seq and decision).
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.inspection import emergency, stale_policy
from desktop.inspection.rules import Decision, check, reason_codes
from desktop.inspection.traveller import Traveller
from desktop.screening.checks import Hit, Permit
from local_store import Store, audit, journal, settings
from sync import clock, connectivity, replica_pull

if TYPE_CHECKING:
    from desktop.documents.mrz import TravelDocument
    from desktop.officers import Session

# What a record keeps of a face verification (desktop.biometrics): never an image.
FACE_FIELDS = ("score", "threshold", "verdict", "model", "reason", "liveness")
HIT_FIELDS = ("dataset", "key", "action", "score", "severity")  # of each hit, in the record


@dataclass(frozen=True)
class Expected:
    """The manifest lookup (`desktop.expected.lookup`): `on_manifest` (the flight, and
    whether the central pre-screened the traveller), `on_no_manifest` (a signal for the
    officer, not a hit) or `unknown` (this counter holds no manifests: nothing is said)."""

    state: str = "unknown"
    flight: str | None = None
    scheduled_local: str | None = None
    role: str | None = None
    prescreened: bool = False
    prescreen_hits: int = 0
    why: str | None = None

    @classmethod
    def of(cls, found: Mapping[str, Any]) -> Expected:
        return cls(
            state=found["state"],
            flight=found.get("flight"),
            scheduled_local=found.get("scheduled_local") or found.get("scheduled"),
            role=found.get("role"),
            prescreened=bool(found.get("prescreened")),
            prescreen_hits=len(found.get("prescreen_hits") or ()),
            why=found.get("why"),
        )


@dataclass(frozen=True)
class Screening:
    """A traveller screened in one direction: the hits (most severe first), the replica
    they came from (per dataset: version, age_s, stale...), the stale-list policy for
    this traveller, the manifest lookup and, on entry, the valid entry permit held (the
    officer's positive confirmation)."""

    traveller: Traveller
    direction: str
    hits: tuple[Hit, ...] = ()
    replica: Mapping[str, Any] = field(default_factory=dict)
    assessment: stale_policy.Assessment = field(default_factory=lambda: stale_policy.Assessment([]))
    expected: Expected = field(default_factory=Expected)
    permit: Permit | None = None

    @property
    def needs_attention(self) -> bool:
        """Whether a supervisor's clearance can matter: a hit, an invalid document, or a
        stale list whose policy stops an admit."""
        return bool(self.hits) or self.traveller.valid is False or self.assessment.blocks_admit


@dataclass(frozen=True)
class Record:
    """A written inspection record: `fields` is the record exactly as the journal holds
    it (with uuid, seq, recorded_at) and as `inspect --json` prints it."""

    fields: Mapping[str, Any]

    @property
    def seq(self) -> int:
        return int(self.fields["seq"])

    @property
    def uuid(self) -> str:
        return str(self.fields["uuid"])

    @property
    def decision(self) -> str:
        return str(self.fields["decision"])

    def to_json(self) -> dict[str, Any]:
        return dict(self.fields)


def screen(store: Store, traveller: Traveller, direction: str) -> Screening:
    """Screen on the local replica (blocking: a worker thread in the window)."""
    from desktop import expected
    from desktop.screening import ensure_ready
    from desktop.screening.checks import load_policy, valid_permit
    from desktop.screening.checks import screen as screen_traveller
    from desktop.status import replica_status

    ensure_ready(store)  # never screen on stale name keys
    with store.read() as conn:
        policy = load_policy(conn)
        hits = screen_traveller(conn, traveller.for_screening(), direction, policy=policy)
        permit = (
            valid_permit(conn, traveller.for_screening(), policy) if direction == "entry" else None
        )
        return Screening(
            traveller=traveller,
            direction=direction,
            hits=tuple(hits),
            replica=replica_status(conn),
            assessment=stale_policy.assess(conn, traveller.nationality, hits, direction),
            expected=Expected.of(
                expected.lookup(
                    conn,
                    direction=direction,
                    document_number=traveller.document_number,
                    issuing_state=traveller.issuing_state,
                    surname=traveller.surname,
                    birth_date=traveller.birth_date,
                )
            ),
            permit=permit,
        )


def record(
    store: Store,
    *,
    officer: str,
    role: str,
    screening: Screening,
    decision: Decision,
    override_by: str | None = None,
    face: Mapping[str, Any] | None = None,
) -> Record:
    """Check the rules and write the record (NotRecorded/UsageError: nothing written).

    `override_by`: the supervisor who cleared the hits at an officer's counter, already
    authenticated by the caller (`desktop.officers.authorise_override`)."""
    if decision.direction != screening.direction:
        raise ValueError("the decision's direction is not the one screened")
    traveller, hits = screening.traveller, screening.hits
    with store.read() as conn:
        assessment = stale_policy.assess(conn, traveller.nationality, hits, decision.direction)
        codes = reason_codes(conn)
    check(decision, traveller, hits, codes, role, override_by, assessment)
    record_uuid = str(uuidlib.uuid4())
    recorded_at = clock.now_iso()
    with store.write() as conn:
        workstation = settings.get(conn, "workstation_id")
        mode = emergency.status(conn)
        lists = replica_pull.status(conn)
        rec: dict[str, Any] = {
            "workstation": workstation,
            "direction": decision.direction,
            "decision": decision.decision,
            "reason": decision.reason,
            "note": decision.note,
            **traveller.record_fields(),
            "document_valid": traveller.valid,
            "officer": officer,
            "emergency": mode["active"],
            "mode": "emergency" if mode["active"] else "normal",
            # Measured (heartbeat, aged when nobody measures): the central re-screens
            # every record not made `online`.
            "connectivity": (state := connectivity.state_of(conn)),
            "recorded_offline": state == connectivity.OFFLINE,
            "override": decision.override,
            "override_by": (override_by or officer) if decision.override else None,
            "hits": [{k: getattr(h, k) for k in HIT_FIELDS} for h in hits],
            "replica": {ds: v["version"] for ds, v in lists.items()},
            "replica_age_s": {ds: v["age_s"] for ds, v in lists.items()},
            "stale_policy": assessment.to_record(),
        }
        # Issue 18: the face verification's outcome, numbers and words only (no image).
        if face is not None:
            rec["face"] = {k: face.get(k) for k in FACE_FIELDS if k in face}
        entry = journal.append(
            conn, uuid=record_uuid, kind="inspection", recorded_at=recorded_at, record=rec
        )
        audit.append(
            conn,
            officer,
            "inspection_recorded",
            {
                "uuid": record_uuid,
                "seq": entry.seq,
                "decision": decision.decision,
                "override": decision.override,
            },
        )
    return Record(entry.record)


# --- as the window and `inspect` call them: the logged-in session ------------------------


def screen_traveller(session: Session, traveller: Traveller, direction: str) -> Screening:
    return screen(session.store, traveller, direction)


def decide(
    session: Session,
    screening: Screening,
    decision: Decision,
    *,
    override_by: str | None = None,
    face: Mapping[str, Any] | None = None,
) -> Record:
    """The logged-in officer's decision on a screening (the window and `inspect`)."""
    return record(
        session.store,
        officer=session.user,
        role=session.role,
        screening=screening,
        decision=decision,
        override_by=override_by,
        face=face,
    )


def session_reason_codes(session: Session) -> tuple[str, ...]:
    with session.store.read() as conn:
        return reason_codes(conn)


@dataclass(frozen=True)
class ChipRead:
    """A chip read for the inspection screen: the `chip read --json` object (plus
    `accepted`) and the chip's face as PNG."""

    result: Mapping[str, Any]
    face_png: bytes | None


def read_chip(session: Session, document: TravelDocument) -> ChipRead:
    """Blocking (PC/SC): CSCAs from the replica, BAC/PACE with the printed MRZ's key (the
    document parsed once, in the MRZ field), PA + AA + CA."""
    from desktop.chip import bac, csca
    from desktop.chip.service import read_document

    with session.store.read() as conn:
        trust = csca.from_replica(conn)
    outcome = read_document(
        bac.MrzKey.from_document(document),
        trust if trust.certificates else None,
        printed_mrz=list(document.lines),
        wait_s=2.0,
    )
    result = dict(outcome.result)
    result["accepted"] = outcome.accepted
    return ChipRead(result, outcome.face_png())
