"""BER-TLV as ISO/IEC 7816-4 and ICAO 9303-10 use it (tags up to 3 bytes, definite
lengths up to 4 bytes). Malformed input raises `TLVError`, nothing else."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from desktop.chip.errors import ParseError


class TLVError(ParseError):
    pass


@dataclass(frozen=True)
class TLV:
    tag: int
    value: bytes
    # bytes of the whole element as found (tag + length + value)
    length_total: int

    @property
    def constructed(self) -> bool:
        return bool(_first_tag_byte(self.tag) & 0x20)

    def children(self) -> list[TLV]:
        if not self.constructed:
            raise TLVError(f"tag {self.tag:X} is primitive, it has no children")
        return decode_all(self.value)

    def find(self, tag: int) -> TLV | None:
        return next((c for c in self.children() if c.tag == tag), None)

    def require(self, tag: int) -> TLV:
        found = self.find(tag)
        if found is None:
            raise TLVError(f"tag {tag:X} missing inside {self.tag:X}")
        return found


def _first_tag_byte(tag: int) -> int:
    while tag > 0xFF:
        tag >>= 8
    return tag


def read_tag(data: bytes, pos: int) -> tuple[int, int]:
    """(tag, next position)."""
    if pos >= len(data):
        raise TLVError("data ends before a tag")
    first = data[pos]
    tag = first
    pos += 1
    if first & 0x1F == 0x1F:
        for _ in range(2):  # 9303 and 7816 tags have at most 3 bytes
            if pos >= len(data):
                raise TLVError("data ends inside a tag")
            b = data[pos]
            tag = (tag << 8) | b
            pos += 1
            if not b & 0x80:
                break
        else:
            raise TLVError(f"tag {tag:X}... is longer than 3 bytes")
    if tag in (0x00, 0xFF):
        raise TLVError(f"invalid tag {tag:02X}")
    return tag, pos


def read_length(data: bytes, pos: int) -> tuple[int, int]:
    """(length, next position). Definite form only."""
    if pos >= len(data):
        raise TLVError("data ends before a length")
    first = data[pos]
    pos += 1
    if first < 0x80:
        return first, pos
    n = first & 0x7F
    if n == 0:
        raise TLVError("indefinite length is not allowed here")
    if n > 4:
        raise TLVError(f"length field of {n} bytes")
    if pos + n > len(data):
        raise TLVError("data ends inside a length")
    return int.from_bytes(data[pos : pos + n], "big"), pos + n


def decode(data: bytes, pos: int = 0) -> tuple[TLV, int]:
    """The element at `pos` and the position after it."""
    start = pos
    tag, pos = read_tag(data, pos)
    length, pos = read_length(data, pos)
    end = pos + length
    if end > len(data):
        raise TLVError(f"tag {tag:X} says {length} bytes, only {len(data) - pos} follow")
    return TLV(tag, bytes(data[pos:end]), end - start), end


def decode_one(data: bytes) -> TLV:
    """Exactly one element, nothing after it."""
    element, end = decode(data)
    if end != len(data):
        raise TLVError(f"{len(data) - end} stray bytes after tag {element.tag:X}")
    return element


def iter_decode(data: bytes) -> Iterator[TLV]:
    pos = 0
    while pos < len(data):
        element, pos = decode(data, pos)
        yield element


def decode_all(data: bytes) -> list[TLV]:
    return list(iter_decode(data))


def header_length(data: bytes) -> tuple[int, int]:
    """From the first bytes of a file: (tag, total size of the element) without needing
    the value: how a reader learns how much to read."""
    tag, pos = read_tag(data, 0)
    length, pos = read_length(data, pos)
    return tag, pos + length


def encode_tag(tag: int) -> bytes:
    return tag.to_bytes(max(1, (tag.bit_length() + 7) // 8), "big")


def encode_length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def encode(tag: int, value: bytes) -> bytes:
    return encode_tag(tag) + encode_length(len(value)) + value
