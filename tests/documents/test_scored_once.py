"""The greedy seed cover the held-out generators' picture tests share."""

from __future__ import annotations

from tests.documents.scored_once import fewest_seeds


def _first_per_kind(kinds_of: list[tuple[int, set[str]]]) -> dict[str, int]:
    found: dict[str, int] = {}
    for seed, kinds in kinds_of:
        for kind in kinds:
            found.setdefault(kind, seed)
    return found


def test_every_kind_is_covered_by_a_seed_that_holds_it():
    kinds_of = [
        (10, {"phone"}),
        (11, {"TD1"}),
        (12, {"invalid"}),
        (13, {"phone", "TD1", "invalid"}),  # one seed holds all three
        (14, {"scan", "no MRZ"}),
        (15, {"hybrid"}),
        (16, {"scan", "hybrid"}),
    ]
    cover = fewest_seeds(kinds_of)
    held = dict(kinds_of)
    assert set(cover) == set().union(*held.values())
    assert all(kind in held[seed] for kind, seed in cover.items()), cover
    assert cover == {
        "phone": 13,
        "TD1": 13,
        "invalid": 13,
        "scan": 14,
        "no MRZ": 14,
        "hybrid": 15,  # 15 and 16 each add one kind after 14: the earliest wins
    }
    first = _first_per_kind(kinds_of)
    assert len(set(cover.values())) == 3 < len(set(first.values())) == 5


def test_a_tie_goes_to_the_earliest_seed_and_the_answer_does_not_vary():
    kinds_of = [(3, {"a", "b"}), (1, {"c"}), (2, {"a", "c"}), (4, {"b", "c"})]
    cover = fewest_seeds(kinds_of)
    # given order is seed order: 3 comes first and ties 2 and 4, then 1 and 2 tie on "c"
    assert cover == {"a": 3, "b": 3, "c": 1}
    assert fewest_seeds(list(kinds_of)) == cover
    assert fewest_seeds([]) == {}
    assert fewest_seeds([(5, set()), (6, {"x"})]) == {"x": 6}
