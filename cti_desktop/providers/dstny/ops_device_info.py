"""User device information: a device's attributes and display name (``dev.info``, ``dev.name_*``).

A mixin of :class:`~cti_desktop.providers.dstny.client.DstnyClient`; it is also the core
:class:`~cti_desktop.core.device_settings.DeviceSettings`. The new name goes as the reference's
``name`` parameter (a query parameter, like the reference's other plain parameters, with no body).
"""

from __future__ import annotations

from typing import Any, Mapping

from ...core.device_settings import checked_device_name
from ...core.errors import InvalidInput
from . import wire

__all__ = ["DEVICE_INFO_FEATURES", "DeviceInfoOps"]

DEVICE_INFO_FEATURES: Mapping[str, str] = {
    "dev.info": "Device details",
    "dev.name_get": "Device name",
    "dev.name_put": "Device name change",
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
