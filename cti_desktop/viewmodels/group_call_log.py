"""The group call log: missed, answered and forwarded calls of the agent's groups, and who handles them.

Every member of a group sees the same log, so the handled state (UNHANDLED → INPROGRESS → HANDLED,
with the agent and a note) is how agents share the follow-up work. The server is the only truth:

* The list is re-read politely by a :class:`PolitePoller` (one request in flight, backing off on
  errors) while the panel is visible. Each poll reads the newest ``max_items`` of the chosen group
  (or of all groups) plus the items assigned to me. ``since=`` would only return *new* items and
  never another agent's change to an older one, so the whole window is read every time.
* Before changing an item the log is re-read (as the vendor advises): when someone else took or
  handled it meanwhile, the change is not sent and the agent is told who has it, in words.
* "Call back" places a call to the callback number (or the caller) from the first softphone, then
  takes the item (INPROGRESS) when it was still unhandled.
* Caller names come from the directory in the background, one number at a time, cached; the list
  never waits for them.
"""

from __future__ import annotations

import asyncio
import logging
import re
from datetime import UTC, datetime
from typing import Any

import qasync
from PySide6.QtCore import Property, QObject, Signal, Slot

from cti_desktop.core.errors import (
    InvalidInput,
    NotFound,
    NotSupported,
    StaleState,
    UserFacingError,
)
from cti_desktop.core.models import Contact, Group, GroupCallLogItem

from .polling import VisiblePollingViewModel
from .session_bridge import SessionBridge

log = logging.getLogger(__name__)

ALL_GROUPS = ""  # the group selector's "All groups" entry

TYPE_NAMES = {"MISSED": "Missed", "ANSWERED": "Answered", "FORWARDED": "Forwarded"}
STATE_NAMES = {"UNHANDLED": "Unhandled", "INPROGRESS": "In progress", "HANDLED": "Handled"}
TYPE_FILTERS = ("ALL", "MISSED", "ANSWERED", "FORWARDED")
NOTE_LIMIT = 500


def type_name(kind: str) -> str:
    return TYPE_NAMES.get(kind, kind.replace("_", " ").capitalize() or "Call")


def state_name(state: str) -> str:
    return STATE_NAMES.get(state, state.replace("_", " ").capitalize() or "Unhandled")


