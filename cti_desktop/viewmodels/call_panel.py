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
import time
from collections.abc import Awaitable, Callable
from typing import Any

import qasync
from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from cti_desktop.core import changes as topics
from cti_desktop.core.call_card import (
    CallCard,
    answer_device_ids,
    device_label,
    move_device_ids,
    present_call,
    selected_call,
    supports,
)
from cti_desktop.core.call_operations import (
    BY_NAME,
    OPERATIONS,
    RECORDING_STEPS,
    TRANSFER_KINDS,
    CallOperation,
    words_for,
)
from cti_desktop.core.calls import CallChange
from cti_desktop.core.capabilities import ALL_CALL_OPS
from cti_desktop.core.connection import ConnectionState, ConnectionStatus
from cti_desktop.core.dialing import normalise_dial_string
from cti_desktop.core.errors import InvalidInput, NotFound, UserFacingError
from cti_desktop.core.mobile_transfer import MobileCallTransfer, MobileTransfer, describe_transfer, on_mobile
from cti_desktop.core.models import Call, CallStatus, Device
from cti_desktop.core.vendors import catalog

from .base import ViewModel
from .call_item import CallItemViewModel
from .changes import ChangeFollower, Coalesced, changes_of, quietly
from .session_bridge import SessionBridge
from .sms import SmsComposeViewModel, compose_for, sms_available

log = logging.getLogger(__name__)

__all__ = ["CAN_FLAGS", "CallItemViewModel", "CallPanelViewModel", "card_values", "device_label"]

_OP = BY_NAME

#: Every ``can…`` flag of a call, with the capability the backend must declare for it.
CAN_FLAGS: dict[str, str] = {op.flag: op.needs for op in OPERATIONS if op.flag}


