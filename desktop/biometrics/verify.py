"""The pair decision: distance against the workstation's threshold -> a verdict.

`score` is dlib's Euclidean descriptor distance: LOWER means MORE alike; `match` when
score <= threshold. The record keeps `{score, threshold, verdict, model}`, never images."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.biometrics.faces import Face, distance
from desktop.biometrics.models import MODEL_NAME
from desktop.errors import UsageError

# dlib's own 0.6 is a photo-tagging threshold; an ID check wants fewer false matches.
# On the shared public photos same-person distances ran 0.06-0.52 and different-person
# 0.68-1.10 (bench/RESULTS.md): 0.55 gets every pair right and keeps 0.13 below the
# closest stranger. A workstation may set its own (settings key below), within limits.
DEFAULT_THRESHOLD = 0.55
MIN_THRESHOLD, MAX_THRESHOLD = 0.30, 0.60
SETTING_KEY = "face.threshold"

MATCH, NO_MATCH, NOT_VERIFIED = "match", "no match", "could not verify"


def check_threshold(value: float) -> float:
    if not MIN_THRESHOLD <= value <= MAX_THRESHOLD:
        raise UsageError(
            f"face threshold {value} is outside {MIN_THRESHOLD}-{MAX_THRESHOLD} "
            "(a distance: lower is stricter)"
        )
    return float(value)


def workstation_threshold(conn: Any) -> float:
    """This workstation's threshold from its settings, else the default."""
    from local_store import settings

    value = settings.get(conn, SETTING_KEY)
    return DEFAULT_THRESHOLD if value is None else check_threshold(float(value))


def set_workstation_threshold(conn: Any, value: float) -> None:
    from local_store import settings

    settings.put(conn, SETTING_KEY, check_threshold(value))


@dataclass(frozen=True)
class Verdict:
    verdict: str  # match | no match | could not verify
    score: float | None
    threshold: float
    reason: str = ""  # why it could not verify
    model: str = MODEL_NAME

    @property
    def matched(self) -> bool:
        return self.verdict == MATCH

    def to_record(self) -> dict:
        """What goes into the inspection record: numbers and words, no image."""
        record: dict = {
            "score": None if self.score is None else round(self.score, 4),
            "threshold": self.threshold,
            "verdict": self.verdict,
            "model": self.model,
        }
        if self.reason:
            record["reason"] = self.reason
        return record


def decide(probe: Face, reference: Face, threshold: float = DEFAULT_THRESHOLD) -> Verdict:
    """Score a pair. A probe that failed the quality gate is not scored (the capture
    asks for another frame); a poor reference (the chip photo) is scored but noted."""
    if not probe.quality.ok:
        return Verdict(
            NOT_VERIFIED, None, threshold, "live face: " + ", ".join(probe.quality.problems)
        )
    return from_score(distance(probe, reference), threshold)


def from_score(score: float, threshold: float = DEFAULT_THRESHOLD) -> Verdict:
    return Verdict(MATCH if score <= threshold else NO_MATCH, score, threshold)


def not_verified(reason: str, threshold: float = DEFAULT_THRESHOLD) -> Verdict:
    return Verdict(NOT_VERIFIED, None, threshold, reason)
