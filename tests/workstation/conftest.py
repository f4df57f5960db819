from __future__ import annotations

import json
import os
import shutil
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


def _cli(profile: Path, *args: str, stdin: str = "") -> Result:
    env = {**os.environ, "BORDER_WS_PROFILE": str(profile)}
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


@pytest.fixture
def run_cli(tmp_path):
    """Run `python -m desktop` as a real process on a profile in tmp_path."""
    profile = tmp_path / "profile"

    def run(*args: str, stdin: str = "", profile_dir: Path | None = None) -> Result:
        return _cli(profile_dir or profile, *args, stdin=stdin)

    run.profile = profile  # type: ignore[attr-defined]
    return run


@pytest.fixture(scope="session")
def workstation_template(tmp_path_factory) -> Path:
    """An installer, a supervisor and an officer, set up once through the real commands
    (three processes and three Argon2id key derivations); each test gets a copy."""
    profile = tmp_path_factory.mktemp("template") / "profile"
    steps = [
        (("init", "--installer", "inst", "--password-stdin"), "install-pass\n"),
        (("officers", "add", "sup", "--role", "supervisor", "--user", "inst",
          "--password-stdin"), "install-pass\nsuper-pass\n"),
        (("officers", "add", "chen", "--role", "officer", "--user", "sup",
          "--password-stdin"), "super-pass\nofficer-pass\n"),
    ]  # fmt: skip
    for args, stdin in steps:
        r = _cli(profile, *args, stdin=stdin)
        assert r.code == 0, r.err
    return profile


@pytest.fixture
def workstation(run_cli, workstation_template):
    """An initialised workstation with an installer, a supervisor and an officer (a copy
    of the session's template: the same files the three commands write)."""
    shutil.copytree(workstation_template, run_cli.profile)
    return run_cli
