"""Contact information (V1): a directory contact's details, whether it is in a call, its presence
(PIDF, read once or followed as a stream) and its image (``ci.*``).

A mixin of :class:`~cti_desktop.providers.dstny.client.DstnyClient`; it is also the core
:class:`~cti_desktop.core.contact_details.ContactDetails` and
:class:`~cti_desktop.core.contact_photos.ContactPhotos` the contact details use. The reference's
contact id "including domain" is ``userid@domain``: an id without ``@`` gets the user's domain.

The reference: "Read presence events for a directory contact … either as structure or in
'application/pidf+xml' format … When fetching information in PIDF format, only domain and cid shall
be used" (so the read asks for PIDF with no other parameter); "Produces an SSE stream of presence
states for a directory contact … 'application/pidf+xml'"; "Read the image of a directory contact"
(``prefWidth``/``prefHeight``; ``ver`` "not used").
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any, Mapping

from ...core.contact_details import ContactCard
from ...core.contact_photos import MAX_PHOTO_BYTES, PhotoRefused
from ...core.errors import InvalidInput, NotFound, ScopeMissing
from ...core.models import Contact, Presence
from . import wire
from .xml import PidfDocumentError, parse_pidf

__all__ = ["CONTACT_INFO_FEATURES", "ContactInfoOps"]

log = logging.getLogger("cti_desktop.providers.dstny")

CONTACT_INFO_FEATURES: Mapping[str, str] = {
    "ci.info": "Contact details",
    "ci.presence": "Colleague's presence",
    "ci.presence_stream": "Colleague's presence",
    "ci.image": "Contact's photo",
}

PIDF = "application/pidf+xml"
#: The size asked for (the reference's prefWidth/prefHeight): a row's avatar, shown at most this big.
PHOTO_SIDE = 96


class ContactInfoOps:
    """Needs the client's ``_json``/``_send`` and ``domain``."""

    _json: Any
    _send: Any
    domain: str
    url: Any

    def _contact_address(self, contact_id: str) -> str:
        cid = (contact_id or "").strip()
        if not cid:
            raise InvalidInput("Choose a contact first")
        return cid if "@" in cid else f"{cid}@{self.domain}"

    async def contact_info(self, contact_id: str, *, include_fields: bool = True) -> ContactCard:
        data = await self._json("ci.info", fields={"cid": self._contact_address(contact_id)},
                                params={"includeFields": "true" if include_fields else "false"})
        return wire.parse_contact_info(data)

    async def contact_presence(self, contact_id: str) -> Presence:
        """A directory contact's presence now, read as PIDF (RFC 3863/4480)."""
        response = await self._send("ci.presence", fields={"cid": self._contact_address(contact_id)}, accept=PIDF)
        try:
            return parse_pidf(response.content)
        except PidfDocumentError as exc:
            log.warning("unreadable presence document for a contact: %s", exc)
            raise wire.MalformedResponse(f"presence (PIDF): {exc}") from None

    def contact_presence_url(self, contact_id: str) -> str:
        """The URL of the contact's SSE stream of presence states (one PIDF document per event)."""
        return self.url("ci.presence_stream", cid=self._contact_address(contact_id))

    async def contact_image(self, contact_id: str, *, side: int = PHOTO_SIDE) -> bytes | None:
        """A directory contact's image bytes (unchecked: the view-models decode them), ``None`` when it
        has none (404); :class:`PhotoRefused` when the answer is larger than ``MAX_PHOTO_BYTES``."""
        params = {"prefWidth": str(int(side)), "prefHeight": str(int(side))}
        try:
            response = await self._send("ci.image", fields={"cid": self._contact_address(contact_id)},
                                        params=params, accept="image/png, image/jpeg, image/*;q=0.8")
        except NotFound:
            return None
        data = response.content
        if len(data) > MAX_PHOTO_BYTES:
            raise PhotoRefused(f"The photo is too large to show ({len(data) // 1024} KB; at most "
                               f"{MAX_PHOTO_BYTES // 1024} KB)")
        return data or None

    async def contact_photo(self, contact: Contact) -> bytes | None:
        """The core ContactPhotos: a contact of this directory's image; another source's has none here."""
        if contact.source != "dstny" or not contact.id:
            return None
        return await self.contact_image(contact.id)

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
