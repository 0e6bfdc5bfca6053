"""Contact information (V1): a directory contact's details and whether it is in a call (``ci.*``).

A mixin of :class:`~cti_desktop.providers.dstny.client.DstnyClient`; it is also the core
:class:`~cti_desktop.core.contact_details.ContactDetails` the contact details use. The reference's
contact id "including domain" is ``userid@domain``: an id without ``@`` gets the user's domain.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any, Mapping

from ...core.contact_details import ContactCard
from ...core.errors import InvalidInput, NotFound, ScopeMissing
from ...core.models import Contact
from . import wire

__all__ = ["CONTACT_INFO_FEATURES", "ContactInfoOps"]

log = logging.getLogger("cti_desktop.providers.dstny")

CONTACT_INFO_FEATURES: Mapping[str, str] = {
    "ci.info": "Contact details",
}


class ContactInfoOps:
    """Needs the client's ``_json``/``_send`` and ``domain``."""

    _json: Any
    _send: Any
    domain: str

    def _contact_address(self, contact_id: str) -> str:
        cid = (contact_id or "").strip()
        if not cid:
            raise InvalidInput("Choose a contact first")
        return cid if "@" in cid else f"{cid}@{self.domain}"

    async def contact_info(self, contact_id: str, *, include_fields: bool = True) -> ContactCard:
        data = await self._json("ci.info", fields={"cid": self._contact_address(contact_id)},
                                params={"includeFields": "true" if include_fields else "false"})
        return wire.parse_contact_info(data)

    async def contact_in_call(self, contact_id: str) -> bool:
        return await self.line_state(contact_id)

    async def contact_card(self, contact: Contact) -> ContactCard:
        """The core ContactDetails: the directory's fields and the line state of a contact of ours.

        A contact from another directory source is returned as it is (this directory knows nothing
        more of it). A line state the server will not give (no such contact line, no permission) is
        ``None``: the details show the fields without it.
        """
        if contact.source != "dstny":
            return ContactCard(contact)
        card = await self.contact_info(contact.id)
        try:
            in_call: bool | None = await self.contact_in_call(contact.id)
        except (NotFound, ScopeMissing) as exc:
            log.info("no line state for a contact: %s", exc)
            in_call = None
        # keep the search's id (the card's may be a different form of it)
        return replace(card, contact=replace(card.contact, id=contact.id), in_call=in_call)
