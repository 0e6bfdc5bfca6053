"""Devices, lines (caller IDs) and contacts (the directory search, the contact list) of
:class:`~.client.DstnyClient`.
"""

from __future__ import annotations

from typing import Any

from ...core.models import Contact, Device, Line
from . import wire


class DirectoryOps:
    """Mixed into :class:`~.client.DstnyClient`; uses its request helpers."""

    _json: Any
    _send: Any

    # ------------------------------------------------------------------ devices and lines

    async def devices(self, device_type: str | None = None) -> list[Device]:
        params = {"type": device_type} if device_type else None
        return wire.parse_devices(await self._json("dev.list", params=params))

    async def active_devices(self) -> list[Device]:
        return wire.parse_devices(await self._json("dev.active"))

    async def lines(self) -> list[Line]:
        return wire.parse_lines(await self._json("lines.list"))

    async def active_line(self) -> Line | None:
        data = await self._json("lines.active_get")
        if not data:
            return None
        if isinstance(data, dict) and isinstance(data.get("line"), list):
            lines = wire.parse_lines(data)
            return lines[0] if lines else None
        return wire.parse_line(data)

    async def set_active_line(self, line: Line) -> None:
        await self._send("lines.active_put", body=wire.line_body(line), command=True)

    # ------------------------------------------------------------------ contacts

    async def favourites(self) -> list[Contact]:
        return wire.parse_contacts(await self._json("ct.list"))

    async def search(self, query: str, limit: int = 25) -> list[Contact]:
        query = (query or "").strip()
        if not query:
            return []
        params = {"query": query, "maxResults": str(max(1, int(limit)))}
        return wire.parse_contacts(await self._json("ct.search", params=params))

    async def add_contact(self, cid: str) -> None:
        await self._send("ct.add", fields={"cid": cid}, body={}, command=True)

    async def remove_contact(self, cid: str) -> None:
        await self._send("ct.remove", fields={"cid": cid}, command=True)

    async def set_contact_status(self, cid: str, status: str) -> None:
        await self._send("ct.status", fields={"cid": cid}, body={"contactStatus": status.strip().upper()}, command=True)
