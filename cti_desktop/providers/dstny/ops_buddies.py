"""Buddy list, colleagues' line state and the pickup of a colleague's ringing call (a client mixin).

From the vendor's reference (paths assumed, see :mod:`.routes`):

* Buddy List API — "Favourites list is the default contact list": verify that a contact is in the
  favourites, add one, delete one, apply the organisation's favourites templates. The list itself is
  the Contacts API's contact list (``ct.list``).
* Contacts Information V1 API — "Read the line state of an accessible contact … 'true' if the contact
  is in a call" (``cid`` = ``userid@domain``; "All methods in this API can accept a Contact Entry ID
  … in place of a Contact ID") and "an SSE stream of linestate events for a contact …
  application/dialog-info+xml, see RFC4235" (followed by :mod:`.presence_watch`).
* Call Control API — "Pickup a SIP call from a queue or a ringing call for another user using the
  specified device. The SIP dialog Id of the call must be known": ``callId``, ``toTag``, ``fromTag``,
  ``earlyOnly`` (RFC 3891 Replaces: ``toTag`` is the colleague's own tag of the dialog, ``fromTag``
  the caller's). The other pickup (``cc.pickup``, by the PBX's callId) is for service accounts only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...core.colleagues import PickupTarget
from ...core.errors import InvalidInput, NotFound, StaleState
from ...core.models import Call, Contact
from . import wire

if TYPE_CHECKING:  # the mixin is only ever a base of DstnyClient
    from .client import DstnyClient

__all__ = ["BuddyOps"]


class BuddyOps:
    """Buddy-list and colleague operations of :class:`~.client.DstnyClient`."""

    # ------------------------------------------------------------------ buddy list
    async def buddies(self: "DstnyClient") -> list[Contact]:
        """The favourites: the contact list's entries marked FAVORITE (the Contacts API lists them)."""
        return [c for c in wire.parse_contacts(await self._json("ct.list")) if c.favourite]

    async def is_buddy(self: "DstnyClient", contact_id: str) -> bool:
        """Whether the contact is in the favourites: the verify operation; 404 means no."""
        try:
            response = await self._send("bl.verify", fields={"cid": contact_id})
        except NotFound:
            return False
        if not response.content.strip():
            return True  # a 2xx without a body: it is there
        return wire.parse_available(response.content)

    async def add_buddy(self: "DstnyClient", contact_id: str) -> None:
        if not contact_id:
            raise InvalidInput("Choose a contact first")
        await self._send("bl.add", fields={"cid": contact_id}, body={}, command=True)

    async def remove_buddy(self: "DstnyClient", contact_id: str) -> None:
        if not contact_id:
            raise InvalidInput("Choose a contact first")
        await self._send("bl.remove", fields={"cid": contact_id}, command=True)

    async def apply_buddy_templates(self: "DstnyClient") -> None:
        """Regenerate the favourites from the organisation's and groups' templates."""
        await self._send("bl.templates", params={"applyContactTemplates": "true"}, body={}, command=True)

    # ------------------------------------------------------------------ line state
    def contact_address(self: "DstnyClient", contact_id: str) -> str:
        """``userid@domain`` for a user id (the reference's form); an id with a domain is kept."""
        return contact_id if "@" in contact_id else f"{contact_id}@{self.domain}"

    async def line_state(self: "DstnyClient", contact_id: str) -> bool:
        """``True`` when the colleague is in a call (ringing included)."""
        response = await self._send("ci.linestate", fields={"cid": self.contact_address(contact_id)})
        return wire.parse_line_state(response.content)

    def line_state_url(self: "DstnyClient", contact_id: str) -> str:
        return self.url("ci.linestate_stream", cid=self.contact_address(contact_id))

    # ------------------------------------------------------------------ pickup
    async def pickup_dialog(self: "DstnyClient", device_id: str, *, call_id: str, to_tag: str, from_tag: str,
                            early_only: bool = True) -> Call:
        """Pick up the SIP dialog (``call_id``, ``to_tag``, ``from_tag``) on ``device_id``.

        ``early_only``: only while it still rings (never take over a call already answered)."""
        if not (call_id and to_tag):
            raise InvalidInput("The ringing call cannot be named: the server gave no SIP dialog for it")
        body: dict[str, Any] = {"callId": call_id, "toTag": to_tag, "fromTag": from_tag, "earlyOnly": early_only}
        data = await self._json("cc.pickup_dialog", fields={"dev": device_id}, body=body, command=True)
        if isinstance(data, dict) and data.get("callId"):
            return wire.parse_call_state(data)
        for call in await self.get_calls():  # no state in the answer: the new call is ours now
            if call.inbound and not call.ended:
                return call
        raise NotFound("Call pickup: the call is no longer ringing")

    async def pickup_ringing(self: "DstnyClient", target: PickupTarget, device_id: str | None = None) -> Call:
        """Pick up ``target`` (a colleague's ringing call) on ``device_id`` or the default device,
        with the refusals in words: answered meanwhile, or gone."""
        dev = device_id or await self._default_device()
        who = target.colleague_name or target.colleague_id
        try:
            return await self.pickup_dialog(dev, call_id=target.call_id, to_tag=target.to_tag,
                                            from_tag=target.from_tag, early_only=True)
        except StaleState as exc:
            raise StaleState(f"The call for {who} was already answered", detail=exc.detail) from None
        except NotFound as exc:
            raise NotFound(f"The call for {who} has gone: the caller hung up or it was picked up",
                           detail=exc.detail) from None

