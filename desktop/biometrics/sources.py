"""Frame sources for the live capture: a camera (`cv2.VideoCapture`: device index, video
file, URL) or, for the demo and for machines without a camera, an image file.

Frames are BGR arrays, as OpenCV gives them. An image file is a still picture: fed as is,
the liveness check rightly refuses it. `SwayingPicture` therefore imitates a person in
front of the camera: it bends the picture around the nose to mimic a small head turn
(a few degrees, back and forth), adds a little drift and sensor noise. It exists so
that the demo and the tests can run the whole capture without a camera; it proves the
plumbing, not the liveness check's strength against real attacks (bench/ measures
`HeldPicture`, a flat photo moved in front of the camera, against it)."""

from __future__ import annotations

import math
import time
from pathlib import Path
from typing import Protocol

import numpy as np

from desktop.biometrics import images

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".webp", ".jp2")
FRAME_WIDTH = 640  # what the capture works on: a 640-px frame


class FrameSource(Protocol):
    def read(self) -> tuple[bool, np.ndarray | None]: ...

    def release(self) -> None: ...


def _bgr_frame(rgb: np.ndarray, width: int = FRAME_WIDTH) -> np.ndarray:
    import cv2

    h, w = rgb.shape[:2]
    if w != width:
        rgb = cv2.resize(rgb, (width, round(h * width / w)), interpolation=cv2.INTER_AREA)
    return np.ascontiguousarray(rgb[:, :, ::-1])


class _Paced:
    """Frames no faster than `fps` (a camera's pace; 0 = as fast as asked)."""

    def __init__(self, fps: float) -> None:
        self.period = 1.0 / fps if fps > 0 else 0.0
        self.next = time.monotonic()

    def wait(self) -> None:
        if self.period:
            now = time.monotonic()
            if now < self.next:
                time.sleep(self.next - now)
            self.next = max(now, self.next) + self.period


class _PictureCamera:
    """An image file as a camera: `read` paces the frames, stops after `max_frames`, and
    adds sensor noise to what `_render` makes of the picture for each frame."""

    def __init__(self, path: str | Path, *, fps: float, noise: float, seed: int,
                 max_frames: int | None) -> None:  # fmt: skip
        self.base = _bgr_frame(images.read(path))
        self.noise = noise
        self.rng = np.random.default_rng(seed)
        self.frame = 0
        self.max_frames = max_frames
        self.pace = _Paced(fps)

    def _render(self, index: int) -> np.ndarray:
        raise NotImplementedError

    def read(self) -> tuple[bool, np.ndarray | None]:
        if self.max_frames is not None and self.frame >= self.max_frames:
            return False, None
        self.pace.wait()
        frame = self._render(self.frame)
        self.frame += 1
        if self.noise:
            noisy = frame + self.rng.normal(0, self.noise, frame.shape)
            frame = np.clip(noisy, 0, 255).astype(np.uint8)
        return True, frame

    def release(self) -> None:
        pass


class SwayingPicture(_PictureCamera):
    """An image file as a camera: the person in it turns the head slightly, back and
    forth (one cycle every `period` frames). See the module's docstring."""

    def __init__(
        self,
        path: str | Path,
        *,
        fps: float = 15.0,
        period: int = 8,
        turn: float = 0.10,
        noise: float = 2.0,
        seed: int = 0,
        max_frames: int | None = None,
    ) -> None:
        from desktop.biometrics import faces, models

        super().__init__(path, fps=fps, noise=noise, seed=seed, max_frames=max_frames)
        rgb = np.ascontiguousarray(self.base[:, :, ::-1])
        found = faces.detect(models.load(), rgb)
        (left, top, right, bottom), _ = found[0] if found else ((0, 0, 1, 1), 0.0)
        self.face_width = max(1, right - left)
        self.centre = ((left + right) / 2, top + (bottom - top) * 0.62)  # about the nose
        self.period, self.turn = period, turn
        h, w = self.base.shape[:2]
        self.grid_x, self.grid_y = np.meshgrid(
            np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32)
        )
        sigma = 0.28 * self.face_width
        d2 = (self.grid_x - self.centre[0]) ** 2 + (self.grid_y - self.centre[1]) ** 2
        self.bump = np.exp(-d2 / (2 * sigma**2)).astype(np.float32)

    def _render(self, index: int) -> np.ndarray:
        import cv2

        phase = math.sin(2 * math.pi * index / self.period)
        # The nose region slides sideways against the eyes and cheeks: a head turn.
        shift = self.turn * self.face_width * phase
        drift = self.rng.normal(0, 0.6, 2).astype(np.float32)
        map_x = self.grid_x - shift * self.bump + drift[0]
        map_y = self.grid_y + drift[1]
        return cv2.remap(self.base, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)


