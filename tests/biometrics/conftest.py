"""Face models loaded once per session; the shared photos analysed once, read in place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bench.faces_set import read_pairs
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
    return read_pairs(faces_dir)
