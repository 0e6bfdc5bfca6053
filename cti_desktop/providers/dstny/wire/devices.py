"""Devices and lines (caller IDs).

Part of :mod:`cti_desktop.providers.dstny.wire`, which re-exports it."""

from __future__ import annotations

from typing import Any

from ....core.models import Device, Line
from ...wire_common import to_int as _int
from ...wire_common import to_str as _str
from .base import _dict, _items, _bool, number_from_uri


def parse_devices(value: Any) -> list[Device]:
    out = []
    for d in _items(value, "device", "devices"):
        if isinstance(d, dict) and _str(d.get("deviceId")):
            out.append(
                Device(
                    device_id=_str(d.get("deviceId")),
                    kind=_str(d.get("deviceType")),
                    name=_str(d.get("deviceName")),
                    type_name=_str(d.get("deviceTypeName")),
                    status=_str(d.get("deviceStatus")),
                    icon=_str(d.get("deviceIcon")),
                )
            )
    return out


def parse_line(value: Any) -> Line:
    d = _dict(value, "line")
    return Line(
        type=_str(d.get("type")),
        group_id=_str(d.get("groupId")),
        number=number_from_uri(d.get("number")),
        name=_str(d.get("name")),
        active=_bool(d.get("active")),
    )


def parse_lines(value: Any) -> list[Line]:
    return [parse_line(item) for item in _items(value, "line", "lines") if isinstance(item, dict)]


def line_body(line: Line) -> dict[str, Any]:
    """``{type, groupId}`` — the ``userLine`` of a make-call body and the active-line PUT body."""
    group: int | str = _int(line.group_id) if line.group_id.strip().lstrip("-").isdigit() else line.group_id
    return {"type": line.type, "groupId": group if line.group_id else 0}
