"""Presentation attacks, the basics: a verdict needs consecutive good frames in which the
face moves the way a head does, not the way a picture does.

The signal is the nose's offset along the eye line, in eye distances (`Quality.yaw`).
Moving, rotating, scaling or tilting a flat picture leaves that ratio nearly unchanged
(ratios along a line survive the near-affine image of a flat object); a head that turns
a few degrees changes it, because the nose stands out of the plane of the eyes. So:
- `still`: the landmarks do not move at all between frames (a still image fed in);
- `flat`: they move, but the nose-to-eyes ratio stays put (a photo held and moved);
- `jump`: they move too much between two frames (another face, a cut): start again;
- `live`: motion and a turn of at least MIN_YAW_RANGE across the window.
It does NOT stop a video of the holder replayed on a screen, a mask, a bent or cut-out
photo moved carefully, or a 3-D head model; DESIGN.md says so. It is not ISO/IEC 30107-3
presentation attack detection."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

MIN_FRAMES = 3
WINDOW = 12  # frames kept; the turn may happen anywhere in them
MIN_MOTION = 0.004  # largest landmark displacement between frames, in eye distances
MAX_MOTION = 0.35
MIN_YAW_RANGE = 0.06  # ~7 degrees of head turn, after a 3-frame running median

STILL, FLAT, JUMP, LIVE, TOO_FEW = "still", "flat", "jump", "live", "too few frames"

REASONS = {
    STILL: "no movement at all: a still picture?",
    FLAT: "the face moves like a flat picture: ask the traveller to turn the head slightly",
    JUMP: "the face moved too far between frames",
    TOO_FEW: "not enough consecutive good frames",
}


@dataclass(frozen=True)
class FrameMarks:
    points: np.ndarray  # the 5 landmarks, (5, 2)
    eye_distance: float
    yaw: float


@dataclass(frozen=True)
class Liveness:
    state: str
    frames: int
    motion: float  # largest displacement between consecutive frames, in eye distances
    yaw_range: float

    @property
    def live(self) -> bool:
        return self.state == LIVE

    @property
    def reason(self) -> str:
        return REASONS.get(self.state, "")

    def to_json(self) -> dict:
        return {
            "state": self.state,
            "frames": self.frames,
            "motion": round(self.motion, 4),
            "yaw_range": round(self.yaw_range, 4),
        }


def assess(marks: Sequence[FrameMarks]) -> Liveness:
    """Judge the last WINDOW consecutive good frames."""
    window = list(marks)[-WINDOW:]
    if len(window) < MIN_FRAMES:
        return Liveness(TOO_FEW, len(window), 0.0, 0.0)
    motion = 0.0
    for a, b in itertools.pairwise(window):
        scale = (a.eye_distance + b.eye_distance) / 2
        step = float(np.linalg.norm(b.points - a.points, axis=1).max()) / scale
        if step > MAX_MOTION:
            return Liveness(JUMP, len(window), step, 0.0)
        motion = max(motion, step)
    # A running median of 3 keeps one frame's landmark jitter from faking a turn.
    yaws = [float(np.median([m.yaw for m in window[i : i + 3]])) for i in range(len(window) - 2)]
    yaw_range = max(yaws) - min(yaws)
    if motion < MIN_MOTION:
        state = STILL
    elif yaw_range < MIN_YAW_RANGE:
        state = FLAT
    else:
        state = LIVE
    return Liveness(state, len(window), motion, yaw_range)
