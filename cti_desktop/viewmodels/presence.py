"""My presence: activity, availability, note, role and how long the activity lasts.

Every change is sent to the server and the server's answer becomes the new state (nothing is
assumed). Changes made elsewhere (another device, the administrator, an activity that expired) show
at once where the account announces them (``backend.changes``: presence re-read; activities, roles
or shortcuts: the lists re-read too), and otherwise through a polite poll of ``presence()`` (one
request in flight, backing off on errors), which slows down while the announcements are live.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Property, QObject, Signal

from cti_desktop.core import changes as topics
from cti_desktop.core.models import Activity, Presence, Role
from cti_desktop.core.presence_words import (
    MAX_EXPIRY_MINUTES,
    NOTE_MAX_LENGTH,
    WORKING_DAY_STARTS,
    describe_expiry,
    next_working_day_start,
    parse_until,
)
from cti_desktop.core.presence_words import label as _label
from cti_desktop.core.vendors import catalog
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

from .base import command
from .changes import ChangeFollower, changes_of
from .my_photo import MyPhotoViewModel
from .polling import VisiblePollingViewModel
from .presence_commands import PresenceCommandsMixin
from .presence_reads import PresenceReadsMixin
from .session_bridge import SessionBridge

log = logging.getLogger(__name__)

# The words and parsing live in core.presence_words, reads and commands in presence_reads/_commands.
__all__ = ["MAX_EXPIRY_MINUTES", "NOTE_MAX_LENGTH", "WORKING_DAY_STARTS", "PresenceViewModel", "describe_expiry",
           "next_working_day_start", "parse_until"]

#: What the presence panel shows, and which of it are the lists read besides the presence.
_LISTS = frozenset({topics.ACTIVITIES, topics.ROLES, topics.SHORTCUTS})
_FOLLOWED = _LISTS | {topics.PRESENCE}


class PresenceViewModel(PresenceReadsMixin, PresenceCommandsMixin, VisiblePollingViewModel):
    """My presence and the commands that change it.

    Properties: ``activityId``, ``activityName``, ``available``, ``note``, ``role`` (role id),
    ``roleName``, ``expiry`` (ISO-8601 UTC or ""), ``expiryText`` ("until 14:30"), ``idle``,
    ``loaded``, ``activities`` / ``roles`` / ``shortcuts`` (lists of dicts), ``refreshError``,
    ``noteMaxLength``, ``active`` (poll while true), plus ``error``/``busy``.
    """

    presenceChanged = Signal()
    activitiesChanged = Signal()
    rolesChanged = Signal()
    shortcutsChanged = Signal()
    #: A presence shortcut changed where calls go (its diversion): the forwarding shown should be re-read.
    forwardingChanged = Signal()

    STALE_WORDS = QT_TRANSLATE_NOOP("StaleWords", "Presence may be out of date")

    def __init__(
        self,
        bridge: SessionBridge,
        parent: QObject | None = None,
        *,
        poll_interval: float = 12.0,
        max_backoff: float = 120.0,
        note_max_length: int = NOTE_MAX_LENGTH,
    ) -> None:
        super().__init__(bridge, parent, poll_interval=poll_interval, max_backoff=max_backoff,
                         poll_name="presence-poll")
        self._service = bridge.session.backend.presence
        self._presence = Presence()
        self._activities: list[Activity] = []
        self._roles: list[Role] = []
        self._shortcuts: list[dict[str, Any]] = []
        self._lists_loaded = False
        #: The last presence read as the server sent it, and whether the end time was read for it.
        self._raw_presence = Presence()
        self._end_time_read = False
        self._end_time_stale = False
        self._note_max = int(note_max_length)
        #: Changes announced by the phone system: re-read at once (while ``active``).
        self.changes = ChangeFollower(changes_of(bridge.session.backend), _FOLLOWED, self._changed,
                                      poller=self._poller, parent=self)
        #: My photo, shown in the presence panel (None when the phone system keeps no photo).
        self.photo = MyPhotoViewModel.for_bridge(bridge, self)

    def _changed(self, what: frozenset[str]) -> None:
        if topics.PRESENCE in what:
            self._end_time_stale = True  # announced: read the end time again even if the presence looks the same
        if what & _LISTS:
            self._lists_loaded = False  # the next read reads the activities, roles and shortcuts again
        self._poller.poke()  # reads only while polling runs (active, connection not failed)

    # ------------------------------------------------------------------------------ properties
    def _activity(self, activity_id: str) -> Activity | None:
        for a in self._activities:
            if a.id == activity_id:
                return a
        return None

    def _role_id(self, value: str) -> str:
        """The server reports the role by id or by name: always answer the id."""
        for r in self._roles:
            if value == r.id or (value and value.casefold() == r.name.casefold()):
                return r.id
        return value

    def _get_activity_id(self) -> str:
        return self._presence.activity

    activityId = Property(str, _get_activity_id, notify=presenceChanged)

    def _get_activity_name(self) -> str:
        a = self._activity(self._presence.activity)
        return a.name if a else _label(self._presence.activity)

    activityName = Property(str, _get_activity_name, notify=presenceChanged)

    def _get_available(self) -> bool:
        return self._presence.available

    available = Property(bool, _get_available, notify=presenceChanged)

    def _get_note(self) -> str:
        return self._presence.note

    note = Property(str, _get_note, notify=presenceChanged)

    def _get_role(self) -> str:
        return self._role_id(self._presence.role)

    role = Property(str, _get_role, notify=presenceChanged)

    def _get_role_name(self) -> str:
        rid = self._role_id(self._presence.role)
        for r in self._roles:
            if r.id == rid:
                return r.name
        return _label(self._presence.role)

    roleName = Property(str, _get_role_name, notify=presenceChanged)

    def _get_expiry(self) -> str:
        e = self._presence.activity_expires
        return e.astimezone(UTC).isoformat().replace("+00:00", "Z") if e else ""

    expiry = Property(str, _get_expiry, notify=presenceChanged)

    def expiry_datetime(self) -> datetime | None:
        return self._presence.activity_expires

    def _get_expiry_text(self) -> str:
        return describe_expiry(self._presence.activity_expires)

    expiryText = Property(str, _get_expiry_text, notify=presenceChanged)

    def _get_idle(self) -> bool:
        return self._presence.idle

    idle = Property(bool, _get_idle, notify=presenceChanged)

    def _get_activities(self) -> list:
        return [{"id": a.id, "name": a.name or _label(a.id), "available": a.available} for a in self._activities]

    activities = Property("QVariantList", _get_activities, notify=activitiesChanged)

    def _get_roles(self) -> list:
        return [{"id": r.id, "name": r.name or _label(r.id)} for r in self._roles]

    roles = Property("QVariantList", _get_roles, notify=rolesChanged)

    def _get_shortcuts(self) -> list:
        return [dict(s) for s in self._shortcuts]

    shortcuts = Property("QVariantList", _get_shortcuts, notify=shortcutsChanged)

    def _get_note_max(self) -> int:
        return self._note_max

    noteMaxLength = Property(int, _get_note_max, constant=True)

    def menu_entries(self) -> list[tuple[str, str, bool]]:
        """The activities as ``(id, name, checked)``, for a tray or window menu."""
        return [(a["id"], a["name"], a["id"] == self._presence.activity) for a in self._get_activities()]

    def presence_value(self) -> Presence:
        return self._presence

    # -------------------------------------------------------------------------- capabilities
    def _caps(self):
        return self._bridge.session.backend.capabilities

    def _get_readable(self) -> bool:
        caps = self._caps()
        return self._service is not None and (caps is None or caps.presence_read or caps.presence_write)

    #: The account's backend can tell the person's presence (not every phone system can).
    readable = Property(bool, _get_readable, constant=True)

    def _get_writable(self) -> bool:
        caps = self._caps()
        return self._service is not None and (caps is None or caps.presence_write)

    #: The account's backend can change presence (not every phone system can).
    writable = Property(bool, _get_writable, constant=True)

    def _get_unsupported_note(self) -> str:
        vendors = catalog()
        backend = self._bridge.session.backend.name
        if not self._get_readable():
            return vendors.missing_reason(backend, "presence_read", what="presence") + "."
        if not self._get_writable():
            return vendors.missing_reason(backend, "presence_write", what=translate("Presence", "presence changes")) + "."
        return ""

    #: Why presence cannot be shown or changed here, in words ("" when it can).
    unsupportedNote = Property(str, _get_unsupported_note, constant=True)

    @command()
    async def refresh(self) -> None:
        await self.load()

    @command(str)
    async def setActivity(self, activity_id: str) -> None:
        await self.set_activity(activity_id)

    @command(bool)
    async def setAvailable(self, available: bool) -> None:
        await self.set_available(available)

    @command(str)
    async def setNote(self, text: str) -> None:
        await self.set_note(text)

    @command(str)
    async def setRole(self, role_id: str) -> None:
        await self.set_role(role_id)

    @command(int)
    async def setExpiry(self, minutes: int) -> None:
        await self.set_expiry(minutes)

    @command(str)
    async def setExpiryUntil(self, when: str) -> None:
        await self.set_expiry_until(when)

    @command()
    async def clearExpiry(self) -> None:
        await self.clear_expiry()

    @command(str)
    async def applyShortcut(self, shortcut_id: str) -> None:
        await self.apply_shortcut(shortcut_id)

    @command(str)
    async def deleteShortcut(self, shortcut_id: str) -> None:
        await self.delete_shortcut(shortcut_id)

    async def aclose(self) -> None:
        self.changes.detach()
        await self.close_commands()
        if self.photo is not None:
            await self.photo.aclose()
        await self._stop_polling()