def duration_text(seconds: int) -> str:
    seconds = max(0, int(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, sec = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {sec:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def time_text(when: datetime | None, now: datetime | None = None) -> str:
    """Local time; today as ``14:05``, earlier as ``3 Mar 14:05``."""
    if when is None:
        return "Unknown time"
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    local = when.astimezone()
    now = (now or datetime.now(UTC)).astimezone()
    if local.date() == now.date():
        return local.strftime("%H:%M")
    if local.year == now.year:
        return f"{local.day} {local.strftime('%b %H:%M')}"
    return f"{local.day} {local.strftime('%b %Y %H:%M')}"


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number or "")


async def softphone_device_id(call_control: Any) -> str | None:
    """The first softphone's device id, to place a call from; ``None`` lets the server choose."""
    for device in await call_control.devices():
        if (device.kind or "").upper() == "SOFTPHONE":
            return device.device_id
    return None


def contact_for_number(contacts: list[Contact], number: str) -> Contact | None:
    """The contact one of whose numbers is ``number`` (compared by digits, national forms too)."""
    want = _digits(number)
    if len(want) < 3:
        return None
    for contact in contacts:
        for candidate in (contact.preferred_number, *contact.numbers):
            have = _digits(candidate)
            if have and (have == want or (len(have) >= 7 and len(want) >= 7 and have[-9:] == want[-9:])):
                return contact
    return None


class GroupCallLogViewModel(VisiblePollingViewModel):
    """The group call log panel's state and commands.

    Properties: ``groups`` (list of ``{"id","name"}``, the first being ``{"id": "", "name": "All
    groups"}``), ``selectedGroup`` (group id, ``""`` = all), ``typeFilter`` (ALL, MISSED, ANSWERED,
    FORWARDED), ``items`` (list of dicts, newest first, see :meth:`_row`), ``assigned`` (the items
    in progress by me), ``loaded``, ``refreshError`` (why the list may be old), ``notice`` (what
    the last command did), ``active`` (polling while the panel is visible), plus ``error``/``busy``.
    """

    groupsChanged = Signal()
    selectedGroupChanged = Signal()
    typeFilterChanged = Signal()
    itemsChanged = Signal()
    assignedChanged = Signal()
    noticeChanged = Signal()
    callPlaced = Signal(str)  # call id of a call-back

    STALE_WORDS = "The group call log may be out of date"

    def __init__(
        self,
        bridge: SessionBridge,
        parent: QObject | None = None,
        *,
        poll_interval: float = 7.0,
        max_backoff: float = 60.0,
        max_items: int = 100,
        lookup_names: bool = True,
    ) -> None:
        super().__init__(bridge, parent, poll_interval=poll_interval, max_backoff=max_backoff,
                         poll_name="group-call-log-poll")
        self._session = bridge.session
        self._queues = bridge.session.backend.queues
        self._directory = bridge.session.backend.directory if lookup_names else None
        self.max_items = max(1, int(max_items))
        self._groups: list[Group] = []
        self._group_rows: list[dict[str, str]] = [{"id": ALL_GROUPS, "name": "All groups"}]
        self._selected = ALL_GROUPS
        self._type_filter = "ALL"
        self._log: list[GroupCallLogItem] = []
        self._assigned_log: list[GroupCallLogItem] = []
        self._mine: set[str] = set()  # item ids the server lists as assigned to me
        self._handled_by_me: set[str] = set()  # item ids I marked handled in this session
        self._my_name = ""
        self._pending: set[str] = set()
        self._items: list[dict[str, Any]] = []
        self._assigned: list[dict[str, Any]] = []
        self._notice = ""
        self._names: dict[str, str] = {}  # digits → name ("" = looked up, none found)
        self._lookup_queue: list[str] = []
        self._lookup_task: asyncio.Task | None = None
        self._closed = False

    # ------------------------------------------------------------------------------ properties
    groups = Property("QVariantList", lambda self: [dict(g) for g in self._group_rows], notify=groupsChanged)
    items = Property("QVariantList", lambda self: [dict(i) for i in self._items], notify=itemsChanged)
    assigned = Property("QVariantList", lambda self: [dict(i) for i in self._assigned], notify=assignedChanged)
    notice = Property(str, lambda self: self._notice, notify=noticeChanged)

    def _get_selected(self) -> str:
        return self._selected

    @Slot(str)
    def setSelectedGroup(self, group_id: str) -> None:
        group_id = str(group_id or "")
        if group_id and self._groups and all(g.id != group_id for g in self._groups):
            group_id = ALL_GROUPS  # not one of my groups (before the groups are read, the read decides)
        if self._update("_selected", group_id, self.selectedGroupChanged):
            self._generation += 1
            self._log = []
            self._rebuild()
            self._update("_loaded", False, self.loadedChanged)
            self._poller.poke()

    selectedGroup = Property(str, _get_selected, setSelectedGroup, notify=selectedGroupChanged)

    def _get_type_filter(self) -> str:
        return self._type_filter

    @Slot(str)
    def setTypeFilter(self, kind: str) -> None:
        kind = (kind or "ALL").upper()
        if kind not in TYPE_FILTERS:
            kind = "ALL"
        if self._update("_type_filter", kind, self.typeFilterChanged):
            self._rebuild()

    typeFilter = Property(str, _get_type_filter, setTypeFilter, notify=typeFilterChanged)

    def item(self, item_id: str) -> dict[str, Any] | None:
        for row in self._items + self._assigned:
            if row["id"] == str(item_id):
                return dict(row)
        for entry in self._log:
            if entry.item_id == str(item_id):
                return self._row(entry)
        return None

    # ------------------------------------------------------------------------------- polling
    def _wants_polling(self) -> bool:
        """The panel is visible (``active``): keep the list fresh. Hidden or closed: stop polling."""
        return self._active and not self._closed

    async def _fetch(self, group: Group | None) -> tuple[list[GroupCallLogItem], list[GroupCallLogItem]]:
        if self._queues is None:
            raise NotSupported("This account has no group call log")
        entries = await self._queues.group_call_log(group, max_items=self.max_items)
        mine = await self._queues.assigned_call_log(None)
        return entries, mine

    async def _read(self) -> None:
        """Read the groups (first time), the log of the selected group and my assigned items."""
        if not self._groups:
            await self._load_groups()
        generation = self._generation
        group = self._group(self._selected)
        entries, mine = await self._fetch(group)
        if generation != self._generation:
            return  # the selection changed or a command answered meanwhile: its read is newer
        self._apply(entries, mine)

    async def _load_groups(self) -> None:
        if self._queues is None:
            raise NotSupported("This account has no groups")
        groups = await self._queues.groups()
        self._groups = list(groups)
        rows = [{"id": ALL_GROUPS, "name": "All groups"}] + [{"id": g.id, "name": g.name or g.id} for g in self._groups]
        if rows != self._group_rows:
            self._group_rows = rows
            self.groupsChanged.emit()
        if self._selected and self._group(self._selected) is None:
            self._update("_selected", ALL_GROUPS, self.selectedGroupChanged)

    def _group(self, group_id: str) -> Group | None:
        if not group_id:
            return None
        return next((g for g in self._groups if g.id == group_id), None)

    def _apply(self, entries: list[GroupCallLogItem], mine: list[GroupCallLogItem]) -> None:
        self._log = list(entries)
        self._mine = {m.item_id for m in mine}
        self._assigned_log = list(mine)
        for m in mine:
            if m.handled_by and not self._my_name:
                self._my_name = m.handled_by
        self._set_refresh_error("")
        self._rebuild()
        self._update("_loaded", True, self.loadedChanged)

    # ----------------------------------------------------------------------------------- rows
    def _is_mine(self, entry: GroupCallLogItem) -> bool:
        if entry.handled_state == "INPROGRESS":
            return entry.item_id in self._mine
        if entry.handled_state == "HANDLED":
            return entry.item_id in self._handled_by_me or (bool(self._my_name) and entry.handled_by == self._my_name)
        return False

    def _group_name(self, group_id: str) -> str:
        g = self._group(group_id)
        return (g.name or g.id) if g else group_id

    def _row(self, e: GroupCallLogItem) -> dict[str, Any]:
        state = e.handled_state or "UNHANDLED"
        name = self._names.get(_digits(e.caller_number), "")
        callback = e.callback_number or e.caller_number
        mine = self._is_mine(e)
        by = "you" if mine else (e.handled_by or "someone")
        if state == "INPROGRESS":
            state_text = f"In progress ({by})"
        elif state == "HANDLED":
            state_text = f"Handled ({by})" if (e.handled_by or mine) else "Handled"
        else:
            state_text = state_name(state)
        return {
            "id": e.item_id,
            "groupId": e.group_id,
            "groupName": self._group_name(e.group_id),
            "type": e.item_type,
            "typeText": type_name(e.item_type),
            "caller": e.caller_number or "Unknown number",
            "callerName": name,
            "callerText": f"{name} ({e.caller_number})" if name and e.caller_number else (name or e.caller_number or "Unknown number"),
            "callbackNumber": callback,
            "time": e.start_time,
            "timeText": time_text(e.start_time),
            "queueSeconds": e.queue_duration,
            "queueText": duration_text(e.queue_duration),
            "durationText": duration_text(e.call_duration) if e.call_duration else "",
            "callCount": e.call_count,
            "agent": e.agent,  # who answered it
            "forwardReason": e.forward_reason,
            "state": state,
            "stateText": state_text,
            "stateBy": e.handled_by,
            "note": e.handled_note,
            "mine": mine,
            "pending": e.item_id in self._pending,
            "canTake": state != "INPROGRESS" or not mine,
            "canRelease": state != "UNHANDLED",
            "canCallBack": bool(callback),
        }

    def _rebuild(self) -> None:
        rows = []
        for e in self._log:
            if self._type_filter != "ALL" and e.item_type != self._type_filter:
                continue
            rows.append(self._row(e))
        assigned = [self._row(e) for e in self._assigned_log
                    if not self._selected or e.group_id == self._selected]
        if rows != self._items:
            self._items = rows
            self.itemsChanged.emit()
        if assigned != self._assigned:
            self._assigned = assigned
            self.assignedChanged.emit()
        self._queue_lookups([e.caller_number for e in self._log])

    # ------------------------------------------------------------------------ name lookups
    def _queue_lookups(self, numbers: list[str]) -> None:
        if self._directory is None or self._closed:
            return
        for number in numbers:
            key = _digits(number)
            if len(key) >= 3 and key not in self._names and number not in self._lookup_queue:
                self._lookup_queue.append(number)
        if self._lookup_queue and (self._lookup_task is None or self._lookup_task.done()):
            try:
                self._lookup_task = self._session.spawn(self._lookups(), name="group-call-log-names")
            except RuntimeError:  # no running loop yet: the next rebuild starts it
                self._lookup_task = None

    async def _lookups(self) -> None:
        found_any = False
        while self._lookup_queue and not self._closed:
            number = self._lookup_queue.pop(0)
            key = _digits(number)
            if key in self._names:
                continue
            try:
                contacts = await asyncio.wait_for(self._directory.search(number, limit=5), 5.0)
            except (TimeoutError, UserFacingError) as exc:
                log.info("no name for %s: %s", number, exc)
                self._names[key] = ""
                continue
            contact = contact_for_number(list(contacts), number)
            self._names[key] = contact.display_name if contact else ""
            found_any = found_any or bool(contact)
        if found_any and not self._closed:
            self._rebuild()

    # ------------------------------------------------------------------------------ commands
    async def refresh_now(self) -> bool:
        """Re-read now; ``True`` on success (a failure goes to ``refreshError``)."""
        self._generation += 1
        return await self._read_or_say("Could not read the group call log")

    @qasync.asyncSlot()
    async def refresh(self) -> None:
        await self.refresh_now()

    async def _fresh(self, item_id: str) -> GroupCallLogItem:
        """Re-read the item's group (and my assignments) and return the item as the server has it now."""
        known = next((e for e in self._log + self._assigned_log if e.item_id == item_id), None)
        if known is None:
            raise NotFound("That call is no longer in the group call log")
        self._generation += 1
        entries, mine = await self._fetch(self._group(known.group_id))
        fresh = next((e for e in entries if e.item_id == item_id), None)
        if fresh is None:
            fresh = next((e for e in mine if e.item_id == item_id), None)
        self._merge(entries, mine, known.group_id)
        if fresh is None:
            raise NotFound("That call is no longer in the group call log; the list has been refreshed")
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

    def _conflict(self, fresh: GroupCallLogItem) -> str:
        """Words for why a change must not overwrite ``fresh`` (``""`` when it may)."""
        if self._is_mine(fresh):
            return ""
        who = fresh.handled_by or "another agent"
        note = f" (note: {fresh.handled_note})" if fresh.handled_note else ""
        if fresh.handled_state == "INPROGRESS":
            return f"This call is already taken by {who}{note}. Nothing was changed."
        if fresh.handled_state == "HANDLED":
            return f"This call was already handled by {who}{note}. Nothing was changed."
        return ""

    async def _set_state(self, item_id: str, state: str, note: str) -> GroupCallLogItem | None:
        item_id = str(item_id)
        note = (note or "").strip()
        if len(note) > NOTE_LIMIT:
            raise InvalidInput(f"The note is too long: at most {NOTE_LIMIT} characters, not {len(note)}")
        if self._queues is None:
            raise NotSupported("This account cannot update the group call log")
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

    def _say(self, text: str) -> None:
        self._update("_notice", text, self.noticeChanged)

    async def take(self, item_id: str, note: str = "") -> bool:
        """Assign the item to me (INPROGRESS) with an optional note. ``False`` (with ``error``) if not."""
        self._say("")
        done = await self.guarded(self._set_state(item_id, "INPROGRESS", note))
        if done is not None:
            self._say("You have taken this call")
        return done is not None

    async def mark_handled(self, item_id: str, note: str = "") -> bool:
        self._say("")
        done = await self.guarded(self._set_state(item_id, "HANDLED", note))
        if done is not None:
            self._say("Marked as handled")
        return done is not None

    async def release(self, item_id: str) -> bool:
        """Put the item back to UNHANDLED for anyone to take."""
        self._say("")
        done = await self.guarded(self._set_state(item_id, "UNHANDLED", ""))
        if done is not None:
            self._say("Released: anyone in the group can take it now")
        return done is not None

    async def _call_back(self, item_id: str) -> str:
        item_id = str(item_id)
        if self._session.commands is None or self._session.backend.call_control is None:
            raise NotSupported("This account cannot place calls")
        if item_id in self._pending:
            raise InvalidInput("This call is being updated; try again in a moment")
        self._pending.add(item_id)
        self._rebuild()
        try:
            fresh = await self._fresh(item_id)
            conflict = self._conflict(fresh) if fresh.handled_state == "INPROGRESS" else ""
            if conflict:
                raise StaleState(conflict.replace("Nothing was changed.", "Not calling, so the caller is not called twice."))
            number = fresh.callback_number or fresh.caller_number
            if not number:
                raise InvalidInput("This call has no number to call back")
            device = await softphone_device_id(self._session.backend.call_control)
            call = await self._session.commands.make_call(number, device_id=device)
            if fresh.handled_state in ("", "UNHANDLED"):
                try:
                    await self._queues.set_call_log_state(item_id, "INPROGRESS", "Called back")
                    self._handled_by_me.discard(item_id)
                except UserFacingError as exc:
                    self._say(f"Calling {number}, but it could not be marked as yours: {exc}")
                    return call.call_id
            self._say(f"Calling back {number}")
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

    @qasync.asyncSlot(str, str)
    async def takeItem(self, item_id: str, note: str = "") -> None:
        await self.take(item_id, note)

    @qasync.asyncSlot(str, str)
    async def markHandled(self, item_id: str, note: str = "") -> None:
        await self.mark_handled(item_id, note)

    @qasync.asyncSlot(str)
    async def releaseItem(self, item_id: str) -> None:
        await self.release(item_id)

    @qasync.asyncSlot(str)
    async def callBack(self, item_id: str) -> None:
        await self.call_back(item_id)

    # ------------------------------------------------------------------------------ lifetime
    async def aclose(self) -> None:
        """Stop polling and name look-ups (await before the session closes)."""
        self._closed = True
        self._lookup_queue.clear()
        await self._poller.aclose()
        task = self._lookup_task
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        try:
            self._bridge.statusChanged.disconnect(self._on_status)
        except (RuntimeError, TypeError):
            pass
