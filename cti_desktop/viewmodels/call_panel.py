"""The call panel's view-model: the person's current calls and every action the server allows on them.

One :class:`CallItemViewModel` per call (kept while the call lives, so a widget card can stay bound
to it) and one :class:`CallPanelViewModel` that owns them. The rules:

* A ``can<Action>`` flag is true exactly when the server's ``actions`` list (plus the device list,
  and for two-call actions the state of the other call) allows it — never a guess beyond that — and
  every flag is false while the connection is not live (PITFALLS 7): the panel says why in
  ``disabledReason``.
* A command carries the call *as the person saw it* (the state the panel showed when they clicked,
  which is the store's state at that moment), so a call that changed in between is refused by the
  server as stale instead of being acted on blindly. Errors appear inline, in words, on the call
  (``CallItemViewModel.error``) or, when the call has gone, on the panel (``error``); the state is
  then re-read from the server and the panel shows it.
* Command slots are plain Qt slots that capture the call synchronously at click time and run the
  request as a task owned by the session (cancelled when the session closes). Unexpected exceptions
  go to ``sys.excepthook`` like ``qasync.asyncSlot``'s.
* What the account's backend cannot do at all (``session.backend.capabilities``: some phone systems
  only dial and hang up, some only dial) is never offered: its flag stays false, and
  :meth:`CallPanelViewModel.unsupportedReason` / ``capabilityNote`` say why in words for tooltips.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import qasync
from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from cti_desktop.core.calls import CallChange
from cti_desktop.core.capabilities import ALL_CALL_OPS
from cti_desktop.core.connection import ConnectionState, ConnectionStatus
from cti_desktop.core.dialing import format_for_display, normalise_dial_string
from cti_desktop.core.errors import InvalidInput, NotFound, UserFacingError
from cti_desktop.core.models import Call, CallAction, CallStatus, Device
from cti_desktop.core.vendors import catalog

from .base import ViewModel
from .session_bridge import SessionBridge

log = logging.getLogger(__name__)

#: Recording commands: the op the backend takes → the server action that allows it.
RECORDING_ACTIONS: dict[str, str] = {
    "start": CallAction.START_REC.value,
    "stop": CallAction.STOP_REC.value,
    "pause": CallAction.PAUSE_REC.value,
    "resume": CallAction.RESUME_REC.value,
    "save": CallAction.SAVE_REC.value,
    "discard": CallAction.DISCARD_REC.value,
}

_CONNECTED = (CallStatus.ACTIVE.value, CallStatus.HELD.value)

#: Every ``can…`` flag of a call, with the backend operation it needs.
CAN_FLAGS: dict[str, str] = {
    "canAnswer": "answer",
    "canHangup": "hangup",
    "canHold": "hold",
    "canResume": "resume",
    "canMute": "mute",
    "canUnmute": "unmute",
    "canTransfer": "transfer",
    "canConsult": "consultation",
    "canPark": "park",
    "canMove": "move",
    "canDtmf": "dtmf",
    "canAlternate": "alternate",
    "canTransferToCall": "transfer_to_call",
    "canConference": "conference",
    "canRemoveParticipant": "remove_participant",
    "canLeaveConference": "leave_conference",
    "canStartRecording": "recording",
    "canStopRecording": "recording",
    "canPauseRecording": "recording",
    "canResumeRecording": "recording",
    "canSaveRecording": "recording",
    "canDiscardRecording": "recording",
}

#: How each call-control operation is named in a sentence ("<System> has no hold: …").
OP_WORDS: dict[str, str] = {
    "make_call": "dial", "answer": "answering from the desktop", "hangup": "hang up", "hold": "hold",
    "resume": "resume", "mute": "mute", "unmute": "unmute", "park": "park", "dtmf": "keypad tones",
    "transfer": "transfer", "consultation": "consultation calls", "transfer_to_call": "attended transfer",
    "alternate": "switching between calls", "conference": "conference", "remove_participant": "conference",
    "leave_conference": "conference", "move": "moving calls between devices", "pickup": "call pickup",
    "recording": "recording control",
}

_RECORDING_FLAGS = {
    "start": "canStartRecording",
    "stop": "canStopRecording",
    "pause": "canPauseRecording",
    "resume": "canResumeRecording",
    "save": "canSaveRecording",
    "discard": "canDiscardRecording",
}


def format_duration(seconds: int) -> str:
    """``65`` → ``"1:05"``, ``3725`` → ``"1:02:05"``."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def status_text(call: Call) -> str:
    """The call's status in words."""
    status = call.status
    if status == CallStatus.RINGING:
        return "Ringing" if call.inbound else "Calling…"
    if status == CallStatus.INITIATED:
        return "Dialling…"
    if status == CallStatus.ACTIVE:
        return "In conference" if call.conference else "Connected"
    if status == CallStatus.HELD:
        return "On hold"
    if status == CallStatus.TERMINATED:
        return "Ended"
    return status.replace("_", " ").capitalize() if status else "Unknown"


