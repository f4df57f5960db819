"""A specimen e-passport made at run time: test PKI (CSCA -> Document Signer), active
authentication keys (RSA or EC), the LDS files and an EF.SOD that signs them. Used by the
virtual card in tests, the bench and the demo. Nothing here is committed to disk: the
keys live as long as the process (cached, since RSA key generation is slow)."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import random
from dataclasses import dataclass, field
from typing import Any

from asn1crypto import algos, cms, core
from asn1crypto import keys as asn1_keys
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

from desktop.chip import tlv
from desktop.chip.sod import LDS_SECURITY_OBJECT_OID, DataGroupHashValues, LDSSecurityObject
from desktop.documents import mrz

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey

# BSI TR-03111 ecdsa-plain-signatures, as DG14's ActiveAuthenticationInfo names them
ECDSA_PLAIN_SHA256 = "0.4.0.127.0.7.1.1.4.1.3"
ACTIVE_AUTHENTICATION_OID = "2.23.136.1.1.5"


@functools.lru_cache(maxsize=8)
def rsa_key(bits: int = 2048, slot: int = 0) -> rsa.RSAPrivateKey:
    """Process-wide cache: generating RSA keys is the slow part of a test session."""
    del slot  # distinct cache entries for distinct keys of the same size
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


@functools.lru_cache(maxsize=8)
def ec_key(curve: str = "secp256r1", slot: int = 0) -> ec.EllipticCurvePrivateKey:
    del slot
    curves = {"secp256r1": ec.SECP256R1(), "brainpoolP256r1": ec.BrainpoolP256R1()}
    return ec.generate_private_key(curves[curve])


def _name(country: str, cn: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, country),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Utopia Passport Office (TEST)"),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


def _sign_hash(key: PrivateKey) -> hashes.HashAlgorithm:
    return hashes.SHA256()


@dataclass
class PKI:
    csca_key: PrivateKey
    csca: x509.Certificate
    dsc_key: PrivateKey
    dsc: x509.Certificate
    crl: x509.CertificateRevocationList | None = None


def make_pki(
    country: str = "UT",
    *,
    kind: str = "ec",
    now: dt.datetime | None = None,
    dsc_valid_days: int = 3650,
    dsc_not_before_days: int = -1,
    revoke_dsc: bool = False,
) -> PKI:
    """CSCA -> DSC. `kind` "ec" (P-256), "rsa" (PKCS#1 v1.5) or "rsa-pss" for the DSC."""
    now = now or dt.datetime.now(dt.UTC)
    csca_key: PrivateKey = ec_key("secp256r1", 10) if kind == "ec" else rsa_key(2048, 10)
    dsc_key: PrivateKey = ec_key("secp256r1", 11) if kind == "ec" else rsa_key(2048, 11)
    csca_name = _name(country, "CSCA Utopia TEST")
    csca = (
        x509.CertificateBuilder()
        .subject_name(csca_name)
        .issuer_name(csca_name)
        .public_key(csca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=30))
        .not_valid_after(now + dt.timedelta(days=5000))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(csca_key.public_key()), False)
        .sign(csca_key, _sign_hash(csca_key))
    )
    dsc = (
        x509.CertificateBuilder()
        .subject_name(_name(country, "Document Signer Utopia TEST 01"))
        .issuer_name(csca_name)
        .public_key(dsc_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now + dt.timedelta(days=dsc_not_before_days))
        .not_valid_after(now + dt.timedelta(days=dsc_not_before_days + dsc_valid_days))
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, False, False, False, False),
            critical=True,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(csca_key.public_key()), False
        )
        .sign(csca_key, _sign_hash(csca_key))
    )
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(csca_name)
        .last_update(now - dt.timedelta(days=1))
        .next_update(now + dt.timedelta(days=30))
    )
    if revoke_dsc:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(dsc.serial_number)
            .revocation_date(now - dt.timedelta(hours=1))
            .build()
        )
    crl = builder.sign(csca_key, hashes.SHA256())
    return PKI(csca_key, csca, dsc_key, dsc, crl)


# --- LDS files -------------------------------------------------------------------------


@dataclass
class Holder:
    surname: str = "ERIKSSON"
    given_names: str = "ANNA MARIA"
    document_number: str = "C4X9T7L21"
    issuing_state: str = "UTO"
    nationality: str = "UTO"
    birth_date: str = "740812"
    sex: str = "F"
    expiry_date: str = "340415"
    optional_data: str = "ZE184226B"
    can: str = "123456"


