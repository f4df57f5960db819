"""The protocol shared by the workstation (`desktop/`, `local_store/`, `sync/`) and the
reference central (`central/`): canonical JSON, the journal's hash chain, the routes,
the record vocabularies, message types, signatures; dataset row validation is in
`protocol.rows`. It imports neither side (tests/test_import_rules.py), so both compute
every hash, path and check from this one text.

JSON over HTTPS, every path in `ROUTES` (under `/v1/`). Request and response bodies are
the pydantic models below (the central's OpenAPI description is generated from them). Replica data
travels in *signed messages*: the payload is the exact canonical JSON text that was
signed, carried as a string, so that the receiver verifies the bytes it got and never
has to re-serialise anything to check a signature.

Signed payloads (all carry `type` and `protocol`):
- `replica.chunk`: part of one published version of one dataset. Chunks form one hash
  chain per dataset across versions: `prev_digest` is the digest (sha256 of the payload
  bytes) of the chunk before it, `GENESIS` for the first chunk of version 1.
- `replica.head`: the central's statement "dataset D is at version V, whose last chunk
  has digest H, as of `issued_at`; do not trust this after `expires_at`". Every pull
  answer carries a fresh head: it gives freshness without a new version.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import BaseModel, ConfigDict, Field

PROTOCOL_VERSION = 1
API_PREFIX = "/v1"
# The `prev_hash` of the first row of a hash chain (journal, audit log) and the
# `prev_digest` of a dataset's first chunk.
GENESIS = "0" * 64

# What an inspection record says (DESIGN.md, "Data flow"): checked by the workstation
# when it records and by the central when it receives.
DECISIONS = ("admit", "refer", "refuse")
DIRECTIONS = ("entry", "exit")


@dataclass(frozen=True)
class Route:
    method: str
    path: str  # with `{name}` placeholders, as the server declares it

    def url(self, **params: str) -> str:
        return self.path.format(**params)


@dataclass(frozen=True)
class Routes:
    """Every call of the protocol: the central serves exactly these (a test checks it)
    and the client calls nothing else."""

    health: Route = Route("GET", f"{API_PREFIX}/health")
    heartbeat: Route = Route("GET", f"{API_PREFIX}/heartbeat")
    enroll: Route = Route("POST", f"{API_PREFIX}/enroll")
    verify_officer: Route = Route("POST", f"{API_PREFIX}/officers/verify")
    replica: Route = Route("GET", f"{API_PREFIX}/replica/{{dataset}}")
    journal: Route = Route("POST", f"{API_PREFIX}/journal")
    journal_head: Route = Route("GET", f"{API_PREFIX}/workstation/head")
    alerts: Route = Route("GET", f"{API_PREFIX}/alerts")
    ack_alerts: Route = Route("POST", f"{API_PREFIX}/alerts/ack")
    app_check: Route = Route("POST", f"{API_PREFIX}/app/check")  # airlines (issue 17)


ROUTES = Routes()

# Datasets of the replica and the fields that make a row's key (DESIGN.md interchange).
DATASET_KEYS: dict[str, tuple[str, ...]] = {
    "persons": ("id",),
    "documents": ("document_number", "issuing_state", "type"),
    "exit_bans": ("id",),
    "entry_permits": ("permit_number",),
    "csca": ("fingerprint",),
    "officers": ("name",),
    "policies": ("name",),  # signed settings (sync/policy_list.py)
    "manifests": ("id",),  # expected travellers per port (sync/manifest_list.py)
}
DATASETS: tuple[str, ...] = tuple(DATASET_KEYS)

# Domain separation: a signature over one kind of message can never pass as another.
_SIGNING_CONTEXT = b"border-sync/v1\n"


class ProtocolError(ValueError):
    """A message that does not follow the protocol (bad shape, signature or sequence)."""


def canonical_text(obj: Any) -> str:
    """The one text form of a JSON value that is hashed, signed or stored as a record:
    sorted keys, no whitespace, no NaN (ValueError)."""
    return json.dumps(
        obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def canonical_bytes(obj: Any) -> bytes:
    """`canonical_text` in UTF-8: what is hashed and signed."""
    return canonical_text(obj).encode("utf-8")


# --- hash chains (the journal, the audit log) ------------------------------------------
# Each row stores `prev_hash` and `hash = link(prev_hash, its fields)`; the first row's
# `prev_hash` is GENESIS. Changing, deleting or reordering a row breaks the chain there.

JOURNAL_FIELDS = ("seq", "uuid", "kind", "recorded_at", "record")


def link(prev_hash: str, fields: Mapping[str, Any]) -> str:
    """sha256(prev_hash || "\n" || canonical JSON of the row's hashed fields)."""
    data = prev_hash.encode("ascii") + b"\n" + canonical_bytes(dict(fields))
    return hashlib.sha256(data).hexdigest()


def journal_row(
    seq: int, uuid: str, kind: str, recorded_at: str, record: Mapping[str, Any]
) -> dict[str, Any]:
    """The journal row's hashed fields; the record is held as its canonical text."""
    return {"seq": seq, "uuid": uuid, "kind": kind, "recorded_at": recorded_at,
            "record": canonical_text(record)}  # fmt: skip


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, what: str = "value") -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as e:
        raise ProtocolError(f"{what} is not valid base64") from e


