import subprocess
import sys

from desktop.cli import main


def test_help_lists_usage(capsys):
    try:
        main(["--help"])
    except SystemExit as e:
        assert e.code == 0
    assert "python -m desktop" in capsys.readouterr().out


def test_unknown_command_is_usage_error(capsys):
    assert main(["no-such-command"]) == 2
    err = capsys.readouterr().err
    assert "invalid choice" in err
    assert "Traceback" not in err


def test_module_entry_point_runs_cli():
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "--version"], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0
    assert "python -m desktop" in out.stdout
