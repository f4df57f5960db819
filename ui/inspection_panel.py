"""The officer's inspection screen: document in, screening, chip, decision.

Keyboard first: the MRZ field has the focus; F2 switches entry/exit for this traveller
(the counter's default direction, `config set default-direction`, returns with the next
one), F5 screens again, F6 reads the chip, F4 takes a live face capture and compares it
with the chip's face (ui/face_panel.py), F9/F10/F11 admit/refer/refuse, F12 asks a
supervisor to clear a hit, Esc starts the next traveller. F10/F11 open the reasons,
numbered 1-9, with the one the hits suggest preselected (`rules.suggest_reason`): a digit
records with that reason, Enter with the one selected, Esc goes back. Outside text
fields the digits choose a reason at any time (the MRZ and note fields keep theirs).
An invalid MRZ is shown once the reader has finished typing (the last line at its full
length, or a pause of MRZ_PAUSE_MS). Screening, chip reads and recording run on the pool.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop import heap
from desktop.documents.mrz import TravelDocument, input_complete
from desktop.inspection import counter, service, traveller
from desktop.inspection.rules import Decision, blocking, suggest_reason
from desktop.screening import score as name_score
from ui import colours
from ui.chip_panel import ChipPanel
from ui.document_view import DocumentView, MrzEntry
from ui.face_panel import FacePanel
from ui.glossary import term
from ui.hits_view import HitsView
from ui.image_input import CameraDialog, PhotoRead, read_photo
from ui.localtime import day, shown
from ui.messages import error_text
from ui.operations import Change, Operations
from ui.policy_notice import PolicyNotice
from ui.retranslating import Retranslating
from ui.scrolling import VerticalScroll
from ui.supervisor_auth import SupervisorAuthDialog
from ui.tasks import run_task
from ui.typed_cells import TypeCellsDialog

SCREEN_DELAY_MS = 120  # a wedge types a whole MRZ in a burst: screen once it settles
MRZ_PAUSE_MS = 400  # an unfinished MRZ is called invalid only after this pause


def _warm_up() -> None:
    """On a worker: the name engine's tables loaded, then kept out of the collector's
    full walks (desktop/heap.py: ~190 ms pauses of every thread otherwise)."""
    name_score.warm_up()
    heap.freeze_long_lived()


class InspectionPanel(Retranslating, QWidget):
    recorded = Signal(object)  # service.Record

    def __init__(
        self, ops: Operations, direction: str = "entry", camera_source: int | str = 0
    ) -> None:
        super().__init__()
        self.ops = ops
        self.session = ops.session
        self.camera_source = camera_source
        self._token = 0
        # The traveller of the MRZ field (made from its one parse) and its screening.
        self.traveller: traveller.Traveller | None = None
        self.screening: service.Screening | None = None
        # This counter's settings (the store's, read below): the direction every traveller
        # starts with, and whether a blocking hit rings and flashes.
        self.default_direction = direction if direction in ("entry", "exit") else "entry"
        self.hit_alert = True
        self._direction_touched = False  # switched (F2) for the traveller at the counter
        self._direction_doc: str | None = None  # whose document the switch was made for
        self._deciding = False  # a decision is being written: no second one meanwhile
        self._resetting = False
        # The reason: the officer's own choice, or the one the hits suggest (preselected).
        self.codes: tuple[str, ...] = ()
        self.suggested: str | None = None
        self._preselected = 0
        self._quiet = False  # the combo changed by the panel, not by the officer
        self._reason_chosen = False
        self.pending: str | None = None  # "refer"/"refuse" while its reasons are shown
        # The photo being read, and the characters the officer typed for it (F7 photos).
        self._photo_path: str | None = None
        self._typed: dict[tuple[int, int], str] = {}
        self.typing: TypeCellsDialog | None = None

        self.entry_button = QRadioButton(objectName="entry")
        self.exit_button = QRadioButton(objectName="exit")
        self.directions = QButtonGroup(self)
        self.directions.addButton(self.entry_button)
        self.directions.addButton(self.exit_button)
        (self.exit_button if self.default_direction == "exit"
         else self.entry_button).setChecked(True)  # fmt: skip
        self.directions.buttonToggled.connect(self._direction_toggled)
        # The direction, large and coloured: an officer sees at a glance what is screened.
        self.direction_label = QLabel(objectName="direction")
        self.direction_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = QFont(self.direction_label.font())
        big.setPointSize(max(18, big.pointSize() * 2))
        big.setBold(True)
        self.direction_label.setFont(big)
        self.direction_hint = QLabel(objectName="direction_hint")
        self.direction_hint.setWordWrap(True)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.photo = QPushButton(objectName="photo")
        self.camera = QPushButton(objectName="camera")
        self.photo.clicked.connect(self.choose_photo)
        self.camera.clicked.connect(self.scan_camera)
        self.mrz = MrzEntry()
        self.view = DocumentView()
        self.chip = ChipPanel(ops)
        self.face = FacePanel(ops, camera_source)  # issue 18: face verification
        self.chip.read_finished.connect(
            lambda r: self.face.set_reference(self.chip.face_image if r else None)
        )
        self.hits = HitsView()
        self.policy = PolicyNotice()
        # Issue 17: the flight this traveller is on (a manifest of this port), or on none.
        self.expected = QLabel(objectName="expected")
        self.expected.setWordWrap(True)
        self.expected.hide()
        # Issue 15: an inbound traveller's valid entry permit, confirmed in green.
        self.permit = QLabel(objectName="permit")
        self.permit.setWordWrap(True)
        self.permit.hide()

        self.reason = QComboBox(objectName="reason")
        self.note = QLineEdit(objectName="note")
        self.admit = QPushButton(objectName="admit")
        self.refer = QPushButton(objectName="refer")
        self.refuse = QPushButton(objectName="refuse")
        self.override = QPushButton(objectName="override")
        self.message = QLabel(objectName="decision_message")
        self.message.setWordWrap(True)
        self.reason_label, self.note_label = QLabel(), QLabel()
        # The reasons of a refusal or referral, numbered: shown by F10/F11.
        self.reason_prompt = QLabel(objectName="reason_prompt")
        self.reason_prompt.setWordWrap(True)
        self.reason_choices = QListWidget(objectName="reason_choices")
        self.reason_choices.installEventFilter(self)
        self.reason_choices.itemActivated.connect(lambda _: self.confirm_reason())
        self.reason_prompt.hide()
        self.reason_choices.hide()

        heading = QHBoxLayout()
        heading.addWidget(self.direction_label, 1)
        heading.addWidget(self.entry_button)
        heading.addWidget(self.exit_button)
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.photo)
        top.addWidget(self.camera)
        left = QVBoxLayout()
        left.addLayout(heading)
        left.addWidget(self.direction_hint)
        left.addLayout(top)
        left.addWidget(self.mrz)
        # The evidence (document, chip, face) scrolls on a small screen or with large
        # text; the direction, the MRZ and the decision never do.
        evidence = QWidget()
        shown = QVBoxLayout(evidence)
        shown.setContentsMargins(0, 0, 0, 0)
        shown.addWidget(self.view, 1)
        shown.addWidget(self.chip)
        shown.addWidget(self.face)
        left.addWidget(VerticalScroll(evidence), 1)
        grid = QGridLayout()
        grid.addWidget(self.reason_label, 0, 0)
        grid.addWidget(self.reason, 0, 1)
        grid.addWidget(self.note_label, 1, 0)
        grid.addWidget(self.note, 1, 1)
        # Two by two: four in a row did not fit 1280 px in English with large text.
        buttons = QGridLayout()
        for i, b in enumerate((self.admit, self.refer, self.refuse, self.override)):
            buttons.addWidget(b, i // 2, i % 2)
        right = QVBoxLayout()
        right.addWidget(self.hits, 1)
        right.addWidget(self.permit)
        right.addWidget(self.expected)
        right.addWidget(self.policy)
        right.addLayout(grid)
        right.addLayout(buttons)
        right.addWidget(self.reason_prompt)
        right.addWidget(self.reason_choices)
        right.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

        self._debounce = QTimer(self, singleShot=True, interval=SCREEN_DELAY_MS)
        self._debounce.timeout.connect(self.screen_now)
        # A wedge types an MRZ in a burst: the verdict on an unfinished one waits.
        self._mrz_pause = QTimer(self, singleShot=True, interval=MRZ_PAUSE_MS)
        self._mrz_pause.timeout.connect(lambda: self.view.show_document(self.view.document))
        self.mrz.document_changed.connect(self._document_changed)
        self.admit.clicked.connect(lambda: self.request("admit"))
        self.refer.clicked.connect(lambda: self.request("refer"))
        self.refuse.clicked.connect(lambda: self.request("refuse"))
        self.override.clicked.connect(self.ask_override)
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self.reason.activated.connect(lambda _: self._officer_chose())
        self.chip.read_finished.connect(lambda _: self._suggest())
        for key, slot in (
            ("F2", self.toggle_direction),
            ("F5", self.screen_now),
            ("F6", self.chip.read),
            ("F4", self.face.toggle),
            ("F7", self.choose_photo),
            ("F8", self.scan_camera),
            ("F9", lambda: self.request("admit")),
            ("F10", lambda: self.request("refer")),
            ("F11", lambda: self.request("refuse")),
            ("F12", self.ask_override),
            ("Escape", self.escape),
        ):
            QShortcut(QKeySequence(key), self, activated=slot)
        # Digits choose a reason; a text field with the focus takes them first (Qt gives
        # an editor the key before a shortcut), so the MRZ and the note keep theirs.
        for n in range(10):
            QShortcut(QKeySequence(str(n)), self, activated=partial(self.choose_reason, n))
        run_task(_warm_up, on_error=lambda e: None)  # before the first name in Han
        ops.query(service.session_reason_codes, on_done=self._set_codes)
        ops.query(counter.session_settings, on_done=self._set_counter)
        self.retranslate()
        self._update_buttons()

    # --- text ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Machine readable zone (reader, keyboard or camera)"))
        self.photo.setText(self.tr("Photo… (F7)"))
        self.camera.setText(self.tr("Camera (F8)"))
        self.entry_button.setText(self.tr("Entry"))
        self.exit_button.setText(self.tr("Exit"))
        self.reason_label.setText(self.tr("Reason"))
        self.note_label.setText(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("optional, for the record"))
        self.admit.setText(self.tr("Admit (F9)"))
        self.refer.setText(self.tr("Refer (F10)"))
        self.refuse.setText(self.tr("Refuse (F11)"))
        self.override.setText(self.tr("Supervisor clears hit (F12)"))
        self._name_reasons()
        self._show_direction()
        self._show_expected()
        self._show_permit()
        if self.pending is not None:
            self._show_choices()

    def _set_codes(self, codes: tuple[str, ...]) -> None:
        self.codes = tuple(codes)
        self._preselecting(lambda: self._fill_reasons())
        self._suggest()

    def _fill_reasons(self) -> None:
        self.reason.clear()
        self.reason.addItem("", None)
        for code in self.codes:
            self.reason.addItem("", code)
        self._name_reasons()

    def reason_text(self, index: int) -> str:
        """A reason as listed: its hotkey, its words, and whether the hits suggest it."""
        if index == 0:
            return self.tr("(no reason)")
        code = self.codes[index - 1]
        shown = term("reason", code)
        if index <= 9:
            shown = f"{index} {shown}"
        if code == self.suggested:
            shown = self.tr("%1 (suggested)").replace("%1", shown)
        return shown

    def _name_reasons(self) -> None:
        for i in range(self.reason.count()):
            self.reason.setItemText(i, self.reason_text(i))

    def _set_counter(self, settings: counter.CounterSettings) -> None:
        self.default_direction = settings.default_direction
        self.hit_alert = settings.hit_alert
        if self.traveller is None and not self._direction_touched:
            self._reset_direction()
        self._show_direction()

    # --- direction -----------------------------------------------------------------------

    @property
    def direction(self) -> str:
        return "exit" if self.exit_button.isChecked() else "entry"

    def toggle_direction(self) -> None:
        """F2: the other direction, for the traveller at the counter only."""
        (self.entry_button if self.exit_button.isChecked() else self.exit_button).setChecked(True)

    def _direction_toggled(self, _button: object, checked: bool) -> None:
        if not checked:
            return
        if not self._resetting:
            self._direction_touched = True
            self._direction_doc = self.traveller.document_number if self.traveller else None
        self._show_direction()
        self.screen_now()

    def _reset_direction(self) -> None:
        """Back to the counter's default (a switch lasts one traveller)."""
        self._resetting = True
        try:
            (self.exit_button if self.default_direction == "exit"
             else self.entry_button).setChecked(True)  # fmt: skip
        finally:
            self._resetting = False
        self._direction_touched = False
        self._direction_doc = None
        self._show_direction()

    def _show_direction(self) -> None:
        d = self.direction
        self.direction_label.setText(term("direction", d).upper())
        self.direction_label.setStyleSheet(colours.DIRECTION[d].sheet("padding: 4px 12px;"))
        if d != self.default_direction:
            self.direction_hint.setText(
                self.tr(
                    "Switched for this traveller only: back to %1 with the next one (F2 "
                    "switches back)."
                ).replace("%1", term("direction", self.default_direction))
            )
            self.direction_hint.setStyleSheet(
                colours.CAUTION.sheet("font-weight: bold; padding: 2px;")
            )
        else:
            self.direction_hint.setText(
                self.tr("This counter's direction. F2 switches for one traveller.")
            )
            self.direction_hint.setStyleSheet("")

    # --- flow ----------------------------------------------------------------------------

    def _document_changed(self, doc: TravelDocument | None) -> None:
        # An unfinished invalid MRZ (a wedge still typing) is judged after a pause.
        complete = doc is None or doc.valid or input_complete(self.mrz.toPlainText())
        self.view.show_document(doc, pending=not complete)
        if complete:
            self._mrz_pause.stop()
        else:
            self._mrz_pause.start()
        # The field's one parse becomes the traveller: nothing downstream parses again.
        new = traveller.from_document(doc) if doc is not None and traveller.usable(doc) else None
        if self._direction_touched and new is not None:
            # F2 lasts one traveller: scanning the next one without a decision or Esc
            # must not screen them in the switched direction.
            if self._direction_doc is None:
                self._direction_doc = new.document_number
            elif new.document_number != self._direction_doc:
                self._reset_direction()
        # Another document: no reason carried over; its hits will suggest one.
        self._preselecting(lambda: self.reason.setCurrentIndex(0 if self.reason.count() else -1))
        self._reason_chosen = False
        self._token += 1  # results for an earlier text are stale
        self._set_screening(None)
        self.message.clear()
        self.traveller = new
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
        self.ops.query(
            service.screen_traveller,
            self.traveller,
            self.direction,
            on_done=lambda r: self._screened(token, r),
            on_error=lambda e: self._screen_failed(token, e),
        )

    def _set_screening(self, screening: service.Screening | None) -> None:
        self.screening = screening
        if screening is None:
            self.cancel_reason()
        self.policy.show_assessment(screening.assessment.to_json() if screening else None)
        self._show_expected()
        self._show_permit()

    def _screened(self, token: int, screening: service.Screening) -> None:
        if token != self._token:
            return
        self._set_screening(screening)
        self.hits.show_hits(list(screening.hits), dict(screening.replica))
        # Hits that forbid an admit demand attention: a red frame, and (the counter's
        # `hit-alert`) the bell and a few pulses.
        if blocking(screening.hits, screening.direction):
            if self.hit_alert:
                self.hits.alert(sound=True)
            else:
                self.hits.set_attention(True)
        self._suggest()
        self._update_buttons()

    def _show_permit(self) -> None:
        """The positive confirmation of a valid entry permit (inbound only)."""
        held = self.screening.permit if self.screening is not None else None
        if held is None:
            self.permit.clear()
            self.permit.hide()
            return
        self.permit.setText(
            self.tr("Entry permit valid: %1, until %2")
            .replace("%1", held.permit_number)
            .replace("%2", day(held.valid_until))
        )
        self.permit.setStyleSheet(colours.OK.sheet("font-weight: bold; padding: 4px;"))
        self.permit.show()

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
                    "%1", str(found.prescreen_hits)
                )
            else:
                text += self.tr("pre-screened by the central: no hits")
        self.expected.setText(text)
        self.expected.setStyleSheet(colours.NEUTRAL.sheet("padding: 2px;"))
        self.expected.show()

    def _update_buttons(self) -> None:
        ready = self.screening is not None and not self._deciding
        for b in (self.admit, self.refer, self.refuse):
            b.setEnabled(ready)
        self.override.setEnabled(ready and self.screening is not None
                                 and self.screening.needs_attention)  # fmt: skip

    # --- reasons -------------------------------------------------------------------------

    def _preselecting(self, change: Any) -> None:
        """Run `change` to the combo as the panel's own doing, not the officer's choice."""
        self._quiet = True
        try:
            change()
        finally:
            self._quiet = False
        self._preselected = self.reason.currentIndex()

    def _reason_changed(self, _index: int) -> None:
        if not self._quiet:
            self._officer_chose()

    def _officer_chose(self) -> None:
        self._reason_chosen = True

    @property
    def reason_chosen(self) -> bool:
        """Whether the officer picked the reason (else it is the hits' suggestion)."""
        return self._reason_chosen or self.reason.currentIndex() != self._preselected

    def _suggest(self) -> None:
        """Preselect the reason the hits suggest, unless the officer chose one."""
        s = self.screening
        chip = self.chip.result
        self.suggested = None if s is None else suggest_reason(
            s.hits, s.direction, self.codes, document_valid=s.traveller.valid,
            chip_failed=bool(chip) and chip.get("accepted") is False)  # fmt: skip
        self._name_reasons()
        if not self.reason_chosen and self.reason.count():
            index = self.reason.findData(self.suggested) if self.suggested else 0
            self._preselecting(lambda: self.reason.setCurrentIndex(max(index, 0)))

    def choose_reason(self, n: int) -> None:
        """A digit: reason `n` (0: none, for a referral); in the reasons, it decides."""
        if self.pending is not None:
            row = n if self.pending == "refer" else n - 1
            if 0 <= row < self.reason_choices.count():
                self.reason_choices.setCurrentRow(row)
                self.confirm_reason()
            return
        if 0 < n < self.reason.count() or (n == 0 and self.reason.count()):
            self.reason.setCurrentIndex(n)
            self._officer_chose()

    def request(self, decision: str) -> None:
        """F9/F10/F11 or a button: admit at once; refer or refuse with a reason the officer
        confirms (the list opens unless they chose one; pressing again confirms)."""
        if self._deciding:
            return  # the last decision is still being written
        if decision == "admit" or self.screening is None:
            self.decide(decision)
        elif self.pending == decision:
            self.confirm_reason()
        elif self.reason_chosen:
            self.decide(decision)
        else:
            self.pending = decision
            self._show_choices()
            self.reason_prompt.show()
            self.reason_choices.show()
            self.reason_choices.setFocus()

    def _show_choices(self) -> None:
        refer = self.pending == "refer"
        first = 0 if refer else 1  # a referral may have no reason: 0
        # The reason selected stays selected (refuse -> refer, a new language): by its code,
        # not its row (a referral's list starts with "no reason").
        current = self.reason_choices.currentItem() if self.reason_choices.isVisible() else None
        code = (current.data(Qt.ItemDataRole.UserRole) if current is not None
                else self.reason.currentData())  # fmt: skip
        self.reason_choices.clear()
        row = 0
        for i in range(first, self.reason.count()):
            item = QListWidgetItem(("0 " if i == 0 else "") + self.reason_text(i))
            item.setData(Qt.ItemDataRole.UserRole, self.reason.itemData(i))
            if code is not None and self.reason.itemData(i) == code:
                row = i - first
            self.reason_choices.addItem(item)
        self.reason_choices.setCurrentRow(row)
        self.reason_choices.setFixedHeight(
            self.reason_choices.sizeHintForRow(0) * max(self.reason_choices.count(), 1) + 6
        )
        self.reason_prompt.setText(
            self.tr(
                "Refer: the reason? 1-9 records with that reason (0: none), Enter with "
                "the one selected, Esc goes back."
            )
            if refer
            else self.tr(
                "Refuse: the reason? 1-9 records with that reason, Enter with the one "
                "selected, Esc goes back."
            )
        )
        self.reason_prompt.setStyleSheet(colours.CAUTION.sheet("font-weight: bold; padding: 4px;"))

    def confirm_reason(self) -> None:
        """Record the pending refer/refuse with the reason selected in the list."""
        decision, item = self.pending, self.reason_choices.currentItem()
        if decision is None:
            return
        code = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        index = self.reason.findData(code) if code else 0
        self.reason.setCurrentIndex(max(index, 0))
        self._officer_chose()
        self.cancel_reason(refocus=False)
        self.decide(decision)

    def cancel_reason(self, *, refocus: bool = True) -> None:
        if self.pending is None:
            return
        self.pending = None
        self.reason_prompt.hide()
        self.reason_choices.hide()
        if refocus:
            self.mrz.setFocus()

    def escape(self) -> None:
        """Esc: out of the reasons, else on to the next traveller."""
        if self.pending is not None:
            self.cancel_reason()
        else:
            self.next_traveller()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.reason_choices and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.confirm_reason()
                return True
        return super().eventFilter(watched, event)

    # --- decision ------------------------------------------------------------------------

    def decide(self, decision: str, override_by: str | None = None) -> None:
        self.cancel_reason(refocus=False)
        if self._deciding:
            return  # F9 then F11 before the first write returned: one record per traveller
        if self.screening is None:
            self.show_message(self.tr("Scan the document and wait for screening first."))
            return
        for b in (self.admit, self.refer, self.refuse, self.override):
            b.setEnabled(False)
        self._deciding = True
        token = self._token
        # A reason is a refusal's or a referral's: an admit records none (the combo holds
        # the hits' suggestion).
        reason = None if decision == "admit" else self.reason.currentData()
        chosen = Decision(
            self.screening.direction,
            decision,
            reason,
            self.note.text().strip() or None,
            override=override_by is not None,
        )
        self.ops.run(
            service.decide,
            self.screening,
            chosen,
            override_by=override_by,
            face=self.face.record(),
            changes=Change.RECORDS,
            on_done=lambda rec: self._recorded(token, rec),
            on_error=lambda e: self._not_recorded(token, e),
        )

    def _recorded(self, token: int, record: service.Record) -> None:
        self._deciding = False
        self.recorded.emit(record)
        names = {
            "admit": self.tr("admitted"),
            "refer": self.tr("referred"),
            "refuse": self.tr("refused"),
        }
        by = record.fields.get("override_by")
        if record.fields.get("override") and by and by != record.fields.get("officer"):
            text = (
                self.tr("Recorded No. %1: admitted with the override of supervisor %2.")
                .replace("%1", str(record.seq))
                .replace("%2", str(by))
            )
        else:
            text = (
                self.tr("Recorded No. %1: %2.")
                .replace("%1", str(record.seq))
                .replace("%2", names.get(record.decision, record.decision))
            )
        if token != self._token:
            # The officer already scanned the next traveller: keep them, say whose it was.
            self._update_buttons()
            name = " ".join(
                x for x in (record.fields.get("surname"), record.fields.get("given_names")) if x
            )
            self.show_message(self.tr("Previous traveller (%1): %2").replace("%1", name)
                              .replace("%2", text), error=False)  # fmt: skip
            return
        self.next_traveller()
        self.show_message(text, error=False)

    def _not_recorded(self, token: int, error: BaseException) -> None:
        self._deciding = False
        self._update_buttons()
        if token != self._token:
            self.show_message(
                self.tr("Previous traveller NOT recorded: %1").replace("%1", error_text(error))
            )
            return
        self.show_message(error_text(error))

    def ask_override(self) -> None:
        if not self.override.isEnabled():
            return
        hits = self.screening.hits if self.screening is not None else ()
        dialog = SupervisorAuthDialog(self.session, self, hits=hits, note=self.note.text().strip())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.supervisor:
            self.note.setText(dialog.note_text())  # recorded with the override (decide)
            self.decide("admit", override_by=dialog.supervisor)

    # --- MRZ from images ---------------------------------------------------------------

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Photo of the data page"),
            "",
            self.tr("Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)"),
        )
        if path:
            self.read_photo(path)

    def read_photo(self, path: str) -> None:
        self.photo.setEnabled(False)
        self._photo_path = path
        self._typed = {}
        self.show_message(self.tr("Reading the MRZ in the photo…"), error=False)
        run_task(
            read_photo, path, on_done=partial(self._photo_read, path), on_error=self._image_failed
        )

    def _photo_read(self, path: str, read: PhotoRead) -> None:
        """A photo's reading; refused for a few cells, the officer is asked to type them
        (ui/typed_cells.py) and the photo is read again with them. A reading of another
        photo than the one now read (the next traveller came, or the camera) is dropped:
        it must not fill another traveller's MRZ."""
        self.photo.setEnabled(True)
        if path != self._photo_path:
            return
        result = read.result
        asked = read.to_type
        if self._typed and not result.document.valid and not asked:
            # No verdict on the document: what was typed may be what is wrong.
            self.photo.setEnabled(True)
            self.show_message(self.typed_failed_text(result))
            return
        if result.document.valid or not asked:
            self._image_read(result, typed=tuple(sorted(self._typed)))
            return
        self.photo.setEnabled(True)
        self.show_message(self.refusal_text(result))
        lines, fmt = result.document.lines, result.document.format
        self.typing = TypeCellsDialog(lines, asked, self, again=bool(self._typed))
        self.typing.accepted.connect(partial(self._typed_chosen, self.typing, fmt))
        self.typing.open()

    def _typed_chosen(self, dialog: TypeCellsDialog, fmt: str) -> None:
        path = self._photo_path
        if path is None:
            return
        self._typed.update(dialog.typed())
        self.photo.setEnabled(False)
        self.show_message(
            self.tr("Reading the MRZ in the photo again with the characters you typed…"),
            error=False,
        )
        run_task(
            read_photo,
            path,
            fmt,
            dict(self._typed),
            on_done=partial(self._photo_read, path),
            on_error=self._image_failed,
        )

    def scan_camera(self) -> None:
        self._photo_path = None
        dialog = CameraDialog(self.camera_source, self)
        dialog.exec()
        if dialog.result_value is not None:
            self._image_read(dialog.result_value.result)
        elif dialog.error is not None:
            from desktop.documents.camera import ScanCancelled

            if not isinstance(dialog.error, ScanCancelled):
                self._image_failed(dialog.error)

    def _image_read(self, result: Any, typed: tuple[tuple[int, int], ...] = ()) -> None:
        """A reading from the camera or a photo (`typed`: where the officer typed)."""
        self.photo.setEnabled(True)
        if result.document.valid:
            self.mrz.setPlainText("\n".join(result.document.lines))
            if typed:
                where = ", ".join(f"{line}:{col}" for line, col in typed)
                self.show_message(
                    self.tr(
                        "MRZ read from the image, with what you typed at line:column %1: "
                        "compare it with the document."
                    ).replace("%1", where),
                    error=False,
                )
            else:
                self.show_message(
                    self.tr("MRZ read from the image: compare it with the document."),
                    error=False,
                )
        else:
            self.show_message(self.refusal_text(result))

    def refusal_text(self, result: Any) -> str:
        """Why an OCR reading was not put into the MRZ field."""
        positions = ", ".join(f"{line}:{col}" for line, col in result.uncertain[:8])
        if positions:
            return self.tr(
                "The MRZ could not be read with certainty (line:column %1). "
                "Take another picture or type it."
            ).replace("%1", positions)
        # Invalid whatever its unsure characters hold (ocr_decide rule 17): name them. Not
        # for rule 8's digits printed among letters (also `unsure`): there the letter
        # look-alike would make it valid, so "whatever they hold" would be false.
        codes = {getattr(e, "code", "") for e in result.document.errors}
        rule_17 = "ocr.unsure_invalid" in codes
        unsure = ", ".join(f"{line}:{col}" for line, col in result.unsure[:8])
        if unsure and rule_17:
            return self.tr(
                "The MRZ read from the image fails its checks, whatever the "
                "characters read without certainty hold (line:column %1). Take "
                "another picture or type it."
            ).replace("%1", unsure)
        return self.tr(
            "The MRZ read from the image fails its checks. Take another picture or type it."
        )

    def typed_failed_text(self, result: Any) -> str:
        """Why a photo read again with the officer's characters is still not put into the
        MRZ field. Never a verdict on the document: a typed character may be wrong."""
        positions = ", ".join(f"{line}:{col}" for line, col in result.uncertain[:8])
        whys = {
            getattr(e.params.get("why"), "code", "")
            for e in result.document.errors
            if getattr(e, "code", "") == "ocr.refused"
        }
        if positions and "ocr.why.typed_invalid" not in whys:
            return self.tr(
                "Read again with what you typed, the MRZ still could not be read with "
                "certainty (line:column %1). Take another picture or type the whole MRZ."
            ).replace("%1", positions)
        return self.tr(
            "Read with what you typed, the MRZ fails its checks: a character typed may be "
            "wrong. Check what you typed against the document, or type the whole MRZ."
        )

    def _image_failed(self, error: BaseException) -> None:
        self.photo.setEnabled(True)
        self.show_message(error_text(error))

    def next_traveller(self) -> None:
        self._token += 1
        self._photo_path = None
        self._typed = {}
        if self.typing is not None:
            self.typing.reject()
            self.typing = None
        self.mrz.clear()
        self.note.clear()
        self.traveller = None
        self._set_screening(None)
        self.suggested = None
        self._preselecting(lambda: self.reason.setCurrentIndex(0))
        self._name_reasons()
        self._reason_chosen = False
        self._reset_direction()  # F2 held for that traveller only
        self.hits.clear()
        self.chip.clear()
        self.face.clear()
        self.message.clear()
        self._update_buttons()
        self.mrz.setFocus()

    def show_message(self, text: str, *, error: bool = True) -> None:
        pair = colours.ERROR if error else colours.OK
        self.message.setStyleSheet(pair.sheet("font-weight: bold; padding: 2px;"))
        self.message.setText(text)