def card_values(card: CallCard) -> dict[str, Any]:
    """A presented call as the item's property values (Qt names; choices as plain dicts)."""
    values: dict[str, Any] = {
        "callId": card.call_id,
        "remoteName": card.remote_name,
        "remoteNumber": card.remote_number,
        "company": card.company,
        "status": card.status,
        "statusText": card.status_text,
        "inbound": card.inbound,
        "via": card.via,
        "muted": card.muted,
        "recording": card.recording,
        "recordingText": card.recording_text,
        "conference": card.conference,
        "participants": [{"id": p.id, "name": p.name, "number": p.number} for p in card.participants],
        "eventText": card.event_text,
        "answerDevices": [{"id": d.id, "name": d.label} for d in card.answer_devices],
        "moveDevices": [{"id": d.id, "name": d.label} for d in card.move_devices],
        "alternateTargets": [{"callId": c.id, "label": c.label} for c in card.alternate_targets],
        "transferTargets": [{"callId": c.id, "label": c.label} for c in card.transfer_targets],
        "conferenceTargets": [{"callId": c.id, "label": c.label} for c in card.conference_targets],
        "disabledReason": card.disabled_reason,
    }
    for op in OPERATIONS:
        if op.flag:
            values[op.flag] = card.offers(op.name)
    return values


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
        # The transfer of the call on the person's mobile (one at a time), read again each second
        # while it is ongoing.
        self._mobile_transfer: MobileTransfer | None = None
        self._mobile_transfer_call = ""
        self._mobile_poll = QTimer(self)
        self._mobile_poll.setInterval(1000)
        self._mobile_poll.timeout.connect(self._poll_mobile_transfer)
        self._mobile_poll_task: asyncio.Task | None = None
        bridge.callsChanged.connect(self._on_calls)
        bridge.statusChanged.connect(self._on_status)
        self._sync_from_store()
        # The answer and move choosers offer the person's devices: a change of them made elsewhere
        # (added, renamed, active or not) is read again at once where the account announces it.
        self._reload_devices = Coalesced(lambda: self.load_devices(guard=quietly), name="call-panel-devices",
                                         spawn=self._session.spawn)
        self.changes = ChangeFollower(changes_of(self._session.backend), (topics.DEVICES, topics.ANSWER_PLACES),
                                      lambda _what: self._reload_devices.request(), parent=self)

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
                                        what=words_for(op))

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

    async def load_devices(self, *, guard: Any = None) -> None:
        """Read the devices (``guard``: how a failure is told; the ``error`` property by default)."""
        guard = guard or self.guarded
        control = self._session.backend.call_control
        if control is None:
            return
        devices = await guard(control.devices())
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
        chosen = selected_call([self._items[cid].call for cid in self._order], self._pinned)
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
        return supports(self._session.backend.capabilities, op)

    def answer_device_ids(self, call: Call) -> list[str]:
        return answer_device_ids(call, self._devices)

    def move_device_ids(self, call: Call) -> list[str]:
        return move_device_ids(call, self._devices)

    def _values_for(self, call: Call, calls: list[Call], block: str) -> dict[str, Any]:
        card = present_call(call, calls, devices=self._devices, capabilities=self._session.backend.capabilities,
                            block=block, region=self._region)
        return card_values(card) | self._mobile_values(call, block)

    # ----------------------------------------------------------------------------- the mobile call's transfer
    def _mobile_control(self) -> MobileCallTransfer | None:
        control = self._session.backend.call_control
        return control if isinstance(control, MobileCallTransfer) else None

    #: The account can transfer the call on the person's mobile ("Transfer from my mobile…").
    mobileTransferSupported = Property(bool, lambda self: self._mobile_control() is not None, constant=True)

    def _mobile_values(self, call: Call, block: str) -> dict[str, Any]:
        mobile = self._mobile_control() is not None and on_mobile(call, self._devices)
        t = self._mobile_transfer if self._mobile_transfer_call == call.call_id else None
        return {
            "onMobile": mobile,
            "canTransferFromMobile": mobile and not block and self._mobile_transfer is None,
            "canCancelMobileTransfer": t is not None and t.attended is not False and not block,
            "mobileTransferText": describe_transfer(t) if t is not None else "",
        }

    def _set_mobile_transfer(self, transfer: MobileTransfer | None, call_id: str = "") -> None:
        if transfer is not None and not call_id:
            # Found by a status read (not started here): it is the call on the mobile's.
            call_id = self._mobile_transfer_call or next(
                (cid for cid in self._order if self._items[cid].value("onMobile")), "")
        self._mobile_transfer = transfer
        self._mobile_transfer_call = call_id if transfer is not None else ""
        if transfer is not None and not self._mobile_poll.isActive():
            self._mobile_poll.start()
        elif transfer is None:
            self._mobile_poll.stop()
        self._recompute()

    def _poll_mobile_transfer(self) -> None:
        if self._mobile_poll_task is not None and not self._mobile_poll_task.done():
            return
        self._mobile_poll_task = self._session.spawn(self.read_mobile_transfer(), name="mobile-transfer-status")

    async def read_mobile_transfer(self) -> MobileTransfer | None:
        """Read the ongoing transfer of the mobile call and show it (or that it is over)."""
        control = self._mobile_control()
        if control is None:
            return None
        try:
            transfer = await control.mobile_transfer_status()
        except UserFacingError as exc:
            log.info("could not read the mobile transfer's status: %s", exc)
            return self._mobile_transfer
        self._set_mobile_transfer(transfer, self._mobile_transfer_call if transfer is not None else "")
        return transfer

    def _mobile_item(self, callId: str, what: str) -> CallItemViewModel | None:
        item = self._items.get(callId)
        if item is None:
            self.set_error(f"{what}: that call has already ended")
            return None
        block = self._connection_block()
        if block:
            item.set_error(f"{what}: {block[0].lower()}{block[1:]}")
            return None
        return item

    @Slot(str, str, bool)
    def transferFromMobile(self, callId: str, destination: str, attended: bool = True) -> asyncio.Task | None:
        """Transfer the call on the person's mobile to ``destination``: attended (the caller holds while
        it rings; cancel gives the call back) or blind (handed over at once)."""
        what = "Transfer from your mobile"
        item = self._mobile_item(callId, what)
        control = self._mobile_control()
        if item is None:
            return None
        if control is None or not item.value("canTransferFromMobile"):
            item.set_error(f"{what} is not possible on this call right now")
            return None
        try:
            dial = normalise_dial_string(destination, self._region).dial
        except InvalidInput as exc:
            item.set_error(f"{what}: {exc}")
            return None

        async def run() -> MobileTransfer:
            transfer = await control.transfer_mobile_call(dial, attended=bool(attended))
            self._set_mobile_transfer(transfer, callId)
            await self._refresh_quietly(callId)
            return transfer

        return self._start(item, what, run)

    @Slot(str)
    def cancelMobileTransfer(self, callId: str) -> asyncio.Task | None:
        """Cancel the ongoing attended transfer of the call on the mobile: the call comes back."""
        what = "Cancel transfer"
        item = self._mobile_item(callId, what)
        control = self._mobile_control()
        transfer = self._mobile_transfer
        if item is None:
            return None
        if control is None or transfer is None or not item.value("canCancelMobileTransfer"):
            item.set_error(f"{what}: no transfer of this call is ongoing")
            return None

        async def run() -> None:
            try:
                await control.cancel_mobile_transfer(transfer.transfer_id)
            except NotFound:
                await self.read_mobile_transfer()  # it ended meanwhile: show what is true now
                raise
            self._set_mobile_transfer(None)
            await self._refresh_quietly(callId)

        return self._start(item, what, run)

    # ----------------------------------------------------------------------------- running commands
    def _seen(self, call_id: str, op: CallOperation) -> tuple[CallItemViewModel, Call] | None:
        """The call as the person sees it now, if ``op`` may be done to it; else say why."""
        what = op.what
        item = self._items.get(call_id)
        if item is None:
            self.set_error(f"{what}: that call has already ended")
            return None
        block = self._connection_block()
        if block:
            item.set_error(f"{what}: {block[0].lower()}{block[1:]}")
            return None
        if op.flag and not item.value(op.flag):
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
        return task

    async def _refresh_quietly(self, call_id: str) -> None:
        commands = self._session.commands
        if commands is None:
            return
        try:
            await commands.refresh(call_id)
        except UserFacingError as exc:
            log.info("could not re-read call %s: %s", call_id, exc)

    def _send(self, item: CallItemViewModel, op: CallOperation, call: Call, *args: Any) -> asyncio.Task:
        commands = self._session.commands
        return self._start(item, op.what, lambda: commands.run(op, call, *args))

    def _simple(self, call_id: str, op: CallOperation) -> asyncio.Task | None:
        seen = self._seen(call_id, op)
        if seen is None:
            return None
        item, call = seen
        return self._send(item, op, call)

    def _two_calls(self, call_id: str, target_id: str, op: CallOperation, targets_key: str,
                   swap_if_held: bool = False) -> asyncio.Task | None:
        seen = self._seen(call_id, op)
        if seen is None:
            return None
        item, call = seen
        allowed = {t["callId"] for t in item.value(targets_key) or []}
        if not target_id and len(allowed) == 1:
            target_id = next(iter(allowed))
        if target_id not in allowed:
            item.set_error(f"{op.what}: choose one of your other calls")
            return None
        target = self._items[target_id].call
        first, second = call, target
        if swap_if_held and call.status == CallStatus.HELD:
            first, second = target, call  # hold the active one, retrieve this one
        return self._send(item, op, first, second)

    def _to_destination(self, call_id: str, op: CallOperation, destination: str) -> asyncio.Task | None:
        seen = self._seen(call_id, op)
        if seen is None:
            return None
        item, call = seen
        try:
            dial = normalise_dial_string(destination, self._region).dial
        except InvalidInput as exc:
            item.set_error(f"{op.what}: {exc}")
            return None
        return self._send(item, op, call, dial)

    # ----------------------------------------------------------------------------- slots
    @Slot(str)
    @Slot(str, str)
    def answer(self, callId: str, deviceId: str = "") -> asyncio.Task | None:
        op = _OP["answer"]
        seen = self._seen(callId, op)
        if seen is None:
            return None
        item, call = seen
        allowed = [d["id"] for d in item.value("answerDevices")]
        device = deviceId or allowed[0]
        if device not in allowed:
            item.set_error(f"{op.what}: the call cannot be answered on {self._device_name(device)}")
            return None
        return self._send(item, op, call, device)

    @Slot(str)
    def hangup(self, callId: str) -> asyncio.Task | None:
        return self._simple(callId, _OP["hangup"])

    @Slot(str)
    def hold(self, callId: str) -> asyncio.Task | None:
        return self._simple(callId, _OP["hold"])

    @Slot(str)
    def resume(self, callId: str) -> asyncio.Task | None:
        return self._simple(callId, _OP["resume"])

    @Slot(str)
    def mute(self, callId: str) -> asyncio.Task | None:
        return self._simple(callId, _OP["mute"])

    @Slot(str)
    def unmute(self, callId: str) -> asyncio.Task | None:
        return self._simple(callId, _OP["unmute"])

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
        return self._simple(callId, _OP["park"])

    @Slot(str, str)
    def sendDtmf(self, callId: str, digits: str) -> asyncio.Task | None:
        op = _OP["dtmf"]
        seen = self._seen(callId, op)
        if seen is None:
            return None
        item, call = seen
        text = (digits or "").strip().upper()
        if not text or any(ch not in "0123456789ABCD#*" for ch in text) or len(text) > 32:
            item.set_error("Keypad tones may only be 0–9, A–D, # and * (at most 32 at once)")
            return None
        return self._send(item, op, call, text)

    @Slot(str, str)
    def transfer(self, callId: str, destination: str) -> asyncio.Task | None:
        return self._to_destination(callId, _OP["transfer"], destination)

    @Slot(str, str, str)
    def transferAs(self, callId: str, variant: str, destination: str) -> asyncio.Task | None:
        """Transfer as one of the variants (``transfer_to_voicemail``, ``transfer_camp_on``,
        ``transfer_bypass_diversion``), offered where the call may be transferred."""
        if variant not in TRANSFER_KINDS:
            message = f"Transfer: unknown kind of transfer {variant!r}"
            item = self._items.get(callId)
            if item is not None:
                item.set_error(message)
            else:
                self.set_error(message)
            return None
        return self._to_destination(callId, _OP[variant], destination)

    @Slot(str, str)
    def consult(self, callId: str, destination: str) -> asyncio.Task | None:
        return self._to_destination(callId, _OP["consultation"], destination)

    @Slot(str, str)
    def alternate(self, callId: str, targetCallId: str = "") -> asyncio.Task | None:
        return self._two_calls(callId, targetCallId, _OP["alternate"], "alternateTargets", swap_if_held=True)

    @Slot(str, str)
    def transferToCall(self, callId: str, targetCallId: str = "") -> asyncio.Task | None:
        return self._two_calls(callId, targetCallId, _OP["transfer_to_call"], "transferTargets")

    @Slot(str, str)
    def conference(self, callId: str, targetCallId: str = "") -> asyncio.Task | None:
        return self._two_calls(callId, targetCallId, _OP["conference"], "conferenceTargets")

    @Slot(str, str)
    def removeParticipant(self, callId: str, participantId: str) -> asyncio.Task | None:
        op = _OP["remove_participant"]
        seen = self._seen(callId, op)
        if seen is None:
            return None
        item, call = seen
        if participantId not in {p["id"] for p in item.value("participants")}:
            item.set_error(f"{op.what}: that person is no longer in the conference")
            return None
        return self._send(item, op, call, participantId)

    @Slot(str)
    def leaveConference(self, callId: str) -> asyncio.Task | None:
        return self._simple(callId, _OP["leave_conference"])

    @Slot(str, str)
    def moveTo(self, callId: str, deviceId: str) -> asyncio.Task | None:
        op = _OP["move"]
        seen = self._seen(callId, op)
        if seen is None:
            return None
        item, call = seen
        allowed = [d["id"] for d in item.value("moveDevices")]
        if not deviceId and len(allowed) == 1:
            deviceId = allowed[0]
        if deviceId not in allowed:
            item.set_error(f"{op.what}: choose another of your devices")
            return None
        return self._send(item, op, call, deviceId)

    @Slot(str, str)
    def recording(self, callId: str, op: str) -> asyncio.Task | None:
        step = (op or "").strip().lower()
        operation = RECORDING_STEPS.get(step)
        if operation is None:
            message = f"Recording: unknown command {step!r}"
            item = self._items.get(callId)
            if item is not None:
                item.set_error(message)
            else:
                self.set_error(message)
            return None
        return self._simple(callId, operation)

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

    # ----------------------------------------------------------------------------- SMS
    smsSupported = Property(bool, lambda self: sms_available(self._bridge), constant=True)

    def compose_sms(self, callId: str) -> SmsComposeViewModel | None:
        """A compose view-model for the other party of ``callId``; None when the account cannot send SMS."""
        item = self._items.get(callId)
        remote = item.call.remote if item is not None else None
        number = (remote.number or remote.display_number) if remote is not None else ""
        name = remote.name if remote is not None else ""
        return compose_for(self._bridge, number, name, default_region=self._region)

    def detach(self) -> None:
        """Stop listening and ticking (the bridge outlives the panel)."""
        self.changes.detach()
        try:
            self._bridge.callsChanged.disconnect(self._on_calls)
            self._bridge.statusChanged.disconnect(self._on_status)
        except (RuntimeError, TypeError):
            pass
        self._timer.stop()
        self._mobile_poll.stop()
