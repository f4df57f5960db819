"""Issue 18: `chip read --face-out` writes a file that `face verify` takes as --reference
(through the real pcscd and the virtual passport, whose DG2 holds the demo face)."""

from __future__ import annotations

import json

import pytest

from desktop.biometrics import demo_face
from desktop.cli import main
from virtual_passport import specimen

pytestmark = pytest.mark.pcsc


@pytest.fixture(scope="module")
def face_spec() -> specimen.Specimen:
    return specimen.make_specimen(face=demo_face.chip_photo())


def test_face_out_is_a_reference_for_face_verify(capsys, insert, face_spec, tmp_path):
    insert(face_spec)
    pem = tmp_path / "csca.pem"
    pem.write_bytes(face_spec.csca_pem)
    face_out = tmp_path / "chip-face.jpg"
    code = main(["chip", "read", "--mrz", *face_spec.mrz_lines, "--reader", "Virtual PCD 00 00",
                 "--csca", str(pem), "--face-out", str(face_out), "--json"])  # fmt: skip
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["passive_authentication"]["status"] == "valid"
    assert out["face"]["width"] == 240 and face_out.read_bytes() == face_spec.face
    code = main(["face", "verify", "--probe", str(demo_face.photo_path()),
                 "--reference", str(face_out), "--json"])  # fmt: skip
    r = json.loads(capsys.readouterr().out)
    assert code == 0 and r["match"] is True and r["reference"]["faces"] == 1
