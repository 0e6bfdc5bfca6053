"""Supervising agents: the supervisor picks an agent of their groups and listens in, whispers or
barges in on the agent's active call.

The server is the only truth: the groups' roles say where the person is a supervisor, the agents
list (re-read politely while the panel is visible) says who is on a call, and a mode is offered for
an agent only when both allow it. The supervisor's own call then appears in the call panel like any
other (its state is the server's answer, applied with the store's ``mark``); a refusal is shown in
the server's words.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from cti_desktop.core.calls import CallUpdated
from cti_desktop.core.connection import ConnectionState
from cti_desktop.core.errors import NotSupported
from cti_desktop.core.supervision import (
    MODE_WORDS,
    SupervisedAgent,
    SupervisedGroup,
    SupervisionMode,
    supervision_of,
)
from cti_desktop.core.vendors import catalog
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

from .polling import VisiblePollingViewModel
from .session_bridge import SessionBridge
from .base import command

log = logging.getLogger(__name__)

__all__ = ["SupervisionViewModel"]


class SupervisionViewModel(VisiblePollingViewModel):
    """The agents the person supervises and the three ways of joining their calls.

    Properties: ``agents`` (list of dicts: id, name, number, groups, inCall, loggedIn, statusText,
    canSupervise, reason), ``available`` (the server makes the person a supervisor somewhere),
    ``note`` (why nothing can be supervised), ``selectedAgent`` with ``canSupervise`` and
    ``blockedReason`` for it, ``modes`` (mode, text, tip), ``notice`` (what the last command did),
    plus ``loaded``, ``refreshError``, ``active``, ``error``, ``busy``.
    """

    agentsChanged = Signal()
    selectedAgentChanged = Signal()
    noticeChanged = Signal()

    STALE_WORDS = QT_TRANSLATE_NOOP("StaleWords", "Who is on a call may be out of date")

    def __init__(self, bridge: SessionBridge, parent: QObject | None = None, *, poll_interval: float = 5.0,
                 max_backoff: float = 60.0) -> None:
        super().__init__(bridge, parent, poll_interval=poll_interval, max_backoff=max_backoff,
                         poll_name="supervision-poll")
        self._session = bridge.session
        self._service = supervision_of(bridge.session.backend)
        self._groups: list[SupervisedGroup] = []
        self._agents: dict[str, tuple[SupervisedAgent, list[str]]] = {}
        self._items: list[dict[str, Any]] = []
        self._shown: tuple = ([], False, False)
        self._selected = ""
        self._notice = ""
        self._running = False
        self._call_id = ""  # the supervisor's call the notice is about
        bridge.callsChanged.connect(self._on_calls)

    # ------------------------------------------------------------------------------ properties
    def _get_supported(self) -> bool:
        return self._service is not None

    #: The account's phone system can supervise calls at all.
    supported = Property(bool, _get_supported, constant=True)

    def _get_unsupported_note(self) -> str:
        if self._service is not None:
            return ""
        return catalog().missing_reason(self._session.backend.name, "call_control",
                                        what=translate("Supervision", "listening in on agents' calls")) + "."

    unsupportedNote = Property(str, _get_unsupported_note, constant=True)

    def _get_agents(self) -> list:
        return [dict(item) for item in self._items]

    agents = Property("QVariantList", _get_agents, notify=agentsChanged)

    def _get_available(self) -> bool:
        return any(g.supervisor for g in self._groups)

    #: The server gives the person the supervisor role in at least one group.
    available = Property(bool, _get_available, notify=agentsChanged)

    def _get_note(self) -> str:
        if self._service is None:
            return self._get_unsupported_note()
        if not self._loaded:
            return ""
        if not self._get_available():
            return translate("Supervision", "You are not a supervisor of any of your groups, so there is nobody to listen in on")
        if not self._items:
            return translate("Supervision", "Your groups have no agents")
        return ""

    note = Property(str, _get_note, notify=agentsChanged)

    def _get_selected(self) -> str:
        return self._selected

    def _set_selected(self, agent_id: str) -> None:
        self._update("_selected", agent_id if agent_id in self._agents else "", self.selectedAgentChanged)

    selectedAgent = Property(str, _get_selected, _set_selected, notify=selectedAgentChanged)

    def _item(self, agent_id: str) -> dict[str, Any] | None:
        return next((i for i in self._items if i["id"] == agent_id), None)

    def _get_can_supervise(self) -> bool:
        item = self._item(self._selected)
        return bool(item and item["canSupervise"])

    canSupervise = Property(bool, _get_can_supervise, notify=selectedAgentChanged)

    def _get_blocked_reason(self) -> str:
        item = self._item(self._selected)
        if item is None:
            return self._get_note() or translate("Supervision", "Choose an agent")
        return item["reason"]

    blockedReason = Property(str, _get_blocked_reason, notify=selectedAgentChanged)

    def _get_modes(self) -> list:
        return [{"mode": mode.value, "text": text, "tip": tip} for mode, (text, tip) in MODE_WORDS.items()]

    modes = Property(list, _get_modes, constant=True)

    def _get_notice(self) -> str:
        return self._notice

    notice = Property(str, _get_notice, notify=noticeChanged)

    # ------------------------------------------------------------------------------- reading
    def _wants_polling(self) -> bool:
        return self._service is not None and self._active

    async def _read(self) -> None:
        if self._service is None:
            raise NotSupported(self._get_unsupported_note())
        generation = self._generation
        groups = await self._service.supervised_groups()
        if generation != self._generation:
            return
        self._groups = list(groups)
        self._set_refresh_error("")
        self._update("_loaded", True, self.loadedChanged)
        self._rebuild()

    async def refresh_now(self) -> bool:
        return await self._read_or_say(translate("Supervision", "Could not read your groups' agents"))

    @command()
    async def refresh(self) -> None:
        await self.refresh_now()

    def _connection_block(self) -> str:
        if self._session.commands is None:
            return translate("Supervision", "This account cannot make calls from here")
        status = self._connection
        if status.state is not ConnectionState.LIVE:
            return translate("Supervision", "Supervising is off until the connection is live again ({describe})").format(describe=status.describe())
        if self._running:
            return translate("Supervision", "Joining the call…")
        return ""

    def _on_status(self, status) -> None:  # the connection gates the buttons too
        super()._on_status(status)
        self._rebuild()

    def _rebuild(self) -> None:
        me = self._session.account.user
        agents: dict[str, tuple[SupervisedAgent, list[str]]] = {}
        for g in self._groups:
            if not g.supervisor:
                continue
            for a in g.agents:
                if not a.user_id or a.user_id == me:
                    continue
                known = agents.setdefault(a.user_id, (a, []))
                known[1].append(g.name or g.id)
                if a.in_call and not known[0].in_call:
                    agents[a.user_id] = (a, known[1])
        block = self._connection_block()
        items = []
        for agent_id, (a, groups) in sorted(agents.items(), key=lambda kv: kv[1][0].label.lower()):
            if a.in_call is True:
                status = translate("Supervision", "On a call")
            elif a.in_call is False:
                status = translate("Supervision", "Not on a call")
            else:
                status = translate("Supervision", "Logged in") if a.logged_in else translate("Supervision", "Logged out")
            reason = block
            if not reason and a.in_call is False:
                reason = translate("Supervision", "{label} is not on a call").format(label=a.label)
            items.append({"id": agent_id, "name": a.label, "number": a.number, "groups": ", ".join(groups),
                          "inCall": a.in_call, "loggedIn": a.logged_in, "statusText": status,
                          "canSupervise": not reason, "reason": reason})
        self._agents = agents
        shown = (items, self._get_available(), self._loaded)
        if shown != self._shown:
            self._items, self._shown = items, shown
            self.agentsChanged.emit()  # the note and ``available`` follow the list
        if self._selected not in agents:
            self._selected = ""
        self.selectedAgentChanged.emit()

    # ------------------------------------------------------------------------------ commands
    @Slot(str)
    def listen(self, agentId: str) -> None:
        self.supervise(agentId, SupervisionMode.LISTEN.value)

    @Slot(str)
    def whisper(self, agentId: str) -> None:
        self.supervise(agentId, SupervisionMode.WHISPER.value)

    @Slot(str)
    def bargeIn(self, agentId: str) -> None:
        self.supervise(agentId, SupervisionMode.BARGE.value)

    @Slot(str)
    def intrude(self, agentId: str) -> None:
        self.supervise(agentId, SupervisionMode.INTRUDE.value)

    @command(str, str)
    async def supervise(self, agentId: str, mode: str) -> None:
        await self.supervise_async(agentId, mode)

    async def supervise_async(self, agent_id: str, mode: str) -> bool:
        """Join ``agent_id``'s active call as ``mode`` (listen, whisper, barge); ``True`` once the
        server has set the supervisor's call up. Refusals are shown in words in ``error``."""
        try:
            chosen = SupervisionMode(mode)
        except ValueError:
            self.set_error(translate("Supervision", "Unknown way of joining a call: {mode!r}").format(mode=mode))
            return False
        if self._service is None:
            self.set_error(self._get_unsupported_note())
            return False
        entry = self._agents.get(agent_id)
        item = self._item(agent_id)
        if entry is None or item is None:
            self.set_error(translate("Supervision", "That agent is not one you supervise"))
            return False
        if not item["canSupervise"]:
            self.set_error(f"{MODE_WORDS[chosen][0]}: {item['reason']}")
            return False
        agent = entry[0]
        store = self._session.store
        self._update("_notice", "", self.noticeChanged)
        self._running = True
        self._rebuild()
        try:
            since = store.mark()
            call = await self.guarded(self._service.supervise(agent, chosen))
        finally:
            self._running = False
            self._rebuild()
        refused = self.error
        if call is not None:
            store.apply(CallUpdated(call, since=since))
            self._call_id = call.call_id
        await self._reread_after()  # who is on a call now, in the server's words
        if call is None:
            if refused:
                self.set_error(f"{MODE_WORDS[chosen][0]}: {refused}")
            return False
        words = {SupervisionMode.LISTEN: f"Listening to {agent.label}'s call: nobody hears you",
                 SupervisionMode.WHISPER: f"Whispering to {agent.label}: only {agent.label} hears you",
                 SupervisionMode.BARGE: f"In {agent.label}'s call: everyone hears you",
                 SupervisionMode.INTRUDE: f"Intruding on {agent.label}'s call: everyone hears you"}[chosen]
        self._update("_notice", words + translate("Supervision", ". Hang up in the call panel to leave."), self.noticeChanged)
        self._on_calls(None)  # it may have ended already
        return True

    def _on_calls(self, _changes: Any) -> None:
        """The notice is about the supervisor's call: it goes when that call has ended."""
        if not self._call_id:
            return
        call = self._session.store.get(self._call_id)
        if call is None or call.ended:
            self._call_id = ""
            self._update("_notice", "", self.noticeChanged)
            self._poller.poke()  # the agent may be off the call too

    # --------------------------------------------------------------------------- app lifetime
    async def on_start(self) -> None:
        """At sign-in: read once whether the person supervises anyone (the panel shows itself then)."""
        if self._service is not None and not await self.refresh_now():
            log.info("supervision: %s", self._refresh_error)

    async def aclose(self) -> None:
        await self.close_commands()
        try:
            self._bridge.callsChanged.disconnect(self._on_calls)
        except (RuntimeError, TypeError):
            pass
        await self._stop_polling()
