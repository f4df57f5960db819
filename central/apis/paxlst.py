"""PAXLST interchanges (WCO/IATA/ICAO API guidelines, PAXLST D02B/D05B as carriers send
them to the US, Canada, the UK and Taiwan) -> `Manifest`.

Checked, and refused whole with the segment and line named when wrong:
- envelope: UNB ... UNZ (UNZ count = groups, or messages when there are no groups;
  UNZ reference = UNB's control reference); optional UNG ... UNE (count of messages,
  reference = UNG's); UNH ... UNT (UNT count = segments from UNH to UNT inclusive,
  reference = UNH's); nothing after UNZ;
- counts: CNT+42 (passengers) and CNT+41 (crew) against the NAD+FL/DDU and
  NAD+FM/DDT/COT groups of the message;
- content: one flight per interchange (TDT+20), departure LOC+125 with DTM+189, arrival
  LOC+87 with DTM+232, each traveller with a surname.
Every message of the interchange (a large flight may come in several, UNH S010
"01:C", "02:F") must be about the same flight.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from central.apis import airports
from central.apis.edifact import EdifactError, Segment, tokenize

PASSENGER_QUALIFIERS = {"FL": "passenger", "DDU": "passenger", "FM": "crew", "DDT": "crew",
                        "COT": "crew"}  # fmt: skip
# DOC 1001 codes: P passport, I/ID identity card, V visa, ... (we screen the first
# travel document: not a visa)
_VISA = {"V", "VS"}
_DTM_FORMATS = {"201": "%y%m%d%H%M", "203": "%Y%m%d%H%M", "102": "%Y%m%d", "101": "%y%m%d"}


class PaxlstError(EdifactError):
    pass


@dataclass
class Document:
    type: str
    number: str
    issuing_state: str | None = None
    expiry: str | None = None  # YYYY-MM-DD


@dataclass
class Traveller:
    role: str  # passenger | crew
    surname: str
    given_names: str
    birth_date: str | None
    sex: str | None
    nationality: str | None
    documents: list[Document] = field(default_factory=list)
    references: dict[str, str] = field(default_factory=dict)  # RFF: AVF (PNR), SEA (seat)...
    embarkation: str | None = None  # LOC 178
    debarkation: str | None = None  # LOC 179
    line: int = 0

    @property
    def document(self) -> Document | None:
        """The travel document screened: the first that is not a visa."""
        for d in self.documents:
            if d.type not in _VISA:
                return d
        return self.documents[0] if self.documents else None


@dataclass
class Leg:
    airport: str
    local: str | None  # ISO, as the message says (local to the port)
    utc: str | None  # ISO with +00:00, through the time-zone table


@dataclass
class Manifest:
    flight: str
    carrier: str
    departure: Leg
    arrival: Leg
    sender: str
    sent_at: str  # UNB date/time (sender's clock), ISO
    control_ref: str
    message_refs: list[str]
    list_types: list[str]  # BGM 1001: 745 passengers, 250 crew, ...
    travellers: list[Traveller]
    errors: list[str]  # non-fatal: what could not be read and was left out
    digest: str  # sha256 of the interchange text

    @property
    def passengers(self) -> list[Traveller]:
        return [t for t in self.travellers if t.role == "passenger"]

    @property
    def crew(self) -> list[Traveller]:
        return [t for t in self.travellers if t.role == "crew"]

    def key(self) -> str:
        """Same flight: flight number, departure port and local departure date."""
        day = (self.departure.local or "")[:10]
        return f"{self.flight}/{self.departure.airport}/{day}"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _fail(seg: Segment, message: str) -> PaxlstError:
    return PaxlstError(message, segment=seg.tag, line=seg.line)


def parse(text: str) -> Manifest:
    """Parse and check one interchange. Raises PaxlstError (an EdifactError)."""
    try:
        _, segs = tokenize(text)
    except PaxlstError:
        raise
    except EdifactError as e:
        raise PaxlstError(e.detail, segment=e.segment, line=e.line) from None
    if not segs:
        raise PaxlstError("empty interchange: no UNB")
    messages = _envelope(segs)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    unb = segs[0]
    return _manifest(unb, messages, digest)


def _envelope(segs: list[Segment]) -> list[list[Segment]]:
    """Check UNB/UNZ, UNG/UNE, UNH/UNT; return each message's segments (UNH..UNT)."""
    unb = segs[0]
    if unb.tag != "UNB":
        raise _fail(unb, "an interchange starts with UNB")
    ref = unb.get(5)
    if not ref:
        raise _fail(unb, "UNB has no interchange control reference (element 5)")
    messages: list[list[Segment]] = []
    groups = 0
    i = 1
    group: Segment | None = None
    in_group = 0
    unz: Segment | None = None
    while i < len(segs):
        s = segs[i]
        if s.tag == "UNZ":
            if group is not None:
                raise _fail(s, f"UNZ inside the group opened by UNG at line {group.line} (no UNE)")
            unz = s
            i += 1
            break
        if s.tag == "UNG":
            if group is not None:
                raise _fail(s, f"UNG inside the group opened at line {group.line} (no UNE)")
            if messages and not groups:
                raise _fail(s, "UNG after messages outside any group")
            if not s.get(5):
                raise _fail(s, "UNG has no group reference (element 5)")
            group, in_group = s, 0
            groups += 1
            i += 1
            continue
        if s.tag == "UNE":
            if group is None:
                raise _fail(s, "UNE without UNG")
            _count(s, in_group, "messages in the group")
            if s.get(2) != group.get(5):
                raise _fail(
                    s, f"UNE reference {s.get(2)!r} is not UNG's {group.get(5)!r} "
                    f"(line {group.line})"
                )  # fmt: skip
            group = None
            i += 1
            continue
        if s.tag == "UNH":
            if groups and group is None:
                raise _fail(s, "UNH outside a group in a grouped interchange")
            j = i + 1
            while j < len(segs) and segs[j].tag not in ("UNT", "UNH", "UNE", "UNZ", "UNG"):
                j += 1
            if j >= len(segs) or segs[j].tag != "UNT":
                at = segs[j] if j < len(segs) else segs[-1]
                raise _fail(at, f"message {s.get(1)!r} (UNH at line {s.line}) has no UNT")
            unt = segs[j]
            _count(unt, j - i + 1, "segments from UNH to UNT")
            if unt.get(2) != s.get(1):
                raise _fail(
                    unt, f"UNT reference {unt.get(2)!r} is not UNH's {s.get(1)!r} (line {s.line})"
                )
            if s.get(2, 0) != "PAXLST":
                raise _fail(s, f"message type {s.get(2, 0)!r} is not PAXLST")
            messages.append(segs[i : j + 1])
            in_group += 1
            i = j + 1
            continue
        raise _fail(s, f"{s.tag} outside a message")
    if unz is None:
        last = segs[-1]
        if group is not None:
            raise _fail(last, f"truncated: the group opened by UNG at line {group.line} has no UNE")
        raise _fail(last, "truncated: the interchange has no UNZ")
    if i < len(segs):
        raise _fail(segs[i], "data after UNZ")
    _count(unz, groups if groups else len(messages), "groups" if groups else "messages")
    if unz.get(2) != ref:
        raise _fail(unz, f"UNZ reference {unz.get(2)!r} is not UNB's {ref!r} (line {unb.line})")
    if not messages:
        raise _fail(unz, "the interchange holds no message")
    return messages