def td3_lines(h: Holder) -> list[str]:
    return list(
        mrz.compose(
            mrz.TD3,
            document_code="P",
            issuing_state=h.issuing_state,
            surname=h.surname,
            given_names=h.given_names,
            document_number=h.document_number,
            nationality=h.nationality,
            birth_date=h.birth_date,
            sex=h.sex,
            expiry_date=h.expiry_date,
            optional_data=h.optional_data,
        )
    )


def face_image(target_bytes: int = 20_000, fmt: str = "jpeg") -> bytes:
    """A synthetic portrait of about `target_bytes` (JPEG or JPEG 2000)."""
    from PIL import Image, ImageDraw, ImageFilter

    rnd = random.Random(9303)
    w, h = 360, 480
    img = Image.new("RGB", (w, h), (200, 205, 215))
    draw = ImageDraw.Draw(img)
    draw.ellipse((90, 80, 270, 320), fill=(224, 190, 160))
    draw.rectangle((60, 330, 300, 480), fill=(40, 60, 110))
    for cx in (140, 220):
        draw.ellipse((cx - 15, 170, cx + 15, 190), fill=(60, 40, 30))
    draw.arc((130, 230, 230, 280), 20, 160, fill=(150, 60, 60), width=5)
    noise = Image.frombytes("L", (w, h), bytes(rnd.getrandbits(8) for _ in range(w * h)))
    img = Image.blend(img, Image.merge("RGB", (noise, noise, noise)), 0.18)
    img = img.filter(ImageFilter.SMOOTH)

    def encode(q: int) -> bytes:
        out = io.BytesIO()
        if fmt == "jpeg":
            img.save(out, "JPEG", quality=q)
        else:
            img.save(out, "JPEG2000", quality_mode="rates", quality_layers=[q], irreversible=True)
        return out.getvalue()

    if fmt == "jpeg":
        lo, hi = 5, 95  # largest quality under the target
        best = encode(lo)
        while lo <= hi:
            mid = (lo + hi) // 2
            data = encode(mid)
            if len(data) <= target_bytes:
                best, lo = data, mid + 1
            else:
                hi = mid - 1
        return best
    ratio = max(2, round(w * h * 3 / target_bytes))
    return encode(ratio)


def iso19794_5(image: bytes, fmt: str, width: int = 360, height: int = 480) -> bytes:
    """An ISO/IEC 19794-5:2005 facial record with one image (9303-10 DG2)."""
    image_info = bytes([1, 0 if fmt == "jpeg" else 1])  # full frontal; JPEG / JPEG 2000
    image_info += width.to_bytes(2, "big") + height.to_bytes(2, "big")
    image_info += bytes([1, 2]) + bytes(2) + bytes(2)  # sRGB, digital camera, device, quality
    facial = bytes(2)  # no feature points
    facial += bytes([2, 1, 1]) + bytes(3) + bytes(2) + bytes(3) + bytes(3)  # F, eyes, hair...
    block = facial + image_info + image
    block = (len(block) + 4).to_bytes(4, "big") + block
    header = b"FAC\x00" + b"010\x00" + (14 + len(block)).to_bytes(4, "big") + (1).to_bytes(2, "big")
    return header + block


