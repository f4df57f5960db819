"""APP (advance passenger processing): an airline's check-in system asks, per
passenger, whether they may board; the central answers `board`, `no_board` (with a
reason code, never the list's details) or `contact_authority`.

- Authentication: one bearer token per airline (`python -m central airlines add CODE`
  prints it once; only its SHA-256 is kept). An airline asks about its own flights only.
- Rate limit: a token bucket per airline (`rate_per_s`, bursts of twice that); over it,
  429 with Retry-After.
- Screening: the workstation's engine on the central's screening replica
  (`central.apis.prescreen`), direction inbound = entry, outbound = exit.
- Audit: every answer (and every refusal after authentication) is a row of `app_audit`
  with the question, the answer, the hits behind it and the time taken; the answer's
  `reference` is that row's uuid, for the airline's and the agency's records.

Decision (`decide`), strongest first:
- a person listed for arrest, at any score: `contact_authority` / `identity_check`
  (a refusal would tip them off; officers meet them);
- a strong hit (score >= 0.95) of a list that forbids the journey: `no_board` with
  `document_not_valid` (lost/stolen/revoked document, exact number), `exit_not_permitted`
  (outbound: exit ban), `entry_not_permitted` (inbound: person refused entry, or no
  valid entry permit where one is required);
- any weaker hit of those lists (look-alike number, a name that is only close):
  `contact_authority` / `identity_check` — an officer decides, not a fuzzy score;
- otherwise `board` (a `refer` listing is dealt with at the counter on arrival).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import secrets
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import FastAPI, Header, HTTPException
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import event, insert, select

from central import db
from central.apis.prescreen import MIRROR_FILE, Mirror, screen
from central.app_workers import AuditWriter, ScreeningWorkers
from protocol import ROUTES

STRONG = 0.95
DEFAULT_RATE = 100
_CODE = re.compile(r"[A-Z0-9]{2}")
Answer = Literal["board", "no_board", "contact_authority"]


class AppQuestion(BaseModel):
    """One passenger at check-in, as the airline's system has read the document."""

    model_config = ConfigDict(extra="forbid")

    surname: str = Field(min_length=1, max_length=200)
    given_names: str = Field("", max_length=200)
    birth_date: str = Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="YYYY[-MM[-DD]]")
    nationality: str = Field(pattern=r"^[A-Z<]{1,3}$")
    sex: Literal["M", "F", "X"] | None = None
    document_number: str = Field(pattern=r"^[A-Z0-9]{1,20}$")
    document_type: str = Field("P", pattern=r"^[A-Z]{1,2}$")
    issuing_state: str = Field(pattern=r"^[A-Z<]{1,3}$")
    flight: str = Field(pattern=r"^[A-Z0-9]{2}[A-Z]?\d{1,5}[A-Z]?$")
    direction: Literal["inbound", "outbound"]
    date: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="flight date")

    @field_validator("birth_date", "date")
    @classmethod
    def _real_date(cls, v: str | None) -> str | None:
        if v is None:
            return v
        parts = [int(p) for p in v.split("-")] + [1, 1]
        try:
            dt.date(parts[0], parts[1], parts[2])
        except ValueError:
            raise ValueError("not a real date") from None
        return v


class AppAnswer(BaseModel):
    answer: Answer
    reason: str | None = Field(None, description="a code, never the list's details")
    reference: str = Field(description="the audit reference of this answer")