def _count(seg: Segment, actual: int, what: str, element: int = 1, component: int = 0) -> None:
    text = seg.get(element, component)
    if not text.isdigit():
        raise _fail(seg, f"count {text!r} is not a number")
    if int(text) != actual:
        raise _fail(seg, f"count says {int(text)} {what}, there are {actual}")


def _date_time(seg: Segment) -> dt.datetime | dt.date:
    """DTM C507: qualifier:value:format. Without a format: 6 digits YYMMDD, 10 YYMMDDHHMM,
    12 CCYYMMDDHHMM (what carriers send for 201/203)."""
    value, fmt = seg.get(1, 1), seg.get(1, 2)
    if fmt not in _DTM_FORMATS:
        fmt = {6: "101", 8: "102", 10: "201", 12: "203"}.get(len(value), "")
    if not value.isdigit() or not fmt:
        raise _fail(seg, f"date/time {value!r} is not one the guide allows")
    try:
        parsed = dt.datetime.strptime(value, _DTM_FORMATS[fmt])
    except ValueError:
        raise _fail(seg, f"date/time {value!r} is not a real date (format {fmt})") from None
    return parsed.date() if fmt in ("101", "102") else parsed


def _birth(seg: Segment, today: dt.date) -> str:
    value = seg.get(1, 1)
    if len(value) == 6 and value.isdigit():
        # YYMMDD: the latest century that does not put the birth in the future.
        yy, mm, dd = int(value[:2]), int(value[2:4]), int(value[4:])
        year = 2000 + yy if 2000 + yy <= today.year else 1900 + yy
        try:
            d = dt.date(year, mm, dd)
        except ValueError:
            raise _fail(seg, f"date of birth {value!r} is not a real date") from None
        if d > today:
            d = d.replace(year=year - 100)
        return d.isoformat()
    d = _date_time(seg)
    return (d.date() if isinstance(d, dt.datetime) else d).isoformat()


