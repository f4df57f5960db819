from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> object:
        return json.loads(self.out)


@pytest.fixture
def run_cli(tmp_path):
    """Run `python -m desktop` as a real process on a profile in tmp_path."""
    profile = tmp_path / "profile"

    def run(*args: str, stdin: str = "", profile_dir: Path | None = None) -> Result:
        env = {**os.environ, "BORDER_WS_PROFILE": str(profile_dir or profile)}
        p = subprocess.run(
            [sys.executable, "-m", "desktop", *args],
            input=stdin,
            text=True,
            capture_output=True,
            env=env,
            timeout=120,
            cwd=ROOT,
        )
        return Result(p.returncode, p.stdout, p.stderr)

    run.profile = profile  # type: ignore[attr-defined]
    return run


@pytest.fixture
def workstation(run_cli):
    """An initialised workstation with an installer, a supervisor and an officer."""
    assert (
        run_cli("init", "--installer", "inst", "--password-stdin", stdin="install-pass\n").code == 0
    )
    assert (
        run_cli(
            "officers",
            "add",
            "sup",
            "--role",
            "supervisor",
            "--user",
            "inst",
            "--password-stdin",
            stdin="install-pass\nsuper-pass\n",
        ).code
        == 0
    )
    assert (
        run_cli(
            "officers",
            "add",
            "chen",
            "--role",
            "officer",
            "--user",
            "sup",
            "--password-stdin",
            stdin="super-pass\nofficer-pass\n",
        ).code
        == 0
    )
    return run_cli
