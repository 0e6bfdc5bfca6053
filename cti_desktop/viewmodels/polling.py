"""Polite polling: re-read the server every few seconds, one request in flight, backing off on errors.

:class:`PolitePoller` is the loop; :class:`PollingViewModel` (and :class:`VisiblePollingViewModel`,
which polls only while its panel is visible) is what the polling view-models share: ``loaded``,
``refreshError``, ``active``, the poller's wiring to the connection and the refresh-error words.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from cti_desktop.core.connection import ConnectionState, ConnectionStatus
from cti_desktop.core.errors import UserFacingError
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

from .base import ViewModel
from .session_bridge import SessionBridge

log = logging.getLogger(__name__)


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


class PollingViewModel(ViewModel):
    """A view-model whose state is re-read by a :class:`PolitePoller`.

    Shares ``loaded`` and ``refreshError`` (why what is shown may be old) with their signals, and
    the poller's wiring: it runs while :meth:`_wants_polling` says so and the connection has not
    failed, and re-reads at once when the connection comes back live. A subclass provides
    ``_read()`` (the whole re-read, raising :class:`UserFacingError`) and :attr:`STALE_WORDS`.
    """

    loadedChanged = Signal()
    refreshErrorChanged = Signal()

    #: A failed poll (or re-read after a command) shows ``"<STALE_WORDS>: <error>"``.
    STALE_WORDS = QT_TRANSLATE_NOOP("StaleWords", "This may be out of date")

    def __init__(
        self,
        bridge: SessionBridge,
        parent: QObject | None = None,
        *,
        poll_interval: float,
        max_backoff: float,
        poll_name: str,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._loaded = False
        self._refresh_error = ""
        self._connection = bridge.session.status
        #: Bumped by commands and selections; a read that started before is discarded.
        self._generation = 0
        self._poller = PolitePoller(self._poll, poll_interval, max_backoff=max_backoff, name=poll_name, parent=self)
        bridge.statusChanged.connect(self._on_status)

    @property
    def bridge(self) -> SessionBridge:
        """The session this view-model reads (for the view-models built on top of it)."""
        return self._bridge

    # ------------------------------------------------------------------------------ properties
    def _get_loaded(self) -> bool:
        return self._loaded

    loaded = Property(bool, _get_loaded, notify=loadedChanged)

    def _get_refresh_error(self) -> str:
        return self._refresh_error

    refreshError = Property(str, _get_refresh_error, notify=refreshErrorChanged)

    def _set_refresh_error(self, text: str) -> None:
        self._update("_refresh_error", text, self.refreshErrorChanged)

    # ------------------------------------------------------------------------------- polling
    def _wants_polling(self) -> bool:
        """Whether the poller should run, connection aside (visible, started, supported …)."""
        return True

    def _apply_polling(self) -> None:
        if self._wants_polling() and self._connection.state is not ConnectionState.FAILED:
            self._poller.start()
        else:
            self._poller.stop()

    def _on_status(self, status: ConnectionStatus) -> None:
        previous = self._connection.state
        self._connection = status
        self._apply_polling()
        if status.state is ConnectionState.LIVE and previous is not ConnectionState.LIVE:
            self._poller.poke()  # missed changes while we were away: re-read now

    async def _read(self) -> None:
        raise NotImplementedError

    async def _poll_read(self) -> None:
        """What one poll reads (``_read()`` unless a subclass polls more politely)."""
        await self._read()

    async def _poll(self) -> None:
        try:
            await self._poll_read()
        except UserFacingError as exc:
            self._set_refresh_error(f"{translate('StaleWords', self.STALE_WORDS)}: {exc}")
            raise

    def _rebuild(self) -> None:
        """Recompute what is shown from what was read (and what is pending); nothing by default."""

    async def _read_or_say(self, words: str) -> bool:
        """``_read()`` now; a failure goes to ``refreshError`` as ``"<words>: <error>"``. ``True`` on success."""
        try:
            await self._read()
        except UserFacingError as exc:
            self._set_refresh_error(f"{words}: {exc}")
            return False
        return True

    async def _reread_after(self) -> None:
        """After a command (even a failed one) the server's answer is the truth: re-read it.

        Reads begun before are discarded; a failure shows ``STALE_WORDS`` and rebuilds (so the
        pending marks go).
        """
        self._generation += 1
        if not await self._read_or_say(translate("StaleWords", self.STALE_WORDS)):
            self._rebuild()


class VisiblePollingViewModel(PollingViewModel):
    """A :class:`PollingViewModel` that polls only while its panel is ``active`` (visible)."""

    activeChanged = Signal()

    def __init__(self, bridge: SessionBridge, parent: QObject | None = None, **poll: Any) -> None:
        super().__init__(bridge, parent, **poll)
        self._active = False

    def _get_active(self) -> bool:
        return self._active

    @Slot(bool)
    def setActive(self, value: bool) -> None:
        """The panel is visible (``True``): keep what it shows fresh; hidden: stop polling."""
        if self._update("_active", bool(value), self.activeChanged):
            self._apply_polling()

    active = Property(bool, _get_active, setActive, notify=activeChanged)

    def _wants_polling(self) -> bool:
        return self._active

    async def _stop_polling(self) -> None:
        """Stop polling and wait for the request in flight to end."""
        self._active = False
        await self._poller.aclose()
