"""HTTPS with a pinned CA: the workstation trusts only the CA bundle given at enrollment."""

from __future__ import annotations

import datetime as dt
import ipaddress
import json

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.sync.harness import INSTALLER, INSTALLER_PW, CentralProcess, Workstation

pytestmark = pytest.mark.slow


def _ca(name: str):
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _server(ca_key, ca_cert):
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "central")]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    return key, cert


def _pem(cert) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def test_https_with_pinned_ca(tmp_path):
    ca_key, ca_cert = _ca("border test CA")
    key, cert = _server(ca_key, ca_cert)
    (tmp_path / "ca.pem").write_bytes(_pem(ca_cert))
    (tmp_path / "other-ca.pem").write_bytes(_pem(_ca("someone else")[1]))
    (tmp_path / "server.pem").write_bytes(_pem(cert))
    (tmp_path / "server.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    central = CentralProcess(
        tmp_path / "central",
        extra_args=(
            "--tls-cert",
            str(tmp_path / "server.pem"),
            "--tls-key",
            str(tmp_path / "server.key"),
        ),
    )
    # The harness polls http://; this central speaks only https.
    central.url_scheme = "https"
    central.start()
    try:
        ws = Workstation(tmp_path / "ws")
        ws.ok("init", "--installer", INSTALLER, "--password-stdin", input=INSTALLER_PW + "\n")
        url = f"https://127.0.0.1:{central.port}"
        cred = ("--user", INSTALLER, "--password-stdin")
        code = central.cli("enroll-code").stdout.strip()
        out = ws.cmd(
            "enroll",
            "--central",
            url,
            "--code",
            code,
            "--ca",
            str(tmp_path / "other-ca.pem"),
            *cred,
            input=INSTALLER_PW + "\n",
        )
        assert out.returncode == 1 and "TLS" in out.stderr
        ws.ok(
            "enroll",
            "--central",
            url,
            "--code",
            code,
            "--ca",
            str(tmp_path / "ca.pem"),
            *cred,
            input=INSTALLER_PW + "\n",
        )
        report = json.loads(ws.ok("sync", "--once", "--json").stdout)
        assert report["ok"] and report["connectivity"] == "online"
    finally:
        central.stop()
