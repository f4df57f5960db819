"""Why the stale-list policy acts on this traveller, in the officer's words: a label in
the inspection screen under the hits (desktop.inspection.stale_policy decides)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel

from ui import colours
from ui.glossary import term


class PolicyNotice(QLabel):
    def __init__(self) -> None:
        super().__init__(objectName="stale_policy")
        self.setWordWrap(True)
        self.assessment: dict[str, Any] | None = None
        self.hide()

    def show_assessment(self, assessment: dict[str, Any] | None) -> None:
        self.assessment = assessment
        self.render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.render()
        super().changeEvent(event)

    def age(self, seconds: float | None) -> str:
        if seconds is None:
            return "?"
        if seconds < 5400:
            return self.tr("%1 min").replace("%1", str(round(seconds / 60)))
        if seconds < 172800:
            return self.tr("%1 h").replace("%1", f"{seconds / 3600:.1f}")
        return self.tr("%1 days").replace("%1", f"{seconds / 86400:.1f}")

    def category(self, c: str) -> str:
        return {
            "all": self.tr("every traveller"),
            "foreign": self.tr("foreign national"),
            "fuzzy_hit": self.tr("partial hit"),
            "any_hit": self.tr("any hit"),
        }.get(c, c)

    def why(self, c: dict[str, Any]) -> str:
        ds = term("dataset", c["dataset"])
        if c["why"] == "too_old":
            return (
                self.tr("%1 list is %2 old (limit %3)")
                .replace("%1", ds)
                .replace("%2", self.age(c.get("age_s")))
                .replace("%3", self.age(c.get("max_age_s")))
            )
        if c["why"] == "unverified":
            return self.tr("%1 list: its last update FAILED VERIFICATION").replace("%1", ds)
        if c["why"] == "missing":
            return self.tr("%1 list: not on this workstation").replace("%1", ds)
        if c["why"] == "expired":
            return self.tr("%1 list: the central's confirmation has expired").replace("%1", ds)
        return self.tr("%1 list: never confirmed by the central").replace("%1", ds)

    def consequence(self, c: dict[str, Any]) -> str:
        if c["action"] == "warn":
            return ""
        if c["action"] == "block_admit":
            return self.tr("no admit without a supervisor")
        if c["applies"]:
            return self.tr("refer to a second-line check (%1)").replace(
                "%1", ", ".join(self.category(m) for m in c["matched"])
            )
        return self.tr("refer only: %1").replace(
            "%1", ", ".join(self.category(m) for m in c["categories"])
        )

    def render(self) -> None:
        a = self.assessment
        if not a or not a.get("conditions"):
            self.clear()
            self.hide()
            return
        lines = []
        for c in a["conditions"]:
            then = self.consequence(c)
            lines.append("• " + self.why(c) + (" → " + then if then else ""))
        if a.get("blocks_admit"):
            head = self.tr("STALE-LIST POLICY: refer this traveller; admit needs a supervisor.")
            style = colours.ALARM.sheet("padding: 4px; font-weight: bold;")
        else:
            head = self.tr("Stale-list policy: the officer is warned.")
            style = colours.CAUTION.sheet("padding: 4px;")
        self.setText("\n".join([head, *lines]))
        self.setStyleSheet(style)
        self.show()
