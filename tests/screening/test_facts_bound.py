"""Screening skips the name comparison of a listed person whose birth date, nationality
and sex alone keep them under the threshold (`score.cannot_reach`). That is only safe if
no name can lift them over it: `compare_people` never scores more than 1 + the facts'
penalty, whatever the names."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.screening.score import Facts, cannot_reach, compare_people, facts_penalty

NAMES = ("CHEN, SHUI-BIAN", "陳水扁", "CHAN SHUI BIN", "MUELLER, PETER", "MEYER, PETER",
         "LIN CHIH-MING", "林志明", "ABE SHINZO", "安倍晉三", "KIM JONG UN", "김정은")  # fmt: skip
_DATES = ["1971", "1972", "1980", "1971-03", "1971-03-14", "1971-14-03", "1971-03-15",
          "1972-03-14", "1990-10-27"]  # fmt: skip
DATES = st.one_of(st.none(), st.sampled_from(_DATES))
NATS = st.one_of(st.none(), st.sampled_from(["TWN", "twn", "CHN", "HKG", "DEU"]))
SEXES = st.one_of(st.none(), st.sampled_from(["M", "F", "X", "m"]))


def facts() -> st.SearchStrategy[Facts]:
    return st.builds(Facts, st.lists(st.sampled_from(NAMES), min_size=1, max_size=2).map(tuple),
                     DATES, NATS, SEXES)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(facts(), facts())
def test_no_name_lifts_a_person_over_what_the_facts_allow(query, listed):
    bound = 1.0 + facts_penalty(query, listed)
    assert compare_people(query, listed).score <= bound + 1e-9
    # the same pair with its names made equal scores the bound (when it is positive)
    same = Facts(query.names, listed.birth_date, listed.nationality, listed.sex)
    assert compare_people(query, same).score >= min(bound, 1.0) - 1e-9 or bound <= 0


def test_cannot_reach_only_below_the_threshold():
    q = Facts(("LIN CHIH-MING",), "1971-03-14", "TWN", "M")
    assert not cannot_reach(q, Facts(("林志明",), "1971-03-14", "TWN", "M"), 0.8)
    assert not cannot_reach(q, Facts(("林志明",), "1971-03-14", "CHN", "M"), 0.8)  # exactly 0.8
    assert cannot_reach(q, Facts(("林志明",), "1980", "CHN", "M"), 0.8)  # 1 - 0.2 - 0.2
    assert cannot_reach(q, Facts(("林志明",), "1971-03-14", "CHN", "F"), 0.8)
