"""A page that scrolls vertically instead of making the window taller than the screen.

At 1280x800, or with large text, the inspection screen's evidence column and the
supervisor's console need more height than there is: without this the window grows
past the screen's bottom edge and what is there (buttons, tables) is cut off. The page
keeps its content's minimum width (no horizontal scrolling: nothing is cut sideways)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QVBoxLayout, QWidget


class VerticalScroll(QScrollArea):
    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)

    def minimumSizeHint(self) -> QSize:
        inner = self.widget().minimumSizeHint() if self.widget() else QSize(0, 0)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return QSize(inner.width() + bar + 2 * self.frameWidth(), min(inner.height(), 120))

    def sizeHint(self) -> QSize:
        inner = self.widget().sizeHint() if self.widget() else QSize(0, 0)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return QSize(inner.width() + bar + 2 * self.frameWidth(), inner.height())


def scrolling_layout(owner: QWidget) -> QVBoxLayout:
    """`owner` filled by a VerticalScroll; returns the layout of what scrolls."""
    content = QWidget()
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(VerticalScroll(content))
    return QVBoxLayout(content)
