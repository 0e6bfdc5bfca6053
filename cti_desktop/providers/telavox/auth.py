"""How a Telavox account signs its requests: a session cookie (renewed by logging in again), HTTP
Basic or a portal-made token (neither can be renewed: a 401 is :class:`AuthExpired` at once).

The session cookie is kept here, never in the (possibly shared) cookie jar of the
``httpx.AsyncClient``: it is sent as a ``Cookie`` header, and after every exchange any cookie of
the same name the server set is removed from the jar again.
"""

from __future__ import annotations

import base64
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import Any

import httpx

from ...core.errors import AuthExpired, UserFacingError
from ..http import CredentialAuth, HeaderAuth

__all__ = ["SessionAuth", "basic_auth", "bearer_auth"]


def bearer_auth(token: str) -> HeaderAuth:
    return HeaderAuth(
        "Authorization",
        f"Bearer {token}",
        refused="Telavox refused the token (expired or revoked?): create a new one under My Account → "
        "Manage tokens and sign in again",
    )


def basic_auth(user: str, password: str) -> HeaderAuth:
    pair = f"{user}:{password}".encode()
    return HeaderAuth(
        "Authorization",
        "Basic " + base64.b64encode(pair).decode("ascii"),
        refused="Telavox refused the user name or password; please sign in again",
    )


class SessionAuth(CredentialAuth):
    """The session cookie; ``sign_in`` logs in anew and hands the new cookie to :meth:`replace`."""

    def __init__(self, http: httpx.AsyncClient, *, sign_in: Callable[[], Awaitable[Any]]) -> None:
        super().__init__()
        self._http = http
        self._sign_in = sign_in
        self.cookies: dict[str, str] = {}

    def __repr__(self) -> str:  # never the cookie
        return f"SessionAuth(signed_in={self.signed_in})"

    @property
    def signed_in(self) -> bool:
        return bool(self.cookies)

    def replace(self, cookies: Mapping[str, str]) -> None:
        """Make ``cookies`` (empty: none) the current session."""
        self.cookies = dict(cookies)
        self.changed()

    def apply(self, headers: MutableMapping[str, str]) -> None:
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())

    def forget_received(self) -> None:
        # Our session cookie lives here only, never in the (possibly shared) jar.
        for name in self.cookies:
            self._http.cookies.delete(name)

    async def sign_in_again(self) -> bool:
        self.cookies = {}
        await self._sign_in()  # a refusal raises AuthExpired in words
        return True

    def refusal(self, *, after_renewal: bool) -> UserFacingError | None:
        if after_renewal:
            return AuthExpired("Telavox ended the session again right after signing in anew; please sign in again")
        return AuthExpired("Telavox no longer accepts this session; please sign in again")
