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
        left = total - len(data)
        want = left if left < 223 else 256  # as the terminal did: Le 256, the chip gives 223
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


# --- the reader against the virtual passport (in process) ---------------------------------


def _read(transport, s, key=None):
    from desktop.chip import csca, reader
    from tests.chip.conftest import key_of

    return reader.read_passport(transport, key or key_of(s), csca.TrustStore([s.pki.csca]))


@pytest.fixture(scope="module")
def ca_specs():
    from virtual_passport import specimen

    def make(**kw):
        return specimen.make_specimen(aa=None, face_bytes=3000, **kw)

    return {
        ("ecdh", "aes"): make(ca="ecdh", ca_cipher="aes"),
        ("ecdh", "3des"): make(ca="ecdh", ca_cipher="3des"),
        ("dh", "aes"): make(ca="dh", ca_cipher="aes"),
        ("dh", "3des"): make(ca="dh", ca_cipher="3des"),
        "clone": make(ca="ecdh", ca_clone=True),
        "clone-dh-3des": make(ca="dh", ca_cipher="3des", ca_clone=True),
        "pace-cam": make(ca="ecdh", pace_cam=True),
        "pace-cam-clone": make(ca="ecdh", pace_cam=True, ca_clone=True),
    }


@pytest.mark.parametrize(
    ("kind", "cipher", "algorithm"),
    [
        ("ecdh", "aes", "ECDH BRAINPOOLP256r1, AES-128"),
        ("ecdh", "3des", "ECDH BRAINPOOLP256r1, 3DES"),
        ("dh", "aes", "DH 1024-bit MODP, AES-128"),
        ("dh", "3des", "DH 1024-bit MODP, 3DES"),
    ],
)
def test_chip_authentication_after_bac(direct, ca_specs, kind, cipher, algorithm):
    s = ca_specs[kind, cipher]
    t = direct(s)
    r = _read(t, s)
    assert r.chip.to_json() == {"status": "valid", "algorithm": algorithm, "reason": None}
    assert r.authentic and r.passive.status == "valid"
    assert sorted(r.raw) == [1, 2, 11, 12, 14]
    # the files after DG14 came under the new keys, with SSC restarted at 0
    channel = t.card.channel
    assert channel.keys.cipher == cipher and channel.ssc < 20
    assert t.stats.by_kind["ca"] == (1 if cipher == "3des" else 2) + 1


def test_chip_authentication_after_pace(direct, ca_specs):
    from desktop.chip.bac import CanKey
    from virtual_passport import specimen

    s = specimen.make_specimen(aa="rsa", face_bytes=3000, ca="ecdh", pace=True)
    r = _read(direct(s), s, CanKey(s.holder.can))
    assert r.access_control == "PACE"
    assert r.chip.status == "valid" and r.active.status == "valid" and r.authentic


@pytest.mark.parametrize("name", ["clone", "clone-dh-3des"])
def test_clone_fails_chip_authentication(direct, ca_specs, name):
    """The genuine chip's files (PA valid) on a chip without DG14's private key."""
    s = ca_specs[name]
    r = _read(direct(s), s)
    assert r.passive.status == "valid" and r.active.status == "not supported"
    assert r.chip.status == "invalid" and "cloned chip" in r.chip.reason
    assert not r.authentic
    assert sorted(r.raw) == [1, 2, 11, 12, 14]  # read on under BAC: the officer sees it


def test_without_dg14_ca_is_not_supported(direct, spec):
    r = _read(direct(spec), spec)
    assert r.chip.status == "not supported" and r.authentic


def test_pace_cam(direct, ca_specs):
    from desktop.chip.bac import CanKey

    s = ca_specs["pace-cam"]
    t = direct(s)
    r = _read(t, s, CanKey(s.holder.can))
    assert r.access_control == "PACE-CAM"
    assert r.chip.to_json() == {
        "status": "valid", "algorithm": "PACE-CAM ECDH BRAINPOOLP256r1", "reason": None
    }  # fmt: skip
    assert r.authentic and "ca" not in t.stats.by_kind  # no separate CA: PACE-CAM did it
    clone = ca_specs["pace-cam-clone"]
    r = _read(direct(clone), clone, CanKey(clone.holder.can))
    assert r.passive.status == "valid"
    assert r.chip.status == "invalid" and r.chip.reason == ca.CAM_CLONE_REASON
    assert not r.authentic


