"""Through real pcscd, the vpcd driver and our virtual passport, via the CLI: a card
without short file identifiers, Chip Authentication with ECDH and DH, a clone, PACE-CAM."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from virtual_passport import specimen

pytestmark = pytest.mark.pcsc


def run(capsys, s, tmp_path, *key: str) -> tuple[int, dict]:
    pem = tmp_path / "csca.pem"
    pem.write_bytes(s.csca_pem)
    key = key or ("--mrz", *s.mrz_lines)
    code = main(["chip", "read", *key, "--reader", "Virtual PCD 00 00", "--csca", str(pem),
                 "--json"])  # fmt: skip
    out, err = capsys.readouterr()
    assert "Traceback" not in err and out.startswith("{"), err
    return code, json.loads(out)


def test_card_without_sfi_read_in_full(capsys, insert, spec, tmp_path):
    insert(sfi_refusal=0x6A82)
    code, r = run(capsys, spec, tmp_path)
    assert code == 0 and r["authentic"] is True
    assert r["data_groups"] == [1, 2, 11, 12, 15]
    assert r["files"]["DG2"] == len(spec.files[0x0102])
    assert r["passive_authentication"]["data_groups"] == {
        "DG1": "ok", "DG2": "ok", "DG11": "ok", "DG12": "ok", "DG15": "ok"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("kw", "algorithm"),
    [
        ({"ca": "ecdh", "ca_cipher": "aes", "aa": "rsa"}, "ECDH BRAINPOOLP256r1, AES-128"),
        ({"ca": "dh", "ca_cipher": "3des", "aa": None}, "DH 1024-bit MODP, 3DES"),
    ],
    ids=["ecdh-aes", "dh-3des"],
)
def test_chip_authentication(capsys, insert, tmp_path, kw, algorithm):
    s = specimen.make_specimen(face_bytes=3000, **kw)
    insert(s)
    code, r = run(capsys, s, tmp_path)
    assert code == 0 and r["authentic"] is True
    assert r["chip_authentication"] == {"status": "valid", "algorithm": algorithm, "reason": None}
    assert r["passive_authentication"]["data_groups"]["DG14"] == "ok"


def test_clone_is_refused(capsys, insert, tmp_path):
    s = specimen.make_specimen(face_bytes=3000, aa=None, ca="ecdh", ca_clone=True)
    insert(s)
    code, r = run(capsys, s, tmp_path)
    assert code == 1 and r["authentic"] is False
    assert r["passive_authentication"]["status"] == "valid"  # the genuine chip's files
    assert r["chip_authentication"]["status"] == "invalid"
    assert "cloned chip" in r["chip_authentication"]["reason"]


def test_pace_cam(capsys, insert, tmp_path):
    s = specimen.make_specimen(face_bytes=3000, aa=None, ca="ecdh", pace_cam=True)
    insert(s, sfi_refusal=0x6A86)  # and without SFIs: EF.CardAccess selected too
    code, r = run(capsys, s, tmp_path, "--can", s.holder.can)
    assert code == 0 and r["authentic"] is True
    assert r["access_control"] == "PACE-CAM"
    assert r["chip_authentication"]["status"] == "valid"
    assert r["chip_authentication"]["algorithm"] == "PACE-CAM ECDH BRAINPOOLP256r1"
