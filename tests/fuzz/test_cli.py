"""The command line's argument handling, in process through `desktop.cli.main`: every
subcommand given garbage or missing arguments answers exit 2 with a message, never a
traceback or exit 3; and `mrz ocr` fed truncated, huge and non-image files."""

from __future__ import annotations

import argparse
import io
import os

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop import cli
from tests.fuzz.strategies import FUZZ, mutations


def _leaves() -> dict[tuple[str, ...], argparse.ArgumentParser]:
    """Every runnable command, by its words (`replica load`, `mrz ocr`, ...)."""
    out: dict[tuple[str, ...], argparse.ArgumentParser] = {}

    def walk(words: tuple[str, ...], parser: argparse.ArgumentParser) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            out[words] = parser
        for action in subs:
            for name, child in action.choices.items():
                walk((*words, name), child)

    walk((), cli.build_parser())
    out.pop((), None)
    return out


LEAVES = _leaves()
COMMANDS = sorted(LEAVES)


def _options(words: tuple[str, ...]) -> list[str]:
    return sorted(
        s
        for a in LEAVES[words]._actions
        for s in a.option_strings
        if s not in ("-h", "--help", "--version")
    )


def run(argv: list[str], capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    try:
        code = cli.main(argv)
    except SystemExit as e:  # only --help / --version (prefixes of them) exit this way
        code = e.code if isinstance(e.code, int) else 2
        assert code == 0, argv
    _out, err = capsys.readouterr()
    return code, err


def test_every_command_is_covered():
    assert len(COMMANDS) >= 30 and ("mrz", "ocr") in LEAVES and ("replica", "load") in LEAVES


@st.composite
def garbage_command(draw: st.DrawFn) -> list[str]:
    """A real command, real options of it with garbage values, garbage words, and always
    one option it does not have (so nothing is ever run for real)."""
    words = draw(st.sampled_from(COMMANDS))
    options = _options(words)
    tokens: list[str] = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.integers(0, 2))
        if kind == 0 and options:
            tokens.append(draw(st.sampled_from(options)))
        elif kind == 1:
            tokens.append(draw(st.text(max_size=12)))
        else:
            tokens.append(draw(st.sampled_from(["-1", "", "\x00", "--", "-", "9" * 30, "é"])))
    bad = "--zz" + draw(st.text("abcdefghij-", min_size=1, max_size=6))
    tokens.insert(draw(st.integers(0, len(tokens))), bad)
    return [*words, *tokens]


def test_garbage_arguments_give_exit_2(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("BORDER_WS_PROFILE", str(tmp_path / "nobody"))
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    # main() builds the same parser every call (~20 ms of imports and registrations):
    # build it once; main's own handling of what it parses is what is under test.
    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda: parser)

    @FUZZ
    @given(garbage_command())
    @example(["mrz", "ocr", "--zz"])
    @example(["replica", "load", "persons", "--version", "x", "--zz-a"])
    def check(argv):
        code, err = run(argv, capsys)
        if code == 0:
            return  # `--he`: argparse's help, nothing run
        if code == 1 and argv[:2] in (["names", "match"], ["face", "verify"]):
            return  # two well-formed inputs that do not match: a verdict, not an error
        assert code == 2, (argv, err)
        assert err.strip() and "Traceback" not in err and "internal error" not in err

    check()
    assert not (tmp_path / "nobody").exists()  # nothing ran


@pytest.mark.parametrize("words", COMMANDS, ids=" ".join)
def test_missing_or_bad_arguments_give_exit_2(words, capsys, monkeypatch, tmp_path):
    """Required arguments left out, and an int option given a word: exit 2, one message."""
    monkeypatch.setenv("BORDER_WS_PROFILE", str(tmp_path / "nobody"))
    parser = LEAVES[words]
    required = [a for a in parser._actions if a.required]
    if required:
        code, err = run(list(words), capsys)
        assert code == 2 and "required" in err, err
    typed = [a for a in parser._actions if a.option_strings and a.type in (int, float)]
    for action in typed:
        code, err = run([*words, action.option_strings[0], "many", "--zz"], capsys)
        assert code == 2 and "invalid" in err, err
    assert not (tmp_path / "nobody").exists()


# --- `mrz ocr` on files that are not readable images --------------------------------------


@pytest.fixture(scope="module")
def small_images() -> list[bytes]:
    from PIL import Image

    im = Image.new("L", (48, 32), 200)
    out = []
    for fmt in ("PNG", "JPEG", "BMP"):
        buf = io.BytesIO()
        im.save(buf, fmt)
        out.append(buf.getvalue())
    return out


def test_image_loader_fuzz(small_images):
    """The OCR's image loading: a gray array, or OcrFailure (never PIL's or NumPy's own
    errors, which `mrz ocr` would report as an internal error)."""
    from desktop.documents.ocr import OcrFailure, load_gray

    @FUZZ
    @given(st.sampled_from(small_images).flatmap(mutations) | st.binary(max_size=64))
    def check(data):
        try:
            gray = load_gray(data)
        except OcrFailure as e:
            assert str(e)
            return
        assert gray.ndim == 2 and min(gray.shape) >= 16

    check()


def test_mrz_ocr_on_bad_files_exits_2_with_a_message(tmp_path, capsys, shared_dir):
    real = sorted((shared_dir / "ext-mrz").rglob("*.jpg"))[0].read_bytes()
    bomb = _png_header(100_000, 100_000)
    huge = tmp_path / "huge.png"
    with open(huge, "wb") as f:  # sparse: 65 MiB on paper, nothing on disk
        f.write(real[:1000])
        f.truncate(65 * 2**20)
    cases = {
        "truncated.jpg": (real[: len(real) // 3], "truncated or damaged"),
        "header-only.jpg": (real[:200], "truncated or damaged"),
        "notes.png": (b"these are not the pixels you are looking for\n" * 20, "not an image"),
        "empty.png": (b"", "empty"),
        "bomb.png": (bomb, "too many pixels"),
    }
    for name, (data, _) in cases.items():
        (tmp_path / name).write_bytes(data)
    cases["huge.png"] = (None, "are refused")
    cases["missing.png"] = (None, "")
    for name, (_, words) in cases.items():
        code, err = run(["mrz", "ocr", str(tmp_path / name)], capsys)
        assert code == 2, (name, err)
        assert err.startswith(f"error: {tmp_path / name}: ") and words in err, (name, err)
        assert "Traceback" not in err and "internal error" not in err
    # several at once: each named, the worst code wins
    code, err = run(["mrz", "ocr", *(str(tmp_path / n) for n in cases)], capsys)
    assert code == 2 and err.count("error: ") == len(cases)


def _png_header(width: int, height: int) -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def test_os_fspath_of_a_directory_is_refused(tmp_path, capsys):
    code, err = run(["mrz", "ocr", os.fspath(tmp_path)], capsys)
    assert code == 2 and "directory" in err
