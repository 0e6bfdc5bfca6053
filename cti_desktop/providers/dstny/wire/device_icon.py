"""User device information: a device's display icon name.

"Retrieve display icon name for a certain user device" answers a JSON string, the reference's
sample being ``"DESKPHONE_TYPE_2"`` (the device type, then the variant).

Part of :mod:`cti_desktop.providers.dstny.wire`, which re-exports it. :func:`parse_device_icon`
returns a value or raises :class:`~.base.MalformedResponse`."""

from __future__ import annotations

import re

from .base import MalformedResponse, _plain_answer

__all__ = ["parse_device_icon"]

#: An icon name is an upper-case identifier ("DESKPHONE_TYPE_2", "DEFAULT"); 64 characters is generous.
_ICON_NAME = re.compile(r"[A-Z0-9_]{1,64}")


def parse_device_icon(content: bytes | str) -> str:
    """A JSON string, a bare word, or ``{"name"|"deviceIcon": …}`` → the icon name in upper case
    ("" for an empty answer); anything that is not an icon name is :class:`MalformedResponse`."""
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    if len(text) > 4096:
        raise MalformedResponse("the device icon answer is too long")
    value = _plain_answer(text, "name", "deviceIcon")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise MalformedResponse("the device icon name is not text")
    name = value.strip().upper()
    if not name:
        return ""
    if not _ICON_NAME.fullmatch(name):
        raise MalformedResponse("the device icon name is not an icon name")
    return name
