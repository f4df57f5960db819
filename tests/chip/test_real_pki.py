"""Passive authentication on real passports' data (../shared/ext-chip: SODs, DSCs and
CSCAs of 13 states from gmrtd's test suite, the German CSCA master list). None of it was
written by this project. An honest passport must never be called forged; a bad signature
must still be refused."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import ecdsa
import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509

from desktop.chip import csca, passive_auth, pki, sod
from desktop.errors import UsageError

STATES = ["AT", "AU", "CN", "DE", "FI", "FR", "MY", "NZ", "PH", "RU", "SG", "UK", "US"]
ML_NAME = "gmrtd_DE_ML_2026-05-28-08-28-45.ml"


@pytest.fixture(scope="module")
def vectors(shared_dir):
    return json.loads((shared_dir / "ext-chip" / "vectors.json").read_text())


@pytest.fixture(scope="module")
def real(vectors):
    return {v["label"]: v for v in vectors["gmrtd_real_sods"]}


@pytest.fixture(scope="module")
def master_list_path(shared_dir):
    return shared_dir / "ext-chip" / "files" / ML_NAME


@pytest.fixture(scope="module")
def master_list(master_list_path):
    return csca.parse_master_list(master_list_path.read_bytes(), ML_NAME)


def _inside_validity(v: dict) -> dt.datetime:
    """A moment when the DSC and the CSCA were both valid (the passport's life)."""
    dsc, ca = (
        pki.Certificate.load(bytes.fromhex(v["dsc"])),
        pki.Certificate.load(bytes.fromhex(v["csca"])),
    )
    return max(dsc.not_before, ca.not_before) + dt.timedelta(days=1)


def test_the_thirteen_states_are_all_there(real):
    assert sorted(real) == STATES


@pytest.mark.parametrize("state", STATES)
def test_real_sod_verifies_and_chains_to_its_csca(real, state):
    v = real[state]
    parsed = sod.parse(bytes.fromhex(v["sod"]))
    assert parsed.hashes[1].hex() == v["dg1_hash"] and parsed.hashes[2].hex() == v["dg2_hash"]
    assert parsed.lds_version == v["lds_version"]
    assert parsed.warnings == ()  # versions as 9303-10 says
    trust = csca.TrustStore([bytes.fromhex(v["csca"])])
    r = passive_auth.verify(parsed, {}, trust, now=_inside_validity(v))
    assert r.sod_signature == "ok", r.reasons
    assert r.chain == "ok", r.reasons
    assert r.status == "valid", r.reasons
    assert r.csca["sha256"] == hashlib.sha256(bytes.fromhex(v["csca"])).hexdigest()
    assert r.signer["sha256"] == hashlib.sha256(bytes.fromhex(v["dsc"])).hexdigest()
    # revocation: no CRL held is said, not failed
    assert r.revocation.startswith("not checked: no CRL")
    # today: valid, or expired said as expired -- never a bad signature
    today = passive_auth.verify(parsed, {}, trust)
    assert today.sod_signature == "ok" and today.chain == "ok"
    for reason in today.reasons:
        assert "expired" in reason or "not yet valid" in reason, reason


@pytest.mark.parametrize("state", STATES)
def test_real_sod_with_a_flipped_signature_bit_is_refused(real, state):
    v = real[state]
    parsed = sod.parse(bytes.fromhex(v["sod"]))
    signature = bytearray(parsed.signer_info["signature"].native)
    signature[len(signature) // 2] ^= 0x01
    parsed.signer_info["signature"] = bytes(signature)
    trust = csca.TrustStore([bytes.fromhex(v["csca"])])
    r = passive_auth.verify(parsed, {}, trust, now=_inside_validity(v))
    assert r.status == "invalid" and r.sod_signature == "invalid"


@pytest.mark.parametrize("state", ["AT", "DE", "FI", "RU", "UK", "AU"])
def test_real_dsc_with_a_flipped_signature_bit_breaks_the_chain(real, state):
    v = real[state]
    raw = bytearray(bytes.fromhex(v["sod"]))
    dsc = bytes.fromhex(v["dsc"])
    at = raw.find(dsc)
    assert at > 0
    raw[at + len(dsc) - 3] ^= 0x01  # inside the DSC's signature value
    parsed = sod.parse(bytes(raw))
    trust = csca.TrustStore([bytes.fromhex(v["csca"])])
    r = passive_auth.verify(parsed, {}, trust, now=_inside_validity(v))
    # the DSC names the CSCA's key, that key is held and does not verify it: forged
    assert r.status == "invalid" and r.chain == "invalid", r.reasons


def test_altered_data_group_is_refused(real):
    v = real["DE"]
    parsed = sod.parse(bytes.fromhex(v["sod"]))
    r = passive_auth.verify(
        parsed, {1: b"\x61\x00"}, csca.TrustStore([bytes.fromhex(v["csca"])]),
        now=_inside_validity(v),
    )  # fmt: skip
    assert r.status == "invalid" and r.data_groups[1] == "hash mismatch"


def test_explicit_brainpool_and_nist_keys_are_recognised(real):
    described = {s: pki.Certificate.load(bytes.fromhex(real[s]["dsc"])).key_type for s in STATES}
    assert described["AT"] == "EC brainpoolP256r1 (explicit parameters)"
    assert described["DE"] == "EC brainpoolP384r1 (explicit parameters)"
    assert described["FI"] == "EC brainpoolP512r1 (explicit parameters)"
    assert described["RU"] == "EC P-256 (explicit parameters)"
    assert described["US"] == "RSA 2048"


def test_a_certificate_cryptography_refuses_is_parsed_and_checked(real, master_list):
    from cryptography import x509

    der = bytes.fromhex(real["AT"]["csca"])
    with pytest.raises(ValueError):
        x509.load_der_x509_certificate(der)  # ExtraData in the TBS signature algorithm
    cert = pki.Certificate.load(der)
    # a link certificate: the older Austrian CSCA key (in the German list) signed it
    assert cert.country == "AT" and cert.self_issued and not cert.self_signed
    older = [c for c in master_list.certificates if c.ski == cert.aki and c.self_signed]
    assert older
    cert.verify_issued_by(older[0])
    with pytest.raises(pki.InvalidSignature):
        cert.verify_issued_by(cert)


def test_malaysian_signer_named_in_another_rdn_order(real):
    parsed = sod.parse(bytes.fromhex(real["MY"]["sod"]))
    sid = parsed.signer_info["sid"].chosen
    dsc = pki.Certificate.load(bytes.fromhex(real["MY"]["dsc"]))
    assert sid["issuer"].dump() != dsc.asn1.issuer.dump()  # as the chip stores them
    assert pki.find_signer(parsed.signer_info, [dsc]) is dsc


def test_chinese_sod_signs_id_data(real):
    parsed = sod.parse(bytes.fromhex(real["CN"]["sod"]))
    assert parsed.content_type == sod.ID_DATA_OID


def test_indefinite_length_sod(real):
    """The same SOD re-encoded with an indefinite outer length still verifies."""
    v = real["FR"]
    raw = bytes.fromhex(v["sod"])
    inner = sod.parse(raw).raw[4:] if raw[1] == 0x82 else None
    assert inner is not None
    ber = b"\x77\x80" + inner + b"\x00\x00"
    r = passive_auth.verify(
        sod.parse(ber), {}, csca.TrustStore([bytes.fromhex(v["csca"])]),
        now=_inside_validity(v),
    )  # fmt: skip
    assert r.status == "valid", r.reasons


def test_indefinite_length_cms_inside_the_sod(real):
    """The CMS ContentInfo and its [0] content re-encoded with indefinite lengths (BER)."""
    from desktop.chip import tlv

    v = real["FR"]
    info = tlv.decode_one(tlv.decode_one(bytes.fromhex(v["sod"])).value)
    oid, content = tlv.decode_all(info.value)
    ber = b"\x30\x80" + tlv.encode(oid.tag, oid.value) + b"\xa0\x80" + content.value
    ber += b"\x00\x00\x00\x00"
    r = passive_auth.verify(
        sod.parse(tlv.encode(0x77, ber)), {}, csca.TrustStore([bytes.fromhex(v["csca"])]),
        now=_inside_validity(v),
    )  # fmt: skip
    assert r.status == "valid", r.reasons


def test_expired_uk_passport_is_expired_not_forged(vectors, master_list):
    """An expired UK passport (gmrtd: doc.Verify() succeeds): the data groups match,
    the signature holds, the 2010 UK CSCA from the German master list issued the DSC;
    the DSC is reported as expired."""
    uk = vectors["gmrtd_uk_passport"]
    parsed = sod.parse(bytes.fromhex(uk["sod"]))
    groups = {1: bytes.fromhex(uk["dg1"]), 2: bytes.fromhex(uk["dg2"])}
    trust = csca.TrustStore(master_list.certificates)
    r = passive_auth.verify(parsed, groups, trust)
    assert r.data_groups == {1: "ok", 2: "ok"}
    assert r.sod_signature == "ok" and r.chain == "ok"
    assert r.validity["document_signer"] == "expired"
    assert r.reasons and all("is expired" in reason for reason in r.reasons), r.reasons
    # with only today's UK CSCA (another key under the same name): unverified, not forged
    newer = csca.TrustStore([bytes.fromhex(json_real_uk(vectors)["csca"])])
    r = passive_auth.verify(parsed, groups, newer)
    assert r.chain == "no CSCA" and "invalid" not in r.sod_signature


def json_real_uk(vectors: dict) -> dict:
    return next(v for v in vectors["gmrtd_real_sods"] if v["label"] == "UK")


# --- the German master list ------------------------------------------------------------


@pytest.mark.filterwarnings("ignore")
def test_german_master_list_every_certificate_accounted_for(master_list):
    ml = master_list
    assert ml.signature == "ok"
    assert ml.total == 588
    assert len(ml.certificates) + len(ml.skipped) == ml.total
    # every one whose key we cannot use is named, not silently dropped
    for cert in ml.certificates:
        assert cert.key_type.startswith(("RSA", "EC")), (cert.subject, cert.key_type)
    # what `cryptography` alone refuses: 100 explicit-curve keys, 6 unparseable (AT, JP, AE)
    from cryptography import x509
    from cryptography.exceptions import UnsupportedAlgorithm

    refused = {"explicit": 0, "parse": 0}
    for cert in ml.certificates:
        try:
            x509.load_der_x509_certificate(cert.der).public_key()
        except (ValueError, UnsupportedAlgorithm) as e:
            refused["explicit" if "explicit" in str(e) else "parse"] += 1
    assert refused == {"explicit": 100, "parse": 6}
    assert sum("explicit" in c.key_type for c in ml.certificates) == 160  # NIST ones too


def test_master_list_signer_chains_through_a_link_certificate(real, master_list):
    """Trusting the 2021 German CSCA (the DE passport's) is enough: the 2024 key that
    signed the Master List Signer is linked to it inside the list."""
    de2021 = pki.Certificate.load(bytes.fromhex(real["DE"]["csca"]))
    anchor = master_list.chain([de2021])
    assert anchor is not None and anchor.fingerprint == de2021.fingerprint
    assert master_list.chain([pki.Certificate.load(bytes.fromhex(real["FR"]["csca"]))]) is None


def test_master_list_import_needs_a_trusted_signer(real, master_list_path):
    with pytest.raises(UsageError, match="does not chain to a trusted CSCA"):
        csca.read_import(master_list_path, csca.TrustStore())
    anchor = pki.Certificate.load(bytes.fromhex(real["DE"]["csca"]))
    result = csca.read_import(master_list_path, csca.TrustStore(), [anchor])
    assert result.loaded + len(result.skipped) == 588
    kinds = result.to_json()["by_kind"]
    assert kinds["csca"] + kinds["link"] == 588


def test_master_list_with_a_tampered_entry_is_refused(master_list_path, tmp_path):
    data = bytearray(master_list_path.read_bytes())
    data[len(data) // 2] ^= 0x01  # inside the signed content
    bad = tmp_path / "tampered.ml"
    bad.write_bytes(bytes(data))
    with pytest.raises(UsageError, match="signature"):
        csca.load(bad)


def test_all_thirteen_verify_against_the_german_master_list(real, master_list):
    """The states' CSCAs are in the German list: passive authentication against it."""
    trust = csca.TrustStore(master_list.certificates)
    for state in STATES:
        v = real[state]
        r = passive_auth.verify(sod.parse(bytes.fromhex(v["sod"])), {}, trust,
                                now=_inside_validity(v))  # fmt: skip
        assert r.status == "valid", (state, r.reasons)


def test_unparseable_entry_in_a_master_list_is_skipped_and_named(master_list_path, tmp_path):
    """A master list whose content holds one broken certificate (rebuilt and re-signed
    by a test CSCA we trust): the broken one is named, the rest load."""
    from asn1crypto import cms, core
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    ml = csca.parse_master_list(master_list_path.read_bytes())
    entries = [c.der for c in ml.certificates[:5]] + [b"\x30\x03\x02\x01\x00"]
    content = csca.CscaMasterList(
        {"version": 0, "cert_list": [core.Any.load(e) for e in entries]}
    ).dump()
    key, cert_der = _self_signed_ec()
    digest = hashlib.sha256(content).digest()
    attrs = cms.CMSAttributes([
        {"type": "content_type", "values": [csca.CSCA_MASTER_LIST_OID]},
        {"type": "message_digest", "values": [digest]},
    ])  # fmt: skip
    signature = key.sign(b"\x31" + attrs.dump()[1:], ec.ECDSA(hashes.SHA256()))
    cert = asn1_x509.Certificate.load(cert_der)
    signed = cms.SignedData({
        "version": "v3",
        "digest_algorithms": [{"algorithm": "sha256"}],
        "encap_content_info": {"content_type": csca.CSCA_MASTER_LIST_OID,
                               "content": content},
        "certificates": [cert],
        "signer_infos": [{
            "version": "v1",
            "sid": cms.SignerIdentifier({"issuer_and_serial_number": {
                "issuer": cert.issuer, "serial_number": cert.serial_number}}),
            "digest_algorithm": {"algorithm": "sha256"},
            "signed_attrs": attrs,
            "signature_algorithm": {"algorithm": "sha256_ecdsa"},
            "signature": signature,
        }],
    })  # fmt: skip
    path = tmp_path / "one-broken.ml"
    path.write_bytes(cms.ContentInfo({"content_type": "signed_data", "content": signed}).dump())
    del serialization
    result = csca.read_import(path, csca.TrustStore([cert_der]))
    assert result.loaded == 5 and len(result.skipped) == 1
    assert "one-broken.ml: entry" in result.skipped[0]
    assert "not a readable certificate" in result.skipped[0]


def _self_signed_ec() -> tuple[object, bytes]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "UT"),
        x509.NameAttribute(NameOID.COMMON_NAME, "ML test CSCA"),
    ])  # fmt: skip
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(7)
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=9))
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    return key, cert.public_bytes(serialization.Encoding.DER)


