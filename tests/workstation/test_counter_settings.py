"""Issue 15 (keyboard flow): the reason a refusal is suggested from the hits, and this
counter's own settings (default direction, the alert on a blocking hit) with
`config show|set`."""

from __future__ import annotations

import json

import pytest

from desktop import officers
from desktop.cli import main as cli
from desktop.config import Profile
from desktop.inspection import counter
from desktop.inspection.rules import REASON_CODES, suggest_reason
from desktop.screening.checks import Hit
from local_store import audit


def hit(dataset: str, action: str, severity: str = "high") -> Hit:
    return Hit(dataset, "K1", action, severity, 1.0, "")


BAN = hit("exit_bans", "deny_exit")
PERSON = hit("persons", "arrest", "critical")
STOLEN = hit("documents", "refer")
PERMIT = hit("entry_permits", "deny_entry")


@pytest.mark.parametrize(
    "hits,direction,kw,expected",
    [
        ([BAN], "exit", {}, "EXIT_BAN"),
        ([PERSON, BAN], "exit", {}, "EXIT_BAN"),  # an exit ban is why they may not leave
        ([PERSON], "entry", {}, "WATCHLIST_HIT"),
        ([STOLEN], "entry", {}, "DOCUMENT_INVALID"),
        ([PERSON, STOLEN], "entry", {}, "WATCHLIST_HIT"),  # the most severe first
        ([PERMIT], "entry", {}, "NO_VALID_PERMIT"),
        ([], "entry", {"document_valid": False}, "DOCUMENT_INVALID"),
        ([], "entry", {"chip_failed": True}, "CHIP_FAILED"),
        ([], "entry", {}, None),
        ([], "exit", {"document_valid": None}, None),
    ],
)
def test_the_suggested_reason(hits, direction, kw, expected):
    assert suggest_reason(hits, direction, REASON_CODES, **kw) == expected


def test_a_site_without_the_code_gets_no_suggestion_of_it():
    assert suggest_reason([BAN, PERSON], "exit", ("WATCHLIST_HIT",)) == "WATCHLIST_HIT"
    assert suggest_reason([BAN], "exit", ("OTHER",)) is None


@pytest.fixture
def profile(tmp_path) -> Profile:
    p = Profile(tmp_path / "profile")
    with officers.initialise(p, "inst", "install-pass") as s:
        officers.add_officer(s, "chen", "officer", "officer-pass")
    return p


def run(profile: Profile, monkeypatch, capsys, *args: str, stdin: str = "") -> tuple[int, str]:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli(["--profile", str(profile.root), *args])
    return code, capsys.readouterr().out


def test_config_set_and_show(profile, monkeypatch, capsys):
    code, out = run(profile, monkeypatch, capsys, "config", "show", "--json")
    assert code == 0 and json.loads(out) == {"default-direction": "entry", "hit-alert": True}
    code, out = run(
        profile,
        monkeypatch,
        capsys,
        "config",
        "set",
        "default-direction",
        "exit",
        "--user",
        "inst",
        "--password-stdin",
        "--json",
        stdin="install-pass\n",
    )
    assert code == 0 and json.loads(out)["default-direction"] == "exit"
    code, out = run(
        profile,
        monkeypatch,
        capsys,
        "config",
        "set",
        "hit-alert",
        "off",
        "--user",
        "inst",
        "--password-stdin",
        stdin="install-pass\n",
    )
    assert code == 0 and "hit-alert: off" in out and "default-direction: exit" in out
    with officers.unlock(profile, "chen", "officer-pass") as s:
        assert counter.session_settings(s) == counter.CounterSettings("exit", False)
        with s.store.read() as c:
            events = [e for e in audit.recent(c) if e["event"] == "counter_setting"]
        assert [e["detail"]["name"] for e in events] == ["hit-alert", "default-direction"]


def test_config_set_refuses_bad_values_and_officers(profile, monkeypatch, capsys):
    code, _ = run(
        profile,
        monkeypatch,
        capsys,
        "config",
        "set",
        "default-direction",
        "sideways",
        "--user",
        "inst",
        "--password-stdin",
        stdin="install-pass\n",
    )
    assert code == 2
    code, _ = run(
        profile,
        monkeypatch,
        capsys,
        "config",
        "set",
        "hit-alert",
        "loud",
        "--user",
        "inst",
        "--password-stdin",
        stdin="install-pass\n",
    )
    assert code == 2
    code, _ = run(
        profile,
        monkeypatch,
        capsys,
        "config",
        "set",
        "default-direction",
        "exit",
        "--user",
        "chen",
        "--password-stdin",
        stdin="officer-pass\n",
    )
    assert code == 1  # an officer may not change the counter
    code, out = run(profile, monkeypatch, capsys, "config", "show", "--json")
    assert json.loads(out)["default-direction"] == "entry"
