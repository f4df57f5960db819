"""PACE (ICAO 9303-11 §4.4): ECDH Generic Mapping with AES secure messaging, from a CAN or
the MRZ. `ecdsa` does the point arithmetic (`cryptography` has no point addition);
`cryptography` does AES and CMAC. Both ends are here: the reader (`establish`) and the
virtual passport (`card_command`), sharing the same steps.

Steps: MSE:Set AT names the protocol and the password; GENERAL AUTHENTICATE (1) the chip
sends the nonce encrypted with K_pi, (2) both map the generator G~ = s*G + H with an
ephemeral ECDH, (3) ECDH on G~ gives the session keys, (4) authentication tokens (CMAC
of the other side's public key) prove both know the password.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from asn1crypto import core
from ecdsa import curves
from ecdsa.ellipticcurve import PointJacobi

from desktop.chip import ca, lds, tlv
from desktop.chip.apdu import Command, Response, sw_text
from desktop.chip.bac import CanKey, MrzKey
from desktop.chip.cipher import (
    ENC_COUNTER,
    MAC_COUNTER,
    PACE_COUNTER,
    SessionKeys,
    aes_cmac,
    aes_decrypt,
    aes_encrypt,
    kdf,
)
from desktop.chip.errors import AccessDenied, ChipProtocolError
from desktop.chip.files import EF_CARD_ACCESS, SFI_REFUSED
from desktop.chip.secure_messaging import SecureChannel
from desktop.messages import msg

# id-PACE-ECDH-GM-AES-CBC-CMAC-128/192/256 -> key bits
PACE_ECDH_GM_AES = {
    "0.4.0.127.0.7.2.2.4.2.2": 128,
    "0.4.0.127.0.7.2.2.4.2.3": 192,
    "0.4.0.127.0.7.2.2.4.2.4": 256,
}
# 9303-11 table 6: standardized domain parameters
CURVES: dict[int, Any] = {
    8: curves.NIST192p,
    9: curves.BRAINPOOLP192r1,
    10: curves.NIST224p,
    11: curves.BRAINPOOLP224r1,
    12: curves.NIST256p,
    13: curves.BRAINPOOLP256r1,
    14: curves.BRAINPOOLP320r1,
    15: curves.NIST384p,
    16: curves.BRAINPOOLP384r1,
    17: curves.BRAINPOOLP512r1,
    18: curves.NIST521p,
}
PASSWORD_MRZ, PASSWORD_CAN = 1, 2


# Generic Mapping, and Chip Authentication Mapping (GM + the chip's CA data, §4.4.3.5)
SUPPORTED = {**PACE_ECDH_GM_AES, **ca.PACE_CAM}


@dataclass(frozen=True)
class PaceInfo:
    oid: str
    key_bits: int
    parameter_id: int

    @property
    def cam(self) -> bool:
        return self.oid in ca.PACE_CAM


def supported(infos: list[lds.SecurityInfo]) -> list[PaceInfo]:
    return [
        PaceInfo(i.protocol, SUPPORTED[i.protocol], int(i.optional))
        for i in infos
        if i.protocol in SUPPORTED and i.optional in CURVES
    ]


def choose(infos: list[lds.SecurityInfo]) -> PaceInfo | None:
    """The PACEInfo of EF.CardAccess to run: PACE-CAM when offered (it authenticates the
    chip as well), else the first ECDH-GM AES variant on a standard curve."""
    offered = supported(infos)
    return next((i for i in offered if i.cam), offered[0] if offered else None)


def password(key: MrzKey | CanKey) -> tuple[int, bytes]:
    """(password reference, f(π)): SHA-1 of the MRZ information, or the CAN's characters."""
    if isinstance(key, CanKey):
        return PASSWORD_CAN, key.can.encode("latin-1")
    return PASSWORD_MRZ, hashlib.sha1(key.information.encode("ascii")).digest()


def k_pi(f: bytes, key_bits: int) -> bytes:
    return kdf(f, PACE_COUNTER, cipher="aes", key_bits=key_bits)


def session_keys(shared_x: bytes, key_bits: int) -> SessionKeys:
    return SessionKeys(
        "aes",
        kdf(shared_x, ENC_COUNTER, cipher="aes", key_bits=key_bits),
        kdf(shared_x, MAC_COUNTER, cipher="aes", key_bits=key_bits),
    )


