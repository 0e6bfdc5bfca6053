"""Events of the configuration and device-set change streams (``application/app-config-data``).

Part of :mod:`cti_desktop.providers.dstny.wire`, which re-exports it.

The reference shows one event body, for the device-set subscription (User Device Information,
"Register a webhook … changes in the user's device set")::

    {"timeStamp": "2025-03-10 20:28:32.213", "changedField": "DEVICE_INFO"}

The configuration stream ("Produces an SSE stream of application configuration data in
application/app-config-data format") is read the same way. The event names *what* changed, not the
new value: the app re-reads it. Tolerated: ``changedField`` in any case and with spaces or hyphens
(``"presence shortcuts"`` → ``PRESENCE_SHORTCUTS``), a list of fields, a missing or unreadable
``timeStamp`` (``None``; it is information only). Refused (:class:`MalformedResponse`): anything that is
not a JSON object naming at least one field of letters, digits and ``_.-`` (at most
:data:`FIELD_MAX` characters each, at most :data:`FIELDS_MAX` of them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from .base import MalformedResponse, _dict, parse_datetime, parse_json

__all__ = ["ConfigChange", "parse_config_event"]

FIELD_MAX = 64
FIELDS_MAX = 32
_FIELD = re.compile(r"[A-Z0-9_.]{1,%d}" % FIELD_MAX)


@dataclass(frozen=True, slots=True)
class ConfigChange:
    """One change event: the fields that changed (upper case, e.g. ``DEVICE_INFO``) and when."""

    fields: tuple[str, ...]
    time_stamp: datetime | None = None


def _field(value: Any) -> str:
    if not isinstance(value, str):
        raise MalformedResponse(f"config event: changedField is {type(value).__name__}, not text")
    name = "_".join(value.replace("-", " ").split()).upper()
    if not _FIELD.fullmatch(name):
        raise MalformedResponse("config event: changedField is not a field name")
    return name


def _time_stamp(value: Any) -> datetime | None:
    """``2025-03-10 20:28:32.213`` (the reference's, read as UTC) or ISO-8601; else ``None``."""
    if not isinstance(value, str) or len(value) > 64 or not value.isascii():
        return None
    text = value.strip()
    for pattern in ("%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(text, pattern).replace(tzinfo=timezone.utc)
        except ValueError:
            continue
    try:
        stamp = parse_datetime(text)
    except MalformedResponse:
        return None
    if stamp is not None and stamp.tzinfo is None:  # an ISO time without an offset: UTC, as the reference's
        stamp = stamp.replace(tzinfo=timezone.utc)
    return stamp


def parse_config_event(data: bytes | str) -> ConfigChange:
    """An event's data → :class:`ConfigChange`, or :class:`MalformedResponse` (for any bytes at all)."""
    d = _dict(parse_json(data), "config event")
    raw = d.get("changedField")
    if raw is None:
        raw = d.get("changedFields")
    items = raw if isinstance(raw, list) else [raw]
    if raw is None or not items:
        raise MalformedResponse("config event: no changedField")
    if len(items) > FIELDS_MAX:
        raise MalformedResponse("config event: too many changed fields")
    fields = tuple(dict.fromkeys(_field(item) for item in items))
    return ConfigChange(fields=fields, time_stamp=_time_stamp(d.get("timeStamp")))
