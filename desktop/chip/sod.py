"""EF.SOD (9303-10 §4.6.2): a CMS SignedData whose content is the LDSSecurityObject, the
hash of every data group, signed by the Document Signer. Parsing only; verification is
in passive_auth. Malformed input raises `SODError`, nothing else."""

from __future__ import annotations

from dataclasses import dataclass

from asn1crypto import algos, cms, core
from asn1crypto import x509 as asn1_x509

from desktop.chip import der, tlv
from desktop.chip.errors import ParseError
from desktop.messages import define, msg

define(
    {
        "sod.signed_data_version": "EF.SOD: SignedData version {version}, v3 expected",
        "sod.lds_version": "EF.SOD: LDS version {version!r} is not of the form 'aabb'",
        "sod.lso_v1": "EF.SOD: LDSSecurityObject v{version} with LDS info, v1 expected",
        "sod.lso_v0": "EF.SOD: LDSSecurityObject v{version} without LDS info, v0 expected",
    }
)

LDS_SECURITY_OBJECT_OID = "2.23.136.1.1.1"
ID_DATA_OID = "1.2.840.113549.1.7.1"  # some states (CN) sign the LDS security object as id-data
SOD_TAG = 0x77


class SODError(ParseError):
    pass


class DataGroupHash(core.Sequence):
    _fields = [  # noqa: RUF012 - asn1crypto's declaration style
        ("data_group_number", core.Integer),
        ("data_group_hash_value", core.OctetString),
    ]


class DataGroupHashValues(core.SequenceOf):
    _child_spec = DataGroupHash


class LDSVersionInfo(core.Sequence):
    _fields = [  # noqa: RUF012
        ("lds_version", core.PrintableString),
        ("unicode_version", core.PrintableString),
    ]


class LDSSecurityObject(core.Sequence):
    _fields = [  # noqa: RUF012
        ("version", core.Integer),
        ("hash_algorithm", algos.DigestAlgorithm),
        ("data_group_hash_values", DataGroupHashValues),
        ("lds_version_info", LDSVersionInfo, {"optional": True}),
    ]


HASH_NAMES = {"sha1", "sha224", "sha256", "sha384", "sha512"}


@dataclass(frozen=True)
class SOD:
    hash_algorithm: str  # of the data group hashes
    hashes: dict[int, bytes]
    lds_version: str | None
    econtent: bytes  # the DER of the LDSSecurityObject, as signed
    signer_info: cms.SignerInfo
    certificates: list[bytes]  # DER, as embedded
    raw: bytes
    content_type: str = LDS_SECURITY_OBJECT_OID  # the eContentType, as signed
    warnings: tuple[str, ...] = ()  # departures from 9303-10 that do not stop the check

    @property
    def digest_algorithm(self) -> str:
        return self.signer_info["digest_algorithm"]["algorithm"].native


def _unwrap(raw: bytes) -> bytes:
    if raw[:2] == b"\x77\x80":  # indefinite length (BER): the CMS inside ends itself
        return raw[2:-2] if raw.endswith(b"\x00\x00") else raw[2:]
    outer = tlv.decode_one(raw)
    if outer.tag != SOD_TAG:
        raise SODError(f"EF.SOD starts with tag {outer.tag:X}, 77 expected")
    return outer.value


def parse(raw: bytes) -> SOD:
    """Raises SODError for malformed input; anything else is a bug."""
    try:
        inner = _unwrap(raw)
    except tlv.TLVError as e:
        raise SODError(f"EF.SOD: {e}") from None
    try:
        # BER indefinite length: trailing end-of-contents allowed
        info = der.load(cms.ContentInfo, inner, strict=raw[:2] != b"\x77\x80")
    except der.DECODE_ERRORS as e:
        raise SODError(f"EF.SOD is not a valid CMS SignedData: {e}") from None
    return _parse(raw, info)


def _parse(raw: bytes, info: cms.ContentInfo) -> SOD:
    warnings: list[str] = []
    if info["content_type"].native != "signed_data":
        raise SODError("EF.SOD does not hold a CMS SignedData")
    signed = info["content"]
    if signed["version"].native != "v3":
        warnings.append(msg("sod.signed_data_version", version=signed["version"].native))
    encap = signed["encap_content_info"]
    content_type = encap["content_type"].dotted
    if content_type not in (LDS_SECURITY_OBJECT_OID, ID_DATA_OID):
        raise SODError(f"EF.SOD signs {content_type}, not an LDS security object")
    content = encap["content"]
    if content.native is None:
        raise SODError("EF.SOD has no signed content")
    econtent = content.native
    if not isinstance(econtent, bytes):
        raise SODError("EF.SOD content is not an OCTET STRING")
    try:  # BER allowed: some SODs use indefinite lengths
        lso = der.load(LDSSecurityObject, econtent, strict=False)
    except der.DECODE_ERRORS as e:
        raise SODError(f"EF.SOD's LDS security object is malformed: {e}") from None
    hash_name = lso["hash_algorithm"]["algorithm"].native
    if hash_name not in HASH_NAMES:
        raise SODError(f"EF.SOD uses an unknown hash algorithm {hash_name}")
    hashes: dict[int, bytes] = {}
    for entry in lso["data_group_hash_values"]:
        number = entry["data_group_number"].native
        if not 1 <= number <= 16 or number in hashes:
            raise SODError(f"EF.SOD lists data group {number} wrongly")
        hashes[number] = entry["data_group_hash_value"].native
    version = None
    lso_version = lso["version"].native
    if lso["lds_version_info"].native is not None:
        version = lso["lds_version_info"]["lds_version"].native
        if not (isinstance(version, str) and len(version) == 4 and version.isdigit()):
            warnings.append(msg("sod.lds_version", version=version))
        if lso_version != 1:
            warnings.append(msg("sod.lso_v1", version=lso_version))
    elif lso_version != 0:
        warnings.append(msg("sod.lso_v0", version=lso_version))
    signers = signed["signer_infos"]
    if len(signers) != 1:
        raise SODError(f"EF.SOD has {len(signers)} signers, one expected")
    signer = signers[0]
    certs: list[bytes] = []
    for choice in signed["certificates"] or []:
        if choice.name == "certificate":
            cert: asn1_x509.Certificate = choice.chosen
            certs.append(cert.dump())
    return SOD(
        hash_name, hashes, version, econtent, signer, certs, raw, content_type, tuple(warnings)
    )
