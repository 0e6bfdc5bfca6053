"""The dial pad's view-model: a number box that only ever dials something valid.

What the person types is checked as they type (:func:`~cti_desktop.core.dialing.normalise_dial_string`)
and the reason it cannot be dialled is shown in words; ``dial()`` refuses garbage without sending
anything. The device to ring first and the caller ID (line) to show come from the server; choosing a
line sets it on the server (``set_active_line``), and the choice is only shown once the server
accepted it. Where the account announces changes (``backend.changes``), a change of the device set
or of the lines made elsewhere is read again at once.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from cti_desktop.core import changes as topics
from cti_desktop.core.call_back import MobileCallBack
from cti_desktop.core.calls import CallUpdated
from cti_desktop.core.connection import ConnectionState, ConnectionStatus
from cti_desktop.core.dialing import DialTarget, normalise_dial_string
from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.models import Device, Line
from cti_desktop.core.optional_methods import ActiveLineRead, CallerIdChoice
from cti_desktop.core.presence_config import AnswerPlace, AnswerPlaces
from cti_desktop.core.vendors import catalog
from cti_desktop.i18n import translate

from .base import ViewModel, command
from .call_panel import device_label
from .changes import ChangeFollower, Coalesced, changes_of, quietly
from .session_bridge import SessionBridge

log = logging.getLogger(__name__)

#: Keys of the 12-key pad (plus '+', typed by a long press on 0 on phones).
KEYPAD_KEYS = "0123456789*#+"
#: The number box never holds more than this (the validator refuses longer input anyway).
MAX_NUMBER_LENGTH = 64


def line_key(line: Line) -> str:
    """A stable identifier for a line (caller ID) in choosers."""
    return f"{line.type}|{line.group_id}|{line.number}"


def line_label(line: Line) -> str:
    name = line.name or line.type.replace("_", " ").capitalize() or translate("DialPad", "Line")
    return f"{name} ({line.number})" if line.number and line.number not in name else name



class DialPadViewModel(ViewModel):
    numberChanged = Signal()
    validationChanged = Signal()
    devicesChanged = Signal()
    selectedDeviceChanged = Signal()
    linesChanged = Signal()
    selectedLineChanged = Signal()
    lastDialedChanged = Signal()
    canDialChanged = Signal()
    noticeChanged = Signal()
    #: The places a call set up for me can ring first (the account's answer places), or the choice.
    answerPlacesChanged = Signal()

    def __init__(self, bridge: SessionBridge, default_region: str = "SE", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._session = bridge.session
        self._region = default_region
        self._number = ""
        self._target: DialTarget | None = None
        self._valid = False
        self._message = ""
        self._target_display = ""
        self._devices: list[Device] = []
        self._selected_device = ""
        self._lines: list[Line] = []
        self._selected_line = ""
        self._last: DialTarget | None = None
        self._last_dialed = ""
        self._status: ConnectionStatus = self._session.status
        self._dialing = False
        self._can_dial = False
        self._dial_block = ""
        self._notice = ""
        self._places: list[AnswerPlace] = []
        self._selected_place = ""
        bridge.statusChanged.connect(self._on_status)
        self._refresh_can_dial()
        self._reload = Coalesced(lambda: self.load_async(guard=quietly), name="dial-pad-devices",
                                 spawn=self._session.spawn)
        #: The device set or the lines changed elsewhere: read them again.
        self.changes = ChangeFollower(changes_of(self._session.backend), (topics.DEVICES, topics.LINES),
                                      lambda _what: self._reload.request(), parent=self)

    # ----------------------------------------------------------------------------- properties
    def _get_number(self) -> str:
        return self._number

    def _set_number(self, text: str) -> None:
        text = (text or "")[:MAX_NUMBER_LENGTH]
        if self._update("_number", text, self.numberChanged):
            self._validate()

    number = Property(str, _get_number, _set_number, notify=numberChanged)

    def _get_valid(self) -> bool:
        return self._valid

    valid = Property(bool, _get_valid, notify=validationChanged)

    def _get_message(self) -> str:
        return self._message

    validationMessage = Property(str, _get_message, notify=validationChanged)

    def _get_target_display(self) -> str:
        return self._target_display

    #: What will be dialled, formatted for people ("070-123 45 67", "Extension 7464").
    targetDisplay = Property(str, _get_target_display, notify=validationChanged)

    def _get_devices(self) -> list:
        return [{"id": d.device_id, "name": device_label(d, d.device_id)} for d in self._devices]

    devices = Property(list, _get_devices, notify=devicesChanged)

    def _get_selected_device(self) -> str:
        return self._selected_device

    def _set_selected_device(self, device_id: str) -> None:
        if device_id and all(d.device_id != device_id for d in self._devices):
            self.set_error(translate("DialPad", "There is no device {device_id!r} to call from").format(device_id=device_id))
            return
        self._update("_selected_device", device_id or "", self.selectedDeviceChanged)

    selectedDevice = Property(str, _get_selected_device, _set_selected_device, notify=selectedDeviceChanged)

    def _get_lines(self) -> list:
        return [
            {"key": line_key(line), "label": line_label(line), "number": line.number, "type": line.type,
             "groupId": line.group_id}
            for line in self._lines
        ]

    lines = Property(list, _get_lines, notify=linesChanged)

    def _get_selected_line(self) -> str:
        return self._selected_line

    def _set_selected_line(self, key: str) -> None:
        self.selectLine(key)

    #: The key (see ``lines``) of the caller ID the server has active.
    selectedLine = Property(str, _get_selected_line, _set_selected_line, notify=selectedLineChanged)

    def _get_last(self) -> str:
        return self._last_dialed

    lastDialed = Property(str, _get_last, notify=lastDialedChanged)

    def _get_can_dial(self) -> bool:
        return self._can_dial

    canDial = Property(bool, _get_can_dial, notify=canDialChanged)

    def _get_dial_block(self) -> str:
        return self._dial_block

    #: Why dialling is off, in words ("" when it is on).
    dialBlockedReason = Property(str, _get_dial_block, notify=canDialChanged)

    def _get_via_mobile_supported(self) -> bool:
        return isinstance(self._session.backend.call_control, MobileCallBack)

    #: The account can call through the person's mobile (the phone system rings it first).
    viaMobileSupported = Property(bool, _get_via_mobile_supported, constant=True)

    def _get_via_mobile_note(self) -> str:
        if self._get_via_mobile_supported():
            return ""
        return catalog().missing_reason(self._session.backend.name, "call_control",
                                        what=translate("DialPad", "calling through your mobile")) + "."

    #: Why "Call via my mobile" is not offered ("" when it is).
    viaMobileNote = Property(str, _get_via_mobile_note, constant=True)

    def _answer_places_service(self) -> AnswerPlaces | None:
        service = self._session.backend.answer_places
        return service if isinstance(service, AnswerPlaces) else None

    def _get_answer_places(self) -> list:
        return [{"id": p.id, "name": p.name or p.id.replace("_", " ").capitalize()} for p in self._places]

    #: Where "Call via…" can ring first (``[{id, name}]``, the account's answer places; [] when it has none).
    answerPlaces = Property(list, _get_answer_places, notify=answerPlacesChanged)

    def _get_selected_place(self) -> str:
        return self._selected_place

    def _set_selected_place(self, place_id: str) -> None:
        if place_id and all(p.id != place_id for p in self._places):
            self.set_error(translate("DialPad", "There is no answer place {place_id!r} to ring first").format(place_id=place_id))
            return
        self._update("_selected_place", place_id or "", self.answerPlacesChanged)

    selectedAnswerPlace = Property(str, _get_selected_place, _set_selected_place, notify=answerPlacesChanged)

    def _get_notice(self) -> str:
        return self._notice

    #: What happens next after a call through the mobile was set up ("" otherwise).
    notice = Property(str, _get_notice, notify=noticeChanged)

    # ----------------------------------------------------------------------------- state
    def _on_status(self, status: ConnectionStatus) -> None:
        self._status = status
        self._refresh_can_dial()

    def _get_capability_note(self) -> str:
        backend = self._session.backend.name
        if self._session.commands is None or not self._can_make_call():
            return self._block_for_capability()
        spec = catalog().get(backend)
        return spec.dial_note if spec is not None else ""

    #: How calling works on this account, when it differs from "the call starts on your device".
    capabilityNote = Property(str, _get_capability_note, constant=True)

    def _can_make_call(self) -> bool:
        caps = self._session.backend.capabilities
        return caps is None or not caps.call_control or caps.can("make_call")

    def _block_for_capability(self) -> str:
        return catalog().missing_reason(self._session.backend.name, "call_control",
                                        what=translate("DialPad", "calling from here"))

    def _block(self) -> str:
        if self._session.commands is None:
            return translate("DialPad", "This account cannot make calls from here")
        if not self._can_make_call():
            return self._block_for_capability()
        if self._status.state is not ConnectionState.LIVE:
            return translate("DialPad", "Calling is off until the connection is live again ({describe})").format(describe=self._status.describe())
        if self._dialing:
            return translate("DialPad", "Calling…")
        return ""

    def _refresh_can_dial(self) -> None:
        block = self._block()
        if (self._can_dial, self._dial_block) != (not block, block):
            self._can_dial, self._dial_block = not block, block
            self.canDialChanged.emit()

    def _validate(self) -> None:
        text = self._number.strip()
        target: DialTarget | None = None
        message = ""
        if text:
            try:
                target = normalise_dial_string(text, self._region)
            except InvalidInput as exc:
                message = str(exc)
        self._target = target
        display = ""
        if target is not None:
            display = {"internal": translate("DialPad", "Extension {display}").format(display=target.display), "feature": translate("DialPad", "Feature code {display}").format(display=target.display)}.get(
                target.kind, target.display
            )
        changed = (self._valid, self._message, self._target_display) != (target is not None, message, display)
        self._valid, self._message, self._target_display = target is not None, message, display
        if changed:
            self.validationChanged.emit()

    # ----------------------------------------------------------------------------- loading
    @command()
    async def load(self) -> None:
        await self.load_async()

    async def load_async(self, *, guard: Any = None) -> None:
        """Read the devices to call from and the caller IDs (lines) with the active one (``guard``:
        how a failure is told; the ``error`` property by default)."""
        guard = guard or self.guarded
        control = self._session.backend.call_control
        if control is None:
            return
        devices = await guard(control.devices())
        if devices is not None:
            self._devices = list(devices)
            self.devicesChanged.emit()
            if self._selected_device not in {d.device_id for d in self._devices}:
                self._update("_selected_device", self._devices[0].device_id if self._devices else "",
                             self.selectedDeviceChanged)
        places_service = self._answer_places_service()
        if places_service is not None:
            # optional: without them "Call via my mobile" rings the mobile as before, so a failure is not shown
            places = await quietly(places_service.places())
            if places is not None:
                self._places = list(places)
                if self._selected_place not in {p.id for p in self._places}:
                    self._selected_place = self._places[0].id if self._places else ""
                self.answerPlacesChanged.emit()
        lines = await guard(control.lines())
        if lines is None:
            return
        self._lines = list(lines)
        self.linesChanged.emit()
        active: Line | None = None
        if isinstance(control, ActiveLineRead):
            active = await guard(control.active_line())
        if active is None:
            active = next((line for line in self._lines if line.active), None)
        key = ""
        if active is not None:
            key = next((line_key(line) for line in self._lines
                        if line.type == active.type and line.group_id == active.group_id), line_key(active))
        self._update("_selected_line", key, self.selectedLineChanged)

    @Slot(str)
    def selectLine(self, key: str) -> None:
        """Make ``key`` the active caller ID on the server (shown once the server accepts it)."""
        if key == self._selected_line:
            return
        line = next((line for line in self._lines if line_key(line) == key), None)
        if line is None:
            self.set_error(translate("DialPad", "That caller ID is not one of your lines"))
            self.selectedLineChanged.emit()  # put the chooser back
            return
        self._apply_line(line)

    @command(object)
    async def _apply_line(self, line: Line) -> None:
        await self.set_line_async(line)

    async def set_line_async(self, line: Line) -> bool:
        control = self._session.backend.call_control
        if not isinstance(control, CallerIdChoice):
            self.set_error(translate("DialPad", "This account cannot choose the caller ID"))
            self.selectedLineChanged.emit()
            return False
        done = await self.guarded(_true_after(control.set_active_line(line)))
        if done:
            self._update("_selected_line", line_key(line), self.selectedLineChanged)
            return True
        self.selectedLineChanged.emit()  # the chooser goes back to the line the server still has
        return False

    # ----------------------------------------------------------------------------- typing
    @Slot(str)
    def appendDigit(self, digit: str) -> None:
        if not digit or len(digit) != 1 or digit not in KEYPAD_KEYS:
            return
        self._set_number(self._number + digit)

    @Slot()
    def backspace(self) -> None:
        self._set_number(self._number[:-1])

    @Slot()
    def clear(self) -> None:
        self._set_number("")
        self.clear_error()

    # ----------------------------------------------------------------------------- dialling
    @command()
    async def dial(self) -> None:
        await self.dial_async()

    @command()
    async def redial(self) -> None:
        await self.redial_async()

    async def dial_async(self) -> bool:
        """Dial the number box; garbage is refused in words and nothing is sent."""
        self._validate()
        if self._target is None:
            message = self._message or translate("DialPad", "Enter a number to call")
            self.set_error(message)
            return False
        ok = await self._call(self._target)
        if ok:
            self._set_number("")
        return ok

    @command()
    async def dialViaMobile(self) -> None:
        await self.dial_via_mobile_async()

    async def dial_via_mobile_async(self) -> bool:
        """Call the number box through the person's mobile: the phone system rings the mobile first,
        then the number. Garbage and accounts that cannot do it are refused in words."""
        self._validate()
        if self._target is None:
            self.set_error(self._message or translate("DialPad", "Enter a number to call"))
            return False
        if not self._get_via_mobile_supported():
            self.set_error(self._get_via_mobile_note())
            return False
        block = self._block()
        if block:
            self.set_error(block)
            return False
        target = self._target
        store = self._session.store
        self._update("_notice", "", self.noticeChanged)
        self._dialing = True
        self._refresh_can_dial()
        try:
            since = store.mark()
            places_service = self._answer_places_service()
            place = next((p for p in self._places if p.id == self._selected_place), None)
            if places_service is not None and place is not None:
                answer = await self.guarded(_call_from(places_service, place.id, target.dial))
            else:
                answer = await self.guarded(_call_via_mobile(self._session.backend.call_control, target.dial))
        finally:
            self._dialing = False
            self._refresh_can_dial()
        if answer is None:
            return False  # the error is shown in words
        if answer is not True:
            store.apply(CallUpdated(answer, since=since))
        self._last = target
        self._update("_last_dialed", target.display, self.lastDialedChanged)
        where = "mobile"
        if places_service is not None and place is not None:
            where = (place.name or place.id).lower()
        self._update("_notice", translate("DialPad", "Your {where} rings first: answer it and you are connected to {display}").format(where=where, display=target.display),
                     self.noticeChanged)
        self._set_number("")
        return True

    async def dial_target_async(self, target: DialTarget) -> bool:
        """Dial ``target`` (already checked, e.g. a click-to-dial link) without touching the number box."""
        return await self._call(target)

    async def redial_async(self) -> bool:
        if self._last is None:
            self.set_error(translate("DialPad", "Nothing to redial yet"))
            return False
        return await self._call(self._last)

    async def _call(self, target: DialTarget) -> bool:
        block = self._block()
        if block:
            self.set_error(block)
            return False
        commands = self._session.commands
        self._dialing = True
        self._refresh_can_dial()
        try:
            call = await self.guarded(commands.make_call(target.dial, device_id=self._selected_device or None))
        finally:
            self._dialing = False
            self._refresh_can_dial()
        if call is None:
            return False
        self._last = target
        self._update("_last_dialed", target.display, self.lastDialedChanged)
        return True


async def _call_via_mobile(control: Any, dial: str) -> Any:
    """The backend's answer (a call or ``None``); ``guarded`` gives ``None`` on failure, so a
    success without a call state comes back as ``True`` to tell the two apart."""
    call = await control.call_via_mobile(dial)
    return True if call is None else call


async def _call_from(places: AnswerPlaces, place_id: str, dial: str) -> Any:
    """As :func:`_call_via_mobile`, from the answer place ``place_id``."""
    call = await places.call_from(place_id, dial)
    return True if call is None else call


async def _true_after(awaitable: Any) -> bool:
    await awaitable
    return True


__all__ = ["KEYPAD_KEYS", "DialPadViewModel", "line_key", "line_label"]