# --- explicit curves no library knows by name -----------------------------------------


def _explicit_spki(curve: ecdsa.curves.Curve, gen: ecdsa.ellipticcurve.PointJacobi,
                   point: bytes) -> asn1_keys.PublicKeyInfo:  # fmt: skip
    fp = curve.curve
    size = (fp.p().bit_length() + 7) // 8
    base = b"\x04" + gen.x().to_bytes(size, "big") + gen.y().to_bytes(size, "big")
    return asn1_keys.PublicKeyInfo({
        "algorithm": {"algorithm": "ec", "parameters": ("specified", {
            "version": "ecdpVer1",
            "field_id": {"field_type": "prime_field", "parameters": fp.p()},
            "curve": {"a": (fp.a() % fp.p()).to_bytes(size, "big"),
                      "b": fp.b().to_bytes(size, "big")},
            "base": base, "order": curve.order, "cofactor": 1,
        })},
        "public_key": point,
    })  # fmt: skip


def test_ecdsa_on_an_explicit_curve_with_no_name():
    """P-256 with another base point (2G): no named curve equals it; verified with
    `ecdsa` on the explicit parameters. A wrong signature is refused."""
    from asn1crypto import algos

    nist = ecdsa.NIST256p
    gen = nist.generator * 2
    odd = ecdsa.curves.Curve("test", nist.curve, gen, (1, 2, 3))
    sk = ecdsa.SigningKey.generate(curve=odd)
    point = b"\x04" + sk.get_verifying_key().to_string()
    key = pki.public_key(_explicit_spki(odd, gen, point))
    assert key.crypto is None and key.description.startswith("EC explicit 256-bit")
    alg = algos.SignedDigestAlgorithm({"algorithm": "sha256_ecdsa"})
    data = b"LDS security object"
    sig = sk.sign(data, hashfunc=hashlib.sha256, sigencode=ecdsa.util.sigencode_der)
    key.verify(alg, sig, data)
    with pytest.raises(pki.InvalidSignature):
        key.verify(alg, sig, data + b"!")
    # the same explicit curve with the standard base point is recognised as P-256
    sk2 = ecdsa.SigningKey.generate(curve=nist)
    named = pki.public_key(
        _explicit_spki(nist, nist.generator, b"\x04" + sk2.get_verifying_key().to_string())
    )
    assert named.description == "EC P-256 (explicit parameters)" and named.crypto is not None


