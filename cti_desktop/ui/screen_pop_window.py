"""The single screen-pop window: who is calling, through which queue, and one key to answer or reject.

:class:`ScreenPopWindow` is a compact pop (:class:`~cti_desktop.ui.pop_frame.PopFrame`: a frameless
tool window on top of the others, with a border and a drag handle, out of the task bar and Alt+Tab)
bound to one :class:`~cti_desktop.viewmodels.screen_pop.PopItem`. It is shown without taking the
keyboard from what the agent is typing (``WA_ShowWithoutActivating``); a click into it, or
:meth:`~cti_desktop.ui.screen_pop.ScreenPopController.focusLatest`, gives it the keyboard, and then
Enter answers, Esc rejects. Where and how many are shown is the controller's job
(:mod:`cti_desktop.ui.screen_pop`).

For screen readers every label and control carries its content in its accessible name (the
caller's name, number, company, queue, the lookup status, the error) and says what it is in its
accessible description; the window's name is the whole pop in one sentence
(:attr:`PopItem.spokenSummary`). When a call rings the window announces that sentence (Qt 6.8+:
``QAccessibleAnnouncementEvent``, assertive; older Qt: an ``Alert`` event on the window), and
again, politely, when the lookup changes who it says is calling while the call still rings.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAccessible, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cti_desktop.core.pop_state import RINGING
from cti_desktop.viewmodels.screen_pop import ANSWERING, REJECTING, PopItem

from .pop_frame import FRAME_STYLE, Announcer, PopFrame, announcement
from .screen_pop_style import POP_STYLE
from .theme import set_style

__all__ = ["MIN_WIDTH", "TITLE_PREFIX", "ScreenPopWindow"]

TITLE_PREFIX = QT_TRANSLATE_NOOP("ScreenPopWindow", "Incoming call — ")
#: The narrowest a pop gets (it grows with a long name or a lookup error).
MIN_WIDTH = 320


class ScreenPopWindow(PopFrame):
    """One incoming call's pop, bound to a :class:`PopItem`.

    Made without an item, it is a pop built ahead (widgets, style and native window ready, hidden)
    that :meth:`bind` gives its call when one rings: the controller keeps one so a ringing call
    does not wait for a window to be made. A window is bound once, to one call.
    """

    def __init__(self, item: PopItem | None = None, parent: QWidget | None = None, *,
                 announcer: Announcer | None = None) -> None:
        self.caption = QLabel(translate("ScreenPopWindow", "Incoming call"))
        self.caption.setObjectName("popCaption")
        self.caption.setAccessibleName(translate("ScreenPopWindow", "Incoming call"))
        self.caption.setAccessibleDescription(translate("ScreenPopWindow", "A call is ringing for you"))
        super().__init__(self.caption, parent)
        #: The pop this window shows (None until :meth:`bind`).
        self.item: PopItem | None = None
        self._announcer: Announcer = announcer or QAccessible.updateAccessibility
        #: The sentence last announced ("" until the call was announced).
        self.announced = ""
        self.setObjectName("screenPop")
        self.setAccessibleName(translate("ScreenPopWindow", "Incoming call"))
        self.setMinimumWidth(MIN_WIDTH)
        set_style(self, FRAME_STYLE + POP_STYLE)

        self.name_label = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setWordWrap(True)
        self.name_label.setAccessibleDescription(translate("ScreenPopWindow", "Caller"))
        self.number_label = QLabel()
        self.number_label.setTextFormat(Qt.TextFormat.PlainText)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number_label.setAccessibleDescription(translate("ScreenPopWindow", "Caller's number"))
        self.number_label.setObjectName("popMuted")
        self.company_label = QLabel()
        self.company_label.setTextFormat(Qt.TextFormat.PlainText)
        self.company_label.setAccessibleDescription(translate("ScreenPopWindow", "Caller's company"))
        self.company_label.setObjectName("popMuted")
        self.via_label = QLabel()
        self.via_label.setTextFormat(Qt.TextFormat.PlainText)
        self.via_label.setAccessibleDescription(translate("ScreenPopWindow", "The queue or number the call came through"))
        self.via_label.setObjectName("popVia")
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setAccessibleDescription(translate("ScreenPopWindow", "Lookup status"))
        self.status_label.setWordWrap(True)

        self.match_combo = QComboBox()
        self.match_combo.setAccessibleName(translate("ScreenPopWindow", "Matching contacts"))
        self.match_combo.setAccessibleDescription(translate("ScreenPopWindow", "Several contacts have this number: choose the caller"))
        self.match_combo.setToolTip(translate("ScreenPopWindow", "Several contacts have this number: choose the caller"))
        self.match_label = QLabel(translate("ScreenPopWindow", "&Contact:"))
        self.match_label.setBuddy(self.match_combo)

        self.unknown_label = QLabel(translate("ScreenPopWindow", "Unknown caller"))
        self.unknown_label.setAccessibleName(translate("ScreenPopWindow", "Unknown caller"))
        self.unknown_label.setAccessibleDescription(translate("ScreenPopWindow", "No contact has this number"))
        self.add_button = QPushButton(translate("ScreenPopWindow", "A&dd contact…"))
        self.add_button.setAccessibleName(translate("ScreenPopWindow", "Add contact"))
        self.add_button.setToolTip(translate("ScreenPopWindow", "Add this caller as a contact"))

        # The small "add contact" form (inline: never a modal dialog).
        self.add_form = QFrame()
        self.add_form.setFrameShape(QFrame.Shape.StyledPanel)
        self.add_number = QLineEdit()
        self.add_number.setAccessibleName(translate("ScreenPopWindow", "Number to add"))
        self.add_number.setAccessibleDescription(translate("ScreenPopWindow", "The number of the new contact"))
        self.add_number.setToolTip(translate("ScreenPopWindow", "The number of the new contact"))
        self.add_name = QLineEdit()
        self.add_name.setAccessibleName(translate("ScreenPopWindow", "Name to add"))
        self.add_name.setAccessibleDescription(translate("ScreenPopWindow", "The name of the new contact"))
        self.add_name.setToolTip(translate("ScreenPopWindow", "The name of the new contact"))
        self.add_submit = QPushButton(translate("ScreenPopWindow", "Open in CRM"))
        self.add_submit.setAccessibleName(translate("ScreenPopWindow", "Add the contact in the CRM"))
        self.add_submit.setAccessibleDescription(translate("ScreenPopWindow", "Opens the CRM's page for adding this contact"))
        self.add_submit.setToolTip(translate("ScreenPopWindow", "Open the CRM's page for adding this contact"))
        self.add_note = QLabel()
        self.add_note.setWordWrap(True)
        self.add_note.setTextFormat(Qt.TextFormat.PlainText)
        self.add_note.setAccessibleDescription(translate("ScreenPopWindow", "Note"))
        form = QFormLayout(self.add_form)
        form.addRow(translate("ScreenPopWindow", "&Number:"), self.add_number)
        form.addRow(translate("ScreenPopWindow", "N&ame:"), self.add_name)
        form.addRow(self.add_note)
        form.addRow(self.add_submit)
        self.add_form.hide()

        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        set_style(self.error_label, "color: $critical;")
        self.error_label.setAccessibleDescription(translate("ScreenPopWindow", "Error"))

        self.answer_button = QPushButton(translate("ScreenPopWindow", "&Answer"))
        self.answer_button.setAccessibleName(translate("ScreenPopWindow", "Answer"))
        self.answer_button.setToolTip(translate("ScreenPopWindow", "Answer the call (Enter)"))
        self.answer_button.setDefault(True)
        self.answer_button.setObjectName("answerButton")
        self.reject_button = QPushButton(translate("ScreenPopWindow", "&Reject"))
        self.reject_button.setAccessibleName(translate("ScreenPopWindow", "Reject"))
        self.reject_button.setToolTip(translate("ScreenPopWindow", "Reject the call (Esc)"))
        self.reject_button.setObjectName("rejectButton")
        # Where to answer when the phone system cannot answer from the desktop (then no Answer/Reject).
        self.answer_hint = QLabel()
        self.answer_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.answer_hint.setWordWrap(True)
        self.answer_hint.setObjectName("popAnswerHint")
        self.answer_hint.setAccessibleDescription(translate("ScreenPopWindow", "How to answer"))
        self.record_button = QPushButton(translate("ScreenPopWindow", "&Open record"))
        self.record_button.setAccessibleName(translate("ScreenPopWindow", "Open record"))
        self.record_button.setToolTip(translate("ScreenPopWindow", "Open the caller's record in the CRM"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        matches = QHBoxLayout()
        matches.addWidget(self.match_label)
        matches.addWidget(self.match_combo, 1)
        unknown = QHBoxLayout()
        unknown.addWidget(self.unknown_label)
        unknown.addStretch(1)
        unknown.addWidget(self.add_button)

        via = QHBoxLayout()
        via.addWidget(self.via_label)
        via.addStretch(1)

        layout = self.body
        layout.addWidget(self.name_label)
        layout.addWidget(self.number_label)
        layout.addWidget(self.company_label)
        layout.addLayout(via)
        layout.addLayout(matches)
        layout.addLayout(unknown)
        layout.addWidget(self.add_form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addSpacing(4)
        layout.addWidget(self.answer_hint)
        layout.addLayout(buttons)

        for a, b in (
            (self.answer_button, self.reject_button),
            (self.reject_button, self.record_button),
            (self.record_button, self.match_combo),
            (self.match_combo, self.add_button),
            (self.add_button, self.add_number),
            (self.add_number, self.add_name),
            (self.add_name, self.add_submit),
        ):
            QWidget.setTabOrder(a, b)

        self.add_button.clicked.connect(self._show_add_form)
        self.add_submit.clicked.connect(self._submit_add)
        self.add_number.returnPressed.connect(self._submit_add)
        self.add_name.returnPressed.connect(self._submit_add)
        if item is not None:
            self.bind(item)

    def bind(self, item: PopItem) -> None:
        """Show ``item``'s call in this window and follow its changes (once: a window shows one call)."""
        if self.item is not None:
            raise RuntimeError("this pop window already shows a call")
        self.item = item
        self.answer_button.clicked.connect(item.answer)
        self.reject_button.clicked.connect(item.reject)
        self.record_button.clicked.connect(item.openRecord)
        self.match_combo.activated.connect(item.choose)
        for signal in (
            item.titleChanged, item.callerNameChanged, item.callerNumberChanged, item.companyChanged,
            item.viaChanged, item.unknownChanged, item.lookupPendingChanged, item.lookupErrorChanged,
            item.canAnswerChanged, item.canRejectChanged, item.canOpenRecordChanged, item.canAddContactChanged,
            item.stateChanged, item.errorChanged, item.recordUrlChanged, item.offersChanged,
        ):
            signal.connect(self._refresh)
        item.matchesChanged.connect(self._refresh_matches)
        item.selectedMatchChanged.connect(self._refresh_matches)
        item.spokenSummaryChanged.connect(self._refresh)
        item.spokenSummaryChanged.connect(self._announce_update)
        item.lookupPendingChanged.connect(self._announce_update)
        self._refresh_matches()
        self._refresh()

    # ---------------------------------------------------------------------------- screen readers
    def announce_ringing(self) -> None:
        """Tell screen readers who is calling and through which queue (when the pop appears)."""
        self._announce(assertive=True)

    @Slot()
    def _announce_update(self) -> None:
        """The lookup told more about the caller while the call still rings: say it again, politely."""
        item = self.item
        if (self.announced and item.state == RINGING and not item.lookupPending
                and item.spokenSummary != self.announced):
            self._announce(assertive=False)

    def _announce(self, *, assertive: bool) -> None:
        text = self.item.spokenSummary
        self.announced = text
        self._announcer(announcement(self, text, assertive=assertive))  # the window's name is the same sentence

    # ------------------------------------------------------------------------------ binding
    @Slot()
    def _refresh(self) -> None:
        item = self.item
        title = item.title or "Unknown caller"
        self.setWindowTitle(translate("ScreenPopWindow", TITLE_PREFIX) + title)
        self.name_label.setText(title)
        number = item.callerNumber
        self.number_label.setText(number if number and number != title else "")
        self.number_label.setVisible(bool(self.number_label.text()))
        self.company_label.setText(item.company)
        self.company_label.setVisible(bool(item.company))
        self.via_label.setText(translate("ScreenPopWindow", "via {via}").format(via=item.via) if item.via else "")
        self.via_label.setVisible(bool(item.via))
        self.unknown_label.setVisible(item.unknown)
        self.add_button.setVisible(item.unknown)
        self.add_button.setEnabled(item.canAddContact)
        if item.state in (ANSWERING, REJECTING):
            status = {ANSWERING: "Answering…", REJECTING: "Rejecting…"}[item.state]
        elif item.lookupPending:
            status = "Looking up the caller…"
        else:
            status = item.lookupError
        self.status_label.setText(status)
        self.status_label.setVisible(bool(status))
        self.error_label.setText(item.error)
        self.error_label.setVisible(bool(item.error))
        self.answer_button.setEnabled(item.canAnswer)
        self.reject_button.setEnabled(item.canReject)
        # what the phone system cannot do from here at all is not shown; the pop says where instead
        self.answer_button.setVisible(item.offersAnswer)
        self.reject_button.setVisible(item.offersReject)
        self.answer_button.setDefault(item.offersAnswer)
        self.answer_hint.setText(item.answerHint)
        self.answer_hint.setVisible(bool(item.answerHint))
        self.record_button.setEnabled(item.canOpenRecord)
        self.record_button.setToolTip(item.recordUrl or translate("ScreenPopWindow", "Open the caller's record in the CRM"))
        if item.canAddInCrm:
            self.add_note.setText("")
            self.add_submit.setEnabled(True)
        else:
            self.add_note.setText(
                translate("ScreenPopWindow", "This phone system offers no way to create contacts from the desktop. "
                "Set an \"add contact\" CRM link in the settings to add callers there.")
            )
            self.add_submit.setEnabled(False)
        self.add_note.setVisible(bool(self.add_note.text()))
        self._refresh_accessible_text()

    def _refresh_accessible_text(self) -> None:
        """Each label's accessible name is its content; the controls say whose call they act on."""
        item = self.item
        title = item.title or "Unknown caller"
        self.setAccessibleName(item.spokenSummary)
        self.setAccessibleDescription(self.status_label.text() or item.answerHint)
        for label in (self.name_label, self.number_label, self.company_label, self.via_label, self.status_label,
                      self.error_label, self.answer_hint, self.add_note):
            if label.accessibleName() != label.text():
                label.setAccessibleName(label.text())
        self.answer_button.setAccessibleDescription(translate("ScreenPopWindow", "Answer the call from {title} (Enter)").format(title=title))
        self.reject_button.setAccessibleDescription(translate("ScreenPopWindow", "Reject the call from {title} (Esc)").format(title=title))
        self.record_button.setAccessibleDescription(
            translate("ScreenPopWindow", "Open the record of {title} in the CRM").format(title=title) if item.canOpenRecord else translate("ScreenPopWindow", "No record to open for this caller"))
        number = item.callerNumber
        self.add_button.setAccessibleDescription(translate("ScreenPopWindow", "Add {number} as a contact").format(number=number) if number else translate("ScreenPopWindow", "Add this caller as a contact"))

    @Slot()
    def _refresh_matches(self) -> None:
        matches = self.item.matches
        self.match_combo.blockSignals(True)
        self.match_combo.clear()
        for m in matches:
            parts = [m["name"]]
            if m.get("company"):
                parts.append(m["company"])
            if m.get("source"):
                parts.append(f"({m['source']})")
            self.match_combo.addItem(" — ".join(parts[:2]) + (" " + parts[2] if len(parts) > 2 else ""))
        if 0 <= self.item.selectedMatch < len(matches):
            self.match_combo.setCurrentIndex(self.item.selectedMatch)
        self.match_combo.blockSignals(False)
        several = len(matches) > 1
        self.match_combo.setVisible(several)
        self.match_label.setVisible(several)

    @Slot()
    def _show_add_form(self) -> None:
        if not self.add_number.text():
            self.add_number.setText(self.item.callerNumber)
        if not self.add_name.text() and self.item.callerName != self.item.callerNumber:
            self.add_name.setText(self.item.callerName)
        self.add_form.show()
        self.add_name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.item.addContact()

    @Slot()
    def _submit_add(self) -> None:
        self.item.submitAddContact(self.add_number.text(), self.add_name.text())

    # ----------------------------------------------------------------------------- keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        focus = self.focusWidget()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if isinstance(focus, QAbstractButton) and focus.isEnabled() and focus is not self.answer_button:
                focus.click()  # Enter on a focused button presses that button, not Answer
            elif isinstance(focus, (QLineEdit, QComboBox)):
                pass
            elif self.answer_button.isEnabled():
                self.answer_button.click()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            if self.add_form.isVisible() and isinstance(focus, QLineEdit):
                self.add_form.hide()
            elif self.reject_button.isEnabled():
                self.reject_button.click()
            event.accept()
            return
        super().keyPressEvent(event)
