"""Chip Authentication (ICAO 9303-11 §6.2): the chip proves it holds the private key whose
public key DG14 carries (and EF.SOD signs), so a copy of the files on another chip (a
clone) fails. Key agreement (ECDH or DH) with an ephemeral terminal key gives new
secure-messaging keys (3DES or AES) and the SSC restarts at 0: only the genuine chip can
answer under them. PACE-CAM (§4.4.3.5) proves the same inside PACE: the chip sends
CA_IC = SK_Map,IC / SK_IC, and the terminal checks PK_Map,IC = CA_IC * PK_IC.

Both ends are here: the reader (`authenticate`, `verify_cam`) and the virtual passport
(`card_command`, `cam_data`). `ecdsa` does the point arithmetic for any prime curve,
named or given by explicit parameters as real DG14s do.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from asn1crypto import core
from asn1crypto import keys as asn1_keys
from ecdsa import curves as ecdsa_curves
from ecdsa.ellipticcurve import INFINITY, CurveFp, PointJacobi

from desktop.chip import tlv
from desktop.chip.apdu import Command, Response, sw_text
from desktop.chip.cipher import (
    ENC_COUNTER,
    MAC_COUNTER,
    SessionKeys,
    aes_decrypt,
    aes_ecb,
    aes_encrypt,
    kdf,
    pad,
    unpad,
)
from desktop.chip.errors import ChipProtocolError, ParseError
from desktop.messages import msg

_CA = "0.4.0.127.0.7.2.2.3."
# id-CA-{DH,ECDH}-{3DES-CBC-CBC, AES-CBC-CMAC-128/192/256} -> (agreement, cipher, key bits)
CA_PROTOCOLS: dict[str, tuple[str, str, int]] = {
    _CA + "1.1": ("DH", "3des", 112),
    _CA + "1.2": ("DH", "aes", 128),
    _CA + "1.3": ("DH", "aes", 192),
    _CA + "1.4": ("DH", "aes", 256),
    _CA + "2.1": ("ECDH", "3des", 112),
    _CA + "2.2": ("ECDH", "aes", 128),
    _CA + "2.3": ("ECDH", "aes", 192),
    _CA + "2.4": ("ECDH", "aes", 256),
}
PK_DH, PK_ECDH = "0.4.0.127.0.7.2.2.1.1", "0.4.0.127.0.7.2.2.1.2"
# id-PACE-ECDH-CAM-AES-CBC-CMAC-128/192/256
PACE_CAM = {
    "0.4.0.127.0.7.2.2.4.6.2": 128,
    "0.4.0.127.0.7.2.2.4.6.3": 192,
    "0.4.0.127.0.7.2.2.4.6.4": 256,
}
EC_PUBLIC_KEY = "1.2.840.10045.2.1"
DH_PUBLIC_NUMBER = "1.2.840.10046.2.1"  # X9.42: p, g, q
DH_KEY_AGREEMENT = "1.2.840.113549.1.3.1"  # PKCS #3: p, g
# BSI TR-03110 standardizedDomainParameters: the parameters are an INTEGER naming a group
# of 9303-11 table 6 (EF.CardSecurity of German passports)
STANDARDIZED_PARAMETERS = "0.4.0.127.0.7.1.2"

# RFC 5114 §2.1: 1024-bit MODP group with a 160-bit prime order subgroup (9303-11
# table 6, standardized domain parameters 0)
RFC5114_P = int(
    "B10B8F96A080E01DDE92DE5EAE5D54EC52C99FBCFB06A3C69A6A9DCA52D23B616073E28675A23D18"
    "9838EF1E2EE652C013ECB4AEA906112324975C3CD49B83BFACCBDD7D90C4BD7098488E9C219A7372"
    "4EFFD6FAE5644738FAA31A4FF55BCCC0A151AF5F0DC8B4BD45BF37DF365C1A65E68CFDA76D4DA708"
    "DF1FB2BC2E4A4371",
    16,
)
RFC5114_G = int(
    "A4D1CBD5C3FD34126765A442EFB99905F8104DD258AC507FD6406CFF14266D31266FEA1E5C41564B"
    "777E690F5504F213160217B4B01B886A5E91547F9E2749F4D7FBD7D3B9A92EE1909D0D2263F80A76"
    "A6A24C087A091F531DBF0A0169B6A28AD662A4D18E73AFA32D779D5918D08BC8858F4DCEF97C2A24"
    "855E6EEB22B3B2E5",
    16,
)
RFC5114_Q = int("F518AA8781A8DF278ABA4E7D64B7CB9D49462353", 16)

_NAMED = [
    ecdsa_curves.NIST192p, ecdsa_curves.NIST224p, ecdsa_curves.NIST256p,
    ecdsa_curves.NIST384p, ecdsa_curves.NIST521p, ecdsa_curves.BRAINPOOLP192r1,
    ecdsa_curves.BRAINPOOLP224r1, ecdsa_curves.BRAINPOOLP256r1, ecdsa_curves.BRAINPOOLP320r1,
    ecdsa_curves.BRAINPOOLP384r1, ecdsa_curves.BRAINPOOLP512r1,
]  # fmt: skip


class CAError(ParseError):
    """DG14 (or the chip's answer) does not describe a usable Chip Authentication key."""


# --- key agreement groups ---------------------------------------------------------------


@dataclass(frozen=True)
class ECGroup:
    curve: Any  # an ecdsa Curve (named, or built from explicit parameters)
    name: str

    @property
    def size(self) -> int:
        return (self.curve.curve.p().bit_length() + 7) // 8

    def random_key(self) -> int:
        return secrets.randbelow(self.curve.order - 1) + 1

    def encode(self, point: PointJacobi) -> bytes:
        return b"\x04" + point.x().to_bytes(self.size, "big") + point.y().to_bytes(self.size, "big")

    def decode(self, data: bytes) -> PointJacobi:
        """An uncompressed point on the curve (never the identity)."""
        n = self.size
        if len(data) != 1 + 2 * n or data[0] != 0x04:
            raise CAError("a chip authentication public key is not an uncompressed point")
        x, y = int.from_bytes(data[1 : 1 + n], "big"), int.from_bytes(data[1 + n :], "big")
        if not self.curve.curve.contains_point(x, y):
            raise CAError("a chip authentication public key is not on its curve")
        return PointJacobi(self.curve.curve, x, y, 1, self.curve.order)

    def public(self, sk: int) -> bytes:
        return self.encode(self.curve.generator * sk)

    def agree(self, sk: int, public: bytes) -> bytes:
        """ECKA (BSI TR-03111): the x coordinate of sk * PK."""
        point = self.decode(public) * sk
        if point == INFINITY or point.x() is None:  # the identity: a malicious key
            raise CAError("key agreement gave the point at infinity")
        return point.x().to_bytes(self.size, "big")


@dataclass(frozen=True)
class DHGroup:
    p: int
    g: int
    q: int | None

    @property
    def name(self) -> str:
        return f"{self.p.bit_length()}-bit MODP"

    @property
    def size(self) -> int:
        return (self.p.bit_length() + 7) // 8

    def random_key(self) -> int:
        if self.q:
            return secrets.randbelow(self.q - 1) + 1
        return secrets.randbelow(self.p - 3) + 2

    def public(self, sk: int) -> bytes:
        return pow(self.g, sk, self.p).to_bytes(self.size, "big")

    def check(self, public: bytes) -> int:
        y = int.from_bytes(public, "big")
        if not 1 < y < self.p - 1 or (self.q and pow(y, self.q, self.p) != 1):
            raise CAError("a chip authentication DH public value is not in the group")
        return y

    def agree(self, sk: int, public: bytes) -> bytes:
        return pow(self.check(public), sk, self.p).to_bytes(self.size, "big")


Group = ECGroup | DHGroup


@dataclass(frozen=True)
class ChipKey:
    """A ChipAuthenticationPublicKeyInfo: the group and the chip's static public key."""

    group: Group
    public: bytes  # an uncompressed point, or the DH public value (big-endian, |p| bytes)
    key_id: int | None = None

    @property
    def kind(self) -> str:
        return "ECDH" if isinstance(self.group, ECGroup) else "DH"


@dataclass(frozen=True)
class CAInfo:
    oid: str
    version: int
    key_id: int | None = None

    @property
    def agreement(self) -> str:
        return CA_PROTOCOLS[self.oid][0]

    @property
    def cipher(self) -> str:
        return CA_PROTOCOLS[self.oid][1]

    @property
    def key_bits(self) -> int:
        return CA_PROTOCOLS[self.oid][2]

    @property
    def cipher_name(self) -> str:
        return "3DES" if self.cipher == "3des" else f"AES-{self.key_bits}"


def _ec_group(params: asn1_keys.ECDomainParameters) -> ECGroup:
    if params.name == "named":
        oid = tuple(int(x) for x in params.chosen.dotted.split("."))
        for c in _NAMED:
            if c.oid == oid:
                return ECGroup(c, c.name)
        raise CAError(f"chip authentication on an unknown curve {params.chosen.dotted}")
    if params.name != "specified":
        raise CAError("chip authentication key without domain parameters")
    spec = params.chosen
    field = spec["field_id"]
    if field["field_type"].native != "prime_field":
        raise CAError("chip authentication on a binary curve is not supported")
    p = field["parameters"].native
    a = int.from_bytes(spec["curve"]["a"].native, "big")
    b = int.from_bytes(spec["curve"]["b"].native, "big")
    n = spec["order"].native
    h = spec["cofactor"].native if spec["cofactor"].native is not None else 1
    gx, gy = spec["base"].to_coords()
    for c in _NAMED:  # the explicit parameters of a named curve (brainpool on real DG14s)
        cfp, gen = c.curve, c.generator
        if (cfp.p(), cfp.a() % p, cfp.b(), gen.x(), gen.y(), c.order) == (p, a % p, b, gx, gy, n):
            return ECGroup(c, c.name)
    if not (p > 3 and p.bit_length() <= 640 and n > 1 and n.bit_length() <= 640 + 1):
        raise CAError("the explicit curve's parameters are out of range")
    cfp = CurveFp(p, a, b, h)
    if not cfp.contains_point(gx, gy):
        raise CAError("the explicit curve's base point is not on the curve")
    gen = PointJacobi(cfp, gx, gy, 1, n, generator=True)
    return ECGroup(
        ecdsa_curves.Curve("explicit", cfp, gen, (1, 3, 9999)), f"{p.bit_length()}-bit curve"
    )


def _standardized(parameter_id: int) -> Group:
    from desktop.chip.pace import CURVES

    if parameter_id == 0:
        return DHGroup(RFC5114_P, RFC5114_G, RFC5114_Q)
    if parameter_id in CURVES:
        c = CURVES[parameter_id]
        return ECGroup(c, c.name)
    raise CAError(f"standardized domain parameters {parameter_id} are not supported")


def parse_public_key(spki_der: bytes) -> tuple[Group, bytes]:
    """A SubjectPublicKeyInfo of an EC or DH key (either X9.42 or PKCS #3 parameters)."""
    try:
        spki = tlv.decode_one(spki_der)
        alg, bits = spki.children()[:2]
        alg_items = alg.children()
        alg_oid = core.load(tlv.encode(0x06, alg_items[0].value)).dotted
        params = tlv.encode(alg_items[1].tag, alg_items[1].value) if len(alg_items) > 1 else b""
        if bits.tag != 0x03 or not bits.value or bits.value[0] != 0:
            raise CAError("the chip authentication public key is not a BIT STRING")
        key = bits.value[1:]
        if alg_oid == STANDARDIZED_PARAMETERS:
            group = _standardized(core.Integer.load(params).native)
            if isinstance(group, DHGroup):
                y = core.Integer.load(key).native
                return group, group.check(y.to_bytes(group.size, "big")).to_bytes(group.size, "big")
            group.decode(key)
            return group, key
        if alg_oid in (EC_PUBLIC_KEY, PK_ECDH):
            group: Group = _ec_group(asn1_keys.ECDomainParameters.load(params))
            group.decode(key)
            return group, key
        if alg_oid in (DH_PUBLIC_NUMBER, DH_KEY_AGREEMENT, PK_DH):
            ints = [core.Integer.load(tlv.encode(c.tag, c.value)).native
                    for c in tlv.decode_one(params).children() if c.tag == 0x02]  # fmt: skip
            p, g = ints[0], ints[1]
            q = ints[2] if alg_oid != DH_KEY_AGREEMENT and len(ints) > 2 else None
            if not (p > 3 and p.bit_length() <= 8192 and 1 < g < p):
                raise CAError("the DH group's parameters are out of range")
            dh = DHGroup(p, g, q)
            y = core.Integer.load(key).native
            dh.check(y.to_bytes(dh.size, "big"))
            return dh, y.to_bytes(dh.size, "big")
    except CAError:
        raise
    except (
        tlv.TLVError, ValueError, TypeError, IndexError, KeyError, AttributeError,
        ArithmeticError, OverflowError,
    ) as e:  # fmt: skip
        raise CAError(f"the chip authentication public key is malformed: {e}") from None
    raise CAError(f"chip authentication with a {alg_oid} key is not supported")


def parse_security_infos(der: bytes, name: str = "DG14") -> tuple[list[CAInfo], list[ChipKey]]:
    """The ChipAuthenticationInfos and ChipAuthenticationPublicKeyInfos of SecurityInfos
    (DG14's content, or EF.CardSecurity's). Other SecurityInfos are skipped."""
    infos: list[CAInfo] = []
    chip_keys: list[ChipKey] = []
    try:
        outer = tlv.decode_one(der)
        if outer.tag != 0x31:
            raise CAError(f"{name} is not a SET of SecurityInfo")
        for item in outer.children():
            parts = item.children() if item.tag == 0x30 else []
            if not parts or parts[0].tag != 0x06:
                raise CAError(f"{name}: a SecurityInfo does not start with an OID")
            oid = core.load(tlv.encode(0x06, parts[0].value)).dotted
            ints = [int.from_bytes(p.value, "big") for p in parts[1:] if p.tag == 0x02]
            if oid in CA_PROTOCOLS:
                infos.append(
                    CAInfo(oid, ints[0] if ints else 0, ints[1] if len(ints) > 1 else None)
                )
            elif oid in (PK_DH, PK_ECDH):
                if len(parts) < 2 or parts[1].tag != 0x30:
                    raise CAError(f"{name}: a chip authentication key has no public key")
                group, public = parse_public_key(tlv.encode(0x30, parts[1].value))
                chip_keys.append(ChipKey(group, public, ints[0] if ints else None))
    except CAError:
        raise
    except (tlv.TLVError, ValueError, TypeError, IndexError) as e:
        raise CAError(f"{name} is not valid SecurityInfos: {e}") from None
    return infos, chip_keys


def parse_dg14(raw: bytes) -> tuple[list[CAInfo], list[ChipKey]]:
    try:
        outer = tlv.decode_one(raw)
    except tlv.TLVError as e:
        raise CAError(f"DG14: {e}") from None
    if outer.tag != 0x6E:
        raise CAError(f"DG14 starts with tag {outer.tag:X}, 6E expected")
    return parse_security_infos(outer.value, "DG14")


def choose(infos: list[CAInfo], chip_keys: list[ChipKey]) -> tuple[CAInfo, ChipKey] | None:
    """The protocol to run and its key: the key whose keyId the info names, or the only
    key of the protocol's kind; 9303-11 makes the ChipAuthenticationInfo optional when
    there is one key (then ECDH/DH with 3DES, version 1)."""
    if not infos and len(chip_keys) == 1:
        k = chip_keys[0]
        infos = [CAInfo(_CA + ("2.1" if k.kind == "ECDH" else "1.1"), 1, k.key_id)]
    for info in infos:
        candidates = [k for k in chip_keys if k.kind == info.agreement]
        if info.key_id is not None:
            candidates = [k for k in candidates if k.key_id in (info.key_id, None)]
        if candidates:
            return info, candidates[0]
    return None


def algorithm_name(info: CAInfo, key: ChipKey) -> str:
    return f"{info.agreement} {key.group.name}, {info.cipher_name}"


def session_keys(shared: bytes, cipher: str, key_bits: int) -> SessionKeys:
    return SessionKeys(
        cipher,
        kdf(shared, ENC_COUNTER, cipher=cipher, key_bits=key_bits),
        kdf(shared, MAC_COUNTER, cipher=cipher, key_bits=key_bits),
    )


def _key_reference(key_id: int | None) -> bytes:
    if key_id is None:
        return b""
    return tlv.encode(0x84, key_id.to_bytes(max(1, (key_id.bit_length() + 7) // 8), "big"))


def commands(info: CAInfo, key: ChipKey, ephemeral_public: bytes) -> list[Command]:
    """3DES: MSE:Set KAT with the ephemeral key (§6.2.4.1). AES: MSE:Set AT naming the
    protocol, then GENERAL AUTHENTICATE with the ephemeral key (§6.2.4.2)."""
    ref = _key_reference(info.key_id if info.key_id is not None else key.key_id)
    if info.cipher == "3des":
        return [Command(0x00, 0x22, 0x41, 0xA6, tlv.encode(0x91, ephemeral_public) + ref)]
    oid = core.ObjectIdentifier(info.oid).dump()[2:]
    return [
        Command(0x00, 0x22, 0x41, 0xA4, tlv.encode(0x80, oid) + ref),
        Command(0x00, 0x86, 0x00, 0x00, tlv.encode(0x7C, tlv.encode(0x80, ephemeral_public)), 256),
    ]


class ChipRefused(ChipProtocolError):
    """The chip answered a Chip Authentication command with an error."""


def authenticate(session: Any, info: CAInfo, key: ChipKey, sk: int | None = None) -> SessionKeys:
    """Run CA on `session` (already under BAC or PACE secure messaging) and restart secure
    messaging with the new keys and SSC 0. Whether the chip holds the key shows on the
    next protected answer: the caller sends one and checks it."""
    group = key.group
    sk = sk if sk is not None else group.random_key()
    for cmd in commands(info, key, group.public(sk)):
        r = session.send(cmd, "ca")
        if not r.ok:
            raise ChipRefused(msg("chip.ca_refused", detail=sw_text(r.sw)))
    keys = session_keys(group.agree(sk, key.public), info.cipher, info.key_bits)
    session.channel = _channel(keys)
    return keys


def _channel(keys: SessionKeys) -> Any:
    from desktop.chip.secure_messaging import SecureChannel

    return SecureChannel(keys, bytes(keys.block))


# --- PACE-CAM -----------------------------------------------------------------------------


def cam_iv(ks_enc: bytes) -> bytes:
    """9303-11 §4.4.3.5.1: the chip authentication data are encrypted with IV = E(KS_enc, -1)."""
    return aes_ecb(ks_enc, b"\xff" * 16)


def decrypt_cam(ks_enc: bytes, encrypted: bytes) -> int:
    if not encrypted or len(encrypted) % 16:
        raise ChipProtocolError("PACE-CAM: the chip authentication data are not whole blocks")
    try:
        return int.from_bytes(unpad(aes_decrypt(ks_enc, encrypted, cam_iv(ks_enc))), "big")
    except ValueError:
        raise ChipProtocolError("PACE-CAM: the chip authentication data have bad padding") from None


def verify_cam(ca_ic: int, pk_map_ic: bytes, key: ChipKey) -> bool:
    """PK_Map,IC = CA_IC * PK_IC: the chip that mapped the PACE generator holds SK_IC."""
    if not isinstance(key.group, ECGroup):
        return False
    group = key.group
    if not 0 < ca_ic < group.curve.order:
        return False
    expected = group.encode(group.decode(key.public) * ca_ic)
    return hmac.compare_digest(expected, pk_map_ic)


def cam_key(chip_keys: list[ChipKey], curve: Any) -> ChipKey | None:
    """The ECDH key on the PACE curve (PACE-CAM uses the PACE domain parameters)."""
    for k in chip_keys:
        if isinstance(k.group, ECGroup) and k.group.curve.curve == curve.curve:
            return k
    return None


# --- card side ----------------------------------------------------------------------------


def cam_data(ks_enc: bytes, sk_map: int, sk_ic: int, order: int) -> bytes:
    """The virtual chip's A_IC = E(KS_enc, CA_IC), CA_IC = SK_Map,IC * SK_IC^-1 mod n."""
    ca_ic = sk_map * pow(sk_ic, -1, order) % order
    size = (order.bit_length() + 7) // 8
    return aes_encrypt(ks_enc, pad(ca_ic.to_bytes(size, "big"), 16), cam_iv(ks_enc))


@dataclass
class CardCA:
    """The virtual passport's Chip Authentication: its DG14 and its private key (in a
    clone: a key that does not match DG14)."""

    info: CAInfo
    key: ChipKey
    private: int
    aes_pending: bool = False


def card_setup(dg14: bytes | None, private_hex: str | None) -> CardCA | None:
    if not dg14 or not private_hex:
        return None
    infos, chip_keys = parse_dg14(dg14)
    chosen = choose(infos, chip_keys)
    if chosen is None:
        return None
    return CardCA(chosen[0], chosen[1], int(private_hex, 16))


def card_command(ca: CardCA, cmd: Command) -> tuple[Response, SessionKeys | None]:
    """MSE:Set KAT, MSE:Set AT (CA) and GENERAL AUTHENTICATE on the virtual passport:
    the answer (under the old keys) and the new keys the chip switches to after it."""
    try:
        fields = {e.tag: e.value for e in tlv.decode_all(cmd.data)}
    except tlv.TLVError:
        return Response(b"", 0x6A80), None
    if cmd.ins == 0x22 and (cmd.p1, cmd.p2) == (0x41, 0xA6) and ca.info.cipher == "3des":
        public = fields.get(0x91)
    elif cmd.ins == 0x22 and (cmd.p1, cmd.p2) == (0x41, 0xA4):
        named = core.ObjectIdentifier.load(b"\x06" + bytes([len(fields.get(0x80, b""))])
                                           + fields.get(0x80, b"")).dotted  # fmt: skip
        if named != ca.info.oid:
            return Response(b"", 0x6A80), None
        ca.aes_pending = True
        return Response(b"", 0x9000), None
    elif cmd.ins == 0x86 and ca.aes_pending and 0x7C in fields:
        ca.aes_pending = False
        try:
            inner = {e.tag: e.value for e in tlv.decode_all(fields[0x7C])}
        except tlv.TLVError:
            return Response(b"", 0x6A80), None
        public = inner.get(0x80)
    else:
        return Response(b"", 0x6985), None
    if not public:
        return Response(b"", 0x6A80), None
    try:
        shared = ca.key.group.agree(ca.private, public)
    except CAError:
        return Response(b"", 0x6A80), None
    keys = session_keys(shared, ca.info.cipher, ca.info.key_bits)
    answer = tlv.encode(0x7C, b"") if cmd.ins == 0x86 else b""
    return Response(answer, 0x9000), keys


# --- results ------------------------------------------------------------------------------


@dataclass
class ChipAuthResult:
    status: str  # valid | invalid | not supported (no CA key in DG14) | not done
    algorithm: str | None = None
    reason: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {"status": self.status, "algorithm": self.algorithm, "reason": self.reason}


@dataclass(frozen=True)
class CamEvidence:
    """What PACE-CAM leaves to check once DG14 is read and passive authentication done."""

    ca_ic: int
    pk_map_ic: bytes  # the chip's mapping public key (GENERAL AUTHENTICATE step 2)
    curve: Any
    oid: str


CLONE_REASON = msg("chip.ca_clone")
CAM_CLONE_REASON = msg("chip.cam_clone")


def check_cam(evidence: CamEvidence, dg14: bytes | None) -> ChipAuthResult:
    name = "PACE-CAM"
    if dg14 is None:
        return ChipAuthResult("not done", name, msg("chip.cam_no_dg14"))
    try:
        _infos, chip_keys = parse_dg14(dg14)
    except CAError as e:
        return ChipAuthResult("not done", name, str(e))
    key = cam_key(chip_keys, evidence.curve)
    if key is None:
        return ChipAuthResult("not done", name, msg("chip.cam_no_key"))
    name = f"PACE-CAM ECDH {key.group.name}"
    if verify_cam(evidence.ca_ic, evidence.pk_map_ic, key):
        return ChipAuthResult("valid", name)
    return ChipAuthResult("invalid", name, CAM_CLONE_REASON)
