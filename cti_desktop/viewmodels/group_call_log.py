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
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from cti_desktop.core.errors import NotSupported, UserFacingError
from cti_desktop.core.group_call_log_rows import (
    STATE_NAMES,
    TYPE_FILTERS,
    TYPE_NAMES,
    contact_for_number,
    duration_text,
    group_call_log_row,
    is_mine,
    state_name,
    time_text,
    type_name,
)
from cti_desktop.core.group_call_log_rows import digits as _digits
from cti_desktop.core.models import Group, GroupCallLogItem
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

from .base import command
from .group_call_log_commands import NOTE_LIMIT, GroupCallLogCommandsMixin, softphone_device_id
from .polling import VisiblePollingViewModel
from .session_bridge import SessionBridge

log = logging.getLogger(__name__)

# The rows' words live in core.group_call_log_rows, the item commands in group_call_log_commands;
# their names stay importable here.
__all__ = ["ALL_GROUPS", "NOTE_LIMIT", "STATE_NAMES", "TYPE_FILTERS", "TYPE_NAMES", "GroupCallLogViewModel",
           "contact_for_number", "duration_text", "softphone_device_id", "state_name", "time_text", "type_name"]

ALL_GROUPS = ""  # the group selector's "All groups" entry


class GroupCallLogViewModel(GroupCallLogCommandsMixin, VisiblePollingViewModel):
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

    STALE_WORDS = QT_TRANSLATE_NOOP("StaleWords", "The group call log may be out of date")

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
        self._group_rows: list[dict[str, str]] = [{"id": ALL_GROUPS, "name": translate("GroupCallLog", "All groups")}]
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
        self.notice_is_call = False
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
            raise NotSupported(translate("GroupCallLog", "This account has no group call log"))
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
            raise NotSupported(translate("GroupCallLog", "This account has no groups"))
        groups = await self._queues.groups()
        self._groups = list(groups)
        rows = [{"id": ALL_GROUPS, "name": translate("GroupCallLog", "All groups")}] + [{"id": g.id, "name": g.name or g.id} for g in self._groups]
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
        return is_mine(entry, taken=self._mine, handled=self._handled_by_me, my_name=self._my_name)

    def _group_name(self, group_id: str) -> str:
        g = self._group(group_id)
        return (g.name or g.id) if g else group_id

    def _row(self, e: GroupCallLogItem) -> dict[str, Any]:
        return group_call_log_row(e, names=self._names, group_name=self._group_name(e.group_id),
                                  mine=self._is_mine(e), pending=e.item_id in self._pending)

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
        return await self._read_or_say(translate("GroupCallLog", "Could not read the group call log"))

    @command()
    async def refresh(self) -> None:
        await self.refresh_now()

    @command(str, str)
    async def takeItem(self, item_id: str, note: str = "") -> None:
        await self.take(item_id, note)

    @command(str, str)
    async def markHandled(self, item_id: str, note: str = "") -> None:
        await self.mark_handled(item_id, note)

    @command(str)
    async def releaseItem(self, item_id: str) -> None:
        await self.release(item_id)

    @command(str)
    async def callBack(self, item_id: str) -> None:
        await self.call_back(item_id)

    # ------------------------------------------------------------------------------ lifetime
    async def aclose(self) -> None:
        """Stop polling and name look-ups (await before the session closes)."""
        await self.close_commands()
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
