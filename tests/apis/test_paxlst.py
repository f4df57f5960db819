"""PAXLST files written by hand from the WCO/IATA PAXLST implementation guide (several
carriers' styles) and the template-built 300-passenger flight: counts, names with
released apostrophes, dates in local time converted through the airport table, and
broken files refused whole with segment and line."""

from __future__ import annotations

import datetime as dt

import pytest

from central.apis import airports, paxlst
from tests.apis.conftest import DATA
from tests.apis.make_manifest import Person, build, crowd


def parse(name: str) -> paxlst.Manifest:
    return paxlst.parse((DATA / name).read_text(encoding="utf-8"))


def test_grouped_inbound_with_released_apostrophe() -> None:
    m = parse("ci005_lax_tpe.edi")
    assert (m.flight, m.carrier, len(m.passengers), len(m.crew)) == ("CI0005", "CI", 4, 0)
    assert m.key() == "CI0005/LAX/2026-12-05"
    oneill = m.travellers[1]
    assert (oneill.surname, oneill.given_names) == ("O'NEILL", "MARGARET ANNE")
    assert (oneill.birth_date, oneill.sex, oneill.nationality) == ("1985-09-22", "F", "USA")
    assert m.travellers[2].birth_date == "2001-02-03"  # YYMMDD 01: this century
    # LAX in December is UTC-8, TPE is UTC+8 all year.
    assert m.departure.utc == "2026-12-06T07:50:00+00:00"
    assert m.arrival.local == "2026-12-07T05:30:00"
    assert m.arrival.utc == "2026-12-06T21:30:00+00:00"
    # A passport and a visa: the passport is the document screened.
    nguyen = m.travellers[3]
    assert [d.type for d in nguyen.documents] == ["P", "V"]
    assert nguyen.document.number == "C4567890" and nguyen.document.issuing_state == "VNM"
    assert m.travellers[0].references == {"AVF": "K7PQ2M", "SEA": "32A"}
    assert m.errors == []


def test_crew_list_on_one_line_without_groups() -> None:
    m = parse("br_crew_tpe_nrt.edi")
    assert (len(m.passengers), len(m.crew), m.list_types) == (0, 3, ["250"])
    assert m.crew[2].document.number == "TK8877665"
    assert m.arrival.utc == "2026-12-06T03:45:00+00:00"  # NRT 12:45 JST


def test_segments_wrapped_at_80_columns() -> None:
    m = parse("ua871_tpe_sfo_wrapped.edi")
    assert len(m.passengers) == 2
    smith = m.passengers[0]
    assert (smith.birth_date, smith.document.number) == ("1967-11-30", "912345678")
    assert m.departure.utc == "2026-12-10T06:00:00+00:00"


def test_three_hundred_passengers() -> None:
    m = paxlst.parse(build(crowd(300)))
    assert len(m.passengers) == 300 and len({t.document.number for t in m.passengers}) == 300
    assert sum(t.surname in ("O'BRIEN", "D'ANGELO") for t in m.passengers) > 10


@pytest.mark.parametrize(
    ("name", "segment", "line", "words"),
    [
        ("bad_cnt.edi", "CNT", 54, "count says 5 passengers"),
        ("bad_unt_count.edi", "UNT", 55, "count says 51 segments"),
        ("bad_unz_count.edi", "UNZ", 1, "count says 2 messages"),
        ("wrong_unz_ref.edi", "UNZ", 57, "is not UNB's"),
        ("wrong_une_ref.edi", "UNE", 56, "is not UNG's"),
        ("missing_une.edi", "UNZ", 56, "no UNE"),
        ("truncated.edi", "RFF", 30, "truncated"),
        ("truncated_midsegment.edi", "ATT", 14, "truncated"),
        ("truncated_at_segment.edi", "DOC", 40, "(UNH at line 4) has no UNT"),
    ],
)
def test_broken_files_refused_with_segment_and_line(
    name: str, segment: str, line: int, words: str
) -> None:
    with pytest.raises(paxlst.PaxlstError) as e:
        parse(f"broken/{name}")
    assert (e.value.segment, e.value.line) == (segment, line)
    assert words in str(e.value) and f"segment {segment} at line {line}" in str(e.value)


def test_daylight_saving_through_the_zone_table() -> None:
    summer = paxlst.parse(build(crowd(1), departs=dt.datetime(2026, 7, 1, 23, 50)))
    winter = paxlst.parse(build(crowd(1), departs=dt.datetime(2026, 1, 1, 23, 50)))
    assert summer.departure.utc == "2026-07-02T06:50:00+00:00"  # PDT, UTC-7
    assert winter.departure.utc == "2026-01-02T07:50:00+00:00"  # PST, UTC-8


def test_unknown_port_kept_local_with_a_note() -> None:
    m = paxlst.parse(build(crowd(2), dep="XQZ"))
    assert m.departure.utc is None and m.departure.local == "2026-12-12T23:50:00"
    assert any("XQZ" in e and "time-zone table" in e for e in m.errors)


def test_messages_of_another_flight_refused() -> None:
    one = build(crowd(2), ref="1")
    other = build(crowd(2), flight="CI0009", ref="1")
    head = one[: one.index("UNE+")]
    second = other[other.index("UNH+") : other.index("UNE+")]
    text = head + second.replace("UNH+1M1", "UNH+2M1").replace("+1M1'", "+2M1'")
    text += "UNE+2+1'\nUNZ+1+1'\n"
    with pytest.raises(paxlst.PaxlstError, match="about flight CI0009, not CI0007"):
        paxlst.parse(text)
    # The same flight in two messages: one manifest.
    again = head + one[one.index("UNH+") : one.index("UNE+")].replace("1M1", "2M1")
    m = paxlst.parse(again + "UNE+2+1'\nUNZ+1+1'\n")
    assert len(m.passengers) == 4 and m.message_refs == ["1M1", "2M1"]


def test_traveller_without_surname_refused() -> None:
    text = build([Person("", "ANNA", "F", "900101", "TWN", "300000001")])
    with pytest.raises(paxlst.PaxlstError, match="no surname") as e:
        paxlst.parse(text)
    assert e.value.segment == "NAD"


def test_airport_table_is_consistent() -> None:
    t = airports.table()
    assert t["TPE"].country == "TWN" and t["TWKEL"].tz.key == "Asia/Taipei"
    assert all(len(c) in (3, 5) for c in t)
