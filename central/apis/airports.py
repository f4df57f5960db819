"""Airport and seaport time zones. PAXLST dates and times are local to the port they
belong to (WCO/IATA PAXLST guide, DTM 189/232: "local time"); the central stores them in
UTC and shows them in local time, through this table (`airports.tsv`: IATA airport
codes and UN/LOCODE seaports, with the IANA zone, so daylight saving is the tz
database's business, not ours)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

_TABLE = Path(__file__).with_name("airports.tsv")


@dataclass(frozen=True)
class Port:
    code: str
    country: str  # ICAO 9303 three-letter code (D for Germany)
    tz: ZoneInfo
    name: str


class UnknownPort(LookupError):
    pass


@cache
def table() -> dict[str, Port]:
    out: dict[str, Port] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, country, tz, name = line.split("\t")
        out[code] = Port(code, country, ZoneInfo(tz), name)
    return out


def port(code: str) -> Port:
    p = table().get(code.strip().upper())
    if p is None:
        raise UnknownPort(f"port {code!r} is not in the time-zone table")
    return p


def to_utc(code: str, local: dt.datetime) -> dt.datetime:
    """A naive local time at the port -> aware UTC. A time that falls in a daylight-saving
    gap or fold is taken as the first reading (fold=0), as the clocks at the port showed."""
    return local.replace(tzinfo=port(code).tz).astimezone(dt.UTC)


def to_local(code: str, utc: dt.datetime) -> dt.datetime:
    return utc.astimezone(port(code).tz)
