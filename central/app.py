"""The reference central's HTTP service (FastAPI). Every data call carries the
workstation credential as `Authorization: Bearer ...`; the OpenAPI description is
`create_app(...).openapi()` (written to central/openapi.json by `python -m central openapi`).

Handlers are plain functions (run in the thread pool) because the database layer is
synchronous; each answer is sent only after its transaction committed.
"""

from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy import select, update

import protocol
from central import accounts, datasets, db, journal_ingest
from central.keys import CentralKeys
from protocol import ROUTES, Route


class Settings:
    def __init__(
        self,
        database: db.Database,
        keys: CentralKeys,
        validity_s: int = datasets.DEFAULT_VALIDITY_S,
        state_dir: Path | None = None,
        app_workers: int = 0,
    ) -> None:
        self.database = database
        self.keys = keys
        self.validity_s = validity_s
        self.state_dir = state_dir  # where the screening replica of APP lives (issue 17)
        self.app_workers = app_workers  # APP's screening processes (central/app_workers.py)


def _route(app: FastAPI, r: Route, **kwargs: Any) -> Callable[[Callable[..., Any]], Any]:
    """`app.get(path)` / `app.post(path)` for a route of the protocol's table."""
    return app.api_route(r.path, methods=[r.method], **kwargs)


def _bearer(authorization: str | None) -> str:
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(401, "missing workstation credential")
    return authorization.removeprefix("Bearer ").strip()


