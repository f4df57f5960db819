"""No merge left its conflict markers in a tracked text file: inside a docstring or a
Markdown page they break nothing a test runs, so nothing else would catch them (stop 35
left one in ocr_decide's rule list)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXT = (".py", ".md", ".txt", ".ts", ".toml", ".cfg", ".sh", ".spec", ".yml", ".yaml", ".tsv")
MARKER = re.compile(r"^(<{7} |={7}$|>{7} )", re.MULTILINE)


def _tracked() -> list[Path]:
    out = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    return [ROOT / p for p in out.split("\0") if p.endswith(TEXT) or p == "Makefile"]


def test_no_tracked_file_holds_a_conflict_marker():
    files = _tracked()
    assert len(files) > 100  # git answered: the check ran over the repository
    hits = []
    for path in files:
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        hits += [
            f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, m.start()) + 1}"
            for m in MARKER.finditer(text)
        ]
    assert not hits, hits


def test_the_pattern_finds_a_marker():
    assert MARKER.search("x\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> branch\n")
    assert not MARKER.search("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n")