class AppError(Exception):
    def __init__(self, status: int, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_airline(database: db.Database, code: str, rate_per_s: int = DEFAULT_RATE) -> str:
    """Register (or re-key) an airline; returns its new token (shown once)."""
    code = code.strip().upper()
    if not _CODE.fullmatch(code):
        raise ValueError(f"{code!r} is not a 2-character IATA airline code")
    if not 1 <= rate_per_s <= 10_000:
        raise ValueError("the rate is 1 to 10000 requests per second")
    token = "app_" + secrets.token_urlsafe(32)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with database.write() as conn:
        conn.execute(db.app_airlines.delete().where(db.app_airlines.c.code == code))
        conn.execute(
            insert(db.app_airlines),
            {"code": code, "token_hash": token_hash(token), "rate_per_s": rate_per_s,
             "active": True, "created_at": now},
        )  # fmt: skip
    return token


@dataclass
class _Bucket:
    rate: float
    tokens: float
    at: float


@dataclass(frozen=True)
class Airline:
    code: str
    rate_per_s: int


def decide(hits: list[Any], direction: str) -> tuple[Answer, str | None]:
    if any(h.dataset == "persons" and h.action == "arrest" for h in hits):
        return "contact_authority", "identity_check"
    blocking = []
    for h in hits:
        if h.dataset == "documents":
            blocking.append((h, "document_not_valid"))
        elif h.dataset == "exit_bans" and direction == "outbound":
            blocking.append((h, "exit_not_permitted"))
        elif h.dataset == "persons" and h.action == "deny_entry" and direction == "inbound":
            blocking.append((h, "entry_not_permitted"))
        elif h.dataset == "entry_permits" and direction == "inbound":
            # deny_entry: no valid permit; refer: a permit whose holder is not this person
            if h.action == "deny_entry":
                blocking.append((h, "entry_not_permitted"))
            else:
                return "contact_authority", "identity_check"
    for h, reason in blocking:
        if h.score >= STRONG:
            return "no_board", reason
    if blocking:
        return "contact_authority", "identity_check"
    return "board", None


def _pooled(database: db.Database) -> db.Database:
    """The central's SQLite engine opens a connection per transaction (NullPool: many
    processes share the file); at 50 answers a second that was most of an answer's
    time. APP keeps a few connections of its own (the same pragmas); PostgreSQL's
    engine is pooled already."""
    if database is None or not database.is_sqlite:
        return database
    from sqlalchemy import create_engine
    from sqlalchemy.pool import QueuePool

    engine = create_engine(
        database.engine.url,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        connect_args={"timeout": 60, "check_same_thread": False},
    )

    db.sqlite_policy(engine)

    @event.listens_for(engine, "connect")
    def _durable(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        # An answer is sent after its audit row committed: on disk, not only in the WAL
        # file's page cache (the audit writer commits rows in groups: one sync each).
        dbapi_conn.execute("PRAGMA synchronous=FULL")

    return db.Database(engine, True)


class AppService:
    """Shared by the request handlers (thread pool) and `central app check`."""

    def __init__(self, database: db.Database, mirror_path: Path | None, workers: int = 0) -> None:
        """`workers`: screening processes (serving); 0 screens in this process (CLI)."""
        self.central = database
        self.database = _pooled(database)
        self.audit = AuditWriter(self.database)
        self.mirror_path = mirror_path
        self.workers = ScreeningWorkers(mirror_path, workers) if workers and mirror_path else None
        self._mirror: Mirror | None = None
        self._lock = threading.Lock()
        self._buckets: dict[str, _Bucket] = {}
        self._follower: threading.Thread | None = None
        # No answer before the replica holds the lists published when the service
        # started: an empty replica would let everyone board.
        self.ready = threading.Event()
        self.ready_timeout_s = 2.0

    @property
    def mirror(self) -> Mirror:
        with self._lock:
            if self._mirror is None:
                if self.mirror_path is None:
                    raise AppError(503, "APP is not configured on this service (no state)")
                self._mirror = Mirror(self.mirror_path)
            return self._mirror

    def authenticate(self, token: str) -> Airline:
        c = db.app_airlines.c
        with self.database.read() as conn:
            row = conn.execute(
                select(c.code, c.rate_per_s, c.active).where(c.token_hash == token_hash(token))
            ).first()
        if row is None or not row.active:
            raise AppError(401, "unknown airline credential")
        return Airline(row.code, row.rate_per_s)

    def take(self, airline: Airline) -> None:
        """One request from the airline's bucket, or AppError 429."""
        now = time.monotonic()
        with self._lock:
            b = self._buckets.get(airline.code)
            if b is None or b.rate != airline.rate_per_s:
                b = self._buckets[airline.code] = _Bucket(
                    airline.rate_per_s, 2.0 * airline.rate_per_s, now
                )
            b.tokens = min(2.0 * b.rate, b.tokens + (now - b.at) * b.rate)
            b.at = now
            if b.tokens < 1.0:
                raise AppError(429, "rate limit exceeded", retry_after=(1.0 - b.tokens) / b.rate)
            b.tokens -= 1.0

    def sync(self) -> None:
        """Bring the screening replica up to the published lists."""
        self.mirror.sync(self.central)
        self.ready.set()

    def follow(self, interval_s: float = 1.0) -> None:
        """While serving: a published list reaches the screening replica within about a
        second, applied by a thread of its own, so that no answer waits for a large
        version (answers use the previous version until the new one is committed)."""

        def loop() -> None:
            while True:
                try:
                    self.sync()
                except Exception as e:  # a failed round is retried; answers go on
                    import logging

                    logging.getLogger(__name__).warning("screening replica: %s", type(e).__name__)
                time.sleep(interval_s)

        if self.workers is not None:
            # The replica's schema exists before a worker opens it; no connection of ours
            # is open across the fork; the workers start before the follower thread
            # (see ScreeningWorkers._spawn).
            self.mirror.engine.dispose()
            self.workers.start()
        with self._lock:
            if self._follower is None:
                self._follower = threading.Thread(target=loop, name="app-replica", daemon=True)
                self._follower.start()

    def check(self, airline: Airline, q: AppQuestion, via: str = "http") -> AppAnswer:
        t0 = time.perf_counter()
        if self.mirror_path is None:
            raise AppError(503, "APP is not configured on this service (no state)")
        if not self.ready.wait(timeout=self.ready_timeout_s):
            raise AppError(503, "the screening replica is being built; ask again shortly", 5.0)
        if q.flight[:2] != airline.code:
            self._audit(airline, q, via, "refused", "not_own_flight", [], t0)
            raise AppError(403, f"airline {airline.code} may ask about its own flights only")
        direction = "entry" if q.direction == "inbound" else "exit"
        day = dt.date.fromisoformat(q.date) if q.date else None
        if self.workers is not None:
            hits = self.workers.screen(q.model_dump(), direction, day)
        else:
            with self.mirror.read() as conn:
                hits = screen(conn, q.model_dump(), direction, day)
        answer, reason = decide(hits, q.direction)
        ref = self._audit(airline, q, via, answer, reason, hits, t0)
        return AppAnswer(answer=answer, reason=reason, reference=ref)

    def _audit(
        self,
        airline: Airline,
        q: AppQuestion,
        via: str,
        answer: str,
        reason: str | None,
        hits: list[Any],
        t0: float,
    ) -> str:
        ref = str(uuid.uuid4())
        request = json.dumps(q.model_dump(), sort_keys=True, separators=(",", ":"),
                             ensure_ascii=False)  # fmt: skip
        self.audit.write(
            {
                "uuid": ref, "at": dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds"),
                "airline": airline.code, "via": via, "flight": q.flight,
                "direction": q.direction, "request": request, "answer": answer,
                "reason": reason,
                "hits": json.dumps([h.record() for h in hits], ensure_ascii=False),
                "latency_ms": round((time.perf_counter() - t0) * 1000),
            },
        )  # fmt: skip
        return ref


def audit_rows(conn: Any) -> list[dict[str, Any]]:
    rows = conn.execute(select(db.app_audit).order_by(db.app_audit.c.id)).mappings().all()
    return [dict(r) | {"request": json.loads(r["request"]), "hits": json.loads(r["hits"])}
            for r in rows]  # fmt: skip


def add_routes(
    app: FastAPI, database: db.Database, state_dir: Path | None, workers: int = 0
) -> None:
    service = AppService(database, state_dir / MIRROR_FILE if state_dir else None, workers)
    app.state.app_service = service
    if state_dir is not None:  # serving (openapi_document builds the routes only)
        service.follow()

    @app.api_route(
        ROUTES.app_check.path,
        methods=[ROUTES.app_check.method],
        response_model=AppAnswer,
        tags=["app"],
        responses={401: {}, 403: {}, 429: {}, 503: {}},
    )
    def app_check(
        q: AppQuestion, authorization: Annotated[str | None, Header()] = None
    ) -> AppAnswer | JSONResponse:
        """Advance passenger processing: may this passenger board? (airline token)"""
        if not authorization or not authorization.startswith("Bearer "):
            raise HTTPException(401, "missing airline credential")
        try:
            airline = service.authenticate(authorization.removeprefix("Bearer ").strip())
            service.take(airline)
            return service.check(airline, q)
        except AppError as e:
            headers = {}
            if e.retry_after is not None:
                headers["Retry-After"] = str(max(1, round(e.retry_after + 0.5)))
            return JSONResponse({"detail": str(e)}, status_code=e.status, headers=headers)
