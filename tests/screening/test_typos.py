"""A keying slip in a traveller's name: the second (typo) pass finds the listed person,
the hit says why, and a different person one letter away is not reported."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.screening.checks import Policy, Traveller, candidate_refs, check_persons
from desktop.screening.keys import index_keys, query_keys
from desktop.screening.score import DEFAULT_THRESHOLD, compare_names

TODAY = dt.date(2026, 11, 27)

# (as read at the counter, as listed): one letter changed, added or dropped. In each the
# slip breaks the only pair of blocking keys the listed name has (MEYER's two pairs:
# PETER reads as PET+ER, a pair every PETER has).
SLIPS = [
    ("HO MON", "HO<<MAN"),  # MON reads as M+ON
    ("YOU ZHEO", "YOU ZHUO"),
    ("NI TINI", "NI, TING"),  # TINI reads as TI+NI
    ("WO CI", "伍啟"),  # WO is a real syllable, one letter from WU
    ("YU KON", "YU, KUN"),
    ("XIU YI", "XIE YI"),
    ("YU TAA", "YU, TAO"),
    ("CIRTER PASON", "CARTER, PASON"),  # C before I or A folds differently
    ("MEYEA PETER", "MEYER, PETER"),
]


@pytest.mark.parametrize(("read", "listed"), SLIPS)
def test_the_typo_pass_shares_keys_the_first_pass_lacks(read, listed):
    stored = index_keys([listed])
    first = query_keys([read], typos=False) & stored
    # MEYEA PETER shares only PETER's own pairs (PET+ER; ER is also Gwoyeu Romatzyh for
    # 鵝 e, so two keys) with MEYER, PETER; the others share nothing.
    assert first <= (index_keys(["PETER"]) if read == "MEYEA PETER" else set())
    assert len(query_keys([read], typos=True) & stored) > len(first)


def _person(pid, names, birth, nationality="TWN"):
    return {"id": pid, "names": names, "birth_date": birth, "nationality": nationality,
            "sex": "M", "action": "refer", "list": "TEST"}  # fmt: skip


@pytest.fixture
def listed(load):
    rows = [
        _person("MAN", ["HO<<MAN"], "1970-03-04"),
        _person("KUN-1950", ["YU, KUN"], "1950-01-01"),
        _person("KUN-1969", ["YU, KUN"], "1969-12-31"),
        _person("WU", ["伍啟", "WU, CI"], "1981-06-07"),
        _person("TANG", ["LI, TANG"], "1975-05-05"),
        _person("CARTER", ["CARTER, PASON"], "1998-04-09", "BRA"),
    ]
    # Namesakes of the syllables one letter from MON, born the same year: the typo pass
    # must still rank the person whose name is one slip away.
    rows += [_person(f"HO-{g}", [f"HO<<{g}"], "1970-01-01") for g in ("MIN", "MEN", "MO", "MOU")]
    load("persons", rows)


def _hits(store, name, birth, nationality="TWN"):
    with store.read() as c:
        return check_persons(c, Traveller(name, "", birth, nationality, "M"), "entry",
                             Policy(), TODAY)  # fmt: skip


def test_a_slip_is_found_with_a_reason_a_person_can_read(store, listed):
    hits = {h.key: h for h in _hits(store, "HO MON", "1970-03-04")}
    assert "MAN" in hits
    assert hits["MAN"].score >= DEFAULT_THRESHOLD
    assert "MON ~ MAN (spelling differs" in hits["MAN"].reasons[0]
    hits = {h.key: h for h in _hits(store, "WO CI", "1981-06-07")}
    assert "WO ~ 伍 (WU, spelling differs)" in hits["WU"].reasons[0]
    hits = {h.key: h for h in _hits(store, "CIRTER PASON", "1998-04-09", "BRA")}
    assert "CIRTER ~ CARTER" in hits["CARTER"].reasons[0]


def test_the_typo_pass_looks_only_at_people_born_within_a_year(store, listed):
    with store.read() as c:
        refs = candidate_refs(c, "persons", ["YU KON"], 10, "1970-05-05", typos=True,
                              second_pass=True)  # fmt: skip
        assert refs == ["KUN-1969"]
        unknown = candidate_refs(c, "persons", ["YU KON"], 10, None, typos=True,
                                 second_pass=True)  # fmt: skip
    assert sorted(unknown) == ["KUN-1950", "KUN-1969"]
    assert [h.key for h in _hits(store, "YU KON", "1970-05-05")] == ["KUN-1969"]


def test_the_typo_pass_offers_only_people_a_slip_away(store, load):
    # Thirty namesakes share the PET+ER pair of PETER and fill the first pass; the typo
    # pass must not simply offer more of them, but the one whose surname is a slip away.
    rows = [_person(f"N{i}", [f"{s}, PETER"], "1960-01-01", "DEU")
            for i, s in enumerate(["SMITH", "JONES", "BROWN", "TAYLOR", "WILSON"] * 6)]  # fmt: skip
    rows.append(_person("MEYER", ["MEYER, PETER"], "1960-01-01", "DEU"))
    load("persons", rows)
    with store.read() as c:
        refs = candidate_refs(c, "persons", ["MEYEA PETER"], 10, "1960-01-01", typos=True,
                              second_pass=True)  # fmt: skip
    assert refs == ["MEYER"]
    hits = _hits(store, "MEYEA PETER", "1960-01-01", "DEU")
    assert [h.key for h in hits] == ["MEYER"]


def test_a_different_person_one_letter_away_stays_below_the_threshold(store, listed):
    # 李丁 LI TING and 李當 LI TANG: two real syllables, two characters, two people.
    assert compare_names("LI TING", "LI, TANG").score < DEFAULT_THRESHOLD
    assert not [h for h in _hits(store, "LI TING", "1975-05-05") if h.key == "TANG"]
