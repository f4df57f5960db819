"""A small airline check-in system: it asks the central's APP service about each
passenger of its queue (`POST /v1/app/check`, the airline's bearer token), optionally
paced at a fixed rate, and keeps every answer with its round-trip time. Drives the APP
tests and `bench/bench_app.py`."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

import requests

from protocol import ROUTES


@dataclass
class Result:
    passenger: dict[str, Any]
    status: int
    body: dict[str, Any]
    ms: float
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names


class CheckIn:
    def __init__(self, url: str, token: str | None, timeout: float = 5.0) -> None:
        self.url = url.rstrip("/") + ROUTES.app_check.path
        self.session = requests.Session()
        if token is not None:
            self.session.headers["Authorization"] = f"Bearer {token}"
        self.timeout = timeout

    def ask(self, passenger: dict[str, Any]) -> Result:
        t0 = time.perf_counter()
        r = self.session.post(self.url, json=passenger, timeout=self.timeout)
        ms = (time.perf_counter() - t0) * 1000
        try:
            body = r.json()
        except ValueError:
            body = {"raw": r.text[:200]}
        return Result(
            passenger, r.status_code, body, ms, {k.lower(): v for k, v in r.headers.items()}
        )

    def queue(self, passengers: list[dict[str, Any]]) -> list[Result]:
        return [self.ask(p) for p in passengers]


def paced(
    url: str, token: str, passengers: list[dict[str, Any]], rate: float, workers: int = 8
) -> list[Result]:
    """Open-loop load: request i is sent at t0 + i/rate (whatever the earlier answers
    took), by a pool of `workers` check-in desks; returns results in request order."""
    results: list[Result | None] = [None] * len(passengers)
    t0 = time.perf_counter() + 0.05
    nxt = iter(range(len(passengers)))
    lock = threading.Lock()

    def desk() -> None:
        client = CheckIn(url, token)
        while True:
            with lock:
                i = next(nxt, None)
            if i is None:
                return
            delay = t0 + i / rate - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            results[i] = client.ask(passengers[i])

    threads = [threading.Thread(target=desk) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return [r for r in results if r is not None]


def passenger(
    surname: str,
    given: str,
    birth: str,
    nationality: str,
    number: str,
    state: str,
    flight: str,
    direction: str,
    **extra: Any,
) -> dict[str, Any]:
    return {"surname": surname, "given_names": given, "birth_date": birth,
            "nationality": nationality, "document_number": number, "issuing_state": state,
            "flight": flight, "direction": direction, **extra}  # fmt: skip