class HeldPicture(_PictureCamera):
    """A printed or on-screen photo held to the camera: the whole flat picture moves,
    turns and tilts (a perspective warp), with sensor noise. For bench/ and tests."""

    def __init__(
        self,
        path: str | Path,
        *,
        tilt_deg: float = 12.0,
        roll_deg: float = 4.0,
        shift: float = 12.0,
        noise: float = 2.0,
        seed: int = 0,
        fps: float = 0.0,
        max_frames: int | None = None,
    ) -> None:
        super().__init__(path, fps=fps, noise=noise, seed=seed, max_frames=max_frames)
        self.tilt, self.roll, self.shift = tilt_deg, roll_deg, shift
        self.state = np.zeros(6)  # yaw, pitch, roll, scale, x, y: a hand's slow random walk

    def _render(self, index: int) -> np.ndarray:
        import cv2

        limits = np.array([self.tilt, self.tilt, self.roll, 0.05, self.shift, self.shift])
        self.state = np.clip(self.state + self.rng.normal(0, limits / 5), -limits, limits)
        h, w = self.base.shape[:2]
        homography = _plane_pose(w, h, *self.state[:4], self.state[4:])
        return cv2.warpPerspective(self.base, homography, (w, h), borderMode=cv2.BORDER_REFLECT)


def _plane_pose(
    w: int, h: int, yaw: float, pitch: float, roll: float, scale: float, shift: np.ndarray
) -> np.ndarray:
    """Homography of a flat picture turned by yaw/pitch/roll degrees and brought `scale`
    closer, seen by a pinhole camera (focal length = frame width), then shifted."""
    f = float(w)
    a, b, c = (math.radians(v) for v in (yaw, pitch, roll))
    ry = np.array([[math.cos(a), 0, math.sin(a)], [0, 1, 0], [-math.sin(a), 0, math.cos(a)]])
    rx = np.array([[1, 0, 0], [0, math.cos(b), -math.sin(b)], [0, math.sin(b), math.cos(b)]])
    rz = np.array([[math.cos(c), -math.sin(c), 0], [math.sin(c), math.cos(c), 0], [0, 0, 1]])
    rot = rz @ rx @ ry
    k = np.array([[f, 0, w / 2], [0, f, h / 2], [0, 0, 1]])
    extrinsic = np.column_stack([rot[:, 0], rot[:, 1], [0, 0, f / (1 + scale)]])
    centre = np.array([[1, 0, -w / 2], [0, 1, -h / 2], [0, 0, 1]], dtype=float)
    move = np.array([[1, 0, shift[0]], [0, 1, shift[1]], [0, 0, 1]], dtype=float)
    homography = move @ k @ extrinsic @ centre
    return homography / homography[2, 2]


def open_source(source: int | str | Path) -> FrameSource:
    """A device index or video/stream as a `cv2.VideoCapture`; an image file as a
    `SwayingPicture` (demo, no camera)."""
    from desktop.documents.camera import CameraError
    from desktop.messages import msg

    if isinstance(source, (str, Path)) and Path(source).suffix.lower() in IMAGE_SUFFIXES:
        if not Path(source).is_file():
            raise CameraError(msg("camera.picture_missing", source=str(source)))
        return SwayingPicture(source)
    from desktop.documents.camera import open_source as open_capture

    return open_capture(source if isinstance(source, int) else str(source))
