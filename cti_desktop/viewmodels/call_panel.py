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

import time
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from cti_desktop.core import changes as topics
from cti_desktop.core.call_card import (
    answer_device_ids,
    capability_note,
    card_values,
    commands_block,
    device_label,
    move_device_ids,
    present_call,
    selected_call,
    supports,
    unsupported_reason,
)
from cti_desktop.core.call_operations import OPERATIONS
from cti_desktop.core.calls import CallChange
from cti_desktop.core.connection import ConnectionStatus
from cti_desktop.core.models import Call, Device
from cti_desktop.i18n import translate

from .base import ViewModel, command
from .call_commands import CallCommands
from .call_item import CallItemViewModel
from .call_mobile_transfer import MobileTransferCommands
from .changes import ChangeFollower, Coalesced, changes_of, quietly
from .session_bridge import SessionBridge
from .sms import SmsComposeViewModel, compose_for, sms_available

__all__ = ["CAN_FLAGS", "CallItemViewModel", "CallPanelViewModel", "card_values", "device_label"]

#: Every ``can…`` flag of a call, with the capability the backend must declare for it.
CAN_FLAGS: dict[str, str] = {op.flag: op.needs for op in OPERATIONS if op.flag}


class CallPanelViewModel(CallCommands, MobileTransferCommands, ViewModel):
    """The person's calls, kept in step with the session's call store.

    Its commands are those of :class:`~cti_desktop.viewmodels.call_commands.CallCommands` and
    :class:`~cti_desktop.viewmodels.call_mobile_transfer.MobileTransferCommands`."""

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
        self._init_mobile_transfer()
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
        return "" if self._order else translate("CallPanel", "No calls")

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
        return capability_note(self._session.backend.capabilities, self._session.backend.name)

    #: One sentence on what the backend cannot do with calls ("" when it can do everything).
    capabilityNote = Property(str, _get_capability_note, constant=True)

    @Slot(str, result=str)
    def unsupportedReason(self, op: str) -> str:
        """Why ``op`` (a CallControl method name) is never offered on this account; "" when it is."""
        return unsupported_reason(self._session.backend.capabilities, self._session.backend.name, op)

    def _get_devices(self) -> list:
        return [{"id": d.device_id, "name": device_label(d, d.device_id)} for d in self._devices]

    devices = Property(list, _get_devices, notify=devicesChanged)

    def _get_ticking(self) -> bool:
        return self._timer.isActive()

    ticking = Property(bool, _get_ticking, notify=tickingChanged)

    def item(self, call_id: str) -> CallItemViewModel | None:
        return self._items.get(call_id)

    # ----------------------------------------------------------------------------- loading
    @command()
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
        return commands_block(self._session.commands is not None, self._status)

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
