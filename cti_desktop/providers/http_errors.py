"""HTTP answers and transport failures → the app's user-facing errors, the part every provider shares.

Each provider keeps its own words (``{feature}``, ``{status}`` and its own fields in ``str.format``
templates) and its own way of reading the server's short ``detail`` from a body; which error family
a status belongs to, how ``Retry-After`` is read and what kind of transport failure happened are
decided here once.

Nothing here raises on what a server sent: :func:`response_detail` returns the ``parse`` callback's
words (each provider's reader never raises) or ``None``; :func:`error_for_status` always returns an
error, whatever the status, headers or body (``Retry-After`` through
:func:`~cti_desktop.core.http_headers.retry_after_seconds`, which never raises).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import httpx

from ..core.http_headers import MAX_RETRY_AFTER, retry_after_seconds
from ..core.errors import (
    AuthExpired,
    BadRequest,
    NotFound,
    ScopeMissing,
    ServerUnavailable,
    StaleState,
    UserFacingError,
)

__all__ = [
    "MAX_RETRY_AFTER",
    "error_for_status",
    "response_detail",
    "retry_after_seconds",
    "transport_failure",
    "with_feature",
]

def response_detail(response: httpx.Response, parse: Callable[[bytes], str | None], *,
                    json_only: bool = False) -> str | None:
    """The server's own short words from an error body (``parse`` reads them); ``None`` without a body.

    ``json_only`` reads only a body whose ``Content-Type`` says JSON.
    """
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    if not content:
        return None
    if json_only and "json" not in response.headers.get("Content-Type", "").lower():
        return None
    return parse(content)


#: The error class of each status family (see :func:`error_for_status`).
_FAMILIES: Mapping[str, type[UserFacingError]] = {
    "signed_out": AuthExpired,  # 401
    "forbidden": ScopeMissing,  # 403
    "not_found": NotFound,  # 404
    "conflict": StaleState,  # 409, when the provider has words for it; else it is "rejected"
    "rejected": BadRequest,  # 400, 422
    "busy": ServerUnavailable,  # 429, with Retry-After
    "server": ServerUnavailable,  # 5xx, with Retry-After
    "refused": BadRequest,  # any other 4xx
    "unexpected": ServerUnavailable,  # anything else
}


def status_family(status: int, *, conflict: bool = True) -> str:
    """The family of a non-success status; ``conflict=False`` counts 409 as ``rejected``."""
    if status == 401:
        return "signed_out"
    if status == 403:
        return "forbidden"
    if status == 404:
        return "not_found"
    if status == 409 and conflict:
        return "conflict"
    if status in (400, 409, 422):
        return "rejected"
    if status == 429:
        return "busy"
    if 500 <= status <= 599:
        return "server"
    if 400 <= status <= 499:
        return "refused"
    return "unexpected"


def error_for_status(response: httpx.Response, *, words: Mapping[str, str], detail: str | None,
                     **fields: Any) -> UserFacingError:
    """The error for a non-success ``response``, in the provider's ``words`` (one template a family).

    Templates are filled with ``status`` and ``fields`` (``feature`` and whatever else the provider
    names). Without a ``conflict`` template a 409 is a refused request. A 429 or 5xx carries the
    server's ``Retry-After``.
    """
    status = response.status_code
    family = status_family(status, conflict="conflict" in words)
    message = words[family].format(status=status, **fields)
    if family in ("busy", "server"):
        retry = retry_after_seconds(response.headers.get("Retry-After"))
        return ServerUnavailable(message, detail=detail, retry_after=retry)
    return _FAMILIES[family](message, detail=detail)


def transport_failure(exc: BaseException) -> tuple[str, bool]:
    """What kind of transport failure ``exc`` is, and whether a command sent may have been carried out.

    Kinds: ``connect_timeout``, ``timeout``, ``connect``, ``lost``, ``proxy``, ``address``, ``other``.
    """
    if isinstance(exc, httpx.ConnectTimeout):
        return "connect_timeout", False
    if isinstance(exc, httpx.TimeoutException):
        return "timeout", True
    if isinstance(exc, httpx.ConnectError):
        return "connect", False
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
        return "lost", True
    if isinstance(exc, httpx.ProxyError):
        return "proxy", False
    if isinstance(exc, httpx.UnsupportedProtocol):
        return "address", False
    return "other", True


def with_feature(feature: str | None, text: str, *, proper_noun: str | None = None) -> str:
    """``"Hold: the server did not answer"``: the text after the feature, its first letter lowered
    unless it starts with ``proper_noun``; the text alone without a feature."""
    if not feature:
        return text
    if proper_noun is not None and text.startswith(proper_noun):
        return f"{feature}: {text}"
    return f"{feature}: {text[0].lower()}{text[1:]}"
