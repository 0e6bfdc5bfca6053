"""Reading my presence: the activities, roles and shortcuts lists, the presence itself and its
activity's end time (where the account reads it apart), applied only when no command ran meanwhile.

A mixin of :class:`~cti_desktop.viewmodels.presence.PresenceViewModel` (its service, state and signals).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from cti_desktop.core.errors import NotSupported, UserFacingError
from cti_desktop.core.models import Activity, Presence, Role
from cti_desktop.core.optional_methods import ActivityEndTimeRead, PresenceListsRead
from cti_desktop.core.presence_config import PresenceShortcutEditing
from cti_desktop.core.presence_words import shortcut_rows
from cti_desktop.i18n import translate

__all__ = ["PresenceReadsMixin"]

log = logging.getLogger("cti_desktop.viewmodels.presence")


class PresenceReadsMixin:
    """Presence, its lists and its end time, read from the server."""

    def _wants_polling(self) -> bool:
        """Keep presence fresh while ``active`` (the window is open), when the account can tell it."""
        return self._get_readable() and self._active

    def _need_service(self):
        if self._service is None:
            raise NotSupported(translate("PresenceReads", "This account has no presence"))
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
            shortcuts = shortcut_rows(raw, activities)
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
        return await self._read_or_say(translate("PresenceReads", "Could not read your presence"))
