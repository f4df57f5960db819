"""LDS parsing on data nobody here wrote (../shared/ext-chip): the ICAO WG3 ISO/IEC
39794-5 DG2 samples, an ISO/IEC 19794-5 record, DG11/DG12 of real passports and 9303-10."""

from __future__ import annotations

import json

import pytest

from desktop.chip import face, lds, tlv


@pytest.fixture(scope="module")
def ext(shared_dir):
    return shared_dir / "ext-chip"


@pytest.fixture(scope="module")
def vectors(ext):
    return json.loads((ext / "vectors.json").read_text())


@pytest.mark.parametrize("sample", ["AllFields", "MandFields"])
def test_wg3_39794_5_samples_give_the_face(ext, sample):
    raw = (ext / "files" / f"gmrtd_ICAO_39794_5_AP_DG2_{sample}.dat").read_bytes()
    faces = face.parse_dg2(raw)
    expected = (ext / "files" / "gmrtd_ICAO_39794_5_AP_DG2_Face.jpg").read_bytes()
    assert len(faces) == 1 and faces[0].image == expected
    assert faces[0].container == "ISO/IEC 39794-5" and faces[0].mime == "image/jp2"
    assert face.decoded_size(faces[0]) == (413, 531)
    if sample == "AllFields":  # the image information block is only in the full sample
        assert (faces[0].width, faces[0].height) == (572, 731)


def test_39794_5_block_without_the_a1_wrapper(ext):
    """The same face data block stored as 65{...} directly, and as its bare fields."""
    raw = (ext / "files" / "gmrtd_ICAO_39794_5_AP_DG2_MandFields.dat").read_bytes()
    block = tlv.decode_one(raw).require(0x7F61).require(0x7F60).require(0x7F2E)
    app5 = block.require(0xA1).require(0x65)
    expected = face.parse_39794_5(block.value)[0].image
    assert face.parse_39794_5(tlv.encode(0x65, app5.value))[0].image == expected
    assert face.parse_39794_5(app5.value)[0].image == expected


def test_19794_5_record_and_dg2(ext, vectors):
    record = (ext / "files" / "gmrtd_ISO19794_Test1_Data.bin").read_bytes()
    jpeg = (ext / "files" / "gmrtd_ISO19794_Test1_Face.jpg").read_bytes()
    faces = face.parse_19794_5(record)
    assert faces[0].image == jpeg and faces[0].container == "ISO/IEC 19794-5"
    dg2 = vectors["gmrtd_dg2_19794"]
    assert face.parse_dg2(bytes.fromhex(dg2["dg2"]))[0].image == bytes.fromhex(dg2["image"])


def test_dg7_displayed_signature():
    jpeg = b"\xff\xd8\xff\xe0" + b"\x00" * 20
    raw = tlv.encode(0x67, tlv.encode(0x02, b"\x01") + tlv.encode(0x5F43, jpeg))
    assert face.parse_dg7(raw)[0].image == jpeg
    with pytest.raises(face.FaceError):
        face.parse_dg7(tlv.encode(0x67, tlv.encode(0x02, b"\x00")))


def test_dg11_of_9303_10_cleaned_with_the_raw_beside(vectors):
    got = lds.parse_dg11(bytes.fromhex(vectors["gmrtd_dg11_a5"]["dg11"]))
    assert got["full_name"] == "SMITH, JOHN J" and got["full_name_raw"] == "SMITH<<JOHN<J"
    assert got["place_of_birth"] == "ANYTOWN, MN" and got["place_of_birth_raw"] == "ANYTOWN<MN"
    assert got["address"] == "123 MAPLE RD, ANYTOWN, MN"
    assert got["profession"] == "TRAVEL AGENT" and got["telephone"] == "16125551212"
    assert "telephone_raw" not in got  # nothing to clean: no copy


def test_dg11_of_a_chinese_passport(vectors):
    got = lds.parse_dg11(bytes.fromhex(vectors["gmrtd_dg11_cn"]["dg11"]))
    assert got["full_name"] == "赵彬"
    assert got["other_names"] == "ZHAO, BIN" and got["other_names_raw"] == "ZHAO<<BIN"


def test_dg11_other_names_in_their_a0_template():
    names = (
        tlv.encode(0x02, b"\x02")
        + tlv.encode(0x5F0F, b"ZHAO<<BIN")
        + tlv.encode(0x5F0F, b"CHAO<<PIN")
    )
    raw = tlv.encode(0x6B, tlv.encode(0x5C, b"\x5f\x0f") + tlv.encode(0xA0, names))
    assert lds.parse_dg11(raw)["other_names"] == "ZHAO, BIN; CHAO, PIN"


@pytest.mark.parametrize("key", ["gmrtd_dg12_fr", "gmrtd_dg12_nz"])
def test_dg12_of_real_passports(vectors, key):
    v = vectors[key]
    got = lds.parse_dg12(bytes.fromhex(v["dg12"]))
    assert {k: got[k] for k in v["expected"]} == v["expected"]
