"""Connectivity state, backoff with jitter, and the APScheduler jobs (headless and Qt)."""

from __future__ import annotations

import random
import time

import pytest

from local_store.testing import new_store
from sync import connectivity
from sync.scheduler import make_scheduler
from sync.service import SyncService
from tests.sync.conftest import make_records
from tests.sync.harness import assert_converged


def test_backoff_is_exponential_capped_and_jittered():
    rng = random.Random(1)
    assert connectivity.backoff(0) == 0
    for n in range(1, 30):
        ceiling = min(connectivity.CAP_S, connectivity.BASE_S * 2 ** (n - 1))
        draws = [connectivity.backoff(n, rng) for _ in range(50)]
        assert all(ceiling / 2 <= d <= ceiling for d in draws)
        assert len(set(draws)) > 1  # jitter: counters do not retry in step
    assert connectivity.backoff(50, rng) <= connectivity.CAP_S


def test_states(tmp_path):
    store = new_store(tmp_path)
    with store.write() as c:
        assert connectivity.state_of(c) == "offline"  # never reached
        assert connectivity.record_failure(c, "refused").state == "offline"
        assert connectivity.record_success(c).state == "online"
        assert connectivity.due(c)
        assert connectivity.record_failure(c, "503").state == "degraded"
        assert not connectivity.due(c)  # backing off
        assert connectivity.record_failure(c, "503").state == "degraded"
        st = connectivity.record_failure(c, "timeout")
        assert st.state == "offline" and st.failures == 3 and st.last_error == "timeout"
        assert connectivity.is_offline(c)
        assert connectivity.record_success(c).state == "online"
        assert connectivity.current(c)["failures"] == 0
    store.close()


@pytest.mark.slow
@pytest.mark.parametrize("qt", [False, True], ids=["background", "qt"])
def test_scheduler_pushes_and_pulls(workstation, central, proxy, qt, request):
    ws = workstation
    make_records(ws, 30)
    store = ws.store()
    reports = []
    service = SyncService(ws.profile, store, batch_size=10)
    scheduler = make_scheduler(
        service, qt=qt, push_every_s=0.5, pull_every_s=1, on_report=reports.append
    )

    def done():
        return (
            ws.outbox()["pending"] == 0
            and any(r.pulled for r in reports)
            and any(r.pushed.get("sent") for r in reports)
        )

    scheduler.start()
    if qt:
        request.getfixturevalue("qtbot").waitUntil(done, timeout=90_000)
    else:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and not done():
            time.sleep(0.2)
    scheduler.shutdown(wait=True)
    store.close()
    assert any(r.pulled for r in reports) and any(r.pushed.get("sent") for r in reports)
    assert len(assert_converged(ws, central)) == 30
