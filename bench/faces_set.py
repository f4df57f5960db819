"""The shared face set (../shared/faces/, public photos read in place, never copied) as
the face benchmark and tests/biometrics read it: its pairs, the full photos of each
person, and DG2-like portraits made from a full photo."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import numpy as np

FULL_PHOTOS = {  # identity -> its full photos (the dlib johns are pre-cropped chips)
    "obama": ["obama/obama.jpg", "obama/obama1.jpg", "obama/obama2.jpg"],
    "biden": ["biden/biden.jpg", "biden/biden2.jpg"],
    "kit": ["kit_harington/john1.jpeg", "kit_harington/john2.jpeg",
            "kit_harington/johnsnow_test1.jpg"],
    "rose": ["rose_leslie/img1.jpg", "rose_leslie/img2.jpg"],
    "alex": ["alex_lacamoire/img1.jpg", "alex_lacamoire/alex-lacamoire.png"],
}  # fmt: skip


def read_pairs(faces_dir: Path) -> list[tuple[str, str, bool]]:
    """pairs.tsv: (image a, image b, same person), paths relative to `faces_dir`."""
    with open(faces_dir / "pairs.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [(r["img_a"], r["img_b"], r["same"] == "1") for r in rows]


def chip_style(box: tuple[int, int, int, int], rgb: np.ndarray) -> np.ndarray:
    """A DG2-like portrait of the face in `box` (left, top, right, bottom): a 3:4 crop
    with the face ~45% of its height, 240x320, JPEG quality 50, decoded again."""
    from PIL import Image

    from desktop.biometrics import images

    left, top, right, bottom = box
    h = (bottom - top) / 0.45
    w = h * 3 / 4
    cx, cy = (left + right) / 2, (top + bottom) / 2
    crop = (round(cx - w / 2), round(cy - h * 0.45), round(cx + w / 2), round(cy + h * 0.55))
    img = Image.fromarray(rgb).crop(crop).resize((240, 320), Image.Resampling.BILINEAR)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=50)
    return images.decode(out.getvalue())
