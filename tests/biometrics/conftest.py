"""Face models loaded once per session; the shared photos analysed once, read in place."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.biometrics import faces, images, models


@pytest.fixture(scope="session")
def face_models() -> models.Models:
    return models.load()


@pytest.fixture(scope="session")
def faces_dir(shared_dir: Path) -> Path:
    return shared_dir / "faces"


@pytest.fixture(scope="session")
def analysed(face_models: models.Models, faces_dir: Path) -> Callable[[str], faces.Face]:
    """`analysed("obama/obama.jpg")`: the face of a shared photo, computed once."""
    cache: dict[str, faces.Face] = {}

    def get(rel: str) -> faces.Face:
        if rel not in cache:
            cache[rel] = faces.analyse(face_models, images.read(faces_dir / rel))
        return cache[rel]

    return get


@pytest.fixture(scope="session")
def pairs(faces_dir: Path) -> list[tuple[str, str, bool]]:
    with open(faces_dir / "pairs.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [(r["img_a"], r["img_b"], r["same"] == "1") for r in rows]