def encode_point(point: PointJacobi, curve: Any) -> bytes:
    size = curve.baselen
    return b"\x04" + point.x().to_bytes(size, "big") + point.y().to_bytes(size, "big")


def decode_point(data: bytes, curve: Any) -> PointJacobi:
    """An uncompressed point that must lie on the curve (and not be the identity). The
    invalid-curve defence: our private key only ever multiplies a point on the curve.
    Coordinates must be reduced (< p, BSI TR-03111 §3.2.1): `contains_point` works mod p,
    so x + p would otherwise pass as a second encoding of the same point."""
    size = curve.baselen
    if len(data) != 1 + 2 * size or data[0] != 0x04:
        raise ChipProtocolError("PACE: a public point is not an uncompressed point")
    x = int.from_bytes(data[1 : 1 + size], "big")
    y = int.from_bytes(data[1 + size :], "big")
    p = curve.curve.p()
    if not (x < p and y < p and curve.curve.contains_point(x, y)):
        raise ChipProtocolError("PACE: a public point is not on the curve")
    return PointJacobi(curve.curve, x, y, 1, curve.order)


def mapped_generator(curve: Any, nonce: bytes, sk_map: int, pk_other: PointJacobi) -> PointJacobi:
    """Generic Mapping: G~ = s*G + H, H = sk_map * PK_other_map."""
    s = int.from_bytes(nonce, "big")
    return curve.generator * s + pk_other * sk_map


def shared_secret(curve: Any, sk: int, pk_other: PointJacobi) -> bytes:
    point = pk_other * sk
    return point.x().to_bytes(curve.baselen, "big")


def auth_token(ks_mac: bytes, oid: str, public_point: bytes) -> bytes:
    """T = CMAC(KS_mac, 7F49 { 06 OID, 86 point }) truncated to 8 bytes."""
    data = tlv.encode(0x7F49, core.ObjectIdentifier(oid).dump() + tlv.encode(0x86, public_point))
    return aes_cmac(ks_mac, data)[:8]


def random_scalar(curve: Any) -> int:
    return secrets.randbelow(curve.order - 1) + 1


def mse_set_at(info: PaceInfo, ref: int, ambiguous: bool = False) -> Command:
    """DO'84' names the domain parameters only when EF.CardAccess offers several."""
    data = core.ObjectIdentifier(info.oid).dump()
    data = tlv.encode(0x80, data[2:]) + tlv.encode(0x83, bytes([ref]))
    if ambiguous:
        data += tlv.encode(0x84, bytes([info.parameter_id]))
    return Command(0x00, 0x22, 0xC1, 0xA4, data)


def general_authenticate(inner: bytes, last: bool = False) -> Command:
    return Command(0x00 if last else 0x10, 0x86, 0x00, 0x00, tlv.encode(0x7C, inner), 256)


def _dynamic(resp: Response, tag: int, step: str) -> bytes:
    if resp.sw == 0x6300 or resp.sw >> 8 == 0x63 or resp.sw == 0x6982:
        raise AccessDenied(msg("chip.pace_refused"))
    if not resp.ok:
        raise ChipProtocolError(f"PACE {step} failed: {sw_text(resp.sw)}")
    try:
        outer = tlv.decode_one(resp.data)
        if outer.tag != 0x7C:
            raise tlv.TLVError("not a dynamic authentication data object")
        found = outer.find(tag)
    except tlv.TLVError as e:
        raise ChipProtocolError(f"PACE {step}: malformed answer ({e})") from None
    if found is None:
        raise ChipProtocolError(f"PACE {step}: answer without tag {tag:02X}")
    return found.value


def read_card_access(session: Any) -> list[lds.SecurityInfo]:
    """EF.CardAccess, read in the clear before any access control: by SFI 1C, or SELECT
    011C and READ BINARY when the chip refuses SFIs."""
    resp = session.send(Command(0x00, 0xB0, 0x80 | EF_CARD_ACCESS.sfi, 0x00, ne=256), "read")
    if resp.sw in SFI_REFUSED:
        fid = EF_CARD_ACCESS.fid.to_bytes(2, "big")
        selected = session.send(Command(0x00, 0xA4, 0x02, 0x0C, fid), "select")
        if selected.sw == 0x6A82:
            raise ChipProtocolError("this chip has no EF.CardAccess: it does not support PACE")
        if not selected.ok:
            raise ChipProtocolError(f"SELECT EF.CardAccess failed: {sw_text(selected.sw)}")
        resp = session.send(Command(0x00, 0xB0, 0x00, 0x00, ne=256), "read")
    if resp.sw not in (0x9000, 0x6282):
        raise ChipProtocolError(f"reading EF.CardAccess failed: {sw_text(resp.sw)}")
    return lds.parse_card_access(resp.data)


