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
import random
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import qasync
from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from cti_desktop.core.connection import ConnectionState, ConnectionStatus
from cti_desktop.core.errors import NotSupported, ServerUnavailable, UserFacingError
from cti_desktop.core.models import Group

from .base import ViewModel
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


class PolitePoller(QObject):
    """Calls ``fetch`` every ``interval`` seconds while running, never twice at once.

    A failure (any :class:`UserFacingError` out of ``fetch``) doubles the wait (with jitter) up to
    ``max_backoff``; a success goes back to ``interval``. ``poke()`` asks for a fetch as soon as the
    one in flight (if any) is done. The in-flight task is held strongly and cancelled once on stop.
    """

    def __init__(
        self,
        fetch: Callable[[], Awaitable[Any]],
        interval: float,
        *,
        max_backoff: float = 60.0,
        name: str = "poll",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.interval = max(0.05, float(interval))
        self.max_backoff = max(self.interval, float(max_backoff))
        self._name = name
        self._failures = 0
        self._running = False
        self._again = False
        self._task: asyncio.Task | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)

    @property
    def running(self) -> bool:
        return self._running

    @property
    def in_flight(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def failures(self) -> int:
        return self._failures

    def start(self, *, immediately: bool = True) -> None:
        if self._running:
            return
        self._running = True
        self._schedule(0.0 if immediately else self.interval)

    def stop(self) -> None:
        self._running = False
        self._again = False
        self._timer.stop()
        if self._task is not None and not self._task.done():
            self._task.cancel()

    async def aclose(self) -> None:
        task = self._task
        self.stop()
        if task is not None and not task.done():
            await asyncio.gather(task, return_exceptions=True)

    def poke(self) -> None:
        """Fetch now (or right after the fetch in flight) if running."""
        if not self._running:
            return
        if self.in_flight:
            self._again = True
        else:
            self._schedule(0.0)

    def _schedule(self, seconds: float) -> None:
        self._timer.start(int(seconds * 1000))

    def _next_delay(self) -> float:
        if self._failures == 0:
            return self.interval
        ceiling = min(self.max_backoff, self.interval * (2 ** self._failures))
        return random.uniform(self.interval, ceiling)  # jittered, never faster than the interval

    @Slot()
    def _tick(self) -> None:
        if not self._running or self.in_flight:
            return
        try:
            loop = asyncio.get_event_loop()
        except RuntimeError:  # no loop (yet): try again later
            self._schedule(self.interval)
            return
        self._task = loop.create_task(self._run(), name=self._name)

    async def _run(self) -> None:
        try:
            await self._fetch()
        except asyncio.CancelledError:
            raise
        except UserFacingError as exc:
            self._failures += 1
            log.info("%s failed (%d in a row): %s", self._name, self._failures, exc)
        except Exception:
            self._failures += 1
            log.exception("%s failed unexpectedly", self._name)
        else:
            self._failures = 0
        if self._running:
            if self._again:
                self._again = False
                self._schedule(0.0)
            else:
                self._schedule(self._next_delay())


class QueuesViewModel(ViewModel):
    """The agent's distribution groups with log-in switches and live badges.

    Properties: ``groups`` (list of dicts: id, domain, name, type, typeName, loggedIn, nightMode,
    callsWaiting, freeAgents, loggedInAgents, pending, error), ``loaded``, ``empty``,
    ``refreshError`` (why the badges may be old), ``loginAtStart``, ``logoutAtExit``, ``active``,
    plus ``error``/``busy`` from :class:`ViewModel`.
    """

    groupsChanged = Signal()
    loadedChanged = Signal()
    refreshErrorChanged = Signal()
    loginAtStartChanged = Signal()
    logoutAtExitChanged = Signal()
    activeChanged = Signal()

    def __init__(
        self,
        bridge: SessionBridge,
        parent: QObject | None = None,
        *,
        poll_interval: float = 5.0,
        max_backoff: float = 60.0,
        exit_timeout: float = 3.0,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._queues = bridge.session.backend.queues
        self._groups: list[Group] = []
        self._items: list[dict[str, Any]] = []
        self._pending: set[str] = set()
        self._group_errors: dict[str, str] = {}
        self._loaded = False
        self._refresh_error = ""
        self._login_at_start = False
        self._logout_at_exit = False
        self._active = False
        self._connection = bridge.session.status
        #: Bumped by every command; a poll that started before a command's answer is discarded.
        self._generation = 0
        self.exit_timeout = exit_timeout
        self._poller = PolitePoller(self._poll, poll_interval, max_backoff=max_backoff, name="queue-poll", parent=self)
        bridge.statusChanged.connect(self._on_status)

    # ------------------------------------------------------------------------------ properties
    def _get_groups(self) -> list:
        return list(self._items)

    groups = Property("QVariantList", _get_groups, notify=groupsChanged)

    def _get_loaded(self) -> bool:
        return self._loaded

    loaded = Property(bool, _get_loaded, notify=loadedChanged)

    def _get_empty(self) -> bool:
        return self._loaded and not self._items

    empty = Property(bool, _get_empty, notify=groupsChanged)

    def _get_refresh_error(self) -> str:
        return self._refresh_error

    refreshError = Property(str, _get_refresh_error, notify=refreshErrorChanged)

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

    def _get_active(self) -> bool:
        return self._active

    @Slot(bool)
    def setActive(self, value: bool) -> None:
        """The panel is visible (``True``): keep the badges fresh; hidden: stop polling."""
        if self._update("_active", bool(value), self.activeChanged):
            self._apply_polling()

    active = Property(bool, _get_active, setActive, notify=activeChanged)

    def group(self, group_id: str) -> dict[str, Any] | None:
        for item in self._items:
            if item["id"] == group_id:
                return dict(item)
        return None

    # ------------------------------------------------------------------------------- polling
    def _live_enough(self) -> bool:
        return self._connection.state is not ConnectionState.FAILED

    def _get_supported(self) -> bool:
        caps = getattr(self._bridge.session.backend, "capabilities", None)
        return self._queues is not None and (caps is None or caps.queues)

    #: The account's backend has queues at all (Voxloud and Telavox have none).
    supported = Property(bool, _get_supported, constant=True)

    def _get_unsupported_note(self) -> str:
        if self._get_supported():
            return ""
        from cti_desktop.accounts import missing_reason

        return missing_reason(getattr(self._bridge.session.backend, "name", ""), "queues", what="queues") + "."

    #: Why there is nothing here, in words ("" when queues are supported).
    unsupportedNote = Property(str, _get_unsupported_note, constant=True)

    def _apply_polling(self) -> None:
        if not self._get_supported():
            self._poller.stop()
            return
        if self._active and self._live_enough():
            self._poller.start()
        else:
            self._poller.stop()

    def _on_status(self, status: ConnectionStatus) -> None:
        previous = self._connection.state
        self._connection = status
        self._apply_polling()
        if status.state is ConnectionState.LIVE and previous is not ConnectionState.LIVE:
            self._poller.poke()  # missed changes while we were away: re-read now

    async def _poll(self) -> None:
        generation = self._generation
        if self._pending:
            return  # a command's own re-read is coming
        try:
            groups = await self._fetch_groups()
        except UserFacingError as exc:
            self._update("_refresh_error", f"Queue badges may be out of date: {exc}", self.refreshErrorChanged)
            raise
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
        self._update("_refresh_error", "", self.refreshErrorChanged)
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
    async def refresh_now(self) -> bool:
        """Re-read the groups now (shown errors go to ``refreshError``). ``True`` on success."""
        generation = self._generation
        try:
            groups = await self._fetch_groups()
        except UserFacingError as exc:
            self._update("_refresh_error", f"Could not read your queues: {exc}", self.refreshErrorChanged)
            return False
        if generation == self._generation:
            self._apply(groups)
        return True

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
        self._active = False
        await self._poller.aclose()
