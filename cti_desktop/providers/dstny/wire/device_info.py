"""User device information: a device's attributes and its display name.

"Retrieve detailed information about a certain user device" answers a list of
``{"name": "USER_AGENT", "value": "Telepo Softphone/Mac/5.x.x.xxxx"}``; "Retrieve display name"
answers a JSON string (``"My work laptop"``).

Part of :mod:`cti_desktop.providers.dstny.wire`, which re-exports it. Each ``parse_*`` returns a
value or raises :class:`~.base.MalformedResponse`."""

from __future__ import annotations

from typing import Any

from ...wire_common import to_str as _str
from .base import MalformedResponse, _items, _plain_answer

__all__ = ["parse_device_attributes", "parse_device_name"]


def parse_device_attributes(value: Any) -> tuple[tuple[str, str], ...]:
    """``[{name, value}]`` (or ``{"attribute": […]}``) → (name, value) pairs with both present."""
    out = []
    for item in _items(value, "attribute", "device attributes"):
        if isinstance(item, dict):
            name, text = _str(item.get("name")), _str(item.get("value"))
            if name and text:
                out.append((name, text))
    return tuple(out)


def parse_device_name(content: bytes | str) -> str:
    """A JSON string, a bare text, or ``{"name": …}`` → the name ("" for an empty answer)."""
    value = _plain_answer(content, "name", "deviceName")
    if value is None:
        return ""
    if isinstance(value, (list, dict, bool)):
        raise MalformedResponse("the device name is not text")
    return _str(value)
