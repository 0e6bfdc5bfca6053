"""The Dstny ticket on every request, and a new one (from the password) after a 401.

``Authorization: Bearer {ticket}``. A ticket is renewed only when the password is known: the
client's ``create_ticket`` makes the new one. A definite refusal of the password (or of the
requested permissions) makes :meth:`TicketAuth.renew` return ``False``; a server error, a transport
failure or an unreadable answer while making it raises, so the caller can try again later.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from ...core.errors import AuthExpired, BadRequest, NotFound
from ..http import CredentialAuth

__all__ = ["TicketAuth"]

log = logging.getLogger("cti_desktop.providers.dstny")


class TicketAuth(CredentialAuth):
    """The current ticket; ``sign_in`` (``None`` without a password) makes a new one and calls :meth:`set`."""

    not_signed_in = "Not signed in: no ticket for this account; please sign in"

    def __init__(self, ticket: str | None, *, sign_in: Callable[[], Awaitable[Any]] | None,
                 on_ticket: Callable[[str], None] | None = None) -> None:
        super().__init__()
        self.ticket = ticket
        self._sign_in = sign_in
        self._on_ticket = on_ticket

    def __repr__(self) -> str:  # never the ticket
        return f"TicketAuth(signed_in={self.signed_in})"

    @property
    def signed_in(self) -> bool:
        return bool(self.ticket)

    def set(self, token: str | None) -> None:
        """Make ``token`` (or no ticket) the current one; a new token is reported to ``on_ticket``."""
        self.ticket = token
        self.changed()
        if token and self._on_ticket is not None:
            self._on_ticket(token)

    def apply(self, headers: MutableMapping[str, str]) -> None:
        if self.ticket:
            headers["Authorization"] = f"Bearer {self.ticket}"

    async def sign_in_again(self) -> bool:
        if self._sign_in is None:
            return False
        try:
            await self._sign_in()
        except (AuthExpired, BadRequest, NotFound) as exc:
            log.debug("re-authentication refused: %s", type(exc).__name__)
            return False
        return True
