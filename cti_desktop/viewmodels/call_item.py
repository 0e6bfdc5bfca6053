"""One call as the call panel shows it: a view-model kept while the call lives, so a card can stay bound to it.

Its values come from :func:`~cti_desktop.core.call_card.present_call` (through
:func:`~cti_desktop.viewmodels.call_panel.card_values`); ``duration`` ticks once a second while the
call is connected.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Property, QObject, Signal

from cti_desktop.core.call_card import CONNECTED, format_duration
from cti_desktop.core.models import Call

from .base import ViewModel


def _prop(kind: type | str, key: str, notify_name: str = "changed") -> Property:
    def getter(self: CallItemViewModel) -> Any:
        return self._values[key]

    return Property(kind, getter, notify=notify_name)  # type: ignore[arg-type]


class CallItemViewModel(ViewModel):
    """One call as the panel shows it. All properties notify through ``changed`` (``duration`` and
    ``durationText`` through ``durationChanged``, which ticks once a second)."""

    changed = Signal()
    durationChanged = Signal()

    def __init__(self, call: Call, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call = call
        self._values: dict[str, Any] = {}
        self._duration = 0

    @property
    def call(self) -> Call:
        """The call exactly as it is shown now."""
        return self._call

    def apply(self, call: Call, values: dict[str, Any]) -> None:
        self._call = call
        if values != self._values:
            self._values = values
            self.changed.emit()
        self.tick()

    def tick(self, now: float | None = None) -> None:
        call = self._call
        seconds = call.duration
        if call.status in CONNECTED and call.received_at:
            seconds += int(max(0.0, (time.monotonic() if now is None else now) - call.received_at))
        self._update("_duration", seconds, self.durationChanged)

    def value(self, key: str) -> Any:
        return self._values.get(key)

    # Qt properties ------------------------------------------------------------------------------
    def _get_duration(self) -> int:
        return self._duration

    duration = Property(int, _get_duration, notify=durationChanged)

    def _get_duration_text(self) -> str:
        return format_duration(self._duration)

    durationText = Property(str, _get_duration_text, notify=durationChanged)

    callId = _prop(str, "callId")
    remoteName = _prop(str, "remoteName")
    remoteNumber = _prop(str, "remoteNumber")
    company = _prop(str, "company")
    status = _prop(str, "status")
    statusText = _prop(str, "statusText")
    inbound = _prop(bool, "inbound")
    via = _prop(str, "via")
    muted = _prop(bool, "muted")
    recording = _prop(bool, "recording")
    recordingText = _prop(str, "recordingText")
    conference = _prop(bool, "conference")
    participants = _prop(list, "participants")  # [{"id", "name", "number"}]
    eventText = _prop(str, "eventText")
    answerDevices = _prop(list, "answerDevices")  # [{"id", "name"}]
    moveDevices = _prop(list, "moveDevices")
    alternateTargets = _prop(list, "alternateTargets")  # [{"callId", "label"}]
    transferTargets = _prop(list, "transferTargets")
    conferenceTargets = _prop(list, "conferenceTargets")
    disabledReason = _prop(str, "disabledReason")
    # The call on the person's mobile and its transfer (CallPanelViewModel.transferFromMobile)
    onMobile = _prop(bool, "onMobile")
    canTransferFromMobile = _prop(bool, "canTransferFromMobile")
    canCancelMobileTransfer = _prop(bool, "canCancelMobileTransfer")
    mobileTransferText = _prop(str, "mobileTransferText")

    canAnswer = _prop(bool, "canAnswer")
    canHangup = _prop(bool, "canHangup")
    canHold = _prop(bool, "canHold")
    canResume = _prop(bool, "canResume")
    canMute = _prop(bool, "canMute")
    canUnmute = _prop(bool, "canUnmute")
    canTransfer = _prop(bool, "canTransfer")
    canTransferToVoicemail = _prop(bool, "canTransferToVoicemail")
    canTransferCampOn = _prop(bool, "canTransferCampOn")
    canTransferBypassDiversion = _prop(bool, "canTransferBypassDiversion")
    canConsult = _prop(bool, "canConsult")
    canPark = _prop(bool, "canPark")
    canMove = _prop(bool, "canMove")
    canDtmf = _prop(bool, "canDtmf")
    canAlternate = _prop(bool, "canAlternate")
    canTransferToCall = _prop(bool, "canTransferToCall")
    canConference = _prop(bool, "canConference")
    canRemoveParticipant = _prop(bool, "canRemoveParticipant")
    canLeaveConference = _prop(bool, "canLeaveConference")
    canStartRecording = _prop(bool, "canStartRecording")
    canStopRecording = _prop(bool, "canStopRecording")
    canPauseRecording = _prop(bool, "canPauseRecording")
    canResumeRecording = _prop(bool, "canResumeRecording")
    canSaveRecording = _prop(bool, "canSaveRecording")
    canDiscardRecording = _prop(bool, "canDiscardRecording")
