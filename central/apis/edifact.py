"""UN/EDIFACT syntax (ISO 9735) as PAXLST senders use it: segments, elements and
components, with the line each segment starts on (errors must name it).

`pydifact` (pinned in the dev dependencies, used by the tests as an oracle) splits
segments the same way, but keeps no positions, and its `Interchange` refuses functional
groups (UNG/UNE): "UNH segment was not closed with a UNT segment" on any grouped
interchange. So the production path is this small tokenizer; envelopes are checked in
`central.apis.paxlst`.

Rules: an optional `UNA` service string advice sets the six service characters
(component, element, decimal, release, reserved, terminator); the release character
makes the next character literal (`?'` is an apostrophe, `??` a question mark); line
breaks outside released characters are not data (senders wrap at 80 columns or put one
segment per line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TAG = re.compile(r"[A-Z][A-Z0-9]{2}")
MAX_BYTES = 64 * 1024 * 1024  # a 900-seat flight is ~250 KB; this only refuses junk


class EdifactError(ValueError):
    """Input that is not a well-formed interchange. The message names segment and line."""

    def __init__(self, message: str, *, segment: str | None = None, line: int | None = None):
        where = ""
        if segment and line:
            where = f"segment {segment} at line {line}: "
        elif line:
            where = f"line {line}: "
        super().__init__(where + message)
        self.segment = segment
        self.line = line
        self.detail = message


@dataclass(frozen=True)
class Separators:
    component: str = ":"
    element: str = "+"
    decimal: str = "."
    release: str = "?"
    reserved: str = " "
    terminator: str = "'"


@dataclass
class Segment:
    tag: str
    elements: list[list[str]]  # elements after the tag, each a list of components
    line: int  # 1-based line where the segment starts
    number: int = 0  # 1-based position in the interchange (UNA not counted)
    raw_len: int = field(default=0, repr=False)

    def get(self, element: int, component: int = 0) -> str:
        """Element `element` (1-based, as the guides number them), component
        `component` (0-based); '' when absent."""
        if element < 1 or element > len(self.elements):
            return ""
        comps = self.elements[element - 1]
        return comps[component] if component < len(comps) else ""

    def where(self) -> str:
        return f"segment {self.tag} at line {self.line}"


def tokenize(text: str) -> tuple[Separators, list[Segment]]:
    """The service characters and the segments of an interchange."""
    if len(text) > MAX_BYTES:
        raise EdifactError(f"larger than {MAX_BYTES} characters")
    text = text.removeprefix("\ufeff")
    pos, line = 0, 1
    # Leading blank lines before UNA/UNB are tolerated.
    while pos < len(text) and text[pos] in "\r\n \t":
        line += text[pos] == "\n"
        pos += 1
    seps = Separators()
    if text.startswith("UNA", pos):
        if len(text) < pos + 9:
            raise EdifactError("UNA is shorter than its 6 service characters", line=line)
        c = text[pos + 3 : pos + 9]
        if len(set(c[:2] + c[3] + c[5])) != 4 or any(ch in "\r\n" for ch in c):
            raise EdifactError(f"UNA service characters {c!r} are not distinct", line=line)
        seps = Separators(c[0], c[1], c[2], c[3], c[4], c[5])
        pos += 9
    segments: list[Segment] = []
    comp, elem, rel, term = seps.component, seps.element, seps.release, seps.terminator
    elements: list[list[str]] = []
    components: list[str] = []
    buf: list[str] = []
    start_line: int | None = None
    n = len(text)
    while pos < n:
        ch = text[pos]
        if ch == "\n":
            line += 1
            pos += 1
            continue
        if ch == "\r":
            pos += 1
            continue
        if start_line is None:
            if ch in " \t":
                pos += 1
                continue
            start_line = line
        if ch == rel:
            if pos + 1 >= n:
                raise EdifactError("the release character ends the data", line=line)
            nxt = text[pos + 1]
            if nxt in "\r\n":
                raise EdifactError("the release character is followed by a line break", line=line)
            buf.append(nxt)
            pos += 2
            continue
        if ch == comp:
            components.append("".join(buf))
            buf = []
        elif ch == elem:
            components.append("".join(buf))
            elements.append(components)
            components, buf = [], []
        elif ch == term:
            components.append("".join(buf))
            elements.append(components)
            segments.append(_segment(elements, start_line, len(segments) + 1))
            elements, components, buf = [], [], []
            start_line = None
        else:
            buf.append(ch)
        pos += 1
    if start_line is not None:
        tag = ("".join(buf) if not elements and not components else
               (elements[0][0] if elements else components[0]))  # fmt: skip
        raise EdifactError(
            "truncated: the last segment has no terminator",
            segment=tag[:3] or "?",
            line=start_line,
        )
    return seps, segments


def _segment(elements: list[list[str]], line: int, number: int) -> Segment:
    head = elements[0]
    tag = head[0].strip()
    if len(head) != 1 or not _TAG.fullmatch(tag):
        raise EdifactError(f"{head[0][:20]!r} is not a segment tag", line=line)
    return Segment(tag, elements[1:], line, number)