def test_plain_ecdsa_signature_oid():
    """BSI TR-03111 ecdsa-plain-SHA256: r||s, not DER."""
    from asn1crypto import algos

    sk = ecdsa.SigningKey.generate(curve=ecdsa.BRAINPOOLP320r1)  # not in cryptography
    info = asn1_keys.PublicKeyInfo({
        "algorithm": {"algorithm": "ec", "parameters": ("named", "1.3.36.3.3.2.8.1.1.9")},
        "public_key": b"\x04" + sk.get_verifying_key().to_string(),
    })  # fmt: skip
    key = pki.public_key(info)
    assert key.description == "EC brainpoolP320r1"
    alg = algos.SignedDigestAlgorithm({"algorithm": "0.4.0.127.0.7.1.1.4.1.3"})
    sig = sk.sign(b"data", hashfunc=hashlib.sha256)  # r||s
    key.verify(alg, sig, b"data")
    with pytest.raises(pki.InvalidSignature):
        key.verify(alg, sig[::-1], b"data")


def test_pymrtd_sods_parse_or_fail_cleanly(vectors):
    """BSI TR-03105-5, ETSI TR 103200 and pymrtd's tampered variants: each parses or
    raises SODError, nothing else."""
    parsed = 0
    for hexed in vectors["pymrtd_sod_raw"]["sods"]:
        try:
            sod.parse(bytes.fromhex(hexed))
            parsed += 1
        except sod.SODError:
            pass
    assert parsed >= 2


