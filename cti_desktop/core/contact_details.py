"""A contact's details as the phone system's directory keeps them: what the contact details show.

A backend whose directory also implements :class:`ContactDetails` gives, for a contact found in a
search, its directory fields (manager, work title, ICE contact…) and whether it is in a call now.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from .models import Contact

__all__ = ["ContactCard", "ContactDetails"]


@dataclass(frozen=True, slots=True)
class ContactCard:
    contact: Contact
    #: The directory's fields, in its order: (label, value), only those with a value.
    fields: tuple[tuple[str, str], ...] = ()
    #: In a call now; None: the phone system did not say (not a contact whose line it follows).
    in_call: bool | None = None


@runtime_checkable
class ContactDetails(Protocol):
    async def contact_card(self, contact: Contact) -> ContactCard: ...
