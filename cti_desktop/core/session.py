"""One signed-in account: its backend, its call store and the tasks that keep it in sync.

The session is provider-neutral: a provider builds a :class:`Backend` (its clients and its
call-event source), and the session owns the lifetimes — it starts the sync task once the loop runs,
holds a strong reference to every task it spawns, and on :meth:`aclose` cancels them once, awaits
them with a timeout and closes the backend's HTTP clients (PITFALLS 8, 15).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Awaitable, Callable, Protocol, Sequence

from cti_desktop.i18n import translate

from .account import Account  # noqa: F401 - the account lives on its own; importable from here too
from .calls import CallChange, CallStore, Cleared
from .capabilities import (
    Capabilities,
    CallControl,
    Changes,
    ContactStore,
    Directory,
    Forwarding,
    History,
    Messaging,
    PresenceService,
    Queues,
    QueueStatsStream,
    Webhooks,
)
from .colleagues import Colleagues
from .commands import CallCommands
from .connection import ConnectionState, ConnectionStatus
from .presence_config import AnswerPlaces
from .tasks import TaskSet
from .wake import ClockJump, ClockJumpWatch

log = logging.getLogger(__name__)

StatusListener = Callable[[ConnectionStatus], None]


class Backend(Protocol):
    """What a provider hands the session, and all the panels see of it. Absent features are ``None``:
    every backend declares every attribute. A service's optional methods are small protocols of
    their own (:mod:`cti_desktop.core.optional_methods` and the area modules), checked with
    ``isinstance``."""

    name: str
    capabilities: Capabilities
    call_control: CallControl | None
    queues: Queues | None
    presence: PresenceService | None
    directory: Directory | None
    history: History | None
    messaging: Messaging | None
    #: Where "add contact" creates contacts, or None.
    contact_store: ContactStore | None
    #: The call-notification subscriptions the settings manage, or None.
    webhooks: Webhooks | None
    #: Live queue statistics for the wallboard, or None (then ``queues.queue_stats`` is polled).
    queue_stats_stream: QueueStatsStream | None
    #: Call forwarding (read it, forward every call, per-activity numbers), or None.
    forwarding: Forwarding | None
    #: The buddy list's colleagues, their live lines and the pickup of their ringing calls, or None.
    colleagues: Colleagues | None
    #: Changes the phone system announces (so panels re-read at once), or None.
    changes: Changes | None
    #: The places calls can be set up from ("Call via…"), or None.
    answer_places: AnswerPlaces | None
    #: Every directory the search and the screen-pop ask, the telephony backend's first (each may be
    #: a :class:`~cti_desktop.core.optional_methods.NamedSource`); empty where there is none.
    directories: Sequence[Directory]

    def missing_reason(self, feature: str, *, what: str = "") -> str:
        """Why ``feature`` (a capability's name) is missing, in the phone system's words."""
        ...

    async def follow_calls(self, store: CallStore, on_status: StatusListener) -> None:
        """Keep ``store`` in sync until cancelled (or failed for good)."""
        ...

    def reconnect_now(self, reason: str) -> None:
        """Re-establish the call events at once, skipping any backoff wait, and re-read the calls
        (the machine woke up, the network changed). Does nothing before ``follow_calls`` runs."""
        ...

    async def aclose(self) -> None: ...


class Session:
    def __init__(self, account: Account, backend: Backend) -> None:
        self.account = account
        self.backend = backend
        self.store = CallStore()
        self.commands = CallCommands(backend.call_control, self.store) if backend.call_control else None
        self.status = ConnectionStatus(ConnectionState.CONNECTING)
        self._status_listeners: list[StatusListener] = []
        self._tasks = TaskSet("session")
        self._sync_task: asyncio.Task | None = None
        self._closed = False

    # ----------------------------------------------------------------------------- listeners
    def on_status(self, listener: StatusListener) -> Callable[[], None]:
        self._status_listeners.append(listener)
        return lambda: self._status_listeners.remove(listener) if listener in self._status_listeners else None

    def on_calls(self, listener: Callable[[list[CallChange]], None]) -> Callable[[], None]:
        return self.store.subscribe(listener)

    def _set_status(self, status: ConnectionStatus) -> None:
        self.status = status
        for listener in list(self._status_listeners):
            try:
                listener(status)
            except Exception:
                log.exception("connection status listener failed")

    # ----------------------------------------------------------------------------- lifecycle
    def start(self) -> None:
        """Start following calls. Call from inside the running loop."""
        if self._sync_task is not None or self._closed:
            return
        if not self.backend.capabilities.call_events:
            self._set_status(ConnectionStatus(ConnectionState.LIVE))
            return
        self._sync_task = self.spawn(self._follow(), name="call-sync")
        self.spawn(ClockJumpWatch(self._clock_jumped).run(), name="clock-jump-watch")

    def reconnect_now(self, reason: str) -> None:
        """Reconnect the call events at once and re-read the calls (e.g. the network changed)."""
        if self._closed or self._sync_task is None or self._sync_task.done():
            return
        log.info("reconnecting at once: %s", reason)
        self.backend.reconnect_now(reason)

    def _clock_jumped(self, jump: ClockJump) -> None:
        self.reconnect_now(jump.reason)

    async def _follow(self) -> None:
        try:
            await self.backend.follow_calls(self.store, self._set_status)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.exception("call sync stopped")
            self._set_status(ConnectionStatus(ConnectionState.FAILED, reason=translate("Session", "internal error ({error})").format(error=type(exc).__name__)))

    def spawn(self, coro: Awaitable, *, name: str | None = None) -> asyncio.Task:
        """Run ``coro`` as a task the session owns (held strongly, a failure reported, cancelled on close)."""
        return self._tasks.spawn(coro, name=name)

    async def wait_live(self, timeout: float) -> bool:
        """Wait until the connection is live (True) or failed/timed out (False)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            if self.status.state is ConnectionState.LIVE:
                return True
            if self.status.state is ConnectionState.FAILED:
                return False
            await asyncio.sleep(0.02)
        return self.status.state is ConnectionState.LIVE

    async def aclose(self, timeout: float = 5.0) -> None:
        if self._closed:
            return
        self._closed = True
        await self._tasks.close(timeout)
        self.store.apply(Cleared())
        await self.backend.aclose()