def establish(
    session: Any,
    key: MrzKey | CanKey,
    infos: list[lds.SecurityInfo] | None = None,
    scalar: Callable[[Any], int] = random_scalar,
) -> PaceInfo:
    """Run PACE on `session` and switch it to AES secure messaging. `scalar` draws the
    ephemeral private keys (fixed in the Appendix G test)."""
    session.channel = None
    infos = infos if infos is not None else read_card_access(session)
    info = choose(infos)
    if info is None:
        raise ChipProtocolError("the chip offers no PACE variant this reader supports")
    curve = CURVES[info.parameter_id]
    ref, f = password(key)
    kpi = k_pi(f, info.key_bits)
    ambiguous = len(supported(infos)) > 1
    r = session.send(mse_set_at(info, ref, ambiguous), "pace")
    if not r.ok:
        raise ChipProtocolError(f"PACE MSE:Set AT failed: {sw_text(r.sw)}")
    z = _dynamic(session.send(general_authenticate(b""), "pace"), 0x80, "nonce")
    if not z or len(z) % 16:
        raise ChipProtocolError("PACE: the encrypted nonce is not whole AES blocks")
    nonce = aes_decrypt(kpi, z)
    sk_map = scalar(curve)
    pk_map = encode_point(curve.generator * sk_map, curve)
    answer_map = _dynamic(
        session.send(general_authenticate(tlv.encode(0x81, pk_map)), "pace"), 0x82, "mapping"
    )
    chip_map = decode_point(answer_map, curve)
    generator = mapped_generator(curve, nonce, sk_map, chip_map)
    sk = scalar(curve)
    pk = encode_point(generator * sk, curve)
    answer = _dynamic(
        session.send(general_authenticate(tlv.encode(0x83, pk)), "pace"), 0x84, "key agreement"
    )
    if hmac.compare_digest(answer, pk_map) or answer == encode_point(chip_map, curve):
        raise ChipProtocolError("PACE: the chip reused a mapping key")
    chip_pk = decode_point(answer, curve)
    keys = session_keys(shared_secret(curve, sk, chip_pk), info.key_bits)
    token = auth_token(keys.k_mac, info.oid, answer)
    final = session.send(general_authenticate(tlv.encode(0x85, token), last=True), "pace")
    t_ic = _dynamic(final, 0x86, "mutual authentication")
    if not hmac.compare_digest(t_ic, auth_token(keys.k_mac, info.oid, pk)):
        raise AccessDenied(msg("chip.pace_token"))
    if info.cam:
        # checked against DG14's key once DG14 is read and passive authentication done
        encrypted = _dynamic(final, 0x8A, "chip authentication mapping")
        session.cam = ca.CamEvidence(
            ca.decrypt_cam(keys.k_enc, encrypted), answer_map, curve, info.oid
        )
    else:
        session.cam = None
    session.channel = SecureChannel(keys, bytes(16))
    return info


# --- card side ---------------------------------------------------------------------------


def card_access_file(
    parameter_id: int = 13, oid: str = "0.4.0.127.0.7.2.2.4.2.2", *extra_oids: str
) -> bytes:
    """EF.CardAccess with one PACEInfo (version 2) per OID, e.g. GM and CAM as on
    German passports."""
    infos = b""
    for o in (oid, *extra_oids):
        info = core.ObjectIdentifier(o).dump() + core.Integer(2).dump()
        infos += tlv.encode(0x30, info + core.Integer(parameter_id).dump())
    return tlv.encode(0x31, infos)


@dataclass
class _CardPace:
    info: PaceInfo
    kpi: bytes
    nonce: bytes | None = None
    generator: PointJacobi | None = None
    pk_map: bytes | None = None
    pk_terminal: bytes | None = None
    pk_chip: bytes | None = None
    keys: SessionKeys | None = None
    sk_map: int | None = None


