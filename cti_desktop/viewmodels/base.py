"""What every view-model shares: change-only property setters, inline errors, guarded commands.

View-models are QObjects with Qt Properties and notify signals (no widget imports), so they can be
tested headless. Commands are ``@asyncSlot`` coroutines that run on the one asyncio loop qasync
runs on the Qt thread; a :class:`UserFacingError` becomes the ``error`` property (shown inline, in
words), cancellation is silent, and anything else goes to the app's exception hook.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Awaitable, TypeVar

from PySide6.QtCore import Property, QObject, Signal

from cti_desktop.core.errors import UserFacingError

log = logging.getLogger(__name__)

T = TypeVar("T")


class ViewModel(QObject):
    errorChanged = Signal()
    busyChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._error = ""
        self._busy = 0

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
