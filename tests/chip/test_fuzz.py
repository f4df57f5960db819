"""Hypothesis: malformed input to the TLV, SOD, DG2 and LDS parsers raises the module's
own error (a ParseError), never anything else."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.chip import face, lds, sod, tlv
from desktop.chip.errors import ParseError
from tests.fuzz.strategies import mutations

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=64))
def test_tlv_random(data):
    try:
        for element in tlv.iter_decode(data):
            if element.constructed:
                element.children()
    except tlv.TLVError:
        pass


@given(
    st.integers(0x01, 0xDF7F7F).filter(lambda t: t & 0xFF not in (0, 0xFF)), st.binary(max_size=300)
)
def test_tlv_round_trip(tag, value):
    try:
        tag_bytes = tlv.encode_tag(tag)
        if tlv.read_tag(tag_bytes, 0) != (tag, len(tag_bytes)):
            return  # not a well-formed BER tag number
    except tlv.TLVError:
        return
    element = tlv.decode_one(tlv.encode(tag, value))
    assert element.value == value


@pytest.fixture(scope="module")
def small_spec():
    from virtual_passport import specimen

    return specimen.make_specimen(face_bytes=1500, aa="ec")


def test_sod_fuzz(small_spec):
    seed = small_spec.files[0x011D]

    @FUZZ
    @given(mutations(seed))
    def check(data):
        with contextlib.suppress(sod.SODError):
            sod.parse(data)

    check()


def test_dg2_fuzz(small_spec):
    from virtual_passport import specimen

    seeds = [
        small_spec.files[0x0102],
        specimen.dg2(small_spec.face, "jpeg", "39794"),
    ]

    @FUZZ
    @given(st.sampled_from(seeds).flatmap(mutations))
    def check(data):
        try:
            faces = face.parse_dg2(data)
            for f in faces:
                with contextlib.suppress(face.FaceError):
                    face.decoded_size(f)
        except face.FaceError:
            pass

    check()


def test_lds_fuzz(small_spec):
    parsers = {
        0x011E: lds.parse_com,
        0x0101: lds.parse_dg1,
        0x010B: lds.parse_dg11,
        0x010C: lds.parse_dg12,
        0x010E: lds.parse_dg14,
        0x010F: lds.parse_dg15,
    }

    @FUZZ
    @given(
        st.sampled_from(sorted(parsers)).flatmap(
            lambda f: st.tuples(st.just(f), mutations(small_spec.files[f]))
        )
    )
    def check(item):
        fid, data = item
        with contextlib.suppress(lds.LDSError):
            parsers[fid](data)

    check()


@FUZZ
@given(st.binary(max_size=200))
def test_parsers_on_random_bytes(data):
    for parse in (sod.parse, face.parse_dg2, lds.parse_com, lds.parse_dg1, lds.parse_dg15):
        with contextlib.suppress(ParseError):
            parse(data)


@pytest.fixture(scope="module")
def real_sods(shared_dir):
    import json

    vectors = json.loads((shared_dir / "ext-chip" / "vectors.json").read_text())
    return {v["label"]: v for v in vectors["gmrtd_real_sods"]}


def test_real_sod_and_pa_fuzz(real_sods):
    """Mutated real SODs (explicit-curve AT, id-data CN, reordered-name MY): parsing
    raises SODError only; passive authentication of what parses never raises and is
    never `valid` for a changed signed part."""
    from desktop.chip import csca, passive_auth

    seeds = [bytes.fromhex(real_sods[s]["sod"]) for s in ("AT", "CN", "MY")]
    stores = {seed: csca.TrustStore([bytes.fromhex(real_sods[s]["csca"])])
              for seed, s in zip(seeds, ("AT", "CN", "MY"), strict=True)}  # fmt: skip

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.sampled_from(seeds).flatmap(lambda s: st.tuples(st.just(s), mutations(s))))
    def check(item):
        seed, data = item
        try:
            parsed = sod.parse(data)
        except sod.SODError:
            return
        r = passive_auth.verify(parsed, {}, stores[seed])
        if r.status == "valid":
            # only a change outside what is signed can leave it valid
            assert parsed.econtent in seed and parsed.signer_info["signature"].native in seed

    check()


def test_certificate_fuzz(real_sods):
    from cryptography.exceptions import InvalidSignature

    from desktop.chip import pki

    seeds = [bytes.fromhex(real_sods[s]["dsc"]) for s in ("AT", "RU", "US")]
    issuers = [pki.Certificate.load(bytes.fromhex(real_sods[s]["csca"])) for s in ("AT", "RU")]

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.sampled_from(seeds).flatmap(mutations))
    def check(data):
        try:
            cert = pki.Certificate.load(data)
        except pki.CertificateError:
            return
        cert.describe()
        for issuer in issuers:
            with contextlib.suppress(InvalidSignature, pki.UnsupportedKey):
                cert.verify_issued_by(issuer)

    check()


def test_an_unknown_key_algorithm_is_malformed_input_not_a_crash():
    """asn1crypto answers a public key whose algorithm identifier it does not know with a
    KeyError (found by the fuzzer in a real SOD's certificate): a decode error like any
    other malformed DER, which the parsers turn into their own error."""
    from asn1crypto import core, keys

    from desktop.chip import der

    alg = keys.PublicKeyAlgorithm({"algorithm": "1.2.3.4"})
    info = core.Sequence(contents=alg.dump() + core.BitString((1, 0, 1, 0)).dump()).dump()
    with pytest.raises(der.DECODE_ERRORS):
        der.load(keys.PublicKeyInfo, info)


def test_a_nested_value_asn1crypto_cannot_decode_is_malformed_input_not_a_crash():
    """An ObjectDescriptor where a ContentInfo's content (an Any) stands: asn1crypto has no
    `.native` for it and raised AttributeError from deep in the parse (found by the SOD
    fuzzer in a mutated SOD); `der.load` reports it as malformed DER like any other."""
    from asn1crypto import cms, core

    from desktop.chip import der

    descriptor = bytes([0x07, 0x01, 0x78])  # ObjectDescriptor "x"
    content = bytes([0xA0, len(descriptor)]) + descriptor
    oid = core.ObjectIdentifier("1.2.3.4").dump()
    info = bytes([0x30, len(oid) + len(content)]) + oid + content
    with pytest.raises(der.DECODE_ERRORS):
        der.load(cms.ContentInfo, info)
