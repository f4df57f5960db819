"""PAXLST interchanges from the hand-written template `data/template_flight.edi`
(WCO/IATA PAXLST D05B layout, with UNG/UNE): a header, one block per traveller, a
trailer whose counts (CNT, UNT) are computed here. Used for the 300-passenger message
and for flights dated relative to now (re-screening happens only before arrival).

    python -m tests.apis.make_manifest 300 > flight.edi
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path

TEMPLATE = Path(__file__).with_name("data") / "template_flight.edi"
SURNAMES = ["CHANG", "LIN", "HUANG", "WU", "LIU", "TSAI", "YANG", "HSU", "CHENG", "HSIEH",
            "SMITH", "GARCIA", "MUELLER", "NGUYEN", "SATO", "KIM", "O'BRIEN", "D'ANGELO",
            "NOWAK", "SANTOS", "TANAKA", "PARK", "MARTIN", "ROSSI", "SILVA"]  # fmt: skip
GIVEN = ["WEI-TING", "YU-HSUAN", "CHIA-HAO", "MEI", "JOHN", "MARIA", "ANNA", "KENJI",
         "MIN-JUN", "LUCA", "SOFIA", "THI HOA", "PAUL", "EMMA", "HIROSHI", "JOSE"]  # fmt: skip
NATS = ["TWN", "TWN", "TWN", "USA", "JPN", "KOR", "VNM", "PHL", "D", "GBR"]


@dataclass
class Person:
    surname: str
    given: str
    sex: str
    dob: str  # YYMMDD
    nat: str
    docno: str
    qualifier: str = "FL"


def esc(text: str) -> str:
    """EDIFACT release character before the service characters."""
    for ch in "?:+'":
        text = text.replace(ch, "?" + ch)
    return text


def crowd(n: int, seed: int = 7) -> list[Person]:
    out = []
    for i in range(n):
        k = (i * 7919 + seed) % 100003
        out.append(Person(SURNAMES[k % len(SURNAMES)], GIVEN[(k // 3) % len(GIVEN)],
                          "MF"[k % 2], f"{50 + k % 50:02d}{1 + k % 12:02d}{1 + k % 28:02d}",
                          NATS[k % len(NATS)], f"{300000000 + k * 13 + i}"))  # fmt: skip
    return out


def build(
    people: list[Person],
    *,
    flight: str = "CI0007",
    dep: str = "LAX",
    arr: str = "TPE",
    departs: dt.datetime | None = None,
    arrives: dt.datetime | None = None,
    sent: dt.datetime | None = None,
    ref: str = "000000001",
) -> str:
    """An interchange; `departs`/`arrives` are local times at the ports."""
    departs = departs or dt.datetime(2026, 12, 12, 23, 50)
    arrives = arrives or departs + dt.timedelta(hours=13, minutes=40)
    sent = sent or departs - dt.timedelta(minutes=95)
    text = TEMPLATE.read_text(encoding="utf-8")
    head, rest = text.split("#--TRAVELLER--\n")
    block, trailer = rest.split("#--TRAILER--\n")
    common = {
        "carrier": flight[:2], "flight": flight, "dep": dep, "arr": arr, "ref": ref,
        "group": "1", "sent": sent.strftime("%y%m%d:%H%M"),
        "dep_day": departs.strftime("%y%m%d"), "dep_dtm": departs.strftime("%y%m%d%H%M"),
        "arr_dtm": arrives.strftime("%y%m%d%H%M"),
    }  # fmt: skip
    parts = [head.format(**common)]
    for i, p in enumerate(people):
        parts.append(block.format(**common, qualifier=p.qualifier, surname=esc(p.surname),
                                  given=esc(p.given), sex=p.sex, dob=p.dob, nat=p.nat,
                                  pnr=f"R{i:05d}", seat=f"{1 + i // 9}{'ABCDEFGHK'[i % 9]}",
                                  docno=p.docno, expiry="301231"))  # fmt: skip
    message_segments = sum(1 for line in "".join(parts).splitlines()
                           if line and not line.startswith(("UNA", "UNB", "UNG")))  # fmt: skip
    passengers = sum(p.qualifier == "FL" for p in people)
    parts.append(trailer.format(**common, passengers=passengers,
                                segments=message_segments + 2))  # fmt: skip
    return "".join(parts)


if __name__ == "__main__":
    sys.stdout.write(build(crowd(int(sys.argv[1]) if len(sys.argv) > 1 else 300)))