def test_bsi_and_etsi_reference_sods_and_pymrtds_tampered_variants(vectors, shared_dir):
    """BSI TR-03105-5 and ETSI TR 103200 SODs verify with the DSCs pymrtd keeps beside
    them; of pymrtd's tampered variants, only those whose signed parts are untouched
    (a SignedData version changed, ...) keep a good signature, with a warning."""
    sods = [bytes.fromhex(h) for h in vectors["pymrtd_sod_raw"]["sods"]]
    files = shared_dir / "ext-chip" / "files"
    dscs = {pki.Certificate.load(p.read_bytes()).fingerprint for p in files.glob("pymrtd_dsc_*")}
    originals = [sod.parse(sods[0]), sod.parse(sods[1])]
    signed_parts = {(o.econtent, o.signer_info["signature"].native) for o in originals}
    good = 0
    for raw in sods:
        try:
            parsed = sod.parse(raw)
        except sod.SODError:
            continue
        r = passive_auth.verify(parsed, {}, None)
        if r.sod_signature == "ok":
            good += 1
            assert (parsed.econtent, parsed.signer_info["signature"].native) in signed_parts
            assert r.signer["sha256"] in dscs
        else:
            assert r.status == "invalid"
    assert good >= 2
    warned = [passive_auth.verify(sod.parse(sods[i]), {}, None).warnings for i in (5, 6, 7)]
    assert all(any("SignedData version" in w for w in ws) for ws in warned)


