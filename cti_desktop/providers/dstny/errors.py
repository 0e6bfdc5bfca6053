"""HTTP answers and transport failures of the Dstny Core API → the app's user-facing errors.

Messages are plain words for the person. They never contain a ticket, a URL or its query string,
or any part of a body other than the server's own ``description``/``code``.
"""

from __future__ import annotations

import math
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

import httpx

from ...core.errors import (
    AuthExpired,
    BadRequest,
    NotFound,
    ScopeMissing,
    ServerUnavailable,
    StaleState,
    UserFacingError,
)
from .wire import parse_error_body

__all__ = ["error_from_response", "error_from_transport", "retry_after_seconds"]

#: Longest ``Retry-After`` honoured (seconds); a server asking for more is capped.
MAX_RETRY_AFTER = 3600.0


def retry_after_seconds(value: str | None, *, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds: delta-seconds or an HTTP date; ``None`` when absent or unreadable."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isdigit():
        return min(float(text), MAX_RETRY_AFTER)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    delta = (when - (now or datetime.now(timezone.utc))).total_seconds()
    if not math.isfinite(delta):
        return None
    return min(max(0.0, delta), MAX_RETRY_AFTER)


def _detail(response: httpx.Response) -> str | None:
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    if not content:
        return None
    return parse_error_body(content)


def error_from_response(response: httpx.Response, *, feature: str, scope: str | None = None) -> UserFacingError:
    """The error to raise for a non-success ``response`` of a request made for ``feature``.

    ``feature`` names what the person tried ("Hold", "Queue statistics"); ``scope`` is the ticket
    scope the route needs (see :func:`~cti_desktop.providers.dstny.routes.scope_for`).
    """
    status = response.status_code
    detail = _detail(response)
    if status == 401:
        return AuthExpired("The server no longer accepts this sign-in; please sign in again", detail=detail)
    if status == 403:
        if scope:
            message = f"{feature} is not available with this account: the ticket lacks the {scope} scope"
        else:
            message = f"{feature} is not available with this account"
        return ScopeMissing(message, detail=detail)
    if status == 404:
        return NotFound(f"{feature}: the server does not know this item (it may have ended or been removed)", detail=detail)
    if status == 409:
        return StaleState(f"{feature}: the call changed before the command arrived; check it and try again", detail=detail)
    if status in (400, 422):
        return BadRequest(f"{feature}: the server refused the request", detail=detail)
    if status == 429 or 500 <= status <= 599:
        retry = retry_after_seconds(response.headers.get("Retry-After"))
        if status == 429:
            message = f"{feature}: the server is busy; try again shortly"
        else:
            message = f"{feature}: the server had a problem (HTTP {status})"
        return ServerUnavailable(message, detail=detail, retry_after=retry)
    if 400 <= status <= 499:
        return BadRequest(f"{feature}: the server refused the request (HTTP {status})", detail=detail)
    return ServerUnavailable(f"{feature}: the server gave an unexpected answer (HTTP {status})", detail=detail)


def error_from_transport(exc: BaseException, *, feature: str | None = None, command: bool = False) -> ServerUnavailable:
    """A transport failure (timeout, refused connection, dropped connection) in plain words.

    ``command=True`` says the request changes something (a call-control command): after a timeout
    or a dropped connection it may have been carried out, and the person is told so (it is never
    re-sent automatically).
    """
    may_have_run = True
    if isinstance(exc, httpx.ConnectTimeout):
        text, may_have_run = "The server could not be reached in time", False
    elif isinstance(exc, httpx.TimeoutException):
        text = "The server did not answer in time"
    elif isinstance(exc, httpx.ConnectError):
        text, may_have_run = "Could not connect to the server (check the network and the server address)", False
    elif isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
        text = "The connection to the server was lost"
    elif isinstance(exc, httpx.ProxyError):
        text, may_have_run = "The proxy refused the connection to the server", False
    elif isinstance(exc, httpx.UnsupportedProtocol):
        text, may_have_run = "The server address is not a valid http(s) address", False
    else:
        text = "Could not talk to the server"
    if feature:
        text = f"{feature}: {text[0].lower()}{text[1:]}"
    if command and may_have_run:
        text += "; the command may still have been carried out, so check the call before trying again"
    return ServerUnavailable(text)
