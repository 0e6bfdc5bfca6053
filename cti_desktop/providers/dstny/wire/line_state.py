"""Line state: a user's "in a call" mark set by an outside system, keyed by an external id.

The reference's answer (and request) is ``{"expiresOn": "2020-03-10T11:05:00+01"}``.

Part of :mod:`cti_desktop.providers.dstny.wire`, which re-exports it. :func:`parse_line_state_mark`
returns a value or raises :class:`~.base.MalformedResponse`."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from .base import MalformedResponse, _dict, parse_datetime

__all__ = ["parse_line_state_mark", "line_state_body"]


def parse_line_state_mark(value: Any) -> datetime | None:
    """``{"expiresOn": …}`` → the aware end time (a time without an offset is taken as UTC);
    ``None`` for an empty answer or no ``expiresOn``; an ``expiresOn`` that is no time is refused."""
    if value is None or value == "" or value == {}:
        return None
    raw = _dict(value, "line state").get("expiresOn")
    if raw is None or raw == "":
        return None
    when = parse_datetime(raw)
    if when is None:
        raise MalformedResponse("line state: expiresOn is not a time")
    return when if when.tzinfo is not None else when.replace(tzinfo=timezone.utc)


def line_state_body(until: datetime) -> dict[str, str]:
    """``{"expiresOn": "2020-03-10T10:05:00+00:00"}`` (UTC, whole seconds)."""
    if until.tzinfo is None:
        until = until.replace(tzinfo=timezone.utc)
    return {"expiresOn": until.astimezone(timezone.utc).replace(microsecond=0).isoformat()}
