"""Call history and recordings."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ....core.models import CommLogItem, Party
from ...wire_common import to_int as _int
from ...wire_common import to_str as _str
from .common import _first, _items, parse_time


_HISTORY_TYPES = {
    "incoming": "INCOMING_CALL",
    "in": "INCOMING_CALL",
    "answered": "INCOMING_CALL",
    "outgoing": "OUTGOING_CALL",
    "out": "OUTGOING_CALL",
    "missed": "MISSED_CALL",
}


def _recording_id(value: Any) -> str:
    text = _str(value)
    return "" if text in ("", "0", "null") else text


def _history_item(d: Mapping[str, Any], item_type: str) -> CommLogItem | None:
    number = _str(_first(d, "number", "callerid", "phoneNumber", "remoteNumber"))
    start = parse_time(_first(d, "datetimeISO", "datetime", "date", "startTime"))
    call_id = _str(_first(d, "callId", "id"))
    if not call_id:
        if not number and start is None:
            return None
        # No id on the wire: derive one from what identifies the item.
        call_id = "tvx-h-" + hashlib.sha256(f"{item_type}\x1f{number}\x1f{start}".encode()).hexdigest()[:20]
    return CommLogItem(
        item_id=call_id,
        item_type=item_type,
        remote=Party(number=number, name=_str(_first(d, "name", "callerName", "displayName"))),
        start_time=start,
        duration=max(0, _int(d.get("duration"))),
        seen=item_type != "MISSED_CALL",
    )


def _sort_key(item: CommLogItem) -> float:
    if item.start_time is None:
        return float("-inf")
    when = item.start_time if item.start_time.tzinfo else item.start_time.astimezone()
    return when.timestamp()


def parse_history(value: Any) -> list[CommLogItem]:
    """Call history, newest first.

    v1: ``{"incoming":[…], "outgoing":[…], "missed":[…]}``. CAPI: a list (or ``{"calls"|"items":[…]}``)
    whose items say their kind in ``callType``/``type``/``direction``; the v1 shape is read too.
    Items of an unknown kind are kept with the kind upper-cased.
    """
    out: list[CommLogItem] = []
    if isinstance(value, dict) and any(isinstance(value.get(k), list) for k in ("incoming", "outgoing", "missed")):
        for key in ("incoming", "outgoing", "missed"):
            entries = value.get(key)
            for entry in entries if isinstance(entries, list) else []:
                if isinstance(entry, dict):
                    item = _history_item(entry, _HISTORY_TYPES[key])
                    if item is not None:
                        out.append(item)
    else:
        for entry in _items(value, ("calls", "items", "history", "content"), "call history"):
            if not isinstance(entry, dict):
                continue
            kind = _str(_first(entry, "callType", "type", "direction")).lower()
            item = _history_item(entry, _HISTORY_TYPES.get(kind, kind.upper() or "CALL"))
            if item is not None:
                out.append(item)
    out.sort(key=_sort_key, reverse=True)
    return out


@dataclass(frozen=True, slots=True)
class Recording:
    recording_id: str
    call_id: str = ""
    number: str = ""
    start_time: datetime | None = None
    duration: int = 0


def parse_recordings(value: Any) -> list[Recording]:
    out = []
    for entry in _items(value, ("recordings", "items", "content"), "recordings"):
        if not isinstance(entry, dict):
            continue
        rid = _recording_id(_first(entry, "recordingId", "id"))
        if not rid:
            continue
        out.append(
            Recording(
                recording_id=rid,
                call_id=_str(entry.get("callId")),
                number=_str(_first(entry, "number", "phoneNumber")),
                start_time=parse_time(_first(entry, "datetimeISO", "datetime", "startTime")),
                duration=max(0, _int(entry.get("duration"))),
            )
        )
    return out


def history_recording_ids(value: Any) -> dict[str, str]:
    """``callId`` → ``recordingId`` of the items of a v1 history body that have a recording."""
    out: dict[str, str] = {}
    if not isinstance(value, dict):
        return out
    for key in ("incoming", "outgoing", "missed"):
        entries = value.get(key)
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict):
                rid = _recording_id(entry.get("recordingId"))
                cid = _str(entry.get("callId"))
                if rid and cid:
                    out[cid] = rid
    return out
