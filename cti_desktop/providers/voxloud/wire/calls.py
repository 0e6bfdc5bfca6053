"""Click-to-call resources.

Part of :mod:`cti_desktop.providers.voxloud.wire`, which re-exports it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...wire_common import to_str as _str
from .base import MalformedResponse, _dict, _first


@dataclass(frozen=True, slots=True)
class ClickToCall:
    id: str
    name: str = ""
    extension: str = ""
    outbound_number: str = ""
    dial_first: str = ""


def parse_click_to_call(value: Any) -> ClickToCall:
    d = _dict(value, "click-to-call")
    cid = _str(d.get("id"))
    if not cid:
        raise MalformedResponse("click-to-call without an id")
    return ClickToCall(
        id=cid,
        name=_str(d.get("name")),
        extension=_str(d.get("extension")),
        outbound_number=_str(_first(d, "outboundNumber", "outbound_number")),
        dial_first=_str(d.get("dial_first")).lower(),
    )


def parse_click_to_calls(value: Any) -> list[ClickToCall]:
    if isinstance(value, dict) and isinstance(value.get("data"), list):
        value = value["data"]
    if not isinstance(value, list):
        raise MalformedResponse("click-to-call list: expected a list")
    out = []
    for item in value:
        try:
            out.append(parse_click_to_call(item))
        except MalformedResponse:
            continue
    return out
