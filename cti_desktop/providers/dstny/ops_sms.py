"""Sending an SMS through the Dstny Core SMS API (a mixin of :class:`~.client.DstnyClient`).

The reference's SMS API: ``to`` (required) — "the number to send to. This number will be expanded
according to the sending user's number plan" (so a local number such as ``0890510`` is sent as
typed) — and ``smsText`` (required), with the example request body ``{ "smsText": "…" }``: the body
holds only the text, ``to`` travels as a query parameter (the contract's
``POST /api/sms/{d}/{u}?to=``; the path is assumed). The reference's answer is its usual
``{"field":[],"warning":[],"generated-id"}``; nothing of it is needed, so it is not read. A refusal
comes back as the client's :class:`~cti_desktop.core.errors.UserFacingError` family with the
server's own ``description`` when it gives one (see :mod:`.errors`). An SMS is never re-sent: when
the connection failed after the request went out (a timeout, a dropped connection) the person is
told that it may have been sent, in the words of an SMS rather than of a call command.
"""

from __future__ import annotations

from typing import Any

import httpx

from ...core.errors import InvalidInput, ServerUnavailable
from ..http_errors import transport_failure

__all__ = ["SmsOps"]


class SmsOps:
    """``send_sms`` for :class:`~.client.DstnyClient` (uses its ``_send``)."""

    _send: Any

    async def send_sms(self, to: str, text: str) -> None:
        """Send ``text`` to ``to``; returns once the server accepted it. Never re-sent on failure."""
        if not isinstance(to, str) or not to.strip():
            raise InvalidInput("Enter a number to send the SMS to")
        if not isinstance(text, str) or not text.strip():
            raise InvalidInput("The SMS is empty")
        try:
            await self._send("sms.send", params={"to": to.strip()}, body={"smsText": text})
        except ServerUnavailable as exc:
            cause = exc.__context__  # the transport error the request loop turned into words
            if isinstance(cause, httpx.HTTPError) and transport_failure(cause)[1]:
                raise ServerUnavailable(f"{exc}; the SMS may still have been sent, so check before sending it "
                                        "again") from None
            raise
