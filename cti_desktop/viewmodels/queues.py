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

from PySide6.QtCore import Property, QObject, Signal, Slot

from cti_desktop.core.errors import NotFound, NotSupported, ServerUnavailable, UserFacingError
from cti_desktop.core.models import Group
from cti_desktop.core.queue_reads import QueueDetails, QueueDetailsReader
from cti_desktop.core.vendors import catalog
from cti_desktop.core.translated_words import TranslatedWords
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

from .polling import VisiblePollingViewModel
from .session_bridge import SessionBridge
from .base import command

log = logging.getLogger(__name__)

#: The group types in words (unknown types are shown as the server named them).
GROUP_TYPE_NAMES = TranslatedWords("Queues", {
    "ACD": QT_TRANSLATE_NOOP("Queues", "ACD queue"),
    "ACD_LIGHT": QT_TRANSLATE_NOOP("Queues", "ACD Light queue"),
    "ATTENDANT": QT_TRANSLATE_NOOP("Queues", "Switchboard (attendant)"),
})


def group_type_name(kind: str) -> str:
    if not kind:
        return translate("Queues", "Queue")
    return GROUP_TYPE_NAMES.get(kind.upper(), kind.replace("_", " ").capitalize())


#: How a queue hands its calls out, in words (the reference shows PRIORITY; others are shown as the
#: server names them).
DISTRIBUTION_NAMES = TranslatedWords("Queues", {"PRIORITY": QT_TRANSLATE_NOOP("Queues", "in priority order")})


def details_view(d: QueueDetails) -> dict[str, Any]:
    """One queue's details as the dialog shows them, in words."""
    agents = [{"name": a.name or translate("Queues", "(no name)"), "activity": a.activity,
               "state": (translate("Queues", "logged in") if a.logged_in else translate("Queues", "logged out"))
               + ("" if not a.logged_in else translate("Queues", ", available") if a.available else translate("Queues", ", not available")),
               "skill": "" if a.skill_level is None else translate("Queues", "skill {skill_level}").format(skill_level=a.skill_level)}
              for a in d.agents]
    distribution = ""
    if d.distribution_type:
        how = DISTRIBUTION_NAMES.get(d.distribution_type, d.distribution_type.replace("_", " ").lower())
        distribution = translate("Queues", "Calls go {how}").format(how=how)
    if d.calls_waiting is None:
        figures = translate("Queues", "The phone system gave no statistics for this queue.")
    else:
        figures = (translate("Queues", "{calls_waiting} waiting · {value} agents logged in · {value2} free").format(calls_waiting=d.calls_waiting, value=d.logged_in_agents or 0, value2=d.free_agents or 0))
    roles = {"AGENT": "agent", "SUPERVISOR": "supervisor", "ATTENDANT": "attendant"}
    return {
        "id": d.id,
        "name": d.name or d.id,
        "typeName": group_type_name(d.type),
        "number": d.phone_number,
        "me": (translate("Queues", "You are logged in") if d.logged_in else translate("Queues", "You are logged out"))
              + (translate("Queues", " (your role: {join})").format(join=', '.join((roles.get(r, r.lower()) for r in d.roles))) if d.roles else ""),
        "nightMode": translate("Queues", "On: callers go to the night service") if d.night_mode else translate("Queues", "Off"),
        "distribution": distribution,
        "functionNumber": "" if d.function_number_allowed is None else
                          (translate("Queues", "You may call out with the queue's number") if d.function_number_allowed
                           else translate("Queues", "You may not call out with the queue's number")),
        "figures": figures,
        "agents": agents,
    }


