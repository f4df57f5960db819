"""Fixtures for the documents area: ICAO's UTOPIA specimens (Doc 9303 parts 4-7)."""

from __future__ import annotations

import datetime as dt

import pytest

# The day the tests pretend it is, so that century rules and expiry are deterministic.
TODAY = dt.date(2026, 11, 27)

# The specimen MRZs printed in ICAO Doc 9303 (Anna Maria Eriksson of Utopia).
SPECIMENS = {
    # Part 4, machine readable passport (TD3).
    "TD3": (
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ),
    # Part 5, TD1 card.
    "TD1": (
        "I<UTOD231458907<<<<<<<<<<<<<<<",
        "7408122F1204159UTO<<<<<<<<<<<6",
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
    ),
    # Part 6, TD2 card.
    "TD2": (
        "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
        "D231458907UTO7408122F1204159<<<<<<<6",
    ),
    # Part 7, visa format A.
    "MRV-A": (
        "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L8988901C4XXX4009078F96121096ZE184226B<<<<<<",
    ),
    # Part 7, visa format B.
    "MRV-B": (
        "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
        "L8988901C4XXX4009078F9612109<<<<<<<<",
    ),
}

# Part 5: a document number of more than 9 characters, continued in the optional data.
TD1_LONG_NUMBER = (
    "I<UTOD23145890<7349<<<<<<<<<<<",
    "3407127M9507122UTO<<<<<<<<<<<2",
    "STEVENSON<<PETER<JOHN<<<<<<<<<",
)


@pytest.fixture
def today() -> dt.date:
    return TODAY
