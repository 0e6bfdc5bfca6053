"""HTTP answers and transport failures of the Telavox APIs → the app's user-facing errors.

Messages are plain words for the person. They never contain a password, token, cookie, URL or query
string (an SMS text travels in the query), or any part of a body other than the server's own short
``message``/``error``/``description``.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime
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

__all__ = ["error_from_response", "error_from_transport", "parse_error_body", "retry_after_seconds"]

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
        when = when.replace(tzinfo=UTC)
    delta = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(delta):
        return None
    return min(max(0.0, delta), MAX_RETRY_AFTER)


def parse_error_body(value: bytes | str | object) -> str | None:
    """The server's own short words from a JSON error body (``message``, ``error``, ``description``)."""
    if isinstance(value, (bytes, bytearray, str)):
        try:
            value = json.loads(value)
        except (ValueError, UnicodeDecodeError, RecursionError):
            return None
    if not isinstance(value, dict):
        return None
    for key in ("message", "error_description", "description", "error", "detail"):
        text = value.get(key)
        if isinstance(text, str) and text.strip():
            return text.strip()[:300]
    return None


def _detail(response: httpx.Response) -> str | None:
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    if not content or "json" not in response.headers.get("Content-Type", "").lower():
        return None
    return parse_error_body(content)


def error_from_response(response: httpx.Response, *, feature: str) -> UserFacingError:
    """The error to raise for a non-success ``response`` of a request made for ``feature``."""
    status = response.status_code
    detail = _detail(response)
    if status == 401:
        return AuthExpired("Telavox no longer accepts this sign-in; please sign in again", detail=detail)
    if status == 403:
        return ScopeMissing(f"{feature} is not available with this Telavox account or token", detail=detail)
    if status == 404:
        return NotFound(f"{feature}: Telavox does not know this item (it may have ended or been removed)", detail=detail)
    if status == 409:
        return StaleState(f"{feature}: the state changed on the server; check it and try again", detail=detail)
    if status in (400, 422):
        return BadRequest(f"{feature}: Telavox refused the request", detail=detail)
    if status == 429 or 500 <= status <= 599:
        retry = retry_after_seconds(response.headers.get("Retry-After"))
        if status == 429:
            message = f"{feature}: Telavox asks us to slow down; trying again shortly"
        else:
            message = f"{feature}: the Telavox server had a problem (HTTP {status})"
        return ServerUnavailable(message, detail=detail, retry_after=retry)
    if 400 <= status <= 499:
        return BadRequest(f"{feature}: Telavox refused the request (HTTP {status})", detail=detail)
    return ServerUnavailable(f"{feature}: Telavox gave an unexpected answer (HTTP {status})", detail=detail)


def error_from_transport(exc: BaseException, *, feature: str | None = None, command: bool = False) -> ServerUnavailable:
    """A transport failure in plain words; ``command=True`` warns that it may have been carried out."""
    may_have_run = True
    if isinstance(exc, httpx.ConnectTimeout):
        text, may_have_run = "Telavox could not be reached in time", False
    elif isinstance(exc, httpx.TimeoutException):
        text = "Telavox did not answer in time"
    elif isinstance(exc, httpx.ConnectError):
        text, may_have_run = "Could not connect to Telavox (check the network and the server address)", False
    elif isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
        text = "The connection to Telavox was lost"
    elif isinstance(exc, httpx.ProxyError):
        text, may_have_run = "The proxy refused the connection to Telavox", False
    elif isinstance(exc, httpx.UnsupportedProtocol):
        text, may_have_run = "The Telavox server address is not a valid http(s) address", False
    else:
        text = "Could not talk to Telavox"
    if feature:
        text = f"{feature}: {text[0].lower()}{text[1:]}" if not text.startswith("Telavox") else f"{feature}: {text}"
    if command and may_have_run:
        text += "; the command may still have been carried out, so check your calls before trying again"
    return ServerUnavailable(text)
