"""Fuzzing the name parser and scorer, the document fold and the row validator."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.screening.keys import index_keys, query_keys
from desktop.screening.score import compare_names
from local_store import replica

names = st.text(max_size=40)


@settings(max_examples=300, deadline=None)
@given(names, names)
def test_compare_names_never_fails_and_stays_in_range(a, b):
    m = compare_names(a, b)
    assert 0.0 <= m.score <= 1.0
    index_keys([a])
    query_keys([b])


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(
            ["id", "names", "action", "birth_date", "sex", "nationality", "deleted", "valid_until"]
        ),
        st.one_of(
            st.none(),
            st.text(max_size=12),
            st.integers(),
            st.booleans(),
            st.lists(st.text(max_size=8), max_size=3),
        ),
    )
)
def test_row_validation_raises_only_row_errors(row):
    try:
        replica.validate_rows("persons", [row], 1)
    except replica.RowError as e:
        assert e.index == 0


@given(st.text(max_size=20))
def test_document_fold_is_idempotent(n):
    f = replica.fold_document_number(n)
    assert replica.fold_document_number(f) == f
