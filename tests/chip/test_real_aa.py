"""Active authentication on real chips' answers (../shared/ext-chip): a real RSA chip's
INTERNAL AUTHENTICATE through 3DES secure messaging (gmrtd), four challenge/signature
pairs "taken from real biometric passport" and Bouncy Castle's ISO 9796-2 vector
(pymrtd). A changed bit is refused."""

from __future__ import annotations

import json

import pytest
from asn1crypto import keys as asn1_keys

from desktop.chip import active_auth, lds
from desktop.chip.apdu import Command, Response
from desktop.chip.cipher import SessionKeys
from desktop.chip.secure_messaging import SecureChannel


@pytest.fixture(scope="module")
def vectors(shared_dir):
    return json.loads((shared_dir / "ext-chip" / "vectors.json").read_text())


def _flip(b: bytes) -> bytes:
    out = bytearray(b)
    out[len(out) // 2] ^= 0x01
    return bytes(out)


def test_real_chip_internal_authenticate_through_secure_messaging(vectors):
    v = vectors["gmrtd_aa_sm"]
    h = bytes.fromhex
    channel = SecureChannel(SessionKeys("3des", h(v["ks_enc"]), h(v["ks_mac"])), h(v["ssc_before"]))
    wrapped = channel.wrap(Command(0x00, 0x88, 0x00, 0x00, h(v["challenge"]), ne=256))
    assert wrapped.encode() == h(v["capdu"])
    answer = channel.unwrap(Response.parse(h(v["rapdu"])))
    assert answer.data == h(v["signature"])
    assert channel.ssc == int.from_bytes(h(v["ssc_after"]), "big")
    key = lds.parse_dg15(h(v["dg15"]))
    r = active_auth.verify(key, [], h(v["challenge"]), answer.data)
    assert r.status == "valid", r.reason
    assert r.algorithm.startswith("RSA ISO/IEC 9796-2")
    assert active_auth.verify(key, [], _flip(h(v["challenge"])), answer.data).status == "invalid"


def test_real_passport_challenge_signature_pairs(vectors):
    v = vectors["pymrtd_aa_real"]
    key = lds.parse_dg15(bytes.fromhex(v["dg15"]))
    assert len(v["cases"]) == 4
    for case in v["cases"]:
        challenge, signature = bytes.fromhex(case["challenge"]), bytes.fromhex(case["signature"])
        assert active_auth.verify(key, [], challenge, signature).status == "valid"
        assert active_auth.verify(key, [], challenge, _flip(signature)).status == "invalid"


def test_bouncy_castle_iso9796_2_vector(vectors):
    v = vectors["pymrtd_aa_bc"]
    key = asn1_keys.PublicKeyInfo.load(bytes.fromhex(v["spki"]))
    challenge, signature = bytes.fromhex(v["challenge"]), bytes.fromhex(v["signature"])
    assert active_auth.verify(key, [], challenge, signature).status == "valid"
    assert active_auth.verify(key, [], _flip(challenge), signature).status == "invalid"


def test_ecdsa_active_authentication_with_an_explicit_brainpool_key():
    """DG15 with brainpoolP256r1 written out in explicit parameters (`cryptography`
    refuses to load it): verified through desktop.chip.pki; a wrong signature refused;
    a key nobody can use is "not done", not forged."""
    import hashlib

    import ecdsa

    from desktop.chip.lds import SecurityInfo

    curve = ecdsa.BRAINPOOLP256r1
    fp, g = curve.curve, curve.generator
    size = 32
    sk = ecdsa.SigningKey.generate(curve=curve)
    info = asn1_keys.PublicKeyInfo({
        "algorithm": {"algorithm": "ec", "parameters": ("specified", {
            "version": "ecdpVer1",
            "field_id": {"field_type": "prime_field", "parameters": fp.p()},
            "curve": {"a": fp.a().to_bytes(size, "big"), "b": fp.b().to_bytes(size, "big")},
            "base": b"\x04" + g.x().to_bytes(size, "big") + g.y().to_bytes(size, "big"),
            "order": curve.order, "cofactor": 1,
        })},
        "public_key": b"\x04" + sk.get_verifying_key().to_string(),
    })  # fmt: skip
    infos = [SecurityInfo(active_auth.ACTIVE_AUTHENTICATION_OID, 1, "1.2.840.10045.4.3.2")]
    challenge = bytes(range(8))
    signature = sk.sign(challenge, hashfunc=hashlib.sha256)  # plain r||s
    r = active_auth.verify(info, infos, challenge, signature)
    assert r.status == "valid" and r.algorithm == "ECDSA-SHA256", r.reason
    assert active_auth.verify(info, infos, _flip(challenge), signature).status == "invalid"
    # the base point off the curve: no key to check with
    bad = asn1_keys.PublicKeyInfo.load(info.dump())
    bad["algorithm"]["parameters"].chosen["base"] = b"\x04" + bytes(2 * size)
    bad = asn1_keys.PublicKeyInfo.load(bad.dump(force=True))
    assert active_auth.verify(bad, infos, challenge, signature).status == "not done"
