"""Command and response APDUs (ISO/IEC 7816-3/-4), short and extended length."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.chip.errors import ChipProtocolError

SW_OK = 0x9000

# The status words a reader acts on, with a human reading for messages and logs.
SW_TEXT: dict[int, str] = {
    0x6282: "end of file reached before the requested length",
    0x6300: "authentication failed",
    0x6581: "memory failure",
    0x6700: "wrong length",
    0x6882: "secure messaging not supported",
    0x6987: "secure messaging data objects missing",
    0x6988: "secure messaging data objects incorrect",
    0x6982: "security status not satisfied",
    0x6983: "authentication method blocked",
    0x6985: "conditions of use not satisfied",
    0x6A80: "incorrect data",
    0x6A82: "file not found",
    0x6A86: "incorrect P1/P2",
    0x6A88: "referenced data not found",
    0x6B00: "offset outside the file",
    0x6D00: "instruction not supported",
    0x6E00: "class not supported",
}


def sw_text(sw: int) -> str:
    if sw in SW_TEXT:
        return f"{sw:04X} ({SW_TEXT[sw]})"
    if sw >> 8 == 0x6C:
        return f"{sw:04X} (wrong length, {sw & 0xFF or 256} expected)"
    return f"{sw:04X}"


@dataclass(frozen=True)
class Command:
    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    ne: int | None = None  # expected response length; 256 / 65536 = "as much as there is"

    def encode(self, extended: bool | None = None) -> bytes:
        """Short form when it fits, unless `extended` forces a form."""
        nc = len(self.data)
        if extended is None:
            extended = nc > 255 or (self.ne is not None and self.ne > 256)
        head = bytes([self.cla, self.ins, self.p1, self.p2])
        if not extended:
            if nc > 255 or (self.ne is not None and self.ne > 256):
                raise ValueError("command too long for short length")
            out = head
            if nc:
                out += bytes([nc]) + self.data
            if self.ne is not None:
                out += bytes([self.ne & 0xFF])
            return out
        if nc > 65535 or (self.ne is not None and self.ne > 65536):
            raise ValueError("command too long for extended length")
        out = head
        if nc:
            out += b"\x00" + nc.to_bytes(2, "big") + self.data
        if self.ne is not None:
            le = (self.ne & 0xFFFF).to_bytes(2, "big")
            out += le if nc else b"\x00" + le
        return out

    def header_text(self) -> str:
        """For the debug log: header and lengths only, never the data."""
        ne = "" if self.ne is None else f" Ne={self.ne}"
        return f"{self.cla:02X} {self.ins:02X} {self.p1:02X} {self.p2:02X} Nc={len(self.data)}{ne}"


def parse_command(raw: bytes) -> Command:
    """Decode a C-APDU in any of the four cases, short or extended (card side)."""
    if len(raw) < 4:
        raise ChipProtocolError("C-APDU shorter than its header")
    cla, ins, p1, p2 = raw[:4]
    body = raw[4:]
    if not body:
        return Command(cla, ins, p1, p2)
    if len(body) == 1:
        return Command(cla, ins, p1, p2, b"", body[0] or 256)
    if body[0] != 0:  # short
        nc = body[0]
        rest = body[1:]
        if len(rest) == nc:
            return Command(cla, ins, p1, p2, bytes(rest))
        if len(rest) == nc + 1:
            return Command(cla, ins, p1, p2, bytes(rest[:nc]), rest[nc] or 256)
        raise ChipProtocolError("C-APDU length does not match Lc")
    # extended
    if len(body) == 3:
        return Command(cla, ins, p1, p2, b"", int.from_bytes(body[1:3], "big") or 65536)
    if len(body) < 3:
        raise ChipProtocolError("truncated extended C-APDU")
    nc = int.from_bytes(body[1:3], "big")
    rest = body[3:]
    if len(rest) == nc:
        return Command(cla, ins, p1, p2, bytes(rest))
    if len(rest) == nc + 2:
        ne = int.from_bytes(rest[nc:], "big") or 65536
        return Command(cla, ins, p1, p2, bytes(rest[:nc]), ne)
    raise ChipProtocolError("extended C-APDU length does not match Lc")


@dataclass(frozen=True)
class Response:
    data: bytes
    sw: int

    @classmethod
    def parse(cls, raw: bytes) -> Response:
        if len(raw) < 2:
            raise ChipProtocolError(f"response of {len(raw)} bytes has no status word")
        return cls(bytes(raw[:-2]), int.from_bytes(raw[-2:], "big"))

    @property
    def ok(self) -> bool:
        return self.sw == SW_OK

    def encode(self) -> bytes:
        return self.data + self.sw.to_bytes(2, "big")
