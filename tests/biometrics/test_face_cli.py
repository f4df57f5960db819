"""`face verify`: exit 0 match, 1 no match, 2 bad input, with the JSON of DESIGN.md."""

from __future__ import annotations

import json

from desktop.cli import main


def run(capsys, *args: str) -> tuple[int, dict | None, str]:
    code = main(["face", "verify", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, (json.loads(out) if out.strip() else None), err


def test_match_no_match_and_bad_input(capsys, faces_dir, face_models):
    chip = str(faces_dir / "derived" / "obama__obama_dg2_240x320_q50.jpg")
    code, r, _ = run(capsys, "--probe", str(faces_dir / "obama" / "obama-240p.jpg"),
                     "--reference", chip, "--json")  # fmt: skip
    assert code == 0 and r["match"] is True and r["threshold"] == 0.55
    assert 0 < r["score"] < 0.55
    assert r["probe"]["faces"] == 1 and r["probe"]["quality"]["ok"] is True
    assert r["reference"]["faces"] == 1 and r["reference"]["quality"]["problems"] == []

    biden = faces_dir / "derived" / "biden__biden2_dg2_240x320_q50.jpg"
    code, r, _ = run(capsys, "--probe", str(biden), "--reference", chip, "--json")
    assert code == 1 and r["match"] is False and r["score"] > 0.55

    # a stricter threshold turns the same-person pair into a no match
    salley = faces_dir / "dlib_johns" / "John_Salley"  # this pair is 0.31 apart
    probe, ref = salley / "000186_02159346.jpg", salley / "000189_02159361.jpg"
    code, r, _ = run(capsys, "--probe", str(probe), "--reference", str(ref),
                     "--threshold", "0.3", "--json")  # fmt: skip
    assert code == 1 and r["threshold"] == 0.3

    code, r, err = run(capsys, "--probe", str(faces_dir / "noface" / "dogs.jpg"),
                       "--reference", chip, "--json")  # fmt: skip
    assert code == 2 and r["error"] == "no face" and r["side"] == "probe"
    assert "no face" in err
    code, r, err = run(capsys, "--probe", chip, "--reference",
                       str(faces_dir / "multi" / "kit_with_rose.jpg"))  # fmt: skip
    assert code == 2 and r is None and "several faces" in err


def test_unreadable_file_and_bad_threshold(capsys, tmp_path, faces_dir):
    junk = tmp_path / "junk.jpg"
    junk.write_bytes(b"GIF89a?")
    chip = str(faces_dir / "derived" / "obama__obama_dg2_240x320_q50.jpg")
    code, r, err = run(capsys, "--probe", chip, "--reference", str(junk), "--json")
    assert code == 2 and r["error"] == "unreadable image" and r["side"] == "reference"
    code, _, err = run(capsys, "--probe", chip, "--reference", chip, "--threshold", "0.9")
    assert code == 2 and "outside" in err
    code, _, err = run(capsys, "--probe", chip)
    assert code == 2 and "--reference" in err
