"""The two dlib model files this workstation uses, found and loaded once.

Only `shape_predictor_5_face_landmarks.dat` (alignment) and
`dlib_face_recognition_resnet_model_v1.dat` (the encoder), both public domain, from the
`face-recognition-models` wheel. The same package holds a 68-point model that is not
licensed for commercial use: it is never opened here and never bundled."""

from __future__ import annotations

import importlib.util
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.errors import BorderError
from desktop.messages import define, msg

define(
    {
        "face.models_not_installed": "the face models are not installed (pip package "
        "face-recognition-models)",
        "face.dlib_missing": "dlib is not installed (pip package dlib-bin)",
        "face.model_file_missing": "face model file missing: {path}",
        "face.model_file_bad": "a face model file does not load: {why}",
    }
)

LANDMARKS_FILE = "shape_predictor_5_face_landmarks.dat"
ENCODER_FILE = "dlib_face_recognition_resnet_model_v1.dat"
MODEL_FILES = (LANDMARKS_FILE, ENCODER_FILE)
# What the record names as the model (`face.model`): encoder, alignment and detector.
MODEL_NAME = "dlib_face_recognition_resnet_model_v1+5pt+hog"
# Inside a PyInstaller bundle build.spec puts the two files here.
BUNDLE_SUBDIR = "face_recognition_models/models"


class ModelsMissing(BorderError):
    """The model files are not installed (exit 2: a set-up problem, said in words)."""


def model_dir() -> Path:
    """The folder holding the two files: the bundle's copy, else the installed package's
    (found with `find_spec`, without importing it: it would need `pkg_resources`)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / BUNDLE_SUBDIR
    spec = importlib.util.find_spec("face_recognition_models")
    if spec is None or spec.origin is None:
        raise ModelsMissing(msg("face.models_not_installed"))
    return Path(spec.origin).parent / "models"


@dataclass(frozen=True)
class Models:
    detector: Any  # dlib.fhog_object_detector
    landmarks: Any  # dlib.shape_predictor (5 points)
    encoder: Any  # dlib.face_recognition_model_v1
    load_seconds: float
    name: str = MODEL_NAME


_lock = threading.Lock()
_loaded: Models | None = None


def load() -> Models:
    """Load once per process (~0.3 s; thread-safe); later calls return the same models."""
    global _loaded
    with _lock:
        if _loaded is None:
            _loaded = _load()
        return _loaded


def loaded() -> Models | None:
    return _loaded


def _load() -> Models:
    start = time.perf_counter()
    try:
        import dlib
    except ImportError:
        raise ModelsMissing(msg("face.dlib_missing")) from None
    folder = model_dir()
    paths = {name: folder / name for name in MODEL_FILES}
    for path in paths.values():
        if not path.is_file():
            raise ModelsMissing(msg("face.model_file_missing", path=str(path)))
    try:
        landmarks = dlib.shape_predictor(str(paths[LANDMARKS_FILE]))
        encoder = dlib.face_recognition_model_v1(str(paths[ENCODER_FILE]))
    except RuntimeError as e:
        raise ModelsMissing(msg("face.model_file_bad", why=str(e))) from None
    detector = dlib.get_frontal_face_detector()
    return Models(detector, landmarks, encoder, time.perf_counter() - start)
