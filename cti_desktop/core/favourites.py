"""The person's own contact list and favourites on the phone system, beyond search and the star.

A backend's directory that also implements one of these protocols offers that command in the
contacts panel and the contact details; one that does not shows it disabled with the phone
system's words (:meth:`Backend.missing_reason`).

* :class:`ContactListEditing` — remove a contact from "my contacts" (the list the favourites are
  part of; a favourite removed from it is no longer a favourite either).
* :class:`FavouriteCheck` — ask the server whether a contact is in the favourites.
* :class:`FavouriteTemplates` — replace the favourites by the organisation's (and groups')
  favourites templates.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

__all__ = ["ContactListEditing", "FavouriteCheck", "FavouriteTemplates"]


@runtime_checkable
class ContactListEditing(Protocol):
    async def remove_contact(self, cid: str) -> None:
        """Remove ``cid`` from the person's contact list (a ``NotFound`` when it is not in it)."""
        ...


@runtime_checkable
class FavouriteCheck(Protocol):
    async def is_buddy(self, contact_id: str) -> bool:
        """Whether ``contact_id`` is in the person's favourites, as the server says now."""
        ...


@runtime_checkable
class FavouriteTemplates(Protocol):
    async def apply_buddy_templates(self) -> None:
        """Regenerate the favourites from the organisation's and groups' favourites templates."""
        ...
