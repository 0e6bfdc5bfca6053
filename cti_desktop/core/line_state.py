"""Busy elsewhere: the person tells the phone system they are busy with work outside it until a time.

The phone system then treats their line as in a call (queues pass them by, colleagues see them
busy) until the time, or until they clear it. A backend whose presence service also implements
:class:`BusyElsewhere` gets the "Busy elsewhere" row of the presence panel.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol, runtime_checkable

__all__ = ["BusyElsewhere", "MAX_MINUTES"]

#: The longest the desktop marks the person busy in one go.
MAX_MINUTES = 8 * 60


@runtime_checkable
class BusyElsewhere(Protocol):
    async def busy_until(self) -> datetime | None:
        """When the mark ends (aware), or None when there is none."""
        ...

    async def set_busy_until(self, until: datetime) -> datetime | None:
        """Mark the person busy until ``until`` (aware); the time the server keeps."""
        ...

    async def clear_busy(self) -> None: ...
