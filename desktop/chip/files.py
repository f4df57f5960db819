"""Reading elementary files of the eMRTD application (9303-10 §3, 9303-11 §9.8):
a first READ BINARY by short file identifier (one APDU less per file), or SELECT by file
identifier and READ BINARY by offset when the chip refuses SFIs (6A82, 6A86 or 6D00: not
every chip gives its files SFIs), then READ BINARY in the largest blocks the reader and
card take. Fewer APDUs is the main lever on
read time, so extended length comes first and the reader steps down (wrong length 67xx,
6Cxx with the exact length, an unprotected error) to 223-byte blocks and below.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from desktop.chip import tlv
from desktop.chip.apdu import Command, Response, sw_text
from desktop.chip.errors import ChipError, ChipProtocolError
from desktop.chip.secure_messaging import SecureChannel, SessionLost

log = logging.getLogger(__name__)

EMRTD_AID = bytes.fromhex("A0000002471001")


@dataclass(frozen=True)
class EF:
    name: str
    fid: int
    sfi: int


EF_COM = EF("EF.COM", 0x011E, 0x1E)
EF_SOD = EF("EF.SOD", 0x011D, 0x1D)
EF_CARD_ACCESS = EF("EF.CardAccess", 0x011C, 0x1C)
DATA_GROUPS: dict[int, EF] = {n: EF(f"DG{n}", 0x0100 + n, n) for n in range(1, 17)}

# EF.COM lists the present data groups by their LDS tags (9303-10 table 34).
DG_TAGS: dict[int, int] = {
    0x61: 1, 0x75: 2, 0x63: 3, 0x76: 4, 0x65: 5, 0x66: 6, 0x67: 7, 0x68: 8,
    0x69: 9, 0x6A: 10, 0x6B: 11, 0x6C: 12, 0x6D: 13, 0x6E: 14, 0x6F: 15, 0x70: 16,
}  # fmt: skip

SHORT_BLOCK = 223  # the largest plaintext whose protected answer fits Le = 256
STEP_DOWN = (223, 192, 160, 128, 96, 64)
EXTENDED_STEP_DOWN = (0x4000, 0x1000, 0x0400)  # chips with a smaller extended buffer
DEFAULT_EXTENDED_BLOCK = 0xFF00  # fits pcsc-lite's 64 KiB buffer with SM overhead
MAX_FILE_SIZE = 0x100000  # 1 MiB: far above any LDS file; stops a bogus length early
B0_MAX_OFFSET = 0x7FFF  # beyond, READ BINARY with odd INS (B1) and an offset DO'54'
B1_OVERHEAD = 4  # the DO'53' header around the data in a B1 answer
# What a chip without short file identifiers answers to READ BINARY with an SFI: file not
# found, incorrect P1-P2, or no such instruction (as real chips do).
SFI_REFUSED = (0x6A82, 0x6A86, 0x6D00)


@dataclass
class ReadPolicy:
    extended: bool = True
    extended_block: int = DEFAULT_EXTENDED_BLOCK
    short_block: int = SHORT_BLOCK
    use_sfi: bool = True


class Session:
    """Sends commands to the card, through secure messaging once access control is done."""

    def __init__(self, transport: object) -> None:
        self.transport = transport
        self.channel: SecureChannel | None = None
        self.cam: object | None = None  # PACE-CAM's chip authentication data (ca.CamEvidence)

    def send(self, cmd: Command, kind: str = "apdu") -> Response:
        if self.channel is None:
            return self.transport.transmit(cmd, kind=kind)  # type: ignore[attr-defined]
        wire = self.channel.wrap(cmd)
        return self.channel.unwrap(self.transport.transmit(wire, kind=kind))  # type: ignore[attr-defined]


class FileReader:
    """Reads whole files; `reauthenticate` re-opens secure messaging when the card drops
    it (a chip ends the session after any unprotected error)."""

    def __init__(
        self,
        session: Session,
        policy: ReadPolicy | None = None,
        reauthenticate: Callable[[], None] | None = None,
        progress: Callable[[str, int, int], None] | None = None,
    ) -> None:
        self.session = session
        self.policy = policy or ReadPolicy()
        self.reauthenticate = reauthenticate
        self.progress = progress
        self.extended = self.policy.extended
        self.block = self.policy.extended_block if self.extended else self.policy.short_block
        self._selected: EF | None = None
        self._last_sfi = False  # the last READ BINARY named its file by SFI

    def _step_down(self, exact: int | None = None) -> None:
        old = self.block
        if exact:
            self.block = min(exact, self.block)
        elif self.block > self.policy.short_block:
            smaller = [b for b in EXTENDED_STEP_DOWN if b < self.block]
            self.block = smaller[0] if smaller else self.policy.short_block
        else:
            smaller = [b for b in STEP_DOWN if b < self.block]
            if not smaller:
                raise ChipProtocolError("the chip refuses even 64-byte reads")
            self.block = smaller[0]
        self.extended = self.extended and self.block > 256
        log.debug("READ BINARY block %d -> %d", old, self.block)

    def _recover(self, e: SessionLost) -> None:
        if self.reauthenticate is None:
            raise ChipProtocolError(f"the chip ended secure messaging ({sw_text(e.sw)})")
        log.debug("secure messaging dropped by the chip (%04X): authenticating again", e.sw)
        self.reauthenticate()
        self._selected = None

    def forget_selection(self) -> None:
        """Another command changed the chip's current file (or its session)."""
        self._selected = None

    def select(self, ef: EF) -> bool:
        cmd = Command(0x00, 0xA4, 0x02, 0x0C, ef.fid.to_bytes(2, "big"))
        resp = self.session.send(cmd, "select")
        if resp.sw == 0x6A82:
            return False
        if not resp.ok:
            raise ChipProtocolError(f"SELECT {ef.name} failed: {sw_text(resp.sw)}")
        self._selected = ef
        return True

    def _read_binary(self, ef: EF, offset: int, length: int) -> Response:
        self._last_sfi = offset == 0 and self.policy.use_sfi and self._selected != ef
        if self._last_sfi:
            p1, p2 = 0x80 | ef.sfi, 0x00
        else:
            if self._selected != ef and not self.select(ef):
                return Response(b"", 0x6A82)
            if offset > B0_MAX_OFFSET:
                return self._read_binary_odd(offset, length)
            p1, p2 = offset >> 8, offset & 0xFF
        ne = length if self.extended else min(length, 256)
        resp = self.session.send(Command(0x00, 0xB0, p1, p2, ne=ne), "read")
        if p1 & 0x80 and resp.sw in (0x9000, 0x6282):
            self._selected = ef
        return resp

    def _read_binary_odd(self, offset: int, length: int) -> Response:
        """ISO/IEC 7816-4 READ BINARY B1 on the current EF: offset in DO'54', data
        answered inside DO'53' (9303-10 §3.6.4: files over 32 KiB)."""
        offset_do = tlv.encode(0x54, offset.to_bytes(2 if offset <= 0xFFFF else 3, "big"))
        ne = length + B1_OVERHEAD if self.extended else min(length + B1_OVERHEAD, 256)
        resp = self.session.send(Command(0x00, 0xB1, 0x00, 0x00, offset_do, ne), "read")
        if not resp.data:
            return resp
        try:
            element = tlv.decode_one(resp.data)
        except tlv.TLVError as e:
            raise ChipProtocolError(f"READ BINARY (B1) answer is malformed: {e}") from None
        if element.tag != 0x53:
            raise ChipProtocolError(f"READ BINARY (B1) answered tag {element.tag:X}, not 53")
        return Response(element.value, resp.sw)

    def _sfi_refused(self, ef: EF) -> bool:
        """After READ BINARY by SFI was refused: SELECT the file by its identifier. True
        when the chip has it (it lacks SFIs: select from now on), False when it has not."""
        try:
            if not self.select(ef):
                return False
        except SessionLost as e:
            self._recover(e)
            if e.sw == 0x6A82:
                return False
            raise ChipProtocolError(f"SELECT {ef.name} failed: {sw_text(e.sw)}") from None
        if self.policy.use_sfi:
            log.debug("READ BINARY by SFI refused, %s selected: SELECT from now on", ef.name)
        self.policy.use_sfi = False
        return True

    def read(self, ef: EF) -> bytes | None:
        """The whole file, or None when the chip does not have it."""
        data = b""
        total: int | None = None
        while total is None or len(data) < total:
            want = self.block if total is None else min(self.block, total - len(data))
            try:
                resp = self._read_binary(ef, len(data), want)
            except SessionLost as e:
                self._recover(e)
                if self._last_sfi and e.sw in SFI_REFUSED:
                    if not self._sfi_refused(ef):
                        return None
                    continue
                if e.sw == 0x6A82:
                    return None
                if e.sw >> 8 == 0x6C and e.sw & 0xFF:
                    self._step_down(e.sw & 0xFF)
                elif self.extended and e.sw >> 8 == 0x67:
                    # an unprotected wrong-length: the chip takes no extended APDUs at all
                    self._step_down(self.policy.short_block)
                elif e.sw >> 8 == 0x67 or e.sw >> 8 == 0x6C:
                    self._step_down()
                else:
                    raise ChipProtocolError(
                        f"READ BINARY {ef.name} failed: {sw_text(e.sw)}"
                    ) from None
                continue
            sw = resp.sw
            if self._last_sfi and sw in SFI_REFUSED:
                if not self._sfi_refused(ef):
                    return None
                continue
            if sw == 0x6A82:
                return None
            if sw >> 8 == 0x6C and sw & 0xFF:
                self._step_down(sw & 0xFF)
                continue
            if sw >> 8 == 0x67 or sw >> 8 == 0x6C:
                self._step_down()
                continue
            if sw == 0x6B00 or (sw == 0x6282 and not resp.data):
                break  # offset past the end
            if sw == 0x6982:
                raise AccessError(f"{ef.name}: {sw_text(sw)}")
            if sw not in (0x9000, 0x6282):
                raise ChipProtocolError(f"READ BINARY {ef.name} failed: {sw_text(sw)}")
            if not resp.data:
                raise ChipProtocolError(f"READ BINARY {ef.name} returned no data")
            data += resp.data
            if total is None:
                try:
                    _tag, total = tlv.header_length(data)
                except tlv.TLVError as e:
                    raise ChipProtocolError(f"{ef.name} does not start with a TLV: {e}") from None
                if total > MAX_FILE_SIZE:
                    raise ChipProtocolError(
                        f"{ef.name} claims {total} bytes, more than an LDS file can hold"
                    )
            if self.progress:
                self.progress(ef.name, min(len(data), total), total)
            if sw == 0x6282:
                break
        if total is None or len(data) < total:
            raise ChipProtocolError(
                f"{ef.name} ends after {len(data)} bytes but its header says {total}"
            )
        return data[:total]


class AccessError(ChipError):
    """A file the chip keeps behind further access control (e.g. DG3 needs EAC)."""