def test_every_passive_authentication_message_has_a_code(vectors, real, master_list):
    """What real data makes passive authentication say reaches the officer translated:
    every reason and warning is a coded message (ui.messages shows it by code)."""
    from desktop.messages import Message

    said: set[str] = set()
    stores = [None, csca.TrustStore(), csca.TrustStore(master_list.certificates)]
    stores.append(csca.TrustStore([bytes.fromhex(real["FR"]["csca"])]))
    sods = [bytes.fromhex(v["sod"]) for v in real.values()]
    sods += [bytes.fromhex(h) for h in vectors["pymrtd_sod_raw"]["sods"]]
    sods.append(bytes.fromhex(vectors["gmrtd_uk_passport"]["sod"]))
    for raw in sods:
        try:
            parsed = sod.parse(raw)
        except sod.SODError:
            continue
        for trust in stores:
            r = passive_auth.verify(parsed, {1: b"\x61\x00"}, trust)
            said.update(r.reasons + r.warnings)
    assert len(said) > 8
    assert sorted(m for m in said if not isinstance(m, Message)) == []


def test_sod_without_its_document_signer_is_unverified_not_forged(real):
    from asn1crypto import cms

    from desktop.chip import tlv

    inner = tlv.decode_one(bytes.fromhex(real["FR"]["sod"])).value
    info = cms.ContentInfo.load(inner)
    signed = info["content"]
    del signed["certificates"]
    stripped = tlv.encode(0x77, cms.ContentInfo({"content_type": "signed_data",
                                                 "content": signed}).dump(force=True))  # fmt: skip
    trust = csca.TrustStore([bytes.fromhex(real["FR"]["csca"])])
    r = passive_auth.verify(sod.parse(stripped), {}, trust)
    assert r.status == "unverified" and r.sod_signature == "no signer certificate"


