"""The call panel's commands: one slot per call operation, each checked at click time and run as a task.

A command carries the call *as the person saw it* (the state the panel showed when they clicked,
which is the store's state at that moment), so a call that changed in between is refused by the
server as stale instead of being acted on blindly. Errors appear inline, in words, on the call
(``CallItemViewModel.error``) or, when the call has gone, on the panel (``error``); the state is then
re-read from the server and the panel shows it.

Slots are plain Qt slots that capture the call synchronously at click time and run the request as a
task owned by the session (cancelled when the session closes). The operations that differ only in
their name (one call; one call and a number; two calls; the selected call) are made from one
factory each, so each is one line of :class:`CallCommands`.

:class:`CallCommands` is a mixin of :class:`~cti_desktop.viewmodels.call_panel.CallPanelViewModel`:
it uses the panel's items (``_items``), session, region and ``_connection_block``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Slot

from cti_desktop.core.call_operations import (
    BY_NAME,
    RECORDING_STEPS,
    TRANSFER_KINDS,
    CallOperation,
    operation,
    shortcut_target,
)
from cti_desktop.core.dialing import normalise_dial_string
from cti_desktop.core.errors import InvalidInput, NotFound, UserFacingError
from cti_desktop.core.models import Call, CallStatus
from cti_desktop.i18n import translate

from .call_item import CallItemViewModel

log = logging.getLogger(__name__)

_OP = BY_NAME

Command = Callable[..., "asyncio.Task | None"]


def _named(slot: Callable[..., Any], name: str, doc: str) -> Callable[..., Any]:
    slot.__name__ = slot.__qualname__ = name
    slot.__doc__ = doc
    return slot


def _one_call(name: str, op: str) -> Command:
    """The slot ``name(callId)`` that does ``op`` to one call."""

    def slot(self: CallCommands, callId: str) -> asyncio.Task | None:
        return self._simple(callId, _OP[op])

    return Slot(str, name=name)(_named(slot, name, f"{_OP[op].what} the call."))


def _to_number(name: str, op: str) -> Command:
    """The slot ``name(callId, destination)`` that does ``op`` to one call towards a number typed."""

    def slot(self: CallCommands, callId: str, destination: str) -> asyncio.Task | None:
        return self._to_destination(callId, _OP[op], destination)

    return Slot(str, str, name=name)(_named(slot, name, f"{_OP[op].what} the call to ``destination``."))


def _with_call(name: str, op: str, targets_key: str, *, swap_if_held: bool = False) -> Command:
    """The slot ``name(callId, targetCallId="")`` that does ``op`` to two of the person's calls."""

    def slot(self: CallCommands, callId: str, targetCallId: str = "") -> asyncio.Task | None:
        return self._two_calls(callId, targetCallId, _OP[op], targets_key, swap_if_held=swap_if_held)

    return Slot(str, str, name=name)(_named(slot, name, f"{_OP[op].what} with another of the calls ({targets_key})."))


def _toggle(name: str, flag: str, when: str, otherwise: str) -> Command:
    """The slot ``name(callId)`` that does ``when`` if the call's ``flag`` is set, else ``otherwise``."""

    def slot(self: CallCommands, callId: str) -> asyncio.Task | None:
        item = self._items.get(callId)
        if item is not None and item.value(flag):
            return getattr(self, when)(callId)
        return getattr(self, otherwise)(callId)

    return Slot(str, name=name)(_named(slot, name, f"{when} when the call may be ({flag}), else {otherwise}."))


def _on_selected(name: str, command: str) -> Command:
    """The slot ``name()`` that runs ``command`` on the selected call (nothing when none is)."""

    def slot(self: CallCommands) -> asyncio.Task | None:
        return getattr(self, command)(self._selected) if self._selected else None

    return Slot(name=name)(_named(slot, name, f"{command} the selected call."))


