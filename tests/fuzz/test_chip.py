"""Chip parsers the older fuzz tests (tests/chip/test_fuzz.py) do not reach: secure
messaging `unwrap` behind a valid MAC, PACE point decoding (the invalid-curve defence),
CSCA certificates, CRLs and master lists; and the bugs the fuzzing found, pinned."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from asn1crypto import cms
from hypothesis import example, given
from hypothesis import strategies as st

from desktop.chip import csca, lds, pace, pki, sod, tlv
from desktop.chip.apdu import Response
from desktop.chip.cipher import SessionKeys, pad
from desktop.chip.errors import ChipProtocolError, SecureMessagingError
from desktop.errors import UsageError
from tests.fuzz.strategies import FUZZ, mutations

# --- secure messaging ---------------------------------------------------------------------

SUITES = {
    "3des": SessionKeys("3des", bytes(range(24)), bytes(range(24, 48))),
    "aes": SessionKeys("aes", bytes(range(16)), bytes(range(16, 32))),
}
SM_TAGS = st.sampled_from([0x85, 0x87, 0x99, 0x97, 0x8E, 0x53, 0x01])


@FUZZ
@given(
    st.sampled_from(sorted(SUITES)),
    st.lists(st.tuples(SM_TAGS, st.binary(max_size=40)), max_size=4),
    st.booleans(),
    st.integers(0, 0xFFFF),
)
def test_unwrap_behind_a_valid_mac(suite, objects, plain_mac, sw):
    """Any objects, MACed with the session's keys and counter as a chip would: `unwrap`
    either opens them or raises SecureMessagingError."""
    from desktop.chip.secure_messaging import SecureChannel

    keys = SUITES[suite]
    ssc = bytes(8 if suite == "3des" else 16)
    reader, chip = SecureChannel(keys, ssc), SecureChannel(keys, ssc)
    body = b"".join(tlv.encode(t, v) for t, v in objects)
    counter = chip._next_ssc()
    macced = b"".join(tlv.encode(t, v) for t, v in objects if t in (0x85, 0x87, 0x99))
    mac = chip._mac(counter, macced) if plain_mac else b"\x00" * 8
    try:
        got = reader.unwrap(Response(body + tlv.encode(0x8E, mac), sw))
    except SecureMessagingError:
        return
    assert isinstance(got, Response) and plain_mac


@FUZZ
@given(st.sampled_from(sorted(SUITES)), st.binary(max_size=300), st.integers(0, 0xFFFF))
def test_unwrap_of_a_sealed_response_round_trips(suite, data, sw):
    from desktop.chip.secure_messaging import SecureChannel

    keys = SUITES[suite]
    ssc = bytes(8 if suite == "3des" else 16)
    sealed = SecureChannel(keys, ssc).seal_response(Response(data, sw))
    assert SecureChannel(keys, ssc).unwrap(sealed) == Response(data, sw)


@FUZZ
@given(st.sampled_from(sorted(SUITES)), st.binary(max_size=120), st.integers(0, 0xFFFF))
def test_unwrap_of_garbage(suite, data, sw):
    from desktop.chip.secure_messaging import SecureChannel

    keys = SUITES[suite]
    with contextlib.suppress(SecureMessagingError):
        SecureChannel(keys, bytes(keys.block)).unwrap(Response(data, sw))
        raise AssertionError("unprotected data accepted")  # a 2^-64 MAC guess at best


def test_decrypted_bad_padding_behind_a_valid_mac_is_refused():
    from desktop.chip.secure_messaging import SecureChannel

    keys = SUITES["aes"]
    chip = SecureChannel(keys, bytes(16))
    counter = chip._next_ssc()
    enc = keys.encrypt(counter, b"\x01" * 16)  # no 80 00.. padding inside
    body = tlv.encode(0x87, b"\x01" + enc) + tlv.encode(0x99, b"\x90\x00")
    resp = Response(body + tlv.encode(0x8E, chip._mac(counter, body)), 0x9000)
    with pytest.raises(SecureMessagingError, match="bad padding"):
        SecureChannel(keys, bytes(16)).unwrap(resp)
    assert pad(b"", 16) == b"\x80" + bytes(15)


# --- PACE point decoding -----------------------------------------------------------------

CURVES = sorted(pace.CURVES)
# a few points on each curve (pure-Python scalar multiplication is slow: made once)
POINTS = {
    pid: [pace.encode_point(c.generator * k, c) for k in (1, 2, 0x1234567, c.order - 1)]
    for pid, c in pace.CURVES.items()
}


def _on_curve(curve, x: int, y: int) -> bool:
    return curve.curve.contains_point(x, y) and x < curve.curve.p() and y < curve.curve.p()


def _point_bytes(pid: int) -> st.SearchStrategy[tuple[int, bytes]]:
    size = pace.CURVES[pid].baselen
    return st.tuples(
        st.just(pid),
        st.binary(min_size=2 * size + 1, max_size=2 * size + 1)
        | st.binary(max_size=8)
        | st.sampled_from(POINTS[pid]).flatmap(lambda good: st.just(good) | mutations(good, 2)),
    )


@FUZZ
@given(st.sampled_from(CURVES).flatmap(_point_bytes))
@example((13, b"\x04" + (1).to_bytes(32, "big") + (2).to_bytes(32, "big")))  # off the curve
def test_decode_point_accepts_exactly_the_points_on_the_curve(item):
    pid, raw = item
    curve = pace.CURVES[pid]
    size = curve.baselen
    ok = (
        len(raw) == 2 * size + 1
        and raw[0] == 4
        and _on_curve(
            curve, int.from_bytes(raw[1 : 1 + size], "big"), int.from_bytes(raw[1 + size :], "big")
        )
    )
    try:
        point = pace.decode_point(raw, curve)
    except ChipProtocolError:
        assert not ok
        return
    assert ok and pace.encode_point(point, curve) == raw


@pytest.mark.parametrize("pid", CURVES)
def test_off_curve_and_non_canonical_points_are_refused(pid):
    """The invalid-curve defence: a point off the curve (or a coordinate not reduced mod p,
    which names an on-curve point with another encoding) never reaches the scalar
    multiplication with our private key."""
    curve = pace.CURVES[pid]
    size, p = curve.baselen, curve.curve.p()
    good = curve.generator * 7
    x, y = good.x(), good.y()
    off = b"\x04" + x.to_bytes(size, "big") + ((y + 1) % p).to_bytes(size, "big")
    with pytest.raises(ChipProtocolError, match="not on the curve"):
        pace.decode_point(off, curve)
    if x + p < 1 << (8 * size):
        unreduced = b"\x04" + (x + p).to_bytes(size, "big") + y.to_bytes(size, "big")
        with pytest.raises(ChipProtocolError, match="not on the curve"):
            pace.decode_point(unreduced, curve)
    with pytest.raises(ChipProtocolError, match="uncompressed"):
        pace.decode_point(b"\x02" + x.to_bytes(size, "big"), curve)
    assert pace.decode_point(pace.encode_point(good, curve), curve) == good


def test_pace_stops_at_an_off_curve_point_from_the_chip():
    """ICAO 9303-11 Appendix G.1's exchange with the chip's mapping key moved off the
    curve: the reader refuses it before using its private key on it (no further APDU)."""
    from desktop.chip.files import Session
    from tests.chip import test_pace as g

    bad = bytearray(g.C_MAP_PK)
    bad[-1] ^= 1
    card = g.Scripted(
        [
            ("0022C1A40F800A04007F00070202040202830101", "9000"),
            ("10860000027C0000", "7C12801095A3A016522EE98D01E76CB6B98B42C39000"),
            ("10860000457C438141" + g.T_MAP_PK.hex() + "00", "7C438241" + bad.hex() + "9000"),
        ]
    )
    scalars = iter([g.T_MAP_SK, g.T_AGR_SK])
    with pytest.raises(ChipProtocolError, match="not on the curve"):
        pace.establish(
            Session(card), g.MRZ, lds.parse_card_access(g.CARD_ACCESS),
            scalar=lambda _c: next(scalars),
        )  # fmt: skip
    assert not card.exchanges


# --- CSCA certificates, CRLs, master lists ---------------------------------------------


@pytest.fixture(scope="module")
def real(shared_dir):
    import json

    vectors = json.loads((shared_dir / "ext-chip" / "vectors.json").read_text())
    return {v["label"]: v for v in vectors["gmrtd_real_sods"]}


@pytest.fixture(scope="module")
def small_master_list(shared_dir) -> bytes:
    """The German master list cut to its first three entries (its signature then fails:
    the signature check is reached, and every entry is still parsed)."""
    from desktop.chip.csca import CscaMasterList

    ml = (shared_dir / "ext-chip" / "files" / "gmrtd_DE_ML_2026-05-28-08-28-45.ml").read_bytes()
    info = cms.ContentInfo.load(ml)
    signed = info["content"]
    entries = CscaMasterList.load(signed["encap_content_info"]["content"].native)
    small = CscaMasterList({"version": 0, "cert_list": list(entries["cert_list"])[:3]})
    signed["encap_content_info"]["content"] = small.dump()
    signed["certificates"] = list(signed["certificates"])[:2]
    return cms.ContentInfo({"content_type": "signed_data", "content": signed}).dump(force=True)


@pytest.fixture(scope="module")
def crl_der(real) -> bytes:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    issuer = x509.Name([x509.NameAttribute(x509.NameOID.COUNTRY_NAME, "UT"),
                        x509.NameAttribute(x509.NameOID.COMMON_NAME, "CSCA Utopia")])  # fmt: skip
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer).last_update(now).next_update(now + dt.timedelta(days=30))
        .add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(12345).revocation_date(now).build()
        )
    )  # fmt: skip
    return builder.sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def test_master_list_fuzz(small_master_list):
    assert csca.parse_master_list(small_master_list).total == 3

    @FUZZ
    @given(mutations(small_master_list))
    def check(data):
        with contextlib.suppress(UsageError):
            ml = csca.parse_master_list(data)
            assert ml.signature.split(":")[0] in ("ok", "invalid", "unchecked")
            for cert in ml.certificates:
                cert.describe()

    check()


def test_certificate_and_crl_file_fuzz(real, crl_der, tmp_path_factory):
    """`--csca FILE` on a certificate, a CRL or a PEM file: loaded, or UsageError."""
    import base64

    cert = bytes.fromhex(real["AT"]["csca"])
    pem = (
        b"-----BEGIN CERTIFICATE-----\n" + base64.encodebytes(cert) + b"-----END CERTIFICATE-----\n"
    )
    seeds = [cert, crl_der, pem, bytes.fromhex(real["RU"]["dsc"])]
    folder = tmp_path_factory.mktemp("csca")
    path = folder / "anchor.der"

    @FUZZ
    @given(st.sampled_from(seeds).flatmap(mutations) | st.binary(max_size=100))
    def check(data):
        path.write_bytes(data)
        try:
            store = csca.load(path)
        except UsageError:
            return
        for c in store.certificates:
            c.describe()
            _ = c.country, c.self_signed
        for crl in store.crls:
            _ = crl.revoked, crl.issuer_key

    check()


def test_crl_der_fuzz(crl_der):
    @FUZZ
    @given(mutations(crl_der) | st.binary(max_size=80))
    def check(data):
        with contextlib.suppress(pki.CertificateError):
            pki.Crl.load(data)

    check()


# --- found by the fuzzing, pinned --------------------------------------------------------


def test_dg14_with_an_object_descriptor_is_an_lds_error():
    """asn1crypto loads an ObjectDescriptor (tag 07) but has no value for it: it raised
    AttributeError through `parse_dg14`."""
    raw = bytes.fromhex(
        "6e1b31193017070667810801010502010106 0a04007f000701010401 03".replace(" ", "")
    )
    with pytest.raises(lds.LDSError):
        lds.parse_dg14(raw)


@pytest.mark.parametrize(
    "cut",
    [
        lambda d, i: d[: i + 5] + b"\x0d" + d[i + 6 :],  # CN as [UNIVERSAL 13]
        lambda d, i: d[: i + 7] + b"\xc7" + d[i + 8 :],  # CN's UTF8String not UTF-8
    ],
)
def test_a_certificate_with_an_undecodable_name_still_describes(real, cut):
    """Names parse lazily: a certificate that loads could raise ValueError from
    `describe()` (the subject, issuer, country) long after. Now shown as #hex."""
    der = bytes.fromhex(real["AT"]["dsc"])
    i = der.find(bytes.fromhex("0603550403"))  # the issuer's CN
    cert = pki.Certificate.load(cut(der, i))
    text = cert.describe()
    assert "#" in text["issuer"] and text["subject"]


