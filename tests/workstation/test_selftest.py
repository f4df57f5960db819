"""`selftest`: every check passes on an installed machine with pcscd running, and a
failing check gives exit 1 with its line."""

from __future__ import annotations

import json
import os

import pytest

from desktop.chip import testbed


@pytest.fixture(scope="module")
def pcscd():
    bed = testbed.Testbed()
    try:
        bed.start()
    except testbed.TestbedUnavailable as e:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"pcscd test bed unavailable: {e}")
    yield bed
    bed.stop()


@pytest.mark.pcsc
def test_all_checks_pass_with_pcscd_running(run_cli, pcscd):
    r = run_cli("selftest", "--json")
    checks = {c["check"]: c for c in map(json.loads, r.out.splitlines())}
    assert r.code == 0, checks
    assert set(checks) == {"imports", "qt", "database", "pcsc", "fonts", "translations", "ocr"}
    assert "2 reader(s)" in checks["pcsc"]["detail"]  # vpcd's two virtual readers


def test_a_failing_check_gives_exit_1(run_cli, monkeypatch, tmp_path):
    # Without the Traditional Chinese font the fonts check must fail, the others still run.
    from desktop import selftest

    monkeypatch.setattr(selftest, "TC_FONT_FILE", ("fonts", "missing.otf"))
    results = selftest.run(frozenset({"pcsc"}))
    by_name = {r.name: r for r in results}
    assert not by_name["fonts"].ok and "missing.otf" in by_name["fonts"].detail
    assert by_name["database"].ok and by_name["imports"].ok
    r = run_cli("selftest", "--skip", "pcsc", "--skip", "qt")
    lines = r.out.splitlines()
    assert all(line.startswith(("ok  ", "FAIL")) for line in lines)
    assert (r.code == 0) == all(line.startswith("ok") for line in lines)
