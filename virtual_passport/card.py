"""Our virtual e-passport: an ICAO 9303 chip in Python that speaks the vpcd socket
protocol (Debian's vsmartcard-vpcd driver inside pcscd) so that tests, the bench and the
demo go through real pcscd. It enforces BAC, answers with correct secure messaging,
supports extended length, does active authentication and can inject faults.

vpcd framing: 2-byte big-endian length + payload. A 1-byte payload is a control frame
(00 power off, 01 power on, 02 reset, 04 send the ATR); anything else is a C-APDU and
gets the R-APDU back. The card is the TCP client; the driver listens.

Run: python -m virtual_passport.card --port PORT --card CARD.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import socket
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from desktop.chip import bac, tlv
from desktop.chip.apdu import Command, Response, parse_command
from desktop.chip.cipher import SessionKeys
from desktop.chip.errors import ChipProtocolError, SecureMessagingError
from desktop.chip.files import EMRTD_AID
from desktop.chip.secure_messaging import SecureChannel

log = logging.getLogger(__name__)

# ISO 14443-4 card as PC/SC part 3 presents it: 3B 8n 80 01 + historical bytes + TCK
HISTORICAL = bytes.fromhex("8073C821400000")  # card capabilities: extended Lc/Le


def contactless_atr(historical: bytes = HISTORICAL) -> bytes:
    body = bytes([0x80 | len(historical), 0x80, 0x01]) + historical
    tck = 0
    for b in body:
        tck ^= b
    return b"\x3b" + body + bytes([tck])


@dataclass
class Faults:
    """Switchable faults. Counters count READ BINARY answers (1-based) or all APDUs."""

    wrong_mac_at_read: int | None = None  # flip a bit of DO'8E' in that answer
    truncate_at_read: int | None = None  # cut that answer short
    remove_after_apdus: int | None = None  # "pull the card": drop the link
    hang_at_read: int | None = None  # stop answering
    bogus_length_dg: int | None = None  # that DG's header claims far more than it has
    tamper_dg: int | None = None  # change a byte after the SOD was signed


@dataclass
class Link:
    """Simulated contactless link: time per APDU plus time per byte (both directions)."""

    per_apdu_s: float = 0.0
    per_byte_s: float = 0.0

    def delay(self, n_bytes: int) -> None:
        t = self.per_apdu_s + self.per_byte_s * n_bytes
        if t > 0:
            time.sleep(t)


@dataclass
class CardConfig:
    files: dict[int, bytes]
    document_number: str
    birth_date: str
    expiry_date: str
    can: str | None = None
    aa_key_pem: bytes | None = None
    aa_signature: str = "plain"  # ECDSA: "plain" r||s or "der"
    extended_length: bool = True
    max_block: int = 0xFFFF  # largest plaintext READ BINARY answer
    max_short_block: int = 231  # short APDUs: largest plaintext that fits 256 protected
    sfi_refusal: int | None = None  # no SFIs: READ BINARY by SFI answers this (6A82...)
    # Chip Authentication: the private key (hex) for DG14's CA public key; a clone holds
    # another one. None: the chip does not do CA.
    ca_private: str | None = None
    faults: Faults = field(default_factory=Faults)
    link: Link = field(default_factory=Link)

    def to_json(self) -> str:
        d = asdict(self)
        d["files"] = {f"{k:04X}": v.hex() for k, v in self.files.items()}
        d["aa_key_pem"] = self.aa_key_pem.decode() if self.aa_key_pem else None
        return json.dumps(d)

    @classmethod
    def from_json(cls, text: str) -> CardConfig:
        d = json.loads(text)
        d["files"] = {int(k, 16): bytes.fromhex(v) for k, v in d["files"].items()}
        d["aa_key_pem"] = d["aa_key_pem"].encode() if d["aa_key_pem"] else None
        d["faults"] = Faults(**d["faults"])
        d["link"] = Link(**d["link"])
        return cls(**d)

    @classmethod
    def from_specimen(cls, spec: object, **kwargs: object) -> CardConfig:
        from virtual_passport.specimen import Specimen

        assert isinstance(spec, Specimen)
        pem = None
        if spec.aa_key is not None:
            pem = spec.aa_key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        h = spec.holder
        return cls(
            files=dict(spec.files),
            document_number=h.document_number,
            birth_date=h.birth_date,
            expiry_date=h.expiry_date,
            can=h.can,
            aa_key_pem=pem,
            ca_private=spec.ca_private,
            **kwargs,  # type: ignore[arg-type]
        )


class CardRemoved(Exception):
    """The fault 'card removed': the link goes down."""


class CardHangs(Exception):
    """The fault 'card stops answering'."""


def _sw(sw: int) -> Response:
    return Response(b"", sw)


class VirtualPassport:
    """The chip's logic, independent of the transport: `process(apdu) -> response`."""

    def __init__(self, config: CardConfig) -> None:
        self.config = config
        self.files = dict(config.files)
        self._apply_file_faults()
        self.aa_key = (
            serialization.load_pem_private_key(config.aa_key_pem, None)
            if config.aa_key_pem
            else None
        )
        from desktop.chip import ca

        self.ca = ca.card_setup(self.files.get(0x010E), config.ca_private)
        self.apdus = 0
        self.reads = 0
        self.reset()

    def _apply_file_faults(self) -> None:
        f = self.config.faults
        if f.tamper_dg:
            data = bytearray(self.files[0x0100 + f.tamper_dg])
            data[-20] ^= 0x01  # inside the value, past every header
            self.files[0x0100 + f.tamper_dg] = bytes(data)
        if f.bogus_length_dg:
            data = self.files[0x0100 + f.bogus_length_dg]
            # keep the tag, claim 0x7F00 more bytes than the file holds
            tag_len = 1
            body_start = tag_len + (1 if data[1] < 0x80 else 1 + (data[1] & 0x7F))
            claimed = len(data) - body_start + 0x7F00
            self.files[0x0100 + f.bogus_length_dg] = (
                data[:tag_len] + b"\x83" + claimed.to_bytes(3, "big") + data[body_start:]
            )

    def reset(self) -> None:
        self.app_selected = False
        self.selected: int | None = None
        self.rnd_ic: bytes | None = None
        self.channel: SecureChannel | None = None
        seed = bac.key_seed(
            bac.MrzKey.from_fields(
                self.config.document_number, self.config.birth_date, self.config.expiry_date
            ).information
        )
        self.basic_keys = bac.basic_keys(seed)
        self.pace = None
        self.next_keys: SessionKeys | None = None  # after CA: secure messaging restarts
        if getattr(self, "ca", None) is not None:
            self.ca.aes_pending = False

    # --- dispatch ------------------------------------------------------------------

    def process(self, raw: bytes) -> bytes:
        self.apdus += 1
        f = self.config.faults
        if f.remove_after_apdus is not None and self.apdus > f.remove_after_apdus:
            raise CardRemoved
        try:
            cmd = parse_command(raw)
        except ChipProtocolError:
            return _sw(0x6700).encode()
        extended = len(raw) >= 7 and raw[4] == 0
        if extended and not self.config.extended_length:
            self.channel = None
            return _sw(0x6700).encode()
        if cmd.cla & 0x0C == 0x0C:
            if self.channel is None:
                return _sw(0x6988).encode()
            try:
                inner = self.channel.open_command(cmd)
            except SecureMessagingError:
                self.channel = None  # 9303-11: abort secure messaging
                return _sw(0x6988).encode()
            resp = self.dispatch(inner, extended)
            if self.channel is None:  # the command ended the session
                return resp.encode()
            sealed = self.channel.seal_response(resp)
            if self.next_keys is not None:  # CA answered under the old keys: switch now
                self.channel = SecureChannel(self.next_keys, bytes(self.next_keys.block))
                self.next_keys = None
            return self._faulty(inner, sealed).encode()
        if self.channel is not None and cmd.ins not in (0x84, 0x82, 0xA4, 0x22, 0x86):
            self.channel = None
            return _sw(0x6987).encode()
        resp = self.dispatch(cmd, extended)
        self.next_keys = None  # CA changes keys only under secure messaging
        return resp.encode()

    def _faulty(self, cmd: Command, resp: Response) -> Response:
        if cmd.ins != 0xB0:
            return resp
        self.reads += 1
        f = self.config.faults
        if f.hang_at_read == self.reads:
            raise CardHangs
        if f.wrong_mac_at_read == self.reads:
            data = bytearray(resp.data)
            data[-1] ^= 0x01
            return Response(bytes(data), resp.sw)
        if f.truncate_at_read == self.reads:
            return Response(resp.data[: len(resp.data) // 2], resp.sw)
        return resp

    def dispatch(self, cmd: Command, extended: bool) -> Response:
        ins = cmd.ins
        if ins == 0xA4:
            return self.select(cmd)
        if ins == 0x84:
            return self.get_challenge(cmd)
        if ins == 0x82:
            return self.external_authenticate(cmd)
        if ins == 0xB0:
            return self.read_binary(cmd, extended)
        if ins == 0xB1:
            return self.read_binary_odd(cmd, extended)
        if ins == 0x88:
            return self.internal_authenticate(cmd)
        if (ins == 0x22 and cmd.p1 == 0x41) or (ins == 0x86 and self.ca and self.ca.aes_pending):
            return self.chip_authentication(cmd)
        if ins in (0x22, 0x86):
            from desktop.chip import pace

            return pace.card_command(self, cmd)
        return _sw(0x6D00)

    # --- commands ------------------------------------------------------------------

    def _secured(self) -> bool:
        return self.channel is not None

    def select(self, cmd: Command) -> Response:
        if cmd.p1 == 0x04:
            if cmd.data != EMRTD_AID:
                return _sw(0x6A82)
            self.app_selected = True
            self.selected = None
            return _sw(0x9000)
        if cmd.p1 == 0x02 and len(cmd.data) == 2:
            fid = int.from_bytes(cmd.data, "big")
            if fid == 0x011C and 0x011C in self.files:
                self.selected = fid
                return _sw(0x9000)
            if not self.app_selected:
                return _sw(0x6A82)
            if not self._secured():
                return _sw(0x6982)
            if fid not in self.files:
                return _sw(0x6A82)
            self.selected = fid
            return _sw(0x9000)
        return _sw(0x6A86)

    def get_challenge(self, cmd: Command) -> Response:
        if cmd.ne != 8:
            return _sw(0x6700)
        self.rnd_ic = os.urandom(8)
        self.channel = None
        return Response(self.rnd_ic, 0x9000)

    def external_authenticate(self, cmd: Command) -> Response:
        if self.rnd_ic is None:
            return _sw(0x6985)
        result = bac.card_answer(self.basic_keys, self.rnd_ic, os.urandom(16), cmd.data)
        self.rnd_ic = None
        if result is None:
            return _sw(0x6300)
        answer, keys, ssc = result
        self.channel = SecureChannel(keys, ssc)
        return Response(answer, 0x9000)

    def read_binary(self, cmd: Command, extended: bool) -> Response:
        if cmd.p1 & 0x80 and self.config.sfi_refusal is not None:
            return _sw(self.config.sfi_refusal)
        if cmd.p1 & 0x80:
            fid = 0x0100 | (cmd.p1 & 0x1F)
            offset = cmd.p2
        else:
            if self.selected is None:
                return _sw(0x6986)
            fid = self.selected
            offset = (cmd.p1 << 8) | cmd.p2
        if fid != 0x011C and not self._secured():  # only EF.CardAccess is public
            return _sw(0x6982)
        if fid not in self.files:
            return _sw(0x6A82)
        self.selected = fid
        return self._chunk(fid, offset, cmd.ne or 256, extended)

    def _chunk(self, fid: int, offset: int, ne: int, extended: bool) -> Response:
        data = self.files[fid]
        if offset >= len(data):
            return _sw(0x6B00)
        if extended:
            limit = self.config.max_block
        else:  # secure messaging's overhead must fit in a short answer too
            limit = self.config.max_short_block if self._secured() else 256
        if ne > limit:
            return _sw(0x6700) if extended else _sw(0x6C00 | limit)
        chunk = data[offset : offset + ne]
        return Response(chunk, 0x9000 if len(chunk) == ne else 0x6282)

    def read_binary_odd(self, cmd: Command, extended: bool) -> Response:
        """READ BINARY B1 on the current EF: offset in DO'54', data in DO'53'."""
        if not self._secured():
            return _sw(0x6982)
        if self.selected is None or (cmd.p1, cmd.p2) != (0, 0):
            return _sw(0x6986)
        if len(cmd.data) < 3 or cmd.data[0] != 0x54 or cmd.data[1] != len(cmd.data) - 2:
            return _sw(0x6A80)
        offset = int.from_bytes(cmd.data[2:], "big")
        answer = self._chunk(self.selected, offset, max(1, (cmd.ne or 256) - 4), extended)
        if not answer.data:
            return answer
        return Response(tlv.encode(0x53, answer.data), answer.sw)

    def chip_authentication(self, cmd: Command) -> Response:
        from desktop.chip import ca

        if not self._secured():
            return _sw(0x6982)
        if self.ca is None:
            return _sw(0x6A88 if cmd.ins == 0x22 else 0x6985)
        resp, self.next_keys = ca.card_command(self.ca, cmd)
        return resp

    def internal_authenticate(self, cmd: Command) -> Response:
        if not self._secured():
            return _sw(0x6982)
        if self.aa_key is None:
            return _sw(0x6D00)
        if len(cmd.data) != 8:
            return _sw(0x6700)
        if isinstance(self.aa_key, rsa.RSAPrivateKey):
            return Response(iso9796_2_sign(self.aa_key, cmd.data), 0x9000)
        assert isinstance(self.aa_key, ec.EllipticCurvePrivateKey)
        der = self.aa_key.sign(cmd.data, ec.ECDSA(hashes.SHA256()))
        if self.config.aa_signature == "der":
            return Response(der, 0x9000)
        r, s = decode_dss_signature(der)
        size = (self.aa_key.curve.key_size + 7) // 8
        return Response(r.to_bytes(size, "big") + s.to_bytes(size, "big"), 0x9000)


def iso9796_2_sign(key: rsa.RSAPrivateKey, challenge: bytes) -> bytes:
    """ISO/IEC 9796-2 scheme 1, partial recovery, SHA-1, trailer BC (9303-11 §6.1)."""
    n = key.private_numbers().public_numbers.n
    d = key.private_numbers().d
    k = (n.bit_length() + 7) // 8
    m1 = os.urandom(k - 20 - 2)
    digest = hashlib.sha1(m1 + challenge).digest()
    representative = b"\x6a" + m1 + digest + b"\xbc"
    s = pow(int.from_bytes(representative, "big"), d, n)
    s = min(s, n - s)  # ISO 9796-2: the smaller of s and n - s
    return s.to_bytes(k, "big")


class DirectTransport:
    """The card in-process, without pcscd: for fast unit tests of the reader logic."""

    def __init__(self, card: VirtualPassport) -> None:
        from desktop.chip.transport import Stats

        self.card = card
        self.stats = Stats()
        self.atr = contactless_atr()
        self.reader = "in-process virtual passport"

    def transmit(self, cmd: Command, *, kind: str = "apdu") -> Response:
        raw = cmd.encode()
        answer = self.card.process(raw)
        self.stats.apdus += 1
        self.stats.count(kind)
        self.stats.bytes_sent += len(raw)
        self.stats.bytes_received += len(answer)
        return Response.parse(answer)


# --- vpcd link ---------------------------------------------------------------------------


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    out = b""
    while len(out) < n:
        chunk = sock.recv(n - len(out))
        if not chunk:
            raise ConnectionError("vpcd closed the connection")
        out += chunk
    return out


def _quickack(sock: socket.socket) -> None:
    # Linux clears TCP_QUICKACK after use; without it every APDU waits ~40 ms of delayed ACK
    if hasattr(socket, "TCP_QUICKACK"):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)


def serve(card: VirtualPassport, host: str, port: int, connect_timeout_s: float = 10.0) -> int:
    """Connect to vpcd and answer until the link or the process ends."""
    deadline = time.monotonic() + connect_timeout_s
    while True:
        try:
            sock = socket.create_connection((host, port), timeout=2)
            break
        except OSError:
            if time.monotonic() > deadline:
                print(f"virtual card: nothing listens on {host}:{port}", file=sys.stderr)
                return 2
            time.sleep(0.1)
    sock.settimeout(None)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    atr = contactless_atr()
    link = card.config.link
    try:
        while True:
            _quickack(sock)
            size = int.from_bytes(_recv_exact(sock, 2), "big")
            payload = _recv_exact(sock, size)
            _quickack(sock)
            if size == 1:
                if payload[0] == 0x04:
                    sock.sendall(len(atr).to_bytes(2, "big") + atr)
                elif payload[0] in (0x00, 0x01, 0x02):
                    card.reset()
                continue
            try:
                answer = card.process(payload)
            except CardRemoved:
                log.info("fault: card removed")
                return 0
            except CardHangs:
                log.info("fault: card hangs")
                time.sleep(3600)
                return 0
            link.delay(len(payload) + len(answer))
            sock.sendall(len(answer).to_bytes(2, "big") + answer)
    except (ConnectionError, OSError):
        return 0
    finally:
        sock.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m virtual_passport.card", description=__doc__)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=35963)
    ap.add_argument("--card", required=True, help="card configuration (JSON, see CardConfig)")
    args = ap.parse_args(argv)
    config = CardConfig.from_json(Path(args.card).read_text(encoding="utf-8"))
    return serve(VirtualPassport(config), args.host, args.port)


if __name__ == "__main__":
    sys.exit(main())