def test_a_certificate_whose_key_does_not_decode_has_an_unsupported_key(real):
    """Found in a mutated master list: the subject public key info is parsed lazily, so
    `describe()` raised ValueError; now the key is unsupported, the rest still shown."""
    der = bytearray(bytes.fromhex(real["AT"]["dsc"]))
    spki = pki.Certificate.load(bytes(der)).spki
    der[der.find(spki)] = 0x31  # the SPKI's SEQUENCE tag made a SET
    cert = pki.Certificate.load(bytes(der))
    assert cert.describe()["key"].startswith("unsupported (the public key cannot be read")
    with pytest.raises(pki.UnsupportedKey):
        cert.public_key()


def test_a_master_list_whose_signer_info_does_not_decode(small_master_list):
    """Found by the master list fuzz: the SignerInfo is parsed lazily, and a bad tag in it
    (its version's INTEGER tag made 7F) raised asn1crypto's ValueError out of
    `parse_master_list` when the signer was looked up."""
    at = small_master_list.rfind(b"\x02\x01\x03\x80\x14")  # version 3, sid [0] SKI
    assert at > 0
    data = small_master_list[:at] + b"\x7f" + small_master_list[at + 1 :]
    ml = csca.parse_master_list(data)
    assert ml.signature.startswith("invalid: the signer info is malformed") and ml.total == 3


def test_a_type_error_is_a_bug_not_a_parse_error():
    """The catch-alls are gone: our own TypeError propagates instead of posing as a
    malformed SOD or LDS file (which the fuzz tests would have accepted)."""
    with pytest.raises(TypeError):
        sod.parse("77 not bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        lds.parse_dg15(None)  # type: ignore[arg-type]
