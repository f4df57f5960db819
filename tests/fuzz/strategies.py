"""Shared settings and strategies of the fuzz tests.

Every parser that reads outside input is fuzzed with at least 1,000 examples per
`make test` run and must raise nothing but its module's own errors. Examples are
derandomized and no example database is kept, so every CI run is the same run (a failure
reproduces); a bug found is fixed in the parser and its example pinned with `@example`.
"""

from __future__ import annotations

import collections
import functools
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

_SETTINGS = settings(
    max_examples=1000,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
RUNS: collections.Counter[str] = collections.Counter()  # examples run, by test


def FUZZ(test: Callable[..., Any]) -> Any:
    """The fuzz settings (put above `@given`), counting the examples each test really
    ran: reported at the end of the session by tests/fuzz/conftest.py."""
    inner = test.hypothesis.inner_test  # what hypothesis calls per example (plugin hook)
    name = inner.__module__.rsplit(".", 1)[-1] + "::" + inner.__qualname__.replace(".<locals>", "")

    @functools.wraps(inner)
    def counted(*args: Any, **kwargs: Any) -> Any:
        RUNS[name] += 1
        return inner(*args, **kwargs)

    test.hypothesis.inner_test = counted
    return _SETTINGS(test)


def mutations(seed: bytes, most: int = 4) -> st.SearchStrategy[bytes]:
    """A valid structure with bytes flipped, cut, inserted or truncated: reaches the deep
    paths of a parser that random bytes never get past the first tag of."""

    @st.composite
    def mutate(draw: st.DrawFn) -> bytes:
        data = bytearray(seed)
        for _ in range(draw(st.integers(1, most))):
            if not data:
                break
            kind = draw(st.sampled_from(["flip", "cut", "insert", "truncate"]))
            i = draw(st.integers(0, len(data) - 1))
            if kind == "flip":
                data[i] ^= draw(st.integers(1, 255))
            elif kind == "cut":
                del data[i : i + draw(st.integers(1, 16))]
            elif kind == "insert":
                data[i:i] = draw(st.binary(min_size=1, max_size=8))
            else:
                del data[i:]
        return bytes(data)

    return mutate()


json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)