def device_label(device: Device | None, device_id: str) -> str:
    if device is None:
        return device_id
    return device.name or device.type_name or device.kind or device.device_id


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
        if call.status in _CONNECTED and call.received_at:
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

    canAnswer = _prop(bool, "canAnswer")
    canHangup = _prop(bool, "canHangup")
    canHold = _prop(bool, "canHold")
    canResume = _prop(bool, "canResume")
    canMute = _prop(bool, "canMute")
    canUnmute = _prop(bool, "canUnmute")
    canTransfer = _prop(bool, "canTransfer")
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


class CallPanelViewModel(ViewModel):
    """The person's calls, kept in step with the session's call store."""

    callsChanged = Signal()
    selectedCallIdChanged = Signal()
    commandsEnabledChanged = Signal()
    devicesChanged = Signal()
    tickingChanged = Signal()

    def __init__(self, bridge: SessionBridge, parent: QObject | None = None, *, default_region: str = "SE") -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._session = bridge.session
        self._region = default_region
        self._items: dict[str, CallItemViewModel] = {}
        self._order: list[str] = []
        self._selected = ""
        self._pinned = ""
        self._devices: list[Device] = []
        self._status: ConnectionStatus = self._session.status
        self._commands_enabled = False
        self._disabled_reason = ""
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        bridge.callsChanged.connect(self._on_calls)
        bridge.statusChanged.connect(self._on_status)
        self._sync_from_store()

    # ----------------------------------------------------------------------------- properties
    def _get_calls(self) -> list:
        return [self._items[cid] for cid in self._order]

    calls = Property(list, _get_calls, notify=callsChanged)

    def _get_count(self) -> int:
        return len(self._order)

    count = Property(int, _get_count, notify=callsChanged)

    def _get_empty_text(self) -> str:
        return "" if self._order else "No calls"

    emptyText = Property(str, _get_empty_text, notify=callsChanged)

    def _get_selected(self) -> str:
        return self._selected

    def _set_selected(self, call_id: str) -> None:
        self._pinned = call_id if call_id in self._items else ""
        self._reselect()

    selectedCallId = Property(str, _get_selected, _set_selected, notify=selectedCallIdChanged)

    def _get_commands_enabled(self) -> bool:
        return self._commands_enabled

    commandsEnabled = Property(bool, _get_commands_enabled, notify=commandsEnabledChanged)

    def _get_disabled_reason(self) -> str:
        return self._disabled_reason

    disabledReason = Property(str, _get_disabled_reason, notify=commandsEnabledChanged)

    def _get_capability_note(self) -> str:
        caps = self._session.backend.capabilities
        backend = self._session.backend.name
        if caps is None or not caps.call_control or caps.call_control >= ALL_CALL_OPS:
            return ""
        vendors = catalog()
        reason = vendors.missing_reason(backend, "call_control")
        why = reason.split(": ", 1)[1] if ": " in reason else reason
        return f"{vendors.label(backend)}: {why}."

    #: One sentence on what the backend cannot do with calls ("" when it can do everything).
    capabilityNote = Property(str, _get_capability_note, constant=True)

    @Slot(str, result=str)
    def unsupportedReason(self, op: str) -> str:
        """Why ``op`` (a CallControl method name) is never offered on this account; "" when it is."""
        if self._supports(op):
            return ""
        return catalog().missing_reason(self._session.backend.name, "call_control",
                                        what=OP_WORDS.get(op, op))

    def _get_devices(self) -> list:
        return [{"id": d.device_id, "name": device_label(d, d.device_id)} for d in self._devices]

    devices = Property(list, _get_devices, notify=devicesChanged)

    def _get_ticking(self) -> bool:
        return self._timer.isActive()

    ticking = Property(bool, _get_ticking, notify=tickingChanged)

    def item(self, call_id: str) -> CallItemViewModel | None:
        return self._items.get(call_id)

    # ----------------------------------------------------------------------------- loading
    @qasync.asyncSlot()
    async def load(self) -> None:
        """Read the person's devices (for the answer and move choosers)."""
        await self.load_devices()

    async def load_devices(self) -> None:
        control = self._session.backend.call_control
        if control is None:
            return
        devices = await self.guarded(control.devices())
        if devices is None:
            return
        self._devices = list(devices)
        self.devicesChanged.emit()
        self._recompute()

    # ----------------------------------------------------------------------------- store → items
    def _sync_from_store(self) -> None:
        calls = self._session.store.calls()
        ids = [c.call_id for c in calls]
        for cid in list(self._items):
            if cid not in ids:
                # Dropped, not deleted: a command still running for it (or a card) may hold it.
                self._items.pop(cid)
        for call in calls:
            if call.call_id not in self._items:
                # Owned by Python, not parented to the panel, for the same reason.
                self._items[call.call_id] = CallItemViewModel(call)
        order_changed = ids != self._order
        self._order = ids
        self._recompute()
        if order_changed:
            self.callsChanged.emit()
        self._run_timer()

    def _on_calls(self, changes: list[CallChange]) -> None:
        self._sync_from_store()

    def _on_status(self, status: ConnectionStatus) -> None:
        self._status = status
        self._recompute()

    def _run_timer(self) -> None:
        was = self._timer.isActive()
        if self._order and not was:
            self._timer.start()
        elif not self._order and was:
            self._timer.stop()
        if was != self._timer.isActive():
            self.tickingChanged.emit()

    def _tick(self) -> None:
        now = time.monotonic()
        for item in self._items.values():
            item.tick(now)

    def _reselect(self) -> None:
        calls = [self._items[cid].call for cid in self._order]
        ringing = [c for c in calls if c.status == CallStatus.RINGING and c.inbound]
        chosen = ""
        if ringing:
            chosen = ringing[0].call_id
        elif self._pinned in self._items:
            chosen = self._pinned
        else:
            for status in (CallStatus.ACTIVE, CallStatus.HELD):
                found = next((c for c in calls if c.status == status), None)
                if found is not None:
                    chosen = found.call_id
                    break
            else:
                chosen = calls[0].call_id if calls else ""
        if self._pinned not in self._items:
            self._pinned = ""
        self._update("_selected", chosen, self.selectedCallIdChanged)

    # ----------------------------------------------------------------------------- computing flags
    def _connection_block(self) -> str:
        """Why commands are off, in words; ``""`` when they are on."""
        if self._session.commands is None:
            return "This account cannot control calls from here"
        if self._status.state is not ConnectionState.LIVE:
            return (
                f"Call buttons are off until the connection is live again ({self._status.describe()}); "
                "the calls shown may be out of date"
            )
        return ""

    def _recompute(self) -> None:
        block = self._connection_block()
        enabled = not block
        if (self._commands_enabled, self._disabled_reason) != (enabled, block):
            self._commands_enabled, self._disabled_reason = enabled, block
            self.commandsEnabledChanged.emit()
        store_calls = {cid: self._session.store.get(cid) for cid in self._order}
        for cid in self._order:
            call = store_calls[cid] or self._items[cid].call
            self._items[cid].apply(call, self._values_for(call, [c for c in store_calls.values() if c], block))
        self._reselect()

    def _device_name(self, device_id: str) -> str:
        return device_label(next((d for d in self._devices if d.device_id == device_id), None), device_id)

    def _supports(self, op: str) -> bool:
        caps = self._session.backend.capabilities
        if caps is None or not caps.call_control:
            return True
        return caps.can(op)

    def answer_device_ids(self, call: Call) -> list[str]:
        if not call.allows(CallAction.ANSWER):
            return []
        ids = list(call.devices_for(CallAction.ANSWER))
        if not ids:
            ids = [d.device_id for d in self._devices]
        return ids

    def move_device_ids(self, call: Call) -> list[str]:
        if not call.allows(CallAction.MOVE):
            return []
        own = [a for a in call.actions if a.action == CallAction.MOVE]
        candidates = list(own[0].device_ids) if own and own[0].device_ids else [d.device_id for d in self._devices]
        return [d for d in candidates if d not in call.device_ids]

    def _values_for(self, call: Call, calls: list[Call], block: str) -> dict[str, Any]:
        remote = call.remote
        number = format_for_display(remote.display_number or remote.number, self._region)
        if call.conference and call.participants:
            name = f"Conference ({len(call.participants)} participants)"
        else:
            name = remote.name or number or "Unknown caller"
        others = [c for c in calls if c.call_id != call.call_id and c.status != CallStatus.TERMINATED]
        status = call.status
        connected = status in _CONNECTED

        def label(c: Call) -> str:
            party = c.remote
            shown = party.name or format_for_display(party.display_number or party.number, self._region) or "Unknown"
            return f"{shown} ({status_text(c).lower()})"

        # Alternate: hold the active call and retrieve (or answer) the other one — offered on either card.
        if status == CallStatus.ACTIVE and call.allows(CallAction.HOLD):
            alt = [c for c in others if (c.status == CallStatus.HELD and c.allows(CallAction.RESUME))
                   or (c.status == CallStatus.RINGING and c.inbound and c.allows(CallAction.ANSWER))]
        elif status == CallStatus.HELD and call.allows(CallAction.RESUME):
            alt = [c for c in others if c.status == CallStatus.ACTIVE and c.allows(CallAction.HOLD)]
        else:
            alt = []
        if connected and call.allows(CallAction.TRANSFER):
            xfer = [c for c in others if c.status in _CONNECTED
                    or (c.status in (CallStatus.RINGING, CallStatus.INITIATED) and not c.inbound)]
        else:
            xfer = []
        conf = [c for c in others if c.status in _CONNECTED] if connected else []

        answer_ids = self.answer_device_ids(call)
        move_ids = self.move_device_ids(call)
        recording_paused = call.allows(CallAction.RESUME_REC)
        if call.allows(CallAction.SAVE_REC) or call.allows(CallAction.DISCARD_REC):
            rec_text = "Recording stopped: save or discard it"
        elif call.recording:
            rec_text = "Recording paused" if recording_paused else "Recording"
        else:
            rec_text = ""

        flags = {
            "canAnswer": bool(answer_ids),
            "canHangup": status != CallStatus.TERMINATED,
            "canHold": call.allows(CallAction.HOLD),
            "canResume": call.allows(CallAction.RESUME),
            "canMute": call.allows(CallAction.MUTE),
            "canUnmute": call.allows(CallAction.UNMUTE),
            "canTransfer": call.allows(CallAction.TRANSFER),
            "canConsult": connected and call.allows(CallAction.TRANSFER),
            "canPark": call.allows(CallAction.PARK),
            "canMove": bool(move_ids),
            "canDtmf": status == CallStatus.ACTIVE,
            "canAlternate": bool(alt),
            "canTransferToCall": bool(xfer),
            "canConference": bool(conf),
            "canRemoveParticipant": call.conference and bool(call.participants),
            "canLeaveConference": call.conference and connected,
        }
        for op, action in RECORDING_ACTIONS.items():
            flags[_RECORDING_FLAGS[op]] = call.allows(action)
        for key, op in CAN_FLAGS.items():
            flags[key] = bool(flags[key]) and not block and self._supports(op)

        values: dict[str, Any] = {
            "callId": call.call_id,
            "remoteName": name,
            "remoteNumber": number if number != name else "",
            "company": remote.company,
            "status": status,
            "statusText": status_text(call),
            "inbound": call.inbound,
            "via": call.history.via if call.history else "",
            "muted": call.muted,
            "recording": bool(call.recording),
            "recordingText": rec_text,
            "conference": call.conference,
            "participants": [
                {
                    "id": p.id,
                    "name": p.party.name or format_for_display(p.party.display_number or p.party.number, self._region)
                    or "Unknown",
                    "number": format_for_display(p.party.display_number or p.party.number, self._region),
                }
                for p in call.participants
            ],
            "eventText": call.event_description,
            "answerDevices": [{"id": d, "name": self._device_name(d)} for d in answer_ids],
            "moveDevices": [{"id": d, "name": self._device_name(d)} for d in move_ids],
            "alternateTargets": [{"callId": c.call_id, "label": label(c)} for c in alt],
            "transferTargets": [{"callId": c.call_id, "label": label(c)} for c in xfer],
            "conferenceTargets": [{"callId": c.call_id, "label": label(c)} for c in conf],
            "disabledReason": block,
        }
        values.update(flags)
        return values

    # ----------------------------------------------------------------------------- running commands
    def _seen(self, call_id: str, what: str, flag: str | None) -> tuple[CallItemViewModel, Call] | None:
        """The call as the person sees it now, if ``what`` may be done to it; else say why."""
        item = self._items.get(call_id)
        if item is None:
            self.set_error(f"{what}: that call has already ended")
            return None
        block = self._connection_block()
        if block:
            item.set_error(f"{what}: {block[0].lower()}{block[1:]}")
            return None
        if flag is not None and not item.value(flag):
            item.set_error(f"{what} is not possible on this call right now")
            return None
        return item, item.call

    def _start(self, item: CallItemViewModel, what: str, make: Callable[[], Awaitable[Any]]) -> asyncio.Task:
        """Run a command for ``item`` as a session-owned task; errors end up inline."""
        call_id = item.call.call_id

        async def run() -> None:
            async def attempt() -> Any:
                try:
                    return await make()
                except NotFound:
                    await self._refresh_quietly(call_id)
                    raise

            result = await item.guarded(attempt())
            if item.error:
                if call_id not in self._items:
                    # The call is gone (ended, transferred, refreshed away): keep the message visible.
                    self.set_error(item.error)
            else:
                self.clear_error()
            return result

        task = self._session.spawn(run(), name=f"call-{what.lower().replace(' ', '-')}")
        task.add_done_callback(_report_unexpected)
        return task

    async def _refresh_quietly(self, call_id: str) -> None:
        commands = self._session.commands
        if commands is None:
            return
        try:
            await commands.refresh(call_id)
        except UserFacingError as exc:
            log.info("could not re-read call %s: %s", call_id, exc)

    def _simple(self, call_id: str, what: str, flag: str, op: str, *args: Any) -> asyncio.Task | None:
        seen = self._seen(call_id, what, flag)
        if seen is None:
            return None
        item, call = seen
        commands = self._session.commands
        return self._start(item, what, lambda: commands.run(op, call, *args))

    def _two_calls(self, call_id: str, target_id: str, what: str, flag: str, targets_key: str,
                   op: str, swap_if_held: bool = False) -> asyncio.Task | None:
        seen = self._seen(call_id, what, flag)
        if seen is None:
            return None
        item, call = seen
        allowed = {t["callId"] for t in item.value(targets_key) or []}
        if not target_id and len(allowed) == 1:
            target_id = next(iter(allowed))
        if target_id not in allowed:
            item.set_error(f"{what}: choose one of your other calls")
            return None
        target = self._items[target_id].call
        first, second = call, target
        if swap_if_held and call.status == CallStatus.HELD:
            first, second = target, call  # hold the active one, retrieve this one
        commands = self._session.commands
        return self._start(item, what, lambda: commands.run(op, first, second))

    # ----------------------------------------------------------------------------- slots
    @Slot(str)
    @Slot(str, str)
    def answer(self, callId: str, deviceId: str = "") -> asyncio.Task | None:
        seen = self._seen(callId, "Answer", "canAnswer")
        if seen is None:
            return None
        item, call = seen
        allowed = [d["id"] for d in item.value("answerDevices")]
        device = deviceId or allowed[0]
        if device not in allowed:
            item.set_error(f"Answer: the call cannot be answered on {self._device_name(device)}")
            return None
        return self._start(item, "Answer", lambda: self._session.commands.run("answer", call, device))

    @Slot(str)
    def hangup(self, callId: str) -> asyncio.Task | None:
        return self._simple(callId, "Hang up", "canHangup", "hangup")

    @Slot(str)
    def hold(self, callId: str) -> asyncio.Task | None:
        return self._simple(callId, "Hold", "canHold", "hold")

    @Slot(str)
    def resume(self, callId: str) -> asyncio.Task | None:
        return self._simple(callId, "Resume", "canResume", "resume")

    @Slot(str)
    def mute(self, callId: str) -> asyncio.Task | None:
        return self._simple(callId, "Mute", "canMute", "mute")

    @Slot(str)
    def unmute(self, callId: str) -> asyncio.Task | None:
        return self._simple(callId, "Unmute", "canUnmute", "unmute")

    @Slot(str)
    def toggleMute(self, callId: str) -> asyncio.Task | None:
        item = self._items.get(callId)
        if item is not None and item.value("canUnmute"):
            return self.unmute(callId)
        return self.mute(callId)

    @Slot(str)
    def toggleHold(self, callId: str) -> asyncio.Task | None:
        item = self._items.get(callId)
        if item is not None and item.value("canResume"):
            return self.resume(callId)
        return self.hold(callId)

    @Slot(str)
    def park(self, callId: str) -> asyncio.Task | None:
        return self._simple(callId, "Park", "canPark", "park")

    @Slot(str, str)
    def sendDtmf(self, callId: str, digits: str) -> asyncio.Task | None:
        seen = self._seen(callId, "Keypad", "canDtmf")
        if seen is None:
            return None
        item, call = seen
        text = (digits or "").strip().upper()
        if not text or any(ch not in "0123456789ABCD#*" for ch in text) or len(text) > 32:
            item.set_error("Keypad tones may only be 0–9, A–D, # and * (at most 32 at once)")
            return None
        return self._start(item, "Keypad", lambda: self._session.commands.run("dtmf", call, text))

    def _destination(self, item: CallItemViewModel, what: str, destination: str) -> str | None:
        try:
            return normalise_dial_string(destination, self._region).dial
        except InvalidInput as exc:
            item.set_error(f"{what}: {exc}")
            return None

    @Slot(str, str)
    def transfer(self, callId: str, destination: str) -> asyncio.Task | None:
        seen = self._seen(callId, "Transfer", "canTransfer")
        if seen is None:
            return None
        item, call = seen
        dial = self._destination(item, "Transfer", destination)
        if dial is None:
            return None
        return self._start(item, "Transfer", lambda: self._session.commands.run("transfer", call, dial))

    @Slot(str, str)
    def consult(self, callId: str, destination: str) -> asyncio.Task | None:
        seen = self._seen(callId, "Consult", "canConsult")
        if seen is None:
            return None
        item, call = seen
        dial = self._destination(item, "Consult", destination)
        if dial is None:
            return None
        return self._start(item, "Consult", lambda: self._session.commands.run("consultation", call, dial))

    @Slot(str, str)
    def alternate(self, callId: str, targetCallId: str = "") -> asyncio.Task | None:
        return self._two_calls(callId, targetCallId, "Swap", "canAlternate", "alternateTargets", "alternate",
                               swap_if_held=True)

    @Slot(str, str)
    def transferToCall(self, callId: str, targetCallId: str = "") -> asyncio.Task | None:
        return self._two_calls(callId, targetCallId, "Connect calls", "canTransferToCall", "transferTargets",
                               "transfer_to_call")

    @Slot(str, str)
    def conference(self, callId: str, targetCallId: str = "") -> asyncio.Task | None:
        return self._two_calls(callId, targetCallId, "Conference", "canConference", "conferenceTargets",
                               "conference")

    @Slot(str, str)
    def removeParticipant(self, callId: str, participantId: str) -> asyncio.Task | None:
        seen = self._seen(callId, "Remove participant", "canRemoveParticipant")
        if seen is None:
            return None
        item, call = seen
        if participantId not in {p["id"] for p in item.value("participants")}:
            item.set_error("Remove participant: that person is no longer in the conference")
            return None
        return self._start(item, "Remove participant",
                           lambda: self._session.commands.run("remove_participant", call, participantId))

    @Slot(str)
    def leaveConference(self, callId: str) -> asyncio.Task | None:
        return self._simple(callId, "Leave conference", "canLeaveConference", "leave_conference")

    @Slot(str, str)
    def moveTo(self, callId: str, deviceId: str) -> asyncio.Task | None:
        seen = self._seen(callId, "Move", "canMove")
        if seen is None:
            return None
        item, call = seen
        allowed = [d["id"] for d in item.value("moveDevices")]
        if not deviceId and len(allowed) == 1:
            deviceId = allowed[0]
        if deviceId not in allowed:
            item.set_error("Move: choose another of your devices")
            return None
        return self._start(item, "Move", lambda: self._session.commands.run("move", call, deviceId))

    @Slot(str, str)
    def recording(self, callId: str, op: str) -> asyncio.Task | None:
        op = (op or "").strip().lower()
        flag = _RECORDING_FLAGS.get(op)
        item = self._items.get(callId)
        if flag is None:
            message = f"Recording: unknown command {op!r}"
            if item is not None:
                item.set_error(message)
            else:
                self.set_error(message)
            return None
        return self._simple(callId, f"Recording ({op})", flag, "recording", op)

    # Shortcuts on the selected call -------------------------------------------------------------
    @Slot()
    def answerSelected(self) -> asyncio.Task | None:
        return self.answer(self._selected) if self._selected else None

    @Slot()
    def hangupSelected(self) -> asyncio.Task | None:
        return self.hangup(self._selected) if self._selected else None

    @Slot()
    def toggleHoldSelected(self) -> asyncio.Task | None:
        return self.toggleHold(self._selected) if self._selected else None

    @Slot()
    def toggleMuteSelected(self) -> asyncio.Task | None:
        return self.toggleMute(self._selected) if self._selected else None

    def detach(self) -> None:
        """Stop listening and ticking (the bridge outlives the panel)."""
        try:
            self._bridge.callsChanged.disconnect(self._on_calls)
            self._bridge.statusChanged.disconnect(self._on_status)
        except (RuntimeError, TypeError):
            pass
        self._timer.stop()


def _report_unexpected(task: asyncio.Task) -> None:
    if task.cancelled():
        return
    exc = task.exception()
    if exc is not None:
        sys.excepthook(type(exc), exc, exc.__traceback__)
