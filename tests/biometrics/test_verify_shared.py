"""The verifier on the shared public photos (read in place, never copied): every pair
right at the default threshold, chip-style copies too, no face / several faces refused,
the quality gate turning bad frames away."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageFilter

from bench.faces_set import FULL_PHOTOS, chip_style
from desktop.biometrics import faces, images, verify


def test_every_shared_pair_right_at_the_default_threshold(pairs, analysed):
    assert len(pairs) == 145
    wrong = []
    for a, b, same in pairs:
        verdict = verify.decide(analysed(a), analysed(b))
        assert verdict.verdict in (verify.MATCH, verify.NO_MATCH), (a, verdict)
        if verdict.matched != same:
            wrong.append((a, b, same, round(verdict.score, 3)))
    assert wrong == []


def test_chip_style_photos_against_full_photos(face_models, faces_dir, analysed):
    """Each full photo made into a chip photo, against the person's other photos (never
    the one it was made from) and one photo of each other person."""
    wrong, scored = [], 0
    for who, photos in FULL_PHOTOS.items():
        for src in photos:
            chip = faces.analyse(
                face_models, chip_style(analysed(src).box, images.read(faces_dir / src))
            )
            assert chip.quality.ok, (src, chip.quality)
            probes = [(p, True) for p in photos if p != src]
            probes += [(ps[0], False) for other, ps in FULL_PHOTOS.items() if other != who]
            for probe, same in probes:
                v = verify.decide(analysed(probe), chip)
                scored += 1
                if v.matched != same:
                    wrong.append((src, probe, round(v.score, 3)))
    assert scored == 66 and wrong == []


def test_no_face_and_several_faces_refused_with_the_reason(face_models, faces_dir):
    with pytest.raises(faces.FaceRefused, match="no face") as e:
        faces.analyse(face_models, images.read(faces_dir / "noface" / "dogs.jpg"))
    assert e.value.reason == "no face" and e.value.faces == 0
    with pytest.raises(faces.FaceRefused, match="several faces") as e:
        faces.analyse(face_models, images.read(faces_dir / "multi" / "kit_with_rose.jpg"))
    assert e.value.reason == "several faces" and e.value.faces == 2


def test_all_shared_single_face_photos_pass_the_quality_gate(faces_dir, analysed):
    found = sorted(p for p in faces_dir.rglob("*") if p.suffix in (".jpg", ".jpeg", ".png"))
    rels = [str(p.relative_to(faces_dir)) for p in found]
    rels = [r for r in rels if not r.startswith(("noface/", "multi/"))]
    assert len(rels) == 70
    assert [(r, analysed(r).quality.problems) for r in rels if not analysed(r).quality.ok] == []


def _degrade(path: Path, how: str) -> np.ndarray:
    img = Image.open(path).convert("RGB")
    if how == "blurred":
        img = img.filter(ImageFilter.GaussianBlur(radius=max(img.size) / 80))
    elif how == "too dark":
        img = img.point(lambda v: v * 0.18)
    elif how == "too bright":
        img = img.point(lambda v: min(255, 110 + v))
    elif how == "face too small":
        img = img.resize((img.width // 9, img.height // 9), Image.Resampling.BILINEAR)
    return np.asarray(img)


@pytest.mark.parametrize("how", ["blurred", "too dark", "too bright", "face too small"])
def test_quality_gate_names_what_is_wrong(face_models, faces_dir, analysed, how):
    rel = "obama/obama1.jpg"
    assert analysed(rel).quality.ok
    face = faces.analyse(face_models, _degrade(faces_dir / rel, how))
    assert how in face.quality.problems
    verdict = verify.decide(face, analysed("obama/obama2.jpg"))
    assert verdict.verdict == verify.NOT_VERIFIED and how in verdict.reason
    assert verdict.score is None


def test_pose_from_the_five_points():
    chip = np.full((150, 150, 3), 128, dtype=np.uint8)
    chip[::2] = 90  # some texture: not blurred
    straight = ((100, 50), (80, 50), (30, 50), (50, 50), (65, 80))
    assert "face turned away" not in faces.measure(straight, chip, faces.DEFAULT_LIMITS).problems
    turned = ((100, 50), (80, 50), (30, 50), (50, 50), (88, 80))  # nose near one eye
    assert "face turned away" in faces.measure(turned, chip, faces.DEFAULT_LIMITS).problems
    tilted = ((90, 90), (75, 75), (30, 30), (45, 45), (70, 45))  # eye line at 45 degrees
    assert "face turned away" in faces.measure(tilted, chip, faces.DEFAULT_LIMITS).problems


def test_unreadable_files_are_bad_input(tmp_path):
    bad = tmp_path / "x.jpg"
    bad.write_bytes(b"\xff\xd8 not really a jpeg")
    with pytest.raises(images.UnreadableImage, match="not a readable image"):
        images.read(bad)
    with pytest.raises(images.UnreadableImage, match="cannot be read"):
        images.read(tmp_path / "missing.jpg")
    with pytest.raises(images.UnreadableImage, match="directory"):
        images.read(tmp_path)


def test_threshold_limits():
    assert verify.check_threshold(0.5) == 0.5
    for bad in (0.0, 0.29, 0.61, 1.5):
        with pytest.raises(verify.UsageError):
            verify.check_threshold(bad)
    rec = verify.Verdict("match", 0.31234567, 0.55).to_record()
    assert rec == {"score": 0.3123, "threshold": 0.55, "verdict": "match",
                   "model": "dlib_face_recognition_resnet_model_v1+5pt+hog"}  # fmt: skip
