"""End to end through real pcscd, the vpcd driver and our virtual passport, via the CLI."""

from __future__ import annotations

import json
import time

import pytest

from desktop.cli import main
from virtual_passport import specimen
from virtual_passport.card import Faults

pytestmark = pytest.mark.pcsc


def run(capsys, spec, *extra: str, lines=None) -> tuple[int, dict | None, str]:
    lines = lines or spec.mrz_lines
    code = main(["chip", "read", "--mrz", *lines, "--reader", "Virtual PCD 00 00", *extra])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    data = json.loads(out) if out.strip().startswith("{") else None
    return code, data, err


def test_full_read_pa_and_aa_valid(capsys, caplog, insert, spec, csca_file, tmp_path):
    import logging

    caplog.set_level(logging.DEBUG, logger="desktop.chip")
    insert()
    face_out = tmp_path / "face.jpg"
    code, r, err = run(
        capsys, spec, "--csca", str(csca_file), "--json", "--face-out", str(face_out)
    )
    assert code == 0, err
    assert r["authentic"] is True
    assert r["access_control"] == "BAC"
    assert r["passive_authentication"]["status"] == "valid"
    assert r["passive_authentication"]["data_groups"] == {
        "DG1": "ok", "DG2": "ok", "DG11": "ok", "DG12": "ok", "DG15": "ok"
    }  # fmt: skip
    assert r["passive_authentication"]["chain"] == "ok"
    assert r["active_authentication"]["status"] == "valid"
    assert r["active_authentication"]["algorithm"].startswith("RSA ISO/IEC 9796-2")
    from desktop.documents import mrz

    assert r["dg1"] == mrz.parse(spec.mrz_lines).to_json()  # the same object as `mrz parse`
    assert r["dg1"]["valid"] is True and r["dg1"]["surname"] == "ERIKSSON"
    assert r["printed_mrz_matches_chip"] is True
    assert r["face"]["mime"] == "image/jpeg" and r["face"]["width"] == 360
    assert face_out.read_bytes() == spec.face
    assert r["apdus"] <= 13  # extended length: one READ BINARY per file
    assert r["additional_personal_details"]["full_name"] == "ERIKSSON, ANNA MARIA"
    # the APDU debug log: headers, lengths and status words, never the plaintext
    assert "read > 0C B0 82 00" in caplog.text
    for secret in ("ERIKSSON", spec.holder.document_number, spec.face[:8].hex().upper()):
        assert secret not in caplog.text


def test_text_output_and_short_apdus(capsys, insert, spec, csca_file):
    insert()
    code, _, err = run(capsys, spec, "--csca", str(csca_file), "--short-apdus")
    assert code == 0, err
    out = capsys.readouterr().out  # already consumed by run: check through a second read
    del out
    insert()
    main(["chip", "read", "--mrz", *spec.mrz_lines, "--csca", str(csca_file), "--short-apdus"])
    text = capsys.readouterr().out
    assert "passive authentication: valid" in text
    apdus = int(text.split(" APDUs")[0].rsplit(" ", 1)[1])
    assert apdus > 90  # 223-byte blocks: ~89 reads for the DG2 alone


def test_ecdsa_aa_rsa_pss_signer_jpeg2000_39794(capsys, insert, spec_ec_aa, tmp_path):
    insert(spec_ec_aa)
    pem = tmp_path / "csca.pem"
    pem.write_bytes(spec_ec_aa.csca_pem)
    code, r, err = run(capsys, spec_ec_aa, "--csca", str(pem), "--json")
    assert code == 0, err
    assert r["active_authentication"] == {
        "status": "valid", "algorithm": "ECDSA-SHA256", "reason": None
    }  # fmt: skip
    assert r["face"]["container"] == "ISO/IEC 39794-5"
    assert r["face"]["mime"] == "image/jp2"


def test_tampered_dg2_fails_passive_authentication(capsys, insert, spec, csca_file):
    insert(faults=Faults(tamper_dg=2))
    code, r, _ = run(capsys, spec, "--csca", str(csca_file), "--json")
    assert code == 1
    pa = r["passive_authentication"]
    assert pa["status"] == "invalid"
    assert pa["data_groups"]["DG2"] == "hash mismatch"
    assert pa["reasons"] == ["DG2 does not match its hash in the SOD (altered)"]
    assert r["active_authentication"]["status"] == "valid"


def test_wrong_mrz_is_access_denied(capsys, insert, spec):
    insert()
    other = specimen.td3_lines(specimen.Holder(birth_date="740813"))
    code, r, err = run(capsys, spec, lines=other)
    assert code == 1
    assert r is None
    assert err.count("\n") == 1 and "access denied" in err


def test_printed_mrz_that_differs_from_dg1(capsys, insert, spec, csca_file):
    # same number and dates (BAC opens) but another name on the data page
    page = specimen.td3_lines(specimen.Holder(surname="ERIKSEN"))
    insert()
    code, r, _ = run(capsys, spec, "--csca", str(csca_file), "--json", lines=page)
    assert code == 1
    assert r["authentic"] is True and r["printed_mrz_matches_chip"] is False
    assert "differs from the chip's DG1 in: surname" in r["warnings"][-1]


