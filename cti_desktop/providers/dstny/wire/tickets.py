"""Tickets and the server's error bodies.

Part of :mod:`cti_desktop.providers.dstny.wire`, which re-exports it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Iterable

from ...wire_common import to_str as _str
from .base import MalformedResponse, _dict, parse_datetime
from .calls import _str_tuple


@dataclass(frozen=True, slots=True)
class TicketInfo:
    """A ticket as ``POST /api/tickets/…`` returns it. ``repr`` never shows the token."""

    token: str = field(repr=False)
    name: str = ""
    expires: datetime | None = None
    allowed_apis: tuple[str, ...] = ()


def parse_ticket(value: Any) -> TicketInfo:
    d = _dict(value, "ticket")
    token = _str(d.get("token"))
    if not token:
        raise MalformedResponse("ticket without token")
    return TicketInfo(
        token=token,
        name=_str(d.get("name")),
        expires=parse_datetime(d.get("expires")),
        allowed_apis=_str_tuple(d.get("allowedApis"), "allowedApis"),
    )


def parse_error_body(value: Any) -> str | None:
    """The server's own words from ``{"field":[…],"warning":[…],"generated-id"}``.

    The first ``description`` (else ``code``) of ``field``, then of ``warning``; ``None`` when the body
    has none. Accepts bytes, text or already-decoded JSON; never raises.
    """
    if isinstance(value, (bytes, bytearray, str)):
        try:
            value = json.loads(value)
        except (ValueError, UnicodeDecodeError, RecursionError):
            return None
    if not isinstance(value, dict):
        return None
    for key in ("field", "warning"):
        entries = value.get(key)
        if isinstance(entries, dict):
            entries = [entries]
        if not isinstance(entries, list):
            continue
        for entry in entries:
            if not isinstance(entry, dict):
                continue
            text = _str(entry.get("description")) or _str(entry.get("code"))
            if text:
                return text[:300]
    for key in ("description", "message", "code"):
        text = _str(value.get(key))
        if text:
            return text[:300]
    return None


def iter_strings(values: Iterable[Any]) -> list[str]:
    """Non-empty strings of a list (helper for query parameters)."""
    return [s for s in (_str(v) for v in values) if s]
