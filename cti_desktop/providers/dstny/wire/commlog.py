"""The communication log: my calls, voicemails and recordings, and the group inbox.

Part of :mod:`cti_desktop.providers.dstny.wire`, which re-exports it.

The reference's item (``{".CallDTO": {…}}``, ``{".GroupInboxVoiceMailDTO": {…}}``): ``itemId``,
``startTime``, ``remoteParty{number, displayName}``, ``itemType`` (``OUTGOING_CALL``,
``MISSED_CALL``, ``INCOMING_CALL``, ``VOICEMAIL``, ``RECORDING``, ``FAX``), ``isSeen``,
``duration``; a voicemail also ``isPlayed``, ``callItemId`` (``0``: none) and, in a group inbox,
``inboxName``. The reference shows no link to a message's audio; ``url`` is read where a server
gives one (an assumption, in the vendor's naming style), and is never trusted here: the view-model
checks it before offering to open it.

For any value at all :func:`parse_commlog` returns items or raises :class:`MalformedResponse`.
:func:`commlog_missing_ids` reads the answer of the bulk "mark seen/played" (the ids the server did
not find "as a string"; nothing when all were found) and never raises.
"""

from __future__ import annotations

import re
from typing import Any

from ....core.models import CommLogItem
from ...wire_common import to_int as _int
from ...wire_common import to_str as _str
from .base import _bool, _first, _items, parse_datetime
from .calls import parse_party

__all__ = ["COMMLOG_TYPES", "commlog_missing_ids", "parse_commlog"]

#: The reference's ``itemType`` enumeration.
COMMLOG_TYPES = ("OUTGOING_CALL", "MISSED_CALL", "INCOMING_CALL", "VOICEMAIL", "RECORDING", "FAX")


def _unwrap_history_item(item: Any) -> tuple[str, dict[str, Any]] | None:
    if not isinstance(item, dict):
        return None
    if len(item) == 1:
        (key, inner), = item.items()
        if isinstance(inner, dict) and (key.startswith(".") or key.endswith("DTO")):
            return key.lstrip("."), inner
    return "", item


def _id(value: Any) -> str:
    text = _str(value)
    return "" if text in ("0", "-1") else text


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
                played=_bool(_first(d, "isPlayed", "played")),
                inbox_name=_str(d.get("inboxName")),
                call_item_id=_id(d.get("callItemId")),
                link=_str(d.get("url")),
            )
        )
    return out


_ID_TOKEN = re.compile(r"[0-9A-Za-z_-]+")


def commlog_missing_ids(content: bytes | str | None) -> list[str]:
    """The ids a bulk update did not find: the reference answers them "as a string" (we read any
    list of ids in it: ``"12,13"``, ``["12","13"]``, ``12 13``); an empty body means all were found."""
    if content is None:
        return []
    if isinstance(content, bytes):
        content = content.decode("utf-8", "replace")
    return _ID_TOKEN.findall(content)[:10_000]
