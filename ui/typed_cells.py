"""The officer types the few MRZ characters a photo's reading was refused for (a 0/O
pair both readings of which pass the check digits, an illegible cell): read off the
document in hand, they settle those cells and the photo is read again on a worker thread
(ocr.Typed), every other character still decided by the OCR's rules. The line is shown
with the asked cell marked and its reading hidden, so that the character is read off the
document, not copied from the OCR's guess."""

from __future__ import annotations

import html

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QFont, QFontDatabase, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

MRZ_CHARACTER = QRegularExpression("[A-Za-z0-9<]")


def marked_line(line: str, col: int) -> str:
    """The line as rich text with column `col` (from 1) shown as a marked `?`."""
    before, after = html.escape(line[: col - 1]), html.escape(line[col:])
    mark = '<span style="background-color: #ffd54f; color: #000000;"><b>?</b></span>'
    return f"<tt>{before}{mark}{after}</tt>"


class TypeCellsDialog(QDialog):
    """One field per asked cell, one character each; OK once every field holds one."""

    def __init__(
        self,
        lines: tuple[str, ...],
        cells: tuple[tuple[int, int], ...],
        parent: QWidget | None = None,
        *,
        again: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Type the unclear MRZ characters"))
        self.info = info = QLabel(
            self.tr(
                "The photo's MRZ could not be read with certainty at the marked places. "
                "Read each marked character off the document and type it; the rest of "
                "the MRZ is read from the photo and checked again."
            )
            if not again
            else self.tr(
                "Read again with what you typed, the photo still leaves the marked "
                "characters unclear, or does not show what was typed there. Check the "
                "line and the column on the document and type them."
            )
        )
        info.setWordWrap(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(13)
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        form = QFormLayout()
        self.cells = cells
        self.fields: list[QLineEdit] = []
        self.shown: list[QLabel] = []
        validator = QRegularExpressionValidator(MRZ_CHARACTER, self)
        for ln, col in cells:
            shown = QLabel(marked_line(lines[ln - 1], col))
            shown.setFont(font)
            field = QLineEdit(objectName=f"typed_{ln}_{col}")
            field.setMaxLength(1)
            field.setValidator(validator)
            field.setFont(font)
            field.setFixedWidth(field.fontMetrics().horizontalAdvance("W") * 3)
            field.textEdited.connect(self._edited)
            where = self.tr("Line %1, character %2").replace("%1", str(ln)).replace("%2", str(col))
            form.addRow(QLabel(where))
            form.addRow(shown, field)
            self.fields.append(field)
            self.shown.append(shown)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._edited()
        if self.fields:
            self.fields[0].setFocus()

    def _edited(self) -> None:
        for i, field in enumerate(self.fields):
            upper = field.text().upper()
            if upper != field.text():
                field.setText(upper)
            # Typing a character moves on to the next field (keyboard-first).
            if upper and field.hasFocus() and i + 1 < len(self.fields):
                self.fields[i + 1].setFocus()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(all(f.text() for f in self.fields))

    def typed(self) -> dict[tuple[int, int], str]:
        """(line, column) -> the character typed there."""
        return {cell: f.text().upper() for cell, f in zip(self.cells, self.fields, strict=True)}
