"""Re-reading at once what the phone system says has changed (its ``backend.changes``).

:class:`ChangeFollower` listens to the account's :class:`~cti_desktop.core.capabilities.Changes`
source for some topics (:mod:`cti_desktop.core.changes`) and calls back when one of them changed
— a change made on another device, in the portal or by an administrator shows without waiting for
a poll. Given a :class:`~.polling.PolitePoller`, it also slows that poll to ``relaxed_interval``
while the source is live and puts it back when it is not (polling stays the fallback).

:class:`Coalesced` runs a re-read one at a time: asked again while one runs, it runs once more
after it, so the last read always starts after the last change and answers never overtake.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject

from cti_desktop.core.capabilities import Changes
from cti_desktop.core.changes import ChangeNotice
from cti_desktop.core.errors import UserFacingError

log = logging.getLogger(__name__)

#: How often a poll runs while the change streams are live (seconds): a backstop only.
RELAXED_POLL = 60.0


def changes_of(backend: Any) -> Changes | None:
    """The backend's change source, or None when its phone system announces no changes."""
    source = backend.changes
    return source if isinstance(source, Changes) else None


async def quietly(awaitable: Awaitable[Any]) -> Any:
    """Await a re-read the person did not ask for: its failure is logged, never shown as their error
    (and its success never clears an error they are reading). ``None`` when it failed."""
    try:
        return await awaitable
    except UserFacingError as exc:
        log.info("re-reading after a change failed: %s", exc)
        return None


class Coalesced:
    """Runs ``work()`` as a task, never two at once; a request during a run is folded into one more."""

    def __init__(self, work: Callable[[], Awaitable[Any]], *, name: str,
                 spawn: Callable[..., asyncio.Task] | None = None) -> None:
        self._work = work
        self._name = name
        self._spawn = spawn  # e.g. the session's, so its close cancels and awaits the run
        self._task: asyncio.Task | None = None
        self._again = False

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def request(self) -> None:
        if self.running:
            self._again = True
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop runs (a test without one, or shutting down)
            return
        if self._spawn is not None:
            self._task = self._spawn(self._run(), name=self._name)
        else:
            self._task = loop.create_task(self._run(), name=self._name)

    async def _run(self) -> None:
        while True:
            self._again = False
            try:
                await self._work()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("%s failed", self._name)
            if not self._again:
                return

    async def aclose(self) -> None:
        task, self._task = self._task, None
        self._again = False
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)


class ChangeFollower(QObject):
    """Calls ``on_change(topics)`` when any of ``topics`` changed; relaxes ``poller`` while live."""

    def __init__(self, source: Changes | None, topics: Iterable[str], on_change: Callable[[frozenset[str]], None],
                 *, poller: Any = None, relaxed_interval: float = RELAXED_POLL, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._topics = frozenset(topics)
        self._on_change = on_change
        self._poller = poller
        self._base_interval = float(poller.interval) if poller is not None else 0.0
        self._relaxed = max(self._base_interval, float(relaxed_interval))
        self._unsubscribe: Callable[[], None] | None = None
        if source is not None:
            self._unsubscribe = source.subscribe(self._notice)
            self._apply_live(source.live)

    @property
    def available(self) -> bool:
        """The account announces changes (else only polling keeps things current)."""
        return self._source is not None

    @property
    def live(self) -> bool:
        return self._source is not None and self._source.live

    def _apply_live(self, live: bool) -> None:
        if self._poller is not None:
            self._poller.interval = self._relaxed if live else self._base_interval

    def _notice(self, notice: ChangeNotice) -> None:
        self._apply_live(notice.live)
        hit = notice.topics & self._topics
        if hit:
            self._on_change(hit)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._apply_live(False)


__all__ = ["ChangeFollower", "Coalesced", "RELAXED_POLL", "changes_of", "quietly"]
