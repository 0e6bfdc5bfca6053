"""The optional methods of the panels' services, each a small protocol checked with ``isinstance``.

A service of the :class:`~cti_desktop.core.session.Backend` (its ``call_control``, ``presence``,
``directory``, ``colleagues``…) implements its core protocol; some phone systems offer a little
more on the same service (choose the caller ID, star a contact, read an activity's end time). The
panels ask for that with ``isinstance(service, <Protocol>)``, never by probing attribute names.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol, runtime_checkable

from .models import Line
from .presence_config import PresenceLists

__all__ = [
    "ActiveLineRead",
    "ActivityEndTimeRead",
    "ActivityEndTimeSetting",
    "BuddyListEditing",
    "CallerIdChoice",
    "ColleaguePhotos",
    "ContactListAdding",
    "ContactStatusEditing",
    "NamedSource",
    "PresenceListsRead",
]


@runtime_checkable
class ActiveLineRead(Protocol):
    """Call control that tells which line (caller ID) outgoing calls use now (``None``: not said)."""

    async def active_line(self) -> Line | None: ...


@runtime_checkable
class CallerIdChoice(Protocol):
    """Call control that lets the person choose the line (caller ID) outgoing calls use."""

    async def set_active_line(self, line: Line) -> None: ...


@runtime_checkable
class ContactStatusEditing(Protocol):
    """A directory whose contacts carry a status the person sets (``CONTACT``, ``FAVORITE``…)."""

    async def set_contact_status(self, cid: str, status: str) -> None: ...


@runtime_checkable
class ContactListAdding(Protocol):
    """A directory that adds one of its contacts to the person's own contact list."""

    async def add_contact(self, cid: str) -> None: ...


@runtime_checkable
class BuddyListEditing(Protocol):
    """A favourites (buddy) list the person adds contacts to and removes them from."""

    async def add_buddy(self, contact_id: str) -> None: ...
    async def remove_buddy(self, contact_id: str) -> None: ...


@runtime_checkable
class ColleaguePhotos(Protocol):
    """Colleagues whose photos can be read (``None`` when a colleague has none)."""

    async def colleague_photo(self, colleague_id: str) -> bytes | None: ...


@runtime_checkable
class PresenceListsRead(Protocol):
    """Presence whose activities and roles come in one read (it falls back to the single reads itself)."""

    async def presence_lists(self) -> PresenceLists: ...


@runtime_checkable
class ActivityEndTimeRead(Protocol):
    """Presence whose current activity's end time has a read of its own (``None``: no end time)."""

    async def activity_end_time(self) -> datetime | None: ...


@runtime_checkable
class ActivityEndTimeSetting(Protocol):
    """Presence whose current activity's end time can be set on its own (``None`` clears it)."""

    async def set_activity_end_time(self, end: datetime | None) -> None: ...


@runtime_checkable
class NamedSource(Protocol):
    """A directory with a name for the person (“… contacts”), as the merged search shows it."""

    name: str
