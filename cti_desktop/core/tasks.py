"""One task set for every piece of background work, and the one place its failures go.

:class:`TaskSet` is what the app, the session and the view-models own their tasks with:

- ``spawn(coro, name=)`` starts a task and holds a strong reference to it until it ends (asyncio
  keeps only a weak one, so an unreferenced task can vanish mid-flight);
- a task that ends with an unexpected exception is reported **once** through
  :func:`report_unexpected`; cancellation is never reported;
- ``cancel()`` asks each running task to stop exactly once, and ``await close(timeout)`` does that
  and waits for them, logging by name the ones that did not stop in time (a task cancelled twice
  can leak its pooled connection, PITFALLS 8; shutdown cancels and awaits with a timeout, 15).

:func:`report_unexpected` is the single reporter. Without an installed callback it logs — one line
for a :class:`~cti_desktop.core.errors.UserFacingError` that got this far, a traceback for anything
else (a bug). The app installs its own callback with :func:`install_reporter` (the log plus a
notice); tests install one that fails the test. Every exception is reported at most once, however
many paths lead to it (a task's done callback, the excepthook, the loop's exception handler).

Plain asyncio: no Qt here.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Awaitable, Callable, Iterator

from cti_desktop.core.errors import UserFacingError

log = logging.getLogger(__name__)

#: ``reporter(exc, where)``: ``where`` names what failed (e.g. ``"task call-sync"``), may be "".
Reporter = Callable[[BaseException, str], None]

_REPORTED = "_cti_desktop_reported"
_reporter: Reporter | None = None


def _log_unexpected(exc: BaseException, where: str) -> None:
    prefix = f"{where}: " if where else ""
    if isinstance(exc, UserFacingError):
        log.warning("%s%s", prefix, exc)
        return
    log.error("%sunexpected error", prefix, exc_info=(type(exc), exc, exc.__traceback__))


def install_reporter(reporter: Reporter | None) -> Callable[[], None]:
    """Route unexpected errors to ``reporter`` (None: back to logging). Returns what restores the
    previous one."""
    global _reporter
    previous, _reporter = _reporter, reporter

    def restore() -> None:
        global _reporter
        if _reporter is reporter:
            _reporter = previous

    return restore


def claim_report(exc: BaseException) -> bool:
    """True the first time an exception is to be reported, False ever after (it was already)."""
    if getattr(exc, _REPORTED, False):
        return False
    try:
        setattr(exc, _REPORTED, True)
    except (AttributeError, TypeError):  # an exception type without a __dict__: report it anyway
        pass
    return True


def report_unexpected(exc: BaseException, where: str = "") -> None:
    """Report an unexpected exception once (cancellation is not one): the installed callback, or the log."""
    if isinstance(exc, asyncio.CancelledError) or not claim_report(exc):
        return
    reporter = _reporter or _log_unexpected
    try:
        reporter(exc, where)
    except Exception:  # the reporter must never make things worse
        log.exception("reporting an error failed")
        _log_unexpected(exc, where)


class TaskSet:
    """Tasks owned by one object: held strongly, failures reported once, cancelled once, awaited."""

    def __init__(self, owner: str = "") -> None:
        #: Who owns the tasks (for the log lines), e.g. ``"session"``.
        self.owner = owner
        self._tasks: set[asyncio.Future] = set()
        self._cancel_asked: set[asyncio.Future] = set()

    # ------------------------------------------------------------------------------ running
    def spawn(self, coro: Awaitable, *, name: str | None = None) -> asyncio.Task:
        """Run ``coro`` as a task of this set. Call from inside the running loop."""
        task = asyncio.ensure_future(coro)
        if name and hasattr(task, "set_name"):
            task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task  # type: ignore[return-value]

    def _done(self, task: asyncio.Future) -> None:
        self._tasks.discard(task)
        self._cancel_asked.discard(task)
        if task.cancelled():
            return
        exc = task.exception()  # retrieved, so never "exception was never retrieved"
        if exc is not None:
            report_unexpected(exc, f"task {_name(task)}")

    # ------------------------------------------------------------------------------ stopping
    def cancel(self, task: asyncio.Future | None = None) -> None:
        """Ask ``task`` (None: every running task of the set) to stop — once, never twice."""
        for one in ([task] if task is not None else list(self._tasks)):
            self._cancel_once(one)

    def _cancel_once(self, task: asyncio.Future) -> None:
        if task.done() or task in self._cancel_asked:
            return
        cancelling = getattr(task, "cancelling", None)
        if cancelling is not None and cancelling():  # someone else asked already
            self._cancel_asked.add(task)
            return
        self._cancel_asked.add(task)
        task.cancel()

    async def close(self, timeout: float = 5.0) -> list[asyncio.Future]:
        """Cancel every running task once and wait up to ``timeout`` seconds for them to end.

        The task calling this is left alone (it cannot wait for itself). Returns the tasks that
        did not stop in time, each logged by name; they stay in the set.
        """
        current = asyncio.current_task()
        tasks = [t for t in self._tasks if t is not current and not t.done()]
        for task in tasks:
            self._cancel_once(task)
        if not tasks:
            return []
        _done, pending = await asyncio.wait(tasks, timeout=timeout)
        for task in tasks:
            if task.done():
                self._tasks.discard(task)
        stuck = [t for t in tasks if t in pending]
        owner = f" of the {self.owner}" if self.owner else ""
        for task in stuck:
            log.warning("task %s%s did not stop within %.1f s of being cancelled", _name(task), owner, timeout)
        return stuck

    # ------------------------------------------------------------------------------ looking
    def __len__(self) -> int:
        return len(self._tasks)

    def __iter__(self) -> Iterator[asyncio.Future]:
        return iter(list(self._tasks))

    def __contains__(self, task: object) -> bool:
        return task in self._tasks

    def running(self) -> list[asyncio.Future]:
        """The tasks not finished yet."""
        return [t for t in self._tasks if not t.done()]


def _name(task: asyncio.Future) -> str:
    get_name = getattr(task, "get_name", None)
    return get_name() if get_name is not None else repr(task)


__all__ = ["Reporter", "TaskSet", "claim_report", "install_reporter", "report_unexpected"]