def row_key(dataset: str, row: dict[str, Any]) -> str:
    """The key of a row as one string (JSON list of its key fields)."""
    try:
        fields = DATASET_KEYS[dataset]
    except KeyError:
        raise ProtocolError(f"unknown dataset {dataset!r}") from None
    values = []
    for f in fields:
        v = row.get(f)
        if not isinstance(v, str) or not v:
            raise ProtocolError(f"{dataset} row without its key field {f!r}")
        values.append(v)
    joined = '","'.join(values)
    if joined.isprintable() and '"' not in joined and "\\" not in joined:
        return '["' + joined + '"]'  # what json.dumps gives, without its cost (millions)
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


# --- signatures ------------------------------------------------------------------------


def public_key_b64(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    pub = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return b64(pub.public_bytes(Encoding.Raw, PublicFormat.Raw))


def load_public_key(text: str) -> Ed25519PublicKey:
    raw = unb64(text, "public key")
    if len(raw) != 32:
        raise ProtocolError("an Ed25519 public key has 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)


def key_id(public_key_text: str) -> str:
    """Short fingerprint of a public key (shown to installers, carried in messages)."""
    return digest(unb64(public_key_text, "public key"))[:16]


class SignedMessage(BaseModel):
    """A payload (canonical JSON text) with the signer's Ed25519 signature over it."""

    model_config = ConfigDict(extra="forbid")
    payload: str
    signature: str = Field(description="base64 Ed25519 signature over the payload's UTF-8")
    key_id: str = Field(description="fingerprint of the signing public key")


def sign(private_key: Ed25519PrivateKey, payload: dict[str, Any]) -> SignedMessage:
    text = canonical_bytes(payload)
    sig = private_key.sign(_SIGNING_CONTEXT + text)
    return SignedMessage(
        payload=text.decode("utf-8"),
        signature=b64(sig),
        key_id=key_id(public_key_b64(private_key)),
    )


@dataclass(frozen=True)
class Verified:
    """A signed message whose signature checked out: its payload and digest."""

    payload: dict[str, Any]
    digest: str


def verify(public_key: Ed25519PublicKey, message: SignedMessage | dict[str, Any]) -> Verified:
    """Check the signature, then parse the payload. Raises ProtocolError."""
    if isinstance(message, dict):
        try:
            message = SignedMessage.model_validate(message)
        except ValueError as e:
            raise ProtocolError("malformed signed message") from e
    try:
        data = message.payload.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate ("\ud800" in the JSON): never signed
        raise ProtocolError("signed payload is not UTF-8 text") from None
    try:
        public_key.verify(unb64(message.signature, "signature"), _SIGNING_CONTEXT + data)
    except InvalidSignature:
        raise ProtocolError("bad signature") from None
    try:
        payload = json.loads(data)
    except ValueError as e:
        raise ProtocolError("signed payload is not JSON") from e
    if not isinstance(payload, dict):
        raise ProtocolError("signed payload is not an object")
    if payload.get("protocol") != PROTOCOL_VERSION:
        raise ProtocolError(f"unsupported protocol version {payload.get('protocol')!r}")
    return Verified(payload, digest(data))


# --- heartbeat ---------------------------------------------------------------------------

HEARTBEAT_TYPE = "heartbeat"


def heartbeat_payload(
    workstation: str, nonce: str, time: str, heads: dict[str, int]
) -> dict[str, Any]:
    """What the central signs for `GET /v1/heartbeat`: its time, the head version of every
    dataset, the workstation's nonce (so an old answer cannot be replayed)."""
    return {
        "type": HEARTBEAT_TYPE,
        "protocol": PROTOCOL_VERSION,
        "workstation": workstation,
        "nonce": nonce,
        "time": time,
        "heads": heads,
    }


def check_heartbeat(
    public_key: Ed25519PublicKey, message: SignedMessage, workstation: str, nonce: str
) -> dict[str, Any]:
    """The verified heartbeat payload, or ProtocolError (bad signature, not for us, not
    the answer to this nonce)."""
    payload = verify(public_key, message).payload
    if payload.get("type") != HEARTBEAT_TYPE:
        raise ProtocolError("not a heartbeat")
    if payload.get("workstation") != workstation or payload.get("nonce") != nonce:
        raise ProtocolError("heartbeat for another request (replayed?)")
    heads = payload.get("heads")
    if not isinstance(heads, dict) or not all(
        isinstance(k, str) and isinstance(v, int) for k, v in heads.items()
    ):
        raise ProtocolError("heartbeat without valid head versions")
    try:
        datetime.fromisoformat(str(payload.get("time")))
    except ValueError:
        raise ProtocolError("heartbeat without a valid time") from None
    return payload


# --- enrollment --------------------------------------------------------------------------


class EnrollRequest(BaseModel):
    protocol: int = PROTOCOL_VERSION
    code: str = Field(min_length=4, max_length=64)
    workstation_id: str = Field(min_length=8, max_length=64, description="made at `init`")
    name: str = Field(min_length=1, max_length=200, description="host name, for people")
    public_key: str = Field(description="workstation Ed25519 public key (signs hand transfers)")
    escrow_key: str = Field(
        description="base64 32-byte key wrapping the workstation's database key locally; "
        "the central releases it only to a just-verified officer (DESIGN.md, key escrow)"
    )


class EnrollResponse(BaseModel):
    protocol: int = PROTOCOL_VERSION
    workstation_id: str
    credential: str = Field(description="bearer secret for data calls; kept in the store")
    login_token: str = Field(description="bearer secret for officer verification only")
    central_public_key: str = Field(description="Ed25519 key that signs replica data")
    transport_public_key: str = Field(description="X25519 key hand transfers are encrypted to")
    datasets: list[str]
    port: str | None = Field(None, description="the port this workstation works at (issue 17)")


# --- officers -----------------------------------------------------------------------------


class VerifyOfficerRequest(BaseModel):
    protocol: int = PROTOCOL_VERSION
    name: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)
    want_escrow: bool = False
    ephemeral_key: str | None = Field(
        default=None, description="X25519 public key the escrow key is encrypted to"
    )


class VerifyOfficerResponse(BaseModel):
    protocol: int = PROTOCOL_VERSION
    name: str
    role: Literal["officer", "supervisor", "installer"]
    escrow: str | None = Field(default=None, description="sealed escrow key (see sealed_box)")


# --- journal replay ----------------------------------------------------------------------


class JournalEntryModel(BaseModel):
    """One journal row as the workstation holds it; (workstation, seq) and uuid are the
    idempotency keys."""

    seq: int = Field(ge=1, lt=2**63, description="what a 64-bit database integer holds")
    uuid: str = Field(min_length=8, max_length=64)
    kind: str = Field(min_length=1, max_length=40)
    recorded_at: str
    record: dict[str, Any]
    prev_hash: str
    hash: str


def journal_hash(prev_hash: str, entry: JournalEntryModel) -> str:
    """The journal's chain link as the workstation computed it when it appended the
    entry: lets the central check each record against its hash."""
    return link(
        prev_hash,
        journal_row(entry.seq, entry.uuid, entry.kind, entry.recorded_at, entry.record),
    )


class PushRequest(BaseModel):
    protocol: int = PROTOCOL_VERSION
    entries: list[JournalEntryModel] = Field(max_length=5000)


class Rejected(BaseModel):
    seq: int = Field(lt=2**63)
    reason: str


class JournalHead(BaseModel):
    """What the central holds of a workstation's journal: the highest sequence number
    acknowledged and that record's hash (0 and GENESIS before the first). A store whose
    journal is behind it, or has another hash there, is an older copy (sync/rollback.py)."""

    protocol: int = PROTOCOL_VERSION
    seq: int = Field(ge=0)
    hash: str
    emergency: bool | None = Field(
        default=None,
        description="whether this workstation's last journaled emergency action held by the "
        "central was a declaration (GET only): an older copy must not drop it silently",
    )


class PushResponse(BaseModel):
    protocol: int = PROTOCOL_VERSION
    accepted: list[int] = Field(description="stored now")
    duplicates: list[int] = Field(description="already held, identical: acknowledged")
    rejected: list[Rejected] = Field(description="refused for good: park these")
    head: JournalHead | None = Field(
        default=None, description="this workstation's acknowledged journal head after the batch"
    )


# --- replica ------------------------------------------------------------------------------


class ReplicaResponse(BaseModel):
    """Answer to GET /v1/replica/{dataset}?version=V&chunk=C: a fresh head and the chunks
    that follow (version V, chunk C onwards), up to a row budget."""

    head: SignedMessage
    chunks: list[SignedMessage]


# --- alerts -------------------------------------------------------------------------------


class Alert(BaseModel):
    uuid: str
    record_uuid: str
    dataset: str
    key: str
    action: str
    raised_at: str
    acknowledged: bool = False


class AlertsResponse(BaseModel):
    protocol: int = PROTOCOL_VERSION
    alerts: list[Alert]
    cursor: int = Field(description="pass back as `after` to get only newer alerts")


class AckRequest(BaseModel):
    protocol: int = PROTOCOL_VERSION
    uuids: list[str] = Field(max_length=10_000)


class ErrorBody(BaseModel):
    detail: str


# --- sealed boxes (X25519 + HKDF-SHA256 + AES-256-GCM) -------------------------------------

_SEAL_INFO = b"border-sync/v1 sealed box"


def x25519_public_b64(private_key: Any) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return b64(private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def seal(recipient_public_b64: str, plaintext: bytes, context: bytes = b"") -> str:
    """Encrypt to an X25519 public key with a fresh ephemeral key; `context` is bound as
    associated data. Returns base64(ephemeral public || nonce || ciphertext)."""
    import os

    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    recipient = X25519PublicKey.from_public_bytes(unb64(recipient_public_b64, "public key"))
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    key = HKDF(hashes.SHA256(), 32, salt=eph_pub, info=_SEAL_INFO).derive(eph.exchange(recipient))
    nonce = os.urandom(12)
    return b64(eph_pub + nonce + AESGCM(key).encrypt(nonce, plaintext, context))


def open_sealed(private_key: Any, box: str, context: bytes = b"") -> bytes:
    """Inverse of `seal`. Raises ProtocolError when the box is not for this key or altered."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    raw = unb64(box, "sealed box")
    if len(raw) < 32 + 12 + 16:
        raise ProtocolError("sealed box too short")
    eph_pub, nonce, ct = raw[:32], raw[32:44], raw[44:]
    shared = private_key.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    key = HKDF(hashes.SHA256(), 32, salt=eph_pub, info=_SEAL_INFO).derive(shared)
    try:
        return AESGCM(key).decrypt(nonce, ct, context)
    except InvalidTag:
        raise ProtocolError("sealed box cannot be opened (wrong key or altered)") from None
