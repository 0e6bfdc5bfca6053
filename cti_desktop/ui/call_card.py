"""One call on the call panel as a card: who, how long, through which queue, and its actions.

Binds to one :class:`~cti_desktop.viewmodels.call_item.CallItemViewModel` and sends through the
:class:`~cti_desktop.viewmodels.call_panel.CallPanelViewModel`; never talks to the backend. Buttons
are enabled exactly from the item's ``can…`` flags; paired buttons (Hold/Resume, Mute/Unmute) show
the one that applies; what the account's backend cannot do at all is hidden. The transfer target
controls are :class:`~cti_desktop.ui.call_transfer.TransferControls`, the keypad is
:class:`~cti_desktop.ui.call_keypad.DtmfPopup`.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cti_desktop.core.call_operations import BY_NAME, RECORDING_STEPS, TO_DESTINATION
from cti_desktop.viewmodels.call_panel import CallItemViewModel, CallPanelViewModel

from .call_controls import ChoiceButton, make_button, make_label
from .call_keypad import DtmfPopup
from .call_transfer import TransferControls
from .flow_layout import FlowLayout
from .sms import open_sms_dialog


class CallCard(QFrame):
    """One call: who, how long, through which queue, and its actions."""

    def __init__(self, item: CallItemViewModel, vm: CallPanelViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.vm = vm
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"call-{item.callId}")
        self.setAccessibleName(translate("CallCard", "Call"))

        self.name = make_label(QT_TRANSLATE_NOOP("AccessibleNames", "Caller name"))
        font = QFont(self.name.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.name.setFont(font)
        self.status = make_label(QT_TRANSLATE_NOOP("AccessibleNames", "Call status"))
        self.duration = make_label(QT_TRANSLATE_NOOP("AccessibleNames", "Call duration"))
        self.number = make_label(QT_TRANSLATE_NOOP("AccessibleNames", "Caller number"))
        self.company = make_label(QT_TRANSLATE_NOOP("AccessibleNames", "Caller company"))
        self.via = make_label(QT_TRANSLATE_NOOP("AccessibleNames", "Came through"), style="color: $secondary;")
        self.muted_badge = make_label(QT_TRANSLATE_NOOP("AccessibleNames", "Muted badge"),
                                      style="background: $stop_bg; color: $on_solid;"
                                            " border-radius: 3px; padding: 0 4px;")
        self.recording_badge = make_label(QT_TRANSLATE_NOOP("AccessibleNames", "Recording badge"),
                                          style="background: $badge_alert_bg; color: $on_solid;"
                                                " border-radius: 3px; padding: 0 4px;")
        self.event = make_label(QT_TRANSLATE_NOOP("AccessibleNames", "Call event"), wrap=True, style="color: $secondary;")
        self.error = make_label(QT_TRANSLATE_NOOP("AccessibleNames", "Call error"), wrap=True, style="color: $critical;")

        cid = lambda: self.item.callId

        def button(name: str, slot: Callable[[], object]) -> QPushButton:
            op = BY_NAME[name]
            return make_button(op.button, op.button_name, op.tip, slot)

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

        #: The number box, Transfer, Transfer as, Consult and the mobile call's transfer.
        self.transfers = TransferControls(item, vm, self, button)
        self.destination = self.transfers.destination
        self.transfer = self.transfers.transfer
        self.consult = self.transfers.consult
        self.transfer_as = self.transfers.transfer_as
        self.mobile_transfer = self.transfers.mobile_transfer
        self.mobile_status = self.transfers.mobile_status
        self.cancel_mobile = self.transfers.cancel_mobile

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
        self.participants_box.setAccessibleName(translate("CallCard", "Conference participants"))
        self.participants_layout = QVBoxLayout(self.participants_box)
        self.participants_layout.setContentsMargins(0, 0, 0, 0)
        self.participant_rows: dict[str, tuple[QLabel, QPushButton]] = {}

        self.sms = make_button(translate("CallCard", "SMS…"), QT_TRANSLATE_NOOP("AccessibleNames", "Send SMS to the caller"), translate("CallCard", "Write an SMS to the other party of this call"),
                               lambda: open_sms_dialog(self.window(), vm.compose_sms(cid())))

        self._dtmf: DtmfPopup | None = None  # the keypad, made when first opened (most calls send no tone)

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
        # the rows of buttons wrap in a narrow window rather than hide behind a scroll bar
        main_buttons = FlowLayout()
        for w in (self.answer, self.hangup, self.hold, self.resume, self.mute, self.unmute, self.keypad, self.park,
                  self.move):
            main_buttons.addWidget(w)
        transfer_row, mobile_row = self.transfers.rows()
        two_call_row = FlowLayout()
        for w in (self.alternate, self.transfer_to_call, self.conference, self.leave):
            two_call_row.addWidget(w)
        rec_row = FlowLayout()
        for w in self.rec.values():
            rec_row.addWidget(w)

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

        for a, b in pairwise(self.focus_order()):
            QWidget.setTabOrder(a, b)

        item.changed.connect(self.refresh)
        item.durationChanged.connect(self._refresh_duration)
        item.errorChanged.connect(self._refresh_error)
        item.busyChanged.connect(self.refresh)
        self.refresh()

    # ----------------------------------------------------------------------------- binding
    def _refresh_duration(self) -> None:
        self.duration.setText(self.item.durationText)
        self.duration.setAccessibleDescription(translate("CallCard", "{duration} seconds").format(duration=self.item.duration))

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
        self.via.setText(translate("CallCard", "via {via}").format(via=it.via) if it.via else "")
        self.via.setVisible(bool(it.via))
        self.muted_badge.setText(translate("CallCard", "Muted"))
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
        self.hangup.setText(translate("CallCard", "Reject") if it.status == "RINGING" and it.inbound else translate("CallCard", "Hang up"))
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
        self.transfers.refresh(it, enable)
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

    def focus_order(self) -> list[QWidget]:
        """The card's controls in the order Tab visits them: as they stand on the card, row by row."""
        removes = [remove for _label, remove in self.participant_rows.values()]
        return [self.sms, self.answer, self.hangup, self.hold, self.resume, self.mute, self.unmute, self.keypad,
                self.park, self.move, *self.transfers.tab_order(), self.alternate, self.transfer_to_call,
                self.conference, self.leave, *removes, *self.rec.values()]

    def _controls(self) -> list[tuple[str, QWidget]]:
        """Each control with the operation it does (from the call-operation table)."""
        return [
            ("answer", self.answer), ("hangup", self.hangup), ("hold", self.hold), ("resume", self.resume),
            ("mute", self.mute), ("unmute", self.unmute), ("dtmf", self.keypad), ("park", self.park),
            ("move", self.move), ("transfer", self.transfer), ("transfer", self.transfer_as),
            ("consultation", self.consult),
            ("alternate", self.alternate), ("transfer_to_call", self.transfer_to_call),
            ("conference", self.conference), ("leave_conference", self.leave),
            *[(op.name, self.rec[step]) for step, op in RECORDING_STEPS.items()],
        ]

    def _op_widgets(self) -> list[tuple[str, QWidget]]:
        """Each control with the capability it needs (from the call-operation table)."""
        return [(BY_NAME[name].needs, widget) for name, widget in self._controls()]

    def run_operation(self, name: str) -> bool:
        """Do operation ``name`` from the keyboard as its control would: an operation sent to a
        number puts the focus in the transfer box (Enter there then does it), a chooser acts or opens
        its list, a button is pressed (the keypad opens). False when its control is not enabled right
        now (e.g. while the call's previous command is still on its way)."""
        if name in TO_DESTINATION:
            self.transfers.arm(name)
            return True
        widget = dict(self._controls())[name]
        if not widget.isEnabled():
            return False
        if isinstance(widget, ChoiceButton):
            widget.choose_from_keyboard()
        elif isinstance(widget, QPushButton):
            widget.click()
        return True

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
        self.transfers.hide_unsupported()

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
                label = make_label(QT_TRANSLATE_NOOP("AccessibleNames", "Participant"))
                remove = make_button(translate("CallCard", "Remove"), f"Remove {p['name']}", translate("CallCard", "Remove {value} from the conference").format(value=p['name']),
                                     lambda pid=pid: self.vm.removeParticipant(self.item.callId, pid),
                                     accessible=translate("CallCard", "Remove {name}").format(name=p['name']))
                h.addWidget(label, 1)
                h.addWidget(remove)
                self.participants_layout.addWidget(row)
                self.participant_rows[pid] = (label, remove)
            label, remove = self.participant_rows[pid]
            text = p["name"] if not p["number"] or p["number"] == p["name"] else f"{p['name']} ({p['number']})"
            label.setText(text)
            label.setAccessibleName(translate("CallCard", "Participant {value}").format(value=p['name']))
            remove.setEnabled(can_remove)
        self.participants_box.setVisible(bool(wanted))

    # ----------------------------------------------------------------------------- actions
    def set_completer_model(self, model: QAbstractItemModel | None) -> None:
        """Offer ``model``'s rows (display = label, ``NUMBER_ROLE`` = number) in the number box."""
        self.transfers.set_completer_model(model)

    def _completed(self, index: QModelIndex) -> None:
        self.transfers.completed(index)

    @property
    def dtmf(self) -> DtmfPopup:
        """The keypad popup of this call (made the first time it is asked for)."""
        if self._dtmf is None:
            self._dtmf = DtmfPopup(self)
            self._dtmf.key.connect(lambda k: self.vm.sendDtmf(self.item.callId, k))
        return self._dtmf

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
