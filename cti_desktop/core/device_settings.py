"""The person's own devices (phones, softphones, mobiles): their details and the names they go by.

A backend whose call control also implements :class:`DeviceSettings` gets the "My devices" window:
each device's details as the phone system reports them (its user agent, …) and a name of the
person's choosing (the name the dial pad's "From device" and the call cards show).
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable
from cti_desktop.i18n import translate

from .errors import InvalidInput

__all__ = ["DEVICE_NAME_LIMIT", "DeviceSettings", "checked_device_name"]

#: The longest device name the phone system keeps.
DEVICE_NAME_LIMIT = 32


def checked_device_name(name: str) -> str:
    text = " ".join((name or "").split())
    if not text:
        raise InvalidInput(translate("DeviceSettings", "Give the device a name"))
    if len(text) > DEVICE_NAME_LIMIT:
        raise InvalidInput(translate("DeviceSettings", "A device name is at most {DEVICE_NAME_LIMIT} characters").format(DEVICE_NAME_LIMIT=DEVICE_NAME_LIMIT))
    return text


@runtime_checkable
class DeviceSettings(Protocol):
    async def device_details(self, device_id: str) -> tuple[tuple[str, str], ...]:
        """(attribute, value) pairs, in the phone system's order."""
        ...

    async def device_name(self, device_id: str) -> str: ...

    async def rename_device(self, device_id: str, name: str) -> str:
        """Give the device ``name``; the name it has now."""
        ...
