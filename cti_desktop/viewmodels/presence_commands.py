"""Changing my presence: activity, availability, note, role, how long it lasts, shortcuts applied or
deleted. Every change goes to the server and its answer becomes the state (nothing is assumed).

A mixin of :class:`~cti_desktop.viewmodels.presence.PresenceViewModel` (its service, reads and state).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from cti_desktop.core.errors import InvalidInput, NotSupported, UserFacingError
from cti_desktop.core.models import Presence
from cti_desktop.core.optional_methods import ActivityEndTimeSetting
from cti_desktop.core.presence_config import PresenceShortcutEditing
from cti_desktop.core.presence_words import MAX_EXPIRY_MINUTES, next_working_day_start, parse_until
from cti_desktop.i18n import translate

__all__ = ["PresenceCommandsMixin"]

log = logging.getLogger("cti_desktop.viewmodels.presence")


class PresenceCommandsMixin:
    """The presence commands (each guarded: errors in words; the server's answer applied)."""

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
                raise InvalidInput(translate("PresenceCommands", "“{activity_id}” is not one of your presence activities").format(activity_id=activity_id))
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
                translate("PresenceCommands", "The note is {count} characters long; shorten it to at most {note_max} characters").format(count=len(note), note_max=self._note_max)
            )
        return note

    async def set_note(self, text: str) -> bool:
        async def work() -> None:
            await self._set(note=self.check_note(text))
        return await self._guard(work)

    async def set_role(self, role_id: str) -> bool:
        async def work() -> None:
            if not any(r.id == role_id for r in self._roles):
                raise InvalidInput(translate("PresenceCommands", "“{role_id}” is not one of your presence roles").format(role_id=role_id))
            await self._set(role=role_id)
        return await self._guard(work)

    async def _set_expiry_at(self, at: datetime) -> None:
        activity = self._presence.activity
        if not activity:
            raise InvalidInput(translate("PresenceCommands", "Choose an activity first; the end time belongs to the activity"))
        known = self._activity(activity)
        await self._set(activity=activity, available=known.available if known else self._presence.available,
                        expires=at)

    async def set_expiry(self, minutes: int) -> bool:
        async def work() -> None:
            try:
                n = int(minutes)
            except (TypeError, ValueError):
                raise InvalidInput(translate("PresenceCommands", "Enter the number of minutes as a whole number")) from None
            if not 1 <= n <= MAX_EXPIRY_MINUTES:
                raise InvalidInput(translate("PresenceCommands", "Choose between 1 minute and {value} days").format(value=MAX_EXPIRY_MINUTES // (24 * 60)))
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
                raise NotSupported(translate("PresenceCommands", "This account cannot clear the activity's end time"))
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
                raise InvalidInput(translate("PresenceCommands", "That presence shortcut no longer exists"))
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
                    raise NotSupported(translate("PresenceCommands", "Your presence is “{name}”, but this account cannot divert calls, so calls still ring you").format(name=shortcut['name']))
                try:
                    await forwarding.divert_with_presence(number)
                except UserFacingError as exc:
                    raise UserFacingError(translate("PresenceCommands", "Your presence is “{name}”, but calls could not be diverted to {number}: {exc}").format(name=shortcut['name'], number=number, exc=exc)) from None
                self.forwardingChanged.emit()
        return await self._guard(work)

    async def delete_shortcut(self, shortcut_id: str) -> bool:
        """Remove one presence shortcut on the server, then show the server's list again."""
        async def work() -> None:
            service = self._need_service()
            if not isinstance(service, PresenceShortcutEditing):
                raise NotSupported(translate("PresenceCommands", "This account cannot remove presence shortcuts"))
            if not any(s["id"] == shortcut_id for s in self._shortcuts):
                raise InvalidInput(translate("PresenceCommands", "That presence shortcut no longer exists"))
            await service.delete_presence_shortcut(shortcut_id)
            await self._load_lists()
        return await self._guard(work)
