"""The group call log's item commands: take, mark handled, release, call back.

A mixin of :class:`~cti_desktop.viewmodels.group_call_log.GroupCallLogViewModel`. Before changing
an item the log is re-read (as the vendor advises): when someone else took or handled it meanwhile,
the change is not sent and the agent is told who has it, in words. "Call back" places a call from
the first softphone, then takes the item when it was still unhandled.
"""

from __future__ import annotations

from typing import Any

from cti_desktop.core.errors import InvalidInput, NotFound, NotSupported, StaleState, UserFacingError
from cti_desktop.core.models import GroupCallLogItem
from cti_desktop.i18n import translate

__all__ = ["NOTE_LIMIT", "GroupCallLogCommandsMixin", "softphone_device_id"]

#: The longest handling note accepted (characters).
NOTE_LIMIT = 500


async def softphone_device_id(call_control: Any) -> str | None:
    """The first softphone's device id, to place a call from; ``None`` lets the server choose."""
    for device in await call_control.devices():
        if (device.kind or "").upper() == "SOFTPHONE":
            return device.device_id
    return None


class GroupCallLogCommandsMixin:
    """Item commands: each re-reads the log first and refuses, in words, what another agent has."""

    async def _fresh(self, item_id: str) -> GroupCallLogItem:
        """Re-read the item's group (and my assignments) and return the item as the server has it now."""
        known = next((e for e in self._log + self._assigned_log if e.item_id == item_id), None)
        if known is None:
            raise NotFound(translate("GroupCallLogCommands", "That call is no longer in the group call log"))
        self._generation += 1
        entries, mine = await self._fetch(self._group(known.group_id))
        fresh = next((e for e in entries if e.item_id == item_id), None)
        if fresh is None:
            fresh = next((e for e in mine if e.item_id == item_id), None)
        self._merge(entries, mine, known.group_id)
        if fresh is None:
            raise NotFound(translate("GroupCallLogCommands", "That call is no longer in the group call log; the list has been refreshed"))
        return fresh

    def _merge(self, entries: list[GroupCallLogItem], mine: list[GroupCallLogItem], group_id: str) -> None:
        """Put a re-read of one group into the list shown (all of it when that group is shown)."""
        if self._selected == group_id:
            self._apply(entries, mine)
            return
        by_id = {e.item_id: e for e in entries}
        self._log = [by_id.get(e.item_id, e) for e in self._log]
        self._mine = {m.item_id for m in mine}
        self._assigned_log = list(mine)
        self._rebuild()

    def _conflict(self, fresh: GroupCallLogItem, outcome: str = "") -> str:
        """Words for why a change must not overwrite ``fresh`` (``""`` when it may), ending with
        ``outcome`` (by default: nothing was changed)."""
        if self._is_mine(fresh):
            return ""
        who = fresh.handled_by or translate("GroupCallLogCommands", "another agent")
        note = translate("GroupCallLogCommands", " (note: {handled_note})").format(handled_note=fresh.handled_note) if fresh.handled_note else ""
        outcome = outcome or translate("GroupCallLogCommands", "Nothing was changed.")
        if fresh.handled_state == "INPROGRESS":
            return translate("GroupCallLogCommands", "This call is already taken by {who}{note}. {outcome}").format(
                who=who, note=note, outcome=outcome)
        if fresh.handled_state == "HANDLED":
            return translate("GroupCallLogCommands", "This call was already handled by {who}{note}. {outcome}").format(
                who=who, note=note, outcome=outcome)
        return ""

    async def _set_state(self, item_id: str, state: str, note: str) -> GroupCallLogItem | None:
        item_id = str(item_id)
        note = (note or "").strip()
        if len(note) > NOTE_LIMIT:
            raise InvalidInput(translate("GroupCallLogCommands", "The note is too long: at most {NOTE_LIMIT} characters, not {count}").format(NOTE_LIMIT=NOTE_LIMIT, count=len(note)))
        if self._queues is None:
            raise NotSupported(translate("GroupCallLogCommands", "This account cannot update the group call log"))
        if item_id in self._pending:
            return None
        self._pending.add(item_id)
        self._rebuild()
        try:
            fresh = await self._fresh(item_id)
            if state == "UNHANDLED" and fresh.handled_state in ("", "UNHANDLED"):
                return fresh
            conflict = self._conflict(fresh)
            if conflict:
                raise StaleState(conflict)
            updated = await self._queues.set_call_log_state(item_id, state, note)
            if state == "HANDLED":
                self._handled_by_me.add(item_id)
            else:
                self._handled_by_me.discard(item_id)
            if updated.handled_by and state != "UNHANDLED":
                self._my_name = updated.handled_by
            return updated
        finally:
            self._pending.discard(item_id)
            await self._reread_after()

    def _say(self, text: str, *, calling: bool = False) -> None:
        #: Whether the notice tells of a call back being placed (the item itself did not change).
        self.notice_is_call = calling
        self._update("_notice", text, self.noticeChanged)

    async def take(self, item_id: str, note: str = "") -> bool:
        """Assign the item to me (INPROGRESS) with an optional note. ``False`` (with ``error``) if not."""
        self._say("")
        done = await self.guarded(self._set_state(item_id, "INPROGRESS", note))
        if done is not None:
            self._say(translate("GroupCallLogCommands", "You have taken this call"))
        return done is not None

    async def mark_handled(self, item_id: str, note: str = "") -> bool:
        self._say("")
        done = await self.guarded(self._set_state(item_id, "HANDLED", note))
        if done is not None:
            self._say(translate("GroupCallLogCommands", "Marked as handled"))
        return done is not None

    async def release(self, item_id: str) -> bool:
        """Put the item back to UNHANDLED for anyone to take."""
        self._say("")
        done = await self.guarded(self._set_state(item_id, "UNHANDLED", ""))
        if done is not None:
            self._say(translate("GroupCallLogCommands", "Released: anyone in the group can take it now"))
        return done is not None

    async def _call_back(self, item_id: str) -> str:
        item_id = str(item_id)
        if self._session.commands is None or self._session.backend.call_control is None:
            raise NotSupported(translate("GroupCallLogCommands", "This account cannot place calls"))
        if item_id in self._pending:
            raise InvalidInput(translate("GroupCallLogCommands", "This call is being updated; try again in a moment"))
        self._pending.add(item_id)
        self._rebuild()
        try:
            fresh = await self._fresh(item_id)
            not_calling = translate("GroupCallLogCommands", "Not calling, so the caller is not called twice.")
            conflict = self._conflict(fresh, not_calling) if fresh.handled_state == "INPROGRESS" else ""
            if conflict:
                raise StaleState(conflict)
            number = fresh.callback_number or fresh.caller_number
            if not number:
                raise InvalidInput(translate("GroupCallLogCommands", "This call has no number to call back"))
            device = await softphone_device_id(self._session.backend.call_control)
            call = await self._session.commands.make_call(number, device_id=device)
            if fresh.handled_state in ("", "UNHANDLED"):
                try:
                    await self._queues.set_call_log_state(item_id, "INPROGRESS", translate("GroupCallLogCommands", "Called back"))
                    self._handled_by_me.discard(item_id)
                except UserFacingError as exc:
                    self._say(translate("GroupCallLogCommands", "Calling {number}, but it could not be marked as yours: {exc}").format(number=number, exc=exc), calling=True)
                    return call.call_id
            self._say(translate("GroupCallLogCommands", "Calling back {number}").format(number=number), calling=True)
            return call.call_id
        finally:
            self._pending.discard(item_id)
            await self._reread_after()

    async def call_back(self, item_id: str) -> str | None:
        """Call the caller back (and take the item if unhandled). Returns the new call's id."""
        self._say("")
        call_id = await self.guarded(self._call_back(item_id))
        if call_id:
            self.callPlaced.emit(call_id)
        return call_id
