"""One image -> one face: detect (refusing none or several), align with the 5 landmarks,
measure quality, encode to dlib's 128-D descriptor."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from desktop.biometrics.models import Models
from desktop.errors import UsageError
from desktop.messages import define, msg

define(
    {
        "face.no_face": "no face found in the image",
        "face.several_faces": "several faces in the image ({n}): only the traveller may be in it",
    }
)

# Detection runs on a copy at most this wide/high (a 640-px camera frame as is), with one
# upsample so that a 40-px face is still found; landmarks and encoding use full size.
DETECT_SIDE = 640
UPSAMPLE = 1
# A second face at least this fraction of the largest one's width makes the image
# ambiguous ("several faces"); smaller ones are people far behind, ignored.
SECOND_FACE_RATIO = 0.5
# ... and a detector score at least this (weak hits on shirts and badges are not faces;
# the two faces of the shared multi/ photo score 2.4-2.5).
SECOND_FACE_SCORE = 0.5


class FaceRefused(UsageError):
    """The image cannot be scored: no face, several faces (exit 2 at the command line)."""

    def __init__(self, reason: str, faces: int, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.faces = faces


@dataclass(frozen=True)
class QualityLimits:
    """The quality gate. Defaults measured on the shared public photos and on chip-style
    240x320 JPEG q50 copies of them (bench/RESULTS.md): all pass; a blurred, dark,
    overexposed, turned or tiny face does not."""

    min_eye_distance: float = 20.0  # pixels between eye centres in the source image
    min_sharpness: float = 12.0  # variance of the Laplacian on the aligned 150-px chip
    max_roll_deg: float = 25.0
    max_yaw: float = 0.30  # nose offset from the eye midpoint, in eye distances
    min_brightness: float = 50.0  # mean grey of the face centre, 0-255
    max_brightness: float = 215.0
    max_clipped: float = 0.25  # share of face-centre pixels at 0-5 or 250-255


DEFAULT_LIMITS = QualityLimits()


@dataclass(frozen=True)
class Quality:
    eye_distance: float
    sharpness: float
    roll_deg: float
    yaw: float
    brightness: float
    clipped: float
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict:
        return {
            "ok": self.ok,
            "problems": list(self.problems),
            "eye_distance": round(self.eye_distance, 1),
            "sharpness": round(self.sharpness, 1),
            "roll_deg": round(self.roll_deg, 1),
            "yaw": round(self.yaw, 3),
            "brightness": round(self.brightness, 1),
            "clipped": round(self.clipped, 3),
        }


@dataclass(frozen=True)
class Face:
    box: tuple[int, int, int, int]  # left, top, right, bottom in the source image
    landmarks: tuple[tuple[float, float], ...]  # the 5 points
    quality: Quality
    descriptor: np.ndarray = field(repr=False)  # 128 floats
    faces: int = 1  # faces the detector found (smaller ones beside this included)


Box = tuple[int, int, int, int]


def detect(models: Models, image: np.ndarray) -> list[tuple[Box, float]]:
    """Face boxes in source-image pixels with the detector's score, largest first."""
    h, w = image.shape[:2]
    scale = min(1.0, DETECT_SIDE / max(h, w))
    small = image
    if scale < 1.0:
        import cv2

        small = cv2.resize(
            image, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA
        )
    rects, scores, _ = models.detector.run(small, UPSAMPLE, 0.0)
    found = [
        (
            (
                max(0, round(r.left() / scale)),
                max(0, round(r.top() / scale)),
                min(w, round(r.right() / scale)),
                min(h, round(r.bottom() / scale)),
            ),
            float(score),
        )
        for r, score in zip(rects, scores, strict=True)
    ]
    return sorted(found, key=lambda f: (f[0][2] - f[0][0]) * (f[0][3] - f[0][1]), reverse=True)


def analyse(models: Models, image: np.ndarray, limits: QualityLimits = DEFAULT_LIMITS) -> Face:
    """The one face of `image`, measured and encoded. Raises `FaceRefused` for no face
    or several faces; a face of poor quality is returned with its problems listed (the
    caller decides: the live capture asks for another frame)."""
    import dlib

    found = detect(models, image)
    if not found:
        raise FaceRefused("no face", 0, msg("face.no_face"))
    boxes = [box for box, _ in found]
    width0 = boxes[0][2] - boxes[0][0]
    rivals = [
        box
        for box, score in found[1:]
        if (box[2] - box[0]) >= SECOND_FACE_RATIO * width0 and score >= SECOND_FACE_SCORE
    ]
    if rivals:
        raise FaceRefused(
            "several faces",
            len(boxes),
            msg("face.several_faces", n=1 + len(rivals)),
        )
    left, top, right, bottom = boxes[0]
    shape = models.landmarks(image, dlib.rectangle(left, top, right, bottom))
    points = tuple((float(p.x), float(p.y)) for p in shape.parts())
    chip = dlib.get_face_chip(image, shape, size=150, padding=0.25)
    descriptor = np.asarray(models.encoder.compute_face_descriptor(chip), dtype=np.float64)
    quality = measure(points, chip, limits)
    return Face(boxes[0], points, quality, descriptor, len(boxes))


def measure(
    points: tuple[tuple[float, float], ...], chip: np.ndarray, limits: QualityLimits
) -> Quality:
    """Size, pose (from the 5 points), sharpness and exposure (on the aligned chip)."""
    import cv2

    # dlib's 5-point model: 0-1 one eye's corners, 2-3 the other's, 4 under the nose.
    p = np.asarray(points)
    eye_a, eye_b, nose = p[0:2].mean(axis=0), p[2:4].mean(axis=0), p[4]
    left_eye, right_eye = sorted((eye_a, eye_b), key=lambda e: e[0])
    axis = right_eye - left_eye
    eye_distance = float(np.hypot(*axis))
    roll = math.degrees(math.atan2(axis[1], axis[0]))
    mid = (left_eye + right_eye) / 2
    yaw = float(np.dot(nose - mid, axis) / (eye_distance**2)) if eye_distance else 1.0

    grey = cv2.cvtColor(chip, cv2.COLOR_RGB2GRAY)
    sharpness = float(cv2.Laplacian(grey, cv2.CV_64F).var())
    centre = grey[37:113, 37:113]  # the face itself, without background or hair
    brightness = float(centre.mean())
    clipped = float(((centre <= 5) | (centre >= 250)).mean())

    problems = []
    if eye_distance < limits.min_eye_distance:
        problems.append("face too small")
    if abs(roll) > limits.max_roll_deg or abs(yaw) > limits.max_yaw:
        problems.append("face turned away")
    if sharpness < limits.min_sharpness:
        problems.append("blurred")
    if brightness < limits.min_brightness:
        problems.append("too dark")
    elif brightness > limits.max_brightness:
        problems.append("too bright")
    if clipped > limits.max_clipped and "too dark" not in problems and "too bright" not in problems:
        problems.append("over- or underexposed")
    return Quality(eye_distance, sharpness, roll, yaw, brightness, clipped, tuple(problems))


def distance(a: Face, b: Face) -> float:
    """Euclidean distance between the two descriptors (0 same image, ~0.3-0.5 same
    person, ~0.7-1.1 different people on the shared photos)."""
    return float(np.linalg.norm(a.descriptor - b.descriptor))
