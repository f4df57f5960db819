"""Chip Authentication (9303-11 §6.2) and PACE-CAM (§4.4.3.5): a real German chip's
PACE-CAM transcript, real DG14s, then the reader against the in-process virtual passport
with ECDH and DH, 3DES and AES, and a clone."""

from __future__ import annotations

import json

import pytest

from desktop.chip import ca, lds, pace, tlv
from desktop.chip.apdu import Command, Response
from desktop.chip.bac import MrzKey
from desktop.chip.files import Session
from desktop.chip.transport import Stats

H = bytes.fromhex


class Scripted:
    """A card that expects exactly these command APDUs and gives these answers."""

    def __init__(self, exchanges: list[list[str]]) -> None:
        self.exchanges = [(H(c), H(r)) for c, r in exchanges]
        self.stats = Stats()

    def transmit(self, cmd: Command, *, kind: str = "apdu") -> Response:
        want, answer = self.exchanges.pop(0)
        assert cmd.encode().hex() == want.hex()
        return Response.parse(answer)


@pytest.fixture(scope="module")
def vectors(shared_dir):
    return json.loads((shared_dir / "ext-chip" / "vectors.json").read_text())


def test_german_pace_cam_transcript(vectors):
    """A real German chip: PACE-CAM (GM, brainpoolP256r1, AES-128) byte for byte with the
    recorded terminal keys, then EF.CardSecurity read through AES secure messaging; the
    chip's CA data verify against the CA public key EF.CardSecurity carries."""
    v = vectors["gmrtd_de_pace_cam"]
    card = Scripted(v["exchange"])
    session = Session(card)
    scalars = iter([int(v["sk_map_ifd"], 16), int(v["sk_dh_ifd"], 16)])
    infos = lds.parse_card_access(H(v["card_access"]))
    info = pace.establish(session, MrzKey.from_fields(*v["password"]), infos,
                          scalar=lambda _c: next(scalars))  # fmt: skip
    assert info.cam and info.oid == v["oid"] and info.parameter_id == 13
    keys = session.channel.keys
    assert (keys.k_enc.hex(), keys.k_mac.hex()) == (v["ks_enc"], v["ks_mac"])
    evidence = session.cam
    assert isinstance(evidence, ca.CamEvidence)

    # EF.CardSecurity (011D in the MF): SELECT, 4 bytes for the length, then 223-byte reads
    assert session.send(Command(0x00, 0xA4, 0x02, 0x0C, H("011D"))).ok
    data = session.send(Command(0x00, 0xB0, 0x00, 0x00, ne=4)).data
    _tag, total = tlv.header_length(data)
    while len(data) < total:
        want = min(256, total - len(data)) if total - len(data) < 223 else 256
        r = session.send(Command(0x00, 0xB0, len(data) >> 8, len(data) & 0xFF, ne=want))
        assert r.ok
        data += r.data
    assert not card.exchanges and len(data) == total == 1862

    # CardSecurity: ContentInfo { SignedData { eContent: SecurityInfos } }
    from asn1crypto import cms

    signed = cms.ContentInfo.load(data)["content"]
    security_infos = signed["encap_content_info"]["content"].parsed.dump()
    ca_infos, chip_keys = ca.parse_security_infos(security_infos, "EF.CardSecurity")
    key = ca.cam_key(chip_keys, evidence.curve)
    assert key is not None and key.group.name == "BRAINPOOLP256r1"
    assert ca.verify_cam(evidence.ca_ic, evidence.pk_map_ic, key)
    # one bit off in CA_IC, or another chip's key: refused
    assert not ca.verify_cam(evidence.ca_ic ^ 1, evidence.pk_map_ic, key)
    other = ca.parse_dg14(H(vectors["gmrtd_dg14_at"]["dg14"]))[1][0]
    assert not ca.verify_cam(evidence.ca_ic, evidence.pk_map_ic, other)
    assert ca_infos and all(i.agreement == "ECDH" for i in ca_infos)


@pytest.mark.parametrize(
    ("name", "algorithm"),
    [
        ("gmrtd_dg14_at", "ECDH BRAINPOOLP256r1, AES-128"),
        ("gmrtd_dg14_my", "ECDH BRAINPOOLP256r1, 3DES"),
    ],
)
def test_real_dg14s_explicit_brainpool_parameters(vectors, name, algorithm):
    infos, keys = ca.parse_dg14(H(vectors[name]["dg14"]))
    chosen = ca.choose(infos, keys)
    assert chosen is not None and ca.algorithm_name(*chosen) == algorithm


def test_bsi_etsi_dg14_brainpool224(vectors):
    for raw in vectors["pymrtd_dg14_raw"]["dg14"][:2]:
        infos, keys = ca.parse_dg14(H(raw))
        assert ca.algorithm_name(*ca.choose(infos, keys)) == "ECDH BRAINPOOLP224r1, 3DES"
