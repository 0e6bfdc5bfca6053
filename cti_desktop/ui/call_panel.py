"""The call panel: one card per current call, with every action the server allows one click away.

Binds to :class:`~cti_desktop.viewmodels.call_panel.CallPanelViewModel`; never talks to the backend.
Buttons are enabled exactly from the view-model's ``can…`` flags; paired buttons (Hold/Resume,
Mute/Unmute) show the one that applies. Errors appear inline on the card (or on the panel when the
call has gone). Nothing here blocks: choosers are menus and popups, never modal dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.core.call_operations import BY_NAME, RECORDING_STEPS, TRANSFER_VARIANTS
from cti_desktop.viewmodels.call_panel import CallItemViewModel, CallPanelViewModel

from .sms import open_sms_dialog

DTMF_KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#")

#: Role under which a transfer-suggestion model keeps the number to dial (display role = the label).
NUMBER_ROLE = Qt.ItemDataRole.UserRole


def _button(text: str, name: str, tip: str, slot: Callable[[], object] | None = None) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    button.setAutoDefault(False)
    if slot is not None:
        button.clicked.connect(lambda _checked=False: slot())
    return button


def name_clear_button(edit: QLineEdit) -> None:
    """The clear button ``setClearButtonEnabled`` adds is a control too: name it."""
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(f"Clear {edit.accessibleName().lower()}")
        button.setToolTip("Clear")


def _label(name: str, *, wrap: bool = False, style: str = "") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(wrap)
    if style:
        label.setStyleSheet(style)
    return label


class ChoiceButton(QToolButton):
    """A button that acts on one of several options (a device, another call).

    With one option a click acts on it ("Move to Desk phone"); with several, ``default_first``
    decides: a click acts on the first and the arrow offers the others (answer), or the click opens
    the list so the person chooses (move, connect calls).
    """

    chosen = Signal(str)

    def __init__(self, verb: str, name: str, tip: str, *, default_first: bool) -> None:
        super().__init__()
        self._verb = verb
        self._default_first = default_first
        self._options: list[tuple[str, str]] = []
        self.setObjectName(name)
        self.setAccessibleName(name)
        self.setToolTip(tip)
        self.setText(verb)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._menu = QMenu(self)
        self._menu.setAccessibleName(f"{name} choices")
        self.clicked.connect(self._clicked)

    @property
    def options(self) -> list[tuple[str, str]]:
        return list(self._options)

    def set_options(self, options: list[tuple[str, str]]) -> None:
        if options == self._options:
            return
        self._options = options
        self._menu.clear()
        for value, label in options:
            action = self._menu.addAction(label)
            action.triggered.connect(lambda _checked=False, v=value: self.chosen.emit(v))
        if len(options) > 1:
            self.setMenu(self._menu)
            if self._default_first:
                self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
                self.setText(f"{self._verb} ({options[0][1]})")
            else:
                self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
                self.setText(f"{self._verb}…")
        else:
            self.setMenu(None)  # type: ignore[arg-type]
            self.setPopupMode(QToolButton.ToolButtonPopupMode.DelayedPopup)
            self.setText(f"{self._verb} ({options[0][1]})" if options and not self._default_first else self._verb)

    def _clicked(self) -> None:
        if len(self._options) == 1 or (self._options and self._default_first):
            self.chosen.emit(self._options[0][0])
        elif not self._options:
            self.chosen.emit("")


class DtmfPopup(QFrame):
    """A 12-key keypad that sends each key as a tone on one call; typing digits works too."""

    key = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("Keypad tones")
        self.setAccessibleName("Keypad tones")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        self.buttons: dict[str, QPushButton] = {}
        for i, k in enumerate(DTMF_KEYS):
            button = _button(k, f"Tone {k}", f"Send the tone {k}", lambda k=k: self.key.emit(k))
            button.setFixedWidth(44)
            grid.addWidget(button, i // 3, i % 3)
            self.buttons[k] = button

    def keyPressEvent(self, event) -> None:
        text = event.text().upper()
        if text and text in "0123456789*#ABCD":
            self.key.emit(text)
            return
        super().keyPressEvent(event)


class CallCard(QFrame):
    """One call: who, how long, through which queue, and its actions."""

    def __init__(self, item: CallItemViewModel, vm: CallPanelViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.vm = vm
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"call-{item.callId}")
        self.setAccessibleName("Call")
        self._completer: QCompleter | None = None

        self.name = _label("Caller name")
        font = QFont(self.name.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.name.setFont(font)
        self.status = _label("Call status")
        self.duration = _label("Call duration")
        self.number = _label("Caller number")
        self.company = _label("Caller company")
        self.via = _label("Came through", style="color: palette(mid);")
        self.muted_badge = _label("Muted badge", style="background:#b00020;color:white;border-radius:3px;padding:0 4px;")
        self.recording_badge = _label("Recording badge",
                                      style="background:#c62828;color:white;border-radius:3px;padding:0 4px;")
        self.event = _label("Call event", wrap=True, style="color: palette(mid);")
        self.error = _label("Call error", wrap=True, style="color:#b00020;")

        cid = lambda: self.item.callId

        def button(name: str, slot: Callable[[], object]) -> QPushButton:
            op = BY_NAME[name]
            return _button(op.button, op.button_name, op.tip, slot)

        def choice(name: str, *, default_first: bool) -> ChoiceButton:
            op = BY_NAME[name]
            return ChoiceButton(op.button, op.button_name, op.tip, default_first=default_first)

        self.answer = choice("answer", default_first=True)
        self.answer.chosen.connect(lambda dev: vm.answer(cid(), dev))
        self.hangup = button("hangup", lambda: vm.hangup(cid()))
        self.hold = button("hold", lambda: vm.hold(cid()))
        self.resume = button("resume", lambda: vm.resume(cid()))
        self.mute = button("mute", lambda: vm.mute(cid()))
        self.unmute = button("unmute", lambda: vm.unmute(cid()))
        self.keypad = button("dtmf", self._open_keypad)
        self.park = button("park", lambda: vm.park(cid()))
        self.move = choice("move", default_first=False)
        self.move.chosen.connect(lambda dev: vm.moveTo(cid(), dev))

        self.destination = QLineEdit()
        self.destination.setObjectName("Transfer destination")
        self.destination.setAccessibleName("Transfer destination")
        self.destination.setToolTip("A number, extension or contact to transfer or consult")
        self.destination.setPlaceholderText("Number or contact…")
        self.destination.setClearButtonEnabled(True)
        name_clear_button(self.destination)
        self.destination.returnPressed.connect(self._transfer)
        self.transfer = button("transfer", self._transfer)
        self.consult = button("consultation", self._consult)
        #: The other kinds of transfer (to voicemail, camp-on, past diversion), one menu.
        self.transfer_as = ChoiceButton("Transfer as", "Transfer as", "Other kinds of transfer to the number typed: "
                                        "to voicemail, camp-on, past the colleague's diversion", default_first=False)
        self.transfer_as.chosen.connect(self._transfer_as)
        #: The call on the person's mobile: transfer it from there (attended or blind), see it, cancel it.
        self.mobile_transfer = ChoiceButton("Transfer from my mobile", "Transfer from my mobile",
                                            "Transfer the call on your mobile to the number typed", default_first=False)
        self.mobile_transfer.set_options([("attended", "Attended: the caller waits on hold until it is answered"),
                                          ("blind", "Blind: hand the call over now")])
        self.mobile_transfer.chosen.connect(
            lambda how: vm.transferFromMobile(cid(), self.destination.text(), how != "blind"))
        self.mobile_status = _label("Mobile transfer status", wrap=True)
        self.cancel_mobile = _button("Cancel transfer", "Cancel transfer",
                                     "Stop the transfer: the call comes back to your mobile",
                                     lambda: vm.cancelMobileTransfer(cid()))

        self.alternate = choice("alternate", default_first=False)
        self.alternate.chosen.connect(lambda target: vm.alternate(cid(), target))
        self.transfer_to_call = choice("transfer_to_call", default_first=False)
        self.transfer_to_call.chosen.connect(lambda target: vm.transferToCall(cid(), target))
        self.conference = choice("conference", default_first=False)
        self.conference.chosen.connect(lambda target: vm.conference(cid(), target))
        self.leave = button("leave_conference", lambda: vm.leaveConference(cid()))

        #: One button per recording step, in the table's order (start, pause, resume, stop, save, discard).
        self.rec = {step: button(op.name, lambda step=step: vm.recording(cid(), step))
                    for step, op in RECORDING_STEPS.items()}

        self.participants_box = QWidget()
        self.participants_box.setAccessibleName("Conference participants")
        self.participants_layout = QVBoxLayout(self.participants_box)
        self.participants_layout.setContentsMargins(0, 0, 0, 0)
        self.participant_rows: dict[str, tuple[QLabel, QPushButton]] = {}

        self.sms = _button("SMS…", "Send SMS to the caller", "Write an SMS to the other party of this call",
                           lambda: open_sms_dialog(self.window(), vm.compose_sms(cid())))

        self.dtmf = DtmfPopup(self)
        self.dtmf.key.connect(lambda k: vm.sendDtmf(cid(), k))

        # Layout ----------------------------------------------------------------------------------
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.muted_badge)
        top.addWidget(self.recording_badge)
        top.addWidget(self.status)
        top.addWidget(self.duration)
        second = QHBoxLayout()
        second.addWidget(self.number)
        second.addWidget(self.company, 1)
        # as wide as its words, at the right end, whether or not a company is shown
        self.sms.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        second.addStretch(0)
        second.addWidget(self.sms, 0, Qt.AlignmentFlag.AlignRight)
        main_buttons = QHBoxLayout()
        for w in (self.answer, self.hangup, self.hold, self.resume, self.mute, self.unmute, self.keypad, self.park,
                  self.move):
            main_buttons.addWidget(w)
        main_buttons.addStretch(1)
        transfer_row = QHBoxLayout()
        transfer_row.addWidget(self.destination, 1)
        transfer_row.addWidget(self.transfer)
        transfer_row.addWidget(self.transfer_as)
        transfer_row.addWidget(self.consult)
        mobile_row = QHBoxLayout()
        mobile_row.addWidget(self.mobile_transfer)
        mobile_row.addWidget(self.mobile_status, 1)
        mobile_row.addWidget(self.cancel_mobile)
        two_call_row = QHBoxLayout()
        for w in (self.alternate, self.transfer_to_call, self.conference, self.leave):
            two_call_row.addWidget(w)
        two_call_row.addStretch(1)
        rec_row = QHBoxLayout()
        for w in self.rec.values():
            rec_row.addWidget(w)
        rec_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.via)
        layout.addWidget(self.event)
        layout.addLayout(main_buttons)
        layout.addLayout(transfer_row)
        layout.addLayout(mobile_row)
        layout.addLayout(two_call_row)
        layout.addWidget(self.participants_box)
        layout.addLayout(rec_row)
        layout.addWidget(self.error)

        order = [self.answer, self.hangup, self.hold, self.resume, self.mute, self.unmute, self.keypad, self.park,
                 self.move, self.destination, self.transfer, self.transfer_as, self.consult, self.mobile_transfer,
                 self.cancel_mobile, self.alternate,
                 self.transfer_to_call,
                 self.conference, self.leave, *self.rec.values()]
        for a, b in pairwise(order):
            QWidget.setTabOrder(a, b)

        item.changed.connect(self.refresh)
        item.durationChanged.connect(self._refresh_duration)
        item.errorChanged.connect(self._refresh_error)
        item.busyChanged.connect(self.refresh)
        self.refresh()

    # ----------------------------------------------------------------------------- binding
    def _refresh_duration(self) -> None:
        self.duration.setText(self.item.durationText)
        self.duration.setAccessibleDescription(f"{self.item.duration} seconds")

    def _refresh_error(self) -> None:
        self.error.setText(self.item.error)
        self.error.setVisible(bool(self.item.error))

    def refresh(self) -> None:
        it = self.item
        self.name.setText(it.remoteName)
        self.number.setText(it.remoteNumber)
        self.number.setVisible(bool(it.remoteNumber))
        self.sms.setVisible(self.vm.smsSupported and bool(it.remoteNumber))
        self.company.setText(it.company)
        self.company.setVisible(bool(it.company))
        self.status.setText(it.statusText)
        self.via.setText(f"via {it.via}" if it.via else "")
        self.via.setVisible(bool(it.via))
        self.muted_badge.setText("Muted")
        self.muted_badge.setVisible(it.muted)
        self.recording_badge.setText(it.recordingText)
        self.recording_badge.setVisible(bool(it.recordingText))
        self.event.setText(it.eventText)
        self.event.setVisible(bool(it.eventText))
        self._refresh_duration()
        self._refresh_error()

        busy = it.busy
        reason = it.disabledReason

        def enable(widget: QWidget, flag: bool) -> None:
            widget.setEnabled(flag and not busy)
            if reason and not flag:
                widget.setStatusTip(reason)

        self.answer.set_options([(d["id"], d["name"]) for d in it.answerDevices])
        enable(self.answer, it.canAnswer)
        self.answer.setVisible(it.canAnswer or (it.status == "RINGING" and it.inbound))
        enable(self.hangup, it.canHangup)
        self.hangup.setText("Reject" if it.status == "RINGING" and it.inbound else "Hang up")
        enable(self.hold, it.canHold)
        enable(self.resume, it.canResume)
        show_resume = it.canResume or it.status == "HELD"
        self.resume.setVisible(show_resume)
        self.hold.setVisible(not show_resume)
        enable(self.mute, it.canMute)
        enable(self.unmute, it.canUnmute)
        show_unmute = it.canUnmute or it.muted
        self.unmute.setVisible(show_unmute)
        self.mute.setVisible(not show_unmute)
        enable(self.keypad, it.canDtmf)
        enable(self.park, it.canPark)
        self.move.set_options([(d["id"], d["name"]) for d in it.moveDevices])
        enable(self.move, it.canMove)
        enable(self.transfer, it.canTransfer)
        enable(self.consult, it.canConsult)
        variants = [(op.name, op.button) for op in TRANSFER_VARIANTS if it.value(op.flag)]
        self.transfer_as.set_options(variants)
        enable(self.transfer_as, bool(variants))
        enable(self.destination, it.canTransfer or it.canConsult or it.canTransferFromMobile)
        enable(self.mobile_transfer, it.canTransferFromMobile)
        self.mobile_transfer.setVisible(it.onMobile and not it.mobileTransferText)
        self.mobile_status.setText(it.mobileTransferText)
        self.mobile_status.setVisible(bool(it.mobileTransferText))
        enable(self.cancel_mobile, it.canCancelMobileTransfer)
        self.cancel_mobile.setVisible(it.canCancelMobileTransfer)
        self.alternate.set_options([(t["callId"], t["label"]) for t in it.alternateTargets])
        enable(self.alternate, it.canAlternate)
        self.transfer_to_call.set_options([(t["callId"], t["label"]) for t in it.transferTargets])
        enable(self.transfer_to_call, it.canTransferToCall)
        self.conference.set_options([(t["callId"], t["label"]) for t in it.conferenceTargets])
        enable(self.conference, it.canConference)
        enable(self.leave, it.canLeaveConference)
        multi = bool(it.alternateTargets or it.transferTargets or it.conferenceTargets)
        for w in (self.alternate, self.transfer_to_call, self.conference):
            w.setVisible(multi)
        self.leave.setVisible(it.conference)
        flags = {step: bool(getattr(it, op.flag)) for step, op in RECORDING_STEPS.items()}
        for op, button in self.rec.items():
            enable(button, flags[op])
            button.setVisible(flags[op] or (op == "start" and it.status in ("ACTIVE", "HELD")))
        self._refresh_participants(it.participants, it.canRemoveParticipant and not busy)
        self._apply_capabilities(it)
        self.setAccessibleDescription(f"{it.remoteName}, {it.statusText}")

    def _op_widgets(self) -> list[tuple[str, QWidget]]:
        """Each control with the capability it needs (from the call-operation table)."""
        widgets = [
            ("answer", self.answer), ("hangup", self.hangup), ("hold", self.hold), ("resume", self.resume),
            ("mute", self.mute), ("unmute", self.unmute), ("dtmf", self.keypad), ("park", self.park),
            ("move", self.move), ("transfer", self.transfer), ("transfer", self.transfer_as),
            ("consultation", self.consult),
            ("alternate", self.alternate), ("transfer_to_call", self.transfer_to_call),
            ("conference", self.conference), ("leave_conference", self.leave),
            *[(op.name, self.rec[step]) for step, op in RECORDING_STEPS.items()],
        ]
        return [(BY_NAME[name].needs, widget) for name, widget in widgets]

    def _apply_capabilities(self, it: CallItemViewModel) -> None:
        """Controls the account's backend cannot do at all: hidden, or disabled with the reason as tooltip."""
        for op, widget in self._op_widgets():
            reason = self.vm.unsupportedReason(op)
            if not reason:
                continue
            widget.setEnabled(False)
            widget.setToolTip(reason)
            widget.setStatusTip(reason)
            # never shown, not even Answer on a ringing call: the panel's capability note says why in words
            widget.setVisible(False)
        if self.vm.unsupportedReason("transfer") and self.vm.unsupportedReason("consultation"):
            self.destination.setVisible(False)

    def _refresh_participants(self, participants: list, can_remove: bool) -> None:
        wanted = {p["id"]: p for p in participants}
        for pid in list(self.participant_rows):
            if pid not in wanted:
                label, _remove = self.participant_rows.pop(pid)
                label.parent().deleteLater()
        for pid, p in wanted.items():
            if pid not in self.participant_rows:
                row = QWidget()
                h = QHBoxLayout(row)
                h.setContentsMargins(0, 0, 0, 0)
                label = _label("Participant")
                remove = _button("Remove", f"Remove {p['name']}", f"Remove {p['name']} from the conference",
                                 lambda pid=pid: self.vm.removeParticipant(self.item.callId, pid))
                h.addWidget(label, 1)
                h.addWidget(remove)
                self.participants_layout.addWidget(row)
                self.participant_rows[pid] = (label, remove)
            label, remove = self.participant_rows[pid]
            text = p["name"] if not p["number"] or p["number"] == p["name"] else f"{p['name']} ({p['number']})"
            label.setText(text)
            label.setAccessibleName(f"Participant {p['name']}")
            remove.setEnabled(can_remove)
        self.participants_box.setVisible(bool(wanted))

    # ----------------------------------------------------------------------------- actions
    def set_completer_model(self, model: QAbstractItemModel | None) -> None:
        if model is None:
            self.destination.setCompleter(None)  # type: ignore[arg-type]
            self._completer = None
            return
        completer = QCompleter(model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated[QModelIndex].connect(self._completed)
        self.destination.setCompleter(completer)
        self._completer = completer

    def _completed(self, index: QModelIndex) -> None:
        number = index.data(NUMBER_ROLE)
        if number:
            self.destination.setText(str(number))
            self.destination.setToolTip(f"{index.data(Qt.ItemDataRole.DisplayRole)}: {number}")

    def _transfer(self) -> None:
        if self.item.canTransfer:
            self.vm.transfer(self.item.callId, self.destination.text())

    def _transfer_as(self, variant: str) -> None:
        self.vm.transferAs(self.item.callId, variant, self.destination.text())

    def _consult(self) -> None:
        self.vm.consult(self.item.callId, self.destination.text())

    def _open_keypad(self) -> None:
        self.dtmf.adjustSize()
        self.dtmf.move(self.keypad.mapToGlobal(self.keypad.rect().bottomLeft()))
        self.dtmf.show()
        self.dtmf.setFocus()

    def detach(self) -> None:
        for signal, slot in ((self.item.changed, self.refresh), (self.item.durationChanged, self._refresh_duration),
                             (self.item.errorChanged, self._refresh_error), (self.item.busyChanged, self.refresh)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass


class CallPanel(QWidget):
    """Every current call as a card, the connection warning and the panel-wide error."""

    def __init__(self, vm: CallPanelViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setAccessibleName("Calls")
        self.cards: dict[str, CallCard] = {}
        self._completer_model: QAbstractItemModel | None = None

        self.blocked = _label("Call control unavailable", wrap=True,
                              style="background:#fff4e5;color:#663c00;padding:4px;")
        self.error = _label("Call panel error", wrap=True, style="color:#b00020;")
        self.empty = _label("No calls", style="color: palette(mid);")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName("Call list")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._list)

        self.capability_note = _label("What this account can do with calls", wrap=True, style="color: palette(mid);")
        self.capability_note.setText(vm.capabilityNote)
        self.capability_note.setToolTip(vm.capabilityNote)
        self.capability_note.setVisible(bool(vm.capabilityNote))

        layout = QVBoxLayout(self)
        layout.addWidget(self.capability_note)
        layout.addWidget(self.blocked)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)

        vm.callsChanged.connect(self._sync_cards)
        vm.commandsEnabledChanged.connect(self._refresh_blocked)
        vm.errorChanged.connect(self._refresh_error)
        vm.selectedCallIdChanged.connect(self._refresh_selection)
        self._sync_cards()
        self._refresh_blocked()
        self._refresh_error()

    def card(self, call_id: str) -> CallCard | None:
        return self.cards.get(call_id)

    def set_transfer_suggestions(self, model: QAbstractItemModel | None) -> None:
        """Offer ``model``'s rows (display = label, ``NUMBER_ROLE`` = number) in every transfer box."""
        self._completer_model = model
        for card in self.cards.values():
            card.set_completer_model(model)

    def _sync_cards(self) -> None:
        items = self.vm.calls
        ids = [it.callId for it in items]
        for cid in list(self.cards):
            if cid not in ids:
                card = self.cards.pop(cid)
                card.detach()
                self._list_layout.removeWidget(card)
                card.deleteLater()
        for index, it in enumerate(items):
            card = self.cards.get(it.callId)
            if card is None:
                card = CallCard(it, self.vm, self._list)
                if self._completer_model is not None:
                    card.set_completer_model(self._completer_model)
                self.cards[it.callId] = card
            self._list_layout.insertWidget(index, card)
        self.empty.setText(self.vm.emptyText)
        self.empty.setVisible(not ids)
        self._refresh_selection()

    def _refresh_blocked(self) -> None:
        self.blocked.setText(self.vm.disabledReason)
        self.blocked.setVisible(bool(self.vm.disabledReason))

    def _refresh_error(self) -> None:
        self.error.setText(self.vm.error)
        self.error.setVisible(bool(self.vm.error))

    def _refresh_selection(self) -> None:
        selected = self.vm.selectedCallId
        for cid, card in self.cards.items():
            card.setProperty("selected", cid == selected)
            card.setStyleSheet("CallCard { border: 2px solid palette(highlight); }" if cid == selected else "")

    def focus_selected(self) -> None:
        """Put keyboard focus on the selected call's first enabled button."""
        card = self.cards.get(self.vm.selectedCallId)
        if card is None:
            return
        for button in (card.answer, card.hangup, card.hold, card.resume):
            if button.isEnabled() and button.isVisibleTo(card):
                button.setFocus()
                return