def test_chip_refusing_ca_is_not_authentic(direct, ca_specs):
    s = ca_specs["ecdh", "aes"]
    r = _read(direct(s, ca_private=None), s)  # DG14 offers CA, the chip has no key
    assert r.chip.status == "invalid" and "refused chip authentication" in r.chip.reason
    assert not r.authentic and r.raw[1] == s.files[0x0101]


# --- fuzzing: DG14 as chips send it, mutated --------------------------------------------


def _dg14_seeds() -> list[bytes]:
    from virtual_passport import specimen

    return [
        specimen.dg14([specimen.ca_public_key_info("ecdh", 12345)]),
        specimen.dg14([specimen.ca_public_key_info("dh", 12345)]),
    ]


@pytest.mark.parametrize("seed", _dg14_seeds(), ids=["ecdh-explicit", "dh"])
def test_fuzz_dg14(seed):
    from hypothesis import given

    from tests.chip.test_fuzz import FUZZ, mutations

    @FUZZ
    @given(mutations(seed))
    def check(data: bytes) -> None:
        try:
            infos, keys = ca.parse_dg14(data)
        except ca.CAError:
            return
        ca.choose(infos, keys)

    check()


def test_explicit_curve_that_is_not_a_named_one():
    """secp256k1 is in no ICAO table: its explicit parameters build a curve of their own,
    and key agreement on it gives both ends the same secret."""
    from ecdsa import curves as ecdsa_curves

    from virtual_passport import specimen

    k1 = ecdsa_curves.SECP256k1
    info = specimen.ca_public_key_info("ecdh", 777, k1)
    _infos, keys = ca.parse_dg14(specimen.dg14([info]))
    group = keys[0].group
    assert group.name == "256-bit curve" and group.curve is not k1
    assert keys[0].public == group.public(777)
    assert group.agree(99, keys[0].public) == group.agree(777, group.public(99))
    chosen = ca.choose(*ca.parse_dg14(specimen.dg14([info])))
    assert chosen is not None and chosen[0].cipher == "3des"  # no CAInfo: 3DES, version 1


def test_ca_runs_again_when_the_chip_drops_the_session(direct, ca_specs):
    """After CA, a chip that ends secure messaging gets BAC and then CA again: the files
    that follow still come under keys only the genuine chip has."""
    from desktop.chip import reader
    from desktop.chip.files import DATA_GROUPS, FileReader
    from tests.chip.conftest import key_of

    s = ca_specs["ecdh", "aes"]
    t = direct(s)
    session = Session(t)
    access = reader._Access(session, key_of(s))
    access.open()
    files = FileReader(session, reauthenticate=access.open)
    dg14 = files.read(DATA_GROUPS[14])
    result = reader._chip_authentication(session, access, files, dg14, reader.ReadOptions())
    assert result.status == "valid" and t.stats.by_kind["ca"] == 3
    access.open()  # what FileReader does when the chip drops the session
    assert t.stats.by_kind["ca"] == 5 and t.card.channel.keys.cipher == "aes"
    assert files.read(DATA_GROUPS[1]) == s.files[0x0101]


def test_chip_read_text_names_chip_authentication(direct, ca_specs):
    from desktop.chip.result import result_json
    from desktop.commands.chip import _text

    s = ca_specs["clone"]
    text = _text(result_json(_read(direct(s), s), reader="r", atr=b""))
    assert "  chip authentication: invalid [ECDH BRAINPOOLP256r1, AES-128] (the chip does" in text


@pytest.mark.parametrize(
    ("name", "cam"), [("gmrtd_card_access_at", False), ("gmrtd_card_access_de", True)]
)
def test_real_card_access_pace_cam_chosen_where_offered(vectors, name, cam):
    info = pace.choose(lds.parse_card_access(H(vectors[name]["card_access"])))
    assert info is not None and info.cam is cam and info.parameter_id == 13
