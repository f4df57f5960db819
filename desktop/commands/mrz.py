"""`mrz parse LINE...` and `mrz ocr IMAGE...`: read and check machine readable zones.

Exit codes (DESIGN.md): 0 every MRZ valid, 1 read but a check fails, 2 not an MRZ, an
unreadable image, no MRZ found, or bad usage.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import TYPE_CHECKING

from desktop.cli import add_json_arg, new_command, print_json
from desktop.errors import UsageError

if TYPE_CHECKING:
    from desktop.documents.mrz import TravelDocument


def register(sub: argparse._SubParsersAction) -> None:
    mrz = new_command(sub, "mrz", _usage, help="read and check ICAO 9303 machine readable zones")
    inner = mrz.add_subparsers(dest="mrz_command", metavar="COMMAND", parser_class=type(mrz))

    p = new_command(
        inner,
        "parse",
        cmd_parse,
        help="parse and check an MRZ (TD1, TD2, TD3, MRV-A, MRV-B)",
        epilog="Give each MRZ line as an argument, or all lines in one argument, or '-' to "
        "read them from standard input (a keyboard-wedge reader). Exit 0 valid, 1 a check "
        "fails, 2 not an MRZ.",
    )
    p.add_argument("lines", nargs="+", metavar="LINE", help="MRZ lines ('-': standard input)")
    add_json_arg(p)

    o = new_command(
        inner,
        "ocr",
        cmd_ocr,
        help="find and read the MRZ in images (OpenCV; no network)",
        epilog="One result per image (with --json one JSON object per line, with the image "
        "path and a per-line confidence). Exit 0 all valid, 1 any invalid, 2 any image "
        "unreadable or without an MRZ.",
    )
    o.add_argument("images", nargs="+", metavar="IMAGE", help="image files (JPEG, PNG, ...)")
    o.add_argument(
        "--typed",
        action="append",
        default=[],
        metavar="LINE:COL=C",
        help="a character read off the document for a cell the image's reading was refused "
        "for (as the refusal names it: 'line 2 position 8' is 2:8); repeat for each. One "
        "image only: it is read, then read again with these cells settled, every other "
        "character decided as before. Only a cell's unclear character or a look-alike of "
        "it is taken.",
    )
    add_json_arg(o)


def _usage(args: argparse.Namespace) -> int:
    raise UsageError("mrz: say what to do: 'mrz parse LINE...' or 'mrz ocr IMAGE...'")


def _read_lines(args_lines: list[str]) -> list[str]:
    if args_lines == ["-"]:
        try:
            if sys.stdin is None or sys.stdin.isatty():
                raise UsageError("mrz parse -: give the MRZ lines on standard input")
            return sys.stdin.read(64 * 1024).splitlines()
        except (OSError, ValueError, UnicodeDecodeError) as e:
            raise UsageError(f"mrz parse -: cannot read standard input ({e})") from None
    if "-" in args_lines:
        raise UsageError("mrz parse: '-' (standard input) cannot be mixed with lines")
    return args_lines


def cmd_parse(args: argparse.Namespace) -> int:
    from desktop.documents.mrz import parse

    doc = parse(_read_lines(args.lines))
    if args.json:
        print_json(doc.to_json())
    elif doc.is_mrz:
        sys.stdout.write(describe(doc))
    return exit_code(doc, stderr=True)


def exit_code(doc: TravelDocument, *, stderr: bool = False) -> int:
    """0 valid, 1 an MRZ whose checks fail, 2 not an MRZ (the message on stderr)."""
    if not doc.is_mrz:
        if stderr:
            print(f"error: {doc.errors[0]}", file=sys.stderr)
        return 2
    return 0 if doc.valid else 1


def describe(doc: TravelDocument, title: str | None = None) -> str:
    """The result as an officer reads it on a terminal."""
    out: list[str] = []
    if title:
        out.append(title)
    if not doc.is_mrz:
        out.extend(f"  error: {e}" for e in doc.errors)
        return "\n".join(out) + "\n"
    verdict = "VALID" if doc.valid else "INVALID"
    out.append(f"{doc.format} MRZ: {verdict}")
    rows = [
        ("document", f"{doc.document_code or '?'} {doc.document_number or '?'}"),
        ("issued by", doc.issuing_state or "?"),
        ("name", _name(doc)),
        ("nationality", doc.nationality),
        ("born", doc.birth_date),
        ("sex", doc.sex),
        ("expires", doc.expiry_date),
        ("optional data", doc.optional_data or "-"),
    ]
    checks = ", ".join(
        f"{name.replace('_', ' ')} {'ok' if ok else 'FAILED'}"
        for name, ok in doc.checks.to_json().items()
        if ok is not None
    )
    rows.append(("check digits", checks))
    out.extend(f"  {k:<14}{v if v is not None else '?'}" for k, v in rows)
    out.extend(f"  error: {e}" for e in doc.errors)
    out.extend(f"  warning: {w}" for w in doc.warnings)
    return "\n".join(out) + "\n"


_TYPED = re.compile(r"(\d+):(\d+)=(.)")


def _typed_cells(values: list[str]) -> dict[tuple[int, int], str]:
    cells = {}
    for v in values:
        m = _TYPED.fullmatch(v.strip())
        if not m:
            raise UsageError(f"--typed {v!r}: give LINE:COL=C, e.g. --typed 2:8=O")
        cells[(int(m[1]), int(m[2]))] = m[3].upper()
    return cells


def cmd_ocr(args: argparse.Namespace) -> int:
    from desktop.documents.ocr import OcrFailure, Typed, prepare, read_image, to_type

    typed = _typed_cells(args.typed)
    if typed and len(args.images) != 1:
        raise UsageError("--typed: give one image (the cells are that image's)")
    prepare()  # load the glyph prototypes once, outside the per-image timing
    worst = 0
    for path in args.images:
        try:
            result = read_image(path)
            if typed and not result.document.valid:
                try:
                    cells = Typed(result.document.format, typed)
                except ValueError as e:
                    raise UsageError(f"--typed: {e}") from None
                result = read_image(path, typed=cells)
        except OcrFailure as e:
            # One image that cannot be read does not stop the others.
            print(f"error: {path}: {e}", file=sys.stderr)
            if args.json:
                print_json({"image": path, "error": str(e)})
            worst = 2
            continue
        doc = result.document
        # The cells an officer may type to complete a refused reading (--typed).
        asked = [list(p) for p in to_type(result)]
        if args.json:
            print_json({"image": path, **doc.to_json(), **result.to_json(), "to_type": asked})
        else:
            conf = " ".join(f"{c:.2f}" for c in result.line_confidence)
            title = f"{path}: ({result.elapsed_ms:.0f} ms, line confidence {conf})"
            sys.stdout.write(describe(doc, title))
            sys.stdout.writelines(f"  {ln}\n" for ln in doc.lines)
            if asked:
                where = " ".join(f"--typed {a}:{b}=C" for a, b in asked)
                print(f"  to complete it, read these characters off the document: {where}")
        code = exit_code(doc)
        worst = max(worst, code)
    return worst


def _name(doc: TravelDocument) -> str | None:
    """SURNAME, GIVEN NAMES; a single name printed as the secondary identifier alone."""
    if doc.surname == "" and doc.given_names:
        return doc.given_names
    return f"{doc.surname or '?'}, {doc.given_names}" if doc.given_names else doc.surname