def card_command(card: Any, cmd: Command) -> Response:
    """MSE:Set AT and GENERAL AUTHENTICATE on the virtual passport."""
    if cmd.ins == 0x22:
        if (cmd.p1, cmd.p2) != (0xC1, 0xA4):
            return Response(b"", 0x6A86)
        try:
            fields = {e.tag: e.value for e in tlv.decode_all(cmd.data)}
        except tlv.TLVError:
            return Response(b"", 0x6A80)
        oid = core.ObjectIdentifier.load(
            b"\x06" + bytes([len(fields.get(0x80, b""))]) + fields.get(0x80, b"")
        ).dotted
        offered = supported(lds.parse_card_access(card.files.get(0x011C, b"")))
        param = fields.get(0x84)
        info = next(
            (i for i in offered if i.oid == oid and (param is None or param[0] == i.parameter_id)),
            None,
        )
        ref = fields.get(0x83, b"\x00")[0]
        if info is None or ref not in (PASSWORD_MRZ, PASSWORD_CAN):
            return Response(b"", 0x6A80)
        config = card.config
        if ref == PASSWORD_CAN:
            if not config.can:
                return Response(b"", 0x6A88)
            key: MrzKey | CanKey = CanKey(config.can)
        else:
            key = MrzKey.from_fields(config.document_number, config.birth_date, config.expiry_date)
        card.channel = None
        card.pace = _CardPace(info, k_pi(password(key)[1], info.key_bits))
        return Response(b"", 0x9000)
    state: _CardPace | None = card.pace
    if state is None:
        return Response(b"", 0x6985)
    curve = CURVES[state.info.parameter_id]
    try:
        outer = tlv.decode_one(cmd.data)
        inner = outer.children() if outer.tag == 0x7C else None
    except tlv.TLVError:
        inner = None
    if inner is None:
        return Response(b"", 0x6A80)
    try:
        if not inner and state.nonce is None:
            state.nonce = secrets.token_bytes(16)
            z = aes_encrypt(state.kpi, state.nonce)
            return Response(tlv.encode(0x7C, tlv.encode(0x80, z)), 0x9000)
        element = inner[0]
        if element.tag == 0x81 and state.nonce is not None and state.generator is None:
            sk = state.sk_map = random_scalar(curve)
            state.pk_map = encode_point(curve.generator * sk, curve)
            state.generator = mapped_generator(
                curve, state.nonce, sk, decode_point(element.value, curve)
            )
            return Response(tlv.encode(0x7C, tlv.encode(0x82, state.pk_map)), 0x9000)
        if element.tag == 0x83 and state.generator is not None and state.keys is None:
            if element.value == state.pk_map:
                raise ChipProtocolError("reused key")
            sk = random_scalar(curve)
            state.pk_chip = encode_point(state.generator * sk, curve)
            state.pk_terminal = element.value
            shared = shared_secret(curve, sk, decode_point(element.value, curve))
            state.keys = session_keys(shared, state.info.key_bits)
            return Response(tlv.encode(0x7C, tlv.encode(0x84, state.pk_chip)), 0x9000)
        if element.tag == 0x85 and state.keys is not None and cmd.cla & 0x10 == 0:
            assert state.pk_chip is not None and state.pk_terminal is not None
            expected = auth_token(state.keys.k_mac, state.info.oid, state.pk_chip)
            card.pace = None
            if not hmac.compare_digest(element.value, expected):
                return Response(b"", 0x6300)
            t_ic = auth_token(state.keys.k_mac, state.info.oid, state.pk_terminal)
            answer = tlv.encode(0x86, t_ic)
            if state.info.cam:
                if card.ca is None or state.sk_map is None:
                    return Response(b"", 0x6985)
                answer += tlv.encode(
                    0x8A, ca.cam_data(state.keys.k_enc, state.sk_map, card.ca.private, curve.order)
                )
            card.channel = SecureChannel(state.keys, bytes(16))
            card.app_selected = False
            return Response(tlv.encode(0x7C, answer), 0x9000)
    except ChipProtocolError:
        card.pace = None
        return Response(b"", 0x6A80)
    card.pace = None
    return Response(b"", 0x6985)
