"""`mrz parse` through the real CLI: exit codes, JSON, text, and any bytes in argv."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.cli import main
from tests.documents.conftest import SPECIMENS

TD3 = SPECIMENS["TD3"]


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_valid_specimen_exit_0_json(capsys):
    code, out, err = run(["mrz", "parse", "--json", *TD3], capsys)
    assert code == 0
    obj = json.loads(out)
    assert obj["valid"] is True and obj["format"] == "TD3"
    assert obj["surname"] == "ERIKSSON" and obj["given_names"] == "ANNA MARIA"
    assert out.count("\n") == 1
    assert err == ""


def test_every_specimen_format(capsys):
    for fmt, lines in SPECIMENS.items():
        code, out, _ = run(["mrz", "parse", "--json", "\n".join(lines)], capsys)
        assert code == 0, fmt
        assert json.loads(out)["format"] == fmt


def test_check_failure_exit_1_names_the_field(capsys):
    bad = TD3[1][:19] + "3" + TD3[1][20:]
    code, out, _ = run(["mrz", "parse", TD3[0], bad], capsys)
    assert code == 1
    assert "TD3 MRZ: INVALID" in out
    assert "error: birth date check digit is 3, computed 2" in out
    assert "birth date FAILED" in out


def test_text_form(capsys):
    code, out, _ = run(["mrz", "parse", *TD3], capsys)
    assert code == 0
    assert out.splitlines()[0] == "TD3 MRZ: VALID"
    assert "ERIKSSON, ANNA MARIA" in out
    assert "born          1974-08-12" in out
    assert "warning: issuing state UTO is ICAO's specimen state" in out


def test_not_an_mrz_exit_2_message_on_stderr(capsys):
    code, out, err = run(["mrz", "parse", "hello"], capsys)
    assert code == 2
    assert out == ""
    assert err.startswith("error: not an MRZ:")
    code, out, err = run(["mrz", "parse", "--json", "hello"], capsys)
    assert code == 2
    assert json.loads(out)["valid"] is False
    assert "not an MRZ" in err


def test_usage_errors_exit_2(capsys):
    assert run(["mrz"], capsys)[0] == 2
    assert run(["mrz", "parse"], capsys)[0] == 2
    assert run(["mrz", "parse", "-", TD3[0]], capsys)[0] == 2


def test_standard_input_like_a_wedge(monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("\r\n".join(TD3) + "\r\n"))
    code, out, _ = run(["mrz", "parse", "--json", "-"], capsys)
    assert code == 0
    assert json.loads(out)["document_number"] == "L898902C3"


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.binary(max_size=120), min_size=1, max_size=3), st.booleans())
def test_any_bytes_end_in_0_1_2_in_process(capsys, args, as_json):
    # What the interpreter makes of undecodable argv bytes (PEP 383).
    texts = [os.fsdecode(b.replace(b"\0", b"")) for b in args]
    argv = ["mrz", "parse", *(["--json"] if as_json else []), "--", *texts]
    code = main(argv)
    out, err = capsys.readouterr()
    assert code in (0, 1, 2)
    assert "Traceback" not in err and "internal error" not in err
    if as_json and "-" not in texts:  # "-" reads standard input (captured here: exit 2)
        assert json.loads(out)["valid"] is (code == 0)
    elif code in (0, 1):
        assert out.splitlines()[0].endswith("VALID")


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=60))
def test_any_single_argument_without_separator(capsys, raw):
    # No "--": arguments that look like options must be usage errors, not crashes.
    text = os.fsdecode(raw.replace(b"\0", b""))
    try:
        code = main(["mrz", "parse", text])
    except SystemExit as e:  # "-h" / "--help" prints help and exits 0, as argparse does
        code = e.code
    _, err = capsys.readouterr()
    assert code in (0, 1, 2)
    assert "Traceback" not in err and "internal error" not in err


def test_arbitrary_bytes_in_real_argv_subprocess():
    samples = [
        b"\xff\xfe\x80",
        b"P<UTO\xc3\xa9RIKSSON",
        b"\x1b[31m" + TD3[0].encode(),
        "\n".join(TD3).encode().replace(b"<", b"\xe2\x80\xb9"),
        b"-x",
        b"\n".join(s.encode() for s in TD3),
    ]
    env = {**os.environ, "PYTHONIOENCODING": "", "LC_ALL": "C"}
    for raw in samples:
        proc = subprocess.run(
            [sys.executable, "-m", "desktop", "mrz", "parse", raw],
            capture_output=True,
            timeout=60,
            env=env,
        )
        assert proc.returncode in (0, 1, 2), (raw, proc.stderr)
        assert b"Traceback" not in proc.stderr
        assert proc.stderr or proc.returncode == 0
    assert proc.returncode == 0  # the last sample is the valid specimen


# -- mrz ocr ----------------------------------------------------------------------------


def _photo(tmp_path, name, fmt="TD3", seed=1):
    from tests.documents.test_ocr import specimen_photo

    path = tmp_path / name
    path.write_bytes(specimen_photo(fmt, seed))
    return str(path)


def test_ocr_several_images_json_lines(tmp_path, capsys):
    a = _photo(tmp_path, "a.jpg", "TD3")
    b = _photo(tmp_path, "b.jpg", "TD1")
    code, out, err = run(["mrz", "ocr", "--json", a, b], capsys)
    assert code == 0, err
    objs = [json.loads(line) for line in out.splitlines()]
    assert [o["image"] for o in objs] == [a, b]
    assert [o["format"] for o in objs] == ["TD3", "TD1"]
    assert all(o["valid"] for o in objs)
    assert objs[0]["lines"] == list(SPECIMENS["TD3"])
    assert len(objs[1]["line_confidence"]) == 3


def test_ocr_text_form(tmp_path, capsys):
    code, out, _ = run(["mrz", "ocr", _photo(tmp_path, "a.jpg", "TD2")], capsys)
    assert code == 0
    assert "TD2 MRZ: VALID" in out
    assert SPECIMENS["TD2"][1] in out
    assert "line confidence" in out


def test_ocr_unreadable_and_no_mrz_exit_2_but_others_are_read(tmp_path, capsys):
    from tests.documents import synth

    good = _photo(tmp_path, "good.jpg")
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0garbage")
    blank = tmp_path / "blank.jpg"
    blank.write_bytes(synth.blank_photo(2))
    code, out, err = run(
        ["mrz", "ocr", "--json", good, str(broken), str(blank), str(tmp_path / "nope.png")],
        capsys,
    )
    assert code == 2
    objs = [json.loads(line) for line in out.splitlines()]
    assert objs[0]["valid"] is True
    assert all(o["error"] for o in objs[1:])
    assert "truncated or damaged" in objs[1]["error"] or "not an image" in objs[1]["error"]
    assert "cannot read the file" in objs[3]["error"]
    assert "no MRZ found" in objs[2]["error"]
    assert err.count("error:") == 3
    assert "Traceback" not in err


def test_ocr_invalid_document_exit_1(tmp_path, capsys):
    import numpy as np

    from tests.documents import synth

    bad = list(SPECIMENS["TD3"])
    bad[1] = bad[1][:19] + "3" + bad[1][20:]  # wrong birth date check digit, printed so
    rng = np.random.default_rng(4)
    page = synth.render_page("TD3", tuple(bad), rng, "easy")
    path = tmp_path / "bad.jpg"
    path.write_bytes(synth.to_jpeg(synth.photograph(page, rng, "easy"), 92))
    code, out, _ = run(["mrz", "ocr", "--json", str(path)], capsys)
    assert code == 1
    obj = json.loads(out)
    assert obj["valid"] is False
    assert obj["checks"]["birth_date"] is False


def test_unreadable_standard_input_is_a_usage_error(monkeypatch, capsys):
    class Closed:
        def isatty(self):
            return False

        def read(self, n=-1):
            raise OSError("reading from stdin while output is captured")

    monkeypatch.setattr(sys, "stdin", Closed())
    code, _, err = run(["mrz", "parse", "-"], capsys)
    assert code == 2
    assert "cannot read standard input" in err
    monkeypatch.setattr(sys, "stdin", None)
    assert run(["mrz", "parse", "-"], capsys)[0] == 2
