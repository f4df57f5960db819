"""The officer's inspection screen: document in, screening, chip, decision.

Keyboard first: the MRZ field has the focus; F2 switches entry/exit, F5 screens again,
F6 reads the chip, F4 takes a live face capture and compares it with the chip's face
(ui/face_panel.py), F9/F10/F11 admit/refer/refuse, F12 asks a supervisor to clear a hit,
Esc starts the next traveller. Screening, chip reads and recording run on the pool.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.mrz import TravelDocument
from desktop.inspection import service, traveller
from desktop.inspection.rules import Decision
from ui.chip_panel import ChipPanel
from ui.document_view import DocumentView, MrzEntry
from ui.face_panel import FacePanel
from ui.hits_view import HitsView
from ui.image_input import CameraDialog, read_photo
from ui.localtime import shown
from ui.messages import error_text
from ui.operations import Change, Operations
from ui.policy_notice import PolicyNotice
from ui.supervisor_auth import SupervisorAuthDialog
from ui.tasks import run_task

SCREEN_DELAY_MS = 120  # a wedge types a whole MRZ in a burst: screen once it settles


class InspectionPanel(QWidget):
    recorded = Signal(object)  # service.Record

    def __init__(self, ops: Operations, direction: str = "entry",
                 camera_source: int | str = 0) -> None:
        super().__init__()
        self.ops = ops
        self.session = ops.session
        self.camera_source = camera_source
        self._token = 0
        # The traveller of the MRZ field (made from its one parse) and its screening.
        self.traveller: traveller.Traveller | None = None
        self.screening: service.Screening | None = None

        self.entry_button = QRadioButton(objectName="entry")
        self.exit_button = QRadioButton(objectName="exit")
        self.directions = QButtonGroup(self)
        self.directions.addButton(self.entry_button)
        self.directions.addButton(self.exit_button)
        (self.exit_button if direction == "exit" else self.entry_button).setChecked(True)
        self.directions.buttonToggled.connect(lambda *_: self.screen_now())
        self.caption = QLabel()
        self.photo = QPushButton(objectName="photo")
        self.camera = QPushButton(objectName="camera")
        self.photo.clicked.connect(self.choose_photo)
        self.camera.clicked.connect(self.scan_camera)
        self.mrz = MrzEntry()
        self.view = DocumentView()
        self.chip = ChipPanel(ops)
        self.face = FacePanel(ops, camera_source)  # issue 18: face verification
        self.chip.read_finished.connect(
            lambda r: self.face.set_reference(self.chip.face_image if r else None))
        self.hits = HitsView()
        self.policy = PolicyNotice()
        # Issue 17: the flight this traveller is on (a manifest of this port), or on none.
        self.expected = QLabel(objectName="expected")
        self.expected.setWordWrap(True)
        self.expected.hide()

        self.reason = QComboBox(objectName="reason")
        self.note = QLineEdit(objectName="note")
        self.admit = QPushButton(objectName="admit")
        self.refer = QPushButton(objectName="refer")
        self.refuse = QPushButton(objectName="refuse")
        self.override = QPushButton(objectName="override")
        self.message = QLabel(objectName="decision_message")
        self.message.setWordWrap(True)
        self.reason_label, self.note_label = QLabel(), QLabel()

        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.photo)
        top.addWidget(self.camera)
        top.addWidget(self.entry_button)
        top.addWidget(self.exit_button)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.mrz)
        left.addWidget(self.view, 1)
        left.addWidget(self.chip)
        left.addWidget(self.face)
        grid = QGridLayout()
        grid.addWidget(self.reason_label, 0, 0)
        grid.addWidget(self.reason, 0, 1)
        grid.addWidget(self.note_label, 1, 0)
        grid.addWidget(self.note, 1, 1)
        buttons = QHBoxLayout()
        for b in (self.admit, self.refer, self.refuse, self.override):
            buttons.addWidget(b)
        right = QVBoxLayout()
        right.addWidget(self.hits, 1)
        right.addWidget(self.expected)
        right.addWidget(self.policy)
        right.addLayout(grid)
        right.addLayout(buttons)
        right.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

        self._debounce = QTimer(self, singleShot=True, interval=SCREEN_DELAY_MS)
        self._debounce.timeout.connect(self.screen_now)
        self.mrz.document_changed.connect(self._document_changed)
        self.admit.clicked.connect(lambda: self.decide("admit"))
        self.refer.clicked.connect(lambda: self.decide("refer"))
        self.refuse.clicked.connect(lambda: self.decide("refuse"))
        self.override.clicked.connect(self.ask_override)
        for key, slot in (("F2", self.toggle_direction), ("F5", self.screen_now),
                          ("F6", self.chip.read), ("F4", self.face.toggle),
                          ("F7", self.choose_photo),
                          ("F8", self.scan_camera), ("F9", lambda: self.decide("admit")),
                          ("F10", lambda: self.decide("refer")),
                          ("F11", lambda: self.decide("refuse")), ("F12", self.ask_override),
                          ("Escape", self.next_traveller)):
            QShortcut(QKeySequence(key), self, activated=slot)
        ops.query(service.session_reason_codes, on_done=self._set_codes)
        self.retranslate()
        self._update_buttons()

    # --- text ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Machine readable zone (reader, keyboard or camera)"))
        self.photo.setText(self.tr("Photo… (F7)"))
        self.camera.setText(self.tr("Camera (F8)"))
        self.entry_button.setText(self.tr("Entry"))
        self.exit_button.setText(self.tr("Exit (F2)"))
        self.reason_label.setText(self.tr("Reason"))
        self.note_label.setText(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("optional, for the record"))
        self.admit.setText(self.tr("Admit (F9)"))
        self.refer.setText(self.tr("Refer (F10)"))
        self.refuse.setText(self.tr("Refuse (F11)"))
        self.override.setText(self.tr("Supervisor clears hit (F12)"))
        if self.reason.count():
            self.reason.setItemText(0, self.tr("(no reason)"))
        self._show_expected()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _set_codes(self, codes: tuple[str, ...]) -> None:
        self.reason.clear()
        self.reason.addItem(self.tr("(no reason)"), None)
        for code in codes:
            self.reason.addItem(code, code)

    # --- flow ----------------------------------------------------------------------------

    @property
    def direction(self) -> str:
        return "exit" if self.exit_button.isChecked() else "entry"

    def toggle_direction(self) -> None:
        (self.entry_button if self.exit_button.isChecked() else self.exit_button).setChecked(True)

    def _document_changed(self, doc: TravelDocument | None) -> None:
        self.view.show_document(doc)
        self._token += 1  # results for an earlier text are stale
        self._set_screening(None)
        self.message.clear()
        # The field's one parse becomes the traveller: nothing downstream parses again.
        self.traveller = (traveller.from_document(doc)
                          if doc is not None and traveller.usable(doc) else None)
        self.chip.clear()
        self.face.clear()
        self.chip.set_document(doc if doc is not None and doc.valid else None)
        if self.traveller is not None:
            self.hits.screening()
            self._debounce.start()
        else:
            self.hits.clear()
        self._update_buttons()

    def screen_now(self) -> None:
        if self.traveller is None:
            return
        self._token += 1
        token = self._token
        # Hits of the other direction must not stay usable while screening runs again.
        self._set_screening(None)
        self.hits.screening()
        self._update_buttons()
        self.ops.query(service.screen_traveller, self.traveller, self.direction,
                       on_done=lambda r: self._screened(token, r),
                       on_error=lambda e: self._screen_failed(token, e))

    def _set_screening(self, screening: service.Screening | None) -> None:
        self.screening = screening
        self.policy.show_assessment(screening.assessment.to_json() if screening else None)
        self._show_expected()

    def _screened(self, token: int, screening: service.Screening) -> None:
        if token != self._token:
            return
        self._set_screening(screening)
        self.hits.show_hits(list(screening.hits), dict(screening.replica))
        self._update_buttons()

    def _screen_failed(self, token: int, error: BaseException) -> None:
        if token != self._token:
            return
        self.hits.failed(error_text(error))
        self._update_buttons()

    def _show_expected(self) -> None:
        """The manifest lookup, as a neutral line: a flight (pre-screened or not), or on no
        manifest (a signal, not a hit); nothing when this counter holds no manifests."""
        found = self.screening.expected if self.screening is not None else None
        if found is None or found.state not in ("on_manifest", "on_no_manifest"):
            self.expected.clear()
            self.expected.hide()
            return
        if found.state == "on_no_manifest":
            text = self.tr("On no manifest of the flights held for this port.")
        else:
            due = shown(found.scheduled_local) or "?"  # the workstation is at that port
            if found.role == "crew":
                text = self.tr("Flight %1 (crew), due %2").replace("%1", found.flight or "?")
            else:
                text = self.tr("Flight %1, due %2").replace("%1", found.flight or "?")
            text = text.replace("%2", due) + " · "
            if not found.prescreened:
                text += self.tr("not pre-screened by the central")
            elif found.prescreen_hits:
                text += self.tr("pre-screened by the central: %1 hit(s)").replace(
                    "%1", str(found.prescreen_hits))
            else:
                text += self.tr("pre-screened by the central: no hits")
        self.expected.setText(text)
        self.expected.setStyleSheet("color: palette(window-text); padding: 2px;")
        self.expected.show()

    def _update_buttons(self) -> None:
        ready = self.screening is not None
        for b in (self.admit, self.refer, self.refuse):
            b.setEnabled(ready)
        self.override.setEnabled(self.screening is not None and self.screening.needs_attention)

    def decide(self, decision: str, override_by: str | None = None) -> None:
        if self.screening is None:
            self.show_message(self.tr("Scan the document and wait for screening first."))
            return
        for b in (self.admit, self.refer, self.refuse, self.override):
            b.setEnabled(False)
        token = self._token
        chosen = Decision(self.screening.direction, decision, self.reason.currentData(),
                          self.note.text().strip() or None, override=override_by is not None)
        self.ops.run(service.decide, self.screening, chosen, override_by=override_by,
                     face=self.face.record(), changes=Change.RECORDS,
                     on_done=lambda rec: self._recorded(token, rec),
                     on_error=self._not_recorded)

    def _recorded(self, token: int, record: service.Record) -> None:
        self.recorded.emit(record)
        self.next_traveller()
        names = {"admit": self.tr("admitted"), "refer": self.tr("referred"),
                 "refuse": self.tr("refused")}
        by = record.fields.get("override_by")
        if record.fields.get("override") and by and by != record.fields.get("officer"):
            self.show_message(self.tr("Recorded No. %1: admitted with the override of "
                                      "supervisor %2.").replace("%1", str(record.seq))
                              .replace("%2", str(by)), error=False)  # fmt: skip
            return
        self.show_message(self.tr("Recorded No. %1: %2.").replace("%1", str(record.seq))
                          .replace("%2", names.get(record.decision, record.decision)),
                          error=False)

    def _not_recorded(self, error: BaseException) -> None:
        self._update_buttons()
        self.show_message(error_text(error))

    def ask_override(self) -> None:
        if not self.override.isEnabled():
            return
        hits = self.screening.hits if self.screening is not None else ()
        dialog = SupervisorAuthDialog(self.session, self, hits=hits,
                                      note=self.note.text().strip())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.supervisor:
            self.note.setText(dialog.note_text())  # recorded with the override (decide)
            self.decide("admit", override_by=dialog.supervisor)

    # --- MRZ from images ---------------------------------------------------------------

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Photo of the data page"), "",
            self.tr("Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)"))
        if path:
            self.read_photo(path)

    def read_photo(self, path: str) -> None:
        self.photo.setEnabled(False)
        self.show_message(self.tr("Reading the MRZ in the photo…"), error=False)
        run_task(read_photo, path, on_done=self._image_read, on_error=self._image_failed)

    def scan_camera(self) -> None:
        dialog = CameraDialog(self.camera_source, self)
        dialog.exec()
        if dialog.result_value is not None:
            self._image_read(dialog.result_value.result)
        elif dialog.error is not None:
            from desktop.documents.camera import ScanCancelled

            if not isinstance(dialog.error, ScanCancelled):
                self._image_failed(dialog.error)

    def _image_read(self, result: Any) -> None:
        self.photo.setEnabled(True)
        if result.document.valid:
            self.mrz.setPlainText("\n".join(result.document.lines))
            self.show_message(self.tr("MRZ read from the image: compare it with the "
                                      "document."), error=False)
        else:
            self.show_message(self.refusal_text(result))

    def refusal_text(self, result: Any) -> str:
        """Why an OCR reading was not put into the MRZ field."""
        positions = ", ".join(f"{line}:{col}" for line, col in result.uncertain[:8])
        if positions:
            return self.tr("The MRZ could not be read with certainty (line:column %1). "
                           "Take another picture or type it.").replace("%1", positions)
        return self.tr("The MRZ read from the image fails its checks. Take another "
                       "picture or type it.")

    def _image_failed(self, error: BaseException) -> None:
        self.photo.setEnabled(True)
        self.show_message(error_text(error))

    def next_traveller(self) -> None:
        self._token += 1
        self.mrz.clear()
        self.note.clear()
        self.reason.setCurrentIndex(0)
        self.traveller = None
        self._set_screening(None)
        self.hits.clear()
        self.chip.clear()
        self.face.clear()
        self.message.clear()
        self._update_buttons()
        self.mrz.setFocus()

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.message.setStyleSheet("color: #b00020; font-weight: bold;" if error
                                   else "color: #1b5e20; font-weight: bold;")
        self.message.setText(text)