class CallCommands:
    """The call operations of the call panel (a mixin of the panel's view-model)."""

    _items: dict[str, CallItemViewModel]
    _selected: str
    _region: str
    _session: Any
    _connection_block: Callable[[], str]
    _device_name: Callable[[str], str]
    set_error: Callable[[str], None]
    clear_error: Callable[[], None]

    # ----------------------------------------------------------------------------- running commands
    def _live_item(self, call_id: str, what: str) -> CallItemViewModel | None:
        """The call's item while commands may be sent; else say why (on the call, or the panel)."""
        item = self._items.get(call_id)
        if item is None:
            self.set_error(translate("CallCommands", "{what}: that call has already ended").format(what=what))
            return None
        block = self._connection_block()
        if block:
            item.set_error(f"{what}: {block[0].lower()}{block[1:]}")
            return None
        return item

    def _seen(self, call_id: str, op: CallOperation) -> tuple[CallItemViewModel, Call] | None:
        """The call as the person sees it now, if ``op`` may be done to it; else say why."""
        item = self._live_item(call_id, op.what)
        if item is None:
            return None
        if op.flag and not item.value(op.flag):
            item.set_error(translate("CallCommands", "{what} is not possible on this call right now").format(what=op.what))
            return None
        return item, item.call

    def _refuse(self, call_id: str, message: str) -> None:
        """Say ``message`` on the call, or on the panel when the call has gone."""
        item = self._items.get(call_id)
        if item is not None:
            item.set_error(message)
        else:
            self.set_error(message)

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
            item.set_error(translate("CallCommands", "{what}: choose one of your other calls").format(what=op.what))
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

    def _to_listed(self, call_id: str, op: CallOperation, choices_key: str, choice_id: str, *,
                   choose_only: bool, refusal: Callable[[str], str]) -> asyncio.Task | None:
        """Do ``op`` to the call with one of its ``choices_key`` (ids under ``"id"``) as argument.

        With no ``choice_id``: ``choose_only`` takes the only choice there is, else the first is taken.
        """
        seen = self._seen(call_id, op)
        if seen is None:
            return None
        item, call = seen
        allowed = [d["id"] for d in item.value(choices_key)]
        if not choice_id:
            if not choose_only:
                choice_id = allowed[0]
            elif len(allowed) == 1:
                choice_id = allowed[0]
        if choice_id not in allowed:
            item.set_error(f"{op.what}: {refusal(choice_id)}")
            return None
        return self._send(item, op, call, choice_id)

    # ----------------------------------------------------------------------------- slots
    @Slot(str)
    @Slot(str, str)
    def answer(self, callId: str, deviceId: str = "") -> asyncio.Task | None:
        return self._to_listed(callId, _OP["answer"], "answerDevices", deviceId, choose_only=False,
                               refusal=lambda device: translate("CallCommands", "the call cannot be answered on {device_name}").format(device_name=self._device_name(device)))

    hangup = _one_call("hangup", "hangup")
    hold = _one_call("hold", "hold")
    resume = _one_call("resume", "resume")
    mute = _one_call("mute", "mute")
    unmute = _one_call("unmute", "unmute")
    park = _one_call("park", "park")
    leaveConference = _one_call("leaveConference", "leave_conference")
    toggleMute = _toggle("toggleMute", "canUnmute", "unmute", "mute")
    toggleHold = _toggle("toggleHold", "canResume", "resume", "hold")

    @Slot(str, str)
    def sendDtmf(self, callId: str, digits: str) -> asyncio.Task | None:
        op = _OP["dtmf"]
        seen = self._seen(callId, op)
        if seen is None:
            return None
        item, call = seen
        text = (digits or "").strip().upper()
        if not text or any(ch not in "0123456789ABCD#*" for ch in text) or len(text) > 32:
            item.set_error(translate("CallCommands", "Keypad tones may only be 0–9, A–D, # and * (at most 32 at once)"))
            return None
        return self._send(item, op, call, text)

    transfer = _to_number("transfer", "transfer")
    consult = _to_number("consult", "consultation")

    @Slot(str, str, str)
    def transferAs(self, callId: str, variant: str, destination: str) -> asyncio.Task | None:
        """Transfer as one of the variants (``transfer_to_voicemail``, ``transfer_camp_on``,
        ``transfer_bypass_diversion``), offered where the call may be transferred."""
        if variant not in TRANSFER_KINDS:
            self._refuse(callId, translate("CallCommands", "Transfer: unknown kind of transfer {variant!r}").format(variant=variant))
            return None
        return self._to_destination(callId, _OP[variant], destination)

    alternate = _with_call("alternate", "alternate", "alternateTargets", swap_if_held=True)
    transferToCall = _with_call("transferToCall", "transfer_to_call", "transferTargets")
    conference = _with_call("conference", "conference", "conferenceTargets")

    @Slot(str, str)
    def removeParticipant(self, callId: str, participantId: str) -> asyncio.Task | None:
        op = _OP["remove_participant"]
        seen = self._seen(callId, op)
        if seen is None:
            return None
        item, call = seen
        if participantId not in {p["id"] for p in item.value("participants")}:
            item.set_error(translate("CallCommands", "{what}: that person is no longer in the conference").format(what=op.what))
            return None
        return self._send(item, op, call, participantId)

    @Slot(str, str)
    def moveTo(self, callId: str, deviceId: str) -> asyncio.Task | None:
        return self._to_listed(callId, _OP["move"], "moveDevices", deviceId, choose_only=True,
                               refusal=lambda _device: translate("CallCommands", "choose another of your devices"))

    @Slot(str, str)
    def recording(self, callId: str, op: str) -> asyncio.Task | None:
        step = (op or "").strip().lower()
        operation = RECORDING_STEPS.get(step)
        if operation is None:
            self._refuse(callId, translate("CallCommands", "Recording: unknown command {step!r}").format(step=step))
            return None
        return self._simple(callId, operation)

    # Keyboard shortcuts ---------------------------------------------------------------------------
    def _offers(self, call: Call, op: CallOperation) -> bool:
        item = self._items.get(call.call_id)
        return item is not None and bool(op.flag) and bool(item.value(op.flag))

    def shortcut_call(self, name: str) -> str:
        """The id of the call the keyboard shortcut of operation ``name`` acts on: the selected call
        when its card offers the operation (or its toggle), else the best other call whose card does
        (see :func:`~cti_desktop.core.call_operations.shortcut_target`); "" when none does."""
        found = shortcut_target(name, [item.call for item in self._items.values()], self._selected,
                                offers=self._offers)
        return found.call_id if found is not None else ""

    def shortcut_operation(self, name: str, callId: str) -> CallOperation:
        """What the shortcut of ``name`` does to the call: the operation, or its toggle (resume for
        hold, unmute for mute, stop for start recording…) when the call offers that one instead."""
        op = operation(name)
        partner = BY_NAME.get(op.toggle)
        item = self._items.get(callId)
        if partner is not None and item is not None and not item.value(op.flag) and item.value(partner.flag):
            return partner
        return op

    # Shortcuts on the selected call -------------------------------------------------------------
    answerSelected = _on_selected("answerSelected", "answer")
    hangupSelected = _on_selected("hangupSelected", "hangup")
    toggleHoldSelected = _on_selected("toggleHoldSelected", "toggleHold")
    toggleMuteSelected = _on_selected("toggleMuteSelected", "toggleMute")
