"""ICAO 9303-11 §9.8 secure messaging, both ends: the reader wraps commands and unwraps
responses; the virtual card does the mirror image. Every response MAC is checked before
any of its content is decrypted or used."""

from __future__ import annotations

import hmac

from desktop.chip import tlv
from desktop.chip.apdu import Command, Response
from desktop.chip.cipher import SessionKeys, pad, unpad
from desktop.chip.errors import SecureMessagingError
from desktop.messages import msg

SM_CLA = 0x0C


def _do97(ne: int) -> bytes:
    """Le inside DO'97': one byte up to 256 (00 = 256), else two (0000 = 65536)."""
    if ne > 256:
        return tlv.encode(0x97, (ne & 0xFFFF).to_bytes(2, "big"))
    return tlv.encode(0x97, bytes([ne & 0xFF]))


class SessionLost(SecureMessagingError):
    """The chip answered a bare status word: it has ended secure messaging (9303-11
    §9.8.6.3 for SM errors; some chips do the same for wrong-length errors)."""

    def __init__(self, sw: int) -> None:
        super().__init__(f"the chip ended secure messaging with status {sw:04X}")
        self.sw = sw


class SecureChannel:
    """One side of an SM session: keys and the send sequence counter."""

    def __init__(self, keys: SessionKeys, ssc: bytes) -> None:
        self.keys = keys
        self.ssc = int.from_bytes(ssc, "big")
        self.ssc_len = len(ssc)

    def _next_ssc(self) -> bytes:
        self.ssc = (self.ssc + 1) % (1 << (8 * self.ssc_len))
        return self.ssc.to_bytes(self.ssc_len, "big")

    def _mac(self, ssc: bytes, data: bytes) -> bytes:
        return self.keys.mac(pad(ssc + data, self.keys.block))

    # --- reader side -------------------------------------------------------------

    def wrap(self, cmd: Command, *, extended: bool | None = None) -> Command:
        """The protected form of `cmd` (§9.8.4): extended length when Ne > 256 or the
        protected data do not fit a short APDU, or when `extended` says so."""
        block = self.keys.block
        ssc = self._next_ssc()
        header = bytes([cmd.cla | SM_CLA, cmd.ins, cmd.p1, cmd.p2])
        body = b""
        if cmd.data:
            enc = self.keys.encrypt(ssc, pad(cmd.data, block))
            if cmd.ins & 1:  # odd INS: DO'85' carries the (BER-TLV) data
                body += tlv.encode(0x85, enc)
            else:
                body += tlv.encode(0x87, b"\x01" + enc)
        if cmd.ne is not None:
            body += _do97(cmd.ne)
        ext = bool(extended) or (cmd.ne is not None and cmd.ne > 256) or len(body) + 10 > 255
        mac = self._mac(ssc, pad(header, block) + body)
        body += tlv.encode(0x8E, mac)
        return Command(header[0], cmd.ins, cmd.p1, cmd.p2, body, 65536 if ext else 256)

    def unwrap(self, resp: Response) -> Response:
        """Check and open a protected response. A bare status word means the chip ended
        the session (`SessionLost`); unprotected data is never accepted."""
        ssc = self._next_ssc()
        if not resp.data:
            if resp.ok:
                raise SecureMessagingError(msg("chip.sm_missing"))
            raise SessionLost(resp.sw)
        try:
            objects = tlv.decode_all(resp.data)
        except tlv.TLVError as e:
            raise SecureMessagingError(f"malformed protected response: {e}") from None
        tags = [o.tag for o in objects]
        if not tags or tags[-1] != 0x8E or tags.count(0x8E) != 1:
            raise SecureMessagingError("protected response has no MAC (DO'8E')")
        mac_input = b"".join(
            tlv.encode(o.tag, o.value) for o in objects if o.tag in (0x85, 0x87, 0x99)
        )
        if not hmac.compare_digest(self._mac(ssc, mac_input), objects[-1].value):
            raise SecureMessagingError(msg("chip.sm_mac"))
        found = {o.tag: o.value for o in objects}
        if 0x99 not in found or len(found[0x99]) != 2:
            raise SecureMessagingError("protected response has no status word (DO'99')")
        sw = int.from_bytes(found[0x99], "big")
        data = b""
        if 0x87 in found or 0x85 in found:
            if 0x87 in found:
                value = found[0x87]
                if not value or value[0] != 0x01:
                    raise SecureMessagingError("DO'87' has an unknown padding indicator")
                value = value[1:]
            else:
                value = found[0x85]
            if not value or len(value) % self.keys.block:
                raise SecureMessagingError("encrypted data is not a whole number of blocks")
            try:
                data = unpad(self.keys.decrypt(ssc, value))
            except ValueError:
                raise SecureMessagingError("decrypted data has bad padding") from None
        return Response(data, sw)

    # --- card side ---------------------------------------------------------------

    def open_command(self, cmd: Command) -> Command:
        """Verify and decrypt a protected command (the virtual card)."""
        ssc = self._next_ssc()
        if cmd.cla & SM_CLA != SM_CLA:
            raise SecureMessagingError("command is not protected")
        try:
            objects = tlv.decode_all(cmd.data)
        except tlv.TLVError as e:
            raise SecureMessagingError(f"malformed protected command: {e}") from None
        if not objects or objects[-1].tag != 0x8E:
            raise SecureMessagingError("protected command has no MAC")
        header = bytes([cmd.cla, cmd.ins, cmd.p1, cmd.p2])
        body = b"".join(tlv.encode(o.tag, o.value) for o in objects[:-1])
        if not hmac.compare_digest(
            self._mac(ssc, pad(header, self.keys.block) + body), objects[-1].value
        ):
            raise SecureMessagingError("command MAC is wrong")
        data, ne = b"", None
        for o in objects[:-1]:
            if o.tag in (0x85, 0x87):
                enc = o.value[1:] if o.tag == 0x87 else o.value
                try:
                    data = unpad(self.keys.decrypt(ssc, enc))
                except ValueError:
                    raise SecureMessagingError("command data has bad padding") from None
            elif o.tag == 0x97:
                n = int.from_bytes(o.value, "big")
                ne = n or (256 if len(o.value) == 1 else 65536)
        return Command(cmd.cla & ~SM_CLA & 0xFF, cmd.ins, cmd.p1, cmd.p2, data, ne)

    def seal_response(self, resp: Response, *, odd_ins: bool = False) -> Response:
        """Protect a response (the virtual card)."""
        ssc = self._next_ssc()
        body = b""
        if resp.data:
            enc = self.keys.encrypt(ssc, pad(resp.data, self.keys.block))
            body += tlv.encode(0x85, enc) if odd_ins else tlv.encode(0x87, b"\x01" + enc)
        body += tlv.encode(0x99, resp.sw.to_bytes(2, "big"))
        body += tlv.encode(0x8E, self._mac(ssc, body))
        return Response(body, resp.sw)
