"""Assertions the name rounds' tests share: a pair matches, a pair is kept apart by a named
rule, a capped pair is lifted when birth date and nationality agree."""

from __future__ import annotations

from desktop.screening.score import DEFAULT_THRESHOLD, Facts, compare_names, compare_people


def codes(a: str, b: str) -> set[str]:
    return {getattr(r, "code", "") for r in compare_names(a, b).reasons}


def matches(a: str, b: str) -> None:
    m = compare_names(a, b)
    assert m.score >= DEFAULT_THRESHOLD, m.explanation()


def apart(a: str, b: str, code: str) -> None:
    m = compare_names(a, b)
    assert m.score < DEFAULT_THRESHOLD, m.explanation()
    assert code in codes(a, b), m.explanation()


def lifted(a: str, b: str, nationality: str) -> None:
    x = Facts((a,), birth_date="1980-03-02", nationality=nationality)
    y = Facts((b,), birth_date="1980-03-02", nationality=nationality)
    p = compare_people(x, y)
    assert p.score >= DEFAULT_THRESHOLD, p.explanation()
