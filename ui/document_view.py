"""MRZ entry (keyboard-wedge readers type into it) and the checked document fields."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout

from desktop.documents.mrz import TravelDocument, parse
from ui import colours, messages
from ui.retranslating import Retranslating


class MrzEntry(QPlainTextEdit):
    """Two or three MRZ lines; parsing is pure and takes microseconds, so it runs here."""

    document_changed = Signal(object)  # TravelDocument or None

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mrz")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(13)
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        self.setFont(font)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.textChanged.connect(self._changed)

    def _changed(self) -> None:
        text = self.toPlainText()
        self.document_changed.emit(parse(text) if text.strip() else None)


class DocumentView(Retranslating, QGroupBox):
    def __init__(self) -> None:
        super().__init__()
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for f in self.field_names():  # the fields shown: the TravelDocument's, by label
            value = QLabel(objectName=f"field_{f}")
            value.setTextInteractionFlags(
                value.textInteractionFlags() | value.textInteractionFlags().TextSelectableByMouse
            )
            self.labels[f] = value
            form.addRow(QLabel(), value)
        self.form = form
        self.verdict = QLabel(objectName="verdict")
        self.verdict.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addLayout(form)
        self.document: TravelDocument | None = None
        self.pending = False  # an invalid MRZ the reader may still be typing: not judged
        self.retranslate()

    def field_names(self) -> dict[str, str]:
        """The fields of `TravelDocument.to_json()` shown, in order, with their labels."""
        return {
            "format": self.tr("Format"),
            "document_code": self.tr("Document code"),
            "issuing_state": self.tr("Issuing state"),
            "surname": self.tr("Surname"),
            "given_names": self.tr("Given names"),
            "document_number": self.tr("Document number"),
            "nationality": self.tr("Nationality"),
            "birth_date": self.tr("Date of birth"),
            "sex": self.tr("Sex"),
            "expiry_date": self.tr("Date of expiry"),
            "optional_data": self.tr("Optional data"),
        }

    def retranslate(self) -> None:
        self.setTitle(self.tr("Document (MRZ)"))
        names = self.field_names()
        for f, value in self.labels.items():
            self.form.labelForField(value).setText(names[f])
        self.show_document(self.document, pending=self.pending)

    def show_document(self, doc: TravelDocument | None, *, pending: bool = False) -> None:
        """`pending`: the input is not finished (a wedge types fast): an invalid MRZ is
        shown as being read, not as NOT valid, until the reader is done or pauses."""
        self.document = doc
        self.pending = pending and doc is not None and not doc.valid
        data = doc.to_json() if doc else {}
        for f, label in self.labels.items():
            v = data.get(f)
            label.setText("" if v in (None, "") else str(v))
        if doc is None:
            self.verdict.setText(self.tr("Scan or type the MRZ of the travel document."))
            self.verdict.setStyleSheet("")
        elif self.pending:
            self.verdict.setText(self.tr("Reading the MRZ…"))
            self.verdict.setStyleSheet(colours.NEUTRAL.sheet("padding: 2px;"))
        elif doc.valid:
            text = self.tr("MRZ valid: format and check digits correct.")
            if doc.warnings:
                text += "\n" + "\n".join("⚠ " + messages.text(w) for w in doc.warnings)
            self.verdict.setText(text)
            self.verdict.setStyleSheet(colours.OK.sheet("font-weight: bold; padding: 2px;"))
        else:
            errors = "\n".join("• " + messages.text(e) for e in doc.errors)
            self.verdict.setText(self.tr("MRZ NOT valid:") + "\n" + errors)
            self.verdict.setStyleSheet(colours.ERROR.sheet("font-weight: bold; padding: 2px;"))
