"""Reading the figures out of a benchmark's Markdown section, for the quick-mode tests:
each asserts its figures against the targets (scaled for quick mode), not only that a
heading was printed."""

from __future__ import annotations

import re


def number(text: str) -> float:
    return float(text.replace(",", ""))


def find(pattern: str, section: str) -> re.Match[str]:
    """The first match of `pattern` in `section`; a missing figure fails the test."""
    m = re.search(pattern, section)
    assert m, f"figure not found: {pattern!r}\n{section[:2000]}"
    return m


def table(section: str, first_header: str) -> list[list[str]]:
    """Rows (cells stripped) of the Markdown table whose header starts `| first_header |`."""
    lines = section.splitlines()
    head = f"| {first_header} |" if first_header else "| |"
    start = next((i for i, line in enumerate(lines) if line.startswith(head)), None)
    assert start is not None, f"no table headed {first_header!r}"
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    assert rows, f"table {first_header!r} is empty"
    return rows
