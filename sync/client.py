"""HTTP client of the central system (requests).

Every call carries the workstation credential (`Authorization: Bearer`) and verifies
TLS against the CA bundle pinned at enrollment (never the system store); plain `http://`
is allowed only to loopback addresses (tests, the demo, a central on the same host).

Two kinds of failure, because the caller treats them differently:
- `Unreachable`: no usable answer (connection refused or dropped, timeout, 5xx, a body
  that is not the protocol's JSON). Safe to retry later; connectivity degrades.
- `Refused`: the central answered and said no (4xx). Retrying the same thing will not
  help; `status` tells which code.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import tempfile
from typing import Any
from urllib.parse import urlsplit

import requests

import protocol
from protocol import ROUTES, Route

CONNECT_TIMEOUT_S = 3.05
READ_TIMEOUT_S = 60.0
# A counter cannot wait a minute: calls an officer waits for (login) and the heartbeat
# give up fast; bulk transfers (replica chunks, journal batches) keep the long read.
INTERACTIVE_TIMEOUT = (2.0, 4.0)
# Light reads of one small answer: the heartbeat and the journal head asked before every
# push (sync.rollback.guard).
HEARTBEAT_TIMEOUT = (2.0, 3.0)
BULK_TIMEOUT = (CONNECT_TIMEOUT_S, READ_TIMEOUT_S)


class CentralError(Exception):
    pass


class Unreachable(CentralError):
    """No usable answer: retry later."""


class Refused(CentralError):
    """The central answered 4xx."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"the central refused ({status}): {detail}")
        self.status = status
        self.detail = detail


def check_url(url: str) -> str:
    """The base URL, or ValueError: https anywhere, http only to loopback."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{url!r} is not an http(s) URL")
    if parts.scheme == "http":
        host = parts.hostname
        loopback = host == "localhost"
        with contextlib.suppress(ValueError):
            loopback = loopback or ipaddress.ip_address(host).is_loopback
        if not loopback:
            raise ValueError("plain http:// is allowed only to loopback addresses; use https://")
    return url.strip().rstrip("/")


class CentralClient:
    """One session to the central. Not shared between threads."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        ca_pem: str | None = None,
        timeout: tuple[float, float] = (CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
    ) -> None:
        self.base_url = check_url(base_url)
        self.timeout = timeout
        self.session = requests.Session()
        self.session.trust_env = False  # no proxies or CA bundles from the environment
        self.session.headers["User-Agent"] = "border-workstation"
        self.session.headers["Content-Type"] = "application/json"
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"
        self._ca_file = None
        if self.base_url.startswith("https://"):
            if not ca_pem:
                raise ValueError("an https central needs its CA bundle (enroll --ca FILE)")
            # requests wants a path: a private temp file holding only the pinned CA.
            self._ca_file = tempfile.NamedTemporaryFile(  # noqa: SIM115 - lives with the client
                "w", suffix=".pem", prefix="central-ca-"
            )
            self._ca_file.write(ca_pem)
            self._ca_file.flush()
            self.session.verify = self._ca_file.name

    def close(self) -> None:
        self.session.close()
        if self._ca_file is not None:
            self._ca_file.close()

    def __enter__(self) -> CentralClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing -------------------------------------------------------------------

    def _call(
        self, method: str, path: str, *, timeout: tuple[float, float] | None = None, **kwargs: Any
    ) -> requests.Response:
        try:
            resp = self.session.request(
                method, self.base_url + path, timeout=timeout or self.timeout, **kwargs
            )
        except requests.exceptions.SSLError as e:
            raise Unreachable(f"TLS check of the central failed: {_short(e)}") from None
        except requests.RequestException as e:
            raise Unreachable(f"central not reachable: {_short(e)}") from None
        if resp.status_code >= 500 or resp.status_code in (408, 429):
            raise Unreachable(f"central answered {resp.status_code}")
        if resp.status_code >= 400:
            try:
                detail = str(resp.json().get("detail", resp.reason))
            except (ValueError, AttributeError):
                detail = resp.reason or "no detail"
            raise Refused(resp.status_code, detail[:300])
        return resp

    def _send(
        self, route: Route, path_params: dict[str, str] | None = None, **kwargs: Any
    ) -> requests.Response:
        return self._call(route.method, route.url(**(path_params or {})), **kwargs)

    def _json(self, resp: requests.Response) -> Any:
        try:
            return resp.json()
        except (ValueError, requests.exceptions.RequestException):
            raise Unreachable("the central's answer is not JSON (cut or garbled)") from None

    def _model(self, model: type[Any], resp: requests.Response) -> Any:
        try:
            return model.model_validate(self._json(resp))
        except ValueError:
            raise Unreachable("the central's answer does not follow the protocol") from None

    # -- calls ------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        return self._json(self._send(ROUTES.health))

    def heartbeat(self, nonce: str) -> protocol.SignedMessage:
        """The central's signed time and dataset head versions, echoing `nonce`."""
        resp = self._send(ROUTES.heartbeat, params={"nonce": nonce}, timeout=HEARTBEAT_TIMEOUT)
        return self._model(protocol.SignedMessage, resp)

    def enroll(self, req: protocol.EnrollRequest) -> protocol.EnrollResponse:
        resp = self._send(ROUTES.enroll, data=req.model_dump_json())
        return self._model(protocol.EnrollResponse, resp)

    def verify_officer(self, req: protocol.VerifyOfficerRequest) -> protocol.VerifyOfficerResponse:
        resp = self._send(ROUTES.verify_officer, data=req.model_dump_json())
        return self._model(protocol.VerifyOfficerResponse, resp)

    def replica(
        self, dataset: str, version: int, chunk: int, max_rows: int
    ) -> protocol.ReplicaResponse:
        resp = self._send(
            ROUTES.replica,
            {"dataset": dataset},
            params={"version": version, "chunk": chunk, "max_rows": max_rows},
        )
        return self._model(protocol.ReplicaResponse, resp)

    def push(self, req: protocol.PushRequest) -> protocol.PushResponse:
        # json.dumps, not model_dump_json: the body keeps the bytes it always had
        # (tests/test_protocol_golden.py).
        body = json.dumps(req.model_dump(), ensure_ascii=False).encode("utf-8")
        resp = self._send(ROUTES.journal, data=body, headers={"Content-Type": "application/json"})
        return self._model(protocol.PushResponse, resp)

    def journal_head(self) -> protocol.JournalHead:
        """What the central has acknowledged of this workstation's journal. A light call
        with the heartbeat's time-outs: it comes before every push, including the push job's
        rounds on an empty outbox, and with the bulk read (60 s) a hung central held each
        such round, and `Sync now`, for a minute before it failed."""
        resp = self._send(ROUTES.journal_head, timeout=HEARTBEAT_TIMEOUT)
        return self._model(protocol.JournalHead, resp)

    def alerts(self, after: int) -> protocol.AlertsResponse:
        resp = self._send(ROUTES.alerts, params={"after": after})
        return self._model(protocol.AlertsResponse, resp)

    def ack_alerts(self, uuids: list[str]) -> None:
        body = protocol.AckRequest(uuids=uuids).model_dump_json()
        self._send(ROUTES.ack_alerts, data=body)


def _short(e: Exception) -> str:
    text = str(e)
    return text if len(text) < 200 else text[:200] + "..."
