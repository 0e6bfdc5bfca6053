"""The queue toggles: every distribution group the agent belongs to, and their log-in switches.

The server is the only truth: a switch shows what the last ``groups()`` answer said. A toggle sends
``login``/``logout`` and then re-reads the groups, so the switch ends where the server put it; when
the command fails the error is shown in words and the switch stays (goes back) where the server has
it. The badges (callers waiting, free agents, logged-in agents) are refreshed politely by a
:class:`PolitePoller` — one request in flight at a time, backing off on errors — while the panel is
active and the connection is not failed, and right after every log-in/log-out.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from typing import Any

import qasync
from PySide6.QtCore import Property, QObject, Signal, Slot

from cti_desktop.core.errors import NotSupported, ServerUnavailable, UserFacingError
from cti_desktop.core.models import Group
from cti_desktop.core.vendors import catalog

from .polling import VisiblePollingViewModel
from .session_bridge import SessionBridge

log = logging.getLogger(__name__)

#: The group types in words (unknown types are shown as the server named them).
GROUP_TYPE_NAMES = {
    "ACD": "ACD queue",
    "ACD_LIGHT": "ACD Light queue",
    "ATTENDANT": "Switchboard (attendant)",
}


def group_type_name(kind: str) -> str:
    if not kind:
        return "Queue"
    return GROUP_TYPE_NAMES.get(kind.upper(), kind.replace("_", " ").capitalize())


class QueuesViewModel(VisiblePollingViewModel):
    """The agent's distribution groups with log-in switches and live badges.

    Properties: ``groups`` (list of dicts: id, domain, name, type, typeName, loggedIn, nightMode,
    callsWaiting, freeAgents, loggedInAgents, pending, error), ``loaded``, ``empty``,
    ``refreshError`` (why the badges may be old), ``loginAtStart``, ``logoutAtExit``, ``active``,
    plus ``error``/``busy`` from :class:`ViewModel`.
    """

    groupsChanged = Signal()
    loginAtStartChanged = Signal()
    logoutAtExitChanged = Signal()

    STALE_WORDS = "Queue badges may be out of date"

    def __init__(
        self,
        bridge: SessionBridge,
        parent: QObject | None = None,
        *,
        poll_interval: float = 5.0,
        max_backoff: float = 60.0,
        exit_timeout: float = 3.0,
    ) -> None:
        super().__init__(bridge, parent, poll_interval=poll_interval, max_backoff=max_backoff, poll_name="queue-poll")
        self._queues = bridge.session.backend.queues
        self._groups: list[Group] = []
        self._items: list[dict[str, Any]] = []
        self._pending: set[str] = set()
        self._group_errors: dict[str, str] = {}
        self._login_at_start = False
        self._logout_at_exit = False
        self.exit_timeout = exit_timeout

    # ------------------------------------------------------------------------------ properties
    def _get_groups(self) -> list:
        return list(self._items)

    groups = Property("QVariantList", _get_groups, notify=groupsChanged)

    def _get_empty(self) -> bool:
        return self._loaded and not self._items

    empty = Property(bool, _get_empty, notify=groupsChanged)

    def _get_login_at_start(self) -> bool:
        return self._login_at_start

    @Slot(bool)
    def setLoginAtStart(self, value: bool) -> None:
        self._update("_login_at_start", bool(value), self.loginAtStartChanged)

    loginAtStart = Property(bool, _get_login_at_start, setLoginAtStart, notify=loginAtStartChanged)

    def _get_logout_at_exit(self) -> bool:
        return self._logout_at_exit

    @Slot(bool)
    def setLogoutAtExit(self, value: bool) -> None:
        self._update("_logout_at_exit", bool(value), self.logoutAtExitChanged)

    logoutAtExit = Property(bool, _get_logout_at_exit, setLogoutAtExit, notify=logoutAtExitChanged)

    def group(self, group_id: str) -> dict[str, Any] | None:
        for item in self._items:
            if item["id"] == group_id:
                return dict(item)
        return None

    # ------------------------------------------------------------------------------- polling
    def _get_supported(self) -> bool:
        caps = self._bridge.session.backend.capabilities
        return self._queues is not None and (caps is None or caps.queues)

    #: The account's backend has queues at all (not every phone system has).
    supported = Property(bool, _get_supported, constant=True)

    def _get_unsupported_note(self) -> str:
        if self._get_supported():
            return ""
        return catalog().missing_reason(self._bridge.session.backend.name, "queues",
                                        what="queues") + "."

    #: Why there is nothing here, in words ("" when queues are supported).
    unsupportedNote = Property(str, _get_unsupported_note, constant=True)

    def _wants_polling(self) -> bool:
        """Poll while the panel is visible (``active``), and only when the account has queues."""
        return self._get_supported() and self._active

    async def _poll_read(self) -> None:
        generation = self._generation
        if self._pending:
            return  # a command's own re-read is coming
        groups = await self._fetch_groups()
        if generation != self._generation or self._pending:
            return  # a command ran meanwhile; its answer is newer than ours
        self._apply(groups)

    async def _fetch_groups(self) -> list[Group]:
        if self._queues is None:
            raise NotSupported("This account has no queues")
        return await self._queues.groups()

    def _apply(self, groups: Iterable[Group]) -> None:
        self._groups = list(groups)
        known = {g.id for g in self._groups}
        for gid in list(self._group_errors):
            if gid not in known:
                del self._group_errors[gid]
        self._set_refresh_error("")
        self._rebuild()
        self._update("_loaded", True, self.loadedChanged)

    def _rebuild(self) -> None:
        items = [
            {
                "id": g.id,
                "domain": g.domain,
                "name": g.name or g.id,
                "type": g.type,
                "typeName": group_type_name(g.type),
                "loggedIn": g.logged_in,
                "nightMode": g.night_mode,
                "callsWaiting": g.calls_waiting,
                "freeAgents": g.free_agents,
                "loggedInAgents": g.logged_in_agents,
                "pending": g.id in self._pending,
                "error": self._group_errors.get(g.id, ""),
            }
            for g in self._groups
        ]
        if items != self._items:
            self._items = items
            self.groupsChanged.emit()

    # ------------------------------------------------------------------------------ commands
    async def _read(self) -> None:
        generation = self._generation
        groups = await self._fetch_groups()
        if generation == self._generation:
            self._apply(groups)

    async def refresh_now(self) -> bool:
        """Re-read the groups now (shown errors go to ``refreshError``). ``True`` on success."""
        return await self._read_or_say("Could not read your queues")

    @qasync.asyncSlot()
    async def refresh(self) -> None:
        await self.refresh_now()

    async def set_logged_in(self, group_id: str, logged_in: bool) -> bool:
        """Log in to / out of one group; ``True`` when the server now shows what was asked."""
        return bool(await self.guarded(self._change([str(group_id)], bool(logged_in))))

    async def log_in_all(self) -> bool:
        ids = [g.id for g in self._groups if not g.logged_in]
        return bool(await self.guarded(self._change(ids, True)))

    async def log_out_all(self) -> bool:
        ids = [g.id for g in self._groups if g.logged_in]
        return bool(await self.guarded(self._change(ids, False)))

    @qasync.asyncSlot(str, bool)
    async def setLoggedIn(self, group_id: str, logged_in: bool) -> None:
        await self.set_logged_in(group_id, logged_in)

    @qasync.asyncSlot()
    async def logInAll(self) -> None:
        await self.log_in_all()

    @qasync.asyncSlot()
    async def logOutAll(self) -> None:
        await self.log_out_all()

    async def _change(self, group_ids: list[str], want: bool) -> bool:
        """Send log-in/log-out for ``group_ids`` concurrently, then re-read the truth.

        Raises one :class:`UserFacingError` naming every group that failed (or that the server
        still shows the other way); returns ``True`` when every group ended as asked.
        """
        if self._queues is None:
            raise NotSupported("This account has no queues")
        by_id = {g.id: g for g in self._groups}
        unknown = [gid for gid in group_ids if gid not in by_id]
        if unknown:
            await self.refresh_now()
            raise UserFacingError("That queue is no longer in your list; the list has been refreshed")
        targets = [by_id[gid] for gid in group_ids if gid not in self._pending]
        if not targets:
            return True
        verb = "log in to" if want else "log out of"
        for g in targets:
            self._pending.add(g.id)
            self._group_errors.pop(g.id, None)
        self._generation += 1
        self._rebuild()
        failures: dict[str, str] = {}
        try:
            op = self._queues.login if want else self._queues.logout
            results = await asyncio.gather(*(op(g) for g in targets), return_exceptions=True)
            unexpected: BaseException | None = None
            for g, result in zip(targets, results):
                if isinstance(result, UserFacingError):
                    failures[g.id] = f"Could not {verb} {g.name or g.id}: {result}"
                elif isinstance(result, BaseException):
                    unexpected = unexpected or result
            # The server's answer is the truth: re-read even after a failure (it may have happened).
            self._generation += 1
            refreshed = await self.refresh_now()
            if refreshed:
                for g in targets:
                    now = next((x for x in self._groups if x.id == g.id), None)
                    if g.id not in failures and now is not None and now.logged_in != want:
                        state = "logged in to" if now.logged_in else "logged out of"
                        failures[g.id] = f"The server still shows you {state} {g.name or g.id}"
            if unexpected is not None:
                raise unexpected
        finally:
            for g in targets:
                self._pending.discard(g.id)
            self._group_errors.update(failures)
            self._rebuild()
        if failures:
            messages = [failures[g.id] for g in targets if g.id in failures]
            raise UserFacingError(messages[0] if len(messages) == 1 else "; ".join(messages))
        if not refreshed:
            raise ServerUnavailable(self._refresh_error or "Could not re-read your queues")
        return True

    # --------------------------------------------------------------------------- app lifetime
    async def on_start(self) -> None:
        """At sign-in: read the groups, and log in to all of them if ``loginAtStart`` is set."""
        if not self._get_supported():
            return
        if not await self.refresh_now():
            if self._login_at_start:
                self.set_error(f"Could not log in to your queues at start: {self._refresh_error}")
            return
        if self._login_at_start:
            await self.log_in_all()

    async def on_exit(self) -> bool:
        """At exit: log out of all groups if ``logoutAtExit`` is set, within ``exit_timeout`` s.

        Never raises and never takes (much) longer than ``exit_timeout``; ``False`` when the
        log-out could not be confirmed.
        """
        await self._poller.aclose()
        if not self._logout_at_exit or not self._get_supported():
            return True

        async def log_out() -> bool:
            if not self._loaded and not await self.refresh_now():
                self.set_error(f"Could not log out of your queues: {self._refresh_error}")
                return False
            return await self.log_out_all()

        try:
            return await asyncio.wait_for(log_out(), self.exit_timeout)
        except TimeoutError:
            self.set_error(f"Could not log out of your queues: the server did not answer within {self.exit_timeout:g} s")
            return False

    async def aclose(self) -> None:
        """Stop polling and wait for the request in flight to end."""
        await self._stop_polling()
