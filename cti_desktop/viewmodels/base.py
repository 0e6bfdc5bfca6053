"""What every view-model shares: change-only property setters, inline errors, guarded commands.

View-models are QObjects with Qt Properties and notify signals (no widget imports), so they can be
tested headless. Commands are :func:`command` coroutines: each call runs as a task of the view-model's
own :class:`~cti_desktop.core.tasks.TaskSet` on the one asyncio loop qasync runs on the Qt thread, and
:meth:`ViewModel.close_commands` (called by each view-model's ``aclose``) ends the ones still running.
Inside a command, :meth:`ViewModel.guarded` turns a :class:`UserFacingError` into the ``error``
property (shown inline, in words); cancellation is silent; anything else goes to the app's
exception hook.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import logging
from collections.abc import Callable, Coroutine
from typing import Any, Awaitable, TypeVar

from PySide6.QtCore import Property, QObject, Signal, Slot

from cti_desktop.core.errors import UserFacingError
from cti_desktop.core.tasks import TaskSet

log = logging.getLogger(__name__)

T = TypeVar("T")


def command(*types: Any) -> Callable[[Callable[..., Coroutine]], Callable[..., asyncio.Task]]:
    """A Qt slot (of ``types``) that runs the decorated coroutine method as a task of the view-model's
    own task set and returns the task. Extra trailing arguments a signal passes (``clicked(bool)``)
    are dropped, as Qt does for ordinary slots."""

    def decorate(fn: Callable[..., Coroutine]) -> Callable[..., asyncio.Task]:
        params = list(inspect.signature(fn).parameters.values())[1:]
        varargs = any(p.kind is p.VAR_POSITIONAL for p in params)
        positional = sum(1 for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD))

        @Slot(*types)
        @functools.wraps(fn)
        def slot(self: "ViewModel", *args: Any) -> asyncio.Task:
            if not varargs:
                args = args[:positional]
            return self.command_tasks.spawn(fn(self, *args), name=f"{type(self).__name__}.{fn.__name__}")

        return slot

    return decorate


class ViewModel(QObject):
    errorChanged = Signal()
    busyChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._error = ""
        self._busy = 0
        #: The commands still running (see :func:`command`).
        self.command_tasks = TaskSet(type(self).__name__)

    async def close_commands(self) -> None:
        """End the commands still running (cancelled, then awaited; bounded)."""
        await self.command_tasks.close()

    # ------------------------------------------------------------------------------ properties
    def _get_error(self) -> str:
        return self._error

    error = Property(str, _get_error, notify=errorChanged)

    def _get_busy(self) -> bool:
        return self._busy > 0

    busy = Property(bool, _get_busy, notify=busyChanged)

    def _update(self, attr: str, value: Any, signal: Signal | Any) -> bool:
        """Set ``self.<attr>`` and emit ``signal`` only when the value really changed."""
        if getattr(self, attr) == value:
            return False
        setattr(self, attr, value)
        signal.emit()
        return True

    def set_error(self, message: str) -> None:
        self._update("_error", message, self.errorChanged)

    def clear_error(self) -> None:
        self.set_error("")

    # -------------------------------------------------------------------------------- commands
    async def guarded(self, awaitable: Awaitable[T]) -> T | None:
        """Await a command: errors in words go to ``error``; success clears it."""
        self._busy += 1
        if self._busy == 1:
            self.busyChanged.emit()
        try:
            result = await awaitable
        except UserFacingError as exc:
            log.info("%s: %s", type(self).__name__, exc)
            self.set_error(str(exc))
            return None
        except asyncio.CancelledError:
            raise
        finally:
            self._busy -= 1
            if self._busy == 0:
                self.busyChanged.emit()
        self.clear_error()
        return result
