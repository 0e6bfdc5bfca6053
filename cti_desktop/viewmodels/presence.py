"""My presence: activity, availability, note, role and how long the activity lasts.

Every change is sent to the server and the server's answer becomes the new state (nothing is
assumed). Changes made elsewhere (another device, the administrator, an activity that expired) show
at once where the account announces them (``backend.changes``: presence re-read; activities, roles
or shortcuts: the lists re-read too), and otherwise through a polite poll of ``presence()`` (one
request in flight, backing off on errors), which slows down while the announcements are live.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from datetime import time as dtime
from typing import Any

import qasync
from PySide6.QtCore import Property, QObject, Signal

from cti_desktop.core import changes as topics
from cti_desktop.core.errors import InvalidInput, NotSupported, UserFacingError
from cti_desktop.core.models import Activity, Presence, Role
from cti_desktop.core.optional_methods import ActivityEndTimeRead, ActivityEndTimeSetting, PresenceListsRead
from cti_desktop.core.presence_config import PresenceShortcutEditing
from cti_desktop.core.vendors import catalog

from .changes import ChangeFollower, changes_of
from .my_photo import MyPhotoViewModel
from .polling import VisiblePollingViewModel
from .session_bridge import SessionBridge

log = logging.getLogger(__name__)

#: The longest note accepted (characters). The vendor does not publish a limit; this is generous for
#: a status line and short enough to show in a colleague's contact list.
NOTE_MAX_LENGTH = 200
#: The longest "for N minutes" accepted: one week.
MAX_EXPIRY_MINUTES = 7 * 24 * 60


def _label(identifier: str) -> str:
    return identifier.replace("_", " ").replace("-", " ").strip().capitalize() if identifier else ""


def describe_expiry(expires: datetime | None, now: datetime | None = None) -> str:
    """"until 14:30", "until Mon 14:30" or "until 2025-01-31 14:30", in local time; "" when none."""
    if expires is None:
        return ""
    local = expires.astimezone()
    now_local = (now or datetime.now(UTC)).astimezone()
    if local.date() == now_local.date():
        return f"until {local:%H:%M}"
    if timedelta(0) < local - now_local < timedelta(days=6):
        return f"until {local:%a %H:%M}"
    return f"until {local:%Y-%m-%d %H:%M}"


def parse_until(text: str, now: datetime | None = None) -> datetime:
    """An ISO date-time (or a bare ``HH:MM`` meaning today) in the future, as an aware datetime."""
    raw = (text or "").strip()
    if not raw:
        raise InvalidInput("Choose the time the activity should end")
    now = now or datetime.now(UTC)
    try:
        if len(raw) <= 8 and ":" in raw and "T" not in raw and "-" not in raw:
            at = datetime.combine(now.astimezone().date(), dtime.fromisoformat(raw))
        else:
            at = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInput(f"“{raw}” is not a time; use for example 14:30 or 2025-01-31T14:30") from None
    if at.tzinfo is None:
        at = at.astimezone()  # a wall-clock time on this computer
    at = at.astimezone(UTC).replace(microsecond=0)
    if at <= now:
        raise InvalidInput(f"{at.astimezone():%H:%M} has already passed; choose a time in the future")
    return at


#: When "until the next working day" ends: the next Monday–Friday at this local time. The reference
#: names the duration type (``UNTIL_NEXT_WORKING_DAY``) but publishes no working hours.
WORKING_DAY_STARTS = dtime(8, 0)


def next_working_day_start(now: datetime | None = None) -> datetime:
    """The start of the next working day after today (Mon–Fri, :data:`WORKING_DAY_STARTS` local
    time), in UTC: Friday (or the weekend) → Monday; any other day → tomorrow."""
    local = (now or datetime.now(UTC)).astimezone()
    day = local.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    start = datetime.combine(day, WORKING_DAY_STARTS).astimezone()  # that day's local wall-clock time
    return start.astimezone(UTC).replace(microsecond=0)


#: What the presence panel shows, and which of it are the lists read besides the presence.
_LISTS = frozenset({topics.ACTIVITIES, topics.ROLES, topics.SHORTCUTS})
_FOLLOWED = _LISTS | {topics.PRESENCE}


class PresenceViewModel(VisiblePollingViewModel):
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

    STALE_WORDS = "Presence may be out of date"

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
            return vendors.missing_reason(backend, "presence_write", what="presence changes") + "."
        return ""

    #: Why presence cannot be shown or changed here, in words ("" when it can).
    unsupportedNote = Property(str, _get_unsupported_note, constant=True)

    # ------------------------------------------------------------------------------- reading
    def _wants_polling(self) -> bool:
        """Keep presence fresh while ``active`` (the window is open), when the account can tell it."""
        return self._get_readable() and self._active

    def _need_service(self):
        if self._service is None:
            raise NotSupported("This account has no presence")
        return self._service

    def _apply(self, presence: Presence) -> None:
        if presence != self._presence:
            self._presence = presence
            self.presenceChanged.emit()
        self._update("_loaded", True, self.loadedChanged)

    async def _read_lists(self, service) -> tuple[list[Activity], list[Role]]:
        """Activities and roles: one aggregated read where the account has one (``presence_lists``,
        which falls back to the single reads itself), else the two single reads."""
        if isinstance(service, PresenceListsRead):
            lists = await service.presence_lists()
            return list(lists.activities), list(lists.roles)
        return await service.activities(), await service.roles()

    async def _load_lists(self) -> None:
        service = self._need_service()
        activities, roles = await self._read_lists(service)
        shortcuts: list[dict[str, Any]] = []
        if isinstance(service, PresenceShortcutEditing):
            try:
                raw = await service.presence_shortcuts()
            except UserFacingError as exc:  # shortcuts are optional: the panel works without them
                log.info("presence shortcuts unavailable: %s", exc)
                raw = []
            by_id = {a.id: a for a in activities}
            for s in sorted(raw, key=lambda s: (s.order, s.id)):
                if not s.activity_id:
                    continue
                act = by_id.get(s.activity_id)
                minutes = max(0, s.duration_minutes)
                name = s.name or ((act.name if act else _label(s.activity_id)) + (f" for {minutes} min" if minutes else ""))
                kind = (s.duration_type or "").strip().upper() or ("MINUTES" if minutes else "NO_END_TIME")
                shortcuts.append({
                    "id": s.id,
                    "name": name,
                    "activityId": s.activity_id,
                    # the shortcut's own availability: "Weekend" may be busy although its activity is not
                    "available": bool(s.available),
                    "durationType": kind,
                    "minutes": minutes if kind == "MINUTES" else 0,
                    # the number calls go to while the shortcut's presence lasts ("" when it diverts none)
                    "diversionNumber": s.diversion_number if s.apply_diversion_number else "",
                })
        if activities != self._activities:
            self._activities = activities
            self.activitiesChanged.emit()
            self.presenceChanged.emit()  # the activity's name may have changed
        if roles != self._roles:
            self._roles = roles
            self.rolesChanged.emit()
            self.presenceChanged.emit()
        if shortcuts != self._shortcuts:
            self._shortcuts = shortcuts
            self.shortcutsChanged.emit()
        self._lists_loaded = True

    async def _with_end_time(self, presence: Presence, *, fresh: bool = False) -> Presence:
        """The presence with its activity's end time as the account's own end-time read tells it
        (``activity_end_time``: ``None`` is "never"), read again whenever the presence read differs
        from the last one (or ``fresh``); where there is no such read, or it fails, the presence's own."""
        service = self._service
        if not isinstance(service, ActivityEndTimeRead):
            return presence
        if not fresh and presence == self._raw_presence and self._end_time_read:
            return replace(presence, activity_expires=self._presence.activity_expires)
        self._raw_presence = presence
        try:
            end = await service.activity_end_time()
        except UserFacingError as exc:
            log.info("the activity's end time could not be read: %s", exc)
            self._end_time_read = False
            return presence
        self._end_time_read = True
        return replace(presence, activity_expires=end)

    async def _read(self) -> None:
        generation = self._generation
        if not self._lists_loaded:
            await self._load_lists()
        fresh = self._end_time_stale
        self._end_time_stale = False
        presence = await self._with_end_time(await self._need_service().presence(), fresh=fresh)
        if generation == self._generation:
            self._apply(presence)
        self._set_refresh_error("")

    async def load(self) -> bool:
        """Read activities, roles, shortcuts and my presence now. ``True`` on success."""
        self._lists_loaded = False
        return await self._read_or_say("Could not read your presence")

    @qasync.asyncSlot()
    async def refresh(self) -> None:
        await self.load()

    # ------------------------------------------------------------------------------ commands
    async def _set(self, **changes: Any) -> Presence:
        service = self._need_service()
        if not self._get_writable():
            raise NotSupported(self._get_unsupported_note())
        self._generation += 1
        try:
            presence = await self._with_end_time(await service.set_presence(**changes), fresh=True)
        finally:
            self._generation += 1
        self._apply(presence)
        return presence

    async def _guard(self, work) -> bool:
        async def run() -> bool:
            await work()
            return True
        return bool(await self.guarded(run()))

    async def set_activity(self, activity_id: str) -> bool:
        async def work() -> None:
            activity = self._activity(activity_id)
            if activity is None:
                raise InvalidInput(f"“{activity_id}” is not one of your presence activities")
            await self._set(activity=activity.id, available=activity.available)
        return await self._guard(work)

    async def set_available(self, available: bool) -> bool:
        async def work() -> None:
            # Availability belongs to the activity (``activity{id, available}``): send both, so a
            # server that ignores a bare ``available`` still gets it.
            activity = self._presence.activity
            if activity:
                await self._set(activity=activity, available=bool(available))
            else:
                await self._set(available=bool(available))
        return await self._guard(work)

    def check_note(self, text: str) -> str:
        """The note as it will be sent (one line, trimmed), or :class:`InvalidInput` when too long."""
        note = " ".join((text or "").split())
        if len(note) > self._note_max:
            raise InvalidInput(
                f"The note is {len(note)} characters long; shorten it to at most {self._note_max} characters"
            )
        return note

    async def set_note(self, text: str) -> bool:
        async def work() -> None:
            await self._set(note=self.check_note(text))
        return await self._guard(work)

    async def set_role(self, role_id: str) -> bool:
        async def work() -> None:
            if not any(r.id == role_id for r in self._roles):
                raise InvalidInput(f"“{role_id}” is not one of your presence roles")
            await self._set(role=role_id)
        return await self._guard(work)

    async def _set_expiry_at(self, at: datetime) -> None:
        activity = self._presence.activity
        if not activity:
            raise InvalidInput("Choose an activity first; the end time belongs to the activity")
        known = self._activity(activity)
        await self._set(activity=activity, available=known.available if known else self._presence.available,
                        expires=at)

    async def set_expiry(self, minutes: int) -> bool:
        async def work() -> None:
            try:
                n = int(minutes)
            except (TypeError, ValueError):
                raise InvalidInput("Enter the number of minutes as a whole number") from None
            if not 1 <= n <= MAX_EXPIRY_MINUTES:
                raise InvalidInput(f"Choose between 1 minute and {MAX_EXPIRY_MINUTES // (24 * 60)} days")
            at = (datetime.now(UTC) + timedelta(minutes=n)).replace(microsecond=0)
            await self._set_expiry_at(at)
        return await self._guard(work)

    async def set_expiry_until(self, when: str) -> bool:
        async def work() -> None:
            await self._set_expiry_at(parse_until(when))
        return await self._guard(work)

    async def clear_expiry(self) -> bool:
        async def work() -> None:
            service = self._need_service()
            if not isinstance(service, ActivityEndTimeSetting):
                raise NotSupported("This account cannot clear the activity's end time")
            self._generation += 1
            try:
                await service.set_activity_end_time(None)
                presence = await self._with_end_time(await service.presence(), fresh=True)
            finally:
                self._generation += 1
            self._apply(presence)
        return await self._guard(work)

    def _forwarding(self):
        backend = self._bridge.session.backend
        caps = backend.capabilities
        return backend.forwarding if caps is not None and caps.forwarding else None

    async def apply_shortcut(self, shortcut_id: str) -> bool:
        """Set the shortcut's activity with its own availability and duration (for its minutes, until
        the next working day, or with no end time), then its diversion, if it carries one."""
        async def work() -> None:
            shortcut = next((s for s in self._shortcuts if s["id"] == shortcut_id), None)
            if shortcut is None:
                raise InvalidInput("That presence shortcut no longer exists")
            changes: dict[str, Any] = {"activity": shortcut["activityId"], "available": shortcut["available"]}
            kind = shortcut.get("durationType", "")
            if kind == "MINUTES" and shortcut["minutes"]:
                changes["expires"] = (datetime.now(UTC) + timedelta(minutes=shortcut["minutes"])).replace(
                    microsecond=0)
            elif kind == "UNTIL_NEXT_WORKING_DAY":
                changes["expires"] = next_working_day_start()
            presence = await self._set(**changes)
            if kind == "NO_END_TIME" and presence.activity_expires is not None:
                service = self._need_service()
                if isinstance(service, ActivityEndTimeSetting):  # an end time left from before would cut it short
                    await service.set_activity_end_time(None)
                    self._apply(await self._with_end_time(await self._need_service().presence(), fresh=True))
            number = shortcut.get("diversionNumber", "")
            if number:
                forwarding = self._forwarding()
                if forwarding is None:
                    raise NotSupported(f"Your presence is “{shortcut['name']}”, but this account cannot divert "
                                       "calls, so calls still ring you")
                try:
                    await forwarding.divert_with_presence(number)
                except UserFacingError as exc:
                    raise UserFacingError(f"Your presence is “{shortcut['name']}”, but calls could not be "
                                          f"diverted to {number}: {exc}") from None
                self.forwardingChanged.emit()
        return await self._guard(work)

    async def delete_shortcut(self, shortcut_id: str) -> bool:
        """Remove one presence shortcut on the server, then show the server's list again."""
        async def work() -> None:
            service = self._need_service()
            if not isinstance(service, PresenceShortcutEditing):
                raise NotSupported("This account cannot remove presence shortcuts")
            if not any(s["id"] == shortcut_id for s in self._shortcuts):
                raise InvalidInput("That presence shortcut no longer exists")
            await service.delete_presence_shortcut(shortcut_id)
            await self._load_lists()
        return await self._guard(work)

    @qasync.asyncSlot(str)
    async def setActivity(self, activity_id: str) -> None:
        await self.set_activity(activity_id)

    @qasync.asyncSlot(bool)
    async def setAvailable(self, available: bool) -> None:
        await self.set_available(available)

    @qasync.asyncSlot(str)
    async def setNote(self, text: str) -> None:
        await self.set_note(text)

    @qasync.asyncSlot(str)
    async def setRole(self, role_id: str) -> None:
        await self.set_role(role_id)

    @qasync.asyncSlot(int)
    async def setExpiry(self, minutes: int) -> None:
        await self.set_expiry(minutes)

    @qasync.asyncSlot(str)
    async def setExpiryUntil(self, when: str) -> None:
        await self.set_expiry_until(when)

    @qasync.asyncSlot()
    async def clearExpiry(self) -> None:
        await self.clear_expiry()

    @qasync.asyncSlot(str)
    async def applyShortcut(self, shortcut_id: str) -> None:
        await self.apply_shortcut(shortcut_id)

    @qasync.asyncSlot(str)
    async def deleteShortcut(self, shortcut_id: str) -> None:
        await self.delete_shortcut(shortcut_id)

    async def aclose(self) -> None:
        self.changes.detach()
        if self.photo is not None:
            await self.photo.aclose()
        await self._stop_polling()
