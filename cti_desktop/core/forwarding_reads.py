"""One activity's forwarding read alone, provider-neutral.

The forwarding editor reads the number of the one activity the person opens for editing, fresh
from the phone system (another device or the portal may have changed it since the list was read),
rather than the whole list. A backend whose ``forwarding`` service implements
:class:`ActivityForwardingRead` offers it; without it the editor starts from the list's number.
Qt-free and I/O-free.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from .forwarding import ActivityForwarding

__all__ = ["ActivityForwardingRead"]


@runtime_checkable
class ActivityForwardingRead(Protocol):
    async def activity_forwarding_of(self, activity_id: str) -> ActivityForwarding | None:
        """Where calls go while I am in ``activity_id``; ``None`` when they are not forwarded."""
        ...
