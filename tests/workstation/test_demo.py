"""`demo`: the real central, enrollment, sync and the window, driven offscreen."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> str:
    """A port nobody listens on now (a fixed one collides with a demo left running)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return str(s.getsockname()[1])


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_demo_sets_up_syncs_and_shows_the_window(tmp_path):
    from virtual_passport.testbed import VPCD_DRIVER

    state = tmp_path / "demo"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    # The demo's workstation is enrolled with the central's address: one port for both runs.
    cmd = [sys.executable, "-m", "desktop", "demo", "--state", str(state), "--port", _free_port()]
    r = subprocess.run(
        [*cmd, "--check"], capture_output=True, text=True, env=env, timeout=500, cwd=ROOT
    )
    assert r.returncode == 0, r.stdout + r.stderr
    status = json.loads(r.stdout.strip().splitlines()[-1])
    assert status["connectivity"] == "online" and status["enrolled"] is True
    # 5 demo persons and the listing published after the outage drill's record
    assert status["replica"]["persons"]["rows"] == 6 and not status["replica"]["persons"]["stale"]
    # Issue 17: the counter's port, a flight due with a listed person, APP refusing a ban.
    assert status["port"] == "TPE" and status["replica"]["manifests"]["rows"] == 3
    assert "pre-screen hits: LIN, CHIH-MING" in r.stdout + r.stderr
    assert "CHANG CHIA-HAO on CI0100 (outbound): no_board (exit_not_permitted)" in (
        r.stdout + r.stderr
    )
    # Second run: reuses the state, drives the window offscreen, saves screenshots.
    shots_dir = str(tmp_path / "shots")
    r = subprocess.run(
        [*cmd, "--screenshots", shots_dir],
        capture_output=True,
        text=True,
        env=env,
        timeout=500,
        cwd=ROOT,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    shots = {p.name for p in (tmp_path / "shots").glob("*.png") if p.stat().st_size > 10_000}
    assert {
        "login-en.png",
        "inspection-hit-en.png",
        "inspection-hit-zh_TW.png",
        "f12-en.png",
        "f12-zh_TW.png",
        "records-en.png",
        "records-zh_TW.png",
        "supervisor-en.png",
        "supervisor-zh_TW.png",
    } <= shots
    chip_possible = os.geteuid() == 0 and VPCD_DRIVER.exists()
    assert ("inspection-chip-en.png" in shots) == chip_possible, r.stdout
    if chip_possible:  # a second run's chip (new keys) is trusted: its CSCA was loaded
        assert "chip: passive authentication valid" in r.stdout + r.stderr, r.stdout