def create_app(settings: Settings) -> FastAPI:
    app = FastAPI(
        title="Border inspection reference central",
        version=f"{protocol.PROTOCOL_VERSION}",
        description=(
            "Sync protocol between border inspection workstations and the central system: "
            "enrollment, signed replica chunks, idempotent journal replay, officer "
            "verification with key escrow, post-hoc alerts. See DESIGN.md."
        ),
    )
    database, keys = settings.database, settings.keys
    route = partial(_route, app)

    def workstation(authorization: Annotated[str | None, Header()] = None) -> accounts.Workstation:
        token = _bearer(authorization)
        with database.read() as conn:
            try:
                return accounts.authenticate(conn, token)
            except accounts.AccessDenied as e:
                raise HTTPException(401, str(e)) from None

    def login_workstation(
        authorization: Annotated[str | None, Header()] = None,
    ) -> accounts.Workstation:
        token = _bearer(authorization)
        with database.read() as conn:
            try:
                return accounts.authenticate(conn, token, login_only=True)
            except accounts.AccessDenied as e:
                raise HTTPException(401, str(e)) from None

    Ws = Annotated[accounts.Workstation, Depends(workstation)]

    @app.exception_handler(RequestValidationError)
    def _invalid_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # FastAPI's own handler echoes the offending input, and a NaN or Infinity in it
        # made that echo fail as a 500: say what is wrong, without the input.
        errors = [
            {"type": str(e.get("type")), "loc": [str(x) for x in e.get("loc", ())],
             "msg": str(e.get("msg"))}
            for e in exc.errors()
        ]  # fmt: skip
        return JSONResponse({"detail": errors}, status_code=422)

    @app.exception_handler(protocol.ProtocolError)
    def _protocol_error(_request: Request, exc: protocol.ProtocolError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @route(ROUTES.health)
    def health() -> dict[str, object]:
        return {"protocol": protocol.PROTOCOL_VERSION, "status": "ok"}

    @route(ROUTES.heartbeat, response_model=protocol.SignedMessage)
    def heartbeat(
        ws: Ws, nonce: Annotated[str, Query(min_length=8, max_length=128)]
    ) -> protocol.SignedMessage:
        """Signed time and head versions: the workstations' measure of connectivity."""
        with database.read() as conn:
            heads = datasets.head_versions(conn)
        now = datetime.now(UTC).isoformat(timespec="microseconds")
        return protocol.sign(keys.signing, protocol.heartbeat_payload(ws.id, nonce, now, heads))

    @route(
        ROUTES.enroll,
        response_model=protocol.EnrollResponse,
        responses={403: {"model": protocol.ErrorBody}},
    )
    def enroll(req: protocol.EnrollRequest) -> protocol.EnrollResponse:
        try:
            resp = accounts.enroll(database, keys, req)
        except accounts.AccessDenied as e:
            raise HTTPException(403, str(e)) from None
        from central import ports  # the workstation's port (issue 17)

        resp.port = ports.on_enroll(database, req.code, req.workstation_id)
        return resp

    @route(
        ROUTES.verify_officer,
        response_model=protocol.VerifyOfficerResponse,
        responses={401: {"model": protocol.ErrorBody}, 403: {"model": protocol.ErrorBody}},
    )
    def verify_officer(
        req: protocol.VerifyOfficerRequest,
        ws: Annotated[accounts.Workstation, Depends(login_workstation)],
    ) -> protocol.VerifyOfficerResponse:
        try:
            return accounts.verify_officer(database, keys, ws, req)
        except accounts.AccessDenied as e:
            raise HTTPException(403, str(e)) from None

    @route(
        ROUTES.replica,
        response_model=protocol.ReplicaResponse,
        responses={404: {"model": protocol.ErrorBody}},
    )
    def replica(
        dataset: str,
        ws: Ws,
        version: Annotated[int, Query(ge=1, lt=2**63, description="first version wanted")] = 1,
        chunk: Annotated[int, Query(ge=0, lt=2**63, description="first chunk of that version")] = 0,
        max_rows: Annotated[int, Query(ge=1, le=500_000)] = 100_000,
    ) -> Response:
        if dataset not in protocol.DATASET_KEYS:
            raise HTTPException(404, f"unknown dataset {dataset!r}")
        with database.read() as conn:
            body = datasets.replica_response(
                conn, keys, dataset, version, chunk, max_rows, settings.validity_s
            )
        return Response(body, media_type="application/json")

    @route(ROUTES.journal, response_model=protocol.PushResponse)
    def push(req: protocol.PushRequest, ws: Ws) -> protocol.PushResponse:
        with database.write() as conn:
            result = journal_ingest.ingest(conn, ws.id, req.entries)
            head = journal_ingest.head(conn, ws.id)
        return protocol.PushResponse(
            accepted=result.accepted,
            duplicates=result.duplicates,
            rejected=result.rejected,
            head=head,
        )

    @route(ROUTES.journal_head, response_model=protocol.JournalHead)
    def journal_head(ws: Ws) -> protocol.JournalHead:
        """Cheap anti-rollback check before a push: what the central has acknowledged."""
        with database.read() as conn:
            return journal_ingest.head(conn, ws.id, with_emergency=True)

    @route(ROUTES.alerts, response_model=protocol.AlertsResponse)
    def alerts(ws: Ws, after: Annotated[int, Query(ge=0, lt=2**63)] = 0) -> protocol.AlertsResponse:
        c = db.alerts.c
        with database.read() as conn:
            rows = conn.execute(
                select(db.alerts)
                .where(c.workstation == ws.id, c.id > after)
                .order_by(c.id)
                .limit(1000)
            ).all()
        return protocol.AlertsResponse(
            alerts=[_alert(r) for r in rows], cursor=rows[-1].id if rows else after
        )

    @route(ROUTES.ack_alerts)
    def ack(req: protocol.AckRequest, ws: Ws) -> dict[str, int]:
        c = db.alerts.c
        with database.write() as conn:
            n = conn.execute(
                update(db.alerts)
                .where(c.workstation == ws.id, c.uuid.in_(req.uuids))
                .values(acknowledged=True)
            ).rowcount
        return {"acknowledged": n}

    from central import app_check  # APP at check-in (issue 17)

    app_check.add_routes(app, database, settings.state_dir, settings.app_workers)
    return app


def _alert(row) -> protocol.Alert:  # type: ignore[no-untyped-def]
    return protocol.Alert(
        uuid=row.uuid,
        record_uuid=row.record_uuid,
        dataset=row.dataset,
        key=row.key,
        action=row.action,
        raised_at=row.raised_at,
        acknowledged=bool(row.acknowledged),
    )


def alert_view(row) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return _alert(row).model_dump()


def openapi_document() -> dict[str, object]:
    """The OpenAPI description, generated from the routes and protocol models."""
    return create_app(Settings(None, None)).openapi()  # type: ignore[arg-type]
