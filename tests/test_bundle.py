"""The PyInstaller bundle builds from build.spec, passes its self-test and opens a store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_bundle_builds_and_passes_selftest(tmp_path):
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "work"),
            str(ROOT / "build.spec"),
        ],
        check=True,
        cwd=ROOT,
        timeout=850,
    )
    exe = tmp_path / "dist" / "border-workstation" / "border-workstation"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    # The whole self-test, PC/SC included, against a private pcscd with its virtual readers.
    from virtual_passport.testbed import Testbed, TestbedUnavailable

    try:
        bed = Testbed().start()
    except TestbedUnavailable as e:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"pcscd test bed unavailable: {e}")
    try:
        r = subprocess.run(
            [str(exe), "selftest", "--json"], capture_output=True, text=True, env=env, timeout=120
        )
    finally:
        bed.stop()
    checks = {c["check"]: c for c in map(json.loads, r.stdout.splitlines())}
    assert r.returncode == 0, checks
    assert set(checks) == {
        "imports",
        "qt",
        "database",
        "store",
        "pcsc",
        "fonts",
        "translations",
        "ocr",
        "face",
    }
    profile = tmp_path / "profile"
    r = subprocess.run(
        [str(exe), "--profile", str(profile), "init", "--installer", "inst", "--password-stdin"],
        input="install-pass\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    r = subprocess.run(
        [str(exe), "--profile", str(profile), "status", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert r.returncode == 0 and json.loads(r.stdout)["mode"] == "normal", r.stderr
