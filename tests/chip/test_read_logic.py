"""The reader's logic against the in-process virtual passport (no pcscd): block sizes and
step-down, access control, passive and active authentication outcomes, CSCA sources."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography.hazmat.primitives import serialization

from desktop.chip import csca, passive_auth, reader, sod
from desktop.chip.apdu import Command, parse_command
from desktop.chip.bac import MrzKey
from desktop.chip.errors import AccessDenied, ChipProtocolError, SecureMessagingError
from desktop.chip.files import ReadPolicy
from desktop.chip.transport import pick_reader
from desktop.documents import mrz
from desktop.errors import UsageError
from tests.chip.conftest import key_of
from virtual_passport import specimen
from virtual_passport.card import Faults, Link


def read(transport, s, trust=None, **policy):
    trust = trust if trust is not None else csca.TrustStore([s.pki.csca])
    return reader.read_passport(
        transport, key_of(s), trust, reader.ReadOptions(ReadPolicy(**policy))
    )


def test_extended_length_reads_each_file_in_one_apdu(direct, spec):
    t = direct()
    r = read(t, spec)
    assert r.authentic
    # EF.CardAccess (absent by SFI and by SELECT: BAC), SELECT, BAC, EF.COM, EF.SOD,
    # DG1, 2, 11, 12, 15, AA
    assert t.stats.by_kind == {"select": 2, "bac": 2, "read": 8, "aa": 1}


def test_223_byte_blocks(direct, spec):
    t = direct()
    r = read(t, spec, extended=False)
    assert r.authentic
    dg2 = len(spec.files[0x0102])
    assert t.stats.by_kind["read"] >= -(-dg2 // 223)


def test_card_with_small_extended_buffer_steps_down_inside_extended(direct, spec):
    t = direct(max_block=0x1000)
    r = read(t, spec)
    assert r.authentic
    # 0xFF00 refused (6700), then 0x4000 refused, then 4 KiB blocks: 5 reads for DG2
    assert t.stats.by_kind["read"] <= 8 + 2 + 5


def test_card_answering_6cxx_gets_the_exact_length(direct, spec):
    t = direct(max_short_block=192)
    r = read(t, spec, extended=False)
    assert r.authentic


def test_wrong_key_is_access_denied(direct, spec):
    with pytest.raises(AccessDenied, match="access denied"):
        reader.read_passport(direct(), MrzKey.from_fields("C4X9T7L21", "740812", "340416"), None)


def test_faults_in_process(direct, spec):
    with pytest.raises(SecureMessagingError, match="MAC"):
        read(direct(faults=Faults(wrong_mac_at_read=2)), spec)
    with pytest.raises(ChipProtocolError, match="header says"):
        read(direct(faults=Faults(bogus_length_dg=2)), spec)


def test_link_simulation_costs_time_per_apdu_and_byte():
    link = Link(per_apdu_s=0.002, per_byte_s=25e-6)
    import time

    start = time.perf_counter()
    link.delay(400)
    assert time.perf_counter() - start >= 0.012


def test_unprotected_command_after_bac_ends_the_session(direct, spec):
    t = direct()
    read(t, spec)
    card = t.card
    assert card.channel is not None
    answer = card.process(Command(0x00, 0xB0, 0x81, 0x00, ne=4).encode())
    assert answer == bytes.fromhex("6987") and card.channel is None


# --- passive authentication outcomes ------------------------------------------------


def _pa(s, trust, now=None, groups=None):
    parsed = sod.parse(s.files[0x011D])
    groups = groups or {n: s.files[0x0100 + n] for n in parsed.hashes}
    return passive_auth.verify(parsed, groups, trust, now=now)


def test_pa_expired_document_signer(spec):
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=4000)
    r = _pa(spec, csca.TrustStore([spec.pki.csca]), now=later)
    assert r.status == "invalid"
    assert r.sod_signature == "ok" and r.validity["document_signer"] == "expired"
    assert any("is expired" in reason for reason in r.reasons)


def test_pa_foreign_csca_with_the_same_name(spec, spec_ec_aa):
    # another key under the same CSCA name, not the key the DSC names: we cannot vouch
    # for it, nor call it forged (an honest passport of an older CSCA key looks so)
    r = _pa(spec, csca.TrustStore([spec_ec_aa.pki.csca]))
    assert r.status == "unverified" and r.chain == "no CSCA"
    assert "with the key that signed" in r.reasons[0]


def test_pa_no_csca_of_that_country(spec):
    other = specimen.make_pki("XX").csca
    r = _pa(spec, csca.TrustStore([other]))
    assert r.status == "unverified" and "no CSCA certificate of UT" in r.reasons[0]


def test_pa_data_group_not_in_sod(spec):
    parsed = sod.parse(spec.files[0x011D])
    groups = {n: spec.files[0x0100 + n] for n in parsed.hashes}
    groups[3] = b"\x63\x00"
    r = passive_auth.verify(parsed, groups, csca.TrustStore([spec.pki.csca]))
    assert r.status == "invalid" and r.data_groups[3] == "not in SOD"


def test_pa_swapped_signature(spec, spec_ec_aa):
    # the SOD of one passport with the signature bytes of another: invalid, not a crash
    parsed = sod.parse(spec.files[0x011D])
    other = sod.parse(spec_ec_aa.files[0x011D])
    parsed.signer_info["signature"] = other.signer_info["signature"].native
    r = passive_auth.verify(parsed, {}, csca.TrustStore([spec.pki.csca]))
    assert r.status == "invalid" and r.sod_signature == "invalid"


# --- trust store -----------------------------------------------------------------------


def test_csca_load_file_dir_and_errors(spec, tmp_path):
    der = spec.pki.csca.public_bytes(serialization.Encoding.DER)
    (tmp_path / "a.der").write_bytes(der)
    (tmp_path / "b.pem").write_bytes(spec.csca_pem)
    (tmp_path / "c.crl").write_bytes(spec.pki.crl.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "notes.txt").write_text("ignored")
    store = csca.load(tmp_path)
    # the same certificate in DER and PEM is one trust anchor
    assert len(store.certificates) == 1 and len(store.crls) == 1 and store.skipped == 0
    assert len(csca.load(tmp_path / "a.der").certificates) == 1
    # one bad file never rejects the directory: skipped, named, counted
    (tmp_path / "bad.cer").write_bytes(b"not a certificate")
    store = csca.load(tmp_path)
    assert len(store.certificates) == 1 and store.skipped == 1
    assert "bad.cer" in store.warnings[0]
    with pytest.raises(UsageError, match=r"bad\.cer"):
        csca.load(tmp_path / "bad.cer")
    with pytest.raises(UsageError, match="does not exist"):
        csca.load(tmp_path / "missing")


def test_csca_from_replica_table(spec):
    from sqlalchemy import create_engine

    from local_store.schema import csca_certificates, metadata

    engine = create_engine("sqlite://")
    metadata.create_all(engine, tables=[csca_certificates])
    der = spec.pki.csca.public_bytes(serialization.Encoding.DER)
    with engine.begin() as conn:
        conn.execute(
            csca_certificates.insert().values(
                fingerprint="x", version=1, country="UT", subject="CSCA", not_before="",
                not_after="", der=der,
            )
        )  # fmt: skip
        store = csca.from_replica(conn)
    assert _pa(spec, store).status == "valid"


# --- small pieces ----------------------------------------------------------------------


def test_mrz_key_from_td1_with_a_long_document_number():
    lines = mrz.compose(
        mrz.TD1, document_code="I", issuing_state="UTO", surname="ERIKSSON",
        given_names="ANNA MARIA", document_number="D23145890734", nationality="UTO",
        birth_date="740812", sex="F", expiry_date="120415",
    )  # fmt: skip
    key = MrzKey.from_document(mrz.parse(list(lines)))
    assert key.information == "D23145890734" + "9" + "7408122" + "1204159"
    with pytest.raises(UsageError, match="not an MRZ"):
        MrzKey.from_document(mrz.parse(["short", "lines"]))


def test_apdu_round_trip_short_and_extended():
    for cmd in (
        Command(0, 0xB0, 0, 0, ne=256),
        Command(0, 0xB0, 0, 0, ne=65536),
        Command(0, 0xA4, 2, 12, b"\x01\x1e"),
        Command(0, 0x88, 0, 0, bytes(8), 1000),
        Command(0, 0xD6, 0, 0, bytes(300)),
    ):
        assert parse_command(cmd.encode()) == cmd


def test_pick_reader():
    readers = ["ACS ACR1252 PICC 00 00", "Virtual PCD 00 00", "Virtual PCD 00 01"]
    assert pick_reader(readers, None) == readers[0]
    assert pick_reader(readers, "acr1252") == readers[0]
    assert pick_reader(readers, "Virtual PCD 00 01") == readers[2]
    with pytest.raises(UsageError, match="several"):
        pick_reader(readers, "virtual")
    with pytest.raises(UsageError, match="no smart-card reader"):
        pick_reader([], None)


def test_header_text_has_lengths_not_data():
    text = Command(0, 0xA4, 4, 12, b"ERIKSSON").header_text()
    assert text == "00 A4 04 0C Nc=8" and "ERIKSSON" not in text


def test_malformed_or_missing_sod_fails_passive_authentication(direct, spec):
    files = dict(spec.files)
    files[0x011D] = files[0x011D][:40] + bytes(len(files[0x011D]) - 40)
    t = direct(files=files)
    r = read(t, spec)
    assert r.passive.status == "invalid" and "EF.SOD" in r.passive.reasons[0]
    assert r.mrz_lines == spec.mrz_lines and not r.authentic
    del files[0x011D]
    r = read(direct(files=files), spec)
    assert r.passive.reasons == ["the chip has no EF.SOD"]


@pytest.fixture(scope="module")
def big_spec():
    # a 45 KB face: past READ BINARY B0's 32 KiB offsets
    return specimen.make_specimen(face_bytes=45_000, aa=None)


@pytest.mark.parametrize(
    ("policy", "card"),
    [({"extended": False}, {}), ({}, {"max_block": 4096})],
    ids=["223-byte", "extended-4KiB"],
)
def test_files_over_32k_use_read_binary_b1(direct, big_spec, policy, card):
    assert len(big_spec.files[0x0102]) > 0x8000 + 4096
    t = direct(big_spec, **card)
    r = read(t, big_spec, **policy)
    assert r.passive.data_groups[2] == "ok"
    assert r.faces[0].image == big_spec.face