class QueuesViewModel(VisiblePollingViewModel):
    """The agent's distribution groups with log-in switches and live badges.

    Properties: ``groups`` (list of dicts: id, domain, name, type, typeName, loggedIn, nightMode,
    callsWaiting, freeAgents, loggedInAgents, pending, error), ``loaded``, ``empty``,
    ``refreshError`` (why the badges may be old), ``loginAtStart``, ``logoutAtExit``, ``active``,
    plus ``error``/``busy`` from :class:`ViewModel`.
    """

    groupsChanged = Signal()
    detailsChanged = Signal()
    loginAtStartChanged = Signal()
    logoutAtExitChanged = Signal()

    STALE_WORDS = QT_TRANSLATE_NOOP("StaleWords", "Queue badges may be out of date")

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
        self._details: dict[str, Any] = {}
        self._details_for = ""
        self._details_error = ""
        self._details_busy = False

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

    # ------------------------------------------------------------------------------- details
    def _details_reader(self) -> QueueDetailsReader | None:
        return self._queues if isinstance(self._queues, QueueDetailsReader) else None

    def _get_details_supported(self) -> bool:
        return self._get_supported() and self._details_reader() is not None

    #: The phone system tells one queue's details (agents, night mode, number…).
    detailsSupported = Property(bool, _get_details_supported, constant=True)

    def _get_details_note(self) -> str:
        if self._get_details_supported():
            return ""
        feature = "queue_details" if self._get_supported() else "queues"
        return catalog().missing_reason(self._bridge.session.backend.name, feature, what=translate("Queues", "queue details")) + "."

    #: Why there is no "Details…" ("" when there is).
    detailsNote = Property(str, _get_details_note, constant=True)

    def _get_details(self) -> dict:
        return dict(self._details)

    #: The details last read (see :func:`details_view`); empty while none.
    details = Property("QVariantMap", _get_details, notify=detailsChanged)

    def _get_details_for(self) -> str:
        return self._details_for

    detailsFor = Property(str, _get_details_for, notify=detailsChanged)

    def _get_details_error(self) -> str:
        return self._details_error

    #: Why the details could not be read, in words ("" when they were).
    detailsError = Property(str, _get_details_error, notify=detailsChanged)

    def _get_details_busy(self) -> bool:
        return self._details_busy

    detailsBusy = Property(bool, _get_details_busy, notify=detailsChanged)

    async def read_details(self, group_id: str) -> bool:
        """Read one queue's details from the phone system. ``True`` when they were read."""
        group_id = str(group_id)
        self._details_for = group_id
        self._details_busy = True
        self._details_error = ""
        self.detailsChanged.emit()
        group = next((g for g in self._groups if g.id == group_id), None)
        name = group.name or group.id if group else group_id
        reader = self._details_reader()
        details: QueueDetails | None = None
        error = ""
        try:
            if group is None:
                error = translate("Queues", "That queue is no longer in your list")
            elif reader is None:
                error = self._get_details_note()
            else:
                details = await reader.queue_details(group)
        except NotFound:
            error = translate("Queues", "The phone system no longer lists you in {name}").format(name=name)
        except UserFacingError as exc:
            log.info("details of queue %s not read: %s", group_id, exc)
            error = translate("Queues", "Could not read the details of {name}: {exc}").format(name=name, exc=exc)
        finally:
            if self._details_for == group_id:
                self._details_busy = False
        if self._details_for != group_id:
            return details is not None  # another queue was opened meanwhile
        self._details = details_view(details) if details is not None else {}
        self._details_error = error
        self.detailsChanged.emit()
        return details is not None

    @command(str)
    async def readDetails(self, group_id: str) -> None:  # noqa: N802 - Qt API
        await self.read_details(group_id)

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
            raise NotSupported(translate("Queues", "This account has no queues"))
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
        return await self._read_or_say(translate("Queues", "Could not read your queues"))

    @command()
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

    @command(str, bool)
    async def setLoggedIn(self, group_id: str, logged_in: bool) -> None:
        await self.set_logged_in(group_id, logged_in)

    @command()
    async def logInAll(self) -> None:
        await self.log_in_all()

    @command()
    async def logOutAll(self) -> None:
        await self.log_out_all()

    async def _change(self, group_ids: list[str], want: bool) -> bool:
        """Send log-in/log-out for ``group_ids`` concurrently, then re-read the truth.

        Raises one :class:`UserFacingError` naming every group that failed (or that the server
        still shows the other way); returns ``True`` when every group ended as asked.
        """
        if self._queues is None:
            raise NotSupported(translate("Queues", "This account has no queues"))
        by_id = {g.id: g for g in self._groups}
        unknown = [gid for gid in group_ids if gid not in by_id]
        if unknown:
            await self.refresh_now()
            raise UserFacingError(translate("Queues", "That queue is no longer in your list; the list has been refreshed"))
        targets = [by_id[gid] for gid in group_ids if gid not in self._pending]
        if not targets:
            return True
        verb = translate("Queues", "log in to") if want else translate("Queues", "log out of")
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
                    failures[g.id] = translate("Queues", "Could not {verb} {value}: {result}").format(verb=verb, value=g.name or g.id, result=result)
                elif isinstance(result, BaseException):
                    unexpected = unexpected or result
            # The server's answer is the truth: re-read even after a failure (it may have happened).
            self._generation += 1
            refreshed = await self.refresh_now()
            if refreshed:
                for g in targets:
                    now = next((x for x in self._groups if x.id == g.id), None)
                    if g.id not in failures and now is not None and now.logged_in != want:
                        state = translate("Queues", "logged in to") if now.logged_in else translate("Queues", "logged out of")
                        failures[g.id] = translate("Queues", "The server still shows you {state} {value}").format(state=state, value=g.name or g.id)
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
            raise ServerUnavailable(self._refresh_error or translate("Queues", "Could not re-read your queues"))
        return True

    # --------------------------------------------------------------------------- app lifetime
    async def on_start(self) -> None:
        """At sign-in: read the groups, and log in to all of them if ``loginAtStart`` is set."""
        if not self._get_supported():
            return
        if not await self.refresh_now():
            if self._login_at_start:
                self.set_error(translate("Queues", "Could not log in to your queues at start: {refresh_error}").format(refresh_error=self._refresh_error))
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
                self.set_error(translate("Queues", "Could not log out of your queues: {refresh_error}").format(refresh_error=self._refresh_error))
                return False
            return await self.log_out_all()

        try:
            return await asyncio.wait_for(log_out(), self.exit_timeout)
        except TimeoutError:
            self.set_error(translate("Queues", "Could not log out of your queues: the server did not answer within {exit_timeout:g} s").format(exit_timeout=self.exit_timeout))
            return False

    async def aclose(self) -> None:
        """Stop polling and wait for the request in flight to end."""
        await self.close_commands()
        await self._stop_polling()