def iso39794_5(image: bytes, fmt: str, width: int = 360, height: int = 480) -> bytes:
    """The ISO/IEC 39794-5 face image data block (DER) that DG2 carries in DO'7F2E'."""
    code = 2 if fmt == "jpeg" else 3  # jpeg, jpeg2000 lossy

    def t(tag: int, value: bytes) -> bytes:
        return tlv.encode(tag, value)

    def integer(tag: int, n: int) -> bytes:
        return t(tag, n.to_bytes((n.bit_length() + 8) // 8, "big"))

    size = t(0xA7, integer(0x80, width) + integer(0x81, height))
    info = t(0xA1, t(0xA0, integer(0x80, code)) + size)
    two_d = t(0xA0, t(0x80, image) + info)
    representation = t(0x30, integer(0x80, 1) + t(0xA1, t(0xA0, two_d)))
    version = t(0xA0, integer(0x80, 3) + integer(0x81, 2019))
    return t(0x65, version + t(0xA1, representation))


def dg2(
    image: bytes, fmt: str, container: str = "19794", size: tuple[int, int] = (360, 480)
) -> bytes:
    bht = tlv.encode(0x80, b"\x01\x01") + tlv.encode(0x81, b"\x02")
    if container == "19794":
        bht += tlv.encode(0x87, b"\x01\x01") + tlv.encode(0x88, b"\x00\x08")
        bdb = tlv.encode(0x5F2E, iso19794_5(image, fmt, *size))
    else:
        bht += tlv.encode(0x87, b"\x01\x01") + tlv.encode(0x88, b"\x00\x09")
        bdb = tlv.encode(0x7F2E, iso39794_5(image, fmt, *size))
    instance = tlv.encode(0x7F60, tlv.encode(0xA1, bht) + bdb)
    return tlv.encode(0x75, tlv.encode(0x7F61, tlv.encode(0x02, b"\x01") + instance))


def dg1(lines: list[str]) -> bytes:
    return tlv.encode(0x61, tlv.encode(0x5F1F, "".join(lines).encode("ascii")))


def dg11(h: Holder) -> bytes:
    name = f"{h.surname}<<{h.given_names.replace(' ', '<')}".encode()
    body = tlv.encode(0x5C, b"\x5f\x0e\x5f\x11") + tlv.encode(0x5F0E, name)
    body += tlv.encode(0x5F11, b"UTOPIA CITY")
    return tlv.encode(0x6B, body)


def dg12() -> bytes:
    body = tlv.encode(0x5C, b"\x5f\x19\x5f\x26") + tlv.encode(0x5F19, b"PASSPORT OFFICE UTOPIA")
    body += tlv.encode(0x5F26, b"20240416")
    return tlv.encode(0x6C, body)


def aa_info(signature_oid: str) -> bytes:
    """An ActiveAuthenticationInfo (9303-11 §6.1) naming the ECDSA AA algorithm."""
    return tlv.encode(
        0x30,
        core.ObjectIdentifier(ACTIVE_AUTHENTICATION_OID).dump()
        + core.Integer(1).dump()
        + core.ObjectIdentifier(signature_oid).dump(),
    )


def dg14_aa_info(signature_oid: str) -> bytes:
    """SecurityInfos with an ActiveAuthenticationInfo (9303-11 §6.1) for ECDSA AA."""
    return tlv.encode(0x6E, tlv.encode(0x31, aa_info(signature_oid)))


# Chip Authentication: kind -> (CA protocol OID for 3DES and AES-128)
CA_OIDS = {
    ("ecdh", "3des"): "0.4.0.127.0.7.2.2.3.2.1",
    ("ecdh", "aes"): "0.4.0.127.0.7.2.2.3.2.2",
    ("dh", "3des"): "0.4.0.127.0.7.2.2.3.1.1",
    ("dh", "aes"): "0.4.0.127.0.7.2.2.3.1.2",
}


def ca_public_key_info(kind: str, private: int, curve: object = None) -> bytes:
    """A ChipAuthenticationPublicKeyInfo: ECDH with explicit domain parameters (as real
    DG14s carry them; brainpoolP256r1 unless `curve`, an ecdsa curve, says otherwise), or
    DH in the RFC 5114 1024-bit group (X9.42)."""
    from ecdsa import curves as ecdsa_curves

    from desktop.chip import ca

    if kind == "ecdh":
        c: Any = curve or ecdsa_curves.BRAINPOOLP256r1
        cfp, g = c.curve, c.generator
        size = (cfp.p().bit_length() + 7) // 8
        point = c.generator * private
        params = asn1_keys.ECDomainParameters(
            name="specified",
            value=asn1_keys.SpecifiedECDomain(
                {
                    "version": "ecdpVer1",
                    "field_id": {"field_type": "prime_field", "parameters": cfp.p()},
                    "curve": {
                        "a": cfp.a().to_bytes(size, "big"),
                        "b": cfp.b().to_bytes(size, "big"),
                    },
                    "base": b"\x04" + g.x().to_bytes(size, "big") + g.y().to_bytes(size, "big"),
                    "order": c.order,
                    "cofactor": 1,
                }
            ),
        )
        public = b"\x04" + point.x().to_bytes(size, "big") + point.y().to_bytes(size, "big")
        algorithm = tlv.encode(0x30, core.ObjectIdentifier(ca.EC_PUBLIC_KEY).dump() + params.dump())
        protocol = ca.PK_ECDH
    else:
        y = pow(ca.RFC5114_G, private, ca.RFC5114_P)
        params = asn1_keys.DomainParameters(
            {"p": ca.RFC5114_P, "g": ca.RFC5114_G, "q": ca.RFC5114_Q}
        )
        public = core.Integer(y).dump()
        algorithm = tlv.encode(
            0x30, core.ObjectIdentifier(ca.DH_PUBLIC_NUMBER).dump() + params.dump()
        )
        protocol = ca.PK_DH
    spki = tlv.encode(0x30, algorithm + tlv.encode(0x03, b"\x00" + public))
    return tlv.encode(0x30, core.ObjectIdentifier(protocol).dump() + spki)


def ca_private_key(kind: str) -> int:
    import secrets

    from desktop.chip import ca

    if kind == "ecdh":
        from ecdsa import curves as ecdsa_curves

        return secrets.randbelow(ecdsa_curves.BRAINPOOLP256r1.order - 1) + 1
    return secrets.randbelow(ca.RFC5114_Q - 1) + 1


def dg14(infos: list[bytes]) -> bytes:
    return tlv.encode(0x6E, tlv.encode(0x31, b"".join(infos)))


def dg15(key: PrivateKey) -> bytes:
    spki = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    asn1_keys.PublicKeyInfo.load(spki)  # sanity: it is an SPKI
    return tlv.encode(0x6F, spki)


def ef_com(dg_numbers: list[int]) -> bytes:
    tags = {1: 0x61, 2: 0x75, 11: 0x6B, 12: 0x6C, 14: 0x6E, 15: 0x6F}
    body = tlv.encode(0x5F01, b"0107") + tlv.encode(0x5F36, b"040000")
    body += tlv.encode(0x5C, bytes(tags[n] for n in dg_numbers))
    return tlv.encode(0x60, body)


def sign_sod(
    data_groups: dict[int, bytes], pki: PKI, *, kind: str = "ec", hash_name: str = "sha256"
) -> bytes:
    """EF.SOD over the data groups, signed by the DSC (9303-10 §4.6.2, RFC 5652)."""
    hfunc = getattr(hashlib, hash_name)
    lso = LDSSecurityObject(
        {
            "version": 0,
            "hash_algorithm": {"algorithm": hash_name},
            "data_group_hash_values": DataGroupHashValues(
                [
                    {"data_group_number": n, "data_group_hash_value": hfunc(d).digest()}
                    for n, d in sorted(data_groups.items())
                ]
            ),
        }
    ).dump()
    signed_attrs = cms.CMSAttributes(
        [
            {"type": "content_type", "values": [LDS_SECURITY_OBJECT_OID]},
            {"type": "signing_time", "values": [cms.Time({"utc_time": dt.datetime.now(dt.UTC)})]},
            {"type": "message_digest", "values": [hashlib.sha256(lso).digest()]},
        ]
    )
    to_sign = signed_attrs.dump()  # a SET (0x31): what CMS signs
    key = pki.dsc_key
    if isinstance(key, ec.EllipticCurvePrivateKey):
        signature = key.sign(to_sign, ec.ECDSA(hashes.SHA256()))
        sig_alg: dict = {"algorithm": "sha256_ecdsa"}
    elif kind == "rsa-pss":
        signature = key.sign(
            to_sign,
            padding.PSS(padding.MGF1(hashes.SHA256()), 32),
            hashes.SHA256(),
        )
        sig_alg = {
            "algorithm": "rsassa_pss",
            "parameters": {
                "hash_algorithm": {"algorithm": "sha256"},
                "mask_gen_algorithm": {
                    "algorithm": "mgf1",
                    "parameters": {"algorithm": "sha256"},
                },
                "salt_length": 32,
                "trailer_field": "trailer_field_bc",
            },
        }
    else:
        signature = key.sign(to_sign, padding.PKCS1v15(), hashes.SHA256())
        sig_alg = {"algorithm": "sha256_rsa"}
    dsc_asn1 = cms.Certificate.load(pki.dsc.public_bytes(serialization.Encoding.DER))
    signer = cms.SignerInfo(
        {
            "version": "v1",
            "sid": cms.SignerIdentifier(
                "issuer_and_serial_number",
                {
                    "issuer": dsc_asn1.issuer,
                    "serial_number": dsc_asn1.serial_number,
                },
            ),
            "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
            "signed_attrs": signed_attrs,
            "signature_algorithm": algos.SignedDigestAlgorithm(sig_alg),
            "signature": signature,
        }
    )
    signed_data = cms.SignedData(
        {
            "version": "v3",
            "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
            "encap_content_info": {
                "content_type": LDS_SECURITY_OBJECT_OID,
                "content": core.ParsableOctetString(lso),
            },
            "certificates": [dsc_asn1],
            "signer_infos": [signer],
        }
    )
    info = cms.ContentInfo({"content_type": "signed_data", "content": signed_data})
    return tlv.encode(0x77, info.dump())


@dataclass
class Specimen:
    """Everything the virtual passport holds, and the trust anchor to verify it."""

    holder: Holder
    files: dict[int, bytes]  # by file identifier
    pki: PKI
    aa_key: PrivateKey | None
    face: bytes
    face_format: str
    extra: dict[str, str] = field(default_factory=dict)
    ca_private: str | None = None  # the chip's CA private key (hex), when it does CA

    @property
    def mrz_lines(self) -> list[str]:
        return td3_lines(self.holder)

    @property
    def csca_pem(self) -> bytes:
        return self.pki.csca.public_bytes(serialization.Encoding.PEM)


def make_specimen(
    *,
    holder: Holder | None = None,
    pki_kind: str = "ec",
    aa: str | None = "rsa",
    face_bytes: int = 20_000,
    face_format: str = "jpeg",
    container: str = "19794",
    revoke_dsc: bool = False,
    dsc_valid_days: int = 3650,
    dsc_not_before_days: int = -1,
    pace: bool = False,
    ca: str | None = None,
    ca_cipher: str = "aes",
    ca_clone: bool = False,
    pace_cam: bool = False,
    face: bytes | None = None,
) -> Specimen:
    """`aa`: "rsa" (ISO 9796-2), "ec" (ECDSA, DG14 names the algorithm) or None.
    `pace`: an EF.CardAccess offering PACE ECDH-GM AES-128 on brainpoolP256r1.
    `ca`: Chip Authentication "ecdh" (brainpoolP256r1) or "dh" (RFC 5114 1024-bit) with
    `ca_cipher` "aes" or "3des"; `ca_clone`: the chip holds another key than DG14's (a
    clone of a genuine chip's files). `pace_cam`: EF.CardAccess offers PACE-GM and
    PACE-CAM (needs `ca="ecdh"`), as German passports do. `face`: the DG2 image to use
    instead of the synthetic drawing."""
    holder = holder or Holder()
    pki = make_pki(
        kind=pki_kind,
        revoke_dsc=revoke_dsc,
        dsc_valid_days=dsc_valid_days,
        dsc_not_before_days=dsc_not_before_days,
    )
    size = (360, 480)
    if face is None:
        face = face_image(face_bytes, face_format)
    else:  # a real portrait (the demo traveller's, issue 18), JPEG or JPEG 2000 as given
        from PIL import Image

        with Image.open(io.BytesIO(face)) as img:
            size, face_format = img.size, "jpeg" if img.format == "JPEG" else "jp2"
    groups: dict[int, bytes] = {
        1: dg1(td3_lines(holder)),
        2: dg2(face, face_format, container, size),
        11: dg11(holder),
        12: dg12(),
    }
    aa_key: PrivateKey | None = None
    security_infos: list[bytes] = []
    if aa == "rsa":
        aa_key = rsa_key(2048, 20)
    elif aa == "ec":
        aa_key = ec_key("brainpoolP256r1", 21)
        security_infos.append(aa_info(ECDSA_PLAIN_SHA256))
    ca_private: int | None = None
    if ca is not None:
        ca_private = ca_private_key(ca)
        ca_info = core.ObjectIdentifier(CA_OIDS[ca, ca_cipher]).dump() + core.Integer(1).dump()
        security_infos += [tlv.encode(0x30, ca_info), ca_public_key_info(ca, ca_private)]
        if ca_clone:  # the files of a genuine chip, another key in the clone's chip
            ca_private = ca_private_key(ca)
    if security_infos:
        groups[14] = dg14(security_infos)
    if aa_key is not None:
        groups[15] = dg15(aa_key)
    files = {0x0100 + n: data for n, data in groups.items()}
    files[0x011E] = ef_com(sorted(groups))
    files[0x011D] = sign_sod(groups, pki, kind=pki_kind)
    if pace or pace_cam:
        from desktop.chip.pace import card_access_file

        cam = ("0.4.0.127.0.7.2.2.4.6.2",) if pace_cam else ()
        files[0x011C] = card_access_file(13, "0.4.0.127.0.7.2.2.4.2.2", *cam)
    return Specimen(
        holder, files, pki, aa_key, face, face_format,
        ca_private=f"{ca_private:x}" if ca_private is not None else None,
    )  # fmt: skip