# --- link certificates and CRLs on import ------------------------------------------------


def _csca_pair(tmp_path):
    """An old CSCA key, a new one, and the link certificate the old key signs."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "UT"),
                      x509.NameAttribute(NameOID.COMMON_NAME, "CSCA Utopia")])  # fmt: skip
    now = dt.datetime.now(dt.UTC)
    old_key, new_key = (
        ec.generate_private_key(ec.SECP256R1()),
        ec.generate_private_key(ec.SECP256R1()),
    )

    def cert(key, signer, serial):
        return (
            x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(serial)
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=99))
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                signer.public_key()), False)
            .sign(signer, hashes.SHA256())
        )  # fmt: skip

    old, link = cert(old_key, old_key, 1), cert(new_key, old_key, 2)
    crl = (
        x509.CertificateRevocationListBuilder().issuer_name(name).last_update(now)
        .next_update(now + dt.timedelta(days=9)).sign(new_key, hashes.SHA256())
    )  # fmt: skip
    pem = serialization.Encoding.PEM
    paths = {}
    for label, obj in (("old", old), ("link", link), ("crl", crl)):
        paths[label] = tmp_path / f"{label}.pem"
        paths[label].write_bytes(obj.public_bytes(pem))
    return paths


def test_link_certificate_and_crl_need_a_trusted_key(tmp_path):
    paths = _csca_pair(tmp_path)
    with pytest.raises(UsageError, match="not signed by a trusted CSCA"):
        csca.read_import(paths["link"], csca.TrustStore())
    old = csca.read_import(paths["old"], csca.TrustStore())
    assert [r["kind"] for r in old.rows] == ["csca"]  # self-signed: the operator vouches
    store = csca.TrustStore([pki.load_der_or_pem(paths["old"].read_bytes(), b"CERTIFICATE")[0]])
    link = csca.read_import(paths["link"], store)
    assert [r["kind"] for r in link.rows] == ["link"]
    # the CRL is signed by the new key: refused until the link is trusted
    with pytest.raises(UsageError, match=r"CRL of .* is not signed by a trusted CSCA"):
        csca.read_import(paths["crl"], store)
    store.add_der(pki.load_der_or_pem(paths["link"].read_bytes(), b"CERTIFICATE")[0], "link")
    crl = csca.read_import(paths["crl"], store)
    assert [r["kind"] for r in crl.rows] == ["crl"]


def test_master_list_given_with_csca_option(master_list_path, master_list, real):
    store = csca.load(master_list_path)
    assert len(store.certificates) == len({c.fingerprint for c in master_list.certificates})
    assert store.skipped == 0 and store.warnings == []
    v = real["SG"]
    r = passive_auth.verify(sod.parse(bytes.fromhex(v["sod"])), {}, store,
                            now=_inside_validity(v))  # fmt: skip
    assert r.status == "valid" and r.csca["source"] == f"master list {ML_NAME}"
