"""The CSCA store as a replica dataset: the central loads the German master list (its
signer chained to a trusted CSCA), a CSCA and CRLs; workstations receive them through
signed deltas; passive authentication uses them (and the CRL) without `--csca`. A
standalone site imports the same files itself."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from desktop.chip import csca, passive_auth, sod
from tests.sync.harness import INSTALLER, INSTALLER_PW, CentralProcess, Workstation
from virtual_passport import specimen

ML_NAME = "gmrtd_DE_ML_2026-05-28-08-28-45.ml"


@pytest.fixture(scope="module")
def real(shared_dir):
    vectors = json.loads((shared_dir / "ext-chip" / "vectors.json").read_text())
    return {v["label"]: v for v in vectors["gmrtd_real_sods"]}


@pytest.fixture(scope="module")
def revoked_spec():
    return specimen.make_specimen(face_bytes=1500, aa=None, revoke_dsc=True)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _crl(spec: specimen.Specimen, *, revoke: bool, days_ago: int) -> bytes:
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(spec.pki.csca.subject)
        .last_update(now - dt.timedelta(days=days_ago))
        .next_update(now + dt.timedelta(days=30))
    )
    if revoke:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(spec.pki.dsc.serial_number)
            .revocation_date(now - dt.timedelta(days=days_ago)).build()
        )  # fmt: skip
    return builder.sign(spec.pki.csca_key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def _pa(spec: specimen.Specimen, trust: csca.TrustStore) -> passive_auth.PassiveAuthResult:
    parsed = sod.parse(spec.files[0x011D])
    groups = {n: spec.files[0x0100 + n] for n in parsed.hashes}
    return passive_auth.verify(parsed, groups, trust)


def _lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_central_publishes_master_list_csca_and_crls_to_workstations(
    tmp_path, shared_dir, real, revoked_spec
):
    ml = shared_dir / "ext-chip" / "files" / ML_NAME
    anchor = _write(tmp_path / "de-2021.cer", bytes.fromhex(real["DE"]["csca"]))
    central = CentralProcess(tmp_path / "central").start()
    try:
        # the signer does not chain to anything trusted yet: refused, nothing published
        out = central.cli("load", "csca", str(ml), check=False)
        assert out.returncode == 2 and "does not chain to a trusted CSCA" in out.stderr
        loaded = central.load("csca", ml, "--trust-anchor", str(anchor))
        assert loaded["loaded"] == 588 and loaded["skipped"] == 0 and loaded["version"] == 1
        # a test state's CSCA (operator-vouched) and its CRL revoking the DSC
        pem = _write(tmp_path / "ut.pem", revoked_spec.csca_pem)
        assert central.load("csca", pem)["by_kind"] == {"csca": 1}
        old_crl = _write(tmp_path / "ut-old.crl", _crl(revoked_spec, revoke=True, days_ago=2))
        assert central.load("csca", old_crl)["by_kind"] == {"crl": 1}

        ws = Workstation(tmp_path / "ws")
        ws.ok("init", "--installer", INSTALLER, "--password-stdin", input=INSTALLER_PW + "\n")
        code = central.cli("enroll-code").stdout.strip()
        ws.ok("enroll", "--central", central.url, "--code", code, "--user", INSTALLER,
              "--password-stdin", input=INSTALLER_PW + "\n")  # fmt: skip
        ws.ok("sync", "--once")
        listed = _lines(ws.ok("csca", "list", "--json").stdout)
        assert len(listed) == 590
        assert {e["kind"] for e in listed} == {"csca", "link", "crl"}
        de = [e for e in listed if e["country"] == "DE" and e["kind"] == "csca"]
        assert de and all(e["source"].startswith(f"master list {ML_NAME}") for e in de)
        assert all(e["key_type"] for e in listed if e["kind"] != "crl")

        with ws.store() as store, store.read() as conn:
            trust = csca.from_replica(conn)
        assert trust.skipped == 0
        for state, v in real.items():
            r = passive_auth.verify(sod.parse(bytes.fromhex(v["sod"])), {}, trust)
            assert r.sod_signature == "ok" and r.chain == "ok", (state, r.reasons)
            assert r.revocation.startswith("not checked: no CRL"), r.revocation
        r = _pa(revoked_spec, trust)
        assert r.status == "invalid" and r.revocation == "revoked"

        # a newer CRL replaces the old one at the central and, after a sync, here
        new_crl = _write(tmp_path / "ut-new.crl", _crl(revoked_spec, revoke=False, days_ago=1))
        assert central.load("csca", new_crl)["crls_replaced"] == 1
        ws.ok("sync", "--once")
        with ws.store() as store, store.read() as conn:
            trust = csca.from_replica(conn)
        assert len(trust.crls) == 1
        r = _pa(revoked_spec, trust)
        assert r.status == "valid" and r.revocation == "not revoked", r.reasons
        # enrolled: the central publishes the list, a local import is refused
        out = ws.cmd("csca", "import", str(pem), "--user", INSTALLER, "--password-stdin",
                     input=INSTALLER_PW + "\n")  # fmt: skip
        assert out.returncode == 2 and "central load csca" in out.stderr
    finally:
        central.stop()


def test_standalone_site_imports_itself(tmp_path, shared_dir, real):
    ml = shared_dir / "ext-chip" / "files" / ML_NAME
    anchor = _write(tmp_path / "de-2021.cer", bytes.fromhex(real["DE"]["csca"]))
    ws = Workstation(tmp_path / "ws")
    ws.ok("init", "--installer", INSTALLER, "--password-stdin", input=INSTALLER_PW + "\n")
    # the machine slot may not change the trust anchors
    out = ws.cmd("csca", "import", str(ml), "--trust-anchor", str(anchor))
    assert out.returncode == 1 and "installer" in out.stderr
    # a tampered master list: refused, the store unchanged
    data = bytearray(ml.read_bytes())
    data[len(data) // 2] ^= 1
    bad = _write(tmp_path / "tampered.ml", bytes(data))
    out = ws.cmd("csca", "import", str(bad), "--trust-anchor", str(anchor), "--user", INSTALLER,
                 "--password-stdin", input=INSTALLER_PW + "\n")  # fmt: skip
    assert out.returncode == 2 and "signature" in out.stderr and "Traceback" not in out.stderr
    assert _lines(ws.ok("csca", "list", "--json").stdout) == []
    out = ws.ok("csca", "import", str(ml), "--trust-anchor", str(anchor), "--json", "--user",
                INSTALLER, "--password-stdin", input=INSTALLER_PW + "\n")  # fmt: skip
    summary = json.loads(out.stdout)
    assert summary["loaded"] == 588 and summary["version"] == 1
    listed = _lines(ws.ok("csca", "list", "--json").stdout)
    assert len(listed) == 588
    assert {"country", "subject", "not_before", "not_after", "key_type", "source"} <= set(listed[0])


@pytest.mark.pcsc
def test_chip_read_uses_the_imported_store_and_its_crl(insert, spec, tmp_path):
    """Through real pcscd on the virtual passport, no --csca: the CSCA and CRL imported
    into the replica decide; a newer CRL without the DSC lifts the revocation."""
    ws = Workstation(tmp_path / "ws")
    ws.ok("init", "--installer", INSTALLER, "--password-stdin", input=INSTALLER_PW + "\n")

    def imported(path: Path) -> None:
        ws.ok("csca", "import", str(path), "--user", INSTALLER, "--password-stdin",
              input=INSTALLER_PW + "\n")  # fmt: skip

    imported(_write(tmp_path / "csca.pem", spec.csca_pem))
    imported(_write(tmp_path / "old.crl", _crl(spec, revoke=True, days_ago=2)))
    insert()
    p = ws.cmd("chip", "read", "--mrz", *spec.mrz_lines, "--json")
    r = json.loads(p.stdout)
    assert p.returncode == 1 and r["passive_authentication"]["revocation"] == "revoked"
    assert r["passive_authentication"]["sod_signature"] == "ok"
    imported(_write(tmp_path / "new.crl", _crl(spec, revoke=False, days_ago=1)))
    insert()
    p = ws.cmd("chip", "read", "--mrz", *spec.mrz_lines, "--json")
    r = json.loads(p.stdout)
    assert p.returncode == 0, p.stderr
    pa = r["passive_authentication"]
    assert pa["status"] == "valid" and pa["revocation"] == "not revoked"
    assert pa["csca"]["source"] == "file csca.pem"
