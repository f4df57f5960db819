"""Chip fixtures: the specimen passports (keys generated once per session) and a
private pcscd with our virtual passport (tests marked `pcsc`)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.chip.bac import MrzKey
from virtual_passport import specimen
from virtual_passport.card import CardConfig, DirectTransport, VirtualPassport


@pytest.fixture(scope="session")
def spec() -> specimen.Specimen:
    """EC PKI, RSA active authentication, JPEG face in an ISO/IEC 19794-5 record."""
    return specimen.make_specimen()


@pytest.fixture(scope="session")
def spec_ec_aa() -> specimen.Specimen:
    """RSA-PSS PKI, ECDSA active authentication, JPEG 2000 face in ISO/IEC 39794-5."""
    return specimen.make_specimen(
        pki_kind="rsa-pss", aa="ec", face_format="jpeg2000", container="39794"
    )


def key_of(s: specimen.Specimen) -> MrzKey:
    h = s.holder
    return MrzKey.from_fields(h.document_number, h.birth_date, h.expiry_date)


@pytest.fixture(scope="session")
def csca_file(spec: specimen.Specimen, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("csca") / "csca.pem"
    path.write_bytes(spec.csca_pem)
    return path


@pytest.fixture
def direct(spec: specimen.Specimen) -> Callable[..., DirectTransport]:
    """An in-process card (no pcscd) with optional config changes."""

    def make(s: specimen.Specimen | None = None, **changes: object) -> DirectTransport:
        config = CardConfig.from_specimen(s or spec)
        for k, v in changes.items():
            setattr(config, k, v)
        return DirectTransport(VirtualPassport(config))

    return make


@pytest.fixture(scope="module")
def testbed() -> Iterator[object]:
    """Per module: the machine-wide pcscd lock is held no longer than needed (other test
    runs on this machine wait for it)."""
    from virtual_passport.testbed import Testbed, TestbedUnavailable

    bed = Testbed()
    try:
        bed.start()
    except TestbedUnavailable as e:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"pcscd test bed unavailable: {e}")
    try:
        yield bed
    finally:
        bed.stop()


@pytest.fixture
def insert(testbed: object, spec: specimen.Specimen) -> Iterator[Callable[..., object]]:
    """Insert a fresh virtual passport (optionally another specimen or config changes)."""

    def do(s: specimen.Specimen | None = None, **changes: object) -> object:
        config = CardConfig.from_specimen(s or spec)
        for k, v in changes.items():
            setattr(config, k, v)
        testbed.insert(config)  # type: ignore[attr-defined]
        return testbed

    yield do
    testbed.remove()  # type: ignore[attr-defined]
