"""The communication log.

Part of :mod:`cti_desktop.providers.dstny.wire`, which re-exports it."""

from __future__ import annotations

from typing import Any

from ....core.models import CommLogItem
from ...wire_common import to_int as _int
from ...wire_common import to_str as _str
from .base import _items, _bool, _first, parse_datetime
from .calls import parse_party


def _unwrap_history_item(item: Any) -> tuple[str, dict[str, Any]] | None:
    if not isinstance(item, dict):
        return None
    if len(item) == 1:
        (key, inner), = item.items()
        if isinstance(inner, dict) and (key.startswith(".") or key.endswith("DTO")):
            return key.lstrip("."), inner
    return "", item


def parse_commlog(value: Any) -> list[CommLogItem]:
    """``{"historyItems":[{".CallDTO":{…}}, …]}`` → items (plain, unwrapped items are fine too)."""
    out = []
    for raw in _items(value, "historyItems", "communication log"):
        unwrapped = _unwrap_history_item(raw)
        if unwrapped is None:
            continue
        _dto, d = unwrapped
        item_id = _str(d.get("itemId"))
        if not item_id:
            continue
        out.append(
            CommLogItem(
                item_id=item_id,
                item_type=_str(d.get("itemType")).upper(),
                remote=parse_party(d.get("remoteParty")),
                start_time=parse_datetime(d.get("startTime")),
                duration=max(0, _int(d.get("duration"))),
                seen=_bool(_first(d, "isSeen", "seen")),
            )
        )
    return out