def test_without_csca_is_unverified(capsys, insert, spec):
    insert()
    code, r, _ = run(capsys, spec, "--json")
    assert code == 1
    assert r["passive_authentication"]["status"] == "unverified"
    assert "no CSCA certificates available" in r["passive_authentication"]["reasons"][0]


def test_revoked_document_signer(capsys, insert, tmp_path):
    s = specimen.make_specimen(revoke_dsc=True, aa=None, face_bytes=3000)
    insert(s)
    (tmp_path / "csca.pem").write_bytes(s.csca_pem)
    from cryptography.hazmat.primitives import serialization

    (tmp_path / "utopia.crl").write_bytes(s.pki.crl.public_bytes(serialization.Encoding.DER))
    code, r, _ = run(capsys, s, "--csca", str(tmp_path), "--json")
    assert code == 1
    assert r["passive_authentication"]["revocation"] == "revoked"
    assert r["active_authentication"]["status"] == "not supported"


def test_card_without_extended_length_steps_down(capsys, insert, spec, csca_file):
    # The card drops secure messaging on an extended APDU (plain 6700): the reader
    # authenticates again and goes on with short reads, then 160-byte ones (6CA0).
    insert(extended_length=False, max_short_block=160)
    code, r, err = run(capsys, spec, "--csca", str(csca_file), "--json")
    assert code == 0, err
    assert r["passive_authentication"]["status"] == "valid"
    assert r["apdus"] > 120


@pytest.mark.parametrize(
    ("faults", "code", "message"),
    [
        (Faults(wrong_mac_at_read=4), 1, "response MAC is wrong"),
        (Faults(truncate_at_read=4), 1, "malformed protected response"),
        (Faults(bogus_length_dg=2), 2, "DG2 ends after"),
        (Faults(remove_after_apdus=6), 2, "card was removed"),
    ],
    ids=["wrong-mac", "truncated", "bogus-length", "removed"],
)
def test_injected_faults_give_one_clear_line(capsys, insert, spec, faults, code, message):
    insert(faults=faults)
    start = time.monotonic()
    got, r, err = run(capsys, spec, "--timeout", "5")
    assert time.monotonic() - start < 15
    assert (got, r) == (code, None)
    assert err.count("\n") == 1 and message in err, err


def test_silent_card_times_out(capsys, insert, spec):
    insert(faults=Faults(hang_at_read=2))
    start = time.monotonic()
    got, _, err = run(capsys, spec, "--timeout", "2")
    assert time.monotonic() - start < 10
    assert got == 2 and "did not answer within 2 s" in err


def test_no_card_and_unknown_reader(capsys, testbed, spec):
    testbed.remove()
    code, _, err = run(capsys, spec)
    assert code == 2 and "no card on Virtual PCD 00 00" in err
    code = main(["chip", "read", "--mrz", *spec.mrz_lines, "--reader", "Nonexistent"])
    err = capsys.readouterr().err
    assert code == 2 and "no reader named 'Nonexistent'" in err


def test_bench_quick_mode(testbed):
    import bench.bench_chip as b

    section = b.run(quick=True)  # on this process's running test bed
    assert section.startswith("## Chip\n")
    assert "| BAC, extended length | 13 | 1 |" in section
    assert "| PACE (CAN), extended length |" in section
    assert "| BAC + CA (ECDH brainpoolP256r1, AES-128), extended length | 17 | 1 |" in section
    assert "| PACE-CAM (CAN), extended length | 16 | 1 |" in section


def test_csca_from_the_replica(insert, spec, tmp_path):
    """No --csca: the CSCA certificates come from the workstation's encrypted replica."""
    import base64
    import os
    import subprocess
    import sys

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.hashes import SHA256

    env = {**os.environ, "BORDER_WS_PROFILE": str(tmp_path / "profile")}

    def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "desktop", *args],
            input=stdin, text=True, capture_output=True, env=env, timeout=120,
        )  # fmt: skip

    assert (
        cli("init", "--installer", "inst", "--password-stdin", stdin="install-pass\n").returncode
        == 0
    )
    cert = spec.pki.csca
    row = {
        "der": base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode(),
        "country": "UT",
        "subject": cert.subject.rfc4514_string(),
        "not_before": cert.not_valid_before_utc.date().isoformat(),
        "not_after": cert.not_valid_after_utc.date().isoformat(),
    }
    (tmp_path / "csca.jsonl").write_text(json.dumps(row) + "\n")
    loaded = cli("replica", "load", "csca", str(tmp_path / "csca.jsonl"))
    assert loaded.returncode == 0, loaded.stderr
    insert()
    p = cli("chip", "read", "--mrz", *spec.mrz_lines, "--json")
    assert p.returncode == 0, p.stderr
    r = json.loads(p.stdout)
    assert r["passive_authentication"]["chain"] == "ok"
    assert r["passive_authentication"]["csca"]["sha256"] == cert.fingerprint(SHA256()).hex()
