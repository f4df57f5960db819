"""Hypothesis against the PAXLST parser: whatever the input, a PaxlstError (with a line)
or a manifest, never another exception; random segment texts split as pydifact splits
them; a valid flight with one segment removed or doubled is refused or still counted
right."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydifact.parser import Parser

from central.apis import paxlst
from central.apis.edifact import tokenize
from tests.apis.make_manifest import build, crowd

FAST = settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BASE = build(crowd(2))
SEGMENTS = BASE.split("\n")


@FAST
@given(st.text(alphabet=st.sampled_from("UNBHTZGE+:'?\n 0123456789AX"), max_size=120))
def test_arbitrary_text_is_refused_cleanly(text: str) -> None:
    try:
        paxlst.parse(text)
    except paxlst.PaxlstError as e:
        assert str(e)


_value = st.text(alphabet=st.sampled_from("AB1 +:?'*"), max_size=6)


@settings(max_examples=300, deadline=None)  # pydifact is the slow half here
@given(st.lists(st.lists(_value, min_size=1, max_size=3), min_size=1, max_size=4))
def test_released_values_split_like_pydifact(elements: list[list[str]]) -> None:
    def esc(v: str) -> str:
        for ch in "?:+'":
            v = v.replace(ch, "?" + ch)
        return v

    seg = "NAD+" + "+".join(":".join(esc(c) for c in e) for e in elements) + "'"
    ours = tokenize(seg)[1][0].elements
    assert ours == elements
    theirs = next(iter(Parser().parse(seg))).elements
    # Trailing empty components carry nothing (ISO 9735 lets senders omit them);
    # pydifact folds `:` alone into one empty value.
    assert [_trim([e] if isinstance(e, str) else list(e)) for e in theirs] == [
        _trim(e) for e in ours
    ]


def _trim(components: list[str]) -> list[str]:
    while len(components) > 1 and components[-1] == "":
        components = components[:-1]
    return components


@FAST
@given(st.integers(0, len(SEGMENTS) - 2), st.sampled_from(["drop", "double", "cut"]),
       st.integers(0, 40))  # fmt: skip
def test_mutated_flight(i: int, how: str, cut: int) -> None:
    segs = list(SEGMENTS)
    if how == "drop":
        del segs[i]
    elif how == "double":
        segs.insert(i, segs[i])
    else:
        segs[i] = segs[i][: max(0, len(segs[i]) - 1 - cut)]
    text = "\n".join(segs)
    try:
        m = paxlst.parse(text)
    except paxlst.PaxlstError as e:
        assert e.line is not None or "empty" in str(e)
        return
    # Accepted: only changes the counts do not see (a doubled RFF, a shortened value).
    assert len(m.passengers) == 2
