"""The Calls API's transfer of the mobile call (``calls.transfer``, ``calls.transfer_status``,
``calls.transfer_cancel``).

A mixin of :class:`~cti_desktop.providers.dstny.client.DstnyClient`; it is also the core
:class:`~cti_desktop.core.mobile_transfer.MobileCallTransfer`. What the reference says, and what
this follows where the contract (``dstny-core.md``) is silent:

* "Transfer a mobile call to the specified number" takes the domain, the user ("The user performing
  the transfer"), ``transferType`` (``BLIND_TRANSFER`` "transfer the call directly to the specified
  number", or ``ATTENDED_TRANSFER``) and ``destination`` ("The destination number for the transfer").
  No call id: the phone system knows the user's mobile call. No request body is shown, so the two
  go as query parameters, like the reference's other plain parameters. The destination is a
  *number* (the reference's sample ``+9633996603``), not the SIP/tel URI the call-control transfer
  takes.
* "Get the status of an ongoing call transfer" takes only the domain and the user; "Cancel an
  ongoing attended call transfer" takes the ``transferId`` (a path segment here) and answers no body
  the reference shows.
"""

from __future__ import annotations

from typing import Any, Mapping

from ...core.errors import InvalidInput, NotFound
from ...core.mobile_transfer import MobileTransfer
from . import wire
from .wire.mobile_transfer import ATTENDED_TRANSFER, BLIND_TRANSFER

__all__ = ["MOBILE_TRANSFER_FEATURES", "MobileTransferOps"]

MOBILE_TRANSFER_FEATURES: Mapping[str, str] = {
    "calls.transfer": "Transfer from your mobile",
    "calls.transfer_status": "Mobile transfer status",
    "calls.transfer_cancel": "Cancelling the mobile transfer",
}

_MAX_DESTINATION = 64


class MobileTransferOps:
    """Needs the client's ``_json``/``_send``."""

    _json: Any
    _send: Any

    async def transfer_mobile_call(self, destination: str, *, attended: bool) -> MobileTransfer:
        number = (destination or "").strip()
        if not number:
            raise InvalidInput("Enter a number to transfer to")
        if len(number) > _MAX_DESTINATION or any(ch.isspace() or not ch.isprintable() for ch in number):
            raise InvalidInput("Enter the number to transfer to without spaces")
        params = {"transferType": ATTENDED_TRANSFER if attended else BLIND_TRANSFER, "destination": number}
        data = await self._json("calls.transfer", params=params, command=True)
        started = wire.parse_mobile_transfer_started(data)
        if started.attended is None or not started.destination:
            # The reference's answer carries only the id and the start time: say what was asked.
            started = MobileTransfer(started.transfer_id, attended if started.attended is None else started.attended,
                                     started.destination or number, started.started_at)
        return started

    async def mobile_transfer_status(self) -> MobileTransfer | None:
        try:
            return wire.parse_mobile_transfer(await self._json("calls.transfer_status"))
        except NotFound:
            return None  # no transfer is ongoing

    async def cancel_mobile_transfer(self, transfer_id: str) -> None:
        tid = (transfer_id or "").strip()
        if not tid:
            raise InvalidInput("There is no transfer to cancel")
        await self._send("calls.transfer_cancel", fields={"id": tid}, command=True)
