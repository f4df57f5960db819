"""`selftest`: every check passes on an installed machine with pcscd running, and a
failing check gives exit 1 with its line."""

from __future__ import annotations

import json
import os

import pytest

from virtual_passport import testbed


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
    assert "2 reader(s)" in checks["pcsc"]["detail"]  # vpcd's two virtual readers


def _damage_a_late_page(db) -> None:
    with open(db, "r+b") as f:
        f.seek(db.stat().st_size - 10 * 4096 + 99)
        b = f.read(1)
        f.seek(-1, os.SEEK_CUR)
        f.write(bytes([b[0] ^ 0x10]))


def test_a_failing_check_gives_exit_1(run_cli, monkeypatch, tmp_path):
    # Without the Traditional Chinese font the fonts check must fail, the others still run.
    from desktop import officers, selftest
    from desktop.config import Profile
    from local_store import settings

    monkeypatch.setattr(selftest, "TC_FONT_FILE", ("fonts", "missing.otf"))
    results = selftest.run(frozenset({"pcsc"}))
    by_name = {r.name: r for r in results}
    assert not by_name["fonts"].ok and "missing.otf" in by_name["fonts"].detail
    assert by_name["database"].ok and by_name["imports"].ok
    # Through the real command: a healthy workstation gives exit 0, every line "ok" ...
    profile = Profile(run_cli.profile)
    with officers.initialise(profile, "inst", "install-pass") as s, s.store.write() as c:
        settings.put(c, "pad", "p" * 100_000)  # pages nothing reads at open
    healthy = run_cli("selftest", "--skip", "pcsc")
    assert healthy.code == 0, healthy.out + healthy.err
    lines = healthy.out.splitlines()
    assert len(lines) == 8 and all(line.startswith("ok  ") for line in lines), lines
    # ... and one flipped bit in the store makes the store check fail: exit 1, its FAIL
    # line, and the other checks still run and pass.
    _damage_a_late_page(profile.database)
    broken = run_cli("selftest", "--skip", "pcsc")
    assert broken.code == 1, broken.out + broken.err
    lines = broken.out.splitlines()
    failed = [line for line in lines if line.startswith("FAIL")]
    assert len(lines) == 8 and len(failed) == 1, lines
    assert failed[0].split()[1] == "store" and "damaged" in failed[0]
    assert "Traceback" not in broken.err


def test_store_check_reads_every_page_of_the_profiles_store(tmp_path):
    """Issue 14: selftest runs cipher_integrity_check and integrity_check on store.db."""
    from desktop import officers, selftest
    from desktop.config import Profile
    from local_store import settings

    profile = Profile(tmp_path / "p")
    with officers.initialise(profile, "inst", "install-pass") as s, s.store.write() as c:
        settings.put(c, "pad", "p" * 100_000)  # pages nothing reads at open
    assert "every page authenticates" in selftest.check_store(profile.root)
    _damage_a_late_page(profile.database)
    with pytest.raises(RuntimeError, match="cipher_integrity_check"):
        selftest.check_store(profile.root)
    result = {r.name: r for r in selftest.run(frozenset({"pcsc", "qt", "fonts"}), profile.root)}
    assert not result["store"].ok and "damaged" in result["store"].detail
