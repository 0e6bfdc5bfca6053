"""User device information: a device's attributes, display name and display icon name
(``dev.info``, ``dev.name_*``, ``dev.icon_*``).

A mixin of :class:`~cti_desktop.providers.dstny.client.DstnyClient`; it is also the core
:class:`~cti_desktop.core.device_settings.DeviceSettings` and
:class:`~cti_desktop.core.device_icons.DeviceIcons`. The new name goes as the reference's ``name``
parameter (a query parameter, like the reference's other plain parameters, with no body); so does
the new icon, as the reference's enum value (``DEFAULT``, ``TYPE_1``, ``TYPE_2``).
"""

from __future__ import annotations

from typing import Any, Mapping

from ...core.device_icons import icon_variant
from ...core.device_settings import checked_device_name
from ...core.errors import InvalidInput
from . import wire

__all__ = ["DEVICE_INFO_FEATURES", "DeviceInfoOps"]

DEVICE_INFO_FEATURES: Mapping[str, str] = {
    "dev.info": "Device details",
    "dev.name_get": "Device name",
    "dev.name_put": "Device name change",
    "dev.icon_get": "Device icon",
    "dev.icon_put": "Device icon change",
}


def _device(device_id: str) -> str:
    dev = (device_id or "").strip()
    if not dev:
        raise InvalidInput("Choose a device first")
    return dev


class DeviceInfoOps:
    """Needs the client's ``_json``/``_send``."""

    _json: Any
    _send: Any

    async def device_details(self, device_id: str) -> tuple[tuple[str, str], ...]:
        return wire.parse_device_attributes(await self._json("dev.info", fields={"dev": _device(device_id)}))

    async def device_name(self, device_id: str) -> str:
        response = await self._send("dev.name_get", fields={"dev": _device(device_id)}, params={"fallback": "true"})
        return wire.parse_device_name(response.content)

    async def rename_device(self, device_id: str, name: str) -> str:
        dev, text = _device(device_id), checked_device_name(name)
        await self._send("dev.name_put", fields={"dev": dev}, params={"name": text}, command=True)
        return await self.device_name(dev)

    async def device_icon(self, device_id: str, kind: str = "") -> str:
        """The icon variant (``DEFAULT``, ``TYPE_1``, ``TYPE_2``) of a device of type ``kind``; the
        server answers the full name (``"DESKPHONE_TYPE_2"``), read with ``fallback=true`` so that
        a device with none chosen answers its type's default. A name that is no variant of this
        type is :class:`~.wire.MalformedResponse`."""
        response = await self._send("dev.icon_get", fields={"dev": _device(device_id)}, params={"fallback": "true"})
        name = wire.parse_device_icon(response.content)
        if not name:
            return "DEFAULT"
        try:
            return icon_variant(name, kind)
        except InvalidInput:
            raise wire.MalformedResponse("the device icon is not one of this device type's") from None

    async def set_device_icon(self, device_id: str, variant: str, kind: str = "") -> str:
        """Give the device the icon ``variant`` (refused in words before sending when it is not one
        of the reference's); the variant the server has now."""
        dev, name = _device(device_id), icon_variant(variant, kind)
        await self._send("dev.icon_put", fields={"dev": dev}, params={"name": name}, command=True)
        return await self.device_icon(dev, kind)
