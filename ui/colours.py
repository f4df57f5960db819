"""The colours of states in the inspection screen, as foreground-on-background pairs
that meet WCAG 2.x AA for text (contrast ratio >= 4.5; tests/ui/test_attention.py checks
every pair), so that a state is legible on any theme: each pair sets its own background.
Colour is never the only sign: every state also says itself in words."""

from __future__ import annotations

from dataclasses import dataclass

AA_TEXT = 4.5


def _channel(c: int) -> float:
    s = c / 255
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG relative luminance of `#rrggbb`."""
    h = colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio, 1 (none) to 21 (black on white)."""
    a, b = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


@dataclass(frozen=True)
class Pair:
    fg: str
    bg: str

    def sheet(self, extra: str = "") -> str:
        """A style sheet with both colours (`extra`: more declarations)."""
        return f"color: {self.fg}; background-color: {self.bg}; {extra}".strip()


ERROR = Pair("#8e0016", "#fdecee")  # refusals, MRZ not valid, screening failed, hits
OK = Pair("#1b5e20", "#e8f5e9")  # recorded, MRZ valid, no hits, a valid entry permit
NEUTRAL = Pair("#37474f", "#eceff1")  # what the replica was, a pending MRZ
ALARM = Pair("#ffffff", "#b00020")  # an empty replica, a policy that blocks an admit
WARNING = Pair("#ffffff", "#a33a00")  # stale lists
CAUTION = Pair("#7a2e00", "#fff3e0")  # the officer is warned (stale-list policy, face)
SEVERITY = {
    "critical": Pair("#ffffff", "#b00020"),
    "high": Pair("#8e0016", "#fdecee"),
    "medium": Pair("#6b4500", "#fff8e1"),
    "low": Pair("#37474f", "#eceff1"),
}
DIRECTION = {"entry": Pair("#ffffff", "#0d47a1"), "exit": Pair("#ffffff", "#6a1b9a")}
FLASH = Pair("#ffffff", "#b00020")  # the hits panel's pulse on a blocking hit

PAIRS = {
    "error": ERROR, "ok": OK, "neutral": NEUTRAL, "alarm": ALARM, "warning": WARNING,
    "caution": CAUTION, "flash": FLASH,
    **{f"severity.{k}": v for k, v in SEVERITY.items()},
    **{f"direction.{k}": v for k, v in DIRECTION.items()},
}  # fmt: skip
