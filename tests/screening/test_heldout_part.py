"""The held-out part of the outside name set: sourced, labelled both ways, disjoint from
everything tuned on, and scored only once. None of these tests runs the name engine: a
held-out pair scored here would no longer be held out."""

from __future__ import annotations

import re
import unicodedata

import pytest

from bench import bench_names


def _key(a: str, b: str) -> frozenset[str]:
    """An unordered pair, case, accents, spaces and punctuation ignored."""

    def norm(s: str) -> str:
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
        return re.sub(r"\W", "", s.upper())

    return frozenset((norm(a), norm(b)))


def test_the_held_out_part_is_sourced_and_labelled_both_ways():
    pairs = bench_names.load(bench_names.HELD_OUT)
    assert len(pairs) >= 320
    assert all(p.source and p.category for p in pairs)
    same = sum(p.same for p in pairs)
    assert 0.3 * len(pairs) <= same <= 0.7 * len(pairs), (same, len(pairs))


def test_no_held_out_pair_was_seen_in_development_or_in_issue_5s_set():
    seen = {_key(p.a, p.b) for p in bench_names.development() + bench_names.load(bench_names.OLD)}
    held = [p for p in bench_names.load(bench_names.HELD_OUT) if _key(p.a, p.b) in seen]
    assert held == []


def test_the_held_out_part_is_scored_once(monkeypatch, tmp_path):
    first = tmp_path / "names-heldout.txt"
    first.write_text("first and only score", encoding="utf-8")
    monkeypatch.setattr(bench_names, "HELD_OUT_RESULT", first)

    def never(pairs):
        raise AssertionError("scored a second time")

    monkeypatch.setattr(bench_names, "score", never)
    with pytest.raises(SystemExit, match="already scored"):
        bench_names.score_held_out()
    assert first.read_text(encoding="utf-8") == "first and only score"


def test_a_row_whose_label_is_not_0_or_1_is_an_error(tmp_path):
    """The twelfth part's column header, written without '#', was scored as a
    different-people pair at its one scoring: the loader refuses such a row now."""
    part = tmp_path / "part.tsv"
    part.write_text("# a comment\nLI NA\tLEE NA\t1\tcn\tsrc\nname_a\tname_b\tsame_person\n")
    why = re.escape("part.tsv line 3: same_person is 'same_person', not 0 or 1")
    with pytest.raises(ValueError, match=why):
        bench_names.load(part)
