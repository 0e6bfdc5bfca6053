"""Busy elsewhere: mark me busy on the phone system for a while (work outside it), or clear the mark.

Shown when the account's presence service is also a :class:`~cti_desktop.core.line_state.BusyElsewhere`.
The server's mark is the truth: the row reads it at start, after every change, and again when the
mark's time is up (so an ended mark does not stay shown).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from cti_desktop.core.errors import InvalidInput, NotSupported, UserFacingError
from cti_desktop.core.line_state import MAX_MINUTES, BusyElsewhere
from cti_desktop.core.tasks import TaskSet
from cti_desktop.i18n import translate

from .base import ViewModel, command
from .session_bridge import SessionBridge

log = logging.getLogger(__name__)

#: The lengths offered (minutes).
CHOICES = (15, 30, 60, 120)


def busy_service_of(backend: Any) -> BusyElsewhere | None:
    presence = backend.presence
    return presence if isinstance(presence, BusyElsewhere) else None


def choice_text(minutes: int) -> str:
    return translate("BusyElsewhere", "{minutes} min").format(minutes=minutes) if minutes < 60 else translate("BusyElsewhere", "{value} h").format(value=minutes // 60)


class BusyElsewhereViewModel(ViewModel):
    """Properties: ``available``, ``marked``, ``untilText``, ``loaded``, plus ``error`` and ``busy``
    (a command in flight); :attr:`until` is the mark's end (aware) or None."""

    changed = Signal()

    choices = CHOICES

    def __init__(self, bridge: SessionBridge, parent: QObject | None = None, *,
                 service: BusyElsewhere | None = None) -> None:
        super().__init__(parent)
        self._service = service if service is not None else busy_service_of(bridge.session.backend)
        self._until: datetime | None = None
        self._loaded = False
        self._tasks = TaskSet("busy elsewhere")
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self.load)

    available = Property(bool, lambda self: self._service is not None, constant=True)
    marked = Property(bool, lambda self: self._until is not None, notify=changed)
    loaded = Property(bool, lambda self: self._loaded, notify=changed)

    @property
    def until(self) -> datetime | None:
        return self._until

    def _until_text(self) -> str:
        if self._until is None:
            return translate("BusyElsewhere", "Not marked busy") if self._loaded else ""
        return translate("BusyElsewhere", "Busy elsewhere until {strftime}").format(strftime=self._until.astimezone().strftime('%H:%M'))

    untilText = Property(str, _until_text, notify=changed)

    def _set(self, until: datetime | None) -> None:
        self._expiry.stop()
        if until is not None:
            left = (until - datetime.now(timezone.utc)).total_seconds()
            self._expiry.start(int(max(0.0, left) * 1000) + 1000)  # read again once it should have ended
        changed = until != self._until or not self._loaded
        self._until, self._loaded = until, True
        if changed:
            self.changed.emit()

    def _require(self) -> BusyElsewhere:
        if self._service is None:
            raise NotSupported(translate("BusyElsewhere", "This phone system offers no busy-elsewhere mark"))
        return self._service

    async def refresh(self) -> bool:
        try:
            until = await self._require().busy_until()
        except UserFacingError as exc:
            log.info("busy elsewhere: %s", exc)
            self.set_error(str(exc))
            return False
        self._set(until)
        return True

    async def mark_for(self, minutes: int) -> bool:
        async def work() -> datetime | None:
            if not 1 <= int(minutes) <= MAX_MINUTES:
                raise InvalidInput(translate("BusyElsewhere", "Choose between 1 minute and {value} hours").format(value=MAX_MINUTES // 60))
            until = datetime.now(timezone.utc) + timedelta(minutes=int(minutes))
            return await self._require().set_busy_until(until)

        kept = await self.guarded(work())
        if kept is None:
            await self.refresh()
            return False
        self._set(kept)
        return True

    async def clear_mark(self) -> bool:
        async def work() -> bool:
            await self._require().clear_busy()
            return True

        done = await self.guarded(work())
        await self.refresh()
        return bool(done)

    @Slot()
    def load(self) -> None:
        if self._service is not None:
            self._tasks.spawn(self.refresh(), name="busy-elsewhere-read")

    @command(int)
    async def markFor(self, minutes: int) -> None:
        await self.mark_for(minutes)

    @command()
    async def clear(self) -> None:
        await self.clear_mark()

    async def aclose(self) -> None:
        self._expiry.stop()
        await self.close_commands()
        await self._tasks.close()


__all__ = ["BusyElsewhereViewModel", "CHOICES", "busy_service_of", "choice_text"]