def _leg(seg_loc: Segment, dtm: Segment | None, errors: list[str]) -> Leg:
    code = seg_loc.get(2).strip().upper()
    if not code:
        raise _fail(seg_loc, "the location has no code")
    if dtm is None:
        return Leg(code, None, None)
    value = _date_time(dtm)
    if not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time())
    utc = None
    try:
        utc = airports.to_utc(code, value).isoformat()
    except airports.UnknownPort as e:
        errors.append(f"{dtm.where()}: {e}; the time is kept as local only")
    return Leg(code, value.isoformat(), utc)


_FLIGHT = re.compile(r"[A-Z0-9]{2}[A-Z]?\d{1,5}[A-Z]?")


def _manifest(unb: Segment, messages: list[list[Segment]], digest: str) -> Manifest:
    today = dt.datetime.now(dt.UTC).date()
    errors: list[str] = []
    travellers: list[Traveller] = []
    flight = carrier = ""
    dep: Leg | None = None
    arr: Leg | None = None
    refs, types = [], []
    for msg in messages:
        unh = msg[0]
        refs.append(unh.get(1))
        m_flight, m_dep, m_arr, m_carrier = "", None, None, ""
        counts: dict[str, int] = {"passenger": 0, "crew": 0}
        seen_cnt: dict[str, Segment] = {}
        current: Traveller | None = None
        last_doc: Document | None = None
        last_loc: Segment | None = None
        for k, s in enumerate(msg[1:-1], 1):
            tag = s.tag
            if tag == "BGM":
                types.append(s.get(1))
            elif tag == "TDT":
                if s.get(1) != "20":
                    continue
                m_flight = s.get(2).replace(" ", "").upper()
                m_carrier = s.get(5).upper()
                if not _FLIGHT.fullmatch(m_flight):
                    raise _fail(s, f"flight {m_flight!r} is not a carrier code and number")
                m_carrier = m_carrier or m_flight[:2]
            elif tag == "LOC" and current is None:
                last_loc = s
                nxt = msg[k + 1] if k + 1 < len(msg) else None
                dtm = nxt if nxt is not None and nxt.tag == "DTM" else None
                if s.get(1) == "125":
                    if dtm is not None and dtm.get(1) != "189":
                        raise _fail(dtm, "the departure location needs DTM+189")
                    m_dep = m_dep or _leg(s, dtm, errors)
                elif s.get(1) == "87":
                    if dtm is not None and dtm.get(1) != "232":
                        raise _fail(dtm, "the arrival location needs DTM+232")
                    m_arr = _leg(s, dtm, errors)  # the last arrival: multi-leg routings
            elif tag == "NAD":
                q = s.get(1)
                if q not in PASSENGER_QUALIFIERS:
                    continue  # NAD+MS: the sender's contact
                surname, given = (
                    s.get(4, 0).strip(),
                    " ".join(c.strip() for c in s.elements[3][1:] if c.strip())
                    if len(s.elements) >= 4
                    else "",
                )
                if not surname:
                    raise _fail(s, "the traveller has no surname (NAD element 4)")
                current = Traveller(PASSENGER_QUALIFIERS[q], surname, given, None, None, None,
                                    line=s.line)  # fmt: skip
                travellers.append(current)
                counts[current.role] += 1
                last_doc = None
            elif current is not None and tag == "ATT" and s.get(1) == "2":
                sex = s.get(3).upper()
                current.sex = sex if sex in ("M", "F", "X") else None
                if sex and current.sex is None:
                    errors.append(f"{s.where()}: sex {sex!r} left out (M, F or X)")
            elif current is not None and tag == "NAT":
                current.nationality = s.get(2).upper() or None
            elif current is not None and tag == "RFF":
                current.references[s.get(1, 0)] = s.get(1, 1)
            elif current is not None and tag == "DOC":
                number = s.get(2).replace(" ", "").upper()
                if not number:
                    raise _fail(s, "the document has no number (DOC element 2)")
                last_doc = Document(s.get(1, 0).upper(), number)
                current.documents.append(last_doc)
            elif current is not None and tag == "DTM":
                q = s.get(1, 0)
                if q == "329":
                    current.birth_date = _birth(s, today)
                elif q == "36" and last_doc is not None:
                    d = _date_time(s)
                    last_doc.expiry = (d.date() if isinstance(d, dt.datetime) else d).isoformat()
            elif current is not None and tag == "LOC":
                q, code = s.get(1), s.get(2).upper()
                if q == "91" and last_doc is not None:
                    last_doc.issuing_state = code or None
                elif q == "178":
                    current.embarkation = code
                elif q == "179":
                    current.debarkation = code
            elif tag == "CNT":
                q = s.get(1, 0)
                role = {"42": "passenger", "41": "crew"}.get(q)
                if role:
                    seen_cnt[role] = s
                current = None  # CNT closes the travellers' groups
        for role, s in seen_cnt.items():
            _count(s, counts[role], f"{role}s in the message", 1, 1)
        if not seen_cnt and (counts["passenger"] or counts["crew"]):
            raise _fail(msg[-1], "the message has travellers but no CNT control total")
        if not m_flight:
            raise _fail(unh, "the message has no TDT+20 (flight)")
        if m_dep is None or m_arr is None:
            raise _fail(last_loc or unh, "the message needs LOC+125 (departure) and LOC+87 "
                                         "(arrival)")  # fmt: skip
        if flight and (m_flight, m_dep.airport, m_dep.local) != (flight, dep.airport, dep.local):  # type: ignore[union-attr]
            raise _fail(unh, f"message {unh.get(1)!r} is about flight {m_flight}, not {flight}")
        flight, carrier, dep, arr = m_flight, m_carrier, m_dep, m_arr
    assert dep is not None and arr is not None
    sent = _sent_at(unb)
    return Manifest(
        flight=flight, carrier=carrier, departure=dep, arrival=arr, sender=unb.get(2, 0),
        sent_at=sent, control_ref=unb.get(5), message_refs=refs, list_types=types,
        travellers=travellers, errors=errors, digest=digest,
    )  # fmt: skip


def _sent_at(unb: Segment) -> str:
    d, t = unb.get(4, 0), unb.get(4, 1)
    fmt = "%y%m%d" if len(d) == 6 else "%Y%m%d"
    try:
        return dt.datetime.strptime(d + t.ljust(4, "0")[:4], fmt + "%H%M").isoformat()
    except ValueError:
        raise _fail(unb, f"UNB date/time {d}:{t} is not a real date") from None
